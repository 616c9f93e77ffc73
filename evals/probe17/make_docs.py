#!/usr/bin/env python3
"""Generate the five probe17 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Sorgueval (Vaucluse, Provence-Alpes-Côte d'Azur), quartier prioritaire de la Fontaube
        (agglomeration: Sorgueval Ventoux Agglomération; social landlords Sorgueval Comtat
        Habitat, an OPH, and Héliade Habitat, a national ESH; buildings named after winds: tour
        Tramontane, barre Libeccio, résidences Sirocco and Grégal; école des Micocouliers)
    - compte-rendu-copil-7-npnru-fontaube-sorgueval-2025-10-03.pdf
        (minutes of the project steering committee no. 7 of 3 October 2025: labelled form (date
        and place, chairs, minute-taker, distribution, next meeting), attendees as a bulleted
        list with a lead-in (the sub-prefect, the ANRU deputy delegate and the Action Logement
        representative unnamed), the rehousing progress, a table of six operations with the
        client, cost, progress at 30 September 2025 and planned end, with a total row, the
        integration clauses, four numbered decisions, next steps with dates)
    - fiche-mission-opcu-npnru-fontaube-sorgueval-quadrivia-conseil.txt
        (consultancy mission sheet of Quadrivia Conseil for the urban scheduling, steering and
        coordination (OPCU) of the project: labelled fields (client, contact, site, procedure,
        notification, duration, amount, team with an unnamed subcontracted cost consultant),
        context with the unemployment rate, five numbered tasks, an amount table by year
        (2023 to 2027, two columns and a total column) with a total row, deliverables with a
        lead-in, results at 30 September 2025, three lessons with a lead-in)
Town 2: Lisonnay-sur-Vie (Vendée, Pays de la Loire), quartier prioritaire des Courlis
        (agglomeration: Vie et Bocage Agglomération; social landlords Habitat Pays de Vie, an
        OPH, and Héliade Habitat; buildings named after marsh birds: tour Avocette, barre
        Bernache, résidences Héron and Spatule)
    - article-messager-vendeen-courlis-tour-avocette-deconstruction.html
        (regional daily's web article of 18 November 2025 on the start of the demolition of the
        tour Avocette, inside an <article> with a cookie banner, navigation, breadcrumb, a
        "Repères" box (some facts only in the box), a "most read" sidebar, a newsletter box,
        "À lire aussi" links and a footer; the prefect of the Vendée is unnamed)
    - fiche-action-3-2-2-gusp-chantiers-courlis-lisonnay-sur-vie.docx
        (contract-of-city action sheet on neighbourhood management during the works, adopted
        on 20 March 2025: labelled fields, findings with the poverty rate, objectives, five
        numbered actions, a funding table by funder for 2025, 2026 and 2027 with a total column
        and a total row, an indicator table (2024 baseline, 2027 target), a timetable,
        follow-up with an unnamed prefect of the Vendée)
Both towns:
    - heliade-habitat-note-evaluation-relogement-libeccio-bernache-2025.md
        (evaluation note of the landlord present in both neighbourhoods on the rehousing of its
        two blocks, with YAML front matter: the two operations, a comparison table at 30
        September 2025, a table of rehousing spending by year (2024, 2025 to 30 September, 2026
        forecast) with a total row, lessons and four numbered recommendations with a lead-in;
        the landlord's director general is never named)

The documents overlap on purpose: both towns have a renewal convention (signed on 14 March 2023
in town 1, on 21 November 2024 in town 2) with a total cost, ANRU subsidies and Action
Logement loans, a tower and a block to demolish, households to rehouse and rehoused (at
different dates in different documents), a demolition with a cost and a start date (the tour
Tramontane and the tour Avocette; none for the barre Bernache, no date for the barre
Libeccio), and Héliade Habitat as landlord. Some figures are given for one town only
(unemployment rate in town 1, poverty rate in town 2; visitors of a project office in town 2;
integration hours achieved in town 1; an OPCU mission in town 1 only) and some roles are never
named (the prefects of the Vaucluse and of the Vendée, the sub-prefect, the ANRU deputy
delegate, the director general of Héliade Habitat).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe17.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe17/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe17.jsonl")
QID_PREFIX = "q17"

FN_PDF = "compte-rendu-copil-7-npnru-fontaube-sorgueval-2025-10-03.pdf"
FN_TXT = "fiche-mission-opcu-npnru-fontaube-sorgueval-quadrivia-conseil.txt"
FN_HTML = "article-messager-vendeen-courlis-tour-avocette-deconstruction.html"
FN_DOCX = "fiche-action-3-2-2-gusp-chantiers-courlis-lisonnay-sur-vie.docx"
FN_MD = "heliade-habitat-note-evaluation-relogement-libeccio-bernache-2025.md"

ZIP_DT = (2025, 3, 24, 10, 15, 0)
DOCX_DATE = "2025-03-24T10:15:00Z"
PDF_DATE = "D:20251010164500+02'00'"


# ---------------------------------------------------------------------------
# 1. Minutes of the steering committee: PDF (town 1)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Projet de renouvellement urbain de la Fontaube – Sorgueval"
PD_HEADER_RIGHT = "COMITÉ DE PILOTAGE N° 7 – COMPTE RENDU"
PD_FOOTER = ("Sorgueval Ventoux Agglomération – direction du renouvellement urbain – compte rendu "
             "validé le 10 octobre 2025")
PD_AUTHOR = "Quadrivia Conseil pour Sorgueval Ventoux Agglomération"
PD_CREATOR = "Sorgueval Ventoux Agglomération – direction du renouvellement urbain"
PD_SUBJECT = "Compte rendu du comité de pilotage n° 7 du projet de renouvellement urbain de la Fontaube"
PD_KICKER = "PROJET DE RENOUVELLEMENT URBAIN DE LA FONTAUBE – SORGUEVAL"
PD_TITLE = "Comité de pilotage n° 7"
PD_SUBTITLE = "Compte rendu de la réunion du vendredi 3 octobre 2025"
PD_FORM = [
    ("Date et lieu", "Vendredi 3 octobre 2025, de 9 h 30 à 12 h, salle des mariages de l'hôtel "
                     "de ville de Sorgueval"),
    ("Coprésidence", "Raymond Bouscarle, maire de Sorgueval, et Nathalie Vigouroux-Baral, "
                     "présidente de Sorgueval Ventoux Agglomération"),
    ("Rédaction", "Pauline Darbousset, Quadrivia Conseil (mission d'ordonnancement, pilotage et "
                  "coordination urbaine)"),
    ("Diffusion", "Membres du comité de pilotage et partenaires financeurs du projet"),
    ("Pièces jointes", "Diaporama de séance ; tableau de bord du relogement au 30 septembre 2025"),
    ("Prochaine réunion", "Vendredi 13 mars 2026, à l'hôtel de l'agglomération"),
]
# Operations: name, client, cost TTC (tenths of M€), progress at 30 September 2025, planned end
PD_OPERATIONS = [
    ("Démolition de la tour Tramontane (108 logements)", "Sorgueval Comtat Habitat", 43,
     "Désamiantage en cours (35 %)", "Octobre 2026"),
    ("Démolition de la barre Libeccio (144 logements)", "Héliade Habitat", 56,
     "Relogement en cours : 74 ménages sur 131", "À fixer"),
    ("Réhabilitation de la résidence Sirocco (210 logements)", "Sorgueval Comtat Habitat", 122,
     "Travaux réalisés à 60 %", "Juin 2026"),
    ("Réhabilitation de la résidence Grégal (156 logements)", "Héliade Habitat", 90,
     "Consultation des entreprises relancée", "2028"),
    ("Pôle petite enfance (40 berceaux)", "Ville de Sorgueval", 48,
     "Permis de construire délivré le 8 septembre 2025", "Septembre 2027"),
    ("Parc de la Fontaube (2,4 ha)", "Sorgueval Ventoux Agglomération", 35,
     "Avant-projet validé", "2029"),
]


def pd_operation_rows():
    rows = [["Opération", "Maître d'ouvrage", "Coût TTC (M€)", "Avancement au 30 septembre 2025",
             "Fin prévue"]]
    for name, client, cost, progress, end in PD_OPERATIONS:
        rows.append([name, client, probekit.meur(cost), progress, end])
    rows.append(["Total des six opérations", "", probekit.meur(sum(o[2] for o in PD_OPERATIONS)), "", ""])
    return rows


def _check_pdf():
    assert sum(o[2] for o in PD_OPERATIONS) == 394
    assert 96 + 131 == 227 and 96 + 74 == 170 and 227 - 170 == 57
    assert round(100 * 65 / 170) == 38 and round(100 * 29 / 170) == 17
    assert round(100 * 18650 / 41800) == 45 and 108 + 144 == 252


PD_TABLES = {"operations": (pd_operation_rows, [140, 95, 52, 120])}
PD_BLOCKS = [
    ("p", "Le comité de pilotage s'est réuni en présence des membres suivants :"),
    ("b", "Raymond Bouscarle, maire de Sorgueval ;"),
    ("b", "Nathalie Vigouroux-Baral, présidente de Sorgueval Ventoux Agglomération ;"),
    ("b", "Karim Tahiri-Moulet, vice-président de l'agglomération chargé de l'habitat et de la "
          "politique de la ville ;"),
    ("b", "la sous-préfète d'arrondissement, représentant le préfet de Vaucluse ;"),
    ("b", "le délégué territorial adjoint de l'ANRU, directeur départemental des territoires ;"),
    ("b", "Olivier Establet, directeur général de Sorgueval Comtat Habitat ;"),
    ("b", "Marion Chabrand-Ollier, directrice régionale Provence d'Héliade Habitat ;"),
    ("b", "Laurent Giraudy, Banque des Territoires, direction régionale ;"),
    ("b", "un représentant d'Action Logement Services ;"),
    ("b", "Fatima Zeroual-Bonnet, membre du conseil citoyen de la Fontaube ;"),
    ("b", "Sandrine Pélissier-Gaude, directrice du projet de renouvellement urbain ;"),
    ("b", "Claire Maubourguet et Pauline Darbousset, Quadrivia Conseil."),
    ("p", "Excusés : la Région Provence-Alpes-Côte d'Azur et le Département de Vaucluse."),
    ("h", "1. Rappel du projet"),
    ("p", "La convention pluriannuelle de renouvellement urbain de la Fontaube a été signée le "
          "14 mars 2023. Elle porte sur un investissement de 92,4 M€ TTC entre 2023 et 2031, "
          "dont 21,6 M€ de subventions de l'ANRU et 6,8 M€ de prêts bonifiés d'Action Logement. "
          "Elle prévoit la démolition de 252 logements sociaux, la reconstitution de 190 "
          "logements, dont 152 hors du quartier, et la réhabilitation de 366 logements."),
    ("h", "2. Point sur le relogement"),
    ("p", "Au 30 septembre 2025, 170 des 227 ménages à reloger ont emménagé dans leur nouveau "
          "logement. Le relogement de la tour Tramontane s'est achevé le 27 juin 2025 avec le "
          "départ de ses 96 derniers ménages ; à la barre Libeccio, 74 ménages sur 131 ont été "
          "relogés depuis janvier 2024."),
    ("p", "Parmi les 170 ménages relogés, 65 ont quitté le quartier prioritaire, soit 38 %, et "
          "29 ont obtenu un logement neuf, soit 17 %. Les partenaires relèvent que la part des "
          "logements neufs reste faible, faute de livraisons avant 2026."),
    ("h", "3. Avancement des opérations"),
    ("table", "operations"),
    ("note", "Coûts toutes dépenses comprises inscrits à la convention. La date de démolition de "
             "la barre Libeccio sera arrêtée lorsque le relogement de ses occupants sera achevé."),
    ("p", "La déconstruction de la tour Tramontane débutera le 12 janvier 2026, une fois le "
          "désamiantage terminé, et s'étendra sur neuf mois. Le dévoiement des réseaux situés sous "
          "l'immeuble a décalé le calendrier de quatre mois."),
    ("h", "4. Clauses d'insertion"),
    ("p", "Les marchés du projet doivent réserver 41 800 heures de travail à des personnes en "
          "insertion professionnelle. Au 30 septembre 2025, 18 650 heures ont été réalisées, "
          "soit 45 % de l'objectif, dont un peu plus de la moitié par des habitants de la "
          "Fontaube."),
    ("h", "5. Décisions du comité"),
    ("p", "Décision n° 1 – Le comité accepte, à la demande d'Héliade Habitat, que les travaux de "
          "la résidence Grégal ne débutent qu'au premier trimestre 2027, la première "
          "consultation des entreprises ayant été déclarée infructueuse."),
    ("p", "Décision n° 2 – Le comité approuve le dépôt auprès de l'ANRU d'une demande d'avenant "
          "n° 1 à la convention, afin d'y intégrer la rénovation de l'école des Micocouliers, "
          "estimée à 2,9 M€ TTC."),
    ("p", "Décision n° 3 – Le comité porte de 35 % à 40 % l'objectif de ménages relogés hors "
          "d'un quartier prioritaire, inscrit dans la charte de relogement."),
    ("p", "Décision n° 4 – Le comité demande à Quadrivia Conseil de présenter un planning "
          "consolidé des chantiers de 2026 avant le 15 décembre 2025."),
    ("h", "6. Prochaines étapes"),
    ("b", "25 novembre 2025 : réunion publique d'information sur la déconstruction de la tour "
          "Tramontane, à la maison de quartier ;"),
    ("b", "12 janvier 2026 : début de la déconstruction de la tour Tramontane ;"),
    ("b", "février 2026 : dépôt de la demande d'avenant n° 1 auprès de l'ANRU ;"),
    ("b", "13 mars 2026 : comité de pilotage n° 8."),
    ("note", "Compte rendu validé par les coprésidents le 10 octobre 2025."),
]


# ---------------------------------------------------------------------------
# 2. Consultancy mission sheet, OPCU: plain text (town 1)
# ---------------------------------------------------------------------------
# year, fixed fee, purchase orders (euros HT)
TX_YEARS = [("2023 (juin-décembre)", 28000, 6400), ("2024", 56000, 18200),
            ("2025", 56000, 21600), ("2026 (prévision)", 56000, 15000),
            ("2027 (janvier-juin, prévision)", 28000, 1200)]


def tx_amount_table():
    w = 34
    head = f"{'Année':<{w}}{'Forfait de pilotage':>22}{'Bons de commande':>20}{'Total':>12}"
    rule = "-" * len(head)
    lines = [head, rule]
    for year, a, b in TX_YEARS:
        lines.append(f"{year:<{w}}{probekit.eur(a):>22}{probekit.eur(b):>20}"
                     f"{probekit.eur(a + b):>12}")
    lines.append(rule)
    ta, tb = sum(y[1] for y in TX_YEARS), sum(y[2] for y in TX_YEARS)
    lines.append(f"{'TOTAL':<{w}}{probekit.eur(ta):>22}{probekit.eur(tb):>20}"
                 f"{probekit.eur(ta + tb):>12}")
    return "\n".join(lines)


def _check_txt():
    assert sum(y[1] for y in TX_YEARS) == 224000 and sum(y[2] for y in TX_YEARS) == 62400
    assert sum(y[1] + y[2] for y in TX_YEARS) == 286400


TXT = """QUADRIVIA CONSEIL – URBANISME OPÉRATIONNEL ET COORDINATION DE PROJETS
FICHE MISSION

