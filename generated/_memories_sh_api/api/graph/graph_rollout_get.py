"""Get the graph rollout mode — ``GET /api/sdk/v1/graph/rollout``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="graph_rollout_get",
    method="GET",
    path="/api/sdk/v1/graph/rollout",
    package="_memories_sh_api",
    responses={
        200: "models.graph_rollout_envelope:GraphRolloutEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"method": "graph.get_rollout", "scope": "query"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("tenant_id", "query", "tenantId"),
        ("user_id", "query", "userId"),
        ("project_id", "query", "projectId"),
    ),
)
