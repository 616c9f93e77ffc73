#!/usr/bin/env python3
"""Generate the five probe21 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Gaillaguès (Tarn, Occitanie), quartier prioritaire de la Cabrière (agglomeration:
        Gaillaguès Agout Agglomération; social landlords Agout Habitat, an OPH, and Orvéane
        Habitat, a national ESH; buildings named after the winds of Languedoc: tour Autan,
        barre Cers, résidences Marin and Tramontane; centre commercial de la Cabrière, place du
        Pastel, avenue du Sidobre, rue des Tisserands)
    - fiche-mission-restructuration-centre-commercial-cabriere-gaillagues.docx
        (consultancy mission sheet of Boussole Commerce & Ville for the restructuring of the
        neighbourhood's shopping centre: labelled fields (client, contact, site, object,
        procedure, notification, duration, amount with an optional tranche, funding shares, team
        with an unnamed subcontracted firm of surveyors, renewal convention), context (14 units,
        ownership, vacancy at the end of 2024, the convention's operation), four expectations
        with a lead-in, four phases, a price table by phase (period, days, amount) with a total
        row and the optional tranche after it, the team as a list with a lead-in, progress at
        15 January 2026 (household survey, three scenarios and a comparison table, the scenario
        chosen by the steering committee of 4 December 2025, the programme, transfers of the
        shops, four of six private units bought, two still to buy), points of attention)
    - article-courrier-de-l-agout-cabriere-tour-autan-derniers-mois.html
        (local weekly's web article of 14 October 2025 on the last months of the tour Autan
        before its demolition, inside an <article> with a cookie banner, navigation, breadcrumb,
        a "Repères" box (the convention's figures and the barre Cers only there), a "most read"
        sidebar, a newsletter box, "À lire aussi" links and a footer; rehousing figures at
        30 September 2025; the demolition contractor is unnamed)
Town 2: Valcerny-sur-Vologne (Vosges, Grand Est), quartier prioritaire des Hautes-Chaumes
        (agglomeration: Vologne Hautes-Vosges Agglomération; social landlords Vologne Habitat,
        an OPH, and Orvéane Habitat; buildings named after Vosges summits and passes: barre
        Rossberg, tour Hohneck, résidences Donon and Schlucht; école élémentaire des Myrtilles,
        place des Myrtilles, zone industrielle du Pré-Mougin)
    - fiche-action-2-3-1-mobilite-vers-l-emploi-hautes-chaumes-valcerny.pdf
        (contract-of-city action sheet on mobility towards employment, adopted on 17 March
        2025: labelled form, findings (unemployment rate, households without a car, job seekers
        without a licence, early shifts of the industrial zone), four objectives with a
        lead-in, five numbered actions, a funding table by funder for 2025, 2026 and 2027 with a
        total column and a total row (the two landlords on one line, the agglomeration's line
        covering two things, neither broken down), an indicator table (2024 baseline, 2026 and
        2028 targets), a timetable, follow-up with an unnamed prefect's delegate and an unnamed
        prefect)
    - compte-rendu-copil-renouvellement-urbain-hautes-chaumes-valcerny-2025-12-09.md
        (minutes of the renewal project's steering committee, with YAML front matter: chair,
        attendees as a list with a lead-in (the DDT representative unnamed), a table of the
        operations (owner, cost, state at 30 November 2025), a rehousing table of the barre
        Rossberg (count and share) with a total row, integration hours, a draft amendment on the
        îlot Schlucht whose cost is given only as a whole, four numbered decisions with a
        lead-in, next meeting)
Both towns:
    - orveane-habitat-point-etape-rehabilitations-marin-donon-cabriere-hautes-chaumes.txt
        (press release of the landlord present in both neighbourhoods on the thermal renovation
        of its résidences Marin (Gaillaguès) and Donon (Valcerny-sur-Vologne), at 31 December
        2025: progress of both worksites, rents and charges, the tenants' vote at Donon, a
        comparison table by residence (homes, year, cost, cost per home, labels before and
        targeted, end of works, rent rise), a financing table by funder and residence with a
        total row, four priorities for 2026 with a lead-in)

The documents overlap on purpose: both towns signed a renewal convention in the summer of 2024
(27 June in town 1, 54,2 M€; 11 July in town 2, 49,6 M€) with ANRU subsidies of close amounts,
have a block of their OPH to demolish with households rehoused, a residence of Orvéane Habitat
under renovation, close population figures. Some figures are given for one town only (the
vacant shop units in town 1; the unemployment rate, the integration hours of the project and the
share of ANRU subsidies committed in town 2), some only as planned (the energy labels after the
works, the purchase of the last two private units, the 2026 and 2028 indicator targets), some
only as a whole (the two landlords' contribution to the mobility action, the cost of the îlot
Schlucht amendment) and some roles are never named (the subcontracted surveyors, the demolition
contractor, the DDT representative, the prefect's delegate, the prefect of the Vosges).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe21.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe21/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe21.jsonl")
QID_PREFIX = "q21"

FN_DOCX = "fiche-mission-restructuration-centre-commercial-cabriere-gaillagues.docx"
FN_PDF = "fiche-action-2-3-1-mobilite-vers-l-emploi-hautes-chaumes-valcerny.pdf"
FN_HTML = "article-courrier-de-l-agout-cabriere-tour-autan-derniers-mois.html"
FN_MD = "compte-rendu-copil-renouvellement-urbain-hautes-chaumes-valcerny-2025-12-09.md"
FN_TXT = "orveane-habitat-point-etape-rehabilitations-marin-donon-cabriere-hautes-chaumes.txt"

ZIP_DT = (2026, 1, 15, 11, 40, 0)
DOCX_DATE = "2026-01-15T11:40:00Z"
PDF_DATE = "D:20250324103000+01'00'"

# PDF colours: slate blue accent, pale blue-grey label cells.
THEME_SLATE = ((0.22, 0.29, 0.45), (0.90, 0.92, 0.96))


# ---------------------------------------------------------------------------
# 1. Consultancy mission sheet, shopping-centre restructuring: DOCX (town 1)
# ---------------------------------------------------------------------------
DX_COMPANY = "Boussole Commerce & Ville"
DX_DOC_KIND = "Fiche mission"
DX_HEADER = ("Boussole Commerce & Ville – programmation commerciale et immobilier de quartier – "
             "fiche mission n° 2025-04")
DX_FOOTER = ("Boussole Commerce & Ville – 18, allées Jean-Jaurès – Toulouse – fiche mise à jour "
             "le 15 janvier 2026")
DX_KICKER = "Boussole Commerce & Ville – Fiche mission"
DX_TITLE = ("Restructuration du centre commercial de la Cabrière et programmation des "
            "rez-de-chaussée commerciaux")
DX_SUBTITLE = ("Gaillaguès (Tarn) – projet de renouvellement urbain de la Cabrière – fiche mise "
               "à jour le 15 janvier 2026")
DX_KEYWORDS = ("commerce de proximité; centre commercial; renouvellement urbain; Cabrière; "
               "Gaillaguès; programmation; copropriété commerciale")
DX_FIELDS = [
    ("Maître d'ouvrage", "Gaillaguès Agout Agglomération"),
    ("Interlocutrice", "Émilie Cabanes, cheffe de projet renouvellement urbain de Gaillaguès "
                       "Agout Agglomération"),
    ("Site", "Gaillaguès (28 600 habitants), quartier prioritaire de la Cabrière (3 940 "
             "habitants)"),
    ("Objet", "Étude de restructuration du centre commercial de la Cabrière (14 cellules, "
              "2 350 m²) et assistance à maîtrise d'ouvrage pour la commercialisation des "
              "nouveaux locaux"),
    ("Procédure", "Marché à procédure adaptée ; six offres reçues"),
    ("Notification", "3 mars 2025"),
    ("Durée", "Tranche ferme de 22 mois, de mars 2025 à décembre 2026"),
    ("Montant", "94 500 € HT pour la tranche ferme, auquel s'ajoute une tranche optionnelle de "
                "13 500 € HT (accompagnement de l'ouverture des nouveaux commerces pendant un "
                "an)"),
    ("Financement de la mission", "ANRU 50 %, Banque des Territoires 25 %, Gaillaguès Agout "
                                  "Agglomération 25 %"),
    ("Équipe", "Camille Rouquette (directrice de projet, urbaniste spécialiste du commerce), "
               "Yanis Belhadj (chargé d'études), Agathe Solomiac (économiste de l'immobilier), "
               "avec un cabinet de géomètres-experts sous-traitant"),
    ("Projet", "Convention pluriannuelle de renouvellement urbain de la Cabrière signée le "
               "27 juin 2024, 54,2 M€ TTC, opérations de 2024 à 2031"),
]
DAY_RATE = 750
# Phase, period, days (the optional tranche apart)
DX_PHASES = [("1 – Diagnostic", "Mars – juillet 2025", 34),
             ("2 – Scénarios", "Septembre – décembre 2025", 28),
             ("3 – Programme et montage", "Janvier – juin 2026", 36),
             ("4 – Commercialisation", "Juillet – décembre 2026", 28)]
DX_OPTION = ("Tranche optionnelle – accompagnement de l'ouverture", "Avril 2028 – mars 2029", 18)
DX_SCENARIOS = [("A – Rénovation du centre existant", "2,6", "10", "1 900 m²", "2027"),
                ("B – Démolition et locaux neufs en pied d'immeuble, place du Pastel", "3,9",
                 "7", "1 450 m²", "2028"),
                ("C – Halle couverte et locaux neufs sur le parking de la tour Autan", "4,4", "5",
                 "1 200 m²", "2029")]


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
    return ([["Scénario", "Coût estimé (M€ TTC)", "Locaux", "Surface commerciale", "Livraison"]]
            + [list(s) for s in DX_SCENARIOS])


def _check_docx():
    assert [p[2] * DAY_RATE for p in DX_PHASES] == [25500, 21000, 27000, 21000]
    assert sum(p[2] for p in DX_PHASES) == 126 and 126 * DAY_RATE == 94500
    assert DX_OPTION[2] * DAY_RATE == 13500
    assert 860 + 450 == 1310 and 6 + 2 + 6 == 14 and 8 + 6 == 14
    assert 4 + 2 == 6


DX_TABLES = {"prix": dx_price_rows(), "scenarios": dx_scenario_rows()}
DX_WIDTHS = {"prix": [3900, 2600, 900, 2200], "scenarios": [4000, 1500, 1000, 1600, 1500]}
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "La Cabrière, au nord-ouest de Gaillaguès, compte 1 580 logements, dont 1 310 logements "
          "sociaux appartenant à l'office Agout Habitat (860 logements) et à l'entreprise sociale "
          "pour l'habitat Orvéane Habitat (450 logements). Le centre commercial de la Cabrière, "
          "construit en 1974 au pied de la tour Autan, réunit 14 cellules sur 2 350 m² autour "
          "d'une galerie couverte."),
    ("p", "Le centre est une copropriété : Agout Habitat y possède 6 cellules, Gaillaguès Agout "
          "Agglomération 2 cellules, achetées en 2022, et six propriétaires privés une cellule "
          "chacun."),
    ("p", "Le déclin est rapide : 8 cellules sur 14 étaient vacantes fin 2024, contre 3 en 2016. "
          "Les six commerces encore ouverts sont une supérette, une boulangerie, une pharmacie, "
          "un tabac-presse, un salon de coiffure et un snack. La galerie, fermée à 19 heures, "
          "concentre les plaintes pour regroupements et dégradations."),
    ("p", "La convention de renouvellement urbain prévoit de démolir le centre et de reconstituer "
          "une offre commerciale en rez-de-chaussée, place du Pastel. Le coût de l'opération est "
          "estimé à 3,9 M€ TTC, dont 1,1 M€ de subventions de l'ANRU. La démolition de la tour "
          "Autan, qui commence en mars 2026, libère le foncier nécessaire."),
    ("h1", "2. Attentes de l'Agglomération"),
    ("p", "L'Agglomération attend de la mission :"),
    ("li", "un diagnostic de la demande fondé sur une enquête auprès des habitants et des "
           "commerçants ;"),
    ("li", "un programme commercial réaliste, dimensionné à la zone de chalandise réelle du "
           "quartier ;"),
    ("li", "un montage juridique et financier pour le transfert des commerces existants et "
           "l'acquisition des cellules privées ;"),
    ("li", "une stratégie de commercialisation des nouveaux locaux, avec des loyers adaptés aux "
           "petits commerçants indépendants."),
    ("h1", "3. Déroulement de la mission"),
    ("p", "Phase 1 – Diagnostic (mars à juillet 2025). Enquête auprès des ménages du quartier, "
          "entretiens avec les commerçants et les propriétaires, comptages de fréquentation, "
          "analyse de la concurrence dans un rayon de dix minutes en voiture."),
    ("p", "Phase 2 – Scénarios (septembre à décembre 2025). Trois scénarios de restructuration, "
          "bilan financier de chacun, présentation au comité de pilotage."),
    ("p", "Phase 3 – Programme et montage (janvier à juin 2026). Programme détaillé des locaux, "
          "choix du gestionnaire, protocole de transfert des commerces, acquisition des "
          "dernières cellules privées."),
    ("p", "Phase 4 – Commercialisation (juillet à décembre 2026). Recherche de preneurs pour les "
          "locaux libres, négociation des baux, accompagnement des commerçants transférés."),
    ("h1", "4. Décomposition du prix"),
    ("table", "prix"),
    ("note", "Prix de journée moyen : 750 € HT. La tranche optionnelle n'est pas comprise dans le "
             "total de la tranche ferme."),
    ("h1", "5. Équipe"),
    ("p", "L'équipe mobilisée par Boussole Commerce & Ville est la suivante :"),
    ("li", "Camille Rouquette, directrice de projet, urbaniste spécialiste du commerce, "
           "interlocutrice de l'Agglomération, présente à chaque comité de pilotage ;"),
    ("li", "Yanis Belhadj, chargé d'études, responsable de l'enquête auprès des ménages et des "
           "comptages de fréquentation ;"),
    ("li", "Agathe Solomiac, économiste de l'immobilier, chargée des bilans financiers et du "
           "montage de l'opération ;"),
    ("li", "un cabinet de géomètres-experts, sous-traitant, chargé de l'état descriptif de "
           "division de la future copropriété commerciale."),
    ("h1", "6. Avancement au 15 janvier 2026"),
    ("p", "Les phases 1 et 2 sont achevées. L'enquête, menée en mai et juin 2025, a recueilli les "
          "réponses de 412 ménages, soit plus d'un ménage sur quatre. Elle montre que 71 % des "
          "ménages font l'essentiel de leurs courses hors du quartier, principalement à "
          "l'hypermarché de la route d'Albi, mais que 64 % fréquenteraient une supérette rénovée "
          "et mieux approvisionnée. La zone de chalandise du futur pôle commercial est estimée à "
          "7 800 habitants, quartiers voisins compris."),
    ("p", "Trois scénarios ont été comparés :"),
    ("table", "scenarios"),
    ("note", "Le scénario A ne règle ni la question de la galerie couverte ni celle de la "
             "copropriété."),
    ("p", "Le comité de pilotage du 4 décembre 2025, présidé par Pascale Vidalenc, "
          "vice-présidente de Gaillaguès Agout Agglomération chargée de la politique de la ville, "
          "a retenu le scénario B, qui tient dans l'enveloppe inscrite dans la convention et "
          "supprime la galerie couverte."),
    ("p", "Le programme en cours d'élaboration prévoit sept locaux, d'une surface totale de "
          "1 450 m², au rez-de-chaussée de deux immeubles neufs d'Orvéane Habitat : une supérette "
          "de 600 m², une boulangerie, une pharmacie, un tabac-presse, un cabinet médical et deux "
          "locaux réservés à des activités de services. Les loyers de lancement seront fixés à "
          "110 € HT par mètre carré et par an, soit environ 40 % de moins qu'en centre-ville."),
    ("p", "Quatre des six commerçants en activité, dont la supérette et la pharmacie, ont signé "
          "une lettre d'intention de transfert dans les nouveaux locaux. Les négociations se "
          "poursuivent avec le salon de coiffure et le snack."),
    ("p", "Sur les six cellules privées, quatre ont été acquises à l'amiable par l'Agglomération, "
          "pour un total de 312 000 €. Les deux dernières font l'objet de négociations ; à défaut "
          "d'accord avant l'été 2026, l'Agglomération engagera une procédure d'expropriation."),
    ("p", "Les nouveaux locaux doivent ouvrir au printemps 2028. Le centre commercial actuel sera "
          "démoli à l'automne 2028, après le transfert des commerces."),
    ("h1", "7. Points de vigilance"),
    ("li", "Le calendrier dépend de la démolition de la tour Autan : tout retard décale d'autant "
           "la construction des deux immeubles de la place du Pastel."),
    ("li", "L'enveloppe de 3,9 M€ TTC ne comprend pas l'indemnisation des commerçants qui "
           "refuseraient le transfert, estimée à 180 000 €."),
    ("li", "La gestion des locaux neufs doit être confiée à un gestionnaire unique : le choix "
           "entre Orvéane Habitat et une foncière commerciale doit intervenir avant la fin de la "
           "phase 3."),
]


# ---------------------------------------------------------------------------
# 2. Contract-of-city action sheet on mobility towards employment: PDF (town 2)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Contrat de ville « Quartiers 2030 » – Vologne Hautes-Vosges Agglomération"
PD_HEADER_RIGHT = "FICHE ACTION N° 2.3.1"
PD_FOOTER = ("Vologne Hautes-Vosges Agglomération – service emploi et insertion – fiche adoptée "
             "par le comité de pilotage du contrat de ville du 17 mars 2025")
PD_AUTHOR = "Vologne Hautes-Vosges Agglomération – service emploi et insertion"
PD_CREATOR = "Vologne Hautes-Vosges Agglomération"
PD_SUBJECT = ("Fiche action n° 2.3.1 du contrat de ville – mobilité vers l'emploi aux "
              "Hautes-Chaumes")
PD_KICKER = "CONTRAT DE VILLE « QUARTIERS 2030 » – VOLOGNE HAUTES-VOSGES AGGLOMÉRATION"
PD_TITLE = "Fiche action n° 2.3.1 – Mobilité vers l'emploi aux Hautes-Chaumes"
PD_SUBTITLE = ("Pilier Emploi et développement économique – version adoptée par le comité de "
               "pilotage du 17 mars 2025")
PD_FORM = [
    ("Pilier", "Emploi et développement économique"),
    ("Axe", "Lever les freins périphériques à l'emploi"),
    ("Quartier", "Les Hautes-Chaumes (Valcerny-sur-Vologne)"),
    ("Pilote", "Vologne Hautes-Vosges Agglomération, service emploi et insertion"),
    ("Référent", "Damien Thiriet, chargé de mission emploi et insertion"),
    ("Opérateurs", "Association Mobil'Vologne (garage solidaire, location de véhicules, conseil "
                   "en mobilité) ; auto-école sociale « Le Volant Partagé » ; mission locale des "
                   "Hautes-Vosges"),
    ("Partenaires", "France Travail, Région Grand Est, Département des Vosges, Orvéane Habitat, "
                    "Vologne Habitat, centre social des Hautes-Chaumes, entreprises de la zone "
                    "industrielle du Pré-Mougin"),
    ("Durée", "2025-2027"),
    ("Coût total 2025-2027", "466 000 € en fonctionnement"),
]
PD_FUNDERS = [("État – crédits de la politique de la ville", 24000, 26000, 26000),
              ("Région Grand Est", 30000, 35000, 35000),
              ("Département des Vosges", 20000, 20000, 20000),
              ("Vologne Hautes-Vosges Agglomération", 45000, 52000, 52000),
              ("France Travail", 15000, 18000, 18000),
              ("Orvéane Habitat et Vologne Habitat (abattement TFPB)", 10000, 10000, 10000)]
PD_INDICATORS = [("Permis de conduire obtenus par des habitants du quartier (par an)", "9", "35",
                  "45"),
                 ("Demandeurs d'emploi du quartier sans permis de conduire", "41 %", "35 %",
                  "28 %"),
                 ("Bilans de mobilité réalisés (par an)", "40", "150", "200"),
                 ("Trajets effectués en transport à la demande (par an)", "–", "6 000", "9 000"),
                 ("Reprises d'emploi ou de formation après un accompagnement mobilité (par an)",
                  "22", "60", "80")]


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
    assert cols == [144000, 161000, 161000] and sum(cols) == 466000
    assert [a + b + c for _, a, b, c in PD_FUNDERS] == [76000, 100000, 60000, 149000, 51000,
                                                        30000]
    assert 980 + 410 == 1390


PD_TABLES = {"financement": (pd_funding_rows, [196, 68, 68, 68]),
             "indicateurs": (pd_indicator_rows, [235, 84, 80])}
PD_BLOCKS = [
    ("h", "1. Constat"),
    ("p", "Les Hautes-Chaumes, à l'est de Valcerny-sur-Vologne, comptent 3 720 habitants et "
          "1 640 logements, dont 1 390 logements sociaux appartenant à Vologne Habitat et à "
          "Orvéane Habitat. Le taux de chômage des 15-64 ans y atteint 27 %, contre 11 % dans "
          "l'ensemble de la commune, et 34 % des habitants de moins de 26 ans ne sont ni en "
          "emploi, ni en études, ni en formation."),
    ("p", "Le principal frein au retour à l'emploi est la mobilité. 38 % des ménages du quartier "
          "n'ont pas de voiture, contre 14 % dans la commune, et 41 % des demandeurs d'emploi "
          "inscrits n'ont pas le permis de conduire. La zone industrielle du Pré-Mougin, premier "
          "bassin d'emploi de l'agglomération avec 2 100 salariés, se trouve à 6 km ; ses "
          "entreprises travaillent en équipes dès 5 heures du matin, alors que le premier bus ne "
          "quitte le quartier qu'à 6 h 20. Les employeurs de la zone ont déclaré 180 postes non "
          "pourvus en 2024, dont une centaine accessibles sans qualification."),
    ("p", "Le projet de renouvellement urbain, dont la convention a été signée le 11 juillet "
          "2024, prévoit l'aménagement d'une station de mobilité place des Myrtilles, avec un "
          "abri sécurisé pour les vélos et deux places d'autopartage. Son coût, 260 000 € TTC, "
          "relève de la convention et n'entre pas dans le budget de la présente fiche."),
    ("h", "2. Objectifs"),
    ("p", "L'action poursuit quatre objectifs :"),
    ("b", "lever l'obstacle du permis de conduire pour les demandeurs d'emploi du quartier ;"),
    ("b", "donner accès à un moyen de transport à ceux qui reprennent un emploi ou une "
          "formation ;"),
    ("b", "desservir la zone industrielle du Pré-Mougin aux horaires des équipes ;"),
    ("b", "accompagner chaque habitant vers la solution de mobilité la plus adaptée à son "
          "projet."),
    ("h", "3. Description de l'action"),
    ("p", "Action 1 – Auto-école sociale. « Le Volant Partagé » ouvre 60 places par an aux "
          "habitants du quartier inscrits à France Travail ou suivis par la mission locale. La "
          "formation, adaptée aux personnes en difficulté avec l'écrit, comprend en moyenne "
          "35 heures de conduite ; le reste à charge est de 150 € par élève."),
    ("p", "Action 2 – Garage solidaire et location. Mobil'Vologne loue des voitures, des "
          "scooters et des vélos à assistance électrique à partir de 3 € par jour, pour six mois "
          "au plus, et répare à prix coûtant les véhicules des personnes en insertion. Son parc "
          "compte 24 véhicules, dont 10 voitures."),
    ("p", "Action 3 – Transport à la demande. Une navette sur réservation reliera le quartier à "
          "la zone du Pré-Mougin du lundi au samedi, avec des départs à 4 h 30, 12 h 30 et "
          "20 h 30, aux changements d'équipe. Le service sera mis en place le 1er septembre "
          "2025."),
    ("p", "Action 4 – Conseil en mobilité. Une conseillère de Mobil'Vologne réalise des bilans de "
          "mobilité individuels et anime un atelier mensuel au centre social des Hautes-Chaumes. "
          "L'équipe est encadrée par Sébastien Colin, directeur de l'association."),
    ("p", "Action 5 – Mobilisation des employeurs. Le service emploi et insertion organise avec "
          "les entreprises du Pré-Mougin des visites d'entreprises et, deux fois par an, des "
          "sessions de recrutement au centre social."),
    ("h", "4. Public visé"),
    ("p", "Habitants des Hautes-Chaumes en recherche d'emploi ou de formation, en priorité les "
          "jeunes suivis par la mission locale, les bénéficiaires du revenu de solidarité active "
          "et les salariés en contrat d'insertion."),
    ("h", "5. Plan de financement (en euros)"),
    ("table", "financement"),
    ("note", "Crédits de fonctionnement. La participation de l'Agglomération couvre le "
             "fonctionnement de la navette de transport à la demande et le financement de "
             "20 places de l'auto-école sociale. La participation des deux bailleurs est "
             "valorisée au titre de l'abattement de la taxe foncière sur les propriétés bâties."),
    ("h", "6. Indicateurs"),
    ("table", "indicateurs"),
    ("h", "7. Calendrier"),
    ("b", "Mars 2025 : adoption de la fiche action"),
    ("b", "Avril 2025 : première session de l'auto-école sociale"),
    ("b", "Juin 2025 : ouverture d'une permanence de Mobil'Vologne au centre social"),
    ("b", "1er septembre 2025 : mise en service du transport à la demande"),
    ("b", "Décembre 2026 : livraison de la station de mobilité de la place des Myrtilles"),
    ("h", "8. Suivi et évaluation"),
    ("p", "Un comité technique, coanimé par Damien Thiriet et par le délégué du préfet pour le "
          "quartier, se réunit chaque trimestre. Le bilan annuel est présenté au comité de "
          "pilotage du contrat de ville, coprésidé par Hervé Claudel, président de Vologne "
          "Hautes-Vosges Agglomération, et par le préfet des Vosges."),
    ("note", "Fiche adoptée par le comité de pilotage du contrat de ville du 17 mars 2025."),
]


# ---------------------------------------------------------------------------
# 3. Local weekly's web article on the tour Autan: HTML (town 1)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Gaillaguès : à la Cabrière, la tour Autan vit ses derniers mois – Le Courrier de l'Agout</title>
<meta name="description" content="Gaillaguès : neuf ménages doivent encore quitter la tour Autan avant sa démolition, qui commencera en mars 2026.">
<meta name="author" content="Mathieu Escande">
<meta property="article:published_time" content="2025-10-14T06:30:00+02:00">
<link rel="canonical" href="https://www.courrier-agout.example/gaillagues/cabriere-tour-autan-derniers-mois">
<style>.bandeau-cookies{position:fixed;bottom:0;width:100%}.abo{font-weight:bold}</style>
<script>window.caConsent = window.caConsent || {choix: null};</script>
</head>
<body>
<div class="bandeau-cookies" role="dialog">
  <p>Avec votre accord, Le Courrier de l'Agout et ses partenaires utilisent des cookies pour mesurer l'audience du site, afficher des publicités adaptées à vos centres d'intérêt et vous permettre de partager nos contenus. <a href="/cookies/">Personnaliser</a> · <a href="#">Accepter</a> · <a href="#">Continuer sans accepter</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">Le Courrier de l'Agout</a></p>
  <nav class="rubriques">
    <ul>
      <li><a href="/gaillagues/">Gaillaguès</a></li>
      <li><a href="/vallee-de-l-agout/">Vallée de l'Agout</a></li>
      <li><a href="/tarn/">Tarn</a></li>
      <li><a href="/economie/">Économie</a></li>
      <li><a href="/rugby/">Rugby</a></li>
      <li><a href="/agenda/">Agenda</a></li>
      <li><a href="/abonnement/" class="abo">S'abonner</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="fil-ariane"><a href="/">Accueil</a> › <a href="/gaillagues/">Gaillaguès</a> › Logement</nav>

<article class="article">
  <p class="surtitre">Gaillaguès · Renouvellement urbain</p>
  <h1>À la Cabrière, la tour Autan vit ses derniers mois</h1>
  <p class="signature">Par Mathieu Escande · Publié le <time datetime="2025-10-14T06:30">14 octobre 2025 à 6 h 30</time></p>
  <p class="chapo">Neuf ménages doivent encore quitter la tour de quinze étages avant sa démolition, qui commencera en mars. Pour les plus anciens locataires, le départ se vit entre soulagement et nostalgie.</p>

  <p>Au neuvième étage, les cartons s'empilent dans l'entrée de Fatima Ouali. « Quarante et un ans ici. Mes quatre enfants ont grandi avec vue sur la montagne Noire », dit-elle en montrant la fenêtre. Le 3 novembre, elle emménagera dans un deux-pièces neuf, rue des Tisserands, à cinq cents mètres de là. « Plus petit, mais avec un ascenseur qui marche. »</p>
  <p>Construite en 1969, la tour Autan compte 96 logements. Lorsque le relogement a commencé, en septembre 2023, 87 étaient encore occupés. Au 30 septembre 2025, 78 ménages avaient été relogés ; les 9 derniers doivent l'être avant la fin de l'année, selon Agout Habitat, l'office public propriétaire de la tour.</p>
  <p>La moitié des ménages n'a pas quitté le quartier : 39 sont restés à la Cabrière, 31 ont choisi un autre quartier de Gaillaguès et 8 ont quitté la commune. Quatorze ont emménagé dans un logement neuf ou récent, au même loyer au mètre carré que dans la tour, comme le prévoit la charte de relogement signée en 2023.</p>
  <p>« Chaque famille a reçu en moyenne trois propositions avant de dire oui, et nous n'avons engagé aucune procédure contentieuse », souligne Régis Batut, directeur général d'Agout Habitat, qui possède 860 logements dans le quartier.</p>

  <h2>Un chantier d'un an</h2>
  <p>Le désamiantage commencera en mars 2026 et durera cinq mois. La démolition proprement dite, par grignotage à l'aide d'une pelle à long bras, doit s'achever en février 2027. Le chantier, estimé à 2,4 millions d'euros hors taxes, dont 1,7 million financé par l'ANRU, a été attribué à une entreprise toulousaine spécialisée.</p>
  <p>Sur le terrain libéré, Orvéane Habitat construira deux immeubles de quatre étages, avec 34 logements en accession sociale à la propriété et, au rez-de-chaussée, les sept locaux du futur pôle commercial de la place du Pastel. Le centre commercial actuel, dont plus de la moitié des cellules sont vides, sera démoli à son tour en 2028.</p>

  <h2>« Un morceau de notre histoire »</h2>
  <p>Tous ne partent pas le cœur léger. Le collectif « Mémoires de la Cabrière » recueille depuis le printemps les photos et les témoignages des anciens habitants ; une exposition sera présentée à la médiathèque en janvier. « Cette tour, c'était notre phare. On la voyait depuis la route d'Albi et on savait qu'on était rentrés », raconte Jean-Pierre Maffre, 74 ans, l'un des fondateurs du collectif.</p>
  <p>Pour Pascale Vidalenc, vice-présidente de l'agglomération chargée de la politique de la ville, la démolition n'est « qu'une étape » : « Dans trois ans, la Cabrière aura une vraie place, des commerces ouverts sur la rue et des logements rénovés. » La réhabilitation de la résidence Marin, voisine de la tour, est en cours depuis février.</p>
  <p>Une réunion publique sur le déroulement du chantier aura lieu le 18 novembre à 18 h 30 à la maison du projet, avenue du Sidobre.</p>

  <aside class="encadre">
    <h3>Repères – La Cabrière</h3>
    <ul>
      <li>3 940 habitants, 1 580 logements dont 1 310 logements sociaux</li>
      <li>Convention de renouvellement urbain signée le 27 juin 2024 : 54,2 millions d'euros, dont 15,8 millions de subventions de l'ANRU</li>
      <li>Tour Autan : 15 étages, 96 logements, démolition de mars 2026 à février 2027</li>
      <li>Réhabilitation de la barre Cers (110 logements, Agout Habitat) prévue de 2026 à 2028</li>
      <li>Nouveau pôle commercial de sept locaux attendu au printemps 2028</li>
    </ul>
  </aside>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/rugby/gaillagues-derby-fédérale/">Rugby : Gaillaguès arrache le derby dans les arrêts de jeu</a></li>
      <li><a href="/vallee-de-l-agout/vendanges-bilan/">Vendanges : une récolte en baisse mais un millésime prometteur</a></li>
      <li><a href="/gaillagues/marche-de-noel-dates/">Le marché de Noël s'installera sur les allées du Foirail</a></li>
    </ol>
  </section>
  <section class="lettre">
    <h2>La lettre du Courrier</h2>
    <p>Chaque mardi et chaque vendredi, l'essentiel de l'actualité de Gaillaguès et de la vallée de l'Agout dans votre messagerie.</p>
    <form action="/lettre/" method="post"><input type="email" name="courriel" placeholder="Votre adresse électronique"><button type="submit">Je m'inscris</button></form>
  </section>
</aside>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/gaillagues/cabriere-convention-anru-signee/">La Cabrière : la convention de renouvellement urbain signée en préfecture</a></li>
    <li><a href="/gaillagues/centre-commercial-cabriere-enquete/">Centre commercial de la Cabrière : les habitants ont donné leur avis</a></li>
    <li><a href="/tarn/logement-social-demande/">Logement social : la demande ne faiblit pas dans le Tarn</a></li>
  </ul>
</section>
</main>

<footer class="pied-de-page">
  <p>Le Courrier de l'Agout – 7, place du Foirail – Gaillaguès</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cookies/">Gestion des cookies</a> · <a href="/cgu/">Conditions d'utilisation</a> · <a href="/contact/">Contact</a></p>
  <p>© 2025 Le Courrier de l'Agout. Tous droits réservés.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 96 - 87 == 9 and 87 - 78 == 9 and 39 + 31 + 8 == 78 and 2 * 39 == 78


# ---------------------------------------------------------------------------
# 4. Minutes of the renewal project's steering committee: Markdown (town 2)
# ---------------------------------------------------------------------------
# operation, owner, cost (tenths of M€ TTC), state at 30 November 2025
MD_OPERATIONS = [
    ("Démolition de la barre Rossberg (124 logements)", "Vologne Habitat", 31,
     "Relogement en cours ; démolition au second semestre 2026"),
    ("Réhabilitation de la résidence Donon (118 logements)", "Orvéane Habitat", 64,
     "Travaux en cours depuis avril 2025"),
    ("Réhabilitation de la tour Hohneck (72 logements)", "Vologne Habitat", 48,
     "Consultation des entreprises ; travaux en 2026"),
    ("Reconstitution de 62 logements sociaux hors du quartier", "Vologne Habitat", 93,
     "24 logements livrés en septembre 2025, 38 en chantier"),
    ("Extension de l'école élémentaire des Myrtilles", "Ville de Valcerny-sur-Vologne", 52,
     "Permis de construire déposé en octobre 2025"),
    ("Maison du projet", "Ville de Valcerny-sur-Vologne", 4, "Ouverte le 2 juin 2025"),
]
# situation, households (the three "dont" lines break down the first one)
MD_REHOUSING = [("Relogés", 71), ("dont dans le quartier des Hautes-Chaumes", 24),
                ("dont dans un autre quartier de Valcerny-sur-Vologne", 39),
                ("dont dans une autre commune", 8),
                ("En cours (proposition acceptée, bail à signer)", 22),
                ("Sans solution à ce jour", 16)]


def md_tables():
    ops = ["| Opération | Maître d'ouvrage | Coût (M€ TTC) | État au 30 novembre 2025 |",
           "|---|---|---|---|"]
    for name, owner, cost, state in MD_OPERATIONS:
        ops.append(f"| {name} | {owner} | {probekit.meur(cost)} | {state} |")
    total = sum(n for s, n in MD_REHOUSING if not s.startswith("dont"))
    reh = ["| Situation des ménages | Ménages | Part |", "|---|---|---|"]
    for label, n in MD_REHOUSING:
        reh.append(f"| {label} | {n} | {round(100 * n / total)} % |")
    reh.append(f"| Total | {total} | 100 % |")
    return "\n".join(ops), "\n".join(reh)


def _check_md():
    total = sum(n for s, n in MD_REHOUSING if not s.startswith("dont"))
    assert total == 109 and 24 + 39 + 8 == 71
    assert sum(round(100 * n / total) for s, n in MD_REHOUSING if not s.startswith("dont")) == 100
    assert 4120 < 9850 < 21000


MD_OPERATIONS_TABLE, MD_REHOUSING_TABLE = md_tables()
MD = """---
title: "Comité de pilotage du projet de renouvellement urbain des Hautes-Chaumes – compte rendu"
date: 2025-12-09
lieu: "Hôtel de ville de Valcerny-sur-Vologne, salle du Conseil"
organisateur: "Ville de Valcerny-sur-Vologne – direction du renouvellement urbain"
redaction: "Direction du renouvellement urbain de la Ville de Valcerny-sur-Vologne"
quartier: "Les Hautes-Chaumes, Valcerny-sur-Vologne (Vosges)"
diffusion: "Membres du comité de pilotage, conseil citoyen des Hautes-Chaumes"
tags: [renouvellement urbain, NPNRU, relogement, comité de pilotage, Hautes-Chaumes]
---

