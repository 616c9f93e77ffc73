"""An LLM judge for faithfulness and answer correctness (used when a language model is configured).

The model is asked (prompts/judge.md) for a JSON object with two 0..1 scores and their reasons.
With `--judge-citations` it is also asked, once per answer, whether each cited sentence is
entailed by the passages it cites (evals/entailment_prompt.md): ALCE's citation recall with the
model as the NLI step, independent of the answerer's own support score.
Building the messages and parsing the reply are pure functions; only `Judge.judge` calls the
model. A model failure or a reply that cannot be read becomes a verdict with an ``error``,
never an exception: one bad reply must not sink an evaluation run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.llm import Completer, LLMError
from evals.gold import GoldQuestion

NO_ANSWER_REFERENCE = (
    "Le corpus ne contient pas la réponse à cette question : une bonne réponse le dit et "
    "n'affirme rien d'autre."
)
ENTAILMENT_PROMPT = Path(__file__).with_name("entailment_prompt.md")
_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*\n?|\n?\s*```\s*$")


class JudgeReplyError(ValueError):
    """The judge's reply is not the JSON object the prompt asks for."""


@dataclass(frozen=True)
class JudgeVerdict:
    faithfulness: float | None = None
    faithfulness_reason: str = ""
    correctness: float | None = None
    correctness_reason: str = ""
    error: str | None = None
    raw: str | None = None  # the reply, kept (truncated) when it could not be read

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def reference_text(gold: GoldQuestion) -> str:
    """What a correct answer must contain, in words the judge can use."""
    if not gold.answerable:
        return NO_ANSWER_REFERENCE
    lines = []
    for fact in gold.answer_facts:
        aliases = f" (ou : {', '.join(fact.aliases)})" if fact.aliases else ""
        lines.append(f"- élément attendu : {fact.text}{aliases}")
    for quote in gold.gold_quotes:
        lines.append(f"- passage source : « {quote} »")
    return "\n".join(lines) or "(aucun élément précis : juge si la réponse répond à la question)"


def judge_messages(
    template: str, gold: GoldQuestion, answer: str, passages: str
) -> list[dict[str, str]]:
    """The chat messages for one judgement; ``passages`` are already numbered and formatted."""
    content = template.format(
        question=gold.question,
        passages=passages or "(aucun passage)",
        answer=answer.replace("<<<", "‹‹‹").replace(">>>", "›››"),
        reference=reference_text(gold),
    )
    return [{"role": "user", "content": content}]


def _score(obj: dict[str, Any], key: str) -> tuple[float, str]:
    item = obj.get(key)
    if not isinstance(item, dict):
        raise JudgeReplyError(f'"{key}" must be an object {{"score": 0..1, "reason": "..."}}')
    score, reason = item.get("score"), item.get("reason", "")
    if isinstance(score, bool) or not isinstance(score, int | float):
        raise JudgeReplyError(f'"{key}.score" must be a number between 0 and 1, got {score!r}')
    if not 0 <= score <= 1:
        raise JudgeReplyError(f'"{key}.score" must be between 0 and 1, got {score}')
    if not isinstance(reason, str):
        raise JudgeReplyError(f'"{key}.reason" must be a string, got {reason!r}')
    return float(score), reason.strip()


def _reply_object(text: str) -> object:
    """The JSON object of a judge's reply, inside a Markdown code fence or prose or not."""
    body = _FENCE.sub("", text.strip())
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end < start:
        raise JudgeReplyError("the reply holds no JSON object")
    try:
        return json.loads(body[start : end + 1])
    except json.JSONDecodeError as exc:
        raise JudgeReplyError(f"the reply is not valid JSON ({exc.msg})") from None


def parse_judge_reply(text: str) -> JudgeVerdict:
    """Read the judge's JSON reply; tolerates a Markdown code fence and prose around the object.

    Raises `JudgeReplyError` when no JSON object can be read or a score is missing, not a
    number, or outside 0..1.
    """
    obj = _reply_object(text)
    if not isinstance(obj, dict):
        raise JudgeReplyError("the reply is not a JSON object")
    faithfulness, f_reason = _score(obj, "faithfulness")
    correctness, c_reason = _score(obj, "correctness")
    return JudgeVerdict(faithfulness, f_reason, correctness, c_reason)


