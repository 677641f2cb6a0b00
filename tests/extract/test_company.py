"""Company picking: legal forms, domain agreement over stacked logo lines, business words,
large type. Cards are made up; geometry is (text, x, y, height)."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_contact, extract_text
from cardscan.extract.company_forms import (
    chinese_name_closed,
    firm_before_address,
    name_ends_at_legal_form,
    without_description,
    without_monogram,
)
from cardscan.extract.company_text import split_words_closed
from cardscan.extract.domains import (
    domain_agreement,
    firm_agreement,
    main_label,
    respelled_by_domain,
)
from cardscan.extract.lexicon import has_legal_form

from .layout_helpers import card_text, ocr, ocr_of


def company_of(*rows: tuple[str, int, int, int]) -> str | None:
    return extract_contact(ocr(*rows), source="-").company


@pytest.mark.parametrize(
    ("text", "label", "want"),
    [
        ("ACME Robotics", "acmerobotics", 1.0),
        ("Pacific Data Systems", "pds", 0.8),  # initials of every word
        ("NORDIC FREIGHT", "nordf", 0.8),  # word prefixes, every word used
        ("Blue Harbor Logistics", "bhlcn", 0.8),  # initials, then a country code
        ("Brightwave Studios Group", "brightwave", 0.7),  # first word, the rest skipped
        ("Hansa Spedition", "hansaspeditiongermany", 0.8),  # a country name closes it
        ("The Law Office of Ruth Adler", "adlerlaw", 0.7),  # whole words in another order
        ("Tidewater Marine", "tidewatermarineltd", 0.6 + 0.15 * 15 / 18),  # prefix, by coverage
        ("ACME", "acmeroboticsgroup", 0.6 + 0.15 * 4 / 17),
        ("Harbour Robotics Group", "robotics", 0.6),  # containment
        ("Dana Moss", "lumencomm", 0.0),
        ("Sales Department", "sd", 0.0),  # two letters are too few to mean anything
        ("ELTRAV O", "peltravo", 0.8),  # a logo's first letter lost
        ("QUANTRLX", "quantrix", 0.8),  # a letter misread
        ("Lumen", "lumex", 0.0),  # a short label a letter away is another word
        ("Shree Balaji Enterprises", "balajigroup", 0.7),  # a word and "group"
        ("Shree Balaji Enterprises", "balajitraders", 0.0),  # a word and another word
        ("Sun Enterprises", "sungroup", 0.0),  # too short a word to tell
    ],
)
def test_domain_agreement(text: str, label: str, want: float) -> None:
    got = domain_agreement(text, label)
    assert got == pytest.approx(want, abs=1e-3), f"{text!r} ↔ {label!r}: {got}"


@pytest.mark.parametrize(
    ("text", "label", "want"),
    [
        ("«ВолнаСтрой»", "volnastroy", 1.0),  # Cyrillic spelt in Latin letters
        ("Группа компаний «ВолнаСтрой»", "volnastroy", 0.6),
        ("Brightwave Studios Group", "brightwave", 0.7),  # Latin as domain_agreement
    ],
)
def test_firm_agreement(text: str, label: str, want: float) -> None:
    got = firm_agreement(text, label)
    assert got == pytest.approx(want, abs=1e-3), f"{text!r} ↔ {label!r}: {got}"


def test_a_russian_name_is_no_firm_for_its_owners_mailbox() -> None:
    rows = (
        ("Коротков Ефим Андреевич", 60, 40, 40),
        ("Главный инженер", 60, 90, 30),
        ("- Грузовые перевозки", 60, 150, 26),
        ("Складская логистика", 60, 220, 26),
        ("Моб. +7 (926) 555-41-08", 60, 330, 26),
        ("efim_korotkov@yandex.ru", 60, 370, 26),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert contact.name == "Коротков Ефим Андреевич", card_text(rows)
    assert contact.company != contact.name, card_text(rows)


@pytest.mark.parametrize(
    ("host", "want"),
    [
        ("www.acme-robotics.com", "acme-robotics"),
        ("minato.co.jp", "minato"),
        ("studio-lima.blogspot.com.br", "studio-lima"),  # hosted: the part before the host
        ("linkedin.com", None),
    ],
)
def test_main_label(host: str, want: str | None) -> None:
    assert main_label(host) == want, host


def test_legal_form_read_with_a_dollar_for_the_cedilla() -> None:
    assert has_legal_form("ANADOLU LOJISTIK A.$.")
    assert not has_legal_form("Price: $ 20")


LOGO_OVER_TWO_LINES = (
    ("NVK", 60, 50, 130),
    ("EXPRESSO", 200, 190, 70),
    ("Rita Moreira", 560, 260, 30),
    ("Managing Director", 500, 300, 30),
    ("rita@nvkexpresso.pt", 500, 400, 28),
)
BRAND_OVER_BUSINESS_WORD = (
    ("Rui Campos", 400, 120, 45),
    ("Diretor Comercial", 400, 160, 34),
    ("VELTRA", 140, 200, 40),
    ("IT Solutions", 210, 246, 22),
    ("rui.campos@veltra.com.br", 400, 280, 35),
    ("www.veltra.com.br", 290, 390, 36),
)
COMPANY_ONLY_BIG_NAME = (
    ("BORRACHARIA", 180, 60, 110),
    ("Santa Rita", 90, 175, 160),
    ("(11) 2744-1010", 300, 400, 40),
)
FREE_MAIL_BUSINESS = (
    ("Padaria", 300, 40, 80),
    ("Nova Aurora", 660, 40, 80),
    ("Tel: (11) 2555-0177", 280, 220, 45),
    ("padarianovaaurora@gmail.com", 260, 300, 30),
)
LEGAL_FORM_OVER_LOGO = (
    ("heliox", 600, 60, 100),
    ("Energy in motion", 600, 170, 35),
    ("Derya KAYA", 100, 300, 45),
    ("Regional Sales Director", 100, 350, 38),
    ("HELIOX ENERJI SANAYI A.Ş.", 100, 420, 36),
    ("E: deryakaya@helioxenerji.com | www.helioxgroup.com", 100, 500, 40),
)
LONG_FORM_AND_ACRONYM = (
    ("NIBR", 60, 40, 90),
    ("National Institute of Building Research", 60, 150, 30),
    ("Prof. Anil Rao", 600, 300, 34),
    ("Professor", 600, 340, 28),
    ("www.nibr.in", 600, 420, 28),
)
SHOP_WITH_ITS_OWNER = (
    ("Vikram Joshi", 80, 60, 40),
    ("Proprietor", 80, 110, 24),
    ("Shree Ganga Hardware Stores", 80, 200, 30),
    ("Mob. 98200 12345", 80, 300, 22),
)
# A shop's card: a slogan set large over the shop's name, then what it offers as a list.
SLOGAN_OVER_THE_NAME_AND_A_LIST = (
    ("Your one stop shop", 355, 60, 56),
    ("Birchwood Phone Care", 382, 126, 43),
    ("Ask for Tarunesh", 345, 223, 78),
    ("» Screen repairs", 468, 325, 30),
    ("» Mobile repairs", 448, 351, 30),
    ("Cell +1 (503) 555-0173", 390, 463, 29),
    ("birchwoodphone2020@gmail.com", 292, 495, 32),
)
SLOGAN_IS_NOT_A_COMPANY = (
    ("Pedro Lima", 400, 100, 40),
    ("Consultor", 400, 150, 30),
    ("Links Patrocinados e Redes Sociais", 60, 300, 26),
    ("pedro.lima@gmail.com", 400, 350, 28),
)

# The name and title are read right before the firm's first line but printed across the
# card: the title says nothing about the firm's lines, which stay one name.
LEGAL_FORM_ON_ITS_OWN_ROW_FAR_FROM_THE_TITLE = (
    ("Er. Kavya Menon | Sr. Manager - Operations", 450, 80, 50),
    ("Jai Kisan Engineering", 60, 340, 30),
    ("Private Limited", 100, 371, 26),
    ("Mobile +91 98450 12345", 450, 580, 26),
    ("kavya.menon@jaikisan.in", 450, 610, 26),
)

# A Russian trade's card: what it does, then its own name in guillemets; no legal form.
TRADE_NAMED_IN_GUILLEMETS = (
    ("- Электрика", 60, 60, 16),
    ("- Плитка", 60, 88, 18),
    ("M: +7 (921) 555-78-26", 480, 240, 23),
    ("E-mail: zakaz2020@bk.ru", 480, 265, 23),
    ("124848, г. Москва, ул. Лесная, д. 9", 480, 290, 16),
    ("Мастер на час «Вектор»", 60, 480, 28),
)
# A kind of salon over its own name in guillemets, apart: one name.
KIND_OVER_NAME_IN_GUILLEMETS = (
    ("Контактное лицо: Иванна", 412, 84, 46),
    ("- Стрижки", 410, 185, 23),
    ("Салон красоты", 48, 265, 33),
    ("«Весна»", 81, 318, 33),
    ("ТЕЛЕФОН +7 (812) 555-15-15", 404, 495, 37),
)
# A shop's card: a free-mail mailbox that does not spell the shop, a kind of shop in its name.
SHOP_OF_A_TRADE = (
    ("Brookvale Dry Cleaners", 160, 140, 38),
    ("Contact: Mia", 180, 320, 37),
    ("+1 (213) 555-5629", 515, 300, 39),
    ("orders.mia@hotmail.com", 515, 330, 38),
    ("- Same-day service", 186, 380, 34),
)


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        pytest.param(TRADE_NAMED_IN_GUILLEMETS, "Мастер на час «Вектор»", id="name-in-guillemets"),
        pytest.param(SHOP_OF_A_TRADE, "Brookvale Dry Cleaners", id="shop-of-a-trade"),
        pytest.param(
            KIND_OVER_NAME_IN_GUILLEMETS, "Салон красоты «Весна»", id="kind-over-name-in-guillemets"
        ),
        pytest.param(
            LEGAL_FORM_ON_ITS_OWN_ROW_FAR_FROM_THE_TITLE,
            "Jai Kisan Engineering Private Limited",
            id="legal-form-row-far-from-title",
        ),
        pytest.param(LOGO_OVER_TWO_LINES, "NVK EXPRESSO", id="logo-split-matches-domain"),
        pytest.param(BRAND_OVER_BUSINESS_WORD, "VELTRA IT Solutions", id="brand-with-its-line"),
        pytest.param(COMPANY_ONLY_BIG_NAME, "BORRACHARIA Santa Rita", id="company-only-big-type"),
        pytest.param(FREE_MAIL_BUSINESS, "Padaria Nova Aurora", id="free-mail-local-part"),
        pytest.param(LEGAL_FORM_OVER_LOGO, "HELIOX ENERJI SANAYI A.Ş.", id="legal-form-wins"),
        pytest.param(LONG_FORM_AND_ACRONYM, "NIBR", id="exact-domain-beats-long-form"),
        pytest.param(SLOGAN_IS_NOT_A_COMPANY, None, id="service-line-is-no-company"),
        pytest.param(SHOP_WITH_ITS_OWNER, "Shree Ganga Hardware Stores", id="shop-kind-word"),
        pytest.param(
            SLOGAN_OVER_THE_NAME_AND_A_LIST, "Birchwood Phone Care", id="slogan-and-list-apart"
        ),
    ],
)
def test_company_on_laid_out_cards(rows, want: str | None) -> None:
    got = company_of(*rows)
    assert got == want, f"company {got!r} != {want!r} for card:\n{card_text(rows)}"


def test_company_only_card_gets_no_title_from_its_business_word() -> None:
    rows = (
        ("DESPACHANTE", 180, 60, 110),
        ("Rota Sul", 90, 175, 160),
        ("(11) 2744-1010", 300, 400, 40),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.name, contact.title) == (None, None), card_text(rows)
    assert contact.company == "DESPACHANTE Rota Sul", card_text(rows)


def test_founding_year_is_not_part_of_the_name() -> None:
    rows = (
        ("Adler & Stein Law Firm since 1971", 60, 40, 40),
        ("Miriam Adler", 60, 200, 34),
        ("Partner", 60, 240, 28),
        ("miriam@adlerstein.example", 60, 300, 26),
    )
    assert company_of(*rows) == "Adler & Stein Law Firm", card_text(rows)


def test_a_domain_opening_with_the_company_words_agrees() -> None:
    assert domain_agreement("RIVERSIDE PLUMBING & HEATING", "riversideplumbingpdx") == 0.7
    assert domain_agreement("Harbor Lane Bakery", "lanebridge") == 0.0  # not from its first word


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("王小明\n業務經理\n宏遠科技\n台北市信義區松仁路100號\n電話 02-2345-6789", "宏遠科技"),
        ("김민준\n과장\n한빛전자\n서울특별시 강남구 테헤란로 123\n전화 02-555-1234", "한빛전자"),
        ("陳美玲\n明和法律事務所\n律師\n02-2345-6789", "明和法律事務所"),
        ("林记面馆\n营业时间 10:00-21:00\n电话 021-5555-0101", "林记面馆"),
        ("陳記小吃\n便當 · 外送服務\n電話 02-5555-0101", "陳記小吃"),
        ("해솔 미용실\n예약 02-555-0199\n서울특별시 마포구 와우산로 21", "해솔 미용실"),
        ("Салон красоты «Лилия»\nтел. +7 495 555-01-99", "Салон красоты «Лилия»"),
    ],
    ids=[
        "taiwan-keji",
        "korea-jeonja",
        "law-office",
        "noodle-house",
        "snack-shop",
        "hair-salon",
        "salon-ru",
    ],
)
def test_cjk_company_without_legal_form_by_its_kind(text: str, want: str) -> None:
    """CJK firms often print no legal form; the kind of organisation ends their name."""
    assert extract_text(text).company == want, text


def test_a_company_in_two_scripts_is_not_joined_into_one_name() -> None:
    text = "HANBIT ELECTRONICS\n한빛전자 주식회사\n박서연\n영업본부 부장\nmjkim@hanbit.co.kr"
    assert extract_text(text).company == "한빛전자 주식회사", text


def test_a_legal_form_inside_a_hyphenated_word_is_no_legal_form() -> None:
    assert has_legal_form("Riverbend Co.")
    assert not has_legal_form("Co-Founder & CEO")
    assert not has_legal_form("Pre-Co-op Training")


@pytest.mark.parametrize(
    ("text", "company", "name", "title"),
    [
        (
            "Dr. S. Ramanathan\nMBBS, MD\nConsultant Cardiologist\nLakeview Hospitals\n"
            "Ph: 044 2345 6789",
            "Lakeview Hospitals",
            "Dr. S. Ramanathan",
            "Consultant Cardiologist",
        ),
        (
            "Arjun Malhotra\nManaging Partner\nMALHOTRA & SONS\nJewellers\n"
            "Karol Bagh, New Delhi - 110005",
            "MALHOTRA & SONS",
            "Arjun Malhotra",
            "Managing Partner",
        ),
        (
            "Rohan Iyer\nCo-Founder & CEO\nrohan@quillbyte.example\nquillbyte.example",
            None,
            "Rohan Iyer",
            "Co-Founder & CEO",
        ),
    ],
    ids=["plural-kind", "family-firm", "co-founder-is-a-title"],
)
def test_kinds_of_firm_in_plural_and_family_firms(
    text: str, company: str | None, name: str, title: str
) -> None:
    """A kind of organisation in the plural ("Hospitals") or a family firm ("& Sons") is the
    company; a title with "Co-" in it is not one (no legal form "Co.")."""
    got = extract_text(text)
    assert (got.company, got.name, got.title) == (company, name, title), text


@pytest.mark.parametrize("degrees", ["B.Tech, MBA", "MBBS, M.D. (Medicine)", "B.E. (Civil)"])
def test_a_line_of_degrees_is_neither_company_nor_name(degrees: str) -> None:
    text = f"VARUN NAIDU\n{degrees}\nGeneral Manager - Projects\nSri Lakshmi Constructions"
    got = extract_text(text)
    assert (got.name, got.company) == ("VARUN NAIDU", "Sri Lakshmi Constructions"), text


def test_a_line_of_kind_words_goes_with_the_name_above_it() -> None:
    """ "Software Solutions" under "QUILLNOVA" describes it; the company is both lines."""
    text = "Arun Nair\nChief Executive Officer\nQUILLNOVA\nSoftware Solutions\n+91 98450 12345"
    got = extract_text(text)
    assert got.company == "QUILLNOVA Software Solutions", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Олена Бондар\nДиректор з продажу\nТОВ «Світанок Сервіс»\nвул. Садова, 14, Львів",
            "ТОВ «Світанок Сервіс»",
        ),
        ("Ирина Соколова\nМенеджер\nООО «Северный Ветер»\nг. Казань", "ООО «Северный Ветер»"),
        # The legal form read with zeros or Latin letters
        ("Ирина Соколова\nМенеджер\n000 «Северный Ветер»\nг. Казань", "ООО «Северный Ветер»"),
        ("Ирина Соколова\nМенеджер\n3AO «Северный Ветер»\nг. Казань", "ЗАО «Северный Ветер»"),
        ("Ирина Соколова\nМенеджер\nAO «Северный Ветер»\nг. Казань", "АО «Северный Ветер»"),
        # The name read with Greek look-alikes by a model without Cyrillic
        ("Ирина Соколова\nМенеджер\nAO «Cφepa»\nг. Казань", "АО «Сфера»"),
    ],
    ids=[
        "ukrainian-tov",
        "russian-ooo",
        "ooo-read-as-zeros",
        "zao-read-with-a-three",
        "ao-read-in-latin",
        "name-read-in-greek",
    ],
)
def test_cyrillic_legal_forms(text: str, want: str) -> None:
    assert extract_text(text).company == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Léa Martin\nChef de projet\nORBELLE\nAgence Web\nlea@orbelle.fr", "ORBELLE Agence Web"),
        ("Paulo Reis\nCorretor\nCasa Forte Imóveis\n(31) 3555-0100", "Casa Forte Imóveis"),
        ("Lucía Gil\nGerente\nAsesoría Pinar\nlucia@pinar.es", "Asesoría Pinar"),
        ("Marco Bini\nTitolare\nRistorante Il Faro\nmarco@ilfaro.it", "Ristorante Il Faro"),
        ("Jonas Brandt\nInhaber\nAutohaus Brandt\njonas@brandt.de", "Autohaus Brandt"),
        ("Jonas Brandt\nInhaber\nKVELD WERBEAGENTUR\njonas.brandt@gmail.com", "KVELD WERBEAGENTUR"),
        ("Jonas Brandt\nInhaber\nKELVO Haustechnik\njonas.brandt@gmail.com", "KELVO Haustechnik"),
        # a logo over its profession's plural, a made-up firm with a free mailbox
        ("TALVA\nARQUITECTOS\nInés Rubio\ninesrubio@gmail.com", "TALVA ARQUITECTOS"),
        ("Bruna Leal\nMORAVI\nEngenheiros\nbruna.leal@gmail.com", "MORAVI Engenheiros"),
    ],
    ids=[
        "fr-agence",
        "pt-imoveis",
        "es-asesoria",
        "it-ristorante",
        "de-autohaus",
        "de-caps",
        "de-technik",
        "es-profession-plural",
        "pt-profession-plural",
    ],
)
def test_kinds_of_business_in_european_languages(text: str, want: str) -> None:
    assert extract_text(text).company == want, text


@pytest.mark.parametrize("since", ["since 1974", "since 197 4o", "Est. 197"])
def test_a_founding_year_does_not_make_the_name_look_long(since: str) -> None:
    """ "since 1974" after a long firm name is not part of it and does not count against it,
    also when the small print's last digit is misread."""
    text = (
        f"The Law Offices of Marlow and Greaves {since}\nDana Whitfield\nAssociate\n"
        "dana@marlowgreaves.com"
    )
    assert extract_text(text).company == "The Law Offices of Marlow and Greaves", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "鑫源科技有限公司\nXinyuan Technology Co., Ltd.\n周國美\nCHOU Kuo-Mei\n業務經理\n"
            "Sales Manager\nwww.xinyuan-tech.example.com",
            "鑫源科技有限公司",
        ),
        (
            "주식회사 대한화학\nDaehan Chemical Co., Ltd.\n김은영\nEUNYEONG KIM\n매니저\nManager\n"
            "eunyeong.kim@daehan-chem.example.kr",
            "주식회사 대한화학",
        ),
    ],
    ids=["traditional-chinese", "korean"],
)
def test_a_company_printed_in_two_scripts_is_given_in_the_cards_main_script(
    text: str, want: str
) -> None:
    """Everything printed in both scripts: the card is a CJK card and its company is given
    in CJK, though the Latin twin carries the legal form and agrees with the domain."""
    assert extract_text(text).company == want, text


