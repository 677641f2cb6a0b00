"""A user's template may come from anywhere: the sandbox held, but nothing bounded its cost.

One line reached 19.7 GB; two nested loops never end. A user's template now renders in a
separate process with a memory, time and output limit, each a TemplateError naming it. The
sandbox escapes that held are kept here too.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cardscan.drafts import templating
from cardscan.drafts.profile import profile_from_dict
from cardscan.drafts.render import render
from cardscan.errors import TemplateError
from cardscan.models import Contact

ANA = Contact("a.jpg", name="Ana Ruiz", given_name="Ana", emails=("ana@n.example",))
PROFILE = profile_from_dict(
    {
        "sender": {"name": "Alex Doe", "email": "alex@example.com"},
        "interview": {"company": "Northwind Analytics", "role": "Data Engineer"},
    }
)


def _template(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mine.j2"
    path.write_text(
        "{% block subject %}Hello{% endblock %}{% block body %}" + body + "{% endblock %}",
        "utf-8",
    )
    return path


def _refusal(tmp_path: Path, body: str) -> str:
    with pytest.raises(TemplateError) as info:
        render(_template(tmp_path, body), [ANA], PROFILE)
    return str(info.value)


def test_a_template_asking_for_gigabytes_is_stopped(tmp_path: Path) -> None:
    assert _refusal(tmp_path, '{{ "x" * 10**10 }}') == (
        "mine: block body needs more than 512 MB of memory; simplify the template"
    )


def test_a_template_that_never_ends_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templating, "TIME_LIMIT", 2.0)
    started = time.monotonic()
    loops = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    assert _refusal(tmp_path, loops) == (
        "mine: block body took longer than 2 s to render; look for a loop that does not end"
    )
    assert time.monotonic() - started < 20
    # The next template gets a fresh process and renders as usual.
    (draft,) = render(_template(tmp_path, "To {{ contact.email }}"), [ANA], PROFILE).drafts
    assert draft.body == "To ana@n.example\n"


def test_a_template_writing_megabytes_is_stopped(tmp_path: Path) -> None:
    assert _refusal(tmp_path, '{{ "x" * 2000000 }}') == (
        "mine: block body writes more than 1024 KB of text; simplify the template"
    )


def test_a_huge_template_file_is_not_read(tmp_path: Path) -> None:
    path = _template(tmp_path, "x" * 2_000_000)
    with pytest.raises(TemplateError) as info:
        render(path, [ANA], PROFILE)
    assert str(info.value) == f"{path}: a template of over 1024 KB is not an email"


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__.__mro__[1].__subclasses__()",
        "cycler.__init__.__globals__",
        "self.__init__.__globals__",
        "lipsum.__globals__",
        "range.__self__",
        "contact.update({'email': 'x@evil.example'})",
    ],
)
def test_sandbox_escapes_still_fail(tmp_path: Path, expression: str) -> None:
    """Held: the sandbox refuses these, now in the limited process too."""
    assert "mine:" in _refusal(tmp_path, "{{ " + expression + " }}")


def test_built_in_templates_render_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a user's file pays for the separate process; the built-ins are trusted."""

    def no_process(*args: object) -> str:
        raise AssertionError("a built-in template went to the limited process")

    monkeypatch.setattr(templating, "_render_limited", no_process)
    assert render("thank-you", [ANA], PROFILE).drafts
