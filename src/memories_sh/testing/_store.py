"""SQLite storage: one database file per tenant plus the owner's workspace DB and a control DB."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ._common import ApiError, iso
from ._config import ServerConfig

MEMORY_SCHEMA = """
CREATE TABLE IF NOT EXISTS memories (
  id TEXT PRIMARY KEY,
  content TEXT NOT NULL,
  tags TEXT,
  scope TEXT NOT NULL DEFAULT 'global',
  project_id TEXT,
  type TEXT NOT NULL DEFAULT 'note',
  memory_layer TEXT,
  expires_at TEXT,
  paths TEXT,
  category TEXT,
  metadata TEXT,
  user_id TEXT,
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now')),
  deleted_at TEXT
);
CREATE INDEX IF NOT EXISTS idx_memories_type ON memories(type);
CREATE INDEX IF NOT EXISTS idx_memories_user_scope_project ON memories(user_id, scope, project_id);
CREATE INDEX IF NOT EXISTS idx_memories_layer_expires ON memories(memory_layer, expires_at);
CREATE TABLE IF NOT EXISTS skill_files (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  content TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT 'global',
  project_id TEXT,
  user_id TEXT,
  created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now')),
  deleted_at TEXT
);
CREATE TABLE IF NOT EXISTS graph_nodes (
  id TEXT PRIMARY KEY, node_type TEXT NOT NULL, node_key TEXT NOT NULL, label TEXT NOT NULL,
  metadata TEXT, created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_graph_nodes_type_key ON graph_nodes(node_type, node_key);
CREATE TABLE IF NOT EXISTS graph_edges (
  id TEXT PRIMARY KEY, from_node_id TEXT NOT NULL, to_node_id TEXT NOT NULL, edge_type TEXT NOT NULL,
  weight REAL NOT NULL DEFAULT 1.0, confidence REAL NOT NULL DEFAULT 1.0, evidence_memory_id TEXT,
  expires_at TEXT, created_at TEXT NOT NULL DEFAULT (datetime('now')),
  updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS memory_node_links (
  memory_id TEXT NOT NULL, node_id TEXT NOT NULL, role TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (memory_id, node_id, role)
);
CREATE TABLE IF NOT EXISTS graph_rollout_config (
  id INTEGER PRIMARY KEY CHECK (id = 1), mode TEXT NOT NULL DEFAULT 'off',
  updated_at TEXT NOT NULL DEFAULT (datetime('now')), updated_by TEXT
);
CREATE TABLE IF NOT EXISTS graph_rollout_metrics (
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, mode TEXT NOT NULL,
  requested_strategy TEXT NOT NULL, applied_strategy TEXT NOT NULL,
  shadow_executed INTEGER NOT NULL DEFAULT 0, baseline_candidates INTEGER NOT NULL DEFAULT 0,
  graph_candidates INTEGER NOT NULL DEFAULT 0, graph_expanded_count INTEGER NOT NULL DEFAULT 0,
  total_candidates INTEGER NOT NULL DEFAULT 0, fallback_triggered INTEGER NOT NULL DEFAULT 0,
  fallback_reason TEXT
);
CREATE INDEX IF NOT EXISTS idx_graph_rollout_metrics_created_at ON graph_rollout_metrics(created_at);
"""

FTS_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS memories_fts USING fts5(
  content, tags, content='memories', content_rowid='rowid'
);
CREATE TRIGGER IF NOT EXISTS memories_ai AFTER INSERT ON memories WHEN NEW.deleted_at IS NULL BEGIN
  INSERT INTO memories_fts(rowid, content, tags) VALUES (NEW.rowid, NEW.content, NEW.tags);
END;
CREATE TRIGGER IF NOT EXISTS memories_ad AFTER DELETE ON memories BEGIN
  INSERT INTO memories_fts(memories_fts, rowid, content, tags)
    SELECT 'delete', OLD.rowid, OLD.content, OLD.tags WHERE OLD.deleted_at IS NULL;
END;
CREATE TRIGGER IF NOT EXISTS memories_au AFTER UPDATE ON memories BEGIN
  INSERT INTO memories_fts(memories_fts, rowid, content, tags)
    SELECT 'delete', OLD.rowid, OLD.content, OLD.tags WHERE OLD.deleted_at IS NULL;
  INSERT INTO memories_fts(rowid, content, tags) SELECT NEW.rowid, NEW.content, NEW.tags WHERE
    NEW.deleted_at IS NULL;
END;
"""
# Unlike the service's triggers, the 'delete' commands skip rows that were already soft-deleted
# (and so absent from the external-content index), which would otherwise corrupt the FTS index.

CONTROL_SCHEMA = """
CREATE TABLE IF NOT EXISTS sdk_tenant_databases (
  owner_id TEXT NOT NULL, tenant_id TEXT NOT NULL, db_file TEXT NOT NULL, db_name TEXT,
  status TEXT NOT NULL, metadata TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  last_verified_at TEXT, PRIMARY KEY (owner_id, tenant_id)
);
"""


class Database:
    """One SQLite file; a single connection guarded by a lock (WAL; safe across server threads).

    :meth:`close` may come from the manager's LRU while a request still holds the object: the next
    :meth:`tx` / :meth:`query` reopens the file (the reopened connection closes when collected).
    """

    def __init__(self, path: str, schema: str, fts: bool = False) -> None:
        self.path = path
        self.lock = threading.RLock()
        self._schema, self._fts = schema, fts
        self._connect()

    def _connect(self) -> None:
        path, schema, fts = self.path, self._schema, self._fts
        self.closed = False
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA busy_timeout=30000")
        self.conn.executescript(schema)
        self.has_fts = False
        if fts:
            try:
                self.conn.executescript(FTS_SCHEMA)
                self.has_fts = True
            except sqlite3.OperationalError:  # SQLite without FTS5: the LIKE fallback serves search
                pass

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """Exclusive access + a transaction (committed on success, rolled back on error)."""
        with self.lock:
            if self.closed:
                self._connect()
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def query(self, sql: str, args: tuple[Any, ...] | list[Any] = ()) -> list[sqlite3.Row]:
        with self.lock:
            if self.closed:
                self._connect()
            return list(self.conn.execute(sql, tuple(args)).fetchall())

    def close(self) -> None:
        with self.lock:
            self.closed = True
            self.conn.close()


def tenant_not_configured(tenant_id: str) -> ApiError:
    return ApiError(
        "not_found_error",
        "TENANT_DATABASE_NOT_CONFIGURED",
        f"No tenant database configured for tenant_id: {tenant_id}",
        404,
        False,
        {"tenant_id": tenant_id},
        rpc_code=-32004,
    )


def tenant_not_ready(tenant_id: str, status: str) -> ApiError:
    return ApiError(
        "tool_error",
        "TENANT_DATABASE_NOT_READY",
        f"Tenant database is not ready (status: {status})",
        409,
        True,
        {"tenant_id": tenant_id, "status": status},
        rpc_code=-32009,
    )


def database_not_configured(rpc_code: int = -32603) -> ApiError:
    return ApiError(
        "not_found_error",
        "DATABASE_NOT_CONFIGURED",
        "Database not configured. Visit memories.sh/app to set up.",
        400,
        rpc_code=rpc_code,
    )


class StoreManager:
    """Resolves the database for a request: the owner's workspace DB or a tenant's own DB."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self._tmp: str | None = None
        if config.db is None:
            self._tmp = tempfile.mkdtemp(prefix="memories-sh-local-")
            self.root, self.workspace_path = self._tmp, os.path.join(self._tmp, "workspace.db")
        elif os.path.isdir(config.db) or not os.path.splitext(config.db)[1]:
            os.makedirs(config.db, exist_ok=True)
            self.root, self.workspace_path = config.db, os.path.join(config.db, "workspace.db")
        else:
            self.workspace_path = config.db
            self.root = config.db + ".d"
            os.makedirs(self.root, exist_ok=True)
        self._lock = threading.Lock()
        self._dbs: OrderedDict[str, Database] = OrderedDict()  # least recently used first
        self.max_open = _max_open_databases()
        self.control = Database(os.path.join(self.root, "control.db"), CONTROL_SCHEMA)
        now = iso(config.now())
        for tenant_id, status in config.tenants.items():
            self.upsert_tenant(config.owner_id, tenant_id, status, {}, now, keep_created=True)

    def _open(self, path: str) -> Database:
        """The database at ``path``; beyond ``max_open`` open files the least recently used closes
        (every tenant's own file would otherwise hold ~3 descriptors until the process runs out).
        """
        with self._lock:
            db = self._dbs.get(path)
            if db is None:
                db = Database(path, MEMORY_SCHEMA, fts=True)
                self._dbs[path] = db
            self._dbs.move_to_end(path)
            evicted = [self._dbs.popitem(last=False)[1] for _ in range(len(self._dbs) - self.max_open)]
        for old in evicted:  # outside the manager's lock: waits for the old database's transaction
            old.close()
        return db

    def workspace(self, owner_id: str, rpc_code: int = -32603) -> Database:
        if not self.config.workspace_db:
            raise database_not_configured(rpc_code)
        if owner_id == self.config.owner_id:
            return self._open(self.workspace_path)
        return self._open(os.path.join(self.root, f"workspace-{owner_id}.db"))

    @staticmethod
    def _tenant_file(owner_id: str, tenant_id: str) -> str:
        digest = hashlib.sha256(f"{owner_id}\0{tenant_id}".encode()).hexdigest()[:24]
        return f"tenant-{digest}.db"

    def get_tenant(self, owner_id: str, tenant_id: str) -> dict[str, Any] | None:
        rows = self.control.query(
            "SELECT * FROM sdk_tenant_databases WHERE owner_id = ? AND tenant_id = ?", (owner_id, tenant_id)
        )
        return tenant_row(rows[0]) if rows else None

    def list_tenants(self, owner_id: str) -> list[dict[str, Any]]:
        rows = self.control.query(
            "SELECT * FROM sdk_tenant_databases WHERE owner_id = ? ORDER BY created_at ASC, rowid ASC",
            (owner_id,),
        )
        return [tenant_row(r) for r in rows]

    def upsert_tenant(
        self,
        owner_id: str,
        tenant_id: str,
        status: str,
        metadata: dict[str, Any] | None,
        now: str,
        keep_created: bool = True,
    ) -> dict[str, Any]:
        db_file = self._tenant_file(owner_id, tenant_id)
        meta = json.dumps(metadata or {})
        with self.control.tx() as conn:
            conn.execute(
                """INSERT INTO sdk_tenant_databases
                   (owner_id, tenant_id, db_file, db_name, status, metadata, created_at, updated_at,
                    last_verified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(owner_id, tenant_id) DO UPDATE SET status = excluded.status,
                   metadata = excluded.metadata, updated_at = excluded.updated_at,
                   last_verified_at = excluded.last_verified_at""",
                (owner_id, tenant_id, db_file, db_file[:-3], status, meta, now, now, now),
            )
        if status == "ready":
            self._open(os.path.join(self.root, db_file))
        mapping = self.get_tenant(owner_id, tenant_id)
        assert mapping is not None
        return mapping

    def disable_tenant(self, owner_id: str, tenant_id: str, now: str) -> dict[str, Any] | None:
        with self.control.tx() as conn:
            cur = conn.execute(
                "UPDATE sdk_tenant_databases SET status = 'disabled', updated_at = ? "
                "WHERE owner_id = ? AND tenant_id = ?",
                (now, owner_id, tenant_id),
            )
            if cur.rowcount == 0:
                return None
        return self.get_tenant(owner_id, tenant_id)

    def tenant(self, owner_id: str, tenant_id: str) -> Database:
        """``resolveTenantTurso``: auto-provision (if enabled), then not configured / not ready."""
        mapping = self.get_tenant(owner_id, tenant_id)
        if self.config.auto_provision_tenants and (
            mapping is None or mapping["status"] in ("disabled", "error")
        ):
            meta = dict(mapping["metadata"]) if mapping else {}
            now = iso(self.config.now())
            meta.update({"provisionedBy": "sdk_auto", "provisionedAt": now})
            mapping = self.upsert_tenant(owner_id, tenant_id, "ready", meta, now)
        if mapping is None:
            raise tenant_not_configured(tenant_id)
        if mapping["status"] != "ready":
            raise tenant_not_ready(tenant_id, mapping["status"])
        return self._open(os.path.join(self.root, mapping["_db_file"]))

    def resolve(self, owner_id: str, tenant_id: str | None) -> Database:
        return self.tenant(owner_id, tenant_id) if tenant_id else self.workspace(owner_id)

    def close(self) -> None:
        with self._lock:
            for db in self._dbs.values():
                db.close()
            self._dbs.clear()
        self.control.close()
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)


def _max_open_databases() -> int:
    """How many memory databases stay open: a quarter of the descriptors left after 128, 4 to 128."""
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, OSError, ValueError):
        return 128
    if soft == resource.RLIM_INFINITY:
        return 128
    return max(4, min(128, (soft - 128) // 4))


def tenant_row(row: Any) -> dict[str, Any]:
    try:
        metadata = json.loads(row["metadata"]) if row["metadata"] else {}
    except ValueError:
        metadata = {}
    return {
        "tenantId": row["tenant_id"],
        "tursoDbUrl": f"file:{row['db_file']}",
        "tursoDbName": row["db_name"],
        "status": row["status"],
        "metadata": metadata if isinstance(metadata, dict) else {},
        "createdAt": row["created_at"],
        "updatedAt": row["updated_at"],
        "lastVerifiedAt": row["last_verified_at"],
        "_db_file": row["db_file"],
    }
