"""Each facade method of a generated client, described as plain data before any template runs.

``describe(openapi, hints)`` walks the generator's parsed operations (``openapi_python_client``
0.29.1 ``GeneratorData``; the attributes read here are pinned by ``tests/codegen``) together with
the spec's ``x-sdk`` hints (``_codegen.operation_hints``) and returns :class:`Method` records: name,
group, parameters (kind, type, wire name and place), body handling, return type, docstring. The
``client.py`` and ``endpoint_module.py`` templates only print them.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from _docs import docstring, paragraphs, wrap
from _types import Shape, arg_type, engine_ref, page_item, request_ref, returns, text
from openapi_python_client.parser import properties as props
from openapi_python_client.strings import pascal_case, safe_for_docstring

__all__ = ["Api", "Method", "Param", "Shape", "describe"]

OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")
LINE_WIDTH = 110  # code lines (ruff's line length for generated code)
# A component parameter used by at least SHARED_MIN operations whose description is longer than
# SHARED_LONG characters is described in full once, in the class docstring; each method's Args
# give its first sentence.
SHARED_MIN = 3
SHARED_LONG = 240
OPTION_PARAMS = (
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, object] | None = None",
    "extra_body: Mapping[str, object] | None = None",
    "timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN",
    "max_retries: int | NotGiven = NOT_GIVEN",
)


@dataclass(frozen=True)
class Param:
    """One argument of a facade method.

    ``where``: ``path``, ``query``, ``header``, ``body`` (a field of the JSON object body),
    ``scope`` (a field of the body's ``scope`` object) or ``hidden`` (filled from a client option,
    not an argument: a body field of the same name wins it).
    """

    name: str
    type: str
    required: bool
    where: str
    wire: str
    doc: str
    positional: bool = False

    @property
    def annotation(self) -> str:
        """The annotation with its default, as it appears in the signature."""
        return self.type if self.required else f"{self.type} | NotGiven = NOT_GIVEN"


@dataclass(frozen=True)
class Method:
    """One public facade method (an alias is a second record of the same operation)."""

    name: str
    group: str
    tag: str
    module: str
    params: tuple[Param, ...]
    body: str | None  # "object" | "array" | None
    body_arg: str | None
    body_arg_type: str | None
    returns: str
    page_item: str | None
    docstring: str
    method: str
    path: str
    responses: tuple[tuple[int, str | None], ...] = ()
    request_model: str | None = None
    alias_of: str | None = None

    @property
    def ref(self) -> str:
        """The name the client module imports the operation's module under."""
        return f"_{self.tag}_{self.module}"

    @property
    def dotted(self) -> str:
        return f"{self.group}.{self.name}" if self.group else self.name

    @property
    def arguments(self) -> tuple[Param, ...]:
        """Parameters that are arguments (not hidden), positional ones first."""
        shown = [p for p in self.params if p.where != "hidden"]
        return tuple([p for p in shown if p.positional] + [p for p in shown if not p.positional])

    @property
    def positional(self) -> tuple[Param, ...]:
        return tuple(p for p in self.arguments if p.positional)

    @property
    def keyword(self) -> tuple[Param, ...]:
        return tuple(p for p in self.arguments if not p.positional)

    def result(self, is_async: bool, is_raw: bool = False) -> str:
        """The return annotation of the method (a raw one wraps the typed result in ``APIResponse``)."""
        if is_raw:  # one exchange: ``.parse()`` gives that response's body (a page's whole body)
            return f"APIResponse[{self.returns}]"
        if self.page_item:
            return f"{'AsyncPaginator' if is_async else 'SyncPage'}[{self.page_item}]"
        return self.returns

    def is_coroutine(self, is_async: bool, is_raw: bool) -> bool:
        """Whether the method is ``async def``: every async one but a typed paginated method, which
        returns an ``AsyncPaginator`` at once (``await`` it, or ``async for`` over it)."""
        return is_async and not (self.page_item and not is_raw)

    def statement(self, is_async: bool, is_raw: bool, owner: str) -> str:
        """The method's ``return`` statement; ``owner`` is the class holding its typed twin."""
        wait = "await " if self.is_coroutine(is_async, is_raw) else ""
        if is_raw:
            return f"return {wait}call_raw(self, {owner}.{self.name}, locals())"
        send = "paginate" if is_async and self.page_item else "call"
        return f"return {wait}{send}(self, {self.ref}.BINDING, locals())"

    def signature(self) -> list[str]:
        """Each parameter of the ``def`` as it is written (``self`` and the per-call options included)."""
        items = ["self", *(f"{p.name}: {p.annotation}" for p in self.positional)]
        if self.body_arg_type:
            items.append(f"{self.body_arg}: {self.body_arg_type}")
        items += ["*", *(f"{p.name}: {p.annotation}" for p in self.keyword), *OPTION_PARAMS]
        return items

    def header(self, is_async: bool, is_raw: bool) -> str:
        """The ``def`` line(s), packed to ``LINE_WIDTH`` and marked ``# fmt: skip`` so ruff keeps them.

        Packed rather than one parameter a line: the four flavours of ~100 methods stay readable
        and a third of the size.
        """
        result = self.result(is_async, is_raw)
        lines, current = [], f"    {'async ' if self.is_coroutine(is_async, is_raw) else ''}def {self.name}("
        items = self.signature()
        for i, item in enumerate(items):
            piece = item + ("," if i < len(items) - 1 else "")
            if current.endswith("(") and len(current) + len(piece) <= LINE_WIDTH:
                current += piece
            elif len(current) + 1 + len(piece) <= LINE_WIDTH:
                current += " " + piece
            else:
                lines.append(current)
                current = " " * 8 + piece
        end = f") -> {result}:  # fmt: skip"
        if len(current) + len(end) <= LINE_WIDTH:
            lines.append(current + end)
        else:
            lines += [current + ",", "    " + end]
        return "\n".join(lines)

    @property
    def binding(self) -> str:
        """Python source of ``(python name, where, wire name)`` per parameter (``Binding.arguments``)."""
        return repr(tuple((p.name, p.where, p.wire) for p in self.params))


