"""What a question is about, and which answer units are about the same thing.

A question that names a place, an organisation or a programme ("Combien de démolitions à
Bagneux ?", "the Caisse des Dépôts' share") may only be answered by a unit about it: the name
must be in the unit itself, in its section heading, or in its document's own scope (title and
metadata: site, town, neighbourhood, client...). A name that occurs somewhere else in the
document does not count: the Valenciennes article mentions Anzin, which does not make the
agglomeration's figures Anzin's.

Names are recognised from the corpus itself, not from a list: a word is a name when it is
capitalised in the question (not as its first word), or when the corpus writes it capitalised
nearly every time (sentence starts aside). A capitalised word the corpus does not know but that
begins like one of its words over most of both is a derived form of it, not a new name: "le
Valenciennois" is about Valenciennes, "Mediterranean" is the corpus' "méditerranéen" (a word,
not a name). A place adjective, in lower case as French writes it, names its place: without its
demonym ending it begins the place's name ("la presse valenciennoise", "l'agglomération
castelrivaine"). Names most documents mention (ANRU, PRU in a corpus of mission sheets) say
nothing about scope and are left out. An acronym and the phrase it stands for are one name,
learnt from the corpus (`corpus_acronyms`: "GUP" and "Gestion Urbaine de Proximité", initials of a
run of words in a document that uses the acronym). A name the corpus never mentions is "unknown": the scorer
counts it against every unit, so that a question about a place the corpus does not know is
refused.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.answer_types import SECOND_ASK
from index.analyzer import analyze
from index.glossary import EN_TO_FR
from index.store import Index
from ingest.normalize import fold_accents

# Words that may stand inside a multi-word name ("Caisse des Dépôts", "Montval-sur-Orge").
_NAME_JOINERS = frozenset("de des du d la le les l sur sous en lès".split())
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w’'-]*")
_ELISION = re.compile(r"^(?:[dlDLjJ]|qu|Qu)['’]")
# A name most documents mention does not scope a question (share of documents).
COMMON_NAME_SHARE = 0.5
# Share of a word's occurrences in the corpus that are capitalised for it to count as a name.
NAME_CAPITALISED_SHARE = 0.8
# Metadata fields that say what a document is about; a PDF's running header too, the page
# header that names what the document is part of ("Contrat de ville de Morsange Pays-Haut").
SCOPE_FIELDS = ("site", "town", "neighbourhood", "site_text", "title", "sitename", "scale",
                "client", "outlet", "running_header")  # fmt: skip
# Those whose values are names whole (a title or a scale is a phrase, names capitalised).
NAME_FIELDS = ("site", "town", "neighbourhood", "site_text", "sitename", "client", "outlet")
# Acronyms of the kinds of body in the field, by their legal form, not of one body: "les deux
# organismes HLM des Genêtières" are its landlords, whatever their names ("Drouance Habitat et
# Logirive financent ..."); "la SEM" is the development company the documents name.
KINDS_OF_BODY = frozenset({"HLM", "OPH", "ESH", "SEM", "SPL", "EPCI"})
LEDE_CHARS = 300
# The most names a comparison of things with their places has ("la tour X à A et la tour Y à
# B ou la barre Z à C"); a question naming more is read name by name (and costs no pass over
# the documents per name).
PAIRED_NAMES = 8
# The firm at the head of a mission sheet's team: "Contrepoint Urbain (mandataire) — 1. ...".
_FIRM = re.compile(r"^\s*([^—–(,:;]+?)\s*(?:[—–(,:;]|\d+\.|$)")
_CAMEL = re.compile(r"([a-zà-ÿ])([A-Z])")  # "LaGazette" -> "La Gazette"
# A word the question capitalises that begins like a word of the corpus, over this share of its
# length and at least DERIVED_MIN_PREFIX letters, is a derived form of it, not a new name: a
# demonym or region ("le Valenciennois", "l'agglomération Castelrivaine" for Valenciennes and
# Castelrives), an English spelling ("Mediterranean" for "méditerranéen").
DERIVED_PREFIX_SHARE = 0.75
DERIVED_MIN_PREFIX = 6
# The endings of French demonyms and place adjectives ("castelrivaine", "valenciennois",
# "brémonvillois", "montvalois"): what is left, over DERIVED_PREFIX_SHARE of a corpus name word
# and at least DERIVED_MIN_PREFIX letters, is that name's beginning. A lower-case word that
# derives from a name so ("l'agglomération castelrivaine") names it. Matched on folded accents
# ("-éen" is "-een").
_DEMONYM_ENDING = re.compile(r"(?:ain|ais|ois|ien|een|in)(?:n?e)?s?$")
# An acronym, in the plural too as English writes it: "ANRU", "GPs".
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,}|[A-Z]{2,}s")
_PLURAL_S = re.compile(r"s$")
# Capitalised in English although not names: an English question's unknown capitalised word
# is often an English rendering ("European Social Fund") rather than an unknown place, except
# for these, which are plainly not places either (in the plural too: "on Saturdays").
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


# The abbreviation of "number" before one: "No. 1", "Nos 3 et 4", "N° 212".
_NUMBER_SIGN = re.compile(r"\b[Nn](?:o|os|°|º)\b\.?(?=\s*\d)|\b[Nn][°º]")


# Analysed texts remembered per version (about 1 KB each): every unit of a few thousand
# documents, with their sections.
TOKENS_MEMO = 50_000
QUESTIONS_MEMO = 2_000  # questions whose scope and signals a version remembers


@dataclass(frozen=True)
class Name:
    """A name in a question: its surface form and its analysed tokens."""

    text: str
    tokens: frozenset[str]
    known: bool  # the corpus mentions it
    acronym: bool = False  # ANRU, GUP, TFPB: programmes and bodies, often left implicit
    # Its runs of words the corpus writes together as a name ("la barre Calcite Ondalys
    # Habitat": "Ondalys Habitat"), which a text names only together (`_Around.names`).
    together: tuple[frozenset[str], ...] = ()


@dataclass
class QuestionScope:
    names: list[Name] = field(default_factory=list)
    alternatives: bool = False  # "Bagneux et Antony": a unit need only match one of them
    # Compared in so many words ("Bagneux et Antony", "in Antony or in Bagneux"), not inferred
    # from a comma (an apposition: "Les Capucines, Castelrives' third neighbourhood") or from no
    # document naming them together (a place put in the wrong town).
    compared: bool = False

    @property
    def compared_tokens(self) -> tuple[frozenset[str], ...]:
        """The tokens of each name compared in so many words (none when nothing is)."""
        return tuple(n.tokens for n in self.scoping) if self.compared else ()

    @property
    def scoping(self) -> list[Name]:
        """Names a unit must be about (places, people, organisations named in words)."""
        return [n for n in self.names if n.known and not n.acronym]

    @property
    def known(self) -> list[Name]:
        return [n for n in self.names if n.known]

    def blocking_unknown(self, language: str) -> list[Name]:
        """Unknown names that make the question unanswerable from this corpus: a place or body
        it never mentions ("Marseille"). Unknown acronyms and, in English questions, unknown
        multi-word names and calendar words are left to the scorer: they are often a rendering
        of something the corpus says in French, as are English field terms capitalised as
        institutions ("the State", "the Agency")."""
        out = []
        for name in self.unknown:
            if name.acronym or _PLURAL_S.sub("", name.text.lower()) in _CALENDAR_WORDS:
                continue  # "ANRU", "in May", "on Saturdays"
            if language == "en" and (" " in name.text or name.text.lower() in EN_TO_FR):
                continue  # "the European Social Fund", "the State": renderings of French terms
            out.append(name)
        return out

    @property
    def unknown(self) -> list[Name]:
        return [n for n in self.names if not n.known]


# Capitalised words, and a person's title before a name ("M. Vernadet", "Mme Varenne").
_CAPITALISED_WORDS = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*\b")
# The nouns that end a body's name ("... Agglomération", "... Habitat", "... Métropole").
_BODY_TAIL = re.compile(r"Agglom[ée]ration|M[ée]tropole|Habitat|Communaut[ée]|Conseil|Office|Agence")
_TITLED = re.compile(r"\b(?:M\.|Mme|Mmes|MM\.|Dr|Mr\.?|Mrs\.?|Ms\.?)\s+[A-ZÀ-Ý][a-zà-ÿ]")


def team_firm(meta: dict[str, Any]) -> str:
    """The firm a mission sheet's team names first (the sheet is its work: "Contrepoint
    Urbain's assignment on the Pommeraie"); "" when there is none."""
    team = meta.get("team") or []
    first = team[0] if isinstance(team, list) and team else str(team or "")
    found = _FIRM.match(first)
    return found.group(1) if found and found.group(1)[:1].isupper() else ""


