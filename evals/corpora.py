"""The document files of an evaluation corpus folder, for `renewal ingest`.

    python -m evals.corpora ../shared/corpus-extended     # one path per line

The extended corpus is read where it lies (it is not copied into the repository). Its folder
also holds a manifest and the gold questions, which are not documents: only supported document
files are listed, and a manifest or readme is left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ingest.load import iter_corpus

NOT_DOCUMENTS = frozenset({"manifest.md", "readme.md", "readme.txt"})


def document_files(folder: Path) -> list[Path]:
    """Supported document files of a corpus folder, manifests and readmes excluded."""
    if not folder.is_dir():
        raise FileNotFoundError(f"no corpus folder at {folder}")
    return [p for p in iter_corpus(folder) if p.name.lower() not in NOT_DOCUMENTS]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m evals.corpora FOLDER", file=sys.stderr)
        return 2
    try:
        files = document_files(Path(args[0]))
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
