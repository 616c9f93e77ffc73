"""How the chat page shows itself, in Debian's Chromium through Playwright against the real app:
the interface in English (from the browser, switchable) with `lang` on each answer, dark mode
from the system setting (with readable contrast), the cited sentence marked inside its passage,
touch targets of at least 24 px on a phone, the favicon, and a page the content security policy
never has to block. Fixtures in conftest.py; screenshots go to test-artifacts/.
"""

from __future__ import annotations

import re

import httpx
import pytest

from assistant.app import WEB_DIR
from tests.web.harness import (
    ANSWER_TIMEOUT_MS,
    DESKTOP,
    PHONE,
    LiveServer,
    ask,
    assert_inside,
    new_page,
    screenshot,
)

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.browser

ENJEUX = "what were Antony's closure enjeux?"
BAGNEUX_AMOUNT = "Quel était le montant du projet de Bagneux ?"
BRIEF = "point d'étape de clôture ANRU pour un quartier de 40 000 habitants, avec plan stratégique local"

# WCAG contrast of each visible element's text against the background it is drawn on.
LOW_CONTRAST = """(selectors) => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return rgb(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
  };
  const low = [];
  for (const selector of selectors) {
    for (const el of document.querySelectorAll(selector)) {
      if (!el.getClientRects().length || !el.textContent.trim()) continue;
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) low.push({ selector, text: el.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 });
    }
  }
  return low;
}"""

TEXT_SELECTORS = [
    ".brand", ".view-tab", "#new-conversation", ".conversation-title", ".sidebar .muted",
    ".settings summary", ".lang-option", ".msg-user p", ".answer-body p", ".answer-body li",
    ".badge", ".badge-refused", ".cite", ".source-list button", ".nearest button", ".notice",
    ".filter-notice p", ".error", ".action-status", ".button.primary", ".filters summary",
    "#composer-hint", "#doc-title", "#doc-passage", ".doc-meta dt", ".doc-meta dd",
    "#doc-text", "#doc-text .passage", "#doc-text mark",
]  # fmt: skip

# Every visible control smaller than 24 by 24 CSS pixels (a checkbox counts with its label).
SMALL_TARGETS = """() => {
  const small = [];
  const controls = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=tab]';
  for (const el of document.querySelectorAll(controls)) {
    if (el.closest('[inert], .visually-hidden, .offscreen') || !el.getClientRects().length) continue;
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const target = ['checkbox', 'radio'].includes(el.type) ? el.closest('label') || el : el;
    const box = target.getBoundingClientRect();
    if (box.width < 23.99 || box.height < 23.99) {
      small.push({ tag: el.tagName, cls: String(el.className), text: (el.getAttribute('aria-label') || el.textContent).trim().slice(0, 40),
                   width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 });
    }
  }
  return small;
}"""


# -- language ----------------------------------------------------------------------------------


