#!/usr/bin/env python3
"""Generate the five probe14 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Lorvigny-sur-Cher (Loir-et-Cher, Centre-Val de Loire), quartier prioritaire des
        Hautes-Garennes (agglomeration: Agglomération Lorvigny Val de Cher; social landlords Terres
        de Cher Habitat, an OPH, and Ligéria Habitat, a regional ESH; buildings named after
        physicists: tour Ampère, barre Lavoisier, immeuble Fresnel, résidences Arago and Branly)
    - cctp-mous-relogement-phase-2-hautes-garennes-lorvigny-sur-cher.pdf
        (call for tenders' technical specifications (CCTP) of the two landlords' joint purchasing
        group, dated 3 November 2025: labelled form, context with the convention's figures and
        the phase 1 outcome, a table of occupied homes per building at 30 September 2025, the
        findings of a 2024 preliminary study by a consultancy, rehousing targets, mission content,
        an optional part, required staff, a table of deliverables and deadlines, steering, data
        protection; no estimated amount)
    - compte-rendu-conseil-citoyen-hautes-garennes-lorvigny-20-novembre-2025.md
        (minutes of the residents' council plenary meeting of 20 November 2025, with YAML front
        matter: attendance and quorum, rehousing of the Lavoisier block at 14 November 2025, the
        future of the demolished tower's site, lifts of the Fresnel building (written answer of
        the absent landlord), a table of the residents' participation fund's five projects with
        amounts asked and granted, other business, a table of decisions, the secretary's name)
Town 2: Chavigneul (Nièvre, Bourgogne-Franche-Comté), quartier prioritaire des Ravinelles
        (agglomeration: Chavigneul Agglomération; social landlords Habitat du Haut-Nivernais, an
        OPH, and Ligéria Habitat; buildings named after poets: tour Rimbaud, barre Apollinaire,
        résidences Ronsard and Baudelaire)
    - charte-relogement-npnru-ravinelles-chavigneul-2025.docx
        (partnership rehousing charter signed on 27 March 2025: labelled fields including the
        consultancy in charge of the rehousing mission (MOUS) and its amount, preamble with the
        project's figures, a table of households to rehouse per building at 31 January 2025 with
        demolition dates, principles, a table of quantified targets, the landlords' and partners'
        commitments, governance, a table of signatories, some of them unnamed)
    - fiche-action-2-3-clauses-insertion-chantier-ravinelles-chavigneul.txt
        (contract-of-city action sheet validated on 16 September 2025: labelled fields, findings
        with insertion hours at 30 June 2025, objectives, four actions, a financing table by
        funder for 2025 and 2026, an indicator table (2024 baseline, 2026 and 2030 targets), a
        timetable and a follow-up committee whose co-chairs are unnamed)
Both towns:
    - quartiers-et-bailleurs-ligeria-habitat-relogement-hautes-garennes-ravinelles.html
        (trade weekly's web article, 9 December 2025, about the landlord's rehousing in both
        neighbourhoods, inside an <article> with a cookie banner, navigation, a newsletter box, a
        "Repères" box, "Sur le même sujet" links and a footer; some facts only in the box)

The documents overlap on purpose: Ligéria Habitat owns a building to demolish in each town and
its managing director is named in the charter and the article; the consultancy Passerelles
Habitat Conseil wrote the 2024 study in town 1 and runs the rehousing mission in town 2 (its
amount is given in town 2 only); rehousing is counted at several dates (30 September and
14 November 2025 in town 1, 31 January and 30 November 2025 in town 2); both towns have a
rehousing charter with different targets (a target for rehousing with another landlord in town 2
only), a steering committee chaired by a vice-president for housing, and integration hours
(given for town 2 only); demolition costs are given for one building only; some roles are never
named (the mayor of Lorvigny-sur-Cher, the head of Terres de Cher Habitat, the prefect of the
Nièvre, the agglomeration's vice-president for employment in town 2).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe14.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents (a paragraph, list item, table cell, heading or text paragraph; read back from the
written files, and for the PDF inside one run of lines sharing the same left edge on one page),
every answer fact must occur in one of its gold documents, every near-doc tag must name a
document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe14/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe14.jsonl")
QID_PREFIX = "q14"

FN_DOCX = "charte-relogement-npnru-ravinelles-chavigneul-2025.docx"
FN_PDF = "cctp-mous-relogement-phase-2-hautes-garennes-lorvigny-sur-cher.pdf"
FN_MD = "compte-rendu-conseil-citoyen-hautes-garennes-lorvigny-20-novembre-2025.md"
FN_HTML = ("quartiers-et-bailleurs-ligeria-habitat-relogement-hautes-garennes-"
           "ravinelles.html")
FN_TXT = "fiche-action-2-3-clauses-insertion-chantier-ravinelles-chavigneul.txt"

ZIP_DT = (2025, 3, 27, 10, 0, 0)
DOCX_DATE = "2025-03-27T10:00:00Z"
PDF_DATE = "D:20251103100000+01'00'"


# ---------------------------------------------------------------------------
# 1. Partnership rehousing charter: DOCX (town 2)
# ---------------------------------------------------------------------------
DX_COMPANY = "Chavigneul Agglomération"
DX_DOC_KIND = "Charte partenariale de relogement"
DX_HEADER = ("Chavigneul Agglomération – Charte de relogement du projet de renouvellement urbain "
             "des Ravinelles")
DX_FOOTER = ("Chavigneul Agglomération – direction de l'habitat et du renouvellement urbain – "
             "2, place de la Halle-aux-Grains – Chavigneul – charte signée le 27 mars 2025")
DX_KICKER = "Nouveau programme national de renouvellement urbain – quartier des Ravinelles"
DX_TITLE = "Charte partenariale de relogement"
DX_SUBTITLE = ("Projet de renouvellement urbain des Ravinelles – Chavigneul (Nièvre) – "
               "2025-2028")
DX_KEYWORDS = ("charte de relogement; NPNRU; MOUS; Ravinelles; Chavigneul; tour Rimbaud; "
               "barre Apollinaire; Ligéria Habitat; Habitat du Haut-Nivernais")
DX_MOUS_AMOUNT = 186400
DX_FIELDS = [
    ("Quartier concerné", "Les Ravinelles, quartier prioritaire de la politique de la ville de "
                          "Chavigneul"),
    ("Opérations concernées", "Démolition de la tour Rimbaud (Ligéria Habitat) et de la barre "
                              "Apollinaire (Habitat du Haut-Nivernais), soit 144 logements"),
    ("Ménages à reloger", "126 ménages recensés au 31 janvier 2025"),
    ("Fondement", "Convention pluriannuelle de renouvellement urbain signée le 8 décembre 2023 ; "
                  "avis de la conférence intercommunale du logement du 4 mars 2025"),
    ("Durée", "Du 27 mars 2025 au 31 décembre 2028"),
    ("Maîtrise d'œuvre urbaine et sociale (MOUS)",
     f"Passerelles Habitat Conseil, désigné le 10 février 2025 pour 36 mois "
     f"({probekit.eur(DX_MOUS_AMOUNT)} € HT)"),
    ("Pilotage", "Chavigneul Agglomération, direction de l'habitat et du renouvellement urbain"),
]
# Buildings: name, landlord, homes, households to rehouse at 31 January 2025, rehousing, demolition
DX_BUILDINGS = [
    ("Tour Rimbaud, 2 rue Paul-Verlaine", "Ligéria Habitat", 60, 52, "2025-2026",
     "Premier semestre 2027"),
    ("Barre Apollinaire, 1 à 11 allée des Ravinelles", "Habitat du Haut-Nivernais", 84, 74,
     "2025-2027", "2028"),
]


def dx_building_rows():
    rows = [["Immeuble", "Bailleur", "Logements", "Ménages à reloger au 31 janvier 2025",
             "Relogements", "Démolition"]]
    for name, landlord, homes, hh, reloc, demol in DX_BUILDINGS:
        rows.append([name, landlord, str(homes), str(hh), reloc, demol])
    rows.append(["Total", "", str(sum(b[2] for b in DX_BUILDINGS)),
                 str(sum(b[3] for b in DX_BUILDINGS)), "", ""])
    return rows


DX_TABLES = {
    "buildings": dx_building_rows(),
    "targets": [
        ["Objectif", "Cible", "Mesure"],
        ["Relogements hors du quartier prioritaire", "Au moins 40 % des ménages relogés",
         "Ménages relogés hors des Ravinelles et de tout autre quartier prioritaire"],
        ["Relogements dans un logement neuf ou livré depuis moins de cinq ans",
         "Au moins 25 % des ménages relogés", "Date de mise en service du logement d'accueil"],
        ["Reste à charge", "Stable ou en baisse pour au moins 90 % des ménages",
         "Loyer et charges, après déduction de l'aide au logement, comparés à ceux du logement "
         "quitté"],
        ["Relogements chez un autre bailleur que le bailleur d'origine",
         "Au moins 15 % des ménages relogés", "Bailleur du logement d'accueil"],
        ["Satisfaction six mois après le relogement", "Au moins 80 % de ménages satisfaits",
         "Enquête conduite par la MOUS"],
    ],
    "signatures": [
        ["Signataire", "Représenté par"],
        ["L'État", "La préfète de la Nièvre"],
        ["Chavigneul Agglomération", "Bernard Thévenot-Caillaud, président"],
        ["Ville de Chavigneul", "Hélène Dumoutier, maire"],
        ["Habitat du Haut-Nivernais", "Philippe Garnier-Lussac, directeur général"],
        ["Ligéria Habitat", "Séverine Maupoix, directrice générale"],
        ["Action Logement Services", "La directrice régionale Bourgogne-Franche-Comté"],
        ["Département de la Nièvre", "Le président du conseil départemental"],
        ["Caisse d'allocations familiales de la Nièvre", "Le directeur"],
    ],
}
DX_WIDTHS = {"buildings": [2700, 1800, 1100, 1500, 1200, 1400],
             "targets": [3200, 2900, 3600], "signatures": [4200, 5500]}
DX_SECTIONS = [
    ("h1", "Préambule"),
    ("p", "Le quartier des Ravinelles, construit entre 1966 et 1974 au nord de Chavigneul, compte "
          "1 050 logements, dont 980 logements sociaux : 610 appartiennent à Habitat du "
          "Haut-Nivernais et 370 à Ligéria Habitat. Il accueille 2 600 habitants."),
    ("p", "La convention pluriannuelle de renouvellement urbain des Ravinelles, signée le "
          "8 décembre 2023, prévoit la démolition de 144 logements, la réhabilitation de 420 "
          "logements, dont ceux des résidences Ronsard et Baudelaire, et la reconstitution de 96 "
          "logements sociaux, tous hors du quartier prioritaire. Le projet représente un "
          "investissement de 48,6 M€ TTC, dont 11,3 M€ de subventions de l'ANRU."),
    ("p", "Le relogement des ménages est la condition de ces démolitions. Il doit offrir à chaque "
          "ménage un parcours résidentiel positif et contribuer à une meilleure mixité sociale à "
          "l'échelle de l'agglomération. La présente charte fixe les engagements de ses huit "
          "signataires ; elle complète le document cadre des orientations en matière "
          "d'attribution adopté par la conférence intercommunale du logement."),
    ("h1", "Article 1 – Objet et champ d'application"),
    ("p", "La charte s'applique à tous les ménages titulaires d'un bail dans la tour Rimbaud ou la "
          "barre Apollinaire à la date de la notification de leur relogement, ainsi qu'aux "
          "personnes hébergées depuis plus d'un an qui souhaitent disposer d'un logement "
          "autonome. Les logements vacants des deux immeubles ne sont plus attribués depuis le "
          "1er janvier 2024."),
    ("table", "buildings"),
    ("note", "Les 126 ménages recensés comprennent 9 ménages hébergés qui ont demandé un logement "
             "autonome (décohabitation)."),
    ("h1", "Article 2 – Principes du relogement"),
    ("li", "Chaque ménage bénéficie d'un diagnostic social individuel, réalisé à son domicile par "
           "la MOUS, avant toute proposition de logement."),
    ("li", "Les propositions tiennent compte des souhaits exprimés par le ménage (commune, "
           "quartier, taille du logement, étage, proximité des écoles et des services) et de ses "
           "ressources."),
    ("li", "Trois propositions de logement au plus sont faites à chaque ménage ; chacune est "
           "présentée lors d'une visite accompagnée."),
    ("li", "Le ménage dispose d'un délai de dix jours pour répondre à chaque proposition."),
    ("li", "Aucun ménage n'est relogé dans un immeuble dont la démolition ou la restructuration "
           "lourde est programmée."),
    ("h1", "Article 3 – Objectifs chiffrés"),
    ("p", "Les signataires s'engagent sur les objectifs suivants, mesurés sur l'ensemble des "
          "relogements réalisés au titre de la charte."),
    ("table", "targets"),
    ("p", "Pour tout relogement dans un logement neuf ou livré depuis moins de cinq ans, le "
          "bailleur d'accueil sollicite la minoration de loyer financée par l'ANRU, afin que le "
          "loyer ne dépasse pas le loyer plafond pris en compte pour le calcul de l'aide au "
          "logement."),
    ("h1", "Article 4 – Engagements des bailleurs"),
    ("p", "Habitat du Haut-Nivernais et Ligéria Habitat s'engagent, pour chaque ménage relogé, à "
          "assurer :"),
    ("li", "la prise en charge du déménagement par une entreprise choisie par le bailleur "
           "d'origine, ou le versement d'une aide forfaitaire de 700 € au ménage qui déménage par "
           "ses propres moyens ;"),
    ("li", "le transfert du dépôt de garantie vers le nouveau logement, sans nouvelle avance du "
           "ménage ;"),
    ("li", "la prise en charge des frais d'ouverture des compteurs d'eau et d'énergie et du "
           "transfert de l'abonnement internet ;"),
    ("li", "l'exonération du loyer de l'ancien logement pendant la période de chevauchement des "
           "deux baux, dans la limite d'un mois ;"),
    ("li", "la remise en état du logement proposé (peintures et sols) avant l'entrée dans les "
           "lieux."),
    ("p", "Jusqu'à l'achèvement des relogements, chaque bailleur réserve aux ménages à reloger au "
          "moins 60 % des logements qui se libèrent dans son patrimoine de l'agglomération hors "
          "des quartiers prioritaires."),
    ("h1", "Article 5 – Engagements des autres partenaires"),
    ("li", "L'État mobilise son contingent préfectoral : au moins 12 logements par an sont "
           "réservés aux ménages relogés."),
    ("li", "Action Logement Services réserve aux ménages relogés au moins 10 logements par an sur "
           "ses droits de réservation dans l'agglomération."),
    ("li", "La Ville de Chavigneul facilite les changements d'école en cours d'année et "
           "accompagne les ménages dans leurs démarches administratives au centre communal "
           "d'action sociale."),
    ("li", "Le Département de la Nièvre mobilise le Fonds de solidarité pour le logement et "
           "l'accompagnement social lié au logement pour les ménages qui en ont besoin."),
    ("li", "La caisse d'allocations familiales de la Nièvre assure le maintien des droits à l'aide "
           "au logement, sans interruption, lors du changement de logement."),
    ("h1", "Article 6 – La maîtrise d'œuvre urbaine et sociale"),
    ("p", f"La MOUS est confiée à Passerelles Habitat Conseil pour une durée de 36 mois et un "
          f"montant de {probekit.eur(DX_MOUS_AMOUNT)} € HT, financé pour moitié par l'ANRU et pour "
          f"moitié par les deux bailleurs, au prorata du nombre de ménages à reloger. Elle est "
          f"dirigée par Laure Kessler-Dufay, cheffe de projet, assistée de deux conseillères en "
          f"économie sociale et familiale."),
    ("p", "La MOUS tient une permanence à la maison du projet des Ravinelles le mardi et le "
          "vendredi matin, et reçoit les ménages à leur domicile sur rendez-vous."),
    ("p", "Elle tient à jour la situation de chaque ménage dans un tableau de bord transmis chaque "
          "mois à la commission de relogement, et suit chaque ménage pendant six mois après son "
          "emménagement."),
    ("h1", "Article 7 – Gouvernance"),
    ("li", "Le comité de pilotage du relogement, présidé par Martine Deschaseaux, vice-présidente "
           "de Chavigneul Agglomération chargée de l'habitat, se réunit deux fois par an. Il "
           "réunit les signataires et deux représentants du conseil citoyen des Ravinelles."),
    ("li", "La commission de relogement inter-bailleurs, animée par la MOUS, se réunit chaque "
           "mois pour examiner la situation des ménages et répartir les propositions entre les "
           "bailleurs."),
    ("li", "La commission de recours, présidée par le président de Chavigneul Agglomération ou "
           "son représentant, examine la situation des ménages qui ont refusé trois propositions, "
           "avant toute procédure."),
    ("h1", "Article 8 – Suivi, évaluation et durée"),
    ("p", "Un bilan annuel du relogement est présenté au comité de pilotage et à la conférence "
          "intercommunale du logement. La charte peut être modifiée par avenant, notamment si le "
          "programme de démolition évolue. Elle prend fin le 31 décembre 2028 ou, si elle est "
          "antérieure, à la date d'achèvement des relogements."),
    ("p", "Fait à Chavigneul, le 27 mars 2025, en huit exemplaires originaux."),
    ("table", "signatures"),
]


def _check_docx():
    rows = dx_building_rows()
    assert rows[-1][2] == "144" and rows[-1][3] == "126", rows[-1]
    assert 610 + 370 == 980 and len(DX_TABLES["signatures"]) - 1 == 8


# ---------------------------------------------------------------------------
# 2. Call for tenders' technical specifications (CCTP): PDF (town 1)
# ---------------------------------------------------------------------------
PA_HEADER_LEFT = ("Groupement de commandes Terres de Cher Habitat – Ligéria Habitat – "
                  "Marché n° 2025-TCH-031")
PA_HEADER_RIGHT = "CCTP"
PA_FOOTER = ("Terres de Cher Habitat – office public de l'habitat – 14, quai de la Tannerie – "
             "Lorvigny-sur-Cher – CCTP du 3 novembre 2025")
PA_AUTHOR = "Terres de Cher Habitat"
PA_CREATOR = "Terres de Cher Habitat – service renouvellement urbain"
PA_SUBJECT = ("Marché n° 2025-TCH-031 – MOUS relogement de la phase 2 du projet de "
              "renouvellement urbain des Hautes-Garennes")
PA_KICKER = "MARCHÉ N° 2025-TCH-031 – PROCÉDURE ADAPTÉE"
PA_TITLE = "Cahier des clauses techniques particulières (CCTP)"
PA_SUBTITLE = ("Maîtrise d'œuvre urbaine et sociale pour le relogement et l'accompagnement des "
               "ménages – phase 2 du projet de renouvellement urbain des Hautes-Garennes à "
               "Lorvigny-sur-Cher")
# Phase 2 buildings: name, landlord, homes to demolish, occupied at 30 September 2025, vacating
PA_BUILDINGS = [
    ("Barre Lavoisier (1 à 9, rue des Garennes)", "Terres de Cher Habitat", 72, 64,
     "31 décembre 2026"),
    ("Immeuble Fresnel, cages 5 à 8", "Ligéria Habitat", 32, 27, "30 juin 2027"),
]


def pa_building_rows():
    rows = [["Bâtiment", "Bailleur", "Logements à démolir", "Logements occupés au 30 septembre "
             "2025", "Libération prévue"]]
    for name, landlord, homes, occ, date in PA_BUILDINGS:
        rows.append([name, landlord, str(homes), str(occ), date])
    rows.append(["Total phase 2", "", str(sum(b[2] for b in PA_BUILDINGS)),
                 str(sum(b[3] for b in PA_BUILDINGS)), ""])
    return rows


def pa_deliverable_rows():
    return [
        ["Livrable", "Contenu", "Échéance"],
        ["Note de démarrage", "Méthode, calendrier détaillé et composition de l'équipe",
         "1 mois après la notification"],
        ["Diagnostic social", "Fiche individuelle de chaque ménage et synthèse par immeuble",
         "4 mois après la notification"],
        ["Plan de relogement", "Parcours proposé pour chaque ménage, validé en commission de "
                               "relogement", "5 mois après la notification"],
        ["Tableau de bord", "Situation de chaque ménage et indicateurs de l'article 3",
         "Chaque mois, avant le 10"],
        ["Bilan annuel", "Bilan quantitatif et qualitatif, résultats de l'enquête de satisfaction",
         "En janvier 2027 et en janvier 2028"],
        ["Bilan final", "Bilan de l'ensemble de la phase 2", "2 mois après le dernier "
                                                            "relogement"],
    ]


def _check_pdf():
    rows = pa_building_rows()
    assert rows[-1][2] == "104" and rows[-1][3] == "91", rows[-1]
    assert 96 + 72 + 32 == 200 and 820 + 440 == 1260 and 32 + 48 == 80


PA_FORM = [
    ("Acheteur", "Groupement de commandes constitué de Terres de Cher Habitat (coordonnateur) et "
                 "de Ligéria Habitat"),
    ("Objet", "MOUS relogement de la phase 2 : barre Lavoisier et immeuble Fresnel (cages 5 à 8)"),
    ("Procédure", "Procédure adaptée ouverte (articles R. 2123-1 et suivants du code de la "
                  "commande publique)"),
    ("Forme du marché", "Marché à prix global et forfaitaire, avec une tranche ferme et une "
                        "tranche optionnelle"),
    ("Durée", "Tranche ferme : 30 mois à compter de la notification, prévue en février 2026 ; "
              "tranche optionnelle : 12 mois"),
    ("Suivi du marché", "Delphine Sauvignac, responsable du service renouvellement urbain, Terres "
                        "de Cher Habitat"),
    ("Version", "3 novembre 2025"),
]
PA_TABLES = {"menages": (pa_building_rows, [150, 95, 70, 90]),
             "livrables": (pa_deliverable_rows, [105, 235])}
PA_BLOCKS = [
    ("h", "Article 1 – Objet du marché"),
    ("p", "Le présent marché a pour objet la maîtrise d'œuvre urbaine et sociale (MOUS) du "
          "relogement des ménages de la phase 2 du projet de renouvellement urbain des "
          "Hautes-Garennes : diagnostic social, accompagnement jusqu'au relogement, suivi après le "
          "relogement et information des habitants. Il est passé par le groupement de commandes "
          "constitué par la convention du 9 septembre 2025 entre Terres de Cher Habitat et "
          "Ligéria Habitat, propriétaires des deux immeubles concernés. Chaque bailleur règle la "
          "part du marché correspondant aux ménages de son patrimoine."),
    ("h", "Article 2 – Contexte"),
    ("p", "Lorvigny-sur-Cher (23 800 habitants) est la ville-centre de l'Agglomération Lorvigny "
          "Val de Cher. Le quartier prioritaire des Hautes-Garennes, au sud de la ville, compte "
          "3 700 habitants et 1 480 logements, dont 1 260 logements sociaux : 820 appartiennent à "
          "Terres de Cher Habitat et 440 à Ligéria Habitat."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 15 juin 2022, prévoit "
          "la démolition de 200 logements (tour Ampère, 96 logements ; barre Lavoisier, 72 "
          "logements ; cages 5 à 8 de l'immeuble Fresnel, 32 logements), la réhabilitation de 540 "
          "logements, dont ceux des résidences Arago et Branly, et la reconstitution de 150 "
          "logements sociaux, dont 110 hors du quartier. Son coût total est de 71,4 M€ TTC, dont "
          "15,2 M€ de subventions de l'ANRU."),
    ("p", "La phase 1 est achevée : Terres de Cher Habitat a relogé en régie les 88 ménages de la "
          "tour Ampère entre septembre 2022 et novembre 2024, et la tour a été déconstruite de "
          "mars à juillet 2025. Le bilan de cette phase montre que 29 % des ménages ont été "
          "relogés hors du quartier prioritaire, pour un objectif de 35 %."),
    ("p", "La phase 2 concerne deux immeubles, dont l'occupation au 30 septembre 2025 est la "
          "suivante :"),
    ("table", "menages"),
    ("note", "Les logements libérés de la barre Lavoisier et des cages 5 à 8 de l'immeuble "
             "Fresnel ne sont plus attribués depuis le 1er juillet 2025. Les cages 1 à 4 de "
             "l'immeuble Fresnel (48 logements) sont conservées et seront réhabilitées."),
    ("p", "L'étude préalable au relogement réalisée en 2024 par le cabinet Passerelles Habitat "
          "Conseil a décrit les ménages de la phase 2 : 38 % sont des personnes seules, 24 % ont "
          "65 ans ou plus, 17 % ont une dette locative et 41 % souhaitent rester dans le "
          "quartier. Le titulaire recevra cette étude dès la notification du marché."),
    ("h", "Article 3 – Objectifs de relogement"),
    ("p", "Le titulaire met en œuvre la charte intercommunale de relogement de l'Agglomération "
          "Lorvigny Val de Cher, signée le 12 octobre 2022. Il contribue à atteindre, pour la "
          "phase 2, les objectifs suivants :"),
    ("b", "au moins 35 % des ménages relogés hors d'un quartier prioritaire de la politique de la "
          "ville ;"),
    ("b", "au moins 20 % des ménages relogés dans un logement neuf ou livré depuis moins de cinq "
          "ans ;"),
    ("b", "un reste à charge (loyer et charges, déduction faite de l'aide au logement) stable ou "
          "en baisse pour au moins 85 % des ménages ;"),
    ("b", "trois propositions de logement au plus par ménage ;"),
    ("b", "tous les ménages rencontrés à leur domicile dans les quatre mois qui suivent la "
          "notification du marché."),
    ("h", "Article 4 – Contenu de la mission (tranche ferme)"),
    ("p", "4.1 Diagnostic social. Le titulaire rencontre chaque ménage à son domicile, au moins "
          "deux fois, pour établir sa composition, ses ressources, sa situation de santé et "
          "d'emploi, ses souhaits de logement et ses éventuelles difficultés (dettes, handicap, "
          "sur-occupation). Il repère les ménages qui relèvent d'un accompagnement social "
          "renforcé."),
    ("p", "4.2 Accompagnement au relogement. Le titulaire prépare le dossier de chaque ménage pour "
          "la commission de relogement, recherche avec les bailleurs les logements adaptés, "
          "accompagne les visites, aide aux démarches administratives (aide au logement, Fonds de "
          "solidarité pour le logement, transfert des contrats) et coordonne le déménagement avec "
          "le bailleur d'origine."),
    ("p", "4.3 Suivi après le relogement. Le titulaire rend visite au ménage un mois puis six mois "
          "après son emménagement, vérifie l'ouverture de ses droits et mesure sa satisfaction."),
    ("p", "4.4 Information collective. Le titulaire organise une réunion d'information par cage "
          "d'escalier au démarrage de la mission, puis une réunion publique par an, en lien avec "
          "la maison du projet."),
    ("p", "4.5 Suivi et compte rendu. Le titulaire renseigne chaque mois le tableau de bord du "
          "relogement et l'outil national RIME de l'ANRU, et présente l'avancement à chaque "
          "commission de relogement."),
    ("h", "Article 5 – Tranche optionnelle"),
    ("p", "La tranche optionnelle prolonge de six à douze mois le suivi après relogement des "
          "ménages les plus fragiles, soit environ 25 ménages, et comprend quatre ateliers "
          "collectifs d'appropriation du logement (économies d'énergie, budget, voisinage). Elle "
          "peut être affermie au plus tard dix-huit mois après la notification."),
    ("h", "Article 6 – Moyens à mobiliser"),
    ("p", "Le titulaire affecte à la mission une équipe d'au moins 1,8 équivalent temps plein "
          "pendant les dix-huit premiers mois, comprenant :"),
    ("b", "un coordinateur, interlocuteur unique des bailleurs, justifiant d'au moins cinq ans "
          "d'expérience en relogement ;"),
    ("b", "au moins deux conseillers en économie sociale et familiale ou travailleurs sociaux "
          "diplômés ;"),
    ("b", "un service d'interprétariat, notamment en arabe, en turc et en portugais."),
    ("p", "Il tient une permanence d'une demi-journée par semaine à la maison du projet des "
          "Hautes-Garennes, ainsi qu'un samedi matin par mois. Tout changement d'intervenant est "
          "soumis à l'accord préalable de l'acheteur."),
    ("h", "Article 7 – Livrables"),
    ("table", "livrables"),
    ("h", "Article 8 – Pilotage et suivi"),
    ("p", "Le comité de pilotage du relogement, présidé par Jean-Paul Perrochon, vice-président de "
          "l'Agglomération Lorvigny Val de Cher chargé de l'habitat, se réunit tous les six mois. "
          "La commission de relogement inter-bailleurs se réunit chaque mois ; elle associe Terres "
          "de Cher Habitat, Ligéria Habitat, Action Logement Services et l'agglomération."),
    ("p", "Le suivi opérationnel du marché est assuré par Delphine Sauvignac pour Terres de Cher "
          "Habitat et par Karim Benaïssa, chargé d'opérations de renouvellement urbain, pour "
          "Ligéria Habitat. Romain Lestang, chef de projet renouvellement urbain de "
          "l'Agglomération Lorvigny Val de Cher, est destinataire de tous les livrables."),
    ("h", "Article 9 – Protection des données personnelles"),
    ("p", "Le titulaire agit en qualité de sous-traitant des bailleurs au sens du règlement "
          "général sur la protection des données. Les données des ménages sont hébergées en "
          "France, conservées pendant la durée du marché, puis restituées aux bailleurs et "
          "détruites au plus tard trois mois après la fin du marché."),
    ("note", "Fait à Lorvigny-sur-Cher, le 3 novembre 2025. Le présent CCTP comporte neuf "
             "articles ; il est accepté sans modification par le candidat."),
]


# ---------------------------------------------------------------------------
# 3. Minutes of the residents' council: Markdown with front matter (town 1)
# ---------------------------------------------------------------------------
MD_FPH = [
    ("Repas de quartier de fin d'année", "Amicale des locataires Lavoisier-Fresnel", 1200, 1000,
     "Favorable, montant réduit"),
    ("Atelier couture intergénérationnel", "Collectif Fil des Garennes", 850, 850, "Favorable"),
    ("Sortie familiale au ZooParc de Beauval", "Association Mamans des Garennes", 2400, 1500,
     "Favorable, montant réduit"),
    ("Tournoi de futsal des vacances d'hiver", "Jeunesse sportive des Hautes-Garennes", 600, 600,
     "Favorable"),
    ("Fresque sur le pignon de la barre Lavoisier", "Collectif Mur-Mur", 1800, 0,
     "Défavorable : immeuble voué à la démolition"),
]
MD_FPH_ASKED = sum(p[2] for p in MD_FPH)
MD_FPH_GRANTED = sum(p[3] for p in MD_FPH)


def md_fph_table():
    lines = ["| Projet | Porteur | Montant demandé | Montant accordé | Avis du comité |",
             "|---|---|---:|---:|---|"]
    for name, who, asked, granted, opinion in MD_FPH:
        lines.append(f"| {name} | {who} | {probekit.eur(asked) if asked else '0'} € | "
                     f"{probekit.eur(granted) if granted else '0'} € | {opinion} |")
    lines.append(f"| **Total** | | **{probekit.eur(MD_FPH_ASKED)} €** | **{probekit.eur(MD_FPH_GRANTED)} €** | |")
    return "\n".join(lines)


MD = """---
title: "Conseil citoyen des Hautes-Garennes – compte rendu de la réunion plénière du 20 novembre 2025"
date: 2025-11-27
auteur: "Mireille Chatenay, secrétaire de séance"
lieu: "Centre social L'Escale, Lorvigny-sur-Cher"
---

