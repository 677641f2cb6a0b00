"""Name, title and company."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_contact, extract_text
from cardscan.extract.domains import domain_agreement, main_label
from cardscan.extract.name_cjk import cjk_name_shape
from cardscan.extract.name_email import email_agreement, spelled_by_email
from cardscan.extract.name_evidence import full_cyrillic_name, initials_first
from cardscan.extract.name_parts import couple_halves, split_name
from cardscan.extract.name_repairs import repair_name_text
from cardscan.extract.non_names import is_non_name

from .layout_helpers import card_text, ocr, ocr_of

# (id, card text, name, title, company)
CARDS = [
    (
        "us classic",
        "Jane Doe\nSenior Software Engineer\nAcme Robotics, Inc.\njane.doe@acme-robotics.com",
        "Jane Doe",
        "Senior Software Engineer",
        "Acme Robotics, Inc.",
    ),
    (
        "uk caps name",
        "OLIVIA GRANT\nManaging Partner\nGrant Legal LLP\nolivia.grant@grantlegal.co.uk",
        "OLIVIA GRANT",
        "Managing Partner",
        "Grant Legal LLP",
    ),
    (
        "de geschaeftsfuehrer",
        "Nordlicht Solar GmbH\nDr. Karl Weber\nGeschäftsführer\nk.weber@nordlicht-solar.de",
        "Dr. Karl Weber",
        "Geschäftsführer",
        "Nordlicht Solar GmbH",
    ),
    (
        "br diretor",
        "Rafael Costa\nDiretor Comercial\nCasa Verde Ltda.\nrafael.costa@casaverde.com.br",
        "Rafael Costa",
        "Diretor Comercial",
        "Casa Verde Ltda.",
    ),
    (
        "fr directeur",
        "Lumière Conseil SARL\nCamille Durand\nDirectrice Marketing\ncdurand@lumiere-conseil.fr",
        "Camille Durand",
        "Directrice Marketing",
        "Lumière Conseil SARL",
    ),
    (
        "es gerente",
        "Lucía Gómez Ruiz\nGerente de Ventas\nVientosur S.L.\nlucia.gomez@vientosur.es",
        "Lucía Gómez Ruiz",
        "Gerente de Ventas",
        "Vientosur S.L.",
    ),
    (
        "in pvt ltd",
        "Priya Nair\nHead of Operations\nLotus Medtech Pvt. Ltd.\npriya.nair@lotusmed.in",
        "Priya Nair",
        "Head of Operations",
        "Lotus Medtech Pvt. Ltd.",
    ),
    (
        "jp buchou",
        "株式会社ひかり電機\n営業部 部長\n山田 太郎\nTEL 03-1234-5678\nt.yamada@hikari-denki.co.jp",
        "山田 太郎",
        "営業部 部長",
        "株式会社ひかり電機",
    ),
    (
        "domain company",
        "Tom Baker\nFounder & CEO\nACME Robotics\ntom@acme-robotics.com",
        "Tom Baker",
        "Founder & CEO",
        "ACME Robotics",
    ),
    (
        "acronym company",
        "Kenji Mori\nResearch Engineer\nSakura Advanced Technologies\nk-mori@sat.co.jp",
        "Kenji Mori",
        "Research Engineer",
        "Sakura Advanced Technologies",
    ),
    (
        "company only",
        "BRIGHTWAVE STUDIOS\nPhotography & Film\n+1 415 555 0132\n"
        "hello@brightwave.com\nwww.brightwave.com",
        None,
        None,
        "BRIGHTWAVE STUDIOS",
    ),
    (
        "company only legal",
        "Tidewater Marine Ltd.\nUnit 4, Harbour Road\nBristol BS1 6XX\ninfo@tidewater.co.uk",
        None,
        None,
        "Tidewater Marine Ltd.",
    ),
    ("no evidence no name", "Quiet Harbour\nOpen Daily\n+1 415 555 0177", None, None, None),
    (
        "glued name repaired",
        "PETERVANDAM\nSales Manager\npeter.vandam@polderbouw.nl",
        "PETER VANDAM",
        "Sales Manager",
        None,
    ),
    (
        "name with degree",
        "Anil Kapoor, PhD\nChief Scientist\nanil@genomica.in",
        "Anil Kapoor, PhD",
        "Chief Scientist",
        None,
    ),
    (
        "name comma title",
        "Maria Santos, Gerente\nmaria.santos@floresta.com.br",
        "Maria Santos",
        "Gerente",
        None,
    ),
    (
        "hyphen then a space after the name, a title word misread by a letter after it",
        "Galaxy Agencies\nLakshit Mallick- Managing Drector\nlakshit@galaxyagencies.in",
        "Lakshit Mallick",
        "Managing Director",
        "Galaxy Agencies",
    ),
    (
        "honorific in brackets after another",
        "Dr. (Mrs.) Sunita Rao\nB.D.S., M.D.S.\nDental Surgeon\n+91 99887 66554",
        "Dr. (Mrs.) Sunita Rao",
        "Dental Surgeon",
        None,
    ),
    (
        "title in brackets after the name",
        "Ravi Menon (Proprietor)\nMob: +91 98450 12345",
        "Ravi Menon",
        "Proprietor",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "title", "company"), [c[1:] for c in CARDS], ids=[c[0] for c in CARDS]
)
def test_card_people_fields(
    text: str, name: str | None, title: str | None, company: str | None
) -> None:
    contact = extract_text(text)
    assert contact.name == name, text
    assert contact.title == title, text
    assert contact.company == company, text


def test_email_agreement_beats_other_capitalised_lines() -> None:
    text = "Golden Gate Partners\nMichael Chen\nSarah Lopez\nVice President\nslopez@ggpartners.com"
    assert extract_text(text).name == "Sarah Lopez", text


def test_name_near_title_without_email() -> None:
    text = "Harbor Analytics\nDaniel Brooks\nData Architect\n+1 415 555 0132"
    assert extract_text(text).name == "Daniel Brooks", text


@pytest.mark.parametrize(
    ("name", "local", "at_least"),
    [
        ("Jane Doe", "jane.doe", 1.0),
        ("Jane Doe", "jdoe", 1.0),
        ("Jane Doe", "janed", 1.0),
        ("Jane Doe", "doe.jane", 1.0),
        ("Jane Doe", "jane", 0.8),
        ("José Müller", "jose.muller", 1.0),
        ("Daisuke Morikawa", "da-morikawa", 1.0),
        # two family names (Spain, Portugal, Latin America): either one may be the email's
        ("Tomás Arrieta Villar", "t.arrieta", 1.0),
        ("Tomás Arrieta Villar", "tvillar", 1.0),
        # a particle written together with the family name after it
        ("Samir Al Harbi", "s.alharbi", 1.0),
        ("Joana da Rocha", "joana.darocha", 1.0),
        ("Joana da Rocha", "jrocha", 1.0),
        ("Jane Doe", "info", 0.0),
    ],
)
def test_email_agreement(name: str, local: str, at_least: float) -> None:
    got = email_agreement(name, [local])
    assert got >= at_least and (at_least > 0 or got == 0), (name, local)


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Jane Doe", "Jane", "Doe"),
        ("Dr. Karl Weber", "Karl", "Weber"),
        ("Maria José dos Santos", "Maria José", "dos Santos"),
        ("Wang Xiaoming", "Xiaoming", "Wang"),  # romanised Chinese, family first
        ("TRAN MINH KHOA", "MINH KHOA", "TRAN"),
        ("Nguyễn Văn An", "Văn An", "Nguyễn"),
        ("Brian Cho", "Brian", "Cho"),  # a Western given name first: Western order
        ("Mai Nguyen", "Mai", "Nguyen"),  # family names at both ends: Western order
        ("Elif YILDIZ", "Elif", "YILDIZ"),  # the word in capitals is the family name
        ("MORIKAWA Daisuke", "Daisuke", "MORIKAWA"),
        ("Benedito S. Amaral Jr.", "Benedito S.", "Amaral"),
        ("김민준", "민준", "김"),
        ("남궁도윤", "도윤", "남궁"),  # a Korean family name of two syllables
        ("황보예린", "예린", "황보"),
        ("황보람", "보람", "황"),  # three syllables: the one-syllable family name is likelier
        ("독고하진", "하진", "독고"),
        ("山田 太郎", "太郎", "山田"),
        ("山田太郎", "太郎", "山田"),
        ("Anil Kapoor, PhD", "Anil", "Kapoor"),
    ],
)
def test_split_name(name: str, given: str, family: str) -> None:
    assert split_name(name) == (given, family), name


@pytest.mark.parametrize(
    ("host", "want"),
    [
        ("acme-robotics.com", "acme-robotics"),
        ("www.hikari.co.jp", "hikari"),
        ("casaverde.com.br", "casaverde"),
        ("orchard.io", "orchard"),
    ],
)
def test_main_label(host: str, want: str) -> None:
    assert main_label(host) == want, host


@pytest.mark.parametrize(
    ("line", "label", "want"),
    [
        ("ACME Robotics", "acme-robotics", 1.0),
        ("Internet Services Group", "isg", 0.8),
        ("Jane Doe", "acme", 0.0),
    ],
)
def test_domain_agreement(line: str, label: str, want: float) -> None:
    assert domain_agreement(line, label) == want, line


def test_two_family_names_on_iberian_and_latin_american_cards() -> None:
    assert split_name("Lucía Gómez Ruiz", "ES") == ("Lucía", "Gómez Ruiz")
    assert split_name("Ana Paula Ferreira Costa", "BR") == ("Ana Paula", "Ferreira Costa")
    # Elsewhere a middle name is a given name: "Rajesh Kumar Gupta" in India.
    assert split_name("Rajesh Kumar Gupta", "IN") == ("Rajesh Kumar", "Gupta")


def test_romanised_names_follow_the_cards_country() -> None:
    # "Lei" is also a Western surname, so only a Chinese card says the order is family first.
    assert split_name("Wang Lei", "CN") == ("Lei", "Wang")
    assert split_name("David Chen", "CN") == ("David", "Chen")
    assert split_name("Prof. Helen Carmichael FRCS") == ("Helen", "Carmichael")


@pytest.mark.parametrize("name", ["Sarah Lane", "Marcelo Estrada", "Laura Sala"])
def test_a_surname_that_is_also_a_street_word_after_a_given_name(name: str) -> None:
    text = f"Cloudpath Media Ltd\n{name}\nSales Manager\nE: info@cloudpath.example.co.uk"
    assert extract_text(text).name == name, text


def test_a_street_word_in_a_name_the_email_spells() -> None:
    """ "Ring" is a German street type and a surname no list of ours holds."""
    spelled = "Cloudpath Medien KG\nHolger Ring\nVertrieb\nE: hring@cloudpath.example.de"
    assert extract_text(spelled).name == "Holger Ring", spelled


@pytest.mark.parametrize("line", ["Park Lane", "Baker Street", "Sarah Lane 12"])
def test_a_street_is_no_name(line: str) -> None:
    text = f"Cloudpath Media Ltd\n{line}\nTel +44 20 7946 0142"
    assert extract_text(text).name is None, text


# Names OCR or the printer split or glued: each rule on a made-up card.
GLUED_AND_LABELLED = [
    ("ask for", "Rivers Bakery\nAsk for Janet\nFresh bread daily\nTel (415) 555-0132", "Janet"),
    ("fale com", "Auto Mecânica Souza\nFale com Luiza\nTel. (11) 3333-4444", "Luiza"),
    # a label names the person whatever their name: no list knows every given name
    (
        "ask for, a name no list holds",
        "Orbit Travels\nAsk for Tarunesh\n• Air tickets\nM +91 98555 01234",
        "Tarunesh",
    ),
    (
        "ask for, glued to the name",
        "Orbit Travels\nAsk forTarunesh\n• Air tickets\nM +91 98555 01234",
        "Tarunesh",
    ),
    ("contact label glued", "Orbit Travels\nContact:Tarunesh\nM +91 98555 01234", "Tarunesh"),
    # the shop's name opens with a given name and its mailbox spells it: the label still wins
    (
        "labelled over a shop name its mailbox spells",
        "Ravi Phone Care\nContact: Tarunesh\nOwner\nM +91 98555 01234\nraviphone1@rediffmail.com",
        "Tarunesh",
    ),
    # "Fale com Dalva" with its verb lost by OCR
    ("com, the verb lost", "Moura Chaves Ltda.\ncom Dalva\nFechaduras\n+55 71 3703-0000", "Dalva"),
    (
        "russian contact person",
        "Ремонт квартир «Прима»\nКонтактное лицо: Любовь\nТел. +7 (383) 555-01-42",
        "Любовь",
    ),
    (
        "ukrainian contact person",
        "Сантехніка «Потік»\nКонтактна особа: Ігор\nТел. +380 44 555 01 42",
        "Ігор",
    ),
    (
        "letter-spaced capitals read as one word",
        "MARIASILVA\nGerente Comercial\nLumen Ltda.",
        "MARIA SILVA",
    ),
    (
        # "Zelindra" is no given name the list holds; the email says the word is the name.
        "capitals read as one word, spelled by the email, one part known",
        "ZELINDRAKOWALCZYK\nGerente Comercial\nLumen Ltda.\nzelindrakowalczyk@example.com",
        "ZELINDRA KOWALCZYK",
    ),
    (
        # Neither name is one the lists hold; the email spells the surname with an initial.
        "capitals read as one word, the surname spelled by the email",
        "TOMOKIYUZURIHA\nSales Manager\nt.yuzuriha@example.co.jp",
        "TOMOKI YUZURIHA",
    ),
    (
        "capitals read as one word, the email is the surname alone",
        "DARIUSZWRZESNIAK\nKierownik Sprzedaży\nwrzesniak@example.pl",
        "DARIUSZ WRZESNIAK",
    ),
    (
        # Neither name is one the lists hold; the email spells the initial, then the surname.
        "capitals read as one word, the email the initial and surname",
        "ZELINDRAWRZESNIAK\nProkuristin\nzwrzesniak@example.de",
        "ZELINDRA WRZESNIAK",
    ),
    (
        # The label goes with the number: the printed piece before the bar is no name.
        "capitals read as one word, a phone label set off by a bar after them",
        "ZELINDRAWRZESNIAK Tel | 044-2657 4136\nChartered Accountant\ninfo@example.in",
        "ZELINDRAWRZESNIAK",
    ),
    (
        "name glued to a title abbreviation in capitals",
        "Ada LoweHR Business Partner\nKnight & Ross Ltd\nada@knightross.example",
        "Ada Lowe",
    ),
    (
        "name glued to a title abbreviation, a title word misread",
        "Ada LoweHR Busines Partner\nKnight & Ross Ltd\nada@knightross.example",
        "Ada Lowe",
    ),
    ("zero for O and no space", "Josué0liveira\nDiretor Comercial\nLumen Ltda.", "Josué Oliveira"),
    (
        "zero for the O of an Irish name",
        "Ciara 0'Donovan\nData Analyst\nBrennan & Rowe Ltd\nciara.odonovan@gmail.com",
        "Ciara O'Donovan",
    ),
    (
        "hyphenated given name glued to the family name",
        "ANNE-LISEKORDT\nVertriebsleiterin\nannelise.kordt@example.de",
        "ANNE-LISE KORDT",
    ),
    (
        "AI for the particle Al",
        "Hamad AI Ameri\nProcurement Officer\nFalcon Trading LLC",
        "Hamad Al Ameri",
    ),
    ("korean name and title on one row", "유 정순 과장\n주식회사 해솔\nTel 02-555-1234", "유 정순"),
]


@pytest.mark.parametrize(
    ("text", "want"), [c[1:] for c in GLUED_AND_LABELLED], ids=[c[0] for c in GLUED_AND_LABELLED]
)
def test_glued_and_labelled_names(text: str, want: str) -> None:
    assert extract_text(text).name == want, text


@pytest.mark.parametrize("text", ["Orbit Travels\nAsk for Details\nM +91 98555 01234"])
def test_what_a_shop_asks_you_to_ask_for_is_no_name(text: str) -> None:
    assert extract_text(text).name is None, text


@pytest.mark.parametrize("slogan", ["Rápido e confiável", "Limpo e seguro", "Schnell und sauber"])
def test_a_capitalised_phrase_ending_in_a_lower_case_word_is_no_name(slogan: str) -> None:
    """Set large over the firm's name, a slogan has the type of a person's name."""
    rows = (
        (slogan, 190, 15, 79),
        ("Consultoria Modelo S.A.", 110, 95, 51),
        ("TEL.| +55 61 3555-0177", 450, 309, 25),
        ("atendimento@consultoriamodelo.com.br", 450, 382, 22),
    )
    assert extract_contact(ocr(*rows), source="-").name is None, card_text(rows)


def test_a_name_printed_all_in_lower_case_stays_a_name() -> None:
    text = "carol tan\nSenior Consultant\nAcme Advisory Pte Ltd\ncarol.tan@acme-advisory.sg"
    assert extract_text(text).name == "carol tan", text


def test_a_title_on_the_name_row_becomes_the_title() -> None:
    text = "유 정순 과장\n주식회사 해솔\nTel 02-555-1234"
    assert extract_text(text).title == "과장", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("K. Srinivasan\nChief Financial Officer\nOrbit Steel Limited", "K. Srinivasan"),
        ("R. K. Narayanan\nGeneral Manager\nTel +91 44 2000 1234", "R. K. Narayanan"),
        ("Lakshmi S.\nSenior Architect\nlakshmi.s@vistabuild.example", "Lakshmi S."),
    ],
)
def test_initials_and_one_name_is_a_name(text: str, want: str) -> None:
    """South Indian cards print initials (father's or family name) and one name."""
    contact = extract_text(text)
    assert (contact.name, contact.title) == (want, text.splitlines()[1]), text


@pytest.mark.parametrize("text", ["A. Road\nSuite 4", "P. O. Box\nMain Street 5", "J. K\nHelp"])
def test_initials_without_a_real_name_are_not_a_name(text: str) -> None:
    assert extract_text(text).name is None, text


@pytest.mark.parametrize(
    ("text", "name", "alt"),
    [
        ("林 志 豪\n業務經理\n宏遠科技股份有限公司\n電話 02-2345-6789", "林志豪", None),
        ("박 서 연\n과장\n한빛전자 주식회사\n전화 02-555-1234", "박서연", None),
        ("業務經理 林志豪\n宏遠科技股份有限公司\n電話 02-2345-6789", "林志豪", None),
        ("林志豪 Lin Zhihao\n業務經理\n宏遠科技股份有限公司", "林志豪", "Lin Zhihao"),
        ("Lin Zhihao 林志豪\nSales Manager\nHongda Technology Co., Ltd.", "Lin Zhihao", "林志豪"),
        ("宏遠科技股份有限公司\n林志豪總經理\n電話 02-2345-6789", "林志豪", None),
        ("(주)한빛소프트\n대표이사박서연\n전화 02-555-1234", "박서연", None),
        ("東方電信\n林志豪 襄理\n電話 02-2345-6789", "林志豪", None),
        ("株式会社みなと商事\n山口恵子代表取締役社長\nTEL 03-0000-0000", "山口恵子", None),
        ("株式会社みなと商事\n取締役副社長山口恵子\nTEL 03-0000-0000", "山口恵子", None),
    ],
    ids=[
        "letter-spaced-han",
        "letter-spaced-hangul",
        "title-first",
        "two-scripts",
        "latin-card",
        "title-glued-after",
        "title-glued-before-hangul",
        "company-of-kind-words-above",
        "two-titles-glued-after",
        "two-titles-glued-before",
    ],
)
def test_cjk_name_layouts(text: str, name: str, alt: str | None) -> None:
    """A label left alone ("電話", "전화") is never the name; spacing and a second script on
    the name's row are the card's typography, not part of the name."""
    contact = extract_text(text)
    assert (contact.name, contact.name_alt) == (name, alt), text


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("한결물류 주식회사\n윤다온영업지원팀 과장\n전화 02-555-0142", "윤다온", "영업지원팀 과장"),
        ("(주)새벽테크\n정민재품질관리팀책임연구원", "정민재", "품질관리팀 책임연구원"),
        ("(주)새벽테크\n선우하린기획팀 과장\n전화 02-555-0178", "선우하린", "기획팀 과장"),
        ("한결물류 주식회사\n윤다온영업지원팀 대리\n전화 02-555-0142", "윤다온", "영업지원팀 대리"),
        ("한결물류 주식회사\n윤다온영업지원팀대리\n전화 02-555-0142", "윤다온", "영업지원팀 대리"),
    ],
    ids=[
        "spaced-title",
        "glued-title",
        "two-syllable-family-name",
        "title-only-standing-alone",
        "title-only-standing-alone-glued",
    ],
)
def test_a_hangul_name_glued_to_its_department_is_cut_before_it(
    text: str, name: str, title: str
) -> None:
    """The name and the department over the title read as one run: the family name and two
    syllables are the name, the rest ends like a unit (…팀, …부)."""
    contact = extract_text(text)
    assert (contact.name, contact.title) == (name, title), text


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("五十嵐 一郎", "五十嵐 一郎"),  # a family name of three characters is known
        ("長谷川 由美子", "長谷川 由美子"),  # ... and may take a given name of three
        ("長谷川由美子", "長谷川由美子"),
        ("佐々木く み子", "佐々木くみ子"),  # a space read inside the given name
    ],
)
def test_japanese_names_after_a_family_name_of_three(row: str, want: str) -> None:
    """No title, no Latin twin: the family name alone backs the name."""
    contact = extract_text(f"有限会社みなと工業\n{row}\nTEL 045-555-0142")
    assert contact.name == want, row


