#!/usr/bin/env python3
"""Generate the five probe18 test documents (fictional towns, fictional people, firms and bodies).

Town 1: Bérensac (Landes, Nouvelle-Aquitaine), quartier prioritaire du Pignada (agglomeration:
        Bérensac Landes Agglomération; social landlords Habitat Cœur de Lande, an OPH, and
        Avrelis Habitat, a national ESH; buildings named after birds of the Landes forest: tour
        Palombe, barre Ortolan, résidences Bécasse and Grive; groupe scolaire des Pins-Francs,
        avenue des Résiniers, zone d'activités de Larrouquey)
    - deliberation-2025-047-conseil-municipal-berensac-convention-npnru-pignada.txt
        (extract of the register of deliberations of the municipal council, session of 19 June
        2025, plain text: labelled fields (convocation, chair, rapporteur, members in office,
        present, proxies, voters, secretary), those attending without a vote (the director
        general of services unnamed), the proxies as a bulleted list with a lead-in, visas,
        considérants with the programme and its financing, a table of the four operations of
        the town (cost split by funder) with a total row, a table of the town's payment credits
        by year (2025 to 2030, multi-year rows) and by operation with a total row and a total
        column, the debate, five numbered articles, the vote (for, against, abstentions, one
        councillor not voting))
    - fiche-action-2-1-4-mobilite-solidaire-emploi-pignada-berensac.pdf
        (contract-of-city action sheet on mobility towards employment, validated on 16 October
        2024: labelled form (pilot, referent, operator, partners, duration, cost), findings with
        the share of households without a car, three objectives with a lead-in, five numbered
        actions, a funding table by funder for 2025, 2026 and 2027 with a total column and a
        total row, an indicator table (2024 baseline, 2025 mid-term result, 2027 target), a
        timetable, follow-up chaired by an unnamed vice-president of the agglomeration)
Town 2: Bellinval (Aisne, Hauts-de-France), quartier prioritaire des Linières (agglomeration:
        Communauté d'agglomération Bellinval-Vermandois; social landlords Vermandois Habitat, an
        OPH, and Avrelis Habitat; buildings named after fabrics: tour Organdi, barre Percale,
        résidences Batiste and Linon; centre commercial des Linières, rue des Brodeuses)
    - article-phare-du-vermandois-linieres-convention-renouvellement-urbain.html
        (regional daily's web article of 3 December 2025 on the signing of the renewal
        convention, inside an <article> with a cookie banner, navigation, breadcrumb, a
        "Repères" box (some facts only in the box), a "most read" sidebar, a newsletter box,
        "À lire aussi" links and a footer; the prefect of the Aisne is unnamed)
    - fiche-mission-amo-commerce-centre-commercial-linieres-bellinval.docx
        (consultancy mission sheet of Atelier Comptoirs Urbains for the restructuring of the
        shopping centre: labelled fields (client, contact, site, procedure, notification,
        duration, amount, team with an unnamed subcontracted surveyor, co-funding), context,
        four tasks with a lead-in plus an optional tranche, an amount table by task with days
        and a total row, a two-scenario comparison table, the scenario chosen, deliverables
        with a lead-in, progress at 31 December 2025, points of attention)
Both towns:
    - avrelis-habitat-point-etape-rehabilitations-grive-linon-2025.md
        (progress note of the landlord present in both neighbourhoods on the thermal
        refurbishment of its two residences, with YAML front matter: the two sites, a
        comparison table at 31 October 2025, a financing table by funder and residence (in
        thousands of euros) with a total row and a total column, three lessons with a lead-in
        and four numbered orientations with a lead-in; the chairman of the board is unnamed)

The documents overlap on purpose: both towns have a renewal convention (signed on 25 September
2025 in town 1, on 2 December 2025 in town 2) with a total cost, ANRU subsidies and Action
Logement loans, a tower and a block to demolish, households to rehouse, a reconstitution of
social housing partly outside the neighbourhood, two residences to refurbish and Avrelis
Habitat as landlord. Some figures are given for one town only (the town's own financial
participation, the share of young people and of households without a car in town 1; the
unemployment rate and the shopping centre in town 2; a school in town 1 only; the demolition
period of the tower in both towns but the block's in neither) and some roles are never named
(the director general of services of Bérensac, the agglomeration's vice-president for
employment, the prefect of the Aisne, the subcontracted surveyor, the chairman of Avrelis
Habitat's board).

Only the standard library is used: the PDF (standard Type1 fonts, WinAnsiEncoding) and the DOCX
(minimal OOXML package) are written by hand, by the shared writers of evals/probekit.py. All
text is held in this script; running it again rewrites the five files byte-for-byte (fixed
metadata dates, fixed zip timestamps).

After writing, the script checks evals/questions.probe18.jsonl when it exists: every gold quote
must occur, after whitespace normalisation, inside one visible text block of one of its gold
documents, every answer fact must occur in one of its gold documents, every near-doc tag must
name a document, and the tag counts are printed. It exits 1 on any failure.

Run from the repository root: python evals/probe18/make_docs.py
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, for evals
from evals import probekit  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs")
QUESTIONS = os.path.join(os.path.dirname(HERE), "questions.probe18.jsonl")
QID_PREFIX = "q18"

FN_TXT = "deliberation-2025-047-conseil-municipal-berensac-convention-npnru-pignada.txt"
FN_PDF = "fiche-action-2-1-4-mobilite-solidaire-emploi-pignada-berensac.pdf"
FN_HTML = "article-phare-du-vermandois-linieres-convention-renouvellement-urbain.html"
FN_DOCX = "fiche-mission-amo-commerce-centre-commercial-linieres-bellinval.docx"
FN_MD = "avrelis-habitat-point-etape-rehabilitations-grive-linon-2025.md"

ZIP_DT = (2026, 1, 15, 11, 20, 0)
DOCX_DATE = "2026-01-15T11:20:00Z"
PDF_DATE = "D:20241021103000+02'00'"


# ---------------------------------------------------------------------------
# 1. Deliberation of the municipal council: plain text (town 1)
# ---------------------------------------------------------------------------
# Operations of the town: name, cost, ANRU, other funders, town (tenths of M€ TTC)
TX_OPERATIONS = [
    ("Groupe scolaire des Pins-Francs (12 classes)", 86, 31, 18, 37),
    ("Requalification de l'avenue des Résiniers", 32, 10, 9, 13),
    ("Ingénierie et conduite de projet", 15, 7, 3, 5),
    ("Aménagement du mail de la Palombe", 14, 5, 0, 9),
]
# Payment credits of the town by year (thousands of euros): year, school, avenue, others
TX_CREDITS = [("2025", 150, 0, 90), ("2026", 600, 0, 100), ("2027", 1300, 200, 110),
              ("2028", 1250, 300, 100), ("2029", 400, 500, 400), ("2030", 0, 300, 600)]


def tx_operation_table():
    m = probekit.meur
    w = 48
    head = (f"{'Opération':<{w}}{'Coût':>8}{'ANRU':>8}{'Autres financeurs':>20}"
            f"{'Ville':>8}")
    rule = "-" * len(head)
    lines = [head, rule]
    for name, cost, anru, other, town in TX_OPERATIONS:
        lines.append(f"{name:<{w}}{m(cost):>8}{m(anru):>8}{m(other):>20}{m(town):>8}")
    lines.append(rule)
    sums = [sum(o[i] for o in TX_OPERATIONS) for i in (1, 2, 3, 4)]
    lines.append(f"{'Total des quatre opérations':<{w}}{m(sums[0]):>8}{m(sums[1]):>8}"
                 f"{m(sums[2]):>20}{m(sums[3]):>8}")
    return "\n".join(lines)


def tx_credit_table():
    e = probekit.eur
    w = 10
    head = (f"{'Année':<{w}}{'Groupe scolaire':>18}{'Avenue des Résiniers':>23}"
            f"{'Autres opérations':>20}{'Total':>10}")
    rule = "-" * len(head)
    lines = [head, rule]
    for year, a, b, c in TX_CREDITS:
        lines.append(f"{year:<{w}}{e(a):>18}{e(b):>23}{e(c):>20}{e(a + b + c):>10}")
    lines.append(rule)
    cols = [sum(y[i] for y in TX_CREDITS) for i in (1, 2, 3)]
    lines.append(f"{'Total':<{w}}{e(cols[0]):>18}{e(cols[1]):>23}{e(cols[2]):>20}"
                 f"{e(sum(cols)):>10}")
    return "\n".join(lines)


def _check_txt():
    for name, cost, anru, other, town in TX_OPERATIONS:
        assert anru + other + town == cost, name
    sums = [sum(o[i] for o in TX_OPERATIONS) for i in (1, 2, 3, 4)]
    assert sums == [147, 53, 30, 64]
    cols = [sum(y[i] for y in TX_CREDITS) for i in (1, 2, 3)]
    assert cols == [3700, 1300, 1400] and sum(cols) == 6400
    assert [a + b + c for _, a, b, c in TX_CREDITS] == [240, 700, 1610, 1650, 1300, 900]
    assert 88 + 76 == 164 and 61 + 57 == 118 and 226 + 186 == 412 and 830 + 430 == 1260
    assert round(100 * 104 / 130) == 80
    assert 27 + 4 - 1 == 30 and 25 + 3 + 2 == 30 and 33 - 27 - 4 == 2


TXT = """VILLE DE BÉRENSAC
Département des Landes
Arrondissement de Mont-de-Marsan

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du jeudi 19 juin 2025

