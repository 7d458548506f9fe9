"""The types every generated model is built from: the Pydantic base, open enums, timestamps.

- :class:`BaseModel` — lenient (keeps unknown fields), absent vs null via ``model_fields_set``,
  item access by wire name, ``to_dict()`` / ``to_json()``;
- :class:`OpenEnum` / :class:`OpenIntEnum` — enums that keep values the spec does not list;
- :data:`Timestamp` — a timezone-aware ``datetime`` parsed by pydantic (no offset = UTC);
- :data:`DateTime` — an RFC 3339 ``date-time``: pydantic's ``datetime`` as is.

Generated code imports these through :mod:`agent_memory_sdk._runtime`.
"""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any

import pydantic
from pydantic import GetCoreSchemaHandler, PlainSerializer
from pydantic_core import core_schema

from ._enums import OpenEnum, OpenIntEnum

__all__ = ["BaseModel", "DateTime", "OpenEnum", "OpenIntEnum", "Timestamp", "parse_timestamp"]

_UTC = _dt.timezone.utc


def _as_utc(value: _dt.datetime) -> _dt.datetime:
    """A timestamp without an offset (SQL-style ``YYYY-MM-DD HH:MM:SS``, memories.sh) is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=_UTC)


def _isoformat(value: _dt.datetime) -> str:
    return value.isoformat()


class _OffsetOrUTC:
    """``Annotated`` marker of :data:`Timestamp`: a value with an offset is parsed in Rust alone;
    only one without an offset reaches the Python call making it UTC (an ``AfterValidator`` on
    every value would cost a Python call per timestamp)."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.union_schema(
            [
                core_schema.datetime_schema(tz_constraint="aware"),
                core_schema.no_info_after_validator_function(_as_utc, core_schema.datetime_schema()),
            ],
            mode="left_to_right",
        )


Timestamp = Annotated[
    _dt.datetime,
    _OffsetOrUTC,
    PlainSerializer(_isoformat, return_type=str, when_used="json"),
]
"""A ``datetime`` parsed by pydantic (RFC 3339 up to nanoseconds, or ``YYYY-MM-DD HH:MM:SS``);
always timezone-aware: a timestamp without an offset is UTC. Dumps as ``datetime.isoformat()``
(``+00:00``, as both servers write it), so RFC 3339 text with an offset and at most microseconds
dumps back unchanged."""

DateTime = Annotated[_dt.datetime, PlainSerializer(_isoformat, return_type=str, when_used="json")]
"""An RFC 3339 ``date-time``: pydantic's own ``datetime`` (parsed in Rust, offset as sent), dumped
like :data:`Timestamp` with ``isoformat()``."""

_timestamp: list[pydantic.TypeAdapter[_dt.datetime]] = []


def parse_timestamp(value: Any) -> _dt.datetime:
    """Parse a timestamp exactly as the models do (see :data:`Timestamp`); ``ValueError`` otherwise."""
    if isinstance(value, _dt.datetime):
        return _as_utc(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a timestamp string, got {type(value).__name__}")
    if not _timestamp:
        _timestamp.append(pydantic.TypeAdapter(Timestamp))
    try:
        return _timestamp[0].validate_python(value)
    except pydantic.ValidationError:
        raise ValueError(f"not an RFC 3339 timestamp: {value!r}") from None


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
        """Read a field by its JSON name (or Python name), or an unknown field the server sent.

        A field whose value did not have the spec's type is ``None`` as an attribute; its raw
        value is what ``model["field"]`` returns (and sits in ``model_extra`` under its JSON name).
        """
        extra = self.__pydantic_extra__ or {}
        if key in extra:
            return extra[key]
        name = _python_name(type(self), key)
        if name is not None:
            alias = type(self).model_fields[name].alias
            if alias in extra and name not in self.model_fields_set:
                return extra[alias]
            return getattr(self, name)
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = _python_name(type(self), key)
        extra = self.__pydantic_extra__ or {}
        if name is not None and name in self.model_fields_set:
            return True
        return key in extra or (name is not None and type(self).model_fields[name].alias in extra)

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
