"""Two server workers starting at once on a new data dir: opening a store waits for the other's
lock instead of failing with "database is locked"."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from assistant.conversations import ConversationStore
from index.sqlite_wal import connect_wal


def _held_exclusively(path: Path, seconds: float) -> threading.Thread:
    """Another process's connection holding the database's exclusive lock for a while."""
    other = sqlite3.connect(path, check_same_thread=False)
    other.execute("CREATE TABLE IF NOT EXISTS t (x)")
    other.commit()
    other.execute("BEGIN EXCLUSIVE")

    def release() -> None:
        other.rollback()
        other.close()

    timer = threading.Timer(seconds, release)
    timer.start()
    return timer


def test_switching_to_wal_while_another_connection_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite"
    timer = _held_exclusively(path, 0.4)
    conn = connect_wal(path)
    assert timer.finished.is_set()  # it waited for the other connection instead of failing
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    timer.join()


def test_conversation_store_opens_while_another_worker_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite"
    timer = _held_exclusively(path, 0.3)
    store = ConversationStore(path)
    timer.join()
    store.create("ok")
    assert [c["title"] for c in store.list()] == ["ok"]
