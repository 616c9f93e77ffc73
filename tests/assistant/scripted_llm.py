"""A real OpenAI-compatible chat server on 127.0.0.1 that answers from a script.

Tests queue `Reply` objects; each POST /v1/chat/completions takes the next one and answers it
as OpenAI would (JSON, or server-sent `chat.completion.chunk` events when the request streams),
or misbehaves as told (slow, HTTP 500, a body that is not JSON). Requests are recorded so tests
can read the prompts the assistant sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    text: str = ""
    chunks: list[str] | None = None  # the streamed pieces; default: `text` word by word
    delay_s: float = 0.0  # wait before answering (longer than the client's timeout = a hang)
    stall_s: float = 0.0  # when streaming: wait after the last piece, before the end
    status: int = 200
    raw: bytes | None = None  # send this body as is (garbage), with status 200


class ScriptedLLM:
    """Start with `start()`, queue replies with `script(...)`, read `requests`, `stop()` at the end."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.api_base = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> ScriptedLLM:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def script(self, *replies: Reply) -> None:
        """Forget earlier replies and requests; answer the next requests with these."""
        with self._lock:
            self.replies = deque(replies)
            self.requests = []

    def _next(self, body: dict[str, Any]) -> Reply | None:
        with self._lock:
            self.requests.append(body)
            return self.replies.popleft() if self.replies else None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        llm = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                pass

            def _send(
                self, status: int, body: bytes, content_type: str = "application/json"
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    data = {"object": "list", "data": [{"id": "scripted", "object": "model"}]}
                    self._send(200, json.dumps(data).encode())
                else:
                    self._send(404, b'{"error": {"message": "not found"}}')

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                reply = llm._next(body)
                try:
                    if reply is None:
                        self._send(500, b'{"error": {"message": "no scripted reply left"}}')
                        return
                    if reply.delay_s:
                        time.sleep(reply.delay_s)
                    if reply.raw is not None:
                        self._send(200, reply.raw)
                    elif reply.status != 200:
                        error = {"error": {"message": "scripted failure", "type": "server_error"}}
                        self._send(reply.status, json.dumps(error).encode())
                    elif body.get("stream"):
                        self._stream(body, reply)
                    else:
                        self._send(200, json.dumps(_completion(body, reply.text)).encode())
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): nothing to answer

            def _stream(self, body: dict[str, Any], reply: Reply) -> None:
                pieces = reply.chunks if reply.chunks is not None else _words(reply.text)
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()  # HTTP/1.0: the body ends when the connection closes
                events = [{"role": "assistant", "content": ""}] + [{"content": p} for p in pieces]
                for delta in events:
                    self._event(_chunk(body, delta, None))
                if reply.stall_s:
                    time.sleep(reply.stall_s)
                self._event(_chunk(body, {}, "stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _event(self, payload: dict[str, Any]) -> None:
                self.wfile.write(f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode())
                self.wfile.flush()

        return Handler


def _words(text: str) -> list[str]:
    out, current = [], ""
    for ch in text:
        current += ch
        if ch == " ":
            out.append(current)
            current = ""
    return out + ([current] if current else [])


def _completion(body: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted", "object": "chat.completion", "created": int(time.time()),
        "model": body.get("model", "scripted"),
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }  # fmt: skip


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": int(time.time()),
        "model": body.get("model", "scripted"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }  # fmt: skip
