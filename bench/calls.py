"""Ramp concurrent recorded conversations through the whole product (issue 3).

    .venv/bin/python bench/calls.py                       # steps 5,10,20,40,60,80,100,120
    .venv/bin/python bench/calls.py --steps 5,10,20,30 --hold 15
    .venv/bin/python bench/calls.py --quick               # ~1 minute sanity run (steps 2,5)

The real product (`python -m server_stub run`: coordinator, Kamailio edge, media workers)
runs as a process on free ports with a pre-seeded data dir: N bench agents 2001..2000+N
(role agent, password "demo" hashed with cheap argon2 parameters), queue `bench`
(ring_timeout 10, wrap_up_seconds 0), DID 4009000000 (queue bench, ivr "direct").

Test side (this process): a WorkerPool of media workers used as phones. Agent phones hold
4 registered agent accounts each; customer phones hold 4 customer legs each. One
conversation: customer `call` sip:4009000000@edge with from_user = a unique caller number
-> edge -> server worker answers, joins `bench` with music on hold -> ACD -> the server
rings sip:<agent>@edge -> the agent phone answers at once, plays 440 Hz and records its
leg -> the server bridges and records -> the customer plays 1000 Hz -> after the step's
hold the customer hangs up.

Each step: start `n` conversations at `--rate` per second (a 503 "No free worker" from the
edge is retried after 0.5 s and counted), wait until all are established, settle 1 s,
measure CPU (/proc/<pid>/stat ticks) of the product's processes (coordinator, Kamailio,
server workers) and of the test side (this process + its phones) over `--hold` seconds,
hang up, then analyse the recordings (see `analyse()`). A baseline step with one
conversation runs first. Ramping stops when a step does not establish every
conversation or its bad-frame share exceeds `--max-bad`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import numpy as np  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from server_stub import demo  # noqa: E402
from server_stub.media import control as c  # noqa: E402
from server_stub.media.pool import PoolConfig, WorkerHandle, WorkerPool  # noqa: E402
from server_stub.security.passwords import Passwords  # noqa: E402
from server_stub.store import SqliteStore  # noqa: E402
from tests.support.net import free_port, free_sip_port  # noqa: E402
from tests.support.tones import make_tone_wav, read_wav, tone_ratio  # noqa: E402

CUSTOMER_HZ, AGENT_HZ = 1000.0, 440.0
DID = "4009000000"
FIRST_AGENT = 2001
ADMIN = "9000"
TICK = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
LEGS_PER_PHONE = 4  # the PyPI pjsua2 wheel: 4 legs per worker process


# --- ports and processes ------------------------------------------------------------------


def _stat(pid: int) -> tuple[int, int, int] | None:
    """(ppid, utime+stime ticks, rss kB) of a process, None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[21]) * PAGE_KB


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = _stat(int(name))
            if st is not None:
                children.setdefault(st[0], []).append(int(name))
    out, todo = set(), [root]
    while todo:
        pid = todo.pop()
        out.add(pid)
        todo.extend(children.get(pid, []))
    return out


def category(pid: int, product_root: int) -> str:
    if pid == product_root:
        return "coordinator"
    cmd = _cmdline(pid)
    if "kamailio" in cmd:
        return "kamailio"
    if "server_stub.media" in cmd:
        return "workers"
    return "other"


@dataclass
class Snapshot:
    t: float
    ticks: dict[int, int]
    cats: dict[int, str]
    machine: tuple[int, int]  # (busy, total) jiffies from /proc/stat


def machine_jiffies() -> tuple[int, int]:
    with open("/proc/stat") as f:
        parts = [int(x) for x in f.readline().split()[1:]]
    idle = parts[3] + parts[4]
    return sum(parts) - idle, sum(parts)


def snapshot(product_root: int) -> Snapshot:
    product = descendants(product_root)
    mine = descendants(os.getpid()) - product
    ticks, cats = {}, {}
    for pid in product | mine:
        st = _stat(pid)
        if st is None:
            continue
        ticks[pid] = st[1]
        cats[pid] = category(pid, product_root) if pid in product else "phones"
    return Snapshot(time.monotonic(), ticks, cats, machine_jiffies())


def cpu_between(a: Snapshot, b: Snapshot) -> dict[str, float]:
    """CPU % of one core per category over the window (new processes count from zero)."""
    seconds = b.t - a.t
    out: dict[str, float] = {}
    for pid, ticks in b.ticks.items():
        used = ticks - a.ticks.get(pid, 0)
        out[b.cats[pid]] = out.get(b.cats[pid], 0.0) + 100 * used / TICK / seconds
    out["product"] = sum(v for k, v in out.items() if k != "phones")
    busy = b.machine[0] - a.machine[0]
    total = b.machine[1] - a.machine[1]
    out["machine"] = 100 * os.cpu_count() * busy / total if total else 0.0  # type: ignore[operator]
    out["server_workers"] = sum(1 for p, k in b.cats.items() if k == "workers")
    return out


