"""OS integration of the agent desktop: tray icon, global hotkeys, start at login, diagnostics."""
