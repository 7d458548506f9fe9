"""The base of generated models whose keys the spec leaves open (free-form ``metadata``).

Such an object is a ``dict`` (pydantic validates it as one, in Rust) whose keys also read as
attributes. Its keys are content, never drift: the strict fast validation that rejects unknown
fields of ordinary models does not apply to it. Imported only when such a model is first needed.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema
from typing_extensions import Self

__all__ = ["OpenModel"]


class OpenModel(dict[str, Any]):
    """Base of a model whose keys the spec leaves open (free-form ``metadata``, SLO maps, …).

    A ``dict``: every key reads as an item (``m["agent_id"]``) or an attribute (``m.agent_id``);
    ``model_extra`` is the object itself. Build one like a dict: ``Metadata(agent_id="a")``.
    """

    model_fields: ClassVar[dict[str, Any]] = {}
    """No declared fields: every key is open."""

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(
            cls, core_schema.dict_schema(core_schema.str_schema(), core_schema.any_schema())
        )

    @classmethod
    def model_validate(cls, obj: Any) -> Self:
        """``obj`` (a mapping) as this model; ``ValueError`` for anything else."""
        if not isinstance(obj, dict):
            raise ValueError(f"expected an object, got {type(obj).__name__}")
        return cls(obj)

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def model_extra(self) -> dict[str, Any]:
        """Every key of the object (all of them are open)."""
        return self

    @property
    def model_fields_set(self) -> set[str]:
        """The keys the server sent."""
        return set(self)

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The object as JSON-compatible data."""
        loaded: dict[str, Any] = json.loads(self.to_json())
        return loaded

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as a JSON string."""
        return json.dumps(self, indent=indent, default=str)
