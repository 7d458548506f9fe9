"""Get a skill — ``GET /api/v1/skill/{id}``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skill_get",
    method="GET",
    path="/api/v1/skill/{id}",
    package="_ai_memory_api",
    responses={
        200: "models.skill_detail:SkillDetail",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        404: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(("id", "path", "id"), ("agent_id", "header", "X-Agent-Id")),
)
