"""Every regular expression the extractors use, compiled and named in one place; those of
phone numbers are in phone_patterns.py, addresses in Latin and Cyrillic letters in
address_patterns.py, the shapes of Chinese, Japanese and Korean addresses and departments in
cjk_patterns.py, firms' names in company_patterns.py, opening hours in hours_patterns.py,
websites in web_patterns.py."""

from __future__ import annotations

import re

from cardscan.script import CJK_CHAR_CLASS, HAN_CHAR_CLASS

from .hours_patterns import OPENING_HOURS  # noqa: F401  (re-exported: P.OPENING_HOURS)

# --- emails ---------------------------------------------------------------

# A label in a script other than Latin and the full stop after it, glued before an address
# or a website ("邮箱.j.guo@…", "网址.www.…", "메일.kim@…"), printed with a stop or its colon
# read as one: no address or host opens with a CJK or Cyrillic word.
LABEL_STOP_BEFORE = r"(?<=[^\x00-\u024f\s][.．])"

# Tolerant on purpose: validation happens afterwards with email_validator.
EMAIL_CANDIDATE = re.compile(
    # Not inside a Latin word; a CJK or other-script label may be glued before it ("邮箱j.guo@"),
    # and a label's ":-" ("Email Id:-rk@…").
    r"(?:(?<![A-Za-z0-9\u00c0-\u024f_.+-])|(?<=[:：]-)|" + LABEL_STOP_BEFORE + ")"
    r"(?P<local>[A-Za-z0-9][A-Za-z0-9._%+'-]*)"
    r"@"
    r"(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)"
)
# OCR reads "@" as the copyright sign or a registered sign; some cards spell it out.
AT_LOOKALIKE = re.compile(r"[©®＠]")
AT_SPELLED = re.compile(
    r"(?<=[A-Za-z0-9])\s*(?:\(\s*at\s*\)|\[\s*at\s*\]|\{\s*at\s*\})\s*(?=[A-Za-z0-9])",
    re.IGNORECASE,
)
# "john.doe at acme.com": only trusted when the local part opens the line (see emails.py).
AT_BARE_WORD = re.compile(
    r"^(?P<lead>\s*(?:e-?mail\s*[:：]?\s*)?)(?P<local>[a-z0-9][a-z0-9._-]*)\s+at\s+(?=[a-z0-9][a-z0-9-]*\s*(?:\.|\(dot\)|\[dot\])\s*[a-z])",
    re.IGNORECASE,
)
DOT_SPELLED = re.compile(r"\s*(?:\(\s*dot\s*\)|\[\s*dot\s*\])\s*", re.IGNORECASE)
SPACES_AROUND_AT = re.compile(r"(?<=[A-Za-z0-9._-])\s+@\s*|@\s+(?=[A-Za-z0-9])")
# "john@acme ,com", "acme. com.br": a dot or comma with stray spaces before a TLD-looking label.
DOMAIN_SEPARATOR_SLIP = re.compile(r"(?<=[A-Za-z0-9])\s*[.,]\s*(?=(?P<label>[A-Za-z]{2,})\b)")
# A local part and its "@": where the next address opens after a separator.
NEXT_LOCAL_PART = re.compile(r"[A-Za-z0-9._%+'-]*\s*@")
# A label glued to the address: "E-mail:john@x.com", "E-Mailjohn@x.com", "Emailjohn@x.com";
# hyphenated, its "I" may be read as an "l" or a "1" ("E-MAlL.john@x.com"); unhyphenated,
# its "il" read with a "1" in it ("Ema11john@x.com"), which no address opens with.
EMAIL_LABEL_PREFIX = re.compile(
    r"^(?P<label>e-?mail|e-ma[l1]l|e-?ma(?:1[il1]|[il]1)|mail|email)[:.]?(?P<rest>.+)$",
    re.IGNORECASE,
)

# --- labels ---------------------------------------------------------------

