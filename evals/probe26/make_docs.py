#!/usr/bin/env python3
"""Generate the five probe26 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Mauzelay-sur-Thouet (Deux-Sèvres, Nouvelle-Aquitaine), quartier prioritaire du
        Pré-Gaudin, an old tanners' and parchment-makers' district on the Thouet (agglomeration:
        Mauzelay Thouet Agglomération; social landlords Thouet Habitat, an OPH, and Célestia
        Habitat, a national ESH based in Tours; buildings named after troubadours: tour Jaufré,
        barre Marcabru, résidences Bernart and Cercamon; place des Parcheminiers, école
        élémentaire des Mégissiers; rebuilt social homes on the îlot des Corroyeurs and rue de la
        Croix-Pelée)
    - rapport-analyse-offres-desamiantage-deconstruction-tour-jaufre-thouet-habitat.docx
        (bid evaluation report of the project engineer Dalberge Ingénierie for Thouet Habitat's
        tender committee of 27 January 2026, works of asbestos removal and demolition of the tour
        Jaufré: labelled fields, the consultation's steps as a list with a lead-in, a weighted
        criteria table with a total row, the six bids and the one found irregular (no SS3
        certificate), a scoring table of the five regular bids with ranks, the award proposal
        and the winner's commitments as a list)
    - radio-thouet-invitee-matin-francoise-aubineau-pre-gaudin-tour-jaufre.html
        (local radio station's web page: transcript of the mayor's morning interview of
        4 February 2026, questions and answers as paragraphs, a street report with three
        residents' quotes, a box of key figures, cookie banner, navigation and footer)
Town 2: Montcharoux-sur-Sioule (Allier, Auvergne-Rhône-Alpes), quartier prioritaire des
        Épinettes, between the railway and the river (agglomeration: Sioule Bourbonnais
        Agglomération; social landlords Sioule Habitat, an OPH, and Célestia Habitat; buildings
        named after clouds: barre Stratus, tour Cumulus, résidences Nimbus and Cirrus; place and
        voie nouvelle des Mariniers, maison du projet rue des Flotteurs)
    - bilan-concertation-prealable-npnru-epinettes-montcharoux-sur-sioule.pdf
        (summary of the pre-project public consultation adopted by the community council on
        11 December 2025: form, the project submitted (five parts as bullets), a table of the
        consultation events with participants and a total row, the questionnaire's priorities,
        the four changes made to the project, the two open questions, next steps)
    - crc-rapport-observations-definitives-sioule-habitat-extrait-epinettes.md
        (extract of the regional audit chamber's final report on the OPH Sioule Habitat, with
        YAML front matter: labelled fields, the three recommendations as a numbered list with a
        lead-in, chapter 5 on the office's part in the renewal project with a table of its four
        operations (homes, cost, ANRU grant requested, own funds) and a total row, vacancy,
        financing gap, the post left vacant, rehousing cost, the chair's answer)
Both towns:
    - offre-emploi-celestia-habitat-charge-operations-renouvellement-bernart-cirrus.txt
        (job offer of Célestia Habitat for an urban-renewal operations officer covering its
        operations in both neighbourhoods, plain text: labelled header fields, the company, the
        three operations followed (résidence Bernart, 36 homes rue de la Croix-Pelée, résidence
        Cirrus) as a list with a lead-in, missions, profile, benefits, how to apply)

The documents overlap on purpose: both neighbourhoods have homes to demolish (112 in town 1,
96 in town 2), a budget (41,2 M€ with 11,8 M€ from the ANRU in town 1; 38,4 M€ with 10,9 M€
requested in town 2), a project manager of the agglomeration (Karine Bouchereau, Lucie Marcheix),
rebuilt homes outside the neighbourhood (84, 64), households to rehouse (61 at the tour Jaufré,
81 at the barre Stratus) and a residence of Célestia Habitat under refurbishment (Bernart, 55 000 €
per home; Cirrus, 58 000 € per home). Some facts are given for one town only (the demolition
tender and the integration hours in town 1, the public consultation and the audit chamber's
report in town 2, the town's own contribution in town 1), some only as planned (the signature of
the Épinettes convention), some for one year only (the vacancy at the end of 2024), some only as a
whole (the rehousing of the tour Jaufré, never broken down by destination) and some bodies are
never named (the firm refurbishing the résidence Bernart).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by the shared writers of evals/probekit.py. All text is held
in this script; running it again rewrites the five files byte-for-byte (fixed metadata dates,
fixed zip timestamps).

After writing, the script checks evals/questions.probe26.jsonl when it exists (see
evals/probe26/build_questions.py): every gold quote must occur, after whitespace normalisation,
inside one visible text block of one of its gold documents, every answer fact must occur in one
of its gold documents, every near-doc tag must name a document, and the tag counts are printed.
It exits 1 on any failure.

Run from the repository root: python evals/probe26/make_docs.py
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe26.jsonl")
QID_PREFIX = "q26"

FN_DOCX = "rapport-analyse-offres-desamiantage-deconstruction-tour-jaufre-thouet-habitat.docx"
FN_PDF = "bilan-concertation-prealable-npnru-epinettes-montcharoux-sur-sioule.pdf"
FN_HTML = "radio-thouet-invitee-matin-francoise-aubineau-pre-gaudin-tour-jaufre.html"
FN_MD = "crc-rapport-observations-definitives-sioule-habitat-extrait-epinettes.md"
FN_TXT = "offre-emploi-celestia-habitat-charge-operations-renouvellement-bernart-cirrus.txt"

ZIP_DT = (2026, 1, 19, 16, 30, 0)
DOCX_DATE = "2026-01-19T16:30:00Z"
PDF_DATE = "D:20251212094500+01'00'"

# PDF colours: river green accent (titles, rules, table header), pale green label cells.
THEME_SIOULE = ((0.10, 0.36, 0.27), (0.90, 0.95, 0.92))


def hundredths(v):
    """A mark held in hundredths, French decimal comma (9037 -> "90,37")."""
    return f"{v // 100},{v % 100:02d}"


# ---------------------------------------------------------------------------
# 1. Bid evaluation report, demolition of the tour Jaufré: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Dalberge Ingénierie"
DX_DOC_KIND = "Rapport d'analyse des offres"
DX_HEADER = ("Thouet Habitat – consultation TH-2025-031 – désamiantage et déconstruction de la "
             "tour Jaufré – rapport d'analyse des offres – document confidentiel")
DX_FOOTER = ("Dalberge Ingénierie – ingénierie de la déconstruction et de la dépollution – "
             "Poitiers – maîtrise d'œuvre pour le compte de Thouet Habitat")
DX_KICKER = "Thouet Habitat – office public de l'habitat de Mauzelay Thouet Agglomération"
DX_TITLE = "Rapport d'analyse des offres"
DX_SUBTITLE = ("Marché de travaux de désamiantage et de déconstruction de la tour Jaufré – "
               "quartier du Pré-Gaudin, Mauzelay-sur-Thouet (Deux-Sèvres) – rapport présenté à "
               "la commission d'appel d'offres du 27 janvier 2026")
DX_KEYWORDS = ("NPNRU; Pré-Gaudin; Mauzelay-sur-Thouet; tour Jaufré; désamiantage; démolition; "
               "analyse des offres; Thouet Habitat")

LOW_REGULAR = 2298000
IRREGULAR_BID = 2187000
ESTIMATE = 2650000
# candidate, bid (€ HT), technical mark /50 and environmental mark /10 in hundredths
DX_BIDS = [
    ("Groupement Sauzeau Démolition / Ecodémo Atlantique", 2365000, 4350, 800),
    ("Orvalis Démolition", 2540000, 4500, 900),
    ("Démolitions Gourdonneau", 2412000, 4400, 800),
    ("Brenelière TP", 2736500, 4100, 700),
    ("Texier-Mallet Déconstruction", 2298000, 3600, 500),
]


def price_mark(bid):
    """The price mark out of 40, in hundredths, rounded half up: 40 × lowest regular / bid."""
    return (2 * 4000 * LOW_REGULAR + bid) // (2 * bid)


def dx_scored():
    rows = []
    for name, bid, tech, env in DX_BIDS:
        p = price_mark(bid)
        rows.append((name, bid, p, tech, env, p + tech + env))
    return sorted(rows, key=lambda r: -r[5])


def dx_criteria_rows():
    rows = [["N°", "Critère", "Pondération"],
            ["1", "Prix des prestations", "40 points"],
            ["2.1", "Valeur technique : méthodologie de désamiantage et de déconstruction",
             "25 points"],
            ["2.2", "Valeur technique : moyens humains et matériels affectés au chantier",
             "15 points"],
            ["2.3", "Valeur technique : planning et phasage", "10 points"],
            ["3", "Performance environnementale : réemploi et valorisation des déchets",
             "10 points"],
            ["Total", "", "100 points"]]
    return rows


def dx_scoring_rows():
    rows = [["Rang", "Candidat", "Montant (€ HT)", "Prix /40", "Valeur technique /50",
             "Environnement /10", "Note /100"]]
    for rank, (name, bid, p, tech, env, total) in enumerate(dx_scored(), 1):
        rows.append([str(rank), name, probekit.eur(bid), hundredths(p), hundredths(tech),
                     hundredths(env), hundredths(total)])
    return rows


def _check_docx():
    scored = dx_scored()
    assert [r[0] for r in scored] == ["Groupement Sauzeau Démolition / Ecodémo Atlantique",
                                      "Orvalis Démolition", "Démolitions Gourdonneau",
                                      "Brenelière TP", "Texier-Mallet Déconstruction"]
    assert [r[5] for r in scored] == [9037, 9019, 9011, 8159, 8100]
    assert [r[2] for r in scored] == [3887, 3619, 3811, 3359, 4000]
    assert min(b for _, b, _, _ in DX_BIDS) == LOW_REGULAR and IRREGULAR_BID < LOW_REGULAR
    assert 25 + 15 + 10 == 50 and 40 + 50 + 10 == 100
    assert ESTIMATE - 2365000 == 285000 and round(1000 * 285000 / ESTIMATE) == 108
    assert 2365000 * 12 // 10 == 2838000 and 2540000 - 2365000 == 175000
    assert round(1000 * (ESTIMATE - LOW_REGULAR) / ESTIMATE) == 133
    assert 72 + 40 == 112 and 72 - 61 == 11


DX_TABLES = {"criteres": dx_criteria_rows(), "notation": dx_scoring_rows()}
DX_WIDTHS = {"criteres": [900, 6900, 1800],
             "notation": [600, 3000, 1300, 900, 1300, 1200, 1300]}
DX_FIELDS = [
    ("Acheteur", "Thouet Habitat, office public de l'habitat, 4 avenue du Thouet, "
                 "Mauzelay-sur-Thouet"),
    ("Représentant de l'acheteur", "Laurent Méchin, directeur général"),
    ("Maître d'œuvre", "Dalberge Ingénierie (Poitiers), mandataire du groupement de maîtrise "
                       "d'œuvre de la démolition"),
    ("Référence", "Consultation TH-2025-031 – lot unique"),
    ("Procédure", "Appel d'offres ouvert (articles L. 2124-2 et R. 2124-2 du code de la "
                  "commande publique)"),
    ("Forme du marché", "Marché ordinaire de travaux à prix global et forfaitaire"),
    ("Date limite de remise des offres", "Lundi 15 décembre 2025 à 12 h"),
    ("Estimation du maître d'œuvre", "2 650 000 € HT"),
    ("Rédacteur", "Matthieu Corbineau, ingénieur chargé d'affaires, Dalberge Ingénierie – "
                  "rapport du 19 janvier 2026"),
]
DX_SECTIONS = [
    ("h1", "1. Objet de la consultation"),
    ("p", "La tour Jaufré, construite en 1968 au cœur du quartier prioritaire du Pré-Gaudin, "
          "compte 72 logements répartis sur un rez-de-chaussée et douze étages. Sa démolition "
          "est inscrite dans la convention pluriannuelle de renouvellement urbain du "
          "Pré-Gaudin, signée le 21 mai 2025, qui prévoit au total la démolition de 112 "
          "logements : la tour Jaufré et les cages 1 et 2 de la barre Marcabru. Le relogement "
          "des 61 ménages qui occupaient encore la tour en septembre 2023 est achevé ; le "
          "dernier logement a été libéré le 17 octobre 2025, et l'immeuble est muré et "
          "gardienné depuis."),
    ("p", "Le marché porte sur l'ensemble des travaux nécessaires à la disparition de "
          "l'immeuble : installation de chantier, curage, désamiantage, déconstruction par "
          "grignotage à la pelle à grand bras, évacuation et valorisation des déchets, "
          "remblaiement et engazonnement provisoire de l'emprise. Le repérage avant démolition "
          "a identifié des matériaux amiantés dans les colles de faïence, les dalles de sol et "
          "les conduits de vide-ordures. L'aménagement du futur square, qui occupera l'emprise "
          "de la tour, ne fait pas partie du marché."),
    ("h1", "2. Déroulement de la consultation"),
    ("p", "Le montant estimé des travaux dépassant le seuil européen, la consultation a été "
          "lancée sous la forme d'un appel d'offres ouvert. Elle s'est déroulée selon le "
          "calendrier suivant :"),
    ("li", "3 novembre 2025 : envoi de l'avis d'appel public à la concurrence au BOAMP et au "
           "JOUE, et mise en ligne du dossier sur le profil d'acheteur ;"),
    ("li", "20 novembre 2025 : visite du site, facultative, à laquelle sept entreprises ont "
           "participé ;"),
    ("li", "2 décembre 2025 : publication des réponses aux 14 questions posées par les "
           "candidats ;"),
    ("li", "15 décembre 2025 à 12 h : date limite de remise des offres ;"),
    ("li", "16 décembre 2025 : ouverture des plis."),
    ("p", "Six plis ont été reçus dans le délai ; aucun pli n'est parvenu hors délai. Les six "
          "candidatures ont été admises, les capacités professionnelles, techniques et "
          "financières des candidats étant suffisantes au regard de l'objet du marché."),
    ("h1", "3. Critères de jugement des offres"),
    ("p", "Conformément au règlement de la consultation, les offres ont été jugées selon les "
          "critères pondérés suivants :"),
    ("table", "criteres"),
    ("p", "La note de prix est calculée selon la formule : note = 40 × (montant de l'offre "
          "régulière la moins disante / montant de l'offre examinée). La valeur technique et la "
          "performance environnementale sont appréciées au vu du mémoire technique, limité à "
          "20 pages, et du schéma d'organisation et de gestion des déchets."),
    ("h1", "4. Régularité des offres"),
    ("p", "Le règlement de la consultation exigeait que l'entreprise chargée du retrait de "
          "l'amiante, titulaire ou sous-traitante, détienne la certification prévue par le code "
          "du travail pour les travaux de retrait. Les six offres reçues émanent des candidats "
          "suivants :"),
    ("li", "groupement Sauzeau Démolition (Parthenay) et Ecodémo Atlantique (La "
           "Roche-sur-Yon) ;"),
    ("li", "Orvalis Démolition (Tours) ;"),
    ("li", "Démolitions Gourdonneau (Bressuire) ;"),
    ("li", "Brenelière TP (Niort) ;"),
    ("li", "Texier-Mallet Déconstruction (Cholet) ;"),
    ("li", "Atlantique Désamiantage Services (Nantes)."),
    ("p", "L'offre d'Atlantique Désamiantage Services est irrégulière : l'entreprise ne "
          "justifie pas de la certification SS3, et son offre ne mentionne aucun sous-traitant "
          "certifié. Une régularisation n'était pas possible sans modifier une caractéristique "
          "substantielle de l'offre. Celle-ci est donc écartée, et son montant, 2 187 000 € HT, "
          "n'a pas été pris en compte dans le calcul des notes de prix."),
    ("p", "L'offre de Texier-Mallet Déconstruction, inférieure de 13,3 % à l'estimation, a fait "
          "l'objet d'une demande de précisions le 5 janvier 2026. Les justifications apportées "
          "le 9 janvier (désamiantage réalisé par le personnel de l'entreprise, matériel déjà "
          "présent sur un chantier voisin) ont été jugées suffisantes : l'offre n'est pas "
          "anormalement basse."),
    ("h1", "5. Analyse et classement des offres"),
    ("p", "Cinq offres régulières ont été analysées. Le tableau ci-dessous en présente les "
          "montants, les notes obtenues et le classement."),
    ("table", "notation"),
    ("note", "Montants en euros hors taxes. Notes arrondies au centième."),
    ("p", "Le groupement Sauzeau Démolition / Ecodémo Atlantique obtient la meilleure note, "
          "90,37 sur 100, devant Orvalis Démolition (90,19) et Démolitions Gourdonneau (90,11). "
          "Son mémoire technique est le plus précis sur le phasage du désamiantage, conduit "
          "cage par cage sous confinement, et il prévoit la présence permanente sur le "
          "chantier d'un encadrant technique certifié. Orvalis Démolition présente la démarche "
          "de réemploi la plus aboutie, mais pour un prix supérieur de 175 000 € HT."),
    ("p", "L'offre de Texier-Mallet Déconstruction, la moins chère, est pénalisée par un mémoire "
          "technique succinct : le planning ne distingue pas les phases de désamiantage et de "
          "déconstruction, et aucune mesure de réduction des poussières n'est prévue pour les "
          "riverains de la barre Marcabru, distante de 28 mètres."),
    ("h1", "6. Proposition d'attribution"),
    ("p", "Au vu de cette analyse, le maître d'œuvre propose à la commission d'appel d'offres "
          "d'attribuer le marché au groupement Sauzeau Démolition (mandataire, Parthenay) / "
          "Ecodémo Atlantique (cotraitant chargé du désamiantage, La Roche-sur-Yon), pour un "
          "montant de 2 365 000 € HT, soit 2 838 000 € TTC. Ce montant est inférieur de "
          "285 000 € HT, soit 10,8 %, à l'estimation du maître d'œuvre."),
    ("p", "Le groupement a pris les engagements suivants, qui deviendront contractuels :"),
    ("li", "un délai d'exécution de 15 mois, dont 5 mois de désamiantage, à compter de l'ordre "
           "de service, dont l'émission est prévue le 2 mars 2026 ;"),
    ("li", "un taux de valorisation matière des déchets inertes d'au moins 92 % ;"),
    ("li", "le réemploi de 140 portes palières et de 60 radiateurs en fonte, remis à la "
           "ressourcerie de Mauzelay Thouet Agglomération ;"),
    ("li", "2 800 heures de travail réservées à des personnes en insertion professionnelle, au "
           "titre de la clause sociale du marché."),
    ("p", "Si l'ordre de service est émis à la date prévue, les travaux s'achèveront à la fin "
          "du mois de mai 2027. Les candidats non retenus seront informés du rejet de leur "
          "offre dès la décision de la commission ; le marché ne pourra être signé qu'à "
          "l'expiration d'un délai de onze jours."),
    ("p", "La dépense est prévue au plan de financement de la convention, où la démolition de "
          "la tour Jaufré est subventionnée à 80 % par l'ANRU sur une assiette de 3 420 000 € "
          "HT comprenant les travaux, les honoraires et les frais de relogement."),
    ("note", "Rapport vérifié par Sandrine Poupard, directrice de la maîtrise d'ouvrage de "
             "Thouet Habitat, le 21 janvier 2026."),
]


# ---------------------------------------------------------------------------
# 2. Summary of the pre-project public consultation: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = ("Sioule Bourbonnais Agglomération – bilan de la concertation préalable – "
                  "projet de renouvellement urbain des Épinettes")
PD_HEADER_RIGHT = "BILAN DE LA CONCERTATION"
PD_FOOTER = ("Annexe à la délibération n° 2025-184 du conseil communautaire du 11 décembre 2025 "
             "– document consultable à la maison du projet des Épinettes")
PD_AUTHOR = "Sioule Bourbonnais Agglomération – direction de l'habitat et du renouvellement urbain"
PD_CREATOR = "Sioule Bourbonnais Agglomération"
PD_SUBJECT = ("Bilan de la concertation préalable au projet de renouvellement urbain du quartier "
              "des Épinettes, Montcharoux-sur-Sioule")
PD_KICKER = ("SIOULE BOURBONNAIS AGGLOMÉRATION – DIRECTION DE L'HABITAT ET DU RENOUVELLEMENT "
             "URBAIN")
PD_TITLE = "Bilan de la concertation préalable"
PD_SUBTITLE = ("Projet de renouvellement urbain du quartier des Épinettes – Montcharoux-sur-Sioule "
               "(Allier)")
PD_FORM = [
    ("Maître d'ouvrage", "Sioule Bourbonnais Agglomération (présidente : Évelyne Chapuzet)"),
    ("Cadre", "Concertation préalable prévue par l'article L. 103-2 du code de l'urbanisme ; "
              "modalités fixées par délibération du conseil communautaire du 26 juin 2025"),
    ("Période", "Du lundi 15 septembre au vendredi 31 octobre 2025"),
    ("Animation", "Palabre & Territoires (Clermont-Ferrand), sous la direction d'Anaïs "
                  "Delarbre ; mission de 28 400 € HT"),
    ("Rédaction", "Lucie Marcheix, cheffe de projet renouvellement urbain"),
    ("Bilan", "Arrêté par le conseil communautaire du 11 décembre 2025 (délibération "
              "n° 2025-184)"),
]
PERIOD = "15 sept. – 31 oct. 2025"
# date, event, place, participations
PD_EVENTS = [
    ("16 septembre 2025", "Réunion publique de lancement", "Salle des fêtes Jean-Zay", 124),
    ("27 septembre 2025", "Balade urbaine", "Départ de la maison du projet", 37),
    ("8 octobre 2025", "Atelier « espaces publics et circulation »", "École Marie-Curie", 29),
    ("15 octobre 2025", "Atelier « logement et relogement »", "Maison du projet", 46),
    ("22 octobre 2025", "Atelier jeunes (12-25 ans)", "Centre social des Épinettes", 18),
    (PERIOD, "Huit permanences", "Maison du projet", 61),
    (PERIOD, "Questionnaire papier et en ligne", "–", 233),
    (PERIOD, "Registre et adresse électronique dédiée", "–", 27),
]


def pd_event_rows():
    rows = [["Date", "Modalité", "Lieu", "Participations"]]
    for date, event, place, n in PD_EVENTS:
        rows.append([date, event, place, str(n)])
    rows.append(["Total", "", "", str(sum(e[3] for e in PD_EVENTS))])
    return rows


def _check_pdf():
    assert sum(e[3] for e in PD_EVENTS) == 575
    assert 990 + 90 == 1080 and round(100 * 38 / 81) == 47 and 96 - 15 == 81
    assert 14 > 6 and 14 < 22


PD_TABLES = {"participation": (pd_event_rows, [95, 180, 125])}
PD_BLOCKS = [
    ("h", "1. Le projet soumis à la concertation"),
    ("p", "Le quartier des Épinettes, au sud de Montcharoux-sur-Sioule, entre la voie ferrée et "
          "la rivière, compte 2 540 habitants et 1 080 logements sociaux : 990 appartiennent à "
          "Sioule Habitat, l'office public de l'habitat de l'agglomération, et 90, ceux de la "
          "résidence Cirrus, à Célestia Habitat. Il figure parmi les projets d'intérêt régional "
          "du nouveau programme national de renouvellement urbain."),
    ("p", "Le projet présenté aux habitants, issu de l'étude urbaine conduite en 2024 et 2025, "
          "comportait cinq volets :"),
    ("b", "la démolition de la barre Stratus (96 logements, Sioule Habitat), dont 81 sont "
          "occupés ;"),
    ("b", "la réhabilitation de la tour Cumulus (54 logements, Sioule Habitat) et de la "
          "résidence Cirrus (90 logements, Célestia Habitat) ;"),
    ("b", "la résidentialisation de la résidence Nimbus (70 logements, Sioule Habitat) ;"),
    ("b", "la création de la voie nouvelle des Mariniers, entre la rue de la Sioule et "
          "l'avenue de Vichy, et le réaménagement de la place des Mariniers ;"),
    ("b", "la reconstitution, hors du quartier, de 64 logements sociaux sur deux sites de la "
          "commune."),
    ("p", "Son coût est estimé à 38,4 millions d'euros hors taxes, dont 10,9 millions d'euros de "
          "subventions attendues de l'ANRU. Le dossier doit être présenté au comité "
          "d'engagement de l'ANRU au printemps 2026 ; la convention pluriannuelle sera signée à "
          "la suite."),
    ("h", "2. Les modalités de la concertation"),
    ("p", "La délibération du 26 juin 2025 prévoyait une réunion publique, des ateliers, des "
          "permanences, un questionnaire et un registre. Une balade urbaine et un atelier "
          "réservé aux jeunes ont été ajoutés à la demande du conseil citoyen des Épinettes. "
          "L'information a été assurée par une lettre distribuée dans les 1 080 boîtes aux "
          "lettres du quartier, des affiches dans les halls et une page dédiée du site internet "
          "de l'agglomération."),
    ("table", "participation"),
    ("note", "Une même personne a pu participer à plusieurs temps de la concertation : le total "
             "compte des participations, non des personnes. Palabre & Territoires estime à 390 "
             "le nombre de personnes différentes qui se sont exprimées."),
    ("h", "3. Ce que les habitants ont exprimé"),
    ("p", "Le questionnaire a recueilli 233 réponses, dont 71 % émanent de personnes habitant "
          "les Épinettes. Invités à désigner leurs trois priorités, les répondants ont cité le "
          "plus souvent :"),
    ("b", "la tranquillité et la sécurité (58 % des réponses) ;"),
    ("b", "l'état des logements, en particulier le chauffage et l'isolation (52 %) ;"),
    ("b", "le stationnement (34 %) ;"),
    ("b", "le maintien des commerces de proximité (29 %)."),
    ("p", "La démolition de la barre Stratus a suscité des avis partagés. À l'atelier « logement "
          "et relogement », une majorité des participants l'a approuvée, mais de nombreux "
          "locataires de la barre ont dit leur crainte de devoir quitter le quartier ou de payer "
          "un loyer plus élevé. Selon l'enquête sociale de Sioule Habitat, 38 des 81 ménages "
          "souhaitent être relogés aux Épinettes."),
    ("p", "Les habitants ont par ailleurs défendu le city-stade, très fréquenté, et les platanes "
          "de la place des Mariniers, et se sont inquiétés de la circulation sur la future voie "
          "nouvelle."),
    ("h", "4. Les évolutions apportées au projet"),
    ("p", "À l'issue de la concertation, le comité de pilotage du 20 novembre 2025 a retenu "
          "quatre modifications du projet :"),
    ("b", "le city-stade, que le projet initial déplaçait en bordure de la voie ferrée, restera "
          "au cœur du quartier, à côté du centre social ;"),
    ("b", "14 des 22 platanes de la place des Mariniers seront conservés, au lieu de 6 dans le "
          "projet initial ;"),
    ("b", "la voie nouvelle des Mariniers sera limitée à 30 km/h et interdite aux poids lourds, "
          "sauf livraisons ;"),
    ("b", "un local associatif de 180 m² sera aménagé au rez-de-chaussée de la tour Cumulus."),
    ("p", "Ces modifications augmentent le coût du projet de 310 000 € HT, à la charge de Sioule "
          "Bourbonnais Agglomération ; l'estimation de 38,4 millions d'euros les intègre."),
    ("h", "5. Les questions qui restent ouvertes"),
    ("p", "Deux demandes n'ont pas pu recevoir de réponse définitive à ce stade :"),
    ("b", "la garantie, demandée par le conseil citoyen, d'un relogement dans le quartier pour "
          "tous les ménages qui le souhaitent : Sioule Habitat s'engage à examiner chaque "
          "demande, sans pouvoir promettre un logement aux Épinettes à chacun ;"),
    ("b", "le maintien de la pharmacie et de la boulangerie pendant les travaux de la place des "
          "Mariniers, qui dépendra du phasage du chantier, encore à l'étude."),
    ("h", "6. Suites"),
    ("p", "Le relogement des ménages de la barre Stratus commencera en janvier 2026, avec "
          "l'appui d'une chargée de relogement de Sioule Habitat qui tiendra une permanence "
          "hebdomadaire à la maison du projet. La démolition de la barre est envisagée à partir "
          "du second semestre 2027. La concertation se poursuivra pendant toute la durée du "
          "projet, notamment par des ateliers sur l'aménagement de la place des Mariniers en "
          "2026."),
    ("p", "Le présent bilan est tenu à la disposition du public à l'hôtel d'agglomération, à la "
          "mairie de Montcharoux-sur-Sioule et à la maison du projet des Épinettes, 2 rue des "
          "Flotteurs, ainsi que sur le site internet de l'agglomération."),
    ("note", "Bilan établi par Lucie Marcheix, cheffe de projet renouvellement urbain de Sioule "
             "Bourbonnais Agglomération, avec le concours de Palabre & Territoires."),
]


# ---------------------------------------------------------------------------
# 3. Local radio's web page: the mayor's morning interview: HTML (town 1)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Françoise Aubineau : « Au Pré-Gaudin, il ne restera rien de la tour Jaufré à l'été 2027 » – Radio Thouet</title>
<meta name="description" content="La maire de Mauzelay-sur-Thouet était l'invitée de la matinale. Démolition de la tour Jaufré, relogement, école des Mégissiers : ses réponses.">
<meta name="author" content="Pierre-Yves Gaborit">
<meta property="article:published_time" content="2026-02-04T08:15:00+01:00">
<link rel="canonical" href="https://www.radio-thouet.example/info/invitee-du-matin/francoise-aubineau-pre-gaudin-tour-jaufre">
<style>.cookies{position:fixed;bottom:0;width:100%}.direct{color:#c0392b}</style>
<script>window.rtConsent = window.rtConsent || {choix: null};</script>
</head>
<body>
<div class="cookies" role="dialog" aria-label="Cookies">
  <p>Radio Thouet utilise des cookies pour mesurer l'audience de son site et vous proposer ses podcasts. <a href="/cookies/">Paramétrer</a> · <a href="#">Accepter</a> · <a href="#">Continuer sans accepter</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">Radio Thouet – 98.4 FM</a></p>
  <nav class="rubriques">
    <ul>
      <li><a href="/direct/" class="direct">Écouter le direct</a></li>
      <li><a href="/info/">Info locale</a></li>
      <li><a href="/info/invitee-du-matin/">L'invité du matin</a></li>
      <li><a href="/sport/">Sport</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/podcasts/">Podcasts</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil"><a href="/">Accueil</a> › <a href="/info/">Info locale</a> › <a href="/info/invitee-du-matin/">L'invité du matin</a></nav>

<article class="entretien">
  <p class="rubrique">L'invitée du matin · Mauzelay-sur-Thouet</p>
  <h1>Françoise Aubineau : « Au Pré-Gaudin, il ne restera rien de la tour Jaufré à l'été 2027 »</h1>
  <p class="signature">Propos recueillis par Pierre-Yves Gaborit · Diffusé le mercredi 4 février 2026 à 7 h 50 · Podcast : 9 min 40</p>
  <p class="chapo">La commission d'appel d'offres de Thouet Habitat a retenu la semaine dernière l'entreprise qui démolira la tour Jaufré. Démolitions, relogement, école, coût pour la commune : la maire de Mauzelay-sur-Thouet a répondu à nos questions.</p>

  <p><strong>Pierre-Yves Gaborit :</strong> Françoise Aubineau, bonjour. La tour Jaufré va disparaître du paysage. Quand ?</p>
  <p><strong>Françoise Aubineau :</strong> Bonjour. Les entreprises s'installeront début mars. Il y aura d'abord cinq mois de désamiantage, à l'intérieur, qu'on ne verra guère de l'extérieur. La grignoteuse s'attaquera ensuite à la tour, étage par étage, et à l'été 2027 il n'en restera rien. À sa place, nous aménagerons un square de 6 000 m², ouvert sur la place des Parcheminiers.</p>
  <p><strong>Pierre-Yves Gaborit :</strong> Combien coûte l'ensemble du projet, et combien paie la commune ?</p>
  <p><strong>Françoise Aubineau :</strong> L'ensemble du projet du Pré-Gaudin représente 41,2 millions d'euros sur huit ans, de 2025 à 2032. L'ANRU en apporte 11,8 millions. La Ville, elle, prend à sa charge 6,3 millions d'euros, essentiellement pour la reconstruction de l'école des Mégissiers et les espaces publics. C'est un effort considérable pour une commune de 18 400 habitants, mais c'est l'investissement d'une génération.</p>
  <p><strong>Pierre-Yves Gaborit :</strong> On démolit 112 logements sociaux, on n'en reconstruit que 84. Il en manque 28 ?</p>
  <p><strong>Françoise Aubineau :</strong> Il n'en manque pas vraiment. À la tour Jaufré comme à la barre Marcabru, beaucoup de logements étaient vides depuis des années. Les 84 logements sociaux neufs seront construits hors du quartier, 48 sur l'îlot des Corroyeurs par Thouet Habitat et 36 rue de la Croix-Pelée par Célestia Habitat. L'objectif, c'est aussi de mieux répartir le logement social dans la ville.</p>
  <p><strong>Pierre-Yves Gaborit :</strong> Les locataires de la barre Marcabru s'inquiètent. Où en est leur relogement ?</p>
  <p><strong>Françoise Aubineau :</strong> Pour les deux cages qui seront démolies, 34 ménages devaient être relogés. Au 31 janvier, 19 l'ont été, et 15 restent à reloger. Thouet Habitat leur fait des propositions au cas par cas, et personne ne sera mis dehors : la démolition de ces deux cages n'interviendra qu'en 2028. Les autres cages de la barre, 56 logements, seront réhabilitées.</p>
  <p><strong>Pierre-Yves Gaborit :</strong> Et l'école des Mégissiers, dont les parents réclament la rénovation depuis longtemps ?</p>
  <p><strong>Françoise Aubineau :</strong> Elle sera entièrement reconstruite, sur place, pour 5,4 millions d'euros. Pendant les travaux, qui commenceront à l'été 2026, les enfants seront accueillis dans des bâtiments modulaires installés sur le plateau sportif, et la nouvelle école ouvrira à la rentrée de septembre 2028, avec dix classes.</p>
  <p><strong>Pierre-Yves Gaborit :</strong> Beaucoup d'habitants disent qu'ils ne sont pas informés de ce qui se prépare.</p>
  <p><strong>Françoise Aubineau :</strong> La maison du projet, place des Parcheminiers, est ouverte le mardi et le jeudi de 14 h à 18 h, et le samedi de 9 h à 12 h. Karine Bouchereau, la cheffe de projet de l'agglomération, y reçoit les habitants chaque jeudi. Et nous tiendrons une réunion publique sur le chantier de la tour le 24 février à 18 h 30, à la salle des fêtes du Pré-Gaudin.</p>
  <p><strong>Pierre-Yves Gaborit :</strong> Un mot de la résidence Bernart, où les échafaudages sont apparus cet hiver ?</p>
  <p><strong>Françoise Aubineau :</strong> Célestia Habitat y réhabilite entièrement ses 118 logements : isolation, fenêtres, ventilation, salles de bains. Les travaux ont commencé en novembre et les loyers n'augmenteront pas, c'est un engagement du bailleur.</p>
  <p><strong>Pierre-Yves Gaborit :</strong> Les élections municipales ont lieu en mars. Serez-vous candidate ?</p>
  <p><strong>Françoise Aubineau :</strong> Oui, je l'annoncerai officiellement samedi. Mais ce projet dépasse les mandats : il a été construit avec l'agglomération, avec les bailleurs et avec les habitants, et il ira à son terme.</p>

  <h2>Au pied des immeubles, entre soulagement et inquiétude</h2>
  <p class="signature">Reportage d'Inès Marquois</p>
  <p>Devant la barre Marcabru, Nadia Ferchaud, 58 ans, locataire de la cage 3, qui sera conservée, regarde la tour murée. « On va avoir de la poussière pendant plus d'un an, à trente mètres de nos fenêtres. On nous promet des capteurs et un arrosage permanent du chantier. J'attends de voir. »</p>
  <p>Gérard Pineau, 71 ans, a quitté la tour Jaufré en 2024 pour un deux-pièces de la résidence Cercamon. « J'ai vécu 39 ans au neuvième étage. Mon nouveau logement est plus petit, mais l'ascenseur marche. Je paie 23 € de plus par mois, et je chauffe moins. Je ne reviendrai pas voir tomber la tour : ça me ferait trop de peine. »</p>
  <p>Membre du conseil citoyen du Pré-Gaudin, Samir Ouahrani, 34 ans, pense surtout aux jeunes du quartier. « Il y a 2 800 heures de travail en insertion prévues sur la démolition. On veut qu'elles profitent d'abord aux habitants du Pré-Gaudin, pas seulement aux intérimaires habituels. »</p>

  <aside class="reperes">
    <h3>Repères – le Pré-Gaudin</h3>
    <ul>
      <li>2 960 habitants, quartier prioritaire de la politique de la ville</li>
      <li>41,2 millions d'euros d'investissements d'ici à 2032, dont 11,8 millions de l'ANRU</li>
      <li>112 logements sociaux démolis : 72 à la tour Jaufré, 40 à la barre Marcabru</li>
      <li>84 logements sociaux reconstruits hors du quartier</li>
      <li>2 365 000 € HT : le montant du marché de démolition de la tour Jaufré</li>
    </ul>
  </aside>
</article>

<aside class="a-ecouter">
  <h2>À écouter aussi</h2>
  <ul>
    <li><a href="/podcasts/marche-de-noel-bilan/">Marché de Noël : une fréquentation record</a></li>
    <li><a href="/podcasts/crue-thouet-vigilance/">Crue du Thouet : la vigilance jaune levée</a></li>
    <li><a href="/sport/rugby-mauzelay-derby/">Rugby : Mauzelay remporte le derby</a></li>
  </ul>
</aside>
</main>

<footer class="pied">
  <p>Radio Thouet – radio associative locale – 98.4 FM et en DAB+ dans le nord des Deux-Sèvres</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/contact/">Contact</a></p>
  <p>© 2026 Radio Thouet</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 72 + 40 == 112 and 48 + 36 == 84 and 112 - 84 == 28 and 34 - 19 == 15
    assert 40 + 56 == 96


# ---------------------------------------------------------------------------
# 4. Regional audit chamber's final report on Sioule Habitat, extract: Markdown (town 2)
# ---------------------------------------------------------------------------
# operation, homes, cost (k€ HT), ANRU grant requested (k€), office's own funds (k€)
MD_OPS = [
    ("Démolition de la barre Stratus", 96, 4180, 3344, 836),
    ("Réhabilitation de la tour Cumulus", 54, 3780, 756, 1134),
    ("Résidentialisation de la résidence Nimbus", 70, 1050, 420, 315),
    ("Reconstitution de l'offre sur deux sites hors du quartier", 64, 9280, 576, 1392),
]


def md_ops_table():
    e = probekit.eur
    lines = ["| Opération | Logements | Coût prévisionnel (k€ HT) | Subvention ANRU demandée "
             "(k€) | Fonds propres de l'office (k€) |",
             "|---|---:|---:|---:|---:|"]
    for name, homes, cost, anru, own in MD_OPS:
        lines.append(f"| {name} | {homes} | {e(cost)} | {e(anru)} | {e(own)} |")
    lines.append(f"| **Total** | – | **{e(sum(o[2] for o in MD_OPS))}** | "
                 f"**{e(sum(o[3] for o in MD_OPS))}** | **{e(sum(o[4] for o in MD_OPS))}** |")
    return "\n".join(lines)


def _check_md():
    assert sum(o[2] for o in MD_OPS) == 18290
    assert sum(o[3] for o in MD_OPS) == 5096
    assert sum(o[4] for o in MD_OPS) == 3677
    for _name, _homes, cost, anru, own in MD_OPS:
        assert anru + own <= cost
    assert 3344 + 836 == 4180 and round(100 * 990 / 4120) == 24
    assert round(81 * 5900, -3) == 478000 and 96 - 15 == 81


MD = """---
title: "Office public de l'habitat Sioule Habitat – rapport d'observations définitives – extrait"
juridiction: "Chambre régionale des comptes Auvergne-Rhône-Alpes"
organisme: "Sioule Habitat (Allier)"
exercices: "2019 et suivants"
delibere: 2025-10-09
communication: 2025-11-20
extrait: "Synthèse des recommandations et chapitre 5"
---

