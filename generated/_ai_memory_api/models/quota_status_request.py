"""Whose quota to read. Without `agent_id` the admin-only list of every row is returned."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class QuotaStatusRequest(BaseModel):
    """Whose quota to read. Without `agent_id` the admin-only list of every row is returned."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    namespace: str | None = None
    """With `agent_id`, the namespace row to read (else the aggregate); without it, filters the list."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }
