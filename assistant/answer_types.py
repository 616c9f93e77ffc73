"""The kind of answer a question asks for (an amount, a share, a duration, a date, a count, a
person or body) and the kinds a unit of text can give.

A question that asks "how long" is not answered by a unit without any duration, whatever else
they share: this is the signal that tells "How many months did the Bagneux mission last?" (the
sheet gives no duration) from a question its passage answers. The patterns describe how French
and English ask for and write these kinds of values; they name no town, programme or document.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.normalize import mostly_capitals

KINDS = ("amount", "share", "duration", "date", "day", "frequency", "measure", "time",
         "energy_class", "place", "count", "person", "vote")  # fmt: skip
# Kinds answered by one value, not by a list (a person or body may be several: "qui participe").
SINGLE_VALUE_KINDS = frozenset({"amount", "share", "duration", "date", "day", "frequency",
                                "measure", "time", "energy_class", "count"})  # fmt: skip
# A value asked of each of several things the question does not name: "qui finance ..., et à
# hauteur de combien chacun ?", "how much does each of them pay?" (a list answers it, one value
# per item; not "chacun des deux quartiers", whose places are compared, nor "each year").
_EACH = re.compile(r"\bchacun(?:e)?\b(?!\s+(?:des?|du|d['’]))|\beach\s+of\s+them\b|"
                   r"\beach\s*(?:[?,]|$)", re.IGNORECASE)  # fmt: skip


def asks_each(question: str) -> bool:
    """Does the question ask a value of each of several things?"""
    return _EACH.search(question) is not None


# Units whose kinds are remembered (bounded: a long-running server reads every unit in time).
KINDS_MEMO = 50_000

# The endings of a French verb of the first group ("payer": payé, payera, paient aside) and of
# the second ("investir": investit, investira, investissent), in any tense the questions use.
_ER = r"(?:er|e|es|ent|é|ée|és|ées|era|eront|erait|eraient|ait|aient)"
_IR = r"(?:r|s|t|e|es|ra|ront|rait|raient|ssent|ssait|ssaient)"

_QUESTION = {
    # (the verb too: "Combien coûtera la démolition ?", "ce qu'a coûté l'étude", "combien va
    # coûter")
    "amount": r"\b(montants?|co[uû]t(?:s|e|ent|er|era|eront|ait|aient|erait|eraient|é|ée|és|ées)?|"
    r"budgets?|combien d['’]euros|enveloppes?|tarifs?|(?:daily|day|hourly)\s+rates?|"
    r"(?:taux|prix)\s+(?:journaliers?|horaires?|de\s+journ[ée]e)|"
    # "l'apport financier de la Région", "sa participation financière", "financial support"
    r"(?:apports?|contributions?|participations?)\s+financi[eè]re?s?|"
    r"financial\s+(?:contributions?|support|participation|input)|"
    # what a funder gives: "Quelle contribution la Région apporte-t-elle ?"
    r"(?<=quel )apports?|(?<=quelle )contributions?|(?<=quels )apports|"
    r"(?<=quelles )contributions|(?<=what )contributions?|"
    r"financements?|subventions?|grants?|subsid(?:y|ies)|how much (?:money|did|does|was|is|will)|costs?|amounts?|"
    r"funding|fees?|honoraires|prix|price|somme|(?<!nous )sommes(?![- ]nous)|sums?|loyers?|rents?|"
    # "What is the competition phase worth?", "what is the contract worth before VAT?"
    r"worth(?!\s+(?:it\b|[\w'’-]+ing\b))(?=(?:\s+[\w'’-]+){0,3}\s*(?:\?|$)))\b|"
    # "Combien a été payée l'enquête ?", "combien la Région verse-t-elle ?", "combien
    # faudrait-il dépenser", "combien la Ville versera-t-elle", "combien Habitat paie-t-il":
    # a sum paid, the verb in any tense (`_ER`, `_IR`: its endings).
    rf"\bcombien\b(?!\s+(?:de\b|d['’]))[^?]{{0,80}}?\b(?:pay{_ER}|pai(?:e|es|ent|era|eront|erait|eraient)|"
    rf"vers{_ER}|d[ée]pens{_ER}|touch{_ER}|rapport{_ER}|investi{_IR}|financ{_ER}|apport{_ER}|"
    # "combien l'agglomération a-t-elle déboursé", "combien le cabinet a-t-il facturé"
    rf"d[ée]bours{_ER}|factur{_ER}|"
    # "combien la mairie met-elle au pot", "combien l'Etat consacre-t-il", "accorde", "prête"
    rf"met|mettent|mettra|mis|consacr{_ER}|allou{_ER}|accord{_ER}|pr[êe]t{_ER}|contribu{_ER})\b|"
    r"\bhow much\b[^?]{0,80}?\b(?:paid|spent|invested|granted|earned)\b|"
    # "À combien s'élèvent les prêts ?" (not a number or a rate: "à combien s'élève le nombre")
    r"\b(?:à|a)\s+combien\s+s['’]él[eè]v\w*\b(?![^?]{0,60}\b(?:nombre|taux|part|effectifs?)\b)|"
    # "How much ANRU grant money goes into ...?"
    r"\bhow much(?:\s+[\w'’-]+){0,4}?\s+(?:money|funding|grants?|subsid(?:y|ies)|funds|euros|"
    r"financing|investment|loans?)\b|\bhow much in\b",
    # "share" and "rate" before an object are verbs: "How does the chief executive rate these
    # files?", "How do the partners share the cost?"
    # (not the verb: "la navette part-elle ?")
    "share": r"(\b(parts?(?!-(?:t-)?(?:il|elle|on)s?\b)|pourcentages?|proportions?|fractions?|taux|"
    r"percentage|proportion|pond[ée]rations?|weightings?|(?:how\s+much|what)\s+weights?|"
    r"(?:share|rate)(?!\s+(?:these|this|that|those|the|its|their|them|it|his|her|our|a|an)\b)|"
    r"per ?cent)\b|%)",
    "duration": r"\b(dur(?:[ée]e?s?|e)|combien de (?:temps|mois|ans|années|semaines|jours)|"
    r"pendant combien|how long|how much time|how (?:quickly|fast|soon|rapidly)|"
    r"how many (?:months|years|weeks|days)|duration|lasted?|d[ée]lais?|waiting time|delays?)\b",
    # "quand"/"when" asks for a date where it opens the question or a clause, not as a
    # conjunction ("which post did he hold when he opened the meeting?").
    "date": r"((?:^|[,;:]\s*|\b(?:et|and)\s+)(?:depuis\s+|since\s+)?(?:quand|when)\b|"
    r"\b(?:en quelle ann[ée]e|quelle ann[ée]e|quelle date|à quelle date|depuis quand|"
    r"quel jour|quel mois|what year|which year|what date|what day|which day|what month|"
    r"which month|since when|dat[ée]s?|(?:sur )?quelle p[ée]riode|quelles ann[ée]es|"
    r"(?:what|which) (?:period|years|time ?frame))\b)",
    # How often something happens: "toutes les six semaines", "deux fois par an", "mensuel".
    "frequency": r"\b(how often|how frequently|how regularly|how many times|"
    r"(?:à|a) quel(?:le)? (?:rythme|fr[ée]quence|p[ée]riodicit[ée])|tou(?:te)?s les combien|"
    r"combien de fois|fr[ée]quence|frequency|p[ée]riodicit[ée])\b",
    # A size measured in a physical unit: a length, a distance, an area, a height, energy use.
    "measure": r"\b(?:(?:quelle|what|which)\s+(?:est\s+la\s+|is\s+the\s+)?(?:surface|superficie|"
    r"longueur|distance|hauteur|[ée]tendue|size|area|length|height|floor\s+space)|"
    r"(?:sur|à|at|over)\s+quelle\s+(?:surface|superficie|longueur|distance|hauteur)|"
    r"how\s+(?:big|large|far|tall|high|wide)|"
    r"(?:quel(?:le)?\s+|what\s+)(?:niveau\s+de\s+|level\s+of\s+)?consommation|"
    r"how\s+much\s+energy|energy\s+(?:use|consumption))\b",
    # A time of day: "à quelle heure", "at what time".
    # ("Dès quelle heure", "jusqu'à quelle heure"; not hours counted: "quelles heures de travail")
    "time": r"\b(?:quelles?\s+heures?(?!\s+(?:d['’]|de\s))|quels?\s+horaires?|quels\s+jours|"
    r"which\s+days|"
    r"(?:at\s+)?what\s+time(?!\s*(?:horizon|frame|scale|span|period|limit|line))|"
    r"(?:what|which)\s+(?:are\s+the\s+)?(?:opening\s+)?hours)\b",
    # A place: "où" / "where" opening the question or a clause (not "où en est ..."), "dans
    # quel lieu", "in which venue".
    "place": r"((?:^|[,;:]\s*|\b(?:et|and)\s+)(?:où|where)\b(?!\s+en\s)|"
    r"\b(?:dans|en|à|a)\s+quel(?:le)?s?\s+(?:lieux?|salles?|endroits?|b[âa]timents?|locaux|local)\b|"
    r"\b(?:in|at)\s+(?:which|what)\s+(?:venue|place|room|building|location|premises)\b)",
    # A dwelling's energy performance class (the French DPE's letters A to G).
    "energy_class": r"\b(?:[ée]tiquettes?\s+(?:[ée]nerg\w*|DPE|climat)|"
    r"classes?\s+(?:de\s+performance\s+)?[ée]nerg[ée]tiques?|"
    r"DPE|energy\s+(?:performance\s+)?(?:ratings?|labels?|class(?:es)?|certificates?|grades?|"
    r"bands?))\b",
    "count": r"\b(combien|nombre|how many|number of)\b",
    # How an assembly voted: "Comment les élus ont-ils voté la délibération ?", "se sont-ils
    # prononcés", "le résultat du scrutin", "How did the council vote?".
    "vote": r"\b(?:vot(?:e|es|é|ée|és|ées|ent|èrent|ait|aient|ed|ing)|scrutin|suffrages?|"
    r"(?:se\s+sont|s['’]est)(?:-(?:ils|elles|il|elle))?\s+prononc[ée]e?s?|"
    r"prononc[ée]e?s?\s+(?:les\s+)?(?:élus|conseillers|membres)|abstentions?|"
    r"(?:d[ée]compte|r[ée]partition)\s+des\s+voix)\b",
    # "qui"/"who" asks for a person where it opens the question or a clause ("..., et qui les
    # finance ?"), not as a relative pronoun ("les deux enjeux qui demeurent").
    "person": r"((?:^|[,;:]\s*|\b(?:et|and)\s+)(?:(?:à|par|de|pour|avec|chez|to|by|from|with|for)\s+)?"
    r"(?:qui|who|whom)\b|"
    # "quelle élue", "quels partenaires", "which agency": a role or a body named.
    r"\b(?:quel(?:le)?s? (?:cabinets?|bureaux?|organismes?|structures?|personnes?|[ée]lue?s?|"
    r"adjointe?s?|maires?|pr[ée]sidente?s?|directeur|directrice|responsables?|chefs?|"
    r"consultante?s?|prestataires?|bailleurs?|op[ée]rateurs?|associations?|entreprises?|"
    r"partenaires?|financeurs?|acteurs?|pilotes?|agences?|organisations?|membres?|"
    r"conseill(?:er|ère)s?|groupements?|promoteurs?|constructeurs?|titulaires?)|"
    r"(?:which|what) (?:firms?|consultancy|consultants?|bod(?:y|ies)|organi[sz]ations?|persons?|"
    r"people|officials?|mayor|agenc(?:y|ies)|partners?|funders?|operators?|landlords?|"
    r"compan(?:y|ies)|associations?|members?|council(?:l)?ors?|contractors?|builders?|"
    r"developers?))\b|"
    # asking for a name: "Comment s'appelle ...", "Quel est le nom de ...", "What is the name of"
    r"\bcomment\s+s['’]appel\w*|\bquel\s+est\s+(?:le|son)\s+nom\b|"
    r"\bwhat(?:\s+is|['’]s)\s+(?:the|his|her|its|their)\s+names?\b)",
}
MONTHS = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
           r"novembre|d[ée]cembre|january|february|march|april|may|june|july|august|"
           r"september|october|november|december")  # fmt: skip
# A number starts where no number goes on before it ("1 200": at the "1" only): tried at every
# digit of a long run of digits and spaces, each pattern below took quadratic time (4 s on 5,000
# "1 "s).
_NUMBER = r"(?<![\d.,])(?<!\d[\s\u00a0\u202f])\d[\d\s\u00a0\u202f.,]*"
# Numbers written in words, "un"/"one" aside (an article or a pronoun far more often).
_NUMBER_WORDS = (r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
                 r"quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|two|three|four|"
                 r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                 r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                 r"ninety|hundred")  # fmt: skip
_UNIT = {
    "amount": rf"({_NUMBER}\s*(?:M|k|K|Md|md|(?:millions?|milliards?)(?:\s+d['’])?)?\s*(?:€|euros?|EUR)(?!\w)"
    rf"|€\s*{_NUMBER}"
    # A sum told roughly, its euros left out: "une dizaine de millions supplémentaires".
    r"|\b(?:dizaine|vingtaine|trentaine|cinquantaine|centaine|quelques|plusieurs)\s+(?:de\s+)?"
    r"millions?\b(?!\s+(?:de\s+|d['’]\s*)?(?:habitants|visiteurs|personnes|tonnes|heures|m\b|m²|m³))"
    r"|\b(?:tens\s+of|a\s+few|several)\s+millions?\b(?!\s+(?:people|visitors|tonnes|hours))"
    ")",
    "share": rf"({_NUMBER}\s*(?:%|pour ?cent|percent)|\b(?:moitié|tiers|quart|half|third)\b)",
    "duration": rf"({_NUMBER}\s*(?:mois|ans|années|semaines|jours|heures|minutes?|months?|years?|"
    r"weeks?|days?|hours?)\b"
    # ... or in words: "dix minutes à pied", "trois ans", "two weeks".
    rf"|\b(?:{_NUMBER_WORDS})\s+(?:mois|ans|ann[ée]es|semaines|jours|heures|minutes|months|"
    r"years|weeks|days|hours)\b"
    r"|\b(?:un|une|one|a|an)\s+(?:mois|an|ann[ée]e|semaine|heure|month|year|week|hour)\b)",
    "frequency": r"(\btou(?:te)?s\s+les\s+(?:\d+\s+|deux\s+|trois\s+|quatre\s+|six\s+|quinze\s+)?"
    r"(?:jours|semaines|mois|ans|années|trimestres|semestres)\b|"
    r"\b(?:chaque|par)\s+(?:jour|semaine|mois|an|année|trimestre|semestre)\b|"
    r"\b(?:\d+|une|deux|trois|quatre)\s+fois\s+par\b|\bà\s+un\s+rythme\b|"
    r"\b(?:bi|tri)?(?:mensuel(?:le)?|trimestriel(?:le)?|semestriel(?:le)?|annuel(?:le)?|"
    r"quotidien(?:ne)?|hebdomadaire)s?\b|"
    r"\b(?:every|each)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|quarters?)\b|"
    r"\b(?:daily|weekly|monthly|quarterly|yearly|annually|once|twice)\b|"
    r"\b(?:\d+|two|three|four)\s+times\s+(?:a|per)\b)",
    "measure": rf"({_NUMBER}\s*(?:m²|m2|km²|km|ha|hectares?|m[eè]tres?(?:\s+carr[ée]s)?|"
    r"kilom[eè]tres?|meters?|metres?|square\s+met(?:er|re)s|acres?|kWh(?:/m²)?[\w/]*|MWh|"
    r"GWh|étages|storeys|stories|floors)(?!\w)|\b\d+\s*m\b)",
    # "à 10 h 30", "de 9h à 12h", "14 heures", "10:30", "at 9 a.m."
    "time": r"(\b\d{1,2}\s*h(?:\s*\d{2})?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)|"
    r"\b\d{1,2}\s+heures?\b|\bmidi\b|\bminuit\b|\bnoon\b|"
    # The days of the week something happens on ("le mardi et le jeudi", "on Saturdays").
    # (Not a date's: "samedi 18 juin".)
    r"\b(?i:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)days?)\b(?!,?\s+\d))",
    # A place said with its preposition: "dans le gymnase des Tamaris", "à la maison du projet",
    # "rue Jean-Jaurès", "au pied des immeubles", "at the town hall".
    "place": r"(\b(?:[Dd]ans|[Àà]|[Aa]u|[Aa]ux|[Ss]ur|[Dd]evant|[Pp]rès\s+d[eu']|at|in|on)\s+"
    r"(?:(?:la|le|les|l['’]|un|une|des|the|a|an)\s*)?(?:(?:ancien(?:ne)?|nouve(?:au|lle)|"
    r"future?|old|new)\s+)?(?:salles?|gymnases?|mairies?|h[ôo]tel\s+de\s+ville|maisons?|"
    r"centres?|[ée]coles?|coll[èe]ges?|lyc[ée]es?|parcs?|places?|rues?|avenues?|boulevards?|"
    r"squares?|jardins?|locaux|local|si[èe]ges?|pr[ée]fectures?|halles?|m[ée]diath[èe]ques?|"
    r"biblioth[èe]ques?|th[ée]âtres?|stades?|pieds?|rez-de-chauss[ée]e|préau|chapiteau|"
    r"town\s+hall|hall|school|community\s+centre|library|gym|square|street|park)\b|"
    r"\b(?:rue|avenue|boulevard|allée|place|quai|chemin)\s+(?:de\s+|du\s+|des\s+)?[A-ZÀ-Ý]|"
    # ... or a town, a neighbourhood, a site: "à Beuvrages", "dans d'autres quartiers", "hors
    # site", "sur site", "en dehors des quartiers prioritaires".
    r"\b(?:[Àà]|[Aa]u|[Ee]n|in|at)\s+[A-ZÀ-Ý][a-zà-ÿ]|"
    r"\b(?:dans|sur|hors|en\s+dehors|à\s+l['’]extérieur|outside|within|across|elsewhere)\s+"
    r"(?:(?:d['’]autres|du|de\s+la|des|les|le|la|l['’]|other|the)\s*)?(?:\w+\s+)?"
    r"(?:quartiers?|communes?|villes?|sites?|territoires?|agglomérations?|QPV|"
    r"neighbourhoods?|towns?|areas?|estates?)\b|\b(?:sur|hors)\s+site\b)",
    "energy_class": r"(\b(?:[ÉEée]tiquettes?|[Cc]lasses?|DPE|[Ll]abels?)\s+(?:[ée]nerg[ée]tiques?\s+|"
    r"[ée]nergie\s+|DPE\s+)?[A-G]\b|\b[A-G]\s+(?:energy\s+)?(?:rating|label|class)\b|"
    # ... the letter a few words on: "L'étiquette énergétique visée est C"
    r"\b(?:[ÉEée]tiquettes?|[Cc]lasses?)\s+(?:[ée]nerg[ée]tiques?|DPE)(?:\s+[a-zà-ÿ]+){1,3}\s+[A-G]\b)",
    # A day before its month is part of the date ("samedi 18 juin"), no count.
    "date": rf"(\b(?:19|20)\d\d\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|"
    rf"\b(?:\d{{1,2}}(?:er)?\s+)?(?:{MONTHS})\b)",
    # A number or a number word, dates aside (given_kinds: "dès les années 1980" counts
    # nothing); "un"/"une" and "one" are articles and pronouns far more often than counts. A
    # number opening a sentence is written in words, with a capital: "Quatorze offres ont été
    # déposées".
    "count": rf"(\d|\b(?i:{_NUMBER_WORDS}|dozen)\b)",
    # A vote's result: "Adoptée par 51 voix pour", "à l'unanimité", "Pour : 26", "Abstentions : 3",
    # who voted how ("Ont voté contre : Gilles Mazeyrie", "Se sont abstenus : ...", "voted
    # against").
    "vote": r"(?i:\b(?:voix|unanimit[ée]|unanimement|abstentions?|unanimously|abstained|"
    r"abstenu(?:e|s|es)?|abstiennent|votes?\s+(?:in\s+favou?r|against|for)|"
    r"vot(?:é|ée|és|ées|ed|ent|èrent)\s+(?:contre|pour|against|for|in\s+favou?r)\b(?!\s*\d))|"
    r"\b(?:pour|contre)\s*:\s*\d)",
    # Two capitalised words in a row, or joined by a French particle or "&" ("Caisse des
    # Dépôts", "Ville de Brémonville", "Val d'Orge", "Rives & Toits"), or a capitalised word
    # after a title: a person or a body.
    "person": r"(\b[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’]|&)\s*)?[A-ZÀ-Ý][\w'’-]+|"
    r"\b(?:M\.|Mme|MM\.|Dr)\s+[A-ZÀ-Ý]|"
    r"\b[A-Z]{2,}\b)",
}
# A date asked to the day or the month ("À quelle date ... signée ?", "En quel mois ...",
# "On what date ..."): a year alone does not give it ("la convention, signée en 2007").
DAY = "day"
_DAY_QUESTION = re.compile(
    r"\b(?:quelle\s+date|quel\s+jour|quel\s+mois|(?:what|which)\s+(?:date|day|month))\b",
    re.IGNORECASE,
)
# A month anywhere gives it, "mi-juin" and "fin décembre" too (the month is a word of its own).
_DAY_GIVEN = re.compile(rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b(?:{MONTHS})\b", re.IGNORECASE)
_QUESTION_RE = {k: re.compile(v, re.IGNORECASE) for k, v in _QUESTION.items()}
_UNIT_RE = {k: re.compile(v) for k, v in _UNIT.items()}
_UNIT_RE["duration"] = re.compile(_UNIT["duration"], re.IGNORECASE)
_UNIT_RE["date"] = re.compile(_UNIT["date"], re.IGNORECASE)


# "Part" in idioms that say nothing of a share: "ont pris part", "took part", "de la part de",
# "d'autre part", "à part", "quelque part", "pour sa part", "faire part".
_PART_IDIOM = re.compile(
    r"\b(?:pris|prise?s|prendre|prend|prennent|prenait|prenaient|prenant|faire|fait|take|takes|"
    r"took|taken|taking)\s+part\b|\bde la part\b|\bd['’]autre part\b|\bà part\b|"
    r"\bquelque part\b|\b(?:pour|de) (?:ma|ta|sa|notre|votre|leur) part\b",
    re.IGNORECASE,
)


# A body's part, which a sum answers as well as a percentage: "la part de l'ANRU", "the State's
# share", "the share of the Caisse des Dépôts" ("dont 68 M€ de subventions ANRU"); not a part of
# people or homes ("What share of the people hired were women?").
PART_OF_SUM = "part-of-sum"
_BODY_PART = re.compile(
    r"\b(?i:parts?)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)[A-ZÀ-Ý]|"
    r"\b(?i:shares?)\s+of\s+(?:the\s+)?[A-Z]|\b[A-Z][\w-]*['’]s?\s+share\b"
)


# "Qui est René Vidalenc ?", "Who was Jean-Louis Borloo?": the person is named, what is asked
# is who they are (a role, an age), which no other name gives.
_WHO_IS_NAMED = re.compile(
    r"^\s*(?:(?i:qui)\s+(?:est|était|sont|étaient|fut)|(?i:who)\s+(?:is|was|are|were))\s+"
    r"(?:M\.\s+|Mme\s+|Dr\.?\s+)?[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[\s-]+[A-ZÀ-Ý][a-zà-ÿ'’-]+)*\s*(?:[?,]|$)"
)


# A person asked for by a human role ("le maire", "la directrice", "the chief executive",
# "quelle élue"): a body does not answer, only someone's name (`HUMAN`).
HUMAN = "human"
_HUMAN_ROLE = re.compile(
    r"\b(?:maires?|adjointe?s?|directeur|directrice|directeurs|directrices|"
    r"(?:vice-)?pr[ée]sidente?s?|[ée]lue?s?|pr[ée]f[eè]te?s?|ministres?|chef(?:fe)?s?|"
    r"coordinat(?:eur|rice)s?|consultante?s?|sociologues?|architectes?|urbanistes?|"
    r"conseill(?:er|ère)s?\s+(?:municipa(?:l|ux|les?)|communautaires?|départementa(?:l|ux|les?)|"
    r"régiona(?:l|ux|les?))|council(?:l)?ors?|"
    r"journalistes?|auteur(?:e|rice)?s?|photographes?|t[ée]moins?|secr[ée]taires?|"
    r"d[ée]l[ée]gu[ée]e?s?|charg[ée]e?s?\s+de|mayors?|deput(?:y|ies)|directors?|"
    r"(?:vice-)?presidents?|chair(?:man|woman|person)|head|chiefs?|executives?|officers?|"
    r"managers?|coordinators?|consultants?|sociologists?|architects?|journalists?|authors?|"
    r"writers?|photographers?|witness(?:es)?|secretar(?:y|ies)|delegates?|prefects?|"
    r"ministers?|council+ors?|officials?|"
    # ... or by what they do: "qui préside le conseil citoyen", "who chairs the committee".
    r"(?<=qui )(?:pr[ée]side|pr[ée]sidait|dirige|dirigeait)|(?<=à la )tête|"
    r"(?<=who )(?:chairs|chaired|heads|headed|presides|presided))\b",
    re.IGNORECASE,
)


# "What priorities ...", "quels financements ...": the interrogative's noun says what is
# asked; a word of a sum or a share elsewhere in the question ("for the period after ANRU
# funding", "what expertise does ANRU share") does not ask for one.
_WHICH_NOUN = re.compile(
    r"(?:^|[,;:]\s*)(?:what|which|quel(?:le)?s?)\s+(?!(?:is|are|was|were|est|sont|était|étaient|"
    r"en|a|ont|does|did|do|will|would|has|have)\b)"
    # an adjective of size or time before the noun: "what minimum share", "what annual budget"
    r"(?:(?:minimum|maximum|total|overall|annual|yearly|monthly|daily|hourly|average|mean|exact|estimated|"
    r"approximate|initial|final|global|new|nouveau|nouvelle|premier|première|extra|additional|"
    r"further|supplementary)\s+)?([\w'’-]+)",
    re.IGNORECASE,
)
_VALUE_NOUN = re.compile(
    r"(?:share|percentage|proportion|rate|part|parts|taux|pourcentage|proportions?|fractions?|"
    r"weightings?|pond[ée]rations?|"
    r"amount|sum|cost|costs|budget|fees?|price|montants?|sommes?|co[uû]ts?|budgets?|prix|"
    # a grant is a sum ("Quelle subvention l'ANRU a-t-elle accordée ?"); "quels financements"
    # may ask who funds
    r"subventions?|grants?|subsid(?:y|ies)|tarifs?|"
    # what a funder gives ("Quelle contribution la Région apporte-t-elle ?")
    r"contributions?|apports?|"
    r"enveloppes?|honoraires|loyers?|rents?|écarts?|difference|gap|hausse|baisse|increase|decrease|"
    r"level|niveau|"
    # a target is a value of what it is set for ("What target ... for the share of ...")
    r"targets?|cibles?|objectifs?|objectives?|goals?)",
    re.IGNORECASE,
)
_HOW_MUCH = re.compile(r"\b(?:how much|combien)\b", re.IGNORECASE)
# A change asked by its size ("By how much did heating bills drop?", "De combien le nombre
# d'indicateurs a-t-il baissé ?"): a percentage, a sum or a count all answer it.
_CHANGE = re.compile(
    r"\b(?:by how much|de combien)\b[^?]{0,100}?\b(?:drop|dropp?ed|fall|fell|fallen|cut|rise|"
    r"rose|risen|increase|increased|decrease|decreased|reduce|reduced|grow|grew|grown|"
    r"go(?:ne)? (?:up|down)|went (?:up|down)|exceed|exceeded|overr?un|overran|"
    r"bai(?:ss|ss[ée]|ssé|sse)\w*|diminu\w*|augment\w*|r[ée]dui\w*|recul\w*|progress\w*|"
    r"d[ée]pass\w*|chut\w*|grimp\w*)\b",
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(r"\b(?:nombre|number)\s+(?:de|d['’]|of)\b", re.IGNORECASE)


# A level asked without saying in what ("How high is joblessness ...?", "Quel est le niveau de
# la vacance ?"): a share, a sum or a count answers as well as a physical measure (not "à quel
# niveau de consommation", a measure said).
_ANY_LEVEL = re.compile(
    r"\b(how\s+(?:high|low))\b|\bquel(?:le)?\s+(?:est\s+)?(?:le\s+)?niveau\s+(?:de|du|des|d['’])",
    re.IGNORECASE)


# A reason asked: "Pourquoi l'ANRU a-t-elle accordé moins que la somme espérée ?", "Why was the
# school's grant cut?", "Pour quelle raison ...", "For what reason ...".
_WHY = re.compile(r"^\W*(?:pourquoi|why|pour\s+quelles?\s+raisons?|for\s+what\s+reasons?)\b",
                  re.IGNORECASE)  # fmt: skip


# A second ask joined to the first ("..., et quel en est le montant ?", "... and who chairs it?"),
# or a second question after the first's question mark ("Quand ? Pour quel montant ?"; not a
# remark after it: "... ? Merci"): where assistant/extractive.py's `question_parts` cuts a
# question, and where assistant/scope.py finds the places each ask names.
SECOND_ASK = re.compile(
    r"(?:,\s*|\s+)(?:et|and|puis|then)\s+(?=(?:(?:à|par|de|pour|sur|en|dans|in|for|by|over|"
    r"against|on|at)\s+)?(?:qui|quel|quelle|quels|quelles|combien|quand|où|comment|pourquoi|who|"
    r"whom|which|what|how|when|where|why)\b)|(?<=\?)\s+(?=[^?]+\?)",
    re.IGNORECASE,
)
# A second ask after a reason asked: ", and roughly how much ...", "et combien ..." (the asks of
# a question are cut by assistant/extractive.py's `question_parts`, which reads this module).
_NEXT_ASK = re.compile(
    r"(?:,\s*|\s)(?:et|and)\s+(?=(?:[\w'’-]+\s+){0,2}?(?:qui|quel|quelle|quels|quelles|combien|"
    r"quand|où|comment|who|what|which|how|when|where)\b)", re.IGNORECASE)  # fmt: skip


def asks_why(question: str) -> bool:
    """Does a question ask for a reason (opening on "pourquoi", "why")?"""
    return bool(_WHY.match(question))


def asks_voters(question: str) -> bool:
    """Does a question ask who voted some way ("Quels élus se sont prononcés contre ... ?",
    "Who voted against ...?"): people, named by the vote?"""
    return "person" in asked_kinds(question) and bool(_QUESTION_RE["vote"].search(question))


def asked_kinds(question: str) -> set[str]:
    """The kinds of answer a question asks for; "count" gives way to a more precise kind."""
    plain = _PART_IDIOM.sub(" ", question)
    if asks_why(plain):
        # a reason, whatever sum or count it is about; what a second ask asks for still counts
        # ("Why did ... and roughly how much does it cost?")
        second = _NEXT_ASK.search(plain)
        return asked_kinds(plain[second.end() :]) if second else set()
    kinds = {k for k, pattern in _QUESTION_RE.items() if pattern.search(plain)}
    which = _WHICH_NOUN.search(plain)
    if which and not _VALUE_NOUN.fullmatch(which.group(1)) and not _HOW_MUCH.search(plain):
        kinds -= {"amount", "share"}
    if _WHO_IS_NAMED.match(plain):
        kinds.discard("person")
    if "person" in kinds and _HUMAN_ROLE.search(plain):
        kinds.add(HUMAN)
    if kinds & {"amount", "share", "duration", "date", "frequency"}:
        kinds.discard("count")
    if kinds & {"amount", "share", "duration", "date", "frequency", "person", "place", "time"}:
        kinds.discard("vote")  # "Quand la délibération a-t-elle été votée ?" asks for a date
    if (level := _ANY_LEVEL.search(plain)) and (level.group(1) or "measure" not in kinds):
        kinds |= {"share", "amount", "count"}  # "How high is joblessness": "29 %"
    if "date" in kinds and _DAY_QUESTION.search(plain):
        kinds = (kinds - {"date"}) | {DAY}
    if _CHANGE.search(plain):
        kinds |= {"amount", "share"}  # and a count, when a number of things changed
        kinds |= {"count"} if _NUMBER_OF.search(plain) else set()
    if "share" in kinds and _BODY_PART.search(plain):
        kinds.add(PART_OF_SUM)
    return kinds


# An age is no duration: "âgés de plus de 65 ans", "ont moins de 25 ans", "les 16-25 ans",
# "René Vidalenc, 81 ans, lamineur".
_AGE = re.compile(
    r"\b(?:âgée?s?|aged)\s+(?:de\s+)?(?:(?:plus|moins)\s+de\s+)?\d+\s*ans\b|"
    r"\b(?:de|ont|a)\s+(?:plus|moins)\s+de\s+\d+\s*ans\b|\b\d+\s*[-–]\s*\d+\s*ans\b|"
    r",\s*\d{1,3}\s*ans\s*,",
    re.IGNORECASE,
)


# A rhythm is no duration: "deux jours par semaine", "3 heures par mois", "two days a week".
_RHYTHM = re.compile(
    r"\b(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five)\s+"
    r"(?:demi-)?(?:jours?|journées?|heures?|days?|hours?|half-days?)\s+"
    r"(?:par|chaque|per|a|an|each|every)\s+(?:semaine|mois|an|année|week|month|year)\b",
    re.IGNORECASE,
)


# A sum's tax mark names no one: "6 490 000 € HT", "3,1 M€ TTC", "12 000 euros HT".
_TAX_MARK = re.compile(r"(?:€|\beuros?)\s*(?:HT|TTC)\b")


@lru_cache(maxsize=KINDS_MEMO)
def given_kinds(text: str) -> frozenset[str]:
    """The kinds of values a unit of text holds. A text in capitals (a title line) names no
    person or body by its capitals alone. Remembered: the same units are rated for question
    after question (a dozen patterns each): a fifth of the answering time outside the encoder."""
    kinds = {k for k, pattern in _UNIT_RE.items() if k not in ("count", "duration")
             and pattern.search(text)}  # fmt: skip
    if _UNIT_RE["duration"].search(_RHYTHM.sub(" ", _AGE.sub(" ", text))):
        kinds.add("duration")
    if "person" in kinds and (mostly_capitals(text)
                              or not _UNIT_RE["person"].search(_TAX_MARK.sub("€", text))):
        kinds.discard("person")
    # (a date or a time of day counts nothing: "Publié le 9 décembre 2025 à 6 h 00")
    if _UNIT_RE["count"].search(_UNIT_RE["time"].sub(" ", _UNIT_RE["date"].sub(" ", text))):
        kinds.add("count")
    if _DAY_GIVEN.search(text):
        kinds.add(DAY)
    return frozenset(kinds)


# What a table's bare figures are, said by its header cells, caption or heading: "Région | 12 000 |
# 15 000" under "Financeur | 2024 | 2025" and "4. Plan de financement (en euros)" gives sums.
_MONEY_CONTEXT = re.compile(
    r"€|\b(?:euros?|EUR|k€|montants?|financements?|financeurs?|funders?|budgets?|co[uû]ts?|"
    r"subventions?|d[ée]penses?|recettes?|funding|amounts?|costs?)\b", re.IGNORECASE)  # fmt: skip
_SHARE_CONTEXT = re.compile(r"%|\b(?:pourcentages?|taux|percentage|share)\b", re.IGNORECASE)
_DURATION_CONTEXT = re.compile(
    r"\((?:en\s+|in\s+)?(?:jours?|semaines?|mois|ann[ée]es?|ans|days?|weeks?|months?|years?)\)|"
    r"\b(?:d[ée]lais?|dur[ée]es?)\b", re.IGNORECASE)  # fmt: skip
# A unit said in brackets after a label: "Parc de la Fontaube (M€)", "Délai moyen (en jours)".
_BRACKETED_UNIT = re.compile(r"\((?:[^()\s]+\s*){1,3}\)")


def bracketed_units(text: str) -> list[str]:
    """The units a text says in brackets: "(M€)", "(en jours)", "(en milliers d'euros)"."""
    return _BRACKETED_UNIT.findall(text)


def context_kinds(text: str, context: str) -> frozenset[str]:
    """The kinds a table row's bare numbers give, from what its header and heading say they
    are, or its label's bracketed unit ("Délai moyen de traitement (en jours) | 12 | 5"); none
    for a text without a number, or without such a context."""
    context = " ".join((context, *_BRACKETED_UNIT.findall(text))).strip()
    if not context or "count" not in given_kinds(text):
        return frozenset()
    kinds = set()
    if _DURATION_CONTEXT.search(context):
        kinds.add("duration")
    if _MONEY_CONTEXT.search(context):
        kinds.add("amount")
    if _SHARE_CONTEXT.search(context):
        kinds.add("share")
    return frozenset(kinds)


def kind_match(asked: set[str], text: str, context: str = "") -> float:
    """+1 when the unit gives one of the kinds asked for, -1 when it gives none, 0 when the
    question asks for no particular kind. `context`: a table row's header cells and heading,
    which say what its bare figures are (`context_kinds`)."""
    if not asked:
        return 0.0
    given = given_kinds(text) | context_kinds(text, context)
    if PART_OF_SUM in asked and "amount" in given:
        return 1.0  # "la part de l'ANRU": "dont 68 M€ de subventions ANRU"
    return 1.0 if asked & given else -1.0


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
# Digits grouped by spaces ("2 000 logements"): the groups joined, so that a question's "2000"
# read as a year still finds a passage's count.
_GROUPED = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)")
# A span of years written out: "2012-2015", "2015–2020", "de 2012 à 2015", "between 2015 and
# 2020", "from 2015 to 2020": every year inside it is named.
_YEAR_SPAN = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:[-–—/]|\bà\b|\bau\b|\bet\b|\band\b|\bto\b)\s*((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def named_years(text: str) -> frozenset[int]:
    """The years a text names, every year of a span included ("2015-2020")."""
    years = {int(y) for y in _YEAR.findall(text)}
    for start, end in _YEAR_SPAN.findall(text):
        first, last = int(start), int(end)
        if 0 < last - first <= 30:
            years.update(range(first, last + 1))
    return frozenset(years)


def covers_years(asked: frozenset[int], text: str) -> bool:
    """Does a passage name one of the years a question asks about (or does the question name
    none)? "Quelle part ... en 2018 ?" is not answered by a passage about 2019 and 2020: a year
    qualifies what is asked, as a place does."""
    return not asked or bool(asked & (named_years(text) | named_years(_GROUPED.sub("", text))))
