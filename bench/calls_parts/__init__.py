"""Parts of bench/calls.py (the concurrent-conversation benchmark).

runstate: run-wide switches and note(); procstat: CPU and memory from /proc; audio: bad-frame
analysis of recordings; product: the real product as a process; phones: the test-side phones
(a WorkerPool of media workers); sipp: SIPp customers (--customers sipp); step: one step of
the ramp.
"""
