#!/usr/bin/env python3
"""Write evals/questions.probe25.jsonl, the question set of probe25 (see make_docs.py).

45 questions: 35 answerable over the five documents of evals/probe25/docs, 10 unanswerable
near-misses. The questions are held below; run this script, then evals/probe25/make_docs.py to
check every gold quote and answer fact against the documents.

Run from the repository root: python evals/probe25/build_questions.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "questions.probe25.jsonl")

DOCX = "maquette-financiere-v3-npnru-ardoisieres-hargival-sur-semoy-2026-01.docx"
PDF = "presentation-reunion-publique-forgettes-vaucheny-2026-01-27.pdf"
HTML = "faq-locataires-rehabilitation-alard-lully-altanor-habitat.html"
MD = "rapport-commissaire-enqueteur-dup-pole-commercial-forgettes-vaucheny.md"
TXT = "echange-courriels-ddt-ardennes-maquette-v3-ardoisieres-2026-01.txt"

KIND = {DOCX: ["funding-plan", "docx"], PDF: ["slides", "pdf"], HTML: ["faq", "html"],
        MD: ["inquiry-report", "md"], TXT: ["email-thread", "txt"]}


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
    # --- DOCX: funding plan, version 3 (town 1) -----------------------------------------------
    A("Quel est le coût global des opérations prévues aux Ardoisières, et combien l'agence "
      "nationale y apporte-t-elle en subventions ?", "fr",
      [money("43 770 000", "43,77 M€", "43.77 million"),
       money("12 574 000", "12,574 M€", "12.57 million")],
      ["43 770 000 € HT, dont 12 574 000 € de subventions de l'ANRU"], [DOCX],
      ["field", "paraphrase", "amount", "compound"]),
    A("How much national renewal agency grant is budgeted for knocking down the Bayard tower?",
      "en",
      [money("2 520 000", "2.52 million", "€2.52m", "2,52 M€", sign=False)],
      ["Démolition de la tour Bayard (66 logements)", "2 520 000"], [DOCX],
      ["table", "paraphrase", "amount"]),
    A("Au total, combien la collectivité régionale met-elle sur la table pour le projet de "
      "Hargival-sur-Semoy ?", "fr",
      [money("2 160 000", "2,16 M€", "2.16 million")],
      ["La participation de la Région Grand Est, 2 160 000 €, atteint presque le plafond de "
       "2 200 000 € fixé par son cadre d'intervention pour les projets d'intérêt régional"],
      [DOCX],
      ["paraphrase", "amount"]),
    A("Per home, what does Altanor Habitat spend on refurbishing its Alard residence, and what "
      "on its Lully residence?", "en",
      [money("55 000", "55,000 per home"), money("58 000", "58,000 per home")],
      ["Le coût de la réhabilitation de la résidence Alard s'établit à 55 000 € HT par "
       "logement.",
       "la réhabilitation de la résidence Lully (104 logements) pour un coût de 58 000 € HT par "
       "logement"], [DOCX],
      ["cross-town", "paraphrase", "amount", "compound"]),
    A("De combien le chiffrage de la reconstruction de l'école du quartier a-t-il été relevé "
      "dans la dernière version du budget, et à quel montant arrive-t-il ?", "fr",
      [money("700 000", "0,7 M€", "0.7 million"), money("8 900 000", "8,9 M€", "8.9 million")],
      ["le coût de la reconstruction du groupe scolaire des Ardoisières passe de 8 200 000 € HT "
       "à 8 900 000 € HT à l'issue de l'avant-projet définitif, soit une hausse de 700 000 € ;"],
      [DOCX],
      ["list", "paraphrase", "amount", "compound"]),
    A("What share of the total funding do the social landlords provide from their own "
      "resources and borrowing?", "en",
      [f("21,3 %", "21,3%", "21.3%", "21.3 per cent", "21.3 percent")],
      ["Bailleurs sociaux (fonds propres et emprunts)", "9 309 000", "21,3 %"], [DOCX],
      ["table", "paraphrase", "share"]),
    A("Which four organisations carry out the operations listed in the Ardoisières financial "
      "plan as project owners?", "en",
      [f("Ardenne Semoy Agglomération", "Ardenne Semoy Agglomeration"),
       f("Ville de Hargival-sur-Semoy", "Hargival-sur-Semoy", "town of Hargival-sur-Semoy"),
       f("Semoy Habitat"), f("Altanor Habitat")],
      ["Ardenne Semoy Agglomération ; Ville de Hargival-sur-Semoy ; Semoy Habitat (office "
       "public de l'habitat) ; Altanor Habitat (entreprise sociale pour l'habitat)"], [DOCX],
      ["field", "list", "paraphrase", "organisation"]),
    A("Qui a préparé ce document budgétaire pour l'intercommunalité, et avec l'aide de quel "
      "cabinet ?", "fr",
      [f("Solène Raguet", "Raguet"), f("Stratéfi Conseil", "Stratéfi")],
      ["Solène Raguet, cheffe de projet renouvellement urbain, avec l'appui du cabinet Stratéfi "
       "Conseil (assistance au pilotage financier)"], [DOCX],
      ["field", "paraphrase", "person", "organisation", "compound"]),
    # --- PDF: slide deck of the public meeting (town 2) ---------------------------------------
    A("Fin 2025, combien de familles de la barre Campra avaient déjà déménagé, et pour combien "
      "n'avait-on encore rien trouvé ?", "fr",
      [f("52", "52 ménages", "cinquante-deux"), f("8", "8 ménages", "huit", "eight")],
      ["Relogés", "52", "Recherche en cours", "8"], [PDF],
      ["table", "paraphrase", "count", "compound"]),
    A("When is the new multi-disciplinary health centre in Les Forgettes due to open, and how "
      "many practitioners will it house?", "en",
      [f("septembre 2027", "September 2027"),
       f("9 professionnels", "9", "nine", "9 health professionals")],
      ["Ouverture prévue en septembre 2027", "9 professionnels de santé, dont 3 médecins "
       "généralistes"], [PDF],
      ["list", "paraphrase", "date", "count", "compound"]),
    A("Quelle sera la longueur de la future rue qui doit relier les Forgettes au centre-ville ?",
      "fr",
      [f("420 mètres", "420 m", "420", "420 metres")],
      ["420 mètres entre la rue des Hauts-Fourneaux et l'avenue de la Blaise",
       "La voie nouvelle des Chaudronniers, longue de 420 mètres, reliera la rue des "
       "Hauts-Fourneaux à l'avenue de la Blaise"], [PDF, MD],
      ["cross-doc", "paraphrase", "measure"]),
    A("How much do the two social landlords together put into the Forgettes programme?", "en",
      [f("12,4", "12,4 M€", "12.4 million", "€12.4m", "12.4")],
      ["Logivance et Altanor Habitat (fonds propres et emprunts)", "12,4"], [PDF],
      ["table", "paraphrase", "amount"]),
    A("Quel élu intercommunal chargé du logement a pris la parole lors de la réunion publique "
      "des Forgettes ?", "fr",
      [f("Patrice Lanternier", "Lanternier")],
      ["Patrice Lanternier, vice-président de Blaise et Der Agglomération chargé de l'habitat "
       "et du renouvellement urbain"], [PDF],
      ["list", "paraphrase", "person"]),
    A("How many hours of work for people on back-to-work schemes do the Forgettes building "
      "contracts provide for, and how many had been done by the end of 2025?", "en",
      [f("11 000", "11000", "11,000", "11 000 heures", "11,000 hours"),
       f("1 460", "1460", "1,460", "1 460 heures", "1,460 hours")],
      ["11 000 heures d'insertion prévues dans les marchés de travaux",
       "1 460 heures réalisées au 31 décembre 2025, pour 12 personnes"], [PDF],
      ["list", "paraphrase", "count", "compound"]),
    # --- HTML: Altanor Habitat's tenants' FAQ (both towns) ------------------------------------
    A("Combien les occupants de la résidence Lully paieront-ils en plus chaque mois une fois le "
      "chantier terminé, et pendant combien d'années ?", "fr",
      [f("14 €", "14 € par mois", "14 euros", "€14"), f("15 ans", "quinze ans", "15 years")],
      ["une contribution au partage des économies de charges, dite « troisième ligne de "
       "quittance », de 14 € par mois sera appliquée pendant 15 ans à compter de la fin des "
       "travaux"], [HTML],
      ["paraphrase", "amount", "duration", "compound"]),
    A("What proportion of the Lully tenants who took part in the ballot backed the collective "
      "agreement?", "en",
      [f("64 %", "64%", "64 per cent", "64 percent")],
      ["Cette contribution a fait l'objet d'un accord collectif approuvé par 64 % des locataires "
       "votants lors de la consultation de septembre 2025"], [HTML],
      ["paraphrase", "share"]),
    A("À qui un habitant d'Alard doit-il s'adresser pour une question sur le chantier, et quel "
      "jour peut-il la rencontrer ?", "fr",
      [f("Aurore Pichonnat", "Pichonnat"), f("mardi", "le mardi", "Tuesday")],
      ["Aurore Pichonnat, chargée de relation locataires, vous reçoit le mardi de 9 h à 12 h au "
       "local collectif de la résidence, 12, allée des Fendeurs."], [HTML],
      ["paraphrase", "person", "date", "compound"]),
    A("Which energy rating should the Lully flats reach once the refurbishment is over?", "en",
      [f("étiquette B", "B", "label B", "rating B", "BBC rénovation")],
      ["Les logements doivent passer de l'étiquette F à l'étiquette B, ce qui correspond au "
       "niveau bâtiment basse consommation (BBC) rénovation."], [HTML],
      ["paraphrase", "label"]),
    A("Combien de temps les ouvriers resteront-ils dans chaque appartement de la résidence "
      "Alard ?", "fr",
      [f("trois semaines", "3 semaines", "three weeks")],
      ["À l'intérieur de chaque logement, les ouvriers interviennent pendant trois semaines "
       "environ, dont quatre jours sans salle de bains."], [HTML],
      ["paraphrase", "duration"]),
    A("How many homes does Altanor Habitat manage in Les Ardoisières and in Les Forgettes?",
      "en",
      [f("360", "360 logements", "360 homes"), f("310", "310 logements", "310 homes")],
      ["dont 360 dans le quartier des Ardoisières, à Hargival-sur-Semoy, et 310 dans le "
       "quartier des Forgettes, à Vaucheny-sur-Blaise"], [HTML],
      ["cross-town", "count", "compound"]),
    A("Quels sont les différents volets du chantier mené à la résidence Alard ?", "fr",
      [f("isolation des façades", "isolation", "insulation"),
       f("fenêtres", "menuiseries", "windows"),
       f("ventilation", "VMC"),
       f("salles de bains", "salle de bains", "bathrooms"),
       f("halls", "cages d'escalier", "parties communes")],
      ["l'isolation des façades par l'extérieur ;",
       "le remplacement des fenêtres et des portes-fenêtres ;",
       "l'installation d'une ventilation mécanique hygroréglable ;",
       "la rénovation des salles de bains, avec une douche à la place de la baignoire pour les "
       "locataires qui le souhaitent ;",
       "la rénovation des halls et des cages d'escalier."], [HTML],
      ["list", "paraphrase"]),
    # --- MD: public-inquiry commissioner's report (town 2) ------------------------------------
    A("Qui a conduit la consultation du public sur le projet du centre commercial des "
      "Forgettes, et quelle juridiction l'avait désigné ?", "fr",
      [f("Michel Sauvageot", "Sauvageot"),
       f("tribunal administratif de Châlons-en-Champagne", "Châlons-en-Champagne",
         "administrative court of Châlons-en-Champagne")],
      ["Commissaire enquêteur : Michel Sauvageot, ingénieur divisionnaire des travaux publics "
       "de l'État en retraite, désigné par décision n° E25000092/51 du 2 septembre 2025 du "
       "président du tribunal administratif de Châlons-en-Champagne"], [MD],
      ["field", "paraphrase", "person", "organisation", "compound"]),
    A("How long was the public inquiry open, and on which dates did it start and finish?", "en",
      [f("33 jours", "33 days", "33"),
       f("13 octobre 2025", "13 October 2025", "October 13, 2025"),
       f("14 novembre 2025", "14 November 2025", "November 14, 2025")],
      ["Durée de l'enquête : du lundi 13 octobre 2025, 9 h, au vendredi 14 novembre 2025, 17 h, "
       "soit 33 jours consécutifs"], [MD],
      ["field", "paraphrase", "date", "duration", "compound"]),
    A("Combien d'avis le public a-t-il déposés en ligne pendant l'enquête sur le pôle "
      "commercial ?", "fr",
      [f("22", "22 contributions", "vingt-deux")],
      ["Registre dématérialisé", "22"], [MD],
      ["table", "paraphrase", "count"]),
    A("What is the estimated total cost of buying out and demolishing the shopping centre and "
      "building the new street?", "en",
      [money("4 350 000", "4.35 million", "€4.35m", "4,35 M€")],
      ["le coût de l'opération, 4 350 000 € HT, ne sont pas excessifs"], [MD],
      ["paraphrase", "amount"]),
    A("Sous quelle condition le commissaire enquêteur a-t-il rendu un avis positif ?", "fr",
      [f("pavillon commercial provisoire", "pavillon provisoire",
         "avant la fermeture de toute cellule commerciale")],
      ["Réserve : le pavillon commercial provisoire devra être en service avant la fermeture de "
       "toute cellule commerciale encore en activité."], [MD],
      ["paraphrase", "decision"]),
    A("Which businesses are still trading in the Forgettes shopping centre?", "en",
      [f("pharmacie", "pharmacy", "chemist"), f("boulangerie", "bakery", "baker"),
       f("tabac-presse", "newsagent", "tobacconist"),
       f("salon de coiffure", "hairdresser", "coiffure"),
       f("supérette", "convenience store", "minimarket", "grocery")],
      ["Sur les 11 cellules commerciales, 5 sont encore en activité : une pharmacie, une "
       "boulangerie, un tabac-presse, un salon de coiffure et une supérette."], [MD],
      ["list", "paraphrase"]),
    A("Combien d'arbres le projet fera-t-il tomber, et combien en seront replantés ?", "fr",
      [f("23", "23 arbres", "vingt-trois"), f("60", "60 arbres", "soixante")],
      ["Le projet implique l'abattage de 23 arbres, dont 4 tilleuls âgés de plus de cinquante "
       "ans ; 60 arbres seront plantés le long de la voie nouvelle et sur le parking "
       "réaménagé."], [MD],
      ["paraphrase", "count", "compound"]),
    # --- TXT: e-mail thread about version 3 (town 1, town 2 cited) ----------------------------
    A("Pour l'école des Ardoisières, quelle aide de l'ANRU la version 3 du budget inscrivait-"
      "elle, et à quel plafond les services de l'État la ramènent-ils ?", "fr",
      [money("2 670 000", "2,67 M€", "2.67 million", sign=False),
       money("2 460 000", "2,46 M€", "2.46 million")],
      ["Reconstruction du groupe scolaire des Ardoisières (12 classes)", "2 670 000",
       "la convention signée plafonne la subvention de l'ANRU à 2 460 000 €, soit 30 % du coût "
       "de 8 200 000 € HT retenu en 2025"], [DOCX, TXT],
      ["cross-doc", "paraphrase", "amount", "compound"]),
    A("Who will make up the 210,000 euro shortfall on the school grant, and what will that "
      "party's contribution to the school become?", "en",
      [f("Ville de Hargival-sur-Semoy", "Hargival-sur-Semoy", "the town", "Ville"),
       money("4 450 000", "4.45 million", "€4.45m", "4,45 M€")],
      ["La Ville de Hargival-sur-Semoy prend en charge l'écart de 210 000 € ; sa participation "
       "au groupe scolaire passe ainsi de 4 240 000 € à 4 450 000 €."], [TXT],
      ["paraphrase", "organisation", "amount", "compound"]),
    A("Quelle hausse de l'aide de l'agence nationale Altanor a-t-elle obtenue pour sa résidence "
      "de Vaucheny-sur-Blaise lors de la revue de projet de novembre 2025 ?", "fr",
      [money("1 040 000", "1,04 M€", "1.04 million"),
       money("1 248 000", "1,248 M€", "1.248 million")],
      ["pour la résidence Lully, aux Forgettes, la revue de projet du 4 novembre 2025 a porté la "
       "subvention de l'ANRU de 1 040 000 € à 1 248 000 €"], [TXT],
      ["cross-town", "paraphrase", "amount", "compound"]),
    A("Where and when will the ANRU project review for Les Ardoisières be held?", "en",
      [f("12 février 2026", "12 February 2026", "February 12, 2026"),
       f("Charleville-Mézières", "préfecture des Ardennes", "Ardennes prefecture")],
      ["La revue de projet se tiendra le jeudi 12 février 2026 à 14 h, à la préfecture des "
       "Ardennes, à Charleville-Mézières."], [TXT],
      ["paraphrase", "date", "place", "compound"]),
    A("Fin 2025, combien de foyers de la tour Bayard avaient trouvé un nouveau logement ?", "fr",
      [f("41", "41 ménages", "41 des 58", "quarante et un")],
      ["au 31 décembre 2025, 41 des 58 ménages présents au démarrage du relogement, en juin "
       "2024, ont été relogés"], [TXT],
      ["paraphrase", "count"]),
    A("By what date must the corrected financial plan reach the state's departmental "
      "services?", "en",
      [f("30 janvier", "30 janvier 2026", "30 January", "January 30", "30 January 2026")],
      ["Merci de me transmettre la version corrigée au plus tard le vendredi 30 janvier"], [TXT],
      ["paraphrase", "date"]),
    A("Quel surcoût le retrait de l'amiante de la tour Bayard entraîne-t-il, et qui le prend à "
      "sa charge ?", "fr",
      [money("180 000", "0,18 M€", "180 000 € HT"), f("Semoy Habitat")],
      ["le diagnostic amiante avant démolition fait apparaître un surcoût de 180 000 € HT",
       "Tour Bayard : pas de changement dans la maquette ; le surcoût de désamiantage est "
       "absorbé par Semoy Habitat."], [TXT],
      ["paraphrase", "amount", "organisation", "compound"]),
    # --- Unanswerable near-misses -------------------------------------------------------------
    U("Combien de contributions le public a-t-il déposées lors de l'enquête publique sur le "
      "projet des Ardoisières ?", "fr", [MD, DOCX, TXT],
      ["other-town", "cross-town", "not-given", "count", "paraphrase"]),
    U("How much extra per month will the tenants of the Clérambault residence pay once it has "
      "been refurbished?", "en", [HTML],
      ["other-residence", "not-given", "amount", "paraphrase"]),
    U("Quel montant de subvention l'ANRU accorde-t-elle à la maison de santé des Forgettes ?",
      "fr", [PDF, MD],
      ["part-not-given", "not-given", "amount"]),
    U("How many households from the Bayard tower left Hargival-sur-Semoy when they were "
      "rehoused?", "en", [TXT, PDF],
      ["other-town", "cross-town", "not-given", "count", "paraphrase"]),
    U("À quelle date la barre Campra a-t-elle été entièrement rasée ?", "fr", [PDF],
      ["planned-vs-achieved", "planned-only", "not-given", "date", "paraphrase"]),
    U("What did the February 2026 project review decide about Altanor's request for a bonus on "
      "the Alard residence?", "en", [TXT, DOCX, HTML],
      ["planned-vs-achieved", "not-given", "decision", "paraphrase"]),
    U("Combien le Département de la Haute-Marne versera-t-il au projet des Forgettes au cours "
      "de l'année 2026 ?", "fr", [PDF],
      ["year-not-given", "not-given", "amount", "paraphrase"]),
    U("Which contractor is carrying out the refurbishment of the Couperin tower?", "en",
      [PDF, HTML],
      ["body-unnamed", "organisation", "paraphrase"]),
    U("Combien de logements Semoy Habitat possède-t-il dans le quartier des Forgettes ?", "fr",
      [DOCX, HTML],
      ["other-landlord", "other-town", "cross-town", "not-given", "count"]),
    U("How many trees will be cut down to make way for the new promenade in Les Ardoisières?", "en",
      [MD, DOCX],
      ["other-town", "cross-town", "not-given", "count", "paraphrase"]),
]


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for k, case in enumerate(CASES, 1):
            fh.write(json.dumps({"id": f"q25-{k:03d}", **case}, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(CASES)} questions")


if __name__ == "__main__":
    main()
