"""The owner scope of the key (or session)."""

from __future__ import annotations

from pydantic import Field

from ..models.tenant_routing_effective_data_owner_scope_auth_mode import (
    TenantRoutingEffectiveDataOwnerScopeAuthMode,
)
from ..types import BaseModel


class TenantRoutingEffectiveDataOwnerScope(BaseModel):
    """The owner scope of the key (or session)."""

    key: str | None = None
    """The owner scope key."""

    owner_type: str | None = Field(default=None, alias="ownerType")
    """`user` or `organization`."""

    owner_user_id: None | str = Field(default=None, alias="ownerUserId")
    """The owning user."""

    org_id: None | str = Field(default=None, alias="orgId")
    """The organisation, if any."""

    plan: None | str = None
    """The billing plan."""

    stripe_customer_id: None | str = Field(default=None, alias="stripeCustomerId")
    """The billing customer."""

    auth_mode: TenantRoutingEffectiveDataOwnerScopeAuthMode | None = Field(default=None, alias="authMode")
    """How the request authenticated."""

    api_key_hash_prefix: str | None = Field(default=None, alias="apiKeyHashPrefix")
    """The first 8 characters of the key's hash."""
