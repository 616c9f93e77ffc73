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
(minimal OOXML package) are written by hand, with helpers taken from evals/probe10/make_docs.py.
All text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

Run from the repository root: python evals/probe11/make_docs.py
"""
import io
import os
import zipfile
from xml.sax.saxutils import escape

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


def _eur(v):
    return f"{v:,}".replace(",", " ") if v else "–"


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
    ("Coût total", _eur(_fin_total()) + " € (fonctionnement)"),
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
        rows.append([funder, nature, *[_eur(a) for a in amounts], _eur(sum(amounts))])
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
    rows.append(["Total", "", *[_eur(t) for t in totals], _eur(sum(totals))])
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
# DOCX writer (hand-built OOXML package)
# ===========================================================================
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _run(text, bold=False, italic=False, size=None, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text, style=None, num=None, align=None, **run_kw):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{_run(text, **run_kw) if text else ''}</w:p>"


def _table(rows, widths, header_fill="385723", label_col=False):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
           f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for j, val in enumerate(row):
            head = (i == 0 and not label_col)
            label = label_col and j == 0
            fill = header_fill if head else ("DDEBF7" if label else None)
            tcpr = f'<w:tcW w:w="{widths[j]}" w:type="dxa"/>'
            if fill:
                tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
            bold = head or label or (not label_col and row[0] == "Total")
            color = "FFFFFF" if head else None
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>"
                       f"{_para(val, style='TableText', bold=bold, color=color)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_body():
    parts = [
        _para(DX_KICKER, style="Kicker"),
        _para(DX_TITLE, style="Title"),
        _para(DX_SUBTITLE, style="Subtitle"),
        _table([list(f) for f in DX_FIELDS], [2600, 7000], label_col=True),
        _para(""),
    ]
    widths = DX_WIDTHS
    for kind, text in DX_SECTIONS:
        if kind == "h1":
            parts.append(_para(text, style="Heading1"))
        elif kind == "p":
            parts.append(_para(text))
        elif kind == "li":
            parts.append(_para(text, style="ListParagraph", num=1))
        elif kind == "note":
            parts.append(_para(text, style="Note"))
        elif kind == "table":
            parts.append(_table(DX_TABLES[text], widths[text]))
            parts.append(_para(""))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>'
            '<w:footerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1304" w:right="1134" w:bottom="1304" w:left="1134" '
            'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    return (XML_DECL + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
            + "".join(parts) + sect + "</w:body></w:document>")


DOCX_STYLES = XML_DECL + f"""<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:color w:val="595959"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/><w:color w:val="C55A11"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

DOCX_NUMBERING = XML_DECL + f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

DOCX_CONTENT_TYPES = XML_DECL + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

DOCX_ROOT_RELS = XML_DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCX_DOC_RELS = XML_DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""


