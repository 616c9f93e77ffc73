#!/usr/bin/env python3
"""Generate the six probe6 test documents (fictional towns, fictional people).

Town 1: Roncelay-sur-Mévrine, quartier des Argilières
    - article-vigie-mevrinoise-roncelay-argilieres-relogement-noroit.html
    - fiche-mission-amo-relogement-roncelay-argilieres.docx
    - fiche-action-2-4-1-energie-rehabilitation-argilieres-roncelay.pdf
Town 2: Vaudrecourt, quartier des Verrières
    - fiche-mission-point-etape-mi-parcours-vaudrecourt-verrieres.md
    - article-villes-en-chantier-vaudrecourt-verrieres-faienciers.pdf
    - fiche-action-3-1-4-accompagnement-chantiers-verrieres-vaudrecourt.txt

All text is held in this script; running it again rewrites the six files
byte-for-byte (fixed PDF/DOCX metadata dates, fixed zip timestamps).

Run from the repository root: python evals/probe6/make_docs.py
"""
import io
import os
import zipfile
from datetime import UTC, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

FIXED_DT = datetime(2024, 3, 4, 9, 0, 0, tzinfo=UTC)

FN_HTML = "article-vigie-mevrinoise-roncelay-argilieres-relogement-noroit.html"
FN_DOCX = "fiche-mission-amo-relogement-roncelay-argilieres.docx"
FN_PDF_ACTION = "fiche-action-2-4-1-energie-rehabilitation-argilieres-roncelay.pdf"
FN_MD = "fiche-mission-point-etape-mi-parcours-vaudrecourt-verrieres.md"
FN_PDF_MAG = "article-villes-en-chantier-vaudrecourt-verrieres-faienciers.pdf"
FN_TXT = "fiche-action-3-1-4-accompagnement-chantiers-verrieres-vaudrecourt.txt"


# ---------------------------------------------------------------------------
# 1. Town 1 article: HTML page from a regional news CMS
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Aux Argilières, le relogement des habitants de la barre du Noroît entre dans la dernière ligne droite - La Vigie mévrinoise</title>
<meta name="description" content="Roncelay-sur-Mévrine : 151 des 236 ménages concernés par les démolitions ont déjà été relogés.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-02-09T06:30:00+01:00">
<link rel="stylesheet" href="/static/css/vigie.min.css?v=3.12.4">
<script src="/static/js/consent.js" defer></script>
</head>
<body class="page-article rubrique-roncelay">

<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>La Vigie mévrinoise et ses partenaires utilisent des cookies pour mesurer l'audience, vous proposer des contenus personnalisés et des publicités adaptées. Vous pouvez modifier vos choix à tout moment depuis le lien « Paramétrer les cookies » en bas de page.</p>
  <button class="btn-accept">Tout accepter</button>
  <button class="btn-settings">Paramétrer</button>
  <a href="#" class="btn-refuse">Continuer sans accepter</a>
</div>

<header class="site-header">
  <a class="logo" href="/">La Vigie mévrinoise</a>
  <nav class="main-nav" aria-label="Rubriques">
    <ul>
      <li><a href="/actualites/">Actualités</a></li>
      <li><a href="/roncelay-sur-mevrine/">Roncelay</a></li>
      <li><a href="/val-de-mevrine/">Val de Mévrine</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/culture-loisirs/">Culture &amp; loisirs</a></li>
      <li><a href="/annonces-legales/">Annonces légales</a></li>
    </ul>
  </nav>
  <div class="account"><a href="/connexion/">Se connecter</a> <a class="btn-abo" href="/abonnement/">S'abonner 1&nbsp;&euro; le premier mois</a></div>
</header>

<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <a href="/">Accueil</a> &rsaquo; <a href="/roncelay-sur-mevrine/">Roncelay-sur-Mévrine</a> &rsaquo; <a href="/roncelay-sur-mevrine/urbanisme/">Urbanisme</a>
</nav>

