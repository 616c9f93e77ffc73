#!/usr/bin/env python3
"""Generate the five probe25 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Hargival-sur-Semoy (Ardennes, Grand Est), quartier prioritaire des Ardoisières, on the
        plateau above former slate quarries (agglomeration: Ardenne Semoy Agglomération; social
        landlords Semoy Habitat, an OPH, and Altanor Habitat, a regional ESH based in Reims;
        buildings named after the legend of the four sons Aymon: tour Bayard, barre Renaud,
        résidences Alard and Guichard; mail des Carriers, place des Fendeurs, groupe scolaire
        des Ardoisières; rebuilt social homes on the site du Moulin-Lebrun and the îlot de la
        Vieille-Poste)
    - maquette-financiere-v3-npnru-ardoisieres-hargival-sur-semoy-2026-01.docx
        (funding plan of the renewal convention, consolidated version no. 3 of 16 January 2026:
        labelled fields, the three changes since version 2 as a list with a lead-in, the project
        in brief, a table by operation (owner, cost, ANRU grant, ANRU rate) with a total row, a
        table by funder with shares and a total row, a table by project owner with a total row,
        points of attention (the Region's ceiling, the town's share, the cost per home of the
        résidence Alard compared with the résidence Lully in town 2), the author)
    - echange-courriels-ddt-ardennes-maquette-v3-ardoisieres-2026-01.txt
        (e-mail thread exported as text, newest message first, 16 to 23 January 2026, between the
        agglomeration's project manager, the DDT des Ardennes (the ANRU's local delegation),
        Semoy Habitat and Altanor Habitat about version 3: the ANRU ceiling for the school and
        the 210 000 € gap taken on by the town, the rehousing of the tour Bayard at 31 December
        2025, Altanor's request for the BBC bonus already granted in town 2 (undecided), the
        project review of 12 February 2026, the deadline for version 4)
Town 2: Vaucheny-sur-Blaise (Haute-Marne, Grand Est), quartier prioritaire des Forgettes, an old
        foundry district (agglomeration: Blaise et Der Agglomération; social landlords Logivance,
        an OPH, and Altanor Habitat; buildings named after French baroque composers: barre Campra,
        tour Couperin, résidences Lully and Clérambault; pôle commercial des Forgettes, voie
        nouvelle des Chaudronniers, rue des Mouleurs, maison de santé)
    - presentation-reunion-publique-forgettes-vaucheny-2026-01-27.pdf
        (slide deck of the public meeting of 27 January 2026 exported as PDF, landscape, one
        slide a page with a title band and short bullet lines: speakers, key figures, a rehousing
        table of the barre Campra at 31 December 2025 with "dont" lines, demolition,
        refurbishments, rebuilt homes, the shopping centre, the new street, the health centre,
        integration hours, a funding table in M€ with a total row, the calendar, contacts)
    - rapport-commissaire-enqueteur-dup-pole-commercial-forgettes-vaucheny.md
        (report and reasoned conclusions of the public-inquiry commissioner on the declaration of
        public utility and the plot survey for the shopping centre and the new street, with YAML
        front matter: labelled fields, context (11 units, 5 still trading, listed), a cost table
        with a total row, the inquiry's course with the five sessions as a list, a table of
        contributions by channel with a total row, a table of themes, the developer's answers and
        the commissioner's assessments, the opinion with one reservation and two recommendations)
Both towns:
    - faq-locataires-rehabilitation-alard-lully-altanor-habitat.html
        (Altanor Habitat's web FAQ for the tenants of its two residences under refurbishment,
        questions as <h3> headings inside one <section> per residence plus a general section, a
        comparison <table>, cookie banner, navigation, breadcrumb and footer: no rent rise at
        Alard, a monthly "third line" for 15 years at Lully approved by a tenants' vote, works
        per home, relay flats, energy labels, savings, contacts and their office hours, the
        résidences Guichard and Clérambault mentioned without a programme for the latter)

The documents overlap on purpose: Altanor Habitat refurbishes a residence in each town (Alard,
132 homes, 55 000 € per home; Lully, 104 homes, 58 000 € per home), both towns have a block to
demolish with households to rehouse (tour Bayard, barre Campra), the ANRU's bonus for the BBC
level was granted in town 2 and only asked for in town 1, the ANRU grant for the school of town 1
is 2 670 000 € in version 3 but capped at 2 460 000 € by the DDT. Some figures are given for one
town only (the public inquiry, the integration hours and the health centre in town 2; the
Region's ceiling in town 1), some only as planned (the demolition of the barre Campra, the
ANRU's answer to Altanor), some only for the whole period (the funders' contributions, never
by year), and some bodies are never named (the firm of the tour Couperin works).

Only the standard library is used: the DOCX (minimal OOXML package) is written by the shared
writer of evals/probekit.py; the PDF slide deck (standard Type1 fonts, WinAnsiEncoding, landscape
A4 pages) is written by a small slide writer below built on probekit's PDF helpers, so that
probekit.blocks_pdf reads it back. All text is held in this script; running it again rewrites
the five files byte-for-byte (fixed metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe25.jsonl when it exists (see
evals/probe25/build_questions.py): every gold quote must occur, after whitespace normalisation,
inside one visible text block of one of its gold documents, every answer fact must occur in one
of its gold documents, every near-doc tag must name a document, and the tag counts are printed.
It exits 1 on any failure.

Run from the repository root: python evals/probe25/make_docs.py
"""
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe25.jsonl")
QID_PREFIX = "q25"

FN_DOCX = "maquette-financiere-v3-npnru-ardoisieres-hargival-sur-semoy-2026-01.docx"
FN_PDF = "presentation-reunion-publique-forgettes-vaucheny-2026-01-27.pdf"
FN_HTML = "faq-locataires-rehabilitation-alard-lully-altanor-habitat.html"
FN_MD = "rapport-commissaire-enqueteur-dup-pole-commercial-forgettes-vaucheny.md"
FN_TXT = "echange-courriels-ddt-ardennes-maquette-v3-ardoisieres-2026-01.txt"

ZIP_DT = (2026, 1, 16, 17, 40, 0)
DOCX_DATE = "2026-01-16T17:40:00Z"
PDF_DATE = "D:20260128102000+01'00'"

# PDF colours: slate blue accent (title band, table header), pale slate label cells.
THEME_ARDOISE = ((0.18, 0.27, 0.36), (0.90, 0.93, 0.96))


def e(v_k):
    """An amount given in thousands of euros, written in euros with French spacing."""
    return probekit.eur(v_k * 1000)


# ---------------------------------------------------------------------------
# 1. Funding plan of the Ardoisières renewal convention, version 3: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Ardenne Semoy Agglomération"
DX_DOC_KIND = "Maquette financière"
DX_HEADER = ("Ardenne Semoy Agglomération – direction du renouvellement urbain – maquette "
             "financière NPNRU Ardoisières – V3 du 16 janvier 2026 – document de travail")
DX_FOOTER = ("Ardenne Semoy Agglomération – hôtel communautaire, Hargival-sur-Semoy – annexe "
             "financière de la convention pluriannuelle de renouvellement urbain – version n° 3")
DX_KICKER = "Ardenne Semoy Agglomération – Direction du renouvellement urbain"
DX_TITLE = "Maquette financière du projet de renouvellement urbain des Ardoisières"
DX_SUBTITLE = ("Hargival-sur-Semoy (Ardennes) – annexe financière de la convention "
               "pluriannuelle – version consolidée n° 3 du 16 janvier 2026, préparée pour la "
               "revue de projet du 12 février 2026")
DX_KEYWORDS = ("NPNRU; maquette financière; Ardoisières; Hargival-sur-Semoy; ANRU; Semoy "
               "Habitat; Altanor Habitat; groupe scolaire")

