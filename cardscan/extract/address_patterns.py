"""The regular expressions of addresses written in Latin or Cyrillic letters: postcodes and
the places around them, streets and house numbers, the labels that name an office, and what
is printed on an address line without being part of it (registration numbers, messenger
handles). Chinese, Japanese and Korean shapes are in cjk_patterns.py, the rest in patterns.py."""

from __future__ import annotations

import re

from cardscan.script import CJK_CHAR_CLASS

from .lexicon import load_pairs

JP_POSTCODE = re.compile(r"〒\s*\d{3}\s*[-ー－‐]\s*\d{4}")
BR_CEP = re.compile(r"\b(?:CEP[:.]?\s*)?\d{5}\s*-\s*\d{3}\b", re.IGNORECASE)
# The CEP written without its hyphen: after "CEP", or after a Brazilian state's code
# ("Novais - RS, 56003982", "Recife/PE 50030230"; a code OCR read in lower case: "- Rj,").
BR_STATES = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
BR_CEP_BARE = re.compile(
    r"\b(?i:CEP)[:.]?\s*\d{8}\b|[-–/]\s*(?i:" + BR_STATES + r")[,.]?\s+\d{8}\b"
)
# US "TX 75001", Australian "QLD 4000": a state code then the postcode.
US_ZIP = re.compile(r"\b[A-Z]{2,3}\.?,?\s+(?:\d{5}(?:-\d{4})?|\d{4})\b")
JP_POSTCODE_BARE = re.compile(r"(?<![\d-])\d{3}-\d{4}(?![\d-])")
# A line ending in a Brazilian/US state code: "São Paulo, SP", "Vila Nova - SP".
STATE_SUFFIX = re.compile(r"[-,/]\s*[A-Z]{2}\.?$")
# Continental style: street name first, house number last ("Lindenallee 17").
STREET_THEN_NUMBER = re.compile(r"^[^\W\d_][\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+\d{1,5}[a-zA-Z]?,?$")
# A postal box and its number ("BP 1668", "CP 204", "P.O. Box 123", "Postfach 1120",
# "Caixa Postal 52", "Apartado 7", "Casilla 15"): not a postcode, though "BP 1668" has the
# shape of a state and its code ("NSW 2000").
POSTAL_BOX = re.compile(
    r"\b(?:(?-i:B\.?P|C\.?P)\.?|P\.?\s?O\.?\s*Box|Postfach|Caixa\s+Postal|Apartado|Casilla)"
    r"\s*(?:N[º°o]\.?\s*)?\d+\b",
    re.IGNORECASE,
)
# "P. O. Box" with or without its number: initials of no person.
PO_BOX_WORDS = re.compile(r"\bP\.?\s?O\.?\s*Box\b", re.IGNORECASE)
# "P.O. Box" with the O read as a zero ("P.0. Box 92520").
PO_BOX_ZERO = re.compile(r"\bP\.?\s?0\.?(?=\s*(?i:box)\b)")
UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# The same as OCR reads it with letters in lower case ("Kayberg Po49 5pu"), only ending its
# line and opening with a capital; "B3 4th", "A1 2nd" are floors, not postcodes.
UK_POSTCODE_MISREAD = re.compile(
    r"\b[A-Z][A-Za-z]?\d[A-Za-z\d]?\s+(?!\d(?i:st|nd|rd|th)\b)\d[A-Za-z]{2}\s*$"
)
# The same with the inward code's digit, a zero, read as the letter O ("WN7R OUB"), only
# ending its line: an inward code is a digit and two letters.
UK_POSTCODE_ZERO_AS_O = re.compile(
    r"\b(?P<outward>[A-Z]{1,2}\d[A-Z\d]?\s+)O(?P<letters>[A-Z]{2}\s*)$"
)
# An Indian mobile number as Indian cards print it without "+91": ten digits from 6-9 in two
# groups of five ("98290 12345"); North American numbers group 3-3-4.
IN_MOBILE_FIVES = re.compile(r"(?<![\d+\-])[6-9]\d{4}[ -]\d{5}(?![\d-])")
# "10115 Berlin", "75008 Paris", "08002 Barcelona", "1000 Bruxelles": postcode then a place name;
# "111 22 Stockholm", "110 00 Praha", "105 57 Athens": the spaced Swedish, Czech, Greek form.
# "00-590 Warszawa": the Polish form; a city may be written in Cyrillic ("01001 Київ").
EU_POSTCODE_CITY = re.compile(
    r"\b(?:[A-Z]{1,2}-)?(?:\d{3}\s\d{2}|\d{2}-\d{3}|\d{4,5})\s+[A-ZÀ-ÝА-ЯЄІЇҐ][\w.'-]+"
)
# "Київ, 01001", "Москва, 125009": a Cyrillic city then its postcode.
CYRILLIC_CITY_POSTCODE = re.compile(r"\b[А-ЯЄІЇҐ][а-яєіїґ'’-]+,?\s+\d{5,6}\b")
# Russian and Ukrainian order: the postcode (six digits in Russia, five in Ukraine) first,
# then the city ("603887, г. Нижний Новгород", "01001, м. Київ"), the г or м perhaps lost
# before its full stop.
CYRILLIC_POSTCODE_CITY = re.compile(r"(?<![\d-])\d{5,6},\s*(?:[гм]?\.\s*)?[А-ЯЁЄІЇҐ][а-яёєіїґ]")
# A Russian or Ukrainian city after its mark, г. (город) or м. (місто), which only addresses
# print before a place's name ("г. Екатеринбург", "м. Київ"), its postcode lost or not printed.
CYRILLIC_CITY_MARK = re.compile(r"(?<![\w.])[гм]\.\s?[А-ЯЁЄІЇҐ][а-яёєіїґ'’-]{2,}")
# India's six-digit PIN (also Singapore's, China's and Russia's postcode) closing the city
# line: after a dash or comma ("Pune - 411 001") or a "PIN" label ("Pin: 410 206"),
# and perhaps followed by the state or country ("Ahmedabad-380001. Gujarat").
IN_PIN = re.compile(
    r"(?:[-–,]\s*|(?i:\bpin(?:\s*code)?)\s*[:.\-–]?\s*)[1-9]\d{2}\s?\d{3}(?![\d-])"
    r"\.?(?:\s*[,.]?\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?\s*\.?$"
)
CA_POSTCODE = re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
# Ireland's Eircode: a routing key (a letter and two digits, or D6W) and four letters or
# digits of the letters Eircodes use ("D02 X285", "T12 X2Y3"); the four hold a letter here,
# so that a letter and a run of digits ("F01 2345", a fax) is no postcode.
IE_EIRCODE = re.compile(
    r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}\b"
)
NUMBERED_STREET = re.compile(r"^\s*\d{1,5}[A-Za-z]?\s+[A-Za-zÀ-ÿ]")
# Quality certificates printed near the address ("ISO 9001", "IS 641194"): not an address.
CERTIFICATION = re.compile(r"\bISO\s*/?\s*\d{4,5}\b|\bIS\s*\d{5,}\b|\bISO/IEC\b")
# A label naming which address follows: "Head Office", "HCMC Business Office:",
# "Registration Address:", "Filial:", "Sede:", "Alamat:". A line that is only such a label
# starts a new address; at the start of an address line it is dropped.
# "Office: …" and "Head Office …" are labels; "Office 1203" or "Warehouse No. 12" opening a
# line is the unit itself, and a landmark ("Behind Post Office", "Near Head Office") is part
# of the address.
ADDRESS_LABEL = re.compile(
    r"^(?!\s*(?:office|oficina|bureau|warehouse|showroom|factory|plant)\s*(?:no\.?\s*)?\d)"
    r"(?!\s*(?:behind|near|nr\.|opp\.?|opposite|beside|next\s+to|in\s+front\s+of)\s)"
    r"(?!.*\bpost\s+office\b)"
    r"\s*(?:[\w.]+\s+){0,2}(?:head\s+office|office|branch|headquarters|hq|"
    r"registered\s+office|registration\s+address|address|factory|plant|warehouse|"
    r"showroom|sede|matriz|filial|escrit[óo]rio|endere[çc]o|sucursal|oficina|"
    r"niederlassung|zentrale|werk|si[èe]ge|bureau|adresse|adres|indirizzo|direcci[óo]n|"
    # "address" in Indonesian and Malay, Swedish, Czech and Romanian, Russian and Ukrainian
    r"alamat|adress|adresa|адрес|адреса|"
    r"地址|住所|所在地|주소|본사)\b\s*[:：]?\s*"
    # "Add:", "Addr.", "Adr.", "Off.:" (office), "Regd. Off.:": abbreviated, so only with
    # their colon or period.
    r"|^\s*(?:add|addr|adr|off|regd\.?\s*off)\s*[.:：]{1,2}\s*"
    # Indian English "Works:" (the factory) and "Godown:" (the warehouse): words of slogans
    # too ("Design that works"), so only with their colon.
    r"|^\s*(?:[\w.]+\s+)?(?:works|godown)\s*[:：]\s*"
    # A CJK address word closing a label of a few characters, without spaces: "公司地址：",
    # "工厂地址", "通訊地址", "住址："; the place words are labels only with their colon:
    # "本社：" (head office), "支店：" (branch), "營業所：", "總公司：", "공장:" (factory).
    r"|^\s*" + CJK_CHAR_CLASS + r"{0,4}(?:地址|住址|地點|地点|厂址|廠址)\s*[:：]?\s*"
    r"|^\s*(?:本社|支社|本店|支店|本部|總部|总部|總公司|总公司|分公司|營業所|営業所|"
    r"工場|工厂|工廠|辦公室|办公室|事業所|사무실|본점|지점|공장|연구소)\s*[:：]\s*",
    re.IGNORECASE,
)
# The word "address" itself inside an address label (not "Office", "Branch": those also
# open titles and headings), in the languages ADDRESS_LABEL knows.
ADDRESS_WORD = re.compile(
    r"\b(?:address|addr|add|adr|adress|adres|adresse|adresa|endere[çc]o|alamat|"
    r"direcci[óo]n|indirizzo|адрес|адреса)\b|地址|住址|住所|주소",
    re.IGNORECASE,
)
# A landmark where other addresses give a house number, as Indian, Gulf and African ones do:
# "Near Bus Stand", "Opp. Town Hall", "Behind City Mall", "Next to the Post Office".
LANDMARK_START = re.compile(
    r"^\s*(?:near|nr\.|opp\.?|opposite|behind|beside|next\s+to)\s+(?=\w)", re.IGNORECASE
)
# OCR drops the space after a comma or an abbreviation's period ("Av.Brasil,1500-Jd."); a
# full stop right after a comma is what is left of an abbreviation OCR lost ("443988,.Самара"
# for "443988, г. Самара") and goes with it.
GLUED_COMMA = re.compile(r",(?:\s*\.\s*)?(?=[^\s\d.])|(?<=\D),(?=\d)")
# Not between the letters of an initialism ("P.O.", "U.A.E."): the next word must go on in
# lower case.
GLUED_ABBREVIATION = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]{0,3})\.(?=[A-ZÀ-Ý][a-zà-ÿ])")
GLUED_NUMBER_DASH = re.compile(r"(?<=\d)-(?=[A-Za-zÀ-ÿ])(?!(?:gil|ro|ga|dong)\b)")
# A Korean or Japanese place unit joined to its name with a hyphen, as addresses in Latin
# letters write them: road "-ro", lane "-gil", district "-gu", neighbourhood "-dong", city
# "-si", province "-do"; ward "-ku", city "-shi" ("Teheran-ro", "Yeoksam-ro 17-gil",
# "Gangnam-gu", "Gyeonggi-do", "Chiyoda-ku"). Also the endings of Korean given names
# ("Jae-dong"), so it marks an address line only with a digit or a comma beside it.
ROMANISED_UNIT = re.compile(
    r"(?<=[A-Za-z0-9])-(?:ro|gil|gu|dong|si|do|ku|shi)\b", re.IGNORECASE
)
# A house number OCR glued to the capitalised street name after it ("202Stephanie Fords");
# not ordinals or unit letters ("2nd", "12A").
GLUED_HOUSE_NUMBER = re.compile(r"(?<![\w-])(\d{1,5})(?=[A-ZÀ-Ý][a-zà-ÿ]{2,})")
# A premises or box word OCR glued to its number ("Shop40", "PO Box92362", "Suite200").
GLUED_UNIT_NUMBER = re.compile(
    r"\b((?i:shop|suite|unit|flat|office|plot|box|apt|room|villa|block))(?=\d)"
)


