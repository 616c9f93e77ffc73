"""Generate the six fictional test documents of probe5, part B.

Towns (all fictional): Landivoët (Finistère, quartier de Kerbrient) and
Auzerac (Gascogne, quartier du Pradal). Every name of a person, firm,
newspaper, neighbourhood and town below is invented.

Run from the repository root: python evals/probe5/make_docs_b.py
Outputs go to ./docs/. Binary outputs are byte-reproducible (fixed dates,
normalised zip timestamps).
"""
import io
import os
import zipfile
from datetime import UTC, datetime

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

F_MISSION_T1 = "fiche-mission-amo-relogement-landivoet-kerbrient.docx"
F_ARTICLE_T1 = "article-tribune-ville-durable-landivoet-kerbrient-relogement.pdf"
F_ACTION_T1 = "fiche-action-2-2-3-accompagnement-relogement-kerbrient-landivoet.html"
F_MISSION_T2 = "fiche-mission-plan-relogement-auzerac-pradal.pdf"
F_ARTICLE_T2 = "article-gascogne-matin-auzerac-pradal-tour-aneto.txt"
F_ACTION_T2 = "fiche-action-1-2-4-clauses-insertion-pradal-auzerac.docx"

FIXED_DT = datetime(2023, 5, 10, 9, 0, 0)


# ---------------------------------------------------------------- helpers
def save_docx(document, path, created):
    cp = document.core_properties
    cp.author = "Rédaction"
    cp.last_modified_by = "Rédaction"
    cp.created = created
    cp.modified = created
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if align:
        p.alignment = align
    return p


def add_fonts(pdf):
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))


# =====================================================================
# 1. Town 1 mission sheet (DOCX)
# =====================================================================
T1_MISSION = {
    "title": "Assistance à maîtrise d'ouvrage pour le relogement et le suivi "
             "du projet de renouvellement urbain de Kerbrient",
    "subtitle": "Landivoët Agglomération",
    "form": [
        ("Type de mission", ["AMO relogement / Pilotage de programme"]),
        ("Maître d'ouvrage", ["Landivoët Agglomération (21 communes, 96 500 habitants)"]),
        ("Site", ["Landivoët (41 300 habitants), quartier de Kerbrient "
                  "(6 900 habitants, 2 180 logements sociaux)"]),
        ("Montant", ["186 400 € HT (tranche ferme : 142 000 € HT ; "
                     "tranche optionnelle : 44 400 € HT)"]),
        ("Dates", ["Mars 2020 – décembre 2022 (34 mois)"]),
        ("Équipe", ["Gaëlle Le Bihan, directrice de mission",
                    "Yannick Quéméner, chargé d'études relogement",
                    "Soazig Prigent, chargée de concertation"]),
        ("Prestataire", ["Granit & Territoires Conseil (Quimper)"]),
        ("Acteurs", ["Etat (Préfecture, DDTM), ANRU, Landivoët Agglomération, "
                     "Ville de Landivoët, Landivoët Habitat, SA HLM Ty Glas, "
                     "Action Logement, Banque des Territoires, CAF, CCAS de Landivoët"]),
    ],
    "contexte": [
        "Le quartier de Kerbrient a été construit entre 1964 et 1972 sur le "
        "plateau qui domine l'estuaire du Dourlan. Retenu comme quartier "
        "d'intérêt régional du NPNRU, il fait l'objet d'une convention "
        "pluriannuelle signée le 18 septembre 2019, dont le volet habitat "
        "(démolition, reconstitution, réhabilitation) représente 74 M€ HT.",
        "Le programme prévoit la démolition de 312 logements répartis dans "
        "trois bâtiments (tours Ouessant et Molène, barre des Glénan), ce qui "
        "impose le relogement de 264 ménages. Le taux de vacance dans ces "
        "immeubles atteignait 14 % au lancement de la mission.",
        "L'agglomération souhaitait s'entourer d'une équipe capable de "
        "conduire le relogement en continu pendant toute la durée des "
        "démolitions, tout en assurant le suivi de l'avancement de la "
        "programmation auprès de l'ANRU.",
    ],
    "contenu": [
        "Diagnostic social préalable des 264 ménages concernés, par entretiens à domicile ;",
        "Élaboration du plan de relogement et de la charte de relogement, "
        "signée en janvier 2021 par 9 partenaires ;",
        "Secrétariat et animation de la commission de relogement inter-bailleurs, mensuelle ;",
        "Production d'un tableau de bord trimestriel à destination de l'ANRU "
        "et du comité de pilotage ;",
        "Organisation de 4 réunions publiques et de permanences à la maison du projet ;",
        "Suivi post-relogement de chaque ménage pendant 12 mois ;",
        "Appui au suivi de la programmation (revue de projet semestrielle).",
    ],
    "methodo": [
        "La mission s'appuie sur une permanence hebdomadaire, le mardi "
        "après-midi, à la maison du projet (2 rue de Keraudren), et sur un "
        "outil de suivi partagé entre l'agglomération et les deux bailleurs, "
        "mis à jour après chaque commission.",
        "Chaque ménage dispose d'un référent unique au sein de l'équipe, de "
        "l'entretien de diagnostic jusqu'à la fin du suivi post-relogement.",
        "Une enquête de satisfaction a été conduite à l'automne 2022 auprès "
        "de 150 ménages relogés : 81 % se déclarent satisfaits de leur "
        "nouveau logement.",
    ],
    "table_title": "État d'avancement du programme",
    "table_rows": [
        ("Démolition de logements sociaux", "312", "112", "36 %"),
        ("Reconstitution de l'offre sociale", "250", "96", "38 %"),
        ("Réhabilitation des logements conservés", "640", "410", "64 %"),
        ("Résidentialisation des îlots d'habitat", "820", "275", "34 %"),
        ("Relogement des ménages concernés", "264", "201", "76 %"),
        ("Diversification de l'habitat (accession)", "120", "0", "0 %"),
    ],
    "sources": "Sources : tableau de bord ANRU, données Landivoët Habitat et "
               "SA HLM Ty Glas au 31 décembre 2022.",
}


