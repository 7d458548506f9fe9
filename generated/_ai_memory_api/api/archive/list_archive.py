"""List archived memories — ``GET /api/v1/archive``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="list_archive",
    method="GET",
    path="/api/v1/archive",
    package="_ai_memory_api",
    responses={
        200: "models.archive_list_response:ArchiveListResponse",
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
    arguments=(
        ("namespace", "query", "namespace"),
        ("limit", "query", "limit"),
        ("offset", "query", "offset"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)
