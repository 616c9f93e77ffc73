"""A bilingual glossary of the urban-renewal field, for English questions over French text.

The lexical index only speaks French; an English question gets the French equivalents of its
field terms appended before analysis, offline. The dense embedder is multilingual and sees the
question as asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

# English term (lower case, may be several words) -> French terms as they appear in documents.
EN_TO_FR: dict[str, str] = {
    "stake": "enjeux",
    "stakes": "enjeux",
    "issue": "enjeux",
    "issues": "enjeux",
    "challenge": "enjeux",
    "challenges": "enjeux",
    "enjeux": "enjeux",
    "goal": "objectif",
    "goals": "objectifs",
    "objective": "objectif",
    "objectives": "objectifs",
    "closure": "clôture sortie convention",
    "closing": "clôture",
    "close-out": "clôture",
    "choose": "choix choisir retenir",
    "chose": "choix choisi retenu",
    "chosen": "choix choisi retenu",
    "choice": "choix",
    "pick": "choix choisir retenir",
    "picked": "choix choisi retenu",
    "select": "choix choisir retenir sélectionner",
    "selected": "choix choisi retenu sélectionné",
    "amount": "montant",
    "budget": "montant",
    "cost": "montant coût",
    "funding": "financement financements",
    "financing": "financement financements",
    "finance": "finance financement",
    "finances": "financement",
    "demolition": "démolition",
    "demolitions": "démolitions",
    "demolished": "démolitions détruits",
    "destroyed": "détruits",
    "rebuilt": "reconstruits",
    "construction": "construction",
    "constructions": "constructions",
    "built": "constructions",
    "residentialisation": "résidentialisations",
    "residentialisations": "résidentialisations",
    "residentialization": "résidentialisations",
    "residentializations": "résidentialisations",
    "social landlord": "bailleur bailleurs sociaux",
    "social landlords": "bailleurs sociaux",
    "landlord": "bailleur",
    "landlords": "bailleurs",
    "social housing": "habitat social logement social",
    "housing": "logement logements habitat",
    "homes": "logements",
    "dwellings": "logements",
    "neighbourhood": "quartier",
    "neighborhood": "quartier",
    "neighbourhoods": "quartiers",
    "neighborhoods": "quartiers",
    "district": "quartier",
    "set up": "mettre en place mise en place",
    "tax relief": "abattement",
    "tax break": "abattement",
    "tax allowance": "abattement",
    # A body's English name and its French ones, "|" between spellings (a giver of a sum is
    # named by any of them: assistant/extractive.py `giver_spellings`).
    "european social fund": "FSE|fonds social européen",
    "european regional development fund": "FEDER|fonds européen de développement régional",
    "districts": "quartiers",
    "priority neighbourhoods": "quartiers prioritaires",
    "priority neighborhoods": "quartiers prioritaires",
    "town": "ville commune",
    "city": "ville",
    "municipality": "commune",
    "municipalities": "communes",
    "inhabitants": "habitants",
    "residents": "habitants",
    "population": "habitants",
    "team": "équipe",
    # The consultancy that carried out a mission is its sheet's team ("Equipe : Trame &
    # Territoires — 1. Mathilde Quérel ...").
    "firm": "cabinet équipe",
    "building firm": "entreprise du BTP",
    "building firms": "entreprises du BTP",
    "construction firms": "entreprises du BTP",
    "companies": "entreprises",
    "at the same time": "simultanés simultanément",
    "simultaneously": "simultanés simultanément",
    "building site": "chantier",
    "building sites": "chantiers",
    "construction site": "chantier",
    "construction sites": "chantiers",
    "kilometres": "km kilomètres",
    "kilometers": "km kilomètres",
    "factory": "usine",
    "steelworks": "usine",
    "consultancy": "cabinet équipe",
    "income": "revenu revenus ressources",
    "incomes": "revenus ressources",
    "household": "ménage",
    "households": "ménages",
    "rehousing": "relogement",
    "rehoused": "relogés relogement",
    "rehouse": "reloger relogement",
    "tenant": "locataire",
    "tenants": "locataires",
    "agreement": "convention",
    "agreements": "conventions",
    "signed": "signé signée signature",
    "survey": "enquête",
    "surveyed": "enquête",
    "flats": "logements",
    "apartments": "logements",
    "refurbished": "réhabilités réhabilitation",
    "refurbishment": "réhabilitation",
    "vacancy": "vacance",
    "rent": "loyer",
    "rents": "loyers",
    "tower": "tour",
    "building": "immeuble bâtiment",
    "buildings": "immeubles bâtiments",
    "estate": "cité quartier",
    "grant": "subvention",
    "grants": "subventions",
    "subsidies": "subventions",
    "unemployment": "chômage",
    "people": "personnes",
    "young people": "jeunes",
    "letting": "attribution",
    "lettings": "attributions",
    "youth": "jeunes",
    "young": "jeunes",
    "attended": "assisté",
    "actors": "acteurs",
    "stakeholders": "acteurs partenaires",
    "partners": "partenaires",
    "partner": "partenaire",
    "partnership": "partenariat partenariale",
    "client": "maître d'ouvrage",
    "contracting authority": "maître d'ouvrage",
    "project owner": "maître d'ouvrage",
    "year": "années",
    "years": "années",
    "duration": "mois durée",
    "months": "mois",
    "mission type": "type de mission",
    "type of mission": "type de mission",
    "mission content": "contenu de la mission",
    "content": "contenu",
    "components": "composantes",
    "component": "composantes",
    "interviews": "entretiens",
    "interview": "entretiens",
    "workshops": "ateliers",
    "workshop": "ateliers",
    "thematic": "thématiques",
    "strategic": "stratégique stratégiques",
    "strategy": "stratégie",
    "local strategic plan": "plan stratégique local PSL",
    "assessment": "bilan évaluation",
    "evaluation": "évaluation",
    "review": "bilan",
    "project review": "revue de projet",
    "progress": "avancement",
    "risks": "risques",
    "management": "gestion",
    "local management": "gestion urbaine de proximité GUP",
    "governance": "gouvernance",
    "employment": "emploi",
    "jobs": "emploi",
    "training": "formation",
    "integration": "insertion",
    "social cohesion": "cohésion sociale",
    "participation": "participation concertation",
    "consultation": "concertation",
    "mediation": "médiation",
    "public spaces": "espaces publics",
    "public space": "espace public",
    "indicators": "indicateurs",
    "expected results": "réalisations attendues effets attendus",
    "expected outcomes": "effets attendus",
    "expected effects": "effets attendus",
    "outcomes": "effets",
    "deliverables": "réalisations",
    "timeline": "calendrier",
    "schedule": "calendrier échéancier",
    "scheduled": "prévu prévue prévus calendrier échéancier",
    "pay": "verser versement payer financer participation",
    "pays": "verse versement paie finance participation",
    "paying": "versant versement payant finançant financement participation",
    "paid": "versé versement payé financé participation",
    "foot the bill": "financer financeur financement",
    "footing the bill": "financer financeur financement",
    "drop in": "permanence accueil",
    "asbestos": "amiante",
    "turn down": "refuser refus",
    "turned down": "refusé refusée refusés refus",
    "scored": "noté notée notées notation",
    "score": "note notation",
    "scoring": "notation",
    "trainee": "stagiaire élève",
    "trainees": "stagiaires élèves",
    "own pocket": "reste à charge",
    "put into": "apport apporte investit financement",
    "put in": "apport apporte investit financement",
    "put in place": "mis en place mise en place",
    "putting in place": "mise en place",
    "putting in": "apport apportant investissant financement",
    "putting into": "apport apportant investissant financement",
    "outside": "hors extérieur dehors",
    "poll": "enquête questionnaire sondage",
    "polled": "enquête questionnaire interrogés",
    "public meeting": "réunion publique",
    "public meetings": "réunions publiques",
    "town-hall meeting": "réunion publique",
    "town-hall meetings": "réunions publiques",
    "trading": "activité ouverts",
    "street party": "fête de quartier",
    "group discussion": "focus group groupe de parole",
    "group discussions": "focus groups groupes de parole",
    "bought back": "racheté rachat",
    "buy back": "racheter rachat",
    "managing agent": "syndic",
    "track": "suivre suivi",
    "newsletter": "lettre d'information",
    "stairwells": "cages",
    "hand over": "livrer livré livraison",
    "delivered": "livré livrés livraison",
    "deliver": "livrer livraison",
    "strands": "volets axes",
    "strand": "volet axe",
    "invoice": "facture facturer appel",
    "budgeted": "prévu inscrit budget",
    "weight": "pondération",
    "weights": "pondérations pondération",
    "took part in the vote": "votants",
    "take part in the vote": "votants",
    "presented the report": "rapporteur",
    "by size": "typologie",
    "calendar": "calendrier",
    "scale": "échelle",
    "territorial scale": "échelle territoriale",
    "facilitator": "animateur",
    "lead": "animateur pilotage pilote",
    "in charge": "pilote responsable chargé chef",
    "co-lead": "co-pilote",
    "steering": "pilotage",
    "steering committee": "comité de pilotage",
    "mayor": "maire",
    "mayors": "maires",
    "agency": "agence",
    "state": "état",
    # Everyday words of the field, both numbers where English has them.
    "project": "projet",
    "projects": "projets",
    "work": "travaux chantier chantiers",
    "works": "travaux chantier chantiers",
    "block": "barre immeuble bâtiment",
    "blocks": "barres immeubles bâtiments",
    "new": "neuf neufs neuve neuves nouveau nouveaux nouvelle nouvelles",
    "newly built": "neuf neufs neuve neuves",
    "recent": "récent récents récente récentes",
    "recently": "récent récents récente récentes récemment",
    "assignment": "mission",
    "assignments": "missions",
    "target": "objectif cible",
    "targets": "objectifs cibles",
    "planned": "prévu prévus prévue prévues",
    "expected": "prévu prévus prévue prévues attendu attendus",
    "family": "famille ménage",
    "families": "familles ménages",
    "park": "parc",
    "citizen": "citoyen",
    "citizens": "citoyens",
    "relocation": "relogement",
    "relocated": "relogés relogement",
    "council": "conseil",
    "councillor": "conseiller conseillère élu élue",
    "councillors": "conseillers conseillères élus élues",
    "councilor": "conseiller conseillère élu élue",
    "councilors": "conseillers conseillères élus élues",
    "vote": "vote voix",
    "votes": "votes voix",
    "voted": "voté votants vote",
    "committee": "comité",
    "energy": "énergie énergétique",
    "bill": "facture",
    "bills": "factures",
    "heating": "chauffage",
    "study": "étude",
    "studies": "études",
    "school": "école",
    "schools": "écoles",
    "classroom": "classe",
    "classrooms": "classes",
    "upkeep": "entretien",
    "maintenance": "entretien",
    "thermal": "thermique thermiques",
    "yearly": "annuel annuelle",
    "annual": "annuel annuelle",
    "average": "moyenne moyen",
    "exhibition": "exposition",
    "women": "femmes",
    "amendment": "avenant",
    "monitoring": "suivi",
    "scheme": "dispositif",
    "finished": "achevé achevés achevée achevées terminé terminés terminée terminées",
    "completed": "achevé achevés achevée achevées terminé terminés livré livrés",
    "finish": "fin achèvement achevé terminé",
    "wrap up": "fin achèvement achevé terminé",
    "opened": "ouvert ouverte ouverture",
    "opening": "ouverture",
    "problem": "problème dysfonctionnement difficulté",
    "problems": "problèmes dysfonctionnements difficultés",
    "walkabout": "diagnostic en marchant marche exploratoire",
    "bulky items": "encombrants",
    "bulky waste": "encombrants",
    "fly-tipping": "dépôts sauvages",
    "home": "logement",
    "flat": "logement appartement",
    "hired": "recrutés recrutées embauchés embauchées",
    "hiring": "recrutement embauche",
    "day": "jour journée",
    "days": "jours journées",
    "rate": "taux",
    "name": "nom",
    "level": "niveau",
    "chief executive": "directeur général directrice générale",
    # what a neighbourhood's indicators and daily life are called in French
    "poverty": "pauvreté",
    "poverty rate": "taux de pauvreté",
    "poor": "pauvres pauvreté",
    "low income": "bas revenus",
    "low-income": "bas revenus",
    "single-parent": "monoparentales monoparentale",
    "single parent": "monoparentales monoparentale",
    "jobseekers": "demandeurs d'emploi",
    "job seekers": "demandeurs d'emploi",
    "overcrowding": "suroccupation",
    "overcrowded": "suroccupés suroccupation",
    "arrears": "impayés",
    "rent arrears": "impayés de loyer",
    "lift": "ascenseur",
    "lifts": "ascenseurs",
    "elevator": "ascenseur",
    "elevators": "ascenseurs",
    "insulation": "isolation",
    "nursery": "crèche",
    "daycare": "crèche",
    "childcare": "garde d'enfants crèche",
    "library": "médiathèque bibliothèque",
    "gym": "gymnase",
    "shopping centre": "centre commercial",
    "shopping center": "centre commercial",
    "shops": "commerces",
    "foundation stone": "première pierre",
    "tender": "appel d'offres consultation marché",
    "specifications": "cahier des charges CCTP",
    # the neighbourhood's information office ("maison du projet")
    "project house": "maison du projet",
    "project office": "maison du projet",
    "project centre": "maison du projet",
    "project center": "maison du projet",
    "visitors": "visiteurs",
    "footfall": "visiteurs fréquentation",
    # people named by their post: "Who is the prefect of the Isère?"
    "prefect": "préfet préfète",
    "prefects": "préfets préfètes",
    "sub-prefect": "sous-préfet sous-préfète",
    "chairman": "président",
    "chairwoman": "présidente",
    "chairperson": "président présidente",
    "deputy": "adjoint adjointe vice-président vice-présidente",
    "delegate": "délégué déléguée",
    "delegates": "délégués déléguées",
    "deputy mayor": "adjoint adjointe au maire",
    "managing director": "directeur général directrice générale",
    "manager": "responsable chef cheffe",
    "project manager": "chef de projet cheffe de projet chargé de mission",
    "daily rate": "prix de journée taux journalier tarif journalier",
    "day rate": "prix de journée taux journalier tarif journalier",
    "approved": "approuvé approuvée validé validée adopté adoptée",
    "handed over": "livré livrés livrée livrées",
    "current": "actuel actuelle",
    "currently": "actuellement",
    "closed": "fermé fermée fermeture",
    "knocked down": "démoli démolis démolie démolies démolition",
    "region": "région",
    "regional": "région régional régionale",
    "regional council": "Région|conseil régional",
    # A French council is written by its body's name too, in a table of funders ("le Conseil
    # départemental verse-t-il" over "Département de la Nièvre | 20 000"); each spelling apart.
    "conseil départemental": "Département|conseil départemental",
    "conseil régional": "Région|conseil régional",
    "conseil municipal": "Ville|Commune|conseil municipal",
    "urban renewal": "renouvellement urbain rénovation urbaine",
    "urban renovation": "rénovation urbaine",
    "renewal": "renouvellement",
    "renovation": "rénovation",
    "programme": "programme",
    "program": "programme",
    "board": "conseil d'administration",
    "board of directors": "conseil d'administration",
    "first": "premier première",
    "meeting": "séance réunion",
    "published": "publié",
    "author": "par auteur",
    "wrote": "par",
    "written": "par",
    "article": "article",
    "magazine": "magazine mag",
    "international": "international internationale",
    "cooperation": "coopération",
    "mining": "minier minière miniers",
    "miners": "mineurs",
    "unsanitary": "insalubres",
    "conurbation": "agglomération communauté",
    "intercommunality": "intercommunalité EPCI",
    "contract": "contrat convention marché",
    "city contract": "contrat de ville",
    "action sheet": "fiche action",
    "pillar": "pilier",
    "axis": "axe",
    "context": "contexte",
    "good practices": "bonnes pratiques",
    "best practices": "bonnes pratiques",
    "feedback": "retour d'expérience",
    "lessons": "retour d'expérience capitalisation",
    "capitalisation": "capitalisation",
    "capitalization": "capitalisation",
    "checkpoint": "point d'étape",
    "milestone": "point d'étape",
    "progress review": "point d'étape",
    "allocations": "allocations",
    "share": "part",
    "percent": "%",
    "percentage": "%",
    "dna": "ADN",
    "mediterranean": "méditerranéen méditerranée",
    "countries": "pays",
    "country": "pays",
    "technical": "techniques technique",
    "chaired": "présidence présidé",
    "chair": "présidence",
    "president": "président présidence",
    "minister": "ministre",
    "quoted": "cité propos",
    "says": "lance déclare",
    "head": "chef cheffe directeur",
    "director": "directeur",
    "mayor's": "maire",
    "private": "privé privés",
    "developers": "promoteurs",
    "impoverishment": "paupérisation",
    "volunteer": "volontaires",
    "sites": "sites",
    "frequency": "fréquence",
    "weeks": "semaines",
    "hour": "heure",
    "hours": "heures",
    "minute": "minute",
    "minutes": "minutes",
    "square metres": "m² mètres carrés",
    "square meters": "m² mètres carrés",
    "supermarket": "supermarché",
    "doctor": "médecin",
    "doctors": "médecins",
    "interpreter": "interprète",
    "interpreters": "interprètes",
    "language": "langue",
    "languages": "langues",
    "apartment": "appartement logement",
    "lease": "bail",
    "eviction": "expulsion expulsions",
    "retrofit": "réhabilitation rénovation",
    "stairwell": "cage escalier",
    "parking": "stationnement parking",
    "car park": "parking stationnement",
    "playground": "aire de jeux",
    "pharmacy": "pharmacie",
    "market": "marché",
    "bus": "bus",
    "tram": "tramway tram",
    "road": "voie route voirie",
    "street": "rue",
    "streets": "rues",
    "cycle path": "piste cyclable",
    "footpath": "cheminement piéton",
    "apprenticeship": "apprentissage",
    "elderly": "âgés seniors personnes âgées",
    "disabled": "handicap handicapées",
    "meetings": "réunions",
    "subsidy": "subvention",
    "loan": "prêt",
    "loans": "prêts",
    "tax": "taxe impôt",
    "vat": "TVA",
    "before vat": "HT hors taxes",
    "excluding vat": "HT hors taxes",
    "net of vat": "HT hors taxes",
    "before tax": "HT hors taxes",
    "pre-tax": "HT hors taxes",
    "including vat": "TTC toutes taxes comprises",
    "inclusive of vat": "TTC toutes taxes comprises",
    "owner": "propriétaire",
    "owners": "propriétaires",
    "condominium": "copropriété",
    "builder": "constructeur entreprise",
    "architect": "architecte",
    "architects": "architectes",
    "landscape architect": "paysagiste",
    "tenders": "offres",
    "bid": "offre candidature",
    "bids": "offres candidatures",
    "deadline": "date limite échéance",
    "delay": "retard",
    "phase": "phase tranche",
    "stage": "phase étape",
    "resident": "habitant locataire",
    "towers": "tours",
    "storey": "étage",
    "storeys": "étages",
    "floor": "étage",
    "garden": "jardin",
    "gardens": "jardins",
    "allotment": "jardin familial parcelle",
    "allotments": "jardins familiaux parcelles",
    "tree": "arbre",
    "trees": "arbres",
    "bench": "banc",
    "benches": "bancs",
    "lighting": "éclairage",
    "safety": "sécurité tranquillité",
    "police": "police",
    "drug": "stupéfiants drogue",
    "drugs": "stupéfiants drogue",
    "fire": "incendie",
    "cleaning": "nettoyage propreté",
    "waste": "déchets",
    "bins": "poubelles conteneurs",
    "caretaker": "gardien",
    "caretakers": "gardiens",
    "concierge": "gardien",
    "midwife": "sage-femme",
    "health": "santé",
    "hospital": "hôpital",
    "pupils": "élèves",
    "teachers": "enseignants",
    "canteen": "cantine restauration scolaire",
    "sports": "sport sportif sportive",
    "stadium": "stade",
    "swimming pool": "piscine",
    "association": "association",
    "associations": "associations",
    "volunteers": "bénévoles volontaires",
    "festival": "fête festival",
    "job": "emploi poste",
    "weekly": "hebdomadaire semaine",
    "monthly": "mensuel mensuelle mois",
    "median": "médian médiane",
    "total": "total",
    "price": "prix",
    "fee": "honoraires rémunération",
    "fees": "honoraires rémunération",
    "wage": "salaire",
    "signature": "signature",
    "unanimously": "unanimité",
    "opposition": "opposition",
    "public inquiry": "enquête publique",
    "inquiry": "enquête",
    "commissioner": "commissaire",
    "opinion": "avis",
    "reservation": "réserve",
    "recommendation": "recommandation",
    "objection": "observation opposition",
    "expropriation": "expropriation",
    "acquisition": "acquisition achat",
    "purchase": "achat acquisition",
    "sale": "vente cession",
    "bought": "acquis acheté racheté",
    "sold": "vendu cédé",
    "worksite": "chantier",
    "worksites": "chantiers",
    "rule": "règle",
    "one-for-one": "un pour un",
    "created": "création créée",
    "founded": "création créée",
}

# French words that the documents express otherwise ("le budget d'Antony" -> "Montant du projet").
FR_SYNONYMS: dict[str, str] = {
    "budget": "montant",
    "coût": "montant",
    "cout": "montant",
    "population": "habitants",
    "démolis": "démolitions",
    "détruits": "démolitions",
    # Units the documents abbreviate ("requalification de 2,4 km de voiries").
    "kilomètres": "km",
    "kilomètre": "km",
}
# Everyday words for the field's formal ones, as users write them and the documents do not
# ("combien d'appartements abattus" for "144 démolitions"): each everyday form -> the formal words.
_EVERYDAY = {
    "logements": "appartement appartements habitation habitations",
    "ménages": "foyer foyers famille familles",
    "habitants": "gens",
    "démolitions démolis": "abattu abattus abattue abattues abattre abattra abattront rasé rasés "
    "rasée rasées raser détruit détruite détruites détruire détruira destruction destructions",
    "constructions construits": "bâti bâtis bâtie bâties bâtir bâtira bâtiront édifié édifiés",
    "reconstructions reconstruits reconstitution": "rebâti rebâtis rebâtie rebâties rebâtir",
    "montant": "coûte coûté coûtera coûtait",
    "relogés relogement": "déménager déménagé déménagés déménagement déménagements déplacé "
    "déplacés déplacée déplacées",
    "montant financement": "enveloppe argent",
    "versé versés versée financé financement": "payé payée payés payées déboursé déboursés",
    "commerces cellules": "boutique boutiques magasin magasins",
    "mémoire": "souvenir souvenirs",
    "vacants vacantes vacance": "inoccupé inoccupés inoccupée inoccupées vide vides",
    "abattement": "exonération exonérations allègement",
    "surface": "superficie",
    "acquisitions acquis acquise acquises": "achat achats acheté achetée achetés achetées acheter "
    "rachat rachats racheté rachetée rachetés racheter",
    "cession cessions cédé cédée cédés cédées": "vente ventes vendu vendue vendus vendre revendre "
    "revendu revendue",
    "membres": "siègent siéger",
    "immeubles": "bâtiment bâtiments",
    # A "barre" is a long block of flats ("la barre du Noroît" for "l'immeuble du Noroît").
    "barre barres": "immeuble",
    "chômage": "chômeurs chômeuses",
    "équipe": "cabinet prestataire bureau",
    "communes": "villes",
    "jours": "journée journées",
    # The person to turn to for an action: its sheet's "Référente".
    "référent référente": "interlocuteur interlocutrice interlocuteurs interlocutrices",
    # An elected official is named by their office ("adjointe au maire", "vice-présidente").
    "maire adjoint adjointe président présidente": "élu élue élus élues",
    "ville": "mairie commune",
    # A period's adjective: "chaque mois" is "mensuelle", "par semaine" "hebdomadaire".
    "mensuel mensuelle mensuels mensuelles": "mois",
    "hebdomadaire hebdomadaires": "semaine semaines",
    "trimestriel trimestrielle trimestriels trimestrielles": "trimestre trimestres",
    # The condition attached to an opinion is a "réserve" ("avis favorable sous réserve").
    "réserve réserves": "condition conditions",
}
FR_SYNONYMS.update({form: formal for formal, forms in _EVERYDAY.items() for form in forms.split()
                    if form not in FR_SYNONYMS})  # fmt: skip
_FR_REGEX = re.compile(r"\b(" + "|".join(re.escape(t) for t in FR_SYNONYMS) + r")\b", re.IGNORECASE)

_ENGLISH_MARKERS = frozenset(
    "what which who whom whose how where when why were was is are did does do the of and "
    "many much tell list give show".split()
)
_TERM_PATTERNS = sorted(EN_TO_FR, key=len, reverse=True)
_TERM_REGEX = re.compile(
    r"\b(" + "|".join(re.escape(t) for t in _TERM_PATTERNS) + r")\b", re.IGNORECASE
)


def looks_english(text: str) -> bool:
    """A cheap language guess for short questions: enough English function words."""
    words = re.findall(r"[a-zA-Z']+", text.lower())
    if not words:
        return False
    hits = sum(1 for w in words if w in _ENGLISH_MARKERS or w.endswith("'s"))
    return hits >= 2 or (hits >= 1 and len(words) <= 4)


def expand_query(query: str) -> str:
    """Append the French equivalents of the English field terms found in the query."""
    found: list[str] = []
    for match in _TERM_REGEX.finditer(query):
        french = EN_TO_FR[match.group(1).lower()].replace("|", " ")
        if french not in found:
            found.append(french)
    return f"{query} {' '.join(found)}" if found else query


def french_spellings(name: str) -> list[str]:
    """The French ways of writing the field terms an English name holds, each alternative of
    an entry apart ("European Social Fund": "FSE", "fonds social européen")."""
    return [spelling for m in _TERM_REGEX.finditer(name)
            for spelling in EN_TO_FR[m.group(1).lower()].split("|")]  # fmt: skip


def expand_synonyms(query: str) -> str:
    """Append the corpus' own words for a few French terms it never uses ("budget" -> "montant")."""
    found = [FR_SYNONYMS[m.group(1).lower()] for m in _FR_REGEX.finditer(query)]
    return f"{query} {' '.join(dict.fromkeys(found))}" if found else query


