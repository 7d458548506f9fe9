"""Consolidate duplicate memories — ``POST /api/sdk/v1/memories/consolidate``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memories_consolidate",
    method="POST",
    path="/api/sdk/v1/memories/consolidate",
    package="_memories_sh_api",
    responses={
        200: "models.memories_consolidate_envelope:MemoriesConsolidateEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.memories_consolidate_request:MemoriesConsolidateRequest",
    sdk={"method": "memories.consolidate", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("types", "body", "types"),
        ("include_global", "body", "includeGlobal"),
        ("global_only", "body", "globalOnly"),
        ("dry_run", "body", "dryRun"),
        ("model", "body", "model"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
