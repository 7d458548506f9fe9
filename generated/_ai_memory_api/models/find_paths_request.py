"""Path search. `source_id` (alias `from_id`) and `target_id` (alias `to_id`) are required."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class FindPathsRequest(BaseModel):
    """Path search. `source_id` (alias `from_id`) and `target_id` (alias `to_id`) are required."""

    source_id: str | None = None
    """Start memory id."""

    from_id: str | None = None
    """Alias of `source_id`."""

    target_id: str | None = None
    """End memory id."""

    to_id: str | None = None
    """Alias of `target_id`."""

    max_depth: int | None = None
    """Maximum path length."""

    max_results: int | None = None
    """Maximum paths."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "source_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "from_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "target_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "to_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "max_depth": {"minimum": 1.0, "maximum": 1.8446744073709552e19},
        "max_results": {"minimum": 1.0, "maximum": 1.8446744073709552e19},
    }
