#!/usr/bin/env python3
"""Generate the five probe19 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Vaureilhac (Aveyron, Occitanie), quartier prioritaire des Fontanilles (agglomeration:
        Vaureilhac Olt Agglomération; social landlords Rouergue Olt Habitat, an OPH, and Ondalys
        Habitat, a national ESH; buildings named after minerals: tour Galène, barre Calcite,
        résidences Pyrite and Dolomie)
    - proces-verbal-ca-rouergue-olt-habitat-2025-06-24-npnru-fontanilles.pdf
        (extract of the minutes of the landlord's board meeting of 24 June 2025: labelled form
        (date and place, chair, secretary, members in office, present, proxies, voters,
        approval), the board members present as a bulleted list with a lead-in (the UDAF
        representative unnamed), those attending without a vote (the finance director and a
        works-council representative unnamed), a progress report with a table of the office's
        four operations (planned cost, ANRU share, progress at 31 May 2025, planned end) with a
        total row, the rehousing of the tour Galène, a table of refurbished homes by year
        (convention target vs delivered, 2023 to 2026) with a total row, four numbered
        deliberations with their votes (demolition contract, financing plan as a bulleted list
        with a lead-in, rents after works, amendment no. 1 to the convention), other business)
    - article-echo-rouergat-fontanilles-residence-pyrite-rehabilitation.html
        (local daily's web article of 14 November 2025 on the refurbishment of the résidence
        Pyrite, inside an <article> with a cookie banner, navigation, breadcrumb, a "Repères"
        box (some facts only in the box, figures after the amendment), a "most read" sidebar, a
        newsletter box, "À lire aussi" links and a footer; the architects are unnamed)
Town 2: Tessanville (Orne, Normandie), quartier prioritaire du Val-Foulon (agglomeration:
        Tessanville Houlme Agglomération; social landlords Andaines Habitat, an OPH, and
        Ondalys Habitat; buildings named after cider-apple varieties: tour Bedan, barre Fréquin,
        résidences Bisquet and Rambour)
    - fiche-mission-mous-relogement-val-foulon-tessanville-sillage.txt
        (consultancy mission sheet of Sillage Ingénierie Sociale for the rehousing (MOUS
        relogement): labelled fields (clients, contact, site, procedure, notification, duration,
        amount, funding, team with an unnamed interpreting association), context with the
        rehousing charter's targets, five numbered tasks, an amount table by year (2025 to
        2027, three columns and a total column) with a total row, deliverables with a lead-in,
        results at 30 September 2025, three lessons with a lead-in)
    - fiche-action-2-3-2-mediation-sociale-val-foulon-tessanville.docx
        (contract-of-city action sheet on social mediation and residential peace, adopted on
        11 February 2025: labelled fields, findings (share of under-25s and poverty rate),
        four objectives with a lead-in, five numbered actions, a funding table by funder for
        2025, 2026 and 2027 with a total column and a total row (the State's two credits given
        as one line), an indicator table (2024 baseline, 2025 and 2027 targets), a timetable,
        follow-up with an unnamed prefect's delegate and an unnamed prefect of the Orne)
Both towns:
    - ondalys-habitat-rapport-activite-2025-renouvellement-urbain.md
        (chapter of the annual activity report 2025 of the landlord present in both
        neighbourhoods, with YAML front matter: the two sites, a rehousing table by year (2023,
        2024, 2025, cumulative) with a total row, a rehousing comparison table at 31 December
        2025, a refurbishment table (delivered in 2024, target and delivered in 2025,
        cumulative) with a total row, an investment table by year (2023 to 2026 forecast, in
        M€) with a total row and a total column, three lessons with a lead-in and four numbered
        orientations for 2026 with a lead-in; the director general is unnamed)

The documents overlap on purpose: both towns have a renewal convention (signed on 9 February
2023 in town 1, amended in September 2025, and on 17 October 2024 in town 2) with a total cost,
ANRU subsidies and Action Logement loans, a tower and a block to demolish, households to
rehouse and rehoused (at different dates in different documents), two residences to refurbish
(with planned and delivered homes) and Ondalys Habitat as landlord. Some figures are given for
one town only (the poverty rate, the share of under-25s and a rehousing consultancy (MOUS) in
town 2; the demolition contract of the tower and the rent increase after works in town 1), some
only as planned (the rebuilt homes outside the neighbourhood of town 1) or only as achieved
(the yearly rehousing of the barre Calcite), some only as a whole (the State's funding of the
mediation action, the homes of a refurbishment phase of two buildings) and some roles are never
named (the UDAF representative, the finance director, the architects of the résidence Pyrite,
the prefect's delegate and the prefect of the Orne, the director general of Ondalys Habitat).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe19.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe19/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe19.jsonl")
QID_PREFIX = "q19"

FN_PDF = "proces-verbal-ca-rouergue-olt-habitat-2025-06-24-npnru-fontanilles.pdf"
FN_TXT = "fiche-mission-mous-relogement-val-foulon-tessanville-sillage.txt"
FN_HTML = "article-echo-rouergat-fontanilles-residence-pyrite-rehabilitation.html"
FN_DOCX = "fiche-action-2-3-2-mediation-sociale-val-foulon-tessanville.docx"
FN_MD = "ondalys-habitat-rapport-activite-2025-renouvellement-urbain.md"

ZIP_DT = (2025, 2, 13, 9, 40, 0)
DOCX_DATE = "2025-02-13T09:40:00Z"
PDF_DATE = "D:20251016113000+02'00'"

# PDF colours: slate blue accent, pale blue label cells.
THEME_SLATE = ((0.18, 0.27, 0.47), (0.89, 0.92, 0.97))


# ---------------------------------------------------------------------------
# 1. Minutes of the landlord's board meeting: PDF (town 1)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Rouergue Olt Habitat – Office public de l'habitat de Vaureilhac Olt Agglomération"
PD_HEADER_RIGHT = "CONSEIL D'ADMINISTRATION DU 24 JUIN 2025"
PD_FOOTER = ("Rouergue Olt Habitat – 8, rue de la Calquière – Vaureilhac – extrait du procès-verbal "
             "approuvé le 14 octobre 2025")
PD_AUTHOR = "Rouergue Olt Habitat – secrétariat général"
PD_CREATOR = "Rouergue Olt Habitat"
PD_SUBJECT = ("Extrait du procès-verbal du conseil d'administration du 24 juin 2025 – projet de "
              "renouvellement urbain des Fontanilles")
PD_KICKER = "ROUERGUE OLT HABITAT – OFFICE PUBLIC DE L'HABITAT"
PD_TITLE = "Conseil d'administration du 24 juin 2025"
PD_SUBTITLE = ("Extrait du procès-verbal – points relatifs au projet de renouvellement urbain des "
               "Fontanilles")
PD_FORM = [
    ("Date et lieu", "Mardi 24 juin 2025, de 14 h 30 à 17 h 15, salle du conseil du siège de "
                     "l'office, 8, rue de la Calquière, Vaureilhac"),
    ("Présidence", "Hélène Verlhac-Marty, présidente de l'office, vice-présidente de Vaureilhac "
                   "Olt Agglomération chargée de l'habitat"),
    ("Secrétaire de séance", "Martine Bousquet, administratrice désignée par Vaureilhac Olt "
                             "Agglomération"),
    ("Administrateurs", "23 en exercice ; 16 présents ; 4 pouvoirs ; 20 votants – le quorum est "
                        "atteint"),
    ("Approbation", "Procès-verbal approuvé par le conseil d'administration du 14 octobre 2025"),
]
# Operations of the office: name, homes, planned cost, ANRU (tenths of M€ TTC), progress, end
PD_OPERATIONS = [
    ("Démolition de la tour Galène", "96", 41, 32, "Relogement : 79 ménages sur 84",
     "Juillet 2026"),
    ("Réhabilitation de la résidence Pyrite", "236", 138, 29, "134 logements livrés",
     "Décembre 2026"),
    ("Reconstitution de l'offre hors du quartier", "64", 102, 11, "Trois opérations engagées",
     "2028"),
    ("Résidentialisation des abords de la résidence Pyrite", "–", 13, 5,
     "Études de conception", "2027"),
]
# Refurbished homes of the résidence Pyrite: year, convention target, delivered
PD_DELIVERIES = [("2023 (à partir de septembre)", 20, 16), ("2024", 96, 81),
                 ("2025", 80, 37), ("2026", 40, 0)]


def pd_operation_rows():
    m = probekit.meur
    rows = [["Opération", "Logements", "Coût prévisionnel (M€ TTC)", "dont ANRU (M€)",
             "Avancement au 31 mai 2025", "Fin prévue"]]
    for name, homes, cost, anru, progress, end in PD_OPERATIONS:
        rows.append([name, homes, m(cost), m(anru), progress, end])
    rows.append(["Total des quatre opérations", "", m(sum(o[2] for o in PD_OPERATIONS)),
                 m(sum(o[3] for o in PD_OPERATIONS)), "", ""])
    return rows


def pd_delivery_rows():
    e = probekit.eur
    rows = [["Année", "Objectif de la convention", "Logements livrés"]]
    for year, target, done in PD_DELIVERIES:
        rows.append([year, e(target), e(done)])
    rows.append(["Total", e(sum(d[1] for d in PD_DELIVERIES)),
                 e(sum(d[2] for d in PD_DELIVERIES))])
    return rows


def _check_pdf():
    assert sum(o[2] for o in PD_OPERATIONS) == 294 and sum(o[3] for o in PD_OPERATIONS) == 77
    assert sum(d[1] for d in PD_DELIVERIES) == 236 and sum(d[2] for d in PD_DELIVERIES) == 134
    assert 88 + 84 + 64 == 236 and 96 + 116 == 212 and 236 + 168 == 404
    assert 29 + 76 + 19 + 14 == 138 and round(100 * (3340000 - 3140000) / 3340000) == 6
    assert 84 - 79 == 5 and 16 + 4 == 20 and 17 + 3 == 20 and 19 + 1 == 20


PD_TABLES = {"operations": (pd_operation_rows, [138, 52, 66, 52, 112]),
             "livraisons": (pd_delivery_rows, [200, 140])}
PD_BLOCKS = [
    ("p", "Parmi les administrateurs présents figuraient :"),
    ("b", "Jean-Pierre Fabrégat, premier vice-président de l'office, conseiller communautaire ;"),
    ("b", "Martine Bousquet, conseillère municipale de Vaureilhac ;"),
    ("b", "Agnès Couderc, représentante de la caisse d'allocations familiales de l'Aveyron ;"),
    ("b", "le représentant de l'union départementale des associations familiales (UDAF) de "
          "l'Aveyron ;"),
    ("b", "Mohamed Benrahou et Gérard Issaly, représentants des locataires élus sur la liste de "
          "la CNL ;"),
    ("b", "Sylvie Marcoul, représentante des locataires élue sur la liste de la CLCV."),
    ("p", "Assistaient à la séance sans voix délibérative : Thibault Cransac, directeur général ; "
          "Corinne Albouy, directrice du patrimoine et du renouvellement urbain ; la directrice "
          "administrative et financière ; un représentant du comité social et économique."),
    ("h", "1. Point d'étape du projet de renouvellement urbain des Fontanilles (information)"),
    ("p", "Le directeur général rappelle que la convention pluriannuelle de renouvellement urbain "
          "des Fontanilles a été signée le 9 février 2023. Elle porte sur 68,4 M€ TTC "
          "d'investissements entre 2023 et 2030, dont 16,2 M€ de subventions de l'ANRU et 4,8 M€ "
          "de prêts bonifiés d'Action Logement. Elle prévoit la démolition de 212 logements "
          "sociaux, la reconstitution de 150 logements, dont 118 hors du quartier, et la "
          "réhabilitation de 404 logements."),
    ("p", "L'office conduit quatre des opérations du projet, pour un montant de 29,4 M€ TTC :"),
    ("table", "operations"),
    ("note", "Coûts prévisionnels toutes dépenses comprises. La résidentialisation des abords de "
             "la résidence Pyrite est inscrite au programme par le projet d'avenant n° 1 "
             "(point 5)."),
    ("p", "Le relogement des 84 ménages qui occupaient la tour Galène a commencé en mars 2023. Au "
          "31 mai 2025, 79 ménages ont été relogés, dont 26 hors d'un quartier prioritaire et 17 "
          "dans un logement neuf. Les cinq derniers ménages devraient avoir quitté la tour avant "
          "la fin du mois d'août 2025. Le relogement est conduit par deux chargées de relogement "
          "de l'office, sans recours à un prestataire extérieur."),
    ("p", "La résidence Pyrite compte 236 logements répartis en six bâtiments. Sa réhabilitation "
          "est menée en trois tranches : bâtiments A et B (88 logements), bâtiments C et D (84 "
          "logements), bâtiments E et F (64 logements). La troisième tranche démarrera en "
          "septembre 2025. Les livraisons ont pris du retard sur l'objectif de la convention :"),
    ("table", "livraisons"),
    ("note", "Objectif annuel inscrit à la convention. Pour 2025, logements livrés du 1er janvier "
             "au 31 mai."),
    ("p", "Les travaux portent sur l'isolation des façades et des toitures, le remplacement des "
          "menuiseries et le raccordement au réseau de chaleur urbain. L'étiquette énergétique des "
          "logements doit passer de E à B."),
    ("h", "2. Délibération n° 2025-27 – Marché de déconstruction de la tour Galène"),
    ("p", "Après un appel d'offres ouvert auquel sept entreprises ont répondu, la commission "
          "d'appel d'offres du 10 juin 2025 a retenu l'offre de l'entreprise Montarnal "
          "Déconstruction, pour un montant de 3 140 000 € HT, inférieur de 6 % à l'estimation de "
          "3 340 000 € HT. Le chantier débutera le 3 novembre 2025 et durera huit mois, "
          "désamiantage compris. Environ 85 % des matériaux doivent être recyclés ou réemployés."),
    ("p", "Le conseil d'administration, à l'unanimité, autorise le directeur général à signer le "
          "marché."),
    ("h", "3. Délibération n° 2025-28 – Financement de la réhabilitation de la résidence Pyrite"),
    ("p", "Le plan de financement de la réhabilitation, d'un coût de 13,8 M€ TTC, s'établit "
          "comme suit :"),
    ("b", "subvention de l'ANRU : 2,9 M€ ;"),
    ("b", "prêt à l'amélioration (PAM) de la Banque des Territoires : 7,6 M€ sur 25 ans ;"),
    ("b", "éco-prêt de la Banque des Territoires : 1,9 M€ sur 20 ans ;"),
    ("b", "fonds propres de l'office : 1,4 M€."),
    ("p", "Le conseil d'administration, par 19 voix pour et 1 abstention, autorise le directeur "
          "général à contracter les deux emprunts et à en signer les contrats."),
    ("h", "4. Délibération n° 2025-29 – Loyers de la résidence Pyrite après réhabilitation"),
    ("p", "Le directeur général propose d'augmenter de 2,5 % le loyer des logements réhabilités, au "
          "1er janvier qui suit leur livraison, sans que la hausse dépasse 9 € par mois. Elle "
          "serait plus que compensée par la baisse des charges de chauffage, estimée à 30 € par "
          "mois pour un trois-pièces."),
    ("p", "Les représentants des locataires demandent que la hausse ne s'applique qu'après un "
          "hiver complet de fonctionnement du nouveau chauffage. Le conseil d'administration "
          "adopte la proposition par 17 voix pour et 3 voix contre, celles des représentants des "
          "locataires."),
    ("h", "5. Délibération n° 2025-30 – Avenant n° 1 à la convention de renouvellement urbain"),
    ("p", "Le projet d'avenant n° 1 à la convention intègre au programme la résidentialisation des "
          "abords de la résidence Pyrite, pour 1,3 M€ TTC dont 0,5 M€ de l'ANRU, et reporte de "
          "2030 à 2031 l'achèvement du projet. Le conseil d'administration approuve le projet "
          "d'avenant à l'unanimité et autorise la présidente à le signer."),
    ("h", "6. Questions diverses"),
    ("p", "Sylvie Marcoul signale des infiltrations d'eau dans deux logements du bâtiment B livrés "
          "en 2024. Corinne Albouy indique que l'entreprise titulaire du lot étanchéité a été mise "
          "en demeure d'intervenir avant le 15 juillet 2025."),
    ("note", "Extrait certifié conforme. La présidente, Hélène Verlhac-Marty."),
]


# ---------------------------------------------------------------------------
# 2. Consultancy mission sheet, MOUS relogement: plain text (town 2)
# ---------------------------------------------------------------------------
# year, social survey, support to households, follow-up and reporting (euros HT)
TX_YEARS = [("2025", 58400, 61200, 14800), ("2026", 0, 78600, 16200),
            ("2027", 0, 51000, 16200)]


def tx_amount_table():
    e = probekit.eur
    w = 10
    head = (f"{'Année':<{w}}{'Enquête sociale':>18}{'Accompagnement des ménages':>29}"
            f"{'Suivi et reporting':>21}{'Total':>11}")
    rule = "-" * len(head)
    lines = [head, rule]
    for year, a, b, c in TX_YEARS:
        lines.append(f"{year:<{w}}{e(a):>18}{e(b):>29}{e(c):>21}{e(a + b + c):>11}")
    lines.append(rule)
    cols = [sum(y[i] for y in TX_YEARS) for i in (1, 2, 3)]
    lines.append(f"{'TOTAL':<{w}}{e(cols[0]):>18}{e(cols[1]):>29}{e(cols[2]):>21}"
                 f"{e(sum(cols)):>11}")
    return "\n".join(lines)


def _check_txt():
    assert [a + b + c for _, a, b, c in TX_YEARS] == [134400, 94800, 67200]
    cols = [sum(y[i] for y in TX_YEARS) for i in (1, 2, 3)]
    assert cols == [58400, 190800, 47200] and sum(cols) == 296400
    assert 71 + 103 == 174 and 80 + 112 == 192 and 780 + 460 == 1240 and 29 + 12 == 41
    assert round(100 * 15 / 41) == 37 and round(100 * 6 / 41) == 15


TXT = """SILLAGE INGÉNIERIE SOCIALE – ACCOMPAGNEMENT DES MÉNAGES ET STRATÉGIES DE RELOGEMENT
FICHE MISSION

