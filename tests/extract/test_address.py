"""Address lines joined into one line."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_contact, extract_text

from .layout_helpers import card_text, ocr

# (id, card text, address)
CASES = [
    (
        "us two lines",
        "Jane Doe\nProduct Manager\n1200 Market Street, Suite 400\n"
        "San Francisco, CA 94103\n+1 415 555 0132",
        "1200 Market Street, Suite 400, San Francisco, CA 94103",
    ),
    (
        "uk postcode",
        "Olivia Grant\nPartner\n14 Harbour Road\nBristol BS1 6XX\nUnited Kingdom",
        "14 Harbour Road, Bristol BS1 6XX, United Kingdom",
    ),
    (
        "de strasse",
        "Karl Weber\nGeschäftsführer\nHauptstraße 12\n10115 Berlin\nGermany",
        "Hauptstraße 12, 10115 Berlin, Germany",
    ),
    (
        "de str glued",
        "Karl Weber\nFriedrich-Ebert-Str. 45 · 60311 Frankfurt",
        "Friedrich-Ebert-Str. 45 60311 Frankfurt",
    ),
    (
        "br rua cep",
        "Rafael Costa\nRua das Flores, 250 - Centro\nCEP 01310-100 - São Paulo - SP",
        "Rua das Flores, 250 - Centro, CEP 01310-100 - São Paulo - SP",
    ),
    (
        "br av state line",
        "Ana Lima\nAv. Brasil, 1500 - Jardim América\nSão Paulo - SP",
        "Av. Brasil, 1500 - Jardim América, São Paulo - SP",
    ),
    (
        "jp",
        "山田 太郎\n〒105-0011 東京都港区芝公園2丁目4-1\nTEL 03-1234-5678",
        "〒105-0011 東京都港区芝公園2丁目4-1",
    ),
    *[
        (
            f"jp postcode mark read as {mark}",
            f"山田 太郎\n{mark}105-0011 東京都港区芝公園2丁目4-1\nTEL 03-1234-5678",
            "〒105-0011 東京都港区芝公園2丁目4-1",
        )
        for mark in ("T", "テ", "丁")
    ],
    (
        "jp romanised",
        "Kenji Mori\n1-4-7 Shiba, Minato-ku\nTokyo 105-0014, Japan",
        "1-4-7 Shiba, Minato-ku, Tokyo 105-0014, Japan",
    ),
    (
        "in pin",
        "Priya Nair\nPlot No. 18, 2nd Floor\nKoramangala, Bengaluru - 560 034",
        "Plot No. 18, 2nd Floor, Koramangala, Bengaluru - 560 034",
    ),
    (
        "fr rue",
        "Camille Durand\n12 rue de la Paix\n75002 Paris\nFrance",
        "12 rue de la Paix, 75002 Paris, France",
    ),
    (
        "es calle",
        "Lucía Gómez\nCalle de Alcalá 45, 3º\n28014 Madrid",
        "Calle de Alcalá 45, 3º, 28014 Madrid",
    ),
    ("city country only", "Lucía Gómez\nDirectora\nValencia, Spain", "Valencia, Spain"),
    (
        "address label stripped",
        "Jane Doe\nAddress: 500 Pine Ave, Seattle, WA 98101",
        "500 Pine Ave, Seattle, WA 98101",
    ),
    (
        "br cep without its hyphen after the state",
        "João Prates\nDiretor\nSetor de Sá, 202, Conjunto 395\nNovais da Serra - RS, 56003982",
        "Setor de Sá, 202, Conjunto 395, Novais da Serra - RS, 56003982",
    ),
    (
        "abbreviated label stripped",
        "Vikram Sethi\nAdd: 45, Okhla Industrial Estate, New Delhi - 110020",
        "45, Okhla Industrial Estate, New Delhi - 110020",
    ),
    (
        "label in German stripped",
        "Anna Berg\nAdresse: Hauptstraße 5, 10115 Berlin",
        "Hauptstraße 5, 10115 Berlin",
    ),
    (
        "label in Indonesian stripped",
        "Dewi Lestari\nAlamat: Jl. Melati Raya No. 12, Jakarta Selatan 12560",
        "Jl. Melati Raya No. 12, Jakarta Selatan 12560",
    ),
    (
        "label in Swedish stripped",
        "Karin Holm\nAdress: Storgatan 12, 111 22 Stockholm",
        "Storgatan 12, 111 22 Stockholm",
    ),
    (
        "label in Ukrainian stripped",
        "Олена Коваль\nАдреса: вул. Садова, 22, Київ, 01001",
        "вул. Садова, 22, Київ, 01001",
    ),
    ("none", "Jane Doe\nEngineer\njane@orchard.io\n+1 415 555 0132", None),
    # lines printed in the address's block that carry no cue of their own
    (
        "in three lines with a bare district",
        "Priya Nair\nManager\n4th Floor, Prestige Towers\nKoramangala\nBengaluru - 560 034",
        "4th Floor, Prestige Towers, Koramangala, Bengaluru - 560 034",
    ),
    (
        "a building name above the street",
        "Tom Reed\nDirector\nUnit 7, Riverside House\n22 Mill Lane\nLeeds LS1 4DT",
        "Unit 7, Riverside House, 22 Mill Lane, Leeds LS1 4DT",
    ),
    (
        "korean road-name address",
        "김민준\n영업부 팀장\n서울특별시 강남구 테헤란로 123, 5층\nTel 02-555-1234",
        "서울특별시 강남구 테헤란로 123, 5층",
    ),
    (
        "korean address over two lines",
        "이서연\n과장\n경기도 성남시 분당구\n판교역로 235, 7층\nTel 031-555-0142",
        "경기도 성남시 분당구 판교역로 235, 7층",  # CJK lines join with a space
    ),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_address(text: str, want: str | None) -> None:
    assert extract_text(text).address == want, text


def test_phone_digits_do_not_make_an_address() -> None:
    text = "Jane Doe\nTel 415 555 0132 · Fax 415 555 0133"
    assert extract_text(text, region="US").address is None, text


MAIN_ADDRESS_CASES = [
    (
        "second office after a label",
        "Lotus Freight Co., Ltd.\nHCMC Office:\nUnit 5, 12th Fl., 41 Le Duan St., District 1\n"
        "Ho Chi Minh City, Vietnam\nHanoi Branch:\n22 Ba Trieu St., Hoan Kiem, Hanoi, Vietnam\n"
        "Tel: +84 28 3822 1111",
        "Unit 5, 12th Fl., 41 Le Duan St., District 1, Ho Chi Minh City, Vietnam",
    ),
    (
        "head office label dropped",
        "Kanto Precision Inc.\nHead Office 3-4-5, Chuo, Matsumoto City,\nNagano, 390-0811 JAPAN\n"
        "TEL +81-263-11-2222",
        "3-4-5, Chuo, Matsumoto City, Nagano, 390-0811 JAPAN",
    ),
    (
        "certificates are not part of it",
        "ISO 9001, ISO 14001\nHavenstraat 12, 3011 Rotterdam\nwww.havenlog.example",
        "Havenstraat 12, 3011 Rotterdam",
    ),
    (
        "spaces lost after commas and abbreviations",
        "Loja Central\nAv.Paulista,1500-Bela Vista\n(11) 3333-4444",
        "Av. Paulista, 1500 - Bela Vista",
    ),
    (
        "a job title ending in Officer is no address label",
        "Carla Nunes\nSeestrasse 14,\nChief Operating Officer\n8002 Zürich, Switzerland\n"
        "carla@lakeline.example",
        "Seestrasse 14, 8002 Zürich, Switzerland",
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [c[1:] for c in MAIN_ADDRESS_CASES], ids=[c[0] for c in MAIN_ADDRESS_CASES]
)
def test_main_address(text: str, want: str) -> None:
    got = extract_text(text).address
    assert got == want, f"address {got!r} != {want!r} for card:\n{text}"


@pytest.mark.parametrize(
    "text",
    [
        "Noor Haddad\nSales Executive\nUnit 4, Marina Plaza, Dubai\nP.O. Box 5521, Dubai, U.A.E."
        "\nCrescent Freight & Marine L.L.C.",
        "Aoife Byrne\nHarbour Crescent Ltd\n12 Main Street, Ballincollig, Co. Cork"
        "\naoife@harbourcrescent.ie",
    ],
    ids=["below", "above"],
)
def test_a_firm_with_a_street_word_is_not_the_addresses_next_line(text: str) -> None:
    """A line ending in a legal form, without a number, names the firm: its street word
    ("Crescent") does not join it to the address printed beside it."""
    lines = text.split("\n")
    firm = next(ln for ln in lines if ln.endswith(("L.L.C.", "Ltd")))
    got = extract_text(text)
    assert (got.company, firm in (got.address or "")) == (firm, False), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dewi Lestari\nManager\nSamudra Ltd\nJl. Merdeka Kav. 7-8\nBandung 40111\nIndonesia",
            "Jl. Merdeka Kav. 7-8, Bandung 40111, Indonesia",
        ),
        (
            "Erik Berg\nSäljchef\nNordvik AB\nSjögatan 5\n111 22 Stockholm\nSweden",
            "Sjögatan 5, 111 22 Stockholm, Sweden",
        ),
        (
            "12, 2nd Floor, Residency Road\nBengaluru 560025\nAnil Mehta\nDirector\nOrbit Infotech",
            "12, 2nd Floor, Residency Road, Bengaluru 560025",
        ),
        ("Tom Reed\nPlumber\n4 Kings Close\n07700 900142", "4 Kings Close"),
        ("Ana Ruiz\nRealtor\nApt. 4B, 210 Elm\n917-555-0142", "Apt. 4B, 210 Elm"),
        ("Kiran Rao\nPartner\n88, Hebbal Circle\n+91 98450 00000", "88, Hebbal Circle"),
    ],
    ids=[
        "indonesian-jalan",
        "swedish-gatan-and-spaced-postcode",
        "person-under-the-address",
        "british-close",
        "us-apartment",
        "indian-circle",
    ],
)
def test_addresses_of_more_countries(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "林志豪\n業務經理\n宏遠科技股份有限公司\n地址：台北市信義區松仁路100號5樓",
            "台北市信義區松仁路100號5樓",
        ),
        (
            "박서연\n과장\n(주)한빛전자\n주소: 서울특별시 강남구 테헤란로 123",
            "서울특별시 강남구 테헤란로 123",
        ),
        (
            "林志豪\n業務經理\n宏遠科技股份有限公司\n公司地址：台北市信義區松仁路100號5樓",
            "台北市信義區松仁路100號5樓",
        ),
        (
            "王磊\n厂长\n华远机械有限公司\n工厂地址：江苏省苏州市工业园区星湖街88号",
            "江苏省苏州市工业园区星湖街88号",
        ),
        ("佐藤 一郎\n課長\n株式会社サンプル\n本社：東京都港区芝浦1-2-3", "東京都港区芝浦1-2-3"),
        # any short label before a colon: a branch, a store, a city's office
        ("王小明\n經理\n門市:台北市中山區南京東路四段3號2樓", "台北市中山區南京東路四段3號2樓"),
        ("王小明\n經理\n台中：台中市西區台灣大道二段2號", "台中市西區台灣大道二段2號"),
        ("山田太郎\n部長\n東京本社：東京都千代田区丸の内1-1-1", "東京都千代田区丸の内1-1-1"),
    ],
    ids=[
        "chinese-label",
        "korean-label",
        "company-address",
        "factory-address",
        "head-office",
        "store",
        "city-office",
        "city-head-office",
    ],
)
def test_cjk_address_label_is_not_part_of_the_address(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Olena Kovalenko\nSales Manager\nвул. Садова, 14\nЛьвів, 79000\nУкраїна",
            "вул. Садова, 14, Львів, 79000, Україна",
        ),
        (
            "Jan Nowak\nKierownik\nul. Polna 10/12\n00-625 Warszawa",
            "ul. Polna 10/12, 00-625 Warszawa",
        ),
        (
            "Sara Haddad\nSales Manager\nOffice 804, Marina Plaza\nDubai Marina, Dubai, UAE",
            "Office 804, Marina Plaza, Dubai Marina, Dubai, UAE",
        ),
        (
            "Sara Haddad\nSales Manager\nP.O. Box 4321, Abu Dhabi - U.A.E.",
            "P.O. Box 4321, Abu Dhabi - U.A.E.",
        ),
    ],
    ids=["ukrainian-cyrillic", "polish-ul-and-postcode", "office-number-kept", "initialisms-kept"],
)
def test_addresses_across_europe_and_the_gulf(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Harish Bansal\nProprietor\nBANSAL ELECTRICALS\nShop No. 7, Nehru Market,\n"
            "Near Bus Stand, Hisar (Haryana)\nPh: 01662-234567",
            "Shop No. 7, Nehru Market, Near Bus Stand, Hisar (Haryana)",
        ),
        (
            "Tariq Aziz\nOperations Manager\nDune Freight LLC\n"
            "Warehouse No. 9, Al Qusais Industrial Area 2\nP.O. Box 54321, Dubai, U.A.E.",
            "Warehouse No. 9, Al Qusais Industrial Area 2, P.O. Box 54321, Dubai, U.A.E.",
        ),
        (
            "Kiran Rao\nSoftware Engineer\nFlat 204, Lotus Residency,\n"
            "Madhapur, Hyderabad - 500 081",
            "Flat 204, Lotus Residency, Madhapur, Hyderabad - 500 081",
        ),
    ],
    ids=["shop-number-and-market", "warehouse-number-not-a-label", "flat-and-residency"],
)
def test_numbered_premises_of_south_asian_and_gulf_addresses(text: str, want: str) -> None:
    """ "Shop No.", "Warehouse No.", "Flat", a market or an industrial area mark an address;
    a numbered warehouse opening the line is the unit, not a label to drop."""
    assert extract_text(text).address == want, text


def test_indonesian_pt_is_a_legal_form() -> None:
    text = "Dewi Lestari\nMarketing Manager\nPT Sinar Abadi\nJl. Gatot Subroto Kav. 12\nJakarta"
    assert extract_text(text).company == "PT Sinar Abadi", text


@pytest.mark.parametrize("firm", ["CV Maju Bersama", "UD Sumber Rejeki"])
def test_indonesian_partnerships_and_sole_traders_have_legal_forms(firm: str) -> None:
    text = f"Dewi Anggraini\nHRD Manager\n{firm}\nJl. Diponegoro No. 12\nSurabaya 60241"
    assert extract_text(text).company == firm, text


def test_a_title_with_a_street_like_word_is_not_the_addresses_next_line() -> None:
    text = "Adv. Kavya Iyer\nAdvocate, High Court\nChamber No. 8, District Court, Nagpur"
    got = extract_text(text)
    assert (got.title, got.address) == (
        "Advocate",
        "Chamber No. 8, District Court, Nagpur",
    ), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Claire Petit\nGérante\n18, rue des Lilas, 69003 Lyon, SIRET 512 345 678 00021",
            "18, rue des Lilas, 69003 Lyon",
        ),
        (
            "Rahul Mehta\nProprietor\nShop No. 4, MG Road, Pune - 411001\nGSTIN: 27ABCDE1234F1Z5",
            "Shop No. 4, MG Road, Pune - 411001",
        ),
        ("林大明\n總經理\n台北市中山區民生路12號5樓 統編12345678", "台北市中山區民生路12號5樓"),
        # A trade licence under the address, its "No." read with a comma.
        (
            "Rania Haddad\nPearl Marine FZE\nr.haddad@pearl.example\n"
            "PO Box 75242, Sharjah, United Arab Emirates\nTrade License No, 939382",
            "PO Box 75242, Sharjah, United Arab Emirates",
        ),
        # The UK's company and VAT numbers under the address.
        (
            "Alan Hurst\nDirector\n12 Mill Lane\nHarbury CV33 9XX\nCompany No. 01234567",
            "12 Mill Lane, Harbury CV33 9XX",
        ),
        (
            "Alan Hurst\nDirector\n12 Mill Lane, Harbury CV33 9XX\nVAT No. GB 123 4567 89",
            "12 Mill Lane, Harbury CV33 9XX",
        ),
        (
            "Alan Hurst\n12 Mill Lane, Harbury CV33 9XX\n"
            "Registered in England and Wales No. 0123456",
            "12 Mill Lane, Harbury CV33 9XX",
        ),
        (
            "Dana Reyes\nBroker\n400 Oak Avenue, Suite 12\nAustin, TX 78701, EIN 12-3456789",
            "400 Oak Avenue, Suite 12, Austin, TX 78701",
        ),
        # "ОГРН" read with Latin and Greek lookalike letters.
        (
            "Ольга Белова\n420015, г. Казань, ул. Лесная, д. 7\nOΓPH 1021600000000",
            "420015, г. Казань, ул. Лесная, д. 7",
        ),
        (
            "Ольга Белова\n420015, г. Казань, ул. Лесная, д. 7\nKΠΠ 165501001",
            "420015, г. Казань, ул. Лесная, д. 7",
        ),
        # "ИНН/КПП" read by a model without Cyrillic: И as M or V, П as "II" or "TI".
        (
            "Ольга Белова\n420015, г. Казань, ул. Лесная, д. 7 VHH/KTIIT 1655501234/165501001",
            "420015, г. Казань, ул. Лесная, д. 7",
        ),
        (
            "Ольга Белова\n420015, г. Казань, ул. Лесная, д. 7\nMHH 1655501234",
            "420015, г. Казань, ул. Лесная, д. 7",
        ),
        (
            "Karl Weber\nKabusring 65a, 90098 Ludwigsburg\nSt.-Nr. 40/781/60895",
            "Kabusring 65a, 90098 Ludwigsburg",
        ),
        # "USt-IdNr." with the I read as a small l.
        (
            "Karl Weber\nKabusring 65a, 90098 Ludwigsburg\nUSt-ldNr. DE123456789",
            "Kabusring 65a, 90098 Ludwigsburg",
        ),
        (
            "Taller Ejemplo\nCalle Mayor, 217\n29833 Huesca\nCIF B11655553",
            "Calle Mayor, 217, 29833 Huesca",
        ),
        # A Korean business number whose label OCR misread, printed after the phone.
        (
            "㈜한빛상사\nT 051-555-6322 (4522)185-55-48397\n부산광역시 해운대구 수영로 119, 25층",
            "부산광역시 해운대구 수영로 119, 25층",
        ),
        # Japan's invoice registration number under the address, with or without its label.
        (
            "山田工業株式会社\n〒460-0008 愛知県名古屋市中区栄3丁目5番12号\n登録番号T1234567890123",
            "〒460-0008 愛知県名古屋市中区栄3丁目5番12号",
        ),
        (
            "山田工業株式会社\n〒460-0008 愛知県名古屋市中区栄3丁目5番12号 T1234567890123",
            "〒460-0008 愛知県名古屋市中区栄3丁目5番12号",
        ),
    ],
)
def test_a_registration_number_is_not_part_of_the_address(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


def test_a_street_named_like_an_id_label_stays() -> None:
    text = "Asha Rao\nDirector\n12 Pan Avenue, Pune - 411001"
    assert extract_text(text).address == "12 Pan Avenue, Pune - 411001", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Suresh Patel\nPartner\nPatel Brothers\nOpp. Town Hall, Kalupur,\n"
            "Ahmedabad-380001. Gujarat",
            "Opp. Town Hall, Kalupur, Ahmedabad-380001. Gujarat",
        ),
        (
            "Asha Rao\nDirector\nRao Foods\nPlot 7, Phase II, MIDC\nPin: 410 206",
            "Plot 7, Phase II, MIDC, Pin: 410 206",
        ),
    ],
    ids=["pin-then-state", "pin-label"],
)
def test_an_indian_pin_followed_by_the_state_or_after_a_label(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


def test_a_landmark_naming_an_office_does_not_end_the_address() -> None:
    """ "Behind Post Office" is where the shop is, not a label naming a second address."""
    text = (
        "Mugdha Rao\nProprietor\nZenvik Print Pvt. Ltd.\n#324, 9th Floor, Shanti Bhavan\n"
        "Behind Post Office, Ambattur Industrial Estate\nChennai - 600 007"
    )
    want = (
        "#324, 9th Floor, Shanti Bhavan, Behind Post Office, Ambattur Industrial Estate, "
        "Chennai - 600 007"
    )
    assert extract_text(text).address == want, text


def test_the_uae_tax_registration_number_is_not_part_of_the_address() -> None:
    text = (
        "Amit Rao\nManager\nZenvik LLC\n"
        "Shop 10, Al Nahda, PO Box 5550, Sharjah, TRN 100200300400003"
    )
    assert extract_text(text).address == "Shop 10, Al Nahda, PO Box 5550, Sharjah", text


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("광주광역시서구 상무대로17, 3층", "광주광역시 서구 상무대로 17, 3층"),
        ("경기도 용인시 수지구풍덕천로 55-2", "경기도 용인시 수지구 풍덕천로 55-2"),
        ("충청남도천안시 동남구 버들로40길12", "충청남도 천안시 동남구 버들로 40길 12"),
        ("울산광역시 남구 삼산로 9,미래빌딩8층", "울산광역시 남구 삼산로 9, 미래빌딩 8층"),
        ("대구광역시 동구동 대구로 5", "대구광역시 동구 동대구로 5"),  # a space OCR moved
        ("12층1203호(역삼동)", "12층 1203호 (역삼동)"),
        ("강원특별자치도 홍천군화촌면 화촌로 7", "강원특별자치도 홍천군 화촌면 화촌로 7"),
        ("서울특별시 중랑구 면목로 7", "서울특별시 중랑구 면목로 7"),
        ("동래구 충렬대로 55, 10증 1011 호", "동래구 충렬대로 55, 10층 1011호"),
        ("증권빌딩 3층", "증권빌딩 3층"),  # 증 opening a word stays
        ("8층816호", "8층 816호"),  # a floor and room alone on their line
        ("6 대전광역시 유성구 대학로 99", "대전광역시 유성구 대학로 99"),  # a pin icon read as "6"
        ("o 경기도 수원시 영통구 광교로 7", "경기도 수원시 영통구 광교로 7"),
        ("세종시 한누리대로 45 길 13", "세종시 한누리대로 45길 13"),  # a road's number
        # Already spaced right: unchanged, and a city named before its unit stays whole.
        ("서울특별시 종로구 세종대로 209", "서울특별시 종로구 세종대로 209"),
        ("대구광역시 수성구 달구벌대로 10", "대구광역시 수성구 달구벌대로 10"),
        ("12 Main Street, Springfield", "12 Main Street, Springfield"),
    ],
)
def test_korean_address_units_get_their_spaces_back(read: str, want: str) -> None:
    from cardscan.extract.address_text import tidy_korean

    assert tidy_korean(read) == want, read


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The building's name after the block number, its space lost by OCR.
        (
            "佐藤 花子\n〒150-0042 東京都渋谷区宇田川町3番7号さくらハイツ201",
            "〒150-0042 東京都渋谷区宇田川町3番7号 さくらハイツ201",
        ),
        # The postcode on a line of its own, its mark read as "T".
        (
            "佐藤 花子\nT150-0042\n東京都渋谷区宇田川町3番7号",
            "〒150-0042 東京都渋谷区宇田川町3番7号",
        ),
        # The mark read as its bars alone.
        (
            "佐藤 花子\n=150-0042\n東京都渋谷区宇田川町3番7号",
            "〒150-0042 東京都渋谷区宇田川町3番7号",
        ),
        # A look-alike of the mark before NNN-NNNN in an address with no other Japanese sign.
        ("佐藤 花子\nT060-0042\n札幌市中央区大通1-2-3", "〒060-0042 札幌市中央区大通1-2-3"),
        # A building's name in katakana after the house number, its space lost.
        (
            "佐藤 花子\n〒150-0042 東京都渋谷区宇田川町1-2-3サクラハイツ201",
            "〒150-0042 東京都渋谷区宇田川町1-2-3 サクラハイツ201",
        ),
        # A counted building name is one word.
        (
            "佐藤 花子\n〒150-0042 東京都渋谷区宇田川町12 第2ハイツ",
            "〒150-0042 東京都渋谷区宇田川町12 第2ハイツ",
        ),
        # Not in a Chinese address: "5号楼" is building 5.
        ("王伟\n北京市海淀区中关村大街5号楼301室", "北京市海淀区中关村大街5号楼301室"),
    ],
)
def test_japanese_address_spaces_and_postcode_line(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize("height", [27, 44])
def test_a_floor_line_under_a_cjk_address_joins_it_in_a_box_of_another_height(
    height: int,
) -> None:
    """The second reader's boxes of Hangul lines vary in height: a floor under the street
    line continues the address though its box is 1.6 times lower."""
    rows = (
        ("주식회사 한울상사", 91, 318, 52),
        ("E-mail | sales@hanul.example", 581, 344, 35),
        ("대전광역시 서구 둔산로 215", 587, 376, 44),
        ("HANUL TRADING CO., LTD.", 89, 390, 20),  # the left column, read in between
        ("한울 빌딩 9 층", 586, 431, height),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == "대전광역시 서구 둔산로 215 한울빌딩 9층", card_text(rows)


def test_a_russian_postcode_first_line_is_an_address_line() -> None:
    # Right-aligned, the street line's box taller than the city line's: only the postcode
    # says the city line is part of the address.
    rows = (
        ("Пекарня «Колос»", 65, 452, 52),
        ("T| 8 (831) 555-88-77", 776, 233, 33),
        ("603000, г. Нижний Новгород", 712, 306, 25),
        ("ул. Садовая, д. 12", 796, 328, 37),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == "603000, г. Нижний Новгород, ул. Садовая, д. 12", card_text(rows)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # Ukraine's postcodes have five digits, the city after "м." (місто)
        ("01001, м. Київ", "01001, м. Київ"),
        ("04070, Київ, Україна", "04070, Київ, Україна"),
        # Russia's six, after "г." (город)
        ("603000, г. Нижний Новгород", "603000, г. Нижний Новгород"),
        # its "г" lost, the full stop left
        ("603000,.Нижний Новгород", "603000, Нижний Новгород"),
        ("603000, . Нижний Новгород", "603000, Нижний Новгород"),
    ],
)
def test_a_cyrillic_postcode_before_the_city_is_an_address(line: str, want: str) -> None:
    text = f"Олена Коваленко\nМенеджер з продажу\nТОВ «Вантор»\n+380 44 555 1234\n{line}"
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("city", "street"),
    [
        ("г. Екатеринбург", "ул. Малышева, д. 14, оф. 7"),
        ("м. Львів", "вул. Зелена, 31, офіс 2"),
    ],
)
def test_a_cyrillic_city_after_its_mark_is_an_address_line_without_its_postcode(
    city: str, street: str
) -> None:
    """The postcode lost or not printed: "г." or "м." before a place's name says address."""
    text = f"Ирина Волкова\nirina@vantor.example\n{city}\n{street}"
    assert extract_text(text).address == f"{city}, {street}", text


