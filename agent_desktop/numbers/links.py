"""`tel:`, `callto:` and `sip:` links from a browser CRM → a validated number to dial."""

from __future__ import annotations

import re
from urllib.parse import unquote

import phonenumbers

from agent_desktop.numbers.region import DEFAULT_REGION, parse_number

SCHEMES = ("tel", "callto", "sip", "sips")
_VISUAL = re.compile(r"[\s\-.()]")


class BadLink(ValueError):
    """The link is not one we dial (unknown scheme, no number, impossible number)."""


def is_link(text: str) -> bool:
    return text.split(":", 1)[0].lower() in SCHEMES and ":" in text


def number_from_link(link: str, default_region: str = DEFAULT_REGION) -> str:
    """The number to dial: digits with an optional leading + (national form kept for CN)."""
    scheme, _, rest = link.strip().partition(":")
    if scheme.lower() not in SCHEMES or not rest:
        raise BadLink(f"not a tel:, callto: or sip: link: {link!r}")
    rest = unquote(rest).lstrip("/")
    if scheme.lower() in ("sip", "sips"):
        rest = rest.split("@", 1)[0]
    rest = rest.split(";", 1)[0].split("?", 1)[0]
    candidate = _VISUAL.sub("", rest)
    if not re.fullmatch(r"\+?\d{3,20}", candidate):
        raise BadLink(f"no phone number in {link!r}")
    if _is_short_internal(candidate):
        return candidate
    try:
        number = parse_number(candidate, default_region)
    except ValueError as exc:
        raise BadLink(f"not a valid number in {link!r}: {exc}") from exc
    if not phonenumbers.is_valid_number(number):
        raise BadLink(f"not a valid number in {link!r}")
    if candidate.startswith("+"):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return candidate


def _is_short_internal(candidate: str) -> bool:
    """Agent extensions and short service numbers (3-6 digits) are dialled as they are."""
    return candidate.isdigit() and 3 <= len(candidate) <= 6
