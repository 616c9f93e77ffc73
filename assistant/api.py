"""HTTP routes of the assistant (the OpenAI-compatible ones are in openai_compat.py)."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, HTTPException, Path, Query, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from assistant.answering import Assistant
from assistant.chat import chat_turn, sse
from assistant.conversations import ANY_OWNER, ConversationStore, owner_hash
from assistant.deps import (
    AnswerSlotsDep,
    AssistantDep,
    ConversationsDep,
    OwnerDep,
    ReadKey,
    SettingsDep,
    WriteKey,
    require_key_holder,
)
from assistant.schemas import (
    OWNER_RESPONSE_HEADER,
    ChatRequest,
    ChatResponse,
    ChunkSpan,
    ConversationOut,
    ConversationRename,
    ConversationSummary,
    DocumentOut,
    DocumentSummary,
    FeedbackRequest,
    FeedbackResponse,
    Health,
    RegenerateRequest,
    SearchRequest,
    SearchResponse,
    error_responses,
)
from ingest.errors import RenewalError

log = logging.getLogger(__name__)

router = APIRouter()


@router.get("/healthz", response_model=Health, tags=["meta"])
def health(assistant: AssistantDep, settings: SettingsDep) -> Health:
    index = assistant.indexes.current()
    return Health(
        status="ok", documents=len(index.doc_ids), chunks=index.n_chunks,
        embedder=index.manifest.embedder, mode=assistant.mode,
        llm_model=settings.llm_model or None, index_version=index.manifest.version,
    )  # fmt: skip


@router.post("/api/chat", response_model=ChatResponse, tags=["chat"], dependencies=[ReadKey],
             responses={200: {"content": {"text/event-stream": {}}, "headers": OWNER_RESPONSE_HEADER},
                        **error_responses(400, 401, 404, 422)})  # fmt: skip
async def chat(body: ChatRequest, assistant: AssistantDep, store: ConversationsDep,
               slots: AnswerSlotsDep, owner: OwnerDep, response: Response):  # fmt: skip
    """Answer a question with numbered citations; `stream: true` sends server-sent events
    (`meta`, `delta`..., `done` with the whole answer record).

    The conversation belongs to the X-Renewal-Owner token; without one the server issues a token,
    in the X-Renewal-Owner response header and the answer's `owner_token`: send it to continue."""
    token, issued = owner.chat_token()
    owner_id = owner_hash(token)
    answers = _StoppableAnswers(assistant)
    events = chat_turn(
        answers, store, body.question, body.conversation_id, body.filters, owner=owner_id
    )  # type: ignore[arg-type]
    # The first event runs validation and retrieval, so errors become proper HTTP statuses;
    # it waits for an answering slot (503 when none frees in time).
    first = await slots.run(next, events)
    if issued:
        events = _hand_over(events, token)

    def abandoned() -> None:
        # A new conversation is stored with the first event, its messages with the answer:
        # a first answer stopped or failed leaves nothing, not an empty conversation.
        if body.conversation_id is None:
            store.discard_if_empty(first["conversation_id"], owner=owner_id)

    return await _respond(first, events, answers, body.stream, issued, response, abandoned)


@router.post("/api/conversations/{conversation_id}/regenerate", response_model=ChatResponse,
             tags=["chat"], dependencies=[ReadKey],
             responses={200: {"content": {"text/event-stream": {}}},
                        **error_responses(400, 401, 404, 422)})  # fmt: skip
async def regenerate(conversation_id: str, body: RegenerateRequest, assistant: AssistantDep,
                     store: ConversationsDep, slots: AnswerSlotsDep, owner: OwnerDep,
                     response: Response):  # fmt: skip
    """Answer the last question of one of your conversations again, or `question` in its place
    (the last question, edited), as /api/chat does. The new turn replaces the last one once its
    answer is done; stopped or failed, it stores nothing and the last turn stays as it was."""
    owner_id = owner.own
    last = store.last_turn(conversation_id, owner=owner_id)
    replaced = last["message_ids"]
    history = store.history(conversation_id, limit=20 + len(replaced))[: -len(replaced)]
    question = last["question"] if body.question is None else body.question
    answers = _StoppableAnswers(assistant)
    turn = chat_turn(answers, store, question, conversation_id, body.filters, history,
                     owner=owner_id)  # type: ignore[arg-type]  # fmt: skip
    events = _replacing(turn, store, conversation_id, replaced, owner_id)
    first = await slots.run(next, events)
    return await _respond(first, events, answers, body.stream, {}, response, lambda: None)


