"""Approve a pending action — ``POST /api/v1/pending/{id}/approve``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="approve_pending",
    method="POST",
    path="/api/v1/pending/{id}/approve",
    package="_ai_memory_api",
    responses={
        200: "models.approve_result:ApproveResult",
        202: "models.consensus_pending_result:ConsensusPendingResult",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("id", "path", "id"),
        ("agent_id", "header", "X-Agent-Id"),
        ("x_ai_memory_signature", "header", "X-AI-Memory-Signature"),
        ("x_ai_memory_timestamp", "header", "X-AI-Memory-Timestamp"),
    ),
)
