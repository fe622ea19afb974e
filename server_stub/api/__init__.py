"""The HTTP layer: FastAPI app factory, authentication dependencies, error mapping."""
