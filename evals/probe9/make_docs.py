#!/usr/bin/env python3
"""Generate the five probe9 test documents (fictional towns, fictional people and firms).

Town 1: Port-Trévanne, quartier de Kerhoël (Trévanne Océan Agglomération, Brittany coast)
    - fiche-mission-mous-relogement-npnru-kerhoel-port-trevanne.docx
        (consultancy mission sheet, 2021-2024; labelled fields in a two-column table, lists, tables)
    - article-courrier-du-ponant-kerhoel-barre-des-haubans-avenant.html
        (regional daily, March 2025; headline, dateline, byline, quotes, box of key figures)
    - compte-rendu-copil-npnru-kerhoel-port-trevanne-decembre-2025.txt
        (steering-committee record, December 2025, plain text)
Town 2: Vernoulès, quartier de Combelonge (Communauté d'agglomération du Grand Vernoulès, Massif Central)
    - fiche-action-3-2-1-relogement-parcours-residentiels-combelonge-vernoules.pdf
        (contract-of-city action sheet; form, objectives, indicators, financing plan in k€ by year)
    - article-urbalys-combelonge-vernoules-mi-parcours-npnru.md
        (urban-planning agency news article, October 2025, Markdown tables)

The documents of a town overlap on purpose (same neighbourhood, same bodies, figures planned
against figures measured later, an amendment voted then signed, two budgets, several people with
close roles), so that retrieval among them is hard.

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

Run from the repository root: python evals/probe9/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")

FN_DOCX = "fiche-mission-mous-relogement-npnru-kerhoel-port-trevanne.docx"
FN_HTML = "article-courrier-du-ponant-kerhoel-barre-des-haubans-avenant.html"
FN_TXT = "compte-rendu-copil-npnru-kerhoel-port-trevanne-decembre-2025.txt"
FN_PDF = "fiche-action-3-2-1-relogement-parcours-residentiels-combelonge-vernoules.pdf"
FN_MD = "article-urbalys-combelonge-vernoules-mi-parcours-npnru.md"

ZIP_DT = (2024, 9, 16, 10, 0, 0)
DOCX_DATE = "2024-09-16T10:00:00Z"
PDF_DATE = "D:20240405093000+02'00'"


# ---------------------------------------------------------------------------
# 1. Town 1 mission sheet: DOCX from a consultancy
# ---------------------------------------------------------------------------
DX_HEADER = "Noroît Conseil – Références : habitat et renouvellement urbain"
DX_FOOTER = "Noroît Conseil – 7, rue des Cordiers – Port-Trévanne"
DX_KICKER = "FICHE MISSION"
DX_TITLE = "Maîtrise d'œuvre urbaine et sociale (MOUS) relogement du NPNRU de Kerhoël"
DX_SUBTITLE = "Port-Trévanne – quartier de Kerhoël"
DX_FIELDS = [
    ("Type de mission", "Maîtrise d'œuvre urbaine et sociale (MOUS) relogement et assistance à "
                        "maîtrise d'ouvrage pour la mise en œuvre de la charte de relogement"),
    ("Client", "Trévanne Océan Agglomération (direction de l'habitat et de la politique de la "
               "ville), en groupement de commandes avec Trévanne Habitat"),
    ("Référente client", "Gaëlle Dréano, cheffe de projet relogement à Trévanne Océan "
                         "Agglomération"),
    ("Site", "Port-Trévanne (41 500 habitants), quartier de Kerhoël (quartier prioritaire de la "
             "politique de la ville, 5 300 habitants)"),
    ("Période", "Février 2021 – juin 2024 (41 mois)"),
    ("Montant", "214 600 € HT, dont une tranche optionnelle de 26 400 € HT ; mission cofinancée à "
                "50 % par l'ANRU au titre de l'ingénierie"),
    ("Équipe", "Noroît Conseil (mandataire) : Maëlle Kerbiriou-Nédélec, directrice de mission ; "
               "Yannick Tanguy-Le Moing, chargé de relogement ; Soazig Hamonic, conseillère en "
               "économie sociale et familiale. Atelier Laminaire (cotraitant, sociologie urbaine) : "
               "Tugdual Quéméner-Saliou, sociologue"),
    ("Acteurs", "État (sous-préfecture, DDTM), ANRU, Action Logement, Banque des Territoires, "
                "Région Bretagne, Département, Trévanne Océan Agglomération, Ville de "
                "Port-Trévanne, Trévanne Habitat, Ker Avel Logement, CCAS, CAF, conseil citoyen de "
                "Kerhoël"),
    ("Projet", "96,8 M€ TTC (convention du 9 juillet 2020), dont 27,4 M€ de subventions de l'ANRU ; "
               "252 démolitions, 210 logements sociaux reconstitués (dont 150 hors QPV), "
               "640 réhabilitations, 420 résidentialisations, reconstruction du groupe scolaire "
               "des Embruns"),
]
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Bâti entre 1965 et 1976 sur les hauteurs du port de pêche, le quartier de Kerhoël compte "
          "2 050 logements, dont 1 870 logements sociaux : 1 480 appartiennent à Trévanne Habitat "
          "et 390 à Ker Avel Logement. Le taux de pauvreté y atteint 44 %, contre 15 % dans "
          "l'ensemble de la commune."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 9 juillet 2020, prévoit "
          "la démolition de la tour Misaine (96 logements), de la barre des Haubans (120 logements) "
          "et de l'immeuble Grand-Largue (36 logements), tous propriétés de Trévanne Habitat. Au "
          "lancement de la mission, 231 de ces 252 logements étaient occupés."),
    ("h1", "2. Enjeux de la mission"),
    ("p", "Les ménages à reloger étaient souvent installés depuis longtemps : 38 % des titulaires "
          "de bail avaient plus de 60 ans et 27 % vivaient seuls. Beaucoup souhaitaient rester "
          "près du port et du marché couvert."),
    ("p", "La charte intercommunale de relogement, adoptée par la conférence intercommunale du "
          "logement le 15 décembre 2020, fixe trois objectifs : reloger au moins 40 % des ménages "
          "hors QPV, en reloger 30 % dans un logement neuf ou conventionné depuis moins de cinq "
          "ans, et maîtriser le reste à charge des ménages."),
    ("h1", "3. Prestations"),
    ("li", "Enquête sociale et entretien individuel au domicile de chacun des 231 ménages."),
    ("li", "Tenue du tableau de bord partagé des relogements et animation d'une commission "
           "relogement mensuelle avec les bailleurs, Action Logement, le CCAS et l'État."),
    ("li", "Recherche de logements adaptés auprès des bailleurs du territoire, propositions et "
           "organisation des visites."),
    ("li", "Aide au déménagement et à l'installation : ouverture des compteurs, transfert des aides "
           "au logement, changement d'adresse."),
    ("li", "Suivi de chaque ménage six mois après son relogement et enquête de satisfaction."),
    ("li", "Rédaction du bilan de relogement transmis à l'ANRU (tranche optionnelle)."),
    ("h1", "4. Calendrier"),
    ("table", "phases"),
    ("h1", "5. Résultats"),
    ("p", "À la fin de la mission, en juin 2024, 197 des 231 ménages avaient été relogés ; les "
          "34 ménages restants habitaient tous la barre des Haubans. 66 ménages (34 %) ont été "
          "relogés dans un logement neuf ou conventionné depuis moins de cinq ans et 88 % ont un "
          "reste à charge égal ou inférieur à celui qu'ils supportaient avant."),
    ("p", "Destination des ménages relogés au 30 juin 2024 :"),
    ("table", "destinations"),
    ("p", "Au total, 139 ménages, soit 71 %, ont quitté le quartier prioritaire. L'enquête de "
          "satisfaction conduite six mois après le déménagement, à laquelle 151 ménages ont "
          "répondu, donne 83 % de ménages satisfaits ou très satisfaits de leur nouveau logement."),
    ("note", "Montant de la mission hors taxes ; montant du projet toutes taxes comprises, avant "
             "avenant."),
]
DX_TABLES = {
    "phases": [
        ["Phase", "Période", "Livrables"],
        ["Phase 1 – Enquête sociale", "Février à septembre 2021",
         "Diagnostic des 231 ménages, plan de relogement"],
        ["Phase 2 – Immeuble Grand-Largue et tour Misaine", "Octobre 2021 à décembre 2022",
         "35 et 84 ménages relogés"],
        ["Phase 3 – Barre des Haubans", "Janvier 2023 à juin 2024",
         "Tableau de bord, bilan de relogement"],
    ],
    "destinations": [
        ["Destination", "Ménages", "Part"],
        ["Kerhoël (sur site)", "58", "29 %"],
        ["Autres quartiers de Port-Trévanne", "96", "49 %"],
        ["Autres communes de l'agglomération", "31", "16 %"],
        ["Hors agglomération", "12", "6 %"],
        ["Total", "197", "100 %"],
    ],
}
DX_WIDTHS = {"phases": [3600, 2600, 3400], "destinations": [5400, 2000, 2200]}


# ---------------------------------------------------------------------------
# 2. Town 1 press article: HTML, regional daily
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Kerhoël : la barre des Haubans tombera à l'automne, le projet coûtera 7,5 millions de plus – Le Courrier du Ponant</title>
<meta name="description" content="Le conseil communautaire de Trévanne Océan Agglomération a voté l'avenant à la convention de renouvellement urbain de Kerhoël.">
<meta name="author" content="Gaël Trémorin">
<meta property="article:published_time" content="2025-03-13T06:30:00+01:00">
</head>
<body>
<header class="site-header">
  <p class="brand">Le Courrier du Ponant</p>
  <nav>
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/port-trevanne/">Port-Trévanne</a></li>
      <li><a href="/pays-de-trevanne/">Pays de Trévanne</a></li>
      <li><a href="/mer/">Mer et pêche</a></li>
      <li><a href="/sports/">Sports</a></li>
    </ul>
  </nav>
</header>

<main>
<article class="article">
  <p class="rubrique">Port-Trévanne · Logement</p>
  <h1>Kerhoël : la barre des Haubans tombera à l'automne, le projet coûtera 7,5 millions de plus</h1>
  <p class="chapo">Le conseil communautaire de Trévanne Océan Agglomération a voté lundi l'avenant à la convention de renouvellement urbain du quartier. Les derniers locataires de la barre des Haubans doivent partir avant l'été.</p>
  <p class="signature">Par <span class="auteur">Gaël Trémorin</span> · Publié le <time datetime="2025-03-13">13 mars 2025</time> à 6 h 30</p>

  <div class="article-body">
    <p><strong>PORT-TRÉVANNE.</strong> Lundi 10 mars, les élus de Trévanne Océan Agglomération ont approuvé, par 48 voix contre 3, l'avenant n° 1 à la convention pluriannuelle de renouvellement urbain de Kerhoël. Le coût du projet passe de 96,8 à 104,3 millions d'euros. Le texte doit encore être signé par l'ANRU et par les autres partenaires ; la signature est attendue avant l'été.</p>

    <h2>Une école plus chère</h2>
    <p>La hausse de 7,5 millions d'euros tient d'abord à la reconstruction du groupe scolaire des Embruns, dont le coût grimpe de 9,6 à 13,1 millions d'euros après le choix d'un bâtiment à énergie positive et d'un restaurant scolaire agrandi. Le reste, 4 millions d'euros, vient des réhabilitations de Trévanne Habitat, renchéries par le désamiantage des cages d'escalier.</p>
    <p>L'ANRU apporte 2,1 millions d'euros supplémentaires, ce qui porte ses subventions à 29,5 millions d'euros. La Région Bretagne ajoute 1,2 million, la Ville 1,6 million et Trévanne Habitat 2,6 millions sur ses fonds propres. La Banque des Territoires complétera par un prêt au bailleur.</p>

    <h2>Sept familles encore à reloger</h2>
    <p>Sur le terrain, le relogement touche à sa fin. Selon Trévanne Habitat, 224 des 231 ménages concernés ont déjà quitté leur logement. Les sept derniers, tous locataires de la barre des Haubans, devraient être relogés d'ici juin. La démolition de la barre, 120 logements sur neuf étages, doit commencer en septembre et durer six mois.</p>
    <p>« Nous ne laisserons personne au bord du quai. Chaque famille a reçu au moins trois propositions, et plus de la moitié ont choisi de rester à Port-Trévanne », assure Erwan Le Goaster, vice-président de l'agglomération chargé de l'habitat.</p>
    <p>La tour Misaine, 96 logements, a été démolie au printemps 2024 ; l'immeuble Grand-Largue l'avait été dès 2023. Au conseil citoyen, on salue le travail accompli mais on redoute la suite. « La déconstruction de la tour Misaine a duré onze mois, avec le bruit et la poussière. Pour les Haubans, on demande un vrai calendrier et un interlocuteur », explique Nolwenn Guillou, membre du conseil citoyen de Kerhoël.</p>

    <h2>Rentrée 2026 pour l'école</h2>
    <p>Pour la maire, Annaïg Prigent-Castel, l'école reste la priorité : « Le groupe scolaire des Embruns ouvrira à la rentrée 2026. C'est la meilleure réponse à ceux qui pensent que Kerhoël est un quartier de passage. » Le chantier doit démarrer en mai.</p>
    <p>Sur les 210 logements sociaux à reconstruire, 64 ont été livrés, dont 40 dans l'écoquartier de Lann-Vraz. Les 640 réhabilitations avancent plus lentement : 212 logements ont été livrés à ce jour. Trois réunions publiques sont prévues d'ici l'été à la maison du projet.</p>
  </div>

  <aside class="encadre">
    <h3>Kerhoël en chiffres</h3>
    <ul>
      <li>5 300 habitants et 1 870 logements sociaux</li>
      <li>252 logements démolis à terme, dont 132 déjà abattus</li>
      <li>640 logements réhabilités et 420 résidentialisés</li>
      <li>104,3 M€ : coût du projet après avenant</li>
      <li>29,5 M€ de subventions de l'ANRU</li>
      <li>2031 : fin prévue des travaux</li>
    </ul>
  </aside>

  <p class="tags">Mots-clés : <a href="/tag/kerhoel/">Kerhoël</a>, <a href="/tag/renouvellement-urbain/">renouvellement urbain</a>, <a href="/tag/logement-social/">logement social</a></p>
</article>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/port-trevanne/criee-nouveaux-horaires/">Criée : les nouveaux horaires de la vente aux enchères</a></li>
    <li><a href="/pays-de-trevanne/transports-scolaires-rentree/">Transports scolaires : ce qui change à la rentrée</a></li>
  </ul>
</section>
</main>

<footer class="site-footer">
  <p>© Le Courrier du Ponant · Tous droits réservés</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/contact/">Contact</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. Town 1 steering-committee record: plain text
# ---------------------------------------------------------------------------
TXT = """TRÉVANNE OCÉAN AGGLOMÉRATION – VILLE DE PORT-TRÉVANNE
PROJET DE RENOUVELLEMENT URBAIN DE KERHOËL

