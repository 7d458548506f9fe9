"""Find the OpenAPI spec an installed SDK version was generated from.

A wheel ships each spec inside its API package (``pyproject.toml`` force-includes
``specs/ai-memory.openapi.yaml`` as ``ai_memory/ai-memory.openapi.yaml``); a checkout or an
editable install finds it in the repository's ``specs/``. Only the standard library is imported.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

__all__ = ["spec_path"]


def spec_path(package_name: str, filename: str) -> Path:
    """The path of the spec ``filename`` of ``package_name`` (e.g. ``"ai_memory"``,
    ``"ai-memory.openapi.yaml"``): next to the package when installed from a wheel, else
    ``<repository>/specs/<filename>`` for a checkout. Raises ``FileNotFoundError`` when neither
    exists (a broken install)."""
    spec = importlib.util.find_spec(package_name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{package_name} is not an installed package")
    tried: list[Path] = []
    for location in spec.submodule_search_locations:
        package_dir = Path(location)
        shipped = package_dir / filename
        # A checkout: <repository>/src/<package>/ beside <repository>/specs/.
        checkout = package_dir.parent.parent / "specs" / filename
        for candidate in (shipped, checkout):
            if candidate.is_file():
                return candidate
            tried.append(candidate)
    raise FileNotFoundError(f"the spec {filename} of {package_name} is missing (looked at {tried})")
