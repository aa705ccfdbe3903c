"""spaCy component: find French temporal expressions, anchor and normalise them.

Candidates come from the word grammar over the doc's tokens; linguistic
context (capitalisation, sentence starts, entities, parts of speech, the
governing verb's tense) then rejects false dates and picks past or future.
Results go to doc.spans["dates"], each span carrying a `TimexInfo` in `span._.timex`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LENGTH
from spacy.tokens import Doc, Span, Token

from musk_openai.temporal import lexicon as lx
from musk_openai.temporal.grammar import Found, Spec, Word, Words, is_day, is_number, parse_all, token_words
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


def doc_words(doc: Doc) -> Words:
    """The grammar's words, token by token (read from arrays: no Token objects are made)."""
    columns = doc.to_array([IDX, LENGTH, IS_ALPHA, IS_SPACE])
    kept = numpy.flatnonzero(columns[:, 3] == 0)
    rows = columns[kept]
    split = numpy.flatnonzero((rows[:, 2] == 0) & (rows[:, 1] > 1))
    return token_words(doc_text(doc), kept.tolist(), rows[:, 0].tolist(), rows[:, 1].tolist(), split.tolist())


def verb_tense(token: Token, known: Optional[dict[int, Optional[str]]] = None) -> Optional[str]:
    """past / present / future of the verb that governs `token`, from the parse, the morphology and,
    where the morphology misses a future or conditional, the verb's ending. `known`: the tenses
    already read in this document, by governing token (dates of one clause share their verb)."""
    head = token
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i or _helpers(head):
            break
        head = head.head
    if known is None:
        return _head_tense(head)
    if head.i not in known:
        known[head.i] = _head_tense(head)
    return known[head.i]


def _head_tense(head: Token) -> Optional[str]:
    if head.dep_ == "xcomp" and "Inf" in head.morph.get("VerbForm") and head.head.lemma_ in _MODALS:
        head = head.head  # "devrait annoncer jeudi": the tense of "devrait" (not of "a prévu de revenir")
    helpers = _helpers(head)
    if head.pos_ not in ("VERB", "AUX") and not helpers:
        return None
    forms = set(head.morph.get("VerbForm"))
    # a participle with auxiliaries takes their tense ("est attendu" is a present)
    tenses = set() if "Part" in forms and helpers else set(head.morph.get("Tense"))
    for child in head.children:  # "va présenter", "vient d'annoncer"
        if child.dep_ == "xcomp" and "Inf" in child.morph.get("VerbForm"):
            if head.lemma_ == "aller":
                return "future"
            if head.lemma_ == "venir" and any(c.lower_ in ("de", "d'") for c in child.children):
                return "past"
    for aux in helpers:
        tenses.update(aux.morph.get("Tense"))
        if aux.lemma_ == "aller" and "Inf" in forms:
            return "future"
        if aux.lemma_ == "venir" and "Inf" in forms:
            return "past"
    conjugated = min(helpers, key=lambda t: t.i) if helpers else head
    # a compound past ("a signé", "est arrivé"), not a present passive ("est attendu")
    reflexive = any(c.dep_.startswith("expl") for c in head.children)
    participle = ("Part" in forms or head.pos_ == "ADJ") and any(
        h.dep_ == "aux:tense" and (h.lemma_ != "être" or reflexive or head.lemma_ in lx.ETRE_VERBS) for h in helpers
    )
    form = _future_form(conjugated)
    if form == "future" or form == "conditional" and not participle:
        return "future"  # "signera", "devrait signer" (news conditional: a plan)
    if form == "conditional":
        return "past"  # "aurait signé": an alleged past fact
    if "Fut" in tenses:
        return "future"
    if participle:
        return "past"
    if tenses & {"Imp", "Past"}:
        return "past"
    if "Pres" in tenses:
        return "present"
    return None


_MODALS = frozenset({"devoir", "pouvoir", "vouloir", "falloir", "aller", "venir"})


def _helpers(token: Token) -> list[Token]:
    """Auxiliaries and copulas: "a signé", "avait été mauvaise"."""
    return [c for c in token.children if c.dep_.startswith("aux") or c.dep_ == "cop"]


def _future_form(token: Token) -> Optional[str]:
    """ "future" or "conditional" when the ending says so: "signerons", "prendra", "sera", "pourrait"."""
    text, lemma = token.lower_, token.lemma_.lower()
    for endings, kind in ((lx.CONDITIONAL_ENDINGS, "conditional"), (lx.FUTURE_ENDINGS, "future")):
        for ending in endings:
            if not text.endswith(ending):
                continue
            stem = text[: -len(ending)]
            if stem.endswith("r") and (
                stem == lemma or lemma.endswith("re") and stem == lemma[:-1] or stem in lx.FUTURE_STEMS
            ):
                return kind
    return None


