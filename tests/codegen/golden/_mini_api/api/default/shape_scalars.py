"""An array of scalars. — ``GET /shapes/names``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="shape_scalars",
    method="GET",
    path="/shapes/names",
    package="_mini_api",
    responses={
        200: "list[str]",
    },
    security=False,
    sdk={"method": "shapes.names"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)
