"""Whose quota to read (defaults to the caller)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class QuotaStatusRequest(BaseModel):
    """Whose quota to read (defaults to the caller)."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    namespace: str | None = None
    """Namespace."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "agent_id": {"min_length": 1, "max_length": 128, "pattern": "^[A-Za-z0-9_\\-:@./]+$"},
        "namespace": {"max_length": 512},
    }
