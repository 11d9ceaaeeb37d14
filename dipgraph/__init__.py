"""dipgraph: a diplomatic-statement graph explorer."""

__version__ = "0.1.0"
