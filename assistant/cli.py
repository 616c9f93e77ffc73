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

    return load_embedder(settings.embedder, threads=settings.threads)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from index.build import ingest

    paths = [Path(p) for p in args.paths] or None
    report = ingest(
        paths,
        corpus_dir=settings.corpus_dir,
        data_dir=settings.data_dir,
        embedder=_embedder(settings),
        chunk_size=settings.chunk_size,
        chunk_overlap=settings.chunk_overlap,
        show_progress=not args.quiet and sys.stderr.isatty(),
    )
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


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from index.search import SearchParams, hybrid_search, parse_filters
    from index.store import Index

    filters = parse_filters(args.filter)
    embedder = _embedder(settings) if args.mode != "lexical" else None
    index = Index.open(settings.data_dir, embedder.name if embedder else None)
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
        print(f"   {hit.chunk.doc_id} · {hit.chunk.chunk_id} · chars {hit.chunk.start}-{hit.chunk.end}")
        print(f"   {snippet[:300]}{'…' if len(snippet) > 300 else ''}\n")
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answering import build_assistant
    from assistant.app import ensure_index

    embedder = _embedder(settings)
    ensure_index(settings, embedder)
    assistant = build_assistant(settings, embedder)
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

    from assistant.app import create_app, ensure_index

    ensure_index(settings, _embedder(settings))  # first start: build the index before listening
    print(f"Renewal assistant on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(create_app(settings), host=args.host, port=args.port, workers=1,
                log_level="info" if args.verbose else "warning")  # fmt: skip
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
    p.add_argument("--passages", action="store_true", help="with --json: include the passages given")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="API and chat page; indexes corpus/ on first start")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
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
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
