"""Memory rows: the StructuredMemory shape (§2.1) and the SQL scope/layer filters shared by the queries."""

from __future__ import annotations

import json
from typing import Any

from ._common import ApiError

VALID_TYPES = ("rule", "decision", "fact", "note", "skill")
VALID_LAYERS = ("rule", "working", "long_term")
COLUMNS = (
    "id, content, type, memory_layer, expires_at, scope, project_id, user_id, tags, paths, "
    "category, metadata, created_at, updated_at"
)
COLUMNS_M = ", ".join("m." + c.strip() for c in COLUMNS.split(","))


def resolve_layer(row: Any) -> str:
    layer = row["memory_layer"]
    if layer in VALID_LAYERS:
        return str(layer)
    return "rule" if row["type"] == "rule" else "long_term"


def _split(value: str | None) -> list[str]:
    if not value:
        return []
    return [item.strip() for item in value.split(",") if item.strip()]


def _metadata(value: str | None) -> Any:
    if not value:
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, (dict, list)) else None


def structured(row: Any) -> dict[str, Any]:
    """``toStructuredMemory`` (§2.1): camelCase, key order of the service."""
    return {
        "id": row["id"],
        "content": row["content"] or "",
        "type": row["type"] or "note",
        "layer": resolve_layer(row),
        "expiresAt": row["expires_at"],
        "scope": row["scope"] or "global",
        "projectId": row["project_id"],
        "tags": _split(row["tags"]),
        "paths": _split(row["paths"]),
        "category": row["category"],
        "metadata": _metadata(row["metadata"]),
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
    }


def user_filter(user_id: str | None, prefix: str = "") -> tuple[str, list[Any]]:
    if user_id:
        return f"({prefix}user_id IS NULL OR {prefix}user_id = ?)", [user_id]
    return f"{prefix}user_id IS NULL", []


def exact_user(user_id: str | None, prefix: str = "") -> tuple[str, list[Any]]:
    if user_id:
        return f"{prefix}user_id = ?", [user_id]
    return f"{prefix}user_id IS NULL", []


def layer_filter(layer: str | None, prefix: str = "") -> str:
    if not layer:
        return "1 = 1"
    if layer == "rule":
        return f"({prefix}memory_layer = 'rule' OR {prefix}type = 'rule')"
    if layer == "working":
        return f"{prefix}memory_layer = 'working'"
    return f"({prefix}memory_layer IS NULL OR {prefix}memory_layer = 'long_term')"


def project_filter(project_id: str | None, prefix: str = "") -> tuple[str, list[Any]]:
    if project_id:
        return f"({prefix}scope = 'global' OR ({prefix}scope = 'project' AND {prefix}project_id = ?))", [
            project_id
        ]
    return f"({prefix}scope = 'global')", []


def truncate(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[:n].strip() + "..."


def format_memory(row: Any) -> str:
    scope = (
        f"@{row['project_id'].split('/')[-1]}"
        if row["scope"] == "project" and row["project_id"]
        else "global"
    )
    tags = f" [{row['tags']}]" if row["tags"] else ""
    return f"[{row['type']}] {truncate(row['content'])} ({scope}){tags}"


def memory_not_found(memory_id: str) -> ApiError:
    """[H] 404 ``MEMORY_NOT_FOUND`` of edit (HTTP and MCP) and MCP forget."""
    return ApiError(
        "not_found_error",
        "MEMORY_NOT_FOUND",
        f"Memory not found: {memory_id}",
        404,
        details={"id": memory_id},
        rpc_code=-32004,
    )
