"""Import payload."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ImportRequest(BaseModel):
    """Import payload."""

    memories: list[ImportMemory]
    """Memories to import (at most 1000)."""

    links: list[MemoryLink] | None = None
    """Links to import (invalid ones are skipped)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "memories": {"max_items": 1000},
    }


# Imported last: these models refer back to this one.
from ..models.import_memory import ImportMemory  # noqa: E402
from ..models.memory_link import MemoryLink  # noqa: E402
