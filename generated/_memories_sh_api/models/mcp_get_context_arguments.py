"""Arguments of the `get_context` tool (HTTP equivalent: `context/get` with `mode: all`).
The server declares the numeric arguments as JSON `number`; send integers."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.graph_depth import GraphDepth
from ..models.mcp_get_context_arguments_retrieval_strategy import (
    McpGetContextArgumentsRetrievalStrategy,
)
from ..types import BaseModel


class McpGetContextArguments(BaseModel):
    """Arguments of the `get_context` tool (HTTP equivalent: `context/get` with `mode: all`).
    The server declares the numeric arguments as JSON `number`; send integers."""

    query: str | None = None
    """What the task is about (trimmed; empty → recent memories)."""

    project_id: str | None = None
    """Project id, e.g. `github.com/acme/platform` (may route to an org database)."""

    user_id: str | None = None
    """User id (empty → `USER_ID_INVALID`)."""

    tenant_id: str | None = None
    """Tenant id (empty → `TENANT_ID_INVALID`)."""

    limit: int = 5
    """Memory budget (default 5). [S] floors positive numbers without an upper bound; [H] clamps to
    1..50."""

    retrieval_strategy: McpGetContextArgumentsRetrievalStrategy | None = None
    """Retrieval strategy (server default `baseline`). `hybrid` is an [H] value."""

    graph_depth: GraphDepth | None = None
    """Graph traversal depth for hybrid retrieval; exactly 0, 1 or 2."""

    graph_limit: int = 8
    """Maximum graph-expanded memories (default 8, clamped to 1..50 by the server)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "project_id": {"min_length": 1},
        "user_id": {"min_length": 1},
        "tenant_id": {"min_length": 1},
        "limit": {"minimum": 1.0, "maximum": 50.0},
        "graph_limit": {"minimum": 1.0, "maximum": 50.0},
    }
