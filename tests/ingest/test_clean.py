"""ingest.clean: synthetic dirty exports (not from the corpus), then the shipped corpus itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.blocks import parse_blocks
from ingest.clean import clean, find_boilerplate

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def norm(text: str) -> str:
    """Quote marks unified and whitespace collapsed, as gold quotes are matched."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def assert_all_kept(cleaned: str, sentences: list[str]) -> None:
    haystack = norm(cleaned)
    missing = [s for s in sentences if norm(s) not in haystack]
    assert not missing, f"lost content: {missing}"


def assert_none_left(cleaned: str, fragments: list[str]) -> None:
    haystack = norm(cleaned).casefold()
    left = [f for f in fragments if norm(f).casefold() in haystack]
    assert not left, f"chrome left: {left}"


def lines(text: str) -> list[str]:
    return text.split("\n")


# --- line layer -------------------------------------------------------------------------------


def test_whitespace_and_unicode_normalisation() -> None:
    raw = (
        "\n\n  \nLa re\u0301sidence\u00a0Les Pins  \r\n"
        "compte\u202f120 logements.\t \r\n\r\n\r\n\r\n\r\nFin du texte.\u200b\n\n"
    )
    assert clean(raw) == "La résidence Les Pins\ncompte 120 logements.\n\nFin du texte."


