"""Refresh the desktop's one catalogue per language: pyside6-lupdate over agent_desktop/ and
ui/, fill in the texts of every `texts/<area>.py`, pyside6-lrelease into the shipped
`agent_desktop_<lang>.qm` (installed by agent_desktop/i18n.py with Qt's own).

Run: .venv/bin/python resources/i18n/update.py   (exit 1 and a list when a text is missing)

The Chinese texts live in Python, one module per area: `texts/<area>.py` holds
`ZH_CN: dict[str, str | list[str]]` (source text -> Chinese; a list for `%n` plurals) and
optionally `EN` (English plural forms) and `SOURCES` (glob patterns of files the area owns
outside its package). Every module in `texts/` is picked up. The .ts files are generated:
edit the texts modules, not the .ts.

The same English text can mean different things in different areas ("Listen": 试听 for a
prompt in the Admin tab, 监听 for a call in the supervisor tab), so each tr() call takes its
text from the area that owns the file it is in: `agent_desktop/<area>/…`, a file named
`<area>.py` / `<area>_*.py`, or a file matching the area's `SOURCES`; everything else
belongs to the main window's area, `desktop`. A text missing there is taken from any
other area as long as all areas that have it agree.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
TEXTS = HERE / "texts"
LANGUAGES = ("en", "zh_CN")
DEFAULT_AREA = "desktop"
Translation = str | list[str]


@dataclass(frozen=True)
class Area:
    """One `texts/<area>.py`: its texts per language and the files it owns."""

    name: str
    texts: Mapping[str, Mapping[str, Translation]]
    sources: tuple[str, ...] = ()

    def owns(self, relative: str) -> bool:
        """`relative`: a path under the repository root, with forward slashes."""
        stem = Path(relative).stem
        return (
            relative.startswith(f"agent_desktop/{self.name}/")
            or stem == self.name
            or stem.startswith(f"{self.name}_")
            or any(fnmatch.fnmatch(relative, pattern) for pattern in self.sources)
        )


@dataclass
class Report:
    """What one fill did: entries seen and finished, texts missing or ambiguous."""

    entries: int = 0
    finished: int = 0
    missing: list[str] = field(default_factory=list)


def load_areas(directory: Path = TEXTS) -> list[Area]:
    """Every module in `directory` (not starting with "_"), sorted by name."""
    areas = []
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"i18n_texts_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        texts = {"zh_CN": dict(getattr(module, "ZH_CN", {})), "en": dict(getattr(module, "EN", {}))}
        areas.append(Area(path.stem, texts, tuple(getattr(module, "SOURCES", ()))))
    return areas


def sources(root: Path = ROOT) -> list[Path]:
    """Every Python module of the desktop (not the generated forms: their .ui) and form."""
    generated = root / "agent_desktop" / "views" / "generated"
    files = [
        p for p in sorted((root / "agent_desktop").rglob("*.py")) if generated not in p.parents
    ]
    return files + sorted((root / "ui").glob("*.ui"))


def extract(ts: Path, language: str, files: Sequence[Path]) -> None:
    """pyside6-lupdate: add new source texts to `ts`, drop those gone from the code."""
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *map(str, files),
            "-no-obsolete",
            "-target-language",
            language,
            "-ts",
            str(ts),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lookup(
    source: str, files: Sequence[str], language: str, areas: Sequence[Area]
) -> Translation | None:
    """The text for `source` in `language` from the areas owning `files` (see above)."""
    owners = [a for a in areas if any(a.owns(f) for f in files)]
    if not owners:
        owners = [a for a in areas if a.name == DEFAULT_AREA]
    for area in owners:
        value = area.texts.get(language, {}).get(source)
        if value is not None:
            return value
    found = {repr(v): v for a in areas if (v := a.texts.get(language, {}).get(source)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def fill(ts: Path, language: str, areas: Sequence[Area]) -> Report:
    """Write every text the areas have into `ts` (the texts modules win over the file);
    entries without one are marked unfinished and, except in English, reported."""
    tree = ET.parse(ts)
    report = Report()
    for message in tree.iter("message"):
        report.entries += 1
        source = message.findtext("source") or ""
        files = [
            (ts.parent / loc.get("filename", "")).resolve().relative_to(ROOT).as_posix()
            for loc in message.findall("location")
        ]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        value = lookup(source, files, language, areas)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if value is None:
            translation.set("type", "unfinished")
            if language != "en":
                report.missing.append(f"{source!r} ({', '.join(files)})")
            continue
        if message.get("numerus") == "yes":
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        translation.attrib.pop("type", None)
        report.finished += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return report


def refresh(
    language: str,
    directory: Path = HERE,
    areas: Sequence[Area] | None = None,
    compile_qm: bool = True,
) -> Report:
    """Extract, fill and (with `compile_qm`) release `agent_desktop_<language>` in
    `directory`."""
    ts = directory / f"agent_desktop_{language}.ts"
    extract(ts, language, sources())
    report = fill(ts, language, load_areas() if areas is None else areas)
    if compile_qm:
        release(ts, directory / f"agent_desktop_{language}.qm")
    return report


def main() -> int:
    areas = load_areas()
    print(f"areas: {', '.join(a.name for a in areas)}")
    status = 0
    for language in LANGUAGES:
        report = refresh(language, areas=areas)
        print(f"agent_desktop_{language}: {report.entries} texts, {report.finished} translated")
        if report.missing:
            status = 1
            print(f"  no {language} text in resources/i18n/texts/ for:")
            for item in report.missing:
                print(f"    {item}")
    return status


def refresh_catalogue(name: str, sources: object, texts: object) -> int:
    """For the per-area scripts still being merged (`<area>_update.py`): their texts are
    in texts/<area>.py, so this refreshes the one catalogue."""
    print(f"{name}: the areas share one catalogue now; refreshing it")
    return main()


if __name__ == "__main__":
    sys.exit(main())
