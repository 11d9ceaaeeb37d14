"""The graph: data model, graph documents, and the stores that hold them."""