Ordonnancement, pilotage et coordination urbaine (OPCU)
Projet de renouvellement urbain de la Fontaube – Sorgueval (Vaucluse)

Fiche mise à jour le 20 octobre 2025


Client : Sorgueval Ventoux Agglomération, direction du renouvellement urbain
Interlocutrice : Sandrine Pélissier-Gaude, directrice du projet de renouvellement urbain
Site : Sorgueval (41 200 habitants), quartier prioritaire de la Fontaube (5 300 habitants)
Procédure : appel d'offres ouvert, accord-cadre mono-attributaire
Notification : 5 juin 2023
Durée : quatre ans, de juin 2023 à juin 2027, reconductible une fois pour deux ans
Montant : 286 400 € HT pour la période initiale, dont 224 000 € HT de forfait de pilotage ; maximum de l'accord-cadre : 420 000 € HT
Équipe : Claire Maubourguet (directrice de mission), Yanis Mekhloufi (chargé de coordination des chantiers), Pauline Darbousset (planificatrice), avec un économiste de la construction sous-traitant
Projet : convention pluriannuelle de renouvellement urbain signée le 14 mars 2023, 92,4 M€ TTC, opérations de 2023 à 2031


CONTEXTE

La Fontaube, à l'est de Sorgueval, compte 2 150 logements, dont 1 780 logements sociaux : 1 120 appartiennent à l'office Sorgueval Comtat Habitat et 660 à l'entreprise sociale pour l'habitat Héliade Habitat. Le taux de chômage y atteint 27 %, contre 13 % dans l'ensemble de la commune.

