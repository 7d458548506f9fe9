"""[H] sessions/start|checkpoint|end, sessions/{id}/snapshot and skills/files/promote."""

from __future__ import annotations

from .conftest import SDK, Api

SESSION_KEYS = [
    "id",
    "scope",
    "projectId",
    "userId",
    "client",
    "status",
    "title",
    "startedAt",
    "lastActivityAt",
    "endedAt",
    "metadata",
]
TRANSCRIPT = """# Session
### user
How do we release?
### assistant
1. Run the full test suite locally
2. Tag the release commit
- Publish the package to the registry
ok
"""


def test_session_lifecycle(api: Api) -> None:
    scope = {"userId": "u1", "projectId": "github.com/acme/app"}
    body = {"title": "Release", "client": "cli", "metadata": {"k": 1}, "scope": scope}
    started = api.ok("/sessions/start", body, 201)
    sid = started["sessionId"]
    assert started["message"] == f"Started session {sid}" and list(started["session"]) == SESSION_KEYS
    assert started["session"]["status"] == "active" and started["session"]["scope"] == "project"
    assert started["session"]["metadata"] == {"k": 1} and started["session"]["endedAt"] is None
    cp = api.ok(
        "/sessions/checkpoint", {"sessionId": sid, "content": "ran tests", "tokenCount": 12, "scope": scope}
    )
    assert cp["message"] == f"Checkpointed session {sid}" and cp["eventId"] == cp["event"]["id"]
    assert (cp["event"]["role"], cp["event"]["kind"], cp["event"]["isMeaningful"]) == (
        "assistant",
        "checkpoint",
        True,
    )
    assert cp["event"]["tokenCount"] == 12 and cp["event"]["turnIndex"] is None
    # the session is scoped to exactly its user and project
    api.err("/sessions/checkpoint", {"sessionId": sid, "content": "x"}, 404, "SESSION_NOT_FOUND")
    ended = api.ok("/sessions/end", {"sessionId": sid, "status": "compacted", "scope": scope})
    assert ended["message"] == f"Ended session {sid} as compacted"
    assert ended["session"]["status"] == "compacted" and ended["session"]["endedAt"] is not None
    err = api.err(
        "/sessions/checkpoint",
        {"sessionId": sid, "content": "late", "scope": scope},
        409,
        "SESSION_NOT_ACTIVE",
    )
    assert err["details"] == {"sessionId": sid, "status": "compacted"}
    api.err("/sessions/end", {"sessionId": sid, "scope": scope}, 409, "SESSION_NOT_ACTIVE")


def test_session_validation(api: Api) -> None:
    api.err("/sessions/start", {"title": ""}, 400, "INVALID_REQUEST")
    api.err("/sessions/checkpoint", {"sessionId": "x"}, 400, "INVALID_REQUEST")
    api.err(
        "/sessions/checkpoint", {"sessionId": "x", "content": "c", "role": "system"}, 400, "INVALID_REQUEST"
    )
    api.err(
        "/sessions/checkpoint", {"sessionId": "x", "content": "c", "tokenCount": -1}, 400, "INVALID_REQUEST"
    )
    api.err("/sessions/end", {"sessionId": "x", "status": "active"}, 400, "INVALID_REQUEST")
    api.err("/sessions/end", {"sessionId": "nope"}, 404, "SESSION_NOT_FOUND")


def test_snapshot_and_promotion(api: Api) -> None:
    sid = api.ok("/sessions/start", {}, 201)["sessionId"]
    url = f"{SDK}/sessions/{sid}/snapshot"
    r = api.http.get(url, headers=api.auth())
    assert r.status_code == 404 and r.json()["error"]["code"] == "SESSION_SNAPSHOT_NOT_FOUND"
    assert r.json()["meta"]["endpoint"] == SDK + "/sessions/{id}/snapshot"
    api.err(
        "/skills/files/promote", {"sessionId": sid, "path": "release.md"}, 404, "SESSION_SNAPSHOT_NOT_FOUND"
    )
    snap = api.server.create_session_snapshot(sid, TRANSCRIPT, slug="Release Flow")
    got = api.http.get(url, headers=api.auth()).json()["data"]
    assert got["snapshot"] == snap and snap["slug"] == "release-flow" and snap["messageCount"] == 2
    assert got["message"] == f"Latest snapshot for session {sid}"
    promoted = api.ok(
        "/skills/files/promote", {"sessionId": sid, "path": ".skills/release.md", "maxSteps": 3}, 201
    )
    sf = promoted["skillFile"]
    assert promoted["created"] is True and sf["procedureKey"] == "release-flow"
    assert promoted["source"] == {
        "sessionId": sid,
        "snapshotId": snap["id"],
        "snapshotSlug": "release-flow",
        "snapshotCreatedAt": snap["createdAt"],
    }
    assert sf["content"].startswith("# Procedure from release-flow\n\n## Source Episode")
    steps = sf["content"].split("## Workflow Steps\n")[1].splitlines()
    assert steps == [
        "1. How do we release?",
        "2. Run the full test suite locally",
        "3. Tag the release commit",
    ]
    again = api.ok(
        "/skills/files/promote", {"sessionId": sid, "path": ".skills/release.md", "title": "Release"}
    )
    assert again["created"] is False and again["skillFile"]["content"].startswith("# Release\n")
    assert again["skillFile"]["id"] == sf["id"]


def test_snapshot_route_errors(api: Api) -> None:
    r = api.http.get(SDK + "/sessions/%20/snapshot", headers=api.auth())
    assert r.status_code == 400 and r.json()["error"]["details"] == {"field": "sessionId"}
    assert r.json()["error"]["message"] == "Session id is required"
    r = api.http.get(SDK + "/sessions/abc/snapshot")  # the id check runs before auth
    assert r.status_code == 401 and r.json()["error"]["code"] == "MISSING_API_KEY"
    r = api.http.get(SDK + "/sessions/abc/snapshot?userId=", headers=api.auth())
    assert r.status_code == 404  # an empty query value is "no scope"
    r = api.http.get(SDK + "/sessions/abc/snapshot?userId=u&tenantId=", headers=api.auth())
    assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_REQUEST"
    assert api.http.post(SDK + "/sessions/abc/snapshot", headers=api.auth()).status_code == 405