Maîtrise d'œuvre urbaine et sociale (MOUS) relogement
Projet de renouvellement urbain du Val-Foulon – Tessanville (Orne)

Fiche mise à jour le 15 octobre 2025


Clients : groupement de commandes formé par Andaines Habitat (coordonnateur) et Ondalys Habitat
Interlocutrice : Gaëlle Dumesnil, responsable du renouvellement urbain d'Andaines Habitat
Site : Tessanville (22 900 habitants), quartier prioritaire du Val-Foulon (3 600 habitants)
Procédure : marché à procédure adaptée
Notification : 6 janvier 2025
Durée : trois ans, de janvier 2025 à décembre 2027
Montant : 296 400 € HT, auquel s'ajoute une tranche optionnelle de suivi à un an de 24 000 € HT
Financement : 50 % ANRU, 50 % bailleurs, au prorata du nombre de ménages à reloger
Équipe : Élodie Marivaux (directrice de mission), Samir Hadjadj (chargé de relogement), Lucie Poirier (conseillère en économie sociale et familiale), avec le concours d'une association d'interprétariat pour les ménages non francophones
Projet : convention pluriannuelle de renouvellement urbain signée le 17 octobre 2024, 52,6 M€ TTC, opérations de 2024 à 2031


CONTEXTE

