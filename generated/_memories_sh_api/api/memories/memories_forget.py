"""Forget (soft-delete) a memory — ``POST /api/sdk/v1/memories/forget``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memories_forget",
    method="POST",
    path="/api/sdk/v1/memories/forget",
    package="_memories_sh_api",
    responses={
        200: "models.memories_forget_envelope:MemoriesForgetEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.memories_forget_request:MemoriesForgetRequest",
    sdk={
        "mcp_tool": "forget_memory",
        "mcp_via": "mcp.rpc",
        "method": "memories.forget",
        "positional": ["id"],
        "scope": "body",
    },
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("id", "body", "id"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
