"""Filters of `POST /api/sdk/v1/memories/bulk-forget`. At least one of `types`, `tags`,
`olderThanDays`, `pattern`, or `all: true` alone (the server answers `400 INVALID_REQUEST`
otherwise). Never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.memory_type import MemoryType
from ..types import BaseModel


class BulkForgetFilters(BaseModel):
    """Filters of `POST /api/sdk/v1/memories/bulk-forget`. At least one of `types`, `tags`,
    `olderThanDays`, `pattern`, or `all: true` alone (the server answers `400 INVALID_REQUEST`
    otherwise). Never send null."""

    types: list[MemoryType] | None = None
    """Memory types to match (any of them)."""

    tags: list[str] | None = None
    """Tags to match (substring of the stored tags; any of them). Each trimmed, 1..128 characters."""

    older_than_days: int | None = Field(default=None, alias="olderThanDays")
    """Only memories created more than this many days ago."""

    pattern: str | None = None
    """Content contains-match; `*` matches any run of characters, `?` one character. Trimmed; 1..500."""

    project_id: str | None = Field(default=None, alias="projectId")
    """Only memories of this project (not a filter on its own). Trimmed; 1..240."""

    all: bool | None = None
    """Match every memory of the user; cannot be combined with the content filters."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "types": {"min_items": 1},
        "tags": {
            "min_items": 1,
            "items": {
                "min_length": 1,
                "max_length": 128,
                "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
            },
        },
        "older_than_days": {"minimum": 1.0, "maximum": 9007199254740991.0},
        "pattern": {
            "min_length": 1,
            "max_length": 500,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "project_id": {
            "min_length": 1,
            "max_length": 240,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }
