"""Password hashing, session tokens and sign-in rate limiting."""
