"""The MCP transport: an operation with ``x-sdk.mcp_tool`` sent as a stateless JSON-RPC
``tools/call`` and its ``structuredContent`` read back into the operation's typed data.

Everything per operation comes from its ``x-sdk`` hints:

- ``mcp_tool``: the tool's name; ``mcp_via``: the (generated) method that sends the JSON-RPC
  request (``mcp.rpc``), so this module names no operation;
- ``mcp_arguments``: body field → argument name where it is not the snake_case of the field
  (``strategy → retrieval_strategy``); ``scope.{tenantId,userId,projectId}`` become
  ``tenant_id``, ``user_id``, ``project_id``;
- ``mcp_values``: body field → value map (``strategy``: ``hybrid → hybrid_graph`` …);
- ``mcp_flatten``: body objects whose fields become top-level arguments, after the scope's
  (``filters.olderThanDays`` → ``older_than_days``; ``filters.projectId`` wins ``project_id``);
- ``mcp_result_defaults``: fields the tool's data lacks but the HTTP data has, taken from the
  request when it has them (``mode``, ``query``), else from the default (``skillFiles: []``);
- ``mcp_result_select``: result field → ``{by, default, pick}``: the request value of ``by``
  (``default`` when absent; booleans as ``"true"``/``"false"``) picks which field of the tool's
  data fills it, ``null`` meaning an empty list — what the HTTP route does server-side and the
  tool does not (``context.get``'s ``mode`` and ``includeRules``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agent_memory_sdk._lenient import validate_python
from agent_memory_sdk._response import APIResponse, report_drift

from . import _envelope, _errors
from . import _exceptions as exc

if TYPE_CHECKING:
    import httpx

    from agent_memory_sdk._runtime import Operation, RequestOptions

__all__ = ["ToolCall", "build_tool_call", "rpc_method", "tool_result"]

_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


def snake(name: str) -> str:
    """``graphDepth`` → ``graph_depth``."""
    return _CAMEL.sub(r"_\1", name).lower()


@dataclass(frozen=True)
class ToolCall:
    """One ``tools/call`` about to be sent.

    Attributes:
        tool: the tool's name.
        arguments: its snake_case arguments.
        request_body: the HTTP body the call stands for (camelCase), for ``mcp_result_defaults``.
        rpc_id: the JSON-RPC id (a fresh UUID), which also serves as the result's request id.
        options: the per-call options to forward to the JSON-RPC request (``extra_body`` is
            already merged into ``arguments``).
    """

    tool: str
    arguments: dict[str, Any]
    request_body: Mapping[str, Any]
    rpc_id: str
    options: dict[str, Any]

    @property
    def params(self) -> dict[str, Any]:
        """The JSON-RPC ``params``: ``{name, arguments}``."""
        return {"name": self.tool, "arguments": self.arguments}


def tool_arguments(operation: Operation, body: Mapping[str, Any]) -> dict[str, Any]:
    """The tool arguments for the wire ``body`` of ``operation`` (see the module docstring)."""
    renames: Mapping[str, str] = operation.sdk.get("mcp_arguments") or {}
    value_maps: Mapping[str, Mapping[str, Any]] = operation.sdk.get("mcp_values") or {}
    flatten = frozenset(operation.sdk.get("mcp_flatten") or ())
    arguments: dict[str, Any] = {}
    nested: dict[str, Any] = {}
    for key, value in body.items():
        if key == "scope" and isinstance(value, Mapping):
            arguments.update({snake(k): v for k, v in value.items()})
            continue
        if key in flatten and isinstance(value, Mapping):
            nested.update({snake(k): v for k, v in value.items()})
            continue
        mapping = value_maps.get(key)
        if mapping is not None and isinstance(value, str):
            value = mapping.get(value, value)
        arguments[renames.get(key, snake(key))] = value
    return arguments | nested


def build_tool_call(operation: Operation, body: Any, options: RequestOptions) -> ToolCall:
    """The ``tools/call`` for an operation's already serialised and validated wire ``body``."""
    wire: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    forwarded = {k: v for k, v in options.items() if k not in ("extra_body", "strict_responses")}
    return ToolCall(
        tool=str(operation.sdk["mcp_tool"]),
        arguments=tool_arguments(operation, wire),
        request_body=wire,
        rpc_id=str(uuid.uuid4()),
        options=forwarded,
    )


