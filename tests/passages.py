"""What the whole pipeline makes of a short written passage: the speakers of its quotations, in
order (with the words that pointed to each). Shared by the speaker test modules."""

from musk_openai.api import analyse_text


def names(text: str) -> list:
    return [q.speaker for q in analyse_text(text).quotes]


def quotes(text: str) -> list:
    return [(q.speaker, q.speaker_mention) for q in analyse_text(text).quotes]
