#!/usr/bin/env python3
"""Generate the five probe10 test documents (fictional towns, fictional people and firms).

Town 1: Ardelonne, quartier des Tilleraies (Ardelonne Agglomération, Franche-Comté)
    - fiche-mission-amo-pilotage-concertation-npnru-tilleraies-ardelonne.docx
        (consultancy mission sheet, 2022-2025; labelled fields in a two-column table, lists, tables)
    - article-eclaireur-comtois-tilleraies-tour-des-loriots-relogement.html
        (regional daily, June 2025; headline, dateline, byline, quotes, box of key figures)
    - deliberation-conseil-communautaire-ardelonne-avenant-2-npnru-tilleraies.md
        (council deliberation, September 2025; vote, financing table before/after amendment)
Town 2: Haverquin, quartier des Coudrettes (Communauté d'agglomération Escaut-Haverquin, Hauts-de-France)
    - fiche-action-2-3-4-chantier-insertion-reemploi-coudrettes-haverquin.pdf
        (contract-of-city action sheet; form, objectives, indicators, financing plan in k€ by year)
    - compte-rendu-copil-npnru-coudrettes-haverquin-novembre-2025.txt
        (steering-committee record, November 2025, plain text)

The documents overlap on purpose (same kinds of bodies in both towns, figures planned against
figures measured later, an amendment announced then voted, two conseils citoyens, several people
with close roles, durations of two tower demolitions), so that retrieval among them is hard.

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

Run from the repository root: python evals/probe10/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")

FN_DOCX = "fiche-mission-amo-pilotage-concertation-npnru-tilleraies-ardelonne.docx"
FN_HTML = "article-eclaireur-comtois-tilleraies-tour-des-loriots-relogement.html"
FN_MD = "deliberation-conseil-communautaire-ardelonne-avenant-2-npnru-tilleraies.md"
FN_PDF = "fiche-action-2-3-4-chantier-insertion-reemploi-coudrettes-haverquin.pdf"
FN_TXT = "compte-rendu-copil-npnru-coudrettes-haverquin-novembre-2025.txt"

ZIP_DT = (2025, 9, 12, 15, 30, 0)
DOCX_DATE = "2025-09-12T15:30:00Z"
PDF_DATE = "D:20241216110000+01'00'"


# ---------------------------------------------------------------------------
# 1. Town 1 mission sheet: DOCX from a consultancy
# ---------------------------------------------------------------------------
DX_COMPANY = "Atelier Faîtage"
DX_HEADER = "Atelier Faîtage – Références : renouvellement urbain et participation des habitants"
DX_FOOTER = "Atelier Faîtage – 18, rue des Granges – Dijon"
DX_KICKER = "FICHE MISSION"
DX_TITLE = ("Assistance à maîtrise d'ouvrage pour le pilotage, la coordination et la concertation "
            "du NPNRU des Tilleraies")
DX_SUBTITLE = "Ardelonne – quartier des Tilleraies"
DX_KEYWORDS = "AMO; pilotage; concertation; NPNRU; Tilleraies; Ardelonne"
DX_FIELDS = [
    ("Type de mission", "Assistance à maîtrise d'ouvrage (AMO) : pilotage opérationnel, "
                        "coordination des maîtres d'ouvrage, concertation et animation de la "
                        "maison du projet"),
    ("Client", "Ardelonne Agglomération (direction du renouvellement urbain)"),
    ("Référente client", "Sophie Bourgeois-Pernot, directrice de projet NPNRU à Ardelonne "
                         "Agglomération"),
    ("Site", "Ardelonne (38 200 habitants), quartier des Tilleraies (quartier prioritaire de la "
             "politique de la ville, 6 100 habitants)"),
    ("Période", "Septembre 2022 – août 2025 (36 mois)"),
    ("Montant", "186 300 € HT, soit 223 560 € TTC, dont une tranche optionnelle de 24 000 € HT ; "
                "mission cofinancée à 50 % par l'ANRU au titre de l'ingénierie"),
    ("Équipe", "Atelier Faîtage (mandataire) : Clémence Jacquot-Vuillemin, directrice de mission ; "
               "Baptiste Grosjean, chargé de concertation ; Inès Haddadi, urbaniste, "
               "coordinatrice OPC urbain. Quartz Programmation (cotraitant) : Romain Girardot, "
               "programmiste"),
    ("Acteurs", "État (préfecture, DDT), ANRU, Action Logement, Banque des Territoires, Région "
                "Bourgogne-Franche-Comté, Département, Ardelonne Agglomération, Ville d'Ardelonne, "
                "Ardelonne Habitat, Comté Logis, conseil citoyen des Tilleraies"),
    ("Projet", "132,4 M€ TTC (convention du 18 novembre 2019), dont 34,8 M€ de subventions de "
               "l'ANRU ; 348 démolitions, 290 logements sociaux reconstitués (dont 210 hors QPV), "
               "780 réhabilitations, 510 résidentialisations, 140 logements en diversification"),
]
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Édifié entre 1962 et 1974 au nord de la gare, le quartier des Tilleraies compte "
          "2 480 logements, dont 2 140 logements sociaux : 1 610 appartiennent à Ardelonne Habitat "
          "et 530 à Comté Logis. Le taux de chômage y atteint 27 %, contre 11 % dans l'ensemble de "
          "la commune."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 18 novembre 2019, "
          "prévoit la démolition de la tour des Loriots (84 logements), de la barre des Bouvreuils "
          "(160 logements) et de l'immeuble des Fauvettes (104 logements), tous propriétés "
          "d'Ardelonne Habitat. Elle réunit huit maîtres d'ouvrage et compte 61 opérations."),
    ("p", "En 2022, le projet accusait dix-huit mois de retard sur le calendrier de la convention. "
          "L'agglomération a souhaité s'adjoindre une équipe extérieure pour reprendre en main le "
          "pilotage et relancer la participation des habitants, très affaiblie depuis la crise "
          "sanitaire."),
    ("h1", "2. Objectifs"),
    ("li", "Fiabiliser le calendrier des 61 opérations et ramener le retard global sous six mois."),
    ("li", "Coordonner les huit maîtres d'ouvrage et préparer les instances de pilotage."),
    ("li", "Associer les habitants à chaque étape du projet, en lien avec le conseil citoyen des "
           "Tilleraies."),
    ("li", "Préparer l'avenant n° 2 à la convention pluriannuelle."),
    ("h1", "3. Méthode"),
    ("li", "Revue de l'ensemble des opérations avec chaque maître d'ouvrage et construction d'un "
           "planning directeur partagé."),
    ("li", "Préparation et animation d'un comité technique mensuel et d'un comité de pilotage "
           "semestriel."),
    ("li", "Reprise de l'animation de la maison du projet, ouverte trois demi-journées par semaine."),
    ("li", "Organisation d'ateliers de concertation sur les espaces publics et de balades urbaines "
           "avec les habitants."),
    ("li", "Tenue d'un tableau de bord des participations de l'ANRU et des autres cofinanceurs."),
    ("h1", "4. Livrables"),
    ("li", "Planning directeur du projet, mis à jour chaque trimestre."),
    ("li", "Tableau de bord financier et note de préparation de l'avenant n° 2."),
    ("li", "Comptes rendus des instances et lettre d'information « Tilleraies en projet », quatre "
           "numéros par an."),
    ("li", "Bilan de la concertation (tranche optionnelle)."),
    ("h1", "5. Calendrier"),
    ("table", "phases"),
    ("h1", "6. Résultats"),
    ("p", "Au terme de la mission, fin août 2025, le retard global du projet était ramené à sept "
          "mois. L'équipe a préparé 31 comités techniques et 6 comités de pilotage."),
    ("p", "Participation des habitants de septembre 2022 à août 2025 :"),
    ("table", "participation"),
    ("p", "Le conseil citoyen des Tilleraies, relancé en mars 2023, compte désormais 19 membres. "
          "Au 31 août 2025, 284 des 301 ménages à reloger l'avaient été, dont 58 % hors du "
          "quartier prioritaire."),
    ("note", "Montant de la mission hors taxes et toutes taxes comprises ; montant du projet toutes "
             "taxes comprises, avant avenant n° 2."),
]
DX_TABLES = {
    "phases": [
        ["Phase", "Période", "Contenu"],
        ["Phase 1 – Diagnostic du pilotage", "Septembre à décembre 2022",
         "Revue des 61 opérations, planning directeur"],
        ["Phase 2 – Coordination et concertation", "Janvier 2023 à décembre 2024",
         "Comités techniques, ateliers, maison du projet"],
        ["Phase 3 – Préparation de l'avenant n° 2", "Janvier à août 2025",
         "Note financière, dossier pour l'ANRU, bilan de la concertation"],
    ],
    "participation": [
        ["Action", "Nombre", "Participants"],
        ["Ateliers de concertation", "14", "412"],
        ["Balades urbaines", "5", "96"],
        ["Réunions publiques", "6", "530"],
        ["Permanences de la maison du projet", "268", "2 150"],
        ["Total", "293", "3 188"],
    ],
}
DX_WIDTHS = {"phases": [3600, 2600, 3400], "participation": [5400, 2000, 2200]}


# ---------------------------------------------------------------------------
# 2. Town 1 press article: HTML, regional daily
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Tilleraies : la tour des Loriots commence à tomber, la barre des Bouvreuils se vide – L'Éclaireur comtois</title>
<meta name="description" content="À Ardelonne, la déconstruction de la tour des Loriots a commencé. Le relogement des habitants de la barre des Bouvreuils touche à sa fin.">
<meta name="author" content="Mathilde Roussel-Prost">
<meta property="article:published_time" content="2025-06-17T06:00:00+02:00">
</head>
<body>
<header class="site-header">
  <p class="brand">L'Éclaireur comtois</p>
  <nav>
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/ardelonne/">Ardelonne</a></li>
      <li><a href="/haut-doubs/">Haut-Doubs</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
    </ul>
  </nav>
</header>

<main>
<article class="article">
  <p class="rubrique">Ardelonne · Urbanisme</p>
  <h1>Tilleraies : la tour des Loriots commence à tomber, la barre des Bouvreuils se vide</h1>
  <p class="chapo">Les pelleteuses ont entamé lundi la déconstruction de la tour des Loriots, deuxième des trois immeubles voués à la démolition dans le quartier des Tilleraies. Le chantier doit durer sept mois.</p>
  <p class="signature">Par <span class="auteur">Mathilde Roussel-Prost</span> · Publié le <time datetime="2025-06-17">17 juin 2025</time> à 6 h 00</p>

  <div class="article-body">
    <p><strong>ARDELONNE.</strong> Lundi 16 juin, une pelle à long bras a grignoté les premiers étages de la tour des Loriots. Construite en 1966, la tour de 14 étages abritait 84 logements. Sa déconstruction, confiée à l'entreprise Démolitions Jurassiennes, coûte 3,4 millions d'euros TTC, financés à 70 % par l'ANRU. Elle doit s'achever en janvier 2026.</p>
    <p>L'immeuble des Fauvettes, 104 logements, avait été démoli à l'automne 2024. Il ne restera ensuite que la barre des Bouvreuils, la plus grande des trois, avec 160 logements.</p>

    <h2>Un relogement presque achevé</h2>
    <p>Pour Ardelonne Habitat, le plus dur est fait. Selon le bailleur, 271 des 301 ménages concernés par les trois démolitions ont déjà été relogés. Les 30 derniers vivent tous dans la barre des Bouvreuils, dont la démolition n'interviendra pas avant 2027.</p>
    <p>« Chaque famille a été reçue au moins deux fois, et 57 % des ménages relogés ont quitté le quartier prioritaire, au-delà de notre objectif de 50 % », assure Karim Benhaddou, directeur général d'Ardelonne Habitat.</p>

    <h2>Des habitants partagés</h2>
    <p>Au conseil citoyen des Tilleraies, on regarde tomber la tour avec des sentiments mêlés. « Beaucoup d'anciens y ont passé quarante ans. Nous demandons qu'une plaque rappelle son histoire et que les poussières soient mesurées chaque semaine », explique Mireille Petitjean, membre du conseil citoyen.</p>
    <p>L'agglomération promet un suivi. « Des capteurs de poussières sont installés aux quatre coins du chantier, et les résultats seront affichés à la maison du projet », répond Marc-Antoine Faivre, vice-président d'Ardelonne Agglomération chargé du renouvellement urbain.</p>

    <h2>Un avenant en préparation</h2>
    <p>Le projet, évalué à 132,4 millions d'euros lors de la signature de la convention en 2019, devrait coûter plus cher. La maire, Hélène Viennet-Roy, évoque « une dizaine de millions supplémentaires », liés à la flambée du coût des réhabilitations et à la transformation de la galerie commerciale en halle de marché. Un avenant doit être soumis aux élus communautaires à la rentrée.</p>
    <p>Sur les 290 logements sociaux à reconstituer, 88 ont été livrés, dont 36 dans la commune voisine de Beaulieu-sur-Doulonne. Les réhabilitations avancent : 336 des 780 logements prévus ont été rénovés. Trois réunions publiques sont prévues d'ici l'automne à la maison du projet, animée par Julien Mougin, chef de projet renouvellement urbain à la Ville d'Ardelonne.</p>
  </div>

  <aside class="encadre">
    <h3>Les Tilleraies en chiffres</h3>
    <ul>
      <li>6 100 habitants et 2 140 logements sociaux</li>
      <li>348 logements démolis à terme, dont 104 déjà abattus</li>
      <li>780 logements à réhabiliter et 510 à résidentialiser</li>
      <li>132,4 M€ : coût du projet inscrit dans la convention</li>
      <li>34,8 M€ de subventions de l'ANRU</li>
      <li>2030 : fin prévue des travaux</li>
    </ul>
  </aside>

  <p class="tags">Mots-clés : <a href="/tag/tilleraies/">Tilleraies</a>, <a href="/tag/renouvellement-urbain/">renouvellement urbain</a>, <a href="/tag/demolition/">démolition</a></p>
</article>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/ardelonne/marche-de-noel-nouvel-emplacement/">Marché de Noël : un nouvel emplacement place de la Gare</a></li>
    <li><a href="/haut-doubs/comte-fromageries-saison/">Fromageries : une saison estivale sous tension</a></li>
  </ul>
</section>
</main>

<footer class="site-footer">
  <p>© L'Éclaireur comtois · Tous droits réservés</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/contact/">Contact</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. Town 1 council deliberation: Markdown
# ---------------------------------------------------------------------------
MD = """# Ardelonne Agglomération

