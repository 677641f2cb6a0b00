"""Made-up cards where the layout matters: font sizes and positions, built as OCR results.

Each card is a list of printed fragments ``(text, x, y, height)`` in pixels on a 1050 x 600
card; a fragment becomes one OCR Line whose words are split on spaces, each word as wide as its
characters (0.6 x height per character). Lines are handed over sorted top to bottom, then left
to right, the way RapidOCR reports them, so two columns come interleaved.

The expected values are a hand-written specification, not the extractor's output, and follow
the conventions of ``cards_by_country/spec.py``; in short: ``name`` is the person's name as
printed (honorific included), None on a card that names no person (then given/family/title are
None too); ``given_name``/``family_name`` are parts of it; ``title`` is the job title line,
never a slogan, department or service line; ``company`` is the organisation as printed with its
legal form. Layout-specific conventions:

* A logo or company name printed over two stacked lines ("NORDIC" above "FREIGHT", or a big
  "Kraus & Steiner" above a small "Steuerberatungsgesellschaft mbH") is one company, its
  fragments joined with one space in reading order. A monogram ("KS") is not a company.
* A name printed over two lines in large type is one name, joined with one space.
* A name printed in two scripts: ``name`` is the one in the card's main script (the script
  most of the card is written in: kanji above a romanised line on a Japanese card gives the
  kanji name; an English card with a small kanji line gives the romanised name). Contact has no
  field for the other rendering (no alternative or phonetic name in ``cardscan.models``), so it
  must not leak into ``name``, ``title``, ``company`` or ``address``; it stays in ``text``.
"""

from __future__ import annotations

from typing import Any

import pytest

from cardscan.extract import extract_contact
from cardscan.models import Contact

from .layout_helpers import Fragment, expected_people, ocr_of, show


def person(
    id_: str,
    fragments: list[Fragment],
    name: str,
    given: str,
    family: str,
    title: str | None,
    company: str | None,
    other_script: str | None = None,
) -> Any:
    want = expected_people(name, given, family, title, company)
    marks = (
        [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[id_])] if id_ in KNOWN_MISSES else []
    )
    return pytest.param(fragments, want, other_script, id=id_, marks=marks)


# Cases the extractor still gets wrong, with the reason checked by eye. strict: when one
# starts passing, the test fails so that the entry gets removed.
KNOWN_MISSES: dict[str, str] = {}


def company_only(id_: str, fragments: list[Fragment], company: str) -> Any:
    want = expected_people(None, None, None, None, company)
    return pytest.param(fragments, want, None, id=id_)