COMITÉ DE PILOTAGE DU 4 DÉCEMBRE 2025
COMPTE RENDU

Port-Trévanne, le 9 décembre 2025

Lieu : maison du projet de Kerhoël, 5, rue des Goémoniers
Présidence : Erwan Le Goaster, vice-président de Trévanne Océan Agglomération chargé de l'habitat, par délégation du président, et Annaïg Prigent-Castel, maire de Port-Trévanne
Rédaction : Léna Cariou-Jaffré, directrice de projet NPNRU, Trévanne Océan Agglomération

Participants :
- Katell Omnès-Lavigne, sous-préfète chargée de la politique de la ville
- Pierre-Yves Gloaguen, délégué territorial adjoint de l'ANRU
- Servane Le Roux-Méar, direction régionale de la Banque des Territoires
- Jérôme Abgrall, Action Logement Services
- Anne-Sophie Kervella, directrice générale de Trévanne Habitat
- Armelle Guivarc'h, responsable du relogement à Trévanne Habitat
- Denis Marrec, directeur du patrimoine de Ker Avel Logement
- Morgane Le Bihan, cheffe de projet renouvellement urbain à la Ville de Port-Trévanne
- Nolwenn Guillou et Ronan Pennec, conseil citoyen de Kerhoël


1. AVANCEMENT DU PROJET AU 31 OCTOBRE 2025

