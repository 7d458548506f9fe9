"""Consolidation request."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.tier import Tier
from ..types import BaseModel


class ConsolidateRequest(BaseModel):
    """Consolidation request."""

    ids: list[str]
    """Memories to merge (2 to 100, no duplicates)."""

    title: str
    """Title of the new memory."""

    summary: str | None = None
    """Content of the new memory. When absent or empty the daemon writes it: with an LLM configured, an
    LLM summary of the sources; otherwise `Consolidated summary of <n> memories: <title>;
    <title>...`."""

    namespace: str = "global"
    """Namespace of the new memory."""

    tier: Tier | None = None
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    use_llm: bool = False
    """Accepted for MCP parity but ignored by the HTTP route (the LLM is used whenever one is
    configured and `summary` is absent)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "ids": {
            "min_items": 2,
            "max_items": 100,
            "items": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        },
        "title": {"min_length": 1, "max_length": 512},
        "namespace": {"max_length": 512},
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }
