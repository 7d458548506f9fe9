"""A standard MCP client — the official Python SDK, ``mcp`` — against the local ``/api/mcp``.

It connects with the Streamable HTTP transport (one JSON-RPC message per ``POST /api/mcp`` with
the Bearer key, the transport the memories.sh SDK's MCP mode uses), initialises, lists the tools
and calls them, exactly as an agent would. The tool names listed are the spec's ``McpToolName``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx2
import pytest
from _memories_sh_api.models import McpToolName
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from .conftest import Api


@asynccontextmanager
async def standard_session(api: Api) -> AsyncIterator[ClientSession]:
    """An initialised MCP client session over Streamable HTTP, authenticated with the Bearer key."""
    async with (
        httpx2.AsyncClient(headers=api.auth(), timeout=30) as http,
        streamable_http_client(f"{api.base_url}/api/mcp", http_client=http) as streams,
        ClientSession(streams[0], streams[1]) as session,
    ):
        await session.initialize()
        yield session


async def test_a_standard_mcp_client_lists_and_calls_the_tools(api: Api) -> None:
    async with standard_session(api) as session:
        tools = await session.list_tools()
        added = await session.call_tool(
            "add_memory", {"content": "standard clients speak to us", "tags": ["mcp"]}
        )
        found = await session.call_tool("search_memories", {"query": "standard clients"})
    assert {tool.name for tool in tools.tools} == {name.value for name in McpToolName}
    assert all(tool.input_schema.get("type") == "object" for tool in tools.tools)
    assert added.is_error is False and found.is_error is False
    memory = added.structured_content["memory"]
    assert memory["content"] == "standard clients speak to us" and memory["tags"] == ["mcp"]
    assert [hit["id"] for hit in found.structured_content["memories"]] == [memory["id"]]


async def test_a_wrong_typed_argument_is_a_json_rpc_error_for_the_standard_client(api: Api) -> None:
    async with standard_session(api) as session:
        with pytest.raises(MCPError) as info:
            await session.call_tool("add_memory", {"content": 42})
        assert info.value.error.data["code"] == "MEMORY_CONTENT_REQUIRED"
        listed = await session.call_tool("list_memories", {})  # the session is still usable
    assert listed.is_error is False and listed.structured_content["memories"] == []
