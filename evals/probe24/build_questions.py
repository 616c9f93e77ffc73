#!/usr/bin/env python3
"""Write evals/questions.probe24.jsonl, the question set of probe24 (see make_docs.py).

45 questions: 35 answerable over the five documents of evals/probe24/docs, 10 unanswerable
near-misses. The questions are held below; run this script, then evals/probe24/make_docs.py to
check every gold quote and answer fact against the documents.

Run from the repository root: python evals/probe24/build_questions.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "questions.probe24.jsonl")

DOCX = "proposition-methodologique-atelier-tesselle-barre-vulcain-combe-verriere.docx"
PDF = "deliberation-2025-06-082-conseil-municipal-sermizy-convention-vernottes.pdf"
HTML = "article-sentinelle-bourguignonne-combe-verriere-tour-machaon-demolition.html"
MD = "point-etape-2-relogement-chantiers-vernottes-armancon-vallee-agglomeration.md"
TXT = "arcadiane-amenagement-note-concessions-combe-verriere-vernottes-2026-04.txt"

KIND = {DOCX: ["proposal", "docx"], PDF: ["deliberation", "pdf"], HTML: ["press", "html"],
        MD: ["progress-note", "md"], TXT: ["memo", "txt"]}


def euros(n):
    """Aliases of a whole amount written "120 600" in the documents."""
    plain = n.replace(" ", "")
    comma = f"{int(plain):,}"
    return [n, f"{n} €", comma, f"€{comma}", plain]


def f(text, *aliases):
    return {"text": text, "aliases": list(aliases)}


def A(question, lang, facts, quotes, docs, tags):
    kinds = [t for d in docs for t in KIND[d]]
    return {"question": question, "language": lang, "answerable": True, "answer_facts": facts,
            "gold_quotes": quotes, "gold_docs": docs, "tags": kinds + tags}


def U(question, lang, near_docs, tags):
    return {"question": question, "language": lang, "answerable": False, "answer_facts": [],
            "gold_quotes": [], "gold_docs": [],
            "tags": ["unanswerable", "near-miss"] + tags + [f"near-doc:{d}" for d in near_docs]}


CASES = [
    # --- DOCX: methodological proposal (town 1) ---------------------------------------------
    A("Combien l'équipe emmenée par l'Atelier Tesselle réclame-t-elle pour son travail sur la "
      "barre Vulcain, maquette 3D non comprise, hors taxes et toutes taxes comprises ?", "fr",
      [f("120 600 €", *[a for a in euros("120 600") if a != "120 600 €"]),
       f("144 720 €", *[a for a in euros("144 720") if a != "144 720 €"])],
      ["120 600 € HT, soit 144 720 € TTC, pour la solution de base"], [DOCX],
      ["field", "paraphrase", "amount", "compound"]),
    A("How many days and what fee does the bid allow for interviewing the tenants of the "
      "Vulcain block in their homes?", "en",
      [f("16", "16 jours", "16 days", "sixteen"),
       f("12 800", *euros("12 800")[1:])],
      ["Enquête sociale auprès des ménages", "16", "12 800"], [DOCX],
      ["table", "paraphrase", "count", "amount", "compound"]),
    A("Dans l'équipe candidate, qui dialoguerait directement avec Dheune Canal Agglomération et "
      "mènerait les réunions de pilotage ?", "fr",
      [f("Clémence Aubertel", "Aubertel")],
      ["Clémence Aubertel, architecte-urbaniste, gérante d'Atelier Tesselle, directrice "
       "d'études : seule interlocutrice du maître d'ouvrage, elle anime les comités de pilotage "
       "et porte le plan guide ;"], [DOCX],
      ["list", "paraphrase", "person"]),
    A("Combien d'appartements de la barre Vulcain sont inoccupés, et quelle proportion du "
      "bâtiment cela représente-t-il ?", "fr",
      [f("31", "31 logements", "trente et un", "31 sur 112"),
       f("28 %", "28%", "28 per cent")],
      ["Dheune Habitat y recense 31 logements vides sur 112, soit 28 %, un taux trois fois "
       "supérieur à la moyenne de son patrimoine."], [DOCX],
      ["paraphrase", "count", "share", "compound"]),
    A("According to the consultants' timetable, when would the option for the Vulcain block be "
      "picked?", "en",
      [f("novembre 2026", "November 2026")],
      ["novembre 2026 : comité de pilotage de choix du scénario ;"], [DOCX],
      ["list", "paraphrase", "date"]),
    A("Si l'on ne rasait qu'une partie de la barre Vulcain, combien d'appartements "
      "disparaîtraient ?", "fr",
      [f("48 logements", "48", "quarante-huit", "48 homes")],
      ["une démolition partielle des cages 5 à 7, soit 48 logements, avec réhabilitation des "
       "quatre autres cages"], [DOCX],
      ["paraphrase", "count"]),
    A("Quelle mission le cabinet lyonnais a-t-il déjà menée à Sermizy-sur-Armançon, et pour "
      "quelle rémunération ?", "fr",
      [f("étude de programmation du quartier des Vernottes", "étude de programmation",
         "programming study", "Vernottes"),
       f("76 400 €", *[a for a in euros("76 400") if a != "76 400 €"])],
      ["de 2022 à 2023, il a conduit l'étude de programmation du quartier des Vernottes, à "
       "Sermizy-sur-Armançon (Yonne), pour Armançon Vallée Agglomération, pour un montant de "
       "76 400 € HT"], [DOCX],
      ["cross-town", "paraphrase", "amount", "compound"]),
    # --- PDF: municipal council deliberation (town 2) -----------------------------------------
    A("Comment les élus de Sermizy-sur-Armançon se sont-ils prononcés sur le projet des "
      "Vernottes ?", "fr",
      [f("24 voix pour", "24 pour", "24 votes in favour"),
       f("4 voix contre", "4 contre", "4 against"),
       f("2 abstentions", "deux abstentions")],
      ["Adopté à la majorité : 24 voix pour, 4 voix contre, 2 abstentions."], [PDF],
      ["paraphrase", "decision", "count", "compound"]),
    A("How much grant money does the national urban renewal agency bring to the Vernottes "
      "project?", "en",
      [f("14 280", "14 280 k€", "14,28 M€", "14.28 million", "€14.28m", "14,280")],
      ["Agence nationale pour la rénovation urbaine (ANRU)", "14 280"], [PDF],
      ["table", "paraphrase", "amount"]),
    A("Combien la commune s'est-elle engagée à débourser pour ce projet de quartier, et sur "
      "quels exercices budgétaires ?", "fr",
      [f("5 870 000 €", "5 870 000", "5,87 M€", "5 870", "5.87 million", "€5.87m"),
       f("2025 à 2032", "2025-2032", "2025 to 2032")],
      ["Article 3 : approuve la participation financière de la Ville, d'un montant de "
       "5 870 000 € TTC, et dit que les crédits correspondants seront inscrits aux budgets des "
       "exercices 2025 à 2032."], [PDF],
      ["paraphrase", "amount", "date", "compound"]),
    A("What is the jobless rate in Les Vernottes?", "en",
      [f("29 %", "29%", "29 per cent", "29 percent")],
      ["le taux de chômage y atteint 29 %"], [PDF],
      ["paraphrase", "share"]),
    A("Quelle élue a défendu le dossier de la convention des Vernottes devant l'assemblée "
      "communale ?", "fr",
      [f("Delphine Roussat", "Roussat")],
      ["Mme Delphine Roussat, adjointe au maire chargée de l'urbanisme et du renouvellement "
       "urbain"], [PDF],
      ["field", "paraphrase", "person"]),
    A("What is the overall price tag of the works and projects in the Vernottes renewal "
      "agreement?", "en",
      [f("53,74 M€", "53,74", "53.74 million", "€53.74m", "53 740", "53,740")],
      ["Le coût total des opérations inscrites dans la convention s'élève à 53,74 M€ TTC sur "
       "la période 2025-2032.", "53 740"], [PDF],
      ["table", "paraphrase", "amount"]),
    A("Combien d'élus ont pris part au scrutin sur ce dossier, et combien de sièges compte le "
      "conseil municipal de Sermizy-sur-Armançon ?", "fr",
      [f("30", "30 votants", "trente"), f("33", "33 conseillers", "trente-trois")],
      ["Votants", "30", "Conseillers en exercice", "33"], [PDF],
      ["field", "paraphrase", "count", "compound"]),
    # --- HTML: regional daily's article (town 1) ---------------------------------------------
    A("Fin janvier 2026, combien de foyers de la tour Machaon avaient déjà emménagé ailleurs ?",
      "fr",
      [f("61", "61 familles", "61 ménages", "soixante et un")],
      ["À la fin de janvier, 61 familles avaient trouvé un nouveau toit ; les sept dernières "
       "doivent partir d'ici à la fin du mois de mars"], [HTML],
      ["paraphrase", "count"]),
    A("Of the Machaon households already rehoused, how many stayed in Combe-Verrière?", "en",
      [f("33", "33 ménages", "thirty-three", "trente-trois")],
      ["Un peu plus de la moitié des ménages relogés, 33 exactement, sont restés dans le "
       "quartier."], [HTML],
      ["paraphrase", "count"]),
    A("Quel dirigeant du bailleur assure qu'aucun locataire de la tour Machaon n'a été contraint "
      "d'accepter son nouvel appartement ?", "fr",
      [f("Laurent Grivaud", "Grivaud")],
      ["Personne n'a été relogé contre son gré, et le loyer au mètre carré a été maintenu pour "
       "tous ceux qui ont choisi un logement neuf », affirme Laurent Grivaud, directeur général "
       "de Dheune Habitat."], [HTML],
      ["quote", "paraphrase", "person"]),
    A("Que coûtera l'abattage de la tour Machaon, et combien de temps les engins resteront-ils "
      "sur place ?", "fr",
      [f("2,9 millions", "2,9 M€", "2.9 million", "€2.9m", "2,9 millions d'euros"),
       f("quatorze mois", "14 mois", "14 months", "fourteen months")],
      ["Le chantier, d'un montant de 2,9 millions d'euros hors taxes, doit durer quatorze mois "
       "et s'achever en juin 2027"], [HTML],
      ["paraphrase", "amount", "compound"]),
    A("Quelle somme a été mise de côté pour la barre Vulcain en attendant les conclusions de "
      "l'étude ?", "fr",
      [f("6,5 millions", "6,5 M€", "6.5 million", "€6.5m", "6,5")],
      ["6,5 millions d'euros réservés pour la barre Vulcain, dans l'attente de l'étude",
       "réserve une enveloppe de 6,5 M€ que l'avenant attendu en 2027 devra affecter"],
      [HTML, DOCX],
      ["box", "paraphrase", "amount"]),
    A("When should the new central square and the health centre of Combe-Verrière be handed "
      "over?", "en",
      [f("2029")],
      ["2029 : livraison attendue de la place centrale et de la maison de santé"], [HTML],
      ["box", "paraphrase", "date"]),
    A("À qui l'agglomération a-t-elle confié l'étude sur l'avenir de la barre Vulcain, et quel "
      "prix ce groupement avait-il proposé ?", "fr",
      [f("Atelier Tesselle", "Tesselle"),
       f("120 600 €", *[a for a in euros("120 600") if a != "120 600 €"])],
      ["L'étude a été confiée en janvier au groupement conduit par l'Atelier Tesselle, une "
       "agence lyonnaise d'urbanisme, associée à un cabinet de sociologues.",
       "120 600 € HT, soit 144 720 € TTC, pour la solution de base"], [HTML, DOCX],
      ["cross-doc", "organisation", "amount", "compound"]),
    A("Que demande le conseil citoyen pour les locataires de la barre Vulcain, et qui porte "
      "cette parole dans l'article ?", "fr",
      [f("deux ans dans l'incertitude", "incertitude", "ne restent pas deux ans"),
       f("Fernand Bouillot", "Bouillot")],
      ["Ce qu'on demande, c'est que les locataires de Vulcain ne restent pas deux ans dans "
       "l'incertitude.", "prévient Fernand Bouillot, qui y siège depuis sa création."], [HTML],
      ["quote", "person", "statement", "compound"]),
    # --- MD: agglomeration's progress note (town 2) ------------------------------------------
    A("Combien de foyers de la barre Williams n'ont toujours aucune piste de relogement, et "
      "quelle part de l'ensemble cela représente-t-il ?", "fr",
      [f("18", "18 ménages", "dix-huit"), f("23 %", "23%", "23 per cent")],
      ["Sans solution à ce jour", "18", "23 %"], [MD],
      ["table", "paraphrase", "count", "share", "compound"]),
    A("Combien de foyers de la barre Williams sont partis s'installer hors de "
      "Sermizy-sur-Armançon ?", "fr",
      [f("8", "8 ménages", "huit", "eight")],
      ["dont hors de la commune", "8"], [MD],
      ["table", "paraphrase", "count"]),
    A("Qu'attendent les sept familles nombreuses de la barre Williams encore sans solution, et "
      "pour quand ?", "fr",
      [f("logements de cinq pièces de la résidence du Clos-Margot", "résidence du Clos-Margot",
         "Clos-Margot", "cinq pièces"),
       f("juin 2026", "June 2026")],
      ["sept grandes familles attendent les logements de cinq pièces de la résidence du "
       "Clos-Margot, dont la livraison est prévue en juin 2026 ;"], [MD],
      ["list", "paraphrase", "date", "compound"]),
    A("À partir de quand les ouvriers doivent-ils intervenir sur la tour Comice ?", "fr",
      [f("avril 2026", "April 2026")],
      ["Réhabilitation de la tour Comice", "Marché de travaux attribué ; démarrage en avril 2026"],
      [MD],
      ["table", "paraphrase", "date"]),
    A("How many hours of work for people on integration schemes had the Vernottes contracts "
      "delivered by the end of January 2026?", "en",
      [f("3 180", "3180", "3,180", "3 180 heures", "3,180 hours")],
      ["Au 31 janvier 2026, 3 180 heures ont été réalisées, dont 2 240 sur le chantier de la "
       "résidence Louise-Bonne"], [MD],
      ["paraphrase", "count"]),
    A("Quand le relogement de la barre Williams a-t-il démarré, et combien d'appartements "
      "étaient alors habités ?", "fr",
      [f("1er mars 2025", "1 mars 2025", "1 March 2025", "March 1, 2025"),
       f("79", "79 logements", "79 des 96", "soixante-dix-neuf")],
      ["Au lancement des opérations de relogement, le 1er mars 2025, 79 des 96 logements de la "
       "barre étaient occupés."], [MD],
      ["paraphrase", "date", "count", "compound"]),
    A("À combien est désormais chiffré le retrait de l'amiante de la barre Williams ?", "fr",
      [f("1,35 M€", "1,35", "1.35 million", "€1.35m", "1,35 M€ HT")],
      ["réévaluer le coût du désamiantage de la barre Williams à 1,35 M€ HT, contre 0,9 M€ HT "
       "inscrits dans la convention"], [MD],
      ["list", "paraphrase", "amount"]),
    # --- TXT: the SEM's information note (both towns) ----------------------------------------
    A("Quel est le budget prévisionnel de l'opération d'aménagement que la SEM conduit aux "
      "Vernottes ?", "fr",
      [f("6 150 000", *euros("6 150 000")[1:], "6,15 M€", "6.15 million")],
      ["Bilan prévisionnel (€ HT)", "6 150 000"], [TXT],
      ["table", "paraphrase", "amount"]),
    A("How much will the development company invoice the Chalmoutiers agglomeration in 2026?",
      "en",
      [f("620 000", *euros("620 000")[1:])],
      ["Appel de participation 2026 (€ HT)", "620 000"], [TXT],
      ["table", "paraphrase", "amount"]),
    A("Quand le contrat confiant l'aménagement de la Combe-Verrière à Arcadiane a-t-il été "
      "conclu, et pour combien d'années ?", "fr",
      [f("4 février 2025", "4 February 2025"), f("9 ans", "neuf ans", "9 years", "nine years")],
      ["Signature du traité de concession", "4 février 2025", "Durée de la concession", "9 ans"],
      [TXT],
      ["table", "paraphrase", "date", "compound"]),
    A("Sur quel point la SEM attend-elle un feu vert des services de Chalmoutiers d'ici à la "
      "mi-mai ?", "fr",
      [f("valider avant le 15 mai le programme de la place centrale",
         "programme de la place centrale", "place centrale")],
      ["Combe-Verrière : valider avant le 15 mai le programme de la place centrale, qui "
       "conditionne le dépôt du permis d'aménager"], [TXT],
      ["list", "paraphrase", "decision"]),
    A("What price was agreed for the former garden centre acquired at Les Vernottes?", "en",
      [f("265 000 €", *[a for a in euros("265 000") if a != "265 000 €"])],
      ["pour laquelle un compromis a été signé le 12 mars au prix de 265 000 €"], [TXT],
      ["paraphrase", "amount"]),
    # --- Both towns ---------------------------------------------------------------------------
    A("Combien de logements sociaux Morvelia Habitat possède-t-elle à la Combe-Verrière et aux "
      "Vernottes ?", "fr",
      [f("380", "380 logements"), f("340", "340 logements")],
      ["1 010 appartiennent à Dheune Habitat, l'office public de l'habitat de l'agglomération, "
       "et 380 à Morvelia Habitat",
       "720 appartiennent à Armançon Habitat, office public de l'habitat, et 340 à Morvelia "
       "Habitat"], [DOCX, PDF],
      ["cross-town", "count", "compound"]),
    # --- Unanswerable near-misses -------------------------------------------------------------
    U("Combien d'heures d'insertion ont été réalisées sur les chantiers de la Combe-Verrière ?",
      "fr", [MD, HTML, TXT],
      ["other-town", "cross-town", "not-given", "count"]),
    U("What is the unemployment rate in the Combe-Verrière neighbourhood?", "en",
      [PDF, DOCX, HTML],
      ["other-town", "cross-town", "not-given", "share"]),
    U("Par combien de voix le conseil municipal de Chalmoutiers-sur-Dheune a-t-il approuvé la "
      "convention de la Combe-Verrière ?", "fr", [PDF, HTML, DOCX],
      ["other-town", "cross-town", "not-given", "decision", "paraphrase"]),
    U("Quel bureau d'études structure épaulera l'Atelier Tesselle en sous-traitance sur la "
      "barre Vulcain ?", "fr", [DOCX],
      ["body-unnamed", "role-unnamed", "organisation", "paraphrase"]),
    U("Which councillor sat out the vote on the Vernottes agreement?", "en", [PDF],
      ["role-unnamed", "person", "paraphrase"]),
    U("Quel organisme a été choisi pour accompagner le relogement des locataires de la barre "
      "Williams ?", "fr", [MD],
      ["body-unnamed", "role-unnamed", "organisation", "paraphrase"]),
    U("Quelle somme Arcadiane Aménagement réclamera-t-elle à Armançon Vallée Agglomération en "
      "2027 ?", "fr", [TXT],
      ["year-not-given", "not-given", "amount", "paraphrase"]),
    U("How much of its own money does Morvelia Habitat alone put into the Vernottes renewal "
      "agreement?", "en", [PDF, MD],
      ["part-of-whole", "not-given", "amount", "paraphrase"]),
    U("Quel scénario a finalement été retenu pour l'avenir de la barre Vulcain ?", "fr",
      [DOCX, HTML],
      ["planned-vs-achieved", "not-given", "decision"]),
    U("On what date was the tour Machaon finally brought down?", "en", [HTML, TXT],
      ["planned-vs-achieved", "planned-only", "not-given", "date", "paraphrase"]),
]


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for k, case in enumerate(CASES, 1):
            fh.write(json.dumps({"id": f"q24-{k:03d}", **case}, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(CASES)} questions")


if __name__ == "__main__":
    main()
