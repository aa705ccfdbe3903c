"""The one place that turns annotated spaCy docs into the contract's pydantic models."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from typing import Optional

from spacy.tokens import Doc, Span, Token

from musk_openai.entities import Cluster, EntityIndex, clean_name
from musk_openai.models import Document, Entity, Event, Quote, TemporalValue
from musk_openai.quotes.component import SPAN_KEY as QUOTES_KEY
from musk_openai.quotes.component import QuoteInfo
from musk_openai.quotes.lexicon import PERSON_PRONOUNS
from musk_openai.syntax import clause_verb, entity_of, subject_of
from musk_openai.temporal.component import SPAN_KEY as DATES_KEY
from musk_openai.temporal.component import TimexInfo
from musk_openai.text import doc_text

_HEADLINE_WORDS = 12


def to_document(doc: Doc, document: str, model: str = "", dct_source: Optional[str] = None) -> Document:
    text = doc_text(doc)
    quote_infos: list[QuoteInfo] = [s._.quote for s in doc.spans.get(QUOTES_KEY, [])] if QUOTES_KEY in doc.spans else []
    quote_ranges = [(q.start, q.end) for q in quote_infos]
    timexes: list[TimexInfo] = [s._.timex for s in doc.spans[DATES_KEY]] if DATES_KEY in doc.spans else []
    in_quote = _inside(quote_ranges)
    dates = [_temporal(text, t, document, in_quote) for t in timexes]
    by_span = {tuple(d.span): d for d in dates}
    index: EntityIndex = doc._.entity_index or EntityIndex.from_doc(doc)

    events: list[Event] = []

    def outside_quotes(token: Token) -> bool:
        return not in_quote(token.idx)

    for k, (timex, date) in enumerate(zip(timexes, dates, strict=True)):
        if timex.dateline or timex.role == "until":
            continue
        until = dates[k + 1] if timex.role == "from" and k + 1 < len(dates) else None
        events.append(_event(doc, timex, date, until, index, document, quote_ranges, outside_quotes))

    quotes = [
        Quote(
            text=text[q.start : q.end],
            span=(q.start, q.end),
            speaker=q.speaker,
            speaker_mention=q.speaker_mention,
            cue=q.cue,
            addressee=q.addressee,
            kind=q.kind,
            closed=q.closed,
            date=by_span.get(q.date) if q.date else None,
            attribution=q.attribution,
            document=document,
        )
        for q in quote_infos
    ]
    quote_counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker:
            quote_counts[quote.speaker] = quote_counts.get(quote.speaker, 0) + 1
    entities = [
        Entity(
            name=c.name,
            kind=c.kind,
            aliases=sorted(c.aliases),
            mentions=sum(c.aliases.values()),
            quotes=quote_counts.get(c.name, 0),
            document=document,
        )
        for c in index.clusters
    ]
    dct = doc._.dct if isinstance(doc._.dct, dt.date) else None
    return Document(
        document=document,
        text=text,
        dct=dct,
        dct_source=doc._.dct_source or (dct_source if dct else None),
        model=model,
        dates=dates,
        events=events,
        quotes=quotes,
        entities=entities,
    )


def _temporal(text: str, timex: TimexInfo, document: str, inside: Callable[[int], bool]) -> TemporalValue:
    resolved = timex.resolved
    return TemporalValue(
        text=text[timex.start : timex.end],
        value=resolved.value,
        granularity=resolved.granularity,
        mod=resolved.mod,
        interval=resolved.interval,
        span=(timex.start, timex.end),
        document=document,
        anchor=resolved.anchor,
        quoted=inside(timex.start),
        range_role=timex.role,
        dateline=timex.dateline,
    )


def _name_of(token: Token, index: EntityIndex, skip: list[tuple[int, int]]) -> Optional[Cluster]:
    if token.lower_ in PERSON_PRONOUNS:
        return index.antecedent(token.idx, PERSON_PRONOUNS[token.lower_], skip)
    if token.ent_type_ or token.pos_ == "PROPN":
        ent = entity_of(token)
        return index.lookup(clean_name(ent) if ent is not None else token.text)
    return None


def _phrase(tokens: list[Token], limit: int = 6) -> str:
    """Contiguous words from the first, up to punctuation or `limit` words."""
    words: list[Token] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if words and (token.i != words[-1].i + 1 or token.is_punct or len(words) >= limit):
            break
        if not token.is_space and not (not words and token.is_punct):
            words.append(token)
    return "".join(t.text_with_ws for t in words).strip()


_NEGATION = {"ne", "n'", "n’", "pas", "plus", "jamais"}


def _verb_group(verb: Token) -> list[Token]:
    """Auxiliaries, clitics, negation and the verb: "s'est concentré", "n'a pas déposé"."""
    group = [
        c
        for c in verb.children
        if c.dep_.startswith("aux")
        or c.dep_.startswith("expl")
        and c.i < verb.i
        or c.dep_ == "advmod"
        and c.lower_ in _NEGATION
    ]
    if not any(c.dep_.startswith("aux") for c in group) and verb.dep_ == "conj":
        # "a déposé en mars et déposé à nouveau en août": the auxiliary is shared
        group += [c for c in verb.head.children if c.dep_.startswith("aux")]
        return sorted(group, key=lambda t: t.i if t.i < verb.i else -1) + [verb]
    return sorted(group + [verb], key=lambda t: t.i)


def _headline(
    verb: Token, subject_name: Optional[str], subject: Optional[Token], usable: Callable[[Token], bool]
) -> str:
    """Subject, verb and object of the clause: "Dupont a fondé Acme"."""
    parts: list[str] = []
    if subject_name:
        parts.append(subject_name)
    elif subject is not None:
        parts.append(_phrase([t for t in subject.subtree if t.dep_ not in ("acl:relcl", "acl", "appos")], 5))
    parts.append(" ".join(t.text for t in _verb_group(verb)))
    for child in verb.children:
        if child.dep_ in ("obj", "xcomp", "ccomp", "obl:arg") and child.i > verb.i and usable(child):
            parts.append(_phrase([t for t in child.subtree if t.dep_ not in ("acl:relcl", "appos")], 5))
            break
    words = " ".join(p for p in parts if p).replace("’ ", "’").replace("' ", "'").split()
    return " ".join(words[:_HEADLINE_WORDS])


def _inside(ranges: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test for "this character offset is inside a quotation" (quotations do not overlap)."""
    starts = [start for start, _ in ranges]

    def inside(position: int) -> bool:
        k = bisect.bisect_right(starts, position) - 1
        return k >= 0 and ranges[k][0] <= position < ranges[k][1]

    return inside