def test_blank_line_runs_collapse_to_one() -> None:
    assert clean("Un.\n\n\n\n\nDeux.\n\nTrois.") == "Un.\n\nDeux.\n\nTrois."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("██████\tConseil stratégique", "- Conseil stratégique"),
        ("■ ■ ■ ■ ■\tEtudes urbaines", "- Etudes urbaines"),
        ("- ▶ Réalisation d'entretiens", "- Réalisation d'entretiens"),
        ("· Pérenniser les démarches", "- Pérenniser les démarches"),
        ("\t• Installer un éclairage", "- Installer un éclairage"),
        ("➢ Suivre les travaux", "- Suivre les travaux"),
        ("→ Restitution aux élus", "- Restitution aux élus"),
        ("◆◆ ✓ Valider le plan", "- Valider le plan"),
        ("\uf0b7\tPoint de vigilance", "- Point de vigilance"),  # Word Symbol-font bullet
        ("* Atelier avec les bailleurs", "- Atelier avec les bailleurs"),
        ("- Déjà une puce", "- Déjà une puce"),
        ("\t· /Faciliter l’appropriation", "- Faciliter l’appropriation"),  # Word's export
        ("· / suite", "- / suite"),  # a slash set apart is text
    ],
)
def test_decorative_glyphs_become_one_bullet(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_glyphs_inside_a_line_are_kept() -> None:
    line = "Publié le 02/02/2020 • Par Marc Roy • dans : Logement"
    assert clean(line) == line


def test_lines_of_only_decoration_are_dropped() -> None:
    assert clean("Titre du rapport\n●●●●●●\n-----\nSuite du rapport.") == (
        "Titre du rapport\nSuite du rapport."
    )


def test_markdown_emphasis_removed_headings_kept() -> None:
    raw = "# Étude **urbaine**\n\n**Type de mission :** Diagnostic  \n\n__Années :__ 2019"
    assert clean(raw) == "# Étude urbaine\n\nType de mission : Diagnostic\n\nAnnées : 2019"


def test_snake_case_inside_a_sentence_is_not_emphasis() -> None:
    line = "La variable nom_de_fichier est renseignée."
    assert clean(line) == line


def test_word_artefacts_removed() -> None:
    raw = (
        "· [bookmark: _Toc403735807]Une démarche partagée.\n"
        "[image: plan.png]Le plan guide est validé.\n"
        "[Bookmark: _GoBack]3.1 AGIR SUR LE CADRE DE VIE\n"
        "![logo](logo.png)"
    )
    assert clean(raw) == (
        "- Une démarche partagée.\nLe plan guide est validé.\n3.1 AGIR SUR LE CADRE DE VIE"
    )


def test_tabs() -> None:
    raw = (
        "\t\tPilote\tService prévention de la ville\n"
        "Budget\t120 000 €\tVille\tEtat\n"
        "Des regroupements signalés au pied des tours\t(2022)\n"
        "Enjeu :\tRestaurer la confiance"
    )
    assert lines(clean(raw)) == [
        "Pilote : Service prévention de la ville",  # short label, then its value
        "Budget | 120 000 € | Ville | Etat",  # three cells or more: a table row
        "Des regroupements signalés au pied des tours (2022)",
        "Enjeu : Restaurer la confiance",
    ]


def test_a_text_table_aligned_with_spaces_is_read_as_rows() -> None:
    raw = (
        "5. PLAN DE FINANCEMENT (en euros)\n\n"
        "Financeur                                  2025       2026\n"
        "État – crédits de la politique de la ville   28 000     30 000\n"
        "Département de la Nièvre                  22 000     24 000\n"
        "TOTAL                                     50 000     54 000\n\n"
        "Deux   espaces ou trois dans une phrase ne font pas un tableau.\n"
        "Pas plus qu'une ligne   seule.\n"
    )
    assert [line for line in lines(clean(raw)) if line] == [
        "5. PLAN DE FINANCEMENT (en euros)",
        "Financeur | 2025 | 2026",
        "État – crédits de la politique de la ville | 28 000 | 30 000",
        "Département de la Nièvre | 22 000 | 24 000",
        "TOTAL | 50 000 | 54 000",
        "Deux espaces ou trois dans une phrase ne font pas un tableau.",
        "Pas plus qu'une ligne seule.",
    ]


def test_a_text_tables_caption_stays_a_line_and_its_rules_go() -> None:
    """A caption over a plain-text table and rules drawn across it ("-----") do not keep its
    lines from being read as rows; the rules go, but the one right under the column names
    becomes a Markdown separator, so the names are read as the rows' header (ingest/blocks.py)."""
    raw = (
        "                         Budget prévisionnel (en euros)\n"
        "Financeur                              2025       2026       Total\n"
        "-------------------------------------------------------------------\n"
        "Ville de Sémerval                    96 000     98 000     194 000\n"
        "Sémerval Agglomération               30 000     30 000      60 000\n"
        "-------------------------------------------------------------------\n"
        "TOTAL                               126 000    128 000     254 000\n"
    )
    assert [line for line in lines(clean(raw)) if line] == [
        "Budget prévisionnel (en euros)",
        "Financeur | 2025 | 2026 | Total",
        "|---|---|---|---|",
        "Ville de Sémerval | 96 000 | 98 000 | 194 000",
        "Sémerval Agglomération | 30 000 | 30 000 | 60 000",
        "TOTAL | 126 000 | 128 000 | 254 000",
    ]


def test_a_fixed_width_tables_columns_two_spaces_apart_are_told_by_where_they_lie() -> None:
    """Columns parted by two spaces are parted on every row at the same place; a number's own
    spaces ("2 310 000") are not, and a total row may stop short of the last column."""
    raw = (
        "Programme                    Logts  Montant (€ HT)  État fin 2025\n"
        "Résidence des Saules           112       2 310 000  livrée\n"
        "Tour Brémontier                 64         980 000  chantier à 40 %\n"
        "Îlot du Marché                  18      12 450 000  études\n"
        "Total                          194      15 740 000\n"
    )
    assert [line for line in lines(clean(raw)) if line] == [
        "Programme | Logts | Montant (€ HT) | État fin 2025",
        "Résidence des Saules | 112 | 2 310 000 | livrée",
        "Tour Brémontier | 64 | 980 000 | chantier à 40 %",
        "Îlot du Marché | 18 | 12 450 000 | études",
        "Total | 194 | 15 740 000",
    ]


def test_a_rule_under_a_fixed_width_tables_first_row_makes_it_the_header() -> None:
    """As with wider gaps: a rule right under the first row says it names the columns."""
    raw = (
        "Programme            Logts  Montant (€ HT)  État\n"
        "-----------------------------------------------\n"
        "Résidence Saules       112       2 310 000  livrée\n"
        "Tour Brémontier         64         980 000  chantier\n"
    )
    assert [line for line in lines(clean(raw)) if line] == [
        "Programme | Logts | Montant (€ HT) | État",
        "|---|---|---|---|",
        "Résidence Saules | 112 | 2 310 000 | livrée",
        "Tour Brémontier | 64 | 980 000 | chantier",
    ]


def test_wrapped_prose_is_not_a_fixed_width_table() -> None:
    raw = (
        "Les travaux de la résidence ont commencé en mars.  Ils dureront\n"
        "dix-huit mois et les locataires resteront dans leur logement\n"
        "pendant le chantier, sauf pour les cages 3 et 4.\n"
    )
    assert "|" not in clean(raw)


def test_quotation_and_reply_markers_are_not_text() -> None:
    """A Markdown blockquote's or an e-mail reply's ">" goes; a comparison stays."""
    raw = ("Texte.\n\n> « Reloger, ce n'est pas vider un immeuble »\n\n>> Pouvez-vous ?\n\n"
           "> 65 ans : 37\n")
    assert [line for line in lines(clean(raw)) if line] == [
        "Texte.", "« Reloger, ce n'est pas vider un immeuble »", "Pouvez-vous ?", "> 65 ans : 37",
    ]  # fmt: skip


def test_a_rule_under_a_text_tables_first_row_makes_it_the_header() -> None:
    """Column names of any length are the header when a rule is drawn under them; a table
    without that rule gets no separator."""
    ruled = (
        "Situation au 31 janvier 2026                   Ménages\n"
        "------------------------------------------------------\n"
        "Relogés                                             67\n"
        "En attente d'une proposition                        16\n"
        "------------------------------------------------------\n"
        "Total                                              104\n"
    )
    cleaned = clean(ruled)
    assert [line for line in lines(cleaned) if line] == [
        "Situation au 31 janvier 2026 | Ménages", "|---|---|", "Relogés | 67",
        "En attente d'une proposition | 16", "Total | 104",
    ]  # fmt: skip
    assert clean(cleaned) == cleaned
    rows = [b for b in parse_blocks(cleaned) if b.kind == "row"]
    assert rows[-1].header == ("Situation au 31 janvier 2026", "Ménages")
    unruled = ruled.replace("-" * 54 + "\n", "")
    assert "|---|---|" not in clean(unruled)


# --- synthetic documents ----------------------------------------------------------------------

FAKE_PRESS_PAGE = """Menu

Connexion à votre espace
Identifiez-vous avec votre adresse e-mail professionnelle.

Mot de passe perdu ?

Créer un compte gratuit

Le tramway arrive enfin au Val-Fourré

Publié le 12/04/2022 • Par Jeanne Petit • dans : Mobilités

La ligne T9 desservira le quartier du Val-Fourré à partir de septembre, a annoncé la métropole jeudi.

Les riverains attendaient ce projet depuis plus de quinze ans. « C’est une victoire pour tout le quartier », se réjouit Amina Benali, présidente de l’amicale des locataires.

nos_villes_en_transition

Agrandir la photo
La station Clemenceau, en cours de construction. © Paul Girard

Le chantier a coûté 48 millions d'euros, financés pour moitié par la région.
Les travaux de voirie se poursuivront jusqu'en 2023.

Lire la suite de notre enquête...

Recevez notre newsletter

Publié le

Connexion à votre espace
Identifiez-vous avec votre adresse e-mail professionnelle.

Mot de passe perdu ?

Créer un compte gratuit

À la une de nos sites

Rubriques

Urbanisme

Logement

Transports

Culture

Partager

Commentaires

Le tramway arrive enfin au Val-Fourré

Votre adresse e-mail ne sera pas publiée.

Déposer une offre d'emploi

Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Accepter Refuser
"""

FAKE_PRESS_CONTENT = [
    "Le tramway arrive enfin au Val-Fourré",
    "Publié le 12/04/2022 • Par Jeanne Petit • dans : Mobilités",
    "La ligne T9 desservira le quartier du Val-Fourré à partir de septembre, a annoncé la "
    "métropole jeudi.",
    "Les riverains attendaient ce projet depuis plus de quinze ans.",
    "« C’est une victoire pour tout le quartier », se réjouit Amina Benali, présidente de "
    "l’amicale des locataires.",
    "La station Clemenceau, en cours de construction. © Paul Girard",
    "Le chantier a coûté 48 millions d'euros, financés pour moitié par la région.",
    "Les travaux de voirie se poursuivront jusqu'en 2023.",
]


def test_press_page_chrome_is_removed_and_content_kept() -> None:
    cleaned = clean(FAKE_PRESS_PAGE)
    assert_all_kept(cleaned, FAKE_PRESS_CONTENT)
    assert_none_left(
        cleaned,
        [
            "Menu",
            "Connexion à votre espace",
            "Identifiez-vous",
            "Mot de passe",
            "Créer un compte",
            "nos_villes_en_transition",
            "Agrandir la photo",
            "Lire la suite",
            "newsletter",
            "À la une de nos sites",
            "Rubriques",
            "Urbanisme",
            "Culture",
            "Partager",
            "Commentaires",
            "ne sera pas publiée",
            "offre d'emploi",
            "cookies",
        ],
    )
    assert lines(cleaned).count("Publié le") == 0
    assert cleaned.count("Le tramway arrive enfin au Val-Fourré") == 1
    assert cleaned.startswith("Le tramway arrive enfin au Val-Fourré\n\nPublié le 12/04/2022")


def test_english_web_chrome() -> None:
    raw = (
        "Skip to main content\n\nSign in\n\nForgot your password?\n\n"
        "Regeneration of the Northside estate is complete.\n\n"
        "Read more\n\nShare on Twitter\n\nBack to top\n\n"
        "We use cookies to improve your experience. By continuing to browse you accept them.\n\n"
        "© 2023 City News. All rights reserved."
    )
    assert clean(raw) == "Regeneration of the Northside estate is complete."


FAKE_WORD_EXPORT = """FICHE 4.2
AMELIORER LA TRANQUILLITE PUBLIQUE

\tPilier 3
\tEnjeu : Restaurer la confiance des habitants dans l’espace public



\tDiagnostic 

\t· [bookmark: _Toc512345]Des regroupements nocturnes sont signalés au pied des tours.
· Un sentiment d’insécurité a été exprimé lors des marches exploratoires.

\tActions\t
\t• Installer un éclairage renforcé sur la place centrale.
\t• [image: plan-eclairage.png]Recruter deux médiateurs de nuit.

\tCalendrier
\t2023-2025

\tPilote\tService prévention de la ville
\tBudget\t120 000 €\tVille\tEtat

\t[bookmark: _GoBack]4.3 RENFORCER LE LIEN ENTRE HABITANTS ET POLICE
"""


def test_word_export_is_flattened_without_losing_anything() -> None:
    cleaned = clean(FAKE_WORD_EXPORT)
    assert cleaned == (
        "FICHE 4.2\n"
        "AMELIORER LA TRANQUILLITE PUBLIQUE\n\n"
        "Pilier 3\n"
        "Enjeu : Restaurer la confiance des habitants dans l’espace public\n\n"
        "Diagnostic\n\n"
        "- Des regroupements nocturnes sont signalés au pied des tours.\n"
        "- Un sentiment d’insécurité a été exprimé lors des marches exploratoires.\n\n"
        "Actions\n"
        "- Installer un éclairage renforcé sur la place centrale.\n"
        "- Recruter deux médiateurs de nuit.\n\n"
        "Calendrier\n"
        "2023-2025\n\n"
        "Pilote : Service prévention de la ville\n"
        "Budget | 120 000 € | Ville | Etat\n\n"
        "4.3 RENFORCER LE LIEN ENTRE HABITANTS ET POLICE"
    )


FAKE_MISSION_SHEET = """

# Étude de peuplement de Villeneuve

Agglomération du Val

**Type de mission :** Diagnostic  

**Années :** 2019

**Composantes de la mission :**

■ ■ ■ ■\tConcertation
■ ■ ■ ■\tPlanification
■ ■ ■ ■\tGestion urbaine de proximité

## Contenu de la mission

- ► Analyse des attributions de logements sociaux ;
- ► Ateliers avec les bailleurs ;
→ Restitution aux élus.

●●●●●●

Sources : Observatoire du logement
"""


def test_mission_sheet_glyphs_and_emphasis() -> None:
    assert clean(FAKE_MISSION_SHEET) == (
        "# Étude de peuplement de Villeneuve\n\n"
        "Agglomération du Val\n\n"
        "Type de mission : Diagnostic\n\n"
        "Années : 2019\n\n"
        "Composantes de la mission :\n\n"
        "- Concertation\n"
        "- Planification\n"
        "- Gestion urbaine de proximité\n\n"
        "## Contenu de la mission\n\n"
        "- Analyse des attributions de logements sociaux ;\n"
        "- Ateliers avec les bailleurs ;\n"
        "- Restitution aux élus.\n\n"
        "Sources : Observatoire du logement"
    )


# --- paragraph rules ----------------------------------------------------------------------------


def test_repeated_block_goes_everywhere_but_a_repeated_paragraph_keeps_its_first() -> None:
    raw = (
        "Bandeau\nAbonnez la rédaction à vos alertes locales.\n\nOffre spéciale été 2024.\n\n"
        "Le conseil municipal a voté le budget.\n\n"
        "Le conseil municipal a voté le budget.\n\n"
        "Bandeau\nAbonnez la rédaction à vos alertes locales.\n\nOffre spéciale été 2024."
    )
    assert clean(raw) == "Le conseil municipal a voté le budget."


def test_repeated_headings_list_items_and_field_blocks_are_kept() -> None:
    raw = (
        "## Calendrier\n\nPremière phase en 2021.\n\n"
        "## Calendrier\n\nSeconde phase en 2024.\n\n"
        "- Concertation\n- Planification\n\nAutre fiche.\n\n- Concertation\n- Planification"
    )
    assert clean(raw) == raw
    # A repeated "Label : value" block is structure, not chrome (rule a); the repeated field
    # itself is still a repeated paragraph (rule b).
    fields = "Pilote : Ville\n\n- Concertation\n\nAutre fiche.\n\nPilote : Ville\n\n- Concertation"
    assert clean(fields) == "Pilote : Ville\n\n- Concertation\n\nAutre fiche.\n\n- Concertation"


def test_menu_cluster_needs_four_short_lines() -> None:
    three = (
        "Le projet avance bien.\n\nContexte\n\nObjectifs\n\nMoyens\n\nLa suite au prochain numéro."
    )
    assert clean(three) == three
    four = (
        "Le projet avance bien.\n\nContexte\n\nObjectifs\n\nMoyens\n\nPartenaires\n\n"
        "La suite au prochain numéro."
    )
    assert clean(four) == "Le projet avance bien.\n\nLa suite au prochain numéro."


def test_short_lines_that_are_fields_lists_or_numbers_are_not_a_menu() -> None:
    raw = (
        "Années : 2012\n\nSite : Bondy\n\nClient : ANRU\n\nMontant : 12 M€\n\n"
        "- Concertation\n\n- Planification\n\n- Capitalisation\n\n- Etudes urbaines\n\n"
        "Phase 1\n\nPhase 2\n\nPhase 3\n\nPhase 4"
    )
    assert clean(raw) == raw


@pytest.mark.parametrize(
    "line",
    [
        "- Développer l'accès aux offres d'emploi du bassin de vie",
        "S'inscrire dans la dynamique du NPNRU",
        "Consulter le dossier de candidature auprès de la mairie.",
        "Se connecter au réseau de chaleur urbain en 2026.",
        "Accueil des nouveaux habitants",
        "La suite de l'article 12 de la convention précise les financements.",
        "Publié le 3 mars 2021",
        # Prose that mentions cookies, newsletters or passwords is content.
        "Le centre social a organisé un atelier cookies et gâteaux avec les enfants du quartier.",
        "Le script lit document.cookie pour retrouver la langue choisie par l'habitant.",
        "La newsletter du conseil citoyen paraît chaque mois depuis 2019.",
        "Le mot de passe du wifi de la Maison du projet est affiché à l'accueil.",
        # A table row is no share bar.
        "Partager les constats : réunion publique | atelier | 12 mars 2026",
    ],
)
def test_content_that_resembles_chrome_is_kept(line: str) -> None:
    assert clean(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "Ce site utilise des cookies pour mesurer l'audience et améliorer votre expérience.",
        "En cliquant sur Accepter, vous consentez au dépôt de cookies.",
        "Gérer mes cookies",
        "We use cookies to improve your experience.",
        "Inscrivez-vous à notre newsletter",
        "Recevez la newsletter",
        "Mot de passe oublié ?",
        "Saisissez votre identifiant et votre mot de passe",
        # share bars, whatever they list after the networks
        "Partager : Facebook · X · WhatsApp · Copier le lien",
        "Partager : LinkedIn · Facebook · Courriel · Télécharger le communiqué (PDF, 412 Ko)",
        "Share: Facebook | LinkedIn | E-mail",
    ],
)
def test_consent_sign_up_and_login_lines_are_chrome(line: str) -> None:
    assert clean(f"Le quartier change.\n\n{line}\n\nLa tour tombe.") == (
        "Le quartier change.\n\nLa tour tombe."
    )


