"""Conversations, messages and feedback, persisted in SQLite (app.sqlite in the data directory).

Each assistant message keeps its full Answer record (citations included), so a conversation
reopened later renders exactly as it was answered.

Every conversation has an owner: the SHA-256 of the owner token its client sends, never the token
itself. Reads and writes are scoped to one owner, or to ANY_OWNER (the key holder, the CLI).
Retention (an age and a count per owner) is applied when the store opens and on each new
conversation.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
import time
import unicodedata
import uuid
from pathlib import Path
from typing import Any

from index.sqlite_wal import connect_wal
from ingest.errors import RenewalError

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL,
    owner TEXT
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


# The scope of the key holder (and of the CLI): every conversation. An owner is 64 hex digits.
ANY_OWNER = "*"
DAY_S = 86400.0
MAX_TITLE_CHARS = 120
RATINGS = {1: "up", -1: "down"}


def new_owner_token() -> str:
    """A fresh owner token: 32 URL-safe characters (192 random bits)."""
    return secrets.token_urlsafe(24)


def owner_hash(token: str) -> str:
    """What is stored of an owner token. Tokens are long and random, so an unsalted SHA-256
    cannot be reversed: a leaked database leaks no token."""
    return hashlib.sha256(token.encode()).hexdigest()


def fold(text: str | None) -> str:
    """Text as conversation search compares it: case and accents ignored ("État" finds "etat")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def clean_title(title: str) -> str:
    """A title on one line, spaces collapsed, at most MAX_TITLE_CHARS characters."""
    return " ".join(title.split())[:MAX_TITLE_CHARS]


def _scope(owner: str) -> tuple[str, tuple[str, ...]]:
    """The SQL condition on conversations `c` that keeps an owner's only (all for ANY_OWNER)."""
    return ("1", ()) if owner == ANY_OWNER else ("c.owner = ?", (owner,))


class NotFound(RenewalError):
    """An id that names no conversation or message (or one of another owner)."""


class EmptyTitle(RenewalError):
    """A new title with nothing but spaces."""


