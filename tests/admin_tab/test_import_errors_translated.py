"""A real server refuses an import's bad rows with an error_id and parameters per row; the
desktop words them in the user's language (zh_CN here), and falls back to the server's
English for an id it does not know."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent_desktop.admin.api import AdminApi
from agent_desktop.admin.errors import RowError
from agent_desktop.admin.importer import ImportPresenter
from agent_desktop.admin.texts import AdminTexts
from agent_desktop.cti import CtiClient
from agent_desktop.i18n import Translations
from agent_desktop.presenters.tasks import TaskRunner
from server_stub import demo
from tests.desktop.conftest import LiveServer, run

pytestmark = pytest.mark.ui

CSV = (
    "agent_id,name,role,team,queues,password\n"
    "2001,王芳,boss,,sales:1,generate\n"
    "2002,张伟,agent,nowhere,sales:12,generate\n"
)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_import_row_errors_in_the_users_language(
    loop: Any, live_server: LiveServer, tmp_path: Path, language: str
) -> None:
    client = CtiClient(live_server.url)
    run(loop, client.login("9000", demo.DEMO_PASSWORD))  # the demo admin
    source = tmp_path / "agents.csv"
    source.write_text(CSV, encoding="utf-8")
    translator = Translations()
    try:
        assert translator.set_language(language)
        importer = ImportPresenter(AdminApi(client), TaskRunner(), AdminTexts())
        assert importer.open_file(source)
        assert run(loop, importer.submit_async()) is None  # refused: nothing imported
        model = importer.model
        problems = [model.index(r, model.columnCount() - 1).data() for r in range(2)]
        if language == "zh_CN":
            assert problems[0].startswith("role: 未知角色“boss”（可选：")
            assert "team: 未知班组“nowhere”" in problems[1]
            assert "queues: 技能组“sales”的级别须为 1-9" in problems[1]
            assert not any(word in " ".join(problems) for word in ("unknown", "must be"))
        else:
            assert problems[0].startswith("role: unknown role 'boss' (one of ")
            assert "team: unknown team 'nowhere'" in problems[1]
    finally:
        translator.set_language("en")
        run(loop, client.close())


def test_an_unknown_error_id_shows_the_servers_words(loop: Any) -> None:
    texts = AdminTexts()
    assert (
        texts.row_error(RowError(3, "role", "something new", "import_new_rule", {"x": "1"}))
        == "something new"
    )
    assert texts.row_error(RowError(3, "role", "old server text")) == "old server text"
    # a known id whose parameters are missing (another server version): its own words
    assert (
        texts.row_error(RowError(3, "team", "unknown team 'x'", "import_unknown_team"))
        == "unknown team 'x'"
    )
