"""Configuration of the local memories.sh server."""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from ._common import utcnow

_OWNER_NAMESPACE = uuid.UUID("6d656d6f-7269-6573-2e73-682d6f776e72")


def generate_api_key() -> str:
    """A key in the service's format: ``mem_`` + 64 lowercase hex characters."""
    return "mem_" + secrets.token_hex(32)


def _default_expiry() -> datetime:
    return datetime.now(timezone.utc) + timedelta(days=365)


@dataclass
class ApiKey:
    """One accepted ``mem_`` key. ``expires_at=None`` means "already expired" (as the service does)."""

    key: str
    expires_at: datetime | None = field(default_factory=_default_expiry)
    owner_id: str | None = None  # defaults to ServerConfig.owner_id
    created_at: datetime = field(default_factory=utcnow)


@dataclass
class ServerConfig:
    """Everything configurable. Defaults mirror the service's defaults (see the reference §1-§5).

    * ``keys``: accepted ``mem_`` keys; strings (valid one year) or :class:`ApiKey`. If empty, one
      key is generated and ``api_key`` returns it.
    * ``db``: a directory (one SQLite file per tenant + ``workspace.db`` + ``control.db``), a file
      (the workspace DB; the others go to ``<file>.d/``), or ``None`` (a temporary directory).
    * ``tenants``: pre-configured tenant mappings, ``{tenant_id: status}`` (``"ready"``,
      ``"disabled"``, ``"provisioning"`` ...). A status other than ``ready`` gives 409
      ``TENANT_DATABASE_NOT_READY`` (unless auto-provision re-provisions ``disabled``/``error``).
    * ``auto_provision_tenants``: unknown tenant -> create its database (the service with
      ``TURSO_PLATFORM_API_TOKEN``); ``False`` -> 404 ``TENANT_DATABASE_NOT_CONFIGURED``.
    * ``workspace_db``: ``False`` -> requests without ``tenantId`` give 400 ``DATABASE_NOT_CONFIGURED``.
    * ``rate_limit`` / ``rate_limit_window``: the shared runtime+MCP limiter (``None``/0 disables).
    * ``canary_gate``: ``None`` evaluates the real quality gate from recorded metrics; a list of
      reason codes forces a blocking gate (409 ``CANARY_ROLLOUT_BLOCKED``); ``[]`` forces a pass.
    * ``session_cookie_name``/``session_cookie_value``: the dashboard session for management routes;
      ``cli_token``: a ``cli_…`` CLI token; the February server took it on management/tenants, the
      live routes take it nowhere (``INVALID_API_KEY_FORMAT`` / ``401``), which tests show with it.
    * ``clock``: injectable "now" (aware UTC datetime) used for every timestamp, TTL and expiry.
    """

    keys: list[str | ApiKey] = field(default_factory=list)
    owner_id: str = ""  # "": stable per --db (tenant files are named from it), random without one
    owner_email: str = "local@memories.test"
    db: str | None = None
    tenants: Mapping[str, str] = field(default_factory=dict)
    auto_provision_tenants: bool = True
    workspace_db: bool = True
    rate_limit: int | None = 120
    rate_limit_window: float = 60.0
    management_rate_limit: int | None = 60
    management_strict_rate_limit: int | None = 5
    working_memory_ttl_hours: float = 24.0
    working_memory_max_items: int = 200
    graph_mapping_enabled: bool = False
    graph_retrieval_enabled: bool = False
    graph_llm_extraction_enabled: bool = False
    canary_gate: list[str] | None = None
    session_cookie_name: str = "sb-localhost-auth-token"
    session_cookie_value: str | None = field(default_factory=lambda: secrets.token_hex(16))
    cli_token: str | None = field(default_factory=lambda: "cli_" + secrets.token_hex(24))
    clock: Callable[[], datetime] = utcnow

    def __post_init__(self) -> None:
        if not self.owner_id:
            # derived from the database's location: a restart on the same --db is the same owner
            # (a fresh uuid4 made every tenant-scoped row unreachable after a restart)
            where = os.path.realpath(self.db) if self.db else None
            self.owner_id = str(uuid.uuid5(_OWNER_NAMESPACE, where) if where else uuid.uuid4())
        keys: list[ApiKey] = []
        for item in self.keys:
            spec = ApiKey(item) if isinstance(item, str) else item
            if spec.owner_id is None:
                spec.owner_id = self.owner_id
            keys.append(spec)
        if not keys:
            keys.append(ApiKey(generate_api_key(), owner_id=self.owner_id))
        self.keys = list(keys)

    @property
    def api_key(self) -> str:
        """The first configured key (the owner's current key)."""
        first = self.keys[0]
        return first.key if isinstance(first, ApiKey) else first

    def now(self) -> datetime:
        value = self.clock()
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
