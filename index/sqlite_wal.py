"""SQLite connections in WAL mode, safe to open from several processes starting at once."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


def connect_wal(path: Path, attempts: int = 50) -> sqlite3.Connection:
    """A connection in WAL mode. Switching the journal needs a moment of exclusive access, so two
    server workers starting together on a new database retry instead of failing."""
    conn = sqlite3.connect(path, check_same_thread=False, timeout=30)
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return conn
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                conn.close()
                raise
            time.sleep(0.05 * (attempt + 1))
    return conn
