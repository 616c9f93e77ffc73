"""The offline answerer: quotes the sentences, list items and fields of the retrieved passages
that answer the question, or refuses.

Each passage's units (ingest/units.py) get signals (`unit_signals` here, the embedder's in
answering.py); the scorer (assistant/scorer.py) turns them into a probability of answering,
and units outside the question's scope (assistant/scope.py) are not eligible. `extract` quotes
the best units above the fitted threshold; `compose` writes the answer with citation markers
numbered 1, 2, 3 in order of first use.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from assistant.answer_types import (
    DAY,
    HUMAN,
    MONTHS,
    SECOND_ASK,
    asked_kinds,
    asks_voters,
    asks_why,
    bracketed_units,
    given_kinds,
    kind_match,
    named_years,
)
from assistant.scope import AUTHORITY_KINDS, spelled_acronyms
from assistant.scorer import Candidate, Scorer
from index.analyzer import STOP_WORDS, analyze, derived_forms
from index.glossary import concepts, french_spellings
from ingest.normalize import MONTH_NUMBERS, fold_accents
from ingest.records import Hit
from ingest.units import Unit

MAX_UNITS = 3
# How far down the ranking a list item may be to bring its list.
LIST_DEPTH = 3
MAX_LIST_ITEMS = 14

_DOCUMENT_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")


@dataclass
class Extraction:
    units: list[Unit]
    confidence: float  # the scorer's P(the question is answered by these units), 0..1
    refused: bool


def _entities(question: str) -> set[str]:
    """Analyzed tokens of capitalised words that are not the question's first word."""
    names: set[str] = set()
    words = list(re.finditer(r"[\w'’()-]+", question))
    for i, match in enumerate(words):
        word = match.group()
        core = re.sub(r"^[a-zA-Z]['’]", "", word)  # "d'Antony" -> "Antony"
        if i == 0 or not core[:1].isupper():
            continue
        names.update(analyze(core))
    return names


# What the question asks for, when it says so: "combien de X", "quel est le X de",
# "what is the X of", "how many X", "qui était le X". X must be in the answering unit itself.
_FOCUS = re.compile(
    r"\b(?:combien\s+(?:de|d['’])\s*|"
    r"(?:quel(?:le)?s?|qui)\s+(?:est|était|sont|étaient|a été|ont été|fut)\s+(?:le|la|les|l['’])\s*|"
    r"(?:what|who)\s+(?:is|was|are|were)\s+the\s+|how\s+many\s+|"
    # A date asked of a thing: "À quelle date la charte de relogement a-t-elle été signée ?",
    # "When was the renewal agreement signed?": the thing dated.
    # (Not "depuis quelle année la locataire vit-elle ...": since when someone does something.)
    r"(?P<dated>(?:(?:(?:à|a|en)\s+)?(?<!depuis\s)quel(?:le)?\s+(?:date|jour|mois|ann[ée]e)"
    r"(?:\s+(?:pr[ée]cise|exacte|exactement))?|(?<!depuis\s)quand)\s+(?:le|la|les|l['’])\s*|"
    r"(?:(?:on|in)\s+)?(?:when|(?:what|which)\s+(?:date|day|month|year))(?:\s+exactly)?\s+"
    r"(?:was|were|is|will)\s+the\s+)|"
    # The body whose head is asked: "Qui préside le conseil citoyen ?" is not answered by the
    # chair of the steering committee. (Not in English: "Who chaired the first ANRU board
    # meeting?" ends on a word the French says otherwise, "séance".)
    r"qui\s+(?:pr[ée]side|pr[ée]sidait|dirige|dirigeait)\s+(?:le|la|les|l['’])\s*|"
    # "Comment s'appelle le chargé de concertation ?": a name asked by its holder's role.
    r"comment\s+s['’]appel\w*\s+(?:le|la|les|l['’])\s*|"
    # "Who was mayor of ...": a role without its article.
    r"who\s+(?:is|was|are|were)\s+(?-i:(?=[a-z]))(?!\w+(?:ed|ing|ible|able)\b|"
    r"(?:in|at|on|of|for|to|from|with|behind|by|not|also|still|now|then|there|a|an)\b))"
    r"(?P<focus>[\w'’ -]+?)(?=\s+(?:de|du|des|d['’]|of|in|for|at|did|does|do|were|was|had|ont|a|"
    r"according|selon|compte|prévoyait|dans|à|au|aux|pour|par|per|le|la|les|l['’]|un|une|the|"
    r"sur|on|en|avec|with|chaque|each|every|will|would|should|can|could|are|is|has|have|"
    r"sont|sera|seront|doit|doivent|était|étaient)\b|"
    # A verb with its subject after it ("fallait-il", "a-t-elle", "prévoit-on"), or in the
    # imperfect, conditional or future ("comptait", "devraient"), ends the noun.
    r"\s+[\w'’]+-(?:t-)?(?:il|elle|ils|elles|on)\b|"
    # A reflexive verb ("combien de temps s'est étalé le bilan") ends it too.
    r"\s+(?:s['’]|se\s)|"
    r"\s+\w+(?:ait|aient|èrent|eront|erait|eraient)\b|\s+\w{2,}(?:era|ira|iront)\b|"
    # ... or in the present, third person plural ("travaillent", "bénéficient"; a noun in -ent
    # is singular after "combien de", and words in -ment are nouns or adverbs).
    r"\s+\w{2,}(?<!m)ent\b|"
    r"\s+(?:aura|auront|fera|feront|va|vont)\b|"
    # An English participle ends it too ("the farewell street party held at ...").
    r"\s+(?-i:[a-z]\w+ed|held|built|made|done|begun|taken|given|laid|paid|sold|shown|run)\b|"
    # ... and a verb in the progressive ("What is the town planning to put on the site?").
    r"(?P<progressive>\s+(?-i:[a-z]\w+ing)\s+to\b)|"
    r"\s*[?.,]|$)",
    re.IGNORECASE,
)
# Nouns that name the kind of answer rather than its content ("la fonction de X" is answered by
# "chargé de mission", which does not say "fonction").
_ANSWER_TYPE_NOUNS = frozenset(
    analyze(
        "fonction rôle role nom name poste job titre title type date année year nombre number "
        "décompte count "
        "temps time durée duration but aim aims purpose goal "
        "principal principale main exact document documents texte article"
    )
)
# A document dated ("When was the Gazette article published?") is dated by its byline, which does
# not name it; a second ask ("..., et qui préside ...", "et quel en est le montant") is answered by
# units that need not name the thing the first one dates.
_DOCUMENT_NOUNS = frozenset(analyze("article articles document page fiche rapport report piece "
                                    "magazine newsletter lettre numéro issue"))  # fmt: skip
_NEXT_ASK = re.compile(
    r"(?:\b(?:et|and)|,)\s+(?:qui|quel(?:le)?s?|combien|comment|où|pourquoi|who|what|which|how|"
    r"where|why|en|à)\b", re.IGNORECASE)  # fmt: skip
# Words about the question itself rather than its subject ("comparez", "cités dans"): they are
# not concepts an answer must cover.
_META_WORDS = _ANSWER_TYPE_NOUNS | frozenset(
    analyze(
        "comparez compare comparer cité cités citée citées cite mentionne mentionné figurent "
        "figure parlent parle quoted mentioned identified concerné concernée respectivement "
        "respectively "
        # the near future's and the modals' auxiliaries ("combien va coûter ...")
        "va vont allait allaient aura auront"
    )
) - frozenset(analyze("principal principale"))
# A concept carries its words' derived forms (index/analyzer.py `derived_forms`).
_META_FORMS = frozenset(form for token in _META_WORDS for form in derived_forms(token))


# Nouns that name a share or an amount ("le taux de vacance", "the total cost"): the share or
# amount is asked for (answer_types.py) and "la vacance atteint 11 %", "au total, le projet
# représente 138 millions d'euros" give it without the word. They stay words of the question,
# unlike the nouns above.
_COST_NOUNS = frozenset(analyze("montant coût budget prix honoraires enveloppe cost amount price "
                                "fee fees envelope"))  # fmt: skip
_VALUE_NOUNS = frozenset(
    analyze("taux part proportion pourcentage rate share percentage")) | _COST_NOUNS
# A name asked for is known by whose name it is: "le nom du maire", "the name of the mayor"
# ask for the mayor, whom a unit must name, not for any name.
_NAME_NOUNS = frozenset(analyze("nom name"))
# A vote asked for by its result ("le résultat du vote", "the outcome of the ballot"): the
# values that give it (answer_types "vote": "52 voix pour") name it.
_VOTE_NOUNS = frozenset(analyze("résultat résultats result outcome vote votes scrutin ballot"))
# Nouns that say someone is asked without saying who: asked by "qui" or "who" ("Qui est la
# personne référente ?", "Who is the person in charge of ...?"), the words that qualify them say
# which ("Référent : ..."). ("Quelles sont les personnes ressources ?" asks for the people.)
_PERSON_NOUNS = frozenset(analyze("personne personnes person people"))


# A sum named by what it does, said to be financial ("l'apport financier de la Région", "its
# financial contribution"): an amount, known by whose it is.
_FINANCIAL_MARK = frozenset(analyze("financier financière financiers financières financial"))
_FINANCIAL = _FINANCIAL_MARK | frozenset(
    analyze("apport apports contribution contributions participation participations support"))


# What a share or an amount is of: "le taux de vacance", "le coût de la mission".
# French names its head first; English ends on it ("the neighbourhood memory work").
_COMPLEMENT = re.compile(
    r"\s*(?:(?:(?:des|du|de)\b|d['’])\s*(?:(?:la|le|les|l['’]|un|une|ce|cette|ces)\s*)?"
    r"(?P<head>[a-zà-ÿ][\w-]*)|"
    r"(?:of|for)\s+(?:(?:the|this|these|its|their)\s+)?(?P<phrase>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
    r"(?=\s+(?:in|of|for|at|on|by|to|from|with|outside|within|among|under|over|across|"
    r"between|into|who|that|which|carried|was|were|is|are|did|does|has|have|\w+ed)\b|"
    r"\s*[?,.]|$))"
)
# What a cost is asked of, with a verb: "combien a coûté la mission", "how much did the
# mid-term evaluation mission cost".
_COST_OF = re.compile(
    r"\bcombien\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+)?co[uû]t(?:[ée]e?s?|ent|era|eront)?\b"
    r"(?=\s+(?:la|le|les|l['’]|ce|cette|ces)\b)|"
    # "combien va coûter la déconstruction", "combien devait coûter l'étude"
    r"\bcombien\s+(?:va|vont|allait|allaient|doit|doivent|devait|devaient|devrait|devraient)\s+"
    r"co[uû]ter\b"
    r"(?=\s+(?:la|le|les|l['’]|ce|cette|ces)\b)|"
    # "combien a été payée l'enquête sociale"
    r"\bcombien\s+(?:a|ont|avait|avaient|aura|auront)\s+été\s+(?:pay|factur|rémunér)[ée]e?s?\b"
    r"(?=\s+(?:la|le|les|l['’]|ce|cette|ces)\b)|"
    r"\bhow\s+much\s+(?:did|does|do|will|would)\b(?=\s+(?:the|this|these|its|their)\s+"
    r"(?P<phrase>[\w-]+(?:\s+[\w-]+){0,3}?)(?:\s+(?:in|of|for|at|on|by|to|from|with)\b[^?]*)?"
    r"\s+cost\b)",
    re.IGNORECASE,
)
# Who gives a sum, named: "how much did ANRU contribute", "combien l'ANRU a-t-elle versé",
# "quel montant de subventions l'ANRU a-t-elle apporté".
# (a French body's name may end on an adjective in lower case: "le Conseil départemental")
_NAME = (r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de\s+la\s+|des\s+|du\s+|de\s+)?[A-ZÀ-Ý][\w'’-]*)*"
         r"(?:\s+(?:(?:départemental|régional|général|national|municipal)e?|communautaire|"
         r"européenne?)\b)?")
_GIVER = re.compile(
    rf"\b[Hh]ow\s+much(?:\s+(?:money|in\s+[\w-]+(?:\s+[\w-]+)?))?\s+(?:did|does|do|will|would|has|"
    rf"have)\s+(?:the\s+)?(?P<en>{_NAME})\s+"
    r"(?:contribut|pay|paid|giv|gave|put|grant|invest|spen|fund|provid|bring|brought|lend|lent|"
    r"commit|award|allocat|loan)\w*|"
    # The present, with the subject after the verb ("combien l'ANRU apporte-t-elle", "quel
    # montant de prêts Action Logement accorde-t-il"): the subject stands right after what is
    # asked, not after a noun it qualifies ("les organismes HLM des Alisiers consacrent-ils")
    # nor in a coordination ("la Région et la commune de X versent-elles").
    r"\b(?i:combien|montants?|sommes?|budgets?|prêts?|subventions?|crédits?|financements?|euros)\s+"
    rf"(?:l['’]|le\s+|la\s+|les\s+)?(?P<now>{_NAME})\s+(?:(?:vers|apport|financ|invest|donn|"
    r"d[ée]pens|accord|allou|consacr|prêt|pret|mobilis)\w*-(?:t-)?|met-|mettent-)"
    r"(?:il|elle|ils|elles)\b|"
    # A sum named by its giver: "les prêts d'Action Logement", "la participation de la Région",
    # "Action Logement's loans".
    r"\b(?i:prêts?|subventions?|participations?|contributions?|apports?|financements?|concours)\s+"
    r"(?i:financi(?:er|ère|ers|ères)\s+)?"  # "la participation financière de la Ville"
    rf"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?P<of>{_NAME})|"
    rf"\b(?P<owner>{_NAME})['’]s\s+(?:loans?|grants?|subsid(?:y|ies)|contributions?|funding|share)\b|"
    rf"\b(?:l['’]|le\s+|la\s+|les\s+)?(?P<fr>{_NAME})\s+(?:a|ont|avait|avaient|va|vont|aura|auront)-t-"
    r"(?:il|elle|ils|elles)\s+(?:vers[ée]|apport[ée]|financ[ée]|invest[ie]|donn[ée]|d[ée]pens[ée]|"
    r"accord[ée]|allou[ée]|consacr[ée]|mis|mobilis[ée])|"
    # "How much ANRU grant money goes into ...?": the giver names the money.
    rf"\b[Hh]ow\s+much\s+(?:the\s+)?(?P<named>{_NAME})(?:['’]s)?\s+"
    r"(?:grants?|subsid(?:y|ies)|funding|money|funds|financing|investment)\b",
)
# The French noun phrase after the verb, read by `_head` (an empty "phrase": no English one).
_ARTICLE_HEAD = re.compile(
    r"\s*(?:(?:la|le|les|ce|cette|ces)\s+|l['’]\s*)(?P<head>[a-zà-ÿ][\w-]*)(?P<phrase>)"
)
# French adjectives that come before their noun ("le nouvel équipement", "la première tranche").
_PRENOMINAL = re.compile(
    r"(?:nouve(?:au|l|lle)|ancien|grand|petit|premi(?:er|ère)|derni(?:er|ère)|seul|autre|même|"
    r"futur|gros|vieux|vieil|vieille|jeune|beau|bel|belle|haut|long|bon|mauvais|bref|vaste|"
    r"important|principal)(?:e|es|s|x)?\s+([a-zà-ÿ][\w-]*)",
    re.IGNORECASE,
)


def _head(match: re.Match[str]) -> str:
    """The head noun of a matched noun phrase: French names it first (group "head", after an
    adjective placed before it), English last ("the neighbourhood memory work"); a capitalised
    word is a name, not the head."""
    if match.group("head"):
        adjective = _PRENOMINAL.match(match.string, match.start("head"))
        return adjective.group(1) if adjective else match.group("head")
    words = match.group("phrase").split()
    return words[-1] if words and words[-1][:1].islower() else ""


def focus_tokens(question: str) -> set[str]:
    """Tokens of the thing asked for, when the question names it; empty otherwise. In French,
    the noun phrase's head ("personnes ressources": personnes); in English, the phrase whole. A
    share, an amount or a name asked for is known by what or whose it is ("le taux de vacance":
    the vacancy; "the cost of the mission": the mission; "le nom du maire": the mayor)."""
    match = _FOCUS.search(question)
    if not match or match.group("progressive"):
        return set()  # (what the subject of "is ... planning to" does: the thing is unsaid)
    tokens = set(analyze(match.group("focus")))
    if match.group("dated") and (tokens & _DOCUMENT_NOUNS or _NEXT_ASK.search(question, match.end())):
        return set()  # a document's own date; or a second ask the thing dated is no part of
    value_nouns = _VALUE_NOUNS | (_FINANCIAL if tokens & _FINANCIAL_MARK else frozenset())
    someone = _PERSON_NOUNS if match.group(0).lower().startswith(("qui", "who")) else frozenset()
    focus = {t for t in tokens
             if t not in _ANSWER_TYPE_NOUNS and t not in value_nouns and t not in someone}  # fmt: skip
    french = not match.group(0).lower().startswith(("what", "who", "how", "when"))
    head = re.match(r"[\w'’-]+", match.group("focus"))
    if french and head and set(analyze(head.group())) <= value_nouns | _NAME_NOUNS:
        focus = set()  # "l'enveloppe totale du projet": the adjective qualifies the sum
    if len(focus) > 1 and french:
        # The head noun alone, which French names first ("personnes ressources", "logements
        # sociaux"): the words that qualify it may be said otherwise ("personnes clés").
        words = [w for w in re.findall(r"[\w'’-]+", match.group("focus"))
                 if set(analyze(w)) & focus]  # fmt: skip
        if len(words) > 1 and _PRENOMINAL.fullmatch(" ".join(words[:2])):
            words = words[1:]  # "nouveaux logements"
        if words:
            focus = set(analyze(words[0])) & focus
    if not focus and tokens & (value_nouns | _NAME_NOUNS | someone):
        complement = _COMPLEMENT.match(question, match.end())
        if complement:
            focus = {t for t in analyze(_head(complement)) if t not in _ANSWER_TYPE_NOUNS}
    if focus & _VOTE_NOUNS and "vote" in asked_kinds(question):
        focus -= _VOTE_NOUNS
    return focus


# A sum asked by "which": "What fee did ... pay ... for the mission?", "Quels honoraires ...
# pour la mission ?"; what it paid for follows "for" / "pour".
_WHICH_COST = re.compile(
    r"\b(?:what|which|quel(?:le)?s?)\s+(?:fees?|costs?|budget|price|honoraires|co[uû]ts?|"
    r"budgets?|prix|montants?)\b", re.IGNORECASE)  # fmt: skip
_PAID_FOR = re.compile(
    r"\bfor\s+(?:the|this|these|its|their)\s+(?P<phrase>[\w-]+(?:\s+[\w-]+){0,3}?)"
    r"(?=\s+(?:in|of|at|on|by|to|from|with|carried|which|that)\b|\s*[?,.]|$)|"
    r"\bpour\s+(?:(?:la|le|les|ce|cette|ces|sa|son|ses)\s+|l['’]\s*)(?P<head>[a-zà-ÿ][\w-]*)",
    re.IGNORECASE,
)


def cost_subject(question: str) -> set[str]:
    """Tokens of what a cost is asked of: "combien a coûté la mission" and "how much did the
    evaluation mission cost" (the mission), "le coût de la mission", "the fee for the
    evaluation" (the evaluation)."""
    head = _cost_head(question)
    if not head[:1].islower():  # nothing, or a name ("le montant du PRU de Bagneux")
        return set()
    return {t for t in analyze(head) if t not in _ANSWER_TYPE_NOUNS}


# A noun naming an act ("la démolition", "la réhabilitation", "the demolition"; not "-ment",
# which names things too: "l'équipement").
_COSTED_ACT = re.compile(r"tions?$", re.IGNORECASE)


def costs_an_act(question: str) -> bool:
    """Is the cost asked that of an act ("Combien a coûté la démolition de la tour ?")? The
    sum that answers says what it paid for: "Son aménagement a coûté 690 000 €" is the square
    built on the tower's site, not its demolition. (A thing's cost may be told of the thing by
    another name: "le nouvel équipement culturel" is "le bâtiment" in its article.)"""
    head = _cost_head(question)
    return head[:1].islower() and bool(_COSTED_ACT.search(head))


def _cost_head(question: str) -> str:
    head = ""
    cost = _COST_OF.search(question)
    if cost and cost.group("phrase"):
        head = cost.group("phrase").split()[-1]
    elif cost:
        article = _ARTICLE_HEAD.match(question, cost.end())
        head = _head(article) if article else ""
    elif (match := _FOCUS.search(question)) and set(analyze(match.group("focus"))) & _COST_NOUNS:
        complement = _COMPLEMENT.match(question, match.end())
        head = _head(complement) if complement else ""
    elif which := _WHICH_COST.search(question):
        # "What fee did the landlord pay the firm for the rehousing mission?"
        purpose = _PAID_FOR.search(question, which.end())
        head = _head(purpose) if purpose else ""
    return head


# Nouns that head the name of a body: an acronym spelt out with one ("Agence nationale de la
# cohésion des territoires", "Union sociale pour l'habitat") is someone who may act; one spelt
# out without ("Programme de rénovation urbaine", "Gestion urbaine de proximité", "Plan
# stratégique local") is a thing, which answers no "qui" or "who".
_BODY_NOUNS = frozenset(analyze(
    "agence caisse direction office établissement société communauté conseil commission comité "
    "union association fédération ministère préfecture service institut centre groupement "
    "syndicat banque fonds conférence instance mission cellule bureau cabinet observatoire "
    "autorité"))


def not_bodies(acronyms: dict[str, frozenset[frozenset[str]]]) -> frozenset[str]:
    """The acronym tokens whose every spelling-out in the corpus names no body."""
    return frozenset(token for token, phrases in acronyms.items()
                     if phrases and not any(phrase & _BODY_NOUNS for phrase in phrases))  # fmt: skip


def giver_name(question: str) -> str:
    """The name of whoever a question asks gave a sum, as written ("How much did ANRU
    contribute ...?"); "" for none. The unit giving the sum must name it: the project's amount
    does not say ANRU's share."""
    found = _GIVER.search(question)
    if not found or not asked_kinds(question) & {"amount", "share"}:
        return ""
    return next(found.group(g) for g in ("en", "fr", "now", "of", "owner", "named")
                if found.group(g))


def giver_spellings(question: str) -> list[frozenset[str]]:
    """The giver's tokens as the question names it and as the glossary writes it in French
    ("European Social Fund": also "FSE", "fonds social européen")."""
    name = giver_name(question)
    if not name:
        return []
    return [frozenset(analyze(p)) for p in (name, *french_spellings(name)) if analyze(p)]


class ConceptWeights:
    """Inverse document frequency of index tokens, from the BM25 postings."""

    def __init__(self, doc_freq: dict[str, int], n_docs: int):
        self.doc_freq = doc_freq
        self.n_docs = max(1, n_docs)
        self.max_idf = math.log(1 + (self.n_docs + 0.5) / 0.5)

    def common(self, token: str) -> bool:
        """Is the token in more than half the passages ("projet", "quartier")?"""
        return self.doc_freq.get(token, 0) > COMMON_SHARE * self.n_docs

    def idf(self, token: str) -> float | None:
        df = self.doc_freq.get(token)
        if not df:
            return None
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))


# A word in more than this share of the passages is too common to name the thing a date is
# asked of (measured: "projet" 0.59, "quartier" 0.82, "mission" 0.43, "convention" 0.35).
COMMON_SHARE = 0.5


def dates_a_thing(question: str) -> bool:
    """Does the question ask the date of a thing it names ("Quand la charte a-t-elle été
    signée ?")?"""
    match = _FOCUS.search(question)
    return bool(match and match.group("dated"))


@dataclass(frozen=True)
class _Concept:
    tokens: frozenset[str]
    weight: float
    is_name: bool
    is_focus: bool
    # A word of the ask an ask's pronoun stands for (`question_parts`): it helps pick the unit
    # about that thing; what the ask needs covered is its own words.
    is_context: bool = False


# What a word of the ask an ask's pronoun stands for weighs, against its own words.
ANTECEDENT_WEIGHT = 0.25
# Credit for a concept found in the document but not in the unit or its heading.
NAME_ELSEWHERE = 0.6
WORD_ELSEWHERE = 0.5


# Days and hours asked for ("quels jours et à quelles heures", "at what time", "which days"): the
# kind of value wanted (answer_types.py), not words the answer says; "les médiateurs sont
# présents du mardi au samedi, de 18 h à 1 h" answers, a table's "Jours" column does not.
_VALUE_ASKED = re.compile(
    r"\b(?:quel(?:le)?s?|what|which)\s+(?:(?:are|were)\s+the\s+)?"
    r"(?:jours?|heures?|horaires?|days?|hours?|time)\b",
    re.IGNORECASE,
)


def _question_concepts(question: str, weights: ConceptWeights, english: bool,
                       acronyms: frozenset[str] = frozenset(),
                       focus_of: str | None = None) -> list[_Concept]:  # fmt: skip
    """`focus_of`: the part of `question` that says what is asked (an ask without the words
    of the ask its pronoun stands for)."""
    names = _entities(question)
    focus = focus_tokens(focus_of or question)
    if focus and dates_a_thing(focus_of or question) and all(weights.common(t) for t in focus):
        focus = set()  # "À quelle date le projet ... ?": a word most passages use names nothing
    # A word of a spelt-out acronym is also covered by the acronym ("MOUS relogement").
    spelled: dict[str, str] = {}
    for word, acronym in spelled_acronyms(question, acronyms).items():
        for token in analyze(word):
            spelled[token] = acronym
    own = frozenset().union(*concepts(focus_of)) if focus_of else None
    out = []
    for concept in concepts(_VALUE_ASKED.sub(" ", question)):
        if concept <= _META_FORMS:
            continue
        idfs = [w for t in concept if (w := weights.idf(t)) is not None]
        context = own is not None and not concept & own
        # The acronym covers the word, which weighs what it weighs ("urbaine" is no rarer
        # for being part of "GUP").
        concept |= {spelled[t] for t in concept if t in spelled}
        is_name = bool(concept & names)
        is_focus = bool(concept & focus)
        if context:
            if idfs:  # weighed less than the ask's own words, and not asked again
                out.append(_Concept(concept, max(idfs) * ANTECEDENT_WEIGHT, is_name, False, True))
        elif idfs:
            out.append(_Concept(concept, max(idfs), is_name, is_focus))
        elif is_name or (is_focus and not english):  # English words are often just untranslated
            # A name outside the index may still be known from a document's metadata (an
            # outlet, an author); a name or an asked-for thing the corpus never mentions
            # weighs fully and can only be found in metadata.
            out.append(_Concept(concept, weights.max_idf, is_name, is_focus))
    # A number alone says nothing of what is asked ("<script>alert(1)</script>"): every unit
    # holding a "1" would cover the whole question.
    if all(all(t.isdigit() for t in c.tokens) for c in out):
        return []
    return out


@dataclass
class QuestionSignals:
    """What is computed once per question for scoring its units."""

    concepts: list[_Concept]
    total: float
    asked: set[str]  # kinds of answer asked for (assistant/answer_types.py)
    # The names a question compares ("Bagneux et Antony"), as token sets: a unit about one of
    # them covers the question's names (assistant/scope.py decides what is compared).
    alternatives: tuple[frozenset[str], ...] = ()
    cost_of: frozenset[str] = frozenset()  # what a cost is asked of (`cost_subject`)
    # The corpus's acronyms of things no one is ("PRU", "GUP": `not_bodies`), as tokens.
    not_bodies: frozenset[str] = frozenset()
    # Who is asked to have given a sum, each way it may be written (`giver_spellings`).
    giver: tuple[frozenset[str], ...] = ()
    numbers: frozenset[str] = frozenset()  # the numbers that qualify it (`qualifying_numbers`)
    acts: tuple[frozenset[str], ...] = ()  # what it says was done to what it counts (`_acts`)
    english: bool = False  # an English question names the thing asked last (`unit_signals`)
    designations: frozenset[str] = frozenset()  # buildings it designates by letter
    stock: bool = False  # it counts what something holds, not what was done (`_STOCK`)
    whole: frozenset[str] = frozenset()  # the names of a whole it asks about (`whole_names`)
    alone: bool = False  # it asks for one part alone (`_ALONE`)
    actual: bool = False  # it asks what was done, not what was planned (`_ACTUAL`)
    words: frozenset[str] = frozenset()  # its concepts' tokens
    cost_act: bool = False  # the cost asked is an act's (`costs_an_act`)
    outside: bool = False  # it asks about what is outside a neighbourhood (`_OUTSIDE_ASKED`)
    head_of: bool = False  # it asks who heads something (`_HEAD_ASKED`)
    days: frozenset[tuple[int, int]] = frozenset()  # the days a figure is asked at (`days_of`)
    as_of: frozenset[tuple[int, int]] = frozenset()  # the dates a figure is asked at (`as_of`)
    years: frozenset[int] = frozenset()  # the years a figure is asked of (`named_years`)
    references: frozenset[str] = frozenset()  # what it names by number (`reference_numbers`)
    numbered: frozenset[str] = frozenset()  # what it designates by a number after its noun
    qualifier: frozenset[str] = frozenset()  # what qualifies the role asked (`role_qualifier`)
    # whose the role asked is, and the name that says it (`role_complement`)
    role_of: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    voters: bool = False  # it asks who voted some way (`asks_voters`)
    body: bool = False  # it asks which firm, company or office (`_BODY_ASKED`)

    @cached_property
    def name_tokens(self) -> frozenset[str]:
        """The tokens of the names it gives."""
        return frozenset().union(*(c.tokens for c in self.concepts if c.is_name))

    @cached_property
    def focus_words(self) -> frozenset[str]:
        """The tokens of the thing it asks for, names aside (a role: "la préfète")."""
        return frozenset().union(*(c.tokens for c in self.concepts
                                   if c.is_focus and not c.is_name))  # fmt: skip