# Sioule Habitat – Rapport d'observations définitives (extrait)

**Chambre régionale des comptes Auvergne-Rhône-Alpes**

- **Organisme contrôlé** : office public de l'habitat Sioule Habitat, rattaché à Sioule Bourbonnais Agglomération, siège à Montcharoux-sur-Sioule
- **Exercices contrôlés** : 2019 et suivants
- **Délibéré** : le 9 octobre 2025, par la quatrième section de la chambre
- **Communication du rapport** : le 20 novembre 2025, à la présidente de l'office, Mme Hélène Bardonnet, et à son directeur général, M. Patrice Chaumeil
- **Présentation au conseil d'administration** : séance du 16 décembre 2025

Le présent extrait reproduit la synthèse des recommandations et le chapitre 5 du rapport, consacré à la participation de l'office au projet de renouvellement urbain du quartier des Épinettes. Les chapitres 1 à 4, relatifs à la gouvernance, à la gestion locative, au patrimoine et à la situation financière, ne sont pas reproduits.

## Recommandations

Au terme de son contrôle, la chambre adresse à l'office les recommandations suivantes :

1. Actualiser avant le 31 décembre 2026 le plan stratégique de patrimoine, en y intégrant l'ensemble des opérations du projet de renouvellement urbain des Épinettes et leurs effets sur l'autofinancement.
2. Mettre en place, pour chaque ménage relogé, un suivi du reste à charge pendant les deux années qui suivent le relogement.
3. Présenter chaque année au conseil d'administration un état d'avancement physique et financier des opérations de renouvellement urbain.

