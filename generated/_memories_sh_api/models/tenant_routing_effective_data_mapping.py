"""The stored tenant mapping, as far as it exists."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class TenantRoutingEffectiveDataMapping(BaseModel):
    """The stored tenant mapping, as far as it exists."""

    exists: bool
    """Whether a mapping exists."""

    status: None | str = None
    """The mapping's status (`ready`, `provisioning`, `disabled`, `error` …), null without one."""

    source: None | str = None
    """How the mapping was made (`override`, `auto` …), null without one."""

    has_credentials: bool | None = Field(default=None, alias="hasCredentials")
    """Whether the mapping has a database URL and token."""

    metadata: TenantRoutingEffectiveDataMappingMetadata | None = None
    """The mapping's metadata (`{}` without one)."""

    updated_at: Timestamp | None = Field(default=None, alias="updatedAt")
    """Last update."""

    last_verified_at: Timestamp | None = Field(default=None, alias="lastVerifiedAt")
    """Last verification."""


# Imported last: these models refer back to this one.
from ..models.tenant_routing_effective_data_mapping_metadata import (
    TenantRoutingEffectiveDataMappingMetadata,  # noqa: E402
)