Le projet compte 32 opérations conduites par cinq maîtres d'ouvrage. Il prévoit la démolition de 252 logements sociaux – la tour Tramontane (108 logements) et la barre Libeccio (144 logements) –, la réhabilitation des résidences Sirocco et Grégal, la création d'un pôle petite enfance et l'aménagement d'un parc de 2,4 hectares. Jusqu'à neuf chantiers se dérouleront en même temps dans le quartier en 2026 et 2027.


CONTENU DE LA MISSION

1. Ordonnancement : établissement du planning directeur des 32 opérations et mise à jour trimestrielle.

2. Pilotage : préparation et secrétariat du comité technique mensuel et du comité de pilotage semestriel, rédaction des comptes rendus.

3. Coordination inter-chantiers : phasage des emprises, plan de circulation des engins et des piétons, charte chantier à faibles nuisances.

4. Suivi financier : tableau de bord des dépenses et des subventions de l'ANRU, préparation des demandes d'acompte et de solde.

5. Information des habitants : lettres de chantier trimestrielles et participation aux réunions publiques.


DÉCOMPOSITION DU MONTANT (en euros HT)

""" + tx_amount_table() + """

Le forfait de pilotage rémunère les missions 1, 2 et 4 ; les missions 3 et 5 sont commandées par bons de commande.


