"""Build step for the caller-region table: `python -m agent_desktop.numbers.region_build`.

Writes `resources/region/prefixes.sqlite` from phonenumbers' offline geocoder, so the
desktop process never imports `phonenumbers.geocoder` (its dictionaries cost 134 MB of
RSS; docs/performance.md, Desktop). The table holds, for every geocoder prefix that has a
Chinese or English name, the name `geocoder.description_for_number` would pick for
`lang="zh"` / `lang="en"` (no script, no user region), and the zh/en country names. Run
it again after upgrading phonenumbers: tests/desktop/test_region.py compares the table
with the installed library and fails when they differ.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "resources" / "region" / "prefixes.sqlite"
LANGS = ("zh", "en")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
-- one row per geocoder prefix, the digits after "+" as an integer (the rowid: a prefix
-- never starts with 0, so "861" and "8613" stay distinct); zh/en are
-- names.id or NULL when the geocoder has no name in that language for this prefix
CREATE TABLE prefixes (prefix INTEGER PRIMARY KEY, zh INTEGER, en INTEGER);
CREATE TABLE countries (region TEXT PRIMARY KEY, zh TEXT NOT NULL, en TEXT NOT NULL)
    WITHOUT ROWID;
"""


def _locale_name(locale_data: dict[str, dict[str, str]], region: str, lang: str) -> str:
    """`geocoder._region_display_name` without the script/region arguments."""
    names = locale_data.get(region, {})
    name = names.get(lang, "")
    if name.startswith("*"):
        name = names.get(name[1:], "")
    return name


def build(path: Path = DEFAULT_PATH) -> dict[str, int]:
    """Write the table to `path` (replaced atomically); return row counts."""
    import phonenumbers
    from phonenumbers.geodata import GEOCODE_DATA, GEOCODE_LONGEST_PREFIX
    from phonenumbers.geodata.locale import LOCALE_DATA
    from phonenumbers.prefix import _find_lang

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(SCHEMA)
        name_ids: dict[str, int] = {}

        def name_id(name: str | None) -> int | None:
            if name is None:  # "" is kept: it ends the geocoder's prefix walk too
                return None
            if name not in name_ids:
                name_ids[name] = len(name_ids) + 1
            return name_ids[name]

        rows = []
        for prefix in sorted(GEOCODE_DATA):
            if not prefix.isdigit() or prefix.startswith("0"):
                raise ValueError(f"prefix {prefix!r} cannot be stored as an integer")
            found = [name_id(_find_lang(GEOCODE_DATA[prefix], lang, None, None)) for lang in LANGS]
            if any(value is not None for value in found):
                rows.append((int(prefix), *found))
        conn.executemany(
            "INSERT INTO names (id, name) VALUES (?, ?)", [(i, n) for n, i in name_ids.items()]
        )
        conn.executemany("INSERT INTO prefixes VALUES (?, ?, ?)", rows)
        countries = [
            (
                region,
                _locale_name(LOCALE_DATA, region, "zh"),
                _locale_name(LOCALE_DATA, region, "en"),
            )
            for region in sorted(LOCALE_DATA)
        ]
        conn.executemany("INSERT INTO countries VALUES (?, ?, ?)", countries)
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("phonenumbers", phonenumbers.__version__),
                ("longest_prefix", str(GEOCODE_LONGEST_PREFIX)),
            ],
        )
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    os.replace(tmp, path)
    return {"prefixes": len(rows), "names": len(name_ids), "countries": len(countries)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args(argv)
    counts = build(args.out)
    print(f"{args.out}: {counts}, {args.out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