@pytest.mark.parametrize(
    ("text", "name", "alt", "title"),
    [
        ("有限会社みなと工業\n中川 稔主任\nTEL 045-555-0142", "中川 稔", None, "主任"),
        ("有限会社みなと工業\n山田 太郎代表取締役社長", "山田 太郎", None, "代表取締役社長"),
        ("宏遠科技股份有限公司\n林 志豪經理\n電話 02-2345-6789", "林 志豪", None, "經理"),
        ("한결물류 주식회사\n김 민준과장\n전화 02-555-0142", "김 민준", None, "과장"),
        (
            "有限会社みなと工業\n中川 稔主任\nMinoru NAKAGAWA\nTEL 045-555-0142",
            "中川 稔",
            "Minoru NAKAGAWA",
            "主任",
        ),
    ],
    ids=["ja", "ja-titles-in-a-row", "zh", "ko", "ja-latin-twin"],
)
def test_a_given_name_read_glued_to_the_title_stays_with_the_name(
    text: str, name: str, alt: str | None, title: str
) -> None:
    """Family name, space, given name, and the title glued on: cut before the title, not
    at the space (which would give the title the given name)."""
    contact = extract_text(text)
    assert (contact.name, contact.name_alt, contact.title) == (name, alt, title), text


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("LuizaHelenaPrado Tavares", "Luiza Helena Prado Tavares"),
        ("Rita MarquesFontes", "Rita Marques Fontes"),
        ("Douglas MacArthur", "Douglas MacArthur"),  # a particle opens the surname
        ("MaryAnn Whitfield", "MaryAnn Whitfield"),  # a given name of its own
    ],
)
def test_words_of_a_name_read_without_their_spaces_are_split_at_the_capitals(
    row: str, want: str
) -> None:
    text = f"{row}\nRepresentante Comercial\nLumen Ltda.\ncontato@lumen.example"
    assert extract_text(text).name == want, text


