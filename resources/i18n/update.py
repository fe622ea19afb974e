"""Refresh the catalogues: pyside6-lupdate (extract), fill the zh_CN texts below into
entries still unfinished, then pyside6-lrelease into the shipped .qm files.

Run: .venv/bin/python resources/i18n/update.py   (Qt Linguist can edit the .ts too)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent

ZH_CN = {
    "Admin": "系统管理",
    "Password changed.": "密码已修改。",
    "Change &password…": "修改密码(&P)…",
    "&Audio settings…": "音频设置(&A)…",
    "State change failed: %1": "状态切换失败：%1",
    "The call has not reached your phone yet.": "来电尚未到达您的话机。",
    "Cannot answer: %1": "无法接听：%1",
    "Cannot hang up: %1": "无法挂断：%1",
    "Cannot send tones: %1": "无法发送按键音：%1",
    "Hold is not available on this server yet.": "此服务器暂不支持保持。",
    "Hold failed: %1": "保持失败：%1",
    "Transfer is not available on this server yet.": "此服务器暂不支持转接。",
    "Transfer failed: %1": "转接失败：%1",
    "Transferred to %1.": "已转接至 %1。",
    "Finish the current call before dialling.": "请先结束当前通话再外呼。",
    "Click-to-dial is not available on this server yet.": "此服务器暂不支持点击外呼。",
    "Dialling %1 failed: %2": "外呼 %1 失败：%2",
    "Customer not saved: %1": "客户资料未保存：%1",
    "Customer saved.": "客户资料已保存。",
    "New customer": "新建客户",
    "&Name:": "姓名(&N)：",
    "&Company:": "公司(&C)：",
    "&Phones:": "电话(&P)：",
    "separate numbers with commas": "多个号码用逗号分隔",
    "&Tags:": "标签(&T)：",
    "vip, enterprise": "vip, 企业",
    "N&otes:": "备注(&O)：",
    "Cancel": "取消",
    "&Save customer": "保存客户(&S)",
    "A name is required": "请填写姓名",
    "Edit customer": "编辑客户",
    "When": "时间",
    "Direction": "方向",
    "Agent": "座席",
    "Talk": "通话时长",
    "Disposition": "处理结果",
    "Note": "备注",
    "In": "呼入",
    "Out": "呼出",
    "Wrap-up saved.": "话后整理已保存。",
    "Phone: registered": "话机：已注册",
    "Phone: registering…": "话机：正在注册…",
    "Phone: registration failed": "话机：注册失败",
    "(this PC's softphone has no SIP over %1: ask IT for a build with it)": "（本机软电话不支持 %1 方式的 SIP，请联系 IT 更换支持该方式的版本）",
    "Phone: not registered": "话机：未注册",
    "%n wrap-up(s) waiting to sync": ["%n 条话后整理等待同步"],
    "Agent workstation": "座席工作台",
    "Supervisor": "班长席",
    "Calls": "通话",
    "listening": "监听",
    "whispering to the agent": "密语（仅座席可听）",
    "barged in": "强插",
    "Monitoring call %1 (%2)": "正在监控通话 %1（%2）",
    "Monitoring call %1": "正在监控通话 %1",
    "Monitoring %1 (%2)": "正在监控 %1（%2）",
    "Monitoring %1": "正在监控 %1",
    "%1 with %2": "%1 与 %2",
    "a call": "一通电话",
    "Listening": "正在监听",
    "Whispering to the agent": "正在耳语（仅座席可听）",
    "Barged in (all hear you)": "已强插（双方都能听到您）",
    "Monitoring a call": "正在监控通话",
    "Audio connected": "音频已接通",
    "Connecting the audio…": "正在接通音频…",
    "Agent:": "座席：",
    "Customer:": "客户：",
    "Listen": "监听",
    "Whisper": "耳语",
    "Barge in": "强插",
    "Stop monitoring": "停止监控",
    "Pick an agent, or type an agent ID": "选择座席，或输入工号",
    "Pick a queue": "选择技能组",
    "Type a number, or pick a recent one": "输入号码，或选择最近的号码",
    "%1 · %2 ready, %3 waiting": "%1 · %2 就绪，%3 排队",
    "Cannot join the monitored call: %1": "无法接入被监控的通话：%1",
    "&Start at login": "登录系统时启动(&S)",
    "&Help": "帮助(&H)",
    "&Diagnostics…": "诊断(&D)…",
    "Diagnostics": "诊断",
    "Playing the recording to the caller.": "正在向来电者播放录音。",
    "Playing recordings to callers is not available on this server yet.": "此服务器暂不支持向来电者播放录音。",
    "Only the agent on an answered call can play a recording into it.": "只有已接通通话的座席才能向通话播放录音。",
    "Cannot reach the server: %1": "无法连接服务器：%1",
    "The recording was not played: %1": "录音未播放：%1",
    "Start at login not changed: %1": "未能更改开机启动设置：%1",
    "&Session": "会话(&S)",
    "Sign &out": "签出(&O)",
    "&Quit": "退出(&Q)",
    "&View": "视图(&V)",
    "&Language": "语言(&L)",
    "Knowledge base": "知识库",
    "Connection to the server lost — reconnecting… Calls in progress continue; wrap-ups "
    "are kept and sent later.": "与服务器的连接已断开，正在重连…… 进行中的通话不受影响；"
    "话后整理会保存在本地，稍后发送。",
    "Outbound call": "外呼",
    "Incoming call": "来电",
    "Withheld number": "隐藏号码",
    "Unknown caller": "未知来电",
    "No customer record matches this number.": "没有与此号码匹配的客户资料。",
    "New customer…": "新建客户…",
    "Call %1": "呼叫 %1",
    "Click to dial": "点击外呼",
    "Edit customer…": "编辑客户…",
    "Waiting for calls.\nThe caller's details appear here the moment a call rings.": "等待来电。\n来电振铃时，来电者信息会立即显示在这里。",
    "Region:": "归属地：",
    "Dialled:": "被叫号码：",
    "Queue:": "技能组：",
    "IVR path:": "IVR 路径：",
    "Waited:": "等待时长：",
    "Customer": "客户资料",
    "Contact history (double-click to call back)": "业务接触历史（双击回拨）",
    "Enter your agent ID and password.": "请输入工号和密码。",
    "The server address is not valid.": "服务器地址无效。",
    "Wrong agent ID or password.": "工号或密码错误。",
    "Too many sign-in attempts. Try again in %n second(s).": ["登录尝试次数过多，请 %n 秒后再试。"],
    "Cannot reach the server at %1. Check the address and your network.": "无法连接服务器 %1，请检查地址和网络。",
    "The server refused the sign-in: %1": "服务器拒绝登录：%1",
    "Sign-in failed: %1": "登录失败：%1",
    "You were signed out by %1.": "您已被 %1 强制签出。",
    "a lead": "班长",
    "Your session has ended. Please sign in again.": "会话已结束，请重新登录。",
    "Sign in": "登录",
    "Sign in with your agent ID": "使用工号登录",
    "&Server:": "服务器(&S)：",
    "http://server:8080": "http://服务器:8080",
    "&Agent ID:": "工号(&A)：",
    "&Password:": "密码(&P)：",
    "Sign &in": "登录(&I)",
    "Signing in…": "正在登录…",
    "No call": "无通话",
    "Calling…": "正在呼叫…",
    "On hold": "保持中",
    "On call": "通话中",
    "Call ended": "通话结束",
    "Answer (F5)": "接听 (F5)",
    "Hang up (F6)": "挂断 (F6)",
    "Hold (F7)": "保持 (F7)",
    "Mute (F9)": "静音 (F9)",
    "Number to dial": "输入外呼号码",
    "Dial": "外呼",
    "Transfer": "转接",
    "Queue": "技能组",
    "Number": "外线号码",
    "Agent ID, queue or number": "工号、技能组或号码",
    "Transfer call": "转接通话",
    "Ready in %1": "%1 后置闲",
    "Ready": "置闲",
    "Not ready": "置忙",
    "Ringing": "振铃中",
    "Wrap-up": "话后整理",
    "Signed out": "已签出",
    "Ready (F8)": "置闲 (F8)",
    "Take calls again": "重新开始接听来电",
    "Stop taking calls, with a reason": "暂停接听来电（选择原因）",
    "Extend +30 s": "延长 30 秒",
    "Finish now": "立即完成",
    "Not ready after this call": "本次通话后置忙",
    "After-call work": "话后整理",
    "&Disposition:": "处理结果(&D)：",
    "&Disposition (required):": "处理结果(&D)（必填）：",
    "This queue needs a disposition before you can finish wrap-up.": "此技能组要求先填写处理结果，才能结束话后整理。",
    "Choose a disposition and save the wrap-up first: this queue needs one for every call.": "请先选择处理结果并保存话后整理：此技能组的每通电话都必须填写。",
    "&Summary note:": "通话摘要(&S)：",
    "What was the call about, what was agreed?": "通话内容是什么？约定了什么？",
    "Save &wrap-up": "保存话后整理(&W)",
    "— choose —": "— 请选择 —",
    "Choose a disposition first.": "请先选择处理结果。",
    # issue 11 (desktop first-hour defects)
    "&Knowledge base": "知识库(&K)",
    "Resume (F7)": "恢复通话 (F7)",
    "Unmute (F9)": "取消静音 (F9)",
    "On hold %1": "保持中 %1",
    "Microphone muted: the caller cannot hear you.": "麦克风已静音：客户听不到您的声音。",
    "Phone: network lost, reconnecting…": "话机：网络中断，正在重连…",
    "good": "良好",
    "fair": "一般",
    "poor": "较差",
    "network lost": "网络中断",
    "● Call quality: %1": "● 通话质量：%1",
    "Estimated MOS %1 (1 bad – 4.5 best) · loss %2 % · jitter %3 ms · round trip %4 ms": "估算 MOS %1（1 最差 – 4.5 最好）· 丢包 %2 % · 抖动 %3 毫秒 · 往返 %4 毫秒",
    "Your network is losing audio; the caller may hear you break up. Pause downloads and "
    "video, or use a cable instead of Wi-Fi.": "您的网络正在丢失语音，客户可能听到断断续续的声音。"
    "请暂停下载和视频，或改用网线代替 Wi-Fi。",
    "No audio is arriving: your network or VPN dropped. Stay on the line, the call resumes "
    "when it is back.": "没有收到语音：您的网络或 VPN 已断开。请不要挂机，网络恢复后通话会继续。",
    "this server has no line for outside numbers yet; ask your administrator": "服务器尚未配置外线，请联系管理员",
    "&Remember me": "记住我(&R)",
    "Your password is kept in this computer's system keyring.": "密码保存在本机的系统钥匙串中。",
    "No microphone and no speaker: you cannot talk to callers.": "未找到麦克风和扬声器：无法与客户通话。",
    "No microphone: callers will not hear you.": "未找到麦克风：客户听不到您的声音。",
    "No speaker: you will not hear callers.": "未找到扬声器：您听不到客户的声音。",
    "Connect a headset, then check View → Audio settings.": "请连接耳机，然后检查“视图 → 音频设置”。",
    "Go ready without audio?": "没有音频设备，仍要置闲？",
    "Calls will ring on this PC, but you cannot talk to callers. Connect a headset, then "
    "check View → Audio settings.": "来电会在本机振铃，但您无法与客户通话。请连接耳机，然后检查“视图 → 音频设置”。",
    "Go ready anyway": "仍然置闲",
    "Stay not ready": "保持置忙",
}

EN_PLURALS = {
    "%n wrap-up(s) waiting to sync": ["%n wrap-up waiting to sync", "%n wrap-ups waiting to sync"],
    "Too many sign-in attempts. Try again in %n second(s).": [
        "Too many sign-in attempts. Try again in %n second.",
        "Too many sign-in attempts. Try again in %n seconds.",
    ],
}


# Modules with a catalogue of their own (audio_update.py), kept out of the main one.
OWN_CATALOGUE = {"audio_settings.py", "change_password.ui", "agent_import.ui"}  # + admin


def sources() -> list[str]:
    files = [p for p in (ROOT / "agent_desktop").glob("views/*.py")]
    files += list((ROOT / "agent_desktop" / "presenters").glob("*.py"))
    files = [p for p in files if p.name not in OWN_CATALOGUE]
    forms = [p for p in sorted((ROOT / "ui").glob("*.ui")) if p.name not in OWN_CATALOGUE]
    return [str(p) for p in sorted(files)] + [str(p) for p in forms]


def refresh_catalogue(name: str, sources: list[Path], texts: dict[str, object]) -> int:
    """An extra catalogue `<name>_zh_CN`: lupdate over `sources`, fill `texts`, lrelease.
    Returns 1 (and says which) when some source text has no translation yet."""
    ts = HERE / f"{name}_zh_CN.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *map(str, sources),
            "-no-obsolete",
            "-target-language",
            "zh_CN",
            "-ts",
            str(ts),
        ],
        check=True,
    )
    missing = fill(ts, texts)
    if missing:
        print(f"{name} zh_CN: no translation yet for {missing}")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(HERE / f"{name}_zh_CN.qm")], check=True
    )
    return 1 if missing else 0


def fill(ts: Path, texts: dict[str, object]) -> list[str]:
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("unfinished", None):
            continue
        if translation.get("type") is None and (translation.text or len(translation)):
            continue
        value = texts.get(source)
        if value is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    catalogues = {"zh_CN": ZH_CN, "en": EN_PLURALS}
    for code, texts in catalogues.items():
        ts = HERE / f"agent_desktop_{code}.ts"
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-target-language",
                code,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        missing = fill(ts, texts)
        if code != "en" and missing:
            print(f"{code}: no translation yet for {missing}")
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(HERE / f"agent_desktop_{code}.qm")],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