LIVRABLES

Les livrables remis à l'agglomération sont les suivants :

- le planning directeur, dans sa première version en septembre 2023, puis mis à jour chaque trimestre ;
- les comptes rendus des comités techniques et des comités de pilotage ;
- le tableau de bord financier trimestriel ;
- la charte chantier à faibles nuisances ;
- les lettres de chantier distribuées aux habitants.


RÉSULTATS AU 30 SEPTEMBRE 2025

Depuis juin 2023, l'équipe a animé 27 comités techniques et préparé 4 comités de pilotage. La charte chantier à faibles nuisances a été signée par 14 entreprises. Les 146 réclamations d'habitants reçues au sujet des chantiers ont été traitées en 5 jours en moyenne, et 8 lettres de chantier ont été distribuées dans les 2 150 logements du quartier.


ENSEIGNEMENTS

Trois enseignements ressortent des deux premières années de la mission :

- Un planning directeur n'est utile que s'il est partagé : sa présentation à chaque comité technique a permis aux maîtres d'ouvrage d'anticiper les conflits d'emprise.
- La coordination avec les concessionnaires de réseaux a été sous-estimée : le dévoiement des réseaux sous la tour Tramontane a retardé de quatre mois son désamiantage.
- Le relogement commande le calendrier des démolitions : tant que la date de libération de la barre Libeccio n'est pas connue, sa démolition ne peut pas être programmée.


