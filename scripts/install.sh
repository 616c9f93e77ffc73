#!/usr/bin/env bash
# Installs the locked environment into a virtual environment: exactly the versions in
# requirements/*.lock (what CI tested), then the project itself without resolving anything.
#
#   bash scripts/install.sh            # runtime: what `renewal serve` needs
#   bash scripts/install.sh --test     # runtime + test tools (what .ci/run uses)
#   options: --venv DIR (default .venv), --lock FILE (default requirements/runtime.lock or
#            requirements/test.lock), --no-project (install the lock only)
#
# A lock that no longer resolves (a version withdrawn or yanked from the index) stops the
# install with the command that refreshes it. Prints the versions installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv"
lock=""
extra=""
project=1
while [ $# -gt 0 ]; do
  case "$1" in
    --test) extra="[test]" ;;
    --venv) venv="$2"; shift ;;
    --lock) lock="$2"; shift ;;
    --no-project) project=0 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$lock" ]; then
  if [ -n "$extra" ]; then lock="$root/requirements/test.lock"; else lock="$root/requirements/runtime.lock"; fi
fi
[ -f "$lock" ] || { echo "install.sh: no lock file at $lock" >&2; exit 2; }

refresh_hint() {
  cat >&2 <<MSG

The lock $lock no longer installs as written: $1
Refresh it on purpose, then run the tests on the new lock and commit both lock files:
    bash scripts/lock.sh          # re-resolves pyproject.toml's ranges into requirements/*.lock
    bash .ci/run                  # the tests, on exactly the refreshed versions
MSG
}

export PIP_DISABLE_PIP_VERSION_CHECK=1
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "install.sh: Python 3.11 or newer is needed (python3 is $(python3 -V))" >&2; exit 2; }
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
py="$venv/bin/python"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# --no-deps: the lock is the whole environment, nothing is resolved beyond it.
if ! "$py" -m pip install --no-deps -r "$lock" >"$log" 2>&1; then
  grep -E "ERROR|No matching distribution|Could not find" "$log" | head -n 5 >&2 || tail -n 5 "$log" >&2
  refresh_hint "a pinned version cannot be found on the package index."
  exit 1
fi
if grep -qi "yanked version" "$log"; then
  grep -i "yanked" "$log" | head -n 5 >&2
  refresh_hint "a pinned version was yanked by its authors."
  exit 1
fi

if [ "$project" = 1 ]; then
  "$py" -m pip install --no-deps --no-build-isolation -e "$root$extra" >"$log" 2>&1 \
    || { cat "$log" >&2; echo "install.sh: the project itself did not install" >&2; exit 1; }
  # Every requirement of pyproject.toml (with the extra asked for) and of every locked package
  # must be met by the lock alone.
  if ! { "$py" "$root/scripts/check_requirements.py" ${extra:+test} && "$py" -m pip check; } >"$log" 2>&1; then
    cat "$log" >&2
    refresh_hint "pyproject.toml asks for something the lock does not hold."
    exit 1
  fi
fi

echo "Installed from $(basename "$lock") into $venv:"
"$py" -m pip list --format=freeze --exclude-editable 2>/dev/null | tr '\n' ' ' | fold -s -w 100
echo