def test_english_interface_from_the_browser_and_switchable(browser, live: LiveServer) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(live.url)
        assert page.evaluate("document.documentElement.lang") == "en"
        expect(page).to_have_title("Urban renewal assistant")
        expect(page.get_by_role("tab", name="Chat")).to_have_attribute("aria-selected", "true")
        expect(page.get_by_role("button", name="New conversation")).to_be_visible()
        expect(page.get_by_role("button", name="English")).to_have_attribute("aria-pressed", "true")
        chrome = page.locator(".topbar, .sidebar, .composer, #welcome")
        french = re.compile(
            r"Envoyer|Paramètres|Filtres|Précédents|Nouvelle|Rechercher|Votre|Exemples"
        )
        for text in chrome.all_inner_texts():
            assert not french.search(text.replace("Français", "")), text

        question = page.get_by_label("Your question")
        question.fill(BAGNEUX_AMOUNT)
        question.press("Enter")
        french_answer = page.locator(".msg-assistant").last
        expect(french_answer).to_have_attribute("data-state", "done", timeout=ANSWER_TIMEOUT_MS)
        expect(french_answer).to_have_attribute("lang", "fr")
        expect(page.locator(".msg-user").last).to_have_attribute("lang", "fr")
        expect(french_answer.locator(".badge")).to_have_text(
            "Extractive answer (no language model)"
        )
        expect(french_answer.get_by_role("button", name="Copy")).to_be_visible()
        expect(french_answer.get_by_role("button", name="Regenerate")).to_be_visible()

        question.fill(ENJEUX)
        question.press("Enter")
        english_answer = page.locator(".msg-assistant").last
        expect(english_answer).to_have_attribute("data-state", "done", timeout=ANSWER_TIMEOUT_MS)
        expect(english_answer).to_have_attribute("lang", "en")
        english_answer.locator(".answer-body button.cite").first.click()
        expect(page.locator("#doc-panel")).to_contain_text("Cited document")
        expect(page.locator("#doc-passage")).to_contain_text("Cited passage [1]")
        expect(page.get_by_role("button", name="Close the document")).to_be_visible()
        screenshot(page, "desktop-english.png")
        page.keyboard.press("Escape")

        # Switched: the page and what it drew are French; each answer keeps its own language.
        page.get_by_role("button", name="Français").click()
        assert page.evaluate("document.documentElement.lang") == "fr"
        expect(page.get_by_label("Votre question")).to_be_visible()
        expect(page.get_by_role("tab", name="Discussion")).to_be_visible()
        expect(page.locator(".msg-assistant").first.locator(".badge")).to_have_text(
            "Réponse extractive (sans modèle de langue)"
        )
        expect(page.locator(".msg-assistant")).to_have_count(2)
        expect(page.locator(".msg-assistant").last).to_have_attribute("lang", "en")
        expect(page.get_by_role("button", name="Renommer", exact=False).first).to_be_visible()
        assert page.evaluate("localStorage.getItem('renewal.lang')") == "fr"
        page.reload()  # the choice outlives the browser's preference
        expect(page.get_by_label("Votre question")).to_be_visible()
        expect(page.get_by_role("button", name="Français")).to_have_attribute(
            "aria-pressed", "true"
        )
    finally:
        context.close()


# -- dark mode ---------------------------------------------------------------------------------


def _fill_page(page, live: LiveServer) -> None:
    """Answers of every kind (cited, refused, filtered out, failed) and a cited passage open."""
    page.goto(live.url)
    ask(page, "Quel est le prix du pain à Tokyo ?")
    page.locator("#filters summary").click()
    page.get_by_label("Site ou commune").fill("Tokyo")
    ask(page, BAGNEUX_AMOUNT)
    page.get_by_role("button", name="Effacer les filtres", exact=True).click()
    page.get_by_label("Votre question").fill("x" * 2100)
    page.get_by_label("Votre question").press("Enter")
    expect(page.locator(".msg-assistant .error")).to_be_visible()
    page.get_by_label("Votre question").fill("")
    answer = ask(page, ENJEUX)
    answer.locator(".answer-body button.cite").first.click()
    expect(page.locator("#doc-panel mark")).to_be_visible()


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_colour_scheme_follows_the_system_with_readable_text(browser, live, scheme) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR", color_scheme=scheme)
    page = context.new_page()
    try:
        _fill_page(page, live)
        background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        channels = [int(v) for v in re.findall(r"\d+", background)[:3]]
        assert (max(channels) < 60) if scheme == "dark" else (min(channels) > 200), background
        assert page.evaluate(LOW_CONTRAST, TEXT_SELECTORS) == []
        screenshot(page, f"desktop-{scheme}.png")
    finally:
        context.close()


# -- the cited sentence ------------------------------------------------------------------------


