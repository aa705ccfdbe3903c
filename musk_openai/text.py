"""Text helpers without heavy imports (the cached path must not load spaCy)."""

import hashlib
import re
import unicodedata
from functools import lru_cache

# C0/C1 control characters except tab and line feed: ESC, BEL, CR, OSC starters …
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@lru_cache(maxsize=65536)
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


def remember_text(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    """Record the text a Doc was made from (spaCy's tokenizer keeps every character, so it is
    `doc.text`), so that `doc_text` need not rebuild it."""
    doc.user_data["musk_openai.text"] = text


def neutralise(text: str) -> str:
    """Show control characters as \\xNN so article text cannot drive the terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def valid_unicode(text: str) -> str:
    """Replace lone surrogates (possible in JSON input) one for one, so offsets stay right
    and every output is valid UTF-8."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def text_hash(text: str) -> str:
    """The SHA-256 of an article's text: with its id, what `export --resume` matches on."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
