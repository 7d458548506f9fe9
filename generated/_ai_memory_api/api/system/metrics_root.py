"""Prometheus metrics (root path) — ``GET /metrics``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="metrics_root",
    method="GET",
    path="/metrics",
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
