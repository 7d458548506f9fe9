"""Create or update a skill file — ``POST /api/sdk/v1/skills/files/upsert``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skills_upsert_file",
    method="POST",
    path="/api/sdk/v1/skills/files/upsert",
    package="_memories_sh_api",
    responses={
        200: "models.skills_upsert_file_envelope:SkillsUpsertFileEnvelope",
        201: "models.skills_upsert_file_envelope:SkillsUpsertFileEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.skills_upsert_file_request:SkillsUpsertFileRequest",
    sdk={"method": "skills.upsert_file", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("path", "body", "path"),
        ("content", "body", "content"),
        ("procedure_key", "body", "procedureKey"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
