"""List things. — ``GET /things``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="list",
    method="GET",
    path="/things",
    package="_mini_api",
    responses={
        200: "models.thing_page:ThingPage",
    },
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"paginate": {"items": "things", "limit": "limit", "offset": "offset", "style": "offset"}},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("limit", "query", "limit"),
        ("offset", "query", "offset"),
        ("color", "query", "color"),
        ("agent_id", "header", "X-Agent-Id"),
    ),
)
