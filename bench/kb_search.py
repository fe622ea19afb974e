"""Benchmark of KB search: 50,000 generated Chinese/English articles, latency per query kind.

Run: .venv/bin/python bench/kb_search.py [--articles 50000] [--repeat 50] [--no-baseline]

Each query runs twice per repetition, alternating which goes first: the current
`store.search` and the baseline (the search before the candidate cap and the relaxed
pass's rare-first cut: every match scored, a 2-character Chinese term queried as the
prefix phrase "退款 款" *). The table shows both
latencies, the p95 ratio and how many of the baseline's top results the current search
returns (recall@limit; 1.00 = the same set).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_stub.kb.text import Query, _quote, _short_tokens, parse_query
from server_stub.store import SqliteStore

ZH_WORDS = [
    "退款",
    "配送",
    "发票",
    "密码",
    "营业时间",
    "会员",
    "积分",
    "快递",
    "订单",
    "客服",
    "售后",
    "保修",
    "价格",
    "优惠券",
    "账户",
    "登录",
    "验证码",
    "物流",
    "地址",
    "投诉",
    "换货",
    "电子发票",
    "税号",
    "银行卡",
    "到账",
    "工作日",
    "门店",
    "预约",
    "安装",
    "维修",
]
ZH_FILL = "的是了在和有我们请您可以需要如果时候进行申请处理提供联系工作人员服务问题情况"
EN_WORDS = [
    "refund",
    "delivery",
    "invoice",
    "password",
    "opening",
    "hours",
    "member",
    "points",
    "courier",
    "order",
    "support",
    "warranty",
    "price",
    "coupon",
    "account",
    "login",
    "code",
    "shipping",
    "address",
    "complaint",
    "exchange",
    "tax",
    "bank",
    "transfer",
    "store",
    "booking",
    "install",
    "repair",
    "customer",
    "policy",
]


def zh_sentence(rng: random.Random) -> str:
    parts = [
        rng.choice(ZH_WORDS)
        if rng.random() < 0.35
        else "".join(rng.choices(ZH_FILL, k=rng.randint(2, 5)))
        for _ in range(rng.randint(6, 14))
    ]
    return "".join(parts) + "。"


def en_sentence(rng: random.Random) -> str:
    words = [
        rng.choice(EN_WORDS)
        if rng.random() < 0.4
        else rng.choice(["the", "a", "to", "of", "and", "for", "with", "please", "when", "can"])
        for _ in range(rng.randint(8, 16))
    ]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random) -> dict[str, object]:
    zh = rng.random() < 0.6
    sentence = zh_sentence if zh else en_sentence
    body = "\n\n".join(
        " ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 5))
    )
    if rng.random() < 0.2:  # some mixed-language articles
        body += "\n\n" + (en_sentence if zh else zh_sentence)(rng)
    title_words = rng.sample(ZH_WORDS if zh else EN_WORDS, 2)
    title = (
        "".join(title_words) + rng.choice(["说明", "流程", "常见问题", "政策"])
        if zh
        else " ".join(title_words).capitalize() + " " + rng.choice(["guide", "FAQ", "policy"])
    )
    return {
        "title": title,
        "body": body,
        "category_id": None,
        "tags": rng.sample(ZH_WORDS if zh else EN_WORDS, 2),
        "queues": rng.choice([[], ["sales"], ["support"], ["sales", "support"]]),
        "ivr_paths": [],
    }


QUERIES = {
    "short zh (2 chars, bigram fallback)": ["退款", "发票", "密码", "配送", "积分", "门店"],
    "single char zh (prefix)": ["退", "票", "修"],
    "short en (1-2 chars, prefix)": ["re", "in", "ta"],
    "trigram zh (3+ chars)": ["营业时间", "电子发票", "优惠券", "验证码"],
    "trigram en word": ["refund", "warranty", "password", "coupon"],
    "trigram en substring": ["fund", "arrant", "ourie"],
    "multi-word en": ["refund policy", "delivery address", "bank transfer"],
    "mixed zh + en": ["发票 invoice", "退款 refund", "VIP 会员"],
    "long zh question (relaxed pass)": ["怎么申请退款到银行卡", "电子发票税号填错了怎么办"],
    "with queue filter": ["退款", "refund"],
}


class BaselineQuery(Query):
    """The query building before this change: every short term is a prefix phrase."""

    def short_parts(self) -> list[str]:
        return [_quote(" ".join(t)) + " *" for t in map(_short_tokens, self.short_terms) if t]


def baseline_search(
    store: SqliteStore, query: Query, queue: str | None, limit: int
) -> list[dict[str, object]]:
    old = BaselineQuery(query.text, query.long_terms, query.short_terms)
    return store.kb.search(old, queue, limit, exact=True)[1]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument(
        "--no-baseline", dest="baseline", action="store_false", help="time the current search only"
    )
    args = ap.parse_args()
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "kb.db")
        for q in ("sales", "support"):
            store.upsert_queue({"name": q, "display_name": q})
        rows = [article(rng) for _ in range(args.articles)]
        t0 = time.perf_counter()
        with store.transaction():
            for row in rows:
                store.kb.insert_article(row, "bench", 0.0)
        build = time.perf_counter() - t0
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = (Path(tmp) / "kb.db").stat().st_size / 1e6 + sum(
            p.stat().st_size for p in Path(tmp).glob("kb.db-wal")
        ) / 1e6
        print(
            f"{args.articles:,} articles indexed (articles, versions, trigram + bigram FTS5) "
            f"in {build:.1f} s ({args.articles / build:,.0f}/s); database {size_mb:.0f} MB"
        )
        print(f"load average (1, 5, 15 min) before: {load()}")
        print(
            f"{'query kind':38} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
            f"{'hits':>5} | {'base p50':>8} {'base p95':>8} {'p95 ×':>6} {'recall':>6}"
        )
        every: list[float] = []
        every_base: list[float] = []
        for kind, queries in QUERIES.items():
            queue = "support" if "queue" in kind else None
            times: list[float] = []
            base: list[float] = []
            recall: list[float] = []
            hits = 0
            for i in range(args.repeat):
                for text in queries:
                    query = parse_query(text)
                    for run in (0, 1) if i % 2 else (1, 0):
                        if run == 0:
                            t = time.perf_counter()
                            _, found = store.kb.search(query, queue, args.limit)
                            times.append((time.perf_counter() - t) * 1000)
                            hits += len(found)
                            ids = {r["id"] for r in found}
                        elif args.baseline:
                            t = time.perf_counter()
                            old = baseline_search(store, query, queue, args.limit)
                            base.append((time.perf_counter() - t) * 1000)
                            old_ids = {r["id"] for r in old}
                    if args.baseline:
                        recall.append(len(ids & old_ids) / len(old_ids) if old_ids else 1.0)
            every += times
            every_base += base
            line = (
                f"{kind:38} {len(times):5d} {statistics.median(times):8.2f} "
                f"{pct(times, 95):8.2f} {max(times):8.2f} {hits // len(times):5d}"
            )
            if base:
                line += (
                    f" | {statistics.median(base):8.2f} {pct(base, 95):8.2f} "
                    f"{pct(base, 95) / pct(times, 95):6.2f} {statistics.mean(recall):6.2f}"
                )
            print(line)
        line = (
            f"{'all':38} {len(every):5d} {statistics.median(every):8.2f} "
            f"{pct(every, 95):8.2f} {max(every):8.2f} {'':5}"
        )
        if every_base:
            line += (
                f" | {statistics.median(every_base):8.2f} {pct(every_base, 95):8.2f} "
                f"{pct(every_base, 95) / pct(every, 95):6.2f}"
            )
        print(line)
        print(f"load average (1, 5, 15 min) after: {load()}")
        store.close()


if __name__ == "__main__":
    main()
