#!/usr/bin/env python3
"""Generate the five probe23 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Mérignolles (Cher, Centre-Val de Loire), quartier prioritaire de la Grande-Varenne
        (agglomeration: Mérignolles Val d'Yèvre Agglomération; social landlords Yèvre Habitat,
        an OPH, and Ligéria Habitat, a regional ESH; buildings named after the rivers of Berry:
        barre Auron, résidence Arnon; copropriété des Terrasses de la Varenne, galerie des
        Chanvriers, place des Lavandières, rue des Chanvriers, groupe scolaire des Chanvriers)
    - cctp-accompagnement-relogement-auron-arnon-grande-varenne-merignolles.docx
        (tender's technical specification of a group purchase by Yèvre Habitat and Ligéria
        Habitat for the social support of the households to rehouse: labelled fields (buyer,
        representative, technical follow-up, site, object, procedure, three lots, duration,
        estimate with an optional tranche, deadline, award criteria, renewal convention),
        context (192 homes to demolish, 168 households, a flash survey as a list), five
        commitments of the rehousing charter with a lead-in, the three lots, the buyer's
        estimate by lot with a total row and the optional tranche after it, the cost split
        between the two landlords, the staff required, deliverables by lot, a timetable)
    - compte-rendu-conseil-citoyen-grande-varenne-merignolles-2026-01-27.md
        (minutes of the residents' council's plenary session, with YAML front matter: members
        present, guests as a list (the prefect's delegate unnamed), agenda, rehousing questions
        and answers, a table of the 2025 residents' participation fund projects with a total
        row, the opinion on the sketch of the place des Lavandières (presented by an unnamed
        landscape firm) with a vote and four reservations, the walking diagnosis's follow-up,
        four numbered decisions)
Town 2: Montlivray (Loir-et-Cher, Centre-Val de Loire), quartier prioritaire du Pré-Chéneau
        (agglomeration: Montlivray Sologne Agglomération; social landlords Loir-Sologne Habitat,
        an OPH, and Ligéria Habitat; buildings named after the châteaux of the Loire: barre
        Cheverny, tour Talcy, résidences Beauregard and Villesavin; place du Pré, avenue de la
        Sauldre, rue des Vanniers, zone des Gâtines)
    - article-voix-de-la-sauldre-pre-cheneau-supermarche-maison-de-sante.html
        (local paper's web article of 6 February 2026 on the public meeting about the future of
        the former supermarket, inside an <article> with a cookie banner, navigation,
        breadcrumb, share bar, a "Repères" key-figures box (the poverty rate and the single
        doctor only there), an interview ("Trois questions à") with the project director, quoted
        residents and the mayor, a "most read" sidebar, a newsletter box, "À lire aussi" links
        and a footer; the demolition contractor is not chosen yet)
    - lettre-information-pre-cheneau-montlivray-n6-fevrier-2026.txt
        (the renewal project's newsletter no. 6: the mayor's word, rehousing of the barre
        Cheverny at 31 January 2026 with a plain-text table, the renovation of the résidence
        Villesavin by Ligéria Habitat, the school architecture competition (winning team
        unnamed), the former supermarket, integration hours, an agenda, the contact)
Both towns:
    - rapport-activite-2025-epfl-centre-loire-chapitre-3-quartiers-prioritaires.pdf
        (extract of the 2025 activity report of the local public land agency working in both
        departments: labelled form, the year in brief, its carrying of flats in the
        copropriété des Terrasses de la Varenne (Mérignolles) and its purchase of the former
        supermarket of the Pré-Chéneau (Montlivray), a table of acquisitions by year and town
        (2023-2025) with a total row, a land-discount fund table by funder for 2025-2027 with a
        total row (the two agglomerations on one line, not broken down), four objectives for
        2026 with a lead-in, a quote of the director general)

Ligéria Habitat (landlord in both neighbourhoods) and the EPFL Centre-Loire (acting in both)
are the shared organisations. The documents overlap on purpose: both towns have a renewal
convention (3 October 2024 in town 1, 61,8 M€; 22 January 2025 in town 2, 48,3 M€), an OPH
block to demolish with households to rehouse (barre Auron, barre Cheverny), a Ligéria Habitat
residence affected by the project (Arnon, Villesavin), a maison du projet. Some figures are
given for one town only (the rehousing charter's removal bonus and the cost split between
landlords in town 1; integration hours and the renovation cost per home in town 2), some only
for one year (the special equipment tax, the participation fund), some only as a whole (the two
agglomerations' contribution to the land-discount fund) and some parties are never named (the
landscape firm, the prefect's delegate, the demolition contractor, the school's architects).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps). The question set is written by
evals/probe23/build_questions.py.

After writing, the script checks evals/questions.probe23.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe23/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe23.jsonl")
QID_PREFIX = "q23"

FN_DOCX = "cctp-accompagnement-relogement-auron-arnon-grande-varenne-merignolles.docx"
FN_PDF = "rapport-activite-2025-epfl-centre-loire-chapitre-3-quartiers-prioritaires.pdf"
FN_HTML = "article-voix-de-la-sauldre-pre-cheneau-supermarche-maison-de-sante.html"
FN_MD = "compte-rendu-conseil-citoyen-grande-varenne-merignolles-2026-01-27.md"
FN_TXT = "lettre-information-pre-cheneau-montlivray-n6-fevrier-2026.txt"

ZIP_DT = (2026, 2, 2, 9, 15, 0)
DOCX_DATE = "2026-02-02T09:15:00Z"
PDF_DATE = "D:20260327143000+01'00'"

# PDF colours: plum accent, pale lilac label cells.
THEME_PLUM = ((0.40, 0.18, 0.36), (0.95, 0.91, 0.94))


# ---------------------------------------------------------------------------
# 1. Tender's technical specification, social support of rehousing: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Yèvre Habitat"
DX_DOC_KIND = "Cahier des clauses techniques particulières"
DX_HEADER = ("Yèvre Habitat – direction du renouvellement urbain – consultation n° YH-2026-004 – "
             "CCTP")
DX_FOOTER = ("Yèvre Habitat, office public de l'habitat – 12, boulevard de la Chanvrerie – "
             "Mérignolles – CCTP, version du 2 février 2026")
DX_KICKER = "Groupement de commandes Yèvre Habitat – Ligéria Habitat · consultation n° YH-2026-004"
DX_TITLE = ("Cahier des clauses techniques particulières – Accompagnement social du relogement "
            "des ménages de la barre Auron et de la résidence Arnon")
DX_SUBTITLE = ("Mérignolles (Cher) – projet de renouvellement urbain de la Grande-Varenne – "
               "version du 2 février 2026")
DX_KEYWORDS = ("relogement; accompagnement social; MOUS; renouvellement urbain; Grande-Varenne; "
               "Mérignolles; barre Auron; résidence Arnon; marché public")
DX_FIELDS = [
    ("Acheteur", "Groupement de commandes constitué par Yèvre Habitat (coordonnateur) et "
                 "Ligéria Habitat, convention de groupement du 9 décembre 2025"),
    ("Représentant du coordonnateur", "Frédéric Bonnamy, directeur général de Yèvre Habitat"),
    ("Suivi technique", "Sandrine Vallerand, responsable du pôle relogement et accompagnement "
                        "social de Yèvre Habitat"),
    ("Site", "Mérignolles (31 400 habitants), quartier prioritaire de la Grande-Varenne "
             "(4 260 habitants)"),
    ("Objet", "Accompagnement social des ménages à reloger avant la démolition de la barre Auron "
              "(Yèvre Habitat, 160 logements) et de deux cages d'escalier de la résidence Arnon "
              "(Ligéria Habitat, 32 logements)"),
    ("Procédure", "Appel d'offres ouvert"),
    ("Allotissement", "Trois lots attribués séparément ; un même candidat peut se présenter à "
                      "plusieurs lots"),
    ("Durée", "30 mois à compter de la notification, prévue en mai 2026"),
    ("Estimation", "256 200 € HT pour la tranche ferme des trois lots ; tranche optionnelle du "
                   "lot 2 : 20 160 € HT"),
    ("Remise des offres", "Au plus tard le vendredi 13 mars 2026 à 12 heures, sur la plateforme "
                          "de dématérialisation de l'acheteur"),
    ("Critères d'attribution", "Valeur technique 60 % (méthodologie 35 %, moyens humains et "
                               "disponibilité 25 %) ; prix 40 %"),
    ("Projet", "Convention pluriannuelle de renouvellement urbain de la Grande-Varenne signée le "
               "3 octobre 2024 : 61,8 M€ TTC, dont 17,4 M€ de subventions de l'ANRU"),
]
# lot, service, duration, estimate (€ HT); the optional tranche apart
HOUSEHOLDS_AURON, HOUSEHOLDS_ARNON = 141, 27
LOT2_UNIT, OPTION_UNIT = 1150, 120
DX_LOTS = [("Lot 1", "Diagnostic social des 168 ménages", "5 mois", 38400),
           ("Lot 2", "Accompagnement au relogement (168 ménages à 1 150 € par ménage)", "30 mois",
            (HOUSEHOLDS_AURON + HOUSEHOLDS_ARNON) * LOT2_UNIT),
           ("Lot 3", "Accompagnement au changement et mémoire", "24 mois", 24600)]
DX_OPTION = ("Lot 2 – tranche optionnelle", "Visite de suivi six mois après l'emménagement "
             "(168 ménages à 120 €)", "12 mois", (HOUSEHOLDS_AURON + HOUSEHOLDS_ARNON) * OPTION_UNIT)


def dx_estimate_rows():
    e = probekit.eur
    rows = [["Lot", "Prestation", "Durée", "Estimation (€ HT)"]]
    for lot, what, dur, amount in DX_LOTS:
        rows.append([lot, what, dur, e(amount)])
    rows.append(["Total tranche ferme", "", "", e(sum(x[3] for x in DX_LOTS))])
    rows.append([DX_OPTION[0], DX_OPTION[1], DX_OPTION[2], e(DX_OPTION[3])])
    return rows


def _check_docx():
    assert HOUSEHOLDS_AURON + HOUSEHOLDS_ARNON == 168
    assert DX_LOTS[1][3] == 193200 and DX_OPTION[3] == 20160
    assert sum(x[3] for x in DX_LOTS) == 256200
    assert round(100 * HOUSEHOLDS_AURON / 168) == 84 and round(100 * HOUSEHOLDS_ARNON / 168) == 16
    assert 160 + 32 == 192 and 1050 + 430 == 1480 and 96 - 32 == 64


DX_TABLES = {"estimation": dx_estimate_rows()}
DX_WIDTHS = {"estimation": [2300, 4300, 1300, 1700]}
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "La Grande-Varenne, construite entre 1962 et 1975 au sud de Mérignolles, réunit "
          "1 720 logements, dont 1 480 logements sociaux. L'office public Yèvre Habitat, rattaché "
          "à Mérignolles Val d'Yèvre Agglomération, en possède 1 050 ; Ligéria Habitat, "
          "entreprise sociale pour l'habitat implantée dans les six départements de la région "
          "Centre-Val de Loire, en possède 430."),
    ("p", "La convention pluriannuelle de renouvellement urbain, signée le 3 octobre 2024, "
          "prévoit la démolition de 192 logements sociaux : la barre Auron, cinq cages "
          "d'escalier et 160 logements construits en 1966, et les cages 3 et 4 de la résidence "
          "Arnon, soit 32 logements. Ces démolitions ouvriront un mail piéton entre le groupe "
          "scolaire des Chanvriers et la place des Lavandières. Les 64 logements conservés de la "
          "résidence Arnon seront réhabilités par Ligéria Habitat à partir de 2028."),
    ("p", "Au 1er janvier 2026, 141 des 160 logements de la barre Auron et 27 des 32 logements "
          "de la résidence Arnon étaient occupés, soit 168 ménages à reloger. Yèvre Habitat ne "
          "reloue plus les logements libérés dans la barre depuis le 1er septembre 2025."),
    ("p", "Une enquête flash, conduite en novembre 2025 par les chargées de clientèle des deux "
          "bailleurs, donne un premier portrait des ménages concernés :"),
    ("li", "61 personnes seules, en majorité âgées de plus de 60 ans ;"),
    ("li", "24 ménages de cinq personnes ou plus, qui auront besoin de grands logements, rares "
           "dans le parc de l'agglomération ;"),
    ("li", "37 ménages dont le titulaire du bail a plus de 65 ans ;"),
    ("li", "14 ménages en impayé de loyer depuis plus de trois mois."),
    ("p", "Un ménage sur deux souhaite rester à la Grande-Varenne ou dans un quartier voisin ; un "
          "sur cinq demande un logement individuel."),
    ("h1", "2. Engagements de la charte de relogement"),
    ("p", "La charte de relogement de la Grande-Varenne, signée le 18 novembre 2025 par neuf "
          "partenaires, dont l'État, l'Agglomération, la Ville, les deux bailleurs et Action "
          "Logement, fixe les engagements dont le titulaire devra assurer le respect et le "
          "suivi :"),
    ("li", "au moins trois propositions de logement adaptées à la composition, aux ressources et "
           "aux souhaits du ménage ;"),
    ("li", "un reste à charge, loyer et charges, au plus égal à celui payé avant le relogement "
           "pour une surface équivalente ;"),
    ("li", "au moins 35 % des ménages relogés dans un logement neuf ou conventionné depuis moins "
           "de cinq ans ;"),
    ("li", "au moins 40 % des ménages relogés hors des quartiers prioritaires de la politique de "
           "la ville ;"),
    ("li", "la prise en charge intégrale du déménagement par le bailleur d'origine et le "
           "versement d'une prime de réinstallation de 500 €."),
    ("h1", "3. Contenu des lots"),
    ("p", "Lot 1 – Diagnostic social. Le titulaire rencontre à domicile chacun des 168 ménages, "
          "avec un interprète si nécessaire, et établit une fiche par ménage : composition, "
          "ressources, santé et autonomie, souhaits de localisation et de typologie, freins au "
          "relogement. Il remet une synthèse statistique et des préconisations ; ce diagnostic "
          "fonde le plan de relogement."),
    ("p", "Lot 2 – Accompagnement au relogement. Le titulaire accompagne chaque ménage de la "
          "première proposition à l'installation dans le nouveau logement : préparation des "
          "visites, aide aux démarches (compteurs, changement d'adresse, transfert des aides au "
          "logement), organisation du déménagement avec l'entreprise retenue par le bailleur. La "
          "tranche optionnelle porte sur une visite de suivi six mois après l'emménagement."),
    ("p", "Lot 3 – Accompagnement au changement et mémoire. Le titulaire anime six ateliers avec "
          "les habitants des deux immeubles, recueille au moins trente témoignages écrits, "
          "sonores ou filmés, et conçoit une exposition sur l'histoire de la barre Auron, "
          "présentée avant la démolition."),
    ("h1", "4. Estimation de l'acheteur"),
    ("table", "estimation"),
    ("note", "Montants estimés par l'acheteur, en euros hors taxes, donnés à titre indicatif. Le "
             "coût du marché est réparti entre les membres du groupement au prorata des ménages "
             "à reloger : 84 % pour Yèvre Habitat (141 ménages), 16 % pour Ligéria Habitat "
             "(27 ménages). Les dépenses sont éligibles aux subventions de l'ANRU au titre de "
             "l'accompagnement des ménages."),
    ("h1", "5. Moyens humains exigés"),
    ("p", "Pour les lots 1 et 2, le candidat présente une équipe comprenant au minimum :"),
    ("li", "une coordinatrice ou un coordinateur titulaire d'un diplôme d'État de travail social "
           "(conseiller en économie sociale et familiale, assistant de service social) et "
           "justifiant de cinq ans d'expérience dans le relogement ;"),
    ("li", "des chargés d'accompagnement, à raison d'un équivalent temps plein pour 60 ménages "
           "au plus ;"),
    ("li", "la possibilité de mobiliser sous 48 heures des interprètes en turc, en arabe, en "
           "tamoul et en portugais."),
    ("p", "Le titulaire tient deux permanences hebdomadaires d'une demi-journée à la maison du "
          "projet, 4, rue des Chanvriers. Pour le lot 3, l'équipe associe un professionnel de la "
          "médiation culturelle et un artiste, photographe ou vidéaste."),
    ("h1", "6. Livrables"),
    ("li", "Lot 1 : une fiche diagnostic par ménage et un rapport de synthèse, remis au plus tard "
           "quatre mois après la notification ;"),
    ("li", "Lot 2 : un tableau de bord mensuel du relogement, la saisie des relogements dans "
           "l'outil RIME de l'ANRU et un bilan annuel présenté au comité de pilotage ;"),
    ("li", "Lot 3 : le recueil des témoignages, une exposition présentée à la médiathèque de la "
           "Grande-Varenne et un film de quinze minutes au plus."),
    ("h1", "7. Calendrier prévisionnel"),
    ("li", "Mai 2026 : notification des trois lots ;"),
    ("li", "Juin à septembre 2026 : diagnostic social ;"),
    ("li", "Octobre 2026 : premières propositions de relogement ;"),
    ("li", "31 décembre 2027 : fin du relogement des cages 3 et 4 de la résidence Arnon ;"),
    ("li", "30 juin 2028 : fin du relogement de la barre Auron ;"),
    ("li", "Premier semestre 2029 : démolition de la barre Auron."),
    ("p", "Les questions des candidats sont reçues jusqu'au 4 mars 2026 sur la plateforme de "
          "dématérialisation ; les réponses sont communiquées à l'ensemble des candidats."),
]


# ---------------------------------------------------------------------------
# 2. Activity report extract of the local public land agency: PDF (both towns)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Établissement public foncier local Centre-Loire – Rapport d'activité 2025"
PD_HEADER_RIGHT = "EXTRAIT – CHAPITRE 3"
PD_FOOTER = ("EPFL Centre-Loire – 5, rue des Gabarriers, Mérignolles – rapport approuvé par le "
             "conseil d'administration du 26 mars 2026")
PD_AUTHOR = "Établissement public foncier local Centre-Loire"
PD_CREATOR = "EPFL Centre-Loire – direction générale"
PD_SUBJECT = ("Rapport d'activité 2025, chapitre 3 : interventions foncières dans les quartiers "
              "prioritaires de Mérignolles et de Montlivray")
PD_KICKER = "ÉTABLISSEMENT PUBLIC FONCIER LOCAL CENTRE-LOIRE – RAPPORT D'ACTIVITÉ 2025"
PD_TITLE = "Chapitre 3 – Le foncier au service du renouvellement des quartiers prioritaires"
PD_SUBTITLE = "Interventions à Mérignolles (Grande-Varenne) et à Montlivray (Pré-Chéneau)"
PD_FORM = [
    ("Établissement", "Établissement public foncier local Centre-Loire (EPFL Centre-Loire), "
                      "établissement public industriel et commercial créé en 2008"),
    ("Périmètre", "9 intercommunalités du Cher et du Loir-et-Cher, 214 communes, "
                  "486 000 habitants"),
    ("Président", "Alain Guérineau, vice-président de Montlivray Sologne Agglomération"),
    ("Directrice générale", "Hélène Pommier"),
    ("Effectif", "14 salariés au 31 décembre 2025"),
    ("Exercice", "Du 1er janvier au 31 décembre 2025"),
    ("Ressources fiscales", "Taxe spéciale d'équipement : 6,4 M€ perçus en 2025"),
    ("Approbation", "Rapport approuvé par le conseil d'administration du 26 mars 2026"),
]
# year, (goods, amount) in Mérignolles, (goods, amount) in Montlivray
PD_ACQ = [("2023", 9, 498000, 0, 0),
          ("2024", 6, 351000, 2, 186000),
          ("2025", 10, 610000, 1, 1264000)]
PD_FUND = [("EPFL Centre-Loire (taxe spéciale d'équipement)", 150000, 200000, 200000),
           ("Région Centre-Val de Loire", 100000, 100000, 100000),
           ("Banque des Territoires", 50000, 75000, 75000),
           ("Les deux agglomérations", 40000, 60000, 60000)]


def _n(v):
    return str(v) if v else "–"


def pd_acq_rows():
    e = probekit.eur
    rows = [["Année", "Mérignolles : biens", "Mérignolles : montant", "Montlivray : biens",
             "Montlivray : montant", "Total"]]
    for y, a, am, b, bm in PD_ACQ:
        rows.append([y, _n(a), e(am), _n(b), e(bm), e(am + bm)])
    ta, tam = sum(r[1] for r in PD_ACQ), sum(r[2] for r in PD_ACQ)
    tb, tbm = sum(r[3] for r in PD_ACQ), sum(r[4] for r in PD_ACQ)
    rows.append(["Total", _n(ta), e(tam), _n(tb), e(tbm), e(tam + tbm)])
    return rows


def pd_fund_rows():
    e = probekit.eur
    rows = [["Financeur", "2025", "2026", "2027", "Total"]]
    for name, a, b, c in PD_FUND:
        rows.append([name, e(a), e(b), e(c), e(a + b + c)])
    cols = [sum(f[i] for f in PD_FUND) for i in (1, 2, 3)]
    rows.append(["Total"] + [e(v) for v in cols] + [e(sum(cols))])
    return rows


def _check_pdf():
    assert sum(r[2] for r in PD_ACQ) == 1459000 and sum(r[4] for r in PD_ACQ) == 1450000
    assert sum(r[2] + r[4] for r in PD_ACQ) == 2909000
    assert PD_ACQ[2][2] == 472000 + 138000 and PD_ACQ[2][2] + PD_ACQ[2][4] == 1874000
    assert PD_ACQ[2][1] + PD_ACQ[2][3] == 11 and 9 + 6 + 8 == 23
    assert round(472000 / 8) == 59000 and round(100 * 2909000 / 38600000, 1) == 7.5
    cols = [sum(f[i] for f in PD_FUND) for i in (1, 2, 3)]
    assert cols == [340000, 435000, 435000] and sum(cols) == 1210000


PD_TABLES = {"acquisitions": (pd_acq_rows, [48, 78, 84, 78, 84]),
             "minoration": (pd_fund_rows, [205, 68, 68, 68])}
PD_BLOCKS = [
    ("h", "3.1 L'année 2025 en bref"),
    ("p", "En 2025, l'établissement a acquis 63 biens pour un montant total de 15,2 M€, frais "
          "compris, et en a cédé 21, pour 6,8 M€, à des communes, à des intercommunalités et à "
          "des bailleurs sociaux. Au 31 décembre 2025, la valeur de son stock de biens en "
          "portage atteint 38,6 M€."),
    ("p", "Les deux quartiers de son territoire inscrits au nouveau programme national de "
          "renouvellement urbain, la Grande-Varenne à Mérignolles et le Pré-Chéneau à "
          "Montlivray, ont concentré 11 de ces acquisitions, pour 1 874 000 €. Depuis le début "
          "de ses interventions dans ces quartiers, en 2023, l'établissement y a engagé "
          "2 909 000 €, soit 7,5 % de son stock."),
    ("h", "3.2 Mérignolles – la copropriété des Terrasses de la Varenne"),
    ("p", "Construite en 1971 à l'entrée de la Grande-Varenne, la copropriété des Terrasses de la "
          "Varenne compte 96 logements répartis en deux bâtiments. Les impayés de charges y "
          "atteignaient 41 % du budget prévisionnel en 2022 ; un plan de sauvegarde a été "
          "arrêté par le préfet du Cher en juin 2023."),
    ("p", "Dans le cadre d'une convention d'intervention foncière signée le 14 février 2023 avec "
          "Mérignolles Val d'Yèvre Agglomération, pour huit ans et dans la limite de 2,6 M€, "
          "l'établissement rachète à l'amiable les logements mis en vente et ceux des "
          "copropriétaires les plus endettés. Les logements acquis sont loués temporairement "
          "par l'intermédiaire d'une agence immobilière à vocation sociale, en attendant leur "
          "cession à Ligéria Habitat, appelée à devenir le principal copropriétaire."),
    ("p", "En 2025, l'établissement a acquis 8 logements, pour 472 000 €, soit 59 000 € en "
          "moyenne, ainsi que deux cellules commerciales vacantes de la galerie des Chanvriers, "
          "pour 138 000 €, en vue de leur démolition. Au 31 décembre 2025, il détient 23 des 96 "
          "logements de la copropriété, dont le taux d'impayés est revenu à 18 %."),
    ("h", "3.3 Montlivray – l'ancien supermarché du Pré-Chéneau"),
    ("p", "Fermé depuis août 2021, le supermarché de la place du Pré occupait un bâtiment de "
          "2 900 m² sur un terrain de 8 400 m², au cœur du Pré-Chéneau. L'établissement l'a "
          "acquis le 14 mai 2025, pour 1 264 000 €, prix conforme à l'avis du pôle d'évaluation "
          "domaniale, en application de la convention signée le 30 septembre 2024 avec "
          "Montlivray Sologne Agglomération."),
    ("p", "En 2024, il avait déjà acheté deux pavillons de la rue des Vanniers, pour 186 000 €, "
          "afin de créer le nouvel accès au site depuis l'avenue de la Sauldre."),
    ("p", "Les travaux de désamiantage et de démolition, estimés à 690 000 € HT, seront conduits "
          "par l'établissement de juin à novembre 2026. Le terrain sera ensuite cédé, au premier "
          "semestre 2027, à l'Agglomération pour la future maison de santé et à Ligéria Habitat "
          "pour un programme de logements. Le prix de cession tiendra compte d'une minoration "
          "foncière de 35 %."),
    ("h", "3.4 Acquisitions dans les quartiers prioritaires, 2023-2025"),
    ("table", "acquisitions"),
    ("note", "Montants en euros, frais de notaire compris. À Mérignolles, les biens acquis sont "
             "des logements de la copropriété des Terrasses de la Varenne et, en 2025, deux "
             "cellules commerciales ; à Montlivray, deux pavillons en 2024 et l'ancien "
             "supermarché en 2025."),
    ("h", "3.5 Le fonds de minoration foncière des quartiers prioritaires"),
    ("p", "Créé en 2025, le fonds de minoration foncière permet de revendre les terrains des "
          "quartiers prioritaires à un prix inférieur à leur coût de portage lorsque le "
          "programme prévu ne pourrait pas, sinon, trouver son équilibre. Quatre financeurs "
          "l'abondent pour la période 2025-2027 (en euros) :"),
    ("table", "minoration"),
    ("note", "La ligne des agglomérations correspond à la participation commune de Mérignolles "
             "Val d'Yèvre Agglomération et de Montlivray Sologne Agglomération, inscrite dans "
             "leurs conventions d'intervention. Le fonds n'a pas été mobilisé en 2025 ; sa "
             "première utilisation concernera la cession du terrain de l'ancien supermarché du "
             "Pré-Chéneau."),
    ("h", "3.6 Objectifs pour 2026"),
    ("p", "Le conseil d'administration a fixé à l'établissement quatre objectifs dans les deux "
          "quartiers :"),
    ("b", "porter à 35 le nombre de logements détenus aux Terrasses de la Varenne, seuil à partir "
          "duquel Ligéria Habitat pourra engager leur rachat ;"),
    ("b", "démolir l'ancien supermarché du Pré-Chéneau et remettre le terrain en état avant la "
          "fin de 2026 ;"),
    ("b", "signer la promesse de vente du terrain avec Ligéria Habitat et Montlivray Sologne "
          "Agglomération ;"),
    ("b", "dresser, avec les deux agglomérations, l'inventaire des fonciers mutables des deux "
          "quartiers, en lien avec leurs projets de renouvellement urbain."),
    ("p", "« Notre rôle est d'acheter avant que la dégradation ne rende tout projet impossible, "
          "puis de porter les biens le temps que les collectivités et les bailleurs soient "
          "prêts », résume Hélène Pommier, directrice générale de l'établissement."),
]


# ---------------------------------------------------------------------------
# 3. Local paper's web article on the former supermarket: HTML (town 2)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Montlivray : au Pré-Chéneau, l'ancien supermarché laissera place à une maison de santé – La Voix de la Sauldre</title>
<meta name="description" content="Montlivray : plus de 150 habitants ont découvert le projet qui remplacera le supermarché fermé du Pré-Chéneau.">
<meta name="author" content="Clémence Ravard">
<meta property="article:published_time" content="2026-02-06T07:00:00+01:00">
<link rel="canonical" href="https://www.voix-de-la-sauldre.example/montlivray/pre-cheneau-ancien-supermarche-maison-de-sante">
<style>.cookies{position:fixed;bottom:0;width:100%}.partage a{margin-right:.5em}</style>
<script>window.vdsConsent = window.vdsConsent || {statut: "inconnu"};</script>
</head>
<body>
<div class="cookies" role="dialog">
  <p>La Voix de la Sauldre utilise des cookies et des technologies similaires pour mesurer l'audience, personnaliser les contenus et les publicités et permettre le partage sur les réseaux sociaux. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment. <a href="#">Tout accepter</a> · <a href="#">Tout refuser</a> · <a href="/confidentialite/">Paramétrer</a></p>
</div>
<header class="bandeau">
  <p class="logo"><a href="/">La Voix de la Sauldre</a></p>
  <nav class="menu">
    <ul>
      <li><a href="/montlivray/">Montlivray</a></li>
      <li><a href="/sologne/">Sologne</a></li>
      <li><a href="/loir-et-cher/">Loir-et-Cher</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/sorties/">Sorties</a></li>
      <li><a href="/abonnement/">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/montlivray/">Montlivray</a> › Urbanisme</nav>

<article class="article">
  <p class="surtitre">Montlivray · Renouvellement urbain</p>
  <h1>Au Pré-Chéneau, l'ancien supermarché laissera place à une maison de santé</h1>
  <p class="signature">Par Clémence Ravard · Publié le <time datetime="2026-02-06T07:00">6 février 2026 à 7 h</time> · Mis à jour à 10 h 15</p>
  <div class="partage">Partager : <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Copier le lien</a></div>
  <p class="chapo">Plus de 150 habitants ont assisté mardi soir à la présentation du projet qui remplacera la grande surface fermée depuis 2021. Une maison de santé, des logements pour seniors et un square sont au programme ; la démolition commencera en juin.</p>

  <p>La salle polyvalente du centre social de la Sauldre était trop petite, mardi 3 février. Debout au fond, Josiane Lecomte, 71 ans, locataire de la tour Talcy depuis 1988, était venue « pour voir enfin quelque chose bouger ». « Depuis que le supermarché a fermé, on a ce bâtiment tagué sous les yeux tous les jours. Et pour faire les courses, il faut prendre le bus jusqu'à la zone des Gâtines. »</p>
  <p>Fermé en août 2021, le supermarché de la place du Pré appartient depuis le 14 mai 2025 à l'établissement public foncier local Centre-Loire, qui l'a acheté 1,26 million d'euros pour le compte de l'agglomération. L'établissement conduira lui-même le désamiantage et la démolition, de juin à novembre 2026. L'entreprise qui réalisera les travaux n'est pas encore connue : l'appel d'offres doit être lancé ce mois-ci.</p>

  <h2>Onze professionnels de santé</h2>
  <p>Sur le terrain libéré, le projet présenté par Montlivray Sologne Agglomération prévoit une maison de santé pluriprofessionnelle de 1 100 m² en rez-de-chaussée. Elle doit accueillir onze professionnels : quatre médecins généralistes, trois infirmières, deux kinésithérapeutes, une orthophoniste et une sage-femme. Au-dessus et à côté, Ligéria Habitat construira 30 logements, dont 18 réservés à des personnes de plus de 65 ans. Un square d'environ 2 000 m² et un parking de 45 places compléteront l'ensemble.</p>
  <p>La maison de santé coûtera 3,8 millions d'euros hors taxes, financés par l'agglomération, l'ANRU, la Région et l'agence régionale de santé. Son ouverture est annoncée pour le début de l'année 2029.</p>

  <h2>Trois questions à Mathilde Aubrun, directrice du projet de renouvellement urbain</h2>
  <p class="question"><strong>Pourquoi une maison de santé plutôt qu'un nouveau supermarché ?</strong></p>
  <p>« Parce que c'est la première demande des habitants. Le quartier a perdu deux médecins en trois ans, et le dernier part à la retraite en 2027. Aucune enseigne de la grande distribution n'a voulu reprendre le site : la zone des Gâtines n'est qu'à trois kilomètres. En revanche, une supérette de 400 m² ouvrira en 2027 au rez-de-chaussée de la résidence Beauregard, place du Pré. »</p>
  <p class="question"><strong>Les logements pour seniors répondent-ils, eux aussi, à une demande ?</strong></p>
  <p>« Oui. Un locataire sur quatre a plus de 65 ans dans le quartier, et beaucoup vivent dans des étages sans ascenseur. Les dix-huit logements adaptés seront proposés en priorité aux ménages âgés de la barre Cheverny, qui doit être démolie en 2027. »</p>
  <p class="question"><strong>Les habitants auront-ils leur mot à dire ?</strong></p>
  <p>« Trois ateliers sont prévus au printemps sur l'aménagement du square. Le premier aura lieu le 14 mars à la maison du projet. Nous voulons que les enfants du quartier dessinent l'aire de jeux avec le paysagiste. »</p>

  <h2>Des inquiétudes sur le calendrier</h2>
  <p>Dans la salle, toutes les questions n'ont pas trouvé de réponse. Karim Benaïssa, président de l'amicale des locataires du Pré-Chéneau, redoute le « trou de trois ans » entre la démolition et l'ouverture : « Un terrain vague au milieu du quartier, on sait ce que ça donne. » L'agglomération promet une clôture paysagée et un usage provisoire du terrain, qui reste à définir.</p>
  <p>Autre sujet de crispation : le stationnement. Le parking de l'ancien supermarché servait aussi aux habitants des immeubles voisins. « On va perdre près de 200 places et on nous en rend 45 », calcule un riverain. Selon l'agglomération, 120 places seront créées d'ici 2028 le long de l'avenue de la Sauldre.</p>
  <p>La maire, Patricia Jolivet, a conclu la réunion en évoquant « un investissement sans précédent » : « Quarante-huit millions d'euros en dix ans, c'est plus que tout ce que la ville a investi dans le quartier depuis sa construction. »</p>

  <aside class="encadre">
    <h3>Repères – Le Pré-Chéneau</h3>
    <ul>
      <li>3 580 habitants, 1 460 logements dont 1 260 logements sociaux (Loir-Sologne Habitat et Ligéria Habitat)</li>
      <li>Taux de pauvreté : 46 %, contre 17 % pour l'ensemble de Montlivray</li>
      <li>Convention de renouvellement urbain signée le 22 janvier 2025 : 48,3 millions d'euros, dont 13,9 millions de subventions de l'ANRU</li>
      <li>Barre Cheverny : 120 logements, démolition prévue en 2027</li>
      <li>Un seul médecin généraliste encore installé dans le quartier</li>
      <li>Ancien supermarché : bâtiment de 2 900 m² sur un terrain de 8 400 m²</li>
    </ul>
  </aside>
  <div class="partage">Partager : <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">WhatsApp</a> · <a href="#">Copier le lien</a></div>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/sologne/etangs-vidange-hiver/">Sologne : la vidange des étangs attire les curieux malgré le froid</a></li>
      <li><a href="/sports/montlivray-basket-coupe/">Basket : Montlivray se qualifie pour les huitièmes de finale</a></li>
      <li><a href="/montlivray/marche-du-samedi-travaux/">Le marché du samedi déménage pendant les travaux de la halle</a></li>
    </ol>
  </section>
  <section class="lettre">
    <h2>La lettre de la Voix</h2>
    <p>Chaque matin à 7 heures, l'essentiel de l'actualité de Montlivray et de la Sologne dans votre boîte de réception.</p>
    <form action="/lettre/" method="post"><input type="email" name="adresse" placeholder="Votre adresse électronique"><button type="submit">Je m'abonne</button></form>
  </section>
</aside>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/montlivray/pre-cheneau-convention-anru/">Pré-Chéneau : la convention de renouvellement urbain enfin signée</a></li>
    <li><a href="/montlivray/barre-cheverny-relogement/">Barre Cheverny : les premières familles ont déménagé</a></li>
    <li><a href="/loir-et-cher/deserts-medicaux-carte/">Déserts médicaux : la carte des communes les plus touchées du Loir-et-Cher</a></li>
  </ul>
</section>
</main>

<footer class="pied">
  <p>La Voix de la Sauldre – 18, rue du Mail – Montlivray</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/confidentialite/">Politique de confidentialité</a> · <a href="/cgv/">Conditions générales de vente</a> · <a href="/nous-contacter/">Nous contacter</a></p>
  <p>© 2026 La Voix de la Sauldre. Tous droits réservés.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 4 + 3 + 2 + 1 + 1 == 11 and 1264000 // 10000 == 126


# ---------------------------------------------------------------------------
# 4. Minutes of the residents' council: Markdown (town 1)
# ---------------------------------------------------------------------------
# project, promoter, amount (€), participants
MD_FPH = [("Fête de quartier de juin", "Association Les Jardins de la Varenne", 3200, 450),
          ("Sortie familiale en bord de Loire", "Collectif des mamans de la Grande-Varenne",
           1850, 64),
          ("Atelier de réparation de vélos", "Association Vélo'Varenne", 1400, 38),
          ("Tournoi de football interquartiers", "Étoile sportive de la Varenne", 2100, 120),
          ("Repas partagé des aînés", "Club des aînés des Chanvriers", 900, 70),
          ("Ateliers de couture et de retouche", "Association Fil à Fil", 1000, 22)]
MD_FPH_ENVELOPE = 12000


def md_fph_table():
    e = probekit.eur
    rows = ["| Projet | Porteur | Montant attribué | Participants |", "|---|---|---|---|"]
    for name, who, amount, people in MD_FPH:
        rows.append(f"| {name} | {who} | {e(amount)} € | {people} |")
    rows.append(f"| **Total** | | **{e(sum(x[2] for x in MD_FPH))} €** | "
                f"**{sum(x[3] for x in MD_FPH)}** |")
    return "\n".join(rows)


def _check_md():
    assert sum(x[2] for x in MD_FPH) == 10450 and sum(x[3] for x in MD_FPH) == 764
    assert MD_FPH_ENVELOPE - 10450 == 1550 and 8000 + 4000 == MD_FPH_ENVELOPE
    assert 10 + 2 + 1 == 13 and 9 + 4 == 13 and 21 + 11 + 6 == 38


MD = """---
title: "Conseil citoyen de la Grande-Varenne – compte rendu de la séance plénière du 27 janvier 2026"
date: 2026-01-27
lieu: "Maison du projet de la Grande-Varenne, 4, rue des Chanvriers, Mérignolles"
redaction: "Secrétariat du conseil citoyen, avec l'appui du centre social des Chanvriers"
quartier: "La Grande-Varenne, Mérignolles (Cher)"
diffusion: "Membres du conseil citoyen, Ville de Mérignolles, Mérignolles Val d'Yèvre Agglomération, délégué du préfet"
tags: [conseil citoyen, relogement, fonds de participation des habitants, Grande-Varenne]
---

