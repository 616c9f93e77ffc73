"""The official `openai` client against the app served by uvicorn on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from assistant.app import create_app
from assistant.settings import Settings

openai = pytest.importorskip("openai")

DEMOLITIONS = "Combien de démolitions prévoyait le programme d'Antony ?"


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
    assert "fiche-mission-point-etape-psl-antony.txt" in content


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


def test_streaming(client) -> None:
    stream = client.chat.completions.create(
        model="renewal-assistant", messages=[{"role": "user", "content": DEMOLITIONS}], stream=True
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "144" in text and "[1]" in text and "Sources :" in text
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(c.choices[0].finish_reason is None for c in chunks[:-1])
    assert (chunks[-1].model_extra or {})["citations"]


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