# Conseil citoyen des Hautes-Garennes

## Compte rendu de la réunion plénière du jeudi 20 novembre 2025

**Lieu :** centre social L'Escale, 6 rue des Garennes, Lorvigny-sur-Cher, de 18 h à 20 h 15

**Présents :** 13 membres sur 21 (collège des habitants : 9 ; collège des associations et acteurs locaux : 4). Le quorum, fixé à 11 membres, est atteint.

**Co-présidence :** Fatoumata Diallo-Rigaud et Gérard Pinsonneau

**Invités :** Romain Lestang, chef de projet renouvellement urbain, Agglomération Lorvigny Val de Cher ; Nadia Ferhat, chargée de relogement, Terres de Cher Habitat ; Élodie Fauvel, déléguée du préfet pour les quartiers de Lorvigny-sur-Cher

**Excusés :** Ligéria Habitat (réponse écrite transmise) ; Anissa Boukhalfa, adulte-relais du centre social

**Ordre du jour :**

1. Relogement de la barre Lavoisier et de l'immeuble Fresnel
2. Le devenir du terrain de la tour Ampère
3. Les ascenseurs de l'immeuble Fresnel
4. Fonds de participation des habitants
5. Questions diverses

## 1. Relogement de la barre Lavoisier et de l'immeuble Fresnel

