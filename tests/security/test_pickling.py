"""Every SDK exception pickles (what a multiprocessing worker does) to its class, with its fields,
and no pickle carries a credential."""

from __future__ import annotations

import importlib
import inspect
import pickle
from typing import Any

import httpx
import pytest

import agent_memory_sdk
import ai_memory
import memories_sh
from agent_memory_sdk import _exceptions as engine

SECRET = "sk-pickle-secret-44556677"


def every_error_class() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    names = ("ai_memory._exceptions", "memories_sh._exceptions")
    modules = (engine, ai_memory, memories_sh, agent_memory_sdk, *map(importlib.import_module, names))
    for module in modules:
        for name in dir(module):
            value = getattr(module, name)
            if not inspect.isclass(value):
                continue
            if issubclass(value, engine.SDKError):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


def make(cls: type[BaseException]) -> BaseException:
    request = httpx.Request(
        "POST",
        "http://h/api/v1/memories?x=1",
        headers={"X-API-Key": SECRET, "Authorization": f"Bearer {SECRET}", "Cookie": f"s={SECRET}"},
        content=b'{"title":"t"}',
    )
    response = httpx.Response(409, json={"error": "conflict", "existing_id": "m1"}, request=request)
    if issubclass(cls, engine.APIStatusError):
        return cls("boom", response=response, body={"error": "conflict"}, request_id="req-1")  # type: ignore[call-arg]
    if issubclass(cls, engine.APIResponseValidationError):
        return cls("bad shape", response=response, body="text")  # type: ignore[call-arg]
    if issubclass(cls, engine.APIConnectionError):
        return cls("reset", request=request)  # type: ignore[call-arg]
    if issubclass(cls, engine.ClientValidationError):
        return cls("bad arg", param="title")  # type: ignore[call-arg]
    if cls.__name__ == "WebhookVerificationError":
        return cls("bad signature")
    if issubclass(cls, engine.APIError):
        return cls("api", request=request, body=None)  # type: ignore[call-arg]
    return cls("plain")


FIELDS = (
    "message",
    "status_code",
    "body",
    "request_id",
    "param",
    "reason",
    "type",
    "code",
    "status",
    "retryable",
)


@pytest.mark.parametrize("cls", every_error_class(), ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_pickles_to_the_same_class_with_its_fields_and_no_secret(cls: type[BaseException]) -> None:
    error = make(cls)
    data = pickle.dumps(error)
    assert SECRET.encode() not in data
    clone: Any = pickle.loads(data)
    assert type(clone) is cls
    assert str(clone) == str(error) and clone.args == error.args
    for name in FIELDS:
        assert getattr(clone, name, None) == getattr(error, name, None), name
    if getattr(error, "request", None) is not None:
        assert clone.request.url == error.request.url and clone.request.method == error.request.method
        assert clone.request.content == error.request.content
    if getattr(error, "response", None) is not None:
        assert clone.response.status_code == error.response.status_code
        assert clone.response.json() == error.response.json()


def test_every_class_is_covered() -> None:
    names = {c.__name__ for c in every_error_class()}
    assert {"AiMemoryError", "MemoriesError", "SDKError", "APIStatusError", "TransportTimeoutError"} <= names
    assert len(names) > 30
