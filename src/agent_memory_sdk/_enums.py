"""Open enums: ``str``/``int`` enums that keep values the spec does not list.

Free of pydantic and httpx, so that the generated error codes (``ErrorCode``) can be imported
by the error classes without loading either.
"""

from __future__ import annotations

import enum
from contextvars import ContextVar
from typing import Any

__all__ = ["OpenEnum", "OpenIntEnum", "reject_unknown_enums"]

reject_unknown_enums: ContextVar[bool] = ContextVar("reject_unknown_enums", default=False)
"""While True (the SDK's fast first validation of a response, ``_lenient``), open enums reject
values the spec does not list, so that the drift-tolerant walk sees and reports them; otherwise
they keep them as pseudo-members."""


class OpenEnum(str, enum.Enum):
    """A string enum that keeps values it does not know instead of rejecting them.

    ``Tier("archival")`` returns a pseudo-member whose ``.value`` is ``"archival"`` and whose
    ``.is_known`` is False, so a newer server never breaks an older client.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str) or reject_unknown_enums.get():
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
        if not isinstance(value, int) or isinstance(value, bool) or reject_unknown_enums.get():
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
