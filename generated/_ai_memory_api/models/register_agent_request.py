"""Agent registration."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class RegisterAgentRequest(BaseModel):
    """Agent registration."""

    agent_id: str
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    agent_type: str
    """`human`, `system` or `ai:<name>` (e.g. `ai:claude-opus-4.7`, `ai:codex-5.4`); at most 64 bytes."""

    capabilities: list[str] | None = None
    """Capabilities (tag rules)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
        "agent_type": {"max_length": 64, "pattern": "^(human|system|ai:[A-Za-z0-9_.\\-]+)$"},
        "capabilities": {
            "max_items": 50,
            "items": {
                "min_length": 1,
                "max_length": 128,
                "pattern": "^(?=[\\s\\S]*\\S)[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]*$",
            },
        },
    }
