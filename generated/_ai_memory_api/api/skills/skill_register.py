"""Register a skill — ``POST /api/v1/skill/register``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skill_register",
    method="POST",
    path="/api/v1/skill/register",
    package="_ai_memory_api",
    responses={
        200: "models.skill_register_response:SkillRegisterResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        413: "text",
        415: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.skill_register_request:SkillRegisterRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("inline_skill", "body", "inline_skill"),
        ("folder_path", "body", "folder_path"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
)
