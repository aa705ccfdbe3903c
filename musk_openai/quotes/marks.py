"""Pair quotation marks in raw text, tolerating the mistakes of real copy.

Pure text processing: no spaCy. Handles « » (any inner spacing), “ ”, „ “,
‹ ›, straight quotes, ” used as an opener, « closed by ”, nested quotes (only
the outermost is returned), quotes re-opened at each paragraph, and unclosed
quotes, whose end is inferred. Never raises on an odd number of marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

QUOTE_CHARS = '«»“”„‹›"'
_MARK = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
_FAMILY_CLOSERS = {"«": "»", "‹": "›", "“": "”", "„": "“", '"': '"', "”": "”"}
# Spaces typographers put inside « »: normal, no-break, narrow no-break, thin.
SPACES = " \t\u00a0\u202f\u2009\u2007\u200a"
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s\u00a0]+(?=\S)")


@dataclass(frozen=True)
class RawQuote:
    open: int  # index of the opening mark
    close: Optional[int]  # index of the closing mark, None when unclosed
    start: int  # the quoted words, without marks or the spaces next to them
    end: int
    closed: bool
    reopened: bool = False  # a paragraph that re-opens a quote begun earlier


# Decides whether a sentence inside an unclosed quote is narration (start, end).
NarrationTest = Callable[[int, int], bool]


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _role(text: str, pos: int, inside: Optional[str]) -> str:
    """open / close / either, from the glyph and the characters around it."""
    ch = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    space_before = before in SPACES or before in "\n\r([{—–-" or pos == 0
    space_after = after in SPACES or after in "\n\r" or after in ".,;:!?)]}…" or pos + 1 == len(text)
    if ch in "«‹„":
        return "open"
    if ch in "»›":
        return "close"
    if ch == "“":
        if inside == "„":
            return "close"
        return "close" if (not space_before and space_after) else "open"
    # ” and " depend on their surroundings
    if space_before and not space_after:
        return "open"
    if not space_before and space_after:
        return "close"
    return "either"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SPACES + "\n\r":
        start += 1
    while end > start and text[end - 1] in SPACES + "\n\r":
        end -= 1
    return start, end


def _infer_end(text: str, start: int, limit: int, narration: Optional[NarrationTest]) -> int:
    """End of an unclosed quote: the paragraph end, or the first sentence that is narration."""
    region = text[start:limit]
    bounds = [start] + [start + m.end() for m in _SENTENCE_END.finditer(region)] + [limit]
    end = limit
    for k in range(1, len(bounds) - 1):
        s_start, s_end = bounds[k], bounds[k + 1]
        first = text[s_start]
        # Copy that goes on in lower case after a full stop has left the quotation
        # (typically a closing mark lost in translation).
        if first.isalpha() and first.islower():
            end = s_start
            break
        if narration is not None and narration(s_start, s_end):
            end = s_start
            break
    return end


def find_quotes(text: str, narration: Optional[NarrationTest] = None) -> list[RawQuote]:
    marks = [m.start() for m in _MARK.finditer(text)]  # a regex scan: a Python loop per character costs more
    found: list[RawQuote] = []
    stack: list[tuple[int, str]] = []  # (position, glyph) of open marks, outermost first
    reopened = False

    def emit(close: Optional[int], end_limit: int) -> None:
        nonlocal reopened
        open_pos = stack[0][0]
        if close is not None:
            start, end = _strip(text, open_pos + 1, close)
            closed = True
        else:
            start, _ = _strip(text, open_pos + 1, end_limit)
            end = _infer_end(text, start, end_limit, narration)
            start, end = _strip(text, start, end)
            closed = False
        if end > start:
            found.append(RawQuote(open_pos, close, start, end, closed, reopened))
        stack.clear()
        reopened = False

    def paragraph_of(pos: int) -> int:
        return text.count("\n", 0, pos)

    for pos in marks:
        ch = text[pos]
        if stack:
            open_pos, open_ch = stack[0]
            open_par_end = _paragraph_end(text, open_pos)
            if pos > open_par_end:
                role = _role(text, pos, open_ch)
                line_start = text.rfind("\n", 0, pos) + 1
                starts_paragraph = text[line_start:pos].strip(SPACES) == ""
                last_par_end = max(line_start - 1, 0)
                # The quote runs on into a list ("... doit être :"): keep it open
                # if the next mark, a few short paragraphs on, closes it.
                intro_colon = text[:open_par_end].rstrip(SPACES).endswith(":")
                near = paragraph_of(pos) - paragraph_of(open_pos) <= 6
                if intro_colon and near and role in ("close", "either") and len(stack) == 1:
                    emit(pos, pos)
                    continue
                adjacent = text[open_par_end:line_start].strip() == ""
                if (
                    adjacent
                    and starts_paragraph
                    and role == "open"
                    and _FAMILY_CLOSERS.get(ch) == _FAMILY_CLOSERS.get(open_ch)
                ):
                    # French convention: a long quotation re-opens at each paragraph.
                    start, end = _strip(text, open_pos + 1, last_par_end)
                    if end > start:
                        found.append(RawQuote(open_pos, None, start, end, True, reopened))
                    stack.clear()
                    stack.append((pos, ch))
                    reopened = True
                    continue
                emit(None, open_par_end)
        inside = stack[-1][1] if stack else None
        role = _role(text, pos, inside)
        if role == "either":
            role = "close" if stack else "open"
        if role == "open":
            if not stack:
                stack.append((pos, ch))
            elif ch == inside and _FAMILY_CLOSERS[ch] == ch:
                # a symmetric mark (") while one is open: it closes
                _close(stack, pos, ch, emit)
            elif stack and ch == stack[0][1] and ch in "«‹„" and not _nested(text, pos, ch):
                # the same opener again: the first quote was never closed
                emit(None, pos)
                stack.append((pos, ch))
            else:
                stack.append((pos, ch))
        elif stack:
            _close(stack, pos, ch, emit)
    if stack:
        emit(None, _paragraph_end(text, stack[0][0]))
    return found


def _nested(text: str, pos: int, opener: str) -> bool:
    """Whether a second opener is a quotation inside the open one ("« Ils demandent « Désert »,
    c'est le livre du lycée »"): two closers follow it in the paragraph before any opener."""
    closer = _FAMILY_CLOSERS[opener] if opener != "„" else "“"
    closers = 0
    for ch in text[pos + 1 : _paragraph_end(text, pos)]:
        if ch == opener:
            return False
        if ch == closer:
            closers += 1
            if closers == 2:
                return True
    return False


def _close(stack: list[tuple[int, str]], pos: int, ch: str, emit: Callable[[Optional[int], int], None]) -> None:
    opener = {"»": "«", "›": "‹"}.get(ch)
    if opener and len(stack) > 1 and stack[0][1] == opener and stack[-1][1] != opener:
        # « … "stray … »: the guillemet closes the outer quote whatever is left open inside
        del stack[1:]
    if len(stack) == 1:
        emit(pos, pos)
    else:
        stack.pop()  # an inner quote ends; only the outermost is reported