## 5. La participation de l'office au projet de renouvellement urbain des Épinettes

### 5.1 Un patrimoine concentré dans un quartier en difficulté

Sioule Habitat gérait au 31 décembre 2024 4 120 logements répartis dans 37 communes de l'Allier. Le quartier des Épinettes, à Montcharoux-sur-Sioule, en concentre 990, soit 24 % du parc. Construits entre 1962 et 1974, ces logements sont les plus anciens de l'office et les moins performants sur le plan énergétique : 61 % d'entre eux sont classés E, F ou G.

La vacance y est élevée. Au 31 décembre 2024, 15,3 % des logements de l'office aux Épinettes étaient vacants, contre 8,6 % pour l'ensemble de son parc. Dans la barre Stratus, dont la démolition est envisagée, 15 des 96 logements étaient vides, l'office ayant cessé de les relouer. La perte de loyers due à la vacance aux Épinettes a atteint 742 000 € en 2024.

### 5.2 Un programme d'opérations lourd au regard des moyens de l'office

Le projet de renouvellement urbain, dont le dossier doit être présenté au comité d'engagement de l'ANRU au printemps 2026, confie à l'office quatre opérations, pour un coût total de 18,29 M€ HT selon la maquette provisoire de juin 2025 :

""" + md_ops_table() + """

