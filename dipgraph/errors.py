"""The exceptions dipgraph raises; the CLI turns them into one-line messages."""


class DipgraphError(Exception):
    """Root of every error dipgraph raises on purpose."""

    exit_code = 1


class InputError(DipgraphError):
    """An input file or document cannot be read or understood."""

    exit_code = 2


class StoreError(DipgraphError):
    """The store cannot be opened, reached or written."""

    exit_code = 3


class QueryError(DipgraphError):
    """A saved or ad-hoc query is unknown, invalid or refused."""

    exit_code = 4


class ParameterError(QueryError):
    """A query parameter is missing, unknown or of the wrong type."""

    exit_code = 5
