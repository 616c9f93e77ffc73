#!/usr/bin/env python3
"""Generate the five probe20 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Roncevoye (Haute-Vienne, Nouvelle-Aquitaine), quartier prioritaire du Mas-Rouvray
        (agglomeration: Roncevoye Briance Agglomération; social landlords Briance Habitat, an
        OPH, and Clarvia Habitat, a national ESH; buildings named after old musical
        instruments: tour Vielle, barre Cornemuse, résidences Hautbois and Musette; école
        maternelle du Petit-Rouvray, école élémentaire Fernand-Malaurie, rue des Sonneurs,
        allée des Luthiers; heating network operator: the SPL Briance Chaleur)
    - fiche-mission-programmation-groupe-scolaire-mas-rouvray-roncevoye.docx
        (consultancy mission sheet of Craie & Compas for the programming of a new school group:
        labelled fields (client, contact, site, object, procedure, notification, duration,
        amount with an optional tranche, funding shares, team with an unnamed subcontracted
        thermal engineering firm, renewal convention), context (two schools, pupils at the 2024
        start of the school year, energy use), four expectations with a lead-in, four phases,
        a price table by phase (period, days, amount) with a total row and the optional
        tranche after it, the team as a list with a lead-in, progress at 20 January 2026 (pupil
        forecast for 2030, three scenarios and a comparison table, the scenario chosen by the
        steering committee of 9 December 2025, the programme), points of attention)
    - article-reveil-de-la-briance-mas-rouvray-reseau-de-chaleur.html
        (local weekly's web article of 2 December 2025 on the extension of the urban heating
        network to the neighbourhood, inside an <article> with a cookie banner, navigation,
        breadcrumb, a "Repères" box (the convention's figures and the demolition years only
        there), a "most read" sidebar, a newsletter box, "À lire aussi" links and a footer;
        the three contractors are unnamed; connections are only planned)
Town 2: Velmorin (Jura, Bourgogne-Franche-Comté), quartier prioritaire des Combettes
        (agglomeration: Velmorin Revermont Agglomération; social landlords Revermont Habitat, an
        OPH, and Clarvia Habitat; buildings named after Jura grape varieties and wines: tour
        Savagnin, barre Poulsard, résidences Trousseau and Chardonnay, copropriété Macvin)
    - fiche-action-3-1-2-acces-aux-soins-centre-de-sante-combettes-velmorin.pdf
        (contract-of-city action sheet on access to care and the future health centre, adopted
        on 4 February 2025: labelled form, findings (poverty rate, share of people without a
        GP), four objectives with a lead-in, five numbered actions, a funding table by funder
        for 2025, 2026 and 2027 with a total column and a total row (the town's line covers
        two things, not broken down), an indicator table (2024 baseline, 2026 and 2028
        targets), a timetable, follow-up with an unnamed ARS delegate and an unnamed prefect)
    - compte-rendu-copil-plan-de-sauvegarde-copropriete-macvin-velmorin-2025-11-18.md
        (minutes of the steering committee of the recovery plan of a run-down co-ownership,
        with YAML front matter: chair, attendees as a list with a lead-in (the CAF
        representative unnamed), the convention's figures, a table of unpaid charges at four
        dates, the works (first tranche received, second tranche voted), a financing table of
        the second tranche by funder with a total row, lots bought by the landlord, four
        numbered decisions with a lead-in, next meeting)
Both towns:
    - clarvia-habitat-point-etape-rez-de-chaussee-emploi-jeunes-mas-rouvray-combettes.txt
        (press release of the landlord present in both neighbourhoods on its ground floors and
        on the employment clauses of its worksites, at 31 December 2025: rehousing of its two
        blocks, the converted ground floors of the résidences Musette and Trousseau, a
        comparison table of the employment clauses by neighbourhood, a table of integration
        hours by year (2024, 2025, cumulative) with a total row, four priorities for 2026 with
        a lead-in)

The documents overlap on purpose: both towns signed a renewal convention in March 2024 (14 March
in town 1, 61.8 M€; 21 March in town 2, 58.9 M€) with ANRU subsidies of close amounts, have a
block of Clarvia Habitat to demolish with households rehoused, a residence whose ground floor is
converted, close population figures and close employment-clause figures. Some figures are given
for one town only (the poverty rate and the GPs in town 2; the heating network and the school
group in town 1), some only as planned (the connections to the heating network, the opening of
the health centre), some only as a whole (the town's funding of the health action, the homes of
each building of the co-ownership), some only at some dates (unpaid charges, indicator targets
for 2026 and 2028) and some roles are never named (the subcontracted thermal engineering firm,
the ARS delegate, the prefect of the Jura, the CAF representative, the heating contractors).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe20.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe20/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe20.jsonl")
QID_PREFIX = "q20"

FN_DOCX = "fiche-mission-programmation-groupe-scolaire-mas-rouvray-roncevoye.docx"
FN_PDF = "fiche-action-3-1-2-acces-aux-soins-centre-de-sante-combettes-velmorin.pdf"
FN_HTML = "article-reveil-de-la-briance-mas-rouvray-reseau-de-chaleur.html"
FN_MD = "compte-rendu-copil-plan-de-sauvegarde-copropriete-macvin-velmorin-2025-11-18.md"
FN_TXT = "clarvia-habitat-point-etape-rez-de-chaussee-emploi-jeunes-mas-rouvray-combettes.txt"

ZIP_DT = (2026, 1, 20, 16, 5, 0)
DOCX_DATE = "2026-01-20T16:05:00Z"
PDF_DATE = "D:20250210094500+01'00'"

# PDF colours: moss green accent, pale green label cells.
THEME_MOSS = ((0.24, 0.38, 0.20), (0.91, 0.95, 0.89))


# ---------------------------------------------------------------------------
# 1. Consultancy mission sheet, school group programming: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Craie & Compas"
DX_DOC_KIND = "Fiche mission"
DX_HEADER = ("Craie & Compas – programmation et assistance à maîtrise d'ouvrage – fiche mission "
             "n° 2025-11")
DX_FOOTER = ("Craie & Compas – 6, rue des Carmélites – Poitiers – fiche mise à jour le 20 janvier "
             "2026")
DX_KICKER = "Craie & Compas – Fiche mission"
DX_TITLE = "Programmation et assistance à maîtrise d'ouvrage du groupe scolaire du Mas-Rouvray"
DX_SUBTITLE = ("Roncevoye (Haute-Vienne) – projet de renouvellement urbain du Mas-Rouvray – fiche "
               "mise à jour le 20 janvier 2026")
DX_KEYWORDS = ("programmation; groupe scolaire; renouvellement urbain; Mas-Rouvray; Roncevoye; "
               "REP+; concours de maîtrise d'œuvre")
DX_FIELDS = [
    ("Maître d'ouvrage", "Ville de Roncevoye"),
    ("Interlocuteur", "Laurent Mazaudier, directeur de l'éducation et de l'enfance de la Ville de "
                      "Roncevoye"),
    ("Site", "Roncevoye (31 400 habitants), quartier prioritaire du Mas-Rouvray (4 180 "
             "habitants)"),
    ("Objet", "Programmation et assistance à maîtrise d'ouvrage pour la construction d'un groupe "
              "scolaire de 16 classes regroupant l'école maternelle du Petit-Rouvray et l'école "
              "élémentaire Fernand-Malaurie"),
    ("Procédure", "Marché à procédure adaptée ; quatre offres reçues"),
    ("Notification", "12 mai 2025"),
    ("Durée", "Tranche ferme de 50 mois, de mai 2025 à juin 2029"),
    ("Montant", "186 620 € HT pour la tranche ferme, auquel s'ajoute une tranche optionnelle de "
                "21 500 € HT (assistance pendant l'année de parfait achèvement)"),
    ("Financement de la mission", "ANRU 50 %, Banque des Territoires 20 %, Ville de Roncevoye "
                                  "30 %"),
    ("Équipe", "Claire Vignaud (directrice de projet, programmiste), Bastien Roumagne "
               "(programmiste), Inès Rahmani (économiste de la construction), avec un bureau "
               "d'études thermiques et environnementales sous-traitant"),
    ("Projet", "Convention pluriannuelle de renouvellement urbain du Mas-Rouvray signée le 14 mars "
               "2024, 61,8 M€ TTC, opérations de 2024 à 2031"),
]
DAY_RATE = 860
# Phase, period, days (the optional tranche apart)
DX_PHASES = [("1 – Diagnostic et scénarios", "Mai – novembre 2025", 48),
             ("2 – Programme", "Décembre 2025 – avril 2026", 62),
             ("3 – Concours de maîtrise d'œuvre", "Mai 2026 – février 2027", 38),
             ("4 – Suivi de la conception et des travaux", "Mars 2027 – juin 2029", 69)]
DX_OPTION = ("Tranche optionnelle – année de parfait achèvement", "Juillet 2029 – juin 2030", 25)
DX_SCENARIOS = [("A – Réhabilitation lourde des deux écoles", "12,9", "14", "Rentrée 2030"),
                ("B – Groupe scolaire neuf sur l'emprise de la barre Cornemuse", "14,6", "16",
                 "Rentrée 2029"),
                ("C – Groupe scolaire neuf sur le site de l'école élémentaire", "15,3", "16",
                 "Rentrée 2030")]


def dx_price_rows():
    e = probekit.eur
    rows = [["Phase", "Période", "Jours", "Montant (€ HT)"]]
    for name, period, days in DX_PHASES:
        rows.append([name, period, str(days), e(days * DAY_RATE)])
    days = sum(p[2] for p in DX_PHASES)
    rows.append(["Total tranche ferme", "", str(days), e(days * DAY_RATE)])
    name, period, odays = DX_OPTION
    rows.append([name, period, str(odays), e(odays * DAY_RATE)])
    return rows


def dx_scenario_rows():
    return ([["Scénario", "Coût estimé (M€ TTC)", "Classes", "Ouverture possible"]]
            + [list(s) for s in DX_SCENARIOS])


def _check_docx():
    assert [p[2] * DAY_RATE for p in DX_PHASES] == [41280, 53320, 32680, 59340]
    assert sum(p[2] for p in DX_PHASES) == 217 and 217 * DAY_RATE == 186620
    assert DX_OPTION[2] * DAY_RATE == 21500
    assert 112 + 206 == 318 and 124 + 220 == 344 and 344 - 318 == 26 and 5 + 9 == 14
    assert 6 + 10 == 16


DX_TABLES = {"prix": dx_price_rows(), "scenarios": dx_scenario_rows()}
DX_WIDTHS = {"prix": [3700, 2700, 900, 2300], "scenarios": [4500, 1900, 1100, 2100]}
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Le Mas-Rouvray, à l'est de Roncevoye, compte 1 720 logements, dont 1 460 logements "
          "sociaux appartenant à l'office Briance Habitat et à l'entreprise sociale pour l'habitat "
          "Clarvia Habitat. Les enfants du quartier sont scolarisés dans deux écoles voisines, "
          "classées en réseau d'éducation prioritaire renforcé (REP+) : l'école maternelle du "
          "Petit-Rouvray (5 classes), construite en 1968, et l'école élémentaire "
          "Fernand-Malaurie (9 classes), construite en 1971."),
    ("p", "Les deux écoles accueillaient 318 élèves à la rentrée 2024 : 112 en maternelle et 206 "
          "en élémentaire."),
    ("p", "Les bâtiments sont vétustes : toitures-terrasses qui fuient, menuiseries d'origine, "
          "chaudières au fioul. Leur consommation d'énergie atteint 246 kWh par mètre carré et par "
          "an, plus du double de celle d'une école récente. Le dédoublement des classes de grande "
          "section, de CP et de CE1 a saturé les locaux : trois classes sont installées dans des "
          "bâtiments modulaires depuis 2021."),
    ("p", "La convention de renouvellement urbain prévoit de remplacer les deux écoles par un "
          "groupe scolaire neuf. Le coût de l'opération est estimé à 14,6 M€ TTC, dont 4,1 M€ de "
          "subventions de l'ANRU. Les anciennes écoles seront démolies après le déménagement des "
          "élèves ; leur terrain accueillera des logements en accession à la propriété."),
    ("h1", "2. Attentes de la Ville"),
    ("p", "La Ville attend de la mission :"),
    ("li", "un programme fondé sur une prévision fiable des effectifs, qui tienne compte des "
           "logements démolis et reconstruits ;"),
    ("li", "un bâtiment sobre en énergie, raccordé au réseau de chaleur urbain, et un coût global "
           "maîtrisé ;"),
    ("li", "des espaces ouverts aux habitants en dehors du temps scolaire ;"),
    ("li", "une concertation avec les enseignants, les parents et les enfants à chaque phase."),
    ("h1", "3. Déroulement de la mission"),
    ("p", "Phase 1 – Diagnostic et scénarios (mai à novembre 2025). Diagnostic technique et "
          "fonctionnel des deux écoles, étude prospective des effectifs à l'horizon 2035, "
          "comparaison de trois scénarios d'implantation, ateliers avec les équipes enseignantes "
          "et les parents d'élèves."),
    ("p", "Phase 2 – Programme (décembre 2025 à avril 2026). Programme technique détaillé, "
          "enveloppe financière prévisionnelle, cahier des prescriptions environnementales, "
          "règlement du concours."),
    ("p", "Phase 3 – Concours de maîtrise d'œuvre (mai 2026 à février 2027). Avis de concours, "
          "analyse des candidatures et des projets des trois équipes admises à concourir, "
          "secrétariat du jury, assistance à la négociation du marché de maîtrise d'œuvre."),
    ("p", "Phase 4 – Suivi de la conception et des travaux (mars 2027 à juin 2029). Vérification "
          "de la conformité des études au programme, participation aux réunions de chantier "
          "mensuelles, préparation du déménagement et de la mise en service."),
    ("h1", "4. Décomposition du prix"),
    ("table", "prix"),
    ("note", "Prix de journée moyen : 860 € HT. La tranche optionnelle n'est pas comprise dans le "
             "total de la tranche ferme."),
    ("h1", "5. Équipe"),
    ("p", "L'équipe mobilisée par Craie & Compas est la suivante :"),
    ("li", "Claire Vignaud, directrice de projet et programmiste, interlocutrice de la Ville, "
           "présente à chaque comité de pilotage ;"),
    ("li", "Bastien Roumagne, programmiste, chargé du diagnostic, des ateliers et du programme "
           "technique ;"),
    ("li", "Inès Rahmani, économiste de la construction, chargée de l'enveloppe financière et de "
           "l'analyse économique des projets du concours ;"),
    ("li", "un bureau d'études thermiques et environnementales, sous-traitant, chargé du cahier "
           "des prescriptions environnementales."),
    ("h1", "6. Avancement au 20 janvier 2026"),
    ("p", "La phase 1 s'est achevée en novembre 2025. L'étude des effectifs prévoit 344 élèves à "
          "la rentrée 2030, dont 124 en maternelle et 220 en élémentaire, soit 26 de plus qu'en "
          "2024 : les logements reconstitués dans le quartier et la livraison d'une résidence "
          "privée près de la gare compensent les départs liés aux démolitions."),
    ("p", "Trois scénarios ont été comparés :"),
    ("table", "scenarios"),
    ("note", "Dans les scénarios A et C, les élèves seraient accueillis pendant deux ans dans des "
             "bâtiments modulaires."),
    ("p", "Le comité de pilotage du 9 décembre 2025, présidé par Sandrine Peyrichou, maire de "
          "Roncevoye, a retenu le scénario B, le seul qui permette de maintenir les élèves dans "
          "les écoles existantes pendant toute la durée du chantier."),
    ("p", "Le programme en cours de rédaction porte sur 16 classes (6 en maternelle, 10 en "
          "élémentaire), un restaurant scolaire de 260 places, un accueil de loisirs et une salle "
          "polyvalente accessible depuis la rue, ouverte aux associations du quartier le soir et "
          "le week-end. La surface utile est estimée à 4 350 m²."),
    ("p", "Le groupe scolaire doit ouvrir à la rentrée de septembre 2029. Le démarrage des travaux "
          "dépend de la démolition de la barre Cornemuse (120 logements, Clarvia Habitat), "
          "programmée au premier semestre 2027 après le relogement de ses derniers occupants."),
    ("h1", "7. Points de vigilance"),
    ("li", "Le calendrier est tendu : tout retard du relogement des ménages de la barre Cornemuse "
           "décale l'ouverture d'une année scolaire entière."),
    ("li", "L'enveloppe de 14,6 M€ TTC ne comprend ni le mobilier ni l'équipement numérique, "
           "estimés à 380 000 € TTC."),
    ("li", "La salle polyvalente ouverte le soir suppose un accès et une gestion distincts de "
           "l'école : la Ville doit en désigner le gestionnaire avant le concours."),
]


# ---------------------------------------------------------------------------
# 2. Contract-of-city action sheet on access to care: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Contrat de ville « Quartiers 2030 » – Velmorin Revermont Agglomération"
PD_HEADER_RIGHT = "FICHE ACTION N° 3.1.2"
PD_FOOTER = ("Ville de Velmorin – direction de la santé publique – fiche adoptée par le comité de "
             "pilotage du contrat de ville du 4 février 2025")
PD_AUTHOR = "Ville de Velmorin – direction de la santé publique"
PD_CREATOR = "Ville de Velmorin"
PD_SUBJECT = ("Fiche action n° 3.1.2 du contrat de ville – accès aux soins et centre de santé des "
              "Combettes")
PD_KICKER = "CONTRAT DE VILLE « QUARTIERS 2030 » – VELMORIN REVERMONT AGGLOMÉRATION"
PD_TITLE = "Fiche action n° 3.1.2 – Accès aux soins et centre de santé des Combettes"
PD_SUBTITLE = ("Pilier Cohésion sociale – version adoptée par le comité de pilotage du 4 février "
               "2025")
PD_FORM = [
    ("Pilier", "Cohésion sociale"),
    ("Axe", "Réduire les inégalités d'accès à la santé"),
    ("Quartier", "Les Combettes (Velmorin)"),
    ("Pilote", "Ville de Velmorin, direction de la santé publique"),
    ("Référente", "Noémie Grandclément, coordinatrice du contrat local de santé"),
    ("Opérateurs", "Centre de santé municipal des Combettes (à créer) ; association Trait d'Union "
                   "Santé"),
    ("Partenaires", "ARS Bourgogne-Franche-Comté, CPAM du Jura, Velmorin Revermont Agglomération, "
                    "Clarvia Habitat, Revermont Habitat, centre social des Combettes, Éducation "
                    "nationale"),
    ("Durée", "2025-2027"),
    ("Coût total 2025-2027", "592 000 € en fonctionnement"),
]
PD_FUNDERS = [("État – crédits de la politique de la ville", 18000, 22000, 22000),
              ("ARS Bourgogne-Franche-Comté", 35000, 60000, 60000),
              ("CPAM du Jura", 12000, 12000, 12000),
              ("Velmorin Revermont Agglomération", 20000, 25000, 25000),
              ("Ville de Velmorin", 40000, 95000, 110000),
              ("Clarvia Habitat (abattement TFPB)", 8000, 8000, 8000)]
PD_INDICATORS = [("Habitants de 16 ans et plus sans médecin traitant", "29 %", "22 %", "12 %"),
                 ("Médecins généralistes exerçant dans le quartier", "3", "5", "6"),
                 ("Personnes accompagnées par les médiatrices en santé (par an)", "140", "320",
                  "450"),
                 ("Enfants de grande section ayant bénéficié d'un dépistage bucco-dentaire",
                  "61 %", "85 %", "95 %"),
                 ("Bénéficiaires de la complémentaire santé solidaire", "1 120", "1 300",
                  "1 450")]


def pd_funding_rows():
    e = probekit.eur
    rows = [["Financeur", "2025", "2026", "2027", "Total"]]
    for name, a, b, c in PD_FUNDERS:
        rows.append([name, e(a), e(b), e(c), e(a + b + c)])
    cols = [sum(f[i] for f in PD_FUNDERS) for i in (1, 2, 3)]
    rows.append(["Total"] + [e(v) for v in cols] + [e(sum(cols))])
    return rows


def pd_indicator_rows():
    return ([["Indicateur", "Référence 2024", "Cible 2026", "Cible 2028"]]
            + [list(r) for r in PD_INDICATORS])


def _check_pdf():
    cols = [sum(f[i] for f in PD_FUNDERS) for i in (1, 2, 3)]
    assert cols == [133000, 222000, 237000] and sum(cols) == 592000
    assert [a + b + c for _, a, b, c in PD_FUNDERS] == [62000, 155000, 36000, 70000, 245000,
                                                        24000]
    assert 1210 + 146 <= 1690 and 760 + 450 == 1210


PD_TABLES = {"financement": (pd_funding_rows, [196, 68, 68, 68]),
             "indicateurs": (pd_indicator_rows, [235, 84, 80])}
PD_BLOCKS = [
    ("h", "1. Constat"),
    ("p", "Les Combettes, au sud de Velmorin, comptent 4 260 habitants et 1 690 logements, dont "
          "1 210 logements sociaux et les 146 logements de la copropriété Macvin. Le taux de "
          "pauvreté y atteint 42 %, contre 15 % dans l'ensemble de la commune, et 31 % des "
          "habitants ont 60 ans ou plus."),
    ("p", "L'offre de soins s'est effondrée en dix ans : il ne reste que trois médecins "
          "généralistes dans le quartier, dont deux ont plus de 62 ans, et la pharmacie de la "
          "place du Marché-Couvert a fermé en 2023. En 2024, 29 % des habitants de 16 ans et plus "
          "n'avaient pas de médecin traitant, contre 11 % dans l'ensemble de la commune. Les "
          "habitants du quartier se rendent aux urgences du centre hospitalier de Velmorin pour "
          "des motifs relevant de la médecine générale deux fois plus souvent que les autres "
          "Velmorinois."),
    ("p", "Le projet de renouvellement urbain, dont la convention a été signée le 21 mars 2024, "
          "prévoit de transformer le rez-de-chaussée de la résidence Trousseau, propriété de "
          "Clarvia Habitat, pour y installer un centre de santé. L'aménagement des locaux, "
          "640 m² pour un coût de 1,48 M€ TTC, relève de la convention et n'entre pas dans le "
          "budget de la présente fiche."),
    ("h", "2. Objectifs"),
    ("p", "L'action poursuit quatre objectifs :"),
    ("b", "permettre à chaque habitant de disposer d'un médecin traitant ;"),
    ("b", "accompagner vers les soins et vers l'ouverture de leurs droits les habitants qui en "
          "sont éloignés ;"),
    ("b", "développer la prévention, en particulier auprès des enfants et des personnes âgées ;"),
    ("b", "coordonner les professionnels de santé, du social et de l'habitat présents dans le "
          "quartier."),
    ("h", "3. Description de l'action"),
    ("p", "Action 1 – Centre de santé municipal. Le centre, géré en régie par la Ville, ouvrira en "
          "septembre 2026 avec deux médecins généralistes salariés, une infirmière en pratique "
          "avancée, une sage-femme à mi-temps et deux secrétaires médicales. Un troisième médecin "
          "doit être recruté en 2027. Les consultations y seront sans dépassement d'honoraires, "
          "avec tiers payant intégral."),
    ("p", "Action 2 – Médiation en santé. Deux médiatrices en santé de l'association Trait "
          "d'Union Santé accompagnent les habitants dans leurs démarches : recherche d'un médecin "
          "traitant, ouverture des droits à la complémentaire santé solidaire, prise de "
          "rendez-vous chez les spécialistes. L'équipe est encadrée par Karima Bensalem, "
          "directrice de l'association."),
    ("p", "Action 3 – Prévention bucco-dentaire. Un dépistage est organisé chaque année dans les "
          "classes de grande section des deux écoles maternelles du quartier, avec une orientation "
          "vers un chirurgien-dentiste pour les enfants qui en ont besoin."),
    ("p", "Action 4 – Ateliers santé. Le centre social des Combettes anime des ateliers sur "
          "l'alimentation, l'activité physique et le sommeil, ainsi qu'un programme de prévention "
          "des chutes pour les habitants de 70 ans et plus."),
    ("p", "Action 5 – Permanences d'accès aux droits. Un conseiller de la CPAM du Jura tient une "
          "permanence chaque jeudi matin au centre social, puis au centre de santé après son "
          "ouverture."),
    ("h", "4. Public visé"),
    ("p", "Habitants des Combettes, en priorité ceux qui n'ont pas de médecin traitant, les "
          "enfants scolarisés dans le quartier et les personnes âgées isolées."),
    ("h", "5. Plan de financement (en euros)"),
    ("table", "financement"),
    ("note", "Crédits de fonctionnement. La participation de la Ville couvre le déficit "
             "d'exploitation prévisionnel du centre de santé à partir de son ouverture et la "
             "moitié du coût des postes de médiatrices en santé. La participation de Clarvia "
             "Habitat est valorisée au titre de l'abattement de la taxe foncière sur les "
             "propriétés bâties."),
    ("h", "6. Indicateurs"),
    ("table", "indicateurs"),
    ("h", "7. Calendrier"),
    ("b", "Février 2025 : adoption de la fiche action"),
    ("b", "Mars 2025 : prise de poste des deux médiatrices en santé"),
    ("b", "Octobre 2025 : premier dépistage bucco-dentaire en grande section"),
    ("b", "Janvier 2026 : début des travaux d'aménagement du rez-de-chaussée de la résidence "
          "Trousseau"),
    ("b", "Septembre 2026 : ouverture du centre de santé"),
    ("h", "8. Suivi et évaluation"),
    ("p", "Un comité de suivi, coanimé par Noémie Grandclément et par le délégué départemental de "
          "l'ARS, se réunit chaque semestre. Le bilan annuel est présenté au comité de pilotage "
          "du contrat de ville, coprésidé par Anne-Laure Jeunet, présidente de Velmorin "
          "Revermont Agglomération, et par le préfet du Jura."),
    ("note", "Fiche adoptée par le comité de pilotage du contrat de ville du 4 février 2025."),
]


# ---------------------------------------------------------------------------
# 3. Local weekly's web article on the heating network: HTML (town 1)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Roncevoye : au Mas-Rouvray, le réseau de chaleur arrive au pied des immeubles – Le Réveil de la Briance</title>
<meta name="description" content="Roncevoye : 3,8 km de canalisations, une chaudière bois supplémentaire, les logements sociaux du Mas-Rouvray seront chauffés au bois.">
<meta name="author" content="Julie Faucher">
<meta property="article:published_time" content="2025-12-02T07:00:00+01:00">
<link rel="canonical" href="https://www.reveil-briance.example/roncevoye/mas-rouvray-reseau-de-chaleur">
<style>.cookies{position:fixed;bottom:0;left:0;right:0}.premium{color:#a31}</style>
<script>window.rbConsent = window.rbConsent || {statut: "inconnu"};</script>
</head>
<body>
<div class="cookies" role="dialog">
  <p>Le Réveil de la Briance utilise des cookies et des traceurs pour mesurer l'audience, personnaliser les contenus et les publicités et vous permettre de partager nos articles. Vous pouvez modifier vos choix à tout moment. <a href="/confidentialite/">Paramétrer</a> · <a href="#">Tout accepter</a> · <a href="#">Tout refuser</a></p>
</div>
<header class="bandeau">
  <p class="titre-site"><a href="/">Le Réveil de la Briance</a></p>
  <nav class="menu">
    <ul>
      <li><a href="/roncevoye/">Roncevoye</a></li>
      <li><a href="/val-de-briance/">Val de Briance</a></li>
      <li><a href="/haute-vienne/">Haute-Vienne</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/sortir/">Sortir</a></li>
      <li><a href="/abonnement/" class="premium">Je m'abonne</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/roncevoye/">Roncevoye</a> › Cadre de vie</nav>

<article class="article">
  <p class="surtitre">Roncevoye · Énergie</p>
  <h1>Au Mas-Rouvray, le réseau de chaleur arrive au pied des immeubles</h1>
  <p class="signature">Par Julie Faucher · Publié le <time datetime="2025-12-02T07:00">2 décembre 2025 à 7 h</time></p>
  <p class="chapo">Depuis septembre, les tranchées se succèdent dans le quartier. D'ici au début de 2027, la quasi-totalité des logements sociaux du Mas-Rouvray doivent être chauffés grâce au bois.</p>

  <p>Rue des Sonneurs, une pelleteuse achève de refermer une tranchée sous le regard de Maurice Delhoume. « Cinquante-deux ans que j'habite la résidence Hautbois, et c'est la première fois que je vois autant de travaux », sourit le retraité. Sous la chaussée, deux canalisations isolées achemineront bientôt l'eau chaude produite par la chaufferie bois de la zone des Vergnes, à deux kilomètres de là.</p>
  <p>Le chantier, lancé le 8 septembre, prolonge de 3,8 km le réseau de chaleur de la ville. Il coûte 7,9 millions d'euros hors taxes, dont 2,7 millions apportés par le fonds chaleur de l'Ademe. Le maître d'ouvrage, la société publique locale Briance Chaleur, en a confié la réalisation à un groupement de trois entreprises de la région.</p>
  <p>À terme, 1 180 logements sociaux des résidences Hautbois et Musette et des immeubles voisins, le futur groupe scolaire et le gymnase du quartier seront raccordés au réseau. Les premiers raccordements, ceux des 180 logements de la résidence Hautbois, sont prévus en octobre 2026, avant la saison de chauffe ; les autres immeubles suivront au premier trimestre 2027.</p>
  <p>Pour les locataires, l'enjeu est d'abord financier. Chauffés aujourd'hui au gaz par des chaufferies collectives vieillissantes, ils devraient voir leur facture de chauffage baisser d'environ 12 %, grâce à un prix de la chaleur plus stable et à la TVA réduite à 5,5 % dont bénéficient les réseaux alimentés à plus de 50 % par des énergies renouvelables. « Nous ne promettons pas de miracle, mais une facture prévisible, à l'abri des flambées du gaz », résume Gilles Sarrazin, vice-président de l'agglomération chargé de la transition énergétique et président de Briance Chaleur.</p>

  <h2>Une chaufferie qui change d'échelle</h2>
  <p>Pour alimenter le quartier, la chaufferie des Vergnes reçoit une deuxième chaudière biomasse de 6 mégawatts. La part des énergies renouvelables dans le réseau passera ainsi de 71 % à 82 %. Le bois, environ 9 000 tonnes de plaquettes par an, proviendra de forêts situées dans un rayon de 100 kilomètres.</p>
  <p>Le raccordement fait partie du projet de renouvellement urbain du Mas-Rouvray. Briance Habitat, qui possède 940 logements dans le quartier, profite des travaux pour remplacer les colonnes de chauffage de la résidence Hautbois, en cours de réhabilitation. « Sans le réseau, la rénovation n'aurait pas permis d'atteindre l'étiquette B », souligne Olivier Chastaing, directeur général de l'office.</p>

  <h2>Circulation perturbée jusqu'en juin</h2>
  <p>Les riverains devront prendre leur mal en patience. Jusqu'en juin 2026, la rue des Sonneurs et l'allée des Luthiers seront fermées par tronçons, et la ligne 4 du bus est déviée par le boulevard de la Briance. Un point d'information sur le chantier est ouvert le mercredi après-midi à la maison du projet.</p>
  <p>« On nous a promis des factures en baisse, on comptera », prévient Yvette Chabrely, présidente de l'amicale des locataires de la résidence Hautbois, qui réclame un bilan des charges après le premier hiver.</p>

  <aside class="encadre">
    <h3>Repères – Le Mas-Rouvray</h3>
    <ul>
      <li>4 180 habitants, 1 720 logements dont 1 460 logements sociaux</li>
      <li>Convention de renouvellement urbain signée le 14 mars 2024 : 61,8 millions d'euros, dont 17,4 millions de subventions de l'ANRU</li>
      <li>Démolition de la tour Vielle (90 logements) en 2026 et de la barre Cornemuse (120 logements) en 2027</li>
      <li>Réseau de chaleur : 3,8 km de canalisations, 1 180 logements à raccorder</li>
      <li>Nouveau groupe scolaire de 16 classes attendu à la rentrée 2029</li>
    </ul>
  </aside>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/haute-vienne/porcelaine-salon/">Porcelaine : le salon des métiers d'art attend 15 000 visiteurs</a></li>
      <li><a href="/roncevoye/patinoire-place-de-la-mairie/">Une patinoire installée place de la Mairie pour les fêtes</a></li>
      <li><a href="/sports/handball-roncevoye-coupe/">Handball : Roncevoye qualifié pour les seizièmes de finale</a></li>
    </ol>
  </section>
  <section class="lettre">
    <h2>La lettre du Réveil</h2>
    <p>Chaque vendredi, l'essentiel de l'actualité de Roncevoye et du Val de Briance dans votre boîte aux lettres électronique.</p>
    <form action="/lettre/" method="post"><input type="email" name="adresse" placeholder="Votre adresse électronique"><button type="submit">S'inscrire</button></form>
  </section>
</aside>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/roncevoye/mas-rouvray-convention-anru/">Mas-Rouvray : la convention de renouvellement urbain enfin signée</a></li>
    <li><a href="/roncevoye/ecoles-mas-rouvray-concertation/">Nouveau groupe scolaire : les parents d'élèves donnent leur avis</a></li>
    <li><a href="/haute-vienne/bois-energie-filiere/">Bois-énergie : la filière haut-viennoise recrute</a></li>
  </ul>
</section>
</main>

<footer class="pied">
  <p>Le Réveil de la Briance – 11, place du Champ-de-Foire – Roncevoye</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/confidentialite/">Confidentialité</a> · <a href="/cgv/">Conditions générales</a> · <a href="/contact/">Nous contacter</a></p>
  <p>© 2025 Le Réveil de la Briance. Tous droits réservés.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 940 + 520 == 1460 and 1460 - 90 - 120 == 1250 and 1180 < 1250
    assert 90 + 120 == 210


# ---------------------------------------------------------------------------
# 4. Minutes of the co-ownership recovery plan's steering committee: Markdown (town 2)
# ---------------------------------------------------------------------------
# date, unpaid charges (euros), share of the annual budget, debtors
MD_ARREARS = [("31 décembre 2022", 412000, "38 %", 63), ("31 décembre 2023", 356000, "33 %", 55),
              ("30 septembre 2024", 318000, "29 %", 49), ("30 septembre 2025", 268000, "24 %", 41)]
# funder, amount (euros TTC)
MD_FUNDING = [("Anah (aide au syndicat des copropriétaires)", 2930000),
              ("Velmorin Revermont Agglomération", 410000),
              ("Région Bourgogne-Franche-Comté", 350000),
              ("Ville de Velmorin", 290000),
              ("Copropriétaires", 1880000)]


def md_tables():
    e = probekit.eur
    arrears = ["| Date | Impayés de charges | Part du budget annuel | Copropriétaires débiteurs |",
               "|---|---|---|---|"]
    for date, amount, share, debtors in MD_ARREARS:
        arrears.append(f"| {date} | {e(amount)} € | {share} | {debtors} |")
    total = sum(f[1] for f in MD_FUNDING)
    funding = ["| Financeur | Montant (€ TTC) | Part |", "|---|---|---|"]
    for name, amount in MD_FUNDING:
        funding.append(f"| {name} | {e(amount)} | {round(100 * amount / total)} % |")
    funding.append(f"| Total | {e(total)} | 100 % |")
    return "\n".join(arrears), "\n".join(funding)


def _check_md():
    total = sum(f[1] for f in MD_FUNDING)
    assert total == 5860000
    assert sum(round(100 * a / total) for _, a in MD_FUNDING) == 100
    assert round(1880000 / 146, -2) == 12900


MD_ARREARS_TABLE, MD_FUNDING_TABLE = md_tables()
MD = """---
title: "Comité de pilotage du plan de sauvegarde de la copropriété Macvin – compte rendu"
date: 2025-11-18
lieu: "Hôtel de ville de Velmorin, salle des Échevins"
organisateur: "Ville de Velmorin – service habitat et renouvellement urbain"
redaction: "Copro'Cité Conseil, opérateur de suivi-animation du plan de sauvegarde"
quartier: "Les Combettes, Velmorin (Jura)"
diffusion: "Membres du comité de pilotage, conseil syndical de la copropriété"
tags: [copropriété dégradée, plan de sauvegarde, renouvellement urbain, Anah, Combettes]
---

