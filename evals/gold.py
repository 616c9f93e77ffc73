"""Loading gold question sets (JSONL, one question per line; schema in the design document).

Example line::

    {"id": "ant-demolitions", "question": "Combien de démolitions à Antony ?", "language": "fr",
     "answerable": true, "answer_facts": [{"text": "144", "aliases": ["cent quarante-quatre"]}],
     "gold_quotes": ["144 démolitions, 351 constructions"],
     "gold_docs": ["fiche-mission-point-etape-psl-antony.txt"], "tags": ["numeric"]}

Only ``id`` and ``question`` are required; unknown keys are ignored so that evaluators can
annotate freely. Any other problem stops the load with a `GoldFileError` naming the file and
the line, so a typo never silently drops a question from an evaluation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.errors import RenewalError

LANGUAGES = ("fr", "en")  # what the assistant answers in; reports group by it
DRAFT_TAG = "draft"  # set by `evals.feedback_export` on cases an evaluator has yet to complete


class GoldFileError(RenewalError, ValueError):
    """A gold question file cannot be used; the message names the file, the line and the fix."""

    def __init__(self, path: str | Path, line: int | None, problem: str):
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}, line {line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class AnswerFact:
    """A short string a correct answer must contain, with other accepted spellings."""

    text: str
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class GoldQuestion:
    """One gold question. Unanswerable questions have no facts, quotes or documents."""

    id: str
    question: str
    language: str = "fr"
    answerable: bool = True
    answer_facts: list[AnswerFact] = field(default_factory=list)
    gold_quotes: list[str] = field(default_factory=list)
    gold_docs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def draft(self) -> bool:
        """True for a case still tagged ``draft`` (as exported from feedback, not yet completed)."""
        return DRAFT_TAG in self.tags


class _LineProblem(ValueError):
    """Internal: what is wrong with one line, before the file and line number are attached."""


def _require_str(obj: dict[str, Any], key: str) -> str:
    if key not in obj:
        raise _LineProblem(f'missing required key "{key}": add "{key}": "..." to the object')
    value = obj[key]
    if not isinstance(value, str) or not value.strip():
        raise _LineProblem(f'"{key}" must be a non-empty string, got {json.dumps(value)}')
    return value


def _string_list(obj: dict[str, Any], key: str) -> list[str]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise _LineProblem(f'"{key}" must be a list of strings, got {json.dumps(value)}')
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise _LineProblem(
                f'"{key}"[{i}] must be a non-empty string, got {json.dumps(item)}; '
                "remove it or fill it in"
            )
    return list(value)


def _facts(obj: dict[str, Any]) -> list[AnswerFact]:
    value = obj.get("answer_facts", [])
    if not isinstance(value, list):
        raise _LineProblem(
            '"answer_facts" must be a list of objects like {"text": "144", "aliases": []}'
        )
    facts: list[AnswerFact] = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise _LineProblem(
                f'"answer_facts"[{i}] must be an object like {{"text": "144", "aliases": []}}, '
                f"got {json.dumps(item, ensure_ascii=False)}"
            )
        try:
            text = _require_str(item, "text")
            aliases = _string_list(item, "aliases")
        except _LineProblem as problem:
            raise _LineProblem(f'"answer_facts"[{i}]: {problem}') from None
        facts.append(AnswerFact(text=text, aliases=aliases))
    return facts


def parse_gold_line(line: str) -> GoldQuestion:
    """Parse one non-blank JSONL line into a `GoldQuestion`; raises ValueError on any problem.

    `load_gold` wraps the error with the file name and line number.
    """
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _LineProblem(
            f"invalid JSON ({exc.msg} at column {exc.colno}); each line must be one complete "
            "JSON object, with double-quoted keys and strings and no trailing comma"
        ) from None
    if not isinstance(obj, dict):
        raise _LineProblem(f"expected a JSON object {{...}}, got {type(obj).__name__}")
    qid = _require_str(obj, "id")
    question = _require_str(obj, "question")
    language = obj.get("language", "fr")
    if not isinstance(language, str) or not language.strip():
        raise _LineProblem(
            f'"language" must be a language code such as "fr" or "en", got {language!r}'
        )
    answerable = obj.get("answerable", True)
    if not isinstance(answerable, bool):
        raise _LineProblem(f'"answerable" must be true or false, got {json.dumps(answerable)}')
    gold = GoldQuestion(
        id=qid,
        question=question,
        language=language.strip().lower(),
        answerable=answerable,
        answer_facts=_facts(obj),
        gold_quotes=_string_list(obj, "gold_quotes"),
        gold_docs=_string_list(obj, "gold_docs"),
        tags=_string_list(obj, "tags"),
    )
    if not answerable:
        for key in ("answer_facts", "gold_quotes", "gold_docs"):
            if getattr(gold, key):
                raise _LineProblem(
                    f'"answerable" is false but "{key}" is not empty: '
                    f'empty "{key}" or set "answerable" to true'
                )
    return gold


def load_gold(path: str | Path) -> list[GoldQuestion]:
    """Read a gold question file (UTF-8 JSONL, blank lines skipped) into `GoldQuestion`s.

    The same checks and errors as `load_gold_lines`, without the line numbers.
    """
    return [question for _, question in load_gold_lines(path)]


def load_gold_lines(path: str | Path) -> list[tuple[int, GoldQuestion]]:
    """Read a gold question file into (1-based line number, `GoldQuestion`) pairs, in file order.

    Raises `GoldFileError` (a ValueError) naming the file and the 1-based line number when a
    line is not a JSON object, lacks ``id`` or ``question``, has a field of the wrong type,
    repeats an earlier id, or marks a question unanswerable while giving it gold evidence;
    also when the file cannot be read or holds no question.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoldFileError(path, None, "file not found; check the --questions path") from None
    except UnicodeDecodeError as exc:
        raise GoldFileError(
            path, None, f"not UTF-8 text ({exc.reason}); save it as UTF-8"
        ) from None
    except OSError as exc:
        raise GoldFileError(path, None, f"cannot be read ({exc.strerror})") from None

    questions: list[tuple[int, GoldQuestion]] = []
    first_line_of: dict[str, int] = {}
    # split on "\n" only: str.splitlines would also break on U+2028 and friends, which JSON
    # allows raw inside strings, and the reported line numbers would drift from editors'.
    for lineno, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            question = parse_gold_line(line)
        except _LineProblem as problem:
            raise GoldFileError(path, lineno, str(problem)) from None
        if question.id in first_line_of:
            raise GoldFileError(
                path,
                lineno,
                f'duplicate id "{question.id}" (first used on line {first_line_of[question.id]}); '
                "give each question a unique id",
            )
        first_line_of[question.id] = lineno
        questions.append((lineno, question))
    if not questions:
        raise GoldFileError(path, None, "contains no question; add one JSON object per line")
    return questions


def resolve_gold_docs(doc_ids: Sequence[str], gold_docs: Sequence[str]) -> list[str]:
    """Gold documents as the index names them. A gold set names files; an index names a
    document by its path from the folder it was ingested from, so a file ingested through its
    folder ("evals/probe3/docs") is "docs/<file>". A name that is no document's id is the one
    document whose id ends with "/<name>", when exactly one does; otherwise it stays as written
    (and matches nothing)."""
    known = set(doc_ids)
    by_name: dict[str, list[str]] = {}
    for doc_id in doc_ids:
        by_name.setdefault(doc_id.rsplit("/", 1)[-1], []).append(doc_id)
    resolved = []
    for name in gold_docs:
        matches = by_name.get(name.rsplit("/", 1)[-1], [])
        resolved.append(name if name in known or len(matches) != 1 else matches[0])
    return resolved