def rpc_method(raw_methods: Any, operation: Operation) -> Callable[..., Any]:
    """The raw-response method that sends ``operation``'s JSON-RPC call (``x-sdk.mcp_via``)."""
    target = raw_methods
    for part in str(operation.sdk["mcp_via"]).split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def _success_model(operation: Operation) -> Any:
    for status in sorted(operation.responses):
        if 200 <= status < 300:
            model = operation.response_model(status)
            if model is not None and not isinstance(model, str):
                return model
    raise exc.ClientValidationError(f"memories.sh: {operation.name} has no typed success response")


def _data(
    operation: Operation, call: ToolCall, response: httpx.Response, content: Mapping[str, Any], strict: bool
) -> Any:
    """The typed data of a tool's ``structuredContent`` (meta attached), read as far as it goes
    when it differs from the spec (see ``agent_memory_sdk._lenient``)."""
    if content.get("ok") is False:
        raise _errors.status_error(operation, response, content)
    data = content.get("data")
    if not isinstance(data, Mapping):  # older tools spread the data only at the top level
        data = {k: v for k, v in content.items() if k not in ("ok", "data", "error", "meta")}
    filled = dict(data)
    for key, default in (operation.sdk.get("mcp_result_defaults") or {}).items():
        if key not in filled:
            filled[key] = call.request_body.get(key, default)
    for key, rule in (operation.sdk.get("mcp_result_select") or {}).items():
        filled[key] = _select(data, call.request_body, key, rule)
    meta = _errors.to_meta(content.get("meta"), endpoint=response.request.url.path, request_id=call.rpc_id)
    envelope = {"ok": True, "data": filled, "error": None, "meta": meta.to_dict() if meta else None}
    result, drifts = validate_python(_success_model(operation), envelope)
    if drifts:
        report_drift(operation, drifts, strict)
    return _envelope.attach_meta(result.data, result.meta)


def _select(data: Mapping[str, Any], request: Mapping[str, Any], key: str, rule: Mapping[str, Any]) -> Any:
    """One ``mcp_result_select`` rule: the data field the request's choice names (see the module doc)."""
    value = request.get(rule["by"], rule.get("default"))
    choice = ("true" if value else "false") if isinstance(value, bool) else str(value)
    source = rule.get("pick", {}).get(choice, key)
    return [] if source is None else data.get(source, [])


def _parse(operation: Operation, call: ToolCall, answer: APIResponse[Any], strict: bool) -> Any:
    response = answer.http_response
    try:
        body = answer.json()
        result = body["result"]
        content = result.get("structuredContent")
        if not isinstance(content, Mapping):
            raise ValueError("the tool result has no structuredContent")
        return _data(operation, call, response, content, strict)
    except exc.MemoriesError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise exc.APIResponseValidationError(
            f"memories.sh: could not read the MCP result of {call.tool} ({operation.name}): "
            f"{type(error).__name__}: {error}",
            response=response,
            body=answer.text,
        ) from None


def tool_result(
    operation: Operation, call: ToolCall, answer: APIResponse[Any], raw: bool, strict: bool = False
) -> Any:
    """The operation's typed data from the JSON-RPC answer; with ``raw``, the raw response whose
    ``parse()`` gives that data (``json()`` is the JSON-RPC body). ``strict``: raise on any
    deviation from the spec instead of warning (``strict_responses``)."""
    parser: Callable[[], Any] = lambda: _parse(operation, call, answer, strict)  # noqa: E731
    if not raw:
        return parser()
    return APIResponse[Any](
        http_response=answer.http_response,
        operation=answer.operation,
        retries_taken=answer.retries_taken,
        elapsed=answer.elapsed,
        parser=parser,
        request_id=lambda: call.rpc_id,
    )
