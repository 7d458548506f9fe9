"""Data of `POST /api/sdk/v1/context/get`."""

from __future__ import annotations

from pydantic import Field

from ..models.context_mode import ContextMode
from ..types import BaseModel


class ContextGetData(BaseModel):
    """Data of `POST /api/sdk/v1/context/get`."""

    mode: ContextMode
    """Which memories fill `memories`: `all` (working + long-term, deduplicated), `working`,
    `long_term` or `rules_only` (empty `memories`)."""

    query: str
    """The trimmed query echo (`""` when omitted)."""

    rules: list[Memory]
    """All active rules in scope (not limited by `limit`; project rules first, then newest first); `[]`
    if `includeRules` was false."""

    memories: list[Memory]
    """The memories selected by `mode`; graph-expanded items carry `graph`."""

    skill_files: list[SkillFile] = Field(alias="skillFiles")
    """Up to 100 scoped skill files (project files first, then `updated_at DESC`); `[]` if
    `includeSkillFiles` was false."""

    working_memories: list[Memory] = Field(alias="workingMemories")
    """Working-layer memories (always returned, whatever `mode` is)."""

    long_term_memories: list[Memory] = Field(alias="longTermMemories")
    """Long-term memories, rules excluded (always returned, whatever `mode` is)."""

    trace: ContextTrace
    """Retrieval trace of `context/get` and `graph/trace`."""

    conflicts: list[ConflictPair] | None = None
    """**[H] only**: contradicting memory pairs."""


# Imported last: these models refer back to this one.
from ..models.conflict_pair import ConflictPair  # noqa: E402
from ..models.context_trace import ContextTrace  # noqa: E402
from ..models.memory import Memory  # noqa: E402
from ..models.skill_file import SkillFile  # noqa: E402
