"""The web UI and JSON API over an archive (``newsgraph serve``).

Read-only by construction: every request opens the DuckDB file with ``read_only=True`` and
every query is parameterised, so no request can change the archive or reach the file system.
"""
