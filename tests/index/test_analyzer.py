from index.analyzer import analyze
from index.glossary import expand_query, looks_english


def test_elision_accents_and_stemming_meet_in_the_middle():
    # "l'équipe" and "Equipe", "démolitions" and "demolition" must share tokens.
    assert analyze("l'équipe") == analyze("Equipe")
    assert analyze("démolitions") == analyze("demolition")
    assert analyze("qu’il") == analyze("il") == []  # elided stop word and curly apostrophe


def test_a_masculine_plural_participle_in_us_meets_its_singular_and_feminine():
    """The stemmer keeps the s after a u: "prévus" stayed apart from "Prévu" and "prévue"."""
    assert analyze("prévus") == analyze("Prévu") == analyze("prévues")
    assert analyze("abattus") == analyze("abattue") and analyze("retenus") == analyze("retenu")
    assert analyze("plus") == ["plus"] and analyze("tous") == ["tous"]  # short words keep it


def test_stop_words_dropped_and_numbers_kept():
    tokens = analyze("Combien de démolitions pour les 2 102 résidentialisations ?")
    assert "combien" not in tokens and "de" not in tokens
    assert "2102" in tokens  # thousands separator joined
    assert "102" in tokens


def test_english_possessive():
    assert analyze("Antony's") == analyze("Antony")


def test_glossary_expands_english_field_terms_only_for_english():
    assert looks_english("what were Antony's closure enjeux?")
    assert not looks_english("Quels étaient les enjeux de la clôture à Antony ?")
    expanded = expand_query("what were Antony's closure stakes?")
    assert "clôture" in expanded and "enjeux" in expanded
    assert expand_query("rien à traduire ici") == "rien à traduire ici"
    assert "revenu" in expand_query("How does household income compare with the town's?")
    # A sum before or after VAT is written "HT" or "TTC" in French documents.
    assert "HT" in expand_query("What is the contract worth before VAT?").split()
    assert "TTC" in expand_query("How much is it including VAT?").split()
    # Who is "in charge" of an action is its "pilote", its "responsable", its "chef de projet".
    in_charge = expand_query("Who is in charge of the action sheet?").split()
    assert "pilote" in in_charge and "responsable" in in_charge
    # Who pays, footing the bill, a payment schedule: the French say "verser", "financer", an
    # "échéancier"; dropping in at an office is going to its "permanence".
    assert "financeur" in expand_query("Who is footing the bill for the action?").split()
    paying = expand_query("How much is the town scheduled to pay in 2028?").split()
    assert "versement" in paying and "échéancier" in paying
    assert "financement" in expand_query("Who is paying for the study?").split()
    assert "permanence" in expand_query("When can I drop in at the project office?").split()
    # Asbestos, homes turned down, bids scored, a trainee's own pocket: amiante, refus,
    # notation, stagiaire, reste à charge.
    assert "amiante" in expand_query("Where was asbestos found in the tower?").split()
    assert "refus" in expand_query("Why did households turn down the homes offered?").split()
    assert "notation" in expand_query("How will the bids be scored?").split()
    pocket = expand_query("How much does a trainee pay out of their own pocket?")
    assert "stagiaire" in pocket.split() and "reste à charge" in pocket
    # What a funder puts into a project is its "apport"; outside a neighbourhood is "hors".
    assert "apport" in expand_query("How much do the landlords put into the programme?").split()
    assert "apport" not in expand_query("What measures does the sheet put in place?").split()
    assert "hors" in expand_query("How many were rehoused outside the neighbourhood?").split()
    # Polls, town-hall meetings, buying back, tracking: enquête, réunions publiques, rachat, suivi.
    assert "enquête" in expand_query("How many families were polled?").split()
    assert "réunions publiques" in expand_query("How many town-hall meetings were held?")
    assert "rachat" in expand_query("How many units were bought back?").split()
    assert "suivi" in expand_query("Which indicators will track the action?").split()
    # A council's rapporteur and its voters; a programme's strands; a funding plan's sums.
    council = expand_query("Who presented the report, and how many took part in the vote?")
    assert "rapporteur" in council.split() and "votants" in council.split()
    assert "votants" not in expand_query("How many residents took part in the walks?").split()
    assert "volets" in expand_query("What are the strands of the action?").split()
    assert "pondération" in expand_query("How much weight goes to the price?").split()
    # A council's members and its votes: "conseillers", "élus", "voté", "votants".
    voted = expand_query("How many councillors voted against the amendment?")
    assert "conseillers" in voted and "élus" in voted and "votants" in voted
    # The ANRU's "revue de projet" is a project review; a closure review stays a "bilan".
    assert "revue de projet" in expand_query("When will the ANRU project review be held?")
    assert "revue" not in expand_query("Who led the closure review mission?")