class Judge:
    """Scores answers with a language model through the `Completer` protocol."""

    def __init__(self, completer: Completer, template: str, entailment_template: str | None = None):
        self.completer = completer
        self.template = template
        self.entailment_template = entailment_template  # None: citations are not judged

    @property
    def model(self) -> str:
        return self.completer.model

    def judge(self, gold: GoldQuestion, answer: str, passages: str) -> JudgeVerdict:
        """One verdict; a model failure or an unreadable reply gives a verdict with ``error``."""
        messages = judge_messages(self.template, gold, answer, passages)
        try:
            reply = self.completer.complete(messages)
        except LLMError as exc:
            return JudgeVerdict(error=f"model call failed: {exc}")
        try:
            return parse_judge_reply(reply)
        except JudgeReplyError as exc:
            return JudgeVerdict(error=f"unreadable reply: {exc}", raw=reply[:500])

    def entailment(self, claims: Sequence[Claim]) -> EntailmentVerdict | None:
        """Each cited sentence entailed by its cited passages, or None when not asked for."""
        if self.entailment_template is None:
            return None
        return entail_claims(self.completer, self.entailment_template, claims)


# --------------------------------------------------------------------------------------------
# Citation entailment (opt-in: --judge-citations)
# --------------------------------------------------------------------------------------------

Claim = tuple[str, Sequence[tuple[int, str]]]  # (sentence, [(passage number, passage text)])


@dataclass(frozen=True)
class EntailmentVerdict:
    verdicts: list[bool] | None = None  # one per claim, in order
    error: str | None = None
    raw: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def entailment_messages(template: str, claims: Sequence[Claim]) -> list[dict[str, str]]:
    """The entailment prompt with each claim followed by the passages it cites."""
    blocks = []
    for i, (sentence, cited) in enumerate(claims, start=1):
        passages = "\n".join(f"  [{n}] {text}" for n, text in cited) or "  (aucun passage)"
        sentence = sentence.replace("<<<", "‹‹‹").replace(">>>", "›››")
        blocks.append(f"{i}. <<<{sentence}>>>\n  Passages cités :\n{passages}")
    return [{"role": "user", "content": template.format(claims="\n\n".join(blocks))}]


def parse_entailment_reply(text: str, n_claims: int) -> list[bool]:
    """The verdicts of an entailment reply, one per claim in order.

    Raises `JudgeReplyError` when the reply holds no JSON object, or not exactly one boolean
    verdict for each claim 1..n_claims.
    """
    obj = _reply_object(text)
    items = obj.get("verdicts") if isinstance(obj, dict) else None
    if not isinstance(items, list):
        raise JudgeReplyError('"verdicts" must be a list')
    found: dict[int, bool] = {}
    for item in items:
        claim = item.get("claim") if isinstance(item, dict) else None
        entailed = item.get("entailed") if isinstance(item, dict) else None
        if isinstance(claim, bool) or not isinstance(claim, int) or not isinstance(entailed, bool):
            raise JudgeReplyError(
                f'each verdict must be {{"claim": n, "entailed": true|false}}, got {item!r}'
            )
        found[claim] = entailed
    if sorted(found) != list(range(1, n_claims + 1)):
        raise JudgeReplyError(f"expected verdicts for claims 1..{n_claims}, got {sorted(found)}")
    return [found[i] for i in range(1, n_claims + 1)]


def entail_claims(
    completer: Completer, template: str, claims: Sequence[Claim]
) -> EntailmentVerdict:
    """Ask the model for the entailment of every claim at once; failures become an ``error``."""
    if not claims:
        return EntailmentVerdict(verdicts=[])
    try:
        reply = completer.complete(entailment_messages(template, claims))
    except LLMError as exc:
        return EntailmentVerdict(error=f"model call failed: {exc}")
    try:
        return EntailmentVerdict(verdicts=parse_entailment_reply(reply, len(claims)))
    except JudgeReplyError as exc:
        return EntailmentVerdict(error=f"unreadable reply: {exc}", raw=reply[:500])