def memory(product_root: int) -> tuple[float, float]:
    """RSS and PSS (MB) summed over the product's processes."""
    rss = pss = 0
    for pid in descendants(product_root):
        st = _stat(pid)
        if st is not None:
            rss += st[2]
            pss += _pss_kb(pid)
    return rss / 1024, pss / 1024


# --- audio analysis ------------------------------------------------------------------------


def frame_ratios(samples: np.ndarray, rate: int, freq: float, frame: int) -> np.ndarray:
    """tests.support.tones.tone_ratio for every `frame`-sample frame, vectorised: the Goertzel
    power at bin k equals |DFT_k|^2 of the Hann-windowed frame."""
    n = len(samples) // frame
    x = samples[: n * frame].reshape(n, frame) * np.hanning(frame)
    total = np.sum(x * x, axis=1)
    k = round(frame * freq / rate)
    basis = np.exp(-2j * math.pi * k * np.arange(frame) / frame)
    power = np.abs(x @ basis) ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(total > 1e-12, np.minimum(1.0, 3 * power / (frame * total)), 0.0)
    return ratio


@dataclass
class AudioResult:
    frames: int = 0
    bad: int = 0
    missing_tone: int = 0
    dropout: int = 0
    files: int = 0
    worst: str = ""
    times: list[float] = field(default_factory=list)  # first bad frames, s into the file
    by_tone: dict[float, int] = field(default_factory=dict)  # frames missing each tone

    def add(self, other: AudioResult, name: str) -> None:
        if other.bad > (self._worst_bad if self.worst else -1):
            self.worst, self._worst_bad = f"{name}: {other.bad}/{other.frames}", other.bad
            self.worst += " at " + ", ".join(f"{t:.2f}" for t in other.times[:8]) + " s"
        self.frames += other.frames
        self.bad += other.bad
        self.missing_tone += other.missing_tone
        self.dropout += other.dropout
        self.files += 1
        for freq, count in other.by_tone.items():
            self.by_tone[freq] = self.by_tone.get(freq, 0) + count

    _worst_bad: int = 0


def safe_analyse(
    res: StepResult,
    audio: AudioResult,
    name: str,
    path: Path,
    tones: list[float],
    args: argparse.Namespace,
) -> None:
    try:
        result = analyse(path, tones, args.skip, args.skip_end, args.threshold, args.dropout)
    except (wave.Error, EOFError, ValueError) as exc:
        res.failed.append(f"{name}: unreadable recording ({exc})")
        return
    audio.add(result, name)


def analyse(
    path: Path,
    tones: list[float],
    skip_start: float,
    skip_end: float,
    threshold: float,
    dropout: float,
) -> AudioResult:
    """Bad 20 ms frames in the steady part of a recording.

    Steady part: the recording minus its first `skip_start` and last `skip_end` seconds.
    A frame is bad when (a) any expected tone holds less than `threshold` of the frame's
    power (Goertzel share, as tests.support.tones.tone_ratio, Hann window), or (b) its
    RMS is below `dropout` x the median frame RMS of the steady part (a drop-out).
    """
    samples, rate = read_wav(path)
    frame = rate // 50
    steady = samples[int(skip_start * rate) : max(0, len(samples) - int(skip_end * rate))]
    n = len(steady) // frame
    if n == 0:
        return AudioResult()
    frames = steady[: n * frame].reshape(n, frame)
    rms = np.sqrt(np.mean(frames * frames, axis=1))
    low = rms < dropout * float(np.median(rms))
    missing = np.zeros(n, dtype=bool)
    by_tone = {}
    for freq in tones:
        lacks = frame_ratios(steady, rate, freq, frame) < threshold
        by_tone[freq] = int(lacks.sum())
        missing |= lacks
    bad = low | missing
    times = [skip_start + i * 0.02 for i in np.flatnonzero(bad)[:20]]
    return AudioResult(
        frames=n,
        bad=int(bad.sum()),
        missing_tone=int(missing.sum()),
        dropout=int(low.sum()),
        times=times,
        by_tone=by_tone,
    )


def self_check_ratio(tmp: Path) -> None:
    """The vectorised share must equal tones.tone_ratio (the Goertzel loop) frame by frame."""
    t = np.arange(16000) / 16000
    x = 0.3 * np.sin(2 * math.pi * CUSTOMER_HZ * t) + 0.3 * np.sin(2 * math.pi * AGENT_HZ * t)
    x += 0.01 * np.random.default_rng(1).standard_normal(len(x))
    for freq in (CUSTOMER_HZ, AGENT_HZ):
        fast = frame_ratios(x, 16000, freq, 320)
        slow = [tone_ratio(x[i * 320 : (i + 1) * 320], 16000, freq) for i in range(len(fast))]
        assert np.allclose(fast, slow, atol=1e-9), (freq, fast[:3], slow[:3])


