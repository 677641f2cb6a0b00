"""The regular expressions of Chinese, Japanese and Korean addresses and departments (the
others are in patterns.py)."""

from __future__ import annotations

import re

from cardscan.script import CJK_CHAR_CLASS, HAN_CHAR_CLASS

JP_ADDRESS = re.compile(
    r"(?:東京都|北海道|京都府|大阪府|[一-龥]{2,3}県)|[一-龥]{1,4}[市区町村郡].*\d|\d+\s*[-ー－]\s*\d+\s*[-ー－]\s*\d+"
)
# Korean addresses: a province-level unit ("서울특별시", "경기도"), a district then a road
# ("강남구 테헤란로"), or a road-name address with its building number ("테헤란로 123",
# "판교역로 10길 5").
KR_ADDRESS = re.compile(
    r"(?:특별시|광역시|특별자치시|특별자치도|[가-힣]{1,3}도)(?:\s|$)"
    r"|[가-힣]+(?:구|군|시)\s+[가-힣0-9]+(?:로|길|동|읍|면)"
    r"|[가-힣0-9]+(?:로|길)\s*\d+"
)
# Korean road-name addresses are printed with a space between their units ("경기도 고양시
# 일산동구 일산로 342, 7층"), which OCR of Hangul drops or moves ("일산동구일산로342"): the
# spaces inside a run of Hangul are dropped and put back after a province-level unit, after
# a city or county and a district, and before a number.
HANGUL_RUN = re.compile(r"[가-힣]{2,}")
KR_INNER_SPACE = re.compile(r"(?<=[가-힣]) +(?=[가-힣])")
KR_AFTER_PROVINCE = re.compile(
    "(?:"
    + "|".join(
        f"(?<={unit})"
        for unit in (
            "특별시", "광역시", "특별자치시", "특별자치도", "경기도", "강원도", "충청북도",
            "충청남도", "전라북도", "전라남도", "경상북도", "경상남도", "제주도",
        )
    )
    + ")(?=[가-힣])"
)  # fmt: skip
# Below the province a city or county (…시, …군) comes first, then a district (…구), then in
# the country a town (…읍, …면), each once; none is looked for across a district's 구, nor
# without a unit left after it, and a metropolitan city ("대구광역시") is one unit.
KR_CITY = re.compile(r"(?:(?!구)[가-힣])+?[시군](?!광역|특별)(?=[가-힣]{2})")
KR_DISTRICT = re.compile(r"[가-힣]+?구(?!광역|특별)(?=[가-힣]{2})")
KR_TOWN = re.compile(r"[가-힣]+?[읍면](?=[가-힣]{2})")
# A floor's 층 read as its look-alike 증 after the number ("10증"), and a gap OCR put between
# a number and its floor, room or road word ("1011 호", "45 길").
KR_FLOOR_MISREAD = re.compile(r"(?<=\d)\s*증(?![가-힣])")
KR_GAP_BEFORE_UNIT = re.compile(r"(?<=\d)\s+(?=(?:[층호길]|번길)(?![가-힣]))")
# A pin icon before a Korean address read as a digit, a letter or a jamo ("6 서울특별시 …",
# "o 경기도 …"): a Korean address opens with its postcode in brackets or its province.
KR_ICON_BEFORE_PROVINCE = re.compile(
    r"^\s*[0-9A-Za-z\u3131-\u318e]{1,2}\s+(?=[가-힣]{1,4}(?:특별시|광역시|특별자치시|특별자치도|도)\s)"
)
# A floor or room number with its unit ("8층", "816호"): Korean even without other Hangul.
KR_UNIT_NUMBER = re.compile(r"\d+\s*[층호](?![가-힣])")
KR_MISSING_SPACE = re.compile(r"(?<=[가-힣])(?=\d)|(?<=[\w)])(?=\()|(?<=,)(?=[가-힣])")
# The Japanese postcode mark 〒 read as a look-alike ("T", "丁", "干", "平", "甲", "テ", "デ",
# its bars alone "=") before NNN-NNNN. A Japanese postcode alone on its line, its 〒 lost
# ("901-6557").
BARE_JP_POSTCODE = re.compile(r"^\s*\d{3}\s*[-ー－‐]\s*\d{4}\s*$")
JP_POSTCODE_MARK = re.compile(r"^\s*[T丁干平甲テデ=〒]?\s*(?=\d{3}\s*[-ー－‐]\s*\d{4})")
# Kana, a prefecture ("…県", which Chinese writes 縣 or 县, and the four others by name), the
# postcode mark, or a block word only Japan uses: the CJK address is Japanese. 都, 道 and 府
# alone are not: Chinese addresses have them too ("成都市", "深南大道").
JP_ADDRESS_TEXT = re.compile(r"[ぁ-んァ-ヶ〒県]|東京都|北海道|京都府|大阪府|丁目|番地")
# In a Japanese address the building's name follows the block number ("…8号 北上野ハイツ").
JP_BUILDING_AFTER_BLOCK = re.compile(r"(?<=\d号)(?=[^\s\d,、，。])|(?<=番地)(?=[^\s\d,、，。])")
# A building's name in katakana after a number ("1-2-3サクラハイツ", "…ハイツ918コーポ3F"),
# a counted name ("第2ハイツ") aside.
JP_BUILDING_AFTER_NUMBER = re.compile(r"(?<![第\d])(\d+)(?=[ァ-ヴ])")
# A line holding only a postcode, perhaps with its mark ("〒150-0002", "100-0005").
POSTCODE_ONLY = re.compile(r"^\s*〒?\s*\d{3}\s*[-ー－‐]\s*\d{4}\s*$")
# What follows a floor, room or unit number in a Korean, Chinese or Japanese address ("22층",
# "915호", "16樓", "1302室", "3階"), and a house number ("12號").
CJK_FLOOR_WORDS = "층|호|樓|楼|室|階"
CJK_UNIT_WORDS = CJK_FLOOR_WORDS + "|号|號"
# Labels of a postcode, which is part of the address as printed (as "CEP 01310-100" and
# "〒150-0002" are): "邮编：215000", "郵遞區號：106", "우편번호: 06236".
CJK_POSTCODE_LABELS = "邮编|郵編|邮政编码|郵政編碼|郵遞區號|郵递区号|우편번호"
# A label of one to four CJK characters and a colon opening an address line: the office or
# branch it is ("台北：", "門市：", "東京本社："), not the address (which holds no colon).
LEADING_LABEL = re.compile(
    r"^\s*(?!" + CJK_POSTCODE_LABELS + r")"
    + CJK_CHAR_CLASS + r"{1,4}\s*[:：]\s*(?=" + CJK_CHAR_CLASS + r"|\d)"
)
# A postcode OCR glued to the CJK text after it ("407台中市…", "〒150-0002東京都…"); a
# number followed by a unit word is a room or a house number ("2809室"), not a postcode.
POSTCODE_THEN_CJK = re.compile(
    r"^(\s*(?:〒\s*\d{3}\s*[-ー－‐]\s*\d{4}|\d{3,6}))"
    + f"(?=(?!{CJK_UNIT_WORDS}){CJK_CHAR_CLASS})"
)
# A floor, room or unit number: next to an address line it continues the address.
CJK_UNIT = re.compile(rf"\d+\s*(?:{CJK_FLOOR_WORDS})")
# Han phrases of equal length set apart by spaces, as Chinese slogans are printed: four
# characters, two or more ("诚信为本 客户至上"), or two characters, three or more
# ("专业 创新 共赢").
HAN_PARALLEL_PHRASES = re.compile(
    rf"{HAN_CHAR_CLASS}{{4}}(?:\s+{HAN_CHAR_CLASS}{{4}})+"
    rf"|{HAN_CHAR_CLASS}{{2}}(?:\s+{HAN_CHAR_CLASS}{{2}}){{2,}}"
)

# A CJK department: a short run of CJK characters ending in a department's suffix (部 and
# 部门 division, 課/科 section, 팀 team, 부 division, 본부 headquarters; and, suffixes that
# also end a firm's own name, 室/실 office, 處/处 bureau, 센터/センター/中心 centre,
# グループ group).
_CJK_UNIT = r"(?:部门|部|課|科|팀|본부|부)"
_CJK_UNIT_OR_FIRM = r"(?:室|處|处|실|센터|センター|中心|グループ)"
CJK_DEPARTMENT = re.compile(
    r"^\s*" + CJK_CHAR_CLASS + r"{1,12}?\s*(?:" + _CJK_UNIT + "|" + _CJK_UNIT_OR_FIRM + r")\s*$"
)
# A club (俱乐部, 倶楽部) is a firm of its own, though it ends in 部.
CJK_UNIT_ONLY = re.compile(
    r"^\s*" + CJK_CHAR_CLASS + r"{1,12}?\s*(?<!俱乐|倶楽|俱樂)" + _CJK_UNIT + r"\s*$"
)
