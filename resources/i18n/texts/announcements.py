"""zh_CN texts of announcements (公告: agent_desktop/announcements)."""

from __future__ import annotations

ZH_CN: dict[str, str | list[str]] = {
    "1 of %1": "第 1 条 / 共 %1 条",
    "Announcement from %1: %2": "公告（%1）：%2",
    "Announcement:": "公告内容：",
    "Announcements": "公告",
    "Got it": "知道了",
    "Post": "发布",
    "Posted by me (choose one to see who read it)": "我发布的公告（选择一条查看阅读情况）",
    "Read by %1 of %2": "已读 %1 / 共 %2 人",
    "Read receipts": "阅读回执",
    "To teams:": "发送班组：",
    "Write the announcement first.": "请先填写公告内容。",
    "everyone": "全体",
    "not read yet": "未读",
    "team names, separated by commas; empty: everyone": "班组名称，以逗号分隔；留空：全体",
}
