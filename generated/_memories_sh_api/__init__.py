"""Generated from the memories.sh SDK HTTP API OpenAPI spec, version 2026-02-11. Do not edit: run scripts/generate."""