Le Val-Foulon, au nord de Tessanville, compte 1 450 logements, dont 1 240 logements sociaux : 780 appartiennent à l'office Andaines Habitat et 460 à l'entreprise sociale pour l'habitat Ondalys Habitat.

Le projet prévoit la démolition de 192 logements sociaux : la tour Bedan (80 logements), propriété d'Andaines Habitat, et la barre Fréquin (112 logements), propriété d'Ondalys Habitat. Au lancement de la mission, 174 ménages devaient être relogés : 71 dans la tour Bedan et 103 dans la barre Fréquin. Les résidences Bisquet et Rambour, qui seront réhabilitées, restent occupées pendant les travaux.

La charte de relogement, signée le 3 mars 2025 par les bailleurs, l'État, l'agglomération, la Ville et Action Logement, fixe trois objectifs : reloger au moins 35 % des ménages hors d'un quartier prioritaire, en reloger 20 % dans un logement neuf ou livré depuis moins de cinq ans, et maintenir le reste à charge de chaque ménage au niveau de celui qu'il supporte aujourd'hui, à surface adaptée.


CONTENU DE LA MISSION

1. Enquête sociale : entretien à domicile avec chaque ménage, recueil de ses souhaits et de ses besoins, diagnostic de sa situation budgétaire.