def test_rehousing_terms_reach_the_french_units():
    """An English question about households, tenants and agreements covers the French units
    that say "ménages", "locataires", "convention" (the answerer's concepts)."""
    from index.glossary import concepts

    question = "How many households were rehoused after the agreement was signed?"
    tokens = set().union(*concepts(question))
    assert {"menag", "relog", "convent", "sign"} <= tokens
    expanded = expand_query("when was the closure agreement signed?")
    assert "clôture" in expanded and "convention" in expanded


def test_everyday_words_reach_the_formal_ones():
    """"Combien d'appartements ont été abattus" covers "144 démolitions de logements": the
    everyday word, elided or not, brings the formal one, in the answerer's concepts and in the
    BM25 query."""
    from index.analyzer import analyze
    from index.glossary import concepts, expand_synonyms

    flats, knocked_down, _ = concepts("Combien d'appartements ont été abattus à Antony ?")
    assert set(analyze("logements")) <= flats and set(analyze("démolitions")) <= knocked_down
    assert "ménages" in expand_synonyms("Combien de familles ont déménagé ?")
    # An elected official is named by their office; "la mairie de X" is the "Ville de X".
    [elected] = [c for c in concepts("Quelle élue ?") if set(analyze("élue")) <= c]
    assert set(analyze("adjointe maire")) <= elected
    [town_hall] = [c for c in concepts("la mairie de Brémonville") if set(analyze("mairie")) <= c]
    assert set(analyze("Ville")) <= town_hall
    # A period's adjective: "chaque mois" reaches "commission de relogement mensuelle".
    [month] = [c for c in concepts("chaque mois") if set(analyze("mois")) <= c]
    assert set(analyze("mensuelle")) <= month
    # "Dans combien de villes" counts the documents' "communes".
    [towns] = [c for c in concepts("Dans combien de villes ?") if set(analyze("villes")) <= c]
    assert set(analyze("communes")) <= towns
    # Empty shops are the documents' "cellules vacantes" ("six des seize cellules sont vides").
    shops, empty = concepts("boutiques inoccupées")[:2]
    assert set(analyze("cellules commerces")) <= shops and set(analyze("vacantes")) <= empty
    # The condition of a favourable opinion is its "réserve".
    [condition] = [c for c in concepts("Sous quelle condition ?") if set(analyze("condition")) <= c]
    assert set(analyze("réserve")) <= condition
    [empty] = [c for c in concepts("vides") if set(analyze("vides")) <= c]
    assert set(analyze("vacantes")) <= empty
    # Buying and selling land: "ses achats" are a land agency's "acquisitions", "revendre" its
    # "cessions".
    [bought] = [c for c in concepts("dans ses achats") if set(analyze("achats")) <= c]
    assert set(analyze("acquisitions")) <= bought
    [sold] = [c for c in concepts("revendre les terrains") if set(analyze("revendre")) <= c]
    assert set(analyze("cessions")) <= sold
    # Days of work: "combien de journées" counts a team's "jours".
    [days] = [c for c in concepts("Combien de journées ?") if set(analyze("journées")) <= c]
    assert set(analyze("jours")) <= days
    # The person to turn to is an action sheet's "Référente".
    [contact] = [c for c in concepts("l'interlocutrice à contacter")
                 if set(analyze("interlocutrice")) <= c]  # fmt: skip
    assert set(analyze("référente")) <= contact
    # Choosing is the documents' "choix" ("comité de pilotage de choix du scénario").
    [picked] = [c for c in concepts("When will the option be picked?") if "picked" in c]
    assert set(analyze("choix retenu")) <= picked
    # English over French: "the work ... expected to wrap up" is "la fin du chantier".
    asked = concepts("When is the work on the Grive residence expected to wrap up?")
    [work] = [c for c in asked if "work" in c]
    [end] = [c for c in asked if "wrap" in c]
    assert set(analyze("travaux chantier")) <= work and set(analyze("fin achèvement")) <= end


def test_the_firm_asked_for_is_the_sheets_team():
    """"Quel cabinet ...", "Which firm ..." reach the mission sheet's "Equipe" field, which
    names the consultancy without saying "cabinet"."""
    from index.analyzer import analyze
    from index.glossary import concepts

    team = set(analyze("équipe"))
    assert any(team <= c for c in concepts("Quel cabinet a épaulé le bailleur ?"))
    assert any(team <= c for c in concepts("Which firm supported the landlord?"))
    assert any(team <= c for c in concepts("Quel bureau d'études a fait le bilan ?"))


