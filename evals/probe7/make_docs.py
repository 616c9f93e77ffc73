#!/usr/bin/env python3
"""Generate the five probe7 test documents (fictional towns, fictional people).

Town 1: Corbissac-sur-Lérande, quartier du Haut-Grésil
    - fiche-mission-opc-urbain-npnru-haut-gresil-corbissac.docx      (mission sheet, 2021-2024)
    - article-echo-de-la-lerande-haut-gresil-barre-des-cerisaies.html (press article, May 2025)
    - fiche-action-3-1-2-gusp-haut-gresil-corbissac.txt               (contract-of-city action sheet)
Town 2: Saint-Euloge-des-Marais, quartier de Bel-Orme
    - fiche-action-1-3-2-emploi-clauses-insertion-bel-orme-saint-euloge.pdf (action sheet)
    - article-marais-et-vallons-mag-bel-orme-mi-parcours.md                 (local magazine)

The documents of a town overlap on purpose (same neighbourhood, same bodies, planned figures
against figures measured later), so that retrieval among them is hard.

All text is held in this script; running it again rewrites the five files byte-for-byte
(fixed PDF/DOCX metadata dates, fixed zip timestamps).

Run from the repository root: python evals/probe7/make_docs.py
"""
import io
import os
import zipfile
from datetime import UTC, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

FIXED_DT = datetime(2025, 6, 2, 9, 0, 0, tzinfo=UTC)

FN_DOCX = "fiche-mission-opc-urbain-npnru-haut-gresil-corbissac.docx"
FN_HTML = "article-echo-de-la-lerande-haut-gresil-barre-des-cerisaies.html"
FN_TXT = "fiche-action-3-1-2-gusp-haut-gresil-corbissac.txt"
FN_PDF = "fiche-action-1-3-2-emploi-clauses-insertion-bel-orme-saint-euloge.pdf"
FN_MD = "article-marais-et-vallons-mag-bel-orme-mi-parcours.md"


