"""scripts/install.sh against a package index made by the test: a lock that no longer resolves
(a withdrawn or a yanked version) stops the install and says how to refresh the lock."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = "renewal-lock-probe"

pytestmark = pytest.mark.slow


def _wheel(folder: Path, version: str) -> Path:
    """A minimal pure-Python wheel of the probe package."""
    name = PROBE.replace("-", "_")
    path = folder / f"{name}-{version}-py3-none-any.whl"
    files = {
        f"{name}/__init__.py": f"VERSION = {version!r}\n",
        f"{name}-{version}.dist-info/METADATA": (
            f"Metadata-Version: 2.1\nName: {PROBE}\nVersion: {version}\n"
        ),
        f"{name}-{version}.dist-info/WHEEL": (
            "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
        ),
    }
    record = []
    for arcname, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{arcname},sha256={digest.decode()},{len(text.encode())}")
    record.append(f"{name}-{version}.dist-info/RECORD,,")
    files[f"{name}-{version}.dist-info/RECORD"] = "\n".join(record) + "\n"
    with zipfile.ZipFile(path, "w") as archive:
        for arcname, text in files.items():
            archive.writestr(arcname, text)
    return path


@pytest.fixture(scope="module")
def index_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A PEP 503 simple index on disk: 1.0 yanked, 1.1 fine."""
    root = tmp_path_factory.mktemp("index")
    wheels = root / "wheels"
    wheels.mkdir()
    links = []
    for version, yanked in (("1.0", "broken build"), ("1.1", None)):
        wheel = _wheel(wheels, version)
        attr = f' data-yanked="{yanked}"' if yanked else ""
        links.append(f'<a href="{wheel.as_uri()}"{attr}>{wheel.name}</a>')
    project = root / "simple" / PROBE
    project.mkdir(parents=True)
    (project / "index.html").write_text("<html><body>" + "\n".join(links) + "</body></html>")
    (root / "simple" / "index.html").write_text(f'<a href="{PROBE}/">{PROBE}</a>')
    return (root / "simple").as_uri()


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    return path


def _install(
    lock_line: str, tmp_path: Path, index_url: str, venv: Path
) -> subprocess.CompletedProcess:
    lock = tmp_path / "probe.lock"
    lock.write_text(f"# a lock\n{lock_line}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    # Only the index made above: no configuration file, no other index or wheel folder.
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_INDEX_URL=index_url, PIP_NO_CACHE_DIR="1")
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "install.sh"), "--no-project", "--lock", str(lock),
         "--venv", str(venv)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def test_locked_version_installs_and_is_listed(tmp_path: Path, index_url: str, venv: Path) -> None:
    result = _install(f"{PROBE}==1.1", tmp_path, index_url, venv)
    assert result.returncode == 0, result.stderr
    assert f"{PROBE}==1.1" in result.stdout.replace("\n", " ")


def test_yanked_version_fails_with_refresh_hint(tmp_path: Path, index_url: str, venv: Path) -> None:
    result = _install(f"{PROBE}==1.0", tmp_path, index_url, venv)
    assert result.returncode == 1
    assert "yanked" in result.stderr
    assert "bash scripts/lock.sh" in result.stderr


def test_missing_version_fails_with_refresh_hint(
    tmp_path: Path, index_url: str, venv: Path
) -> None:
    result = _install(f"{PROBE}==9.9", tmp_path, index_url, venv)
    assert result.returncode == 1
    assert "cannot be found" in result.stderr and "bash scripts/lock.sh" in result.stderr
    assert f"{PROBE}==9.9" in result.stderr


def test_unknown_option_is_refused() -> None:
    result = subprocess.run(["bash", str(ROOT / "scripts" / "install.sh"), "--frobnicate"],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 2 and "unknown option" in result.stderr


def test_locks_pin_every_requirement_exactly() -> None:
    """Every line of the committed locks is `name==version` (no ranges, no local labels), and
    every requirement of pyproject.toml names a locked package."""
    import tomllib

    from packaging.requirements import Requirement

    locked: dict[str, str] = {}
    for name in ("runtime.lock", "test.lock"):
        for line in (ROOT / "requirements" / name).read_text().splitlines():
            if not line or line.startswith(("#", "-r ")):
                continue
            package, sep, version = line.partition("==")
            assert sep and version and "+" not in version and ";" not in line, line
            locked[re.sub(r"[-_.]+", "-", package.lower())] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["test"]
    for text in requirements:
        req = Requirement(text)
        key = re.sub(r"[-_.]+", "-", req.name.lower())
        assert key in locked, f"{req.name} is not in the lock: run bash scripts/lock.sh"
        assert req.specifier.contains(locked[key], prereleases=True), (req, locked[key])
