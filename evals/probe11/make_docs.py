#!/usr/bin/env python3
"""Generate the five probe11 test documents (fictional towns, fictional people and firms).

Town 1: Criqueval-sur-Sorelle, quartier des Courtils (Criqueval Sorelle Agglomération, Normandie)
    - note-synthese-evaluation-mi-parcours-npnru-courtils-criqueval.docx
        (consultancy "note de synthèse" of a mid-term evaluation, July 2025; labelled fields,
        progress table planned/achieved, financing table before/after amendment no. 1, lists)
    - criqueval-mag-courtils-square-des-teilleurs-relogement-maupassant.md
        (municipal magazine article, October 2025; front matter, standfirst, quotes, practical box)
Town 2: Morsange, quartier Saint-Éloi (Communauté d'agglomération Morsange Pays-Haut, Lorraine)
    - article-eveil-lorrain-saint-eloi-tour-berlioz-marche-deconstruction.html
        (regional daily, December 2025; some facts only in the standfirst, some only in the
        key-figures box, some only in quotes)
    - fiche-action-4-2-1-centre-de-sante-saint-eloi-morsange.pdf
        (contract-of-city action sheet; form, objectives, indicators baseline/target,
        financing plan in € by funder and year)
    - avis-appel-concurrence-deconstruction-tour-berlioz-morsange-habitat.txt
        (call-for-tenders summary, September 2025, with a corrigendum moving the deadline)

The documents overlap on purpose (same kinds of bodies in both towns, figures planned against
figures measured later, an amendment no. 1 in each town, a health centre in each town, tenders
estimated then awarded, several people with close roles), so that retrieval among them is hard.

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

Run from the repository root: python evals/probe11/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")

FN_DOCX = "note-synthese-evaluation-mi-parcours-npnru-courtils-criqueval.docx"
FN_MD = "criqueval-mag-courtils-square-des-teilleurs-relogement-maupassant.md"
FN_HTML = "article-eveil-lorrain-saint-eloi-tour-berlioz-marche-deconstruction.html"
FN_PDF = "fiche-action-4-2-1-centre-de-sante-saint-eloi-morsange.pdf"
FN_TXT = "avis-appel-concurrence-deconstruction-tour-berlioz-morsange-habitat.txt"

ZIP_DT = (2025, 7, 4, 10, 0, 0)
DOCX_DATE = "2025-07-04T10:00:00Z"
PDF_DATE = "D:20251202160000+01'00'"


# ---------------------------------------------------------------------------
# 1. Town 1 evaluation synthesis: DOCX from a consultancy
# ---------------------------------------------------------------------------
DX_COMPANY = "Alluvions Conseil"
DX_DOC_KIND = "Note de synthèse"
DX_HEADER = "Alluvions Conseil – Évaluation à mi-parcours du NPNRU des Courtils – Note de synthèse"
DX_FOOTER = "Alluvions Conseil – 7, quai Vendeuvre – Caen – Document de travail, diffusion restreinte"
DX_KICKER = "NOTE DE SYNTHÈSE"
DX_TITLE = "Évaluation à mi-parcours du projet de renouvellement urbain des Courtils"
DX_SUBTITLE = "Criqueval-sur-Sorelle – quartier des Courtils – juillet 2025"
DX_KEYWORDS = "évaluation; mi-parcours; NPNRU; Courtils; Criqueval-sur-Sorelle; relogement"
DX_FIELDS = [
    ("Commanditaire", "Criqueval Sorelle Agglomération, direction de la rénovation urbaine et de "
                      "la cohésion sociale"),
    ("Pilotage de l'étude", "Anne-Laure Hébert-Lecanu, directrice de projet NPNRU à Criqueval "
                            "Sorelle Agglomération"),
    ("Prestataire", "Alluvions Conseil (mandataire) : Bérengère Lemperière, directrice d'études ; "
                    "Nicolas Quesnel, chargé d'études ; Awa Cissé-Morin, sociologue. Statéo "
                    "(cotraitant) : Hugo Groult, statisticien"),
    ("Période de l'évaluation", "Janvier – juin 2025 (6 mois)"),
    ("Montant", "58 400 € HT, soit 70 080 € TTC ; étude cofinancée à 50 % par la Banque des "
                "Territoires"),
    ("Matériaux mobilisés", "41 entretiens avec les partenaires, enquête par questionnaire auprès "
                            "de 312 ménages, 4 groupes de discussion avec des habitants, données "
                            "de suivi de l'ANRU au 31 décembre 2024"),
    ("Date de la note", "4 juillet 2025"),
]
DX_SECTIONS = [
    ("h1", "1. Le projet en bref"),
    ("p", "Construit entre 1958 et 1971 sur le plateau qui domine la vallée de la Sorelle, le "
          "quartier des Courtils compte 1 950 logements, dont 1 720 logements sociaux : 1 290 "
          "appartiennent à Criqueval Habitat et 430 aux Toits Normands. Ses 5 300 habitants "
          "représentent 13 % de la population de Criqueval-sur-Sorelle (41 700 habitants)."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 9 octobre 2020, prévoit "
          "la démolition de la tour Flaubert (96 logements), de la barre Maupassant (118 "
          "logements) et de l'immeuble Corneille (52 logements), soit 266 logements, tous "
          "propriétés de Criqueval Habitat."),
    ("p", "Elle prévoit aussi la reconstitution de 220 logements sociaux, dont 150 hors du "
          "quartier prioritaire, la réhabilitation de 640 logements, la résidentialisation de 380 "
          "logements et la construction de 95 logements en accession à la propriété."),
    ("p", "Le coût du projet, fixé à 96,8 M€ TTC par la convention, dont 24,3 M€ de subventions "
          "de l'ANRU, a été porté à 104,6 M€ TTC par l'avenant n° 1 signé le 14 mars 2024."),
    ("h1", "2. Avancement au 31 décembre 2024"),
    ("table", "avancement"),
    ("p", "La tour Flaubert a été démolie entre avril et novembre 2024."),
    ("p", "Le projet accuse un retard moyen de quatorze mois sur le calendrier de la convention : "
          "la démolition de la barre Maupassant, prévue en 2025, est reportée à 2027, faute de "
          "relogement de tous ses occupants."),
    ("p", "Au 31 décembre 2024, 14,2 M€ de subventions de l'ANRU étaient engagés, soit 54 % du "
          "montant prévu par l'avenant n° 1."),
    ("h1", "3. Relogement"),
    ("p", "Sur les 241 ménages à reloger, 173 l'avaient été fin 2024. Le relogement est conduit "
          "par Criqueval Habitat, avec l'appui d'une maîtrise d'œuvre urbaine et sociale confiée "
          "à l'association Passerelles Logement."),
    ("p", "Parmi les ménages relogés, 44 % l'ont été hors du quartier prioritaire, en deçà de "
          "l'objectif de 50 % fixé par la convention, et 19 % dans un logement neuf ou "
          "conventionné depuis moins de cinq ans, pour un objectif de 20 %."),
    ("p", "L'enquête auprès des ménages relogés montre que 74 % d'entre eux sont satisfaits de "
          "leur nouveau logement et que le reste à charge a été maintenu ou a baissé pour 81 % "
          "des ménages."),
    ("h1", "4. Financement"),
    ("p", "L'avenant n° 1 augmente le coût du projet de 7,8 M€. Cette hausse résulte de la hausse "
          "du coût des réhabilitations (3,9 M€), de la transformation de l'ancien centre "
          "commercial du Pressoir en maison de santé pluriprofessionnelle (2,6 M€) et du "
          "prolongement de la rue des Liniers jusqu'au boulevard de la Sorelle (1,3 M€)."),
    ("table", "financement"),
    ("p", "La participation de Criqueval Sorelle Agglomération augmente ainsi de 1,4 M€, celle "
          "de la Ville de 0,7 M€."),
    ("h1", "5. Participation des habitants"),
    ("p", "Créé en 2016 avec 23 membres, le conseil citoyen des Courtils n'en compte plus que 11."),
    ("p", "La maison du projet, installée rue du Pressoir, a reçu 1 840 visites en 2024, mais "
          "seuls 9 % des habitants interrogés déclarent avoir participé à une réunion sur le "
          "projet. Son fonctionnement coûte 92 k€ par an, financés à parts égales par "
          "l'agglomération et la Ville."),
    ("h1", "6. Recommandations"),
    ("li", "Relancer le conseil citoyen en complétant sa composition par tirage au sort avant la "
           "fin de 2025."),
    ("li", "Sécuriser trois sites fonciers hors du quartier pour la reconstitution de l'offre "
           "sociale."),
    ("li", "Confier à un chargé de mission dédié le suivi des 68 ménages restant à reloger."),
    ("li", "Mettre en place une gestion urbaine de proximité renforcée aux abords des chantiers."),
    ("li", "Engager dès 2026 la recherche d'opérateurs pour les 95 logements en accession."),
    ("note", "Montants du projet toutes taxes comprises ; montant de l'étude hors taxes et toutes "
             "taxes comprises. Données arrêtées au 31 décembre 2024, sauf mention contraire."),
]
DX_TABLES = {
    "avancement": [
        ["Opération", "Objectif de la convention", "Réalisé au 31/12/2024", "Taux de réalisation"],
        ["Logements démolis", "266", "96", "36 %"],
        ["Ménages relogés", "241", "173", "72 %"],
        ["Logements sociaux reconstitués livrés", "220", "64", "29 %"],
        ["Logements réhabilités", "640", "402", "63 %"],
        ["Logements résidentialisés", "380", "140", "37 %"],
        ["Logements en accession livrés", "95", "0", "0 %"],
        ["Heures d'insertion", "42 000", "27 850", "66 %"],
    ],
    "financement": [
        ["Financeur", "Convention de 2020 (M€)", "Avenant n° 1 (M€)"],
        ["ANRU (subventions)", "24,3", "26,1"],
        ["Action Logement (prêts bonifiés)", "6,1", "6,1"],
        ["Région Normandie", "4,8", "5,2"],
        ["Département", "1,6", "1,6"],
        ["Criqueval Sorelle Agglomération", "9,9", "11,3"],
        ["Ville de Criqueval-sur-Sorelle", "7,2", "7,9"],
        ["Bailleurs sociaux (fonds propres et emprunts)", "41,5", "44,4"],
        ["Banque des Territoires", "1,4", "2,0"],
        ["Total", "96,8", "104,6"],
    ],
}
DX_WIDTHS = {"avancement": [3700, 2000, 2000, 1900], "financement": [5000, 2300, 2300]}


def _check_docx_tables():
    fin = DX_TABLES["financement"]
    for col in (1, 2):
        vals = [float(r[col].replace(",", ".")) for r in fin[1:-1]]
        assert abs(sum(vals) - float(fin[-1][col].replace(",", "."))) < 1e-6, (col, sum(vals))


# ---------------------------------------------------------------------------
# 2. Town 1 municipal magazine article: Markdown with front matter
# ---------------------------------------------------------------------------
MD = """---
title: "Les Courtils changent de visage : un square à la place de la tour Flaubert"
date: 2025-10-03
author: Léa Guerrand
publication: "Criqueval Mag n° 142 – octobre 2025"
rubrique: Grands projets
---