@pytest.mark.parametrize(
    ("city", "want"),
    [
        ("644001, г. Омск", "644001, г. Омск"),
        ("644001, r. Omck", "644001, г. Омск"),  # read by a model without Cyrillic
        ("644001,.Omck", "644001, Омск"),  # and its "г" lost
    ],
)
def test_a_russian_address_over_lines_ends_with_the_countrys_own_name(city: str, want: str) -> None:
    """The country's name is set smaller than the address: its own name says it ends it."""
    rows = (
        ("Петров Пётр Петрович", 60, 60, 40),
        ("Менеджер", 60, 110, 24),
        ("ООО «Вектор»", 60, 150, 28),
        ("+7 495 555-12-34", 60, 330, 22),
        (city, 60, 360, 22),
        ("ул. Ленина, д. 5", 60, 388, 22),
        ("РОССИЯ", 60, 416, 12),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == f"{want}, ул. Ленина, д. 5, РОССИЯ", card_text(rows)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ana Reed\n41Harbour Lane\nExeter EX1 2AB", "41 Harbour Lane, Exeter EX1 2AB"),
        (
            "Ana Reed\n2nd Floor, 12A Main St\nBoston, MA 02110",
            "2nd Floor, 12A Main St, Boston, MA 02110",
        ),
    ],
)
def test_a_house_number_glued_to_the_street_name_gets_its_space(text: str, want: str) -> None:
    got = extract_text(text).address
    assert got == want, text