# Conseil citoyen de la Grande-Varenne – séance plénière du 27 janvier 2026

*Maison du projet, 4, rue des Chanvriers, de 18 h 30 à 21 h. Compte rendu rédigé par Inès Carvalho, secrétaire de séance, et approuvé par les coprésidents le 5 février 2026.*

## Participants

Treize des vingt et un membres du conseil citoyen étaient présents : neuf membres du collège des habitants et quatre du collège des associations et acteurs locaux. La séance était coprésidée par Nadia Kherbouche et Lucien Pelletan.

Invités :

- Sandrine Vallerand, responsable du pôle relogement et accompagnement social de Yèvre Habitat ;
- Thomas Gervaise, responsable de l'agence du Cher de Ligéria Habitat ;
- Céline Audouin, cheffe de projet renouvellement urbain à Mérignolles Val d'Yèvre Agglomération ;
- le délégué du préfet pour la Grande-Varenne.

## Ordre du jour

1. Approbation du compte rendu de la séance du 25 novembre 2025
2. Relogement des habitants de la barre Auron et de la résidence Arnon
3. Bilan 2025 du fonds de participation des habitants
4. Avis sur l'esquisse de la place des Lavandières
5. Suites du diagnostic en marchant du 12 décembre 2025
6. Questions diverses

