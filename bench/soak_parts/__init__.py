"""Parts of bench/soak.py: the product process, faults, desktop-like agents, invariants."""