L'avenant n° 1 à la convention a été signé le 23 juin 2025. Il porte le coût du projet à 104,3 M€ TTC et les subventions de l'ANRU à 29,5 M€.

Opération                          Prévu (avenant n° 1)    Réalisé au 31/10/2025
Logements démolis                  252                     132
Ménages relogés                    231                     231
Logements reconstitués livrés      210                     102
Logements réhabilités livrés       640                     388
Logements résidentialisés          420                     196
Heures d'insertion                 41 000                  27 350
Crédits de l'ANRU engagés          29,5 M€                 18,9 M€

Le relogement est achevé : le dernier ménage de la barre des Haubans a emménagé le 26 juin 2025. Le bilan final établit à 36 % la part des ménages relogés dans un logement neuf ou conventionné depuis moins de cinq ans (objectif de la charte : 30 %) et à 70 % la part des ménages relogés hors QPV (objectif : 40 %).

Le désamiantage de la barre des Haubans a commencé le 6 octobre 2025, avec un mois de retard sur le calendrier annoncé. La démolition mécanique est prévue de janvier à avril 2026.

Les heures d'insertion ont bénéficié à 57 personnes, dont 31 habitants de Kerhoël.


2. GROUPE SCOLAIRE DES EMBRUNS

Le chantier a démarré en mai 2025. L'entreprise titulaire du lot gros œuvre a été placée en redressement judiciaire en août ; le lot a été réattribué le 17 novembre 2025 pour 2,28 M€ HT. L'ouverture du groupe scolaire est reportée de la rentrée 2026 à la rentrée de septembre 2027. Les élèves restent accueillis d'ici là dans les bâtiments modulaires de la rue de l'Estran.