# What an ask's pronoun stands for, after it in brackets (`question_parts`).
_ANTECEDENT = re.compile(r"\s*\[[^\[\]]*\]\s*$")


def question_signals(question: str, language: str, weights: ConceptWeights,
                     alternatives: Sequence[frozenset[str]] = (),
                     not_bodies: frozenset[str] = frozenset(),
                     acronyms: frozenset[str] = frozenset()) -> QuestionSignals:  # fmt: skip
    """`acronyms`: the corpus's acronyms in lower case, which a question may spell out. An ask
    followed by what its pronoun stands for, in brackets ("how much will it cost? [Who is
    paying for the market study]"), is read for the words of both, for what it asks (kinds,
    focus, giver) alone."""
    english = language == "en"
    words = question
    if antecedent := _ANTECEDENT.search(question):
        question = question[: antecedent.start()]
        words = f"{question} {antecedent.group().strip(' []')}"
    wanted = _question_concepts(words, weights, english,
                                frozenset() if english else acronyms,
                                focus_of=question)  # fmt: skip
    cost_of = cost_subject(question)
    # Spellings of the giver the corpus writes; none known: a name it writes otherwise,
    # nothing to tell apart.
    gives = () if asks_why(question) else tuple(
        g for g in giver_spellings(question) if all(weights.idf(t) is not None for t in g))
    if any(weights.idf(t) is None for t in cost_of):
        cost_of = set()  # a word the corpus never writes ("project"): nothing to tell apart
    one_ask = not question_parts(question)
    asked = asked_kinds(question)
    return QuestionSignals(wanted, sum(c.weight for c in wanted if not c.is_context),
                           asked,
                           tuple(alternatives), frozenset(cost_of), not_bodies,
                           gives, qualifying_numbers(question),
                           _acts(question, wanted), english,
                           designations(question), stock=bool(_STOCK.search(question)),
                           words=frozenset().union(*(c.tokens for c in wanted)),
                           whole=whole_names(question),
                           alone=bool(_ALONE.search(question)),
                           # (not when it compares the two: "Were all the demolitions
                           # planned actually carried out?")
                           actual=bool(_ACTUAL.search(question))
                           and not _PLANNED.search(question),
                           cost_act=bool(cost_of) and costs_an_act(question),
                           # (of one ask: a compound question's asks are read apart too)
                           outside=bool(_OUTSIDE_ASKED.search(question)) and one_ask,
                           head_of=bool(_HEAD_ASKED.search(question)) and one_ask,
                           references=reference_numbers(question),
                           numbered=frozenset(t for t in numbered_designations(question)
                                              if not t.endswith("#")),
                           qualifier=role_qualifier(question) if HUMAN in asked else frozenset(),
                           role_of=role_complement(question) if HUMAN in asked
                           else (frozenset(), frozenset()),
                           voters=asks_voters(question),
                           body=bool(_BODY_ASKED.search(question)),
                           # (a figure at a day: "combien de ménages au 31 décembre 2025"; not
                           # what happened at a meeting the day names, nor a date asked)
                           days=days_of(question)
                           if asked & {"count", "amount", "share"}
                           and not asked & {"date", DAY, "person", HUMAN} else frozenset(),
                           as_of=as_of(question)
                           if asked & {"count", "amount", "share"}
                           and not asked & {"date", DAY, "person", HUMAN} else frozenset(),
                           # (of one ask; a year with its month dates an event, "the
                           # February 2025 amendment", or is read as a date, `as_of`)
                           years=named_years(_MONTH_YEAR.sub(" ", question))
                           if asked & {"count", "amount", "share"} and one_ask
                           and not asked & {"date", DAY, "person", HUMAN} else frozenset())  # fmt: skip


# A year from which something holds: "depuis 2019", "since 2021", "à partir de 2024".
_SINCE_YEAR = re.compile(r"\b(?:depuis|since|à partir de|a partir de|dès)\s+(?:l['’]ann[ée]e\s+)?"
                         r"((?:19|20)\d{2})\b", re.IGNORECASE)  # fmt: skip
SINCE_SPAN = 30  # the years "depuis 2019" covers


def _years_said(text: str) -> frozenset[int]:
    """The years a text names, those after a year it says something holds from included."""
    years = set(named_years(text))
    for start in _SINCE_YEAR.findall(text):
        years.update(range(int(start), int(start) + SINCE_SPAN + 1))
    return frozenset(years)


_MONTH_YEAR = re.compile(rf"\b(?:{MONTHS})\s+(?:de\s+l['’]ann[ée]e\s+)?\d{{4}}\b", re.IGNORECASE)


def role_qualifier(question: str) -> frozenset[str]:
    """The tokens of the adjective after the role a French question asks the holder of: "le
    directeur général" is not "la directrice régionale", nor "le maire adjoint" the mayor. Not
    a participle, which says what the role is in charge of ("le maire adjoint chargé de ...")
    and may be said otherwise; not in English, which names the role last."""
    match = _FOCUS.search(question)
    if not match or not re.match(r"qui\s+(?:est|était|sont|étaient|a été|ont été|fut)\b|comment\b",
                                 match.group(0), re.IGNORECASE):  # fmt: skip
        return frozenset()  # (not the body headed: "Qui préside l'agglomération castelrivaine")
    words = match.group("focus").split()
    if len(words) < 2 or not words[1].islower() or re.search(r"(?:é|ée|és|ées)$", words[1]):
        return frozenset()
    return frozenset(analyze(words[1])) - _ANSWER_TYPE_NOUNS


# The complement of a role: "de l'ANRU", "of Drouance Habitat", up to a clause's end.
_OF = re.compile(
    r"\s*(?:de\s+la\b|de\s+l['’]|du\b|des\b|de\b|d['’]|of(?:\s+the)?\b)\s*(?P<of>[^?,;:.()]+)",
    re.IGNORECASE,
)
_COMPLEMENT_END = re.compile(r"\s+(?:in|at|on|en|à|au|aux|dans|who|qui|since|depuis|lors)\b",
                             re.IGNORECASE)  # fmt: skip


def role_complement(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The tokens of whose role a question asks the holder of ("le directeur général de
    l'ANRU", "the managing director of Drouance Habitat"), and those of its first name
    (Drouance); empty when it says none. A unit naming the role of another ("Jean-Luc Humbert,
    directeur général des services", "directrice de mission", "directeur général de Sorgueval
    Comtat Habitat") does not answer (`_role_of_another`)."""
    match = _FOCUS.search(question)
    of = _OF.match(question, match.end()) if match and match.group("focus").strip() else None
    if not of:
        return frozenset(), frozenset()
    words = _COMPLEMENT_END.split(of.group("of"))[0]
    name = re.search(r"\b[A-ZÀ-Ý][\w-]*", words)
    return (frozenset(analyze(words)) - _ANSWER_TYPE_NOUNS,
            frozenset(analyze(name.group())) if name else frozenset())  # fmt: skip


def _role_of_another(text: str, role: frozenset[str], of: tuple[frozenset[str], frozenset[str]],
                     asked: frozenset[str]) -> bool:  # fmt: skip
    """Does a unit say the role asked of a named body ("de l'ANRU") only as another's: each
    time with a complement that is not the one asked, by its name when it names one ("de
    Sorgueval Comtat Habitat"), else by any word of the question (`asked`: "des services",
    "de mission")? A role said bare ("le directeur général, Paul Roux") is not judged, nor a
    role asked of something unnamed ("the on-site coordinator of the mission": "coordinatrice
    de terrain")."""
    words, name = of
    if not name:
        return False
    complements = []
    for word in re.finditer(r"[\w'’-]+", text):
        if not set(analyze(word.group())) & role:
            continue
        # the role's adjectives first ("directrice régionale Provence d'Héliade Habitat")
        rest = text[word.end() : word.end() + 60]
        adjectives = re.match(r"(?:\s+[\w-]+){0,3}?(?=\s*(?:de|du|des|d['’]|of)\b)", rest,
                              re.IGNORECASE)  # fmt: skip
        complement = _OF.match(rest, adjectives.end()) if adjectives else None
        if not complement:
            return False
        said = _COMPLEMENT_END.split(complement.group("of"))[0]
        complements.append((frozenset(analyze(said)), bool(re.search(r"\b[A-ZÀ-Ý]", said))))
    return bool(complements) and not any(
        c & name if named else c & (words | asked) for c, named in complements
    )


# A number, its digits grouped or not ("2 000"), not part of a reference ("fiche 2.1.5").
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?![\w.,]*\d)|(?<![\w.,])\d+(?![\w.,]*\d)")


def _numbers(text: str) -> frozenset[str]:
    return frozenset(re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text))


def qualifying_numbers(question: str) -> frozenset[str]:
    """The numbers a question gives, dates and references aside (a year is read against the
    passage: `covers_years`; the day of "la séance du 18 novembre 2025" dates it, "la
    délibération n° 2025-06-47" names a document): "le taux de chômage des 16-25 ans",
    "beneficiaries under 26". The unit answering must give one of them too: "le taux de
    chômage atteint 24 %" is the whole neighbourhood's (one, for "passé de 148 à 156" is told
    in two sentences)."""
    numbers = _numbers(_REFERENCE.sub(" ", _DAY_OF_MONTH.sub(" ", question)))
    return frozenset(n for n in numbers if not (len(n) == 4 and n[:2] in ("19", "20")))


# A reference or a date written in figures: "la délibération n° 2025-06-47", "31/01/2024"; a
# number after "n°" names a document or an act ("l'avenant n° 2", `reference_numbers`); a
# code that opens on a capital ("la consultation ESC-2026-004") names one too.
_REFERENCE = re.compile(r"(?<![\w.,/-])\d+(?:[./-]\d+){2,}(?![\w/-])|"
                        r"(?:\bn[°º]|\bno\.|\bnuméro)\s*\d+(?:[./-]\d+)*|"
                        r"\b[A-Z][A-Za-z]*(?:[-/][A-Za-z\d]+)*[-/]\d[\w/-]*")  # fmt: skip
_NUMBERED = re.compile(r"(?:\bn[°º]|\bno\.|\bnuméro)\s*(\d+(?:[./-]\d+)*)", re.IGNORECASE)


def reference_numbers(text: str) -> frozenset[str]:
    """What a text numbers ("l'avenant n° 2", "la délibération n° 2025-06-47"), as tokens
    ("n°2") that no analysed word can be: a question about "l'avenant n° 2" is about a document
    or a passage that says it, though not every sentence of it repeats it (an amendment's vote
    is told in its "Décision"; "l'avenant n° 1" says nothing of a second one)."""
    return frozenset(f"n°{m.group(1)}" for m in _NUMBERED.finditer(text))


# A thing designated by a number after its noun: "l'action 6", "la phase 2", "Action 1 –
# Équipe de médiation", "la version n° 3", "lot 2" (not a figure: "6 %", "1 250 000 €").
_NUMBER_AFTER_NOUN = re.compile(
    r"\b([^\W\d_]{3,})\s+(?:n[°º]\s*|no\.\s*|numéro\s+)?(\d{1,3})\b"
    r"(?![.,]\d|\s\d{3}\b|\s*(?:%|€|[kM]€|°))",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(rf"^(?:{MONTHS})$", re.IGNORECASE)


def numbered_designations(text: str) -> frozenset[str]:
    """What a text designates by a number after a noun, as tokens no analysed word can be
    ("action#6"), and each such noun ("action#"): a document that numbers its actions 1 to 5
    has no action 6, whatever else it counts to 6 ("Médecins généralistes | 3 | 5 | 6")."""
    out: set[str] = set()
    for match in _NUMBER_AFTER_NOUN.finditer(text):
        word = match.group(1)
        if word.lower() in STOP_WORDS or _MONTH_NAME.match(word):
            continue
        stem = analyze(word)
        if stem:
            out |= {f"{stem[0]}#{int(match.group(2))}", f"{stem[0]}#"}
    return frozenset(out)


# A day with its month: "18 novembre", "1er mars", "November 18", "March 3rd".
_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


def days_of(text: str) -> frozenset[tuple[int, int]]:
    """The days a text names, as (day, month): "au 31 août 2025", "on 30 September", "1er
    mars"."""
    days = set()
    for match in _DAY_OF_MONTH.finditer(text):
        day = re.search(r"\d{1,2}", match.group())
        month = re.search(r"[^\W\d_]{3,}", fold_accents(match.group()).lower())
        if day and month and month.group() in MONTH_NUMBERS:
            days.add((int(day.group()), MONTH_NUMBERS[month.group()]))
    return frozenset(days)


# A figure's date, the end of a year or month or a day of one: "fin 2020", "à la fin de l'année
# 2021", "fin juin 2025", "au 31 décembre 2023", "by the end of 2022", "as of June 2025"; a month
# without its year too ("between the end of June and the end of November 2025").
_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
_MONTH = rf"(?P<month>{MONTHS})"
_AS_OF = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"\b(?:à\s+)?(?:la\s+)?fin\s+(?:de\s+l['’]ann[ée]e\s+|d['’]ann[ée]e\s+|de\s+|{_MONTH}\s+)?{_YEAR}",
    rf"\bau\s+(?:\d{{1,2}}(?:er)?\s+)?{_MONTH}\s+{_YEAR}",
    rf"\b(?:by|as\s+(?:of|at)|at)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{{1,2}}\s+)?"
    rf"(?:{_MONTH}\s+)?{_YEAR}",
    rf"\bend\s+of\s+(?:{_MONTH}\s+)?{_YEAR}",
    rf"\b(?:fin|end\s+of)\s+{_MONTH}\b(?!\s+\d)",
))  # fmt: skip