def _hdr_ftr(tag, text, style):
    return (XML_DECL + f'<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            + _para(text, style=style) + f"</w:{tag}>")


def docx_core():
    return (XML_DECL + '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(DX_TITLE)}</dc:title>"
            f"<dc:subject>{escape(DX_DOC_KIND + ' – ' + DX_SUBTITLE)}</dc:subject>"
            f"<dc:creator>{escape(DX_COMPANY)}</dc:creator>"
            f"<cp:keywords>{escape(DX_KEYWORDS)}</cp:keywords>"
            f"<cp:lastModifiedBy>{escape(DX_COMPANY)}</cp:lastModifiedBy><cp:revision>4</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{DOCX_DATE}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{DOCX_DATE}</dcterms:modified>'
            "</cp:coreProperties>")


DOCX_APP = XML_DECL + ("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                       f"<Application>Microsoft Office Word</Application><Company>{escape(DX_COMPANY)}</Company></Properties>")


def write_docx():
    members = [
        ("[Content_Types].xml", DOCX_CONTENT_TYPES),
        ("_rels/.rels", DOCX_ROOT_RELS),
        ("docProps/core.xml", docx_core()),
        ("docProps/app.xml", DOCX_APP),
        ("word/document.xml", docx_body()),
        ("word/_rels/document.xml.rels", DOCX_DOC_RELS),
        ("word/styles.xml", DOCX_STYLES),
        ("word/numbering.xml", DOCX_NUMBERING),
        ("word/header1.xml", _hdr_ftr("hdr", DX_HEADER, "Header")),
        ("word/footer1.xml", _hdr_ftr("ftr", DX_FOOTER, "Footer")),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zf.writestr(zi, text.encode("utf-8"))
    with open(os.path.join(OUT, FN_DOCX), "wb") as f:
        f.write(buf.getvalue())


# ===========================================================================
# PDF writer (hand-built, standard Type1 fonts, WinAnsiEncoding)
# ===========================================================================
# Helvetica advance widths (AFM) for ASCII 32..126, per 1000 em.
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_HELV_B = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
           556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
           975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
           667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
           333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
           611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
# Non-ASCII WinAnsi characters: width taken from a base letter, or given directly.
_BASE = {"à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
         "î": "i", "ï": "i", "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "À": "A",
         "Â": "A", "Ç": "C", "É": "E", "È": "E", "Ê": "E", "Î": "I", "Ô": "O", "Ù": "U",
         "Û": "U", "\u00a0": " "}
_DIRECT = {"€": 556, "–": 556, "—": 1000, "«": 556, "»": 556, "’": 222, "°": 400, "²": 333,
           "œ": 944, "Œ": 1000, "…": 1000, "•": 350}


def _cw(ch, bold):
    table = _HELV_B if bold else _HELV
    ch = _BASE.get(ch, ch)
    if ch in _DIRECT:
        return _DIRECT[ch]
    o = ord(ch)
    if 32 <= o <= 126:
        return table[o - 32]
    return 600


def text_width(s, size, bold=False):
    return sum(_cw(c, bold) for c in s) * size / 1000.0


def wrap(text, size, width, bold=False):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, size, bold) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _pdf_info_str(s):
    """Document-information string: UTF-16BE with byte-order mark, as a hex string."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def _widths_array(bold):
    ws = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            ws.append(0)
            continue
        ws.append(_cw(ch, bold) if (ch in _BASE or ch in _DIRECT or 32 <= code <= 126) else 556)
    return "[" + " ".join(str(w) for w in ws) + "]"


PAGE_W, PAGE_H = 595.28, 841.89
MARGIN_L, MARGIN_R = 56.0, 56.0
TOP_Y, BOTTOM_Y = 780.0, 62.0
CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R
FONTS = {"R": "F1", "B": "F2", "I": "F3"}


class Layout:
    """Very small flow layout: lines of text, rules and rectangles, page by page."""

    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = TOP_Y

    def ensure(self, h):
        if self.y - h < BOTTOM_Y:
            self.new_page()

    def text(self, x, y, s, style="R", size=9.5, color=(0, 0, 0)):
        r, g, b = color
        self.ops.append(b"BT /%s %.1f Tf %.3f %.3f %.3f rg %.2f %.2f Td " % (
            FONTS[style].encode(), size, r, g, b, x, y) + _pdf_str(s) + b" Tj ET")

    def rect(self, x, y, w, h, fill=None, stroke=True):
        ops = b""
        if fill:
            ops += b"%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f " % (*fill, x, y, w, h)
        if stroke:
            ops += b"0.5 w 0.45 0.45 0.45 RG %.2f %.2f %.2f %.2f re S" % (x, y, w, h)
        self.ops.append(ops)

    def line(self, x1, y1, x2, y2, width=0.8, color=(0.12, 0.36, 0.45)):
        self.ops.append(b"%.2f w %.3f %.3f %.3f RG %.2f %.2f m %.2f %.2f l S" % (
            width, *color, x1, y1, x2, y2))

    def paragraph(self, s, size=9.5, style="R", lead=12.8, indent=0.0, after=5.0,
                  color=(0, 0, 0)):
        for ln in wrap(s, size, CONTENT_W - indent, style == "B"):
            self.ensure(lead)
            self.y -= lead
            self.text(MARGIN_L + indent, self.y, ln, style, size, color)
        self.y -= after

    def bullet(self, s, size=9.5, lead=12.8):
        lines = wrap(s, size, CONTENT_W - 14)
        self.ensure(lead * min(len(lines), 2))
        for i, ln in enumerate(lines):
            self.ensure(lead)
            self.y -= lead
            if i == 0:
                self.text(MARGIN_L + 3, self.y, "•", "R", size)
            self.text(MARGIN_L + 14, self.y, ln, "R", size)
        self.y -= 3.0

    def table(self, rows, widths, size=8.5, lead=10.6, pad=3.5, head=True, label_col=False,
              total_row=False):
        accent = (0.12, 0.36, 0.45)
        for i, row in enumerate(rows):
            is_head = head and i == 0
            is_total = total_row and i == len(rows) - 1
            cells = []
            for j, val in enumerate(row):
                bold = is_head or is_total or (label_col and j == 0)
                cells.append((wrap(val, size, widths[j] - 2 * pad, bold) if val else [], bold))
            h = max(1, max(len(c[0]) for c in cells)) * lead + 2 * pad
            self.ensure(h)
            top = self.y
            x = MARGIN_L
            for j, (lines, bold) in enumerate(cells):
                if is_head:
                    fill = accent
                elif label_col and j == 0:
                    fill = (0.88, 0.94, 0.96)
                elif is_total:
                    fill = (0.92, 0.92, 0.92)
                else:
                    fill = None
                self.rect(x, top - h, widths[j], h, fill=fill)
                color = (1, 1, 1) if is_head else (0, 0, 0)
                ty = top - pad
                for ln in lines:
                    ty -= lead
                    self.text(x + pad, ty + 2.2, ln, "B" if bold else "R", size, color)
                x += widths[j]
            self.y = top - h
        self.y -= 8.0


def pdf_layout():
    lo = Layout()
    accent = (0.12, 0.36, 0.45)
    lo.paragraph(PA_AXE, size=9, style="B", color=accent, after=2)
    lo.paragraph(PA_TITLE, size=16, style="B", lead=20, after=2)
    lo.paragraph(PA_SUBTITLE, size=12, style="B", lead=15, after=8)
    lo.table([list(r) for r in PA_FORM], [120, CONTENT_W - 120], size=9, lead=11.5, head=False,
             label_col=True)
    for kind, text in PA_BLOCKS:
        if kind == "h":
            lo.ensure(40)
            lo.y -= 6
            lo.paragraph(text, size=11, style="B", lead=14, after=3, color=accent)
        elif kind == "p":
            lo.paragraph(text)
        elif kind == "b":
            lo.bullet(text)
        elif kind == "note":
            lo.y -= 4
            lo.paragraph(text, size=8, style="I", lead=10)
        elif kind == "table":
            if text == "indicators":
                lo.table(PA_INDICATORS, [260, 110, CONTENT_W - 370])
            else:
                w = list(PA_FIN_WIDTHS)
                w.append(CONTENT_W - sum(w))
                lo.table(pa_fin_rows(), w, total_row=True)
    return lo.pages


def write_pdf():
    pages = pdf_layout()
    n = len(pages)
    grey = (0.45, 0.45, 0.45)
    streams = []
    for i, ops in enumerate(pages, 1):
        deco = Layout.__new__(Layout)
        deco.ops = []
        deco.text(MARGIN_L, 808, PA_HEADER_LEFT, "R", 7.5, grey)
        deco.text(PAGE_W - MARGIN_R - text_width(PA_HEADER_RIGHT, 7.5, True), 808,
                  PA_HEADER_RIGHT, "B", 7.5, grey)
        deco.line(MARGIN_L, 800, PAGE_W - MARGIN_R, 800)
        head_ops = deco.ops
        deco.ops = []
        deco.line(MARGIN_L, 44, PAGE_W - MARGIN_R, 44, width=0.4, color=grey)
        deco.text(MARGIN_L, 32, PA_FOOTER, "R", 7, grey)
        pn = f"{i}/{n}"
        deco.text(PAGE_W - MARGIN_R - text_width(pn, 7), 32, pn, "R", 7, grey)
        streams.append(b"\n".join(head_ops + ops + deco.ops) + b"\n")

    objs = {}
    # 1 catalog, 2 pages, 3-5 fonts, 6 info, then page/content pairs.
    kids = []
    for i, stream in enumerate(streams):
        pid, cid = 7 + 2 * i, 8 + 2 * i
        kids.append(pid)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> "
                     b"/Contents %d 0 R >>" % (PAGE_W, PAGE_H, cid))
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /Lang (fr-FR) >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + \
        b"] /Count %d >>" % len(kids)
    for oid, base, bold in ((3, "Helvetica", False), (4, "Helvetica-Bold", True),
                            (5, "Helvetica-Oblique", False)):
        objs[oid] = (f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                     f"/Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 "
                     f"/Widths {_widths_array(bold)} >>").encode()
    objs[6] = (b"<< /Title " + _pdf_info_str(f"{PA_TITLE} – {PA_SUBTITLE}")
               + b" /Author " + _pdf_info_str(PA_AUTHOR)
               + b" /Subject " + _pdf_info_str("Contrat de ville – fiche action")
               + b" /Creator " + _pdf_info_str(PA_CREATOR)
               + b" /CreationDate " + _pdf_str(PDF_DATE)
               + b" /ModDate " + _pdf_str(PDF_DATE) + b" >>")

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = out.tell()
        out.write(b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for oid in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[oid])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, xref))
    with open(os.path.join(OUT, FN_PDF), "wb") as f:
        f.write(out.getvalue())


def write_text(name, text):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode("utf-8"))


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_docx_tables()
    write_docx()
    write_text(FN_HTML, HTML)
    write_text(FN_TXT, TXT)
    write_pdf()
    write_text(FN_MD, MD)
    for fn in sorted(os.listdir(OUT)):
        print(fn, os.path.getsize(os.path.join(OUT, fn)))


if __name__ == "__main__":
    main()
