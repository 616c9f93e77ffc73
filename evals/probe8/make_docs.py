#!/usr/bin/env python3
"""Generate the five probe8 test documents (fictional towns, fictional people, Alpine setting).

Town 1: Pont-de-Séveronne, quartier des Carlines (Grand Séveronne Agglomération)
    - fiche-mission-amo-pilotage-financier-npnru-carlines-pont-de-severonne.pdf
        (consultancy mission sheet, 2021-2024; fields in a two-column grid, ruled tables)
    - fiche-action-2-3-2-precarite-energetique-carlines-pont-de-severonne.docx
        (contract-of-city action sheet; form table, financing table in k€, undated working draft)
    - article-courrier-de-la-severonne-carlines-tour-edelweiss-foudroyee.txt
        (regional daily, plain text with a dateline, September 2025)
Town 2: Lanvérieux, quartier du Plan-des-Gentianes (Communauté d'agglomération du Pays de Lanvérieux)
    - article-agence-urbanisme-lanverieux-plan-des-gentianes-mi-parcours.html
        (urban-planning agency web article, June 2025, sidebar of key figures)
    - releve-decisions-copil-npnru-plan-des-gentianes-lanverieux-octobre-2025.md
        (steering-committee record of decisions, October 2025, Markdown tables)

The documents of a town overlap on purpose (same neighbourhood, same bodies, figures planned by
the convention against figures measured later, an amendment's dossier against the amendment
signed), so that retrieval among them is hard.

All text is held in this script; running it again rewrites the five files byte-for-byte
(fixed PDF/DOCX metadata dates, fixed zip timestamps).

Run from the repository root: python evals/probe8/make_docs.py
"""
import io
import os
import zipfile
from datetime import UTC, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

FIXED_DT = datetime(2024, 10, 7, 8, 30, 0, tzinfo=UTC)

FN_PDF = "fiche-mission-amo-pilotage-financier-npnru-carlines-pont-de-severonne.pdf"
FN_DOCX = "fiche-action-2-3-2-precarite-energetique-carlines-pont-de-severonne.docx"
FN_TXT = "article-courrier-de-la-severonne-carlines-tour-edelweiss-foudroyee.txt"
FN_HTML = "article-agence-urbanisme-lanverieux-plan-des-gentianes-mi-parcours.html"
FN_MD = "releve-decisions-copil-npnru-plan-des-gentianes-lanverieux-octobre-2025.md"


# ---------------------------------------------------------------------------
# 1. Town 1 mission sheet: PDF from a consultancy, fields in a two-column grid
# ---------------------------------------------------------------------------
PM_HEADER_LEFT = "Névé Conseil Urbain"
PM_HEADER_RIGHT = "Références – Renouvellement urbain"
PM_FOOTER = "Névé Conseil Urbain – 14, quai des Tanneurs – Pont-de-Séveronne"
PM_KICKER = "FICHE RÉFÉRENCE"
PM_TITLE = ("Assistance à maîtrise d'ouvrage pour le pilotage et l'ingénierie financière "
            "du NPNRU des Carlines")
PM_SUBTITLE = "Pont-de-Séveronne – quartier des Carlines"

# Two label/value pairs per row; a pair given alone spans the whole width.
PM_GRID = [
    (("Type de mission", "AMO pilotage de projet et ingénierie financière"),
     ("Maître d'ouvrage", "Grand Séveronne Agglomération (direction de l'habitat et du "
                          "renouvellement urbain)")),
    (("Années", "Septembre 2021 – août 2024 (36 mois)"),
     ("Montant de la mission", "162 400 € HT, dont une tranche optionnelle de 19 800 € HT")),
    (("Site", "Pont-de-Séveronne (34 800 habitants), quartier des Carlines (5 900 habitants)"),
     ("Montant du projet", "104,6 M€ TTC, dont 31,2 M€ de subventions de l'ANRU")),
    (("Équipe", "Névé Conseil Urbain (mandataire) : Solène Gattaz-Brunet, directrice de mission ; "
                "Mathis Perrollaz, chargé d'études financières ; Inès Ferhat, chargée de "
                "concertation. Atelier Lauzes (cotraitant, paysage et espaces publics) : "
                "Bastien Guillot-Rey, paysagiste"),),
    (("Acteurs", "État (préfecture, DDT), ANRU, Action Logement, Banque des Territoires, Région "
                 "Auvergne-Rhône-Alpes, Département, Grand Séveronne Agglomération, Ville de "
                 "Pont-de-Séveronne, Séveronne Habitat, Alpes Logis Solidaire, régie Séveronne "
                 "Énergies, conseil citoyen des Carlines"),),
    (("Programme", "236 démolitions, 200 logements sociaux reconstitués (dont 140 hors site), "
                   "520 réhabilitations, 310 résidentialisations, pôle de services publics des "
                   "Carlines"),),
]