# Comité de pilotage du projet de renouvellement urbain des Hautes-Chaumes

*Compte rendu de la réunion du 9 décembre 2025, hôtel de ville de Valcerny-sur-Vologne, de 14 h à 16 h 30. Rédaction : direction du renouvellement urbain de la Ville. Compte rendu validé par la présidente le 19 décembre 2025.*

## Participants

Présidence : Sylvie Mougenot, maire de Valcerny-sur-Vologne.

Étaient présents :

- Hervé Claudel, président de Vologne Hautes-Vosges Agglomération ;
- Arnaud Grosjean, directeur général de Vologne Habitat ;
- Nathalie Perrin, directrice territoriale Grand Est d'Orvéane Habitat ;
- Claire Didierjean, directrice territoriale adjointe de la Banque des Territoires ;
- Julien Haxaire, directeur du renouvellement urbain, Ville de Valcerny-sur-Vologne ;
- Mélanie Vautrin, cheffe de projet renouvellement urbain, Vologne Hautes-Vosges Agglomération ;
- Martine Gehin, présidente du conseil citoyen des Hautes-Chaumes ;
- un représentant de la direction départementale des territoires des Vosges, délégation territoriale de l'ANRU.

Excusés : Action Logement Services et la Région Grand Est.

## 1. Avancement des opérations