def make_mission_t1():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading(T1_MISSION["title"], level=0)
    p = d.add_paragraph()
    r = p.add_run(T1_MISSION["subtitle"])
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    form = d.add_table(rows=0, cols=2)
    form.style = "Table Grid"
    for label, lines in T1_MISSION["form"]:
        cells = form.add_row().cells
        set_cell(cells[0], label, bold=True)
        shade(cells[0], "DCE6F1")
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(lines[0])
        for extra in lines[1:]:
            cells[1].add_paragraph(extra)

    d.add_heading("Contexte", level=1)
    for t in T1_MISSION["contexte"]:
        d.add_paragraph(t)
    d.add_heading("Contenu de la mission", level=1)
    for t in T1_MISSION["contenu"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Méthodologie", level=1)
    for t in T1_MISSION["methodo"]:
        d.add_paragraph(t)

    d.add_heading(T1_MISSION["table_title"], level=1)
    tb = d.add_table(rows=2, cols=4)
    tb.style = "Table Grid"
    h0 = tb.rows[0].cells
    set_cell(h0[0], "Opération", bold=True)
    set_cell(h0[1], "Prévu", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    merged = h0[2].merge(h0[3])
    set_cell(merged, "Réalisé fin 2022", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    h1 = tb.rows[1].cells
    set_cell(h1[0], "", bold=True)
    set_cell(h1[1], "logements / ménages", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(h1[2], "nombre", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(h1[3], "taux", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in tb.rows[:2]:
        mark_header_row(row)
        for c in row.cells:
            shade(c, "DCE6F1")
    for op, prevu, real, taux in T1_MISSION["table_rows"]:
        cells = tb.add_row().cells
        set_cell(cells[0], op)
        set_cell(cells[1], prevu, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[2], real, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[3], taux, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = d.add_paragraph()
    r = p.add_run(T1_MISSION["sources"])
    r.italic = True
    r.font.size = Pt(9)
    save_docx(d, os.path.join(OUT, F_MISSION_T1), datetime(2023, 1, 16, 10, 0, 0))


# =====================================================================
# 2. Town 1 article (PDF, trade press)
# =====================================================================
T1_ARTICLE = {
    "magazine": "Tribune de la Ville Durable",
    "issue": "n° 212 – octobre 2022",
    "rubric": "RENOUVELLEMENT URBAIN  |  RELOGEMENT",
    "headline": "Landivoët : à Kerbrient, reloger avant de démolir",
    "standfirst": (
        "Trois ans après la signature de sa convention avec l'ANRU, "
        "l'agglomération finistérienne a relogé plus de sept ménages sur dix "
        "dans le quartier de Kerbrient. Une méthode fondée sur "
        "l'accompagnement au long cours, saluée par les habitants, mais "
        "freinée par la rareté de l'offre neuve."
    ),
    "byline": "Par Maëlle Guillou, envoyée spéciale à Landivoët",
    "blocks": [
        ("p", "Sur le plateau qui domine l'estuaire du Dourlan, il ne reste de "
              "la tour Ouessant qu'une vaste dalle de béton cernée de barrières. "
              "Haute de 17 étages, la tour et ses 112 logements ont été "
              "déconstruits par grignotage entre avril et juin 2022, en onze "
              "semaines de chantier. « Pendant cinquante ans, on l'a vue de "
              "partout, depuis la rocade comme depuis le port. Son départ, c'est "
              "un symbole pour toute la ville », résume Erwan Kerhervé, maire de "
              "Landivoët et vice-président de l'agglomération chargé de l'habitat."),
        ("p", "La disparition de la tour n'est que la partie la plus visible "
              "d'un projet de 118 millions d'euros hors taxes, inscrit dans la "
              "convention de renouvellement urbain signée le 18 septembre 2019. "
              "L'ANRU y apporte 39 millions d'euros de subventions et Action "
              "Logement 14 millions d'euros de prêts bonifiés. Au total, 312 "
              "logements sociaux doivent être démolis – la tour Ouessant, la "
              "tour Molène et la barre des Glénan –, 250 logements reconstitués, "
              "dont une majorité hors du quartier, et 640 logements réhabilités."),
        ("h", "Une commission de relogement chaque mois"),
        ("p", "Avant les pelleteuses, il a fallu reloger. Au 30 septembre 2022, "
              "189 des 264 ménages concernés avaient quitté leur appartement. "
              "L'agglomération a confié le pilotage de l'opération au cabinet "
              "Granit & Territoires Conseil, qui a rencontré chaque famille à "
              "domicile avant d'élaborer le plan de relogement. « Nous avons pris "
              "le temps d'un vrai diagnostic : composition familiale, ressources, "
              "santé, attaches dans le quartier. Un relogement réussi, c'est "
              "d'abord un relogement choisi », explique Gaëlle Le Bihan, "
              "directrice de mission."),
        ("p", "Chaque mois, une commission réunit les deux bailleurs du quartier, "
              "Landivoët Habitat et la SA HLM Ty Glas, l'agglomération, le CCAS et "
              "la CAF pour examiner les situations une à une. Une charte de "
              "relogement, signée en janvier 2021 par neuf partenaires, garantit "
              "à chaque ménage jusqu'à trois propositions de logement et la prise "
              "en charge intégrale des frais de déménagement."),
        ("h", "Le neuf, une denrée rare"),
        ("p", "Les résultats sont jugés encourageants : 43 % des ménages relogés "
              "ont rejoint un logement neuf ou livré depuis moins de cinq ans, et "
              "31 % ont quitté les quartiers prioritaires. Pour 74 % d'entre eux, "
              "le reste à charge est resté stable ou a baissé. « Dans la tour, "
              "j'avais froid l'hiver et l'ascenseur tombait en panne une semaine "
              "sur deux. Aujourd'hui, je paie à peu près la même chose pour un "
              "trois-pièces isolé, près de l'école de mes enfants », témoigne "
              "Fatoumata Diabaté, relogée au printemps 2021 dans une résidence "
              "neuve de la rue de Pen-ar-Créac'h."),
        ("p", "Mais l'offre nouvelle se fait attendre. Sur les 250 logements à "
              "reconstituer, moins d'une centaine seront livrés d'ici à la fin de "
              "l'année. « Les coûts de construction ont augmenté de près de 20 % "
              "en deux ans, et deux opérations ont dû être relancées après des "
              "appels d'offres infructueux », reconnaît Loïc Cadiou, directeur "
              "général de Landivoët Habitat. Les ménages les plus âgés – 58 ont "
              "plus de 65 ans – sont souvent ceux qui attendent le plus longtemps "
              "un logement adapté, de plain-pied ou desservi par un ascenseur."),
        ("p", "La vacance pose aussi problème dans les bâtiments en cours de "
              "relogement. À la tour Molène, les derniers locataires vivent au "
              "milieu d'appartements murés. Pour limiter les squats et les "
              "dégradations, l'agglomération a renforcé la présence d'un gardien "
              "et confié à la régie de quartier le nettoyage des parties communes."),
        ("h", "Après les tours, un pôle enfance"),
        ("p", "La démolition de la tour Molène est programmée pour le printemps "
              "2023, celle de la barre des Glénan pour 2024. Sur l'emprise de la "
              "tour Ouessant sortira un pôle enfance de 14 classes, avec une "
              "crèche et un accueil de loisirs, dont l'ouverture est prévue à la "
              "rentrée 2025 pour un coût de 12,5 millions d'euros. Le projet "
              "prévoit aussi 120 logements en accession, dont une partie en bail "
              "réel solidaire, pour diversifier l'offre."),
        ("p", "Les chantiers doivent enfin profiter aux habitants : 58 000 heures "
              "d'insertion sont inscrites dans les marchés de travaux, dont 21 000 "
              "déjà réalisées. « Kerbrient ne doit pas seulement changer de "
              "visage. Il faut que ceux qui y vivent en tirent un emploi, une "
              "formation, une fierté », insiste Nolwenn Tanguy, déléguée du préfet "
              "pour les quartiers de Landivoët."),
        ("table", None),
    ],
    "table_title": "Les chiffres clés du projet de Kerbrient",
    "table": [
        ("Indicateur", "Valeur"),
        ("Coût total du projet", "118 M€ HT"),
        ("Subventions de l'ANRU", "39 M€"),
        ("Prêts bonifiés d'Action Logement", "14 M€"),
        ("Logements sociaux démolis", "312"),
        ("Logements sociaux reconstitués", "250"),
        ("Logements réhabilités", "640"),
        ("Ménages à reloger", "264"),
        ("Ménages relogés au 30 septembre 2022", "189"),
        ("Heures d'insertion prévues dans les marchés", "58 000 heures"),
    ],
    "table_source": "Source : Landivoët Agglomération, convention NPNRU du 18 septembre 2019.",
}


class ArticlePDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(110, 110, 110)
        self.cell(95, 5, T1_ARTICLE["magazine"], align="L")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, T1_ARTICLE["issue"], align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(95, 5, "Tribune de la Ville Durable – Territoires", align="L")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def make_article_t1():
    pdf = ArticlePDF(format="A4")
    pdf.set_creation_date(datetime(2022, 10, 3, 8, 0, 0, tzinfo=UTC))
    pdf.set_title(T1_ARTICLE["headline"])
    pdf.set_author("Maëlle Guillou")
    add_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    a = T1_ARTICLE
    pdf.set_font("DejaVu", "B", 8)
    pdf.set_text_color(180, 40, 40)
    pdf.cell(0, 5, a["rubric"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 19)
    pdf.multi_cell(0, 9, a["headline"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, 5.6, a["standfirst"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "I", 9)
    pdf.cell(0, 5, a["byline"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in a["blocks"]:
        if kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 12)
            pdf.set_text_color(180, 40, 40)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif kind == "table":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 11)
            pdf.cell(0, 6, a["table_title"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_font("DejaVu", "", 9.5)
            with pdf.table(col_widths=(110, 50), width=160, line_height=6.2,
                           text_align=("LEFT", "RIGHT"),
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
                for row in a["table"]:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "I", 8)
            pdf.cell(0, 5, a["table_source"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, F_ARTICLE_T1))


# =====================================================================
# 3. Town 1 action sheet (HTML page of the agglomeration website)
# =====================================================================
T1_ACTION_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fiche action 2.2.3 – Accompagner les ménages relogés de Kerbrient | Landivoët Agglomération</title>
<meta name="description" content="Contrat de ville de Landivoët Agglomération : fiche action 2.2.3, accompagnement social des ménages relogés du quartier de Kerbrient.">
<link rel="stylesheet" href="/themes/landivoet/css/main.min.css">
</head>
<body class="page-fiche-action">
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/themes/landivoet/img/logo-agglo.svg" alt="Landivoët Agglomération – accueil"></a></div>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/vivre">Vivre et se déplacer</a></li>
      <li><a href="/habitat">Habitat et cadre de vie</a></li>
      <li><a href="/economie">Entreprendre</a></li>
      <li><a href="/environnement">Environnement et déchets</a></li>
      <li><a href="/agglo">L'agglo</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche" role="search"><label for="q">Rechercher</label><input id="q" name="q" type="search"><button type="submit">OK</button></form>
</header>

<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/habitat">Habitat et cadre de vie</a></li>
    <li><a href="/habitat/politique-de-la-ville">Politique de la ville</a></li>
    <li><a href="/habitat/politique-de-la-ville/contrat-de-ville">Contrat de ville</a></li>
    <li aria-current="page">Fiche action 2.2.3</li>
  </ol>
</nav>

<main id="contenu">
  <article class="fiche-action">
    <p class="surtitre">Contrat de ville de Landivoët Agglomération 2015-2023 – Pilier « Cadre de vie et renouvellement urbain »</p>
    <h1>Fiche action 2.2.3 – Accompagner les ménages relogés de Kerbrient vers leur nouveau logement</h1>
    <p class="maj">Mis à jour le 14/02/2022</p>

    <h2>Identification</h2>
    <dl class="champs">
      <dt>Orientation</dt>
      <dd>2.2 – Réussir le relogement des ménages concernés par les démolitions du NPNRU</dd>
      <dt>Quartier concerné</dt>
      <dd>Kerbrient (quartier prioritaire de la politique de la ville, 6 900 habitants)</dd>
      <dt>Pilote</dt>
      <dd>Landivoët Agglomération – direction de l'habitat</dd>
      <dt>Co-pilote</dt>
      <dd>CCAS de Landivoët</dd>
      <dt>Partenaires</dt>
      <dd>Landivoët Habitat, SA HLM Ty Glas, CAF du Finistère, Conseil départemental, association Ti an Holl (accompagnement budgétaire), conseil citoyen de Kerbrient, Mission locale</dd>
      <dt>Public visé</dt>
      <dd>Les 264 ménages des tours Ouessant et Molène et de la barre des Glénan, dont 58 ménages comptant une personne de plus de 65 ans</dd>
      <dt>Calendrier</dt>
      <dd>Janvier 2021 – décembre 2023</dd>
    </dl>

    <h2>Contexte</h2>
    <p>La convention NPNRU de Kerbrient, signée le 18 septembre 2019, prévoit la démolition de 312 logements sociaux. Le relogement des ménages concernés s'étale sur quatre ans et concerne une population souvent âgée ou fragile : près d'un ménage sur trois vit sous le seuil de pauvreté.</p>
    <p>Le relogement ne s'arrête pas à la remise des clés : l'expérience du premier programme de rénovation urbaine a montré que les difficultés (impayés, isolement, mauvaise maîtrise des charges) apparaissent souvent dans les mois qui suivent l'emménagement.</p>

    <h2>Description de l'action</h2>
    <p>Deux conseillères en économie sociale et familiale (2 ETP), recrutées par le CCAS, accompagnent les ménages avant, pendant et après le déménagement.</p>
    <p>Chaque ménage visite le logement proposé avant de signer le bail ; les frais de déménagement sont pris en charge en totalité par le bailleur d'origine et un forfait de 600 € couvre les frais annexes (ouverture des compteurs, transfert de courrier).</p>
    <p>Deux visites à domicile sont réalisées dans les six mois qui suivent l'emménagement. Six ateliers « Bien vivre dans son logement » (économies d'énergie, gestion du budget) sont organisés chaque année à la maison du projet.</p>

    <h2>Plan de financement prévisionnel</h2>
    <table class="financement">
      <caption>Financements de l'action 2.2.3, en euros</caption>
      <thead>
        <tr><th scope="col">Financeur</th><th scope="col">2021</th><th scope="col">2022</th><th scope="col">2023</th><th scope="col">Total</th></tr>
      </thead>
      <tbody>
        <tr><th scope="row">ANRU (MOUS relogement)</th><td>42 000 €</td><td>48 000 €</td><td>30 000 €</td><td>120 000 €</td></tr>
        <tr><th scope="row">Landivoët Agglomération</th><td>25 000 €</td><td>25 000 €</td><td>20 000 €</td><td>70 000 €</td></tr>
        <tr><th scope="row">Landivoët Habitat et SA HLM Ty Glas</th><td>18 000 €</td><td>22 000 €</td><td>15 000 €</td><td>55 000 €</td></tr>
        <tr><th scope="row">CAF du Finistère</th><td>8 000 €</td><td>8 000 €</td><td>8 000 €</td><td>24 000 €</td></tr>
      </tbody>
      <tfoot>
        <tr><th scope="row">Total</th><td>93 000 €</td><td>103 000 €</td><td>73 000 €</td><td>269 000 €</td></tr>
      </tfoot>
    </table>

    <h2>Indicateurs de suivi et d'évaluation</h2>
    <ul class="indicateurs">
      <li>Nombre de ménages accompagnés (cible : 264)</li>
      <li>Part des ménages relogés dans un logement neuf ou livré depuis moins de cinq ans (cible : 40 %)</li>
      <li>Part des ménages relogés hors des quartiers prioritaires (cible : 30 %)</li>
      <li>Taux d'impayés de loyer six mois après le relogement (cible : moins de 5 %)</li>
      <li>Taux de satisfaction des ménages relogés (cible : 80 %)</li>
      <li>Nombre de participants aux ateliers « Bien vivre dans son logement »</li>
    </ul>

    <p class="contact">Contact : direction de l'habitat, Landivoët Agglomération – politique.ville@landivoet-agglo.bzh</p>
  </article>

  <aside class="a-voir-aussi">
    <h2>À voir aussi</h2>
    <ul>
      <li><a href="/habitat/politique-de-la-ville/contrat-de-ville/fiche-2-2-2">Fiche action 2.2.2 – Gestion urbaine de proximité pendant les chantiers</a></li>
      <li><a href="/habitat/renouvellement-urbain/kerbrient">Le projet de renouvellement urbain de Kerbrient</a></li>
    </ul>
  </aside>
</main>

<footer class="site-footer">
  <p>Landivoët Agglomération – 12 quai de l'Estuaire – 29000 Landivoët – 02 98 00 00 00</p>
  <ul class="liens-legaux">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/cookies">Gestion des cookies</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
  </ul>
  <p>© 2022 Landivoët Agglomération</p>
</footer>
</body>
</html>
"""


# =====================================================================
# 4. Town 2 mission sheet (PDF, 2 pages, table spanning pages)
# =====================================================================
T2_MISSION = {
    "firm": "Brique Rose Conseil",
    "running": "Fiche mission – Auzerac / quartier du Pradal",
    "footer": "Document de travail – ne pas diffuser",
    "title": "Plan de relogement et suivi du volet habitat du NPNRU du Pradal",
    "subtitle": "Auzerac Habitat – Auzerac Gascogne Agglomération",
    "fields": [
        ("Type de mission", "AMO relogement / Peuplement"),
        ("Maître d'ouvrage", "Auzerac Habitat (office public de l'habitat), pour le compte "
                             "des bailleurs du Pradal"),
        ("Montant de la mission", "142 800 € HT"),
        ("Dates", "septembre 2021 – juin 2023 (22 mois)"),
        ("Site", "Auzerac (33 800 habitants), quartier du Pradal (5 200 habitants, "
                 "1 640 logements sociaux)"),
        ("Équipe", "Brique Rose Conseil – Mathieu Arrieta (directeur de mission), "
                   "Inès Lacombe-Sabatier (chargée d'études sociales), Julien Dupouy "
                   "(géomaticien)"),
        ("Acteurs", "Etat (Préfecture, DDETS), ANRU, Auzerac Gascogne Agglomération, "
                    "Ville d'Auzerac, Auzerac Habitat, SA HLM Toits d'Occitanie, Action "
                    "Logement, CAF, Conseil départemental, Mission locale"),
        ("Volet habitat du projet", "38 M€ HT (démolition, reconstitution, réhabilitation)"),
    ],
    "enjeux": (
        "Construit entre 1966 et 1974 en bordure de la rocade ouest, le Pradal "
        "concentre près de 40 % du parc social de la ville. La convention NPNRU, "
        "signée le 8 décembre 2021, prévoit la démolition de 198 logements (tour "
        "Aneto, barres Canigou et Vignemale) et le relogement de 183 ménages. Les "
        "deux bailleurs ont souhaité conduire une démarche inter-bailleurs unique, "
        "avec un seul plan de relogement et une seule équipe."
    ),
    "contenu": [
        "Enquête sociale auprès des 183 ménages concernés (entretiens à domicile, "
        "taux de réponse de 96 %) ;",
        "Élaboration du plan de relogement, validé en comité de pilotage le 14 avril 2022 ;",
        "Rédaction de la charte de relogement, signée par 7 partenaires ;",
        "Animation de la commission de relogement inter-bailleurs, réunie tous les "
        "quinze jours ;",
        "Tableau de bord mensuel et bilan semestriel transmis à l'ANRU ;",
        "Organisation de 3 ateliers collectifs avec les locataires des bâtiments à démolir ;",
        "Suivi des ménages relogés pendant 6 mois après l'emménagement.",
    ],
    "table_title": "Programme opérationnel de la convention (volet habitat)",
    "table": [
        ("Opération", "Bailleur", "Logements", "Échéance"),
        ("Démolition de la tour Aneto (14 étages)", "Auzerac Habitat", "84", "2024"),
        ("Démolition de la barre Canigou", "Auzerac Habitat", "62", "2024"),
        ("Démolition de la barre Vignemale", "Toits d'Occitanie", "52", "2025"),
        ("Reconstitution – ZAC de Saint-Martial", "Auzerac Habitat", "48", "2025"),
        ("Reconstitution – centre ancien (acquisition-amélioration)", "Toits d'Occitanie", "22", "2024"),
        ("Reconstitution – Labastide-d'Escoure", "Auzerac Habitat", "30", "2026"),
        ("Reconstitution – Saint-Aubin-d'Arné", "Toits d'Occitanie", "26", "2026"),
        ("Reconstitution sur site – îlot des Tisserands", "Auzerac Habitat", "34", "2027"),
        ("Réhabilitation de la résidence Bigorre", "Auzerac Habitat", "210", "2023-2025"),
        ("Réhabilitation de la résidence Comminges", "Toits d'Occitanie", "140", "2024-2026"),
        ("Réhabilitation de la résidence Couserans", "Auzerac Habitat", "120", "2025-2027"),
        ("Résidentialisation des îlots nord", "Auzerac Habitat", "290", "2025"),
        ("Résidentialisation des îlots sud", "Toits d'Occitanie", "230", "2026"),
        ("Diversification – accession sociale (PSLA)", "Garonne Accession", "45", "2027"),
        ("Diversification – locatif libre", "Foncière Logement", "40", "2028"),
    ],
    "resultats_title": "Premiers résultats (au 31 mars 2023)",
    "resultats": [
        "104 ménages relogés sur 183 ;",
        "36 % des ménages relogés hors des quartiers prioritaires ;",
        "29 % relogés dans un logement neuf ou livré depuis moins de cinq ans ;",
        "68 % des ménages avec un reste à charge stable ou en baisse ;",
        "5 ménages ayant refusé trois propositions, dont les dossiers sont "
        "réexaminés en commission.",
    ],
    "sources": "Sources : convention NPNRU du Pradal ; tableau de bord Brique Rose "
               "Conseil, données Auzerac Habitat et Toits d'Occitanie.",
}


class MissionPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(150, 60, 50)
        self.cell(80, 5, T2_MISSION["firm"], align="L")
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, T2_MISSION["running"], align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 60, 50)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(120, 5, T2_MISSION["footer"], align="L")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def make_mission_t2():
    m = T2_MISSION
    pdf = MissionPDF(format="A4")
    pdf.set_creation_date(datetime(2023, 4, 12, 9, 30, 0, tzinfo=UTC))
    pdf.set_title(m["title"])
    pdf.set_author(m["firm"])
    add_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 7.5, m["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.set_text_color(150, 60, 50)
    pdf.cell(0, 7, m["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    for label, value in m["fields"]:
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5.2, f"**{label} :** {value}", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Enjeux de la mission", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5.2, m["enjeux"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Contenu de la mission", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for item in m["contenu"]:
        pdf.set_x(pdf.l_margin + 3)
        pdf.multi_cell(0, 5.2, "•  " + item, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, m["table_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(88, 38, 22, 26), width=174, line_height=5.6,
                   text_align=("LEFT", "LEFT", "CENTER", "CENTER"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 215, 205)),
                   repeat_headings=1) as t:
        for row in m["table"]:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, m["resultats_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for item in m["resultats"]:
        pdf.set_x(pdf.l_margin + 3)
        pdf.multi_cell(0, 5.2, "•  " + item, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 8)
    pdf.multi_cell(0, 4.5, m["sources"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, F_MISSION_T2))


# =====================================================================
# 5. Town 2 article (plain text export of a news site)
# =====================================================================
T2_ARTICLE_TXT = """Auzerac : au Pradal, la tour Aneto vit ses derniers mois

Publié le 3 mai 2023 à 07h15, mis à jour le 3 mai 2023 à 10h42

Par Baptiste Larrieu

Dix-huit mois après la signature de la convention de renouvellement urbain, le relogement des habitants du Pradal entre dans sa dernière ligne droite. La tour Aneto, symbole du quartier, doit être démolie au début de l'année prochaine.

Au pied de la tour Aneto, les boîtes aux lettres se vident une à une. Sur les 84 logements que compte l'immeuble de 14 étages, construit en 1969, il ne reste plus que neuf familles. Toutes devraient avoir déménagé avant l'été. « J'ai élevé mes quatre enfants ici, je connais chaque voisin. Partir, ça serre le cœur, mais l'appartement qu'on m'a proposé à Saint-Martial est lumineux et il y a un ascenseur qui marche », confie Hafida Ouaret, 58 ans, locataire de la tour depuis 1994.

Le quartier du Pradal, où vivent 5 200 habitants, est engagé depuis la signature de la convention avec l'Agence nationale pour la rénovation urbaine (ANRU), le 8 décembre 2021, dans un programme de 87 millions d'euros hors taxes, dont 27 millions apportés par l'ANRU. Trois immeubles, soit 198 logements, seront démolis : la tour Aneto, puis les barres Canigou et Vignemale.

112 familles déjà relogées

Au total, 183 ménages doivent être relogés. Fin avril, 112 l'avaient déjà été, selon Auzerac Habitat, le principal bailleur du quartier. « Nous tenons une commission tous les quinze jours avec Toits d'Occitanie et l'agglomération. Aucun dossier ne reste plus d'un mois sans proposition », assure Sébastien Cazaubon, directeur général de l'office.

Lire aussi : Auzerac : le marché de plein vent du Pradal s'installe place Jean-Jaurès

Près de 39 % des ménages relogés ont quitté les quartiers prioritaires, au-delà de l'objectif d'un tiers fixé par la convention. Mais les loyers inquiètent : dans les résidences neuves, le loyer au mètre carré est souvent plus élevé, même si le bailleur s'engage à maintenir le reste à charge des ménages les plus modestes.

Une démolition à 4,6 millions d'euros

La démolition de la tour Aneto, estimée à 4,6 millions d'euros, se fera par grignotage mécanique à partir du premier trimestre 2024, pour une durée d'environ quatre mois. Les barres Canigou et Vignemale suivront en 2024 et 2025. Sur l'emprise libérée, le projet prévoit une halle gourmande et un pôle santé de 1 200 m², ainsi que 85 logements en accession et en locatif libre.

« Nous ne voulons pas d'un quartier vidé de ses habitants. Sur les 160 logements reconstitués, 34 le seront au Pradal, les autres ailleurs dans la ville et dans deux communes voisines », explique la maire d'Auzerac, Christiane Lafforgue-Bénac.

Depuis janvier, une maison du projet installée dans l'ancienne poste de l'avenue des Pyrénées accueille les habitants trois après-midi par semaine. Elle a déjà reçu 1 400 visiteurs. Les chantiers doivent aussi profiter à l'emploi local : 64 000 heures d'insertion sont prévues dans les marchés de travaux.

Partager : Facebook Twitter Mail

Mots-clés : Auzerac, Pradal, logement, ANRU, renouvellement urbain
"""


# =====================================================================
# 6. Town 2 action sheet (DOCX with heading styles)
# =====================================================================
T2_ACTION = {
    "surtitre": "Contrat de ville d'Auzerac Gascogne Agglomération 2015-2023 (prorogé)",
    "h1": "Fiche action 1.2.4 – Mobiliser les clauses sociales des chantiers du "
          "Pradal au profit des habitants",
    "pilier": [
        ("Pilier", "Emploi et développement économique"),
        ("Orientation", "1.2 – Rapprocher les habitants des quartiers prioritaires de l'emploi"),
    ],
    "contexte": [
        "Le quartier du Pradal (5 200 habitants) connaît un taux de chômage de "
        "29 %, contre 12 % à l'échelle de la ville ; le chômage touche 41 % des "
        "moins de 26 ans.",
        "La convention NPNRU signée le 8 décembre 2021 engage près de 60 M€ de "
        "travaux sur le quartier d'ici à 2028. Ces chantiers constituent une "
        "occasion unique d'ouvrir aux habitants des parcours vers les métiers du "
        "bâtiment et des travaux publics.",
    ],
    "objectifs": [
        "Réaliser 64 000 heures d'insertion dans les marchés du NPNRU entre 2022 et 2026 ;",
        "Réserver au moins 50 % de ces heures aux habitants des quartiers prioritaires ;",
        "Accompagner 150 personnes, dont au moins 30 % de femmes ;",
        "Atteindre 40 % de sorties vers un emploi durable ou une formation qualifiante.",
    ],
    "description": [
        "Un facilitateur des clauses, rattaché au service emploi-insertion de "
        "l'agglomération, fait le lien entre les entreprises attributaires, les "
        "prescripteurs et les structures d'insertion.",
        "Deux forums « Emplois des chantiers » sont organisés chaque année au Pradal.",
        "Les candidats peuvent suivre un parcours de pré-qualification de 8 semaines "
        "aux métiers du BTP, en lien avec la régie de quartier Pradal Services.",
    ],
    "pilotage": [
        ("Pilote", "Auzerac Gascogne Agglomération – service emploi-insertion "
                   "(facilitatrice des clauses : Laure Etcheverry)"),
        ("Partenaires", "Mission locale de Gascogne-Save, Pôle emploi, Auzerac Habitat, "
                        "SA HLM Toits d'Occitanie, régie de quartier Pradal Services, "
                        "Fédération départementale du BTP, Conseil départemental"),
        ("Public visé", "Demandeurs d'emploi et jeunes du Pradal et des autres "
                        "quartiers prioritaires de l'agglomération"),
        ("Calendrier", "2022-2026, avec un bilan intermédiaire présenté au comité de "
                       "pilotage de décembre 2024"),
    ],
    "financement": [
        ("Financeur", "Montant annuel (1)", "Part"),
        ("Etat (crédits de la politique de la ville)", "20 000 €", "25 %"),
        ("Auzerac Gascogne Agglomération", "28 000 €", "35 %"),
        ("Région Occitanie (formation professionnelle)", "12 000 €", "15 %"),
        ("Fonds social européen (FSE+)", "16 000 €", "20 %"),
        ("Bailleurs sociaux (abattement de TFPB)", "4 000 €", "5 %"),
        ("Total", "80 000 €", "100 %"),
    ],
    "indicateurs": [
        "Nombre d'heures d'insertion réalisées ;",
        "Nombre de bénéficiaires, dont femmes et jeunes de moins de 26 ans ;",
        "Part des heures réalisées par des habitants des quartiers prioritaires ;",
        "Taux de sorties positives six mois après la fin du contrat ;",
        "Nombre d'entreprises signataires de la charte locale d'insertion.",
    ],
    "note": "(1) Montants prévisionnels, sous réserve du vote du budget.",
}


def make_action_t2():
    a = T2_ACTION
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    p = d.add_paragraph()
    r = p.add_run(a["surtitre"])
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x80, 0x30, 0x20)
    d.add_heading(a["h1"], level=1)
    for label, val in a["pilier"]:
        p = d.add_paragraph()
        p.add_run(f"{label} : ").bold = True
        p.add_run(val)
    d.add_heading("Contexte", level=2)
    for t in a["contexte"]:
        d.add_paragraph(t)
    d.add_heading("Objectifs", level=2)
    for t in a["objectifs"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Description de l'action", level=2)
    for t in a["description"]:
        d.add_paragraph(t)
    d.add_heading("Pilotage et partenariat", level=2)
    for label, val in a["pilotage"]:
        p = d.add_paragraph()
        p.add_run(f"{label} : ").bold = True
        p.add_run(val)
    d.add_heading("Plan de financement", level=2)
    rows = a["financement"]
    tb = d.add_table(rows=0, cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = tb.add_row().cells
        for j, txt in enumerate(row):
            set_cell(cells[j], txt, bold=(i == 0 or i == len(rows) - 1),
                     align=None if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
        if i == 0:
            mark_header_row(tb.rows[0])
            for c in cells:
                shade(c, "F2DCDB")
    d.add_heading("Indicateurs d'évaluation", level=2)
    for t in a["indicateurs"]:
        d.add_paragraph(t, style="List Bullet")
    p = d.add_paragraph()
    r = p.add_run(a["note"])
    r.italic = True
    r.font.size = Pt(8.5)
    save_docx(d, os.path.join(OUT, F_ACTION_T2), datetime(2022, 3, 2, 14, 0, 0))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_mission_t1()
    make_article_t1()
    with open(os.path.join(OUT, F_ACTION_T1), "w", encoding="utf-8") as f:
        f.write(T1_ACTION_HTML)
    make_mission_t2()
    with open(os.path.join(OUT, F_ARTICLE_T2), "w", encoding="utf-8") as f:
        f.write(T2_ARTICLE_TXT)
    make_action_t2()
    for name in (F_MISSION_T1, F_ARTICLE_T1, F_ACTION_T1, F_MISSION_T2,
                 F_ARTICLE_T2, F_ACTION_T2):
        print(name, os.path.getsize(os.path.join(OUT, name)))


if __name__ == "__main__":
    main()
