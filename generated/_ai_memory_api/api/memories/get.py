"""Get a memory and its links — ``GET /api/v1/memories/{id}``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="get",
    method="GET",
    path="/api/v1/memories/{id}",
    package="_ai_memory_api",
    responses={
        200: "models.get_memory_response:GetMemoryResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        404: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
    sdk={
        "positional": ["id"],
        "returns": "MemoryWithLinks",
        "unwrap": {"field": "memory", "merge": ["links"]},
    },
    returns="models.memory_with_links:MemoryWithLinks",
)

BINDING = Binding(
    OPERATION,
    arguments=(("id", "path", "id"), ("agent_id", "header", "X-Agent-Id")),
)