class CorpusNames:
    """What the index knows about names: capitalisation, document frequency, document scopes.

    Built once per index version (a pass over the documents' text).
    """

    def __init__(self, index: Index):
        self.version = index.manifest.version
        capitalised: Counter[str] = Counter()
        total: Counter[str] = Counter()
        doc_freq: Counter[str] = Counter()
        self.doc_scope: dict[str, frozenset[str]] = {}
        self.doc_names: dict[str, frozenset[str]] = {}  # doc_scope, written as names
        self.doc_scope_words: dict[str, tuple[str, ...]] = {}  # doc_scope's words in order
        self.name_pairs: set[tuple[str, str]] = set()  # tokens of names written side by side
        self.doc_mentions: dict[str, frozenset[str]] = {}  # every token a document uses
        # The names its title writes, by the parts its coordination joins ("à Mérignolles
        # (Grande-Varenne) et à Montlivray (Pré-Chéneau)").
        self.title_parts: dict[str, tuple[frozenset[str], ...]] = {}
        surfaces: set[str] = set()  # every word the corpus writes, lower case, accents folded
        texts: list[str] = []
        for doc_id, title, meta in zip(index.doc_ids, index.doc_titles, index.doc_metadata,
                                       strict=True):  # fmt: skip
            doc = index.document(doc_id)
            text = doc.text if doc else ""
            texts.append(f"{title}\n{text}")
            seen: set[str] = set()
            last, end = "", 0  # the last word of the run of names the words are in, its end
            for match in _WORD.finditer(f"{title}\n{text}"):
                word = _ELISION.sub("", match.group())
                if not word:
                    continue
                tokens = analyze(word)
                last = self._pair(last, word, tokens, match.string[end : match.start()])
                end = match.end()
                key = word.lower()
                surfaces.add(key)
                # A sentence's first word is capitalised whatever it is: it says nothing.
                if not _sentence_start(match.string, match.start()):
                    total[key] += 1
                    capitalised[key] += word[0].isupper()
                seen.update(tokens)
            # Metadata names the document too: its outlet ("LaGazette.fr"), author, site...
            described = " ".join(str(v) for k, v in meta.items() if k != "field_spans")
            seen.update(analyze(_CAMEL.sub(r"\1 \2", described)))
            doc_freq.update(seen)
            self.doc_mentions[doc_id] = frozenset(seen)
            self.title_parts[doc_id] = tuple(
                _name_tokens(part) for part in _COORDINATED.split(title) if part.strip()
            )
            firm = team_firm(meta)
            # Its title, metadata values, firm and lede, analysed once: in order, the parts
            # kept apart, for a name of several words (`_Around.names`), and as a set.
            values = [_CAMEL.sub(r"\1 \2", str(meta.get(k, ""))) for k in SCOPE_FIELDS]
            self.doc_scope_words[doc_id] = tuple(
                t for part in (title, *values, firm, text[:LEDE_CHARS])
                for t in (*analyze(part), _APART))  # fmt: skip
            self.doc_scope[doc_id] = frozenset(self.doc_scope_words[doc_id]) - {_APART}
            # As names: the metadata's values whole, the title and lede where they capitalise.
            named = _CAMEL.sub(r"\1 \2", " ".join(
                [*(str(meta.get(k, "")) for k in NAME_FIELDS), firm]))  # fmt: skip
            self.doc_names[doc_id] = frozenset(analyze(named)) | _name_tokens(
                f"{title} {meta.get('title', '')} {meta.get('running_header', '')} "
                f"{text[:LEDE_CHARS]}"
            )
        self.n_docs = max(1, len(index.doc_ids))
        # Acronyms and the phrases the corpus spells them out with ("GUP": gestion urbaine de
        # proximité): a document whose title spells one out is about the acronym.
        written: set[str] = set()
        self.acronyms = corpus_acronyms(texts, written)
        self.acronym_letters = frozenset(written)  # a question may spell them out
        for doc_id in self.doc_scope:
            spelled = self._spelled_out(self.doc_scope[doc_id])
            if spelled:
                self.doc_scope[doc_id] |= spelled
                self.doc_names[doc_id] |= spelled
        self.doc_freq = doc_freq
        self.vocab = set(index.vocab) | set(doc_freq)
        self.name_words = {
            w for w, n in total.items() if n >= 2 and capitalised[w] >= NAME_CAPITALISED_SHARE * n
        }
        # Folded surface form -> the corpus words written so, sorted for prefix lookups.
        folded: dict[str, set[str]] = {}
        for word in surfaces:
            folded.setdefault(fold_accents(word), set()).add(word)
        self._folded = folded
        self._folded_sorted = sorted(folded)
        self._tokens: dict[str, frozenset[str]] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._names: dict[str, frozenset[str]] = {}
        self._spelled: dict[str, frozenset[str]] = {}
        # Words the corpus writes in lower case inside a sentence ("agglomération", "habitat"):
        # common words, which a person's first name or surname is not.
        self.lower_words = frozenset(w for w, n in total.items() if capitalised[w] < n)
        self._people: dict[str, bool] = {}
        self._scopes: dict[str, QuestionScope] = {}

    def is_common(self, tokens: frozenset[str]) -> bool:
        return all(self.doc_freq.get(t, 0) > COMMON_NAME_SHARE * self.n_docs for t in tokens)

    def question_scope(self, question: str) -> QuestionScope:
        """The names a question uses, grouped into multi-word names; remembered (a chat turn
        reads its question's scope at each step), and not to be changed by the caller."""
        found = self._scopes.get(question)
        if found is None:
            if len(self._scopes) >= QUESTIONS_MEMO:
                self._scopes.clear()
            found = self._scopes[question] = self._question_scope(question)
        return found

    def _question_scope(self, question: str) -> QuestionScope:
        question = _NUMBER_SIGN.sub(" ", question)  # "amendment No. 1": "No" is no place
        words = list(_WORD.finditer(question))
        groups: list[list[str]] = []
        current: list[str] = []
        pending: list[str] = []  # joiners seen after a name word, kept if another name follows
        previous_end = 0
        for i, match in enumerate(words):
            raw = match.group()
            if current and question[previous_end : match.start()].strip(" \t'’-"):
                groups.append(current)  # punctuation ends a name: "Antony ? Quel..."
                current, pending = [], []
            previous_end = match.end()
            word = re.sub(r"['’]s$", "", _ELISION.sub("", raw))  # "d'Antony", "Antony's"
            if not word:
                continue
            # A sentence's first word is capitalised whatever it is, in a question of several
            # sentences too ("... in January 2026. According to L'Éveil lorrain, when ...").
            opens = i == 0 or _opens_sentence(question[: match.start()], words[i - 1].group())
            is_name = self._is_name(word, first=opens)
            # A designation with digits is no acronym: "la G7" is a tower, named like a place.
            acronym = word.isupper() and len(word) >= 2 and word.isalpha()
            if is_name and (acronym or (current and current[-1].isupper())):
                # An acronym stands alone: "PRU du Noyer Doré" is the PRU and the Noyer Doré.
                if current:
                    groups.append(current)
                current, pending = [word], []
            elif is_name:
                current += pending + [word]
                pending = []
            elif current and not pending and len(word) == 1 and word.isupper():
                current.append(word)  # a designating letter: "Block C", "Bâtiment A"
            elif current and word.lower() in _NAME_JOINERS and not _ELISION.match(raw):
                pending.append(word)
            else:
                if current:
                    groups.append(current)
                current, pending = [], []
        if current:
            groups.append(current)
        names: list[Name] = []
        # A place adjective, written in lower case ("l'agglomération castelrivaine").
        for match in words:
            word = _ELISION.sub("", match.group())
            if word[:1].islower() and word.lower() not in self.name_words:
                place = self.demonym_of(word)
                if place is not None and place in self.name_words:
                    names.append(Name(word, frozenset(analyze(place)), True))
        for group in groups:
            tokens = frozenset(
                analyze(" ".join(w for w in group if w.lower() not in _NAME_JOINERS))
            )
            if not tokens:
                continue
            known = all(t in self.vocab for t in tokens)
            acronym = len(group) == 1 and _ACRONYM.fullmatch(group[0]) is not None
            if not known and not acronym and len(group) == 1:
                derived = self.derived_from(group[0])
                if derived is not None:
                    if derived not in self.name_words:
                        continue  # "Mediterranean": a word of the corpus, not a name
                    tokens, known = frozenset(analyze(derived)), True  # a demonym: its place
            elif known and len(group) == 1 and group[0].lower() not in self.name_words:
                place = self.demonym_of(group[0])  # a place adjective the corpus writes too
                if place is not None and place in self.name_words:
                    tokens = frozenset(analyze(place))
            if known and self.is_common(tokens):
                continue
            if acronym and group[0] in KINDS_OF_BODY:
                continue  # "l'organisme HLM", "la SEM": which body, by its kind, not its name
            ordered = analyze(" ".join(w for w in group if w.lower() not in _NAME_JOINERS))
            names.append(Name(" ".join(group), tokens, known, acronym,
                              self._written_together(ordered)))  # fmt: skip
        scope = QuestionScope(names)
        scope.compared = (_are_alternatives(question, scope.scoping, _CONJUNCTION)
                          or self._paired(question, scope.scoping))  # fmt: skip
        scope.compared = scope.compared or (_one_per_ask(question, scope.scoping)
                                            and self._apart(scope.scoping))  # fmt: skip
        scope.alternatives = (scope.compared or _are_alternatives(question, scope.scoping)
                              or self._spread(scope))  # fmt: skip
        return scope

    def _pair(self, last: str, word: str, tokens: list[str], between: str) -> str:
        """Note a name's word written after another ("Ondalys Habitat", "Caisse des Dépôts",
        "Hargival-sur-Semoy") in `name_pairs`; return the last token of the run of names
        `word` (analysed: `tokens`) ends, "" when it is not a name's."""
        if not word[0].isupper():
            # A joiner in lower case ("des", "de la") carries a run on; another word ends it.
            return last if not tokens and not between.strip() else ""
        if not tokens:
            return ""  # a capitalised article opens a name of its own ("... Urbaines. Les Tamaris")
        if last and not between.strip():
            self.name_pairs.add((last, tokens[0]))
        self.name_pairs.update(zip(tokens, tokens[1:], strict=False))
        return tokens[-1]

    def _written_together(self, ordered: list[str]) -> tuple[frozenset[str], ...]:
        """The runs of a question's name's tokens (in order) that the corpus writes side by
        side as a name, of two tokens at least."""
        runs: list[list[str]] = []
        for token in ordered:
            if runs and (runs[-1][-1], token) in self.name_pairs:
                runs[-1].append(token)
            else:
                runs.append([token])
        # (a local authority is also written by its kind alone: "La Ville sollicitait 1,9
        # million" in a document about Marlencourt-sur-Serre is its Ville's)
        runs = [r[1:] if r[0] in AUTHORITY_KINDS else r for r in runs]
        return tuple(frozenset(r) for r in runs if len(set(r)) > 1)

    def derived_from(self, word: str) -> str | None:
        """The corpus word that `word` derives from (the longest shared beginning, over
        DERIVED_PREFIX_SHARE of both words, or the word without its demonym ending over that
        share of the corpus word), or None: "Valenciennois" -> "valenciennes", "Castelrivaine"
        -> "castelrives"."""
        return self._prefix_of(word) or self.demonym_of(word)

    def demonym_of(self, word: str) -> str | None:
        """The corpus word a demonym or place adjective derives from: "castelrivaine" ->
        "castelrives" (the word without its ending begins it, over DERIVED_PREFIX_SHARE of it)."""
        key = fold_accents(word.lower())
        stem = _DEMONYM_ENDING.sub("", key)
        if stem == key or len(stem) < DERIVED_MIN_PREFIX:
            return None
        i = bisect.bisect_left(self._folded_sorted, stem)
        matches = []
        while i < len(self._folded_sorted) and self._folded_sorted[i].startswith(stem):
            if len(stem) >= DERIVED_PREFIX_SHARE * len(self._folded_sorted[i]):
                matches.append(self._folded_sorted[i])
            i += 1
        words = {w for m in matches for w in self._folded[m]}
        # A name before a common word, then the shortest: the place, not its other derivatives.
        return min(words, key=lambda w: (w not in self.name_words, len(w), w), default=None)

    def _prefix_of(self, word: str) -> str | None:
        key = fold_accents(word.lower())
        length = max(DERIVED_MIN_PREFIX, math.ceil(DERIVED_PREFIX_SHARE * len(key)))
        if len(key) < length:
            return None
        for size in range(len(key), length - 1, -1):
            prefix = key[:size]
            i = bisect.bisect_left(self._folded_sorted, prefix)
            matches = []
            while i < len(self._folded_sorted) and self._folded_sorted[i].startswith(prefix):
                # The shared beginning covers most of the corpus word too ("Grignon" does not
                # derive from "grignotage").
                if size >= DERIVED_PREFIX_SHARE * len(self._folded_sorted[i]):
                    matches.append(self._folded_sorted[i])
                i += 1
            if matches:
                # The closest in length among the words sharing the longest beginning.
                folded = min(matches, key=lambda m: (abs(len(m) - len(key)), m))
                return min(self._folded[folded])
        return None

    def _spread(self, scope: QuestionScope) -> bool:
        """Several names that no single document mentions together ("the Glycines in
        Montval-sur-Orge or the Glaïeuls in Lussanges-sur-Marne"): the question compares, each
        unit answers part. A document that names them all, even one of them only in its body
        (the consultancy in a sheet's team field, the place in its title), says they go
        together: the question is about that pairing, and a unit must be about every name."""
        return len(scope.scoping) >= 2 and not self._mentioned_together(scope.scoping)

    def _paired(self, question: str, names: list[Name]) -> bool:
        """Things compared with their places ("la tour Flaubert à Criqueval et la tour Berlioz
        à Morsange"): the names fall, in the question's order, into runs that one document
        mentions together, no document mentions all, and a conjunction separates the runs."""
        if not 3 <= len(names) <= PAIRED_NAMES:
            return False  # two names: compared in so many words or not at all
        runs: list[list[Name]] = [[names[0]]]
        for name in names[1:]:
            if self._mentioned_together([*runs[-1], name]):
                runs[-1].append(name)
            else:
                runs.append([name])
        if len(runs) < 2 or self._mentioned_together(names):
            return False
        for before, after in zip(runs, runs[1:], strict=False):
            i = question.find(before[-1].text)
            j = question.find(after[0].text, i + 1)
            if i < 0 or j < 0 or not _CONJUNCTION_WORD.search(question[i + len(before[-1].text) : j]):
                return False
        return True

    def _apart(self, names: list[Name]) -> bool:
        """Are the names mostly mentioned apart, each pair in fewer than half the documents of
        the one mentioned less? Two towns' neighbourhoods are (a consultant's references name
        both); a tower and its neighbourhood, or a neighbourhood and its town, are not."""
        found = [{d for d, tokens in self.doc_mentions.items() if n.tokens <= tokens}
                 for n in names]  # fmt: skip
        return all(2 * len(a & b) < min(len(a), len(b))
                   for i, a in enumerate(found) for b in found[i + 1 :])  # fmt: skip

    def _mentioned_together(self, names: list[Name]) -> bool:
        wanted = frozenset().union(*(n.tokens for n in names))
        return any(wanted <= tokens for tokens in self.doc_mentions.values())

    def _is_name(self, word: str, first: bool) -> bool:
        if not word[0].isupper() or len(word) < 2:
            return False
        if word.isupper() and len(word) >= 2:
            return True  # an acronym (ANRU, PSL, GUP)
        if not first:
            return True
        return word.lower() in self.name_words

    def check(self, scope: QuestionScope, doc_id: str, section: str,
              unit_text: str) -> tuple[bool, float]:  # fmt: skip
        """(may this unit answer, share of the question's known names it is not about)."""
        known = scope.known
        if not known:
            return True, 0.0
        around = self._around(doc_id, f"{section} {unit_text}")
        scoping = [around.names(n) and not self._section_of_another(n, doc_id, section,
                                                                   unit_text)
                   for n in scope.scoping]  # fmt: skip
        eligible = not scoping or (any(scoping) if scope.alternatives else all(scoping))
        if scope.compared and scoping:
            # "Bagneux et Antony": a unit about one of them misses none; the names compared
            # count as one, besides the known names that do not scope (acronyms).
            others = [n for n in known if n not in scope.scoping]
            missing = (not any(scoping)) + sum(not around.names(n) for n in others)
            return eligible, missing / (1 + len(others))
        return eligible, sum(not around.names(n) for n in known) / len(known)

    def _section_of_another(self, name: Name, doc_id: str, section: str, unit_text: str) -> bool:
        """Is the unit in a section about another of the things its document's title names
        side by side? A report titled "Interventions à Mérignolles (Grande-Varenne) et à
        Montlivray (Pré-Chéneau)" speaks of Montlivray alone under "3.3 Montlivray – l'ancien
        supermarché": the title's Mérignolles does not scope what that section says. (Not a
        town and its neighbourhood named in one breath: "la convention du Pignada à
        Bérensac".)"""
        parts = self.title_parts.get(doc_id, ())
        if not section or len(parts) < 2 or not any(name.tokens <= p for p in parts):
            return False
        if name.tokens <= self.tokens(f"{section} {unit_text}"):
            return False
        others = frozenset().union(*(p for p in parts if not name.tokens & p))
        return bool((self.proper_names_in(section) & others) - name.tokens)

    def mentions(self, name: Name, doc_id: str, text: str) -> bool:
        """Is a unit (its text, read with its heading) of a document about one name?"""
        return self._around(doc_id, text).names(name)

    def about(self, scope: QuestionScope, doc_id: str, text: str) -> bool:
        """Is a passage (its text) about the places and bodies the question names, as `check`
        reads a unit? False when the question names none."""
        around = self._around(doc_id, text)
        found = [around.names(n) for n in scope.scoping]
        return bool(found) and (any(found) if scope.alternatives else all(found))

    def tokens(self, text: str) -> frozenset[str]:
        """The analysed tokens of a text of this version (a unit, a section), remembered: the
        same units are read for question after question, and analysis was a third of the
        answering time."""
        found = self._tokens.get(text)
        if found is None:
            if len(self._tokens) >= TOKENS_MEMO:
                self._tokens.clear()  # bounded: a long-running server reads every unit in time
            found = self._tokens[text] = frozenset(analyze(text))
        return found

    def names_in(self, text: str) -> frozenset[str]:
        """The analysed tokens of the words a text writes as names (capitalised), remembered
        like `tokens`: "Tours" the town is a name, "tour" (a tower, a turn) is not, though
        both analyse to the same token."""
        found = self._names.get(text)
        if found is None:
            if len(self._names) >= TOKENS_MEMO:
                self._names.clear()
            found = self._names[text] = _name_tokens(text)
        return found

    def proper_names_in(self, text: str) -> frozenset[str]:
        """The analysed tokens of the capitalised words of a text that are no common word of the
        corpus: a heading's first word ("Fiche mission", "Étude") is capitalised whatever it
        is; "Montlivray" is a name. (`names_in` keeps both.)"""
        words = (_ELISION.sub("", m.group()) for m in _WORD.finditer(text))
        return frozenset(analyze(" ".join(
            w for w in words if w[:1].isupper()
            and not any(part.lower() in self.lower_words for part in w.split("-")))))  # fmt: skip

    def names_a_person(self, text: str) -> bool:
        """Does a text name someone (a first name and a surname: "Mathieu Orsoni", "Jean-Luc
        Humbert", "Mme Varenne"), not only bodies and places ("Pontaury Agglomération",
        "Action Logement": words the corpus also writes in lower case)? Remembered like
        `tokens`."""
        found = self._people.get(text)
        if found is None:
            if len(self._people) >= TOKENS_MEMO:
                self._people.clear()
            words = list(_CAPITALISED_WORDS.finditer(text))
            found = self._people[text] = bool(_TITLED.search(text)) or any(
                text[a.end() : b.start()] == " " and self._proper(a.group())
                and self._proper(b.group()) and not self._heads_a_body(text, b, c)
                for a, b, c in zip(words, words[1:], [*words[2:], None], strict=False)
            )  # fmt: skip
        return found

    def _heads_a_body(self, text: str, last: re.Match[str], after: re.Match[str] | None) -> bool:
        """Are two proper words the start of a body's name, a common word capitalised right
        after them on the same line ("Bérensac Landes Agglomération", a town and its
        department), or a body's noun on the next ("Bérensac Landes" / "Agglomération", as a
        PDF wraps it; "Hélène Dromas" / "Maire de Bellinval" under a signature stays a person)?"""
        if after is None or after.group().lower() not in self.lower_words:
            return False
        gap = text[last.end() : after.start()]
        return gap == " " or (not gap.strip() and _BODY_TAIL.fullmatch(after.group()) is not None)

    def _proper(self, word: str) -> bool:
        """A capitalised word that is no common word of the corpus, nor an acronym."""
        return not word.isupper() and not any(part.lower() in self.lower_words
                                              for part in word.split("-"))  # fmt: skip

    def _spelled_out(self, tokens: frozenset[str]) -> frozenset[str]:
        """Acronyms read both ways: the tokens of the acronyms whose phrase `tokens` spells out
        ("gestion urbaine de proximité": GUP), and of the phrases of those it uses."""
        out: set[str] = set()
        for acronym, phrases in self.acronyms.items():
            if acronym in tokens:
                out.update(*phrases)
            elif any(p <= tokens for p in phrases):
                out.add(acronym)
        return frozenset(out - tokens)

    def words(self, text: str) -> tuple[str, ...]:
        """The analysed tokens of a text in order, remembered like `tokens`."""
        found = self._words.get(text)
        if found is None:
            if len(self._words) >= TOKENS_MEMO:
                self._words.clear()
            found = self._words[text] = tuple(analyze(text))
        return found

    def _around(self, doc_id: str, text: str) -> _Around:
        own = self.tokens(text)
        spelled = self._spelled.get(text) if self.acronyms else frozenset()
        if spelled is None:  # remembered like the text's tokens: units are read again and again
            if len(self._spelled) >= TOKENS_MEMO:
                self._spelled.clear()
            spelled = self._spelled[text] = self._spelled_out(own)
        return _Around(
            own | spelled | self.doc_scope.get(doc_id, frozenset()),
            self.names_in(text) | spelled | self.doc_names.get(doc_id, frozenset()),
            (lambda: self.words(text), lambda: self.doc_scope_words.get(doc_id, ())),
            spelled,
        )