Délibération n° 2025-047
Objet : Projet de renouvellement urbain du quartier du Pignada – Approbation de la convention pluriannuelle et de la participation financière de la Ville


Date de convocation : 12 juin 2025
Président de séance : Jean-Marc Lartigau, maire
Rapporteure : Sylvie Darrigrand-Pouy, adjointe au maire chargée de l'urbanisme et du renouvellement urbain
Conseillers municipaux en exercice : 33
Présents : 27
Pouvoirs : 4
Votants : 30
Secrétaire de séance : Mathieu Lacoste-Barrère

Assistaient également à la séance, sans voix délibérative : le directeur général des services et Maylis Dubernet, cheffe de projet renouvellement urbain.

Absents ayant donné pouvoir :
- Bernadette Labeyrie, pouvoir à Jean-Marc Lartigau ;
- Olivier Saint-Géours, pouvoir à Sylvie Darrigrand-Pouy ;
- Céline Tauzin, pouvoir à Mathieu Lacoste-Barrère ;
- Julien Pémartin, pouvoir à Thierry Castaings.

Absents non représentés : 2.


LE CONSEIL MUNICIPAL,

Vu le code général des collectivités territoriales ;

Vu la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine ;

Vu le règlement général de l'ANRU relatif au nouveau programme national de renouvellement urbain ;

Vu le contrat de ville « Quartiers 2030 » de Bérensac Landes Agglomération, signé le 4 avril 2024 ;

Vu l'avis favorable du comité d'engagement de l'ANRU du 13 février 2025 ;

Vu l'avis favorable de la commission urbanisme et cadre de vie du 5 juin 2025 ;

Considérant que le quartier prioritaire du Pignada, au nord de la ville, compte 3 900 habitants et 1 420 logements, dont 1 260 logements sociaux : 830 appartiennent à l'office Habitat Cœur de Lande et 430 à l'entreprise sociale pour l'habitat Avrelis Habitat ; que les moins de 25 ans y représentent 36 % de la population ;

Considérant que le projet de renouvellement urbain prévoit la démolition de 164 logements sociaux – la tour Palombe (88 logements, Habitat Cœur de Lande) et la barre Ortolan (76 logements, Avrelis Habitat) –, la reconstitution de 130 logements sociaux, dont 104 hors du quartier, la réhabilitation des 412 logements des résidences Bécasse et Grive, la construction du groupe scolaire des Pins-Francs et la requalification de l'avenue des Résiniers ;

