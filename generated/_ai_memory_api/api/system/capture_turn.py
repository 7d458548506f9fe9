"""Capture a conversation turn — ``POST /api/v1/capture_turn``."""

from ...types import Operation

OPERATION = Operation(
    name="capture_turn",
    method="POST",
    path="/api/v1/capture_turn",
    package="_ai_memory_api",
    responses={
        200: "models.capture_turn_response:CaptureTurnResponse",
        201: "models.capture_turn_response:CaptureTurnResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.capture_turn_request:CaptureTurnRequest",
    header_options={"X-Agent-Id": "agent_id"},
)
