"""Region inference: +CC prefixes and ccTLDs first, then country names and scripts, then
language/locale cue words (data/region_cues.txt, data/region_states.txt)."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.region import cue_scores, infer_region, region_from_cues, regions_named

# (id, card text, hosts, expected region)
# One of each kind of evidence: calling code, ccTLD (a generic one is no evidence), country
# name, script, and the fallback.
EVIDENCE_CASES = [
    ("calling code", "Tel +49 30 1234567", [], "DE"),
    ("email tld", "Ana", ["solaris.com.br"], "BR"),
    ("jp tld", "", ["hikari.co.jp"], "JP"),
    ("uk tld", "", ["tidewater.co.uk"], "GB"),
    ("generic tld ignored", "", ["orchard.io"], "US"),
    ("country name", "Calle Mayor 5, 28013 Madrid, España", [], "ES"),
    ("kana", "営業部 やまだ", [], "JP"),
    ("postcode mark, no kana", "山田太郎\n〒812-0011\n福岡県福岡市博多区1丁目2番3号", [], "JP"),
    ("fallback", "Jane Doe", [], "US"),
]
# Cue words, streets, legal forms and postcodes where the card has no stronger evidence.
CUE_CASES = [
    (
        "br street, ltda and state",
        "Eletrônica Exemplo Ltda.\nAv. Paulista, 1000 - Jd. Modelo - SP\n2555-0148",
        ["gmail.com"],
        "BR",
    ),
    (
        "br cep and fone",
        "Padaria Exemplo\nRua das Flores, 12 - CEP 01310-100\nFone 3555-1234",
        [],
        "BR",
    ),
    (
        "br cel and -ção",
        "Ana Exemplo\nProdução de Vídeos\nCel.: 9.9555-0146",
        ["hotmail.com"],
        "BR",
    ),
    (
        "br state after slash",
        "Vila Mariana\nSão Paulo/SP\n3555-1234",
        [],
        "BR",
    ),
    (
        "br one cue plus a number valid only in Brazil",
        "Padaria\nSão Bento\nTel:(11) 2555-0100",
        [],
        "BR",
    ),
    (
        "de strasse gmbh handy",
        "Muster GmbH\nHauptstraße 5\nHandy 0151 5550 1234",
        ["gmail.com"],
        "DE",
    ),
    ("de str. glued", "Beispiel GmbH\nLindenstr. 12", [], "DE"),
    (
        "de shop: opening hours in days and Uhr",
        "Friseur Beispiel\nMo–Fr 8–18 Uhr\nSa 9–13 Uhr\n0511 / 5554095\nLindenweg 5",
        ["yahoo.com"],
        "DE",
    ),
    (
        "de shop: fon, opening hours, tax number",
        "Konditorei Beispiel\nÖffnungszeiten: Di-Sa 9-18 Uhr\n"
        "Fon: 089 / 5550 1576  St.-Nr. 12/345/67890",
        ["hotmail.com"],
        "DE",
    ),
    ("de fon and a street in -weg", "Beispiel & Partner\nFon:0711 5550142\nAhornweg 20", [], "DE"),
    ("de kg and a street in -weg", "Albers & Kunz KG\nTel 0711 5550142\nAhornweg 20", [], "DE"),
    ("fr rue and portable", "Exemple SARL\n12 rue de la Paix\nPortable 06 55 55 12 34", [], "FR"),
    ("es calle and movil", "Calle Mayor 5\nMóvil 655 555 123\nIngeniería Ejemplo", [], "ES"),
    ("it via and srl", "Esempio S.r.l.\nVia Roma 10\nCellulare 333 555 1234", [], "IT"),
    ("gb plc and postcode", "Example Widgets PLC\n1 High Street, Leeds LS1 4AP", [], "GB"),
    ("nl straat and bv", "Voorbeeld B.V.\nKerkstraat 5\nMobiel 06 5555 1234", [], "NL"),
    ("in city and state", "Sharma Traders\nMG Road, Pune - 411001\nMaharashtra", [], "IN"),
    ("in nagar and pvt", "Kiran Tools Pvt. Ltd.\n12, Shanti Nagar", ["gmail.com"], "IN"),
    # no word names the country, but its numbers are valid there and nowhere else
    ("in numbers only", "Kiran Mobiles\n(0522) 255 0142\n7984501234", [], "IN"),
    ("es number only", "Lumen Bistro\n957 71 01 42", [], "ES"),
    (
        "in door number and company id",
        "Kiran Mobiles\nDoor No. 12-4, Station Road\nCIN: U12345AB2019PTC123456",
        ["gmail.com"],
        "IN",
    ),
    ("cn simplified", "鑫达贸易有限公司\n广东省广州市天河区和平路12号", ["example.com"], "CN"),
    ("tw traditional", "林大明 總經理\n台北市內湖區成功路12號3樓", [], "TW"),
]


@pytest.mark.parametrize(
    ("text", "hosts", "want"),
    [c[1:] for c in EVIDENCE_CASES + CUE_CASES],
    ids=[c[0] for c in EVIDENCE_CASES + CUE_CASES],
)
def test_cues_pick_the_region(text: str, hosts: list[str], want: str) -> None:
    assert infer_region(text, hosts) == want, text


# Stronger evidence wins over cue words.
PRIORITY_CASES = [
    (
        "calling code beats cues",
        "Rua Augusta, 10 - CEP 01310-100 Ltda\nTel +49 30 5550123",
        [],
        "DE",
    ),
    ("cctld beats cues", "Muster GmbH\nHauptstraße 5\nTel 0151 5550 1234", ["muster.ch"], "CH"),
    ("country name beats cues", "Rua Augusta 10\nCEP 1000-001 Lisboa\nPortugal", [], "PT"),
    ("kana beats cues", "株式会社サンプル\nRua Augusta\nLtda", [], "JP"),
]


@pytest.mark.parametrize(
    ("text", "hosts", "want"),
    [c[1:] for c in PRIORITY_CASES],
    ids=[c[0] for c in PRIORITY_CASES],
)
def test_stronger_evidence_first(text: str, hosts: list[str], want: str) -> None:
    assert infer_region(text, hosts) == want, text


# Too little or mixed evidence keeps the default.
DEFAULT_CASES = [
    ("plain english card", "Jane Doe\nSales Director\n(415) 555-0132\n100 Main Street"),
    ("one cue only", "Casa Exemplo\nRua Augusta 10"),
    ("us state is no brazilian state", "Boston, MA 02110\nTel (617) 555-0100"),
    ("english via", "Shipping via air and sea\nDirector of Operations"),
    ("tie between regions", "Rua Augusta\nLtda\nHauptstraße 5\nGmbH"),
    ("cue words inside other words", "Ruaridh Smith\nCepheus Systems\nSpa Retreat"),
    # a number valid in several regions names none of them
    ("number valid in several regions", "Lumen Bistro\n033-27090386"),
    # one number valid in the US: the others may be misread ones valid elsewhere
    ("a number valid in the default region", "Lumen Bistro\n0512.451.4054 | 2062449005"),
]


@pytest.mark.parametrize("text", [c[1] for c in DEFAULT_CASES], ids=[c[0] for c in DEFAULT_CASES])
def test_weak_or_mixed_cues_keep_the_default(text: str) -> None:
    assert infer_region(text, []) == "US", text
    assert region_from_cues(text) is None, text


def test_japanese_kanji_are_no_chinese_cue() -> None:
    text = "株式会社 東京都千代田区丸の内 1-4-7 営業部長 総務課 経理"
    scores = cue_scores(text)
    assert scores["CN"] == 0 and scores["TW"] == 0, (text, scores)


def test_each_cue_counts_once() -> None:
    text = "Rua A\nRua B\nRua C"
    assert cue_scores(text)["BR"] == 1, text


def test_state_code_needs_city_context() -> None:
    assert cue_scores("São Paulo - SP")["BR"] == 2, "São + SP"
    assert cue_scores("SPECIAL OFFER SP 500")["BR"] == 0, "capital letters without a city"


# The region as the phones show it: a card's numbers are read for the country inferred.
def test_region_inferred_from_email_for_brazilian_card() -> None:
    text = "Rafael Costa\nGerente Comercial\n(11) 3456-7890\nrafael@casaverde.com.br"
    phones = extract_text(text).phones
    assert [p.e164 for p in phones] == ["+551134567890"], text


BR_CARDS_WITHOUT_COUNTRY = [
    (
        "local numbers, Ltda and Av.",
        "Oficina Exemplo Ltda.\nConsertos em geral\n2555-0148\n9.9555-0146\n"
        "Av. Exemplo, 1000 - Jd. Modelo - SP",
        ["2555-0148", "9.9555-0146"],
    ),
    (
        "area code glued after label, gmail",
        "Ana Exemplo\nProdução de Vídeos\nTel.:115550-0168\nCel.:1195555-0170\n"
        "ana.exemplo@gmail.com",
        ["115550-0168", "1195555-0170"],
    ),
    (
        "Portuguese words and a number valid only in Brazil",
        "Padaria\nSão Bento\nTel:(11) 2555-0100\n3555-0101\npadaria.exemplo@hotmail.com",
        ["(11) 2555-0100", "3555-0101"],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"),
    [c[1:] for c in BR_CARDS_WITHOUT_COUNTRY],
    ids=[c[0] for c in BR_CARDS_WITHOUT_COUNTRY],
)
def test_brazilian_card_without_country_evidence(text: str, want: list[str]) -> None:
    assert [p.number for p in extract_text(text).phones] == want, text


# A Chinese card printing local numbers only: read with China's rules, the 11-digit landline
# with its area code is a phone (in the default region it is not a possible number).
def test_chinese_card_without_country_evidence() -> None:
    text = "鑫达贸易有限公司\n座机 020-5555 0100\n广东省广州市天河区和平路12号"
    assert [p.e164 for p in extract_text(text).phones] == ["+862055550100"], text


def test_indian_landline_with_std_code() -> None:
    text = "Kiran Tools Pvt. Ltd.\n12, Shanti Nagar, Pune\nPh: 020-2555 0100"
    assert [p.e164 for p in extract_text(text).phones] == ["+912025550100"], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Смирнова Анна Петровна\nВедущий специалист\nТел. 8-343-555-42-77", "RU"),
        ("Коваленко Олена\nМенеджер з продажу\nТел. 044 555 1234\nм. Київ", "UA"),
        ("Kfz-Werkstatt Brandt\nReifenservice\n069 / 5550350 HRB 60895", "DE"),
    ],
    ids=["cyrillic-russia", "ukrainian-letters", "german-register-and-trade"],
)
def test_script_and_register_cues_name_the_region(text: str, want: str) -> None:
    assert infer_region(text, []) == want, text


def test_a_few_cyrillic_look_alikes_name_no_region() -> None:
    text = "Maria Lopez\nSales Manager\nТел. 212 555 0142"
    assert infer_region(text, []) == "US", text


def test_ten_digits_in_two_groups_of_five_are_read_as_indian_mobiles() -> None:
    """No "+91", no Indian word: the 5-5 grouping of a number from 6-9 says India."""
    text = "Prakash Soni\nSoni Jewellers\n98290 12345, 94140 67890\nMain Market"
    got = [p.e164 for p in extract_text(text).phones]
    assert got == ["+919829012345", "+919414067890"], text


def test_north_american_groups_stay_north_american() -> None:
    text = "John Doe\nManager\nAcme Inc.\n(917) 555-0134\n917 555 0199"
    assert [p.e164 for p in extract_text(text).phones] == ["+19175550134", "+19175550199"], text


@pytest.mark.parametrize(
    ("text", "hosts", "want"),
    [
        # Every "+CC" counts, not only the most frequent one.
        ("Mobile +34 611 22 33 44\nTel +44 20 7946 0000", [], {"ES", "GB"}),
        ("Tel+493012345678", [], {"DE"}),  # a number read without its spaces
        ("Tel 02 555 0142\ninfo@example.com", ["example.com"], set()),  # nothing named
        ("Tel 02 555 0142", ["lumen.co.th"], {"TH"}),
        ("Av. Paulista, 1000 - São Paulo - SP\nCEP 01310-100", [], {"BR"}),
        ("Hauptstraße 12, 10115 Berlin, Germany", [], {"DE"}),
        # Scripts name no country here: a Hangul card says Korea by its numbers or domain.
        ("김민준\n영업부 과장", [], set()),
    ],
)
def test_regions_named_collects_every_country_the_text_names(
    text: str, hosts: list[str], want: set[str]
) -> None:
    assert regions_named(text, hosts) == want, (text, hosts)


def test_two_local_numbers_one_space_apart_name_their_region() -> None:
    """phonenumbers reads "0422 2999434 033 29336868" as one invalid run; the two Indian
    landlines it holds say India as well as they do apart, and both are read."""
    text = "Kaveri Polymers Private Limited\nPH:0422 2999434 033 29336868\ninfo@kaveripoly.net"
    assert infer_region(text, ["kaveripoly.net"]) == "IN", text
    phones = [p.e164 for p in extract_text(text).phones]
    assert phones == ["+914222999434", "+913329336868"], text


@pytest.mark.parametrize(
    "text",
    [
        "高橋建設株式会社\n代表取締役社長",  # a legal form and a rank only Japan has
        "山田商事有限会社\n大阪府大阪市北区梅田3丁目",  # an address block, a 府 city
        "静岡県浜松市\n営業部",  # 県 and 営: forms only Japanese writes
    ],
)
def test_japanese_without_kana_names_japan(text: str) -> None:
    assert region_from_cues(text) == "JP", text


def test_numbers_of_a_japanese_card_without_kana_are_read_as_japanese() -> None:
    text = "高橋建設株式会社\n松本 英樹\n代表取締役社長\n080-4728-4875|070-6269-9410"
    got = [p.e164 for p in extract_text(text, source="-").phones]
    assert got == ["+818047284875", "+817062699410"], text
