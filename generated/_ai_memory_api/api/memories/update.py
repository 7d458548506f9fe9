"""Update a memory — ``PUT /api/v1/memories/{id}``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="update",
    method="PUT",
    path="/api/v1/memories/{id}",
    package="_ai_memory_api",
    responses={
        200: "models.memory:Memory?",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        404: "models.error:Error",
        409: "json",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        503: "models.quorum_not_met:QuorumNotMet",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.update_memory:UpdateMemory",
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"body_arg": "body", "positional": ["id"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("id", "path", "id"),
        ("agent_id", "hidden", "X-Agent-Id"),
        ("if_match", "header", "If-Match"),
        ("title", "body", "title"),
        ("content", "body", "content"),
        ("tier", "body", "tier"),
        ("namespace", "body", "namespace"),
        ("tags", "body", "tags"),
        ("priority", "body", "priority"),
        ("confidence", "body", "confidence"),
        ("expires_at", "body", "expires_at"),
        ("metadata", "body", "metadata"),
        ("source_uri", "body", "source_uri"),
        ("agent_id", "body", "agent_id"),
    ),
    body="object",
    body_arg="body",
)
