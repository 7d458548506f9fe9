"""Set the graph rollout mode (PATCH alias) — ``PATCH /api/sdk/v1/graph/rollout``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="graph_rollout_patch",
    method="PATCH",
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
    content_type="application/json",
    request_model="models.graph_rollout_update_request:GraphRolloutUpdateRequest",
    sdk={"method": "graph.patch_rollout", "positional": ["mode"], "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("mode", "body", "mode"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
