"""Data of `GET /api/sdk/v1/health` (constant while the service is up)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class HealthData(BaseModel):
    """Data of `GET /api/sdk/v1/health` (constant while the service is up)."""

    status: str
    """Always `ok`."""

    service: str
    """Always `memories-sdk`."""

    schema_version: str = Field(alias="schemaVersion")
    """Response schema version, `2026-02-11`."""
