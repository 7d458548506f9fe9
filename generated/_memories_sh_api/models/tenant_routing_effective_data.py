"""Data of `GET /api/sdk/v1/management/tenant-routing/effective`: `resolvedTarget`
(`kind: tenant_database|none`, `tursoDbUrl`, `tursoDbName`), `mapping` (`exists`,
`status`, `source`, `hasCredentials`, `metadata`, `updatedAt`, `lastVerifiedAt`),
`ownerScope` (`key`, `ownerType`, `ownerUserId`, `orgId`, `plan`, `stripeCustomerId`,
`authMode: api_key|session`, `apiKeyHashPrefix`) and `decision` (`code`, `reason`,
`autoProvisionEnabled`, `hasPlatformToken`, `billingEligible`, `billingCode`,
`billingMessage`)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class TenantRoutingEffectiveData(BaseModel):
    """Data of `GET /api/sdk/v1/management/tenant-routing/effective`: `resolvedTarget`
    (`kind: tenant_database|none`, `tursoDbUrl`, `tursoDbName`), `mapping` (`exists`,
    `status`, `source`, `hasCredentials`, `metadata`, `updatedAt`, `lastVerifiedAt`),
    `ownerScope` (`key`, `ownerType`, `ownerUserId`, `orgId`, `plan`, `stripeCustomerId`,
    `authMode: api_key|session`, `apiKeyHashPrefix`) and `decision` (`code`, `reason`,
    `autoProvisionEnabled`, `hasPlatformToken`, `billingEligible`, `billingCode`,
    `billingMessage`)."""

    tenant_id: str = Field(alias="tenantId")
    """The tenant id."""

    resolved_target: TenantRoutingEffectiveDataResolvedTarget = Field(alias="resolvedTarget")
    """Where requests for the tenant go."""

    mapping: TenantRoutingEffectiveDataMapping
    """The stored tenant mapping, as far as it exists."""

    owner_scope: TenantRoutingEffectiveDataOwnerScope = Field(alias="ownerScope")
    """The owner scope of the key (or session)."""

    decision: TenantRoutingEffectiveDataDecision
    """The routing decision and what it was based on."""


# Imported last: these models refer back to this one.
from ..models.tenant_routing_effective_data_decision import (
    TenantRoutingEffectiveDataDecision,  # noqa: E402
)
from ..models.tenant_routing_effective_data_mapping import (
    TenantRoutingEffectiveDataMapping,  # noqa: E402
)
from ..models.tenant_routing_effective_data_owner_scope import (
    TenantRoutingEffectiveDataOwnerScope,  # noqa: E402
)
from ..models.tenant_routing_effective_data_resolved_target import (
    TenantRoutingEffectiveDataResolvedTarget,  # noqa: E402
)
