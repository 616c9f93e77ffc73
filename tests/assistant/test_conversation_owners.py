"""Conversations have an owner, and a retention: over HTTP, through the real app and index.

Owner A's conversation is out of owner B's reach (listing, reading, continuing, deleting,
rating: a 404, as for an id that does not exist); the API key holder reads every one; a client
that sends no owner token gets one back; old and surplus conversations are deleted; a database
from before owners is migrated.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant.app import create_app
from tests.assistant.conftest import make_settings

A = {"X-Renewal-Owner": "owner-a-token-0000000001"}
B = {"X-Renewal-Owner": "owner-b-token-0000000002"}
KEY = "owners-key-7d2e0c9b"
ADMIN = {"Authorization": f"Bearer {KEY}"}
DEMOLITIONS = "Combien de démolitions prévoyait le programme d'Antony ?"
BAGNEUX = "Quel était le montant du projet de Bagneux ?"
TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")
DAY = 86400


def ask(
    client: TestClient, question: str, headers: dict[str, str] | None = None, **body: Any
) -> dict[str, Any]:
    response = client.post("/api/chat", json={"question": question, **body}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def listed(client: TestClient, headers: dict[str, str] | None = None, **params: str) -> list[str]:
    response = client.get("/api/conversations", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return [c["id"] for c in response.json()]


@contextmanager
def db(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The app's database, as another process sees it (committed and closed on exit)."""
    conn = sqlite3.connect(data_dir / "app.sqlite")
    try:
        with conn:
            yield conn
    finally:
        conn.close()


@pytest.fixture
def own_data(tmp_path: Path, corpus_index) -> Path:
    """A data dir of its own: a copy of the shipped corpus's index, no conversations yet."""
    target = tmp_path / "data"
    shutil.copytree(corpus_index[0], target, ignore=shutil.ignore_patterns("app.sqlite*"))
    return target


@pytest.fixture(scope="module")
def keyed(data_copy: Path) -> Iterator[TestClient]:
    """The app with RENEWAL_API_KEY set and reads open (the default)."""
    with TestClient(create_app(make_settings(data_copy, api_key=KEY), build_index=False)) as c:
        yield c


# -- owners ---------------------------------------------------------------------------------------


def test_another_owner_cannot_list_read_continue_delete_or_rate(client: TestClient) -> None:
    first = ask(client, DEMOLITIONS, A)
    conversation_id, message_id = first["conversation_id"], first["message_id"]
    assert first["owner_token"] is None  # A sent its token: nothing issued
    assert conversation_id in listed(client, A)
    assert conversation_id not in listed(client, B)
    assert listed(client) == []  # no token: no conversation

    unknown = client.get("/api/conversations/0123456789abcdef").json()["detail"]
    for headers in (B, None):
        read = client.get(f"/api/conversations/{conversation_id}", headers=headers)
        assert read.status_code == 404  # not 403: another owner's conversation does not exist
        assert read.json()["detail"] == unknown.replace("0123456789abcdef", conversation_id)
        for stream in (False, True):
            appended = client.post(
                "/api/chat",
                headers=headers,
                json={
                    "question": "et le montant ?",
                    "conversation_id": conversation_id,
                    "stream": stream,
                },
            )
            assert appended.status_code == 404, appended.text
        rated = client.post(
            "/api/feedback",
            headers=headers,
            json={"message_id": message_id, "rating": "down", "comment": "B"},
        )
        assert rated.status_code == 404 and message_id in rated.json()["detail"]
        assert (
            client.delete(f"/api/conversations/{conversation_id}", headers=headers).status_code
            == 404
        )
    store = client.app.state.conversations  # type: ignore[attr-defined]
    assert not [f for f in store.feedback() if f["message_id"] == message_id]

    # Every owner's list is for the key holder only, and this server has no key.
    everyone = client.get("/api/conversations", params={"all": "true"}, headers=A)
    assert everyone.status_code == 403 and "RENEWAL_API_KEY" in everyone.json()["detail"]

    # A's conversation is untouched, and A still continues, rates and deletes it.
    assert (
        len(client.get(f"/api/conversations/{conversation_id}", headers=A).json()["messages"]) == 2
    )
    second = ask(client, "et le montant ?", A, conversation_id=conversation_id)
    assert second["conversation_id"] == conversation_id and "167" in second["answer"]
    rated = client.post("/api/feedback", headers=A, json={"message_id": message_id, "rating": "up"})
    assert rated.status_code == 200
    assert client.delete(f"/api/conversations/{conversation_id}", headers=A).status_code == 204
    assert conversation_id not in listed(client, A)