Julien Haxaire présente l'état d'avancement des principales opérations de la convention, signée le 11 juillet 2024 pour un montant de 49,6 M€ TTC, dont 14,2 M€ de subventions de l'ANRU et 6,1 M€ de prêts bonifiés d'Action Logement.

""" + MD_OPERATIONS_TABLE + """

Le taux d'engagement des subventions de l'ANRU atteint 38 % au 30 novembre 2025. Nathalie Perrin indique que le chantier de la résidence Donon a pris deux mois de retard, à la suite de la découverte d'amiante dans les colles de carrelage ; la fin des travaux est désormais attendue en novembre 2026. Les 24 logements reconstitués livrés rue de la Forêt-Domaniale ont tous été attribués, dont 11 à des ménages de la barre Rossberg.

## 2. Relogement des ménages de la barre Rossberg

Au démarrage du relogement, en janvier 2024, 109 des 124 logements de la barre Rossberg étaient occupés. Mélanie Vautrin présente la situation au 30 novembre 2025 :

""" + MD_REHOUSING_TABLE + """

Le reste à charge des ménages relogés, loyer et charges, a baissé en moyenne de 12 € par mois. Les seize ménages sans solution comprennent six grandes familles, qui attendent les logements de cinq pièces de la reconstitution, et quatre ménages qui ont refusé trois propositions. Arnaud Grosjean indique que Vologne Habitat s'engage à achever le relogement avant le 30 juin 2026. Martine Gehin demande que les ménages restants ne subissent pas de coupures de chauffage dans une barre à moitié vide ; Vologne Habitat maintiendra la chaufferie en service jusqu'au départ du dernier ménage.

