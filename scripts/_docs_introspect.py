"""What the docs say about the clients, read from the clients themselves (for ``scripts/_apidocs.py``).

Nothing here restates the specs. Methods are found by introspecting the public clients
(``AiMemoryClient``, ``MemoriesClient`` and their async twins): each generated ``OPERATION``
descriptor names its route and, through ``x-sdk.method`` (or its operationId) and
``x-sdk.aliases``, the facade methods that call it; signatures and return types are read from the
methods themselves. An operation without a facade method is an error, so the reference stays exact
whatever the templates that build the facade look like.
"""

from __future__ import annotations

import importlib
import inspect
import keyword
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agent_memory_sdk._runtime import AsyncResource, Operation, SyncResource


@dataclass(frozen=True)
class Api:
    """One API: its public package, clients and generated package."""

    title: str
    package: str
    client: str
    async_client: str
    generated: str
    spec: str


APIS = (
    Api(
        "ai-memory",
        "ai_memory",
        "AiMemoryClient",
        "AsyncAiMemoryClient",
        "_ai_memory_api",
        "ai-memory.openapi.yaml",
    ),
    Api(
        "memories.sh",
        "memories_sh",
        "MemoriesClient",
        "AsyncMemoriesClient",
        "_memories_sh_api",
        "memories-sh.openapi.yaml",
    ),
)


@dataclass(frozen=True)
class Method:
    """One facade method, as a user calls it."""

    path: str  # dotted, e.g. "memories.add"
    group: str
    op: Operation
    params: list[inspect.Parameter]
    returns: str
    async_params: list[inspect.Parameter]
    async_returns: str
    alias_of: str | None = None  # the method this one is another name of (``x-sdk.aliases``)


def _facade_path(dotted: str) -> str:
    *parents, last = dotted.split(".")
    return ".".join([*parents, last + "_" if keyword.iskeyword(last) else last])


def operations(generated: str) -> dict[str, tuple[str, Operation, str | None]]:
    """Facade method path → (group, OPERATION, the path it is an alias of or None): the group is
    the generated module's tag package; each ``x-sdk.aliases`` name is a path of its own."""
    api = importlib.import_module(f"{generated}.api")
    found: dict[str, tuple[str, Operation, str | None]] = {}
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            op: Operation = importlib.import_module(f"{package.__name__}.{module.name}").OPERATION
            primary = _facade_path(str(op.sdk.get("method") or op.name))
            found[primary] = (group.name, op, None)
            for alias in op.sdk.get("aliases") or ():
                found[_facade_path(str(alias))] = (group.name, op, primary)
    return found


def _resource_class(owner: type, name: str) -> type | None:
    """The facade class a resource attribute (``cached_property``/property) of ``owner`` returns."""
    member = inspect.getattr_static(owner, name, None)
    func = getattr(member, "func", None) or getattr(member, "fget", None)
    if func is None:
        return None
    annotation = inspect.signature(func).return_annotation
    if isinstance(annotation, str):
        annotation = vars(sys.modules[func.__module__]).get(annotation)
    if isinstance(annotation, type) and issubclass(annotation, (SyncResource, AsyncResource)):
        return annotation
    return None


def facade_functions(root: type, prefix: str = "") -> dict[str, Callable[..., Any]]:
    """Every public method of a client class, resources walked, by dotted path."""
    found: dict[str, Callable[..., Any]] = {}
    for name in dir(root):
        if name.startswith("_") or name == "with_raw_response":
            continue
        resource = _resource_class(root, name)
        if resource is not None:
            found.update(facade_functions(resource, f"{prefix}{name}."))
            continue
        member = inspect.getattr_static(root, name)
        if inspect.isfunction(member):
            found[prefix + name] = member
    return found


def _annotation(value: Any) -> str:
    if value is inspect.Signature.empty:
        return "None"
    return value if isinstance(value, str) else inspect.formatannotation(value)


def methods(api: Api) -> list[Method]:
    """The facade methods of ``api`` with their operation, sync and async signatures."""
    module = importlib.import_module(api.package)
    sync_funcs = facade_functions(getattr(module, api.client))
    async_funcs = facade_functions(getattr(module, api.async_client))
    ops = operations(api.generated)
    missing = sorted(set(ops) - set(sync_funcs) | set(ops) - set(async_funcs))
    if missing:
        raise SystemExit(f"{api.title}: operations without a facade method: {missing}")
    result = []
    for path, (group, op, alias_of) in ops.items():
        sync_sig = inspect.signature(sync_funcs[path])
        async_sig = inspect.signature(async_funcs[path])
        resource_group = path.rpartition(".")[0]
        result.append(
            Method(
                path=path,
                group=resource_group or group,
                op=op,
                params=[p for n, p in sync_sig.parameters.items() if n != "self"],
                returns=_annotation(sync_sig.return_annotation),
                async_params=[p for n, p in async_sig.parameters.items() if n != "self"],
                async_returns=_annotation(async_sig.return_annotation),
                alias_of=alias_of,
            )
        )
    return sorted(result, key=lambda m: (m.group, m.path))


def primaries(found: list[Method]) -> list[Method]:
    """The methods that are no alias: one per operation."""
    return [m for m in found if m.alias_of is None]


def shared_params(found: list[Method]) -> list[str]:
    """Parameters every method takes (the per-call options), in declaration order."""
    if not found:
        return []
    common = set.intersection(*({p.name for p in m.params} for m in found))
    return [p.name for p in found[0].params if p.name in common]


def _render_params(params: list[inspect.Parameter], skip: set[str]) -> list[str]:
    rendered: list[str] = []
    star = False
    for p in params:
        if p.name in skip:
            continue
        if p.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            rendered.append("*")
            star = True
        if p.kind is inspect.Parameter.VAR_POSITIONAL:
            star = True
        text = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}.get(
            p.kind, ""
        ) + p.name
        if p.annotation is not inspect.Parameter.empty:
            text += f": {_annotation(p.annotation)}"
        if p.default is not inspect.Parameter.empty:
            text += f" = {p.default!r}"
        rendered.append(text)
    return rendered


def signature(
    name: str, params: list[inspect.Parameter], returns: str, skip: set[str], prefix: str = "def"
) -> str:
    """A ``def`` line for a method, one parameter per line when it does not fit in 100 columns."""
    parts = _render_params(params, skip)
    one_line = f"{prefix} {name}({', '.join(parts)}) -> {returns}"
    if len(one_line) <= 100:
        return one_line
    body = "".join(f"    {part},\n" for part in parts)
    return f"{prefix} {name}(\n{body}) -> {returns}"


def call_form(method: Method, skip: set[str]) -> str:
    """A short call form: ``memories.search(query, type=, limit=)``."""
    args = []
    for p in method.params:
        if (p.name in skip and p.default is not inspect.Parameter.empty) or p.kind in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        ):
            continue
        keyword_only = p.kind is inspect.Parameter.KEYWORD_ONLY or p.default is not inspect.Parameter.empty
        args.append(f"{p.name}=" if keyword_only else p.name)
    return f"{method.path}({', '.join(args)})"


def not_implemented_locally(api: Api) -> set[str]:
    """``"METHOD /path"`` of the routes the API's local server answers 501 (its own list)."""
    testing = importlib.import_module(f"{api.package}.testing")
    listed = getattr(testing, "not_implemented_routes", None)
    return set(listed()) if listed is not None else set()
