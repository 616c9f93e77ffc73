"""A conversation survives a restart: a new app on the same data dir continues it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from assistant.app import create_app
from assistant.settings import Settings

ANTONY_AMOUNT = "Quel était le montant du projet d'Antony ?"
OWNER = {"X-Renewal-Owner": "restart-owner-token-0001"}  # the same client before and after


def test_follow_up_after_restart(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings), headers=OWNER) as client:
        first = client.post("/api/chat", json={"question": ANTONY_AMOUNT}).json()
        assert "167 millions" in first["answer"] and first["citations"]
        conversation_id = first["conversation_id"]

    # A new process would see only what is on disk: a new app, new stores, same data dir.
    with TestClient(create_app(app_settings), headers=OWNER) as client:
        response = client.post(
            "/api/chat", json={"question": "Et à Bagneux ?", "conversation_id": conversation_id}
        )
        assert response.status_code == 200, response.text
        second = response.json()
        assert second["conversation_id"] == conversation_id
        assert "Bagneux" in second["query"] and "Antony" not in second["query"]
        assert not second["refused"]
        assert "157 M€" in second["answer"] and "167" not in second["answer"]
        assert any("157 M€" in c["quote"] and "bagneux" in c["doc_id"] for c in second["citations"])

        conversation = client.get(f"/api/conversations/{conversation_id}").json()
    messages = conversation["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert [m["content"] for m in messages[::2]] == [ANTONY_AMOUNT, "Et à Bagneux ?"]
    assert messages[2]["query"] == second["query"]
    assert messages[1]["answer"]["citations"] == first["citations"]
    assert messages[3]["answer"]["citations"] == second["citations"]
    assert messages[3]["content"] == second["answer"]
    assert messages[3]["id"] == second["message_id"]