def test_a_department_under_the_title_is_not_joined_to_the_firm_below() -> None:
    card = "Amit Shah\nManager\nSales & Marketing\nZenith Pumps Pvt Ltd\namit@zenithpumps.com"
    assert extract_text(card).company == "Zenith Pumps Pvt Ltd", card


def test_a_department_word_under_a_logo_still_joins_it() -> None:
    rows = (
        ("KORVANT", 80, 60, 90),
        ("LEGAL", 120, 160, 30),
        ("Ines Duarte", 520, 260, 32),
        ("Senior Associate", 520, 300, 26),
        ("ines@korvantlegal.pt", 520, 380, 24),
    )
    assert company_of(*rows) == "KORVANT LEGAL", rows


def test_a_slogan_under_a_logo_and_its_department_word_does_not_part_them() -> None:
    """ "Partner" in the slogan is no title that would make "LEGAL" a department's name."""
    rows = (
        ("Veltran", 36, 46, 53),
        ("LEGAL", 39, 108, 17),
        ("Your partner in growth", 41, 128, 20),
        ("Mobile +44 (0)7700 900123", 417, 225, 21),
        ("https://www.veltranlegal.co.uk", 377, 281, 22),
        ("Paula Reyes", 41, 320, 30),
    )
    assert company_of(*rows) == "Veltran LEGAL", card_text(rows)