Les subventions de l'ANRU sont celles que l'office a inscrites dans sa demande ; elles ne sont pas encore acquises. Le solde de chaque opération doit être couvert par des emprunts auprès de la Banque des Territoires et d'Action Logement et, pour la réhabilitation de la tour Cumulus, par une subvention de la Région.

Le besoin de fonds propres de l'office pour ce programme, 3,68 M€, excède son potentiel financier à terminaison, estimé par la chambre à 2,9 M€ à la fin de 2024. L'office prévoit de combler l'écart par la vente de 80 logements individuels à leurs occupants entre 2026 et 2030, pour une recette nette attendue de 4,4 M€. La chambre juge cette hypothèse optimiste : de 2019 à 2024, l'office n'a vendu que 23 logements.

### 5.3 Un pilotage longtemps fragile

Le poste de chargé d'opérations renouvellement urbain de l'office est resté vacant pendant quatorze mois, de mars 2023 à mai 2024, alors même que se préparait le projet. Les études préalables ont été suivies pendant cette période par le directeur du patrimoine, en plus de ses autres fonctions. Le conseil d'administration n'a été informé du contenu du projet qu'une seule fois, le 14 novembre 2024, avant la transmission de la maquette aux services de l'État.

Pour le relogement des 81 ménages de la barre Stratus, l'office a recruté en février 2025 une chargée de relogement, plutôt que de confier la mission à un prestataire de maîtrise d'œuvre urbaine et sociale. Le coût du relogement, déménagement, accompagnement social et double loyer compris, est estimé à 5 900 € par ménage, soit 478 000 € au total.