# Comité de pilotage du plan de sauvegarde de la copropriété Macvin

*Compte rendu de la réunion du 18 novembre 2025, hôtel de ville de Velmorin, de 9 h 30 à 12 h. Rédaction : Copro'Cité Conseil. Compte rendu validé par la présidente le 2 décembre 2025.*

## Participants

Présidence : Mathilde Cuynet, adjointe au maire de Velmorin chargée de l'habitat et du renouvellement urbain.

Étaient présents :

- Cédric Mourey, chef du service habitat et construction de la direction départementale des territoires du Jura, délégation locale de l'Anah ;
- Hélène Prost, chargée de mission habitat privé, Velmorin Revermont Agglomération ;
- Romain Vernerey, chef de projet renouvellement urbain, Ville de Velmorin ;
- Rachid Belkacem, président du conseil syndical de la copropriété Macvin ;
- Pascale Jeannin, gestionnaire de la copropriété, cabinet Bourdenet Gestion, syndic ;
- Marc Tissot, responsable du développement, Clarvia Habitat ;
- Amandine Roy, cheffe de projet, et Thomas Girardot, juriste, Copro'Cité Conseil ;
- un représentant de la caisse d'allocations familiales du Jura.

Excusées : la Banque des Territoires et la Région Bourgogne-Franche-Comté.

