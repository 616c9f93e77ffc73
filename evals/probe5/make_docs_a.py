"""Generate the probe5 (part A) fictional test documents.

Two invented towns, three documents each:
  * Sarmentières (quartier des Aubépines): mission sheet (PDF), action sheet (DOCX), article (HTML)
  * Valcorbin (quartier de la Croix-Méline): mission sheet (MD), article (2-column PDF), action sheet (DOCX)

All text is held in this script; running it rewrites the six files byte-for-byte
(fixed PDF creation dates, fixed DOCX core properties and zip timestamps).

Run from the repository root: python evals/probe5/make_docs_a.py
"""

import io
import os
import zipfile
from datetime import UTC, datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

F_T1_PDF = "fiche-mission-amo-relogement-sarmentieres-aubepines.pdf"
F_T1_DOCX = "fiche-action-2-4-1-maison-du-projet-aubepines-sarmentieres.docx"
F_T1_HTML = "article-echo-du-sarmentois-sarmentieres-aubepines-tour-eglantine.html"
F_T2_MD = "fiche-mission-projet-urbain-npnru-valcorbin-croix-meline.md"
F_T2_PDF = "article-cap-quartiers-valcorbin-croix-meline-premiere-demolition.pdf"
F_T2_DOCX = "fiche-action-1-2-3-insertion-clauses-croix-meline-valcorbin.docx"


def add_fonts(pdf):
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVuSerif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVuSerif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVuSerif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))


# ---------------------------------------------------------------------------
# Town 1 – Sarmentières – mission sheet (PDF)
# ---------------------------------------------------------------------------

T1_PDF_TITLE = ("Assistance à maîtrise d'ouvrage pour la conduite du projet de "
                "renouvellement urbain et du relogement – quartier des Aubépines, Sarmentières")

T1_PDF_FIELDS = [
    ("Type de mission", "Assistance à maîtrise d'ouvrage (AMO) – conduite de projet et relogement"),
    ("Maître d'ouvrage", "Communauté d'agglomération du Grand Sarmentois"),
    ("Dates", "2019-2021 (18 mois)"),
    ("Site", "Sarmentières (34 200 habitants), quartier des Aubépines "
             "(6 900 habitants, 2 450 logements sociaux)"),
    ("Équipe", "Trame & Territoires Conseil – Bérénice Faucheux-Arnaud (directrice de mission), "
               "Tristan Ouvrard (chargé de mission relogement), Nadia Belkheir (chargée de concertation)"),
    ("Acteurs", "Etat (Préfecture, DDT), ANRU, Ville de Sarmentières, Communauté d'agglomération "
                "du Grand Sarmentois, Sarmentières Habitat (OPH), Les Toits du Sarmentois (ESH), "
                "Banque des Territoires, Action Logement, CAF, conseil citoyen des Aubépines, "
                "centre social des Cornouillers."),
    ("Montant de la mission", "186 000 € HT"),
    ("Coût du programme urbain", "121 M€ HT (hors équipements publics)"),
    ("Programme", "364 démolitions, 320 logements reconstitués (dont 240 hors quartier prioritaire), "
                  "690 réhabilitations, 820 résidentialisations."),
]

T1_PDF_ENJEUX = [
    "Construit entre 1966 et 1974 sur le plateau nord de Sarmentières, le quartier des Aubépines "
    "concentre 2 450 logements sociaux répartis entre deux bailleurs. Retenu au titre du NPNRU parmi "
    "les projets d'intérêt national, il est passé en comité d'engagement de l'ANRU le 18 juin 2019 ; "
    "la convention pluriannuelle a été signée le 22 janvier 2020.",

    "Le projet prévoit la démolition de 364 logements, dont la tour Églantine (132 logements sur "
    "17 étages), symbole du quartier, et les barres Genêt et Ajonc. Au total, 341 ménages doivent "
    "être relogés, dont 38 % de personnes isolées et 27 % de ménages de plus de 65 ans.",

    "La Communauté d'agglomération, qui porte la direction de projet, souhaitait s'adjoindre une "
    "équipe d'assistance pour structurer la conduite du projet, piloter le relogement avec les deux "
    "bailleurs et préparer l'ouverture d'une maison du projet. La mission devait aussi sécuriser le "
    "respect des engagements de la convention : au moins 40 % des ménages relogés dans un logement "
    "neuf ou livré depuis moins de cinq ans, et au moins 35 % hors des quartiers prioritaires.",
]

T1_PDF_CONTENU = [
    "Mise en place de l'organisation de projet : comité de pilotage semestriel présidé par le "
    "président de l'agglomération, comité technique mensuel, revue de projet annuelle avec l'ANRU ;",
    "Enquête sociale auprès des 341 ménages à reloger, réalisée à domicile entre octobre et "
    "décembre 2019 (taux de réponse de 93 %) ;",
    "Rédaction de la charte intercommunale de relogement, signée le 12 mars 2020 par 9 partenaires ;",
    "Animation d'une commission de relogement toutes les trois semaines et d'un tableau de bord "
    "transmis chaque trimestre au délégué territorial de l'ANRU ;",
    "Organisation de 6 ateliers de concertation, dont 2 en pied d'immeuble, qui ont réuni "
    "210 habitants ;",
    "Préfiguration de la maison du projet : programme, budget de fonctionnement, recrutement "
    "d'une chargée d'accueil ; ouverture prévue au printemps 2021 ;",
    "Bilan de mission remis en mars 2021 : 126 ménages relogés, dont 44 hors quartier prioritaire.",
]

