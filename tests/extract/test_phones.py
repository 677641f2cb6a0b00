"""Phone numbers: as printed, E.164 when valid, kind from the label before them."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.phones import find_phones, fold_line

# (id, region, line, [(number as printed, e164, kind), ...]); "as printed" ends where the
# number does: an extension, alternatives or a range after it are not part of it.
CASES = [
    ("us tel", "US", "Tel: (415) 555-0132", [("(415) 555-0132", "+14155550132", "work")]),
    ("us cell dots", "US", "Cell 415.555.0199", [("415.555.0199", "+14155550199", "mobile")]),
    ("us plus one", "US", "+1 212 555 0147", [("+1 212 555 0147", "+12125550147", "other")]),
    (
        "us ext",
        "US",
        "P +1 (212) 555-0148 Ext. 204",
        [("+1 (212) 555-0148", "+12125550148", "work")],
    ),
    ("uk (0)", "GB", "T +44 (0) 20 7946 0000", [("+44 (0) 20 7946 0000", "+442079460000", "work")]),
    (
        "uk mobile unlabelled",
        "GB",
        "+44 (0) 7400 123987",
        [("+44 (0) 7400 123987", "+447400123987", "mobile")],
    ),
    (
        "de t and f",
        "DE",
        "T +49 30 1234567 | F +49 30 1234568",
        [("+49 30 1234567", "+49301234567", "work"), ("+49 30 1234568", "+49301234568", "fax")],
    ),
    ("de mobil", "DE", "Mobil: +49 171 2345678", [("+49 171 2345678", "+491712345678", "mobile")]),
    # A trunk prefix and bracketed area code after a number start the next number; neither
    # an ending of the first ("…-53, 8") nor glued to it ("…54 8 (905)").
    (
        "ru two after comma",
        "RU",
        "T.: 8 (843) 555-10-53, 8 (843) 555-21-42",
        [
            ("8 (843) 555-10-53", "+78435551053", "work"),
            ("8 (843) 555-21-42", "+78435552142", "work"),
        ],
    ),
    (
        "ru two after space",
        "RU",
        "М 8 (903) 555-59-54 8 (905) 555-67-74",
        [
            ("8 (903) 555-59-54", "+79035555954", "mobile"),
            ("8 (905) 555-67-74", "+79055556774", "mobile"),
        ],
    ),
    # Two numbers apart by one space only: an area code set off by a slash starts the
    # second, or both are whole numbers of the region.
    (
        "de two with slashed area codes",
        "DE",
        "0511 /5554095 030 /5551351",
        [("0511 /5554095", "+495115554095", "other"), ("030 /5551351", "+49305551351", "other")],
    ),
    (
        "fr two after a space",
        "FR",
        "T: +33 1 64 55 88 59 03 58 55 70 57",
        [("+33 1 64 55 88 59", "+33164558859", "work"), ("03 58 55 70 57", "+33358557057", "work")],
    ),
    (
        "gb two after a space",
        "GB",
        "Tel 0207 946 0000 0207 946 0001",
        [("0207 946 0000", "+442079460000", "work"), ("0207 946 0001", "+442079460001", "work")],
    ),
    # A number and a local alternative after a slash, which phonenumbers read as one.
    (
        "jp alternative after a slash",
        "JP",
        "電話+81 52-555-8946/ 555-6457",
        [("+81 52-555-8946", "+81525558946", "work"), ("555-6457", None, "work")],
    ),
    # A label whose "l" OCR read as "1", glued to the number.
    (
        "fr tel read with a one",
        "FR",
        "Té1.03 49 55 62 25",
        [("03 49 55 62 25", "+33349556225", "work")],
    ),
    # A subscriber number with direct-dial digits has a CEP's shape (5-3); in Germany it is a phone.
    ("de direct dial", "DE", "Tel. 0711 55501-234", [("0711 55501-234", "+4971155501234", "work")]),
    (
        "at direct dial",
        "AT",
        "Tel +43 1 53114-200",
        [("+43 1 53114-200", "+43153114200", "work")],
    ),
    (
        "de handy national",
        "DE",
        "Handy 0171 2345678",
        [("0171 2345678", "+491712345678", "mobile")],
    ),
    ("br fixo", "BR", "(11) 3456-7890", [("(11) 3456-7890", "+551134567890", "other")]),
    (
        "br celular",
        "BR",
        "Celular: (21) 9 8555-4321",
        [("(21) 9 8555-4321", "+5521985554321", "mobile")],
    ),
    ("br fone/fax", "BR", "Fone/Fax: (11) 3555-0190", [("(11) 3555-0190", "+551135550190", "fax")]),
    ("in mobile", "IN", "+91 98450 12345", [("+91 98450 12345", "+919845012345", "mobile")]),
    ("in tel", "IN", "Tel : +91 (80) 4155 0172", [("+91 (80) 4155 0172", "+918041550172", "work")]),
    (
        "jp run together",
        "JP",
        "TEL:03-5555-0101FAX:03-5555-0102",
        [("03-5555-0101", "+81355550101", "work"), ("03-5555-0102", "+81355550102", "fax")],
    ),
    ("jp national", "JP", "03-1234-5678", [("03-1234-5678", "+81312345678", "other")]),
    ("jp keitai", "JP", "携帯 090-1234-5678", [("090-1234-5678", "+819012345678", "mobile")]),
    ("jp denwa", "JP", "電話 03-1234-5678", [("03-1234-5678", "+81312345678", "work")]),
    ("fr tel", "FR", "Tél. +33 1 42 68 53 00", [("+33 1 42 68 53 00", "+33142685300", "work")]),
    (
        "fr portable",
        "FR",
        "Portable 06 12 34 56 78",
        [("06 12 34 56 78", "+33612345678", "mobile")],
    ),
    ("es movil", "ES", "Móvil: +34 612 345 678", [("+34 612 345 678", "+34612345678", "mobile")]),
    (
        "plus number any region",
        "US",
        "M: +49 151 23456789",
        [("+49 151 23456789", "+4915123456789", "mobile")],
    ),
    (
        "m label lower ignored kind",
        "US",
        "Phone +1 646 555 0188.",
        [("+1 646 555 0188", "+16465550188", "work")],
    ),
]


# Printed styles seen on real cards: labels glued to numbers, full-width digits, trunk "(0)",
# extensions, alternative endings, ranges, local numbers without area code.
STYLE_CASES = [
    (
        "ch trunk zero",
        "CH",
        "Tel +41 (0)41 555 01 23",
        [("+41 (0)41 555 01 23", "+41415550123", "work")],
    ),
    (
        "de trunk zero glued",
        "DE",
        "Phone: +49(0) 40 555 123 45",
        [("+49(0) 40 555 123 45", "+494055512345", "work")],
    ),
    ("ch t label", "CH", "T +41 44 555 12 34", [("+41 44 555 12 34", "+41445551234", "work")]),
    ("ch t glued", "CH", "T+41 44 555 12 34", [("+41 44 555 12 34", "+41445551234", "work")]),
    (
        "jp tel colon plus",
        "JP",
        "Tel:+81-52-555-0123",
        [("+81-52-555-0123", "+81525550123", "work")],
    ),
    ("jp tel dot", "JP", "TEL.03-5555-5678", [("03-5555-5678", "+81355555678", "work")]),
    (
        "jp full width",
        "JP",
        "ＴＥＬ：０３－５５５５－５６７８",
        [("03-5555-5678", "+81355555678", "work")],
    ),
    (
        "jp full width fax",
        "JP",
        "ＦＡＸ\u3000０６－６５５５－０１５８",
        [("06-6555-0158", "+81665550158", "fax")],
    ),
    ("jp long vowel dash", "JP", "TEL 03ー5555ー5678", [("03-5555-5678", "+81355555678", "work")]),
    ("vn plus dash", "VN", "+84-903 555 012", [("+84-903 555 012", "+84903555012", "mobile")]),
    (
        "vn country tag",
        "VN",
        "Mobile: VN (+84) 124 555 0111",
        [("(+84) 124 555 0111", None, "mobile")],
    ),
    (
        "th country tag",
        "TH",
        "M: (TH) +66 (0) 8 4555 0101 (WhatsApp)",
        [("+66 (0) 8 4555 0101", "+66845550101", "mobile")],
    ),
    ("sg country tag", "SG", "T: (SG) +65 6555 0123", [("+65 6555 0123", "+6565550123", "work")]),
    (
        "us plus in parens",
        "US",
        "(+1) 415 555 0132",
        [("(+1) 415 555 0132", "+14155550132", "other")],
    ),
    (
        "in tel no",
        "IN",
        "Tel No.: +91 (80) 4555 0547",
        [("+91 (80) 4555 0547", "+918045550547", "work")],
    ),
    ("in ph no", "IN", "Ph. No: 080 4555 0547", [("080 4555 0547", "+918045550547", "work")]),
    ("kr tel dot", "KR", "Tel. 02-555-0123", [("02-555-0123", "+8225550123", "work")]),
    ("cn dianhua", "CN", "电话：010-5555 0123", [("010-5555 0123", "+861055550123", "work")]),
    (
        "fr tel colon",
        "FR",
        "Tél. : +33 (0)1 42 55 53 00",
        [("+33 (0)1 42 55 53 00", "+33142555300", "work")],
    ),
    ("es tlf", "ES", "Tlf. 915 55 87 63", [("915 55 87 63", "+34915558763", "work")]),
    ("es mov", "ES", "Móv. 625 55 19 90", [("625 55 19 90", "+34625551990", "mobile")]),
    ("gb c for cell", "GB", "C 07400 123987", [("07400 123987", "+447400123987", "mobile")]),
    (
        "letter-spaced labels",
        "JP",
        "F A X:81-52-555-0198 T EL:81-52-555-0199",
        [("81-52-555-0198", "+81525550198", "fax"), ("81-52-555-0199", "+81525550199", "work")],
    ),
    (
        "lower-case t opening the line",
        "SG",
        "t 65 6555 0123",
        [("65 6555 0123", "+6565550123", "work")],
    ),
    (
        "lower-case f opening the line",
        "SG",
        "f 65 6555 0124",
        [("65 6555 0124", "+6565550124", "fax")],
    ),
    # extensions stay in the printed number, not in E.164
    (
        "br ramal",
        "BR",
        "Tel: (11) 5555-0101 Ramal 12",
        [("(11) 5555-0101", "+551155550101", "work")],
    ),
    (
        "br r.",
        "BR",
        "Fone (21) 2555-0147 r. 31",
        [("(21) 2555-0147", "+552125550147", "work")],
    ),
    (
        "de durchwahl",
        "DE",
        "Telefon 030 555 0123 Durchwahl 45",
        [("030 555 0123", "+49305550123", "work")],
    ),
    (
        "gb ext",
        "GB",
        "Tel: +44 (0)20 7946 0958 ext. 204",
        [("+44 (0)20 7946 0958", "+442079460958", "work")],
    ),
    ("us x", "US", "Phone: 212-555-0147 x 33", [("212-555-0147", "+12125550147", "work")]),
    (
        "jp naisen",
        "JP",
        "TEL 052-555-0199 内線 123",
        [("052-555-0199", "+81525550199", "work")],
    ),
    # several numbers in one: the first full number printed with its alternatives, then
    # each alternative or range end as a number of its own (a whole local number as printed,
    # without the area code it shares: what is printed is what is known)
    (
        "in alternative endings",
        "IN",
        "Tel: 040-5555 0100/0101/0102",
        [
            ("040-5555 0100", "+914055550100", "work"),
            ("040-5555 0101", "+914055550101", "work"),
            ("040-5555 0102", "+914055550102", "work"),
        ],
    ),
    (
        # two-digit endings after a slash, which phonenumbers would take for a date
        "in two-digit endings",
        "IN",
        "Tel: +91-79-2658 1234/35/36",
        [
            ("+91-79-2658 1234", "+917926581234", "work"),
            ("+91-79-2658 1235", "+917926581235", "work"),
            ("+91-79-2658 1236", "+917926581236", "work"),
        ],
    ),
    (
        # two ungrouped local numbers of one length: two numbers, not a number and its ending
        "in two local numbers",
        "IN",
        "Phone: 26581234, 26585678",
        [("26581234", None, "work"), ("26585678", None, "work")],
    ),
    (
        "br alternative sharing the area code",
        "BR",
        "Tel: 11 4000-1234/4000-5678",
        [
            ("11 4000-1234", "+551140001234", "work"),
            ("4000-5678", None, "work"),
        ],
    ),
    (
        "br alternative after ou",
        "BR",
        "Tel (11) 2555-0100 ou 2555-0101",
        [
            ("(11) 2555-0100", "+551125550100", "work"),
            ("2555-0101", None, "work"),
        ],
    ),
    (
        "kr digits grouped by middle dots",
        "KR",
        "M 010·5555·1234",
        [("010.5555.1234", "+821055551234", "mobile")],
    ),
    (
        "in middle dot after the operator code",
        "IN",
        "M +91 98·5551 2345",
        [("+91 98.5551 2345", "+919855512345", "mobile")],
    ),
    (
        "tw digits grouped by hyphenation points",
        "TW",
        "T 02‧2555‧1234",
        [("02.2555.1234", "+886225551234", "work")],
    ),
    (
        "tw label in brackets on a card whose region was not found",
        "US",
        "(M) 0912-555-678",
        [("0912-555-678", None, "mobile")],
    ),
    (
        "tw home number on a card whose region was not found",
        "US",
        "H: 02-2555-1234",
        [("02-2555-1234", None, "other")],
    ),
    (
        "th range to",
        "TH",
        "T: (TH)+66 (0) 2555 0120 to 24",
        [
            ("+66 (0) 2555 0120", "+6625550120", "work"),
            ("+66 (0) 2555 0124", "+6625550124", "work"),
        ],
    ),
    (
        "th range dash",
        "TH",
        "Tel: +66 (0) 2555 0120-24",
        [
            ("+66 (0) 2555 0120", "+6625550120", "work"),
            ("+66 (0) 2555 0124", "+6625550124", "work"),
        ],
    ),
    (
        "us range to",
        "US",
        "Tel (415) 555-0132 to 0135",
        [
            ("(415) 555-0132", "+14155550132", "work"),
            ("(415) 555-0135", "+14155550135", "work"),
        ],
    ),
    (
        # a local number cannot be checked, so neither can its range's end: both as printed
        "br range a on a local number",
        "BR",
        "Fone: 3555-1234 a 39",
        [("3555-1234", None, "work"), ("3555-1239", None, "work")],
    ),
    (
        "ae range said in words before another label",
        "AE",
        "T 06 555 8710 to 12 TRN: 100234567800003",
        [("06 555 8710", "+97165558710", "work"), ("06 555 8712", "+97165558712", "work")],
    ),
    (
        "ae range on a card whose region was not found, labelled",
        "US",
        "Direct. 04 555 7433 to 35",
        [("04 555 7433", None, "work"), ("04 555 7435", None, "work")],
    ),
    (
        "ae range on a card whose region was not found, alone on its line",
        "US",
        "04 555 2205 to 08",
        [("04 555 2205", None, "other"), ("04 555 2208", None, "other")],
    ),
    (
        # a number that cannot be checked takes no "ending" longer than an ending is printed
        "ru id after a slash is no ending",
        "RU",
        "Tel 0081942740/616753302",
        [("0081942740", None, "work")],
    ),
    (
        "ru extension",
        "RU",
        "Тел. 8 (831) 555-51-99 доб. 837",
        [("8 (831) 555-51-99", "+78315555199", "work")],
    ),
    (
        "ru extension whose label was lost after a stop",
        "RU",
        "T. 8(831)555-51-99. 837",
        [("8(831)555-51-99", "+78315555199", "work")],
    ),
    (
        "two full numbers are two",
        "BR",
        "Fone: 5555-1234 / 5555-4321",
        [("5555-1234", None, "work"), ("5555-4321", None, "work")],
    ),
    # local numbers without area code: kept as printed, no E.164
    ("br local alone", "BR", "2555-0148", [("2555-0148", None, "other")]),
    ("br local mobile dots", "BR", "9.9555-0146", [("9.9555-0146", None, "other")]),
    (
        "br local labelled",
        "BR",
        "Tel: 3555-0199 | Cel: 9.9555-0146",
        [("3555-0199", None, "work"), ("9.9555-0146", None, "mobile")],
    ),
    ("br area glued", "BR", "Tel.:115550-0168", [("115550-0168", "+551155500168", "work")]),
    (
        "br area mobile glued",
        "BR",
        "Cel.:1195555-0170",
        [("1195555-0170", "+5511955550170", "mobile")],
    ),
    (
        "br mobile dots",
        "BR",
        "(11) 9.9555-0146",
        [("(11) 9.9555-0146", "+5511995550146", "mobile")],
    ),
    # a bar between two numbers read as a zero and a letter lends no digit to the first
    (
        "bar read as 0I",
        "BR",
        "T +55 11 3555-0190 0I +55 11 99555-0146",
        [
            ("+55 11 3555-0190", "+551135550190", "work"),
            ("+55 11 99555-0146", "+5511995550146", "work"),
        ],
    ),
    (
        "bar read as Il",
        "DE",
        "Tel 0511 5550140 Il 0171 5550123",
        [("0511 5550140", "+495115550140", "work"), ("0171 5550123", "+491715550123", "work")],
    ),
    # a bar after a number read as a 1 glued to it: no valid number with it, one without
    (
        "bar read as a last 1",
        "AE",
        "Tel:(971)455508001Fax:(971)45550900",
        [("(971)45550800", "+97145550800", "work"), ("(971)45550900", "+97145550900", "fax")],
    ),
    # a labelled local number the region's rules do not read is still kept
    ("labelled local other region", "US", "Fax: 5555-1234", [("5555-1234", None, "fax")]),
]


@pytest.mark.parametrize(
    ("region", "text", "want"),
    [c[1:] for c in CASES + STYLE_CASES],
    ids=[c[0] for c in CASES + STYLE_CASES],
)
def test_phones(region: str, text: str, want: list[tuple[str, str | None, str]]) -> None:
    got = [(f.phone.number, f.phone.e164, f.phone.kind) for f in find_phones([text], region)]
    assert got == want, text


NOT_PHONES = [
    ("jp postcode", "JP", "〒150-0002 東京都渋谷区渋谷3-12-8"),
    ("br cep", "BR", "CEP 01310-100 São Paulo - SP"),
    ("bare cep", "BR", "01310-100"),
    ("date", "US", "Since 2019-04-12"),
    ("us zip", "US", "Austin, TX 78701"),
    ("de postcode street", "DE", "Hauptstraße 12, 10115 Berlin"),
    ("short number", "US", "Suite 1200"),
    ("cnpj labelled", "BR", "CNPJ: 12.345.678/0001-90"),
    ("cnpj bare", "BR", "12.345.678/0001-90"),
    ("cnpj digits", "BR", "CNPJ 12345678000190"),
    ("cpf", "BR", "CPF 123.456.789-09"),
    ("kr business number", "KR", "사업자번호 123-45-67890"),
    ("kr business number bare", "KR", "123-45-67890"),
    ("tw business number", "TW", "統一編號 12345678"),
    ("inscricao estadual", "BR", "Inscrição Estadual: 555.123.456.789"),
    ("cep in address", "BR", "Rua Augusta, 1500 - CEP 01310-100"),
    ("cep bare digits after state", "BR", "Rua Exemplo, 54, Vila Nova - AP, 55012098"),
    ("price", "BR", "R$ 1.250.000,00"),
    ("price euro", "DE", "ab € 1.299.000,00"),
    ("iso", "US", "ISO 9001:2015 certified"),
    ("iso glued and certificate number", "JP", "ISO27001 55000123"),
    ("certificate number alone", "JP", "55000124"),
    ("tax code", "VN", "Tax code: 0105550123"),
    ("vat", "GB", "VAT No. 123 4567 89"),
    ("ust id", "DE", "USt-IdNr. DE 123456789"),
    ("gstin", "IN", "GSTIN: 29ABCDE1234F1Z5 PAN 1234567890"),
    ("opening hours", "BR", "Segunda a Sexta 08:00 às 18:00"),
    ("hours glued", "BR", "12:00 às14:30"),
    ("bible verse", "BR", "Salmos 23:1"),
    ("street number", "US", "1250 Oak Street Suite 400"),
    ("street and postcode", "DE", "Musterallee 12, 20095 Hamburg"),
    ("year range", "US", "Est. 1998 - 2023"),
    ("date dots", "DE", "Stand 15.01.2023"),
    ("lower-case letter inside a line", "BR", "medida 5 m 3555 1234"),
    ("jp postcode bare", "JP", "100-0001 東京都千代田区千代田1-1"),
    # the address's words lost, its numbers left after the postcode
    ("kr postcode in brackets", "KR", "(34120)38424"),
    ("qq", "CN", "QQ: 2555012345"),
    ("qq glued", "CN", "QQ555012345"),
]


@pytest.mark.parametrize(
    ("region", "text"), [c[1:] for c in NOT_PHONES], ids=[c[0] for c in NOT_PHONES]
)
def test_not_phones(region: str, text: str) -> None:
    assert find_phones([text], region) == [], text


# A tax or registry id printed after a phone on its line: the phone is kept, the id is not
# read as a second number (made-up numbers).
PHONE_THEN_ID = [
    ("vat with its country", "GB", "Mobile 07700 900123 VAT No. GB 555 1234 56"),
    ("tva with its country and key", "FR", "Mob. +33 6 55 01 23 45 TVA FR12 555123456"),
    ("ust-id glued to its country", "DE", "Handy +49 151 55501234 USt-IdNr. DE555123456"),
    ("st-nr glued to the number", "DE", "Mobil 0151 55501234St.-Nr. 12/345/67890"),
    ("st-nr with its office", "DE", "Mobil 0151 55501234 St.-Nr. 00/555/12345"),
    ("inn and kpp in look-alikes", "RU", "Моб. +7 921 555 01 23 MHH/KIII 7701555123/770155501"),
    ("inn read without its first letter", "RU", "M +7 (905) 555-01-23HH 7701555124"),
]


@pytest.mark.parametrize(
    ("region", "text"), [c[1:] for c in PHONE_THEN_ID], ids=[c[0] for c in PHONE_THEN_ID]
)
def test_registry_id_after_a_phone_is_no_phone(region: str, text: str) -> None:
    got = [f.phone.number for f in find_phones([text], region)]
    assert len(got) == 1 and text.find(got[0]) < 8, (text, got)


def test_digits_in_email_and_website_are_not_phones() -> None:
    text = "Ana Lima\nana.lima2019123456@solaris.com.br\nwww.solaris1234567.com.br"
    assert extract_text(text, region="BR").phones == (), text


def test_possible_number_with_label_has_no_e164() -> None:
    text = "Tel: 1234 5678 90"
    got = find_phones([text], "US")
    assert [(f.phone.number, f.phone.e164) for f in got] == [("1234 5678 90", None)], text


def test_duplicate_numbers_collapse() -> None:
    text = "+55 11 3456-7890\n(11) 3456-7890"
    assert len(find_phones(text.splitlines(), "BR")) == 1, text


def test_range_suffix_does_not_swallow_street_number() -> None:
    text = "Tel 415 555 0132 - 12 Main St"
    got = [f.phone.number for f in find_phones([text], "US")]
    assert got == ["415 555 0132"], text


def test_short_extension_mark_does_not_swallow_street() -> None:
    text = "Tel: (11) 5555-0102 R. 7 de Setembro, 100"
    got = [f.phone.number for f in find_phones([text], "BR")]
    assert got == ["(11) 5555-0102"], text


def test_extension_does_not_make_a_second_number() -> None:
    text = "Tel: (11) 5555-0101 Ramal 12\n(11) 5555-0101"
    got = find_phones(text.splitlines(), "BR")
    assert [f.phone.number for f in got] == ["(11) 5555-0101"], text


def test_fold_line_keeps_positions() -> None:
    text = "ＴＥＬ：０３ー５５５５－５６７８ コーポ"
    folded = fold_line(text)
    assert folded == "TEL:03-5555-5678 コーポ", text
    assert len(folded) == len(text), text


def test_spans_cover_the_label_the_printed_number_and_its_tail() -> None:
    text = "ＴＥＬ：０３－５５５５－５６７８ 内線 12"
    (found,) = find_phones([text], "JP")
    assert text[found.span[0] : found.span[1]] == text, text


def test_two_numbers_on_one_line_separated_by_a_space() -> None:
    """phonenumbers cuts "07946 555123 07841 234567" after the first group; read together,
    the first two groups are one valid number."""
    line = "M: 07946 555123 07841 234567"
    assert [p.phone.number for p in find_phones([line], "GB")] == [
        "07946 555123",
        "07841 234567",
    ], line


@pytest.mark.parametrize("line", ["대표 전화 +82 51 555 0142", "대표전화 +82 51 555 0142"])
def test_a_cjk_label_read_with_a_space_inside_is_still_a_label(line: str) -> None:
    contact = extract_text(f"최민호\n{line}")
    assert [p.kind for p in contact.phones] == ["work"], line
    assert contact.title is None, (line, contact.title)


@pytest.mark.parametrize(
    ("line", "region", "want"),
    [
        ("携帯 090-1234-5678090-8765-4321", "JP", ["090-1234-5678", "090-8765-4321"]),
        ("Tel 03-5555-0142090-1234-5678", "JP", ["03-5555-0142", "090-1234-5678"]),
        # Two numbers printed apart are not cut again.
        ("Tel 03-5555-0142 / 090-1234-5678", "JP", ["03-5555-0142", "090-1234-5678"]),
    ],
)
def test_two_numbers_ocr_glued_together_are_two(line: str, region: str, want: list[str]) -> None:
    phones = extract_text(f"山田 太郎\n{line}", region=region).phones
    assert [p.number for p in phones] == want, line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # phonenumbers reads "5550199" as a local number of its own and the mobile code alone
        ("Mobil 0172 5550199 0177 5550123", ["0172 5550199", "0177 5550123"]),
        ("Tel. (040) 555 0142", ["(040) 555 0142"]),
    ],
)
def test_an_area_code_and_the_number_after_it_are_one_number(line: str, want: list[str]) -> None:
    phones = extract_text(f"Rivergate GmbH\n{line}", region="DE").phones
    assert [p.number for p in phones] == want, line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("T: +49 (0)211 29042621 0211 88111159", ["+49 (0)211 29042621", "0211 88111159"]),
        ("M:+49 177 9083658 0160 7495997", ["+49 177 9083658", "0160 7495997"]),
    ],
)
def test_a_country_code_stays_with_its_number_when_another_follows(
    line: str, want: list[str]
) -> None:
    """phonenumbers cut the first number after its area code and left the "+49" out."""
    assert [p.phone.number for p in find_phones([line], "DE")] == want, line


@pytest.mark.parametrize(
    ("line", "region", "want"),
    [
        ("71 3555-0142 21 95555-0123", "BR", ["71 3555-0142", "21 95555-0123"]),
        ("(71) 3555-0142 21 95555-0123", "BR", ["(71) 3555-0142", "21 95555-0123"]),
        # the country code too, not the area code alone
        ("T: +971 4 555 0142 04 555 0199", "AE", ["+971 4 555 0142", "04 555 0199"]),
        ("휴대폰 | +82 10 5555 0142 010-5555-0199", "KR", ["+82 10 5555 0142", "010-5555-0199"]),
        # ... or a misread extension ("доб. 232" read "06.232"), the code glued to a bracket
        ("+7(495) 5550142 06.232", "RU", ["+7(495) 5550142"]),
    ],
)
def test_an_area_code_phonenumbers_left_out_before_another_number(
    line: str, region: str, want: list[str]
) -> None:
    """phonenumbers read "3555-0142" and "555 0142" alone when another number followed."""
    assert [p.phone.number for p in find_phones([line], region)] == want, line


@pytest.mark.parametrize(
    ("line", "region", "want"),
    [
        ("0 040-5555 0142, 5555 0199", "IN", ["040-5555 0142", "5555 0199"]),
        # A number that opens with a lone zero of its own is left as printed.
        ("0 800 55 01 42", "FR", ["0 800 55 01 42"]),
    ],
)
def test_a_phone_icon_read_as_a_zero_is_no_digit(line: str, region: str, want: list[str]) -> None:
    assert [p.phone.number for p in find_phones([line], region)] == want, line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Mobi1 0177 5550199 | 0171 5550123",
            [("0177 5550199", "mobile"), ("0171 5550123", "mobile")],
        ),
    ],
)
def test_a_labels_l_read_as_a_one_is_no_digit(line: str, want: list[tuple[str, str]]) -> None:
    got = [(p.phone.number, p.phone.kind) for p in find_phones([line], "DE")]
    assert got == want, line


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # the area code set off by a slash, another number after it
        ("Tel. | 030 / 5550142 / 5550199", ["030 / 5550142", "5550199"]),
        # the same with an area code the local number alone is not valid without (Munich)
        ("Telefon 089 / 3195550 / 3195551", ["089 / 3195550", "3195551"]),
        # the next number's area code after a slash is no ending of the first
        ("Handy 0171/5550142 /0175 /5550199", ["0171/5550142", "0175 /5550199"]),
        # an ending that opens with a zero, no number after it, is still an ending
        ("Tel 0171 5550100/0101", ["0171 5550100", "0171 5550101"]),
    ],
)
def test_german_numbers_with_slashes(line: str, want: list[str]) -> None:
    assert [p.phone.number for p in find_phones([line], "DE")] == want, line


def test_a_japanese_mobile_label_read_in_simplified_chinese_still_labels_it() -> None:
    """携帯 read as 携带, on a card whose only sign of Japan is the postcode mark."""
    text = "阿部舞\n携带|080-1234-5678\n〒812-0011\n福岡県福岡市博多区博多駅前1丁目2番3号"
    assert [p.e164 for p in extract_text(text).phones] == ["+818012345678"], text


def test_russian_and_ukrainian_labels_give_the_kind() -> None:
    text = "Валентина\nМоб.: +7 912 345-67-89\nФакс (495) 123-45-67"
    assert [p.kind for p in extract_text(text).phones] == ["mobile", "fax"], text


@pytest.mark.parametrize(
    ("region", "line", "phone"),
    [
        ("GB", "Phone +44 20 7946 0123 Company No. 05550123", "+44 20 7946 0123"),
        ("GB", "Phone +44 20 7946 0123 Company Reg. No. 05550123", "+44 20 7946 0123"),
        ("GB", "Tel 020 7946 0123 Registered in England & Wales No. 05550123", "020 7946 0123"),
        ("RU", "Тел. +7 (916) 555-01-23 ИНН 7705550123", "+7 (916) 555-01-23"),
        ("RU", "M. +7 (916) 555-01-23 HH 7705550123", "+7 (916) 555-01-23"),
        ("CN", "传真:+86-10-5550 1234 QQ555012345", "+86-10-5550 1234"),
        ("CN", "Mob +86 139 5550 1234 统一社会信用代码91555012MA5AB1CD2E", "+86 139 5550 1234"),
        ("TW", "MOBILE: 0912 555 012統編55501234", "0912 555 012"),
        ("JP", "M:+81 90-5550-1234登録番号T5555012345678", "+81 90-5550-1234"),
    ],
)
def test_an_id_after_a_phone_on_its_line_is_no_phone(region: str, line: str, phone: str) -> None:
    """A registry, tax or chat id printed after the phone on one line, its label glued to
    what is before it or read in Latin look-alikes, is no second number."""
    assert [f.phone.number for f in find_phones([line], region)] == [phone], line


def test_a_plus_read_as_plus_minus_before_a_number_is_a_plus() -> None:
    line = "手機|±886 948 555 012"
    assert [f.phone.number for f in find_phones([line], "TW")] == ["+886 948 555 012"], line


def test_a_tolerance_is_no_phone() -> None:
    line = "Tolerance ±5 mm"
    assert find_phones([line], "DE") == [], line


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        (
            "Northwind Trading Ltd\nJordan Blake\nSales Manager  T +44 20 7946 0958\n"
            "E jordan.blake@northwind.co.uk",
            "title",
            "Sales Manager",
        ),
        (
            "Northwind Trading Ltd  T +44 20 7946 0958\nJordan Blake\nSales Manager\n"
            "E jordan.blake@northwind.co.uk",
            "company",
            "Northwind Trading Ltd",
        ),
        (
            "Northwind Trading Ltd\nJordan Blake  M +44 7700 900123\nSales Manager\n"
            "E jordan.blake@northwind.co.uk",
            "name",
            "Jordan Blake",
        ),
    ],
)
def test_a_one_letter_label_leaves_the_line_with_its_number(
    text: str, field: str, want: str
) -> None:
    """Two columns read as one line: the bare label before the number is no word of the
    title, the firm or the name beside it."""
    assert getattr(extract_text(text), field) == want, text


def test_an_unlabelled_number_takes_nothing_before_it_from_its_line() -> None:
    line = "São Paulo, SP-(11) 5555-0134"
    (found,) = find_phones([line], "BR")
    assert line[found.span[0] :].startswith("(11)"), line


@pytest.mark.parametrize(
    ("region", "line", "want"),
    [
        ("DE", "Tel. +49 30 5555123-0, Fax -99", ["+49 30 5555123-0", "+49 30 5555123-99"]),
        ("DE", "Telefon 0711 55501-0 Telefax -299", ["0711 55501-0", "0711 55501-299"]),
        ("AT", "T +43 1 5555 12-0 F -20", ["+43 1 5555 12-0", "+43 1 5555 12-20"]),
        # no direct-dial digits on the first number: nothing to build the second from
        ("DE", "Tel. 030 5555123 Fax -99", ["030 5555123"]),
    ],
)
def test_a_second_label_with_direct_dial_digits_only_is_the_same_line(
    region: str, line: str, want: list[str]
) -> None:
    """German, Austrian and Swiss cards print a switchboard's fax as its direct-dial digits."""
    got = find_phones([line], region)
    assert [f.phone.number for f in got] == want, line
    assert [f.phone.kind for f in got][1:] == ["fax"] * (len(want) - 1), line


@pytest.mark.parametrize(
    ("line", "region", "want"),
    [
        ("655550142|686550199", "ES", ["655550142", "686550199"]),
        ("655550142 / 686550199", "ES", ["655550142", "686550199"]),
        ("+55 31 2555-0142,2555-0199", "BR", ["+55 31 2555-0142", "2555-0199"]),
        ("Ref 655550142|686550199", "ES", []),  # a word beside them: ids, not numbers
        ("12345 487 5550 14 245 (88)", "KR", []),  # only spaces between: pieces read apart
        ("051.555.0142904-39-05555", "KR", []),  # an id glued on: nothing set apart
    ],
)
def test_a_line_of_numbers_set_apart_lists_phones(line: str, region: str, want: list[str]) -> None:
    """Bare runs of nine digits, or a local number of eight, count only standing alone; on
    a line of numbers alone, one set apart by a bar, a slash or a comma stands so."""
    assert [p.phone.number for p in find_phones([line], region)] == want, line
