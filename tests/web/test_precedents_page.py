"""The "Précédents" view and the API key setting, in Debian's Chromium through Playwright.

Same fixtures as the chat page's tests (conftest.py: one real server for the module, its index
built at first start); the API key test runs a second server over a copy of that index.
Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from assistant.app import create_app
from assistant.settings import Settings
from tests.web.harness import ANSWER_TIMEOUT_MS, LiveServer, ask, assert_inside, screenshot

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.browser

BRIEF = "point d'étape de clôture ANRU pour un quartier de 40 000 habitants, avec plan stratégique local"
BAGNEUX = "Point d'Etape de clôture de Bagneux"
ANTONY = "Point d'Etape et Plan Stratégique Local d'Antony"
API_KEY = "cle-de-test-8f2a"


def search(page, brief: str = BRIEF):
    """Open the Précédents view, type the brief, press Chercher; returns the cards' locator."""
    page.get_by_role("tab", name="Précédents").click()
    page.get_by_label("Description de la mission").fill(brief)
    page.get_by_role("button", name="Chercher").click()
    cards = page.locator(".precedent-card")
    expect(cards.first).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    return cards


def test_search_compare_draft_and_download(page, live: LiveServer, tmp_path) -> None:
    page.goto(live.url)
    expect(page.get_by_role("tab", name="Discussion")).to_have_attribute("aria-selected", "true")
    page.get_by_role("tab", name="Précédents").click()
    brief_box = page.get_by_label("Description de la mission")
    expect(brief_box).to_have_attribute("placeholder", BRIEF)
    expect(page.get_by_label("Votre question")).to_be_hidden()

    with page.expect_request("**/api/precedents") as sent:
        cards = search(page)
    assert sent.value.post_data_json == {"brief": BRIEF, "k": 5, "filters": {}}
    expect(cards).to_have_count(2)
    titles = {cards.nth(0).locator("h3").text_content(), cards.nth(1).locator("h3").text_content()}
    assert titles == {BAGNEUX, ANTONY}
    bagneux = cards.filter(has_text=BAGNEUX)
    expect(bagneux.locator(".matches")).to_contain_text("38 495 habitants pour 40 000 demandés")
    expect(cards.first.locator(".badge.score")).to_contain_text("Score 0,")

    # A match's passage opens in the document panel, highlighted.
    passage = bagneux.locator(".match", has_text="Population").locator(".passage-link").first
    passage.click()
    panel = page.locator("#doc-panel")
    expect(panel).to_be_visible()
    expect(page.locator("#doc-title")).to_have_text(BAGNEUX)
    mark = panel.locator("mark")
    expect(mark).to_be_visible()
    expect(mark).to_contain_text("38")
    assert_inside(mark.bounding_box(), panel.locator("#doc-body").bounding_box())
    screenshot(page, "desktop-1280x800-precedents.png")
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(passage).to_be_focused()

    # Compare the two missions: fields as rows, missions as columns.
    page.get_by_role("button", name="Comparer").click()
    expect(page.locator("#selection-error")).to_contain_text("au moins deux missions")
    page.get_by_label(f"Choisir « {ANTONY} »").check()
    page.get_by_label(f"Choisir « {BAGNEUX} »").check()
    expect(page.locator("#selection-count")).to_have_text("2 missions choisies")
    page.get_by_role("button", name="Comparer").click()
    table = page.locator(".comparison-table")
    expect(table).to_be_visible()
    header = table.locator("thead")
    expect(header).to_contain_text(ANTONY)
    expect(header).to_contain_text(BAGNEUX)
    # Cells are text and lists, never markup shown as text.
    expect(table).not_to_contain_text("<br")
    enjeux = table.locator("tr[data-field='enjeux'] td").first.locator("ul.cell-items li")
    first_column = header.locator(".col-title").first.text_content()
    assert enjeux.count() == {BAGNEUX: 4, ANTONY: 10}[first_column]  # one item per enjeu
    amount = table.locator("tr[data-field='amount']")
    expect(amount).to_contain_text("167 millions € TTC")
    expect(amount).to_contain_text("157 M€")
    amount.locator("td").nth(1).locator("button.cite").first.click()
    expect(page.locator("#doc-title")).to_have_text(BAGNEUX)
    expect(panel.locator("mark")).to_contain_text("157 M€")
    page.keyboard.press("Escape")

    # Draft a proposal from the two missions.
    with page.expect_response("**/api/draft") as response:
        page.get_by_role("button", name="Rédiger une proposition").click()
    body = response.value.request.post_data_json
    assert body["brief"] == BRIEF and body["format"] == "markdown"
    assert sorted(body["doc_ids"]) == sorted(
        [
            "fiche-mission-point-etape-psl-antony.txt",
            "fiche-mission-point-etape-cloture-bagneux.txt",
        ]
    )
    served = response.value.json()["draft"]
    draft = page.locator("#draft-body")
    expect(draft.locator(".draft-title")).to_have_text(served["title"])
    expect(draft.locator(".badge")).to_have_text(
        "Brouillon assemblé hors ligne (sans modèle de langue)"
    )
    assert served["mode"] == "offline"
    expect(draft.locator(".draft-section h4")).to_have_text(
        [s["title"] for s in served["sections"]]
    )
    assert draft.locator(".draft-section li button.cite").count() > 10
    references = draft.locator(".reference-list li")
    expect(references).to_have_count(len(served["references"]))
    expect(page.locator("#draft-heading")).to_be_focused()
    assert page.evaluate("document.scrollingElement.scrollTop") == 0, "only the view scrolls"
    expect(page.locator(".topbar")).to_be_in_viewport()
    screenshot(page, "desktop-1280x800-precedents-draft.png")

    # An [n] in the draft, then the same entry of the references list, open the cited quote.
    ref = next(r for r in served["references"] if r["section"] == "Enjeux de la mission")
    cite = draft.locator(f".draft-section button.cite[data-n='{ref['n']}']").first
    expect(cite).to_have_accessible_name(f"Source {ref['n']} : {ref['title']}, {ref['section']}")
    cite.click()
    expect(panel.locator("#doc-passage")).to_have_text(
        f"Passage cité [{ref['n']}] — {ref['section']}"
    )
    expect(panel.locator("mark")).to_have_text(ref["quote"])
    page.keyboard.press("Escape")
    expect(cite).to_be_focused()
    last = served["references"][-1]
    draft.locator(f".reference-list li[data-n='{last['n']}'] button").click()
    expect(page.locator("#doc-title")).to_have_text(last["title"])
    expect(panel.locator("mark")).to_have_text(last["quote"])
    page.keyboard.press("Escape")

    # Downloads: the markdown as a Blob, the Word file from the server.
    with page.expect_download() as download:
        page.get_by_role("button", name="Télécharger (.md)").click()
    assert download.value.suggested_filename == "proposition.md"
    md_path = tmp_path / "proposition.md"
    download.value.save_as(md_path)
    text = md_path.read_text(encoding="utf-8")
    assert text.startswith("# ") and text == response.value.json()["markdown"]

    with page.expect_request("**/api/draft") as sent, page.expect_download() as download:
        page.get_by_role("button", name="Télécharger (.docx)").click()
    assert sent.value.post_data_json == {**body, "format": "docx"}
    assert download.value.suggested_filename == "proposition.docx"
    docx_path = tmp_path / "proposition.docx"
    download.value.save_as(docx_path)
    expect(draft.locator(".action-status")).to_have_text("Fichier Word téléchargé.")
    import docx

    document = docx.Document(str(docx_path))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == served["title"]
    assert [s["title"] for s in served["sections"]] == headings[1 : 1 + len(served["sections"])]
    assert headings[-1] == "Sources citées"
    assert document.core_properties.author == "Renewal assistant"


