#!/usr/bin/env python3
"""Write evals/questions.probe23.jsonl, the question set of probe23 (45 cases over the five
documents written by evals/probe23/make_docs.py): 35 answerable, 10 unanswerable near-misses,
14 in English. Run from the repository root, then run make_docs.py to check the set:

    python evals/probe23/build_questions.py && python evals/probe23/make_docs.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "questions.probe23.jsonl")

DOCX = "cctp-accompagnement-relogement-auron-arnon-grande-varenne-merignolles.docx"
PDF = "rapport-activite-2025-epfl-centre-loire-chapitre-3-quartiers-prioritaires.pdf"
HTML = "article-voix-de-la-sauldre-pre-cheneau-supermarche-maison-de-sante.html"
MD = "compte-rendu-conseil-citoyen-grande-varenne-merignolles-2026-01-27.md"
TXT = "lettre-information-pre-cheneau-montlivray-n6-fevrier-2026.txt"
KIND = {DOCX: ["tender-spec", "docx"], PDF: ["report", "pdf"], HTML: ["press", "html"],
        MD: ["minutes", "md"], TXT: ["newsletter", "txt"]}


def F(text, *aliases):
    return {"text": text, "aliases": list(aliases)}


def A(lang, question, facts, quotes, docs, tags):
    """An answerable case; the kind and format tags of each gold document come first."""
    kt = [t for d in docs for t in KIND[d]]
    return {"question": question, "language": lang, "answerable": True, "answer_facts": facts,
            "gold_quotes": quotes, "gold_docs": docs, "tags": kt + tags}


def U(lang, question, near, tags):
    """An unanswerable near-miss; near: the documents a system might wrongly answer from."""
    return {"question": question, "language": lang, "answerable": False, "answer_facts": [],
            "gold_quotes": [], "gold_docs": [],
            "tags": ["unanswerable", "near-miss"] + tags + [f"near-doc:{d}" for d in near]}


CASES = [
    # ---- DOCX: tender's technical specification (town 1) ----
    A("fr", "Pour le marché d'accompagnement des relogements de la barre Auron et de la résidence "
            "Arnon, à combien l'acheteur évalue-t-il la dépense, option non comprise ?",
      [F("256 200", "256 200 €", "256,200", "€256,200", "256200")],
      ["256 200 € HT pour la tranche ferme des trois lots ; tranche optionnelle du lot 2 : "
       "20 160 € HT"],
      [DOCX], ["field", "paraphrase", "amount"]),
    A("en", "In the Grande-Varenne rehousing tender, what is the estimated value of the lot that "
            "supports households through their move, and what price per household is it based "
            "on?",
      [F("193 200", "193 200 €", "193,200", "€193,200", "193200"),
       F("1 150 €", "1 150", "1,150", "€1,150", "1150")],
      ["Accompagnement au relogement (168 ménages à 1 150 € par ménage)", "193 200"],
      [DOCX], ["table", "paraphrase", "amount", "compound"]),
    A("fr", "Quelle part de la facture de l'accompagnement social revient à Ligéria Habitat dans "
            "le groupement formé avec Yèvre Habitat ?",
      [F("16 %", "16%", "16 per cent", "seize pour cent")],
      ["Le coût du marché est réparti entre les membres du groupement au prorata des ménages à "
       "reloger : 84 % pour Yèvre Habitat (141 ménages), 16 % pour Ligéria Habitat (27 ménages)."],
      [DOCX], ["paraphrase", "share"]),
    A("fr", "Combien de logements de Ligéria Habitat sont voués à la démolition à la "
            "Grande-Varenne, et combien en compte la résidence que ce bailleur rénove au "
            "Pré-Chéneau ?",
      [F("32", "32 logements", "thirty-two"), F("84", "84 logements", "eighty-four")],
      ["et les cages 3 et 4 de la résidence Arnon, soit 32 logements",
       "Ligéria Habitat a lancé le 5 janvier la réhabilitation de la résidence Villesavin "
       "(84 logements, 1972)."],
      [DOCX, TXT], ["cross-town", "paraphrase", "count", "compound"]),
    A("en", "The rehousing support provider must be able to call on interpreters: in which "
            "languages, and at how much notice?",
      [F("turc", "Turkish"), F("arabe", "Arabic"), F("tamoul", "Tamil"),
       F("portugais", "Portuguese"), F("48 heures", "48 hours", "48 h", "two days")],
      ["la possibilité de mobiliser sous 48 heures des interprètes en turc, en arabe, en tamoul "
       "et en portugais."],
      [DOCX], ["list", "paraphrase"]),
    A("fr", "Côté budget, que garantit la charte aux locataires relogés de la Grande-Varenne : "
            "pour leur futur loyer, pour le déménagement et pour s'installer ?",
      [F("reste à charge", "au plus égal", "loyer et charges"),
       F("prise en charge intégrale du déménagement", "déménagement pris en charge",
         "removal paid"),
       F("500 €", "500", "€500", "prime de réinstallation")],
      ["un reste à charge, loyer et charges, au plus égal à celui payé avant le relogement pour "
       "une surface équivalente ;",
       "la prise en charge intégrale du déménagement par le bailleur d'origine et le versement "
       "d'une prime de réinstallation de 500 €."],
      [DOCX], ["list", "paraphrase", "amount", "compound"]),
    A("en", "When the bids for the Auron and Arnon rehousing support are compared, how much "
            "weight goes to the quality of the proposal and how much to cost?",
      [F("60 %", "60%", "60 per cent", "sixty per cent"),
       F("40 %", "40%", "40 per cent", "forty per cent")],
      ["Valeur technique 60 % (méthodologie 35 %, moyens humains et disponibilité 25 %) ; "
       "prix 40 %"],
      [DOCX], ["field", "paraphrase", "share", "compound"]),
    A("fr", "D'ici quand tous les locataires de la barre Auron doivent-ils avoir quitté "
            "l'immeuble, et à quel moment l'abattra-t-on ?",
      [F("30 juin 2028", "30 June 2028", "fin juin 2028"),
       F("premier semestre 2029", "2029", "first half of 2029")],
      ["30 juin 2028 : fin du relogement de la barre Auron ;",
       "Premier semestre 2029 : démolition de la barre Auron."],
      [DOCX], ["list", "paraphrase", "date", "compound"]),
    # ---- PDF: activity report extract of the land agency (both towns) ----
    A("fr", "Combien l'établissement foncier a-t-il déboursé pour racheter la grande surface "
            "fermée de la place du Pré, à Montlivray ?",
      [F("1 264 000", "1 264 000 €", "1,264,000", "1264000", "1,26 million", "1.26 million")],
      ["L'établissement l'a acquis le 14 mai 2025, pour 1 264 000 €, prix conforme à l'avis du "
       "pôle d'évaluation domaniale",
       "qui l'a acheté 1,26 million d'euros pour le compte de l'agglomération"],
      [PDF, HTML], ["paraphrase", "amount"]),
    A("en", "By the end of 2025, how many of the flats in the troubled Terrasses de la Varenne "
            "condominium were held by the land agency?",
      [F("23", "23 des 96", "23 of 96", "twenty-three")],
      ["Au 31 décembre 2025, il détient 23 des 96 logements de la copropriété, dont le taux "
       "d'impayés est revenu à 18 %."],
      [PDF], ["paraphrase", "count"]),
    A("fr", "Combien l'EPFL a-t-il mis dans ses achats à la Grande-Varenne au cours de l'année "
            "2024, et pour combien de biens ?",
      [F("351 000", "351 000 €", "351,000", "351000"), F("6", "six", "6 biens")],
      ["2024", "Mérignolles : montant", "351 000", "Mérignolles : biens", "6"],
      [PDF], ["table", "paraphrase", "amount", "count", "compound"]),
    A("fr", "Sur la période 2023-2025, quel montant total l'établissement public foncier a-t-il "
            "engagé au Pré-Chéneau ?",
      [F("1 450 000", "1 450 000 €", "1,450,000", "1450000", "1,45 M€")],
      ["Montlivray : montant", "1 450 000"],
      [PDF], ["table", "multi-year", "paraphrase", "amount"]),
    A("fr", "Quelle contribution la Région apporte-t-elle, toutes années confondues, au "
            "dispositif qui permet de revendre moins cher les terrains des quartiers ?",
      [F("300 000", "300 000 €", "300,000", "300000")],
      ["Région Centre-Val de Loire", "300 000"],
      [PDF], ["table", "multi-year", "paraphrase", "amount"]),
    A("fr", "Quels objectifs le conseil d'administration de l'EPFL a-t-il fixés pour 2026 dans "
            "les deux quartiers ?",
      [F("porter à 35 le nombre de logements", "35 logements", "35 flats", "35"),
       F("démolir l'ancien supermarché", "démolition de l'ancien supermarché"),
       F("promesse de vente", "promise of sale"),
       F("inventaire des fonciers mutables", "inventaire")],
      ["porter à 35 le nombre de logements détenus aux Terrasses de la Varenne, seuil à partir "
       "duquel Ligéria Habitat pourra engager leur rachat ;",
       "démolir l'ancien supermarché du Pré-Chéneau et remettre le terrain en état avant la fin "
       "de 2026 ;",
       "signer la promesse de vente du terrain avec Ligéria Habitat et Montlivray Sologne "
       "Agglomération ;",
       "dresser, avec les deux agglomérations, l'inventaire des fonciers mutables des deux "
       "quartiers, en lien avec leurs projets de renouvellement urbain."],
      [PDF], ["list", "decision"]),
    A("en", "Who presides over the Centre-Loire land agency, and which other local body does he "
            "help run?",
      [F("Alain Guérineau", "Guérineau", "Guerineau"),
       F("Montlivray Sologne Agglomération", "vice-président", "vice-president")],
      ["Alain Guérineau, vice-président de Montlivray Sologne Agglomération"],
      [PDF], ["field", "paraphrase", "person", "organisation", "compound"]),
    A("fr", "De quelle ristourne bénéficieront les acquéreurs du terrain de l'ancien supermarché "
            "du Pré-Chéneau par rapport à ce qu'il a coûté à l'établissement ?",
      [F("35 %", "35%", "35 per cent")],
      ["Le prix de cession tiendra compte d'une minoration foncière de 35 %."],
      [PDF], ["paraphrase", "share"]),
    # ---- HTML: local paper's web article (town 2) ----
    A("fr", "Quels soignants exerceront dans le futur pôle médical qui remplacera le "
            "supermarché du Pré-Chéneau ?",
      [F("quatre médecins généralistes", "4 médecins", "quatre médecins", "four GPs"),
       F("trois infirmières", "3 infirmières", "three nurses"),
       F("deux kinésithérapeutes", "2 kinésithérapeutes", "two physiotherapists"),
       F("une orthophoniste", "orthophoniste", "speech therapist"),
       F("une sage-femme", "sage-femme", "midwife")],
      ["Elle doit accueillir onze professionnels : quatre médecins généralistes, trois "
       "infirmières, deux kinésithérapeutes, une orthophoniste et une sage-femme."],
      [HTML], ["list", "paraphrase", "count"]),
    A("en", "Of the homes Ligéria Habitat plans on the old supermarket site, how many are set "
            "aside for people over 65?",
      [F("18", "dix-huit", "eighteen", "18 logements"), F("30", "30 logements", "thirty")],
      ["Au-dessus et à côté, Ligéria Habitat construira 30 logements, dont 18 réservés à des "
       "personnes de plus de 65 ans."],
      [HTML], ["paraphrase", "count"]),
    A("fr", "D'après la responsable du projet interrogée par le journal, pourquoi n'a-t-on pas "
            "fait revenir un supermarché au Pré-Chéneau ?",
      [F("première demande des habitants", "demande des habitants"),
       F("perdu deux médecins en trois ans", "deux médecins"),
       F("Aucune enseigne de la grande distribution", "aucune enseigne", "no retailer")],
      ["« Parce que c'est la première demande des habitants. Le quartier a perdu deux médecins "
       "en trois ans, et le dernier part à la retraite en 2027. Aucune enseigne de la grande "
       "distribution n'a voulu reprendre le site : la zone des Gâtines n'est qu'à trois "
       "kilomètres."],
      [HTML], ["interview", "quote", "paraphrase", "reason"]),
    A("en", "According to the key figures published with the article, how does poverty in the "
            "Pré-Chéneau compare with the town as a whole?",
      [F("46 %", "46%", "46 per cent"), F("17 %", "17%", "17 per cent")],
      ["Taux de pauvreté : 46 %, contre 17 % pour l'ensemble de Montlivray"],
      [HTML], ["box", "paraphrase", "share", "compound"]),
    A("fr", "Combien l'agence nationale apporte-t-elle en subventions au renouvellement du "
            "Pré-Chéneau ?",
      [F("13,9 millions", "13,9", "13,9 M€", "13.9 million", "€13.9m")],
      ["Convention de renouvellement urbain signée le 22 janvier 2025 : 48,3 millions d'euros, "
       "dont 13,9 millions de subventions de l'ANRU"],
      [HTML], ["box", "paraphrase", "amount"]),
    A("en", "Which tenants' representative worried publicly about the site lying empty before "
            "the health centre opens, and how long did he say the gap would be?",
      [F("Karim Benaïssa", "Benaïssa", "Benaissa"), F("trois ans", "three years", "3 ans")],
      ["Karim Benaïssa, président de l'amicale des locataires du Pré-Chéneau, redoute le « trou "
       "de trois ans » entre la démolition et l'ouverture"],
      [HTML], ["quote", "paraphrase", "person", "compound"]),
    A("fr", "À quelle échéance les habitants du Pré-Chéneau pourront-ils consulter dans le "
            "nouveau pôle de santé ?",
      [F("début de l'année 2029", "2029", "début 2029", "early 2029")],
      ["Son ouverture est annoncée pour le début de l'année 2029."],
      [HTML], ["paraphrase", "date"]),
    # ---- MD: minutes of the residents' council (town 1) ----
    A("fr", "Combien le fonds de participation a-t-il accordé au club de foot pour son tournoi ?",
      [F("2 100 €", "2 100", "2,100", "€2,100", "2100")],
      ["Tournoi de football interquartiers", "Étoile sportive de la Varenne", "2 100 €"],
      [MD], ["table", "paraphrase", "amount"]),
    A("en", "How much of the residents' participation fund was actually handed out in 2025 at "
            "the Grande-Varenne, and how many people took part in the projects it paid for?",
      [F("10 450", "10 450 €", "10,450", "€10,450", "10450"), F("764", "764 participants")],
      ["10 450 €", "764"],
      [MD], ["table", "paraphrase", "amount", "count", "compound"]),
    A("fr", "Quelle position le conseil citoyen a-t-il prise sur l'aménagement projeté de la "
            "place des Lavandières, et avec quel résultat de vote ?",
      [F("avis favorable avec réserves", "favorable avec réserves", "favourable with reservations"),
       F("10 voix pour", "10 pour", "10 in favour"), F("2 contre", "2 against"),
       F("1 abstention", "une abstention", "one abstention")],
      ["Après débat, le conseil citoyen émet un avis favorable avec réserves, par 10 voix pour, "
       "2 contre et 1 abstention."],
      [MD], ["decision", "paraphrase", "count", "compound"]),
    A("fr", "À quelles conditions les habitants acceptent-ils l'esquisse de la future place du "
            "quartier ?",
      [F("trois platanes", "platanes", "plane trees"),
       F("bancs à l'ombre", "toilettes publiques", "bancs"),
       F("arrêt de bus", "bus stop"),
       F("éclairage de l'allée des Chanvriers", "éclairage", "lighting")],
      ["étudier le maintien des trois platanes dont l'abattage est prévu ;",
       "installer des bancs à l'ombre et des toilettes publiques ;",
       "maintenir un arrêt de bus à moins de cent mètres de la place ;",
       "renforcer l'éclairage de l'allée des Chanvriers, empruntée le soir par les collégiens."],
      [MD], ["list", "paraphrase", "decision"]),
    A("fr", "Qui siégera pour les habitants au comité qui suit les relogements de la barre "
            "Auron ?",
      [F("Lucien Pelletan", "Pelletan"), F("Fatoumata Sissoko", "Sissoko")],
      ["Lucien Pelletan et Fatoumata Sissoko représenteront le conseil au comité de suivi du "
       "relogement."],
      [MD], ["list", "decision", "paraphrase", "person"]),
    A("fr", "Après la visite de terrain de décembre à la Grande-Varenne, combien de problèmes "
            "n'avaient toujours reçu aucune réponse au 20 janvier ?",
      [F("6", "six", "6 restent sans réponse")],
      ["Au 20 janvier, 21 ont été traités, 11 sont programmés et 6 restent sans réponse des "
       "gestionnaires"],
      [MD], ["paraphrase", "count"]),
    # ---- TXT: the project's newsletter (town 2) ----
    A("fr", "Fin janvier 2026, combien de familles de la barre Cheverny n'avaient encore aucun "
            "logement en vue ?",
      [F("16", "seize", "sixteen")],
      ["En attente d'une proposition", "16"],
      [TXT], ["table", "paraphrase", "count"]),
    A("fr", "Parmi les ménages de la barre Cheverny déjà relogés, combien sont restés dans le "
            "quartier et combien ont quitté Montlivray ?",
      [F("29", "vingt-neuf", "twenty-nine"), F("8", "huit", "eight")],
      ["dont au Pré-Chéneau", "29", "dont dans une autre commune", "8"],
      [TXT], ["table", "paraphrase", "count", "compound"]),
    A("fr", "Quel est le coût moyen par appartement des travaux de Ligéria Habitat à "
            "Villesavin ?",
      [F("63 100", "63 100 €", "63,100", "€63,100", "63100")],
      ["Le chantier coûte 5,3 millions d'euros, soit environ 63 100 € par logement."],
      [TXT], ["paraphrase", "amount"]),
    A("en", "How many hours of work for people far from the job market had the Pré-Chéneau "
            "contracts generated by the end of January 2026, and how many of the beneficiaries "
            "live in the neighbourhood?",
      [F("3 450", "3,450", "3450", "3 450 heures", "3,450 hours"),
       F("17", "seventeen", "17 habitants")],
      ["Au 31 janvier 2026, 3 450 heures ont été réalisées par 23 personnes, dont 17 habitants "
       "du Pré-Chéneau."],
      [TXT], ["paraphrase", "count", "compound"]),
    A("fr", "Quelle responsable de Ligéria Habitat invite les locataires à découvrir "
            "l'appartement témoin de Villesavin, et quel jour peut-on le visiter ?",
      [F("Yasmina Belkacem", "Belkacem"),
       F("mercredi", "Wednesday", "le mercredi de 14 h à 17 h")],
      ["invite Yasmina Belkacem, responsable de l'agence de Loir-et-Cher de Ligéria Habitat. "
       "Visites le mercredi de 14 h à 17 h."],
      [TXT], ["quote", "paraphrase", "person", "date", "compound"]),
    A("fr", "Quand aura lieu le premier atelier sur l'aménagement du square de l'ancien "
            "supermarché du Pré-Chéneau ?",
      [F("14 mars", "14 March", "March 14")],
      ["14 mars, 10 h : premier atelier sur l'aménagement du square, maison du projet",
       "Le premier aura lieu le 14 mars à la maison du projet."],
      [TXT, HTML], ["list", "date"]),
    # ---- unanswerable near-misses ----
    U("fr", "Quel est le montant de la prime d'installation versée aux familles relogées de la "
            "barre Cheverny ?",
      [DOCX, TXT], ["other-town", "cross-town", "not-given", "amount"]),
    U("en", "How many hours of work for jobseekers have the Grande-Varenne renewal worksites "
            "produced so far under their integration clauses?",
      [TXT, DOCX], ["other-town", "cross-town", "not-given", "paraphrase", "count"]),
    U("fr", "Combien Montlivray Sologne Agglomération met-elle à elle seule dans le fonds de "
            "minoration foncière en 2026 ?",
      [PDF], ["part-of-whole", "not-given", "amount"]),
    U("en", "What did the Centre-Loire land agency collect from its special equipment tax in "
            "2024?",
      [PDF], ["year-not-given", "not-given", "paraphrase", "amount"]),
    U("fr", "Quel cabinet de paysagistes a conçu le projet de la place des Lavandières présenté "
            "au conseil citoyen ?",
      [MD], ["body-unnamed", "role-unnamed", "paraphrase", "organisation"]),
    U("en", "Which architects' practice won the design competition for the Pré-Chéneau's new "
            "school complex?",
      [TXT], ["role-unnamed", "body-unnamed", "organisation"]),
    U("fr", "Quelle entreprise de travaux l'EPFL a-t-il retenue pour abattre l'ancien "
            "supermarché du Pré-Chéneau ?",
      [HTML, PDF, TXT], ["body-unnamed", "not-given", "paraphrase", "organisation"]),
    U("fr", "De quelle enveloppe le fonds de participation des habitants de la Grande-Varenne "
            "dispose-t-il pour 2026 ?",
      [MD], ["year-not-given", "not-given", "amount"]),
    U("en", "How much did the land agency pay for the former supermarket in Mérignolles?",
      [PDF, HTML], ["other-town", "cross-town", "not-given", "amount"]),
    U("fr", "Combien coûtera la remise à neuf des logements conservés de la résidence Arnon ?",
      [DOCX, TXT], ["not-given", "planned-only", "paraphrase", "amount"]),
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for k, case in enumerate(CASES, 1):
            row = {"id": f"q23-{k:03d}"}
            row.update(case)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(OUT, len(CASES), "questions")


if __name__ == "__main__":
    main()
