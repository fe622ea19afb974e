"""CPU ticks, RSS and PSS of process trees from /proc, grouped by the product's roles."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

TICK = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _stat(pid: int) -> tuple[int, int, int] | None:
    """(ppid, utime+stime ticks, rss kB) of a process, None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[21]) * PAGE_KB


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = _stat(int(name))
            if st is not None:
                children.setdefault(st[0], []).append(int(name))
    out, todo = set(), [root]
    while todo:
        pid = todo.pop()
        out.add(pid)
        todo.extend(children.get(pid, []))
    return out


def category(pid: int, product_root: int) -> str:
    if pid == product_root:
        return "coordinator"
    cmd = _cmdline(pid)
    if "kamailio" in cmd:
        return "kamailio"
    if "server_stub.media" in cmd:
        return "workers"
    return "other"


@dataclass
class Snapshot:
    t: float
    ticks: dict[int, int]
    cats: dict[int, str]
    machine: tuple[int, int]  # (busy, total) jiffies from /proc/stat


def machine_jiffies() -> tuple[int, int]:
    with open("/proc/stat") as f:
        parts = [int(x) for x in f.readline().split()[1:]]
    idle = parts[3] + parts[4]
    return sum(parts) - idle, sum(parts)


def snapshot(product_root: int) -> Snapshot:
    product = descendants(product_root)
    mine = descendants(os.getpid()) - product
    ticks, cats = {}, {}
    for pid in product | mine:
        st = _stat(pid)
        if st is None:
            continue
        ticks[pid] = st[1]
        cats[pid] = category(pid, product_root) if pid in product else "phones"
    return Snapshot(time.monotonic(), ticks, cats, machine_jiffies())


def cpu_of(pid: int, a: Snapshot, b: Snapshot) -> float:
    """CPU % of one core of one process over the window (0 if it is not in both)."""
    if pid not in a.ticks or pid not in b.ticks:
        return 0.0
    return 100 * (b.ticks[pid] - a.ticks[pid]) / TICK / (b.t - a.t)


def cpu_between(a: Snapshot, b: Snapshot) -> dict[str, float]:
    """CPU % of one core per category over the window (new processes count from zero)."""
    seconds = b.t - a.t
    out: dict[str, float] = {}
    for pid, ticks in b.ticks.items():
        used = ticks - a.ticks.get(pid, 0)
        out[b.cats[pid]] = out.get(b.cats[pid], 0.0) + 100 * used / TICK / seconds
    out["product"] = sum(v for k, v in out.items() if k != "phones")
    busy = b.machine[0] - a.machine[0]
    total = b.machine[1] - a.machine[1]
    out["machine"] = 100 * os.cpu_count() * busy / total if total else 0.0  # type: ignore[operator]
    out["server_workers"] = sum(1 for p, k in b.cats.items() if k == "workers")
    return out


def memory(product_root: int) -> tuple[float, float]:
    """RSS and PSS (MB) summed over the product's processes."""
    rss = pss = 0
    for pid in descendants(product_root):
        st = _stat(pid)
        if st is not None:
            rss += st[2]
            pss += _pss_kb(pid)
    return rss / 1024, pss / 1024