PM_BLOCKS = [
    ("h", "1. Contexte"),
    ("p", "Construit entre 1962 et 1974 sur la terrasse alluviale de la Séveronne, le quartier des "
          "Carlines regroupe 2 260 logements, dont 1 930 logements sociaux : 1 410 appartiennent à "
          "Séveronne Habitat et 520 à Alpes Logis Solidaire. Le revenu médian y est de 11 900 € par "
          "unité de consommation, contre 21 300 € pour l'ensemble de la commune."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 5 mars 2021, prévoit la "
          "démolition de la tour Edelweiss (112 logements), de la barre des Mélèzes (84 logements) "
          "et de l'immeuble Arolle (40 logements), la réhabilitation de 520 logements au niveau "
          "BBC rénovation et la construction d'un pôle de services publics réunissant une maison "
          "France services et une médiathèque, estimé à 7,4 M€."),
    ("h", "2. Enjeux de la mission"),
    ("p", "Le projet compte 19 opérations physiques portées par cinq maîtres d'ouvrage et financées "
          "par neuf partenaires. Entre 2021 et 2023, l'indice du coût de la construction a progressé "
          "de 14 %, ce qui menaçait l'équilibre de plusieurs opérations."),
    ("p", "L'agglomération, qui porte la direction de projet, souhaitait s'adjoindre une équipe "
          "capable de tenir la maquette financière à jour, de sécuriser les demandes de subventions "
          "et d'associer les habitants aux choix d'aménagement des espaces publics."),
    ("h", "3. Contenu de la mission"),
    ("b", "Animation du comité technique mensuel et préparation des comités de pilotage "
          "semestriels, coprésidés par le président de l'agglomération et le maire de "
          "Pont-de-Séveronne."),
    ("b", "Mise à jour trimestrielle de la maquette financière des 19 opérations."),
    ("b", "Montage de 41 demandes de versement de subventions auprès de l'ANRU, de la Région et du "
          "Département."),
    ("b", "Préparation de la revue de projet du 14 juin 2023 avec la délégation territoriale de "
          "l'ANRU."),
    ("b", "Conduite de 9 ateliers de concertation et de 3 balades urbaines, qui ont réuni "
          "92 habitants autour du futur mail central."),
    ("b", "Rédaction du dossier d'avenant n° 1 à la convention (tranche optionnelle)."),
    ("h", "4. Calendrier"),
    ("table", "phases"),
    ("h", "5. Plan de financement de la convention"),
    ("p", "Le tableau reprend la maquette financière annexée à la convention du 5 mars 2021 "
          "(montants en millions d'euros TTC)."),
    ("table", "finance"),
    ("h", "6. Résultats"),
    ("p", "À la fin de la mission, en août 2024, l'immeuble Arolle avait été démoli (mai 2023) et la "
          "barre des Mélèzes était en cours de désamiantage. 188 des 214 ménages à reloger avaient "
          "quitté leur logement, 236 réhabilitations avaient été livrées et 58 % des crédits de "
          "l'ANRU étaient engagés."),
    ("p", "Le dossier d'avenant, remis en juin 2024, porte le coût du projet à 113,9 M€. Il tient "
          "compte du surcoût des réhabilitations, du passage du pôle de services de 7,4 à 9,9 M€ et "
          "du raccordement de 310 logements supplémentaires au réseau de chaleur."),
    ("note", "Montants du projet toutes taxes comprises ; montant de la mission hors taxes."),
]

PM_TABLES = {
    "phases": {
        "widths": (62, 48, None),
        "rows": [
            ["Phase", "Période", "Livrables"],
            ["Phase 1 – Diagnostic financier", "Septembre à décembre 2021",
             "Maquette financière consolidée, revue des 19 opérations"],
            ["Phase 2 – Pilotage et suivi", "Janvier 2022 à mars 2024",
             "Tableaux de bord trimestriels, demandes de versement"],
            ["Phase 3 – Avenant", "Avril à août 2024", "Dossier d'avenant n° 1"],
        ],
    },
    "finance": {
        "widths": (58, 24, 20, None),
        "rows": [
            ["Financeur", "Montant (M€)", "Part", "Nature"],
            ["ANRU", "31,2", "29,8 %", "Subventions"],
            ["Action Logement", "8,4", "8,0 %", "Prêts bonifiés aux bailleurs"],
            ["Banque des Territoires", "10,9", "10,4 %", "Prêts PRU et crédits d'ingénierie"],
            ["Région", "7,3", "7,0 %", "Subventions aux réhabilitations et au pôle de services"],
            ["Département", "4,1", "3,9 %", "Subventions aux espaces publics"],
            ["Grand Séveronne Agglomération", "9,6", "9,2 %", "Fonds propres et réseau de chaleur"],
            ["Ville de Pont-de-Séveronne", "11,8", "11,3 %", "Autofinancement des équipements"],
            ["Bailleurs sociaux", "21,3", "20,4 %", "Fonds propres et emprunts"],
            ["Total", "104,6", "100 %", ""],
        ],
    },
}