Nadia Ferhat fait le point : au 14 novembre 2025, 58 ménages habitent encore la barre Lavoisier. Six ménages ont été relogés depuis la rentrée, à leur demande, sans attendre le démarrage de la MOUS. Les entretiens individuels avec tous les ménages commenceront au printemps 2026.

Romain Lestang présente le cahier des charges de la future MOUS, commune aux deux bailleurs, dont la consultation a été lancée le 5 novembre. Le prestataire devrait être choisi en janvier 2026 et commencer sa mission en février.

Plusieurs membres s'inquiètent pour les personnes âgées de la barre Lavoisier, dont beaucoup y vivent depuis plus de trente ans. Mme Ferhat rappelle que trois propositions au plus seront faites à chaque ménage et qu'aucune personne à mobilité réduite ne se verra proposer un logement en étage sans ascenseur.

Le conseil demande que la MOUS tienne des permanences le samedi, pour les habitants qui travaillent en semaine. M. Lestang répond que le cahier des charges prévoit déjà une permanence un samedi matin par mois.

Le conseil demande aussi à être représenté au comité de pilotage du relogement. M. Lestang transmettra la demande au vice-président de l'agglomération chargé de l'habitat. Si elle est acceptée, le conseil y sera représenté par Gérard Pinsonneau et Samia Haddad.

