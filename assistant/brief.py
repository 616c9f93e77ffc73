"""A consultant's brief read into a typed `Request`: who asks, where, what, how many, how long,
for how much.

`parse_request(text)` is pure and deterministic (no model): the client ("la Ville de Montval
sollicite…", "maître d'ouvrage : …", never the ANRU of "convention ANRU"), the town and the
neighbourhood (recognised from the brief's own syntax: "à X", "ville de X", "commune de X",
"in X", a capitalised name after a place preposition; no list of towns), the population, the
programme figures, the mission types asked for, the requested steps with their quantities ("une
quarantaine d'entretiens" -> 40 interviews, approximate; "deux ateliers" -> 2 workshops), the
duration in months, and amounts split into the mission's fee (honoraires, budget of the
mission, small sums) and the urban project's envelope (large sums, "projet", "PRU"). Figures that
contradict an earlier one are kept out and listed in `ignored`, so the draft can say so.
Briefs in French or English are read; an empty, oversized or other-language brief raises
`BriefError`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from ingest.errors import RenewalError

MAX_BRIEF_CHARS = 4000
# A sum below this is a consultant's fee, above it a project's envelope, when the words around
# it do not say which (consultancy missions cost tens or hundreds of thousands of euros, urban
# projects tens of millions).
FEE_CEILING_EUR = 2_000_000


class BriefError(RenewalError):
    """The brief is empty, too long, or not in French or English."""


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MissionType:
    """A kind of mission: the key used everywhere, its French label, the words that ask for it."""

    key: str
    label: str
    cues: tuple[str, ...]


# Ordered: the first type found in a brief is its main one. Cues are accent-folded, lower case.
MISSION_TYPES: tuple[MissionType, ...] = (
    MissionType("cloture", "point d'étape de clôture",
                ("point d'etape", "cloture", "closure", "checkpoint", "sortie de convention",
                 "avenant de cloture", "bilan du pru", "bilan du projet")),
    MissionType("psl", "plan stratégique local",
                ("plan strategique local", "psl", "local strategic plan")),
    MissionType("evaluation", "évaluation",
                ("evaluation", "evaluer", "evaluate", "mi-parcours", "mid-term")),
    MissionType("relogement", "étude de relogement",
                ("relogement", "reloger", "rehousing", "relocation", "mous")),
    MissionType("peuplement", "stratégie de peuplement",
                ("peuplement", "politique d'attribution", "attributions", "conference intercommunale",
                 "allocation policy")),
    MissionType("gup", "gestion urbaine de proximité",
                ("gestion urbaine de proximite", "gup", "neighbourhood management")),
    MissionType("amo", "assistance à maîtrise d'ouvrage",
                ("assistance a maitrise d'ouvrage", "amo", "protocole de prefiguration",
                 "convention npnru", "pilotage du projet", "project management support")),
    MissionType("concertation", "concertation",
                ("concertation", "participation des habitants", "conseil citoyen",
                 "public consultation", "community engagement")),
    MissionType("memoire", "mémoire de quartier",
                ("memoire de quartier", "memoire", "recits d'habitants", "oral history")),
    MissionType("patrimoine", "étude patrimoniale",
                ("patrimoine", "patrimonial", "patrimoniale", "eglise", "eglises", "chapelle",
                 "monument", "heritage", "romane", "romanes", "romanesque", "inventaire")),
    MissionType("etude_urbaine", "étude urbaine",
                ("etude urbaine", "etudes urbaines", "plan guide", "plan-guide", "schema directeur",
                 "diagnostic urbain", "urban study", "masterplan")),
    MissionType("capitalisation", "capitalisation",
                ("capitalisation", "capitaliser", "retour d'experience", "lessons learned")),
)  # fmt: skip
TYPES_BY_KEY = {t.key: t for t in MISSION_TYPES}
GENERIC_TYPE = MissionType("generique", "mission d'études", ())


@dataclass(frozen=True)
class StepKind:
    key: str
    singular: str
    plural: str
    pattern: str  # a regex over the accent-folded text, on the counted noun


STEP_KINDS: tuple[StepKind, ...] = (
    StepKind("entretien", "entretien", "entretiens", r"entretiens?|interviews?"),
    StepKind("atelier", "atelier", "ateliers", r"ateliers?|workshops?"),
    StepKind("reunion", "réunion", "réunions", r"reunions?|meetings?"),
    StepKind("copil", "comité de pilotage", "comités de pilotage",
             r"comites? de pilotage|copil|steering committees?"),
    StepKind("seminaire", "séminaire", "séminaires", r"seminaires?|seminars?"),
    StepKind("visite", "visite de site", "visites de site", r"visites?(?: de (?:site|terrain))?|site visits?"),
    StepKind("balade", "balade urbaine", "balades urbaines",
             r"balades?(?: urbaines?)?|diagnostics? en marchant|marches? exploratoires?|walks?"),
    StepKind("restitution", "restitution", "restitutions", r"restitutions?"),
    StepKind("questionnaire", "questionnaire", "questionnaires",
             r"questionnaires?|enquetes?|surveys?"),
    StepKind("focus_group", "focus group", "focus groups", r"focus groups?|groupes? de discussion"),
    StepKind("permanence", "permanence", "permanences", r"permanences?"),
    StepKind("fiche", "fiche", "fiches", r"fiches?(?: monographiques?)?"),
    StepKind("edifice", "édifice", "édifices",
             r"eglises?|chapelles?|edifices?|monuments?|churches?|chapels?|batiments?|buildings?"),
)  # fmt: skip
STEP_BY_KEY = {s.key: s for s in STEP_KINDS}


@dataclass(frozen=True)
class RequestedStep:
    """A counted step the brief asks for: "une quarantaine d'entretiens" -> entretien, 40, approx."""

    kind: str  # a StepKind key
    count: int
    approx: bool
    text: str  # as written in the brief
    noun: str = ""  # the counted noun as written: "églises"

    @property
    def label(self) -> str:
        if self.kind == "edifice" and self.noun:
            return self.noun.lower()
        kind = STEP_BY_KEY[self.kind]
        return kind.singular if self.count == 1 else kind.plural

    def display(self) -> str:
        """'40 entretiens', 'environ 40 entretiens', '2 ateliers'."""
        return f"{'environ ' if self.approx else ''}{self.count} {self.label}"


@dataclass
class Request:
    """What a brief states; every field None or empty when the brief does not say it."""

    text: str
    language: str = "fr"
    client: str | None = None
    town: str | None = None
    site: str | None = None  # the neighbourhood or site inside the town: "quartier des Glycines"
    population: int | None = None
    programme: str | None = None  # "NPNRU", "PNRU", "contrat de ville"...
    programme_figures: dict[str, int] = field(default_factory=dict)  # "démolitions": 400
    mission_types: list[str] = field(default_factory=list)  # MissionType keys, main first
    steps: list[RequestedStep] = field(default_factory=list)
    duration_months: int | None = None
    duration_text: str | None = None
    fee_eur: float | None = None
    fee_text: str | None = None
    project_amount_eur: float | None = None
    project_amount_text: str | None = None
    ignored: list[str] = field(default_factory=list)  # what was read but not used, and why

    @property
    def mission_type(self) -> MissionType:
        return TYPES_BY_KEY[self.mission_types[0]] if self.mission_types else GENERIC_TYPE

    @property
    def place(self) -> str | None:
        return self.town or self.site

    def step(self, kind: str) -> RequestedStep | None:
        return next((s for s in self.steps if s.kind == kind), None)

    def facts(self) -> dict[str, str]:
        """The brief-stated facts a proposal must repeat, as they are shown: {name: text}."""
        out: dict[str, str] = {}
        for name in ("client", "town", "site"):
            value = getattr(self, name)
            if value:
                out[name] = value
        if self.population:
            out["population"] = thousands(self.population)
        for step in self.steps:
            out[f"step:{step.kind}"] = f"{step.count} {step.label}"
        if self.duration_months:
            out["duration"] = f"{self.duration_months} mois"
        if self.fee_text:
            out["fee"] = self.fee_text
        if self.project_amount_text:
            out["project_amount"] = self.project_amount_text
        return out

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["steps"] = [{**asdict(s), "label": s.label, "display": s.display()} for s in self.steps]
        out["mission_type_label"] = self.mission_type.label
        return out


def thousands(value: float) -> str:
    """45000 -> '45 000' (narrow no-break space, as French typography wants)."""
    return f"{int(round(value)):,}".replace(",", "\u202f")


# -- reading ------------------------------------------------------------------------------------


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, one character for one: offsets in the folded
    text are offsets in the brief."""
    return "".join(_fold_char(c) for c in text.replace("’", "'"))


