"""Prometheus metrics — ``GET /api/v1/metrics``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="metrics",
    method="GET",
    path="/api/v1/metrics",
    package="_ai_memory_api",
    responses={
        200: "text",
        401: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"),),
)
