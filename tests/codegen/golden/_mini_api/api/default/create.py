"""Create a thing. — ``POST /things``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="create",
    method="POST",
    path="/things",
    package="_mini_api",
    responses={
        201: "models.thing:Thing",
        202: "models.pending:Pending",
        400: "text",
    },
    content_type="application/json",
    request_model="models.new_thing:NewThing",
    header_options={"X-Agent-Id": "agent_id"},
    sdk={"csv": ["labels"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(
        ("agent_id", "hidden", "X-Agent-Id"),
        ("name", "body", "name"),
        ("color", "body", "color"),
        ("size", "body", "size"),
        ("labels", "body", "labels"),
        ("tags", "body", "tags"),
        ("agent_id", "body", "agent_id"),
        ("level", "body", "level"),
        ("meta", "body", "meta"),
    ),
    body="object",
)
