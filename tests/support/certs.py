"""A throw-away self-signed certificate for TLS listeners in tests (openssl, 1 day)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def self_signed(directory: Path, name: str = "server", san: str | None = None) -> tuple[Path, Path]:
    """Write `<name>.crt` and `<name>.key` (RSA 2048, CN=127.0.0.1, and `san` as its
    subjectAltName, e.g. IP:127.0.0.1, which Python's hostname check needs); return their
    paths."""
    cert, key = directory / f"{name}.crt", directory / f"{name}.key"
    extra = ["-addext", f"subjectAltName={san}"] if san else []
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert), *extra],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key