FUNDERS = ["ANRU (subventions)", "Action Logement (prêts bonifiés)", "Région Grand Est",
           "Département des Ardennes", "Ardenne Semoy Agglomération",
           "Ville de Hargival-sur-Semoy", "Banque des Territoires (prêts)",
           "Bailleurs sociaux (fonds propres et emprunts)"]
ANRU, AL, REG, DEP, AGGLO, VILLE, BDT, BAIL = range(8)
SEMOY, ALTANOR = "Semoy Habitat", "Altanor Habitat"
VILLE_MOA, AGGLO_MOA = "Ville de Hargival-sur-Semoy", "Ardenne Semoy Agglomération"
# operation, project owner, cost (k€ HT), {funder: k€}
DX_OPS = [
    ("Démolition de la tour Bayard (66 logements)", SEMOY, 3150,
     {ANRU: 2520, AGGLO: 315, BAIL: 315}),
    ("Démolition partielle de la barre Renaud (cages A et B, 40 logements)", SEMOY, 2040,
     {ANRU: 1632, AGGLO: 204, BAIL: 204}),
    ("Réhabilitation de la barre Renaud (cages C à F, 80 logements)", SEMOY, 4400,
     {ANRU: 880, AL: 960, REG: 400, BAIL: 2160}),
    ("Réhabilitation de la résidence Alard (132 logements)", ALTANOR, 7260,
     {ANRU: 1320, AL: 1452, REG: 660, BAIL: 3828}),
    ("Résidentialisation de la résidence Guichard (96 logements)", ALTANOR, 1150,
     {ANRU: 460, BAIL: 690}),
    ("Reconstitution de l'offre : 40 logements, site du Moulin-Lebrun", SEMOY, 6000,
     {ANRU: 480, AL: 1240, DEP: 200, BDT: 2800, BAIL: 1280}),
    ("Reconstitution de l'offre : 26 logements, îlot de la Vieille-Poste", ALTANOR, 4030,
     {ANRU: 312, AL: 806, DEP: 130, BDT: 1950, BAIL: 832}),
    ("Reconstruction du groupe scolaire des Ardoisières (12 classes)", VILLE_MOA, 8900,
     {ANRU: 2670, REG: 1100, DEP: 890, VILLE: 4240}),
    ("Espaces publics : mail des Carriers et place des Fendeurs", AGGLO_MOA, 5600,
     {ANRU: 1680, AGGLO: 2520, VILLE: 1400}),
    ("Ingénierie : pilotage, OPC urbain, relogement, maison du projet", AGGLO_MOA, 1240,
     {ANRU: 620, BDT: 124, AGGLO: 496}),
]
MOA_ORDER = [AGGLO_MOA, VILLE_MOA, SEMOY, ALTANOR]


def pct1(part, whole):
    """A share with one decimal, French comma ("28,7 %")."""
    tenths = round(1000 * part / whole)
    return f"{tenths // 10},{tenths % 10} %"


def dx_total_cost():
    return sum(o[2] for o in DX_OPS)


def dx_funder_total(k):
    return sum(o[3].get(k, 0) for o in DX_OPS)


def dx_ops_rows():
    rows = [["N°", "Opération", "Maître d'ouvrage", "Coût (€ HT)", "Subvention ANRU (€)",
             "Taux ANRU"]]
    for n, (name, moa, cost, fin) in enumerate(DX_OPS, 1):
        rows.append([str(n), name, moa, e(cost), e(fin[ANRU]), f"{round(100 * fin[ANRU] / cost)} %"])
    total, anru = dx_total_cost(), dx_funder_total(ANRU)
    rows.append(["Total", "", "", e(total), e(anru), f"{round(100 * anru / total)} %"])
    return rows


def dx_funder_rows():
    total = dx_total_cost()
    rows = [["Financeur", "Montant (€)", "Part du total"]]
    for k, name in enumerate(FUNDERS):
        rows.append([name, e(dx_funder_total(k)), pct1(dx_funder_total(k), total)])
    rows.append(["Total", e(total), "100 %"])
    return rows


def dx_moa_rows():
    rows = [["Maître d'ouvrage", "Opérations", "Coût (€ HT)", "dont subvention ANRU (€)"]]
    for moa in MOA_ORDER:
        ops = [o for o in DX_OPS if o[1] == moa]
        rows.append([moa, str(len(ops)), e(sum(o[2] for o in ops)),
                     e(sum(o[3][ANRU] for o in ops))])
    rows.append(["Total", str(len(DX_OPS)), e(dx_total_cost()), e(dx_funder_total(ANRU))])
    return rows


def _check_docx():
    for name, _moa, cost, fin in DX_OPS:
        assert sum(fin.values()) == cost, name
    assert dx_total_cost() == 43770
    assert [dx_funder_total(k) for k in range(8)] == [12574, 4458, 2160, 1220, 3535, 5640,
                                                     4874, 9309]
    assert sum(dx_funder_total(k) for k in range(8)) == 43770
    assert pct1(12574, 43770) == "28,7 %" and pct1(9309, 43770) == "21,3 %"
    assert round(100 * 12574 / 43770) == 29
    assert 7260 * 1000 // 132 == 55000 and 58000 * 104 == 6032000
    assert 8900 - 8200 == 700 and 66 + 40 == 106 and 80 + 132 == 212 and 40 + 26 == 66
    assert 900 + 360 == 1260 and dx_funder_total(REG) < 2200
    assert 2670 == round(0.3 * 8900) and 2460 == round(0.3 * 8200) and 2670 - 2460 == 210
    assert 4240 + 210 == 4450 and 1320 * 12 // 10 == 1584 and 1040 * 12 // 10 == 1248
    semoy = [o for o in DX_OPS if o[1] == SEMOY]
    assert sum(o[2] for o in semoy) == 15590 and sum(o[3][ANRU] for o in semoy) == 5512


DX_TABLES = {"operations": dx_ops_rows(), "financeurs": dx_funder_rows(),
             "moa": dx_moa_rows()}
DX_WIDTHS = {"operations": [500, 3700, 1900, 1300, 1400, 900],
             "financeurs": [5200, 2400, 2100],
             "moa": [3600, 1400, 2300, 2400]}
