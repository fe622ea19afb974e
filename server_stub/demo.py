"""Demo data: agents, a lead and an admin, two queues on two DIDs, codes, ~50 customers and
some call history, so a new user sees a working call centre right away. Idempotent."""

from __future__ import annotations

import random
import uuid

from server_stub.admin.bootstrap import AGENT_REASON_CODES, SYSTEM_REASON_LABELS
from server_stub.admin.bootstrap import DISPOSITIONS as STARTING_DISPOSITIONS
from server_stub.flows.demo import seed_flows
from server_stub.kb.demo import seed_kb
from server_stub.security.passwords import Passwords
from server_stub.store import customers as customers_sql
from server_stub.store.base import Store

DEMO_PASSWORD = "demo"

AGENTS = [
    ("1001", "李娜 Li Na", "agent", "team_a", {"sales": 1, "support": 1}),
    ("1002", "王强 Wang Qiang", "agent", "team_a", {"sales": 1}),
    ("1003", "Emily Chen", "agent", "team_b", {"support": 1, "sales": 2}),
    ("1004", "刘洋 Liu Yang", "agent", "team_b", {"support": 1}),
    ("1005", "David Smith", "agent", "team_b", {"support": 1, "sales": 1}),
    ("9001", "陈班长 Chen (Lead)", "lead", "team_a", {}),
    ("9000", "Admin", "admin", None, {}),
]
TEAMS = [("team_a", "A 组 Team A"), ("team_b", "B 组 Team B")]
DEMO_LEAD = "9001"  # leads both teams, so the demo's supervisor tab shows the whole centre

QUEUES = [
    {
        "name": "sales",
        "display_name": "销售 Sales",
        "wrap_up_seconds": 30,
        "service_level_threshold": 20,
        "overflow_target": "support",
        "max_wait_time": 300,
        "disposition_required": 1,
    },
    {
        "name": "support",
        "display_name": "客服 Support",
        "wrap_up_seconds": 45,
        "service_level_threshold": 30,
    },
]

DIDS = [
    ("4008001000", None, "main_menu", "Hotline: IVR menu (1 sales, 2 support)"),
    ("4008002000", "support", None, "Support line, straight to the support queue"),
    ("4008006000", None, "service_line", "Service line: office hours, else voicemail"),
]

REASON_CODES = [
    *AGENT_REASON_CODES,
    ("training", "Training", "培训", 1),
    ("meeting", "Meeting", "会议", 1),
    ("outbound", "Outbound work", "外呼", 1),
    *SYSTEM_REASON_LABELS,
]

DISPOSITIONS = [
    *STARTING_DISPOSITIONS,
    ("sale", "Sale made", "成交"),
    ("complaint", "Complaint", "投诉"),
    ("enquiry", "Enquiry", "咨询"),
    ("wrong_number", "Wrong number", "打错电话"),
    ("callback", "Callback booked", "预约回电"),
]

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "华",
    "慧",
]
_ENGLISH = [
    "Alice Wong",
    "Brian Lee",
    "Catherine Liu",
    "Daniel Zhang",
    "Grace Lin",
    "Henry Zhao",
    "Jessica Wu",
    "Kevin Huang",
    "Linda Ma",
    "Michael Sun",
]
_COMPANIES = [
    None,
    "华为技术",
    "腾讯科技",
    "阿里巴巴",
    "中国移动",
    "招商银行",
    "Acme Ltd",
    "Globex Trading",
    "美的集团",
    "顺丰速运",
]
_TAGS = ["vip", "new", "complaint_history", "enterprise", "retail"]
_PREFIXES = ["138", "139", "150", "186", "135", "177", "199", "131"]


def seed(store: Store, passwords: Passwords, now: float) -> bool:
    """Write the demo data once; returns False when it was already there."""
    if store.get_setting("demo_seeded"):
        return False
    rng = random.Random(400800)
    password_hash = passwords.hash(DEMO_PASSWORD)
    with store.transaction():
        for team_name, label in TEAMS:
            store.upsert_team(team_name, label)
        for q in QUEUES:
            store.upsert_queue(dict(q))
        for agent_id, name, role, team, queues in AGENTS:
            store.upsert_agent(
                {
                    "agent_id": agent_id,
                    "name": name,
                    "role": role,
                    "team": team,
                    "password_hash": password_hash,
                    "enabled": 1,
                    "created_at": now,
                }
            )
            for position, (queue, level) in enumerate(sorted(queues.items()), start=1):
                store.set_member(agent_id, queue, level=level, position=position)
        for team_name, label in TEAMS:  # lead 9001 leads both: the demo's lead sees everyone
            store.save_team({"name": team_name, "display_name": label, "lead": DEMO_LEAD})
        seed_flows(store, now)
        for number, did_queue, ivr, description in DIDS:
            store.upsert_did(number, did_queue, ivr, description)
        for sort, (code, en, zh, paid) in enumerate(REASON_CODES):
            store.upsert_reason_code(
                {"code": code, "label_en": en, "label_zh": zh, "paid": paid, "sort": sort}
            )
        for sort, (code, en, zh) in enumerate(DISPOSITIONS):
            store.upsert_disposition({"code": code, "label_en": en, "label_zh": zh, "sort": sort})
        customers = _seed_customers(store, rng, now)
        _seed_history(store, rng, now, customers)
        seed_kb(store, now)
        _seed_custom_fields(store, now, customers)
        store.set_setting("demo_seeded", "1")
    return True


