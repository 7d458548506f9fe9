"""Runtime names ``_mini_api`` uses (re-exported from ``agent_memory_sdk``)."""

from agent_memory_sdk._facade import Binding, call, call_raw
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
)

__all__ = [
    "NOT_GIVEN",
    "AsyncResource",
    "BaseModel",
    "Binding",
    "NotGiven",
    "OpenEnum",
    "OpenIntEnum",
    "Operation",
    "SyncResource",
    "Timestamp",
    "call",
    "call_raw",
]
