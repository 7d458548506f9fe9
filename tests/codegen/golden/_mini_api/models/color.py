from ..types import OpenEnum


class Color(OpenEnum):
    """A color.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    GREEN = "green"
    RED = "red"
