"""Compile ui/*.ui into agent_desktop/views/generated/ui_*.py with pyside6-uic (when newer)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "agent_desktop" / "views" / "generated"


def main() -> int:
    uic = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    for source in sorted((ROOT / "ui").glob("*.ui")):
        target = OUT / f"ui_{source.stem}.py"
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([uic, str(source), "-o", str(target)], check=True)
        print(f"compiled {source.name} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
