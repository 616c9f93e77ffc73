"""The chat page's controls, in Debian's Chromium through Playwright against the real app: stop,
regenerate, edit-and-resend; rename, delete and search conversations; the feedback state; the
filters that match no document.

Stopping needs an answer that takes its time: a second server answers through a scripted
language model (tests/assistant/scripted_llm.py) that streams the start of its reply, then
stalls. Everything else runs on the module's extractive server (fixtures in conftest.py).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.app import create_app
from assistant.conversations import ANY_OWNER, ConversationStore, owner_hash
from assistant.settings import Settings
from tests.assistant.scripted_llm import Reply, ScriptedLLM
from tests.web.harness import ANSWER_TIMEOUT_MS, LiveServer, ask, screenshot

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.browser

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # litellm: no price table download

DEMOLITIONS = "Combien de démolitions prévoyait le programme d'Antony ?"
ANTONY_AMOUNT = "Quel était le montant du projet d'Antony ?"
BAGNEUX_AMOUNT = "Quel était le montant du projet de Bagneux ?"
STALL_S = 3.0
# The model's reply: its cited start streams at once, then it stalls before ending.
STALLING = Reply(
    chunks=["Le programme ", "prévoyait 144 démolitions [1]", ", et "], stall_s=STALL_S
)


def conversations_of(data_dir: Path, page) -> list[dict[str, Any]]:
    """What the server stored for this page's owner token: conversations with their messages."""
    token = page.evaluate("localStorage.getItem('renewal.owner')")
    store = ConversationStore(data_dir / "app.sqlite")
    try:
        return [store.get(c["id"]) for c in store.list(owner=owner_hash(token))]
    finally:
        store.close()


def every_conversation(data_dir: Path) -> list[dict[str, Any]]:
    store = ConversationStore(data_dir / "app.sqlite")
    try:
        return store.list(owner=ANY_OWNER)
    finally:
        store.close()


@pytest.fixture(scope="module")
def llm() -> Iterator[ScriptedLLM]:
    server = ScriptedLLM().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def llm_live(live: LiveServer, llm: ScriptedLLM, tmp_path_factory) -> Iterator[LiveServer]:
    """A server answering through the scripted model, over a copy of the module server's index."""
    import litellm

    litellm.suppress_debug_info = True
    data = tmp_path_factory.mktemp("llm-page") / "data"
    shutil.copytree(
        live.data_dir, data, ignore=shutil.ignore_patterns("app.sqlite*", "ingest.lock")
    )
    settings = Settings(
        corpus_dir=live.data_dir.parent / "corpus", data_dir=data, llm_model="openai/scripted",
        llm_api_base=llm.api_base, llm_timeout_s=30, llm_retries=0, api_key="", threads=1,
    )  # fmt: skip
    server = LiveServer(create_app(settings), data_dir=data).start()
    yield server
    server.stop()


# -- stop ---------------------------------------------------------------------------------------


def test_stop_aborts_the_stream_and_stores_nothing(page, llm_live: LiveServer, llm) -> None:
    llm.script(STALLING)
    page.goto(llm_live.url)
    question = page.get_by_label("Votre question")
    question.fill(DEMOLITIONS)
    question.press("Enter")
    answer = page.locator(".msg-assistant").last
    expect(answer).to_have_attribute("data-state", "streaming", timeout=ANSWER_TIMEOUT_MS)
    expect(answer.locator(".answer-body")).to_contain_text("144 démolitions")
    send = page.get_by_role("button", name="Envoyer la question")
    expect(send).to_be_hidden()
    stopped_at = time.monotonic()
    page.get_by_role("button", name="Arrêter la réponse").click()

    expect(answer).to_have_attribute("data-state", "stopped")
    expect(answer.locator(".stopped-note")).to_have_text(
        "Réponse arrêtée : elle n'a pas été enregistrée."
    )
    expect(send).to_be_visible()
    expect(page.get_by_role("button", name="Arrêter la réponse")).to_be_hidden()
    expect(question).to_have_value(DEMOLITIONS)  # to send again without retyping
    assert "#c=" not in page.url
    screenshot(page, "desktop-stopped-answer.png")

    # The model ends its reply after the stall: a server still answering would store it then.
    time.sleep(max(0.0, STALL_S + 1.5 - (time.monotonic() - stopped_at)))
    assert conversations_of(llm_live.data_dir, page) == []
    assert len(llm.requests) == 1
    expect(page.locator("#conversations-status")).to_have_text(
        "Aucune conversation pour l'instant."
    )

    # The next question starts a conversation of its own, stored whole.
    llm.script(Reply("Le programme prévoyait 144 démolitions [1]."))
    again = ask(page, DEMOLITIONS)
    expect(again.locator(".answer-body")).to_contain_text("144 démolitions")
    (stored,) = conversations_of(llm_live.data_dir, page)
    assert [m["role"] for m in stored["messages"]] == ["user", "assistant"]


def test_stop_on_a_phone(phone, llm_live: LiveServer, llm) -> None:
    llm.script(STALLING)
    phone.goto(llm_live.url)
    phone.get_by_label("Votre question").fill(DEMOLITIONS)
    phone.get_by_label("Votre question").press("Enter")
    answer = phone.locator(".msg-assistant").last
    expect(answer).to_have_attribute("data-state", "streaming", timeout=ANSWER_TIMEOUT_MS)
    stop = phone.get_by_role("button", name="Arrêter la réponse")
    expect(stop).to_be_in_viewport()
    box = stop.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24 and box["x"] + box["width"] <= 390, box
    screenshot(phone, "phone-390x844-streaming.png")
    stop.click()
    expect(answer.locator(".stopped-note")).to_be_visible()
    expect(phone.get_by_role("button", name="Envoyer la question")).to_be_visible()


def test_an_aborted_stream_over_http_stores_nothing(llm_live: LiveServer, llm) -> None:
    """The same without a browser: the client closes the connection after the first words."""
    llm.script(STALLING)
    headers = {"X-Renewal-Owner": "http-abort-owner-000000001"}
    body = {"question": DEMOLITIONS, "stream": True}
    with httpx.stream("POST", f"{llm_live.url}api/chat", json=body, headers=headers,
                      timeout=60) as response:  # fmt: skip
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("event: delta"):
                break
    time.sleep(STALL_S + 1.5)
    store = ConversationStore(llm_live.data_dir / "app.sqlite")
    try:
        assert store.list(owner=owner_hash(headers["X-Renewal-Owner"])) == []
    finally:
        store.close()


def test_stopping_a_new_answer_keeps_the_previous_one(page, llm_live: LiveServer, llm) -> None:
    llm.script(Reply("Le programme prévoyait 144 démolitions [1]."))
    page.goto(llm_live.url)
    first = ask(page, DEMOLITIONS)
    message_id = first.get_attribute("data-message-id")
    llm.script(STALLING)
    first.get_by_role("button", name="Régénérer").click()
    answers = page.locator(".msg-assistant:visible")
    fresh = answers.last
    expect(fresh).to_have_attribute("data-state", "streaming", timeout=ANSWER_TIMEOUT_MS)
    page.get_by_role("button", name="Arrêter la réponse").click()
    expect(fresh.locator(".stopped-note")).to_have_text(
        "Nouvelle réponse arrêtée : la réponse précédente est conservée."
    )
    previous = page.locator(f".msg-assistant[data-message-id='{message_id}']")
    expect(previous).to_be_visible()
    time.sleep(STALL_S + 1.5)
    (stored,) = conversations_of(llm_live.data_dir, page)
    assert [m["id"] for m in stored["messages"] if m["role"] == "assistant"] == [message_id]


# -- regenerate, edit ---------------------------------------------------------------------------


def test_regenerate_and_edit_the_last_turn(page, live: LiveServer) -> None:
    page.goto(live.url)
    first = ask(page, ANTONY_AMOUNT)
    second = ask(page, DEMOLITIONS)
    expect(second.locator(".answer-body")).to_contain_text("144")
    # Only the last turn can be answered again or edited.
    expect(first.get_by_role("button", name="Régénérer")).to_be_hidden()
    expect(second.get_by_role("button", name="Régénérer")).to_be_visible()
    edits = page.get_by_role("button", name="Modifier la question")
    expect(edits).to_have_count(1)
    expect(page.locator(".msg-user").last.get_by_role("button")).to_be_visible()
    old_id = second.get_attribute("data-message-id")

    with page.expect_request("**/regenerate") as sent:
        second.get_by_role("button", name="Régénérer").click()
    assert sent.value.post_data_json == {"stream": True, "filters": {}}
    answers = page.locator(".msg-assistant")
    expect(answers).to_have_count(2)
    latest = answers.last
    expect(latest).to_have_attribute("data-state", "done", timeout=ANSWER_TIMEOUT_MS)
    expect(latest.locator(".answer-body")).to_contain_text("144")
    new_id = latest.get_attribute("data-message-id")
    assert new_id and new_id != old_id
    (stored,) = conversations_of(live.data_dir, page)
    assert [m["id"] for m in stored["messages"] if m["role"] == "assistant"][-1] == new_id
    assert len(stored["messages"]) == 4

    edits.click()
    box = page.get_by_label("Question modifiée")
    expect(box).to_be_focused()
    expect(box).to_have_value(DEMOLITIONS)
    box.press("Escape")  # cancel: nothing changes
    expect(box).to_be_hidden()
    expect(page.locator(".msg-user").last).to_contain_text(DEMOLITIONS)
    edits.click()
    box.fill(BAGNEUX_AMOUNT)
    with page.expect_request("**/regenerate") as sent:
        page.get_by_role("button", name="Renvoyer").click()
    assert sent.value.post_data_json["question"] == BAGNEUX_AMOUNT
    expect(answers).to_have_count(2)
    expect(answers.last).to_have_attribute("data-state", "done", timeout=ANSWER_TIMEOUT_MS)
    expect(answers.last.locator(".answer-body")).to_contain_text("157")
    expect(page.locator(".msg-user").last.locator(".question-text")).to_have_text(BAGNEUX_AMOUNT)
    (stored,) = conversations_of(live.data_dir, page)
    questions = [m["content"] for m in stored["messages"] if m["role"] == "user"]
    assert questions == [ANTONY_AMOUNT, BAGNEUX_AMOUNT] and len(stored["messages"]) == 4

    page.reload()  # the conversation (in the URL) reads back as it was left
    expect(page.locator(".msg-user .question-text")).to_have_text([ANTONY_AMOUNT, BAGNEUX_AMOUNT])
    expect(page.locator(".msg-assistant").last.locator(".answer-body")).to_contain_text("157")


def test_regenerate_after_the_conversation_was_deleted(page, live: LiveServer) -> None:
    page.goto(live.url)
    answer = ask(page, BAGNEUX_AMOUNT)
    (stored,) = conversations_of(live.data_dir, page)
    token = page.evaluate("localStorage.getItem('renewal.owner')")
    # Deleted meanwhile, as from another tab.
    deleted = httpx.delete(f"{live.url}api/conversations/{stored['id']}",
                           headers={"X-Renewal-Owner": token})  # fmt: skip
    assert deleted.status_code == 204

    answer.get_by_role("button", name="Régénérer").click()
    error = page.locator(".msg-assistant .error")
    expect(error).to_contain_text("Cette conversation n'existe plus")
    expect(error).to_contain_text("rien n'a été enregistré")
    expect(answer).to_be_visible()  # what was shown stays on screen
    expect(page.get_by_label("Votre question")).to_have_value(BAGNEUX_AMOUNT)
    expect(page.locator(".regenerate:visible")).to_have_count(0)
    assert conversations_of(live.data_dir, page) == []
    assert "#c=" not in page.url

    # Sent again: a new conversation.
    page.get_by_label("Votre question").press("Enter")
    again = page.locator(".msg-assistant").last
    expect(again).to_have_attribute("data-state", "done", timeout=ANSWER_TIMEOUT_MS)
    (stored_again,) = conversations_of(live.data_dir, page)
    assert stored_again["id"] != stored["id"] and len(stored_again["messages"]) == 2


# -- conversations: search, rename, delete; feedback state -------------------------------------


def test_search_rename_and_delete_conversations(page, live: LiveServer) -> None:
    page.goto(live.url)
    ask(page, ANTONY_AMOUNT)
    page.get_by_role("button", name="Nouvelle conversation").click()
    ask(page, BAGNEUX_AMOUNT)
    items = page.locator("#conversations .conversation")
    expect(items).to_have_count(2)

    search = page.get_by_label("Rechercher dans les conversations")
    search.fill("bagneux")  # case and accents aside
    expect(items).to_have_count(1)
    expect(items.first).to_contain_text(BAGNEUX_AMOUNT)
    search.fill("167")  # found in an answer, not in a title
    expect(items).to_have_count(1)
    expect(items.first).to_contain_text(ANTONY_AMOUNT)
    search.fill("zzz introuvable")
    expect(items).to_have_count(0)
    expect(page.locator("#conversations-status")).to_have_text(
        "Aucune conversation ne contient « zzz introuvable »."
    )
    search.fill("")
    expect(items).to_have_count(2)

    page.get_by_role("button", name=f"Renommer « {BAGNEUX_AMOUNT} »").click()
    title = page.get_by_label("Nouveau titre")
    expect(title).to_be_focused()
    title.fill("Montant à Bagneux")
    title.press("Enter")
    expect(items.filter(has_text="Montant à Bagneux")).to_have_count(1)
    expect(page.get_by_role("button", name="Renommer « Montant à Bagneux »")).to_be_focused()
    titles = {c["title"] for c in conversations_of(live.data_dir, page)}
    assert titles == {"Montant à Bagneux", ANTONY_AMOUNT}
    page.get_by_role("button", name="Renommer « Montant à Bagneux »").click()
    title.fill("Abandonné")
    title.press("Escape")
    expect(items.filter(has_text="Montant à Bagneux")).to_have_count(1)

    # Deleting the open conversation asks first, then empties the page.
    assert "#c=" in page.url
    page.get_by_role("button", name="Supprimer « Montant à Bagneux »").click()
    confirm = page.get_by_role("group", name="Supprimer « Montant à Bagneux » ?")
    expect(confirm).to_be_visible()
    confirm.get_by_role("button", name="Annuler").click()
    expect(items).to_have_count(2)
    page.get_by_role("button", name="Supprimer « Montant à Bagneux »").click()
    confirm.get_by_role("button", name="Supprimer", exact=True).click()
    expect(items).to_have_count(1)
    expect(page.locator("#conversations-status")).to_have_text("Conversation supprimée.")
    expect(page.locator("#welcome")).to_be_visible()
    assert "#c=" not in page.url
    assert [c["title"] for c in conversations_of(live.data_dir, page)] == [ANTONY_AMOUNT]
    screenshot(page, "desktop-conversations.png")


