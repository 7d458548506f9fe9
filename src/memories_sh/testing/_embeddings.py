"""The deterministic embedding stand-in and the embedding-model catalog (``sdk-embeddings/models.ts``).

The service embeds through an AI gateway; the local server replaces the model with a hashed
bag-of-words: each token (lower-cased, light suffix stripping) and each of its character trigrams is
hashed (BLAKE2b) into one of :data:`DIMENSIONS` signed buckets; the vector is L2-normalised. Texts
sharing words or word stems get a positive cosine similarity, unrelated texts ~0, and the same text
always gets the same vector, so ``semantic``/``hybrid`` retrieval is reproducible in tests.
"""

from __future__ import annotations

import hashlib
import math
import re
from typing import Any

from ._common import ApiError

DIMENSIONS = 256
DEFAULT_MODEL_ID = "openai/text-embedding-3-small"
SEMANTIC_MIN_SCORE = 0.12
_TOKEN = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s")

CATALOG: list[dict[str, Any]] = [
    {
        "id": model_id,
        "name": name,
        "provider": model_id.split("/")[0],
        "description": "Local deterministic stand-in (hashed bag-of-words); no network call.",
        "contextWindow": 8192,
        "pricing": {"input": price},
        "inputCostUsdPerToken": float(price),
        "tags": ["embedding", "local-stand-in"],
    }
    for model_id, name, price in (
        ("openai/text-embedding-3-small", "text-embedding-3-small", "0.00000002"),
        ("openai/text-embedding-3-large", "text-embedding-3-large", "0.00000013"),
        ("google/text-embedding-005", "text-embedding-005", "0.000000025"),
    )
]
MODEL_IDS = [m["id"] for m in CATALOG]


def _stem(token: str) -> str:
    for suffix in _SUFFIXES:
        if len(token) > len(suffix) + 2 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def _features(text: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    for token in _TOKEN.findall(text.lower()):
        stem = _stem(token)
        out.append(("w:" + stem, 1.0))
        padded = f"#{stem}#"
        out.extend(("c:" + padded[i : i + 3], 0.35) for i in range(max(0, len(padded) - 2)))
    return out


def embed(text: str, model_id: str = DEFAULT_MODEL_ID) -> list[float]:
    """The stand-in embedding of ``text`` (unit length, or all zeros for a text without tokens)."""
    vector = [0.0] * DIMENSIONS
    for feature, weight in _features(text):
        digest = hashlib.blake2b(f"{model_id}|{feature}".encode(), digest_size=8).digest()
        index = int.from_bytes(digest[:4], "little") % DIMENSIONS
        vector[index] += weight if digest[4] & 1 else -weight
    norm = math.sqrt(sum(v * v for v in vector))
    return [v / norm for v in vector] if norm else vector


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=False))


def estimate_tokens(text: str) -> int:
    """The service's char estimate when no tokenizer is available: ceil(chars / 4)."""
    return max(1, math.ceil(len(text) / 4))


def _invalid(code: str, message: str, details: dict[str, Any]) -> ApiError:
    return ApiError("validation_error", code, message, 400, details=details, rpc_code=-32602)


def select_model(
    requested: str | None, tenant_metadata: dict[str, Any] | None, project_id: str | None
) -> dict[str, Any]:
    """``resolveSdkEmbeddingModelSelection``: request > project override > tenant default > system."""
    meta = tenant_metadata or {}
    allow_raw = meta.get("embeddingModelAllowlist")
    allow = (
        [m for m in allow_raw if m in MODEL_IDS] if isinstance(allow_raw, list) and allow_raw else MODEL_IDS
    )
    if not allow:
        raise _invalid(
            "EMBEDDING_MODEL_ALLOWLIST_EMPTY",
            "No allowed embedding models are currently available in AI Gateway",
            {"allowlist": allow_raw},
        )
    overrides = meta.get("projectEmbeddingModels")
    project_model = overrides.get(project_id) if isinstance(overrides, dict) and project_id else None
    tenant_model = meta.get("defaultEmbeddingModel")
    base = {
        "workspaceDefaultModelId": None,
        "projectOverrideModelId": project_model if isinstance(project_model, str) else None,
        "allowlistModelIds": allow,
    }
    if requested:
        if requested not in MODEL_IDS:
            raise _invalid(
                "UNSUPPORTED_EMBEDDING_MODEL",
                "Unsupported embedding model",
                {"requestedModelId": requested, "availableModelIds": MODEL_IDS},
            )
        if requested not in allow:
            raise _invalid(
                "EMBEDDING_MODEL_NOT_ALLOWED",
                "Embedding model is not allowed for this workspace",
                {"requestedModelId": requested, "allowlistModelIds": allow},
            )
        return {"selectedModelId": requested, "source": "request", **base}
    if isinstance(project_model, str) and project_model in allow:
        return {"selectedModelId": project_model, "source": "project", **base}
    if isinstance(tenant_model, str) and tenant_model in allow:
        return {"selectedModelId": tenant_model, "source": "workspace", **base}
    selected = DEFAULT_MODEL_ID if DEFAULT_MODEL_ID in allow else allow[0]
    return {"selectedModelId": selected, "source": "system_default", **base}