class TemporalTagger:
    def __init__(self, name: str = "musk_temporal") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        words = doc_words(doc)
        found = [f for f in parse_all(words.texts, glued=words.glued()) if self._plausible(doc, words, f)]
        dct = doc._.dct
        dateline = self._dateline(doc, words, found)
        if dct is None and dateline is not None:
            dct = _to_date(dateline[1])
            if dct is not None:
                doc._.dct = dct
                doc._.dct_source = "dateline"
        spans: list[Span] = []
        previous: Optional[Resolved] = None
        range_start: Optional[dt.date] = None
        tenses: dict[int, Optional[str]] = {}
        for item in found:
            start, end = words[item.start].start, words[item.end - 1].end
            first_token = doc[words[item.start].token]
            resolved = resolve(item.spec, dct, previous, verb_tense(first_token, tenses))
            if resolved is None:
                continue
            if item.role == "until" and item.spec.unit == "weekday" and range_start and resolved.interval:
                # "de jeudi à samedi": the second day is on or after the first
                if resolved.interval[0] < range_start:
                    resolved = resolve(item.spec, range_start, previous, "future") or resolved
            range_start = resolved.interval[0] if item.role == "from" and resolved.interval else None
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
    def _dateline(doc: Doc, words: Sequence[Word], found: list[Found]) -> Optional[tuple[Found, Spec]]:
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
    def _plausible(doc: Doc, words: Sequence[Word], item: Found) -> bool:
        """Reject what only looks like a date: Mars the planet, Avril the singer, amounts,
        street names, repeated days."""
        first = words[item.start]
        before = [w.text for w in words[max(0, item.start - 2) : item.start]]
        if len(before) == 2 and before[1] in ("du", "de", "d'") and before[0] in lx.PLACE_NOUNS:
            return False
        if item.spec.feast is not None:
            return _plausible_feast(doc, words, item)
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
            if capitalised and not is_day(prev_word) and not (is_number(next_word) and len(next_word) == 4):
                return False
        spec = item.spec
        bare_year = spec.granularity == "year" and spec.anchor is None and item.end - item.start == 1
        spelled = spec.granularity == "year" and spec.anchor is None and not is_number(first.text[:1])
        if bare_year or spelled or spec.short_year:
            # a number, not an amount: "en 2000 exemplaires", "près de deux mille manifestants", "en mars 12 députés"
            last = doc[words[item.end - 1].token]
            next_token = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if (
                next_token is not None
                and next_token.is_alpha
                and _counted(next_token, bare_year and not spec.short_year)
            ):
                return False
        return True


def _counted(token: Token, four_digits: bool) -> bool:
    """The word after a number says it counts things: "2000 exemplaires", "deux mille manifestants"."""
    if token.lower_ in lx.UNITS or token.lower_ in lx.MONTHS:
        return False
    if four_digits:  # "en 2008 face à", "en 2012 lors de": a singular noun does not make an amount
        return token.pos_ == "NOUN" and ("Plur" in token.morph.get("Number") or token.lower_ in lx.AMOUNT_WORDS)
    return token.pos_ in ("NOUN", "ADJ", "NUM", "PROPN")


def _plausible_feast(doc: Doc, words: Sequence[Word], item: Found) -> bool:
    """A feast name, not a common noun or a person: "l'Ascension" but not "l'ascension du mont Blanc",
    "Noël" but not "Noël Mamère" or "Marie Noël"."""
    text = doc_text(doc)
    for k in range(item.start, item.end):
        word = words[k]
        if word.text in lx.FEAST_CAPITALISED and not text[word.start : word.start + 1].isupper():
            return False
    for k in (item.start - 1, item.end):
        if not 0 <= k < len(words) or not words[k].text.isalpha():
            continue
        raw = text[words[k].start : words[k].end]
        token = doc[words[k].token]
        if raw[:1].isupper() and not raw.isupper() and not token.is_sent_start and not _line_start(doc, words[k].start):
            return False  # a first name or a surname next to it
    return True


def _line_start(doc: Doc, pos: int) -> bool:
    line_start = doc_text(doc).rfind("\n", 0, pos) + 1
    return doc_text(doc)[line_start:pos].strip(' \t\u00a0«“"-–—(') == ""


def _to_date(spec: Spec) -> Optional[dt.date]:
    try:
        return dt.date(spec.year or 0, spec.month or 0, spec.day or 0)
    except ValueError:
        return None
