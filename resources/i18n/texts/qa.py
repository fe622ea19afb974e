"""zh_CN texts of the QA area (质检: agent_desktop/qa)."""

from __future__ import annotations

ZH_CN: dict[str, object] = {
    "%1 (weight %2)": "%1（权重 %2）", "%1 evaluation(s)": "共 %1 条评分",
    "%1 of %2 recorded, not yet scored calls drawn.":
        "已从 %2 通有录音且未评分的通话中抽取 %1 通。",
    "%1 saved as version %2.": "%1 已保存为第 %2 版。",
    "&Agent:": "座席(&A)：", "&Calls:": "通数(&C)：", "&Description:": "说明(&D)：",
    "&Draw sample": "随机抽检(&D)", "&Form:": "评分表(&F)：", "&From:": "从(&F)：",
    "&Name:": "名称(&N)：", "&Save form": "保存评分表(&S)", "&Submit score": "提交评分(&S)",
    "&To:": "至(&T)：", "A critical item failed.": "有致命项未通过。",
    "A critical item failed: the score is 0.": "有致命项未通过：总分为 0。",
    "Acknowledge": "确认", "Acknowledged": "已确认", "Add comment": "添加批注",
    "Add item": "添加评分项", "Agent": "座席", "Answer": "评分",
    "Call of %1 on %2, scored by %3": "%1 于 %2 的通话，评分人 %3",
    "Call of agent %1": "座席 %1 的通话", "Choose an agent.": "请选择座席。",
    "Comment at the current position": "在当前播放位置添加批注", "Comments:": "批注：",
    "Critical": "致命项", "Critical: failing it makes the whole score 0":
        "致命项：未通过则总分为 0",
    "Dispute": "申诉", "Disputed": "申诉中", "Disputed: %1": "申诉理由：%1",
    "Drawing…": "正在抽取…", "Evaluation %1: %2": "评分 %1：%2", "Evaluations": "质检结果",
    "Form": "评分表", "Forms": "评分表", "General": "通用", "Item": "评分项", "Key": "代码",
    "Kind": "类型", "Max points": "满分", "My evaluations": "我的质检",
    "N/A allowed": "可不适用", "N/A": "不适用", "New form": "新建评分表", "New": "新",
    "No evaluation selected.": "未选择评分。",
    "No": "否", "Not saved: %1": "未保存：%1", "Not submitted: %1": "未提交：%1",
    "Points": "分值", "Queue": "技能组", "Refresh": "刷新", "Remove item": "删除评分项",
    "Resolution by %1: %2": "%1 的处理意见：%2",
    "Resolution note for the agent": "给座席的处理意见", "Resolved": "已处理",
    "Row %1: %2 must be a number": "第 %1 行：%2 必须是数字", "Samples": "抽检",
    "Saving…": "正在保存…", "Score them in Recordings": "到录音页评分",
    "Score this call": "为此通话评分", "Score": "得分", "Scored": "评分时间",
    "Section weight": "分组权重", "Section": "分组",
    "Select a recorded call to score it.": "请选择一通有录音的通话进行评分。",
    "Started": "开始时间", "Status": "状态",
    "Submitted: score %1 of 100.": "已提交：得分 %1 / 100。",
    "Submitting…": "正在提交…", "Summary for the agent (optional)": "给座席的总评（可选）",
    "Talk": "通话时长", "Team %1": "班组 %1",
    "The period ends before it starts.": "结束日期早于开始日期。",
    "Uphold the score": "维持原评分", "Version %1, used by %2 evaluation(s)":
        "第 %1 版，已用于 %2 条评分",
    "Weight %1": "权重 %1", "Weight": "权重", "Why you dispute this score": "申诉理由",
    "Yes / no": "是 / 否", "Yes": "是",
    "Team": "班组", "Average score": "平均分", "Lowest score": "最低分",
    "Critical fails": "致命项未通过", "Disputes": "申诉", "Total": "合计",
    "Average score: the mean of the evaluations' scores (0..100); a critical fail scores 0.":
        "平均分：各条评分得分（0..100）的平均值；致命项未通过计 0 分。",
    "Amend the score": "修改评分",
    "&By:": "分组(&B)：", "&Run report": "生成报表(&R)", "Report": "质检报表",
}
