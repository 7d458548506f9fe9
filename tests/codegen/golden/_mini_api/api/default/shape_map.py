"""A map of models. — ``GET /shapes/by-name``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="shape_map",
    method="GET",
    path="/shapes/by-name",
    package="_mini_api",
    responses={
        200: "dict[models.widget:Widget]",
    },
    security=False,
    sdk={"method": "shapes.by_name"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)
