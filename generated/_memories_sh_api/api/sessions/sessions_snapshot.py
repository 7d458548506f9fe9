"""Get the latest snapshot of a session — ``GET /api/sdk/v1/sessions/{session_id}/snapshot``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="sessions_snapshot",
    method="GET",
    path="/api/sdk/v1/sessions/{sessionId}/snapshot",
    package="_memories_sh_api",
    responses={
        200: "models.sessions_snapshot_envelope:SessionsSnapshotEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    sdk={"method": "sessions.get_snapshot", "positional": ["session_id"], "scope": "query"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("session_id", "path", "sessionId"),
        ("tenant_id", "query", "tenantId"),
        ("user_id", "query", "userId"),
        ("project_id", "query", "projectId"),
    ),
)
