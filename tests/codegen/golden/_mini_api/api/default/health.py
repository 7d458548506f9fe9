"""Health. — ``GET /health``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="health",
    method="GET",
    path="/health",
    package="_mini_api",
    responses={
        200: "text",
    },
    security=False,
    sdk={"method": "ops.status.health"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)
