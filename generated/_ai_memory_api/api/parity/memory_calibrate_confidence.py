"""Calibrate confidence (MCP `memory_calibrate_confidence`) — ``POST /api/v1/memory_calibrate_confidence``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_calibrate_confidence",
    method="POST",
    path="/api/v1/memory_calibrate_confidence",
    package="_ai_memory_api",
    responses={
        200: "models.memory_calibrate_confidence_response:MemoryCalibrateConfidenceResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.memory_calibrate_confidence_request:MemoryCalibrateConfidenceRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("agent_id", "header", "X-Agent-Id"), ("days", "body", "days")),
    body="object",
)
