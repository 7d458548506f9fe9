"""The shared engine behind ``ai_memory`` and ``memories_sh``: request building, retries, errors.

Names are re-exported lazily (PEP 562), so ``import agent_memory_sdk._runtime`` — what generated
code does — imports neither httpx nor the engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncAPIClient, SyncAPIClient
    from ._constants import __version__
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientValidationError,
        ConflictError,
        InternalServerError,
        MethodNotAllowedError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        SDKError,
        ServiceUnavailableError,
        UnprocessableEntityError,
        UnsupportedEndpointError,
    )
    from ._pagination import AsyncPage, AsyncPaginator, SyncPage
    from ._profile import APIProfile, RetrySignal, StatusErrorMap, bearer_auth, header_auth, header_request_id
    from ._response import APIResponse
    from ._runtime import NOT_GIVEN, NotGiven, Operation

_EXPORTS = {
    "SyncAPIClient": "_client",
    "AsyncAPIClient": "_client",
    "__version__": "_constants",
    "APIProfile": "_profile",
    "RetrySignal": "_profile",
    "StatusErrorMap": "_profile",
    "bearer_auth": "_profile",
    "header_auth": "_profile",
    "header_request_id": "_profile",
    "APIResponse": "_response",
    "SyncPage": "_pagination",
    "AsyncPage": "_pagination",
    "AsyncPaginator": "_pagination",
    "NOT_GIVEN": "_runtime",
    "NotGiven": "_runtime",
    "Operation": "_runtime",
    **{
        name: "_exceptions"
        for name in (
            "APIConnectionError",
            "APIError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ClientValidationError",
            "ConflictError",
            "InternalServerError",
            "MethodNotAllowedError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "SDKError",
            "ServiceUnavailableError",
            "UnprocessableEntityError",
            "UnsupportedEndpointError",
        )
    },
}

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIProfile",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientValidationError",
    "ConflictError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotGiven",
    "Operation",
    "PermissionDeniedError",
    "RateLimitError",
    "RetrySignal",
    "SDKError",
    "ServiceUnavailableError",
    "StatusErrorMap",
    "SyncAPIClient",
    "SyncPage",
    "UnprocessableEntityError",
    "UnsupportedEndpointError",
    "__version__",
    "bearer_auth",
    "header_auth",
    "header_request_id",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