Contact : Claire Maubourguet – Quadrivia Conseil – 11, cours Jean-Jaurès – Avignon – contact@quadrivia-conseil.example
"""


# ---------------------------------------------------------------------------
# 3. Regional daily's web article on the demolition: HTML (town 2)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Lisonnay-sur-Vie : aux Courlis, la tour Avocette commence à tomber – Le Messager vendéen</title>
<meta name="description" content="Lisonnay-sur-Vie : vidée de ses habitants, la tour Avocette, dans le quartier des Courlis, est entrée en déconstruction. Le chantier doit durer sept mois.">
<meta name="author" content="Bastien Rousselot">
<meta property="article:published_time" content="2025-11-18T07:00:00+01:00">
<link rel="canonical" href="https://www.messager-vendeen.example/lisonnay-sur-vie/courlis-tour-avocette-deconstruction">
<style>.cookies{position:fixed;bottom:0;width:100%}.premium{color:#0b4f6c}</style>
<script>window.mvConsent = window.mvConsent || {};</script>
</head>
<body>
<div class="cookies" role="dialog">
  <p>Le Messager vendéen et ses partenaires déposent des cookies pour mesurer l'audience, partager des contenus sur les réseaux sociaux et afficher des publicités adaptées à vos centres d'intérêt. <a href="/cookies/">Paramétrer</a> · <a href="#">Tout accepter</a> · <a href="#">Tout refuser</a></p>
</div>
<header class="bandeau">
  <p class="logo"><a href="/">Le Messager vendéen</a></p>
  <nav class="menu">
    <ul>
      <li><a href="/lisonnay-sur-vie/">Lisonnay-sur-Vie</a></li>
      <li><a href="/pays-de-vie/">Pays de Vie</a></li>
      <li><a href="/littoral/">Littoral</a></li>
      <li><a href="/vendee/">Vendée</a></li>
      <li><a href="/sport/">Sport</a></li>
      <li><a href="/loisirs/">Loisirs</a></li>
      <li><a href="/offre-numerique/" class="premium">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil"><a href="/">Accueil</a> › <a href="/lisonnay-sur-vie/">Lisonnay-sur-Vie</a> › Urbanisme</nav>

<article class="article">
  <p class="surtitre">Lisonnay-sur-Vie · Urbanisme</p>
  <h1>Aux Courlis, la tour Avocette commence à tomber</h1>
  <p class="signature">Par Bastien Rousselot · Publié le <time datetime="2025-11-18T07:00">18 novembre 2025 à 7 h 00</time></p>
  <p class="chapo">Vidée de ses derniers occupants au printemps, la tour de douze étages est désormais livrée aux engins de démolition. Le chantier devrait durer sept mois.</p>

  <p>Une pelle à long bras a mordu lundi 17 novembre dans le dernier étage de la tour Avocette. Construit en 1969, l'immeuble de 72 logements appartient à l'office Habitat Pays de Vie ; il est le premier des deux bâtiments dont le projet de renouvellement urbain des Courlis prévoit la disparition. L'entreprise Guérineau Déconstruction va le grignoter étage par étage jusqu'en juin, pour un montant de 3,4 millions d'euros. Près de neuf dixièmes des matériaux doivent être recyclés, le béton concassé servant de remblai sur place.</p>
  <p>Les 64 ménages qui y vivaient encore au lancement du projet ont tous été relogés, le dernier le 11 avril. Vingt-quatre d'entre eux ont quitté le quartier et quinze ont emménagé dans un logement neuf. « Nous avons pris le temps qu'il fallait avec chaque famille, et personne n'a été relogé contre son gré », affirme Philippe Chaigneau, directeur général d'Habitat Pays de Vie.</p>

  <h2>La barre Bernache attendra</h2>
  <p>De l'autre côté de la place des Vanneaux, la barre Bernache et ses 96 logements, propriété de l'entreprise sociale pour l'habitat Héliade Habitat, sont encore habités. Le relogement de ses 85 ménages a débuté en février ; au 31 octobre, 33 familles avaient déjà déménagé. « Nous ne démolirons pas avant que la dernière famille soit partie, et pas avant 2027 », prévient Émilie Tessereau, directrice régionale Ouest du bailleur.</p>
  <p>Sur l'emprise de la tour Avocette, la ville prévoit une halle de marché couverte et une trentaine de logements en accession à la propriété. « Les Courlis auront enfin un vrai cœur de quartier », se réjouit la maire, Anne-Sophie Rabreau, qui a assisté aux premiers coups de pelle aux côtés de la préfète de la Vendée.</p>

  <h2>Une maison du projet très fréquentée</h2>
  <p>Installée depuis janvier dans l'ancien bureau de poste, au 4 rue des Étiers, la maison du projet a accueilli 1 150 visiteurs. Les habitants peuvent y suivre le chantier grâce à une caméra installée sur le toit de l'école voisine. « On vient voir comment ça avance, et on se dit qu'on a bien fait de rester », sourit Jacqueline Pajot, membre du conseil citoyen, qui habite la résidence Héron depuis 1987.</p>

  <aside class="encadre">
    <h3>Repères – Les Courlis</h3>
    <ul>
      <li>3 400 habitants, 1 310 logements dont 1 150 logements sociaux</li>
      <li>Convention de renouvellement urbain signée le 21 novembre 2024</li>
      <li>Coût du projet : 58,7 millions d'euros, dont 13,9 millions de subventions de l'ANRU</li>
      <li>168 logements démolis, 208 réhabilités dans les résidences Héron et Spatule</li>
      <li>Fin des travaux prévue en 2030</li>
    </ul>
  </aside>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/littoral/grandes-marees-novembre/">Grandes marées : les coefficients à surveiller cette semaine</a></li>
      <li><a href="/vendee/foire-aux-vins-record/">Foire aux vins : une fréquentation record à la Roche</a></li>
      <li><a href="/sport/basket-lisonnay-derby/">Basket : Lisonnay s'impose dans le derby</a></li>
    </ol>
  </section>
  <section class="newsletter">
    <h2>Votre Messager chaque matin</h2>
    <p>Recevez chaque jour à 7 heures l'actualité de Lisonnay-sur-Vie et du Pays de Vie dans votre boîte aux lettres électronique.</p>
    <form action="/newsletter/" method="post"><input type="email" name="courriel" placeholder="Votre courriel"><button type="submit">Valider</button></form>
  </section>
</aside>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/lisonnay-sur-vie/courlis-convention-signee/">Les Courlis : la convention de renouvellement urbain enfin signée</a></li>
    <li><a href="/lisonnay-sur-vie/residence-heron-travaux-isolation/">Résidence Héron : les locataires inquiets du calendrier des travaux</a></li>
    <li><a href="/vendee/logement-social-attente/">Vendée : les délais d'attente pour un logement social s'allongent</a></li>
  </ul>
</section>
</main>

<footer class="pied">
  <p>Le Messager vendéen – 27, quai de la Vie – Lisonnay-sur-Vie</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/nous-contacter/">Nous contacter</a> · <a href="/publicite/">Publicité</a></p>
  <p>© 2025 Le Messager vendéen. Reproduction interdite.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 72 + 96 == 168 and 64 + 85 == 149


# ---------------------------------------------------------------------------
# 4. Contract-of-city action sheet on neighbourhood management: DOCX (town 2)
# ---------------------------------------------------------------------------
DX_COMPANY = "Vie et Bocage Agglomération"
DX_DOC_KIND = "Fiche action du contrat de ville"
DX_HEADER = ("Contrat de ville « Engagements Quartiers 2030 » – Vie et Bocage Agglomération – "
             "Fiche action n° 3.2.2")
DX_FOOTER = ("Ville de Lisonnay-sur-Vie – direction de la cohésion sociale – fiche adoptée par le "
             "comité de pilotage du contrat de ville du 20 mars 2025")
DX_KICKER = "Contrat de ville « Engagements Quartiers 2030 » – Vie et Bocage Agglomération"
DX_TITLE = ("Fiche action n° 3.2.2 – Gestion urbaine et sociale de proximité aux Courlis pendant "
            "les chantiers")
DX_SUBTITLE = ("Pilier Cadre de vie et renouvellement urbain – version adoptée par le comité de "
               "pilotage du 20 mars 2025")
DX_KEYWORDS = ("contrat de ville; gestion urbaine et sociale de proximité; GUSP; chantiers; "
               "Courlis; Lisonnay-sur-Vie; renouvellement urbain")
DX_FIELDS = [
    ("Pilier", "Cadre de vie et renouvellement urbain"),
    ("Axe", "Préserver la qualité de vie des habitants pendant les travaux du projet de "
            "renouvellement urbain"),
    ("Quartier", "Les Courlis (Lisonnay-sur-Vie)"),
    ("Pilote", "Ville de Lisonnay-sur-Vie, direction de la cohésion sociale"),
    ("Référente", "Mathilde Sorin, coordinatrice de la gestion urbaine et sociale de proximité"),
    ("Partenaires", "Habitat Pays de Vie, Héliade Habitat, Vie et Bocage Agglomération, régie de "
                    "quartier Vie Solidaire, conseil citoyen des Courlis, police municipale, "
                    "Département de la Vendée"),
    ("Durée", "2025-2027"),
    ("Coût total 2025-2027", "612 000 € en fonctionnement"),
]
DX_FUNDERS = [("État – crédits de la politique de la ville (BOP 147)", 38000, 38000, 36000),
              ("État – poste d'adulte-relais", 21000, 22000, 22000),
              ("Vie et Bocage Agglomération", 45000, 48000, 48000),
              ("Ville de Lisonnay-sur-Vie", 52000, 54000, 54000),
              ("Habitat Pays de Vie (abattement TFPB)", 26000, 26000, 26000),
              ("Héliade Habitat (abattement TFPB)", 14000, 14000, 14000),
              ("Département de la Vendée", 5000, 5000, 4000)]
DX_INDICATORS = [("Dysfonctionnements relevés lors des diagnostics en marchant", "87", "40"),
                 ("Délai moyen de traitement d'un signalement (en jours)", "19", "7"),
                 ("Habitants satisfaits de la propreté des espaces extérieurs", "34 %", "55 %"),
                 ("Réclamations d'habitants liées aux chantiers (par an)", "–",
                  "moins de 60"),
                 ("Dépôts sauvages enlevés (tonnes par an)", "48", "30")]


def dx_funding_rows():
    e = probekit.eur
    rows = [["Financeur", "2025", "2026", "2027", "Total"]]
    for name, a, b, c in DX_FUNDERS:
        rows.append([name, e(a), e(b), e(c), e(a + b + c)])
    cols = [sum(f[i] for f in DX_FUNDERS) for i in (1, 2, 3)]
    rows.append(["Total"] + [e(v) for v in cols] + [e(sum(cols))])
    return rows


def dx_indicator_rows():
    return [["Indicateur", "Référence 2024", "Cible 2027"]] + [list(r) for r in DX_INDICATORS]


def _check_docx():
    cols = [sum(f[i] for f in DX_FUNDERS) for i in (1, 2, 3)]
    assert cols == [201000, 207000, 204000] and sum(cols) == 612000


DX_TABLES = {"financement": dx_funding_rows(), "indicateurs": dx_indicator_rows()}
DX_WIDTHS = {"financement": [4000, 1300, 1300, 1300, 1500],
             "indicateurs": [5400, 2100, 2100]}
DX_SECTIONS = [
    ("h1", "1. Constat"),
    ("p", "Les Courlis, au sud de Lisonnay-sur-Vie, comptent 3 400 habitants et 1 310 logements, "
          "dont 1 150 logements sociaux : 740 appartiennent à Habitat Pays de Vie et 410 à "
          "Héliade Habitat. Le taux de pauvreté y atteint 41 %, contre 16 % dans l'ensemble de "
          "la commune."),
    ("p", "La convention de renouvellement urbain, signée le 21 novembre 2024, prévoit la "
          "démolition de 168 logements (la tour Avocette et la barre Bernache), la "
          "réhabilitation de 208 logements des résidences Héron et Spatule et la création d'une "
          "halle de marché. Les chantiers se succéderont dans le quartier jusqu'en 2030."),
    ("p", "Le diagnostic en marchant du 14 mai 2024 a relevé 87 dysfonctionnements : éclairage "
          "défaillant, dépôts sauvages, stationnement anarchique, halls dégradés. Les habitants "
          "redoutent que les chantiers aggravent ces difficultés."),
    ("h1", "2. Objectifs"),
    ("li", "Maintenir un quartier propre, sûr et praticable pendant toute la durée des travaux."),
    ("li", "Informer les habitants de l'avancement des chantiers et traiter rapidement leurs "
           "réclamations."),
    ("li", "Accompagner les ménages qui déménagent et les locataires qui restent dans les "
           "immeubles en travaux."),
    ("li", "Associer le conseil citoyen au suivi de la gestion du quartier."),
    ("h1", "3. Description de l'action"),
    ("p", "Action 1 – Diagnostics en marchant. Deux fois par an, les bailleurs, la Ville, "
          "l'agglomération et le conseil citoyen parcourent le quartier ; chaque "
          "dysfonctionnement relevé est confié à un responsable, avec un délai de traitement."),
    ("p", "Action 2 – Médiation de chantier. Un médiateur recruté par la régie de quartier Vie "
          "Solidaire sur un poste d'adulte-relais fait le lien entre les entreprises et les "
          "habitants ; il tient une permanence chaque mercredi à la maison du projet. Le poste "
          "est occupé depuis le 2 juin 2025 par Kévin Moinard."),
    ("p", "Action 3 – Entretien renforcé des abords de chantier. La régie de quartier assure le "
          "nettoyage quotidien des cheminements piétons et des pieds d'immeubles situés à moins "
          "de 50 mètres d'un chantier."),
    ("p", "Action 4 – Collecte des encombrants. Pendant les déménagements du relogement, une "
          "collecte hebdomadaire des encombrants est organisée par l'agglomération, le lundi "
          "matin."),
    ("p", "Action 5 – Animations de chantier. Visites de chantier, fresques sur les palissades et "
          "ateliers avec les écoles rendent les travaux visibles et compréhensibles."),
    ("h1", "4. Public visé"),
    ("p", "Habitants du quartier des Courlis, locataires des immeubles en travaux ou en cours de "
          "relogement, commerçants de la place des Vanneaux."),
    ("h1", "5. Plan de financement (en euros)"),
    ("table", "financement"),
    ("note", "Crédits de fonctionnement. La participation des bailleurs correspond à des actions "
             "valorisées au titre de l'abattement de la taxe foncière sur les propriétés bâties."),
    ("h1", "6. Indicateurs"),
    ("table", "indicateurs"),
    ("h1", "7. Calendrier"),
    ("li", "Mars 2025 : adoption de la fiche action"),
    ("li", "Juin 2025 : prise de poste du médiateur de chantier"),
    ("li", "Novembre 2025 : début de la déconstruction de la tour Avocette"),
    ("li", "Mai et octobre de chaque année : diagnostics en marchant"),
    ("h1", "8. Suivi et évaluation"),
    ("p", "Un comité de gestion urbaine de proximité, animé chaque trimestre par Mathilde Sorin, "
          "réunit les bailleurs, la régie de quartier, la police municipale et le conseil "
          "citoyen. Le bilan annuel est présenté au comité de pilotage du contrat de ville, "
          "coprésidé par le président de Vie et Bocage Agglomération, Thierry Gaborieau, et par "
          "la préfète de la Vendée."),
    ("note", "Fiche adoptée par le comité de pilotage du contrat de ville du 20 mars 2025."),
]


# ---------------------------------------------------------------------------
# 5. Landlord's evaluation note on the rehousing: Markdown (both towns)
# ---------------------------------------------------------------------------
MD = """---
title: "Note d'évaluation – Le relogement des ménages des barres Libeccio et Bernache"
organisation: "Héliade Habitat, entreprise sociale pour l'habitat"
auteur: "Direction du renouvellement urbain"
date: 2025-11-28
diffusion: "Comité de direction"
lieux: ["Sorgueval (Vaucluse)", "Lisonnay-sur-Vie (Vendée)"]
tags: [relogement, renouvellement urbain, évaluation, NPNRU]
---