DX_FIELDS = [
    ("Porteur de projet", "Ardenne Semoy Agglomération (président : Jean-Marc Hubinon)"),
    ("Commune", "Hargival-sur-Semoy (21 800 habitants)"),
    ("Quartier", "Les Ardoisières, quartier prioritaire de la politique de la ville "
                 "(3 240 habitants)"),
    ("Nature du projet", "Projet d'intérêt régional (PRIR) du nouveau programme national de "
                         "renouvellement urbain"),
    ("Convention", "Signée le 14 mars 2025 à la préfecture des Ardennes, à "
                   "Charleville-Mézières ; opérations programmées de 2025 à 2032"),
    ("Montant des opérations", "43 770 000 € HT, dont 12 574 000 € de subventions de l'ANRU"),
    ("Maîtres d'ouvrage", "Ardenne Semoy Agglomération ; Ville de Hargival-sur-Semoy ; Semoy "
                          "Habitat (office public de l'habitat) ; Altanor Habitat (entreprise "
                          "sociale pour l'habitat)"),
    ("Version", "V3 du 16 janvier 2026, qui remplace la V2 du 3 octobre 2025"),
    ("Établie par", "Solène Raguet, cheffe de projet renouvellement urbain, avec l'appui du "
                    "cabinet Stratéfi Conseil (assistance au pilotage financier)"),
]
DX_SECTIONS = [
    ("h1", "1. Objet de la version n° 3"),
    ("p", "La présente version consolide les plans de financement transmis par les maîtres "
          "d'ouvrage en décembre 2025. Elle sera soumise au comité de pilotage du 5 février "
          "2026, puis à la revue de projet organisée par la délégation territoriale de l'ANRU "
          "le 12 février 2026. Par rapport à la version n° 2, elle intègre trois évolutions :"),
    ("li", "le coût de la reconstruction du groupe scolaire des Ardoisières passe de "
           "8 200 000 € HT à 8 900 000 € HT à l'issue de l'avant-projet définitif, soit une "
           "hausse de 700 000 € ;"),
    ("li", "la reconstitution de l'offre de logements sociaux est répartie entre deux sites, le "
           "site du Moulin-Lebrun (Semoy Habitat) et l'îlot de la Vieille-Poste (Altanor "
           "Habitat), au lieu d'un site unique ;"),
    ("li", "la ligne d'ingénierie intègre désormais une mission d'ordonnancement, de pilotage et "
           "de coordination urbaine (OPC urbain)."),
    ("h1", "2. Le projet en bref"),
    ("p", "Construit entre 1964 et 1974 sur le plateau qui domine les anciennes carrières "
          "d'ardoise, le quartier des Ardoisières compte 1 480 logements, dont 1 260 logements "
          "locatifs sociaux : 900 appartiennent à Semoy Habitat, l'office public de l'habitat "
          "de l'agglomération, et 360 à Altanor Habitat, entreprise sociale pour l'habitat dont "
          "le siège est à Reims."),
    ("p", "Le projet prévoit la démolition de 106 logements (la tour Bayard et les cages A et B "
          "de la barre Renaud), la reconstitution de 66 logements sociaux hors du quartier, la "
          "réhabilitation de 212 logements, la résidentialisation de la résidence Guichard, la "
          "reconstruction du groupe scolaire et la requalification des espaces publics autour "
          "d'un nouveau mail reliant le quartier au centre-ville."),
    ("h1", "3. Plan de financement par opération"),
    ("table", "operations"),
    ("note", "Le taux ANRU est rapporté au coût HT de l'opération ; il ne se confond pas avec le "
             "taux de subvention réglementaire, qui s'applique à l'assiette subventionnable. Les "
             "prêts bonifiés d'Action Logement sont consentis aux bailleurs et ne figurent pas "
             "dans la colonne ANRU."),
    ("h1", "4. Plan de financement par financeur"),
    ("table", "financeurs"),
    ("p", "Les subventions de l'ANRU couvrent 28,7 % du coût du projet. Les bailleurs sociaux "
          "mobilisent 9 309 000 € sur leurs fonds propres et leurs emprunts, auxquels "
          "s'ajoutent les prêts d'Action Logement et de la Banque des Territoires."),
    ("h1", "5. Récapitulatif par maître d'ouvrage"),
    ("table", "moa"),
    ("h1", "6. Points d'attention"),
    ("p", "Région. La participation de la Région Grand Est, 2 160 000 €, atteint presque le "
          "plafond de 2 200 000 € fixé par son cadre d'intervention pour les projets d'intérêt "
          "régional : toute dépense nouvelle devra être couverte par d'autres financeurs."),
    ("p", "Ville. La part de la Ville de Hargival-sur-Semoy augmente de 700 000 € par rapport à "
          "la version n° 2, du fait du groupe scolaire. Le plan pluriannuel d'investissement de "
          "la commune devra être ajusté lors du vote du budget primitif 2026."),
    ("p", "Coût des réhabilitations. Le coût de la réhabilitation de la résidence Alard "
          "s'établit à 55 000 € HT par logement. À titre de comparaison, Altanor Habitat conduit "
          "aux Forgettes, à Vaucheny-sur-Blaise (Haute-Marne), la réhabilitation de la "
          "résidence Lully (104 logements) pour un coût de 58 000 € HT par logement, qui inclut "
          "le raccordement au réseau de chaleur."),
    ("p", "Calendrier. L'échéancier prévoit l'engagement de 60 % des subventions de l'ANRU entre "
          "2026 et 2028, années de la démolition de la tour Bayard et de la construction du "
          "groupe scolaire."),
    ("note", "Montants arrondis au millier d'euros. Maquette établie par Solène Raguet, cheffe "
             "de projet renouvellement urbain d'Ardenne Semoy Agglomération, avec l'appui du "
             "cabinet Stratéfi Conseil."),
]


# ---------------------------------------------------------------------------
# 2. Slide deck of the public meeting of the Forgettes: PDF (town 2)
# ---------------------------------------------------------------------------
PD_TITLE = "Les Forgettes, le quartier se transforme"
PD_SUBTITLE = "Réunion publique du 27 janvier 2026"
PD_AUTHOR = "Blaise et Der Agglomération – direction de l'habitat et du renouvellement urbain"
PD_SUBJECT = ("Projet de renouvellement urbain des Forgettes, Vaucheny-sur-Blaise – support de "
              "la réunion publique du 27 janvier 2026")
PD_CREATOR = "Microsoft PowerPoint – Blaise et Der Agglomération"
PD_FOOTER = "Les Forgettes – réunion publique du 27 janvier 2026 – Blaise et Der Agglomération"

# situation, households
PD_REHOUSING = [("Ménages présents au 1er avril 2025 (début du relogement)", 71),
                ("Relogés", 52),
                ("dont dans le quartier des Forgettes", 23),
                ("dont ailleurs à Vaucheny-sur-Blaise", 22),
                ("dont hors de la commune", 7),
                ("Proposition acceptée, déménagement à venir", 11),
                ("Recherche en cours", 8)]
# funder, M€ (tenths)
PD_FUNDERS = [("ANRU (subventions)", 109),
              ("Logivance et Altanor Habitat (fonds propres et emprunts)", 124),
              ("Blaise et Der Agglomération", 62),
              ("Ville de Vaucheny-sur-Blaise", 38),
              ("Région Grand Est", 23),
              ("Département de la Haute-Marne", 10),
              ("Action Logement (prêts bonifiés)", 20)]


def pd_rehousing_rows():
    return [["Situation au 31 décembre 2025", "Ménages"]] + [[s, str(n)] for s, n in PD_REHOUSING]


def pd_funder_rows():
    rows = [["Financeur", "Montant (M€ HT)"]]
    rows += [[name, probekit.meur(t)] for name, t in PD_FUNDERS]
    rows.append(["Total", probekit.meur(sum(t for _, t in PD_FUNDERS))])
    return rows


def _check_pdf():
    d = dict(PD_REHOUSING)
    assert d["Relogés"] + 11 + 8 == 71 and 23 + 22 + 7 == 52
    assert sum(t for _, t in PD_FUNDERS) == 386
    assert 56 + 104 == 160 and 28 + 16 == 44


