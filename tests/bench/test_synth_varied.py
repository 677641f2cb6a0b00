"""The varied mix of synthetic cards: new locales with the right shapes, valid phones, truthful
conventions, determinism, and a default corpus that did not move."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import phonenumbers
import pytest
from PIL import Image, ImageDraw

from bench.synth import (
    SAMPLES,
    TRUTH_KEYS,
    available_locales,
    label_line,
    main,
    make_card,
    varied_content,
)
from bench.synth_fonts import CJK_FACES, LATIN_FAMILIES, SCRIPT_FAMILIES, font
from bench.synth_phone_formats import REGION
from bench.synth_phones import alternatives, number_range, same_area
from bench.synth_render_varied import CJK_REGION
from bench.synth_varied import VARIED_LOCALE_WEIGHTS
from bench.synth_world import WORLD_LOCALES, romanise_hangul, translit

REPO = Path(__file__).resolve().parents[2]
NEW_LOCALES = [loc for loc in WORLD_LOCALES if loc in available_locales("varied")]
HANGUL_NAME = re.compile(r"^[가-힣]{1,2} ?[가-힣]{1,3}$")
HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
PIN = re.compile(r"\b\d{3} ?\d{3}\b")
SURVEY = 400  # cards whose content (no pixels) the survey tests read


def _survey(locale: str | None = None, n: int = SURVEY, **kw):
    return [varied_content(seed, locale=locale, **kw) for seed in range(n)]


@pytest.fixture(scope="module")
def survey():
    return _survey()


def test_varied_mix_has_every_locale_it_promises() -> None:
    assert set(available_locales("varied")) >= set(available_locales()) | set(NEW_LOCALES)
    assert set(VARIED_LOCALE_WEIGHTS) == set(available_locales()) | set(WORLD_LOCALES)
    with pytest.raises(ValueError):
        make_card(1, locale="ko_KR")  # the default mix does not know the new locales


@pytest.mark.parametrize("locale", NEW_LOCALES)
@pytest.mark.parametrize("photo", [False, True])
def test_every_new_locale_renders(locale: str, photo: bool) -> None:
    card = make_card(12, mix="varied", locale=locale, photo=photo)
    assert card.image.dtype == np.uint8 and card.image.ndim == 3 and card.image.std() > 5
    assert card.meta["locale"] == locale and card.meta["mix"] == "varied"
    assert card.meta["language"] == locale[:2]
    assert tuple(card.truth) == TRUTH_KEYS


def test_korean_cards_have_hangul_names_korean_companies_and_road_addresses() -> None:
    people = [c for c in _survey("ko_KR", 80, company_only=False)]
    for c in people:
        assert HANGUL_NAME.match(c.name), c.name
        assert c.family_name + c.given_name == c.name.replace(" ", "")
        if c.name_alt:
            assert c.name_alt.isascii()
        assert re.search(r"주식회사|\(주\)|㈜", c.company), c.company
        if c.address:
            assert re.search(r"(특별시|광역시|도) ", c.address) and re.search(
                r"(로|길) \d", c.address
            )
    assert any(c.name_alt for c in people) and any(c.company_alt for c in people)
    assert any(" " in c.title for c in people if c.title)  # "영업부 팀장" on one line
    assert any(c.department for c in people)  # a department on its own line, not in the title


def test_indian_cards_have_six_digit_pins_and_trade_companies() -> None:
    cards = _survey("en_IN", 80)
    addresses = [c.address for c in cards if c.address]
    assert addresses and all(PIN.search(a) for a in addresses), addresses
    assert any(re.search(r"Pvt\.? Ltd\.?|Private Limited", c.company or "") for c in cards)
    assert any(re.search(r"Enterprises|Traders|& Sons", c.company or "") for c in cards)
    assert any(len(c.phones) >= 2 and c.phones[1].joiner for c in cards)  # "98450 12345, 97390…"


@pytest.mark.parametrize("locale", ["zh_TW", "zh_CN"])
def test_chinese_cards_have_han_names_and_limited_companies(locale: str) -> None:
    if locale not in available_locales("varied"):
        pytest.skip("needs fonts-noto-cjk")
    people = _survey(locale, 60, company_only=False)
    for c in people:
        assert HAN_NAME.match(c.name), c.name
        assert c.company.endswith("有限公司"), c.company
    assert any(c.name_alt and c.name_alt.isascii() for c in people)


def test_russian_and_gulf_cards() -> None:
    for c in _survey("ru_RU", 40, company_only=False):
        assert re.fullmatch(r"[А-ЯЁа-яё\- ]+", c.name), c.name
        assert "«" in c.company or c.logo, c.company
    gulf = [c.address for c in _survey("en_AE", 60) if c.address]
    assert gulf and all("Box" in a for a in gulf)


def test_every_phone_in_the_truth_is_valid_for_its_country(survey) -> None:
    checked = 0
    for c in survey:
        for printed, dialable in c.dialable().items():
            parsed = phonenumbers.parse(dialable, REGION[c.locale])
            assert phonenumbers.is_valid_number(parsed), (c.locale, printed, dialable)
            checked += 1
        truth_numbers = [p["number"] for p in c.truth()["phones"]]
        assert set(truth_numbers) == set(c.dialable())
    assert checked > SURVEY


def test_a_line_of_several_numbers_gives_each_number(survey) -> None:
    """ "(11) 4000-1234 / 4000-5678" is two numbers, the second as printed (its area code is
    the first's); "…6789/90" gives "…6790", completed from the first."""
    joined = [(c, p) for c in survey for p in c.phones if p.joiner is not None]
    assert len(joined) > 20
    for c, p in joined:
        shown = p.printed or p.number
        assert p.number.endswith(shown), (p.number, shown)
        dialable = p.dialable or p.number
        assert phonenumbers.is_valid_number(phonenumbers.parse(dialable, REGION[c.locale]))
    assert any(p.printed and len(p.printed) <= 2 for _, p in joined)  # "…6789/90", "to 14"
    assert any(p.printed and len(p.printed) >= 8 for _, p in joined)  # "4000-5678"
    card = next(
        c
        for c in (make_card(s, mix="varied", photo=False) for s in range(80))
        if any(d != p for p, d in c.meta["dialable"].items())  # an extension
    )
    assert set(card.meta["dialable"]) == {p["number"] for p in card.truth["phones"]}


def test_phone_line_helpers_keep_the_printed_form() -> None:
    import random

    rng = random.Random(3)
    printed, full = same_area(rng, "(11) 4000-1234", "pt_BR")
    assert full.startswith("(11) ") and full.endswith(printed) and len(printed) == 9
    for printed, full in alternatives(rng, "080-2345 6789", "en_IN"):
        assert full.startswith("080-2345 ") and full.endswith(printed) and len(printed) in (2, 4)
    end, full = number_range(rng, "+971 4 555 7310", "en_AE", joiner=" to ")
    assert full == f"+971 4 555 73{end}" and 12 <= int(end) <= 14
    end, full = number_range(rng, "02-1234-5670", "ko_KR", joiner="~")
    assert full == f"02-1234-567{end}" and end in "234"


def test_registration_numbers_are_never_phones(survey) -> None:
    with_ids = [c for c in survey if c.registrations]
    assert len(with_ids) > 20
    for c in with_ids:
        digits = {re.sub(r"\D", "", p.number) for p in c.phones}
        for reg in c.registrations:
            assert re.sub(r"\D", "", reg) not in digits


def test_truth_conventions_for_the_new_kinds_of_card(survey) -> None:
    kinds = Counter(c.kind for c in survey)
    assert kinds["person"] > kinds["shop"] > kinds["given-only"] > 0 and kinds["company"] > 0
    for c in survey:
        if c.kind in ("shop", "company"):
            assert c.name is None and c.title is None
        if c.kind == "shop":
            assert c.services and c.company
        if c.kind == "given-only":
            assert c.name == c.given_name and c.family_name is None  # "Maria Luísa" too
        if c.spaced_name and c.locale not in ("ja_JP", "ko_KR", "zh_TW", "zh_CN"):
            assert c.name == c.name.upper()
        if c.name_title_sep:
            assert c.title and c.name_title_sep not in c.name
        if c.logo and c.locale not in ("ja_JP", "ko_KR", "zh_TW", "zh_CN"):
            assert c.company == (c.legal_small or f"{c.logo[0]} {c.logo[1]}")
        if c.big_tagline:
            assert c.tagline and c.tagline != c.company
        if c.trade:  # a job-like line under the firm, besides the person's own title
            assert c.title and c.trade != c.title and c.trade not in (c.company or "")
        assert c.address is None or "\n" not in c.address
        for p in c.phones:
            assert p.label is None or p.label not in p.number


def test_the_mix_covers_every_feature(survey) -> None:
    seen = Counter(f for c in survey for f in c.features)
    for feature in (
        "logo-descriptor",
        "big-tagline",
        "letter-spaced-name",
        "name-title-row",
        "given-name-only",
        "ask-for",
        "kind-shop",
        "address-2-lines",
        "address-3-lines",
        "phone-list",
        "registration",
        "no-website",
        "website-only",
        "two-emails",
        "dense",
        "sparse",
        "trade-line",
    ):
        assert seen[feature] >= 3, feature
    assert any(p.label in ("Vivo", "Claro", "TIM", "Oi") for c in survey for p in c.phones)
    locales = Counter(c.locale for c in survey)
    assert sum(locales[loc] for loc in WORLD_LOCALES) > SURVEY * 0.3


@pytest.mark.parametrize("photo", [False, True])
def test_varied_cards_are_deterministic(photo: bool) -> None:
    a, b = make_card(21, mix="varied", photo=photo), make_card(21, mix="varied", photo=photo)
    assert np.array_equal(a.image, b.image)
    assert a.truth == b.truth and a.meta == b.meta


def test_varied_overrides_keep_the_content() -> None:
    base = make_card(8, mix="varied", photo=False)
    assert make_card(8, mix="varied", photo=True).truth == base.truth
    for layout in ("banner", "panel", "portrait"):
        card = make_card(8, mix="varied", photo=False, layout=layout)
        assert card.truth == base.truth and card.meta["layout"] == layout


def test_default_mix_is_unchanged_by_the_varied_one() -> None:
    """make_card's default is the pinned corpus: the same cards as before the varied mix, and
    the committed flat samples still match their fresh renders pixel for pixel."""
    for seed in (0, 5, 13):
        a, b = make_card(seed), make_card(seed, mix="default")
        assert np.array_equal(a.image, b.image) and a.truth == b.truth
        assert "mix" not in a.meta and "features" not in a.meta
    for sample in SAMPLES:
        if sample.photo or sample.locale not in available_locales():
            continue
        committed = cv2.imread(str(REPO / "samples" / f"{sample.stem}.png"))
        fresh = sample.card().image
        assert committed.shape == fresh.shape, sample.stem
        diff = np.abs(committed.astype(int) - fresh.astype(int)).mean()
        assert diff < 0.5, (sample.stem, diff)


def test_label_lines_of_varied_cards(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path), "--n", "4", "--seed", "40", "--mix", "varied"]) == 0
    labels = [json.loads(line) for line in (tmp_path / "labels.jsonl").read_text().splitlines()]
    assert len(labels) >= 4
    for label in labels:
        assert cv2.imread(str(tmp_path / label["file"])) is not None
        assert "varied:" in label["notes"]
    card = make_card(40, mix="varied")
    assert labels[0]["name"] == card.truth["name"]
    line = label_line("x.png", card)
    assert set(line["phones"]) | set(line["fax"]) == {p["number"] for p in card.truth["phones"]}
    assert line["language"] == card.meta["language"]


