"""Where requests for the tenant go."""

from __future__ import annotations

from pydantic import Field

from ..models.tenant_routing_effective_data_resolved_target_kind import (
    TenantRoutingEffectiveDataResolvedTargetKind,
)
from ..types import BaseModel


class TenantRoutingEffectiveDataResolvedTarget(BaseModel):
    """Where requests for the tenant go."""

    kind: TenantRoutingEffectiveDataResolvedTargetKind
    """`tenant_database` when the mapping is ready with credentials, else `none`."""

    turso_db_url: None | str = Field(default=None, alias="tursoDbUrl")
    """The database URL (null unless `kind` is `tenant_database`)."""

    turso_db_name: None | str = Field(default=None, alias="tursoDbName")
    """The database name (null unless `kind` is `tenant_database`)."""
