"""Qt item models (QAbstractTableModel adapters) over plain values from the core."""