# The words that label an email, website or phone number.
_VALUE_LABEL = (
    r"e-?mail|web\s*site|website|web|tel(?:ephone|efone|efon|éfono|f)?|"
    r"phone|ph|fone|mob(?:ile)?|cel(?:l|ular)?|fax"
)
# A field label at the start of a value: "Tel:", "E-mail :", "Web:", "M.", "Endereço:",
# "Designation:-", "Name - " (a dash set apart after the label, as Indian cards print it).
LEADING_LABEL = re.compile(
    r"^\s*(?:" + _VALUE_LABEL + r"|mail|email|e|site|url|homepage|internet|"
    r"t|m|f|w|p|address|addr|adresse|endereço|endereco|dirección|direccion|anschrift|"
    r"name|nome|nombre|title|cargo|company|empresa|firma|firm|designation|desig\.?|position|"
    r"organi[sz]ation)\s*(?:[:：][-–]?|[-–](?=\s))\s*",
    re.IGNORECASE,
)
# A field label left at the end of a line's text once the value it named was taken out:
# "São Paulo - SP-Tel:", "Bangalore 560001 Ph:", "Leeds LS1 4AB Tel.". Words only, each
# closed by a colon or a dot, so a firm's last word ("Acme Mobile") stays.
TRAILING_LABEL = re.compile(
    r"(?:^|(?<=[\s,;|·•\-–]))(?:" + _VALUE_LABEL + r")\s*[:：.]\s*$", re.IGNORECASE
)
# Words printed before a person's name that say their role, not part of the name:
# "Inh. Petra Hoffmann" (Inhaber), "Attn: …", "Contato: …".
# Shops and trades print whom to ask for: "Ask for Maria", "Fragen Sie nach Jonas",
# "Falar com Ana" (or "com Ana", the verb lost by OCR), "Pregunte por Luis", "Demandez Paul",
# "Chiedi di Marco"; the contact person in Russian and Ukrainian: "Контактное лицо: Ольга",
# "Контактна особа: Ігор".
# "Mc" standing apart before a capitalised word: one family name OCR cut at its change of
# case ("Mc Donald" for McDonald); "Mc" is never a word of its own.
MC_APART = re.compile(r"(?<![^\W\d_])Mc\s+(?=[A-Z][a-z])")