## Extrait du registre des délibérations du conseil communautaire

**Séance du 25 septembre 2025**

**Délibération n° 2025-09-114**

**Objet : Renouvellement urbain – Quartier des Tilleraies – Approbation de l'avenant n° 2 à la convention pluriannuelle de renouvellement urbain**

**Date de convocation :** 18 septembre 2025

**Membres en exercice :** 62 – **Présents :** 51 – **Pouvoirs :** 8 – **Votants :** 59

**Président de séance :** Philippe Jouffroy, président d'Ardelonne Agglomération

**Rapporteur :** Marc-Antoine Faivre, vice-président chargé du renouvellement urbain

**Secrétaire de séance :** Laure Mairot, conseillère communautaire

---

### Exposé des motifs

La convention pluriannuelle de renouvellement urbain du quartier des Tilleraies a été signée le 18 novembre 2019 pour un montant de 132,4 M€ TTC, dont 34,8 M€ de subventions de l'ANRU. Un premier avenant, signé le 7 mars 2022, a décalé le calendrier sans modifier le coût du projet.

Le projet d'avenant n° 2, examiné par le comité d'engagement de l'ANRU le 3 juillet 2025, porte le coût du projet à 141,9 M€ TTC. Cette hausse de 9,5 M€ s'explique par :