# Les Courtils changent de visage : un square à la place de la tour Flaubert

**Un an après la démolition de la tour Flaubert, le square des Teilleurs a été inauguré le samedi 20 septembre. Dans le même temps, l'immeuble Corneille est en cours de déconstruction et le relogement des habitants de la barre Maupassant entre dans sa dernière ligne droite.**

Près de 300 personnes ont assisté à l'inauguration du square des Teilleurs, en présence de la maire, Véronique Duhamel-Hardy, et de Pascal Vimard, vice-président de Criqueval Sorelle Agglomération chargé de l'habitat. Le square occupe les 3 200 m² libérés par la tour Flaubert. Il compte une aire de jeux, un terrain multisport et quarante arbres plantés avec les élèves de l'école Jules-Verne. Son aménagement a coûté 690 000 € TTC, financés par la Ville, l'ANRU et la Région Normandie.

## Corneille : onze semaines de chantier

Commencée le 1er septembre, la déconstruction de l'immeuble Corneille doit s'achever à la mi-novembre, soit onze semaines de travaux. Les 52 logements de l'immeuble étaient vides depuis le printemps. Les engins travaillent de 7 h 30 à 17 h, du lundi au vendredi, et les habitants des immeubles voisins sont prévenus par SMS des opérations les plus bruyantes.