3. GESTION URBAINE ET SOCIALE DE PROXIMITÉ (GUSP) ET ABATTEMENT DE TFPB

La convention de GUSP 2024-2027 est pilotée par la Ville. Le diagnostic en marchant du 14 octobre 2025 a relevé 37 dysfonctionnements (éclairage, dépôts sauvages, stationnement gênant sur les emprises de chantier), dont 29 étaient traités à la date du comité.

En 2025, l'abattement de 30 % de la taxe foncière sur les propriétés bâties (TFPB) représente 318 000 € pour Trévanne Habitat et 74 000 € pour Ker Avel Logement. Il finance notamment deux gardiens supplémentaires, un chantier éducatif d'été pour 12 jeunes du quartier et le renforcement de l'enlèvement des encombrants.

Le conseil citoyen demande que le bilan d'utilisation de l'abattement lui soit présenté chaque année. La sous-préfète s'y engage pour le prochain comité.


4. POINT DU CONSEIL CITOYEN

Le conseil citoyen de Kerhoël compte 16 membres : 9 habitants tirés au sort ou volontaires et 7 représentants d'associations et d'acteurs locaux. Il a tenu 6 réunions en 2025. Il souhaite un espace de jeux provisoire sur l'emprise de la tour Misaine, restée en friche depuis la démolition, et une meilleure information sur les nuisances du chantier des Haubans.


