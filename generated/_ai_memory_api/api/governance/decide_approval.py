"""Decide a pending action — ``POST /api/v1/approvals/{pending_id}``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="decide_approval",
    method="POST",
    path="/api/v1/approvals/{pending_id}",
    package="_ai_memory_api",
    responses={
        200: "models.decision_result:DecisionResult",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        404: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.approval_decision_request:ApprovalDecisionRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("pending_id", "path", "pending_id"),
        ("agent_id", "header", "X-Agent-Id"),
        ("x_ai_memory_signature", "header", "X-AI-Memory-Signature"),
        ("x_ai_memory_timestamp", "header", "X-AI-Memory-Timestamp"),
        ("decision", "body", "decision"),
        ("remember", "body", "remember"),
    ),
    body="object",
)