# slide: (title, items); item: ("b", text) a bullet, ("p", text) a line without bullet,
# ("table", rows, [column widths in points]).
PD_SLIDES = [
    ("Les Forgettes, le quartier se transforme", [
        ("p", "Réunion publique – mardi 27 janvier 2026, 18 h 30 – salle des fêtes de "
              "Vaucheny-sur-Blaise"),
        ("p", "Blaise et Der Agglomération · Ville de Vaucheny-sur-Blaise · Logivance · Altanor "
              "Habitat"),
        ("p", "Projet de renouvellement urbain des Forgettes – nouveau programme national de "
              "renouvellement urbain (ANRU)")]),
    ("Ordre du jour", [
        ("b", "Le projet en chiffres"),
        ("b", "Barre Campra : relogement et démolition"),
        ("b", "Réhabilitations et logements neufs"),
        ("b", "Pôle commercial et voie nouvelle des Chaudronniers"),
        ("b", "Maison de santé, emploi"),
        ("b", "Financement et calendrier"),
        ("b", "Vos questions")]),
    ("Intervenants", [
        ("b", "Odile Évrard-Guyot, maire de Vaucheny-sur-Blaise"),
        ("b", "Patrice Lanternier, vice-président de Blaise et Der Agglomération chargé de "
              "l'habitat et du renouvellement urbain"),
        ("b", "Romain Thiébaut, chef de projet renouvellement urbain, Blaise et Der "
              "Agglomération"),
        ("b", "Sandrine Gobillot, chargée de relogement, Logivance"),
        ("b", "Yanis Hamadi, chargé de relation locataires, Altanor Habitat")]),
    ("Le projet en chiffres", [
        ("b", "Convention pluriannuelle de renouvellement urbain signée le 7 juillet 2025"),
        ("b", "38,6 M€ HT d'investissements de 2025 à 2031, dont 10,9 M€ de subventions de "
              "l'ANRU"),
        ("b", "88 logements démolis : la barre Campra (Logivance)"),
        ("b", "160 logements réhabilités : tour Couperin (56) et résidence Lully (104)"),
        ("b", "44 logements sociaux reconstruits hors du quartier"),
        ("b", "Un pôle commercial restructuré, une voie nouvelle, une maison de santé")]),
    ("Barre Campra : où en est le relogement ?", [
        ("table", pd_rehousing_rows(), [470, 120]),
        ("b", "Au moins deux propositions par ménage ; déménagement pris en charge par "
              "Logivance"),
        ("b", "Objectif : dernier déménagement en avril 2026")]),
    ("Barre Campra : la démolition", [
        ("b", "Mai 2026 : curage et désamiantage du bâtiment vidé et muré"),
        ("b", "Septembre à décembre 2026 : démolition par grignotage à la pelle mécanique"),
        ("b", "Coût : 2,4 M€ HT"),
        ("b", "Chantier du lundi au vendredi, de 7 h 30 à 17 h"),
        ("b", "Sur l'emprise libérée : 18 maisons en accession à la propriété à partir de "
              "2028")]),
    ("Réhabilitations", [
        ("b", "Tour Couperin (Logivance, 56 logements) : 3,1 M€ HT, travaux d'avril 2026 à "
              "mars 2027"),
        ("b", "Résidence Lully (Altanor Habitat, 104 logements) : 6,03 M€ HT, travaux "
              "engagés le 5 janvier 2026, fin prévue en mars 2027"),
        ("b", "Au programme : isolation des façades, fenêtres, ventilation, salles de bains"),
        ("b", "Résidence Lully : raccordement au réseau de chaleur biomasse de la Ville")]),
    ("Reconstruire 44 logements sociaux hors du quartier", [
        ("b", "28 logements rue du Bois-Rossignol : livraison au printemps 2027"),
        ("b", "16 logements îlot du Vieux-Lavoir, en centre-ville : livraison en 2028"),
        ("b", "Maître d'ouvrage : Logivance"),
        ("b", "Priorité aux ménages de la barre Campra qui le souhaitent")]),
    ("Pôle commercial des Forgettes", [
        ("b", "11 cellules commerciales, dont 5 encore en activité"),
        ("b", "Enquête publique du 13 octobre au 14 novembre 2025 : 47 contributions"),
        ("b", "Avis favorable du commissaire enquêteur, avec une réserve (rapport du 12 "
              "décembre 2025)"),
        ("b", "Déclaration d'utilité publique attendue au printemps 2026"),
        ("b", "Pavillon commercial provisoire sur le parking de la rue des Mouleurs : "
              "ouverture prévue en mars 2027"),
        ("b", "Démolition du centre commercial : second semestre 2027")]),
    ("Voie nouvelle des Chaudronniers", [
        ("b", "420 mètres entre la rue des Hauts-Fourneaux et l'avenue de la Blaise"),
        ("b", "Un accès direct au centre-ville et à la gare"),
        ("b", "Trottoirs larges, piste cyclable à double sens, 60 arbres plantés"),
        ("b", "Travaux en 2028")]),
    ("Maison de santé pluriprofessionnelle", [
        ("b", "Maître d'ouvrage : Ville de Vaucheny-sur-Blaise – coût : 3,2 M€ HT"),
        ("b", "9 professionnels de santé, dont 3 médecins généralistes"),
        ("b", "Accueil de la pharmacie aujourd'hui installée dans le centre commercial"),
        ("b", "Ouverture prévue en septembre 2027")]),
    ("Emploi et insertion", [
        ("b", "11 000 heures d'insertion prévues dans les marchés de travaux"),
        ("b", "1 460 heures réalisées au 31 décembre 2025, pour 12 personnes"),
        ("b", "Permanence emploi à la maison du projet le mardi matin")]),
    ("Qui finance ? 38,6 M€ HT de 2025 à 2031", [
        ("table", pd_funder_rows(), [470, 150])]),
    ("Calendrier", [
        ("b", "2026 : fin du relogement et démolition de la barre Campra ; réhabilitations "
              "en cours"),
        ("b", "2027 : pavillon commercial provisoire, maison de santé, 28 logements du "
              "Bois-Rossignol"),
        ("b", "2028 : voie nouvelle des Chaudronniers ; premières maisons en accession"),
        ("b", "2031 : achèvement du projet")]),
    ("Vos contacts", [
        ("b", "Maison du projet, 3, rue des Mouleurs : le mardi de 9 h à 12 h et le jeudi de "
              "14 h à 18 h"),
        ("b", "Relogement : Sandrine Gobillot (Logivance)"),
        ("b", "Résidence Lully : Yanis Hamadi (Altanor Habitat)"),
        ("b", "Projet urbain : Romain Thiébaut (Blaise et Der Agglomération)"),
        ("p", "Merci de votre attention – place à vos questions")]),
]

SL_W, SL_H = 841.89, 595.28  # A4 landscape
SL_X_TITLE, SL_X_GLYPH, SL_X_TEXT, SL_X_PARA, SL_X_TABLE, SL_X_FOOT = 44, 52, 72, 60, 50, 40


def slide_pages():
    """Content operators of each slide (one page each), drawn with probekit.Layout's primitives
    so that probekit.blocks_pdf reads each bullet, line and table cell as one block."""
    lo = probekit.Layout(THEME_ARDOISE)
    accent, label_fill = THEME_ARDOISE
    grey = (0.45, 0.45, 0.45)
    pages = []
    n = len(PD_SLIDES)
    for i, (title, items) in enumerate(PD_SLIDES, 1):
        lo.ops = []
        first = i == 1
        band_h = 200 if first else 74
        lo.rect(0, SL_H - band_h, SL_W, band_h, fill=accent, stroke=False)
        size = 30 if first else 22
        y = SL_H - (90 if first else 46)
        for ln in probekit.wrap(title, size, SL_W - 100, True):
            lo.text(SL_X_TITLE, y, ln, "B", size, (1, 1, 1))
            y -= size + 6
        y = SL_H - band_h - 34
        for item in items:
            if item[0] == "b":
                lines = probekit.wrap(item[1], 16, SL_W - SL_X_TEXT - 50)
                lo.text(SL_X_GLYPH, y, "•", "R", 16, accent)
                for ln in lines:
                    lo.text(SL_X_TEXT, y, ln, "R", 16)
                    y -= 21
                y -= 9
            elif item[0] == "p":
                for ln in probekit.wrap(item[1], 16, SL_W - SL_X_PARA - 50):
                    lo.text(SL_X_PARA, y, ln, "I" if not first else "R", 16)
                    y -= 21
                y -= 9
            elif item[0] == "table":
                rows, widths = item[1], item[2]
                size_t, lead, pad = 12, 15, 4
                for r, row in enumerate(rows):
                    head = r == 0
                    total = row[0].startswith("Total")
                    dont = row[0].startswith("dont")
                    cells = [probekit.wrap(v, size_t, w - 2 * pad, head or total)
                             for v, w in zip(row, widths, strict=True)]
                    h = max(len(c) for c in cells) * lead + 2 * pad
                    x = SL_X_TABLE
                    for j, (lines, w) in enumerate(zip(cells, widths, strict=True)):
                        fill = accent if head else ((0.92, 0.92, 0.92) if total else
                                                    (label_fill if j == 0 else None))
                        lo.rect(x, y + size_t + 1 - h, w, h, fill=fill)
                        ty = y
                        for ln in lines:
                            style = "B" if head or total else ("I" if dont else "R")
                            lo.text(x + pad + (12 if dont and j == 0 else 0), ty, ln, style,
                                    size_t, (1, 1, 1) if head else (0, 0, 0))
                            ty -= lead
                        x += w
                    y -= h
                y -= 16
        assert y > 60, f"slide {i} overflows"
        lo.line(SL_X_FOOT, 36, SL_W - 40, 36, width=0.4, color=grey)
        lo.text(SL_X_FOOT, 22, PD_FOOTER, "R", 8, grey)
        num = f"{i} / {n}"
        lo.text(SL_W - 40 - probekit.text_width(num, 8), 22, num, "R", 8, grey)
        pages.append(lo.ops)
    return pages