def as_of(text: str) -> frozenset[tuple[int, int]]:
    """The dates a text gives a figure at, as (year, month; 0 for a year not said, or for the
    year's end or any month): "Fin 2020" -> (2020, 0), "Au 30 novembre 2025" -> (2025, 11),
    "the end of June" -> (0, 6)."""
    out = set()
    for pattern in _AS_OF:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = groups.get("month")
            number = MONTH_NUMBERS.get(fold_accents(month).lower(), 0) if month else 0
            out.add((int(groups.get("year") or 0), number))
    return frozenset(out)


def _same_time(asked: frozenset[tuple[int, int]], said: frozenset[tuple[int, int]]) -> bool:
    """Does a unit give its figure at one of the dates asked? The same year when both say one,
    and the same month when both say one ("au 31 décembre 2021" answers "fin 2021", not "fin
    juin 2021")."""
    return any((not y or not y2 or y == y2) and (not m or not m2 or m == m2)
               for y, m in asked for y2, m2 in said)  # fmt: skip


# Buildings designated by letters: "les bâtiments C et D", "block C", "la barre B".
_DESIGNATED = re.compile(
    r"\b(?:bâtiments?|immeubles?|tours?|barres?|blocs?|blocks?|buildings?|cages?|entrées?|"
    r"plots?)\s+(?P<letters>(?-i:[A-Z])(?:\s*(?:,|et|and|&)\s*(?-i:[A-Z])\b)*)\b",
    re.IGNORECASE,
)


def jointly_designated(text: str) -> frozenset[str]:
    """The letters a text names only in a group of buildings ("bâtiments A et B (88
    logements)"): a figure said of the group is no one building's."""
    joint = {letter for m in _DESIGNATED.finditer(text)
             if m.group(0).split()[0].lower().endswith(("s", "x"))
             for letter in re.findall(r"\b[A-Z]\b", m.group("letters"))}  # fmt: skip
    alone = {letter for m in _DESIGNATED.finditer(text)
             if not m.group(0).split()[0].lower().endswith(("s", "x"))
             for letter in re.findall(r"\b[A-Z]\b", m.group("letters"))}  # fmt: skip
    return frozenset(joint - alone)


def designations(text: str) -> frozenset[str]:
    """The letters a text designates buildings by ("les bâtiments C et D": C, D). Like a
    number, they qualify what is asked: the heating bills of buildings A and B are not those of
    C and D."""
    return frozenset(letter for m in _DESIGNATED.finditer(text)
                     for letter in re.findall(r"\b[A-Z]\b", m.group("letters")))  # fmt: skip


# A whole asked for by name: "l'ensemble de la commune de Lussanges-sur-Marne", "Corbelande as
# a whole", "toute la ville de Tours". Its figure is said with its name ("contre 12 % pour
# l'ensemble de Corbelande"); one of its neighbourhood's is not.
_WHOLE = re.compile(
    r"\bl['’]ensemble\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)(?P<fr>[^?,;]+)|"
    r"\btout(?:e)?\s+(?:la|le|l['’])\s*(?:ville|commune|agglomération|territoire)\b(?P<all>[^?,;]*)|"
    # (words of at most 40 characters: a word of 2,000 hyphens is read in linear time)
    r"(?P<en>(?:[\w'’-]{1,40}\s+){0,4}[\w'’-]{1,40})\s+as\s+a\s+whole\b|"
    # "au projet de renouvellement urbain des Coudrettes dans son ensemble"
    r"(?P<dans>(?:[\w'’-]{1,40}\s+){0,4}[\w'’-]{1,40})\s+dans\s+(?:son|leur)\s+ensemble\b",
    re.IGNORECASE,
)
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*")


def whole_names(question: str) -> frozenset[str]:
    """The tokens of the names of a whole the question asks about ("l'ensemble de la commune de
    Lussanges-sur-Marne": lussang, marn); empty when it asks about none by name."""
    tokens: set[str] = set()
    for match in _WHOLE.finditer(question):
        phrase = next(g for g in match.groups() if g is not None)
        # "... compare with Corbelande as a whole": the whole is what follows the preposition.
        phrase = re.split(r"\b(?:with|than|in|to|for|from|against|versus|vs)\b", phrase)[-1]
        for word in _CAPITALISED_WORD.findall(phrase):
            tokens.update(analyze(word))
    return frozenset(tokens)


_SAYS_WHOLE = re.compile(r"\bensemble\b|\bwhole\b", re.IGNORECASE)
# A firm, a company or an office asked by which it is: "Quel cabinet d'architectes a dessiné
# ...?", "Quelle entreprise va démolir ...?", "Which contractor ...?".
_BODY_ASKED = re.compile(
    r"\b(?:quel(?:le)?s?|(?:which|what)"
    r"(?:\s+(?!(?:did|does|do|is|was|were|are|will|has|have|had)\b)[\w-]+){0,3}?)\s+"
    r"(?:cabinets?|entreprises?|bureaux?|soci[ée]t[ée]s?|architectes?|agences?|prestataires?|"
    r"firms?|compan(?:y|ies)|contractors?|consultanc(?:y|ies)|architects?|offices?)\b",
    re.IGNORECASE,
)
# ... and said without its name: an article, the kind of body, what qualifies it in lower case,
# then no name before the clause ends ("attribué à une entreprise toulousaine spécialisée.",
# "a désigné l'équipe lauréate."; not "à un cabinet lyonnais, Atelier Verre & Béton").
_UNNAMED_BODY = re.compile(
    r"(?:\b(?:un|une|le|la)\s+|\b[lL]['’])(?:cabinet|entreprise|bureau|soci[ée]t[ée]|agence|"
    r"prestataire|architecte|paysagiste|[ée]quipe|groupement)"
    r"(?:\s+(?:d['’]|de\s+|des\s+)?[a-zà-ÿ][\w'’-]*){0,6}\s*(?=[.;)]|$|\s+et\s+[a-zà-ÿ])",
)
# One part asked for alone: "pour le seul quartier des Tamaris", "à lui seul", "in 2019 alone".
_ALONE = re.compile(
    r"\b(?:le|la|les|du|de\s+la|au|à\s+la|aux|pour\s+le|pour\s+la)\s+seule?s?\b|"
    r"\bà\s+(?:lui|elle|eux|elles)\s+seule?s?\b|\balone\b|"
    r"\bon\s+(?:its|their|his|her)\s+own\b|\bby\s+(?:itself|themselves)\b",
    re.IGNORECASE,
)
# Two names joined by "et" / "and" / "&": "Logis de la Serre et Clairval Habitat (abattement
# TFPB) | 8 000", a sum the two give together.
_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*)?[A-ZÀ-Ý][\w'’-]*)*"
_JOINT_NAMES = re.compile(rf"(?P<a>{_NAME})\s+(?:et|and|&)\s+(?P<b>{_NAME})")


def _names_no_body(q: QuestionSignals, unit: Unit,
                   tokens: Callable[[str], frozenset[str]]) -> bool:  # fmt: skip
    """Does the unit say the firm asked for without its name? A sentence or item anywhere; a
    field or a form's row in the part of its value that says most of what is asked besides its
    names ("Groupement | Atelier Tesselle, mandataire ; un bureau d'études structure intervenant
    en sous-traitance" for which structural engineering firm)."""
    if not _names_beyond(unit.text, q.name_tokens, tokens):
        return True  # "consultation des entreprises : d'avril à juin 2026" names no one
    if unit.kind in ("sentence", "item"):
        return _UNNAMED_BODY.search(unit.text) is not None
    if unit.kind not in ("field", "row"):
        return False
    # The part that says most of what the question asks besides its names.
    said = [(sum(c.weight for c in q.concepts if not c.is_name and c.tokens & tokens(p)), p)
            for p in _FIELD_PARTS.split(unit.text)]  # fmt: skip
    most = max(w for w, _ in said)
    return most > 0 and all(_UNNAMED_BODY.search(p) for w, p in said if w == most)


# A word written with a capital where no sentence starts: a name ("l'atelier d'architecture
# Cassagne et Roumens", "Titulaire : Bâtisud"), or an acronym.
_CAPITALISED = re.compile(r"(?<![.!?]\s)\b[A-ZÀ-Ý][\w'’-]+")


def _names_beyond(text: str, names: frozenset[str],
                  tokens: Callable[[str], frozenset[str]]) -> bool:  # fmt: skip
    """Does `text` name anyone or anything besides the question's own names (`names`)?"""
    return any(m.start() and not tokens(m.group()) <= names
               for m in _CAPITALISED.finditer(text.strip()))  # fmt: skip


# The parts of a field or row: "Groupement | A, mandataire ; B, cotraitant ; un bureau ...".
_FIELD_PARTS = re.compile(r"\s*[;|]\s*")


def _joint(text: str, names: frozenset[str]) -> bool:
    """Does `text` name one of the question's names jointly with another name ("Logis de la
    Serre et Clairval Habitat" for Clairval Habitat alone)? A name that holds "&" or "et"
    itself, all of it asked ("Rives & Toits"), is one name."""
    for match in _JOINT_NAMES.finditer(text):
        a, b = set(analyze(match.group("a"))), set(analyze(match.group("b")))
        if (a & names and not b <= names) or (b & names and not a <= names):
            return True
    return False


# What was done, asked as opposed to what was planned: "combien d'heures ont effectivement été
# réalisées", "how many homes had actually been refurbished", "combien ont déjà été livrés" (not
# "les familles déjà déplacées": a participle after its noun says who, not what was done),
# "how many so far".
_ACTUAL = re.compile(
    r"\b(?:effectivement|réellement|vraiment|concrètement|à\s+ce\s+jour|"
    r"jusqu['’]à\s+présent|actually|really|in\s+fact|in\s+practice|so\s+far|to\s+date|"
    r"(?:ont|a|avait|avaient|sont|est|étaient|était|have|has|had|are|is|were|was)"
    r"(?:-t)?(?:-(?:ils?|elles?|on))?\s+(?:déjà|already))\b", re.IGNORECASE)  # fmt: skip
# A plan, a target or a forecast ("les marchés prévoient 95 000 heures", "Programme : 210
# réhabilitations", "objectif", "cible"), and what says a thing was done.
_PLANNED = re.compile(
    r"\b(?:prévoi\w*|prévu\w*|prévision\w*|prévisionnel\w*|objectifs?|cibles?|programm\w*|"
    r"doi(?:t|vent)|devr\w*|pourr\w*|envisag\w*|planned|plans?|targets?|expected|aims?|will|"
    r"may|might|could)\b",
    re.IGNORECASE)  # fmt: skip
_DONE = re.compile(
    r"\b(?:réalis[ée]\w*|livr[ée]\w*|achev[ée]\w*|effectu[ée]\w*|termin[ée]\w*|"
    r"(?:ont|a|avaient|avait|auront)\s+été|delivered|completed|carried\s+out|done|"
    r"(?:had|have|has)\s+been)\b", re.IGNORECASE)  # fmt: skip
# What is outside a neighbourhood asked ("relogés hors du quartier prioritaire", "en dehors des
# quartiers prioritaires", "outside the priority area"; not "hors taxes"), and how a text says
# it: "hors QPV", "ont quitté le quartier", "à l'extérieur", "ailleurs". The unit, its table's
# header, its heading or the sentence its opening points back to says it ("... hors QPV. En
# 2020, cette part a atteint 19 %").
_OUTSIDE_ASKED = re.compile(
    r"\b(?:hors|en\s+dehors)\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]\s*|de\s+|d['’]\s*)?"
    r"(?:quartiers?|QPV|zones?)\b|"
    r"\b(?:outside|out\s+of)\s+(?:the\s+|their\s+|its\s+)?(?:priority|poorest|neighbourhoods?|"
    r"neighborhoods?|QPV|estates?|areas?)\b|"
    # ... or out of the neighbourhood named: "hors des Brandelles", "outside the Marnière"
    r"\b(?:hors|en\s+dehors)\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*(?-i:[A-ZÀ-Ý])|"
    r"\b(?:outside|out\s+of)\s+(?:the\s+)?(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)
_OUTSIDE = re.compile(r"\bhors\b|\bdehors\b|\bquitt\w*|\bext[ée]rieur\w*|\bailleurs\b|"
                      r"\boutside\b|\bautres?\s+(?:quartiers?|communes?)\b", re.IGNORECASE)
# A sentence opening on what points back to the one before: "Cette part", "Ces ménages", "Il",
# "En 2020, cette part", "This share", "They".
_POINTS_BACK = re.compile(
    r"^(?:[^,.;:]{0,40},\s*)?(?:(?:cette|cet|ces|ce|celle|celui|ceux|il|elle|ils|elles|parmi\s+eux|"
    r"parmi\s+elles|this|these|those|it|they|of\s+these|of\s+them|"
    # an ordinal standing for one of the things just named: "Le premier aura lieu le 14 mars"
    # after "Trois ateliers sont prévus"
    r"(?:le|la|les|the)\s+(?:premi[eè]re?s?|second(?:e|s|es)?|deuxi[eè]me|derni[eè]re?s?|"
    r"first|second|last)(?=\s+(?!de\b|of\b)[a-zà-ÿ]))\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;:]\s")


# A sum said of what the sentence before names: "Son coût est estimé à 6,2 M€" after "La
# réhabilitation de la résidence Poulenc a été confiée ..." (not "Son aménagement a coûté ...",
# another act on the thing named before).
_ITS_COST = re.compile(
    r"^(?:[^,.;:]{0,40},\s*)?(?:son|sa|leur|its|their)\s+(?:co[uû]t|montant|budget|prix|enveloppe|"
    r"cost|price)\b",
    re.IGNORECASE,
)


def _antecedent_sentence(passage: str, unit: Unit,
                         points_back: re.Pattern[str] = _POINTS_BACK) -> str:  # fmt: skip
    """The sentence before a unit in its passage when the unit's opening points back to it
    (`points_back`); "" otherwise."""
    if not points_back.match(unit.text):
        return ""
    before = passage[max(0, unit.start - 400) : unit.start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    return before[ends[-1] :] if ends else before


# Who heads something asked ("Qui préside le conseil citoyen ?", "Who chairs ...", "who directed
# the team"), and how a text says someone heads it: a head's title or act, not a vice-president's,
# not a member's ("Awa Konaté, membre du conseil citoyen").
_HEAD_ASKED = re.compile(
    r"\bqui\s+(?:pr[ée]side|pr[ée]sidait|dirige|dirigeait)\b|"
    r"\bwho\s+(?:chairs|chaired|heads|headed|directs|directed|presides|presided)\b",
    re.IGNORECASE,
)
# A body asked for by its kind ("Qui dirige l'office HLM propriétaire de la tour ?"), and the head
# of a body named: "Philippe Chaigneau, directeur général d'Habitat Pays de Vie".
# (Not a council or committee, named by its kind: "le conseil citoyen", "le comité de pilotage".)
_KINDS_OF_BODY = frozenset(analyze("office agence société établissement bailleur organisme "
                                   "entreprise"))  # fmt: skip
_HEADS_A_NAMED_BODY = re.compile(
    r"\b(?:directeur|directrice|pr[ée]sident|pr[ée]sidente)(?:\s+g[ée]n[ée]ral(?:e)?)?\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)
_HEAD_ROLE = re.compile(
    r"(?<!vice-)(?<!vice )\b(?:pr[ée]sid\w*|copr[ée]sid\w*|dirig\w*|direct(?:eur|rice|ion)s?|"
    r"chef\w*|pilot\w*|responsable\w*|coordinat\w*|chair\w*|head\w*|maires?|mayor)\b|"
    r"\bà\s+la\s+tête\b",
    re.IGNORECASE,
)


# A figure given for several together: "pour les trois quartiers", "au total", "cumulés",
# "both", "combined".
_SEVERAL = re.compile(
    r"\b(?:les|des|ces|aux)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+"
    r"(?:quartiers|communes|villes|sites|opérations|projets|bailleurs|immeubles|bâtiments)\b|"
    r"\bau\s+total\b|\bcumul[ée]e?s?\b|\bin\s+total\b|\bcombined\b|\bboth\b|"
    r"\ball\s+(?:two|three|four|five|six)\b|\bthe\s+(?:two|three|four|five|six)\s+"
    r"(?:neighbourhoods|neighborhoods|towns|sites|projects|estates|buildings)\b",
    re.IGNORECASE,
)


def _analysed(text: str) -> frozenset[str]:
    return frozenset(analyze(text))


# A noun made from a verb: "démolitions", "relogements", "dépannages", "livraisons".
_ACT_NOUN = r"(\w+(?:tions?|sions?|ments?|ages?|aisons?))"
# A number followed by such a noun: "144 démolitions", "35 relogements".
_COUNTED_ACT = re.compile(rf"\d\s+{_ACT_NOUN}\b", re.IGNORECASE)


def _counts_the_act(q: QuestionSignals, text: str) -> bool:
    """Whether the unit counts what the question says was done to the thing it counts:
    "combien de logements démolis" is answered by "144 démolitions", a number followed by the
    question's own verb made a noun, or a table's row naming the act before its figures
    ("Réhabilitations | 1 210 | 1 040"). The act is said by a verb: "combien de ménages relogés
    à cause des démolitions" is not answered by "96 démolitions"."""
    return any(
        any(token in act for act in q.acts for token in analyze(match.group(1)))
        for match in (*_COUNTED_ACT.finditer(text), *_ROW_ACT.finditer(text))
    )


# A table row naming an act in its first cell, a figure in the next: "Réhabilitations | 1 210".
_ROW_ACT = re.compile(rf"^\|?\s*{_ACT_NOUN}\s*\|\s*\d", re.IGNORECASE)


# A question counting what something holds or who lives there, by a verb of having or
# holding: "Combien de logements sociaux compte la commune ?", "How many people live in ...?".
_STOCK = re.compile(
    r"\b(?:compte|comptent|comptait|comptaient|comporte|comportent|comportait|comprend|"
    r"comprennent|comprenait|abrite|abritent|abritait|h[ée]berge|h[ée]bergent|vit|vivent|"
    r"vivait|vivaient|habite|habitent|habitait|habitaient|r[ée]side|r[ée]sident|r[ée]sidait|"
    r"there\s+(?:are|were|is|was)|live|lived|lives|contains?|contained|houses|housed|"
    r"home\s+to)\b",
    re.IGNORECASE,
)
# A number counted by a past participle, what was done to the things counted: "236 logements
# ont été démolis", "et 250 construits", "300 homes were demolished". The participle follows a
# tense of the past or the future ("sont situés", "répartis en" say where things are, not what
# was done), or a number coordinated with such a count, its noun left out.
_PARTICIPLE = r"(?:[\w'’-]{2,}(?:é|ée|és|ées|is|ie|ies|it|ite|its|ites|u|ue|us|ues)|[\w-]{2,}ed|built|rebuilt)"
_COUNTED_DONE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?![\w.,]*\d)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:ont|avaient|auront|seront|furent|have|had|were|will\s+be)\s+"
    rf"(?:déjà\s+|already\s+)?(?:(?:été|been)\s+)?{_PARTICIPLE}\b"
    # "... et 250 construits": the noun and the tense of the first count left out.
    rf"|(?:(?<=\bet\s)|(?<=\band\s))\d{{1,3}}(?:[\s\u00a0\u202f]\d{{3}})*\s+{_PARTICIPLE}\b",
    re.IGNORECASE,
)


def _counts_only_acts(text: str, said: frozenset[str] = frozenset()) -> bool:
    """Whether every number a unit counts with (years aside) counts something done to what it
    counts ("236 logements ont été démolis et 250 construits"): such a unit does not say what
    a place holds. A participle the question says itself ("logements conventionnés") is what
    it counts, not something done to it."""
    counts = {n for n in _numbers(text) if not (len(n) == 4 and n[:2] in ("19", "20"))}
    done = {re.sub(r"\D", "", _NUMBER.match(m.group()).group())  # type: ignore[union-attr]
            for m in _COUNTED_DONE.finditer(text)
            if not _word_tokens(m.group().split()[-1]) & said}  # fmt: skip
    return bool(counts) and counts <= done


# A noun made from a verb ("démolitions", "relogement"): the question names an act by it, but
# does not say it was done to what it counts.
_ACT_NOUN = re.compile(r"\w+(?:tions?|sions?|ments?|ages?|aisons?)", re.IGNORECASE)


def _acts(question: str, concepts: list[_Concept]) -> tuple[frozenset[str], ...]:
    """The concepts a question says by a verb, or by a noun that qualifies what it counts
    ("combien de dossiers d'attribution" is answered by "3 400 attributions"); not what it asks
    for, nor its names."""
    said = {t for w in re.findall(r"[\w'’-]+", question)
            if not _ACT_NOUN.fullmatch(re.sub(r"^\w['’]", "", w)) for t in analyze(w)}  # fmt: skip
    if (focus := _FOCUS.search(question)) and (of := _COMPLEMENT.match(question, focus.end())):
        said.update(analyze(_head(of)))
    return tuple(c.tokens for c in concepts if not c.is_focus and not c.is_name and c.tokens & said)


@lru_cache(maxsize=50_000)  # the units' words, read again for question after question
def _word_tokens(word: str) -> frozenset[str]:
    return frozenset(analyze(word))


# A run of capitalised words, joined by particles ("Ville de Brémonville", "Rives & Toits").
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’]|&)\s*)?[A-ZÀ-Ý][\w'’-]*)*"
)