def test_single_word_list_items_are_kept() -> None:
    raw = "Composantes :\n- Recherche\n- Accueil\n- Menu"
    assert clean(raw) == raw


# --- boilerplate across documents -------------------------------------------------------------


def _site_page(title: str, body: str) -> str:
    return (
        f"# {title}\n\nSuivez-nous sur les réseaux\n\nType de mission : Étude\n\n"
        f"- Concertation\n- Planification\n\nEnjeux de la mission\n\n{body}\n\n"
        "Une publication du réseau des villes"
    )


PAGES = [
    _site_page(
        "Bondy",
        "Le quartier Nord a été entièrement réhabilité entre 2010 et 2018 avec les habitants.",
    ),
    _site_page(
        "Sevran",
        "La rénovation des Beaudottes a permis de diversifier l'offre de logements du site.",
    ),
    _site_page(
        "Grigny", "La copropriété de Grigny 2 fait l'objet d'une opération de requalification."
    ),
]


def test_find_boilerplate_keeps_template_structure() -> None:
    boilerplate = find_boilerplate(PAGES, min_docs=3)
    assert boilerplate == frozenset(
        {"suivez-nous sur les réseaux", "une publication du réseau des villes"}
    )
    assert find_boilerplate(PAGES[:2], min_docs=3) == frozenset()


