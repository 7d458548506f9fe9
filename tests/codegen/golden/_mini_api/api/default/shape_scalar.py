"""A scalar. — ``GET /shapes/count``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="shape_scalar",
    method="GET",
    path="/shapes/count",
    package="_mini_api",
    responses={
        200: "int",
    },
    security=False,
    sdk={"method": "shapes.count"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)
