"""``_ai_memory_api``: the error codes the spec documents; errors are raised by the engine."""

from .types import OpenEnum


class ErrorCode(OpenEnum):
    """The machine-readable ``code`` of an error, as the spec documents it.

    A code the spec does not list is kept (``.is_known`` is False) rather than rejected.
    """

    CONFLICT = "CONFLICT"
    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"


RETRYABLE: dict[str, bool] = {}
"""Code → whether a failure with it may succeed when sent again (the spec's ``x-sdk.retryable``)."""
