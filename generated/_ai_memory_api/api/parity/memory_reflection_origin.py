"""Origin of a reflection (MCP `memory_reflection_origin`) — ``POST /api/v1/memory_reflection_origin``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_reflection_origin",
    method="POST",
    path="/api/v1/memory_reflection_origin",
    package="_ai_memory_api",
    responses={
        200: "models.memory_reflection_origin_response:MemoryReflectionOriginResponse",
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
