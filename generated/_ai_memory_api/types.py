"""Runtime names the generated modules use (re-exported from ``agent_memory_sdk._runtime``)."""

from typing import TYPE_CHECKING, Any

from agent_memory_sdk._runtime import (
    NOT_GIVEN,
    AsyncResource,
    BaseModel,
    NotGiven,
    OpenEnum,
    OpenIntEnum,
    Operation,
    SyncResource,
    Timestamp,
    merge_body,
)

__all__ = [
    "NOT_GIVEN",
    "AsyncResource",
    "BaseModel",
    "NotGiven",
    "OpenEnum",
    "OpenIntEnum",
    "OpenModel",
    "Operation",
    "SyncResource",
    "Timestamp",
    "merge_body",
]

if TYPE_CHECKING:
    from agent_memory_sdk._runtime import OpenModel


def __getattr__(name: str) -> Any:
    """``OpenModel`` is imported only when a free-form model needs it (it builds a schema)."""
    if name == "OpenModel":
        from agent_memory_sdk._runtime import OpenModel

        return OpenModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
