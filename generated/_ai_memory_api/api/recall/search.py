"""Full-text search — ``GET /api/v1/search``."""

from ...types import Operation

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