## 1. Compte rendu de la séance précédente

Le compte rendu de la séance du 25 novembre 2025 est approuvé à l'unanimité, sans modification.

## 2. Relogement des habitants de la barre Auron et de la résidence Arnon

Sandrine Vallerand rappelle que 168 ménages sont concernés : 141 dans la barre Auron et 27 dans les cages 3 et 4 de la résidence Arnon. Les deux bailleurs ont formé un groupement pour recruter un prestataire unique d'accompagnement social ; la consultation sera publiée début février et les premiers entretiens à domicile commenceront en juin. Aucun ménage ne sera obligé de déménager avant d'avoir reçu trois propositions.

Thomas Gervaise précise que Ligéria Habitat réservera aux locataires de la résidence Arnon une partie des 22 logements de sa résidence neuve du quai des Tanneries, livrée en septembre 2026.

Les membres ont posé les questions suivantes :

- **Le loyer va-t-il augmenter ?** La charte de relogement garantit un reste à charge, loyer et charges, qui ne dépasse pas celui d'aujourd'hui pour une surface équivalente.
- **Peut-on rester dans le quartier ?** Oui, mais la charte fixe un objectif d'au moins 40 % de relogements hors des quartiers prioritaires ; les souhaits de chacun seront recueillis lors du diagnostic.
- **Que deviennent les jardins au pied de la barre ?** Les 18 parcelles des jardins familiaux seront recréées en 2027 dans le parc de la Varenne ; les jardiniers actuels seront prioritaires.

