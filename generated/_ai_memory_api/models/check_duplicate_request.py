"""A candidate memory."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class CheckDuplicateRequest(BaseModel):
    """A candidate memory."""

    title: str
    """Candidate title."""

    content: str
    """Candidate content."""

    namespace: str | None = None
    """Only compare within this namespace."""

    threshold: float = 0.85
    """Similarity threshold (floor 0.5)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "title": {
            "min_length": 1,
            "max_length": 512,
            "pattern": "^(?=[\\s\\S]*\\S)[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]*$",
        },
        "content": {
            "min_length": 1,
            "max_length": 65536,
            "pattern": "^(?=[\\s\\S]*\\S)[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]*$",
        },
        "namespace": {
            "max_length": 512,
            "pattern": "^\\s*(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+(?:/(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+){0,7}\\s*$",
        },
        "threshold": {"minimum": 0.5, "maximum": 1.0},
    }
