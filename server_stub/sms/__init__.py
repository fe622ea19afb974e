"""SMS (短信): texts to customers through a pluggable gateway, templates, a message log."""
