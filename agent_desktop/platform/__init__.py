"""The desktop on its operating system: tray icon, global hotkeys, start at login, the OS
keyring, diagnostics and `--check`, and the qasync event loop the app runs on."""
