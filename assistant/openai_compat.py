"""OpenAI-compatible endpoints, so the official `openai` client, langchain-openai, litellm and
Open WebUI can use the assistant.

Citations reach a client three ways: as OpenAI `url_citation` annotations of the message (streamed
in a delta, and in the final message), whose URL opens the chat page's document view at the cited
passage; in an extra `citations` field of the response (and of the last streamed chunk); and as a
"Sources :" list appended to the text. The list stays even though annotations exist: Open WebUI
shows chips from the annotations, but langchain-openai keeps neither annotations nor extra fields
of a Chat Completions response, and plain clients show only the text.

Each completion is stored as a conversation of the X-Renewal-Owner token, as /api/chat does (a
client that sends none gets a new token in the X-Renewal-Owner response header). Open WebUI's
background tasks (title, tags, follow-ups...) are answered at once, without search or storage.
"""

from __future__ import annotations

import json
import math
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import iterate_in_threadpool, run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

from assistant.chat import chat_turn
from assistant.citations import MARKER
from assistant.conversations import owner_hash
from assistant.deps import AnswerSlotsDep, AssistantDep, ConversationsDep, OwnerDep, ReadKey
from assistant.schemas import (
    OWNER_RESPONSE_HEADER,
    OpenAIChatCompletion,
    OpenAIChatRequest,
    OpenAIMessage,
    OpenAIModelList,
    openai_error_responses,
)
from ingest.errors import RenewalError

MODEL_ID = "renewal-assistant"
router = APIRouter(prefix="/v1", tags=["openai"])


class OpenAIRequestError(RenewalError):
    """The request has no user message to answer."""


def _label(citation: dict[str, Any]) -> str:
    return citation["title"] + (f" — {citation['section']}" if citation["section"] else "")


def sources_block(answer: dict[str, Any]) -> str:
    if not answer["citations"]:
        return ""
    title = "Sources:" if answer.get("language") == "en" else "Sources :"
    lines = [f"[{c['n']}] {_label(c)} ({c['doc_id']})" for c in answer["citations"]]
    return "\n\n" + title + "\n" + "\n".join(lines)


def passage_url(page_url: str, citation: dict[str, Any]) -> str:
    """The chat page's document view with the cited passage highlighted (#doc=...&start=...&end=...,
    read by assistant/web/app.js when the page loads)."""
    fragment = urlencode(
        {"doc": citation["doc_id"], "start": citation["start"], "end": citation["end"]}, safe="/"
    )
    return f"{page_url}#{fragment}"


def url_citations(answer: dict[str, Any], page_url: str) -> list[dict[str, Any]]:
    """One OpenAI `url_citation` per citation, spanning its first [n] marker in the answer text
    (character offsets into the message content, which starts with that text), ordered by n.

    Open WebUI (open-webui/open-webui, backend/open_webui/utils/middleware.py at 000032ed1cfe,
    stream_body_handler, "Handle delta annotations") reads `choices[0].delta.annotations[*]` of
    type "url_citation" from a stream (not from a whole response) and emits each
    `url_citation.url` and `.title` as a source; its page (src/lib/components/chat/Messages/
    Citations.svelte at 023b1e735af3) merges sources by URL and links the text's [n] to the n-th
    one. Hence one annotation per citation, in the order of n: a repeated URL would be listed
    again inside its chip, and [n] would point at the wrong source if the order were the text's.
    """
    first: dict[int, tuple[int, int]] = {}
    for match in MARKER.finditer(answer["answer"]):
        for number in re.split(r"\s*[,;]\s*", match.group(1)):
            first.setdefault(int(number), match.span())
    annotations = []
    for citation in sorted(answer["citations"], key=lambda c: c["n"]):
        if citation["n"] in first:
            start, end = first[citation["n"]]
            annotations.append(
                {
                    "type": "url_citation",
                    "url_citation": {
                        "url": passage_url(page_url, citation),
                        "title": _label(citation),
                        "start_index": start,
                        "end_index": end,
                    },
                }
            )
    return annotations


def estimate_tokens(text: str) -> int:
    """Tokens estimated as one per 4 characters, rounded up (OpenAI's rule of thumb): the same
    estimate for every request, streamed or not, without loading a tokenizer."""
    return math.ceil(len(text) / 4)