# English suffixes and the French ones of the same learned words ("coordinator" coordinateur,
# "visitors" visiteurs, "priority" priorité, "beneficiary" bénéficiaire, "territory"
# territoire, "economic" économique, "collective" collectif): the French stemmer cuts the
# English form elsewhere.
_COGNATE_SUFFIXES = (
    ("ators", "ateurs"), ("ator", "ateur"), ("ors", "eurs"), ("or", "eur"),
    ("ities", "ités"), ("ity", "ité"),
    ("aries", "aires"), ("ary", "aire"), ("ories", "oires"), ("ory", "oire"),
    ("isms", "ismes"), ("ism", "isme"), ("ists", "istes"), ("ist", "iste"),
    ("ics", "iques"), ("ic", "ique"), ("ives", "ifs"), ("ive", "if"), ("ous", "eux"),
)  # fmt: skip


def french_cognate(word: str) -> str | None:
    """The French form of an English learned word, by its suffix; None for other words and
    for short ones ("city" is no "cité")."""
    word = word.lower()
    if len(word) < 6:
        return None
    for english, french in _COGNATE_SUFFIXES:
        if word.endswith(english):
            return word[: -len(english)] + french
    return None


def concepts(text: str) -> list[frozenset[str]]:
    """The question's content words as sets of interchangeable index tokens.

    Each content word gives its own analyzed token plus, when it is an English field term, the
    tokens of its French equivalents: "closure" -> {closur, clotur, sort, convent}, and each
    token's derived forms ("démolir" demol -> {demol, demolit}; index/analyzer.py). A passage
    "covers" a concept when it holds any of its tokens.
    """
    return list(_concepts(text))