5. DÉCISIONS

1. Le comité prend acte du report de l'ouverture du groupe scolaire des Embruns à septembre 2027 et demande un point mensuel sur le chantier.
2. Un espace de jeux provisoire de 1 800 m² sera aménagé sur l'emprise de la tour Misaine au printemps 2026, pour 85 000 € TTC financés par la Ville.
3. Le comité valide le lancement d'une étude de programmation de la halle du marché de Kerhoël, de 45 000 € HT, financée à 50 % par la Banque des Territoires.
4. Une réunion publique sur la démolition de la barre des Haubans se tiendra le 15 janvier 2026 à la salle des fêtes de Kerhoël.
5. Trévanne Habitat présentera au prochain comité le bilan d'utilisation de l'abattement de TFPB de 2025.

Prochain comité de pilotage : juin 2026.
"""


# ---------------------------------------------------------------------------
# 4. Town 2 action sheet: PDF, contract of city
# ---------------------------------------------------------------------------
PA_HEADER_LEFT = "Contrat de ville « Quartiers 2030 » du Grand Vernoulès – 2024-2030"
PA_HEADER_RIGHT = "Fiche action 3.2.1"
PA_FOOTER = "Communauté d'agglomération du Grand Vernoulès – Direction de l'habitat et de la cohésion sociale"
PA_AXE = "Axe 3 – Habitat, cadre de vie et renouvellement urbain"
PA_TITLE = "FICHE ACTION 3.2.1"
PA_SUBTITLE = "Accompagner le relogement et les parcours résidentiels des ménages de Combelonge"
PA_FORM = [
    ("Quartier prioritaire", "Combelonge (Vernoulès), 3 700 habitants"),
    ("Pilote", "Communauté d'agglomération du Grand Vernoulès, service habitat"),
    ("Copilote", "Vernoulès Habitat (office public de l'habitat)"),
    ("Partenaires", "Causses et Ségalas Habitat, Action Logement Services, État (DDETS), "
                    "Département (service social et fonds de solidarité logement), CCAS de "
                    "Vernoulès, CAF, association Traverses Logement, conseil citoyen de Combelonge"),
    ("Public visé", "Les 118 ménages des bâtiments Cardabelle et Roc-Blanc, voués à la démolition, "
                    "et les ménages de Combelonge en demande de mutation"),
    ("Durée", "Mars 2024 – décembre 2027"),
    ("Coût total", "417 k€"),
    ("Référente", "Cécile Vayssettes-Bonal, chargée de mission relogement au Grand Vernoulès"),
]
PA_BLOCKS = [
    ("h", "1. Contexte et constats"),
    ("p", "Le projet de renouvellement urbain de Combelonge, projet d'intérêt régional, prévoit la "
          "démolition du bâtiment Cardabelle (56 logements) et de la barre du Roc-Blanc "
          "(72 logements), propriétés de Vernoulès Habitat. Au 1er janvier 2024, 118 de ces "
          "128 logements étaient occupés."),
    ("p", "Les ménages concernés sont âgés : 46 % des titulaires de bail ont plus de 60 ans, et "
          "31 % disposent de ressources inférieures à 40 % des plafonds PLUS. Le marché local est "
          "détendu (9 % des logements sociaux de l'agglomération sont vacants), mais l'offre neuve "
          "reste rare et ses loyers sont plus élevés."),
    ("p", "Le relogement des ménages du bâtiment Cardabelle, engagé en 2022, a montré que les "
          "locataires âgés souhaitent rester près du centre commercial de la Croix-de-Combelonge "
          "et de leur médecin."),
    ("h", "2. Objectifs"),
    ("b", "Reloger les 118 ménages d'ici juin 2027 en leur offrant un parcours résidentiel "
          "positif."),
    ("b", "Reloger au moins 35 % des ménages dans un logement neuf ou conventionné depuis moins de "
          "cinq ans."),
    ("b", "Reloger au moins la moitié des ménages hors du quartier prioritaire."),
    ("b", "Garantir à 90 % des ménages un reste à charge égal ou inférieur à celui d'avant le "
          "relogement."),
    ("h", "3. Contenu de l'action"),
    ("b", "Une MOUS relogement, confiée par Vernoulès Habitat à un prestataire extérieur, conduit "
          "l'enquête sociale et accompagne chaque ménage jusqu'à six mois après son déménagement."),
    ("b", "Une commission relogement inter-bailleurs se réunit chaque mois sous la présidence de "
          "l'agglomération."),
    ("b", "L'association Traverses Logement accompagne de manière renforcée 30 ménages en "
          "difficulté (dettes, santé, isolement)."),
    ("b", "Vernoulès Habitat prend en charge les frais de déménagement et verse une aide à "
          "l'installation de 400 € par ménage."),
    ("b", "Un logement témoin meublé, au 4, rue des Cazelles, peut être visité par les ménages "
          "avant leur choix."),
    ("h", "4. Indicateurs"),
    ("table", "indicators"),
    ("h", "5. Plan de financement (en k€)"),
    ("table", "finance"),
    ("p", "La participation de l'ANRU correspond à 50 % du coût de la MOUS relogement, au titre de "
          "l'ingénierie du projet de renouvellement urbain."),
    ("h", "6. Suivi et évaluation"),
    ("p", "Le tableau de bord du relogement est transmis chaque trimestre au comité technique du "
          "NPNRU. Un bilan annuel est présenté au comité de pilotage du contrat de ville, présidé "
          "conjointement par le préfet et le président du Grand Vernoulès. Le bilan final du "
          "relogement sera transmis à l'ANRU en 2027."),
    ("note", "Fiche validée par le comité de pilotage du contrat de ville du 21 mars 2024."),
]
PA_INDICATORS = [
    ["Indicateur", "Valeur de référence", "Cible 2027"],
    ["Ménages relogés (cumul)", "24 (fin 2023)", "118"],
    ["Part des ménages relogés dans un logement neuf ou conventionné depuis moins de cinq ans",
     "21 % (2023)", "35 %"],
    ["Part des ménages relogés hors QPV", "38 % (2023)", "50 %"],
    ["Part des ménages dont le reste à charge n'augmente pas", "83 % (2023)", "90 %"],
    ["Taux de satisfaction six mois après le relogement", "Non mesuré", "80 %"],
]
PA_FIN_HEAD = ["Financeur", "Nature", "2024", "2025", "2026", "2027", "Total"]
PA_FIN_ROWS = [
    ("Grand Vernoulès", "Coordination, commission relogement", 22, 22, 22, 14),
    ("Vernoulès Habitat", "MOUS relogement, frais de déménagement", 48, 52, 44, 26),
    ("ANRU", "Ingénierie du relogement (50 % de la MOUS)", 24, 26, 22, 13),
    ("État (BOP 147)", "Accompagnement renforcé (Traverses Logement)", 10, 10, 10, 8),
    ("Département", "FSL accès et service social", 6, 6, 6, 4),
    ("Causses et Ségalas Habitat", "Abattement de TFPB (mutations)", 6, 6, 6, 4),
]


def pa_fin_rows():
    rows = [PA_FIN_HEAD]
    totals = [0, 0, 0, 0]
    for funder, nature, *amounts in PA_FIN_ROWS:
        rows.append([funder, nature, *[str(a) for a in amounts], str(sum(amounts))])
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
    rows.append(["Total", "", *[str(t) for t in totals], str(sum(totals))])
    assert sum(totals) == 417, totals
    return rows


# ---------------------------------------------------------------------------
# 5. Town 2 urban-planning agency article: Markdown
# ---------------------------------------------------------------------------
MD = """---
title: "À Combelonge, le renouvellement urbain à mi-parcours"
date: 2025-10-02
author: "Pauline Cabrolier, chargée d'études habitat"
publisher: "Urbalys, agence d'urbanisme du Grand Vernoulès"
tags: [NPNRU, Combelonge, relogement, Vernoulès]
---

