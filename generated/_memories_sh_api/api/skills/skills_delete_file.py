"""Delete (soft-delete) a skill file — ``POST /api/sdk/v1/skills/files/delete``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skills_delete_file",
    method="POST",
    path="/api/sdk/v1/skills/files/delete",
    package="_memories_sh_api",
    responses={
        200: "models.skills_delete_file_envelope:SkillsDeleteFileEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.skills_delete_file_request:SkillsDeleteFileRequest",
    sdk={"method": "skills.delete_file", "positional": ["path"], "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("path", "body", "path"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
