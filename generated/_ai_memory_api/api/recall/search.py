"""Full-text search — ``GET /api/v1/search``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="search",
    method="GET",
    path="/api/v1/search",
    package="_ai_memory_api",
    responses={
        200: "models.search_response:SearchResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"positional": ["q"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("q", "query", "q"),
        ("namespace", "query", "namespace"),
        ("tier", "query", "tier"),
        ("limit", "query", "limit"),
        ("min_priority", "query", "min_priority"),
        ("since", "query", "since"),
        ("until", "query", "until"),
        ("tags", "query", "tags"),
        ("agent_id", "query", "agent_id"),
        ("as_agent", "query", "as_agent"),
        ("source_uri", "query", "source_uri"),
        ("agent_id", "hidden", "X-Agent-Id"),
    ),
)