def _event(
    doc: Doc,
    timex: TimexInfo,
    date: TemporalValue,
    until: Optional[TemporalValue],
    index: EntityIndex,
    document: str,
    quote_ranges: list[tuple[int, int]],
    outside_quotes: Callable[[Token], bool],
) -> Event:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    assert span is not None
    sent: Span = span.sent
    skip = quote_ranges
    verb = clause_verb(span.root, outside_quotes) or sent.root
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    subject_cluster = _name_of(subject, index, skip) if subject is not None else None
    headline = _headline(verb, subject_cluster.name if subject_cluster else None, subject, outside_quotes)
    actors: list[str] = []
    if subject_cluster is not None:
        actors.append(subject_cluster.name)
    clause = list(verb.subtree)
    lo, hi = min(t.i for t in clause), max(t.i for t in clause) + 1
    for token in doc[lo:hi]:
        if token.ent_iob_ == "B":
            ent = entity_of(token)
            cluster = index.lookup(clean_name(ent)) if ent is not None and ent.end <= hi else None
            if cluster is not None and cluster.name not in actors:
                actors.append(cluster.name)
    start = sent.start_char
    end = sent.end_char
    while end > start and doc_text(doc)[end - 1].isspace():
        end -= 1
    return Event(
        date=date,
        until=until,
        headline=headline,
        sentence=doc_text(doc)[start:end],
        actors=actors,
        span=(start, end),
        document=document,
    )