def write_slides_pdf(path):
    """A PDF 1.4 of the slide pages (landscape), assembled as probekit.write_pdf does."""
    streams = [b"\n".join(ops) + b"\n" for ops in slide_pages()]
    objs, kids = {}, []
    for i, stream in enumerate(streams):
        pid, cid = 7 + 2 * i, 8 + 2 * i
        kids.append(pid)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> "
                     b"/Contents %d 0 R >>" % (SL_W, SL_H, cid))
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /Lang (fr-FR) /PageLayout /SinglePage >>"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    for oid, base, bold in ((3, "Helvetica", False), (4, "Helvetica-Bold", True),
                            (5, "Helvetica-Oblique", False)):
        objs[oid] = (f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                     f"/Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 "
                     f"/Widths {probekit._widths_array(bold)} >>").encode()
    objs[6] = (b"<< /Title " + probekit._pdf_info_str(f"{PD_TITLE} – {PD_SUBTITLE}")
               + b" /Author " + probekit._pdf_info_str(PD_AUTHOR)
               + b" /Subject " + probekit._pdf_info_str(PD_SUBJECT)
               + b" /Creator " + probekit._pdf_info_str(PD_CREATOR)
               + b" /CreationDate " + probekit._pdf_str(PDF_DATE)
               + b" /ModDate " + probekit._pdf_str(PDF_DATE) + b" >>")
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
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 3. Altanor Habitat's FAQ for the tenants of Alard and Lully: HTML (both towns)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Réhabilitation des résidences Alard et Lully : vos questions, nos réponses – Altanor Habitat</title>
<meta name="description" content="Loyer, durée des travaux, logements relais, économies de charges, interlocuteurs : les réponses d'Altanor Habitat aux locataires des résidences Alard (Hargival-sur-Semoy) et Lully (Vaucheny-sur-Blaise).">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.altanor-habitat.example/locataires/travaux/faq-alard-lully">
<style>.bandeau-cookies{position:fixed;bottom:0;width:100%}.faq h3{margin-top:1.2em}</style>
<script>window.altanorTag = window.altanorTag || []; window.altanorTag.push({page: "faq-travaux"});</script>
</head>
<body>
<div class="bandeau-cookies" role="dialog" aria-label="Cookies">
  <p>Nous utilisons des cookies pour mesurer l'audience de ce site et améliorer votre navigation. <a href="/cookies/">Personnaliser</a> · <a href="#">Accepter</a> · <a href="#">Refuser</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">Altanor Habitat</a></p>
  <nav class="menu-principal">
    <ul>
      <li><a href="/locataires/">Espace locataires</a></li>
      <li><a href="/demandeurs/">Demander un logement</a></li>
      <li><a href="/acheter/">Acheter</a></li>
      <li><a href="/locataires/travaux/">Travaux dans ma résidence</a></li>
      <li><a href="/contact/">Nous contacter</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/locataires/">Espace locataires</a> › <a href="/locataires/travaux/">Travaux dans ma résidence</a> › Foire aux questions</nav>

<h1>Réhabilitation des résidences Alard et Lully : vos questions, nos réponses</h1>
<p class="maj">Page mise à jour le 9 février 2026</p>
<p class="intro">Altanor Habitat, entreprise sociale pour l'habitat dont le siège est à Reims, gère 14 200 logements dans le Grand Est, dont 360 dans le quartier des Ardoisières, à Hargival-sur-Semoy, et 310 dans le quartier des Forgettes, à Vaucheny-sur-Blaise. Dans le cadre des projets de renouvellement urbain de ces deux quartiers, nous rénovons deux de nos résidences : la résidence Alard et la résidence Lully. Cette page rassemble les questions que vous nous posez le plus souvent.</p>

<section class="faq" id="general">
  <h2>Questions communes aux deux résidences</h2>

  <h3>Pourquoi ces travaux ?</h3>
  <p>Construites à la fin des années 1960 et au début des années 1970, les deux résidences sont mal isolées et coûteuses à chauffer. Les travaux visent à réduire vos charges, à améliorer le confort d'hiver comme d'été et à moderniser les parties communes. Ils sont financés par Altanor Habitat, avec des subventions de l'Agence nationale pour la rénovation urbaine (ANRU) et de la Région Grand Est.</p>

  <h3>Puis-je refuser que les ouvriers entrent chez moi ?</h3>
  <p>Non. Les travaux d'amélioration décidés par le bailleur s'imposent au locataire, qui doit permettre l'accès à son logement. Vous serez prévenu par courrier au moins quinze jours avant chaque intervention, et le chef de chantier vous appellera la veille. Si vous êtes absent, vous pouvez confier vos clés au gardien de votre résidence.</p>

  <h3>Devrai-je quitter mon logement pendant les travaux ?</h3>
  <p>En principe, non : les travaux se déroulent en site occupé. Pendant les jours où votre salle de bains ou vos toilettes sont inutilisables, vous pouvez être accueilli gratuitement dans un logement relais meublé. La résidence Alard dispose de deux logements relais, la résidence Lully de trois. Les personnes âgées ou handicapées sont prioritaires.</p>

  <h3>Qui paie si mes affaires sont abîmées ?</h3>
  <p>Signalez tout dommage à votre interlocuteur Altanor Habitat dans les huit jours suivant l'intervention. Un constat sera établi avec l'entreprise, dont l'assurance prendra en charge la réparation ou le remplacement.</p>
</section>

