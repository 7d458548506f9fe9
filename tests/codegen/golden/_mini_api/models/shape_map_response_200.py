"""ShapeMapResponse200"""

from __future__ import annotations

from ..types import OpenModel


class ShapeMapResponse200(OpenModel):
    """ShapeMapResponse200"""


# Imported last: these models refer back to this one.