def test_a_district_between_the_shop_number_and_the_po_box_joins_the_address() -> None:
    # Three lines of one block; the district line has neither digits nor a street word.
    rows = (
        ("Norvane", 215, 77, 62),
        ("E sales@norvane.example.ae", 64, 350, 25),
        ("Shop 12", 63, 379, 26),
        ("Al Qasba", 63, 408, 26),
        ("Po Box 55012, Sharjah - United Arab Emirates", 64, 437, 25),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == "Shop 12, Al Qasba, Po Box 55012, Sharjah - United Arab Emirates", card_text(rows)


def test_a_floor_line_in_smaller_type_continues_a_korean_address() -> None:
    # The floor line is set smaller than the street line, too small to be one block with it.
    rows = (
        ("한빛 헤어살롱", 283, 67, 57),
        ("hanbit@example.kr", 333, 319, 17),
        ("경기도 성남시 분당구 황새울로 349", 287, 332, 37),
        ("한빛프라자 22층", 350, 366, 22),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == "경기도 성남시 분당구 황새울로 349 한빛프라자 22층", card_text(rows)


def test_a_building_line_read_in_a_smaller_box_and_out_of_order_joins_the_address() -> None:
    # The detector's boxes for one type size vary (digits, brackets): 48 px over 36 px. The
    # reading put a tagline of the other column between the two lines.
    rows = (
        ("한결디자인", 70, 440, 40),
        ("hanbit@example.kr", 670, 300, 30),
        ("대구광역시 달서구 국채보상로 358", 670, 340, 48),
        ("신뢰를 만드는 사람들", 70, 350, 34),
        ("한결프라자 5층 (송도동)", 790, 386, 36),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == "대구광역시 달서구 국채보상로 358 한결프라자 5층 (송도동)", card_text(rows)


def test_a_cjk_name_printed_under_the_address_is_no_part_of_it() -> None:
    rows = (
        ("大阪府大阪市北区天満橋3-8-21", 60, 300, 30),
        ("岡田 健吾", 60, 340, 34),
        ("okada@example.jp", 60, 400, 20),
    )
    got = extract_contact(ocr(*rows), source="-")
    assert (got.address, got.name) == ("大阪府大阪市北区天満橋3-8-21", "岡田 健吾"), card_text(rows)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Omar Haddad\nLogistics Coordinator\nShop40\nAl Nahda\nPO Box71209, Sharjah - UAE",
            "Shop 40, Al Nahda, PO Box 71209, Sharjah - UAE",
        ),
        (
            "Dana Reyes\nSales Lead\nSuite210, 45 Harbor Way\nOakland, CA 94607",
            "Suite 210, 45 Harbor Way, Oakland, CA 94607",
        ),
    ],
    ids=["shop-and-po-box", "suite"],
)
def test_a_premises_word_glued_to_its_number_is_read_apart(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "林美华\n销售经理\n北京市朝阳区建国路88号2号楼1208室\nQQ 87654321",
            "北京市朝阳区建国路88号2号楼1208室",
        ),
        (
            "林美华\n销售经理\n上海市浦东新区世纪大道100号, 微信: lin_mh88",
            "上海市浦东新区世纪大道100号",
        ),
        (
            "Ana Lima\nGerente\nRua das Flores, 120 - Centro\nSkype: ana.lima.work",
            "Rua das Flores, 120 - Centro",
        ),
    ],
    ids=["qq-line", "wechat-after-address", "skype-line"],
)
def test_a_messenger_handle_is_not_part_of_the_address(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    "street",
    [
        "Glorieta de Bilbao, 14, 2º B",
        "Travesía del Mar, 14, 2º B",
        "Vial de los Olivos, 14, 2º B",
        "Polígono Las Norias, nave 14",
    ],
)
def test_spanish_street_types_start_an_address(street: str) -> None:
    """The street line is read in smaller boxes than the postcode line under it, so only its
    street type says it belongs to the address."""
    rows = (
        ("Taller Ruiz", 119, 48, 28),
        ("Pilar", 702, 118, 33),
        ("taller.ruiz@example.es", 635, 345, 17),
        (street, 551, 365, 18),
        ("47008 Valladolid", 687, 382, 24),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == f"{street}, 47008 Valladolid", card_text(rows)


@pytest.mark.parametrize("postcode", ["901-6557", "〒901-6557", "T901-6557"])
def test_a_japanese_postcode_alone_on_its_line_joins_the_address_under_it(postcode: str) -> None:
    """The postcode is printed right over the address, in a column read after the title
    beside it, with its 〒, the mark read as "T" or lost."""
    rows = (
        ("鈴木建設株式会社", 47, 51, 32),
        ("小林 健一", 46, 266, 41),
        ("kenichi@suzuki-kensetsu.example.co.jp", 474, 266, 24),
        (postcode, 559, 292, 21),
        ("人事部 課長", 48, 314, 24),
        ("高知県南国市花島4丁目12番14号", 385, 317, 22),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == "〒901-6557 高知県南国市花島4丁目12番14号", card_text(rows)


def test_a_japanese_postcode_over_the_buildings_line_joins_the_address() -> None:
    """The postcode, a building's line (which only the block brings in) and the prefecture's
    line, stacked: the postcode is the address's, though no address line is next to it."""
    rows = (
        ("佐藤 花子", 300, 44, 57),
        ("sato@example.co.jp", 305, 245, 20),
        ("〒150-0042", 307, 327, 19),
        ("サクラタワー12F", 304, 352, 22),
        ("東京都渋谷区宇田川町3丁目7番2号", 305, 379, 20),
    )
    got = extract_contact(ocr(*rows), source="-").address
    assert got == "〒150-0042 サクラタワー12F 東京都渋谷区宇田川町3丁目7番2号", card_text(rows)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "王小明\n業務經理\n鑫信實業有限公司\n台北市大安區大同路180號8樓\n"
            "8F., No. 180, Datong Rd., Da'an Dist., Taipei City\nTel +886 2 5555 1234",
            "台北市大安區大同路180號8樓",
        ),
        # the postcode line (no letters) stays with the Japanese address
        (
            "山田 太郎\n営業部 部長\n株式会社サンプル商事\n〒150-0002\n"
            "東京都渋谷区渋谷2-21-1 ヒカリエ8F\n2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002",
            "〒150-0002 東京都渋谷区渋谷2-21-1 ヒカリエ8F",
        ),
        # printed in Latin letters first: that one is kept
        (
            "Taro Yamada\nSales Manager\nSample Trading Co., Ltd.\n"
            "2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002\n東京都渋谷区渋谷2-21-1",
            "2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002",
        ),
        (
            "김민준\n대리\n주식회사 한빛솔루션\n서울특별시 강남구 테헤란로 123, 5층\n"
            "5F, 123 Teheran-ro, Gangnam-gu, Seoul",
            "서울특별시 강남구 테헤란로 123, 5층",
        ),
        # a country's name is no translation: it stays
        (
            "김민준\n대리\n주식회사 한빛솔루션\n서울특별시 강남구 테헤란로 123, 5층\nKorea",
            "서울특별시 강남구 테헤란로 123, 5층, Korea",
        ),
    ],
)
def test_an_address_printed_again_in_another_script_is_given_once(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a second office after the phone: its own postcode starts another address
        (
            "Ana Ribeiro\nDiretora\nVantorq Ltda.\n"
            "Av. Paulista, 1000 - CEP 01310-100 São Paulo - SP\nTel +55 11 5555-1234\n"
            "Rua das Flores, 55 - CEP 80010-000 Curitiba - PR",
            "Av. Paulista, 1000 - CEP 01310-100 São Paulo - SP",
        ),
        # a numbered street after the postcode line starts the next one
        (
            "Tom Hale\nDirector\nFernhill Ltd\n12 High Street\nLeeds LS1 4AP\n"
            "40 King Street\nManchester M2 6BA",
            "12 High Street, Leeds LS1 4AP",
        ),
        # a country after the postcode line stays
        (
            "Tom Hale\nDirector\nFernhill Ltd\n12 High Street\nLeeds LS1 4AP\nUnited Kingdom",
            "12 High Street, Leeds LS1 4AP, United Kingdom",
        ),
        # a house number before the street's name is no postcode
        (
            "Rosa Lima\nSales Manager\nNorthwind Freight\n4410 NW 55 Ave, Suite 7\n"
            "Doral, FL 33166\nUSA",
            "4410 NW 55 Ave, Suite 7, Doral, FL 33166, USA",
        ),
        (
            "Rosa Lima\nOwner\n12055 Cedar Road\nAustin, TX 78701",
            "12055 Cedar Road, Austin, TX 78701",
        ),
    ],
)
def test_an_address_has_one_postcode(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the card labels its address: no house number or postcode needed
        (
            "Deepak Rao\nManager\nRao Motors\nAddress: Near Bus Stand, Main Road, Hubli\n"
            "Mob: 98450 12345",
            "Near Bus Stand, Main Road, Hubli",
        ),
        (
            "Sara Lind\nDesigner\nStudio Lind\nAdresse: Rue de la Loi, Bruxelles",
            "Rue de la Loi, Bruxelles",
        ),
        (
            "Ravi Menon\nPartner\nMenon & Co\nAdd.: Civil Lines, Jaipur",
            "Civil Lines, Jaipur",
        ),
        # the label alone on its line opens the address under it
        (
            "Deepak Rao\nManager\nRao Motors\nAddress:\nGandhi Chowk, Main Road,\n"
            "Hubli, Karnataka\nMob: 98450 12345",
            "Gandhi Chowk, Main Road, Hubli, Karnataka",
        ),
        # a landmark places it instead
        (
            "Deepak Rao\nManager\nRao Motors\nNear Bus Stand, Main Road,\nHubli, Karnataka\n"
            "9845012345",
            "Near Bus Stand, Main Road, Hubli, Karnataka",
        ),
        (
            "Priya Nair\nOwner\nNair Stores\nOpp. Town Hall, Station Road, Thrissur",
            "Opp. Town Hall, Station Road, Thrissur",
        ),
        (
            "Omar Haddad\nManager\nHaddad Trading\nBehind City Mall, Al Nahda, Sharjah",
            "Behind City Mall, Al Nahda, Sharjah",
        ),
    ],
)
def test_a_labelled_address_or_one_placed_by_a_landmark_needs_no_number(
    text: str, want: str
) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    "text",
    [
        # a landmark word in a slogan, a label heading a title, a branch that is a job
        "Anna Berg\nConsultant\nNorthwind Travel\nNear you, wherever you go",
        "Anna Berg\nBranch Manager\nNorthwind Travel",
        "Anna Berg\nAddress:\nSales Director\nNorthwind Travel",
        "Anna Berg\nOffice: Sales Director\nNorthwind Travel",
    ],
)
def test_no_address_without_an_address(text: str) -> None:
    assert extract_text(text).address is None, text