<section class="faq" id="alard">
  <h2>Résidence Alard – Hargival-sur-Semoy</h2>

  <h3>Quels travaux sont prévus ?</h3>
  <p>La résidence Alard compte 132 logements répartis en six entrées. Le programme comprend :</p>
  <ul>
    <li>l'isolation des façades par l'extérieur ;</li>
    <li>le remplacement des fenêtres et des portes-fenêtres ;</li>
    <li>l'installation d'une ventilation mécanique hygroréglable ;</li>
    <li>la rénovation des salles de bains, avec une douche à la place de la baignoire pour les locataires qui le souhaitent ;</li>
    <li>la rénovation des halls et des cages d'escalier.</li>
  </ul>

  <h3>Quand commencent les travaux, et pour combien de temps ?</h3>
  <p>Le chantier a démarré le 2 mars 2026 et doit s'achever en juin 2027. Il est confié à l'entreprise générale Rénoval Est, de Charleville-Mézières. À l'intérieur de chaque logement, les ouvriers interviennent pendant trois semaines environ, dont quatre jours sans salle de bains.</p>

  <h3>Mon loyer va-t-il augmenter ?</h3>
  <p>Non. Le loyer des logements de la résidence Alard restera inchangé après les travaux, et aucune participation financière ne sera demandée aux locataires.</p>

  <h3>Quelles économies puis-je espérer ?</h3>
  <p>Après travaux, les logements doivent passer de l'étiquette énergétique E à l'étiquette C. Nous estimons la baisse des charges de chauffage à 38 € par mois en moyenne pour un trois-pièces.</p>

  <h3>Qui est mon interlocuteur ?</h3>
  <p>Aurore Pichonnat, chargée de relation locataires, vous reçoit le mardi de 9 h à 12 h au local collectif de la résidence, 12, allée des Fendeurs. Vous pouvez aussi la joindre par courriel à travaux.alard@altanor-habitat.example.</p>

  <h3>Et la résidence Guichard ?</h3>
  <p>La résidentialisation de la résidence Guichard (clôtures, entrées sécurisées, stationnement réservé aux résidents) commencera en 2027. Une réunion d'information sera organisée avec les locataires à l'automne 2026.</p>
</section>

<section class="faq" id="lully">
  <h2>Résidence Lully – Vaucheny-sur-Blaise</h2>

  <h3>Quels travaux sont prévus ?</h3>
  <p>La résidence Lully compte 104 logements. Outre les travaux réalisés à la résidence Alard (isolation des façades, fenêtres, ventilation, salles de bains, parties communes), le programme comprend la réfection de la toiture-terrasse et le remplacement de la chaufferie au fioul par un raccordement au réseau de chaleur biomasse de la Ville de Vaucheny-sur-Blaise.</p>

  <h3>Quand commencent les travaux, et pour combien de temps ?</h3>
  <p>Les travaux ont commencé le 5 janvier 2026 et doivent s'achever en mars 2027. Ils sont réalisés par le groupement d'entreprises Batiforge – Thermiblaise. À l'intérieur de chaque logement, l'intervention dure cinq semaines environ, dont six jours sans salle de bains.</p>

  <h3>Mon loyer va-t-il augmenter ?</h3>
  <p>Votre loyer ne change pas. En revanche, une contribution au partage des économies de charges, dite « troisième ligne de quittance », de 14 € par mois sera appliquée pendant 15 ans à compter de la fin des travaux. Elle est inférieure à l'économie de charges attendue. Cette contribution a fait l'objet d'un accord collectif approuvé par 64 % des locataires votants lors de la consultation de septembre 2025, à laquelle 71 % des locataires ont participé.</p>

  <h3>Quelles économies puis-je espérer ?</h3>
  <p>Les logements doivent passer de l'étiquette F à l'étiquette B, ce qui correspond au niveau bâtiment basse consommation (BBC) rénovation. La baisse des charges est estimée à 52 € par mois pour un trois-pièces, soit, après déduction de la troisième ligne de quittance, un gain net de 38 € par mois.</p>

  <h3>Qui est mon interlocuteur ?</h3>
  <p>Yanis Hamadi, chargé de relation locataires, tient une permanence le jeudi de 14 h à 17 h à la maison du projet des Forgettes, 3, rue des Mouleurs. Courriel : travaux.lully@altanor-habitat.example.</p>

  <h3>Et la résidence Clérambault ?</h3>
  <p>La résidence Clérambault (72 logements) ne fait pas partie de la convention de renouvellement urbain signée en 2025. Aucun programme de travaux n'est arrêté à ce jour : une étude de son état technique sera menée en 2027.</p>
</section>

<section class="comparatif">
  <h2>Les deux chantiers en un coup d'œil</h2>
  <table>
    <thead>
      <tr><th></th><th>Résidence Alard</th><th>Résidence Lully</th></tr>
    </thead>
    <tbody>
      <tr><td>Commune</td><td>Hargival-sur-Semoy</td><td>Vaucheny-sur-Blaise</td></tr>
      <tr><td>Logements</td><td>132</td><td>104</td></tr>
      <tr><td>Travaux</td><td>2 mars 2026 – juin 2027</td><td>5 janvier 2026 – mars 2027</td></tr>
      <tr><td>Étiquette énergétique</td><td>E → C</td><td>F → B</td></tr>
      <tr><td>Baisse des charges estimée (T3)</td><td>38 € par mois</td><td>52 € par mois</td></tr>
      <tr><td>Troisième ligne de quittance</td><td>aucune</td><td>14 € par mois pendant 15 ans</td></tr>
      <tr><td>Logements relais</td><td>2</td><td>3</td></tr>
    </tbody>
  </table>
</section>

<p class="renvoi">Vous ne trouvez pas la réponse à votre question ? Écrivez-nous depuis votre <a href="/locataires/compte/">espace locataire</a> ou appelez le service clients, du lundi au vendredi de 8 h 30 à 18 h.</p>
</main>

<footer class="pied">
  <p>Altanor Habitat – entreprise sociale pour l'habitat – 27, boulevard de la Paix – Reims</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="/accessibilite/">Accessibilité : partiellement conforme</a> · <a href="/plan-du-site/">Plan du site</a></p>
  <p>© 2026 Altanor Habitat</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 52 - 14 == 38 and 360 + 310 == 670 and 132 + 104 == 236


# ---------------------------------------------------------------------------
# 4. Public-inquiry commissioner's report and conclusions: Markdown (town 2)
# ---------------------------------------------------------------------------
# item, € HT
MD_COSTS = [("Acquisitions foncières et indemnités", 1840000),
            ("Démolition et dépollution", 980000),
            ("Voirie, réseaux et plantations", 1530000)]
# channel, contributions
MD_CHANNELS = [("Registre papier de la mairie", 14),
               ("Registre papier de la maison du projet", 7),
               ("Registre dématérialisé", 22),
               ("Courriers et courriels", 4)]
# theme, observations
MD_THEMES = [("Maintien des commerces pendant les travaux", 21),
             ("Stationnement", 12),
             ("Indemnisation des propriétaires", 9),
             ("Circulation sur la voie nouvelle", 8),
             ("Abattage d'arbres", 6),
             ("Calendrier et information des habitants", 5)]


def md_tables():
    e_ = probekit.eur
    costs = ["| Poste | Montant (€ HT) |", "|---|---:|"]
    costs += [f"| {k} | {e_(v)} |" for k, v in MD_COSTS]
    costs.append(f"| **Total** | **{e_(sum(v for _, v in MD_COSTS))}** |")
    chans = ["| Mode de dépôt | Contributions |", "|---|---:|"]
    chans += [f"| {k} | {v} |" for k, v in MD_CHANNELS]
    chans.append(f"| **Total** | **{sum(v for _, v in MD_CHANNELS)}** |")
    themes = ["| Thème | Observations |", "|---|---:|"]
    themes += [f"| {k} | {v} |" for k, v in MD_THEMES]
    return "\n".join(costs), "\n".join(chans), "\n".join(themes)


def _check_md():
    assert sum(v for _, v in MD_COSTS) == 4350000 and 4350000 * 3 // 10 == 1305000
    assert sum(v for _, v in MD_CHANNELS) == 47 and 5 + 6 == 11 and 85 + 20 == 105


