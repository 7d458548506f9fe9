"""The snapshot a skill file was promoted from."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class SkillPromotionSource(BaseModel):
    """The snapshot a skill file was promoted from."""

    session_id: str = Field(alias="sessionId")
    """Session id."""

    snapshot_id: str = Field(alias="snapshotId")
    """Snapshot id."""

    snapshot_slug: str = Field(alias="snapshotSlug")
    """Snapshot slug."""

    snapshot_created_at: Timestamp = Field(alias="snapshotCreatedAt")
    """Snapshot time."""