# --- the product ---------------------------------------------------------------------------


def prepare(data_dir: Path, agents: int) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = SqliteStore(data_dir / "callcenter.db")
    passwords = Passwords(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    now = time.time()
    demo.seed(store, passwords, now)  # admin 9000, lead 9001, reason codes, ...
    password_hash = passwords.hash(demo.DEMO_PASSWORD)
    with store.transaction():
        store.upsert_queue(
            {
                "name": "bench",
                "display_name": "Bench",
                "ring_timeout": 10,
                "wrap_up_seconds": 0,
                "service_level_threshold": 20,
            }
        )
        for i in range(agents):
            agent_id = str(FIRST_AGENT + i)
            store.upsert_agent(
                {
                    "agent_id": agent_id,
                    "name": f"Bench {agent_id}",
                    "role": "agent",
                    "team": None,
                    "password_hash": password_hash,
                    "enabled": 1,
                    "created_at": now,
                }
            )
            store.set_member(agent_id, "bench", level=1, position=i + 1)
        store.upsert_did(DID, "bench", "direct", "Bench line: straight to the bench queue")
    store.close()


@dataclass
class Product:
    base: str
    sip: str
    data_dir: Path
    proc: subprocess.Popen[bytes]
    client: httpx.AsyncClient

    async def api(
        self, method: str, path: str, token: str | None = None, **kw: Any
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return await self.client.request(
            method, f"{self.base}/api/v1{path}", headers=headers, timeout=30, **kw
        )

    async def login(self, agent_id: str) -> dict[str, Any]:
        r = await self.api(
            "POST", "/auth/login", json={"agent_id": agent_id, "password": demo.DEMO_PASSWORD}
        )
        r.raise_for_status()
        return r.json()  # type: ignore[no-any-return]


def start_product(
    work: Path, agents: int, max_workers: int
) -> tuple[subprocess.Popen[bytes], str, str]:
    data_dir = work / "data"
    prepare(data_dir, agents)
    http, sip = free_port(), free_sip_port()
    log = (work / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--data-dir",
            str(data_dir),
            "--http-port",
            str(http),
            "--sip-port",
            str(sip),
            "--log-level",
            LOG_LEVEL,
            "--max-workers",
            str(max_workers),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        start_new_session=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    log.close()
    return proc, f"http://127.0.0.1:{http}", f"127.0.0.1:{sip}"


async def wait_healthy(product: Product, work: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            health = (await product.api("GET", "/health")).json()
            if health["checks"].get("media_workers") == "ok":
                return
        except (httpx.TransportError, ValueError, KeyError):
            pass
        if product.proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("product did not start:\n" + (work / "server.log").read_text())
        await asyncio.sleep(0.2)


def stop_product(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
    # Anything of the product's session still alive (workers, Kamailio) goes too.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


# --- the test-side phones ------------------------------------------------------------------


@dataclass
class Conversation:
    index: int
    ani: str
    phone: WorkerHandle
    leg: str | None = None
    t_call: float = 0.0  # wall clock when the successful `call` command was sent
    retries: int = 0
    answered: asyncio.Future[bool] | None = None
    error: str | None = None
    recording: Path | None = None  # with --customer-recordings
    recorded: asyncio.Future[None] | None = None


@dataclass
class AgentLeg:
    call_id: str
    account: str
    phone: WorkerHandle
    leg: str
    t_arrived: float
    recording: Path
    answered: bool = False
    ended: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )
    recorded: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class Phones:
    def __init__(
        self, product: Product, work: Path, tones: dict[str, Path], register_rate: float = 10.0
    ) -> None:
        self.register_rate = register_rate
        self.customer_recordings = False
        self.customer_recorded: dict[str, asyncio.Future[None]] = {}
        self.product = product
        self.work = work
        self.tones = tones
        self.pool = WorkerPool(
            PoolConfig(
                min_workers=0, max_workers=10_000, min_spare=0, max_spare=10_000, start_timeout_s=60
            ),
            on_event=self.on_event,
        )
        self.agent_phones: list[WorkerHandle] = []
        self.customer_phones: list[WorkerHandle] = []
        self.registered: dict[str, asyncio.Future[bool]] = {}
        self.customer_legs: dict[str, Conversation] = {}
        self.agent_legs: dict[str, AgentLeg] = {}  # by leg
        self.step_arrivals: dict[str, AgentLeg] = {}  # by call id, current step
        self.established: asyncio.Event = asyncio.Event()
        self.established_count = 0
        self.tasks: set[asyncio.Task[Any]] = set()
        self.errors: list[str] = []

    def spawn_task(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def on_event(self, handle: WorkerHandle, event: c.Event) -> None:
        now = time.time()
        if isinstance(event, c.RegistrationChanged):
            fut = self.registered.get(event.account)
            if fut is not None and not fut.done():
                if event.registered:
                    fut.set_result(True)
                elif event.status_code >= 400:
                    fut.set_exception(
                        RuntimeError(f"{event.account}: {event.status_code} {event.reason}")
                    )
        elif isinstance(event, c.CallArrived) and event.account:
            call_id = event.headers.get("X-Call-Id", "")
            leg = AgentLeg(
                call_id,
                event.account,
                handle,
                event.leg,
                now,
                self.work / "agent-rec" / f"{call_id}.wav",
            )
            self.agent_legs[event.leg] = leg
            self.step_arrivals[call_id] = leg
            self.spawn_task(self.answer(leg))
        elif isinstance(event, c.LegAnswered):
            conv = self.customer_legs.get(event.leg)
            if conv is not None and conv.answered and not conv.answered.done():
                conv.answered.set_result(True)
        elif isinstance(event, c.LegEnded):
            conv = self.customer_legs.get(event.leg)
            if conv is not None and conv.answered and not conv.answered.done():
                conv.answered.set_exception(RuntimeError(f"{event.status_code} {event.reason}"))
            agent_leg = self.agent_legs.get(event.leg)
            if agent_leg is not None and not agent_leg.ended.done():
                agent_leg.ended.set_result(None)
        elif isinstance(event, c.RecordingFinished):
            fut = self.customer_recorded.pop(event.path, None)
            if fut is not None and not fut.done():
                fut.set_result(None)
            for leg in self.agent_legs.values():
                if str(leg.recording) == event.path and not leg.recorded.done():
                    leg.recorded.set_result(None)
        elif isinstance(event, c.WorkerLost):
            self.errors.append(f"test-side phone {event.worker_id} lost ({event.cause})")

    async def answer(self, leg: AgentLeg) -> None:
        try:
            await leg.phone.command(c.Answer(leg=leg.leg))
            leg.answered = True
            self.established_count += 1
            self.established.set()
            await leg.phone.command(c.Play(leg=leg.leg, file=str(self.tones["agent"]), loop=True))
            await leg.phone.command(c.RecordStart(legs=[leg.leg], path=str(leg.recording)))
        except c.CommandError as exc:
            self.errors.append(f"agent {leg.account} answer: {exc}")

    async def start(self, agents: dict[str, dict[str, Any]], customers: int) -> None:
        (self.work / "agent-rec").mkdir(exist_ok=True)
        await self.pool.start()
        n_agent = math.ceil(len(agents) / LEGS_PER_PHONE)
        n_customer = math.ceil(customers / LEGS_PER_PHONE)
        handles = []
        for batch in range(0, n_agent + n_customer, 8):  # a few at a time: 2 cores
            count = min(8, n_agent + n_customer - batch)
            handles += await asyncio.gather(*(self.pool.spawn() for _ in range(count)))
        self.agent_phones, self.customer_phones = handles[:n_agent], handles[n_agent:]
        loop = asyncio.get_running_loop()
        ids = sorted(agents)
        # Paced: the edge's pike module drops a source IP sending > 60 requests in 2 s
        # (REGISTER + challenged REGISTER per agent; the phones are not in the worker set).
        for i, agent_id in enumerate(ids):
            await asyncio.sleep(1 / self.register_rate)
            sip = agents[agent_id]["sip"]
            self.registered[agent_id] = loop.create_future()
            await self.agent_phones[i // LEGS_PER_PHONE].command(
                c.Register(
                    account=agent_id,
                    registrar=sip["registrar"],
                    username=sip["username"],
                    password=sip["password"],
                    domain=sip["domain"],
                )
            )
        await asyncio.wait_for(asyncio.gather(*self.registered.values()), 60)

    async def call(self, conv: Conversation, rate_retry: float, attempts: int) -> None:
        loop = asyncio.get_running_loop()
        for attempt in range(attempts):
            conv.answered = loop.create_future()
            # The leg id is chosen here and registered before the command: the pool may
            # deliver leg_answered / leg_ended (an immediate 503) before this coroutine
            # resumes with the reply.
            conv.leg = f"cus-{conv.ani}-{attempt}"
            self.customer_legs[conv.leg] = conv
            conv.t_call = time.time()
            try:
                await conv.phone.command(
                    c.MakeCall(
                        uri=f"sip:{DID}@{self.product.sip}",
                        from_user=conv.ani,
                        timeout=20,
                        leg=conv.leg,
                    )
                )
            except c.CommandError as exc:
                conv.error = f"call: {exc}"
                return
            try:
                await asyncio.wait_for(conv.answered, 30)
            except RuntimeError as exc:  # ended before answer: 503 No free worker, ...
                conv.error = str(exc)
                if str(exc).startswith("503") and attempt + 1 < attempts:
                    conv.retries += 1
                    await asyncio.sleep(rate_retry)
                    continue
                return
            except TimeoutError:
                conv.error = "no answer from the server in 30 s"
                with contextlib.suppress(c.CommandError):
                    await conv.phone.command(c.Hangup(leg=conv.leg))
                return
            conv.error = None
            await conv.phone.command(
                c.Play(leg=conv.leg, file=str(self.tones["customer"]), loop=True)
            )
            if self.customer_recordings:
                conv.recording = self.work / "agent-rec" / f"customer-{conv.ani}.wav"
                conv.recorded = loop.create_future()
                self.customer_recorded[str(conv.recording)] = conv.recorded
                await conv.phone.command(c.RecordStart(legs=[conv.leg], path=str(conv.recording)))
            return

    async def unregister(self) -> None:
        """Paced un-REGISTER (a burst would trip the edge's flood protection)."""
        for i, agent_id in enumerate(sorted(self.registered)):
            phone = self.agent_phones[i // LEGS_PER_PHONE]
            with contextlib.suppress(c.CommandError):
                await phone.command(c.Unregister(account=agent_id))
            await asyncio.sleep(1 / (2 * self.register_rate))
        await asyncio.sleep(1.0)

    async def stop(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await self.pool.stop()


# --- one step ------------------------------------------------------------------------------


def note(msg: str) -> None:
    if VERBOSE:
        print(f"  [{time.strftime('%H:%M:%S')}] {msg}", flush=True)


VERBOSE = False
LOG_LEVEL = "warning"  # the product's --log-level (--product-log-level)
STATE = {"failed": False}  # a step failed or the run broke: keep the product's logs


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


@dataclass
class StepResult:
    n: int
    established: int = 0
    retries: int = 0
    failed: list[str] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)
    rss_mb: float = 0.0
    pss_mb: float = 0.0
    ring_ms: list[float] = field(default_factory=list)  # customer call -> agent call_arrived
    front_ms: list[float] = field(default_factory=list)  # customer call -> server call record
    server_ms: list[float] = field(default_factory=list)  # server call record -> agent rings
    server_audio: AudioResult = field(default_factory=AudioResult)
    agent_audio: AudioResult = field(default_factory=AudioResult)
    customer_audio: AudioResult = field(default_factory=AudioResult)
    seconds: float = 0.0
    load: str = ""

    @property
    def bad_share(self) -> float:
        parts = (self.server_audio, self.agent_audio, self.customer_audio)
        frames = sum(a.frames for a in parts)
        return sum(a.bad for a in parts) / frames if frames else 1.0


async def run_step(
    n: int, step_no: int, phones: Phones, product: Product, admin: str, args: argparse.Namespace
) -> StepResult:
    res = StepResult(n)
    t_start = time.time()
    phones.step_arrivals = {}
    phones.established_count = 0
    phones.established.clear()
    convs = [
        Conversation(i, f"1{step_no:03d}{i:07d}", phones.customer_phones[i // LEGS_PER_PHONE])
        for i in range(n)
    ]
    calls = []
    for conv in convs:
        calls.append(asyncio.create_task(phones.call(conv, 0.5, args.attempts)))
        await asyncio.sleep(1 / args.rate)
    # All established: every customer answered by the server and every agent phone answered.
    deadline = time.monotonic() + 40
    await asyncio.gather(*calls)
    while phones.established_count < n - sum(1 for cv in convs if cv.error):
        phones.established.clear()
        left = deadline - time.monotonic()
        if left <= 0:
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(phones.established.wait(), left)
    note(f"established {phones.established_count}/{n}")
    res.established = min(phones.established_count, sum(1 for cv in convs if cv.error is None))
    res.retries = sum(cv.retries for cv in convs)
    res.failed = [f"{cv.ani}: {cv.error}" for cv in convs if cv.error]

    await asyncio.sleep(1.0)  # settle
    root = product.proc.pid
    a = snapshot(root)
    await asyncio.sleep(args.hold / 2)
    res.rss_mb, res.pss_mb = memory(root)
    await asyncio.sleep(args.hold / 2)
    b = snapshot(root)
    res.cpu = cpu_between(a, b)
    res.load = "/".join(f"{x:.2f}" for x in os.getloadavg())

    # Hang up every customer; the server ends the agent legs.
    legs = [cv for cv in convs if cv.leg and cv.error is None]
    for cv in legs:  # paced like the calls: a BYE burst would trip the edge's pike limit
        with contextlib.suppress(c.CommandError):
            await cv.phone.command(c.Hangup(leg=cv.leg))  # type: ignore[arg-type]
        await asyncio.sleep(1 / args.hangup_rate)
    note("hung up")
    agent_legs = list(phones.step_arrivals.values())
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*(leg.ended for leg in agent_legs)), 20)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(
            asyncio.gather(*(leg.recorded for leg in agent_legs if leg.answered)), 20
        )

    note(f"agent legs ended {sum(leg.ended.done() for leg in agent_legs)}/{len(agent_legs)}")
    recs = [cv.recorded for cv in convs if cv.recorded is not None]
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*recs), 20)
    # Server-side records: ani -> call id, started_at, recording.
    anis = {cv.ani: cv for cv in convs}
    records: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + 60  # a BYE lost to the edge's pike is retransmitted
    while time.monotonic() < deadline:
        r = await product.api("GET", f"/calls?since={t_start - 1}&limit=1000", admin)
        records = {rec["id"]: rec for rec in r.json()["calls"] if rec["ani"] in anis}
        pending = [
            rec
            for rec in records.values()
            if rec["state"] != "ended" or (rec["answered_at"] and not rec["recording_id"])
        ]
        if not pending and len(records) >= res.established:
            break
        await asyncio.sleep(0.5)
    note(f"records {len(records)}")
    for call_id, rec in records.items():
        cv, leg = anis[rec["ani"]], phones.step_arrivals.get(call_id)
        if leg is None or cv.error is not None:
            continue
        res.ring_ms.append((leg.t_arrived - cv.t_call) * 1000)
        res.front_ms.append((rec["started_at"] - cv.t_call) * 1000)
        res.server_ms.append((leg.t_arrived - rec["started_at"]) * 1000)

    # Recordings: the server's (both tones) and the agent phone's (far end: 1000 Hz).
    rec_dir = product.data_dir / "recordings"
    for call_id, rec in records.items():
        if not rec["answered_at"]:
            continue
        found = list(rec_dir.rglob(f"{call_id}.wav"))
        if rec["state"] != "ended" or not rec["recording_id"]:
            res.failed.append(
                f"{call_id}: call not ended / recording not finished 60 s after the hang-up"
            )
            continue
        if not found:
            res.failed.append(f"{call_id}: no server recording")
            continue
        safe_analyse(
            res,
            res.server_audio,
            f"srv {call_id[:8]}",
            found[0],
            [args.customer_hz, args.agent_hz],
            args,
        )
    for leg in agent_legs:
        if leg.answered and leg.recording.exists():
            safe_analyse(
                res, res.agent_audio, f"agt {leg.account}", leg.recording, [args.customer_hz], args
            )
        elif leg.answered:
            res.failed.append(f"agent {leg.account}: no recording")
    for cv in convs:
        if cv.recording is not None and cv.recording.exists():
            safe_analyse(
                res, res.customer_audio, f"cus {cv.ani}", cv.recording, [args.agent_hz], args
            )
            if not args.keep:
                cv.recording.unlink()
    res.seconds = time.time() - t_start
    if not args.keep:
        for leg in agent_legs:
            leg.recording.unlink(missing_ok=True)
    for leg in agent_legs:
        phones.agent_legs.pop(leg.leg, None)
    for cv in convs:
        if cv.leg:
            phones.customer_legs.pop(cv.leg, None)
    return res


async def wait_agents_ready(product: Product, tokens: dict[str, str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    for agent_id, token in tokens.items():
        while True:
            state = (await product.api("GET", "/agents/me/state", token)).json()
            if state["state"] == "ready":
                break
            if state["state"] == "not_ready":  # e.g. a missed ring: back to ready
                await product.api("POST", "/agents/me/state", token, json={"state": "ready"})
            if time.monotonic() > deadline:
                raise RuntimeError(f"agent {agent_id} stuck in {state}")
            await asyncio.sleep(0.2)


# --- report --------------------------------------------------------------------------------


def fmt_row(r: StepResult, base: StepResult | None) -> str:
    cpu = r.cpu
    per = cpu["product"] / max(1, r.established)
    ratio = ""
    if base is not None and base.established:
        ratio = f"{per / (base.cpu['product'] / base.established):.2f}"
    phones_per = cpu["phones"] / max(1, r.established)
    return (
        f"| {r.n} | {r.established} | {r.retries} | {int(cpu['server_workers'])} | "
        f"{cpu['product']:.1f} ({cpu.get('coordinator', 0):.1f} / "
        f"{cpu.get('kamailio', 0):.1f} / {cpu.get('workers', 0):.1f}) | "
        f"{per:.2f} | {ratio} | {cpu['phones']:.1f} ({phones_per:.2f}) | "
        f"{cpu['machine']:.0f} | {r.rss_mb:.0f} / {r.pss_mb:.0f} | "
        f"{pct(r.ring_ms, 0.5):.1f} / {pct(r.ring_ms, 0.95):.1f} | "
        f"{pct(r.front_ms, 0.5):.1f} / {pct(r.front_ms, 0.95):.1f} | "
        f"{pct(r.server_ms, 0.5):.1f} / {pct(r.server_ms, 0.95):.1f} | "
        f"{r.server_audio.bad}/{r.server_audio.frames} | "
        f"{r.agent_audio.bad}/{r.agent_audio.frames} | {r.load} |"
    )


HEADER = (
    "| conv. | est. | 503 retries | srv workers | product CPU % (coord / kam / workers) | "
    "per conv. % | × at 1 | phones CPU % (per conv.) | machine busy % of 200 | "
    "RSS / PSS MB | INVITE→ringing p50/p95 ms | → server p50/p95 | server → ringing "
    "p50/p95 | bad frames server | bad frames agent | load 1/5/15 |\n"
    "|---:|---:|---:|---:|---|---:|---:|---|---:|---|---|---|---|---:|---:|---|"
)


# --- main ----------------------------------------------------------------------------------


async def bench(args: argparse.Namespace, work: Path) -> int:
    # Ctrl-C / SIGTERM cancel this task, so the finally below stops phones and product.
    task, loop = asyncio.current_task(), asyncio.get_running_loop()
    assert task is not None
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, task.cancel)
    steps = [int(s) for s in args.steps.split(",")]
    n_agents = max(steps)
    print(f"work dir {work}; load before: {os.getloadavg()}", flush=True)
    self_check_ratio(work)
    proc, base, sip = start_product(work, n_agents, n_agents + 5)
    client = httpx.AsyncClient()
    product = Product(base, sip, work / "data", proc, client)
    phones: Phones | None = None
    try:
        await wait_healthy(product, work)
        admin = (await product.login(ADMIN))["token"]
        infos = dict(
            zip(
                [str(FIRST_AGENT + i) for i in range(n_agents)],
                await asyncio.gather(
                    *(product.login(str(FIRST_AGENT + i)) for i in range(n_agents))
                ),
                strict=True,
            )
        )
        # Long tone files: pjmedia's looping WAV player leaves one silent 20 ms frame at
        # every loop seam, which would count as a bad frame every file length.
        tones = {
            "customer": make_tone_wav(work / "customer.wav", args.customer_hz, args.tone_s),
            "agent": make_tone_wav(work / "agent.wav", args.agent_hz, args.tone_s),
        }
        phones = Phones(product, work, tones, args.register_rate)
        phones.customer_recordings = args.customer_recordings
        t0 = time.monotonic()
        await phones.start(infos, n_agents)
        print(
            f"{len(phones.agent_phones)} agent phones ({n_agents} accounts registered), "
            f"{len(phones.customer_phones)} customer phones in "
            f"{time.monotonic() - t0:.1f} s",
            flush=True,
        )
        tokens = {a: info["token"] for a, info in infos.items()}
        for token in tokens.values():
            r = await product.api("POST", "/agents/me/state", token, json={"state": "ready"})
            r.raise_for_status()

        # Idle product (agents registered and ready, no calls).
        await asyncio.sleep(3)
        a = snapshot(proc.pid)
        await asyncio.sleep(args.idle)
        idle = cpu_between(a, snapshot(proc.pid))
        rss, pss = memory(proc.pid)
        n_idle = int(idle["server_workers"])
        print(
            f"idle product over {args.idle:.0f} s: {idle['product']:.2f} % of one core "
            f"(coordinator {idle.get('coordinator', 0):.2f}, Kamailio "
            f"{idle.get('kamailio', 0):.2f}, {n_idle} idle server workers "
            f"{idle.get('workers', 0):.2f} = {idle.get('workers', 0) / max(1, n_idle):.3f} "
            f"each); test-side phones {idle['phones']:.2f} %; RSS {rss:.0f} MB, "
            f"PSS {pss:.0f} MB",
            flush=True,
        )

        results: list[StepResult] = []
        base_result: StepResult | None = None
        best = clean = 0
        plan = [1, *steps]
        print(HEADER, flush=True)
        for i, n in enumerate(plan):
            await wait_agents_ready(product, tokens)
            await asyncio.sleep(args.pause)
            r = await run_step(n, i, phones, product, admin, args)
            results.append(r)
            if i == 0:
                base_result = r
            print(fmt_row(r, base_result), flush=True)
            if r.failed:
                STATE["failed"] = True
                print(f"    failures ({len(r.failed)}): {'; '.join(r.failed[:5])}", flush=True)
            if r.customer_audio.files:
                print(
                    f"    customer recordings (far end 440 Hz): bad frames "
                    f"{r.customer_audio.bad}/{r.customer_audio.frames}",
                    flush=True,
                )
            for kind, audio in (
                ("server", r.server_audio),
                ("agent", r.agent_audio),
                ("customer", r.customer_audio),
            ):
                if audio.bad:
                    print(
                        f"    {kind} bad frames: {audio.missing_tone} tone missing ("
                        + ", ".join(f"{f:.0f} Hz: {k}" for f, k in audio.by_tone.items())
                        + f"), {audio.dropout} drop-outs over {audio.files} files; worst "
                        f"{audio.worst}",
                        flush=True,
                    )
            if phones.errors:
                print(f"    errors: {phones.errors[:5]}", flush=True)
                phones.errors.clear()
            ok = r.established == n and r.bad_share <= args.max_bad
            if not ok:
                why = (
                    "not all established"
                    if r.established < n
                    else f"bad frames {100 * r.bad_share:.2f} % > {100 * args.max_bad:.2f} %"
                )
                print(f"stop at {n}: {why}", flush=True)
                break
            if i > 0:
                best = n
                if r.bad_share == 0:
                    clean = n
        print(
            f"\nmaximum sustained: {best} concurrent recorded conversations "
            f"(bad frames <= {100 * args.max_bad:.2f} %, all established); "
            f"largest step with no bad frame at all: {clean or 'none'}",
            flush=True,
        )
        if base_result is not None and results[-1] is not base_result:
            top = results[-1]
            print(
                f"per-conversation product CPU: {base_result.cpu['product']:.2f} % at 1, "
                f"{top.cpu['product'] / max(1, top.established):.2f} % at {top.n}",
                flush=True,
            )
        return 0
    finally:
        if phones is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(phones.unregister(), 30)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(phones.stop(), 30)
        await client.aclose()
        stop_product(proc)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--steps", default="5,10,20,40,60,80,100,120")
    parser.add_argument(
        "--hold", type=float, default=15.0, help="seconds of steady state per step (CPU window)"
    )
    parser.add_argument("--rate", type=float, default=4.0, help="new conversations per second")
    parser.add_argument("--hangup-rate", type=float, default=15.0, help="hang-ups per second")
    parser.add_argument(
        "--register-rate", type=float, default=4.0, help="agent registrations per second"
    )
    parser.add_argument(
        "--attempts",
        type=int,
        default=20,
        help="tries per conversation while the edge says 503 No free worker",
    )
    parser.add_argument("--idle", type=float, default=10.0, help="idle measurement seconds")
    parser.add_argument("--pause", type=float, default=2.0, help="seconds between steps")
    parser.add_argument(
        "--skip", type=float, default=1.0, help="seconds skipped at the start of each recording"
    )
    parser.add_argument(
        "--skip-end", type=float, default=0.5, help="seconds skipped at the end of each recording"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.15,
        help="min Goertzel power share of an expected tone in a 20 ms frame",
    )
    parser.add_argument(
        "--dropout", type=float, default=0.5, help="frame RMS below this x median RMS is a drop-out"
    )
    parser.add_argument(
        "--max-bad",
        type=float,
        default=0.005,
        help="stop when bad frames exceed this share (0.005 = 0.5 %%)",
    )
    parser.add_argument(
        "--tone-s",
        type=float,
        default=300.0,
        help="length of the looped tone files (longer than any conversation)",
    )
    parser.add_argument(
        "--customer-recordings",
        action="store_true",
        help="also record and analyse each customer leg (far end 440 Hz)",
    )
    parser.add_argument(
        "--customer-hz",
        type=float,
        default=CUSTOMER_HZ,
        help="customer tone; 1000 Hz has a whole number of periods in 20 ms "
        "and at 8 kHz, so frame loss concealed by PLC or a dropped "
        "frame stays invisible in that direction (try 1010)",
    )
    parser.add_argument("--agent-hz", type=float, default=AGENT_HZ, help="agent tone")
    parser.add_argument(
        "--product-log-level", default="warning", choices=["debug", "info", "warning", "error"]
    )
    parser.add_argument("--verbose", action="store_true", help="print the phases of a step")
    parser.add_argument("--keep", action="store_true", help="keep the work dir")
    parser.add_argument("--quick", action="store_true", help="steps 2,5, hold 8 s, idle 5 s")
    args = parser.parse_args()
    if args.quick:
        args.steps, args.hold, args.idle, args.pause = "2,5", 8.0, 5.0, 1.0
    global VERBOSE, LOG_LEVEL
    VERBOSE, LOG_LEVEL = args.verbose, args.product_log_level
    work = Path(tempfile.mkdtemp(prefix="bench-calls-"))
    print(f"command: {' '.join(sys.argv)}", flush=True)

    try:
        return asyncio.run(bench(args, work))
    except (KeyboardInterrupt, asyncio.CancelledError):
        STATE["failed"] = True
        print("interrupted; processes stopped", file=sys.stderr)
        return 130
    except BaseException:
        STATE["failed"] = True
        raise
    finally:
        if not args.keep and STATE["failed"]:
            # Keep the logs of the product (coordinator, Kamailio) for a failed run.
            logs = Path(tempfile.gettempdir()) / f"bench-calls-logs-{os.getpid()}"
            logs.mkdir(exist_ok=True)
            for src in (work / "server.log", work / "data" / "edge" / "kamailio.log"):
                if src.exists():
                    shutil.copy(src, logs / src.name)
            print(f"logs kept in {logs}", file=sys.stderr)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
