"""Sign-in, sessions and roles."""