# ---------------------------------------------------------------------------
# 2. Town 1 action sheet: DOCX, form table, financing table in k€
# ---------------------------------------------------------------------------
DX_HEADER = "Contrat de ville « Engagements Quartiers 2030 » – Grand Séveronne Agglomération"
DX_FOOTER = "Fiche action 2.3.2 – version 2 – document de travail"
DX_PILIER = "Pilier 2 – Cadre de vie, habitat et transition écologique"
DX_TITLE = "FICHE ACTION 2.3.2"
DX_SUBTITLE = "Réduire la précarité énergétique des ménages des Carlines"
DX_FORM = [
    ("Quartier", "Les Carlines (Pont-de-Séveronne)"),
    ("Pilote", "Grand Séveronne Agglomération, service habitat et transition énergétique"),
    ("Copilote", "Séveronne Habitat"),
    ("Partenaires", "Alpes Logis Solidaire, Ville de Pont-de-Séveronne (CCAS), Département (fonds de "
                    "solidarité logement), régie Séveronne Énergies (réseau de chaleur), association "
                    "Les Ambassadeurs de l'énergie, CAF, conseil citoyen des Carlines"),
    ("Public visé", "Les 1 930 ménages locataires du parc social des Carlines, en priorité les "
                    "ménages des immeubles qui ne seront pas réhabilités avant 2027"),
    ("Calendrier", "Janvier 2025 – décembre 2027"),
    ("Coût total", "486 k€ sur trois ans"),
    ("Référente", "Laurine Brunier-Coulin, chargée de mission transition énergétique à "
                  "l'agglomération"),
]
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Près de quatre logements sociaux sur dix aux Carlines (38 %) relèvent encore des "
          "étiquettes énergétiques E, F ou G. Le réseau de chaleur alimenté par la chaufferie bois "
          "dessert 1 240 logements du quartier ; les autres sont chauffés au gaz individuel ou à "
          "l'électricité."),
    ("p", "En 2023, 402 ménages du quartier ont sollicité le fonds de solidarité logement pour payer "
          "une facture d'énergie, contre 265 en 2021. La dépense moyenne de chauffage d'un T3 non "
          "réhabilité atteint 1 180 € par an, contre 640 € dans un T3 réhabilité."),
    ("p", "Les réhabilitations du NPNRU n'y suffisent pas : les habitudes de chauffage et "
          "d'aération, les appareils énergivores et la méconnaissance des aides pèsent aussi sur "
          "les factures."),
    ("h1", "2. Objectifs"),
    ("li", "Accompagner 600 ménages à domicile en trois ans, dont 250 dans des logements "
           "réhabilités."),
    ("li", "Réduire de 15 % la consommation d'énergie des ménages accompagnés."),
    ("li", "Diviser par deux le nombre de ménages des Carlines aidés par le fonds de solidarité "
           "logement pour une facture d'énergie."),
    ("h1", "3. Contenu de l'action"),
    ("ol", "Trois ambassadeurs de l'énergie, recrutés en contrat adulte-relais par l'association "
           "Les Ambassadeurs de l'énergie, réalisent des visites à domicile de 90 minutes."),
    ("ol", "Distribution de 1 200 kits d'économie d'eau et d'énergie (ampoules LED, mousseurs, "
           "multiprises à interrupteur)."),
    ("ol", "Un appartement pédagogique, aménagé au rez-de-chaussée du 7, rue du Grand-Pic, est "
           "ouvert le mercredi et le vendredi après-midi."),
    ("ol", "Les nouveaux locataires des logements réhabilités sont accueillis par une démonstration "
           "des robinets thermostatiques et de la ventilation double flux."),
    ("ol", "Un atelier collectif se tient chaque mois à la maison du projet : lecture des factures, "
           "chèque énergie, éco-gestes."),
    ("ol", "Les impayés d'énergie repérés par les bailleurs, le CCAS et le Département sont "
           "examinés en commission tous les deux mois."),
    ("h1", "4. Plan de financement (en k€)"),
    ("table", "finance"),
    ("p", "Les abattements de TFPB sont valorisés au titre des conventions d'utilisation signées "
          "par les deux bailleurs avec l'État, la Ville et l'agglomération."),
    ("h1", "5. Indicateurs d'évaluation"),
    ("table", "indicators"),
    ("h1", "6. Suivi"),
    ("p", "Un comité de suivi trimestriel, animé par l'agglomération, réunit les bailleurs, le CCAS, "
          "le Département et l'association. Un bilan annuel est présenté au comité de pilotage du "
          "contrat de ville ; l'évaluation finale sera confiée à un prestataire extérieur en 2027."),
    ("note", "Version 2 – document de travail soumis au comité technique du contrat de ville."),
]
DX_FIN_HEAD = ["Financeur", "Nature", "2025", "2026", "2027", "Total"]
DX_FIN_ROWS = [
    ("Grand Séveronne Agglomération", "Coordination et appartement pédagogique", 48, 48, 48),
    ("Séveronne Habitat", "Abattement de TFPB (sur-accompagnement des locataires)", 40, 40, 36),
    ("Alpes Logis Solidaire", "Abattement de TFPB (visites à domicile)", 14, 14, 12),
    ("État", "Adultes-relais et crédits politique de la ville", 30, 30, 26),
    ("Département", "Fonds de solidarité logement, volet prévention", 20, 20, 20),
    ("Ville de Pont-de-Séveronne", "CCAS et kits d'économie d'énergie", 14, 14, 12),
]
DX_INDICATORS = [
    ["Indicateur", "Situation de départ", "Cible 2027"],
    ["Ménages accompagnés à domicile (cumul)", "0", "600"],
    ["Ménages des Carlines aidés par le FSL pour l'énergie", "402 (2023)", "200"],
    ["Consommation des ménages accompagnés", "Relevé à la première visite", "- 15 %"],
    ["Participants aux ateliers collectifs, par an", "45 (2024)", "150"],
]


def dx_fin_rows():
    rows = [DX_FIN_HEAD]
    totals = [0, 0, 0]
    for funder, nature, *amounts in DX_FIN_ROWS:
        rows.append([funder, nature, *[str(a) for a in amounts], str(sum(amounts))])
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
    rows.append(["Total", "", *[str(t) for t in totals], str(sum(totals))])
    assert sum(totals) == 486, totals
    assert totals == [166, 166, 154], totals
    return rows


# ---------------------------------------------------------------------------
# 3. Town 1 press article: plain text with a dateline
# ---------------------------------------------------------------------------
TXT = """LE COURRIER DE LA SÉVERONNE
Accueil > Pont-de-Séveronne > Urbanisme

Aux Carlines, la tour Edelweiss s'est effondrée en huit secondes

Quinze étages, 112 logements et un demi-siècle d'histoire : la plus haute tour du quartier des Carlines a été foudroyée dimanche matin. Revu à la hausse en mars, le projet de renouvellement urbain entre dans sa dernière ligne droite.

Par Margaux Challamel-Dufour
Publié le 22/09/2025 à 06h15

Partager : Facebook | X | LinkedIn | E-mail

PONT-DE-SÉVERONNE, 22 septembre 2025 - Il était 10 h 30 précises, dimanche, quand 186 kilos d'explosifs ont fait plier la tour Edelweiss. En huit secondes, ses quinze étages se sont affaissés dans un nuage de poussière, sous les yeux d'environ 2 000 curieux massés derrière les barrières installées le long de la Séveronne. Dès 7 heures, 640 riverains avaient été évacués dans un périmètre de 250 mètres ; ils ont pu regagner leur domicile peu après midi.

Construite en 1971, la tour a perdu ses derniers occupants en février. « J'y ai élevé mes trois enfants. Ça fait un pincement, mais on vivait avec les moisissures », glisse Yvette Chappaz, 78 ans, relogée au printemps dans un logement neuf de Séveronne Habitat, rue des Sorbiers.

Le tri des gravats durera quatre mois. Selon Séveronne Habitat, 92 % des 23 000 tonnes de matériaux seront valorisés ; le béton concassé servira de sous-couche à la future voie qui traversera le quartier du nord au sud.

Tous les ménages relogés

Au total, 214 ménages devaient être relogés au titre des trois démolitions du projet. « Le dernier bail a été signé le 30 juin », précise Nadège Bouvard-Mollaret, directrice générale de Séveronne Habitat. 61 d'entre eux, soit 29 %, ont quitté le quartier prioritaire, et 83 ont emménagé dans un logement neuf ou livré depuis moins de cinq ans. Pour 71 % des ménages, le reste à charge (loyer et charges, déduction faite des aides au logement) a baissé ou est resté stable.

Un avenant de 9,6 millions d'euros

Signé le 12 mars 2025 par l'ANRU et ses partenaires, l'avenant n° 1 à la convention porte le coût total du projet de 104,6 à 114,2 millions d'euros. L'ANRU y ajoute 2,3 millions d'euros, ce qui porte sa contribution à 33,5 millions. « La hausse des prix du bâtiment nous a rattrapés, mais nous n'avons renoncé à aucune opération », assure Gilles Mermoud, président de Grand Séveronne Agglomération.

Le pôle de services publics, qui réunira une maison France services et une médiathèque au cœur du quartier, coûtera finalement 10,3 millions d'euros. Ses travaux commenceront en janvier, pour une ouverture prévue au printemps 2027.

Des factures de chauffage en baisse

Côté réhabilitations, 344 des 520 logements prévus ont été livrés. Dans les immeubles rénovés et raccordés au réseau de chaleur bois, la facture de chauffage d'un T3 est passée de 1 180 à 655 euros par an, selon les premiers relevés du bailleur.

Prochaine étape : la barre des Mélèzes, dont la démolition par grignotage doit commencer en novembre et durer sept mois. Sur l'emprise de la tour Edelweiss, Alpes Logis Solidaire construira à partir de 2027 un programme de 36 logements en accession sociale à la propriété.

« Les Carlines ne seront plus le quartier qu'on regarde de loin », veut croire la maire, Corinne Ravanel-Jacquier.

Cet article vous a été utile ? Abonnez-vous au Courrier de la Séveronne pour 1 € le premier mois.
© Le Courrier de la Séveronne - Tous droits réservés
"""


