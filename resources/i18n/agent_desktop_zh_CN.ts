<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminHost</name>
    <message>
        <location filename="../../agent_desktop/admin/host.py" line="97" />
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/host.py" line="113" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>AdminPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="109" />
        <source>Could not load %1: %2</source>
        <translation>无法加载%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="187" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="197" />
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="209" />
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="215" />
        <source>%1 deleted.</source>
        <translation>%1 已删除。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="226" />
        <source>Test not sent: %1</source>
        <translation>测试未发送：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="229" />
        <source>Webhook %1 answered HTTP %2 in %3 ms.</source>
        <translation>Webhook %1 已响应 HTTP %2，用时 %3 毫秒。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="233" />
        <source>Webhook %1 did not take the test: %2</source>
        <translation>Webhook %1 未能接收测试：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="245" />
        <source>Password not reset: %1</source>
        <translation>密码未重置：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="249" />
        <source>Password of %1 reset: it must be changed at the next sign-in.</source>
        <translation>%1 的密码已重置：下次登录时必须修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="264" />
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="271" />
        <source>Agents exported to %1</source>
        <translation>座席已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="288" />
        <source>Not uploaded: %1</source>
        <translation>未上传：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="292" />
        <source>%1 uploaded.</source>
        <translation>%1 已上传。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/presenter.py" line="306" />
        <source>Cannot play %1: %2</source>
        <translation>无法播放 %1：%2</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../agent_desktop/admin/tab.py" line="85" />
        <source>Read-only: ask an administrator for changes.</source>
        <translation>只读：如需修改请联系管理员。</translation>
    </message>
