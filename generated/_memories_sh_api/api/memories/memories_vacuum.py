"""Purge soft-deleted memories — ``POST /api/sdk/v1/memories/vacuum``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memories_vacuum",
    method="POST",
    path="/api/sdk/v1/memories/vacuum",
    package="_memories_sh_api",
    responses={
        200: "models.memories_vacuum_envelope:MemoriesVacuumEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.memories_vacuum_request:MemoriesVacuumRequest",
    sdk={"mcp_tool": "vacuum_memories", "mcp_via": "mcp.rpc", "method": "memories.vacuum", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
