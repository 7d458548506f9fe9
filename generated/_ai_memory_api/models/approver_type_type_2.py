"""N distinct agents must approve."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ApproverTypeType2(BaseModel):
    """N distinct agents must approve."""

    consensus: int
    """Number of approvals needed."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "consensus": {"minimum": 0.0},
    }
