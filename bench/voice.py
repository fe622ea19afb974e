"""Voice quality of a remote agent over a poor link, scored by ear (PESQ-NB, ITU-T P.862).

The product's own desktop softphone (its pjsua2 phone and audio bridge, headless, with
virtual PulseAudio devices) runs in a network namespace behind a user-space impaired link
(tests/support/netimpair.py); the real server (coordinator, Kamailio edge, media worker)
runs on the host; a customer (plain pjsua2, G.711, 8 kHz) calls the bench line from the
trunk side. Each side speaks its own espeak-ng speech (English and Mandarin) in a loop;
what each side hears is scored in 8 s windows against what the other side said.

    sudo .venv/bin/python bench/voice.py                 # all scenarios, one call each
    sudo .venv/bin/python bench/voice.py --quick         # CI: clean and 5 %/40±40, short
    sudo .venv/bin/python bench/voice.py --scenarios clean,5pct --agent-jb 60,40,100,500
    sudo .venv/bin/python bench/voice.py --scenarios 5pct,5pct-nojitter --agent-ptime 0 \
        --agent-jb-discard progressive --worker-jb-discard progressive   # before issue 22

Needs root (namespace, TUN), espeak-ng, PulseAudio and `pesq` (pip install -e '.[dev]').
Prints a table (median / minimum PESQ per direction, with RTCP and jitter-buffer figures).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.calls_parts.product import DID, FIRST_AGENT, prepare  # noqa: E402
from bench.voice_parts import speech  # noqa: E402
from bench.voice_parts.processes import JsonProcess  # noqa: E402
from tests.softphone import pulse  # noqa: E402
from tests.support.net import free_port, free_sip_port  # noqa: E402
from tests.support.netimpair import CLEAN, ImpairedLink, Impairment, unavailable  # noqa: E402


@dataclass(frozen=True)
class Scenario:
    name: str
    impairment: Impairment
    event: str = ""  # "outage": 3 s of nothing mid-call; "address": the agent's address moves

    def describe(self) -> str:
        text = self.impairment.describe()
        if self.event == "outage":
            return "3 s outage mid-call"
        if self.event == "address":
            return "address change mid-call"
        return text


SCENARIOS = (
    Scenario("clean", CLEAN),
    Scenario("1pct", Impairment(loss=0.01, delay_ms=30, jitter_ms=15)),
    Scenario("5pct", Impairment(loss=0.05, delay_ms=40, jitter_ms=40)),
    Scenario("10pct", Impairment(loss=0.10, delay_ms=60, jitter_ms=60)),
    # the same loss without jitter: what the loss alone costs (the concealment's ceiling)
    Scenario("5pct-nojitter", Impairment(loss=0.05, delay_ms=40)),
    Scenario("10pct-nojitter", Impairment(loss=0.10, delay_ms=60)),
    Scenario("bursts", Impairment(loss=0.03, delay_ms=30, jitter_ms=15, burst=5)),
    Scenario("outage", Impairment(delay_ms=30, jitter_ms=15), event="outage"),
    Scenario("address", Impairment(delay_ms=30, jitter_ms=15), event="address"),
)
QUICK = ("clean", "5pct")


@dataclass
class Result:
    scenario: str
    link: str
    agent_hears: speech.Score
    customer_hears: speech.Score
    agent: dict[str, Any]  # the softphone's stream and bridge figures
    customer: dict[str, Any]  # the customer's stream figures
    link_stats: dict[str, int]


class Bench:
    """The link, the product, the virtual sound devices and both phones, for all scenarios."""

    def __init__(self, work: Path, args: argparse.Namespace) -> None:
        self.work = work
        self.args = args
        self.stack = contextlib.ExitStack()
        self.agent_speech = speech.make_speech(speech.AGENT_TEXT, work, "agent")
        self.customer_speech = speech.make_speech(speech.CUSTOMER_TEXT, work, "customer")

    def __enter__(self) -> Bench:
        self.stack.__enter__()
        try:
            self._start()
        except BaseException:
            self.stack.__exit__(None, None, None)  # stop whatever did start
            raise
        return self

    def _start(self) -> None:
        self.link = self.stack.enter_context(ImpairedLink(seed=self.args.seed))
        self.rig = pulse.PulseRig(self.work / "pulse")
        self.rig.start()
        self.stack.callback(self.rig.stop)
        self._feed_microphone()
        self._start_product()
        self.customer = JsonProcess(
            [
                sys.executable,
                "-m",
                "bench.voice_parts.customer",
                "--host",
                self.link.host_ip,
                "--jb",
                json.dumps(jb_dict(self.args.customer_jb)),
            ],
            ROOT,
            self.work / "customer.log",
        )
        self.stack.callback(self.customer.stop)
        self.customer.wait("ready", 20)
        self._start_agent()

    def __exit__(self, *exc: object) -> None:
        self.stack.__exit__(None, None, None)

    # -- set-up ---------------------------------------------------------------------------
    def _feed_microphone(self) -> None:
        """What the agent says: the agent's speech looped into the virtual microphone."""
        raw = self.work / "agent.raw"
        pcm = (self.agent_speech * 32767).astype("<i2").tobytes()
        raw.write_bytes(pcm * 4)
        proc = subprocess.Popen(
            [
                "sh",
                "-c",
                f"while true; do cat {raw}; done | pacat --playback -d vmicfeed "
                f"--rate={speech.RATE} --channels=1 --format=s16le --latency-msec=40",
            ],
            env=self.rig.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.rig.helpers.append(proc)

    def _start_product(self) -> None:
        data_dir = self.work / "data"
        prepare(data_dir, 1)
        http, sip = free_port(), free_sip_port()
        log = (self.work / "server.log").open("wb")
        args = [
            sys.executable,
            "-m",
            "server_stub",
            "run",
            "--data-dir",
            str(data_dir),
            "--http-port",
            str(http),
            "--sip-host",
            self.link.host_ip,
            "--sip-port",
            str(sip),
            "--log-level",
            "info",
            "--max-workers",
            "2",
        ]
        proc = subprocess.Popen(
            args,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1", **self.worker_env()),
        )
        log.close()
        self.stack.callback(stop_group, proc)
        self.base = f"http://127.0.0.1:{http}/api/v1"
        self.edge = f"{self.link.host_ip}:{sip}"
        deadline = time.monotonic() + 90
        while True:
            with contextlib.suppress(httpx.TransportError, ValueError, KeyError):
                health = httpx.get(f"{self.base}/health", timeout=5).json()
                if health["checks"].get("media_workers") == "ok":
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "the product did not start:\n" + (self.work / "server.log").read_text()[-3000:]
                )
            time.sleep(0.3)

    def worker_env(self) -> dict[str, str]:
        """Media worker settings (see `python -m server_stub.media --help`)."""
        env = {"CALLCENTER_MEDIA_JB": self.args.worker_jb} if self.args.worker_jb else {}
        if self.args.worker_clock:
            env["CALLCENTER_MEDIA_CLOCK"] = str(self.args.worker_clock)
        if self.args.worker_ptime >= 0:
            env["CALLCENTER_MEDIA_PTIME"] = str(self.args.worker_ptime)
        if self.args.worker_jb_discard:
            env["CALLCENTER_MEDIA_JB_DISCARD"] = self.args.worker_jb_discard
        return env

    def _start_agent(self) -> None:
        agent_id = str(FIRST_AGENT)
        login = httpx.post(
            f"{self.base}/auth/login", timeout=30, json={"agent_id": agent_id, "password": "demo"}
        )
        login.raise_for_status()
        self.token = login.json()["token"]
        jb = [str(x) for x in self.args.agent_jb.split(",")] if self.args.agent_jb else []
        flags = []
        for flag, value in zip(
            ("--jb-init", "--jb-min-pre", "--jb-max-pre", "--jb-max"), jb, strict=False
        ):
            if value.strip():
                flags += [flag, value]
        if self.args.agent_ptime >= 0:
            flags += ["--ptime", str(self.args.agent_ptime)]
        if self.args.agent_jb_discard:
            flags += ["--jb-discard", self.args.agent_jb_discard]
        env = dict(self.rig.env, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        self.agent = JsonProcess(
            self.link.command(
                [
                    sys.executable,
                    "-m",
                    "bench.voice_parts.agent",
                    "--sip",
                    json.dumps(login.json()["sip"]),
                    *flags,
                ]
            ),
            ROOT,
            self.work / "agent.log",
            env=env,
        )
        self.stack.callback(self.agent.stop)
        self.agent.wait("registration", 30, where=lambda e: e["state"] == "registered")
        self.set_ready()

    def set_ready(self) -> None:
        deadline = time.monotonic() + 20
        while True:
            r = httpx.post(
                f"{self.base}/agents/me/state",
                timeout=10,
                headers={"Authorization": f"Bearer {self.token}"},
                json={"state": "ready"},
            )
            if r.status_code == 200 or time.monotonic() > deadline:
                r.raise_for_status()
                return
            time.sleep(0.5)

    # -- one call ---------------------------------------------------------------------------
    def run(self, scenario: Scenario, talk_s: float) -> Result:
        self.link.set(CLEAN)
        self.set_ready()
        self.agent.drain()
        self.customer.drain()
        self.customer.send(
            cmd="call", uri=f"sip:{DID}@{self.edge}", speech=str(self.work / "customer.wav")
        )
        self.agent.wait("media", 30, where=lambda e: e["active"])
        self.customer.wait("media", 30)
        self.link.set(scenario.impairment)
        self.link.reset_stats()
        time.sleep(2.0)  # let the jitter buffers settle on the new link
        heard_path = self.work / f"customer-heard-{scenario.name}.wav"
        self.customer.send(cmd="record", path=str(heard_path))
        agent_heard: list[Any] = []
        recorder = threading.Thread(
            target=lambda: agent_heard.append(self.rig.record("vspk.monitor", talk_s))
        )
        recorder.start()
        if scenario.event:
            time.sleep(talk_s / 2)
            if scenario.event == "outage":
                self.link.outage(3.0)
            elif scenario.event == "address":
                self.link.change_address()
        recorder.join(talk_s + 30)
        self.agent.send(cmd="stats")
        self.customer.send(cmd="stats")
        agent_stats = self.agent.wait("stats", 10)
        customer_stats = self.customer.wait("stats", 10)
        self.customer.send(cmd="stop_record")
        self.customer.wait("recorded", 10)
        self.customer.send(cmd="hangup")
        with contextlib.suppress(TimeoutError):
            self.customer.wait("ended", 15)
        with contextlib.suppress(TimeoutError):
            self.agent.wait("ended", 15)
        link_stats = {
            "to_agent_lost": self.link.to_ns.stats.lost + self.link.to_ns.stats.blacked_out,
            "to_agent": self.link.to_ns.stats.received,
            "from_agent_lost": self.link.from_ns.stats.lost + self.link.from_ns.stats.blacked_out,
            "from_agent": self.link.from_ns.stats.received,
        }
        self.link.set(CLEAN)
        time.sleep(0.5)  # the recorder's WAV header is written when it is destroyed
        heard_customer, rate = speech.read_wav(heard_path)
        heard_agent = speech.resample(agent_heard[0], pulse.RATE) if agent_heard else None
        return Result(
            scenario.name,
            scenario.describe(),
            speech.score(heard_agent, self.customer_speech)
            if heard_agent is not None
            else speech.Score(0, 0, 0, 0),
            speech.score(speech.resample(heard_customer, rate), self.agent_speech),
            {k: v for k, v in agent_stats.items() if k != "event"},
            customer_stats.get("stats") or {},
            link_stats,
        )


def jb_dict(text: str) -> dict[str, int]:
    names = ("jbInit", "jbMinPre", "jbMaxPre", "jbMax")
    return {n: int(v) for n, v in zip(names, text.split(","), strict=False) if v} if text else {}


def stop_group(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


def table(results: list[Result]) -> str:
    rows = [
        "| link, each way | agent hears (median / min) | customer hears (median / min) | "
        "agent RTP lost / jitter | agent jitter buffer (delay, lost, empty) | "
        "worker saw from agent (lost / jitter) | link dropped (to / from agent) |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        st = r.agent.get("stats") or {}
        rows.append(
            f"| {r.link} | {r.agent_hears.text()} | {r.customer_hears.text()} | "
            f"{st.get('rx_lost', '-')} / {st.get('rx_jitter_ms', 0):.0f} ms | "
            f"{st.get('jb_delay_ms', 0):.0f} ms, {st.get('jb_lost', '-')}, "
            f"{st.get('jb_empty', '-')} | "
            f"{st.get('tx_lost', '-')} / {st.get('tx_jitter_ms', 0):.0f} ms | "
            f"{r.link_stats['to_agent_lost']}/{r.link_stats['to_agent']} / "
            f"{r.link_stats['from_agent_lost']}/{r.link_stats['from_agent']} |"
        )
    return "\n".join(rows)


@contextlib.contextmanager
def workdir(path: str | None) -> Iterator[Path]:
    import tempfile

    if path:
        Path(path).mkdir(parents=True, exist_ok=True)
        yield Path(path)
    else:
        with tempfile.TemporaryDirectory(prefix="voice-bench-") as tmp:
            yield Path(tmp)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "--quick", action="store_true", help=f"CI: scenarios {', '.join(QUICK)}, 17 s of talk each"
    )
    p.add_argument(
        "--scenarios", default="", help="comma-separated: " + ", ".join(s.name for s in SCENARIOS)
    )
    p.add_argument(
        "--talk",
        type=float,
        default=0.0,
        help="seconds of talk scored per call (default 49: six 8 s windows)",
    )
    p.add_argument(
        "--agent-jb",
        default="",
        help="softphone jitter buffer ms: init,minpre,maxpre,max (-1: default)",
    )
    p.add_argument("--worker-jb", default="", help="media worker jitter buffer, same form")
    p.add_argument(
        "--worker-clock",
        type=int,
        default=0,
        choices=(0, 8000, 16000),
        help="media worker conference clock (0: the product's default)",
    )
    discards = ("none", "static", "progressive")
    p.add_argument(
        "--agent-jb-discard",
        default="",
        choices=("", *discards),
        help="softphone jitter buffer discard algorithm (default: the product's)",
    )
    p.add_argument("--worker-jb-discard", default="", choices=("", *discards))
    p.add_argument(
        "--agent-ptime",
        type=int,
        default=-1,
        choices=(-1, 0, 10, 20, 30, 40),
        help="RTP packet time the softphone sends, ms (0: the codec's 20; -1: the product's)",
    )
    p.add_argument("--worker-ptime", type=int, default=-1, choices=(-1, 0, 10, 20, 30, 40))
    p.add_argument("--customer-jb", default="", help="customer phone jitter buffer, same form")
    p.add_argument(
        "--nice",
        type=int,
        default=-10,
        help="priority of the bench and everything it starts (default -10: the "
        "audio of a desktop, not the load of a shared build box, is measured)",
    )
    p.add_argument("--seed", type=int, default=1, help="the link's random seed")
    p.add_argument("--json", default="", help="also write the results here")
    p.add_argument("--workdir", default="", help="keep recordings and logs here")
    args = p.parse_args(argv)
    reason = unavailable() or pulse.available()
    if reason:
        print(f"voice bench: {reason}", file=sys.stderr)
        return 2
    names = (
        args.scenarios.split(",")
        if args.scenarios
        else (list(QUICK) if args.quick else [s.name for s in SCENARIOS])
    )
    by_name = {s.name: s for s in SCENARIOS}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        print(f"voice bench: unknown scenario(s) {unknown}", file=sys.stderr)
        return 2
    talk = args.talk or (17.0 if args.quick else 49.0)
    if args.nice:
        os.nice(args.nice)  # children (PulseAudio, phones, server, workers) inherit it
    results = []
    started = time.monotonic()
    with workdir(args.workdir) as work, Bench(work, args) as bench:
        print(
            f"voice bench: product up, agent {bench.link.ns_ip} behind the link, "
            f"edge {bench.edge} ({time.monotonic() - started:.0f} s)",
            flush=True,
        )
        for name in names:
            result = bench.run(by_name[name], talk)
            st = result.agent.get("stats") or {}
            print(
                f"  {name}: agent hears {result.agent_hears.text()}, customer hears "
                f"{result.customer_hears.text()}; agent jb {st.get('jb_delay_ms', 0):.0f} ms, "
                f"lost {st.get('jb_lost', '-')}, empty {st.get('jb_empty', '-')}, "
                f"discard {st.get('jb_discard', '-')}; customer jb "
                f"{result.customer.get('jb_delay_ms', 0):.0f} ms; bridge underruns "
                f"{result.agent.get('speaker_underruns', '-')} (speaker) / "
                f"{result.agent.get('mic_underruns', '-')} (mic); load {os.getloadavg()[0]:.2f}",
                flush=True,
            )
            results.append(result)
    print()
    print(
        f"settings: agent jb {args.agent_jb or 'default'}, worker jb "
        f"{args.worker_jb or 'default'}, worker clock {args.worker_clock or 'default'}, "
        f"customer jb {args.customer_jb or 'default'}, jb discard agent "
        f"{args.agent_jb_discard or 'default'} / worker {args.worker_jb_discard or 'default'}, "
        f"ptime agent {args.agent_ptime} / worker {args.worker_ptime} (-1: default), "
        f"nice {args.nice}; "
        f"{talk:.0f} s of talk per call"
    )
    print(table(results))
    print(f"\n{time.monotonic() - started:.0f} s in all")
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
