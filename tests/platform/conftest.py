"""Platform test fixtures: offscreen Qt (pytest-qt's qapp; never our own QApplication) and
the platform catalogue loaded for zh_CN tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def zh_cn(qapp: Any) -> Iterator[None]:
    """The desktop's zh_CN catalogue (the platform texts are in it) installed for one test."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(I18N / "agent_desktop_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
