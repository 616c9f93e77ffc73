"""Exit 1, listing them, when the installed project's requirements are not met by what is installed.

`pip check` looks at base requirements only; this also checks the extras named on the command
line (`python scripts/check_requirements.py test`), so a dependency added to pyproject.toml but
not to the lock is reported instead of failing later at import.
"""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, distribution, version

from packaging.requirements import Requirement

PROJECT = "renewal-assistant"


def unmet(extras: set[str]) -> list[str]:
    problems = []
    for line in distribution(PROJECT).requires or []:
        req = Requirement(line)
        if req.marker and not any(req.marker.evaluate({"extra": e}) for e in extras | {""}):
            continue
        try:
            installed = version(req.name)
        except PackageNotFoundError:
            problems.append(f"{req}: not in the lock")
            continue
        if not req.specifier.contains(installed, prereleases=True):
            problems.append(f"{req}: the lock has {installed}")
    return problems


if __name__ == "__main__":
    found = unmet(set(sys.argv[1:]))
    for problem in found:
        print(f"{PROJECT} requires {problem}")
    sys.exit(1 if found else 0)