2. Accompagnement au relogement : recherche de logements adaptés, présentation des propositions, visites accompagnées.

3. Accompagnement au déménagement : organisation du déménagement, transfert des contrats, ouverture des droits.

4. Suivi post-relogement : visite de chaque ménage six mois après son emménagement.

5. Commission de relogement : préparation et secrétariat de la commission inter-bailleurs mensuelle, tableau de bord transmis à l'ANRU.


DÉCOMPOSITION DU MONTANT (en euros HT)

""" + tx_amount_table() + """

La tranche optionnelle, si elle est affermie, prévoit une seconde visite de suivi douze mois après l'emménagement.


LIVRABLES

Les livrables remis aux deux bailleurs sont les suivants :

- le rapport d'enquête sociale, remis en juin 2025 ;
- la fiche de suivi individuelle de chaque ménage, mise à jour après chaque étape ;
- le tableau de bord mensuel du relogement ;
- les comptes rendus des commissions de relogement ;
- le bilan annuel du relogement, présenté au comité de pilotage du projet.


RÉSULTATS AU 30 SEPTEMBRE 2025

Au 30 septembre 2025, 168 des 174 ménages avaient été rencontrés à domicile. 41 ménages avaient été relogés : 29 de la tour Bedan et 12 de la barre Fréquin. Parmi eux, 15 ont quitté les quartiers prioritaires, soit 37 %, et 6 ont emménagé dans un logement neuf, soit 15 %. Huit commissions de relogement se sont tenues ; 63 propositions de logement ont été présentées aux ménages, dont 19 ont été refusées.


ENSEIGNEMENTS

Trois enseignements ressortent des neuf premiers mois de la mission :

- Les ménages âgés, nombreux dans la tour Bedan, demandent à rester près de leurs commerces et de leur médecin : leur relogement hors du quartier suppose des logements adaptés dans le centre-ville.
- Les familles nombreuses de la barre Fréquin attendent des T5 et des T6, très rares dans le parc des deux bailleurs.
- Le relogement dans le neuf dépend du calendrier des livraisons : aucune opération neuve ne sera livrée à Tessanville avant le printemps 2026.