def test_phone_layout_and_keyboard(phone, live: LiveServer) -> None:
    phone.goto(live.url)
    chat_tab = phone.get_by_role("tab", name="Discussion")
    chat_tab.focus()
    phone.keyboard.press("ArrowRight")
    tab = phone.get_by_role("tab", name="Précédents")
    expect(tab).to_be_focused()
    expect(tab).to_have_attribute("aria-selected", "true")
    expect(phone.locator("#view-precedents")).to_be_visible()
    expect(phone.locator("#view-chat")).to_be_hidden()

    phone.keyboard.press("Tab")
    expect(phone.get_by_role("button", name="Nouvelle conversation")).to_be_focused()
    phone.keyboard.press("Tab")  # the sidebar is a closed drawer: next comes the brief
    expect(phone.get_by_label("Description de la mission")).to_be_focused()
    phone.keyboard.type(BRIEF)
    phone.keyboard.press("Control+Enter")
    cards = phone.locator(".precedent-card")
    expect(cards).to_have_count(2, timeout=ANSWER_TIMEOUT_MS)
    view = phone.locator("#view-precedents")
    assert view.evaluate("el => el.scrollWidth <= el.clientWidth"), "no sideways scrolling"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    box = cards.first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    cards.first.locator("input.choose").check()
    cards.nth(1).locator("input.choose").check()
    view.evaluate("el => el.scrollTop = 0")
    screenshot(phone, "phone-390x844-precedents.png")

    phone.get_by_role("button", name="Comparer").click()
    wrap = phone.locator(".table-wrap")
    expect(wrap).to_be_visible()
    assert wrap.evaluate("el => el.scrollWidth > el.clientWidth"), "the table scrolls in its frame"
    assert view.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert phone.evaluate("document.scrollingElement.scrollTop") == 0, "only the view scrolls"
    screenshot(phone, "phone-390x844-comparison.png")

    cards.first.locator(".passage-link").first.click()
    panel = phone.locator("#doc-panel")
    expect(panel.locator("mark")).to_be_visible()
    assert panel.bounding_box() == {"x": 0, "y": 0, "width": 390, "height": 844}
    assert phone.locator("main").evaluate("el => el.inert")
    phone.keyboard.press("Escape")
    expect(panel).to_be_hidden()

    phone.get_by_role("button", name="Afficher les conversations").click()
    expect(phone.locator("#sidebar").get_by_text("Paramètres")).to_be_in_viewport()
    phone.keyboard.press("Escape")
    expect(phone.locator("#sidebar")).to_be_hidden()

    phone.reload()  # the view survives a reload
    expect(phone.locator("#view-precedents")).to_be_visible()
    phone.get_by_role("tab", name="Discussion").click()
    expect(phone.get_by_label("Votre question")).to_be_visible()
    assert "#precedents" not in phone.url


