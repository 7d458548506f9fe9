"""Body of `POST /api/sdk/v1/memories/edit`. Besides `id`, at least one of `content`, `type`,
`layer`, `tags`, `paths`, `category`, `metadata` (**[H]** also `embeddingModel`) is
required, otherwise `400 INVALID_REQUEST`. Never send null except for `metadata`."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.memory_layer import MemoryLayer
from ..models.memory_type import MemoryType
from ..types import BaseModel


class MemoriesEditRequest(BaseModel):
    """Body of `POST /api/sdk/v1/memories/edit`. Besides `id`, at least one of `content`, `type`,
    `layer`, `tags`, `paths`, `category`, `metadata` (**[H]** also `embeddingModel`) is
    required, otherwise `400 INVALID_REQUEST`. Never send null except for `metadata`."""

    id: str
    """The memory id. Trimmed; 1..64 characters after trimming."""

    content: str | None = None
    """New text. Trimmed; 1..8000 characters after trimming."""

    type: MemoryType | None = None
    """Memory type. Requests accept exactly these five values (default `note` on add). In
    responses the raw stored value is passed through, so rows written by other tools may carry
    other strings; SDK enums are open and keep unknown values."""

    layer: MemoryLayer | None = None
    """Injection layer: `rule` (always-on), `working` (short-lived, expires after the server's
    TTL, 24 h by default) or `long_term`. In responses, a missing or invalid stored layer is
    derived from the type (`rule` → `rule`, otherwise `long_term`)."""

    tags: list[str] | None = None
    """New tags (replace the old ones); up to 50."""

    paths: list[str] | None = None
    """New glob patterns (replace the old ones); up to 100."""

    category: str | None = None
    """New category. Trimmed; 1..120 characters after trimming."""

    metadata: MemoriesEditRequestMetadataType0 | None = None
    """New metadata object, or **null to clear it** (the only request field that accepts null)."""

    embedding_model: str | None = Field(default=None, alias="embeddingModel")
    """**[H] only** (stripped by [S] servers): re-embed with this model. Trimmed; 1..160 characters."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "id": {
            "min_length": 1,
            "max_length": 64,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "content": {
            "min_length": 1,
            "max_length": 8000,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "tags": {
            "max_items": 50,
            "items": {
                "min_length": 1,
                "max_length": 120,
                "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
            },
        },
        "paths": {
            "max_items": 100,
            "items": {
                "min_length": 1,
                "max_length": 300,
                "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
            },
        },
        "category": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "embedding_model": {
            "min_length": 1,
            "max_length": 160,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }


# Imported last: these models refer back to this one.
from ..models.memories_edit_request_metadata_type_0 import (
    MemoriesEditRequestMetadataType0,  # noqa: E402
)
from ..models.scope import Scope  # noqa: E402
