"""Dedupe: matches leads to existing customers and merges reversibly. Built in issue 5."""
