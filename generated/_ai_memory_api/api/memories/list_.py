"""List memories — ``GET /api/v1/memories``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="list",
    method="GET",
    path="/api/v1/memories",
    package="_ai_memory_api",
    responses={
        200: "models.list_memories_response:ListMemoriesResponse",
        400: "models.error:Error",
        401: "models.error:Error",
        500: "models.error:Error",
        504: "models.error:Error",
    },
    header_options={"X-Agent-Id": "agent_id"},
    sdk={
        "paginate": {
            "advance": "limit",
            "default_limit": 20,
            "items": "memories",
            "limit": "limit",
            "offset": "offset",
            "style": "offset",
        }
    },
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("namespace", "query", "namespace"),
        ("tier", "query", "tier"),
        ("limit", "query", "limit"),
        ("offset", "query", "offset"),
        ("min_priority", "query", "min_priority"),
        ("since", "query", "since"),
        ("until", "query", "until"),
        ("tags", "query", "tags"),
        ("agent_id", "query", "agent_id"),
        ("agent_id", "hidden", "X-Agent-Id"),
    ),
)
