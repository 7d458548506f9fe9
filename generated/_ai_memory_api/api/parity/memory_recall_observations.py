"""Recall observations (MCP `memory_recall_observations`) — ``POST /api/v1/memory_recall_observations``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_recall_observations",
    method="POST",
    path="/api/v1/memory_recall_observations",
    package="_ai_memory_api",
    responses={
        200: "models.memory_recall_observations_response:MemoryRecallObservationsResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_recall_observations_request:MemoryRecallObservationsRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("recall_id", "body", "recall_id"),
        ("consumed", "body", "consumed"),
        ("since", "body", "since"),
        ("until", "body", "until"),
        ("limit", "body", "limit"),
    ),
    body="object",
)