## Relogement : la dernière ligne droite

Au 30 septembre 2025, 204 des 241 ménages concernés par les démolitions ont été relogés. Les 37 derniers habitent tous la barre Maupassant.

« Chaque famille reçoit au moins trois propositions, et nous visitons les logements avec elles. Les derniers départs sont souvent les plus délicats : des personnes âgées, des familles nombreuses », explique Fatou Diakhaby, chargée de mission relogement à Criqueval Habitat.

« Nous avons pris du retard, c'est vrai, mais chaque famille a droit à une proposition qui lui convient. Nous tiendrons l'objectif d'une démolition de la barre Maupassant au premier semestre 2027 », assure Thibault Anquetil, adjoint au maire chargé de l'urbanisme et du renouvellement urbain.

## Maison de santé : ouverture au printemps 2027

Dans l'ancien centre commercial du Pressoir, les travaux de la maison de santé pluriprofessionnelle commenceront en janvier 2026. Elle réunira 14 professionnels de santé, dont 5 médecins généralistes, et ouvrira au printemps 2027.

« Le départ du dernier médecin du quartier, en 2021, a été vécu comme un abandon. Cette maison de santé, c'est une promesse tenue », souligne la maire.

Le coût de la maison de santé ayant été réévalué, un avenant n° 2 à la convention sera présenté à l'ANRU en 2026, précise Maxime Leprévost, chef de projet renouvellement urbain à la Ville.

