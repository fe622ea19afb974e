"""Pure helpers of webhook delivery: the body's HMAC signature, the retry delay, and which
URLs may receive events."""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import urlsplit

SIGNATURE_HEADER = "X-Signature"
DELIVERY_HEADER = "X-Delivery-Id"
TIMESTAMP_HEADER = "X-Timestamp"
EVENT_HEADER = "X-Event"


def sign(secret: str, body: bytes) -> str:
    """The `X-Signature` value: `sha256=` and the hex HMAC-SHA256 of `body` with `secret`."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, body: bytes, signature: str) -> bool:
    """Whether `signature` (an `X-Signature` value) is `body`'s, compared in constant time."""
    return hmac.compare_digest(sign(secret, body), signature.strip())


def backoff(failures: int, base: float, cap: float) -> float:
    """Seconds to wait after the `failures`-th failed attempt: base, 2·base, 4·base, …,
    never more than `cap`."""
    if failures < 1:
        return 0.0
    # 2**60 is already far beyond any cap; stop the exponent there.
    return float(min(cap, base * (2 ** min(failures - 1, 60))))


def url_problem(url: str) -> str | None:
    """Why `url` cannot receive webhooks (None: it can): http or https with a host, no
    spaces, no credentials in it."""
    if any(c.isspace() for c in url) or any(ord(c) < 32 for c in url):
        return "the URL may not contain spaces or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"not a valid URL: {exc}"
    if parts.scheme not in ("http", "https"):
        return "only http:// and https:// URLs are allowed"
    if not parts.hostname:
        return "the URL has no host"
    if parts.username or parts.password:
        return "put credentials in the secret, not in the URL"
    if port == 0:
        return "port 0 is not a valid port"
    return None


def secret_hint(secret: str) -> str:
    """What the API shows of a secret: its last four characters."""
    return "…" + secret[-4:]


def safe_url(url: str) -> str:
    """`url` for the log: scheme, host and path, without the query (it may hold tokens)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
