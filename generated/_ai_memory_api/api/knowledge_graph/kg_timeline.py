"""Timeline of a memory's outbound links — ``GET /api/v1/kg/timeline``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="kg_timeline",
    method="GET",
    path="/api/v1/kg/timeline",
    package="_ai_memory_api",
    responses={
        200: "models.kg_timeline_response:KgTimelineResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        404: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("source_id", "query", "source_id"),
        ("since", "query", "since"),
        ("until", "query", "until"),
        ("limit", "query", "limit"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)
