"""Recall result."""

from __future__ import annotations

from ..models.recall_mode import RecallMode
from ..types import BaseModel


class RecallResponse(BaseModel):
    """Recall result."""

    memories: list[RecallMemory]
    """Memories, best first."""

    count: int
    """Number of memories."""

    tokens_used: int
    """Estimated tokens of the returned memories."""

    mode: RecallMode
    """`hybrid` (semantic + FTS) or `keyword` (FTS only, no embedder)."""

    budget_tokens: int | None = None
    """Echo of the requested budget (only with `budget_tokens`)."""

    meta: RecallBudgetMeta | None = None
    """Token-budget accounting (only with `budget_tokens`)."""


# Imported last: these models refer back to this one.
from ..models.recall_budget_meta import RecallBudgetMeta  # noqa: E402
from ..models.recall_memory import RecallMemory  # noqa: E402
