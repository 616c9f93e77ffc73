#!/usr/bin/env python3
"""Generate the five probe24 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Chalmoutiers-sur-Dheune (Saône-et-Loire, Bourgogne-Franche-Comté), quartier prioritaire
        de la Combe-Verrière, built on the land of a former glassworks (agglomeration: Dheune
        Canal Agglomération; social landlords Dheune Habitat, an OPH, and Morvelia Habitat, a
        regional ESH; buildings named after butterflies: tour Machaon, barre Vulcain, résidences
        Azuré and Morio; rue des Gobeletiers, avenue du Canal-du-Centre, maison du projet)
    - proposition-methodologique-atelier-tesselle-barre-vulcain-combe-verriere.docx
        (methodological proposal of the consultancy Atelier Tesselle, with Socius Études as
        co-contractor and an unnamed structural engineering firm as subcontractor, answering the
        agglomeration's call for tenders on the future of the barre Vulcain: labelled fields
        (contracting authority, contact, consultation, site, object, group, duration, price, an
        optional extra, validity), context (vacant homes, corroded balconies, the 6,5 M€ kept in
        reserve by the convention), method in three phases plus consultation, a price table by
        item (contributor, days, amount) with a total row and the optional extra after it, the
        team as a list with a lead-in, a former reference in town 2, the calendar as a list)
    - article-sentinelle-bourguignonne-combe-verriere-tour-machaon-demolition.html
        (regional daily's web article of 12 February 2026 on the last households of the tour
        Machaon and the pending barre Vulcain, inside an <article> with a cookie banner,
        navigation, breadcrumb, share bar, a "Chiffres clés" box (the delivery year of the central
        square only there), a "Les plus lus" sidebar, a newsletter box, "À lire aussi" links and a
        footer; quoted resident, landlord, vice-president and citizen council member; the study
        awarded to the group led by Atelier Tesselle)
Town 2: Sermizy-sur-Armançon (Yonne, Bourgogne-Franche-Comté), quartier prioritaire des Vernottes
        (agglomeration: Armançon Vallée Agglomération; social landlords Armançon Habitat, an OPH,
        and Morvelia Habitat; buildings named after pear varieties: barre Williams, tour Comice,
        résidences Louise-Bonne and Passe-Crassane; mail des Pressoirs, résidence du Clos-Margot
        and îlot de la Gare outside the neighbourhood)
    - deliberation-2025-06-082-conseil-municipal-sermizy-convention-vernottes.pdf
        (municipal council deliberation of 26 June 2025 approving the renewal convention:
        letterhead, number, "Objet :", a form (session, convening, chair, councillors in office,
        present, proxies, not voting, voters, secretary, rapporteur), the report (figures of the
        neighbourhood, four orientations), a funding table by funder (grants and contributions,
        loans, total, in k€) with a total row (the two landlords' equity on one line, not broken
        down), "Vu" and "Considérant" clauses, five articles, the vote (a councillor, not named,
        not voting))
    - point-etape-2-relogement-chantiers-vernottes-armancon-vallee-agglomeration.md
        (agglomeration's progress note at 31 January 2026 with YAML front matter: key points as a
        list, a rehousing table of the barre Williams with "dont" lines and a total row (the MOUS
        operator not named), the households without a solution as a list with a lead-in, a
        worksite table, integration hours, points of attention, next deadlines as a numbered
        list)
Both towns:
    - arcadiane-amenagement-note-concessions-combe-verriere-vernottes-2026-04.txt
        (e-mail-like information note of the regional SEM Arcadiane Aménagement, which holds
        the development concessions of both neighbourhoods, at 31 March 2026: headers, body, a
        comparison table laid out with spaces (signature, duration, forecast budget, balancing
        contribution, spending, land controlled, 2026 call for funds), three decisions expected
        with a lead-in, signature)

The documents overlap on purpose: both neighbourhoods have a barre or tower of their OPH to
demolish with households rehoused, residences of Morvelia Habitat under renovation (380 homes in
town 1, 340 in town 2), a concession of Arcadiane Aménagement, close population figures, and
Atelier Tesselle worked in both (the Vernottes programming study is a reference of its
proposal). Some figures are given for one town only (the unemployment rate and the council vote
in town 2, the integration hours in town 2), some only as planned (the end of the tour Machaon's
demolition, the choice of the barre Vulcain scenario), some only as a whole (the two landlords'
equity in the Vernottes convention), some for one year only (the SEM's 2026 calls for funds) and
some bodies or people are never named (the structural engineering subcontractor, the MOUS
operator of the Vernottes, the councillor who did not vote).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe24.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe24/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe24.jsonl")
QID_PREFIX = "q24"

FN_DOCX = "proposition-methodologique-atelier-tesselle-barre-vulcain-combe-verriere.docx"
FN_PDF = "deliberation-2025-06-082-conseil-municipal-sermizy-convention-vernottes.pdf"
FN_HTML = "article-sentinelle-bourguignonne-combe-verriere-tour-machaon-demolition.html"
FN_MD = "point-etape-2-relogement-chantiers-vernottes-armancon-vallee-agglomeration.md"
FN_TXT = "arcadiane-amenagement-note-concessions-combe-verriere-vernottes-2026-04.txt"

ZIP_DT = (2025, 11, 14, 9, 25, 0)
DOCX_DATE = "2025-11-14T09:25:00Z"
PDF_DATE = "D:20250702091500+02'00'"

# PDF colours: deep Burgundy red accent, pale rose label cells.
THEME_BURGUNDY = ((0.45, 0.10, 0.18), (0.97, 0.92, 0.93))


# ---------------------------------------------------------------------------
# 1. Consultancy's methodological proposal, barre Vulcain: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Atelier Tesselle"
DX_DOC_KIND = "Proposition méthodologique"
DX_HEADER = ("Atelier Tesselle – urbanisme, programmation, concertation – offre n° T-2025-118 – "
             "consultation n° 2025-DCA-041")
DX_FOOTER = ("Atelier Tesselle, SARL d'architecture et d'urbanisme – 9, quai Saint-Vincent – Lyon – "
             "proposition remise le 14 novembre 2025")
DX_KICKER = "Atelier Tesselle – Proposition méthodologique"
DX_TITLE = ("Devenir de la barre Vulcain et recomposition de l'îlot central de la "
            "Combe-Verrière")
DX_SUBTITLE = ("Chalmoutiers-sur-Dheune (Saône-et-Loire) – réponse à la consultation "
               "n° 2025-DCA-041 de Dheune Canal Agglomération – offre remise le 14 novembre 2025")
DX_KEYWORDS = ("renouvellement urbain; barre Vulcain; Combe-Verrière; Chalmoutiers-sur-Dheune; "
               "plan guide; enquête sociale; scénarios de démolition")
DAY_RATE_TESSELLE = 850  # also the structural engineers' rate
DAY_RATE_SOCIUS = 800
# item, contributors, days, day rate
DX_ITEMS = [("Phase 1 – Diagnostic urbain et technique", "Tesselle, BET structure", 32,
             DAY_RATE_TESSELLE),
            ("Enquête sociale auprès des ménages", "Socius Études", 16, DAY_RATE_SOCIUS),
            ("Phase 2 – Scénarios et bilans", "Tesselle, BET structure", 38, DAY_RATE_TESSELLE),
            ("Phase 3 – Plan guide de l'îlot central", "Tesselle", 30, DAY_RATE_TESSELLE),
            ("Concertation (transversale)", "Socius Études", 20, DAY_RATE_SOCIUS),
            ("Comités techniques et de pilotage", "Tesselle", 8, DAY_RATE_TESSELLE)]
DX_PSE = ("PSE n° 1 – Maquette numérique 3D de l'îlot", "Tesselle", "forfait", 9800)


def dx_price_rows():
    e = probekit.eur
    rows = [["Poste", "Intervenants", "Jours", "Montant (€ HT)"]]
    for name, who, days, rate in DX_ITEMS:
        rows.append([name, who, str(days), e(days * rate)])
    days = sum(i[2] for i in DX_ITEMS)
    total = sum(i[2] * i[3] for i in DX_ITEMS)
    rows.append(["Total solution de base", "", str(days), e(total)])
    name, who, days, amount = DX_PSE
    rows.append([name, who, days, e(amount)])
    return rows


def _check_docx():
    assert [i[2] * i[3] for i in DX_ITEMS] == [27200, 12800, 32300, 25500, 16000, 6800]
    assert sum(i[2] for i in DX_ITEMS) == 144
    total = sum(i[2] * i[3] for i in DX_ITEMS)
    assert total == 120600 and total * 12 // 10 == 144720
    socius = sum(i[2] * i[3] for i in DX_ITEMS if i[1] == "Socius Études")
    assert socius == 28800 and round(100 * socius / total) == 24
    assert 112 - 31 == 81 and round(100 * 31 / 112) == 28 and 3 * 16 == 48 and 7 * 16 == 112
    assert round(65 / 81 * 100) == 80 and 1010 + 380 == 1390
    assert 4 + 5 + 5 == 14


DX_TABLES = {"prix": dx_price_rows()}
DX_WIDTHS = {"prix": [4300, 2500, 900, 1900]}
DX_FIELDS = [
    ("Pouvoir adjudicateur", "Dheune Canal Agglomération – direction de l'habitat et du "
                             "renouvellement urbain"),
    ("Suivi de la consultation", "Marion Desbois, cheffe de projet renouvellement urbain"),
    ("Consultation", "Marché à procédure adaptée n° 2025-DCA-041, avis publié le 2 octobre 2025, "
                     "remise des offres au plus tard le 14 novembre 2025 à 12 h"),
    ("Site", "Chalmoutiers-sur-Dheune (24 300 habitants), quartier prioritaire de la "
             "Combe-Verrière (3 560 habitants)"),
    ("Objet", "Étude urbaine, technique et sociale sur le devenir de la barre Vulcain "
              "(112 logements, Dheune Habitat) et plan guide de l'îlot central du quartier"),
    ("Groupement", "Atelier Tesselle, mandataire (urbanisme, programmation) ; Socius Études, "
                   "cotraitant (enquête sociale, concertation) ; un bureau d'études structure "
                   "intervenant en sous-traitance"),
    ("Durée proposée", "14 mois à compter de la notification, délais de validation du maître "
                       "d'ouvrage non compris"),
    ("Prix", "120 600 € HT, soit 144 720 € TTC, pour la solution de base"),
    ("Prestation supplémentaire éventuelle", "PSE n° 1, maquette numérique 3D de l'îlot central : "
                                             "9 800 € HT, non comprise dans le prix de base"),
    ("Validité de l'offre", "120 jours à compter de la date limite de remise des offres"),
]
DX_SECTIONS = [
    ("h1", "1. Notre compréhension du contexte"),
    ("p", "Aménagée entre 1962 et 1975 sur les terrains de l'ancienne verrerie Bouchardeau, "
          "fermée en 1981, la Combe-Verrière occupe le versant sud de Chalmoutiers-sur-Dheune, "
          "entre la voie ferrée et le canal du Centre. Le quartier compte 1 720 logements, dont "
          "1 390 logements locatifs sociaux : 1 010 appartiennent à Dheune Habitat, l'office "
          "public de l'habitat de l'agglomération, et 380 à Morvelia Habitat, entreprise sociale "
          "pour l'habitat implantée dans toute la Bourgogne."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 19 septembre 2024, "
          "porte sur 47,3 M€ TTC d'opérations, dont 13,6 M€ de subventions de l'ANRU. Elle "
          "prévoit la démolition de la tour Machaon, la réhabilitation des résidences Azuré et "
          "Morio et la création d'une place centrale. Le sort de la barre Vulcain, en revanche, "
          "n'a pas été tranché : la convention renvoie la décision à une étude complémentaire, "
          "objet de la présente consultation, et réserve une enveloppe de 6,5 M€ que l'avenant "
          "attendu en 2027 devra affecter."),
    ("p", "Longue de 160 mètres, la barre Vulcain (1966, sept cages d'escalier de quatre étages) "
          "ferme le quartier au nord et le sépare du centre-ville. Dheune Habitat y recense 31 "
          "logements vides sur 112, soit 28 %, un taux trois fois supérieur à la moyenne de son "
          "patrimoine. Le diagnostic technique réalisé en 2023 a relevé une corrosion avancée des "
          "aciers des balcons des cages 5 à 7, dont l'accès est interdit aux locataires depuis "
          "mars 2024."),
    ("p", "Nous lisons la commande comme une double question : faut-il conserver, réduire ou "
          "démolir la barre Vulcain, et comment recomposer l'îlot central qu'elle borde, "
          "aujourd'hui occupé par un parking de 240 places et un terrain de sport désaffecté ? "
          "Les deux questions sont liées : aucun scénario pour la barre ne vaut sans un projet "
          "crédible pour l'îlot."),
    ("h1", "2. Méthode proposée"),
    ("p", "Notre démarche croise trois regards, urbain, technique et social. Elle s'organise en "
          "trois phases successives, accompagnées d'un volet de concertation qui court sur toute "
          "la durée de la mission."),
    ("p", "Phase 1 – Diagnostic croisé (quatre mois). Analyse urbaine et paysagère de l'îlot, "
          "relevé de l'état du bâti avec le bureau d'études structure, lecture des données "
          "d'occupation et de gestion transmises par Dheune Habitat. En parallèle, Socius Études "
          "rencontrera à domicile les 81 ménages qui occupent encore la barre : nous visons au "
          "moins 65 entretiens, soit 80 % d'entre eux, pour connaître leurs souhaits de maintien "
          "ou de départ et leurs capacités financières."),
    ("p", "Phase 2 – Scénarios et bilans (cinq mois). Trois scénarios seront étudiés et chiffrés : "
          "une réhabilitation lourde de l'ensemble de la barre ; une démolition partielle des "
          "cages 5 à 7, soit 48 logements, avec réhabilitation des quatre autres cages ; une "
          "démolition totale suivie d'une reconstruction diversifiée. Chaque scénario fera "
          "l'objet d'un bilan d'investissement, d'un bilan de gestion sur trente ans et d'une "
          "estimation du nombre de ménages à reloger."),
    ("p", "Phase 3 – Plan guide de l'îlot central (cinq mois). À partir du scénario retenu, nous "
          "établirons le plan guide de l'îlot, le programme des espaces publics, les fiches de "
          "lots destinées aux futurs opérateurs et un phasage compatible avec le relogement."),
    ("p", "Concertation. Trois ateliers avec les habitants, une balade urbaine, une permanence "
          "mensuelle à la maison du projet pendant les phases 1 et 2 et une réunion publique de "
          "restitution. Le conseil citoyen de la Combe-Verrière sera invité à chaque comité "
          "technique."),
    ("h1", "3. Décomposition du prix"),
    ("table", "prix"),
    ("note", "Prix de journée : 850 € HT pour Atelier Tesselle et pour le bureau d'études "
             "structure, 800 € HT pour Socius Études. La PSE n° 1 est un forfait ; elle n'est pas "
             "comprise dans le total de la solution de base."),
    ("p", "La part de Socius Études s'élève à 28 800 € HT, soit 24 % du prix de base. Le bureau "
          "d'études structure est rémunéré par le mandataire sur les jours des phases 1 et 2."),
    ("h1", "4. Équipe"),
    ("p", "Le groupement mobilisera les personnes suivantes :"),
    ("li", "Clémence Aubertel, architecte-urbaniste, gérante d'Atelier Tesselle, directrice "
           "d'études : seule interlocutrice du maître d'ouvrage, elle anime les comités de "
           "pilotage et porte le plan guide ;"),
    ("li", "Thibault Naudin, urbaniste programmiste : diagnostic urbain, scénarios et bilans "
           "financiers ;"),
    ("li", "Inès Benhamida, sociologue, directrice de Socius Études : conception et encadrement de "
           "l'enquête auprès des ménages ;"),
    ("li", "Romain Perrichon, chargé de concertation chez Socius Études : ateliers, balade urbaine "
           "et permanences ;"),
    ("li", "un bureau d'études structure, sous-traitant, pour le diagnostic des balcons et des "
           "façades de la barre Vulcain."),
    ("p", "Atelier Tesselle connaît les quartiers de la région : de 2022 à 2023, il a conduit "
          "l'étude de programmation du quartier des Vernottes, à Sermizy-sur-Armançon (Yonne), "
          "pour Armançon Vallée Agglomération, pour un montant de 76 400 € HT. Cette étude a "
          "servi de base à la convention de renouvellement urbain de ce quartier."),
    ("h1", "5. Calendrier prévisionnel"),
    ("p", "Le calendrier ci-dessous suppose une notification à la mi-janvier 2026 :"),
    ("li", "janvier 2026 : réunion de lancement et visite du site avec Dheune Habitat ;"),
    ("li", "février à mai 2026 : diagnostic croisé et entretiens avec les ménages ;"),
    ("li", "juin 2026 : comité de pilotage de restitution du diagnostic ;"),
    ("li", "juin à octobre 2026 : élaboration et chiffrage des trois scénarios ;"),
    ("li", "novembre 2026 : comité de pilotage de choix du scénario ;"),
    ("li", "novembre 2026 à mars 2027 : plan guide de l'îlot central ;"),
    ("li", "mars 2027 : remise du plan guide définitif et réunion publique de restitution."),
    ("p", "Ce calendrier permet d'inscrire le scénario retenu dans l'avenant à la convention "
          "attendu en 2027."),
]


# ---------------------------------------------------------------------------
# 2. Municipal council deliberation approving the renewal convention: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = ("Ville de Sermizy-sur-Armançon – extrait du registre des délibérations du "
                  "conseil municipal")
PD_HEADER_RIGHT = "DÉLIBÉRATION N° 2025-06-082"
PD_FOOTER = ("Acte transmis au contrôle de légalité (préfecture de l'Yonne) et publié le "
             "2 juillet 2025 – Ville de Sermizy-sur-Armançon, hôtel de ville")
PD_AUTHOR = "Ville de Sermizy-sur-Armançon – secrétariat général"
PD_CREATOR = "Ville de Sermizy-sur-Armançon"
PD_SUBJECT = ("Délibération n° 2025-06-082 – convention pluriannuelle de renouvellement urbain "
              "du quartier des Vernottes")
PD_KICKER = ("RÉPUBLIQUE FRANÇAISE – DÉPARTEMENT DE L'YONNE – VILLE DE SERMIZY-SUR-ARMANÇON")
PD_TITLE = "Extrait du registre des délibérations – délibération n° 2025-06-082"
PD_SUBTITLE = ("Objet : Approbation de la convention pluriannuelle de renouvellement urbain du "
               "quartier des Vernottes et autorisation de signature")
PD_FORM = [
    ("Séance", "Jeudi 26 juin 2025, 18 h 30, salle du conseil de l'hôtel de ville"),
    ("Date de convocation", "19 juin 2025"),
    ("Présidence", "Mme Annick Vaudelin, maire"),
    ("Conseillers en exercice", "33"),
    ("Présents", "26"),
    ("Pouvoirs", "5"),
    ("Ne prenant pas part au vote", "1"),
    ("Votants", "30"),
    ("Secrétaire de séance", "M. Karim Boukhris"),
    ("Rapporteur", "Mme Delphine Roussat, adjointe au maire chargée de l'urbanisme et du "
                   "renouvellement urbain"),
]
# funder, grants and contributions, loans (k€ TTC)
PD_FUNDERS = [("Agence nationale pour la rénovation urbaine (ANRU)", 14280, 0),
              ("Action Logement Services", 0, 4150),
              ("Banque des Territoires", 350, 7900),
              ("Région Bourgogne-Franche-Comté", 3200, 0),
              ("Département de l'Yonne", 1150, 0),
              ("Armançon Vallée Agglomération", 6420, 0),
              ("Ville de Sermizy-sur-Armançon", 5870, 0),
              ("Bailleurs sociaux (fonds propres)", 9120, 0),
              ("Cessions de charges foncières", 1300, 0)]


def pd_funding_rows():
    e = probekit.eur
    rows = [["Financeur", "Subventions et apports", "Prêts", "Total"]]
    for name, a, b in PD_FUNDERS:
        rows.append([name, e(a), e(b), e(a + b)])
    ta, tb = sum(f[1] for f in PD_FUNDERS), sum(f[2] for f in PD_FUNDERS)
    rows.append(["Total", e(ta), e(tb), e(ta + tb)])
    return rows


def _check_pdf():
    ta, tb = sum(f[1] for f in PD_FUNDERS), sum(f[2] for f in PD_FUNDERS)
    assert (ta, tb, ta + tb) == (41690, 12050, 53740)
    assert 26 + 5 - 1 == 30 and 24 + 4 + 2 == 30 and 26 + 5 <= 33
    assert 720 + 340 == 1060 and 86 + 64 == 150 and 32 + 28 == 60


PD_TABLES = {"financement": (pd_funding_rows, [230, 95, 80])}
PD_BLOCKS = [
    ("h", "Exposé des motifs"),
    ("p", "Mme Delphine Roussat, adjointe au maire chargée de l'urbanisme et du renouvellement "
          "urbain, expose ce qui suit."),
    ("p", "Le quartier des Vernottes, au nord-est de la ville, sur la rive droite de l'Armançon, "
          "compte 2 980 habitants et 1 240 logements, dont 1 060 logements locatifs sociaux : 720 "
          "appartiennent à Armançon Habitat, office public de l'habitat, et 340 à Morvelia "
          "Habitat, entreprise sociale pour l'habitat. Le revenu médian par unité de consommation "
          "n'y dépasse pas 11 400 € par an, contre 19 900 € pour l'ensemble de la commune, et le "
          "taux de chômage y atteint 29 %."),
    ("p", "Retenu au titre des projets d'intérêt régional du nouveau programme national de "
          "renouvellement urbain, le quartier a fait l'objet d'une étude de programmation en 2022 "
          "et 2023. Le projet qui en est issu a reçu un avis favorable du comité d'engagement de "
          "l'ANRU le 3 avril 2025. Il s'articule autour de quatre orientations :"),
    ("b", "ouvrir le quartier sur la rivière et sur le centre-ville, par la démolition de la "
          "barre Williams (96 logements) et la création du mail des Pressoirs ;"),
    ("b", "réhabiliter le parc conservé : la tour Comice (64 logements, Armançon Habitat) et les "
          "résidences Louise-Bonne (86 logements) et Passe-Crassane (64 logements), propriétés de "
          "Morvelia Habitat ;"),
    ("b", "diversifier l'habitat, par la reconstitution de 60 logements sociaux hors du quartier "
          "et la construction de 28 maisons en accession sur l'emprise de la barre Williams ;"),
    ("b", "renforcer les équipements, par la reconstruction de l'école maternelle des Vernottes "
          "et la création d'une maison de santé pluriprofessionnelle."),
    ("p", "Le coût total des opérations inscrites dans la convention s'élève à 53,74 M€ TTC sur "
          "la période 2025-2032. Le plan de financement s'établit comme suit."),
    ("table", "financement"),
    ("note", "Montants en milliers d'euros TTC. La ligne des bailleurs sociaux réunit les fonds "
             "propres d'Armançon Habitat et de Morvelia Habitat. Les prêts d'Action Logement "
             "Services sont des prêts bonifiés consentis aux bailleurs."),
    ("p", "L'effort de la Ville porte principalement sur la reconstruction de l'école maternelle "
          "et sur les espaces publics du mail des Pressoirs ; il sera inscrit au plan "
          "pluriannuel d'investissement. L'aménagement du mail et la cession des lots à bâtir "
          "seront confiés par Armançon Vallée Agglomération à la société d'économie mixte "
          "Arcadiane Aménagement, dans le cadre d'une concession d'aménagement."),
    ("h", "Décision"),
    ("p", "Le conseil municipal,"),
    ("p", "Vu le code général des collectivités territoriales, et notamment son article "
          "L. 2121-29 ;"),
    ("p", "Vu la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion "
          "urbaine ;"),
    ("p", "Vu le règlement général de l'Agence nationale pour la rénovation urbaine relatif au "
          "nouveau programme national de renouvellement urbain ;"),
    ("p", "Vu l'avis favorable du comité d'engagement de l'ANRU du 3 avril 2025 ;"),
    ("p", "Vu l'avis de la commission de l'urbanisme et du cadre de vie du 12 juin 2025 ;"),
    ("p", "Considérant que le projet répond aux difficultés sociales et urbaines du quartier des "
          "Vernottes ;"),
    ("p", "Considérant que la convention engage la Ville pour une participation de 5 870 000 € "
          "TTC sur la période 2025-2032 ;"),
    ("p", "Après en avoir délibéré :"),
    ("p", "Article 1 : approuve la convention pluriannuelle de renouvellement urbain du quartier "
          "des Vernottes, annexée à la présente délibération."),
    ("p", "Article 2 : autorise Mme la Maire à signer la convention avec l'État, l'ANRU, Armançon "
          "Vallée Agglomération, Action Logement Services, la Banque des Territoires, la Région "
          "Bourgogne-Franche-Comté, le Département de l'Yonne, Armançon Habitat et Morvelia "
          "Habitat, ainsi que tout document s'y rapportant."),
    ("p", "Article 3 : approuve la participation financière de la Ville, d'un montant de "
          "5 870 000 € TTC, et dit que les crédits correspondants seront inscrits aux budgets des "
          "exercices 2025 à 2032."),
    ("p", "Article 4 : sollicite de l'ANRU et des autres partenaires les subventions prévues pour "
          "les opérations dont la Ville assure la maîtrise d'ouvrage."),
    ("p", "Article 5 : charge Mme la Maire de l'exécution de la présente délibération, qui peut "
          "faire l'objet d'un recours devant le tribunal administratif de Dijon dans un délai de "
          "deux mois à compter de sa publication."),
    ("h", "Vote"),
    ("p", "Une conseillère municipale, administratrice d'Armançon Habitat, n'a pris part ni au "
          "débat ni au vote."),
    ("p", "Adopté à la majorité : 24 voix pour, 4 voix contre, 2 abstentions."),
    ("p", "Les élus du groupe « Sermizy en commun » ont voté contre, estimant que la démolition "
          "de la barre Williams réduira l'offre de logements à bas loyer dans la commune."),
    ("note", "Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme. La "
             "Maire, Annick Vaudelin."),
]


# ---------------------------------------------------------------------------
# 3. Regional daily's web article on the tour Machaon: HTML (town 1)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Chalmoutiers-sur-Dheune : à la Combe-Verrière, la tour Machaon tombera au printemps – La Sentinelle bourguignonne</title>
<meta name="description" content="Les derniers locataires quittent la tour Machaon, dont la démolition commence en avril. La barre Vulcain attend encore de connaître son sort.">
<meta name="author" content="Élodie Chaumette">
<meta property="article:published_time" content="2026-02-12T07:00:00+01:00">
<link rel="canonical" href="https://www.sentinelle-bourguignonne.example/saone-et-loire/chalmoutiers/combe-verriere-tour-machaon-printemps">
<style>.rgpd{position:fixed;bottom:0;left:0;right:0}.premium{color:#a4162b}</style>
<script>window.sbConsent = window.sbConsent || {etat: "inconnu"};</script>
</head>
<body>
<div class="rgpd" role="dialog" aria-label="Consentement">
  <p>La Sentinelle bourguignonne et ses 148 partenaires stockent et accèdent à des informations sur votre appareil, comme des cookies, pour mesurer l'audience, personnaliser les contenus et les publicités. <a href="/confidentialite/">En savoir plus</a> · <a href="#">Tout accepter</a> · <a href="#">Refuser</a></p>
</div>
<header class="bandeau">
  <p class="marque"><a href="/">La Sentinelle bourguignonne</a></p>
  <nav class="menu">
    <ul>
      <li><a href="/saone-et-loire/">Saône-et-Loire</a></li>
      <li><a href="/saone-et-loire/chalmoutiers/">Chalmoutiers</a></li>
      <li><a href="/cote-d-or/">Côte-d'Or</a></li>
      <li><a href="/yonne/">Yonne</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/abonnement/" class="premium">Abonnez-vous</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="ariane"><a href="/">Accueil</a> › <a href="/saone-et-loire/">Saône-et-Loire</a> › <a href="/saone-et-loire/chalmoutiers/">Chalmoutiers-sur-Dheune</a> › Urbanisme</nav>

<article class="contenu">
  <p class="surtitre">Chalmoutiers-sur-Dheune · Renouvellement urbain</p>
  <h1>À la Combe-Verrière, la tour Machaon tombera au printemps</h1>
  <p class="auteur">Par Élodie Chaumette · Publié le <time datetime="2026-02-12T07:00">12 février 2026 à 7 h</time> · Mis à jour à 11 h 40</p>
  <div class="partage">
    <p>Partager : <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Courriel</a> · <a href="#">Copier le lien</a></p>
  </div>
  <p class="chapo">Les derniers locataires quittent la tour de douze étages, dont la démolition doit commencer en avril. Sa voisine, la barre Vulcain, attend encore de connaître son sort.</p>

  <p>Dans le hall de la tour Machaon, les boîtes aux lettres ne portent plus qu'une poignée de noms. Au septième étage, Josiane Perraudin, 71 ans, a déjà emballé sa vaisselle. « Je suis arrivée en 1979, quand la verrerie embauchait encore. J'ai vu partir tous mes voisins, un par un. Maintenant c'est mon tour, et je ne vais pas pleurer : l'ascenseur était en panne un jour sur trois. » Début mars, elle emménagera dans un deux-pièces rénové de la résidence Azuré, à trois cents mètres.</p>
  <p>Construite en 1968, la tour compte 84 logements. Lorsque le relogement a débuté, en novembre 2024, 68 d'entre eux étaient occupés. À la fin de janvier, 61 familles avaient trouvé un nouveau toit ; les sept dernières doivent partir d'ici à la fin du mois de mars, assure Dheune Habitat, l'office propriétaire de l'immeuble.</p>
  <p>Un peu plus de la moitié des ménages relogés, 33 exactement, sont restés dans le quartier. Vingt-deux ont rejoint un autre secteur de Chalmoutiers et six ont quitté la commune, le plus souvent pour se rapprocher de leurs enfants.</p>
  <p>« Nous avons fait en moyenne 2,4 propositions par ménage. Personne n'a été relogé contre son gré, et le loyer au mètre carré a été maintenu pour tous ceux qui ont choisi un logement neuf », affirme Laurent Grivaud, directeur général de Dheune Habitat.</p>

  <h2>Quatorze mois de chantier</h2>
  <p>Le désamiantage débutera en avril ; l'écrêtage de la tour, étage par étage, à la pelle à bras long, suivra à l'automne. Le chantier, d'un montant de 2,9 millions d'euros hors taxes, doit durer quatorze mois et s'achever en juin 2027, selon le calendrier de l'agglomération.</p>
  <p>À la place de la tour, la convention de renouvellement urbain prévoit une place centrale plantée, bordée au sud par une maison de santé. Son aménagement a été confié à la société d'économie mixte Arcadiane Aménagement, concessionnaire de Dheune Canal Agglomération pour le quartier.</p>

  <h2>Vulcain, la grande inconnue</h2>
  <p>La barre Vulcain, 160 mètres de façade au nord du quartier, n'est pas concernée par ce calendrier. « Nous ne voulons pas décider à l'aveugle. Une étude va comparer la réhabilitation, la démolition partielle et la démolition totale, et le choix sera fait à la fin de l'année, avec les habitants », explique Sophie Lamberet, vice-présidente de Dheune Canal Agglomération chargée de l'habitat.</p>
  <p>L'étude a été confiée en janvier au groupement conduit par l'Atelier Tesselle, une agence lyonnaise d'urbanisme, associée à un cabinet de sociologues. Ses enquêteurs frapperont à toutes les portes de la barre dès le mois de février.</p>
  <p>Au conseil citoyen, l'impatience domine. « Ce qu'on demande, c'est que les locataires de Vulcain ne restent pas deux ans dans l'incertitude. Certains ont déjà fait leurs cartons, d'autres n'osent plus repeindre leur salon », prévient Fernand Bouillot, qui y siège depuis sa création.</p>
  <p>Côté Morvelia Habitat, l'autre bailleur du quartier, la réhabilitation de la résidence Azuré (96 logements) s'achève ; celle de la résidence Morio (72 logements) commencera en septembre. Les deux chantiers représentent 9,1 millions d'euros.</p>
  <p>Une réunion publique sur le déroulement de la démolition se tiendra le 5 mars à 18 heures à la maison du projet, rue des Gobeletiers.</p>

  <aside class="chiffres-cles">
    <h3>Chiffres clés – La Combe-Verrière</h3>
    <ul>
      <li>3 560 habitants, 1 720 logements dont 1 390 logements sociaux</li>
      <li>47,3 millions d'euros : le montant de la convention de renouvellement urbain signée le 19 septembre 2024, dont 13,6 millions de subventions de l'ANRU</li>
      <li>84 logements démolis à la tour Machaon, de douze étages</li>
      <li>6,5 millions d'euros réservés pour la barre Vulcain, dans l'attente de l'étude</li>
      <li>2029 : livraison attendue de la place centrale et de la maison de santé</li>
    </ul>
  </aside>
</article>

<aside class="colonne-droite">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/saone-et-loire/crue-dheune-routes-coupees/">Crue de la Dheune : quatre routes départementales coupées</a></li>
      <li><a href="/economie/fonderie-reprise-salaries/">La fonderie reprise, 140 salariés conservés</a></li>
      <li><a href="/sports/basket-chalmoutiers-montee/">Basket : Chalmoutiers rêve toujours de la montée</a></li>
      <li><a href="/saone-et-loire/carnaval-programme/">Le programme du carnaval dévoilé</a></li>
    </ol>
  </section>
  <section class="lettre-info">
    <h2>Newsletter Saône-et-Loire</h2>
    <p>Recevez chaque matin à 7 heures l'actualité de votre département, gratuitement.</p>
    <form action="/newsletter/" method="post"><input type="email" name="email" placeholder="Votre e-mail"><button type="submit">S'inscrire</button></form>
  </section>
</aside>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/saone-et-loire/chalmoutiers/convention-anru-combe-verriere/">Combe-Verrière : la convention de renouvellement urbain enfin signée</a></li>
    <li><a href="/saone-et-loire/chalmoutiers/memoire-verrerie-exposition/">La mémoire de la verrerie s'expose à la médiathèque</a></li>
    <li><a href="/yonne/logement-social-attente/">Logement social : l'attente s'allonge dans l'Yonne</a></li>
  </ul>
</section>
</main>

<footer class="pied">
  <p>La Sentinelle bourguignonne – quotidien régional – 4, rue des Forges – Dijon</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/confidentialite/">Politique de confidentialité</a> · <a href="/cookies/">Paramétrer les cookies</a> · <a href="/contact/">Nous contacter</a></p>
  <p>© 2026 La Sentinelle bourguignonne. Reproduction interdite.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 84 - 68 == 16 and 68 - 61 == 7 and 33 + 22 + 6 == 61 and 2 * 33 > 61
    assert 96 + 72 <= 380


# ---------------------------------------------------------------------------
# 4. Agglomeration's progress note on rehousing and works: Markdown (town 2)
# ---------------------------------------------------------------------------
# situation, households (the three "dont" lines break down the first one)
MD_REHOUSING = [("Relogés", 47), ("dont aux Vernottes", 18),
                ("dont ailleurs à Sermizy-sur-Armançon", 21),
                ("dont hors de la commune", 8),
                ("Proposition acceptée, bail à signer", 14),
                ("Sans solution à ce jour", 18)]
# operation, owner, homes, progress at 31 January 2026
MD_WORKS = [
    ("Démolition de la barre Williams", "Armançon Habitat", "96",
     "Relogement en cours ; désamiantage à partir de septembre 2026"),
    ("Réhabilitation de la résidence Louise-Bonne", "Morvelia Habitat", "86",
     "Travaux depuis le 6 octobre 2025 ; isolation des façades engagée sur 2 cages sur 5"),
    ("Réhabilitation de la tour Comice", "Armançon Habitat", "64",
     "Marché de travaux attribué ; démarrage en avril 2026"),
    ("Réhabilitation de la résidence Passe-Crassane", "Morvelia Habitat", "64",
     "Études de maîtrise d'œuvre ; travaux en 2027"),
    ("Reconstitution : résidence du Clos-Margot (hors quartier)", "Armançon Habitat", "32",
     "Gros œuvre achevé ; livraison en juin 2026"),
    ("Reconstitution : îlot de la Gare (hors quartier)", "Morvelia Habitat", "28",
     "Permis de construire obtenu le 12 décembre 2025"),
]


def md_tables():
    total = sum(n for s, n in MD_REHOUSING if not s.startswith("dont"))
    reh = ["| Situation au 31 janvier 2026 | Ménages | Part |", "|---|---|---|"]
    for label, n in MD_REHOUSING:
        share = "–" if label.startswith("dont") else f"{round(100 * n / total)} %"
        reh.append(f"| {label} | {n} | {share} |")
    reh.append(f"| Total | {total} | 100 % |")
    works = ["| Opération | Maître d'ouvrage | Logements | Avancement au 31 janvier 2026 |",
             "|---|---|---|---|"]
    for row in MD_WORKS:
        works.append("| " + " | ".join(row) + " |")
    return "\n".join(reh), "\n".join(works)


def _check_md():
    total = sum(n for s, n in MD_REHOUSING if not s.startswith("dont"))
    assert total == 79 and 18 + 21 + 8 == 47 and 96 - 79 == 17
    assert sum(round(100 * n / total) for s, n in MD_REHOUSING if not s.startswith("dont")) == 100
    assert 7 + 5 + 4 + 2 == 18 and 2240 < 3180 < 14500 and round(9 / 47 * 5) == 1
    assert 32 + 28 == 60


MD_REHOUSING_TABLE, MD_WORKS_TABLE = md_tables()
MD = """---
title: "Point d'étape n° 2 – Relogement et chantiers du quartier des Vernottes"
date: 2026-02-16
situation: 2026-01-31
auteur: "Armançon Vallée Agglomération – direction de la politique de la ville et du renouvellement urbain"
redaction: "Aurélie Lachaume, cheffe de projet renouvellement urbain"
destinataires: "Comité technique du 19 février 2026, partenaires de la convention, conseil citoyen des Vernottes"
tags: [renouvellement urbain, relogement, Vernottes, Sermizy-sur-Armançon, point d'étape]
---

# Point d'étape n° 2 – Relogement et chantiers aux Vernottes

*Situation au 31 janvier 2026. Note préparée par Aurélie Lachaume, cheffe de projet renouvellement urbain d'Armançon Vallée Agglomération, pour le comité technique du 19 février 2026.*

## L'essentiel

- La convention de renouvellement urbain des Vernottes a été signée le 9 octobre 2025 à la préfecture de l'Yonne, à Auxerre.
- 47 des 79 ménages de la barre Williams ont été relogés ; 18 n'ont encore aucune solution.
- Le chantier de la résidence Louise-Bonne a démarré le 6 octobre 2025.
- Le désamiantage de la barre Williams ne pourra pas commencer avant septembre 2026.

## 1. Relogement des ménages de la barre Williams

Au lancement des opérations de relogement, le 1er mars 2025, 79 des 96 logements de la barre étaient occupés. Armançon Habitat conduit le relogement avec l'appui d'un opérateur de maîtrise d'œuvre urbaine et sociale, retenu après mise en concurrence, qui tient une permanence deux jours par semaine à la maison du projet.

""" + MD_REHOUSING_TABLE + """

Neuf ménages relogés, soit près d'un sur cinq, ont emménagé dans un logement neuf ou livré depuis moins de cinq ans. Le reste à charge mensuel, loyer et charges après aide au logement, a diminué en moyenne de 9 € ; il a augmenté pour six ménages, qui ont choisi un logement plus grand.

Les 18 ménages encore sans solution se répartissent ainsi :

- sept grandes familles attendent les logements de cinq pièces de la résidence du Clos-Margot, dont la livraison est prévue en juin 2026 ;
- cinq personnes âgées souhaitent rester dans le quartier et attendent un logement adapté au rez-de-chaussée de la tour Comice ;
- quatre ménages ont refusé deux propositions ;
- deux ménages bénéficient d'un accompagnement social renforcé en raison de dettes locatives.

## 2. Avancement des chantiers

""" + MD_WORKS_TABLE + """

Le chantier de la résidence Louise-Bonne, d'un coût de 5,6 M€ TTC, doit faire passer les logements de l'étiquette énergétique E à l'étiquette C. Morvelia Habitat ne prévoit aucune hausse de loyer après les travaux.

Les études d'avant-projet du mail des Pressoirs sont conduites par Arcadiane Aménagement, concessionnaire depuis le 15 décembre 2025 ; elles seront présentées au conseil citoyen en mars.

## 3. Emploi et insertion

Les marchés de travaux de la convention comportent 14 500 heures d'insertion. Au 31 janvier 2026, 3 180 heures ont été réalisées, dont 2 240 sur le chantier de la résidence Louise-Bonne, au bénéfice de 17 personnes, parmi lesquelles 9 habitants des Vernottes.

## 4. Points de vigilance

- **Sécurité de la barre Williams** : un gardiennage de nuit est en place depuis décembre 2025, après deux tentatives d'intrusion dans des logements murés.
- **Calendrier du Clos-Margot** : tout retard de livraison repousserait d'autant le relogement des grandes familles, donc la démolition.
- **Désamiantage** : le diagnostic avant démolition a conduit à réévaluer le coût du désamiantage de la barre Williams à 1,35 M€ HT, contre 0,9 M€ HT inscrits dans la convention.

## 5. Prochaines échéances

1. 19 février 2026 : comité technique.
2. 17 mars 2026 : comité de pilotage, coprésidé par Annick Vaudelin, maire de Sermizy-sur-Armançon, et Gérard Mouchot, président d'Armançon Vallée Agglomération.
3. Avril 2026 : démarrage des travaux de la tour Comice.
4. Juin 2026 : livraison de la résidence du Clos-Margot.
5. 31 juillet 2026 : objectif de fin du relogement de la barre Williams.
6. Septembre 2026 : début du désamiantage de la barre Williams.
"""


# ---------------------------------------------------------------------------
# 5. SEM's information note on its two concessions: plain text (both towns)
# ---------------------------------------------------------------------------
# indicator, Combe-Verrière, Vernottes
TX_ROWS = [("Signature du traité de concession", "4 février 2025", "15 décembre 2025"),
           ("Durée de la concession", "9 ans", "8 ans"),
           ("Bilan prévisionnel (€ HT)", 8420000, 6150000),
           ("Participation d'équilibre (€ HT)", 3100000, 2280000),
           ("Dépenses réalisées au 31/03/2026 (€ HT)", 1935000, 212000),
           ("Foncier maîtrisé", "82 %", "35 %"),
           ("Appel de participation 2026 (€ HT)", 620000, 380000)]


def tx_table():
    def cell(v):
        return probekit.eur(v) if isinstance(v, int) else v
    w = 42
    lines = [f"{'Indicateur':<{w}}{'Combe-Verrière':>18}{'Vernottes':>20}", "-" * (w + 38)]
    for label, a, b in TX_ROWS:
        lines.append(f"{label:<{w}}{cell(a):>18}{cell(b):>20}")
    return "\n".join(lines)


def _check_txt():
    assert 620000 < 3100000 and 380000 < 2280000 and 1935000 < 8420000


TXT = """ARCADIANE AMÉNAGEMENT
Société d'économie mixte d'aménagement – Dijon

NOTE D'INFORMATION

De : Franck Mailfert, directeur des opérations
À : Marion Desbois, Dheune Canal Agglomération ; Aurélie Lachaume, Armançon Vallée Agglomération
Copie : Hervé Ruffiot, directeur général ; Lucie Bernardin et Mehdi Sahraoui, chargés d'opérations
Date : 8 avril 2026
Objet : Concessions de la Combe-Verrière et des Vernottes – point au 31 mars 2026 et appels de participation 2026


Bonjour,

Vous trouverez ci-dessous le point trimestriel des deux concessions d'aménagement que nous conduisons pour vos agglomérations dans le cadre des projets de renouvellement urbain, ainsi que le montant des participations que nous vous appellerons cette année. Lucie Bernardin suit la Combe-Verrière, Mehdi Sahraoui les Vernottes.


1. COMBE-VERRIÈRE (CHALMOUTIERS-SUR-DHEUNE)

Les travaux de la rue des Gobeletiers, première tranche des espaces publics, sont terminés depuis le 20 mars ; la réception a été prononcée sans réserve majeure. La place centrale ne pourra être engagée qu'après la démolition de la tour Machaon : la consultation des entreprises est envisagée à l'automne 2027.

Sur le plan foncier, il nous reste à acquérir deux lots de la copropriété commerciale de l'avenue du Canal-du-Centre. Un accord amiable a été trouvé pour le premier, au prix de 148 000 € ; le second relèvera d'une procédure d'expropriation, dont le dossier d'enquête préalable sera déposé en préfecture en mai.

Le compte rendu annuel à la collectivité de l'exercice 2025 vous a été transmis le 27 février ; il ne modifie pas le bilan prévisionnel. La participation appelée en 2026 est en baisse par rapport à l'an dernier (780 000 € HT en 2025), les dépenses de travaux se concentrant désormais sur 2027 et 2028.


2. VERNOTTES (SERMIZY-SUR-ARMANÇON)

Le traité ayant été signé en décembre, l'opération est entrée dans sa phase d'études. L'équipe de maîtrise d'œuvre des espaces publics a été désignée le 3 mars parmi cinq candidats ; elle présentera l'avant-projet du mail des Pressoirs au conseil citoyen dans les prochaines semaines.

La première acquisition porte sur l'ancienne jardinerie de la rue des Pressoirs (4 100 m²), pour laquelle un compromis a été signé le 12 mars au prix de 265 000 €. L'emprise de la barre Williams nous sera cédée par Armançon Habitat après la démolition.

Le calendrier général n'est pas modifié : les travaux du mail des Pressoirs pourront commencer au printemps 2027, une fois l'avant-projet validé, et les premiers lots à bâtir seront commercialisés après la démolition de la barre Williams. Le dossier de réalisation de la concession vous sera soumis à l'automne.


3. LES DEUX CONCESSIONS EN CHIFFRES

""" + tx_table() + """

Les appels de participation seront émis en deux fois, en juin et en novembre.


4. DÉCISIONS ATTENDUES

Pour tenir les calendriers, nous avons besoin des décisions suivantes :

- Combe-Verrière : valider avant le 15 mai le programme de la place centrale, qui conditionne le dépôt du permis d'aménager ;
- Vernottes : confirmer qui, de la Ville ou de l'Agglomération, prendra en charge l'éclairage public du mail des Pressoirs ;
- pour les deux concessions : désigner un représentant au comité de suivi annuel prévu par le traité.

Je reste à votre disposition pour en parler, et vous propose un point téléphonique avec chacune de vous dans la semaine du 20 avril.

Bien cordialement,

Franck Mailfert
Directeur des opérations
Arcadiane Aménagement – société d'économie mixte au capital détenu par la Région Bourgogne-Franche-Comté, six intercommunalités et la Banque des Territoires
f.mailfert@arcadiane-amenagement.example
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe24.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=2, header_fill="6B2737",
        total_match="prefix")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"financement"},
        form_label_w=150, theme=THEME_BURGUNDY, header_left=PD_HEADER_LEFT,
        header_right=PD_HEADER_RIGHT, footer=PD_FOOTER, author=PD_AUTHOR, subject=PD_SUBJECT,
        creator=PD_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_docx()
    _check_pdf()
    _check_html()
    _check_md()
    _check_txt()
    write_docx()
    write_pdf()
    write_text(FN_HTML, HTML)
    write_text(FN_MD, MD)
    write_text(FN_TXT, TXT)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
