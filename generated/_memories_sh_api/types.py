"""Runtime names the generated modules use (re-exported from ``agent_memory_sdk._runtime``)."""

from typing import TYPE_CHECKING, Any

from agent_memory_sdk._runtime import (
    NOT_GIVEN,
    AsyncResource,
    NotGiven,
    Operation,
    SyncResource,
    merge_body,
)

__all__ = [
    "NOT_GIVEN",
    "AsyncResource",
    "BaseModel",
    "DateTime",
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
    from agent_memory_sdk._runtime import (
        BaseModel,
        DateTime,
        OpenEnum,
        OpenIntEnum,
        OpenModel,
        Timestamp,
    )

_LAZY = frozenset({"BaseModel", "DateTime", "OpenEnum", "OpenIntEnum", "OpenModel", "Timestamp"})


def __getattr__(name: str) -> Any:
    """The model base types, imported when the first model module is (they load pydantic's model
    machinery, which operations and the facade do not need)."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import agent_memory_sdk._runtime as runtime

    value = getattr(runtime, name)
    globals()[name] = value
    return value
