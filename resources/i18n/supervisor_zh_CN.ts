<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="159" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="159" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="159" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="159" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="160" />
        <source>Time in state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="160" />
        <source>Current call</source>
        <translation>当前通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="160" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="161" />
        <source>Calls today</source>
        <translation>今日通话</translation>
    </message>
</context>
<context>
    <name>CallModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="222" />
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="222" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="222" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="222" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="223" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="223" />
        <source>Quality</source>
        <translation>通话质量</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="231" />
        <source>⚠ Poor %1</source>
        <translation>⚠ 较差 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="232" />
        <source>Good %1</source>
        <translation>良好 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="232" />
        <source>Fair %1</source>
        <translation>一般 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="237" />
        <source>Customer's line</source>
        <translation>客户线路</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="238" />
        <source>Agent's line</source>
        <translation>座席线路</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="242" />
        <source>%1: MOS %2 (worst %3), %4 % lost, jitter %5 ms, round trip %6 ms</source>
        <translation>%1：MOS %2（最差 %3），丢包 %4 %，抖动 %5 毫秒，往返 %6 毫秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="253" />
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="254" />
        <source>IVR</source>
        <translation>IVR 导航</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="254" />
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="255" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="255" />
        <source>Dialling</source>
        <translation>外呼中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="256" />
        <source>Talking</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="256" />
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="315" />
        <source>Sign out %1? Their calls in progress continue, but they stop receiving calls.</source>
        <translation>确定强制签出 %1？进行中的通话不受影响，但不再分配新来电。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="325" />
        <source>Hang up the call of %1 with agent %2? The caller is disconnected at once.</source>
        <translation>确定强拆 %1 与座席 %2 的通话？来电者会立即被挂断。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="336" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="359" />
        <location filename="../../agent_desktop/supervisor/live_page.py" line="424" />
        <source>Force not ready</source>
        <translation>强制置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="361" />
        <location filename="../../agent_desktop/supervisor/live_page.py" line="425" />
        <source>Force sign-out…</source>
        <translation>强制签出…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="380" />
        <source>Listening to</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="380" />
        <source>Whispering on</source>
        <translation>正在耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="381" />
        <source>Barged into</source>
        <translation>已强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="384" />
        <source>%1 %2 — audio on your headset, controls on the Calls tab</source>
        <translation>%1 %2 — 声音在您的耳机中，控制按钮在“通话”页</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="386" />
        <source>a call</source>
        <translation>一通电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="412" />
        <source>Live queues</source>
        <translation>实时技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="413" />
        <source>Agents</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="414" />
        <source>Calls in progress</source>
        <translation>进行中的通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="415" />
        <source>Filter by agent, name, reason, number…</source>
        <translation>按工号、姓名、原因、号码筛选…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="419" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="426" />
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="426" />
        <source>Whisper</source>
        <translation>耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="427" />
        <source>Barge in</source>
        <translation>强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="430" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="431" />
        <source>Force hang-up…</source>
        <translation>强拆…</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="83" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="83" />
        <source>Waiting</source>
        <translation>排队数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="83" />
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="84" />
        <source>Offered</source>
        <translation>进线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="84" />
        <source>Answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="84" />
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="85" />
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="85" />
        <source>ASA</source>
        <translation>平均应答</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="85" />
        <source>AHT</source>
        <translation>平均处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="85" />
        <source>Agents</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="92" />
        <source>Service level (Cisco, negative impact): calls answered within the queue's threshold ÷ (answered + abandoned + overflowed − short abandons). Short abandons (callers who hang up within the short-abandon time, 5 s by default) are removed; other abandons count against the service level.
Thresholds: %1</source>
        <translation>服务水平（Cisco 负面影响算法）：在技能组阈值内接通的来电 ÷（接通 + 放弃 + 溢出 − 短时放弃）。短时放弃（在短时放弃时间内挂断，默认 5 秒）不计入；其余放弃计为未达标。
阈值：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="97" />
        <source>Longest time a caller now waiting has waited</source>
        <translation>当前排队来电中等待最久的时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="98" />
        <source>Abandoned calls (short abandons in brackets)</source>
        <translation>放弃的来电（括号内为短时放弃）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="99" />
        <source>Average speed of answer: wait from joining the queue to answer</source>
        <translation>平均应答速度：从进入技能组到接通的等待时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="100" />
        <source>Average handle time: talk + hold + wrap-up per handled call</source>
        <translation>平均处理时长：每通来电的通话 + 保持 + 话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="137" />
        <source>Threshold %1 s</source>
        <translation>阈值 %1 秒</translation>
    </message>
