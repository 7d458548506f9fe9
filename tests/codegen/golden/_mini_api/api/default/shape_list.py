"""An array of models. — ``GET /shapes/things``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="shape_list",
    method="GET",
    path="/shapes/things",
    package="_mini_api",
    responses={
        200: "list[models.widget:Widget]",
        429: "models.error:Error",
    },
    security=False,
    sdk={"aliases": ["legacy.all_things"], "method": "shapes.things"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)