## 2. Le devenir du terrain de la tour Ampère

Depuis la fin de la déconstruction, en juillet, le terrain est clos. M. Lestang indique qu'un aménagement provisoire (jardins partagés, aire de jeux et terrain de pétanque) sera réalisé au printemps 2026, pour un coût de 85 000 €. À plus long terme, le terrain accueillera 24 logements en accession à la propriété, dont les travaux ne commenceront pas avant 2028.

Les membres souhaitent que les jardins soient gérés par les habitants eux-mêmes. Le centre social propose d'accompagner la création d'une association de jardiniers.

## 3. Les ascenseurs de l'immeuble Fresnel

Les habitants des cages 1 à 4 signalent des pannes à répétition : l'ascenseur de la cage 2 est resté arrêté trois semaines en octobre. Dans sa réponse écrite, Ligéria Habitat indique que les quatre ascenseurs des cages conservées seront remplacés en 2026, dans le cadre de la réhabilitation de l'immeuble, pour un montant de 380 000 €, et que son prestataire doit désormais intervenir dans les 4 heures en cas de panne.

Le conseil regrette l'absence de Ligéria Habitat et demande qu'un représentant du bailleur participe à la prochaine réunion.

## 4. Fonds de participation des habitants

Le fonds de participation des habitants (FPH) des Hautes-Garennes dispose en 2025 de 8 000 €, apportés par la Ville (5 000 €) et l'État (3 000 €). Après les 2 700 € accordés au printemps, 5 300 € restaient disponibles. Le comité d'attribution du FPH, composé de cinq membres du conseil, a examiné cinq projets :

