"""Cluster peer management (not served) — ``POST /api/v1/cluster``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="cluster",
    method="POST",
    path="/api/v1/cluster",
    package="_ai_memory_api",
    responses={
        200: "models.open_object:OpenObject",
        401: "models.error:Error",
        404: None,
    },
    content_type="application/json",
    request_model="models.open_object:OpenObject",
    header_options={"X-Agent-Id": "agent_id"},
    served=False,
    sdk={"body_arg": "request"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"),),
    body="object",
    body_arg="request",
)
