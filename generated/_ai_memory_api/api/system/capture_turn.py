"""Capture a conversation turn — ``POST /api/v1/capture_turn``."""

from ...types import Binding, Operation

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

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("host_session_id", "body", "host_session_id"),
        ("host_turn_index", "body", "host_turn_index"),
        ("role", "body", "role"),
        ("content", "body", "content"),
        ("host_kind", "body", "host_kind"),
        ("host_version", "body", "host_version"),
        ("tool_calls", "body", "tool_calls"),
        ("timestamp_iso", "body", "timestamp_iso"),
        ("host_signature_b64", "body", "host_signature_b64"),
        ("host_pubkey_b64", "body", "host_pubkey_b64"),
        ("namespace", "body", "namespace"),
        ("metadata", "body", "metadata"),
    ),
    body="object",
)
