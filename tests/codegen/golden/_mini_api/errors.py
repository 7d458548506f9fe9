"""``_mini_api``: the error codes the spec documents; errors are raised by the engine."""

from agent_memory_sdk._enums import OpenEnum


class ErrorCode(OpenEnum):
    """The machine-readable ``code`` of an error, as the spec documents it.

    A code the spec does not list is kept (``.is_known`` is False) rather than rejected.
    """

    BUSY = "BUSY"
    NOT_FOUND = "NOT_FOUND"
    RATE_LIMITED = "RATE_LIMITED"


RETRYABLE: dict[str, bool] = {
    "BUSY": True,
    "NOT_FOUND": False,
    "RATE_LIMITED": True,
}
"""Code → whether a failure with it may succeed when sent again (the spec's ``x-sdk.retryable``)."""