Considérant que le coût total du projet s'élève à 64,8 M€ TTC sur la période 2025-2032, dont 15,2 M€ de subventions de l'ANRU, 5,1 M€ de prêts bonifiés d'Action Logement et 4,6 M€ de la Région Nouvelle-Aquitaine ;

Considérant que 118 ménages devront être relogés, 61 de la tour Palombe et 57 de la barre Ortolan, et que la charte de relogement signée le 10 mars 2025 garantit à chacun d'eux au moins trois propositions de logement ;

Considérant que la Ville assure la maîtrise d'ouvrage de quatre opérations, pour un coût de 14,7 M€ TTC, dont elle finance 6,4 M€ sur ses fonds propres, selon la répartition suivante (en M€ TTC) :

""" + tx_operation_table() + """

Considérant que la participation de la Ville sera versée selon l'échéancier prévisionnel de crédits de paiement suivant (en milliers d'euros) :

""" + tx_credit_table() + """

Considérant que la convention sera signée le 25 septembre 2025 à l'hôtel de ville, en présence du préfet des Landes ;


DÉBAT

Au nom du groupe « Bérensac Autrement », Thierry Castaings regrette que 80 % des logements reconstitués soient construits hors du quartier et demande qu'une part d'entre eux soit proposée en accession sociale. Nadia Bensalah-Lafitte demande quand la tour Palombe sera démolie ; la rapporteure indique que la démolition interviendra au second semestre 2026, une fois ses 61 ménages relogés, et qu'aucune date n'est encore fixée pour la barre Ortolan. Le maire précise que le groupe scolaire ouvrira à la rentrée de septembre 2028.


Après en avoir délibéré, LE CONSEIL MUNICIPAL :

Article 1 – Approuve la convention pluriannuelle de renouvellement urbain du quartier du Pignada, annexée à la présente délibération.

Article 2 – Approuve la participation financière de la Ville au projet, d'un montant de 6,4 M€ TTC, et son échéancier prévisionnel de 2025 à 2030.

Article 3 – Crée l'autorisation de programme n° 2025-03 « Renouvellement urbain du Pignada », d'un montant de 14,7 M€ TTC, et dit que les crédits de paiement seront inscrits aux budgets des exercices correspondants.

Article 4 – Sollicite auprès de la Région Nouvelle-Aquitaine une subvention de 1,8 M€ pour la construction du groupe scolaire des Pins-Francs.

Article 5 – Autorise le maire, ou l'adjointe déléguée, à signer la convention et tout document nécessaire à sa mise en œuvre.


VOTE

Ghislaine Duprat-Laborde, administratrice d'Habitat Cœur de Lande, n'a pas pris part au vote.

Adoptée par 25 voix pour, 3 voix contre (groupe « Bérensac Autrement » : Thierry Castaings, Nadia Bensalah-Lafitte, Julien Pémartin par pouvoir) et 2 abstentions (Perrine Marsan, Dominique Haurie-Lagardère).


Fait et délibéré en séance, les jour, mois et an susdits.
Pour extrait certifié conforme,
Le maire, Jean-Marc Lartigau

