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
    # Inbound flows (docs/flows.md): the demo's second menu level, voicemail, survey...
    "support_menu": (
        "订单问题请按1，技术支持请按2，返回上级菜单请按星号。",
        "For orders, press 1. For technical support, press 2. To go back, press star.",
    ),
    "after_hours": (
        "现在是非工作时间。",
        "We are closed now.",
    ),
    "voicemail_greeting": (
        "请在提示音后留言，我们会尽快回复。",
        "Please leave a message after the tone.",
    ),
    "survey_question": (
        "请为本次服务评分，非常满意请按5，非常不满意请按1。",
        "Please rate our service from 1 to 5. 5 is best.",
    ),
    "survey_thanks": ("感谢您的评价，再见。", "Thank you for your rating. Goodbye."),
    "callback_noted": (
        "我们已记下您的号码，稍后会给您回电。",
        "We have noted your number and will call you back.",
    ),
    "enter_extension": (
        "请输入工号或分机号码，以井号键结束。",
        "Please enter the extension, then press hash.",
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


def generate(names: list[str] | None = None) -> None:
    """Make the prompts `names` (default: all, and the music on hold)."""
    espeak, sox = _need("espeak-ng"), _need("sox")
    PROMPTS_DIR.mkdir(parents=True, exist_ok=True)
    MOH_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (zh, en) in PROMPTS.items():
            if names and name not in names:
                continue
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
    if names:
        return
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


if __name__ == "__main__":  # python -m server_stub.telephony.prompts [NAME ...]
    generate(sys.argv[1:])
    print(f"prompts in {PROMPTS_DIR}, music in {MOH_DIR}", file=sys.stderr)
