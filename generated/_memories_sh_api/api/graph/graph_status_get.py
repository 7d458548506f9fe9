"""Get graph status (query form) — ``GET /api/sdk/v1/graph/status``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="graph_status_get",
    method="GET",
    path="/api/sdk/v1/graph/status",
    package="_memories_sh_api",
    responses={
        200: "models.graph_status_envelope:GraphStatusEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"method": "graph.get_status", "scope": "query"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("top_nodes_limit", "query", "topNodesLimit"),
        ("tenant_id", "query", "tenantId"),
        ("user_id", "query", "userId"),
        ("project_id", "query", "projectId"),
    ),
)