## Emploi et participation

Les chantiers des Courtils ont déjà permis de réaliser 33 400 heures d'insertion, au bénéfice de 126 personnes, dont 41 habitants du quartier.

Le conseil citoyen des Courtils, relancé en juin par tirage au sort, compte désormais 17 membres. Il sera associé au choix du nom des futures rues du quartier.

## Les prochaines étapes

- Novembre 2025 : fin de la déconstruction de l'immeuble Corneille.
- Janvier 2026 : début des travaux de la maison de santé.
- 2026 : livraison de 48 logements sociaux reconstitués à Bois-Hérelle et à Saint-Vigor-sur-Sorelle.
- Premier semestre 2027 : démolition de la barre Maupassant.
- 2031 : fin prévue du projet.

### Pratique

- Maison du projet : 12, rue du Pressoir, ouverte le mardi et le jeudi de 14 h à 18 h.
- Permanences relogement de Criqueval Habitat : le mercredi de 9 h à 12 h, à la maison du projet.
- Prochaine réunion publique : jeudi 13 novembre 2025 à 18 h 30, au gymnase des Courtils.
- Lettre d'information « Courtils demain » : sur demande à la maison du projet.

*Léa Guerrand – Criqueval Mag*
"""


# ---------------------------------------------------------------------------
# 3. Town 2 press article: HTML, regional daily
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Saint-Éloi : la tour Berlioz sera déconstruite à partir de février – L'Éveil lorrain</title>
<meta name="description" content="À Morsange, Morsange Habitat a choisi l'entreprise qui déconstruira la tour Berlioz. Le relogement des habitants de la barre Rameau se poursuit.">
<meta name="author" content="Thomas Gérardin">
<meta property="article:published_time" content="2025-12-06T07:00:00+01:00">
</head>
<body>
<header class="site-header">
  <p class="brand">L'Éveil lorrain</p>
  <nav>
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/morsange/">Morsange</a></li>
      <li><a href="/pays-haut/">Pays-Haut</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
    </ul>
  </nav>
</header>

<main>
<article class="article">
  <p class="rubrique">Morsange · Logement</p>
  <h1>Saint-Éloi : la tour Berlioz sera déconstruite à partir de février</h1>
  <p class="chapo">La commission d'appel d'offres de Morsange Habitat a attribué jeudi le marché de déconstruction de la tour Berlioz au groupement mené par Lorraine Démolition Recyclage, pour 2,79 millions d'euros hors taxes. Les travaux commenceront le 9 février 2026 et dureront neuf mois.</p>
  <p class="signature">Par <span class="auteur">Thomas Gérardin</span> · Publié le <time datetime="2025-12-06">6 décembre 2025</time> à 7 h 00</p>

  <div class="article-body">
    <p><strong>MORSANGE.</strong> Quatorze offres ont été déposées pour les trois lots du marché, dont le montant avait été estimé à 3,15 millions d'euros hors taxes. « La concurrence a joué : nous économisons 11 % par rapport à notre estimation, et le lauréat s'engage à réemployer une partie des matériaux », se félicite Serge Collignon, directeur général de Morsange Habitat.</p>
    <p>Construite en 1969, la tour Berlioz compte 15 étages et 108 logements. Les 91 ménages qui l'occupaient encore en 2022 ont tous été relogés, le dernier au mois d'octobre.</p>

    <h2>La barre Rameau, prochaine étape</h2>
    <p>Reste la barre Rameau et ses 136 logements, dont la démolition est programmée en 2027. Sur les 206 ménages à reloger au titre du projet, 149 l'ont été à ce jour. Les 57 ménages restants habitent tous la barre Rameau.</p>
    <p>« Beaucoup de familles vivent ici depuis l'époque des hauts fourneaux. On leur demande de partir, alors on veut être sûrs qu'elles ne paieront pas plus cher ailleurs », prévient Giuseppe Santoro, membre du conseil citoyen de Saint-Éloi.</p>
    <p>Morsange Habitat assure que le reste à charge des ménages relogés a été maintenu ou a baissé dans 88 % des cas.</p>
    <p>La Ville promet de limiter les nuisances du chantier. « Les camions n'emprunteront pas la rue de l'École aux heures d'entrée et de sortie des classes, et un médiateur sera présent sur place chaque matin », indique Mehdi Bouzid, adjoint au maire chargé de la politique de la ville.</p>

    <h2>Un avenant à 63,1 millions d'euros</h2>
    <p>Le projet de renouvellement urbain de Saint-Éloi, l'un des rares projets d'intérêt national du nord lorrain, a vu son coût passer de 58,3 à 63,1 millions d'euros avec l'avenant n° 1 à la convention, signé le 18 septembre 2025. La hausse finance la reconstruction du gymnase Jules-Ferry, pour 2,9 millions d'euros, et la création d'un centre de santé au pied de l'immeuble Debussy réhabilité.</p>
    <p>« Sans le centre de santé, Saint-Éloi resterait un désert médical. Trois médecins généralistes ont déjà donné leur accord », indique la maire, Corinne Vautrin-Weber.</p>
    <p>Les réhabilitations se poursuivent : 214 des 510 logements prévus ont été rénovés, dans l'immeuble Debussy, propriété de Morsange Habitat, et dans l'immeuble Gounod, propriété du Foyer du Pays-Haut. Depuis 2022, les chantiers du projet ont permis de réaliser 18 600 heures d'insertion.</p>
    <p>Sur l'emprise libérée par la tour Berlioz, la Foncière Logement, filiale d'Action Logement, construira 32 logements locatifs libres à partir de 2028.</p>
    <p>Une réunion publique sur le chantier de la tour Berlioz se tiendra le 20 janvier 2026 à la salle des fêtes de Saint-Éloi, en présence de Julien Heckel, directeur de projet NPNRU à la communauté d'agglomération Morsange Pays-Haut.</p>
  </div>

  <aside class="encadre">
    <h3>Saint-Éloi en chiffres</h3>
    <ul>
      <li>4 600 habitants, dont 38 % de moins de 25 ans</li>
      <li>244 logements démolis à terme : tour Berlioz (108) et barre Rameau (136)</li>
      <li>170 logements sociaux reconstitués, dont 62 déjà livrés</li>
      <li>510 logements réhabilités et 300 résidentialisés</li>
      <li>14,9 M€ de subventions de l'ANRU après l'avenant n° 1, contre 13,6 M€ auparavant</li>
      <li>2032 : fin prévue des travaux</li>
    </ul>
  </aside>

  <p class="tags">Mots-clés : <a href="/tag/saint-eloi/">Saint-Éloi</a>, <a href="/tag/renouvellement-urbain/">renouvellement urbain</a>, <a href="/tag/logement-social/">logement social</a></p>
</article>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/morsange/marche-de-la-saint-nicolas-programme/">Saint-Nicolas : le programme du défilé dans le centre-ville</a></li>
    <li><a href="/pays-haut/ligne-de-bus-express-frontaliers/">Frontaliers : une nouvelle ligne de bus express vers le Luxembourg</a></li>
  </ul>
</section>
</main>

<footer class="site-footer">
  <p>© L'Éveil lorrain · Tous droits réservés</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/contact/">Contact</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Town 2 action sheet: PDF, contract of city
# ---------------------------------------------------------------------------
PA_HEADER_LEFT = "Contrat de ville « Quartiers 2030 » de Morsange Pays-Haut – 2024-2030"
PA_HEADER_RIGHT = "Fiche action 4.2.1"
PA_FOOTER = ("Ville de Morsange – Direction de la cohésion sociale et de la santé – Communauté "
             "d'agglomération Morsange Pays-Haut")
PA_AUTHOR = "Ville de Morsange"
PA_CREATOR = "Ville de Morsange – direction de la cohésion sociale et de la santé"
PA_AXE = "Axe 4 – Santé, accès aux droits et bien-être"
PA_TITLE = "FICHE ACTION 4.2.1"
PA_SUBTITLE = "Centre de santé de Saint-Éloi et médiation en santé"
PA_FIN_HEAD = ["Financeur", "Nature", "2026", "2027", "2028", "2029", "Total"]
PA_FIN_ROWS = [
    ("ARS Grand Est", "Amorçage du centre de santé, médiation en santé", 110000, 60000, 40000, 10000),
    ("CPAM", "Forfait structure des centres de santé", 20000, 50000, 50000, 17000),
    ("Ville de Morsange", "Fonctionnement du centre, personnel non médical", 125000, 120000, 120000,
     40000),
    ("Région Grand Est", "Équipement médical et informatique", 45000, 0, 0, 0),
    ("Département", "Prévention, protection maternelle et infantile", 15000, 15000, 15000, 5000),
    ("CA Morsange Pays-Haut", "Crédits politique de la ville (médiation)", 24000, 24000, 24000, 8000),
    ("Banque des Territoires", "Système d'information et télémédecine", 36000, 0, 0, 0),
    ("Morsange Habitat", "Abattement de TFPB (médiation de proximité)", 12000, 12000, 12000, 4000),
    ("Centre de santé", "Recettes des consultations", 70000, 220000, 245000, 85000),
]
PA_FIN_WIDTHS = [92, 150, 44, 44, 44, 44]


def _fin_total():
    return sum(sum(r[2:]) for r in PA_FIN_ROWS)


PA_FORM = [
    ("Quartier prioritaire", "Saint-Éloi (Morsange), 4 600 habitants"),
    ("Pilote", "Ville de Morsange, direction de la cohésion sociale et de la santé"),
    ("Porteurs opérationnels", "Ville de Morsange (gestion en régie du centre de santé) ; "
                               "association Médiations Santé Lorraine (médiation en santé)"),
    ("Partenaires", "ARS Grand Est, CPAM, Région Grand Est, Département, communauté "
                    "d'agglomération Morsange Pays-Haut, ANRU, Morsange Habitat, Foyer du "
                    "Pays-Haut, Banque des Territoires, conseil citoyen de Saint-Éloi"),
    ("Public visé", "Habitants de Saint-Éloi sans médecin traitant, en priorité les personnes de "
                    "plus de 70 ans, les familles monoparentales et les bénéficiaires de la "
                    "complémentaire santé solidaire"),
    ("Durée", "Janvier 2026 – avril 2029 (40 mois)"),
    ("Coût total", probekit.eur(_fin_total()) + " € (fonctionnement)"),
    ("Référente", "Amandine Wiltzer, chargée de mission santé et coordinatrice de l'atelier santé "
                  "ville à la Ville de Morsange"),
]
PA_BLOCKS = [
    ("h", "1. Contexte et constats"),
    ("p", "Saint-Éloi ne compte plus aucun médecin généraliste depuis le départ à la retraite du "
          "dernier praticien, en décembre 2023. Dans le quartier, 29 % des habitants de plus de "
          "17 ans n'ont pas de médecin traitant, contre 12 % à l'échelle de la commune."),
    ("p", "La communauté d'agglomération compte 5,8 médecins généralistes pour 10 000 habitants, "
          "contre 8,4 en moyenne nationale."),
    ("p", "L'avenant n° 1 à la convention pluriannuelle de renouvellement urbain, signé le 18 "
          "septembre 2025, prévoit l'aménagement d'un centre de santé de 420 m² au "
          "rez-de-chaussée de l'immeuble Debussy, réhabilité par Morsange Habitat. "
          "L'investissement, de 1,9 M€ TTC, relève du NPNRU et n'entre pas dans la présente "
          "fiche, qui porte sur le fonctionnement du centre et sur la médiation en santé."),
    ("h", "2. Objectifs"),
    ("b", "Ouvrir en septembre 2026 un centre de santé municipal réunissant trois médecins "
          "généralistes salariés, une infirmière en pratique avancée et une secrétaire médicale."),
    ("b", "Ramener à 15 % la part des habitants du quartier sans médecin traitant d'ici fin 2028."),
    ("b", "Accompagner chaque année 350 habitants éloignés du soin grâce à deux médiatrices en "
          "santé."),
    ("b", "Porter de 38 % à 50 % la participation au dépistage organisé du cancer du sein."),
    ("b", "Associer le conseil citoyen de Saint-Éloi au comité des usagers du centre de santé."),
    ("h", "3. Contenu de l'action"),
    ("b", "Recrutement des médecins salariés et de l'infirmière en pratique avancée par la Ville, "
          "avec l'appui de l'ARS Grand Est."),
    ("b", "Permanences des médiatrices en santé à la maison du projet et au centre social Gounod, "
          "quatre demi-journées par semaine."),
    ("b", "Ouverture des droits à l'assurance maladie et à la complémentaire santé solidaire, en "
          "lien avec la CPAM."),
    ("b", "Actions collectives de prévention : nutrition, santé bucco-dentaire, dépistage des "
          "cancers."),
    ("b", "Passage d'un bus de dépistage itinérant une journée par mois jusqu'à l'ouverture du "
          "centre."),
    ("h", "4. Indicateurs"),
    ("table", "indicators"),
    ("h", "5. Plan de financement (en €)"),
    ("table", "finance"),
    ("p", "Les recettes des consultations sont reversées au budget annexe du centre de santé, "
          "créé en 2026. En régime de croisière, le déficit de fonctionnement restant à la charge "
          "de la Ville est estimé à 120 000 € par an."),
    ("h", "6. Suivi et évaluation"),
    ("p", "Un comité de suivi, présidé par l'adjoint au maire chargé de la santé, se réunit deux "
          "fois par an avec les financeurs, les professionnels du centre et deux représentants du "
          "conseil citoyen. Les indicateurs sont présentés chaque année au comité de pilotage du "
          "contrat de ville. Une évaluation externe de l'action est prévue au premier semestre "
          "2029."),
    ("note", "Fiche validée par le comité de pilotage du contrat de ville du 2 décembre 2025."),
]
PA_INDICATORS = [
    ["Indicateur", "Valeur de référence", "Cible 2028"],
    ["Médecins généralistes exerçant dans le quartier", "0 (2024)", "3"],
    ["Part des habitants sans médecin traitant", "29 % (2024)", "15 %"],
    ["Habitants accompagnés par les médiatrices (par an)", "Non mesuré", "350"],
    ["Patients ayant déclaré un médecin du centre comme médecin traitant", "0 (2025)", "2 400"],
    ["Participation au dépistage du cancer du sein", "38 % (2023)", "50 %"],
    ["Délai moyen d'obtention d'un rendez-vous chez un généraliste", "21 jours (2024)", "5 jours"],
]


def pa_fin_rows():
    rows = [PA_FIN_HEAD]
    totals = [0, 0, 0, 0]
    for funder, nature, *amounts in PA_FIN_ROWS:
        rows.append([funder, nature, *[probekit.eur(a) for a in amounts], probekit.eur(sum(amounts))])
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
    rows.append(["Total", "", *[probekit.eur(t) for t in totals], probekit.eur(sum(totals))])
    assert sum(totals) == 1633000, totals
    return rows


# ---------------------------------------------------------------------------
# 5. Town 2 call for tenders summary: plain text
# ---------------------------------------------------------------------------
TXT = """MORSANGE HABITAT – OFFICE PUBLIC DE L'HABITAT
AVIS D'APPEL PUBLIC À LA CONCURRENCE – NOTE DE PRÉSENTATION