@pytest.fixture
def keyed(live: LiveServer, tmp_path) -> Iterator[LiveServer]:
    """A server that wants an API key for writes, over a copy of the module server's index."""
    data = tmp_path / "data"
    shutil.copytree(
        live.data_dir, data, ignore=shutil.ignore_patterns("app.sqlite*", "ingest.lock")
    )
    settings = Settings(
        corpus_dir=live.data_dir.parent / "corpus", data_dir=data, llm_model="",
        api_key=API_KEY, threads=1,
    )  # fmt: skip
    server = LiveServer(create_app(settings), data_dir=data).start()
    yield server
    server.stop()


def test_api_key_from_the_settings_field(page, keyed: LiveServer) -> None:
    page.goto(keyed.url)
    answer = ask(page, "Quel était le montant du projet de Bagneux ?")  # reads need no key
    expect(answer.locator(".answer-body")).to_contain_text("157")

    answer.get_by_role("button", name="Réponse pas utile").click()
    answer.get_by_label("Commentaire (facultatif)").fill("Sans clé.")
    with page.expect_request("**/api/feedback") as sent:
        answer.get_by_role("button", name="Envoyer l'avis").click()
    assert "authorization" not in sent.value.headers
    status = answer.locator(".action-status")
    expect(status).to_contain_text("Erreur 401 : this endpoint needs the API key")
    expect(status).to_contain_text(
        "Ce serveur demande une clé d'API : saisissez-la dans « Paramètres »."
    )
    expect(
        answer.locator(".feedback-form")
    ).to_be_visible()  # nothing lost: retry once the key is set

    status.get_by_role("button", name="Saisir la clé d'API").click()
    field = page.get_by_label("Clé d'API (si le serveur en demande une)")
    expect(field).to_be_focused()
    field.fill("une-mauvaise-cle")
    answer.get_by_role("button", name="Envoyer l'avis").click()
    expect(status).to_contain_text("La clé d'API enregistrée a été refusée")

    field.fill(API_KEY)
    expect(page.locator("#api-key-status")).to_have_text("Clé enregistrée dans ce navigateur.")
    with page.expect_request("**/api/feedback") as sent:
        answer.get_by_role("button", name="Envoyer l'avis").click()
    assert sent.value.headers["authorization"] == f"Bearer {API_KEY}"
    expect(status).to_have_text("Merci pour votre avis.")
    assert page.evaluate("localStorage.getItem('renewal.apiKey')") == API_KEY

    # Kept across reloads, sent with every request (the precedents view included).
    page.reload()
    with page.expect_request("**/api/precedents") as sent:
        cards = search(page)
    assert sent.value.headers["authorization"] == f"Bearer {API_KEY}"
    expect(cards).to_have_count(2)
    page.get_by_text("Paramètres").click()
    expect(field).to_have_value(API_KEY)
    page.get_by_role("button", name="Effacer la clé").click()
    expect(field).to_have_value("")
    assert page.evaluate("localStorage.getItem('renewal.apiKey')") is None


