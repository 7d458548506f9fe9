"""List recent memories — ``POST /api/sdk/v1/memories/list``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memories_list",
    method="POST",
    path="/api/sdk/v1/memories/list",
    package="_memories_sh_api",
    responses={
        200: "models.memories_list_envelope:MemoriesListEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.memories_list_request:MemoriesListRequest",
    sdk={"mcp_tool": "list_memories", "mcp_via": "mcp.rpc", "method": "memories.list", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("type", "body", "type"),
        ("layer", "body", "layer"),
        ("tags", "body", "tags"),
        ("limit", "body", "limit"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