# A company's registration or tax number, printed on or under the address line: India's
# GSTIN/CIN/PAN, VAT, the UAE's TRN, France's SIRET/SIREN, US EIN, Australia's ABN,
# Brazil's CNPJ, Spain's CIF, Russia's ИНН/ОГРН, Taiwan's 統一編號 or 統編 (in either form
# of Han: RapidOCR's model mixes them, "统一编號"), China's 统一社会信用代码 and 税号,
# Korea's 사업자등록번호, Japan's 法人番号 and invoice 登録番号 (T and 13 digits),
# licence numbers. From its label to the end of the number it is no part of the address.
# Short capital labels count only in capitals ("Pan Avenue" is a street).
# Cyrillic letters and the Latin and Greek letters OCR reads them as
# (data/cyrillic_lookalikes.txt read the other way), and a zero for О: "ОГРН" comes back
# as "OΓPH", "КПП" as "KΠΠ". И has no look-alike a word could be read back from, but in a
# label a model without Cyrillic reads it as N, M, V or È, or loses it: "ИНН" comes back as
# "MHH", "VHH" or "HH" (RapidOCR on rendered Russian cards), and "МНН" once a line of
# look-alikes is read back in Cyrillic.
_READ_ONLY_IN_LABELS = {"И": "NMVÈМ"}
_OFTEN_LOST = "И"