</context>
<context>
    <name>AdminTexts</name>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="36" />
        <location filename="../../agent_desktop/admin/texts.py" line="68" />
        <source>Agents</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="37" />
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="38" />
        <location filename="../../agent_desktop/admin/texts.py" line="59" />
        <source>Queues</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="39" />
        <location filename="../../agent_desktop/admin/texts.py" line="106" />
        <source>Numbers</source>
        <translation>呼入号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="40" />
        <source>Reason codes</source>
        <translation>示忙原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="41" />
        <source>Dispositions</source>
        <translation>业务小结</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="42" />
        <source>Prompts</source>
        <translation>语音文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="43" />
        <source>Roles</source>
        <translation>角色权限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="44" />
        <source>Webhooks</source>
        <translation>Webhook 推送</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="45" />
        <source>Number lists</source>
        <translation>黑白名单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="52" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="54" />
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="55" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="56" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="57" />
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="58" />
        <source>Skills</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="60" />
        <source>Outbound caller ID</source>
        <translation>外呼主叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="61" />
        <source>Max sessions (0 = any)</source>
        <translation>最大会话数（0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="62" />
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="63" />
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="64" />
        <source>Change at first sign-in</source>
        <translation>首次登录须改密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="65" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="66" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="67" />
        <source>Lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="69" />
        <source>Strategy</source>
        <translation>分配策略</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="70" />
        <source>Ring time (s)</source>
        <translation>振铃时长（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="71" />
        <source>Wrap-up (s)</source>
        <translation>话后整理（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="72" />
        <source>Disposition required</source>
        <translation>必须填写处理结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="73" />
        <source>Conference stays on hang-up</source>
        <translation>主持人挂机后三方继续</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="74" />
        <source>Announce position every (s)</source>
        <translation>位置播报间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="75" />
        <source>Announce the agent's ID</source>
        <translation>座席自动报号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="76" />
        <source>Callback key</source>
        <translation>回电按键</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="77" />
        <source>Last agent first (days)</source>
        <translation>来电记忆（天）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="78" />
        <source>Wait for last agent (s)</source>
        <translation>等待上次座席（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="79" />
        <source>VIP customer tag</source>
        <translation>VIP 客户标签</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="80" />
        <source>VIP priority</source>
        <translation>VIP 优先级</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="81" />
        <source>Max wait (s, 0 = none)</source>
        <translation>最长等待（秒，0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="82" />
        <source>Max wait with no agent (s)</source>
        <translation>无座席时最长等待（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="83" />
        <source>Overflow to</source>
        <translation>溢出到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="84" />
        <source>Join when no agent</source>
        <translation>无座席时仍可排队</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="85" />
        <source>Leave when no agent</source>
        <translation>无座席时离开队列</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="86" />
        <source>Empty if all agents are</source>
        <translation>座席全部处于以下状态时视为无人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="87" />
        <source>Max callers (0 = any)</source>
        <translation>最多排队数（0 = 不限）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="88" />
        <source>Escalate by level</source>
        <translation>按级别逐级分配</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="89" />
        <source>Wait per level (s)</source>
        <translation>每级等待（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="90" />
        <source>Service level (s)</source>
        <translation>服务水平阈值（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="91" />
        <source>Short abandon (s)</source>
        <translation>短时放弃（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="92" />
        <source>Music on hold</source>
        <translation>等待音乐</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="93" />
        <source>Greeting</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="94" />
        <source>CRM pop URL</source>
        <translation>CRM 弹屏网址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="95" />
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="96" />
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="97" />
        <source>Secret (16+ characters)</source>
        <translation>签名密钥（至少 16 个字符）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="98" />
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="99" />
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="100" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="101" />
        <source>Black or white list</source>
        <translation>黑名单或白名单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="102" />
        <source>Applies to</source>
        <translation>适用方向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="103" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="104" />
        <source>Open the CRM page</source>
        <translation>打开 CRM 页面</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="105" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="107" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="108" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="109" />
        <source>IVR flow</source>
        <translation>IVR 流程</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="110" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="111" />
        <source>Label (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="112" />
        <source>Label (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="113" />
        <source>Paid</source>
        <translation>计薪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="114" />
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="115" />
        <source>Length (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="116" />
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="117" />
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="118" />
        <source>Based on</source>
        <translation>基于</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="119" />
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="120" />
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="121" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="122" />
        <source>Audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="123" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="124" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="129" />
        <source>See the team (states, calls, records)</source>
        <translation>查看班组（状态、通话、记录）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="130" />
        <source>Listen and whisper</source>
        <translation>监听和耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="131" />
        <source>Barge in</source>
        <translation>强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="132" />
        <source>Force states, end calls</source>
        <translation>强制状态、强拆通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="133" />
        <source>Play others' recordings</source>
        <translation>收听他人录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="134" />
        <source>Export reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="135" />
        <source>Edit the knowledge base</source>
        <translation>编辑知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="136" />
        <source>Manage customers</source>
        <translation>管理客户资料</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="137" />
        <source>Manage agents, teams, roles</source>
        <translation>管理座席、班组、角色</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="138" />
        <source>Manage queues, numbers, codes, prompts</source>
        <translation>管理技能组、号码、代码、语音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="139" />
        <source>See the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="140" />
        <source>Score recorded calls (QA)</source>
        <translation>质检评分（录音）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="141" />
        <source>Edit QA scoring forms</source>
        <translation>编辑质检评分表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="142" />
        <source>Manage webhooks (integration)</source>
        <translation>管理 Webhook（对接接口）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="143" />
        <source>Pick up colleagues' ringing calls</source>
        <translation>代接同事正在振铃的来电（代答）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="149" />
        <source>Longest idle</source>
        <translation>最长空闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="150" />
        <source>Round robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="151" />
        <source>Fewest calls</source>
        <translation>最少通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="152" />
        <source>Least talk time</source>
        <translation>最短通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="153" />
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="154" />
        <source>Top-down</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="155" />
        <source>Ring all</source>
        <translation>全部振铃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="156" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="157" />
        <source>Team lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="158" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="159" />
        <source>Signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="160" />
        <location filename="../../agent_desktop/admin/texts.py" line="165" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="161" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="162" />
        <location filename="../../agent_desktop/admin/texts.py" line="166" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="163" />
        <location filename="../../agent_desktop/admin/texts.py" line="169" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="164" />
        <location filename="../../agent_desktop/admin/texts.py" line="170" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="167" />
        <source>When it rings</source>
        <translation>振铃时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="168" />
        <source>When answered</source>
        <translation>接听时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="175" />
        <source>%1 *:</source>
        <translation>%1 *：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="175" />
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="182" />
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="183" />
        <source>a password may not start or end with spaces</source>
        <translation>密码的开头和结尾不能是空格</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="184" />
        <source>a password may not contain the agent ID</source>
        <translation>密码不能包含工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="185" />
        <source>the new password must differ from the old one</source>
        <translation>新密码不能与旧密码相同</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="197" />
        <source>Already taken</source>
        <translation>已被占用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="198" />
        <source>No such entry</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="199" />
        <source>Still in use</source>
        <translation>仍在使用中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="200" />
        <source>Password not allowed</source>
        <translation>密码不符合要求</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="201" />
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="202" />
        <source>Not an audio file</source>
        <translation>不是音频文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="203" />
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="204" />
        <source>You cannot delete yourself</source>
        <translation>不能删除自己</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="205" />
        <source>Not in your teams</source>
        <translation>不属于您的班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="206" />
        <source>Not allowed for your role</source>
        <translation>您的角色无此权限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="207" />
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="208" />
        <source>Invalid value</source>
        <translation>取值无效</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="209" />
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="216" />
        <location filename="../../agent_desktop/admin/texts.py" line="266" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="226" />
        <source>%1 '%2'</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="234" />
        <source>an agent ID is 1-32 letters, digits, _ . - (e.g. 2001)</source>
        <translation>工号为 1-32 位字母、数字或 _ . -（如 2001）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="238" />
        <source>agent %1 is also on line %2</source>
        <translation>工号 %1 在第 %2 行也出现了</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="241" />
        <source>a name is 1-100 characters</source>
        <translation>姓名须为 1-100 个字符</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="242" />
        <source>unknown role '%1' (one of %2)</source>
        <translation>未知角色“%1”（可选：%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="243" />
        <source>unknown team '%1'</source>
        <translation>未知班组“%1”</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="244" />
        <source>level of '%1' must be 1-9</source>
        <translation>技能组“%1”的级别须为 1-9</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="245" />
        <source>unknown queue '%1'</source>
        <translation>未知技能组“%1”</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="246" />
        <source>queue '%1' twice</source>
        <translation>技能组“%1”重复出现</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="247" />
        <source>a caller ID is 2-32 digits</source>
        <translation>主叫号码须为 2-32 位数字</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="269" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="272" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/texts.py" line="275" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>AgentCampaigns</name>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="129" />
        <source>Joined campaign %1.</source>
        <translation>已加入外呼任务 %1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="143" />
        <source>Left campaign %1.</source>
        <translation>已退出外呼任务 %1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="185" />
        <source>Dialling %1: your phone rings first.</source>
        <translation>正在外呼 %1：您的话机会先振铃。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="226" />
        <source>Choose a result first.</source>
        <translation>请先选择外呼结果。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="229" />
        <source>The call-back time must be in the future.</source>
        <translation>回拨时间必须晚于现在。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="239" />
        <source>Campaign result saved.</source>
        <translation>外呼结果已保存。</translation>
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
    <name>AgentModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="201" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="202" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="203" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="204" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="205" />
        <source>Time in state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="206" />
        <source>Current call</source>
        <translation>当前通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="207" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="208" />
        <source>Calls today</source>
        <translation>今日通话</translation>
    </message>
</context>
<context>
    <name>AgentStatePresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="125" />
        <source>Choose a disposition and save the wrap-up first: this queue needs one for every call.</source>
        <translation>请先选择处理结果并保存话后整理：此技能组的每通电话都必须填写。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/agent_state.py" line="131" />
        <source>State change failed: %1</source>
        <translation>状态切换失败：%1</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="70" />
        <source>Export agents</source>
        <translation>导出座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="72" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="72" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="85" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="87" />
        <source>Reset the password of %1? The server makes a new one, and %1 must change it at the next sign-in.</source>
        <translation>确定重置 %1 的密码？服务器将生成新密码，%1 下次登录时必须修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="102" />
        <source>Password reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="104" />
        <source>New password of %1: %2
Give it to them in person; they choose their own at the next sign-in.</source>
        <translation>%1 的新密码：%2
请当面告知本人；下次登录时由其设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="118" />
        <source>&amp;Import…</source>
        <translation>批量导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="119" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="120" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
</context>
<context>
    <name>AnnouncementBanner</name>
    <message>
        <location filename="../../agent_desktop/announcements/banner.py" line="41" />
        <source>Announcement from %1: %2</source>
        <translation>公告（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/banner.py" line="46" />
        <source>1 of %1</source>
        <translation>第 1 条 / 共 %1 条</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/banner.py" line="48" />
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>AnnouncementsHost</name>
    <message>
        <location filename="../../agent_desktop/announcements/host.py" line="59" />
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
</context>
<context>
    <name>AnnouncementsPage</name>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="79" />
        <source>everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="89" />
        <source>Read by %1 of %2</source>
        <translation>已读 %1 / 共 %2 人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="95" />
        <source>not read yet</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="107" />
        <source>Write the announcement first.</source>
        <translation>请先填写公告内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="114" />
        <source>Announcement:</source>
        <translation>公告内容：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="115" />
        <source>To teams:</source>
        <translation>发送班组：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="117" />
        <source>team names, separated by commas; empty: everyone</source>
        <translation>班组名称，以逗号分隔；留空：全体</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="119" />
        <source>Post</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="120" />
        <source>Posted by me (choose one to see who read it)</source>
        <translation>我发布的公告（选择一条查看阅读情况）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/announcements/post_page.py" line="121" />
        <source>Read receipts</source>
        <translation>阅读回执</translation>
    </message>
</context>
<context>
    <name>AnswerSheet</name>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="62" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="63" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="68" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="82" />
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="103" />
        <source>Weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="105" />
        <source>Critical: failing it makes the whole score 0</source>
        <translation>致命项：未通过则总分为 0</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="114" />
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="114" />
        <source>Answer</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="94" />
        <source>Edit article</source>
        <translation>编辑文章</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="94" />
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="98" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="99" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="100" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="101" />
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="102" />
        <source>IVR paths</source>
        <translation>IVR 路径</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="103" />
        <source>Body (Markdown)</source>
        <translation>正文（Markdown）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="108" />
        <source>comma separated, e.g. refund, 退款</source>
        <translation>用逗号分隔，例如 退款, refund</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="109" />
        <source>empty = every queue</source>
        <translation>留空 = 所有队列</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/editor.py" line="110" />
        <source>digit paths, e.g. 2&gt;1</source>
        <translation>按键路径，例如 2&gt;1</translation>
    </message>
</context>
<context>
    <name>AudioSettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="141" />
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="142" />
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="143" />
        <source>Ringer</source>
        <translation>振铃设备</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="149" />
        <source>The saved microphone “%1” is not connected: the system default is used.</source>
        <translation>已保存的麦克风“%1”未连接：正在使用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="152" />
        <source>The saved speaker “%1” is not connected: the system default is used.</source>
        <translation>已保存的扬声器“%1”未连接：正在使用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="155" />
        <source>The saved ringer “%1” is not connected: the system default is used.</source>
        <translation>已保存的振铃设备“%1”未连接：正在使用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="162" />
        <source>%1: “%2” stopped working. Reconnecting…</source>
        <translation>%1：“%2”已停止工作，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="164" />
        <source>%1: using “%2” until your chosen device is back.</source>
        <translation>%1：所选设备恢复前暂用“%2”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="166" />
        <source>%1: “%2” works again.</source>
        <translation>%1：“%2”已恢复正常。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="170" />
        <source>Audio settings</source>
        <translation>音频设置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="171" />
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="172" />
        <source>&amp;Speaker:</source>
        <translation>扬声器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="173" />
        <source>&amp;Ringer:</source>
        <translation>振铃设备(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="176" />
        <source>The ringer plays incoming calls. Choose the computer's speakers to hear calls when the headset is off.</source>
        <translation>振铃设备用于播放来电铃声。选择电脑扬声器，摘下耳机时也能听到来电。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="180" />
        <source>Input level:</source>
        <translation>输入音量：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="181" />
        <source>Your microphone's level (during the test and calls)</source>
        <translation>麦克风音量（测试和通话期间）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="185" />
        <location filename="../../agent_desktop/views/audio_settings.py" line="244" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="185" />
        <location filename="../../agent_desktop/views/audio_settings.py" line="244" />
        <source>Start audio test</source>
        <translation>开始音频测试</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="188" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="189" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="210" />
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="212" />
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="246" />
        <source>Speak: you should hear yourself. The test stops after 15 seconds.</source>
        <translation>请说话：您应能听到自己的声音。测试将在 15 秒后自动停止。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="248" />
        <source>Put on your headset, start the test and speak: you should hear yourself.</source>
        <translation>请戴上耳机，开始测试并说话：您应能听到自己的声音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/audio_settings.py" line="263" />
        <source>Cannot do that now: %1</source>
        <translation>暂时无法执行：%1</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="93" />
        <source>New campaign</source>
        <translation>新建外呼任务</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="94" />
        <source>What the campaign is and who takes its calls.</source>
        <translation>任务内容以及由谁接听。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="96" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="97" />
        <source>Mode:</source>
        <translation>外呼方式：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="98" />
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="99" />
        <source>Caller ID:</source>
        <translation>主叫号码：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="100" />
        <source>Key 1 transfers to:</source>
        <translation>按 1 转接到：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="101" />
        <source>Message:</source>
        <translation>语音内容：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="102" />
        <source>Script:</source>
        <translation>话术：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="108" />
        <source>the number customers see</source>
        <translation>客户看到的号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="110" />
        <source>Played by IVR broadcast, and to a customer no agent was free for</source>
        <translation>IVR 群呼播放的内容；无空闲坐席时也向客户播放</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="112" />
        <source>What agents say; shown beside the call</source>
        <translation>坐席的话术，通话时显示在旁边</translation>
    </message>
</context>
<context>
    <name>CallModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="280" />
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="281" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="282" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="283" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="284" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="285" />
        <source>Quality</source>
        <translation>通话质量</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="294" />
        <source>⚠ Poor %1</source>
        <translation>⚠ 较差 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="295" />
        <source>Good %1</source>
        <translation>良好 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="295" />
        <source>Fair %1</source>
        <translation>一般 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="301" />
        <source>Customer's line</source>
        <translation>客户线路</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="302" />
        <source>Agent's line</source>
        <translation>座席线路</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="308" />
        <source>%1: MOS %2 (worst %3), %4 % lost, jitter %5 ms, round trip %6 ms</source>
        <translation>%1：MOS %2（最差 %3），丢包 %4 %，抖动 %5 毫秒，往返 %6 毫秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="320" />
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="322" />
        <source>IVR</source>
        <translation>IVR 导航</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="323" />
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="324" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="325" />
        <source>Dialling</source>
        <translation>外呼中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="326" />
        <source>Talking</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="327" />
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>CallPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="337" />
        <source>Cannot join the monitored call: %1</source>
        <translation>无法接入被监控的通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="496" />
        <source>The call has not reached your phone yet.</source>
        <translation>来电尚未到达您的话机。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="501" />
        <location filename="../../agent_desktop/presenters/call.py" line="776" />
        <source>Cannot answer: %1</source>
        <translation>无法接听：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="513" />
        <location filename="../../agent_desktop/presenters/call.py" line="523" />
        <location filename="../../agent_desktop/presenters/call.py" line="529" />
        <source>Cannot hang up: %1</source>
        <translation>无法挂断：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="542" />
        <source>Cannot send tones: %1</source>
        <translation>无法发送按键音：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="685" />
        <source>Hold is not available on this server yet.</source>
        <translation>此服务器暂不支持保持。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="688" />
        <source>Hold failed: %1</source>
        <translation>保持失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="705" />
        <source>Transfer is not available on this server yet.</source>
        <translation>此服务器暂不支持转接。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="708" />
        <source>Transfer failed: %1</source>
        <translation>转接失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="668" />
        <location filename="../../agent_desktop/presenters/call.py" line="713" />
        <source>Transferred to %1.</source>
        <translation>已转接至 %1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="197" />
        <source>Internal call from %1.</source>
        <translation>%1 的内线来电。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="199" />
        <source>%1 consults you about this call.</source>
        <translation>%1 就此通话向您咨询。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="193" />
        <location filename="../../agent_desktop/presenters/call.py" line="201" />
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="191" />
        <source>Transferred to you by %1.</source>
        <translation>%1 将来电转给了您。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="217" />
        <source>The call was transferred to you.</source>
        <translation>该通话已转给您。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="247" />
        <source>The consult has ended.</source>
        <translation>咨询已结束。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="251" />
        <location filename="../../agent_desktop/presenters/call.py" line="277" />
        <source>The internal call has ended.</source>
        <translation>内线通话已结束。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="417" />
        <source>You took over the call: the agent has left it.</source>
        <translation>您已接管该通话：原座席已退出。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="428" />
        <source>Finish the current call before calling a colleague.</source>
        <translation>请先结束当前通话，再呼叫同事。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="439" />
        <source>Internal calls are not available on this server yet.</source>
        <translation>此服务器尚不支持内线呼叫。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="443" />
        <source>Calling %1 failed: %2</source>
        <translation>呼叫 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="452" />
        <source>Calling %1: answer your phone (F5), then it rings your colleague.</source>
        <translation>正在呼叫 %1：请先接起您的话机（F5），随后振铃同事。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="462" />
        <source>Finish the current call before picking up another.</source>
        <translation>请先结束当前通话，再代答其他来电。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="473" />
        <source>Pickup is not available on this server yet.</source>
        <translation>此服务器尚不支持代答。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="478" />
        <source>You may not pick up this call: %1</source>
        <translation>你不能代答这个来电：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="481" />
        <location filename="../../agent_desktop/presenters/call.py" line="484" />
        <source>Pickup failed: %1</source>
        <translation>代答失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="488" />
        <source>You picked up the call ringing %1: answer it (F5).</source>
        <translation>您已代答振铃 %1 的来电：请接听（F5）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="559" />
        <source>%1 is busy: you are back with the caller.</source>
        <translation>%1 正忙：已回到客户通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="560" />
        <source>%1 declined the consult: you are back with the caller.</source>
        <translation>%1 拒绝了咨询：已回到客户通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="561" />
        <source>%1 did not answer: you are back with the caller.</source>
        <translation>%1 未接听：已回到客户通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="562" />
        <source>%1 hung up: you are back with the caller.</source>
        <translation>%1 已挂断：已回到客户通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="563" />
        <source>%1 could not be reached: you are back with the caller.</source>
        <translation>无法接通 %1：已回到客户通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="589" />
        <source>Consulting is not available on this server yet.</source>
        <translation>此服务器尚不支持咨询。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="592" />
        <location filename="../../agent_desktop/presenters/call.py" line="658" />
        <source>Consult failed: %1</source>
        <translation>咨询失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="627" />
        <source>Drop failed: %1</source>
        <translation>移出失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="629" />
        <source>%1 left the conference.</source>
        <translation>%1 已退出会议。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="670" />
        <source>Back with the caller.</source>
        <translation>已回到客户通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="720" />
        <source>Finish the current call before dialling.</source>
        <translation>请先结束当前通话再外呼。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="731" />
        <source>Click-to-dial is not available on this server yet.</source>
        <translation>此服务器暂不支持点击外呼。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="735" />
        <source>Dialling %1 failed: %2</source>
        <translation>外呼 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="833" />
        <source>Customer not saved: %1</source>
        <translation>客户资料未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="838" />
        <source>Customer saved.</source>
        <translation>客户资料已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/call.py" line="846" />
        <source>this server has no line for outside numbers yet; ask your administrator</source>
        <translation>服务器尚未配置外线，请联系管理员</translation>
    </message>
</context>
<context>
    <name>CallerTicketsSection</name>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="105" />
        <source> · overdue</source>
        <translation> · 已超时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="109" />
        <source>No open tickets for this caller.</source>
        <translation>该来电客户没有未完成的工单。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="111" />
        <source>Open tickets (%1): %2</source>
        <translation>未完成工单（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="125" />
        <source>no customer record</source>
        <translation>无客户资料</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="127" />
        <source>Linked to %1 and this call</source>
        <translation>已关联 %1 和本次通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="148" />
        <source>Give the ticket a type and a title.</source>
        <translation>请填写工单类型和标题。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="172" />
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="173" />
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="176" />
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="176" />
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="176" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="176" />
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="187" />
        <source>What the customer needs</source>
        <translation>客户的诉求</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="188" />
        <source>Open ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/caller_section.py" line="189" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CampaignBar</name>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="54" />
        <source>In campaign: %1 (%2)</source>
        <translation>当前任务：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="59" />
        <source>No campaign is running.</source>
        <translation>没有进行中的外呼任务。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="72" />
        <source>Outbound campaign:</source>
        <translation>外呼任务：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="73" />
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="74" />
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/bar.py" line="75" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="10" />
        <source>Preview</source>
        <translation>预览外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="11" />
        <source>Progressive</source>
        <translation>渐进外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="12" />
        <source>Predictive</source>
        <translation>预测外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="13" />
        <source>IVR broadcast</source>
        <translation>IVR 群呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="20" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="21" />
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="22" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="23" />
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/labels.py" line="24" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="116" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="118" />
        <source>Not in a campaign</source>
        <translation>未加入外呼任务</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="147" />
        <source>First attempt.</source>
        <translation>首次拨打。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="156" />
        <source>Result for %1</source>
        <translation>%1 的外呼结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="184" />
        <source>Say why you skip this contact.</source>
        <translation>请说明跳过该联系人的原因。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="204" />
        <source>Next contact</source>
        <translation>下一个联系人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="205" />
        <source>Earlier attempts:</source>
        <translation>历史拨打：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="206" />
        <source>Dial</source>
        <translation>拨打</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="207" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="212" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="213" />
        <source>Asked not to be called</source>
        <translation>要求勿扰</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="214" />
        <source>Already a customer</source>
        <translation>已是客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="215" />
        <source>Called recently</source>
        <translation>近期已联系</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="222" />
        <source>Reason for skipping</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="223" />
        <source>No contact is waiting for you right now.</source>
        <translation>目前没有待您拨打的联系人。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="224" />
        <source>Look again</source>
        <translation>重新获取</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="225" />
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="226" />
        <source>Call back at</source>
        <translation>预约回拨</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="227" />
        <source>Save result</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/panel.py" line="228" />
        <source>Script</source>
        <translation>话术</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="497" />
        <source>New campaign</source>
        <translation>新建外呼任务</translation>
    </message>
</context>
<context>
    <name>CampaignsHost</name>
    <message>
        <location filename="../../agent_desktop/campaigns/host.py" line="109" />
        <location filename="../../agent_desktop/campaigns/host.py" line="154" />
        <source>Campaign</source>
        <translation>外呼任务</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/host.py" line="151" />
        <source>Campaigns</source>
        <translation>外呼任务</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="229" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="229" />
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="235" />
        <source>Choose a campaign to watch it.</source>
        <translation>选择一个任务查看监控。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="241" />
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="247" />
        <source>not dialling: %1</source>
        <translation>暂不外呼：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="318" />
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="320" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="329" />
        <source>New campaign…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="330" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="331" />
        <source>Do not call…</source>
        <translation>禁呼名单…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="334" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="335" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="336" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="340" />
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="343" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="344" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="345" />
        <source>Import contacts…</source>
        <translation>导入号码…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="346" />
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="348" />
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="349" />
        <source>Contacts left:</source>
        <translation>剩余号码：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="350" />
        <source>Dialled:</source>
        <translation>已拨打：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="351" />
        <source>Answered:</source>
        <translation>已接通：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="352" />
        <source>Answer rate:</source>
        <translation>接通率：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="353" />
        <source>Dropped:</source>
        <translation>放弃数：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="354" />
        <source>Drop rate:</source>
        <translation>放弃率：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="355" />
        <source>Dials per minute:</source>
        <translation>每分钟外呼：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="356" />
        <source>Agents:</source>
        <translation>坐席数：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="337" />
        <location filename="../../agent_desktop/campaigns/tab.py" line="361" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="338" />
        <location filename="../../agent_desktop/campaigns/tab.py" line="361" />
        <source>Answer rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="339" />
        <location filename="../../agent_desktop/campaigns/tab.py" line="361" />
        <source>Drop rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/tab.py" line="361" />
        <source>minutes</source>
        <translation>分钟</translation>
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
    <name>ColleaguesHost</name>
    <message>
        <location filename="../../agent_desktop/colleagues/host.py" line="77" />
        <source>Colleagues</source>
        <translation>同事</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="99" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="100" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="101" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="102" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="103" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="120" />
        <source>%1 · %2 (Ctrl+Shift+P picks up)</source>
        <translation>%1 · %2（Ctrl+Shift+P 代答）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="146" />
        <source>%1 of %2 colleagues</source>
        <translation>显示 %1 / 共 %2 位同事</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="241" />
        <source>Colleagues signed in</source>
        <translation>已签入的同事</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="243" />
        <source>Filter by agent ID, name or state (Ctrl+Shift+D)</source>
        <translation>按工号、姓名或状态筛选（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="246" />
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="246" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="246" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="246" />
        <source>Ringing with</source>
        <translation>振铃来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="248" />
        <source>Call (Enter)</source>
        <translation>内线呼叫（Enter）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="250" />
        <source>Internal call: your phone rings first; answer it, then it rings theirs.</source>
        <translation>内线呼叫：先振铃您的话机，接起后再呼叫同事。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="252" />
        <source>Pick up (Ctrl+Shift+P)</source>
        <translation>代答（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="254" />
        <source>Take the call ringing this colleague: it rings your phone instead.</source>
        <translation>代接这位同事正在振铃的来电：改为振铃您的话机。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/page.py" line="256" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>ColleaguesPresenter</name>
    <message>
        <location filename="../../agent_desktop/colleagues/presenter.py" line="57" />
        <source>The directory is not available on this server yet.</source>
        <translation>此服务器尚不支持同事目录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/colleagues/presenter.py" line="60" />
        <source>The directory could not be loaded: %1</source>
        <translation>无法加载同事目录：%1</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="348" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="348" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="356" />
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="363" />
        <source>%1 imported, %2 duplicates, %3 invalid numbers</source>
        <translation>已导入 %1 条，重复 %2 条，无效号码 %3 条</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="365" />
        <source>%1 to import, %2 duplicates, %3 invalid numbers</source>
        <translation>可导入 %1 条，重复 %2 条，无效号码 %3 条</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="376" />
        <source>%1 rows would be refused; nothing was imported.</source>
        <translation>有 %1 行会被拒绝；未导入任何号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="382" />
        <source>Check passed: %1</source>
        <translation>检查通过：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="389" />
        <source>Import refused (%1 bad rows); nothing was imported.</source>
        <translation>导入被拒绝（%1 行有误）；未导入任何号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="396" />
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="403" />
        <source>Contact list</source>
        <translation>号码列表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="403" />
        <source>Contact lists (*.csv *.xlsx)</source>
        <translation>号码列表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="413" />
        <source>Campaign %1 is created as a draft. Add its contacts, then start it.</source>
        <translation>任务 %1 已创建为草稿。请导入号码，然后启动任务。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="418" />
        <source>Contacts</source>
        <translation>号码列表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="421" />
        <source>A CSV or Excel file; check it first: bad rows are listed, nothing half-imported.</source>
        <translation>CSV 或 Excel 文件；请先检查：列出有误的行，不会只导入一部分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="425" />
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="426" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="427" />
        <source>Number column:</source>
        <translation>号码列：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="428" />
        <source>Name column:</source>
        <translation>姓名列：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="429" />
        <source>by its header: number, phone or 电话</source>
        <translation>按表头识别：number、phone 或 电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="430" />
        <source>by its header: name or 姓名</source>
        <translation>按表头识别：name 或 姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="431" />
        <source>Check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="432" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>CrmHost</name>
    <message>
        <location filename="../../agent_desktop/crm/host.py" line="115" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>CrmPresenter</name>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="177" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="203" />
        <source>Follow-up saved.</source>
        <translation>跟进记录已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="224" />
        <source>Select one or more customers first.</source>
        <translation>请先选择一个或多个客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="235" />
        <source>%1 customer(s) moved to the shared pool.</source>
        <translation>已将 %1 个客户放回公共池。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="237" />
        <source>%1 customer(s) transferred to %2.</source>
        <translation>已将 %1 个客户转移给 %2。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="248" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="252" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="262" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="275" />
        <source>Nothing was imported: %1 line(s) are bad.</source>
        <translation>未导入任何数据：%1 行有误。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="281" />
        <source>%1 customer(s) imported.</source>
        <translation>已导入 %1 个客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/presenter.py" line="304" />
        <source>Merged.</source>
        <translation>已合并。</translation>
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
        <location filename="../../agent_desktop/views/customer_form.py" line="66" />
        <source>A name is required</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/customer_form.py" line="73" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="44" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="44" />
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="44" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="44" />
        <source>Owner</source>
        <translation>归属</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="61" />
        <source>Shared pool</source>
        <translation>公共池</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="241" />
        <source>No customers found</source>
        <translation>未找到客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="245" />
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="258" />
        <source>Shared pool</source>
        <translation>公共池</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="272" />
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="310" />
        <source>Call %1</source>
        <translation>呼叫 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="324" />
        <source>In the shared pool</source>
        <translation>在公共池中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="326" />
        <source>Yours</source>
        <translation>归属于我</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="328" />
        <source>Owner: %1</source>
        <translation>归属：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="367" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="369" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="413" />
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="415" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 文件 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="426" />
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="428" />
        <source>Customer files (*.csv *.xlsx)</source>
        <translation>客户文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="438" />
        <source>Merge %1 into %2? %1 is deleted; its calls, follow-ups and numbers move.</source>
        <translation>将 %1 合并到 %2？%1 将被删除，其通话、跟进记录和号码会转到 %2。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="461" />
        <source>Search name, number, company, tag, owner or any field…</source>
        <translation>搜索姓名、号码、公司、标签、归属或任意字段…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="463" />
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="464" />
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="465" />
        <source>Pick a customer on the left.</source>
        <translation>请在左侧选择客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="466" />
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="467" />
        <source>Take this customer from the shared pool</source>
        <translation>从公共池领取该客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="468" />
        <source>Release to pool</source>
        <translation>放回公共池</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="469" />
        <source>Customer fields</source>
        <translation>客户字段</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="470" />
        <source>Save fields</source>
        <translation>保存字段</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="471" />
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="472" />
        <source>What was agreed</source>
        <translation>沟通结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="473" />
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="474" />
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="475" />
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="476" />
        <source>Transfer to</source>
        <translation>转移给</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="477" />
        <source>Transfer selected</source>
        <translation>转移所选</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="478" />
        <source>Give the selected customers to this agent</source>
        <translation>把所选客户转给该座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="479" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="480" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="481" />
        <source>Merge a duplicate into this customer</source>
        <translation>将重复客户合并到此客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="482" />
        <source>Find the duplicate…</source>
        <translation>查找重复客户…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="483" />
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="484" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="485" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="491" />
        <source>New contact</source>
        <translation>初次接触</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="492" />
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="493" />
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="494" />
        <source>Won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/tab.py" line="495" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../../agent_desktop/platform/integration.py" line="175" />
        <source>Start at login not changed: %1</source>
        <translation>未能更改开机启动设置：%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../agent_desktop/platform/integration.py" line="47" />
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
</context>
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
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="125" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="142" />
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="149" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="149" />
        <source>Problem</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="163" />
        <source>Problems found: %1</source>
        <translation>发现问题：%1 个</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="165" />
        <source>Everything looks fine.</source>
        <translation>一切正常。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="173" />
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="176" />
        <source>If something does not work, copy this report and send it to your support team.</source>
        <translation>如果有功能无法使用，请复制这份报告并发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="180" />
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="180" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="180" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="182" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="183" />
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="184" />
        <source>Refresh the diagnostics</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/diagnostics_page.py" line="185" />
        <source>Copy the report to the clipboard</source>
        <translation>将报告复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>DncDialog</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/campaigns/dnc.py" line="73" />
        <source>%n number(s) on the list.</source>
        <translation><numerusform>名单上有 %n 个号码。</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="91" />
        <source>Do not call</source>
        <translation>禁呼名单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="92" />
        <source>Numbers:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="93" />
        <source>one a line, or separated by commas</source>
        <translation>每行一个，或以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="94" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="95" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/dnc.py" line="96" />
        <source>Remove chosen</source>
        <translation>删除所选</translation>
    </message>
</context>
<context>
    <name>EvaluationsView</name>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="104" />
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="105" />
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="106" />
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="107" />
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="130" />
        <source>%1 evaluation(s)</source>
        <translation>共 %1 条评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="174" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="174" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="174" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="181" />
        <source>No evaluation selected.</source>
        <translation>未选择评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="185" />
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="289" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="187" />
        <source>Call of %1 on %2, scored by %3</source>
        <translation>%1 于 %2 的通话，评分人 %3</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="197" />
        <source>A critical item failed: the score is 0.</source>
        <translation>有致命项未通过：总分为 0。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="213" />
        <source>Comments:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="221" />
        <source>Disputed: %1</source>
        <translation>申诉理由：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="225" />
        <source>Resolution by %1: %2</source>
        <translation>%1 的处理意见：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="275" />
        <source>Evaluation %1: %2</source>
        <translation>评分 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="287" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="287" />
        <source>Form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="289" />
        <source>Scored</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="289" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="291" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="292" />
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="294" />
        <source>Uphold the score</source>
        <translation>维持原评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="295" />
        <source>Amend the score</source>
        <translation>修改评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="296" />
        <source>Resolution note for the agent</source>
        <translation>给座席的处理意见</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="298" />
        <source>Dispute</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="299" />
        <source>Why you dispute this score</source>
        <translation>申诉理由</translation>
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="167" />
        <location filename="../../agent_desktop/flows/page.py" line="403" />
        <location filename="../../agent_desktop/flows/page.py" line="454" />
        <source>Open</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="168" />
        <location filename="../../agent_desktop/flows/page.py" line="404" />
        <location filename="../../agent_desktop/flows/page.py" line="455" />
        <source>Closed</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="169" />
        <location filename="../../agent_desktop/flows/page.py" line="405" />
        <location filename="../../agent_desktop/flows/page.py" line="456" />
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="172" />
        <source>%1 forced: %2</source>
        <translation>%1 已强制为：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="177" />
        <source>No time group is forced.</source>
        <translation>没有强制处理的时间组。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="185" />
        <location filename="../../agent_desktop/flows/page.py" line="288" />
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="187" />
        <source> (published)</source>
        <translation>（已发布）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="193" />
        <source>Version %1 · published %2 · numbers %3</source>
        <translation>最新第 %1 版 · 已发布第 %2 版 · 号码 %3</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="197" />
        <source> · not saved</source>
        <translation> · 未保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="252" />
        <location filename="../../agent_desktop/flows/page.py" line="388" />
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="257" />
        <source>Node %1: %2</source>
        <translation>节点 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="302" />
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="305" />
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="381" />
        <source>Flows</source>
        <translation>呼叫流程</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="384" />
        <source>new flow id</source>
        <translation>新流程编号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="385" />
        <source>New flow</source>
        <translation>新建流程</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="386" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="387" />
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="388" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="388" />
        <source>Key / branch</source>
        <translation>按键 / 分支</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="394" />
        <source>node id</source>
        <translation>节点编号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="395" />
        <source>Add node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="396" />
        <source>Delete node</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="397" />
        <source>Make start</source>
        <translation>设为起始</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="398" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="399" />
        <source>Simulate a call</source>
        <translation>模拟来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="400" />
        <source>Force a time group (强制处理)</source>
        <translation>强制处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="407" />
        <source>Force</source>
        <translation>强制</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="408" />
        <source>Lift</source>
        <translation>取消强制</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="410" />
        <source>Caller number</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="411" />
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="412" />
        <source>now, or 2026-10-01T10:00:00+08:00</source>
        <translation>现在，或 2026-10-01T10:00:00+08:00</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="413" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="414" />
        <source>one input per comma: 2, 1</source>
        <translation>每次输入以逗号分隔：2, 1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="415" />
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="420" />
        <source>Play prompt</source>
        <translation>放音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="421" />
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="422" />
        <source>Collect digits</source>
        <translation>收号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="423" />
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="424" />
        <source>Time condition</source>
        <translation>时间条件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="425" />
        <source>HTTP look-up</source>
        <translation>HTTP 查询</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="426" />
        <source>Area (number prefix or place)</source>
        <translation>区域路由（号段或省市）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="427" />
        <location filename="../../agent_desktop/flows/page.py" line="460" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="428" />
        <source>Dial agent or queue</source>
        <translation>分机号码接入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="429" />
        <source>Voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="430" />
        <source>Callback request</source>
        <translation>回电登记</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="431" />
        <source>Forward to number</source>
        <translation>转外线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="432" />
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="438" />
        <source>Prompt</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="439" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="440" />
        <source>Choices</source>
        <translation>按键选项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="441" />
        <source>Time-out (s)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="442" />
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="443" />
        <source>Invalid-key prompt</source>
        <translation>按键错误提示音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="444" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="445" />
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="446" />
        <source>Min. length</source>
        <translation>最小位数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="447" />
        <source>Max. length</source>
        <translation>最大位数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="448" />
        <source>Terminator</source>
        <translation>结束键</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="449" />
        <source>Pattern</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="450" />
        <source>If invalid</source>
        <translation>输入无效时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="451" />
        <source>Thanks prompt</source>
        <translation>致谢语音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="452" />
        <source>Confirmation prompt</source>
        <translation>确认语音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="453" />
        <source>Time group</source>
        <translation>时间组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="457" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="458" />
        <source>Answer field</source>
        <translation>应答字段</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="459" />
        <source>Branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="461" />
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="462" />
        <source>Mailbox</source>
        <translation>信箱</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="463" />
        <source>Max. seconds</source>
        <translation>最长秒数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="464" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/page.py" line="465" />
        <source>Survey after the call</source>
        <translation>通话后满意度调查</translation>
    </message>
</context>
<context>
    <name>FlowsPresenter</name>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="60" />
        <source>Could not load the flows: %1</source>
        <translation>无法加载呼叫流程：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="97" />
        <source>Choose a new node id.</source>
        <translation>请输入一个新的节点编号。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="125" />
        <source>Not created: %1</source>
        <translation>未创建：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="127" />
        <source>Flow %1 created.</source>
        <translation>呼叫流程 %1 已创建。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="144" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="146" />
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="162" />
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="165" />
        <source>Version %1 published.</source>
        <translation>第 %1 版已发布。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="182" />
        <source>Not simulated: %1</source>
        <translation>模拟失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/flows/presenter.py" line="198" />
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="88" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="89" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="90" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="91" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="92" />
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="93" />
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="99" />
        <source>New contact</source>
        <translation>初次接触</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="100" />
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="101" />
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="102" />
        <source>Won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/models.py" line="103" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>FormsEditor</name>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="135" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="284" />
        <source>New form</source>
        <translation>新建评分表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="138" />
        <source>Version %1, used by %2 evaluation(s)</source>
        <translation>第 %1 版，已用于 %2 条评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="174" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="291" />
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="175" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="292" />
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="203" />
        <source>Row %1: %2 must be a number</source>
        <translation>第 %1 行：%2 必须是数字</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="217" />
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="244" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="248" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="250" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="256" />
        <source>%1 saved as version %2.</source>
        <translation>%1 已保存为第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="270" />
        <source>Section</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="271" />
        <source>Section weight</source>
        <translation>分组权重</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="272" />
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="273" />
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="274" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="275" />
        <source>Max points</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="276" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="277" />
        <source>Critical</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="278" />
        <source>N/A allowed</source>
        <translation>可不适用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="281" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="282" />
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="285" />
        <source>Add item</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="286" />
        <source>Remove item</source>
        <translation>删除评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="287" />
        <source>&amp;Save form</source>
        <translation>保存评分表(&amp;S)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="47" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="48" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="49" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="50" />
        <source>Talk</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="51" />
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="52" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="67" />
        <source>In</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/history_model.py" line="67" />
        <source>Out</source>
        <translation>呼出</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="142" />
        <source>Choose the agents file</source>
        <translation>选择座席文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="143" />
        <source>Agent lists (*.csv *.xlsx)</source>
        <translation>座席名单 (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/admin/dialogs.py" line="153" />
        <source>Rows in the file: %n. Import checks every row first.</source>
        <translation><numerusform>文件共 %n 行。导入前会先检查每一行。</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="155" />
        <source>The server reads this file when you import it.</source>
        <translation>导入时由服务器读取此文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="195" />
        <source>Import agents</source>
        <translation>批量导入座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="197" />
        <source>Generated passwords (shown only now: copy them and hand them out in person):</source>
        <translation>生成的密码（仅此一次显示：请复制并当面告知本人）：</translation>
    </message>
</context>
<context>
    <name>ImportPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="73" />
        <source>%1 is too large (%2 MB): an import file may be at most %3 MB. Split it into smaller files.</source>
        <translation>%1 过大（%2 MB）：导入文件最大 %3 MB。请拆分为较小的文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="92" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/admin/importer.py" line="102" />
        <source>Nothing imported. Rows to fix: %n (in red below).</source>
        <translation><numerusform>未导入任何数据。需要修改的行：%n（下方红色标出）。</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="110" />
        <source>Choose a CSV or Excel file first.</source>
        <translation>请先选择 CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="123" />
        <source>Nothing imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/importer.py" line="139" />
        <source>Imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>已导入：新增 %1，更新 %2，跳过 %3。</translation>
    </message>
</context>
<context>
    <name>KnowledgeDock</name>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="85" />
        <source>Playing the recording to the caller.</source>
        <translation>正在向来电者播放录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="93" />
        <source>Playing recordings to callers is not available on this server yet.</source>
        <translation>此服务器暂不支持向来电者播放录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="95" />
        <source>Only the agent on an answered call can play a recording into it.</source>
        <translation>只有已接通通话的座席才能向通话播放录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="97" />
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/dock.py" line="98" />
        <source>The recording was not played: %1</source>
        <translation>录音未播放：%1</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="186" />
        <source>Search the knowledge base…</source>
        <translation>搜索知识库…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="187" />
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="188" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="189" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="190" />
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="191" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="192" />
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="193" />
        <source>Voice snippets</source>
        <translation>语音知识</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="195" />
        <location filename="../../agent_desktop/kb/panel.py" line="316" />
        <source>Play to caller</source>
        <translation>播放给来电者</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="198" />
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="199" />
        <source>Search or pick a category.</source>
        <translation>输入关键词搜索，或选择分类。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/kb/panel.py" line="280" />
        <source>Suggested for this call (%n)</source>
        <translation><numerusform>本次通话推荐（%n）</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/kb/panel.py" line="282" />
        <source>%n article(s) in this category</source>
        <translation><numerusform>本分类共 %n 篇文章</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="284" />
        <source>Type to search (Chinese or English)</source>
        <translation>输入即搜索（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="286" />
        <source>No articles found for “%1”</source>
        <translation>未找到与“%1”相关的文章</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/kb/panel.py" line="288" />
        <source>%n result(s) for “%1”</source>
        <translation><numerusform>“%1”的搜索结果：%n 条</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="336" />
        <source>Play this recording to the caller (you hear it too)</source>
        <translation>将这段录音播放给来电者（您也能听到）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="338" />
        <source>Available while you are on an answered call</source>
        <translation>接通通话后可用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="351" />
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="352" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="411" />
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/kb/panel.py" line="412" />
        <source>Delete “%1”? Its edit history is kept.</source>
        <translation>删除“%1”？编辑历史会保留。</translation>
    </message>
</context>
<context>
    <name>LeadCampaigns</name>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="365" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="381" />
        <source>Started, but nothing is dialled yet: %1</source>
        <translation>已启动，但暂不外呼：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="390" />
        <source>Results saved to %1.</source>
        <translation>结果已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="406" />
        <source>Type the numbers first.</source>
        <translation>请先输入号码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/campaigns/presenter.py" line="412" />
        <source>%n number(s) will never be dialled.</source>
        <translation><numerusform>%n 个号码将不再被拨打。</numerusform></translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="389" />
        <source>Sign out %1? Their calls in progress continue, but they stop receiving calls.</source>
        <translation>确定强制签出 %1？进行中的通话不受影响，但不再分配新来电。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="401" />
        <source>Hang up the call of %1 with agent %2? The caller is disconnected at once.</source>
        <translation>确定强拆 %1 与座席 %2 的通话？来电者会立即被挂断。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="420" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="445" />
        <location filename="../../agent_desktop/supervisor/live_page.py" line="515" />
        <source>Force not ready</source>
        <translation>强制置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="447" />
        <location filename="../../agent_desktop/supervisor/live_page.py" line="516" />
        <source>Force sign-out…</source>
        <translation>强制签出…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="467" />
        <source>Listening to</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="468" />
        <source>Whispering on</source>
        <translation>正在耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="469" />
        <source>Barged into</source>
        <translation>已强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="474" />
        <source>%1 %2 — audio on your headset, controls on the Calls tab</source>
        <translation>%1 %2 — 声音在您的耳机中，控制按钮在“通话”页</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="476" />
        <source>a call</source>
        <translation>一通电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="503" />
        <source>Live queues</source>
        <translation>实时技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="504" />
        <source>Agents</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="505" />
        <source>Calls in progress</source>
        <translation>进行中的通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="506" />
        <source>Filter by agent, name, reason, number…</source>
        <translation>按工号、姓名、原因、号码筛选…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="510" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="518" />
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="519" />
        <source>Whisper</source>
        <translation>耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="520" />
        <source>Barge in</source>
        <translation>强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="524" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="525" />
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="528" />
        <source>Take over the call you barged into (Ctrl+Shift+O): the agent leaves it, you talk to the caller.</source>
        <translation>接管您强插的通话（Ctrl+Shift+O）：原座席退出，由您与来电者通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_page.py" line="532" />
        <source>Force hang-up…</source>
        <translation>强拆…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="155" />
        <source>Wrap-up saved.</source>
        <translation>话后整理已保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="189" />
        <location filename="../../agent_desktop/views/main_window.py" line="433" />
        <source>Supervisor</source>
        <translation>班长席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="200" />
        <location filename="../../agent_desktop/views/main_window.py" line="436" />
        <source>Admin</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="238" />
        <source>listening</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="239" />
        <source>whispering to the agent</source>
        <translation>耳语（仅座席可听）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="240" />
        <source>barged in</source>
        <translation>强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="334" />
        <source>Phone: registered</source>
        <translation>话机：已注册</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="335" />
        <source>Phone: registering…</source>
        <translation>话机：正在注册…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="336" />
        <source>Phone: registration failed</source>
        <translation>话机：注册失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="337" />
        <source>Phone: network lost, reconnecting…</source>
        <translation>话机：网络中断，正在重连…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="338" />
        <source>Phone: not registered</source>
        <translation>话机：未注册</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="342" />
        <source>(this PC's softphone has no SIP over %1: ask IT for a build with it)</source>
        <translation>（本机软电话不支持 %1 方式的 SIP，请联系 IT 更换支持该方式的版本）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="362" />
        <source>No microphone and no speaker: you cannot talk to callers.</source>
        <translation>未找到麦克风和扬声器：无法与客户通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="364" />
        <source>No microphone: callers will not hear you.</source>
        <translation>未找到麦克风：客户听不到您的声音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="366" />
        <source>No speaker: you will not hear callers.</source>
        <translation>未找到扬声器：您听不到客户的声音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="372" />
        <source>Connect a headset, then check View → Audio settings.</source>
        <translation>请连接耳机，然后检查“视图 → 音频设置”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="383" />
        <source>Go ready without audio?</source>
        <translation>没有音频设备，仍要置闲？</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="387" />
        <source>Calls will ring on this PC, but you cannot talk to callers. Connect a headset, then check View → Audio settings.</source>
        <translation>来电会在本机振铃，但您无法与客户通话。请连接耳机，然后检查“视图 → 音频设置”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="393" />
        <source>Go ready anyway</source>
        <translation>仍然置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="394" />
        <source>Stay not ready</source>
        <translation>保持置忙</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/views/main_window.py" line="403" />
        <source>%n wrap-up(s) waiting to sync</source>
        <translation><numerusform>%n 条话后整理等待同步</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="420" />
        <source>Agent workstation</source>
        <translation>座席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="421" />
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="422" />
        <source>Sign &amp;out</source>
        <translation>签出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="423" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="424" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="425" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="180" />
        <location filename="../../agent_desktop/views/main_window.py" line="437" />
        <location filename="../../agent_desktop/views/main_window.py" line="441" />
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="243" />
        <source>a call</source>
        <translation>一通电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="245" />
        <source>%1 with %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="247" />
        <source>Monitoring %1 (%2)</source>
        <translation>正在监控 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="249" />
        <source>Monitoring %1</source>
        <translation>正在监控 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="426" />
        <source>&amp;Audio settings…</source>
        <translation>音频设置(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="427" />
        <source>&amp;Start at login</source>
        <translation>登录系统时启动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="428" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="429" />
        <source>&amp;Diagnostics…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="430" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="438" />
        <source>&amp;Knowledge base</source>
        <translation>知识库(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/main_window.py" line="445" />
        <source>Connection to the server lost — reconnecting… Calls in progress continue; wrap-ups are kept and sent later.</source>
        <translation>与服务器的连接已断开，正在重连…… 进行中的通话不受影响；话后整理会保存在本地，稍后发送。</translation>
    </message>
</context>
<context>
    <name>MonitorCard</name>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="87" />
        <source>Listening</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="88" />
        <source>Whispering to the agent</source>
        <translation>正在耳语（仅座席可听）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="89" />
        <source>Barged in (all hear you)</source>
        <translation>已强插（双方都能听到您）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="91" />
        <source>Monitoring a call</source>
        <translation>正在监控通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="94" />
        <source>Audio connected</source>
        <translation>音频已接通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="94" />
        <source>Connecting the audio…</source>
        <translation>正在接通音频…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="115" />
        <source>Agent:</source>
        <translation>座席：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="115" />
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="115" />
        <source>Queue:</source>
        <translation>技能组：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="119" />
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="120" />
        <source>Whisper</source>
        <translation>耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="121" />
        <source>Barge in</source>
        <translation>强插</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="125" />
        <source>Stop monitoring</source>
        <translation>停止监控</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="126" />
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/monitor_card.py" line="128" />
        <source>Take over the call (Ctrl+Shift+O): the agent leaves it, you stay.</source>
        <translation>接管通话（Ctrl+Shift+O）：原座席退出，由您继续通话。</translation>
    </message>
</context>
<context>
    <name>MyDayPanel</name>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="113" />
        <source>Your figures are not available on this server.</source>
        <translation>此服务器暂不提供您的工作数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="151" />
        <source>My calls today: %1 (select one to hear it)</source>
        <translation>我今天的通话：%1 通（选中即可收听录音）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="171" />
        <source>My day</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/my_day.py" line="172" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="85" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="89" />
        <source>Your password was reset by an administrator. Choose a new one to go on; cancelling signs you out.</source>
        <translation>您的密码已被管理员重置。请设置新密码后继续；取消将退出登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/dialogs.py" line="93" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>PasswordPresenter</name>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="49" />
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="51" />
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="53" />
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/password.py" line="55" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="162" />
        <source>Choose a WAV or MP3 file.</source>
        <translation>请选择 WAV 或 MP3 文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="174" />
        <source>Choose a prompt</source>
        <translation>选择语音文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="175" />
        <source>Audio (*.wav *.mp3)</source>
        <translation>音频 (*.wav *.mp3)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="194" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="195" />
        <source>WAV or MP3; converted for calls</source>
        <translation>WAV 或 MP3；自动转换为通话格式</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="196" />
        <source>Listen</source>
        <translation>试听</translation>
    </message>
</context>
<context>
    <name>QaHost</name>
    <message>
        <location filename="../../agent_desktop/qa/host.py" line="56" />
        <source>My evaluations</source>
        <translation>我的质检</translation>
    </message>
</context>
<context>
    <name>QaPage</name>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="213" />
        <source>Samples</source>
        <translation>抽检</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="214" />
        <source>Evaluations</source>
        <translation>质检结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="215" />
        <source>Report</source>
        <translation>质检报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="217" />
        <source>Forms</source>
        <translation>评分表</translation>
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
        <location filename="../../agent_desktop/views/call_quality.py" line="55" />
        <source>● Call quality: %1</source>
        <translation>● 通话质量：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="58" />
        <source>Estimated MOS %1 (1 bad – 4.5 best) · loss %2 % · jitter %3 ms · round trip %4 ms</source>
        <translation>估算 MOS %1（1 最差 – 4.5 最好）· 丢包 %2 % · 抖动 %3 毫秒 · 往返 %4 毫秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="67" />
        <source>Your network is losing audio; the caller may hear you break up. Pause downloads and video, or use a cable instead of Wi-Fi.</source>
        <translation>您的网络正在丢失语音，客户可能听到断断续续的声音。请暂停下载和视频，或改用网线代替 Wi-Fi。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/call_quality.py" line="72" />
        <source>No audio is arriving: your network or VPN dropped. Stay on the line, the call resumes when it is back.</source>
        <translation>没有收到语音：您的网络或 VPN 已断开。请不要挂机，网络恢复后通话会继续。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="90" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="91" />
        <source>Waiting</source>
        <translation>排队数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="92" />
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="93" />
        <source>Offered</source>
        <translation>进线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="94" />
        <source>Answered</source>
        <translation>接通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="95" />
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="96" />
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="97" />
        <source>ASA</source>
        <translation>平均应答</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="98" />
        <source>AHT</source>
        <translation>平均处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="99" />
        <source>Agents</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="109" />
        <source>Service level (Cisco, negative impact): calls answered within the queue's threshold ÷ (answered + abandoned + overflowed − short abandons). Short abandons (callers who hang up within the short-abandon time, 5 s by default) are removed; other abandons count against the service level.
Thresholds: %1</source>
        <translation>服务水平（Cisco 负面影响算法）：在技能组阈值内接通的来电 ÷（接通 + 放弃 + 溢出 − 短时放弃）。短时放弃（在短时放弃时间内挂断，默认 5 秒）不计入；其余放弃计为未达标。
阈值：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="116" />
        <source>Longest time a caller now waiting has waited</source>
        <translation>当前排队来电中等待最久的时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="117" />
        <source>Abandoned calls (short abandons in brackets)</source>
        <translation>放弃的来电（括号内为短时放弃）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="118" />
        <source>Average speed of answer: wait from joining the queue to answer</source>
        <translation>平均应答速度：从进入技能组到接通的等待时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="119" />
        <source>Average handle time: talk + hold + wrap-up per handled call</source>
        <translation>平均处理时长：每通来电的通话 + 保持 + 话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="175" />
        <source>Threshold %1 s</source>
        <translation>阈值 %1 秒</translation>
    </message>
</context>
<context>
    <name>RecordingModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="75" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="76" />
        <source>Caller</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="77" />
        <source>Called</source>
        <translation>被叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="78" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="79" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="80" />
        <source>Talk</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="81" />
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="82" />
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="93" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="96" />
        <source>partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="96" />
        <source>yes</source>
        <translation>有</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="105" />
        <source>Cannot play: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="113" />
        <source>No speaker on this PC: recordings play in silence.</source>
        <translation>本机没有扬声器：录音播放无声。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="118" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/player.py" line="118" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>RecordingsPage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="134" />
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="146" />
        <source>Calls found: %1</source>
        <translation>找到通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="148" />
        <source>Showing the first %1; narrow the search.</source>
        <translation>仅显示前 %1 条，请缩小查询范围。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="181" />
        <source>Loading the recording…</source>
        <translation>正在加载录音…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="198" />
        <source>Save recording</source>
        <translation>保存录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="198" />
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="210" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="226" />
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="241" />
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="242" />
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="243" />
        <source>&amp;Agent:</source>
        <translation>座席(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="244" />
        <source>&amp;Queue:</source>
        <translation>技能组(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="245" />
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="246" />
        <source>Talk ≥ (s):</source>
        <translation>通话 ≥（秒）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="247" />
        <source>Talk ≤ (s):</source>
        <translation>通话 ≤（秒）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="251" />
        <source>&amp;Disposition:</source>
        <translation>处理结果(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="253" />
        <source>caller or dialled number</source>
        <translation>主叫或被叫号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="255" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="256" />
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings_page.py" line="257" />
        <source>Download WAV…</source>
        <translation>下载 WAV…</translation>
    </message>
</context>
<context>
    <name>RecordingsPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="165" />
        <source>Search failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="188" />
        <source>Could not load the recording: %1</source>
        <translation>无法加载录音：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/recordings.py" line="200" />
        <source>Could not save the recording: %1</source>
        <translation>无法保存录音：%1</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="58" />
        <source>Appointment reminder</source>
        <translation>预约提醒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="60" />
        <source>Appointment with %1 at %2</source>
        <translation>%2 与 %1 有预约</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="64" />
        <source>No note.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="66" />
        <source>Call %1</source>
        <translation>呼叫 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="66" />
        <source>No number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="68" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm/reminder.py" line="69" />
        <source>Close</source>
        <translation>关闭</translation>
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
        <location filename="../../agent_desktop/reports/errors.py" line="22" />
        <source>your session has ended; sign in again</source>
        <translation>会话已结束，请重新登录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="23" />
        <source>too many requests; try again in a minute</source>
        <translation>请求过于频繁，请一分钟后再试</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="24" />
        <source>your role may not see this</source>
        <translation>您的角色无权查看</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="25" />
        <source>not found on the server</source>
        <translation>服务器上未找到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/errors.py" line="26" />
        <source>the server failed (%1); try again or tell IT</source>
        <translation>服务器出错（%1），请重试或联系 IT</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="158" />
        <location filename="../../agent_desktop/reports/filters.py" line="202" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="175" />
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="176" />
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="177" />
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="178" />
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="179" />
        <source>&amp;Group by:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="180" />
        <source>&amp;Agent:</source>
        <translation>座席(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="181" />
        <source>T&amp;eam:</source>
        <translation>班组(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="182" />
        <source>&amp;Queue:</source>
        <translation>技能组(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="183" />
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/filters.py" line="187" />
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
        <location filename="../../agent_desktop/reports/formulas.py" line="14" />
        <source>inbound calls an agent answered</source>
        <translation>座席接听的呼入电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="15" />
        <source>offers the agent let ring out or refused (queue_log RINGNOANSWER)</source>
        <translation>分配给座席但振铃超时或被拒接的来电（queue_log RINGNOANSWER）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="18" />
        <source>answered + missed</source>
        <translation>接听 + 未接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="19" />
        <source>inbound calls whose caller hung up while queued or ringing</source>
        <translation>来电者在排队或振铃时挂断的呼入电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="22" />
        <source>abandons with wait &lt; the queue's short_abandon_threshold (default 5 s)</source>
        <translation>等待时间小于技能组短时放弃阈值（默认 5 秒）的放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="25" />
        <source>calls that left the queue by an overflow rule (end cause overflow_*)</source>
        <translation>按溢出规则离开技能组的来电（结束原因 overflow_*）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="28" />
        <source>answered within the queue's service_level_threshold ÷ SLoffered, SLoffered = answered + abandoned + overflowed − short abandons (Cisco negative impact; metrics.service_level)</source>
        <translation>在技能组服务水平阈值内接听的来电 ÷ SLoffered，SLoffered = 接听 + 放弃 + 溢出 − 短时放弃（Cisco 负面影响算法；metrics.service_level）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="34" />
        <source>Σ wait of answered calls (join → answer, ring time included) ÷ answered (metrics.average_speed_of_answer)</source>
        <translation>接听来电的等待时长之和（从排队到接听，含振铃）÷ 接听数（metrics.average_speed_of_answer）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="39" />
        <source>(Σ talk + Σ hold + Σ wrap-up) ÷ handled, handled = answered calls whose wrap-up completed (metrics.average_handle_time)</source>
        <translation>（通话 + 保持 + 话后整理时长之和）÷ 处理数，处理数 = 已完成话后整理的接听来电（metrics.average_handle_time）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="44" />
        <source>(abandoned − short) ÷ (offered − short) (metrics.abandon_rate)</source>
        <translation>（放弃 − 短时放弃）÷（进线 − 短时放弃）（metrics.abandon_rate）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="47" />
        <source>the longest wait of a queued call (answered or not)</source>
        <translation>排队来电的最长等待（无论是否接听）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="48" />
        <source>Σ talk time (answer → hang-up, hold excluded) of answered calls</source>
        <translation>接听来电的通话时长之和（接听到挂断，不含保持）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="51" />
        <source>Σ hold time of answered calls</source>
        <translation>接听来电的保持时长之和</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="52" />
        <source>time in the wrap-up state (agent state log)</source>
        <translation>处于话后整理状态的时长（座席状态记录）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="53" />
        <source>time in the ready state</source>
        <translation>处于置闲状态的时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="54" />
        <source>time in the not-ready state (all reasons; each reason in its own column)</source>
        <translation>处于置忙状态的时长（全部原因；各原因另列一栏）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="57" />
        <source>time signed in (every state but logged out)</source>
        <translation>签入时长（除签出外的所有状态）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="58" />
        <source>handling ÷ (handling + ready), handling = reserved + on call + wrap-up; not-ready excluded (metrics.occupancy)</source>
        <translation>处理时长 ÷（处理时长 + 置闲时长），处理时长 = 振铃 + 通话 + 话后整理；不含置忙（metrics.occupancy）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="63" />
        <source>blind transfers the agent made (queue_log BLINDTRANSFER)</source>
        <translation>座席发起的直接转接（queue_log BLINDTRANSFER）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="64" />
        <source>outbound calls the agent placed</source>
        <translation>座席发起的外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="65" />
        <source>outbound calls the far end answered</source>
        <translation>对方接听的外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="66" />
        <source>connected ÷ attempts</source>
        <translation>接通数 ÷ 外呼次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="67" />
        <source>Σ talk ÷ connected (or answered) calls</source>
        <translation>通话时长之和 ÷ 接通（或接听）数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="68" />
        <source>calls with this disposition ÷ calls with a disposition in the group</source>
        <translation>该处理结果的通话数 ÷ 本组有处理结果的通话数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="71" />
        <source>the caller's survey score (1..5); average over surveyed calls</source>
        <translation>来电者的满意度评分（1..5）；按参与评价的通话取平均</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="74" />
        <source>seconds until the agent's next state change (clipped to the period)</source>
        <translation>到座席下一次状态变化的秒数（截至时间段结束）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="77" />
        <source>ivr: before joining a queue; queue: waiting; ringing: while an agent's phone rang; overflow: sent away by an overflow rule</source>
        <translation>ivr：进入技能组之前；queue：排队等待中；ringing：座席话机振铃时；overflow：被溢出规则转走</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="82" />
        <source>calls that started in the period (by started_at, centre time zone)</source>
        <translation>在时间段内开始的通话（按开始时间，呼叫中心时区）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="85" />
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
    <name>ReportPage</name>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="79" />
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="90" />
        <location filename="../../agent_desktop/qa/report_page.py" line="148" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="91" />
        <location filename="../../agent_desktop/qa/report_page.py" line="148" />
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="92" />
        <location filename="../../agent_desktop/qa/report_page.py" line="148" />
        <source>Form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="93" />
        <source>Evaluations</source>
        <translation>质检结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="94" />
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="95" />
        <source>Lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="96" />
        <source>Critical fails</source>
        <translation>致命项未通过</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="97" />
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="98" />
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="117" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="133" />
        <source>Average score: the mean of the evaluations' scores (0..100); a critical fail scores 0.</source>
        <translation>平均分：各条评分得分（0..100）的平均值；致命项未通过计 0 分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="145" />
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="145" />
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="145" />
        <source>&amp;By:</source>
        <translation>分组(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="150" />
        <source>&amp;Run report</source>
        <translation>生成报表(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="91" />
        <source>inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="92" />
        <source>outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="93" />
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="94" />
        <source>signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="95" />
        <source>not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="96" />
        <source>ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="97" />
        <source>ringing</source>
        <translation>振铃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="98" />
        <source>on call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="99" />
        <source>wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="100" />
        <source>in the IVR</source>
        <translation>IVR 中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="101" />
        <source>waiting in queue</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="102" />
        <source>while ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="103" />
        <source>overflowed</source>
        <translation>已溢出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="105" />
        <source>just signed in</source>
        <translation>刚签入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="106" />
        <source>missed a call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="107" />
        <source>server restarted</source>
        <translation>服务器重启</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="108" />
        <source>phone offline</source>
        <translation>话机离线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="109" />
        <source>unreachable (desktop gone)</source>
        <translation>失联（桌面已断开）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/formulas.py" line="110" />
        <source>set by a team lead</source>
        <translation>班长设置</translation>
    </message>
</context>
<context>
    <name>ReportsHost</name>
    <message>
        <location filename="../../agent_desktop/reports/host.py" line="74" />
        <source>My day</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/host.py" line="74" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>ReportsPresenter</name>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="126" />
        <source>Could not load the reports: %1</source>
        <translation>无法加载报表：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="216" />
        <source>The report could not be made: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="237" />
        <source>Only the first %1 rows are shown; the export has them all.</source>
        <translation>仅显示前 %1 行；导出文件包含全部数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="243" />
        <source>No data in this period.</source>
        <translation>此时间段内没有数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="281" />
        <source>The calls could not be listed: %1</source>
        <translation>无法列出通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="302" />
        <source>This call has no recording.</source>
        <translation>此通话没有录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="309" />
        <source>Could not load the recording: %1</source>
        <translation>无法加载录音：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="340" />
        <source>Export cancelled: nothing was saved.</source>
        <translation>已取消导出：未保存任何文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="345" />
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/presenter.py" line="349" />
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
        <location filename="../../agent_desktop/reports/page.py" line="170" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="220" />
        <source>Calls of %1: %2 (select one to hear it)</source>
        <translation>%1 的通话：%2 通（选中即可收听录音）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="242" />
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="243" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="243" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="279" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="288" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="289" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="290" />
        <source>&amp;Calls of this row</source>
        <translation>查看本行通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="291" />
        <source>How is this computed?</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="293" />
        <source>Save the whole report as Excel or CSV.</source>
        <translation>将整个报表保存为 Excel 或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="296" />
        <source>Your role may not export reports: ask an administrator for the "Export reports" permission.</source>
        <translation>您的角色无权导出报表：请向管理员申请“导出报表”权限。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/reports/page.py" line="300" />
        <source>Double-click a row to list its calls.</source>
        <translation>双击一行可列出其通话。</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="169" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="171" />
        <source>empty: the server makes one</source>
        <translation>留空则由服务器生成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/form.py" line="173" />
        <source>the queue's number when empty</source>
        <translation>留空则使用技能组号码</translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="224" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="225" />
        <source>Delete %1? This cannot be undone.</source>
        <translation>确定删除 %1？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="252" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="254" />
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="259" />
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="259" />
        <source>%2 in all</source>
        <translation>共 %2 条</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="268" />
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="269" />
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="270" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="271" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="272" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/admin/page.py" line="273" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="190" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="191" />
        <source>When it may call, how often it tries again, how calls end.</source>
        <translation>何时外呼、如何重拨、通话结果有哪些。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="192" />
        <source>Calling hours (nothing is dialled outside them)</source>
        <translation>外呼时段（时段之外不拨打）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="194" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="195" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="196" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="197" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="198" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="199" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="200" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="204" />
        <source>Retries</source>
        <translation>重拨</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="205" />
        <source>Tries at most</source>
        <translation>最多重拨次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="206" />
        <source>Minutes apart</source>
        <translation>间隔（分钟）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="207" />
        <source>Busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="207" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="207" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="207" />
        <source>Machine</source>
        <translation>答录机</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="214" />
        <source>sale</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="215" />
        <source>no interest</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="216" />
        <source>call back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="217" />
        <source>wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="221" />
        <source>Dispositions (comma-separated):</source>
        <translation>小结选项（逗号分隔）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="222" />
        <source>Drop rate ceiling (predictive):</source>
        <translation>放弃率上限（预测外呼）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="223" />
        <source>Numbers it may call (predictive, broadcast):</source>
        <translation>可拨号码范围（预测外呼、群呼）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="227" />
        <source>As its agents may dial</source>
        <translation>按任务座席的外呼权限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="228" />
        <source>Local only</source>
        <translation>仅本地</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="229" />
        <source>Local and long distance</source>
        <translation>本地和国内长途</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="230" />
        <source>Also international</source>
        <translation>含国际</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="234" />
        <source>Detect answering machines (predictive, broadcast)</source>
        <translation>答录机检测（预测外呼、群呼）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="235" />
        <source>Leave the message on a machine</source>
        <translation>向答录机播放留言</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="260" />
        <source>%1: the calling hours end before they start.</source>
        <translation>%1：外呼时段的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="268" />
        <source>Give at least one disposition.</source>
        <translation>请至少填写一个小结选项。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/campaigns/wizard.py" line="270" />
        <source>Creating the campaign…</source>
        <translation>正在创建任务…</translation>
    </message>
</context>
<context>
    <name>SamplesPage</name>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="99" />
        <source>Team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="122" />
        <source>Choose an agent.</source>
        <translation>请选择座席。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="125" />
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="127" />
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="153" />
        <source>%1 of %2 recorded, not yet scored calls drawn.</source>
        <translation>已从 %2 通有录音且未评分的通话中抽取 %1 通。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="166" />
        <source>&amp;Agent:</source>
        <translation>座席(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="166" />
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="166" />
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="166" />
        <source>&amp;Calls:</source>
        <translation>通数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="170" />
        <source>&amp;Draw sample</source>
        <translation>随机抽检(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="171" />
        <source>Score them in Recordings</source>
        <translation>到录音页评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="173" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="173" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="173" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="173" />
        <source>Talk</source>
        <translation>通话时长</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="120" />
        <source>Select a recorded call to score it.</source>
        <translation>请选择一通有录音的通话进行评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="123" />
        <source>Call of agent %1</source>
        <translation>座席 %1 的通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="199" />
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="219" />
        <source>Submitted: score %1 of 100.</source>
        <translation>已提交：得分 %1 / 100。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="221" />
        <source>A critical item failed.</source>
        <translation>有致命项未通过。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="228" />
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="238" />
        <source>Score this call</source>
        <translation>为此通话评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="239" />
        <source>&amp;Form:</source>
        <translation>评分表(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="240" />
        <source>Comment at the current position</source>
        <translation>在当前播放位置添加批注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="241" />
        <source>Add comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="242" />
        <source>Summary for the agent (optional)</source>
        <translation>给座席的总评（可选）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="243" />
        <source>&amp;Submit score</source>
        <translation>提交评分(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ScreenPopCard</name>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="180" />
        <source>Last call</source>
        <translation>上一通电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="182" />
        <source>Outbound call</source>
        <translation>外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="182" />
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="183" />
        <source>Withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="200" />
        <source>%1 consults you about this caller</source>
        <translation>%1 就此来电向您咨询</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="202" />
        <source>Transferred by %1</source>
        <translation>由 %1 转来</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="240" />
        <source>Unknown caller</source>
        <translation>未知来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="241" />
        <source>No customer record matches this number.</source>
        <translation>没有与此号码匹配的客户资料。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="243" />
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="254" />
        <source>Call %1</source>
        <translation>呼叫 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="255" />
        <source>Click to dial</source>
        <translation>点击外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="259" />
        <source>Edit customer…</source>
        <translation>编辑客户…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="283" />
        <source>Waiting for calls.
The caller's details appear here the moment a call rings.</source>
        <translation>等待来电。
来电振铃时，来电者信息会立即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="288" />
        <source>Region:</source>
        <translation>归属地：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="289" />
        <source>Dialled:</source>
        <translation>被叫号码：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="290" />
        <source>Queue:</source>
        <translation>技能组：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="291" />
        <source>IVR path:</source>
        <translation>IVR 路径：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="292" />
        <source>Waited:</source>
        <translation>等待时长：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="297" />
        <source>Customer</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/screen_pop.py" line="298" />
        <source>Contact history (double-click to call back)</source>
        <translation>业务接触历史（双击回拨）</translation>
    </message>
</context>
<context>
    <name>SessionPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="188" />
        <source>Enter your agent ID and password.</source>
        <translation>请输入工号和密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="193" />
        <source>The server address is not valid.</source>
        <translation>服务器地址无效。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="277" />
        <source>Wrong agent ID or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/presenters/session.py" line="280" />
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation><numerusform>登录尝试次数过多，请 %n 秒后再试。</numerusform></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="283" />
        <source>Cannot reach the server at %1. Check the address and your network.</source>
        <translation>无法连接服务器 %1，请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="286" />
        <source>The server refused the sign-in: %1</source>
        <translation>服务器拒绝登录：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="287" />
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="344" />
        <source>You were signed out by %1.</source>
        <translation>您已被 %1 强制签出。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="344" />
        <source>a lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/session.py" line="373" />
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
    <name>SignInModel</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="37" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="38" />
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="39" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="40" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="41" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="46" />
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="48" />
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="49" />
        <source>Locked out for %1</source>
        <translation>已锁定 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="60" />
        <source>known</source>
        <translation>已知设备</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../agent_desktop/views/sign_in.py" line="94" />
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>SignInsPage</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="51" />
        <source>Attempts in the last 24 hours: %1</source>
        <translation>最近 24 小时内的尝试：%1 次</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="60" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins_page.py" line="63" />
        <source>Failed sign-ins lock out one agent ID at one address for a while; colleagues at the same address and the agent's own desktop are not affected.</source>
        <translation>多次登录失败只会暂时锁定该工号在该地址的登录；同一地址的其他同事以及该座席自己的电脑不受影响。</translation>
    </message>
</context>
<context>
    <name>SignInsPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/sign_ins.py" line="94" />
        <source>Sign-in attempts not loaded: %1</source>
        <translation>未能加载登录记录：%1</translation>
    </message>
</context>
<context>
    <name>SmsSection</name>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="99" />
        <location filename="../../agent_desktop/sms/sms_section.py" line="156" />
        <source>No template</source>
        <translation>不用模板</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="111" />
        <source>%1 characters</source>
        <translation>%1 个字</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="116" />
        <source>Write the message first.</source>
        <translation>请先填写短信内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="119" />
        <source>Fill in the {…} parts of the template first.</source>
        <translation>请先填写模板中 {…} 的部分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="122" />
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="128" />
        <source>SMS sent to %1.</source>
        <translation>短信已发送至 %1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="132" />
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="138" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="139" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="140" />
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="150" />
        <source>SMS to the customer</source>
        <translation>给客户发短信</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="151" />
        <source>Send SMS…</source>
        <translation>发短信…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="152" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="153" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/sms/sms_section.py" line="154" />
        <source>The message to the customer</source>
        <translation>发给客户的短信内容</translation>
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="239" />
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="240" />
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="241" />
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="242" />
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="242" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="243" />
        <source>Call ended</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="260" />
        <source>Resume (F7)</source>
        <translation>恢复通话 (F7)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="266" />
        <source>Unmute (F9)</source>
        <translation>取消静音 (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="300" />
        <location filename="../../agent_desktop/views/softphone_panel.py" line="301" />
        <location filename="../../agent_desktop/views/softphone_panel.py" line="366" />
        <source>Line 1 · caller: on hold (music)</source>
        <translation>线路 1 · 客户：保持中（等待音乐）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="302" />
        <source>Line 1 · caller: talking with you</source>
        <translation>线路 1 · 客户：与您通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="303" />
        <source>Line 1 · caller: in the conference</source>
        <translation>线路 1 · 客户：会议中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="306" />
        <source>Line 2 · %1: ringing…</source>
        <translation>线路 2 · %1：振铃中…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="307" />
        <source>Line 2 · %1: talking with you</source>
        <translation>线路 2 · %1：与您通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="308" />
        <source>Line 2 · %1: on hold (music)</source>
        <translation>线路 2 · %1：保持中（等待音乐）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="309" />
        <source>Line 2 · %1: in the conference</source>
        <translation>线路 2 · %1：会议中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="334" />
        <source>Talk to the caller (Ctrl+Shift+S)</source>
        <translation>与客户通话 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="336" />
        <source>Talk to %1 (Ctrl+Shift+S)</source>
        <translation>与 %1 通话 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="339" />
        <source>Drop %1 (Ctrl+Shift+B)</source>
        <translation>移出 %1 (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="327" />
        <location filename="../../agent_desktop/views/softphone_panel.py" line="341" />
        <source>Back to the caller (Ctrl+Shift+B)</source>
        <translation>回到客户 (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="354" />
        <source>ringing…</source>
        <translation>振铃中…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="355" />
        <source>talking with you</source>
        <translation>与您通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="356" />
        <source>on hold (music)</source>
        <translation>保持中（等待音乐）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="357" />
        <source>in the conference</source>
        <translation>会议中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="364" />
        <source>Line 1 · caller: talking with %1</source>
        <translation>线路 1 · 客户：与 %1 通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="380" />
        <source>music</source>
        <translation>等待音乐</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="380" />
        <source>caller</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="385" />
        <source>%1 · %2 · hears: %3</source>
        <translation>%1 · %2 · 听到：%3</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="393" />
        <source>Drop (Alt+%1)</source>
        <translation>移出 (Alt+%1)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="394" />
        <source>Drop %1 from the conference</source>
        <translation>将 %1 移出会议</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="405" />
        <source>On hold %1</source>
        <translation>保持中 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="475" />
        <source>Pick an agent, or type an agent ID</source>
        <translation>选择座席，或输入工号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="476" />
        <source>Pick a queue</source>
        <translation>选择技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="477" />
        <source>Type a number, or pick a recent one</source>
        <translation>输入号码，或选择最近的号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="506" />
        <source>Answer (F5)</source>
        <translation>接听 (F5)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="507" />
        <source>Hang up (F6)</source>
        <translation>挂断 (F6)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="520" />
        <source>Note for the colleague</source>
        <translation>给同事的备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="522" />
        <source>Note for the colleague (optional): shown on their screen-pop</source>
        <translation>给同事的备注（可选）：显示在对方的弹屏上</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="524" />
        <source>Consult</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="527" />
        <source>Consult first (Ctrl+Shift+C): the caller hears music while you talk to the target; then transfer, conference or go back.</source>
        <translation>先咨询 (Ctrl+Shift+C)：客户听等待音乐，您先与对方通话；然后可转接、三方通话或回到客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="531" />
        <source>Transfer (Ctrl+Shift+T)</source>
        <translation>转接 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="532" />
        <source>Conference (Ctrl+Shift+J)</source>
        <translation>会议 (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="260" />
        <source>Hold (F7)</source>
        <translation>保持 (F7)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="266" />
        <source>Mute (F9)</source>
        <translation>静音 (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="508" />
        <source>Microphone muted: the caller cannot hear you.</source>
        <translation>麦克风已静音：客户听不到您的声音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="509" />
        <source>Number to dial</source>
        <translation>输入外呼号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="510" />
        <source>Dial</source>
        <translation>外呼</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="511" />
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="514" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="515" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="516" />
        <source>Number</source>
        <translation>外线号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/softphone_panel.py" line="519" />
        <source>Transfer call</source>
        <translation>转接通话</translation>
    </message>
</context>
<context>
    <name>StateBar</name>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="134" />
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="165" />
        <source>Ready in %1</source>
        <translation>%1 后置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="170" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="171" />
        <location filename="../../agent_desktop/views/state_bar.py" line="209" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="172" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="173" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="174" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="175" />
        <source>Signed out</source>
        <translation>已签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="207" />
        <source>Ready (F8)</source>
        <translation>置闲 (F8)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="208" />
        <source>Take calls again</source>
        <translation>重新开始接听来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="210" />
        <source>Stop taking calls, with a reason</source>
        <translation>暂停接听来电（选择原因）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="211" />
        <source>Extend +30 s</source>
        <translation>延长 30 秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="212" />
        <source>Finish now</source>
        <translation>立即完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/state_bar.py" line="213" />
        <source>Not ready after this call</source>
        <translation>本次通话后置忙</translation>
    </message>
</context>
<context>
    <name>StateNames</name>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="36" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="37" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="38" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="39" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="40" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/live_models.py" line="41" />
        <source>Signed out</source>
        <translation>已签出</translation>
    </message>
</context>
<context>
    <name>SupervisorPresenter</name>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="156" />
        <source>Could not load the live figures: %1</source>
        <translation>无法加载实时数据：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="340" />
        <source>You cannot force your own sign-out: it would end this session. Use Sign out instead.</source>
        <translation>不能强制签出自己：这会结束当前会话。请使用“签出”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="347" />
        <source>Could not change %1: %2</source>
        <translation>无法更改 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="356" />
        <source>%1 signed out.</source>
        <translation>%1 已被签出。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="356" />
        <source>%1 set to not ready.</source>
        <translation>%1 已置忙。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="368" />
        <source>Could not hang up the call: %1</source>
        <translation>无法强拆通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="371" />
        <source>Call hung up.</source>
        <translation>通话已强拆。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="396" />
        <source>Monitoring is not available on this server yet.</source>
        <translation>此服务器暂不支持监听。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="399" />
        <source>Monitoring failed: %1</source>
        <translation>监听失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="417" />
        <source>Take over is not available on this server yet.</source>
        <translation>此服务器尚不支持接管。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="420" />
        <source>Take over failed: %1</source>
        <translation>接管失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/presenter.py" line="425" />
        <source>You took over the call.</source>
        <translation>您已接管该通话。</translation>
    </message>
</context>
<context>
    <name>SupervisorTab</name>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="97" />
        <source>Recordings are not being saved</source>
        <translation>录音未能保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="98" />
        <source>SIP edge down: calls cannot reach agents</source>
        <translation>SIP 边缘服务中断：来电无法接通座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="99" />
        <source>Database busy: changes are held back</source>
        <translation>数据库繁忙：更改暂缓写入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="100" />
        <source>No media workers: calls cannot be answered</source>
        <translation>无媒体进程：无法接听来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="102" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="108" />
        <source>Alarm: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="116" />
        <source>Live</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="117" />
        <source>Recordings</source>
        <translation>录音查询</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="118" />
        <source>Sign-ins</source>
        <translation>登录记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="120" />
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="121" />
        <source>Mask numbers</source>
        <translation>号码脱敏</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/supervisor/tab.py" line="124" />
        <source>Show caller numbers as 138****8000 (saved for you on this computer)</source>
        <translation>号码显示为 138****8000（在本机为您保存）</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="23" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="24" />
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="25" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="26" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="27" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="34" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="35" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="36" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="37" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="66" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="67" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="68" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="69" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="70" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="71" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="72" />
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="73" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/models.py" line="105" />
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
</context>
<context>
    <name>TicketsHost</name>
    <message>
        <location filename="../../agent_desktop/tickets/host.py" line="85" />
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="169" />
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="334" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="199" />
        <source>%1 of %2 ticket(s)</source>
        <translation>显示 %1 / 共 %2 个工单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="211" />
        <source>Choose a ticket to see it here.</source>
        <translation>选择一个工单查看详情。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="221" />
        <source>%1 (overdue)</source>
        <translation>%1（已超时）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="262" />
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="263" />
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="264" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="265" />
        <source>assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="266" />
        <source>team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="267" />
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="268" />
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="269" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="270" />
        <source>call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="287" />
        <source>opened</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="288" />
        <source>edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="289" />
        <source>assigned</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="290" />
        <source>changed the status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="291" />
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="292" />
        <source>commented</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="293" />
        <source>linked a call</source>
        <translation>关联通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="323" />
        <source>Open tickets</source>
        <translation>未完成工单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="324" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="335" />
        <source>Assigned to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="336" />
        <source>Overdue only</source>
        <translation>仅超时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="337" />
        <source>Search title and description</source>
        <translation>搜索标题和描述</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="338" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="342" />
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="343" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="344" />
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="345" />
        <source>Calls:</source>
        <translation>关联通话：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="346" />
        <source>Assigned to:</source>
        <translation>处理人：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="347" />
        <source>Due:</source>
        <translation>到期：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="352" />
        <source>Take it</source>
        <translation>我来处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="353" />
        <source>Start</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="354" />
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="355" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="356" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="357" />
        <source>Comments</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="358" />
        <source>Add a comment</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="359" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tickets/tickets_page.py" line="360" />
        <source>History</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>TicketsPresenter</name>
    <message>
        <location filename="../../agent_desktop/tickets/presenter.py" line="170" />
        <source>Ticket #%1 was assigned to you by %2: %3</source>
        <translation>工单 #%1 已由 %2 分派给您：%3</translation>
    </message>
</context>
<context>
    <name>TransferDirectory</name>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="100" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="101" />
        <source>Not ready</source>
        <translation>置忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="102" />
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="103" />
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="104" />
        <source>Wrap-up</source>
        <translation>话后整理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/presenters/transfer_directory.py" line="120" />
        <source>%1 · %2 ready, %3 waiting</source>
        <translation>%1 · %2 就绪，%3 排队</translation>
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
        <location filename="../../agent_desktop/platform/tray.py" line="145" />
        <source>Ready</source>
        <translation>置闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="53" />
        <location filename="../../agent_desktop/platform/tray.py" line="140" />
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
        <location filename="../../agent_desktop/platform/tray.py" line="133" />
        <source>Agent workstation</source>
        <translation>座席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="142" />
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="166" />
        <source>Sign out</source>
        <translation>签出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/platform/tray.py" line="169" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>VoicemailHost</name>
    <message>
        <location filename="../../agent_desktop/voicemail/host.py" line="80" />
        <source>1 new voicemail</source>
        <translation>1 条新留言</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/host.py" line="82" />
        <source>%1 new voicemails</source>
        <translation>%1 条新留言</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/host.py" line="88" />
        <location filename="../../agent_desktop/voicemail/host.py" line="101" />
        <source>Voicemail</source>
        <translation>留言</translation>
    </message>
</context>
<context>
    <name>VoicemailPage</name>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="155" />
        <source>Agent %1</source>
        <translation>座席 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="160" />
        <location filename="../../agent_desktop/voicemail/page.py" line="326" />
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="162" />
        <source>Handled by %1 at %2</source>
        <translation>已由 %1 于 %2 处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="180" />
        <location filename="../../agent_desktop/voicemail/page.py" line="240" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="197" />
        <source>%1 new of %2</source>
        <translation>新留言 %1 / 共 %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="207" />
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="208" />
        <location filename="../../agent_desktop/voicemail/page.py" line="332" />
        <source>Pending</source>
        <translation>待回电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="209" />
        <source>Calling</source>
        <translation>呼叫中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="210" />
        <source>Retry pending</source>
        <translation>等待重试</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="211" />
        <location filename="../../agent_desktop/voicemail/page.py" line="333" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="212" />
        <location filename="../../agent_desktop/voicemail/page.py" line="334" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="218" />
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="219" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="220" />
        <source>Busy</source>
        <translation>忙线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="221" />
        <source>Agent hung up</source>
        <translation>座席挂断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="222" />
        <source>Not queued</source>
        <translation>未能排队</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="225" />
        <source>Failed (SIP %1)</source>
        <translation>失败（SIP %1）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="277" />
        <source>Mark new (Ctrl+M)</source>
        <translation>标记为新（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="277" />
        <source>Mark handled (Ctrl+M)</source>
        <translation>标记已处理（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="322" />
        <source>Voicemail</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="326" />
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="326" />
        <location filename="../../agent_desktop/voicemail/page.py" line="331" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="345" />
        <location filename="../../agent_desktop/voicemail/page.py" line="356" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <source>From</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <source>Box</source>
        <translation>信箱</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="347" />
        <location filename="../../agent_desktop/voicemail/page.py" line="362" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="349" />
        <source>Play (Enter)</source>
        <translation>播放（Enter）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="350" />
        <source>Play the message (Enter on a row)</source>
        <translation>播放留言（在行上按 Enter）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="351" />
        <source>Call back (Ctrl+Enter)</source>
        <translation>回拨（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="353" />
        <source>Your phone rings first; answer it, then it calls the caller.</source>
        <translation>先振铃您的话机，接起后再呼叫留言的客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="355" />
        <source>Callbacks</source>
        <translation>回电请求</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="359" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="360" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="361" />
        <source>Requested</source>
        <translation>请求时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="363" />
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="364" />
        <source>Last outcome</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/page.py" line="365" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
</context>
<context>
    <name>VoicemailPresenter</name>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="82" />
        <source>Voicemail is not available on this server.</source>
        <translation>此服务器不支持留言。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="86" />
        <source>Voicemail could not be loaded: %1</source>
        <translation>留言加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="135" />
        <source>Could not change the voicemail: %1</source>
        <translation>无法更改留言：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="145" />
        <source>This voicemail has no number to call back.</source>
        <translation>这条留言没有可回拨的号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="148" />
        <source>Finish the current call before dialling.</source>
        <translation>请先结束当前通话再外呼。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="157" />
        <source>Calling %1 back failed: %2</source>
        <translation>回拨 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/voicemail/presenter.py" line="177" />
        <source>Could not load the voicemail: %1</source>
        <translation>无法加载留言：%1</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../../agent_desktop/admin/pages.py" line="220" />
        <source>Send test</source>
        <translation>发送测试</translation>
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
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="41" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="61" />
        <source>&amp;Disposition (required):</source>
        <translation>处理结果(&amp;D)（必填）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="61" />
        <source>&amp;Disposition:</source>
        <translation>处理结果(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/views/wrap_up_panel.py" line="64" />
        <source>This queue needs a disposition before you can finish wrap-up.</source>
        <translation>此技能组要求先填写处理结果，才能结束话后整理。</translation>
    </message>
</context>
<context>
    <name>WrapUpPresenter</name>
    <message>
        <location filename="../../agent_desktop/presenters/wrap_up.py" line="119" />
        <source>Choose a disposition first.</source>
        <translation>请先选择处理结果。</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../../agent_desktop/campaigns/presenter.py" line="71" />
        <source>The server's answer was not understood.</source>
        <translation>无法识别服务器的应答。</translation>
    </message>
</context>
</TS>