"""``python -m memories_sh.testing serve [--port 3030] [--db DIR_OR_FILE] [--key mem_…] [--host …]
[--rate-limit N] [--management-rate-limit N] [--management-strict-rate-limit N]``."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from ._auth import KEY_RE
from ._config import ServerConfig  # stdlib-only

_LIMITS = {  # flag -> ServerConfig field: requests per 60 s; 0 disables
    "--rate-limit": (
        "rate_limit",
        "the service's runtime + MCP limiter: requests per 60 s per key",
    ),
    "--management-rate-limit": (
        "management_rate_limit",
        "management routes (keys; tenant overrides GET/DELETE; …): requests per 60 s per user",
    ),
    "--management-strict-rate-limit": (
        "management_strict_rate_limit",
        "management writes under the service's strict limit (tenant overrides POST): "
        "requests per 60 s per user",
    ),
}


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``python -m memories_sh.testing``."""
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
    defaults = {f.name: f.default for f in dataclasses.fields(ServerConfig)}
    for flag, (name, what) in _LIMITS.items():
        serve.add_argument(
            flag,
            dest=name,
            type=int,
            metavar="N",
            default=defaults[name],
            help=f"{what} (default %(default)s, as the service; 0 disables)",
        )
    serve.add_argument(
        "--no-auto-provision",
        action="store_true",
        help="unknown tenantId -> 404 TENANT_DATABASE_NOT_CONFIGURED",
    )
    return parser


def server_config(args: argparse.Namespace) -> ServerConfig:
    """The server's configuration from parsed ``serve`` arguments."""
    return ServerConfig(
        keys=list(args.key),
        db=args.db,
        auto_provision_tenants=not args.no_auto_provision,
        rate_limit=args.rate_limit or None,
        management_rate_limit=args.management_rate_limit or None,
        management_strict_rate_limit=args.management_strict_rate_limit or None,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for key in args.key:
        if not KEY_RE.match(key):
            parser.error(f"--key must match ^mem_[a-f0-9]{{64}}$: {key!r}")
    config = server_config(args)

    import uvicorn

    from ._app import State, create_app

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