""" + md_fph_table() + """

Le conseil approuve les propositions du comité à l'unanimité des présents. Le reliquat de 1 350 € sera reporté sur 2026, sous réserve de l'accord de la Ville. Le collectif Mur-Mur est invité à présenter son projet pour un autre mur du quartier.

## 5. Questions diverses

- Élodie Fauvel annonce le renouvellement des membres du conseil citoyen par tirage au sort au premier trimestre 2026 ; les membres actuels peuvent se porter à nouveau candidats.
- Des membres signalent des dépôts sauvages récurrents derrière la résidence Arago ; Nadia Ferhat transmettra le signalement au responsable de secteur de Terres de Cher Habitat.
- Le centre social rappelle que la fête de quartier 2026 aura lieu le samedi 13 juin.

## Relevé de décisions

| Décision | Responsable | Échéance |
|---|---|---|
| Transmettre la demande de représentation du conseil au comité de pilotage du relogement | Romain Lestang | Décembre 2025 |
| Inviter Ligéria Habitat à la prochaine réunion | Co-présidents | Janvier 2026 |
| Notifier les décisions du FPH aux porteurs de projets | Comité d'attribution du FPH | 5 décembre 2025 |
| Préparer la création d'une association de jardiniers | Centre social L'Escale | Mars 2026 |