## 3. Clauses d'insertion

Les marchés de travaux de la convention prévoient 21 000 heures d'insertion. Au 30 novembre 2025, 9 850 heures ont été réalisées par 46 personnes, dont 19 habitants des Hautes-Chaumes. Le chantier de la résidence Donon en a fourni à lui seul 4 120.

## 4. Projet d'avenant à la convention

Julien Haxaire présente le projet d'avenant n° 1, qui porte sur la requalification de l'îlot Schlucht. Il prévoit la démolition partielle de la résidence Schlucht, propriété d'Orvéane Habitat, soit 24 logements, pour ouvrir une liaison piétonne entre la place des Myrtilles et le parc des Tilleuls. Le coût supplémentaire est estimé à 2,8 M€ TTC, démolition et aménagement de la liaison compris. Claire Didierjean précise que la Banque des Territoires pourra financer les études préalables de l'îlot.

## 5. Relevé de décisions

Le comité de pilotage a pris les décisions suivantes :

1. Le projet d'avenant n° 1 relatif à l'îlot Schlucht est validé ; il sera transmis à la délégation territoriale de l'ANRU avant le 31 janvier 2026.
2. Le relogement des ménages de la barre Rossberg devra être achevé au 30 juin 2026 ; un point mensuel sera présenté au comité technique.
3. Une enveloppe de 45 000 € est affectée à l'animation de la maison du projet pour 2026.
4. Le conseil citoyen sera associé au choix des aménagements de la place des Myrtilles.

