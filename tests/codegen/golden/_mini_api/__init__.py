"""Generated from the Mini OpenAPI spec, version 1.0.0. Do not edit: run scripts/generate."""
