"""Deterministic graph mapping of memories (nodes, links, edges) and graph expansion (retrieval)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ._rows import resolve_layer
from ._store import Database

Ref = tuple[str, str]


def _extract(
    row: Any,
) -> tuple[dict[Ref, tuple[str, Any]], list[tuple[Ref, str]], list[tuple[Ref, Ref, str]]]:
    nodes: dict[Ref, tuple[str, Any]] = {}
    links: list[tuple[Ref, str]] = []
    edges: list[tuple[Ref, Ref, str]] = []

    def node(ntype: str, key: str, label: str, meta: Any = None) -> Ref:
        ref = (ntype.strip(), key.strip())
        nodes.setdefault(ref, (label.strip(), meta))
        return ref

    type_node = node("memory_type", row["type"], row["type"])
    links.append((type_node, "type"))
    project, user, category = row["project_id"], row["user_id"], row["category"]
    repo = (
        node("repo", project, project.split("/")[-1] or project, {"projectId": project}) if project else None
    )
    usr = node("user", user, user, {"userId": user}) if user else None
    cat = node("category", category.lower(), category, {"category": category}) if category else None
    for ref, role in ((repo, "scope"), (usr, "subject"), (cat, "category")):
        if ref:
            links.append((ref, role))
    tags: list[str] = []
    for raw in (row["tags"] or "").split(","):
        tag = raw.strip().lower()
        if tag and tag not in tags:
            tags.append(tag)
    topics = [node("topic", t, t, {"tag": t}) for t in tags]
    links += [(t, "tag") for t in topics]
    if repo and usr:
        edges.append((repo, usr, "authored_by"))
    if repo:
        edges.append((repo, type_node, "contains_type"))
    if repo and cat:
        edges.append((repo, cat, "about"))
    if usr and cat:
        edges.append((usr, cat, "about"))
    for t in topics:
        if repo:
            edges.append((repo, t, "about"))
        if usr:
            edges.append((usr, t, "mentions"))
        if cat:
            edges.append((cat, t, "related_to"))
    return nodes, links, edges


def _prune(conn: sqlite3.Connection) -> None:
    conn.execute("""DELETE FROM graph_nodes WHERE id NOT IN (SELECT node_id FROM memory_node_links)
                    AND id NOT IN (SELECT from_node_id FROM graph_edges)
                    AND id NOT IN (SELECT to_node_id FROM graph_edges)""")


def remove_mapping(conn: sqlite3.Connection, memory_id: str) -> None:
    conn.execute("DELETE FROM memory_node_links WHERE memory_id = ?", (memory_id,))
    conn.execute("DELETE FROM graph_edges WHERE evidence_memory_id = ?", (memory_id,))
    _prune(conn)


def sync_mapping(conn: sqlite3.Connection, row: Any, now: str) -> None:
    """``syncMemoryGraphMapping`` for one memory row (memories columns)."""
    remove_mapping(conn, row["id"])
    nodes, links, edges = _extract(row)
    ids: dict[Ref, str] = {}
    for (ntype, key), (label, meta) in nodes.items():
        conn.execute(
            """INSERT INTO graph_nodes (id, node_type, node_key, label, metadata, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(node_type, node_key) DO UPDATE SET
               label = excluded.label, metadata = COALESCE(excluded.metadata, graph_nodes.metadata),
               updated_at = excluded.updated_at""",
            (f"graph-node:{ntype}:{key}", ntype, key, label, json.dumps(meta) if meta else None, now, now),
        )
        found = conn.execute(
            "SELECT id FROM graph_nodes WHERE node_type = ? AND node_key = ?", (ntype, key)
        ).fetchone()
        ids[(ntype, key)] = found["id"]
    for ref, role in links:
        conn.execute(
            "INSERT OR REPLACE INTO memory_node_links (memory_id, node_id, role, created_at) "
            "VALUES (?,?,?,?)",
            (row["id"], ids[ref], role, now),
        )
    expires = row["expires_at"] if resolve_layer(row) == "working" else None
    for src, dst, etype in edges:
        a, b = ids[src], ids[dst]
        conn.execute(
            """INSERT OR REPLACE INTO graph_edges (id, from_node_id, to_node_id, edge_type, weight,
              confidence,
               evidence_memory_id, expires_at, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1, ?,
                 ?, ?, ?)""",
            (f"graph-edge:{row['id']}:{etype}:{a}:{b}", a, b, etype, row["id"], expires, now, now),
        )
    _prune(conn)


def sync_memory(db: Database, memory_id: str, now: str) -> None:
    with db.tx() as conn:
        row = conn.execute(
            "SELECT * FROM memories WHERE id = ? AND deleted_at IS NULL", (memory_id,)
        ).fetchone()
        if row:
            sync_mapping(conn, row, now)
        else:
            remove_mapping(conn, memory_id)


def q(count: int) -> str:
    return ", ".join("?" * count)


def expand(
    db: Database, seeds: list[str], now: str, depth: int, limit: int
) -> tuple[list[str], dict[str, Any], int]:
    """``expandMemoryGraph``: nodes of the seeds, edge traversal up to ``depth``, linked memories."""
    seeds = list(dict.fromkeys(s for s in seeds if s))
    if not seeds or depth <= 0 or limit <= 0:
        return [], {}, 0
    seed_links = db.query(
        f"""SELECT l.memory_id, l.node_id, n.node_type, n.node_key FROM memory_node_links l
                              JOIN graph_nodes n ON n.id = l.node_id WHERE l.memory_id IN
                                ({q(len(seeds))})""",
        seeds,
    )
    reasons: dict[str, dict[str, Any]] = {}
    frontier: list[str] = []
    for r in seed_links:
        if r["node_id"] not in reasons:
            reasons[r["node_id"]] = {"hop": 0, "edge": "seed", "seed": r["memory_id"], "score": 1.0}
            frontier.append(r["node_id"])
    for hop in range(1, depth + 1):
        if not frontier:
            break
        current, frontier = set(frontier), []
        edges = db.query(
            f"""SELECT from_node_id, to_node_id, edge_type, weight, confidence FROM graph_edges
                             WHERE (expires_at IS NULL OR expires_at > ?) AND (from_node_id IN
                               ({q(len(current))})
                             OR to_node_id IN ({q(len(current))})) LIMIT ?""",
            [now, *current, *current, max(200, limit * 50)],
        )
        for e in edges:
            for cur, nxt in ((e["from_node_id"], e["to_node_id"]), (e["to_node_id"], e["from_node_id"])):
                base = reasons.get(cur)
                if cur not in current or base is None or base["hop"] + 1 > depth:
                    continue
                score = float(e["weight"] or 1) * float(e["confidence"] or 1) / max(1, hop)
                old = reasons.get(nxt)
                if old is None or hop < old["hop"] or (hop == old["hop"] and score > old["score"]):
                    reasons[nxt] = {
                        "hop": hop,
                        "edge": e["edge_type"] or "related_to",
                        "seed": base["seed"],
                        "score": score,
                    }
                    if hop < depth:
                        frontier.append(nxt)
    node_ids = list(reasons)
    labels = {
        r["id"]: f"{r['node_type']}:{r['node_key']}"
        for r in db.query(
            f"SELECT id, node_type, node_key FROM graph_nodes WHERE id IN ({q(len(node_ids))})", node_ids
        )
    }
    cands: dict[str, dict[str, Any]] = {}
    for r in db.query(
        f"""SELECT memory_id, node_id FROM memory_node_links WHERE node_id IN ({q(len(node_ids))})
                          AND memory_id NOT IN ({q(len(seeds))})""",
        [*node_ids, *seeds],
    ):
        nr = reasons[r["node_id"]]
        shared = nr["hop"] == 0
        c = {
            "memoryId": r["memory_id"],
            "linkedViaNode": labels.get(r["node_id"], r["node_id"]),
            "edgeType": "shared_node" if shared else nr["edge"],
            "hopCount": 1 if shared else nr["hop"],
            "seedMemoryId": nr["seed"],
            "score": 1.5 if shared else nr["score"],
        }
        old = cands.get(r["memory_id"])
        if (
            old is None
            or c["hopCount"] < old["hopCount"]
            or (c["hopCount"] == old["hopCount"] and c["score"] > old["score"])
        ):
            cands[r["memory_id"]] = c
    ranked = sorted(cands.values(), key=lambda c: (-c["score"], c["hopCount"], c["memoryId"]))
    selected = ranked[:limit]
    out = {
        c["memoryId"]: {
            "whyIncluded": "graph_expansion",
            "linkedViaNode": c["linkedViaNode"],
            "edgeType": c["edgeType"],
            "hopCount": c["hopCount"],
            "seedMemoryId": c["seedMemoryId"],
        }
        for c in selected
    }
    return [c["memoryId"] for c in selected], out, len(ranked)
