"""The memories.sh contract's cURL examples, as Python.

Runs against a local memories.sh server it starts itself (``memories_sh.testing``), or against
the real service when ``MEMORIES_API_KEY`` and ``MEMORIES_BASE_URL`` are both set.

    python examples/memories_quickstart.py
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from memories_sh import MemoriesClient, meta_of


@contextlib.contextmanager
def service() -> Iterator[tuple[str, str]]:
    """The base URL and API key to use: the real service's, or a local server's."""
    if os.environ.get("MEMORIES_API_KEY") and os.environ.get("MEMORIES_BASE_URL"):
        yield os.environ["MEMORIES_BASE_URL"], os.environ["MEMORIES_API_KEY"]
        return
    from memories_sh.testing import run_server

    with run_server() as server:
        print(f"(local memories.sh server at {server.base_url})")
        yield server.base_url, server.api_key


def main() -> None:
    # The contract's scope, set once on the client: every call merges it into its body or query.
    with (
        service() as (base_url, api_key),
        MemoriesClient(
            api_key,
            base_url=base_url,
            tenant_id="acme-prod",
            user_id="user_123",
            project_id="github.com/acme/platform",
        ) as client,
    ):
        # curl …/api/sdk/v1/memories/add \
        #   -d '{"content":"Always run smoke tests before deploy","type":"rule","scope":{…}}'
        added = client.memories.add(content="Always run smoke tests before deploy", type="rule")
        print("added:", added.id, "-", added.message)

        # curl …/api/sdk/v1/context/get -d '{"query":"deployment","scope":{…}}'
        context = client.context.get(query="deployment")
        print("rules:", [rule.content for rule in context.rules])
        meta = meta_of(context)  # the envelope's meta (None for results that carry none)
        print("request id:", meta.request_id if meta else None)

        # curl "…/api/sdk/v1/graph/rollout?tenantId=acme-prod"
        rollout = client.graph.get_rollout(tenant_id="acme-prod")
        print("graph rollout mode:", rollout.rollout.mode.value)
        print("quality gate:", rollout.quality_gate.status.value)


if __name__ == "__main__":
    main()