_FR_WORDS = frozenset("le la les des du de un une et pour avec dans sur est une au aux ville "
                      "quartier mission commune habitants mois entretiens ateliers projet "
                      "souhaite étude etude".split())  # fmt: skip
_EN_WORDS = frozenset("the of and for with in on is a an to town city district months "
                      "interviews workshops project study wants residents".split())  # fmt: skip
_OTHER_WORDS = {
    "de": frozenset("der die das und mit für eine einer ist stadt monate nicht zur".split()),
    "es": frozenset("el los las del con para una ciudad meses estudio barrio que por".split()),
    "it": frozenset("il gli della dello con per una città mesi studio quartiere che".split()),
}


def brief_language(text: str) -> str:
    """'fr' or 'en' by their commonest words; BriefError for a brief in another language."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    other = {code: sum(w in vocab for w in words) for code, vocab in _OTHER_WORDS.items()}
    best_other = max(other, key=other.__getitem__)
    if other[best_other] >= 3 and other[best_other] > max(fr, en):
        names = {"de": "German", "es": "Spanish", "it": "Italian"}
        raise BriefError(
            f"the brief reads as {names[best_other]}; write it in French (or English): the "
            "proposals and the corpus are French"
        )
    return "en" if en > fr else "fr"


_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "hundred": 100,
}  # fmt: skip
_APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip
_NUM = r"\d+(?:[ \u00a0\u202f]\d{3})*"
_WORDNUM = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_COUNT = (
    rf"(?:(?P<approx>~|≈|env\.?|environ|pres de|about|around|some|approximately)\s*)?"
    rf"(?:(?P<num>{_NUM})(?:\s*(?:a|-|–|to)\s*(?P<num2>\d+))?|(?P<word>{_WORDNUM})"
    rf"|une\s+(?P<noun>{'|'.join(_APPROX_NOUNS)})\s+d(?:e\s+|')|(?:a|an)\s+(?P<dozen>dozen)\s+)"
)


def _count(match: re.Match[str]) -> tuple[int, bool] | None:
    if match.group("num"):
        low = int(re.sub(r"\D", "", match.group("num")))
        high = int(match.group("num2") or low)
        return (
            (round((low + high) / 2), True) if high != low else (low, bool(match.group("approx")))
        )
    if match.group("word"):
        return _NUMBER_WORDS[match.group("word")], bool(match.group("approx"))
    if match.group("noun"):
        return _APPROX_NOUNS[match.group("noun")], True
    if match.group("dozen"):
        return 12, True
    return None


_STEP_PATTERN = re.compile(
    rf"(?<![\w]){_COUNT}\s*(?:(?:[a-z]+\s+){{0,1}}?)(?P<kind>"
    + "|".join(f"(?P<k_{k.key}>{k.pattern})" for k in STEP_KINDS)
    + r")(?!\w)"
)
_DURATION = re.compile(
    rf"(?<![\w]){_COUNT}\s*(?P<unit>mois|months?|semaines?|weeks?|ans?|annees?|years?)(?!\w)"
)
_DURATION_CONTEXT = re.compile(
    r"(duree|sur|pendant|en|d'une|de|for|over|within|during|delai|calendrier|mission|etude)\W*$"
)
_POPULATION = re.compile(
    rf"(?P<n>{_NUM}(?:[.,]\d+)?)\s*(?P<k>k|000|mille)?\s*(?:habitants|hab\b\.?|inhabitants|residents|people)"
)
_AMOUNT = re.compile(
    r"(?P<n>\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?)\s*"
    r"(?P<unit>milliards?|mds?|millions?|m|k|keur|meur|000)?\s*(?:d['’]\s*)?"
    r"(?P<cur>€|euros?\b|eur\b)(?:\s*(?P<tax>ht|ttc|h\.t\.|t\.t\.c\.))?"
)
_FEE_CUES = re.compile(
    r"(honoraires?|budget (?:de la |du |de l')?(?:mission|etude|prestation|consultation|maximum|"
    r"previsionnel|alloue|disponible)|budget\W*$|montant de la (?:mission|prestation|etude)|"
    r"enveloppe de la (?:mission|prestation|etude)|cout de la (?:mission|prestation|etude)|"
    r"prix|forfait|fee|fees|budget of|mission budget|plafond|remuneration|marche de)\W*(?:\w+\W+){0,4}$"
)
_PROJECT_CUES = re.compile(
    r"(projet|programme|pru|npnru|pnru|convention|investissements?|operations?|envelope|project|"
    r"travaux|cout total|montant total)\W*(?:\w+\W+){0,4}$"
)
_PROGRAMME = re.compile(r"\b(npnru|pnru|anru|pru|contrat de ville|action coeur de ville|qpv)\b")
_PROGRAMME_FIGURES = re.compile(
    r"(?P<n>\d+(?:[ \u00a0\u202f]\d{3})*)\s+(?P<what>demolitions?|reconstructions?|constructions?|"
    r"rehabilitations?|residentialisations?|logements(?: sociaux)?|menages)"
)

# A place name: capitalised words joined by hyphens or by lower-case particles ("Montval-sur-Orge",
# "Saint-Denis", "La Courneuve", "Aix-en-Provence", "Le Blanc-Mesnil").
_NAME = (
    r"(?:(?:Le|La|Les|L['’])\s?)?[A-ZÀ-Ý][a-zà-ÿ'’]+"
    r"(?:(?:-(?:(?:sur|sous|en|l[eè]s|la|le|de|du|des|aux|et|d['’]|on|upon|in|the)-)*|\s(?:sur|sous)\s)[A-ZÀ-Ý][a-zà-ÿ'’]+)*"
)
_NOT_PLACES = frozenset(fold(w) for w in (
    "ANRU", "Etat", "État", "Région", "Département", "Métropole", "Ville", "Commune", "Agglomération",
    "Paris", "France", "Europe", "Partir", "Terme", "Travers", "Titre", "Hauteur", "Court", "Moyen",
    "Long", "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre",
    "Octobre", "Novembre", "Décembre", "Compter", "Savoir", "Proximité", "Prévoir", "Hab",
))  # fmt: skip
# Places introduced by their own syntax, strongest first.
_PLACE_PATTERNS = (
    re.compile(rf"\b(?:[Vv]ille|[Cc]ommune|[Mm]unicipalit[ée]|[Tt]own|[Cc]ity|[Mm]airie)\s+(?:de|d['’]|of)\s*(?P<name>{_NAME})"),
    re.compile(rf"(?:^|[\s(,;:])(?:à|a|au|in|at|sur la commune de)\s+(?P<name>{_NAME})"),
    re.compile(rf"\b(?:de|d['’]|of)\s*(?P<name>{_NAME})\s*\(\s*\d"),  # "de Montval (45 000 hab.)"
    re.compile(rf"\b(?:PRU|NPNRU|PNRU|projet|programme|contrat de ville|convention)[^.,;]{{0,30}}?\b(?:de|d['’])\s*(?P<name>{_NAME})"),
    re.compile(rf"\b(?:quartiers?|cité|district|neighbourhood)\s+[^.,;]{{0,40}}?\b(?:de|d['’]|à|in|of)\s*(?P<name>{_NAME})"),
)  # fmt: skip
_SITE = re.compile(
    r"\b(?P<site>(?:le |la |les )?(?:quartiers?|cité|résidence|secteur|ZUS|QPV|grand ensemble)\s+"
    r"(?:(?:des|du|de la|de l['’]|de|d['’])\s*)?[A-ZÀ-Ý][\w'’-]*(?:[\s-](?:et\s+(?:des|du|de la)?\s*)?[A-ZÀ-Ý][\w'’-]*)*)"
    r"|\b(?P<en_site>[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)*)\s+(?:neighbourhood|estate|district)\b"
)
_CLIENT_ENTITY = (
    r"(?:[Ll]a |[Ll]e |[Ll]['’]|[Tt]he )?(?:Ville|Commune|Mairie|Communauté d['’]agglomération|"
    r"Communauté de communes|Communauté urbaine|Agglomération|Métropole|Département|Région|"
    r"Établissement public territorial|Etablissement public territorial|EPT|OPH|Office public|"
    r"SEM|SPL|Conseil départemental|Conseil régional|City|Town|Municipality|Préfecture|DDT|"
    r"ANRU|Maison de l['’]emploi|bailleur|Bailleur)"
    r"(?:\s+(?:de|d['’]|du|des|of))?"
    r"(?:(?:\s|(?<=['’]))(?:(?:de|du|des|d['’]|la|le|les|et|sur|of|the)(?:\s|(?<=['’])))?"
    r"[A-ZÀ-Ý0-9][\w'’&-]*+){0,4}"
)
_CLIENT_PATTERNS = (
    re.compile(r"(?:maîtr(?:e|ise) d['’]ouvrage|maitre d['’]ouvrage|client|commanditaire|"
               r"donneur d['’]ordre|contracting authority)\s*(?:\([^)]*\))?\s*[:=-]?\s*"
               r"(?:est\s+|is\s+)?(?P<client>[^,.;\n()]{2,80})", re.IGNORECASE),
    re.compile(r"(?:pour le compte de|à la demande de|a la demande de|on behalf of|commissioned by)\s+"
               r"(?P<client>[^,.;\n()]{2,80})", re.IGNORECASE),
    re.compile(rf"(?P<client>{_CLIENT_ENTITY})\s+(?:souhaite|lance|sollicite|recherche|consulte|"
               r"engage|veut|demande|attend|wants|seeks|is looking|commissions|requests|needs)"),
    re.compile(rf"(?:^|[\s(])(?:[Pp]our|[Ff]or)\s+(?P<client>{_CLIENT_ENTITY})"),
    re.compile(rf"(?P<client>(?:Ville|Commune|Communauté d['’]agglomération|Agglomération|Métropole|"
               rf"City|Town)\s+(?:de|d['’]|du|of)\s*{_NAME})"),
)  # fmt: skip


def _spaces(text: str) -> str:
    return " ".join((text or "").split())


def parse_request(text: str) -> Request:
    """The typed reading of a brief; BriefError when it is empty, too long or not French/English."""
    text = _spaces(text)
    if not text:
        raise BriefError("the brief is empty: describe the mission to propose (town, client, "
                         "what is asked, duration, budget)")  # fmt: skip
    if len(text) > MAX_BRIEF_CHARS:
        raise BriefError(f"the brief is {len(text)} characters long; keep it under "
                         f"{MAX_BRIEF_CHARS} (the request, not the whole tender file)")  # fmt: skip
    if not re.search(r"[^\W\d_]{3,}", text):
        raise BriefError("the brief holds no words: describe the mission to propose")
    request = Request(text=text, language=brief_language(text))
    folded = fold(text)
    _read_types(request, folded)
    _read_places(request, text)
    _read_client(request, text)
    _read_population(request, folded)
    _read_steps(request, folded, text)
    _read_duration(request, folded, text)
    _read_amounts(request, folded, text)
    _read_programme(request, folded)
    return request


# Mission types close enough for one to be a precedent of the other.
TYPE_FAMILIES: dict[str, str] = {
    "cloture": "bilan", "psl": "bilan", "capitalisation": "bilan", "evaluation": "bilan",
    "gup": "gestion", "concertation": "participation", "memoire": "participation",
    "relogement": "habitat", "peuplement": "habitat",
}  # fmt: skip


def family(key: str) -> str:
    return TYPE_FAMILIES.get(key, key)


def mission_types_in(text: str) -> list[str]:
    """The mission types a text asks for or describes (a brief, a sheet's type and title)."""
    request = Request(text=text)
    _read_types(request, fold(text))
    return request.mission_types


def _read_types(request: Request, folded: str) -> None:
    found: list[tuple[int, str]] = []
    for kind in MISSION_TYPES:
        hits = [m.start() for cue in kind.cues
                for m in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", folded)]  # fmt: skip
        if hits:
            found.append((min(hits), kind.key))
    keys = [key for _, key in sorted(found)]
    # "convention NPNRU" names the programme, not an AMO mission, unless nothing else is asked.
    if (
        "amo" in keys
        and len(keys) > 1
        and not re.search(r"assistance a maitrise|\bamo\b|prefiguration|pilotage du projet", folded)
    ):
        keys.remove("amo")
    request.mission_types = keys


def _clean_name(name: str) -> str:
    return name.strip(" '’-")


def _read_places(request: Request, text: str) -> None:
    site = _SITE.search(text)
    if site:
        request.site = _spaces(site.group("site") or f"quartier {site.group('en_site')}")
        request.site = re.sub(r"^(?:le |la |les )", "", request.site)
    for pattern in _PLACE_PATTERNS:
        for match in pattern.finditer(text):
            name = _clean_name(match.group("name"))
            first = fold(re.sub(r"^(?:Le|La|Les|L['’])\s?", "", name)).split("-")[0]
            if fold(name) in _NOT_PLACES or first in _NOT_PLACES or name.isupper():
                continue
            if request.site and name in request.site and pattern is not _PLACE_PATTERNS[0]:
                continue  # "quartier des Glycines": Glycines is the site, not the town
            request.town = name
            return


def _read_client(request: Request, text: str) -> None:
    for pattern in _CLIENT_PATTERNS:
        for match in pattern.finditer(text):
            client = _spaces(match.group("client")).strip(" :-'’")
            client = re.sub(r"^(?:[Ll]a |[Ll]e |[Ll]['’]|[Tt]he )", "", client)
            client = re.split(r"\s+(?:souhaite|lance|sollicite|pour|qui|afin|dans|sur|wants|for)\b",
                              client)[0]  # fmt: skip
            if not 3 <= len(client) <= 120 or re.fullmatch(r"(?:de |d['’])?\d.*", client):
                continue
            if re.fullmatch(r"(?i)ville|commune|city|town", client):
                continue
            # "convention ANRU": the programme's agency, not who asks.
            before = fold(text[max(0, match.start("client") - 25) : match.start("client")])
            if fold(client) == "anru" and re.search(
                r"(convention|programme|dossier|label)\W*$", before
            ):
                continue
            request.client = client[:1].upper() + client[1:]
            if not request.town:
                named = re.search(rf"(?:de|d['’]|du|of)\s*(?P<name>{_NAME})$", client)
                if named:
                    request.town = _clean_name(named.group("name"))
            return


def _read_population(request: Request, folded: str) -> None:
    values: list[tuple[int, str]] = []
    for match in _POPULATION.finditer(folded):
        raw = match.group("n").replace(",", ".")
        number = (
            float(re.sub(r"[ \u00a0\u202f]", "", raw))
            if "." in raw and match.group("k")
            else int(re.sub(r"\D", "", raw))
        )
        if match.group("k"):
            number = number * 1000
        values.append((int(number), match.group()))
    if values:
        request.population = values[0][0]
        request.ignored += [f"population « {t} » (contredit « {values[0][1]} »)"
                            for v, t in values[1:] if v != values[0][0]]  # fmt: skip


def _read_steps(request: Request, folded: str, text: str) -> None:
    for match in _STEP_PATTERN.finditer(folded):
        counted = _count(match)
        if counted is None:
            continue
        kind = next(k.key for k in STEP_KINDS if match.group(f"k_{k.key}"))
        if match.group("word") in ("un", "une", "one") and kind not in (
            "atelier",
            "seminaire",
            "restitution",
            "copil",
        ):
            continue  # "un questionnaire" is a tool, not a count
        count, approx = counted
        written = text[match.start() : match.end()].strip()
        noun = text[match.start("kind") : match.end("kind")]
        existing = request.step(kind)
        if existing is None:
            request.steps.append(RequestedStep(kind, count, approx, written, noun))
        elif existing.count != count:
            request.ignored.append(f"« {written} » (contredit « {existing.text} »)")


def _read_duration(request: Request, folded: str, text: str) -> None:
    durations: list[tuple[int, str]] = []
    for match in _DURATION.finditer(folded):
        counted = _count(match)
        if counted is None:
            continue
        before = folded[max(0, match.start() - 30) : match.start()]
        if re.search(r"(il y a|depuis|ago|apres|after|tous les|every|chaque)\W*$", before):
            continue
        count, _ = counted
        unit = match.group("unit")
        months = (count if unit.startswith(("mois", "month"))
                  else math.ceil(count / 4.33) if unit.startswith(("semaine", "week"))
                  else count * 12)  # fmt: skip
        durations.append((months, text[match.start() : match.end()]))
    if durations:
        request.duration_months, request.duration_text = durations[0]
        request.ignored += [f"durée « {t} » (contredit « {durations[0][1]} »)"
                            for m, t in durations[1:] if m != durations[0][0]]  # fmt: skip


def amount_value(match: re.Match[str]) -> float:
    raw = match.group("n")
    unit = (match.group("unit") or "").lower()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+", raw) or (
        not unit and re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw)
    ):
        number = float(re.sub(r"\D", "", raw))
    else:
        number = float(raw.replace(",", ".").replace(" ", ""))
    scale = {"milliard": 1e9, "md": 1e9, "mds": 1e9, "million": 1e6, "m": 1e6, "meur": 1e6,
             "k": 1e3, "keur": 1e3, "000": 1e3}  # fmt: skip
    return number * next((v for k, v in scale.items() if unit.rstrip("s") == k.rstrip("s")), 1.0)


