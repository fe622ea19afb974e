"""Knowledge base (知识库): articles, categories, full-text search for Chinese and English."""
