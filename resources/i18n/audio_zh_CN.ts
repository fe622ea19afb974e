<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="139" />
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="140" />
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="141" />
        <source>Ringer</source>
        <translation>振铃设备</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="147" />
        <source>The saved microphone “%1” is not connected: the system default is used.</source>
        <translation>已保存的麦克风“%1”未连接：正在使用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="149" />
        <source>The saved speaker “%1” is not connected: the system default is used.</source>
        <translation>已保存的扬声器“%1”未连接：正在使用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="151" />
        <source>The saved ringer “%1” is not connected: the system default is used.</source>
        <translation>已保存的振铃设备“%1”未连接：正在使用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="157" />
        <source>%1: “%2” stopped working. Reconnecting…</source>
        <translation>%1：“%2”已停止工作，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="159" />
        <source>%1: using “%2” until your chosen device is back.</source>
        <translation>%1：所选设备恢复前暂用“%2”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="161" />
        <source>%1: “%2” works again.</source>
        <translation>%1：“%2”已恢复正常。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="165" />
        <source>Audio settings</source>
        <translation>音频设置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="166" />
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="167" />
        <source>&amp;Speaker:</source>
        <translation>扬声器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="168" />
        <source>&amp;Ringer:</source>
        <translation>振铃设备(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="170" />
        <source>The ringer plays incoming calls. Choose the computer's speakers to hear calls when the headset is off.</source>
        <translation>振铃设备用于播放来电铃声。选择电脑扬声器，摘下耳机时也能听到来电。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="172" />
        <source>Input level:</source>
        <translation>输入音量：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="173" />
        <source>Your microphone's level (during the test and calls)</source>
        <translation>麦克风音量（测试和通话期间）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="178" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="179" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="199" />
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="200" />
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="176" />
        <location filename="../../agent_desktop/views/audio_settings.py" line="230" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="176" />
        <location filename="../../agent_desktop/views/audio_settings.py" line="230" />
        <source>Start audio test</source>
        <translation>开始音频测试</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="232" />
        <source>Speak: you should hear yourself. The test stops after 15 seconds.</source>
        <translation>请说话：您应能听到自己的声音。测试将在 15 秒后自动停止。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="234" />
        <source>Put on your headset, start the test and speak: you should hear yourself.</source>
        <translation>请戴上耳机，开始测试并说话：您应能听到自己的声音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="247" />
        <source>Cannot do that now: %1</source>
        <translation>暂时无法执行：%1</translation>
    </message>
</context>
</TS>