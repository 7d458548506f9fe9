"""The route table: the routes this local server implements, and every other route of the spec.

``_IMPLEMENTED`` maps the routes served here to their handlers. Every other operation of
``specs/ai-memory.openapi.yaml`` that a daemon serves (read from the generated ``OPERATION``
descriptors, so a new route in the spec needs no edit here) is in ``ROUTES`` with ``None``: it
answers **501** ``{"error": "not implemented by the local ai-memory server: <METHOD> <path>"}``.
Operations the spec marks ``x-served-by: none`` (``grant``, ``revoke``, ``cluster``) are absent
from every real daemon, so they are absent here too (404, empty body).
"""

from __future__ import annotations

import importlib
import pkgutil
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


_IMPLEMENTED: list[tuple[str, dict[str, Handler]]] = [
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
    ("/api/v1/links", {"POST": lnk.create_link, "DELETE": lnk.delete_link}),
    ("/api/v1/links/{id}", {"GET": lnk.get_links}),
    ("/api/v1/namespaces", {"GET": gov.namespaces, "POST": gov.namespaces, "DELETE": gov.namespaces}),
    (
        "/api/v1/namespaces/{ns}/standard",
        {"GET": _std("GET"), "POST": _std("POST"), "DELETE": _std("DELETE")},
    ),
    ("/api/v1/check_duplicate", {"POST": cur.check_duplicate}),
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
    ("/api/v1/capabilities", {"GET": adm.capabilities}),
    ("/api/v1/notify", {"POST": agt.notify}),
    ("/api/v1/inbox", {"GET": agt.inbox}),
    (
        "/api/v1/subscriptions",
        {"GET": sub.subscriptions, "POST": sub.subscriptions, "DELETE": sub.subscriptions},
    ),
    ("/api/v1/session/start", {"POST": agt.session_start}),
]


def _spec_routes() -> list[tuple[str, str]]:
    """``(path, METHOD)`` of every operation of the spec that a daemon serves."""
    api = importlib.import_module("_ai_memory_api.api")
    found = []
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            op = importlib.import_module(f"{package.__name__}.{module.name}").OPERATION
            if op.served:
                found.append((op.path, op.method))
    return sorted(found)


def _with_spec_routes(
    implemented: list[tuple[str, dict[str, Handler]]],
) -> list[tuple[str, dict[str, Handler]]]:
    table = {path: dict(methods) for path, methods in implemented}
    for path, method in _spec_routes():
        table.setdefault(path, {}).setdefault(method, None)
    return list(table.items())


ROUTES = _with_spec_routes(_IMPLEMENTED)


def not_implemented() -> list[str]:
    """``"METHOD /path"`` of every route of the spec this local server answers 501."""
    return [f"{m} {p}" for p, methods in ROUTES for m, h in methods.items() if h is None]


def implemented_summary() -> dict[str, Any]:
    return {"not_implemented": not_implemented()}
