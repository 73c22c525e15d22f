"""The pure domain of Parley: event catalog, value objects and aggregates."""
