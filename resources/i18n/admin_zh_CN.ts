<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="90" />
        <source>Could not load %1: %2</source>
        <translation>无法加载%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="153" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="163" />
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="175" />
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="181" />
        <source>%1 deleted.</source>
        <translation>%1 已删除。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="191" />
        <source>Password not reset: %1</source>
        <translation>密码未重置：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="194" />
        <source>Password of %1 reset: it must be changed at the next sign-in.</source>
        <translation>%1 的密码已重置：下次登录时必须修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="205" />
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="209" />
        <source>Agents exported to %1</source>
        <translation>座席已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="226" />
        <source>Not uploaded: %1</source>
        <translation>未上传：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="230" />
        <source>%1 uploaded.</source>
        <translation>%1 已上传。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="243" />
        <source>Cannot play %1: %2</source>
        <translation>无法播放 %1：%2</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../agent_desktop/admin/tab.py" line="63" />
        <source>Read-only: ask an administrator for changes.</source>
        <translation>只读：如需修改请联系管理员。</translation>
    </message>
</context>
<context>
    <name>AdminTexts</name>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="24" />
        <location filename="../../agent_desktop/admin/texts.py" line="43" />
        <source>Agents</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="24" />
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="25" />
        <source>Queues</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="25" />
        <location filename="../../agent_desktop/admin/texts.py" line="59" />
        <source>Numbers</source>
        <translation>呼入号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="26" />
        <source>Reason codes</source>
        <translation>示忙原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="26" />
        <source>Dispositions</source>
        <translation>业务小结</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="27" />
        <source>Prompts</source>
        <translation>语音文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="27" />
        <source>Roles</source>
        <translation>角色权限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="34" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="36" />
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="36" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="37" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="37" />
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="37" />
        <source>Skills</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="38" />
        <source>Outbound caller ID</source>
        <translation>外呼主叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="39" />
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="39" />
        <source>Max sessions (0 = any)</source>
        <translation>最大会话数（0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="40" />
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="41" />
        <source>Change at first sign-in</source>
        <translation>首次登录须改密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="42" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="42" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="43" />
        <source>Lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="44" />
        <source>Strategy</source>
        <translation>分配策略</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="44" />
        <source>Ring time (s)</source>
        <translation>振铃时长（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="45" />
        <source>Wrap-up (s)</source>
        <translation>话后整理（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="46" />
        <source>Disposition required</source>
        <translation>必须填写处理结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="47" />
        <source>Max wait (s, 0 = none)</source>
        <translation>最长等待（秒，0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="48" />
        <source>Max wait with no agent (s)</source>
        <translation>无座席时最长等待（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="49" />
        <source>Overflow to</source>
        <translation>溢出到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="50" />
        <source>Join when no agent</source>
        <translation>无座席时仍可排队</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="51" />
        <source>Leave when no agent</source>
        <translation>无座席时离开队列</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="52" />
        <source>Empty if all agents are</source>
        <translation>座席全部处于以下状态时视为无人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="53" />
        <source>Max callers (0 = any)</source>
        <translation>最多排队数（0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="54" />
        <source>Escalate by level</source>
        <translation>按级别逐级分配</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="55" />
        <source>Wait per level (s)</source>
        <translation>每级等待（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="56" />
        <source>Service level (s)</source>
        <translation>服务水平阈值（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="57" />
        <source>Short abandon (s)</source>
        <translation>短时放弃（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="58" />
        <source>Music on hold</source>
        <translation>等待音乐</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="58" />
        <source>Greeting</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="59" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="60" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="60" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="60" />
        <source>IVR flow</source>
        <translation>IVR 流程</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="61" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="61" />
        <source>Label (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="62" />
        <source>Label (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="62" />
        <source>Paid</source>
        <translation>计薪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="63" />
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="63" />
        <source>Length (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="64" />
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="64" />
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="65" />
        <source>Based on</source>
        <translation>基于</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="65" />
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="66" />
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="66" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="67" />
        <source>Audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="67" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="68" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="73" />
        <source>See the team (states, calls, records)</source>
        <translation>查看班组（状态、通话、记录）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="74" />
        <source>Listen and whisper</source>
        <translation>监听和耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="74" />
        <source>Barge in</source>
        <translation>强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="75" />
        <source>Force states, end calls</source>
        <translation>强制状态、强拆通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="76" />
        <source>Play others' recordings</source>
        <translation>收听他人录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="77" />
        <source>Export reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="78" />
        <source>Edit the knowledge base</source>
        <translation>编辑知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="79" />
        <source>Manage customers</source>
        <translation>管理客户资料</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="80" />
        <source>Manage agents, teams, roles</source>
        <translation>管理座席、班组、角色</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="81" />
        <source>Manage queues, numbers, codes, prompts</source>
        <translation>管理技能组、号码、代码、语音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="82" />
        <source>See the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="83" />
        <source>Score recorded calls (QA)</source>
        <translation>质检评分（录音）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="84" />
        <source>Edit QA scoring forms</source>
        <translation>编辑质检评分表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="90" />
        <source>Longest idle</source>
        <translation>最长空闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="91" />
        <source>Round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="92" />
        <source>Fewest calls</source>
        <translation>最少通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="93" />
        <source>Least talk time</source>
        <translation>最短通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="94" />
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="94" />
        <source>Top-down</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="95" />
        <source>Ring all</source>
        <translation>全部振铃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="96" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="96" />
        <source>Team lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="97" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="98" />
        <source>Signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="98" />
        <location filename="../../agent_desktop/admin/texts.py" line="101" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="99" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="99" />
        <location filename="../../agent_desktop/admin/texts.py" line="101" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="100" />
        <location filename="../../agent_desktop/admin/texts.py" line="102" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="100" />
        <location filename="../../agent_desktop/admin/texts.py" line="102" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="107" />
        <source>%1 *:</source>
        <translation>%1 *：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="107" />
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="114" />
        <source>Already taken</source>
        <translation>已被占用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="115" />
        <source>No such entry</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="116" />
        <source>Still in use</source>
        <translation>仍在使用中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="117" />
        <source>Password not allowed</source>
        <translation>密码不符合要求</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="118" />
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="119" />
        <source>Not an audio file</source>
        <translation>不是音频文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="120" />
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="121" />
        <source>You cannot delete yourself</source>
        <translation>不能删除自己</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="122" />
        <source>Not in your teams</source>
        <translation>不属于您的班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="123" />
        <source>Not allowed for your role</source>
        <translation>您的角色无此权限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="124" />
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="125" />
        <source>Invalid value</source>
        <translation>取值无效</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="126" />
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="131" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="135" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="138" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="141" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>AgentImportForm</name>
    <message>
        <location filename="../../ui/agent_import.ui" line="9" />
        <source>One agent per row under a header row: agent_id, name, role, team, queues (billing:1;sales:2), password (empty or "generate": the server makes one), outbound_caller_id. Chinese headers (工号, 姓名, …) work too. Nothing is imported unless every row is valid.</source>
        <translation>首行为表头，其后每行一名座席：agent_id（工号）、name（姓名）、role（角色）、team（班组）、queues（技能组:级别，如 billing:1;sales:2）、password（密码；留空或 "generate" 由服务器生成）、outbound_caller_id（外呼主叫）。表头也可用中文（工号、姓名……）。只有全部行都有效时才会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="17" />
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="24" />
        <source>agents.csv or agents.xlsx</source>
        <translation>agents.csv 或 agents.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="29" />
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="47" />
        <source>&amp;Skip bad rows (import the valid ones)</source>
        <translation>跳过错误行（仅导入有效行）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="58" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/agent_import.ui" line="63" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="69" />
        <source>Export agents</source>
        <translation>导出座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="71" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="71" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="82" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="83" />
        <source>Reset the password of %1? The server makes a new one, and %1 must change it at the next sign-in.</source>
        <translation>确定重置 %1 的密码？服务器将生成新密码，%1 下次登录时必须修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="95" />
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="96" />
        <source>New password of %1: %2
Give it to them in person; they choose their own at the next sign-in.</source>
        <translation>%1 的新密码：%2
请当面告知本人；下次登录时由其设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="106" />
        <source>&amp;Import…</source>
        <translation>批量导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="107" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="108" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <location filename="../../ui/change_password.ui" line="9" />
        <source>Choose a new password for your sign-in.</source>
        <translation>请为您的登录设置新密码。</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="18" />
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="35" />
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="52" />
        <source>&amp;Repeat it:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="79" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="84" />
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="120" />
        <source>Choose the agents file</source>
        <translation>选择座席文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="121" />
        <source>Agent lists (*.csv *.xlsx)</source>
        <translation>座席名单 (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/admin/dialogs.py" line="131" />
        <source>Rows in the file: %n. Import checks every row first.</source>
        <translation>
            <numerusform>文件共 %n 行。导入前会先检查每一行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="132" />
        <source>The server reads this file when you import it.</source>
        <translation>导入时由服务器读取此文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="156" />
        <source>Import agents</source>
        <translation>批量导入座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="157" />
        <source>Generated passwords (shown only now: copy them and hand them out in person):</source>
        <translation>生成的密码（仅此一次显示：请复制并当面告知本人）：</translation>
    </message>
</context>
<context>
    <name>ImportPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="72" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="89" />
        <source>Choose a CSV or Excel file first.</source>
        <translation>请先选择 CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="114" />
        <source>Imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>已导入：新增 %1，更新 %2，跳过 %3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/admin/importer.py" line="81" />
        <source>Nothing imported. Rows to fix: %n (in red below).</source>
        <translation>
            <numerusform>未导入任何数据。需要修改的行：%n（下方红色标出）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="102" />
        <source>Nothing imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="69" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="72" />
        <source>Your password was reset by an administrator. Choose a new one to go on; cancelling signs you out.</source>
        <translation>您的密码已被管理员重置。请设置新密码后继续；取消将退出登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="74" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>PasswordPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="45" />
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="47" />
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="49" />
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="51" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="150" />
        <source>Choose a WAV or MP3 file.</source>
        <translation>请选择 WAV 或 MP3 文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="162" />
        <source>Choose a prompt</source>
        <translation>选择语音文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="163" />
        <source>Audio (*.wav *.mp3)</source>
        <translation>音频 (*.wav *.mp3)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="182" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="183" />
        <source>WAV or MP3; converted for calls</source>
        <translation>WAV 或 MP3；自动转换为通话格式</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="184" />
        <source>Listen</source>
        <translation>试听</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="160" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="162" />
        <source>empty: the server makes one</source>
        <translation>留空则由服务器生成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="164" />
        <source>the queue's number when empty</source>
        <translation>留空则使用技能组号码</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="192" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="193" />
        <source>Delete %1? This cannot be undone.</source>
        <translation>确定删除 %1？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="219" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="221" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="226" />
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="226" />
        <source>%2 in all</source>
        <translation>共 %2 条</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="235" />
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="236" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="237" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="238" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="239" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="240" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>