def test_a_logo_and_its_descriptor_set_apart_in_proportion_to_the_logo() -> None:
    rows = (
        ("Rhea Collins", 40, 58, 60),
        ("Fleet Coordinator", 44, 164, 30),
        ("rhea.collins@qrv.com", 513, 240, 24),
        ("www.qrv.com", 513, 264, 23),
        ("QRV", 37, 388, 62),
        ("Harbour Services", 41, 468, 25),
    )
    assert company_of(*rows) == "QRV Harbour Services", card_text(rows)


def test_a_row_opening_with_an_ampersand_goes_on_with_the_name_above() -> None:
    rows = (
        ("Mira", 609, 281, 61),
        ("Zorvex Hardware", 287, 467, 49),
        ("& Tiles", 347, 513, 44),
        ("M | +91 98290 11223", 619, 536, 38),
        ("zorvexhardware7@gmail.com", 620, 596, 44),
    )
    assert company_of(*rows) == "Zorvex Hardware & Tiles", card_text(rows)


def test_a_logo_printed_in_full_with_its_legal_form_is_given_in_full() -> None:
    rows = (
        ("Allison Reyes", 51, 63, 47),
        ("T: 713 555 0140", 512, 261, 28),
        ("http://tq.com", 511, 297, 34),
        ("TQ Harbor Systems, Inc.", 513, 335, 23),
        ("TQ", 46, 436, 73),
        ("Harbor Systems", 53, 528, 28),
    )
    assert company_of(*rows) == "TQ Harbor Systems, Inc.", card_text(rows)


def test_a_logo_printed_in_full_with_what_the_firm_does_and_its_legal_form_is_given() -> None:
    rows = (
        ("Marta Ibáñez Soler", 387, 53, 64),
        ("Departamento Técnico", 394, 113, 39),
        ("Directora General", 396, 153, 33),
        ("Reformas · Proyectos · Licencias", 396, 206, 27),
        ("KLV", 94, 245, 72),
        ("INGENIERIA", 74, 327, 31),
        ("Móvil. +34 655 512 345", 395, 320, 31),
        ("marta@klv.es", 393, 390, 32),
        ("Calle de los Olmos, 12", 395, 422, 32),
        ("41001 Sevilla", 396, 454, 30),
        ("KLV Ingenieria SL", 395, 518, 27),
    )
    assert company_of(*rows) == "KLV Ingenieria SL", card_text(rows)


def test_a_logo_whose_letters_spell_a_legal_form_is_given_in_full() -> None:
    """ "KK" is also Japan's abbreviation of kabushiki kaisha: as a logo it is the firm's
    initials, and the line printing the firm in full names it."""
    rows = (
        ("Anita Verma", 36, 41, 35),
        ("Partner", 36, 79, 21),
        ("KK", 34, 149, 37),
        ("Engineering Group", 37, 190, 20),
        ("KK Engineering Group Pvt Ltd", 36, 252, 19),
        ("Cell 98100 12345", 37, 269, 18),
        ("anita@kk.co.in", 38, 288, 19),
        ("www.kk.co.in", 38, 308, 17),
    )
    assert company_of(*rows) == "KK Engineering Group Pvt Ltd", card_text(rows)


def test_a_logo_printed_in_full_with_a_word_more_is_given_in_full() -> None:
    """ "ME" (microempresa) is no legal form of the list, so only the word count allows it."""
    rows = (
        ("TVL", 65, 79, 70),
        ("Contabilidade", 66, 169, 26),
        ("Desde 1998", 66, 197, 27),
        ("PAULA REGINA MOTTA", 66, 256, 35),
        ("Contadora", 64, 296, 30),
        ("TVL Contabilidade ME", 67, 352, 24),
        ("+55 81 5555-1896", 67, 382, 24),
        ("contato@tvl.example.br", 65, 415, 29),
    )
    assert company_of(*rows) == "TVL Contabilidade ME", card_text(rows)


def test_a_title_naming_a_trade_is_not_the_company() -> None:
    card = "Helena Prado\nCoordenadora de Marketing\nRua das Acácias, 41 - Centro\nhelena@x.com.br"
    assert extract_text(card).company is None, card


def test_a_firm_named_after_a_given_name_agrees_with_its_gmail() -> None:
    rows = (
        ("Ravi", 620, 60, 60),
        ("Manager", 450, 150, 34),
        ("- Hotel bookings", 450, 200, 28),
        ("- Taxi service", 450, 230, 28),
        ("Om Sai", 63, 308, 54),
        ("Travels", 90, 370, 48),
        ("Phone 0141-486 2162", 450, 550, 26),
        ("omsaitravels@gmail.com", 450, 580, 26),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.company, contact.name) == ("Om Sai Travels", "Ravi"), card_text(rows)


def test_a_mailbox_spelling_a_persons_words_is_no_company_evidence() -> None:
    rows = (
        ("Narmada Textiles", 370, 60, 34),
        ("KETAN VORA", 214, 170, 64),
        ("Cell +91-98290 12345", 350, 346, 26),
        ("ketan.vora@rediffmail.com", 316, 376, 28),
        ("Plot No. 12, Sector 4, Jaipur 302 020", 294, 410, 26),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.company, contact.name) == ("Narmada Textiles", "KETAN VORA"), card_text(rows)


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("주식회사한빛솔루션", "주식회사 한빛솔루션"),  # OCR dropped the space
        ("한빛산업주식회사", "한빛산업 주식회사"),
        ("( 주)한빛산업", "(주)한빛산업"),
        ("주식회사 한빛솔루션", "주식회사 한빛솔루션"),
    ],
)
def test_koreas_legal_form_is_written_as_cards_print_it(printed: str, want: str) -> None:
    text = f"김민준\n대리\n{printed}\nTel 02-555-0123"
    assert extract_text(text).company == want, text


def test_a_firm_set_large_in_cjk_is_the_main_script_over_a_wordier_latin_side() -> None:
    """The Chinese firm and name are printed large, the English side small but with more
    letters: the card's main script is the one set large, so the company is given in it."""
    rows = (
        ("新鑫國際有限公司", 40, 40, 40),
        ("Xinxin International Trading Co., Ltd.", 40, 90, 20),
        ("林美華", 40, 140, 50),
        ("LIN Mei-Hua", 40, 200, 22),
        ("Senior Sales Manager, Overseas Business Department", 40, 240, 22),
        ("mh.lin@xinxin-intl.example.com", 40, 300, 22),
    )
    assert company_of(*rows) == "新鑫國際有限公司", card_text(rows)


def test_a_legal_form_row_naming_no_firm_goes_on_from_the_row_over_it() -> None:
    """Phones in a left column, the firm in a right one over two rows: "Trading LLC" says
    only what kind of firm it is, so the row over it is part of its name."""
    rows = (
        ("DIRECT: +971 2 555 0142", 48, 143, 21),
        ("MOBILE: +971 50 555 0187", 47, 168, 21),
        ("Blue Harbour", 572, 175, 29),
        ("MOBILE: 052 555 0163", 47, 191, 23),
        ("E: info@blueharbour.example", 47, 215, 24),
        ("Trading LLC", 573, 208, 36),
        ("Shop 7, Industrial Area 2", 46, 240, 22),
    )
    assert company_of(*rows) == "Blue Harbour Trading LLC", card_text(rows)


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("주식회사 한빛 솔루션", "주식회사 한빛솔루션"),
        ("(주)새별 무역", "(주)새별무역"),
        ("(주)새 별전자", "(주)새별전자"),
        ("한빛 제약(주)", "한빛제약(주)"),
        ("새별 솔루션 주식회사", "새별솔루션 주식회사"),
        ("한빛 인테리어", "한빛 인테리어"),  # no legal form: a shop's name, spaced as printed
    ],
)
def test_a_korean_firms_name_with_its_legal_form_is_one_word(read: str, want: str) -> None:
    from cardscan.extract.company_text import korean_name_closed

    assert korean_name_closed(read) == want, read


def test_a_korean_company_read_with_spaces_inside_its_name() -> None:
    card = "주식회사 한빛 솔루션\n김하늘\n과장\nhaneul.kim@hanbit.example.kr"
    assert extract_text(card).company == "주식회사 한빛솔루션", card


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("쥐한빛건설", "㈜한빛건설"),  # ㈜ read as the look-alike syllable
        ("본사 쥐한빛건설", "본사 ㈜한빛건설"),
        ("다람쥐공원", "다람쥐공원"),  # 쥐 inside a word
        ("쥐 한빛", "쥐 한빛"),  # not glued to a name
        ("뛰한빛소프트", "㈜한빛소프트"),  # the other look-alike
        ("뛰어난 기술력", "뛰어난 기술력"),  # a verb: "excellent technology"
        ("(쥐 진흥제약", "㈜진흥제약"),  # read with its opening bracket
        ("(주 진흥제약", "㈜진흥제약"),  # the closing bracket lost
        ("(취한결 제약", "㈜한결 제약"),  # 취 for 주, a gap read inside the name
        ("(주)진흥제약", "(주)진흥제약"),  # printed so: left as printed
        ("(주식회사 진흥)", "(주식회사 진흥)"),
    ],
)
def test_the_korean_legal_form_read_as_a_look_alike_syllable(read: str, want: str) -> None:
    from cardscan.extract.company_forms import korean_form_repaired

    assert korean_form_repaired(read) == want, read


FIRM_LINES_WITH_A_STRAY_PIECE = {
    "korean legal form read as a look-alike syllable": (
        "쥐한빛건설\n김하늘\n영업팀 과장\n+82-31-555-0142\nhaneul.kim@hanbit.example.kr",
        "㈜한빛건설",
    ),
    "logo monogram read on the firm's row": (
        "OD Orvalo Dental Studio\nDr. Lena Sorvik\nDentist\ninfo@orvalo.example.com",
        "Orvalo Dental Studio",
    ),
}


