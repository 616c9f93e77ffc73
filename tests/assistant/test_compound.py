"""What a question asks, read on the shipped corpus with the real models: a question that asks
two things gets a quote for each (assistant/extractive.py `question_parts`), and the kind of value
asked for decides between an answer and a refusal (assistant/answer_types.py)."""

from __future__ import annotations

from assistant.answering import Assistant

TWO_ASKS = "What was the amount of the Antony project, and how many demolitions did it plan?"


def test_each_ask_of_a_compound_question_is_answered(assistant: Assistant) -> None:
    english = assistant.answer(TWO_ASKS)
    assert not english.refused
    assert "167 millions" in english.text and "144 démolitions" in english.text
    prepared = assistant.prepare(TWO_ASKS)
    assert len(prepared.parts) == 2
    assert all(len(part) == len(prepared.candidates) for part in prepared.parts)


def test_a_compound_question_is_answered_when_one_ask_is_clear(assistant: Assistant) -> None:
    """Read whole, the two asks split the question's words and no unit covers enough of them;
    read apart, each has its unit: the population and the amount."""
    answer = assistant.answer("Combien d'habitants compte Antony, et quel est le montant du projet ?")
    assert not answer.refused
    assert "61000 habitants" in answer.text and "167 millions" in answer.text
    # Every citation still names a passage that was given.
    assert answer.citations and all(1 <= c.n <= len(answer.passages) for c in answer.citations)


def test_how_long_asks_for_a_duration(assistant: Assistant) -> None:
    """"Combien de temps" asks for a duration: the Bagneux sheet gives none, so the question is
    refused rather than answered with its site or its actors; Antony's sheet gives "8 mois"."""
    assert assistant.answer("Combien de temps a duré la mission à Bagneux ?").refused
    antony = assistant.answer("Combien de temps a duré la mission à Antony ?")
    assert not antony.refused and "8 mois" in antony.text


def test_an_ask_that_names_nothing_of_its_own_gets_its_value(assistant: Assistant) -> None:
    """"..., and how long did their work last?" names no place: alone it would not pass the
    gate, but the question is answered, so the ask gets its best unit giving a duration."""
    answer = assistant.answer("Who carried out the Antony review, and how long did their work last?")
    assert not answer.refused
    assert "8 mois" in answer.text
    assert all(1 <= c.n <= len(answer.passages) for c in answer.citations)