# ---------------------------------------------------------------------------
# 1. Town 1 mission sheet: DOCX from a consultancy (fields, list, two tables)
# ---------------------------------------------------------------------------
DOCX_TITLE = "Ordonnancement, pilotage et coordination urbaine (OPC urbain) du NPNRU du Haut-Grésil"
DOCX_SUBTITLE = "Corbissac-sur-Lérande – quartier du Haut-Grésil"
DOCX_FIELDS = [
    ("Type de mission :", "Assistance à maîtrise d'ouvrage – ordonnancement, pilotage et coordination urbaine"),
    ("Client :", "Ville de Corbissac-sur-Lérande (direction du renouvellement urbain)"),
    ("Années :", "2021-2024 (40 mois)"),
    ("Site :", "Corbissac-sur-Lérande (31 200 habitants), quartier du Haut-Grésil (quartier prioritaire "
               "de la politique de la ville, 6 150 habitants)"),
    ("Équipe :", "Tessiture Urbaine (mandataire) – Hélène Marchadier (directrice de mission), Romain Estribeau "
                 "(ingénieur OPC), Lina Bouhaddi (chargée de concertation) ; BET Quadrilatère (cotraitant, "
                 "économie de la construction)"),
    ("Montant de la mission :", "187 200 € HT, dont une tranche optionnelle de 23 400 € HT (avenant à la convention)"),
    ("Acteurs :", "État (préfecture, DDT), ANRU, Action Logement, Banque des Territoires, Région, Département, "
                  "Ville de Corbissac-sur-Lérande, Communauté d'agglomération Cœur de Lérande, Corbissac Habitat, "
                  "Les Foyers de la Lérande, conseil citoyen du Haut-Grésil"),
    ("Montant du projet :", "118,4 M€ TTC, dont 34,6 M€ de subventions de l'ANRU et 9,2 M€ de prêts bonifiés "
                            "d'Action Logement (1)"),
    ("Programme :", "212 démolitions, 180 logements sociaux reconstitués (dont 126 hors site), 402 réhabilitations, "
                    "96 résidentialisations, reconstruction du groupe scolaire des Ardoisiers"),
]
DOCX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Édifié entre 1958 et 1969 sur le plateau qui domine la Lérande, le Haut-Grésil compte 2 140 logements, "
          "dont 1 870 logements sociaux répartis entre Corbissac Habitat (1 320 logements) et Les Foyers de la "
          "Lérande (550 logements). Le taux de pauvreté y atteint 47 %, contre 16 % dans l'ensemble de la commune."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 22 juin 2020, prévoit la démolition de la "
          "tour Chardonne (96 logements), de la barre des Cerisaies (88 logements) et du petit collectif Montaigu "
          "(28 logements), la réhabilitation de 402 logements conservés et la reconstruction du groupe scolaire des "
          "Ardoisiers, estimée à 11,2 M€."),
    ("h1", "2. Enjeux de la mission"),
    ("p", "Le projet réunit 23 opérations physiques conduites par six maîtres d'ouvrage différents : la Ville, "
          "l'agglomération, les deux bailleurs, l'aménageur et la foncière commerciale. Jusqu'à onze chantiers "
          "doivent se tenir en même temps en 2023, dans un quartier qui reste habité."),
    ("p", "La Ville a souhaité confier à un prestataire extérieur la tenue du calendrier d'ensemble, l'enchaînement "
          "des relogements, des démolitions et des livraisons, ainsi que l'information des habitants sur les "
          "nuisances des chantiers."),
    ("h1", "3. Contenu de la mission"),
    ("li", "Élaboration du planning directeur du projet et mise à jour trimestrielle"),
    ("li", "Coordination des 23 opérations et des six maîtres d'ouvrage, en réunion inter-chantiers tous les quinze jours"),
    ("li", "Tenue d'un tableau de bord partagé des relogements avec Corbissac Habitat et Les Foyers de la Lérande"),
    ("li", "Préparation des deux revues de projet avec la délégation territoriale de l'ANRU (octobre 2022 et février 2024)"),
    ("li", "Organisation de 14 réunions publiques de chantier et rédaction de la lettre « Grésil Infos », "
           "diffusée tous les deux mois à 2 300 exemplaires"),
    ("li", "Suivi des clauses d'insertion des marchés de travaux, pour un objectif de 64 000 heures"),
    ("li", "Rédaction du dossier d'avenant n° 1 à la convention (tranche optionnelle)"),
    ("h1", "4. Phasage de la mission"),
    ("table", "phases"),
    ("h1", "5. Plan de financement du projet"),
    ("p", "Le tableau ci-dessous reprend la maquette financière de la convention du 22 juin 2020."),
    ("table", "finance"),
    ("h1", "6. Résultats"),
    ("p", "À la fin de la mission, en avril 2024, la tour Chardonne (démolie en 2022) et le petit collectif Montaigu "
          "(démoli en 2023) avaient disparu, soit 124 logements démolis sur 212. 167 ménages sur 181 avaient été "
          "relogés, 214 réhabilitations livrées et 41 300 heures d'insertion réalisées."),
    ("p", "Le dossier d'avenant, déposé en mars 2024, porte principalement sur le surcoût du groupe scolaire des "
          "Ardoisiers et sur le décalage de dix-huit mois de la démolition de la barre des Cerisaies."),
]
DOCX_TABLES = {
    "phases": [
        ["Phase", "Période", "Contenu", "Livrables"],
        ["Phase 1 – Diagnostic et planning directeur", "Janvier à avril 2021",
         "Recensement des 23 opérations, entretiens avec les maîtres d'ouvrage", "Planning directeur initial"],
        ["Phase 2 – Coordination des chantiers", "Mai 2021 à décembre 2023",
         "Réunions inter-chantiers, tableau de bord des relogements, information des habitants",
         "Plannings trimestriels et comptes rendus"],
        ["Phase 3 – Avenant et revue de projet", "Janvier à avril 2024",
         "Bilan d'avancement, chiffrage des surcoûts, préparation de la revue de projet",
         "Dossier d'avenant n° 1"],
    ],
    "finance": [
        ["Financeur", "Montant (M€ TTC)", "Part du coût total", "Nature"],
        ["ANRU", "34,6", "29,2 %", "Subventions"],
        ["Action Logement", "9,2", "7,8 %", "Prêts bonifiés aux bailleurs"],
        ["Banque des Territoires", "12,5", "10,6 %", "Prêts au renouvellement urbain et ingénierie"],
        ["Région", "6,8", "5,7 %", "Subventions (équipements, réhabilitation)"],
        ["Département", "3,9", "3,3 %", "Subventions (groupe scolaire, espaces publics)"],
        ["Communauté d'agglomération Cœur de Lérande", "8,1", "6,8 %", "Fonds de concours"],
        ["Ville de Corbissac-sur-Lérande", "14,7", "12,4 %", "Autofinancement"],
        ["Bailleurs sociaux", "28,6", "24,2 %", "Fonds propres et emprunts"],
        ["Total", "118,4", "100 %", ""],
    ],
}
DOCX_FOOTNOTE = ("(1) Montants de la convention pluriannuelle du 22 juin 2020, avant avenant. "
                 "Le montant du projet s'entend toutes taxes comprises ; celui de la mission, hors taxes.")
DOCX_HEADER = "Tessiture Urbaine – Références : renouvellement urbain"
DOCX_FOOTER = "Tessiture Urbaine – Fiche mission Haut-Grésil"


