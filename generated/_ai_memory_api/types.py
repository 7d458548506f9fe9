"""Runtime names ``_ai_memory_api`` uses (re-exported from ``agent_memory_sdk._runtime``)."""

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
    "Operation",
    "SyncResource",
    "Timestamp",
    "merge_body",
]