@dataclass
class Api:
    """Every method, grouped: what ``client.py.jinja`` prints."""

    methods: list[Method] = field(default_factory=list)
    groups: list[str] = field(default_factory=lambda: [""])
    shared: dict[str, dict[str, str]] = field(default_factory=dict)  # group → name → full doc

    def class_doc(self, group: str, is_async: bool, is_raw: bool) -> str:
        """The docstring of a resource class, with the parameters its methods share described once."""
        doc = f"The ``{group}`` operations" if group else "Every top-level operation of the API"
        if is_raw:
            doc += ", returning the raw response (``.parse()`` gives the typed result)"
        doc += " (async)." if is_async else "."
        shared = self.shared.get(group, {})
        if not shared or is_raw:
            return doc
        lines = [*wrap(doc, 0, 4), "", "    Parameters several methods share, described once:", ""]
        for name, full in sorted(shared.items()):
            lines += wrap(f"{name}: {full}", 8, 12)
        return "\n".join(lines) + "\n    "

    def in_group(self, group: str) -> list[Method]:
        return [m for m in self.methods if m.group == group]

    def children(self, group: str) -> list[str]:
        """The sub-groups directly under ``group`` (``""`` is the top level)."""
        return [g for g in self.groups if g and (g.rsplit(".", 1)[0] if "." in g else "") == group]

    @staticmethod
    def attribute(group: str) -> str:
        """The attribute a sub-group is reached by (``ops.status`` → ``status``)."""
        return group.rsplit(".", 1)[-1]

    @property
    def primaries(self) -> list[Method]:
        """One method per operation (aliases left out), for the imports."""
        return [m for m in self.methods if m.alias_of is None]

    def class_name(self, group: str, is_async: bool = False, is_raw: bool = False) -> str:
        base = f"{pascal_case(group.replace('.', '_'))}Resource" if group else "Methods"
        return ("Async" if is_async else "") + base + ("WithRawResponse" if is_raw else "")

    def class_names(self) -> list[str]:
        return [
            self.class_name(g, a, r)
            for g in sorted(self.groups)
            for a in (False, True)
            for r in (False, True)
        ]

    def for_endpoint(self, method: str, path: str) -> Method:
        return next(m for m in self.primaries if m.method == method and m.path == path)


def _pyname(prop: Any) -> str:
    """The generator suffixes ``_`` to names shadowing builtins; keep the natural name."""
    name = text(prop.python_name)
    stripped = name[:-1]
    return stripped if name.endswith("_") and stripped and not keyword.iskeyword(stripped) else name


def _param_doc(hint: dict[str, Any], where: str, prop: Any) -> str:
    return hint["param_docs"].get(f"{where}:{text(prop.name)}") or text(prop.description)


