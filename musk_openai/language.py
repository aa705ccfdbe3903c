"""Which language an article is in, from its commonest short words (no model, no download).

Good enough to warn that an English or Spanish article was given to a French tool.
"""

from __future__ import annotations

import re
from typing import Optional

_COMMON: dict[str, frozenset[str]] = {
    "French": frozenset(
        "le la les des du une est et en que qui dans pour pas sur au aux avec ce cette sont par "
        "il elle nous vous ont été mais ou où aussi plus ne se leur".split()
    ),
    "English": frozenset(
        "the of and to in is that for it with as was on be by this are from at have has not "
        "which or but their were an they been".split()
    ),
    "Spanish": frozenset(
        "el los las del una es y en que por con para se su al como más pero sus fue este ha son lo".split()
    ),
    "German": frozenset(
        "der die das und ist nicht mit den von zu im ein eine auf für sich dem des auch es wird sind wurde".split()
    ),
    "Italian": frozenset(
        "il di che della gli delle nel per con una sono è anche come dei più alla questo stato nella".split()
    ),
    "Portuguese": frozenset("o os da do das dos em um uma que com não para por mais foi pelo como ao seu são".split()),
    "Dutch": frozenset("de het een van en is dat op te in niet met voor zijn die aan ook er maar wordt".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect(text: str, sample: int = 3000) -> Optional[str]:
    """The most likely language name, or None when the text is too short to tell."""
    words = [w.lower() for w in _WORD.findall(text[: sample * 8])][:sample]
    if len(words) < 12:
        return None
    scores = {name: sum(w in common for w in words) for name, common in _COMMON.items()}
    best = max(scores, key=lambda name: scores[name])
    if scores[best] < 5:
        return None
    return best


def foreign(text: str) -> Optional[str]:
    """The language's name when the article is clearly not French, else None."""
    language = detect(text)
    return language if language not in (None, "French") else None
