"""Revoke body sent by the published SDK (no server defines it)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class RevokeRequest(BaseModel):
    """Revoke body sent by the published SDK (no server defines it)."""

    agent_id: str
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }
