"""HTTP look-ups of flows: GET a URL of the customer's system and read its JSON answer,
within a time limit; whatever goes wrong comes back as a problem (the flow then takes its
default branch), never as an exception, and never blocks other calls."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx

log = logging.getLogger(__name__)
MAX_BYTES = 64 * 1024


async def fetch_json(url: str, seconds: float) -> tuple[Any, str]:
    """(answer, "") or (None, problem)."""
    try:
        async with asyncio.timeout(seconds):
            async with (
                httpx.AsyncClient(timeout=seconds, follow_redirects=False) as client,
                client.stream("GET", url, headers={"Accept": "application/json"}) as response,
            ):
                if response.status_code != 200:
                    return None, f"HTTP {response.status_code}"
                body = b""
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        return None, f"answer larger than {MAX_BYTES} bytes"
    except TimeoutError:
        return None, f"no answer within {seconds:g} s"
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    try:
        return json.loads(body), ""
    except (UnicodeDecodeError, ValueError):
        return None, "the answer is not JSON"
