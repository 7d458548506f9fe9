"""Replay events (MCP `memory_replay`) — ``POST /api/v1/memory_replay``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_replay",
    method="POST",
    path="/api/v1/memory_replay",
    package="_ai_memory_api",
    responses={
        200: "models.memory_replay_result:MemoryReplayResult | models.memory_replay_ask:MemoryReplayAsk",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_replay_request:MemoryReplayRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("memory_id", "body", "memory_id"),
        ("verbose", "body", "verbose"),
        ("depth", "body", "depth"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
)
