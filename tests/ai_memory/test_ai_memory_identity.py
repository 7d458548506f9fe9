"""Auth and identity (reference §3): X-API-Key, agent_id on the client and per call (X-Agent-Id),
validated client-side with the daemon's §3.2 rules before any request."""

from __future__ import annotations

import pytest
from ai_memory_support import Daemon, memory

import agent_memory_sdk
import ai_memory

ID = "5f0c6b1e-0000-4000-8000-000000000001"
GET_REPLY = {"memory": memory(1), "links": []}

VALID = [
    "ai:claude-opus-4.7@host",
    "a",
    "x" * 128,
    "host/agent.v2",
    "team_a-b:c@d.e/f",
    "anonymous:req-0a1b2c3d",
]
INVALID = [
    ("", "must not be empty"),
    ("x" * 129, "at most 128 bytes"),
    ("has space", "may only contain"),
    ("ünïcode", "may only contain"),
    ("a\nb", "may only contain"),
    ("a..b", "'..'"),
    ("/root", "must not start with '/'"),
    *[(reserved, "reserved") for reserved in sorted(ai_memory.RESERVED_AGENT_IDS)],
]


@pytest.mark.parametrize("agent_id", VALID)
def test_valid_agent_ids_are_sent_as_x_agent_id(daemon: Daemon, agent_id: str) -> None:
    daemon.reply(200, GET_REPLY)
    client = daemon.client(agent_id=agent_id)
    assert client.agent_id == agent_id
    daemon.call(client, lambda c: c.get(ID))
    assert daemon.last.headers["x-agent-id"] == agent_id


@pytest.mark.parametrize(("agent_id", "reason"), INVALID)
def test_invalid_agent_id_fails_at_construction(daemon: Daemon, agent_id: str, reason: str) -> None:
    with pytest.raises(ai_memory.ValidationError) as info:
        daemon.client(agent_id=agent_id)
    error = info.value
    assert isinstance(error, ai_memory.InvalidArgumentError)
    assert isinstance(error, agent_memory_sdk.ClientValidationError) and isinstance(error, ValueError)
    assert error.param == "agent_id" and "agent_id" in str(error) and reason in str(error)
    assert error.status_code is None
    assert daemon.sent == []


@pytest.mark.parametrize(("agent_id", "reason"), INVALID[:7])
def test_invalid_agent_id_per_call_fails_before_sending(daemon: Daemon, agent_id: str, reason: str) -> None:
    with pytest.raises(ai_memory.ValidationError, match="agent_id") as info:
        daemon.run(lambda c: c.get(ID, agent_id=agent_id))
    assert info.value.param == "agent_id" and reason in str(info.value)  # type: ignore[attr-defined]
    assert daemon.sent == []


def test_invalid_agent_id_in_with_options_fails(daemon: Daemon) -> None:
    client = daemon.client(agent_id="ai:ok")
    with pytest.raises(ai_memory.ValidationError, match="reserved"):
        client.with_options(agent_id="daemon")
    assert daemon.sent == []


def test_invalid_agent_id_from_env_fails(daemon: Daemon, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AI_MEMORY_AGENT_ID", "../etc")
    with pytest.raises(ai_memory.ValidationError, match="agent_id"):
        daemon.client()


def test_agent_id_from_env(daemon: Daemon, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AI_MEMORY_AGENT_ID", "ai:from-env")
    daemon.reply(200, GET_REPLY)
    client = daemon.client()
    assert client.agent_id == "ai:from-env"
    daemon.call(client, lambda c: c.get(ID))
    assert daemon.last.headers["x-agent-id"] == "ai:from-env"


def test_argument_wins_over_env(daemon: Daemon, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AI_MEMORY_AGENT_ID", "ai:from-env")
    assert daemon.client(agent_id="ai:arg").agent_id == "ai:arg"


def test_no_agent_id_sends_no_header(daemon: Daemon) -> None:
    daemon.reply(200, GET_REPLY)
    daemon.run(lambda c: c.get(ID))
    assert "x-agent-id" not in daemon.last.headers


def test_per_call_agent_id_overrides_the_client(daemon: Daemon) -> None:
    daemon.reply(200, GET_REPLY, times=2)
    client = daemon.client(agent_id="ai:client")
    daemon.call(client, lambda c: c.get(ID, agent_id="ai:call"))
    assert daemon.last.headers["x-agent-id"] == "ai:call"
    daemon.call(client, lambda c: c.get(ID))
    assert daemon.last.headers["x-agent-id"] == "ai:client"


def test_with_options_agent_id_is_a_copy_sharing_the_pool(daemon: Daemon) -> None:
    daemon.reply(
        200,
        {
            "agent_id": "ai:bob",
            "namespace": "_messages/ai:bob",
            "count": 0,
            "unread_only": False,
            "messages": [],
        },
    )
    client = daemon.client(agent_id="ai:alice")
    bob = client.with_options(agent_id="ai:bob")
    assert bob.agent_id == "ai:bob" and client.agent_id == "ai:alice"
    assert bob.http_client is client.http_client
    daemon.call(bob, lambda c: c.inbox())
    assert daemon.last.headers["x-agent-id"] == "ai:bob"
    assert "agent_id" not in daemon.last.params  # the inbox owner comes from the header


def test_api_key_header_and_env(daemon: Daemon, monkeypatch: pytest.MonkeyPatch) -> None:
    daemon.reply(200, GET_REPLY, times=2)
    daemon.run(lambda c: c.get(ID), api_key="sk-arg")
    assert daemon.last.headers["x-api-key"] == "sk-arg"
    monkeypatch.setenv("AI_MEMORY_API_KEY", "sk-env")
    daemon.run(lambda c: c.get(ID))
    assert daemon.last.headers["x-api-key"] == "sk-env"
    assert "authorization" not in daemon.last.headers


def test_api_key_is_redacted_in_repr(daemon: Daemon) -> None:
    client = daemon.client(api_key="sk-secret", agent_id="ai:me")
    assert "sk-secret" not in repr(client) and "ai:me" in repr(client)


@pytest.mark.parametrize(("agent_id", "reason"), [("has space", "pattern"), ("x" * 129, "at most 128")])
def test_a_bad_agent_id_in_a_body_fails_before_sending(daemon: Daemon, agent_id: str, reason: str) -> None:
    """Body fields that refer to a shared constrained schema (AgentIdValue) are checked too."""
    with pytest.raises(ai_memory.ValidationError, match="agent_id") as info:
        daemon.run(lambda c: c.store(title="t", content="c", agent_id=agent_id))
    assert info.value.param == "agent_id" and reason in str(info.value)  # type: ignore[attr-defined]
    with pytest.raises(ai_memory.ValidationError, match="target_agent_id"):
        daemon.run(lambda c: c.notify({"target_agent_id": agent_id, "title": "t", "payload": "p"}))
    assert daemon.sent == []
