"""The scope of an observability snapshot (absent parts are null)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class ObservabilityScope(BaseModel):
    """The scope of an observability snapshot (absent parts are null)."""

    tenant_id: None | str = Field(default=None, alias="tenantId")
    """Tenant, or null."""

    project_id: None | str = Field(default=None, alias="projectId")
    """Project, or null."""

    user_id: None | str = Field(default=None, alias="userId")
    """User, or null."""

    model_id: None | str = Field(default=None, alias="modelId")
    """Model (embedding snapshots only), or null."""
