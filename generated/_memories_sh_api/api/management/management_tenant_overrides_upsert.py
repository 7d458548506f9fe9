"""Create or update an AI SDK Project (tenant database mapping) — ``POST /api/sdk/v1/management/tenant-overrides``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="management_tenant_overrides_upsert",
    method="POST",
    path="/api/sdk/v1/management/tenant-overrides",
    package="_memories_sh_api",
    responses={
        200: "models.management_tenant_upserted_envelope:ManagementTenantUpsertedEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.management_tenant_upsert_request:ManagementTenantUpsertRequest",
    sdk={
        "aliases": ["management.tenants.upsert"],
        "auth": "key_or_session",
        "method": "management.tenant_overrides.upsert",
        "positional": ["tenant_id"],
    },
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("tenant_id", "body", "tenantId"),
        ("mode", "body", "mode"),
        ("turso_db_url", "body", "tursoDbUrl"),
        ("turso_db_token", "body", "tursoDbToken"),
        ("turso_db_name", "body", "tursoDbName"),
        ("metadata", "body", "metadata"),
    ),
    body="object",
)