Marché de travaux n° 2025-TRV-031
Déconstruction de la tour Berlioz (108 logements) – quartier Saint-Éloi, Morsange

Date d'envoi de l'avis à la publication : 26 septembre 2025
Rectificatif n° 1 publié le 10 octobre 2025


1. IDENTIFICATION DE L'ACHETEUR

Nom : Morsange Habitat, office public de l'habitat
Adresse : 5, rue des Aciéries, Morsange
Représentant du pouvoir adjudicateur : Serge Collignon, directeur général
Responsable de l'opération : Laetitia Mourot, chargée d'opérations, direction du patrimoine et de la maîtrise d'ouvrage
Contact technique : Yannick Schmitt, responsable du pôle renouvellement urbain


2. OBJET DU MARCHÉ

Le marché porte sur la déconstruction de la tour Berlioz, immeuble de 15 étages et 108 logements construit en 1969, situé 2 à 8, allée Hector-Berlioz, dans le quartier prioritaire de Saint-Éloi.

L'opération est inscrite à la convention pluriannuelle de renouvellement urbain de Saint-Éloi, signée le 22 juin 2021 et modifiée par l'avenant n° 1 du 18 septembre 2025.

Surface de plancher à déconstruire : 7 450 m²
Volume de déchets estimé : 14 800 tonnes, dont 310 tonnes de matériaux amiantés


