"""Gold question sets and the evaluation harness."""