def parameters(endpoint: Any, hint: dict[str, Any]) -> list[Param]:
    """Path, query, header and body-field parameters in wire order, with their placement."""
    sdk = hint["sdk"]
    csv = set(sdk.get("csv") or [])
    positional = set(sdk.get("positional") or [])
    out: list[Param] = []

    def add(name: str, prop: Any, where: str, required: bool, doc: str, is_csv: bool = False) -> None:
        out.append(
            Param(name, arg_type(prop, is_csv), required, where, text(prop.name), doc, name in positional)
        )

    for p in endpoint.path_parameters:
        add(text(p.python_name), p, "path", True, _param_doc(hint, "path", p))
    for p in endpoint.query_parameters:
        required = bool(p.required and p.default is None)
        add(_pyname(p), p, "query", required, _param_doc(hint, "query", p), text(p.name) in csv)
    for p in endpoint.header_parameters:
        name = hint["header_options"].get(text(p.name), text(p.python_name))
        where = "hidden" if any(o.name == name for o in out) else "header"
        add(name, p, where, bool(p.required), _param_doc(hint, "header", p))
    body = endpoint.bodies[0] if endpoint.bodies else None
    if body is not None and isinstance(body.prop, props.ModelProperty):
        for p in body.prop.required_properties + body.prop.optional_properties:
            wire = text(p.name)
            if wire == "scope" and sdk.get("scope") == "body" and isinstance(p, props.ModelProperty):
                for s in p.required_properties + p.optional_properties:
                    add(_pyname(s), s, "scope", False, text(s.description))
                continue
            name = _pyname(p)
            # A body field wins its name over a header filled from a client option (X-Agent-Id ←
            # agent_id): that header then keeps the client's value (with_options changes it).
            out[:] = [
                Param(o.name, o.type, o.required, "hidden", o.wire, o.doc, o.positional)
                if o.name == name and o.where == "header"
                else o
                for o in out
            ]
            required = bool(p.required and p.default is None and not sdk.get("body_arg"))
            add(name, p, "body", required, text(p.description), wire in csv)
    return out


def method_name(endpoint: Any, hint: dict[str, Any]) -> str:
    """``x-sdk.method`` (dotted: group + name), else the operationId (``_``-suffixed if a keyword)."""
    op_id = hint["operation_id"]
    default = f"{op_id}_" if keyword.iskeyword(op_id) else (op_id or text(endpoint.name))
    return hint["sdk"].get("method") or default


def describe(openapi: Any, hints: dict[str, dict[str, Any]], class_name: Any) -> Api:
    """Every facade method of the API (aliases included) and its resource groups."""
    api = Api()
    uses: dict[str, int] = {}
    for hint in hints.values():
        for key in hint.get("reused_params", ()):
            uses[key] = uses.get(key, 0) + 1
    long_shared = {
        key
        for hint in hints.values()
        for key in hint.get("reused_params", ())
        if uses[key] >= SHARED_MIN and len(hint["param_docs"].get(key, "")) > SHARED_LONG
    }
    for tag, collection in sorted(openapi.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            hint = hints[f"{endpoint.method.upper()} {text(endpoint.path)}"]
            sdk = hint["sdk"]
            params = parameters(endpoint, hint)
            body = endpoint.bodies[0] if endpoint.bodies else None
            array = body is not None and isinstance(body.prop, props.ListProperty)
            body_arg = sdk.get("body_arg") or ("body" if array else None)
            if body is None:
                body_arg_type = None
            elif array:
                body_arg_type = arg_type(body.prop, False)
            else:
                body_arg_type = f"{text(body.prop.class_info.name)} | Mapping[str, Any] | None = None"
            primary = method_name(endpoint, hint)
            common = {
                "tag": text(tag),
                "module": text(endpoint.name),
                "params": tuple(params),
                "body": None if body is None else ("array" if array else "object"),
                "body_arg": body_arg if body is not None else None,
                "body_arg_type": body_arg_type if (sdk.get("body_arg") or array) else None,
                "returns": returns(endpoint, hint, class_name),
                "page_item": page_item(endpoint, hint),
                "method": endpoint.method.upper(),
                "path": text(endpoint.path),
                "responses": tuple(
                    (r.status_code.range[0], engine_ref(r, hint))
                    for r in endpoint.responses.patterns
                    if r.status_code.range and r.status_code.range[0] == r.status_code.range[1]
                ),
                "request_model": None if body is None else request_ref(body.prop),
            }
            shared = {
                p.name: " ".join(paragraphs(safe_for_docstring(p.doc)))
                for p in params
                if p.where in ("path", "query", "header") and f"{p.where}:{p.wire}" in long_shared
            }
            doc = docstring(endpoint, hint, params, sdk.get("body_arg"), array, frozenset(shared))
            for dotted in [primary, *(sdk.get("aliases") or [])]:
                group, _, name = dotted.rpartition(".")
                if dotted == primary:
                    api.shared.setdefault(group, {}).update(shared)
                alias_of = None if dotted == primary else primary
                text_ = doc if alias_of is None else f"Alias of ``{primary}``.\n" + " " * 8
                api.methods.append(
                    Method(name=name, group=group, docstring=text_, alias_of=alias_of, **common)
                )
                parts = dotted.split(".")
                for i in range(1, len(parts)):
                    if ".".join(parts[:i]) not in api.groups:
                        api.groups.append(".".join(parts[:i]))
    return api
