"""Export all memories and links — ``GET /api/v1/export``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="export",
    method="GET",
    path="/api/v1/export",
    package="_ai_memory_api",
    responses={
        200: "models.export_response:ExportResponse",
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
