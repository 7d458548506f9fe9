"""Verify a memory (MCP `memory_verify`) — ``POST /api/v1/memory_verify``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_verify",
    method="POST",
    path="/api/v1/memory_verify",
    package="_ai_memory_api",
    responses={
        200: "models.memory_verify_response:MemoryVerifyResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_verify_request:MemoryVerifyRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("link_id", "body", "link_id"),
        ("source_id", "body", "source_id"),
        ("target_id", "body", "target_id"),
        ("relation", "body", "relation"),
    ),
    body="object",
)