@pytest.mark.parametrize("case", FIRM_LINES_WITH_A_STRAY_PIECE)
def test_a_firm_line_read_with_a_stray_piece_names_the_firm(case: str) -> None:
    card, firm = FIRM_LINES_WITH_A_STRAY_PIECE[case]
    assert extract_text(card).company == firm, card


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("ComercialSOUZALtda.", "Comercial SOUZA Ltda."),
        ("BrightwaveSolutions", "Brightwave Solutions"),
        ("PayPal", "PayPal"),  # one word in two cases: no business word among its pieces
        ("LinkedIn Recruiter", "LinkedIn Recruiter"),
        ("MüllerGmbH", "MüllerGmbH"),  # a piece would be one letter ("H"): left alone
        # a brand: a short syllable glued to a kind of firm
        ("PolTech Sp. z o.o.", "PolTech Sp. z o.o."),
        ("MotoCorp", "MotoCorp"),
        ("InfoTech Solutions", "InfoTech Solutions"),
    ],
)
def test_words_glued_where_the_case_changes_are_cut_when_a_piece_is_a_business_word(
    read: str, want: str
) -> None:
    from cardscan.extract.company_forms import unglued_at_case_changes

    assert unglued_at_case_changes(read) == want, read


def test_a_company_line_read_without_its_spaces_comes_out_spaced() -> None:
    card = "ComercialSOUZALtda.\nJoão Souza\nGerente\njoao@comercialsouza.example.com.br"
    assert extract_text(card).company == "Comercial SOUZA Ltda.", card


def test_a_one_stop_shop_slogan_over_the_firm_is_not_the_company() -> None:
    rows = (
        ("One stop shop", 72, 68, 85),
        ("Verma Enterprises", 74, 149, 71),
        ("Cell +91 92690 55511", 80, 246, 31),
        ("Fax +91 33 2230 5529", 78, 278, 34),
        ("vermaenterprises@gmail.com", 79, 315, 32),
        ("12/4, Station Road", 80, 351, 29),
        ("Ballygunge", 78, 383, 35),
        ("Kolkata - 700 017", 79, 418, 30),
        ("India", 76, 452, 30),
    )
    assert company_of(*rows) == "Verma Enterprises", card_text(rows)


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            (
                ("TM", 77, 97, 54),
                ("TALVIK", 61, 230, 62),
                ("Property Services", 59, 315, 31),
                ("Rohan Kale · Marketing Executive", 59, 606, 38),
                ("Off 020 5555 0142", 61, 905, 26),
                ("www.talvik.co.in", 61, 942, 23),
            ),
            "TALVIK Property Services",
        ),
        (
            (
                ("NORVANT", 57, 76, 48),
                ("AVOCATS", 60, 142, 21),
                ("Avocat", 58, 167, 23),
                ("Claire Fontaine", 57, 214, 49),
                ("Responsable commercial", 58, 269, 35),
                ("cfontaine@norvantavocat.com", 60, 364, 27),
            ),
            "NORVANT AVOCATS",
        ),
        (
            (
                ("QX", 111, 258, 58),
                ("WEALTH MANAGEMENT", 43, 329, 19),
                ("Dana Whitfield", 349, 65, 52),
                ("Founder & CEO", 349, 131, 32),
                ("Tel. 617-555-0148", 349, 441, 29),
                ("hello@qx.example", 349, 477, 31),
            ),
            "QX WEALTH MANAGEMENT",
        ),
        (
            (
                ("TARVO", 54, 64, 61),
                ("Legal", 53, 137, 29),
                ("Account Director", 54, 165, 28),
                ("Selma Lind", 54, 250, 51),
                ("Phone +46 8 555 017 42", 56, 426, 31),
                ("selma.lind@tarvolegal.se", 55, 497, 33),
            ),
            "TARVO Legal",
        ),
        (
            (
                ("MERWIN", 31, 61, 65),
                ("LEGAL", 32, 134, 26),
                ("www.merwin.com.au", 33, 394, 32),
                ("Direct (02) 5550 1942", 34, 425, 31),
                ("E info@merwin.com.au", 34, 457, 31),
            ),
            "MERWIN LEGAL",
        ),
    ],
    ids=[
        "domain-logo-over-services",
        "logo-over-a-kind",
        "logo-over-what-it-manages",
        "logo-over-a-word-the-domain-spells-after-it",
        "logo-over-legal",
    ],
)
def test_a_logo_chosen_for_itself_is_given_with_its_descriptor_below(
    rows: tuple[tuple[str, int, int, int], ...], want: str
) -> None:
    """The descriptor under a logo is set much smaller than it, so the two are no block of
    one type size; the logo, chosen by its domain or size, takes it along."""
    assert company_of(*rows) == want, card_text(rows)


def test_a_legal_counsel_keeps_the_title_though_legal_names_a_kind_of_firm() -> None:
    """"Legal" is a law firm's descriptor ("MERWIN LEGAL") and a department: on a line with a
    job it is the department's."""
    text = "Orbis Freight Ltd.\nHanna Vogt\nLegal Counsel\nhanna.vogt@orbisfreight.example"
    contact = extract_text(text)
    assert (contact.title, contact.company) == ("Legal Counsel", "Orbis Freight Ltd."), text


def test_a_department_printed_over_the_firms_name_is_no_part_of_it() -> None:
    """A row ending in "Department" names a part of the firm (department_units.txt)."""
    rows = (
        ("HVC", 110, 54, 100),
        ("Kenji Mori", 440, 82, 44),
        ("Chief", 445, 123, 36),
        ("Medical Imaging Systems Department", 444, 157, 37),
        ("Helix Vision Co.", 440, 218, 36),
        ("2-4-1 Kita, Hikawa Town, Tottori 689-0001", 308, 263, 28),
        ("TEL +81-857-55-0140", 436, 310, 26),
        ("E-mail kenji.mori@hvc.co.jp", 436, 340, 26),
    )
    assert company_of(*rows) == "Helix Vision Co.", card_text(rows)


@pytest.mark.parametrize("mailbox", ["t.dhillon", "dhillon.tarvin"])
def test_a_free_mailbox_of_the_persons_initial_and_family_name_names_no_firm(mailbox: str) -> None:
    """ "t.dhillon@gmail.com" or "dhillon.tarvin@gmail.com" is the person's mailbox: it is
    no evidence that the name over the title is the firm's."""
    rows = (
        ("Tarvin Dhillon", 69, 84, 47),
        ("Sr. Manager - Operations", 72, 147, 31),
        ("Mohan Associates", 73, 216, 31),
        ("Dealers in all kinds of hardware", 73, 256, 28),
        ("O|022 3384 0199", 72, 319, 35),
        (f"{mailbox}@gmail.com", 72, 399, 33),
        ("Unit 12, Shanti Bhavan", 74, 439, 28),
        ("Mumbai- 400 079.", 75, 515, 25),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.name, contact.company) == ("Tarvin Dhillon", "Mohan Associates"), card_text(
        rows
    )


def test_an_offer_set_large_over_a_trades_name_is_not_the_company() -> None:
    """An offer ("FREE ESTIMATES", "Special offer") names no firm (slogan_words.txt)."""
    rows = (
        ("FREE ESTIMATES", 60, 60, 80),
        ("Harbor Roofing", 70, 160, 40),
        ("Tom Reyes", 70, 230, 30),
        ("(555) 201-3344", 70, 280, 30),
    )
    assert company_of(*rows) == "Harbor Roofing", card_text(rows)
    card = "Special offer: 10% discount\nHarbor Roofing\nTom Reyes\n(555) 201-3344"
    assert extract_text(card).company == "Harbor Roofing", card


@pytest.mark.parametrize(
    "text",
    [
        "Юридические услуги",
        "Юридичні послуги",
        "Транспортная логистика",
        "Строительство",
        "Недвижимость",
        "Нерухомість",
        "Страхование",
        "Дизайн интерьера",
    ],
)
def test_russian_and_ukrainian_kinds_of_firm_are_business_words(text: str) -> None:
    from cardscan.extract.company_forms import has_business_word

    assert has_business_word(text), text


@pytest.mark.parametrize(
    ("read", "want"),
    [
        (") 김네반찬가게", "김네반찬가게"),
        ("O ) 한결 헤어살롱", "한결 헤어살롱"),  # a speck before the bracket too
        ("QC) 주식회사 한결제약", "주식회사 한결제약"),  # two specks
        ("Northwind Freight (", "Northwind Freight"),
        ("( ㈜한결전자", "㈜한결전자"),  # an opening bracket standing apart before it
        ("= ( ㈜한결전자", "㈜한결전자"),  # after a mark
        ("( 주) 한결전자", "( 주) 한결전자"),  # its partner follows: the name's
        ("(주)태광", "(주)태광"),
        ("Acme (Europe)", "Acme (Europe)"),
        ("태광물산(주)", "태광물산(주)"),
    ],
)
def test_a_bracket_without_its_partner_at_a_companys_edge_is_dropped(read: str, want: str) -> None:
    from cardscan.extract.company_text import without_stray_brackets

    assert without_stray_brackets(read) == want, read


def test_a_card_whose_firm_name_opens_with_a_stray_bracket() -> None:
    card = ") Northwind Freight Ltd.\nJane Roe\nSales Manager\njane.roe@northwind.example.com"
    assert extract_text(card).company == "Northwind Freight Ltd.", card


@pytest.mark.parametrize(
    "card",
    [
        "Ruiz Landscaping\nLawn care · Tree trimming\n(512) 555-0142\nruizlandscaping@example.com",
        "Okafor Towing\n24/7 roadside help\n(713) 555-0187\ndispatch@okafortowing.example.com",
    ],
)
def test_a_trades_work_named_after_the_owner_is_the_firm_not_a_person(card: str) -> None:
    got = extract_text(card)
    assert (got.name, got.company) == (None, card.split("\n")[0]), card


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("まごころ込めて", True),  # a verb's te-form
        ("笑顔をお届けします", True),  # a polite ending
        ("お気軽にご相談ください", True),
        ("山本塗装工業", False),
        ("株式会社ひまわり", False),  # a name in kana ends in kana, not as a sentence
    ],
)
def test_a_japanese_phrase_ending_as_a_sentence_is_a_slogan(text: str, slogan: bool) -> None:
    from cardscan.extract.titles import is_slogan

    assert is_slogan(text) is slogan, text


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("讓生活更美好", True),  # "make life better"
        ("讓生 活更美好", True),  # a space read inside
        ("您的最佳選擇", True),  # "your best choice"
        ("我们用心服务", True),  # "we serve with heart"
        ("明亮髮型沙龍", False),
        ("你好咖啡館", False),  # "hello": a shop's name too
        ("您好", False),  # a greeting alone
    ],
)
def test_a_chinese_line_speaking_to_the_reader_is_a_slogan(text: str, slogan: bool) -> None:
    from cardscan.extract.titles import is_slogan

    assert is_slogan(text) is slogan, text


# A shop's card with no person: a slogan set large over the shop's name, in Chinese.
CHINESE_SLOGAN_OVER_THE_NAME = (
    ("讓生活更美好", 289, 64, 58),
    ("明亮髮型沙龍", 306, 138, 51),
    ("·燙髮", 412, 219, 25),
    ("·剪髮", 412, 244, 27),
    ("TEL +886 2 5555 0142", 324, 324, 20),
    ("E-MAIL shop@example.com", 316, 381, 22),
)