Acte transmis au contrôle de légalité le 23 juin 2025 et publié le 24 juin 2025.
"""


# ---------------------------------------------------------------------------
# 2. Contract-of-city action sheet on mobility: PDF (town 1)
# ---------------------------------------------------------------------------
PD_HEADER_LEFT = "Contrat de ville « Quartiers 2030 » – Bérensac Landes Agglomération"
PD_HEADER_RIGHT = "FICHE ACTION N° 2.1.4"
PD_FOOTER = ("Bérensac Landes Agglomération – service emploi et insertion – fiche validée par le "
             "comité de pilotage du contrat de ville du 16 octobre 2024")
PD_AUTHOR = "Bérensac Landes Agglomération – service emploi et insertion"
PD_CREATOR = "Bérensac Landes Agglomération – direction de la cohésion sociale"
PD_SUBJECT = "Fiche action 2.1.4 du contrat de ville : mobilité solidaire vers l'emploi au Pignada"
PD_KICKER = "CONTRAT DE VILLE « QUARTIERS 2030 » – PILIER EMPLOI ET DÉVELOPPEMENT ÉCONOMIQUE"
PD_TITLE = "Fiche action n° 2.1.4 – Mobilité solidaire vers l'emploi"
PD_SUBTITLE = "Quartier prioritaire du Pignada, Bérensac – programmation 2025-2027"
PD_FORM = [
    ("Pilier", "Emploi et développement économique"),
    ("Objectif stratégique", "Lever les freins périphériques à l'emploi des habitants du quartier"),
    ("Quartier", "Le Pignada (Bérensac)"),
    ("Pilote", "Bérensac Landes Agglomération, service emploi et insertion"),
    ("Référent", "Romain Pédeprat, chargé de mission emploi et insertion"),
    ("Opérateur", "Association Lande en Route, plateforme de mobilité solidaire"),
    ("Partenaires", "France Travail, mission locale des Landes intérieures, Région "
                    "Nouvelle-Aquitaine, Département des Landes, Ville de Bérensac, auto-école "
                    "associative Les Airelles, employeurs de la zone d'activités de Larrouquey"),
    ("Durée", "Trois ans, de janvier 2025 à décembre 2027"),
    ("Coût total", "465 000 € sur trois ans"),
    ("Validation", "Comité de pilotage du contrat de ville du 16 octobre 2024"),
]
# funder, 2025, 2026, 2027 (euros)
PD_FUNDERS = [("État – crédits de la politique de la ville (BOP 147)", 42000, 42000, 40000),
              ("Bérensac Landes Agglomération", 55000, 58000, 58000),
              ("Région Nouvelle-Aquitaine", 30000, 30000, 30000),
              ("Département des Landes", 15000, 15000, 12000),
              ("France Travail", 10000, 10000, 10000),
              ("Participation des usagers", 2000, 3000, 3000)]
PD_INDICATORS = [
    ("Diagnostics de mobilité réalisés (par an)", "–", "71 (1er semestre)", "150"),
    ("Permis B obtenus par des habitants du quartier (par an)", "9", "12 (1er semestre)", "30"),
    ("Trajets assurés par le transport à la demande (par mois)", "–", "340", "900"),
    ("Personnes accompagnées en emploi ou en formation six mois après (par an)", "–",
     "23 (1er semestre)", "60"),
]


def pd_funding_rows():
    e = probekit.eur
    rows = [["Financeur", "2025", "2026", "2027", "Total"]]
    for name, a, b, c in PD_FUNDERS:
        rows.append([name, e(a), e(b), e(c), e(a + b + c)])
    cols = [sum(f[i] for f in PD_FUNDERS) for i in (1, 2, 3)]
    rows.append(["Total"] + [e(v) for v in cols] + [e(sum(cols))])
    return rows


def pd_indicator_rows():
    return ([["Indicateur", "Référence 2024", "Résultat au 30 juin 2025", "Cible 2027"]]
            + [list(r) for r in PD_INDICATORS])


def _check_pdf():
    cols = [sum(f[i] for f in PD_FUNDERS) for i in (1, 2, 3)]
    assert cols == [154000, 158000, 153000] and sum(cols) == 465000


PD_TABLES = {"financement": (pd_funding_rows, [195, 70, 70, 70]),
             "indicateurs": (pd_indicator_rows, [215, 70, 110])}
PD_BLOCKS = [
    ("h", "1. Constat"),
    ("p", "Le Pignada, quartier d'habitat social de 3 900 habitants, est situé à 4,5 km du "
          "centre de Bérensac et à 7 km de la zone d'activités de Larrouquey, premier bassin "
          "d'emploi de l'agglomération. La ligne de bus n° 3 le relie au centre toutes les 40 "
          "minutes en semaine, de 6 h 45 à 19 h 30, et ne circule pas le dimanche."),
    ("p", "Dans le quartier, 38 % des ménages ne possèdent pas de voiture, contre 12 % dans "
          "l'ensemble de la commune. Sur les 640 demandeurs d'emploi du Pignada inscrits à France "
          "Travail, 52 % citent la mobilité comme un frein à leur reprise d'emploi. Les "
          "entreprises de Larrouquey, qui travaillent souvent en horaires décalés, peinent à "
          "recruter."),
    ("h", "2. Objectifs"),
    ("p", "L'action poursuit trois objectifs :"),
    ("b", "permettre à chaque demandeur d'emploi du quartier de disposer d'une solution de "
          "transport adaptée à son projet professionnel ;"),
    ("b", "augmenter le nombre d'habitants titulaires du permis de conduire ;"),
    ("b", "rendre la zone d'activités de Larrouquey accessible aux horaires de travail des "
          "entreprises, y compris tôt le matin et le soir."),
    ("h", "3. Contenu de l'action"),
    ("p", "Action 1 – Diagnostic de mobilité. Une conseillère mobilité de Lande en Route, "
          "Amandine Ducournau, reçoit chaque demandeur d'emploi orienté par France Travail ou la "
          "mission locale pour un bilan de deux heures et lui propose un parcours."),
    ("p", "Action 2 – Permis de conduire. L'auto-école associative Les Airelles prépare chaque "
          "année 40 habitants au permis B ; le reste à charge de l'élève est plafonné à 150 €."),
    ("p", "Action 3 – Location solidaire. Un parc de 15 scooters et de 4 voitures est loué aux "
          "personnes en reprise d'emploi pour 2 € par jour, pendant six mois au plus."),
    ("p", "Action 4 – Transport à la demande. Une navette sur réservation relie le Pignada à la "
          "zone d'activités de Larrouquey de 5 h à 22 h, du lundi au samedi, pour les salariés "
          "et les stagiaires."),
    ("p", "Action 5 – Vélo-école. Des ateliers d'apprentissage du vélo pour adultes et de "
          "réparation sont organisés chaque samedi matin au pied de la résidence Bécasse."),
    ("h", "4. Public visé"),
    ("p", "Demandeurs d'emploi, jeunes suivis par la mission locale, allocataires du RSA et "
          "salariés en insertion résidant au Pignada."),
    ("h", "5. Plan de financement (en euros)"),
    ("table", "financement"),
    ("note", "Crédits de fonctionnement. La participation des usagers correspond aux locations de "
             "véhicules et aux frais d'inscription à l'auto-école."),
    ("h", "6. Indicateurs de suivi"),
    ("table", "indicateurs"),
    ("note", "Résultats à mi-parcours présentés au comité de suivi du 10 juillet 2025."),
    ("h", "7. Calendrier"),
    ("b", "janvier 2025 : ouverture de la plateforme de mobilité, dans les locaux de la maison "
          "de l'emploi ;"),
    ("b", "mars 2025 : première session de l'auto-école associative ;"),
    ("b", "septembre 2025 : mise en service de la navette vers la zone d'activités de "
          "Larrouquey ;"),
    ("b", "décembre 2027 : évaluation finale de l'action."),
    ("h", "8. Suivi et évaluation"),
    ("p", "Un comité de suivi se réunit chaque semestre sous la présidence du vice-président de "
          "Bérensac Landes Agglomération chargé de l'emploi. Il associe les financeurs, "
          "l'opérateur, France Travail, la mission locale et le conseil citoyen du Pignada. "
          "L'évaluation finale sera confiée à un prestataire extérieur."),
]


# ---------------------------------------------------------------------------
# 3. Regional daily's web article on the convention: HTML (town 2)
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Bellinval : 71,3 millions d'euros pour transformer les Linières – Le Phare du Vermandois</title>
<meta name="description" content="Bellinval : la convention de renouvellement urbain du quartier des Linières a été signée. Deux immeubles seront démolis et le centre commercial reconstruit d'ici 2033.">
<meta name="author" content="Maxime Dewaele">
<meta property="article:published_time" content="2025-12-03T06:30:00+01:00">
<link rel="canonical" href="https://www.phare-vermandois.example/bellinval/linieres-convention-renouvellement-urbain">
<style>.bandeau-cookies{position:fixed;bottom:0;left:0;right:0}.abonne{font-weight:bold}</style>
<script>window.pvConsent = window.pvConsent || {};</script>
</head>
<body>
<div class="bandeau-cookies" role="dialog">
  <p>Avec votre accord, Le Phare du Vermandois et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées. <a href="/cookies/">Personnaliser mes choix</a> · <a href="#">Accepter</a> · <a href="#">Continuer sans accepter</a></p>
</div>
<header class="entete">
  <p class="logo"><a href="/">Le Phare du Vermandois</a></p>
  <nav class="rubriques">
    <ul>
      <li><a href="/bellinval/">Bellinval</a></li>
      <li><a href="/vermandois/">Vermandois</a></li>
      <li><a href="/aisne/">Aisne</a></li>
      <li><a href="/faits-divers/">Faits divers</a></li>
      <li><a href="/sports/">Sports</a></li>
      <li><a href="/sortir/">Sortir</a></li>
      <li><a href="/abonnement/" class="abonne">Je m'abonne</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="ariane"><a href="/">Accueil</a> › <a href="/bellinval/">Bellinval</a> › Urbanisme</nav>

<article class="article">
  <p class="rubrique">Bellinval · Urbanisme</p>
  <h1>Bellinval : 71,3 millions d'euros pour transformer les Linières</h1>
  <p class="auteur">Par Maxime Dewaele · Publié le <time datetime="2025-12-03T06:30">3 décembre 2025 à 6 h 30</time></p>
  <p class="chapo">La convention de renouvellement urbain du quartier a été signée mardi en mairie. Deux immeubles seront démolis et le centre commercial reconstruit d'ici 2033.</p>

  <p>Il aura fallu près de quatre ans de discussions. Mardi 2 décembre, dans la salle des fêtes de l'hôtel de ville, la maire de Bellinval, Hélène Dromas, le président de la communauté d'agglomération Bellinval-Vermandois, Patrick Delannoy, le préfet de l'Aisne et les représentants des deux bailleurs sociaux ont signé la convention de renouvellement urbain des Linières. À la clé, 71,3 millions d'euros de travaux d'ici 2033, dont 17,9 millions apportés par l'Agence nationale pour la rénovation urbaine (ANRU).</p>
  <p>Deux immeubles vont disparaître : la tour Organdi, 104 logements sur quatorze étages, propriété de l'office Vermandois Habitat, et la barre Percale, 68 logements, qui appartient à Avrelis Habitat. Au total, 142 ménages devront être relogés ; les premiers entretiens individuels débuteront en janvier. « Aucune famille ne partira sans avoir reçu au moins trois propositions de logement », promet Bertrand Choquet-Lambin, directeur général de Vermandois Habitat. La tour Organdi devrait tomber la première, au second semestre 2027.</p>

  <h2>Un centre commercial reconstruit</h2>
  <p>L'autre chantier emblématique concerne le centre commercial des Linières, construit en 1974, où six des seize cellules sont aujourd'hui vides. Il sera démoli puis reconstruit un peu plus au sud, le long de la rue des Brodeuses, avec huit commerces et une supérette. Coût de l'opération : 9,8 millions d'euros. « On a perdu la boulangerie en 2023, la pharmacie menace de partir. Il était temps », soupire Josiane Ledoux-Fremaux, membre du conseil citoyen, qui tient la mercerie du centre depuis 1991.</p>

  <h2>Des logements rénovés, d'autres reconstruits ailleurs</h2>
  <p>Les 356 logements des résidences Batiste et Linon seront réhabilités. Chez Avrelis Habitat, les travaux de la résidence Linon ont commencé en mai. « Les locataires vont gagner trois classes sur leur étiquette énergie et payer nettement moins de chauffage », assure Sophie Derveaux-Lhomme, directrice régionale Nord-Est du bailleur. Une maison du projet ouvrira au printemps 2026 au rez-de-chaussée de la résidence Batiste.</p>
  <p>Pour l'opposition municipale, le compte n'y est pas. « On démolit 172 logements et on n'en reconstruit que 120, dont à peine 30 dans le quartier », regrette le conseiller municipal Rodolphe Ozanne. La maire assume : « Les Linières ont besoin de moins de logements sociaux et de plus de mixité. »</p>

  <aside class="encadre">
    <h3>Repères – Les Linières</h3>
    <ul>
      <li>4 600 habitants, 1 780 logements dont 1 530 logements sociaux</li>
      <li>Taux de chômage : 29 %, contre 15 % dans l'ensemble de Bellinval</li>
      <li>172 logements démolis, 120 reconstruits, 356 réhabilités</li>
      <li>Prêts bonifiés d'Action Logement : 5,6 millions d'euros</li>
      <li>Fin des travaux prévue en 2033</li>
    </ul>
  </aside>
</article>

<aside class="colonne">
  <section class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
      <li><a href="/vermandois/marche-de-noel-programme/">Marché de Noël : le programme des animations dans le Vermandois</a></li>
      <li><a href="/aisne/rd-1029-travaux-deviation/">RD 1029 : une déviation mise en place pendant trois semaines</a></li>
      <li><a href="/sports/football-bellinval-coupe-de-france/">Football : Bellinval rêve d'un exploit en Coupe de France</a></li>
    </ol>
  </section>
  <section class="newsletter">
    <h2>L'essentiel du Vermandois</h2>
    <p>Chaque matin à 6 heures, recevez gratuitement les informations de Bellinval et de ses environs dans votre boîte aux lettres électronique.</p>
    <form action="/newsletter/" method="post"><input type="email" name="email" placeholder="Votre adresse électronique"><button type="submit">Je m'inscris</button></form>
  </section>
</aside>

<section class="a-lire-aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/bellinval/linieres-centre-commercial-commercants-inquiets/">Centre commercial des Linières : les commerçants inquiets pour leur avenir</a></li>
    <li><a href="/bellinval/tour-organdi-locataires-reunion/">Tour Organdi : les locataires ont rencontré leur bailleur</a></li>
    <li><a href="/aisne/logement-social-demandes-hausse/">Aisne : la demande de logement social continue d'augmenter</a></li>
  </ul>
</section>
</main>

<footer class="pied-de-page">
  <p>Le Phare du Vermandois – 14, place Jean-Racine – Bellinval</p>
  <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">Conditions d'utilisation</a> · <a href="/confidentialite/">Politique de confidentialité</a> · <a href="/contact/">Contact</a></p>
  <p>© 2025 Le Phare du Vermandois. Tous droits réservés.</p>
</footer>
</body>
</html>
"""