def _seed_customers(store: Store, rng: random.Random, now: float) -> list[tuple[int, str]]:
    people: list[tuple[str, str, str | None, list[str], str]] = [
        ("张伟", "13800138000", "华为技术", ["vip"], "Prefers calls after 2 pm.")
    ]
    used = {"13800138000"}
    while len(people) < 50:
        if len(people) % 5 == 4:
            name = _ENGLISH[len(people) // 5 % len(_ENGLISH)]
        else:
            name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        phone = rng.choice(_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
        if phone in used:
            continue
        used.add(phone)
        tags = rng.sample(_TAGS, k=rng.randint(0, 2))
        people.append((name, phone, rng.choice(_COMPANIES), tags, ""))
    out = []
    for name, phone, company, tags, notes in people:
        created = now - rng.uniform(30, 400) * 86400
        customer_id = store.create_customer(
            {
                "name": name,
                "company": company,
                "tags": tags,
                "notes": notes,
                "created_at": created,
                "updated_at": created,
            },
            [phone],
        )
        out.append((customer_id, phone))
    return out


# Custom customer fields (客户字段配置) of the demo, and values for its customers.
CUSTOM_FIELDS = [
    ("level", "Customer level", "客户等级", "choice", ["VIP", "A", "B", "C"]),
    ("city", "City", "城市", "text", []),
    ("contract_end", "Contract ends", "合同到期", "date", []),
    ("monthly_spend", "Monthly spend (CNY)", "月消费（元）", "number", []),
    ("products", "Products", "已购产品", "multi_choice", ["宽带", "手机", "电视", "云服务"]),
]
_CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都"]


def _seed_custom_fields(store: Store, now: float, customers: list[tuple[int, str]]) -> None:
    rng = random.Random(18)  # its own, so the rest of the demo stays as it was
    for sort, (key, label, label_zh, kind, options) in enumerate(CUSTOM_FIELDS):
        customers_sql.save_field(
            store,
            {
                "key": key,
                "label": label,
                "label_zh": label_zh,
                "kind": kind,
                "options": options,
                "required": False,
                "sort": sort,
                "updated_at": now,
            },
        )
    for index, (customer_id, _) in enumerate(customers):
        custom = {
            "level": "VIP" if index == 0 else rng.choice(["A", "B", "C"]),
            "city": "深圳" if index == 0 else rng.choice(_CITIES),
            "contract_end": f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "monthly_spend": rng.choice([99, 199, 299, 599]),
            "products": sorted(rng.sample(["宽带", "手机", "电视", "云服务"], k=rng.randint(1, 3))),
        }
        customers_sql.set_custom(store, customer_id, custom)


def _seed_history(
    store: Store, rng: random.Random, now: float, customers: list[tuple[int, str]]
) -> None:
    agents = [a[0] for a in AGENTS if a[2] == "agent"]
    codes = [d[0] for d in DISPOSITIONS]
    for i in range(200):
        customer_id, phone = customers[0] if i % 25 == 0 else rng.choice(customers)
        started = now - rng.uniform(0.5, 30) * 86400
        queue = rng.choice(["sales", "support"])
        did = "4008002000" if queue == "support" and rng.random() < 0.5 else "4008001000"
        wait = rng.uniform(2, 90)
        abandoned = rng.random() < 0.08
        row = {
            "id": uuid.UUID(int=rng.getrandbits(128)).hex,
            "direction": "inbound",
            "state": "ended",
            "ani": phone,
            "dnis": did,
            "queue": queue,
            "customer_id": customer_id,
            "started_at": started,
            "queued_at": started + 8,
            "wait_seconds": wait,
            "ivr_path": "1" if queue == "sales" else "2",
        }
        if abandoned:
            row.update(ended_at=started + 8 + wait, end_cause="abandoned")
        else:
            talk = rng.uniform(40, 600)
            row.update(
                agent_id=rng.choice(agents),
                answered_at=started + 8 + wait,
                talk_seconds=talk,
                ended_at=started + 8 + wait + talk,
                end_cause=rng.choice(["caller_hangup", "agent_hangup"]),
                disposition=rng.choice(codes),
                note=rng.choice(
                    [
                        "",
                        "客户咨询账单问题",
                        "Asked about delivery times",
                        "已发送报价单",
                        "Follow up next week",
                    ]
                ),
            )
        store.insert_call(row)
