"""A webhook subscription. `url` or `namespace` is required."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel


class SubscribeRequest(BaseModel):
    """A webhook subscription. `url` or `namespace` is required."""

    url: str | None = None
    """Delivery URL (https; http only for loopback, which is refused unless enabled)."""

    events: str = "*"
    """Comma-separated event names or `*`: `memory_store`, `memory_promote`, `memory_delete`,
    `memory_link_created`, `memory_link_invalidated`, `memory_consolidated`, `approval_requested`. A
    JSON array is rejected (422)."""

    secret: str | None = Field(default=None, repr=False)
    """HMAC secret for signing deliveries (required unless the daemon has a server-wide secret). Never
    echoed."""

    namespace_filter: str | None = None
    """Only events in this namespace."""

    agent_filter: str | None = None
    """Only events caused by this agent."""

    namespace: str | None = None
    """Without `url`, build the synthetic URL `http://localhost/_ns/<caller>/<namespace>`."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "namespace_filter": {"max_length": 512},
        "namespace": {"max_length": 512},
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }
