"""The offline rules extractor: one finder module per kind of field (people, contacts,
commerce, category, language) and ``extractor`` that picks the buyer's values."""