- la transformation de la galerie commerciale des Tilleraies en halle de marché couverte (4,2 M€) ;
- la hausse du coût des réhabilitations d'Ardelonne Habitat et de Comté Logis (3,8 M€), liée au remplacement des menuiseries et au désamiantage ;
- la création d'un parc de 1,6 hectare sur l'emprise de la tour des Loriots (1,5 M€).

Le programme de logements n'est pas modifié : 348 démolitions, 290 reconstitutions, 780 réhabilitations et 510 résidentialisations. La fin des travaux est reportée de 2029 à 2030.

La halle de marché accueillera 18 commerçants. Elle sera conçue à l'issue d'un concours de maîtrise d'œuvre.

Le plan de financement du projet est modifié comme suit :

| Financeur | Convention de 2019 (M€) | Avenant n° 2 (M€) |
|---|---|---|
| ANRU (subventions) | 34,8 | 36,9 |
| Action Logement (prêts bonifiés) | 9,6 | 9,6 |
| Région Bourgogne-Franche-Comté | 6,2 | 6,9 |
| Département | 2,4 | 2,4 |
| Ardelonne Agglomération | 14,1 | 16,0 |
| Ville d'Ardelonne | 9,7 | 10,8 |
| Bailleurs sociaux (fonds propres et emprunts) | 53,7 | 56,9 |
| Banque des Territoires (cofinancement d'études et d'équipements) | 1,9 | 2,4 |
| **Total** | **132,4** | **141,9** |

