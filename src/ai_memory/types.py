"""Every data model of the ai-memory API, re-exported lazily from the generated package.

``from ai_memory.types import Memory, RecallResponse, WebhookMemoryStoreEvent`` works for every
schema of ``specs/ai-memory.openapi.yaml``; the module is imported only when a name is used.
The published SDK's names that differ from the spec's are aliases here:
``SubscriptionRequest`` (= ``SubscribeRequest``) and ``ApproverType`` (``"human"``,
``{"agent": id}`` or ``{"consensus": n}``).

Models are lenient (unknown fields kept), support ``model["wire_name"]`` and ``to_dict()``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import Literal, Union

    from _ai_memory_api.models import *  # noqa: F403
    from _ai_memory_api.models import ApproverTypeType1, ApproverTypeType2, SubscribeRequest

    SubscriptionRequest = SubscribeRequest

    ApproverType = Union[Literal["human"], ApproverTypeType1, ApproverTypeType2]  # noqa: UP007

_ALIASES = {"SubscriptionRequest": "SubscribeRequest"}
_PACKAGE = "_ai_memory_api.models"


def _models() -> Any:
    return importlib.import_module(_PACKAGE)


def model_names() -> list[str]:
    """The names this module re-exports (every generated model plus the aliases)."""
    return sorted({*_models().__all__, *_ALIASES, "ApproverType"})


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return model_names()
    if name == "ApproverType":
        from typing import Literal, Union

        models = _models()
        value: Any = Union[Literal["human"], models.ApproverTypeType1, models.ApproverTypeType2]  # noqa: UP007
    else:
        models = _models()
        target = _ALIASES.get(name, name)
        if name.startswith("_") or target not in models.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(models, target)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(model_names()))