Le conseil citoyen demande à être représenté au comité de suivi du relogement. Yèvre Habitat donne son accord pour deux sièges.

## 3. Bilan 2025 du fonds de participation des habitants

Lucien Pelletan présente le bilan du fonds, doté en 2025 de 12 000 €, dont 8 000 € de la Ville et 4 000 € de l'État. Le comité d'attribution, composé de cinq membres du conseil, a retenu six projets sur neuf demandes :

""" + md_fph_table() + """

Le reliquat de 1 550 € a été rendu à la Ville. Le montant du fonds pour 2026 sera connu après le vote du budget municipal, en mars. Plusieurs membres regrettent que les projets des jeunes soient absents du bilan ; le comité d'attribution ira présenter le fonds au club de prévention et au collège.

## 4. Avis sur l'esquisse de la place des Lavandières

Céline Audouin présente l'esquisse élaborée par le paysagiste mandaté par l'Agglomération et discutée lors de l'atelier public du 13 janvier. La future place, de 6 200 m², conserve 11 des 14 platanes existants, accueille des jeux d'eau et garde le marché du jeudi matin. Les 24 places de stationnement actuelles sont supprimées et reportées rue des Chanvriers.

Après débat, le conseil citoyen émet un **avis favorable avec réserves**, par 10 voix pour, 2 contre et 1 abstention. Les réserves sont les suivantes :

