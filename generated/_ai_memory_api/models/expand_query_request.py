"""Query to expand."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ExpandQueryRequest(BaseModel):
    """Query to expand."""

    query: str
    """The query."""

    namespace: str | None = None
    """Namespace context."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "query": {"min_length": 1},
        "namespace": {"max_length": 512},
    }
