"""The persisted index: one immutable version directory per ingest, swapped atomically.

Layout under the data directory:

    current                 name of the active version (replaced with os.replace)
    versions/<name>/        manifest.json, store.sqlite, and the search backend's files:
                            dense.faiss and lexical/ (bm25s) for the embedded backend,
                            lexical_stats.json for Milvus (its collection holds the rest)
    embeddings.sqlite       embedding cache keyed by (embedder, content hash)
    ingest.lock             held by the running ingest

A crash during ingest leaves `current` pointing at the previous, complete version. Readers load
the version named by `current`; the previous version is kept one generation so a reader that
opened it just before a swap can finish.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import faiss
import numpy as np

from ingest.blocks import Block
from ingest.errors import EmbedderMismatch, IndexMissing
from ingest.records import Chunk, Document
from ingest.units import Unit, split_units, units_in

if TYPE_CHECKING:
    from index.backends import SearchBackend

T = TypeVar("T")

SCHEMA = """
CREATE TABLE documents (
    doc_idx INTEGER PRIMARY KEY,
    doc_id TEXT UNIQUE NOT NULL,
    title TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source_path TEXT NOT NULL DEFAULT ''
);
CREATE TABLE chunks (
    idx INTEGER PRIMARY KEY,          -- row in the FAISS and BM25 indexes
    chunk_id TEXT UNIQUE NOT NULL,
    doc_idx INTEGER NOT NULL REFERENCES documents(doc_idx),
    position INTEGER NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    header TEXT NOT NULL,
    content_hash TEXT NOT NULL
);
CREATE INDEX chunks_doc ON chunks(doc_idx);
CREATE TABLE blocks (                 -- each document parsed once (ingest/blocks.py)
    doc_idx INTEGER NOT NULL REFERENCES documents(doc_idx),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    section TEXT NOT NULL,
    label TEXT NOT NULL,
    grp INTEGER NOT NULL,
    header TEXT NOT NULL,             -- JSON list of a table row's column names
    PRIMARY KEY (doc_idx, seq)
);
CREATE INDEX blocks_span ON blocks(doc_idx, end);
"""

# Exact search is fast enough (and deterministic for evals) up to this many vectors on 2 cores;
# beyond it an HNSW graph keeps queries in milliseconds.
FLAT_LIMIT = 250_000
# Passages whose blocks an open version keeps in memory (the answerer reads the same ones again
# and again); bounded, as a long-running server reads every passage in time.
CHUNK_BLOCKS_MEMO = 20_000


def build_faiss(vectors: np.ndarray) -> faiss.Index:
    """IndexFlatIP up to FLAT_LIMIT vectors, IndexHNSWFlat (inner product) beyond."""
    n, dim = vectors.shape if vectors.size else (0, vectors.shape[1] if vectors.ndim == 2 else 0)
    if n <= FLAT_LIMIT:
        index: faiss.Index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 96
    if n:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


@dataclass
class Manifest:
    embedder: str
    dim: int
    chunk_size: int
    chunk_overlap: int
    documents: int
    chunks: int
    faiss_index: str
    created: float
    version: str
    units: int = 0  # how answer units were embedded (ingest.units.UNITS_VERSION); 0: none
    backend: str = "embedded"  # the search backend that holds the version (index/backends.py)
    collection: str = ""  # where that backend holds it, when not in this directory
    pipeline: str = ""  # digest of the code that read its files (index.build.pipeline_digest)

    @classmethod
    def read(cls, path: Path) -> Manifest:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.__dict__, indent=2), encoding="utf-8")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class DataDir:
    """Paths and the atomic pointer of a data directory."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.versions = self.root / "versions"
        self.pointer = self.root / "current"
        self.embedding_cache = self.root / "embeddings.sqlite"
        self.lock = self.root / "ingest.lock"

    def current_version(self) -> Path | None:
        try:
            name = self.pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.versions / name
        return path if (path / "manifest.json").exists() else None

    def new_version_dir(self) -> Path:
        name = time.strftime("v%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        path = self.versions / ("tmp-" + name)
        path.mkdir(parents=True)
        return path

    def publish(self, staged: Path) -> Path:
        """Make a fully written staged version current, atomically; prune old versions."""
        final = staged.with_name(staged.name.removeprefix("tmp-"))
        staged.rename(final)
        tmp_pointer = self.root / f".current.{uuid.uuid4().hex}"
        tmp_pointer.write_text(final.name, encoding="utf-8")
        with open(tmp_pointer, "rb+") as fh:
            os.fsync(fh.fileno())
        previous = self.current_version()
        os.replace(tmp_pointer, self.pointer)
        _fsync_dir(self.root)
        keep = {final.name, previous.name if previous else ""}
        for child in self.versions.iterdir():
            if child.name not in keep:
                shutil.rmtree(child, ignore_errors=True)
        return final


def write_store(path: Path, documents: list[tuple[Document, str]], chunks: list[list[Chunk]],
                content_hashes: list[list[str]], blocks: list[list[Block]]) -> None:  # fmt: skip
    """Write documents, their blocks and their chunks (chunk idx follows the given order) to
    store.sqlite."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(SCHEMA)
        idx = 0
        for doc_idx, ((doc, source), doc_chunks, hashes, doc_blocks) in enumerate(
            zip(documents, chunks, content_hashes, blocks, strict=True)
        ):
            conn.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?)",
                (doc_idx, doc.doc_id, doc.title, doc.doc_type, doc.text,
                 json.dumps(doc.metadata, ensure_ascii=False), doc.sha256, source),
            )  # fmt: skip
            conn.executemany(
                "INSERT INTO blocks VALUES (?,?,?,?,?,?,?,?,?)",
                [(doc_idx, seq, b.kind, b.start, b.end, b.section, b.label, b.group,
                  json.dumps(b.header, ensure_ascii=False)) for seq, b in enumerate(doc_blocks)],
            )  # fmt: skip
            for c, h in zip(doc_chunks, hashes, strict=True):
                conn.execute(
                    "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (idx, c.chunk_id, doc_idx, c.position, c.section, c.text, c.start, c.end,
                     c.header, h),
                )  # fmt: skip
                idx += 1
        conn.commit()
    finally:
        conn.close()


def _row_to_chunk(row: sqlite3.Row | tuple[Any, ...]) -> Chunk:
    return Chunk(
        chunk_id=row[0], doc_id=row[1], position=row[2], section=row[3], text=row[4],
        start=row[5], end=row[6], header=row[7],
    )  # fmt: skip


def _row_to_block(row: sqlite3.Row | tuple[Any, ...]) -> Block:
    return Block(kind=row[0], start=row[1], end=row[2], section=row[3], label=row[4],
                 group=row[5], header=tuple(json.loads(row[6])))  # fmt: skip


_BLOCK_COLUMNS = "b.kind, b.start, b.end, b.section, b.label, b.grp, b.header"

_CHUNK_COLUMNS = (
    "c.chunk_id, d.doc_id, c.position, c.section, c.text, c.start, c.end, c.header, "
    "d.title, d.doc_type, c.idx"
)


class Index:
    """A loaded, read-only index version: SQLite rows, and its search backend's structures (FAISS
    vectors and BM25 postings when embedded).

    `backend` is the configured search backend; without one an embedded version searches in
    process and a version held elsewhere can be read but not searched.
    """

    def __init__(self, version_dir: Path, backend: SearchBackend | None = None):
        self.path = version_dir
        self.manifest = Manifest.read(version_dir / "manifest.json")
        self.backend = backend
        self._derived: dict[str, Any] = {}
        self._derived_lock = threading.Lock()
        self._db_path = version_dir / "store.sqlite"
        self._local = threading.local()
        self._chunk_blocks: dict[str, tuple[Block, ...]] = {}  # blocks (frozen) by chunk id
        self._chunk_idx: dict[str, int | None] = {}  # row of a chunk id, as read (a unit lookup)
        self.faiss: faiss.Index | None = None
        self.bm25: Any = None
        if self.manifest.backend == "embedded":
            from index.backends import import_bm25s

            bm25s = import_bm25s()

            self.faiss = faiss.read_index(str(version_dir / "dense.faiss"))
            self.bm25 = bm25s.BM25.load(str(version_dir / "lexical"), mmap=False)
            self.vocab: dict[str, int] = self.bm25.vocab_dict
            # Chunk frequency of every lexical token (from the BM25 postings), for concept weights.
            indptr = self.bm25.scores["indptr"]
            self.doc_freq = {
                tok: int(indptr[i + 1] - indptr[i])
                for tok, i in self.vocab.items()
                if i + 1 < len(indptr)
            }
        else:
            stats = json.loads((version_dir / "lexical_stats.json").read_text(encoding="utf-8"))
            self.doc_freq = {tok: int(n) for tok, n in stats.items()}
            self.vocab = {tok: i for i, tok in enumerate(self.doc_freq)}
        conn = self._conn()
        self.n_chunks = conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        # Versions written before blocks were stored have none (they are rebuilt on start).
        self.has_blocks = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'blocks'"
        ).fetchone() is not None
        rows = conn.execute(
            "SELECT doc_idx, doc_id, title, doc_type, metadata FROM documents ORDER BY doc_idx"
        ).fetchall()
        self.doc_ids = [r[1] for r in rows]
        self.doc_titles = [r[2] for r in rows]
        self.doc_types = [r[3] for r in rows]
        self.doc_metadata: list[dict[str, Any]] = [json.loads(r[4]) for r in rows]
        self.chunk_doc = np.zeros(self.n_chunks, dtype=np.int32)
        for idx, doc_idx in conn.execute("SELECT idx, doc_idx FROM chunks"):
            self.chunk_doc[idx] = doc_idx
        # Answer-unit vectors (see ingest/units.py): chunk i owns rows offsets[i]:offsets[i + 1].
        # Versions written before units existed have none; the answerer then embeds on the fly.
        units = version_dir / "units.npy"
        # Past one machine (a remote backend) they are memory-mapped: the page cache is shared by
        # the API processes of a host instead of each holding a copy.
        mmap = None if self.manifest.backend == "embedded" else "r"
        self.unit_vectors: np.ndarray | None = (
            np.load(units, mmap_mode=mmap) if units.exists() else None
        )
        self.unit_offsets: np.ndarray | None = (
            np.load(version_dir / "unit_offsets.npy") if units.exists() else None
        )

    @classmethod
    def open(cls, data_dir: Path, embedder_name: str | None = None,
             backend: SearchBackend | None = None) -> Index:  # fmt: skip
        """Load the current version; refuse one built by another embedder, or held by another
        search backend than the one given (without one, a version held elsewhere can be read but
        not searched)."""
        version = DataDir(data_dir).current_version()
        if version is None:
            raise IndexMissing(
                f"no index in {data_dir}: run `renewal ingest` first (or `renewal serve`, "
                "which builds it from the corpus on first start)"
            )
        built_for = Manifest.read(version / "manifest.json").backend
        wanted = backend.name if backend is not None else built_for
        if built_for != wanted:
            from index.backends import BackendMismatch

            raise BackendMismatch(
                f"the index in {data_dir} was built for the {built_for} search backend but "
                f"RENEWAL_INDEX_BACKEND is {wanted}: run `renewal ingest` to build it for "
                f"{wanted}, or set RENEWAL_INDEX_BACKEND={built_for}"
            )
        index = cls(version, backend)
        if embedder_name and index.manifest.embedder != embedder_name:
            raise EmbedderMismatch(
                f"the index in {data_dir} was built with embedder {index.manifest.embedder!r} "
                f"but {embedder_name!r} is configured: run `renewal ingest` to rebuild it with "
                "the configured embedder, or set RENEWAL_EMBEDDER back"
            )
        return index

    def search_backend(self) -> SearchBackend:
        """The backend that searches this version."""
        if self.backend is None:
            from index.backends import BackendMismatch, EmbeddedBackend

            if self.manifest.backend != "embedded":
                raise BackendMismatch(
                    f"the index in {self.path.parent.parent} is held by the "
                    f"{self.manifest.backend} search backend: set RENEWAL_INDEX_BACKEND="
                    f"{self.manifest.backend} (and its URI) to search it"
                )
            self.backend = EmbeddedBackend()
        return self.backend

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self._db_path}?mode=ro", uri=True,
                                   check_same_thread=False)  # fmt: skip
            self._local.conn = conn
        return conn

    def derived(self, key: str, make: Callable[[Index], T]) -> T:
        """A value computed once from this version (mission records...), kept with it and
        dropped with it: no module-level cache keeps an old version alive."""
        with self._derived_lock:
            if key not in self._derived:
                self._derived[key] = make(self)
            return self._derived[key]

    def chunk_unit_vectors(self, chunk_id: str) -> np.ndarray | None:
        """The stored vectors of a chunk's answer units, or None when this version has none."""
        if self.unit_vectors is None or self.unit_offsets is None:
            return None
        if chunk_id not in self._chunk_idx:  # every answer reads its passages' vectors twice
            row = (
                self._conn()
                .execute("SELECT idx FROM chunks WHERE chunk_id = ?", (chunk_id,))
                .fetchone()
            )
            self._chunk_idx[chunk_id] = None if row is None else int(row[0])
        idx = self._chunk_idx[chunk_id]
        if idx is None:
            return None
        return self.unit_vectors[self.unit_offsets[idx] : self.unit_offsets[idx + 1]]

    def chunks_by_idx(self, idxs: list[int]) -> dict[int, tuple[Chunk, str, str]]:
        """idx -> (chunk, document title, doc_type)."""
        if not idxs:
            return {}
        marks = ",".join("?" * len(idxs))
        rows = self._conn().execute(
            f"SELECT {_CHUNK_COLUMNS} FROM chunks c JOIN documents d ON d.doc_idx = c.doc_idx "
            f"WHERE c.idx IN ({marks})",
            [int(i) for i in idxs],
        )
        return {row[10]: (_row_to_chunk(row), row[8], row[9]) for row in rows}

    def chunk_by_id(self, chunk_id: str) -> tuple[Chunk, str, str] | None:
        row = (
            self._conn()
            .execute(
                f"SELECT {_CHUNK_COLUMNS} FROM chunks c JOIN documents d ON d.doc_idx = c.doc_idx "
                "WHERE c.chunk_id = ?",
                (chunk_id,),
            )
            .fetchone()
        )
        return (_row_to_chunk(row), row[8], row[9]) if row else None

    def document(self, doc_id: str) -> Document | None:
        row = (
            self._conn()
            .execute(
                "SELECT doc_id, title, doc_type, text, metadata, sha256 FROM documents "
                "WHERE doc_id = ?",
                (doc_id,),
            )
            .fetchone()
        )
        if row is None:
            return None
        return Document(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5])

    def document_chunks(self, doc_id: str) -> list[Chunk]:
        rows = self._conn().execute(
            f"SELECT {_CHUNK_COLUMNS} FROM chunks c JOIN documents d ON d.doc_idx = c.doc_idx "
            "WHERE d.doc_id = ? ORDER BY c.position",
            (doc_id,),
        )
        return [_row_to_chunk(r) for r in rows]

    def document_blocks(self, doc_id: str) -> list[Block]:
        """A document's blocks as parsed at ingest, in order."""
        rows = self._conn().execute(
            f"SELECT {_BLOCK_COLUMNS} FROM blocks b JOIN documents d ON d.doc_idx = b.doc_idx "
            "WHERE d.doc_id = ? ORDER BY b.seq",
            (doc_id,),
        )
        return [_row_to_block(r) for r in rows]

    def chunk_units(self, chunk: Chunk, passage: int) -> list[Unit]:
        """The answer units of a passage: the stored blocks inside it (see ingest/units.py)."""
        if not self.has_blocks:
            return split_units(chunk.text, passage)
        blocks = self._chunk_blocks.get(chunk.chunk_id)
        if blocks is None:
            rows = self._conn().execute(
                f"SELECT {_BLOCK_COLUMNS} FROM blocks b JOIN documents d ON d.doc_idx = b.doc_idx "
                "WHERE d.doc_id = ? AND b.end > ? AND b.start < ? ORDER BY b.seq",
                (chunk.doc_id, chunk.start, chunk.end),
            )
            blocks = tuple(_row_to_block(r) for r in rows)
            if len(self._chunk_blocks) >= CHUNK_BLOCKS_MEMO:
                self._chunk_blocks.clear()  # bounded, like the answerer's analysed texts
            self._chunk_blocks[chunk.chunk_id] = blocks
        return units_in(blocks, chunk.text, chunk.start, chunk.end, passage)

    def documents_summary(self) -> list[dict[str, Any]]:
        counts = np.bincount(self.chunk_doc, minlength=len(self.doc_ids))
        return [
            {"doc_id": d, "title": t, "doc_type": ty, "chunks": int(n),
             "metadata": {k: v for k, v in m.items() if k != "field_spans"}}
            for d, t, ty, m, n in zip(self.doc_ids, self.doc_titles, self.doc_types,
                                      self.doc_metadata, counts, strict=True)
        ]  # fmt: skip

    def stored_documents(self) -> dict[str, dict[str, Any]]:
        """doc_id -> stored state, for incremental ingest."""
        rows = (
            self._conn()
            .execute(
                "SELECT doc_idx, doc_id, title, doc_type, text, metadata, sha256, source_path "
                "FROM documents"
            )
            .fetchall()
        )
        out = {}
        for r in rows:
            out[r[1]] = {
                "document": Document(r[1], r[2], r[3], r[4], json.loads(r[5]), r[6]),
                "source_path": r[7],
                "chunks": self.document_chunks(r[1]),
                "blocks": self.document_blocks(r[1]) if self.has_blocks else None,
            }
        return out

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


class LiveIndex:
    """The current index version, reloaded when an ingest publishes a new one.

    Each call to `current()` costs one stat of the pointer file; queries in flight keep the
    Index object they started with, so a swap never interrupts them.
    """

    def __init__(self, data_dir: Path, embedder_name: str | None = None,
                 backend: SearchBackend | None = None):  # fmt: skip
        self.data_dir = Path(data_dir)
        self.embedder_name = embedder_name
        self.backend = backend
        self._lock = threading.Lock()
        self._stamp: tuple[float, int] | None = None
        self._index: Index | None = None
        self.current()

    def _pointer_stamp(self) -> tuple[float, int] | None:
        try:
            stat = DataDir(self.data_dir).pointer.stat()
        except FileNotFoundError:
            return None
        return (stat.st_mtime, stat.st_ino)

    def current(self) -> Index:
        stamp = self._pointer_stamp()
        if self._index is not None and stamp == self._stamp:
            return self._index
        with self._lock:
            if self._index is None or stamp != self._stamp:
                self._index = Index.open(self.data_dir, self.embedder_name, self.backend)
                self._stamp = stamp
            return self._index

    def close(self) -> None:
        with self._lock:
            if self._index is not None:
                self._index.close()