# -- Open WebUI's background tasks ---------------------------------------------------------------

# Open WebUI asks its chat model for a chat's title, tags, follow-up questions, search queries,
# autocompletion and image prompt with one user message built from a template of
# backend/open_webui/config.py (DEFAULT_TITLE_GENERATION_PROMPT_TEMPLATE, DEFAULT_TAGS_...,
# DEFAULT_FOLLOW_UP_..., DEFAULT_QUERY_..., DEFAULT_AUTOCOMPLETE_..., DEFAULT_IMAGE_PROMPT_...;
# sent by backend/open_webui/routers/tasks.py): it starts with "### Task:" and, before the
# <chat_history> it quotes, asks for a JSON object with one key. Recognised by that structure, not
# by the exact text, which differs between versions and can be edited by an admin.
TASK_HEADER = re.compile(r"\s*###\s*Task:")
TASK_KEY = re.compile(r'\{\s*"(title|tags|follow_ups|queries|text|prompt)"\s*:')
EMPTY_TASK_REPLIES = {"tags": [], "follow_ups": [], "queries": [], "text": "", "prompt": ""}
# Open WebUI quotes the history as "USER: ..." and "ASSISTANT: ..." lines (get_messages_content).
CHAT_HISTORY = re.compile(r"<chat_history>(.*?)</chat_history>", re.S)
USER_TURN = re.compile(r"^USER:[ \t]*(.*?)(?=^(?:USER|ASSISTANT|SYSTEM):|\Z)", re.S | re.M)
TITLE_CHARS = 60


def housekeeping_task(messages: list[OpenAIMessage]) -> str | None:
    """The JSON key a background task asks for ("title", "tags"...), or None for a question."""
    candidates = [m for m in messages if m.role in ("system", "developer")]
    candidates += [m for m in messages[-1:] if m.role == "user"]
    for message in candidates:
        text = message.text()
        key = TASK_KEY.search(text.split("<chat_history>", 1)[0])
        if TASK_HEADER.match(text) and key:
            return key.group(1)
    return None


def chat_title(prompt: str) -> str:
    """A title from the first question of the quoted chat history ("" if it quotes none, and
    Open WebUI then names the chat after the question itself)."""
    history = CHAT_HISTORY.search(prompt)
    question = USER_TURN.search(history.group(1)) if history else None
    if question is None:
        return ""
    title = " ".join(question.group(1).split()).rstrip(" ?!.…:;")
    if len(title) <= TITLE_CHARS:
        return title
    return title[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def housekeeping_answer(key: str, prompt: str) -> dict[str, Any]:
    """What a background task gets: the JSON its template asks for, a title or nothing."""
    value = chat_title(prompt) if key == "title" else EMPTY_TASK_REPLIES[key]
    text = json.dumps({key: value}, ensure_ascii=False)
    return {"answer": text, "citations": [], "refused": False, "notice": None}


# -- the endpoints ------------------------------------------------------------------------------

# What of a client's history is read: its last turns, each cut to a length (a follow-up needs
# the previous question, not a 200 KB paste), so a long history costs no more than a short one.
HISTORY_TURNS = 6
HISTORY_TURN_CHARS = 4000


def _split(body: OpenAIChatRequest) -> tuple[str, list[dict[str, str]]]:
    turns = [
        {"role": m.role, "content": m.text()}
        for m in body.messages
        if m.role in ("user", "assistant")
    ]
    if not turns or turns[-1]["role"] != "user" or not turns[-1]["content"].strip():
        raise OpenAIRequestError("the last message must be a non-empty user message")
    history = [
        {**t, "content": t["content"][:HISTORY_TURN_CHARS]} for t in turns[:-1][-HISTORY_TURNS:]
    ]
    return turns[-1]["content"], history


def model_not_found(model: str) -> JSONResponse:
    message = f"no model {model[:100]!r}: the only model is {MODEL_ID!r} (GET /v1/models)"
    error = dict(message=message, type="not_found_error", param="model", code="model_not_found")
    return JSONResponse({"error": error}, status_code=404)


@dataclass(frozen=True)
class CompletionWriter:
    """Writes one answer as a chat.completion, or as the chat.completion.chunk events of a stream."""

    page_url: str  # the chat page, for the annotations' URLs
    prompt_tokens: int
    id: str = field(default_factory=lambda: f"chatcmpl-{uuid.uuid4().hex[:24]}")
    created: int = field(default_factory=lambda: int(time.time()))

    def usage(self, content: str) -> dict[str, int]:
        completion = estimate_tokens(content)
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": self.prompt_tokens + completion,
        }

    def completion(self, answer: dict[str, Any]) -> dict[str, Any]:
        content = answer["answer"] + sources_block(answer)
        message = {
            "role": "assistant",
            "content": content,
            "annotations": url_citations(answer, self.page_url),
        }
        return {
            "id": self.id,
            "object": "chat.completion",
            "created": self.created,
            "model": MODEL_ID,
            "usage": self.usage(content),
            **_extra(answer),
            "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        }

    def chunks(self, events: Iterator[dict[str, Any]], include_usage: bool) -> Iterator[str]:
        """The text as it is written, then the Sources list, the annotations, the finish chunk
        (with the extra fields) and, if asked, OpenAI's last chunk: `usage` and no choices."""
        usage = {"usage": None} if include_usage else {}  # null on every other chunk, as OpenAI
        yield self._chunk({"role": "assistant", "content": ""}, **usage)
        for event in events:
            if event["type"] == "delta":
                yield self._chunk({"content": event["text"]}, **usage)
            elif event["type"] == "done":
                answer = event["answer"]
                tail = sources_block(answer)
                if tail:
                    yield self._chunk({"content": tail}, **usage)
                annotations = url_citations(answer, self.page_url)
                if annotations:
                    yield self._chunk({"annotations": annotations}, **usage)
                yield self._chunk({}, "stop", **_extra(answer), **usage)
                if include_usage:
                    yield self._chunk(None, usage=self.usage(answer["answer"] + tail))
        yield "data: [DONE]\n\n"

    def _chunk(self, delta: dict[str, Any] | None, finish: str | None = None, **extra: Any) -> str:
        choices = [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish}]
        payload = {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": MODEL_ID,
            "choices": choices,
            **extra,
        }
        return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