# Le relogement des ménages des barres Libeccio et Bernache : bilan au 30 septembre 2025

*Note d'évaluation de la direction du renouvellement urbain, présentée au comité de direction du 25 novembre 2025*

Héliade Habitat gère 34 600 logements sociaux dans 14 départements. L'entreprise participe à deux projets de renouvellement urbain soutenus par l'ANRU : à la Fontaube, à Sorgueval (Vaucluse), et aux Courlis, à Lisonnay-sur-Vie (Vendée). Dans chacun de ces quartiers, elle doit démolir une barre et en reloger les occupants. La présente note compare les deux opérations de relogement, vingt et un mois après le début de la première.

## La barre Libeccio (Sorgueval)

La barre Libeccio compte 144 logements, dont 131 étaient occupés lorsque le relogement a commencé, en janvier 2024. Au 30 septembre 2025, 74 ménages avaient déménagé : 31 hors d'un quartier prioritaire et 12 dans un logement neuf. Les relogements s'y sont ralentis en 2025, faute de logements disponibles dans le parc des deux bailleurs de Sorgueval.

Le relogement est conduit par une équipe interne de deux chargées de relogement, sous la responsabilité de Marion Chabrand-Ollier, directrice régionale Provence.

## La barre Bernache (Lisonnay-sur-Vie)

