from ..types import OpenEnum


class LinkRelation(OpenEnum):
    """Relation of a link.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CONTRADICTS = "contradicts"
    DERIVED_FROM = "derived_from"
    DERIVES_FROM = "derives_from"
    REFLECTS_ON = "reflects_on"
    RELATED_TO = "related_to"
    SUPERSEDES = "supersedes"