@pytest.mark.parametrize(
    "street", ["Marktplatz 3", "Lindenallee 17", "Herrengasse 5", "Kerkstraat 23", "Kirchweg 8"]
)
def test_a_street_type_glued_to_the_name_makes_a_street(street: str) -> None:
    """German and Dutch streets carry their type at the end of one word; with the house
    number that is a street line, even without a postcode under it."""
    text = f"Karl Weber\nInhaber\nWeber Blumen\n{street}\nFreiburg"
    assert extract_text(text).address == f"{street}, Freiburg", text


def test_a_line_whose_box_touches_its_neighbours_is_still_between_them() -> None:
    """Tightly set lines are read in boxes that overlap by a pixel or two: the district
    line between the street and the postcode line stays in the address."""
    rows = (
        ("Marie Keller", 140, 220, 50),
        ("marie@example.de", 160, 1044, 28),
        ("Schleichstr. 76", 240, 1074, 28),
        ("Gewerbegebiet Nord", 220, 1101, 31),
        ("95987 Höxter", 260, 1131, 31),
    )
    got = extract_contact(ocr(*rows, height=1300), source="-").address
    assert got == "Schleichstr. 76, Gewerbegebiet Nord, 95987 Höxter", card_text(rows)


def test_opening_hours_beside_the_address_are_not_part_of_it() -> None:
    """Two columns read line by line: the hours ("Seg. a Sex. 8h às 18h") interleave with
    the street and the postcode line, and carry digits and commas as a street does."""
    rows = (
        ("- Alinhamento", 52, 123, 20),
        ("www.example.com.br", 401, 155, 22),
        ("Seg. a Sex. 8h às 18h", 49, 166, 21),
        ("Rua das Palmeiras, 137", 400, 178, 25),
        ("Sáb. 8h às 12h", 49, 188, 20),
        ("CEP 53299-080 - Recife/PE", 400, 202, 26),
        ("Auto Mecânica Silva", 45, 363, 55),
    )
    got = extract_contact(ocr(*rows, height=500), source="-").address
    assert got == "Rua das Palmeiras, 137, CEP 53299-080 - Recife/PE", card_text(rows)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Seg. a Sex. 8h às 18h", True),
        ("Sáb. 8h às 12h", True),
        ("Sa 9-13 Uhr", True),
        ("Mon - Sat 10 AM", True),
        ("Fri 9:00", True),
        ("Dom Pedro II, 1500", False),
        ("Rua do Mar 12", False),
        ("Do Van Minh", False),
        ("Sun Pharma", False),
        ("周一公休", True),  # the day a shop is closed
        ("일요일 휴무", True),
    ],
)
def test_opening_hours_are_days_with_their_span_or_hours(text: str, hours: bool) -> None:
    from cardscan.extract.patterns import OPENING_HOURS

    assert bool(OPENING_HOURS.search(text)) is hours, text


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            "5F, 42 Yeoksam-ro 17-gil, Gangnam-gu, Seoul",
            "5F, 42 Yeoksam-ro 17-gil, Gangnam-gu, Seoul",
        ),
        (
            "Seongnam-si, Gyeonggi-do\n256 Pangyo-ro, Bundang-gu",
            "Seongnam-si, Gyeonggi-do, 256 Pangyo-ro, Bundang-gu",
        ),
    ],
)
def test_a_korean_address_in_latin_letters_needs_no_postcode(lines: str, want: str) -> None:
    """Its units are joined to their names with a hyphen ("-ro", "-gil", "-gu", "-si")."""
    text = f"Kim Jae-dong\nTeam Leader\nHanbit Systems\n{lines}\n+82 10 1234 5678"
    got = extract_text(text)
    assert (got.address, got.name) == (want, "Kim Jae-dong"), text


