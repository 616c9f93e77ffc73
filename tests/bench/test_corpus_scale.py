"""The pure parts of bench/corpus_scale.py: the document generator and the encode-rate arithmetic."""

from __future__ import annotations

import random

import pytest
from corpus_scale import (
    ACTION_THEMES,
    ARTICLE_THEMES,
    GENERAL_CONTENU,
    GENERAL_CONTEXTE,
    GENERAL_ENJEUX,
    GENERAL_PARAGRAPHS,
    MISSION_TYPES,
    Part,
    Vocabulary,
    byline,
    collides,
    doc_facts,
    extrapolated_seconds,
    generate_documents,
    make_place,
    render_md,
    render_txt,
    reserved_words,
    split_batches,
    spread_sample,
)

from ingest.blocks import MISSION_LABELS, label_key, parse_blocks

NOTHING: frozenset[str] = frozenset()


def test_reserved_words_are_the_capitalised_tokens_words() -> None:
    reserved = reserved_words(["Le gymnase des Tilleuls, à Val-de-Bréande, près du moulin."])
    assert {"tilleuls", "val", "de", "breande", "le"} <= reserved
    assert "moulin" not in reserved and "gymnase" not in reserved


def test_a_name_collides_by_its_distinctive_words_only() -> None:
    reserved = reserved_words(["Quartier des Tilleuls", "Val-de-Bréande"])
    assert collides("résidence des Tilleuls", reserved)
    assert collides("Bréande Habitat", reserved)
    assert not collides("quartier des Acacias", reserved)  # "quartier", "des": generic
    assert not collides("Corval-sur-Aure", reserved)


def test_the_vocabulary_leaves_out_the_reserved_names() -> None:
    vocab = Vocabulary.without(reserved_words(["les Tilleuls, les Tamaris et M. Vasseur"]))
    assert "Tilleuls" not in vocab.hood_plurals and "Tamaris" not in vocab.hood_plurals
    assert "Vasseur" not in vocab.surnames
    assert "Acacias" in vocab.hood_plurals


def test_every_template_fills_from_a_documents_facts() -> None:
    vocab = Vocabulary.without(NOTHING)
    rng = random.Random(0)
    facts = doc_facts(rng, make_place(rng, vocab, set()))
    templates = [*GENERAL_ENJEUX, *GENERAL_CONTENU, *GENERAL_CONTEXTE, *GENERAL_PARAGRAPHS]
    for mt in MISSION_TYPES:
        templates += [*mt.titles, *mt.enjeux, *mt.contenu, *mt.sources]
    for th in ACTION_THEMES:
        templates += [th.title, *th.contexte, *th.objectifs, *th.description, th.pilote,
                      *th.partners, *th.funders]  # fmt: skip
    for at in ARTICLE_THEMES:
        templates += [*at.titles, *at.chapos, *at.intertitles, *at.paragraphs]
    for template in templates:
        filled = template.format_map(facts)
        assert "{" not in filled and "}" not in filled, template


def test_generation_is_deterministic_and_a_smaller_run_is_a_prefix() -> None:
    small = generate_documents(8, seed=3, reserved=NOTHING)
    large = generate_documents(20, seed=3, reserved=NOTHING)
    assert [(d.name, render_txt(d.draft)) for d in small] == [
        (d.name, render_txt(d.draft)) for d in large[:8]
    ]
    assert [d.name for d in generate_documents(8, seed=4, reserved=NOTHING)] != [
        d.name for d in small
    ]
    assert len({d.name for d in large}) == 20


