"""The MCP capabilities document (v1/v2/v3 shapes differ; kept open) plus the HTTP-only keys
`storage_backend` and `db_schema_version`. v3 (the default) has `schema_version` `"3"`,
`summary`, `to_describe_to_user`, `tools`, `tier`, `version`, `features`, `models`,
`permissions`, `hooks`, `compaction`, `approval`, `transcripts`, `hnsw`, `memory_kinds`,
`reflection`, `skills`, `governance` and more. Has no `families` block."""

from __future__ import annotations

from ..types import BaseModel


class Capabilities(BaseModel):
    """The MCP capabilities document (v1/v2/v3 shapes differ; kept open) plus the HTTP-only keys
    `storage_backend` and `db_schema_version`. v3 (the default) has `schema_version` `"3"`,
    `summary`, `to_describe_to_user`, `tools`, `tier`, `version`, `features`, `models`,
    `permissions`, `hooks`, `compaction`, `approval`, `transcripts`, `hnsw`, `memory_kinds`,
    `reflection`, `skills`, `governance` and more. Has no `families` block."""

    schema_version: str | None = None
    """Document version (`"3"` by default)."""

    tier: str | None = None
    """Feature tier (`keyword`, `semantic`, `smart`, `autonomous`)."""

    version: str | None = None
    """Daemon version."""

    storage_backend: str | None = None
    """`sqlite` in default builds."""

    db_schema_version: int | None = None
    """Database schema version (0 in non-`sal` builds)."""
