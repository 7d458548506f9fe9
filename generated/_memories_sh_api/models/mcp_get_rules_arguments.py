"""Arguments of the `get_rules` tool (no HTTP equivalent; use `context/get` with `mode: rules_only`)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class McpGetRulesArguments(BaseModel):
    """Arguments of the `get_rules` tool (no HTTP equivalent; use `context/get` with `mode: rules_only`)."""

    project_id: str | None = None
    """Include this project's rules."""

    user_id: str | None = None
    """User id."""

    tenant_id: str | None = None
    """Tenant id."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "project_id": {"min_length": 1},
        "user_id": {"min_length": 1},
        "tenant_id": {"min_length": 1},
    }
