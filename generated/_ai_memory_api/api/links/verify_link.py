"""Verify a link attestation — ``POST /api/v1/links/verify``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="verify_link",
    method="POST",
    path="/api/v1/links/verify",
    package="_ai_memory_api",
    responses={
        200: "models.open_object:OpenObject",
        400: "models.error:Error",
        401: "models.error:Error",
        409: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        501: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.verify_link_request:VerifyLinkRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("source_id", "body", "source_id"),
        ("target_id", "body", "target_id"),
        ("link_id", "body", "link_id"),
        ("verification_nonce", "body", "verification_nonce"),
    ),
    body="object",
)
