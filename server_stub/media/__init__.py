"""Media workers: pjsua2 processes that execute call commands from the coordinator.

`control` (protocol) and `mixer` (audio routing) are pure; `engine` is the only module
that imports pjsua2; `worker` runs an engine as a process; `pool` is the coordinator's
side (asyncio, no pjsua2).
"""
