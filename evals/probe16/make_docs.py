#!/usr/bin/env python3
"""Generate the five probe16 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Aubrelac (Isère, Auvergne-Rhône-Alpes), quartier prioritaire des Lauzières (agglomeration:
        Aubrelac Agglomération; social landlords Aubrelac Habitat, an OPH, and Valsoléa, a national
        ESH; buildings named after Alpine massifs: tour Belledonne, barre Chartreuse, résidences
        Vercors, Taillefer and Oisans; shopping centre des Écrins)
    - deliberation-2025-06-118-convention-npnru-lauzieres-aubrelac-agglomeration.pdf
        (extract of the register of deliberations of the community council, session of 26 June
        2025: labelled form (session, president, rapporteur, members in office, present, proxies,
        voters, secretary), statement of reasons, the programme as a bulleted list with a lead-in,
        a financing table by funder with shares and a total row, a table of the three operations
        of the agglomeration with a total row, a table of payment credits by operation and by
        year (multi-year columns) with a total row, five numbered articles, the vote, the
        enforceability note)
    - article-courrier-aubrelacois-lauzieres-relogement-tour-belledonne.html
        (regional daily's web article of 9 December 2025 on the rehousing of the Lauzières, inside
        an <article> with a cookie banner, navigation, a "Repères" box (some facts only in the
        box), a "most read" sidebar, a newsletter box, "Sur le même sujet" links and a footer;
        the prefect of the Isère is unnamed and the cost of the rehousing consultancy not given)
Town 2: Saulxeroy (Meuse, Grand Est), quartier prioritaire de la Breuvière (agglomeration:
        Communauté d'agglomération du Pays de Saulxeroy; social landlords Meuse Horizon Habitat,
        an OPH, and Valsoléa; buildings named after composers: tour Massenet, barre Chabrier,
        résidences Dukas, Poulenc and Messiaen)
    - fiche-mission-mous-relogement-breuviere-saulxeroy.txt
        (consultancy mission sheet of Orsane Conseil for the rehousing MOUS: labelled fields,
        stakes, five numbered tasks, an amount table by phase with a total row, a rehousing table
        by building with 2024 and 2025 columns and a total row, an outcome table against the
        rehousing charter's targets, governance, three lessons with a lead-in; the demolition
        date of the barre Chabrier and the daily rates are never given)
    - fiche-action-2-3-1-emploi-insertion-breuviere-saulxeroy.docx
        (contract-of-city action sheet on employment and integration, adopted on 17 March 2025:
        labelled fields, findings, objectives, five numbered actions, a funding table by funder
        for 2025, 2026 and 2027 with a total column and a total row, an indicator table (2024
        baseline, 2027 target), a timetable, follow-up with an unnamed prefect of the Meuse)
Both towns:
    - valsolea-rapport-activite-2024-renouvellement-urbain-lauzieres-breuviere.md
        (chapter 3 of the 2024 activity report of the landlord present in both neighbourhoods,
        with YAML front matter: the two projects, a comparison table, an investment table by year
        (2023, 2024, 2025 forecast) with a total row, four objectives for 2025 with a lead-in)

The documents overlap on purpose: both towns have a renewal convention (signed on 4 July 2024 in
town 2, approved on 26 June 2025 and signed on 18 September 2025 in town 1) with a total cost,
ANRU subsidies and Action Logement loans, two buildings to demolish, households to rehouse, a
number of integration hours required from the contracts, and Valsoléa as landlord; the same
consultancy (Orsane Conseil) runs the rehousing in both towns (its amount is given for town 2
only). Some figures are given for one town only (unemployment rate and median income in town 1,
poverty rate in town 2; visitors of a project office in town 1; demolition cost of a tower in
town 1) and some roles are never named (the prefects of the Isère and of the Meuse, the
"délégué du préfet").

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe16.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe16/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe16.jsonl")
QID_PREFIX = "q16"

FN_PDF = "deliberation-2025-06-118-convention-npnru-lauzieres-aubrelac-agglomeration.pdf"
FN_HTML = "article-courrier-aubrelacois-lauzieres-relogement-tour-belledonne.html"
FN_TXT = "fiche-mission-mous-relogement-breuviere-saulxeroy.txt"
FN_DOCX = "fiche-action-2-3-1-emploi-insertion-breuviere-saulxeroy.docx"
FN_MD = "valsolea-rapport-activite-2024-renouvellement-urbain-lauzieres-breuviere.md"

ZIP_DT = (2025, 3, 20, 14, 0, 0)
DOCX_DATE = "2025-03-20T14:00:00Z"
PDF_DATE = "D:20250701093000+02'00'"


# ---------------------------------------------------------------------------
# 1. Deliberation of the community council: PDF (town 1)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Aubrelac Agglomération – Conseil communautaire du 26 juin 2025"
PD_HEADER_RIGHT = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS"
PD_FOOTER = ("Aubrelac Agglomération – Hôtel de l'agglomération, 1 place du Lac – Aubrelac – "
             "délibération n° 2025-06-118")
PD_AUTHOR = "Aubrelac Agglomération – direction des assemblées"
PD_CREATOR = "Aubrelac Agglomération – registre des délibérations"
PD_SUBJECT = "Convention pluriannuelle de renouvellement urbain du quartier des Lauzières"
PD_KICKER = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE"
PD_TITLE = "Délibération n° 2025-06-118"
PD_SUBTITLE = ("Approbation de la convention pluriannuelle de renouvellement urbain du quartier "
               "des Lauzières et ouverture d'une autorisation de programme")
PD_FORM = [
    ("Séance", "Jeudi 26 juin 2025 à 18 h 30, salle du conseil de l'hôtel de l'agglomération"),
    ("Date de convocation", "19 juin 2025"),
    ("Président de séance", "Bertrand Falcoz-Vigne, président d'Aubrelac Agglomération"),
    ("Rapporteure", "Odile Chambaret-Lys, vice-présidente chargée de la politique de la ville et "
                    "du renouvellement urbain"),
    ("Membres en exercice", "64"),
    ("Présents", "49"),
    ("Pouvoirs", "9"),
    ("Votants", "58"),
    ("Secrétaire de séance", "Julien Rostaing, conseiller communautaire"),
    ("Avis de la commission", "Commission cohésion sociale et habitat du 10 juin 2025 : avis "
                              "favorable"),
]
# Financing of the convention: funder, amount in tenths of M€
PD_FUNDERS = [("ANRU (subventions)", 179), ("Action Logement (prêts bonifiés)", 54),
              ("Ville d'Aubrelac", 82), ("Aubrelac Agglomération", 67),
              ("Région Auvergne-Rhône-Alpes", 29), ("Département de l'Isère", 18),
              ("Bailleurs sociaux (fonds propres et emprunts)", 357)]
PD_TOTAL = 786
# Operations of the agglomeration: name, cost HT, ANRU subsidy (tenths of M€), period
PD_OPERATIONS = [("Aménagement du mail des Lauzières", 43, 16, "2027-2029"),
                 ("Restructuration du centre commercial des Écrins", 31, 9, "2026-2028"),
                 ("Hôtel d'activités artisanales", 24, 5, "2028-2030")]
# Payment credits of the programme authorisation (tenths of M€): 2025 .. 2028, 2029 and after
PD_YEARS = ["2025", "2026", "2027", "2028", "2029 et suiv."]
PD_CREDITS = [("Mail des Lauzières", [1, 2, 7, 10, 7]),
              ("Centre commercial des Écrins", [1, 5, 7, 5, 0]),
              ("Hôtel d'activités artisanales", [0, 1, 2, 6, 10]),
              ("Participation à la MOUS de relogement", [1, 1, 1, 0, 0])]


def pd_funder_rows():
    rows = [["Financeur", "Montant (M€)", "Part"]]
    for name, v in PD_FUNDERS:
        rows.append([name, probekit.meur(v), f"{round(100 * v / PD_TOTAL)} %"])
    rows.append(["Total", probekit.meur(sum(v for _, v in PD_FUNDERS)), "100 %"])
    return rows


def pd_operation_rows():
    rows = [["Opération", "Coût HT (M€)", "Subvention ANRU (M€)", "Calendrier"]]
    for name, cost, anru, period in PD_OPERATIONS:
        rows.append([name, probekit.meur(cost), probekit.meur(anru), period])
    rows.append(["Total des opérations", probekit.meur(sum(o[1] for o in PD_OPERATIONS)),
                 probekit.meur(sum(o[2] for o in PD_OPERATIONS)), ""])
    return rows


def pd_credit_rows():
    rows = [["Crédits de paiement (M€)"] + PD_YEARS + ["Total"]]
    for name, vals in PD_CREDITS:
        rows.append([name] + [probekit.meur(v) for v in vals] + [probekit.meur(sum(vals))])
    cols = [sum(vals[i] for _, vals in PD_CREDITS) for i in range(len(PD_YEARS))]
    rows.append(["Total"] + [probekit.meur(v) for v in cols] + [probekit.meur(sum(cols))])
    return rows


def _check_pdf():
    assert sum(v for _, v in PD_FUNDERS) == PD_TOTAL
    assert sum(round(100 * v / PD_TOTAL) for _, v in PD_FUNDERS) == 100
    assert sum(o[1] for o in PD_OPERATIONS) == 98 and sum(o[2] for o in PD_OPERATIONS) == 30
    assert sum(sum(v) for _, v in PD_CREDITS) == 67
    # remainders after the ANRU subsidies (and 0,4 M€ of the Région on the shopping centre)
    assert [sum(v) for _, v in PD_CREDITS] == [43 - 16, 31 - 9 - 4, 24 - 5, 3]
    assert 90 + 112 == 202 and 168 + 124 + 96 == 388 and 49 + 9 == 58 and 51 + 3 + 4 == 58


PD_TABLES = {"financement": (pd_funder_rows, [290, 100]),
             "operations": (pd_operation_rows, [200, 75, 110]),
             "credits": (pd_credit_rows, [163, 50, 50, 50, 50, 65])}
PD_BLOCKS = [
    ("h", "Exposé des motifs"),
    ("p", "Le quartier des Lauzières, au sud-ouest d'Aubrelac, est l'un des deux quartiers "
          "prioritaires de l'agglomération. Construit entre 1963 et 1975, il compte 4 600 "
          "habitants et 1 940 logements, dont 1 620 logements sociaux : 1 080 appartiennent à "
          "l'office public Aubrelac Habitat et 540 à l'entreprise sociale pour l'habitat "
          "Valsoléa. Le taux de chômage y atteint 24 %, contre 11 % dans l'ensemble de la ville "
          "d'Aubrelac (36 800 habitants)."),
    ("p", "Le protocole de préfiguration signé le 7 avril 2022 a permis de conduire les études "
          "urbaines, de peuplement et de programmation du projet. Le comité d'engagement de "
          "l'Agence nationale pour la rénovation urbaine (ANRU) a examiné le projet le "
          "12 février 2025. Il a validé un concours financier de 17,9 M€ de subventions de "
          "l'ANRU et de 5,4 M€ de prêts bonifiés d'Action Logement."),
    ("p", "Le programme de la convention comprend les opérations suivantes :"),
    ("b", "la démolition de 202 logements sociaux : la tour Belledonne (90 logements, Aubrelac "
          "Habitat) et la barre Chartreuse (112 logements, Valsoléa) ;"),
    ("b", "la reconstitution de 160 logements sociaux, dont 118 hors du quartier prioritaire, "
          "dans six communes de l'agglomération ;"),
    ("b", "la réhabilitation de 388 logements des résidences Vercors (168 logements), Taillefer "
          "(124 logements) et Oisans (96 logements), avec un objectif d'étiquette énergétique C ;"),
    ("b", "la résidentialisation de 540 logements ;"),
    ("b", "la construction d'un groupe scolaire de 12 classes, qui remplacera les écoles Les "
          "Lauzes et Jean-Macé, pour 10,6 M€ TTC ;"),
    ("b", "l'aménagement du mail des Lauzières, la restructuration du centre commercial des "
          "Écrins et la création d'un hôtel d'activités artisanales."),
    ("p", "Le coût total du projet s'élève à 78,6 M€ TTC, pour des opérations réalisées de 2025 à "
          "2033. Les marchés de travaux et de services du projet réserveront au moins 41 000 "
          "heures de travail à des personnes en parcours d'insertion."),
    ("table", "financement"),
    ("note", "Part de chaque financeur arrondie au point le plus proche. Les prêts d'Action "
             "Logement sont accordés aux bailleurs pour la reconstitution de l'offre."),
    ("h", "Engagements d'Aubrelac Agglomération"),
    ("p", "L'agglomération assure la maîtrise d'ouvrage de trois opérations, d'un coût total de "
          "9,8 M€ HT, sur lesquelles l'ANRU apporte 3,0 M€ de subventions :"),
    ("table", "operations"),
    ("p", "La participation de l'agglomération, soit 6,7 M€, finance le reste à charge de ces "
          "opérations, après les subventions de l'ANRU et une subvention de 0,4 M€ de la Région "
          "pour le centre commercial des Écrins, ainsi qu'une participation de 0,3 M€ à la "
          "maîtrise d'œuvre urbaine et sociale (MOUS) de relogement commandée par les deux "
          "bailleurs."),
    ("p", "Il est proposé d'ouvrir à cet effet une autorisation de programme, dont les crédits "
          "de paiement sont répartis comme suit :"),
    ("table", "credits"),
    ("h", "Décision"),
    ("p", "Le conseil communautaire, après en avoir délibéré :"),
    ("p", "Article 1 – Approuve la convention pluriannuelle de renouvellement urbain du quartier "
          "des Lauzières, annexée à la présente délibération."),
    ("p", "Article 2 – Autorise le président ou son représentant à signer la convention, ses "
          "annexes et ses avenants éventuels, ainsi que tous les actes nécessaires à son "
          "exécution."),
    ("p", "Article 3 – Ouvre l'autorisation de programme n° AP 2025-04 « Renouvellement urbain "
          "des Lauzières » pour un montant de 6,7 M€ et approuve la répartition prévisionnelle "
          "des crédits de paiement."),
    ("p", "Article 4 – Désigne Odile Chambaret-Lys pour représenter l'agglomération au comité "
          "de pilotage du projet."),
    ("p", "Article 5 – Dit que les crédits de l'exercice 2025 sont inscrits au budget principal, "
          "chapitre 204."),
    ("p", "Adoptée par 51 voix pour, 3 voix contre et 4 abstentions."),
    ("note", "Les trois voix contre sont celles des élus du groupe « Aubrelac autrement », qui "
             "demandaient que la réhabilitation de la résidence Vercors précède les démolitions."),
    ("note", "Pour extrait conforme. Le président, Bertrand Falcoz-Vigne. Acte rendu exécutoire "
             "après transmission au contrôle de légalité le 1er juillet 2025 et publication le "
             "même jour."),
]


# ---------------------------------------------------------------------------
# 2. Regional daily's web article on the rehousing: HTML (town 1)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Lauzières : la tour Belledonne se vide, 61 familles déjà relogées – Le Courrier aubrelacois</title>
<meta name="description" content="Aubrelac : trois mois après la signature de la convention de renouvellement urbain des Lauzières, le relogement des familles de la tour Belledonne et de la barre Chartreuse avance.">
<meta name="author" content="Margaux Termoz">
<meta property="article:published_time" content="2025-12-09T06:00:00+01:00">
<link rel="canonical" href="https://www.courrier-aubrelacois.example/aubrelac/lauzieres-relogement-tour-belledonne">
<style>.bandeau-rgpd{position:fixed;bottom:0;width:100%}.abonnes{color:#8a1c1c}</style>
<script>window.caConsent = window.caConsent || {};</script>
</head>
<body>
<div class="bandeau-rgpd" role="dialog">
  <p>Avec votre accord, Le Courrier aubrelacois et ses partenaires utilisent des cookies pour mesurer l'audience du site et vous proposer des contenus et des publicités personnalisés. <a href="/cookies/">Personnaliser</a> · <a href="#">Accepter</a> · <a href="#">Continuer sans accepter</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">Le Courrier aubrelacois</a></p>
  <nav class="navigation">
    <ul>
      <li><a href="/aubrelac/">Aubrelac</a></li>
      <li><a href="/agglomeration/">Agglo</a></li>
      <li><a href="/isere/">Isère</a></li>
      <li><a href="/montagne/">Montagne</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/sorties/">Sorties</a></li>
      <li><a href="/abonnement/" class="abonnes">Je m'abonne</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="ariane"><a href="/">Accueil</a> › <a href="/aubrelac/">Aubrelac</a> › Logement</nav>

<article class="article-principal">
  <p class="rubrique">Aubrelac · Logement</p>
  <h1>Lauzières : la tour Belledonne se vide, 61 familles déjà relogées</h1>
  <p class="auteur">Par Margaux Termoz · Publié le <time datetime="2025-12-09T06:00">9 décembre 2025 à 6 h 00</time></p>
  <p class="chapo">Moins de trois mois après la signature de la convention de renouvellement urbain, les familles de la tour Belledonne quittent l'immeuble les unes après les autres. Sa démolition doit commencer à l'automne 2026.</p>

  <p>La convention du projet de renouvellement urbain des Lauzières a été signée le 18 septembre à la préfecture de l'Isère, par le préfet, le président d'Aubrelac Agglomération, le maire d'Aubrelac, Christian Morand-Pellet, l'Agence nationale pour la rénovation urbaine, Action Logement et les deux bailleurs sociaux du quartier. Sur le terrain, le relogement avait commencé bien avant.</p>
  <p>Au total, 171 ménages doivent être relogés : 79 à la tour Belledonne, propriété de l'office Aubrelac Habitat, et 92 à la barre Chartreuse, qui appartient à l'entreprise sociale pour l'habitat Valsoléa. Au 30 novembre, 61 familles avaient déjà déménagé : 52 de la tour Belledonne, dont le relogement a commencé en janvier grâce à une autorisation anticipée de l'ANRU, et 9 de la barre Chartreuse, où il n'a débuté qu'en septembre.</p>
  <p>Parmi les familles relogées, 23 ont quitté le quartier prioritaire et 14 ont emménagé dans un logement neuf. « Pour neuf ménages sur dix, le loyer restant à payer une fois les aides déduites n'a pas augmenté », assure Valérie Guichardaz, directrice générale d'Aubrelac Habitat. Les deux bailleurs ont confié l'accompagnement des familles au cabinet Orsane Conseil, déjà chargé du relogement d'un quartier de Saulxeroy, dans la Meuse : ses trois chargées de relogement tiennent une permanence le mardi et le jeudi à la maison du projet.</p>

  <h2>Une démolition par grignotage</h2>
  <p>La déconstruction de la tour Belledonne, quinze étages construits en 1967, commencera en octobre 2026 et durera dix mois. Elle se fera par grignotage, à l'aide d'une pelle à long bras, pour un coût estimé à 4,1 millions d'euros. La barre Chartreuse suivra en 2028, une fois ses derniers locataires relogés.</p>
  <p>Sur l'emprise libérée par la tour, la Ville construira le futur groupe scolaire des Lauzières, qui doit ouvrir à la rentrée 2029. « C'est le symbole du projet : là où il y avait la plus haute tour d'Aubrelac, il y aura une école », souligne Jérémie Vachoux, chef de projet renouvellement urbain à la Ville.</p>

  <h2>La maison du projet fait le plein</h2>
  <p>Ouverte le 4 octobre au 3 place des Lauzes, dans un ancien local commercial du centre des Écrins, la maison du projet a déjà reçu 780 visiteurs. Elle est ouverte le mardi, le jeudi après-midi et le samedi matin ; Jérémie Vachoux y tient une permanence le premier samedi de chaque mois.</p>
  <p>« On nous a beaucoup consultés, maintenant il faut que ça avance », résume Fatou Sissoko-Marin, membre du conseil citoyen des Lauzières, qui aurait préféré que la réhabilitation de la résidence Vercors commence avant les démolitions. Les travaux de cette résidence sont programmés à partir de mars 2027.</p>

  <aside class="encadre">
    <h3>Repères – Les Lauzières</h3>
    <ul>
      <li>4 600 habitants, dont 41 % ont moins de 25 ans</li>
      <li>Revenu médian : 12 400 euros par an et par unité de consommation, contre 21 300 euros dans l'ensemble d'Aubrelac</li>
      <li>Tour Belledonne : 90 logements sur quinze étages, la plus haute de la ville</li>
      <li>Coût du projet de renouvellement urbain : 78,6 millions d'euros</li>
      <li>Fin des relogements prévue : décembre 2027</li>
    </ul>
  </aside>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/montagne/stations-ouverture-anticipee/">Neige : trois stations du massif ouvrent leurs pistes dès samedi</a></li>
      <li><a href="/aubrelac/marche-de-noel-programme/">Aubrelac : le programme complet du marché de Noël</a></li>
      <li><a href="/sports/hockey-aubrelac-victoire/">Hockey : Aubrelac renverse le leader en prolongation</a></li>
    </ol>
  </section>
  <section class="lettre">
    <h2>La lettre du Courrier</h2>
    <p>Chaque matin à 6 heures, l'essentiel de l'actualité d'Aubrelac et de ses environs dans votre boîte aux lettres électronique.</p>
    <form action="/newsletter/" method="post"><input type="email" name="adresse" placeholder="Votre adresse électronique"><button type="submit">Je m'inscris</button></form>
  </section>
</aside>

<section class="meme-sujet">
  <h2>Sur le même sujet</h2>
  <ul>
    <li><a href="/agglomeration/conseil-communautaire-lauzieres-convention/">Conseil communautaire : feu vert à la convention des Lauzières malgré l'opposition d'un groupe</a></li>
    <li><a href="/aubrelac/ecoles-les-lauzes-jean-mace-parents/">Écoles des Lauzières : les parents veulent être associés au futur groupe scolaire</a></li>
    <li><a href="/isere/logement-social-demandes-record/">Isère : les demandes de logement social atteignent un niveau record</a></li>
  </ul>
</section>
</main>

<footer class="pied-de-page">
  <p>Le Courrier aubrelacois – 14, quai des Tanneurs – Aubrelac</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/confidentialite/">Politique de confidentialité</a> · <a href="/contact/">Contact</a> · <a href="/annonces-legales/">Annonces légales</a></p>
  <p>© 2025 Le Courrier aubrelacois. Tous droits réservés.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 79 + 92 == 171 and 52 + 9 == 61


# ---------------------------------------------------------------------------
# 3. Consultancy mission sheet, rehousing MOUS: plain text (town 2)
# ---------------------------------------------------------------------------
TX_PHASES = [("1. Enquête sociale et diagnostic des 183 ménages", "sept.-déc. 2024", 38400),
             ("2. Accompagnement au relogement – tour Massenet", "2024-2025", 57600),
             ("3. Accompagnement au relogement – barre Chabrier (1re partie)", "2025", 66000),
             ("4. Barre Chabrier (2e partie) et suivi post-relogement", "2026", 85800)]
# building, households to rehouse, rehoused in 2024, rehoused in 2025 (to 30 September)
TX_REHOUSING = [("Tour Massenet", 68, 22, 42), ("Barre Chabrier", 115, 14, 19)]
TX_OUTCOMES = [("Relogés hors quartier prioritaire", "40 %", "43 %"),
               ("Relogés dans un logement neuf ou de moins de 5 ans", "25 %", "21 %"),
               ("Reste à charge stable ou en baisse", "–", "89 %"),
               ("Ménages partis hors de Saulxeroy", "–", "6")]


def tx_phase_table():
    w = 66
    rule = "-" * (w + 34)
    lines = [f"{'Phase':<{w}}{'Période':<18}{'Montant HT':>16}", rule]
    for name, period, amount in TX_PHASES:
        lines.append(f"{name:<{w}}{period:<18}{probekit.eur(amount) + ' €':>16}")
    lines.append(rule)
    lines.append(f"{'TOTAL':<{w}}{'':<18}{probekit.eur(sum(p[2] for p in TX_PHASES)) + ' €':>16}")
    return "\n".join(lines)


def tx_rehousing_table():
    w = 20
    head = (f"{'Immeuble':<{w}}{'À reloger':>11}{'Relogés 2024':>15}"
            f"{'Relogés 2025*':>15}{'Total relogés':>15}{'Restant':>10}")
    rule = "-" * len(head)
    lines = [head, rule]
    tot = [0, 0, 0]
    for name, n, a, b in TX_REHOUSING:
        lines.append(f"{name:<{w}}{n:>11}{a:>15}{b:>15}{a + b:>15}{n - a - b:>10}")
        tot = [tot[0] + n, tot[1] + a, tot[2] + b]
    lines.append(rule)
    n, a, b = tot
    lines.append(f"{'Total':<{w}}{n:>11}{a:>15}{b:>15}{a + b:>15}{n - a - b:>10}")
    return "\n".join(lines)


def tx_outcome_table():
    w = 54
    lines = [f"{'Indicateur':<{w}}{'Objectif de la charte':>24}{'Résultat':>12}"]
    for name, target, result in TX_OUTCOMES:
        lines.append(f"{name:<{w}}{target:>24}{result:>12}")
    return "\n".join(lines)


def _check_txt():
    assert sum(p[2] for p in TX_PHASES) == 247800 and sum(p[2] for p in TX_PHASES[:3]) == 162000
    assert sum(r[1] for r in TX_REHOUSING) == 183 and sum(r[2] for r in TX_REHOUSING) == 36
    assert sum(r[3] for r in TX_REHOUSING) == 61 and sum(r[2] + r[3] for r in TX_REHOUSING) == 97
    assert 76 + 128 == 204 and 76 - 68 == 8 and 128 - 115 == 13 and 68 - 22 - 42 == 4


TXT = """ORSANE CONSEIL – ÉTUDES SOCIALES ET URBAINES
FICHE MISSION

