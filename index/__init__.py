"""Chunks -> stores (SQLite, BM25, FAISS) and hybrid search."""
