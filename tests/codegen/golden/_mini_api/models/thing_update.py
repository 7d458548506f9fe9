"""Fields to change."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ThingUpdate(BaseModel):
    """Fields to change."""

    name: str | None = None
    """The name."""

    note: None | str = None
    """A note; null clears it."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "name": {"max_length": 10},
    }
