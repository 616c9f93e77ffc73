"""Pydantic request and response models: the API edge only."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

EXAMPLE_QUESTION = "what were Antony's closure enjeux?"


def _encodable(value: Any) -> bool:
    """False when a string (or one inside a list or dict) holds a lone UTF-16 surrogate."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(_encodable(k) and _encodable(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_encodable(v) for v in value)
    return True


class RequestModel(BaseModel):
    """Base of the request bodies. JSON lets a string carry a lone surrogate escape ("\\ud800"),
    which no UTF-8 store, tokenizer or response can encode: such text is refused with a 422."""

    @field_validator("*", mode="after")
    @classmethod
    def _valid_unicode(cls, value: Any) -> Any:
        if not _encodable(value):
            raise ValueError(
                "contains a lone UTF-16 surrogate (\\ud800-\\udfff): send valid Unicode text"
            )
        return value


# -- errors -----------------------------------------------------------------------------------


class ErrorOut(BaseModel):
    detail: str = Field(description="What went wrong and what to change.")


class ValidationIssue(BaseModel):
    model_config = ConfigDict(extra="allow")

    loc: list[str | int]
    msg: str
    type: str


class ValidationErrorOut(BaseModel):
    """422: pydantic's list of issues for a malformed request, or one message (empty or
    too long question, unknown filter, unusable file name...)."""

    detail: str | list[ValidationIssue]


