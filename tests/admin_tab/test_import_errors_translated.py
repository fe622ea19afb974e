"""A real server refuses an import's bad rows with an error_id and parameters per row; the
desktop words them in the user's language (zh_CN here), and falls back to the server's
English for an id it does not know."""

from __future__ import annotations

import re
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
    "2003,李雷,agent,,sales:1,short\n"
    "2004,韩梅,agent,,sales:1,pw-2004-abc\n"
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
        problems = [model.index(r, model.columnCount() - 1).data() for r in range(4)]
        if language == "zh_CN":  # the column's name and the problem, both in Chinese
            assert problems[0].startswith("角色：未知角色“boss”（可选：")
            assert "班组：未知班组“nowhere”" in problems[1]
            assert "技能组：技能组“sales”的级别须为 1-9" in problems[1]
            assert problems[2] == "初始密码：密码至少需要 8 个字符"
            assert problems[3] == "初始密码：密码不能包含工号"
            words = re.sub("“[^”]*”|（可选：[^）]*）", "", " ".join(problems))  # the file's values
            assert not re.search("[A-Za-z]{2,}", words), words
        else:
            assert problems[0].startswith("Role: unknown role 'boss' (one of ")
            assert "Team: unknown team 'nowhere'" in problems[1]
            assert problems[2] == "Initial password: a password needs at least 8 characters"
            assert problems[3] == "Initial password: a password may not contain the agent ID"
    finally:
        translator.set_language("en")
        run(loop, client.close())


def test_weak_password_rules_in_chinese_at_the_field(loop: Any) -> None:
    """A refused password is worded from its rule (server detail `rule`, `min_length`), not
    left in the server's English, and an unknown rule keeps the server's words."""
    from agent_desktop.admin.errors import field_errors
    from agent_desktop.cti import ApiError

    texts, translator = AdminTexts(), Translations()
    refused = ApiError(
        422,
        "weak_password",
        "a password needs at least 8 characters",
        [{"field": "new_password", "rule": "too_short", "min_length": "8"}],
    )
    try:
        assert translator.set_language("zh_CN")
        assert field_errors(refused, texts.error) == {
            "new_password": "密码不符合要求：密码至少需要 8 个字符"
        }
        assert texts.error("weak_password", "new rule", {"rule": "later"}) == (
            "密码不符合要求：new rule"
        )
    finally:
        translator.set_language("en")
    assert field_errors(refused, texts.error) == {
        "new_password": "a password needs at least 8 characters"
    }


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