3. PROCÉDURE

Type de procédure : appel d'offres ouvert
Allotissement : 3 lots, chacun faisant l'objet d'un marché distinct
Visite du site : obligatoire, le 7 octobre 2025 ou le 14 octobre 2025 à 9 h 30


4. LOTS, MONTANTS ESTIMÉS ET HEURES D'INSERTION

Lot   Intitulé                                              Montant estimé     Heures d'insertion
1     Désamiantage et curage                                1 240 000 € HT     1 400 h
2     Démolition mécanique, tri et évacuation               1 720 000 € HT     1 600 h
3     Réseaux, clôtures et remise en état du terrain          190 000 € HT       200 h
      Total                                                 3 150 000 € HT     3 200 h

Montant total estimé : 3 150 000 € HT, soit 3 780 000 € TTC.


5. DURÉE ET CALENDRIER

Durée globale d'exécution : 11 mois à compter de l'ordre de service, dont 2 mois de période de préparation.
Démarrage prévisionnel des travaux : janvier 2026.
Le lot 1 doit être achevé avant le démarrage de la démolition mécanique du lot 2.


6. CLAUSES SOCIALES ET ENVIRONNEMENTALES

Clause d'insertion : les titulaires réservent au moins 3 200 heures de travail à des personnes éloignées de l'emploi, réparties par lot comme indiqué ci-dessus. Le suivi est assuré par le facilitateur de la Maison de l'emploi du Pays-Haut.

