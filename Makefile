# cardscan — two set-up commands:
#   make demo   install everything and scan the bundled samples into contacts and drafts (out/)
#   make test   install everything and run the tests
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# System packages: Tesseract (with Japanese, Portuguese and German data, and the scripts
# RapidOCR cannot read: Korean, Cyrillic, Arabic, Devanagari, Thai) and the fonts the card
# renderer uses. Installed only when something is missing.
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-jpn tesseract-ocr-por \
                tesseract-ocr-deu tesseract-ocr-kor tesseract-ocr-script-hang \
                tesseract-ocr-rus tesseract-ocr-ukr \
                tesseract-ocr-ara tesseract-ocr-hin tesseract-ocr-tha \
                fonts-dejavu-core fonts-liberation fonts-noto-core fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test system-deps browser-deps install install-test lint bench clean

demo: install
	@mkdir -p out
	$(BIN)/cardscan scan samples --format table
	$(BIN)/cardscan scan samples --format jsonl --output out/contacts.jsonl --force
	$(BIN)/cardscan draft out/contacts.jsonl --template thank-you \
	    --profile samples/profile.toml --out out/drafts --force
	@echo "contacts: out/contacts.jsonl   drafts: out/drafts/"

test: install-test
	$(BIN)/ruff check cardscan tests bench
	$(BIN)/python -m pytest -q -m "" $(PYTEST_ARGS)

system-deps:
	@if command -v tesseract >/dev/null 2>&1 && [ -d /usr/share/fonts/truetype/dejavu ] \
	    && tesseract --list-langs 2>/dev/null | grep -qx Hangul; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	elif command -v brew >/dev/null 2>&1; then \
	    brew install tesseract tesseract-lang; \
	else echo "please install Tesseract (https://tesseract-ocr.github.io/) and re-run"; exit 1; fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# A regular (non-editable) install, so the demo and the CLI tests see what users get.
install: system-deps $(BIN)/python
	$(BIN)/python -m pip install -q .

install-test: system-deps browser-deps $(BIN)/python
	$(BIN)/python -m pip install -q ".[test]"

# The web page's end-to-end test drives Debian's chromium (Playwright's own browser download
# needs the internet). Installed only when missing; elsewhere the test skips with a reason.
browser-deps:
	@if command -v chromium >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then :; \
	else $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    chromium >/dev/null; fi

bench: install-test
	$(BIN)/python -m bench.accuracy ../shared/realcards

clean:
	rm -rf $(VENV) out build *.egg-info
