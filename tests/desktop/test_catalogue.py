"""One catalogue for the whole desktop: every tr() text has Chinese, the shipped .qm says
what the texts modules say, and one translator serves every area (issue 10)."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from agent_desktop.i18n import I18N_DIR, Translations

ROOT = Path(__file__).resolve().parents[2]
# Finished zh_CN entries when the six per-area catalogues became one (602, issue 10):
# the count may grow; it drops only when texts leave the code.
FINISHED_AT_MERGE = 602


def _update_script() -> ModuleType:
    path = ROOT / "resources" / "i18n" / "update.py"
    spec = importlib.util.spec_from_file_location("i18n_update", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The zh_CN catalogue extracted from today's code into a temporary folder and filled
    from resources/i18n/texts/ (what update.py would ship), with its report."""
    update = _update_script()
    folder = tmp_path_factory.mktemp("i18n")
    report = update.refresh("zh_CN", directory=folder, compile_qm=False)
    return folder / "agent_desktop_zh_CN.ts", report


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_tr_text_in_the_code_has_chinese(fresh: tuple[Path, Any]) -> None:
    _, report = fresh
    assert report.missing == [], (
        "add them to resources/i18n/texts/<area>.py, then run resources/i18n/update.py"
    )
    assert report.entries == report.finished >= FINISHED_AT_MERGE


def test_the_shipped_catalogue_is_complete_and_current(fresh: tuple[Path, Any], qapp: Any) -> None:
    """The shipped .qm translates every text of the code as the texts modules say: nothing
    was added to the code or the texts without running resources/i18n/update.py."""
    ts, _ = fresh
    shipped = _messages(I18N_DIR / "agent_desktop_zh_CN.ts")
    finished = [
        m
        for m in shipped.values()
        if m.find("translation") is not None and m.find("translation").get("type") is None
    ]  # type: ignore[union-attr]
    assert len(finished) == len(shipped) >= FINISHED_AT_MERGE
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / "agent_desktop_zh_CN.qm"))
    stale = []
    for (context, source), message in _messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            expected = translation.findtext("numerusform") or ""  # zh_CN: one form
            got = translator.translate(context, source, None, 2)  # tr() puts in the 2
        else:
            expected, got = translation.text or "", translator.translate(context, source)
        if got != expected:
            stale.append((context, source, got, expected))
    assert not stale, f"run resources/i18n/update.py: {stale[:5]}"


def test_one_translator_serves_every_area_with_its_own_words(qapp: Any) -> None:
    """The same English word keeps each area's Chinese ("Listen": 试听 a prompt in the Admin
    tab, 监听 a call in the supervisor tab), and English keeps its plural forms."""
    translations = Translations()
    translate = QCoreApplication.translate
    try:
        assert translations.set_language("zh_CN")
        assert translate("PromptsPage", "Listen") == "试听"
        assert translate("LivePage", "Listen") == "监听"
        assert translate("DiagnosticsPage", "OK") == "正常"
        assert translate("AudioSettingsDialog", "OK") == "确定"
        assert translate("ArticleEditor", "Queues") == "队列"
        assert translate("AdminTexts", "Queues") == "技能组"
        assert translate("MainWindow", "Supervisor") == "班长席"
        assert translate("TrayIcon", "Sign out") == "签出"
        assert translations.set_language("en")
        assert (
            translate("MainWindow", "%n wrap-up(s) waiting to sync", None, 2)
            == "2 wrap-ups waiting to sync"
        )
        assert translate("LivePage", "Listen") == "Listen"
    finally:
        translations.set_language("en")