def _without_names(q: QuestionSignals, text: str) -> str:
    """The unit's text without the names the question gives, nor the acronyms of what no one
    is (`not_bodies`): "Qui a mené l'évaluation de la GUP ?" is not answered by a unit whose only
    name is "GUP", "Who led the closure review?" by one whose only capitals are "PRU". A longer
    name that holds one of them is someone else and stays: "Castelrives Habitat", the landlord,
    for a question about Castelrives."""
    names = q.name_tokens
    if not names and not q.not_bodies:
        return text

    def given(word: str) -> bool:
        tokens = _word_tokens(word)
        return bool(tokens & names) or (word.isupper() and bool(tokens)
                                        and tokens <= q.not_bodies)  # fmt: skip

    def blank(match: re.Match[str]) -> str:
        words = [w for w in re.findall(r"[\w'’-]+", match.group()) if w[:1].isupper()]
        return " " if all(given(w) for w in words) else match.group()

    return _CAPITALISED_RUN.sub(blank, text)


_ARTICLE_FIRST = re.compile(r"^(?:Le|La|Les|L['’]|Un|Une|The|A|An)\s*")


@lru_cache(maxsize=50_000)
def _names_blanked(text: str, kept: frozenset[str] = frozenset()) -> str:
    """The text with the words of its multi-word names blanked but their first ("Trame &
    Territoires Conseil" -> "Trame"; "Le Conseil citoyen" and "Ville de Pontaury" keep their
    first word). A name holding one of `kept` (analysed tokens: the names the question gives)
    stays whole: "Fontclaret Provence Agglomération" is the agglomeration of Fontclaret asked."""

    def first_only(match: re.Match[str]) -> str:
        run = _ARTICLE_FIRST.sub("", match.group())
        words = re.findall(r"[\w'’-]+", run)
        capitalised = [w for w in words if w[:1].isupper()]
        if len(capitalised) < 2 or (kept and kept & frozenset(analyze(run))):
            return match.group()
        return f" {capitalised[0]} "

    return _CAPITALISED_RUN.sub(first_only, text)


# A field label that says what its value is of: "Montant du projet", "Type de mission".
_LABEL_OF = re.compile(r"^[^:]{0,60}?\b(?:du|des|de|d['’]|of)\s*\w", re.IGNORECASE)


# A whole's sum, in a sentence: "le coût total du projet passe de 156 à 163 millions", "au
# total, le projet représente 138 millions" is no one operation's cost.
_SUM_OF = re.compile(
    r"\b(?:co[uû]ts?|montants?|budgets?|enveloppes?)\s+(?:total|totale|global|globale)\s+"
    r"(?:du|des|de|d['’])\s*\w|\bau\s+total\b",
    re.IGNORECASE,
)


def _label_names_its_subject(unit: Unit) -> bool:
    """A field whose label says what its value is of ("Montant du projet : 47 M€") is about
    that thing, not about whatever its heading names (the mission the sheet describes); so is
    a sentence giving a whole's sum ("Le coût total du projet passe de 156 à 163 millions")."""
    if unit.kind == "sentence":
        return bool(_SUM_OF.search(unit.text))
    if unit.kind != "field" or ":" not in unit.text:
        return False
    return bool(_LABEL_OF.match(unit.text.split(":", 1)[0] + " "))


# The complement of a role ("adjoint au maire", "cabinet du président").
_ROLE_COMPLEMENT = re.compile(r"\b(?:au|aux|du|des)\s+[\w'’-]+", re.IGNORECASE)


def _kind(q: QuestionSignals, text: str, names_a_person: Callable[[str], bool] | None,
          context: str = "") -> float:  # fmt: skip
    """`kind_match`, on the text without the question's names when a person is asked; a human
    role asked for ("le maire", "the chief executive") is given by someone's name only: "le
    maire de Pontaury, Action Logement" names bodies, not the mayor. `context`: a table row's
    header and heading."""
    if "person" not in q.asked:
        return kind_match(q.asked, text, context)
    plain = _without_names(q, text)
    kind = kind_match(q.asked, plain, context)
    if HUMAN in q.asked and names_a_person is not None and kind > 0:
        if not given_kinds(plain) & (q.asked - {"person", HUMAN}) and not names_a_person(plain):
            return -1.0
    return kind


# Where a clause of a sentence ends: a comma, a semicolon, a colon, a bracket, a dash, "et".
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()–—]|\bet\b|\band\b)\s*")
# A role opening on an article or a possessive is a noun phrase of its own, no name's
# apposition: "Gilles Chabert-Moulin, la préfète de la Drôme" does not make him the prefect.
_ROLE_DETERMINED = re.compile(
    r"(?:(?:par|pour|avec|de|à|by|with|for)\s+)?"  # "coanimé par X et par le délégué du préfet"
    r"(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|the|its|their|a|an)\b", re.IGNORECASE)
# The most words a name standing before its role in apposition has ("Sylvie Arnaudon-Reyne,
# maire de Fontclaret").
_APPOSED_NAME_WORDS = 4


def _role_held(q: QuestionSignals, text: str, role: frozenset[str],
               tokens: Callable[[str], frozenset[str]],
               names_a_person: Callable[[str], bool]) -> bool:  # fmt: skip
    """Does a sentence that says the human role asked say who holds it, by a name beside the
    role: in its clause ("présidé par Jean Roux"), right after it ("la maire de Fontclaret,
    Sylvie Arnaudon-Reyne") or right before it with no article ("Sylvie Arnaudon-Reyne, maire
    de Fontclaret")? "..., la préfète de la Drôme et les représentants de l'ANRU ont signé"
    names the prefect by her role only. A sentence that does not say the role is not judged."""
    parts = [p for p in _CLAUSE_BREAK.split(_without_names(q, text)) if p.strip()]
    said = [bool(tokens(p) & role) for p in parts]
    if not any(said):
        return True
    for n, part in enumerate(parts):
        if not said[n]:
            continue
        if names_a_person(part):
            return True
        after = parts[n + 1] if n + 1 < len(parts) else ""
        if after[:1].isupper() and names_a_person(after):
            return True
        before = parts[n - 1] if n else ""
        if (before and not _ROLE_DETERMINED.match(part) and names_a_person(before)
                and len(before.split()) <= _APPOSED_NAME_WORDS):  # fmt: skip
            return True
    return False