def _check_html():
    assert 104 + 68 == 172 and 208 + 148 == 356 and 172 - 120 == 52


# ---------------------------------------------------------------------------
# 4. Consultancy mission sheet on the shopping centre: DOCX (town 2)
# ---------------------------------------------------------------------------
DX_COMPANY = "Atelier Comptoirs Urbains"
DX_DOC_KIND = "Fiche mission"
DX_HEADER = "Atelier Comptoirs Urbains – Fiche mission – Bellinval, centre commercial des Linières"
DX_FOOTER = ("Atelier Comptoirs Urbains – commerce, foncier et programmation urbaine – 8, rue des "
             "Arbalétriers – Amiens – fiche mise à jour le 15 janvier 2026")
DX_KICKER = "Atelier Comptoirs Urbains – Fiche mission"
DX_TITLE = "Restructuration du centre commercial des Linières à Bellinval"
DX_SUBTITLE = ("Assistance à maîtrise d'ouvrage commerce et foncier – fiche mise à jour le "
               "15 janvier 2026")
DX_KEYWORDS = ("assistance à maîtrise d'ouvrage; commerce de proximité; centre commercial; "
               "copropriété; Linières; Bellinval; renouvellement urbain")
DX_FIELDS = [
    ("Client", "Ville de Bellinval, direction de l'aménagement et du renouvellement urbain"),
    ("Interlocuteur", "Grégoire Malfait, chef de projet renouvellement urbain"),
    ("Site", "Bellinval (Aisne, 27 800 habitants), quartier prioritaire des Linières "
             "(4 600 habitants)"),
    ("Procédure", "Marché à procédure adaptée, avec une tranche ferme et une tranche optionnelle"),
    ("Notification", "17 février 2025"),
    ("Durée", "30 mois, de mars 2025 à août 2027"),
    ("Montant", "148 500 € HT, dont 112 500 € HT de tranche ferme et 36 000 € HT de tranche "
                "optionnelle"),
    ("Cofinancement", "Banque des Territoires, 40 % de la tranche ferme"),
    ("Équipe", "Delphine Caudron, directrice de mission ; Anthony Delerue, chargé d'études "
               "commerce ; Inès Benyahia, juriste en droit immobilier ; un géomètre-expert "
               "sous-traitant"),
]
# task, tranche, days, amount (euros HT)
DX_TASKS = [("1. Diagnostic commercial", "Ferme", 30, 28500),
            ("2. Programmation du futur pôle commercial", "Ferme", 32, 31000),
            ("3. Stratégie foncière et négociations", "Ferme", 34, 33000),
            ("4. Accompagnement des commerçants", "Ferme", 22, 20000),
            ("5. Recherche d'un exploitant et commercialisation", "Optionnelle", 36, 36000)]
