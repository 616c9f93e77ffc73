"""The Milvus search backend: one collection per index version, served through an alias.

`RENEWAL_MILVUS_URI` is a `.db` file path (Milvus Lite, in process) or `http://host:19530` (a
Milvus standalone or cluster). Each collection holds, per chunk (primary key: its idx in the
version's SQLite store), the dense vector, a BM25 sparse vector computed by Milvus from an
analyzed text field, and the filterable metadata as scalar fields. Filters are applied in every
request (`filter` of each search), and the two rankings are fused by the product's weighted RRF
(index/search.py), so the second stage reads each retriever's rank as with the embedded backend.

A re-index writes a new collection, then switches the alias to it in one call (`alter_alias`);
a loaded version searches its own collection, so its rows and its SQLite store always agree and
a query started before a switch finishes on the version it started with.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from index.analyzer import analyze
from index.backends import Ranking, SearchRows, SearchUnavailable, lexical_tokens
from index.search import SearchParams
from index.store import FLAT_LIMIT, Index
from ingest.normalize import fold_accents

log = logging.getLogger(__name__)

# "product": the lexical field holds the tokens of our French analyzer (index/analyzer.py:
# elision, stop words, Snowball stemming, accent folding), split by Milvus on spaces, so BM25
# ranks as the embedded backend does on Milvus Lite and on a server alike. "french": raw text
# through Milvus's own French analyzer below (a Milvus server; Milvus Lite 3.2 ignores the
# stemmer and folding filters and only splits words and lower-cases).
ANALYZERS: dict[str, dict[str, Any]] = {
    "product": {"tokenizer": "standard", "filter": ["lowercase"]},
    "french": {
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding", {"type": "stemmer", "language": "french"}],
    },
}
TEXT_FIELDS = ("site", "client", "mission_type", "outlet", "author")  # substring filters
SITE_KEYS = ("site", "town", "site_text", "neighbourhood")  # what the site filter reads
MAX_TEXT = 60_000  # VARCHAR capacity used (bytes; Milvus allows 65,535)
MAX_FIELD = 4_000
MAX_YEARS = 256  # years a document mentions (1900-2099 at most)
INSERT_BATCH = 500


def _norm(value: Any) -> str:
    return fold_accents(str(value)).lower().strip()


def _clip(text: str, limit: int) -> str:
    data = text.encode("utf-8")
    return text if len(data) <= limit else data[:limit].decode("utf-8", errors="ignore")


def _literal(value: str) -> str:
    """A Milvus expression string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _contains(field: str, value: str) -> str:
    """`field` holds `value` as a substring (LIKE with its wildcards escaped)."""
    pattern = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{field} like {_literal('%' + pattern + '%')}"


def filter_expression(filters: dict[str, str]) -> str:
    """The Milvus boolean expression for validated filters (index.search.parse_filters), with the
    meaning of index.search.document_matches: exact doc_type and doc_id, a year or range among
    the document's years, and a case- and accent-insensitive substring for the others."""
    parts = []
    for key, wanted in sorted(filters.items()):
        if key in ("doc_type", "doc_id"):
            parts.append(f"{key} == {_literal(wanted)}")
        elif key == "year":
            low, _, high = wanted.partition("-")
            years = range(int(low), int(high or low) + 1)
            parts.append(f"array_contains_any(years, [{', '.join(map(str, years))}])")
        else:
            parts.append(_contains(key, _norm(wanted)))
    return " and ".join(parts)


def _field_values(meta: dict[str, Any], key: str) -> str:
    """A document's values for a substring filter, normalised, one per line."""
    keys = SITE_KEYS if key == "site" else (key,)
    values: list[Any] = []
    for k in keys:
        value = meta.get(k)
        values += value if isinstance(value, list) else [value]
    return _clip("\n".join(_norm(v) for v in values if v is not None and str(v).strip()),
                 MAX_FIELD)  # fmt: skip


def collection_name(alias: str, version: str) -> str:
    return f"{alias}_{re.sub(r'[^A-Za-z0-9_]', '_', version)}"