- étudier le maintien des trois platanes dont l'abattage est prévu ;
- installer des bancs à l'ombre et des toilettes publiques ;
- maintenir un arrêt de bus à moins de cent mètres de la place ;
- renforcer l'éclairage de l'allée des Chanvriers, empruntée le soir par les collégiens.

## 5. Suites du diagnostic en marchant

Le diagnostic en marchant du 12 décembre 2025 a réuni 26 habitants et relevé 38 dysfonctionnements : éclairage, dépôts sauvages, portes de hall, trottoirs. Au 20 janvier, 21 ont été traités, 11 sont programmés et 6 restent sans réponse des gestionnaires ; ces derniers seront inscrits à l'ordre du jour de la prochaine cellule de gestion urbaine de proximité.

## 6. Questions diverses

Nadia Kherbouche signale la fermeture du bureau de poste de la Grande-Varenne le samedi matin depuis le 5 janvier. Les membres demandent qu'un courrier soit adressé à La Poste.

## Relevé de décisions

1. Le conseil citoyen émet un avis favorable avec réserves sur l'esquisse de la place des Lavandières.
2. Lucien Pelletan et Fatoumata Sissoko représenteront le conseil au comité de suivi du relogement.
3. Un courrier sera adressé à La Poste au sujet de la fermeture du samedi matin.
4. La prochaine séance plénière aura lieu le mardi 24 mars 2026 à 18 h 30, à la maison du projet.
"""


# ---------------------------------------------------------------------------
# 5. The renewal project's newsletter: plain text (town 2)
# ---------------------------------------------------------------------------
# situation, households (the three "dont" lines break down the first one)
TX_REHOUSING = [("Relogés", 67), ("  dont au Pré-Chéneau", 29),
                ("  dont ailleurs à Montlivray", 30), ("  dont dans une autre commune", 8),
                ("Proposition acceptée, bail à signer", 21),
                ("En attente d'une proposition", 16)]


def tx_rehousing_table():
    w = 44
    lines = [f"{'Situation au 31 janvier 2026':<{w}}{'Ménages':>10}", "-" * (w + 10)]
    for label, n in TX_REHOUSING:
        lines.append(f"{label:<{w}}{n:>10}")
    lines.append("-" * (w + 10))
    total = sum(n for s, n in TX_REHOUSING if not s.strip().startswith("dont"))
    lines.append(f"{'Total':<{w}}{total:>10}")
    return "\n".join(lines)


def _check_txt():
    assert sum(n for s, n in TX_REHOUSING if not s.strip().startswith("dont")) == 104
    assert 29 + 30 + 8 == 67 and round(5300000 / 84, -2) == 63100


TXT = """PRÉ-CHÉNEAU, LE QUARTIER CHANGE
La lettre d'information du projet de renouvellement urbain du Pré-Chéneau
N° 6 – février 2026

