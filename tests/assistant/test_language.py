"""Language decided once per request by py3langid (its model ships in the wheel)."""

from __future__ import annotations

import pytest

from assistant.language import LanguageIdentifier


@pytest.fixture(scope="module")
def languages() -> LanguageIdentifier:
    return LanguageIdentifier()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Combien de démolitions prévoyait le programme d'Antony ?", "fr"),
        ("what were Antony's closure enjeux?", "en"),
        ("How much did the ANRU contribute?", "en"),
        ("Qui présidait le premier CA de l'ANRU ?", "fr"),
    ],
)
def test_confident_readings(languages: LanguageIdentifier, text: str, code: str) -> None:
    decision = languages.decide(text)
    assert decision.code == code and not decision.unsupported


def test_a_first_question_read_as_english_without_confidence_is_english(
    languages: LanguageIdentifier,
) -> None:
    """A French place name weighs on a short English question; with English function words it
    is still answered in English when it opens the conversation. A French fragment is not."""
    question = "Which social landlord owns the Cigalières flats?"
    decision = languages.decide(question)
    assert decision.confidence < 0.8 and decision.code == "en"
    assert languages.decide("Et en 2015 ?").code == "fr"
    # Within a French conversation an uncertain reading keeps French, as before.
    assert languages.decide(question, "fr").code == "fr"


def test_a_confident_french_follow_up_in_an_english_conversation_is_french(
    languages: LanguageIdentifier,
) -> None:
    assert languages.decide("Combien de démolitions à Bagneux ?", previous="en").code == "fr"


def test_an_uncertain_follow_up_keeps_the_conversation_language(
    languages: LanguageIdentifier,
) -> None:
    assert languages.decide("and in Bagneux?", previous="en").code == "en"
    assert languages.decide("Et en 2015 ?", previous="fr").code == "fr"
    assert languages.decide("", previous=None).code == "fr"


@pytest.mark.parametrize(
    "text",
    ["Wie viele Wohnungen wurden in Antony abgerissen?",
     "¿Cuántas viviendas fueron demolidas en Antony?"],
)  # fmt: skip
def test_other_languages_are_flagged(languages: LanguageIdentifier, text: str) -> None:
    decision = languages.decide(text)
    assert decision.unsupported and decision.code in ("fr", "en")
