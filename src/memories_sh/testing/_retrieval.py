"""Retrieval strategies (``queries.ts`` ``rankMemoriesByStrategy``): lexical, semantic, hybrid fusion.

``lexical`` is the FTS5/LIKE search; ``semantic`` ranks the scope's memories by cosine similarity
of the deterministic stand-in embedding (:mod:`._embeddings`); ``hybrid`` fuses both with the
service's weights. The returned trace says what was requested and what was applied.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ._common import ApiError
from ._embeddings import DEFAULT_MODEL_ID, SEMANTIC_MIN_SCORE, cosine, embed
from ._memories import parse_layer
from ._rows import (
    COLUMNS,
    COLUMNS_M,
    VALID_TYPES,
    format_memory,
    layer_filter,
    project_filter,
    structured,
    user_filter,
)
from ._store import Database

SEMANTIC_SCAN_LIMIT = 5000


def normalize(strategy: Any) -> str:
    """``normalizeRetrievalStrategy``: baseline -> lexical, hybrid_graph -> hybrid, unknown -> lexical."""
    if strategy == "hybrid_graph":
        return "hybrid"
    if strategy in ("semantic", "hybrid", "lexical"):
        return str(strategy)
    return "lexical"


def legacy(strategy: str) -> str:
    """``toLegacyContextRetrievalStrategy``: the graph strategy a semantic strategy implies."""
    return "hybrid_graph" if strategy == "hybrid" else "baseline"


def search_fts(
    db: Database,
    query: str,
    project_id: str | None,
    user_id: str | None,
    now: str,
    limit: int,
    exclude_type: str | None = None,
    include_type: str | None = None,
    include_layer: str | None = None,
) -> list[sqlite3.Row]:
    """FTS5 MATCH ordered by bm25; on FTS error or no hits, ``content LIKE %q%`` by created_at DESC."""
    type_sql, type_args = "", []
    if exclude_type in VALID_TYPES:
        type_sql, type_args = "AND m.type != ?", [exclude_type]
    elif include_type in VALID_TYPES:
        type_sql, type_args = "AND m.type = ?", [include_type]
    proj, pargs = project_filter(project_id, "m.")
    users, uargs = user_filter(user_id, "m.")
    if db.has_fts:
        try:
            rows = db.query(
                f"""SELECT {COLUMNS_M} FROM memories_fts fts JOIN memories m ON m.rowid = fts.rowid
                    WHERE memories_fts MATCH ? AND m.deleted_at IS NULL {type_sql} AND {proj} AND {users}
                    AND {layer_filter(include_layer, "m.")} AND (m.expires_at IS NULL OR m.expires_at > ?)
                    ORDER BY bm25(memories_fts) LIMIT ?""",
                [query, *type_args, *pargs, *uargs, now, limit],
            )
            if rows:
                return rows
        except sqlite3.Error:
            pass
    type_sql = type_sql.replace("m.", "")
    proj, pargs = project_filter(project_id)
    users, uargs = user_filter(user_id)
    return db.query(
        f"""SELECT {COLUMNS} FROM memories WHERE deleted_at IS NULL AND content LIKE ? {type_sql}
            AND {users} AND {layer_filter(include_layer)} AND (expires_at IS NULL OR expires_at > ?)
            AND {proj} ORDER BY created_at DESC LIMIT ?""",
        [f"%{query}%", *type_args, *uargs, now, *pargs, limit],
    )


def _semantic(
    db: Database,
    query: str,
    project_id: str | None,
    user_id: str | None,
    now: str,
    limit: int,
    options: dict[str, Any],
) -> list[tuple[float, Any]]:
    users, uargs = user_filter(user_id)
    proj, pargs = project_filter(project_id)
    sql = (
        f"SELECT {COLUMNS} FROM memories WHERE deleted_at IS NULL AND {users} AND {proj} "
        f"AND {layer_filter(options.get('include_layer'))} AND (expires_at IS NULL OR expires_at > ?)"
    )
    args: list[Any] = [*uargs, *pargs, now]
    if options.get("exclude_type") in VALID_TYPES:
        sql += " AND type != ?"
        args.append(options["exclude_type"])
    elif options.get("include_type") in VALID_TYPES:
        sql += " AND type = ?"
        args.append(options["include_type"])
    rows = db.query(sql + " ORDER BY updated_at DESC LIMIT ?", [*args, SEMANTIC_SCAN_LIMIT])
    vector = embed(query)
    scored = [(cosine(vector, embed(r["content"] or "")), r) for r in rows]
    scored = [(s, r) for s, r in scored if s >= SEMANTIC_MIN_SCORE]
    scored.sort(key=lambda item: (item[0], str(item[1]["updated_at"] or "")), reverse=True)
    return scored[:limit]


def _fuse(lexical: list[Any], semantic: list[tuple[float, Any]], limit: int) -> list[Any]:
    """``fuseHybridRankings``: 0.3/(lexical rank+1) + 0.65*similarity + 0.05/(semantic rank+1)."""
    lex_rank = {r["id"]: i for i, r in enumerate(lexical)}
    sem_rank = {r["id"]: i for i, (_, r) in enumerate(semantic)}
    sem_score = {r["id"]: s for s, r in semantic}
    by_id = {r["id"]: r for r in lexical}
    by_id.update({r["id"]: r for _, r in semantic})

    def key(row: Any) -> tuple[float, float, float, str]:
        mid = row["id"]
        lex = 0.3 / (lex_rank[mid] + 1) if mid in lex_rank else 0.0
        sem = sem_score.get(mid, 0.0)
        rank = 0.05 / (sem_rank[mid] + 1) if mid in sem_rank else 0.0
        return (lex + 0.65 * sem + rank, sem, lex, str(row["updated_at"] or ""))

    return sorted(by_id.values(), key=key, reverse=True)[:limit]


def rank(
    db: Database,
    query: str,
    strategy: str,
    project_id: str | None,
    user_id: str | None,
    now: str,
    limit: int,
    **options: Any,
) -> tuple[list[Any], dict[str, Any]]:
    """Rows for ``query`` by ``strategy`` and the strategy trace (requested/applied/candidates)."""
    lexical_limit = limit if strategy == "lexical" else max(limit * 6, limit)
    lexical = search_fts(db, query, project_id, user_id, now, lexical_limit, **options)
    trace: dict[str, Any] = {
        "requested": strategy,
        "applied": "lexical",
        "lexicalCandidates": len(lexical),
        "semanticCandidates": 0,
        "fallbackTriggered": False,
        "fallbackReason": None,
        "semanticModelId": None,
    }
    if strategy == "lexical":
        return lexical[:limit], trace
    trace["semanticModelId"] = DEFAULT_MODEL_ID
    semantic = _semantic(db, query, project_id, user_id, now, max(limit * 12, limit), options)
    trace["semanticCandidates"] = len(semantic)
    if not semantic:
        trace.update(fallbackTriggered=True, fallbackReason="vectors_unavailable")
        return lexical[:limit], trace
    if strategy == "semantic":
        trace["applied"] = "semantic"
        return [r for _, r in semantic[:limit]], trace
    trace["applied"] = "hybrid"
    return _fuse(lexical, semantic, limit), trace


def search_trace(trace: dict[str, Any]) -> dict[str, Any]:
    """The ``trace`` object of ``memories/search``."""
    return {
        "requestedStrategy": trace["requested"],
        "appliedStrategy": trace["applied"],
        "lexicalCandidates": trace["lexicalCandidates"],
        "semanticCandidates": trace["semanticCandidates"],
        "fallbackTriggered": trace["fallbackTriggered"],
        "fallbackReason": trace["fallbackReason"],
    }


def search_memories(
    db: Database, args: dict[str, Any], project_id: str | None, user_id: str | None, now: str
) -> tuple[str, dict[str, Any]]:
    """``searchMemoriesPayload`` (MCP ``search_memories``): ``strategy``/``retrieval_strategy`` apply."""
    query = args["query"].strip() if isinstance(args.get("query"), str) else ""
    if not query:
        raise ApiError(
            "validation_error",
            "QUERY_REQUIRED",
            "Search query is required",
            400,
            details={"field": "query"},
            rpc_code=-32602,
        )
    rows, trace = rank(
        db,
        query,
        normalize(args.get("strategy") or args.get("retrieval_strategy")),
        project_id,
        user_id,
        now,
        args.get("limit") or 10,
        include_type=args.get("type") if args.get("type") in VALID_TYPES else None,
        include_layer=parse_layer(args),
    )
    text = (
        f"Found {len(rows)} memories:\n\n" + "\n".join(format_memory(r) for r in rows)
        if rows
        else "No memories found."
    )
    return text, {"memories": [structured(r) for r in rows], "count": len(rows), "trace": search_trace(trace)}
