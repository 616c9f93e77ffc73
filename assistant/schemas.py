"""Pydantic request and response models: the API edge only."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EXAMPLE_QUESTION = "what were Antony's closure enjeux?"


class ChatRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"question": EXAMPLE_QUESTION, "stream": False},
        {"question": "Et à Bagneux ?", "conversation_id": "3f2c…", "filters": {"doc_type": "mission_sheet"}},
    ]})  # fmt: skip

    question: str = Field(min_length=1, description="The question, in French or English.")
    conversation_id: str | None = Field(default=None, description="Continue this conversation.")
    filters: dict[str, str] = Field(default_factory=dict, description="doc_type, site, year (or range), client...")
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
    score: float
    lexical: float | None = None
    dense: float | None = None
    lexical_rank: int | None = None
    dense_rank: int | None = None


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


class SearchRequest(BaseModel):
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


class FeedbackRequest(BaseModel):
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


class Health(BaseModel):
    status: str
    documents: int
    chunks: int
    embedder: str
    mode: str
    llm_model: str | None
    index_version: str


# -- OpenAI-compatible ------------------------------------------------------------------------


class OpenAIMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class OpenAIChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {"model": "renewal-assistant", "messages": [{"role": "user", "content": EXAMPLE_QUESTION}]},
    ]})  # fmt: skip

    model: str = "renewal-assistant"
    messages: list[OpenAIMessage] = Field(min_length=1)
    stream: bool = False