def test_the_key_holder_reads_every_conversation(keyed: TestClient) -> None:
    mine = ask(keyed, DEMOLITIONS, A)  # reads stay open: no key needed to ask
    conversation_id = mine["conversation_id"]
    assert conversation_id not in listed(keyed, B)

    assert conversation_id in listed(keyed, ADMIN, all="true")
    assert conversation_id in listed(keyed, {"X-API-Key": KEY, **B}, all="true")
    assert conversation_id not in listed(keyed, {**ADMIN, **B})  # without all=true: its own
    read = keyed.get(f"/api/conversations/{conversation_id}", headers=ADMIN)
    assert read.status_code == 200 and read.json()["messages"][1]["id"] == mine["message_id"]
    for headers in (A, {"Authorization": "Bearer wrong", **A}):
        refused = keyed.get("/api/conversations", params={"all": "true"}, headers=headers)
        assert refused.status_code == 401 and KEY not in refused.text
    assert keyed.get(f"/api/conversations/{conversation_id}", headers=B).status_code == 404

    # The key holder reads, rates and deletes any conversation, but appends only to its own.
    appended = keyed.post(
        "/api/chat",
        headers={**ADMIN, **B},
        json={"question": "et le montant ?", "conversation_id": conversation_id},
    )
    assert appended.status_code == 404
    rating = {"message_id": mine["message_id"], "rating": "down"}
    assert keyed.post("/api/feedback", headers=A, json=rating).status_code == 401  # needs the key
    assert keyed.post("/api/feedback", headers=ADMIN, json=rating).status_code == 200
    assert keyed.delete(f"/api/conversations/{conversation_id}", headers=ADMIN).status_code == 204
    assert keyed.get(f"/api/conversations/{conversation_id}", headers=A).status_code == 404


def test_a_client_without_a_token_gets_one_and_keeps_it(client: TestClient) -> None:
    response = client.post("/api/chat", json={"question": DEMOLITIONS})
    assert response.status_code == 200
    token = response.headers["x-renewal-owner"]
    first = response.json()
    assert TOKEN.match(token) and first["owner_token"] == token
    owner = {"X-Renewal-Owner": token}
    assert listed(client, owner) == [first["conversation_id"]]

    follow_up = client.post(
        "/api/chat",
        headers=owner,
        json={"question": "et le montant ?", "conversation_id": first["conversation_id"]},
    )
    assert follow_up.status_code == 200 and "x-renewal-owner" not in follow_up.headers
    assert follow_up.json()["owner_token"] is None
    assert follow_up.json()["conversation_id"] == first["conversation_id"]

    streamed = client.post("/api/chat", json={"question": BAGNEUX, "stream": True})
    other = streamed.headers["x-renewal-owner"]
    done = [line for line in streamed.text.split("\n\n") if line.startswith("event: done")]
    assert f'"owner_token": "{other}"' in done[0] and other != token
    assert listed(client, owner) == [first["conversation_id"]]  # two callers, two owners
    assert len(listed(client, {"X-Renewal-Owner": other})) == 1

    # The database keeps the token's hash only: neither the answer records nor the file hold it.
    conversation = client.get(f"/api/conversations/{first['conversation_id']}", headers=owner)
    assert all("owner_token" not in (m["answer"] or {}) for m in conversation.json()["messages"])
    store = client.app.state.conversations  # type: ignore[attr-defined]
    with db(store.path.parent) as conn:
        (stored,) = conn.execute(
            "SELECT owner FROM conversations WHERE id = ?", (first["conversation_id"],)
        ).fetchone()
        dump = "\n".join(conn.iterdump())
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    assert token not in dump and other not in dump


