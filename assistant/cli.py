"""The `renewal` command line. Thin: parse, call the stage functions, format the result."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from assistant.settings import Settings, load_settings  # noqa: E402
from ingest.errors import RenewalError  # noqa: E402


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _embedder(settings: Settings):
    from index.embed import load_embedder

    return load_embedder(
        settings.embedder, threads=settings.threads, api_base=settings.embedder_api_base,
        api_key=settings.embedder_api_key,
    )


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.services import search_backend
    from index.build import ingest

    paths = [Path(p) for p in args.paths]
    address = args.ray if args.ray not in (None, RAY_HERE) else None
    if address is not None and not _is_ray_address(address):  # `--ray PATH`: a path to ingest
        paths.insert(0, Path(address))
        address = None
    backend = search_backend(settings)
    embedder = _embedder(settings)
    workers, started = None, False
    if args.ray is not None:
        from ingest.distributed import RayWorkers, start_ray

        started = start_ray(address)
        workers = RayWorkers(settings.embedder, embedder.name, threads=settings.threads,
                             api_base=settings.embedder_api_base,
                             api_key=settings.embedder_api_key)  # fmt: skip
    try:
        report = ingest(
            paths or None,
            corpus_dir=settings.corpus_dir,
            data_dir=settings.data_dir,
            embedder=embedder,
            chunk_size=settings.chunk_size,
            chunk_overlap=settings.chunk_overlap,
            show_progress=not args.quiet and sys.stderr.isatty(),
            parse_limits=settings.parse_limits,
            backend=backend,
            workers=workers,
            encoders=settings.encoders,
        )
    finally:
        if workers is not None:
            _stop_ray(workers, started)
    if args.json:
        _print_json({k: v for k, v in report.to_dict().items()})
    else:
        for notice in report.notices:
            print(f"note: {notice}", file=sys.stderr)
        for err in report.errors:
            print(f"error: {err['path']}: {err['error']}", file=sys.stderr)
        print(
            f"{report.added} added, {report.updated} updated, {report.removed} removed, "
            f"{report.unchanged} unchanged; {report.chunks_embedded} chunks embedded; "
            f"index: {report.documents_total} documents, {report.chunks_total} chunks"
            + (f" ({report.version})" if report.version else "")
        )
    return 1 if report.errors else 0  # the rest was indexed, but say that something failed


RAY_HERE = "here"  # `--ray` without an address: Ray on this machine's cores


def _is_ray_address(value: str) -> bool:
    from ingest.distributed import is_ray_address

    return is_ray_address(value)


def _stop_ray(workers: Any, started: bool) -> None:
    import ray

    workers.close()
    if started:
        ray.shutdown()


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from index.search import SearchParams, hybrid_search, parse_filters
    from index.store import Index

    filters = parse_filters(args.filter)
    embedder = _embedder(settings) if args.mode != "lexical" else None
    if args.mode == "hybrid":  # what answering retrieves: hybrid search and its second stage
        from assistant.services import open_services

        hits = open_services(settings, embedder, build_index=False).search(
            args.query, filters, args.k
        )
    else:
        from assistant.services import search_backend

        index = Index.open(settings.data_dir, embedder.name if embedder else None,
                           search_backend(settings))  # fmt: skip
        params = SearchParams(
            k=args.k, mode=args.mode, lexical_weight=settings.fusion_lexical_weight,
            dense_weight=settings.fusion_dense_weight, rrf_k=settings.rrf_k,
        )  # fmt: skip
        hits = hybrid_search(index, embedder, args.query, params, filters)
    if args.json:
        _print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        print("No passage matches.")
    for hit in hits:
        snippet = " ".join(hit.chunk.text.split())
        print(f"{hit.rank}. [{hit.score:.4f}] {hit.title} — {hit.chunk.section or '(début)'}")
        print(
            f"   {hit.chunk.doc_id} · {hit.chunk.chunk_id} · chars {hit.chunk.start}-{hit.chunk.end}"
        )
        print(f"   {snippet[:300]}{'…' if len(snippet) > 300 else ''}\n")
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.services import open_services

    assistant = open_services(settings)
    answer = assistant.answer(args.question, filters=args.filter)
    if args.json:
        _print_json(answer.to_dict(with_passages=args.passages))
        return 0
    if answer.notice:
        print(f"({answer.notice})\n")
    print(answer.text)
    if answer.citations:
        print("\nSources :")
        for c in answer.citations:
            section = f" — {c.section}" if c.section else ""
            print(f"[{c.n}] {c.title}{section} ({c.doc_id}, car. {c.start}-{c.end})")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from assistant.app import create_app
    from assistant.services import ensure_index, search_backend

    backend = search_backend(settings)  # an unreachable Milvus stops here, naming its URI
    # First start: build the index before listening.
    ensure_index(settings, _embedder(settings), backend=backend)
    print(
        f"Renewal assistant on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr
    )
    uvicorn.run(create_app(settings), host=args.host, port=args.port, workers=1,
                log_level="info" if args.verbose else "warning")  # fmt: skip
    return 0


def _consultant_assistant(settings: Settings):
    from assistant.services import open_services

    return open_services(settings)


def cmd_precedents(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.precedents import comparison_markdown, find_precedents, parse_precedent_filters

    filters = parse_precedent_filters(args.filter)  # bad filters fail before the model loads
    assistant = _consultant_assistant(settings)
    result = find_precedents(assistant.indexes.current(), assistant.embedder, args.brief or "",
                             k=args.k, filters=filters, compare=args.compare or None,
                             params=assistant.search_params)  # fmt: skip
    if args.json:
        data = result.to_dict()
        if data["comparison"] is not None:
            data["comparison"]["markdown"] = comparison_markdown(data["comparison"])
        _print_json(data)
        return 0
    if args.brief and not result.precedents:
        print("No mission sheet matches.")
    if result.notice:
        print(result.notice)
        print("Missions les plus proches, non comparables :\n")
    for p in result.precedents:
        verdict = "comparable" if p.comparable else "non comparable"
        print(f"{p.rank}. [{p.score:.3f}] {p.record.title} ({p.record.doc_id}) — {verdict}")
        print(f"   recherche {p.retrieval['score']:.3f} · champs {p.field_score:.3f} · "
              f"similarité {p.similarity:.3f}")  # fmt: skip
        for m in p.matches:
            print(f"   - {m.criterion} {m.score:.2f} : {m.detail}")
            for passage in m.passages[:2]:
                quote = " ".join(passage.quote.split())
                quote = quote if len(quote) <= 110 else quote[:109] + "…"
                where = f"{passage.section or '(début)'}, car. {passage.start}-{passage.end}"
                print(f"       « {quote} » ({where})")
        print()
    if args.compare is not None and result.comparison:
        print(comparison_markdown(result.comparison))
    return 0


def cmd_draft(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.drafting import draft_docx, draft_markdown, draft_proposal
    from assistant.precedents import parse_precedent_filters

    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in (".md", ".markdown", ".docx"):
        raise RenewalError(f"--out must end with .md or .docx (got {out.name!r})")
    filters = parse_precedent_filters(args.filter)
    assistant = _consultant_assistant(settings)
    draft = draft_proposal(assistant.indexes.current(), assistant.embedder, args.brief,
                           doc_ids=args.doc_id or None, k=args.k, filters=filters,
                           completer=assistant.completer, prompts=assistant.prompts,
                           params=assistant.search_params)  # fmt: skip
    for notice in draft.notices:
        print(f"note: {notice}", file=sys.stderr)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.suffix.lower() == ".docx":
            out.write_bytes(draft_docx(draft))
        else:
            out.write_text(draft_markdown(draft), encoding="utf-8")
        print(f"wrote {out} ({draft.mode}, {len(draft.references)} references, "
              f"from {', '.join(p['doc_id'] for p in draft.precedents) or 'no comparable mission'})",
              file=sys.stderr)  # fmt: skip
    if args.json:
        _print_json({"markdown": draft_markdown(draft), "draft": draft.to_dict()})
    elif out is None:
        print(draft_markdown(draft), end="")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "export-feedback":
        return _eval_export_feedback(args, settings)
    from evals.compare import check_thresholds, compare_reports, describe_miss, parse_thresholds
    from evals.harness import evaluate, load_report
    from evals.report import render_summary, write_reports
    from evals.uncertainty import confidence_intervals

    if not args.questions or not args.out:
        raise RenewalError("eval needs --questions FILE.jsonl and --out DIR")
    from evals.validate import validate_eval_inputs

    # every bad gold case or threshold is listed at once (exit 2) before a question is asked
    checked = validate_eval_inputs(settings, [Path(q) for q in args.questions], args.min, args.max)
    for warning in checked.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    checked.raise_for_errors()
    thresholds = parse_thresholds(args.min, args.max)
    baseline = load_report(Path(args.baseline)) if args.baseline else None

    def progress(done: int, total: int, qid: str) -> None:
        end = "" if done < total else "\n"
        print(f"\r[{done}/{total}] {qid[:40]:<40}", end=end, file=sys.stderr)

    show = sys.stderr.isatty() and not args.json
    on_progress = progress if show else None
    report = evaluate(
        settings,
        [Path(q) for q in args.questions],
        use_judge=args.judge,
        on_progress=on_progress,
        split=args.split,
        judge_citations=args.judge_citations,
    )
    report["intervals"] = confidence_intervals(report["questions"])
    if baseline is not None:
        report["comparison"] = compare_reports(
            report, baseline, compare_latency=args.compare_latency
        )
    report["thresholds"] = check_thresholds(report, thresholds)
    paths = write_reports(report, Path(args.out))
    missed = [t for t in report["thresholds"] if not t["passed"]]
    if args.json:
        _print_json({k: v for k, v in report.items() if k not in ("questions", "definitions")})
    else:
        print(render_summary(report))
        print(f"\nreports: {paths['json']}, {paths['md']}, {paths['html']}")
    for miss in missed:
        print(f"threshold missed: {describe_miss(miss)}", file=sys.stderr)
    health = report.get("health") or {}
    for problem in health.get("problems", []):
        print(f"degraded run: {problem}", file=sys.stderr)
    if args.strict and health.get("degraded"):
        return 3
    return 1 if missed else 0


def _eval_export_feedback(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.conversations import ConversationStore
    from evals.feedback_export import export_feedback

    if not args.out:
        raise RenewalError("eval export-feedback needs --out FILE.jsonl")
    store = ConversationStore(Path(settings.data_dir) / "app.sqlite")
    try:
        written, skipped = export_feedback(store, Path(args.out))
    finally:
        store.close()
    if args.json:
        _print_json({"written": written, "skipped": skipped, "out": args.out})
    else:
        print(f"wrote {written} draft gold case(s) from thumbs-down feedback to {args.out}"
              + (f" ({skipped} without a question skipped)" if skipped else ""))  # fmt: skip
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="renewal",
        description="Retrieval assistant for the French urban-renewal corpus.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug information")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="(re)index the corpus folder or the given files/folders")
    p.add_argument("paths", nargs="*", help="files or folders (default: RENEWAL_CORPUS_DIR)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--ray", nargs="?", const=RAY_HERE, default=None, metavar="ADDRESS",
                   help="chunk and embed on Ray: this machine's cores, or the cluster at ADDRESS "
                        "(auto, host:port, ray://host:10001)")  # fmt: skip
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="ranked passages for a query")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=5, help="number of passages (default 5)")
    p.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                   help="doc_type, site, year (or range), client, mission_type, doc_id")  # fmt: skip
    p.add_argument("--mode", choices=("hybrid", "lexical", "dense"), default="hybrid")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="answer a question with numbered citations")
    p.add_argument("question")
    p.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--json", action="store_true", help="print the Answer record")
    p.add_argument(
        "--passages", action="store_true", help="with --json: include the passages given"
    )
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="API and chat page; indexes corpus/ on first start")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("precedents", help="past missions ranked for a brief, and a comparison")
    p.add_argument("brief", nargs="?", default="", help="the mission to propose, in free text")
    p.add_argument("--k", type=int, default=5, help="number of precedents (default 5)")
    p.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                   help="mission_type, client, site, year (or range), amount_min, amount_max")  # fmt: skip
    p.add_argument("--compare", nargs="*", metavar="DOC_ID",
                   help="print a comparison table of these missions (none given: of the precedents)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_precedents)

    p = sub.add_parser("draft", help="a proposal draft built from precedents, every element cited")
    p.add_argument("brief", help="the mission to propose, in free text")
    p.add_argument("--out", metavar="FILE", help="write proposal.md or proposal.docx, not stdout")
    p.add_argument("--doc-id", action="append", default=[], metavar="DOC_ID",
                   help="draw from this mission (repeatable); default: the best-ranked ones")  # fmt: skip
    p.add_argument("--k", type=int, default=3, help="number of ranked precedents to draw from")
    p.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--json", action="store_true", help="print the markdown and structured draft")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser("eval", help="run a gold question set and write report.json/.md/.html")
    p.add_argument("action", nargs="?", choices=("export-feedback",),
                   help="export-feedback: thumbs-down feedback as draft gold cases (to --out FILE)")  # fmt: skip
    p.add_argument(
        "--questions",
        metavar="FILE.jsonl",
        action="append",
        default=[],
        help="a gold question set (repeatable: the files are evaluated together)",
    )
    p.add_argument(
        "--split",
        choices=("train", "test", "all"),
        default="all",
        help="evaluate only the train or test split of the questions (fixed by id; see evals/split.py)",
    )
    p.add_argument("--out", metavar="DIR", help="report folder (export-feedback: the JSONL file)")
    p.add_argument("--baseline", metavar="DIR", help="an earlier --out folder to compare with")
    p.add_argument("--compare-latency", action="store_true",
                   help="with --baseline: flag latency regressions too (off: timings are noisy)")  # fmt: skip
    p.add_argument("--min", action="append", default=[], metavar="METRIC=VALUE",
                   help="exit 1 when the metric is below VALUE, e.g. hit_at_5=0.95 (repeatable)")  # fmt: skip
    p.add_argument("--max", action="append", default=[], metavar="METRIC=VALUE",
                   help="exit 1 when the metric is above VALUE, e.g. latency_ms.p95=500")  # fmt: skip
    p.add_argument("--judge", action=argparse.BooleanOptionalAction, default=None,
                   help="LLM judge for faithfulness and correctness (default: on when RENEWAL_LLM_MODEL is set)")  # fmt: skip
    p.add_argument("--judge-citations", action="store_true",
                   help="the judge also checks that each cited sentence is entailed by the passages "
                        "it cites (citations.judge_supported; one more call per answer)")  # fmt: skip
    p.add_argument("--strict", action="store_true",
                   help="exit 3 when the run was degraded: an LLM or judge call failed, or an "
                        "answer fell back to extractive")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the report summary as JSON")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("bm25s").setLevel(logging.DEBUG if args.verbose else logging.WARNING)
    func: Callable[[argparse.Namespace, Settings], int] = args.func
    try:
        settings = load_settings()
        if getattr(args, "k", 1) < 1:
            raise RenewalError("--k must be at least 1")
        return func(args, settings)
    except RenewalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # An ingest stopped here publishes nothing; every finished embedding batch is cached.
        print("interrupted: the previous index (if any) keeps serving; an interrupted ingest "
              "resumes from the vectors already computed", file=sys.stderr)  # fmt: skip
        return 130


if __name__ == "__main__":
    sys.exit(main())