def _extra(answer: dict[str, Any]) -> dict[str, Any]:
    return {k: answer[k] for k in ("citations", "refused", "notice")}


@router.get(
    "/models",
    response_model=OpenAIModelList,
    dependencies=[ReadKey],
    responses=openai_error_responses(401, 422),
)
def models() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "renewal"}],
    }


@router.post(
    "/chat/completions",
    response_model=OpenAIChatCompletion,
    dependencies=[ReadKey],
    responses={
        200: {"content": {"text/event-stream": {}}, "headers": OWNER_RESPONSE_HEADER},
        **openai_error_responses(400, 401, 404, 422),
    },
)
async def chat_completions(
    body: OpenAIChatRequest,
    request: Request,
    assistant: AssistantDep,
    store: ConversationsDep,
    slots: AnswerSlotsDep,
    owner: OwnerDep,
    response: Response,
):
    """Answer the last user message; earlier messages are the conversation history."""
    if body.model != MODEL_ID:
        return model_not_found(body.model)
    prompt = "\n".join(m.text() for m in body.messages)
    task = housekeeping_task(body.messages)
    events: Iterator[dict[str, Any]]
    if task is not None:  # no search, no conversation, no answering slot
        answer = housekeeping_answer(task, prompt)
        events = iter(
            [{"type": "delta", "text": answer["answer"]}, {"type": "done", "answer": answer}]
        )
        issued: dict[str, str] = {}
    else:
        question, history = _split(body)
        token, issued = owner.chat_token()
        events = chat_turn(assistant, store, question, history=history, owner=owner_hash(token))
        # Errors surface before the stream starts; it waits for an answering slot (503 if none).
        await slots.run(next, events)  # the "meta" event: validation and retrieval
    writer = CompletionWriter(str(request.base_url), estimate_tokens(prompt))
    if not body.stream:
        done = next(e for e in await run_in_threadpool(list, events) if e["type"] == "done")
        response.headers.update(issued)
        return writer.completion(done["answer"])
    include_usage = bool(body.stream_options and body.stream_options.include_usage)
    return StreamingResponse(
        iterate_in_threadpool(writer.chunks(events, include_usage)),
        media_type="text/event-stream",
        headers=issued,
    )
