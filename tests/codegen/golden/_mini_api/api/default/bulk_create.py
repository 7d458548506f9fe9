"""Create many things. — ``POST /things/bulk``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="bulk_create",
    method="POST",
    path="/things/bulk",
    package="_mini_api",
    responses={
        200: "models.bulk_result:BulkResult",
    },
    content_type="application/json",
    request_model="models.new_thing:NewThing",
    request_array=True,
    sdk={"body_arg": "things", "chunk": {"concat": ["errors"], "max_items": 2, "sum": ["created"]}},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
    body="array",
    body_arg="things",
)
