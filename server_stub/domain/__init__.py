"""Pure domain: agent state machine, ACD routing, queue metrics (standard library only)."""
