"""Response types that are not one model: ``list[Model]``, ``dict[str, Model]``, scalars, unions.

Generated ``OPERATION.responses`` name each documented body lazily (importing an operation
imports no model). A model is ``"models.<module>:<Class>"``; any other shape is written in a
small grammar that :func:`resolve_type` turns into the Python type the engine validates with a
pydantic ``TypeAdapter`` (see ``_response.validate_shape``):

- scalars ``str``, ``int``, ``float``, ``bool``, ``None``; ``json`` for any JSON value;
- ``list[<ref>]``, ``dict[<ref>]`` (string keys) and unions ``<ref> | <ref>``.
"""

from __future__ import annotations

import functools
from typing import Any, Union

from ._runtime import resolve

__all__ = ["is_shape", "resolve_type"]

_SCALARS: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "None": type(None),
    "json": Any,
}


def is_shape(ref: str) -> bool:
    """Whether ``ref`` is a shape expression rather than a single ``module:Class`` reference."""
    return ref in _SCALARS or ref.startswith(("list[", "dict[")) or " | " in ref


@functools.cache
def resolve_type(package: str, ref: str) -> Any:
    """The Python type ``ref`` describes, its models imported from ``package`` (cached)."""
    parts = _split_union(ref)
    if len(parts) > 1:
        members = tuple(resolve_type(package, part) for part in parts)
        return Union[members]  # noqa: UP007 (built at run time from a tuple)
    ref = ref.strip()
    if ref in _SCALARS:
        return _SCALARS[ref]
    if ref.startswith("list[") and ref.endswith("]"):
        return list[resolve_type(package, ref[5:-1])]  # type: ignore[misc]
    if ref.startswith("dict[") and ref.endswith("]"):
        return dict[str, resolve_type(package, ref[5:-1])]  # type: ignore[misc]
    if ":" in ref:
        return resolve(package, ref)
    raise ValueError(f"not a response shape: {ref!r}")


def _split_union(ref: str) -> list[str]:
    """Split ``a | list[b | c]`` at its top-level bars only."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(ref):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(ref[start:i].strip())
            start = i + 1
    parts.append(ref[start:].strip())
    return parts
