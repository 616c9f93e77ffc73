"""The FastAPI application factory. Index, embedder, prompts and stores are created once, in lifespan."""

from __future__ import annotations

import json
import logging
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.answering import QuestionError
from assistant.conversations import ConversationStore, NotFound
from assistant.deps import check_key
from assistant.jobs import IngestJobs
from assistant.limits import AnswerSlots
from assistant.services import open_services
from assistant.settings import Settings, load_settings
from index.backends import SearchUnavailable
from index.search import FilterError
from ingest.errors import EmbedderMismatch, IndexMissing, IngestLocked, RenewalError

log = logging.getLogger(__name__)
WEB_DIR = Path(__file__).parent / "web"


def create_app(settings: Settings | None = None, *, build_index: bool = True) -> FastAPI:
    """The API and the chat page. `build_index=False` expects an index to exist already."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        resolved = settings or load_settings()
        assistant = open_services(resolved, build_index=build_index)
        embedder = assistant.embedder
        app.state.settings = resolved
        app.state.assistant = assistant
        app.state.answer_slots = AnswerSlots(resolved.answer_slots, resolved.answer_queue_timeout_s)
        app.state.conversations = ConversationStore(
            Path(resolved.data_dir) / "app.sqlite",
            max_age_days=resolved.conversation_max_age_days,
            max_per_owner=resolved.conversation_max_per_owner,
        )
        # Jobs a stopped server left queued or running are resumed here (see assistant/jobs.py).
        app.state.jobs = IngestJobs(resolved.corpus_dir, resolved.data_dir, embedder,
                                    resolved.chunk_size, resolved.chunk_overlap,
                                    parse_limits=resolved.parse_limits,
                                    backend=assistant.indexes.backend,
                                    encoders=resolved.encoders)  # fmt: skip
        try:
            yield
        finally:
            app.state.jobs.shutdown()
            app.state.conversations.close()
            app.state.assistant.indexes.close()

    # Swagger UI and ReDoc served from the installed fastapi-offline package: /docs works offline.
    app = FastAPIOffline(
        title="Renewal assistant",
        version="0.1.0",
        description=(
            "Questions over the French urban-renewal corpus, answered with citations to the "
            "passages they come from; precedent missions and proposal drafts for consultants."
        ),
        lifespan=lifespan,
    )
    _add_error_handlers(app)

    from assistant.admin_api import router as admin_router
    from assistant.api import router as api_router
    from assistant.consultant_api import router as consultant_router
    from assistant.openai_compat import router as openai_router

    app.include_router(api_router)
    app.include_router(admin_router)
    app.include_router(consultant_router)
    app.include_router(openai_router)
    _add_web(app)
    app.add_middleware(BodyGuard)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(AllowedHosts)  # outermost: a request for another host gets no further
    return app


class AllowedHosts:
    """Pure ASGI middleware: a request whose Host header is not in RENEWAL_ALLOWED_HOSTS gets a
    JSON 400 (a page on another site reaching this server through DNS rebinding is refused)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        settings = getattr(scope["app"].state, "settings", None) if scope["type"] == "http" else None
        if settings is not None and not settings.host_allowed(_host(scope)):
            message = f"host {_host(scope)!r} is not served here (RENEWAL_ALLOWED_HOSTS)"
            await _send_json(send, 400, _error_body(scope["path"], message))
            return
        await self.app(scope, receive, send)


def _host(scope: dict[str, Any]) -> str:
    """The Host header without its port ("[::1]:8000" -> "[::1]")."""
    for name, value in scope["headers"]:
        if name == b"host":
            host = value.decode("latin-1").strip().lower()
            return host.rsplit(":", 1)[0] if host.rfind(":") > host.rfind("]") else host
    return ""


UPLOAD_PATH = "/api/documents"
MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers around an upload's bytes
MAX_JSON_BODY = 4 * 1024 * 1024  # any other request: a chat history of 200 long messages fits


class BodyGuard:
    """Pure ASGI middleware: an upload's API key is checked, and every request body's size is
    bounded, before the body is read. A declared Content-Length over the limit gets 413 at once;
    a body that turns out longer while streaming is cut off with 413 as soon as it passes it."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        settings = getattr(scope["app"].state, "settings", None)
        upload = scope["path"] == UPLOAD_PATH
        limit = (settings.max_upload_bytes + MULTIPART_OVERHEAD if upload and settings
                 else MAX_JSON_BODY)  # fmt: skip
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if upload and settings is not None:
            try:
                check_key(settings, headers.get("authorization"), headers.get("x-api-key"))
            except HTTPException as exc:
                await _send_json(send, exc.status_code, {"detail": exc.detail}, exc.headers)
                return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await _send_json(send, 413, _error_body(scope["path"], _too_large(limit, upload)))
            return
        received = 0
        guard_answered = app_started = False

        async def counted() -> dict[str, Any]:
            nonlocal received, guard_answered
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Answer now and tell the app the client is gone: it reads no further.
                    if not app_started and not guard_answered:
                        guard_answered = True
                        await _send_json(send, 413, _error_body(scope["path"], _too_large(limit, upload)))
                    return {"type": "http.disconnect"}
            return message

        async def watched(message: dict[str, Any]) -> None:
            nonlocal app_started
            if guard_answered:
                return  # the guard has answered: what the app sends after is dropped
            app_started = app_started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counted, watched)


def _error_body(path: str, message: str) -> dict[str, Any]:
    """{"detail": ...}, or OpenAI's shape under /v1."""
    if path.startswith("/v1/"):
        return {"error": {"message": message, "type": "invalid_request_error", "param": None,
                          "code": None}}  # fmt: skip
    return {"detail": message}


