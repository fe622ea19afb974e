"""Safe Markdown rendering and snippet conversion (pure functions, no Qt)."""

from __future__ import annotations

import re

import pytest

from agent_desktop.kb.markdown import render_markdown, snippet_html

ALLOWED = {
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "hr",
    "br",
    "a",
}


def tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z0-9]+)", html)}


@pytest.mark.parametrize(
    "evil",
    [
        "<script>alert(1)</script>",
        "<img src=http://evil.example/x.png>",
        '<a href="javascript:alert(1)">x</a>',
        "![tracker](http://evil.example/t.gif)",
        "[site](http://evil.example/)",
        "<iframe src=//evil.example></iframe>",
        '<div style="background:url(http://evil.example/)">x</div>',
        "**<b onmouseover=alert(1)>x</b>**",
        "`<script>`",
        "```\n<script>alert(1)</script>\n```",
    ],
)
def test_no_markup_or_remote_content_survives(evil: str) -> None:
    html = render_markdown(f"# T\n\n{evil}\n\n- item {evil}")
    assert tags(html) <= ALLOWED
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    assert not re.search(r'href="(?!dial:)', html), html
    assert "http://evil" not in re.findall(r'href="([^"]*)"', html)


def test_subset_renders() -> None:
    html = render_markdown(
        "## 退款条件\n\n签收后 **7 天内** 可申请，*注意*\n\n- 一\n- 二\n\n1. a\n2. b"
    )
    assert "<h3>退款条件</h3>" in html and "<b>7 天内</b>" in html and "<i>注意</i>" in html
    assert "<ul>\n<li>一</li>\n<li>二</li>\n</ul>" in html
    assert "<ol>\n<li>a</li>\n<li>b</li>\n</ol>" in html


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("请拨打 400-800-1000 咨询", "4008001000"),
        ("finance +86 21 6666 8888.", "+862166668888"),
        ("值班经理 138 0013 8000", "13800138000"),
        ("物流 010-8888 6666。", "01088886666"),
        ("工商银行 95588", "95588"),
        ("[call us](tel:+86-10-1234567)", "+86101234567"),
    ],
)
def test_phone_numbers_become_dial_links(text: str, digits: str) -> None:
    assert f'href="dial:{digits}"' in render_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "3-5 个工作日",
        "8:00-20:00",
        "100 积分可抵扣 1 元",
        "order 2024",
        "`400-800-1000`",
        "v1.2.3456789",
    ],
)
def test_things_that_are_not_phone_numbers(text: str) -> None:
    assert "dial:" not in render_markdown(text)


def test_snippet_keeps_only_marks() -> None:
    assert snippet_html("a <mark>退款</mark> &lt;b&gt;") == (
        'a <span style="background-color:#ffe58a;color:#000000">退款</span> &lt;b&gt;'
    )
    hostile = snippet_html("<img src=http://x/y.png><mark>x<script>")
    assert "<img" not in hostile and "<script" not in hostile and hostile.endswith("</span>")
