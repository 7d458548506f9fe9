"""``x-sdk.chunk``: send a long array body in several calls and merge the results.

``{max_items: N, sum: [fields], concat: [fields]}``: an array body longer than ``N`` is split
into consecutive slices of at most ``N`` items, each sent as its own request (with its own
retries). The results must be of one class; the merged result is the first one with the
``sum`` fields added up and the ``concat`` lists joined in order. A failing chunk raises; the
chunks before it have been applied.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pydantic

__all__ = ["ChunkPlan"]


def _field_name(model: pydantic.BaseModel, key: str) -> str:
    fields = type(model).model_fields
    if key in fields:
        return key
    for name, info in fields.items():
        if info.alias == key:
            return name
    return key


def _read(result: Any, key: str) -> Any:
    if isinstance(result, Mapping):
        return result.get(key)
    if isinstance(result, pydantic.BaseModel):
        return getattr(result, _field_name(result, key), None)
    return None


@dataclass(frozen=True)
class ChunkPlan:
    """The chunking settings of one operation."""

    max_items: int
    sum: tuple[str, ...] = ()
    concat: tuple[str, ...] = ()

    @classmethod
    def from_sdk(cls, spec: Mapping[str, Any] | None) -> ChunkPlan | None:
        """Read ``x-sdk.chunk``; None when absent."""
        if not spec:
            return None
        return cls(int(spec["max_items"]), tuple(spec.get("sum") or ()), tuple(spec.get("concat") or ()))

    def split(self, body: Any) -> list[list[Any]] | None:
        """Slices of ``body`` when it is an array longer than ``max_items``, else None."""
        if not isinstance(body, Sequence) or isinstance(body, (str, bytes)) or len(body) <= self.max_items:
            return None
        items = list(body)
        return [items[i : i + self.max_items] for i in range(0, len(items), self.max_items)]

    def merge(self, results: list[Any]) -> Any:
        """One result of the same class: ``sum`` fields added, ``concat`` lists joined."""
        first = results[0]
        update: dict[str, Any] = {}
        for key in self.sum:
            values = [v for v in (_read(r, key) for r in results) if v is not None]
            if values:
                update[key] = sum(values)
        for key in self.concat:
            joined: list[Any] = []
            for r in results:
                joined.extend(_read(r, key) or [])
            update[key] = joined
        if isinstance(first, pydantic.BaseModel):
            return first.model_copy(update={_field_name(first, k): v for k, v in update.items()})
        if isinstance(first, Mapping):
            return {**first, **update}
        return first
