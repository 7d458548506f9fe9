"""**[H] only**: search strategy trace. Modelled loosely (all fields optional)."""

from __future__ import annotations

from pydantic import Field

from ..models.semantic_strategy import SemanticStrategy
from ..types import BaseModel


class MemoriesSearchTrace(BaseModel):
    """**[H] only**: search strategy trace. Modelled loosely (all fields optional)."""

    requested_strategy: str | None = Field(default=None, alias="requestedStrategy")
    """The requested strategy."""

    applied_strategy: SemanticStrategy | None = Field(default=None, alias="appliedStrategy")
    """**[H]** lexical/semantic retrieval strategy."""

    lexical_candidates: int | None = Field(default=None, alias="lexicalCandidates")
    """Lexical candidates."""

    semantic_candidates: int | None = Field(default=None, alias="semanticCandidates")
    """Semantic candidates."""

    fallback_triggered: bool | None = Field(default=None, alias="fallbackTriggered")
    """Whether the search fell back."""

    fallback_reason: None | str = Field(default=None, alias="fallbackReason")
    """Why it fell back, or null."""