### 5.4 Le reste à charge des ménages relogés

La charte de relogement signée le 3 juillet 2025 par l'office, l'agglomération et l'État engage Sioule Habitat à proposer à chaque ménage un logement dont le reste à charge, loyer et charges après aide au logement, n'excède pas celui qu'il acquittait, à surface équivalente. L'office ne dispose toutefois d'aucun outil pour vérifier le respect de cet engagement après le relogement, ce qui justifie la recommandation n° 2.

## Réponse de la présidente de Sioule Habitat

Dans sa réponse, jointe au rapport, Mme Hélène Bardonnet indique que l'office souscrit aux recommandations n° 1 et n° 3 et que le plan stratégique de patrimoine sera actualisé au cours de l'année 2026. S'agissant de la recommandation n° 2, l'office mettra en place un suivi du reste à charge, mais sur douze mois seulement, faute de moyens suffisants. La présidente conteste enfin l'appréciation portée sur le programme de ventes : 54 locataires ont déjà manifesté leur intérêt pour l'achat de leur logement.
"""


# ---------------------------------------------------------------------------
# 5. Célestia Habitat's job offer: plain text (both towns)
# ---------------------------------------------------------------------------
TXT = """CÉLESTIA HABITAT
Entreprise sociale pour l'habitat – siège social : 18, boulevard Béranger, Tours

