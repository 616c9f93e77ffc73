"""Uploading a document from the chat page, and the other writes that need the API key, in
Debian's Chromium through Playwright against the real app.

One server for the module, over a copy of the shipped corpus (uploads land in its uploads/
folder), with an API key and a 64 KiB upload limit; it builds its index at first start.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator

import pytest

from assistant.app import create_app
from assistant.settings import PROJECT_ROOT, Settings
from tests.web.harness import LiveServer, ask, screenshot

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.browser

API_KEY = "cle-televersement-3c9d"
LIMIT = 64 * 1024
INDEXED_MS = 90_000
NOTE = """# Jardins partagés de la Source à Vierzon

Bilan de l'action jardins partagés du quartier de la Source, Vierzon.

Trente-sept parcelles de jardins partagés ont été ouvertes en 2021 au pied des immeubles de la Source, gérées par l'association des habitants.
"""
# Every text the upload status showed, in order: the job's progress as the user saw it.
OBSERVE_UPLOAD = """
window.__upload = [];
addEventListener('DOMContentLoaded', () => new MutationObserver(() => {
  const text = document.querySelector('#upload-status').textContent;
  if (text && window.__upload[window.__upload.length - 1] !== text) window.__upload.push(text);
}).observe(document.querySelector('#upload-status'), {subtree: true, childList: true, characterData: true}));
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("upload-page")
    shutil.copytree(PROJECT_ROOT / "corpus", root / "corpus")
    settings = Settings(
        corpus_dir=root / "corpus", data_dir=root / "data", llm_model="", api_key=API_KEY,
        threads=1, max_upload_bytes=LIMIT,
    )  # fmt: skip
    live = LiveServer(create_app(settings), data_dir=root / "data").start()
    yield live
    live.stop()


def uploads(server: LiveServer) -> list[str]:
    folder = server.data_dir.parent / "corpus" / "uploads"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def jobs(server: LiveServer) -> int:
    with sqlite3.connect(server.data_dir / "jobs.sqlite") as conn:
        return conn.execute("SELECT COUNT(*) FROM jobs").fetchone()[0]


def open_upload(page, server: LiveServer, key: str | None = API_KEY) -> None:
    page.add_init_script(OBSERVE_UPLOAD)
    page.goto(server.url)
    if key:
        page.get_by_text("Paramètres").click()
        page.get_by_label("Clé d'API (si le serveur en demande une)").fill(key)
    page.get_by_text("Ajouter un document").click()


def choose(page, name: str, content: bytes, mime: str = "text/plain") -> None:
    page.get_by_label("Fichier (.txt, .md, .html, .docx, .pdf)").set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": content}]
    )


def test_upload_with_the_key_and_follow_the_job(page, server: LiveServer) -> None:
    open_upload(page, server)
    choose(page, "jardins-source.md", NOTE.encode(), "text/markdown")
    with page.expect_request("**/api/documents") as sent:
        page.get_by_role("button", name="Envoyer le document").click()
    assert sent.value.headers["authorization"] == f"Bearer {API_KEY}"
    status = page.locator("#upload-status")
    expect(status).to_have_text(
        "« jardins-source.md » est indexé : ses passages peuvent être cités dans les réponses."
        "Voir le document",
        timeout=INDEXED_MS,
    )
    seen = page.evaluate("window.__upload")
    assert seen[0].startswith("Envoi de « jardins-source.md »"), seen
    assert any(
        text.startswith(("« jardins-source.md » est reçu", "Indexation de « jardins-source.md »"))
        for text in seen
    ), seen
    expect(page.locator("#upload-progress")).to_be_hidden()
    assert uploads(server) == ["jardins-source.md"]
    screenshot(page, "desktop-upload-done.png")

    status.get_by_role("button", name="Voir le document").click()
    expect(page.locator("#doc-title")).to_have_text("Jardins partagés de la Source à Vierzon")
    page.keyboard.press("Escape")
    answer = ask(page, "Combien de parcelles de jardins partagés à la Source à Vierzon ?")
    expect(answer.locator(".answer-body")).to_contain_text("Trente-sept parcelles")
    expect(answer.locator(".source-list")).to_contain_text("Jardins partagés de la Source")


def test_upload_without_the_key_stores_nothing(page, server: LiveServer) -> None:
    before = (uploads(server), jobs(server))
    open_upload(page, server, key=None)
    choose(page, "sans-cle.txt", b"Une note sans cle sur Vierzon et ses jardins.")
    page.get_by_role("button", name="Envoyer le document").click()
    status = page.locator("#upload-status")
    expect(status).to_contain_text("Erreur 401")
    expect(status).to_contain_text("Ce serveur demande une clé d'API")
    status.get_by_role("button", name="Saisir la clé d'API").click()
    expect(page.get_by_label("Clé d'API (si le serveur en demande une)")).to_be_focused()
    assert (uploads(server), jobs(server)) == before