# ---------------------------------------------------------------------------
# 4. Town 2 agency web article: HTML, sidebar of key figures
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Plan-des-Gentianes : un projet d'intérêt régional à mi-parcours | Agence d'urbanisme du Pays de Lanvérieux</title>
<meta name="description" content="Lanvérieux : trois ans et demi après la signature de la convention, le renouvellement urbain du Plan-des-Gentianes livre ses premiers résultats.">
<meta property="og:site_name" content="Agence d'urbanisme du Pays de Lanvérieux">
<meta property="article:published_time" content="2025-06-24T10:00:00+02:00">
<link rel="stylesheet" href="/theme/aupl.min.css">
</head>
<body class="single-post">

<div id="cookie-notice" role="dialog">
  <p>Ce site utilise des cookies de mesure d'audience. <a href="/confidentialite/">En savoir plus</a></p>
  <button>J'accepte</button> <button>Je refuse</button>
</div>

<header class="site-header">
  <a class="logo" href="/">AUPL · Agence d'urbanisme du Pays de Lanvérieux</a>
  <nav class="main-nav">
    <ul>
      <li><a href="/l-agence/">L'agence</a></li>
      <li><a href="/observatoires/">Observatoires</a></li>
      <li><a href="/publications/">Publications</a></li>
      <li><a href="/actualites/">Actualités</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>

