"""SIPp customers (--customers sipp): one UAC process per step playing a 1000 Hz A-law pcap."""

from __future__ import annotations

import asyncio
import math
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tests.support.net import free_sip_port

from .product import DID

PACKET_MS = 20  # one RTP packet per 20 ms: 160 A-law bytes at 8 kHz

# The caller number is the prefix key + SIPp's call number (1, 2, ...): unique per step.
# Each call logs its INVITE time, its answer or its 503, and its BYE (-trace_logs).
SCENARIO = """<?xml version="1.0" encoding="ISO-8859-1"?>
<scenario name="bench customers">
  <nop><action>
    <log message="invite [ani_prefix][call_number] [timestamp]"/>
  </action></nop>
  <send start_txn="invite"><![CDATA[

INVITE sip:{did}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[ani_prefix][call_number]@[local_ip]:[local_port]>;tag=[pid]-[call_number]
To: <sip:{did}@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 INVITE
Contact: <sip:[ani_prefix][call_number]@[local_ip]:[local_port]>
Max-Forwards: 70
User-Agent: bench-calls-sipp
Content-Type: application/sdp
Content-Length: [len]

v=0
o=- [call_number] 1 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[media_ip_type] [media_ip]
t=0 0
m=audio [media_port] RTP/AVP 8
a=rtpmap:8 PCMA/8000
a=sendrecv

]]></send>
  <recv response="100" optional="true" response_txn="invite"/>
  <recv response="180" optional="true" response_txn="invite"/>
  <recv response="183" optional="true" response_txn="invite"/>
  <recv response="503" optional="true" response_txn="invite" next="rejected">
    <action><log message="rejected [ani_prefix][call_number] [timestamp]"/></action>
  </recv>
  <recv response="200" rrs="true" response_txn="invite">
    <action><log message="answered [ani_prefix][call_number] [timestamp]"/></action>
  </recv>
  <send><![CDATA[

ACK [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:[ani_prefix][call_number]@[local_ip]:[local_port]>;tag=[pid]-[call_number]
To: <sip:{did}@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0

]]></send>
  <nop><action><exec play_pcap_audio="{pcap}"/></action></nop>
  <pause milliseconds="{pause_ms}"/>
  <nop><action>
    <log message="bye [ani_prefix][call_number] [timestamp]"/>
  </action></nop>
  <send><![CDATA[

BYE [next_url] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
[routes]
From: <sip:[ani_prefix][call_number]@[local_ip]:[local_port]>;tag=[pid]-[call_number]
To: <sip:{did}@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 2 BYE
Max-Forwards: 70
Content-Length: 0

]]></send>
  <recv response="200" crlf="true"/>
  <nop next="end"/>
  <label id="rejected"/>
  <send ack_txn="invite"><![CDATA[

ACK sip:{did}@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: <sip:[ani_prefix][call_number]@[local_ip]:[local_port]>;tag=[pid]-[call_number]
To: <sip:{did}@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0

]]></send>
  <label id="end"/>
</scenario>
"""


def alaw(samples: np.ndarray) -> bytes:
    """G.711 A-law of 16-bit linear samples (as audioop.lin2alaw)."""
    x = samples.astype(np.int32)
    mask = np.where(x >= 0, 0xD5, 0x55)
    mag = np.minimum(np.where(x >= 0, x, -x - 1), 32767) >> 3  # 13-bit magnitude
    seg = np.zeros_like(mag)
    big = mag >= 32
    seg[big] = np.floor(np.log2(mag[big])).astype(np.int32) - 4
    mant = np.where(seg == 0, mag >> 1, mag >> np.maximum(seg, 1)) & 0x0F
    return bytes(((seg << 4 | mant) ^ mask).astype(np.uint8))


