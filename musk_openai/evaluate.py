"""Precision, recall and F1 against a gold annotation (format: data/gold/README.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from musk_openai.errors import InputError
from musk_openai.evaluate_events import EventScore, score_events
from musk_openai.models import Document
from musk_openai.reading import Article, decode, parse_date, seed_text
from musk_openai.text import fold


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    dates: Score = field(default_factory=Score)  # span overlap + same value and mod
    dates_relaxed: Score = field(default_factory=Score)  # span overlap only
    quotes: Score = field(default_factory=Score)  # overlap >= 50 % of the union
    speakers_right: int = 0
    # a wrong speaker names the wrong one (or someone when the gold has nobody); a missing
    # speaker is null where the gold names someone: a wrong name is worse than none
    speakers_wrong: int = 0
    speakers_missing: int = 0
    # right, or the right entity under another form of its name (reported apart, never instead)
    speakers_same_entity: int = 0
    values_right: int = 0  # span-matched gold dates whose value and mod are right too
    events: EventScore = field(default_factory=EventScore)  # headlines and actors (evaluate_events.py)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.quotes.matched if self.quotes.matched else 1.0

    @property
    def value_accuracy(self) -> float:
        """How often a date found in the right place also gets the right value and mod."""
        return self.values_right / self.dates_relaxed.matched if self.dates_relaxed.matched else 1.0

    def _rate(self, count: int) -> float:
        return count / self.quotes.matched if self.quotes.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "dates": self.dates.as_dict(),
            "dates_relaxed": self.dates_relaxed.as_dict(),
            "value_accuracy": round(self.value_accuracy, 4),
            "values_right": self.values_right,
            "quotes": self.quotes.as_dict(),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speakers_right": self.speakers_right,
            "speaker_entity_accuracy": round(self._rate(self.speakers_same_entity), 4) if self.quotes.matched else 1.0,
            "wrong_speaker_rate": round(self._rate(self.speakers_wrong), 4),
            "speakers_wrong": self.speakers_wrong,
            "missing_speaker_rate": round(self._rate(self.speakers_missing), 4),
            "speakers_missing": self.speakers_missing,
            "events": self.events.as_dict(),
            "errors": self.errors + self.events.errors,
        }


@dataclass(frozen=True)
class GoldDocument:
    article: Article
    dates: Optional[list[dict[str, Any]]]  # None: not annotated, not scored
    quotes: Optional[list[dict[str, Any]]]
    events: Optional[list[dict[str, Any]]] = None  # headlines and actors of dated events


def load_gold(path: str, text_path: Optional[str] = None) -> list[GoldDocument]:
    gold_file = Path(path)
    try:
        data = json.loads(gold_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: cannot read the gold annotation ({error})") from None
    records = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(records, list):
        raise InputError(f'{path}: a gold file is a JSON object with a "documents" list (see data/gold/README.md)')
    if text_path is not None and len(records) != 1:
        raise InputError(f"{path}: PATH can only replace the text of a gold file with one document")
    documents = []
    for number, record in enumerate(records, start=1):
        name = str(record.get("document", f"{path}#{number}"))
        if text_path is not None:
            text = decode(Path(text_path).read_bytes(), text_path)
        elif "text" in record:
            text = record["text"]
        elif record.get("path") == "seed":
            text = seed_text()
        elif "path" in record:
            source = gold_file.parent / record["path"]
            try:
                text = decode(source.read_bytes(), str(source))
            except OSError as error:
                raise InputError(f"{path}: document {name}: cannot read {source} ({error.strerror})") from None
        else:
            raise InputError(f'{path}: document {name} needs "text" or "path"')
        dct = parse_date(record["dct"], "dct") if record.get("dct") else None
        documents.append(
            GoldDocument(
                Article(name, text, dct, "corpus" if dct else None),
                record.get("dates"),
                record.get("quotes"),
                record.get("events"),
            )
        )
    return documents


def _overlap(a: Iterable[int], b: Iterable[int]) -> int:
    a0, a1 = a
    b0, b1 = b
    return max(0, min(a1, b1) - max(a0, b0))


def _norm_mod(mod: Any) -> Optional[str]:
    return None if mod in (None, "", "null") else str(mod)


def score(pairs: Iterable[tuple[GoldDocument, Document]]) -> Report:
    report = Report()
    for gold, doc in pairs:
        if gold.dates is not None:
            _score_dates(gold, doc, report)
        if gold.quotes is not None:
            _score_quotes(gold, doc, report)
        if gold.events is not None:
            from musk_openai.api import timeline

            score_events(gold.events, doc, timeline([doc]), report.events)
    return report


def _score_dates(gold: GoldDocument, doc: Document, report: Report) -> None:
    predicted = [d for d in doc.dates if not d.dateline]
    report.dates.gold += len(gold.dates or [])
    report.dates.predicted += len(predicted)
    report.dates_relaxed.gold += len(gold.dates or [])
    report.dates_relaxed.predicted += len(predicted)
    used_strict: set[int] = set()
    used_relaxed: set[int] = set()
    for g in gold.dates or []:
        strict = relaxed = None
        for k, p in enumerate(predicted):
            if _overlap(g["span"], p.span) == 0:
                continue
            if relaxed is None and k not in used_relaxed:
                relaxed = k
            if (
                strict is None
                and k not in used_strict
                and p.value == g["value"]
                and _norm_mod(p.mod.value if p.mod else None) == _norm_mod(g.get("mod"))
            ):
                strict = k
        if relaxed is not None:
            used_relaxed.add(relaxed)
            report.dates_relaxed.matched += 1
        if strict is not None:
            used_strict.add(strict)
            report.dates.matched += 1
            report.values_right += relaxed is not None
        else:
            got = predicted[relaxed] if relaxed is not None else None
            report.errors.append(
                {
                    "document": doc.document,
                    "kind": "date",
                    "gold": g,
                    "predicted": None
                    if got is None
                    else {"text": got.text, "value": got.value, "mod": got.mod.value if got.mod else None},
                }
            )
    for k, p in enumerate(predicted):
        if k not in used_relaxed:
            report.errors.append(
                {
                    "document": doc.document,
                    "kind": "spurious date",
                    "predicted": {"text": p.text, "value": p.value, "span": list(p.span)},
                }
            )


def _same_entity(got: str, want: str, doc: Document) -> bool:
    """Whether a predicted speaker is the gold one under another form of its name: an alias
    the article uses for it, or a name whose words contain the other's."""
    aliases = {fold(a) for e in doc.entities if e.name == got for a in e.aliases} | {fold(got)}
    if fold(want) in aliases:
        return True
    got_words, want_words = set(fold(got).split()), set(fold(want).split())
    shorter = min(got_words, want_words, key=len)
    return (
        any(len(w) > 2 for w in shorter)
        and shorter <= (got_words | want_words)
        and (got_words <= want_words or want_words <= got_words)
    )