Objectif de valorisation : au moins 90 % des déchets non dangereux valorisés, dont 60 tonnes de matériaux réemployés, conformément au diagnostic PEMD réalisé en 2024.


7. CRITÈRES D'ATTRIBUTION

- Valeur technique : 45 %
- Prix : 40 %
- Performance environnementale (réemploi, bilan carbone) : 15 %


8. FINANCEMENT ET PAIEMENT

Opération financée par l'ANRU dans le cadre du NPNRU, par la Région Grand Est et sur les fonds propres de Morsange Habitat.
Paiement par virement à 30 jours. Une avance de 10 % est accordée, sauf renonciation du titulaire.


9. DATES LIMITES

Date limite de remise des offres : initialement fixée au 24 octobre 2025 à 12 h 00, reportée au 7 novembre 2025 à 12 h 00 par le rectificatif n° 1.
Motif du rectificatif : ajout au dossier de consultation du rapport de repérage amiante complémentaire.
Délai de validité des offres : 150 jours à compter de la date limite de remise des offres.


10. RENSEIGNEMENTS COMPLÉMENTAIRES

Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur de Morsange Habitat.
Les questions des candidats sont posées sur le profil d'acheteur au plus tard dix jours avant la date limite de remise des offres.
Instance chargée des procédures de recours : tribunal administratif de Strasbourg.
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PA_AXE, title=PA_TITLE, subtitle=PA_SUBTITLE,
        form=PA_FORM, form_label_w=120, blocks=PA_BLOCKS,
        tables={"indicators": (lambda: PA_INDICATORS, [260, 110]),
                "finance": (pa_fin_rows, PA_FIN_WIDTHS)},
        total_tables={"finance"}, total_rule="last", header_left=PA_HEADER_LEFT,
        header_right=PA_HEADER_RIGHT, footer=PA_FOOTER, author=PA_AUTHOR,
        subject="Contrat de ville – fiche action", creator=PA_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_docx_tables()
    write_docx()
    write_text(FN_HTML, HTML)
    write_text(FN_TXT, TXT)
    write_pdf()
    write_text(FN_MD, MD)
    probekit.print_sizes(OUT)


if __name__ == "__main__":
    main()
