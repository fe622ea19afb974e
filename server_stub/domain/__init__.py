"""Pure domain: agent state machine, ACD routing, queue metrics. Imports only the standard library."""