Montlivray, le 10 février 2026


LE MOT DE LA MAIRE

« Un an après la signature de la convention, les chantiers se voient enfin : les échafaudages sont montés à Villesavin, la barre Cheverny se vide et l'ancien supermarché tombera cet été. Je sais ce que ces travaux coûtent en patience à chacun d'entre vous. La maison du projet est là pour répondre à vos questions : n'hésitez pas à en pousser la porte. »
Patricia Jolivet, maire de Montlivray


BARRE CHEVERNY : PRÈS DE DEUX FAMILLES SUR TROIS ONT DÉMÉNAGÉ

Lorsque le relogement a commencé, en mars 2025, 104 des 120 logements de la barre Cheverny étaient occupés. Dix mois plus tard, les deux tiers des ménages, ou presque, ont trouvé leur nouveau logement.

""" + tx_rehousing_table() + """

Loir-Sologne Habitat, propriétaire de la barre, prend en charge les frais de déménagement et prévoit d'achever le relogement en septembre 2026. La démolition suivra en 2027. « Les seize familles qui attendent encore sont surtout de grandes familles : il nous faut des cinq-pièces, et il y en a peu », explique Olivier Mauduit, directeur général de l'office.


VILLESAVIN : LES TRAVAUX ONT COMMENCÉ

