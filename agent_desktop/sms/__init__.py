"""SMS (短信) on the desktop: "Send SMS…" on the screen-pop's customer card."""