@pytest.mark.parametrize("size", [LIMIT + 1000, 300_000])  # refused by the app, and by the guard
def test_an_upload_over_the_size_limit_stores_nothing(page, server: LiveServer, size) -> None:
    before = (uploads(server), jobs(server))
    open_upload(page, server)
    choose(page, "trop-gros.txt", b"Vierzon " * (size // 8))
    page.get_by_role("button", name="Envoyer le document").click()
    expect(page.locator("#upload-status")).to_have_text(
        "« trop-gros.txt » dépasse la taille maximale acceptée par le serveur (64 Ko) : "
        "rien n'a été enregistré."
    )
    expect(page.locator("#upload-status")).to_have_class("upload-status small is-error")
    expect(page.locator("#upload-progress")).to_be_hidden()
    assert (uploads(server), jobs(server)) == before


def test_a_file_that_cannot_be_indexed_is_a_failure(page, server: LiveServer) -> None:
    open_upload(page, server)
    choose(page, "casse.pdf", b"%PDF-1.4\nce fichier n'est pas un PDF\n", "application/pdf")
    page.get_by_role("button", name="Envoyer le document").click()
    status = page.locator("#upload-status")
    expect(status).to_contain_text(
        "« casse.pdf » a été reçu mais n'a pas pu être indexé", timeout=INDEXED_MS
    )
    expect(status).to_contain_text("Il n'est pas interrogeable.")
    assert "casse.pdf" in uploads(server)
    status.get_by_role("button", name="Retirer le fichier").click()
    expect(status).to_have_text("« casse.pdf » a été retiré du corpus.", timeout=INDEXED_MS)
    assert "casse.pdf" not in uploads(server)


def test_a_name_taken_offers_to_replace(page, server: LiveServer) -> None:
    open_upload(page, server)
    first = NOTE.replace("Trente-sept", "Douze").replace("Jardins partagés", "Potagers")
    choose(page, "potagers.md", first.encode(), "text/markdown")
    page.get_by_role("button", name="Envoyer le document").click()
    status = page.locator("#upload-status")
    expect(status).to_contain_text("est indexé", timeout=INDEXED_MS)
    choose(page, "potagers.md", first.replace("Douze", "Quinze").encode(), "text/markdown")
    page.get_by_role("button", name="Envoyer le document").click()
    expect(status).to_contain_text(
        "Un document nommé « potagers.md » existe déjà : rien n'a été enregistré."
    )
    with page.expect_request("**/api/documents?replace=true"):
        status.get_by_role("button", name="Remplacer le document existant").click()
    expect(status).to_contain_text("« potagers.md » est indexé", timeout=INDEXED_MS)
    stored = server.data_dir.parent / "corpus" / "uploads" / "potagers.md"
    assert "Quinze" in stored.read_text(encoding="utf-8")


def test_an_unsupported_type_is_refused_before_sending(page, server: LiveServer) -> None:
    sent: list[str] = []
    page.on(
        "request",
        lambda r: sent.append(r.url) if "api/documents" in r.url and r.method == "POST" else None,
    )
    open_upload(page, server)
    choose(page, "programme.exe", b"MZ binary")
    page.get_by_role("button", name="Envoyer le document").click()
    expect(page.locator("#upload-status")).to_have_text(
        "« programme.exe » n'est pas d'un type pris en charge : .txt, .md, .html, .htm, .docx, .pdf."
    )
    page.get_by_role("button", name="Envoyer le document").click()
    assert sent == []


def test_rename_and_delete_ask_for_the_key_when_the_server_wants_one(page, server) -> None:
    page.goto(server.url)
    ask(page, "Quel était le montant du projet de Bagneux ?")  # reads need no key
    title = "Quel était le montant du projet de Bagneux ?"
    page.get_by_role("button", name=f"Renommer « {title} »").click()
    page.get_by_label("Nouveau titre").fill("Bagneux")
    page.get_by_label("Nouveau titre").press("Enter")
    status = page.locator("#conversations-status")
    expect(status).to_contain_text("Erreur 401 : this endpoint needs the API key")
    status.get_by_role("button", name="Saisir la clé d'API").click()
    page.get_by_label("Clé d'API (si le serveur en demande une)").fill(API_KEY)
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator("#conversations .conversation-title")).to_have_text(["Bagneux"])
    page.get_by_role("button", name="Supprimer « Bagneux »").click()
    page.get_by_role("button", name="Supprimer", exact=True).click()
    expect(status).to_have_text("Conversation supprimée.")
    expect(page.locator("#conversations .conversation")).to_have_count(0)