Ligéria Habitat a lancé le 5 janvier la réhabilitation de la résidence Villesavin (84 logements, 1972). Pendant quatorze mois, les façades et les toitures seront isolées, les fenêtres remplacées et la chaufferie raccordée au réseau de chaleur au bois de la ville ; deux ascenseurs seront installés dans les cages les plus hautes. Le chantier coûte 5,3 millions d'euros, soit environ 63 100 € par logement.

Les loyers n'augmenteront pas après les travaux. « Un logement témoin est ouvert au 12, allée de Villesavin : venez voir les nouvelles fenêtres et la nouvelle salle de bains avant qu'elles n'arrivent chez vous », invite Yasmina Belkacem, responsable de l'agence de Loir-et-Cher de Ligéria Habitat. Visites le mercredi de 14 h à 17 h.


UN NOUVEAU GROUPE SCOLAIRE POUR LA RENTRÉE 2028

Le jury du concours d'architecture, réuni le 15 décembre 2025, a désigné l'équipe lauréate parmi trois finalistes. Le futur groupe scolaire réunira les écoles maternelle et élémentaire de la Sauldre dans un même bâtiment de quatorze classes, avec un restaurant scolaire de 300 places. Coût de l'opération : 11,2 millions d'euros TTC. Les travaux commenceront au début de 2027 pour une ouverture à la rentrée de septembre 2028. Le projet lauréat sera exposé à la maison du projet à partir du 2 mars.