La participation supplémentaire d'Ardelonne Agglomération, soit 1,9 M€, est inscrite au plan pluriannuel d'investissement 2026-2030.

### Décision

Vu le code général des collectivités territoriales ;

Vu le règlement général de l'ANRU relatif au nouveau programme national de renouvellement urbain ;

Vu la convention pluriannuelle de renouvellement urbain du quartier des Tilleraies signée le 18 novembre 2019 et son avenant n° 1 du 7 mars 2022 ;

Vu l'avis favorable de la commission aménagement et habitat du 11 septembre 2025 ;

Après en avoir délibéré, le conseil communautaire, par 52 voix pour, 4 voix contre et 3 abstentions :

1. approuve l'avenant n° 2 à la convention pluriannuelle de renouvellement urbain du quartier des Tilleraies ;
2. autorise le président ou son représentant à le signer ainsi que tout document s'y rapportant ;
3. approuve le lancement du concours de maîtrise d'œuvre de la halle de marché, pour un montant de prestations estimé à 412 000 € HT ;
4. dit que les crédits correspondants seront inscrits aux budgets 2026 à 2030.

Fait et délibéré les jour, mois et an susdits.

Pour extrait conforme, Ardelonne, le 29 septembre 2025.

Le président, Philippe Jouffroy

*Acte transmis en préfecture le 30 septembre 2025 et publié le 1er octobre 2025.*
"""


# ---------------------------------------------------------------------------
# 4. Town 2 action sheet: PDF, contract of city
# ---------------------------------------------------------------------------
PA_HEADER_LEFT = "Contrat de ville « Engagements Quartiers 2030 » d'Escaut-Haverquin – 2024-2030"
PA_HEADER_RIGHT = "Fiche action 2.3.4"
PA_FOOTER = ("Communauté d'agglomération Escaut-Haverquin – Direction de l'emploi, de l'insertion "
             "et de la politique de la ville")
PA_AUTHOR = "Communauté d'agglomération Escaut-Haverquin"
PA_CREATOR = "Escaut-Haverquin – direction de l'emploi et de l'insertion"
PA_AXE = "Axe 2 – Emploi, insertion et développement économique"
PA_TITLE = "FICHE ACTION 2.3.4"
PA_SUBTITLE = ("Chantier d'insertion « Réemploi des Coudrettes » : déconstruction sélective et "
               "réemploi des matériaux")
PA_FORM = [
    ("Quartier prioritaire", "Les Coudrettes (Haverquin), 4 100 habitants"),
    ("Pilote", "Communauté d'agglomération Escaut-Haverquin, direction de l'emploi et de "
               "l'insertion"),
    ("Porteur opérationnel", "Matériaux Solidaires Escaut (atelier et chantier d'insertion)"),
    ("Partenaires", "Logis de l'Escaut, Toits du Hainaut, État (DDETS), France Travail, Mission "
                    "locale du Haut-Escaut, Région Hauts-de-France, Département, Banque des "
                    "Territoires, Union européenne (FSE+), conseil citoyen des Coudrettes"),
    ("Public visé", "Demandeurs d'emploi de longue durée, allocataires du RSA et jeunes de moins "
                    "de 26 ans sans qualification, en priorité habitants des Coudrettes : "
                    "24 salariés en insertion par an"),
    ("Durée", "Janvier 2025 – décembre 2027 (36 mois)"),
    ("Coût total", "1 130 k€"),
    ("Référente", "Yasmina Ould-Kaci, chargée de mission emploi et insertion à la communauté "
                  "d'agglomération Escaut-Haverquin"),
]
PA_BLOCKS = [
    ("h", "1. Contexte et constats"),
    ("p", "Le projet de renouvellement urbain des Coudrettes, projet d'intérêt régional dont la "
          "convention a été signée le 3 février 2021, prévoit la démolition de la tour Ardoise "
          "(92 logements) et de la barre Grès-Bleu (120 logements), propriétés de Logis de "
          "l'Escaut. Ces démolitions produiront environ 21 000 tonnes de déchets, dont une part "
          "importante de matériaux réutilisables : portes, radiateurs, parquets, carrelages, "
          "éléments de serrurerie."),
    ("p", "Le taux de chômage atteint 31 % aux Coudrettes, contre 14 % dans l'agglomération. Les "
          "chantiers du renouvellement urbain ont déjà permis de réaliser 4 900 heures "
          "d'insertion fin 2024, mais presque exclusivement dans le gros œuvre et au bénéfice "
          "d'hommes : les femmes ne représentaient que 11 % des bénéficiaires."),
    ("p", "Créée en 2019, l'association Matériaux Solidaires Escaut emploie 14 salariés en "
          "insertion dans une recyclerie du bâtiment. L'action lui permet de s'implanter dans le "
          "quartier."),
    ("h", "2. Objectifs"),
    ("b", "Réemployer au moins 180 tonnes de matériaux issus de la déconstruction de la tour "
          "Ardoise et de la barre Grès-Bleu d'ici fin 2027."),
    ("b", "Employer 24 salariés en insertion par an, dont au moins la moitié d'habitants des "
          "Coudrettes."),
    ("b", "Porter la part des femmes parmi les salariés en insertion à 25 %."),
    ("b", "Atteindre 60 % de sorties positives (emploi durable, formation qualifiante, création "
          "d'activité)."),
    ("b", "Ouvrir une matériauthèque de quartier où les habitants et les associations peuvent "
          "acquérir des matériaux à bas prix."),
    ("h", "3. Contenu de l'action"),
    ("b", "Dépose soignée des équipements réemployables avant chaque démolition, dans le cadre "
          "d'un marché réservé passé par Logis de l'Escaut."),
    ("b", "Tri, nettoyage, reconditionnement et stockage des matériaux dans un entrepôt de 600 m² "
          "mis à disposition par l'agglomération, rue des Filatures."),
    ("b", "Formation des salariés (CACES, prévention du risque amiante, savoirs de base) et "
          "accompagnement socioprofessionnel par une conseillère d'insertion à temps plein."),
    ("b", "Ouverture de la matériauthèque deux jours par semaine, avec des ateliers de bricolage "
          "pour les habitants."),
    ("b", "Réutilisation d'une partie des matériaux dans les chantiers de réhabilitation de Toits "
          "du Hainaut et dans l'aménagement d'un futur jardin partagé."),
    ("h", "4. Indicateurs"),
    ("table", "indicators"),
    ("h", "5. Plan de financement (en k€)"),
    ("table", "finance"),
    ("p", "La contribution de la Banque des Territoires, versée en 2025, finance l'aménagement de "
          "la matériauthèque et de l'entrepôt. Les recettes de vente des matériaux sont affectées "
          "au fonctionnement du chantier d'insertion."),
    ("h", "6. Suivi et évaluation"),
    ("p", "Un comité de suivi réunit tous les quatre mois le pilote, le porteur, les bailleurs et "
          "les financeurs. Les tonnages réemployés sont certifiés par le bureau d'études "
          "Cyclomat. Les résultats sont présentés chaque année au comité de pilotage du contrat de "
          "ville et au comité de pilotage du NPNRU des Coudrettes."),
    ("note", "Fiche validée par le comité de pilotage du contrat de ville du 12 décembre 2024."),
]
PA_INDICATORS = [
    ["Indicateur", "Valeur de référence", "Cible 2027"],
    ["Tonnes de matériaux réemployées (cumul)", "0 (2024)", "180 t"],
    ["Salariés en insertion (par an)", "14 (2024)", "24"],
    ["Part des habitants des Coudrettes parmi les salariés", "21 % (2024)", "50 %"],
    ["Part des femmes parmi les salariés", "11 % (2024)", "25 %"],
    ["Heures d'insertion réalisées (cumul)", "0 (2024)", "15 000"],
    ["Taux de sorties positives", "48 % (2024)", "60 %"],
    ["Visiteurs de la matériauthèque (par an)", "Non mesuré", "1 500"],
]
PA_FIN_HEAD = ["Financeur", "Nature", "2025", "2026", "2027", "Total"]
PA_FIN_ROWS = [
    ("État (DDETS)", "Aide au poste IAE et crédits politique de la ville", 148, 152, 156),
    ("Union européenne (FSE+)", "Accompagnement socioprofessionnel", 42, 42, 42),
    ("Région Hauts-de-France", "Formation des salariés", 30, 30, 30),
    ("Département", "Insertion des allocataires du RSA", 36, 36, 36),
    ("CA Escaut-Haverquin", "Entrepôt, coordination", 40, 40, 35),
    ("Logis de l'Escaut", "Marché réservé de dépose, abattement de TFPB", 45, 50, 30),
    ("Banque des Territoires", "Aménagement de la matériauthèque", 60, 0, 0),
    ("Matériaux Solidaires Escaut", "Recettes de vente des matériaux", 12, 18, 20),
]
PA_FIN_WIDTHS = [112, 196, 42, 42, 42]


def _k(v):
    return str(v) if v else "–"


def pa_fin_rows():
    rows = [PA_FIN_HEAD]
    totals = [0, 0, 0]
    for funder, nature, *amounts in PA_FIN_ROWS:
        rows.append([funder, nature, *[_k(a) for a in amounts], str(sum(amounts))])
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
    rows.append(["Total", "", *[str(t) for t in totals], f"{sum(totals):,}".replace(",", " ")])
    assert sum(totals) == 1130, totals
    return rows


# ---------------------------------------------------------------------------
# 5. Town 2 steering-committee record: plain text
# ---------------------------------------------------------------------------
TXT = """COMMUNAUTÉ D'AGGLOMÉRATION ESCAUT-HAVERQUIN – VILLE DE HAVERQUIN
PROJET DE RENOUVELLEMENT URBAIN DES COUDRETTES