## 6. Prochaine réunion

Le prochain comité de pilotage se réunira en juin 2026, après l'achèvement du relogement de la barre Rossberg.
"""


# ---------------------------------------------------------------------------
# 5. Landlord's press release on two thermal renovations: plain text (both towns)
# ---------------------------------------------------------------------------
# residence label, homes, year, cost (tenths of M€), label before, label targeted,
# consumption cut, start, planned end, rent rise
TX_RESIDENCES = [("Marin (Gaillaguès)", 132, 1971, 69, "E", "B", "58 %", "février 2025",
                  "juin 2026", "aucune"),
                 ("Donon (Valcerny)", 118, 1968, 64, "F", "C", "49 %", "avril 2025",
                  "novembre 2026", "3 %")]
# funder, Marin, Donon (tenths of M€ TTC)
TX_FUNDING = [("Subventions de l'ANRU", 12, 11), ("Région (Occitanie / Grand Est)", 4, 5),
              ("Éco-prêt de la Banque des Territoires", 33, 30),
              ("Fonds propres d'Orvéane Habitat", 20, 18)]


def tx_residence_table():
    e = probekit.eur
    m = probekit.meur
    a, b = TX_RESIDENCES
    w = 40
    lines = [f"{'Indicateur':<{w}}{a[0]:>20}{b[0]:>20}", "-" * (w + 40)]

    def row(label, x, y):
        lines.append(f"{label:<{w}}{x:>20}{y:>20}")
    row("Logements", str(a[1]), str(b[1]))
    row("Année de construction", str(a[2]), str(b[2]))
    row("Coût des travaux (M€ TTC)", m(a[3]), m(b[3]))
    row("Coût par logement (€ TTC)", e(int(round(a[3] * 100000 / a[1], -2))),
        e(int(round(b[3] * 100000 / b[1], -2))))
    row("Étiquette énergétique avant travaux", a[4], b[4])
    row("Étiquette visée après travaux", a[5], b[5])
    row("Baisse de consommation visée", a[6], b[6])
    row("Début des travaux", a[7], b[7])
    row("Fin des travaux prévue", a[8], b[8])
    row("Hausse de loyer après travaux", a[9], b[9])
    return "\n".join(lines)


def tx_funding_table():
    m = probekit.meur
    w = 40
    lines = [f"{'Financement (M€ TTC)':<{w}}{'Marin':>12}{'Donon':>12}{'Total':>12}",
             "-" * (w + 36)]
    for name, x, y in TX_FUNDING:
        lines.append(f"{name:<{w}}{m(x):>12}{m(y):>12}{m(x + y):>12}")
    lines.append("-" * (w + 36))
    tx, ty = sum(f[1] for f in TX_FUNDING), sum(f[2] for f in TX_FUNDING)
    lines.append(f"{'TOTAL':<{w}}{m(tx):>12}{m(ty):>12}{m(tx + ty):>12}")
    return "\n".join(lines)


def _check_txt():
    assert sum(f[1] for f in TX_FUNDING) == TX_RESIDENCES[0][3] == 69
    assert sum(f[2] for f in TX_FUNDING) == TX_RESIDENCES[1][3] == 64
    assert round(6900000 / 132, -2) == 52300 and round(6400000 / 118, -2) == 54200
    assert 7340 - 4120 == 3220 and 132 + 148 <= 450 and 118 <= 410


TXT = """ORVÉANE HABITAT – ENTREPRISE SOCIALE POUR L'HABITAT
COMMUNIQUÉ DE PRESSE

