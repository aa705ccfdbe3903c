"""Errors the CLI turns into one-line messages (exit code 1), never tracebacks."""


class MuskError(Exception):
    """A problem with the user's input or environment, with a message that says what to do."""


class InputError(MuskError):
    pass


class ModelNotInstalled(MuskError):
    pass
