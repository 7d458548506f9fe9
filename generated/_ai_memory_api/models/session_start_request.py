"""Session options."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SessionStartRequest(BaseModel):
    """Session options."""

    namespace: str | None = None
    """Namespace to load (not validated)."""

    limit: int = 10
    """Maximum memories (capped at 50)."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "limit": {"minimum": 0.0},
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }
