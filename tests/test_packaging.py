"""What an install of cardscan brings and prints: the license as setuptools wants it, and the
web page's packages in the default install (no extra step before `cardscan serve`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
WEB_PACKAGES = ("starlette", "uvicorn", "python-multipart", "segno")


def _names(requirements: list[str]) -> set[str]:
    return {r.split(";")[0].split("[")[0].split(">")[0].split("=")[0].strip() for r in requirements}


def test_license_is_an_spdx_string_with_a_setuptools_that_reads_it() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert "setuptools>=77" in PYPROJECT["build-system"]["requires"]


def test_the_web_page_needs_no_extra_install() -> None:
    default = _names(PYPROJECT["project"]["dependencies"])
    assert set(WEB_PACKAGES) <= default, default


@pytest.mark.slow
def test_building_prints_no_setuptools_warning(tmp_path: Path) -> None:
    """The build `pip install .` runs (isolated, the newest setuptools the index has)."""
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".*", "build", "*.egg-info"))
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", str(source), "-w", "wheels"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    output = build.stdout + build.stderr
    assert build.returncode == 0, output[-3000:]
    assert list((tmp_path / "wheels").glob("cardscan-*.whl")), output[-3000:]
    for warning in ("SetuptoolsDeprecationWarning", "SetuptoolsWarning", "project.license"):
        assert warning not in output, output[output.find(warning) - 500 :][:2000]
