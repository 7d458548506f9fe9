"""Params of the MCP `memory_subscription_replay` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class MemorySubscriptionReplayRequest(BaseModel):
    """Params of the MCP `memory_subscription_replay` tool."""

    subscription_id: str
    """The subscription."""

    since: str
    """Earliest delivery time (RFC 3339, compared as text)."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }
