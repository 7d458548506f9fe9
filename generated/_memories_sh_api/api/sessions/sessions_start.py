"""Start a session — ``POST /api/sdk/v1/sessions/start``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="sessions_start",
    method="POST",
    path="/api/sdk/v1/sessions/start",
    package="_memories_sh_api",
    responses={
        201: "models.sessions_start_envelope:SessionsStartEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.sessions_start_request:SessionsStartRequest",
    sdk={"method": "sessions.start", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("title", "body", "title"),
        ("client", "body", "client"),
        ("metadata", "body", "metadata"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
