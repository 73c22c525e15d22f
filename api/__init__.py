"""The edge of Parley: the HTTP API and the ``parley`` command line."""
