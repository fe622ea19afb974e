"""Other SIP implementations against the product: Debian's SIPp as an external customer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import Product, free_port

pytestmark = [pytest.mark.e2e, pytest.mark.sip_audio]
SCENARIO = Path(__file__).parent / "scenarios" / "customer_call.xml"


def test_sipp_customer_reaches_the_ivr_and_leaves_a_call_record(
    product: Product, tmp_path: Path
) -> None:
    sipp = shutil.which("sipp")
    assert sipp, "sipp missing: apt-get install sip-tester (.ci/setup installs it)"
    lead = product.login("9001")["token"]
    host, port = product.sip.split(":")
    callers = tmp_path / "callers.csv"
    callers.write_text("SEQUENTIAL\n13700000001;\n")
    result = subprocess.run(
        [
            sipp,
            "-sf",
            str(SCENARIO),
            "-inf",
            str(callers),
            "-s",
            "4008002000",
            f"{host}:{port}",
            "-i",
            "127.0.0.1",
            "-p",
            str(free_port()),
            "-m",
            "1",
            "-timeout",
            "20",
            "-nostdin",
            "-trace_err",
            "-error_file",
            str(tmp_path / "sipp_err.log"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    (tmp_path / "sipp.out").write_text(result.stdout + result.stderr)
    assert result.returncode == 0, (result.stdout[-2000:], result.stderr[-2000:])
    record = product.wait_call(lead, lambda r: r["ani"] == "13700000001" and r["state"] == "ended")
    assert record["dnis"] == "4008002000" and record["end_cause"] == "caller_hangup"