def _too_large(limit: int, upload: bool) -> str:
    if upload:
        return f"the upload is larger than {limit - MULTIPART_OVERHEAD} bytes (RENEWAL_MAX_UPLOAD_BYTES)"
    return f"the request body is larger than {limit} bytes"


async def _send_json(send: Any, status: int, body: dict[str, Any],
                     headers: dict[str, str] | None = None) -> None:  # fmt: skip
    payload = json.dumps(body).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": payload})


# The page loads only its own script and stylesheet (no inline script or style), talks only to
# its own origin and may not be framed. Swagger UI and ReDoc (/docs, /redoc) load their files
# from this server too, but start with an inline script (and ReDoc runs in a blob: worker).
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")  # fmt: skip
DOCS_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; "
               "style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; "
               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'")  # fmt: skip
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer")]  # fmt: skip


class SecurityHeaders:
    """Pure ASGI middleware (streamed answers pass through untouched): security headers and a
    content security policy on every response."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope.get("path", "").startswith(("/docs", "/redoc"))
        policy = (DOCS_POLICY if docs else PAGE_POLICY).encode()

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                extra = SECURITY_HEADERS + [(b"content-security-policy", policy)]
                headers += [(n, v) for n, v in extra if n not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


OPENAI_ERROR_TYPES = {
    400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
    404: "not_found_error", 409: "conflict_error", 413: "invalid_request_error",
    422: "invalid_request_error", 429: "rate_limit_error",
}  # fmt: skip


def error_response(
    request: Request, status_code: int, detail: object, headers: dict[str, str] | None = None
) -> Response:
    """Every error body the API sends: `{"detail": ...}`, or OpenAI's `{"error": {...}}` on `/v1`
    so that OpenAI SDKs (whatever their version) show the message instead of a bare status."""
    if request.url.path.startswith("/v1/") or request.url.path == "/v1":
        message = detail if isinstance(detail, str) else _validation_message(detail)
        content: object = {"error": {
            "message": message, "type": OPENAI_ERROR_TYPES.get(status_code, "server_error"),
            "param": None, "code": str(status_code)}}  # fmt: skip
    else:
        content = {"detail": detail}
    # FastAPI's own handler echoes the input as UTF-8, which fails on a lone surrogate
    # ("\ud800" is valid JSON): escaped as ASCII, any input can be echoed back.
    body = json.dumps(jsonable_encoder(content), ensure_ascii=True)
    return Response(body, status_code=status_code, media_type="application/json", headers=headers)


def _validation_message(errors: object) -> str:
    """pydantic's issue list as one readable line: "messages.0.content: Field required; ..."."""
    if not isinstance(errors, list):
        return str(errors)
    parts = []
    for issue in errors:
        loc = ".".join(str(p) for p in issue.get("loc", ()) if p != "body")
        parts.append(f"{loc}: {issue.get('msg', '')}" if loc else str(issue.get("msg", "")))
    return "; ".join(parts) or "invalid request"


def _add_error_handlers(app: FastAPI) -> None:
    statuses: list[tuple[type[Exception], int]] = [
        (QuestionError, 422), (FilterError, 422), (NotFound, 404), (IndexMissing, 503),
        (EmbedderMismatch, 503), (IngestLocked, 409), (SearchUnavailable, 503),
    ]  # fmt: skip
    for exc_type, code in statuses:

        def handler(request: Request, exc: Exception, code: int = code) -> Response:
            return error_response(request, code, str(exc))

        app.add_exception_handler(exc_type, handler)

    def domain_error(request: Request, exc: Exception) -> Response:
        log.warning("%s %s failed: %s", request.method, request.url.path, exc)
        return error_response(request, 400, str(exc))

    app.add_exception_handler(RenewalError, domain_error)

    def invalid_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_response(request, 422, jsonable_encoder(exc.errors()))

    app.add_exception_handler(RequestValidationError, invalid_request)

    def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return error_response(request, exc.status_code, exc.detail, getattr(exc, "headers", None))

    app.add_exception_handler(StarletteHTTPException, http_error)


def _add_web(app: FastAPI) -> None:
    index_html = WEB_DIR / "index.html"
    if not index_html.exists():
        return
    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def chat_page() -> FileResponse:
        return FileResponse(index_html, headers={"Cache-Control": "no-cache"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        """Browsers and clients ask for it whatever the page links: the page's SVG icon."""
        return FileResponse(WEB_DIR / "favicon.svg", media_type="image/svg+xml",
                            headers={"Cache-Control": "max-age=86400"})  # fmt: skip
