"""Get a thing. — ``GET /things/{id}``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="get",
    method="GET",
    path="/things/{id}",
    package="_mini_api",
    responses={
        200: "models.thing_envelope:ThingEnvelope",
        404: None,
    },
    sdk={"positional": ["id"], "returns": "ThingWithLinks", "unwrap": {"field": "thing", "merge": ["links"]}},
    returns="models.thing_with_links:ThingWithLinks",
)

BINDING = Binding(
    OPERATION,
    arguments=(("id", "path", "id"),),
)
