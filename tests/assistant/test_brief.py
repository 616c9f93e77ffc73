"""The brief parser: typed facts from French, English and badly written briefs (pure, no model)."""

from __future__ import annotations

import pytest

from assistant.brief import BriefError, parse_request
from assistant.skeletons import skeleton_for
from tests.assistant.briefs import TEST, TRAIN


@pytest.mark.parametrize("case", TEST, ids=lambda c: c.name)
def test_every_stated_fact_of_the_test_briefs_is_read(case) -> None:
    assert parse_request(case.text).facts() == case.facts


def test_closure_brief_reads_client_place_quantities_duration_and_project_amount() -> None:
    request = parse_request(TEST[0].text)
    assert request.client == "Ville de Montval-sur-Orge"
    assert (request.town, request.site) == ("Montval-sur-Orge", "quartier des Glycines")
    assert request.population == 45000 and request.duration_months == 6
    assert [(s.kind, s.count, s.approx) for s in request.steps] == [
        ("entretien", 40, True),  # "une quarantaine d'entretiens"
        ("atelier", 2, False),  # "deux ateliers"
    ]
    # "convention ANRU" names the programme, not the client; 130 M€ is the project, not a fee.
    assert request.project_amount_eur == 130e6 and request.fee_eur is None
    assert request.mission_types == ["cloture"] and request.ignored == []


def test_convention_anru_is_not_the_client_but_pour_l_anru_is() -> None:
    assert parse_request("Point d'étape, convention ANRU signée en 2008, à Sarlat").client is None
    assert parse_request("Mission pour l'ANRU : capitalisation des PRU à Dax").client == "ANRU"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Étude urbaine à Quimperlé, 5 mois.", "Quimperlé"),
        ("Diagnostic pour la commune de Sainte-Foy-la-Grande.", "Sainte-Foy-la-Grande"),
        ("Bilan du PRU de Marnay-le-Haut, 8 mois.", "Marnay-le-Haut"),
        ("Concertation in Westbury-on-Trym for the town council.", "Westbury-on-Trym"),
        ("la ville de Trifouilly veut un psl", "Trifouilly"),
    ],
)
def test_unknown_towns_are_recognised_from_the_brief_syntax(text: str, town: str) -> None:
    assert parse_request(text).town == town


def test_fee_and_project_amount_are_kept_apart() -> None:
    request = parse_request(
        "PSL pour la Métropole de Rivebelle ; honoraires de 80 000 € HT ; projet de 167 M€."
    )
    assert (request.fee_eur, request.fee_text) == (80000, "80 000 € HT")
    assert (request.project_amount_eur, request.project_amount_text) == (167e6, "167 M€")
    small = parse_request("Évaluation à Lunel, 35 k€, 4 mois")  # no cue: a small sum is a fee
    assert small.fee_eur == 35000 and small.project_amount_eur is None
    assert parse_request("Budget du projet urbain : 95 M€ ; étude à Agen").fee_eur is None


def test_contradictory_figures_keep_the_first_and_say_what_was_ignored() -> None:
    request = parse_request(
        "Évaluation à Lunel : 25 entretiens, puis 40 entretiens ; 6 mois ou 9 mois ; "
        "honoraires 50 000 € HT, honoraires 70 000 € HT."
    )
    assert request.step("entretien").count == 25 and request.duration_months == 6
    assert request.fee_eur == 50000
    assert len(request.ignored) == 3
    assert any("40 entretiens" in i for i in request.ignored)
    assert any("9 mois" in i for i in request.ignored)
    assert any("70 000 € HT" in i for i in request.ignored)


def test_a_fee_larger_than_the_project_is_ignored() -> None:
    request = parse_request("Honoraires de 3 000 000 € HT pour un projet de 2 M€ à Agen")
    assert request.fee_eur is None and any("supérieurs" in i for i in request.ignored)


def test_weeks_and_english_numbers() -> None:
    request = parse_request(
        "Closure checkpoint in Dover: a dozen interviews, three workshops, 10 weeks"
    )
    assert request.language == "en" and request.duration_months == 3
    assert [(s.kind, s.count, s.approx) for s in request.steps] == [
        ("entretien", 12, True),
        ("atelier", 3, False),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("x" * 20_000, "20000 characters"),
        ("12 34 56 !!", "no words"),
        ("Die Stadt Köln möchte eine Studie für das Quartier mit der Bevölkerung und den "
         "Akteuren, Dauer sechs Monate, die Ergebnisse sind nicht", "German"),
        ("El ayuntamiento de la ciudad quiere un estudio del barrio para los meses de "
         "verano con una consulta", "Spanish"),
    ],
)  # fmt: skip
def test_bad_briefs_raise_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(BriefError, match=message):
        parse_request(text)


def test_skeletons_only_hold_the_steps_of_the_requested_type() -> None:
    closure = skeleton_for(["cloture"])
    assert not any("stratégique local" in o for o in closure.objectives)
    both = skeleton_for(["cloture", "psl"])
    assert any("plan stratégique local" in o for o in both.objectives)
    assert both.phases[-1].key == "restitution" and len({p.key for p in both.phases}) == len(
        both.phases
    )
    assert [p.key for p in skeleton_for(["patrimoine"]).phases][1] == "inventaire"


def test_train_and_test_briefs_are_distinct() -> None:
    assert not {c.text for c in TRAIN} & {c.text for c in TEST}
    assert sum(not c.comparable for c in TEST) == 2 and len(TEST) == 10