# ---------------------------------------------------------------------------
# 2. Town 1 press article: HTML page from a regional daily's site
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Haut-Grésil : la barre des Cerisaies tombe, le projet change de dimension - L'Écho de la Lérande</title>
<meta name="description" content="Corbissac-sur-Lérande : la démolition de la barre des Cerisaies a commencé. Le projet du Haut-Grésil atteint 127,3 millions d'euros après avenant.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-05-14T06:00:00+02:00">
<link rel="stylesheet" href="/assets/echo.css?v=8.2">
<script src="/assets/tarteaucitron.js" defer></script>
</head>
<body class="article-page">

<div class="consent" role="dialog" aria-label="Vos choix en matière de cookies">
  <p>L'Écho de la Lérande et ses partenaires déposent des cookies pour mesurer l'audience du site et vous proposer des publicités personnalisées. Vous pouvez accepter, refuser ou paramétrer vos choix.</p>
  <button>Accepter</button> <button>Refuser</button> <button>Paramétrer</button>
</div>

<header class="masthead">
  <a class="brand" href="/">L'Écho de la Lérande</a>
  <nav aria-label="Rubriques">
    <ul>
      <li><a href="/actu/">Actu</a></li>
      <li><a href="/corbissac/">Corbissac</a></li>
      <li><a href="/coeur-de-lerande/">Cœur de Lérande</a></li>
      <li><a href="/economie/">Éco</a></li>
      <li><a href="/sport/">Sport</a></li>
      <li><a href="/sorties/">Sorties</a></li>
      <li><a href="/necrologie/">Avis de décès</a></li>
    </ul>
  </nav>
  <a class="subscribe" href="/abonnement/">Je m'abonne</a>
</header>

<nav class="breadcrumb"><a href="/">Accueil</a> &gt; <a href="/corbissac/">Corbissac-sur-Lérande</a> &gt; <a href="/corbissac/urbanisme/">Urbanisme</a></nav>