<main class="content-area">
<div class="layout">
<article class="post">
  <p class="post-category"><a href="/actualites/habitat/">Habitat &amp; renouvellement urbain</a></p>
  <h1>Plan-des-Gentianes : un projet d'intérêt régional à mi-parcours</h1>
  <p class="post-meta">Publié le <time datetime="2025-06-24">24 juin 2025</time> · Par Romane Tissot-Favre, chargée d'études habitat</p>

  <div class="post-layout">
  <div class="post-content">
    <p class="chapo">Trois ans et demi après la signature de sa convention, le projet de renouvellement urbain du Plan-des-Gentianes, à Lanvérieux, livre ses premiers résultats. L'agence a fait le point avec les partenaires.</p>

    <p>Retenu par l'ANRU comme projet d'intérêt régional, le Plan-des-Gentianes fait l'objet d'une convention signée le 30 novembre 2021 par l'ANRU, la Région, la Communauté d'agglomération du Pays de Lanvérieux, la Ville de Lanvérieux et les deux bailleurs du quartier, Combe Habitat et Le Toit alpin. Le projet représente 46,8 millions d'euros, dont 9,6 millions de subventions de l'ANRU et 5,1 millions de la Région.</p>

    <p>Construit entre 1966 et 1972 au pied du massif, le quartier compte 4&nbsp;300 habitants et 1&nbsp;600 logements, dont 1&nbsp;340 logements sociaux : 880 appartiennent à Combe Habitat et 460 au Toit alpin. Près d'un habitant sur deux (49&nbsp;%) y vit sous le seuil de pauvreté.</p>

    <h2>Démolitions et relogements</h2>

    <p>Deux immeubles doivent disparaître : la barre du Grand-Tétras (64 logements), démolie entre octobre 2024 et mars 2025, et le plot des Myrtilles (32 logements), dont la démolition est programmée en 2026. Sur les 87 ménages à reloger, 71 l'avaient été fin mai 2025 ; 23 d'entre eux ont choisi un logement hors du quartier.</p>

    <p>Les 96 logements démolis seront reconstitués un pour un, dont 72 hors du quartier prioritaire, dans six communes de l'agglomération.</p>

    <h2>La promenade des Alpages, premier grand espace public du projet</h2>

    <p>Au cœur du projet, la promenade des Alpages remplacera le parking de 240 places qui coupait le quartier en deux. Longue de 620 mètres pour 1,6 hectare, elle reliera la future école des Trois-Cols au parc de la Combe. Ses travaux, d'un montant de 3,2 millions d'euros, s'achèveront en septembre 2025.</p>

    <figure>
      <img src="/uploads/2025/06/promenade-alpages-chantier.jpg" alt="Chantier de la promenade des Alpages" width="1200" height="675">
      <figcaption>La promenade des Alpages en chantier, en mai 2025. © AUPL</figcaption>
    </figure>

    <p>« Nous avons planté 180 arbres, en majorité des essences locales capables de supporter les épisodes de sécheresse », explique Aurélien Dunand-Sauthier, paysagiste de l'agence Serac Paysages, qui a conçu l'aménagement.</p>

    <h2>Réhabilitations : les premiers chiffres</h2>

    <p>Combe Habitat a engagé la réhabilitation de 284 logements en trois tranches. La première, les 96 logements de la résidence Les Clarines, a été livrée en avril 2025 : isolation par l'extérieur, remplacement des menuiseries, ventilation hygroréglable. Le coût moyen atteint 58&nbsp;000 euros par logement.</p>

    <p>La reconstruction de l'école des Trois-Cols, estimée à 8,4 millions d'euros, débutera en 2026.</p>

    <h2>Le regard de l'agence</h2>

    <p>Pour l'agence, le principal enjeu reste la mixité : 84&nbsp;% des logements du quartier sont sociaux, et la diversification repose sur 48 logements en accession prévus sur l'ancien parking à partir de 2027. « Sans une école attractive, ces logements ne trouveront pas preneur », souligne Romane Tissot-Favre, qui suit le projet pour l'agence.</p>
  </div>

  <aside class="sidebar-chiffres">
    <h3>Chiffres clés</h3>
    <ul>
      <li>4&nbsp;300 habitants, 1&nbsp;600 logements dont 1&nbsp;340 logements sociaux</li>
      <li>46,8 M€ : coût du projet inscrit à la convention du 30 novembre 2021</li>
      <li>9,6 M€ de l'ANRU, 5,1 M€ de la Région et 2,9 M€ de prêts d'Action Logement</li>
      <li>96 logements démolis, 96 reconstitués, 284 réhabilités</li>
      <li>1,6 ha pour la promenade des Alpages</li>
      <li>2029 : achèvement prévu du projet</li>
    </ul>
  </aside>
  </div>

  <p class="post-tags">Étiquettes : <a href="/tag/npnru/">NPNRU</a>, <a href="/tag/lanverieux/">Lanvérieux</a>, <a href="/tag/espaces-publics/">espaces publics</a></p>
</article>

<section class="related-posts">
  <h2>Sur le même sujet</h2>
  <ul>
    <li><a href="/actualites/observatoire-du-logement-social-2024/">Observatoire du logement social : l'édition 2024</a></li>
    <li><a href="/actualites/quartiers-prioritaires-nouvelle-geographie/">Quartiers prioritaires : ce que change la nouvelle géographie</a></li>
  </ul>
</section>
</div>
</main>

<footer class="site-footer">
  <p>Agence d'urbanisme du Pays de Lanvérieux · 5, avenue des Glaciers · Lanvérieux</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/accessibilite/">Accessibilité</a> · <a href="/plan-du-site/">Plan du site</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 5. Town 2 steering-committee record of decisions: Markdown