MD_COST_TABLE, MD_CHANNEL_TABLE, MD_THEME_TABLE = md_tables()
MD = """---
title: "Enquête publique unique – pôle commercial des Forgettes et voie nouvelle des Chaudronniers – rapport et conclusions du commissaire enquêteur"
commune: Vaucheny-sur-Blaise
departement: Haute-Marne
tribunal: "Tribunal administratif de Châlons-en-Champagne – dossier E25000092/51"
date: 2025-12-12
---

# Enquête publique unique – Rapport et conclusions motivées du commissaire enquêteur

**Département de la Haute-Marne – Commune de Vaucheny-sur-Blaise**

- **Objet** : enquête publique unique préalable à la déclaration d'utilité publique et enquête parcellaire relatives à la restructuration du pôle commercial des Forgettes et à la création de la voie nouvelle des Chaudronniers
- **Autorité organisatrice** : préfet de la Haute-Marne, arrêté n° 2025-DCL-417 du 22 septembre 2025
- **Bénéficiaire de la déclaration d'utilité publique** : Blaise et Der Agglomération
- **Commissaire enquêteur** : Michel Sauvageot, ingénieur divisionnaire des travaux publics de l'État en retraite, désigné par décision n° E25000092/51 du 2 septembre 2025 du président du tribunal administratif de Châlons-en-Champagne
- **Durée de l'enquête** : du lundi 13 octobre 2025, 9 h, au vendredi 14 novembre 2025, 17 h, soit 33 jours consécutifs

## Première partie – Rapport d'enquête

### 1. Objet et contexte du projet

Le quartier prioritaire des Forgettes, 2 710 habitants, s'est construit dans les années 1960 autour des anciennes fonderies de la vallée de la Blaise. Il fait l'objet d'une convention pluriannuelle de renouvellement urbain signée le 7 juillet 2025, qui prévoit notamment la démolition de la barre Campra, la réhabilitation de la tour Couperin et de la résidence Lully, et la restructuration du pôle commercial.

Le centre commercial des Forgettes, construit en 1972, forme une copropriété de 11 lots appartenant à 8 propriétaires. Blaise et Der Agglomération a déjà acquis 5 lots à l'amiable. La déclaration d'utilité publique doit lui permettre d'acquérir, au besoin par voie d'expropriation, les 6 lots restants, puis de démolir le bâtiment.

Sur les 11 cellules commerciales, 5 sont encore en activité : une pharmacie, une boulangerie, un tabac-presse, un salon de coiffure et une supérette. Les six autres sont vides, certaines depuis plus de dix ans.

La voie nouvelle des Chaudronniers, longue de 420 mètres, reliera la rue des Hauts-Fourneaux à l'avenue de la Blaise en traversant l'emprise du centre commercial. Elle comportera des trottoirs larges et une piste cyclable à double sens, et ouvrira le quartier vers le centre-ville et la gare.

### 2. Coût de l'opération

""" + MD_COST_TABLE + """

L'estimation des acquisitions repose sur l'avis du pôle d'évaluation domaniale du 3 juin 2025. L'opération est inscrite dans la convention de renouvellement urbain ; l'ANRU la subventionne à hauteur de 1 305 000 €, le solde étant à la charge de Blaise et Der Agglomération.

### 3. Organisation et déroulement de l'enquête

L'avis d'enquête a été publié dans L'Écho de la Blaise et dans La Voix haut-marnaise les 26 septembre et 17 octobre 2025, et affiché en mairie, à la maison du projet et sur six panneaux installés sur le site. Le dossier pouvait être consulté en mairie, à la maison du projet et sur le site internet de la préfecture, qui accueillait le registre dématérialisé.

J'ai visité les lieux le 8 octobre 2025 en compagnie de M. Romain Thiébaut, chef de projet renouvellement urbain de Blaise et Der Agglomération. J'ai tenu cinq permanences :

- lundi 13 octobre 2025, de 9 h à 12 h, en mairie ;
- mercredi 22 octobre 2025, de 14 h à 17 h, à la maison du projet ;
- jeudi 30 octobre 2025, de 16 h à 19 h, à la maison du projet ;
- vendredi 7 novembre 2025, de 9 h à 12 h, en mairie ;
- vendredi 14 novembre 2025, de 14 h à 17 h, en mairie.

J'ai reçu 38 personnes au cours de ces permanences. L'enquête s'est déroulée sans incident, dans de bonnes conditions matérielles. J'ai clos les registres le 14 novembre 2025 à 17 h.

### 4. Participation du public

""" + MD_CHANNEL_TABLE + """

Trois contributions sont sans rapport avec l'objet de l'enquête. Une pétition de 112 signatures, remise le 14 novembre par l'association des commerçants des Forgettes, a été comptée comme une seule contribution.

### 5. Analyse des observations

Une même contribution pouvant aborder plusieurs sujets, les observations ont été classées par thème :

""" + MD_THEME_TABLE + """

J'ai remis le procès-verbal de synthèse à Blaise et Der Agglomération le 20 novembre 2025 ; son mémoire en réponse m'est parvenu le 4 décembre 2025.

**Maintien des commerces.** Les commerçants craignent une longue période sans activité entre la fermeture du centre et l'ouverture de nouveaux locaux. Le maître d'ouvrage s'engage à transférer la pharmacie dans la future maison de santé et à installer, sur le parking de la rue des Mouleurs, un pavillon commercial provisoire de 380 m² pour la boulangerie, le tabac-presse, le salon de coiffure et la supérette, à un loyer de 6 € HT par m² et par mois. *Appréciation du commissaire enquêteur* : ces engagements répondent à la principale inquiétude exprimée, à condition que le calendrier soit tenu ; j'en fais une réserve.

**Stationnement.** Le parking actuel compte 110 places. Le projet en prévoit 85 sur un parking réaménagé et 20 le long de la voie nouvelle, soit 105. *Appréciation* : la légère diminution est acceptable au regard du taux d'occupation relevé, inférieur à 60 %.

**Indemnisation des propriétaires.** Deux copropriétaires contestent l'estimation domaniale. *Appréciation* : à défaut d'accord amiable, il appartiendra au juge de l'expropriation de fixer les indemnités ; cette contestation ne remet pas en cause l'utilité publique.

**Circulation.** Plusieurs riverains craignent que la voie nouvelle ne devienne un raccourci pour les poids lourds. Le maître d'ouvrage indique qu'elle sera limitée à 30 km/h et interdite aux véhicules de plus de 3,5 tonnes, sauf desserte. *Appréciation* : la sécurité des enfants de l'école élémentaire Camille-Claudel, située en bordure de la voie, justifie un aménagement complémentaire.

**Arbres.** Le projet implique l'abattage de 23 arbres, dont 4 tilleuls âgés de plus de cinquante ans ; 60 arbres seront plantés le long de la voie nouvelle et sur le parking réaménagé. *Appréciation* : le bilan est positif.

## Seconde partie – Conclusions motivées et avis

Au terme de l'enquête, j'estime que le projet répond à un besoin réel : il ouvre un quartier enclavé sur le centre-ville, remplace un centre commercial dégradé et en grande partie vide, et s'inscrit dans un projet de renouvellement urbain financé. Les atteintes à la propriété privée, limitées à 6 lots, et le coût de l'opération, 4 350 000 € HT, ne sont pas excessifs au regard de l'intérêt qu'elle présente. Les inconvénients pour les commerçants peuvent être maîtrisés si une solution provisoire est en place à temps.

En conséquence, j'émets un **avis favorable** à la déclaration d'utilité publique du projet et un **avis favorable** à la cessibilité des 6 lots figurant à l'état parcellaire, assortis d'une réserve et de deux recommandations.

**Réserve** : le pavillon commercial provisoire devra être en service avant la fermeture de toute cellule commerciale encore en activité.

**Recommandation n° 1** : aménager un plateau surélevé sur la voie nouvelle au droit de l'école élémentaire Camille-Claudel.

**Recommandation n° 2** : associer le conseil citoyen des Forgettes au choix des essences des 60 arbres à planter.

Fait à Chaumont, le 12 décembre 2025.

Le commissaire enquêteur,
Michel Sauvageot
"""


