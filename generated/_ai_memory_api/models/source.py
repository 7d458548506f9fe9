from ..types import OpenEnum


class Source(OpenEnum):
    """Allowed values of a memory's `source` on create (at most 64 bytes).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    API = "api"
    CHAOS = "chaos"
    CLAUDE = "claude"
    CLI = "cli"
    CONSOLIDATION = "consolidation"
    HOOK = "hook"
    IMPORT = "import"
    NHI = "nhi"
    NOTIFY = "notify"
    SYSTEM = "system"
    USER = "user"
