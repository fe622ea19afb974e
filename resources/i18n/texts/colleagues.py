"""zh_CN texts of the Colleagues tab (同事: agent_desktop/colleagues): the presence
directory, internal calls (内线) and pickup (代答)."""

from __future__ import annotations

ZH_CN: dict[str, str | list[str]] = {
    "Colleagues": "同事",
    "Colleagues signed in": "已签入的同事",
    "Filter by agent ID, name or state (Ctrl+Shift+D)": "按工号、姓名或状态筛选（Ctrl+Shift+D）",
    "%1 of %2 colleagues": "显示 %1 / 共 %2 位同事",
    "Agent ID": "工号",
    "Name": "姓名",
    "State": "状态",
    "Ringing with": "振铃来电",
    "Ready": "置闲",
    "Not ready": "置忙",
    "Ringing": "振铃中",
    "On call": "通话中",
    "Wrap-up": "话后整理",
    "%1 · %2 (Ctrl+Shift+P picks up)": "%1 · %2（Ctrl+Shift+P 代答）",
    "Call (Enter)": "内线呼叫（Enter）",
    "Internal call: your phone rings first; answer it, then it rings theirs.": (
        "内线呼叫：先振铃您的话机，接起后再呼叫同事。"
    ),
    "Pick up (Ctrl+Shift+P)": "代答（Ctrl+Shift+P）",
    "Take the call ringing this colleague: it rings your phone instead.": (
        "代接这位同事正在振铃的来电：改为振铃您的话机。"
    ),
    "Refresh": "刷新",
    "The directory is not available on this server yet.": "此服务器尚不支持同事目录。",
    "The directory could not be loaded: %1": "无法加载同事目录：%1",
}
