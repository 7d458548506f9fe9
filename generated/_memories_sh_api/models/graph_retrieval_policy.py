"""**[H] only**: the retrieval policy (default strategy). Modelled loosely (all fields optional)."""

from __future__ import annotations

from pydantic import Field

from ..models.retrieval_policy_strategy import RetrievalPolicyStrategy
from ..types import BaseModel, Timestamp


class GraphRetrievalPolicy(BaseModel):
    """**[H] only**: the retrieval policy (default strategy). Modelled loosely (all fields optional)."""

    default_strategy: RetrievalPolicyStrategy | None = Field(default=None, alias="defaultStrategy")
    """**[H]** default retrieval strategy chosen by the retrieval policy."""

    ready_window_streak: int | None = Field(default=None, alias="readyWindowStreak")
    """Consecutive ready evaluation windows."""

    last_decision: None | str = Field(default=None, alias="lastDecision")
    """`enable_hybrid_default`, `hold_lexical_default`, or null."""

    last_evaluated_at: Timestamp | None = Field(default=None, alias="lastEvaluatedAt")
    """Last evaluation time, or null."""

    updated_at: Timestamp | None = Field(default=None, alias="updatedAt")
    """Last update time (ISO string)."""

    updated_by: None | str = Field(default=None, alias="updatedBy")
    """Who last updated the policy, or null."""
