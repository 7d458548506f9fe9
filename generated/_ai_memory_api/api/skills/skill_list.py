"""List skills — ``GET /api/v1/skill/list``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skill_list",
    method="GET",
    path="/api/v1/skill/list",
    package="_ai_memory_api",
    responses={
        200: "models.skill_list_response:SkillListResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("namespace", "query", "namespace"),
        ("filter", "query", "filter"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)
