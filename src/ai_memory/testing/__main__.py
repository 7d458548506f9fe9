"""``python -m ai_memory.testing serve [--port 9077] [--db FILE] [--api-key KEY] ...``"""

from __future__ import annotations

import argparse
import sys

from ._config import ServerConfig
from ._server import serve_forever


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ai_memory.testing", description="A local ai-memory (v0.7.0) server on SQLite."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="run the server in the foreground")
    s.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=9077, help="port (default 9077)")
    s.add_argument("--db", default=":memory:", help="SQLite file (default: in memory)")
    s.add_argument("--api-key", default=None, help="require this API key (X-API-Key or ?api_key=)")
    s.add_argument("--admin-agent-ids", default="", help="comma-separated admin allowlist")
    s.add_argument("--allow-loopback-webhooks", action="store_true", help="accept loopback subscriber URLs")
    s.add_argument("--webhook-hmac-secret", default=None, help="server-wide webhook HMAC secret")
    s.add_argument(
        "--visibility",
        choices=("daemon", "owner", "open"),
        default="daemon",
        help="who sees a memory: the daemon's rules (default), only its owner, or everyone",
    )
    s.add_argument("--no-admin-gate", action="store_true", help="let every caller use admin routes")
    s.add_argument(
        "--governance",
        action="append",
        default=[],
        metavar="NS=LEVEL",
        help="e.g. team=approve: writes to namespace 'team' need approval (repeatable)",
    )
    s.add_argument(
        "--embedder",
        choices=("hash",),
        default=None,
        help="a deterministic hashed bag-of-words embedder: hybrid recall (default: keyword tier)",
    )
    s.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    args = parser.parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1") and not args.api_key:
        print("refusing to bind a non-loopback host without --api-key (as the daemon does)", file=sys.stderr)
        return 2
    governance = {}
    for item in args.governance:
        ns, _, level = item.partition("=")
        governance[ns] = {"write": level or "approve"}
    config = ServerConfig(
        host=args.host,
        port=args.port,
        db_path=args.db,
        api_key=args.api_key,
        admin_agent_ids=[a for a in args.admin_agent_ids.split(",") if a],
        allow_loopback_webhooks=args.allow_loopback_webhooks,
        webhook_hmac_secret=args.webhook_hmac_secret,
        visibility=args.visibility,
        enforce_admin=not args.no_admin_gate,
        governance=governance,
        log_level=args.log_level,
        embedder=args.embedder,
    )
    print(f"ai-memory local server on http://{args.host}:{args.port}", file=sys.stderr)
    serve_forever(config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