def test_a_letter_spaced_name_is_closed_up_and_split_by_the_lexicon() -> None:
    text = "M A R I A  S I L V A\nGerente Comercial\nLumen Ltda."
    assert extract_text(text).name == "MARIA SILVA", text


@pytest.mark.parametrize("name", ["Anjali", "Christina", "Ahmad"])
def test_a_one_word_given_name_is_not_split_in_two(name: str) -> None:
    text = f"{name}\nCEO\nOrbit Studio"
    assert extract_text(text).name == name, text


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "고객과 함께 성장하는 기업\n다온타워\n김 정희 영업부 책임연구원\n전화 051-123-4567",
            "김 정희",
            "영업부 책임연구원",
        ),
        ("함께 만드는 내일\n한빛전자\n이 서준 과장\n전화 02-555-1234", "이 서준", "과장"),
    ],
    ids=["department-between-name-and-title", "slogan-above"],
)
def test_a_cjk_name_needs_its_family_name_and_a_slogan_is_no_name(
    text: str, name: str, title: str
) -> None:
    """Hangul words are letters, but a line of them is not a Latin name; a CJK name starts
    with a known family name (a building's or a shop's name does not)."""
    got = extract_text(text)
    assert (got.name, got.title) == (name, title), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K.VENKATARAMAN\nSenior Manager\nKaveri Mills Ltd", "K.VENKATARAMAN"),
        ("R.K.Malhotra\nDirector\nMalhotra Steels Pvt Ltd", "R.K.Malhotra"),
        ("Deepak Arora (Prop.)\nArora Kirana Store\n99120 45873", "Deepak Arora"),
    ],
    ids=["initial-glued-capitals", "two-initials-glued", "bracketed-role"],
)
def test_glued_initials_and_a_bracketed_role(text: str, name: str) -> None:
    """Initials glued to the name are printed so and kept so; a bracketed role after the
    name is not part of it."""
    assert extract_text(text).name == name, text


