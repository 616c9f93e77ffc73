"""Conversation retrieval, answers with citations, precedents, drafting, API, CLI."""