**Prochaine réunion :** jeudi 22 janvier 2026 à 18 h, au centre social L'Escale.

*Compte rendu rédigé par Mireille Chatenay, secrétaire de séance, et validé par les co-présidents le 27 novembre 2025.*
"""


def _check_md():
    assert MD_FPH_ASKED == 6850 and MD_FPH_GRANTED == 3950
    assert 5000 + 3000 == 8000 and 8000 - 2700 == 5300 and 5300 - MD_FPH_GRANTED == 1350
    assert 64 - 6 == 58 and 9 + 4 == 13


# ---------------------------------------------------------------------------
# 4. Trade weekly's web article on the landlord's rehousing: HTML (both towns)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Ligéria Habitat mise sur le relogement « cousu main » à Lorvigny et Chavigneul – Quartiers &amp; Bailleurs</title>
<meta name="description" content="Relogement : l'ESH Ligéria Habitat accompagne 79 ménages dans deux quartiers en renouvellement urbain, les Hautes-Garennes et les Ravinelles.">
<meta name="author" content="Clémence Arvieux">
<meta property="article:published_time" content="2025-12-09T07:00:00+01:00">
<style>.consentement{position:fixed;bottom:0;width:100%}.abo{font-weight:bold}</style>
<script>window.qbConsent = window.qbConsent || {};</script>
</head>
<body>
<div class="consentement" role="dialog">
  <p>Avec votre accord, Quartiers &amp; Bailleurs et ses partenaires déposent des cookies pour mesurer l'audience du site et vous proposer des contenus adaptés. <a href="/confidentialite/">En savoir plus</a> · <a href="#">Accepter</a> · <a href="#">Continuer sans accepter</a></p>
</div>
<header class="site">
  <p class="marque"><a href="/">Quartiers &amp; Bailleurs</a> – l'hebdo du logement social et de la ville</p>
  <nav class="menu">
    <ul>
      <li><a href="/actualites/">Actualités</a></li>
      <li><a href="/bailleurs/">Bailleurs</a></li>
      <li><a href="/collectivites/">Collectivités</a></li>
      <li><a href="/politique-de-la-ville/">Politique de la ville</a></li>
      <li><a href="/emploi/">Emplois et carrières</a></li>
      <li><a href="/abonnement/" class="abo">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil"><a href="/">Accueil</a> › <a href="/bailleurs/">Bailleurs</a> › Relogement</nav>

<article class="article">
  <p class="surtitre">Relogement · Entreprises sociales pour l'habitat</p>
  <h1>Ligéria Habitat mise sur le relogement « cousu main » à Lorvigny et Chavigneul</h1>
  <p class="signature">Par Clémence Arvieux · Publié le <time datetime="2025-12-09T07:00">9 décembre 2025</time> · Lecture : 5 min</p>
  <p class="chapo">Engagée dans deux projets de renouvellement urbain, à Lorvigny-sur-Cher et à Chavigneul, l'entreprise sociale pour l'habitat Ligéria Habitat doit reloger 79 ménages d'ici 2027. Son pari : un accompagnement individuel poussé, quitte à y mettre le prix.</p>

  <h2>À Chavigneul, la tour Rimbaud se vide</h2>
  <p>Aux Ravinelles, le quartier prioritaire de Chavigneul, dans la Nièvre, la tour Rimbaud et ses 60 logements doivent disparaître au premier semestre 2027. Au 30 novembre 2025, 31 des 52 ménages à reloger avaient quitté la tour. Quatorze d'entre eux ont été relogés hors du quartier prioritaire, et neuf dans des logements neufs, grâce à la minoration de loyer financée par l'ANRU.</p>
  <p>« Sur ces 31 ménages, 24 ont accepté la première proposition qui leur a été faite, et aucun n'en a reçu trois », se félicite Yannick Ferrandon, responsable de la cellule relogement de Ligéria Habitat. Les derniers locataires devraient partir en septembre 2026.</p>
  <p>Le bailleur s'appuie sur la maîtrise d'œuvre urbaine et sociale (MOUS) confiée en février par l'agglomération et les bailleurs au cabinet Passerelles Habitat Conseil, qui accompagne aussi les 74 ménages de la barre Apollinaire, propriété de l'office Habitat du Haut-Nivernais. « Nous rencontrons chaque ménage au moins trois fois avant la première proposition, et toujours chez lui », explique Laure Kessler-Dufay, qui dirige l'équipe de la MOUS.</p>

  <h2>À Lorvigny, une démolition partielle</h2>
  <p>À Lorvigny-sur-Cher, dans le Loir-et-Cher, Ligéria Habitat a fait un autre choix pour l'immeuble Fresnel, aux Hautes-Garennes : seules les cages 5 à 8, soit 32 logements, seront démolies. Les 48 logements des cages 1 à 4 seront réhabilités. Coût de l'opération : 2,1 millions d'euros pour la démolition partielle et 3,4 millions pour la réhabilitation, soit environ 71 000 euros par logement conservé.</p>
  <p>« Démolir tout l'immeuble aurait coûté moins cher à court terme, mais nous aurions perdu 48 logements à bas loyer dont le quartier a besoin », justifie Séverine Maupoix, directrice générale de Ligéria Habitat.</p>
  <p>Les 27 ménages des cages 5 à 8 seront accompagnés par une MOUS commune à Ligéria Habitat et à l'office Terres de Cher Habitat, qui doit reloger de son côté les ménages de la barre Lavoisier. La consultation a été lancée début novembre ; les offres sont attendues jusqu'au 12 décembre. Lors de la première phase du projet, conduite sans MOUS par Terres de Cher Habitat, 29 % seulement des ménages de la tour Ampère avaient été relogés hors du quartier prioritaire.</p>

  <h2>Un coût assumé</h2>
  <p>Déménagement, transfert des contrats, remise en état des logements proposés, frais de double loyer : Ligéria Habitat estime à 4 600 euros en moyenne le coût direct d'un relogement, sans compter la MOUS. L'ANRU en rembourse une partie.</p>
  <p>Pour remettre en état les logements libérés qu'il propose aux ménages de la tour Rimbaud, le bailleur fait appel au chantier d'insertion « Ravinelles Services », qui emploie huit salariés en insertion.</p>
  <p>La directrice générale ne cache pas une inquiétude : « Dans les deux agglomérations, les logements sociaux neufs hors des quartiers restent rares. Sans eux, les objectifs de mixité seront difficiles à tenir. »</p>

  <aside class="encadre">
    <h3>Repères – Ligéria Habitat</h3>
    <ul>
      <li>Entreprise sociale pour l'habitat dont le siège est à Blois</li>
      <li>12 400 logements dans 38 communes du Centre-Val de Loire et de Bourgogne-Franche-Comté</li>
      <li>260 salariés</li>
      <li>74 M€ investis en 2024, dont 21 M€ dans la réhabilitation</li>
      <li>Deux projets de renouvellement urbain : les Hautes-Garennes (Lorvigny-sur-Cher) et les Ravinelles (Chavigneul)</li>
    </ul>
  </aside>
</article>

<aside class="newsletter">
  <h2>La lettre de Quartiers &amp; Bailleurs</h2>
  <p>Chaque mardi, l'essentiel de l'actualité du logement social dans votre boîte aux lettres électronique.</p>
  <form action="/newsletter/" method="post"><input type="email" name="courriel" placeholder="Votre adresse électronique"><button type="submit">Je m'inscris</button></form>
</aside>

<section class="meme-sujet">
  <h2>Sur le même sujet</h2>
  <ul>
    <li><a href="/politique-de-la-ville/minoration-de-loyer-mode-d-emploi/">Minoration de loyer : mode d'emploi pour les bailleurs</a></li>
    <li><a href="/collectivites/conferences-intercommunales-logement-bilan/">Conférences intercommunales du logement : un premier bilan</a></li>
    <li><a href="/bailleurs/fusion-esh-centre-val-de-loire/">Centre-Val de Loire : deux ESH envisagent un rapprochement</a></li>
  </ul>
</section>
</main>

<footer class="pied">
  <p>Quartiers &amp; Bailleurs – 18, rue du Faubourg-Bannier – Orléans</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">Conditions d'utilisation</a> · <a href="/contact/">Contact</a> · <a href="/publicite/">Publicité</a></p>
  <p>© 2025 Quartiers &amp; Bailleurs. Reproduction interdite sans autorisation.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 27 + 52 == 79 and 32 + 48 == 80
    assert round(3400000 / 48, -3) == 71000
    assert 14 / 31 >= 0.40 and 9 / 31 >= 0.25


# ---------------------------------------------------------------------------
# 5. Contract-of-city action sheet: plain text (town 2)
# ---------------------------------------------------------------------------
TX_FUNDERS = [("État – crédits de la politique de la ville", 28000, 30000),
              ("Chavigneul Agglomération", 35000, 35000),
              ("Département de la Nièvre", 22000, 24000),
              ("Fonds social européen (FSE+)", 40000, 40000),
              ("Habitat du Haut-Nivernais (abattement TFPB)", 15000, 15000),
              ("Ligéria Habitat (abattement TFPB)", 12000, 12000)]
TX_INDICATORS = [("Heures d'insertion réalisées (cumul depuis 2024)", "2 100", "12 000", "31 000"),
                 ("Habitants des Ravinelles bénéficiaires des clauses", "6", "30", "80"),
                 ("Sorties positives du chantier d'insertion", "–", "50 %", "60 %"),
                 ("Permis de conduire financés (cumul)", "0", "30", "90")]


def tx_funding_table():
    lines = [f"{'Financeur':<48}{'2025':>10}{'2026':>11}"]
    for name, a, b in TX_FUNDERS:
        lines.append(f"{name:<48}{probekit.eur(a):>10}{probekit.eur(b):>11}")
    lines.append(f"{'TOTAL':<48}{probekit.eur(sum(f[1] for f in TX_FUNDERS)):>10}"
                 f"{probekit.eur(sum(f[2] for f in TX_FUNDERS)):>11}")
    return "\n".join(lines)


def tx_indicator_table():
    lines = [f"{'Indicateur':<52}{'Référence 2024':>16}{'Cible 2026':>13}{'Cible 2030':>13}"]
    for name, a, b, c in TX_INDICATORS:
        lines.append(f"{name:<52}{a:>16}{b:>13}{c:>13}")
    return "\n".join(lines)


def _check_txt():
    assert sum(f[1] for f in TX_FUNDERS) == 152000 and sum(f[2] for f in TX_FUNDERS) == 156000
    assert 6 * 15 == 90


TXT = """CONTRAT DE VILLE « ENGAGEMENTS QUARTIERS 2030 » – CHAVIGNEUL AGGLOMÉRATION