class MilvusBackend:
    """Search on Milvus (Lite file, standalone or cluster) through pymilvus."""

    name = "milvus"

    def __init__(self, client: Any, uri: str, alias: str = "renewal", analyzer: str = "product",
                 timeout: float = 10.0, fusion: str = "product"):  # fmt: skip
        self.client = client
        self.uri = uri
        self.alias = alias
        self.analyzer = analyzer
        self.timeout = timeout
        self.fusion = fusion  # "product", or Milvus' hybrid_search with "rrf" / "weighted"
        self._loaded: set[str] = set()

    @classmethod
    def connect(cls, uri: str, alias: str = "renewal", analyzer: str = "product",
                timeout: float = 10.0, fusion: str = "product") -> MilvusBackend:  # fmt: skip
        """Open a client and check that Milvus answers; fail with the URI in the message."""
        from pymilvus import MilvusClient

        if not re.match(r"^(https?|tcp|unix)://", uri):
            folder = Path(uri).expanduser().resolve().parent
            if not folder.is_dir():
                raise SearchUnavailable(
                    f"cannot open Milvus Lite at {uri}: the folder {folder} does not exist; "
                    "create it or set RENEWAL_MILVUS_URI to another .db path"
                )
        try:
            client = MilvusClient(uri=uri, timeout=timeout)
            client.list_collections(timeout=timeout)
        except Exception as exc:  # pymilvus raises MilvusException, grpc errors, OSError...
            raise SearchUnavailable(
                f"cannot reach Milvus at {uri} ({_reason(exc)}): start it (see README, "
                "'Scaling out') or set RENEWAL_MILVUS_URI to where it runs"
            ) from exc
        return cls(client, uri, alias, analyzer, timeout, fusion)

    # -- writing a version ------------------------------------------------------------------

    def write(self, staged: Path, rows: SearchRows) -> str:
        name = collection_name(self.alias, staged.name.removeprefix("tmp-"))
        with self._calls("create the new collection"):
            if self.client.has_collection(name):
                self.client.drop_collection(name)
            self.client.create_collection(
                name, schema=self._schema(rows.vectors.shape[1]),
                index_params=self._index_params(len(rows.texts)), timeout=self.timeout,
            )  # fmt: skip
            for start in range(0, len(rows.texts), INSERT_BATCH):
                batch = range(start, min(start + INSERT_BATCH, len(rows.texts)))
                self.client.insert(name, [self._row(rows, i) for i in batch])
            self.client.flush(name)
            self.client.load_collection(name)
        self._loaded.add(name)
        return name

    def _schema(self, dim: int) -> Any:
        from pymilvus import DataType, Function, FunctionType

        schema = self.client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("idx", DataType.INT64, is_primary=True)
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
        schema.add_field("lexical", DataType.VARCHAR, max_length=65_535, enable_analyzer=True,
                         analyzer_params=ANALYZERS[self.analyzer])  # fmt: skip
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=MAX_FIELD)
        schema.add_field("doc_type", DataType.VARCHAR, max_length=64)
        schema.add_field("years", DataType.ARRAY, element_type=DataType.INT64,
                         max_capacity=MAX_YEARS)  # fmt: skip
        for field in TEXT_FIELDS:
            schema.add_field(field, DataType.VARCHAR, max_length=MAX_FIELD)
        schema.add_function(Function(name="bm25", function_type=FunctionType.BM25,
                                     input_field_names=["lexical"],
                                     output_field_names=["sparse"]))  # fmt: skip
        return schema

    def _index_params(self, rows: int) -> Any:
        params = self.client.prepare_index_params()
        if rows <= FLAT_LIMIT:  # exact, as FAISS's IndexFlatIP: evals stay deterministic
            params.add_index("dense", index_type="FLAT", metric_type="IP")
        else:
            params.add_index("dense", index_type="HNSW", metric_type="IP",
                             params={"M": 32, "efConstruction": 80})  # fmt: skip
        params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                         params={"bm25_k1": 1.2, "bm25_b": 0.75})  # the embedded BM25's  # fmt: skip
        return params

    def _row(self, rows: SearchRows, i: int) -> dict[str, Any]:
        doc = rows.documents[rows.chunk_doc[i]]
        text = " ".join(analyze(rows.texts[i])) if self.analyzer == "product" else rows.texts[i]
        years = sorted({int(y) for y in doc.metadata.get("years") or []})[:MAX_YEARS]
        row: dict[str, Any] = {
            "idx": i, "dense": np.asarray(rows.vectors[i], dtype=np.float32).tolist(),
            "lexical": _clip(text, MAX_TEXT), "doc_id": _clip(doc.doc_id, MAX_FIELD),
            "doc_type": doc.doc_type, "years": years,
        }  # fmt: skip
        for field in TEXT_FIELDS:
            row[field] = _field_values(doc.metadata, field)
        return row

    def activate(self, version: str, kept_versions: Sequence[str]) -> None:
        name = collection_name(self.alias, version)
        keep = {collection_name(self.alias, v) for v in kept_versions} | {name}
        with self._calls("switch the alias to the new collection"):
            if self.alias in self.client.list_aliases(timeout=self.timeout).get("aliases", []):
                self.client.alter_alias(name, self.alias, timeout=self.timeout)
            else:
                self.client.create_alias(name, self.alias, timeout=self.timeout)
            for old in self.client.list_collections(timeout=self.timeout):
                if old.startswith(self.alias + "_v") and old not in keep:
                    self.client.drop_collection(old, timeout=self.timeout)
                    self._loaded.discard(old)

    def discard(self, staged: Path) -> None:
        name = collection_name(self.alias, staged.name.removeprefix("tmp-"))
        try:
            self.client.drop_collection(name, timeout=self.timeout)
        except Exception as exc:  # the failure being reported matters more than this one
            log.warning("could not drop the unpublished collection %s: %s", name, _reason(exc))

    # -- searching --------------------------------------------------------------------------

    def rankings(self, index: Index, lexical_text: str | None, vector: np.ndarray | None,
                 n: int, filters: dict[str, str]) -> tuple[Ranking, Ranking]:  # fmt: skip
        name = index.manifest.collection
        expr = filter_expression(filters)
        lexical: Ranking = []
        dense: Ranking = []
        with self._calls("search"):
            self._ensure_loaded(name)
            if lexical_text is not None:
                query = self._lexical_query(index, lexical_text)
                if query:
                    lexical = self._search(name, query, "sparse", "BM25", n, expr)
            if vector is not None:
                dense = self._search(name, np.asarray(vector, dtype=np.float32).tolist(),
                                     "dense", "IP", n, expr)  # fmt: skip
        return lexical, dense

    def _lexical_query(self, index: Index, text: str) -> str:
        if self.analyzer == "product":
            return " ".join(lexical_tokens(index, text))
        return text.strip()

    def fused_ranking(self, index: Index, lexical_text: str, vector: np.ndarray,
                      params: SearchParams, filters: dict[str, str]) -> Ranking:  # fmt: skip
        """One `hybrid_search`: the filter expression in every AnnSearchRequest (a `filter`
        given to hybrid_search itself does not restrict the sub-requests), fused by RRFRanker
        or WeightedRanker."""
        from pymilvus import AnnSearchRequest, RRFRanker, WeightedRanker

        name, n = index.manifest.collection, params.candidates
        expr = filter_expression(filters) or None
        requests = [AnnSearchRequest(data=[np.asarray(vector, dtype=np.float32).tolist()],
                                     anns_field="dense", param={"metric_type": "IP"}, limit=n,
                                     expr=expr)]  # fmt: skip
        weights = [params.dense_weight]
        query = self._lexical_query(index, lexical_text)
        if query:
            requests.insert(0, AnnSearchRequest(data=[query], anns_field="sparse",
                                                param={"metric_type": "BM25"}, limit=n,
                                                expr=expr))  # fmt: skip
            weights.insert(0, params.lexical_weight)
        ranker = RRFRanker(params.rrf_k) if self.fusion == "rrf" else WeightedRanker(*weights)
        with self._calls("search"):
            self._ensure_loaded(name)
            result = self.client.hybrid_search(name, requests, ranker, limit=n,
                                               output_fields=["idx"], timeout=self.timeout)  # fmt: skip
        hits = [(int(h["idx"]), float(h["distance"])) for h in result[0]]
        return sorted(hits, key=lambda h: (-h[1], h[0]))

    def _search(self, name: str, data: Any, field: str, metric: str, n: int,
                expr: str) -> Ranking:  # fmt: skip
        result = self.client.search(
            name, data=[data], anns_field=field, limit=n, filter=expr, output_fields=["idx"],
            search_params={"metric_type": metric}, timeout=self.timeout,
        )  # fmt: skip
        # Milvus Lite reports BM25 as a negated distance, a server as a positive score.
        hits = [(int(h["idx"]), abs(float(h["distance"])) if metric == "BM25"
                 else float(h["distance"])) for h in result[0]]  # fmt: skip
        hits = [(i, s) for i, s in hits if s > 0] if metric == "BM25" else hits
        return sorted(hits, key=lambda h: (-h[1], h[0]))  # ties by idx, as the embedded backend

    def _ensure_loaded(self, name: str) -> None:
        """A collection written by another process is released until loaded (Milvus Lite)."""
        if name not in self._loaded:
            self.client.load_collection(name, timeout=self.timeout)
            self._loaded.add(name)

    def stats(self, index: Index) -> dict[str, Any]:
        with self._calls("read the collection's statistics"):
            serving = self.client.describe_alias(self.alias, timeout=self.timeout)
            rows = self.client.get_collection_stats(index.manifest.collection,
                                                    timeout=self.timeout)  # fmt: skip
        return {"backend": self.name, "uri": self.uri, "alias": self.alias,
                "serving": serving.get("collection_name"),
                "collection": index.manifest.collection,
                "chunks": int(rows.get("row_count", 0))}  # fmt: skip

    def _calls(self, doing: str) -> _MilvusCalls:
        return _MilvusCalls(self.uri, doing)

    def close(self) -> None:
        self.client.close()


class _MilvusCalls:
    """Turns any failure of the Milvus calls in its block into SearchUnavailable (HTTP 503)."""

    def __init__(self, uri: str, doing: str):
        self.uri, self.doing = uri, doing

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> bool:
        import grpc
        from pymilvus.exceptions import MilvusException

        failures = (MilvusException, grpc.RpcError, ConnectionError, OSError)
        if exc is not None and isinstance(exc, failures):
            raise SearchUnavailable(
                f"the search backend (Milvus at {self.uri}) failed to {self.doing}: "
                f"{_reason(exc)}; check that Milvus is running, then retry"
            ) from exc
        return False


def _reason(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(message).split())[:300]
