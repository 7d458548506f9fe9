"""The ``tools/list`` definitions of the 9 [H] MCP tools (JSON Schemas of their arguments)."""

from __future__ import annotations

from typing import Any

_TYPES = ["rule", "decision", "fact", "note", "skill"]
_LAYERS = ["rule", "working", "long_term"]
_TENANT = {
    "type": "string",
    "description": "Tenant identifier to route requests to a tenant-specific memory database",
}
_USER_READ = {
    "type": "string",
    "description": "User identifier for scoped recall (includes shared + user-specific memories)",
}


def _s(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", **extra, "description": description}


TOOLS: list[dict[str, Any]] = [
    {
        "name": "get_context",
        "description": "Get memory context for the current task with deterministic layering: "
        "rules (always-on), "
        "then working memory, then long-term memory.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "query": _s("What you're working on (for finding relevant memories)"),
                "project_id": _s(
                    "Project identifier (e.g., github.com/user/repo) to include project-specific rules"
                ),
                "user_id": _USER_READ,
                "tenant_id": _TENANT,
                "limit": {"type": "number", "description": "Max memories to return (default: 5)"},
                "retrieval_strategy": _s(
                    "Retrieval mode. baseline keeps tiered recall; hybrid_graph augments with graph "
                    "expansion when enabled.",
                    enum=["baseline", "hybrid_graph"],
                ),
                "graph_depth": {
                    "type": "number",
                    "enum": [0, 1, 2],
                    "description": "Graph traversal depth for hybrid retrieval (default: 1, max: 2).",
                },
                "graph_limit": {
                    "type": "number",
                    "description": "Maximum graph-expanded memories to add (default: 8, max: 50).",
                },
            },
        },
    },
    {
        "name": "get_rules",
        "description": "Get all active rules. Returns global rules plus "
        "project-specific rules if project_id is provided.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "project_id": _s("Project identifier to include project-specific rules"),
                "user_id": _USER_READ,
                "tenant_id": _TENANT,
            },
        },
    },
    {
        "name": "add_memory",
        "description": "Store a new memory. Use type='rule' for always-active guidelines. "
        "Layer controls injection "
        "priority: rule, working, or long_term. Working memories auto-expire based on server TTL policy.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "content": _s("The memory content"),
                "type": _s("Memory type (default: note)", enum=_TYPES),
                "layer": _s("Memory layer (default: rule for type=rule, otherwise long_term)", enum=_LAYERS),
                "project_id": _s("Project identifier to scope this memory to a specific project"),
                "user_id": _s("User identifier to store this memory as user-scoped data"),
                "tenant_id": _TENANT,
                "tags": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Optional tags for organization and filtering",
                },
                "paths": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "File glob patterns this memory applies to (e.g., ['src/**/*.ts'])",
                },
                "category": _s("Category for grouping related memories"),
                "metadata": {
                    "type": "object",
                    "description": "Additional structured metadata (stored as JSON)",
                },
            },
            "required": ["content"],
        },
    },
    {
        "name": "edit_memory",
        "description": "Update an existing memory's content, type, layer, tags, paths, "
        "category, or metadata.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "id": _s("Memory ID to edit"),
                "content": _s("New content (optional)"),
                "type": _s("New type (optional)", enum=_TYPES),
                "layer": _s("New memory layer (optional)", enum=_LAYERS),
                "tags": {"type": "array", "items": {"type": "string"}, "description": "New tags (optional)"},
                "paths": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "New file glob patterns (optional)",
                },
                "category": _s("New category (optional)"),
                "metadata": {"type": "object", "description": "New metadata (optional)"},
                "user_id": _s("User identifier; edits are constrained to this user's memories"),
                "tenant_id": _TENANT,
            },
            "required": ["id"],
        },
    },
    {
        "name": "forget_memory",
        "description": "Delete a memory by ID.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "id": _s("Memory ID to delete"),
                "user_id": _s("User identifier; deletes are constrained to this user's memories"),
                "tenant_id": _TENANT,
            },
            "required": ["id"],
        },
    },
    {
        "name": "search_memories",
        "description": "Search memories by content using full-text search. "
        "Returns global + project-specific memories.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "query": _s("Search query"),
                "project_id": _s("Project identifier to include project-specific memories"),
                "user_id": _USER_READ,
                "tenant_id": _TENANT,
                "type": _s("Filter by memory type", enum=_TYPES),
                "layer": _s("Filter by memory layer", enum=_LAYERS),
                "limit": {"type": "number", "description": "Max results (default: 10)"},
            },
            "required": ["query"],
        },
    },
    {
        "name": "list_memories",
        "description": "List recent memories. Returns global + project-specific memories.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "type": _s("Filter by type", enum=_TYPES),
                "layer": _s("Filter by memory layer", enum=_LAYERS),
                "tags": _s("Filter by tag (partial match)"),
                "project_id": _s("Project identifier to include project-specific memories"),
                "user_id": _USER_READ,
                "tenant_id": _TENANT,
                "limit": {"type": "number", "description": "Max results (default: 20)"},
            },
        },
    },
    {
        "name": "bulk_forget_memories",
        "description": "Bulk soft-delete memories matching filters. "
        "Use dry_run:true to preview which memories would be deleted. "
        "Requires at least one filter, or all:true to delete everything.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "types": {
                    "type": "array",
                    "items": {"type": "string", "enum": _TYPES},
                    "description": "Filter by memory types",
                },
                "tags": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Filter by tags (partial match)",
                },
                "older_than_days": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Delete memories older than N days (must be >= 1)",
                },
                "pattern": _s(
                    "Content pattern (* as wildcard, ? as single-char wildcard, wraps in contains match)"
                ),
                "project_id": _s("Scope deletion to a specific project"),
                "user_id": _s("User identifier; deletes are constrained to this user's memories"),
                "tenant_id": _TENANT,
                "all": {
                    "type": "boolean",
                    "description": "Delete all memories (cannot combine with other filters)",
                },
                "dry_run": {
                    "type": "boolean",
                    "description": "Preview which memories would be deleted without deleting them "
                    "(default: false)",
                },
            },
        },
    },
    {
        "name": "vacuum_memories",
        "description": "Permanently purge all soft-deleted memories to reclaim storage space. "
        "This action is irreversible.",
        "inputSchema": {
            "type": "object",
            "properties": {
                "user_id": _s("User identifier; vacuum is constrained to this user's memories"),
                "tenant_id": _TENANT,
            },
        },
    },
]
