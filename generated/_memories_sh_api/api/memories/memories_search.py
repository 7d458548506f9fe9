"""Search memories — ``POST /api/sdk/v1/memories/search``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memories_search",
    method="POST",
    path="/api/sdk/v1/memories/search",
    package="_memories_sh_api",
    responses={
        200: "models.memories_search_envelope:MemoriesSearchEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.memories_search_request:MemoriesSearchRequest",
    sdk={
        "mcp_tool": "search_memories",
        "mcp_via": "mcp.rpc",
        "method": "memories.search",
        "positional": ["query"],
        "scope": "body",
    },
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("query", "body", "query"),
        ("type", "body", "type"),
        ("layer", "body", "layer"),
        ("strategy", "body", "strategy"),
        ("limit", "body", "limit"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
