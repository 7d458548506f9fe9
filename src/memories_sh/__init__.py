"""Typed Python client for the memories.sh SDK API (``/api/sdk/v1``) and its MCP transport."""
