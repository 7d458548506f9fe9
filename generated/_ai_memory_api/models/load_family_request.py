"""Family to load."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.tool_family import ToolFamily
from ..types import BaseModel


class LoadFamilyRequest(BaseModel):
    """Family to load."""

    family: ToolFamily
    """A tool family (`metadata.family` of a memory)."""

    namespace: str | None = None
    """Namespace (default every namespace)."""

    k: int = 20
    """Maximum memories (the daemon clamps other values to 1..100)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "namespace": {
            "max_length": 512,
            "pattern": "^\\s*(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+(?:/(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+){0,7}\\s*$",
        },
        "k": {"minimum": 1.0, "maximum": 100.0},
    }
