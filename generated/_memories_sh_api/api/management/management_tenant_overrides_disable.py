"""Disable an AI SDK Project (tenant database mapping) — ``DELETE /api/sdk/v1/management/tenant-overrides``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_tenant_overrides_disable",
    method="DELETE",
    path="/api/sdk/v1/management/tenant-overrides",
    package="_memories_sh_api",
    responses={
        200: "models.management_tenant_disabled_envelope:ManagementTenantDisabledEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={
        "aliases": ["management.tenants.disable"],
        "auth": "key_or_session",
        "method": "management.tenant_overrides.disable",
        "positional": ["tenant_id"],
    },
)

BINDING = Binding(
    OPERATION,
    arguments=(("tenant_id", "query", "tenantId"),),
)