<main>
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="headline">Aux Argilières, le relogement des habitants de la barre du Noroît entre dans la dernière ligne droite</h1>
  <p class="chapo">Près de deux ans après la signature de la convention de renouvellement urbain, 151 des 236 ménages concernés par les démolitions ont déjà quitté leur logement. La déconstruction de la barre du Noroît doit commencer en octobre.</p>
  <div class="meta">
    <span class="rubrique">Roncelay-sur-Mévrine</span> ·
    Publié le <time datetime="2024-02-09T06:30">9 février 2024 à 6h30</time> ·
    Par <span class="author">Laurence Chapuisat</span> ·
    <span class="reading-time">Lecture 5 min</span>
  </div>
  <div class="share">
    <a href="#" class="share-fb">Partager sur Facebook</a>
    <a href="#" class="share-x">Partager sur X</a>
    <a href="#" class="share-mail">Envoyer par e-mail</a>
  </div>

  <figure class="main-photo">
    <img src="/medias/2024/02/argilieres-barre-noroit.jpg" alt="La barre du Noroît vue depuis la place des Potiers" width="1200" height="675">
    <figcaption>Construite en 1964, la barre du Noroît compte 140 logements sur dix étages. Il n'y reste plus que 32 ménages. <span class="credit">Photo Marc Esquerré / La Vigie mévrinoise</span></figcaption>
  </figure>

  <div class="article-body" itemprop="articleBody">
    <p>Dans le hall du 4, allée des Argiles, les boîtes aux lettres sans nom se multiplient. « Au début, on se disait que ça ne se ferait jamais. Maintenant, il y a plus de portes murées que de paillassons », sourit Josiane Pellegrin, 74 ans, locataire du sixième étage depuis 1981. Elle emménagera le 1er mars dans un deux-pièces neuf de l'avenue des Tuiliers, à huit cents mètres de là.</p>

    <p>Comme elle, 236 ménages des Argilières doivent quitter leur appartement avant la démolition de 264 logements prévue par la convention de renouvellement urbain signée le 17 mars 2022 avec l'Agence nationale pour la rénovation urbaine (ANRU). Au 31 janvier, 151 d'entre eux avaient déjà été relogés, soit 64&nbsp;%, selon le bilan présenté mardi en comité de pilotage.</p>

    <h2>Un tiers des ménages dans le neuf</h2>

    <p>Le bailleur Roncelay Habitat, propriétaire des trois immeubles voués à la démolition, met en avant la qualité des parcours proposés : 49 ménages ont emménagé dans un logement neuf ou livré depuis moins de cinq ans, et 63 ont été relogés hors du quartier prioritaire. « Pour 81&nbsp;% des ménages relogés, le reste à charge, c'est-à-dire le loyer et les charges une fois les aides déduites, est stable ou en baisse », précise sa directrice générale, Nadia Bensaïd.</p>

    <div class="inline-ad" aria-hidden="true">Publicité</div>

    <p>Les entretiens individuels sont conduits par le cabinet Atelier Méridienne Conseil, missionné par le bailleur. Depuis septembre 2023, ses conseillères tiennent deux permanences par semaine à la maison du projet, place des Potiers, au lieu d'une seule auparavant. L'équipement, ouvert en septembre 2022, a accueilli 2&nbsp;800 visiteurs l'an dernier.</p>

    <table class="data-table">
      <caption>Avancement du relogement au 31 janvier 2024</caption>
      <thead>
        <tr><th>Bâtiment</th><th>Logements démolis</th><th>Ménages à reloger</th><th>Ménages relogés</th></tr>
      </thead>
      <tbody>
        <tr><td>Barre du Noroît (allée des Argiles)</td><td>140</td><td>118</td><td>86 sur 118 (73&nbsp;%)</td></tr>
        <tr><td>Tour T3 (rue de la Glaise)</td><td>62</td><td>61</td><td>41 sur 61 (67&nbsp;%)</td></tr>
        <tr><td>Tour T4 (rue de la Glaise)</td><td>62</td><td>57</td><td>24 sur 57 (42&nbsp;%)</td></tr>
        <tr class="total"><td>Total</td><td>264</td><td>236</td><td>151 sur 236 (64&nbsp;%)</td></tr>
      </tbody>
      <tfoot>
        <tr><td colspan="4">Source : Roncelay Habitat, comité de pilotage du 6 février 2024.</td></tr>
      </tfoot>
    </table>

    <h2>Sept mois de chantier pour le Noroît</h2>

    <p>La déconstruction de la barre du Noroît commencera en octobre 2024, une fois les derniers locataires partis. Elle sera menée par grignotage, sans recours aux explosifs, et doit durer sept mois pour un coût de 4,2 millions d'euros. Les tours T3 et T4 suivront en 2026. Sur l'emprise libérée, la Ville prévoit un mail planté reliant la place des Potiers au futur groupe scolaire du quartier.</p>

    <blockquote class="quote">
      <p>« Personne ne quittera les Argilières sans s'être vu proposer au moins trois logements. Nous avançons moins vite que prévu sur la tour T4, mais nous préférons prendre le temps plutôt que de forcer des départs. »</p>
      <footer>Gérald Fontanieu, maire de Roncelay-sur-Mévrine</footer>
    </blockquote>

    <h2>Des inquiétudes pour la tour T4</h2>

    <p>Le retard pris sur la tour T4 s'explique en partie par la situation de onze ménages en dette locative, pour lesquels un plan d'apurement doit être trouvé avant tout relogement, et par le manque de grands logements disponibles : quatorze familles de cinq personnes ou plus attendent encore un T5.</p>

    <p>L'amicale des locataires des Argilières, présidée par Kamel Aït-Larbi, demande de son côté que les relogements ne se fassent pas au détriment de ceux qui restent : les 418 logements à réhabiliter attendent toujours le démarrage de leurs travaux, annoncé pour 2025. « On nous parle beaucoup de ceux qui partent, un peu moins de ceux qui vivront encore ici dans dix ans », résume-t-il.</p>
  </div>

  <aside class="reperes">
    <h3>Repères</h3>
    <ul>
      <li>4&nbsp;300 habitants aux Argilières</li>
      <li>1&nbsp;480 logements sociaux, tous gérés par Roncelay Habitat</li>
      <li>126 millions d'euros : coût total du projet, dont 39 millions apportés par l'ANRU</li>
      <li>264 logements démolis et autant reconstruits</li>
      <li>418 logements réhabilités</li>
      <li>2031 : fin prévue des travaux</li>
    </ul>
  </aside>

  <div class="tags">Mots-clés : <a href="/tag/renovation-urbaine/">rénovation urbaine</a>, <a href="/tag/logement/">logement</a>, <a href="/tag/argilieres/">Argilières</a></div>
</article>

<section class="newsletter">
  <h2>Newsletter Val de Mévrine</h2>
  <p>Recevez chaque matin à 7 heures l'essentiel de l'actualité de Roncelay et du Val de Mévrine.</p>
  <form action="/newsletter/inscription" method="post">
    <label for="nl-email">Votre adresse e-mail</label>
    <input id="nl-email" type="email" name="email" placeholder="prenom.nom@exemple.fr">
    <button type="submit">Je m'inscris</button>
  </form>
  <p class="rgpd">Vos données sont traitées par La Vigie mévrinoise pour l'envoi de la newsletter. Vous pouvez vous désinscrire à tout moment.</p>
</section>

<section class="related">
  <h2>Sur le même sujet</h2>
  <ul>
    <li><a href="/roncelay-sur-mevrine/argilieres-la-maison-du-projet-ouvre-ses-portes-place-des-potiers">Argilières : la maison du projet ouvre ses portes place des Potiers</a></li>
    <li><a href="/val-de-mevrine/le-contrat-de-ville-2024-2030-adopte-par-l-agglomeration">Le contrat de ville 2024-2030 adopté par l'agglomération</a></li>
    <li><a href="/roncelay-sur-mevrine/roncelay-habitat-presente-son-plan-strategique-de-patrimoine">Roncelay Habitat présente son plan stratégique de patrimoine</a></li>
  </ul>
</section>
</main>

<footer class="site-footer">
  <ul>
    <li><a href="/mentions-legales/">Mentions légales</a></li>
    <li><a href="/cgu/">Conditions générales d'utilisation</a></li>
    <li><a href="/confidentialite/">Politique de confidentialité</a></li>
    <li><a href="#" class="cookie-settings">Paramétrer les cookies</a></li>
    <li><a href="/contact/">Nous contacter</a></li>
  </ul>
  <p>&copy; La Vigie mévrinoise 2024 - Tous droits réservés - Reproduction interdite sans autorisation.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 2. Town 1 mission sheet: DOCX from a consultancy
