#!/usr/bin/env python3
"""Write evals/questions.probe26.jsonl, the question set of probe26 (see make_docs.py).

45 questions: 35 answerable over the five documents of evals/probe26/docs, 10 unanswerable
near-misses. The questions are held below; run this script, then evals/probe26/make_docs.py to
check every gold quote and answer fact against the documents. The set was written blind: without
looking at the answerer, its index or its ingestion.

Run from the repository root: python evals/probe26/build_questions.py
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "questions.probe26.jsonl")

DOCX = "rapport-analyse-offres-desamiantage-deconstruction-tour-jaufre-thouet-habitat.docx"
PDF = "bilan-concertation-prealable-npnru-epinettes-montcharoux-sur-sioule.pdf"
HTML = "radio-thouet-invitee-matin-francoise-aubineau-pre-gaudin-tour-jaufre.html"
MD = "crc-rapport-observations-definitives-sioule-habitat-extrait-epinettes.md"
TXT = "offre-emploi-celestia-habitat-charge-operations-renouvellement-bernart-cirrus.txt"

KIND = {DOCX: ["bid-report", "docx"], PDF: ["consultation-summary", "pdf"],
        HTML: ["radio-interview", "html"], MD: ["audit-report", "md"],
        TXT: ["job-offer", "txt"]}


def euros(n):
    """Aliases of a whole amount written "120 600" in the documents."""
    plain = n.replace(" ", "")
    comma = f"{int(plain):,}"
    return [n, f"{n} €", comma, f"€{comma}", plain]


def f(text, *aliases):
    return {"text": text, "aliases": list(aliases)}


def money(n, *extra, sign=True):
    """An answer fact for a whole amount: "n €" when the document writes the euro sign after
    it, else the bare "n" (a table cell), with the usual aliases and any extra ones."""
    al = euros(n)
    text = f"{n} €" if sign else n
    return f(text, *[a for a in al if a != text], *extra)


def A(question, lang, facts, quotes, docs, tags):
    kinds = []
    for d in docs:
        kinds += [t for t in KIND[d] if t not in kinds]
    return {"question": question, "language": lang, "answerable": True, "answer_facts": facts,
            "gold_quotes": quotes, "gold_docs": docs, "tags": kinds + tags}


def U(question, lang, near_docs, tags):
    return {"question": question, "language": lang, "answerable": False, "answer_facts": [],
            "gold_quotes": [], "gold_docs": [],
            "tags": ["unanswerable", "near-miss"] + tags + [f"near-doc:{d}" for d in near_docs]}


CASES = [
    # --- DOCX: bid evaluation report, demolition of the tour Jaufré (town 1) -------------------
    A("Which contractor did the engineer recommend to take down the Jaufré tower, and for what "
      "price before VAT?", "en",
      [f("Sauzeau Démolition", "Sauzeau", "Sauzeau Démolition / Ecodémo Atlantique",
         "groupement Sauzeau Démolition / Ecodémo Atlantique"),
       money("2 365 000", "2,365 M€", "2.365 million", "€2.37m")],
      ["d'attribuer le marché au groupement Sauzeau Démolition (mandataire, Parthenay) / "
       "Ecodémo Atlantique (cotraitant chargé du désamiantage, La Roche-sur-Yon), pour un "
       "montant de 2 365 000 € HT, soit 2 838 000 € TTC",
       "2 365 000 € HT : le montant du marché de démolition de la tour Jaufré"], [DOCX, HTML],
      ["cross-doc", "paraphrase", "organisation", "amount", "compound"]),
    A("Dans la notation des candidats à la déconstruction de la tour Jaufré, quel poids le coût "
      "proposé avait-il sur cent ?", "fr",
      [f("40 points", "40", "40 %", "40/100", "quarante points")],
      ["Prix des prestations", "40 points"], [DOCX],
      ["table", "paraphrase", "share"]),
    A("jaufré tender: nb of bids received vs nb actually scored?", "en",
      [f("6", "six", "six plis", "6 bids"), f("5", "cinq", "five", "5 offres régulières")],
      ["Six plis ont été reçus dans le délai ; aucun pli n'est parvenu hors délai.",
       "Cinq offres régulières ont été analysées."], [DOCX],
      ["paraphrase", "count", "compound", "terse"]),
    A("Qu'est-ce qui a disqualifié la société nantaise spécialisée dans l'amiante lors de la "
      "consultation de Thouet Habitat ?", "fr",
      [f("certification SS3", "SS3", "sous-section 3", "absence de certification SS3")],
      ["l'entreprise ne justifie pas de la certification SS3, et son offre ne mentionne aucun "
       "sous-traitant certifié"], [DOCX],
      ["paraphrase", "decision"]),
    A("Who was runner-up in the scoring of the demolition bids, and with what overall mark?",
      "en",
      [f("Orvalis Démolition", "Orvalis"), f("90,19", "90.19", "90,19/100", "90.19 out of 100")],
      ["devant Orvalis Démolition (90,19) et Démolitions Gourdonneau (90,11)"], [DOCX],
      ["paraphrase", "organisation", "score", "compound"]),
    A("Combien de temps le groupement retenu se donne-t-il pour faire disparaître la tour, et "
      "quelle part de ce délai va au retrait de l'amiante ?", "fr",
      [f("15 mois", "quinze mois", "15 months"), f("5 mois", "cinq mois", "5 months")],
      ["un délai d'exécution de 15 mois, dont 5 mois de désamiantage, à compter de l'ordre de "
       "service"], [DOCX],
      ["list", "paraphrase", "duration", "compound"]),
    A("Before any bid was opened, what price had the project engineer put on the Jaufré "
      "works?", "en",
      [money("2 650 000", "2,65 M€", "2.65 million", "€2.65m")],
      ["Estimation du maître d'œuvre", "2 650 000 € HT"], [DOCX],
      ["field", "paraphrase", "amount"]),
    A("Quel volume d'heures la clause sociale du chantier de la tour Jaufré réserve-t-il aux "
      "publics éloignés de l'emploi ?", "fr",
      [f("2 800 heures", "2800 heures", "2 800 h", "2,800 hours", "2800")],
      ["2 800 heures de travail réservées à des personnes en insertion professionnelle, au "
       "titre de la clause sociale du marché.",
       "Il y a 2 800 heures de travail en insertion prévues sur la démolition."], [DOCX, HTML],
      ["list", "cross-doc", "paraphrase", "count"]),
    A("Under technical merit, which three aspects of each demolition bid were marked?", "en",
      [f("méthodologie de désamiantage et de déconstruction", "methodology",
         "asbestos removal and demolition method"),
       f("moyens humains et matériels", "staff and equipment", "human and material resources"),
       f("planning et phasage", "schedule and phasing", "planning")],
      ["Valeur technique : méthodologie de désamiantage et de déconstruction",
       "Valeur technique : moyens humains et matériels affectés au chantier",
       "Valeur technique : planning et phasage"], [DOCX],
      ["table", "list", "paraphrase"]),
    # --- HTML: radio interview of the mayor of Mauzelay-sur-Thouet (town 1) --------------------
    A("Combien la commune de Mauzelay-sur-Thouet sort-elle de sa propre poche pour la "
      "transformation du Pré-Gaudin ?", "fr",
      [f("6,3 millions d'euros", "6,3 M€", "6.3 million", "€6.3m", "6 300 000 €")],
      ["La Ville, elle, prend à sa charge 6,3 millions d'euros, essentiellement pour la "
       "reconstruction de l'école des Mégissiers et les espaces publics."], [HTML],
      ["paraphrase", "amount", "quote"]),
    A("At the end of January, how many Marcabru households in the two stairwells due to come "
      "down were still waiting for a new home?", "en",
      [f("15", "15 ménages", "fifteen", "15 households")],
      ["Au 31 janvier, 19 l'ont été, et 15 restent à reloger."], [HTML],
      ["paraphrase", "count", "quote"]),
    A("What will rebuilding the Mégissiers primary school cost, and when should pupils move "
      "into the new building?", "en",
      [f("5,4 millions d'euros", "5,4 M€", "5.4 million", "€5.4m"),
       f("septembre 2028", "September 2028", "rentrée 2028", "autumn 2028")],
      ["Elle sera entièrement reconstruite, sur place, pour 5,4 millions d'euros.",
       "la nouvelle école ouvrira à la rentrée de septembre 2028, avec dix classes"], [HTML],
      ["paraphrase", "amount", "date", "compound"]),
    A("pré-gaudin project office - opening hours?", "en",
      [f("le mardi et le jeudi de 14 h à 18 h", "Tuesday and Thursday 2-6 pm",
         "Tuesdays and Thursdays, 2 pm to 6 pm", "mardi et jeudi 14 h-18 h"),
       f("le samedi de 9 h à 12 h", "Saturday 9 am to noon", "Saturday 9-12",
         "samedi 9 h-12 h")],
      ["La maison du projet, place des Parcheminiers, est ouverte le mardi et le jeudi de 14 h à "
       "18 h, et le samedi de 9 h à 12 h."], [HTML],
      ["paraphrase", "list", "terse", "schedule"]),
    A("Où seront bâtis les logements sociaux qui compensent ceux rasés au Pré-Gaudin, et "
      "combien sur chaque terrain ?", "fr",
      [f("îlot des Corroyeurs", "Corroyeurs"), f("48", "48 logements"),
       f("rue de la Croix-Pelée", "Croix-Pelée"), f("36", "36 logements")],
      ["Les 84 logements sociaux neufs seront construits hors du quartier, 48 sur l'îlot des "
       "Corroyeurs par Thouet Habitat et 36 rue de la Croix-Pelée par Célestia Habitat."],
      [HTML],
      ["list", "paraphrase", "place", "count", "compound"]),
    A("How much extra per month does the pensioner who left the ninth floor of the tower now "
      "pay?", "en",
      [f("23 €", "23 euros", "€23", "23 € de plus par mois", "23 euros a month")],
      ["Je paie 23 € de plus par mois, et je chauffe moins."], [HTML],
      ["paraphrase", "amount", "quote"]),
    A("Sur toute sa durée, combien pèse financièrement le projet du Pré-Gaudin, et quelle "
      "somme l'agence nationale y injecte-t-elle ?", "fr",
      [f("41,2 millions d'euros", "41,2 M€", "41.2 million", "€41.2m"),
       f("11,8 millions", "11,8 M€", "11.8 million", "€11.8m")],
      ["L'ensemble du projet du Pré-Gaudin représente 41,2 millions d'euros sur huit ans, de "
       "2025 à 2032. L'ANRU en apporte 11,8 millions."], [HTML],
      ["paraphrase", "amount", "compound"]),
    # --- PDF: summary of the public consultation, Les Épinettes (town 2) ----------------------
    A("Adding up every consultation event in Les Épinettes, how many contributions were "
      "counted?", "en",
      [f("575", "575 participations", "575 contributions")],
      ["Total", "575"], [PDF],
      ["table", "paraphrase", "count"]),
    A("Combien de personnes sont venues à la soirée d'ouverture de la concertation aux "
      "Épinettes ?", "fr",
      [f("124", "124 participants", "124 personnes")],
      ["Réunion publique de lancement", "124"], [PDF],
      ["table", "paraphrase", "count"]),
    A("Which agency ran the Épinettes consultation for the agglomeration, and what was its "
      "fee?", "en",
      [f("Palabre & Territoires", "Palabre et Territoires", "Palabre"),
       money("28 400", "28,400 excl. VAT", "€28.4k")],
      ["Palabre & Territoires (Clermont-Ferrand), sous la direction d'Anaïs Delarbre ; mission "
       "de 28 400 € HT"], [PDF],
      ["field", "paraphrase", "organisation", "amount", "compound"]),
    A("Après les remarques des habitants, combien d'arbres de la place des Mariniers échappent "
      "finalement à la tronçonneuse ?", "fr",
      [f("14", "14 platanes", "14 des 22 platanes", "quatorze")],
      ["14 des 22 platanes de la place des Mariniers seront conservés, au lieu de 6 dans le "
       "projet initial ;"], [PDF],
      ["list", "paraphrase", "count"]),
    A("What did the steering committee change in the Épinettes plan after listening to "
      "residents? List every change.", "en",
      [f("city-stade", "sports pitch", "multi-sport pitch stays"),
       f("14 des 22 platanes", "14 plane trees", "14 of the 22 plane trees"),
       f("30 km/h", "30 kph", "speed limit of 30 km/h"),
       f("180 m²", "180 m2", "180 square metres", "community room")],
      ["le city-stade, que le projet initial déplaçait en bordure de la voie ferrée, restera au "
       "cœur du quartier, à côté du centre social ;",
       "14 des 22 platanes de la place des Mariniers seront conservés, au lieu de 6 dans le "
       "projet initial ;",
       "la voie nouvelle des Mariniers sera limitée à 30 km/h et interdite aux poids lourds, "
       "sauf livraisons ;",
       "un local associatif de 180 m² sera aménagé au rez-de-chaussée de la tour Cumulus."],
      [PDF],
      ["list", "paraphrase", "decision"]),
    A("Entre quelles dates les habitants des Épinettes ont-ils pu donner leur avis, et quand "
      "les élus communautaires ont-ils validé le compte rendu de cette démarche ?", "fr",
      [f("15 septembre", "15 September", "15/09/2025"),
       f("31 octobre 2025", "31 October 2025", "31/10/2025"),
       f("11 décembre 2025", "11 December 2025", "11/12/2025")],
      ["Du lundi 15 septembre au vendredi 31 octobre 2025",
       "Arrêté par le conseil communautaire du 11 décembre 2025"], [PDF],
      ["field", "paraphrase", "date", "compound"]),
    A("What share of survey answers named feeling safe in the neighbourhood as a top "
      "priority?", "en",
      [f("58 %", "58%", "58 per cent", "58 percent")],
      ["la tranquillité et la sécurité (58 % des réponses) ;"], [PDF],
      ["list", "paraphrase", "share"]),
    # --- MD: audit chamber's report on Sioule Habitat (town 2) --------------------------------
    A("How much national agency funding has the Allier landlord asked for to knock down the "
      "Stratus block?", "en",
      [f("3 344", "3 344 k€", "3,344", "3.34 million", "€3.34m", "3 344 000 €")],
      ["Démolition de la barre Stratus", "3 344"], [MD],
      ["table", "paraphrase", "amount"]),
    A("Combien de logements l'office de la Sioule possède-t-il en tout, et combien se trouvent "
      "aux Épinettes ?", "fr",
      [f("4 120", "4120", "4,120"), f("990", "990 logements")],
      ["Sioule Habitat gérait au 31 décembre 2024 4 120 logements répartis dans 37 communes de "
       "l'Allier.", "en concentre 990, soit 24 % du parc"], [MD],
      ["paraphrase", "count", "compound"]),
    A("At the end of 2024, what share of the office's flats in Les Épinettes stood empty, and "
      "what was the rate across its whole stock?", "en",
      [f("15,3 %", "15.3%", "15.3 per cent", "15,3%"),
       f("8,6 %", "8.6%", "8.6 per cent", "8,6%")],
      ["Au 31 décembre 2024, 15,3 % des logements de l'office aux Épinettes étaient vacants, "
       "contre 8,6 % pour l'ensemble de son parc."], [MD],
      ["paraphrase", "share", "compound"]),
    A("Que demandent les magistrats financiers à l'office de la Sioule ? Donnez toutes leurs "
      "préconisations.", "fr",
      [f("plan stratégique de patrimoine", "actualiser le plan stratégique de patrimoine",
         "PSP"),
       f("suivi du reste à charge", "reste à charge"),
       f("état d'avancement physique et financier", "état d'avancement")],
      ["Actualiser avant le 31 décembre 2026 le plan stratégique de patrimoine",
       "Mettre en place, pour chaque ménage relogé, un suivi du reste à charge pendant les deux "
       "années qui suivent le relogement.",
       "Présenter chaque année au conseil d'administration un état d'avancement physique et "
       "financier des opérations de renouvellement urbain."], [MD],
      ["list", "paraphrase", "recommendation"]),
    A("How long did the office go without anyone in its urban renewal operations job?", "en",
      [f("quatorze mois", "14 mois", "14 months", "fourteen months")],
      ["est resté vacant pendant quatorze mois, de mars 2023 à mai 2024"], [MD],
      ["paraphrase", "duration"]),
    A("Que coûte, selon la chambre, le départ d'une famille de la barre Stratus, et combien "
      "pour l'ensemble des familles ?", "fr",
      [money("5 900", "5 900 € par ménage", "5,900 per household"),
       money("478 000", "478 k€", "0,478 M€")],
      ["est estimé à 5 900 € par ménage, soit 478 000 € au total."], [MD],
      ["paraphrase", "amount", "compound"]),
    A("sioule habitat npnru: total cost of its ops + own funds it must put in (k€)?", "en",
      [f("18 290", "18 290 k€", "18,29 M€", "18.29 million", "€18.29m"),
       f("3 677", "3 677 k€", "3,68 M€", "3.68 million", "€3.68m")],
      ["Total", "18 290", "3 677"], [MD],
      ["table", "paraphrase", "amount", "compound", "terse"]),
    # --- TXT: Célestia Habitat's job offer (both towns) ---------------------------------------
    A("What pay does Célestia offer for its new renewal projects post?", "en",
      [f("41 000", "41,000", "€41,000", "41k"), f("47 000", "47,000", "€47,000", "47k")],
      ["de 41 000 à 47 000 € bruts annuels sur 13 mois, selon expérience"], [TXT],
      ["field", "paraphrase", "amount"]),
    A("Combien Célestia consacre-t-elle à la remise à neuf de ses immeubles du Pré-Gaudin et "
      "des Épinettes ?", "fr",
      [money("6 490 000", "6,49 M€", "6.49 million"),
       money("5 220 000", "5,22 M€", "5.22 million")],
      ["la réhabilitation de la résidence Bernart (118 logements) au Pré-Gaudin : 6 490 000 € "
       "HT de travaux",
       "la réhabilitation de la résidence Cirrus (90 logements) aux Épinettes : 5 220 000 € HT "
       "de travaux estimés"], [TXT],
      ["list", "cross-town", "paraphrase", "amount", "compound"]),
    A("célestia RU officer job: closing date + who do CVs go to?", "en",
      [f("8 mars 2026", "8 March 2026", "March 8, 2026", "08/03/2026"),
       f("Agathe Lemerle", "Lemerle")],
      ["avant le dimanche 8 mars 2026 à minuit, à Agathe Lemerle, chargée de recrutement"],
      [TXT],
      ["paraphrase", "date", "person", "compound", "terse"]),
    A("Qui sera le supérieur hiérarchique de la personne recrutée par Célestia ?", "fr",
      [f("Olivier Grandemange", "Grandemange")],
      ["Vous serez rattaché(e) à Olivier Grandemange, directeur du patrimoine et du "
       "renouvellement urbain"], [TXT],
      ["paraphrase", "person"]),
    A("When did work begin on the Bernart residence, and when is it meant to be handed "
      "over?", "en",
      [f("3 novembre 2025", "3 November 2025", "November 3, 2025"),
       f("juin 2027", "June 2027")],
      ["engagés le 3 novembre 2025, pour une livraison prévue en juin 2027"], [TXT],
      ["list", "paraphrase", "date", "compound"]),
    # --- Unanswerable near-misses --------------------------------------------------------------
    U("Which firm won the contract to demolish the Stratus block in Montcharoux, and at what "
      "price?", "en", [DOCX, PDF, MD],
      ["other-town", "cross-town", "not-given", "organisation", "paraphrase"]),
    U("Combien d'habitants ont pris part à la concertation préalable sur le projet du "
      "Pré-Gaudin ?", "fr", [PDF, HTML],
      ["other-town", "cross-town", "not-given", "count"]),
    U("On what date was the renewal agreement for Les Épinettes signed?", "en", [PDF, MD, TXT],
      ["planned-only", "planned-vs-achieved", "not-given", "date", "paraphrase"]),
    U("Quelles recommandations la chambre régionale des comptes a-t-elle adressées à Thouet "
      "Habitat ?", "fr", [MD, DOCX],
      ["other-landlord", "other-town", "cross-town", "not-given", "recommendation"]),
    U("How much ANRU grant will the Cirrus residence refurbishment receive?", "en",
      [TXT, MD, PDF],
      ["other-landlord", "not-given", "amount", "paraphrase"]),
    U("vacance sioule habitat aux épinettes fin 2022 ?", "fr", [MD],
      ["year-not-given", "not-given", "share", "terse", "paraphrase"]),
    U("Of the households moved out of the Jaufré tower, how many found a new home within the "
      "Pré-Gaudin neighbourhood itself?", "en", [HTML, DOCX],
      ["part-not-given", "not-given", "count", "paraphrase"]),
    U("Quelle entreprise de bâtiment conduit les travaux de la résidence Bernart ?", "fr",
      [TXT, HTML],
      ["body-unnamed", "organisation", "paraphrase"]),
    U("Combien d'heures d'insertion sont imposées aux entreprises sur le chantier de "
      "démolition de la barre Stratus ?", "fr", [DOCX, PDF, MD],
      ["other-town", "cross-town", "not-given", "count"]),
    U("How much is the town of Montcharoux-sur-Sioule itself putting into the Épinettes "
      "project?", "en", [PDF, MD, HTML],
      ["other-town", "cross-town", "not-given", "amount", "paraphrase"]),
]


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for k, case in enumerate(CASES, 1):
            fh.write(json.dumps({"id": f"q26-{k:03d}", **case}, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(CASES)} questions")


if __name__ == "__main__":
    main()