FICHE ACTION N° 2.3
Clauses sociales et chantier d'insertion du renouvellement urbain des Ravinelles

Version validée par le comité de pilotage du contrat de ville du 16 septembre 2025


Pilier : Emploi, insertion et développement économique
Orientation : Faire du renouvellement urbain un levier d'accès à l'emploi pour les habitants
Quartier : Les Ravinelles (Chavigneul)
Pilote : Chavigneul Agglomération, service emploi et insertion
Référente : Sonia Vercambre, chargée de mission emploi-insertion
Partenaires : Maison de l'emploi du Nivernais, France Travail (agence de Chavigneul), Mission locale de l'arrondissement de Chavigneul, Habitat du Haut-Nivernais, Ligéria Habitat, association Rebonds Nivernais, Département de la Nièvre
Durée : 2025-2026, reconductible jusqu'en 2030


1. CONSTAT

Les Ravinelles comptent 2 600 habitants. Le taux de chômage y atteint 29 %, contre 11 % dans l'ensemble de Chavigneul. Fin 2024, 410 demandeurs d'emploi de catégorie A résidaient dans le quartier, dont 118 jeunes de moins de 26 ans ; 46 % étaient des femmes.

Le projet de renouvellement urbain des Ravinelles doit générer jusqu'en 2031 un volume de 31 000 heures d'insertion au titre des clauses sociales de la convention signée avec l'ANRU. Au 30 juin 2025, 4 850 heures avaient été réalisées, au bénéfice de 27 personnes, dont 11 habitants des Ravinelles.