À Lisonnay-sur-Vie, le relogement des 85 ménages de la barre Bernache a commencé en février 2025. Au 30 septembre, 29 ménages avaient été relogés, dont 11 dans la résidence neuve Les Salicornes, livrée en mars 2025 rue du Port-Chabot : 24 de ses logements avaient été réservés aux ménages de la barre.

« La livraison des Salicornes au bon moment a tout changé : les familles ont pu choisir un logement neuf sans quitter la ville », observe Émilie Tessereau, directrice régionale Ouest.

## Les deux opérations comparées

| Au 30 septembre 2025 | Barre Libeccio (Sorgueval) | Barre Bernache (Lisonnay-sur-Vie) |
|---|---|---|
| Ménages à reloger | 131 | 85 |
| Début du relogement | Janvier 2024 | Février 2025 |
| Ménages relogés | 74 | 29 |
| dont hors quartier prioritaire | 31 (42 %) | 9 (31 %) |
| dont dans un logement neuf | 12 (16 %) | 11 (38 %) |
| Reste à charge stable ou en baisse | 81 % | 86 % |
| Coût moyen par ménage relogé | 6 900 € | 5 800 € |

Le coût moyen comprend le déménagement, les frais d'accompagnement, le transfert des contrats et l'indemnité versée à chaque ménage ; il ne comprend pas la minoration de loyer prise en charge par l'ANRU.