## 1. Rappel du dispositif

La copropriété Macvin, construite en 1972 au cœur des Combettes, compte 146 logements répartis en trois bâtiments de dix étages, ainsi que quatre locaux commerciaux en pied d'immeuble. 58 % des logements sont occupés par leur propriétaire. Le plan de sauvegarde, arrêté par le préfet du Jura le 12 avril 2023 pour une durée de cinq ans, vise à redresser la gestion et les comptes de la copropriété et à réaliser, en deux tranches, les travaux nécessaires à la sécurité et à la rénovation énergétique des bâtiments.

La copropriété est inscrite au projet de renouvellement urbain des Combettes, dont la convention, signée le 21 mars 2024, porte sur 58,9 M€ TTC, dont 16,9 M€ de subventions de l'ANRU. La convention prévoit l'aménagement des abords de la copropriété et l'acquisition de lots en portage par Clarvia Habitat.

## 2. Redressement financier

Amandine Roy présente l'évolution des impayés de charges. Le recul se poursuit grâce aux plans d'apurement signés avec les copropriétaires débiteurs, au recouvrement contentieux engagé par le syndic et à deux ventes sur saisie immobilière.

""" + MD_ARREARS_TABLE + """

Le budget prévisionnel de la copropriété pour 2026 s'élève à 1 120 000 €. La dette envers le fournisseur d'eau a été soldée en juillet 2025 ; celle envers le fournisseur de gaz, 96 000 €, fait l'objet d'un échéancier jusqu'en juin 2027. Rachid Belkacem souligne que les paiements sont plus réguliers, mais que dix copropriétaires concentrent encore plus de la moitié de la dette.