def test_a_cyrillic_name_agrees_with_its_romanised_email() -> None:
    assert email_agreement("Викторин Стрелков", ["strelkov.viktorin"]) == 1.0
    assert email_agreement("Олена Бондар", ["o.bondar"]) == 1.0


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Быстро. Надёжно.\nГруппа компаний «Восход»\nlebedeva.inna@voskhod.ru\n"
            "Инна Сергеевна Лебедева\nг. Самара",
            "Инна Сергеевна Лебедева",
        ),
        ("ТОВ «Світанок»\nТарас Ковальчук\nm: +380 67 555 0100", "Тарас Ковальчук"),
        ("ООО «Вектор»\nГРОМОВ Аркадий\nг. Казань, ул. Садовая, д. 5", "ГРОМОВ Аркадий"),
    ],
    ids=["patronymic", "ukrainian-chuk", "capitals-family-first"],
)
def test_cyrillic_names_are_known_by_their_endings(text: str, want: str) -> None:
    """No title and no list entry: a patronymic or a family-name ending says "person"."""
    assert extract_text(text).name == want, text


def test_a_line_of_sentences_is_not_a_name() -> None:
    text = "Fast. Reliable. Affordable.\nQuarry Logistics\nBenedikt Osterhagen\nDirector"
    assert extract_text(text).name == "Benedikt Osterhagen", text


@pytest.mark.parametrize(
    "slogan",
    [
        "DRIVEN BY DETAIL",
        "Tout simplement mieux",
        "La qualité avant tout",
        "SABOR COM TRADIÇÃO",
        "Hecho para ti",
        "Handwerk mit Herz",
    ],
)
def test_a_slogan_in_large_type_is_not_a_name(slogan: str) -> None:
    """A company-only card: its slogan set large is no person, whatever its size."""
    fragments = [
        (slogan, 60, 40, 44),
        ("Marlow & Greaves Ltd.", 60, 120, 22),
        ("info@marlowgreaves.com", 60, 300, 16),
        ("+44 20 7946 0000", 60, 330, 16),
    ]
    got = extract_contact(ocr_of(fragments), source="-")
    assert got.name is None, (fragments, got.name)


def test_a_name_the_email_spells_in_full_is_taken_though_set_small() -> None:
    rows = (
        ("QX", 41, 33, 48),
        ("Conseil Fiscal", 45, 93, 21),
        ("T. +33 4 00 00 17 29", 356, 246, 21),
        ("MARGUERITE KERBRAT", 47, 264, 17),
        ("marguerite.kerbrat@qxconseil.fr", 353, 275, 27),
    )
    assert extract_contact(ocr(*rows), source="-").name == "MARGUERITE KERBRAT", card_text(rows)


@pytest.mark.parametrize(
    ("card", "name", "title"),
    [
        (
            "Daniel Roux-Directeur général\nE. daniel.roux@example.fr",
            "Daniel Roux",
            "Directeur général",
        ),
        ("Anna Smith-Jones\nDirector", "Anna Smith-Jones", "Director"),
        ("Jean-Pierre Martin Directeur", "Jean-Pierre Martin", "Directeur"),
        # The hyphen glued to the name, a space before the title.
        (
            "Lakshit Mallick- Managing Director\nE. lakshit@example.in",
            "Lakshit Mallick",
            "Managing Director",
        ),
    ],
)
def test_a_hyphen_glued_between_the_name_and_its_title_parts_them(
    card: str, name: str, title: str
) -> None:
    """A double-barrelled name keeps its hyphen: no title follows it."""
    got = extract_text(card)
    assert got.name == name, card
    assert got.title == title, card


@pytest.mark.parametrize(
    ("card", "name", "title"),
    [
        (
            "Lucien Bergerresponsable achats\nGauthier & Roux SA\nlucien_berger@yahoo.fr",
            "Lucien Berger",
            "responsable achats",
        ),
        (
            "Ana Limagerente comercial\nVerde Ltda\nana.lima@verde.com.br",
            "Ana Lima",
            "gerente comercial",
        ),
    ],
)
def test_a_name_the_email_spells_glued_to_its_title_is_cut_there(
    card: str, name: str, title: str
) -> None:
    """OCR lost the space between the name and the title on its row; the email spells the
    name in parts, so the name ends where the spelled letters do."""
    got = extract_text(card)
    assert got.name == name, card
    assert got.title == title, card


def test_a_dash_left_after_the_name_is_not_part_of_it() -> None:
    card = "Gauthier & Roux SA\nLucien Berger- Responsable achats\nE. lucien.berger@gauthier.fr"
    assert extract_text(card).name == "Lucien Berger", card


@pytest.mark.parametrize("hours", ["연중무휴", "年中無休", "全年无休"])
def test_opening_hours_are_not_a_name(hours: str) -> None:
    card = f"{hours}\n한솔 자동차공업사\n051-555-0142"
    assert extract_text(card).name is None, card


@pytest.mark.parametrize(
    "hours", ["Sunday Holiday", "Closed on Sundays", "Montag Ruhetag", "Domingo fechado"]
)
def test_the_weekly_closing_day_is_not_a_name(hours: str) -> None:
    """A shop card without a person: its closing day is two capitalised words."""
    rows = (
        ("Mehta Tailors", 56, 104, 74),
        ("- Uniforms", 61, 470, 28),
        ("- Alterations", 61, 500, 28),
        ("mehtatailors@gmail.com", 873, 494, 26),
        ("Timings: 10 AM to 8 PM", 62, 531, 30),
        (hours, 59, 559, 35),
    )
    assert extract_contact(ocr(*rows), source="-").name is None, card_text(rows)


@pytest.mark.parametrize("slogan", ["Wir bewegen Ihre Ideen", "Your Print Partner"])
def test_a_slogan_is_not_a_name(slogan: str) -> None:
    rows = (
        (slogan, 250, 68, 94),
        ("Bäckerei Lenz", 258, 154, 58),
        ("• Partyservice", 60, 298, 35),
        ("baeckerei.lenz@hotmail.com", 60, 484, 32),
        ("Meistergasse 15", 59, 517, 32),
        ("01463 Greiz", 60, 550, 29),
    )
    assert extract_contact(ocr(*rows), source="-").name is None, card_text(rows)


def test_phone_labels_read_in_look_alike_letters_are_no_name() -> None:
    # "Тел." and "Моб." read as Latin "Ten." and "Mo." in larger type than the name.
    rows = (
        ("Ten. +7 (846) 555-07-55 Mo. +7 (926) 555-93-74", 477, 333, 23),
        ("Котова Агата Кузьминична", 59, 337, 22),
        ("https://www.example.ru", 478, 358, 20),
        ("Ведущий специалист", 58, 367, 11),
    )
    got = extract_contact(ocr(*rows), source="-").name
    assert got == "Котова Агата Кузьминична", card_text(rows)


@pytest.mark.parametrize("text", ["Harbor General", "Sahara General", "GENERAL"])
def test_general_is_a_word_of_firms_not_of_names(text: str) -> None:
    """ "X General Trading", "General Contracting", "General Store": no person is named so."""
    assert is_non_name(text), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Фёкла Доронина’\nНачальник отдела\nf.doronina@example.ru", "Фёкла Доронина"),
        ("‘Anna Costa\nSales Manager", "Anna Costa"),
        ("Liam O'Neil\nSales Manager", "Liam O'Neil"),
        ("Ravi D’Souza’\nSales Manager", "Ravi D’Souza"),
    ],
)
def test_stray_quote_marks_at_a_names_ends_are_dropped(text: str, want: str) -> None:
    assert extract_text(text).name == want, text


