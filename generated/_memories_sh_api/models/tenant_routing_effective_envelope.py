"""Success envelope of `GET /api/sdk/v1/management/tenant-routing/effective`."""

from __future__ import annotations

from ..types import BaseModel


class TenantRoutingEffectiveEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/management/tenant-routing/effective`."""

    ok: bool
    """Always true on success."""

    data: TenantRoutingEffectiveData
    """Data of `GET /api/sdk/v1/management/tenant-routing/effective`: `resolvedTarget`
    (`kind: tenant_database|none`, `tursoDbUrl`, `tursoDbName`), `mapping` (`exists`,
    `status`, `source`, `hasCredentials`, `metadata`, `updatedAt`, `lastVerifiedAt`),
    `ownerScope` (`key`, `ownerType`, `ownerUserId`, `orgId`, `plan`, `stripeCustomerId`,
    `authMode: api_key|session`, `apiKeyHashPrefix`) and `decision` (`code`, `reason`,
    `autoProvisionEnabled`, `hasPlatformToken`, `billingEligible`, `billingCode`,
    `billingMessage`)."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.tenant_routing_effective_data import TenantRoutingEffectiveData  # noqa: E402
