"""``make bench``: every ``bench/<name>.py`` module with a ``main()`` prints Markdown tables.

``python -m bench`` runs them all; ``python -m bench llm mcp`` only the named ones.
"""
