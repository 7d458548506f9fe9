"""Memory storage operations: insert/upsert, get, update, delete, list, FTS search, recall, touch, gc."""

from __future__ import annotations

import json
import re
import uuid
from datetime import timedelta
from typing import Any

from . import _identity
from ._config import MID_EXTEND_SECS, PROMOTION_THRESHOLD, SHORT_EXTEND_SECS
from ._db import BaseDB, memory_to_row, row_to_memory
from ._validate import fmt_ts

_TIER_RANK = {"short": 0, "mid": 1, "long": 2}
_COLS = (
    "id, tier, namespace, title, content, tags, priority, confidence, source, access_count, created_at, "
    "updated_at, last_accessed_at, expires_at, metadata, memory_kind, version"
)
_FTS_STRIP = re.compile(r'["*^{}():|+\x00]')  # NUL: FTS5 would read it as the end of the query


class Ambiguous(Exception):
    pass


def fts_query(text: str, use_or: bool) -> str:
    """R7 ``sanitize_fts_query``: phrase-quote each token; AND (search) or OR (recall)."""
    tokens = []
    for tok in text.split():
        if tok.upper() in ("AND", "OR", "NOT", "NEAR"):
            continue
        clean = _FTS_STRIP.sub("", tok)
        if clean:
            tokens.append(f'"{clean}"')
    return (" OR " if use_or else " ").join(tokens) if tokens else '"_empty_"'


