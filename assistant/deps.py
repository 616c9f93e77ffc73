"""Every FastAPI dependency, as Annotated aliases. Long-lived objects live on app.state.

The dependencies are `async def`: each only reads app.state or compares a header, and FastAPI
runs a plain `def` dependency in a worker thread, a round trip through the event loop for
every dependency of every request (a third of the loop's work under load)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status

from assistant.answering import Assistant
from assistant.conversations import ANY_OWNER, ConversationStore, new_owner_token, owner_hash
from assistant.limits import AnswerSlots
from assistant.settings import Settings


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


async def get_conversations(request: Request) -> ConversationStore:
    return request.app.state.conversations


async def get_answer_slots(request: Request) -> AnswerSlots:
    return request.app.state.answer_slots


def _presented_key(authorization: str | None, x_api_key: str | None) -> str:
    if x_api_key:
        return x_api_key
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return ""


def holds_key(settings: Settings, authorization: str | None, x_api_key: str | None) -> bool:
    """True when RENEWAL_API_KEY is set and the request presents it."""
    expected = settings.api_key
    if not expected:
        return False
    presented = _presented_key(authorization, x_api_key)
    # Constant-time comparison; the key itself is never logged or echoed.
    return hmac.compare_digest(presented.encode(), expected.encode())


def _key_needed() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="this endpoint needs the API key: send 'Authorization: Bearer <key>' or 'X-API-Key'",
        headers={"WWW-Authenticate": "Bearer"},
    )


def check_key(settings: Settings, authorization: str | None, x_api_key: str | None) -> None:
    if settings.api_key and not holds_key(settings, authorization, x_api_key):
        raise _key_needed()


async def require_write_key(
    settings: Annotated[Settings, Depends(get_settings)],
    authorization: Annotated[str | None, Header()] = None,
    x_api_key: Annotated[str | None, Header()] = None,
) -> None:
    """Write endpoints need RENEWAL_API_KEY when it is set."""
    check_key(settings, authorization, x_api_key)


async def require_read_key(
    settings: Annotated[Settings, Depends(get_settings)],
    authorization: Annotated[str | None, Header()] = None,
    x_api_key: Annotated[str | None, Header()] = None,
) -> None:
    """Read endpoints need the key only when RENEWAL_PROTECT_READS is true."""
    if settings.protect_reads:
        check_key(settings, authorization, x_api_key)


OWNER_HEADER = "X-Renewal-Owner"


@dataclass(frozen=True)
class Owner:
    """Who asks: the owner token sent in X-Renewal-Owner (if any), and whether the API key came
    with it. Without the key, a client reaches only the conversations created with its token."""

    token: str | None
    key_holder: bool

    @property
    def own(self) -> str:
        """The stored owner of this client's conversations ('' without a token: none match)."""
        return owner_hash(self.token) if self.token else ""

    @property
    def visible(self) -> str:
        """Whose conversations this client may read, delete and rate: any for the key holder."""
        return ANY_OWNER if self.key_holder else self.own

    def chat_token(self) -> tuple[str, dict[str, str]]:
        """The token a chat turn is stored under: the client's own, or one issued now for a client
        that sent none, with the response headers that hand it over (X-Renewal-Owner)."""
        if self.token:
            return self.token, {}
        token = new_owner_token()
        return token, {OWNER_HEADER: token}


OwnerToken = Annotated[
    str | None,
    Header(
        pattern=r"^[A-Za-z0-9_-]{16,128}$",
        description="Your owner token (16-128 URL-safe characters, e.g. the one the server issued "
        "in this header): conversations are listed, read and continued only with the token that "
        "created them.",
    ),
]


async def get_owner(
    settings: Annotated[Settings, Depends(get_settings)],
    authorization: Annotated[str | None, Header()] = None,
    x_api_key: Annotated[str | None, Header()] = None,
    x_renewal_owner: OwnerToken = None,
) -> Owner:
    return Owner(x_renewal_owner, holds_key(settings, authorization, x_api_key))


def require_key_holder(settings: Settings, owner: Owner) -> None:
    """What only the key holder may do, such as listing every owner's conversations."""
    if not settings.api_key:
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail="only the API key holder sees every owner's conversations: set RENEWAL_API_KEY "
            "on the server and send it",
        )
    if not owner.key_holder:
        raise _key_needed()


SettingsDep = Annotated[Settings, Depends(get_settings)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
ConversationsDep = Annotated[ConversationStore, Depends(get_conversations)]
AnswerSlotsDep = Annotated[AnswerSlots, Depends(get_answer_slots)]
OwnerDep = Annotated[Owner, Depends(get_owner)]
WriteKey = Depends(require_write_key)
ReadKey = Depends(require_read_key)
