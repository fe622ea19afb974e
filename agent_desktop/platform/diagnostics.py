"""Data for the diagnostics page (no Qt): versions, audio, codecs, the pjsua2 build's TLS and
SRTP support, server reachability. Items are `CheckItem`s, as in `--check`."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from agent_desktop.cti import CtiClient, CtiError, normalise_server_url
from agent_desktop.platform.check import CheckItem, CheckReport
from agent_desktop.softphone import Softphone

# Source file names pjlib logs with (THIS_FILE); present only when the module is compiled in
_TLS_MARK = b"sip_transport_tls.c"
_SRTP_MARK = b"transport_srtp.c"
_DTLS_MARK = b"transport_srtp_dtls"


@dataclass(frozen=True)
class Pjsua2Build:
    """What the installed pjsua2 binary was compiled with (found by scanning it)."""

    version: str
    binary: str
    tls: bool | None  # None: binary not found
    srtp: bool | None
    dtls_srtp: bool | None


def distribution_version(*names: str) -> str:
    """Version of the first installed distribution of `names`, or "" if none is."""
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return ""


def app_version() -> str:
    return distribution_version("callcenter") or "development"


def pjsua2_build() -> Pjsua2Build:
    """Scan pjsua2's extension module without importing it (one importer per side)."""
    version = distribution_version("pjsua2-python", "pjsua2-wheel")
    spec = importlib.util.find_spec("pjsua2")
    folder = Path(spec.origin).parent if spec and spec.origin else None
    binaries = sorted(folder.glob("_pjsua2*")) if folder else []
    if not binaries:
        return Pjsua2Build(version, "", None, None, None)
    data = binaries[0].read_bytes()
    return Pjsua2Build(
        version or "unknown",
        binaries[0].name,
        _TLS_MARK in data,
        _SRTP_MARK in data,
        _DTLS_MARK in data,
    )


def version_items(qt_version: str, pyside_version: str) -> list[CheckItem]:
    build = pjsua2_build()
    return [
        CheckItem("app", True, app_version()),
        CheckItem(
            "python",
            True,
            f"{platform.python_version()} ({sys.platform}, "
            f"{'frozen' if getattr(sys, 'frozen', False) else 'source'})",
        ),
        CheckItem("qt", True, f"Qt {qt_version}, PySide6 {pyside_version}"),
        CheckItem("pjsua2", build.binary != "", build.version or "not installed"),
        CheckItem("os", True, platform.platform()),
    ]


def security_items(build: Pjsua2Build | None = None) -> list[CheckItem]:
    """SIP over TLS and SRTP support of the pjsua2 build (the Windows wheels lack TLS)."""
    build = build or pjsua2_build()
    return [
        CheckItem("tls", bool(build.tls), _yes_no(build.tls)),
        CheckItem(
            "srtp",
            bool(build.srtp),
            _yes_no(build.srtp)
            + (" (SDES, DTLS)" if build.dtls_srtp else " (SDES)" if build.srtp else ""),
        ),
    ]


def _yes_no(flag: bool | None) -> str:
    return "unknown" if flag is None else "yes" if flag else "no"


def audio_items(phone: Softphone | None, codecs: list[str] | None = None) -> list[CheckItem]:
    """Audio devices and the codecs the softphone offers (as `--check` reports them)."""
    if phone is None:
        items = [CheckItem("inputs", False, ""), CheckItem("outputs", False, "")]
    else:
        devices = phone.list_devices()
        inputs = [d.name for d in devices if d.input_channels]
        outputs = [d.name for d in devices if d.output_channels]
        items = [
            CheckItem("inputs", bool(inputs), ", ".join(inputs)),
            CheckItem("outputs", bool(outputs), ", ".join(outputs)),
        ]
    codecs = codecs or list(getattr(phone, "codecs", None) or [])
    items.append(CheckItem("codecs", bool(codecs), ", ".join(codecs)))
    return items


async def server_item(server: str, timeout: float = 5.0) -> CheckItem:
    """GET /health on the server: version and round-trip time, or why it failed."""
    try:
        url = normalise_server_url(server)
    except ValueError as exc:
        return CheckItem("server", False, str(exc))
    client = CtiClient(url, timeout=httpx.Timeout(timeout))
    try:
        start = time.perf_counter()
        health = await client.health()
        ms = (time.perf_counter() - start) * 1000
    except (CtiError, OSError) as exc:
        return CheckItem("server", False, f"{url}: {exc}")
    finally:
        await client.close()
    return CheckItem(
        "server",
        health.status == "ok",
        f"{url}: {health.status}, version {health.version}, "
        f"protocol {health.protocol_version}, {ms:.0f} ms",
    )


async def collect(
    server: str,
    phone: Softphone | None,
    qt_version: str,
    pyside_version: str,
    codecs: list[str] | None = None,
) -> CheckReport:
    """Everything the page shows, in its order."""
    report = CheckReport()
    report.items += version_items(qt_version, pyside_version)
    report.items += audio_items(phone, codecs)
    report.items += security_items()
    if server:
        report.items.append(await server_item(server))
    return report
