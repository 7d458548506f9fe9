from ..types import OpenEnum


class SkillResourceContentEncoding(OpenEnum):
    """Content encoding.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    BASE64 = "base64"
    UTF_8 = "utf-8"
