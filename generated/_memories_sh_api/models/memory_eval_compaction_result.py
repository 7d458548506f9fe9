"""How many required facts the checkpoint retained."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class MemoryEvalCompactionResult(BaseModel):
    """How many required facts the checkpoint retained."""

    required_count: int = Field(alias="requiredCount")
    """Required facts."""

    retained_count: int = Field(alias="retainedCount")
    """Required facts found in the checkpoint."""

    missing_facts: list[str] = Field(alias="missingFacts")
    """Required facts not found."""

    retention: float
    """Retained share 0..1."""

    pass_: bool = Field(alias="pass")
    """Whether retention meets the criterion."""