OFFRE D'EMPLOI – Réf. CEL-RU-2026-07
Publiée le 9 février 2026

Chargé(e) d'opérations renouvellement urbain (H/F)
Quartiers du Pré-Gaudin (Mauzelay-sur-Thouet, Deux-Sèvres) et des Épinettes (Montcharoux-sur-Sioule, Allier)

Contrat : CDI à temps plein, statut cadre
Lieu de travail : agence Poitou-Thouet, 14 rue des Mégissiers, Mauzelay-sur-Thouet
Déplacements : deux jours par mois en moyenne à Montcharoux-sur-Sioule ; réunions ponctuelles au siège, à Tours
Rémunération : de 41 000 à 47 000 € bruts annuels sur 13 mois, selon expérience
Prise de poste : lundi 4 mai 2026
Date limite de candidature : dimanche 8 mars 2026


QUI SOMMES-NOUS ?

Célestia Habitat est une entreprise sociale pour l'habitat qui gère 23 500 logements dans six régions et emploie 410 salariés. Engagée dans neuf projets de renouvellement urbain, elle intervient notamment dans deux quartiers prioritaires où elle est l'un des deux bailleurs sociaux, aux côtés de l'office public de l'habitat local : le Pré-Gaudin, à Mauzelay-sur-Thouet, avec Thouet Habitat, et les Épinettes, à Montcharoux-sur-Sioule, avec Sioule Habitat.


