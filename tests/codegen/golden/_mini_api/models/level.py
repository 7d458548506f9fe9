from ..types import OpenIntEnum


class Level(OpenIntEnum):
    """A level.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
