"""Helpers shared by the integration tests: one recipe runs with a sync or an async client.

A recipe is an ``async def`` that calls ``await c.method(...)`` on a :class:`Recorded` client. With
a sync client the call runs at once (blocking is fine: the servers run on their own threads) and
the result is wrapped in a finished awaitable, so the same recipe drives both clients. Every method
called through a :class:`Recorded` client (or one of its resources, ``c.memories.add``) is
recorded, so a test can assert that the methods a recipe claims to exercise really were called.
"""

from __future__ import annotations

import importlib
import inspect
import keyword
import pkgutil
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpx
from strict_responses import StrictChecker, httpx_hooks

from agent_memory_sdk._runtime import AsyncResource, Operation, SyncResource


async def _done(value: Any) -> Any:
    return value


class Recorded:
    """A client (or one of its resources) whose method calls are recorded as dotted names."""

    def __init__(self, target: Any, calls: set[str], prefix: str = "") -> None:
        self._target = target
        self._calls = calls
        self._prefix = prefix

    @property
    def raw(self) -> Any:
        """The wrapped client itself (not recorded)."""
        return self._target

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if isinstance(attr, (SyncResource, AsyncResource)) and name != "with_raw_response":
            return Recorded(attr, self._calls, f"{self._prefix}{name}.")
        if not callable(attr) or name.startswith("_"):
            return attr

        def call(*args: Any, **kwargs: Any) -> Awaitable[Any]:
            self._calls.add(self._prefix + name)
            result = attr(*args, **kwargs)
            return result if inspect.isawaitable(result) else _done(result)

        return call


async def collect(page: Any) -> list[Any]:
    """Every item of every page of a ``SyncPage`` or ``AsyncPage``."""
    if hasattr(page, "__aiter__"):
        return [item async for item in page]
    return list(page)


async def maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def facade_methods(root: type) -> set[str]:
    """Every public method of a generated facade, as dotted names (resources walked recursively).

    A resource is a ``cached_property`` whose return annotation names another facade class of the
    same module; ``with_raw_response`` is skipped (it mirrors the methods).
    """
    module = importlib.import_module(root.__module__)
    names: set[str] = set()

    def walk(cls: type, prefix: str) -> None:
        for name, member in inspect.getmembers(cls):
            if name.startswith("_") or name == "with_raw_response":
                continue
            if inspect.isfunction(member):
                names.add(prefix + name)
                continue
            func = getattr(member, "func", None) or getattr(member, "fget", None)
            if func is None:
                continue
            annotation = inspect.signature(func).return_annotation
            target = getattr(module, annotation, None) if isinstance(annotation, str) else annotation
            if isinstance(target, type) and issubclass(target, (SyncResource, AsyncResource)):
                walk(target, f"{prefix}{name}.")

    walk(root, "")
    return names


def operations(api_package: str) -> dict[str, Operation]:
    """Generated ``OPERATION`` descriptors by facade method name (``x-sdk.method`` or the operationId)."""
    api = importlib.import_module(api_package)
    found: dict[str, Operation] = {}
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            op: Operation = importlib.import_module(f"{package.__name__}.{module.name}").OPERATION
            name = op.sdk.get("method") or (op.name + "_" if keyword.iskeyword(op.name) else op.name)
            found[str(name)] = op
    return found


class RequestLog:
    """httpx event hooks counting the requests a client really sent (method, path); with a
    ``checker``, every response must also match the strict spec (``strict_responses``)."""

    def __init__(self, checker: StrictChecker | None = None) -> None:
        self.requests: list[tuple[str, str]] = []
        self._checks = httpx_hooks(checker) if checker is not None else None

    def _record(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))

    async def _arecord(self, request: httpx.Request) -> None:
        self._record(request)

    def sync_client(self, **kwargs: Any) -> httpx.Client:
        response = [self._checks[0]] if self._checks else []
        return httpx.Client(event_hooks={"request": [self._record], "response": response}, **kwargs)

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        response = [self._checks[1]] if self._checks else []
        return httpx.AsyncClient(event_hooks={"request": [self._arecord], "response": response}, **kwargs)

    def count(self, method: str, path_suffix: str) -> int:
        return sum(1 for m, p in self.requests if m == method and p.endswith(path_suffix))


Recipe = Callable[..., Awaitable[None]]


def missing(declared: Iterable[str], called: set[str]) -> list[str]:
    return sorted(set(declared) - called)
