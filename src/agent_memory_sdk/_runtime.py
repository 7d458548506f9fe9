"""The small, stable surface that generated code imports.

Generated packages (``generated/_<api>_api``) depend on this module only. It defines:

- :data:`NOT_GIVEN` / :class:`NotGiven` — "the caller did not pass this argument", distinct from
  ``None`` (which is sent as JSON ``null`` when a caller passes it explicitly);
- :class:`Operation` — one descriptor per spec operation, which the engine turns into requests;
- :class:`SyncResource` / :class:`AsyncResource` — bases of the generated facades;
- :func:`merge_body` — a whole-body argument overlaid with keyword arguments;
- re-exported from :mod:`._models`: :class:`BaseModel` (the base of every generated model),
  :class:`OpenEnum` / :class:`OpenIntEnum` (enums that keep unknown values), :class:`OpenModel`
  (objects with open keys) and :data:`Timestamp`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, TypedDict

import pydantic
from typing_extensions import Self

if TYPE_CHECKING:
    import httpx

    from ._models import BaseModel, DateTime, OpenEnum, OpenIntEnum, Timestamp, parse_timestamp
    from ._open_model import OpenModel

__all__ = [
    "NOT_GIVEN",
    "AsyncResource",
    "AsyncTransport",
    "BaseModel",
    "DateTime",
    "NotGiven",
    "OpenEnum",
    "OpenIntEnum",
    "OpenModel",
    "Operation",
    "RequestOptions",
    "SyncResource",
    "SyncTransport",
    "Timestamp",
    "merge_body",
    "parse_timestamp",
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
    strict_responses: bool | NotGiven


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
            ``package``), a shape such as ``"list[module:Class]"`` (see ``_shapes``), ``"text"``
            for a text body, or ``None`` for an empty/ignored body.
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "_models", {})  # status → resolved response model, filled on use

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
        models: dict[int, Any] = self._models  # type: ignore[attr-defined]
        try:
            return models[status]  # type: ignore[no-any-return]
        except KeyError:
            pass
        ref = self.responses.get(status)
        if ref is None or ref in _RAW_REFS:
            return ref
        ref = ref.removesuffix("?")
        from ._shapes import is_shape, resolve_type  # list[…], dict[…], scalars, unions

        model = resolve_type(self.package, ref) if is_shape(ref) else resolve(self.package, ref)
        models[status] = model
        return model  # type: ignore[no-any-return]

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


_LAZY = {
    "BaseModel": "._models",
    "DateTime": "._models",
    "OpenEnum": "._enums",
    "OpenIntEnum": "._enums",
    "Timestamp": "._models",
    "parse_timestamp": "._models",
    "OpenModel": "._open_model",
}


def __getattr__(name: str) -> Any:
    """The model base types, imported on first use: defining them loads pydantic's model
    machinery, which creating a client does not need (only parsing a response does)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
