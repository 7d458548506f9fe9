"""Data of `POST /api/sdk/v1/memories/bulk-forget`: `ids` after a deletion, `memories` after
a dry run."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesBulkForgetData(BaseModel):
    """Data of `POST /api/sdk/v1/memories/bulk-forget`: `ids` after a deletion, `memories` after
    a dry run."""

    count: int
    """Number of deleted memories (dry run — number matched, capped at 1000)."""

    message: str
    """E.g. `Bulk deleted 2 memories`, `No memories matched the filters`, `Dry run: 1 memories would be
    deleted`."""

    ids: list[str] | None = None
    """Ids of the deleted memories (not on a dry run)."""

    memories: list[BulkForgetPreviewItem] | None = None
    """Dry run only — up to 1000 of the matched memories, newest first."""


# Imported last: these models refer back to this one.
from ..models.bulk_forget_preview_item import BulkForgetPreviewItem  # noqa: E402
