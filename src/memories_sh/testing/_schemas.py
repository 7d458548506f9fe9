"""zod-equivalent request validation (§1.5): null rejected, unknown keys stripped, trim then check."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from ._common import js_len, js_trim


class Invalid(Exception):
    """Any validation failure; the routes turn it into 400 INVALID_REQUEST without details."""


_MISSING = object()
Validator = Callable[[Any], Any]


def parse_json(raw: bytes) -> Any:
    """``request.json()``: strict JSON (no NaN/Infinity), UTF-8; empty body is invalid."""

    def _reject(_: str) -> Any:
        raise Invalid("non-finite number")

    try:
        value = json.loads(raw.decode("utf-8", "replace"), parse_constant=_reject)
    except (ValueError, RecursionError) as exc:
        raise Invalid(str(exc)) from exc
    if b"\\u" in raw and _has_lone_surrogate(value):  # "\ud800": no UTF-8 form, so no database row
        raise Invalid("lone surrogate in a string")
    return value


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if any("\ud800" <= ch <= "\udfff" for ch in item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def string(min_len: int | None = None, max_len: int | None = None, trim: bool = True) -> Validator:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid("expected string")
        out = js_trim(value) if trim else value
        n = js_len(out)
        if min_len is not None and n < min_len:
            raise Invalid("too short")
        if max_len is not None and n > max_len:
            raise Invalid("too long")
        return out

    return check


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def integer(min_value: int | None = None, max_value: int | None = None) -> Validator:
    """``z.number().int()``: JSON ``5.0`` passes, ``5.5``/``"5"``/``true`` fail."""

    def check(value: Any) -> int:
        if not is_number(value) or (isinstance(value, float) and not math.isfinite(value)):
            raise Invalid("expected number")
        if isinstance(value, float):
            if not value.is_integer():
                raise Invalid("expected int")
            value = int(value)
        if abs(value) > 2**53 - 1:
            raise Invalid("unsafe integer")
        if min_value is not None and value < min_value:
            raise Invalid("too small")
        if max_value is not None and value > max_value:
            raise Invalid("too big")
        return int(value)

    return check


def boolean() -> Validator:
    def check(value: Any) -> bool:
        if not isinstance(value, bool):
            raise Invalid("expected boolean")
        return value

    return check


def enum(*options: str) -> Validator:
    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in options:
            raise Invalid("invalid enum value")
        return value

    return check


def literal_int(*options: int) -> Validator:
    def check(value: Any) -> int:
        if not is_number(value) or value not in options:
            raise Invalid("invalid literal")
        return int(value)

    return check


def array(item: Validator, max_items: int | None = None) -> Validator:
    def check(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise Invalid("expected array")
        if max_items is not None and len(value) > max_items:
            raise Invalid("too many items")
        return [item(v) for v in value]

    return check


def record() -> Validator:
    """``z.record(z.string(), z.unknown())``: a plain JSON object."""

    def check(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid("expected object")
        return value

    return check


def nullable(inner: Validator) -> Validator:
    def check(value: Any) -> Any:
        return None if value is None else inner(value)

    return check


def obj(fields: dict[str, tuple[Validator, bool]]) -> Validator:
    """``z.object``: (validator, required) per field; optional fields reject null; unknown keys dropped."""

    def check(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid("expected object")
        out: dict[str, Any] = {}
        for name, (validator, required) in fields.items():
            raw = value.get(name, _MISSING)
            if raw is _MISSING:
                if required:
                    raise Invalid(f"{name} is required")
                continue
            out[name] = validator(raw)
        return out

    return check


SCOPE = obj(
    {
        "tenantId": (string(1, 120), False),
        "userId": (string(1, 120), False),
        "projectId": (string(1, 240), False),
    }
)
MEMORY_TYPE = enum("rule", "decision", "fact", "note", "skill")
MEMORY_LAYER = enum("rule", "working", "long_term")
TAGS = array(string(1, 120), 50)
PATHS = array(string(1, 300), 100)
MODE = enum("all", "working", "long_term", "rules_only")
STRATEGY = enum("lexical", "semantic", "hybrid", "baseline", "hybrid_graph")
LEGACY_STRATEGY = enum("baseline", "hybrid_graph")
EMBEDDING_MODEL = string(1, 160)
GRAPH_DEPTH = literal_int(0, 1, 2)

CONTEXT_GET = obj(
    {
        "query": (string(None, 500), False),
        "limit": (integer(1, 50), False),
        "includeRules": (boolean(), False),
        "includeSkillFiles": (boolean(), False),
        "mode": (MODE, False),
        "strategy": (STRATEGY, False),
        "graphDepth": (GRAPH_DEPTH, False),
        "graphLimit": (integer(1, 50), False),
        "scope": (SCOPE, False),
    }
)
GRAPH_TRACE = obj(
    {
        k: v
        for k, v in {
            "query": (string(None, 500), False),
            "limit": (integer(1, 50), False),
            "includeRules": (boolean(), False),
            "mode": (MODE, False),
            "strategy": (LEGACY_STRATEGY, False),
            "graphDepth": (GRAPH_DEPTH, False),
            "graphLimit": (integer(1, 50), False),
            "scope": (SCOPE, False),
        }.items()
    }
)
MEMORIES_ADD = obj(
    {
        "content": (string(1, 8000), True),
        "type": (MEMORY_TYPE, False),
        "layer": (MEMORY_LAYER, False),
        "tags": (TAGS, False),
        "paths": (PATHS, False),
        "category": (string(1, 120), False),
        "metadata": (record(), False),
        "embeddingModel": (EMBEDDING_MODEL, False),
        "scope": (SCOPE, False),
    }
)
_EDIT_FIELDS = ("content", "type", "layer", "tags", "paths", "category", "metadata", "embeddingModel")
_MEMORIES_EDIT = obj(
    {
        "id": (string(1, 64), True),
        "content": (string(1, 8000), False),
        "type": (MEMORY_TYPE, False),
        "layer": (MEMORY_LAYER, False),
        "tags": (TAGS, False),
        "paths": (PATHS, False),
        "category": (string(1, 120), False),
        "metadata": (nullable(record()), False),
        "embeddingModel": (EMBEDDING_MODEL, False),
        "scope": (SCOPE, False),
    }
)


def MEMORIES_EDIT(value: Any) -> dict[str, Any]:
    parsed: dict[str, Any] = _MEMORIES_EDIT(value)
    if not any(name in parsed for name in _EDIT_FIELDS):
        raise Invalid("At least one editable field is required")
    return parsed


MEMORIES_SEARCH = obj(
    {
        "query": (string(1, 500), True),
        "type": (MEMORY_TYPE, False),
        "layer": (MEMORY_LAYER, False),
        "strategy": (STRATEGY, False),
        "limit": (integer(1, 50), False),
        "scope": (SCOPE, False),
    }
)
MEMORIES_LIST = obj(
    {
        "type": (MEMORY_TYPE, False),
        "layer": (MEMORY_LAYER, False),
        "tags": (string(1, 120), False),
        "limit": (integer(1, 100), False),
        "scope": (SCOPE, False),
    }
)
MEMORIES_FORGET = obj({"id": (string(1, 64), True), "scope": (SCOPE, False)})
SKILLS_UPSERT = obj(
    {
        "path": (string(1, 400), True),
        "content": (string(1, 120_000), True),
        "procedureKey": (string(1, 120), False),
        "scope": (SCOPE, False),
    }
)
SKILLS_LIST = obj(
    {
        "limit": (integer(1, 500), False),
        "query": (string(None, 500), False),
        "procedureKey": (string(None, 120), False),
        "scope": (SCOPE, False),
    }
)
SKILLS_DELETE = obj({"path": (string(1, 400), True), "scope": (SCOPE, False)})
GRAPH_STATUS = obj({"topNodesLimit": (integer(1, 50), False), "scope": (SCOPE, False)})
ROLLOUT_READ = obj({"scope": (SCOPE, False)})
ROLLOUT_UPDATE = obj({"mode": (enum("off", "shadow", "canary"), True), "scope": (SCOPE, False)})


def js_parse_int(text: str) -> float | int:
    """``Number.parseInt(text, 10)``: leading whitespace, sign, digits; NaN when none."""
    s = js_trim(text)
    i = 0
    if s[:1] in "+-" and s:
        i = 1
    j = i
    while j < len(s) and s[j].isascii() and s[j].isdigit():
        j += 1
    if j == i:
        return math.nan
    return int(s[:j])
