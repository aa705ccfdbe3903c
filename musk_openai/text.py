"""Text helpers without heavy imports (the cached path must not load spaCy)."""

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Élise" and "elise" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def doc_text(doc) -> str:  # type: ignore[no-untyped-def]
    """A spaCy Doc's text, computed once: `Doc.text` joins every token on each access."""
    text = doc.user_data.get("musk_openai.text")
    if text is None:
        text = doc.user_data["musk_openai.text"] = doc.text
    return text
