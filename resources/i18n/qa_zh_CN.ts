<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerSheet</name>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="59" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="60" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="65" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="77" />
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="95" />
        <source>Weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="97" />
        <source>Critical: failing it makes the whole score 0</source>
        <translation>致命项：未通过则总分为 0</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="106" />
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/answer_sheet.py" line="106" />
        <source>Answer</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>EvaluationsView</name>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="102" />
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="102" />
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="103" />
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="103" />
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="121" />
        <source>%1 evaluation(s)</source>
        <translation>共 %1 条评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="165" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="165" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="165" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="171" />
        <source>No evaluation selected.</source>
        <translation>未选择评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="175" />
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="259" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="176" />
        <source>Call of %1 on %2, scored by %3</source>
        <translation>%1 于 %2 的通话，评分人 %3</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="181" />
        <source>A critical item failed: the score is 0.</source>
        <translation>有致命项未通过：总分为 0。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="193" />
        <source>Comments:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="200" />
        <source>Disputed: %1</source>
        <translation>申诉理由：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="203" />
        <source>Resolution by %1: %2</source>
        <translation>%1 的处理意见：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="248" />
        <source>Evaluation %1: %2</source>
        <translation>评分 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="258" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="258" />
        <source>Form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="259" />
        <source>Scored</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="260" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="261" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="262" />
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="264" />
        <source>Uphold the score</source>
        <translation>维持原评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="265" />
        <source>Amend the score</source>
        <translation>修改评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="266" />
        <source>Resolution note for the agent</source>
        <translation>给座席的处理意见</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="268" />
        <source>Dispute</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/evaluations_view.py" line="269" />
        <source>Why you dispute this score</source>
        <translation>申诉理由</translation>
    </message>
</context>
<context>
    <name>FormsEditor</name>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="129" />
        <source>Version %1, used by %2 evaluation(s)</source>
        <translation>第 %1 版，已用于 %2 条评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="127" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="245" />
        <source>New form</source>
        <translation>新建评分表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="157" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="252" />
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="158" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="253" />
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="182" />
        <source>Row %1: %2 must be a number</source>
        <translation>第 %1 行：%2 必须是数字</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="194" />
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="217" />
        <location filename="../../agent_desktop/qa/forms_editor.py" line="221" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="223" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="228" />
        <source>%1 saved as version %2.</source>
        <translation>%1 已保存为第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="239" />
        <source>Section</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="239" />
        <source>Section weight</source>
        <translation>分组权重</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="239" />
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="239" />
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="240" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="240" />
        <source>Max points</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="240" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="240" />
        <source>Critical</source>
        <translation>致命项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="241" />
        <source>N/A allowed</source>
        <translation>可不适用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="242" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="243" />
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="246" />
        <source>Add item</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="247" />
        <source>Remove item</source>
        <translation>删除评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/forms_editor.py" line="248" />
        <source>&amp;Save form</source>
        <translation>保存评分表(&amp;S)</translation>
    </message>
</context>
<context>
    <name>QaHost</name>
    <message>
        <location filename="../../agent_desktop/qa/host.py" line="55" />
        <source>My evaluations</source>
        <translation>我的质检</translation>
    </message>
</context>
<context>
    <name>QaPage</name>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="191" />
        <source>Samples</source>
        <translation>抽检</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="192" />
        <source>Evaluations</source>
        <translation>质检结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="193" />
        <source>Report</source>
        <translation>质检报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="195" />
        <source>Forms</source>
        <translation>评分表</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="76" />
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="86" />
        <location filename="../../agent_desktop/qa/report_page.py" line="131" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="86" />
        <location filename="../../agent_desktop/qa/report_page.py" line="131" />
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="86" />
        <location filename="../../agent_desktop/qa/report_page.py" line="131" />
        <source>Form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="87" />
        <source>Evaluations</source>
        <translation>质检结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="88" />
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="89" />
        <source>Lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="90" />
        <source>Critical fails</source>
        <translation>致命项未通过</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="90" />
        <source>Disputes</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="91" />
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="109" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="119" />
        <source>Average score: the mean of the evaluations' scores (0..100); a critical fail scores 0.</source>
        <translation>平均分：各条评分得分（0..100）的平均值；致命项未通过计 0 分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="128" />
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="128" />
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="129" />
        <source>&amp;By:</source>
        <translation>分组(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/report_page.py" line="133" />
        <source>&amp;Run report</source>
        <translation>生成报表(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SamplesPage</name>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="96" />
        <source>Team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="112" />
        <source>Choose an agent.</source>
        <translation>请选择座席。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="115" />
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="117" />
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="137" />
        <source>%1 of %2 recorded, not yet scored calls drawn.</source>
        <translation>已从 %2 通有录音且未评分的通话中抽取 %1 通。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="146" />
        <source>&amp;Agent:</source>
        <translation>座席(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="146" />
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="147" />
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="147" />
        <source>&amp;Calls:</source>
        <translation>通数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="149" />
        <source>&amp;Draw sample</source>
        <translation>随机抽检(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="150" />
        <source>Score them in Recordings</source>
        <translation>到录音页评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="151" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="151" />
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="152" />
        <source>Queue</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/qa_page.py" line="152" />
        <source>Talk</source>
        <translation>通话时长</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="119" />
        <source>Select a recorded call to score it.</source>
        <translation>请选择一通有录音的通话进行评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="121" />
        <source>Call of agent %1</source>
        <translation>座席 %1 的通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="193" />
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="208" />
        <source>Submitted: score %1 of 100.</source>
        <translation>已提交：得分 %1 / 100。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="210" />
        <source>A critical item failed.</source>
        <translation>有致命项未通过。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="217" />
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="227" />
        <source>Score this call</source>
        <translation>为此通话评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="228" />
        <source>&amp;Form:</source>
        <translation>评分表(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="229" />
        <source>Comment at the current position</source>
        <translation>在当前播放位置添加批注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="230" />
        <source>Add comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="231" />
        <source>Summary for the agent (optional)</source>
        <translation>给座席的总评（可选）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/qa/score_panel.py" line="232" />
        <source>&amp;Submit score</source>
        <translation>提交评分(&amp;S)</translation>
    </message>
</context>
</TS>