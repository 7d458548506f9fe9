"""Docstrings of the generated facade: paragraphs joined, then wrapped once.

The spec's descriptions are YAML-folded text; wrapping them as they are (what the old Jinja
``wordwrap`` did) wrapped every line again and left one-word lines. Here each paragraph is
joined first, then wrapped to ``DOC_WIDTH`` columns, indentation included.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, Any

from _types import text
from openapi_python_client.strings import safe_for_docstring

if TYPE_CHECKING:
    from _methods import Param

DOC_WIDTH = 100  # docstring lines, indentation included


def paragraphs(value: str) -> list[str]:
    """Blank-line separated paragraphs with their line breaks joined (the spec's YAML wraps them)."""
    out = []
    for block in re.split(r"\n\s*\n", value.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines:
            out.append(" ".join(lines))
    return out


def wrap(value: str, indent: int, hanging: int | None = None) -> list[str]:
    hanging = indent if hanging is None else hanging
    wrapper = textwrap.TextWrapper(
        width=DOC_WIDTH,
        initial_indent=" " * indent,
        subsequent_indent=" " * hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapper.wrap(value) or [" " * indent]


def first_sentence(value: str) -> str:
    """Up to the first full stop followed by a space (the whole text when there is none)."""
    head, dot, _ = value.partition(". ")
    return head + "." if dot else value


def docstring(
    endpoint: Any,
    hint: dict[str, Any],
    params: list[Param],
    body_arg: str | None,
    array: bool,
    shared: frozenset[str] = frozenset(),
) -> str:
    """The method docstring (8-space indented, wrapped at ``DOC_WIDTH``), without the quotes."""
    summary = safe_for_docstring(text(endpoint.summary) or text(endpoint.name))
    description = safe_for_docstring(text(endpoint.description))
    lines = wrap(" ".join(paragraphs(summary)), 0, 8)
    if description and text(endpoint.description) != text(endpoint.summary):
        for para in paragraphs(description):
            lines += ["", *wrap(para, 8)]
    route = f"``{endpoint.method.upper()} {safe_for_docstring(text(endpoint.path))}``"
    if not hint["served"]:
        route += " — no released server serves this route."
    lines += ["", " " * 8 + route, "", " " * 8 + "Args:"]
    shown = [p for p in params if p.where != "hidden"]
    positional = [p for p in shown if p.positional]
    for p in [*positional, None, *(p for p in shown if not p.positional)]:  # None: the body argument
        if p is None:
            if body_arg:
                how = "" if array else ", as a model or a dict; keyword arguments override its fields"
                lines += wrap(f"{body_arg}: the whole request body{how}.", 12, 16)
            continue
        doc = " ".join(paragraphs(safe_for_docstring(p.doc or p.wire)))
        if p.name in shared:
            doc = f"{first_sentence(doc)} Described in full in the class docstring."
        lines += wrap(f"{p.name}: {doc}", 12, 16)
    lines += [" " * 12 + "extra_headers, extra_query, extra_body, timeout, max_retries: per-call options."]
    return "\n".join(line.rstrip() for line in lines) + "\n" + " " * 8