# À Combelonge, le renouvellement urbain à mi-parcours

*Actualités de l'agence – publié le 2 octobre 2025 – par Pauline Cabrolier, chargée d'études habitat*

Cinq ans après la signature de sa convention avec l'ANRU, le quartier de Combelonge, à Vernoulès, a changé de visage au nord, tandis que le sud attend encore ses chantiers. L'agence d'urbanisme fait le point à partir des données de l'observatoire du renouvellement urbain.

## Un quartier sur le rebord du causse

Construit entre 1968 et 1979 sur le rebord du causse, Combelonge compte 1 350 logements, dont 1 120 logements sociaux : 860 appartiennent à Vernoulès Habitat et 260 à Causses et Ségalas Habitat. Ses 3 700 habitants représentent 13 % de la population de Vernoulès. Le revenu médian y est de 10 400 € par unité de consommation.

## Un projet réévalué par avenant

Le projet, d'intérêt régional, était évalué à 38,6 M€ TTC par la convention de 2020, dont 7,9 M€ de subventions de l'ANRU. L'avenant n° 1, signé le 14 février 2025, le porte à 41,2 M€, dont 8,5 M€ de l'ANRU. Il intègre la transformation de l'ancienne école du Puech en maison de santé (2,1 M€) et la hausse du coût des réhabilitations.

| Financeur | Convention de 2020 (M€) | Après l'avenant n° 1 (M€) |
|---|---|---|
| ANRU | 7,9 | 8,5 |
| Région Occitanie | 3,2 | 3,6 |
| Département | 1,8 | 2,0 |
| Grand Vernoulès | 5,4 | 5,9 |
| Ville de Vernoulès | 4,6 | 5,0 |
| Bailleurs sociaux | 13,1 | 13,5 |
| Banque des Territoires | 2,6 | 2,7 |
| **Total** | **38,6** | **41,2** |

## Où en est-on ?

| Opération | Prévu après l'avenant n° 1 | Réalisé au 30 juin 2025 |
|---|---|---|
| Logements démolis | 128 | 56 |
| Ménages relogés | 118 | 81 |
| Logements sociaux reconstitués | 84 | 26 |
| Logements réhabilités | 310 | 142 |
| Logements résidentialisés | 190 | 60 |

Le bâtiment Cardabelle a été démoli en octobre 2024. La démolition de la barre du Roc-Blanc est prévue au premier semestre 2027, une fois relogés ses 37 derniers ménages.

Parmi les 81 ménages relogés, 41 % l'ont été dans un logement neuf ou conventionné depuis moins de cinq ans, au-delà de l'objectif de 35 % fixé par le contrat de ville. En revanche, 44 % seulement ont quitté le quartier prioritaire, pour un objectif de 50 %.

