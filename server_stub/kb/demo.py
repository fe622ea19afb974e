"""Demo knowledge base: a category tree and ~20 Chinese and English articles for the demo
queues `sales` and `support`. `seed_kb(store, now)` is idempotent."""

from __future__ import annotations

from server_stub.store.base import Store

AUTHOR = "9001"

# (key, parent key, name, sort)
CATEGORIES = [
    ("after_sales", None, "售后服务 After-sales", 1),
    ("refunds", "after_sales", "退款 Refunds", 1),
    ("delivery", "after_sales", "配送 Delivery", 2),
    ("billing", None, "账务 Billing", 2),
    ("invoices", "billing", "发票 Invoices", 1),
    ("account", None, "账户 Account", 3),
    ("passwords", "account", "密码 Passwords", 1),
    ("general", None, "常见问题 General", 4),
]

# (category, title, tags, queues, ivr paths, body)
ARTICLES: list[tuple[str, str, list[str], list[str], list[str], str]] = [
    (
        "refunds",
        "退款政策",
        ["退款", "售后"],
        ["support"],
        ["2"],
        "## 退款条件\n\n商品签收后 **7 天内** 可申请无理由退款，商品须保持完好。\n\n"
        "- 生鲜和定制商品不支持无理由退款\n- 退款原路返回，通常 3-5 个工作日到账\n\n"
        "如客户对退款有异议，请转接售后专线 400-800-2000。",
    ),
    (
        "refunds",
        "Refund policy",
        ["refund", "returns"],
        ["support"],
        ["2"],
        "## When can a customer get a refund?\n\nWithin **7 days** of delivery, for any reason, "
        "if the item is undamaged.\n\n- Fresh food and custom-made items are excluded\n"
        "- Money goes back to the original payment method in 3-5 working days\n\n"
        "Escalations: after-sales line +86 400 800 2000.",
    ),
    (
        "refunds",
        "如何查询退款进度",
        ["退款", "进度"],
        ["support"],
        ["2,1"],
        "1. 请客户提供订单号\n2. 在后台「订单」中查看退款状态\n3. 状态为「已退款」但未到账时，"
        "请客户联系发卡银行\n\n银行客服电话可参考 95588（工商银行）。",
    ),
    (
        "refunds",
        "Refund not received",
        ["refund", "bank"],
        ["support"],
        [],
        "If the order shows *Refunded* but the money has not arrived after 5 working days, "
        "ask the customer to call their bank. Do **not** issue a second refund.",
    ),
    (
        "delivery",
        "配送时间与范围",
        ["配送", "物流", "快递"],
        ["sales", "support"],
        ["1", "2"],
        "全国大部分城市 **48 小时** 内送达，偏远地区 3-5 天。\n\n"
        "- 上午 11 点前下单当天发货\n- 港澳台及海外暂不支持配送\n\n"
        "物流合作方客服：010-8888 6666。",
    ),
    (
        "delivery",
        "Delivery times",
        ["delivery", "shipping"],
        ["sales", "support"],
        ["1"],
        "Most cities receive orders within **48 hours**; remote areas take 3-5 days. "
        "Orders placed before 11:00 ship the same day. We do not ship abroad yet.",
    ),
    (
        "delivery",
        "快递丢件或破损处理",
        ["配送", "破损", "理赔"],
        ["support"],
        ["2"],
        "请客户在签收时当面验货。如发现破损：\n\n1. 拍照留证\n2. 拒收或在 24 小时内联系客服\n"
        "3. 我们将安排补发或退款\n\n理赔专线 400-800-3000。",
    ),
    (
        "delivery",
        "Change the delivery address",
        ["delivery", "address"],
        ["support"],
        [],
        "The address can be changed until the parcel ships. After shipping, give the customer "
        "the courier's number 400 811 1111 and the tracking number.",
    ),
    (
        "invoices",
        "如何开具发票",
        ["发票", "增值税"],
        ["sales", "support"],
        ["1"],
        "客户可在订单完成后 **30 天内** 申请电子发票。\n\n- 个人：填写抬头即可\n"
        "- 企业：需提供税号（统一社会信用代码）\n\n增值税专用发票请联系财务部 021-6666 8888。",
    ),
    (
        "invoices",
        "Invoices (fapiao)",
        ["invoice", "fapiao", "VAT"],
        ["sales", "support"],
        ["1"],
        "Electronic invoices (发票) can be requested up to **30 days** after the order is "
        "complete. Companies need their tax ID. Special VAT invoices: finance team "
        "+86 21 6666 8888.",
    ),
    (
        "invoices",
        "发票抬头写错了怎么办",
        ["发票", "重开"],
        ["support"],
        [],
        "电子发票可作废重开一次。请核对新的抬头和税号后，在后台提交「发票重开」申请。",
    ),
    (
        "passwords",
        "重置登录密码",
        ["密码", "账户", "登录"],
        ["support"],
        ["2,3"],
        "1. 在登录页点击「忘记密码」\n2. 输入注册手机号，获取验证码\n3. 设置新密码（至少 8 位）\n\n"
        "**切勿** 在电话中询问客户的密码或验证码。",
    ),
    (
        "passwords",
        "Reset a password",
        ["password", "account", "login"],
        ["support"],
        ["2,3"],
        "1. On the sign-in page choose *Forgot password*\n2. Enter the registered mobile number "
        "and the SMS code\n3. Choose a new password of at least 8 characters\n\n"
        "**Never** ask a caller for their password or SMS code.",
    ),
    (
        "passwords",
        "账户被锁定",
        ["密码", "锁定", "安全"],
        ["support"],
        [],
        "连续输错密码 5 次，账户锁定 30 分钟。核实身份后可在后台手动解锁。",
    ),
    (
        "general",
        "营业时间",
        ["营业时间", "客服时间"],
        [],
        [],
        "客服热线 400-800-1000 服务时间：\n\n- 周一至周五 8:00-20:00\n- 周末及节假日 9:00-18:00\n\n"
        "非服务时间可留言，我们会在下一个工作日回电。",
    ),
    (
        "general",
        "Opening hours",
        ["hours", "opening hours"],
        [],
        [],
        "Hotline 400-800-1000 is open Monday to Friday 8:00-20:00 and 9:00-18:00 on weekends "
        "and public holidays. Outside these hours callers can leave a message.",
    ),
    (
        "general",
        "会员积分规则",
        ["会员", "积分"],
        ["sales"],
        ["1"],
        "每消费 1 元积 1 分，100 积分可抵扣 1 元。积分有效期 12 个月。",
    ),
    (
        "general",
        "Membership points",
        ["membership", "points"],
        ["sales"],
        ["1"],
        "Customers earn 1 point per yuan spent; 100 points are worth 1 yuan off. "
        "Points expire after 12 months.",
    ),
    (
        "general",
        "价格保护说明",
        ["价格", "保价", "退款"],
        ["sales"],
        ["1"],
        "签收后 15 天内如商品降价，可申请退还差价（保价）。秒杀和团购商品除外。",
    ),
    (
        "general",
        "How to escalate a complaint",
        ["complaint", "escalation", "投诉"],
        ["sales", "support"],
        [],
        "Apologise, summarise the problem, and offer a callback within 24 hours. For urgent "
        "cases transfer to the team lead or call the duty manager on 138 0013 8000.",
    ),
]


def seed_kb(store: Store, now: float) -> bool:
    """Write the demo knowledge base once; returns False when it was already there."""
    if store.get_setting("kb_demo_seeded"):
        return False
    with store.transaction():
        ids: dict[str, int] = {}
        for key, parent, name, sort in CATEGORIES:
            ids[key] = store.kb.insert_category(
                {"parent_id": ids.get(parent) if parent else None, "name": name, "sort": sort}
            )
        for i, (category, title, tags, queues, ivr_paths, body) in enumerate(ARTICLES):
            store.kb.insert_article(
                {
                    "title": title,
                    "body": body,
                    "category_id": ids[category],
                    "tags": tags,
                    "queues": queues,
                    "ivr_paths": ivr_paths,
                },
                AUTHOR,
                now - (len(ARTICLES) - i) * 60,
            )
        store.set_setting("kb_demo_seeded", "1")
    return True
