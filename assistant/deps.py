"""Every FastAPI dependency, as Annotated aliases. Long-lived objects live on app.state."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status

from assistant.answering import Assistant
from assistant.conversations import ConversationStore
from assistant.limits import AnswerSlots
from assistant.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


def get_conversations(request: Request) -> ConversationStore:
    return request.app.state.conversations


def get_answer_slots(request: Request) -> AnswerSlots:
    return request.app.state.answer_slots


def _presented_key(authorization: str | None, x_api_key: str | None) -> str:
    if x_api_key:
        return x_api_key
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return ""


def check_key(settings: Settings, authorization: str | None, x_api_key: str | None) -> None:
    expected = settings.api_key
    if not expected:
        return
    presented = _presented_key(authorization, x_api_key)
    # Constant-time comparison; the key itself is never logged or echoed.
    if not hmac.compare_digest(presented.encode(), expected.encode()):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="this endpoint needs the API key: send 'Authorization: Bearer <key>' or 'X-API-Key'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def require_write_key(
    settings: Annotated[Settings, Depends(get_settings)],
    authorization: Annotated[str | None, Header()] = None,
    x_api_key: Annotated[str | None, Header()] = None,
) -> None:
    """Write endpoints need RENEWAL_API_KEY when it is set."""
    check_key(settings, authorization, x_api_key)


def require_read_key(
    settings: Annotated[Settings, Depends(get_settings)],
    authorization: Annotated[str | None, Header()] = None,
    x_api_key: Annotated[str | None, Header()] = None,
) -> None:
    """Read endpoints need the key only when RENEWAL_PROTECT_READS is true."""
    if settings.protect_reads:
        check_key(settings, authorization, x_api_key)


SettingsDep = Annotated[Settings, Depends(get_settings)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
ConversationsDep = Annotated[ConversationStore, Depends(get_conversations)]
AnswerSlotsDep = Annotated[AnswerSlots, Depends(get_answer_slots)]
WriteKey = Depends(require_write_key)
ReadKey = Depends(require_read_key)
