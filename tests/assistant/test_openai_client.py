"""Clients of the OpenAI-compatible endpoint against the app served by uvicorn on 127.0.0.1: the
official `openai` SDK, langchain-openai and litellm, each reaching the citations, streamed and not.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import uvicorn

from assistant.app import create_app
from assistant.settings import Settings

openai = pytest.importorskip("openai")

DEMOLITIONS = "Combien de démolitions prévoyait le programme d'Antony ?"
ANTONY_SHEET = "fiche-mission-point-etape-psl-antony.txt"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(app_settings: Settings) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(
        create_app(app_settings), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(timeout=10)
    assert not thread.is_alive()


@pytest.fixture(scope="module")
def client(base_url: str):
    return openai.OpenAI(base_url=f"{base_url}/v1", api_key="x", max_retries=0, timeout=30)


def test_models_list(client) -> None:
    assert "renewal-assistant" in [m.id for m in client.models.list()]


def test_chat_completion(client) -> None:
    completion = client.chat.completions.create(
        model="renewal-assistant", messages=[{"role": "user", "content": DEMOLITIONS}]
    )
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    content = choice.message.content
    assert "144" in content and "[1]" in content
    assert "Sources :" in content
    extra = completion.model_extra or {}
    assert extra["refused"] is False and extra["citations"]
    assert ANTONY_SHEET in content
    usage = completion.usage
    assert usage and usage.completion_tokens == -(-len(content) // 4)  # one per 4 characters
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens > 0


def check_annotations(
    annotations: list[dict], content: str, citations: list[dict], base_url: str
) -> None:
    """One url_citation per citation, in the order of n, spanning its [n] marker in the content,
    with the URL of the page's document view at the cited passage."""
    assert [a["type"] for a in annotations] == ["url_citation"] * len(citations)
    for annotation, citation in zip(annotations, citations, strict=True):
        cited = annotation["url_citation"]
        assert content[cited["start_index"] : cited["end_index"]] == f"[{citation['n']}]"
        assert cited["title"].startswith(citation["title"])
        url = urlsplit(cited["url"])
        assert f"{url.scheme}://{url.netloc}" == base_url and url.path == "/"
        fragment = parse_qs(url.fragment)
        assert fragment == {
            "doc": [citation["doc_id"]],
            "start": [str(citation["start"])],
            "end": [str(citation["end"])],
        }


def test_annotations(client, base_url: str) -> None:
    completion = client.chat.completions.create(
        model="renewal-assistant", messages=[{"role": "user", "content": DEMOLITIONS}]
    )
    message = completion.choices[0].message
    annotations = [a.model_dump() for a in message.annotations or []]
    check_annotations(annotations, message.content, completion.model_extra["citations"], base_url)
    assert message.annotations[0].url_citation.url.startswith(f"{base_url}/#doc={ANTONY_SHEET}&")


def test_chat_completion_with_history(client) -> None:
    completion = client.chat.completions.create(
        model="renewal-assistant",
        messages=[
            {"role": "system", "content": "Tu es utile."},
            {"role": "user", "content": "Quel était le montant du projet d'Antony ?"},
            {"role": "assistant", "content": "Montant du projet : 167 millions € TTC [1]"},
            {"role": "user", "content": "Et à Bagneux ?"},
        ],
    )
    assert "157 M€" in completion.choices[0].message.content


def test_streaming(client, base_url: str) -> None:
    stream = client.chat.completions.create(
        model="renewal-assistant", messages=[{"role": "user", "content": DEMOLITIONS}], stream=True
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "144" in text and "[1]" in text and "Sources :" in text
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(c.choices[0].finish_reason is None for c in chunks[:-1])
    citations = (chunks[-1].model_extra or {})["citations"]
    annotations = [
        a for c in chunks for a in (c.choices[0].delta.model_extra or {}).get("annotations", [])
    ]
    check_annotations(annotations, text, citations, base_url)
    assert all(c.usage is None for c in chunks)  # no usage chunk unless asked


def test_streamed_usage_when_asked(client) -> None:
    stream = client.chat.completions.create(
        model="renewal-assistant",
        messages=[{"role": "user", "content": DEMOLITIONS}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    last = chunks[-1]
    assert last.choices == [] and last.usage and last.usage.completion_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])
    text = "".join(c.choices[0].delta.content or "" for c in chunks[:-1])
    whole = client.chat.completions.create(
        model="renewal-assistant", messages=[{"role": "user", "content": DEMOLITIONS}]
    )
    assert text == whole.choices[0].message.content and last.usage == whole.usage


def test_unknown_model_is_a_404(client) -> None:
    with pytest.raises(openai.NotFoundError, match="renewal-assistant") as raised:
        client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": DEMOLITIONS}]
        )
    assert raised.value.code == "model_not_found" and raised.value.param == "model"