def test_a_chinese_slogan_is_no_row_of_the_shops_name() -> None:
    rows = CHINESE_SLOGAN_OVER_THE_NAME
    got = company_of(*rows)
    assert got == "明亮髮型沙龍", f"company {got!r} for card:\n{card_text(rows)}"


# A trade's card with no person: a slogan set large over the firm's name, in Japanese.
JAPANESE_SLOGAN_OVER_THE_NAME = (
    ("笑顔をお届けします", 329, 97, 85),
    ("山本塗装工業", 326, 203, 68),
    ("·外壁塗装", 912, 338, 22),
    ("T 045-555-0171", 747, 419, 21),
)


def test_a_japanese_slogan_is_no_row_of_the_firms_name() -> None:
    rows = JAPANESE_SLOGAN_OVER_THE_NAME
    got = company_of(*rows)
    assert got == "山本塗装工業", f"company {got!r} for card:\n{card_text(rows)}"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sunrise Tours &", "Travels Pvt Services"),
        ("Northwind Shipping &", "Logistics Services"),
        ("Comércio de", "Peças Automotivas"),
    ],
)
def test_a_firms_name_wrapped_after_a_word_it_cannot_end_in_goes_on_below(
    first: str, second: str
) -> None:
    rows = (
        ("Anita Verma", 60, 40, 34),
        ("Manager", 60, 84, 24),
        (first, 60, 200, 26),
        (second, 60, 230, 28),
        ("+91 98100 12345", 60, 300, 22),
        ("anita@example.in", 60, 330, 22),
    )
    assert company_of(*rows) == f"{first} {second}", card_text(rows)


def test_an_honorific_does_not_hide_the_persons_name_from_the_free_mail_rule() -> None:
    """A person's gmail spells the person, not the firm, with "Adv." before the name too."""
    from cardscan.extract import extract_contact

    from .layout_helpers import card_text, ocr

    rows = (
        ("Adv. Nicholas Sankaran", 167, 28, 40),
        ("Galaxy Traders", 282, 150, 27),
        ("TEL|044 2555 0432", 244, 254, 21),
        ("nicholas.sankaran@yahoo.co.in", 239, 301, 22),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.name, contact.company) == (
        "Adv. Nicholas Sankaran",
        "Galaxy Traders",
    ), card_text(rows)


@pytest.mark.parametrize(
    "other_firm",
    [
        "A Unit of Sharma Group",
        "A Division of Hartwell Industries Ltd.",
        "Member of Hartwell Group",
        "FADA Member",  # the association named first
        "IATA-Mitglied",
        "Authorised Dealer: Hartwell Motors Ltd.",
        "Authorised Distributor - Hartwell Motors Pvt. Ltd.",
    ],
)
def test_a_parent_or_a_maker_named_on_the_card_is_not_its_company(other_firm: str) -> None:
    for text in (
        f"{other_firm}\nGanesh Motors\nRavi Kumar\nSales Manager\n+91 98450 12345",
        f"Ganesh Motors\n{other_firm}\nRavi Kumar\nSales Manager\n+91 98450 12345",
    ):
        assert extract_text(text).company == "Ganesh Motors", text


@pytest.mark.parametrize(
    "firm",
    ["Smith & Rowe Accounting", "Lima & Associados", "Ruiz & Asociados", "Martin & Associés"],
)
def test_partners_names_and_their_kind_of_practice_name_a_firm(firm: str) -> None:
    text = f"Mary Jones\nTax Manager\n{firm}\n+1 617 555 0199"
    assert extract_text(text).company == firm, text


def test_a_tagline_praising_the_work_is_not_joined_to_the_firm() -> None:
    """ "Design that works" set large over the firm's name is a slogan, not part of it."""
    rows = [
        ("Christine Rogers", 60, 40, 53),
        ("Financial Controller", 60, 110, 31),
        ("Design that works", 60, 300, 53),
        ("Williams Analytics, Inc.", 60, 370, 38),
    ]
    got = extract_contact(ocr(*rows), source="-").company
    assert got == "Williams Analytics, Inc.", card_text(rows)


@pytest.mark.parametrize("kind", ["Werbeagentur", "Ingenieurbüro", "Anwaltskanzlei"])
def test_a_german_compound_naming_the_kind_of_firm_goes_with_the_logo(kind: str) -> None:
    text = f"Alles aus einer Hand\nZENDIA\n{kind}\nOda Heuser\nE oda@zendia.de"
    assert extract_text(text).company == f"ZENDIA {kind}", text


def test_a_firm_named_after_its_owner_is_not_taken_for_a_person() -> None:
    """ "Ravi Electricals" opens with a given name, but "Electricals" says it is a business:
    it is the firm, not a smaller line of its trades."""
    rows = [
        ("Ravi Electricals", 60, 40, 47),
        ("Meena Iyer", 60, 130, 61),
        ("Manager", 60, 210, 36),
        ("Civil Contractors", 60, 300, 31),
        ("Interior Works", 60, 340, 25),
        ("Mobile +91 97310 05522", 60, 420, 28),
        ("www.ravigroup.example", 60, 460, 30),
    ]
    got = extract_contact(ocr(*rows), source="-").company
    assert got == "Ravi Electricals", card_text(rows)


def test_full_width_letters_are_read_as_ascii() -> None:
    """An engine trained on CJK text may give a Latin line in full-width letters."""
    text = "VESLUX\nPｒｏpeｒty Ｓeｒvices\nTel：+44 20 7946 0000\nwww.veslux.example"
    contact = extract_text(text)
    assert contact.company == "VESLUX Property Services", text
    assert contact.name is None, text


def test_a_brand_set_large_takes_the_kind_of_business_printed_under_it() -> None:
    """Nothing else names the firm (a slogan set as large scores as well as the block): the
    largest type is the brand, with its descriptor."""
    rows = [
        ("Lucía Ferrer Ortega", 60, 40, 34),
        ("Gerente de Ventas", 60, 90, 23),
        ("T 932 000 000", 60, 140, 28),
        ("lucia.ferrer@gmail.com", 60, 190, 30),
        ("Calidad que se nota", 60, 240, 56),
        ("NORVELA", 60, 300, 53),
        ("INMOBILIARIA", 60, 362, 22),
    ]
    got = extract_contact(ocr(*rows), source="-").company
    assert got == "NORVELA INMOBILIARIA", card_text(rows)


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("昇鑫貿 易有限 公司", "昇鑫貿易有限公司"),  # OCR split 貿易 and 有限公司
        ("合同会 社小川技研", "合同会社小川技研"),  # and 合同会社
        ("株式会社 アズミ", "株式会社 アズミ"),  # the card's own gap beside a legal form
    ],
)
def test_a_listed_word_ocr_split_in_a_cjk_firm_name_is_closed(printed: str, want: str) -> None:
    assert split_words_closed(printed) == want, printed


def test_a_cjk_firm_name_split_by_ocr_is_given_whole() -> None:
    text = "宏遠貿 易有限 公司\n王小明\n經理\n電話: 02-2345-6789"
    assert extract_text(text).company == "宏遠貿易有限公司", text


def test_an_auto_repair_shop_named_after_a_place_is_no_person() -> None:
    """ "Auto Mecânica" says what the shop is; the email spelling its last word does not make
    the line a name."""
    rows = [
        ("Auto Mecânica Aparecida", 60, 40, 47),
        ("Fale com Luiza", 60, 100, 55),
        ("Telefone 61 3570-3010", 60, 170, 25),
        ("autoaparecida2020@gmail.com", 60, 210, 24),
    ]
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.name, contact.company) == ("Luiza", "Auto Mecânica Aparecida"), card_text(rows)


def test_a_letter_spaced_kind_of_business_read_partly_closed_goes_with_the_logo() -> None:
    """ "O D O N T O L O G I A" read as "ODON T O LOGI A": whole, it says what the firm is."""
    rows = [
        ("Esther Lima", 60, 40, 56),
        ("Consultora", 60, 110, 30),
        ("www.velora.example", 60, 160, 27),
        ("Velora", 60, 300, 64),
        ("ODON T O LOGI A", 60, 372, 29),
    ]
    got = extract_contact(ocr(*rows), source="-").company
    assert got == "Velora ODONTOLOGIA", card_text(rows)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("OD Orvalo Dental Studio", "Orvalo Dental Studio"),
        ("TD Torvin & Dufresne SARL", "Torvin & Dufresne SARL"),
        ("KH Kiran's Hair Studio", "Kiran's Hair Studio"),
        ("AB Alvik Bygg AB", "AB Alvik Bygg AB"),  # AB is Sweden's legal form
        ("JP Morgan", "JP Morgan"),  # two words: the initials are the name
        ("ACME Robotics Ltd", "ACME Robotics Ltd"),  # no initials of what follows
    ],
)
def test_a_monogram_read_before_the_name_is_dropped(text: str, want: str) -> None:
    assert without_monogram(text) == want, text


@pytest.mark.parametrize(
    ("kind", "days"),
    [
        ("RESTAURANTE", "Segunda à Sábado"),
        ("BISTRO", "Monday to Saturday"),
        ("PADARIA", "Seg. a Sáb."),
    ],
)
def test_opening_days_under_a_kind_of_business_are_not_part_of_its_name(
    kind: str, days: str
) -> None:
    rows = [
        (kind, 330, 150, 34),
        (days, 320, 200, 34),
        ("Av. Central, 1200 - Campinas - SP", 200, 420, 24),
        ("(19) 3333-0000", 380, 470, 24),
    ]
    assert extract_contact(ocr_of(rows), source="t").company == kind, card_text(rows)


@pytest.mark.parametrize("firm", ["새벽 인테리어", "한결로지스틱스", "푸른치과"])
def test_korean_kinds_of_firm_name_the_firm(firm: str) -> None:
    """Korean forms of the English kinds of firm (Interiors, Logistics, Dental) are business
    words, so a shop's card with only its name and a number has its firm."""
    text = f"{firm}\n02-555-0142\nhello@example.kr"
    assert extract_text(text).company == firm, text


@pytest.mark.parametrize(
    "firm", ["Floricultura Nossa Senhora Aparecida", "Farmacia Nuestra Señora del Carmen"]
)
def test_our_lady_names_a_firm_and_is_no_slogan(firm: str) -> None:
    """ "Nossa" and "Nuestra" ("our") make a line speak to the reader, but "Our Lady" in any
    language is a name that firms, schools and towns carry."""
    text = f"{firm}\nTel: (11) 2684-5555\ncontato@example.com.br"
    assert extract_text(text).company == firm, text


@pytest.mark.parametrize(
    "kind", ["Tax Consulting Services", "Tax Advisory", "Property Management Solutions"]
)
def test_a_row_the_email_spells_as_a_name_joins_no_firm(kind: str) -> None:
    """On a card printing no title, the person's row between the firm's name and what the
    firm does is still the person's: the email's local part spells it."""
    text = f"Northwind\nElena Marsh\n{kind}\nT +44 20 7946 0321\nE elena.marsh@northwind.co.uk"
    contact = extract_text(text)
    assert contact.name == "Elena Marsh", text
    assert "Marsh" not in (contact.company or ""), text


