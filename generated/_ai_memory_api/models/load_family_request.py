"""Family to load."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class LoadFamilyRequest(BaseModel):
    """Family to load."""

    family: str
    """Tool family name (e.g. `core`, `graph`)."""

    namespace: str | None = None
    """Namespace."""

    k: int = 20
    """Maximum memories."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "namespace": {"max_length": 512},
        "k": {"minimum": 1.0, "maximum": 100.0},
    }
