"""The per-user MSI built by wixl from a dummy payload, checked table by table with msiinfo.

The Windows bundle cannot be built here; a folder with an agent-desktop.exe stands in."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.installer.conftest import ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("wixl") is None or shutil.which("msiinfo") is None,
    reason="needs wixl and msitools (apt-get install wixl msitools)",
)

APP = r"Software\CallCenter\AgentWorkstation"
SCHEMES = ("tel", "callto", "sip")


def build(payload: Path, out: Path) -> Path:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build_msi.py"),
            "--payload",
            str(payload),
            "--out",
            str(out),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1])


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """`msiinfo export` rows as dicts (line 1 column names, 2 types, 3 table and keys)."""
    text = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    lines = text.splitlines()
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in lines[3:]]


@pytest.fixture(scope="module")
def payload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("payload")
    (root / "_internal" / "resources" / "icons").mkdir(parents=True)
    (root / "agent-desktop.exe").write_bytes(b"MZ dummy")
    (root / "_internal" / "python311.dll").write_bytes(b"dummy")
    (root / "_internal" / "resources" / "icons" / "app.svg").write_text("<svg/>")
    return root


@pytest.fixture(scope="module")
def msi(payload: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(payload, tmp_path_factory.mktemp("msi"))


def test_version_and_per_user_scope(msi: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    props = {r["Property"]: r["Value"] for r in table(msi, "Property")}
    assert props["ProductVersion"] == version
    assert msi.name == f"AgentWorkstation-{version}-x64.msi"
    assert "ALLUSERS" not in props  # per-user: no ALLUSERS=1
    suminfo = subprocess.run(
        ["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True
    ).stdout
    word_count = int(
        next(line for line in suminfo.splitlines() if line.startswith("Source:")).split()[1]
    )
    assert word_count & 8, "Word Count bit 3: no elevated privileges needed"
    assert "x64;1033" in suminfo


def test_files_go_under_local_app_data(msi: Path) -> None:
    dirs = {r["Directory"]: r for r in table(msi, "Directory")}
    assert dirs["INSTALLDIR"]["DefaultDir"] == "Agent Workstation"
    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramsDir"
    assert dirs["ProgramsDir"]["Directory_Parent"] == "LocalAppDataFolder"
    assert {r["FileName"] for r in table(msi, "File")} == {
        "agent-desktop.exe",
        "python311.dll",
        "app.svg",
    }


def test_start_menu_shortcut(msi: Path) -> None:
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Name"] == "Agent Workstation"
    assert shortcut["Target"] == "[INSTALLDIR]agent-desktop.exe"
    assert shortcut["Icon_"] == "AppIcon.ico"


def test_url_handlers_as_windows_expects(msi: Path) -> None:
    rows = table(msi, "Registry")
    assert {r["Root"] for r in rows} == {"1"}  # HKCU only: no admin rights needed
    values = {(r["Key"], r["Name"]): r["Value"] for r in rows}
    command = '"[INSTALLDIR]agent-desktop.exe" "%1"'
    for scheme in SCHEMES:
        progid = rf"Software\Classes\AgentWorkstation.URL.{scheme}"
        assert values[(progid, "URL Protocol")] == ""
        assert values[(progid + r"\shell\open\command", "")] == command
        assert values[(progid + r"\DefaultIcon", "")] == '"[INSTALLDIR]agent-desktop.exe",0'
        assert values[(APP + r"\Capabilities\URLAssociations", scheme)] == (
            f"AgentWorkstation.URL.{scheme}"
        )
        # the scheme itself only gets "URL Protocol": no shell\open\command that would
        # take over the user's default; the user chooses in Settings > Default apps
        assert values[(rf"Software\Classes\{scheme}", "URL Protocol")] == ""
        assert not any(k.startswith(rf"Software\Classes\{scheme}\shell") for k, _ in values)
    assert values[(APP + r"\Capabilities", "ApplicationName")] == "Agent Workstation"
    assert values[(r"Software\RegisteredApplications", "AgentWorkstation")] == (
        APP + r"\Capabilities"
    )


def test_major_upgrade_replaces_older_versions(msi: Path, payload: Path, tmp_path: Path) -> None:
    props = {r["Property"]: r["Value"] for r in table(msi, "Property")}
    upgrades = table(msi, "Upgrade")
    assert {r["UpgradeCode"] for r in upgrades} == {props["UpgradeCode"]}
    older = next(r for r in upgrades if r["ActionProperty"] == "WIX_UPGRADE_DETECTED")
    assert older["VersionMin"] == "" and older["VersionMax"] == props["ProductVersion"]
    actions = {r["Action"] for r in table(msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= actions
    again = {r["Property"]: r["Value"] for r in table(build(payload, tmp_path), "Property")}
    assert again["UpgradeCode"] == props["UpgradeCode"]
    assert again["ProductCode"] != props["ProductCode"]  # every build is a new product
