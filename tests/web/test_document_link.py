"""The URL of an OpenAI `url_citation` opens the chat page's document view at the cited passage.

Driven in Debian's Chromium through Playwright against the real app (fixtures in conftest.py).
"""

from __future__ import annotations

import httpx
import pytest

from tests.web.harness import LiveServer, assert_inside, screenshot

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.browser


def test_a_citation_url_opens_the_passage(page, live: LiveServer) -> None:
    body = {
        "model": "renewal-assistant",
        "messages": [{"role": "user", "content": "what were Antony's closure enjeux?"}],
    }
    completion = httpx.post(f"{live.url}v1/chat/completions", json=body, timeout=60).json()
    (annotation, *_) = completion["choices"][0]["message"]["annotations"]
    (citation, *_) = completion["citations"]
    url = annotation["url_citation"]["url"]
    assert url.startswith(f"{live.url}#doc=")

    page.goto(url)
    panel = page.locator("#doc-panel")
    expect(panel).to_be_visible()
    expect(panel.locator("#doc-title")).to_have_text(citation["title"])
    expect(panel.locator("#doc-passage")).to_have_text("Passage")
    mark = panel.locator("mark")
    expect(mark).to_contain_text("Conforter la réussite du PRU")
    assert mark.text_content() == citation["quote"]
    body = panel.locator("#doc-body")
    assert body.evaluate("el => el.scrollTop") > 0, "the panel should scroll to the passage"
    assert_inside(mark.bounding_box(), body.bounding_box())
    screenshot(page, "document-link.png")

    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()


def test_a_link_without_offsets_shows_the_whole_document(page, live: LiveServer) -> None:
    page.goto(f"{live.url}#doc=fiche-mission-point-etape-psl-antony.txt&start=x")
    panel = page.locator("#doc-panel")
    expect(panel).to_be_visible()
    expect(panel.locator("#doc-text")).to_contain_text("Antony")
    expect(panel.locator("mark")).to_have_count(0)
    expect(panel.locator("#doc-status")).to_have_text(
        "Le passage cité n'a pas été retrouvé dans le document."
    )
