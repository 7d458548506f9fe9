"""An optional deterministic embedder (``ServerConfig(embedder="hash")``, ``serve --embedder hash``):
a hashed bag of words, L2-normalised, so hybrid recall and its ``mode`` can be exercised offline.
Without it the local server is the daemon's keyword tier (recall ``mode`` ``"keyword"``)."""

from __future__ import annotations

import hashlib
import math
import re
from typing import Any

DIMENSIONS = 256
#: The weight of the semantic similarity in a hybrid score (the keyword score keeps the rest).
SEMANTIC_WEIGHT = 0.6
_WORD = re.compile(r"\w+")


def embed(text: str) -> list[float]:
    """The unit vector of ``text``: each lower-cased word adds 1 to a hashed dimension."""
    vec = [0.0] * DIMENSIONS
    for word in _WORD.findall(text.lower()):
        slot = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "big") % DIMENSIONS
        vec[slot] += 1.0
    norm = math.sqrt(sum(x * x for x in vec))
    return [x / norm for x in vec] if norm else vec


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def hybrid(query: str, scored: list[tuple[dict[str, Any], float]]) -> list[tuple[dict[str, Any], float]]:
    """Blend the keyword score (normalised to the best hit) with the semantic similarity, re-ranked."""
    if not scored:
        return scored
    q = embed(query)
    top = max(abs(score) for _, score in scored) or 1.0
    blended = [
        (
            mem,
            (1 - SEMANTIC_WEIGHT) * score / top
            + SEMANTIC_WEIGHT * cosine(q, embed(f"{mem['title']} {mem['content']}")),
        )
        for mem, score in scored
    ]
    return sorted(blended, key=lambda pair: pair[1], reverse=True)
