"""Proposals against the extended fictional corpus (/work/shared/corpus-extended, read in place,
never copied): its 12 mission sheets of eight kinds become records without an index (no
embedding), and drafts drawn from them must keep to the brief's mission type, keep every fact
of the brief and flag the actors named in other sites' sheets."""

from __future__ import annotations

import pytest

from assistant.brief import family, parse_request
from assistant.drafting import assemble_draft, missing_facts, named_actors_of, unflagged_actors
from assistant.missions import MissionRecord, build_mission_record
from assistant.precedents import record_types
from assistant.settings import PROJECT_ROOT

EXTENDED = PROJECT_ROOT.parent / "shared" / "corpus-extended"
pytestmark = pytest.mark.skipif(
    not EXTENDED.is_dir(), reason=f"no extended corpus at {EXTENDED}: the fictional test corpus "
    "is shared outside the repository"
)  # fmt: skip


@pytest.fixture(scope="module")
def records() -> dict[str, MissionRecord]:
    from evals.corpora import document_files
    from index.build import prepare_document
    from ingest.load import load

    out = {}
    for path in document_files(EXTENDED):
        if not path.name.startswith("fiche-mission"):
            continue
        prepared = prepare_document(load(path, EXTENDED), 1800, 200, frozenset())
        assert prepared.doc.doc_type == "mission_sheet", path.name
        out[path.name] = build_mission_record(prepared.doc, prepared.chunks, prepared.blocks)
    return out


def test_every_extended_mission_sheet_has_a_type(records: dict[str, MissionRecord]) -> None:
    assert len(records) == 12
    types = {name: record_types(r) for name, r in records.items()}
    assert all(types.values()), types
    assert types["fiche-mission-etude-relogement-ferrandieres-sur-loing.txt"] == ["relogement"]
    assert "psl" in types["fiche-mission-point-etape-psl-lussanges-sur-marne.txt"]


def test_the_churches_brief_matches_no_mission_type(records: dict[str, MissionRecord]) -> None:
    request = parse_request("Étude patrimoniale des églises romanes de la commune de "
                            "Saint-Aubin-des-Bois : inventaire de 12 églises, 4 mois.")  # fmt: skip
    wanted = {family(k) for k in request.mission_types}
    assert wanted == {"patrimoine"}
    assert not any(wanted & {family(k) for k in record_types(r)} for r in records.values())


@pytest.mark.parametrize(
    ("brief", "sheet"),
    [
        ("La Ville de Montbard sollicite une étude de relogement des ménages de la cité des "
         "Lilas : 150 entretiens à domicile, 12 mois, honoraires 95 000 € HT.",
         "fiche-mission-etude-relogement-ferrandieres-sur-loing.txt"),
        ("Point d'étape de clôture et plan stratégique local du quartier des Aubiers à "
         "Lormont, pour la Ville de Lormont : 35 entretiens, 3 ateliers, 9 mois.",
         "fiche-mission-point-etape-psl-lussanges-sur-marne.txt"),
        ("Évaluation de la gestion urbaine de proximité à Vierzon, 20 entretiens, 6 mois.",
         "fiche-mission-evaluation-gup-bremonville.md"),
    ],
)  # fmt: skip
def test_drafts_from_extended_precedents_keep_the_brief_and_flag_named_actors(
    records: dict[str, MissionRecord], brief: str, sheet: str
) -> None:
    request = parse_request(brief)
    record = records[sheet]
    assert {family(k) for k in request.mission_types} & {family(k) for k in record_types(record)}
    draft = assemble_draft(request, [record])
    assert missing_facts(draft) == []
    named = [name for name, _ in named_actors_of(record)]
    assert named and unflagged_actors(draft, named) == []
    assert record.town not in draft.title and request.town in draft.title
    for passage in (*record.enjeux, *record.content):
        assert " ".join(passage.quote.split()) not in " ".join(draft.body().split())
    for ref in draft.references:
        assert ref.doc_id == sheet and ref.quote
