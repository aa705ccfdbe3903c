"""The one place that turns annotated spaCy docs into the contract's pydantic models."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from spacy.tokens import Doc, Span, Token

from musk_openai.entities import Cluster, EntityIndex, clean_name
from musk_openai.models import Document, Entity, Event, Quote, TemporalValue
from musk_openai.quotes.component import SPAN_KEY as QUOTES_KEY
from musk_openai.quotes.component import QuoteInfo
from musk_openai.quotes.lexicon import PERSON_PRONOUNS
from musk_openai.temporal.component import SPAN_KEY as DATES_KEY
from musk_openai.temporal.component import TimexInfo

_HEADLINE_WORDS = 12


def to_document(doc: Doc, document: str, model: str = "", dct_source: Optional[str] = None) -> Document:
    text = doc.text
    quote_infos: list[QuoteInfo] = [s._.quote for s in doc.spans.get(QUOTES_KEY, [])] if QUOTES_KEY in doc.spans else []
    quote_ranges = [(q.start, q.end) for q in quote_infos]
    timexes: list[TimexInfo] = [s._.timex for s in doc.spans[DATES_KEY]] if DATES_KEY in doc.spans else []
    dates = [_temporal(text, t, document, quote_ranges) for t in timexes]
    by_span = {tuple(d.span): d for d in dates}
    index: EntityIndex = doc._.entity_index or EntityIndex.from_doc(doc)

    events: list[Event] = []
    for k, (timex, date) in enumerate(zip(timexes, dates, strict=True)):
        if timex.dateline or timex.role == "until":
            continue
        until = dates[k + 1] if timex.role == "from" and k + 1 < len(dates) else None
        events.append(_event(doc, timex, date, until, index, document))

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


def _temporal(text: str, timex: TimexInfo, document: str, quote_ranges: list[tuple[int, int]]) -> TemporalValue:
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
        quoted=any(s <= timex.start < e for s, e in quote_ranges),
        range_role=timex.role,
        dateline=timex.dateline,
    )


def _governing_verb(token: Token) -> Token:
    head = token
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "cop":
            return head
        if head.head is head:
            break
        head = head.head
    return token.sent.root


def _subject(verb: Token) -> Optional[Token]:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass"):
            return child
    if verb.dep_ == "acl":  # "OpenAI, lancé en décembre 2015, ..."
        return verb.head
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject(verb.head)
    return None


def _name_of(token: Token, index: EntityIndex, skip: list[tuple[int, int]]) -> Optional[Cluster]:
    if token.lower_ in PERSON_PRONOUNS:
        return index.antecedent(token.idx, PERSON_PRONOUNS[token.lower_], skip)
    if token.ent_type_ or token.pos_ == "PROPN":
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return index.lookup(clean_name(ent))
        return index.lookup(token.text)
    return None


def _phrase(tokens: list[Token]) -> str:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def _headline(verb: Token, subject_name: Optional[str], subject: Optional[Token]) -> str:
    """Subject, verb and object of the clause: "Dupont a fondé Acme"."""
    parts: list[str] = []
    if subject_name:
        parts.append(subject_name)
    elif subject is not None:
        parts.append(_phrase([t for t in subject.subtree if t.dep_ != "acl:relcl"][:5]))
    group = [
        c
        for c in verb.children
        if c.dep_.startswith("aux") or c.dep_ == "advmod" and c.lower_ in ("ne", "n'", "pas", "plus", "jamais")
    ]
    group.append(verb)
    parts.append(_phrase(sorted(group, key=lambda t: t.i)))
    for child in verb.children:
        if child.dep_ in ("obj", "xcomp", "ccomp", "obl:arg") and child.i > verb.i:
            obj = [t for t in child.subtree if t.dep_ not in ("acl:relcl", "appos")]
            parts.append(_phrase(obj[:5]))
            break
    words = " ".join(p for p in parts if p).split()
    return " ".join(words[:_HEADLINE_WORDS])


def _event(
    doc: Doc, timex: TimexInfo, date: TemporalValue, until: Optional[TemporalValue], index: EntityIndex, document: str
) -> Event:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    assert span is not None
    sent: Span = span.sent
    verb = _governing_verb(span.root)
    subject = _subject(verb)
    skip = [(q._.quote.start, q._.quote.end) for q in doc.spans.get(QUOTES_KEY, [])]
    subject_cluster = _name_of(subject, index, skip) if subject is not None else None
    headline = _headline(verb, subject_cluster.name if subject_cluster else None, subject)
    actors: list[str] = []
    if subject_cluster is not None:
        actors.append(subject_cluster.name)
    clause = list(verb.subtree)
    lo, hi = min(t.i for t in clause), max(t.i for t in clause) + 1
    for ent in doc.ents:
        if lo <= ent.start and ent.end <= hi:
            cluster = index.lookup(clean_name(ent))
            if cluster is not None and cluster.name not in actors:
                actors.append(cluster.name)
    start = sent.start_char
    end = sent.end_char
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return Event(
        date=date,
        until=until,
        headline=headline,
        sentence=doc.text[start:end],
        actors=actors,
        span=(start, end),
        document=document,
    )
