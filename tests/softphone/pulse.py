"""A private PulseAudio daemon with virtual devices, for real-device softphone tests.

Starts `pulseaudio` as a child process (user mode, own runtime dir, no dbus), loads
null sinks for the speaker and ringer and a virtual microphone (a remapped sink
monitor), and writes an ALSA config so PortAudio's ALSA host API reaches them as
named devices (`vspk`, `vmic`, `vring`, plus `default` → Pulse). Everything it starts
is stopped by PID in `stop()`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import numpy as np

RATE = 48000


def asoundrc(speaker_server: str | None = None) -> str:
    """ALSA config naming the virtual devices; the speaker may live on another daemon."""
    server = f'server "{speaker_server}"; ' if speaker_server else ""
    return (
        f"pcm.vspk {{ type pulse; {server}device vspk }}\n"
        "pcm.vmic { type pulse; device vmic }\n"
        "pcm.vring { type pulse; device vring }\n"
        "pcm.!default { type pulse }\n"
        "ctl.!default { type pulse }\n"
    )


def available() -> str | None:
    """None if the tools exist, else the reason the real-device tests cannot run."""
    for tool in ("pulseaudio", "pacat", "parec", "pactl"):
        if shutil.which(tool) is None:
            return f"{tool} not found (apt-get install pulseaudio pulseaudio-utils)"
    if not Path(
        "/usr/lib/x86_64-linux-gnu/alsa-lib/libasound_module_pcm_pulse.so"
    ).exists() and not list(Path("/usr/lib").glob("*/alsa-lib/libasound_module_pcm_pulse.so")):
        return "ALSA pulse plugin missing (apt-get install libasound2-plugins)"
    return None


class PulseRig:
    """One PulseAudio daemon plus the helper processes (feeders, recorders) it serves."""

    def __init__(
        self,
        root: Path,
        sinks: tuple[str, ...] = ("vspk", "vring", "vmicfeed", "vother"),
        mic: bool = True,
        speaker_server: str | None = None,
    ) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root
        self.sinks = sinks
        self.mic = mic
        self.speaker_server = speaker_server
        self.env = dict(os.environ)
        self.env.update(
            XDG_RUNTIME_DIR=str(root),
            PULSE_RUNTIME_PATH=str(root),
            PULSE_SERVER=f"unix:{root}/native",
            PULSE_STATE_PATH=str(root / "state"),
            PULSE_COOKIE=str(root / "cookie"),
            ALSA_CONFIG_PATH=f"/usr/share/alsa/alsa.conf:{root}/asoundrc",
        )
        self.daemon: subprocess.Popen[bytes] | None = None
        self.helpers: list[subprocess.Popen[bytes]] = []
        self.modules: dict[str, int] = {}

    # -- daemon -------------------------------------------------------------------
    def start(self) -> None:
        (self.root / "asoundrc").write_text(asoundrc(self.speaker_server))
        (self.root / "default.pa").write_text(
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.root}/native\n"
        )
        log = open(self.root / "pulse.log", "wb")  # noqa: SIM115 - lives as long as the daemon
        self.daemon = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--use-pid-file=no",
                "--log-target=stderr",
                "-F",
                str(self.root / "default.pa"),
            ],
            env=self.env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.daemon.poll() is not None:
                raise RuntimeError(f"pulseaudio exited: {(self.root / 'pulse.log').read_text()}")
            if subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("pulseaudio did not answer within 10 s")
        for sink in self.sinks:
            self.load_sink(sink)
        if self.mic:
            self.modules["vmic"] = self._load(
                "module-remap-source", "source_name=vmic", "master=vmicfeed.monitor"
            )
            self.pactl("set-default-sink", "vother")
            self.pactl("set-default-source", "vmic")

    @property
    def server(self) -> str:
        return self.env["PULSE_SERVER"]

    def pactl(self, *args: str) -> str:
        out = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, check=True, timeout=10
        )
        return out.stdout.strip()

    def _load(self, module: str, *args: str) -> int:
        return int(self.pactl("load-module", module, *args))

    def load_sink(self, name: str) -> None:
        self.modules[name] = self._load(
            "module-null-sink", f"sink_name={name}", f"rate={RATE}", "channels=1"
        )

    def unload(self, name: str) -> None:
        self.pactl("unload-module", str(self.modules.pop(name)))

    # -- helpers ------------------------------------------------------------------
    def feed_tone(self, sink: str, freq: float, amplitude: float = 0.3) -> subprocess.Popen[bytes]:
        """Play a continuous sine into `sink` (e.g. vmicfeed = what the microphone hears)."""
        seconds = 600
        t = np.arange(RATE) / RATE
        second = (amplitude * 32767 * np.sin(2 * np.pi * freq * t)).astype("<i2").tobytes()
        path = self.root / f"tone{int(freq)}.raw"
        path.write_bytes(second * 10)
        proc = subprocess.Popen(
            [
                "sh",
                "-c",
                f"for i in $(seq {seconds // 10}); do cat {path}; done | "
                f"pacat --playback -d {sink} --rate={RATE} --channels=1 --format=s16le "
                "--latency-msec=40",
            ],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.helpers.append(proc)
        return proc

    def record(self, source: str, seconds: float) -> np.ndarray:
        """Capture `seconds` from a source (e.g. vspk.monitor) as float samples at RATE."""
        proc = subprocess.Popen(
            [
                "parec",
                "-d",
                source,
                f"--rate={RATE}",
                "--channels=1",
                "--format=s16le",
                "--latency-msec=20",
            ],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.helpers.append(proc)
        assert proc.stdout is not None
        want = int(seconds * RATE) * 2
        data = bytearray()
        deadline = time.monotonic() + seconds + 5
        os.set_blocking(proc.stdout.fileno(), False)
        while len(data) < want and time.monotonic() < deadline:
            chunk = proc.stdout.read(want - len(data))
            if chunk:
                data += chunk
            else:
                time.sleep(0.01)
        self._kill(proc)
        return np.frombuffer(bytes(data[: want - want % 2]), dtype="<i2").astype(np.float64) / 32768

    # -- teardown -----------------------------------------------------------------
    @staticmethod
    def _kill(proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)

    def stop(self) -> None:
        for proc in self.helpers:
            self._kill(proc)
        self.helpers.clear()
        if self.daemon is not None:
            self._kill(self.daemon)
            self.daemon = None
