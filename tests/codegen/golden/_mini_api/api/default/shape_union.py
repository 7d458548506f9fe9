"""One of several shapes. — ``GET /shapes/either``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="shape_union",
    method="GET",
    path="/shapes/either",
    package="_mini_api",
    responses={
        200: "models.widget:Widget | list[models.link:Link]",
    },
    security=False,
    sdk={"method": "shapes.either"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)
