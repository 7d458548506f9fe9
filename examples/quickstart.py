"""The ai-memory SDK README's quickstart: store a memory, recall it, print the hits.

Runs against a local ai-memory server it starts itself (``ai_memory.testing``, the v0.7.0
daemon's semantics on SQLite), or against a real daemon when ``AI_MEMORY_BASE_URL`` is set
(with ``AI_MEMORY_API_KEY`` if the daemon has a key).

    python examples/quickstart.py

Two things differ from the published README's snippet, because the real daemon requires them:
- an agent identity, and the namespace equal to it: a v0.7.0 daemon keeps memories private to
  their owner and shows a private memory to search/recall only in the owner's own namespace;
- ``on_conflict="merge"``: storing the same title twice answers 409 unless you ask to upsert.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from ai_memory import AiMemoryClient, Tier

AGENT = "ai:quickstart"


@contextlib.contextmanager
def daemon() -> Iterator[str]:
    """The base URL to use: the real daemon's, or a local server's."""
    if os.environ.get("AI_MEMORY_BASE_URL"):
        yield os.environ["AI_MEMORY_BASE_URL"]
        return
    from ai_memory.testing import LocalServer

    with LocalServer() as base_url:
        print(f"(local ai-memory server at {base_url})")
        yield base_url


def main() -> None:
    with daemon() as base_url, AiMemoryClient(base_url=base_url, agent_id=AGENT) as client:
        created = client.store(
            title="BIND9 build notes",
            content="Use --with-openssl=/opt/openssl, disable DoH for the lab.",
            tier=Tier.LONG,
            tags=["dns", "bind9"],
            namespace=AGENT,
            on_conflict="merge",
        )
        print(created["id"])
        hits = client.recall(context="how do I build BIND9?", namespace=AGENT)
        for memory in hits.memories:
            print(memory.title, memory.confidence)


if __name__ == "__main__":
    main()
