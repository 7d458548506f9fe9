"""Explain how a tenant id is routed — ``GET /api/sdk/v1/management/tenant-routing/effective``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_tenant_routing_effective",
    method="GET",
    path="/api/sdk/v1/management/tenant-routing/effective",
    package="_memories_sh_api",
    responses={
        200: "models.tenant_routing_effective_envelope:TenantRoutingEffectiveEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={
        "auth": "key_or_session",
        "method": "management.tenant_routing.effective",
        "positional": ["tenant_id"],
    },
)

BINDING = Binding(
    OPERATION,
    arguments=(("tenant_id", "query", "tenantId"),),
)
