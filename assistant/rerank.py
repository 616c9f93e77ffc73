"""Second-stage ranking of retrieved passages, with signals that carry over to unseen corpora.

The hybrid search (index/search.py) fuses BM25 and dense ranks over the whole index; among many
similar documents (every town has its PRU, its relogement, its GUP) the passage about the town
asked often ranks below another town's. This stage re-scores the first `depth` passages with:

- ``fused``: the first stage's fused score, relative to the best one;
- ``lexical_rr``, ``dense_rr``: 1 / the passage's rank in the BM25 and dense rankings (0 when it
  was not among that ranking's candidates);
- ``dense``: the question ↔ passage cosine; ``unit_dense``: the best cosine between the question
  and the passage's answer units (embedded at ingest with their document title); both
  standardised among the question's passages;
- ``coverage``: the share of the question's concepts (IDF-weighted, as for answer units) found
  in the passage or its contextual header;
- ``content``: the passage's BM25 score for the question's words other than its names, relative
  to the best among the re-scored passages. The first stage's BM25 counts the names too, and
  among the documents about one place (its mission sheet, its press, its action sheets) the
  passages that repeat the place's name (a sheet's fields, its opening) outrank the one that
  says what was asked;
- ``unit_evidence``: how well the passage's best answer unit answers the question, as the
  answer model (assistant/scorer.py) rates a unit from what it says and where it sits (its dense
  and lexical match, the kind of value asked for, field or list item, focus, names, heading) but
  not from its passage's rank; the weights are the unit model's, copied into the ranking when it
  is fitted (``unit_weights``), so the answer model can be refitted alone;
- ``names_missing``: the share of the names the question gives (places, bodies, acronyms the
  corpus knows) that neither the passage nor its document's own scope (title, metadata) names;
  ``in_scope``: every place the question is about is named there.

A linear model over them (a conditional logit: the softmax over a question's passages puts its
mass on the passages holding a gold quote) is fitted on the train split by
`python -m evals.fit_answerer`, which writes `assistant/rerank_model.json`.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from ingest.records import Hit

RERANK_FEATURES = ("bias", "fused", "lexical_rr", "dense_rr", "dense", "unit_dense", "coverage",
                   "names_missing", "in_scope", "unit_evidence", "content")  # fmt: skip
# The unit model's signals that describe a unit itself, not its rank among the retrieved ones.
UNIT_EVIDENCE_SIGNALS = ("dense", "lexical", "lexical_doc", "focus_missing", "kind", "field",
                         "item", "names_missing", "heading")  # fmt: skip
RERANK_MODEL_PATH = Path(__file__).parent / "rerank_model.json"
# Passages re-scored per question: the first max(k, DEPTH). With the unit-evidence signal,
# 10-fold cross-validation on the train split gave hit@1 0.700 / 0.724 / 0.722 and hit@5
# 0.905 / 0.933 / 0.940 at depths 5 / 10 / 15; 10 keeps most of the gain at two thirds of the
# cost of 15 (each re-scored passage's units are rated).
DEPTH = 10
# Passages beyond the depth that are about every place or body the question names (its scope:
# assistant/scope.py) and re-scored too, the first SCOPE_EXTRA of the first stage's `POOL`.
# Among many documents of the same kind (every town has its PRU sheet), the passage about the
# place asked can rank below ten others' in both retrievers; the second stage knows the scope.
SCOPE_EXTRA = 4
POOL = 50


@dataclass
class Reranker:
    weights: dict[str, float]
    depth: int = DEPTH
    meta: dict[str, Any] = field(default_factory=dict)
    unit_weights: dict[str, float] = field(default_factory=dict)
    scope_extra: int = SCOPE_EXTRA

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        w = np.array([self.weights.get(f, 0.0) for f in RERANK_FEATURES])
        return np.stack([signal_vector(r) for r in rows]) @ w

    def rerank(self, hits: list[Hit], rows: list[dict[str, float]]) -> list[Hit]:
        """The hits by descending score (the first stage's order breaks ties), ranks renumbered;
        each hit's score becomes its probability among the re-scored passages (the softmax of
        the model's scores) and its fused score is kept."""
        scores = self.scores(rows)
        probability = np.exp(scores - scores.max())
        probability /= probability.sum()
        order = sorted(range(len(hits)), key=lambda i: (-scores[i], i))
        return [replace(hits[i], rank=rank, score=float(probability[i]), fused=hits[i].score)
                for rank, i in enumerate(order, start=1)]  # fmt: skip

    @classmethod
    def load(cls, path: Path = RERANK_MODEL_PATH) -> Reranker:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        unknown = set(data["weights"]) - set(RERANK_FEATURES)
        if unknown:
            raise ValueError(f"{path}: unknown signals {sorted(unknown)}; refit the reranker")
        unknown_units = set(data.get("unit_weights", {})) - set(UNIT_EVIDENCE_SIGNALS)
        if unknown_units:
            raise ValueError(f"{path}: unknown unit signals {sorted(unknown_units)}; refit the reranker")
        return cls(data["weights"], int(data.get("depth", DEPTH)), data.get("meta", {}),
                   data.get("unit_weights", {}))  # fmt: skip

    def save(self, path: Path = RERANK_MODEL_PATH) -> None:
        data = {"features": list(RERANK_FEATURES), "weights": self.weights, "depth": self.depth,
                "unit_weights": self.unit_weights, "meta": self.meta}  # fmt: skip
        Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")


def unit_evidence(values: dict[str, float], unit_weights: dict[str, float]) -> float:
    """A unit's score under the unit model's rank-free signals (`UNIT_EVIDENCE_SIGNALS`)."""
    return sum(w * values.get(f, 0.0) for f, w in unit_weights.items())


def intrinsic_unit_weights(weights: dict[str, float]) -> dict[str, float]:
    """The unit model's weights of the signals that describe a unit itself."""
    return {f: float(weights.get(f, 0.0)) for f in UNIT_EVIDENCE_SIGNALS}


def signal_vector(row: dict[str, float]) -> np.ndarray:
    return np.array([1.0 if f == "bias" else row.get(f, 0.0) for f in RERANK_FEATURES])


def passage_signals(hits: list[Hit], vector: np.ndarray, unit_vectors: list[np.ndarray | None],
                    tokens: list[frozenset[str]], question: Any,
                    scope: list[tuple[bool, float]],
                    evidence: list[float] | None = None,
                    content: list[float] | None = None) -> list[dict[str, float]]:  # fmt: skip
    """The signals of each hit. `unit_vectors[i]` are hit i's stored unit vectors (None when the
    index has none), `tokens[i]` the analysed tokens of its indexed text, `scope[i]` its (in
    scope, share of names missing), `evidence[i]` its best unit's `unit_evidence`, `content[i]`
    its BM25 score for the question's words other than names (`content_scores`); `question` the
    question's weighted concepts (assistant.extractive.QuestionSignals)."""
    evidence = evidence if evidence is not None else [0.0] * len(hits)
    content = content if content is not None else [0.0] * len(hits)
    best_content = max(content, default=0.0) or 1.0
    top = max((h.score for h in hits), default=0.0) or 1.0
    dense_known = [h.dense for h in hits if h.dense is not None]
    dense_floor = min(dense_known) if dense_known else 0.0
    rows = []
    for hit, units, known, (in_scope, missing), best_unit, words in zip(
        hits, unit_vectors, tokens, scope, evidence, content, strict=True
    ):
        dense = hit.dense if hit.dense is not None else dense_floor
        covered = sum(c.weight for c in question.concepts if c.tokens & known)
        rows.append({
            "fused": hit.score / top,
            "lexical_rr": 1.0 / hit.lexical_rank if hit.lexical_rank else 0.0,
            "dense_rr": 1.0 / hit.dense_rank if hit.dense_rank else 0.0,
            "dense": dense,
            "unit_dense": float(np.max(units @ vector)) if units is not None and len(units) else dense,
            "coverage": covered / (question.total or 1.0),
            "names_missing": missing,
            "in_scope": float(in_scope),
            "unit_evidence": best_unit,
            "content": words / best_content,
        })  # fmt: skip
    # Cosines vary little between a question's passages (0.80 against 0.84): on their own
    # scale, standardised among the question's passages, they weigh what they tell.
    for name in ("dense", "unit_dense"):
        values = np.array([r[name] for r in rows])
        spread = float(values.std()) or 1.0
        for r, v in zip(rows, values, strict=True):
            r[name] = float((v - values.mean()) / spread)
    return rows


# BM25's parameters, as the embedded lexical index uses them (index/backends.py).
BM25_K1 = 1.2
BM25_B = 0.75


def content_scores(tokens: list[str], counts: list[Counter[str]], doc_freq: dict[str, int],
                   n_chunks: int) -> list[float]:  # fmt: skip
    """BM25 scores of passages for query `tokens` (a repeated token counts again), from each
    passage's token counts (`counts[i]`), the index's chunk frequencies for the IDF and the
    passages' own average length: computed on the re-scored passages alone, so that every
    search backend gives the same."""
    lengths = [sum(c.values()) for c in counts]
    average = (sum(lengths) / len(lengths) if lengths else 0.0) or 1.0
    idf = {
        t: math.log(1 + (n_chunks - df + 0.5) / (df + 0.5))
        for t in set(tokens)
        if (df := doc_freq.get(t, 0))
    }
    scores = []
    for passage, length in zip(counts, lengths, strict=True):
        norm = BM25_K1 * (1 - BM25_B + BM25_B * length / average)
        score = 0.0
        for t in tokens:
            f = passage.get(t, 0)
            if f and t in idf:
                score += idf[t] * f * (BM25_K1 + 1) / (f + norm)
        scores.append(score)
    return scores