def test_no_comparable_mission_is_said_and_the_draft_follows_a_generic_outline(
    page, live: LiveServer
) -> None:
    churches = ("Étude patrimoniale des églises romanes de la commune de Saint-Aubin-des-Bois : "
                "inventaire de 12 églises, 4 mois, budget 45 000 € HT.")  # fmt: skip
    page.goto(live.url + "#precedents")
    cards = search(page, churches)
    notice = page.locator("#precedents-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Aucune mission comparable")
    expect(page.locator("#precedents-status")).to_contain_text("Aucune mission ne correspond")
    expect(cards.first.locator(".badge.not-comparable")).to_have_text("Non comparable")
    with page.expect_response("**/api/draft") as response:
        page.get_by_role("button", name="Rédiger une proposition").click()
    assert "doc_ids" not in response.value.request.post_data_json
    shown = page.locator("#draft-body")
    expect(shown.locator(".notice").first).to_contain_text("Aucune mission comparable")
    expect(shown.locator(".draft-title")).to_have_text(
        "Proposition de mission — Étude patrimoniale — Saint-Aubin-des-Bois"
    )
    expect(shown).to_contain_text("Inventaire de 12 églises (quantité demandée)")
    expect(shown.locator(".draft-section li.flagged").first).to_be_visible()
    screenshot(page, "desktop-1280x800-precedents-no-comparable.png")


def test_model_draft_shows_its_notice_as_text(page, live: LiveServer) -> None:
    """A model-written draft: its mode and notice are shown, its text stays text, and the .docx
    is saved under the name the server gives."""
    ref = {"n": 1, "title": ANTONY, "section": "Enjeux de la mission",
           "doc_id": "fiche-mission-point-etape-psl-antony.txt", "chunk_id": "c1", "start": 0,
           "end": 10, "quote": "Point d'Et"}  # fmt: skip
    draft = {
        "brief": BRIEF, "title": "Proposition <b>test</b>", "mode": "llm",
        "notice": "Le modèle de langue a été lent : brouillon partiel.",
        "sections": [{"title": "Objectifs", "items": [
            {"kind": "paragraph", "text": 'Texte <img src=x onerror="window.__pwned=1"> [1]', "refs": [1]},
            {"kind": "item", "text": "Un point [1]", "refs": [1]}]}],
        "references": [ref], "precedents": [], "quantities": [], "uncited_items": 0,
    }  # fmt: skip
    docx_name = "proposition-année.docx"

    def fulfil(route):
        if route.request.post_data_json.get("format") == "docx":
            route.fulfill(
                body=b"PK fake", content_type="application/octet-stream",
                headers={"Content-Disposition": "attachment; filename=\"x.docx\"; "
                         "filename*=UTF-8''proposition-ann%C3%A9e.docx"},
            )  # fmt: skip
        else:
            route.fulfill(json={"markdown": "# Proposition", "draft": draft})

    page.route("**/api/draft", fulfil)
    page.goto(live.url + "#precedents")
    cards = search(page)
    cards.first.locator("input.choose").check()
    page.get_by_role("button", name="Rédiger une proposition").click()
    shown = page.locator("#draft-body")
    expect(shown.locator(".badge")).to_have_text("Rédigée par le modèle de langue")
    expect(shown.locator(".notice")).to_have_text(draft["notice"])
    expect(shown.locator(".draft-title")).to_have_text("Proposition <b>test</b>")
    expect(shown.locator(".draft-section p")).to_contain_text(
        '<img src=x onerror="window.__pwned=1">'
    )
    expect(shown.locator(".draft-section li")).to_have_text("Un point [1]")
    assert page.locator("#view-precedents img, #view-precedents b").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    with page.expect_download() as download:
        page.get_by_role("button", name="Télécharger (.docx)").click()
    assert download.value.suggested_filename == docx_name
