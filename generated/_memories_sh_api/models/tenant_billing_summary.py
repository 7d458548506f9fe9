"""**[H] only**: the plan's SDK project allowance."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class TenantBillingSummary(BaseModel):
    """**[H] only**: the plan's SDK project allowance."""

    plan: None | str = None
    """Plan name."""

    included_projects: int | None = Field(default=None, alias="includedProjects")
    """Projects included in the plan."""

    overage_usd_per_project: float | None = Field(default=None, alias="overageUsdPerProject")
    """Price per extra project."""

    max_projects_per_month: int | None = Field(default=None, alias="maxProjectsPerMonth")
    """Hard limit per month."""

    active_projects: int | None = Field(default=None, alias="activeProjects")
    """Active projects."""