LE CONTEXTE DU POSTE

Le poste est créé pour suivre les opérations de Célestia Habitat dans ces deux quartiers. Vous prendrez en charge trois opérations, à des stades d'avancement différents :

- la réhabilitation de la résidence Bernart (118 logements) au Pré-Gaudin : 6 490 000 € HT de travaux, engagés le 3 novembre 2025, pour une livraison prévue en juin 2027 ; les logements passeront de l'étiquette énergétique E à l'étiquette B ;
- la construction de 36 logements sociaux rue de la Croix-Pelée, à Mauzelay-sur-Thouet, au titre de la reconstitution de l'offre démolie au Pré-Gaudin : permis de construire obtenu le 12 décembre 2025, consultation des entreprises à lancer au printemps 2026 ;
- la réhabilitation de la résidence Cirrus (90 logements) aux Épinettes : 5 220 000 € HT de travaux estimés, soit 58 000 € HT par logement ; le programme doit être arrêté avec les locataires avant le dépôt du dossier du projet à l'ANRU, au printemps 2026.

Vous serez rattaché(e) à Olivier Grandemange, directeur du patrimoine et du renouvellement urbain, et travaillerez avec les équipes de gestion locative des deux agences, les chefs de projet des deux agglomérations et les maîtres d'œuvre.


