"""zh_CN texts of the audio settings dialog and its presenter (`*/audio_settings.py`)."""

from __future__ import annotations

ZH_CN: dict[str, str | list[str]] = {
    "Audio settings": "音频设置",
    "&Microphone:": "麦克风(&M)：",
    "&Speaker:": "扬声器(&S)：",
    "&Ringer:": "振铃设备(&R)：",
    "Microphone": "麦克风",
    "Speaker": "扬声器",
    "Ringer": "振铃设备",
    "System default": "系统默认",
    "System default (%1)": "系统默认（%1）",
    "The ringer plays incoming calls. Choose the computer's speakers to hear calls "
    "when the headset is off.": "振铃设备用于播放来电铃声。选择电脑扬声器，摘下耳机时也能听到来电。",
    "Input level:": "输入音量：",
    "Your microphone's level (during the test and calls)": "麦克风音量（测试和通话期间）",
    "Start audio test": "开始音频测试",
    "Stop": "停止",
    "Speak: you should hear yourself. The test stops after 15 seconds.": "请说话：您应能听到自己的声音。测试将在 15 秒后自动停止。",
    "Put on your headset, start the test and speak: you should hear yourself.": "请戴上耳机，开始测试并说话：您应能听到自己的声音。",
    "The saved microphone “%1” is not connected: the system default is used.": "已保存的麦克风“%1”未连接：正在使用系统默认设备。",
    "The saved speaker “%1” is not connected: the system default is used.": "已保存的扬声器“%1”未连接：正在使用系统默认设备。",
    "The saved ringer “%1” is not connected: the system default is used.": "已保存的振铃设备“%1”未连接：正在使用系统默认设备。",
    "%1: “%2” stopped working. Reconnecting…": "%1：“%2”已停止工作，正在重新连接…",
    "%1: using “%2” until your chosen device is back.": "%1：所选设备恢复前暂用“%2”。",
    "%1: “%2” works again.": "%1：“%2”已恢复正常。",
    "Cannot do that now: %1": "暂时无法执行：%1",
    "OK": "确定",
    "Cancel": "取消",
}
