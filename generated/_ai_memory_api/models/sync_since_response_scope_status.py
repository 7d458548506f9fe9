from ..types import OpenEnum


class SyncSinceResponseScopeStatus(OpenEnum):
    """`scoped`, `legacy_bypass` (`AI_MEMORY_FED_SYNC_TRUST_PEER=1` without an allowlist) or
    `no_allowlist_default_deny` (no rows returned).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    LEGACY_BYPASS = "legacy_bypass"
    NO_ALLOWLIST_DEFAULT_DENY = "no_allowlist_default_deny"
    SCOPED = "scoped"