def test_young_people_are_the_documents_jeunes():
    """"How many young people are supported ...?" is answered by "Jeunes accompagnés par an":
    both words of "young people" reach "jeunes" (not "personnes", as "people" alone does)."""
    from index.analyzer import analyze
    from index.glossary import concepts

    young = set(analyze("jeunes"))
    found = concepts("How many young people are supported each year?")
    assert sum(young <= c for c in found) == 2
    assert not any(set(analyze("personnes")) <= c for c in found)


def test_lettings_are_the_documents_attributions():
    """"How many lettings were analysed ...?" reaches "Analyse de 3 400 attributions"."""
    from index.analyzer import analyze
    from index.glossary import concepts

    assert any(set(analyze("attributions")) <= c for c in concepts("How many lettings?"))


def test_building_firms_are_entreprises_du_btp_not_a_consultancy():
    """"How many building firms ...?" reaches "18 entreprises du BTP", where "firm" alone is the
    consultancy of a mission sheet's "Equipe" field."""
    from index.analyzer import analyze
    from index.glossary import concepts

    works = set(analyze("entreprises BTP"))
    assert sum(works <= c for c in concepts("How many building firms were involved?")) == 2
    assert any(set(analyze("usine")) <= c for c in concepts("When did the steelworks close?"))


def test_building_sites_and_abbreviated_units():
    """"How many building sites were running at the same time?" reaches "18 chantiers
    simultanés"; "kilomètres" reaches "2,4 km de voiries", in French as in English."""
    from index.analyzer import analyze
    from index.glossary import concepts

    asked = concepts("How many building sites were running at the same time?")
    assert any(set(analyze("chantiers")) <= c for c in asked)
    assert any(set(analyze("simultanés")) <= c for c in asked)
    assert any("km" in c for c in concepts("Combien de kilomètres de voiries ?"))
    assert any("km" in c for c in concepts("How many kilometres of roads?"))


def test_everyday_english_words_of_the_field_reach_the_french_text():
    """Words an English question is written with and the French text says otherwise: the
    glossary gives them, as a dictionary would (no word of the lexicon's nearest neighbours,
    which are too often another word of the field)."""
    from index.analyzer import analyze
    from index.glossary import concepts

    for question, french in [
        ("How many hours of work were done?", "heures"),
        ("How many trees will be planted?", "arbres"),
        ("Who pays for the study of the old car park?", "stationnement"),
        ("What ANRU subsidy does the project get?", "subvention"),
        ("Which landscape architect drew the square?", "paysagiste"),
        ("How many pupils attend the school?", "élèves"),
    ]:
        assert any(set(analyze(french)) <= c for c in concepts(question)), question


def test_a_lead_is_the_sheets_pilote():
    """"Who is the co-lead?" is answered by the action sheet's "Co-pilote" field, "which body
    leads it" by its "Pilote" one."""
    from index.analyzer import analyze
    from index.glossary import concepts

    [pilote] = analyze("Pilote")
    assert any(pilote in c for c in concepts("Who is the co-lead of the action?"))
    assert any(pilote in c for c in concepts("Who is the lead partner?"))


def test_english_learned_words_reach_their_french_cognates():
    """"The on-site coordinator" is a "coordinatrice de terrain": an English learned word gets
    its French form by its suffix, which the French stemmer meets; a short word ("city" is no
    "cité") and a French question get none."""
    from index.glossary import concepts, french_cognate

    assert french_cognate("coordinator") == "coordinateur"
    assert french_cognate("visitors") == "visiteurs"
    assert french_cognate("priorities") == "priorités"
    assert french_cognate("beneficiary") == "beneficiaire"  # accents are folded anyway
    assert french_cognate("territory") == "territoire"
    assert french_cognate("city") is None and french_cognate("mission") is None
    tokens = set().union(*concepts("Who was the on-site coordinator of the mission?"))
    assert set(analyze("coordinatrice")) <= tokens
    assert set(analyze("priorité")) <= set().union(*concepts("What were the town's priorities?"))
    assert not set(analyze("coordinateur")) & set().union(*concepts("Qui est le coordinator ?"))


def test_setting_up_is_the_sheets_mise_en_place():
    """"What venues should be set up" reaches "Mettre en place des Maisons de projets"."""
    from index.glossary import concepts

    tokens = set().union(*concepts("What venues should be set up in the neighbourhoods?"))
    assert set(analyze("mettre en place")) <= tokens
    assert set(analyze("mise")) <= tokens


def test_a_tax_relief_is_the_tfpb_abattement():
    """"The TFPB tax relief" is the sheets' "Abattement TFPB"."""
    from index.glossary import concepts

    assert set(analyze("abattement")) <= set().union(*concepts("What is the TFPB tax relief?"))
