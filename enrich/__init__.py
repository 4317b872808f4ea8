"""Enrich: turns an inquiry into a ``Lead`` per spec/lead-fields.md (rules extractor by
default, any OpenAI-compatible LLM when configured). Built in issue 4."""