def test_documents_have_the_extended_corpus_size_and_mix() -> None:
    docs = generate_documents(60, seed=0, reserved=NOTHING)
    sizes = [len(render_txt(d.draft)) for d in docs]
    assert 1_500 <= min(sizes) and max(sizes) <= 6_500
    assert 2_000 <= sum(sizes) / len(sizes) <= 4_000
    assert {d.kind for d in docs} == {"mission", "action", "article"}
    assert {d.fmt for d in docs} == {"txt", "md", "html", "docx", "pdf"}
    for d in docs:
        assert d.name.endswith(f".{d.fmt}")
        assert d.name.startswith({"mission": "fiche-mission-", "action": "fiche-action-",
                                  "article": "article-"}[d.kind])  # fmt: skip


def test_a_reserved_town_is_never_generated() -> None:
    # The first three documents are about the place drawn from "<seed>:place:0".
    town = make_place(random.Random("0:place:0"), Vocabulary.without(NOTHING), set())["town"]
    docs = generate_documents(3, seed=0, reserved=NOTHING)
    assert all(town in render_txt(d.draft) for d in docs)
    again = generate_documents(9, seed=0, reserved=reserved_words([town]))
    assert not any(town in render_txt(d.draft) for d in again)


def test_a_document_containing_a_gold_quote_is_drawn_again() -> None:
    docs = generate_documents(6, seed=0, reserved=NOTHING)
    quote = docs[2].draft.title
    again = generate_documents(6, seed=0, reserved=NOTHING, forbidden_quotes=[quote.upper()])
    assert all(quote not in render_txt(d.draft) for d in again)
    # The other documents are drawn from their own seeds, and stay as they were.
    for before, after in zip(docs, again, strict=True):
        if quote not in render_txt(before.draft):
            assert after.name == before.name


def test_mission_sheets_parse_into_fields_headings_and_items() -> None:
    docs = generate_documents(30, seed=0, reserved=NOTHING)
    mission = next(d for d in docs if d.kind == "mission")
    for text in (render_txt(mission.draft), render_md(mission.draft)):
        blocks = parse_blocks(text)
        fields = {label_key(b.label) for b in blocks if b.kind == "field"}
        assert {"type de mission", "maitre d'ouvrage", "annees", "site", "equipe"} <= fields
        assert fields & MISSION_LABELS.keys()
        headings = {text[b.start : b.end].lstrip("# ") for b in blocks if b.kind == "heading"}
        assert {"Enjeux de la mission", "Contenu de la mission"} <= headings
        assert sum(b.kind == "item" for b in blocks) >= 4


def test_a_print_byline_has_no_label_colon() -> None:
    part = Part("byline", "12/06/2018", label="Léa Morvan", items=("Habitat",))
    assert byline(part, "txt") == "Publié le 12/06/2018 • Par Léa Morvan • dans : Habitat"
    assert " : " not in byline(part, "pdf") and " : " not in byline(part, "docx")


def test_split_batches_separates_chunk_batches_from_unit_batches() -> None:
    batches = [["c"] * 32, ["c"] * 8, ["u"] * 32, ["u"] * 5]
    chunks, units = split_batches(batches, 40)
    assert chunks == batches[:2] and units == batches[2:]
    with pytest.raises(ValueError, match="not the 39 chunk texts"):
        split_batches(batches, 39)


def test_spread_sample_takes_an_even_share_and_at_least_one() -> None:
    assert spread_sample(0, 0.1) == []
    assert spread_sample(3, 0.1) == [1]
    assert spread_sample(100, 0.1) == [5, 15, 25, 35, 45, 55, 65, 75, 85, 95]
    assert spread_sample(4, 1.0) == [0, 1, 2, 3]
    # one batch per encoder at least, so that a replay runs as many at once as the ingest did
    assert spread_sample(12, 0.1, least=2) == [3, 9] and spread_sample(1, 0.1, least=2) == [0]


def test_extrapolated_seconds_scale_the_sample_by_characters() -> None:
    # 32 texts of 800 characters took 16 s: 200 texts of 1,000 characters take 125 s.
    assert extrapolated_seconds(200 * 1_000, 32 * 800, 16.0) == pytest.approx(125.0)
    assert extrapolated_seconds(10, 0, 0.0) is None