# ---------------------------------------------------------------------------
DOCX_TITLE = "AMO relogement et accompagnement social des ménages – NPNRU des Argilières"
DOCX_SUBTITLE = "Roncelay-sur-Mévrine"
DOCX_FIELDS = [
    ("Type de mission :", "Assistance à maîtrise d'ouvrage – relogement et accompagnement social"),
    ("Maître d'ouvrage :", "Roncelay Habitat (office public de l'habitat)"),
    ("Années :", "2022-2025 (30 mois)"),
    ("Site :", "Roncelay-sur-Mévrine, quartier des Argilières (quartier prioritaire de la politique de la ville)"),
    ("Équipe :", "Atelier Méridienne Conseil – Claire Montagnac (directrice de mission), Yanis Berthelot (chargé d'études), Sophie Ravenel (sociologue)"),
    ("Montant de la mission :", "148 500 € HT"),
    ("Acteurs :", "État (préfecture, DDT), ANRU, Action Logement, Ville de Roncelay-sur-Mévrine, Communauté d'agglomération du Val de Mévrine, Roncelay Habitat, CAF, CCAS, amicale des locataires"),
    ("Montant du projet :", "126 M€ TTC, dont 39 M€ de subventions de l'ANRU (1)"),
    ("Programme :", "264 démolitions, 264 logements reconstitués (dont 158 hors quartier prioritaire), 418 réhabilitations"),
]
DOCX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Construit entre 1962 et 1971 sur les anciennes carrières d'argile de la tuilerie communale, le quartier des Argilières accueille environ 4 300 habitants dans 1 480 logements sociaux, tous gérés par Roncelay Habitat. Le revenu médian par unité de consommation y est inférieur de moitié à celui de l'agglomération."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 17 mars 2022, prévoit la démolition de la barre du Noroît (140 logements) et des tours T3 et T4 (62 logements chacune). Au lancement de la mission, 236 ménages occupent ces logements ; les autres sont vacants ou affectés à des associations."),
    ("h1", "2. Objectifs"),
    ("h2", "2.1 Reloger l'ensemble des ménages dans des conditions choisies"),
    ("p", "Reloger les 236 ménages avant le démarrage des démolitions, en proposant à chacun jusqu'à trois logements adaptés à sa composition familiale, à ses ressources et à ses souhaits de localisation."),
    ("h2", "2.2 Offrir des parcours résidentiels positifs"),
    ("p", "Atteindre au moins 30 % de relogements dans un logement neuf ou conventionné depuis moins de cinq ans, et 40 % de relogements hors quartier prioritaire."),
    ("h2", "2.3 Maîtriser le reste à charge"),
    ("p", "Garantir aux ménages dont les ressources sont inférieures aux plafonds PLAI un reste à charge au plus égal à celui de leur logement d'origine."),
    ("h2", "2.4 Accompagner les ménages les plus fragiles"),
    ("p", "Repérer les situations de fragilité (dette locative, handicap, isolement) et orienter une cinquantaine de ménages vers un accompagnement social renforcé assuré par le CCAS."),
    ("h1", "3. Contenu de la mission"),
    ("li", "Réalisation de 236 diagnostics sociaux à domicile, d'une durée moyenne d'une heure trente"),
    ("li", "Élaboration du plan de relogement et de la charte partenariale de relogement, signée le 14 octobre 2022 par neuf partenaires"),
    ("li", "Préparation et animation de la commission inter-bailleurs de relogement, réunie chaque mois"),
    ("li", "Tenue d'une permanence hebdomadaire à la maison du projet, place des Potiers"),
    ("li", "Animation de trois ateliers collectifs d'information (droits des locataires, préparation du déménagement, économies d'énergie)"),
    ("li", "Suivi post-relogement de chaque ménage six mois après son emménagement"),
    ("li", "Production d'un tableau de bord mensuel transmis au comité de pilotage et à la délégation territoriale de l'ANRU"),
    ("h1", "4. Phasage de la mission"),
    ("table", None),
    ("h1", "5. Résultats attendus"),
    ("p", "La mission doit permettre de libérer la barre du Noroît avant l'automne 2024 et les tours T3 et T4 avant l'été 2025, pour tenir le calendrier des démolitions inscrit dans la convention."),
]
DOCX_TABLE = [
    ["Phase", "Contenu", "Durée", "Livrables"],
    ["Phase 1 – Diagnostic",
     ["Enquête sociale auprès des 236 ménages et analyse de l'offre de relogement disponible chez les bailleurs du territoire."],
     "4 mois", "Rapport de diagnostic et plan de relogement"],
    ["Phase 2 – Mise en œuvre",
     ["Accompagnement individuel des ménages jusqu'à la signature du nouveau bail.",
      "Suivi post-relogement à six mois et traitement des réclamations."],
     "24 mois", "Tableaux de bord mensuels"],
    ["Phase 3 – Bilan",
     ["Enquête de satisfaction auprès des ménages relogés et bilan qualitatif de la démarche."],
     "2 mois", "Bilan final et note de capitalisation"],
]
DOCX_FOOTNOTE = ("(1) Montants issus de la convention pluriannuelle de renouvellement urbain du 17 mars 2022. "
                 "Le montant du projet s'entend toutes taxes comprises ; celui de la mission, hors taxes.")
DOCX_HEADER = "Atelier Méridienne Conseil – Références : renouvellement urbain et relogement"
DOCX_FOOTER = "Atelier Méridienne Conseil – Fiche mission Argilières – Page "


