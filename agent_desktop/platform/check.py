"""`--check`: sign in, register the softphone, list audio devices and codecs, measure the
API round-trip, dial given links; prints a report. No Qt."""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from agent_desktop.cti import CtiClient, CtiError, NotAvailable, normalise_server_url
from agent_desktop.cti.stream import EventStream
from agent_desktop.numbers.links import BadLink, number_from_link
from agent_desktop.platform.credentials import CredentialStore
from agent_desktop.presenters.session import softphone_settings
from agent_desktop.softphone import RegistrationState, Softphone, SoftphoneError


@dataclass
class CheckItem:
    name: str
    ok: bool
    detail: str


@dataclass
class CheckReport:
    items: list[CheckItem] = field(default_factory=list)

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.items.append(CheckItem(name, ok, detail))

    @property
    def ok(self) -> bool:
        return bool(self.items) and all(item.ok for item in self.items)

    def print(self, out: TextIO) -> None:
        for item in self.items:
            mark = "PASS" if item.ok else "FAIL"
            print(f"[{mark}] {item.name}: {item.detail}", file=out)
        print("all checks passed" if self.ok else "some checks FAILED", file=out)


async def run_check(
    server: str,
    agent_id: str,
    make_phone: Callable[[], Softphone],
    links: list[str],
    credentials: CredentialStore | None = None,
    register_timeout: float = 5.0,
) -> CheckReport:
    report = CheckReport()
    try:
        url = normalise_server_url(server)
    except ValueError as exc:
        report.add("server address", False, str(exc))
        return report
    password = os.environ.get("AGENT_PASSWORD") or (credentials or CredentialStore()).load(
        url, agent_id
    )
    if not password:
        report.add("password", False, "none in the keyring and AGENT_PASSWORD is not set")
        return report
    numbers: list[str] = []
    for link in links:
        try:
            numbers.append(number_from_link(link))
        except BadLink as exc:
            report.add(f"link {link}", False, str(exc))
    client = CtiClient(url)
    try:
        try:
            login = await client.login(agent_id, password)
        except CtiError as exc:
            report.add("sign-in", False, str(exc))
            return report
        report.add(
            "sign-in",
            True,
            f"{login.agent.name} ({login.agent.role.value}), queues "
            f"{', '.join(login.agent.queues) or '-'}",
        )
        await _round_trip(client, report)
        await _event_stream(client, login.token, report)
        await _softphone(make_phone, login, report, register_timeout)
        for number in numbers:
            try:
                record = await client.dial(number)
                report.add(f"dial {number}", True, f"call {record.id}")
            except NotAvailable:
                report.add(
                    f"dial {number}",
                    False,
                    "click-to-dial is not available on this server (POST /calls/dial missing)",
                )
            except CtiError as exc:
                report.add(f"dial {number}", False, str(exc))
        try:
            await client.logout()
        except CtiError as exc:
            report.add("sign-out", False, str(exc))
    finally:
        await client.close()
    return report


async def _round_trip(client: CtiClient, report: CheckReport, samples: int = 5) -> None:
    times: list[float] = []
    try:
        for _ in range(samples):
            start = time.perf_counter()
            await client.state()
            times.append((time.perf_counter() - start) * 1000)
    except CtiError as exc:
        report.add("API round-trip", False, str(exc))
        return
    report.add(
        "API round-trip",
        True,
        f"median {statistics.median(times):.1f} ms, "
        f"max {max(times):.1f} ms over {samples} requests",
    )


async def _event_stream(client: CtiClient, token: str, report: CheckReport) -> None:
    connected = asyncio.Event()
    stream = EventStream(
        client.events_url,
        token,
        lambda _e: None,
        on_status=lambda up: connected.set() if up else None,
    )
    stream.start()
    try:
        await asyncio.wait_for(connected.wait(), timeout=5)
        report.add("event stream", True, f"connected to {client.events_url}")
    except TimeoutError:
        report.add("event stream", False, f"no hello from {client.events_url} within 5 s")
    finally:
        await stream.stop()


async def _softphone(
    make_phone: Callable[[], Softphone], login: object, report: CheckReport, timeout: float
) -> None:
    from agent_desktop.protocol import LoginResponse

    assert isinstance(login, LoginResponse)
    try:
        phone = make_phone()
    except Exception as exc:  # the SIP stack could not start at all
        report.add("softphone", False, f"could not start: {exc}")
        return
    try:
        devices = phone.list_devices()
        inputs = [d.name for d in devices if d.input_channels]
        outputs = [d.name for d in devices if d.output_channels]
        report.add(
            "audio devices",
            bool(inputs and outputs),
            f"inputs: {', '.join(inputs) or 'none'}; outputs: {', '.join(outputs) or 'none'}",
        )
        codecs = getattr(phone, "codecs", None) or login.sip.codecs
        report.add("codecs", True, ", ".join(codecs))
        try:
            phone.register(softphone_settings(login.sip))
        except (SoftphoneError, ValueError) as exc:
            report.add("SIP registration", False, str(exc))
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and phone.registration in (
            RegistrationState.REGISTERING,
            RegistrationState.UNREGISTERED,
        ):
            phone.pump()
            await asyncio.sleep(0.01)
        state = phone.registration
        if state is RegistrationState.REGISTERED:
            report.add("SIP registration", True, f"registered at {login.sip.registrar}")
        else:
            report.add(
                "SIP registration",
                False,
                f"{state.value} at {login.sip.registrar} (is the SIP edge running and reachable?)",
            )
    finally:
        phone.close()