<main>
<article class="story">
  <h1>Haut-Grésil : la barre des Cerisaies tombe, le projet change de dimension</h1>
  <p class="lead">Les pelles de démolition ont attaqué lundi la barre des Cerisaies, deuxième des trois immeubles voués à disparaître au Haut-Grésil. Avec l'avenant signé en février, le projet de renouvellement urbain du quartier atteint désormais 127,3 millions d'euros.</p>
  <p class="byline">Par <span class="author">Baptiste Rouquayrol</span> · Publié le <time datetime="2025-05-14">14 mai 2025</time> à 6 h 00 · Mis à jour à 9 h 12</p>

  <figure>
    <img src="/img/2025/05/cerisaies-demolition.jpg" alt="La barre des Cerisaies au premier jour de sa démolition" width="1280" height="720">
    <figcaption>Construite en 1963, la barre des Cerisaies comptait 88 logements sur neuf étages. Photo Inès Carbonnel / L'Écho de la Lérande</figcaption>
  </figure>

  <div class="story-body">
    <p>Lundi 12 mai, à 8 heures, une pelle équipée d'une pince de grignotage a mordu dans le pignon nord de la barre des Cerisaies, sous le regard d'une cinquantaine de riverains. Le chantier doit durer neuf mois et coûter 3,6 millions d'euros. Selon le maître d'ouvrage, 87&nbsp;% des matériaux seront réemployés ou recyclés, les bétons étant concassés sur place pour servir de remblai aux futures voiries.</p>

    <p>« J'ai vécu trente-deux ans au quatrième étage. Je ne viendrai pas regarder », confie Maryvonne Ricaud, 71 ans, relogée l'an dernier dans un logement neuf des Foyers de la Lérande, rue des Vanniers.</p>

    <p>Au total, 181 ménages devaient être relogés au titre des trois démolitions du projet. Tous l'ont été : le dernier locataire a quitté les Cerisaies le 28 mars. Parmi eux, 74 ménages, soit 41&nbsp;%, ont trouvé un logement hors du quartier prioritaire, et 52 ont emménagé dans un logement neuf ou livré depuis moins de cinq ans.</p>

    <h2>Un avenant de 8,9 millions d'euros</h2>

    <p>Signé le 3 février 2025 par l'Agence nationale pour la rénovation urbaine (ANRU) et ses partenaires, l'avenant n° 1 à la convention porte le coût total du projet de 118,4 à 127,3 millions d'euros. La hausse tient pour l'essentiel au groupe scolaire des Ardoisiers, dont le coût est passé de 11,2 à 15,8 millions d'euros. L'ANRU porte sa participation à 36,1 millions d'euros et Action Logement à 10,4 millions.</p>

    <blockquote>
      <p>« Nous ne pouvions pas livrer une école au rabais dans le quartier qui en a le plus besoin. »</p>
      <footer>Thierry Lasbordes, maire de Corbissac-sur-Lérande</footer>
    </blockquote>

    <p>La Ville prend à sa charge 2,1 millions d'euros supplémentaires et l'agglomération Cœur de Lérande 0,9 million. La Région ajoute 1,4 million, les deux bailleurs 1,8 million.</p>

    <table class="chiffres">
      <caption>Où en est le projet au 30 avril 2025</caption>
      <thead>
        <tr><th>Opération</th><th>Prévu par la convention</th><th>Réalisé</th></tr>
      </thead>
      <tbody>
        <tr><td>Logements démolis</td><td>212</td><td>124</td></tr>
        <tr><td>Ménages relogés</td><td>181</td><td>181</td></tr>
        <tr><td>Logements réhabilités</td><td>402</td><td>297</td></tr>
        <tr><td>Logements sociaux reconstitués</td><td>180</td><td>96</td></tr>
        <tr><td>Résidentialisations</td><td>96</td><td>40</td></tr>
        <tr><td>Heures d'insertion</td><td>64 000</td><td>58 700</td></tr>
      </tbody>
      <tfoot>
        <tr><td colspan="3">Source : Ville de Corbissac-sur-Lérande, comité de pilotage du 29 avril 2025.</td></tr>
      </tfoot>
    </table>

    <h2>Une école neuve pour la rentrée 2027</h2>

    <p>Le nouveau groupe scolaire des Ardoisiers, quatorze classes et un restaurant scolaire de 320 couverts, sera construit sur l'emprise du petit collectif Montaigu. Les travaux commenceront à l'automne pour une ouverture à la rentrée 2027. En attendant, les élèves restent dans l'école actuelle, construite en 1961.</p>

    <p>Côté réhabilitations, les résultats encouragent les bailleurs. « Nous visons au minimum l'étiquette C. Dans les 214 premiers logements livrés, la facture de chauffage a baissé de 38&nbsp;% en moyenne », indique Frédéric Lamouroux, directeur général de Corbissac Habitat.</p>

    <h2>Le centre commercial en question</h2>

    <p>Reste le centre commercial de la place des Merisiers, dont quatre des neuf cellules sont vides. La Banque des Territoires apportera 1,9 million d'euros en fonds propres à la foncière qui rachètera les murs. Les habitants, eux, attendent surtout le retour d'une boulangerie. « On a eu l'école, on a eu les façades. Maintenant il faut pouvoir acheter son pain sans prendre la voiture », plaide Awa Konaté, membre du conseil citoyen du Haut-Grésil.</p>
  </div>

  <aside class="reperes">
    <h3>Repères</h3>
    <ul>
      <li>6&nbsp;150 habitants au Haut-Grésil</li>
      <li>1&nbsp;870 logements sociaux, gérés par Corbissac Habitat et Les Foyers de la Lérande</li>
      <li>127,3 millions d'euros : coût du projet après avenant, dont 36,1 millions de l'ANRU</li>
      <li>2029 : fin prévue du projet</li>
    </ul>
  </aside>

  <p class="tags">Mots-clés : <a href="/tag/renouvellement-urbain/">renouvellement urbain</a>, <a href="/tag/haut-gresil/">Haut-Grésil</a>, <a href="/tag/logement/">logement</a></p>
</article>

<section class="related">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/corbissac/la-tour-chardonne-n-est-plus">La tour Chardonne n'est plus</a></li>
    <li><a href="/coeur-de-lerande/contrat-de-ville-l-agglomeration-adopte-ses-fiches-actions">Contrat de ville : l'agglomération adopte ses fiches actions</a></li>
  </ul>
</section>
</main>

<footer class="site-footer">
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgv/">CGV</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/contact/">Contact</a></p>
  <p>&copy; L'Écho de la Lérande 2025</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. Town 1 action sheet: plain text (UTF-8), tab-laid tables