DX_SCENARIOS = [
    ("Surface commerciale", "2 600 m²", "1 450 m²"),
    ("Nombre de cellules", "14", "9 (8 commerces et une supérette)"),
    ("Coût estimé", "7,1 M€ HT", "9,8 M€ HT"),
    ("Fermeture des commerces pendant les travaux", "18 mois", "Aucune (transfert direct)"),
    ("Délai de réalisation", "2027-2029", "2026-2028"),
]


def dx_amount_rows():
    e = probekit.eur
    rows = [["Élément de mission", "Tranche", "Jours", "Montant (€ HT)"]]
    for name, tranche, days, amount in DX_TASKS:
        rows.append([name, tranche, str(days), e(amount)])
    rows.append(["Total", "", str(sum(t[2] for t in DX_TASKS)), e(sum(t[3] for t in DX_TASKS))])
    return rows


def dx_scenario_rows():
    return ([["Critère", "Scénario A – réhabilitation sur place",
              "Scénario B – démolition et reconstruction rue des Brodeuses"]]
            + [list(r) for r in DX_SCENARIOS])


def _check_docx():
    assert sum(t[3] for t in DX_TASKS) == 148500 and sum(t[2] for t in DX_TASKS) == 154
    assert sum(t[3] for t in DX_TASKS if t[1] == "Ferme") == 112500
    assert round(0.4 * 112500) == 45000 and 98 - 71 == 27


