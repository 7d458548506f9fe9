"""Health check — ``GET /api/v1/health``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="health",
    method="GET",
    path="/api/v1/health",
    package="_ai_memory_api",
    responses={
        200: "models.health:Health",
        404: None,
        503: "models.health:Health",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
    security=False,
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"),),
)