def test_items_of_a_shops_list_are_no_name() -> None:
    rows = (
        ("Pet Shop Aurora", 46, 51, 30),
        ("Proprietária", 46, 202, 31),
        ("• Rações", 44, 243, 29),
        ("• Acessórios", 44, 269, 25),
        ("Tel (11) 5555-0142", 44, 320, 24),
    )
    got = extract_contact(ocr_of(rows), source="-").name
    assert got is None, (rows, got)


@pytest.mark.parametrize("bullet", ["- ", "– ", "* "])
def test_items_after_a_dash_or_asterisk_are_no_name(bullet: str) -> None:
    """Korean trades are two syllables, and most open with a syllable that is also a family
    name (장 of 장판, "flooring"): listed after a dash, they are items, not a person."""
    text = (
        f"{bullet}장판\n{bullet}욕실 리모델링\n푸른숲 인테리어\n"
        "TEL: 031) 555-0142\nhello@example.kr"
    )
    contact = extract_text(text)
    assert contact.name is None, (text, contact.name)


@pytest.mark.parametrize(
    "text",
    [
        "Setor de Compras\nVale Verde Construções Ltda.\ncompras@valeverde.com.br",
        "Abteilung Einkauf\nNordlicht Maschinenbau GmbH\neinkauf@nordlicht.de",
    ],
)
def test_a_line_naming_a_unit_of_the_firm_is_no_name(text: str) -> None:
    contact = extract_text(text)
    assert contact.name is None, (text, contact.name)


def test_a_name_the_email_spells_wins_over_a_large_line_nothing_backs() -> None:
    """A brand set large over the title looks like a name in capitals; the email spells the
    person's name, printed small above it, and the brand is then the company."""
    rows = (
        ("Rahul Qorvani", 60, 40, 20),
        ("ZORVEK TALUN", 60, 80, 46),
        ("Managing Director", 60, 140, 26),
        ("rahulqorvani@gmail.com", 60, 190, 26),
        ("+91 98200 11223", 60, 230, 26),
        ("Shop 5, Laxmi Road, Pune 411030", 60, 270, 26),
    )
    got = extract_contact(ocr(*rows), source="-")
    assert (got.name, got.company) == ("Rahul Qorvani", "ZORVEK TALUN"), card_text(rows)


@pytest.mark.parametrize(
    "line", ["Marta Holloway ~", "Marta Holloway Jr. ~", "© Marta Holloway", "Marta Holloway »"]
)
def test_a_speck_read_as_a_symbol_beside_the_name_is_not_part_of_it(line: str) -> None:
    text = f"{line}\nSenior Buyer\nmarta.holloway@fernhill.example"
    want = line.strip("~©» ")
    assert extract_text(text).name == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("김민준", True),
        ("남궁 민수", True),  # a two-syllable family name
        ("남궁민수", True),
        ("연중무휴", False),  # four syllables after no two-syllable family name: a phrase
        ("연중 무휴", False),
        ("한빛소프트", False),  # five syllables: a firm, not a Korean name
        ("佐々木健二", True),  # five characters are a Japanese name
    ],
)
def test_a_korean_name_has_at_most_four_syllables(text: str, want: bool) -> None:
    assert cjk_name_shape(text) is want, text


def test_a_shop_card_phrase_of_four_syllables_is_not_taken_for_the_name() -> None:
    """"연중무휴" (open all year) read with one vowel wrong escapes the list of hours."""
    text = "한솔 헤어살롱\n커트 · 펌\n연중무효\nT 031.555.0142\nE-MAIL|hansol@example.kr"
    assert extract_text(text).name is None, text


def test_a_five_syllable_firm_over_the_person_is_not_taken_for_the_name() -> None:
    text = "한빛소프트\n김민수\n010-1234-5678"
    assert extract_text(text).name == "김민수", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("DR.MEERA KALE\nConsultant Physician\nCell 97310 05522", "DR. MEERA KALE"),
        ("Adv.Rohan Desai\nAdvocate, High Court\nCell 97310 05522", "Adv. Rohan Desai"),
    ],
)
def test_a_courtesy_title_read_glued_to_the_name_gets_its_space_back(text: str, want: str) -> None:
    assert extract_text(text).name == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("TeresaQuintanilla Robles", "Teresa Quintanilla Robles"),  # the space back
        ("MaryAnn Whitcombe", "MaryAnn Whitcombe"),  # one given name printed so
        ("Anna McAllister", "Anna McAllister"),  # a surname's own capital
        ("DeLuca Marco", "DeLuca Marco"),  # too short a piece to be a given name
        ("William Mc Donald", "William McDonald"),  # "Mc" read apart from its name
        ("Amc Dona", "Amc Dona"),  # "Mc" inside a word is no prefix
    ],
)
def test_a_given_name_read_glued_to_the_next_word(text: str, want: str) -> None:
    assert repair_name_text(text) == want, text


def test_a_family_name_that_is_also_a_word_between_known_names() -> None:
    """ "Sales" is a Portuguese family name as well as a department."""
    text = (
        "Lemos & Prado EIRELI\nCorretor de Imóveis\nCaio Sales Ribeiro\nE contato@lemosprado.com.br"
    )
    assert extract_text(text).name == "Caio Sales Ribeiro", text
    assert is_non_name("Caio Sales"), "two words: nothing frames the word"


def test_a_name_glued_after_what_is_no_courtesy_title_is_left_alone() -> None:
    assert repair_name_text("St.Clair Moreau") == "St.Clair Moreau"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Claire oliver", "Claire Oliver"),  # o, c, s, v, w, x, z look alike in both cases
        ("Anna smith", "Anna Smith"),
        ("Maria van Dijk", "Maria van Dijk"),  # a particle stays small
        ("Crafted with care", "Crafted with care"),  # no given name opens it
        ("Anna mendes", "Anna mendes"),  # "m" has a capital of its own shape
        ("Liam o'connell", "Liam O'Connell"),  # and the letter after an Irish O'
        ("Liam o’connell", "Liam O’Connell"),
    ],
)
def test_a_name_word_read_small_by_its_case_alike_letter_gets_its_capital(
    text: str, want: str
) -> None:
    assert repair_name_text(text) == want, text


def test_a_name_read_with_a_small_case_alike_letter_is_still_the_name() -> None:
    text = "Claire oliver\nRegional Sales Director\nNorthgate Robotics PLC\nT: +44 20 7946 0000"
    contact = extract_text(text)
    assert (contact.name, contact.title) == ("Claire Oliver", "Regional Sales Director"), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ravi lyer", "Ravi Iyer"),  # a capital I and a small l are one stroke in sans-serif
        ("lgor Petrov", "Igor Petrov"),
        ("Maria lsabel Gómez", "Maria Isabel Gómez"),
        ("Ana la Rosa", "Ana la Rosa"),  # "l" before a vowel opens particles
        ("Nordwind Trading llc", "Nordwind Trading llc"),  # no vowel: a legal form
        ("lyer", "lyer"),  # nothing capitalised beside it
    ],
)
def test_a_capital_i_read_as_a_small_l_opening_a_name_word_is_given_back(
    text: str, want: str
) -> None:
    assert repair_name_text(text) == want, text


def test_a_name_and_title_on_one_row_with_a_misread_capital_i() -> None:
    text = (
        "KESTREL\nSYSTEMS GROUP\nRavi lyer – Regional Sales Executive\n"
        "Cell. +91 98450 12345\nravi.iyer@kestrelsys.in"
    )
    contact = extract_text(text)
    assert (contact.name, contact.title) == ("Ravi Iyer", "Regional Sales Executive"), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lauren Maxwel1", "Lauren Maxwell"),  # a one for a small l
        ("Wi1son Okafor", "Wilson Okafor"),
        ("Room1, Block 4", "Room1, Block 4"),  # other digits: an address, not a slip
    ],
)
def test_a_one_read_for_a_small_l_in_a_name_word_is_given_back(text: str, want: str) -> None:
    assert repair_name_text(text) == want, text


