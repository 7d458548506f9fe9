"""List AI SDK Projects (tenant database mappings) — ``GET /api/sdk/v1/management/tenants``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_tenants_list",
    method="GET",
    path="/api/sdk/v1/management/tenants",
    package="_memories_sh_api",
    responses={
        200: "models.management_tenant_list_envelope:ManagementTenantListEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"auth": "management", "method": "management.tenants.list"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)