def test_clean_removes_boilerplate_found_across_documents() -> None:
    boilerplate = find_boilerplate(PAGES)
    cleaned = clean(PAGES[0], boilerplate=boilerplate)
    assert cleaned == (
        "# Bondy\n\nType de mission : Étude\n\n- Concertation\n- Planification\n\n"
        "Enjeux de la mission\n\n"
        "Le quartier Nord a été entièrement réhabilité entre 2010 et 2018 avec les habitants."
    )
    assert clean(cleaned, boilerplate=boilerplate) == cleaned


def test_boilerplate_keys_match_raw_and_cleaned_text() -> None:
    raw_pages = [page.replace("Suivez-nous", "**Suivez-nous**") for page in PAGES]
    boilerplate = find_boilerplate(raw_pages)
    assert "suivez-nous sur les réseaux" in boilerplate
    assert "Suivez-nous" not in clean(PAGES[1], boilerplate=boilerplate)


# --- idempotency --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw", [FAKE_PRESS_PAGE, FAKE_WORD_EXPORT, FAKE_MISSION_SHEET, *PAGES], ids=str.__len__
)
def test_clean_is_idempotent_on_synthetic_documents(raw: str) -> None:
    once = clean(raw)
    assert clean(once) == once


# --- the shipped corpus -------------------------------------------------------------------------