class ConversationStore:
    """`max_age_days`: conversations not updated for longer are deleted; `max_per_owner`: an
    owner's oldest (by last update) beyond that count are deleted. 0 keeps them all."""

    def __init__(self, path: Path, *, max_age_days: float = 0, max_per_owner: int = 0):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.max_age_days = max_age_days
        self.max_per_owner = max_per_owner
        self._lock = threading.Lock()
        self._conn = connect_wal(path)
        # WAL's own recommendation: a commit is not synced to disk (a turn costs 0.2 ms instead
        # of 1.3 here, under the store's lock); the database stays consistent, and only a power
        # cut, not a crash of the server, can lose the last turns.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.create_function("fold", 1, fold, deterministic=True)
        self._conn.executescript(SCHEMA)
        self._conn.commit()
        self._migrate()
        self.prune()

    def _migrate(self) -> None:
        """Add the owner column to a database from before owners: its conversations keep no
        owner, so only the key holder sees them. Under a write lock, as two servers may start
        on the same database at once."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            columns = {row[1] for row in self._conn.execute("PRAGMA table_info(conversations)")}
            if "owner" not in columns:
                self._conn.execute("ALTER TABLE conversations ADD COLUMN owner TEXT")
            self._conn.execute(
                "CREATE INDEX IF NOT EXISTS conversations_owner ON conversations(owner, updated)"
            )
            self._conn.execute(
                "CREATE INDEX IF NOT EXISTS conversations_updated ON conversations(updated)"
            )
            self._conn.commit()
        except BaseException:
            self._conn.rollback()
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def prune(self, owner: str | None = None) -> int:
        """Apply the retention limits, to every owner or to one; returns how many conversations
        were deleted. Their messages go with them; feedback keeps its copy of question and answer."""
        deleted = 0
        with self._lock:
            if self.max_age_days:
                cutoff = time.time() - self.max_age_days * DAY_S
                deleted += self._conn.execute(
                    "DELETE FROM conversations WHERE updated < ?", (cutoff,)
                ).rowcount
            if self.max_per_owner:
                where, args = ("owner = ?", (owner,)) if owner else ("owner IS NOT NULL", ())
                deleted += self._conn.execute(
                    "DELETE FROM conversations WHERE id IN (SELECT id FROM (SELECT id, ROW_NUMBER() "
                    "OVER (PARTITION BY owner ORDER BY updated DESC, id) AS n FROM conversations "
                    f"WHERE {where}) WHERE n > ?)",
                    (*args, self.max_per_owner),
                ).rowcount
            self._conn.commit()
        if deleted:
            log.info("retention: deleted %d conversation(s)", deleted)
        return deleted

    def create(self, title: str, owner: str | None = None) -> str:
        """A new conversation of `owner` (an owner_hash; None: visible to the key holder only)."""
        conversation_id = uuid.uuid4().hex
        now = time.time()
        with self._lock:
            self._conn.execute(
                "INSERT INTO conversations (id, title, created, updated, owner) VALUES (?, ?, ?, ?, ?)",
                (conversation_id, clean_title(title) or "Conversation", now, now, owner),
            )
            self._conn.commit()
        if owner is not None:
            self.prune(owner)
        return conversation_id

    def exists(self, conversation_id: str, *, owner: str = ANY_OWNER) -> bool:
        where, args = _scope(owner)
        with self._lock:
            row = self._conn.execute(
                f"SELECT 1 FROM conversations c WHERE c.id = ? AND {where}",
                (conversation_id, *args),
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

    def list(
        self, *, owner: str = ANY_OWNER, limit: int = 100, query: str = ""
    ) -> list[dict[str, Any]]:
        """An owner's conversations (every one for ANY_OWNER), the most recently updated first;
        with `query`, only those whose title or a message contains it (case and accents ignored)."""
        where, args = _scope(owner)
        needle = fold(query).strip()
        if needle:
            where += (" AND (instr(fold(c.title), ?) > 0 OR EXISTS (SELECT 1 FROM messages s "
                      "WHERE s.conversation_id = c.id AND instr(fold(s.content), ?) > 0))")  # fmt: skip
            args = (*args, needle, needle)
        with self._lock:
            rows = self._conn.execute(
                "SELECT c.id, c.title, c.created, c.updated, COUNT(m.id) FROM conversations c "
                f"LEFT JOIN messages m ON m.conversation_id = c.id WHERE {where} GROUP BY c.id "
                "ORDER BY c.updated DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        return [_summary_row(r) for r in rows]

    def _summary_of(self, conversation_id: str) -> dict[str, Any]:
        with self._lock:
            row = self._conn.execute(
                "SELECT c.id, c.title, c.created, c.updated, COUNT(m.id) FROM conversations c "
                "LEFT JOIN messages m ON m.conversation_id = c.id WHERE c.id = ? GROUP BY c.id",
                (conversation_id,),
            ).fetchone()
        if row is None:
            raise NotFound(f"no conversation {conversation_id!r}")
        return _summary_row(row)

    def rename(self, conversation_id: str, title: str, *, owner: str = ANY_OWNER) -> dict[str, Any]:
        """Give a conversation a new title (on one line, MAX_TITLE_CHARS at most); its place
        in the list (by last update) does not change. Returns its summary."""
        title = clean_title(title)
        if not title:
            raise EmptyTitle("a conversation's title cannot be empty: send some text")
        where, args = _scope(owner)
        with self._lock:
            cur = self._conn.execute(
                f"UPDATE conversations AS c SET title = ? WHERE c.id = ? AND {where}",
                (title, conversation_id, *args),
            )
            self._conn.commit()
        if cur.rowcount == 0:
            raise NotFound(f"no conversation {conversation_id!r}")
        return self._summary_of(conversation_id)

    def get(self, conversation_id: str, *, owner: str = ANY_OWNER) -> dict[str, Any]:
        where, args = _scope(owner)
        with self._lock:
            conv = self._conn.execute(
                "SELECT c.id, c.title, c.created, c.updated FROM conversations c "
                f"WHERE c.id = ? AND {where}",
                (conversation_id, *args),
            ).fetchone()
            if conv is None:
                raise NotFound(f"no conversation {conversation_id!r}")
            rows = self._conn.execute(
                "SELECT m.id, m.role, m.content, m.query, m.answer, m.created, (SELECT f.rating "
                "FROM feedback f WHERE f.message_id = m.id ORDER BY f.created DESC LIMIT 1) "
                "FROM messages m WHERE m.conversation_id = ? ORDER BY m.created",
                (conversation_id,),
            ).fetchall()
        # `feedback`: the latest rating given to an answer ("up", "down"), None if none.
        messages = [
            {"id": r[0], "role": r[1], "content": r[2], "query": r[3],
             "answer": json.loads(r[4]) if r[4] else None, "created": r[5],
             "feedback": RATINGS.get(r[6])}
            for r in rows
        ]  # fmt: skip
        return {
            "id": conv[0],
            "title": conv[1],
            "created": conv[2],
            "updated": conv[3],
            "messages": messages,
        }

    def delete(self, conversation_id: str, *, owner: str = ANY_OWNER) -> None:
        where, args = _scope(owner)
        with self._lock:
            cur = self._conn.execute(
                f"DELETE FROM conversations AS c WHERE c.id = ? AND {where}",
                (conversation_id, *args),
            )
            self._conn.commit()
        if cur.rowcount == 0:
            raise NotFound(f"no conversation {conversation_id!r}")

    def discard_if_empty(self, conversation_id: str, *, owner: str = ANY_OWNER) -> bool:
        """Delete a conversation that holds no message: one whose first answer was stopped or
        failed (a conversation is created before its first answer is done). True if deleted."""
        where, args = _scope(owner)
        with self._lock:
            cur = self._conn.execute(
                f"DELETE FROM conversations AS c WHERE c.id = ? AND {where} AND NOT EXISTS "
                "(SELECT 1 FROM messages m WHERE m.conversation_id = c.id)",
                (conversation_id, *args),
            )
            self._conn.commit()
        return cur.rowcount > 0

    def last_turn(self, conversation_id: str, *, owner: str = ANY_OWNER) -> dict[str, Any]:
        """The last question of a conversation and the ids of its turn's messages (the question
        and what follows it), to answer it again."""
        where, args = _scope(owner)
        with self._lock:
            conv = self._conn.execute(
                f"SELECT 1 FROM conversations c WHERE c.id = ? AND {where}",
                (conversation_id, *args),
            ).fetchone()
            if conv is None:
                raise NotFound(f"no conversation {conversation_id!r}")
            question = self._conn.execute(
                "SELECT content, created FROM messages WHERE conversation_id = ? AND role = 'user' "
                "ORDER BY created DESC LIMIT 1",
                (conversation_id,),
            ).fetchone()
            if question is None:
                raise NotFound(f"conversation {conversation_id!r} has no question to answer again")
            ids = self._conn.execute(
                "SELECT id FROM messages WHERE conversation_id = ? AND created >= ? ORDER BY created",
                (conversation_id, question[1]),
            ).fetchall()
        return {"question": question[0], "message_ids": [r[0] for r in ids]}

    def delete_messages(
        self, conversation_id: str, message_ids: list[str], *, owner: str = ANY_OWNER
    ) -> int:
        """Delete these messages of a conversation (a turn answered again); returns how many.
        Feedback on them keeps its own copy of the question and answer."""
        where, args = _scope(owner)
        marks = ", ".join("?" * len(message_ids))
        if not message_ids:
            return 0
        with self._lock:
            cur = self._conn.execute(
                f"DELETE FROM messages WHERE id IN ({marks}) AND conversation_id = ? AND "
                f"conversation_id IN (SELECT c.id FROM conversations c WHERE {where})",
                (*message_ids, conversation_id, *args),
            )
            self._conn.commit()
        return cur.rowcount

    def message(self, message_id: str, *, owner: str = ANY_OWNER) -> dict[str, Any]:
        where, args = _scope(owner)
        with self._lock:
            row = self._conn.execute(
                "SELECT m.id, m.conversation_id, m.role, m.content, m.answer FROM messages m "
                f"JOIN conversations c ON c.id = m.conversation_id WHERE m.id = ? AND {where}",
                (message_id, *args),
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

    def add_feedback(
        self, message_id: str, rating: int, comment: str = "", *, owner: str = ANY_OWNER
    ) -> str:
        message = self.message(message_id, owner=owner)
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


def _summary_row(row: tuple[Any, ...]) -> dict[str, Any]:
    return {"id": row[0], "title": row[1], "created": row[2], "updated": row[3], "messages": row[4]}