def test_a_glued_name_whose_email_spells_its_start_and_the_lexicon_its_end() -> None:
    text = "KORVALE\nCONSULTORIA\nMAYSANUNES\n+55 11 99492-5014\nmaysa@korvale.com.br"
    assert extract_text(text).name == "MAYSA NUNES", text
    shared = text.replace("maysa@", "contato@")
    assert extract_text(shared).name is None, shared  # a shared mailbox names nobody


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("DOMINICS.NAYAR", "DOMINIC S. NAYAR"),  # letter-spaced capitals read glued
        ("AnilK.Menon", "Anil K. Menon"),
        ("JAMES.SMITH", "JAMES.SMITH"),  # the word with its last letter is a given name
        ("K.SRINIVASAN", "K.SRINIVASAN"),  # an initial opening the name stays
    ],
)
def test_a_middle_initial_glued_to_both_names_is_set_apart(text: str, want: str) -> None:
    assert repair_name_text(text) == want, text


def test_a_russian_slogan_speaking_to_the_reader_is_no_name() -> None:
    assert is_non_name("ВСЁ ДЛЯ ВАШЕГО ДОМА")
    assert is_non_name("Мы работаем для вас")


def test_a_cyrillic_given_name_alone_on_a_shop_card_is_the_name() -> None:
    """The given-name lists are in Latin letters: a Cyrillic name is looked up spelt so."""
    text = "Ремонт квартир «Полюс»\nВалентина\nТел. +7 912 345-67-89\nЕжедневно 9:00–20:00"
    assert extract_text(text).name == "Валентина", text


@pytest.mark.parametrize(
    "name, local",
    [("Ильин Прохор Фадеевич", "ilin.prokhor"), ("Прохор Фадеевич Ильин", "prokhor.ilin")],
)
def test_an_email_spells_a_russian_name_without_its_patronymic(name: str, local: str) -> None:
    assert spelled_by_email(name, [local]), (name, local)


@pytest.mark.parametrize(
    "words, want",
    [
        (["Лапин", "Савва", "Августович"], True),
        (["Савва", "Августовна", "Лапина"], True),
        (["Августович", "Савва", "Лапин"], False),  # no patronymic opens a name
        (["Салон", "красоты", "Альфа"], False),
        (["Савва", "Лапин"], False),
    ],
)
def test_a_full_russian_name_has_a_patronymic_after_the_first_word(
    words: list[str], want: bool
) -> None:
    assert full_cyrillic_name(words) is want, words


def test_a_full_russian_name_in_small_type_is_the_name_without_a_personal_email() -> None:
    """Set small under the firm, with only the firm's mailbox: the patronymic says who."""
    rows = [
        ("ООО «Вектор»", 60, 60, 48),
        ("Т. +7 843 736 93 52", 60, 160, 26),
        ("ЛАПИН Савва Августович", 60, 260, 18),
        ("info@vektor-nn.ru", 60, 320, 26),
    ]
    got = extract_contact(ocr_of(rows), source="t").name
    assert got == "ЛАПИН Савва Августович", card_text(rows)


@pytest.mark.parametrize("kind_first", [False, True], ids=["kind-below", "kind-above"])
def test_a_full_russian_name_beside_a_kind_of_business_is_the_person(kind_first: bool) -> None:
    """A line that only says what the business does ("Недвижимость", real estate) makes a
    name-shaped neighbour the business's name, but no business is named with a patronymic:
    the person, and never joined into the firm's name."""
    rows = ["Лапин Савва Августович", "Недвижимость"]
    rows = rows[::-1] if kind_first else rows
    text = "\n".join([*rows, "T: +7 499 555 01 29", "info@vektor-nn.ru"])
    got = extract_text(text)
    assert got.name == "Лапин Савва Августович", text
    assert "Лапин" not in (got.company or ""), text


def test_a_glued_title_is_cut_off_one_name_word_only() -> None:
    """ "BusinessDevelopmentManager" is a title read without its spaces, not a name and a title."""
    assert repair_name_text("Dr. Ilse WarnkeProkuristin") == "Dr. Ilse Warnke Prokuristin"
    text = "Mira Holt, BusinessDevelopmentManager"
    assert repair_name_text(text) == text


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # the title glued to the surname, one of its words more after it, one misread
        (
            "Priya RaghavanAccount Executve\nOrchid Ventures\npriya@orchid.in",
            "Priya Raghavan",
            "Account Executive",
        ),
        # printed apart, the misread title still cuts the row
        (
            "Priya Raghavan Account Executve\nOrchid Ventures\npriya@orchid.in",
            "Priya Raghavan",
            "Account Executive",
        ),
        # the name's words glued, a hyphen glued before the title
        (
            "InésMontoya-Jefe de Proyecto\nOrchid Ventures\nines@orchid.es",
            "Inés Montoya",
            "Jefe de Proyecto",
        ),
    ],
    ids=["title-glued-misread", "title-apart-misread", "name-glued-hyphen-title"],
)
def test_a_name_and_title_read_on_one_row_with_slips_are_cut_apart(
    text: str, name: str, title: str
) -> None:
    contact = extract_text(text)
    assert (contact.name, contact.title) == (name, title), text


@pytest.mark.parametrize("label", ["Celt:", "Tcl.:", "Moh:"])
def test_a_misread_label_before_a_phone_on_the_names_line_is_no_part_of_the_name(
    label: str,
) -> None:
    text = f"Owen Calloway {label} 512-555-0143\nEmail: owen@callowaybuilds.com"
    assert extract_text(text).name == "Owen Calloway", text


def test_a_firms_glued_logo_word_that_spells_its_domain_is_no_name() -> None:
    """ "DONGBANG" splits into a known given name and surname (Dong, Bang), but it opens the
    firm's own domain label: it is the firm's word, not a name read without its space."""
    from cardscan.extract.lines import CardLine
    from cardscan.extract.name_text import candidate_text

    line = CardLine(0, "DONGBANG", "DONGBANG", 40, 0.99, False)
    assert candidate_text(line, [], ["dongbang-chem"]) is None
    assert candidate_text(line, [], ["acme"]) == "DONG BANG"  # another firm's card: a name


def test_a_glued_name_not_spelling_the_domain_is_still_split() -> None:
    text = "MARIASILVA\nDesigner\nhello@studio-example.com"
    assert extract_text(text).name == "MARIA SILVA", text


@pytest.mark.parametrize(
    "title", ["Key Account Manager", "Senior Relationship Manager", "Jefe de Ventas"]
)
def test_the_words_that_qualify_a_title_are_no_name(title: str) -> None:
    """A card printing no name: the words beside the job word on its line are the title's."""
    text = f"Northwind Trading Ltd\n{title}\n+44 20 7946 0958\ninfo@northwind.co.uk"
    contact = extract_text(text)
    assert (contact.name, contact.title) == (None, title), text


@pytest.mark.parametrize(
    ("line", "name"),
    [("Jordan Blake Sales Manager", "Jordan Blake"), ("Director Ana Lima", "Ana Lima")],
)
def test_a_name_beside_its_title_on_one_row_is_still_cut_off(line: str, name: str) -> None:
    text = f"Northwind Trading Ltd\n{line}\n+44 20 7946 0958\ninfo@northwind.co.uk"
    assert extract_text(text).name == name, text


@pytest.mark.parametrize("line", ["김영일 ㆍ", "ㆍ 김영일", "김영일 ·"])
def test_a_middle_dot_beside_a_name_is_no_part_of_it(line: str) -> None:
    """Korean cards set ㆍ (and ·) between a name and what follows; OCR leaves it at the end."""
    text = f"주식회사 동해바이오\n{line}\n해외사업부 상무\nyeongil@donghae-bio.example"
    assert extract_text(text).name == "김영일", text


@pytest.mark.parametrize("name", ["K. V. Ramana Murthy", "K.V. RAMANA MURTHY", "S. Venkatesh"])
def test_initials_before_the_name_make_it_a_person_the_lexicons_do_not_know(name: str) -> None:
    """South Indian cards print the family's and the father's initials first; the card has
    no title and no email naming anyone."""
    text = f"NORTHWIND TRADERS\n{name}\n+91 98450 12345\ninfo@northwind.in"
    assert extract_text(text).name == name, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("K. V. Ramana Murthy", True),
        ("Dr. K. V. Ramana Murthy", True),
        ("Ramana Murthy", False),  # no initials: the lexicons decide
        ("K. V. R.", False),
        ("A. B. 12 Main Road", False),
        ("P. O. Box 1234", False),
    ],
)
def test_initials_first(text: str, want: bool) -> None:
    assert initials_first(text) is want, text


