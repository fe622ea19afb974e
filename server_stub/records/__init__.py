"""Records, in one place: call records (CDR) and recordings rows (`calls.py`), and the
Asterisk-compatible queue_log that other tools read (`queue_log.py`)."""