# ---------------------------------------------------------------------------
# 5. E-mail thread about version 3 of the funding plan: plain text (town 1, town 2 cited)
# ---------------------------------------------------------------------------
TXT = """Objet : RE: RE: RE: RE: Maquette financière NPNRU Ardoisières – V3 pour revue de projet
Fil de discussion exporté le 23 janvier 2026 à 17:12 – 5 messages


De : Solène Raguet <s.raguet@ardenne-semoy-agglo.example>
Envoyé : vendredi 23 janvier 2026 16:05
À : Thierry Wautelet <thierry.wautelet@ardennes.gouv.example>
Cc : Hugo Demoulin <h.demoulin@semoy-habitat.example> ; Camille Hennequin <c.hennequin@altanor-habitat.example> ; Lucas Ferry <l.ferry@stratefi-conseil.example>
Objet : RE: RE: RE: RE: Maquette financière NPNRU Ardoisières – V3 pour revue de projet

Bonjour à tous,

Merci pour ces échanges. Je récapitule ce que nous intégrerons dans la V4 :

1. Groupe scolaire : la subvention de l'ANRU est ramenée à 2 460 000 €. La Ville de Hargival-sur-Semoy prend en charge l'écart de 210 000 € ; sa participation au groupe scolaire passe ainsi de 4 240 000 € à 4 450 000 €. M. le maire me l'a confirmé ce matin.
2. Tour Bayard : pas de changement dans la maquette ; le surcoût de désamiantage est absorbé par Semoy Habitat.
3. Résidence Alard : la demande de majoration d'Altanor Habitat sera présentée en revue de projet ; dans l'attente, la V4 conserve une subvention de 1 320 000 €.

Lucas Ferry, du cabinet Stratéfi Conseil, vous adressera la V4 le mercredi 28 janvier, soit avant la date limite du 30 janvier.

Bon week-end,

Solène Raguet
Cheffe de projet renouvellement urbain
Ardenne Semoy Agglomération – direction du renouvellement urbain


-----Message d'origine-----
De : Camille Hennequin <c.hennequin@altanor-habitat.example>
Envoyé : jeudi 22 janvier 2026 11:47
À : Thierry Wautelet ; Solène Raguet
Cc : Hugo Demoulin ; Lucas Ferry
Objet : RE: RE: RE: Maquette financière NPNRU Ardoisières – V3 pour revue de projet

Bonjour,

Pour la résidence Alard, Altanor Habitat souhaite bénéficier de la majoration de 20 % de la subvention de l'ANRU prévue pour les réhabilitations atteignant le niveau BBC rénovation, ce qui est le cas de notre programme.

Pour mémoire, c'est ce qui a été accordé à Vaucheny-sur-Blaise : pour la résidence Lully, aux Forgettes, la revue de projet du 4 novembre 2025 a porté la subvention de l'ANRU de 1 040 000 € à 1 248 000 €. Appliquée à la résidence Alard, la même majoration ferait passer la subvention de 1 320 000 € à 1 584 000 €.

Nous avons bien noté qu'une telle décision relève de la revue de projet. Je transmettrai à Solène une note justificative d'ici le 27 janvier.

Cordialement,

Camille Hennequin
Directrice du patrimoine et du développement
Altanor Habitat – Reims


-----Message d'origine-----
De : Hugo Demoulin <h.demoulin@semoy-habitat.example>
Envoyé : mercredi 21 janvier 2026 18:20
À : Thierry Wautelet ; Solène Raguet
Cc : Camille Hennequin ; Lucas Ferry
Objet : RE: RE: Maquette financière NPNRU Ardoisières – V3 pour revue de projet

Bonjour,

Quelques éléments de Semoy Habitat pour la revue de projet.

Relogement de la tour Bayard : au 31 décembre 2025, 41 des 58 ménages présents au démarrage du relogement, en juin 2024, ont été relogés ; 12 ont accepté une proposition et déménageront d'ici à la fin mars ; 5 sont encore sans solution.

Démolition : le diagnostic amiante avant démolition fait apparaître un surcoût de 180 000 € HT. Nous l'absorbons sur nos fonds propres, sans modifier la maquette. Le désamiantage commencera en octobre 2026 et la démolition devrait être achevée à l'été 2027.

Barre Renaud : aucun changement.

Bien à vous,

Hugo Demoulin
Directeur de la maîtrise d'ouvrage
Semoy Habitat – office public de l'habitat d'Ardenne Semoy Agglomération


-----Message d'origine-----
De : Thierry Wautelet <thierry.wautelet@ardennes.gouv.example>
Envoyé : mardi 20 janvier 2026 09:12
À : Solène Raguet
Cc : Hugo Demoulin ; Camille Hennequin ; Lucas Ferry
Objet : RE: Maquette financière NPNRU Ardoisières – V3 pour revue de projet

Bonjour Solène,

Merci pour cette V3. Elle appelle deux remarques de notre part avant la revue de projet.

Groupe scolaire : la convention signée plafonne la subvention de l'ANRU à 2 460 000 €, soit 30 % du coût de 8 200 000 € HT retenu en 2025. La hausse du coût à 8 900 000 € HT ne peut pas être prise en compte sans avenant, et il n'est pas prévu d'en présenter un cette année. La V3, qui fait apparaître 2 670 000 €, doit donc être corrigée : l'écart de 210 000 € devra être couvert par un autre financeur.

Reconstitution de l'offre : le découpage entre le site du Moulin-Lebrun et l'îlot de la Vieille-Poste n'appelle pas d'observation, les deux sites étant situés hors du quartier prioritaire.

La revue de projet se tiendra le jeudi 12 février 2026 à 14 h, à la préfecture des Ardennes, à Charleville-Mézières. Merci de me transmettre la version corrigée au plus tard le vendredi 30 janvier, afin que je puisse l'adresser à la direction territoriale de l'ANRU.

Cordialement,

Thierry Wautelet
Chargé de mission renouvellement urbain
Direction départementale des territoires des Ardennes – service habitat et renouvellement urbain
Délégation territoriale de l'ANRU


-----Message d'origine-----
De : Solène Raguet <s.raguet@ardenne-semoy-agglo.example>
Envoyé : vendredi 16 janvier 2026 17:40
À : Thierry Wautelet
Cc : Hugo Demoulin ; Camille Hennequin ; Lucas Ferry
Objet : Maquette financière NPNRU Ardoisières – V3 pour revue de projet

Bonjour Thierry,

Vous trouverez ci-joint la version n° 3 de la maquette financière du projet des Ardoisières, qui intègre le nouveau chiffrage du groupe scolaire et le découpage de la reconstitution de l'offre entre deux sites. Le montant total des opérations s'établit à 43 770 000 € HT.

Nous la présenterons au comité de pilotage du 5 février. Je vous remercie de me faire part de vos remarques éventuelles d'ici là.

Bien cordialement,

Solène Raguet
Cheffe de projet renouvellement urbain
Ardenne Semoy Agglomération

Pièce jointe : Maquette_NPNRU_Ardoisieres_V3_2026-01-16.docx
"""


def _check_txt():
    assert 41 + 12 + 5 == 58 and 2460 + 210 == 2670 and 4240 + 210 == 4450


# ===========================================================================
# Writing, and the check of evals/questions.probe25.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=3, header_fill="2E4A5C",
        total_match="exact")


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
    write_slides_pdf(os.path.join(OUT, FN_PDF))
    write_text(FN_HTML, HTML)
    write_text(FN_MD, MD)
    write_text(FN_TXT, TXT)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