</context>
<context>
    <name>RecordingModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="65" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="65" />
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="65" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="65" />
        <source>Called</source>
        <translation>被叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="66" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="66" />
        <source>Talk</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="66" />
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="66" />
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="76" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="79" />
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="79" />
        <source>partial</source>
        <translation>不完整</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="100" />
        <source>Cannot play: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="108" />
        <source>No speaker on this PC: recordings play in silence.</source>
        <translation>本机没有扬声器：录音播放无声。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="114" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="114" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="121" />
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="133" />
        <source>Calls found: %1</source>
        <translation>找到通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="135" />
        <source>Showing the first %1; narrow the search.</source>
        <translation>仅显示前 %1 条，请缩小查询范围。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="152" />
        <source>Loading the recording…</source>
        <translation>正在加载录音…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="168" />
        <source>Save recording</source>
        <translation>保存录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="169" />
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="180" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="192" />
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="205" />
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="205" />
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="205" />
        <source>&amp;Agent:</source>
        <translation>座席(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="205" />
        <source>&amp;Queue:</source>
        <translation>技能组(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="206" />
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="206" />
        <source>Talk ≥ (s):</source>
        <translation>通话 ≥（秒）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="206" />
        <source>Talk ≤ (s):</source>
        <translation>通话 ≤（秒）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="209" />
        <source>&amp;Disposition:</source>
        <translation>处理结果(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="211" />
        <source>caller or dialled number</source>
        <translation>主叫或被叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="213" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="214" />
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="215" />
        <source>Download WAV…</source>
        <translation>下载 WAV…</translation>
    </message>
</context>
<context>
    <name>RecordingsPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="142" />
        <source>Search failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="164" />
        <source>Could not load the recording: %1</source>
        <translation>无法加载录音：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="176" />
        <source>Could not save the recording: %1</source>
        <translation>无法保存录音：%1</translation>
    </message>
</context>
<context>
    <name>SignInModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="35" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="35" />
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="35" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="35" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="36" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="40" />
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="42" />
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="43" />
        <source>Locked out for %1</source>
        <translation>已锁定 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="50" />
        <source>known</source>
        <translation>已知设备</translation>
    </message>
</context>
<context>
    <name>SignInsPage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="49" />
        <source>Attempts in the last 24 hours: %1</source>
        <translation>最近 24 小时内的尝试：%1 次</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="58" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="60" />
        <source>Failed sign-ins lock out one agent ID at one address for a while; colleagues at the same address and the agent's own desktop are not affected.</source>
        <translation>多次登录失败只会暂时锁定该工号在该地址的登录；同一地址的其他同事以及该座席自己的电脑不受影响。</translation>
    </message>
</context>
<context>
    <name>SignInsPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="78" />
        <source>Sign-in attempts not loaded: %1</source>
        <translation>未能加载登录记录：%1</translation>
    </message>
</context>
<context>
    <name>StateNames</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="35" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="35" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="36" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="36" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="37" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="37" />
        <source>Signed out</source>
        <translation>已签出</translation>
    </message>
</context>
<context>
    <name>SupervisorPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="123" />
        <source>Could not load the live figures: %1</source>
        <translation>无法加载实时数据：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="291" />
        <source>You cannot force your own sign-out: it would end this session. Use Sign out instead.</source>
        <translation>不能强制签出自己：这会结束当前会话。请使用“签出”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="294" />
        <source>Could not change %1: %2</source>
        <translation>无法更改 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="299" />
        <source>%1 signed out.</source>
        <translation>%1 已被签出。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="300" />
        <source>%1 set to not ready.</source>
        <translation>%1 已置忙。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="310" />
        <source>Could not hang up the call: %1</source>
        <translation>无法强拆通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="313" />
        <source>Call hung up.</source>
        <translation>通话已强拆。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="332" />
        <source>Monitoring is not available on this server yet.</source>
        <translation>此服务器暂不支持监听。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="336" />
        <source>Monitoring failed: %1</source>
        <translation>监听失败：%1</translation>
    </message>
</context>
<context>
    <name>SupervisorTab</name>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="71" />
        <source>Recordings are not being saved</source>
        <translation>录音未能保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="72" />
        <source>SIP edge down: calls cannot reach agents</source>
        <translation>SIP 边缘服务中断：来电无法接通座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="73" />
        <source>Database busy: changes are held back</source>
        <translation>数据库繁忙：更改暂缓写入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="74" />
        <source>No media workers: calls cannot be answered</source>
        <translation>无媒体进程：无法接听来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="76" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="82" />
        <source>Alarm: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="90" />
        <source>Live</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="91" />
        <source>Recordings</source>
        <translation>录音查询</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="92" />
        <source>Sign-ins</source>
        <translation>登录记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="93" />
        <source>Mask numbers</source>
        <translation>号码脱敏</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="95" />
        <source>Show caller numbers as 138****8000 (saved for you on this computer)</source>
        <translation>号码显示为 138****8000（在本机为您保存）</translation>
    </message>
</context>
</TS>