"""All data models of the API, imported lazily on first access."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import TypeAlias

    from .bulk_result import BulkResult
    from .color import Color
    from .error import Error
    from .level import Level
    from .link import Link
    from .new_thing import NewThing
    from .new_thing_meta import NewThingMeta
    from .pending import Pending
    from .shape_map_response_200 import ShapeMapResponse200
    from .share_response_200 import ShareResponse200
    from .thing import Thing
    from .thing_envelope import ThingEnvelope
    from .thing_page import ThingPage
    from .thing_update import ThingUpdate
    from .thing_with_links import ThingWithLinks
    from .widget import Widget

_MODULES = {
    "BulkResult": ".bulk_result",
    "Color": ".color",
    "Error": ".error",
    "Level": ".level",
    "Link": ".link",
    "NewThing": ".new_thing",
    "NewThingMeta": ".new_thing_meta",
    "Pending": ".pending",
    "ShapeMapResponse200": ".shape_map_response_200",
    "ShareResponse200": ".share_response_200",
    "Thing": ".thing",
    "ThingEnvelope": ".thing_envelope",
    "ThingPage": ".thing_page",
    "ThingUpdate": ".thing_update",
    "ThingWithLinks": ".thing_with_links",
    "Widget": ".widget",
}

__all__ = [
    "BulkResult",
    "Color",
    "Error",
    "Level",
    "Link",
    "NewThing",
    "NewThingMeta",
    "Pending",
    "ShapeMapResponse200",
    "ShareResponse200",
    "Thing",
    "ThingEnvelope",
    "ThingPage",
    "ThingUpdate",
    "ThingWithLinks",
    "Widget",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
