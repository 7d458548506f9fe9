"""What a generated facade method calls: its arguments packed into a request, and raw twins.

Each generated operation module holds a :class:`Binding` (which argument goes where, by wire
name); a typed method is one line, ``return call(self, BINDING, locals())``. Its
``with_raw_response`` twin is ``return call_raw(self, Methods.name, locals())``: it runs the typed
method itself against a view of the engine that asks for the raw response, so the two can never
disagree on what is sent.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._runtime import Operation, merge_body

__all__ = ["Binding", "LazyModule", "call", "call_raw", "paginate"]

_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


@dataclass(frozen=True)
class Binding:
    """How a generated method's arguments become its operation's request.

    Attributes:
        operation: the operation descriptor.
        arguments: ``(python name, where, wire name)`` per parameter; ``where`` is ``path``,
            ``query``, ``header``, ``body`` (a field of the JSON object body), ``scope`` (a field
            of the body's ``scope`` object) or ``hidden`` (not an argument).
        body: ``"object"`` (fields gathered into a JSON object), ``"array"`` (the ``body_arg``
            argument is the body) or None (no body).
        body_arg: the argument holding the whole body, when the method has one.
    """

    operation: Operation
    arguments: tuple[tuple[str, str, str], ...] = ()
    body: Literal["object", "array"] | None = None
    body_arg: str | None = None

    def __post_init__(self) -> None:
        places: dict[str, list[tuple[str, str]]] = {}
        for name, where, wire in self.arguments:
            places.setdefault(where, []).append((name, wire))
        plan = tuple(tuple(places.get(where, ())) for where in ("path", "query", "header", "body", "scope"))
        object.__setattr__(self, "_plan", (*plan, "scope" in places))

    def pack(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments of the engine's ``request`` for a call's argument ``values``."""
        path, query, header, fields, scope, has_scope = self._plan  # type: ignore[attr-defined]
        body: Any = None
        if self.body == "array":
            body = values[self.body_arg or "body"]
        elif self.body == "object":
            body = {wire: values[name] for name, wire in fields}
            if has_scope:
                body["scope"] = {wire: values[name] for name, wire in scope}
            if self.body_arg:
                body = merge_body(values[self.body_arg], body)
        return {
            "path": {wire: values[name] for name, wire in path},
            "query": {wire: values[name] for name, wire in query},
            "headers": {wire: values[name] for name, wire in header},
            "body": body,
            "options": {key: values[key] for key in _OPTIONS},
        }


class LazyModule:
    """An operation module of a facade, imported when one of its names is first read.

    Creating a client then loads no operation module: each is imported by the first call of
    one of its methods, and its names are then plain attributes of this object.
    """

    def __init__(self, name: str, package: str | None) -> None:
        self._name = name
        self._package = package

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        value = getattr(importlib.import_module(self._name, self._package), attr)
        self.__dict__[attr] = value  # read directly from now on
        return value

    def __repr__(self) -> str:
        return f"<LazyModule {self._name!r} of {self._package!r}>"


def call(resource: Any, binding: Binding, values: Mapping[str, Any]) -> Any:
    """Send ``binding``'s operation through ``resource``'s engine (a coroutine for async engines)."""
    return resource._client.request(binding.operation, **binding.pack(values))


def paginate(resource: Any, binding: Binding, values: Mapping[str, Any]) -> Any:
    """An async paginated operation as an ``AsyncPaginator`` (nothing is sent until it is used)."""
    return resource._client.paginate(binding.operation, **binding.pack(values))


class _RawEngine:
    """An engine view whose ``request`` (and ``paginate``: one page) returns the raw response."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine

    def request(self, operation: Operation, **kwargs: Any) -> Any:
        return self._engine.request(operation, raw=True, **kwargs)

    paginate = request


class _RawView:
    """Stands in for a resource: the typed methods run against it return raw responses."""

    def __init__(self, engine: Any) -> None:
        self._client = _RawEngine(engine)


def call_raw(resource: Any, method: Callable[..., Any], values: Mapping[str, Any]) -> Any:
    """Run the typed ``method`` with the same arguments, returning the raw ``APIResponse``."""
    arguments = {key: value for key, value in values.items() if key != "self"}
    return method(_RawView(resource._client), **arguments)
