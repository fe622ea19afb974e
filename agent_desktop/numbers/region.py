"""Caller region (号码归属地) from the number: phonenumbers' geocoder answers, read from a
small SQLite table (resources/region/prefixes.sqlite, built by
`python -m agent_desktop.numbers.region_build`) instead of `phonenumbers.geocoder`, whose
dictionaries would add 134 MB to the process (docs/performance.md, Desktop).

`caller_region` returns what `geocoder.description_for_number(number, lang) or
geocoder.country_name_for_number(number, lang)` returns (zh and en, no user region):
this module follows the geocoder's steps with phonenumbers' core (parsing, number type,
mobile token) and replaces only its two dictionaries with the table."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DEFAULT_REGION = "CN"
TABLE_PATH = Path(__file__).resolve().parents[2] / "resources" / "region" / "prefixes.sqlite"
LANGS = ("zh", "en")


def parse_number(text: str, default_region: str = DEFAULT_REGION) -> phonenumbers.PhoneNumber:
    """Parse a dialled/caller number; raises ValueError when it is not a possible number."""
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(str(exc)) from exc
    if not phonenumbers.is_possible_number(number):
        raise ValueError(f"not a possible phone number: {text!r}")
    return number


class RegionTable:
    """Read-only lookups in the prefix table (one connection, opened on first use)."""

    def __init__(self, path: Path = TABLE_PATH) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._longest = 0
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            if not self.path.is_file():
                raise FileNotFoundError(
                    f"{self.path} is missing: run python -m agent_desktop.numbers.region_build"
                )
            conn = sqlite3.connect(
                f"{self.path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            row = conn.execute("SELECT value FROM meta WHERE key = 'longest_prefix'").fetchone()
            self._longest = int(row[0])
            self._conn = conn
        return self._conn

    def prefix_name(self, digits: str, lang: str) -> str:
        """Name of the longest prefix of `digits` (E.164 without '+') that has one in
        `lang`; "" when none (the geocoder's `_prefix_description_for_number`)."""
        if lang not in LANGS:
            raise ValueError(f"unsupported language {lang!r}")
        with self._lock:
            conn = self._connection()
            candidates = [int(digits[:n]) for n in range(min(self._longest, len(digits)), 0, -1)]
            if not candidates:
                return ""
            marks = ",".join("?" * len(candidates))
            # rowid lookups (IN on the INTEGER PRIMARY KEY); a longer prefix of the same
            # digits is a larger integer, so the first row is the longest match
            row = conn.execute(
                f"SELECT n.name FROM prefixes p JOIN names n ON n.id = p.{lang} "
                f"WHERE p.prefix IN ({marks}) ORDER BY p.prefix DESC LIMIT 1",
                candidates,
            ).fetchone()
        return row[0] if row else ""

    def country_name(self, region_code: str, lang: str) -> str:
        if lang not in LANGS:
            raise ValueError(f"unsupported language {lang!r}")
        with self._lock:
            row = (
                self._connection()
                .execute(f"SELECT {lang} FROM countries WHERE region = ?", (region_code,))
                .fetchone()
            )
        return row[0] if row else ""

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


TABLE = RegionTable()


def _country_name(number: phonenumbers.PhoneNumber, lang: str, table: RegionTable) -> str:
    """`geocoder.country_name_for_number`: "" when the number fits several regions."""
    codes = phonenumbers.region_codes_for_country_code(number.country_code or 0)
    if len(codes) == 1:
        return table.country_name(codes[0], lang)
    found = "ZZ"
    for code in codes:
        if phonenumbers.is_valid_number_for_region(number, code):
            if found != "ZZ":
                return ""
            found = code
    return table.country_name(found, lang)


def _description(number: phonenumbers.PhoneNumber, lang: str, table: RegionTable) -> str:
    """`geocoder.description_for_number(number, lang)` with no script and no user region."""
    kind = phonenumbers.number_type(number)
    country = number.country_code or 0  # always set by parse()
    if kind == PhoneNumberType.UNKNOWN:
        return ""
    if not phonenumbers.is_number_type_geographical(kind, country):
        return _country_name(number, lang, table)
    target = number
    token = phonenumbers.country_mobile_token(country)
    national = phonenumbers.national_significant_number(number)
    if token and national.startswith(token):  # e.g. Argentina's mobile "9"
        try:
            target = phonenumbers.parse(
                national[len(token) :], phonenumbers.region_code_for_country_code(country)
            )
        except phonenumbers.NumberParseException:
            target = number
    e164 = phonenumbers.format_number(target, PhoneNumberFormat.E164)
    return table.prefix_name(e164[1:], lang) or _country_name(number, lang, table)


def caller_region(text: str | None, language: str = "zh", table: RegionTable | None = None) -> str:
    """ "北京市" / "Beijing" for 13800138000; the country for numbers without finer data."""
    if not text:
        return ""
    try:
        number = parse_number(text)
    except ValueError:
        return ""
    lang = "zh" if language.lower().startswith("zh") else "en"
    table = table or TABLE
    return _description(number, lang, table) or _country_name(number, lang, table)
