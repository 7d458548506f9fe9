from ..types import OpenEnum


class MemoryExportReflectionRequestFormat(OpenEnum):
    """`md` (alias `markdown`: YAML front matter and the content) or `json`; case-insensitive.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    JSON = "json"
    MARKDOWN = "markdown"
    MD = "md"
