"""The types every generated model is built from: the Pydantic base, open enums, timestamps.

- :class:`BaseModel` — lenient (keeps unknown fields), absent vs null via ``model_fields_set``,
  item access by wire name, ``to_dict()`` / ``to_json()``;
- :class:`OpenEnum` / :class:`OpenIntEnum` — enums that keep values the spec does not list;
- :data:`Timestamp` — a ``datetime`` parsed leniently that dumps back its wire text.

Generated code imports these through :mod:`agent_memory_sdk._runtime`.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Annotated, Any

import pydantic
from pydantic import PlainSerializer, PlainValidator

from ._enums import OpenEnum, OpenIntEnum

__all__ = ["BaseModel", "OpenEnum", "OpenIntEnum", "Timestamp", "WireDatetime", "parse_timestamp"]

_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")


class WireDatetime(_dt.datetime):
    """A ``datetime`` parsed from the wire that remembers the exact text it came from.

    Dumping a model writes that text back unchanged, so parse → dump is byte-stable even for
    ``+00:00`` offsets, nanosecond fractions or ``YYYY-MM-DD HH:MM:SS``.
    """

    __slots__ = ("wire",)
    wire: str


def parse_timestamp(value: Any) -> _dt.datetime:
    """Parse RFC 3339 (``Z`` or an offset, up to nanoseconds) or ``YYYY-MM-DD HH:MM:SS`` (UTC)."""
    if isinstance(value, _dt.datetime):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a timestamp string, got {type(value).__name__}")
    try:
        result = WireDatetime.fromisoformat(value)  # the common case, parsed in C
    except ValueError:
        result = _parse_slowly(value)
    if result.tzinfo is None:  # SQL-style "YYYY-MM-DD HH:MM:SS" (memories.sh) is UTC
        result = result.replace(tzinfo=_dt.timezone.utc)
    result.wire = value
    return result


def _parse_slowly(value: str) -> WireDatetime:
    """The forms ``fromisoformat`` rejects: ``Z`` on Python 3.10, more than 6 fraction digits."""
    text = _LONG_FRACTION.sub(r"\1", value.strip())
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return WireDatetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an RFC 3339 timestamp: {value!r}") from None


def _dump_timestamp(value: _dt.datetime) -> str:
    return value.wire if isinstance(value, WireDatetime) else value.isoformat()


Timestamp = Annotated[
    _dt.datetime,
    PlainValidator(parse_timestamp),
    PlainSerializer(_dump_timestamp, return_type=str, when_used="json"),
]
"""A ``datetime`` parsed leniently (RFC 3339 or ``YYYY-MM-DD HH:MM:SS``) that dumps back its wire text."""


class BaseModel(pydantic.BaseModel):
    """Base of every generated model.

    - unknown fields the server sends are kept (``model_extra``) and dumped back;
    - ``model_fields_set`` tells a field the server omitted from one it sent as ``null``;
    - ``model["wire_name"]`` reads a field (or an unknown extra) by its JSON name;
    - ``to_dict()`` / ``to_json()`` dump by JSON name, leaving out what was never set.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
        arbitrary_types_allowed=False,
    )

    def __getitem__(self, key: str) -> Any:
        """Read a field by its JSON name (or Python name), or an unknown field the server sent."""
        name = _python_name(type(self), key)
        if name is not None:
            return getattr(self, name)
        extra = self.__pydantic_extra__ or {}
        if key in extra:
            return extra[key]
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = _python_name(type(self), key)
        if name is not None:
            return name in self.model_fields_set
        return key in (self.__pydantic_extra__ or {})

    def get(self, key: str, default: Any = None) -> Any:
        """Like ``dict.get``: the field with JSON name ``key``, or ``default`` when it is absent."""
        return self[key] if key in self else default  # noqa: SIM401 (this *is* get)

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as JSON-compatible data keyed by wire names."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=exclude_unset)

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as a JSON string keyed by wire names, leaving out unset fields."""
        return self.model_dump_json(by_alias=True, exclude_unset=True, indent=indent)


def _python_name(model: type[pydantic.BaseModel], key: str) -> str | None:
    fields = model.model_fields
    if key in fields:
        return key
    for name, info in fields.items():
        if info.alias == key:
            return name
    return None
