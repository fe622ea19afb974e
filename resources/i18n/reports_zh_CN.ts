<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MyDayPanel</name>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="113" />
        <source>Your figures are not available on this server.</source>
        <translation>此服务器暂不提供您的工作数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="145" />
        <source>My calls today: %1 (select one to hear it)</source>
        <translation>我今天的通话：%1 通（选中即可收听录音）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="165" />
        <source>My day</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="166" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReportErrors</name>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="18" />
        <source>this server has no reports yet</source>
        <translation>此服务器暂不支持报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="19" />
        <source>the server cannot be reached; check the network and try again</source>
        <translation>无法连接服务器，请检查网络后重试</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="21" />
        <source>your session has ended; sign in again</source>
        <translation>会话已结束，请重新登录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="22" />
        <source>too many requests; try again in a minute</source>
        <translation>请求过于频繁，请一分钟后再试</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="23" />
        <source>your role may not see this</source>
        <translation>您的角色无权查看</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="24" />
        <source>not found on the server</source>
        <translation>服务器上未找到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="25" />
        <source>the server failed (%1); try again or tell IT</source>
        <translation>服务器出错（%1），请重试或联系 IT</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="142" />
        <location filename="../../agent_desktop/reports/filters.py" line="180" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="158" />
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="158" />
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="159" />
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="159" />
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="160" />
        <source>&amp;Group by:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="160" />
        <source>&amp;Agent:</source>
        <translation>座席(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="161" />
        <source>T&amp;eam:</source>
        <translation>班组(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="161" />
        <source>&amp;Queue:</source>
        <translation>技能组(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="162" />
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="165" />
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReportFormulas</name>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="10" />
        <source>calls that joined the queue (inbound, queued_at set), short abandons included</source>
        <translation>进入技能组排队的来电（呼入且有排队时间），含短时放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="12" />
        <source>inbound calls an agent answered</source>
        <translation>座席接听的呼入电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="13" />
        <source>offers the agent let ring out or refused (queue_log RINGNOANSWER)</source>
        <translation>分配给座席但振铃超时或被拒接的来电（queue_log RINGNOANSWER）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="15" />
        <source>answered + missed</source>
        <translation>接听 + 未接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="16" />
        <source>inbound calls whose caller hung up while queued or ringing</source>
        <translation>来电者在排队或振铃时挂断的呼入电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="18" />
        <source>abandons with wait &lt; the queue's short_abandon_threshold (default 5 s)</source>
        <translation>等待时间小于技能组短时放弃阈值（默认 5 秒）的放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="20" />
        <source>calls that left the queue by an overflow rule (end cause overflow_*)</source>
        <translation>按溢出规则离开技能组的来电（结束原因 overflow_*）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="22" />
        <source>answered within the queue's service_level_threshold ÷ SLoffered, SLoffered = answered + abandoned + overflowed − short abandons (Cisco negative impact; metrics.service_level)</source>
        <translation>在技能组服务水平阈值内接听的来电 ÷ SLoffered，SLoffered = 接听 + 放弃 + 溢出 − 短时放弃（Cisco 负面影响算法；metrics.service_level）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="25" />
        <source>Σ wait of answered calls (join → answer, ring time included) ÷ answered (metrics.average_speed_of_answer)</source>
        <translation>接听来电的等待时长之和（从排队到接听，含振铃）÷ 接听数（metrics.average_speed_of_answer）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="27" />
        <source>(Σ talk + Σ hold + Σ wrap-up) ÷ handled, handled = answered calls whose wrap-up completed (metrics.average_handle_time)</source>
        <translation>（通话 + 保持 + 话后整理时长之和）÷ 处理数，处理数 = 已完成话后整理的接听来电（metrics.average_handle_time）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="29" />
        <source>(abandoned − short) ÷ (offered − short) (metrics.abandon_rate)</source>
        <translation>（放弃 − 短时放弃）÷（进线 − 短时放弃）（metrics.abandon_rate）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="31" />
        <source>the longest wait of a queued call (answered or not)</source>
        <translation>排队来电的最长等待（无论是否接听）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="32" />
        <source>Σ talk time (answer → hang-up, hold excluded) of answered calls</source>
        <translation>接听来电的通话时长之和（接听到挂断，不含保持）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="34" />
        <source>Σ hold time of answered calls</source>
        <translation>接听来电的保持时长之和</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="35" />
        <source>time in the wrap-up state (agent state log)</source>
        <translation>处于话后整理状态的时长（座席状态记录）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="36" />
        <source>time in the ready state</source>
        <translation>处于置闲状态的时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="37" />
        <source>time in the not-ready state (all reasons; each reason in its own column)</source>
        <translation>处于置忙状态的时长（全部原因；各原因另列一栏）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="39" />
        <source>time signed in (every state but logged out)</source>
        <translation>签入时长（除签出外的所有状态）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="40" />
        <source>handling ÷ (handling + ready), handling = reserved + on call + wrap-up; not-ready excluded (metrics.occupancy)</source>
        <translation>处理时长 ÷（处理时长 + 置闲时长），处理时长 = 振铃 + 通话 + 话后整理；不含置忙（metrics.occupancy）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="42" />
        <source>blind transfers the agent made (queue_log BLINDTRANSFER)</source>
        <translation>座席发起的直接转接（queue_log BLINDTRANSFER）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="44" />
        <source>outbound calls the agent placed</source>
        <translation>座席发起的外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="45" />
        <source>outbound calls the far end answered</source>
        <translation>对方接听的外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="46" />
        <source>connected ÷ attempts</source>
        <translation>接通数 ÷ 外呼次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="47" />
        <source>Σ talk ÷ connected (or answered) calls</source>
        <translation>通话时长之和 ÷ 接通（或接听）数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="48" />
        <source>calls with this disposition ÷ calls with a disposition in the group</source>
        <translation>该处理结果的通话数 ÷ 本组有处理结果的通话数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="50" />
        <source>the caller's survey score (1..5); average over surveyed calls</source>
        <translation>来电者的满意度评分（1..5）；按参与评价的通话取平均</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="52" />
        <source>seconds until the agent's next state change (clipped to the period)</source>
        <translation>到座席下一次状态变化的秒数（截至时间段结束）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="54" />
        <source>ivr: before joining a queue; queue: waiting; ringing: while an agent's phone rang; overflow: sent away by an overflow rule</source>
        <translation>ivr：进入技能组之前；queue：排队等待中；ringing：座席话机振铃时；overflow：被溢出规则转走</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="56" />
        <source>calls that started in the period (by started_at, centre time zone)</source>
        <translation>在时间段内开始的通话（按开始时间，呼叫中心时区）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="58" />
        <source>the period with the most calls (totals: peak_period, peak_calls)</source>
        <translation>通话最多的时段（合计行：peak_period、peak_calls）</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="13" />
        <source>Agent work</source>
        <translation>坐席工作报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="14" />
        <source>Queues</source>
        <translation>队列报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="15" />
        <source>Inbound numbers</source>
        <translation>中继报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="16" />
        <source>Dispositions</source>
        <translation>业务报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="17" />
        <location filename="../../agent_desktop/reports/labels.py" line="66" />
        <source>Outbound calls</source>
        <translation>外呼报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="18" />
        <source>Agent state changes</source>
        <translation>示忙示闲记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="19" />
        <source>Answer ranking</source>
        <translation>接听排名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="20" />
        <location filename="../../agent_desktop/reports/labels.py" line="98" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="21" />
        <source>Abandoned calls</source>
        <translation>呼损清单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="22" />
        <source>Traffic</source>
        <translation>流量统计</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="23" />
        <source>Call detail</source>
        <translation>话务清单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="26" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="27" />
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="28" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="29" />
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="30" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="31" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="32" />
        <source>Custom range</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="35" />
        <location filename="../../agent_desktop/reports/labels.py" line="46" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="36" />
        <location filename="../../agent_desktop/reports/labels.py" line="49" />
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="37" />
        <location filename="../../agent_desktop/reports/labels.py" line="50" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="38" />
        <location filename="../../agent_desktop/reports/labels.py" line="51" />
        <source>Inbound number</source>
        <translation>呼入号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="39" />
        <location filename="../../agent_desktop/reports/labels.py" line="54" />
        <source>Hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="40" />
        <location filename="../../agent_desktop/reports/labels.py" line="55" />
        <source>Day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="41" />
        <location filename="../../agent_desktop/reports/labels.py" line="56" />
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="42" />
        <location filename="../../agent_desktop/reports/labels.py" line="57" />
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="47" />
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="48" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="52" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="53" />
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="58" />
        <source>Offered</source>
        <translation>进线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="59" />
        <source>Answered</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="60" />
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="61" />
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="62" />
        <source>Short abandons</source>
        <translation>短时放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="63" />
        <source>Overflowed</source>
        <translation>溢出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="64" />
        <source>Calls</source>
        <translation>通话数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="65" />
        <source>Calls answered</source>
        <translation>接听数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="67" />
        <source>Transfers</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="68" />
        <source>Talk</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="69" />
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="70" />
        <source>Hold</source>
        <translation>保持时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="71" />
        <source>Hold time</source>
        <translation>保持时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="72" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="73" />
        <source>Wrap-up time</source>
        <translation>话后整理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="74" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="75" />
        <source>Ready time</source>
        <translation>置闲时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="76" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="77" />
        <source>Not ready time</source>
        <translation>置忙时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="78" />
        <source>Logged in</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="79" />
        <source>Logged-in time</source>
        <translation>在线时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="80" />
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="81" />
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="82" />
        <source>ASA</source>
        <translation>平均应答时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="83" />
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="84" />
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="85" />
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="86" />
        <source>Wait</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="87" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="88" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="89" />
        <source>Duration</source>
        <translation>持续时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="90" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="91" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="92" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="93" />
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="94" />
        <source>Called</source>
        <translation>被叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="95" />
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="96" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="97" />
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="99" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="100" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="101" />
        <source>Where lost</source>
        <translation>呼损位置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="102" />
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="103" />
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="104" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="105" />
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="106" />
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="107" />
        <source>Ended in IVR</source>
        <translation>IVR 内结束</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="108" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="109" />
        <source>Attempts</source>
        <translation>外呼次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="110" />
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="111" />
        <source>Average talk</source>
        <translation>平均通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="112" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="113" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="114" />
        <source>Signed in</source>
        <translation>签入时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="115" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="116" />
        <source>End cause</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="117" />
        <source>Lost at</source>
        <translation>呼损位置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="118" />
        <source>Ringing agent</source>
        <translation>振铃座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="119" />
        <source>Short abandon</source>
        <translation>短时放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="120" />
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="121" />
        <source>Changed by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="122" />
        <source>Call</source>
        <translation>通话编号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="143" />
        <source>Not ready: %1</source>
        <translation>置忙：%1</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="63" />
        <source>inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="64" />
        <source>outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="65" />
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="66" />
        <source>signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="67" />
        <source>not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="68" />
        <source>ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="69" />
        <source>ringing</source>
        <translation>振铃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="70" />
        <source>on call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="71" />
        <source>wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="72" />
        <source>in the IVR</source>
        <translation>IVR 中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="73" />
        <source>waiting in queue</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="74" />
        <source>while ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="75" />
        <source>overflowed</source>
        <translation>已溢出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="77" />
        <source>just signed in</source>
        <translation>刚签入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="78" />
        <source>missed a call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="79" />
        <source>server restarted</source>
        <translation>服务器重启</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="80" />
        <source>phone offline</source>
        <translation>话机离线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="81" />
        <source>set by a team lead</source>
        <translation>班长设置</translation>
    </message>
</context>
<context>
    <name>ReportsHost</name>
    <message>
        <location filename="../../agent_desktop/reports/host.py" line="65" />
        <source>My day</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/host.py" line="65" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>ReportsPresenter</name>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="114" />
        <source>Could not load the reports: %1</source>
        <translation>无法加载报表：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="176" />
        <source>The report could not be made: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="191" />
        <source>Only the first %1 rows are shown; the export has them all.</source>
        <translation>仅显示前 %1 行；导出文件包含全部数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="194" />
        <source>No data in this period.</source>
        <translation>此时间段内没有数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="227" />
        <source>The calls could not be listed: %1</source>
        <translation>无法列出通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="248" />
        <source>This call has no recording.</source>
        <translation>此通话没有录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="254" />
        <source>Could not load the recording: %1</source>
        <translation>无法加载录音：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="286" />
        <source>Export cancelled: nothing was saved.</source>
        <translation>已取消导出：未保存任何文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="291" />
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="294" />
        <source>Exported %1 (%2 KB)</source>
        <translation>已导出 %1（%2 KB）</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="142" />
        <source>Your role has no reports.</source>
        <translation>您的角色没有可用的报表。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="149" />
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="169" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="210" />
        <source>Calls of %1: %2 (select one to hear it)</source>
        <translation>%1 的通话：%2 通（选中即可收听录音）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="230" />
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="231" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="231" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="265" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="274" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="275" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="276" />
        <source>&amp;Calls of this row</source>
        <translation>查看本行通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="277" />
        <source>How is this computed?</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="279" />
        <source>Save the whole report as Excel or CSV.</source>
        <translation>将整个报表保存为 Excel 或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="280" />
        <source>Your role may not export reports: ask an administrator for the "Export reports" permission.</source>
        <translation>您的角色无权导出报表：请向管理员申请“导出报表”权限。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="282" />
        <source>Double-click a row to list its calls.</source>
        <translation>双击一行可列出其通话。</translation>
    </message>
</context>
</TS>