Rénovation énergétique : Orvéane Habitat fait le point sur les résidences Marin, à Gaillaguès, et Donon, à Valcerny-sur-Vologne

Dijon, le 20 janvier 2026


Orvéane Habitat, entreprise sociale pour l'habitat qui gère 31 200 logements dans 11 départements, est engagée dans deux projets de renouvellement urbain dont les conventions ont été signées à l'été 2024 : à la Cabrière, à Gaillaguès (Tarn), où elle possède 450 logements, et aux Hautes-Chaumes, à Valcerny-sur-Vologne (Vosges), où elle en possède 410. Dans chacun des deux quartiers, l'entreprise réhabilite en site occupé une résidence construite à la fin des années 1960 ou au début des années 1970. Ce point d'étape rend compte de la situation au 31 décembre 2025.

« Une rénovation réussie se mesure sur la quittance, pas sur la plaquette. Notre engagement est simple : après les travaux, aucun locataire ne doit payer plus qu'avant, loyer et charges compris », résume Florence Aubertin, directrice générale d'Orvéane Habitat.


1. LA RÉSIDENCE MARIN, À GAILLAGUÈS

La résidence Marin (132 logements, 1971) borde la place du Pastel, face à la tour Autan. Les travaux ont commencé en février 2025 : isolation des façades par l'extérieur, remplacement des menuiseries, remplacement des chaudières individuelles au gaz par des pompes à chaleur collectives, ventilation mécanique, réfection des halls et des salles de bains. Au 31 décembre 2025, les façades de trois des cinq cages d'escalier sont achevées et 88 logements ont reçu leurs nouvelles fenêtres. La fin du chantier est prévue en juin 2026.