@pytest.mark.parametrize(
    ("registration", "title"),
    [
        ("CRO-SP 12345", "Cirurgiã-Dentista"),
        ("CRM/RJ 54321", "Médica Pediatra"),
        ("CRP 06/41207", "Psicóloga Clínica"),
        ("OAB/MG 123.456", "Advogada"),
    ],
)
def test_a_brazilian_council_registration_is_not_an_address(registration: str, title: str) -> None:
    """The council's number and the state that registered the person, printed under the
    title, is no street line: it must not pull the firm's name into an address."""
    text = f"Ana Paula Souza\n{title}\n{registration}\nClínica Sorriso Feliz\n(11) 97312-5086"
    got = extract_text(text)
    assert (got.address, got.company, got.title) == (None, "Clínica Sorriso Feliz", title), text


@pytest.mark.parametrize(
    ("firm", "address"),
    [
        ("St. Xavier's College", "Mumbai - 400001"),
        ("St. Thomas' Hospital", "Westminster Bridge Road, London SE1 7EH"),
    ],
)
def test_saint_opening_a_line_is_no_street(firm: str, address: str) -> None:
    text = f"Priya Sharma\nAssistant Professor\n{firm}\n{address}"
    got = extract_text(text)
    assert (got.company, got.address) == (firm, address), text


