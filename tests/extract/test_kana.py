"""Japanese text OCR misread: katakana read as look-alike Han characters, 丁目 as 丁日."""

from __future__ import annotations

import pytest

from cardscan.extract import extract_text
from cardscan.extract.kana import japanese_repaired


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("西川コ一ポ820", "西川コーポ820"),  # long-vowel mark read as 一 (one)
        ("北上野八イツ918", "北上野ハイツ918"),  # ハ read as 八 (eight)
        ("工ンジニア", "エンジニア"),
        ("力ード", "カード"),
        ("2丁日11番10号", "2丁目11番10号"),
        ("マネ一ジャ一", "マネージャー"),  # the long vowel ending a word
        ("センタ一3F", "センター3F"),
        ("コ一ポ今戸471", "コーポ今戸471"),
        ("西川コ一卜302", "西川コート302"),  # two look-alikes ending the word
        ("メゾンスイー卜5F", "メゾンスイート5F"),
        ("幸町了一バン389", "幸町アーバン389"),  # ア read as 了, its long vowel as 一
        ("作業完了", "作業完了"),
        # a space OCR put inside a katakana word
        ("山田ビ ル3F", "山田ビル3F"),
        ("ヘアサロ ン森", "ヘアサロン森"),
        ("カフェ メ ーカー", "カフェ メーカー"),
        # Han characters where they make words stay
        ("八王子市", "八王子市"),
        ("ビル一階", "ビル一階"),
        ("八ヶ岳", "八ヶ岳"),
        ("千代田区一ツ橋", "千代田区一ツ橋"),
        ("二子玉川", "二子玉川"),
        ("ハイツ一ツ橋913", "ハイツ一ツ橋913"),  # a place name after a katakana word
        ("ハイツ一ノ瀬2", "ハイツ一ノ瀬2"),
        ("パーク一丁目", "パーク一丁目"),
        ("第一工場", "第一工場"),
        ("ビル一二階", "ビル一二階"),  # Han after the look-alikes: a number
        # spaces between words stay
        ("サクラ ハイツ", "サクラ ハイツ"),
        ("田中 ケン", "田中 ケン"),
    ],
)
def test_katakana_look_alikes_and_the_block_mark(read: str, want: str) -> None:
    assert japanese_repaired(read) == want, read


def test_a_japanese_address_read_with_look_alikes_is_repaired() -> None:
    text = "山田 太郎\n〒150-0042 東京都渋谷区宇田川町3丁日12番8号 渋谷コ一ポ501\nTEL 03-5555-0142"
    got = extract_text(text).address
    assert got == "〒150-0042 東京都渋谷区宇田川町3丁目12番8号 渋谷コーポ501", text
