"""Update a thing. — ``PUT /things/{id}``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="update",
    method="PUT",
    path="/things/{id}",
    package="_mini_api",
    responses={
        200: "models.thing:Thing",
    },
    content_type="application/json",
    request_model="models.thing_update:ThingUpdate",
    sdk={"body_arg": "body", "positional": ["id"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(("id", "path", "id"), ("name", "body", "name"), ("note", "body", "note")),
    body="object",
    body_arg="body",
)