def test_bad_request_is_an_api_error(client) -> None:
    with pytest.raises(openai.BadRequestError, match="non-empty user message"):
        client.chat.completions.create(
            model="renewal-assistant", messages=[{"role": "user", "content": " "}]
        )
    with pytest.raises(openai.BadRequestError, match="last message"):
        client.chat.completions.create(
            model="renewal-assistant", messages=[{"role": "assistant", "content": "Bonjour"}]
        )


def test_malformed_request_message_reaches_the_sdk(client) -> None:
    with pytest.raises(openai.UnprocessableEntityError, match=r"messages: .*at least 1"):
        client.chat.completions.create(model="renewal-assistant", messages=[])


def test_errors_have_openai_shape(base_url: str) -> None:
    """OpenAI's `{"error": {"message", "type", "param", "code"}}` on every /v1 error, so any SDK
    version shows the message; the other routes keep `{"detail": ...}`."""
    cases = [
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": " "}]}, 400,
         "invalid_request_error"),
        ("/v1/chat/completions", {"messages": "nope"}, 422, "invalid_request_error"),
        ("/v1/no-such-route", {}, 404, "not_found_error"),
    ]  # fmt: skip
    for path, body, status, kind in cases:
        response = httpx.post(f"{base_url}{path}", json=body, timeout=30)
        assert response.status_code == status, response.text
        error = response.json()["error"]
        assert error["type"] == kind and error["code"] == str(status)
        assert isinstance(error["message"], str) and error["message"]
        assert set(error) == {"message", "type", "param", "code"}
    native = httpx.post(f"{base_url}/api/chat", json={"question": ""}, timeout=30)
    assert native.status_code == 422 and "detail" in native.json()


# -- other clients ------------------------------------------------------------------------------

ANTONY_SOURCE = (
    f"[1] Point d'Etape et Plan Stratégique Local d'Antony — Fiche mission ({ANTONY_SHEET})"
)


def test_langchain_openai(base_url: str) -> None:
    """langchain-openai keeps only the text and the usage of a Chat Completions response (it drops
    annotations and extra fields): the citations reach it as [n] markers and the Sources list."""
    langchain_openai = pytest.importorskip("langchain_openai")
    llm = langchain_openai.ChatOpenAI(
        model="renewal-assistant", base_url=f"{base_url}/v1", api_key="x", max_retries=0, timeout=30
    )
    message = llm.invoke(DEMOLITIONS)
    streamed = None
    for chunk in llm.stream(DEMOLITIONS, stream_usage=True):
        streamed = chunk if streamed is None else streamed + chunk
    assert streamed is not None and streamed.content == message.content
    for reply in (message, streamed):
        assert "144" in reply.content and "[1]" in reply.content
        assert f"Sources :\n{ANTONY_SOURCE}" in reply.content
        assert reply.usage_metadata and reply.usage_metadata["output_tokens"] > 0


def test_litellm(base_url: str) -> None:
    import litellm

    litellm.suppress_debug_info = True  # no "Provider List" banner for an unpriced model
    call = {
        "model": "openai/renewal-assistant",
        "api_base": f"{base_url}/v1",
        "api_key": "x",
        "messages": [{"role": "user", "content": DEMOLITIONS}],
    }
    response = litellm.completion(**call)
    message = response.choices[0].message
    assert "144" in message.content and response.usage.completion_tokens > 0
    check_annotations(message.annotations, message.content, response.citations, base_url)

    chunks = list(litellm.completion(**call, stream=True, stream_options={"include_usage": True}))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    annotations = [
        a
        for c in chunks
        if c.choices
        for a in getattr(c.choices[0].delta, "annotations", None) or []
    ]
    (citations,) = [c.citations for c in chunks if getattr(c, "citations", None)]
    assert text == message.content
    check_annotations(annotations, text, citations, base_url)
    rebuilt = litellm.stream_chunk_builder(chunks)
    assert rebuilt.usage.completion_tokens == response.usage.completion_tokens
    check_annotations(rebuilt.choices[0].message.annotations, text, citations, base_url)