VOS MISSIONS

Pour chaque opération, de la programmation jusqu'à la fin de la garantie de parfait achèvement, vous devrez notamment :

- piloter les études et les maîtres d'œuvre, et établir les plans de financement ;
- préparer les consultations des entreprises et suivre l'exécution des marchés ;
- représenter Célestia Habitat dans les comités techniques et les comités de pilotage des deux projets de renouvellement urbain ;
- organiser la concertation avec les locataires, avec l'appui des chargés de gestion locative, et recueillir leur accord sur les programmes de réhabilitation ;
- suivre les dépenses, les demandes de subvention et les soldes auprès de l'ANRU et des autres financeurs.


VOTRE PROFIL

- formation supérieure (bac + 5) en urbanisme, aménagement, construction ou ingénierie de l'habitat ;
- au moins trois ans d'expérience en maîtrise d'ouvrage, de préférence chez un bailleur social ou dans un projet de renouvellement urbain ;
- bonne connaissance du règlement financier de l'ANRU et du code de la commande publique ;
- permis B indispensable.


CE QUE NOUS VOUS OFFRONS

- un véhicule de service pour les déplacements professionnels ;
- un jour de télétravail par semaine, après la période d'essai ;
- des titres-restaurant, un accord d'intéressement et un plan d'épargne entreprise ;
- 27 jours de congés payés et 12 jours de RTT par an.


POUR POSTULER

Adressez votre CV et une lettre de motivation, sous la référence CEL-RU-2026-07, avant le dimanche 8 mars 2026 à minuit, à Agathe Lemerle, chargée de recrutement, à l'adresse recrutement@celestia-habitat.example.

Les entretiens se dérouleront le jeudi 19 et le vendredi 20 mars 2026 au siège de Tours, en présence d'Olivier Grandemange et de Damien Rivalland, directeur de l'agence Poitou-Thouet.

Célestia Habitat s'engage en faveur de la diversité et de l'égalité professionnelle. Tous ses postes sont ouverts aux personnes en situation de handicap.
"""


def _check_txt():
    assert 6490000 // 118 == 55000 and 5220000 // 90 == 58000


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe26.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=3, header_fill="5B3A1E",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"participation"},
        form_label_w=120, theme=THEME_SIOULE, header_left=PD_HEADER_LEFT,
        header_right=PD_HEADER_RIGHT, footer=PD_FOOTER, author=PD_AUTHOR, subject=PD_SUBJECT,
        creator=PD_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_docx()
    _check_pdf()
    _check_html()
    _check_md()
    _check_txt()
    write_docx()
    write_pdf()
    write_text(FN_HTML, HTML)
    write_text(FN_MD, MD)
    write_text(FN_TXT, TXT)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
