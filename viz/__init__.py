"""Interactive, self-contained HTML views of graph documents (vis-network, inlined)."""
