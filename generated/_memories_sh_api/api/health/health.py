"""Check that the SDK HTTP surface is up — ``GET /api/sdk/v1/health``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="health",
    method="GET",
    path="/api/sdk/v1/health",
    package="_memories_sh_api",
    responses={
        200: "models.health_envelope:HealthEnvelope",
        404: "text",
    },
    security=False,
    sdk={"method": "health"},
)

BINDING = Binding(
    OPERATION,
    arguments=(),
)
