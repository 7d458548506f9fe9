"""ShapeMapResponse200"""

from __future__ import annotations

from ..types import BaseModel


class ShapeMapResponse200(BaseModel):
    """ShapeMapResponse200"""


# Imported last: these models refer back to this one.