# ---------------------------------------------------------------------------
TXT = """CONTRAT DE VILLE ENGAGEMENTS QUARTIERS 2030 - COMMUNAUTE D'AGGLOMERATION CŒUR DE LERANDE
Pilier 3 - Cadre de vie et renouvellement urbain

FICHE ACTION 3.1.2
Gestion urbaine et sociale de proximité du Haut-Grésil pendant et après les chantiers

Quartier :\tLe Haut-Grésil (Corbissac-sur-Lérande)
Pilote :\tVille de Corbissac-sur-Lérande, direction de la tranquillité et de la proximité
Copilote :\tCorbissac Habitat
Partenaires :\tLes Foyers de la Lérande, Communauté d'agglomération Cœur de Lérande (collecte des déchets), Etat (déléguée du préfet), régie de quartier Grésil Services, conseil citoyen du Haut-Grésil, police municipale
Public visé :\tles 6 150 habitants du Haut-Grésil
Calendrier :\t2025 - 2027
Coût total :\t412 500 euros sur trois ans

1. Contexte
Le renouvellement urbain du Haut-Grésil entre dans sa dernière phase : démolition de la barre des Cerisaies à partir de 2025, construction du groupe scolaire des Ardoisiers, réhabilitation des derniers logements conservés. Le diagnostic en marchant du 17 octobre 2024 a relevé 146 dysfonctionnements, dont 58 dépôts sauvages d'encombrants. Le tonnage d'encombrants collectés dans le quartier a augmenté de 27 % entre 2021 et 2023. Lors de l'enquête de 2024, 39 % des habitants se disaient satisfaits de la propreté des espaces extérieurs.

2. Objectifs
- Maintenir un cadre de vie propre et sûr pendant la durée des chantiers.
- Réduire de moitié le nombre de dysfonctionnements relevés lors des diagnostics en marchant.
- Préparer la gestion des espaces publics livrés par le projet (mail des Ardoisiers, square Montaigu).

3. Contenu de l'action
1) Diagnostics en marchant deux fois par an avec le conseil citoyen, les bailleurs et les services de la Ville.
2) Quatre postes en insertion à la régie de quartier Grésil Services, affectés à l'enlèvement des encombrants et au nettoyage des abords de chantier.
3) Passage hebdomadaire de la collecte des encombrants, au lieu d'un passage mensuel.
4) Deux médiateurs de jour supplémentaires, présents du mardi au samedi.
5) Sur-entretien des halls et des parties communes par les bailleurs, financé par l'abattement de TFPB.
6) Cellule de veille mensuelle réunissant la Ville, les bailleurs, la police municipale et la déléguée du préfet.

4. Plan de financement (en euros)
Financeur\t2025\t2026\t2027\tTotal
Corbissac Habitat (abattement TFPB)\t52 000\t52 000\t48 000\t152 000
Les Foyers de la Lérande (abattement TFPB)\t18 000\t18 000\t16 000\t52 000
Ville de Corbissac-sur-Lérande\t35 000\t35 000\t35 000\t105 000
CA Cœur de Lérande\t20 000\t20 000\t20 000\t60 000
Etat (crédits politique de la ville)\t15 000\t15 000\t13 500\t43 500
Total\t140 000\t140 000\t132 500\t412 500

5. Indicateurs d'évaluation
Indicateur\tRéférence 2024\tCible 2027
Habitants satisfaits de la propreté des espaces extérieurs\t39 %\t60 %
Dysfonctionnements relevés lors des diagnostics en marchant\t146\t70
Délai moyen d'enlèvement d'un dépôt sauvage\t6 jours\t48 heures

6. Modalités de suivi
Comité technique GUSP tous les deux mois, animé par la direction de la tranquillité et de la proximité ; bilan annuel présenté au comité de pilotage du contrat de ville.
Fiche validée en comité de pilotage le 9 décembre 2024.
"""


