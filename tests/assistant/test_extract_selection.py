"""Which units the extractive answer quotes, on hand-made units and a fake scorer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import SimpleNamespace

from assistant.extractive import (
    MAX_ASKS,
    Extraction,
    compose,
    extract,
    merge,
    question_parts,
    renumber,
)
from assistant.scorer import Candidate
from ingest.units import split_units

PASSAGE = """Enjeux

Le point d'étape visait un bilan. Différents enjeux ont été posés en ateliers :

- Conforter la réussite du PRU
- Penser le peuplement
- Développer l'emploi

Montant du projet : 167 M€"""
DANGLING = "Le programme comprenait plusieurs volets. Les axes retenus sont les suivants :"


@dataclass
class FakeScorer:
    """Answers when told to; probabilities are set on the candidates by the test."""

    answer: float = 0.9
    threshold: float = 0.5
    llm_threshold: float = 0.3

    def score(self, candidates: list[Candidate]) -> None:
        pass

    def answerable(self, candidates: list[Candidate]) -> float:
        return self.answer if any(c.eligible for c in candidates) else 0.0


def _candidates(scores: dict[str, float], text: str = PASSAGE, passage: int = 1,
                eligible: bool = True) -> list[Candidate]:  # fmt: skip
    out = []
    for unit in split_units(text, passage):
        c = Candidate(unit, passage, f"doc{passage}", "", eligible)
        c.probability = next((p for key, p in scores.items() if key in unit.text), 0.01)
        out.append(c)
    return out


def _in_town(candidates: list[Candidate], town: str) -> list[Candidate]:
    """The candidates, from a document about `town` (its metadata's)."""
    for c in candidates:
        c.town = town
    return candidates


def _texts(candidates: list[Candidate], scorer: FakeScorer | None = None) -> list[str]:
    extraction = extract(candidates, scorer or FakeScorer(), 0.5)
    return [u.text for u in extraction.units]


def test_the_best_item_brings_its_list_with_its_lead_in() -> None:
    texts = _texts(_candidates({"Penser": 0.8}))
    assert texts[0].startswith("Différents enjeux") and len(texts) == 4


def test_a_lead_in_brings_its_items() -> None:
    texts = _texts(_candidates({"Différents enjeux": 0.8}))
    assert "Conforter la réussite du PRU" in texts and "Développer l'emploi" in texts


ASKED_IN_THE_TEXT = """Les 47 ménages de la tour ont tous été relogés. Où sont-ils partis ?

- 19 ménages dans un autre immeuble du quartier ;
- 22 ménages dans un autre quartier de la ville ;
- 6 ménages dans une autre commune.

Chaque ménage a reçu en moyenne 1,8 proposition."""


def test_a_question_the_text_answers_with_a_list_brings_its_items() -> None:
    """A press article's "Où sont-ils partis ?" over a list is its lead-in: quoted alone, it
    would answer nothing; an item brings it with the rest of the list."""
    assert _texts(_candidates({"Où sont-ils": 0.9}, ASKED_IN_THE_TEXT)) == [
        "Où sont-ils partis ?", "19 ménages dans un autre immeuble du quartier ;",
        "22 ménages dans un autre quartier de la ville ;", "6 ménages dans une autre commune.",
    ]  # fmt: skip
    assert _texts(_candidates({"22 ménages": 0.9}, ASKED_IN_THE_TEXT))[0] == "Où sont-ils partis ?"
    # A question followed by prose is quoted as it is.
    assert _texts(_candidates({"Où sont-ils": 0.9}, "Où sont-ils partis ? Nul ne le sait.")) == [
        "Où sont-ils partis ?"]


def test_a_lead_in_whose_list_is_elsewhere_is_never_quoted_alone() -> None:
    candidates = _candidates({"axes retenus": 0.9, "plusieurs volets": 0.6}, DANGLING)
    assert _texts(candidates) == ["Le programme comprenait plusieurs volets."]


TABLE = """Financements

Financeur | Montant annuel
Etat - FIPD | 24 000 €
Ville de Testville | 55 000 €
Total | 79 000 €"""


def test_a_table_row_is_quoted_with_its_header_row() -> None:
    assert _texts(_candidates({"Ville de Testville": 0.9}, TABLE)) == [
        "Financeur | Montant annuel", "Ville de Testville | 55 000 €",
    ]  # fmt: skip


def test_a_lead_in_announcing_a_table_brings_its_rows() -> None:
    """"L'agglomération assure la maîtrise d'ouvrage de trois opérations :" over their table:
    the rows are what it announces."""
    text = ("L'agglomération assure la maîtrise d'ouvrage de trois opérations :\n\n"
            "Opération | Coût HT\nMail des Lauzières | 4,3 M€\nCentre commercial | 3,1 M€\n"
            "Hôtel d'activités | 2,4 M€\n")  # fmt: skip
    assert _texts(_candidates({"trois opérations": 0.9}, text)) == [
        "L'agglomération assure la maîtrise d'ouvrage de trois opérations :",
        "Opération | Coût HT", "Mail des Lauzières | 4,3 M€", "Centre commercial | 3,1 M€",
        "Hôtel d'activités | 2,4 M€",
    ]  # fmt: skip


def test_units_rated_far_below_the_best_are_left_out() -> None:
    texts = _texts(_candidates({"Montant": 0.9, "bilan": 0.2}))
    assert texts == ["Montant du projet : 167 M€"]


def test_refusal_when_the_scorer_says_so_or_nothing_is_eligible() -> None:
    assert extract(_candidates({"Montant": 0.9}), FakeScorer(answer=0.2), 0.5).refused
    assert extract(_candidates({"Montant": 0.9}, eligible=False), FakeScorer(), 0.5).refused


def test_renumbering_puts_the_best_passage_first_without_gaps() -> None:
    first = _candidates({"Montant": 0.6}, passage=1)
    third = _candidates({"Montant": 0.9}, passage=3)
    extraction = extract(first + third, FakeScorer(), 0.2)
    hits = [_hit("doc1"), _hit("doc2"), _hit("doc3")]
    renumbered, order = renumber(extraction, hits)  # type: ignore[arg-type]
    assert order == [hits[2], hits[0], hits[1]]
    assert sorted({u.passage for u in renumbered.units}) == [1, 2]


def test_renumbering_keeps_a_documents_passages_together() -> None:
    """Passages 1 and 3 come from one document: they are numbered 1 and 2, so the answer names
    that document once, and the other document's passage comes after them."""
    cited = (_candidates({"Montant": 0.9}, passage=1) + _candidates({"Montant": 0.8}, passage=2)
             + _candidates({"Montant": 0.7}, passage=3))  # fmt: skip
    extraction = extract(cited, FakeScorer(), 0.2)
    hits = [_hit("sheet"), _hit("article"), _hit("sheet")]
    renumbered, order = renumber(extraction, hits)  # type: ignore[arg-type]
    assert order == [hits[0], hits[2], hits[1]]
    assert [u.passage for u in renumbered.units] == [1, 2, 3]


def _hit(doc_id: str) -> SimpleNamespace:
    return SimpleNamespace(chunk=SimpleNamespace(doc_id=doc_id))


def test_a_typed_answer_brings_no_list_and_no_untyped_runner_up() -> None:
    """"Quel est le montant ?": the amount is quoted; the items and the sentence that ranked
    close behind it give no amount and stay out."""
    candidates = _candidates({"Montant": 0.9, "Penser": 0.85, "point d'étape": 0.8})
    for c in candidates:
        c.signals["kind"] = 1.0 if "M€" in c.unit.text else -1.0
    assert _texts(candidates) == ["Montant du projet : 167 M€"]


def test_an_untyped_question_still_gets_the_list_of_a_close_runner_up() -> None:
    candidates = _candidates({"Montant": 0.9, "Penser": 0.85})
    texts = _texts(candidates)
    assert "Montant du projet : 167 M€" in texts and "Développer l'emploi" in texts


ANNOUNCED = """Travaux

La résidence Sterne sera rénovée de mars 2026 à décembre 2027. Le programme prévoit :

- l'isolation des façades par l'extérieur ;
- l'installation de deux ascenseurs.

Le coût des travaux est estimé à 3 780 000 € HT."""


def test_the_sentence_before_a_lead_in_brings_the_list_its_paragraph_announces() -> None:
    """"Quels travaux la résidence Sterne va-t-elle connaître ?": the best match says the
    residence will be renovated and its paragraph goes on "Le programme prévoit :" over the
    works; the list is the answer. A typed question (its dates) does not bring it."""
    texts = _texts(_candidates({"sera rénovée": 0.9, "coût": 0.85, "programme": 0.3}, ANNOUNCED))
    assert texts[:4] == ["La résidence Sterne sera rénovée de mars 2026 à décembre 2027.",
                         "Le programme prévoit :", "l'isolation des façades par l'extérieur ;",
                         "l'installation de deux ascenseurs."]  # fmt: skip
    candidates = _candidates({"sera rénovée": 0.9}, ANNOUNCED)
    for c in candidates:
        c.signals["kind"] = 1.0 if "2026" in c.unit.text else -1.0
    assert _texts(candidates) == ["La résidence Sterne sera rénovée de mars 2026 à décembre 2027."]
    # A sentence followed by another that announces nothing brings nothing.
    assert "Le programme prévoit :" not in _texts(_candidates({"coût": 0.9}, ANNOUNCED))


def test_a_sentence_cut_at_the_passage_edge_is_quoted_as_partial() -> None:
    unit = split_units("Le relogement des 158 ménages s'est achevé en 2012.", 1)[0]
    cut = replace(unit, text="Le relogement des 158 ménages", cut_after=True)
    hit = SimpleNamespace(chunk=SimpleNamespace(doc_id="doc"), title="Peupliers")
    text = compose("fr", Extraction([cut], 0.9, False), [hit])  # type: ignore[list-item]
    assert "- Le relogement des 158 ménages … [1]" in text
    whole = compose("fr", Extraction([unit], 0.9, False), [hit])  # type: ignore[list-item]
    assert "- Le relogement des 158 ménages s'est achevé en 2012. [1]" in whole


def test_a_question_is_cut_where_a_second_ask_begins() -> None:
    # An ask naming its thing by a pronoun ("en", "it") is read with the ask before it, which
    # follows it in brackets (read for its words, not for what it asks).
    assert question_parts("Quand la convention a-t-elle été signée et quel en est le montant ?") == [
        "Quand la convention a-t-elle été signée",
        "quel en est le montant ? [Quand la convention a-t-elle été signée]"]  # fmt: skip
    assert question_parts("Who pays for the market study, and how much will it cost?") == [
        "Who pays for the market study", "how much will it cost? [Who pays for the market study]"]
    assert question_parts("Combien de temps dure l'action, et combien coûte-t-elle ?")[1] == (
        "combien coûte-t-elle ? [Combien de temps dure l'action]")
    # An inverted pronoun after the ask's own subject is that subject: no antecedent.
    assert question_parts("Quand l'avenant a-t-il été signé, et combien l'ANRU verse-t-elle pour "
                          "les démolitions ?")[1] == (
        "combien l'ANRU verse-t-elle pour les démolitions ?")  # fmt: skip
    # "y", "there", "chacun" stand for what the ask before names ("il y a" does not).
    assert question_parts("Quand l'avenant a-t-il été signé, et combien l'ANRU y ajoute-t-elle ?"
                          )[1] == ("combien l'ANRU y ajoute-t-elle ? "
                                   "[Quand l'avenant a-t-il été signé]")  # fmt: skip
    assert question_parts("Qui a financé la résidence, et à quelle hauteur chacun ?")[1] == (
        "à quelle hauteur chacun ? [Qui a financé la résidence]")
    assert question_parts("How many towns make up the conurbation, and how many people live "
                          "there?")[1].endswith("[How many towns make up the conurbation]")  # fmt: skip
    assert question_parts("Quel est le montant du projet, et combien y a-t-il de démolitions "
                          "et de reconstructions ?")[1].startswith("combien y a-t-il")  # fmt: skip
    # An ask that leaves its thing unsaid is about the one before it too.
    assert question_parts("Who commissioned the evaluation, and in which year?") == [
        "Who commissioned the evaluation", "in which year? [Who commissioned the evaluation]"]
    assert question_parts("Combien de logements neufs étaient prévus, et combien construits ?") == [
        "Combien de logements neufs étaient prévus",
        "combien construits ? [Combien de logements neufs étaient prévus]"]  # fmt: skip
    assert question_parts("Quand l'avenant a-t-il été signé aux Courtils, et quand à Saint-Éloi ?"
                          )[1].endswith("[Quand l'avenant a-t-il été signé aux Courtils]")  # fmt: skip
    # An ask saying what it is about stands alone.
    assert question_parts("Quel est le montant du projet, et combien de ménages ont été relogés "
                          "hors du quartier ?")[1] == (
        "combien de ménages ont été relogés hors du quartier ?")  # fmt: skip
    # Two questions in one message.
    assert question_parts("Quand la convention a-t-elle été signée ? Quel est le montant ?") == [
        "Quand la convention a-t-elle été signée ?",
        "Quel est le montant ? [Quand la convention a-t-elle été signée ?]"]  # fmt: skip
    assert question_parts("Quand la convention a-t-elle été signée ? Quel est le montant des "
                          "démolitions ?")[1] == "Quel est le montant des démolitions ?"  # fmt: skip
    assert question_parts("Quel en est le montant ? Merci d'avance.") == []
    # One ask: coordinated nouns, a relative clause, a lone question.
    assert question_parts("Quels sont les enjeux et les objectifs de la mission ?") == []
    assert question_parts("Quel est le montant du projet qui a été signé ?") == []
    assert question_parts("Quel est le montant ?") == []
    # Bounded: a long question is read as at most MAX_ASKS asks.
    many = " et ".join(["quel est le montant"] * 10) + " ?"
    assert len(question_parts(many)) == MAX_ASKS


def test_an_asks_best_quote_joins_the_answer() -> None:
    """Each ask of a compound question adds its best quote (with its list) to the whole
    question's; the answer is given when any ask is answered, and a quote is not repeated."""
    scorer = FakeScorer()
    whole = extract(_candidates({"Montant": 0.9}), scorer, 0.5)
    part = extract(_candidates({"Penser": 0.9}), scorer, 0.5, best_only=True)
    assert [u.text for u in part.units] == [
        "Différents enjeux ont été posés en ateliers :", "Conforter la réussite du PRU",
        "Penser le peuplement", "Développer l'emploi"]  # fmt: skip
    merged = merge(whole, part)
    # The whole question's best quote, a field, leads its passage; the list keeps its order.
    assert not merged.refused and [u.text for u in merged.units][0] == "Montant du projet : 167 M€"
    assert len(merged.units) == len(whole.units) + len(part.units) - sum(
        u.text in {v.text for v in whole.units} for u in part.units)
    refused = extract(_candidates({"Montant": 0.9}), FakeScorer(answer=0.1), 0.5)
    assert merge(refused, part).units == part.units and not merge(refused, part).refused
    assert merge(whole, refused) == whole
    assert merge(whole, whole).units == whole.units


SHEET = """Fiche mission

Années : 2012 (8 mois)

Montant du projet : 167 M€

Programme : 144 démolitions, 351 constructions"""


def test_the_best_quote_leads_its_passage() -> None:
    """A passage's best quote comes first when it stands alone; the others follow in the
    document's order."""
    candidates = _candidates({"Programme": 0.95, "Années": 0.9, "Montant": 0.85}, SHEET)
    assert _texts(candidates) == [
        "Programme : 144 démolitions, 351 constructions", "Années : 2012 (8 mois)",
        "Montant du projet : 167 M€"]  # fmt: skip


def test_runners_up_missing_what_the_best_names_are_left_out() -> None:
    """When the best unit names the thing asked for, a runner-up that does not is noise; when
    the best does not either, the runners-up stay."""
    candidates = _candidates({"Programme": 0.95, "Années": 0.9, "Montant": 0.85}, SHEET)
    for c in candidates:
        c.signals["focus_missing"] = 0.0 if "Programme" in c.unit.text else 1.0
    assert _texts(candidates) == ["Programme : 144 démolitions, 351 constructions"]
    for c in candidates:
        c.signals["focus_missing"] = 1.0
    assert len(_texts(candidates)) == 3


def test_a_line_of_one_word_is_not_quoted() -> None:
    """"ANRU" alone under a sheet's title is no answer, even rated first."""
    candidates = _candidates({"ANRU": 0.99, "Programme": 0.9}, "ANRU\n\n" + SHEET)
    assert [c.unit.text for c in candidates][0] == "ANRU"
    assert _texts(candidates)[0] == "Programme : 144 démolitions, 351 constructions"


def test_the_best_row_leads_its_passage_with_its_header() -> None:
    """A table row rated first comes before the list above it, after its header row."""
    text = ("Actions\n\n- Equipe de 4 médiateurs, dont 3 adultes-relais\n- Vidéoprotection\n\n"
            "Financements\n\nFinanceur | Montant annuel\nEtat – adultes-relais | 63 000 €\n"
            "Ville | 55 000 €")  # fmt: skip
    candidates = _candidates({"63 000": 0.95, "Equipe": 0.9}, text)
    assert _texts(candidates)[:4] == [
        "Financeur | Montant annuel", "Etat – adultes-relais | 63 000 €",
        "Equipe de 4 médiateurs, dont 3 adultes-relais", "Vidéoprotection"]  # fmt: skip


def test_one_value_asked_gets_the_item_with_its_lead_in_not_the_whole_list() -> None:
    """"Combien de ..." answered by a list item that gives the count: the item and the list's
    lead-in, not the list's other items; a list question still gets the whole list."""
    text = ("Contenu\n\nLa mission a compris plusieurs actions :\n\n"
            "- Animation de 24 réunions mensuelles\n"
            "- Numéro unique : 312 signalements traités\n- Charte chantier\n")  # fmt: skip
    candidates = _candidates({"312": 0.95, "24 réunions": 0.3}, text)
    for c in candidates:
        c.signals["kind"] = 1.0 if any(ch.isdigit() for ch in c.unit.text) else -1.0
    single = extract(candidates, FakeScorer(), 0.5, single_value=True)
    assert [u.text for u in single.units] == [
        "La mission a compris plusieurs actions :", "Numéro unique : 312 signalements traités"]
    whole = [u.text for u in extract(candidates, FakeScorer(), 0.5).units]
    assert "Charte chantier" in whole and "Animation de 24 réunions mensuelles" in whole
    # A runner-up item comes without its list too when the best unit (here a field) gives the
    # value asked for.
    field = "Dates : mars 2020 – février 2022 (24 mois)\n\n" + text
    candidates = _candidates({"24 mois": 0.95, "312": 0.9}, field)
    for c in candidates:
        c.signals["kind"] = 1.0 if any(ch.isdigit() for ch in c.unit.text) else -1.0
    quoted = [u.text for u in extract(candidates, FakeScorer(), 0.5, single_value=True).units]
    assert "Numéro unique : 312 signalements traités" in quoted
    assert "Charte chantier" not in quoted
    candidates = _candidates({"312": 0.95, "24 réunions": 0.3}, text)
    # The best item does not give the value asked for (a runner-up does): the list stays whole
    # for a question that asks for no single value; one that does is refused (the unit that
    # best matches it gives no such value: another unit's figure would be about something else).
    for c in candidates:
        c.signals["kind"] = 1.0 if "24 réunions" in c.unit.text else -1.0
    assert "Charte chantier" in [u.text for u in extract(candidates, FakeScorer(), 0.5).units]
    assert extract(candidates, FakeScorer(), 0.5, single_value=True).refused


def test_one_value_asked_and_no_unit_giving_it_about_the_thing_asked_is_refused() -> None:
    """"How much did ANRU contribute?" over "Maître d'ouvrage : ANRU" (no sum) and "Montant du
    projet : 167 M€" (a sum, of the whole project): refused, though the scorer would answer. A
    question asking for no single value is still answered from the same units."""
    text = "Fiche\n\nMaître d'ouvrage : ANRU\n\nMontant du projet : 167 M€\n"
    candidates = _candidates({"ANRU": 0.9, "Montant": 0.8}, text)
    for c in candidates:
        amount = "M€" in c.unit.text
        c.signals.update(kind=1.0 if amount else -1.0, focus_missing=1.0 if amount else 0.0)
    assert extract(candidates, FakeScorer(), 0.5, single_value=True).refused
    assert not extract(candidates, FakeScorer(), 0.5).refused
    # The same sum about the thing asked answers when it is the unit that best matches the
    # question, or a field of the same sheet; not a sentence of another passage when the best
    # match gives no sum ("What fee did the landlord pay the firm?" best matches the team
    # field: another document's sum is about something else).
    for c in candidates:
        c.signals["focus_missing"] = 0.0
    quoted = extract(candidates, FakeScorer(), 0.5, single_value=True)
    assert not quoted.refused and "Montant du projet : 167 M€" in [u.text for u in quoted.units]
    elsewhere = _candidates({"ANRU": 0.9}, "Fiche\n\nMaître d'ouvrage : ANRU\n") + _candidates(
        {"Le projet": 0.8}, "Article\n\nLe projet coûte 167 M€.\n", 2)
    for c in elsewhere:
        amount = "M€" in c.unit.text
        c.signals.update(kind=1.0 if amount else -1.0, focus_missing=0.0)
    assert extract(elsewhere, FakeScorer(), 0.5, single_value=True).refused
    candidates = _candidates({"ANRU": 0.8, "Montant": 0.9}, text)
    for c in candidates:
        amount = "M€" in c.unit.text
        c.signals.update(kind=1.0 if amount else -1.0, focus_missing=0.0)
    quoted = extract(candidates, FakeScorer(), 0.5, single_value=True)
    assert not quoted.refused and "Montant du projet : 167 M€" in [u.text for u in quoted.units]


def test_one_value_asked_is_given_by_the_sentence_going_on_from_the_best_match() -> None:
    """"Combien doit coûter la réhabilitation de la résidence Poulenc ?" best matches the
    sentence naming the refurbishment, which gives no sum; the next one says "Son coût est
    estimé à 6,2 M€": answered, with both. A sum two sentences on, not pointing back, is not."""
    text = ("Rapport\n\nLa réhabilitation de la résidence Poulenc a été confiée au cabinet Lecerf. "
            "Son coût est estimé à 6,2 M€ TTC.\n")
    candidates = _candidates({"réhabilitation": 0.9, "Son coût": 0.8}, text)
    for c in candidates:
        amount = "M€" in c.unit.text
        c.signals.update(kind=1.0 if amount else -1.0, focus_missing=0.0)
    quoted = extract(candidates, FakeScorer(), 0.5, single_value=True)
    assert not quoted.refused
    assert "Son coût est estimé à 6,2 M€ TTC." in [u.text for u in quoted.units]
    apart = text.replace("Son coût", "Le concours a réuni quatre équipes. Le coût")
    candidates = _candidates({"réhabilitation": 0.9, "Le coût": 0.8}, apart)
    for c in candidates:
        amount = "M€" in c.unit.text
        c.signals.update(kind=1.0 if amount else -1.0, focus_missing=0.0)
    assert extract(candidates, FakeScorer(), 0.5, single_value=True).refused


def test_a_date_said_by_an_ordinal_pointing_back_answers() -> None:
    """"Quand aura lieu le premier atelier ... ?" best matches "Trois ateliers sont prévus au
    printemps", which gives no date; the next sentence, "Le premier aura lieu le 14 mars",
    points back to them: answered with it."""
    text = ("Article\n\nTrois ateliers sont prévus au printemps sur le square. "
            "Le premier aura lieu le 14 mars à la maison du projet.\n")
    candidates = _candidates({"Trois ateliers": 0.9, "Le premier": 0.8}, text)
    for c in candidates:
        c.signals.update(kind=1.0 if "mars" in c.unit.text else -1.0, focus_missing=0.0)
    quoted = extract(candidates, FakeScorer(), 0.5, single_value=True)
    assert not quoted.refused
    assert "Le premier aura lieu le 14 mars à la maison du projet." in [u.text for u in quoted.units]


def test_a_table_quoted_in_part_is_quoted_whole_when_small_or_brings_its_total() -> None:
    """Two rows of a table rated alike are rows the question does not tell apart: a small table
    is quoted whole (a newsletter's "En attente d'une proposition | 16" with "Relogés | 67");
    a larger one brings its total row only. One row quoted alone brings neither."""
    small = ("Relogement\n\n| Situation | Ménages |\n|---|---|\n| Relogés | 67 |\n"
             "| Bail à signer | 21 |\n| En attente d'une proposition | 16 |\n| Total | 104 |\n")
    whole = _texts(_candidates({"Relogés": 0.9, "Bail": 0.85}, small))
    assert "| En attente d'une proposition | 16 |" in whole and "| Total | 104 |" in whole
    lots = "".join(f"| Lot {n} | Prestation {n} | {n} 000 |\n" for n in range(1, 10))
    large = ("Estimation\n\n| Lot | Prestation | Estimation |\n|---|---|---|\n" + lots
             + "| Total tranche ferme | | 45 000 |\n")
    two = _texts(_candidates({"Lot 1 ": 0.9, "Lot 2 ": 0.85}, large))
    assert "| Total tranche ferme | | 45 000 |" in two
    assert "| Lot 7 | Prestation 7 | 7 000 |" not in two
    one = _texts(_candidates({"Lot 1 ": 0.9}, large))
    assert not any("Total" in t for t in one)
    # A row out of the question's scope (another town's) is not brought.
    candidates = _candidates({"Relogés": 0.9, "Bail": 0.85}, small)
    for c in candidates:
        c.eligible = "attente" not in c.unit.text
    scoped = [u.text for u in extract(candidates, FakeScorer(), 0.5).units]
    assert "| Total | 104 |" in scoped and not any("attente" in t for t in scoped)


def test_a_question_naming_no_place_is_answered_from_one_town() -> None:
    """"Quelles retombées espère-t-on de la fiche sur la gestion des quartiers ?" names no place:
    the runners-up come from the best unit's town or from a document about no town, not from
    another town's sheet; a question that names places (`one_place` false) keeps them."""
    best = _candidates({"Réduire": 0.9}, "Effets\n\nRéduire les dégradations de 20 %.\n", 1)
    other = _candidates({"Améliorer": 0.85}, "Effets\n\nAméliorer la propreté perçue.\n", 2)
    national = _candidates({"Le partenariat": 0.8}, "ANRU\n\nLe partenariat est la règle.\n", 3)
    candidates = _in_town(best, "Tours") + _in_town(other, "Castelrives") + national
    one = [u.text for u in extract(candidates, FakeScorer(), 0.5, one_place=True).units]
    assert "Réduire les dégradations de 20 %." in one and "Le partenariat est la règle." in one
    assert "Améliorer la propreté perçue." not in one
    every = [u.text for u in extract(candidates, FakeScorer(), 0.5).units]
    assert "Améliorer la propreté perçue." in every



def test_someone_asked_and_the_best_match_naming_no_one_is_refused() -> None:
    """"Quelle entreprise a démoli la tour Ardoise ?" best matches "La tour Ardoise a été démolie
    en cinq mois.", which names no one: another passage's name is about something else, so the
    question is refused. A quote whose speaker the next sentence of the same passage names is
    answered ("« Le partenariat, c'est dans notre ADN ! » [...] explique Frédéric Léonhardt")."""
    best = _candidates({"démolie": 0.95}, "Compte rendu\n\nLa tour Ardoise a été démolie en cinq mois.\n")
    other = _candidates({"Thierry": 0.9}, "Équipe\n\nThierry Vandenbussche présente le bilan.\n", 2)
    candidates = best + other
    for c in candidates:
        c.signals["kind"] = 1.0 if "Thierry" in c.unit.text else -1.0
    assert extract(candidates, FakeScorer(), 0.5, named_value=True).refused
    assert not extract(candidates, FakeScorer(), 0.5).refused
    quote = _candidates({"ADN": 0.95, "explique": 0.9},
                        "Article\n\n« Le partenariat, c'est dans notre ADN ! » Ainsi parle "
                        "l'agence, explique Frédéric Léonhardt.\n")  # fmt: skip
    for c in quote:
        c.signals["kind"] = 1.0 if "Léonhardt" in c.unit.text else -1.0
    quoted = extract(quote, FakeScorer(), 0.5, named_value=True)
    assert not quoted.refused
    assert any("Léonhardt" in u.text for u in quoted.units)
    # A firm left unnamed is not named by the article's byline after it.
    unnamed = _candidates({"conçus": 0.95, "Par Manon": 0.9},
                          "Article\n\nPar Manon Delpech · Publié le 14 novembre 2025\n\n"
                          "Les travaux, conçus par un cabinet d'architectes, s'achèvent.\n")  # fmt: skip
    for c in unnamed:
        c.signals["kind"] = 1.0 if "Manon" in c.unit.text else -1.0
    assert extract(unnamed, FakeScorer(), 0.5, named_value=True).refused


def test_an_ask_of_a_compound_question_is_answered_by_a_value_of_what_it_names() -> None:
    """"Combien de commerçants la halle accueillera-t-elle, et ..." : the ask's units giving a
    count, those naming the shopkeepers first, though a closer-rated item gives another count
    of the halle's; none naming it: any unit giving the kind of value."""
    from assistant.extractive import giving_a_value

    text = ("Délibération\n\n- approuve le concours de la halle, pour 412 000 € HT\n\n"
            "La halle de marché accueillera 18 commerçants.\n\nLa halle ouvrira ses portes.\n")
    part = _candidates({"approuve": 0.99, "accueillera": 0.95, "ouvrira": 0.97}, text)
    for c in part:
        c.signals.update(kind=-1.0 if "ouvrira" in c.unit.text else 1.0,
                         focus_missing=0.0 if "commerçants" in c.unit.text else 1.0)  # fmt: skip
    assert [c.unit.text for c in giving_a_value(part)] == [
        "La halle de marché accueillera 18 commerçants."]
    best = extract(giving_a_value(part), FakeScorer(), 0.0, best_only=True)
    assert [u.text for u in best.units] == ["La halle de marché accueillera 18 commerçants."]
    # The same ask when the whole question was refused: it passes the gate on its own units,
    # and its value about what it names leads.
    led = extract(part, FakeScorer(), 0.5, best_only=True, value_first=True)
    assert [u.text for u in led.units] == ["La halle de marché accueillera 18 commerçants."]
    assert "approuve" in extract(part, FakeScorer(), 0.5, best_only=True).units[0].text
    for c in part:
        c.signals["focus_missing"] = 1.0
    assert len(giving_a_value(part)) == 2


@dataclass
class GateOnCoverage(FakeScorer):
    """Passes an ask when one of its units covers it ("lexical" of at least a half), as the
    real gate passes an ask whose words a unit says."""

    def answerable(self, candidates: list[Candidate]) -> float:
        covered = any(c.signals.get("lexical", 0.0) >= 0.5 for c in candidates if c.eligible)
        return 0.9 if covered else 0.1


def test_an_ask_refused_before_another_answered_gets_its_value_once_the_question_is() -> None:
    """"Combien de commerçants la halle accueillera-t-elle, et à combien sont estimées les
    prestations du concours ?": the whole and the first ask alone do not pass the gate, the
    second does; the first then gets its best unit giving a count about the shopkeepers.
    Refused throughout, nothing is quoted."""
    from assistant.extractive import with_asks

    text = ("Délibération\n\n- approuve le concours de la halle, pour 412 000 € HT\n\n"
            "La halle de marché accueillera 18 commerçants.\n")

    def ask(counts: bool) -> list[Candidate]:
        part = _candidates({"approuve": 0.99, "accueillera": 0.95}, text)
        for c in part:
            names = "commerçants" in c.unit.text if counts else "412" in c.unit.text
            c.signals.update(kind=1.0, focus_missing=0.0 if names else 1.0,
                             lexical=0.9 if names and not counts else 0.2)  # fmt: skip
        return part

    refused = Extraction([], 0.2, True)
    assert with_asks(refused, [ask(counts=True)], GateOnCoverage(), 0.5).refused
    answered = with_asks(refused, [ask(counts=True), ask(counts=False)], GateOnCoverage(), 0.5)
    quoted = [u.text for u in answered.units]
    assert not answered.refused
    assert "La halle de marché accueillera 18 commerçants." in quoted
    assert any("412 000" in t for t in quoted)


def test_the_asks_of_a_question_naming_no_place_are_about_the_answers_town() -> None:
    """"Combien de séances ... sont proposées, et quel organisme les anime ?" names no place:
    once the answer quotes Corbelande's sheet, an ask's quote from Vallauriac's is left out;
    one from a document about no town stays. A question naming a place keeps every ask's."""
    from assistant.extractive import with_asks

    whole_units = _candidates({"séances": 0.9}, "Fiche A\n\nSix séances de formation par an.\n")
    other = _candidates({"anime": 0.9}, "Fiche B\n\nL'ADIL anime les ateliers.\n", 2)
    general = _candidates({"organisme": 0.9}, "Guide\n\nUn organisme agréé anime.\n", 3)
    _in_town(whole_units, "Corbelande")
    _in_town(other, "Vallauriac")
    for c in (*whole_units, *other, *general):
        c.signals.update(kind=1.0)
    whole = extract(whole_units, FakeScorer(), 0.5)
    assert not whole.refused

    def quoted(part: list[Candidate], one_place: bool) -> list[str]:
        result = with_asks(whole, [part], FakeScorer(), 0.5, whole_units + part, one_place)
        return [u.text for u in result.units]

    assert "L'ADIL anime les ateliers." not in quoted(other, one_place=True)
    assert "L'ADIL anime les ateliers." in quoted(other, one_place=False)
    assert "Un organisme agréé anime." in quoted(general, one_place=True)


def test_an_ask_of_an_answered_question_is_answered_from_the_documents_quoted() -> None:
    """"Quel est le coût total du projet des Vernèdes et combien l'ANRU y apporte-t-elle ?": the
    article quoted for the ANRU's share also gives the project's cost; a study's price row,
    rated a hair above it, is not that cost. When no other unit in scope of the quoted documents
    gives a value for the ask, the best unit of any document does."""
    from assistant.extractive import with_asks

    text = ("Les Vernèdes\n\nLe projet représente 64,8 millions d'euros. L'ANRU apporte 14,1 "
            "millions d'euros.\n")  # fmt: skip

    def units(scores: dict[str, float], cost_said: bool = True) -> list[Candidate]:
        out = _candidates(scores, text) + _candidates({"Tranche": 0.99},
                                                      "Prix\n\nTranche optionnelle | 22 500 €\n", 2)
        for c in out:
            c.doc_id = "article" if c.passage == 1 else "study"
            missing = "ANRU" in c.unit.text or ("projet" in c.unit.text and not cost_said)
            c.signals.update(kind=1.0, focus_missing=1.0 if missing else 0.0)
        return out

    whole_units = units({"ANRU apporte": 0.99})
    whole = extract([c for c in whole_units if "ANRU" in c.unit.text], FakeScorer(), 0.5)
    ask = units({"ANRU apporte": 0.99, "Le projet représente": 0.985})
    cost = with_asks(whole, [ask], FakeScorer(), 0.5, whole_units)
    assert sorted(u.text for u in cost.units) == ["L'ANRU apporte 14,1 millions d'euros.",
                                                  "Le projet représente 64,8 millions d'euros."]  # fmt: skip
    # The quoted document's unit giving a sum is preferred even when it misses the ask's word.
    ask = units({"ANRU apporte": 0.99, "Le projet représente": 0.985}, cost_said=False)
    same = with_asks(whole, [ask], FakeScorer(), 0.5, whole_units)
    assert "Le projet représente 64,8 millions d'euros." in [u.text for u in same.units]
    # A unit of the quoted document that is out of the question's scope is none of its units.
    ask = units({"ANRU apporte": 0.99, "Le projet représente": 0.985})
    for c in ask:
        c.eligible = "projet" not in c.unit.text
    elsewhere = with_asks(whole, [ask], FakeScorer(), 0.5, whole_units)
    assert "Tranche optionnelle | 22 500 €" in [u.text for u in elsewhere.units]


def test_an_ask_wanting_no_value_is_answered_from_the_documents_quoted() -> None:
    """"Quand la tour sera-t-elle démolie, et pourquoi la barre est-elle conservée ?": once the
    article is quoted for the date, the reason comes from its own sentence when it passes the
    gate there, not from another document's unit rated a hair higher."""
    from assistant.extractive import with_asks

    article = ("Fresnel\n\nLa tour sera démolie en 2027. La barre est conservée pour ses 48 "
               "logements à bas loyer.\n")  # fmt: skip
    other = "Ailleurs\n\nUne barre voisine est conservée pour son architecture.\n"

    def units(scores: dict[str, float]) -> list[Candidate]:
        out = _candidates(scores, article) + _candidates({"voisine": 0.99}, other, 2)
        for c in out:
            c.doc_id = "article" if c.passage == 1 else "other"
        return out

    whole_units = units({"tour sera": 0.99})
    whole = extract([c for c in whole_units if "tour" in c.unit.text], FakeScorer(), 0.5)
    ask = units({"La barre est conservée": 0.95})
    quoted = [u.text for u in with_asks(whole, [ask], FakeScorer(), 0.5, whole_units).units]
    assert "La barre est conservée pour ses 48 logements à bas loyer." in quoted
    assert "Une barre voisine est conservée pour son architecture." not in quoted


ARTICLE = (
    "Au conseil citoyen, l'impatience domine. « Ce qu'on demande, c'est que les locataires ne "
    "restent pas deux ans dans l'incertitude. Certains ont déjà fait leurs cartons », prévient "
    "Fernand Bouillot, qui y siège depuis sa création. La réunion publique aura lieu le 5 mars."
    "\n\n« Nous attendons l'étude. Elle rendra ses conclusions en novembre », ajoute-t-elle."
)


def test_a_quote_opening_a_quotation_comes_with_its_rest_up_to_its_speaker() -> None:
    """« Ce qu'on demande ... » quoted alone would leave out who says it: the sentences up to the
    quotation's close, which names the speaker, follow it. A close naming no one ("»,
    ajoute-t-elle") brings nothing, nor does the sentence after the close."""
    asked = _candidates({"Ce qu'on demande": 0.9, "Nous attendons": 0.8}, ARTICLE)
    quoted = [u.text for u in extract(asked, FakeScorer(), 0.5).units]
    demand = next(q for q in quoted if q.startswith("« Ce qu'on demande"))
    assert quoted[quoted.index(demand) + 1].startswith("Certains ont déjà fait leurs cartons")
    assert not any(q.startswith("La réunion publique") for q in quoted)
    assert not any(q.startswith("Elle rendra ses conclusions") for q in quoted)


AUDIT = (
    "Sioule Habitat gérait au 31 décembre 2024 4 120 logements répartis dans 37 communes. Le "
    "quartier des Épinettes en concentre 990, soit 24 % du parc. La vacance y est élevée."
    "\n\nLa réhabilitation de la résidence Poulenc a été confiée à Vallis. Son coût est estimé à "
    "6,2 M€. Les travaux commenceront en juin 2025 pour 12 mois."
)


def test_a_quote_pointing_back_comes_after_the_sentence_it_points_to() -> None:
    """"Le quartier en concentre 990" and "Son coût est estimé à 6,2 M€" do not say, alone, of
    what: the sentence before each, in its paragraph, is quoted before it. A sentence that points
    to nothing ("Les travaux commenceront en juin 2025 pour 12 mois") comes alone, and the first
    sentence of a paragraph brings nothing from the paragraph before."""
    def quoted(best: str) -> list[str]:
        asked = _candidates({best: 0.9}, AUDIT)
        return [u.text for u in extract(asked, FakeScorer(), 0.5).units]

    assert quoted("en concentre 990") == [
        "Sioule Habitat gérait au 31 décembre 2024 4 120 logements répartis dans 37 communes.",
        "Le quartier des Épinettes en concentre 990, soit 24 % du parc."]  # fmt: skip
    assert quoted("Son coût")[0].startswith("La réhabilitation de la résidence Poulenc")
    assert quoted("Les travaux commenceront") == [
        "Les travaux commenceront en juin 2025 pour 12 mois."]  # fmt: skip
    assert quoted("La réhabilitation de la") == [
        "La réhabilitation de la résidence Poulenc a été confiée à Vallis."]  # fmt: skip


def test_each_place_compared_gets_its_quote() -> None:
    """"Combien d'habitants comptent respectivement le Mas-Rouvray et les Combettes ?": the
    answer quoting the Combettes' count adds the best unit about the Mas-Rouvray giving one; a
    unit about it that gives no count, or misses what is asked, is not added."""
    from assistant.extractive import each_compared

    combettes = _candidates({"Les Combettes comptent": 0.95},
                            "Les Combettes comptent 4 260 habitants.", passage=1)  # fmt: skip
    mas = _candidates({"Le Mas-Rouvray compte": 0.7, "Le Mas-Rouvray a": 0.8},
                      "Le Mas-Rouvray a un réseau de chaleur. Le Mas-Rouvray compte 4 180 "
                      "habitants.", passage=2)  # fmt: skip
    for c in combettes + mas:
        c.signals = {"kind": 1.0 if any(ch.isdigit() for ch in c.unit.text) else -1.0}
    candidates = combettes + mas
    extraction = Extraction([combettes[0].unit], 0.9, False)

    def about(c: Candidate, name: int) -> bool:
        return ("Combettes", "Mas-Rouvray")[name] in c.unit.text

    both = each_compared(extraction, candidates, 2, about)
    assert [u.text for u in both.units] == ["Les Combettes comptent 4 260 habitants.",
                                            "Le Mas-Rouvray compte 4 180 habitants."]  # fmt: skip
    mas[1].signals["focus_missing"] = 1.0
    assert [u.text for u in each_compared(extraction, candidates, 2, about).units] == [
        "Les Combettes comptent 4 260 habitants."]  # fmt: skip
    assert each_compared(Extraction([], 0.1, True), candidates, 2, about).refused


MINUTES = """2. Délibération n° 2025-27 – Marché de déconstruction de la tour Galène

Après un appel d'offres, la commission a retenu l'offre de Montarnal Déconstruction.

3. Délibération n° 2025-28 – Financement de la réhabilitation de la résidence Pyrite

Le plan de financement s'établit comme suit :

- subvention de l'ANRU : 2,9 M€ ;
- fonds propres de l'office : 1,4 M€.

Le conseil d'administration autorise le directeur général à contracter les emprunts.

4. Délibération n° 2025-29 – Loyers de la résidence Pyrite

Le directeur général propose une hausse de 2,5 %.

Chiffres clés

- 2029 : achèvement prévu du projet

Engagé en 2021, le projet franchit une étape."""


def test_a_heading_read_as_an_item_brings_what_it_heads() -> None:
    """A PDF's numbered heading read as a list of one item ("Délibération n° 2025-28 –
    Financement de la réhabilitation de la résidence Pyrite") says what its section is about:
    quoted, it brings the section, up to the next heading; an item giving a label and its
    value ("2029 : achèvement prévu du projet") is no heading."""
    texts = _texts(_candidates({"Financement de la réhabilitation": 0.9}, MINUTES))
    assert texts == [
        "Délibération n° 2025-28 – Financement de la réhabilitation de la résidence Pyrite",
        "Le plan de financement s'établit comme suit :",
        "subvention de l'ANRU : 2,9 M€ ;",
        "fonds propres de l'office : 1,4 M€.",
        "Le conseil d'administration autorise le directeur général à contracter les emprunts.",
    ]
    assert _texts(_candidates({"2029 : achèvement": 0.9}, MINUTES)) == [
        "2029 : achèvement prévu du projet"]
