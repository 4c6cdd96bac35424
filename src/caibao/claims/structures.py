"""Structures of financial journalism beyond one number in one clause: enumerations that 分别 /
respectively pair with lists of figures, segment names, and Markdown/HTML tables. A mixin of the
extractor (``extract._Extractor``), made of one mixin per structure: ``table_rows`` (a table's
data rows), ``segment_names`` (segments named in a sentence, with ``stored_segments``: the
company's own), ``enumerations`` (分别 lists); the small helpers they and the sentence reader
share are in ``figure_traits``.

Takes nothing of its own: the extractor's state (lexicon, text, segments, reference date); gives
the methods ``_table_row``, ``_segments``, ``_clean_segment`` and ``_lists``. The names other
modules import from here are re-exported.
"""

from __future__ import annotations

from .enumerations import Enumerations
from .figure_traits import balances as balances
from .figure_traits import has_currency as has_currency
from .figure_traits import journalist_precision as journalist_precision
from .figure_traits import span_ending as span_ending
from .segment_names import SegmentNames
from .stored_segments import _ascii_segments_re as _ascii_segments_re
from .stored_segments import _rendered_segments_re as _rendered_segments_re
from .stored_segments import has_ascii_segment as has_ascii_segment
from .table_rows import TABLE_ROW as TABLE_ROW
from .table_rows import TABLE_RULE as TABLE_RULE
from .table_rows import TableRows
from .table_rows import table_cells as table_cells
from .table_units import unit_suffix as unit_suffix


class Structures(TableRows, SegmentNames, Enumerations):
    """Enumerations, segments and tables, for ``extract._Extractor``."""