def test_the_cited_sentence_is_marked_inside_its_passage(page, live: LiveServer) -> None:
    page.goto(live.url)
    answer = ask(page, ENJEUX)
    item = answer.locator(".answer-body li", has_text="Penser la place du quartier")
    item.locator("button.cite").click()
    panel = page.locator("#doc-panel")
    mark = panel.locator("#doc-text mark")
    passage = panel.locator("#doc-text .passage")
    expect(mark).to_have_count(1)
    expect(mark).to_contain_text("Penser la place du quartier")
    quoted = item.text_content().split("«", 1)[1].rsplit("»", 1)[0].strip()
    assert " ".join(mark.text_content().split()) == quoted  # the item, nothing around it
    expect(passage.locator("mark")).to_have_count(1)
    assert len(passage.text_content()) > len(mark.text_content()) + 100  # the whole passage
    assert "Conforter la réussite du PRU" in passage.text_content()
    styles = mark.evaluate(
        "m => [getComputedStyle(m).backgroundColor, getComputedStyle(m.parentElement).backgroundColor,"
        " getComputedStyle(m).textDecorationLine]"
    )
    assert styles[0] != styles[1] and "underline" in styles[2], styles
    assert_inside(mark.bounding_box(), panel.locator("#doc-body").bounding_box())

    # A source of the list names no sentence: its whole quote is marked.
    page.keyboard.press("Escape")
    answer.locator(".source-list button").first.click()
    expect(mark).to_contain_text("Penser la place du quartier")
    assert len(mark.text_content()) > len(quoted) + 100


# -- phone touch targets -----------------------------------------------------------------------


def test_phone_touch_targets_are_at_least_24px(phone, live: LiveServer) -> None:
    phone.goto(live.url)
    refused = ask(phone, "Quel est le prix du pain à Tokyo ?")
    expect(refused.locator(".nearest button").first).to_be_visible()
    answer = ask(phone, ENJEUX)
    answer.get_by_role("button", name="Réponse utile").click()  # opens the comment form
    phone.locator("#filters summary").click()
    assert phone.evaluate(SMALL_TARGETS) == []
    cite = answer.locator(".answer-body button.cite").first
    box = cite.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box
    screenshot(phone, "phone-390x844-controls.png")

    answer.locator(".answer-body button.cite").first.click()
    expect(phone.locator("#doc-panel mark")).to_be_visible()
    assert phone.evaluate(SMALL_TARGETS) == []
    phone.keyboard.press("Escape")

    phone.get_by_role("button", name="Afficher les conversations").click()
    phone.locator("#upload summary").click()
    phone.locator("#settings summary").click()
    expect(phone.locator("#sidebar")).to_be_visible()
    assert phone.evaluate(SMALL_TARGETS) == []
    screenshot(phone, "phone-390x844-sidebar.png")
    phone.keyboard.press("Escape")

    phone.get_by_role("tab", name="Précédents").click()
    phone.get_by_label("Description de la mission").fill(BRIEF)
    phone.get_by_role("button", name="Chercher").click()
    cards = phone.locator(".precedent-card")
    expect(cards).to_have_count(2, timeout=ANSWER_TIMEOUT_MS)
    cards.nth(0).locator("input.choose").check()
    cards.nth(1).locator("input.choose").check()
    phone.get_by_role("button", name="Comparer").click()
    expect(phone.locator(".comparison-table")).to_be_visible()
    assert phone.evaluate(SMALL_TARGETS) == []


# -- favicon, content security policy ----------------------------------------------------------


def test_favicon_and_a_page_the_policy_never_blocks(browser, live: LiveServer) -> None:
    context, page = new_page(browser, PHONE)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    try:
        page.goto(live.url)
        href = page.locator("link[rel=icon]").evaluate("l => l.href")
        icon = httpx.get(href)
        assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
        assert b"<script" not in icon.content
        ask(page, ENJEUX)
        assert problems == []
    finally:
        context.close()
    html = (WEB_DIR / "index.html").read_text(encoding="utf-8")
    assert " style=" not in html and "<script>" not in html  # nothing inline for the CSP to refuse
    assert ".innerHTML" not in (WEB_DIR / "app.js").read_text(encoding="utf-8")
