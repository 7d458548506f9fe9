"""Open enums: ``str``/``int`` enums that keep values the spec does not list.

Free of pydantic and httpx, so that the generated error codes (``ErrorCode``) can be imported
by the error classes without loading either.
"""

from __future__ import annotations

import enum
from typing import Any

__all__ = ["OpenEnum", "OpenIntEnum"]


class OpenEnum(str, enum.Enum):
    """A string enum that keeps values it does not know instead of rejecting them.

    ``Tier("archival")`` returns a pseudo-member whose ``.value`` is ``"archival"`` and whose
    ``.is_known`` is False, so a newer server never breaks an older client.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec this SDK was generated from lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that keeps values it does not know instead of rejecting them."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec this SDK was generated from lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