def test_a_shop_mailbox_on_free_mail_spelling_its_name_still_names_the_shop() -> None:
    """ "shreeganesh@gmail.com" is as often the shop's as its owner's: the rows it spells
    still join into the firm's name."""
    text = "Shree Ganesh\nTravels\nPhone 0141-486 2160\nshreeganesh@gmail.com"
    assert extract_text(text).company == "Shree Ganesh Travels", text


@pytest.mark.parametrize(
    "firm",
    [
        "Arbor & Vale Architects",
        "Quorum Analytics",
        "Tidewater Marine Supply",
        "Sakura Sushi Bar",
        "Ministry of Health",
        "Embassy of Sweden",
        "Rotary Club of Pune",
    ],
)
def test_more_kinds_of_firm_name_the_firm_without_a_domain(firm: str) -> None:
    """A firm's name holding what kind of firm it is, on a card whose email is free mail."""
    text = f"{firm}\nJordan Blake\nOperations Manager\n+1 415 555 0134\njordanblake77@gmail.com"
    assert extract_text(text).company == firm, text


def test_a_line_of_field_names_in_the_firms_type_is_the_firm() -> None:
    """A template's placeholder ("COMPANY NAME") printed as the firm's name is what the
    card says; left alone on a line, such words are no leftover label."""
    rows = (
        ("COMPANY NAME", 300, 60, 50),
        ("TAGLINE GOES HERE", 320, 120, 18),
        ("JOHN DOE", 60, 250, 36),
        ("Graphic Designer", 60, 295, 20),
        ("+1 234 567 890", 600, 250, 18),
        ("johndoe@email.com", 600, 280, 18),
    )
    assert company_of(*rows) == "COMPANY NAME", card_text(rows)


def test_company_names_a_firm() -> None:
    text = "Northwind Company\nJordan Blake\nSales Manager\njordanb@gmail.com"
    assert extract_text(text).company == "Northwind Company", text


@pytest.mark.parametrize("firm", ["Blue Harbor Realty", "Kestrel Labs", "Lotus Spa & Salon"])
def test_a_free_mailbox_spelling_the_persons_row_adds_it_to_no_firm(firm: str) -> None:
    """A card with no title: the person's row under the firm's, spelled by a free-mail
    local part without a dot ("ravipatel"), is the person's name, not the firm's last row."""
    text = f"{firm}\nRavi Patel\n+91 98450 12345\nravipatel@gmail.com"
    contact = extract_text(text)
    assert (contact.company, contact.name) == (firm, "Ravi Patel"), text


def test_a_shops_own_free_mailbox_still_names_the_shop() -> None:
    text = "KESTREL\nAUTO PARTS\n+91 98450 12345\nkestrelautoparts@gmail.com"
    assert extract_text(text).company == "KESTREL AUTO PARTS", text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Blue Harbor Realty, 12 MG Road, Pune", ("Blue Harbor Realty", "12 MG Road, Pune")),
        ("Northwind Ltd · 12 High Street · London", ("Northwind Ltd", "12 High Street · London")),
        ("Northwind, Inc., 12 Main St, Alton", ("Northwind, Inc.", "12 Main St, Alton")),
        ("Acme GmbH | Hauptstraße 5, 10115 Berlin", ("Acme GmbH", "Hauptstraße 5, 10115 Berlin")),
        ("Near City Hospital, MG Road, Pune", None),  # a landmark
        ("Unit 4, Harbor Plaza, Springfield", None),
        ("Springfield, IL 62701", None),
    ],
)
def test_a_firm_printed_before_its_address_on_one_line(line: str, want) -> None:
    assert firm_before_address(line) == want, line


def test_a_firm_before_its_address_is_the_firm_and_not_the_address() -> None:
    text = (
        "Jordan Blake\nSales Manager\nNorthwind Logistics Ltd · 12 High Street · London W1 2AB\n"
        "+44 20 7946 0958"
    )
    contact = extract_text(text)
    assert (contact.company, contact.address) == (
        "Northwind Logistics Ltd",
        "12 High Street, London W1 2AB",
    ), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Northwind Logistics Ltd. Excellence in Shipping", "Northwind Logistics Ltd."),
        ("Northwind Logistics Ltd - A Member of the Kestrel Group", "Northwind Logistics Ltd"),
        ("Northwind (India) Pvt. Ltd.", "Northwind (India) Pvt. Ltd."),
        ("Nordwind GmbH & Co. KG", "Nordwind GmbH & Co. KG"),
        ("Lee & Co. Solicitors", "Lee & Co. Solicitors"),  # "& Co." goes on
        ("PT Maju Jaya Abadi", "PT Maju Jaya Abadi"),  # the form opens the name
        ("ООО «Северный ветер»", "ООО «Северный ветер»"),
        ("О ООО «Северный ветер»", "О ООО «Северный ветер»"),  # a speck before the form
    ],
)
def test_a_latin_firms_name_ends_at_its_legal_form(text: str, want: str) -> None:
    assert name_ends_at_legal_form(text) == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Northwind Logistics (An ISO 9001:2015 Certified Company)", "Northwind Logistics"),
        ("Northwind Logistics (India)", "Northwind Logistics (India)"),
        # the firm it belongs to is another firm's name
        ("Northwind (A unit of Kestrel Pvt. Ltd.)", "Northwind"),
        ("Northwind Logistics - a member of the Kestrel Group", "Northwind Logistics"),
        ("Northwind Ltd, A division of Kestrel Inc.", "Northwind Ltd"),
        ("Cardiac Unit of City Hospital", "Cardiac Unit of City Hospital"),
        ("Northwind Foods, a sister concern of Kestrel Pvt. Ltd.", "Northwind Foods"),
        ("Northwind Foods is a joint venture of Kestrel Ltd.", "Northwind Foods"),
        ("Northwind (A Group Company of Kestrel Ltd.)", "Northwind"),
        ("Northwind Foods - a brand of Kestrel Ltd.", "Northwind Foods"),
        # the maker a dealer or agent sells for is another firm's name
        ("Hartwell Motors, authorised dealer of Kestrel Cars Ltd.", "Hartwell Motors"),
        ("Hartwell Motors - the sole agent for Kestrel Pumps", "Hartwell Motors"),
        ("Hartwell Pumps is an authorized service centre of Kestrel", "Hartwell Pumps"),
        ("Hartwell Dealers of Fine Wines", "Hartwell Dealers of Fine Wines"),
        # a sentence about the firm
        ("Arbor & Vale is a registered trademark of Kestrel Ltd.", "Arbor & Vale"),
        ("Life is Good Apparel", "Life is Good Apparel"),
    ],
)
def test_a_description_after_the_name_is_no_part_of_it(text: str, want: str) -> None:
    assert without_description(text) == want, text


def test_a_tagline_read_after_the_legal_form_leaves_the_company() -> None:
    text = (
        "NORTHWIND LOGISTICS PVT. LTD. (An ISO 9001:2015 Certified Company)\nRavi Patel\n"
        "Sales Manager\n+91 98450 12345\nravi@northwind.in"
    )
    assert extract_text(text).company == "NORTHWIND LOGISTICS PVT. LTD.", text


@pytest.mark.parametrize(
    ("text", "label", "want"),
    [
        ("N0RTHWIND", "northwind", "NORTHWIND"),  # a zero for an O
        ("NoRTHWND Freight", "northwindfreight", "Northwind Freight"),  # a letter lost
        ("Kestrel Iabs", "kestrellabs", "Kestrel Iabs"),  # read cleanly: maybe the email is wrong
        ("Northwind", "northwind", "Northwind"),
        ("Lumens", "lumen", "Lumens"),  # too short a label to say
        ("ASESORÍ A", "asesoria", "ASESORÍ A"),  # accents the domain cannot spell
        ("Северный", "severnyi", "Северный"),
    ],
)
def test_a_logo_word_the_reading_marks_as_misread_is_spelled_as_the_domain(
    text: str, label: str, want: str
) -> None:
    assert respelled_by_domain(text, [label]) == want, (text, label)


def test_a_misread_logo_is_given_as_the_domain_spells_it() -> None:
    text = "N0RTHWIND\nRavi Patel\nSales Manager\n+91 98450 12345\nravi.patel@northwind.in"
    assert extract_text(text).company == "NORTHWIND", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("台 灣電子有限公司", "台灣電子有限公司"),
        ("永和 五金", "永和五金"),
        ("華通電子 股份有限公司", "華通電子 股份有限公司"),  # the legal form set apart
        ("Acme 台灣", "Acme 台灣"),  # Latin beside Han keeps its space
    ],
)
def test_a_space_ocr_read_inside_a_chinese_firms_name_is_dropped(text: str, want: str) -> None:
    assert chinese_name_closed(text) == want, text


def test_a_japanese_card_keeps_the_space_between_its_firms_parts() -> None:
    """Japanese cards space a firm's parts; kana elsewhere on the card says it is Japanese."""
    chinese = "台 灣電子有限公司\n王小明\n電話 02-2345-6789"
    japanese = "山田 法律事務所\n弁護士 やまだ たろう\n電話 03-1234-5678"
    assert extract_text(chinese).company == "台灣電子有限公司", chinese
    assert extract_text(japanese).company == "山田 法律事務所", japanese


def _row_over_row(upper: str, lower: str, upper_height: int, *more: tuple) -> list[tuple]:
    """A card whose top row is set ``upper_height`` high over a 20 px row, then a person."""
    return [
        (upper, 60, 40, upper_height),
        (lower, 60, 48 + upper_height, 20),
        ("Jordan Blake", 60, 160, 24),
        ("Sales Manager", 60, 195, 18),
        ("+1 415 555 0134", 60, 260, 18),
        *more,
    ]


@pytest.mark.parametrize(
    ("logo", "descriptor", "logo_height"),
    [
        ("SOLARA", "Energy Solutions", 48),
        ("Oakridge", "Dental Care", 24),  # set as large as its descriptor
        ("ARBOR & VALE", "Landscape Architects", 40),
    ],
)
def test_a_logo_over_its_descriptor_is_the_company(
    logo: str, descriptor: str, logo_height: int
) -> None:
    """No domain or legal form says which: the logo's row over a row saying what kind of
    firm it is, set no smaller, is the firm's name with its descriptor."""
    rows = _row_over_row(logo, descriptor, logo_height, ("jordan.blake@gmail.com", 60, 290, 18))
    got = extract_contact(ocr(*rows), source="-").company
    assert got == f"{logo} {descriptor}", card_text(rows)


