"""zh_CN texts of SMS (短信: agent_desktop/sms)."""

from __future__ import annotations

ZH_CN: dict[str, str | list[str]] = {
    "%1 characters": "%1 个字",
    "Cancel": "取消",
    "Fill in the {…} parts of the template first.": "请先填写模板中 {…} 的部分。",
    "No template": "不用模板",
    "Not sent: %1": "未发送：%1",
    "SMS sent to %1.": "短信已发送至 %1。",
    "SMS to the customer": "给客户发短信",
    "Send": "发送",
    "Send SMS…": "发短信…",
    "Sending…": "正在发送…",
    "The message to the customer": "发给客户的短信内容",
    "Write the message first.": "请先填写短信内容。",
    "failed": "失败",
    "queued": "排队中",
    "sent": "已发送",
}
