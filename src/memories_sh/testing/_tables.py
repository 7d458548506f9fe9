"""The HEAD-era tables and columns (sessions, snapshots, consolidation, links, usage), added on first use."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import weakref

from ._store import Database

TENANT_SCHEMA = """
CREATE TABLE IF NOT EXISTS memory_sessions (
  id TEXT PRIMARY KEY, scope TEXT NOT NULL DEFAULT 'global', project_id TEXT, user_id TEXT,
  client TEXT, status TEXT NOT NULL DEFAULT 'active', title TEXT, started_at TEXT NOT NULL,
  last_activity_at TEXT NOT NULL, ended_at TEXT, metadata TEXT
);
CREATE TABLE IF NOT EXISTS memory_session_events (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL, role TEXT NOT NULL, kind TEXT NOT NULL,
  content TEXT NOT NULL, token_count INTEGER, turn_index INTEGER,
  is_meaningful INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memory_session_snapshots (
  id TEXT PRIMARY KEY, session_id TEXT NOT NULL, slug TEXT NOT NULL, source_trigger TEXT NOT NULL,
  transcript_md TEXT NOT NULL, message_count INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memory_consolidation_runs (
  id TEXT PRIMARY KEY, scope TEXT NOT NULL, project_id TEXT, user_id TEXT,
  input_count INTEGER NOT NULL, merged_count INTEGER NOT NULL, superseded_count INTEGER NOT NULL,
  conflicted_count INTEGER NOT NULL, model TEXT, created_at TEXT NOT NULL, metadata TEXT
);
CREATE TABLE IF NOT EXISTS memory_links (
  id TEXT PRIMARY KEY, source_id TEXT NOT NULL, target_id TEXT NOT NULL, link_type TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS graph_retrieval_policy (
  id INTEGER PRIMARY KEY CHECK (id = 1), default_strategy TEXT NOT NULL DEFAULT 'lexical',
  ready_window_streak INTEGER NOT NULL DEFAULT 0, last_decision TEXT, last_evaluated_at TEXT,
  updated_at TEXT NOT NULL, updated_by TEXT
);
CREATE TABLE IF NOT EXISTS embedding_backfill_state (scope_key TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS memory_embeddings (
  memory_id TEXT NOT NULL, model_id TEXT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (memory_id, model_id)
);
"""
_COLUMNS = {
    "memories": (
        "upsert_key TEXT",
        "superseded_by TEXT",
        "superseded_at TEXT",
        "confidence REAL",
        "last_confirmed_at TEXT",
        "embedding_model TEXT",
    ),
    "skill_files": ("usage_count INTEGER NOT NULL DEFAULT 0", "last_used_at TEXT", "procedure_key TEXT"),
}
CONTROL_TABLES = """
CREATE TABLE IF NOT EXISTS sdk_embedding_usage (
  id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, usage_month TEXT NOT NULL, tenant_id TEXT,
  project_id TEXT, user_id TEXT, model_id TEXT NOT NULL, provider TEXT NOT NULL,
  input_tokens INTEGER NOT NULL, cost_usd REAL NOT NULL, operation TEXT NOT NULL, created_at TEXT NOT NULL
);
"""

_done: weakref.WeakSet[Database] = weakref.WeakSet()
_lock = threading.Lock()


def ensure(db: Database, control: bool = False) -> Database:
    """Create the HEAD tables/columns in ``db`` once (idempotent, safe across threads)."""
    with _lock:
        if db in _done:
            return db
        with db.lock:
            db.conn.executescript(CONTROL_TABLES if control else TENANT_SCHEMA)
            if not control:
                for table, columns in _COLUMNS.items():
                    have = {r[1] for r in db.conn.execute(f"PRAGMA table_info({table})")}
                    for column in columns:
                        if column.split()[0] not in have:
                            with contextlib.suppress(sqlite3.OperationalError):  # added concurrently
                                db.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
        _done.add(db)
    return db