Les entreprises peinent pourtant à recruter : au premier semestre 2025, 6 postes proposés au titre des clauses n'ont pas été pourvus, faute de candidats mobiles ou qualifiés.


2. OBJECTIFS

- Réserver aux habitants des Ravinelles au moins la moitié des heures d'insertion du projet.
- Préparer les habitants aux métiers du bâtiment et de la propreté avant l'ouverture des chantiers.
- Lever les freins à l'emploi, en premier lieu la mobilité et la garde des enfants.


3. DESCRIPTION DE L'ACTION

Action 1 – Facilitateur des clauses sociales. Julien Fradet, facilitateur de la Maison de l'emploi du Nivernais à temps plein, calcule les heures dues dans chaque marché, présente des candidats aux entreprises et suit leurs parcours. Il tient une permanence le jeudi après-midi à la maison du projet des Ravinelles.

Action 2 – Chantier d'insertion « Ravinelles Services ». Porté par l'association Rebonds Nivernais, le chantier emploie 8 salariés en contrat à durée déterminée d'insertion, encadrés par un encadrant technique. Ils remettent en état (peinture, sols, petites réparations) les logements libérés dans le parc des deux bailleurs qui sont proposés aux ménages relogés, soit environ 40 logements par an.

Action 3 – Rencontres emploi des chantiers. Deux fois par an, au printemps et à l'automne, les entreprises titulaires des marchés du projet rencontrent les demandeurs d'emploi du quartier à la maison du projet.

Action 4 – Mobilité. Chaque année, 15 habitants engagés dans un parcours d'insertion bénéficient d'un financement du permis de conduire, et les salariés du chantier d'insertion peuvent louer un scooter pour 2 € par jour.


4. PUBLIC VISÉ

Demandeurs d'emploi résidant aux Ravinelles, en priorité les jeunes de moins de 26 ans, les bénéficiaires du revenu de solidarité active et les femmes seules avec enfants.


5. PLAN DE FINANCEMENT (en euros)

""" + tx_funding_table() + """

Le poste de facilitateur (52 000 € par an) est compris dans ces montants. Le chantier d'insertion reçoit en outre l'aide au poste versée par l'État pour ses salariés en insertion, qui n'est pas comptée ici.


6. INDICATEURS

""" + tx_indicator_table() + """


7. CALENDRIER

- Octobre 2025 : recrutement des salariés du chantier d'insertion
- Novembre 2025 : premières rencontres emploi des chantiers
- Janvier 2026 : premiers logements remis en état par « Ravinelles Services »
- Juin 2026 : bilan d'étape présenté au comité de suivi emploi-insertion


8. SUIVI ET ÉVALUATION

Le comité de suivi emploi-insertion du contrat de ville se réunit deux fois par an, sous la co-présidence du vice-président de Chavigneul Agglomération chargé de l'emploi et du délégué du préfet. Un bilan annuel est présenté au comité de pilotage du contrat de ville.


Contact : Sonia Vercambre – service emploi et insertion – Chavigneul Agglomération – emploi.insertion@chavigneul-agglo.fr
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe14.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT)


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PA_KICKER, title=PA_TITLE, subtitle=PA_SUBTITLE,
        form=PA_FORM, blocks=PA_BLOCKS, tables=PA_TABLES, total_tables={"menages"},
        header_left=PA_HEADER_LEFT, header_right=PA_HEADER_RIGHT, footer=PA_FOOTER,
        author=PA_AUTHOR, subject=PA_SUBJECT, creator=PA_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_docx()
    _check_pdf()
    _check_md()
    _check_html()
    _check_txt()
    write_docx()
    write_pdf()
    write_text(FN_MD, MD)
    write_text(FN_HTML, HTML)
    write_text(FN_TXT, TXT)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
