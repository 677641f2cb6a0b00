"""Jinja2 templates for drafts: the built-ins and the user's own files.

Format: one file with three blocks::

    {% block recipients %}each{% endblock %}   {# "each" (the default) or "hr" #}
    {% block subject %}Thank you — {{ interview.role }}{% endblock %}
    {% block body %}Dear {{ greeting_name }}, …{% endblock %}

`each` writes one message per contact with a usable email; `hr` writes one message to the
profile's [hr]. The subject is folded onto one line; the body loses trailing spaces and
runs of blank lines, and a doubled full stop becomes one. The variables are listed in
render.py. A missing variable is an error, never an empty string (StrictUndefined), so a
typo cannot send "Dear ,".

Built-in templates are templates/<name>.j2 in this package. A user's template file may
come from anywhere, so it is rendered in an immutable sandbox: no attribute tricks such
as ''.__class__, no changing the lists it is given.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from cardscan.errors import TemplateError

BUILTIN_TEMPLATES: tuple[str, ...] = ("thank-you", "hr-update", "hr-follow-up", "feedback-request")
RECIPIENT_MODES: tuple[str, ...] = ("each", "hr")
_SUFFIX = ".j2"
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def list_templates() -> list[str]:
    """Names of the built-in templates."""
    return list(BUILTIN_TEMPLATES)


def template_source(name: str) -> str:
    """The text of a built-in template, e.g. for the user to copy and adapt."""
    if name not in BUILTIN_TEMPLATES:
        raise TemplateError(f"unknown template {name!r}; built-ins: {', '.join(BUILTIN_TEMPLATES)}")
    return (resources.files(__package__) / "templates" / f"{name}{_SUFFIX}").read_text("utf-8")


@dataclass(frozen=True)
class LoadedTemplate:
    label: str  # the template's name, as Draft.template
    template: jinja2.Template


def _env_options() -> dict[str, Any]:
    return {
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "autoescape": False,  # plain-text email: HTML escaping would garble "&" and quotes
    }


@functools.lru_cache(maxsize=1)
def _builtin_env() -> jinja2.Environment:
    loader = jinja2.PackageLoader(__package__, "templates")
    return jinja2.Environment(loader=loader, **_env_options())


@functools.lru_cache(maxsize=1)
def _sandbox_env() -> jinja2.Environment:
    return ImmutableSandboxedEnvironment(**_env_options())


def load_template(name_or_path: str | Path) -> LoadedTemplate:
    name = str(name_or_path)
    if name in BUILTIN_TEMPLATES:
        return LoadedTemplate(name, _builtin_env().get_template(name + _SUFFIX))
    path = Path(name_or_path)
    if not path.is_file():
        raise TemplateError(
            f"unknown template {name!r}: use one of {', '.join(BUILTIN_TEMPLATES)} "
            "or the path of a template file"
        )
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read the template: {exc}") from None
    try:
        template = _sandbox_env().from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{path}: line {exc.lineno}: {exc.message}") from None
    for block in ("subject", "body"):
        if block not in template.blocks:
            raise TemplateError(f"{path}: missing {{% block {block} %}}…{{% endblock %}}")
    return LoadedTemplate(path.name.split(".")[0] or path.name, template)


def recipients_mode(loaded: LoadedTemplate, base: dict[str, Any]) -> str:
    if "recipients" not in loaded.template.blocks:
        return "each"
    mode = _render_block(loaded, "recipients", base).strip()
    if mode not in RECIPIENT_MODES:
        raise TemplateError(
            f"{loaded.label}: block recipients must be 'each' or 'hr', not {mode!r}"
        )
    return mode


def render_blocks(loaded: LoadedTemplate, variables: dict[str, Any]) -> tuple[str, str]:
    subject = _one_full_stop(" ".join(_render_block(loaded, "subject", variables).split()))
    body = _one_full_stop(_render_block(loaded, "body", variables))
    body = re.sub(r"[ \t]+\n", "\n", body)  # trailing spaces left by conditionals
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n") + "\n"
    return subject, body


def _one_full_stop(text: str) -> str:
    """"at Acme Inc.." → "at Acme Inc.": a name ending in a full stop ends the sentence too
    (an ellipsis "..." is left alone)."""
    return _DOUBLE_STOP.sub(".", text)


def _render_block(loaded: LoadedTemplate, block: str, variables: dict[str, Any]) -> str:
    template = loaded.template
    try:
        context = template.new_context(variables)
        return "".join(template.blocks[block](context))
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"{loaded.label}: unknown variable: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{loaded.label}: {exc}") from None
    except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
        # A user's template can fail in the ways any expression can.
        raise TemplateError(f"{loaded.label}: {type(exc).__name__}: {exc}") from None