COMITÉ DE PILOTAGE DU 20 NOVEMBRE 2025
COMPTE RENDU

Haverquin, le 26 novembre 2025

Lieu : salle polyvalente des Coudrettes, 2, place du Chevalement
Présidence : Sabine Carpentier, vice-présidente de la communauté d'agglomération Escaut-Haverquin chargée de la politique de la ville, et Jean-Luc Dhainaut, maire de Haverquin
Rédaction : Damien Lefebvre-Caron, directeur de projet NPNRU, communauté d'agglomération Escaut-Haverquin

Participants :
- Bertrand Wattebled, sous-préfet de l'arrondissement de Haverquin
- Claire Devos, déléguée territoriale adjointe de l'ANRU (DDTM)
- Sandrine Delattre, chargée de développement territorial à la Banque des Territoires
- Frédéric Debuire, directeur général de Logis de l'Escaut
- Nadia Boukherroub, responsable du relogement à Logis de l'Escaut
- Grégory Lemaire, directeur de l'agence de Haverquin de Toits du Hainaut
- Élodie Vanhoutte, cheffe de projet politique de la ville à la Ville de Haverquin
- Yasmina Ould-Kaci, chargée de mission emploi et insertion, communauté d'agglomération
- Thierry Vandenbussche, directeur de Matériaux Solidaires Escaut
- Rachid Meziane et Ginette Lemaître, conseil citoyen des Coudrettes


