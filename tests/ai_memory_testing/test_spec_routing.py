"""The local server's routing derives from the spec: every served operation has a handler, a spec
operation without one answers 501 by itself, and only the daemon's own 501s remain."""

from __future__ import annotations

import pytest

from ai_memory.testing import LocalApp, not_implemented_routes
from ai_memory.testing import _routes_table as table


def test_every_served_spec_operation_has_a_handler() -> None:
    assert table.missing_handlers() == []
    assert not_implemented_routes() == []
    served = {op.name for op in table.spec_operations() if op.served}
    assert set(table.HANDLERS) == served  # no handler for an operation the spec does not have


def test_only_the_daemons_own_501s_remain() -> None:
    assert sorted(table.daemon_not_implemented()) == [
        "POST /api/v1/find_paths",
        "POST /api/v1/kg/find_paths",
        "POST /api/v1/links/verify",
    ]


def test_a_spec_operation_without_a_handler_answers_501(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(table.HANDLERS, "kg_query")
    routes = dict(table.build_routes())
    assert routes["/api/v1/kg/query"]["POST"] is None
    monkeypatch.setattr(table, "ROUTES", list(routes.items()))
    assert table.missing_handlers() == ["kg_query"]
    assert table.not_implemented() == ["POST /api/v1/kg/query"]


async def test_unhandled_route_body_names_the_route(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    from ai_memory.testing import _app

    monkeypatch.delitem(table.HANDLERS, "taxonomy")
    compiled = [row if row[0] != "/api/v1/taxonomy" else (*row[:3], {"GET": None}) for row in _app._COMPILED]
    monkeypatch.setattr(_app, "_COMPILED", compiled)
    app = LocalApp()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            r = await http.get("/api/v1/taxonomy")
        assert r.status_code == 501
        assert r.json() == {"error": "not implemented by the local ai-memory server: GET /api/v1/taxonomy"}
    finally:
        app.close()
