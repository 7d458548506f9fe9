"""Params of the MCP `memory_subscription_dlq_list` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class MemorySubscriptionDlqListRequest(BaseModel):
    """Params of the MCP `memory_subscription_dlq_list` tool."""

    subscription_id: str | None = None
    """Only this subscription's dead letters."""

    limit: int = 100
    """Maximum entries (clamped to 1..1000)."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "limit": {"minimum": 1.0, "maximum": 1000.0},
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }
