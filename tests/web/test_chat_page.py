"""The chat page, driven in Debian's Chromium through Playwright against the real app.

One server (real embedder, real index built at first start) serves every test of the module,
over a copy of the shipped corpus plus one hostile document (fixtures in conftest.py).
Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import json

import pytest

from assistant.app import WEB_DIR
from assistant.conversations import ConversationStore
from tests.web.harness import DESKTOP, PHONE, LiveServer, ask, assert_inside, new_page, screenshot

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.browser


def test_answer_streams_with_citations_and_opens_the_cited_passage(page, live: LiveServer) -> None:
    page.goto(live.url)
    answer = ask(page, "what were Antony's closure enjeux?")

    expect(answer.locator(".answer-body")).to_contain_text("Conforter la réussite du PRU")
    seen = page.evaluate("window.__seen")
    assert any(s["thinking"].startswith("Recherche dans le corpus") for s in seen)
    streamed = {s["length"] for s in seen if s["state"] == "streaming"}
    assert len(streamed) >= 2, "the answer should appear piece by piece"
    expect(answer.locator(".badge")).to_have_text("Réponse extractive (sans modèle de langue)")
    first_source = answer.locator(".source-list li").first
    expect(first_source).to_contain_text("Point d'Etape et Plan Stratégique Local d'Antony")
    expect(first_source).to_contain_text("Enjeux de la mission")

    # The [1] that ends the quoted item: that item is the mark, inside its lightly marked passage.
    item = answer.locator(".answer-body li", has_text="Conforter la réussite du PRU")
    cite = item.locator("button.cite[data-n='1']").first
    expect(cite).to_have_accessible_name(
        "Source 1 : Point d'Etape et Plan Stratégique Local d'Antony, Enjeux de la mission"
    )
    cite.click()
    panel = page.locator("#doc-panel")
    expect(panel).to_be_visible()
    mark = panel.locator("mark")
    expect(mark).to_contain_text("Conforter la réussite du PRU")
    expect(panel.locator(".passage mark")).to_have_count(1)
    assert mark.text_content() in item.text_content()
    expect(panel.locator("#doc-meta")).to_contain_text("Antony")
    expect(panel.locator("#doc-meta")).to_contain_text("167 millions € TTC")
    expect(panel.locator("#doc-meta")).to_contain_text("Fiche mission")
    body = panel.locator("#doc-body")
    assert body.evaluate("el => el.scrollTop") > 0, "the panel should scroll to the passage"
    assert_inside(mark.bounding_box(), body.bounding_box())
    screenshot(page, "desktop-1280x800.png")

    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(cite).to_be_focused()


def test_follow_up_feedback_and_reopened_conversation(page, live: LiveServer) -> None:
    page.goto(live.url)
    first = ask(page, "Quel était le montant du projet d'Antony ?")
    expect(first.locator(".answer-body")).to_contain_text("167")
    with page.expect_request("**/api/chat") as sent:
        follow_up = ask(page, "Et à Bagneux ?")
    assert sent.value.post_data_json["conversation_id"]
    expect(follow_up.locator(".answer-body")).to_contain_text("157")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    follow_up.get_by_role("button", name="Copier").click()
    expect(follow_up.locator(".action-status")).to_have_text("Réponse copiée.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "157" in copied
    assert "Sources :\n[1] Point d'Etape de clôture de Bagneux" in copied

    follow_up.get_by_role("button", name="Réponse pas utile").click()
    comment = "Il manque la date de la convention."
    follow_up.get_by_label("Commentaire (facultatif)").fill(comment)
    follow_up.get_by_role("button", name="Envoyer l'avis").click()
    expect(follow_up.locator(".action-status")).to_contain_text("Merci")
    store = ConversationStore(live.data_dir / "app.sqlite")
    try:
        stored = [f for f in store.feedback(rating=-1) if f["comment"] == comment]
    finally:
        store.close()
    assert len(stored) == 1 and "157" in stored[0]["answer"]["answer"]
    assert stored[0]["question"] == "Et à Bagneux ?"

    page.goto(live.url)  # a fresh load: no conversation open
    expect(page.locator(".msg-assistant")).to_have_count(0)
    page.locator(
        "#conversations button", has_text="Quel était le montant du projet d'Antony"
    ).first.click()
    answers = page.locator(".msg-assistant")
    expect(answers).to_have_count(2)
    expect(page.locator(".msg-user")).to_have_count(2)
    expect(answers.nth(0).locator(".answer-body")).to_contain_text("167")
    expect(answers.nth(1).locator(".answer-body")).to_contain_text("157")
    expect(answers.nth(1).locator(".badge")).to_be_visible()
    answers.nth(1).locator(".answer-body li", has_text="157").locator("button.cite").first.click()
    expect(page.locator("#doc-panel mark")).to_contain_text("157 M€")
    expect(page.locator("#doc-title")).to_have_text("Point d'Etape de clôture de Bagneux")


def test_filters_and_http_errors(page, live: LiveServer) -> None:
    page.goto(live.url)
    page.locator("#filters summary").click()
    # Site suggestions come from the index: each document's town, else its own site.
    options = page.locator("#site-options option")
    expect(options.first).to_be_attached()
    values = set(options.evaluate_all("os => os.map(o => o.value)"))
    assert {"Antony", "Bagneux"} <= values, values
    page.get_by_label("Type de document").select_option(label="Fiche mission")
    page.get_by_label("Site ou commune").fill("Bagneux")
    page.get_by_label("Années").fill("2010-2015")
    expect(page.locator("#filters-count")).to_have_text("(3 actifs)")
    with page.expect_request("**/api/chat") as sent:
        answer = ask(page, "Quel était le montant du projet ?")
    assert sent.value.post_data_json["filters"] == {
        "doc_type": "mission_sheet", "site": "Bagneux", "year": "2010-2015",
    }  # fmt: skip
    expect(answer.locator(".answer-body")).to_contain_text("157")

    page.get_by_label("Années").fill("vers 2012")
    page.get_by_label("Votre question").fill("Quel était le montant du projet ?")
    page.get_by_label("Votre question").press("Enter")
    expect(page.locator("#filter-year-error")).to_contain_text("2010-2015")
    expect(page.locator(".msg-assistant")).to_have_count(1)

    page.get_by_role("button", name="Effacer les filtres").click()
    question = page.get_by_label("Votre question")
    question.fill("Première ligne")
    question.press("Shift+Enter")
    question.type("seconde ligne")
    expect(question).to_have_value("Première ligne\nseconde ligne")
    expect(page.locator(".msg-assistant")).to_have_count(1)
    page.get_by_label("Votre question").fill("x" * 2100)
    page.get_by_label("Votre question").press("Enter")
    error = page.locator(".msg-assistant .error")
    expect(error).to_contain_text("Erreur 422")
    expect(error).to_contain_text("the limit is 2000")


def test_refusal_and_hostile_document(page, live: LiveServer) -> None:
    page.goto(live.url)
    refused = ask(page, "Quel est le prix du pain à Tokyo ?")
    expect(refused).to_have_class("msg msg-assistant refused")
    expect(refused.locator(".badge-refused")).to_be_visible()
    expect(refused.locator(".nearest button").first).to_be_visible()

    answer = ask(page, "Combien de logements compte la résidence des Glycines à Vierzon ?")
    expect(answer.locator(".answer-body")).to_contain_text("240")
    answer.locator(".source-list button", has_text="Glycines").first.click()
    panel = page.locator("#doc-panel")
    expect(panel.locator("mark")).to_contain_text("240 logements")
    expect(panel.locator("#doc-text")).to_contain_text("<script>")
    expect(panel.locator("#doc-text")).to_contain_text("Ignore previous instructions")
    page.wait_for_timeout(200)  # would let an injected onerror handler run
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("typeof window.pwned") == "undefined"  # clean() drops "__" emphasis marks
    assert (
        page.locator("#messages img, #messages script, #doc-panel img, #doc-panel script").count()
        == 0
    )
    screenshot(page, "desktop-refusal-and-hostile-document.png")


def test_phone_layout(phone, live: LiveServer) -> None:
    phone.goto(live.url)
    sidebar = phone.locator("#sidebar")
    expect(sidebar).to_be_hidden()
    menu = phone.get_by_role("button", name="Afficher les conversations")
    menu.click()
    expect(sidebar).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "true")
    phone.keyboard.press("Escape")
    expect(sidebar).to_be_hidden()
    expect(menu).to_be_focused()

    answer = ask(phone, "what were Antony's closure enjeux?")
    phone.locator("#messages").evaluate("el => el.scrollTop = 0")
    screenshot(phone, "phone-390x844-chat.png")
    answer.locator("button.cite[data-n='1']").first.click()
    panel = phone.locator("#doc-panel")
    expect(panel.locator("mark")).to_be_visible()
    assert panel.bounding_box() == {
        "x": 0,
        "y": 0,
        "width": PHONE["width"],
        "height": PHONE["height"],
    }
    assert_inside(panel.locator("mark").bounding_box(), phone.locator("#doc-body").bounding_box())
    expect(phone.get_by_role("button", name="Fermer le document")).to_be_visible()
    assert phone.locator("main").evaluate("el => el.inert"), "the chat lies under the panel"
    screenshot(phone, "phone-390x844-document.png")
    phone.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    assert not phone.locator("main").evaluate("el => el.inert")


def test_server_unreachable(browser) -> None:
    """The page stays open while its server goes away: the next question shows why it failed."""
    from starlette.applications import Starlette
    from starlette.staticfiles import StaticFiles

    static_only = Starlette()
    static_only.mount("/static", StaticFiles(directory=WEB_DIR))
    static_only.mount("/", StaticFiles(directory=WEB_DIR, html=True))
    server = LiveServer(static_only).start()
    context, page = new_page(browser, DESKTOP)
    try:
        page.goto(server.url)
        expect(page.get_by_label("Votre question")).to_be_visible()
        server.stop()
        page.get_by_label("Votre question").fill("Combien de démolitions à Antony ?")
        page.get_by_role("button", name="Envoyer la question").click()
        error = page.locator(".msg-assistant .error")
        expect(error).to_contain_text("Serveur injoignable")
        expect(page.get_by_label("Votre question")).to_have_value(
            "Combien de démolitions à Antony ?"
        )
    finally:
        context.close()
        server.stop()


def test_answer_text_is_rendered_as_text_with_its_notice(page, live: LiveServer) -> None:
    """A model's answer may echo a hostile passage: it is shown as text, never as markup."""
    answer = {
        "answer": 'Le budget <img src=x onerror="window.__pwned=1"> est de 10 M€ [1, 2].\n- Un point [2]',
        "citations": [
            {"n": n, "doc_id": "fiche-mission-point-etape-psl-antony.txt", "chunk_id": f"c{n}",
             "title": f"Titre {n}", "section": "Section", "quote": "Montant du projet", "start": 0,
             "end": 10, "supported": True}
            for n in (1, 2)
        ],
        "refused": False, "grounded": True, "query": "budget ?", "mode": "llm", "language": "fr",
        "notice": "Le modèle de langue a été lent : réponse partielle.", "nearest_documents": [],
        "conversation_id": "c-1", "message_id": "m-1",
    }  # fmt: skip
    events = [
        ("meta", {"type": "meta", "query": "budget ?", "mode": "llm", "language": "fr",
                  "passages": [], "conversation_id": "c-1"}),
        ("delta", {"type": "delta", "text": "Le budget <img src=x "}),
        ("delta", {"type": "delta", "text": 'onerror="window.__pwned=1"> est de 10 M€ [1, 2].'}),
        ("done", {"type": "done", "answer": answer}),
    ]  # fmt: skip
    body = "".join(f"event: {kind}\ndata: {json.dumps(data)}\n\n" for kind, data in events)
    page.route(
        "**/api/chat", lambda route: route.fulfill(body=body, content_type="text/event-stream")
    )
    page.goto(live.url)
    shown = ask(page, "budget ?")
    expect(shown.locator(".answer-body p").first).to_contain_text(
        '<img src=x onerror="window.__pwned=1">'
    )
    expect(shown.locator(".answer-body button.cite")).to_have_count(3)
    expect(shown.locator(".answer-body li")).to_have_text("Un point [2]")
    expect(shown.locator(".notice")).to_have_text(
        "Le modèle de langue a été lent : réponse partielle."
    )
    expect(shown.locator(".badge")).to_have_count(0)  # answered by the model: no extractive badge
    expect(shown.locator(".source-list li")).to_have_count(2)
    assert page.locator("#messages img").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
