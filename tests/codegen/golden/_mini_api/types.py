"""Runtime names ``_mini_api`` uses (re-exported from ``agent_memory_sdk``)."""

from typing import TYPE_CHECKING, Any

from agent_memory_sdk._enums import OpenEnum, OpenIntEnum
from agent_memory_sdk._facade import Binding, LazyModule, call, call_raw, paginate
from agent_memory_sdk._runtime import (
    NOT_GIVEN,
    AsyncResource,
    NotGiven,
    Operation,
    SyncResource,
)

__all__ = [
    "NOT_GIVEN",
    "AsyncResource",
    "BaseModel",
    "Binding",
    "DateTime",
    "LazyModule",
    "NotGiven",
    "OpenEnum",
    "OpenIntEnum",
    "OpenModel",
    "Operation",
    "SyncResource",
    "Timestamp",
    "call",
    "call_raw",
    "paginate",
]

if TYPE_CHECKING:
    from agent_memory_sdk._runtime import BaseModel, DateTime, OpenModel, Timestamp

_LAZY = frozenset({"BaseModel", "DateTime", "OpenModel", "Timestamp"})


def __getattr__(name: str) -> Any:
    """The model base types, imported when the first model module is (they load pydantic's model
    machinery, which operations, the facade and the error codes do not need)."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import agent_memory_sdk._runtime as runtime

    value = getattr(runtime, name)
    globals()[name] = value
    return value
