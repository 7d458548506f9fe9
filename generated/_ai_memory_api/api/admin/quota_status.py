"""Quota status — ``POST /api/v1/quota/status``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="quota_status",
    method="POST",
    path="/api/v1/quota/status",
    package="_ai_memory_api",
    responses={
        200: "models.quota_status:QuotaStatus | models.quota_status_list:QuotaStatusList",
        400: "models.error:Error",
        401: "models.error:Error",
        403: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.quota_status_request:QuotaStatusRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("agent_id", "body", "agent_id"),
        ("namespace", "body", "namespace"),
    ),
    body="object",
)
