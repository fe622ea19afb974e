"""zh_CN texts of the Reports tab and My day (agent_desktop/reports): source -> Chinese."""

ZH_CN: dict[str, str] = {
    # My day
    "Your figures are not available on this server.": "此服务器暂不提供您的工作数据。",
    "My calls today: %1 (select one to hear it)": "我今天的通话：%1 通（选中即可收听录音）",
    "My day": "今日工作", "&Refresh": "刷新(&R)",
    # errors in plain words
    "this server has no reports yet": "此服务器暂不支持报表",
    "the server cannot be reached; check the network and try again":
        "无法连接服务器，请检查网络后重试",
    "your session has ended; sign in again": "会话已结束，请重新登录",
    "too many requests; try again in a minute": "请求过于频繁，请一分钟后再试",
    "your role may not see this": "您的角色无权查看",
    "not found on the server": "服务器上未找到",
    "the server failed (%1); try again or tell IT": "服务器出错（%1），请重试或联系 IT",
    # the form
    "All": "全部", "&Report:": "报表(&R)：", "&Period:": "时间段(&P)：", "&From:": "开始(&F)：",
    "&To:": "结束(&T)：", "&Group by:": "分组(&G)：", "&Agent:": "座席(&A)：",
    "T&eam:": "班组(&E)：", "&Queue:": "技能组(&Q)：", "&Number:": "号码(&N)：",
    "&Show": "查询(&S)",
    # report titles (统计报表), periods, groupings
    "Agent work": "坐席工作报表", "Queues": "队列报表", "Inbound numbers": "中继报表",
    "Dispositions": "业务报表", "Outbound calls": "外呼报表",
    "Agent state changes": "示忙示闲记录", "Answer ranking": "接听排名",
    "Satisfaction": "满意度", "Abandoned calls": "呼损清单", "Traffic": "流量统计",
    "Call detail": "话务清单",
    "Today": "今天", "Yesterday": "昨天", "This week": "本周", "Last week": "上周",
    "This month": "本月", "Last month": "上月", "Custom range": "自定义",
    "Agent": "座席", "Team": "班组", "Queue": "技能组", "Inbound number": "呼入号码",
    "Hour": "按小时", "Day": "按天", "Week": "按周", "Month": "按月",
    # column labels the server sends
    "Agent ID": "工号", "Name": "姓名", "Number": "号码", "Period": "时段",
    "Offered": "进线", "Answered": "接听", "Missed": "未接", "Abandoned": "放弃",
    "Short abandons": "短时放弃", "Overflowed": "溢出", "Calls": "通话数",
    "Calls answered": "接听数", "Transfers": "转接", "Talk": "通话时长",
    "Talk time": "通话时长", "Hold": "保持时长", "Hold time": "保持时长",
    "Wrap-up": "话后整理", "Wrap-up time": "话后整理时长", "Ready": "置闲",
    "Ready time": "置闲时长", "Not ready": "置忙", "Not ready time": "置忙时长",
    "Logged in": "在线", "Logged-in time": "在线时长", "Occupancy": "占用率",
    "AHT": "平均处理时长", "ASA": "平均应答时间", "Service level": "服务水平",
    "Abandon rate": "放弃率", "Longest wait": "最长等待", "Wait": "等待时长",
    "Started": "开始时间", "Time": "时间", "Duration": "持续时长", "State": "状态",
    "Reason": "原因", "Direction": "方向", "Caller": "主叫号码", "Called": "被叫号码",
    "Disposition": "处理结果", "Outcome": "结果", "Recording": "录音", "Score": "评分",
    "Rank": "排名", "Where lost": "呼损位置", "Peak": "峰值", "Connected": "接通",
    "Total": "合计", "Inbound": "呼入", "Outbound": "呼出", "Ended in IVR": "IVR 内结束",
    "Other": "其他", "Attempts": "外呼次数", "Connect rate": "接通率",
    "Average talk": "平均通话时长", "Label": "名称", "Share": "占比", "Signed in": "签入时长",
    "Description": "说明", "End cause": "结束原因", "Lost at": "呼损位置",
    "Ringing agent": "振铃座席", "Short abandon": "短时放弃", "From": "原状态",
    "Changed by": "操作人", "Call": "通话编号", "Not ready: %1": "置忙：%1",
    # the host
    "Reports": "报表",
    # the presenter
    "Could not load the reports: %1": "无法加载报表：%1",
    "The report could not be made: %1": "无法生成报表：%1",
    "Only the first %1 rows are shown; the export has them all.":
        "仅显示前 %1 行；导出文件包含全部数据。",
    "No data in this period.": "此时间段内没有数据。",
    "The calls could not be listed: %1": "无法列出通话：%1",
    "This call has no recording.": "此通话没有录音。",
    "Could not load the recording: %1": "无法加载录音：%1",
    "Export cancelled: nothing was saved.": "已取消导出：未保存任何文件。",
    "Not exported: %1": "未导出：%1", "Exported %1 (%2 KB)": "已导出 %1（%2 KB）",
    # the tab
    "Your role has no reports.": "您的角色没有可用的报表。",
    "Making the report…": "正在生成报表…",
    "Calls of %1: %2 (select one to hear it)": "%1 的通话：%2 通（选中即可收听录音）",
    "Export the report": "导出报表", "Excel (*.xlsx)": "Excel (*.xlsx)",
    "CSV (*.csv)": "CSV (*.csv)", "%1 KB": "%1 KB", "E&xport…": "导出(&X)…",
    "Cancel": "取消", "&Calls of this row": "查看本行通话(&C)",
    "How is this computed?": "计算方法",
    "Save the whole report as Excel or CSV.": "将整个报表保存为 Excel 或 CSV 文件。",
    "Your role may not export reports: ask an administrator for the \"Export reports\" "
    "permission.": "您的角色无权导出报表：请向管理员申请“导出报表”权限。",
    "Double-click a row to list its calls.": "双击一行可列出其通话。",
    "%1: %2": "%1：%2",
    # the server's formulas (docs/reports.md)
    "calls that joined the queue (inbound, queued_at set), short abandons included":
        "进入技能组排队的来电（呼入且有排队时间），含短时放弃",
    "inbound calls an agent answered": "座席接听的呼入电话",
    "offers the agent let ring out or refused (queue_log RINGNOANSWER)":
        "分配给座席但振铃超时或被拒接的来电（queue_log RINGNOANSWER）",
    "answered + missed": "接听 + 未接",
    "inbound calls whose caller hung up while queued or ringing":
        "来电者在排队或振铃时挂断的呼入电话",
    "abandons with wait < the queue's short_abandon_threshold (default 5 s)":
        "等待时间小于技能组短时放弃阈值（默认 5 秒）的放弃",
    "calls that left the queue by an overflow rule (end cause overflow_*)":
        "按溢出规则离开技能组的来电（结束原因 overflow_*）",
    "answered within the queue's service_level_threshold ÷ SLoffered, SLoffered = answered "
    "+ abandoned + overflowed − short abandons (Cisco negative impact; "
    "metrics.service_level)":
        "在技能组服务水平阈值内接听的来电 ÷ SLoffered，SLoffered = 接听 + 放弃 + 溢出 − "
        "短时放弃（Cisco 负面影响算法；metrics.service_level）",
    "Σ wait of answered calls (join → answer, ring time included) ÷ answered "
    "(metrics.average_speed_of_answer)":
        "接听来电的等待时长之和（从排队到接听，含振铃）÷ 接听数"
        "（metrics.average_speed_of_answer）",
    "(Σ talk + Σ hold + Σ wrap-up) ÷ handled, handled = answered calls whose wrap-up "
    "completed (metrics.average_handle_time)":
        "（通话 + 保持 + 话后整理时长之和）÷ 处理数，处理数 = 已完成话后整理的接听来电"
        "（metrics.average_handle_time）",
    "(abandoned − short) ÷ (offered − short) (metrics.abandon_rate)":
        "（放弃 − 短时放弃）÷（进线 − 短时放弃）（metrics.abandon_rate）",
    "the longest wait of a queued call (answered or not)": "排队来电的最长等待（无论是否接听）",
    "Σ talk time (answer → hang-up, hold excluded) of answered calls":
        "接听来电的通话时长之和（接听到挂断，不含保持）",
    "Σ hold time of answered calls": "接听来电的保持时长之和",
    "time in the wrap-up state (agent state log)": "处于话后整理状态的时长（座席状态记录）",
    "time in the ready state": "处于置闲状态的时长",
    "time in the not-ready state (all reasons; each reason in its own column)":
        "处于置忙状态的时长（全部原因；各原因另列一栏）",
    "time signed in (every state but logged out)": "签入时长（除签出外的所有状态）",
    "handling ÷ (handling + ready), handling = reserved + on call + wrap-up; not-ready "
    "excluded (metrics.occupancy)":
        "处理时长 ÷（处理时长 + 置闲时长），处理时长 = 振铃 + 通话 + 话后整理；不含置忙"
        "（metrics.occupancy）",
    "blind transfers the agent made (queue_log BLINDTRANSFER)":
        "座席发起的直接转接（queue_log BLINDTRANSFER）",
    "outbound calls the agent placed": "座席发起的外呼",
    "outbound calls the far end answered": "对方接听的外呼",
    "connected ÷ attempts": "接通数 ÷ 外呼次数",
    "Σ talk ÷ connected (or answered) calls": "通话时长之和 ÷ 接通（或接听）数",
    "calls with this disposition ÷ calls with a disposition in the group":
        "该处理结果的通话数 ÷ 本组有处理结果的通话数",
    "the caller's survey score (1..5); average over surveyed calls":
        "来电者的满意度评分（1..5）；按参与评价的通话取平均",
    "seconds until the agent's next state change (clipped to the period)":
        "到座席下一次状态变化的秒数（截至时间段结束）",
    "ivr: before joining a queue; queue: waiting; ringing: while an agent's phone rang; "
    "overflow: sent away by an overflow rule":
        "ivr：进入技能组之前；queue：排队等待中；ringing：座席话机振铃时；overflow：被溢出规则转走",
    "calls that started in the period (by started_at, centre time zone)":
        "在时间段内开始的通话（按开始时间，呼叫中心时区）",
    "the period with the most calls (totals: peak_period, peak_calls)":
        "通话最多的时段（合计行：peak_period、peak_calls）",
    # values in text columns
    "inbound": "呼入", "outbound": "呼出", "internal": "内部", "signed out": "已签出",
    "not ready": "置忙", "ready": "置闲", "ringing": "振铃", "on call": "通话中",
    "wrap-up": "话后整理", "in the IVR": "IVR 中", "waiting in queue": "排队中",
    "while ringing": "振铃中", "overflowed": "已溢出",
    "just signed in": "刚签入", "missed a call": "未接来电", "server restarted": "服务器重启",
    "phone offline": "话机离线", "set by a team lead": "班长设置",
}
