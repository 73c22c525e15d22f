"""The write side of Parley: the event-sourced application and its store."""
