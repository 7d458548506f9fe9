"""Sets a namespace standard. The namespace comes from the path, or from `namespace` /
`standard.namespace` in the body."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SetNamespaceStandardRequest(BaseModel):
    """Sets a namespace standard. The namespace comes from the path, or from `namespace` /
    `standard.namespace` in the body."""

    namespace: str | None = None
    """Target namespace (query-string form)."""

    standard: OpenObject | None = None
    """A JSON object whose shape is not fixed by this document (MCP tool params or output, or a shape
    not determined from the server source)."""

    id: str | None = None
    """Id of the memory that holds the standard."""

    parent: str | None = None
    """Parent namespace for inheritance."""

    governance: GovernancePolicy | None = None
    """A namespace governance policy (core policy; other optional sub-policies are flattened in and
    kept as extra keys)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "namespace": {
            "max_length": 512,
            "pattern": "^\\s*(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+(?:/(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+){0,7}\\s*$",
        },
        "parent": {
            "max_length": 512,
            "pattern": "^\\s*(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+(?:/(?!\\.\\.?(?:/|\\s*$))[^\\s/\\\\\\x00-\\x1f\\x7f-\\x9f]+){0,7}\\s*$",
        },
    }


# Imported last: these models refer back to this one.
from ..models.governance_policy import GovernancePolicy  # noqa: E402
from ..models.open_object import OpenObject  # noqa: E402
