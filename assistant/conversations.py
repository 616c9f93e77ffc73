"""Conversations, messages and feedback, persisted in SQLite (app.sqlite in the data directory).

Each assistant message keeps its full Answer record (citations included), so a conversation
reopened later renders exactly as it was answered.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from index.sqlite_wal import connect_wal
from ingest.errors import RenewalError

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL, content TEXT NOT NULL, query TEXT, answer TEXT, created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_conversation ON messages(conversation_id, created);
CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY, message_id TEXT NOT NULL, conversation_id TEXT,
    rating INTEGER NOT NULL, comment TEXT NOT NULL DEFAULT '', question TEXT NOT NULL DEFAULT '',
    answer TEXT, created REAL NOT NULL
);
"""


class NotFound(RenewalError):
    """An id that names no conversation or message."""


class ConversationStore:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._conn = connect_wal(path)
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.executescript(SCHEMA)
        self._conn.commit()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def create(self, title: str) -> str:
        conversation_id = uuid.uuid4().hex
        now = time.time()
        with self._lock:
            self._conn.execute(
                "INSERT INTO conversations VALUES (?, ?, ?, ?)",
                (conversation_id, title.strip()[:120] or "Conversation", now, now),
            )
            self._conn.commit()
        return conversation_id

    def exists(self, conversation_id: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
        return row is not None

    def add_message(self, conversation_id: str, role: str, content: str, *,
                    query: str | None = None, answer: dict[str, Any] | None = None) -> str:  # fmt: skip
        message_id = uuid.uuid4().hex
        now = time.time()
        with self._lock:
            self._conn.execute(
                "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)",
                (message_id, conversation_id, role, content, query,
                 json.dumps(answer, ensure_ascii=False) if answer is not None else None, now),
            )  # fmt: skip
            self._conn.execute(
                "UPDATE conversations SET updated = ? WHERE id = ?", (now, conversation_id)
            )
            self._conn.commit()
        return message_id

    def history(self, conversation_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """Recent turns, oldest first: role, content and (for the user) the standalone query."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT role, content, query FROM messages WHERE conversation_id = ? "
                "ORDER BY created DESC LIMIT ?",
                (conversation_id, limit),
            ).fetchall()
        return [{"role": r[0], "content": r[1], "query": r[2]} for r in reversed(rows)]

    def list(self, limit: int = 100) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT c.id, c.title, c.created, c.updated, COUNT(m.id) FROM conversations c "
                "LEFT JOIN messages m ON m.conversation_id = c.id GROUP BY c.id "
                "ORDER BY c.updated DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            {"id": r[0], "title": r[1], "created": r[2], "updated": r[3], "messages": r[4]}
            for r in rows
        ]

    def get(self, conversation_id: str) -> dict[str, Any]:
        with self._lock:
            conv = self._conn.execute(
                "SELECT id, title, created, updated FROM conversations WHERE id = ?",
                (conversation_id,),
            ).fetchone()
            if conv is None:
                raise NotFound(f"no conversation {conversation_id!r}")
            rows = self._conn.execute(
                "SELECT id, role, content, query, answer, created FROM messages "
                "WHERE conversation_id = ? ORDER BY created",
                (conversation_id,),
            ).fetchall()
        messages = [
            {"id": r[0], "role": r[1], "content": r[2], "query": r[3],
             "answer": json.loads(r[4]) if r[4] else None, "created": r[5]}
            for r in rows
        ]  # fmt: skip
        return {
            "id": conv[0],
            "title": conv[1],
            "created": conv[2],
            "updated": conv[3],
            "messages": messages,
        }

    def delete(self, conversation_id: str) -> None:
        with self._lock:
            cur = self._conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            self._conn.commit()
        if cur.rowcount == 0:
            raise NotFound(f"no conversation {conversation_id!r}")

    def message(self, message_id: str) -> dict[str, Any]:
        with self._lock:
            row = self._conn.execute(
                "SELECT id, conversation_id, role, content, answer FROM messages WHERE id = ?",
                (message_id,),
            ).fetchone()
            if row is None:
                raise NotFound(f"no message {message_id!r}")
            question = self._conn.execute(
                "SELECT content FROM messages WHERE conversation_id = ? AND role = 'user' AND "
                "created <= (SELECT created FROM messages WHERE id = ?) ORDER BY created DESC LIMIT 1",
                (row[1], message_id),
            ).fetchone()
        return {"id": row[0], "conversation_id": row[1], "role": row[2], "content": row[3],
                "answer": json.loads(row[4]) if row[4] else None,
                "question": question[0] if question else ""}  # fmt: skip

    def add_feedback(self, message_id: str, rating: int, comment: str = "") -> str:
        message = self.message(message_id)
        feedback_id = uuid.uuid4().hex
        with self._lock:
            self._conn.execute(
                "INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (feedback_id, message_id, message["conversation_id"], rating, comment,
                 message["question"], json.dumps(message["answer"], ensure_ascii=False), time.time()),
            )  # fmt: skip
            self._conn.commit()
        return feedback_id

    def feedback(self, rating: int | None = None) -> list[dict[str, Any]]:
        query = "SELECT id, message_id, conversation_id, rating, comment, question, answer, created FROM feedback"
        args: tuple[Any, ...] = ()
        if rating is not None:
            query += " WHERE rating = ?"
            args = (rating,)
        with self._lock:
            rows = self._conn.execute(query + " ORDER BY created", args).fetchall()
        return [
            {"id": r[0], "message_id": r[1], "conversation_id": r[2], "rating": r[3], "comment": r[4],
             "question": r[5], "answer": json.loads(r[6]) if r[6] else None, "created": r[7]}
            for r in rows
        ]  # fmt: skip
