"""A stored memory (`memory_id`) or `title` + `content`."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class AutoTagRequest(BaseModel):
    """A stored memory (`memory_id`) or `title` + `content`."""

    memory_id: str | None = None
    """Memory to tag."""

    title: str | None = None
    """Title to tag."""

    content: str | None = None
    """Content to tag."""

    namespace: str | None = None
    """Namespace."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "namespace": {"max_length": 512},
    }