# ---------------------------------------------------------------------------
# 3. Town 1 action sheet: PDF (contrat de ville), ligatures + hyphenation
# ---------------------------------------------------------------------------
FI, FL = "\ufb01", "\ufb02"
PA_HEADER_LEFT = "Contrat de ville du Val de Mévrine 2024-2030 – Engagements Quartiers 2030"
PA_HEADER_RIGHT = "Fiche action 2.4.1"
PA_FOOTER_LEFT = "Communauté d'agglomération du Val de Mévrine – Direction de la cohésion sociale"
PA_TITLE1 = "FICHE ACTION 2.4.1"
PA_TITLE2 = "Accompagner les locataires des Argilières pendant et après la réhabilitation de leurs logements"
PA_FORM = [
    ("Pilier", "Pilier 2 – Cadre de vie et renouvellement urbain"),
    ("Axe", f"Axe 4 – Sobriété et ef{FI}cacité énergétique"),
    ("Quartier", "Les Argilières (Roncelay-sur-Mévrine)"),
    ("Pilote", "Roncelay Habitat, direction de la proximité, en binôme avec le CCAS de Roncelay-sur-Mévrine"),
    ("Partenaires", "Ville de Roncelay-sur-Mévrine, Communauté d'agglomération du Val de Mévrine, CAF, "
                    "Département (Fonds de solidarité logement), Région, Espace Conseil France Rénov', "
                    "amicale des locataires des Argilières"),
    ("Public visé", "Les 418 ménages locataires des logements réhabilités, dont environ 120 ménages en situation d'impayé d'énergie"),
    ("Calendrier", "Janvier 2025 – décembre 2027 (trois ans)"),
    ("Coût total", "312 000 € sur trois ans"),
]
# "|" marks a line-end hyphenation point that the layout routine must use.
PA_BLOCKS = [
    ("h", "1. Contexte"),
    ("p", "Le projet de renouvellement urbain des Argilières, inscrit dans la convention du 17 mars 2022, "
          "prévoit la réhabili|tation thermique de 418 logements en deux tranches : 156 logements en 2025, "
          "puis 262 logements en 2026 et 2027. Les locataires consacrent aujourd'hui en moyenne 1 140 € par an "
          f"au chauffage et à l'eau chaude. Les {FL}ux de signalements d'impayés d'énergie reçus par le CCAS "
          "ont doublé depuis 2021."),
    ("p", "Les retours d'expérience d'autres quartiers montrent que les gains attendus d'une réhabilitation ne "
          "sont atteints que si les habitants s'approprient les nouveaux équipements. La présente "
          f"{FI}che organise donc un accompagnement de proximité avant, pendant et après les travaux."),
    ("h", "2. Objectifs"),
    ("n", "1.", "Informer chaque ménage avant, pendant et après les travaux de réhabilitation."),
    ("n", "2.", "Réduire d'au moins 35 % les consommations de chauffage des logements réhabilités."),
    ("n", "3.", f"Prévenir les impayés d'énergie et les con{FL}its de voisinage liés aux chantiers."),
    ("n", "4.", "Favoriser l'appropriation des nouveaux équipements (ventilation, robinets thermostatiques, "
                "compteurs individuels)."),
    ("h", "3. Contenu de l'action"),
    ("n", "–", "Recrutement de deux ambassadeurs de l'énergie (postes adultes-relais) rattachés à Roncelay Habitat."),
    ("n", "–", "Une visite à domicile avant travaux et une visite six mois après la livraison, pour chacun des 418 logements."),
    ("n", "–", "Douze ateliers collectifs par an à la maison du projet : éco-gestes, lecture des factures, "
               f"aides {FI}nancières."),
    ("n", "–", "Distribution d'un kit d'économie d'eau (mousseurs, douchette, réducteurs de débit) dans chaque logement."),
    ("n", "–", "Pour les ménages en situation d'impayé d'énergie repérés lors des visites avant travaux, un accompa|gnement budgétaire individualisé assuré par "
               "le CCAS, avec mobilisation du Fonds de solidarité logement."),
    ("h", f"4. Plan de {FI}nancement prévisionnel"),
    ("table", None),
    ("h", "5. Indicateurs d'évaluation"),
    ("n", "–", "Nombre de ménages rencontrés avant travaux (cible : 418)."),
    ("n", "–", "Évolution des consommations de chauffage après travaux (cible : – 35 %)."),
    ("n", "–", "Nombre de participants aux ateliers collectifs (cible : 150 par an)."),
    ("n", "–", "Nombre de dossiers FSL énergie instruits et montant des aides accordées."),
    ("h", "6. Modalités de suivi"),
    ("p", f"Un comité de suivi de l'accompagnement, réunissant le pilote et les partenaires {FI}nanceurs, se réunit "
          "deux fois par an. Un bilan annuel est présenté au comité de pilotage du contrat de ville. "
          f"Fiche validée par le comité de pilotage du 28 novembre 2024."),
]
PA_FIN_HEAD = ["Année", "Financeur", f"Nature du {FI}nancement", "Montant"]
_PA_YEARS = {
    "2025": [40000, 32000, 15000, 9000, 4000, 8000],
    "2026": [40000, 28000, 15000, 9000, 6000, 6000],
    "2027": [40000, 24000, 15000, 9000, 8000, 4000],
}
_PA_FUNDERS = [
    ("État", "Postes adultes-relais (2 ambassadeurs)"),
    ("Roncelay Habitat", "Abattement de TFPB"),
    ("CA du Val de Mévrine", f"Crédits spéci{FI}ques politique de la ville"),
    ("Ville de Roncelay-sur-Mévrine", "Mise à disposition du CCAS"),
    ("CAF", f"Co{FI}nancement des ateliers collectifs"),
    ("Région", "Fonds régional pour la transition énergétique"),
]


def _eur(n):
    s = f"{n:,}".replace(",", " ")
    return f"{s} €"


def pa_fin_rows():
    rows = []
    total = 0
    for year, amounts in _PA_YEARS.items():
        for (funder, nature), amount in zip(_PA_FUNDERS, amounts, strict=True):
            rows.append(([year, funder, nature, _eur(amount)], False))
        sub = sum(amounts)
        total += sub
        rows.append(([f"Sous-total {year}", "", "", _eur(sub)], True))
    rows.append((["Total 2025-2027", "", "", _eur(total)], True))
    assert total == 312000
    return rows