def _checksum(header: bytes) -> int:
    total = sum(struct.unpack(f"!{len(header) // 2}H", header))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def write_tone_pcap(path: Path, hz: float, seconds: float, level: float = 0.3) -> Path:
    """RTP (PT 8, PCMA) of a sine tone in a DLT_EN10MB pcap, one packet per 20 ms, as SIPp's
    play_pcap_audio wants it (it rewrites addresses and ports, keeps payload and timing)."""
    per = 8000 * PACKET_MS // 1000
    count = math.ceil(seconds * 1000 / PACKET_MS)
    t = np.arange(count * per) / 8000
    payload = alaw(np.round(level * 32767 * np.sin(2 * math.pi * hz * t)))
    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)]  # 1 = DLT_EN10MB
    src, dst = bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1])
    for i in range(count):
        rtp = struct.pack("!BBHII", 0x80, 8 | (0x80 if i == 0 else 0), i, i * per, 0x5EB0CA11)
        rtp += payload[i * per : (i + 1) * per]
        udp = struct.pack("!HHHH", 16000, 6000, 8 + len(rtp), 0) + rtp
        ip = struct.pack(
            "!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), i & 0xFFFF, 0, 64, 17, 0, src, dst
        )
        ip = ip[:10] + struct.pack("!H", _checksum(ip)) + ip[12:]
        frame = b"\0\0\0\0\0\2" + b"\0\0\0\0\0\1" + b"\x08\x00" + ip + udp
        usec = i * PACKET_MS * 1000
        out.append(
            struct.pack("<IIII", usec // 1_000_000, usec % 1_000_000, len(frame), len(frame))
        )
        out.append(frame)
    path.write_bytes(b"".join(out))
    return path


@dataclass
class SippCall:
    ani: str
    t_invite: float = 0.0  # wall clock of the INVITE (SIPp's [timestamp])
    answered: bool = False
    rejected: bool = False  # 503 No free worker from the edge
    t_bye: float = 0.0


class SippCustomers:
    """One SIPp UAC process for a step: n calls at `rate` per second, each holding `hold_s`."""

    def __init__(self, work: Path, edge: str, pcap: Path, step_no: int) -> None:
        self.dir = work / f"sipp-{step_no}"
        self.dir.mkdir(exist_ok=True)
        self.edge = edge
        self.pcap = pcap
        self.prefix = f"2{step_no:03d}"
        self.log = self.dir / "calls.log"
        self.errors = self.dir / "errors.log"
        self.stats = self.dir / "stats.csv"
        self.proc: asyncio.subprocess.Process | None = None
        self.rate = 1.0

    async def start(self, n: int, rate: float, hold_s: float) -> None:
        self.rate = rate
        scenario = self.dir / "uac.xml"
        scenario.write_text(SCENARIO.format(did=DID, pcap=self.pcap, pause_ms=int(hold_s * 1000)))
        media = free_sip_port() & ~1  # even RTP port; SIPp discards what it receives there
        self.proc = await asyncio.create_subprocess_exec(
            "sipp", self.edge, "-sf", str(scenario), "-m", str(n), "-l", str(n),
            "-r", f"{rate:g}", "-i", "127.0.0.1", "-p", str(free_sip_port()),
            "-mi", "127.0.0.1", "-mp", str(media), "-key", "ani_prefix", self.prefix,
            "-nostdin", "-trace_logs", "-log_file", str(self.log),
            "-trace_err", "-error_file", str(self.errors),
            "-trace_stat", "-stf", str(self.stats), "-fd", "1",
            "-recv_timeout", "30000",
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=(self.dir / "stderr.txt").open("wb"),
            cwd=self.dir,
        )  # fmt: skip

    def calls(self) -> dict[str, SippCall]:
        """Per caller number, from the <log> lines written so far."""
        out: dict[str, SippCall] = {}
        try:
            lines = self.log.read_text(errors="replace").splitlines()
        except OSError:
            return out
        for line in lines:
            parts = line.split()
            if len(parts) < 3:
                continue
            what, ani, when = parts[0], parts[1], float(parts[-1])
            call = out.setdefault(ani, SippCall(ani))
            if what == "invite":
                call.t_invite = when
            elif what == "answered":
                call.answered = True
            elif what == "rejected":
                call.rejected = True
            elif what == "bye":
                call.t_bye = when
        return out

    async def wait(self, timeout: float) -> int | None:
        """SIPp's exit code (0: every call succeeded, 1: at least one failed), None if it had
        to be killed."""
        assert self.proc is not None
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout)
        except TimeoutError:
            await self.kill()
            return None

    async def kill(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()

    def stat(self, name: str) -> str:
        """The last value of a -trace_stat column (e.g. FailedCall(C), SuccessfulCall(C))."""
        try:
            rows = [r.split(";") for r in self.stats.read_text().splitlines() if r]
        except OSError:
            return "?"
        if len(rows) < 2 or name not in rows[0]:
            return "?"
        return rows[-1][rows[0].index(name)]

    def error_lines(self) -> list[str]:
        try:
            return [ln for ln in self.errors.read_text(errors="replace").splitlines() if ln]
        except OSError:
            return []
