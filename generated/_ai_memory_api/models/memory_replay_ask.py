"""A `[[permissions.rules]]` rule asks for approval before the replay."""

from __future__ import annotations

from typing import Literal

from ..types import BaseModel


class MemoryReplayAsk(BaseModel):
    """A `[[permissions.rules]]` rule asks for approval before the replay."""

    status: Literal["ask"]
    """Always `ask`."""

    reason: str
    """The rule's prompt."""

    action: Literal["replay"]
    """Always `replay`."""

    memory_id: str
    """The memory as sent."""
