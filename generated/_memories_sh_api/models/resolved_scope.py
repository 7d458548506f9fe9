"""The scope the server resolved for the request, echoed back; absent parts are `null`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class ResolvedScope(BaseModel):
    """The scope the server resolved for the request, echoed back; absent parts are `null`."""

    tenant_id: None | str = Field(alias="tenantId")
    """The tenant id used, or null (the key owner's workspace database)."""

    user_id: None | str = Field(alias="userId")
    """The user id used, or null."""

    project_id: None | str = Field(alias="projectId")
    """The project id used, or null."""