Les loyers resteront inchangés. Le gain attendu sur les charges de chauffage est estimé à 38 € par mois pour un logement de trois pièces.

« Les locataires ont choisi eux-mêmes les couleurs des façades et des halls lors de trois ateliers. Ils nous signalent aussi, chaque semaine, ce qui ne va pas sur le chantier : c'est précieux », indique Hugo Cabrol, directeur territorial Occitanie.


2. LA RÉSIDENCE DONON, À VALCERNY-SUR-VOLOGNE

La résidence Donon (118 logements, 1968), rue du Haut-Jardin, est la plus énergivore du patrimoine de l'entreprise dans les Vosges. Les travaux ont commencé en avril 2025 et ont pris deux mois de retard après la découverte d'amiante dans les colles de carrelage ; ils doivent s'achever en novembre 2026. Ils comprennent l'isolation des façades et des combles, le remplacement des fenêtres et le raccordement au réseau de chaleur de la ville.

Après travaux, les loyers augmenteront de 3 %, soit 11 € par mois en moyenne, une hausse plus que compensée par la baisse des charges de chauffage, estimée à 44 € par mois. Cette augmentation a été soumise au vote des locataires, qui l'ont approuvée par 68 % des suffrages exprimés, avec une participation de 57 %.

« Les hivers sont longs ici : certains locataires ne chauffaient plus que deux pièces pour tenir leur budget », rappelle Nathalie Perrin, directrice territoriale Grand Est.


