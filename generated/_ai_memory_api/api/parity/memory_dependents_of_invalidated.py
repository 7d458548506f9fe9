"""Dependents of invalidated memories (MCP `memory_dependents_of_invalidated`) — ``POST /api/v1/memory_dependents_of_invalidated``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_dependents_of_invalidated",
    method="POST",
    path="/api/v1/memory_dependents_of_invalidated",
    package="_ai_memory_api",
    responses={
        200: "models.memory_dependents_response:MemoryDependentsResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_id_request:MemoryIdRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"), ("memory_id", "body", "memory_id")),
    body="object",
)
