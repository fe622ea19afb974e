"""IVR prompts and music on hold: where they live, and how they are made.

Prompts are generated with espeak-ng (Chinese, then English, in one file as Chinese
hotlines do) and converted with sox to 16 kHz mono WAV; the generated files are shipped in
`resources/prompts/` and can be replaced by real recordings with the same names. Music on
hold is synthesised with sox into `resources/moh/default.wav` (a calm loop, no licence
questions). Regenerate: `python -m server_stub.telephony.prompts`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
PROMPTS_DIR = RESOURCES / "prompts"
MOH_DIR = RESOURCES / "moh"

PROMPTS: dict[str, tuple[str, str]] = {
    "welcome_menu": (
        "您好，欢迎致电示例公司。销售咨询请按1，客户服务请按2。",
        "Welcome. For sales, press 1. For customer service, press 2.",
    ),
    "welcome_support": ("您好，正在为您转接客服。", "Connecting you to customer service."),
    "invalid_choice": ("输入有误，请重新选择。", "Sorry, that is not a valid choice."),
    "please_hold": ("座席正忙，请您耐心等候。", "All agents are busy. Please hold."),
    "connecting": ("正在为您转接。", "Connecting you now."),
    "goodbye": (
        "抱歉，目前无法为您接通，请稍后再拨。再见。",
        "Sorry, we cannot take your call now. Please call again later. Goodbye.",
    ),
}


def prompt(name: str) -> Path:
    path = PROMPTS_DIR / f"{name}.wav"
    if not path.is_file():
        raise FileNotFoundError(f"prompt {name!r} missing: run python -m {__name__}")
    return path


def music_on_hold(name: str | None = None) -> Path:
    path = MOH_DIR / f"{name or 'default'}.wav"
    return path if path.is_file() else MOH_DIR / "default.wav"


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        raise SystemExit(f"{tool} is needed: apt-get install espeak-ng sox")
    return found


def generate() -> None:
    espeak, sox = _need("espeak-ng"), _need("sox")
    PROMPTS_DIR.mkdir(parents=True, exist_ok=True)
    MOH_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (zh, en) in PROMPTS.items():
            parts = []
            for lang, text, voice in (("zh", zh, "cmn"), ("en", en, "en-us")):
                raw = Path(tmp) / f"{name}-{lang}.wav"
                subprocess.run([espeak, "-v", voice, "-s", "170", "-w", str(raw), text], check=True)
                parts.append(str(raw))
            subprocess.run(
                [sox, parts[0], "-r", "16000", "-c", "1", "-b", "16", str(Path(tmp) / "zh.wav")],
                check=True,
            )
            subprocess.run(
                [sox, parts[1], "-r", "16000", "-c", "1", "-b", "16", str(Path(tmp) / "en.wav")],
                check=True,
            )
            subprocess.run(
                [
                    sox,
                    str(Path(tmp) / "zh.wav"),
                    str(Path(tmp) / "en.wav"),
                    str(PROMPTS_DIR / f"{name}.wav"),
                    "pad",
                    "0",
                    "0.3",
                ],
                check=True,
            )
    # Music on hold: a slow arpeggio of soft sine tones, 16 s, fades so it loops cleanly.
    notes = [("C4", "E4", "G4"), ("A3", "C4", "E4"), ("F3", "A3", "C4"), ("G3", "B3", "D4")]
    with tempfile.TemporaryDirectory() as tmp:
        chords = []
        for i, chord in enumerate(notes):
            path = Path(tmp) / f"chord{i}.wav"
            subprocess.run(
                [
                    sox,
                    "-n",
                    "-r",
                    "16000",
                    "-c",
                    "1",
                    "-b",
                    "16",
                    str(path),
                    "synth",
                    "4",
                    *[x for n in chord for x in ("sine", n)],
                    "fade",
                    "q",
                    "0.4",
                    "4",
                    "0.8",
                    "vol",
                    "0.25",
                ],
                check=True,
            )
            chords.append(str(path))
        subprocess.run([sox, *chords, str(MOH_DIR / "default.wav")], check=True)


if __name__ == "__main__":
    generate()
    print(f"prompts in {PROMPTS_DIR}, music in {MOH_DIR}", file=sys.stderr)
