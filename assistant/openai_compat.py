"""OpenAI-compatible endpoints, so the official `openai` client and Open WebUI can use the assistant.

The answer's citations are appended to the message text ("Sources :" list) and given in an
extra `citations` field of the response (and of the last streamed chunk). Each completion is
stored as a conversation of the X-Renewal-Owner token, as /api/chat does (a client that sends
none gets a new token in the X-Renewal-Owner response header).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Response
from fastapi.concurrency import iterate_in_threadpool, run_in_threadpool
from fastapi.responses import StreamingResponse

from assistant.chat import chat_turn
from assistant.conversations import owner_hash
from assistant.deps import AnswerSlotsDep, AssistantDep, ConversationsDep, OwnerDep, ReadKey
from assistant.schemas import (
    OWNER_RESPONSE_HEADER,
    OpenAIChatCompletion,
    OpenAIChatRequest,
    OpenAIModelList,
    openai_error_responses,
)
from ingest.errors import RenewalError

MODEL_ID = "renewal-assistant"
router = APIRouter(prefix="/v1", tags=["openai"])


class OpenAIRequestError(RenewalError):
    """The request has no user message to answer."""


def sources_block(answer: dict[str, Any]) -> str:
    if not answer["citations"]:
        return ""
    title = "Sources:" if answer.get("language") == "en" else "Sources :"
    lines = [f"[{c['n']}] {c['title']}" + (f" — {c['section']}" if c["section"] else "") + f" ({c['doc_id']})"
             for c in answer["citations"]]  # fmt: skip
    return "\n\n" + title + "\n" + "\n".join(lines)


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
    history = [{**t, "content": t["content"][:HISTORY_TURN_CHARS]}
               for t in turns[:-1][-HISTORY_TURNS:]]  # fmt: skip
    return turns[-1]["content"], history


def _chunk(completion_id: str, created: int, delta: dict[str, Any], finish: str | None = None,
           **extra: Any) -> str:  # fmt: skip
    payload = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}  # fmt: skip
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


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


@router.post("/chat/completions", response_model=OpenAIChatCompletion, dependencies=[ReadKey],
             responses={200: {"content": {"text/event-stream": {}}, "headers": OWNER_RESPONSE_HEADER},
                        **openai_error_responses(400, 401, 422)})  # fmt: skip
async def chat_completions(
    body: OpenAIChatRequest,
    assistant: AssistantDep,
    store: ConversationsDep,
    slots: AnswerSlotsDep,
    owner: OwnerDep,
    response: Response,
):
    """Answer the last user message; earlier messages are the conversation history."""
    question, history = _split(body)
    token, issued = owner.chat_token()
    events = chat_turn(assistant, store, question, history=history, owner=owner_hash(token))
    # Errors surface before the stream starts; it waits for an answering slot (503 if none).
    first = await slots.run(next, events)
    completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    created = int(time.time())
    if not body.stream:
        done = next(e for e in await run_in_threadpool(list, events) if e["type"] == "done")[
            "answer"
        ]
        response.headers.update(issued)
        return {
            "id": completion_id, "object": "chat.completion", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "finish_reason": "stop", "message": {
                "role": "assistant", "content": done["answer"] + sources_block(done)}}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            "citations": done["citations"], "refused": done["refused"], "notice": done["notice"],
        }  # fmt: skip

    def lines(events: Iterator[dict[str, Any]]) -> Iterator[str]:
        yield _chunk(completion_id, created, {"role": "assistant", "content": ""})
        for event in events:
            if event["type"] == "delta":
                yield _chunk(completion_id, created, {"content": event["text"]})
            elif event["type"] == "done":
                answer = event["answer"]
                tail = sources_block(answer)
                if tail:
                    yield _chunk(completion_id, created, {"content": tail})
                yield _chunk(completion_id, created, {}, "stop", citations=answer["citations"],
                             refused=answer["refused"], notice=answer["notice"])  # fmt: skip
        yield "data: [DONE]\n\n"

    del first
    return StreamingResponse(
        iterate_in_threadpool(lines(events)), media_type="text/event-stream", headers=issued
    )