T1_PDF_PHASES = [
    "Phase 1 – Diagnostic et enquête sociale : octobre 2019 – janvier 2020 (4 mois)",
    "Phase 2 – Charte et lancement du relogement : février – juillet 2020 (6 mois), "
    "maintenue malgré le premier confinement",
    "Phase 3 – Suivi du relogement, préfiguration de la maison du projet et bilan : "
    "août 2020 – mars 2021 (8 mois)",
]

T1_PDF_LIVRABLES = [
    "Rapport de diagnostic social (86 pages) et fiches ménages anonymisées ;",
    "Charte intercommunale de relogement et guide de la commission de relogement ;",
    "Tableau de bord trimestriel du relogement ;",
    "Cahier des charges de la maison du projet ;",
    "Rapport de bilan de mission et recommandations pour la phase opérationnelle.",
]

T1_PDF_TABLE = [
    ("Financeur", "Montant (€ HT)", "Part"),
    ("ANRU (ingénierie de projet)", "93 000 €", "50 %"),
    ("Communauté d'agglomération du Grand Sarmentois", "46 500 €", "25 %"),
    ("Banque des Territoires", "27 900 €", "15 %"),
    ("Région", "18 600 €", "10 %"),
    ("Total", "186 000 €", "100 %"),
]


class MissionPDF(FPDF):
    firm = "Trame & Territoires Conseil"
    doc_title = "Fiche mission – AMO NPNRU des Aubépines, Sarmentières"

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.firm, new_x="LMARGIN", new_y="TOP", align="L")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, self.doc_title, new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "Document confidentiel – diffusion restreinte aux partenaires du projet",
                  new_x="LMARGIN", new_y="TOP", align="L")
        self.cell(0, 6, f"Page {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def section(pdf, title):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12)
    pdf.set_text_color(20, 70, 110)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 10)


