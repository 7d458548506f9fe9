"""Arguments of the `forget_memory` tool (not restricted to the working layer, unlike HTTP at [H])."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class McpForgetMemoryArguments(BaseModel):
    """Arguments of the `forget_memory` tool (not restricted to the working layer, unlike HTTP at [H])."""

    id: str
    """The memory id."""

    user_id: str | None = None
    """Deletes are constrained to this user's memories."""

    tenant_id: str | None = None
    """Tenant id."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "id": {"min_length": 1},
        "user_id": {"min_length": 1},
        "tenant_id": {"min_length": 1},
    }
