"""Promote a session snapshot to a skill file — ``POST /api/sdk/v1/skills/files/promote``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skills_promote_file",
    method="POST",
    path="/api/sdk/v1/skills/files/promote",
    package="_memories_sh_api",
    responses={
        200: "models.skills_promote_file_envelope:SkillsPromoteFileEnvelope",
        201: "models.skills_promote_file_envelope:SkillsPromoteFileEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.skills_promote_file_request:SkillsPromoteFileRequest",
    sdk={"method": "skills.promote_from_session", "positional": ["session_id"], "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("session_id", "body", "sessionId"),
        ("path", "body", "path"),
        ("snapshot_id", "body", "snapshotId"),
        ("title", "body", "title"),
        ("procedure_key", "body", "procedureKey"),
        ("max_steps", "body", "maxSteps"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