## Les dépenses de relogement

| Dépenses de relogement (€) | 2024 | 2025 (au 30 septembre) | 2026 (prévision) |
|---|---|---|---|
| Barre Libeccio | 298 000 | 212 600 | 395 000 |
| Barre Bernache | – | 168 200 | 325 000 |
| Total | 298 000 | 380 800 | 720 000 |

## Ce que nous retenons

L'évaluation fait ressortir trois enseignements :

1. L'offre nouvelle est le premier levier : là où des logements neufs ont été livrés pendant le relogement, la part des relogements dans le neuf est plus de deux fois supérieure.
2. Les relogements hors quartier prioritaire progressent lorsque les ménages visitent le nouveau secteur avant de se décider.
3. Le rythme des relogements dépend des logements libérés chaque mois dans le parc des bailleurs partenaires, que nous ne maîtrisons pas.

## Recommandations

Le comité de direction a retenu quatre recommandations :

1. Réserver, dans chaque programme neuf livré à moins de cinq kilomètres d'une barre à démolir, au moins 20 % des logements aux ménages relogés.
2. Proposer à chaque ménage une visite accompagnée du quartier d'accueil avant toute proposition hors du quartier prioritaire.
3. Recruter une troisième chargée de relogement à Sorgueval au premier trimestre 2026.
4. Présenter au comité de direction un bilan semestriel commun aux deux opérations.

> « Reloger, ce n'est pas vider un immeuble : c'est ouvrir un nouveau chapitre pour chaque famille », rappelle Vincent Lallemand-Sauvy, directeur du renouvellement urbain d'Héliade Habitat.
"""


def _check_md():
    assert round(100 * 31 / 74) == 42 and round(100 * 12 / 74) == 16
    assert round(100 * 9 / 29) == 31 and round(100 * 11 / 29) == 38
    assert 74 * 6900 == 298000 + 212600 and 29 * 5800 == 168200
    assert 298000 + 212600 + 0 == 510600 and 212600 + 168200 == 380800
    assert 395000 + 325000 == 720000


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe17.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, header_fill="2E5E4E",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"operations"},
        form_label_w=120, theme=probekit.THEME_TEAL, header_left=PD_HEADER_LEFT,
        header_right=PD_HEADER_RIGHT, footer=PD_FOOTER, author=PD_AUTHOR, subject=PD_SUBJECT,
        creator=PD_CREATOR, date=PDF_DATE)


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
