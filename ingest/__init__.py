"""Corpus files -> clean text + metadata -> chunks."""