@pytest.mark.parametrize("name", ["ЛОГИНОВ САВВА АВГУСТОВИЧ", "ШЕВЧУК ОЛЕНА ІВАНІВНА"])
def test_a_full_russian_or_ukrainian_name_in_capitals_is_a_full_name(name: str) -> None:
    """The patronymic's ending makes the name in capitals as it does in lower case."""
    assert full_cyrillic_name(name.split()), name
    text = f"ООО «Гранит»\n{name}\n+7 495 000-00-00"
    assert extract_text(text).name == name, text


@pytest.mark.parametrize(
    "text",
    [
        "SHREE GANESH TRADERS\nRavi Patel : 98450 12345\nSuresh Kumar : 97400 54321",
        "SHREE GANESH TRADERS\nRavi Patel\n98450 12345\nSuresh Kumar\n97400 54321",
    ],
)
def test_a_card_listing_two_people_gives_the_first_and_no_title(text: str) -> None:
    """A family name before a colon is no misread label, and the second person's name
    under the first one's number is no title."""
    contact = extract_text(text, region="IN")
    assert (contact.name, contact.title) == ("Ravi Patel", None), text


@pytest.mark.parametrize(
    ("name", "firm"),
    [
        ("RAVI & PRIYA SHAH", "Shah Interiors Pvt Ltd"),
        ("John & Mary Whitfield", "Whitfield Realty"),
    ],
)
def test_a_couple_sharing_a_card_is_its_name(name: str, firm: str) -> None:
    text = f"{name}\n{firm}\n+91 98450 12345\nhello@example.in"
    assert extract_text(text).name == name, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ravi & Priya Shah", ("Ravi", "Priya Shah")),
        ("Smith & Jones", None),  # a firm: no given name opens its halves
        ("Marks & Spencer", None),
        ("Ravi & Co.", None),
        ("Ravi & Priya & Anil Shah", None),  # one "&" only
    ],
)
def test_a_couples_names_split_at_their_ampersand(text: str, want: tuple | None) -> None:
    assert couple_halves(text) == want, text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("RYAN V.RAMASWAMY", "RYAN V. RAMASWAMY"),  # glued to the family name after it
        ("Nikhil R.Deshpande", "Nikhil R. Deshpande"),
        ("AmolA. Agate", "Amol A. Agate"),  # glued to the given name before it
        ("K.SRINIVASAN", "K.SRINIVASAN"),  # an initial opening the name: as printed
        ("Anthony D'Souza", "Anthony D'Souza"),
        ("AnthonyD'Souza", "Anthony D'Souza"),  # an elided particle's name glued
        ("Clara MariaO'Neill", "Clara Maria O'Neill"),
        ("Ana Mariados Santos Lima", "Ana Maria dos Santos Lima"),  # a particle glued
        ("Pedro Paulo Amado", "Pedro Paulo Amado"),  # a known name ending as one does
        ("Ana deSouza", "Ana de Souza"),  # a particle glued before the family name
        ("Tyrone DeShawn", "Tyrone DeShawn"),  # a capital opens no particle
        ("Omar AlHashimi", "Omar Al Hashimi"),  # Arabic "Al" glued before the family name
        ("NOURAEL SAYED", "NOURA EL SAYED"),  # ... and after a known given name
        ("Michael Haddad", "Michael Haddad"),  # a known name ending in "el" stays whole
    ],
)
def test_an_initial_or_particle_read_glued_gets_its_space_back(line: str, want: str) -> None:
    text = f"{line}\nSales Manager\nKaveri Infra Pvt. Ltd.\n+91 98450 12345"
    assert extract_text(text).name == want, text


@pytest.mark.parametrize(
    ("word", "locals_"),
    [
        ("TOMOKIYUZURIHA", ["k.yuzuriha"]),  # the initial is another person's
        ("TOMOKIYUZURIHA", ["info"]),  # a shared mailbox names nobody
        ("ANDERSON", ["son"]),  # a known name stays whole
        ("JAMESLEE", ["j.le"]),  # too short to mark a surname
        ("TOMOKIYUZURIHA", ["iha"]),  # three letters, "TOMOKIYUZUR" no known given name
    ],
)
def test_a_glued_name_is_not_split_by_an_email_that_does_not_name_its_end(
    word: str, locals_: list[str]
) -> None:
    from cardscan.extract.name_glue import unglue_by_email

    assert unglue_by_email(word, locals_) is None, (word, locals_)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Lidia Marsh. Gerente\nlidia@brookfen.example", "Lidia Marsh", "Gerente"),
        ("Лапин Савва Августович. технический директор", "Лапин Савва Августович", None),
        ("Paul Brookfen Jr.\nCEO\npaul@brookfen.example", "Paul Brookfen Jr.", "CEO"),
        ("㈜한결물류\n윤다온.\n영업부 매니저\ndaon@hangyeol.example", "윤다온", "영업부 매니저"),
        ("株式会社森田電機\n森田 葵.\n取締役\naoi@morita.example", "森田 葵", "取締役"),
        ("ООО «Вектор»\nОРЛОВ Ефим Петрович . главный инженер", "ОРЛОВ Ефим Петрович", None),
    ],
)
def test_a_full_stop_after_the_name_is_neither_the_names_nor_the_titles(
    text: str, name: str, title: str | None
) -> None:
    got = extract_text(text)
    assert got.name == name, text
    assert title is None or got.title == title, text


@pytest.mark.parametrize(
    ("word", "locals_", "want"),
    [
        ("DARIUSQUELL", ["darius"], "DARIUS QUELL"),  # the given name's mailbox opens it
        ("DARIUSQUELL", ["darius", "sales"], "DARIUS QUELL"),
        ("DARIUSQU", ["darius"], None),  # two letters left: no surname
        ("DARIUSQUELL", ["dar"], None),  # too short to mark where the name ends
    ],
)
def test_a_glued_name_is_split_after_the_given_name_its_email_spells(
    word: str, locals_: list[str], want: str | None
) -> None:
    from cardscan.extract.name_glue import unglue_by_email

    assert unglue_by_email(word, locals_) == want, (word, locals_)


def test_capitals_read_as_one_word_beside_a_given_names_mailbox_are_the_name() -> None:
    rows = [
        ("Vinayak Looms", 100, 60, 26),
        ("DARIUSQUELL", 100, 130, 30),
        ("vinayaklooms.com", 100, 300, 16),
        ("darius@vinayaklooms.com", 100, 340, 16),
    ]
    got = extract_contact(ocr_of(rows), source="t").name
    assert got == "DARIUS QUELL", card_text(rows)


def test_a_name_its_email_spells_in_full_outranks_a_large_phrase_no_email_names() -> None:
    """"HECHO A MANO" (handmade) is set large and ends in a word that is also a surname; the
    person's email spells the name on the title's line in full."""
    rows = [
        ("Móv.: +34 600 555 271", 60, 40, 16),
        ("E: lidia_quorvel@brookfen.com", 60, 70, 16),
        ("Lidia Quorvel Anstey, Responsable de Compras", 60, 110, 14),
        ("HECHO A MANO", 60, 300, 24),
        ("Brookfen Alimentación S.L.U.", 60, 340, 20),
    ]
    got = extract_contact(ocr_of(rows), source="t").name
    assert got == "Lidia Quorvel Anstey", card_text(rows)


@pytest.mark.parametrize(
    ("rest", "had_values", "want"),
    [
        # "Mo. +7 (926) 721-72-16 HH/KIII …": a phone's label and ИНН/КПП read in Latin
        ("Mo. HH/KIII", True, None),
        ("Li Na", True, None),  # short words on a number's line: labels as likely
        ("Li Na", False, "Li Na"),  # on a line of its own, a name
        ("Oksana Li", True, "Oksana Li"),  # a longer word: a name beside a number
    ],
)
def test_short_words_left_on_a_values_line_are_no_name(rest, had_values, want) -> None:
    from cardscan.extract.lines import CardLine
    from cardscan.extract.name_text import candidate_text

    line = CardLine(0, rest, rest, 30, 0.99, had_values)
    assert candidate_text(line, []) == want, (rest, had_values)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # letter-spaced capitals, the email spelling the given name and the first surname
        (
            "Alimentos Ondaplata SL\nNAYARA PERALGOMILA\nSocio Director\n"
            "E. nayaraperal@ondaplata.es",
            "NAYARA PERAL GOMILA",
        ),
        (
            "Ondaplata Ltda.\nANA PAULA SOUZALIMA\nGerente\nanapaulasouza@ondaplata.com.br",
            "ANA PAULA SOUZA LIMA",
        ),
        # what is left is no surname: one word, however the email is cut
        ("Ondaplata Ltd\nJOHN SMITHSON\nManager\njohnsmit@ondaplata.com", "JOHN SMITHSON"),
        ("Ondaplata Ltd\nMARIA GARCIA\nManager\nmariagarcia@ondaplata.com", "MARIA GARCIA"),
    ],
)
def test_a_second_surname_glued_to_the_first_the_email_spells_is_split(text, want) -> None:
    assert extract_text(text).name == want, text


