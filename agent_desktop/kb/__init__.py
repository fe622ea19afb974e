"""Knowledge-base panel (知识库) of the agent desktop: search, browse, read, edit."""
