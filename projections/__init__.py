"""Read models of the negotiation, as of any date: ``ReadSide`` is the public interface.

    read = ReadSide(app)            # views beside the app's store (x.db -> x.views.db)
    read.catch_up()                 # project what is new in the log; returns the position
    read.state(date(2024, 2, 14))   # status, round, proposals, sticking points, truce
    read.positions("hamas", date(2024, 2, 14), known_as_of=date(2024, 2, 13))
    read.timeline(start, end)       # merged happenings with their sources
    read.changes(date(2023, 12, 1), date(2024, 2, 14))

Answers are plain JSON-able dicts (ISO dates); every part cites the events behind it as
``{id, position, type, article, reported, occurred, modality, evidence}``. ``release=None``
answers from the active extractor release. Shapes and rules: docs/projections.md.
"""

from projections.readside import ReadSide, view_store_for
from projections.store import PostgresViewStore, SQLiteViewStore, ViewStore

__all__ = ["PostgresViewStore", "ReadSide", "SQLiteViewStore", "ViewStore", "view_store_for"]
