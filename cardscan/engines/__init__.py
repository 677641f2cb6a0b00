"""OCR engines: the OcrEngine protocol and one module per engine."""

from __future__ import annotations

from cardscan.engines.base import OcrEngine
from cardscan.errors import EngineUnavailableError

#: The engine that read the real-photo development set best (see README, "Engines").
DEFAULT_ENGINE = "rapidocr"
ENGINE_NAMES = ("rapidocr", "tesseract")

_cache: dict[str, OcrEngine] = {}


def _construct(name: str) -> OcrEngine:
    if name == "tesseract":
        from cardscan.engines.tesseract import TesseractEngine

        return TesseractEngine()
    if name == "rapidocr":
        from cardscan.engines.rapidocr import RapidOcrEngine

        return RapidOcrEngine()
    raise EngineUnavailableError(
        f"unknown engine {name!r}; choose one of: {', '.join(ENGINE_NAMES)}"
    )


def get_engine(name: str = DEFAULT_ENGINE) -> OcrEngine:
    """The engine called ``name``, checked to be runnable; one instance per process."""
    if name not in _cache:
        engine = _construct(name)
        if not engine.available():
            raise EngineUnavailableError(engine.unavailable_reason())
        _cache[name] = engine
    return _cache[name]


__all__ = ["DEFAULT_ENGINE", "ENGINE_NAMES", "OcrEngine", "get_engine"]
