"""Result of `tools/call`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class McpToolsCallResult(BaseModel):
    """Result of `tools/call`."""

    content: list[McpTextContent]
    """Human-readable result blocks."""

    structured_content: McpStructuredContent | None = Field(default=None, alias="structuredContent")
    """The tool envelope `{ok, data, error, meta}` **plus every key of `data` spread again at the
    top level** (so the object is open). `data` holds the same objects as the HTTP routes:
    `get_context` → `{rules, workingMemories, longTermMemories, memories, trace}` (no `mode`,
    `query` or `skillFiles`; [H] also `conflicts`); `get_rules` → `{rules}`; `add_memory` →
    `{memory, id, message}`; `edit_memory` → `{id, updated, message}`; `forget_memory` →
    `{id, deleted, message}`; `search_memories` / `list_memories` → `{memories, count}`. The
    hosted server never sends `ok: false` here (tool errors are JSON-RPC errors)."""


# Imported last: these models refer back to this one.
from ..models.mcp_structured_content import McpStructuredContent  # noqa: E402
from ..models.mcp_text_content import McpTextContent  # noqa: E402
