"""Refresh the Admin tab's catalogue: pyside6-lupdate over agent_desktop/admin and its two
Designer forms, fill the zh_CN texts below into unfinished entries, pyside6-lrelease into
admin_zh_CN.qm (installed by agent_desktop/i18n.py with the app's own).

Run: .venv/bin/python resources/i18n/admin_update.py"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update import ROOT, refresh_catalogue  # the same rules as the main catalogue

FORMS = ("change_password.ui", "agent_import.ui")

ZH_CN: dict[str, object] = {
    "Could not load %1: %2": "无法加载%1：%2", "Not saved: %1": "未保存：%1",
    "%1 saved.": "%1 已保存。", "Not deleted: %1": "未删除：%1", "%1 deleted.": "%1 已删除。",
    "Password not reset: %1": "密码未重置：%1",
    "Password of %1 reset: it must be changed at the next sign-in.":
        "%1 的密码已重置：下次登录时必须修改。",
    "Not uploaded: %1": "未上传：%1", "%1 uploaded.": "%1 已上传。",
    "Cannot play %1: %2": "无法播放 %1：%2",
    "Read-only: ask an administrator for changes.": "只读：如需修改请联系管理员。",
    "Agents": "座席", "Teams": "班组", "Queues": "技能组", "Numbers": "呼入号码",
    "Reason codes": "示忙原因", "Dispositions": "业务小结", "Prompts": "语音文件",
    "Roles": "角色权限", "Agent ID": "工号", "Name": "名称", "Full name": "姓名",
    "Role": "角色", "Team": "班组",
    "Skills": "技能组", "Outbound caller ID": "外呼主叫号码",
    "Max sessions (0 = any)": "最大会话数（0 = 不限）",
    "Enabled": "启用", "Initial password": "初始密码",
    "Change at first sign-in": "首次登录须改密码", "State": "状态",
    "Display name": "显示名称", "Lead": "班长", "Strategy": "分配策略",
    "Ring time (s)": "振铃时长（秒）", "Wrap-up (s)": "话后整理（秒）",
    "Disposition required": "必须填写处理结果",
    "Max wait (s, 0 = none)": "最长等待（秒，0 = 不限）",
    "Max wait with no agent (s)": "无座席时最长等待（秒）", "Overflow to": "溢出到",
    "Empty if all agents are": "座席全部处于以下状态时视为无人",
    "Join when no agent": "无座席时仍可排队", "Leave when no agent": "无座席时离开队列",
    "Max callers (0 = any)": "最多排队数（0 = 不限）", "Escalate by level": "按级别逐级分配",
    "Wait per level (s)": "每级等待（秒）", "Service level (s)": "服务水平阈值（秒）",
    "Short abandon (s)": "短时放弃（秒）", "Music on hold": "等待音乐", "Greeting": "欢迎语",
    "Members": "成员", "Number": "号码", "Queue": "技能组", "IVR flow": "IVR 流程",
    "Code": "代码", "Label (English)": "名称（英文）", "Label (Chinese)": "名称（中文）",
    "Paid": "计薪", "Order": "排序", "Length (s)": "时长（秒）", "Size (bytes)": "大小（字节）",
    "Used by": "使用者", "Based on": "基于", "Built-in": "内置", "Permissions": "权限",
    "Description": "说明", "Audio file": "音频文件", "Line": "行号", "Problem": "问题",
    "See the team (states, calls, records)": "查看班组（状态、通话、记录）",
    "Listen and whisper": "监听和耳语", "Barge in": "强插",
    "Force states, end calls": "强制状态、强拆通话",
    "Play others' recordings": "收听他人录音", "Export reports": "导出报表",
    "Edit the knowledge base": "编辑知识库", "Manage customers": "管理客户资料",
    "Manage agents, teams, roles": "管理座席、班组、角色",
    "Manage queues, numbers, codes, prompts": "管理技能组、号码、代码、语音",
    "See the audit log": "查看操作日志", "Longest idle": "最长空闲",
    "Round robin": "轮询", "Fewest calls": "最少通话", "Least talk time": "最短通话时长",
    "Random": "随机", "Top-down": "顺序", "Ring all": "全部振铃", "Agent": "座席",
    "Team lead": "班长", "Administrator": "管理员", "Signed out": "已签出",
    "Not ready": "置忙", "Ready": "置闲", "Ringing": "振铃中", "On call": "通话中",
    "Wrap-up": "话后整理", "%1: %2": "%1：%2", "Already taken": "已被占用",
    "No such entry": "不存在", "Still in use": "仍在使用中",
    "Password not allowed": "密码不符合要求",
    "Wrong password": "密码错误", "Not an audio file": "不是音频文件",
    "File too large": "文件过大", "You cannot delete yourself": "不能删除自己",
    "Not in your teams": "不属于您的班组", "Not allowed for your role": "您的角色无此权限",
    "Not found": "未找到", "Invalid value": "取值无效", "Cannot read the file": "无法读取文件",
    "Required": "必填", "yes": "是",
    "(none)": "（无）",
    "One agent per row under a header row: agent_id, name, role, team, queues "
    "(billing:1;sales:2), password (empty or \"generate\": the server makes one), "
    "outbound_caller_id. Chinese headers (工号, 姓名, …) work too. Nothing is imported "
    "unless every row is valid.":
        "首行为表头，其后每行一名座席：agent_id（工号）、name（姓名）、role（角色）、"
        "team（班组）、queues（技能组:级别，如 billing:1;sales:2）、password（密码；留空或 "
        "\"generate\" 由服务器生成）、outbound_caller_id（外呼主叫）。表头也可用中文"
        "（工号、姓名……）。只有全部行都有效时才会导入。",
    "&File:": "文件(&F)：", "agents.csv or agents.xlsx": "agents.csv 或 agents.xlsx",
    "&Choose…": "选择(&C)…", "&Skip bad rows (import the valid ones)":
        "跳过错误行（仅导入有效行）(&S)",
    "Close": "关闭", "&Import": "导入(&I)", "Please confirm": "请确认",
    "Reset the password of %1? The server makes a new one, and %1 must change it at the "
    "next sign-in.": "确定重置 %1 的密码？服务器将生成新密码，%1 下次登录时必须修改。",
    "Password reset": "密码已重置",
    "New password of %1: %2\nGive it to them in person; they choose their own at the next "
    "sign-in.": "%1 的新密码：%2\n请当面告知本人；下次登录时由其设置自己的密码。",
    "&Import…": "批量导入(&I)…", "E&xport…": "导出(&X)…", "Export agents": "导出座席",
    "CSV (*.csv)": "CSV (*.csv)", "Excel (*.xlsx)": "Excel (*.xlsx)",
    "Not exported: %1": "未导出：%1", "Agents exported to %1": "座席已导出到 %1",
    "Reset password…": "重置密码…",
    "Choose a new password for your sign-in.": "请为您的登录设置新密码。",
    "&Current password:": "当前密码(&C)：", "&New password:": "新密码(&N)：",
    "&Repeat it:": "确认新密码(&R)：", "Cancel": "取消", "&Change password": "修改密码(&C)",
    "Choose the agents file": "选择座席文件", "Agent lists (*.csv *.xlsx)":
        "座席名单 (*.csv *.xlsx)",
    "Rows in the file: %n. Import checks every row first.":
        ["文件共 %n 行。导入前会先检查每一行。"],
    "The server reads this file when you import it.": "导入时由服务器读取此文件。",
    "Import agents": "批量导入座席", "Cannot read %1: %2": "无法读取 %1：%2",
    "Choose a CSV or Excel file first.": "请先选择 CSV 或 Excel 文件。",
    "Nothing imported. Rows to fix: %n (in red below).":
        ["未导入任何数据。需要修改的行：%n（下方红色标出）。"],
    "Nothing imported: %1": "未导入：%1",
    "Imported: %1 new, %2 updated, %3 skipped.": "已导入：新增 %1，更新 %2，跳过 %3。",
    "Generated passwords (shown only now: copy them and hand them out in person):":
        "生成的密码（仅此一次显示：请复制并当面告知本人）：",
    "Change password": "修改密码",
    "Your password was reset by an administrator. Choose a new one to go on; cancelling "
    "signs you out.": "您的密码已被管理员重置。请设置新密码后继续；取消将退出登录。",
    "Sign out": "退出登录", "Enter your current password.": "请输入当前密码。",
    "Enter a new password.": "请输入新密码。",
    "The new password must differ from the old one.": "新密码不能与旧密码相同。",
    "The two new passwords differ.": "两次输入的新密码不一致。",
    "Choose a WAV or MP3 file.": "请选择 WAV 或 MP3 文件。", "Choose a prompt": "选择语音文件",
    "Audio (*.wav *.mp3)": "音频 (*.wav *.mp3)", "%1 *:": "%1 *：", "%1:": "%1：",
    "Choose…": "选择…", "WAV or MP3; converted for calls": "WAV 或 MP3；自动转换为通话格式",
    "Listen": "试听", "Level": "级别", "empty: the server makes one": "留空则由服务器生成",
    "the queue's number when empty": "留空则使用技能组号码",
    "Delete %1? This cannot be undone.": "确定删除 %1？此操作无法撤销。", "New": "新建",
    "Edit %1": "编辑 %1", "%1 of %2 shown": "显示 %1 / 共 %2", "%2 in all": "共 %2 条",
    "Search…": "搜索…", "&New": "新建(&N)", "Delete…": "删除…", "Refresh": "刷新",
    "&Save": "保存(&S)",
    "Score recorded calls (QA)": "质检评分（录音）", "Edit QA scoring forms": "编辑质检评分表",
}


def main() -> int:
    sources = sorted((ROOT / "agent_desktop" / "admin").glob("*.py"))
    sources += [ROOT / "ui" / name for name in FORMS]
    return refresh_catalogue("admin", sources, ZH_CN)


if __name__ == "__main__":
    sys.exit(main())