1. AVANCEMENT DU PROJET AU 30 SEPTEMBRE 2025

Le projet reste évalué à 46,7 M€ TTC, dont 9,8 M€ de subventions de l'ANRU, conformément à la convention du 3 février 2021. Aucun avenant n'est envisagé avant 2026.

Opération                          Prévu (convention)    Réalisé au 30/09/2025
Logements démolis                  212                   92
Ménages relogés                    187                   164
Logements reconstitués livrés      150                   58
Logements réhabilités livrés       420                   236
Logements résidentialisés          260                   88
Heures d'insertion                 18 500                11 240
Crédits de l'ANRU engagés          9,8 M€                6,1 M€

La tour Ardoise a été démolie entre mars et août 2025, en cinq mois. Les 23 derniers ménages de la barre Grès-Bleu doivent être relogés d'ici juin 2026 ; la démolition de la barre est prévue de septembre 2026 à mars 2027.

Le bilan intermédiaire du relogement établit à 39 % la part des ménages relogés hors QPV (objectif de la convention : 35 %) et à 22 % la part des ménages relogés dans un logement neuf ou conventionné depuis moins de cinq ans (objectif : 25 %).

Les 58 logements reconstitués livrés se répartissent entre le centre-ville de Haverquin (34 logements) et la commune voisine d'Hautecourt-sur-Escaut (24 logements).


