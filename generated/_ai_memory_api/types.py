"""Runtime names the generated modules use (re-exported from ``agent_memory_sdk._runtime``)."""

from agent_memory_sdk._runtime import (
    NOT_GIVEN,
    AsyncResource,
    BaseModel,
    NotGiven,
    OpenEnum,
    OpenIntEnum,
    OpenModel,
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
