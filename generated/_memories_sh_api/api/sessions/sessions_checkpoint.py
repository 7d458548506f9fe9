"""Checkpoint a session — ``POST /api/sdk/v1/sessions/checkpoint``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="sessions_checkpoint",
    method="POST",
    path="/api/sdk/v1/sessions/checkpoint",
    package="_memories_sh_api",
    responses={
        200: "models.sessions_checkpoint_envelope:SessionsCheckpointEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.sessions_checkpoint_request:SessionsCheckpointRequest",
    sdk={"method": "sessions.checkpoint", "positional": ["session_id"], "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("session_id", "body", "sessionId"),
        ("content", "body", "content"),
        ("role", "body", "role"),
        ("kind", "body", "kind"),
        ("token_count", "body", "tokenCount"),
        ("turn_index", "body", "turnIndex"),
        ("is_meaningful", "body", "isMeaningful"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