2. CHANTIER D'INSERTION « RÉEMPLOI DES COUDRETTES » (FICHE ACTION 2.3.4)

Thierry Vandenbussche présente le premier bilan du chantier d'insertion. La dépose des équipements de la tour Ardoise a permis de réemployer 46 tonnes de matériaux, dont 410 portes intérieures et 260 radiateurs en fonte.

En 2025, le chantier emploie 19 salariés en insertion, dont 8 habitants des Coudrettes et 6 femmes. Sur les 14 salariés sortis du dispositif depuis janvier, 8 ont connu une sortie positive, soit 57 %. Le chantier a réalisé 5 820 heures d'insertion, comptabilisées dans les heures du NPNRU.

La matériauthèque, installée rue des Filatures, a ouvert le 2 juin 2025. Elle a reçu 640 visiteurs en quatre mois.

Le conseil citoyen regrette que la matériauthèque ne soit ouverte que deux jours par semaine et demande une ouverture le samedi. Matériaux Solidaires Escaut étudiera une ouverture un samedi par mois à partir de janvier 2026.


3. GESTION URBAINE ET SOCIALE DE PROXIMITÉ (GUSP) ET ABATTEMENT DE TFPB

En 2025, l'abattement de 30 % de la taxe foncière sur les propriétés bâties (TFPB) atteint 186 000 € pour Logis de l'Escaut et 52 000 € pour Toits du Hainaut. Il finance notamment un médiateur de soirée, le nettoyage renforcé des abords de chantier et une partie du marché réservé de dépose (15 000 €).

Le diagnostic en marchant du 7 octobre 2025, auquel ont participé 23 habitants, a relevé 41 dysfonctionnements, dont 33 étaient traités à la date du comité.


4. POINT DU CONSEIL CITOYEN

Le conseil citoyen des Coudrettes compte 14 membres : 8 habitants et 6 représentants d'associations. Il a tenu 9 réunions en 2025. Il demande que l'emprise de la tour Ardoise accueille un jardin partagé dès le printemps 2026 et que les habitants soient associés au choix des plantations.


5. DÉCISIONS

1. Un jardin partagé de 2 400 m² sera aménagé sur l'emprise de la tour Ardoise, pour 128 000 € TTC financés à 60 % par la Ville et à 40 % par Logis de l'Escaut ; les travaux débuteront en mars 2026.
2. Le comité valide le lancement d'une étude de faisabilité d'un tiers-lieu dans l'ancienne école des Martinets, de 52 000 € HT, financée à 40 % par la Banque des Territoires.
3. Une réunion publique sur le relogement des derniers ménages de la barre Grès-Bleu se tiendra le 14 janvier 2026 à la salle polyvalente des Coudrettes.
4. Logis de l'Escaut présentera au prochain comité le bilan d'utilisation de l'abattement de TFPB de 2025.
5. La communauté d'agglomération sollicitera l'ANRU en 2026 pour un avenant intégrant le tiers-lieu.

Prochain comité de pilotage : mai 2026.
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind="Fiche mission", company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, header_fill="1F4E79",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PA_AXE, title=PA_TITLE, subtitle=PA_SUBTITLE,
        form=PA_FORM, form_label_w=120, blocks=PA_BLOCKS,
        tables={"indicators": (lambda: PA_INDICATORS, [260, 110]),
                "finance": (pa_fin_rows, PA_FIN_WIDTHS)},
        total_tables={"finance"}, total_rule="last", theme=probekit.THEME_BRICK,
        header_left=PA_HEADER_LEFT, header_right=PA_HEADER_RIGHT, footer=PA_FOOTER,
        author=PA_AUTHOR, subject="Contrat de ville – fiche action", creator=PA_CREATOR,
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
