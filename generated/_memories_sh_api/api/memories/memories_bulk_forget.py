"""Bulk forget (soft-delete) memories matching filters — ``POST /api/sdk/v1/memories/bulk-forget``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memories_bulk_forget",
    method="POST",
    path="/api/sdk/v1/memories/bulk-forget",
    package="_memories_sh_api",
    responses={
        200: "models.memories_bulk_forget_envelope:MemoriesBulkForgetEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.memories_bulk_forget_request:MemoriesBulkForgetRequest",
    sdk={
        "mcp_flatten": ["filters"],
        "mcp_tool": "bulk_forget_memories",
        "mcp_via": "mcp.rpc",
        "method": "memories.bulk_forget",
        "positional": ["filters"],
        "scope": "body",
    },
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("filters", "body", "filters"),
        ("dry_run", "body", "dryRun"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
