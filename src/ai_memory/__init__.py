"""Typed Python client for the ai-memory daemon's HTTP API (``/api/v1``).

::

    from ai_memory import AiMemoryClient, Tier

    with AiMemoryClient(base_url="http://localhost:9077", agent_id="ai:me@host") as client:
        created = client.store(title="t", content="c", tier=Tier.LONG)
        hits = client.recall(context="c")

Names are imported lazily (PEP 562): ``import ai_memory`` loads neither httpx nor pydantic. Every
model of the API is importable from here too (``from ai_memory import Memory``; the complete set
lives in :mod:`ai_memory.types`); the error names win where a model shares one (the 409 body
model ``ConflictError`` is ``ai_memory.types.ConflictError``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from _ai_memory_api.errors import ErrorCode
    from _ai_memory_api.models import (
        AgentRegistration,
        BulkCreateResponse,
        CreateMemory,
        CreateMemoryResponse,
        GovernanceLevel,
        GovernancePending,
        GovernancePolicy,
        Health,
        InboxMessage,
        InboxResponse,
        LinkRelation,
        ListMemoriesResponse,
        Memory,
        MemoryLink,
        MemoryWithLinks,
        NotifyRequest,
        NotifyResponse,
        OnConflict,
        PendingAction,
        RecallMemory,
        RecallRequest,
        RecallResponse,
        Scope,
        SearchResponse,
        Source,
        Stats,
        SubscribeRequest,
        Subscription,
        SubscriptionCreated,
        SubscriptionsResponse,
        Tier,
        UpdateMemory,
        WebhookAck,
        WebhookApprovalRequestedEvent,
        WebhookMemoryConsolidatedEvent,
        WebhookMemoryDeleteEvent,
        WebhookMemoryLinkCreatedEvent,
        WebhookMemoryLinkInvalidatedEvent,
        WebhookMemoryPromoteEvent,
        WebhookMemoryStoreEvent,
    )

    from agent_memory_sdk._constants import __version__
    from agent_memory_sdk._pagination import AsyncPage, SyncPage
    from agent_memory_sdk._response import APIResponse
    from agent_memory_sdk._runtime import NOT_GIVEN, NotGiven

    from . import types, webhooks
    from ._client import AiMemoryClient, AsyncAiMemoryClient
    from ._exceptions import (
        AiMemoryError,
        APIStatusError,
        APITimeoutError,
        AuthError,
        BadRequestError,
        ConflictError,
        ForbiddenError,
        InvalidArgumentError,
        MethodNotAllowedError,
        NotFoundError,
        PayloadTooLargeError,
        RateLimitError,
        ResponseValidationError,
        ServerError,
        ServiceUnavailableError,
        TransportError,
        TransportTimeoutError,
        UnprocessableEntityError,
        UnsupportedEndpointError,
        UnsupportedMediaTypeError,
        ValidationError,
        WebhookTimestampRequiredError,
        WebhookVerificationError,
    )
    from ._identity import RESERVED_AGENT_IDS
    from .types import ApproverType, SubscriptionRequest
    from .webhooks import parse_webhook, sign_webhook, verify_webhook_signature, webhook_ack

_ERRORS = (
    "AiMemoryError",
    "APIStatusError",
    "APITimeoutError",
    "AuthError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InvalidArgumentError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PayloadTooLargeError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "ServiceUnavailableError",
    "TransportError",
    "TransportTimeoutError",
    "UnprocessableEntityError",
    "UnsupportedEndpointError",
    "UnsupportedMediaTypeError",
    "ValidationError",
    "WebhookTimestampRequiredError",
    "WebhookVerificationError",
)

_MODELS = (
    "AgentRegistration",
    "ApproverType",
    "BulkCreateResponse",
    "CreateMemory",
    "CreateMemoryResponse",
    "GovernanceLevel",
    "GovernancePending",
    "GovernancePolicy",
    "Health",
    "InboxMessage",
    "InboxResponse",
    "LinkRelation",
    "ListMemoriesResponse",
    "Memory",
    "MemoryLink",
    "MemoryWithLinks",
    "NotifyRequest",
    "NotifyResponse",
    "OnConflict",
    "PendingAction",
    "RecallMemory",
    "RecallRequest",
    "RecallResponse",
    "Scope",
    "SearchResponse",
    "Source",
    "Stats",
    "SubscribeRequest",
    "Subscription",
    "SubscriptionCreated",
    "SubscriptionRequest",
    "SubscriptionsResponse",
    "Tier",
    "UpdateMemory",
    "WebhookAck",
    "WebhookApprovalRequestedEvent",
    "WebhookMemoryConsolidatedEvent",
    "WebhookMemoryDeleteEvent",
    "WebhookMemoryLinkCreatedEvent",
    "WebhookMemoryLinkInvalidatedEvent",
    "WebhookMemoryPromoteEvent",
    "WebhookMemoryStoreEvent",
)

_EXPORTS: dict[str, tuple[str, str]] = {
    "AiMemoryClient": ("ai_memory._client", "AiMemoryClient"),
    "AsyncAiMemoryClient": ("ai_memory._client", "AsyncAiMemoryClient"),
    "RESERVED_AGENT_IDS": ("ai_memory._identity", "RESERVED_AGENT_IDS"),
    "verify_webhook_signature": ("ai_memory.webhooks", "verify_webhook_signature"),
    "parse_webhook": ("ai_memory.webhooks", "parse_webhook"),
    "sign_webhook": ("ai_memory.webhooks", "sign_webhook"),
    "webhook_ack": ("ai_memory.webhooks", "webhook_ack"),
    "__version__": ("agent_memory_sdk._constants", "__version__"),
    "APIResponse": ("agent_memory_sdk._response", "APIResponse"),
    "SyncPage": ("agent_memory_sdk._pagination", "SyncPage"),
    "AsyncPage": ("agent_memory_sdk._pagination", "AsyncPage"),
    "NOT_GIVEN": ("agent_memory_sdk._runtime", "NOT_GIVEN"),
    "NotGiven": ("agent_memory_sdk._runtime", "NotGiven"),
    "ErrorCode": ("_ai_memory_api.errors", "ErrorCode"),
    **{name: ("ai_memory._exceptions", name) for name in _ERRORS},
    **{name: ("ai_memory.types", name) for name in _MODELS},
}
_SUBMODULES = frozenset({"types", "webhooks", "testing"})

__all__ = [
    "NOT_GIVEN",
    "RESERVED_AGENT_IDS",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AgentRegistration",
    "AiMemoryClient",
    "AiMemoryError",
    "ApproverType",
    "AsyncAiMemoryClient",
    "AsyncPage",
    "AuthError",
    "BadRequestError",
    "BulkCreateResponse",
    "ConflictError",
    "CreateMemory",
    "CreateMemoryResponse",
    "ErrorCode",
    "ForbiddenError",
    "GovernanceLevel",
    "GovernancePending",
    "GovernancePolicy",
    "Health",
    "InboxMessage",
    "InboxResponse",
    "InvalidArgumentError",
    "LinkRelation",
    "ListMemoriesResponse",
    "Memory",
    "MemoryLink",
    "MemoryWithLinks",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotGiven",
    "NotifyRequest",
    "NotifyResponse",
    "OnConflict",
    "PayloadTooLargeError",
    "PendingAction",
    "RateLimitError",
    "RecallMemory",
    "RecallRequest",
    "RecallResponse",
    "ResponseValidationError",
    "Scope",
    "SearchResponse",
    "ServerError",
    "ServiceUnavailableError",
    "Source",
    "Stats",
    "SubscribeRequest",
    "Subscription",
    "SubscriptionCreated",
    "SubscriptionRequest",
    "SubscriptionsResponse",
    "SyncPage",
    "Tier",
    "TransportError",
    "TransportTimeoutError",
    "UnprocessableEntityError",
    "UnsupportedEndpointError",
    "UnsupportedMediaTypeError",
    "UpdateMemory",
    "ValidationError",
    "WebhookAck",
    "WebhookApprovalRequestedEvent",
    "WebhookMemoryConsolidatedEvent",
    "WebhookMemoryDeleteEvent",
    "WebhookMemoryLinkCreatedEvent",
    "WebhookMemoryLinkInvalidatedEvent",
    "WebhookMemoryPromoteEvent",
    "WebhookMemoryStoreEvent",
    "WebhookTimestampRequiredError",
    "WebhookVerificationError",
    "__version__",
    "parse_webhook",
    "sign_webhook",
    "spec_path",
    "types",
    "verify_webhook_signature",
    "webhook_ack",
    "webhooks",
]


def spec_path() -> Path:
    """The OpenAPI spec this version of ``ai_memory`` was generated from (YAML)."""
    from agent_memory_sdk._specs import spec_path as find

    return find(__name__, "ai-memory.openapi.yaml")


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        value = importlib.import_module(f"{__name__}.{name}")
    elif name in _EXPORTS:
        module, attr = _EXPORTS[name]
        value = getattr(importlib.import_module(module), attr)
    elif name[:1].isupper():  # any other model of the API
        try:
            value = getattr(importlib.import_module("ai_memory.types"), name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