def unit_signals(q: QuestionSignals, unit: Unit, hit: Hit, passage: int,
                 doc_tokens: frozenset[str],
                 tokens: Callable[[str], frozenset[str]] = _analysed,
                 names_a_person: Callable[[str], bool] | None = None) -> dict[str, float]:  # fmt: skip
    """The lexical and structural signals of one unit (the dense ones are added by the caller).
    `tokens` analyses a text (the answerer passes one that remembers the version's texts);
    `names_a_person` says whether a text names someone, not only bodies (assistant/scope.py),
    for a question asking for a human role ("le maire de Pontaury")."""
    own = tokens(" ".join((unit.text, *unit.header)))  # a row is read with its header
    near = own | tokens(hit.chunk.header)
    section = tokens(hit.chunk.section)
    heading = tokens(unit.heading) if unit.heading else section
    covered = covered_doc = under_heading = 0.0
    focus_said: list[bool] = []
    # Where the thing asked for must be named. A role asked for is someone's own, not the
    # complement of another's: "Mathieu Orsoni, adjoint au maire" is no mayor.
    said = tokens(_ROLE_COMPLEMENT.sub(" ", unit.text)) if HUMAN in q.asked else own
    if any(c.is_focus and c.tokens & said for c in q.concepts):
        # A word of the thing asked said only inside a name ("Trame & Territoires Conseil"
        # for "le conseil citoyen") does not name it.
        if HUMAN in q.asked:
            said = tokens(_names_blanked(_ROLE_COMPLEMENT.sub(" ", unit.text), q.name_tokens))
        else:
            said = tokens(" ".join((_names_blanked(unit.text, q.name_tokens), *unit.header)))
    focus_space = said | section | heading
    if q.head_of:
        # Who chairs what the document is about: "Présidence : Sylvie Mougenot" in the minutes
        # titled "Comité de pilotage ..." for "Qui présidait le comité de pilotage ... ?"
        focus_space |= tokens(hit.chunk.header.split(" — ")[0])
    if unit.kind == "sentence" and (before := _antecedent_sentence(hit.chunk.text, unit)):
        focus_space |= tokens(before)  # "En 2020, cette part a atteint 19 %" of the lettings
    compared = frozenset().union(*q.alternatives) if q.alternatives else frozenset()
    # About one of the names compared: the others' words count as covered too.
    one_of = any(a <= near for a in q.alternatives)
    for c in q.concepts:
        if c.tokens & near or (one_of and c.tokens & compared):
            covered += c.weight
            covered_doc += c.weight
        elif c.tokens & doc_tokens:
            covered_doc += c.weight * (NAME_ELSEWHERE if c.is_name else WORD_ELSEWHERE)
        if c.tokens & heading:
            under_heading += c.weight
        if c.is_focus:
            focus_said.append(bool(c.tokens & focus_space))
    # The thing asked must be said by its head noun: French names it alone ("personnes
    # ressources": personnes), English ends the phrase on it ("the on-site coordinator" is a
    # "coordinatrice de terrain"; "site" qualifies it).
    focus_missing = not focus_said[-1] if q.english and focus_said else not all(focus_said)
    if focus_missing and _the_sheets_own(q, unit, hit):
        focus_missing = False  # "Montant : 148 500 € HT" for "le montant du marché confié à ..."
    if q.cost_of and not q.cost_of & own and _label_names_its_subject(unit):
        focus_missing = True  # "Montant du projet : 47 M€" for the cost of the mission
    if (q.cost_act and unit.kind in ("sentence", "item", "row")
            and not _names_the_act(q, near | heading | tokens(
                _antecedent_sentence(hit.chunk.text, unit, _ITS_COST)))):  # fmt: skip
        # "Son aménagement a coûté 690 000 €" for the demolition's cost (a sheet's "Montant"
        # field is its mission's: `_label_names_its_subject` reads the label)
        focus_missing = True
    if q.giver and not _gives(q.giver, own | (
            tokens(_list_lead_in(hit.chunk.text, unit)) if unit.kind in ("item", "row")
            else frozenset()), doc_tokens, tokens(hit.title)):  # fmt: skip
        # "Montant du projet : 167 M€" for how much ANRU contributed (an item or row is read
        # with the lead-in announcing its list: "La participation de la Ville [...] est versée
        # selon l'échéancier suivant :" over "- 2027 : 1 240 000 €")
        focus_missing = True
    if q.numbers and not q.numbers & _numbers(
            f"{unit.text} {' '.join(unit.header)} "
            f"{_SECTION_NUMBER.sub('', hit.chunk.header)} {_SECTION_NUMBER.sub('', unit.heading)}"):
        focus_missing = True  # "le taux de chômage atteint 24 %" for the 16-25 year olds
    if q.references and not q.references <= doc_tokens | reference_numbers(
        f"{unit.text} {hit.chunk.header} {unit.heading}"
    ):
        focus_missing = True  # "l'avenant n° 2" asked of a document that numbers only a first
    if any(t.split("#")[0] + "#" in doc_tokens and t not in doc_tokens for t in q.numbered):
        focus_missing = True  # "l'action 6" asked of a sheet numbering its actions 1 to 5
    if q.designations and (named := designations(unit.text)) and not q.designations & named:
        focus_missing = True  # "les bâtiments A et B" for a question about C and D
    if (len(q.designations) == 1 and q.asked & {"count", "amount", "share"}
            and q.designations <= jointly_designated(unit.text)):  # fmt: skip
        focus_missing = True  # "bâtiments A et B (88 logements)" for building B alone
    if focus_missing and "count" in q.asked and _counts_the_act(q, unit.text):
        focus_missing = False
    if q.stock and "count" in q.asked and _counts_only_acts(unit.text, q.words):
        focus_missing = True  # "236 logements ont été démolis" for how many the town has
    if q.whole and not q.whole & tokens(unit.text) and not _SAYS_WHOLE.search(unit.text):
        focus_missing = True  # the neighbourhood's figure for the whole town's
    if q.alone and (_SEVERAL.search(unit.text) or _joint(unit.text, q.name_tokens)):
        focus_missing = True  # "1,1 M€ pour les trois quartiers" for one of them alone
    # (a row read with its header: "Tonnes réemployées | 0 (2024) | 180 t" under "Indicateur |
    # Valeur de référence | Cible 2027" gives a target)
    read = " ".join((unit.text, *unit.header))
    if q.actual and _PLANNED.search(read) and not _DONE.search(read):
        focus_missing = True  # "les marchés prévoient 95 000 heures" for the hours worked
    if q.outside and not _OUTSIDE.search(
        f"{read} {unit.heading} {_antecedent_sentence(hit.chunk.text, unit)}"
    ):
        focus_missing = True  # "151 des 212 ménages avaient été relogés" for those moved out
    if (len(q.designations) == 1 and q.asked & {"count", "amount", "share"}
            and not designations(f"{read} {unit.heading} {hit.chunk.section}")):  # fmt: skip
        focus_missing = True  # the residence's 236 homes for its building B's
    if q.days and (said_days := days_of(read)) and not q.days & said_days:
        focus_missing = True  # "Au 31 août 2025, 284 des 301 ménages" for the 31 December
    if (q.years and unit.kind in ("sentence", "item", "row")
            and (said_years := _years_said(f"{read} {unit.heading}"))
            and not q.years & said_years):  # fmt: skip
        focus_missing = True  # "En 2024, la taxe a rapporté 1,9 M€" for what it brought in 2023
    if q.as_of and (said := as_of(read)) and not _same_time(q.as_of, said):
        focus_missing = True  # "Fin 2020, 64 ménages avaient été relogés" for the end of 2021
    if q.qualifier and not q.qualifier & own:
        focus_missing = True  # "Marion Chabrand-Ollier, directrice régionale" for the DG
    if q.role_of[1] and q.focus_words and _role_of_another(unit.text, q.focus_words, q.role_of,
                                                           q.words):  # fmt: skip
        focus_missing = True  # "Jean-Luc Humbert, directeur général des services" for ANRU's
    if q.head_of and not _HEAD_ROLE.search(f"{read} {unit.heading}"):
        focus_missing = True  # "Awa Konaté, membre du conseil citoyen" for who chairs it
    if (focus_missing and q.head_of and q.focus_words & _KINDS_OF_BODY
            and _HEADS_A_NAMED_BODY.search(read)):  # fmt: skip
        focus_missing = False  # "directeur général d'Habitat Pays de Vie" heads "l'office HLM"
    if q.body and _names_no_body(q, unit, tokens):
        focus_missing = True  # "dessiné par un cabinet d'architectes bordelais" names no firm
    if q.voters and "vote" not in given_kinds(unit.text):
        focus_missing = True  # the session's chair for who voted against
    if (HUMAN in q.asked and q.focus_words and not q.head_of and not focus_missing
            and names_a_person is not None
            and unit.kind in ("sentence", "item")
            and not _role_held(q, unit.text, q.focus_words, tokens, names_a_person)):  # fmt: skip
        focus_missing = True  # "..., la préfète de la Drôme et les représentants de l'ANRU"
    total = q.total or 1.0
    kind = _kind(q, unit.text, names_a_person,
                 " ".join((*unit.header, unit.heading or "",
                           *bracketed_units(_list_lead_in(hit.chunk.text, unit))))
                 if unit.kind == "row" else "")  # fmt: skip
    if kind > 0 and unit.kind == "sentence" and _value_of_another(q, unit.text, tokens):
        kind = -1.0  # "La résidence Estats sera réhabilitée, et une maison de santé [...] 2,06 M€"
    return {
        "lexical": min(1.0, covered / total), "lexical_doc": min(1.0, covered_doc / total),
        "heading": min(1.0, under_heading / total),
        "focus_missing": float(focus_missing),
        "kind": kind,
        "passage_rr": 1.0 / passage, "field": float(unit.kind == "field"),
        "item": float(unit.kind == "item"),
    }  # fmt: skip


# Where a sentence joins a clause about a new subject: "et" after a comma, before an indefinite
# article ("..., et une maison de santé doit ouvrir"); "..., et le chantier coûtera" goes on
# about the same thing.
_COORDINATED = re.compile(r",\s+(?:et|and|mais|but)\s+(?=(?:un|une|des|a|an)\s)", re.IGNORECASE)


def _value_of_another(q: QuestionSignals, text: str,
                      tokens: Callable[[str], frozenset[str]]) -> bool:  # fmt: skip
    """Does a sentence give the kind of value asked only in a clause about another subject
    than the one naming what the question names? "La résidence Estats de Midalia Habitat sera
    réhabilitée, et une maison de santé doit ouvrir : [...] son plan de financement, 2,06 M€"
    gives no sum for the résidence Estats."""
    if not q.name_tokens or not q.asked:
        return False
    clauses = [c for c in _COORDINATED.split(text) if c.strip()]
    if len(clauses) < 2:
        return False
    named = [bool(tokens(c) & q.name_tokens) for c in clauses]
    valued = [kind_match(q.asked, c) > 0 for c in clauses]
    return any(named) and any(valued) and not any(n and v for n, v in zip(named, valued,
                                                                          strict=True))


# Acts named by either word: a refurbishment is a "rénovation" as much as a "réhabilitation"
# (only for naming the act whose cost is asked: "rénovation urbaine" is renewal as a whole).
_SAME_ACTS = (frozenset(analyze("rénovation rénové réhabilitation réhabilité réhabilitée")),)


# A heading's own number ("6. Indicateurs", "3.2 Phasage"), at its start or after the " — " or
# " / " that join headings: it orders the document's sections and says nothing of "l'action 6".
_SECTION_NUMBER = re.compile(r"(?:^|(?<=[—/>|]\s))\d+(?:\.\d+)*[.)]?\s+(?=\w)")


# What a mission sheet is the sheet of: the mission, the contract awarded for it, the service.
_SHEET_SELF = frozenset(analyze("mission marché contrat prestation contract assignment"))


def _the_sheets_own(q: QuestionSignals, unit: Unit, hit: Hit) -> bool:
    """Is the thing asked the mission sheet itself, which a field under a label of one word
    speaks of ("Montant : 148 500 € HT" gives "le montant du marché confié à Atelier Comptoirs
    Urbains"; "Montant du projet" names another subject)?"""
    if unit.kind != "field" or hit.doc_type != "mission_sheet":
        return False
    if len(unit.text.split(":", 1)[0].split()) != 1:
        return False
    focus = [c for c in q.concepts if c.is_focus and not c.is_name]
    return bool(focus) and all(c.tokens & _SHEET_SELF for c in focus)


def _gives(givers: tuple[frozenset[str], ...], said: frozenset[str],
           doc_tokens: frozenset[str], title: frozenset[str] = frozenset()) -> bool:  # fmt: skip
    """Does a unit that says `said` name the giver asked, one of its spellings whole, or a
    local authority by its kind ("la Ville") in a document that names the rest ("la Ville de
    Hautrive-sur-Drouance": Hautrive)? In a document titled by the giver's name alone (`title`:
    a landlord's activity report opening on "MILLEVACHES HABITAT"), every sum is its own."""
    for giver in givers:
        kind = giver & _AUTHORITY_KINDS
        if title == giver or giver <= said or (kind and kind <= said
                                               and giver - kind <= doc_tokens):
            return True
    return False


# The kinds of local authority a text calls by their kind alone ("la Ville", "la Région"), and
# the community of communes ("l'Agglomération").
_AUTHORITY_KINDS = AUTHORITY_KINDS | frozenset(analyze("agglomération"))
_LIST_LINE = re.compile(r"^(?:[-*•]|\d+[.)])\s+")


def _list_lead_in(text: str, unit: Unit) -> str:
    """The sentence announcing the table a row belongs to ("... l'échéancier prévisionnel de
    crédits de paiement suivant (en milliers d'euros) :"), or the list an item belongs to, when
    the line before the table or list ends on a colon; "" otherwise."""
    for line in reversed(text[: max(0, unit.start)].splitlines()):
        line = line.strip()
        if (not line or "|" in line or not line.strip("-=_+ ")
                or (unit.kind == "item" and _LIST_LINE.match(line))):  # fmt: skip
            continue  # the table's rows, its rules, the list's other items, blank lines
        return line if line.endswith(":") else ""
    return ""


def _names_the_act(q: QuestionSignals, said: frozenset[str]) -> bool:
    """Does a unit (with its heading) name the act whose cost is asked, in any of the question
    concept's forms ("démolition", "démolir", "démolie"), or by a word for the same act
    ("Réhabilitations thermiques" over "Coût par logement" for "la rénovation d'un
    appartement")?"""
    for c in q.concepts:
        if c.tokens & q.cost_of:
            same = frozenset().union(c.tokens, *(g for g in _SAME_ACTS if g & c.tokens))
            if same & said:
                return True
    return False