Maîtrise d'œuvre urbaine et sociale (MOUS) de relogement
Quartier de la Breuvière – Saulxeroy (Meuse)

Fiche mise à jour le 15 octobre 2025


Type de mission : Relogement et accompagnement social des ménages
Maître d'ouvrage : groupement de commandes de Meuse Horizon Habitat (coordonnateur) et de Valsoléa
Interlocuteur : Franck Lhuillier, directeur du renouvellement urbain de Meuse Horizon Habitat
Site : Saulxeroy (29 300 habitants), quartier prioritaire de la Breuvière (3 900 habitants)
Notification : 2 septembre 2024
Durée : 28 mois, de septembre 2024 à décembre 2026
Montant : 247 800 € HT, dont une tranche ferme de 162 000 € HT et une tranche optionnelle de 85 800 € HT, affermie le 9 juin 2025
Cofinancement : ANRU (50 %), Meuse Horizon Habitat (30 %), Valsoléa (20 %)
Équipe : Sébastien Marquisat (chef de mission), Inès Bouhadjar et Laure Ventadour (chargées de relogement), Thomas Grisvard (chargé d'études)
Montant du projet : 69,3 M€ TTC (convention pluriannuelle de renouvellement urbain signée le 4 juillet 2024)


ENJEUX DE LA MISSION

La convention pluriannuelle de renouvellement urbain de la Breuvière, signée le 4 juillet 2024, porte sur un investissement de 69,3 M€ TTC, dont 15,2 M€ de subventions de l'ANRU et 4,6 M€ de prêts bonifiés d'Action Logement. Elle prévoit la démolition de 204 logements sociaux : la tour Massenet (76 logements, Meuse Horizon Habitat) et la barre Chabrier (128 logements, Valsoléa).

Au total, 183 ménages doivent être relogés : 68 ménages de la tour Massenet et 115 ménages de la barre Chabrier, les autres logements étant vacants. La population concernée est âgée : 31 % des titulaires de bail ont plus de 65 ans, et 22 % des ménages vivent seuls.

La charte de relogement, signée le 12 novembre 2024 par neuf partenaires, fixe trois objectifs : reloger au moins 40 % des ménages hors d'un quartier prioritaire, au moins 25 % dans un logement neuf ou livré depuis moins de cinq ans, et garantir à chaque ménage un reste à charge maîtrisé.


CONTENU DE LA MISSION

1. Enquête sociale : un entretien à domicile avec chacun des 183 ménages, pour recueillir ses souhaits, ses ressources et ses besoins (taille du logement, accessibilité, localisation).

2. Accompagnement individualisé : préparation des propositions de logement, visites, aide au déménagement, transfert des contrats et ouverture des droits.

3. Commission inter-bailleurs : préparation des dossiers examinés par la commission, qui répartit les propositions entre les bailleurs du territoire.

4. Suivi post-relogement : visite de chaque ménage six mois après son emménagement.

5. Bilan annuel du relogement, présenté au comité de pilotage et transmis à l'ANRU.


DÉCOMPOSITION DU MONTANT

""" + tx_phase_table() + """

Tranche ferme : phases 1 à 3. Tranche optionnelle : phase 4. Les montants sont forfaitaires et comprennent les frais de déplacement.


RÉSULTATS AU 30 SEPTEMBRE 2025

Les 183 entretiens de l'enquête sociale ont été conduits entre septembre et décembre 2024. En 2024, 36 ménages ont été relogés ; 61 l'ont été entre janvier et septembre 2025, soit 97 ménages au total au 30 septembre 2025.

""" + tx_rehousing_table() + """

* Relogements de 2025 comptés jusqu'au 30 septembre.

Les 4 ménages restants de la tour Massenet doivent être relogés avant la fin de l'année 2025 ; la démolition de la tour est programmée à partir d'avril 2026.

""" + tx_outcome_table() + """

Le retard sur le logement neuf s'explique par le décalage des livraisons de la reconstitution de l'offre : les 32 premiers logements reconstitués, rue des Vergers à Brécourt, ne seront livrés qu'en mars 2026.


GOUVERNANCE

La commission inter-bailleurs de relogement se réunit toutes les trois semaines, sous la co-présidence de Franck Lhuillier et d'Agnès Thirion-Beaulieu, responsable de la gestion locative de Valsoléa en Meuse. Le comité de pilotage du relogement, présidé par le maire de Saulxeroy, Dominique Perrotey, se réunit deux fois par an ; le délégué du préfet y représente l'État.


ENSEIGNEMENTS À MI-PARCOURS

Trois enseignements ressortent des douze premiers mois de la mission :

- Les entretiens à domicile, plus longs que prévu (1 h 40 en moyenne), ont permis de repérer 19 situations de perte d'autonomie, signalées au Département.
- Les propositions hors du quartier sont mieux acceptées lorsqu'elles sont précédées d'une visite du nouveau secteur avec la chargée de relogement.
- Les ménages de la barre Chabrier attendent la livraison des logements neufs : le rythme des relogements y ralentira jusqu'au printemps 2026.


Contact : Sébastien Marquisat – Orsane Conseil – 8, rue de la Monnaie – Nancy – contact@orsane-conseil.example
"""


# ---------------------------------------------------------------------------
# 4. Contract-of-city action sheet on employment: DOCX (town 2)
# ---------------------------------------------------------------------------
DX_COMPANY = "Communauté d'agglomération du Pays de Saulxeroy"
DX_DOC_KIND = "Fiche action du contrat de ville"
DX_HEADER = ("Contrat de ville « Quartiers 2030 » – Communauté d'agglomération du Pays de "
             "Saulxeroy – Fiche action n° 2.3.1")
DX_FOOTER = ("Communauté d'agglomération du Pays de Saulxeroy – service emploi et insertion – "
             "fiche adoptée par le comité de pilotage du 17 mars 2025")
DX_KICKER = "Contrat de ville « Quartiers 2030 » – Pays de Saulxeroy"
DX_TITLE = "Fiche action n° 2.3.1 – Emploi et insertion des habitants de la Breuvière"
DX_SUBTITLE = ("Pilier Emploi et développement économique – version adoptée par le comité de "
               "pilotage du 17 mars 2025")
DX_KEYWORDS = ("contrat de ville; emploi; insertion; clauses sociales; Breuvière; Saulxeroy; "
               "renouvellement urbain")
DX_FIELDS = [
    ("Pilier", "Emploi et développement économique"),
    ("Axe", "Rapprocher de l'emploi les habitants les plus éloignés du marché du travail"),
    ("Quartier", "La Breuvière (Saulxeroy)"),
    ("Pilote", "Communauté d'agglomération du Pays de Saulxeroy, service emploi et insertion"),
    ("Référente", "Élodie Thiriet, chargée de mission emploi et insertion"),
    ("Partenaires", "France Travail (agence de Saulxeroy), Mission locale du Nord meusien, Meuse "
                    "Horizon Habitat, Valsoléa, régie de quartier Breuvière Services, association "
                    "Tremplin Barrois, Région Grand Est, Département de la Meuse, Ville de "
                    "Saulxeroy"),
    ("Durée", "2025-2027"),
    ("Coût total 2025-2027", "976 000 € en fonctionnement"),
]
DX_FUNDERS = [("État – crédits de la politique de la ville (BOP 147)", 62000, 62000, 60000),
              ("Communauté d'agglomération du Pays de Saulxeroy", 88000, 92000, 92000),
              ("Ville de Saulxeroy", 40000, 40000, 40000),
              ("Région Grand Est", 35000, 35000, 35000),
              ("Département de la Meuse", 28000, 28000, 28000),
              ("Fonds social européen (FSE+)", 45000, 50000, 50000),
              ("Meuse Horizon Habitat et Valsoléa (abattement TFPB)", 22000, 22000, 22000)]
DX_INDICATORS = [("Heures d'insertion réalisées par des habitants du quartier (par an)", "3 200",
                  "6 000"),
                 ("Habitants bénéficiaires des clauses d'insertion (par an)", "21", "45"),
                 ("Demandeurs d'emploi de catégorie A résidant dans le quartier", "412", "360"),
                 ("Jeunes accompagnés par la Mission locale", "186", "240"),
                 ("Permis de conduire obtenus avec l'aide de l'action (par an)", "14", "20")]


def dx_funding_rows():
    rows = [["Financeur", "2025", "2026", "2027", "Total"]]
    for name, a, b, c in DX_FUNDERS:
        rows.append([name, probekit.eur(a), probekit.eur(b), probekit.eur(c), probekit.eur(a + b + c)])
    cols = [sum(f[i] for f in DX_FUNDERS) for i in (1, 2, 3)]
    rows.append(["Total"] + [probekit.eur(v) for v in cols] + [probekit.eur(sum(cols))])
    return rows


def dx_indicator_rows():
    rows = [["Indicateur", "Référence 2024", "Cible 2027"]]
    rows += [list(r) for r in DX_INDICATORS]
    return rows


def _check_docx():
    cols = [sum(f[i] for f in DX_FUNDERS) for i in (1, 2, 3)]
    assert cols == [320000, 329000, 327000] and sum(cols) == 976000


DX_TABLES = {"financement": dx_funding_rows(), "indicateurs": dx_indicator_rows()}
DX_WIDTHS = {"financement": [4000, 1300, 1300, 1300, 1500],
             "indicateurs": [5400, 2100, 2100]}
DX_SECTIONS = [
    ("h1", "1. Constat"),
    ("p", "La Breuvière, au nord-est de Saulxeroy, compte 3 900 habitants et 1 480 logements, "
          "dont 1 260 logements sociaux : 830 appartiennent à Meuse Horizon Habitat et 430 à "
          "Valsoléa. Le taux de pauvreté y atteint 44 %, contre 18 % dans l'ensemble de "
          "Saulxeroy."),
    ("p", "Fin 2024, 412 demandeurs d'emploi de catégorie A résidant dans le quartier étaient "
          "inscrits à France Travail, dont 134 jeunes de moins de 26 ans ; 38 % d'entre eux "
          "l'étaient depuis plus d'un an. Le taux d'emploi des 15-64 ans ne dépasse pas 43 %, et "
          "il tombe à 36 % chez les femmes."),
    ("p", "Le projet de renouvellement urbain, dont la convention a été signée le 4 juillet 2024, "
          "ouvrira des chantiers importants jusqu'en 2031 : c'est une occasion à saisir pour "
          "l'emploi des habitants."),
    ("h1", "2. Objectifs"),
    ("li", "Faire bénéficier les habitants du quartier des heures d'insertion des chantiers du "
           "projet de renouvellement urbain."),
    ("li", "Proposer des étapes de parcours (chantier d'insertion, formation, mobilité) aux "
           "personnes les plus éloignées de l'emploi."),
    ("li", "Lever les freins périphériques à l'emploi, en particulier la garde d'enfants et la "
           "mobilité."),
    ("li", "Rapprocher les employeurs du territoire des demandeurs d'emploi du quartier."),
    ("h1", "3. Description de l'action"),
    ("p", "Action 1 – Facilitateur des clauses d'insertion. Un facilitateur recruté par "
          "l'agglomération accompagne les maîtres d'ouvrage du projet de renouvellement urbain "
          "dans la rédaction et le suivi des clauses sociales de leurs marchés. Les marchés du "
          "projet devront générer au moins 34 000 heures d'insertion d'ici 2031, dont 40 % au "
          "bénéfice d'habitants de la Breuvière. Le poste est occupé depuis le 14 avril 2025 par "
          "Yoann Fleurot."),
    ("p", "Action 2 – Chantier d'insertion de la régie de quartier. Breuvière Services porte un "
          "atelier et chantier d'insertion de 12 postes en contrat à durée déterminée "
          "d'insertion, consacré à l'entretien des espaces extérieurs et à la déconstruction "
          "sélective de la tour Massenet, dont une partie des matériaux sera réemployée."),
    ("p", "Action 3 – Rencontres emploi de la Breuvière. Deux forums par an réunissent au "
          "gymnase Émile-Gallé des employeurs, des agences d'intérim et des organismes de "
          "formation ; le premier a accueilli 240 visiteurs le 12 juin 2025."),
    ("p", "Action 4 – Mobilité et permis de conduire. L'association Tremplin Barrois finance et "
          "accompagne chaque année le permis de conduire de 25 habitants, et loue des scooters "
          "à 2 € par jour aux personnes qui reprennent un emploi."),
    ("p", "Action 5 – Garde d'enfants à horaires atypiques. Dix places de la crèche Les Petits "
          "Pas sont réservées, à partir de janvier 2026, aux parents du quartier qui reprennent "
          "un emploi ou une formation à horaires décalés."),
    ("h1", "4. Public visé"),
    ("p", "Demandeurs d'emploi et allocataires du RSA résidant à la Breuvière ; jeunes de 16 à "
          "25 ans suivis par la Mission locale ; parents isolés en reprise d'activité."),
    ("h1", "5. Plan de financement (en euros)"),
    ("table", "financement"),
    ("note", "Crédits de fonctionnement. La participation des bailleurs correspond à des actions "
             "valorisées au titre de l'abattement de la taxe foncière sur les propriétés bâties."),
    ("h1", "6. Indicateurs"),
    ("table", "indicateurs"),
    ("h1", "7. Calendrier"),
    ("li", "Avril 2025 : recrutement du facilitateur des clauses d'insertion"),
    ("li", "Juin 2025 : premières Rencontres emploi de la Breuvière"),
    ("li", "Janvier 2026 : ouverture des dix places de crèche à horaires atypiques"),
    ("li", "Avril 2026 : début de la déconstruction de la tour Massenet, premier chantier soumis "
           "aux clauses d'insertion du projet"),
    ("h1", "8. Suivi et évaluation"),
    ("p", "Un comité technique emploi, animé chaque trimestre par Élodie Thiriet, réunit France "
          "Travail, la Mission locale, les bailleurs et la régie de quartier. Le bilan annuel est "
          "présenté au comité de pilotage du contrat de ville, co-présidé par le président de la "
          "communauté d'agglomération, Jean-Pascal Hennequin, et par le préfet de la Meuse."),
    ("note", "Fiche adoptée par le comité de pilotage du contrat de ville du 17 mars 2025."),
]


# ---------------------------------------------------------------------------
# 5. Landlord's activity report, renewal chapter: Markdown (both towns)
# ---------------------------------------------------------------------------
MD = """---
title: "Rapport d'activité 2024 – Chapitre 3 : renouvellement urbain"
organisation: "Valsoléa, entreprise sociale pour l'habitat"
date: 2025-05-28
approbation: "Conseil d'administration du 27 mai 2025"
lieux: ["Aubrelac (Isère)", "Saulxeroy (Meuse)"]
tags: [renouvellement urbain, relogement, réhabilitation, NPNRU, TFPB]
---

# Chapitre 3 – Renouvellement urbain : deux quartiers, deux calendriers

*Rapport d'activité 2024 de Valsoléa – chapitre approuvé par le conseil d'administration du 27 mai 2025*

Valsoléa gère 21 400 logements sociaux dans 9 départements. L'entreprise est présente dans 11 quartiers prioritaires de la politique de la ville, dont deux font l'objet d'un projet de renouvellement urbain soutenu par l'ANRU : les Lauzières, à Aubrelac (Isère), et la Breuvière, à Saulxeroy (Meuse).

> « Nos deux projets n'avancent pas au même rythme, mais ils obéissent à la même règle : aucun relogement sans un accompagnement personnalisé, aucune démolition sans une offre nouvelle de qualité. » – Arnaud Delétang, directeur général de Valsoléa

## Les Lauzières (Aubrelac) : l'année de la préparation

Valsoléa possède 540 logements aux Lauzières : la barre Chartreuse (112 logements), promise à la démolition, la résidence Taillefer (124 logements) et 304 logements des résidences Meije et Lautaret. En 2024, le projet a franchi les dernières étapes de sa mise au point avec l'Agence nationale pour la rénovation urbaine ; la signature de la convention est attendue à l'automne 2025.

L'enquête sociale préalable au relogement des 92 ménages de la barre Chartreuse a été conduite en novembre et décembre 2024 : 86 ménages ont été rencontrés à leur domicile. Le relogement lui-même ne commencera qu'après la signature de la convention.

La réhabilitation de la résidence Taillefer est estimée à 7,3 M€ TTC, soit environ 59 000 € par logement. Elle vise l'étiquette énergétique C et devrait débuter au second semestre 2026.

## La Breuvière (Saulxeroy) : le relogement engagé

À Saulxeroy, où la convention a été signée le 4 juillet 2024, Valsoléa possède 430 logements, dont la barre Chabrier (128 logements). Le relogement de ses 115 ménages a commencé en octobre 2024 : au 31 décembre, 14 ménages avaient été relogés, dont 6 hors du quartier prioritaire.

La réhabilitation de la résidence Poulenc, 96 logements, a été confiée à l'issue d'un concours au cabinet Lecerf & Moulin Architectes. Son coût est estimé à 6,2 M€ TTC, soit environ 65 000 € par logement, pour un objectif d'étiquette énergétique B.

« Les locataires de la barre Chabrier nous ont demandé de pouvoir rester près de l'école de leurs enfants. Nous avons réservé pour eux une partie des logements neufs de la reconstitution », explique Mélanie Costechareyre, responsable du renouvellement urbain de Valsoléa.

## Deux projets côte à côte

| | Les Lauzières (Aubrelac) | La Breuvière (Saulxeroy) |
|---|---|---|
| Logements de Valsoléa dans le quartier | 540 | 430 |
| Immeuble de Valsoléa à démolir | Barre Chartreuse, 112 logements | Barre Chabrier, 128 logements |
| Ménages à reloger par Valsoléa | 92 | 115 |
| Ménages relogés au 31 décembre 2024 | 0 | 14 |
| Résidence à réhabiliter | Taillefer, 124 logements | Poulenc, 96 logements |
| Coût de la réhabilitation | 7,3 M€ TTC | 6,2 M€ TTC |
| Abattement de TFPB en 2024 | 186 000 € | 152 000 € |
| Convention de renouvellement urbain | Signature prévue à l'automne 2025 | Signée le 4 juillet 2024 |

## Nos investissements

| Investissement de Valsoléa (M€) | 2023 | 2024 | 2025 (prévision) |
|---|---|---|---|
| Les Lauzières | 0,4 | 0,9 | 2,6 |
| La Breuvière | 1,1 | 3,8 | 5,2 |
| Total | 1,5 | 4,7 | 7,8 |

En 2025, Valsoléa prévoit d'investir 7,8 M€ dans ses deux projets de renouvellement urbain, contre 4,7 M€ en 2024. Ces montants comprennent les études, les relogements, les démolitions et les réhabilitations, mais pas la reconstitution de l'offre, suivie au chapitre 4.

## Perspectives 2025

En 2025, Valsoléa s'est fixé quatre objectifs de renouvellement urbain :

- Engager le relogement des 92 ménages de la barre Chartreuse dès la signature de la convention des Lauzières.
- Reloger au moins 50 ménages de la barre Chabrier avant la fin de l'année.
- Lancer l'appel d'offres de travaux de la réhabilitation de la résidence Poulenc.
- Former les 38 gardiens des deux quartiers à l'accueil des ménages relogés.
"""


def _check_md():
    assert 112 + 124 + 304 == 540 and 0.4 + 1.1 == 1.5 and round(0.9 + 3.8, 1) == 4.7
    assert round(2.6 + 5.2, 1) == 7.8 and round(7.3e6 / 124, -3) == 59000
    assert round(6.2e6 / 96, -3) == 65000


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe16.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, header_fill="1F4E79",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES,
        total_tables={"financement", "operations", "credits"}, form_label_w=150,
        theme=probekit.THEME_BRICK, header_left=PD_HEADER_LEFT,
        header_right=PD_HEADER_RIGHT, footer=PD_FOOTER, author=PD_AUTHOR, subject=PD_SUBJECT,
        creator=PD_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_pdf()
    _check_html()
    _check_txt()
    _check_docx()
    _check_md()
    write_pdf()
    write_text(FN_HTML, HTML)
    write_text(FN_TXT, TXT)
    write_docx()
    write_text(FN_MD, MD)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