« Beaucoup de locataires âgés veulent rester à Combelonge, près de leurs voisins et de la pharmacie. Nous ne les forcerons pas à partir pour tenir un ratio », explique Frédérique Andrieu-Malet, directrice de projet NPNRU au Grand Vernoulès. Côté bailleur, le suivi des familles est assuré par Matthieu Bessière-Lagarde, chargé de relogement de Vernoulès Habitat.

## La reconstitution de l'offre hors du quartier

Les 84 logements sociaux à reconstituer le seront tous hors du quartier prioritaire. Les 26 déjà livrés se répartissent entre le centre ancien de Vernoulès (18 logements en acquisition-amélioration) et la commune voisine de Lescaunac (8 logements neufs).

## Gestion de proximité

La convention de gestion urbaine et sociale de proximité réunit la Ville, l'agglomération et les deux bailleurs. En 2024, l'abattement de TFPB de Vernoulès Habitat a atteint 212 000 €, consacré pour moitié au renforcement du gardiennage. Le conseil citoyen de Combelonge, 11 membres, siège au comité de pilotage du projet.

## Et après ?

L'ancienne école du Puech doit accueillir en 2026 une maison de santé pluriprofessionnelle de 11 praticiens. La dernière tranche de réhabilitation de Causses et Ségalas Habitat, 96 logements, sera lancée la même année. La fin du projet est prévue en 2029.

*Source : observatoire du renouvellement urbain d'Urbalys, données au 30 juin 2025.*
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind="Fiche mission", company="Noroît Conseil",
        keywords="MOUS relogement; NPNRU; Kerhoël; Port-Trévanne", revision=3, date=DOCX_DATE,
        zip_dt=ZIP_DT, header_fill="1F4E79", total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PA_AXE, title=PA_TITLE, subtitle=PA_SUBTITLE,
        form=PA_FORM, form_label_w=120, blocks=PA_BLOCKS,
        tables={"indicators": (lambda: PA_INDICATORS, [260, 110]),
                "finance": (pa_fin_rows, [104, 170] + [36] * 4)},
        total_tables={"finance"}, total_rule="last", theme=probekit.THEME_BRICK,
        header_left=PA_HEADER_LEFT, header_right=PA_HEADER_RIGHT, footer=PA_FOOTER,
        author="Communauté d'agglomération du Grand Vernoulès",
        subject="Contrat de ville – fiche action", creator="Grand Vernoulès – service habitat",
        date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


def main():
    os.makedirs(OUT, exist_ok=True)
    write_docx()
    write_text(FN_HTML, HTML)
    write_text(FN_TXT, TXT)
    write_pdf()
    write_text(FN_MD, MD)
    probekit.print_sizes(OUT)


if __name__ == "__main__":
    main()
