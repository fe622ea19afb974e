"""bench/voice.py --quick runs end to end (CI): it fails on a crash, not on a score."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.softphone import pulse
from tests.support.netimpair import unavailable

ROOT = Path(__file__).resolve().parents[2]
SCORE = r"(\d\.\d\d) / (\d\.\d\d)"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.sip_audio,
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(unavailable() or pulse.available()), reason=str(unavailable() or pulse.available())
    ),
]


@pytest.mark.timeout(240)
def test_quick_voice_bench_scores_both_directions_of_two_scenarios(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "bench/voice.py", "--quick", "--workdir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=220,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    rows = [
        line
        for line in out.stdout.splitlines()
        if line.startswith("| ") and not line.startswith("| link")
    ]
    assert [row.split("|")[1].strip() for row in rows] == ["clean", "5% loss, 40±40 ms"]
    for row in rows:
        # both directions were heard and scored in windows (a number, whatever it is)
        assert len(re.findall(SCORE, row)) == 2, row
    # the softphone's stream figures are real: RTCP saw the 5 % the link dropped
    agent_lost = int(rows[1].split("|")[4].split("/")[0])
    assert agent_lost > 0, rows[1]
    # 10 ms packets both ways (issue 22): the softphone sends them and its a=ptime:10 makes
    # the media worker send them too; 17 s of talk at 20 ms would be ~900 packets each way
    to_agent, from_agent = re.findall(r"\d+/(\d+)", rows[0].split("|")[7])
    assert int(to_agent) > 1500 and int(from_agent) > 1500, rows[0]
    assert (tmp_path / "customer-heard-5pct.wav").stat().st_size > 100_000
