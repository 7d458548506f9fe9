"""Set a namespace standard (path form) — ``POST /api/v1/namespaces/{ns}/standard``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="set_namespace_standard",
    method="POST",
    path="/api/v1/namespaces/{ns}/standard",
    package="_ai_memory_api",
    responses={
        201: "models.namespace_standard_set_result:NamespaceStandardSetResult",
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
    request_model="models.set_namespace_standard_request:SetNamespaceStandardRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("ns", "path", "ns"),
        ("agent_id", "header", "X-Agent-Id"),
        ("namespace", "body", "namespace"),
        ("standard", "body", "standard"),
        ("id", "body", "id"),
        ("parent", "body", "parent"),
        ("governance", "body", "governance"),
    ),
    body="object",
)