DX_TABLES = {"montant": dx_amount_rows(), "scenarios": dx_scenario_rows()}
DX_WIDTHS = {"montant": [4700, 1600, 1100, 2200], "scenarios": [3000, 3200, 3400]}
DX_SECTIONS = [
    ("h1", "1. Contexte"),
    ("p", "Construit en 1974 au cœur des Linières, le centre commercial occupe 3 200 m² en rez-de-"
          "chaussée d'une dalle de parkings. Il compte 16 cellules, dont 6 étaient vacantes à la "
          "fin de 2024, et forme une copropriété de 11 copropriétaires. Depuis la fermeture de la "
          "supérette en 2022, les commerçants estiment avoir perdu près d'un tiers de leur "
          "clientèle."),
    ("p", "La convention de renouvellement urbain des Linières, signée le 2 décembre 2025, "
          "prévoit la démolition du centre et la construction d'un pôle commercial neuf rue des "
          "Brodeuses. La Ville a confié à Atelier Comptoirs Urbains la préparation de cette "
          "opération, de l'étude de marché jusqu'au transfert des commerces."),
    ("h1", "2. Contenu de la mission"),
    ("p", "La tranche ferme comprend quatre missions :"),
    ("li", "diagnostic commercial : enquête auprès de 400 ménages du quartier, comptages de "
           "fréquentation et analyse de la zone de chalandise ;"),
    ("li", "programmation : définition du nombre, de la taille et de l'activité des futurs "
           "commerces, et comparaison de deux scénarios ;"),
    ("li", "stratégie foncière : estimation de la valeur des 11 lots de la copropriété et des "
           "indemnités d'éviction, conduite des négociations amiables ;"),
    ("li", "accompagnement des commerçants : recherche de locaux provisoires, préparation des "
           "transferts et des nouveaux baux."),
    ("p", "La tranche optionnelle porte sur la recherche d'un exploitant pour la supérette et la "
          "commercialisation des cellules du nouveau pôle. Elle a été affermie le 9 octobre 2025."),
    ("h1", "3. Décomposition du montant"),
    ("table", "montant"),
    ("note", "Prix forfaitaires. Les relevés du géomètre-expert sont compris dans la mission 3."),
    ("h1", "4. Scénarios étudiés"),
    ("table", "scenarios"),
    ("p", "Le comité de pilotage du 12 juin 2025 a retenu le scénario B, malgré un surcoût de "
          "2,7 M€ HT, parce qu'il permet aux commerçants de passer directement de l'ancien centre "
          "au nouveau sans interrompre leur activité. Le nouveau pôle sera construit avant la "
          "démolition de l'ancien centre."),
    ("h1", "5. Livrables"),
    ("p", "Les documents remis à la Ville sont les suivants :"),
    ("li", "le rapport de diagnostic commercial, remis en mai 2025 ;"),
    ("li", "le programme du pôle commercial, validé par le comité de pilotage du 12 juin 2025 ;"),
    ("li", "le plan d'acquisition des lots et les fiches d'estimation par lot ;"),
    ("li", "le guide du transfert des commerces, remis à chaque commerçant."),
    ("h1", "6. Avancement au 31 décembre 2025"),
    ("p", "Le diagnostic et la programmation sont achevés. Sept des onze copropriétaires ont signé "
          "une promesse de vente, pour un montant cumulé de 1 240 000 € ; pour les quatre autres "
          "lots, dont celui de la pharmacie, la Ville demandera une déclaration d'utilité publique "
          "en 2026. Deux enseignes de supérette ont répondu à l'appel à candidatures lancé en "
          "novembre 2025."),
    ("h1", "7. Points de vigilance"),
    ("li", "Le maintien de la pharmacie, seul professionnel de santé du quartier, conditionne la "
           "fréquentation du futur pôle."),
    ("li", "Les loyers des nouvelles cellules devront rester proches de ceux du centre actuel, "
           "soit environ 110 € HT par m² et par an."),
    ("li", "Le calendrier du pôle dépend de la libération du terrain de la rue des Brodeuses, "
           "occupé par un parking de Vermandois Habitat."),
]


# ---------------------------------------------------------------------------
# 5. Landlord's progress note on the refurbishments: Markdown (both towns)
# ---------------------------------------------------------------------------
# funder, Grive, Linon (thousands of euros)
MD_FUNDING = [("Subventions de l'ANRU", 1480, 1360),
              ("Prêts bonifiés d'Action Logement", 1120, 890),
              ("Éco-prêt de la Banque des Territoires", 3350, 3050),
              ("Certificats d'économies d'énergie", 410, 380),
              ("Fonds propres d'Avrelis Habitat", 1840, 1720)]


def md_funding_table():
    e = probekit.eur
    lines = ["| Financement (k€) | Résidence Grive | Résidence Linon | Total |", "|---|---|---|---|"]
    for name, a, b in MD_FUNDING:
        lines.append(f"| {name} | {e(a)} | {e(b)} | {e(a + b)} |")
    ta, tb = sum(f[1] for f in MD_FUNDING), sum(f[2] for f in MD_FUNDING)
    lines.append(f"| Total | {e(ta)} | {e(tb)} | {e(ta + tb)} |")
    return "\n".join(lines)


def _check_md():
    assert sum(f[1] for f in MD_FUNDING) == 8200 and sum(f[2] for f in MD_FUNDING) == 7400
    assert round(8200000 / 186, -2) == 44100 and 7400000 / 148 == 50000
    assert round(100 * 122 / 186) == 66


MD = """---
title: "Point d'étape – Réhabilitations thermiques des résidences Grive et Linon"
organisation: "Avrelis Habitat, entreprise sociale pour l'habitat"
auteur: "Direction du patrimoine et de la maîtrise d'ouvrage"
date: 2025-12-12
diffusion: "Conseil d'administration"
lieux: ["Bérensac (Landes)", "Bellinval (Aisne)"]
tags: [réhabilitation, rénovation énergétique, renouvellement urbain, NPNRU]
---

# Réhabilitations thermiques des résidences Grive et Linon : point d'étape au 31 octobre 2025

*Note de la direction du patrimoine et de la maîtrise d'ouvrage, présentée au conseil d'administration du 11 décembre 2025*

Avrelis Habitat gère 27 400 logements sociaux dans 11 départements. L'entreprise est engagée dans deux projets de renouvellement urbain soutenus par l'ANRU : au Pignada, à Bérensac (Landes), dont la convention a été signée le 25 septembre 2025, et aux Linières, à Bellinval (Aisne), dont la convention a été signée le 2 décembre 2025. Dans chacun de ces quartiers, elle démolit une barre – la barre Ortolan et la barre Percale – et réhabilite une résidence. Cette note fait le point sur les deux chantiers de réhabilitation.

## La résidence Grive (Bérensac)

Construite en 1972, la résidence Grive compte 186 logements répartis dans six bâtiments. Les travaux ont commencé le 2 septembre 2024 : isolation des façades par l'extérieur, remplacement des fenêtres, raccordement à une chaufferie au bois et ventilation mécanique. Au 31 octobre 2025, 122 logements étaient terminés, soit les deux tiers ; la fin du chantier est attendue en mars 2026. Les loyers n'augmenteront pas après les travaux.

## La résidence Linon (Bellinval)

Construite en 1968, la résidence Linon compte 148 logements répartis dans quatre bâtiments. Le chantier a démarré le 5 mai 2025, après une concertation au cours de laquelle 71 % des locataires ayant voté ont approuvé le programme. Au 31 octobre 2025, 31 logements étaient terminés ; la livraison du dernier bâtiment est prévue en avril 2027. Une hausse de loyer de 9 € par mois, inférieure à la baisse de charges attendue, s'appliquera à la fin des travaux.

« À Bellinval, nous avons ouvert un logement témoin avant de lancer le vote : les locataires ont pu toucher du doigt ce qui allait changer », explique Sophie Derveaux-Lhomme, directrice régionale Nord-Est.

## Les deux chantiers comparés

| Au 31 octobre 2025 | Résidence Grive (Bérensac) | Résidence Linon (Bellinval) |
|---|---|---|
| Logements | 186 | 148 |
| Année de construction | 1972 | 1968 |
| Début des travaux | 2 septembre 2024 | 5 mai 2025 |
| Logements terminés | 122 | 31 |
| Fin prévue | Mars 2026 | Avril 2027 |
| Coût des travaux TTC | 8,2 M€ | 7,4 M€ |
| Coût par logement | 44 100 € | 50 000 € |
| Étiquette énergie avant / après | E / B | F / C |
| Consommation avant / après (kWh/m²/an) | 212 / 88 | 268 / 104 |
| Baisse de charges attendue par logement | 28 € par mois | 35 € par mois |
| Hausse de loyer après travaux | Aucune | 9 € par mois |

## Le financement des deux opérations

""" + md_funding_table() + """

Les subventions de l'ANRU et les prêts d'Action Logement sont inscrits aux conventions de renouvellement urbain des deux quartiers. Les certificats d'économies d'énergie ont été vendus à un fournisseur d'énergie.

## Ce que nous retenons

Le point d'étape fait ressortir trois enseignements :

1. Le logement témoin et les visites de chantier ont fortement augmenté la participation des locataires à la concertation.
2. Travailler en site occupé impose une coordination quotidienne : à Bérensac, un chargé de relation locataires assure une permanence deux jours par semaine dans la résidence.
3. Les retards d'approvisionnement en menuiseries ont décalé de deux mois le chantier de la résidence Grive.

## Orientations

Le conseil d'administration a approuvé les orientations suivantes :

1. Prévoir un logement témoin dans toute réhabilitation de plus de 100 logements.
2. Mesurer les consommations réelles des deux résidences pendant les deux hivers qui suivent la fin des travaux.
3. Généraliser le poste de chargé de relation locataires à la résidence Linon dès le premier trimestre 2026.
4. Présenter un bilan final des deux opérations au conseil d'administration de juin 2027.

> « Une réhabilitation réussie se mesure sur la facture des locataires, pas seulement sur l'étiquette énergie », rappelle Agnès Talbot, directrice du patrimoine et de la maîtrise d'ouvrage d'Avrelis Habitat.
"""


# ===========================================================================
# Writing, with the shared DOCX and PDF writers of evals/probekit.py, and the check of
# evals/questions.probe18.jsonl
# ===========================================================================
def write_docx():
    probekit.write_docx(
        os.path.join(OUT, FN_DOCX), kicker=DX_KICKER, title=DX_TITLE, subtitle=DX_SUBTITLE,
        fields=DX_FIELDS, sections=DX_SECTIONS, tables=DX_TABLES, widths=DX_WIDTHS,
        header=DX_HEADER, footer=DX_FOOTER, doc_kind=DX_DOC_KIND, company=DX_COMPANY,
        keywords=DX_KEYWORDS, date=DOCX_DATE, zip_dt=ZIP_DT, revision=6, header_fill="7A3E2B",
        total_match="exact")


def write_pdf():
    probekit.write_pdf(
        os.path.join(OUT, FN_PDF), kicker=PD_KICKER, title=PD_TITLE, subtitle=PD_SUBTITLE,
        form=PD_FORM, blocks=PD_BLOCKS, tables=PD_TABLES, total_tables={"financement"},
        form_label_w=125, theme=probekit.THEME_BRICK, header_left=PD_HEADER_LEFT,
        header_right=PD_HEADER_RIGHT, footer=PD_FOOTER, author=PD_AUTHOR, subject=PD_SUBJECT,
        creator=PD_CREATOR, date=PDF_DATE)


def write_text(name, text):
    probekit.write_text(os.path.join(OUT, name), text)


BLOCK_READERS = probekit.block_readers(FN_DOCX, FN_PDF, FN_HTML, FN_MD, FN_TXT)


def main():
    os.makedirs(OUT, exist_ok=True)
    _check_txt()
    _check_pdf()
    _check_html()
    _check_docx()
    _check_md()
    write_text(FN_TXT, TXT)
    write_pdf()
    write_text(FN_HTML, HTML)
    write_docx()
    write_text(FN_MD, MD)
    if probekit.print_report(OUT, BLOCK_READERS, QUESTIONS, QID_PREFIX):
        sys.exit(1)


if __name__ == "__main__":
    main()