ERROR_DESCRIPTIONS = {
    400: "The request cannot be answered as sent (see detail).",
    401: "RENEWAL_API_KEY is set and the request lacks it: send 'Authorization: Bearer <key>' or 'X-API-Key'.",
    403: "The operation is not allowed on this resource.",
    404: "No such resource.",
    409: "Conflicts with an existing resource.",
    413: "The upload is larger than RENEWAL_MAX_UPLOAD_BYTES.",
    415: "Unsupported document type.",
    422: "The request is invalid.",
    503: "The index is missing or was built with another embedder: run `renewal ingest`.",
    507: "The upload could not be stored.",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the error statuses a route can answer, so the schema
    documents them (every error body is `{"detail": ...}`)."""
    return {
        code: {"model": ValidationErrorOut if code == 422 else ErrorOut,
               "description": ERROR_DESCRIPTIONS[code]}
        for code in codes
    }  # fmt: skip


class ChatRequest(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"question": EXAMPLE_QUESTION, "stream": False},
        {"question": "Et à Bagneux ?", "conversation_id": "3f2c…", "filters": {"doc_type": "mission_sheet"}},
    ]})  # fmt: skip

    question: str = Field(min_length=1, description="The question, in French or English.")
    conversation_id: str | None = Field(default=None, description="Continue this conversation.")
    filters: dict[str, str] = Field(
        default_factory=dict, description="doc_type, site, year (or range), client..."
    )
    stream: bool = Field(default=False, description="Server-sent events instead of one JSON body.")


class CitationOut(BaseModel):
    n: int
    doc_id: str
    chunk_id: str
    title: str
    section: str
    quote: str
    start: int
    end: int
    supported: bool | None = None
    support_score: float | None = None


class PassageOut(BaseModel):
    rank: int
    doc_id: str
    chunk_id: str
    title: str
    doc_type: str
    section: str
    text: str
    start: int
    end: int
    score: float = Field(description="What the passages are ordered by: in hybrid mode the "
                         "second-stage ranking's probability (0 past its depth, where the fused "
                         "order holds), else the retriever's score.")
    lexical: float | None = None
    dense: float | None = None
    lexical_rank: int | None = None
    dense_rank: int | None = None
    fused: float | None = Field(default=None, description="The hybrid search's fused score.")


class ChatResponse(BaseModel):
    answer: str
    citations: list[CitationOut]
    refused: bool
    grounded: bool
    query: str
    mode: str
    notice: str | None = None
    language: str
    nearest_documents: list[dict[str, Any]] = Field(default_factory=list)
    passages: list[PassageOut] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    conversation_id: str
    message_id: str
    owner_token: str | None = Field(
        default=None,
        description="Set when the request sent no X-Renewal-Owner: the owner token issued for "
        "this conversation. Send it as X-Renewal-Owner to continue, list or read it.",
    )


# The response header of the chat routes when the server issued an owner token (OpenAPI).
OWNER_RESPONSE_HEADER = {
    "X-Renewal-Owner": {
        "description": "The owner token issued for a request that sent none: keep it and send "
        "it as X-Renewal-Owner to continue, list or read the conversation.",
        "schema": {"type": "string"},
    }
}


class SearchRequest(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"query": "Combien de démolitions à Antony ?", "k": 5},
        {"query": "enjeux", "k": 3, "filters": {"site": "Bagneux"}},
    ]})  # fmt: skip

    query: str = Field(min_length=1, max_length=2000)
    k: int = Field(default=5, ge=1, le=50)
    filters: dict[str, str] = Field(default_factory=dict)
    mode: Literal["hybrid", "lexical", "dense"] = "hybrid"


class SearchResponse(BaseModel):
    query: str
    hits: list[PassageOut]


class DocumentSummary(BaseModel):
    doc_id: str
    title: str
    doc_type: str
    chunks: int
    metadata: dict[str, Any]


class ChunkSpan(BaseModel):
    chunk_id: str
    position: int
    section: str
    start: int
    end: int


class DocumentOut(BaseModel):
    doc_id: str
    title: str
    doc_type: str
    text: str
    metadata: dict[str, Any]
    chunks: list[ChunkSpan]


class FeedbackRequest(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"message_id": "9b1d…", "rating": "down", "comment": "La citation [2] ne dit pas cela."},
    ]})  # fmt: skip

    message_id: str = Field(min_length=1, max_length=100)
    rating: Literal["up", "down"]
    comment: str = Field(default="", max_length=4000)


class FeedbackResponse(BaseModel):
    id: str
    stored: bool = True


class ConversationSummary(BaseModel):
    id: str
    title: str
    created: float
    updated: float
    messages: int


class ConversationOut(BaseModel):
    id: str
    title: str
    created: float
    updated: float
    messages: list[dict[str, Any]]


class ConversationRename(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"title": "Démolitions à Antony"}]})

    title: str = Field(
        min_length=1,
        max_length=120,
        pattern=r"\S",
        description="The new title: 1-120 characters, not only spaces (kept on one line).",
    )


class RegenerateRequest(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"stream": False},
        {"question": "Combien de démolitions à Bagneux ?", "filters": {"doc_type": "mission_sheet"}},
    ]})  # fmt: skip

    question: str | None = Field(
        default=None,
        min_length=1,
        description="The edited last question; omitted, the last question is asked again.",
    )
    filters: dict[str, str] = Field(
        default_factory=dict, description="doc_type, site, year (or range), client..."
    )
    stream: bool = Field(default=False, description="Server-sent events instead of one JSON body.")


class JobAccepted(BaseModel):
    job_id: str
    status_url: str = Field(description="Poll it (GET) for the job's outcome.")
    state: Literal["queued", "running", "done", "failed", "cancelled"]


class UploadAccepted(JobAccepted):
    doc_id: str = Field(description="The uploaded document's id once indexed.")


class JobOut(BaseModel):
    id: str
    kind: str = Field(description="upload, reindex or delete")
    paths: list[str]
    state: Literal["queued", "running", "done", "failed", "cancelled"]
    created: float
    finished: float | None = None
    report: dict[str, Any] | None = Field(default=None, description="The ingest report, when done.")
    error: str | None = Field(default=None, description="Why it failed or was cancelled.")
    waiting: str | None = Field(
        default=None, description="Why a queued job has not started: another process is ingesting "
        "into the same data directory (the job retries until it can run)."
    )


class Health(BaseModel):
    status: str
    documents: int
    chunks: int
    embedder: str
    mode: str
    llm_model: str | None
    index_version: str


# -- OpenAI-compatible ------------------------------------------------------------------------


class OpenAIErrorBody(BaseModel):
    message: str = Field(description="What went wrong and what to change.")
    type: str = Field(description="invalid_request_error, authentication_error, not_found_error...")
    param: str | None = None
    code: str | None = None


class OpenAIErrorOut(BaseModel):
    """Errors of the `/v1` routes, in OpenAI's shape so that its SDKs show the message."""

    error: OpenAIErrorBody


def openai_error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the `/v1` routes' errors (`{"error": {...}}`)."""
    return {
        code: {"model": OpenAIErrorOut, "description": ERROR_DESCRIPTIONS[code]} for code in codes
    }


# A request's cost is bounded: at most this many messages (a client sending a whole chat history
# stays well under it); only the last turns of the history are read (assistant/openai_compat.py).
MAX_OPENAI_MESSAGES = 200


class OpenAIMessage(RequestModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class OpenAIStreamOptions(RequestModel):
    model_config = ConfigDict(extra="allow")

    include_usage: bool = Field(
        default=False, description="End the stream with a chunk carrying `usage` (no choices)."
    )


class OpenAIChatRequest(RequestModel):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {"model": "renewal-assistant", "messages": [{"role": "user", "content": EXAMPLE_QUESTION}]},
        {"model": "renewal-assistant", "stream": True, "stream_options": {"include_usage": True},
         "messages": [{"role": "user", "content": EXAMPLE_QUESTION}]},
    ]})  # fmt: skip

    model: str = Field(
        default="renewal-assistant",
        description="The only model is `renewal-assistant` (GET /v1/models); another id gets 404.",
    )
    messages: list[OpenAIMessage] = Field(min_length=1, max_length=MAX_OPENAI_MESSAGES)
    stream: bool = False
    stream_options: OpenAIStreamOptions | None = None


class OpenAIModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str


class OpenAIModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[OpenAIModelCard]


class OpenAIUrlCitation(BaseModel):
    url: str = Field(description="The chat page's document view at the cited passage.")
    title: str
    start_index: int = Field(description="Where the [n] marker starts in the message content.")
    end_index: int = Field(description="Where it ends (exclusive).")


class OpenAIAnnotation(BaseModel):
    type: Literal["url_citation"] = "url_citation"
    url_citation: OpenAIUrlCitation


class OpenAIAssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str
    annotations: list[OpenAIAnnotation] = Field(
        default_factory=list, description="One `url_citation` per citation, at its first marker."
    )


class OpenAIUsage(BaseModel):
    """Estimated, not counted by a tokenizer: one token per 4 characters (rounded up)."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class OpenAIChoice(BaseModel):
    index: int
    finish_reason: str
    message: OpenAIAssistantMessage


class OpenAIChatCompletion(BaseModel):
    """The usual chat.completion object, plus the answer's `citations`, `refused` and `notice`."""

    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[OpenAIChoice]
    usage: OpenAIUsage
    citations: list[CitationOut]
    refused: bool
    notice: str | None = None
