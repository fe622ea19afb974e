"""Benchmark of customer search: 1,000,000 generated customers, latency per query kind.

Run: .venv/bin/python bench/customers.py [--customers 1000000] [--repeat 40] [--db PATH]

Customers (Chinese and English names, mobile numbers, companies, tags, owners and two
custom fields) are written straight into a fresh store's tables and search indexes, with
the same `search_text` / bigram expansion the server uses (`--db` keeps the file for a
second run). Each query kind then runs `store.customers.search` (first page of 50 and the
total, as `GET /api/v1/customers?q=` does) as an admin (sees everything) and as an agent
(own customers + the shared pool), and prints p50 / p95 / max in milliseconds. The
baseline is the search before issue 18 (`LIKE '%q%'` over name, company and phones), run
in the same process on the same data, a few times per kind.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_stub.kb.text import expand_bigrams, parse_query
from server_stub.store import SqliteStore
from server_stub.store import customers as sql

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩"
    "凯丹晨阳雪琳欣怡梓涵子轩一诺思远宏博文嘉三丰"
)
EN_FIRST = ["James", "Mary", "John", "Linda", "Robert", "Susan", "Michael", "Karen", "David"]
EN_LAST = ["Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Anderson"]
COMPANIES = [
    "华为技术",
    "阿里巴巴",
    "腾讯科技",
    "京东物流",
    "小米通讯",
    "Acme Ltd",
    "Globex",
    "联想集团",
]
TAGS = ["vip", "投诉", "潜在客户", "老客户", "wholesale", "黑名单"]
LEVELS = ["A", "B", "C"]
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京"]
AGENTS = [str(1000 + i) for i in range(200)]
MOBILE = ["138", "139", "150", "186", "177", "135"]


def generate(store: SqliteStore, n: int, rng: random.Random) -> None:
    conn: sqlite3.Connection = store.conn
    now = time.time()
    conn.execute("BEGIN")
    batch: list[tuple[int, str, str, str, str, str | None, str]] = []
    for cid in range(1, n + 1):
        if cid % 6 == 0:
            name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
        else:
            name = rng.choice(SURNAMES) + "".join(
                rng.choice(GIVEN) for _ in range(rng.randint(1, 2))
            )
        phone = rng.choice(MOBILE) + f"{rng.randrange(10**8):08d}"
        tags = rng.sample(TAGS, k=rng.choice((0, 0, 1, 2)))
        owner = None if rng.random() < 0.3 else rng.choice(AGENTS)
        custom = {"level": rng.choice(LEVELS), "city": rng.choice(CITIES)}
        row = {
            "name": name,
            "company": rng.choice(COMPANIES),
            "tags": tags,
            "owner_id": owner,
            "custom": custom,
        }
        text = sql.search_text(row, [phone])
        conn.execute(
            "INSERT INTO customers (id, name, company, tags, notes, created_at, updated_at, "
            "owner_id, custom) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)",
            [
                cid,
                name,
                row["company"],
                json.dumps(tags, ensure_ascii=False),
                now,
                now,
                owner,
                json.dumps(custom, ensure_ascii=False),
            ],
        )
        batch.append((cid, phone, text, expand_bigrams(text), name, owner, row["company"]))
        if len(batch) == 10_000:
            _flush(conn, batch)
            batch = []
            if cid % 100_000 == 0:
                print(f"  {cid:,} customers", flush=True)
    _flush(conn, batch)
    conn.execute("COMMIT")
    conn.execute("INSERT INTO customer_fts (customer_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO customer_fts_short (customer_fts_short) VALUES ('optimize')")


def _flush(
    conn: sqlite3.Connection, batch: list[tuple[int, str, str, str, str, str | None, str]]
) -> None:
    conn.executemany(
        "INSERT INTO customer_phones (phone, customer_id) VALUES (?, ?)",
        [(b[1], b[0]) for b in batch],
    )
    conn.executemany(
        "INSERT INTO customer_fts (rowid, body) VALUES (?, ?)", [(b[0], b[2]) for b in batch]
    )
    conn.executemany(
        "INSERT INTO customer_fts_short (rowid, body) VALUES (?, ?)", [(b[0], b[3]) for b in batch]
    )


QUERIES: dict[str, list[str]] = {
    "CJK 1 char (surname)": ["张", "李", "欧", "王"],
    "CJK 2 chars (given name)": ["三丰", "子轩", "梓涵", "秀英"],
    "CJK 3 chars (full name)": ["张三丰", "王子轩", "李梓涵", "陈秀英"],
    "phone digits (4-11)": ["5678", "1380013", "13912345678", "0000"],
    "English word part": ["smi", "Anderson", "mary", "ohn"],
    "company / tag / custom": ["华为", "阿里巴巴", "潜在客户", "杭州"],
    "two terms": ["张 华为", "三丰 上海", "Smith vip", "138 杭州"],
    "no match": ["不存在的人", "zzzqqq", "99999999999"],
    "empty (list all)": [""],
}


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def baseline(store: SqliteStore, text: str) -> None:
    store.search_customers(text, 50, 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--customers", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--baseline-repeat", type=int, default=3)
    ap.add_argument("--db", type=Path, default=None, help="keep (or reuse) the database here")
    args = ap.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.mkdtemp(prefix="bench-customers-")
        path = Path(tmp) / "customers.db"
    else:
        path = args.db
    reuse = path.exists()
    store = SqliteStore(path)
    if not reuse:
        started = time.perf_counter()
        generate(store, args.customers, random.Random(18))
        print(f"generated {args.customers:,} customers in {time.perf_counter() - started:.0f} s")
    count = store.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    size = os.path.getsize(path) / 1e6
    print(f"{count:,} customers, database {size:.0f} MB, SQLite {sqlite3.sqlite_version}")
    agent = [AGENTS[7]]
    print(
        f"{'query kind':28} {'who':6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} "
        f"{'hits':>7} {'base p50':>9} {'ratio':>6}"
    )
    all_ms: list[float] = []
    for kind, texts in QUERIES.items():
        for who, owners in (("admin", None), ("agent", agent)):
            times: list[float] = []
            hits = 0
            for _ in range(args.repeat):
                for text in texts:
                    query = parse_query(text)
                    t0 = time.perf_counter()
                    _, total, _ = sql.search(store, query, owners, None, 50, 0)
                    times.append((time.perf_counter() - t0) * 1000)
                    hits = max(hits, total)
            all_ms.extend(times)
            base = ""
            ratio = ""
            if who == "admin" and args.baseline_repeat:
                base_times = []
                for _ in range(args.baseline_repeat):
                    for text in texts:
                        t0 = time.perf_counter()
                        baseline(store, text)
                        base_times.append((time.perf_counter() - t0) * 1000)
                b50 = statistics.median(base_times)
                base = f"{b50:9.0f}"
                ratio = f"{b50 / max(statistics.median(times), 1e-6):6.0f}x"
            print(
                f"{kind:28} {who:6} {statistics.median(times):7.1f} {pct(times, 95):7.1f} "
                f"{max(times):7.1f} {hits:7,} {base:>9} {ratio:>6}"
            )
    print(f"all queries: p50 {statistics.median(all_ms):.1f} ms, p95 {pct(all_ms, 95):.1f} ms")
    store.close()
    if tmp is not None:
        for f in Path(tmp).iterdir():
            f.unlink()
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
