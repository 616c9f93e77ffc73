"""HTTP routes of the assistant (the OpenAI-compatible ones are in openai_compat.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, HTTPException, Path, Query, Response
from fastapi.concurrency import iterate_in_threadpool, run_in_threadpool
from fastapi.responses import StreamingResponse

from assistant.chat import chat_turn, sse
from assistant.conversations import ANY_OWNER, owner_hash
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
    ConversationSummary,
    DocumentOut,
    DocumentSummary,
    FeedbackRequest,
    FeedbackResponse,
    Health,
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
    events = chat_turn(
        assistant, store, body.question, body.conversation_id, body.filters, owner=owner_hash(token)
    )
    # The first event runs validation and retrieval, so errors become proper HTTP statuses;
    # it waits for an answering slot (503 when none frees in time).
    first = await slots.run(next, events)
    if issued:
        events = _hand_over(events, token)
    if body.stream:

        async def stream():
            for line in sse(iter([first])):
                yield line
            try:
                async for line in iterate_in_threadpool(sse(events)):
                    yield line
            except Exception as exc:  # headers are sent: report the failure as an event
                log.exception("streamed answer failed")
                detail = (
                    str(exc) if isinstance(exc, RenewalError) else "internal error while answering"
                )
                for line in sse(iter([{"type": "error", "detail": detail}])):
                    yield line

        headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no", **issued}
        return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)
    rest = await run_in_threadpool(list, events)
    response.headers.update(issued)
    return next(e for e in rest if e["type"] == "done")["answer"]


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
) -> list[dict]:
    """The conversations of the X-Renewal-Owner token (none without one), latest first."""
    if every_owner:
        require_key_holder(settings, owner)
        return store.list(owner=ANY_OWNER)
    return store.list(owner=owner.own)


@router.get("/api/conversations/{conversation_id}", response_model=ConversationOut, tags=["chat"], dependencies=[ReadKey],
            responses=error_responses(401, 404, 422))  # fmt: skip
def conversation(conversation_id: str, store: ConversationsDep, owner: OwnerDep) -> dict:
    """One of your conversations (any, for the API key holder), every answer as it was given."""
    return store.get(conversation_id, owner=owner.visible)


@router.delete("/api/conversations/{conversation_id}", status_code=204, tags=["chat"], dependencies=[WriteKey],
               responses=error_responses(401, 404, 422))  # fmt: skip
def delete_conversation(conversation_id: str, store: ConversationsDep, owner: OwnerDep) -> None:
    store.delete(conversation_id, owner=owner.visible)