3. LES DEUX CHANTIERS EN CHIFFRES

""" + tx_residence_table() + """

""" + tx_funding_table() + """

Les deux chantiers ont déjà fourni 7 340 heures de travail à des personnes en insertion, dont 4 120 sur celui de la résidence Donon.

D'autres réhabilitations suivront. À Gaillaguès, celle de la résidence Tramontane (148 logements) est programmée à partir de 2027. Aux Hautes-Chaumes, la résidence Schlucht fait l'objet d'un projet de démolition partielle de 24 logements, qui sera soumis à l'ANRU dans le cadre d'un avenant à la convention.


4. PERSPECTIVES 2026

Pour 2026, Orvéane Habitat s'est fixé quatre priorités :

- livrer la résidence Marin en juin et la résidence Donon en novembre ;
- mesurer les consommations réelles des deux résidences pendant deux hivers et en communiquer les résultats aux locataires ;
- lancer les études de la réhabilitation de la résidence Tramontane ;
- déposer le permis de construire des deux immeubles de la place du Pastel, qui accueilleront 34 logements en accession sociale et sept locaux commerciaux.


Contact presse : Lina Moreau – direction de la communication d'Orvéane Habitat – presse@orveane-habitat.example
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe21.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=3, header_fill="1F5C5C",
        total_match="prefix")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"financement"},
        form_label_w=120, theme=THEME_SLATE, header_left=PD_HEADER_LEFT,
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
