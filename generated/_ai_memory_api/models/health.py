"""Health report."""

from __future__ import annotations

from typing import Literal

from ..models.health_status import HealthStatus
from ..types import BaseModel


class Health(BaseModel):
    """Health report."""

    status: HealthStatus
    """`ok`, or `error` when the database check failed."""

    service: Literal["ai-memory"]
    """Always `ai-memory`."""

    version: str
    """Daemon crate version."""

    embedder_ready: bool
    """Whether the embedding model is loaded."""

    federation_enabled: bool
    """Whether federation (quorum peers) is configured."""