def test_st_after_a_street_name_or_before_a_road_is_still_a_street() -> None:
    for street in ("12 St. Mary's Road", "45 Main St."):
        text = f"Anne Lee\nOwner\nLee Bakery\n{street}\nLondon W5 5RA"
        assert extract_text(text).address == f"{street}, London W5 5RA", text


def test_a_works_label_opens_a_second_address() -> None:
    """Indian cards print the registered office, then the factory as "Works:"; the card's
    first address is the office alone."""
    text = (
        "Ravi Kumar\nManager\nKerala Traders\nRegd. Office: 12, Park Street, Kolkata - 700016\n"
        "Works: Plot 7, Industrial Area, Howrah\n+91 98470 12345"
    )
    assert extract_text(text).address == "12, Park Street, Kolkata - 700016", text


@pytest.mark.parametrize("box", ["BP 1668", "CP 204"])
def test_a_postal_box_is_no_postcode_that_would_start_a_second_address(box: str) -> None:
    """"BP 1668" has the shape of a state and its code ("NSW 2000"); counted as a postcode,
    the postcode line under it looked like a second address."""
    text = f"Sunbridge SA\n24, rue Lejeune\n{box}\n26783 NORMAND"
    assert extract_text(text).address == f"24, rue Lejeune, {box}, 26783 NORMAND", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Omar Aziz\nP.0. Box 92520, Sharjah, U.A.E.\nMob +971 50 123 4567",
            "P.O. Box 92520, Sharjah, U.A.E.",
        ),
        (
            "Omar Aziz\nShop 33\nDeira\nP.0. BoX 25512, Dubai - U.A.E.\nMob +971 50 123 4567",
            "Shop 33, Deira, P.O. BoX 25512, Dubai - U.A.E.",
        ),
    ],
)
def test_a_postal_box_read_with_a_zero_for_the_o_is_an_address(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lucas Prado\nAv. das Acácias, 77 - Jardim Alto\nCampinas - SP-Tel: 19 3521-4870",
            "Av. das Acácias, 77 - Jardim Alto, Campinas - SP",
        ),
        (
            "Anil Mehra\nSales Manager\n4, Lake View Road, Pune 411001 Ph: 020 2613 5594",
            "4, Lake View Road, Pune 411001",
        ),
        (
            "Ruth Cole\nOffice Manager\n9 Mill Lane, Leeds LS2 7QT Tel. 0113 496 0527",
            "9 Mill Lane, Leeds LS2 7QT",
        ),
    ],
)
def test_a_label_left_before_a_phone_is_not_part_of_the_address(text: str, want: str) -> None:
    """The label of a phone printed after the address, on its line ("SP-Tel:", "Ph:"), goes
    with the phone: the city line still continues the address, and no label ends it."""
    got = extract_text(text).address
    assert got == want, f"{text!r}: {got!r}"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # 都 of a Chinese city's name (成都) does not make the address Japanese
            "刘晓明\n销售经理\n四川省成都市锦江区春熙路88号C座12楼\n手机 139 1234 5678",
            "四川省成都市锦江区春熙路88号C座12楼",
        ),
        (  # nor does 道 of an avenue's
            "陈伟\n总经理\n广东省深圳市南山区深南大道2001号嘉华大厦1205室",
            "广东省深圳市南山区深南大道2001号嘉华大厦1205室",
        ),
        (  # a room number wrapped onto its own line is no postcode
            "李娜\n北京市朝阳区建国路66号\n1508室\n电话 010-6512 3456",
            "北京市朝阳区建国路66号 1508室",
        ),
        (  # Taiwan's postcode glued to the city still gets its space back
            "林志明\n經理\n407台中市西屯區文心路三段128號5樓",
            "407 台中市西屯區文心路三段128號5樓",
        ),
    ],
)
def test_chinese_addresses_keep_their_unspaced_writing(text: str, want: str) -> None:
    """A Chinese address gets no space the card did not print: only kana, 県, the other
    prefectures by name, 〒, 丁目 or 番地 make a CJK address Japanese (which puts a space
    before the building after 号), and a number before a unit word is a room, not a postcode."""
    assert extract_text(text).address == want, text


