"""The family the intent was routed to and that family's memories."""

from __future__ import annotations

from ..models.memory_smart_load_response_chosen_family_source import (
    MemorySmartLoadResponseChosenFamilySource,
)
from ..models.tool_family import ToolFamily
from ..types import BaseModel


class MemorySmartLoadResponse(BaseModel):
    """The family the intent was routed to and that family's memories."""

    chosen_family: ToolFamily
    """A tool family (`metadata.family` of a memory)."""

    score: float
    """Routing score, rounded to 3 decimals (keyword overlap ratio or cosine similarity; 0 for the
    fallback)."""

    chosen_family_source: MemorySmartLoadResponseChosenFamilySource
    """How the family was chosen (`fallback` = no signal, routed to `core`)."""

    intent: str
    """The intent, trimmed."""

    namespace: None | str
    """Namespace used, or `null` (every namespace)."""

    k: int
    """Limit used (after clamping)."""

    count: int
    """Number of memories."""

    memories: list[Memory]
    """The family's memories (`metadata.family`), by priority then `updated_at`, descending."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
