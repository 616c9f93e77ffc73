"""Generic proposal skeletons, one per mission type: objectives, phases with their steps, and
deliverables, written in French and in the future tense for any town.

A proposal draws its structure from here, never from a precedent's sheet: precedents only bring
evidence (quantity ranges, cited enjeux). `skeleton_for(types)` merges the skeletons of the types
a brief asks for (a "point d'étape et plan stratégique local" gets the closure's phases and the
PSL's), so a closure-only brief never gets PSL objectives.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Step:
    """One step of a phase; `count` is a StepKind key whose quantity the brief or the precedents give."""

    text: (
        str  # "{count}" is replaced by "40 entretiens", or the label alone when no number is known
    )
    count: str | None = None


@dataclass(frozen=True)
class Phase:
    key: str
    title: str
    weight: float  # share of the duration and of the fee
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Skeleton:
    objectives: tuple[str, ...]  # "{place}" is the brief's site and town
    phases: tuple[Phase, ...]
    deliverables: tuple[str, ...]
    team: tuple[str, ...] = field(default=())


_FRAMING = Phase("cadrage", "Cadrage et analyse documentaire", 1.0, (
    Step("Réunion de lancement avec le maître d'ouvrage : attentes, calendrier, liste des "
         "personnes à rencontrer."),
    Step("Analyse des documents disponibles (convention, avenants, bilans, études antérieures)."),
))  # fmt: skip
_RESTITUTION = Phase("restitution", "Synthèse et restitution", 1.0, (
    Step("Rédaction du rapport final et de sa synthèse."),
    Step("Présentation des résultats en comité de pilotage et restitution élargie aux "
         "partenaires."),
))  # fmt: skip
_TEAM = (
    "Un directeur de mission, interlocuteur du maître d'ouvrage, garant de la méthode et présent "
    "aux instances de pilotage.",
    "Un chef de projet chargé de la conduite opérationnelle, des entretiens et de l'animation "
    "des ateliers.",
    "Un chargé d'études pour l'analyse documentaire, le traitement des données et la rédaction.",
)

SKELETONS: dict[str, Skeleton] = {
    "cloture": Skeleton(
        objectives=(
            "Dresser le bilan du projet de renouvellement urbain de {place} : opérations "
            "réalisées, engagées et restant à engager.",
            "Identifier les points de vigilance et les risques susceptibles de peser sur "
            "l'achèvement du projet.",
            "Préparer la sortie de la convention et l'avenant de clôture, afin de garantir la "
            "pérennisation des investissements.",
            "Proposer une vision prospective des enjeux du quartier après le projet.",
        ),
        phases=(
            _FRAMING,
            Phase(
                "diagnostic",
                "Bilan et évaluation de l'avancement du projet",
                2.0,
                (
                    Step(
                        "Conduite de {count} avec les acteurs clés du projet (élus, services, "
                        "partenaires, représentants des habitants).",
                        "entretien",
                    ),
                    Step(
                        "Évaluation de l'avancement des opérations et identification des points "
                        "de vigilance."
                    ),
                ),
            ),
            Phase(
                "ateliers",
                "Ateliers et orientations de sortie de convention",
                2.0,
                (
                    Step(
                        "Animation de {count} avec les partenaires pour partager le bilan et "
                        "définir les orientations de sortie.",
                        "atelier",
                    ),
                    Step("Organisation de {count} pour valider les orientations.", "seminaire"),
                    Step("Préparation des éléments de l'avenant de clôture."),
                ),
            ),
            _RESTITUTION,
        ),
        deliverables=(
            "Note de cadrage et calendrier détaillé.",
            "Rapport de bilan du projet (avancement, points de vigilance, risques).",
            "Comptes rendus des ateliers.",
            "Rapport final et note de synthèse préparant l'avenant de clôture.",
        ),
    ),
    "psl": Skeleton(
        objectives=(
            "Définir le plan stratégique local de {place} : une stratégie sociale et urbaine "
            "durable pour le quartier dans la ville et l'agglomération.",
            "Inscrire le quartier dans la stratégie de peuplement et d'habitat à l'échelle de "
            "la ville et de l'agglomération.",
            "Définir la gouvernance et les outils de suivi du plan stratégique local.",
        ),
        phases=(
            _FRAMING,
            Phase(
                "diagnostic",
                "Diagnostic partagé",
                2.0,
                (
                    Step(
                        "Conduite de {count} avec les acteurs du quartier et les partenaires.",
                        "entretien",
                    ),
                    Step("Analyse des dynamiques sociales, urbaines et économiques du quartier."),
                ),
            ),
            Phase(
                "strategie",
                "Élaboration du plan stratégique local",
                2.0,
                (
                    Step(
                        "Animation de {count} pour définir les orientations stratégiques et "
                        "opérationnelles.",
                        "atelier",
                    ),
                    Step("Organisation de {count} pour valider les axes du plan.", "seminaire"),
                    Step(
                        "Rédaction du plan d'actions et des modalités de gouvernance et de suivi."
                    ),
                ),
            ),
            _RESTITUTION,
        ),
        deliverables=(
            "Note de cadrage et calendrier détaillé.",
            "Diagnostic partagé.",
            "Plan stratégique local : orientations, plan d'actions, gouvernance et indicateurs.",
            "Comptes rendus des ateliers et note de synthèse.",
        ),
    ),
    "evaluation": Skeleton(
        objectives=(
            "Évaluer les réalisations et les effets du projet de {place} au regard de ses "
            "objectifs initiaux.",
            "Mesurer l'efficacité du pilotage et du partenariat.",
            "Formuler des recommandations pour la suite du projet.",
        ),
        phases=(
            _FRAMING,
            Phase(
                "evaluation",
                "Collecte et analyse évaluative",
                3.0,
                (
                    Step("Conduite de {count} avec les acteurs du projet.", "entretien"),
                    Step("Passation de {count} auprès des habitants.", "questionnaire"),
                    Step(
                        "Organisation de {count} avec les partenaires et les habitants.", "reunion"
                    ),
                    Step("Analyse des indicateurs de réalisation et de résultat."),
                ),
            ),
            Phase(
                "recommandations",
                "Recommandations",
                1.0,
                (
                    Step(
                        "Animation de {count} pour partager les constats et construire les "
                        "recommandations.",
                        "atelier",
                    ),
                ),
            ),
            _RESTITUTION,
        ),
        deliverables=(
            "Note de cadrage et référentiel d'évaluation.",
            "Rapport d'évaluation.",
            "Recommandations et note de synthèse.",
        ),
    ),
    "relogement": Skeleton(
        objectives=(
            "Connaître la situation et les souhaits de chaque ménage à reloger de {place}.",
            "Organiser des relogements conformes aux besoins des ménages et aux engagements de "
            "la convention (reste à charge, parcours résidentiels, relogements hors quartier).",
            "Suivre et évaluer les relogements jusqu'à leur terme.",
        ),
        phases=(
            _FRAMING,
            Phase(
                "enquete",
                "Enquête sociale auprès des ménages",
                3.0,
                (
                    Step("Conduite de {count} à domicile avec les ménages concernés.", "entretien"),
                    Step("Analyse des besoins (composition familiale, ressources, souhaits)."),
                ),
            ),
            Phase(
                "strategie",
                "Stratégie et charte de relogement",
                2.0,
                (
                    Step(
                        "Animation de {count} avec les bailleurs et les réservataires.", "atelier"
                    ),
                    Step("Rédaction de la charte de relogement et des outils de suivi."),
                ),
            ),
            _RESTITUTION,
        ),
        deliverables=(
            "Note de cadrage et calendrier détaillé.",
            "Diagnostic social des ménages (données anonymisées).",
            "Charte de relogement et tableau de bord de suivi.",
            "Bilan des relogements et note de synthèse.",
        ),
    ),
    "patrimoine": Skeleton(
        objectives=(
            "Connaître et documenter le patrimoine de {place}.",
            "Évaluer l'état de conservation et les enjeux de mise en valeur de chaque édifice.",
            "Proposer une stratégie de préservation et de valorisation hiérarchisée.",
        ),
        phases=(
            Phase(
                "cadrage",
                "Cadrage et recherche documentaire",
                1.0,
                (
                    Step("Réunion de lancement avec le maître d'ouvrage."),
                    Step("Recherche en archives et analyse de la documentation existante."),
                ),
            ),
            Phase(
                "inventaire",
                "Inventaire et relevés",
                3.0,
                (
                    Step("Inventaire de {count}, avec une fiche par édifice.", "edifice"),
                    Step("Réalisation de {count} pour les relevés et l'état sanitaire.", "visite"),
                ),
            ),
            Phase(
                "strategie",
                "Diagnostic et stratégie de valorisation",
                2.0,
                (
                    Step("Hiérarchisation des enjeux de conservation et de valorisation."),
                    Step("Propositions d'interventions et de mise en valeur."),
                ),
            ),
            _RESTITUTION,
        ),
        deliverables=(
            "Note de méthode et calendrier.",
            "Fiches d'inventaire par édifice (historique, description, état, photographies).",
            "Rapport de diagnostic et stratégie de valorisation.",
        ),
    ),
}
GENERIC = Skeleton(
    objectives=(
        "Répondre à la demande du maître d'ouvrage pour {place}, dans le périmètre et le "
        "calendrier fixés.",
        "Établir un diagnostic partagé avec les acteurs concernés.",
        "Formuler des propositions opérationnelles et hiérarchisées.",
    ),
    phases=(
        _FRAMING,
        Phase(
            "diagnostic",
            "Diagnostic",
            2.0,
            (
                Step("Conduite de {count} avec les acteurs concernés.", "entretien"),
                Step("Réalisation de {count}.", "visite"),
                Step("Analyse des données disponibles."),
            ),
        ),
        Phase(
            "propositions",
            "Propositions",
            2.0,
            (
                Step("Animation de {count} pour construire les propositions.", "atelier"),
                Step("Organisation de {count} avec les partenaires.", "reunion"),
            ),
        ),
        _RESTITUTION,
    ),
    deliverables=(
        "Note de cadrage et calendrier détaillé.",
        "Rapport de diagnostic.",
        "Rapport final et note de synthèse.",
    ),
)
# Types without a skeleton of their own borrow a close one.
ALIASES = {
    "capitalisation": "cloture",
    "gup": "evaluation",
    "memoire": "patrimoine",
    "peuplement": "relogement",
}


def skeleton_for(types: list[str]) -> Skeleton:
    """The skeleton of the brief's main type, with the objectives, phases and deliverables of
    its other types merged in (a phase already present is not repeated; restitution stays last)."""
    keys = list(dict.fromkeys(ALIASES.get(t, t) for t in types if ALIASES.get(t, t) in SKELETONS))
    if not keys:
        return GENERIC
    base = SKELETONS[keys[0]]
    objectives = list(base.objectives)
    phases = list(base.phases)
    deliverables = list(base.deliverables)
    for key in keys[1:]:
        other = SKELETONS[key]
        objectives += [o for o in other.objectives if o not in objectives]
        last = phases.pop() if phases and phases[-1].key == "restitution" else None
        present = {p.key for p in phases}
        phases += [p for p in other.phases if p.key not in present and p.key != "restitution"]
        if last:
            phases.append(last)
        deliverables += [d for d in other.deliverables if d not in deliverables]
    return Skeleton(tuple(objectives), tuple(phases), tuple(deliverables), _TEAM)


def team() -> tuple[str, ...]:
    return _TEAM