@pytest.mark.parametrize("label", ["統編", "统编", "統一編號", "统一编号"])
def test_taiwan_business_number_leaves_the_address(label: str) -> None:
    """Taiwan's business number (統一編號, 統編; RapidOCR may read it in simplified form) printed
    after the address is no part of it, and its eight digits are no phone."""
    text = f"王大明\n業務經理\n330 桃園市桃園區中正路100號8樓 {label}12345678\nTEL 03-345-6789"
    contact = extract_text(text)
    assert contact.address == "330 桃園市桃園區中正路100號8樓", text
    assert [p.number for p in contact.phones] == ["03-345-6789"], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Jane Doe\nSales Manager\n⌂ 12 Main Street\nSpringfield, IL 62701",
            "12 Main Street, Springfield, IL 62701",
        ),
        (  # a house icon read as "△", the postcode mark after it read as "平"
            "佐藤 明美\n人事部 課長\n△ 平904-0409福岡県香取郡神崎町白金28丁目27番3号",
            "〒904-0409 福岡県香取郡神崎町白金28丁目27番3号",
        ),
        (  # the mark itself read as an icon: a postcode alone on its line
            "石川 英樹\n部長\n△002-2145\n山形県君津市氏家新田4丁目12番1号",
            "〒002-2145 山形県君津市氏家新田4丁目12番1号",
        ),
    ],
)
def test_an_icon_before_the_address_is_no_part_of_it(text: str, want: str) -> None:
    assert extract_text(text).address == want, text


