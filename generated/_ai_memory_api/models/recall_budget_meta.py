"""Token-budget accounting (only with `budget_tokens`)."""

from __future__ import annotations

from ..types import BaseModel


class RecallBudgetMeta(BaseModel):
    """Token-budget accounting (only with `budget_tokens`)."""

    budget_tokens_used: int
    """Tokens used."""

    budget_tokens_remaining: int
    """Tokens left."""

    memories_dropped: int
    """Memories dropped to fit the budget."""

    budget_overflow: bool
    """Whether the first memory alone exceeded the budget."""