def extract(candidates: list[Candidate], scorer: Scorer, threshold: float,
            best_only: bool = False, single_value: bool = False,
            one_place: bool = False, named_value: bool = False,
            value_first: bool = False) -> Extraction:  # fmt: skip
    """Quote the best eligible units, or refuse when the scorer says the question is not
    answered by them.

    The best unit comes first; a list item or a lead-in ("... ont été travaillés en ateliers :")
    always brings its whole list, so a lead-in is never quoted without its items; a list among
    the closest runners-up is given whole; units rated at least RELATIVE_TO_BEST of the best are
    added, up to MAX_UNITS quotes besides the best. When the question asks for one value
    (`single_value`: a count, an amount, a date, a duration, a share) and the best unit gives
    it, a quoted item comes with its list's lead-in only: "Mise en place d'un numéro unique :
    312 signalements traités" answers "combien de signalements", the other six actions of the
    mission do not. With `one_place` (the question names no place, body or person), the
    runners-up come from the best unit's town or from documents about no town: an answer does
    not put another town's figures beside the one it gives.
    """
    eligible = [c for c in candidates if c.eligible]
    confidence = scorer.answerable(candidates)
    if not eligible or confidence < threshold:
        return Extraction([], confidence, True)
    if single_value and not any(_gives_what_is_asked(c) for c in eligible):
        # One value asked and no unit gives that kind of value about the thing asked: "How
        # much did ANRU contribute?" is not answered by "Maître d'ouvrage : ANRU" nor by the
        # whole project's "Montant du projet : 167 M€"; "À quelle date l'avenant a-t-il été
        # signé ?" not by "le PRU, signé en 2007".
        return Extraction([], confidence, True)
    ranked = sorted(eligible, key=lambda c: -c.probability)
    if value_first and (giving := giving_a_value(ranked)):
        # One ask of a compound question: its value about what it names leads (`giving_a_value`).
        led = {id(c) for c in giving}
        ranked = giving + [c for c in ranked if id(c) not in led]
    if (single_value or named_value) and _best_gives_no_value(ranked, named_value):
        return Extraction([], confidence, True)
    for c in candidates:
        c.unit.score = c.probability  # type: ignore[attr-defined]
    units: list[Unit] = [c.unit for c in candidates]  # type: ignore[misc]
    chosen: list[Unit] = []
    lists_whole = True

    def add(unit: Unit) -> bool:
        listed = with_list(unit, units)
        if not lists_whole and unit.kind == "item":
            listed = [u for u in listed if u is unit or u.kind != "item"]
        quote = [u for u in listed if not any(_overlaps(u, v) for v in chosen)]
        chosen.extend(quote)
        return bool(quote)

    # A line of one word that is neither a field, an item nor a row ("ANRU" under a title) says
    # nothing by itself.
    ranked = [c for c in ranked if c.unit.kind != "sentence" or len(c.unit.text.split()) > 1]
    for position, c in enumerate(ranked):
        if add(c.unit):  # type: ignore[arg-type]
            best, ranked = c, ranked[position:]
            break
    else:
        return Extraction([], confidence, True)
    if one_place and best.town:
        ranked = [c for c in ranked if c.town in (None, best.town)]
    if single_value and best.signals.get("kind", 0.0) > 0:
        lists_whole = False
        chosen[:] = [u for u in chosen if u is best.unit or u.kind != "item"]
    if best_only:
        return Extraction(reading_order(chosen), confidence, False)
    # When the question asks for a kind of value (an amount, a date...) and the best unit gives
    # it, the runners-up must give one too: a list or a sentence without it is noise.
    typed = best.signals.get("kind", 0.0) > 0
    # Likewise for the thing asked for: when the best unit names it, a runner-up that does not
    # ("Années : 2012 (8 mois)" beside "144 démolitions" for "combien de logements démolir") is
    # noise.
    focused = not best.signals.get("focus_missing", 0.0)
    # The sentence right before a list's lead-in, in one paragraph ("... sera rénovée de mars
    # 2026 à décembre 2027. Le programme prévoit :" over the works), is answered by that list
    # when no kind of value is asked: the list says what the sentence announces.
    if not typed and (lead := _lead_in_after(best.unit, units)) is not None:  # type: ignore[arg-type]
        add(lead)
    # A list among the closest runners-up is given whole: plural questions are answered by lists.
    for c in [] if typed else ranked[1:LIST_DEPTH]:
        # (a heading read as a list of one item is no list: `_headed_by`)
        if (c.unit.kind == "item" and not _headed_by(c.unit, units)  # type: ignore[arg-type]
                and add(c.unit)):  # type: ignore[arg-type]  # fmt: skip
            break
    added = 0
    for c in ranked[1:]:
        if added >= MAX_UNITS - 1 or c.probability < RELATIVE_TO_BEST * best.probability:
            break
        if typed and c.signals.get("kind", 0.0) < 0:
            continue
        if focused and c.signals.get("focus_missing", 0.0):
            continue
        added += add(c.unit)  # type: ignore[arg-type]
    chosen.extend(_rest_of_tables(chosen, [c.unit for c in eligible]))  # type: ignore[misc]
    return Extraction(_rest_of_quotes(reading_order(chosen), units), confidence, False)


def _lead_in_after(unit: Unit, units: list[Unit]) -> Unit | None:
    """The lead-in ending `unit`'s paragraph, when the sentence right after it announces a list
    ("Le programme prévoit :" over its items); None otherwise."""
    if unit.kind != "sentence":
        return None
    after = [u for u in units if u.passage == unit.passage and u.start >= unit.end]
    after.sort(key=lambda u: u.start)
    if (len(after) < 2 or after[0].kind != "sentence" or after[0].start - unit.end > 3
            or _leads_in(after[0].text) != ":" or after[1].kind != "item"):  # fmt: skip
        return None
    return after[0]


def _rest_of_quotes(chosen: list[Unit], units: list[Unit]) -> list[Unit]:
    """`chosen` in reading order, each quoted sentence opening a quotation followed by its rest:
    the sentences after it in its paragraph, up to the one closing it, which says who speaks
    ("« Ce qu'on demande, c'est que les locataires ne restent pas deux ans dans l'incertitude.
    Certains ont déjà fait leurs cartons », prévient Fernand Bouillot"). No rest when the
    quotation is not closed within QUOTE_REST sentences, or its close names no speaker."""
    out: list[Unit] = []
    for unit in chosen:
        if any(u is unit for u in out):
            continue
        before = _sentence_before(unit, units)
        if before is not None and not any(_overlaps(before, v) for v in (*out, *chosen)):
            out.append(before)
        out.append(unit)
        if unit.kind != "sentence" or unit.text.count("«") <= unit.text.count("»"):
            continue
        after = sorted((u for u in units if u.passage == unit.passage and u.start >= unit.end),
                       key=lambda u: u.start)  # fmt: skip
        rest: list[Unit] = []
        end = unit.end
        for u in after[:QUOTE_REST]:
            if u.kind != "sentence" or u.start - end > 2:  # another paragraph
                break
            rest.append(u)
            end = u.end
            if u.text.count("»") > u.text.count("«"):
                if _SPEAKER.match(u.text.rsplit("»", 1)[1]):
                    out += [r for r in rest if not any(_overlaps(r, v) for v in out)]
                break
    return out


# A count said of what the sentence before names, by the pronoun "en": "Le quartier des
# Épinettes en concentre 990" after "Sioule Habitat gérait 4 120 logements", "Il en reste 15 à
# reloger" (not "en moyenne 12", "en juin 2025": a phrase, a date).
_COUNT_OF_BEFORE = re.compile(
    rf"\ben\s+(?!(?:moyenne|tout|total|cours|outre|effet|particulier|fin|début|{MONTHS})\b)"
    r"(?:[a-zà-ÿ]+\s+){1,2}(?:plus\s+de\s+|moins\s+de\s+|près\s+de\s+|environ\s+)?\d",
    re.IGNORECASE,
)


def _sentence_before(unit: Unit, units: list[Unit]) -> Unit | None:
    """The sentence right before a quoted sentence in its paragraph, when the quoted one points
    back to it ("Cette part ...", "Son coût est ...", "... en concentre 990"): quoted alone, it
    would not say what it is about."""
    if unit.kind != "sentence" or not (_POINTS_BACK.match(unit.text) or _ITS_COST.match(unit.text)
                                       or _COUNT_OF_BEFORE.search(unit.text)):  # fmt: skip
        return None
    before = [u for u in units if u.passage == unit.passage and u.end <= unit.start]
    if not before:
        return None
    last = max(before, key=lambda u: u.end)
    if last.kind != "sentence" or unit.start - last.end > 2:  # another paragraph, a list, a table
        return None
    return last


# What follows a quotation's close when it names who speaks: "», prévient Fernand Bouillot",
# "», assure Karima Oudjani, directrice générale ..." (not "», ajoute-t-elle").
_SPEAKER = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){1,4}?[A-ZÀ-Ý]")
# A quotation a quoted sentence opens is closed within this many sentences after it, or its
# rest is not quoted.
QUOTE_REST = 3

# A table's row of totals: "Total | 25 | 1 459 000", "TOTAL tranche ferme | | | 256 200".
_TOTAL_ROW = re.compile(r"^\|?\s*(?:total|ensemble|sous-total)\b", re.IGNORECASE)
# A table of at most this many data rows is quoted whole once two of its rows are.
SMALL_TABLE = 8


def _rest_of_tables(chosen: list[Unit], units: list[Unit]) -> list[Unit]:
    """The other data rows (among `units`, those in the question's scope) of the tables two or
    more of whose rows are quoted. Rows rated alike are rows the question does not tell apart (a
    newsletter's "Relogés | 67", "dont au Pré-Chéneau | 29", "En attente d'une proposition |
    16" for "combien de familles n'avaient encore aucun logement en vue"), so a small table is
    quoted whole, as a list is; a larger one brings its total row ("Total tranche ferme | | |
    256 200"), the whole it adds up to."""
    quoted: dict[tuple[int, int], int] = {}
    for u in chosen:
        if u.kind == "row" and u.header:
            quoted[(u.passage, u.block)] = quoted.get((u.passage, u.block), 0) + 1
    out: list[Unit] = []
    for (passage, block), n in quoted.items():
        if n < 2:
            continue
        rows = [u for u in units if u.kind == "row" and u.header and u.passage == passage
                and u.block == block and not any(_overlaps(u, v) for v in chosen)]  # fmt: skip
        small = n + len(rows) <= SMALL_TABLE
        out += [u for u in rows if small or _TOTAL_ROW.match(u.text)]
    return out


def _best_gives_no_value(ranked: list[Candidate], someone: bool) -> bool:
    """One value asked, and the unit that best matches the question (`ranked[0]`) does not give
    that kind of value: what the corpus says about the thing asked is not its value ("What fee
    did the landlord pay the firm?" best matches the team field; "Quelle part minimale de
    relogements dans le neuf la charte imposait-elle ?" the line saying the charter was
    written), and another unit's figure would be about something else. Not when a field of the
    same sheet gives it about the thing asked ("How long did the mission run?" best matches the
    mission's title field, "Dates : 2019-2021 (18 mois)" answers). For someone asked
    (`someone`): "Quelle entreprise a démoli la tour ?" best matches "La tour a été démolie
    entre mars et août 2025", which names no one; not when one of the next NAMED_NEXT units,
    from the same passage, names someone: a quote's speaker is named in the sentence after it
    ("« Le partenariat, c'est dans notre ADN ! [...] », explique ..."); an article's byline
    ("Par Manon Delpech · Publié le ...") names no firm left unnamed ("conçus par un cabinet
    d'architectes toulousain")."""
    best = ranked[0]
    if best.signals.get("kind", 0.0) >= 0:
        return False
    same_passage = [c for c in ranked if c.passage == best.passage and _gives_what_is_asked(c)]
    if any(c.unit.kind == "field" for c in same_passage):
        return False
    if any(_goes_on(best.unit, c.unit) for c in same_passage):
        return False  # "La réhabilitation de la résidence Poulenc a été confiée ... Son coût est ..."
    named = {id(c) for c in same_passage if not _BYLINE.match(c.unit.text)}
    return not (someone and any(id(c) in named for c in ranked[1 : 1 + NAMED_NEXT]))


# An article's byline: "Par Manon Delpech · Publié le 14 novembre 2025", "By ...".
_BYLINE = re.compile(r"(?:[Pp]ar|[Bb]y)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*\s*(?:[·|–]|$)")


def _goes_on(unit: Unit, after: Unit) -> bool:
    """Is `after` the sentence right after `unit`, pointing back to it ("Son coût est estimé à
    6,2 M€", "Elle a coûté ...")?"""
    return (after.kind == unit.kind == "sentence" and 0 <= after.start - unit.end <= 3
            and bool(_POINTS_BACK.match(after.text) or _ITS_COST.match(after.text)))  # fmt: skip


def giving_a_value(part: list[Candidate]) -> list[Candidate]:
    """The units that may answer one ask of an answered compound question wanting a kind of
    value: those giving such a value, and among them, when some do, those also naming what the
    ask is about. "Combien de commerçants la halle accueillera-t-elle" is answered by "La halle
    de marché accueillera 18 commerçants.", not by a closer-rated item giving the halle's
    design-competition fee."""
    typed = [c for c in part if c.signals.get("kind", 0.0) > 0]
    return [c for c in typed if not c.signals.get("focus_missing")] or typed


def _gives_what_is_asked(c: Candidate) -> bool:
    """Whether a unit gives the kind of value asked and names the thing asked."""
    return c.signals.get("kind", 0.0) > 0 and not c.signals.get("focus_missing", 0.0)


def reading_order(units: list[Unit]) -> list[Unit]:
    """Quotes in the order of their passages and, within a passage, the best quote first with
    its list or its table's header row, then the others in the document's order: "Programme :
    144 démolitions" before the sheet's "Années" and "Montant" fields that follow it."""
    best: dict[int, Unit] = {}
    for u in units:
        if u.passage not in best or u.score > best[u.passage].score:
            best[u.passage] = u
    ordered = sorted(units, key=lambda u: (u.passage, u.start))
    leads = {id(v) for u in best.values() for v in with_list(u, ordered) or [u]}
    return sorted(ordered, key=lambda u: (u.passage, id(u) not in leads))


# A unit rated at least this share of the best one is quoted too.
RELATIVE_TO_BEST = 0.5
# Someone asked and the best match names no one: the units after it, in its passage, that may
# name them (a quote's speaker, said in the next sentence).
NAMED_NEXT = 2
HEADER_ROWS = 3  # a table's rows above its data that a quoted row brings: caption, two of names


def _overlaps(a: Unit, b: Unit) -> bool:
    return a.passage == b.passage and a.start < b.end and b.start < a.end


def with_list(best: Unit, units: list[Unit]) -> list[Unit]:
    """The unit, with its whole list when it is an item of one or the lead-in of one, a table
    row with its table's rows of column names (and caption); nothing for a lead-in whose list is
    not in the passage (it would announce what it does not give)."""
    if best.kind == "row" and best.header:
        names = [u for u in units if u.passage == best.passage and u.kind == "row"
                 and u.block == best.block and not u.header and u.end <= best.start]  # fmt: skip
        return names[-HEADER_ROWS:] + [best]
    if best.kind == "item":
        listed = _list_block(units, best.passage, best.block)
        if listed == [best] and (headed := _headed_by(best, units)):
            return [best, *headed]
        return listed or [best]
    lead = _leads_in(best.text)
    after = [u for u in units if u.passage == best.passage and u.start > best.end] if lead else []
    if lead == "?" and after and after[0].kind == "item":
        # A question the text answers with a list ("... ont tous été relogés. Où sont-ils
        # partis ?" over its items): the list's lead-in, as a colon would be.
        return _list_block(units, best.passage, after[0].block) or [best]
    if lead == ":":
        if after and after[0].kind == "item":
            return _list_block(units, best.passage, after[0].block) or [best]
        if after and after[0].kind == "row":
            # A lead-in announcing a table ("L'agglomération assure la maîtrise d'ouvrage de
            # trois opérations :" over their rows): the table is its list.
            rows = [u for u in after if u.kind == "row" and u.block == after[0].block]
            return [best, *rows[: HEADER_ROWS + MAX_LIST_ITEMS]]
        return []  # a lead-in whose list is not in the passage: nothing to quote
    return [best]


