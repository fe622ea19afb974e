"""Refresh the supervisor catalogue: pyside6-lupdate over agent_desktop/supervisor, fill
the zh_CN texts below into unfinished entries, pyside6-lrelease into supervisor_zh_CN.qm.

Run: .venv/bin/python resources/i18n/supervisor_update.py"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update import ROOT, refresh_catalogue  # the same rules as the main catalogue

ZH_CN: dict[str, object] = {
    "Quality": "通话质量", "⚠ Poor %1": "⚠ 较差 %1", "Good %1": "良好 %1", "Fair %1": "一般 %1",
    "Customer's line": "客户线路", "Agent's line": "座席线路",
    "%1: MOS %2 (worst %3), %4 % lost, jitter %5 ms, round trip %6 ms":
        "%1：MOS %2（最差 %3），丢包 %4 %，抖动 %5 毫秒，往返 %6 毫秒",
    "Agent": "座席", "Name": "姓名", "State": "状态", "Reason": "原因",
    "Time in state": "状态时长", "Current call": "当前通话", "Queue": "技能组",
    "Calls today": "今日通话", "Caller": "主叫号码", "Duration": "时长", "On hold": "保持中",
    "Called": "被叫号码",
    "IVR": "IVR 导航", "Queued": "排队中", "Ringing": "振铃中", "Dialling": "外呼中",
    "Talking": "通话中", "Ended": "已结束",
    "Sign out %1? Their calls in progress continue, but they stop receiving calls.":
        "确定强制签出 %1？进行中的通话不受影响，但不再分配新来电。",
    "Hang up the call of %1 with agent %2? The caller is disconnected at once.":
        "确定强拆 %1 与座席 %2 的通话？来电者会立即被挂断。",
    "Please confirm": "请确认", "Force not ready": "强制置忙", "Force sign-out…": "强制签出…",
    "Listening to": "正在监听", "Whispering on": "正在耳语", "Barged into": "已强插",
    "%1 call %2 — answer on your softphone": "%1 通话 %2 — 请在软电话上接听",
    "%1 %2 — audio on your headset, controls on the Calls tab":
        "%1 %2 — 声音在您的耳机中，控制按钮在“通话”页",
    "a call": "一通电话",
    "Live queues": "实时技能组", "Agents": "座席", "Calls in progress": "进行中的通话",
    "Filter by agent, name, reason, number…": "按工号、姓名、原因、号码筛选…",
    "All states": "全部状态", "Listen": "监听", "Whisper": "耳语", "Barge in": "强插",
    "Stop": "停止", "Force hang-up…": "强拆…", "Waiting": "排队数",
    "Longest wait": "最长等待", "Offered": "进线", "Answered": "接通", "Abandoned": "放弃",
    "Service level": "服务水平", "ASA": "平均应答", "AHT": "平均处理",
    "Service level (Cisco, negative impact): calls answered within the queue's threshold "
    "÷ (answered + abandoned + overflowed − short abandons). Short abandons (callers who "
    "hang up within the short-abandon time, 5 s by default) are removed; other abandons "
    "count against the service level.\nThresholds: %1":
        "服务水平（Cisco 负面影响算法）：在技能组阈值内接通的来电 ÷（接通 + 放弃 + 溢出 − "
        "短时放弃）。短时放弃（在短时放弃时间内挂断，默认 5 秒）不计入；其余放弃计为未达标。"
        "\n阈值：%1",
    "Longest time a caller now waiting has waited": "当前排队来电中等待最久的时长",
    "Abandoned calls (short abandons in brackets)": "放弃的来电（括号内为短时放弃）",
    "Average speed of answer: wait from joining the queue to answer":
        "平均应答速度：从进入技能组到接通的等待时长",
    "Average handle time: talk + hold + wrap-up per handled call":
        "平均处理时长：每通来电的通话 + 保持 + 话后整理",
    "Threshold %1 s": "阈值 %1 秒", "Started": "开始时间", "Talk": "通话时长",
    "Disposition": "处理结果", "Recording": "录音", "yes": "有", "Cannot play: %1": "无法播放：%1",
    "No speaker on this PC: recordings play in silence.": "本机没有扬声器：录音播放无声。",
    "Pause": "暂停", "Play": "播放", "Searching…": "正在查询…", "Calls found: %1": "找到通话：%1",
    "Showing the first %1; narrow the search.": "仅显示前 %1 条，请缩小查询范围。",
    "Loading the recording…": "正在加载录音…", "Save recording": "保存录音",
    "WAV audio (*.wav)": "WAV 音频 (*.wav)", "Saved %1": "已保存 %1", "Any": "全部",
    "&From:": "开始(&F)：", "&To:": "结束(&T)：", "&Agent:": "座席(&A)：",
    "&Queue:": "技能组(&Q)：", "&Number:": "号码(&N)：", "Talk ≥ (s):": "通话 ≥（秒）：",
    "Talk ≤ (s):": "通话 ≤（秒）：", "&Disposition:": "处理结果(&D)：",
    "caller or dialled number": "主叫或被叫号码", "any": "不限", "&Search": "查询(&S)",
    "Download WAV…": "下载 WAV…", "Search failed: %1": "查询失败：%1",
    "Could not load the recording: %1": "无法加载录音：%1",
    "Could not save the recording: %1": "无法保存录音：%1",
    "Ready": "置闲", "Not ready": "置忙", "On call": "通话中", "Wrap-up": "话后整理",
    "Signed out": "已签出", "Could not load the live figures: %1": "无法加载实时数据：%1",
    "Could not change %1: %2": "无法更改 %1：%2", "%1 signed out.": "%1 已被签出。",
    "%1 set to not ready.": "%1 已置忙。", "Could not hang up the call: %1": "无法强拆通话：%1",
    "Call hung up.": "通话已强拆。",
    "Monitoring is not available on this server yet.": "此服务器暂不支持监听。",
    "Monitoring failed: %1": "监听失败：%1", "Live": "实时监控", "Recordings": "录音查询",
    "Mask numbers": "号码脱敏",
    "Show caller numbers as 138****8000 (saved for you on this computer)":
        "号码显示为 138****8000（在本机为您保存）",
    "Recordings are not being saved": "录音未能保存",
    "SIP edge down: calls cannot reach agents": "SIP 边缘服务中断：来电无法接通座席",
    "Database busy: changes are held back": "数据库繁忙：更改暂缓写入",
    "No media workers: calls cannot be answered": "无媒体进程：无法接听来电",
    "%1 (%2)": "%1（%2）", "Alarm: %1": "告警：%1", "failed": "失败", "partial": "不完整",
    "Sign-ins": "登录记录", "Time": "时间", "Agent ID": "工号", "Address": "地址",
    "Outcome": "结果", "Device": "设备", "Signed in": "登录成功", "Wrong password": "密码错误",
    "Locked out for %1": "已锁定 %1", "known": "已知设备", "Refresh": "刷新",
    "Sign-in attempts not loaded: %1": "未能加载登录记录：%1",
    "Attempts in the last 24 hours: %1": "最近 24 小时内的尝试：%1 次",
    "You cannot force your own sign-out: it would end this session. Use Sign out instead.":
        "不能强制签出自己：这会结束当前会话。请使用“签出”。",
    "Failed sign-ins lock out one agent ID at one address for a while; colleagues at the "
    "same address and the agent's own desktop are not affected.":
        "多次登录失败只会暂时锁定该工号在该地址的登录；同一地址的其他同事以及该座席自己的"
        "电脑不受影响。",
}


def main() -> int:
    sources = sorted((ROOT / "agent_desktop" / "supervisor").glob("*.py"))
    return refresh_catalogue("supervisor", sources, ZH_CN)


if __name__ == "__main__":
    sys.exit(main())
