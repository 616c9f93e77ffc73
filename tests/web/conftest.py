"""Fixtures of the browser tests: Debian's Chromium, and the real app served over the shipped corpus.

`live` is module-scoped: one server (real embedder, real index built at first start) per test
module, over a copy of the shipped corpus plus one hostile document.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from assistant.app import create_app
from assistant.settings import PROJECT_ROOT, Settings
from tests.web.harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    HOSTILE_NAME,
    HOSTILE_TEXT,
    PHONE,
    LiveServer,
    new_page,
    sync_playwright,
)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("chat-page")
    corpus = root / "corpus"
    shutil.copytree(PROJECT_ROOT / "corpus", corpus)
    (corpus / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    settings = Settings(
        corpus_dir=corpus, data_dir=root / "data", llm_model="", api_key="", threads=1
    )
    server = LiveServer(create_app(settings), data_dir=root / "data").start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if sync_playwright is None:
        pytest.skip("needs Playwright: pip install playwright")
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's Chromium: apt-get install -y chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser) -> Iterator:
    context, page = new_page(browser, DESKTOP)
    yield page
    context.close()


@pytest.fixture
def phone(browser) -> Iterator:
    context, page = new_page(browser, PHONE)
    yield page
    context.close()
