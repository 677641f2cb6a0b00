"""Repairs of Japanese text OCR misread: katakana read as look-alike Han characters
(data/kana_lookalikes.txt), and 丁目 read as 丁日."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load_pairs

# "3丁日": 目 read as 日 after a block number, where 丁日 makes no word.
BLOCK_MARK_MISREAD = re.compile(r"(?<=\d)丁日")
# Katakana letters and the long-vowel mark, without the small ヵ ヶ, which follow Han
# characters in place names (八ヶ岳).
_KATAKANA = "ァ-ヴー"
# A space inside a katakana word: before a letter that opens no word (ン, the long-vowel
# mark, a small kana), or between a lone katakana letter after Han and the katakana after it.
KANA_GAP = re.compile(
    rf"(?<=[{_KATAKANA}]) (?=[ンーッャュョァィゥェォ])"
    rf"|(?<=[\u3400-\u9fff][ァ-ヴ]) (?=[{_KATAKANA}])"
)


@cache
def _lookalikes() -> dict[str, str]:
    return dict(load_pairs("kana_lookalikes"))


@cache
def _pattern() -> re.Pattern[str]:
    han = "".join(_lookalikes())
    # Inside a katakana run (katakana on both sides), or opening a run of two katakana or
    # more: "コ一ポ", "八イツ"; never "八王子", "ビル一階" or "一ツ橋" (one kana, then Han).
    # Not in a place name that counts with ツ or joins with ノ or ケ before a Han character:
    # "ハイツ一ツ橋" keeps 一ツ橋 (but "コ一ポ今戸" is コーポ).
    return re.compile(
        rf"(?<=[{_KATAKANA}])[{han}](?=[{_KATAKANA}])(?![ツノケヶ][\u3400-\u9fff])"
        rf"|[{han}](?=[{_KATAKANA}]{{2}})"
        # Look-alikes ending a katakana word are its last letters ("マネージャ一", "コ一卜"),
        # unless Han follows ("パーク一丁目").
        rf"|(?<=[{_KATAKANA}])[{han}]+(?![\u3400-\u9fff{_KATAKANA}])"
    )


def katakana_repaired(text: str) -> str:
    """Rule: a Han look-alike of a katakana letter inside a katakana word, or before two
    katakana letters, is that katakana letter ("西川コ一ポ" → "西川コーポ", "八イツ" →
    "ハイツ")."""
    repaired = _pattern().sub(_read_back, text)
    # Once more only when something was read back: it may make the katakana run its neighbour
    # needs ("了一バン": 一 before バン first, then 了 before ーバ).
    return repaired if repaired == text else _pattern().sub(_read_back, repaired)


def _read_back(found: re.Match[str]) -> str:
    return "".join(_lookalikes()[ch] for ch in found.group())


def katakana_rejoined(text: str) -> str:
    """Rule: a space OCR put inside a katakana word goes: before a letter no word opens with
    (ン, ー, a small kana: "ヘアサロ ン"), or after one katakana letter that follows Han and
    before more katakana ("鈴木ビ ル")."""
    return KANA_GAP.sub("", text)


def japanese_repaired(text: str) -> str:
    """The text with its katakana repaired (:func:`katakana_repaired`,
    :func:`katakana_rejoined`) and "丁日" after a number read as the block mark 丁目 it stands
    for."""
    return BLOCK_MARK_MISREAD.sub("丁目", katakana_rejoined(katakana_repaired(text)))