def _cyrillic_read_as() -> dict[str, str]:
    table: dict[str, str] = {"О": "0", **_READ_ONLY_IN_LABELS}
    for read, cyrillic in load_pairs("cyrillic_lookalikes"):
        table[cyrillic] = table.get(cyrillic, "") + read
    return table


_CYRILLIC_READ_AS = _cyrillic_read_as()
_CYRILLIC_ID_LABELS = ("ИНН", "КПП", "ОГРНИП", "ОГРН", "УНП")


def _read_as_lookalikes(word: str, table: dict[str, str]) -> str:
    """A pattern for a Cyrillic word that also matches it read with lookalike letters."""
    return "".join(
        f"[{ch}{table.get(ch, '')}]" + ("?" if ch in _OFTEN_LOST else "") for ch in word
    )


# Taiwan's business number label (統一編號, 統編) in either form of Han, and China's 税号.
CJK_TAX_ID_LABELS = r"[統统]一[編编][號号]|[統统][編编]|税号"
# China's unified social credit code, in either form of Han.
CN_CREDIT_CODE_LABEL = r"[统統]一社[会會]信用代[码碼]"
# The UK's company number: "Company No. 01234567", "Registered in England No. 0123456".
UK_COMPANY_NUMBER_LABELS = (
    r"Company\s*(?:Reg(?:istration)?\.?\s*)?(?:No|Number)"
    r"|Registered\s+in\s+(?:England|Scotland|Wales|Ireland)(?:\s*(?:and|&)\s*Wales)?"
)
# Russian and Belarusian tax and registry ids, also read with Latin or Greek look-alikes.
CYRILLIC_ID_LABELS = "|".join(
    _read_as_lookalikes(word, _CYRILLIC_READ_AS) for word in _CYRILLIC_ID_LABELS
)
_ID_LABEL = (
    r"(?:(?-i:GSTIN|GST|CIN|PAN|TIN|EIN|ABN|ACN|VAT|TVA|NIF|NIPC|RFC|RUC|UID|RCS|HRB|HRA|BTW|KvK"
    r"|CUIT|NMLS|DRE|RERA|IVA|CIF)|SIRET|SIREN|CNPJ|CPF|USt-?[IlL1]d(?:Nr)?|Steuer-?Nr|St\.-?Nr"
    # Brazil's professional councils (doctors, dentists, lawyers, engineers, psychologists,
    # pharmacists, accountants, architects, nurses, vets, estate agents), with the state
    # that registered the person: "CRO-SP 12345", "OAB/RJ 123.456", "CRM 54321/MG".
    r"|(?-i:CRM|CRO|OAB|CREA|CRP|CRF|CRN|CRC|CAU|COREN|CRMV|CRECI|CREFITO|CREF)"
    r"(?:\s*[-/]\s*(?-i:[A-Z]{2})(?![\w]))?"
    r"|Tax\s*ID"
    r"|Reg(?:istration)?\.?\s*No|(?:Trade\s+)?Licen[cs]e\s*No|Lic\.|(?-i:TRN)"
    + "|" + UK_COMPANY_NUMBER_LABELS
    + "|" + CYRILLIC_ID_LABELS
    + "|" + CJK_TAX_ID_LABELS + "|" + CN_CREDIT_CODE_LABEL
    + r"|사업자\s*등록\s*번호|사업자번호|法人番号"
    + r"|(?:適格請求書発行事業者|インボイス)?登録番号)"
)
REGISTRY_ID = re.compile(
    # The label may be glued to a number before it ("…5433815St.-Nr. 30/…"), not to a word;
    # two ids may share one printing ("ИНН/КПП 7705550123/770501001").
    r"[,;|·•]?\s*(?<![^\W\d])" + _ID_LABEL + r"(?:\s*/\s*[^\W\d_]{2,5}\.?)?"
    r"\.?\s*(?:No\.?|Nr\.?|N[º°]\.?|#)?\s*[:：#.,\-]?\s*"
    # a VAT number opens with its country's code: "VAT No. GB 123 4567 89"
    r"(?:(?-i:[A-Z]{2})\s(?=\d))?"
    r"(?=[\w./-]*\d)[\w./-]+(?:\s[\d./-]*\d[\d./-]*)*"
    # A Korean business number, its label misread or left out ("(4522)185-55-48397").
    r"|(?:\(\d+\)\s*)?(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])"
    r"|(?<![\w-])T\d{13}(?!\d)",  # Japan's invoice number, its label left out
    re.IGNORECASE,
)
# A messenger handle printed after or under the address ("QQ 12345678", "微信: lin_mh",
# "WeChat ID: …", "Skype: …"): a contact, no part of the address.
_MESSENGER = r"(?:QQ|微信|카카오톡|(?i:wechat|skype|kakaotalk|telegram))"
MESSENGER_ID = re.compile(
    r"[,;|·•]?\s*(?<!\w)(?:"
    # the messenger's name, then a handle holding a digit ("QQ 12345678")
    + _MESSENGER
    + r"\s*(?:ID|号)?\s*[:：]?\s*[\w.@\-]*\d[\w.@\-]*"
    # or any handle after a colon or "ID" ("Skype: mh.lin", "LINE ID: mhlin")
    + r"|(?:"
    + _MESSENGER
    + r"|(?i:line))\s*(?:(?:ID|号)\s*[:：]?|[:：])\s*[\w.@\-]+"
    + r")"
)
ADDRESS_JOINER_STRIP = re.compile(r"^[\s,;|·•-]+|[\s,;|·•-]+$")
