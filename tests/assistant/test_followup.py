"""Offline follow-up rewriting: elliptic questions become standalone queries."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.followup import is_follow_up
from assistant.followup import rewrite_follow_up as _rewrite

# What the index would know: places and organisations of the shipped corpus.
KNOWN = ("Bagneux", "Antony", "Noyer Doré", "Valenciennes", "Caisse des Dépôts", "Agence")


def names_of(text: str) -> list[str]:
    found = [(text.find(n), n) for n in KNOWN if n in text]
    return [n for _, n in sorted(found)]


def rewrite_follow_up(question: str, previous: str | None) -> str:
    return _rewrite(question, previous, names_of)


def test_place_swapped_in_the_previous_question() -> None:
    query = rewrite_follow_up("Et à Bagneux ?", "Quel était le budget d'Antony ?")
    assert "Bagneux" in query
    assert "budget" in query
    assert "Antony" not in query


def test_english_what_about() -> None:
    query = rewrite_follow_up("what about Bagneux?", "What was Antony's budget?")
    assert "Bagneux" in query
    assert "budget" in query
    assert "Antony" not in query


def test_new_focus_keeps_the_subject() -> None:
    previous = "Combien de démolitions prévoyait le programme d'Antony ?"
    query = rewrite_follow_up("et le montant ?", previous)
    assert "montant" in query
    assert "Antony" in query
    assert "démolitions" not in query


@pytest.mark.parametrize(
    "question",
    [
        "Combien d'habitants compte Bagneux selon la fiche mission ?",
        "Qui composait l'équipe de la mission de Bagneux ?",
        "What were the stakes of the Bagneux closure review?",
    ],
)
def test_full_new_question_is_left_unchanged(question: str) -> None:
    assert not is_follow_up(question)
    assert rewrite_follow_up(question, "Quel était le budget d'Antony ?") == question


def test_acronym_is_not_taken_for_a_place() -> None:
    query = rewrite_follow_up("Et à Antony ?", "Quel est le montant du PRU de Bagneux ?")
    assert query == "Quel est le montant du PRU d'Antony ?"


@pytest.mark.parametrize(
    ("question", "previous", "expected"),
    [
        ("Et pour le Noyer Doré ?", "Quel est le montant du PRU de Bagneux ?",
         "Quel est le montant du PRU du Noyer Doré ?"),
        ("Et à Bagneux ?", "Combien de démolitions au Noyer Doré ?",
         "Combien de démolitions à Bagneux ?"),
        ("Et la Caisse des Dépôts ?", "Quelle est la part de l'Agence ?",
         "Quelle est la part de la Caisse des Dépôts ?"),
        ("Et l'Agence ?", "Quelle est la part de la Caisse des Dépôts ?",
         "Quelle est la part de l'Agence ?"),
        ("et le montant ?", "Combien de démolitions prévoyait le programme d'Antony ?",
         "le montant d'Antony ?"),
        ("and the budget?", "How many demolitions in Antony?", "the budget in Antony ?"),
        ("Et la Caisse des Dépôts ?", "L'Agence finance-t-elle les études ?",
         "La Caisse des Dépôts finance-t-elle les études ?"),
        ("Et l'Agence ?", "Que finance la Caisse des Dépôts ?", "Que finance l'Agence ?"),
    ],
)  # fmt: skip
def test_prepositions_and_articles_agree_with_the_new_name(
    question: str, previous: str, expected: str
) -> None:
    """French contracts "de le" to "du" and elides "de" before a vowel: the rewritten query
    reads as a question, not as "le montant du PRU de Antony"."""
    assert rewrite_follow_up(question, previous) == expected


def test_a_focus_and_a_place_stand_on_their_own() -> None:
    question = "Montant à Antony ?"
    assert rewrite_follow_up(question, "Combien de démolitions à Bagneux ?") == question


def test_a_year_narrows_the_previous_question() -> None:
    query = rewrite_follow_up("Et en 2015 ?", "Combien de démolitions à Bagneux ?")
    assert query == "Combien de démolitions à Bagneux en 2015 ?"


def test_punctuation_only_follow_up_repeats_the_previous_question() -> None:
    assert rewrite_follow_up("Et ?", "Combien de démolitions à Bagneux ?") == (
        "Combien de démolitions à Bagneux ?"
    )


def test_no_previous_question_leaves_it_unchanged() -> None:
    assert rewrite_follow_up("Et à Bagneux ?", None) == "Et à Bagneux ?"


def test_assistant_uses_the_previous_standalone_query(assistant: Assistant) -> None:
    """A second follow-up builds on the first one's rewritten query, not its elliptic text."""
    history = [
        {"role": "user", "content": "Quel était le montant du projet d'Antony ?", "query": None},
        {"role": "assistant", "content": "167 millions € [1]"},
        {
            "role": "user",
            "content": "Et à Bagneux ?",
            "query": "Quel était le montant du projet de Bagneux ?",
        },
        {"role": "assistant", "content": "157 M€ [1]"},
    ]
    query = assistant.standalone_query("et combien d'habitants ?", history)
    assert "Bagneux" in query and "habitants" in query


def test_rewrite_of_a_long_earlier_turn_is_bounded(assistant: Assistant) -> None:
    long_turn = "Quel était le budget d'Antony ? " * 400  # 12,800 characters
    history = [{"role": "user", "content": long_turn, "query": None},
               {"role": "assistant", "content": "167 millions € [1]"}]  # fmt: skip
    prepared = assistant.prepare("Et à Bagneux ?", history)
    assert "Bagneux" in prepared.query
    assert len(prepared.query) <= assistant.max_question_chars
