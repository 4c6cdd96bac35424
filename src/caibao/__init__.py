"""caibao: read listed companies' reports into facts with provenance, compute the figures the
press quotes, write the earnings article and check anyone's article against the facts.

Data flow (see ARCHITECTURE.md): documents → extract → normalise → validate → store → metrics →
write / claims.
"""

__version__ = "0.1.0"
