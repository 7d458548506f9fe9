"""Add a memory — ``POST /api/sdk/v1/memories/add``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memories_add",
    method="POST",
    path="/api/sdk/v1/memories/add",
    package="_memories_sh_api",
    responses={
        201: "models.memories_add_envelope:MemoriesAddEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.memories_add_request:MemoriesAddRequest",
    sdk={"mcp_tool": "add_memory", "mcp_via": "mcp.rpc", "method": "memories.add", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("content", "body", "content"),
        ("type", "body", "type"),
        ("layer", "body", "layer"),
        ("tags", "body", "tags"),
        ("paths", "body", "paths"),
        ("category", "body", "category"),
        ("metadata", "body", "metadata"),
        ("embedding_model", "body", "embeddingModel"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
