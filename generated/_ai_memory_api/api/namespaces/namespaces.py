"""List namespaces, or get a namespace standard — ``GET /api/v1/namespaces``."""

from ...types import Operation

OPERATION = Operation(
    name="namespaces",
    method="GET",
    path="/api/v1/namespaces",
    package="_ai_memory_api",
    responses={
        200: "json",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)