FORBIDDEN = [
    "M'inscrire",
    "Mot de passe",
    "cookies",
    "offres d'emploi",
    "[bookmark",
    "█",
    "■",
    "▶",
    "Agrandir l",
    "courrier_des_maires",
    "Lire la suite",
]

KEPT: dict[str, list[str]] = {
    "article-gazette-valenciennes-pilotage-atypique.txt": [
        "Expérience locale – Valenciennes métropole : A projet atypique, pilotage atypique",
        "Publié le 01/03/2009 • Par Delphine Gerbeau • dans : Dossiers d'actualité",
        "L'enjeu : Mener des projets de rénovation urbaine sur des quartiers d'habitat atypique, "
        "constitués de maisons de mineurs, de petits immeubles intégrés dans les villes, avec des "
        "moyens financiers restreints.",
        "La solution : Valenciennes métropole assure le portage de projet et met ses services "
        "d'ingénierie à la disposition des communes qui en ont besoin.",
        "Au premier abord, on comprend mal ce que vient faire l'Anru à Beuvrages ou à Anzin, "
        "cités minières de Valenciennes métropole.",
        "Besoins d'appui",
        "Ainsi, à Beuvrages, il fallait traiter 172 logements miniers insalubres.",
        "Sur chaque site, un comité de pilotage se réunit toutes les six semaines, coprésidé par "
        "l'élu communautaire et le maire.",
        "Tous les acteurs sont présents lors de ces réunions et des décisions concrètes sont "
        "prises.",
        "En tout, 1 400 logements seront détruits et 1 265 reconstruits sur différents sites.",
        "Finalement, nous ne reconstruisons pas selon la règle du « un pour un » » conclut David "
        "Hugoo, directeur de projet renouvellement urbain.",
    ],
    "article-anru-partenaires-a-tous-les-etages.txt": [
        "Le premier conseil d'administration de l'ANRU s'est tenu le 7 juin 2004 à l'Assemblée "
        "nationale, dans le salon Mars III, sous la présidence de Jean-Paul Alduy.",
        "© Kevin Manach",
        "L'ANRU, des partenaires à tous les étages",
        "Vu dans en villes, le mag de l'anru",
        "« Le partenariat, c'est dans notre ADN !",
        "Le NPNRU encourage aussi la participation active des habitants",
        "Action Logement finance 72 % des allocations du Nouveau Programme National de "
        "Renouvellement Urbain, au travers de l'ANRU.",
        "L'info en plus",
        "Tout cela vise à enrichir les pratiques de nos équipes et faire de nos quartiers en "
        "renouvellement urbain des quartiers plus résilients.",
        "Laïla Haddag, cheffe de projet coopération internationale à l'ANRU.",
    ],
    "fiche-action-contrat-de-ville-gestion-quartiers.txt": [
        "FICHE 2.1.5",
        "SE DONNER LES MOYENS D'UNE GESTION ADAPTEE AUX QUARTIERS",
        "Enjeu : Mettre en place des politiques efficientes de gestion des quartiers prioritaires",
        "- Une mise en œuvre progressive, portée par Tour(s)plus, en lien avec les villes, les "
        "bailleurs et l'Etat, dans une approche souple et adaptée aux territoires.",
        "- Renforcer la présence humaine et la médiation sur l'espace public.",
        "- Mettre en place des Maisons de projets sur les quartiers bénéficiant du NPRU",
        "- Pérenniser les investissements",
        "A l'échelle de chaque quartier",
        "Tour(s)plus en lien étroit avec les villes, les bailleurs et l'Etat",
        "Au fil de l'eau",
        "Nombre d'outils développés et utilisés (tableau de bord, agora…)",
        "2.1.6 FAVORISER L'IMPLICATION DES HABITANTS DANS L'AMELIORATION DE LEUR CADRE DE VIE",
        "Contrat de ville\nFiche orientation opérationnelle",
    ],
    "fiche-mission-point-etape-cloture-bagneux.txt": [
        "# Point d'Etape de clôture de Bagneux",
        "Type de mission : Capitalisation",
        "Site : Bagneux (38 495 habitants)\nquartier des Tertres et des Couverons",
        "Montant du projet : 157 M€",
        "Composantes de la mission :",
        "- Conseil stratégique",
        "- Insertion par l'act. économique",
        "- Capitalisation",
        "## Enjeux de la mission",
        "Deux enjeux majeurs demeurent aujourd'hui ;achever la mutation du secteur en élargissant "
        "le regard urbain, pérenniser les acquis à travers un projet de développement local.",
        "- Réalisation d'entretiens avec les personnes clés identifiées (~50) ;",
        "- Retour d'expérience des bonnes pratiques auprès de l'ANRU.",
        "Sources : Localisation des quartiers Cuverons et Tertres de Bagneux, Rapport du Point "
        "d'étape de Bagneux",
    ],
    "fiche-mission-point-etape-psl-antony.txt": [
        "Point d'Etape et Plan Stratégique Local d'Antony",
        "Enjeux de la mission",
        "Ville de 61000 habitants, Antony bénéficie d'une forte attractivité résidentielle.",
        "- Développer la formation, l'insertion et l'emploi (pour répondre à la précarité "
        "croissante d'une partie de la population)",
        "Montant du projet : 167 millions € TTC",
        "Programme : 144 démolitions, 351 constructions, 2102 résidentialisations.",
        "- Gestion urbaine de proximité",
        "Contenu de la mission",
        "- Restitution élargie des résultats ;",
        "- Retour d'expérience des bonnes pratiques auprès de l'ANRU.",
        "Sources : Plan masse, agence RDE",
    ],
}