class MemoryOps(BaseDB):
    def setup_functions(self) -> None:
        self.conn.create_function("vis_ok", 5, _identity.search_visible, deterministic=True)

    # ---- single rows ---------------------------------------------------------------------------
    def get_row(self, mid: str) -> dict[str, Any] | None:
        rows = self.q(f"SELECT {_COLS} FROM memories WHERE id = ?", (mid,))
        return row_to_memory(rows[0]) if rows else None

    def resolve_id(self, mid: str) -> str | None:
        """Exact id, else a unique id prefix (``db::resolve_id``); ambiguous -> :class:`Ambiguous`."""
        with self.lock:
            if self.q("SELECT 1 FROM memories WHERE id = ?", (mid,)):
                return mid
            esc = mid.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self.q("SELECT id FROM memories WHERE id LIKE ? ESCAPE '\\' LIMIT 11", (esc + "%",))
        if len(rows) > 1:
            ids = "\n".join(r["id"] for r in rows)
            raise Ambiguous(f"ambiguous ID prefix '{mid}': {len(rows)} matches\n{ids}")
        return rows[0]["id"] if rows else None

    def find_by_title(self, title: str, namespace: str) -> dict[str, Any] | None:
        rows = self.q(f"SELECT {_COLS} FROM memories WHERE title = ? AND namespace = ?", (title, namespace))
        return row_to_memory(rows[0]) if rows else None

    def insert_new(self, mem: dict[str, Any]) -> None:
        row = memory_to_row(mem)
        with self.tx() as c:
            c.execute(
                f"INSERT INTO memories ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )

    def upsert(self, mem: dict[str, Any]) -> str:
        """``db::insert``: upsert on (title, namespace); returns the id that holds the row."""
        with self.tx():
            existing = self.find_by_title(mem["title"], mem["namespace"])
            if existing is None:
                self.insert_new(mem)
                return str(mem["id"])
            meta = dict(mem.get("metadata") or {})
            if _identity.owner_of(existing["metadata"]):
                meta["agent_id"] = existing["metadata"]["agent_id"]
            tier = max(existing["tier"], mem["tier"], key=_TIER_RANK.__getitem__)
            self.x(
                "UPDATE memories SET content = ?, tags = ?, source = ?, updated_at = ?, "
                "priority = MAX(priority, ?), confidence = MAX(confidence, ?), tier = ?, metadata = ?, "
                "expires_at = CASE WHEN ? = 'long' THEN NULL ELSE COALESCE(?, expires_at) END, "
                "version = version + 1 WHERE id = ?",
                (
                    mem["content"],
                    json.dumps(mem.get("tags") or []),
                    mem.get("source", "api"),
                    mem["updated_at"],
                    mem.get("priority", 5),
                    mem.get("confidence", 1.0),
                    tier,
                    json.dumps(meta),
                    tier,
                    mem.get("expires_at"),
                    existing["id"],
                ),
            )
            return str(existing["id"])

    def update_fields(self, mid: str, fields: dict[str, Any]) -> None:
        if not fields:
            return
        cols = {k: (json.dumps(val) if k in ("tags", "metadata") else val) for k, val in fields.items()}
        sets = ", ".join(f"{k} = ?" for k in cols)
        self.x(f"UPDATE memories SET {sets}, version = version + 1 WHERE id = ?", (*cols.values(), mid))

    def delete_row(self, mid: str) -> bool:
        with self.tx():
            n = self.x("DELETE FROM memories WHERE id = ?", (mid,))
            self.x("DELETE FROM memory_links WHERE source_id = ? OR target_id = ?", (mid, mid))
        return n > 0

    # ---- queries ------------------------------------------------------------------------------
    def _filters(self, f: dict[str, Any], alias: str = "m") -> tuple[str, list[Any]]:
        where = [f"({alias}.expires_at IS NULL OR {alias}.expires_at > ?)"]
        params: list[Any] = [self.now()]
        for key, sql in (
            ("namespace", f"{alias}.namespace = ?"),
            ("tier", f"{alias}.tier = ?"),
            ("min_priority", f"{alias}.priority >= ?"),
            ("since", f"{alias}.created_at >= ?"),
            ("until", f"{alias}.created_at <= ?"),
            ("tags", f"EXISTS (SELECT 1 FROM json_each({alias}.tags) WHERE json_each.value = ?)"),
            ("agent_id", f"json_extract({alias}.metadata, '$.agent_id') = ?"),
        ):
            if f.get(key) is not None:
                where.append(sql)
                params.append(f[key])
        if f.get("tags_any"):
            marks = ",".join("?" * len(f["tags_any"]))
            where.append(f"EXISTS (SELECT 1 FROM json_each({alias}.tags) WHERE json_each.value IN ({marks}))")
            params.extend(f["tags_any"])
        return " AND ".join(where), params

    def list_rows(self, f: dict[str, Any], limit: int, offset: int) -> list[dict[str, Any]]:
        where, params = self._filters(f)
        rows = self.q(
            f"SELECT {_COLS} FROM memories m WHERE {where} ORDER BY priority DESC, updated_at DESC "
            "LIMIT ? OFFSET ?",
            (*params, limit, min(offset, 2**63 - 1)),  # a u64 offset past SQLite's i64: no rows
        )
        return [row_to_memory(r) for r in rows]

    def _scored(
        self, text: str, use_or: bool, f: dict[str, Any], limit: int, as_agent: str, caller: str
    ) -> list[tuple[dict[str, Any], float]]:
        where, params = self._filters(f)
        now = self.now()
        tier_term = " + (CASE m.tier WHEN 'long' THEN 3.0 WHEN 'mid' THEN 1.0 ELSE 0.0 END)" if use_or else ""
        score = (
            "(fts.rank * -1) + (m.priority * 0.5) + (MIN(m.access_count, 50) * 0.1) + (m.confidence * 2.0)"
            f"{tier_term} + (1.0 / (1.0 + (julianday(?) - julianday(m.updated_at)) * 0.1))"
        )
        sql = (
            f"SELECT {', '.join('m.' + c.strip() for c in _COLS.split(','))}, {score} AS score "
            "FROM memories_fts fts JOIN memories m ON m.rowid = fts.rowid "
            f"WHERE memories_fts MATCH ? AND {where} AND vis_ok(m.namespace, m.metadata, ?, ?, ?) "
            "ORDER BY score DESC LIMIT ?"
        )
        rows = self.q(
            sql, (now, fts_query(text, use_or), *params, as_agent, caller, self.config.visibility, limit)
        )
        return [(row_to_memory(r), float(r["score"])) for r in rows]

    def search(
        self, q: str, f: dict[str, Any], limit: int, as_agent: str, caller: str
    ) -> list[dict[str, Any]]:
        return [m for m, _ in self._scored(q, False, f, limit, as_agent, caller)]

    def recall(
        self, context: str, f: dict[str, Any], limit: int, as_agent: str, caller: str
    ) -> list[tuple[dict[str, Any], float]]:
        return self._scored(context, True, f, limit, as_agent, caller)

    def touch_many(self, ids: list[str]) -> None:
        """``db::touch``: access bump, TTL extension, mid->long at 5 accesses, priority +1 per 10."""
        now_dt = self.config.now()
        now = fmt_ts(now_dt)
        short_exp = fmt_ts(now_dt + timedelta(seconds=SHORT_EXTEND_SECS))
        mid_exp = fmt_ts(now_dt + timedelta(seconds=MID_EXTEND_SECS))
        with self.tx():
            for mid in ids:
                self.x(
                    "UPDATE memories SET access_count = MIN(access_count + 1, 1000000), last_accessed_at = ?,"
                    " expires_at = CASE WHEN tier = 'long' THEN expires_at"
                    " WHEN tier = 'short' AND expires_at IS NOT NULL THEN ?"
                    " WHEN tier = 'mid' AND expires_at IS NOT NULL THEN ? ELSE expires_at END WHERE id = ?",
                    (now, short_exp, mid_exp, mid),
                )
                self.x(
                    "UPDATE memories SET tier = 'long', expires_at = NULL, updated_at = ? "
                    "WHERE id = ? AND tier = 'mid' AND access_count >= ?",
                    (now, mid, PROMOTION_THRESHOLD),
                )
                self.x(
                    "UPDATE memories SET priority = MIN(priority + 1, 10) WHERE id = ? AND access_count > 0 "
                    "AND access_count % 10 = 0 AND priority < 10",
                    (mid,),
                )

    def gc(self) -> int:
        with self.tx():
            ids = [
                r["id"]
                for r in self.q(
                    "SELECT id FROM memories WHERE expires_at IS NOT NULL AND expires_at <= ?", (self.now(),)
                )
            ]
            for mid in ids:
                self.delete_row(mid)
        return len(ids)

    def forget(self, namespace: str | None, pattern: str | None, tier: str | None) -> int:
        where, params = ["1=1"], []
        if namespace is not None:
            where.append("namespace = ?")
            params.append(namespace)
        if tier is not None:
            where.append("tier = ?")
            params.append(tier)
        if pattern is not None:
            where.append("rowid IN (SELECT rowid FROM memories_fts WHERE memories_fts MATCH ?)")
            params.append(fts_query(pattern, False))
        with self.tx():
            ids = [r["id"] for r in self.q(f"SELECT id FROM memories WHERE {' AND '.join(where)}", params)]
            for mid in ids:
                self.delete_row(mid)
        return len(ids)

    def new_id(self) -> str:
        return str(uuid.uuid4())
