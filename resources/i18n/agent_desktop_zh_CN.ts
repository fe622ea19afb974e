<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminHost</name>
    <message>
        <location filename="../../agent_desktop/views/admin_host.py" line="80" />
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/admin_host.py" line="96" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>AgentStatePresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="126" />
        <source>Choose a disposition and save the wrap-up first: this queue needs one for every call.</source>
        <translation>请先选择处理结果并保存话后整理：此技能组的每通电话都必须填写。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="130" />
        <source>State change failed: %1</source>
        <translation>状态切换失败：%1</translation>
    </message>
</context>
<context>
    <name>CallPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="253" />
        <source>Cannot join the monitored call: %1</source>
        <translation>无法接入被监控的通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="302" />
        <source>The call has not reached your phone yet.</source>
        <translation>来电尚未到达您的话机。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="307" />
        <source>Cannot answer: %1</source>
        <translation>无法接听：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="315" />
        <source>Cannot hang up: %1</source>
        <translation>无法挂断：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="328" />
        <source>Cannot send tones: %1</source>
        <translation>无法发送按键音：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="343" />
        <source>Hold is not available on this server yet.</source>
        <translation>此服务器暂不支持保持。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="346" />
        <source>Hold failed: %1</source>
        <translation>保持失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="363" />
        <source>Transfer is not available on this server yet.</source>
        <translation>此服务器暂不支持转接。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="366" />
        <source>Transfer failed: %1</source>
        <translation>转接失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="371" />
        <source>Transferred to %1.</source>
        <translation>已转接至 %1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="378" />
        <source>Finish the current call before dialling.</source>
        <translation>请先结束当前通话再外呼。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="389" />
        <source>Click-to-dial is not available on this server yet.</source>
        <translation>此服务器暂不支持点击外呼。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="392" />
        <source>Dialling %1 failed: %2</source>
        <translation>外呼 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="456" />
        <source>Customer not saved: %1</source>
        <translation>客户资料未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="461" />
        <source>Customer saved.</source>
        <translation>客户资料已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="470" />
        <source>this server has no line for outside numbers yet; ask your administrator</source>
        <translation>服务器尚未配置外线，请联系管理员</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customer_form.ui" line="9" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="17" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="24" />
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="31" />
        <source>&amp;Phones:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="37" />
        <source>separate numbers with commas</source>
        <translation>多个号码用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="42" />
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="48" />
        <source>vip, enterprise</source>
        <translation>vip, 企业</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="53" />
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="74" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="79" />
        <source>&amp;Save customer</source>
        <translation>保存客户(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <location filename="../../agent_desktop/views/customer_form.py" line="58" />
        <source>A name is required</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/customer_form.py" line="65" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../../agent_desktop/views/integration.py" line="157" />
        <source>Start at login not changed: %1</source>
        <translation>未能更改开机启动设置：%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../agent_desktop/views/integration.py" line="46" />
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="44" />
        <source>Talk</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="45" />
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="45" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="59" />
        <source>In</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/history_model.py" line="59" />
        <source>Out</source>
        <translation>呼出</translation>
    </message>
</context>
<context>
    <name>KnowledgeDock</name>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="83" />
        <source>Playing the recording to the caller.</source>
        <translation>正在向来电者播放录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="88" />
        <source>Playing recordings to callers is not available on this server yet.</source>
        <translation>此服务器暂不支持向来电者播放录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="90" />
        <source>Only the agent on an answered call can play a recording into it.</source>
        <translation>只有已接通通话的座席才能向通话播放录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="92" />
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/knowledge.py" line="93" />
        <source>The recording was not played: %1</source>
        <translation>录音未播放：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="145" />
        <source>Wrap-up saved.</source>
        <translation>话后整理已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="179" />
        <location filename="../../agent_desktop/views/main_window.py" line="394" />
        <source>Supervisor</source>
        <translation>班长席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="190" />
        <location filename="../../agent_desktop/views/main_window.py" line="396" />
        <source>Admin</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="219" />
        <source>listening</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="219" />
        <source>whispering to the agent</source>
        <translation>密语（仅座席可听）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="220" />
        <source>barged in</source>
        <translation>强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="303" />
        <source>Phone: registered</source>
        <translation>话机：已注册</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="304" />
        <source>Phone: registering…</source>
        <translation>话机：正在注册…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="305" />
        <source>Phone: registration failed</source>
        <translation>话机：注册失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="306" />
        <source>Phone: network lost, reconnecting…</source>
        <translation>话机：网络中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="307" />
        <source>Phone: not registered</source>
        <translation>话机：未注册</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="309" />
        <source>(this PC's softphone has no SIP over %1: ask IT for a build with it)</source>
        <translation>（本机软电话不支持 %1 方式的 SIP，请联系 IT 更换支持该方式的版本）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="329" />
        <source>No microphone and no speaker: you cannot talk to callers.</source>
        <translation>未找到麦克风和扬声器：无法与客户通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="331" />
        <source>No microphone: callers will not hear you.</source>
        <translation>未找到麦克风：客户听不到您的声音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="333" />
        <source>No speaker: you will not hear callers.</source>
        <translation>未找到扬声器：您听不到客户的声音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="339" />
        <source>Connect a headset, then check View → Audio settings.</source>
        <translation>请连接耳机，然后检查“视图 → 音频设置”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="349" />
        <source>Go ready without audio?</source>
        <translation>没有音频设备，仍要置闲？</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="351" />
        <source>Calls will ring on this PC, but you cannot talk to callers. Connect a headset, then check View → Audio settings.</source>
        <translation>来电会在本机振铃，但您无法与客户通话。请连接耳机，然后检查“视图 → 音频设置”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="354" />
        <source>Go ready anyway</source>
        <translation>仍然置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="355" />
        <source>Stay not ready</source>
        <translation>保持置忙</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/views/main_window.py" line="364" />
        <source>%n wrap-up(s) waiting to sync</source>
        <translation>
            <numerusform>%n 条话后整理等待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="381" />
        <source>Agent workstation</source>
        <translation>座席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="382" />
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="383" />
        <source>Sign &amp;out</source>
        <translation>签出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="384" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="385" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="386" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="170" />
        <location filename="../../agent_desktop/views/main_window.py" line="397" />
        <location filename="../../agent_desktop/views/main_window.py" line="401" />
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="222" />
        <source>a call</source>
        <translation>一通电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="224" />
        <source>%1 with %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="226" />
        <source>Monitoring %1 (%2)</source>
        <translation>正在监控 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="228" />
        <source>Monitoring %1</source>
        <translation>正在监控 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="387" />
        <source>&amp;Audio settings…</source>
        <translation>音频设置(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="388" />
        <source>&amp;Start at login</source>
        <translation>登录系统时启动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="389" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="390" />
        <source>&amp;Diagnostics…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="391" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="398" />
        <source>&amp;Knowledge base</source>
        <translation>知识库(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="402" />
        <source>Connection to the server lost — reconnecting… Calls in progress continue; wrap-ups are kept and sent later.</source>
        <translation>与服务器的连接已断开，正在重连…… 进行中的通话不受影响；话后整理会保存在本地，稍后发送。</translation>
    </message>
</context>
<context>
    <name>MonitorCard</name>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="77" />
        <source>Listening</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="77" />
        <source>Whispering to the agent</source>
        <translation>正在耳语（仅座席可听）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="78" />
        <source>Barged in (all hear you)</source>
        <translation>已强插（双方都能听到您）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="79" />
        <source>Monitoring a call</source>
        <translation>正在监控通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="81" />
        <source>Audio connected</source>
        <translation>音频已接通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="82" />
        <source>Connecting the audio…</source>
        <translation>正在接通音频…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="100" />
        <source>Agent:</source>
        <translation>座席：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="100" />
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="101" />
        <source>Queue:</source>
        <translation>技能组：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="103" />
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="103" />
        <source>Whisper</source>
        <translation>耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="104" />
        <source>Barge in</source>
        <translation>强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="107" />
        <source>Stop monitoring</source>
        <translation>停止监控</translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="44" />
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="45" />
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="46" />
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="47" />
        <source>network lost</source>
        <translation>网络中断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="54" />
        <source>● Call quality: %1</source>
        <translation>● 通话质量：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="56" />
        <source>Estimated MOS %1 (1 bad – 4.5 best) · loss %2 % · jitter %3 ms · round trip %4 ms</source>
        <translation>估算 MOS %1（1 最差 – 4.5 最好）· 丢包 %2 % · 抖动 %3 毫秒 · 往返 %4 毫秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="61" />
        <source>Your network is losing audio; the caller may hear you break up. Pause downloads and video, or use a cable instead of Wi-Fi.</source>
        <translation>您的网络正在丢失语音，客户可能听到断断续续的声音。请暂停下载和视频，或改用网线代替 Wi-Fi。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="64" />
        <source>No audio is arriving: your network or VPN dropped. Stay on the line, the call resumes when it is back.</source>
        <translation>没有收到语音：您的网络或 VPN 已断开。请不要挂机，网络恢复后通话会继续。</translation>
    </message>
</context>
<context>
    <name>ScreenPopCard</name>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="146" />
        <source>Outbound call</source>
        <translation>外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="146" />
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="147" />
        <source>Withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="162" />
        <source>Unknown caller</source>
        <translation>未知来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="163" />
        <source>No customer record matches this number.</source>
        <translation>没有与此号码匹配的客户资料。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="165" />
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="176" />
        <source>Call %1</source>
        <translation>呼叫 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="177" />
        <source>Click to dial</source>
        <translation>点击外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="181" />
        <source>Edit customer…</source>
        <translation>编辑客户…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="204" />
        <source>Waiting for calls.
The caller's details appear here the moment a call rings.</source>
        <translation>等待来电。
来电振铃时，来电者信息会立即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="206" />
        <source>Region:</source>
        <translation>归属地：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="206" />
        <source>Dialled:</source>
        <translation>被叫号码：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="207" />
        <source>Queue:</source>
        <translation>技能组：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="207" />
        <source>IVR path:</source>
        <translation>IVR 路径：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="208" />
        <source>Waited:</source>
        <translation>等待时长：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="210" />
        <source>Customer</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="211" />
        <source>Contact history (double-click to call back)</source>
        <translation>业务接触历史（双击回拨）</translation>
    </message>
</context>
<context>
    <name>SessionPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="113" />
        <source>Enter your agent ID and password.</source>
        <translation>请输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="118" />
        <source>The server address is not valid.</source>
        <translation>服务器地址无效。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="199" />
        <source>Wrong agent ID or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/presenters/session.py" line="202" />
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>登录尝试次数过多，请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="205" />
        <source>Cannot reach the server at %1. Check the address and your network.</source>
        <translation>无法连接服务器 %1，请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="208" />
        <source>The server refused the sign-in: %1</source>
        <translation>服务器拒绝登录：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="209" />
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="241" />
        <source>You were signed out by %1.</source>
        <translation>您已被 %1 强制签出。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="241" />
        <source>a lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="271" />
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/sign_in.ui" line="6" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="16" />
        <source>Agent workstation</source>
        <translation>座席工作台</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="22" />
        <source>Sign in with your agent ID</source>
        <translation>使用工号登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="31" />
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="37" />
        <source>http://server:8080</source>
        <translation>http://服务器:8080</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="42" />
        <source>&amp;Agent ID:</source>
        <translation>工号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="53" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="64" />
        <source>&amp;Remember me</source>
        <translation>记住我(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="65" />
        <source>Your password is kept in this computer's system keyring.</source>
        <translation>密码保存在本机的系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="89" />
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../agent_desktop/views/sign_in.py" line="88" />
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="155" />
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="156" />
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="157" />
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="158" />
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="158" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="159" />
        <source>Call ended</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="169" />
        <source>Resume (F7)</source>
        <translation>恢复通话 (F7)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="175" />
        <source>Unmute (F9)</source>
        <translation>取消静音 (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="191" />
        <source>On hold %1</source>
        <translation>保持中 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="241" />
        <source>Pick an agent, or type an agent ID</source>
        <translation>选择座席，或输入工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="242" />
        <source>Pick a queue</source>
        <translation>选择技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="243" />
        <source>Type a number, or pick a recent one</source>
        <translation>输入号码，或选择最近的号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="263" />
        <source>Answer (F5)</source>
        <translation>接听 (F5)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="264" />
        <source>Hang up (F6)</source>
        <translation>挂断 (F6)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="169" />
        <source>Hold (F7)</source>
        <translation>保持 (F7)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="175" />
        <source>Mute (F9)</source>
        <translation>静音 (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="265" />
        <source>Microphone muted: the caller cannot hear you.</source>
        <translation>麦克风已静音：客户听不到您的声音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="266" />
        <source>Number to dial</source>
        <translation>输入外呼号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="267" />
        <source>Dial</source>
        <translation>外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="268" />
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="271" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="272" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="273" />
        <source>Number</source>
        <translation>外线号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="276" />
        <source>Transfer call</source>
        <translation>转接通话</translation>
    </message>
</context>
<context>
    <name>StateBar</name>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="120" />
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="141" />
        <source>Ready in %1</source>
        <translation>%1 后置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="146" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="147" />
        <location filename="../../agent_desktop/views/state_bar.py" line="185" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="148" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="149" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="150" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="151" />
        <source>Signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="183" />
        <source>Ready (F8)</source>
        <translation>置闲 (F8)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="184" />
        <source>Take calls again</source>
        <translation>重新开始接听来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="186" />
        <source>Stop taking calls, with a reason</source>
        <translation>暂停接听来电（选择原因）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="187" />
        <source>Extend +30 s</source>
        <translation>延长 30 秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="188" />
        <source>Finish now</source>
        <translation>立即完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="189" />
        <source>Not ready after this call</source>
        <translation>本次通话后置忙</translation>
    </message>
</context>
<context>
    <name>TransferDirectory</name>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="99" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="99" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="100" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="100" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="101" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="107" />
        <source>%1 · %2 ready, %3 waiting</source>
        <translation>%1 · %2 就绪，%3 排队</translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../ui/wrap_up.ui" line="9" />
        <source>After-call work</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="17" />
        <source>&amp;Disposition:</source>
        <translation>处理结果(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="24" />
        <source>&amp;Summary note:</source>
        <translation>通话摘要(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="30" />
        <source>What was the call about, what was agreed?</source>
        <translation>通话内容是什么？约定了什么？</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up.ui" line="50" />
        <source>Save &amp;wrap-up</source>
        <translation>保存话后整理(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="40" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="59" />
        <source>&amp;Disposition (required):</source>
        <translation>处理结果(&amp;D)（必填）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="60" />
        <source>&amp;Disposition:</source>
        <translation>处理结果(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="62" />
        <source>This queue needs a disposition before you can finish wrap-up.</source>
        <translation>此技能组要求先填写处理结果，才能结束话后整理。</translation>
    </message>
</context>
<context>
    <name>WrapUpPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/wrap_up.py" line="92" />
        <source>Choose a disposition first.</source>
        <translation>请先选择处理结果。</translation>
    </message>
</context>
</TS>