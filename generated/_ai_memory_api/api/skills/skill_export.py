"""Export a skill to a folder — ``POST /api/v1/skill/{id}/export``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skill_export",
    method="POST",
    path="/api/v1/skill/{id}/export",
    package="_ai_memory_api",
    responses={
        200: "models.skill_export_response:SkillExportResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        404: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.skill_export_request:SkillExportRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("id", "path", "id"),
        ("agent_id", "header", "X-Agent-Id"),
        ("target_folder", "body", "target_folder"),
    ),
    body="object",
)
