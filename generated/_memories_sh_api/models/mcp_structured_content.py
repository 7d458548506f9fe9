"""The tool envelope `{ok, data, error, meta}` **plus every key of `data` spread again at the
top level** (so the object is open). `data` holds the same objects as the HTTP routes:
`get_context` → `{rules, workingMemories, longTermMemories, memories, trace}` (no `mode`,
`query` or `skillFiles`; [H] also `conflicts`); `get_rules` → `{rules}`; `add_memory` →
`{memory, id, message}`; `edit_memory` → `{id, updated, message}`; `forget_memory` →
`{id, deleted, message}`; `search_memories` / `list_memories` → `{memories, count}`. The
hosted server never sends `ok: false` here (tool errors are JSON-RPC errors)."""

from __future__ import annotations

from ..types import BaseModel


class McpStructuredContent(BaseModel):
    """The tool envelope `{ok, data, error, meta}` **plus every key of `data` spread again at the
    top level** (so the object is open). `data` holds the same objects as the HTTP routes:
    `get_context` → `{rules, workingMemories, longTermMemories, memories, trace}` (no `mode`,
    `query` or `skillFiles`; [H] also `conflicts`); `get_rules` → `{rules}`; `add_memory` →
    `{memory, id, message}`; `edit_memory` → `{id, updated, message}`; `forget_memory` →
    `{id, deleted, message}`; `search_memories` / `list_memories` → `{memories, count}`. The
    hosted server never sends `ok: false` here (tool errors are JSON-RPC errors)."""

    ok: bool
    """True on success."""

    data: McpStructuredContentDataType0 | None
    """The tool's result data (same objects as the HTTP routes), or null."""

    error: ApiError | None
    """Null on success; an `ApiError` otherwise."""

    meta: McpToolMeta
    """Metadata of the tool envelope in `structuredContent`."""


# Imported last: these models refer back to this one.
from ..models.api_error import ApiError  # noqa: E402
from ..models.mcp_structured_content_data_type_0 import McpStructuredContentDataType0  # noqa: E402
from ..models.mcp_tool_meta import McpToolMeta  # noqa: E402
