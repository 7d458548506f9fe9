"""Share a thing. — ``POST /things/{id}/share``."""

from ...types import Binding, Operation

OPERATION = Operation(
    name="share",
    method="POST",
    path="/things/{id}/share",
    package="_mini_api",
    responses={
        200: "models.share_response_200:ShareResponse200",
    },
    served=False,
    sdk={"method": "sharing.share", "positional": ["id"]},
)

BINDING = Binding(
    OPERATION,
    arguments=(("id", "path", "id"),),
)
