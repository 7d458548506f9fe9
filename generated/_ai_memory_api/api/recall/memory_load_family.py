"""Load the memories of a family — ``POST /api/v1/memory_load_family``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="memory_load_family",
    method="POST",
    path="/api/v1/memory_load_family",
    package="_ai_memory_api",
    responses={
        200: "models.load_family_response:LoadFamilyResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        413: "text",
        415: "text",
        422: "text",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    content_type="application/json",
    request_model="models.load_family_request:LoadFamilyRequest",
    header_options={"X-Agent-Id": "agent_id"},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "header", "X-Agent-Id"),
        ("family", "body", "family"),
        ("namespace", "body", "namespace"),
        ("k", "body", "k"),
    ),
    body="object",
)
