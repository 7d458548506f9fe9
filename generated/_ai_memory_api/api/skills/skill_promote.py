"""Promote a reflection into a new skill — ``POST /api/v1/skill/{id}/promote``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="skill_promote",
    method="POST",
    path="/api/v1/skill/{id}/promote",
    package="_ai_memory_api",
    responses={
        200: "models.skill_promote_response:SkillPromoteResponse",
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
    request_model="models.skill_promote_request:SkillPromoteRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("id", "path", "id"),
        ("agent_id", "header", "X-Agent-Id"),
        ("name", "body", "name"),
        ("description", "body", "description"),
        ("parameters_schema", "body", "parameters_schema"),
    ),
    body="object",
)
