<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="35" />
        <source>Agent workstation</source>
        <translation>座席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="36" />
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="37" />
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="38" />
        <source>SIP engine (pjsua2)</source>
        <translation>SIP 引擎 (pjsua2)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="39" />
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="40" />
        <source>Microphones</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="41" />
        <source>Speakers and headsets</source>
        <translation>扬声器和耳机</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="42" />
        <source>Codecs</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="43" />
        <source>SIP over TLS</source>
        <translation>SIP over TLS 加密信令</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="44" />
        <source>Encrypted audio (SRTP)</source>
        <translation>加密语音 (SRTP)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="45" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="53" />
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="54" />
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="55" />
        <source>not in this build</source>
        <translation>此版本不支持</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="56" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="57" />
        <source>available (SDES)</source>
        <translation>可用 (SDES)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="58" />
        <source>available (SDES, DTLS)</source>
        <translation>可用 (SDES, DTLS)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="122" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="137" />
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="144" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="144" />
        <source>Problem</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="154" />
        <source>Problems found: %1</source>
        <translation>发现问题：%1 个</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="155" />
        <source>Everything looks fine.</source>
        <translation>一切正常。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="162" />
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="163" />
        <source>If something does not work, copy this report and send it to your support team.</source>
        <translation>如果有功能无法使用，请复制这份报告并发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="166" />
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="166" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="166" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="167" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="168" />
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="169" />
        <source>Refresh the diagnostics</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="170" />
        <source>Copy the report to the clipboard</source>
        <translation>将报告复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="51" />
        <source>Signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="52" />
        <location filename="../../agent_desktop/platform/tray.py" line="139" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="53" />
        <location filename="../../agent_desktop/platform/tray.py" line="136" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="54" />
        <location filename="../../agent_desktop/platform/tray.py" line="123" />
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="55" />
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="56" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="129" />
        <source>Agent workstation</source>
        <translation>座席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="138" />
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="149" />
        <source>Sign out</source>
        <translation>签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="151" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>