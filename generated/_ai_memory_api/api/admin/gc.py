"""Delete expired memories — ``POST /api/v1/gc``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="gc",
    method="POST",
    path="/api/v1/gc",
    package="_ai_memory_api",
    responses={
        200: "models.gc_response:GcResponse",
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