PERSON_LABEL = re.compile(
    r"^\s*(?:inh\.|inhaber(?:in)?:?|ansprechpartner(?:in)?:?|attn\.?:?|contact:|"
    r"contato:|contacto:|owner:|prop\.|ask\s+for|fragen\s+sie\s+nach|fal(?:ar|e)\s+com|com(?=\s)|"
    r"pregunte\s+por|preguntar\s+por|demandez|chiedi\s+di|contact\s+person:?|"
    r"контактное\s+лицо:?|контактна\s+особа:?)"
    # OCR may glue the label's last word to the name ("Ask forMeera").
    r"(?:\s+|(?<=[a-z.:])(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]))",
    re.IGNORECASE,
)
# OCR reads the letter O of a name as a zero, and the particle "Al" as "AI".
ZERO_IN_WORD = re.compile(r"(?<=[^\W\d_])0(?=[^\W\d_])|\b0(?=[a-zà-ÿ]{2,}|['’][A-ZÀ-Ý][a-zà-ÿ])")
AI_PARTICLE = re.compile(r"(?<=\w )AI(?=[ -][A-Z])")
# A small l read as the digit one inside a capitalised word ("Maxwel1", "Wi1son").
ONE_FOR_L = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]*(?:[a-zß-ÿ]1|1[a-zß-ÿ])[a-zß-ÿ]*\b")
# A capital I read as a small l opening a word: "l" before a consonant, a vowel later in the
# word ("Abha lyer", "lgor Petrov"); no word of a name or a title opens so. Not "ltd", "llc".
SMALL_L_FOR_I = re.compile(
    r"(?<![^\W\d_])l(?=[b-df-hj-np-tv-z][a-zß-ÿ]*[aeiouyà-ÿ])(?=[a-zß-ÿ]+\b)"
)
# A word of a name glued to the next at a case change ("MariaSilva", "JosuéOliveira").
CASE_CHANGE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")
# The same, and a capital run before a capitalised word: where the words of a firm's name
# glued by OCR change case ("EletrônicaKAWANO", "KAWANOLtda.", "SoftwareSolutions").
CASE_CUT = re.compile(CASE_CHANGE.pattern + r"|(?<=[A-ZÀ-Ý])(?=[A-ZÀ-Ý][a-zà-ÿ])")
WEB_LABEL = re.compile(
    r"^\s*(?:web\s*site|website|web|site|url|homepage|internet|w)\s*[:：]\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# What separates the items of a list of services or products on one line.
LIST_SEPARATOR = re.compile(r"\s[|•·/]\s|\s*[•·]\s*|,\s")
# Separators cards put between fields on one line.
# A closing bracket at the start of a firm's name, maybe after one or two more specks ("O ) …",
# "QC) …": a round logo's edge read as letters).
STRAY_CLOSING_BRACKET = re.compile(r"^\s*(?:\S{1,2}\s*)?[)\]）】]\s*")
# An opening bracket standing apart at the start of a firm's name, maybe after a mark
# ("( ㈜대성전자", "= ( ㈜대성전자"): the edge of a round logo, when nothing in the name closes it.
STRAY_OPENING_BRACKET = re.compile(r"^(?:[^\w\s]{1,2}\s*)?[(\[（【]\s+")
# A Japanese phrase ending as a sentence does, in a verb's te-form or a polite ending
# ("込めて", "お届けします", "ください"): a slogan; firms' names end in a noun.
JA_SENTENCE_END = re.compile(
    CJK_CHAR_CLASS + r"(?:て|ます|ください|ましょう|です)[!！。]?\s*$"
)
# Korean sentence endings a slogan closes with ("고객 만족을 넘어 감동으로", "최선을 다하겠습니다",
# "함께 만들어 갑니다", "연락주세요"): a particle of direction or a verb's polite ending.
# A full stop after a word of four letters or more, ending the text: no initial ("J."),
# suffix ("Jr.") or abbreviation's stop, but a sentence's.
STOP_AFTER_LONG_WORD = re.compile(r"(?<=[^\W\d_]{4})\.$")
KO_SENTENCE_END = re.compile(r"[가-힣](?:으로|니다|세요|까지)[!.。]?\s*$")
# A Korean word ending in 는 before another word: a verb qualifying a noun ("함께 만드는
# 내일", "믿을 수 있는 서비스") or a topic ("우리는 …"), a clause a slogan says and a firm's
# name does not.
KO_CLAUSE = re.compile(r"[가-힣]는\s+[가-힣]")
# Chinese words that speak to the reader or for the firm: 您 (you), 我們/我们 (we), 讓/让
# (let, make) among Han characters ("讓生活更美好", "您的最佳選擇", "我们用心服务"): a slogan's
# words, not a firm's name or a person's (你, in "你好" a greeting, names shops too).
ZH_READER_WORDS = re.compile(HAN_CHAR_CLASS + r"*(?:[您讓让]|我們|我们)" + HAN_CHAR_CLASS + "*")
# Fewest Han characters (spaces aside) such a line holds: "您好" alone is a greeting.
MIN_ZH_SLOGAN = 4
# Where a slogan's clauses part: a comma, a full stop or an exclamation mark; its sentences:
# the stops alone.
CLAUSE_BREAK = re.compile(r"[,.!]\s*")
SENTENCE_BREAK = re.compile(r"[.!]\s*")
# "Our Lady" in the languages of slogan_words.txt: a name (of churches, schools, towns and
# the firms named after them), whose "our" speaks to no reader.
OUR_LADY = re.compile(
    r"\b(?:our\s+lady|nossa\s+senhora|nuestra\s+se[ñn]ora|notre[\s-]+dame|nostra\s+signora)\b",
    re.IGNORECASE,
)
# A courtesy title read glued to the name after it ("DR.XITI KALE"): the title and its stop.
GLUED_HONORIFIC = re.compile(r"\s*([^\W\d_]{2,5}\.)(?=[^\W\d_]{2})")
# A line opening with a list bullet ("• Air tickets", "» Mobile repairs", "✓ Repairs"): an
# item of what the firm offers. A dash, an asterisk, a ">" or a full stop (what OCR makes of
# an arrow bullet or a small dot) and a space ("- Uniforms") opens one too, when more than
# one line does (extract.lines.list_items). So does a middle dot Korean and Japanese cards
# bullet their lists with ("ㆍ 염색", "・不動産売買"), also printed beside a name alone.
LIST_ITEM = re.compile(r"^\s*[•·»›▪■□◆◇●○▸►✓✔☑➤➢]")
MIDDLE_DOT_ITEM = re.compile(r"^\s*[ㆍ・･∙]")
DASH_ITEM = re.compile(r"^\s*[-–—*>.]\s")
# The same dash or asterisk glued to the item's first letter, the space lost ("-Managed IT").
GLUED_DASH_ITEM = re.compile(r"^\s*[-–—*](?=[^\W\d_])")
FIELD_SEPARATOR = re.compile(r"\s+[|•·/]\s+|\s*[|•·]\s*")

# --- other scripts' firms and names, spacing, icons ----------------------

# A firm's own name in guillemets on a Cyrillic line ("Ремонт квартир «Орион»").
GUILLEMET_NAME = re.compile(r"«\s*[A-ZА-ЯЁЄІЇҐ0-9][^»]{1,40}»")
# A Russian legal form read with digits or Latin look-alikes ("000 «Вектор»" for ООО, "3АО"
# for ЗАО), before a Cyrillic name, quoted or not ("OOO \"Sibirskie…\"" is romanised).
CYRILLIC_FORM_MISREAD = re.compile(
    r"(?<![\w.])(?:[0OО]{3}|[3З][AА][0OО]|[0OО][AА][0OО]|П[AА][0OО]|[AА][0OО])"
    r"(?=\s*[«\"„“]?\s*[А-ЯЁ])"
)
# Korea's legal form: 주식회사 set apart from the name by a space, before or after it
# ("주식회사태광" → "주식회사 태광"); "(주)" read with a space inside ("( 주)").
KR_CORPORATION_GLUED = re.compile(r"(?<=주식회사)(?=[가-힣])|(?<=[가-힣])(?=주식회사)")
KR_CORPORATION_MARK = re.compile(r"[(（]\s*주\s*[)）]")
KR_CORPORATION = re.compile(r"주식회사|[(（]\s*주\s*[)）]|㈜")
KR_CORPORATION_WORD = re.compile(r"(\s*주식회사\s*)")
# "㈜" (one character, a 주 in brackets) read as a syllable it looks like, 쥐 or 뛰, glued to
# the firm's Hangul name ("쥐삼정건설", "뛰한빛소프트": Tesseract's Korean model reads ㈜ so
# in two of three Noto faces). 뛰 opens a verb in "뛰어…", "뛰놀…" ("뛰어난 기술"), not a name.
# Read with its opening bracket and not the closing one ("(쥐 진흥제약", "(주 진흥제약",
# "(취진 흥식품"), it is ㈜ when the syllable is one of those ("(주식회사" aside).
KR_CORPORATION_MISREAD = re.compile(
    r"(?<![가-힣])(?:쥐|뛰(?![어놀]))(?=[가-힣]{2})"
    r"|\((?:쥐|뛰|취|주(?!식))(?!\))\s*(?=[가-힣]\s?[가-힣])"
)
# The syllable 주 opening a Hangul name glued to it ("주해솔건설"): ㈜ read as what it holds,
# or a name that opens with 주; 주식회사 itself aside.
KR_MARK_READ_AS_JU = re.compile(r"주(?!식회사)([가-힣]{2,})")
HANGUL_GAP = re.compile(r"(?<=[가-힣])\s+(?=[가-힣])")
# A row that is nothing but such a name ("«Орион»"), the rest of the firm's name above it.
QUOTED_NAME_ONLY = re.compile(r"^\s*«[^»]{2,40}»\s*$")
CYRILLIC_LETTER = re.compile(r"[А-яЁёЄєІіЇїҐґ]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Russian, Ukrainian and Belarusian names by their endings: a patronymic ("Сергеевич",
# "Ивановна", "Ильич") or a family name ("Петров", "Иванова", "Лебедев", "Пушкин",
# "Троцкий", "Шевченко", "Ковальчук", "Бондаренко"); the word capitalised, 4+ letters.
CYRILLIC_PATRONYMIC = re.compile(
    r"^[А-ЯЁІЇЄҐ][а-яёіїєґ']+(?:ович|евич|ьич|овна|евна|ична|івна|ївна)$"
)
CYRILLIC_SURNAME = re.compile(
    r"^[А-ЯЁІЇЄҐ][а-яёіїєґ']{2,}(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая"
    r"|енко|чук|юк|ук|ич)$"
    r"|^[А-ЯЁІЇЄҐ]{2,}(?:ОВ|ОВА|ЕВ|ЕВА|ИН|ИНА|СКИЙ|СКАЯ|ЕНКО|ЧУК|ЮК)$"
)
# The Irish "O'" opening a surname ("O'Sullivan", "o'sullivan" as OCR may read it).
IRISH_O = re.compile(r"^[Oo]['’](?=[A-Za-z])")
# Dots standing apart at a line's end: a speck, not an abbreviation's ("Proprietor .").
LONE_DOTS_END = re.compile(r"\s+\.+$")
# A Latin full stop after a CJK character at a line's end ("상무."): those scripts end a
# sentence with "。", and a job or a name has none; a speck.
CJK_DOTS_END = re.compile("(?<=" + CJK_CHAR_CLASS + r")\.+$")
# What separates the words of an email's local part ("maria.silva", "j_doe").
MAILBOX_SEPARATOR = re.compile(r"[._-]+")
# Spaces between two Han or kana characters (Chinese and Japanese put none between words;
# Korean does, between Hangul words).
_HAN_KANA = r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
CJK_GAP = re.compile(r"(?<=" + _HAN_KANA + r")\s+(?=" + _HAN_KANA + ")")
# Icons printed before a value or a line (arrows, shapes, ☎, ✉, ⌂, pictographs), which OCR
# reads as their own characters ("△", "▲", "☎"), or Tesseract's Korean model as a lone
# jamo ("ㅇ인천광역시…": no Korean word opens with one), or a round mark read as an "@"
# standing alone ("@ Группа компаний …"): no part of the field.
LEADING_ICONS = re.compile(
    r"^\s*(?:(?:[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff"
    r"\u3131-\u318e]|@(?=\s))\s*)+"
)

# --- titles ---------------------------------------------------------------

# Words and signs that join others ("Sales & Marketing", "Research and Development").
CONNECTORS = re.compile(r"&|\b(?:and|und|et|e|y|of|de)\b", re.IGNORECASE)
# What separates a name from the title after it on one line.
NAME_TITLE_GAP = re.compile(r"[\s|/·]+")
# A run of letters (a word, or words OCR glued: "SalesManager").
LETTER_RUN = re.compile(r"[^\W\d_]+")
# What a title's first line printed over its second cannot hold: digits, "@", ":", icons,
# and "&" or "/" between two words, which list the departments a job is in ("Sales &
# Marketing" over "Asst. Manager").
NOT_TITLE_HEAD = re.compile(r"[^\w\s.,'’-]|[\d_]")
# Kana (a Japanese card) and Hangul syllables (a Korean one).
KANA = re.compile(r"[ぁ-んァ-ヶ]")
HANGUL_SYLLABLE = re.compile(r"[가-힣]")
# A word of five letters or more closed by a full stop: a sentence ends there ("Sauber.
# Schnell. Zuverlässig."), as an abbreviation (Sr., Dipl., Asst.) does not.
SENTENCE_END = re.compile(r"[^\W\d_]{5,}\.(?:\s|$)")
# What separates the words of a lexicon entry ("Head - Sales", "Co-Founder").
NON_WORD = re.compile(r"[^\w]+")
# Brackets around a whole line ("(Director)", "［部長］").
ENCLOSING_BRACKETS = re.compile(r"^[(\[（［]\s*([^()\[\]（）［］]+?)\s*[)\]）］]$")

# --- names ----------------------------------------------------------------

# Only abbreviations ("Ten. Mo.": the phone labels Тел. Моб. read in Latin letters).
ABBREVIATIONS_ONLY = re.compile(r"^(?:\s*[^\W\d_]{1,4}\.)+\s*$")
# Only small letters in words of one or two ("ix lo"): pieces of a logo or a stroke, as a
# name of such short words ("Li Na", "Ng Ka") is printed with its capitals.
SHORT_SMALL_WORDS_ONLY = re.compile(r"^\s*[a-z]{1,2}(?:\s+[a-z]{1,2})*\s*$")

# What joins a couple's names on a card they share: "Ravi & Priya Shah".
COUPLE_JOINER = re.compile(r"\s*&\s*")
NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?,?$")
INITIAL = re.compile(r"^[^\W\d_]\.$")
CJK_NAME = re.compile(
    r"^(?:[一-龥々〆ヶ]{1,3}\s?[一-龥々〆ヶぁ-んァ-ヶー]{1,3}|[가-힣]{1,2}\s?[가-힣]{1,3})$"
)
# Japanese/Chinese/Korean organisation units: a short CJK line ending so is a department
# (総務課, 営業部, 企画室, 영업팀, 기술연구소), never a person.
CJK_UNIT_SUFFIX = re.compile(r"(?:[部課室局所係科班处處팀부과실]|연구소|센터)$")
LOCAL_PART_SPLIT = re.compile(r"[._\-+]+")
# A local part opening with one digit for an initial ("1.nunes", "0_silva").
DIGIT_INITIAL = re.compile(r"\d[._-][a-z]", re.IGNORECASE)
# Where a name may end and a title printed after it on the same row begin: a space, or a
# hyphen glued between two letters, the second a capital ("Roux-Directeur"; before_title
# cuts there only when a title follows, so "Smith-Jones" stays whole).
NAME_TITLE_CUT = re.compile(r" |(?<=[^\W\d_])-(?=[A-ZÀ-Þ])")
# A hyphen glued to the word before it and then a space ("Lakshit Mallick- Managing
# Director"): it sets two things apart; a name's own hyphen has no space ("Smith-Jones").
GLUED_HYPHEN_GAP = re.compile(r"(?<=[^\W\d_])-\s")
NAME_SPLITTER = re.compile(r"\s*(?:,|\||/|–|—|\s-\s|" + GLUED_HYPHEN_GAP.pattern + r")\s*")
# "since 1968", "est. 2004", "desde 1990", "seit 1921", "depuis 1950": when it was founded,
# printed after the company's name and not part of it; the year's last digit may be lost in
# the reading of a small, script-like line ("since 197 4o").
FOUNDED = re.compile(
    r"\s*\b(?:since|est\.?|established|desde|seit|depuis|dal)\s+(?:19|20)\d\d?\b.*$", re.I
)
NON_LETTERS = re.compile(r"[\W_]+")
WHITESPACE = re.compile(r"\s+")
CJK_NAME_CHARS = re.compile(r"^[一-龥々〆ヶぁ-んァ-ヶー\s]+$")
# A line of degrees: words between commas, slashes, "&" or spaces; a specialty in brackets.
BRACKETED = re.compile(r"\([^()]*\)")
DEGREE_SEPARATOR = re.compile(r"[\s,;/&|]+")
# "Sr." / "Jr." before a title is its rank (Sr. Executive), though also a courtesy title.
SENIORITY = re.compile(r"(?i)(?:sr|snr|jr)\.?")
# The words between those separators.
DEGREE_TOKEN = re.compile(r"[^\s,;/&|]+")
# An initial glued to the next word ("K.SRINIVASAN", "R.K.Sharma").
GLUED_INITIAL = re.compile(r"\b([^\W\d_])\.(?=[^\W\d_])")
# A middle initial glued to the family name after it ("RYAN V.RAMASWAMY"), and one glued
# to the given name before it ("AmolA. Agate").
MIDDLE_INITIAL_GLUED = re.compile(r"(?<=\s)([A-ZÀ-Ý]\.)(?=[A-ZÀ-Ý][^\W\d_])")
INITIAL_GLUED_AFTER = re.compile(r"(?<=[a-zß-ÿ])([A-ZÀ-Ý]\.)(?=\s|$)")
# A middle initial glued to both ("DOMINICS.NAYAR", "AnilK.Menon"): the given name, the
# initial, the family name.
INITIAL_GLUED_BOTH = re.compile(r"\b([^\W\d_]{3,})([A-ZÀ-Ý])\.(?=[A-ZÀ-Ý][^\W\d_])")
# A family name with an elided particle (D'Souza, O'Brien, D'Auria) glued to the word
# before it ("AnthonyD'Souza").
# A lower-case particle glued before a capitalised name ("deSouza", "vanDijk", "dosSantos").
PARTICLE_GLUED_BEFORE = re.compile(
    r"^(da|das|de|del|della|di|do|dos|du|van|von|der|den|ter|Al|El)(?=[A-ZÀ-Ý][a-zß-ÿ]{2,}$)"
)
ELIDED_NAME_GLUED = re.compile(r"(?<=[a-zß-ÿ])(?=[A-Z]['’][A-ZÀ-Ý][a-zß-ÿ])")
# A bracketed part closing a line ("Rakesh Sharma (Prop.)", "Northwind Logistics (An ISO
# 9001 Certified Company)").
TRAILING_BRACKETED = re.compile(r"\s*[(\[（]([^()\[\]（）]+)[)\]）]\s*$")
# "St." opening a line before a capitalised name: Saint ("St. Xavier's College"); a street
# puts it after the name ("Main St.").
SAINT_FIRST = re.compile(r"St\.?\s+(?=[A-Z])")
# A licence or registration number closing a title line: US mortgage (NMLS) and real-estate
# (DRE, BRE) licences, India's RERA, Brazil's CRECI/OAB/CRM/CREA, "Lic. No. 1234", "Reg. #".
LICENCE_NUMBER_TAIL = re.compile(
    r"[\s|,;·•–-]*\b(?:NMLS|(?:CA\s*)?DRE|BRE|RERA|CRECI|OAB|CRM|CREA|Lic(?:en[cs]e)?\.?|"
    r"Reg(?:istration)?\.?)(?:\s*/\s*[A-Z]{2})?\s*(?:No\.?|#)?\s*[:#]?\s*[\w/-]*\d[\w./-]*\s*$",
    re.IGNORECASE,
)
# A URL's host after its scheme and "www.": "https://www.acme.com/x" → "acme.com".
URL_HOST = re.compile(r"(?i)(?:https?://)?(?:www\d?\.)?(?P<host>[^/\s]+)")
# Between the parts of a title line: "Director/ Sales Team", "Sales Manager, North Region",
# "Sales Manager | Plant 4" (a bar or bullet that clean_rest kept).
TITLE_PART_SEPARATOR = re.compile(r"\s*[,/，／|•]\s*")
# A bar or bullet between two fields of one line (lines.clean_rest keeps them).
FIELD_BAR = re.compile(r"\s*[|•]\s*")
# Between a title and the company on one line: "Director, Acme Ltd.", "CTO | Acme", "… at Acme".
TITLE_COMPANY_SEPARATOR = re.compile(r"\s*(?:,|\||•|·|\s@\s|\s(?i:at)\s)\s*")
# Word separators of a title line ("B.Tech Student", "Head – Sales", "Creative/Brand Head").
TAIL_TITLE_SPLIT = re.compile(r"[\s/|,–—-]+")
# "Head" first, then a department after an optional separator ("Head - Sales", "Head, HR").
HEAD_OF_DEPARTMENT = re.compile(r"^HEAD\b\s*[-–—,:|]?\s*(?P<rest>\S.*)$", re.IGNORECASE)
# A department named by its initials ("HR", "IT", "R&D", "QA").
DEPARTMENT_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,3}$")
# A word as OCR spaces it (lines.cyrillic_read_back looks at each).
NON_SPACE = re.compile(r"\S+")
# A token that holds a value, not a word: an email, a website, a number.
VALUE_TOKEN = re.compile(r"[@./:\d]")


def lookalike_word(letters: str, shortest: int) -> re.Pattern[str]:
    """A whole word made only of ``letters`` (lines.latin_read_back), at least ``shortest``
    long, not part of an email or a website; or one small letter of them and a full stop
    before a space, an abbreviation ("r. Москва" for "г. Москва")."""
    small = re.escape("".join(ch for ch in letters if ch.islower()))
    # A full stop before the word only when no word precedes it ("443988,.Camapa", its г
    # lost), not as in "www.camapa".
    return re.compile(
        rf"(?<![\w@/-])(?<!\w\.)"
        rf"(?:[{re.escape(letters)}]{{{shortest},}}(?![\w@./-])|[{small}](?=\.\s))"
    )
# A Greek letter, or the n-ary product sign a Cyrillic П is read as.
GREEK_SIGN = re.compile(r"[\u0370-\u03ff\u220f]")
# A Latin or Cyrillic letter: beside a Greek one in a word, a sign of misread Cyrillic.
NON_GREEK_LETTER = re.compile(r"[A-Za-z\u0400-\u04ff]")
# A short word and a colon ending the text before a value: the value's label, perhaps
# misread ("Celt:" for "Cell:"); a space or the line's start before it.
SHORT_LABEL_BEFORE = re.compile(r"(?:^|(?<=\s))[^\W\d_]{2,5}\.?\s*[:：]\s*$")
# A short word and a full stop opening the line before a value: its label, perhaps misread
# ("Ten." for "Тел."); not after other words, where it may end a firm's name ("… Ltd.").
OPENING_LABEL_BEFORE = re.compile(r"^\s*[^\W\d_]{2,4}\.\s*$")
