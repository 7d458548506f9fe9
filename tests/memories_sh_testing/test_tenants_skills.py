"""Tenants as separate databases; skill files."""

from __future__ import annotations

from collections.abc import Callable

from .conftest import Api, Clock


def test_unknown_tenant_404_and_not_ready_409(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(
        clock=clock, auto_provision_tenants=False, tenants={"ready-t": "ready", "slow": "provisioning"}
    )
    err = api.err("/memories/list", {"scope": {"tenantId": "nope"}}, 404, "TENANT_DATABASE_NOT_CONFIGURED")
    assert err == {
        "type": "not_found_error",
        "code": "TENANT_DATABASE_NOT_CONFIGURED",
        "message": "No tenant database configured for tenant_id: nope",
        "status": 404,
        "retryable": False,
        "details": {"tenant_id": "nope"},
    }
    err = api.err("/context/get", {"scope": {"tenantId": "slow"}}, 409, "TENANT_DATABASE_NOT_READY")
    assert err["type"] == "tool_error" and err["retryable"] is True
    assert err["details"] == {"tenant_id": "slow", "status": "provisioning"}
    api.ok("/memories/list", {"scope": {"tenantId": "ready-t"}})


def test_database_not_configured(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, workspace_db=False)
    err = api.err("/memories/list", {}, 400, "DATABASE_NOT_CONFIGURED")
    assert err["type"] == "not_found_error"
    api.ok("/memories/list", {"scope": {"tenantId": "t"}})


def test_tenants_are_isolated(api: Api) -> None:
    a = api.ok("/memories/add", {"content": "tenant A secret", "scope": {"tenantId": "a"}}, 201)
    api.ok("/memories/add", {"content": "tenant B secret", "scope": {"tenantId": "b"}}, 201)
    api.ok("/memories/add", {"content": "workspace secret"}, 201)
    only = lambda scope: [m["content"] for m in api.ok("/memories/list", {"scope": scope})["memories"]]  # noqa: E731
    assert only({"tenantId": "a"}) == ["tenant A secret"]
    assert only({"tenantId": "b"}) == ["tenant B secret"]
    assert only({}) == ["workspace secret"]
    assert api.ok("/memories/search", {"query": "secret", "scope": {"tenantId": "b"}})["count"] == 1
    api.ok("/memories/forget", {"id": a["id"], "scope": {"tenantId": "b"}})
    assert only({"tenantId": "a"}) == ["tenant A secret"]


def test_skill_files(api: Api) -> None:
    body = {
        "path": " .agents/skills/review/SKILL.md ",
        "content": "v1",
        "scope": {"projectId": "github.com/acme/platform", "userId": "u1"},
    }
    created = api.ok("/skills/files/upsert", body, 201)
    sf = created["skillFile"]
    assert created["created"] is True
    assert (
        created["message"]
        == "Created skill file .agents/skills/review/SKILL.md (project:github.com/acme/platform)"
    )
    assert list(sf) == [
        "id",
        "path",
        "content",
        "scope",
        "projectId",
        "userId",
        "createdAt",
        "updatedAt",
        "usageCount",
        "lastUsedAt",
        "procedureKey",
    ]
    assert (sf["usageCount"], sf["lastUsedAt"], sf["procedureKey"]) == (0, None, "skill")
    assert (sf["scope"], sf["userId"], sf["path"]) == ("project", "u1", ".agents/skills/review/SKILL.md")
    updated = api.ok("/skills/files/upsert", {**body, "content": "v2"}, 200)
    assert updated["created"] is False and updated["skillFile"]["id"] == sf["id"]
    assert updated["skillFile"]["content"] == "v2" and updated["message"].startswith("Updated skill file")
    api.ok("/skills/files/upsert", {"path": "global.md", "content": "g"}, 201)
    listed = api.ok(
        "/skills/files/list", {"scope": {"projectId": "github.com/acme/platform", "userId": "u1"}}
    )
    assert [f["path"] for f in listed["skillFiles"]] == [".agents/skills/review/SKILL.md", "global.md"]
    assert api.ok("/skills/files/list", {})["count"] == 1
    ctx = api.ok("/context/get", {"scope": {"projectId": "github.com/acme/platform", "userId": "u1"}})
    assert len(ctx["skillFiles"]) == 2
    assert api.ok("/context/get", {"includeSkillFiles": False})["skillFiles"] == []
    # delete needs the exact identity
    err = api.err(
        "/skills/files/delete",
        {"path": body["path"], "scope": {"projectId": "github.com/acme/platform"}},
        404,
        "SKILL_FILE_NOT_FOUND",
    )
    assert err["details"] == {
        "path": ".agents/skills/review/SKILL.md",
        "scope": "project",
        "projectId": "github.com/acme/platform",
        "userId": None,
    }
    assert err["type"] == "not_found_error"
    assert api.ok("/skills/files/delete", body) == {
        "path": ".agents/skills/review/SKILL.md",
        "deleted": True,
        "message": "Deleted skill file .agents/skills/review/SKILL.md",
    }
    api.err("/skills/files/delete", body, 404, "SKILL_FILE_NOT_FOUND")
    again = api.ok("/skills/files/upsert", body, 200)  # undelete keeps the id
    assert again["skillFile"]["id"] == sf["id"] and again["created"] is False
