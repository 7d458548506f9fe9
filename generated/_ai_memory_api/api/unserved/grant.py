"""Grant an agent access to a memory (not served) — ``POST /api/v1/memories/{id}/grant``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="grant",
    method="POST",
    path="/api/v1/memories/{id}/grant",
    package="_ai_memory_api",
    responses={
        200: "models.open_object:OpenObject",
        401: "models.error:Error",
        404: None,
    },
    content_type="application/json",
    request_model="models.grant_request:GrantRequest",
    header_options={"X-Agent-Id": "agent_id"},
    served=False,
    sdk={"positional": ["id", "agent_id"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("id", "path", "id"),
        ("agent_id", "hidden", "X-Agent-Id"),
        ("agent_id", "body", "agent_id"),
        ("permission", "body", "permission"),
    ),
    body="object",
)
