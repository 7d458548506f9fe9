"""Params of the MCP `memory_replay` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class MemoryReplayRequest(BaseModel):
    """Params of the MCP `memory_replay` tool."""

    memory_id: str
    """The memory (validated as an id)."""

    verbose: bool = False
    """Include the text of transcripts over 100 KB (else `truncated`)."""

    depth: int | None = None
    """For a reflection, how many `reflects_on` hops to follow (absent = all; negative values mean 0)."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "memory_id": {"min_length": 1, "max_length": 128},
        "depth": {"minimum": 0.0},
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }
