"""Generated from the ai-memory daemon HTTP API OpenAPI spec, version 0.7.0. Do not edit: run scripts/generate."""