# ---------------------------------------------------------------------------
MD = """---
title: "Comité de pilotage du NPNRU du Plan-des-Gentianes - relevé de décisions"
date: 2025-10-16
author: "Direction de projet NPNRU, Communauté d'agglomération du Pays de Lanvérieux"
---

# Comité de pilotage du projet de renouvellement urbain du Plan-des-Gentianes

**Relevé de décisions – séance du 16 octobre 2025**

**Lieu :** hôtel de communauté, salle du Mont-Froid, Lanvérieux
**Coprésidence :** Hervé Baud-Grasset, président de la Communauté d'agglomération du Pays de Lanvérieux, et Marie-Agnès Falquet, maire de Lanvérieux
**Rédaction :** Élodie Pernet-Mugnier, directrice de projet NPNRU

## Participants

- Thomas Ancelin, sous-préfet chargé de la politique de la ville
- Delphine Raffin, déléguée territoriale adjointe de l'ANRU
- Karim Bensaïd, conseiller régional délégué au renouvellement urbain
- Sylvie Orcel, directrice territoriale de la Banque des Territoires
- Fabien Marquet, Action Logement Services
- Jean-Luc Vittoz, directeur général de Combe Habitat
- Chloé Amblard, directrice de la maîtrise d'ouvrage du Toit alpin
- Nadia Khelifi et Robert Gavend, membres du conseil citoyen du Plan-des-Gentianes

## 1. Avancement au 30 septembre 2025

| Opération | Prévu par la convention de 2021 | Réalisé au 30 septembre 2025 |
|---|---|---|
| Logements démolis | 96 | 64 |
| Ménages relogés | 87 | 79 |
| Logements reconstitués et livrés | 96 | 30 |
| Logements réhabilités et livrés | 284 | 96 |
| Heures d'insertion | 21 000 | 12 650 |
| Crédits de l'ANRU engagés | 9,6 M€ | 6,1 M€ |

La promenade des Alpages a été inaugurée le 19 septembre 2025. Son coût final s'établit à 3,45 M€, soit 250 000 € de plus que prévu, en raison du renforcement des réseaux d'eaux pluviales sous la promenade.

Les heures d'insertion ont été réalisées pour 46 % par des habitants du Plan-des-Gentianes ; 38 personnes en ont bénéficié, dont 11 ont signé depuis un contrat de plus de six mois.

## 2. Avenant n° 1 à la convention

Le projet d'avenant n° 1 porte le coût du projet de 46,8 à 49,3 M€ TTC. La hausse de 2,5 M€ tient pour 1,6 M€ à l'école des Trois-Cols, dont le coût passe de 8,4 à 10,0 M€, et pour 0,9 M€ à la deuxième tranche de réhabilitation de Combe Habitat.

Le surcoût est réparti comme suit :

| Financeur | Part du surcoût |
|---|---|
| ANRU | 0,8 M€ |
| Région | 0,6 M€ |
| Ville de Lanvérieux | 0,5 M€ |
| Département | 0,3 M€ |
| Combe Habitat | 0,3 M€ |
| Total | 2,5 M€ |

L'avenant sera présenté au comité d'engagement de l'ANRU en janvier 2026 ; sa signature est attendue au printemps 2026.

## 3. Relogement et démolitions

Huit ménages du plot des Myrtilles restent à reloger ; le relogement s'achèvera en décembre 2025. La démolition du plot commencera en mars 2026 et durera cinq mois. Les 30 logements reconstitués déjà livrés se situent dans deux communes de la première couronne.

## 4. Décisions

1. Le comité valide le projet d'avenant n° 1 et la répartition de son surcoût.
2. Le comité approuve le dossier de consultation des entreprises de l'école des Trois-Cols : travaux de juin 2026 à juillet 2028, ouverture à la rentrée de septembre 2028.
3. Une étude de marché de 70 000 € HT sur les 48 logements en accession de l'ancien parking est lancée, cofinancée à parts égales par la Banque des Territoires et l'agglomération.
4. La maison du projet, 2, place des Clarines, restera ouverte jusqu'à la fin du projet ; elle ouvrira aussi le samedi matin à partir de novembre 2025.
5. Le conseil citoyen désignera deux représentants au jury de l'école des Trois-Cols.

*Prochain comité de pilotage : mars 2026.*
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 14, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def _shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def write_docx():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    base = doc.styles["Normal"]
    base.font.name = "Arial"
    base.font.size = Pt(10)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = DX_HEADER
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = DX_FOOTER
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in fp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run(DX_PILIER)
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x8C)
    doc.add_heading(DX_TITLE, level=0)
    p = doc.add_paragraph()
    r = p.add_run(DX_SUBTITLE)
    r.bold = True
    r.font.size = Pt(13)

    form = doc.add_table(rows=len(DX_FORM), cols=2)
    form.style = "Table Grid"
    form.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (label, value) in enumerate(DX_FORM):
        lc, vc = form.cell(i, 0), form.cell(i, 1)
        lc.text = label
        vc.text = value
        lc.width, vc.width = Cm(3.6), Cm(13.4)
        _shade(lc, "DCE6F0")
        for run in lc.paragraphs[0].runs:
            run.bold = True
    doc.add_paragraph()

    for kind, text in DX_SECTIONS:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "li":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "ol":
            doc.add_paragraph(text, style="List Number")
        elif kind == "note":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(8)
        elif kind == "table":
            rows = dx_fin_rows() if text == "finance" else DX_INDICATORS
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    par = cell.paragraphs[0]
                    if text == "finance" and j >= 2:
                        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if i == 0:
                        _shade(cell, "2E5E8C")
                        for run in par.runs:
                            run.bold = True
                            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                    elif text == "finance" and i == len(rows) - 1:
                        for run in par.runs:
                            run.bold = True
            doc.add_paragraph()

    cp = doc.core_properties
    cp.author = "Grand Séveronne Agglomération"
    cp.last_modified_by = "Grand Séveronne Agglomération"
    cp.title = f"{DX_TITLE} – {DX_SUBTITLE}"
    cp.subject = "Contrat de ville – fiche action"
    cp.keywords = "contrat de ville; précarité énergétique; Carlines; Pont-de-Séveronne"
    cp.comments = ""
    cp.category = "Fiche action"
    cp.revision = 2
    fixed = datetime(2025, 1, 20, 14, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    buf = io.BytesIO()
    doc.save(buf)
    with open(os.path.join(OUT, FN_DOCX), "wb") as f:
        f.write(_normalise_zip(buf.getvalue()))


def write_text(name, text):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode("utf-8"))


def write_pdf():
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    accent = (120, 40, 60)

    class PDF(FPDF):
        def header(self):
            self.set_font("dvs", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, PM_HEADER_LEFT, align="L")
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, PM_HEADER_RIGHT, align="R")
            self.set_draw_color(*accent)
            self.set_line_width(0.4)
            self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.set_y(19)

        def footer(self):
            self.set_y(-12)
            self.set_font("dvs", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 4, PM_FOOTER, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(PM_TITLE)
    pdf.set_author("Névé Conseil Urbain")
    pdf.set_subject("Fiche référence – " + PM_SUBTITLE)
    pdf.set_creator("Névé Conseil Urbain")
    pdf.set_margins(20, 19, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("dvs", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("dvs", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("dvs", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("dvs", "B", 8)
    pdf.set_text_color(*accent)
    pdf.cell(0, 5, PM_KICKER, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dvs", "B", 13)
    pdf.multi_cell(0, 6.2, PM_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dvs", "I", 10)
    pdf.cell(0, 6, PM_SUBTITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    # Fields: a ruled grid, two label/value pairs side by side.
    pdf.set_font("dvs", "", 8)
    label_style = FontFace(emphasis="BOLD", fill_color=(244, 228, 232))
    lw = 26
    vw = (W - 2 * lw) / 2
    with pdf.table(col_widths=(lw, vw, lw, vw), first_row_as_headings=False, line_height=4.2,
                   text_align="LEFT", padding=1.3) as table:
        for pairs in PM_GRID:
            row = table.row()
            if len(pairs) == 2:
                for label, value in pairs:
                    row.cell(label, style=label_style)
                    row.cell(value)
            else:
                label, value = pairs[0]
                row.cell(label, style=label_style)
                row.cell(value, colspan=3)
    pdf.ln(4)

    for kind, *rest in PM_BLOCKS:
        if kind == "h":
            if pdf.will_page_break(20):
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("dvs", "B", 10)
            pdf.set_text_color(*accent)
            pdf.cell(0, 6, rest[0], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "p":
            pdf.set_font("dvs", "", 9)
            pdf.multi_cell(0, 4.6, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font("dvs", "", 9)
            pdf.set_x(pdf.l_margin)
            pdf.cell(5, 4.6, "•")
            pdf.multi_cell(W - 5, 4.6, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.6)
        elif kind == "note":
            pdf.ln(2)
            pdf.set_font("dvs", "I", 7.5)
            pdf.multi_cell(0, 4, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            spec = PM_TABLES[rest[0]]
            rows = spec["rows"]
            fixed = [w for w in spec["widths"] if w is not None]
            widths = [w if w is not None else W - sum(fixed) for w in spec["widths"]]
            pdf.set_font("dvs", "", 8)
            head = FontFace(emphasis="BOLD", fill_color=accent, color=(255, 255, 255))
            total = FontFace(emphasis="BOLD", fill_color=(236, 236, 236))
            with pdf.table(col_widths=widths, line_height=4.4, headings_style=head,
                           text_align="LEFT", padding=1.2) as table:
                for cells in rows:
                    r = table.row()
                    bold = rest[0] == "finance" and cells[0] == "Total"
                    for c in cells:
                        r.cell(c, style=total if bold else None)
            pdf.ln(3)
    pdf.output(os.path.join(OUT, FN_PDF))


def main():
    os.makedirs(OUT, exist_ok=True)
    write_pdf()
    write_docx()
    write_text(FN_TXT, TXT)
    write_text(FN_HTML, HTML)
    write_text(FN_MD, MD)
    for fn in sorted(os.listdir(OUT)):
        print(fn, os.path.getsize(os.path.join(OUT, fn)))


if __name__ == "__main__":
    main()