ANCIEN SUPERMARCHÉ : DÉMOLITION EN JUIN

Propriétaire du site depuis mai 2025, l'établissement public foncier local Centre-Loire démolira le bâtiment de juin à novembre 2026. Le projet présenté le 3 février devant plus de 150 habitants prévoit une maison de santé de onze professionnels, 30 logements de Ligéria Habitat et un square. Vous pouvez donner votre avis sur l'aménagement du square lors des ateliers du printemps.


EMPLOI : LES CHANTIERS RECRUTENT DANS LE QUARTIER

Les marchés du projet réservent 12 000 heures de travail à des personnes éloignées de l'emploi. Au 31 janvier 2026, 3 450 heures ont été réalisées par 23 personnes, dont 17 habitants du Pré-Chéneau. Rachid Ouadah, facilitateur des clauses d'insertion à la Maison de l'emploi, reçoit sur rendez-vous à la maison du projet le jeudi matin.


AGENDA

- 2 mars : ouverture de l'exposition du projet lauréat du groupe scolaire, maison du projet
- 14 mars, 10 h : premier atelier sur l'aménagement du square, maison du projet
- 11 avril, 14 h 30 : balade urbaine « Le Pré-Chéneau d'hier à demain », départ place du Pré
- 16 mai : fête du quartier, parc de la Sauldre


NOUS CONTACTER

Maison du projet du Pré-Chéneau, 2, place du Pré, Montlivray. Ouverte le mardi de 14 h à 18 h, le mercredi de 9 h à 12 h et de 14 h à 18 h, le samedi de 9 h à 12 h.
Courriel : maisonduprojet@montlivray-sologne.example

Directrice de la publication : Patricia Jolivet. Rédaction : service communication de Montlivray Sologne Agglomération. Lettre distribuée dans les 1 460 logements du quartier.
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe23.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=5, header_fill="5B2C5A",
        total_match="prefix")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES,
        total_tables={"acquisitions", "minoration"}, form_label_w=130, theme=THEME_PLUM,
        total_rule="prefix", header_left=PD_HEADER_LEFT, header_right=PD_HEADER_RIGHT,
        footer=PD_FOOTER, author=PD_AUTHOR, subject=PD_SUBJECT, creator=PD_CREATOR,
        date=PDF_DATE)


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
