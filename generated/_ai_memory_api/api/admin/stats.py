"""Database statistics — ``GET /api/v1/stats``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="stats",
    method="GET",
    path="/api/v1/stats",
    package="_ai_memory_api",
    responses={
        200: "models.stats:Stats",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"),),
)
