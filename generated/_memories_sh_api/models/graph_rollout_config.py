"""The graph rollout configuration of a database."""

from __future__ import annotations

from pydantic import Field

from ..models.rollout_mode import RolloutMode
from ..types import BaseModel, Timestamp


class GraphRolloutConfig(BaseModel):
    """The graph rollout configuration of a database."""

    mode: RolloutMode
    """Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for metrics
    but not applied) or `canary` (applied when the quality gate allows)."""

    updated_at: Timestamp = Field(alias="updatedAt")
    """When the mode was last changed (ISO string)."""

    updated_by: None | str = Field(alias="updatedBy")
    """The key owner's user UUID when set through the API, or null."""
