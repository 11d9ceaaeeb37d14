"""`python -m dipgraph` runs the command line."""

from dipgraph.cli import main

main()