@pytest.mark.parametrize(
    ("above", "firm", "above_height"),
    [
        ("Haang", "Johnson Plumbing", 24),  # a family name: the row names the firm itself
        ("Welcome", "Harbor Dental Clinic", 14),  # smaller than the firm's row: a heading
    ],
)
def test_a_row_naming_the_firm_itself_takes_no_word_from_above(
    above: str, firm: str, above_height: int
) -> None:
    rows = _row_over_row(above, firm, above_height)
    got = extract_contact(ocr(*rows), source="-").company
    assert got == firm, card_text(rows)


def _logo_card(descriptor_y: int, between: tuple = ()) -> tuple:
    return (
        ("Ines Duarte", 40, 40, 44),
        ("Fleet Coordinator", 44, 100, 22),
        ("KESTREL", 300, 260, 74),
        *between,
        ("Marine Services", 290, descriptor_y, 20),
        ("+44 20 7946 0011", 300, 520, 20),
        ("ines.duarte@gmail.com", 300, 550, 20),
    )


def test_a_logo_set_further_above_its_descriptor_than_a_block_still_joins_it() -> None:
    """27 px under a 74 px logo: more than rows of one block (blocks.stacked), no more
    than the logo's height (LOGO_GAP_SHARE)."""
    rows = _logo_card(361)
    assert company_of(*rows) == "KESTREL Marine Services", card_text(rows)


@pytest.mark.parametrize(
    "rows",
    [
        _logo_card(420),  # 86 px under it: more than the logo's height
        _logo_card(400, (("Dockside Works", 300, 350, 20),)),  # another row between
    ],
)
def test_a_logo_far_above_or_parted_from_a_descriptor_is_not_joined(rows) -> None:
    assert company_of(*rows) != "KESTREL Marine Services", card_text(rows)


@pytest.mark.parametrize(
    ("logo", "want"),
    [
        ("e Lu", None),  # a logo's strokes read as short words: no brand
        ("K B S", "K B S"),  # a brand's capitals set apart
        ("Lumina", "Lumina"),
    ],
)
def test_a_brand_needs_a_word_of_three_letters_unless_in_capitals(
    logo: str, want: str | None
) -> None:
    rows = [
        (logo, 60, 40, 80),
        ("Aberto todos os dias", 60, 150, 24),
        ("Rua das Flores, 120 - Centro", 60, 190, 24),
        ("(11) 3000-0000", 60, 230, 24),
    ]
    got = extract_contact(ocr(*rows), source="-").company
    assert got == want, card_text(rows)


# A Russian card: its services listed under the title, then the firm, whose name the email's
# domain spells in Latin letters.
SERVICES_OVER_A_RUSSIAN_FIRM = (
    ("Ефим Коротков", 60, 40, 40),
    ("Главный инженер", 60, 90, 30),
    ("- Грузовые перевозки", 60, 150, 26),
    ("- Ремонт техники", 60, 185, 26),
    ("Складская логистика", 60, 220, 26),
    ("Группа компаний «ВолнаСтрой»", 60, 270, 30),
    ("Моб. +7 (926) 555-41-08", 60, 330, 26),
    ("E-mail efim.korotkov@volnastroy.ru", 60, 370, 26),
)


def test_a_cyrillic_firm_agrees_with_its_domain_spelt_in_latin() -> None:
    got = company_of(*SERVICES_OVER_A_RUSSIAN_FIRM)
    assert got == "Группа компаний «ВолнаСтрой»", card_text(SERVICES_OVER_A_RUSSIAN_FIRM)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("€ АО «Северный ветер»", "АО «Северный ветер»"),  # a mark holding no letter
        ("%® Группа компаний «Лотос»", "Группа компаний «Лотос»"),
        ("Ш Группа компаний «Лотос»", "Группа компаний «Лотос»"),  # a letter before it
        ("(3 Группа компаний «Лотос»", "Группа компаний «Лотос»"),
        ("О Автосервис «Лотос»", "Автосервис «Лотос»"),
        ("© Brookfen Partners LLP", "Brookfen Partners LLP"),
        ("三 Informatique Brookfen SAS", "Informatique Brookfen SAS"),  # a logo's bars read as Han
        ("三井 Brookfen", "三井 Brookfen"),  # two characters are a word
        ("A ㈜해솔화학", "㈜해솔화학"),  # the mark read as a Latin letter before Hangul
        ("K 山田物産株式会社", "山田物産株式会社"),
        ("K 山田 Trading", "K 山田 Trading"),  # Latin in the name: the letter may be its own
        ("台 灣電子有限公司", "台 灣電子有限公司"),  # a Han character: a word's
        # a letter is the name's own when no name in guillemets follows
        ("Q Solutions", "Q Solutions"),
        ("O Boticário", "O Boticário"),
    ],
)
def test_a_logos_mark_read_before_the_firms_name_is_not_the_names(text: str, want: str) -> None:
    from cardscan.extract.company_text import firm_text

    assert firm_text(text) == want, text


def test_a_korean_clause_over_the_shop_is_no_company() -> None:
    """"내일을 여는 기술" (technology that opens tomorrow), set larger over the shop's name, is
    a clause, a slogan's: the shop's name is the line under it."""
    rows = [
        ("내일을 여는 기술", 100, 60, 30),
        ("한빛 헤어 살롱", 100, 130, 26),
        ("TEL: 062)555-0128 H.P: 010 5555 0184", 100, 300, 16),
        ("hanbit7@daum.net", 100, 340, 16),
        ("영업시간 09:00~18:00", 100, 380, 16),
    ]
    got = extract_contact(ocr(*rows), source="t").company
    assert got == "한빛 헤어 살롱", card_text(rows)


@pytest.mark.parametrize(
    "form", ["Группа компаний", "Ремонт квартир"], ids=["group-of-firms", "kind-of-firm"]
)
def test_a_name_in_guillemets_goes_on_from_its_form_on_the_row_above(form: str) -> None:
    """Russian firms print their form, then the name in guillemets; set on two rows, the
    name alone is not the firm's name."""
    rows = [
        (form, 100, 60, 26),
        ("«Лотос-Сервис»", 100, 100, 26),
        ("8 (831) 555-01-36", 100, 300, 16),
        ("shop1@mail.example", 100, 340, 16),
    ]
    got = extract_contact(ocr(*rows), source="t").company
    assert got == f"{form} «Лотос-Сервис»", card_text(rows)


def test_a_row_the_domain_spells_is_the_firms_even_when_it_reads_as_a_name() -> None:
    """"Jai Kisan" opens with a given name and sits by the title's row, so it could be a
    person; the card's domain spells it, so it is the firm's name over its legal form."""
    text = (
        "Ravi Menon – Partner\nJai Kisan\nTechnologies Ltd.\nPh: 033-5550-7688\n"
        "Email: accounts@jaikisan.com\njaikisan.com"
    )
    assert extract_text(text).company == "Jai Kisan Technologies Ltd.", text


def test_a_renovation_shop_named_after_its_owner_is_the_company() -> None:
    """"Reformas" (renovation) is a kind of firm: the line naming it, set large at the foot,
    is the shop's, not a person's, though its other word is a surname."""
    rows = [
        ("Tomás", 340, 750, 59),
        ("M: 624 555 049 / 646 555 745", 820, 776, 31),
        ("reformasherrera2020@yahoo.com", 815, 811, 35),
        ("- Fontanería", 342, 850, 29),
        ("Calle Mayor, 125, 8° D", 816, 849, 28),
        ("- Pintura", 345, 916, 27),
        ("02664 Cuenca", 813, 913, 32),
        ("Reformas Herrera", 662, 1088, 49),
    ]
    got = extract_contact(ocr_of(rows), source="t")
    assert (got.name, got.company) == ("Tomás", "Reformas Herrera"), card_text(rows)


@pytest.mark.parametrize(
    ("logo", "kind"),
    [("NORTHWIND", "Real Estate"), ("Zentara", "Logistics"), ("ОРИОН", "Недвижимость")],
)
def test_a_logo_set_apart_over_what_kind_of_firm_it_is_is_the_company(logo: str, kind: str) -> None:
    """The logo's word is set large, well above the smaller line saying what the firm does;
    nothing else on the card names the firm: the two are its name."""
    rows = (
        (logo, 60, 60, 50),
        (kind, 62, 146, 19),
        ("+1 415 555 0134", 60, 300, 22),
        ("Mon-Fri 9am-6pm", 60, 330, 18),
    )
    got = extract_contact(ocr(*rows), source="-").company
    assert got == f"{logo} {kind}", card_text(rows)


def test_a_legal_name_printed_beside_a_logo_block_is_the_company() -> None:
    """The logo over its descriptor names the firm less than its legal name printed below."""
    rows = (
        ("ВЕКТОР", 60, 60, 50),
        ("Юридические услуги", 62, 146, 19),
        ("ЗАО «Вектор»", 60, 260, 22),
        ("+7 495 555-01-34", 60, 300, 22),
        ("info@vektor-pravo.ru", 60, 330, 22),
    )
    got = extract_contact(ocr(*rows), source="-").company
    assert got == "ЗАО «Вектор»", card_text(rows)


def test_a_round_mark_read_as_an_at_sign_before_the_firms_name_is_no_part_of_it() -> None:
    text = (
        "@ Группа компаний «Альфа-Строй»\nИван Петрович Сидоров\nГлавный бухгалтер\n"
        "T 8-812-555-31-93\ninfo@alfastroy.ru"
    )
    assert extract_text(text).company == "Группа компаний «Альфа-Строй»", text


def test_a_slogan_set_large_over_the_firms_wrapped_name_is_no_part_of_it() -> None:
    rows = (
        ("Direct +1 (206) 555-0129", 351, 193, 28),
        ("Clean home, happy home", 28, 241, 30),
        ("info@hartcole.com", 354, 252, 25),
        ("Hart &", 129, 269, 23),
        ("Cole LLC", 104, 291, 23),
    )
    got = extract_contact(ocr(*rows), source="-").company
    assert got == "Hart & Cole LLC", card_text(rows)


def test_a_firm_opening_with_a_given_name_under_a_title_goes_on_to_its_legal_form() -> None:
    """ "Sai" is a given name, but a row with a business word is a firm's, not a person's:
    the legal form on the next row is its end, not a company by itself."""
    rows = (
        ("Meera Pillai", 350, 50, 44),
        ("Sr. Executive", 350, 100, 27),
        ("Sai Logistics", 75, 140, 38),
        ("Ltd.", 130, 180, 36),
        ("M. +91 98450 12345", 350, 310, 26),
        ("meera.pillai@gmail.com", 350, 340, 28),
    )
    contact = extract_contact(ocr(*rows), source="-")
    want = ("Sai Logistics Ltd.", "Meera Pillai")
    assert (contact.company, contact.name) == want, card_text(rows)


