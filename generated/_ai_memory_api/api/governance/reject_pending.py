"""Reject a pending action — ``POST /api/v1/pending/{id}/reject``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="reject_pending",
    method="POST",
    path="/api/v1/pending/{id}/reject",
    package="_ai_memory_api",
    responses={
        200: "models.reject_result:RejectResult",
        400: "models.error:Error",
        401: "models.error:Error",
        404: "models.error:Error",
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
