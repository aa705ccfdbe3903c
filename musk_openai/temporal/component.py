"""spaCy component: find French temporal expressions, anchor and normalise them.

Candidates come from the word grammar over the doc's tokens; linguistic
context (capitalisation, sentence starts, entities, parts of speech, the
governing verb's tense) then rejects false dates and picks past or future.
Results go to doc.spans["dates"], each span carrying a `TimexInfo` in `span._.timex`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LENGTH
from spacy.tokens import Doc, Span, Token

from musk_openai.temporal import lexicon as lx
from musk_openai.temporal.grammar import Found, Spec, Word, is_number, parse_all, token_words
from musk_openai.temporal.normalise import Resolved, resolve
from musk_openai.text import doc_text

SPAN_KEY = "dates"
# What may follow the date of a dateline: a full stop or a dash, perhaps after ", Place".
_DATELINE_END = re.compile(r"(?:,[^.\n\d]{1,40})?\s*(?:\.|[-–—])")


@dataclass(frozen=True)
class TimexInfo:
    start: int  # exact character offsets of the expression
    end: int
    spec: Spec
    resolved: Resolved
    role: Optional[str]  # "from"/"until" for range bounds
    dateline: bool = False


def doc_words(doc: Doc) -> list[Word]:
    """The grammar's words, token by token (read from arrays: no Token objects are made)."""
    columns = doc.to_array([IDX, LENGTH, IS_ALPHA, IS_SPACE]).tolist()
    tokens = [(i, start, length, bool(alpha)) for i, (start, length, alpha, space) in enumerate(columns) if not space]
    return token_words(doc_text(doc), tokens)


def verb_tense(token: Token) -> Optional[str]:
    """past / present / future of the verb that governs `token`, from the parse."""
    head = token
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in head.children if c.dep_.startswith("aux")]
    forms = head.morph.get("VerbForm")
    tenses = set(head.morph.get("Tense"))
    for aux in auxes:
        tenses.update(aux.morph.get("Tense"))
        if aux.lemma_ == "aller" and "Inf" in forms:
            return "future"
        if aux.lemma_ == "venir" and "Inf" in forms:
            return "past"
    if "Fut" in tenses:
        return "future"
    if "Part" in forms and "Past" in tenses and auxes:
        return "past"
    if tenses & {"Imp", "Past"}:
        return "past"
    if "Pres" in tenses:
        return "present"
    return None


class TemporalTagger:
    def __init__(self, name: str = "musk_temporal") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        words = doc_words(doc)
        found = [f for f in parse_all([w.text for w in words]) if self._plausible(doc, words, f)]
        dct = doc._.dct
        dateline = self._dateline(doc, words, found)
        if dct is None and dateline is not None:
            dct = _to_date(dateline[1])
            if dct is not None:
                doc._.dct = dct
                doc._.dct_source = "dateline"
        spans: list[Span] = []
        previous: Optional[Resolved] = None
        for item in found:
            start, end = words[item.start].start, words[item.end - 1].end
            first_token = doc[words[item.start].token]
            resolved = resolve(item.spec, dct, previous, verb_tense(first_token))
            if resolved is None:
                continue
            is_dateline = dateline is not None and dateline[0] is item
            span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if span is None:
                continue
            span._.timex = TimexInfo(start, end, item.spec, resolved, item.role, is_dateline)
            spans.append(span)
            if resolved.year is not None and not is_dateline and resolved.mod not in ("BEFORE", "AFTER"):
                previous = resolved
        doc.spans[SPAN_KEY] = spans
        return doc

    @staticmethod
    def _dateline(doc: Doc, words: list[Word], found: list[Found]) -> Optional[tuple[Found, Spec]]:
        """A full date opening the article is its publication date: "22 juin 2012. - …",
        "22 août 2012, Espagne. - …", "3 mars 2012 — …"."""
        if not found or found[0].start > 1:
            return None
        first = found[0]
        if first.spec.granularity != "day" or first.spec.year is None:
            return None
        text = doc_text(doc)
        if text[: words[first.start].start].strip():
            return None
        after = text[words[first.end - 1].end : words[first.end - 1].end + 60]
        if _DATELINE_END.match(after):
            return first, first.spec
        return None

    @staticmethod
    def _plausible(doc: Doc, words: list[Word], item: Found) -> bool:
        """Reject what only looks like a date: Mars the planet, Avril the singer, amounts,
        street names, repeated days."""
        first = words[item.start]
        before = [w.text for w in words[max(0, item.start - 2) : item.start]]
        if len(before) == 2 and before[1] in ("du", "de", "d'") and before[0] in lx.PLACE_NOUNS:
            return False
        for k in range(item.start, item.end):
            word = words[k]
            if word.text not in lx.MONTHS and word.text not in lx.WEEKDAYS:
                continue
            token = doc[word.token]
            prev_word = words[k - 1].text if k > 0 else ""
            next_word = words[k + 1].text if k + 1 < len(words) else ""
            if word.text in lx.WEEKDAYS and prev_word in lx.SET_WORDS:
                return False
            raw = doc_text(doc)[word.start : word.end]
            capitalised = raw[:1].isupper() and not token.is_sent_start and not _line_start(doc, word.start)
            # A capitalised month or weekday mid-sentence is a name ("sur Mars", "Avril
            # Lavigne") unless a day number comes before it or a year after it.
            if capitalised and not is_number(prev_word) and not (is_number(next_word) and len(next_word) == 4):
                return False
        if item.spec.granularity == "year" and item.spec.anchor is None and item.end - item.start == 1:
            # a bare number: not an amount ("en 2000 exemplaires")
            token = doc[first.token]
            next_token = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if (
                next_token is not None
                and next_token.pos_ == "NOUN"
                and next_token.lower_ not in lx.UNITS
                and next_token.lower_ not in lx.MONTHS
            ):
                return False
        return True


def _line_start(doc: Doc, pos: int) -> bool:
    line_start = doc_text(doc).rfind("\n", 0, pos) + 1
    return doc_text(doc)[line_start:pos].strip(' \t\u00a0«“"-–—(') == ""


def _to_date(spec: Spec) -> Optional[dt.date]:
    try:
        return dt.date(spec.year or 0, spec.month or 0, spec.day or 0)
    except ValueError:
        return None