Contact : Élodie Marivaux – Sillage Ingénierie Sociale – 9, quai de la Londe – Alençon – contact@sillage-is.example
"""


# ---------------------------------------------------------------------------
# 3. Local daily's web article on the refurbishment: HTML (town 1)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Vaureilhac : aux Fontanilles, la résidence Pyrite change de visage – L'Écho rouergat</title>
<meta name="description" content="Vaureilhac : isolation, fenêtres neuves, chauffage urbain, près des trois quarts des logements de la résidence Pyrite, aux Fontanilles, ont été rénovés.">
<meta name="author" content="Manon Delpech">
<meta property="article:published_time" content="2025-11-14T06:30:00+01:00">
<link rel="canonical" href="https://www.echo-rouergat.example/vaureilhac/fontanilles-residence-pyrite-rehabilitation">
<style>.bandeau-cookies{position:fixed;bottom:0;left:0;right:0}.abonnes{font-weight:bold}</style>
<script>window.erConsent = window.erConsent || {choix: null};</script>
</head>
<body>
<div class="bandeau-cookies" role="dialog">
  <p>Avec votre accord, L'Écho rouergat et ses partenaires utilisent des cookies pour mesurer l'audience du site, vous proposer des contenus et des publicités personnalisés et permettre le partage sur les réseaux sociaux. <a href="/vie-privee/">En savoir plus</a> · <a href="#">Accepter</a> · <a href="#">Continuer sans accepter</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">L'Écho rouergat</a></p>
  <nav class="rubriques">
    <ul>
      <li><a href="/vaureilhac/">Vaureilhac</a></li>
      <li><a href="/vallee-de-l-olt/">Vallée de l'Olt</a></li>
      <li><a href="/aveyron/">Aveyron</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/abonnement/" class="abonnes">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="ariane"><a href="/">Accueil</a> › <a href="/vaureilhac/">Vaureilhac</a> › Logement</nav>

<article class="article">
  <p class="rubrique">Vaureilhac · Logement</p>
  <h1>Aux Fontanilles, la résidence Pyrite change de visage</h1>
  <p class="auteur">Par Manon Delpech · Publié le <time datetime="2025-11-14T06:30">14 novembre 2025 à 6 h 30</time></p>
  <p class="chapo">Isolation, fenêtres neuves, chauffage urbain : près des trois quarts des logements de la résidence ont été rénovés. Les locataires commencent à voir la différence sur leurs factures.</p>

  <p>Dans le bâtiment A de la résidence Pyrite, Odile Cayrouse a vu défiler les ouvriers pendant trois mois. « Avant, je chauffais à 23 degrés et j'avais froid. Maintenant, 19 degrés me suffisent », raconte la retraitée, locataire depuis 1991. Comme elle, les occupants de 171 des 236 logements de la résidence ont retrouvé un appartement rénové : façades et toitures isolées, fenêtres remplacées, raccordement au réseau de chaleur de la ville.</p>
  <p>Propriétaire de l'ensemble, l'office Rouergue Olt Habitat y investit 13,8 millions d'euros. Les travaux, conçus par un cabinet d'architectes toulousain et confiés à onze entreprises, sont entrés dans leur dernière phase : les bâtiments E et F, commencés en septembre, doivent être achevés à la fin de 2026. « Nous avons perdu quelques mois au démarrage, mais nous tiendrons l'échéance », assure Thibault Cransac, directeur général de l'office.</p>

  <h2>Un loyer en hausse, des charges en baisse</h2>
  <p>Selon l'office, la facture de chauffage d'un trois-pièces baisse d'environ 30 euros par mois. Le loyer, lui, augmente de 2,5 % au 1er janvier qui suit la fin des travaux, une hausse votée en juin malgré l'opposition des représentants des locataires. « Sur le papier, on y gagne. On jugera après un hiver », tempère Kader Mansouri, qui préside l'amicale des locataires de la résidence.</p>

  <h2>La tour Galène en déconstruction</h2>
  <p>À deux cents mètres de là, la tour Galène, vidée de ses derniers habitants à la fin du mois d'août, est entrée en déconstruction le 3 novembre, pour huit mois. Sur son emprise, la ville prévoit un mail planté reliant le quartier au centre-ville. « Les Fontanilles ne seront plus un quartier à part », promet Patrick Ginestet, adjoint au maire chargé du renouvellement urbain.</p>
  <p>Le sort de la barre Calcite, qui appartient à l'entreprise sociale pour l'habitat Ondalys Habitat, est lui aussi scellé : ses occupants sont relogés au fil des mois, et sa démolition n'interviendra pas avant 2027.</p>

  <aside class="encadre">
    <h3>Repères – Les Fontanilles</h3>
    <ul>
      <li>3 950 habitants, 1 620 logements dont 1 380 logements sociaux</li>
      <li>Convention de renouvellement urbain signée le 9 février 2023, complétée par un avenant en septembre 2025</li>
      <li>Coût du projet : 69,7 millions d'euros, dont 16,7 millions de subventions de l'ANRU</li>
      <li>212 logements démolis, 404 réhabilités dans les résidences Pyrite et Dolomie</li>
      <li>Fin des travaux prévue en 2031</li>
    </ul>
  </aside>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/aveyron/transhumance-record/">Transhumance : plus de 2 000 brebis sur les drailles ce week-end</a></li>
      <li><a href="/vaureilhac/marche-de-noel-dates/">Marché de Noël : les dates et les nouveautés de l'édition 2025</a></li>
      <li><a href="/sports/rugby-vaureilhac-victoire/">Rugby : Vaureilhac s'impose au bout du suspense</a></li>
    </ol>
  </section>
  <section class="lettre">
    <h2>La lettre de L'Écho</h2>
    <p>Chaque matin à 7 heures, l'essentiel de l'actualité de Vaureilhac et de la vallée de l'Olt dans votre boîte aux lettres électronique.</p>
    <form action="/lettre/" method="post"><input type="email" name="courriel" placeholder="Votre adresse électronique"><button type="submit">Je m'inscris</button></form>
  </section>
</aside>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/vaureilhac/fontanilles-convention-signee/">Les Fontanilles : la convention de renouvellement urbain signée en préfecture</a></li>
    <li><a href="/vaureilhac/tour-galene-derniers-habitants/">Tour Galène : les derniers habitants racontent leur départ</a></li>
    <li><a href="/aveyron/logement-social-demandes/">Aveyron : la demande de logement social continue de progresser</a></li>
  </ul>
</section>
</main>

<footer class="pied-de-page">
  <p>L'Écho rouergat – 3, place du Foirail – Vaureilhac</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/vie-privee/">Vie privée</a> · <a href="/contact/">Contact</a> · <a href="/annonces-legales/">Annonces légales</a></p>
  <p>© 2025 L'Écho rouergat. Tous droits réservés.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 684 + 13 == 697 and 162 + 5 == 167 and 96 + 116 == 212 and 236 + 168 == 404
    assert 171 > 134 and round(100 * 171 / 236) == 72


# ---------------------------------------------------------------------------
# 4. Contract-of-city action sheet on social mediation: DOCX (town 2)
# ---------------------------------------------------------------------------
DX_COMPANY = "Ville de Tessanville"
DX_DOC_KIND = "Fiche action du contrat de ville"
DX_HEADER = ("Contrat de ville « Quartiers 2030 » – Tessanville Houlme Agglomération – "
             "Fiche action n° 2.3.2")
DX_FOOTER = ("Ville de Tessanville – service prévention et tranquillité publique – fiche adoptée "
             "par le comité de pilotage du contrat de ville du 11 février 2025")
DX_KICKER = "Contrat de ville « Quartiers 2030 » – Tessanville Houlme Agglomération"
DX_TITLE = ("Fiche action n° 2.3.2 – Médiation sociale et tranquillité résidentielle au "
            "Val-Foulon")
DX_SUBTITLE = ("Pilier Cadre de vie et renouvellement urbain – version adoptée par le comité de "
               "pilotage du 11 février 2025")
DX_KEYWORDS = ("contrat de ville; médiation sociale; tranquillité résidentielle; adultes-relais; "
               "Val-Foulon; Tessanville; renouvellement urbain")
DX_FIELDS = [
    ("Pilier", "Cadre de vie et renouvellement urbain"),
    ("Axe", "Garantir la tranquillité des habitants pendant la transformation du quartier"),
    ("Quartier", "Le Val-Foulon (Tessanville)"),
    ("Pilote", "Ville de Tessanville, service prévention et tranquillité publique"),
    ("Référente", "Aurélie Lemarchand, coordinatrice prévention et tranquillité publique"),
    ("Opérateur", "Association Entr'Actes Médiation"),
    ("Partenaires", "Andaines Habitat, Ondalys Habitat, Tessanville Houlme Agglomération, "
                    "police municipale, commissariat de Tessanville, centre social du Val-Foulon, "
                    "conseil citoyen du Val-Foulon"),
    ("Durée", "2025-2027"),
    ("Coût total 2025-2027", "574 000 € en fonctionnement"),
]
DX_FUNDERS = [("État – politique de la ville et postes d'adulte-relais", 64000, 66000, 66000),
              ("Tessanville Houlme Agglomération", 30000, 30000, 30000),
              ("Ville de Tessanville", 48000, 50000, 52000),
              ("Andaines Habitat (abattement TFPB)", 22000, 22000, 22000),
              ("Ondalys Habitat (abattement TFPB)", 14000, 14000, 14000),
              ("Fonds interministériel de prévention de la délinquance (FIPD)", 12000, 10000,
               8000)]
DX_INDICATORS = [("Faits portant atteinte à la tranquillité signalés par les bailleurs (par an)",
                  "412", "360", "280"),
                 ("Halls occupés de façon récurrente", "14", "10", "5"),
                 ("Habitants se sentant en sécurité dans le quartier", "41 %", "45 %", "55 %"),
                 ("Conflits de voisinage traités par médiation (par an)", "96", "140", "180"),
                 ("Jeunes engagés dans un chantier éducatif (par an)", "22", "30", "40")]


def dx_funding_rows():
    e = probekit.eur
    rows = [["Financeur", "2025", "2026", "2027", "Total"]]
    for name, a, b, c in DX_FUNDERS:
        rows.append([name, e(a), e(b), e(c), e(a + b + c)])
    cols = [sum(f[i] for f in DX_FUNDERS) for i in (1, 2, 3)]
    rows.append(["Total"] + [e(v) for v in cols] + [e(sum(cols))])
    return rows


def dx_indicator_rows():
    return ([["Indicateur", "Référence 2024", "Cible 2025", "Cible 2027"]]
            + [list(r) for r in DX_INDICATORS])


def _check_docx():
    cols = [sum(f[i] for f in DX_FUNDERS) for i in (1, 2, 3)]
    assert cols == [190000, 192000, 192000] and sum(cols) == 574000
    assert [a + b + c for _, a, b, c in DX_FUNDERS] == [196000, 90000, 150000, 66000, 42000,
                                                        30000]


DX_TABLES = {"financement": dx_funding_rows(), "indicateurs": dx_indicator_rows()}
DX_WIDTHS = {"financement": [4200, 1300, 1300, 1300, 1500],
             "indicateurs": [4800, 1600, 1600, 1600]}
DX_SECTIONS = [
    ("h1", "1. Constat"),
    ("p", "Le Val-Foulon, au nord de Tessanville, compte 3 600 habitants et 1 450 logements, dont "
          "1 240 logements sociaux. La population y est jeune : 38 % des habitants ont moins de "
          "25 ans, contre 27 % dans l'ensemble de la commune. Le taux de pauvreté atteint 43 %, "
          "contre 17 % à Tessanville."),
    ("p", "Les deux bailleurs ont enregistré 412 faits portant atteinte à la tranquillité "
          "résidentielle en 2024 : occupations de halls, dégradations, rodéos motorisés, conflits "
          "de voisinage. Quatorze halls sont occupés de façon récurrente, pour la plupart au pied "
          "de la tour Bedan et de la barre Fréquin."),
    ("p", "Le projet de renouvellement urbain, dont la convention a été signée le 17 octobre 2024, "
          "va bouleverser le quartier : démolition de la tour Bedan et de la barre Fréquin, "
          "relogement de 174 ménages, réhabilitation des résidences Bisquet et Rambour. Les "
          "immeubles en cours de vidage sont exposés aux squats et aux dégradations."),
    ("h1", "2. Objectifs"),
    ("p", "L'action poursuit quatre objectifs :"),
    ("li", "Assurer une présence humaine régulière dans les espaces publics et les parties "
           "communes, en soirée et le samedi."),
    ("li", "Prévenir et apaiser les conflits de voisinage avant qu'ils ne dégénèrent."),
    ("li", "Sécuriser les immeubles en cours de relogement et les abords des chantiers."),
    ("li", "Renforcer la coordination entre les bailleurs, la Ville et les forces de l'ordre."),
    ("h1", "3. Description de l'action"),
    ("p", "Action 1 – Équipe de médiation sociale. Quatre médiateurs de l'association Entr'Actes "
          "Médiation, dont deux sur des postes d'adulte-relais, sillonnent le quartier du mardi au "
          "samedi, de 15 h à 22 h. L'équipe est encadrée par Ibrahima Sarr, chef de service de "
          "l'association."),
    ("p", "Action 2 – Médiation des conflits de voisinage. Les médiateurs reçoivent les habitants "
          "sur rendez-vous au centre social et organisent des rencontres entre voisins en "
          "conflit, à la demande des bailleurs ou des habitants."),
    ("p", "Action 3 – Veille des immeubles en relogement. Dans la tour Bedan et la barre Fréquin, "
          "chaque logement libéré est muré dans les 48 heures ; les médiateurs et les gardiens "
          "font une ronde quotidienne des cages d'escalier."),
    ("p", "Action 4 – Cellule de veille. Chaque mois, la référente réunit les bailleurs, les "
          "polices municipale et nationale, l'association et le centre social pour examiner les "
          "faits signalés et décider des suites à leur donner."),
    ("p", "Action 5 – Chantiers éducatifs. Des jeunes de 16 à 21 ans du quartier sont rémunérés "
          "pour de petits travaux d'embellissement des halls et des espaces extérieurs, encadrés "
          "par un éducateur de prévention spécialisée."),
    ("h1", "4. Public visé"),
    ("p", "Habitants du Val-Foulon, en particulier les locataires des immeubles en cours de "
          "relogement et les jeunes de 16 à 25 ans."),
    ("h1", "5. Plan de financement (en euros)"),
    ("table", "financement"),
    ("note", "Crédits de fonctionnement. La participation de l'État regroupe les crédits de la "
             "politique de la ville et l'aide aux postes d'adulte-relais. La participation des "
             "bailleurs est valorisée au titre de l'abattement de la taxe foncière sur les "
             "propriétés bâties."),
    ("h1", "6. Indicateurs"),
    ("table", "indicateurs"),
    ("h1", "7. Calendrier"),
    ("li", "Février 2025 : adoption de la fiche action"),
    ("li", "Avril 2025 : recrutement des deux médiateurs adultes-relais"),
    ("li", "Mai 2025 : première cellule de veille"),
    ("li", "Décembre de chaque année : bilan annuel devant le comité de pilotage du contrat de "
           "ville"),
    ("h1", "8. Suivi et évaluation"),
    ("p", "Un comité de suivi, coanimé par Aurélie Lemarchand et par le délégué du préfet pour le "
          "Val-Foulon, se réunit chaque trimestre. Le bilan annuel est présenté au comité de "
          "pilotage du contrat de ville, coprésidé par Hervé Lecoeur, président de Tessanville "
          "Houlme Agglomération, et par le préfet de l'Orne."),
    ("note", "Fiche adoptée par le comité de pilotage du contrat de ville du 11 février 2025."),
]


# ---------------------------------------------------------------------------
# 5. Landlord's annual activity report, renewal chapter: Markdown (both towns)
# ---------------------------------------------------------------------------
MD = """---
title: "Rapport d'activité 2025 – Renouvellement urbain"
organisation: "Ondalys Habitat, entreprise sociale pour l'habitat"
auteur: "Direction du renouvellement urbain"
date: 2026-03-24
diffusion: "Conseil d'administration, partenaires"
lieux: ["Vaureilhac (Aveyron)", "Tessanville (Orne)"]
tags: [renouvellement urbain, relogement, réhabilitation, NPNRU, rapport d'activité]
---

# Rapport d'activité 2025 : le renouvellement urbain à Vaureilhac et à Tessanville

*Chapitre du rapport d'activité 2025 consacré aux projets de renouvellement urbain, présenté au conseil d'administration du 19 mars 2026*

Ondalys Habitat gère 41 200 logements sociaux dans 19 départements et participe à neuf projets de renouvellement urbain soutenus par l'ANRU. Dans deux d'entre eux, l'entreprise démolit une barre, en reloge les occupants et réhabilite une résidence : aux Fontanilles, à Vaureilhac (Aveyron), et au Val-Foulon, à Tessanville (Orne). Ce chapitre rend compte de l'année 2025 dans ces deux quartiers.

## Les Fontanilles (Vaureilhac)

Ondalys Habitat possède 520 logements aux Fontanilles. La barre Calcite (116 logements) doit être démolie ; le relogement de ses 104 ménages a commencé en septembre 2023. Au 31 décembre 2025, 84 ménages avaient été relogés et 20 restaient à reloger. L'objectif pour 2026 est de reloger ces 20 derniers ménages avant le 30 septembre ; la démolition de la barre est programmée pour 2027.

La réhabilitation de la résidence Dolomie (168 logements) a débuté en avril 2024. En 2025, 75 logements ont été livrés, pour un objectif de 90 : la défaillance de l'entreprise de menuiseries, au printemps, a retardé le chantier de deux mois.

L'avenant n° 1 à la convention des Fontanilles, signé le 18 septembre 2025, n'a pas modifié les opérations d'Ondalys Habitat.

« Aux Fontanilles, le plus dur est fait : il reste vingt familles à accompagner, et nous prendrons le temps qu'il faudra pour chacune », souligne Rémi Bouldoires, directeur territorial Occitanie.

## Le Val-Foulon (Tessanville)

Ondalys Habitat possède 460 logements au Val-Foulon. Le relogement des 103 ménages de la barre Fréquin (112 logements) a commencé en mars 2025, après la signature de la charte de relogement. Il est accompagné par le cabinet Sillage Ingénierie Sociale, dans le cadre d'une mission commandée avec l'office Andaines Habitat. Au 31 décembre 2025, 21 ménages avaient été relogés. La démolition de la barre n'interviendra pas avant 2028.

La réhabilitation de la résidence Rambour (144 logements) a commencé en mars 2025 : 24 logements ont été livrés dans l'année, pour un objectif de 36.

« Au Val-Foulon, tout commence : les premières familles de la barre Fréquin découvrent leur nouveau logement, et les locataires de la résidence Rambour, leurs appartements rénovés », observe Sophie Quesnot, directrice territoriale Normandie.

## Le relogement

| Ménages relogés | 2023 | 2024 | 2025 | Cumul au 31 décembre 2025 |
|---|---|---|---|---|
| Barre Calcite (Vaureilhac) | 18 | 37 | 29 | 84 |
| Barre Fréquin (Tessanville) | – | – | 21 | 21 |
| Total | 18 | 37 | 50 | 105 |

| Au 31 décembre 2025 | Barre Calcite (Vaureilhac) | Barre Fréquin (Tessanville) |
|---|---|---|
| Ménages à reloger | 104 | 103 |
| Ménages relogés | 84 | 21 |
| dont hors quartier prioritaire | 30 (36 %) | 8 (38 %) |
| dont dans un logement neuf | 11 (13 %) | 3 (14 %) |
| Coût moyen par ménage relogé | 5 400 € | 7 900 € |

Le coût moyen comprend le déménagement, l'accompagnement social, le transfert des contrats et l'indemnité versée à chaque ménage. À Tessanville, il inclut la part d'Ondalys Habitat dans la mission confiée à Sillage Ingénierie Sociale.

## Les réhabilitations

| Réhabilitation | Logements | Début des travaux | Livrés en 2024 | Objectif 2025 | Livrés en 2025 | Cumul au 31 décembre 2025 |
|---|---|---|---|---|---|---|
| Résidence Dolomie (Vaureilhac) | 168 | Avril 2024 | 42 | 90 | 75 | 117 |
| Résidence Rambour (Tessanville) | 144 | Mars 2025 | – | 36 | 24 | 24 |
| Total | 312 | | 42 | 126 | 99 | 141 |

## Les investissements

| Investissements (M€ TTC) | 2023 | 2024 | 2025 | 2026 (prévision) | Total 2023-2026 |
|---|---|---|---|---|---|
| Les Fontanilles (Vaureilhac) | 1,2 | 4,6 | 6,3 | 5,8 | 17,9 |
| Le Val-Foulon (Tessanville) | – | 0,8 | 3,4 | 7,1 | 11,3 |
| Total | 1,2 | 5,4 | 9,7 | 12,9 | 29,2 |

Les investissements comprennent les démolitions, le relogement, les réhabilitations et la reconstitution de l'offre, subventions de l'ANRU comprises.

## Ce que nous retenons

L'année 2025 fait ressortir trois enseignements :

1. Un relogement se prépare longtemps à l'avance : aux Fontanilles, les ménages rencontrés plus d'un an avant leur déménagement ont plus souvent choisi de quitter le quartier.
2. La défaillance d'une seule entreprise suffit à décaler tout un chantier de réhabilitation : les marchés doivent prévoir des solutions de remplacement.
3. Le recours à un prestataire commun aux deux bailleurs du Val-Foulon simplifie les démarches des ménages, mais renchérit le coût moyen d'un relogement.

## Orientations pour 2026

Le conseil d'administration a retenu quatre orientations pour 2026 :

1. Achever le relogement des ménages de la barre Calcite avant le 30 septembre 2026.
2. Reloger 45 ménages de la barre Fréquin au cours de l'année.
3. Livrer les 51 derniers logements de la résidence Dolomie et 60 logements de la résidence Rambour.
4. Présenter au conseil d'administration, en décembre 2026, un bilan des relogements réalisés dans les neuf projets de l'entreprise.

> « Démolir, reloger, réhabiliter : dans ces deux quartiers, nous menons les trois de front, et chaque famille doit y trouver son compte », rappelle le directeur général d'Ondalys Habitat.
"""


def _check_md():
    assert 18 + 37 + 29 == 84 and 104 - 84 == 20 and 84 + 21 == 105 and 29 + 21 == 50
    assert round(100 * 30 / 84) == 36 and round(100 * 11 / 84) == 13
    assert round(100 * 8 / 21) == 38 and round(100 * 3 / 21) == 14
    assert 42 + 75 == 117 and 168 - 117 == 51 and 168 + 144 == 312
    assert 90 + 36 == 126 and 75 + 24 == 99 and 117 + 24 == 141
    fon, vf = [12, 46, 63, 58], [0, 8, 34, 71]
    assert sum(fon) == 179 and sum(vf) == 113 and sum(fon) + sum(vf) == 292
    assert [a + b for a, b in zip(fon, vf, strict=True)] == [12, 54, 97, 129]


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe19.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=3, header_fill="5B3A6E",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES,
        total_tables={"operations", "livraisons"}, form_label_w=125, theme=THEME_SLATE,
        header_left=PD_HEADER_LEFT, header_right=PD_HEADER_RIGHT, footer=PD_FOOTER,
        author=PD_AUTHOR, subject=PD_SUBJECT, creator=PD_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_pdf()
    _check_txt()
    _check_html()
    _check_docx()
    _check_md()
    write_pdf()
    write_text(FN_TXT, TXT)
    write_text(FN_HTML, HTML)
    write_docx()
    write_text(FN_MD, MD)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
