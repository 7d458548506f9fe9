"""The small, stable surface that generated code imports.

Generated packages (``generated/_<api>_api``) depend on this module only. It defines:

- :data:`NOT_GIVEN` / :class:`NotGiven` — "the caller did not pass this argument", distinct from
  ``None`` (which is sent as JSON ``null`` when a caller passes it explicitly);
- :class:`Operation` — one descriptor per spec operation, which the engine turns into requests;
- :class:`BaseModel` — the Pydantic base of every generated model;
- :class:`OpenEnum` — the base of every generated enum: unknown values are kept, not rejected;
- :class:`SyncResource` / :class:`AsyncResource` — bases of the generated facades;
- :data:`Timestamp` — a ``datetime`` that also accepts ``YYYY-MM-DD HH:MM:SS``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal, Protocol, TypedDict

import pydantic
from pydantic import PlainSerializer, PlainValidator
from typing_extensions import Self

if TYPE_CHECKING:
    import httpx

__all__ = [
    "NOT_GIVEN",
    "AsyncResource",
    "AsyncTransport",
    "BaseModel",
    "NotGiven",
    "OpenEnum",
    "OpenIntEnum",
    "Operation",
    "RequestOptions",
    "SyncResource",
    "SyncTransport",
    "Timestamp",
    "merge_body",
]


class NotGiven:
    """Sentinel type of :data:`NOT_GIVEN`: an argument the caller did not pass.

    It is falsy, so ``if timeout:`` treats it like "nothing".
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> Self:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance  # type: ignore[return-value]

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""The value of every optional argument a caller did not pass; such fields are left out of the request."""


class RequestOptions(TypedDict, total=False):
    """Per-call options every generated method accepts as keyword arguments."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, object] | None
    extra_body: Mapping[str, object] | None
    timeout: float | httpx.Timeout | NotGiven | None
    max_retries: int | NotGiven


@dataclass(frozen=True)
class Operation:
    """Everything the engine needs to know about one operation of a spec.

    Generated code builds one per operation; the engine never names an endpoint, it reads this.

    Attributes:
        name: the operationId.
        method: HTTP method, upper case.
        path: path template with ``{name}`` placeholders (wire names).
        package: the generated package, against which lazy model references resolve.
        responses: status code → lazy model reference ``"module:Class"`` (relative to
            ``package``), ``"text"`` for a text body, or ``None`` for an empty/ignored body.
        request_model: lazy reference to the request-body model, used for client-side validation.
        request_array: True when the JSON body is a bare array of ``request_model``.
        header_options: header wire name → client option name whose value fills the header
            when the call does not (e.g. ``{"X-Agent-Id": "agent_id"}``).
        security: whether the API's authentication applies to this operation.
        served: False when the spec marks the route ``x-served-by: none``.
        sdk: the operation's ``x-sdk`` object, verbatim (see ``docs/architecture.md``).
        content_type: media type of the request body, when there is one.
        returns: lazy reference to the model the SDK returns when it differs from the wire
            response (``x-sdk.returns``, used with ``x-sdk.unwrap``).
    """

    name: str
    method: str
    path: str
    package: str
    responses: Mapping[int, str | None] = field(default_factory=dict)
    request_model: str | None = None
    request_array: bool = False
    header_options: Mapping[str, str] = field(default_factory=dict)
    security: bool = True
    served: bool = True
    sdk: Mapping[str, Any] = field(default_factory=dict)
    content_type: str | None = None
    returns: str | None = None

    @property
    def is_idempotent(self) -> bool:
        """True for methods that may be repeated without changing the outcome (RFC 9110 §9.2.2)."""
        return self.method in {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}

    def response_model(self, status: int) -> type[Any] | str | None:
        """The class documented for ``status``, or None for an empty body.

        Bodies that are not a model are named instead: ``"text"`` (return the text), ``"bytes"``
        (return the bytes) and ``"json"`` (return the decoded JSON value as it is). A reference
        ending in ``?`` is "this model, or JSON ``null``" (see :meth:`response_nullable`).
        """
        ref = self.responses.get(status)
        if ref is None or ref in _RAW_REFS:
            return ref
        ref = ref.removesuffix("?")
        model: type[Any] = resolve(self.package, ref)
        return model

    def response_nullable(self, status: int) -> bool:
        """Whether the body documented for ``status`` may be JSON ``null`` instead of the model."""
        ref = self.responses.get(status)
        return ref is not None and ref.endswith("?")

    def sdk_model(self, key: str) -> type[Any] | None:
        """Resolve a component schema named in ``x-sdk`` (only ``returns`` today) to its class."""
        ref = self.returns if key == "returns" else None
        return None if ref is None else resolve(self.package, ref)


_RAW_REFS = frozenset({"text", "bytes", "json"})
_resolved: dict[tuple[str, str], Any] = {}


def resolve(package: str, ref: str) -> Any:
    """Import ``"module:Class"`` relative to ``package`` once, and return the object."""
    key = (package, ref)
    try:
        return _resolved[key]
    except KeyError:
        module_name, _, attr = ref.partition(":")
        module = importlib.import_module(f"{package}.{module_name}")
        value = _resolved[key] = getattr(module, attr)
        return value


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


class OpenEnum(str, enum.Enum):
    """A string enum that keeps values it does not know instead of rejecting them.

    ``Tier("archival")`` returns a pseudo-member whose ``.value`` is ``"archival"`` and whose
    ``.is_known`` is False, so a newer server never breaks an older client.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec this SDK was generated from lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that keeps values it does not know instead of rejecting them."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec this SDK was generated from lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


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


def merge_body(base: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON object body from ``base`` (a model, a mapping or None) overlaid with ``fields``.

    ``fields`` holds the keyword arguments of a generated method by wire name; those left
    ``NOT_GIVEN`` do not override ``base``. Used where a method accepts the whole body positionally.
    """
    if base is None or isinstance(base, NotGiven):
        merged: dict[str, Any] = {}
    elif isinstance(base, pydantic.BaseModel):
        merged = base.model_dump(mode="json", by_alias=True, exclude_unset=True)
    elif isinstance(base, Mapping):
        merged = dict(base)
    else:
        raise TypeError(f"expected a model or a mapping for the request body, got {type(base).__name__}")
    merged.update({key: value for key, value in fields.items() if not isinstance(value, NotGiven)})
    return merged


class SyncTransport(Protocol):
    """What a generated sync facade calls: the engine's ``request``."""

    def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Any,
        options: RequestOptions,
        raw: bool = False,
    ) -> Any: ...


class AsyncTransport(Protocol):
    """What a generated async facade awaits: the engine's ``request``."""

    async def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any],
        query: Mapping[str, Any],
        headers: Mapping[str, Any],
        body: Any,
        options: RequestOptions,
        raw: bool = False,
    ) -> Any: ...


class SyncResource:
    """Base of a generated sync resource: holds the engine it sends requests through."""

    _client: SyncTransport

    def __init__(self, client: SyncTransport) -> None:
        self._client = client


class AsyncResource:
    """Base of a generated async resource: holds the engine it sends requests through."""

    _client: AsyncTransport

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client
