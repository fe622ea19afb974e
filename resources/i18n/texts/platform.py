"""zh_CN texts of the tray icon, diagnostics page, start at login (`agent_desktop/platform/`)."""

from __future__ import annotations

ZH_CN: dict[str, str | list[str]] = {
    # tray
    "Signed out": "已签出",
    "Ready": "置闲",  # the state bar's words (agent_desktop_zh_CN)
    "Not ready": "置忙",
    "Incoming call": "来电",
    "On a call": "通话中",
    "Wrap-up": "话后整理",
    "Agent workstation": "座席工作台",
    "Show window": "显示窗口",
    "Sign out": "签出",
    "Quit": "退出",
    # diagnostics page
    "Python": "Python",
    "Qt": "Qt",
    "SIP engine (pjsua2)": "SIP 引擎 (pjsua2)",
    "Operating system": "操作系统",
    "Microphones": "麦克风",
    "Speakers and headsets": "扬声器和耳机",
    "Codecs": "编解码器",
    "SIP over TLS": "SIP over TLS 加密信令",
    "Encrypted audio (SRTP)": "加密语音 (SRTP)",
    "Server": "服务器",
    "none found": "未找到",
    "available": "可用",
    "not in this build": "此版本不支持",
    "unknown": "未知",
    "available (SDES)": "可用 (SDES)",
    "available (SDES, DTLS)": "可用 (SDES, DTLS)",
    "Checking…": "正在检查…",
    "Copied to the clipboard.": "已复制到剪贴板。",
    "OK": "正常",
    "Problem": "异常",
    "Problems found: %1": "发现问题：%1 个",
    "Everything looks fine.": "一切正常。",
    "Diagnostics": "诊断",
    "If something does not work, copy this report and send it to your support team.": "如果有功能无法使用，请复制这份报告并发送给技术支持。",
    "Check": "检查项",
    "Status": "状态",
    "Details": "详情",
    "&Refresh": "刷新(&R)",
    "&Copy to clipboard": "复制到剪贴板(&C)",
    "Refresh the diagnostics": "重新检查",
    "Copy the report to the clipboard": "将报告复制到剪贴板",
}
