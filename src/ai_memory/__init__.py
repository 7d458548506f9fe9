"""Typed Python client for the ai-memory daemon's HTTP API (``/api/v1``)."""
