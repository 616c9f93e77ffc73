"""HTTP routes for consultants: precedent missions for a brief, and cited proposal drafts.

Every passage in these answers has the same shape, `SourcePassage`:
`{"doc_id", "chunk_id", "section", "start", "end", "quote"}` with `quote == text[start:end]` of
`GET /api/documents/{doc_id}`, so a client can highlight it in its document.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.deps import AssistantDep, ReadKey
from assistant.drafting import (
    DEFAULT_AUTHOR,
    DOCX_MIME,
    draft_docx,
    draft_markdown,
    draft_proposal,
)
from assistant.missions import MissionNotFound, mission_records
from assistant.precedents import (
    PRECEDENT_FILTER_KEYS,
    BriefError,
    comparison_markdown,
    find_precedents,
    parse_precedent_filters,
)
from assistant.schemas import RequestModel, error_responses

router = APIRouter(tags=["consultants"])
DOCX_AUTHOR = DEFAULT_AUTHOR

EXAMPLE_BRIEF = "point d'étape de clôture ANRU pour un quartier de 40 000 habitants, avec plan stratégique local"
FILTERS_HELP = (
    f"Precedent filters ({', '.join(PRECEDENT_FILTER_KEYS)}): mission_type, client and site match "
    "a part of the value; year is a year or a range like 2010-2015; amount_min / amount_max take "
    "an amount such as 150M€."
)


class SourcePassage(BaseModel):
    doc_id: str
    chunk_id: str
    section: str
    start: int
    end: int
    quote: str


class MatchOut(BaseModel):
    criterion: str = Field(
        description="mission_type, keywords, population, components, amount, client or site"
    )
    score: float = Field(description="0..1")
    weight: float
    detail: str = Field(
        description="Why, in French, e.g. « 38 495 habitants pour 40 000 demandés (écart -4%) »"
    )
    terms: list[str]
    zones: list[str] = Field(
        description="Where the terms were found: title, enjeux, content, components..."
    )
    passages: list[SourcePassage]


class PrecedentOut(BaseModel):
    rank: int
    comparable: bool = Field(
        description="Same family of mission type as the brief and close enough to it (calibrated)"
    )
    similarity: float = Field(description="Cosine of the brief and the mission's closest chunk")
    type_match: bool | None = Field(description="None when the brief names no mission type")
    doc_id: str
    title: str
    score: float = Field(description="0.35 × retrieval_score + 0.65 × field_score")
    retrieval_score: float
    field_score: float
    retrieval: dict[str, Any] = Field(
        description="{score, max, mean, chunks: [{chunk_id, section, start, end, rank, score}]}"
    )
    matches: list[MatchOut]
    record: dict[str, Any] = Field(description="The mission record (see GET /api/missions)")


class ComparisonOut(BaseModel):
    columns: list[dict[str, Any]] = Field(description="[{doc_id, title, place}], one per mission")
    rows: list[dict[str, Any]] = Field(
        description="[{field, label, cells: [{value, text, items, passages: [SourcePassage]}]}], one "
        "cell per column; `text` is plain text, `items` the list values (enjeux, content) one by "
        "one; no markup"
    )
    shared: dict[str, Any] = Field(
        description="{components, actors, quantities} common to all columns"
    )
    markdown: str


class PrecedentsRequest(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"brief": EXAMPLE_BRIEF, "k": 5},
        {"brief": EXAMPLE_BRIEF, "filters": {"mission_type": "Capitalisation", "amount_min": "100M€"}},
        {"compare": ["fiche-mission-point-etape-cloture-bagneux.txt",
                     "fiche-mission-point-etape-psl-antony.txt"]},
    ]})  # fmt: skip

    brief: str = Field(
        default="", max_length=4000, description="The mission to propose, in free text."
    )
    k: int = Field(default=5, ge=1, le=50)
    filters: dict[str, str] = Field(default_factory=dict, description=FILTERS_HELP)
    compare: list[str] | None = Field(
        default=None,
        max_length=10,
        description="doc_ids of the missions to compare side by side; default: the ranked precedents.",
    )

    @model_validator(mode="after")
    def _brief_or_compare(self) -> PrecedentsRequest:
        if not self.brief.strip() and not self.compare:
            raise ValueError("give a brief to rank precedents, or doc_ids in compare")
        return self


class PrecedentsResponse(BaseModel):
    no_comparable: bool = Field(
        description="A brief was given and no mission of the corpus is comparable to it"
    )
    notice: str | None = Field(description="Says so, in French, when no mission is comparable")
    brief: str
    parsed: dict[str, Any] | None = Field(
        description="What was read in the brief: {key_phrases, population, amount_eur, mission_types, "
        "clients, places, components}"
    )
    filters: dict[str, Any]
    precedents: list[PrecedentOut]
    comparison: ComparisonOut | None


class DraftRequest(RequestModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"brief": EXAMPLE_BRIEF},
        {"brief": EXAMPLE_BRIEF, "doc_ids": ["fiche-mission-point-etape-cloture-bagneux.txt"],
         "format": "docx"},
    ]})  # fmt: skip

    brief: str = Field(min_length=1, max_length=4000)
    doc_ids: list[str] | None = Field(
        default=None, description="Draw from these missions; default: the best-ranked ones."
    )
    k: int = Field(default=3, ge=1, le=10, description="How many ranked precedents to draw from.")
    filters: dict[str, str] = Field(default_factory=dict, description=FILTERS_HELP)
    format: Literal["markdown", "docx"] = "markdown"


class DraftItemOut(BaseModel):
    kind: Literal["item", "paragraph"]
    text: str = Field(description="With its [n] markers inline")
    refs: list[int]
    flagged: bool = Field(
        description="To check by hand: named actors of another site, a "
        "missing client or budget, contradictory figures"
    )


class DraftSectionOut(BaseModel):
    title: str
    items: list[DraftItemOut]


class ReferenceOut(SourcePassage):
    n: int
    title: str


class DraftOut(BaseModel):
    brief: str
    title: str = Field(description="Written from the brief: mission type, site, town")
    mode: Literal["offline", "llm"]
    notice: str | None = Field(description="The notices joined")
    notices: list[str] = Field(
        description="No comparable mission, contradictory figures ignored, model fallback"
    )
    no_precedent: bool
    request: dict[str, Any] | None = Field(
        description="The brief as read: client, town, site, population, programme, "
        "mission_types, steps [{kind, count, approx, text, label}], duration_months, fee_eur, "
        "project_amount_eur, ignored"
    )
    named_actors: list[dict[str, Any]] = Field(
        description="Actors named in precedents of other sites, flagged: [{name, category, place, ref}]"
    )
    sections: list[DraftSectionOut]
    references: list[ReferenceOut]
    precedents: list[dict[str, Any]] = Field(description="[{doc_id, title, place, rank?, score?}]")
    quantities: list[dict[str, Any]] = Field(
        description="[{key, label, display, low, high, approx, sources: [{doc_id, place, display, ref}]}]"
    )
    uncited_items: int


class DraftResponse(BaseModel):
    markdown: str
    draft: DraftOut


class MissionsResponse(BaseModel):
    missions: list[dict[str, Any]]
    facets: dict[str, Any] = Field(
        description="{mission_types, clients, years: [min, max], amount_eur: [min, max]}"
    )


@router.post("/api/precedents", response_model=PrecedentsResponse, dependencies=[ReadKey],
             responses=error_responses(400, 401, 404, 422))  # fmt: skip
async def precedents(body: PrecedentsRequest, assistant: AssistantDep) -> dict[str, Any]:
    """Past missions ranked for a brief, with why each matches, and a side-by-side comparison.

    Each precedent: `{rank, doc_id, title, score, retrieval_score, field_score, retrieval,
    matches: [{criterion, score, weight, detail, terms, zones, passages: [SourcePassage]}],
    record}`. `comparison` compares `compare` (or the precedents returned): `{columns: [{doc_id,
    title, place}], rows: [{field, label, cells: [{value, text, passages}]}], shared, markdown}`.
    Unknown doc_ids in `compare` give 404.
    """
    filters = parse_precedent_filters(body.filters)
    try:
        result = await run_in_threadpool(
            find_precedents, assistant.indexes.current(), assistant.embedder, body.brief,
            k=body.k, filters=filters, compare=body.compare, params=assistant.search_params,
        )  # fmt: skip
    except MissionNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except BriefError as exc:  # an empty, oversized or foreign brief: the input is at fault
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    out = result.to_dict()
    if out["comparison"] is not None:
        out["comparison"]["markdown"] = comparison_markdown(out["comparison"])
    return out


@router.post("/api/draft", response_model=DraftResponse, dependencies=[ReadKey],
             responses={200: {"content": {DOCX_MIME: {}}, "description": "JSON, or the .docx file"},
                        **error_responses(400, 401, 404, 422)})  # fmt: skip
async def draft(body: DraftRequest, assistant: AssistantDep) -> Any:
    """A proposal draft built from precedent missions, every element cited [n].

    The proposal is written for the brief (its town, client, quantities, duration and fee
    first), in the sections Compréhension de la demande, Contexte, Objectifs, Méthodologie par
    phase, Calendrier et phasage, Livrables, Équipe et moyens, Budget, Références; precedents are
    cited evidence; with no comparable mission, `no_precedent` is true and a notice says so.
    An empty, oversized or non-French/English brief is a 422.

    `format: "markdown"` (default) returns `{markdown, draft}`; `draft` is `{brief, title, mode
    ("offline" or "llm"), notice, notices, no_precedent, request, named_actors, sections:
    [{title, items: [{kind, text, refs, flagged}]}], references:
    [{n, title, doc_id, chunk_id, section, start, end, quote}], precedents, quantities,
    uncited_items}`. `format: "docx"` returns the Word file as an attachment. Written by the
    language model when one is configured (falls back to the assembled draft with a `notice`).
    """
    filters = parse_precedent_filters(body.filters)
    try:
        result = await run_in_threadpool(
            draft_proposal, assistant.indexes.current(), assistant.embedder, body.brief,
            doc_ids=body.doc_ids, k=body.k, filters=filters, completer=assistant.completer,
            prompts=assistant.prompts, params=assistant.search_params,
        )  # fmt: skip
    except MissionNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except BriefError as exc:  # an empty, oversized or foreign brief: the input is at fault
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    if body.format == "docx":
        return Response(content=draft_docx(result, author=DOCX_AUTHOR), media_type=DOCX_MIME,
                        headers={"Content-Disposition": 'attachment; filename="proposition.docx"'})  # fmt: skip
    return {"markdown": draft_markdown(result), "draft": result.to_dict()}


@router.get("/api/missions", response_model=MissionsResponse, dependencies=[ReadKey],
            responses=error_responses(401))  # fmt: skip
def missions(assistant: AssistantDep) -> dict[str, Any]:
    """Every mission record (fields, enjeux, content, quantities, `sources` field -> SourcePassage),
    and the values the precedent filters can take."""
    records = mission_records(assistant.indexes.current())
    years = [y for r in records for y in r.years]
    amounts = [r.amount_eur for r in records if r.amount_eur is not None]
    facets = {
        "mission_types": sorted({r.mission_type for r in records if r.mission_type}),
        "clients": sorted({r.client for r in records if r.client}),
        "years": [min(years), max(years)] if years else [],
        "amount_eur": [min(amounts), max(amounts)] if amounts else [],
    }
    return {"missions": [r.to_dict() for r in records], "facets": facets}
