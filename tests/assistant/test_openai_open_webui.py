"""What Open WebUI needs of /v1/chat/completions: citations it can read from the stream, and its
background tasks (chat title, tags, follow-ups...) answered without search or a new conversation.

The reading of the stream mirrors Open WebUI's own (open-webui/open-webui,
backend/open_webui/utils/middleware.py, stream_body_handler, at 000032ed1cfe) and the task prompts
have the structure of its templates (backend/open_webui/config.py, DEFAULT_*_PROMPT_TEMPLATE): a
"### Task:" header, the JSON object to answer, then the chat history as "USER:"/"ASSISTANT:" lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from assistant.app import create_app
from assistant.openai_compat import chat_title
from tests.assistant.conftest import make_settings

KEY = "open-webui-test-key"
DEMOLITIONS = "Combien de démolitions prévoyait le programme d'Antony ?"
ENJEUX = "what were Antony's closure enjeux?"


@pytest.fixture(scope="module")
def keyed(data_copy: Path) -> Iterator[TestClient]:
    """The app with an API key, so that every owner's conversations can be listed; /v1 needs none."""
    with TestClient(create_app(make_settings(data_copy, api_key=KEY), build_index=False)) as client:
        yield client


def conversations(client: TestClient) -> list[dict[str, Any]]:
    response = client.get("/api/conversations?all=true", headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 200, response.text
    return response.json()


def stream_chunks(text: str) -> list[dict[str, Any]]:
    lines = [line.removeprefix("data: ") for line in text.split("\n\n") if line.strip()]
    assert lines[-1] == "[DONE]"
    return [json.loads(line) for line in lines[:-1]]


# -- citations as Open WebUI reads them ----------------------------------------------------------


def open_webui_sources(stream: str) -> list[dict[str, Any]]:
    """The sources Open WebUI makes of a stream: for each `data:` line with choices, each
    annotation of `choices[0].delta.annotations` of type "url_citation" that has a `url_citation`
    becomes a source named by its title (the URL if none) with the URL as its metadata's source."""
    sources = []
    for line in stream.splitlines():
        if not line.startswith("data:") or line[len("data:") :].strip() == "[DONE]":
            continue
        data = json.loads(line[len("data:") :].strip())
        choices = data.get("choices", [])
        if not choices:
            continue
        for annotation in choices[0].get("delta", {}).get("annotations") or []:
            if annotation.get("type") == "url_citation" and "url_citation" in annotation:
                url = annotation["url_citation"].get("url", "")
                title = annotation["url_citation"].get("title", url)
                sources.append(
                    {
                        "source": {"name": title, "url": url},
                        "document": [title],
                        "metadata": [{"source": url, "name": title}],
                    }
                )
    return sources


@pytest.mark.parametrize("question", [DEMOLITIONS, ENJEUX])
def test_streamed_annotations_are_open_webui_sources(keyed: TestClient, question: str) -> None:
    body = {"model": "renewal-assistant", "messages": [{"role": "user", "content": question}]}
    streamed = keyed.post("/v1/chat/completions", json={**body, "stream": True})
    assert streamed.status_code == 200
    citations = stream_chunks(streamed.text)[-1]["citations"]
    sources = open_webui_sources(streamed.text)
    assert citations and len(sources) == len(citations)
    # The page merges sources by URL (metadata.source) and links [n] to the n-th: one distinct
    # URL per citation, in the order of n.
    urls = [s["metadata"][0]["source"] for s in sources]
    assert len(set(urls)) == len(urls)
    assert [c["n"] for c in citations] == list(range(1, len(urls) + 1))
    for source, citation in zip(sources, citations, strict=True):
        url = urlsplit(source["source"]["url"])
        assert url.scheme == "http" and url.netloc == "testserver" and url.path == "/"
        passage = {
            "doc": citation["doc_id"],
            "start": str(citation["start"]),
            "end": str(citation["end"]),
        }
        assert parse_qs(url.fragment) == {k: [v] for k, v in passage.items()}
        assert source["source"]["name"].startswith(citation["title"])

    whole = keyed.post("/v1/chat/completions", json=body).json()
    message = whole["choices"][0]["message"]
    assert [a["url_citation"]["url"] for a in message["annotations"]] == urls
    for annotation, citation in zip(message["annotations"], whole["citations"], strict=True):
        cited = annotation["url_citation"]
        assert message["content"][cited["start_index"] : cited["end_index"]] == f"[{citation['n']}]"


def test_usage_is_the_same_streamed_or_not(keyed: TestClient) -> None:
    body = {
        "messages": [
            {"role": "system", "content": "Sois bref."},
            {"role": "user", "content": DEMOLITIONS},
        ]
    }
    whole = keyed.post("/v1/chat/completions", json=body).json()
    asked = {**body, "stream": True, "stream_options": {"include_usage": True}}
    chunks = stream_chunks(keyed.post("/v1/chat/completions", json=asked).text)
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"] == whole["usage"]
    assert all(c["usage"] is None for c in chunks[:-1])
    text = "Sois bref.\n" + DEMOLITIONS
    assert whole["usage"]["prompt_tokens"] == -(-len(text) // 4)


def test_an_unknown_model_is_a_404_before_anything_starts(keyed: TestClient) -> None:
    before = conversations(keyed)
    for stream in (False, True):
        response = keyed.post(
            "/v1/chat/completions",
            json={
                "model": "llama3",
                "stream": stream,
                "messages": [{"role": "user", "content": DEMOLITIONS}],
            },
        )
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/json"
        assert response.json()["error"] == {
            "message": "no model 'llama3': the only model is 'renewal-assistant' (GET /v1/models)",
            "type": "not_found_error",
            "param": "model",
            "code": "model_not_found",
        }
    assert conversations(keyed) == before


# -- background tasks ----------------------------------------------------------------------------


def task_prompt(instruction: str, output: str, history: list[tuple[str, str]]) -> str:
    """A prompt shaped like Open WebUI's task templates, with the chat history it quotes."""
    quoted = "\n".join(f"{role.upper()}: {text}" for role, text in history)
    return (
        f"### Task:\n{instruction}\n### Guidelines:\n- Use the chat's primary language.\n"
        f"### Output:\nJSON format: {output}\n### Chat History:\n<chat_history>\n{quoted}\n"
        "</chat_history>"
    )


HISTORY = [
    ("user", DEMOLITIONS),
    ("assistant", 'Programme : 144 démolitions [1]\n{ "title": "x" }'),
]
TASKS = {
    "title": (
        "Generate a concise, 3-5 word title summarizing the chat history.",
        '{ "title": "your concise title here" }',
    ),
    "tags": (
        "Generate 1-3 broad tags categorizing the main themes of the chat history.",
        '{ "tags": ["tag1", "tag2", "tag3"] }',
    ),
    "follow_ups": (
        "Suggest 3-5 relevant follow-up questions the user might ask next.",
        '{ "follow_ups": ["Question 1?", "Question 2?", "Question 3?"] }',
    ),
    "queries": (
        "Analyze the chat history to determine the necessity of generating search queries.",
        '{ "queries": ["query1", "query2"] }',
    ),
    "text": (
        "You are an autocompletion system. Continue the text in `<text>`.",
        '{ "text": "<your_completion>" }',
    ),
}
ANSWERS = {
    "title": "Combien de démolitions prévoyait le programme d'Antony",
    "tags": [],
    "follow_ups": [],
    "queries": [],
    "text": "",
}


@pytest.mark.parametrize("key", list(TASKS))
def test_background_tasks_are_answered_without_search_or_conversation(
    keyed: TestClient, key: str
) -> None:
    prompt = task_prompt(*TASKS[key], HISTORY)
    before = conversations(keyed)
    body = {
        "model": "renewal-assistant",
        "stream": False,
        "max_completion_tokens": 1000,
        "messages": [{"role": "user", "content": prompt}],
    }
    response = keyed.post("/v1/chat/completions", json=body)
    assert response.status_code == 200 and "x-renewal-owner" not in response.headers
    completion = response.json()
    message = completion["choices"][0]["message"]
    assert json.loads(message["content"]) == {key: ANSWERS[key]}
    assert message["annotations"] == [] and completion["citations"] == []
    assert completion["usage"]["prompt_tokens"] == -(-len(prompt) // 4)

    streamed = keyed.post("/v1/chat/completions", json={**body, "stream": True})
    chunks = stream_chunks(streamed.text)
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert json.loads(text) == {key: ANSWERS[key]} and chunks[-1]["citations"] == []
    assert conversations(keyed) == before


def test_a_task_prompt_in_the_system_message_is_recognised(keyed: TestClient) -> None:
    before = conversations(keyed)
    messages = [
        {"role": "system", "content": task_prompt(*TASKS["tags"], HISTORY)},
        {"role": "user", "content": DEMOLITIONS},
    ]
    response = keyed.post("/v1/chat/completions", json={"messages": messages})
    assert json.loads(response.json()["choices"][0]["message"]["content"]) == {"tags": []}
    assert conversations(keyed) == before


def test_tasks_take_no_answering_slot(app_settings) -> None:
    settings = app_settings.model_copy(update={"answer_slots": 1, "answer_queue_timeout_s": 0.3})
    with TestClient(create_app(settings)) as client:
        slots = client.app.state.answer_slots
        holder = object()  # another answer holding the only slot
        client.portal.call(slots.limiter.acquire_on_behalf_of, holder)
        try:
            title = {
                "messages": [{"role": "user", "content": task_prompt(*TASKS["title"], HISTORY)}]
            }
            assert client.post("/v1/chat/completions", json=title).status_code == 200
            question = {"messages": [{"role": "user", "content": DEMOLITIONS}]}
            assert client.post("/v1/chat/completions", json=question).status_code == 503
        finally:
            client.portal.call(slots.limiter.release_on_behalf_of, holder)


@pytest.mark.parametrize(
    "question",
    [
        DEMOLITIONS + ' Réponds en JSON : { "title": "..." }',
        'Quels ### Task: { "tags": [] } à Antony ?',
    ],
)
def test_questions_that_look_like_tasks_are_answered(keyed: TestClient, question: str) -> None:
    before = {c["id"] for c in conversations(keyed)}
    response = keyed.post(
        "/v1/chat/completions", json={"messages": [{"role": "user", "content": question}]}
    )
    assert response.status_code == 200 and response.headers["x-renewal-owner"]
    (new,) = [c for c in conversations(keyed) if c["id"] not in before]
    assert new["title"] == question and new["messages"] == 2


def test_chat_title() -> None:
    history = "<chat_history>\nUSER: Quel était le montant\ndu projet ?\nASSISTANT: 167 M€ [1]\n</chat_history>"
    assert chat_title("### Task:\n...\n" + history) == "Quel était le montant du projet"
    long = "USER: " + "Quelles étaient les démolitions prévues " * 4
    title = chat_title(f"<chat_history>\n{long}\n</chat_history>")
    assert title == "Quelles étaient les démolitions prévues Quelles étaient les…"
    assert chat_title("### Task:\nno history quoted") == ""