def test_openai_completions_are_stored_for_their_owner(client: TestClient) -> None:
    body = {"messages": [{"role": "user", "content": BAGNEUX}]}
    before = set(listed(client, B))
    response = client.post("/v1/chat/completions", json=body, headers=B)
    assert response.status_code == 200 and "x-renewal-owner" not in response.headers
    (new,) = set(listed(client, B)) - before
    assert new not in listed(client, A)
    assert client.get(f"/api/conversations/{new}", headers=A).status_code == 404

    for stream in (False, True):
        response = client.post("/v1/chat/completions", json={**body, "stream": stream})
        assert response.status_code == 200
        issued = {"X-Renewal-Owner": response.headers["x-renewal-owner"]}
        (conversation,) = client.get("/api/conversations", headers=issued).json()
        assert conversation["title"] == BAGNEUX and conversation["messages"] == 2


@pytest.mark.parametrize(
    "token", ["short", "x" * 129, "has spaces in it, sixteen+", "dots.are.not.allowed.here"]
)
def test_a_malformed_owner_token_is_a_422(client: TestClient, token: str) -> None:
    headers = {"X-Renewal-Owner": token}
    chat = client.post("/api/chat", json={"question": DEMOLITIONS}, headers=headers)
    assert chat.status_code == 422 and "x-renewal-owner" in chat.text
    assert client.get("/api/conversations", headers=headers).status_code == 422
    assert (
        client.post(
            "/v1/chat/completions",
            headers=headers,
            json={"messages": [{"role": "user", "content": "Antony ?"}]},
        ).status_code
        == 422
    )


# -- retention ------------------------------------------------------------------------------------


def test_retention_keeps_the_newest_conversations_of_each_owner(own_data: Path) -> None:
    settings = make_settings(own_data, conversation_max_per_owner=2)
    with TestClient(create_app(settings, build_index=False)) as client:
        b_only = ask(client, BAGNEUX, B)["conversation_id"]
        oldest = ask(client, DEMOLITIONS, A)
        rated = client.post(
            "/api/feedback", headers=A, json={"message_id": oldest["message_id"], "rating": "down"}
        )
        assert rated.status_code == 200
        middle = ask(client, BAGNEUX, A)["conversation_id"]
        newest = ask(client, "Quels étaient les enjeux de la clôture à Antony ?", A)[
            "conversation_id"
        ]
        assert listed(client, A) == [newest, middle]  # the oldest went when the third came
        assert listed(client, B) == [b_only]  # a count per owner
        gone = client.get(f"/api/conversations/{oldest['conversation_id']}", headers=A)
        assert gone.status_code == 404
    with db(own_data) as conn:
        orphans = conn.execute(
            "SELECT COUNT(*) FROM messages WHERE conversation_id = ?", (oldest["conversation_id"],)
        ).fetchone()
        (feedback,) = conn.execute("SELECT question, answer FROM feedback").fetchall()
    assert orphans == (0,)  # its messages went with it
    assert feedback[0] == DEMOLITIONS and "144" in feedback[1]  # feedback keeps its copies

    # A lower limit applies to what is already stored when the server starts.
    with TestClient(
        create_app(make_settings(own_data, conversation_max_per_owner=1), build_index=False)
    ) as client:
        assert listed(client, A) == [newest] and listed(client, B) == [b_only]


