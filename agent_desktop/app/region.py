"""Caller region (号码归属地) from the number with phonenumbers' offline geocoder."""

from __future__ import annotations

import phonenumbers
from phonenumbers import geocoder

DEFAULT_REGION = "CN"


def parse_number(text: str, default_region: str = DEFAULT_REGION) -> phonenumbers.PhoneNumber:
    """Parse a dialled/caller number; raises ValueError when it is not a possible number."""
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(str(exc)) from exc
    if not phonenumbers.is_possible_number(number):
        raise ValueError(f"not a possible phone number: {text!r}")
    return number


def caller_region(text: str | None, language: str = "zh") -> str:
    """"北京市" / "Beijing" for 13800138000; the country for numbers without finer data."""
    if not text:
        return ""
    try:
        number = parse_number(text)
    except ValueError:
        return ""
    lang = "zh" if language.lower().startswith("zh") else "en"
    return geocoder.description_for_number(number, lang) or geocoder.country_name_for_number(
        number, lang)
