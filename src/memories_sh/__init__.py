"""Typed Python client for the memories.sh SDK API (``/api/sdk/v1``) and its MCP transport.

::

    from memories_sh import MemoriesClient, meta_of

    client = MemoriesClient()  # MEMORIES_API_KEY, MEMORIES_BASE_URL, MEMORIES_TENANT_ID …
    bundle = client.context.get(query="deployment")
    print(meta_of(bundle).request_id)

Names are imported lazily (PEP 562): ``import memories_sh`` loads neither httpx nor pydantic.
Every generated model (``Memory``, ``ContextGetData``, ``Meta`` …) is available here too.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from _memories_sh_api.errors import ErrorCode
    from _memories_sh_api.models import *  # noqa: F403

    from ._client import AsyncMemoriesClient, MemoriesClient
    from ._config import DEFAULT_BASE_URL, Transport
    from ._envelope import meta_of
    from ._exceptions import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthError,
        ClientValidationError,
        InternalError,
        MemoriesError,
        MethodError,
        NotFoundError,
        RateLimitError,
        ToolError,
        UnknownError,
        UnsupportedEndpointError,
        ValidationError,
    )

_EXCEPTIONS = (
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthError",
    "ClientValidationError",
    "InternalError",
    "MemoriesError",
    "MethodError",
    "NotFoundError",
    "RateLimitError",
    "ToolError",
    "UnknownError",
    "UnsupportedEndpointError",
    "ValidationError",
)

_EXPORTS: dict[str, str] = {
    "MemoriesClient": "memories_sh._client",
    "AsyncMemoriesClient": "memories_sh._client",
    "DEFAULT_BASE_URL": "memories_sh._config",
    "Transport": "memories_sh._config",
    "meta_of": "memories_sh._envelope",
    "ErrorCode": "_memories_sh_api.errors",
    **dict.fromkeys(_EXCEPTIONS, "memories_sh._exceptions"),
}

__all__ = [
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMemoriesClient",
    "AuthError",
    "ClientValidationError",
    "ErrorCode",
    "InternalError",
    "MemoriesClient",
    "MemoriesError",
    "MethodError",
    "NotFoundError",
    "RateLimitError",
    "ToolError",
    "Transport",
    "UnknownError",
    "UnsupportedEndpointError",
    "ValidationError",
    "meta_of",
    "spec_path",
]


def spec_path() -> Path:
    """The OpenAPI spec this version of ``memories_sh`` was generated from (YAML)."""
    from agent_memory_sdk._specs import spec_path as find

    return find(__name__, "memories-sh.openapi.yaml")


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        models = importlib.import_module("_memories_sh_api.models")
        if name.startswith("_") or not hasattr(models, name):
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(models, name)
    else:
        value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