def _one_per_ask(question: str, names: list[Name]) -> bool:
    """Are places compared by asks of their own, each naming its own ("Combien de logements
    doivent être reconstitués aux Genêtières, et combien à la Croix-Verdier ?")? Every name is
    in one ask only, and two asks at least name one."""
    if len(names) < 2:
        return False
    cuts = [0, *(m.start() for m in SECOND_ASK.finditer(question)), len(question)]
    if len(cuts) < 3:
        return False
    asks = [question[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    where = [[i for i, ask in enumerate(asks) if n.text in ask] for n in names]
    return all(len(w) == 1 for w in where) and len({w[0] for w in where}) >= 2


# What joins the things a title names side by side: "à Mérignolles et à Montlivray" (not a
# comma: "Aux Argilières, le relogement des habitants de la barre du Noroît ...").
_COORDINATED = re.compile(r"\s+(?:et|and|&)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Around:
    """What a unit or passage is about: every analysed token of it and its document's scope,
    and those written as names."""

    tokens: frozenset[str]
    capitalised: frozenset[str]
    # Its words in order, and its document's scope's (read when a name has several words).
    ordered: tuple[Callable[[], tuple[str, ...]], ...] = ()
    spelled: frozenset[str] = frozenset()  # what its acronyms spell out, and the reverse

    def names(self, name: Name) -> bool:
        """Does it name `name`: every word of the name, one at least written as a name ("la
        Caisse des dépôts" names the Caisse des Dépôts; "son tour" does not name Tours), the
        words of a name of several together ("Semoy Habitat" is not named by "Altanor Habitat
        [...] à Hargival-sur-Semoy")?"""
        if not (name.tokens <= self.tokens and name.tokens & self.capitalised):
            return False
        return all(run <= self.spelled or any(_together(words(), run) for words in self.ordered)
                   for run in name.together)  # fmt: skip


# The kinds of local authority a document calls by their kind alone ("la Ville", "la Région").
AUTHORITY_KINDS = frozenset(analyze("ville commune mairie région département métropole état"))
# A name's words are together when they all stand within a run of as many words and this many
# more ("l'agglomération Mauzelay Thouet" for "Mauzelay Thouet Agglomération").
NAME_SLACK = 2
# What keeps a document's scope's parts (its title, each metadata value, its lede) apart.
_APART = "\x00"


def _together(words: tuple[str, ...], tokens: frozenset[str]) -> bool:
    span = len(tokens) + NAME_SLACK
    return any(words[i] in tokens and tokens <= set(words[i : i + span])
               for i in range(len(words)))  # fmt: skip


def _name_tokens(text: str) -> frozenset[str]:
    """The analysed tokens of a text's capitalised words (elisions aside: "d'Antony")."""
    words = (_ELISION.sub("", m.group()) for m in _WORD.finditer(text))
    return frozenset(analyze(" ".join(w for w in words if w[:1].isupper())))


def _opens_sentence(before: str, previous_word: str) -> bool:
    """Does a question's word open a sentence of it: after a full stop, a question or an
    exclamation mark, not after an abbreviation's point ("M. Dupont", "St. Denis")?"""
    end = before.rstrip(' \t"«(“')
    return end[-1:] in ("?", "!") or (end[-1:] == "." and len(previous_word) > 2)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(' \t"«(“')
    return not before or before[-1] in ".!?:\n•-*|#"


_COORDINATION = re.compile(r"^\s*(?:,|et|and|ou|or|vs\.?|versus)\s*$",
                           re.IGNORECASE)  # fmt: skip
# What may stand between two compared names besides the conjunction: articles, prepositions,
# demonstratives and the English possessive ("de Bagneux et d'Antony", "celui des Glycines ...
# ou celui des Glaïeuls", "Ernéville's or Montbarlan's").
_LINKING_WORDS = re.compile(
    r"(?:\b(?:de|du|des|la|le|les|à|au|aux|en|in|at|for|pour|the|celui|celle|ceux|celles|"
    r"that|those)\b|\b[dl]['’]|^['’]s\b)\s*",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(r"^\s*,?\s*(?:et|and|ou|or|vs\.?|versus)\s*$", re.IGNORECASE)
_CONJUNCTION_WORD = re.compile(r"\b(?:et|and|ou|or|vs|versus)\b", re.IGNORECASE)


def _are_alternatives(question: str, known: list[Name],
                      coordination: re.Pattern[str] = _COORDINATION) -> bool:  # fmt: skip
    """Two names joined by a coordination ("Bagneux et Antony", "in Antony and in Bagneux")."""
    if len(known) < 2:
        return False
    folded = question
    for a, b in zip(known, known[1:], strict=False):
        i, j = folded.find(a.text), folded.find(b.text)
        if i < 0 or j < 0:
            continue
        between = folded[i + len(a.text) : j]
        between = _LINKING_WORDS.sub("", between)
        if coordination.match(between):
            return True
    return False


# Acronyms are spelled out by their words' initials, articles and prepositions aside
# ("Gestion Urbaine de Proximité", "Conférence intercommunale du logement").
_ACRONYM_SKIP = frozenset("de des du d l la le les et à a au aux en pour of the and".split())
ACRONYM_MIN_LETTERS = 3
ACRONYM_MAX_LETTERS = 6
# Share of a word's occurrences written in capitals for it to be an acronym ("GUP", not "LES"
# from a title in capitals).
ACRONYM_CAPITALS_SHARE = 0.8


def corpus_acronyms(texts: list[str],
                    written: set[str] | None = None) -> dict[str, frozenset[frozenset[str]]]:  # fmt: skip
    """Acronym token -> the analysed phrases that spell it out, read from the corpus: a run of
    words whose initials are the acronym's letters, in a document that uses the acronym.
    `written`, when given, receives every acronym the corpus writes, in lower case, spelt out in
    it or not ("mous": a question may spell it out itself)."""
    capitals: Counter[str] = Counter()
    total: Counter[str] = Counter()
    words_of: list[list[str]] = []
    for text in texts:
        words = [_ELISION.sub("", m.group()) for m in _WORD.finditer(text)]
        words_of.append(words)
        for w in words:
            total[w.lower()] += 1
            capitals[w.lower()] += w.isupper()
    acronyms = {
        w for w, n in total.items()
        if ACRONYM_MIN_LETTERS <= len(w) <= ACRONYM_MAX_LETTERS and w.isalpha()
        and capitals[w] >= ACRONYM_CAPITALS_SHARE * n
    }  # fmt: skip
    if written is not None:
        written.update(acronyms)
    found: dict[str, set[frozenset[str]]] = {}
    for words in words_of:
        used = {w.lower() for w in words if w.lower() in acronyms and w.isupper()}
        if not used:
            continue
        content = [(i, w) for i, w in enumerate(words) if w.lower() not in _ACRONYM_SKIP]
        initials = "".join(fold_accents(w[0]).lower() for _, w in content)
        for acronym in used:
            start = initials.find(acronym)
            while start >= 0:
                run = content[start : start + len(acronym)]
                # The words follow one another, joined by articles and prepositions only, and
                # are not the acronym itself written out in capitals ("GUP" in a title).
                first, last = run[0][0], run[-1][0]
                if last - first < 2 * len(acronym) and not any(w.isupper() for _, w in run):
                    analysed = [analyze(w) for _, w in run]
                    # One token a word ("pluri-partenariaux" is two words' worth).
                    if all(len(t) == 1 for t in analysed):
                        found.setdefault(acronym, set()).add(frozenset(t[0] for t in analysed))
                start = initials.find(acronym, start + 1)
    return {
        token: frozenset(phrases)
        for acronym, phrases in found.items()
        for token in analyze(acronym)
    }


def spelled_acronyms(question: str, acronyms: frozenset[str]) -> dict[str, str]:
    """The question's words that spell out one of the corpus's acronyms by their initials, each
    with the acronym's token: "au titre de la maîtrise d'œuvre urbaine et sociale" writes out
    the "MOUS" the corpus uses. The words must follow one another, with articles and
    prepositions only between them. French questions only: the corpus's acronyms are French."""
    words = [_ELISION.sub("", w) for w in re.findall(r"[\w'’-]+", question)]
    content = [(i, w) for i, w in enumerate(words) if w.lower() not in _ACRONYM_SKIP]
    # Other stop words ("sur", "ont", "dans"), short words, numbers and the question's first
    # word ("Comment") spell nothing and end a run.
    initials = "".join(
        fold_accents(w)[0].lower() if i and len(w) > 2 and w[:1].isalpha() and analyze(w) else "#"
        for i, w in content  # "œuvre": o
    )
    out: dict[str, str] = {}
    for acronym in acronyms:
        start = initials.find(acronym)
        while start >= 0:
            run = content[start : start + len(acronym)]
            # A name after a common word ends the phrase ("quartiers prioritaires de
            # Vallauriac" spells no "QPV").
            capitals = [w[:1].isupper() for _, w in run]
            if (run[-1][0] - run[0][0] < 2 * len(acronym) and not any(w.isupper() for _, w in run)
                    and capitals == sorted(capitals, reverse=True)):
                for token in analyze(acronym)[:1]:
                    out.update({w: token for _, w in run})
            start = initials.find(acronym, start + 1)
    return out


# The kind of document a question says its answer comes from: "selon la presse locale", "the
# Gazette article", "la fiche action 2.4.1", "the mission sheet". Outlets by name are scoped as
# names; these are the common nouns of the document kinds (ingest.records.DOC_TYPES).
_SOURCE_KINDS = (
    ("article", re.compile(
        # (not "l'article 5 de la convention", a clause)
        r"\b(?:presse|journal|journaux|newspapers?|press|magazines?|"
        r"articles?(?!\s+(?:[LRD]\.?\s*)?\d)|reportages?|"
        r"gazette|quotidiens?\s+(?:local|locaux|régional|régionaux|national)|daily\s+paper)\b",
        re.IGNORECASE)),
    ("action_sheet", re.compile(r"\b(?:fiches?[- ]actions?|fiches?\s+d['’]action|action\s+sheets?)\b",
                                re.IGNORECASE)),
    ("mission_sheet", re.compile(
        r"\b(?:fiches?\s+(?:de\s+)?missions?|mission\s+sheets?|fiches?\s+de\s+r[ée]f[ée]rence|"
        r"reference\s+sheets?)\b", re.IGNORECASE)),
)  # fmt: skip


def source_kind(question: str) -> str | None:
    """The one kind of document the question names as its source, or None (none, or several:
    "the article and the action sheet")."""
    kinds = {kind for kind, pattern in _SOURCE_KINDS if pattern.search(question)}
    return kinds.pop() if len(kinds) == 1 else None