# ---------------------------------------------------------------------------
# 4. Town 2 action sheet: PDF (contrat de ville), form table, financing table
# ---------------------------------------------------------------------------
PA_HEADER_LEFT = "Contrat de ville Marais et Vallons 2024-2030"
PA_HEADER_RIGHT = "Fiche action 1.3.2"
PA_FOOTER_LEFT = "Communauté d'agglomération Marais et Vallons – Direction de la politique de la ville"
PA_TITLE1 = "FICHE ACTION 1.3.2"
PA_TITLE2 = "Faire des chantiers du renouvellement urbain de Bel-Orme un levier d'emploi pour les habitants"
PA_FORM = [
    ("Pilier", "Pilier 1 – Emploi, insertion et développement économique"),
    ("Axe", "Axe 3 – Clauses sociales et parcours vers l'emploi"),
    ("Quartier", "Bel-Orme (Saint-Euloge-des-Marais)"),
    ("Pilote", "Communauté d'agglomération Marais et Vallons, service emploi-insertion (facilitateur des clauses sociales)"),
    ("Partenaires", "France Travail, Mission locale des Marais, Ville de Saint-Euloge-des-Marais, Habitat des Marais, "
                    "Le Foyer eulogien, Région, Département, ANRU, structures d'insertion par l'activité économique"),
    ("Public visé", "Demandeurs d'emploi de Bel-Orme, en priorité les moins de 26 ans et les bénéficiaires du RSA "
                    "(environ 640 personnes)"),
    ("Calendrier", "Avril 2024 – mars 2027"),
    ("Coût total", "285 000 € sur trois ans"),
]
PA_BLOCKS = [
    ("h", "1. Contexte"),
    ("p", "Le projet de renouvellement urbain de Bel-Orme, dont la convention a été signée le 14 octobre 2021, "
          "représente 71,5 M€ d'investissements, dont 19,8 M€ de concours de l'ANRU."),
    ("p", "Ses marchés de travaux réservent 5 % des heures travaillées à des personnes éloignées de l'emploi, "
          "soit un objectif de 41 000 heures d'insertion sur la durée du projet."),
    ("p", "Fin 2023, 9 800 heures avaient été réalisées, dont 38 % seulement par des habitants du quartier."),
    ("p", "Le taux de chômage des 15-64 ans atteint 31 % à Bel-Orme, contre 12 % dans l'agglomération."),
    ("h", "2. Objectifs"),
    ("n", "1.", "Réaliser 41 000 heures d'insertion, dont 60 % au bénéfice d'habitants de Bel-Orme."),
    ("n", "2.", "Conduire 80 habitants vers un emploi durable (CDI ou CDD de plus de six mois) en trois ans."),
    ("n", "3.", "Ouvrir les métiers du bâtiment aux femmes : 20 % de femmes parmi les bénéficiaires."),
    ("h", "3. Contenu de l'action"),
    ("n", "–", "Un facilitateur des clauses sociales à temps plein, chargé du lien avec les entreprises."),
    ("n", "–", "Deux « job datings chantiers » par an à la maison du projet de Bel-Orme."),
    ("n", "–", "Une préparation opérationnelle à l'emploi collective de 12 places par an (second œuvre)."),
    ("n", "–", "Un chantier école de la régie de quartier : 8 stagiaires par an pour rénover des halls."),
    ("n", "–", "Une aide à la mobilité : 40 permis de conduire financés sur trois ans."),
    ("h", "4. Plan de financement"),
    ("table", None),
    ("h", "5. Indicateurs"),
    ("n", "–", "Heures d'insertion réalisées (cumul) : 9 800 fin 2023 ; cible 30 000 fin 2026."),
    ("n", "–", "Part des heures réalisées par des habitants de Bel-Orme : 38 % ; cible 60 %."),
    ("n", "–", "Habitants en emploi durable six mois après leur parcours : cible 80."),
    ("n", "–", "Part des femmes parmi les bénéficiaires : 7 % ; cible 20 %."),
    ("h", "6. Modalités de suivi"),
    ("p", "Un comité emploi-clauses réunit chaque trimestre le pilote, France Travail, la Mission locale et les "
          "bailleurs. Un bilan annuel est présenté au comité de pilotage du contrat de ville."),
]
PA_FIN_HEAD = ["Financeur", "Nature", "2024", "2025", "2026", "Total"]
PA_FIN_ROWS = [
    ("État", "Crédits politique de la ville", 25000, 25000, 20000),
    ("CA Marais et Vallons", "Poste de facilitateur", 30000, 30000, 30000),
    ("Région", "Programme régional de formation", 12000, 15000, 15000),
    ("Département", "Crédits d'insertion (RSA)", 10000, 10000, 10000),
    ("Habitat des Marais", "Abattement de TFPB", 8000, 8000, 8000),
    ("Ville de Saint-Euloge", "Aide au permis de conduire", 6000, 6000, 5000),
    ("Le Foyer eulogien", "Chantier école (halls)", 4000, 4000, 4000),
]


def _eur(n):
    return f"{n:,}".replace(",", " ")


def pa_fin_rows():
    rows = []
    totals = [0, 0, 0]
    for funder, nature, *amounts in PA_FIN_ROWS:
        rows.append(([funder, nature, *[_eur(a) for a in amounts], _eur(sum(amounts))], False))
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
    rows.append((["Total", "", *[_eur(t) for t in totals], _eur(sum(totals))], True))
    assert sum(totals) == 285000, totals
    return rows


