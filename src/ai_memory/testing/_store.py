"""The local server's storage: SQLite (stdlib ``sqlite3`` with FTS5)."""

from __future__ import annotations

from ._aux import AuxOps
from ._config import ServerConfig
from ._memories import Ambiguous, MemoryOps

__all__ = ["Ambiguous", "Store"]


class Store(MemoryOps, AuxOps):
    def __init__(self, config: ServerConfig) -> None:
        super().__init__(config)
        self.setup_functions()
