"""The error codes a spec documents, and the retry rules it attaches to them.

A code is documented where a schema's ``code`` property lists it: its ``const``, its ``enum``,
its ``x-known-values`` (codes kept a plain string on the wire so newer ones still parse), or
its ``x-sdk.retryable`` map (``CODE: true|false``: whether a failure with that code may succeed
when sent again, where the response body does not say so itself). ``templates/errors.py.jinja``
prints them as the open enum ``ErrorCode`` and the ``RETRYABLE`` map the hand layers read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass
class ErrorCodes:
    """Every documented code (sorted) and the spec's retry rule per code."""

    codes: list[str] = field(default_factory=list)
    retryable: dict[str, bool] = field(default_factory=dict)


def _walk(node: Any, found: ErrorCodes, codes: set[str]) -> None:
    if isinstance(node, dict):
        code = node.get("properties", {}).get("code") if isinstance(node.get("properties"), dict) else None
        if isinstance(code, dict):
            values = [code.get("const"), *(code.get("enum") or []), *(code.get("x-known-values") or [])]
            rules = (code.get("x-sdk") or {}).get("retryable") or {}
            codes.update(v for v in [*values, *rules] if isinstance(v, str))
            for name, value in rules.items():
                found.retryable[str(name)] = bool(value)
        for value in node.values():
            _walk(value, found, codes)
    elif isinstance(node, list):
        for value in node:
            _walk(value, found, codes)


def error_codes(spec: dict[str, Any]) -> ErrorCodes:
    """The codes documented anywhere in ``spec`` (components and inline schemas alike)."""
    found = ErrorCodes()
    codes: set[str] = set()
    _walk(spec, found, codes)
    bad = sorted(c for c in codes if not _NAME.match(c))
    if bad:
        raise ValueError(f"error codes must be UPPER_SNAKE to become enum members: {bad}")
    found.codes = sorted(codes)
    found.retryable = dict(sorted(found.retryable.items()))
    return found
