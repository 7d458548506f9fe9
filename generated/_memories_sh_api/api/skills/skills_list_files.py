"""List skill files — ``POST /api/sdk/v1/skills/files/list``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skills_list_files",
    method="POST",
    path="/api/sdk/v1/skills/files/list",
    package="_memories_sh_api",
    responses={
        200: "models.skills_list_files_envelope:SkillsListFilesEnvelope",
        400: "models.error_envelope:ErrorEnvelope",
        401: "models.error_envelope:ErrorEnvelope",
        403: "models.error_envelope:ErrorEnvelope",
        404: "models.error_envelope:ErrorEnvelope",
        409: "models.error_envelope:ErrorEnvelope",
        429: "models.error_envelope:ErrorEnvelope",
        500: "models.error_envelope:ErrorEnvelope",
    },
    content_type="application/json",
    request_model="models.skills_list_files_request:SkillsListFilesRequest",
    sdk={"method": "skills.list_files", "scope": "body"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("limit", "body", "limit"),
        ("query", "body", "query"),
        ("procedure_key", "body", "procedureKey"),
        ("tenant_id", "scope", "tenantId"),
        ("user_id", "scope", "userId"),
        ("project_id", "scope", "projectId"),
    ),
    body="object",
)
