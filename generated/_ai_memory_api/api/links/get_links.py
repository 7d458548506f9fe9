"""List a memory's links — ``GET /api/v1/links/{id}``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="get_links",
    method="GET",
    path="/api/v1/links/{id}",
    package="_ai_memory_api",
    responses={
        200: "models.links_response:LinksResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"positional": ["id"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(("id", "path", "id"), ("agent_id", "header", "X-Agent-Id")),
)
