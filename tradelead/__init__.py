"""tradelead: lead capture, enrichment, de-duplication and reorder prediction for exporters.

This tiny package holds only what every stage shares and nothing else: the version and
the root of the error tree (``tradelead.errors``). Stages live in the top-level packages
named in DESIGN.md (``crm_store``, ``harvester``, ``enrich``, ``dedupe``, ``predictor``,
``workers``, ``review``).
"""

__version__ = "0.1.0"
