"""Han characters read in their simplified form on Japanese and Traditional Chinese cards."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.han_forms import card_variety, han_forms_repaired


@pytest.mark.parametrize(
    ("text", "region", "want"),
    [
        ("山本商事 アーバンビル", "", "ja"),  # kana
        ("鈴木建設株式会社", "JP", "ja"),  # a .jp domain or +81 read the numbers in Japan
        ("新北市新店區忠孝東路95號", "", "hant"),  # 區 and 號 are only Traditional
        ("台北市", "TW", "hant"),
        ("北京市海淀区人民路62号", "CN", None),  # simplified Chinese: nothing to repair
        ("주식회사 한빛", "KR", None),
    ],
)
def test_which_form_a_card_prints(text: str, region: str, want: str | None) -> None:
    assert card_variety(text, region) == want, text


@pytest.mark.parametrize(
    ("text", "variety", "want"),
    [
        ("吉田建设有限会社", "ja", "吉田建設有限会社"),
        ("人事部 课长", "ja", "人事部 課長"),
        ("新竹市北區文化路21號 13楼之5", "hant", "新竹市北區文化路21號 13樓之5"),
        ("北京市海淀区人民路62号", None, "北京市海淀区人民路62号"),
        ("营销总监", "hant", "營銷總監"),  # every character, or the title word is neither form
        ("专案经理", "hant", "專案經理"),
        ("专务取缔役", "ja", "専務取缔役"),  # 缔 is not listed: left as read
        ("神奈川県横滨市", "ja", "神奈川県横浜市"),  # place names
        ("广岛県福冈市", "ja", "広島県福岡市"),
        ("渡边 爱", "ja", "渡辺 愛"),  # family and given names
        ("丰创国际股份有限公司", "hant", "丰創國際股份有限公司"),  # 丰 stands for two: left
        ("台湾高雄市", "ja", "台湾高雄市"),  # the Japanese form of 灣 is 湾
        ("台湾高雄市", "hant", "台灣高雄市"),
    ],
)
def test_simplified_forms_are_read_as_the_cards_own(
    text: str, variety: str | None, want: str
) -> None:
    assert han_forms_repaired(text, variety) == want, text


@pytest.mark.parametrize(
    ("text", "variety", "want"),
    [
        ("山田物產株式会社", "ja", "山田物産株式会社"),  # a stroke apart: the card's own form
        ("東京都港区虎ノ門 黃金ビル", "ja", "東京都港区虎ノ門 黄金ビル"),
        ("大澤 花子", "ja", "大澤 花子"),  # a name's old form looks different: as printed
        ("台北市大安區 宏達不動産", "hant", "台北市大安區 宏達不動產"),
        ("青山物產有限公司", "hant", "青山物產有限公司"),  # already Taiwan's form
        ("山田物產", None, "山田物產"),  # simplified Chinese or unknown: as read
    ],
)
def test_a_form_a_stroke_apart_is_read_as_the_cards_own(
    text: str, variety: str | None, want: str
) -> None:
    assert han_forms_repaired(text, variety) == want, text


def test_a_japanese_company_read_with_a_traditional_lookalike() -> None:
    card = "田中物產株式会社\n田中 一郎\n営業部長\nichiro@tanaka.example.co.jp"
    assert extract_text(card).company == "田中物産株式会社", card


def test_a_japanese_title_read_in_simplified_form() -> None:
    card = "鈴木建設株式会社\n小林 健一\n人事部 课长\nkenichi@suzuki-kensetsu.example.co.jp"
    assert extract_text(card).title == "人事部 課長", card


def test_a_taiwanese_title_read_in_simplified_form() -> None:
    card = "宏遠科技股份有限公司\n王小明\n营销总监\n電話 02-2555-0123\nwang@hongyuan.example.com.tw"
    assert extract_text(card).title == "營銷總監", card
