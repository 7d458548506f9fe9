"""Get graph status — ``POST /api/sdk/v1/graph/status``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="graph_status",
    method="POST",
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
    content_type="application/json",
    request_model="models.graph_status_request:GraphStatusRequest",
    sdk={"method": "graph.status", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("top_nodes_limit", "body", "topNodesLimit"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