def test_retention_deletes_conversations_idle_for_too_long(own_data: Path) -> None:
    settings = make_settings(own_data, conversation_max_age_days=30)
    with TestClient(create_app(settings, build_index=False)) as client:
        stale = ask(client, DEMOLITIONS, A)
        client.post(
            "/api/feedback", headers=A, json={"message_id": stale["message_id"], "rating": "up"}
        )
        recent = ask(client, BAGNEUX, B)["conversation_id"]
        with db(own_data) as conn:
            conn.execute(
                "UPDATE conversations SET updated = ? WHERE id = ?",
                (time.time() - 31 * DAY, stale["conversation_id"]),
            )
        assert stale["conversation_id"] in listed(client, A)  # not yet: nothing new since
        newer = ask(client, BAGNEUX, A)["conversation_id"]  # a new conversation applies it
        assert listed(client, A) == [newer] and listed(client, B) == [recent]
        with db(own_data) as conn:
            conn.execute(
                "UPDATE conversations SET updated = ? WHERE id = ?",
                (time.time() - 29 * DAY, recent),
            )
            conn.execute(
                "UPDATE conversations SET updated = ? WHERE id = ?", (time.time() - 40 * DAY, newer)
            )
    with db(own_data) as conn:
        assert conn.execute("SELECT COUNT(*) FROM feedback").fetchone() == (1,)

    # Retention off (0) keeps even a 40-day-old conversation; on, a restart applies it.
    forever = make_settings(own_data, conversation_max_age_days=0, conversation_max_per_owner=0)
    with TestClient(create_app(forever, build_index=False)) as client:
        assert listed(client, A) == [newer]
    with TestClient(create_app(settings, build_index=False)) as client:
        assert listed(client, A) == [] and listed(client, B) == [recent]


def test_retention_settings_refuse_negative_values(own_data: Path) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="conversation_max_age_days"):
        make_settings(own_data, conversation_max_age_days=-1)


# -- a database from before owners ----------------------------------------------------------------

OLD_SCHEMA = """
CREATE TABLE conversations (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL
);
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL, content TEXT NOT NULL, query TEXT, answer TEXT, created REAL NOT NULL
);
CREATE TABLE feedback (
    id TEXT PRIMARY KEY, message_id TEXT NOT NULL, conversation_id TEXT,
    rating INTEGER NOT NULL, comment TEXT NOT NULL DEFAULT '', question TEXT NOT NULL DEFAULT '',
    answer TEXT, created REAL NOT NULL
);
"""


def test_a_database_from_before_owners_is_migrated(own_data: Path) -> None:
    now = time.time()
    with db(own_data) as conn:
        conn.executescript(OLD_SCHEMA)
        conn.execute("INSERT INTO conversations VALUES ('old', 'Ancienne', ?, ?)", (now, now))
        conn.execute(
            "INSERT INTO messages VALUES ('m1', 'old', 'user', 'Antony ?', NULL, NULL, ?)", (now,)
        )
        conn.execute(
            "INSERT INTO feedback VALUES ('f1', 'm1', 'old', -1, '', 'Antony ?', NULL, ?)", (now,)
        )
    settings = make_settings(own_data, api_key=KEY)
    for _ in range(2):  # a second start finds the column there
        with TestClient(create_app(settings, build_index=False)) as client:
            assert "old" in listed(client, ADMIN, all="true")
            kept = client.get("/api/conversations/old", headers=ADMIN).json()
            assert [m["content"] for m in kept["messages"]] == ["Antony ?"]
            # Nobody owns it: no client lists, reads or continues it.
            assert "old" not in listed(client, A)
            assert client.get("/api/conversations/old", headers=A).status_code == 404
            continued = client.post(
                "/api/chat", headers=A, json={"question": DEMOLITIONS, "conversation_id": "old"}
            )
            assert continued.status_code == 404
            assert ask(client, DEMOLITIONS, A)["conversation_id"] in listed(client, A)
    with db(own_data) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(conversations)")]
        assert columns.count("owner") == 1
        assert conn.execute("SELECT owner FROM conversations WHERE id = 'old'").fetchone() == (
            None,
        )
        assert conn.execute("SELECT COUNT(*) FROM feedback").fetchone() == (1,)
