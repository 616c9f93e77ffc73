"""The language of a question, decided once per request by a language-identification model.

py3langid ships its model inside the wheel (no download). It is restricted to the languages a
staff member is likely to type, so that a short French question is not read as Catalan. A
confident French or English reading wins, whatever the conversation's language so far ("a French
follow-up in an English conversation is answered in French"); an uncertain one ("Et en 2015 ?",
"and Bagneux?") keeps the conversation's language, or French, the product's first language.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.glossary import looks_english

SUPPORTED = ("fr", "en")
# Languages told apart from French and English, so that a question in one of them is refused
# clearly instead of being answered in the wrong language.
CANDIDATES = ("fr", "en", "de", "es", "it", "pt", "nl")
# Normalised probabilities: above this a reading is taken as the question's language. Chosen
# from the model's behaviour on one-line texts, not fitted to any gold set.
CONFIDENT = 0.8
CONFIDENT_OTHER = 0.95


@dataclass(frozen=True)
class LanguageDecision:
    """`code` is the language answers are written in (fr or en); `detected` what the model read."""

    code: str
    detected: str
    confidence: float

    @property
    def unsupported(self) -> bool:
        """The question is confidently in a language the assistant does not answer in."""
        return self.detected not in SUPPORTED and self.confidence >= CONFIDENT_OTHER


class LanguageIdentifier:
    """Loads the model once (about a second); `decide` takes about a millisecond."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE
        from py3langid.langid import LanguageIdentifier as _Model

        self._model = _Model.from_model_file(MODEL_FILE, norm_probs=True)
        self._model.set_languages(list(CANDIDATES))

    def identify(self, text: str) -> tuple[str, float]:
        code, probability = self._model.classify(text)
        return str(code), float(probability)

    def decide(self, text: str, previous: str | None = None) -> LanguageDecision:
        """The language to answer `text` in; `previous` is the conversation's language so far."""
        fallback = previous if previous in SUPPORTED else SUPPORTED[0]
        if not text.strip():
            return LanguageDecision(fallback, fallback, 0.0)
        code, confidence = self.identify(text)
        if code in SUPPORTED and confidence >= CONFIDENT:
            return LanguageDecision(code, code, confidence)
        # A conversation's first question read as English without confidence (a French place
        # name weighs on a short text: "Which social landlord owns the Cigalières flats?") is
        # English when it has English function words too; a fragment ("Et en 2015 ?") is not.
        if previous not in SUPPORTED and code == "en" and looks_english(text):
            return LanguageDecision("en", code, confidence)
        return LanguageDecision(fallback, code, confidence)
