"""Compositional context of a skill — ``POST /api/v1/skill/{id}/compose``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skill_compose",
    method="POST",
    path="/api/v1/skill/{id}/compose",
    package="_ai_memory_api",
    responses={
        200: "models.skill_compose_response:SkillComposeResponse",
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
    request_model="models.skill_compose_request:SkillComposeRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("id", "path", "id"),
        ("agent_id", "header", "X-Agent-Id"),
        ("budget_tokens", "body", "budget_tokens"),
    ),
    body="object",
)
