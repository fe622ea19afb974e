<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MyDayPanel</name>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="112" />
        <source>Your figures are not available on this server.</source>
        <translation>此服务器暂不提供您的工作数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="136" />
        <source>My calls today: %1 (select one to hear it)</source>
        <translation>我今天的通话：%1 通（选中即可收听录音）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="156" />
        <source>My day</source>
        <translation>我的今日</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="157" />
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
        <location filename="../../agent_desktop/reports/filters.py" line="141" />
        <location filename="../../agent_desktop/reports/filters.py" line="179" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="157" />
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="157" />
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="158" />
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="158" />
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="159" />
        <source>&amp;Group by:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="159" />
        <source>&amp;Agent:</source>
        <translation>座席(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="160" />
        <source>T&amp;eam:</source>
        <translation>班组(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="160" />
        <source>&amp;Queue:</source>
        <translation>技能组(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="161" />
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="164" />
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
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
        <location filename="../../agent_desktop/reports/labels.py" line="18" />
        <source>Agent state changes</source>
        <translation>示忙示闲记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="23" />
        <source>Call detail</source>
        <translation>话务清单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/labels.py" line="141" />
        <source>Not ready: %1</source>
        <translation>置忙：%1</translation>
    </message>
</context>
<context>
    <name>ReportsHost</name>
    <message>
        <location filename="../../agent_desktop/reports/host.py" line="61" />
        <source>My day</source>
        <translation>我的今日</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/host.py" line="61" />
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
        <location filename="../../agent_desktop/reports/presenter.py" line="165" />
        <source>The report could not be made: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="178" />
        <source>Only the first %1 rows are shown; the export has them all.</source>
        <translation>仅显示前 %1 行；导出文件包含全部数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="181" />
        <source>No data in this period.</source>
        <translation>此时间段内没有数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="214" />
        <source>The calls could not be listed: %1</source>
        <translation>无法列出通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="235" />
        <source>This call has no recording.</source>
        <translation>此通话没有录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="241" />
        <source>Could not load the recording: %1</source>
        <translation>无法加载录音：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="273" />
        <source>Export cancelled: nothing was saved.</source>
        <translation>已取消导出：未保存任何文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="278" />
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="281" />
        <source>Exported %1 (%2 KB)</source>
        <translation>已导出 %1（%2 KB）</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="129" />
        <source>Your role has no reports.</source>
        <translation>您的角色没有可用的报表。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="136" />
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="192" />
        <source>Calls of %1: %2 (select one to hear it)</source>
        <translation>%1 的通话：%2 通（选中即可收听录音）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="212" />
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="213" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="213" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="247" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="256" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="257" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="258" />
        <source>&amp;Calls of this row</source>
        <translation>查看本行通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="259" />
        <source>How is this computed?</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="261" />
        <source>Save the whole report as Excel or CSV.</source>
        <translation>将整个报表保存为 Excel 或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="262" />
        <source>Your role may not export reports: ask an administrator for the "Export reports" permission.</source>
        <translation>您的角色无权导出报表：请向管理员申请“导出报表”权限。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="264" />
        <source>Double-click a row to list its calls.</source>
        <translation>双击一行可列出其通话。</translation>
    </message>
</context>
</TS>