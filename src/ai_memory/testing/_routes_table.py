"""The route table: every ``/api/v1`` route of the v0.7.0 daemon (+ lineage), and which are 501 here.

Implemented routes map to a handler; ``None`` marks a daemon route this local server does not
implement: it answers **501** ``{"error": "not implemented by the local ai-memory server: <METHOD> <path>"}``.
``POST /api/v1/memories/{id}/grant``, ``.../revoke`` and ``POST /api/v1/cluster`` are absent from
every real daemon, so they are absent here too (404, empty body).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import _routes_admin as adm
from . import _routes_agents as agt
from . import _routes_archive as arc
from . import _routes_curation as cur
from . import _routes_governance as gov
from . import _routes_links as lnk
from . import _routes_memories as mem
from . import _routes_query as qry
from . import _routes_subscriptions as sub

Handler = Callable[[Any], Any] | None

_PARITY = (
    "memory_smart_load",
    "memory_reflect",
    "memory_recall_observations",
    "memory_reflection_origin",
    "memory_dependents_of_invalidated",
    "memory_export_reflection",
    "memory_atomise",
    "memory_calibrate_confidence",
    "memory_verify",
    "memory_replay",
    "memory_subscription_replay",
    "memory_subscription_dlq_list",
    "memory_rule_list",
    "memory_check_agent_action",
)


def _unimplemented(method: str) -> dict[str, Handler]:
    return {method: None}


def _std(method: str) -> Callable[[Any], Any]:
    """``/namespaces/{ns}/standard`` delegates to the query-string form of ``/namespaces``."""

    def handler(ctx: Any) -> Any:
        from urllib.parse import urlencode

        ns = ctx.params["ns"]
        if method == "POST":
            import json

            from ._http import axum_json

            body = axum_json(ctx, None) or {}
            if isinstance(body, dict):
                body.setdefault("namespace", ns)
            ctx.body = json.dumps(body).encode()
        ctx.query_pairs = [*ctx.query_pairs, ("namespace", ns)]
        ctx.raw_query = urlencode(ctx.query_pairs)
        return gov.namespaces(ctx)

    return handler


ROUTES: list[tuple[str, dict[str, Handler]]] = [
    ("/api/v1/health", {"GET": adm.health}),
    ("/metrics", {"GET": adm.metrics}),
    ("/api/v1/metrics", {"GET": adm.metrics}),
    ("/api/v1/memories", {"GET": qry.list_memories, "POST": mem.create}),
    ("/api/v1/memories/bulk", {"POST": mem.bulk}),
    ("/api/v1/memories/{id}", {"GET": mem.get, "PUT": mem.update, "DELETE": mem.delete}),
    ("/api/v1/memories/{id}/promote", {"POST": mem.promote}),
    ("/api/v1/memories/{id}/lineage", {"GET": qry.lineage}),
    ("/api/v1/recall", {"GET": qry.recall, "POST": qry.recall}),
    ("/api/v1/search", {"GET": qry.search}),
    ("/api/v1/forget", {"POST": qry.forget}),
    ("/api/v1/consolidate", {"POST": cur.consolidate}),
    ("/api/v1/contradictions", {"GET": None}),
    ("/api/v1/links", {"POST": lnk.create_link, "DELETE": lnk.delete_link}),
    ("/api/v1/links/{id}", {"GET": lnk.get_links}),
    ("/api/v1/links/verify", {"POST": None}),
    ("/api/v1/namespaces", {"GET": gov.namespaces, "POST": gov.namespaces, "DELETE": gov.namespaces}),
    (
        "/api/v1/namespaces/{ns}/standard",
        {"GET": _std("GET"), "POST": _std("POST"), "DELETE": _std("DELETE")},
    ),
    ("/api/v1/taxonomy", {"GET": None}),
    ("/api/v1/check_duplicate", {"POST": cur.check_duplicate}),
    ("/api/v1/entities", {"POST": None}),
    ("/api/v1/entities/by_alias", {"GET": None}),
    ("/api/v1/kg/timeline", {"GET": None}),
    ("/api/v1/kg/invalidate", {"POST": None}),
    ("/api/v1/kg/query", {"POST": None}),
    ("/api/v1/kg/find_paths", {"POST": None}),
    ("/api/v1/find_paths", {"POST": None}),
    ("/api/v1/stats", {"GET": adm.stats}),
    ("/api/v1/gc", {"POST": adm.gc}),
    ("/api/v1/export", {"GET": adm.export}),
    ("/api/v1/import", {"POST": adm.import_}),
    ("/api/v1/archive", {"GET": arc.archive, "POST": arc.archive, "DELETE": arc.archive}),
    ("/api/v1/archive/{id}/restore", {"POST": arc.archive_restore}),
    ("/api/v1/archive/stats", {"GET": arc.archive_stats}),
    ("/api/v1/agents", {"GET": agt.agents, "POST": agt.agents}),
    ("/api/v1/pending", {"GET": gov.pending}),
    ("/api/v1/pending/{id}/approve", {"POST": gov.approve}),
    ("/api/v1/pending/{id}/reject", {"POST": gov.reject}),
    ("/api/v1/approvals/{pending_id}", {"POST": None}),
    ("/api/v1/approvals/stream", {"GET": None}),
    ("/api/v1/sync/push", {"POST": None}),
    ("/api/v1/sync/since", {"GET": None}),
    ("/api/v1/capabilities", {"GET": adm.capabilities}),
    ("/api/v1/notify", {"POST": agt.notify}),
    ("/api/v1/inbox", {"GET": agt.inbox}),
    (
        "/api/v1/subscriptions",
        {"GET": sub.subscriptions, "POST": sub.subscriptions, "DELETE": sub.subscriptions},
    ),
    ("/api/v1/session/start", {"POST": agt.session_start}),
    ("/api/v1/capture_turn", {"POST": None}),
    ("/api/v1/auto_tag", {"POST": None}),
    ("/api/v1/expand_query", {"POST": None}),
    ("/api/v1/tools/list", {"GET": None}),
    ("/api/v1/memory_load_family", {"POST": None}),
    ("/api/v1/quota/status", {"POST": None}),
    ("/api/v1/skill/register", {"POST": None}),
    ("/api/v1/skill/list", {"GET": None}),
    ("/api/v1/skill/{id}", {"GET": None}),
    ("/api/v1/skill/{id}/resource", {"GET": None}),
    ("/api/v1/skill/{id}/export", {"POST": None}),
    ("/api/v1/skill/{id}/promote", {"POST": None}),
    ("/api/v1/skill/{id}/compose", {"POST": None}),
    ("/api/v1/share", {"POST": None}),
    *[(f"/api/v1/{name}", _unimplemented("POST")) for name in _PARITY],
]


def not_implemented() -> list[str]:
    return [f"{m} {p}" for p, methods in ROUTES for m, h in methods.items() if h is None]


def implemented_summary() -> dict[str, Any]:
    return {"not_implemented": not_implemented()}
