"""The graph/status payload (§3.11): flags, counts, rollout metrics, alarms, top nodes."""

from __future__ import annotations

from typing import Any

from ._config import ServerConfig
from ._graph_map import remove_mapping, sync_mapping
from ._rollout import evaluate_quality, get_config, metrics_summary
from ._store import Database


def _count(db: Database, sql: str, args: tuple[Any, ...] = ()) -> int:
    return int(db.query(sql, args)[0][0] or 0)


def _opportunistic_sync(db: Database, now: str) -> None:
    with db.tx() as conn:
        rows = conn.execute("""SELECT * FROM memories m WHERE m.deleted_at IS NULL AND NOT EXISTS
                               (SELECT 1 FROM memory_node_links l WHERE l.memory_id = m.id)
                               ORDER BY m.updated_at DESC, m.created_at DESC LIMIT 250""").fetchall()
        for row in rows:
            sync_mapping(conn, row, now)
        stale = conn.execute("""SELECT DISTINCT l.memory_id FROM memory_node_links l LEFT JOIN memories m
                                ON m.id = l.memory_id WHERE m.id IS NULL OR m.deleted_at IS NOT NULL
                                LIMIT 250""").fetchall()
        for row in stale:
            remove_mapping(conn, row["memory_id"])


def status_payload(db: Database, cfg: ServerConfig, now: str, top_nodes_limit: int) -> dict[str, Any]:
    flags = {
        "mappingEnabled": cfg.graph_mapping_enabled,
        "retrievalEnabled": cfg.graph_retrieval_enabled,
        "llmExtractionEnabled": cfg.graph_llm_extraction_enabled,
    }
    rollout = get_config(db, cfg, now)
    shadow = metrics_summary(db, now, 24)
    gate = evaluate_quality(db, cfg, now, 24)
    alarms: list[dict[str, Any]] = []
    rate = f"{shadow['fallbackRate'] * 100:.1f}"
    if shadow["totalRequests"] >= 20 and shadow["fallbackRate"] >= 0.15:
        alarms.append(
            {
                "code": "HIGH_FALLBACK_RATE",
                "severity": "critical",
                "message": f"Fallback rate is {rate}% over last {shadow['windowHours']}h.",
                "triggeredAt": now,
            }
        )
    elif shadow["totalRequests"] >= 10 and shadow["fallbackRate"] >= 0.05:
        alarms.append(
            {
                "code": "ELEVATED_FALLBACK_RATE",
                "severity": "warning",
                "message": f"Fallback rate is {rate}% over last {shadow['windowHours']}h.",
                "triggeredAt": now,
            }
        )
    errs = shadow["graphErrorFallbacks"]
    if errs >= 3:
        alarms.append(
            {
                "code": "GRAPH_EXPANSION_ERRORS",
                "severity": "critical",
                "triggeredAt": now,
                "message": f"{errs} graph expansion error fallbacks in last {shadow['windowHours']}h.",
            }
        )
    if gate["canaryBlocked"]:
        codes = ", ".join([r["code"] for r in gate["reasons"] if r["blocking"]][:3])
        alarms.append(
            {
                "code": "CANARY_QUALITY_GATE_BLOCKED",
                "severity": "critical",
                "triggeredAt": now,
                "message": f"Canary rollout blocked by retrieval quality gate ({codes})."
                if codes
                else "Canary rollout blocked by retrieval quality gate.",
            }
        )
    elif gate["status"] == "warn":
        alarms.append(
            {
                "code": "CANARY_QUALITY_GATE_WARNING",
                "severity": "warning",
                "triggeredAt": now,
                "message": "Retrieval quality gate detected warning-level drift; "
                "monitor before enabling canary.",
            }
        )
    for alarm in alarms:  # keep key order of the service: code, severity, message, triggeredAt
        alarm.update({"message": alarm.pop("message"), "triggeredAt": alarm.pop("triggeredAt")})
    _opportunistic_sync(db, now)
    active = "(expires_at IS NULL OR expires_at > ?)"
    counts = {
        "nodes": _count(db, "SELECT COUNT(*) FROM graph_nodes"),
        "edges": _count(db, "SELECT COUNT(*) FROM graph_edges"),
        "memoryLinks": _count(db, "SELECT COUNT(*) FROM memory_node_links"),
        "activeEdges": _count(db, f"SELECT COUNT(*) FROM graph_edges WHERE {active}", (now,)),
        "expiredEdges": _count(
            db, "SELECT COUNT(*) FROM graph_edges WHERE expires_at IS NOT NULL AND expires_at <= ?", (now,)
        ),
        "orphanNodes": _count(
            db,
            f"""SELECT COUNT(*) FROM graph_nodes n WHERE NOT EXISTS (SELECT 1 FROM
                              memory_node_links l WHERE l.node_id = n.id) AND NOT EXISTS (SELECT 1
                                FROM graph_edges e
                              WHERE (e.from_node_id = n.id OR e.to_node_id = n.id) AND
                                {active.replace("expires", "e.expires")})""",
            (now,),
        ),
    }
    top = db.query(
        f"""SELECT n.node_type, n.node_key, n.label,
        (SELECT COUNT(*) FROM memory_node_links l WHERE l.node_id = n.id) AS ml,
        (SELECT COUNT(*) FROM graph_edges e WHERE e.from_node_id = n.id AND
          {active.replace("expires", "e.expires")}) AS ob,
        (SELECT COUNT(*) FROM graph_edges e WHERE e.to_node_id = n.id AND
          {active.replace("expires", "e.expires")}) AS ib
        FROM graph_nodes n ORDER BY (ml + ob + ib) DESC, n.node_type ASC, n.node_key ASC LIMIT ?""",
        (now, now, max(1, min(top_nodes_limit, 50))),
    )
    recent: list[dict[str, Any]] = []
    if counts["orphanNodes"]:
        n = counts["orphanNodes"]
        recent.append(
            {
                "code": "ORPHAN_NODES_DETECTED",
                "message": f"{n} orphan graph node{'' if n == 1 else 's'} detected.",
                "source": "consistency",
                "timestamp": now,
            }
        )
    if counts["expiredEdges"]:
        n = counts["expiredEdges"]
        recent.append(
            {
                "code": "EXPIRED_EDGES_PRESENT",
                "source": "ttl",
                "timestamp": now,
                "message": f"{n} expired graph edge{'' if n == 1 else 's'} pending cleanup.",
            }
        )
        recent[-1] = {k: recent[-1][k] for k in ("code", "message", "source", "timestamp")}
    recent += [
        {"code": a["code"], "message": a["message"], "source": "alarm", "timestamp": a["triggeredAt"]}
        for a in alarms
    ]
    return {
        "enabled": any(flags.values()),
        "flags": flags,
        "health": "ok",
        "tables": {"graphNodes": True, "graphEdges": True, "memoryNodeLinks": True},
        "counts": counts,
        "rollout": rollout,
        "shadowMetrics": shadow,
        "qualityGate": gate,
        "alarms": alarms,
        "topConnectedNodes": [
            {
                "nodeType": r["node_type"],
                "nodeKey": r["node_key"],
                "label": r["label"],
                "memoryLinks": r["ml"],
                "outboundEdges": r["ob"],
                "inboundEdges": r["ib"],
                "degree": r["ml"] + r["ob"] + r["ib"],
            }
            for r in top
        ],
        "recentErrors": recent,
        "sampledAt": now,
    }
