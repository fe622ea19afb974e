"""Build the one-folder bundle (dist/agent-desktop/) with PyInstaller, unless the one there
was built from the same sources and packages (a fingerprint file says so).

Run: .venv/bin/python installer/build_bundle.py [--force] [--dist DIR]
Prints the executable's path on the last line."""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "agent-desktop"
FINGERPRINT = "BUILD-FINGERPRINT"
SOURCES = (
    "installer/agent_desktop.spec",
    "installer/launcher.py",
    "agent_desktop/**/*.py",
    "resources/icons/*",
    "resources/i18n/*.qm",
)


def fingerprint() -> str:
    """Hash of the sources that go into the bundle and of the installed packages' versions."""
    digest = hashlib.sha256()
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    packages = sorted(
        f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()
    )
    digest.update("\n".join(packages).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def executable(dist: Path) -> Path:
    return dist / NAME / (NAME + (".exe" if sys.platform == "win32" else ""))


def is_fresh(dist: Path, wanted: str) -> bool:
    stamp = dist / NAME / FINGERPRINT
    return executable(dist).is_file() and stamp.is_file() and stamp.read_text().strip() == wanted


def build(dist: Path, work: Path, force: bool = False) -> Path:
    """Build into `dist` unless the bundle there is fresh; returns the executable."""
    wanted = fingerprint()
    if not force and is_fresh(dist, wanted):
        print(f"bundle is up to date ({wanted[:12]})", file=sys.stderr)
        return executable(dist)
    start = time.monotonic()
    stamp = dist / NAME / FINGERPRINT
    stamp.unlink(missing_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "installer" / "agent_desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    stamp.write_text(wanted + "\n")
    size = sum(
        p.stat().st_size for p in (dist / NAME).rglob("*") if p.is_file() and not p.is_symlink()
    )  # Qt libs are linked twice
    print(
        f"built {dist / NAME} in {time.monotonic() - start:.0f} s, {size / 1e6:.0f} MB",
        file=sys.stderr,
    )
    return executable(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="build even if up to date")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    if not _has_pyinstaller():
        print("PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    print(build(args.dist.resolve(), args.work.resolve(), args.force))
    return 0


def _has_pyinstaller() -> bool:
    try:
        importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