def _headed_by(item: Unit, units: list[Unit]) -> list[Unit]:
    """What an item heads when the document's reading took a numbered heading for a list of
    one item ("3. Délibération n° 2025-28 – Financement de la réhabilitation de la résidence
    Pyrite" in a PDF, over "Le plan de financement [...] s'établit comme suit :" and its
    items): an item alone in its list, without final punctuation, followed by prose; the units
    after it in its passage up to the next such item, at most HEADED_UNITS. Quoted alone, it
    would say what a section is about, not what the section says."""
    after = [u for u in units if u.passage == item.passage and u.start >= item.end]
    shouted = item.text.upper() == item.text
    if (not after or after[0].kind != "sentence" or (" : " in item.text and not shouted)
            or item.text.rstrip().endswith((".", ";", ":", "!", "?"))):  # fmt: skip
        # (not a label and its value, "2029 : achèvement prévu du projet"; a headline in
        # capitals may hold a colon, "LES BRANDELLES, À JARNESSAC : UNE MAISON DE SANTÉ")
        return []
    alone = Counter(u.block for u in units if u.passage == item.passage and u.kind == "item")
    out: list[Unit] = []
    for unit in after[:HEADED_UNITS]:
        if unit.kind == "item" and alone[unit.block] == 1 and not unit.text.rstrip().endswith(
            (".", ";", ":", "!", "?")
        ):
            break  # the next section's heading
        out.append(unit)
    return out


HEADED_UNITS = 8


def _list_block(units: list[Unit], passage: int, block: int) -> list[Unit]:
    """A list's items, preceded by its lead-in sentence ("Différents enjeux ont été posés :")."""
    items = [u for u in units if u.passage == passage and u.kind == "item" and u.block == block]
    if not items:
        return []
    before = [u for u in units if u.passage == passage and u.end <= items[0].start]
    lead = [before[-1]] if before and _leads_in(before[-1].text) else []
    return lead + items[:MAX_LIST_ITEMS]


def _leads_in(text: str) -> str:
    """The mark a list's lead-in ends on, a colon or a question mark ("Où sont-ils partis ?"
    over the places), or ""."""
    end = text.rstrip()[-1:]
    return end if end in (":", "?") else ""


def renumber(extraction: Extraction, passages: list[Hit]) -> tuple[Extraction, list[Hit]]:
    """Passages reordered so that the cited ones come first, in the order the answer quotes
    them (the document holding the best unit first, each document's passages together), and
    the units' numbers follow: citation
    markers read [1], [2], [3] without gaps, and marker n still names passages[n - 1]."""
    best_of: dict[int, float] = {}
    for unit in extraction.units:
        best_of[unit.passage] = max(best_of.get(unit.passage, 0.0), unit.score)
    # A document's passages stay together, so that the answer names each document once.
    doc_best: dict[str, float] = {}
    for n, score in best_of.items():
        doc = passages[n - 1].chunk.doc_id
        doc_best[doc] = max(doc_best.get(doc, 0.0), score)
    cited = sorted(best_of, key=lambda n: (-doc_best[passages[n - 1].chunk.doc_id],
                                           passages[n - 1].chunk.doc_id, -best_of[n], n))  # fmt: skip
    order = cited + [n for n in range(1, len(passages) + 1) if n not in best_of]
    new_number = {old: new for new, old in enumerate(order, start=1)}
    # `extract` and `merge` give the units in reading order; the stable sort keeps it within
    # each passage.
    units = [replace(u, passage=new_number[u.passage]) for u in extraction.units]
    units.sort(key=lambda u: u.passage)
    return replace(extraction, units=units), [passages[n - 1] for n in order]


def compose(language: str, extraction: Extraction, passages: list[Hit]) -> str:
    """A short answer quoting the chosen units, each followed by its citation marker."""
    english = language == "en"
    lead = (
        "Here is what the corpus says (French sources, quoted):"
        if english
        else "Voici ce qu'indiquent les documents du corpus :"
    )
    lines = [lead]
    current_doc = None
    for unit in extraction.units:
        hit = passages[unit.passage - 1]
        if hit.chunk.doc_id != current_doc:  # name each document once, before its quotes
            current_doc = hit.chunk.doc_id
            lines.append(f"\n{hit.title} :")
        quote = " ".join(unit.text.split()).rstrip(" ;,")
        # A sentence cut at the passage's edge is quoted as the part the passage holds.
        quote = ("… " if unit.cut_before else "") + quote + (" …" if unit.cut_after else "")
        # A document's own "[3]" must not read as one of our citation markers.
        quote = _DOCUMENT_MARKER.sub(r"(\1)", quote)
        lines.append(
            f"- « {quote} » [{unit.passage}]" if english else f"- {quote} [{unit.passage}]"
        )
    return "\n".join(lines).strip()


# A pronoun standing for a thing the question named before.
_ANAPHOR = re.compile(
    r"\b(?:it|its|they|them|their|each|chacun|chacune)\b|"
    # "how many people live there?" (not "is there"), "qui y siège ?" (not "il y a")
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)\bthere\b(?!\s+(?:is|are|was|were|will|has|have)\b)|"
    r"\by\s+(?!a\b|avait\b|aura\b|ont\b)\w+|"
    # "combien coûte-t-il ?", with no subject of its own before the verb ("combien l'ANRU y
    # ajoute-t-elle ?" is about the ANRU: `_names_by_pronoun`)
    r"^(?P<bare>.*?)(?:-t)?-(?:il|elle|ils|elles)\b|"
    r"\b(?:son|sa|ses|leurs?)\b|\ben\s+(?:est|sont|a|ont|était|étaient|sera|seront)\b",
    re.IGNORECASE,
)
# Asks read apart, the first ones: each costs a scoring of the retrieved units.
MAX_ASKS = 3


def question_parts(question: str) -> list[str]:
    """The asks of a question that asks several things, each on its own (at most MAX_ASKS);
    [] for one ask."""
    cuts = list(SECOND_ASK.finditer(question))[: MAX_ASKS - 1]
    if not cuts:
        return []
    parts, start = [], 0
    for cut in cuts:
        parts.append(question[start : cut.start()])
        start = cut.end()
    parts.append(question[start:])
    parts = [p.strip(" ,;") for p in parts]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return []
    # An ask that names its thing by a pronoun ("..., and how much will it cost?", "et combien
    # a-t-elle coûté ?") is about what the ask before it names: that ask follows it in
    # brackets, read for its words, not for what it asks (`question_signals`).
    # So is an ask that leaves its thing unsaid ("..., et pour quel montant ?", "and when for
    # Saint-Éloi?", "by what method?").
    return [f"{p} [{parts[n - 1]}]" if n and (_names_by_pronoun(p) or _elliptical(p)) else p
            for n, p in enumerate(parts)]  # fmt: skip


# Question words the French analyzer does not drop.
_ASKING_WORDS = frozenset(("when", "where", "who", "whom", "what", "which", "how", "why"))


def _elliptical(ask: str) -> bool:
    """An ask that says at most one word of its own besides names and question words: what it
    is about is said by the ask before it."""
    names = _entities(ask)
    own = [t for t in analyze(ask)
           if t not in _META_FORMS and t not in _ASKING_WORDS and t not in names]  # fmt: skip
    return len(own) <= 1


_DETERMINED = re.compile(r"\b(?:l['’]|le|la|les|du|des|au|aux|un|une)\s*\w", re.IGNORECASE)


def _names_by_pronoun(ask: str) -> bool:
    """Does an ask name its thing by a pronoun only ("how much will it cost?", "combien
    coûte-t-il ?", "quel en est le montant ?"), not by its own subject?"""
    for match in _ANAPHOR.finditer(ask):
        bare = match.group("bare")
        if bare is None or not (_DETERMINED.search(bare) or re.search(r"\b[A-ZÀ-Ý]", bare[1:])):
            return True
    return False


def with_asks(whole: Extraction, parts: list[list[Candidate]], scorer: Scorer,
              threshold: float, candidates: Sequence[Candidate] = (),
              one_place: bool = False) -> Extraction:  # fmt: skip
    """The whole question's quotes with each ask's best quote (`parts`: the units scored
    against each ask alone). An ask is answered when it passes the gate on its own units; one
    that wants a kind of value, once the question is answered, by its best unit giving one
    (`giving_a_value`), though alone, with no place of its own, it would not pass the gate:
    "..., et combien de temps a duré son intervention ?". An ask before the one that answered
    the question is read as those after it ("Combien de commerçants la halle accueillera-t-elle,
    et à combien sont estimées les prestations du concours ?": the second answers, the first
    then gets its count). With `one_place` (the question names no place, body or person), an
    ask's quote from a document about another town than the answer's is left out, as
    `extract` leaves out such runners-up: the asks of one question are about one place.
    `candidates`: the whole question's, which say each quoted unit's town."""
    # Each unit's candidate, which says its town and its document.
    rated = {(c.passage, c.unit.start, c.unit.end): c  # type: ignore[attr-defined]
             for c in (*candidates, *(c for part in parts for c in part))}  # fmt: skip

    def town(unit: Unit) -> str | None:
        c = rated.get((unit.passage, unit.start, unit.end))
        return c.town if c is not None else None

    def giving(part: list[Candidate], extraction: Extraction) -> list[Candidate]:
        """The ask's units giving a value (`giving_a_value`), among the in-scope units of the
        documents the answer quotes already, not quoted yet, when some give one; else among
        all: the asks of one question are most often answered by one document, and the unit
        model rates many units of other documents alike."""
        return giving_a_value(quoted_part(part, extraction)) or giving_a_value(part)

    def quoted_part(part: list[Candidate], extraction: Extraction) -> list[Candidate]:
        """The ask's in-scope units of the documents the answer quotes, not quoted yet."""
        said = {(u.passage, u.start, u.end) for u in extraction.units}
        quoted = {c.doc_id for key in said if (c := rated.get(key)) is not None}
        return [c for c in part if c.eligible and c.doc_id in quoted
                and (c.passage, c.unit.start, c.unit.end) not in said]  # type: ignore[attr-defined]

    def add(extraction: Extraction, asked: Extraction) -> Extraction:
        placed = {t for u in extraction.units if (t := town(u)) is not None}
        if one_place and placed and not asked.refused:
            kept = [u for u in asked.units if town(u) in placed or town(u) is None]
            asked = Extraction(kept, asked.confidence, not kept)
        return merge(extraction, asked)

    extraction = whole
    waiting: list[list[Candidate]] = []  # asks refused before any other was answered
    for part in parts:
        wants_value = any(c.signals.get("kind", 0.0) for c in part)
        if not extraction.refused and wants_value:
            asked = extract(giving(part, extraction), scorer, 0.0, best_only=True)
        else:
            asked = Extraction([], 0.0, True)
            if not extraction.refused and (same := quoted_part(part, extraction)):
                # (an ask wanting no kind of value: its best unit of the quoted documents, when
                # it passes the gate there)
                asked = extract(same, scorer, threshold, best_only=True)
            if asked.refused:
                asked = extract(part, scorer, threshold, best_only=True, value_first=wants_value)
            if asked.refused and wants_value:
                waiting.append(part)
        extraction = add(extraction, asked)
    for part in waiting if not extraction.refused else []:
        extraction = add(extraction, extract(giving(part, extraction), scorer, 0.0,
                                             best_only=True))
    if extraction.refused:
        return extraction
    # An ask's quote opening a quotation comes with its rest (`_rest_of_quotes`).
    units: list[Unit] = [c.unit for c in candidates]  # type: ignore[misc]
    return Extraction(_rest_of_quotes(extraction.units, units), extraction.confidence, False)


def each_compared(extraction: Extraction, candidates: list[Candidate], names: int,
                  about: Callable[[Candidate, int], bool]) -> Extraction:  # fmt: skip
    """An answer to a question comparing places ("Combien d'habitants comptent respectivement
    le Mas-Rouvray et les Combettes ?") quotes each of them: for a compared name (0 ..
    `names` - 1) no quoted unit is about (`about`), the best eligible unit about it that gives
    what the question asks (the kind of value, its focus) is added, when one is retrieved."""
    if extraction.refused or names < 2:
        return extraction
    by_place = {(c.passage, c.unit.start, c.unit.end): c for c in candidates}
    quoted = [by_place[k] for u in extraction.units
              if (k := (u.passage, u.start, u.end)) in by_place]  # fmt: skip
    typed = any(c.signals.get("kind", 0.0) > 0 for c in quoted)

    def answers(c: Candidate, name: int) -> bool:
        return (about(c, name) and not c.signals.get("focus_missing", 0.0)
                and c.signals.get("kind", 0.0) >= (1.0 if typed else 0.0))  # fmt: skip

    ranked = sorted((c for c in candidates if c.eligible), key=lambda c: -c.probability)
    units = list(extraction.units)
    for name in range(names):
        if any(answers(c, name) for c in quoted):
            continue
        for c in ranked:
            if answers(c, name):
                if not any(_overlaps(c.unit, u) for u in units):  # type: ignore[arg-type]
                    units.append(c.unit)  # type: ignore[arg-type]
                quoted.append(c)
                break
    if len(units) == len(extraction.units):
        return extraction  # every place quoted already: the order stays as composed
    # Back in reading order, a quote opening a quotation again followed by its rest.
    read: list[Unit] = [c.unit for c in candidates]  # type: ignore[misc]
    return Extraction(_rest_of_quotes(reading_order(units), read), extraction.confidence, False)


def merge(whole: Extraction, part: Extraction) -> Extraction:
    """The whole question's quotes with the best quote for one of its asks: answered when either
    is, the part's units added where they do not overlap the whole's."""
    if part.refused:
        return whole
    if whole.refused:
        return part
    units = whole.units + [u for u in part.units if not any(_overlaps(u, v) for v in whole.units)]
    return Extraction(reading_order(units),
                      max(whole.confidence, part.confidence), False)  # fmt: skip