# ---------------------------------------------------------------------------
# 5. Town 2 local magazine article: Markdown
# ---------------------------------------------------------------------------
MD = """*Marais et Vallons Magazine – n° 41 – juillet-août 2025 – Dossier*

# Bel-Orme à mi-chemin : le quartier change de visage

**Quatre ans après la signature de la convention avec l'ANRU, le renouvellement urbain de Bel-Orme, à Saint-Euloge-des-Marais, a passé le cap de la mi-parcours. Démolitions, relogements, emploi, santé : état des lieux d'un chantier de 71,5 millions d'euros.**

Texte : Camille Ferrandou – Photos : Yohan Sagnes

Il ne reste de la tour des Aulnes qu'une pelouse fraîchement semée. Ses 72 logements ont été démolis entre mars et septembre 2024, et l'emprise accueillera à l'automne un jardin public. Au bout de l'allée, la barre du Roselier, 104 logements, se vide peu à peu : sa démolition est programmée pour le printemps 2026.

## Relogement : 118 familles ont déjà déménagé

Au 30 juin 2025, 118 des 163 ménages à reloger avaient signé un nouveau bail, soit 72 %. Un peu plus d'un tiers d'entre eux (43 ménages) a choisi de quitter Bel-Orme pour un autre quartier de Saint-Euloge ou de l'agglomération. Les 45 ménages restants habitent tous la barre du Roselier.

« On m'a proposé trois appartements, j'ai pris le deuxième, avec un balcon et un ascenseur qui marche », raconte Rachid Ouarab, 52 ans, président de l'association de locataires Bel-Orme Ensemble. « Mais il faut que ceux qui restent dans les immeubles réhabilités voient aussi la différence. »

Côté réhabilitation, 130 des 318 logements concernés ont été livrés par Habitat des Marais et Le Foyer eulogien. Les travaux de la seconde tranche commenceront en janvier 2026.

## L'emploi, l'autre chantier

Les entreprises qui interviennent dans le quartier doivent réserver une part de leurs heures à des personnes éloignées de l'emploi. Fin juin 2025, ces clauses avaient permis de réaliser 17 450 heures de travail, dont 54 % au profit d'habitants de Bel-Orme. 46 habitants en ont bénéficié, parmi lesquels 9 femmes ; 14 ont depuis signé un CDI.

« Au début, les entreprises nous appelaient la veille pour trouver quelqu'un. Aujourd'hui, on prépare les candidats trois mois avant l'ouverture du chantier », explique Samia Berrahou, facilitatrice des clauses sociales à l'agglomération Marais et Vallons. Le deuxième job dating chantiers de l'année, organisé le 5 juin à la maison du projet, a réuni 11 entreprises et 67 candidats.

## Une maison de santé en 2026

C'est le projet le plus attendu du quartier. La future maison de santé pluriprofessionnelle, construite au pied de la place des Roseaux, accueillera 12 professionnels, dont quatre médecins généralistes, à partir du premier trimestre 2026. Son coût, 3,4 millions d'euros, est financé par l'ANRU (0,9 million), la Région (0,8 million), le Département (0,5 million) et la Ville (1,2 million).

« Depuis le départ du dernier médecin en 2019, les habitants de Bel-Orme devaient prendre le bus pour se soigner. Cette maison de santé, c'est une promesse tenue », souligne Martine Coudray-Lesage, maire de Saint-Euloge-des-Marais.

## En chiffres

- 4 800 habitants à Bel-Orme
- 1 390 logements sociaux : 980 chez Habitat des Marais, 410 au Foyer eulogien
- 176 logements démolis à terme (tour des Aulnes et barre du Roselier)
- 150 logements sociaux reconstruits, dont 96 hors du quartier
- 318 logements réhabilités
- 71,5 M€ d'investissements, dont 19,8 M€ de l'ANRU et 6,3 M€ de prêts d'Action Logement
- 2030 : fin prévue du projet

## Pratique

La maison du projet, 3, place des Roseaux, est ouverte le mardi et le jeudi de 14 heures à 18 heures, et le samedi de 9 heures à midi. Elle a reçu 1 900 visiteurs en 2024.
"""