@pytest.mark.parametrize(
    ("row", "is_name"),
    [
        ("Made in Germany", False),
        ("Quality for Life", False),
        ("Ludwig van Beethoven", True),
        ("Omar bint Saleh", True),
        ("Ali ibn Hassan", True),
        ("устинов Парфен Борисович", True),  # a capital read small opens it
    ],
)
def test_a_word_in_small_letters_that_is_no_particle_makes_a_phrase(
    row: str, is_name: bool
) -> None:
    text = f"Hollmann Beratung GmbH\n{row}\ninfo@hollmann.example\nT. 0221 555 0142"
    assert (extract_text(text).name == row) is is_name, text


def test_a_name_read_glued_whose_free_mailbox_splits_it_is_the_persons() -> None:
    """ "GRETAHOLM" and greta.holm@gmail.com: a free mailbox split where a given name ends is
    the person's, so the glued row is the name read without its space, not the firm's."""
    rows = (
        ("Marlow Analytics", 60, 40, 28),
        ("GRETAHOLM", 60, 120, 50),
        ("Geschäftsführerin", 60, 190, 24),
        ("greta.holm@gmail.com", 60, 260, 22),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.name, contact.company) == ("GRETA HOLM", "Marlow Analytics"), card_text(rows)


@pytest.mark.parametrize(
    "row",
    ["JoanaMartins, Gerente Comercial", "GRETAHOLM, Geschäftsführerin"],
)
def test_a_glued_name_before_its_title_on_one_row_is_split(row: str) -> None:
    text = f"Nova Ribeiro Engenharia Ltda\n{row}\ngreta.holm@novaribeiro.com.br"
    contact = extract_text(text, source="-")
    want = "Joana Martins" if row.startswith("Joana") else "GRETA HOLM"
    assert contact.name == want, text


def test_a_service_bulleted_with_a_korean_middle_dot_is_no_name() -> None:
    """"ㆍ 염색" (dyeing) on a salon's card is what it offers; 염 is also a family name."""
    text = "미소 헤어살롱\nㆍ 염색\nㆍ 커트\n031-555-0192\nmiso2019@naver.com"
    assert extract_text(text, source="-", region="KR").name is None, text


def test_a_name_set_larger_than_its_twin_in_another_script_is_the_primary_one() -> None:
    """"박서연" over a small "Park Seoyeon", on a card whose firm's English name takes most of
    it: the larger spelling is the name, the other its alternative."""
    rows = (
        ("박서연", 60, 40, 53),
        ("Park Seoyeon", 60, 100, 33),
        ("HANSOL", 60, 160, 66),
        ("Construction", 60, 230, 30),
        ("한솔건설(주)", 60, 270, 27),
        ("Hansol Construction Co., Ltd.", 60, 310, 30),
        ("TEL | +82-62-555-0142", 60, 350, 31),
        ("E-mail | seoyeon.park@hansol-const.co.kr", 60, 390, 33),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.name, contact.name_alt) == ("박서연", "Park Seoyeon"), card_text(rows)


def test_a_name_glued_to_an_abbreviated_title_gets_its_space_back() -> None:
    """"Asst." glued to the family name, its stop kept: the name and the title apart."""
    text = "Mavora Communications\nJeet RamakrishnanAsst. Manager\nramakrishnan.jeet@mavora.in"
    contact = extract_text(text, source="-")
    assert (contact.name, contact.title) == ("Jeet Ramakrishnan", "Asst. Manager"), text


def test_a_family_name_with_a_capital_inside_is_no_name_glued_to_a_title() -> None:
    """"McDonald" before a title on its row: "Donald" is the name's, not a title's start."""
    text = "Oakridge Systems LLP\nWilliam McDonald - Business Development Manager"
    contact = extract_text(text, source="-")
    want = ("William McDonald", "Business Development Manager")
    assert (contact.name, contact.title) == want, text


def test_a_name_and_title_a_comma_apart_without_its_space_are_cut() -> None:
    text = "Norvex Elektrotechnik AG\nHermann Börner,Projektleiter\nh.boerner@norvex.example"
    contact = extract_text(text, source="-")
    assert (contact.name, contact.title) == ("Hermann Börner", "Projektleiter"), text


@pytest.mark.parametrize(
    ("word", "height", "want"),
    [
        ("Tanvika", 56, "Tanvika"),  # set large under the shop's name: its owner
        ("Tanvika", 22, None),  # set as small as the rest: nothing says it is a person
        ("Falcon", 56, None),  # a word another line prints: the brand's
        ("Demandez", 56, None),  # a label naming the person ("ask for"), not the person
    ],
)
def test_a_shop_owners_given_name_no_list_knows(word: str, height: int, want: str | None) -> None:
    """A shop's card naming its owner by a given name the lexicons lack: the one lone
    capitalised word set clearly larger than the rest, no other line or domain repeating it."""
    rows = (
        ("Falcon Phone Repair", 60, 40, 44),
        (word, 60, 100, height),
        ("+971 4 555 0142", 60, 170, 22),
        ("+971 55 555 0199", 60, 200, 22),
        ("falconphone2020@gmail.com", 60, 230, 22),
        ("Office 12, Al Nahda Street", 60, 260, 22),
        ("P.O. Box 40425, Dubai, UAE", 60, 290, 22),
    )
    assert extract_contact(ocr(*rows), source="-").name == want, card_text(rows)


@pytest.mark.parametrize(
    ("latin", "want"),
    [
        ("Ohrel Vantaro", None),  # no known name, no email: a misread line, not the person
        ("Kim Minjun", "Kim Minjun"),  # a known family name: the romanised twin
    ],
)
def test_a_latin_name_on_a_korean_card_needs_a_known_name(latin: str, want: str | None) -> None:
    text = (
        f"주식회사 한빛소프트\n수석연구원\n{latin}\n서울특별시 중구 세종대로 110\n"
        "010-5555-0142\ninfo@hanbit.example.kr"
    )
    assert extract_text(text).name == want, text


# A Korean card whose logo is a word that is also a given name, the kind of firm under it.
LOGO_OVER_ITS_KIND = (
    ("영업1팀 수석연구원", 60, 30, 30),
    ("HANA", 60, 80, 70),
    ("Holdings", 60, 160, 40),
    ("㈜하나정보통신", 60, 220, 20),
    ("대표전화 031) 555-0142", 60, 260, 24),
    ("contact@hana.co.kr", 60, 300, 22),
)


def test_a_logo_word_the_domain_spells_over_its_kind_of_firm_is_no_name() -> None:
    got = extract_contact(ocr(*LOGO_OVER_ITS_KIND), source="-")
    assert got.name is None, card_text(LOGO_OVER_ITS_KIND)


@pytest.mark.parametrize(
    ("under", "mailbox", "want"),
    [
        ("", "shop2020@gmail.com", "Tanvika"),  # nothing says it is a brand: the owner
        ("", "tanvikatrading2020@gmail.com", None),  # a mailbox runs the word on: a brand
        ("Holdings", "shop2020@gmail.com", None),  # the kind of firm under it: a logo
    ],
)
def test_a_lone_word_a_mailbox_or_a_kind_of_firm_brands_is_no_owner(
    under: str, mailbox: str, want: str | None
) -> None:
    rows = (
        ("Kestrel Phone Repair LLC", 60, 40, 26),
        ("Tanvika", 60, 100, 56),
        *(((under, 60, 160, 30),) if under else ()),
        ("+971 4 555 0142", 60, 200, 22),
        (mailbox, 60, 230, 22),
        ("P.O. Box 40425, Dubai, UAE", 60, 260, 22),
    )
    assert extract_contact(ocr(*rows), source="-").name == want, card_text(rows)
