"""Build the per-user MSI from a PyInstaller folder with wixl/wixl-heat (msitools).

Run: .venv/bin/python installer/build_msi.py --payload dist/agent-desktop [--out dist/]
The Windows payload has to come from a Windows build (build_windows.ps1); on Linux any
folder with an agent-desktop.exe makes a structurally complete MSI (used by the tests)."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = "agent-desktop.exe"


def product_version() -> str:
    """The MSI version: pyproject's version (MSI wants up to three numeric fields)."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    fields = version.split("+")[0].split(".")[:3]
    if not all(f.isdigit() for f in fields):
        raise ValueError(f"pyproject version {version!r} is not numeric enough for an MSI")
    return ".".join(fields)


def file_list(payload: Path, target: Path) -> Path:
    """wixl-heat: one component per file of `payload` under INSTALLDIR (group AppFiles)."""
    files = sorted(p for p in payload.rglob("*") if p.is_file())
    listing = "".join(f"{p.as_posix()}\n" for p in files)
    result = subprocess.run(
        [
            "wixl-heat",
            "--prefix",
            payload.as_posix() + "/",
            "--directory-ref",
            "INSTALLDIR",
            "--component-group",
            "AppFiles",
            "--var",
            "var.SourceDir",
            "--win64",
        ],
        input=listing,
        capture_output=True,
        text=True,
        check=True,
    )
    target.write_text(result.stdout, encoding="utf-8")
    return target


def build_msi(payload: Path, out_dir: Path, work: Path) -> Path:
    if not (payload / EXE).is_file():
        raise FileNotFoundError(f"{payload} has no {EXE}")
    for tool in ("wixl", "wixl-heat"):
        if shutil.which(tool) is None:
            raise FileNotFoundError(f"{tool} is missing: apt-get install wixl")
    work.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    version = product_version()
    files = file_list(payload, work / "files.wxs")
    msi = out_dir / f"AgentWorkstation-{version}-x64.msi"

    def rel(path: Path) -> str:  # wixl resolves sources relative to its working directory
        return Path(os.path.relpath(path, work)).as_posix()

    subprocess.run(
        [
            "wixl",
            "-a",
            "x64",
            "-D",
            "Win64=yes",
            "-D",
            f"Version={version}",
            "-D",
            f"SourceDir={rel(payload)}",
            "-D",
            f"IconFile={rel(ROOT / 'installer' / 'agent_desktop.ico')}",
            "-o",
            str(msi),
            str(ROOT / "installer" / "agent_desktop.wxs"),
            str(files),
        ],
        check=True,
        cwd=work,
    )
    return msi


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--payload", type=Path, default=ROOT / "dist" / "agent-desktop")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "msi")
    args = parser.parse_args(argv)
    print(build_msi(args.payload.resolve(), args.out.resolve(), args.work.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