def _score_quotes(gold: GoldDocument, doc: Document, report: Report) -> None:
    report.quotes.gold += len(gold.quotes or [])
    report.quotes.predicted += len(doc.quotes)
    used: set[int] = set()
    for g in gold.quotes or []:
        best, best_ratio = None, 0.5
        for k, q in enumerate(doc.quotes):
            if k in used:
                continue
            union = max(g["span"][1], q.span[1]) - min(g["span"][0], q.span[0])
            ratio = _overlap(g["span"], q.span) / union if union else 0.0
            if ratio >= best_ratio:
                best, best_ratio = k, ratio
        if best is None:
            report.errors.append({"document": doc.document, "kind": "missed quote", "gold": g})
            continue
        used.add(best)
        report.quotes.matched += 1
        got = doc.quotes[best].speaker
        want = g.get("speaker")
        if (got is None and want is None) or (got is not None and want is not None and fold(got) == fold(want)):
            report.speakers_right += 1
            report.speakers_same_entity += 1
            continue
        if got is not None and want is not None and _same_entity(got, want, doc):
            report.speakers_same_entity += 1  # "Commission européenne" for "Commission européenne de Bruxelles"
        if got is None:
            report.speakers_missing += 1
        else:
            report.speakers_wrong += 1
        kind = "missing speaker" if got is None else "wrong speaker"
        report.errors.append({"document": doc.document, "kind": kind, "gold": g, "predicted": got})
    for k, q in enumerate(doc.quotes):
        if k not in used:
            report.errors.append(
                {
                    "document": doc.document,
                    "kind": "spurious quote",
                    "predicted": {"text": q.text[:80], "span": list(q.span), "speaker": q.speaker},
                }
            )
