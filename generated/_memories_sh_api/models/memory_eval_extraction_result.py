"""Extraction precision, recall and F1 against the expected facts."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class MemoryEvalExtractionResult(BaseModel):
    """Extraction precision, recall and F1 against the expected facts."""

    expected_count: int = Field(alias="expectedCount")
    """Expected facts."""

    observed_count: int = Field(alias="observedCount")
    """Observed facts."""

    true_positive_count: int = Field(alias="truePositiveCount")
    """Observed facts that were expected."""

    false_positive_count: int = Field(alias="falsePositiveCount")
    """Observed facts that were not expected."""

    false_negative_count: int = Field(alias="falseNegativeCount")
    """Expected facts not observed."""

    precision: float
    """Precision 0..1."""

    recall: float
    """Recall 0..1."""

    f1: float
    """F1 0..1."""

    pass_: bool = Field(alias="pass")
    """Whether F1 meets the criterion."""
