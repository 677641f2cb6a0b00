"""Which installed fonts cards are drawn in: Latin families, the Noto CJK faces per region,
single-script faces and the icon font; families whose files are missing are left out."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

TRUETYPE = Path("/usr/share/fonts/truetype")
OPENTYPE = Path("/usr/share/fonts/opentype")
ICON_FONT = TRUETYPE / "dejavu/DejaVuSans.ttf"  # the one installed font with ☎ ✉ ⌂ glyphs


@dataclass(frozen=True)
class FontFamily:
    name: str
    regular: str
    bold: str
    index: int = 0  # face inside a .ttc collection


def _family(name: str, regular: Path, bold: Path, index: int = 0) -> FontFamily | None:
    if regular.exists() and bold.exists():
        return FontFamily(name, str(regular), str(bold), index)
    return None


def _latin_families() -> tuple[FontFamily, ...]:
    d, lib, noto = TRUETYPE / "dejavu", TRUETYPE / "liberation", TRUETYPE / "noto"
    candidates = (
        _family("DejaVu Sans", d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"),
        _family(
            "DejaVu Sans Condensed",
            d / "DejaVuSansCondensed.ttf",
            d / "DejaVuSansCondensed-Bold.ttf",
        ),
        _family("DejaVu Serif", d / "DejaVuSerif.ttf", d / "DejaVuSerif-Bold.ttf"),
        _family(
            "Liberation Sans", lib / "LiberationSans-Regular.ttf", lib / "LiberationSans-Bold.ttf"
        ),
        _family(
            "Liberation Sans Narrow",
            lib / "LiberationSansNarrow-Regular.ttf",
            lib / "LiberationSansNarrow-Bold.ttf",
        ),
        _family(
            "Liberation Serif",
            lib / "LiberationSerif-Regular.ttf",
            lib / "LiberationSerif-Bold.ttf",
        ),
        _family(
            "Liberation Mono", lib / "LiberationMono-Regular.ttf", lib / "LiberationMono-Bold.ttf"
        ),
        _family("Noto Sans", noto / "NotoSans-Regular.ttf", noto / "NotoSans-Bold.ttf"),
        _family("Noto Serif", noto / "NotoSerif-Regular.ttf", noto / "NotoSerif-Bold.ttf"),
    )
    return tuple(f for f in candidates if f is not None)


def _face_index(path: Path, region: str) -> int:
    """Index of a region's face (JP, KR, SC, TC) in a Noto CJK collection (the order differs
    between files)."""
    for index in range(10):
        try:
            family_name = ImageFont.truetype(str(path), 12, index=index).getname()[0]
        except OSError:
            break
        if family_name.endswith(f" {region}") and "Mono" not in family_name:
            return index
    return 0


def _cjk_families(region: str = "JP") -> tuple[FontFamily, ...]:
    found = []
    for style in ("Sans", "Serif"):
        regular, bold = (
            OPENTYPE / f"noto/Noto{style}CJK-Regular.ttc",
            OPENTYPE / f"noto/Noto{style}CJK-Bold.ttc",
        )
        if regular.exists() and bold.exists():
            found.append(
                FontFamily(
                    f"Noto {style} CJK {region}",
                    str(regular),
                    str(bold),
                    _face_index(regular, region),
                )
            )
    return tuple(found)


LATIN_FAMILIES = _latin_families()
CJK_FAMILIES = _cjk_families()
# The varied mix: Korean, Traditional and Simplified Chinese faces of the same collections, and
# the scripts of single lines (an Indian card's blessing, a Gulf card's Arabic legal form).
CJK_FACES: dict[str, tuple[FontFamily, ...]] = {
    region: _cjk_families(region) for region in ("JP", "KR", "TC", "SC")
}
SCRIPT_FAMILIES: dict[str, FontFamily | None] = {
    "deva": _family(
        "Noto Sans Devanagari",
        TRUETYPE / "noto/NotoSansDevanagari-Regular.ttf",
        TRUETYPE / "noto/NotoSansDevanagari-Bold.ttf",
    ),
    "arab": _family(
        "Noto Naskh Arabic",
        TRUETYPE / "noto/NotoNaskhArabic-Regular.ttf",
        TRUETYPE / "noto/NotoNaskhArabic-Bold.ttf",
    ),
}


@lru_cache(maxsize=1024)
def font(path: str, size: int, index: int = 0) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=index)