def test_an_icon_before_the_firm_is_no_part_of_its_name() -> None:
    text = "▲ Acme Robotics\nJane Doe\nCEO\njane@acmerobotics.com"
    assert extract_text(text).company == "Acme Robotics", text


def test_a_lone_jamo_read_before_an_address_is_no_part_of_it() -> None:
    """Tesseract's Korean model reads an icon before the address as a jamo (ㅇ, ㅁ)."""
    text = "한결산업\nㅇ인천광역시 부평구 남동대로 38길 307\ninfo@hangyeol.example"
    assert extract_text(text).address == "인천광역시 부평구 남동대로 38길 307", text


@pytest.mark.parametrize("label", ["Off.: ", "Regd. Off.: ", "Off: "])
def test_an_abbreviated_office_label_is_no_part_of_the_address(label: str) -> None:
    text = f"Ravi Patel\nSales Manager\n{label}12 MG Road, Pune 411001\n+91 98450 12345"
    assert extract_text(text, region="IN").address == "12 MG Road, Pune 411001", text


def test_a_stray_address_like_line_above_the_contact_block_does_not_start_the_address() -> None:
    """A line read as an address (a certification read as "Suite 9001") above the phone and
    email is parted from the address under them: the run with the postcode is the address."""
    text = (
        "Suite 9001\nOlivia Grant\nPartner\nT +44 117 496 0000\n"
        "olivia.grant@harbourlaw.example.co.uk\n12 Harbour Road\nBristol BS1 6XX"
    )
    assert extract_text(text).address == "12 Harbour Road, Bristol BS1 6XX", text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Siobhán Murphy\nOperations Manager\nHarbourview Logistics Ltd\n"
            "Unit 7, Little Island Business Park\nLittle Island\nCo. Cork\nT12 X2Y3\n"
            "siobhan.murphy@harbourview.ie",
            "Unit 7, Little Island Business Park, Little Island, Co. Cork, T12 X2Y3",
        ),
        (
            "Ciarán Walsh\nSolicitor\nWalsh & Daly Solicitors\n14 Main Street\nNaas, Co. Kildare\n"
            "W91 K2P4\ncwalsh@walshdaly.ie",
            "14 Main Street, Naas, Co. Kildare, W91 K2P4",
        ),
        (
            "Orla Keane\nPractice Manager\nKeane Dental Ltd\n4 Bridge Street\nMallow\nCo. Cork\n"
            "orla@keanedental.ie",
            "4 Bridge Street, Mallow, Co. Cork",
        ),
    ],
    ids=["county-line-then-eircode", "town-and-county", "county-line-last"],
)
def test_an_irish_address_keeps_its_county_and_eircode(text: str, want: str) -> None:
    """ "Co." and a county's name continues the address; an Eircode is a postcode."""
    assert extract_text(text).address == want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Naas, Co. Kildare", False),
        ("Co. Cork", False),
        ("Kelly & Co. Solicitors", True),
        ("Harbourview Trading Co.", True),
    ],
)
def test_co_before_a_county_is_no_legal_form(text: str, want: bool) -> None:
    from cardscan.extract.lexicon import has_legal_form

    assert has_legal_form(text) is want, text


@pytest.mark.parametrize(
    ("text", "want"),
    [("D02 X285", True), ("Galway H91 DX47", True), ("F01 2345", False), ("A12 3456", False)],
)
def test_an_eircode_is_a_postcode(text: str, want: bool) -> None:
    from cardscan.extract.address_text import has_postcode

    assert has_postcode(text) is want, text


def test_a_chinese_postcode_keeps_its_label() -> None:
    """"邮编：" labels the postcode, part of the address as printed (as "CEP" and "〒" are);
    another short label before a colon names an office and is dropped."""
    card = "宁波华信贸易有限公司\n王丽\n经理\n浙江省宁波市海曙区人民路88号\n12楼\n"
    text = card + "邮编：215000"
    want = "浙江省宁波市海曙区人民路88号 12楼 邮编:215000"  # text input is NFKC: "：" → ":"
    assert extract_text(text, source="-").address == want, text
    text = card + "台北：215000"
    assert "台北" not in (extract_text(text, source="-").address or "台北"), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Leeds Ls1 4ab", True),  # OCR's lower case in a British postcode
        ("Kingsbury Po49 5pu", True),
        ("Floor B3 4th", False),  # a floor
        ("Suite A1 2nd", False),
        ("Pinheiros - Sp, 05422030", True),  # a Brazilian state read in lower case
    ],
)
def test_a_postcode_ocr_read_in_lower_case_is_one(text: str, want: bool) -> None:
    from cardscan.extract.address_text import has_postcode

    assert has_postcode(text) is want, text


def test_a_british_postcode_read_in_lower_case_is_given_in_capitals() -> None:
    text = "Harbour Freight Ltd\nJane Doe\n27 Harbour Lane\nLeeds Ls1 4ab"
    assert extract_text(text, source="-").address == "27 Harbour Lane, Leeds LS1 4AB", text


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Leeds LS1 OAB", "Leeds LS1 0AB"),  # an inward code opens with a digit
        ("Thornbury WN7R OUB", "Thornbury WN7R 0UB"),
        ("Leeds LS1 0AB", "Leeds LS1 0AB"),  # read right: as it is
        ("Harbour OAKS", "Harbour OAKS"),  # no outward code before it: a word
    ],
)
def test_a_british_inward_code_read_with_o_for_its_zero(line: str, want: str) -> None:
    from cardscan.extract.address_text import tidy

    assert tidy(line) == want, line


def test_a_british_address_whose_postcode_zero_was_read_as_o() -> None:
    text = "Harbour Freight Ltd\nJane Doe\n27 Harbour Lane\nLeeds LS1 OAB"
    assert extract_text(text, source="-").address == "27 Harbour Lane, Leeds LS1 0AB", text
