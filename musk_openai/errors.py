"""Errors the CLI turns into one-line messages (exit code 1), never tracebacks."""


class MuskError(Exception):
    """A problem with the user's input or environment, with a message that says what to do."""


class InputError(MuskError):
    pass


class ModelNotInstalled(MuskError):
    pass


class ArticleError(MuskError):
    """The analysis of one article failed (raised by the library, and by the CLI with --fail-fast)."""

    def __init__(self, document: str, error: str) -> None:
        super().__init__(f"{document}: {error}")
        self.document = document
        self.error = error
