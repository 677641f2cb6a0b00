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
as ''.__class__, no changing the lists it is given. The sandbox bounds what a template may
touch, not what it may cost ({{ "x" * 10**10 }} asks for 10 GB, two nested loops over
range(100000) never end), so a user's template is also rendered in a separate process with
at most MEMORY_LIMIT bytes more memory than it starts with, TIME_LIMIT seconds per block and
MAX_OUTPUT characters of text; going over any of these is a TemplateError naming the limit.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from cardscan.errors import TemplateError
from cardscan.workers import Worker, WorkerDied

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


# What one block of a user's template may cost (see the module docstring).
TIME_LIMIT = 10.0  # seconds
MEMORY_LIMIT = 512 * 1024 * 1024  # bytes
MAX_OUTPUT = 1024 * 1024  # characters


@dataclass(frozen=True)
class LoadedTemplate:
    label: str  # the template's name, as Draft.template
    blocks: frozenset[str]
    template: jinja2.Template | None = None  # compiled: a built-in, or in the limited process
    # A user's template text, only parsed here: compiling folds constant expressions, so
    # even that happens in the limited process.
    source: str | None = None


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
        return _loaded(name, _builtin_env().get_template(name + _SUFFIX))
    path = Path(name_or_path)
    if not path.is_file():
        raise TemplateError(
            f"unknown template {name!r}: use one of {', '.join(BUILTIN_TEMPLATES)} "
            "or the path of a template file"
        )
    if path.stat().st_size > MAX_OUTPUT:
        raise TemplateError(f"{path}: a template of over {MAX_OUTPUT // 1024} KB is not an email")
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read the template: {exc}") from None
    try:
        tree = _sandbox_env().parse(source)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{path}: line {exc.lineno}: {exc.message}") from None
    blocks = frozenset(block.name for block in tree.find_all(nodes.Block))
    for block in ("subject", "body"):
        if block not in blocks:
            raise TemplateError(f"{path}: missing {{% block {block} %}}…{{% endblock %}}")
    return LoadedTemplate(path.name.split(".")[0] or path.name, blocks, source=source)


def _loaded(label: str, template: jinja2.Template) -> LoadedTemplate:
    return LoadedTemplate(label, frozenset(template.blocks), template)


def recipients_mode(loaded: LoadedTemplate, base: dict[str, Any]) -> str:
    if "recipients" not in loaded.blocks:
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
    if loaded.template is None:
        return _render_limited(loaded, block, variables)
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


_limited_lock = threading.Lock()
_limited_worker: Worker | None = None


def _render_limited(loaded: LoadedTemplate, block: str, variables: dict[str, Any]) -> str:
    """A block of a user's template, rendered in the limited process (started on first use
    and kept for the next blocks; a new one after a time-out or a crash)."""
    global _limited_worker
    job = (loaded.source, loaded.label, block, variables)
    with _limited_lock:
        if _limited_worker is None:
            _limited_worker = Worker(multiprocessing.get_context("spawn"), _render_in_limits)
        try:
            return _limited_worker.call(job, TIME_LIMIT)
        except TimeoutError:
            _limited_worker = None
            raise TemplateError(
                f"{loaded.label}: block {block} took longer than {TIME_LIMIT:g} s to render; "
                "look for a loop that does not end"
            ) from None
        except WorkerDied:
            _limited_worker = None
            raise TemplateError(
                f"{loaded.label}: block {block} stopped the process rendering it (out of "
                "memory?); simplify the template"
            ) from None


def _render_in_limits(job: tuple[str, str, str, dict[str, Any]]) -> str:
    """In the limited process: the block, rendered in-process, within the limits."""
    source, label, block, variables = job
    _limit_memory()
    try:
        text = _render_block(_loaded(label, _compiled(source)), block, variables)
    except MemoryError:
        raise TemplateError(
            f"{label}: block {block} needs more than {MEMORY_LIMIT // 2**20} MB of memory; "
            "simplify the template"
        ) from None
    if len(text) > MAX_OUTPUT:
        raise TemplateError(
            f"{label}: block {block} writes more than {MAX_OUTPUT // 1024} KB of text; "
            "simplify the template"
        )
    return text


@functools.lru_cache(maxsize=4)
def _compiled(source: str) -> jinja2.Template:
    return _sandbox_env().from_string(source)


@functools.cache
def _limit_memory() -> None:
    """Allow this process MEMORY_LIMIT bytes beyond what it uses now (Linux; elsewhere only
    the time limit holds)."""
    try:
        import resource

        pages = int(Path("/proc/self/statm").read_text().split()[0])
        limit = pages * os.sysconf("SC_PAGE_SIZE") + MEMORY_LIMIT
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        pass