def test_feedback_state_is_shown_again(page, live: LiveServer) -> None:
    page.goto(live.url)
    answer = ask(page, BAGNEUX_AMOUNT)
    useful = answer.get_by_role("button", name="Réponse utile")
    unhelpful = answer.get_by_role("button", name="Réponse pas utile")
    useful.click()
    answer.get_by_role("button", name="Annuler").click()  # not sent: nothing shown as chosen
    expect(useful).to_have_attribute("aria-pressed", "false")
    useful.click()
    answer.get_by_role("button", name="Envoyer l'avis").click()
    expect(answer.locator(".action-status")).to_have_text("Merci pour votre avis.")
    expect(useful).to_have_attribute("aria-pressed", "true")
    expect(unhelpful).to_have_attribute("aria-pressed", "false")

    page.reload()
    shown = page.locator(".msg-assistant").first
    expect(shown.get_by_role("button", name="Réponse utile")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(shown.locator(".action-status")).to_have_text("Avis enregistré : réponse utile.")
    # Changed: the latest rating is the one shown.
    shown.get_by_role("button", name="Réponse pas utile").click()
    shown.get_by_role("button", name="Envoyer l'avis").click()
    expect(shown.locator(".action-status")).to_have_text("Merci pour votre avis.")
    page.reload()
    shown = page.locator(".msg-assistant").first
    expect(shown.get_by_role("button", name="Réponse pas utile")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(shown.get_by_role("button", name="Réponse utile")).to_have_attribute(
        "aria-pressed", "false"
    )


def test_filters_that_match_no_document(page, live: LiveServer) -> None:
    page.goto(live.url)
    page.locator("#filters summary").click()
    page.get_by_label("Type de document").select_option(label="Fiche mission")
    page.get_by_label("Site ou commune").fill("Tokyo")
    answer = ask(page, ANTONY_AMOUNT)
    expect(answer.locator(".badge-refused")).to_be_visible()
    note = answer.locator(".filter-notice")
    expect(note).to_contain_text(
        "Aucun document ne correspond aux filtres choisis "
        "(Type de document : Fiche mission ; Site ou commune : Tokyo)"
    )
    expect(note).to_contain_text("Élargissez ou effacez les filtres")
    page.get_by_label("Votre question").fill("")
    note.get_by_role("button", name="Effacer les filtres et reposer la question").click()
    expect(page.get_by_label("Site ou commune")).to_have_value("")
    expect(page.locator("#filters-count")).to_have_text("")
    expect(page.get_by_label("Votre question")).to_have_value(ANTONY_AMOUNT)
    expect(page.get_by_label("Votre question")).to_be_focused()
    page.get_by_label("Votre question").press("Enter")
    expect(page.locator(".msg-assistant").last.locator(".answer-body")).to_contain_text(
        "167", timeout=ANSWER_TIMEOUT_MS
    )
    expect(page.locator(".msg-assistant").last.locator(".filter-notice")).to_be_hidden()

    page.reload()  # read back, the filters are unknown: the note says what happened
    expect(page.locator(".msg-assistant").first.locator(".filter-notice")).to_have_text(
        "Aucun document ne correspondait aux filtres choisis pour cette question."
    )
    expect(page.locator(".msg-assistant").nth(1).locator(".filter-notice")).to_be_hidden()
