"""Daemon capabilities — ``GET /api/v1/capabilities``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="capabilities",
    method="GET",
    path="/api/v1/capabilities",
    package="_ai_memory_api",
    responses={
        200: "models.capabilities:Capabilities",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("accept_capabilities", "header", "Accept-Capabilities"),
    ),
)
