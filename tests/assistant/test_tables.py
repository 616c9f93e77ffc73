"""A figure inside a table, in a .docx and in a .pdf, found and quoted with its header row: the
real loaders, ingest, embedder, FAISS, SQLite and answerer, over the shipped corpus plus the two
documents."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from assistant.answering import Assistant, build_assistant
from index.build import ingest
from index.embed import Embedder
from tests.assistant.conftest import make_settings
from tests.conftest import CORPUS_DIR
from tests.ingest.test_load import make_table_pdf

DOCX_ROWS = [("Financeur", "Montant annuel"), ("Etat – postes d'adultes-relais", "63 000 €"),
             ("Ville de Lacombe-sur-Isle", "48 000 €"), ("Bailleurs", "31 000 €"),
             ("Total", "142 000 €")]  # fmt: skip
PDF_ROWS = [("Opération", "Volume"), ("Démolitions", "312 logements"),
            ("Réhabilitations", "845 logements"), ("Résidentialisations", "410 logements")]  # fmt: skip


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Fiche action 2.4 – Médiation sociale aux Hirondelles", level=1)
    document.add_paragraph(
        "Contrat de ville de Lacombe-sur-Isle. Une équipe de médiateurs intervient le soir dans "
        "le quartier des Hirondelles, en lien avec les bailleurs et la police municipale."
    )
    document.add_heading("Financements", level=2)
    table = document.add_table(rows=len(DOCX_ROWS), cols=2)
    for r, cells in enumerate(DOCX_ROWS):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.add_heading("Calendrier", level=2)
    document.add_paragraph("2020-2023, bilan annuel en comité de pilotage.")
    document.save(path)
    return path


def _merged_docx(path: Path) -> Path:
    """A table whose column names span two rows: each year merged over "Montant" and "Part"."""
    document = docx.Document()
    document.add_heading("Fiche action 3.1 – Jardins partagés du Clos-Maury à Vernolles", level=1)
    document.add_paragraph("Contrat de ville de Vernolles. Trois jardins partagés sont créés au "
                           "Clos-Maury avec les associations d'habitants.")  # fmt: skip
    document.add_heading("Plan de financement", level=2)
    table = document.add_table(rows=4, cols=5)
    table.cell(0, 0).text = "Financeur"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Financement 2022"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Financement 2023"
    for r, cells in enumerate([("Financeur", "Montant", "Part", "Montant", "Part"),
                               ("Ville de Vernolles", "21 000 €", "60 %", "17 500 €", "50 %"),
                               ("Bailleurs", "14 000 €", "40 %", "17 500 €", "50 %")], start=1):  # fmt: skip
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.save(path)
    return path


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("tables")
    corpus = root / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    _docx(corpus / "fiche-action-mediation-hirondelles-lacombe.docx")
    _merged_docx(corpus / "fiche-action-jardins-clos-maury-vernolles.docx")
    make_table_pdf(
        corpus / "article-convention-npnru-fontvieille.pdf", PDF_ROWS,
        before=("Fontvieille : la convention NPNRU du quartier des Genets est signee\n\n"
                "Le projet de renouvellement urbain des Genets, signe avec l'ANRU en 2021, "
                "transforme le quartier en profondeur.\n\nLe projet en chiffres"),
        after="\nLes travaux commenceront en 2022 par la tour Mistral.",
    )  # fmt: skip
    settings = make_settings(root / "data", corpus_dir=corpus)
    report = ingest(None, corpus_dir=corpus, data_dir=settings.data_dir, embedder=embedder,
                    show_progress=False)  # fmt: skip
    assert not report.errors, report.errors
    a = build_assistant(settings, embedder)
    yield a
    a.indexes.close()


@pytest.mark.parametrize(
    ("question", "row", "header"),
    [
        ("Combien la Ville de Lacombe-sur-Isle verse-t-elle chaque année pour la médiation aux "
         "Hirondelles ?", "Ville de Lacombe-sur-Isle | 48 000 €", "Financeur | Montant annuel"),
        ("How many homes will be refurbished in the Genets at Fontvieille?",
         "Réhabilitations | 845 logements", "Opération | Volume"),
    ],
)  # fmt: skip
def test_a_figure_in_a_table_is_found_and_quoted_with_its_header(
    assistant: Assistant, question: str, row: str, header: str
) -> None:
    hits = assistant.search(question, k=3)
    assert any(row in h.chunk.text for h in hits), [h.chunk.doc_id for h in hits]
    answer = assistant.answer(question)
    assert not answer.refused, answer.text
    quotes = [c.quote for c in answer.citations]
    assert any(row in q for q in quotes) and any(header in q for q in quotes), quotes
    assert answer.text.index(header) < answer.text.index(row)


def test_a_row_under_names_merged_over_two_rows_is_quoted_with_both_rows_of_names(
    assistant: Assistant,
) -> None:
    question = "Combien la Ville de Vernolles a-t-elle mis dans les jardins du Clos-Maury en 2023 ?"
    answer = assistant.answer(question)
    assert not answer.refused, answer.text
    row = "Ville de Vernolles | 21 000 € | 60 % | 17 500 € | 50 %"
    names = ["Financeur | Financement 2022 | | Financement 2023 |",
             "Financeur | Montant | Part | Montant | Part"]  # fmt: skip
    quotes = "\n".join(c.quote for c in answer.citations)
    assert row in quotes and all(n in quotes for n in names), quotes
    assert answer.text.index(names[0]) < answer.text.index(names[1]) < answer.text.index(row)
