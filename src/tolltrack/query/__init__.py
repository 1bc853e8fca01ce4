"""Questions asked of the store: tallies without double counting, control over time, exports.

    >>> from tolltrack.query import tally, control_over_time
    >>> tally(store, status="killed", by="side").rows

The CLI commands (``tolltrack events|tally|control|export``) are in ``tolltrack.query.cli``.
"""

from tolltrack.query.control import ControlPoint, control_over_time
from tolltrack.query.tally import TallyResult, TallyRow, tally

__all__ = ["ControlPoint", "TallyResult", "TallyRow", "control_over_time", "tally"]
