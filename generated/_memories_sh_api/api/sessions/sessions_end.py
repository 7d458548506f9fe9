"""End a session — ``POST /api/sdk/v1/sessions/end``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="sessions_end",
    method="POST",
    path="/api/sdk/v1/sessions/end",
    package="_memories_sh_api",
    responses={
        200: "models.sessions_end_envelope:SessionsEndEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.sessions_end_request:SessionsEndRequest",
    sdk={"method": "sessions.end", "positional": ["session_id"], "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("session_id", "body", "sessionId"),
        ("status", "body", "status"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
