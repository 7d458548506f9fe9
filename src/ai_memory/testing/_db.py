"""SQLite connection, schema and row conversion (one connection, one re-entrant lock, WAL)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

from ._config import ServerConfig
from ._validate import fmt_ts

SCHEMA = """
CREATE TABLE IF NOT EXISTS memories (
    id TEXT PRIMARY KEY, tier TEXT NOT NULL, namespace TEXT NOT NULL, title TEXT NOT NULL,
    content TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]', priority INTEGER NOT NULL DEFAULT 5,
    confidence REAL NOT NULL DEFAULT 1.0, source TEXT NOT NULL DEFAULT 'api',
    access_count INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    last_accessed_at TEXT, expires_at TEXT, metadata TEXT NOT NULL DEFAULT '{}',
    memory_kind TEXT NOT NULL DEFAULT 'observation', version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (title, namespace)
);
CREATE INDEX IF NOT EXISTS idx_memories_ns ON memories(namespace);
CREATE VIRTUAL TABLE IF NOT EXISTS memories_fts USING fts5(
    title, content, tags, content='memories', content_rowid='rowid'
);
CREATE TRIGGER IF NOT EXISTS memories_ai AFTER INSERT ON memories BEGIN
    INSERT INTO memories_fts(rowid, title, content, tags)
    VALUES (new.rowid, new.title, new.content, new.tags);
END;
CREATE TRIGGER IF NOT EXISTS memories_ad AFTER DELETE ON memories BEGIN
    INSERT INTO memories_fts(memories_fts, rowid, title, content, tags)
    VALUES ('delete', old.rowid, old.title, old.content, old.tags);
END;
CREATE TRIGGER IF NOT EXISTS memories_au AFTER UPDATE OF title, content, tags ON memories BEGIN
    INSERT INTO memories_fts(memories_fts, rowid, title, content, tags)
    VALUES ('delete', old.rowid, old.title, old.content, old.tags);
    INSERT INTO memories_fts(rowid, title, content, tags)
    VALUES (new.rowid, new.title, new.content, new.tags);
END;
CREATE TABLE IF NOT EXISTS archived_memories (
    id TEXT PRIMARY KEY, row TEXT NOT NULL, namespace TEXT NOT NULL,
    archived_at TEXT NOT NULL, archive_reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memory_links (
    source_id TEXT NOT NULL, target_id TEXT NOT NULL, relation TEXT NOT NULL, created_at TEXT NOT NULL,
    valid_from TEXT, valid_until TEXT, observed_by TEXT,
    PRIMARY KEY (source_id, target_id, relation)
);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id TEXT NOT NULL, alias TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (entity_id, alias)
);
CREATE TABLE IF NOT EXISTS sync_state (
    agent_id TEXT NOT NULL, peer_id TEXT NOT NULL, last_seen TEXT NOT NULL, PRIMARY KEY (agent_id, peer_id)
);
CREATE TABLE IF NOT EXISTS captured_turns (sha256 TEXT PRIMARY KEY, memory_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS skills (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, namespace TEXT NOT NULL, description TEXT NOT NULL,
    body TEXT NOT NULL, resources TEXT NOT NULL DEFAULT '{}', metadata TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (name, namespace)
);
CREATE TABLE IF NOT EXISTS subscriptions (
    id TEXT PRIMARY KEY, url TEXT NOT NULL, events TEXT NOT NULL, secret_hash TEXT,
    namespace_filter TEXT, agent_filter TEXT, namespace TEXT, created_by TEXT, agent_id TEXT,
    created_at TEXT NOT NULL, dispatch_count INTEGER NOT NULL DEFAULT 0,
    failure_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS subscription_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, subscription_id TEXT NOT NULL, event TEXT NOT NULL,
    correlation_id TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS subscription_dlq (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, subscription_id TEXT NOT NULL, event TEXT NOT NULL,
    correlation_id TEXT NOT NULL, payload TEXT NOT NULL, last_error TEXT NOT NULL,
    attempts INTEGER NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pending_actions (
    id TEXT PRIMARY KEY, action_type TEXT NOT NULL, memory_id TEXT, namespace TEXT NOT NULL,
    payload TEXT NOT NULL, requested_by TEXT NOT NULL, requested_at TEXT NOT NULL,
    status TEXT NOT NULL, decided_by TEXT, decided_at TEXT, approvals TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS namespace_standards (
    namespace TEXT PRIMARY KEY, standard_id TEXT, parent TEXT, governance TEXT, updated_at TEXT NOT NULL
);
"""

_OPTIONAL = ("last_accessed_at", "expires_at")


class BaseDB:
    """Owns the connection. Every access happens under ``self.lock`` (re-entrant)."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(config.db_path, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        if config.db_path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA busy_timeout=5000")
        self.conn.executescript(SCHEMA)

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def now(self) -> str:
        return fmt_ts(self.config.now())

    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            if self.conn.in_transaction:  # nested: join the outer transaction
                yield self.conn
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def q(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def x(self, sql: str, params: Any = ()) -> int:
        with self.lock:
            return self.conn.execute(sql, params).rowcount


def row_to_memory(row: sqlite3.Row | dict[str, Any]) -> dict[str, Any]:
    """A stored row -> the R7 ``Memory`` wire object (optional keys omitted when null)."""
    r = dict(row)
    mem: dict[str, Any] = {
        "id": r["id"],
        "tier": r["tier"],
        "namespace": r["namespace"],
        "title": r["title"],
        "content": r["content"],
        "tags": json.loads(r["tags"]),
        "priority": r["priority"],
        "confidence": r["confidence"],
        "source": r["source"],
        "access_count": r["access_count"],
        "created_at": r["created_at"],
        "updated_at": r["updated_at"],
    }
    for k in _OPTIONAL:
        if r.get(k) is not None:
            mem[k] = r[k]
    mem["metadata"] = json.loads(r["metadata"])
    mem["reflection_depth"] = 0
    mem["memory_kind"] = r.get("memory_kind") or "observation"
    mem["citations"] = []
    mem["confidence_source"] = "caller_provided"
    mem["version"] = r.get("version") or 1
    return mem


def memory_to_row(mem: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": mem["id"],
        "tier": mem["tier"],
        "namespace": mem["namespace"],
        "title": mem["title"],
        "content": mem["content"],
        "tags": json.dumps(mem.get("tags") or []),
        "priority": mem.get("priority", 5),
        "confidence": mem.get("confidence", 1.0),
        "source": mem.get("source", "api"),
        "access_count": mem.get("access_count", 0),
        "created_at": mem["created_at"],
        "updated_at": mem["updated_at"],
        "last_accessed_at": mem.get("last_accessed_at"),
        "expires_at": mem.get("expires_at"),
        "metadata": json.dumps(mem.get("metadata") or {}),
        "memory_kind": mem.get("memory_kind") or "observation",
        "version": mem.get("version") or 1,
    }


def link_to_wire(row: sqlite3.Row) -> dict[str, Any]:
    link = {
        "source_id": row["source_id"],
        "target_id": row["target_id"],
        "relation": row["relation"],
        "created_at": row["created_at"],
    }
    for key in ("observed_by", "valid_from", "valid_until"):
        if row[key] is not None:
            link[key] = row[key]
    return {**link, "attest_level": "unsigned"}