# ===========================================================================
# Writers
# ===========================================================================
def _normalise_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes, same member order."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 6, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def write_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    base = doc.styles["Normal"]
    base.font.name = "Calibri"
    base.font.size = Pt(10.5)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = DOCX_HEADER
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = DOCX_FOOTER
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading(DOCX_TITLE, level=0)
    p = doc.add_paragraph()
    rr = p.add_run(DOCX_SUBTITLE)
    rr.italic = True
    rr.font.size = Pt(12)

    for label, value in DOCX_FIELDS:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        b = p.add_run(label)
        b.bold = True
        p.add_run(" " + value)

    for kind, text in DOCX_SECTIONS:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "li":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            rows = DOCX_TABLES[text]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    if i == 0 or (text == "finance" and i == len(rows) - 1):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()

    fn = doc.add_paragraph()
    fr = fn.add_run(DOCX_FOOTNOTE)
    fr.italic = True
    fr.font.size = Pt(8)

    cp = doc.core_properties
    cp.author = "Tessiture Urbaine"
    cp.last_modified_by = "Tessiture Urbaine"
    cp.title = DOCX_TITLE
    cp.subject = "Fiche mission"
    cp.keywords = "NPNRU; OPC urbain; Haut-Grésil; Corbissac-sur-Lérande"
    cp.comments = ""
    cp.category = "Références"
    cp.revision = 2
    fixed = datetime(2024, 5, 6, 10, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    with open(os.path.join(OUT, FN_DOCX), "wb") as f:
        f.write(_normalise_zip(buf.getvalue()))


def write_html():
    with open(os.path.join(OUT, FN_HTML), "wb") as f:
        f.write(HTML.encode("utf-8"))


def write_txt():
    with open(os.path.join(OUT, FN_TXT), "wb") as f:
        f.write(TXT.encode("utf-8"))


def write_md():
    with open(os.path.join(OUT, FN_MD), "wb") as f:
        f.write(MD.encode("utf-8"))


def _wrap(pdf, text, width):
    """Greedy word wrap at the current font."""
    lines, cur = [], ""
    for w in text.split(" "):
        cand = (cur + " " + w) if cur else w
        if pdf.get_string_width(cand) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def write_pdf():
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class PDF(FPDF):
        def header(self):
            self.set_font("dv", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 8)
            self.cell(0, 4, PA_HEADER_LEFT, align="L")
            self.set_xy(self.l_margin, 8)
            self.cell(0, 4, PA_HEADER_RIGHT, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 13, self.w - self.r_margin, 13)
            self.set_text_color(0, 0, 0)
            self.set_y(17)

        def footer(self):
            self.set_y(-13)
            self.set_font("dv", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, PA_FOOTER_LEFT, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(PA_TITLE1 + " – " + PA_TITLE2)
    pdf.set_author("Communauté d'agglomération Marais et Vallons")
    pdf.set_subject("Contrat de ville 2024-2030 – fiche action")
    pdf.set_creator("Direction de la politique de la ville, CA Marais et Vallons")
    pdf.set_margins(18, 17, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("dv", "B", 13)
    pdf.set_text_color(30, 100, 70)
    pdf.cell(0, 7, PA_TITLE1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 11)
    pdf.multi_cell(0, 5.5, PA_TITLE2, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    pdf.set_font("dv", "", 8.5)
    label_style = FontFace(emphasis="BOLD", fill_color=(225, 240, 232))
    with pdf.table(col_widths=(30, W - 30), first_row_as_headings=False, line_height=4.4,
                   text_align=("LEFT", "LEFT"), padding=1.2) as table:
        for label, value in PA_FORM:
            row = table.row()
            row.cell(label, style=label_style)
            row.cell(value)
    pdf.ln(2)

    lh = 4.2

    def lines_out(lines, x, w):
        for ln in lines:
            if pdf.will_page_break(lh):
                pdf.add_page()
            pdf.set_x(x)
            pdf.cell(w, lh, ln, new_x="LMARGIN", new_y="NEXT")

    for block in PA_BLOCKS:
        kind = block[0]
        if kind == "h":
            if pdf.will_page_break(5.5 + 3 * lh):
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("dv", "B", 9.5)
            pdf.set_text_color(30, 100, 70)
            pdf.cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "p":
            pdf.set_font("dv", "", 8.5)
            lines_out(_wrap(pdf, block[1], W), pdf.l_margin, W)
            pdf.ln(1.2)
        elif kind == "n":
            pdf.set_font("dv", "", 8.5)
            ind = 6
            lines = _wrap(pdf, block[2], W - ind)
            if pdf.will_page_break(lh):
                pdf.add_page()
            pdf.set_x(pdf.l_margin)
            pdf.cell(ind, lh, block[1])
            pdf.cell(W - ind, lh, lines[0], new_x="LMARGIN", new_y="NEXT")
            lines_out(lines[1:], pdf.l_margin + ind, W - ind)
        elif kind == "table":
            pdf.set_font("dv", "", 8)
            head_style = FontFace(emphasis="BOLD", fill_color=(30, 100, 70), color=(255, 255, 255))
            total_style = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
            with pdf.table(col_widths=(38, 56, 20, 20, 20, W - 154), line_height=4.6,
                           headings_style=head_style,
                           text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                           padding=1.2) as table:
                hr = table.row()
                for c in PA_FIN_HEAD:
                    hr.cell(c)
                for cells, bold in pa_fin_rows():
                    r = table.row()
                    for c in cells:
                        r.cell(c, style=total_style if bold else None)
            pdf.ln(1)
            pdf.set_font("dv", "", 7.5)
            pdf.cell(0, 4, "Montants en euros.", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(os.path.join(OUT, FN_PDF))


def main():
    os.makedirs(OUT, exist_ok=True)
    write_docx()
    write_html()
    write_txt()
    write_pdf()
    write_md()
    for fn in sorted(os.listdir(OUT)):
        print(fn, os.path.getsize(os.path.join(OUT, fn)))


if __name__ == "__main__":
    main()
