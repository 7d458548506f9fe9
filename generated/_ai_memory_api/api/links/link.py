"""Link two memories — ``POST /api/v1/links``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="link",
    method="POST",
    path="/api/v1/links",
    package="_ai_memory_api",
    responses={
        201: "models.link_created:LinkCreated",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        404: "models.error:Error",
        409: "models.error:Error",
        413: "text",
        415: "text",
        429: "models.quota_exceeded:QuotaExceeded",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.link_request:LinkRequest",
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"positional": ["source_id", "target_id", "relation"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("source_id", "body", "source_id"),
        ("target_id", "body", "target_id"),
        ("relation", "body", "relation"),
    ),
    body="object",
)
