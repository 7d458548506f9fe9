"""Look up an entity by alias — ``GET /api/v1/entities/by_alias``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="entity_by_alias",
    method="GET",
    path="/api/v1/entities/by_alias",
    package="_ai_memory_api",
    responses={
        200: "models.entity_by_alias_response:EntityByAliasResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("alias", "query", "alias"),
        ("namespace", "query", "namespace"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)
