"""A chat turn: conversation bookkeeping around Assistant.stream, shared by /api/chat and /v1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from assistant.answering import Assistant
from assistant.conversations import ConversationStore, NotFound


def chat_turn(
    assistant: Assistant,
    store: ConversationStore,
    question: str,
    conversation_id: str | None = None,
    filters: dict[str, Any] | None = None,
    history: list[dict[str, Any]] | None = None,
    *,
    owner: str,
) -> Iterator[dict[str, Any]]:
    """Stream one turn; the question and the final answer are stored when the answer is done.

    `owner` (an owner_hash) owns a new conversation and must own a continued one: another
    owner's conversation is not found. `history` overrides the stored one (the OpenAI endpoint
    sends the whole conversation).
    """
    if conversation_id is not None and not store.exists(conversation_id, owner=owner):
        raise NotFound(
            f"no conversation {conversation_id!r} for this owner token; omit conversation_id to "
            "start one"
        )
    if history is None and conversation_id is not None:
        history = store.history(conversation_id)
    events = assistant.stream(question, history, filters)
    first = next(events)  # validation and retrieval happen here, before anything is stored
    if conversation_id is None:
        conversation_id = store.create(question, owner)
    first["conversation_id"] = conversation_id
    yield first
    for event in events:
        if event["type"] == "done":
            record = event.pop("answer_record")
            store.add_message(conversation_id, "user", question, query=record.query)
            answer = event["answer"]
            answer["conversation_id"] = conversation_id
            answer["message_id"] = store.add_message(
                conversation_id, "assistant", record.text, answer=answer
            )
        yield event


def sse(events: Iterator[dict[str, Any]]) -> Iterator[str]:
    """Server-sent events: `event: <type>` and a JSON `data:` line per event."""
    for event in events:
        yield f"event: {event['type']}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n"