def _replacing(events: Iterator[dict[str, Any]], store: ConversationStore, conversation_id: str,
               replaced: list[str], owner: str) -> Iterator[dict[str, Any]]:  # fmt: skip
    """The replaced turn is deleted as soon as the new one is stored, in the same step: a
    client that goes away at any moment leaves one of the two turns, never both or neither."""
    for event in events:
        if event["type"] == "done":
            store.delete_messages(conversation_id, replaced, owner=owner)
        yield event


class _StoppableAnswers:
    """The assistant, as chat_turn uses it, with answers that end early once `stop` is set:
    chat_turn stores a turn when its answer is done, so an answer stopped before that stores
    nothing, and the model's stream is closed."""

    def __init__(self, assistant: Assistant):
        self.assistant = assistant
        self.stop = threading.Event()

    def stream(self, *args: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
        events = self.assistant.stream(*args, **kwargs)
        try:
            for event in events:
                if self.stop.is_set():
                    return
                yield event
        finally:
            events.close()


async def _respond(first: dict[str, Any], events: Iterator[dict[str, Any]],
                   answers: _StoppableAnswers, stream: bool, headers: dict[str, str],
                   response: Response, abandoned: Callable[[], None]):  # fmt: skip
    """The answer as one JSON body, or as server-sent events; `abandoned` runs when the answer
    is never done (answering failed, or a streaming client went away)."""
    if stream:
        turn = _StreamedTurn(first, events, answers.stop, abandoned)
        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no", **headers}
        return StreamingResponse(turn.lines(), media_type="text/event-stream", headers=headers,
                                 background=BackgroundTask(turn.stop))  # fmt: skip
    try:
        rest = await run_in_threadpool(list, events)
    except BaseException:
        abandoned()
        raise
    response.headers.update(headers)
    return next(e for e in rest if e["type"] == "done")["answer"]


class _StreamedTurn:
    """A streamed answer's events as server-sent event lines, stopped when the client goes away.

    Each event is produced in a worker thread. When the client disconnects, Starlette cancels
    the stream: the step under way is left to its thread, and `stop` makes the answer end at
    its next event (a token of the model, or the done answer), before anything is stored. The
    last of the two to finish, the stream or the step, closes the events and discards what a
    turn that never got done left (`abandoned`). `stop` also runs as the response's background
    task, for a client gone before the stream started.
    """

    def __init__(self, first: dict[str, Any], events: Iterator[dict[str, Any]],
                 stop_answer: threading.Event, abandoned: Callable[[], None]):  # fmt: skip
        self.first = first
        self.events = events
        self.stop_answer = stop_answer
        self.abandoned = abandoned
        self.lock = threading.Lock()
        self.running = self.stopped = self.done = self.cleaned = False

    async def lines(self) -> AsyncIterator[str]:
        try:
            for line in sse(iter([self.first])):
                yield line
            try:
                while (event := await self._next()) is not None:
                    for line in sse(iter([event])):
                        yield line
            except Exception as exc:  # headers are sent: report the failure as an event
                log.exception("streamed answer failed")
                detail = (
                    str(exc) if isinstance(exc, RenewalError) else "internal error while answering"
                )
                for line in sse(iter([{"type": "error", "detail": detail}])):
                    yield line
        finally:
            self.stop()

    async def _next(self) -> dict[str, Any] | None:
        # Cancelled (the client went away), the await ends at once and the step goes on alone.
        return await anyio.to_thread.run_sync(self._step, abandon_on_cancel=True)

    def _step(self) -> dict[str, Any] | None:
        """The next event (None at the end, or once stopped), in a worker thread."""
        with self.lock:
            if self.stopped:
                return None
            self.running = True
        try:
            event = next(self.events, None)
            if event is not None and event["type"] == "done":
                self.done = True
            return event
        finally:
            with self.lock:
                self.running = False
                stopped = self.stopped
            if stopped:
                self._clean_up()

    def stop(self) -> None:
        self.stop_answer.set()
        with self.lock:
            self.stopped = True
            running = self.running
        if not running:
            self._clean_up()

    def _clean_up(self) -> None:
        with self.lock:
            if self.cleaned:
                return
            self.cleaned = True
        self.events.close()
        if not self.done:
            self.abandoned()


def _hand_over(events: Iterator[dict[str, Any]], token: str) -> Iterator[dict[str, Any]]:
    """The done answer carries the owner token issued for it, added once the answer is stored:
    the database keeps only the token's hash."""
    for event in events:
        if event["type"] == "done":
            event["answer"]["owner_token"] = token
        yield event


@router.post("/api/search", response_model=SearchResponse, tags=["search"], dependencies=[ReadKey],
             responses=error_responses(400, 401, 422))  # fmt: skip
async def search(body: SearchRequest, assistant: AssistantDep,
                 slots: AnswerSlotsDep) -> SearchResponse:  # fmt: skip
    """Ranked passages with their lexical, dense and fused scores: the passages answering would
    retrieve (hybrid search and the second-stage ranking), or one retriever alone."""
    hits = await slots.run(assistant.search, body.query, body.filters, body.k, body.mode)
    return SearchResponse(query=body.query, hits=[h.to_dict() for h in hits])  # type: ignore[misc]


@router.get("/api/documents", response_model=list[DocumentSummary], tags=["documents"], dependencies=[ReadKey],
            responses=error_responses(401, 422))  # fmt: skip
def documents(assistant: AssistantDep) -> list[dict]:
    return assistant.indexes.current().documents_summary()


@router.get("/api/documents/{doc_id:path}", response_model=DocumentOut, tags=["documents"], dependencies=[ReadKey],
            responses=error_responses(401, 404, 422))  # fmt: skip
def document(
    assistant: AssistantDep,
    doc_id: str = Path(description="The document id (its path in the corpus)."),
) -> DocumentOut:
    """The cleaned text and metadata, for showing a cited passage in context."""
    index = assistant.indexes.current()
    doc = index.document(doc_id)
    if doc is None:
        raise HTTPException(
            status_code=404, detail=f"no document {doc_id!r}; see GET /api/documents"
        )
    chunks = [ChunkSpan(chunk_id=c.chunk_id, position=c.position, section=c.section, start=c.start, end=c.end)
              for c in index.document_chunks(doc_id)]  # fmt: skip
    return DocumentOut(doc_id=doc.doc_id, title=doc.title, doc_type=doc.doc_type, text=doc.text,
                       metadata=doc.metadata, chunks=chunks)  # fmt: skip


@router.post("/api/feedback", response_model=FeedbackResponse, tags=["feedback"], dependencies=[WriteKey],
             responses=error_responses(400, 401, 404, 422))  # fmt: skip
def feedback(body: FeedbackRequest, store: ConversationsDep, owner: OwnerDep) -> FeedbackResponse:
    """Thumbs up or down on an answer of one of your conversations, with an optional comment."""
    feedback_id = store.add_feedback(
        body.message_id, 1 if body.rating == "up" else -1, body.comment, owner=owner.visible
    )
    return FeedbackResponse(id=feedback_id)


@router.get("/api/conversations", response_model=list[ConversationSummary], tags=["chat"], dependencies=[ReadKey],
            responses=error_responses(401, 403, 422))  # fmt: skip
def conversations(
    store: ConversationsDep,
    owner: OwnerDep,
    settings: SettingsDep,
    every_owner: bool = Query(
        default=False,
        alias="all",
        description="Every owner's conversations: for the API key holder only.",
    ),
    q: str = Query(
        default="",
        max_length=200,
        description="Only the conversations whose title or a message contains this text "
        "(case and accents ignored).",
    ),
) -> list[dict]:
    """The conversations of the X-Renewal-Owner token (none without one), latest first."""
    if every_owner:
        require_key_holder(settings, owner)
        return store.list(owner=ANY_OWNER, query=q)
    return store.list(owner=owner.own, query=q)


@router.get("/api/conversations/{conversation_id}", response_model=ConversationOut, tags=["chat"], dependencies=[ReadKey],
            responses=error_responses(401, 404, 422))  # fmt: skip
def conversation(conversation_id: str, store: ConversationsDep, owner: OwnerDep) -> dict:
    """One of your conversations (any, for the API key holder), every answer as it was given."""
    return store.get(conversation_id, owner=owner.visible)


@router.delete("/api/conversations/{conversation_id}", status_code=204, tags=["chat"], dependencies=[WriteKey],
               responses=error_responses(401, 404, 422))  # fmt: skip
def delete_conversation(conversation_id: str, store: ConversationsDep, owner: OwnerDep) -> None:
    store.delete(conversation_id, owner=owner.visible)


@router.patch("/api/conversations/{conversation_id}", response_model=ConversationSummary, tags=["chat"],
              dependencies=[WriteKey], responses=error_responses(400, 401, 404, 422))  # fmt: skip
def rename_conversation(conversation_id: str, body: ConversationRename, store: ConversationsDep,
                        owner: OwnerDep) -> dict:  # fmt: skip
    """Rename one of your conversations (any, for the API key holder); its place in the list
    does not change."""
    return store.rename(conversation_id, body.title, owner=owner.visible)
