"""Turning call arguments into wire values: path, query string and JSON body.

Rules (all API-agnostic):

- ``NOT_GIVEN`` is dropped everywhere; an explicit ``None`` is sent as JSON ``null`` only in
  bodies and only when the profile allows nulls (``send_null``); query/header ``None`` is dropped.
- Pydantic models → ``model_dump(mode="json", by_alias=True, exclude_unset=True)``; enums → their
  value; ``datetime``/``date``/``time`` → ISO 8601; ``UUID``/``Decimal`` → ``str``.
- Query booleans → ``true``/``false``; lists → repeated keys, or one comma-joined value for
  the operation's ``x-sdk.csv`` fields (which applies to JSON body fields too).
- A JSON operation always sends a body: ``{}`` (or ``[]`` for an array body) at minimum.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import enum
import json
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import pydantic

from ._runtime import NotGiven, Operation

__all__ = [
    "NO_BODY",
    "build_body",
    "build_path",
    "build_query",
    "is_json_operation",
    "to_jsonable",
    "to_query_value",
]

NO_BODY: Any = object()
"""Marker returned by :func:`build_body` when the request has no body at all."""

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

ValidationErrorFactory = Callable[..., Exception]


def is_json_operation(operation: Operation) -> bool:
    """Whether the operation's request body is JSON (``application/json`` or ``+json``)."""
    return operation.content_type is not None and "json" in operation.content_type.lower()


def _strip_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_strip_nulls(v) for v in value]
    return value


def to_jsonable(value: Any, *, send_null: bool = True) -> Any:
    """``value`` as JSON-compatible data without ``NOT_GIVEN`` (nor ``None`` unless ``send_null``)."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value  # the common leaves, before the isinstance checks below
    if kind is dict:
        return {
            str(k): to_jsonable(v, send_null=send_null)
            for k, v in value.items()
            if not isinstance(v, NotGiven) and (send_null or v is not None)
        }
    if isinstance(value, (str, int, float)) and not isinstance(value, enum.Enum):
        return value
    if isinstance(value, pydantic.BaseModel):
        dumped = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return dumped if send_null else _strip_nulls(dumped)
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value, send_null=send_null)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {
            str(k): to_jsonable(v, send_null=send_null)
            for k, v in value.items()
            if not isinstance(v, NotGiven) and (send_null or v is not None)
        }
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v, send_null=send_null) for v in value if not isinstance(v, NotGiven)]
    if isinstance(value, (uuid.UUID, decimal.Decimal)):
        return str(value)
    return value


def to_query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return to_query_value(value.value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (Mapping, pydantic.BaseModel)):
        return json.dumps(to_jsonable(value), separators=(",", ":"))
    return str(value)


def build_query(
    query: Mapping[str, Any] | None, extra_query: Mapping[str, Any] | None, csv: frozenset[str]
) -> list[tuple[str, str]]:
    """Query pairs from the call's ``query`` with ``extra_query`` merged over it (extra wins)."""
    merged: dict[str, Any] = dict(query or {})
    merged.update(extra_query or {})
    pairs: list[tuple[str, str]] = []
    for key, value in merged.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            items = [to_query_value(v) for v in value if v is not None and not isinstance(v, NotGiven)]
            if key in csv:
                pairs.append((key, ",".join(items)))
            else:
                pairs.extend((key, item) for item in items)
        else:
            pairs.append((key, to_query_value(value)))
    return pairs


def _csv_join(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return value


def build_body(
    operation: Operation,
    body: Any,
    extra_body: Mapping[str, Any] | None,
    *,
    send_null: bool,
    csv: frozenset[str],
    validation_error: ValidationErrorFactory,
) -> Any:
    """The JSON-compatible body to send, or :data:`NO_BODY`."""
    if body is None or isinstance(body, NotGiven):
        if not is_json_operation(operation) and not extra_body:
            return NO_BODY
        data: Any = [] if operation.request_array else {}
    else:
        data = to_jsonable(body, send_null=send_null)
    if isinstance(data, dict) and csv:
        data = {k: _csv_join(v) if k in csv else v for k, v in data.items()}
    if extra_body:
        if not isinstance(data, dict):
            raise validation_error(
                "extra_body can only be merged into a JSON object body", param="extra_body"
            )
        data = {**data, **to_jsonable(dict(extra_body), send_null=True)}
    return data


def build_path(
    operation: Operation, params: Mapping[str, Any] | None, validation_error: ValidationErrorFactory
) -> str:
    """``operation.path`` with every ``{name}`` replaced by its percent-encoded value."""
    values = params or {}

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if isinstance(value, enum.Enum):
            value = value.value
        text = "" if value is None or isinstance(value, NotGiven) else str(value)
        if not text:
            raise validation_error(
                f"{operation.name}: path parameter {name!r} must be a non-empty value, got {value!r}",
                param=name,
            )
        try:
            encoded = quote(text, safe="")
        except UnicodeEncodeError:
            raise validation_error(
                f"{operation.name}: path parameter {name!r} contains a lone surrogate (not valid UTF-8)",
                param=name,
            ) from None
        # "." and ".." are dot-segments: a URL parser removes them (GET /memories/.. is GET /api/v1).
        return "%2E" * len(encoded) if encoded in (".", "..") else encoded

    return _PLACEHOLDER.sub(substitute, operation.path)
