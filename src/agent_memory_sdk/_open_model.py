"""The base of generated models whose keys the spec leaves open (free-form ``metadata``).

A module of its own because building ``RootModel[dict[str, Any]]`` builds a pydantic schema:
it is imported only when such a model is first needed, never on ``import`` or client creation.
"""

from __future__ import annotations

from typing import Any

import pydantic

__all__ = ["OpenModel"]


class OpenModel(pydantic.RootModel[dict[str, Any]]):
    """Base of a model whose keys the spec leaves open (free-form ``metadata``, SLO maps, …).

    It holds a plain ``dict`` (``.root``); every key reads as an item (``m["agent_id"]``) or an
    attribute (``m.agent_id``), and all of them are in ``model_extra``. Its keys are content, never
    drift. Build one like a dict: ``Metadata(agent_id="a")`` or ``Metadata({"agent_id": "a"})``.
    """

    model_config = pydantic.ConfigDict(defer_build=True)

    def __getattr__(self, name: str) -> Any:
        root = self.__dict__.get("root")
        if isinstance(root, dict) and name in root:
            return root[name]
        return super().__getattr__(name)  # type: ignore[misc]

    def __getitem__(self, key: str) -> Any:
        """The value of key ``key``."""
        return self.root[key]

    def __contains__(self, key: object) -> bool:
        return key in self.root

    def get(self, key: str, default: Any = None) -> Any:
        """Like ``dict.get``."""
        return self.root.get(key, default)

    @property
    def model_extra(self) -> dict[str, Any]:
        """Every key of the object (all of them are open)."""
        return self.root

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The object as JSON-compatible data."""
        dumped: dict[str, Any] = self.model_dump(mode="json")
        return dumped

    def to_json(self, *, indent: int | None = None) -> str:
        """The object as a JSON string."""
        return self.model_dump_json(indent=indent)