CARDS = [
    person(
        "logo-company-split-over-two-big-lines",
        [
            ("NORDIC", 60, 40, 64),
            ("FREIGHT", 60, 112, 64),
            ("Anders Holm", 60, 260, 30),
            ("Key Account Manager", 60, 300, 20),
            ("+46 31 123 45 67", 60, 440, 18),
            ("anders.holm@nordicfreight.se", 60, 470, 18),
            ("Hamngatan 4, 411 14 Göteborg", 60, 500, 18),
        ],
        "Anders Holm",
        "Anders",
        "Holm",
        "Key Account Manager",
        "NORDIC FREIGHT",
    ),
    company_only(
        "company-only-logo-split-with-slogan",
        [
            ("GREEN", 80, 60, 70),
            ("LEAF", 80, 140, 70),
            ("Fresh from the farm, every day", 80, 240, 24),
            ("221 Elm Street, Burlington, VT 05401", 80, 460, 18),
            ("(802) 555-0143", 80, 490, 18),
            ("www.greenleafgrocer.com", 80, 520, 18),
        ],
        "GREEN LEAF",
    ),
    person(
        "name-largest-type-vs-big-slogan",
        [
            ("Sofia Marin", 60, 60, 44),
            ("Brand Designer", 60, 116, 20),
            ("Studio Marea", 60, 150, 20),
            ("sofia@studiomarea.es", 60, 330, 16),
            ("+34 611 234 567", 60, 356, 16),
            ("Design that speaks.", 60, 480, 36),
        ],
        "Sofia Marin",
        "Sofia",
        "Marin",
        "Brand Designer",
        "Studio Marea",
    ),
    person(
        "slogan-in-bigger-type-than-name",
        [
            ("Your Home, Our Passion", 60, 40, 48),
            ("Greg Holloway", 60, 150, 28),
            ("Sales Associate", 60, 186, 18),
            ("Holloway & Finch Realty", 60, 250, 22),
            ("(919) 555-0126", 60, 450, 16),
            ("greg@hollowayfinch.com", 60, 476, 16),
        ],
        "Greg Holloway",
        "Greg",
        "Holloway",
        "Sales Associate",
        "Holloway & Finch Realty",
    ),
    person(
        "title-right-under-name-company-bottom-right",
        [
            ("Natalie Brooks", 60, 60, 32),
            ("Portfolio Manager", 60, 100, 18),
            ("T 212-555-0164", 60, 250, 16),
            ("nbrooks@pinecrestcapital.com", 60, 276, 16),
            ("Pinecrest Capital", 700, 520, 26),
        ],
        "Natalie Brooks",
        "Natalie",
        "Brooks",
        "Portfolio Manager",
        "Pinecrest Capital",
    ),
    person(
        "two-columns-company-left-person-right",
        [
            ("Solara", 60, 80, 44),
            ("Arquitetura Ltda.", 60, 132, 24),
            ("Rua Visconde de Pirajá, 550", 60, 420, 16),
            ("Ipanema - Rio de Janeiro/RJ", 60, 446, 16),
            ("Beatriz Campos", 560, 80, 30),
            ("Arquiteta Sênior", 560, 120, 18),
            ("+55 21 99555-5432", 560, 300, 18),
            ("beatriz@solaraarq.com.br", 560, 330, 18),
        ],
        "Beatriz Campos",
        "Beatriz",
        "Campos",
        "Arquiteta Sênior",
        "Solara Arquitetura Ltda.",
    ),
    person(
        "two-columns-person-left-firm-right-service-line",
        [
            ("Dr. Helena Marquardt", 60, 90, 28),
            ("Fachanwältin für Arbeitsrecht", 60, 126, 16),
            ("Marquardt & Roth Rechtsanwälte", 600, 90, 22),
            ("Kanzlei für Arbeits- und Familienrecht", 600, 120, 14),
            ("Tel. +49 30 2345 6780", 60, 430, 16),
            ("h.marquardt@marquardt-roth.de", 60, 456, 16),
            ("Friedrichstraße 68, 10117 Berlin", 600, 430, 16),
        ],
        "Dr. Helena Marquardt",
        "Helena",
        "Marquardt",
        "Fachanwältin für Arbeitsrecht",
        "Marquardt & Roth Rechtsanwälte",
    ),
    company_only(
        "company-only-biggest-text-is-business-name",
        [
            ("Casa Miró", 380, 80, 60),
            ("Tapas · Vinos · Música en vivo", 330, 170, 22),
            ("C/ de Verdi 12, 08012 Barcelona", 330, 420, 18),
            ("Tel. 932 123 456", 420, 450, 18),
            ("www.casamiro-bcn.es", 400, 480, 18),
        ],
        "Casa Miró",
    ),
    company_only(
        "company-only-restaurant-logo-small-over-big",
        [
            ("Trattoria", 390, 60, 36),
            ("Bella Vista", 330, 104, 64),
            ("Cucina casalinga · Pizza al forno a legna", 250, 200, 20),
            ("Lungomare Caracciolo 14, 80122 Napoli", 260, 440, 18),
            ("Tel. 081 123 4567", 400, 470, 18),
        ],
        "Trattoria Bella Vista",
    ),
    person(
        "name-split-over-two-lines-caps",
        [
            ("ALEXANDRA", 60, 60, 52),
            ("KOWALCZYK", 60, 122, 52),
            ("Creative Director", 60, 200, 20),
            ("Studio Pion Sp. z o.o.", 60, 420, 18),
            ("+48 12 345 67 89", 60, 450, 18),
            ("a.kowalczyk@studiopion.pl", 60, 480, 18),
        ],
        "ALEXANDRA KOWALCZYK",
        "ALEXANDRA",
        "KOWALCZYK",
        "Creative Director",
        "Studio Pion Sp. z o.o.",
    ),
    person(
        "name-split-over-two-lines-with-honorific",
        [
            ("Dr. Ingrid", 60, 60, 40),
            ("Lindqvist", 60, 108, 40),
            ("Överläkare, Kardiologi", 60, 170, 18),
            ("Vasa Hjärtklinik AB", 60, 400, 20),
            ("+46 8 555 123 45", 60, 440, 16),
            ("ingrid.lindqvist@vasahjartklinik.se", 60, 466, 16),
        ],
        "Dr. Ingrid Lindqvist",
        "Ingrid",
        "Lindqvist",
        "Överläkare",
        "Vasa Hjärtklinik AB",
    ),
    person(
        "jp-main-kanji-name-above-romanised",
        [
            ("株式会社みなと商事", 60, 40, 24),
            ("海外事業部 部長", 60, 120, 18),
            ("中村 健一", 60, 150, 44),
            ("Kenichi Nakamura", 60, 204, 18),
            ("〒530-0001 大阪府大阪市北区梅田1-1-1", 60, 420, 16),
            ("TEL 06-1234-5678", 60, 446, 16),
            ("k.nakamura@minato-shoji.co.jp", 60, 472, 16),
        ],
        "中村 健一",
        "健一",
        "中村",
        "海外事業部 部長",
        "株式会社みなと商事",
        other_script="Kenichi Nakamura",
    ),
    person(
        "en-main-small-kanji-line-above-romanised-name",
        [
            ("Minato Trading Co., Ltd.", 60, 40, 24),
            ("中村 健一", 60, 110, 20),
            ("Kenichi Nakamura", 60, 140, 36),
            ("Director, Overseas Business", 60, 190, 18),
            ("1-1-1 Umeda, Kita-ku, Osaka 530-0001", 60, 420, 16),
            ("+81 6 1234 5678", 60, 446, 16),
            ("k.nakamura@minato-shoji.co.jp", 60, 472, 16),
        ],
        "Kenichi Nakamura",
        "Kenichi",
        "Nakamura",
        "Director",
        "Minato Trading Co., Ltd.",
        other_script="中村 健一",
    ),
    person(
        "cn-main-chinese-name-above-english-name",
        [
            ("杭州云帆网络科技有限公司", 60, 40, 26),
            ("李晓燕", 60, 140, 44),
            ("Sherry Li", 60, 194, 18),
            ("市场部经理", 60, 224, 20),
            ("地址：杭州市西湖区文三路100号", 60, 420, 16),
            ("手机：139 0571 2345", 60, 446, 16),
            ("邮箱：sherry.li@yunfan-net.cn", 60, 472, 16),
        ],
        "李晓燕",
        "晓燕",
        "李",
        "市场部经理",
        "杭州云帆网络科技有限公司",
        other_script="Sherry Li",
    ),
    person(
        "kr-main-hangul-name-above-romanised",
        [
            ("주식회사 바다물산", 60, 40, 24),
            ("박지훈", 60, 130, 42),
            ("Jihoon Park", 60, 182, 18),
            ("기획팀 과장", 60, 212, 20),
            ("부산광역시 해운대구 센텀중앙로 55", 60, 420, 16),
            ("010-2345-6789", 60, 446, 16),
            ("jihoon.park@bada-trading.co.kr", 60, 472, 16),
        ],
        "박지훈",
        "지훈",
        "박",
        "기획팀 과장",
        "주식회사 바다물산",
        other_script="Jihoon Park",
    ),
    person(
        "kr-everything-in-both-scripts-is-a-korean-card",
        [
            ("주식회사 한빛상사", 60, 40, 26),
            ("HANBIT TRADING CO., LTD.", 60, 74, 18),
            ("최유진", 60, 300, 40),
            ("Choi Yujin", 60, 348, 18),
            ("부장", 60, 380, 18),
            ("General Manager", 60, 404, 16),
            ("T. 02-3456-7890", 600, 380, 14),
            ("yujin.choi@hanbit-trading.co.kr", 600, 404, 14),
        ],
        "최유진",
        "유진",
        "최",
        "부장",
        "주식회사 한빛상사",
    ),
    person(
        "big-stacked-logo-centre-person-small-bottom-left",
        [
            ("MERIDIAN", 300, 140, 80),
            ("ARCHITECTS", 380, 232, 28),
            ("Hannah Leclerc", 40, 480, 18),
            ("Associate Architect", 40, 504, 14),
            ("+1 514 555 0142", 720, 480, 14),
            ("hannah@meridian-arch.ca", 720, 504, 14),
        ],
        "Hannah Leclerc",
        "Hannah",
        "Leclerc",
        "Associate Architect",
        "MERIDIAN ARCHITECTS",
    ),
    person(
        "name-and-title-fragments-on-one-row",
        [
            ("Maria Santos", 60, 80, 32),
            ("Gerente Comercial", 420, 88, 18),
            ("Vale Verde Agronegócios Ltda.", 60, 200, 22),
            ("(34) 3212-4455", 60, 440, 16),
            ("maria.santos@valeverde-agro.com.br", 60, 466, 16),
        ],
        "Maria Santos",
        "Maria",
        "Santos",
        "Gerente Comercial",
        "Vale Verde Agronegócios Ltda.",
    ),
    person(
        "department-line-small-above-name",
        [
            ("Orbis Medical Devices", 60, 40, 28),
            ("CUSTOMER SUCCESS DEPARTMENT", 60, 160, 14),
            ("Priyanka Rao", 60, 182, 30),
            ("Clinical Applications Specialist", 60, 222, 18),
            ("+1 763 555 0119", 60, 440, 16),
            ("priyanka.rao@orbismedical.com", 60, 466, 16),
        ],
        "Priyanka Rao",
        "Priyanka",
        "Rao",
        "Clinical Applications Specialist",
        "Orbis Medical Devices",
    ),
    person(
        "monogram-logo-company-over-two-sizes",
        [
            ("KS", 60, 40, 90),
            ("Kraus & Steiner", 60, 150, 26),
            ("Steuerberatungsgesellschaft mbH", 60, 182, 16),
            ("Julia Steiner", 560, 300, 26),
            ("Steuerberaterin", 560, 334, 16),
            ("Tel. +49 69 1234 5670", 560, 440, 16),
            ("j.steiner@kraus-steiner.de", 560, 466, 16),
            ("Zeil 42, 60313 Frankfurt am Main", 60, 466, 16),
        ],
        "Julia Steiner",
        "Julia",
        "Steiner",
        "Steuerberaterin",
        "Kraus & Steiner Steuerberatungsgesellschaft mbH",
    ),
    person(
        # What the firm does, in small type under its name, is no evidence of the name.
        "trade-description-under-the-brand",
        [
            ("SHREE VARSHA", 60, 40, 50),
            ("Manufacturers & Exporters of Cotton Yarn", 60, 100, 18),
            ("Ramesh Patel", 60, 200, 26),
            ("Proprietor", 60, 232, 20),
            ("M: 98250 41000", 60, 300, 18),
        ],
        "Ramesh Patel",
        "Ramesh",
        "Patel",
        "Proprietor",
        "SHREE VARSHA",
    ),
    *[
        person(
            # A descriptor set letter-spaced under the logo: OCR reads each letter as a word,
            # or joins some of them.
            f"letter-spaced-descriptor-under-the-logo-{case}",
            [
                ("Tanvi Rao", 353, 68, 56),
                ("Marketing Executive", 353, 166, 33),
                ("Lumeo", 75, 233, 66),
                (spaced, 107, 307, 25),
                ("Tel | (0422) 555 0142", 355, 401, 28),
                ("tanvi@lumeo.in", 354, 430, 30),
            ],
            "Tanvi Rao",
            "Tanvi",
            "Rao",
            "Marketing Executive",
            want,
        )
        for case, spaced, want in (
            ("apart", "E V E N T S", "Lumeo EVENTS"),
            ("partly-joined", "E VEN T S", "Lumeo EVENTS"),
            # Read in pieces, or without the spaces between its words.
            ("in-pieces", "Ma sc hi n en ba u", "Lumeo Maschinenbau"),
            ("glued-words", "CONSULTINGENGINEERS", "Lumeo CONSULTING ENGINEERS"),
        )
    ],
    person(
        # The kind of business under the brand is the company's: it does not make the line
        # under it the business's name.
        "kind-of-business-of-the-company-above-the-name",
        [
            ("Quality is our strength", 65, 71, 66),
            ("Velmora", 64, 140, 84),
            ("Consulting Engineers", 69, 235, 34),
            ("Adv. Tanvika Mehra", 67, 327, 60),
            ("http://velmora.example.in", 69, 451, 36),
            ("Ph | +91-80-3948 5734", 70, 490, 34),
            ("info@velmora.example.in", 69, 527, 34),
        ],
        "Adv. Tanvika Mehra",
        "Tanvika",
        "Mehra",
        None,
        "Velmora Consulting Engineers",
    ),
    person(
        # Initials before a surname are no letter-spaced word.
        "initials-before-a-surname",
        [
            ("S R K Rao", 60, 40, 40),
            ("Director", 60, 90, 24),
            ("Nivar Textiles Pvt. Ltd.", 60, 200, 30),
            ("M: 98250 41000", 60, 300, 18),
        ],
        "S R K Rao",
        "S R K",
        "Rao",
        "Director",
        "Nivar Textiles Pvt. Ltd.",
    ),
    person(
        # A one-word brand over a two-word legal name, not in capitals; no company domain.
        "brand-over-a-short-legal-name",
        [
            ("CLAIRE DUMONT", 46, 49, 58),
            ("Directrice générale", 48, 149, 35),
            ("Veloria", 819, 248, 36),
            ("Logistique SA", 784, 289, 36),
            ("claire.dumont@yahoo.com", 84, 488, 27),
        ],
        "CLAIRE DUMONT",
        "CLAIRE",
        "DUMONT",
        "Directrice générale",
        "Veloria Logistique SA",
    ),
    person(
        # The same over a legal form of two words ("Pty Ltd"); no company domain.
        "brand-over-a-legal-name-with-a-two-word-form",
        [
            ("Leona Vidal", 46, 49, 58),
            ("Sales Manager", 48, 149, 35),
            ("SEORA", 819, 248, 36),
            ("Harbour Pty Ltd", 784, 289, 36),
            ("leona.vidal@gmail.com", 84, 488, 27),
        ],
        "Leona Vidal",
        "Leona",
        "Vidal",
        "Sales Manager",
        "SEORA Harbour Pty Ltd",
    ),
    person(
        # A firm named after its partners, broken after "&" and centred: the second row
        # starts with a given name and has a title under it, but its legal form closes a
        # firm's name, not a person's.
        "partners-firm-broken-after-an-ampersand",
        [
            ("Rita Lopes", 300, 60, 34),
            ("Moreira &", 90, 220, 28),
            ("Valentina EIRELI", 40, 256, 30),
            ("Contadora", 110, 290, 20),
            ("T. +55 31 3555-0182", 300, 400, 24),
            ("rita@moreira.com.br", 300, 430, 24),
        ],
        "Rita Lopes",
        "Rita",
        "Lopes",
        "Contadora",
        "Moreira & Valentina EIRELI",
    ),
    person(
        # The name read without its space, in larger type than the firm; the free-mail
        # mailbox is the given name alone: the person's mailbox, no evidence for a firm.
        "glued-name-whose-given-name-is-the-mailbox",
        [
            ("Halvorsen Druck GmbH & Co. KG", 130, 46, 28),
            ("MarenKoske", 254, 173, 34),
            ("Leiterin Vertrieb", 255, 211, 26),
            ("0211/950 4471", 150, 334, 21),
            ("maren@yahoo.com", 248, 357, 25),
        ],
        "Maren Koske",
        "Maren",
        "Koske",
        "Leiterin Vertrieb",
        "Halvorsen Druck GmbH & Co. KG",
    ),
    person(
        # A department set large under the name, no firm named anywhere: the largest type
        # left is no brand when it names a part of a firm.
        "department-in-large-type-is-no-brand",
        [
            ("김도윤", 60, 50, 50),
            ("Doyun Kim", 60, 110, 20),
            ("해외영업부", 60, 150, 48),
            ("휴대전화 010-4821-7735", 60, 420, 20),
            ("doyun.kim@gmail.com", 60, 450, 20),
        ],
        "김도윤",
        "도윤",
        "김",
        None,
        None,
        other_script="Doyun Kim",
    ),
    person(
        "latin-department-in-large-type-is-no-brand",
        [
            ("Priya Raman", 60, 50, 50),
            ("Sales & Marketing", 60, 130, 46),
            ("+91 98450 12763", 60, 420, 20),
            ("priya.raman@gmail.com", 60, 450, 20),
        ],
        "Priya Raman",
        "Priya",
        "Raman",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("fragments", "want", "other_script"), CARDS)
def test_layout_card(
    fragments: list[Fragment], want: dict[str, Any], other_script: str | None
) -> None:
    contact: Contact = extract_contact(ocr_of(fragments), source="-")
    wrong = [
        f"{field}: got {getattr(contact, field)!r}, want {expected!r}"
        for field, expected in want.items()
        if getattr(contact, field) != expected
    ]
    if other_script is not None:
        for field in ("name", "title", "company", "address"):
            value = getattr(contact, field) or ""
            if other_script in value:
                wrong.append(f"{field}: {value!r} holds the other-script name {other_script!r}")
        if other_script not in contact.text:
            wrong.append(f"text: lost the other-script name {other_script!r}")
    assert not wrong, "\n".join(wrong) + f"\nfor card:\n{show(fragments)}"


def test_enough_cases() -> None:
    ids = [c.id for c in CARDS]
    assert len(ids) >= 15 and len(set(ids)) == len(ids), "ids must be unique, 15 or more"