## 3. Travaux

La première tranche de travaux (remplacement des six ascenseurs, mise en sécurité incendie, réfection des colonnes d'eau), d'un montant de 1,26 M€ TTC, a été réceptionnée le 28 février 2025.

La seconde tranche porte sur la rénovation énergétique : isolation des façades et des toitures, remplacement des menuiseries, ventilation mécanique et remplacement de la chaufferie collective. Elle a été votée par l'assemblée générale du 24 juin 2025 à la majorité de 71 % des tantièmes. Son coût s'élève à 5,86 M€ TTC. Elle doit réduire de 52 % la consommation d'énergie des bâtiments et faire passer leur étiquette énergétique de E à C. Le marché a été attribué au groupement conduit par l'entreprise Bailly-Girod Rénovation ; le chantier commencera en mars 2026 pour une durée de dix-huit mois.

Plan de financement de la seconde tranche :

""" + MD_FUNDING_TABLE + """

Le reste à charge moyen des copropriétaires s'établit à 12 900 € par logement. Les propriétaires occupants modestes peuvent obtenir des aides individuelles complémentaires, et le syndic propose un éco-prêt collectif à taux zéro sur quinze ans. Copro'Cité Conseil a déjà reçu 52 copropriétaires en rendez-vous individuel pour calculer leur reste à charge.

## 4. Portage de lots

Depuis 2023, Clarvia Habitat a acquis 17 lots en portage, pour un objectif de 30 fixé par la convention, à un prix moyen de 46 500 € par logement. Les logements sont rénovés puis loués à des ménages sous plafonds de ressources. Marc Tissot indique que les acquisitions ralentissent : les vendeurs attendent la fin des travaux pour céder leur bien à un meilleur prix.

## 5. Relevé de décisions

Le comité de pilotage a pris les décisions suivantes :

1. Le plan de financement de la seconde tranche de travaux est validé ; la Ville sollicitera le versement d'une avance de 30 % de l'aide de l'Anah au démarrage du chantier.
2. La mission de suivi-animation confiée à Copro'Cité Conseil est prolongée de 24 mois, jusqu'au 30 avril 2028, pour un montant de 138 000 € HT.
3. Clarvia Habitat acquerra huit lots supplémentaires en 2026.
4. Une réunion publique d'information des copropriétaires sur le chantier se tiendra le 27 janvier 2026 au centre social des Combettes.

## 6. Prochaine réunion

Le prochain comité de pilotage se réunira en mai 2026, après le démarrage du chantier de la seconde tranche.
"""


# ---------------------------------------------------------------------------
# 5. Landlord's press release on ground floors and employment: plain text (both towns)
# ---------------------------------------------------------------------------
# neighbourhood label, planned hours, hours done, beneficiaries, under 26, residents, jobs
TX_CLAUSES = [("Mas-Rouvray", 18500, 11240, 41, 19, 24, 13),
              ("Combettes", 17900, 12070, 38, 22, 21, 11)]
# neighbourhood, hours done in 2024, in 2025
TX_HOURS = [("Mas-Rouvray (Roncevoye)", 3980, 7260), ("Combettes (Velmorin)", 4450, 7620)]


def tx_clause_table():
    e = probekit.eur
    (na, pa, da, ba, ya, ra, ja), (nb, pb, db, bb, yb, rb, jb) = TX_CLAUSES

    def pct(a, b):
        return f"{a} ({round(100 * a / b)} %)"
    w = 46
    lines = [f"{'Indicateur':<{w}}{na:>15}{nb:>15}", "-" * (w + 30)]
    lines.append(f"{'Heures d insertion prévues (2024-2027)':<{w}}{e(pa):>15}{e(pb):>15}")
    lines.append(f"{'Heures réalisées au 31 décembre 2025':<{w}}{e(da):>15}{e(db):>15}")
    lines.append(f"{'Bénéficiaires':<{w}}{ba:>15}{bb:>15}")
    lines.append(f"{'dont jeunes de moins de 26 ans':<{w}}{pct(ya, ba):>15}{pct(yb, bb):>15}")
    lines.append(f"{'dont habitants du quartier':<{w}}{pct(ra, ba):>15}{pct(rb, bb):>15}")
    lines.append(f"{'Sorties en emploi durable (*)':<{w}}{ja:>15}{jb:>15}")
    return "\n".join(lines).replace("d insertion", "d'insertion")


def tx_hours_table():
    e = probekit.eur
    w = 32
    lines = [f"{'Heures d insertion réalisées':<{w}}{'2024':>10}{'2025':>10}{'Cumul':>10}",
             "-" * (w + 30)]
    for name, a, b in TX_HOURS:
        lines.append(f"{name:<{w}}{e(a):>10}{e(b):>10}{e(a + b):>10}")
    lines.append("-" * (w + 30))
    ta, tb = sum(h[1] for h in TX_HOURS), sum(h[2] for h in TX_HOURS)
    lines.append(f"{'TOTAL':<{w}}{e(ta):>10}{e(tb):>10}{e(ta + tb):>10}")
    return "\n".join(lines).replace("d insertion", "d'insertion")


def _check_txt():
    for name, a, b in TX_HOURS:
        assert any(c[0] in name and c[2] == a + b for c in TX_CLAUSES)
    assert sum(h[1] for h in TX_HOURS) == 8430 and sum(h[2] for h in TX_HOURS) == 14880
    assert 8430 + 14880 == 23310 and 11240 + 12070 == 23310
    assert round(100 * 19 / 41) == 46 and round(100 * 22 / 38) == 58
    assert round(100 * 24 / 41) == 59 and round(100 * 21 / 38) == 55
    assert 108 - 91 == 17 and 640 + 170 == 810 and 118 + 92 == 210


TXT = """CLARVIA HABITAT – ENTREPRISE SOCIALE POUR L'HABITAT
COMMUNIQUÉ DE PRESSE

Renouvellement urbain : Clarvia Habitat fait le point sur ses rez-de-chaussée et sur l'emploi des jeunes au Mas-Rouvray (Roncevoye) et aux Combettes (Velmorin)

Lyon, le 22 janvier 2026


Clarvia Habitat, entreprise sociale pour l'habitat qui gère 36 800 logements dans 14 départements, est engagée dans deux projets de renouvellement urbain dont les conventions ont été signées en mars 2024 : au Mas-Rouvray, à Roncevoye (Haute-Vienne), et aux Combettes, à Velmorin (Jura). Dans les deux quartiers, l'entreprise démolit une barre, transforme le rez-de-chaussée d'une résidence et réserve une part des heures de travail de ses chantiers à des habitants éloignés de l'emploi. Ce point d'étape rend compte de la situation au 31 décembre 2025.

« Un rez-de-chaussée vide, c'est une rue qui se ferme ; un rez-de-chaussée ouvert, c'est un quartier qui se parle. Et chaque chantier doit laisser derrière lui des emplois, pas seulement des bâtiments », résume Étienne Marsollier, directeur général de Clarvia Habitat.


1. AU MAS-ROUVRAY, À RONCEVOYE

Clarvia Habitat possède 520 logements au Mas-Rouvray. La barre Cornemuse (120 logements) sera démolie au premier semestre 2027 pour libérer le terrain du futur groupe scolaire. Au 31 décembre 2025, 91 des 108 ménages qui l'occupaient avaient été relogés ; les 17 derniers doivent l'être avant la fin de l'année 2026.

Le rez-de-chaussée de la résidence Musette (156 logements), le long de l'allée des Luthiers, comptait douze cellules commerciales, dont neuf étaient vacantes en 2023. Les travaux, d'un coût de 1,62 M€ TTC, se sont achevés en octobre 2025 : les douze cellules ont été regroupées en sept locaux, d'une surface totale de 890 m². Cinq sont occupés, par une boulangerie, une pharmacie transférée depuis l'ancien centre commercial, une antenne de la mission locale, un cabinet d'infirmières et le tiers-lieu « l'Atelier du Mas », animé par l'association Les Établis Solidaires. Les deux derniers locaux sont en cours de commercialisation, avec un loyer de lancement réduit de moitié pendant deux ans.

« Il y a deux ans, on baissait le rideau à 18 heures. Aujourd'hui, l'allée reste éclairée et il y a du passage jusqu'au soir », observe Sabine Castagné, directrice territoriale Nouvelle-Aquitaine.


2. AUX COMBETTES, À VELMORIN

Clarvia Habitat possède 450 logements aux Combettes. La démolition de la barre Poulsard (128 logements) est programmée pour 2027. Au 31 décembre 2025, 79 des 117 ménages de la barre avaient été relogés.

Le rez-de-chaussée de la résidence Trousseau (172 logements), occupé jusqu'ici par des caves et des locaux techniques désaffectés, sera transformé sur 810 m² : il accueillera le centre de santé municipal (640 m²) et deux cellules commerciales (170 m²). Les travaux, d'un coût de 1,74 M€ TTC, dont 1,48 M€ pour les locaux du centre de santé, commencent en janvier 2026 ; la livraison est prévue en juillet 2026, pour une ouverture du centre en septembre. La Ville de Velmorin louera les locaux du centre de santé pour un loyer annuel de 61 400 €.

« Le centre de santé était la première demande des habitants lors de la concertation. Nous lui réservons l'emplacement le plus visible du quartier, face à l'arrêt de bus de la place du Marché-Couvert », indique Julien Vuillermoz, directeur territorial Bourgogne-Franche-Comté.


3. EMPLOI DES JEUNES ET CLAUSES D'INSERTION

Dans les deux quartiers, les marchés de travaux de Clarvia Habitat réservent au moins 5 % des heures travaillées à des personnes éloignées de l'emploi, en priorité des habitants des quartiers prioritaires. L'entreprise s'est fixé un objectif propre : que les jeunes de moins de 26 ans représentent au moins 40 % des bénéficiaires.

Bilan des clauses d'insertion au 31 décembre 2025 :

""" + tx_clause_table() + """

(*) Contrat à durée indéterminée ou contrat à durée déterminée de six mois et plus, dans les six mois qui suivent la fin du parcours.

""" + tx_hours_table() + """

Six jeunes des deux quartiers ont été recrutés en 2025 en contrat d'apprentissage par Clarvia Habitat, dans les métiers de la maintenance et de la gestion de proximité. Deux forums « Emploi au pied des immeubles » ont réuni 210 jeunes : 118 au Mas-Rouvray en avril et 92 aux Combettes en octobre.


4. PERSPECTIVES 2026

Pour 2026, Clarvia Habitat s'est fixé quatre priorités :

- achever le relogement des ménages de la barre Cornemuse avant le 31 décembre 2026 ;
- livrer en juillet le rez-de-chaussée de la résidence Trousseau à la Ville de Velmorin ;
- louer les deux derniers locaux de la résidence Musette ;
- porter à 16 le nombre d'apprentis issus des deux quartiers.


Contact presse : Maud Lefébure – direction de la communication de Clarvia Habitat – presse@clarvia-habitat.example
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe20.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=5, header_fill="7A4B1E",
        total_match="prefix")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"financement"},
        form_label_w=120, theme=THEME_MOSS, header_left=PD_HEADER_LEFT,
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
