"""The regular expressions of phone numbers: labels, starts, alternatives, ranges and
extensions, and the spans that are no phone (the others are in patterns.py)."""

from __future__ import annotations

import re

from .address_patterns import (
    CJK_TAX_ID_LABELS,
    CN_CREDIT_CODE_LABEL,
    CYRILLIC_ID_LABELS,
    UK_COMPANY_NUMBER_LABELS,
)

# Label followed by the start of a number: "TEL:", "T ", "Mob.", "F:", "Tel No.:", "M: (TH)",
# "Mobile: VN (+84)", "(M) 0912 …"...; the label alternation itself is built from
# data/phone_labels.txt in phones.py. A country tag between label and number is skipped.
PHONE_LABEL_TAIL = (
    r"[)）]?\.?(?:\s*(?i:no|nr|n[º°])\b\.?)?\s*(?:[.:：]\s*){0,2}(?:[/|-]\s*)?"
    r"(?:\(?[A-Z]{2}\)?\s*(?=[+＋(（]))?(?=[+＋(（\d０-９])"
)
PHONE_START = re.compile(r"[+＋(（\d０-９]")
# A bar printed between two numbers read as letters, or as a letter and a zero ("… 1199 0I
# +55 …", "… 0140 l 0171 …"): one or two of 0 O I l | ! with a bar-like letter among them,
# alone between digits and the start of the next number.
BAR_READ_AS_LETTERS = re.compile(r"(?<=\d)\s+(?=[0OIl|!]?[Il|!])[0OIl|!]{1,2}(?=\s+[+＋(（\d])")
# A phone icon opening the line, read as a zero or an O set apart from the number after it
# ("0 040-6918 …", "O +49 …"): no number is printed with a lone zero before its own zero or
# "+", so the mark is no digit of it.
ICON_READ_AS_ZERO = re.compile(r"^\s*[0Oo](?=\s+[+＋0])")
# A word ending in a one, which may be a label's last "l" OCR read as the digit ("Mobi1",
# "Te1"): phones.fold_line reads it back when the word is then a label.
L_READ_AS_ONE = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})1(?![\w])")
DIGIT = re.compile(r"\d")
PLUS_NUMBER = re.compile(r"[+＋]\s*(?P<code>\d{1,3})[\s.\-()]")
# A "+CC" number read without a space in it ("+493012345678"): its code is its first digits.
PLUS_GLUED_NUMBER = re.compile(r"[+＋](?P<code>\d{1,3})\d{6,}")
# Dates such as 2023-01-15, 15.01.2023, 01/15/23 (phonenumbers sometimes keeps them).
DATE_LIKE = re.compile(r"^\s*(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*$")
# Dashes OCR and typesetters put between digit groups, folded to "-" (one character each).
PHONE_DASHES = "‐‑‒–—―−ー－"
# Middle dots that group a number's digits when set between them ("010·5555·1234",
# "+91 98·5551 2345"; "‧" in Taiwan, "・" in Japan); spaced apart they separate fields.
DIGIT_GROUP_DOT = re.compile(r"(?<=\d)[·・‧∙](?=\d)")
# A plus sign read as "±" before a number ("±886 948 346 400").
PLUS_MISREAD = re.compile(r"±(?=\s?\d)")
# Digit strings that are something else; a candidate overlapping one is no phone:
# CNPJ 12.345.678/0001-90, CPF 123.456.789-09, a Korean business number 123-45-67890,
# 〒150-0002, ISO 9001:2015,
# clock times 11:30, prices R$ 1.250,00 / € 12,50 / $1,299.00.
NOT_PHONE_SPANS = re.compile(
    r"\b\d{2}\.?\d{3}\.?\d{3}\s*/\s*\d{4}\s*-?\s*\d{2}\b"
    r"|\b\d{3}\.\d{3}\.\d{3}\s*-\s*\d{2}\b"
    r"|(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])"
    r"|〒\s*\d{3}\s*-\s*\d{4}"
    r"|\bISO\s*/?\s*(?:IEC\s*)?\d+(?:\s*[:-]\s*\d{4})?"
    r"|(?<![\d:])\d{1,2}:\d{2}(?![\d:])"
    # Japan's invoice registration number, also glued to its label (登録番号T…)
    r"|(?<![A-Za-z0-9-])T\d{13}(?!\d)"
    r"|(?:R\$|US\$|\$|€|£|¥|(?<!\w)(?:EUR|USD|BRL|JPY)\s)\s*\d[\d.,\s]*\d",
    re.IGNORECASE,
)
# A Brazilian CEP (01310-100), no phone; but in German, Austrian and Swiss numbers the same
# shape is a subscriber number and its direct-dial digits ("0711 55501-234").
CEP_SPAN = re.compile(r"(?<![\d-])\d{5}-\d{3}(?![\d-])")
DIRECT_DIAL_REGIONS = frozenset({"DE", "AT", "CH"})
# A number's direct-dial digits after a dash ("030 123456-0"), and a second label's number
# printed as other direct-dial digits alone ("Tel. 030 123456-0, Fax -99"), as German,
# Austrian and Swiss cards write a switchboard's lines.
DIRECT_DIAL_END = re.compile(r"[-–]\s?\d{1,4}$")
DIRECT_DIAL_ONLY = re.compile(r"^\D*?[-–]\s?(\d{1,4})\s*[,;|/]?\s*$")
# A non-phone label right before a number: tax, company and document ids, reference numbers.
NOT_PHONE_LABEL = re.compile(
    r"(?:(?<!\w)(?:CNPJ(?:/MF)?|CPF|C\.N\.P\.J|C\.P\.F|I\.?E|RG|Insc(?:r)?(?:i[cç][aã]o)?"
    r"(?:\s+Estadual)?|Tax\s*(?:code|id|no|number)|VAT(?:\s*(?:no|reg|id))?|USt-?Id(?:Nr)?"
    r"|Steuer-?Nr|St\.?-?Nr|HRB|HRA|MST|GST(?:IN)?|PAN|CIN|TIN|ABN|ACN|EIN|SIRET|SIREN"
    r"|Reg(?:istration)?(?:\.?\s*no)?|Licen[cs]e(?:\s*no)?|Account|Acct|IBAN|BIC|SWIFT|ID"
    # The registry ids the address leaves out too (address_patterns._ID_LABEL): British company
    # numbers, Russian tax and registry ids, also read with look-alikes
    + "|" + UK_COMPANY_NUMBER_LABELS
    + "|" + CYRILLIC_ID_LABELS
    # More Russian and Ukrainian ids and bank details, and ИНН as OCR reads it in Latin
    # look-alikes ("NHH", "HH": the look-alike table has none for И)
    + r"|ОКПО|ЄДРПОУ|ЕДРПОУ|БИК|[рp]/сч?|к/с|N?HH"
    # A QQ account number (Chinese cards), a chat id and no phone
    r"|QQ)"
    # CJK labels, often glued to what is before them
    r"|(?:사업자\s*(?:등록\s*)?번호|법인\s*등록\s*번호|" + CJK_TAX_ID_LABELS + r"|登録番号"
    + "|" + CN_CREDIT_CODE_LABEL + ")"
    r")\.?\s*(?:no|nr|n[º°]|number)?\s*[.:#：]?\s*$",
    re.IGNORECASE,
)
# Digits grouped like a phone number: separators between groups, not one bare run.
PHONE_GROUPED = re.compile(r"\d[\s.\-/)]+\(?\d")
# What may follow a number and belongs to it: an extension ("Ramal 315", "ext. 12",
# "Durchwahl -15", "内線 123"), alternative endings of the same exchange ("4417/4418/4420")
# or a range of last digits ("7310 to 14"); see phones.py for the length checks.
# Ends a tail: the end of its piece of the line or a separator ("," "|" "(" ...), but not
# a bracket opening digits: "…-53, 8 (843) 991-21-42" starts a number at "8".
_TAIL_END = r"(?=\s*(?:$|[,;|•·]|\((?!\s*\d)))"
# Words for an extension: Portuguese, English, German, Spanish, French, Italian, Turkish,
# Russian (добавочный, внутренний), Ukrainian (додатковий), Polish (wewnętrzny), Dutch
# (toestel), Japanese, Chinese, Korean.
_EXTENSION_WORD = (
    r"(?i:ramal|ext(?:ension)?\.?|extn\.?|durchwahl|anexo|poste|interno|dahili"
    r"|доб\.?|вн\.?|дод\.?|wew\.?|tst\.?)|内線|內線|分機|分机|내선"
)
# Short extension marks ("r. 15", "x 12") must end the number: "R. 7 de Setembro" is a street.
# A long mark may stand in brackets ("(ext. 12)", "(내선 869)").
PHONE_EXTENSION_TAIL = re.compile(
    r"\s*[,;]?\s*(?:"
    r"[(（]?\s*(?:" + _EXTENSION_WORD + r")"
    r"\s*[.:：]?\s*-?\s*\d{1,5}(?!\d)(?:\s*[)）])?"
    r"|(?i:r\.|x|dw\.?|int\.?)\s*[.:：]?\s*-?\s*\d{1,5}(?!\d)" + _TAIL_END + ")"
)
# Alternatives and ranges must end the number too. An alternative is a slash or a word for
# "or" ("/ 4418", "/ 4000-5678", "ou 2555-0101") then digits, maybe grouped by "-", "." or
# one space ("/49 50", ", 349 6081").
_ALTERNATIVE_SEPARATOR = r"(?:\s*/\s*|,\s*|\s+(?i:or|ou|oder|o|e)\s+)"
_ALTERNATIVE = _ALTERNATIVE_SEPARATOR + r"\d+(?:[.\- ]\d+)*"
PHONE_ALTERNATIVE_SEPARATOR = re.compile("^" + _ALTERNATIVE_SEPARATOR)
# A list set off by slashes may also end where a word starts ("/2238/2401 St.-Nr. …"): its
# slashes already tell it from what follows, while ", 12 Main Street" is an address's start.
_SLASHED = r"\s*/\s*\d+(?:[.\- ]\d+)*"
PHONE_ALTERNATIVE_TAIL = re.compile(
    r"(?P<alts>(?:" + _ALTERNATIVE + r")+" + _TAIL_END
    + r"|(?:" + _SLASHED + r")+(?=\s+[^\W\d_]))"
)
PHONE_ALTERNATIVE = re.compile(_ALTERNATIVE)
# A range said in words ("8710 to 12") may also end where the line's next label starts
# ("… to 12 TRN: …", "… bis 15 Fax …"); one set off by a dash may not ("- 12 Main St").
_WORD_AFTER = r"(?=\s+[^\W\d_]{2,})"
_RANGE_SAID = r"\s*(?:(?i:to|bis|até|a|al)\b|[~〜～])\s*(?P<said>\d{1,4})"
_RANGE_DASHED = r"-(?P<dashed>\d{1,4})"
PHONE_RANGE_TAIL = re.compile(
    f"{_RANGE_SAID}(?:{_TAIL_END}|{_WORD_AFTER})|{_RANGE_DASHED}{_TAIL_END}"
)
# A number whose last group is a range end phonenumbers read as part of it: "7310-14".
PHONE_RANGE_GLUED = re.compile(r"^(?P<head>.*\d)\s*[-–~〜～/]\s*(?P<end>\d{1,4})$")
# A wave dash is never part of a number: what follows it ends a range even when phonenumbers
# reads the whole as a valid number ("+82 62 574 9040~2").
PHONE_RANGE_WAVE = re.compile(r"\d\s*[~〜～]\s*\d{1,4}$")
# An extension printed after the number: kept out of the number as written, since the
# number is what gets dialled ("ext. 89", "x 204", "#123", "分機 123", "내선 123").
_EXTENSION_MARK = r"\s*[,;]?\s*(?:" + _EXTENSION_WORD + r"|(?i:x)|#)\s*[.:：]?\s*-?\s*"
# An extension has at most this many digits.
MAX_EXTENSION_DIGITS = 5
PHONE_EXTENSION_END = re.compile(_EXTENSION_MARK + rf"\d{{1,{MAX_EXTENSION_DIGITS}}}\s*$")
# An extension's label and more digits than an extension has: the next number glued to it
# (phone_endings.glued_after_extension).
PHONE_LONG_EXTENSION_END = re.compile(
    _EXTENSION_MARK + rf"\d{{{MAX_EXTENSION_DIGITS + 1},}}\s*$"
)
# A phone-looking run of digits for labelled numbers phonenumbers would not read in the region.
PHONE_FALLBACK = re.compile(r"[+＋(（]?\d[\d\s().\-/]*\d")
# A state code ends the line or comes before a postcode ("São Paulo - SP", "SP 01310-100").
STATE_CODE_END = r"(?=\s*$|\s*[-–,]|\s+CEP\b|\s+\d{5}-?\d{3}\b)"
