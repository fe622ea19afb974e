"""Record keeping that other tools read: the Asterisk-compatible queue_log."""
