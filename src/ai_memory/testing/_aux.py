"""Storage for links, lineage, archive, subscriptions/DLQ, pending actions, namespace standards, stats."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ._db import BaseDB, link_to_wire, memory_to_row, row_to_memory

_LINEAGE_RELATIONS = ("derived_from", "supersedes", "derives_from")


class AuxOps(BaseDB):
    # ---- links ---------------------------------------------------------------------------------
    def add_link(self, source_id: str, target_id: str, relation: str, observed_by: str | None = None) -> None:
        self.x(
            "INSERT OR IGNORE INTO memory_links (source_id, target_id, relation, created_at, valid_from, "
            "observed_by) VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
            (source_id, target_id, relation, self.now(), observed_by),
        )

    def delete_link(self, source_id: str, target_id: str, relation: str | None) -> bool:
        if relation is None:
            return (
                self.x(
                    "DELETE FROM memory_links WHERE source_id = ? AND target_id = ?", (source_id, target_id)
                )
                > 0
            )
        return (
            self.x(
                "DELETE FROM memory_links WHERE source_id = ? AND target_id = ? AND relation = ?",
                (source_id, target_id, relation),
            )
            > 0
        )

    def links_of(self, mid: str) -> list[dict[str, Any]]:
        rows = self.q(
            "SELECT * FROM memory_links WHERE source_id = ? OR target_id = ? ORDER BY created_at", (mid, mid)
        )
        return [link_to_wire(r) for r in rows]

    def all_links(self) -> list[dict[str, Any]]:
        return [link_to_wire(r) for r in self.q("SELECT * FROM memory_links ORDER BY created_at")]

    def lineage(self, mid: str, direction: str, max_depth: int) -> list[dict[str, Any]]:
        """Breadth-first walk over provenance edges (derived_from / supersedes / derives_from).

        ``ancestors``: follow edges source -> target; ``descendants``: target -> source.
        """
        marks = ",".join("?" * len(_LINEAGE_RELATIONS))
        here, there = ("source_id", "target_id") if direction == "ancestors" else ("target_id", "source_id")
        seen, frontier, nodes = {mid}, [mid], []
        for depth in range(1, max_depth + 1):
            nxt = []
            for cur in frontier:
                for r in self.q(
                    f"SELECT {there} AS other, relation FROM memory_links WHERE {here} = ? "
                    f"AND relation IN ({marks}) ORDER BY created_at",
                    (cur, *_LINEAGE_RELATIONS),
                ):
                    if r["other"] in seen:
                        continue
                    seen.add(r["other"])
                    nxt.append(r["other"])
                    cid = self._cid(r["other"])
                    nodes.append({"id": r["other"], "cid": cid, "relation": r["relation"], "depth": depth})
            frontier = nxt
            if not frontier:
                break
        return nodes

    def _cid(self, mid: str) -> str:
        """The node's content id: the SHA-256 of its content (the spec's ``cid`` is a string, never null)."""
        rows = self.q("SELECT content FROM memories WHERE id = ?", (mid,))
        content = rows[0]["content"] if rows else ""
        return hashlib.sha256(content.encode()).hexdigest()

    # ---- archive -------------------------------------------------------------------------------
    def archive(self, mem: dict[str, Any], reason: str) -> None:
        with self.tx():
            self.x("DELETE FROM memories WHERE id = ?", (mem["id"],))
            self.x(
                "INSERT OR REPLACE INTO archived_memories (id, row, namespace, archived_at, archive_reason) "
                "VALUES (?,?,?,?,?)",
                (mem["id"], json.dumps(mem), mem["namespace"], self.now(), reason),
            )

    def archived(self, namespace: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
        rows = self.q(
            "SELECT * FROM archived_memories WHERE (? IS NULL OR namespace = ?) ORDER BY archived_at DESC "
            "LIMIT ? OFFSET ?",
            (namespace, namespace, limit, min(offset, 2**63 - 1)),  # a u64 offset past SQLite's i64
        )
        return [
            {**json.loads(r["row"]), "archived_at": r["archived_at"], "archive_reason": r["archive_reason"]}
            for r in rows
        ]

    def restore(self, mid: str) -> bool:
        with self.tx():
            rows = self.q("SELECT row FROM archived_memories WHERE id = ?", (mid,))
            if not rows:
                return False
            mem = json.loads(rows[0]["row"])
            mem.pop("expires_at", None)
            row = memory_to_row(mem)
            self.x(
                f"INSERT OR REPLACE INTO memories ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )
            self.x("DELETE FROM archived_memories WHERE id = ?", (mid,))
        return True

    def archive_stats(self) -> dict[str, Any]:
        rows = self.q(
            "SELECT namespace, COUNT(*) AS n FROM archived_memories GROUP BY namespace ORDER BY n DESC"
        )
        return {
            "archived_total": sum(r["n"] for r in rows),
            "by_namespace": [{"namespace": r["namespace"], "count": r["n"]} for r in rows],
        }

    # ---- stats / namespaces / export -----------------------------------------------------------
    def _live(self) -> tuple[str, str]:
        return "(expires_at IS NULL OR expires_at > ?)", self.now()

    def namespaces(self) -> list[dict[str, Any]]:
        cond, now = self._live()
        rows = self.q(
            f"SELECT namespace, COUNT(*) AS n FROM memories WHERE {cond} GROUP BY namespace "
            "ORDER BY n DESC, namespace",
            (now,),
        )
        return [{"namespace": r["namespace"], "count": r["n"]} for r in rows]

    def stats(self, soon: str) -> dict[str, Any]:
        cond, now = self._live()
        total = self.q(f"SELECT COUNT(*) AS n FROM memories WHERE {cond}", (now,))[0]["n"]
        tiers = self.q(
            f"SELECT tier, COUNT(*) AS n FROM memories WHERE {cond} GROUP BY tier ORDER BY tier", (now,)
        )
        expiring = self.q(
            f"SELECT COUNT(*) AS n FROM memories WHERE {cond} AND expires_at IS NOT NULL AND expires_at <= ?",
            (now, soon),
        )[0]["n"]
        links = self.q("SELECT COUNT(*) AS n FROM memory_links")[0]["n"]
        page = self.q("PRAGMA page_count")[0][0] * self.q("PRAGMA page_size")[0][0]
        return {
            "total": total,
            "by_tier": [{"tier": r["tier"], "count": r["n"]} for r in tiers],
            "by_namespace": self.namespaces(),
            "expiring_soon": expiring,
            "links_count": links,
            "db_size_bytes": page,
            "dim_violations": 0,
            "index_evictions_total": 0,
        }

    def export_memories(self) -> list[dict[str, Any]]:
        cond, now = self._live()
        return [
            row_to_memory(r)
            for r in self.q(f"SELECT * FROM memories WHERE {cond} ORDER BY created_at", (now,))
        ]

    # ---- subscriptions -------------------------------------------------------------------------
    def add_subscription(self, sub: dict[str, Any]) -> None:
        self.x(
            f"INSERT INTO subscriptions ({', '.join(sub)}) VALUES ({', '.join('?' * len(sub))})",
            tuple(sub.values()),
        )

    def subscriptions(self, created_by: str | None = None) -> list[dict[str, Any]]:
        rows = self.q(
            "SELECT * FROM subscriptions WHERE (? IS NULL OR created_by = ?) ORDER BY created_at",
            (created_by, created_by),
        )
        return [dict(r) for r in rows]

    def remove_subscription(self, sid: str | None, created_by: str, namespace: str | None = None) -> int:
        if sid is not None:
            return self.x("DELETE FROM subscriptions WHERE id = ? AND created_by = ?", (sid, created_by))
        return self.x(
            "DELETE FROM subscriptions WHERE namespace = ? AND created_by = ?", (namespace, created_by)
        )

    def record_delivery(
        self, sub_id: str, ok: bool, event: str, corr: str, payload: str, attempts: int, error: str
    ) -> None:
        with self.tx():
            self.x(
                "UPDATE subscriptions SET dispatch_count = dispatch_count + 1, "
                "failure_count = failure_count + ? WHERE id = ?",
                (0 if ok else 1, sub_id),
            )
            self.x(
                "INSERT INTO subscription_events (subscription_id, event, correlation_id, payload, status, "
                "attempts, created_at) VALUES (?,?,?,?,?,?,?)",
                (sub_id, event, corr, payload, "delivered" if ok else "dead_letter", attempts, self.now()),
            )
            if not ok:
                self.x(
                    "INSERT INTO subscription_dlq (subscription_id, event, correlation_id, payload, "
                    "last_error, "
                    "attempts, created_at) VALUES (?,?,?,?,?,?,?)",
                    (sub_id, event, corr, payload, error, attempts, self.now()),
                )
                self.x(
                    "DELETE FROM subscription_dlq WHERE subscription_id = ? AND seq NOT IN (SELECT seq FROM "
                    "subscription_dlq WHERE subscription_id = ? ORDER BY seq DESC LIMIT 10000)",
                    (sub_id, sub_id),
                )

    def dead_letters(self, sub_id: str | None = None) -> list[dict[str, Any]]:
        rows = self.q(
            "SELECT * FROM subscription_dlq WHERE (? IS NULL OR subscription_id = ?) ORDER BY seq",
            (sub_id, sub_id),
        )
        return [dict(r) for r in rows]

    # ---- pending actions / namespace standards -------------------------------------------------
    def add_pending(self, p: dict[str, Any]) -> None:
        self.x(
            f"INSERT INTO pending_actions ({', '.join(p)}) VALUES ({', '.join('?' * len(p))})",
            tuple(p.values()),
        )

    def pending(
        self,
        pid: str | None = None,
        status: str | None = None,
        namespace: str | None = None,
        requested_by: str | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        rows = self.q(
            "SELECT * FROM pending_actions WHERE (? IS NULL OR id = ?) AND (? IS NULL OR status = ?) "
            "AND (? IS NULL OR namespace = ?) AND (? IS NULL OR requested_by = ?) "
            "ORDER BY requested_at LIMIT ?",
            (pid, pid, status, status, namespace, namespace, requested_by, requested_by, limit),
        )
        out = []
        for r in rows:
            d = dict(r)
            d["payload"] = json.loads(d["payload"])
            d["approvals"] = json.loads(d["approvals"])
            for k in ("decided_by", "decided_at"):
                if d[k] is None:
                    del d[k]
            out.append(d)
        return out

    def decide_pending(self, pid: str, status: str, by: str) -> bool:
        return (
            self.x(
                "UPDATE pending_actions SET status = ?, decided_by = ?, decided_at = ? "
                "WHERE id = ? AND status = 'pending'",
                (status, by, self.now(), pid),
            )
            > 0
        )

    def set_standard(self, ns: str, standard_id: str | None, parent: str | None, gov: Any) -> None:
        self.x(
            "INSERT OR REPLACE INTO namespace_standards "
            "(namespace, standard_id, parent, governance, updated_at) "
            "VALUES (?,?,?,?,?)",
            (ns, standard_id, parent, None if gov is None else json.dumps(gov), self.now()),
        )

    def get_standard(self, ns: str) -> dict[str, Any] | None:
        rows = self.q("SELECT * FROM namespace_standards WHERE namespace = ?", (ns,))
        if not rows:
            return None
        d = dict(rows[0])
        d["governance"] = json.loads(d["governance"]) if d["governance"] else None
        return d

    def clear_standard(self, ns: str) -> bool:
        return self.x("DELETE FROM namespace_standards WHERE namespace = ?", (ns,)) > 0