# ---------------------------------------------------------------------------
# 4. Town 2 mission sheet: Markdown with YAML front matter
# ---------------------------------------------------------------------------
MD = """---
title: "Point d'étape à mi-parcours du NPNRU des Verrières – Vaudrecourt"
date: 2023-11-20
author: "Orbe Conseil Territoires – Amina Toubal"
tags: [NPNRU, point d'étape, relogement, réhabilitation, Vaudrecourt, Verrières]
---

# Point d'étape à mi-parcours du NPNRU des Verrières

*Vaudrecourt – quartier des Verrières*

## Fiche d'identité

| Champ | Valeur |
|---|---|
| Type de mission | Évaluation – point d'étape à mi-parcours |
| Maître d'ouvrage | Pays de Vaudrecourt Agglomération |
| Années | 2023 (7 mois, de mars à septembre) |
| Site | Vaudrecourt, quartier des Verrières |
| Équipe | Orbe Conseil Territoires : Julien Caradec (directeur associé), Amina Toubal (chargée de mission), Pierre-Yves Gaudemar (économiste de la construction) |
| Montant de la mission | 64 800 € HT |
| Acteurs | État (préfecture, DDT), ANRU, Action Logement, Banque des Territoires, Ville de Vaudrecourt, Vaudrecourt Habitat, Habitat Concorde, conseil citoyen des Verrières |
| Montant du projet | 94 M€ TTC, dont 27 M€ de concours de l'ANRU |
| Programme | 188 démolitions, 188 logements reconstitués, 356 réhabilitations, 174 ménages à reloger |

## Contexte

Construit à la fin des années 1960 sur le site de l'ancienne verrerie, le quartier des Verrières compte 5 100 habitants et 1 720 logements sociaux répartis entre Vaudrecourt Habitat et Habitat Concorde. La convention NPNRU a été signée le 5 juillet 2021. Deux ans plus tard, l'agglomération a souhaité disposer d'un regard extérieur avant la revue de projet organisée avec l'ANRU le 12 octobre 2023.

Le programme prévoit la démolition de la tour Émeraude (60 logements), de la barre des Faïenciers (84 logements) et de la barre Opaline (44 logements), ainsi que la réhabilitation de 356 logements conservés.

## Enjeux identifiés

- **Tenir le calendrier**
  - le relogement de la barre des Faïenciers conditionne l'enchaînement des opérations
  - la reconstitution de l'offre hors site accuse 14 mois de retard
- **Maîtriser les coûts**
  - hausse des prix des travaux de 18 % depuis la signature de la convention
  - plan de financement à réinterroger avant la revue de projet
- **Associer les habitants**
  - conseil citoyen de 16 membres, peu mobilisé sur le volet urbain
  - maison du projet ouverte en janvier 2022, rue des Souffleurs

## Contenu de la mission

- Phase 1 – Bilan (mars à mai 2023)
  - 38 entretiens individuels avec les élus, les techniciens et les partenaires
  - analyse des tableaux de bord de relogement et de suivi des chantiers
  - visite de site avec la cheffe de projet NPNRU de l'agglomération
- Phase 2 – Perspectives (juin à septembre 2023)
  - 2 ateliers avec les habitants (41 participants au total)
  - 1 séminaire partenarial le 14 septembre 2023
  - note de recommandations en vue de la revue de projet

## État d'avancement au 30 juin 2023

| Opération | Objectif de la convention | Réalisé au 30/06/2023 | Taux de réalisation |
|---|---|---|---|
| Ménages relogés | 174 ménages | 97 ménages relogés | 56 % |
| Logements démolis | 188 logements | 60 logements (tour Émeraude) | 32 % |
| Logements réhabilités (label BBC rénovation) | 356 logements | 124 logements livrés | 35 % |
| Logements reconstitués hors site | 188 logements | 42 logements livrés | 22 % |
| Heures d'insertion | 52 000 heures | 21 300 heures réalisées | 41 % |

*Source : tableaux de bord de Pays de Vaudrecourt Agglomération, Vaudrecourt Habitat et Habitat Concorde.*

## Principales recommandations

1. Engager un avenant à la convention pour intégrer la hausse des coûts, estimée à 6,2 M€.
2. Mobiliser les logements neufs d'Habitat Concorde pour accélérer le relogement des 77 ménages restants.
3. Confier au conseil citoyen le suivi d'un « baromètre chantier » semestriel.
4. Reporter à 2025 le lancement de la seconde tranche de réhabilitation (232 logements).
"""


# ---------------------------------------------------------------------------
# 5. Town 2 article: two-column agency magazine PDF
# ---------------------------------------------------------------------------
MAG_HEADER = "Villes en Chantier – n° 58 – mars 2024"
MAG_FOOTER = "Villes en Chantier, le magazine de l'Agence régionale Habitat & Quartiers"
MAG_FIRST_PAGE_NO = 22
MAG_RUBRIQUE = "TERRAIN | RENOUVELLEMENT URBAIN"
MAG_TITLE = "Vaudrecourt : aux Verrières, la réhabilitation avant la démolition"
MAG_CHAPO = ("Engagé en 2021, le projet de renouvellement urbain des Verrières franchit une étape symbolique avec "
             "la déconstruction de la barre des Faïenciers. Retour sur un chantier où les bailleurs ont choisi de "
             "rénover les logements conservés avant d'abattre les autres.")
