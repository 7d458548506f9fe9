"""Walk a memory's lineage — ``GET /api/v1/memories/{id}/lineage``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="lineage",
    method="GET",
    path="/api/v1/memories/{id}/lineage",
    package="_ai_memory_api",
    responses={
        200: "models.lineage_response:LineageResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        404: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"positional": ["id"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("id", "path", "id"),
        ("direction", "query", "direction"),
        ("max_depth", "query", "max_depth"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)
