"""The caller-region table (resources/region/prefixes.sqlite) against phonenumbers' own
geocoder. This test process imports `phonenumbers.geocoder`; the app must not (checked in
a child process)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType, geocoder
from phonenumbers.geodata import GEOCODE_DATA

from agent_desktop.numbers import region, region_build
from agent_desktop.numbers.region import RegionTable, caller_region

ROOT = Path(__file__).resolve().parents[2]


def expected(text: str, lang: str) -> str:
    """What region.py returned before the table: the geocoder itself."""
    try:
        number = region.parse_number(text)
    except ValueError:
        return ""
    return geocoder.description_for_number(number, lang) or geocoder.country_name_for_number(
        number, lang
    )


def sample_numbers() -> list[str]:
    """Example fixed/mobile numbers of every region, plus numbers made from random geocoder
    prefixes (most of them Chinese, as the desktop's callers are) padded to the length of
    their country's example numbers, in national and international form."""
    rng = random.Random(20240604)
    numbers: list[str] = []
    for code in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE):
            example = phonenumbers.example_number_for_type(code, kind)
            if example is not None:
                numbers.append(phonenumbers.format_number(example, PhoneNumberFormat.E164))
    prefixes = sorted(GEOCODE_DATA)
    china = [p for p in prefixes if p.startswith("86")]
    picks = rng.sample(china, 1500) + rng.sample(prefixes, 1500)
    for prefix in picks:
        length = rng.choice((11, 12, 13)) if prefix.startswith("86") else rng.randint(9, 13)
        digits = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        numbers.append("+" + digits)
        if prefix.startswith("86"):
            numbers.append("0" + digits[2:] if digits[2] != "1" else digits[2:])
    numbers += [
        "13800138000",
        "010 6552 9988",
        "not a number",
        "",
        "+1 212 555 0123",
        "400 810 8888",
        "95588",
        "+882 1234 5678",
    ]
    return numbers


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_table_answers_as_the_geocoder_does(lang: str) -> None:
    numbers = sample_numbers()
    mismatches = [
        (n, caller_region(n, lang), expected(n, lang))
        for n in numbers
        if caller_region(n, lang) != expected(n, lang)
    ]
    assert not mismatches, f"{len(mismatches)} of {len(numbers)} differ, e.g. {mismatches[:5]}"
    assert sum(1 for n in numbers if expected(n, lang)) > len(numbers) // 2  # real answers


def test_known_numbers() -> None:
    assert caller_region("13800138000", "zh") == "北京市"
    assert caller_region("13800138000", "en") == "Beijing"
    assert caller_region("+1 212 555 0123", "en") == "New York, NY"
    assert caller_region("+1 212 555 0123", "zh") == "美国"
    assert caller_region("+44 20 7183 8750", "zh_CN") == "英国"
    assert caller_region(None) == caller_region("abc") == ""


def test_committed_table_matches_installed_phonenumbers() -> None:
    import sqlite3

    conn = sqlite3.connect(region.TABLE_PATH)
    version = conn.execute("SELECT value FROM meta WHERE key = 'phonenumbers'").fetchone()[0]
    conn.close()
    assert version == phonenumbers.__version__, (
        "resources/region/prefixes.sqlite is stale: python -m agent_desktop.numbers.region_build"
    )


def test_prefix_lookup_uses_the_primary_key() -> None:
    import sqlite3

    conn = sqlite3.connect(region.TABLE_PATH)
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT n.name FROM prefixes p JOIN names n ON n.id = p.zh "
        "WHERE p.prefix IN (861380013, 86138001, 8613800, 861380, 86138, 8613, 861, 86, 8) "
        "ORDER BY p.prefix DESC LIMIT 1"
    ).fetchall()
    conn.close()
    details = [row[3] for row in plan]
    assert any("SEARCH p USING INTEGER PRIMARY KEY" in d for d in details), details
    assert any("SEARCH n USING INTEGER PRIMARY KEY" in d for d in details), details
    assert not any(d.startswith("SCAN") for d in details), details


def test_build_writes_a_usable_table(tmp_path: Path) -> None:
    path = tmp_path / "prefixes.sqlite"
    counts = region_build.build(path)
    assert counts["prefixes"] > 200_000 and counts["countries"] > 200
    table = RegionTable(path)
    try:
        assert caller_region("13800138000", "zh", table) == "北京市"
        assert caller_region("+8613912345678", "en", table) == expected("+8613912345678", "en")
    finally:
        table.close()


def test_missing_table_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="region_build"):
        caller_region("13800138000", "zh", RegionTable(tmp_path / "absent.sqlite"))


def test_app_process_does_not_load_the_geocoder() -> None:
    code = (
        "import sys; from agent_desktop.numbers.region import caller_region; "
        "import agent_desktop.presenters.screen_pop; "
        "r = caller_region('13800138000', 'zh'); "
        "print(r, any(m.startswith(('phonenumbers.geocoder', 'phonenumbers.geodata')) "
        "for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["北京市", "False"]
