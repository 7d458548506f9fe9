"""``python -m memories_sh.testing serve [--port 3030] [--db DIR_OR_FILE] [--key mem_…] [--host …]``."""

from __future__ import annotations

import argparse
import sys

from ._auth import KEY_RE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m memories_sh.testing", description="Run a local memories.sh server (SQLite)."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve /api/sdk/v1 and /api/mcp")
    serve.add_argument("--port", type=int, default=3030, help="port (default 3030)")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    serve.add_argument(
        "--db",
        default=None,
        help="directory (one SQLite file per tenant) or workspace DB file; default: a temporary directory",
    )
    serve.add_argument(
        "--api-key",
        "--key",
        dest="key",
        action="append",
        default=[],
        help="accepted mem_ key (repeatable); one is generated and printed if absent",
    )
    serve.add_argument(
        "--rate-limit",
        type=int,
        default=120,
        help="the service's limiter: requests per 60 s per key (default 120, as the service; 0 disables)",
    )
    serve.add_argument(
        "--no-auto-provision",
        action="store_true",
        help="unknown tenantId -> 404 TENANT_DATABASE_NOT_CONFIGURED",
    )
    args = parser.parse_args(argv)
    for key in args.key:
        if not KEY_RE.match(key):
            parser.error(f"--key must match ^mem_[a-f0-9]{{64}}$: {key!r}")

    import uvicorn

    from ._app import State, create_app
    from ._config import ServerConfig

    config = ServerConfig(
        keys=list(args.key),
        db=args.db,
        rate_limit=args.rate_limit or None,
        auto_provision_tenants=not args.no_auto_provision,
    )
    state = State(config)
    print(f"memories.sh local server on http://{args.host}:{args.port}", flush=True)
    print(f"MEMORIES_BASE_URL=http://{args.host}:{args.port}", flush=True)
    print(f"MEMORIES_API_KEY={config.api_key}", flush=True)
    print(
        f"management: cookie {config.session_cookie_name}={config.session_cookie_value} "
        "(management/keys; the other management routes also take the API key)",
        flush=True,
    )
    try:
        # open MCP SSE streams would otherwise hold a Ctrl-C shutdown forever
        uvicorn.run(
            create_app(state=state),
            host=args.host,
            port=args.port,
            log_level="warning",
            timeout_graceful_shutdown=2,
        )
    finally:
        state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
