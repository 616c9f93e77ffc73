"""Passages are indexed under their document's places: the town and neighbourhood a mission
sheet states, and those the corpus gives an article that does not say them in its title."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index.build import ingest
from index.embed import Embedder
from index.store import Index
from ingest.chunk import unit_heading
from ingest.units import unit_text_for_embedding

SHEET = """Fiche mission – Point d'étape de clôture de Vierzon

Type de mission : Capitalisation

Maître d'ouvrage : ANRU

Années : 2014 (6 mois)

Site : Vierzon (27 000 habitants), quartier des Tilleuls

Montant du projet : 88 M€

Enjeux de la mission

Le point d'étape devait dresser le bilan du programme et préparer la sortie de la convention.
"""

ARTICLE = """Le jardin partagé ouvre ses portes

Publié le 12/05/2015 • Par Jeanne Exemple

À Vierzon, les habitants cultivent désormais quarante parcelles au pied des immeubles. La ville
de Vierzon a financé les clôtures et les bacs.

Une fête de quartier

La fête d'inauguration a réuni deux cents personnes samedi.
"""


def test_every_passage_carries_the_places_its_title_does_not_say(tmp_path: Path,
                                                                 embedder: Embedder) -> None:  # fmt: skip
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fiche-mission-vierzon.txt").write_text(SHEET, encoding="utf-8")
    (corpus / "article-jardin.txt").write_text(ARTICLE, encoding="utf-8")
    data = tmp_path / "data"
    report = ingest(None, corpus_dir=corpus, data_dir=data, embedder=embedder, show_progress=False)
    assert not report.errors
    index = Index.open(data, embedder.name)
    try:
        chunks = [c for c, _, _ in index.chunks_by_idx(list(range(index.n_chunks))).values()]
        by_doc: dict[str, list[str]] = {}
        for c in chunks:
            by_doc.setdefault(c.doc_id, []).append(c.header)
        # The sheet's neighbourhood, from its own "Site" field; its town is in its title.
        assert all("quartier des Tilleuls" in h for h in by_doc["fiche-mission-vierzon.txt"])
        # The article's town comes from the corpus (the sheet names Vierzon), after chunking.
        assert all(" — Vierzon" in h for h in by_doc["article-jardin.txt"]), by_doc
        # Its answer units are embedded under the same heading.
        article = next(c for c in chunks if c.doc_id == "article-jardin.txt")
        units = index.chunk_units(article, 1)
        heading = unit_heading(index.document(article.doc_id))
        assert heading.endswith("— Vierzon")
        fresh = embedder.embed_passages([unit_text_for_embedding(heading, units[0])])
        assert np.allclose(index.chunk_unit_vectors(article.chunk_id)[0], fresh[0], atol=1e-4)
    finally:
        index.close()