def _read_amounts(request: Request, folded: str, text: str) -> None:
    fees: list[tuple[float, str]] = []
    projects: list[tuple[float, str]] = []
    for match in _AMOUNT.finditer(folded):
        value = amount_value(match)
        if value <= 0:
            continue
        written = _spaces(text[match.start() : match.end()])
        before = folded[max(0, match.start() - 60) : match.start()]
        fee_cue, project_cue = _FEE_CUES.search(before), _PROJECT_CUES.search(before)
        if fee_cue and (not project_cue or fee_cue.start() > project_cue.start()):
            is_fee = value < FEE_CEILING_EUR * 10
        elif project_cue:
            is_fee = False
        else:
            is_fee = value < FEE_CEILING_EUR
        (fees if is_fee else projects).append((value, written))
    if fees:
        request.fee_eur, request.fee_text = fees[0]
        request.ignored += [f"honoraires « {t} » (contredit « {fees[0][1]} »)"
                            for v, t in fees[1:] if v != fees[0][0]]  # fmt: skip
    if projects:
        request.project_amount_eur, request.project_amount_text = max(projects)
    if (
        request.fee_eur
        and request.project_amount_eur
        and request.fee_eur > request.project_amount_eur
    ):
        request.ignored.append(
            f"honoraires « {request.fee_text} » (supérieurs au montant du projet « "
            f"{request.project_amount_text} »)"
        )
        request.fee_eur = request.fee_text = None


def _read_programme(request: Request, folded: str) -> None:
    match = _PROGRAMME.search(folded)
    if match:
        request.programme = {"contrat de ville": "contrat de ville", "action coeur de ville":
                             "Action cœur de ville"}.get(match.group(1), match.group(1).upper())  # fmt: skip
    for figure in _PROGRAMME_FIGURES.finditer(folded):
        what = figure.group("what")
        key = what if what.endswith("s") else what + "s"
        request.programme_figures.setdefault(key, int(re.sub(r"\D", "", figure.group("n"))))