ACTION_SHEET_HEADINGS = [
    "Contexte",
    "Objectifs et dynamiques",
    "Réalisations attendues",
    "Effets attendus",
    "Echelle Territoriale",
    "Animateur",
    "Partenaires mobilisables (dont habitants)",
    "Financements mobilisables",
    "Calendrier",
    "indicateurs de réalisation",
    "Indicateurs d’effets",
]


def _corpus_file(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def test_the_corpus_fixtures_are_all_covered() -> None:
    assert sorted(p.name for p in CORPUS.glob("*.txt")) == sorted(KEPT)


@pytest.mark.parametrize("name", sorted(KEPT))
def test_corpus_file_loses_its_chrome(name: str) -> None:
    assert_none_left(clean(_corpus_file(name)), FORBIDDEN)


@pytest.mark.parametrize("name", sorted(KEPT))
def test_corpus_file_keeps_its_content(name: str) -> None:
    cleaned = clean(_corpus_file(name))
    haystack = norm(cleaned)
    missing = [s for s in KEPT[name] if norm(s) not in haystack]
    assert not missing, f"lost content: {missing}"
    # multi-line expectations keep their line structure
    for expected in KEPT[name]:
        if "\n" in expected:
            assert expected.replace("\u2019", "'") in cleaned.replace("\u2019", "'")


@pytest.mark.parametrize("name", sorted(KEPT))
def test_clean_is_idempotent_on_the_corpus(name: str) -> None:
    once = clean(_corpus_file(name))
    assert clean(once) == once


def test_gazette_keeps_its_title_once_and_drops_the_comment_area() -> None:
    cleaned = clean(_corpus_file("article-gazette-valenciennes-pilotage-atypique.txt"))
    title = "Expérience locale – Valenciennes métropole : A projet atypique, pilotage atypique"
    assert cleaned.startswith(title + "\n\n")
    assert cleaned.count(title) == 1
    assert_none_left(
        cleaned,
        ["Fermer", "Menu", "Commentaires", "Votre e-mail", "Prépa concours", "clubs experts"],
    )
    assert cleaned.endswith("conclut David Hugoo, directeur de projet renouvellement urbain.")


def test_anru_article_drops_its_teasers() -> None:
    cleaned = clean(_corpus_file("article-anru-partenaires-a-tous-les-etages.txt"))
    assert_none_left(
        cleaned, ["suite de l'article", "Lire notre dossier", "Découvrir les autres articles"]
    )
    assert "Publié le" not in lines(cleaned)


def test_action_sheet_keeps_its_headings_as_lines() -> None:
    cleaned = clean(_corpus_file("fiche-action-contrat-de-ville-gestion-quartiers.txt"))
    found = [line.replace("\u2019", "'") for line in lines(cleaned)]
    for heading in ACTION_SHEET_HEADINGS:
        assert heading.replace("\u2019", "'") in found, heading
    assert "\t" not in cleaned and "·" not in cleaned


def test_mission_sheets_keep_all_twelve_components() -> None:
    for name in (
        "fiche-mission-point-etape-cloture-bagneux.txt",
        "fiche-mission-point-etape-psl-antony.txt",
    ):
        cleaned = clean(_corpus_file(name))
        start = cleaned.index("Composantes de la mission :")
        block = cleaned[start:].split("\n\n")[1]
        assert len(block.split("\n")) == 12
        assert all(line.startswith("- ") for line in block.split("\n"))
        assert "**" not in cleaned


def test_corpus_boilerplate_search_keeps_mission_structure() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    boilerplate = find_boilerplate(texts, min_docs=2)
    assert "composantes de la mission :" not in boilerplate
    assert "- conseil stratégique" not in boilerplate
    assert "enjeux de la mission" not in boilerplate
    assert "contenu de la mission" not in boilerplate


def test_pdf_ligatures_are_spelled_out_and_words_cut_at_a_line_end_joined_again():
    text = ("La convention prévoit la réhabili-\ntation de 640 logements, dont la réhabilitation "
            "thermique.\nLe vice-\nprésident signe ; le vice-président préside.\nLe ﬁnancement "
            "de l'ANRU et le ﬂux des relogements.")  # fmt: skip
    cleaned = clean(text)
    assert "la réhabilitation\nde 640 logements" in cleaned
    assert "Le vice-\nprésident signe" in cleaned  # a compound cut at its own hyphen stays
    assert "Le financement de l'ANRU et le flux des relogements." in cleaned
    assert clean(cleaned) == cleaned
    # Without the whole word elsewhere in the document, nothing is guessed.
    assert clean("la démo-\nlition de 312 logements.") == "la démo-\nlition de 312 logements."
    # A hostile 200,000-letter word beside a cut one: still joined, in linear time.
    long = "x" * 200_000
    assert "la réhabilitation\nde" in clean(f"{long} la réhabili-\ntation de, réhabilitation.")


def test_an_interviews_bold_questions_become_headings() -> None:
    """Bold paragraphs between plain ones, some of them questions, are an interview's questions:
    they become headings (a restated point too). One bold lead paragraph does not make an
    interview."""
    interview = (
        "**Où en sont les démolitions ?**\n\nLe bâtiment Charmes a disparu.\n\n"
        "**L'opposition vous reproche de décider seule.**\n\nDouze ateliers ont eu lieu.\n\n"
        "**Quand le projet sera-t-il achevé ?**\n\nLa convention court jusqu'en 2029.\n"
    )
    cleaned = clean(interview)
    assert cleaned.splitlines()[0] == "### Où en sont les démolitions ?"
    assert "### L'opposition vous reproche de décider seule." in cleaned.splitlines()
    assert clean(cleaned) == cleaned
    lead = "**Un an après la démolition, le square est livré.**\n\nLe square a coûté 690 000 €.\n"
    assert clean(lead).splitlines()[0] == "Un an après la démolition, le square est livré."