MAG_BYLINE = "Par Mathilde Kervella"
MAG_BLOCKS = [
    ("p", "Il aura fallu deux ans et demi pour vider les 84 logements de la barre des Faïenciers, construite en 1967 "
          "en bordure de la rocade. Les pelles mécaniques y sont entrées le 15 janvier 2024 ; la déconstruction doit "
          "durer onze mois. Le bâtiment, bien connu des Vaudrecourtois pour sa façade de carreaux bleus, laissera "
          "place à un parc de 1,6 hectare. La tour Émeraude, ses 60 logements et ses quatorze étages avaient déjà "
          "disparu du paysage au printemps 2023."),
    ("h", "Un relogement presque achevé"),
    ("p", "Au 31 décembre 2023, 131 des 174 ménages concernés par les démolitions avaient été relogés, soit 75 %. "
          "Parmi eux, 48 ont quitté le quartier prioritaire pour un autre secteur de l'agglomération. Les 43 ménages "
          "restants vivent dans la barre Opaline, dont la démolition est programmée pour 2026. « Ce sont souvent "
          "les situations les plus complexes : grandes familles, personnes âgées très attachées au quartier », "
          "reconnaît Nathalie Prunier, responsable du relogement chez Vaudrecourt Habitat."),
    ("h", "La réhabilitation d'abord"),
    ("p", "Singularité du projet : les deux bailleurs, Vaudrecourt Habitat et Habitat Concorde, ont lancé la "
          "réhabilitation des logements conservés avant les démolitions. Fin 2023, 212 des 356 logements concernés "
          "avaient été livrés. Isolation par l'extérieur, menuiseries neuves, raccordement au réseau de chaleur "
          "urbain en remplacement des chaudières collectives : les logements passent de l'étiquette F à "
          "l'étiquette B, sans hausse de loyer. Le coût moyen des travaux atteint 58 000 euros par logement."),
    ("quote", "« On ne démolit pas un quartier, on démolit des murs. Les gens, eux, restent nos voisins. »",
              "Sylvie Darrigade, maire de Vaudrecourt"),
    ("p", "Pour les locataires, le choix a changé la perception du projet. « Quand on a vu les premières façades "
          "refaites, on a compris que ce n'était pas un quartier qu'on abandonnait », témoigne une habitante de la "
          "rue des Souffleurs, membre du conseil citoyen."),
    ("h", "Une maison du projet très fréquentée"),
    ("p", "Ouverte en janvier 2022 rue des Souffleurs, la maison du projet a reçu 3 400 visiteurs depuis son "
          "ouverture. Elle est animée par deux médiatrices de Vaudrecourt Habitat et accueille chaque mois une "
          "permanence de l'architecte-urbaniste du projet, l'agence Lignes & Reliefs."),
    ("p", "Côté emploi, les clauses d'insertion ont permis de réaliser 29 400 heures de travail à la fin de 2023, "
          "pour un objectif de 52 000 heures, au bénéfice de 63 habitants. « Le chantier des Faïenciers en apportera "
          "près de 6 000 de plus », estime Bernard Kerjean, vice-président de l'agglomération chargé de la "
          "politique de la ville."),
    ("h", "Un avenant en préparation"),
    ("p", "La revue de projet d'octobre 2023 avec l'ANRU a confirmé la nécessité d'un avenant : la hausse des coûts "
          "de construction pèse sur l'équilibre d'un projet de 94 millions d'euros. Le document doit être présenté "
          "au comité d'engagement de l'ANRU avant l'été 2024. D'ici là, la seconde tranche de réhabilitation, "
          "qui concerne les derniers logements conservés, reste suspendue à l'arbitrage des financeurs."),
    ("h", "Un parc à la place de la barre"),
    ("p", "Le futur parc des Verriers, dessiné par l'agence Lignes & Reliefs, occupera l'emprise de la barre "
          "des Faïenciers et une partie du parking voisin. Son aménagement, estimé à "
          "2,3 millions d'euros, doit débuter en 2025 pour une ouverture au printemps 2026. Trois ateliers "
          "organisés à l'automne 2023 ont réuni 85 habitants autour de la maquette du projet."),
    ("p", "Parmi les demandes retenues figurent une aire de jeux pour les adolescents, des jardins partagés et un "
          "éclairage renforcé le long du cheminement qui mène à la gare. « Les enfants du quartier ont dessiné "
          "les premiers plans avec nous ; ce parc sera aussi le leur », souligne la paysagiste du projet. La Ville "
          "assurera la gestion du site, avec l'appui de la régie de quartier pour l'entretien des jardins."),
    ("box", "Repères", [
        "5 100 habitants aux Verrières",
        "94\u00a0M€ de coût total, dont 27\u00a0M€ de l'ANRU et 8\u00a0M€ de prêts d'Action Logement",
        "188 logements démolis et autant reconstitués",
        "356 logements réhabilités",
        "2029 : achèvement prévu du projet",
    ]),
]


# ---------------------------------------------------------------------------
# 6. Town 2 action sheet: TXT exported from Word (tabs, CRLF, Latin-1)
# ---------------------------------------------------------------------------
TXT = """CONTRAT DE VILLE 2024-2030 - PAYS DE VAUDRECOURT AGGLOMERATION
Pilier 3 - Cadre de vie et renouvellement urbain

FICHE ACTION 3.1.4
Accompagner les habitants des Verrières pendant les chantiers du renouvellement urbain

Intitulé de l'action :\tAccompagnement des locataires pendant les chantiers de réhabilitation et de démolition
Quartier :\tLes Verrières (Vaudrecourt)
Pilote :\tVaudrecourt Habitat (direction de la gestion locative)
Copilote :\tVille de Vaudrecourt, service politique de la ville
Partenaires :\tHabitat Concorde, Pays de Vaudrecourt Agglomération, Etat (délégué du préfet), conseil citoyen des Verrières, régie de quartier Verrières Services, entreprises titulaires des marchés de travaux
Public visé :\tles 356 ménages des logements réhabilités et les riverains des démolitions de la barre des Faïenciers et de la barre Opaline
Calendrier :\tjanvier 2024 - décembre 2026
Coût total :\t246 000 euros sur trois ans

Contexte
Le NPNRU des Verrières, dont la convention a été signée le 5 juillet 2021, entre dans sa phase la plus intense : jusqu'à neuf chantiers seront ouverts simultanément dans le quartier en 2024. Une enquête conduite par le conseil citoyen en 2023 auprès de 210 locataires montre que 58 % d'entre eux se disent mal informés du calendrier des travaux. Les réclamations liées aux chantiers (bruit, poussière, coupures d'eau, accès aux halls) sont aujourd'hui traitées en 9 jours en moyenne.

Objectifs
- Informer chaque locataire avant le démarrage des travaux qui le concernent.
- Limiter les nuisances et traiter rapidement les réclamations.
- Faire des chantiers un moment de dialogue entre habitants, bailleurs et entreprises.

Contenu de l'action
1) Recrutement d'un médiateur chantier (1 ETP) par Vaudrecourt Habitat, présent dans le quartier du lundi au vendredi.
2) Aménagement d'un appartement témoin au 12, rue des Souffleurs, pour présenter aux locataires les prestations de la réhabilitation avant le démarrage des travaux.
3) Réunions d'information par cage d'escalier, au moins un mois avant chaque intervention.
4) Numéro vert "Chantiers Verrières" ouvert de 8 h à 19 h, avec un délai de réponse de 48 heures pour les réclamations.
5) Diagnostics en marchant trimestriels avec le conseil citoyen et la régie de quartier.
6) Un "café chantier" mensuel à la maison du projet.

Plan de financement (en euros)
Financeur\t2024\t2025\t2026\tTotal
Vaudrecourt Habitat (abattement TFPB)\t30 000\t30 000\t20 000\t80 000
Habitat Concorde (abattement TFPB)\t12 000\t12 000\t8 000\t32 000
Etat (crédits politique de la ville)\t20 000\t20 000\t20 000\t60 000
Pays de Vaudrecourt Agglomération\t15 000\t15 000\t10 000\t40 000
Ville de Vaudrecourt\t12 000\t12 000\t10 000\t34 000
Total\t89 000\t89 000\t68 000\t246 000

Indicateurs d'évaluation
Indicateur\tValeur de référence (2023)\tCible 2026
Locataires se déclarant bien informés du calendrier des travaux\t42 %\t75 %
Délai moyen de traitement des réclamations\t9 jours\t2 jours
Participants aux cafés chantier\t-\t30 par séance

Modalités de suivi
Comité technique trimestriel animé par le pilote ; bilan annuel présenté au comité de pilotage du contrat de ville.
Fiche validée en comité de pilotage le 11 décembre 2023.
"""


