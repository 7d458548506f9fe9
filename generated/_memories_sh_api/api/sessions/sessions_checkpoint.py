"""Checkpoint a session — ``POST /api/sdk/v1/sessions/checkpoint``."""

from ...types import Operation

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