def bullet_list(pdf, items, marker="▶"):
    for it in items:
        pdf.set_x(pdf.l_margin)
        pdf.cell(6, 5.5, marker)
        pdf.multi_cell(0, 5.5, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


def make_t1_pdf(path):
    pdf = MissionPDF(format="A4")
    pdf.set_creation_date(datetime(2021, 4, 6, 9, 30, tzinfo=UTC))
    pdf.set_title("Fiche mission – AMO NPNRU des Aubépines")
    pdf.set_author("Trame & Territoires Conseil")
    add_fonts(pdf)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.set_text_color(20, 70, 110)
    pdf.multi_cell(0, 7.5, T1_PDF_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "I", 10)
    pdf.cell(0, 7, "Références renouvellement urbain – fiche n° TTC-2021-07",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    for label, value in T1_PDF_FIELDS:
        pdf.set_font("DejaVu", "B", 10)
        pdf.write(5.5, f"{label} : ")
        pdf.set_font("DejaVu", "", 10)
        pdf.write(5.5, value)
        pdf.ln(7)

    section(pdf, "Enjeux de la mission")
    for p in T1_PDF_ENJEUX:
        pdf.multi_cell(0, 5.5, p, new_x="LMARGIN", new_y="NEXT", align="J")
        pdf.ln(2)

    section(pdf, "Contenu de la mission")
    bullet_list(pdf, T1_PDF_CONTENU)

    section(pdf, "Plan de financement de la mission")
    pdf.set_font("DejaVu", "I", 9)
    pdf.cell(0, 6, "Tableau 1 – Financement de la mission d'AMO (montants hors taxes)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(col_widths=(95, 45, 30), text_align=("LEFT", "RIGHT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(215, 228, 240)),
                   line_height=7, first_row_as_headings=True) as table:
        for row in T1_PDF_TABLE:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(2)

    section(pdf, "Déroulement")
    bullet_list(pdf, T1_PDF_PHASES, marker="–")

    section(pdf, "Livrables")
    bullet_list(pdf, T1_PDF_LIVRABLES, marker="•")

    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 5, "Sources : Communauté d'agglomération du Grand Sarmentois ; rapport de "
                         "bilan de mission, mars 2021 ; photographies Trame & Territoires Conseil.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------
# Town 1 – Sarmentières – action sheet (DOCX, merged cells)
# ---------------------------------------------------------------------------

T1_DOCX_CONTEXTE = [
    "Le quartier des Aubépines (6 900 habitants) fait l'objet d'un projet de renouvellement urbain "
    "conventionné avec l'ANRU en janvier 2020, qui prévoit notamment la démolition de 364 logements "
    "et le relogement de 341 ménages. La loi de programmation pour la ville et la cohésion urbaine "
    "du 21 février 2014 prévoit la mise en place d'une maison du projet dans chaque quartier "
    "bénéficiant du NPNRU.",
    "Ouverte le 20 septembre 2021 dans un local de 140 m² mis à disposition par Sarmentières "
    "Habitat, la maison du projet des Aubépines est à la fois un lieu d'information sur le projet, "
    "un point d'accueil pour les ménages à reloger et un espace d'ateliers. La présente fiche "
    "organise son fonctionnement et son financement pour la durée restante du contrat de ville.",
]

T1_DOCX_LABELS = [
    ("Pilote", "Ville de Sarmentières – direction de la cohésion sociale et de la politique de la ville"),
    ("Partenaires", "Communauté d'agglomération du Grand Sarmentois, Sarmentières Habitat, Les Toits "
                    "du Sarmentois, conseil citoyen des Aubépines, centre social des Cornouillers, "
                    "association Plateau Vidéo, délégué du préfet."),
    ("Public visé", "habitants du quartier des Aubépines, en priorité les 341 ménages concernés par le "
                    "relogement, ainsi que les jeunes de 12 à 25 ans et les commerçants du centre "
                    "commercial de l'Ajonc."),
    ("Calendrier", "2022-2023 ; bilan annuel présenté au comité de pilotage du contrat de ville en "
                   "décembre."),
]

T1_DOCX_ACTIONS = [
    "Ouverture au public 5 demi-journées par semaine, dont le samedi matin ;",
    "Une chargée d'accueil et de concertation à temps plein (1 ETP) et une médiatrice de "
    "Sarmentières Habitat présente deux demi-journées par semaine ;",
    "Permanences relogement des deux bailleurs chaque mardi et jeudi après-midi ;",
    "10 ateliers par an sur les espaces publics, la future école et les usages des pieds d'immeubles ;",
    "Un journal de projet trimestriel, « Aubépines en chantier », distribué à 3 500 exemplaires ;",
    "Une maquette évolutive du quartier au 1/500e, réalisée avec les élèves du collège du Plateau.",
]

# (financeur, montant 2022, part 2022, montant 2023, part 2023)
T1_DOCX_FIN = [
    ("ANRU (maison du projet)", "42 000 €", "40 %", "36 000 €", "36 %"),
    ("Ville de Sarmentières", "31 500 €", "30 %", "32 000 €", "32 %"),
    ("Communauté d'agglomération du Grand Sarmentois", "10 500 €", "10 %", "12 000 €", "12 %"),
    ("Bailleurs (abattement TFPB)", "15 750 €", "15 %", "15 000 €", "15 %"),
    ("Etat (crédits politique de la ville)", "5 250 €", "5 %", "5 000 €", "5 %"),
    ("Total", "105 000 €", "100 %", "100 000 €", "100 %"),
]

T1_DOCX_INDIC = [
    "Nombre de visiteurs accueillis par an (cible : 2 500) ;",
    "Nombre d'ateliers de concertation organisés (cible : 10 par an) ;",
    "Part des ménages relogés ayant participé à au moins une réunion ou un atelier (cible : 70 %) ;",
    "Nombre de membres actifs du conseil citoyen (22 en 2021, cible : 25) ;",
    "Taux de satisfaction des visiteurs mesuré par questionnaire (cible : 80 %).",
]


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if align is not None:
        p.alignment = align


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime(2022, 1, 10, 10, 0, 0)
    cp.modified = datetime(2022, 1, 10, 10, 0, 0)
    cp.revision = 1


def save_docx_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2022, 1, 10, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def labelled(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(f"{label} : ")
    r.bold = True
    p.add_run(value)
    return p


def make_t1_docx(path):
    doc = Document()
    fix_core(doc, "Fiche action 2.4.1 – Maison du projet des Aubépines", "Ville de Sarmentières")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    p = doc.add_paragraph()
    r = p.add_run("CONTRAT DE VILLE DU GRAND SARMENTOIS 2015-2022 – prorogé jusqu'au 31 décembre 2023")
    r.bold = True
    r.font.size = Pt(9)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Fiche action n° 2.4.1 – Maison du projet et participation des habitants "
                    "aux Aubépines", level=1)
    labelled(doc, "Pilier", "Cadre de vie et renouvellement urbain")
    labelled(doc, "Orientation 2.4", "Associer les habitants à la transformation de leur quartier")

    doc.add_heading("Contexte", level=2)
    for t in T1_DOCX_CONTEXTE:
        doc.add_paragraph(t)

    doc.add_heading("Pilotage", level=2)
    for label, value in T1_DOCX_LABELS:
        labelled(doc, label, value)

    doc.add_heading("Contenu de l'action", level=2)
    for t in T1_DOCX_ACTIONS:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Financement", level=2)
    cap = doc.add_paragraph("Tableau 1 – Plan de financement annuel", style="Caption")
    cap.runs[0].font.size = Pt(9.5)

    rows = 2 + len(T1_DOCX_FIN)
    table = doc.add_table(rows=rows, cols=5)
    table.style = "Table Grid"
    # header: "Financeur" merged down two rows, year headers merged across two columns
    a = table.cell(0, 0).merge(table.cell(1, 0))
    set_cell(a, "Financeur", bold=True)
    b = table.cell(0, 1).merge(table.cell(0, 2))
    set_cell(b, "Financement 2022", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    c = table.cell(0, 3).merge(table.cell(0, 4))
    set_cell(c, "Financement 2023 (prévisionnel)", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for j, lab in enumerate(["Montant", "Part", "Montant", "Part"], start=1):
        set_cell(table.cell(1, j), lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for cell in (a, b, c) + tuple(table.cell(1, j) for j in range(1, 5)):
        shade(cell, "D9E2F3")
    set_repeat_header(table.rows[0])
    set_repeat_header(table.rows[1])
    for i, row in enumerate(T1_DOCX_FIN, start=2):
        last = i == rows - 1
        for j, val in enumerate(row):
            set_cell(table.cell(i, j), val, bold=last,
                     align=None if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT)

    doc.add_paragraph("Les montants 2023 sont prévisionnels et seront confirmés lors de la "
                      "programmation annuelle du contrat de ville.")

    doc.add_heading("Indicateurs de suivi", level=2)
    for t in T1_DOCX_INDIC:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Liens avec les autres fiches", level=2)
    doc.add_paragraph("Fiche 2.3.2 – Gestion urbaine de proximité pendant les chantiers ; "
                      "fiche 1.2.4 – Clauses d'insertion du NPNRU.")
    save_docx_deterministic(doc, path)


# ---------------------------------------------------------------------------
# Town 1 – Sarmentières – article (HTML)
# ---------------------------------------------------------------------------

T1_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Sarmentières : aux Aubépines, la tour Églantine vit ses derniers mois – L'Écho du Sarmentois</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Le chantier de déconstruction de la tour Églantine démarrera en septembre. Près de 200 familles ont déjà été relogées.">
<link rel="stylesheet" href="/static/css/echo-2022.min.css">
<script async src="/static/js/tagmanager.js"></script>
</head>
<body class="article premium">

<div id="cookie-banner" class="consent">
  <p>L'Écho du Sarmentois et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment depuis la rubrique « Gestion des cookies ».</p>
  <button>Accepter et fermer</button> <button>Paramétrer</button> <a href="#">Continuer sans accepter</a>
</div>

<header class="site-header">
  <a class="logo" href="/">L'Écho du Sarmentois</a>
  <span class="date-du-jour">Lundi 14 mars 2022</span>
  <a class="btn-abo" href="/abonnement">S'abonner</a> <a class="btn-login" href="/connexion">Se connecter</a>
  <nav class="menu-principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/sarmentieres">Sarmentières</a></li>
      <li><a href="/agglomeration">Agglomération</a></li>
      <li><a href="/faits-divers">Faits divers</a></li>
      <li><a href="/economie">Économie</a></li>
      <li><a href="/sports">Sports</a></li>
      <li><a href="/loisirs">Culture &amp; loisirs</a></li>
      <li><a href="/necrologie">Avis de décès</a></li>
      <li><a href="/annonces">Petites annonces</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/sarmentieres">Sarmentières</a> › <a href="/sarmentieres/urbanisme">Urbanisme</a></nav>

<main>
<article>
  <p class="surtitre">Renouvellement urbain</p>
  <h1>Sarmentières : aux Aubépines, la tour Églantine vit ses derniers mois</h1>
  <p class="chapo">Le chantier de déconstruction de la plus haute tour du quartier démarrera en septembre. Près de 200 familles ont déjà été relogées, mais le plus difficile reste à faire, reconnaissent les élus.</p>
  <p class="byline">Par Margaux Delépine, le 14 mars 2022 à 18h05 – mis à jour le 15 mars 2022 à 07h40</p>

  <div class="share">
    <span>Partager :</span>
    <a href="#" class="share-facebook">Facebook</a>
    <a href="#" class="share-x">X (Twitter)</a>
    <a href="#" class="share-whatsapp">WhatsApp</a>
    <a href="#" class="share-mail">E-mail</a>
    <a href="#" class="share-copy">Copier le lien</a>
  </div>

  <figure>
    <img src="/img/2022/03/tour-eglantine.jpg" alt="La tour Églantine vue depuis l'allée des Cornouillers">
    <figcaption>La tour Églantine domine le plateau nord depuis plus de cinquante ans. Photo L'Écho du Sarmentois</figcaption>
  </figure>

  <div class="article-body">
    <p>Ses 17 étages dominent le plateau nord depuis 1971. D'ici à la fin de l'année, la tour Églantine et ses 132 logements auront commencé à disparaître du paysage de Sarmentières. Le chantier de déconstruction, confié à l'entreprise Brisard Déconstruction, débutera en septembre 2022 et durera sept mois, pour un coût de 4,8 millions d'euros.</p>

    <p>La tour n'est que la partie la plus visible du projet de renouvellement urbain des Aubépines, chiffré à 148 millions d'euros, dont 52 millions apportés par l'Agence nationale pour la rénovation urbaine (ANRU). Au total, 364 logements seront démolis et 690 réhabilités, et un nouveau groupe scolaire de 14 classes doit ouvrir à la rentrée 2024.</p>

    <p>« On ne démolit pas pour démolir. On démolit pour ouvrir le quartier sur la ville, et pour que les enfants des Aubépines aient la même école que ceux du centre », explique la maire, Solange Pradeilles, qui rappelle que la convention avec l'ANRU a été signée en janvier 2020.</p>

    <p class="paywall">Abonnez-vous pour lire la suite de cet article : 1 € le premier mois, sans engagement. Déjà abonné ? <a href="/connexion">Connectez-vous</a>.</p>

    <p>Côté relogement, 198 des 341 ménages concernés ont déjà quitté leur appartement, selon le dernier bilan de Sarmentières Habitat. Parmi eux, 57 ont emménagé dans un logement neuf et 71 ont quitté le quartier. « Nous faisons du cousu main. Chaque famille a vu notre chargée de relogement quatre à cinq fois en moyenne », assure Damien Castagné, directeur général de l'office.</p>

    <p>Tout le monde ne partage pas cet optimisme. Fatou Ndiaye-Rivière, 61 ans, habite au 9e étage de l'Églantine depuis 1994. « J'ai refusé deux propositions. La première était trop loin de l'arrêt de bus, la seconde avait un loyer plus cher de 90 euros. Je ne suis pas contre le projet, mais je veux rester à côté de mes petits-enfants. » Selon l'office, 23 ménages ont refusé au moins deux propositions.</p>

    <p>Pour accompagner ces changements, la maison du projet a ouvert ses portes le 20 septembre 2021, au rez-de-chaussée de l'immeuble Bruyère, 12 allée des Cornouillers. Maquette, photos d'archives, permanences des bailleurs : elle a reçu 1 450 visiteurs en six mois. « Les gens viennent d'abord pour leur relogement, puis ils reviennent pour voir la maquette », sourit Léna Morvézen, la chargée d'accueil.</p>

    <p>Le chantier doit aussi profiter aux habitants : les marchés de travaux prévoient 95 000 heures d'insertion, dont une partie réservée aux demandeurs d'emploi du quartier, où le chômage atteint 24 %, contre 11 % à l'échelle de la ville.</p>

    <p>Prochaine étape : une réunion publique le 5 avril à 18 h 30 au gymnase du Plateau, pour présenter le calendrier de démolition des barres Genêt et Ajonc, prévue en 2023 et 2024. « Il faudra encore six à sept ans pour voir le quartier terminé », prévient Rachid Tenneville, vice-président de l'agglomération chargé de la politique de la ville.</p>
  </div>

  <div class="share share-bottom">
    <a href="#">Facebook</a> <a href="#">X (Twitter)</a> <a href="#">WhatsApp</a> <a href="#">Imprimer</a>
  </div>

  <aside class="lire-aussi">
    <h2>Lire aussi</h2>
    <ul>
      <li><a href="/sports/basket-les-sarmentoises-s-inclinent-au-buzzer">Basket : les Sarmentoises s'inclinent au buzzer face à la réserve de Bourges</a></li>
      <li><a href="/agglomeration/piscine-des-peyrieres-fermeture-prolongee">Piscine des Peyrières : la fermeture prolongée jusqu'à l'été, la pétition s'organise</a></li>
      <li><a href="/loisirs/fete-du-vin-nouveau-programme">Fête du vin nouveau : concerts, marché et feu d'artifice au programme du week-end</a></li>
    </ul>
  </aside>

  <section class="commentaires">
    <h2>Commentaires (3)</h2>
    <p class="regles">Les commentaires sont modérés. Merci de respecter la charte de participation.</p>
    <div class="commentaire">
      <p class="auteur">Plateau_Nord71 – 14/03/2022 à 19h12</p>
      <p>J'ai grandi dans cette tour, au 14e. Ça fait un pincement au cœur mais il était temps, les ascenseurs étaient en panne un jour sur deux.</p>
    </div>
    <div class="commentaire">
      <p class="auteur">Gérard S. – 14/03/2022 à 20h47</p>
      <p>148 millions… et pendant ce temps la piscine reste fermée. On aimerait la même énergie pour le centre-ville.</p>
    </div>
    <div class="commentaire">
      <p class="auteur">Mina_L – 15/03/2022 à 08h03</p>
      <p>@Gérard S. ce n'est pas le même budget, l'essentiel vient de l'ANRU et des bailleurs. Allez voir la maison du projet, ils expliquent bien.</p>
    </div>
    <form class="nouveau-commentaire"><p>Vous devez être abonné pour commenter. <a href="/connexion">Se connecter</a></p></form>
  </section>
</article>
</main>

<footer class="site-footer">
  <p>© L'Écho du Sarmentois 2022 – Tous droits réservés. Mentions légales · Politique de confidentialité · Gestion des cookies · Contact · Publicité</p>
  <p>Newsletter : recevez chaque matin l'essentiel de l'actualité du Sarmentois. <a href="/newsletter">Je m'inscris</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Town 2 – Valcorbin – mission sheet (Markdown)
# ---------------------------------------------------------------------------

T2_MD = """# Élaboration du projet urbain et de la convention NPNRU – quartier de la Croix-Méline, Valcorbin

Quadrant Ville & Habitat — Fiche référence

**Type de mission :** Conseil stratégique, études urbaines, concertation, ingénierie financière

- Maître d'ouvrage :
- Ville de Valcorbin

- Dates :
- 2020-2022 (20 mois)

- Site :
- Valcorbin (27 600 habitants), quartier de la Croix-Méline (5 200 habitants, 1 980 logements sociaux)

- Équipe :
- Quadrant Ville & Habitat (mandataire) : Élodie Marchetti (directrice de projet), Samuel Ogier (urbaniste), Inès Carvalho-Boyer (concertation) ; Atelier Sillons (paysagiste cotraitant)

- Montant de la mission :
- 142 500 € HT

- Coût estimatif du projet :
- 96 M€ TTC (hors reconstruction du groupe scolaire)

**Acteurs :** Etat (Préfecture, DDT), ANRU, Ville de Valcorbin, Valcorbin Agglomération, Valcorbin Habitat (OPH), SA HLM Les Terrasses de l'Ouest, Banque des Territoires, Action Logement, Région, conseil citoyen de la Croix-Méline, amicale des locataires.

**Programme :** 286 démolitions, 248 logements reconstitués (dont 180 hors quartier prioritaire), 540 réhabilitations, 610 résidentialisations, 96 logements en diversification (accession sociale et locatif libre).

## Enjeux de la mission

Situé à l'est de Valcorbin, de l'autre côté de la voie ferrée, le quartier de la Croix-Méline a été construit entre 1962 et 1970. Il n'avait pas bénéficié du premier programme de rénovation urbaine. Retenu en 2018 comme projet d'intérêt régional du NPNRU, il concentre 93 % de logements sociaux et cinq barres de 8 à 11 étages.

La Ville souhaitait un projet urbain capable de désenclaver le quartier, de diversifier l'habitat et de reconstruire le groupe scolaire des Mésanges, dont les bâtiments ne répondent plus aux normes d'accessibilité.

La mission a couvert l'élaboration du plan guide, la programmation des opérations, l'ingénierie financière et la préparation du dossier de passage en comité d'engagement de l'ANRU, qui s'est tenu le 9 mars 2022. La convention pluriannuelle a été signée le 30 septembre 2022, après la fin de la mission.

## Contenu de la mission

- ▶ Diagnostic urbain, social et foncier ; 38 entretiens avec les acteurs du quartier ;
- ▶ Élaboration de trois scénarios d'aménagement, puis du plan guide retenu en comité de pilotage le 6 juillet 2021 ;
- ▶ Concertation : 4 ateliers publics, 2 balades urbaines et une enquête par questionnaire auprès de 305 ménages ;
- ▶ Préfiguration de la maison du projet (ouverture visée fin 2022) ;
- ▶ Montage financier et rédaction du dossier de comité d'engagement ANRU ;
- ▶ Accompagnement de la Ville dans la négociation de la convention pluriannuelle.

## Déroulement

| Phase | Période | Livrable principal |
|---|---|---|
| 1. Diagnostic partagé | septembre 2020 – janvier 2021 | Rapport de diagnostic |
| 2. Scénarios et plan guide | février – juillet 2021 | Plan guide validé |
| 3. Programmation et montage financier | août 2021 – avril 2022 | Dossier de comité d'engagement |

## Plan de financement de la mission

| Financeur | Montant (€ HT) | Part |
|---|---:|---:|
| ANRU (protocole de préfiguration) | 71 250 € | 50 % |
| Ville de Valcorbin | 49 875 € | 35 % |
| Banque des Territoires | 21 375 € | 15 % |
| **Total** | **142 500 €** | **100 %** |

Sources : Ville de Valcorbin ; plan guide de la Croix-Méline, Quadrant Ville & Habitat et Atelier Sillons, 2021.
"""


# ---------------------------------------------------------------------------
# Town 2 – Valcorbin – agency magazine article (2-column PDF)
# ---------------------------------------------------------------------------

T2_PDF_TITLE = "Valcorbin : la Croix-Méline entre dans le temps des chantiers"
T2_PDF_CHAPO = ("Un an après la signature de sa convention avec l'ANRU, le quartier de la "
                "Croix-Méline voit tomber sa première barre. Relogement, maison du projet, emploi : "
                "tour d'horizon d'un projet à 103 millions d'euros.")
T2_PDF_BYLINE = "Texte : Thibault Sarrazin-Leroy – Photos : Anouk Pelizzari"

T2_PDF_PARAS = [
    ("", "Depuis le 12 juin 2023, les pelles mécaniques grignotent la barre Méline 2. Construit en "
         "1964, ce bâtiment de 11 étages et 118 logements était le plus dégradé du quartier. Sa "
         "démolition, qui doit s'achever en décembre, est la première des cinq prévues par la "
         "convention signée le 30 septembre 2022 entre la Ville de Valcorbin, ses partenaires et "
         "l'ANRU."),
    ("", "Le projet de renouvellement urbain de la Croix-Méline représente un investissement de "
         "103 millions d'euros, dont 34 millions d'euros de concours de l'ANRU et 7 millions pour la "
         "reconstruction du groupe scolaire des Mésanges (12 classes). Il prévoit 286 démolitions, "
         "540 réhabilitations et la construction de 96 logements en accession ou en locatif libre."),
    ("Un quartier longtemps oublié", "Construite entre 1962 et 1970 pour loger les ouvriers de la "
         "fonderie Corbelin, fermée en 1987, la Croix-Méline compte aujourd'hui 5 200 habitants et "
         "1 980 logements sociaux. Faute d'avoir été retenu par le premier programme de rénovation "
         "urbaine, le quartier a vu son parc vieillir sans intervention lourde pendant près de vingt "
         "ans. Avant le lancement du projet, la vacance atteignait 12 % dans les cinq barres."),
    ("Franchir la voie ferrée", "« Pendant cinquante ans, la Croix-Méline a vécu de l'autre côté de "
         "la voie ferrée. Notre priorité, c'est la passerelle », insiste Yannick Raffestin, maire de "
         "Valcorbin. La future passerelle piétonne au-dessus des voies, estimée à 4,2 millions "
         "d'euros, doit être livrée en 2026. Elle mettra la gare à six minutes à pied du cœur du "
         "quartier, contre vingt aujourd'hui."),
    ("Le relogement donne le tempo", "Le relogement conditionne tout le calendrier. Sur les 227 "
         "ménages concernés, 87 avaient été relogés fin août 2023, dont 31 hors du quartier. « Nous "
         "avons fait le choix d'une commission de relogement tous les quinze jours, avec un référent "
         "unique par famille », détaille Corinne Delmas-Ferrat, directrice générale de Valcorbin "
         "Habitat. Le bailleur a aussi gelé les attributions dans les cinq barres dès 2021."),
    ("", "« Le rythme est soutenu, mais il est tenable parce que les bailleurs jouent le jeu de la "
         "mobilité entre organismes », estime la déléguée territoriale adjointe de l'ANRU, qui suit "
         "le dossier depuis le protocole de préfiguration. Second bailleur du quartier, Les Terrasses "
         "de l'Ouest ont mis 46 logements de leur parc à disposition pour les relogements."),
    ("Une maison du projet dans l'ancienne poste", "Installée depuis janvier 2023 dans l'ancienne "
         "agence postale de la place Méline, la maison du projet (90 m²) a déjà accueilli 820 "
         "visiteurs. Elle est ouverte trois demi-journées par semaine et accueille aussi les "
         "permanences du conseil citoyen. Les plans de la passerelle y ont été exposés en juin, et "
         "140 habitants ont participé aux ateliers sur le futur mail planté qui reliera la place "
         "Méline à la gare."),
    ("", "« Au début, personne n'y croyait. Maintenant que la barre tombe, les gens posent des "
         "questions concrètes : le loyer, la surface, la date », observe Mohamed Aït-Benali, "
         "président de l'amicale des locataires de la Croix-Méline."),
    ("Des logements moins énergivores", "Les 540 réhabilitations visent l'étiquette énergétique C, "
         "avec un gain attendu de 40 % sur les consommations de chauffage. La résidence des Chaudronniers "
         "(120 logements) sera la première livrée, au printemps 2024. La Région apporte 5,5 millions "
         "d'euros au projet, principalement pour ces travaux thermiques et pour la passerelle."),
    ("Des heures pour les habitants", "Les chantiers doivent générer 62 000 heures d'insertion sur "
         "toute la durée du projet. Un facilitateur de clauses, recruté par le PLIE du Valcorbinois, "
         "accompagne les entreprises dans le recrutement. Dans le quartier, 34 % des 16-25 ans sont "
         "au chômage."),
    ("Et après ?", "La démolition de la barre Méline 3 (64 logements) est programmée au printemps "
         "2024. Les 42 premiers logements reconstitués hors du quartier, à Lestrac, commune de "
         "l'agglomération, seront livrés fin 2024. Le nouveau groupe scolaire des Mésanges doit "
         "ouvrir à la rentrée 2026, en même temps que la passerelle."),
]

T2_PDF_REPERES = [
    "Convention signée : 30 septembre 2022",
    "Coût total : 103 M€, dont 34 M€ ANRU",
    "Démolitions : 286 logements",
    "Réhabilitations : 540 logements",
    "Ménages à reloger : 227",
    "Maison du projet : 90 m², place Méline",
]


class MagPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(180, 60, 30)
        self.cell(0, 5, "CAP QUARTIERS", new_x="LMARGIN", new_y="TOP", align="L")
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Cap Quartiers n° 37 – octobre 2023 – Territoires en projet",
                  new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_draw_color(180, 60, 30)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Le magazine du réseau Villes & Renouvellement",
                  new_x="LMARGIN", new_y="TOP", align="L")
        self.cell(0, 5, str(13 + self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def make_t2_pdf(path):
    pdf = MagPDF(format="A4")
    pdf.set_creation_date(datetime(2023, 10, 2, 8, 0, tzinfo=UTC))
    pdf.set_title("Cap Quartiers n° 37 – Valcorbin, la Croix-Méline")
    pdf.set_author("Réseau Villes & Renouvellement")
    add_fonts(pdf)
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 9)
    pdf.set_text_color(180, 60, 30)
    pdf.cell(0, 6, "TERRITOIRES EN PROJET  |  VALCORBIN (CROIX-MÉLINE)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 20)
    pdf.set_text_color(20, 20, 20)
    pdf.multi_cell(0, 9, T2_PDF_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVuSerif", "I", 11)
    pdf.multi_cell(0, 5.8, T2_PDF_CHAPO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 6, T2_PDF_BYLINE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.25, balance=True) as cols:
        for inter, text in T2_PDF_PARAS:
            if inter:
                with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1) as par:
                    pdf.set_font("DejaVu", "B", 10)
                    pdf.set_text_color(180, 60, 30)
                    par.write(inter)
                pdf.set_text_color(0, 0, 0)
            with cols.paragraph(bottom_margin=2.5) as par:
                pdf.set_font("DejaVuSerif", "", 10)
                par.write(text)
        with cols.paragraph(text_align="L", top_margin=4, bottom_margin=1) as par:
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_text_color(180, 60, 30)
            par.write("REPÈRES")
        pdf.set_text_color(0, 0, 0)
        for item in T2_PDF_REPERES:
            with cols.paragraph(text_align="L", bottom_margin=0.8) as par:
                pdf.set_font("DejaVu", "", 9)
                par.write("■ " + item)
    pdf.output(path)


# ---------------------------------------------------------------------------
# Town 2 – Valcorbin – action sheet (DOCX, heading styles, indicators table)
# ---------------------------------------------------------------------------

T2_DOCX_OBJ = [
    "Atteindre 45 000 heures d'insertion cumulées sur les chantiers du NPNRU d'ici fin 2026.",
    "Réserver au moins la moitié de ces heures aux habitants des quartiers prioritaires de Valcorbin.",
    "Augmenter la part des femmes parmi les bénéficiaires des clauses.",
    "Transformer les contrats d'insertion en emplois durables ou en formations qualifiantes.",
    "Associer les entreprises locales du bâtiment par une charte d'engagement.",
]

T2_DOCX_DESC = [
    "Repérage et orientation des candidats avec la Mission locale et France Travail ;",
    "Sessions de préparation aux métiers du bâtiment : 6 sessions par an de 10 places chacune ;",
    "Suivi individuel des bénéficiaires pendant les 6 mois qui suivent leur mission ;",
    "Forum annuel emploi-chantiers organisé à la maison du projet de la place Méline ;",
    "Bilan semestriel des heures réalisées, présenté en comité de pilotage du NPNRU.",
]

T2_DOCX_INDIC = [
    ("Indicateur", "Valeur de référence (année)", "Cible 2026"),
    ("Heures d'insertion réalisées sur les chantiers NPNRU", "14 200 h (2023)", "45 000 h cumulées"),
    ("Bénéficiaires des clauses résidant en quartier prioritaire", "38 (2023)", "120"),
    ("Part de femmes parmi les bénéficiaires", "8 % (2023)", "20 %"),
    ("Sorties positives à 6 mois (emploi durable ou formation qualifiante)", "41 % (2022)", "55 %"),
    ("Taux de chômage des 16-25 ans à la Croix-Méline", "34 % (2021)", "28 %"),
    ("Entreprises signataires de la charte d'insertion", "9 (2023)", "20"),
]


def make_t2_docx(path):
    doc = Document()
    fix_core(doc, "Fiche action 1.2.3 – Insertion et clauses sociales, Croix-Méline",
             "Valcorbin Agglomération")
    doc.core_properties.created = datetime(2024, 2, 5, 14, 0, 0)
    doc.core_properties.modified = datetime(2024, 2, 5, 14, 0, 0)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    p = doc.add_paragraph()
    r = p.add_run("CONTRAT DE VILLE DE VALCORBIN AGGLOMÉRATION – ENGAGEMENTS QUARTIERS 2030")
    r.bold = True
    r.font.size = Pt(9)

    doc.add_heading("Fiche action n° 1.2.3 – Insertion professionnelle et clauses sociales des "
                    "chantiers de la Croix-Méline", level=1)
    labelled(doc, "Pilier", "Emploi et développement économique")
    labelled(doc, "Orientation 1.2", "Faire des chantiers du renouvellement urbain un levier "
                                     "d'accès à l'emploi")

    doc.add_heading("Contexte", level=2)
    doc.add_paragraph(
        "Le quartier de la Croix-Méline compte 5 200 habitants. Le chômage y touche 34 % des "
        "16-25 ans, contre 15 % à l'échelle de Valcorbin (2021). La convention NPNRU signée le "
        "30 septembre 2022 engage les maîtres d'ouvrage à réserver au moins 5 % des heures "
        "travaillées sur les opérations d'investissement et 10 % des embauches liées à la gestion "
        "urbaine de proximité à des personnes éloignées de l'emploi.")
    doc.add_paragraph(
        "Les premières opérations (démolition de la barre Méline 2, réhabilitation de 120 logements "
        "rue des Chaudronniers) ont permis de réaliser 14 200 heures d'insertion en 2023, au bénéfice "
        "de 52 personnes, dont 38 résidant en quartier prioritaire.")

    doc.add_heading("Objectifs", level=2)
    for t in T2_DOCX_OBJ:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("Pilotage et moyens", level=2)
    labelled(doc, "Pilote", "PLIE du Valcorbinois (porté par la Maison de l'emploi)")
    labelled(doc, "Partenaires", "Ville de Valcorbin, Valcorbin Agglomération, Valcorbin Habitat, "
                                 "SA HLM Les Terrasses de l'Ouest, France Travail, Mission locale, "
                                 "Région, régie de quartier Croix-Méline Services, fédération "
                                 "départementale du BTP.")
    labelled(doc, "Public visé", "demandeurs d'emploi de longue durée, jeunes de moins de 26 ans et "
                                 "allocataires du RSA, résidant en priorité dans le quartier de la "
                                 "Croix-Méline.")
    labelled(doc, "Moyens", "un facilitateur de clauses à temps plein ; budget annuel de 84 000 € "
                            "(Etat : 30 000 € ; Ville de Valcorbin : 24 000 € ; Région : 18 000 € ; "
                            "bailleurs, au titre de l'abattement TFPB : 12 000 €).")
    labelled(doc, "Calendrier", "2024-2026, évaluation à mi-parcours fin 2025.")

    doc.add_heading("Description de l'action", level=2)
    for t in T2_DOCX_DESC:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Indicateurs", level=2)
    table = doc.add_table(rows=len(T2_DOCX_INDIC), cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(T2_DOCX_INDIC):
        for j, val in enumerate(row):
            set_cell(table.cell(i, j), val, bold=(i == 0))
            if i == 0:
                shade(table.cell(i, j), "E2EFD9")
    set_repeat_header(table.rows[0])

    doc.add_paragraph("Source des valeurs de référence : PLIE du Valcorbinois, bilan des clauses "
                      "2023 ; Insee, recensement 2021.")
    save_docx_deterministic(doc, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_t1_pdf(os.path.join(OUT, F_T1_PDF))
    make_t1_docx(os.path.join(OUT, F_T1_DOCX))
    with open(os.path.join(OUT, F_T1_HTML), "w", encoding="utf-8") as f:
        f.write(T1_HTML)
    with open(os.path.join(OUT, F_T2_MD), "w", encoding="utf-8") as f:
        f.write(T2_MD)
    make_t2_pdf(os.path.join(OUT, F_T2_PDF))
    make_t2_docx(os.path.join(OUT, F_T2_DOCX))
    print("written to", OUT)


if __name__ == "__main__":
    main()