# ===========================================================================
# Writers
# ===========================================================================
def write_html():
    with open(os.path.join(OUT, FN_HTML), "wb") as f:
        f.write(HTML.encode("utf-8"))


def write_md():
    with open(os.path.join(OUT, FN_MD), "wb") as f:
        f.write(MD.encode("utf-8"))


def write_txt():
    data = TXT.replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1")
    with open(os.path.join(OUT, FN_TXT), "wb") as f:
        f.write(data)


def _normalise_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes, same member order."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def write_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

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
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(DOCX_FOOTER)
    r.font.size = Pt(8)
    # PAGE field
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r2._r.append(el)

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
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "li":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(DOCX_TABLE), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(DOCX_TABLE):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    paras = val if isinstance(val, list) else [val]
                    cell.text = paras[0]
                    for extra in paras[1:]:
                        cell.add_paragraph(extra)
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()

    fn = doc.add_paragraph()
    fr = fn.add_run(DOCX_FOOTNOTE)
    fr.italic = True
    fr.font.size = Pt(8)

    cp = doc.core_properties
    cp.author = "Atelier Méridienne Conseil"
    cp.last_modified_by = "Atelier Méridienne Conseil"
    cp.title = DOCX_TITLE
    cp.subject = "Fiche mission"
    cp.keywords = "NPNRU; relogement; Argilières; Roncelay-sur-Mévrine"
    cp.comments = ""
    cp.category = "Références"
    cp.revision = 3
    fixed = datetime(2024, 1, 15, 10, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    with open(os.path.join(OUT, FN_DOCX), "wb") as f:
        f.write(_normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------
def _add_fonts(pdf, family, regular, bold=None, italic=None, bold_italic=None):
    pdf.add_font(family, "", os.path.join(FONT_DIR, regular))
    if bold:
        pdf.add_font(family, "B", os.path.join(FONT_DIR, bold))
    if italic:
        pdf.add_font(family, "I", os.path.join(FONT_DIR, italic))
    if bold_italic:
        pdf.add_font(family, "BI", os.path.join(FONT_DIR, bold_italic))


def _wrap(pdf, text, width):
    """Greedy word wrap. A word containing '|' is split there (prefix + '-')
    at the end of the line it starts on, forcing a typeset hyphenation."""
    words = text.split(" ")
    lines, cur = [], ""
    hyphenated = 0
    for w in words:
        if "|" in w:
            pre, post = w.split("|")
            cand = (cur + " " + pre + "-") if cur else pre + "-"
            if pdf.get_string_width(cand) <= width:
                lines.append(cand)
                cur = post
                hyphenated += 1
                continue
            w = pre + post
        cand = (cur + " " + w) if cur else w
        if pdf.get_string_width(cand) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines, hyphenated



def write_pdf_action():
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
    pdf.set_author("Communauté d'agglomération du Val de Mévrine")
    pdf.set_subject("Contrat de ville 2024-2030 – fiche action")
    pdf.set_creator("Mise en page : service communication, CA du Val de Mévrine")
    pdf.set_margins(18, 17, 18)
    pdf.set_auto_page_break(True, margin=18)
    _add_fonts(pdf, "dv", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("dv", "B", 13)
    pdf.set_text_color(20, 70, 120)
    pdf.cell(0, 7, PA_TITLE1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 11)
    pdf.multi_cell(0, 5.5, PA_TITLE2, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    pdf.set_font("dv", "", 8.5)
    label_style = FontFace(emphasis="BOLD", fill_color=(225, 234, 244))
    with pdf.table(col_widths=(32, W - 32), first_row_as_headings=False, line_height=4.4,
                   text_align=("LEFT", "LEFT"), padding=1.2) as table:
        for label, value in PA_FORM:
            row = table.row()
            row.cell(label, style=label_style)
            row.cell(value)
    pdf.ln(2)

    hyph_total = 0
    body_size, lh = 8.5, 4.1

    def heading(text):
        pdf.ln(1)
        pdf.set_font("dv", "B", 9.5)
        pdf.set_text_color(20, 70, 120)
        pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    def lines_out(lines, x, w):
        for ln in lines:
            if pdf.will_page_break(lh):
                pdf.add_page()
            pdf.set_x(x)
            pdf.cell(w, lh, ln, new_x="LMARGIN", new_y="NEXT")

    for block in PA_BLOCKS:
        kind = block[0]
        if kind == "h":
            heading(block[1])
        elif kind == "p":
            pdf.set_font("dv", "", body_size)
            lines, h = _wrap(pdf, block[1], W)
            hyph_total += h
            lines_out(lines, pdf.l_margin, W)
            pdf.ln(1.2)
        elif kind == "n":
            pdf.set_font("dv", "", body_size)
            ind = 6
            lines, h = _wrap(pdf, block[2], W - ind)
            hyph_total += h
            if pdf.will_page_break(lh):
                pdf.add_page()
            pdf.set_x(pdf.l_margin)
            pdf.cell(ind, lh, block[1])
            pdf.cell(W - ind, lh, lines[0], new_x="LMARGIN", new_y="NEXT")
            lines_out(lines[1:], pdf.l_margin + ind, W - ind)
        elif kind == "table":
            pdf.set_font("dv", "", 8)
            head_style = FontFace(emphasis="BOLD", fill_color=(20, 70, 120), color=(255, 255, 255))
            sub_style = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
            with pdf.table(col_widths=(30, 46, 74, W - 150), line_height=4.6, headings_style=head_style,
                           text_align=("LEFT", "LEFT", "LEFT", "RIGHT"), padding=1.2,
                           repeat_headings=1) as table:
                hr = table.row()
                for c in PA_FIN_HEAD:
                    hr.cell(c)
                for cells, bold in pa_fin_rows():
                    r = table.row()
                    for c in cells:
                        r.cell(c, style=sub_style if bold else None)
            pdf.ln(2)
    assert hyph_total == 2, hyph_total
    assert pdf.page_no() == 2, pdf.page_no()
    pdf.output(os.path.join(OUT, FN_PDF_ACTION))


def write_pdf_magazine():
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("se", "I", 8)
            self.set_text_color(110, 110, 110)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, MAG_HEADER, align="L")
            self.set_xy(self.l_margin, 9)
            self.set_font("se", "B", 8)
            self.cell(0, 4, "Villes en Chantier", align="R")
            self.set_draw_color(190, 40, 40)
            self.set_line_width(0.6)
            self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_line_width(0.2)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font("se", "", 7.5)
            self.set_text_color(110, 110, 110)
            pg = MAG_FIRST_PAGE_NO + self.page_no() - 1
            if self.page_no() % 2:
                self.cell(0, 4, f"{pg}   |   {MAG_FOOTER}", align="L")
            else:
                self.cell(0, 4, f"{MAG_FOOTER}   |   {pg}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(MAG_TITLE)
    pdf.set_author(MAG_BYLINE.replace("Par ", ""))
    pdf.set_subject(MAG_HEADER)
    pdf.set_creator("Villes en Chantier – maquette")
    pdf.set_margins(16, 18, 16)
    pdf.set_auto_page_break(False)
    _add_fonts(pdf, "se", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
               "DejaVuSerif-BoldItalic.ttf")
    _add_fonts(pdf, "sa", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    gutter = 7
    colw = (W - gutter) / 2
    bottom = pdf.h - 18

    pdf.set_y(19)
    pdf.set_font("sa", "B", 8)
    pdf.set_text_color(190, 40, 40)
    pdf.cell(0, 5, MAG_RUBRIQUE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("se", "B", 18)
    pdf.multi_cell(0, 8, MAG_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("se", "BI", 10)
    pdf.multi_cell(0, 5, MAG_CHAPO, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("sa", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, MAG_BYLINE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    state = {"col": 0, "top": pdf.get_y(), "y": pdf.get_y()}
    col2_top = {}

    def col_x():
        return pdf.l_margin + state["col"] * (colw + gutter)

    def next_col():
        if state["col"] == 0:
            state["col"] = 1
            state["y"] = col2_top.get(pdf.page_no(), state["top"])
        else:
            pdf.add_page()
            state["col"] = 0
            state["top"] = 19
            state["y"] = 19

    def ensure(h):
        if state["y"] + h > bottom:
            next_col()

    def put_lines(lines, lh, indent=0.0, align="L"):
        for ln in lines:
            ensure(lh)
            pdf.set_xy(col_x() + indent, state["y"])
            pdf.cell(colw - indent, lh, ln, align=align)
            state["y"] += lh

    def draw_box(title, items):
        """Sidebar box drawn at the top of the right-hand column of page 1."""
        pdf.set_font("sa", "", 8.5)
        wrapped = [_wrap(pdf, it, colw - 10)[0] for it in items]
        nlines = sum(len(w) for w in wrapped)
        h = 8 + nlines * 4.3 + len(items) * 1.2 + 3
        x, y0 = col_x(), state["y"]
        pdf.set_fill_color(238, 242, 247)
        pdf.set_draw_color(20, 70, 120)
        pdf.rect(x, y0, colw, h, style="DF")
        pdf.set_xy(x + 3, y0 + 2)
        pdf.set_font("sa", "B", 10)
        pdf.set_text_color(20, 70, 120)
        pdf.cell(colw - 6, 5, title.upper())
        pdf.set_text_color(0, 0, 0)
        state["y"] = y0 + 8
        pdf.set_font("sa", "", 8.5)
        for w in wrapped:
            pdf.set_xy(x + 3, state["y"])
            pdf.cell(4, 4.3, "\u2022")
            put_lines(w, 4.3, indent=7)
            state["y"] += 1.2
        return y0 + h + 5

    box = [b for b in MAG_BLOCKS if b[0] == "box"][0]
    state["col"] = 1
    col2_top[1] = draw_box(box[1], box[2])
    state["col"] = 0
    state["y"] = state["top"]

    body_lh = 4.7
    for block in MAG_BLOCKS:
        kind = block[0]
        if kind == "box":
            continue
        if kind == "p":
            pdf.set_font("se", "", 9.5)
            lines, _ = _wrap(pdf, block[1], colw)
            put_lines(lines, body_lh)
            state["y"] += 2
        elif kind == "h":
            pdf.set_font("sa", "B", 10)
            ensure(6 + 3 * body_lh)
            state["y"] += 1.5
            pdf.set_text_color(190, 40, 40)
            lines, _ = _wrap(pdf, block[1], colw)
            put_lines(lines, 5.5)
            pdf.set_text_color(0, 0, 0)
            state["y"] += 1
        elif kind == "quote":
            pdf.set_font("se", "BI", 13)
            qlines, _ = _wrap(pdf, block[1], colw - 4)
            pdf.set_font("sa", "", 8)
            alines, _ = _wrap(pdf, "– " + block[2], colw - 4)
            h = len(qlines) * 6.2 + len(alines) * 4.2 + 8
            ensure(h)
            y0 = state["y"] + 1
            pdf.set_draw_color(190, 40, 40)
            pdf.set_line_width(0.5)
            pdf.line(col_x(), y0, col_x() + colw, y0)
            state["y"] = y0 + 2.5
            pdf.set_font("se", "BI", 13)
            pdf.set_text_color(190, 40, 40)
            put_lines(qlines, 6.2, indent=2)
            pdf.set_text_color(60, 60, 60)
            pdf.set_font("sa", "", 8)
            put_lines(alines, 4.2, indent=2)
            pdf.set_text_color(0, 0, 0)
            y1 = state["y"] + 1.5
            pdf.line(col_x(), y1, col_x() + colw, y1)
            pdf.set_line_width(0.2)
            state["y"] = y1 + 3
    pdf.output(os.path.join(OUT, FN_PDF_MAG))
    return colw, gutter


def main():
    os.makedirs(OUT, exist_ok=True)
    write_html()
    write_docx()
    write_pdf_action()
    write_md()
    write_pdf_magazine()
    write_txt()
    for fn in sorted(os.listdir(OUT)):
        print(fn, os.path.getsize(os.path.join(OUT, fn)))


if __name__ == "__main__":
    main()