def _phrase_share(term: str, word: str) -> set[str]:
    """The tokens of a phrase's French translation that stand for one of its words: those the
    phrase's other words do not translate to by themselves. "poverty rate" is "taux de
    pauvreté": "poverty" stands for "pauvreté", "rate" (taux) for "taux", so that a "taux de
    chômage" does not say the poverty asked. All of the translation when the others translate
    to nothing of it ("project office": "maison du projet"). A one-word alternative stands for
    the phrase whole ("regional council": "Région|conseil régional")."""
    from index.analyzer import analyze

    others: set[str] = set()
    for other in re.findall(r"[\w'’-]+", term):
        if other.lower() == word.lower():
            continue
        own = EN_TO_FR.get(other.lower()) or french_cognate(other)
        if own:
            others |= set(analyze(own))
    share: set[str] = set()
    for alternative in EN_TO_FR[term].split("|"):
        whole = set(analyze(alternative))
        share |= whole if len(whole) <= 1 else (whole - others) or whole
    return share


@lru_cache(maxsize=4096)  # questions and quoted sentences come back (every chat turn rates several)
def _concepts(text: str) -> tuple[frozenset[str], ...]:
    from index.analyzer import analyze, derived_forms

    out: list[frozenset[str]] = []
    seen: set[str] = set()
    phrase_spans = [(m.start(), m.end(), m.group(1).lower()) for m in _TERM_REGEX.finditer(text)]
    english = looks_english(text)
    for match in re.finditer(r"[\w'’-]+", text):
        tokens = analyze(match.group())
        if not tokens:
            continue
        alternatives = set(tokens)
        synonym = FR_SYNONYMS.get(re.sub(r"^\w['’]", "", match.group().lower()))  # "d'appartements"
        if synonym:
            alternatives |= set(analyze(synonym))
        for start, end, term in phrase_spans:
            if start <= match.start() < end and (" " in term or english):
                alternatives |= _phrase_share(term, match.group())
        if english and (cognate := french_cognate(match.group())):
            alternatives |= set(analyze(cognate))
        key = tokens[0]
        if key in seen:
            continue
        seen.add(key)
        out.append(frozenset(form for token in alternatives for form in derived_forms(token)))
    return tuple(out)