def test_a_name_row_over_a_title_with_only_its_family_name_known_is_no_firms_row() -> None:
    """The logo and its trade over the person's name: "Velorin" is in no list, "Raman" is,
    and the title under the row says it names the person, not a third row of the firm."""
    rows = (
        ("Brannix", 57, 64, 71),
        ("Freight", 56, 142, 32),
        ("Velorin Raman", 51, 198, 84),
        ("Director", 57, 287, 33),
        ("Mob +91 98450 12345", 58, 362, 34),
        ("brannix.co.in", 57, 402, 32),
    )
    contact = extract_contact(ocr(*rows), source="-")
    want = ("Brannix Freight", "Velorin Raman")
    assert (contact.company, contact.name) == want, card_text(rows)


def test_a_row_over_the_firm_its_mailbox_does_not_touch_is_left_out() -> None:
    """A slogan in capitals set like a logo over the firm's name, which the free-mail
    mailbox spells whole: the name alone."""
    rows = (
        ("BIEN PLUS SIMPLE", 94, 221, 65),
        ("Plomberie Morand", 403, 307, 62),
        ("plomberiemorand@hotmail.com", 437, 486, 36),
    )
    assert company_of(*rows) == "Plomberie Morand", card_text(rows)


def _firm_under_a_set_phrase(upper: str, firm: str, domain: str) -> tuple:
    """A trade card: the person and trade top left, the values on the right, and ``upper``
    set large over ``firm`` at the foot."""
    return (
        ("Marta", 65, 78, 50),
        ("Confeiteira", 65, 143, 30),
        (f"https://www.{domain}.com.br", 543, 242, 25),
        (f"contato@{domain}.com.br", 544, 334, 24),
        (upper, 69, 495, 39),
        (firm, 67, 550, 33),
    )


def test_a_phrase_over_the_firm_its_domain_spells_skipping_a_word_is_left_out() -> None:
    """"FEITO COM CARINHO" (made with care) set large over the firm's name: the domain
    spells the name (padaria…dourado, skipping "Pão") as well as the block of both, and
    nothing of the phrase: the name alone."""
    rows = _firm_under_a_set_phrase("FEITO COM CARINHO", "Padaria Pão Dourado", "padariadourado")
    contact = extract_contact(ocr(*rows, width=1130, height=660), source="-")
    assert contact.company == "Padaria Pão Dourado", card_text(rows)


def test_a_logo_word_over_the_firm_its_domain_spells_skipping_a_word_stays() -> None:
    """A logo's word or two over the name is no phrase: "NOVA" stays with the name though
    the domain spells nothing of it."""
    rows = _firm_under_a_set_phrase("NOVA", "Padaria Pão Dourado", "padariadourado")
    contact = extract_contact(ocr(*rows, width=1130, height=660), source="-")
    assert contact.company == "NOVA Padaria Pão Dourado", card_text(rows)


def test_a_brazilian_micro_enterprise_form_closes_the_firms_name() -> None:
    """"ME" (microempresa) ends the firm's name, so the tagline under it is not read as a
    second row of the name."""
    rows = (
        ("Doces Serra Verde ME", 60, 40, 50),
        ("Soluções sob medida", 60, 100, 36),
        ("Léo Andrade", 60, 240, 60),
        ("leo@docesserraverde.com.br", 60, 330, 30),
    )
    assert company_of(*rows) == "Doces Serra Verde ME", card_text(rows)


@pytest.mark.parametrize(
    ("text", "want"),
    [("Doces Serra Verde ME", True), ("Padaria Sol MEI", True), ("Fale comigo me", False)],
)
def test_brazils_micro_enterprise_forms_count_in_capitals_only(text: str, want: bool) -> None:
    assert has_legal_form(text) is want, text



def test_a_word_of_a_name_cut_off_its_row_is_no_slogan() -> None:
    """The OCR cut the first row in two ("Padaria" | "Nossa"); "Nossa" (our) alone is no
    slogan, and the row goes on to "Senhora da Luz" under it: a bakery named after Our Lady."""
    rows = (
        ("Padaria", 300, 40, 80),
        ("Nossa", 600, 40, 80),
        ("Senhora da Luz", 310, 140, 65),
        ("Tel: (11) 2000-0000", 284, 224, 46),
        ("padarianossaluz@hotmail.com", 263, 300, 31),
    )
    assert company_of(*rows) == "Padaria Nossa Senhora da Luz", card_text(rows)


def test_a_cjk_department_under_a_name_set_large_joins_no_firms_name() -> None:
    """"对外贸易部" under "林佳慧" is her department (it ends in 部): the two rows are no
    firm's name, and the name stays hers."""
    rows = (
        ("电话 021-5555-0142", 304, 60, 22),
        ("林佳慧", 39, 78, 56),
        ("jiahui.lin@hengtai.example", 302, 116, 25),
        ("对外贸易部", 43, 143, 25),
        ("上海市浦东新区世纪大道88号", 305, 144, 21),
        ("销售经理", 42, 175, 27),
    )
    contact = extract_contact(ocr(*rows), source="-")
    assert (contact.name, contact.company) == ("林佳慧", None), card_text(rows)


@pytest.mark.parametrize(("text", "want"), [("国际贸易部", True), ("高尔夫俱乐部", False)])
def test_a_club_is_no_department_though_it_ends_in_bu(text: str, want: bool) -> None:
    from cardscan.extract.titles import names_only_a_department

    assert names_only_a_department(text) is want, text


def test_the_last_item_of_a_list_over_the_firms_legal_name_is_not_its_brand() -> None:
    """"- Аудит" closes the list of what the firm offers; the one word over "ООО «Вектор»"
    is not a brand printed over its legal name."""
    text = (
        "Орлов Ефим Петрович. главный инженер\n- Бухгалтерский учёт\n- Налоговый консалтинг\n"
        "- Аудит\nООО «Вектор»\nefim@vektor.example\nM. | +7 (913) 555-01-42"
    )
    assert extract_text(text).company == "ООО «Вектор»", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("谢明远\n电机：(0755号) 86783386\nxie@huaxin.example", None),
        ("谢明远\n3M China Ltd.\n电话：0755 86783386", "3M China Ltd."),
    ],
    ids=["a-number-with-a-misread-label", "a-firm-with-a-digit"],
)
def test_a_row_of_more_digits_than_letters_names_no_firm(text: str, want: str | None) -> None:
    assert extract_text(text).company == want, text


def test_a_monogram_beside_the_firms_name_does_not_hide_it() -> None:
    """Logo initials printed on the firm's row ("MA" beside "Marlow Analytics AG") may spell
    a degree; left out of the rows, they no longer take the legal name down with them."""
    rows = (
        ("MA", 60, 40, 30),
        ("Marlow Analytics AG", 110, 42, 28),
        ("GRETA HOLM", 60, 120, 50),
        ("Leiterin Vertrieb", 60, 190, 24),
        ("greta.holm@web.de", 60, 260, 22),
    )
    assert company_of(*rows) == "Marlow Analytics AG", card_text(rows)


def test_a_firms_word_and_group_in_its_domain_agree_with_its_name() -> None:
    """The domain (balajigroup) is the firm's distinctive word and "group": the firm's name
    wins over a line saying what it trades in."""
    rows = (
        ("Meena Iyer", 60, 40, 44),
        ("Branch Manager", 60, 100, 30),
        ("M 98123 45678", 60, 160, 24),
        ("meena.iyer@balajigroup.in", 60, 200, 24),
        ("Plot No. 12, Industrial Area", 60, 240, 24),
        ("Jaipur - 302 013", 60, 280, 24),
        ("Shree Balaji Enterprises", 60, 340, 34),
        ("Wholesale & Retail", 60, 390, 20),
    )
    assert company_of(*rows) == "Shree Balaji Enterprises", card_text(rows)


@pytest.mark.parametrize(
    "firm",
    [
        "한길 자동차정비",
        "미소 헤어살롱",
        "대성공업사",
        "누리 베이커리",
    ],
)
def test_a_korean_shop_named_by_its_trade_is_the_company(firm: str) -> None:
    text = f"{firm}\n연중무휴\n031-555-0192\nnuri2019@naver.com"
    assert extract_text(text, source="-", region="KR").company == firm, text


@pytest.mark.parametrize("modes", ["Wholesale & Retail", "Importers & Exporters"])
def test_a_line_of_ways_of_trading_is_no_firms_name(modes: str) -> None:
    rows = (
        ("Shiv Agencies", 60, 40, 35),
        (modes, 60, 90, 19),
        ("Phone: 079 4455 6677 Fax: 079 4455 6678", 60, 130, 22),
        ("kiran.shah@rediffmail.com", 60, 170, 23),
        ("Door No. 12, Ashram Road", 60, 210, 20),
        ("Navrangpura", 60, 240, 20),
        ("Ahmedabad 380009, Gujarat", 60, 270, 23),
        ("Kiran Shah - Manager", 60, 320, 42),
        ("Civil Contractors · Interior Works", 60, 380, 21),
    )
    assert company_of(*rows) == "Shiv Agencies", card_text(rows)


def test_a_row_going_on_in_a_legal_form_of_several_words_joins_it() -> None:
    """The words a row adds to a block are counted without its legal form: "GmbH & Co. KG"
    makes "Kessler GmbH & Co. KG" long, not its name."""
    rows = (
        ("Jonas Albers", 236, 53, 37),
        ("Vertriebsleiter", 236, 95, 21),
        ("Sauber. Schnell. Zuverlässig.", 26, 173, 17),
        ("Brandauer &", 78, 189, 12),
        ("Kessler GmbH & Co. KG", 61, 201, 12),
        ("Telefon | +49 30 5550167", 238, 212, 21),
        ("E | kontakt@brandauer.de", 236, 264, 23),
    )
    assert company_of(*rows) == "Brandauer & Kessler GmbH & Co. KG", card_text(rows)


# Two columns: the firm's name wraps at a premises word in the left one, the numbers run
# down the right one and are read between its rows.
BUILDING_MATERIALS_FIRM = (
    ("Nadia Farouk - Sales Manager", 340, 50, 50),
    ("Palm Crest Building", 40, 200, 33),
    ("TEL: 04 555 0142", 340, 230, 31),
    ("Materials LLC", 75, 234, 30),
    ("MOB: 050 555 0187", 340, 266, 30),
    ("E: nadia.farouk@example.ae", 340, 300, 31),
)


def test_a_trade_spanning_two_rows_joins_them() -> None:
    """"Building" over "Materials LLC" is the trade "Building Materials", not a building's
    name in an address: the rows are one firm's name."""
    got = company_of(*BUILDING_MATERIALS_FIRM)
    assert got == "Palm Crest Building Materials LLC", card_text(BUILDING_MATERIALS_FIRM)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("한빛자동차공업사 .", "한빛자동차공업사"),  # a dot standing apart at the end: a speck
        ("Brookfen Partners Co .", "Brookfen Partners Co"),
        ("Brookfen Partners Co.", "Brookfen Partners Co."),  # an abbreviation's dot stays
    ],
)
def test_a_dot_standing_apart_after_the_firms_name_is_a_speck(text: str, want: str) -> None:
    from cardscan.extract.company_text import firm_text

    assert firm_text(text) == want, text