def test_cli_refuses_a_new_locale_without_the_varied_mix(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--out", str(tmp_path), "--n", "1", "--locale", "en_IN"])
    assert main(["--out", str(tmp_path), "--n", "1", "--locale", "en_IN", "--mix", "varied"]) == 0


def test_romanisation_helpers() -> None:
    assert romanise_hangul("민준") == "minjun"
    assert romanise_hangul("서연", hyphen=True) == "seo-yeon"
    assert translit("Шевченко") == "shevchenko"


@cache
def _glyph(path: str, index: int, ch: str) -> bytes:
    image = Image.new("L", (80, 80))
    ImageDraw.Draw(image).text((10, 10), ch, font=font(path, 40, index), fill=255)
    return image.tobytes()


def test_every_printed_character_has_a_glyph_in_the_cards_fonts(survey) -> None:
    """No tofu: each string a varied card prints is in every face the card may be drawn in."""
    missing = set()
    for c in survey[:200]:
        region = CJK_REGION.get(c.locale)
        families = CJK_FACES[region] if region else LATIN_FAMILIES
        texts = [c.name, c.company, c.title, c.tagline, c.name_alt, c.title_alt, c.company_alt,
                 c.department, c.degrees, c.name_prefix, c.legal_small, c.name_title_sep,
                 *(c.logo or ()), *c.address_lines, *c.services, *c.hours, *c.registrations,
                 *c.emails, *c.websites, "•·-»"]  # fmt: skip
        texts += [(p.label or "") + (p.printed or p.number) + (p.joiner or "") for p in c.phones]
        if c.script_line:
            text, script, _ = c.script_line
            fam = SCRIPT_FAMILIES[script]
            letter = next(ch for ch in text if ch.isalpha())
            assert fam and _glyph(fam.regular, 0, letter) != _glyph(fam.regular, 0, "\U000f0000")
        for ch in {ch for t in texts if t for ch in t if not ch.isspace()}:
            for fam in families:
                for path in (fam.regular, fam.bold):
                    if _glyph(path, fam.index, ch) == _glyph(path, fam.index, "\U000f0000"):
                        missing.add((fam.name, ch))
    assert not missing
