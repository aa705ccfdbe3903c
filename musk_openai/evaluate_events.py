"""Headline acceptability and actor precision/recall against a gold of events (data/gold/README.md).

A gold event is its date span, sets of required words ("accept") and the actors. It is matched by
the first timeline event (as `timeline show` lists them) whose date or range end overlaps its date.
A matched headline is *acceptable* when
- every word of one accept set starts a word of the headline (case and accents ignored;
  "a|b" = either; a set entry of several words must appear as consecutive words),
- it has at most 12 words and does not end on a function word ("de", "sa", "le", …),
- every headline word is a whole word of the article up to the end of the event's sentence, or
  of an entity name (nothing cut mid-word, nothing invented; a pronoun subject is replaced by
  words of an earlier sentence).
The rate is acceptable headlines over all gold events (an event whose date is missed counts as not
acceptable). Actors are scored on matched events: a predicted actor is right when it equals one of
the alternatives of a gold actor (case and accents ignored).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from musk_openai.models import Document, Event
from musk_openai.text import fold

MAX_WORDS = 12
# A headline ending on one of these was cut in the middle of a phrase.
DANGLING = set(
    "de du des d le la les l un une au aux à a et ou en par pour sur avec dans que qu qui "
    "sa son ses leur leurs mon ma mes ce cette ces se s ne n y".split()
)
_WORD = re.compile(r"[\w]+(?:[-'’][\w]+)*")


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def _atoms(text: str) -> list[str]:
    """Words split at apostrophes and hyphens too, for the 'nothing cut mid-word' check."""
    return [fold(w) for w in re.findall(r"\w+", text)]


@dataclass
class EventScore:
    gold: int = 0
    matched: int = 0
    acceptable: int = 0
    actors_gold: int = 0
    actors_predicted: int = 0
    actors_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def acceptability(self) -> float:
        return self.acceptable / self.gold if self.gold else 1.0

    @property
    def actor_precision(self) -> float:
        return self.actors_right / self.actors_predicted if self.actors_predicted else 1.0

    @property
    def actor_recall(self) -> float:
        return self.actors_right / self.actors_gold if self.actors_gold else 1.0

    def as_dict(self) -> dict[str, Any]:
        p, r = self.actor_precision, self.actor_recall
        return {
            "gold": self.gold,
            "matched": self.matched,
            "acceptable": self.acceptable,
            "acceptability": round(self.acceptability, 4),
            "acceptable_of_matched": round(self.acceptable / self.matched, 4) if self.matched else 1.0,
            "actors": {
                "gold": self.actors_gold,
                "predicted": self.actors_predicted,
                "matched": self.actors_right,
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            },
        }


def _has(words: list[str], required: str) -> bool:
    for option in required.split("|"):
        wanted = _atoms(option)
        if not wanted:
            continue
        for k in range(len(words) - len(wanted) + 1):
            if all(
                words[k + j].startswith(w) if j == len(wanted) - 1 else words[k + j] == w for j, w in enumerate(wanted)
            ):
                return True
    return False


def headline_problems(headline: str, text: str, names: list[str], accept: list[list[str]]) -> list[str]:
    """Why a headline is not acceptable (empty when it is)."""
    problems = []
    words = _atoms(headline)
    if not any(all(_has(words, r) for r in required) for required in accept):
        problems.append("missing required words")
    if len(_words(headline)) > MAX_WORDS:
        problems.append(f"more than {MAX_WORDS} words")
    atoms = _atoms(headline)
    if atoms and atoms[-1] in DANGLING:
        problems.append("ends on a function word")
    known = set(_atoms(text)) | {a for name in names for a in _atoms(name)}
    if any(a not in known for a in atoms):
        problems.append("a word not in the sentence (cut or invented)")
    return problems


def _actor_right(predicted: str, gold: str) -> bool:
    return any(fold(predicted) == fold(option) for option in gold.split("|"))


def score_events(gold_events: list[dict[str, Any]], doc: Document, events: list[Event], report: EventScore) -> None:
    names = [n for e in doc.entities for n in (e.name, *e.aliases)]
    used: set[int] = set()
    for g in gold_events:
        report.gold += 1
        start, end = g["span"]
        found = None
        for k, event in enumerate(events):
            spans = [event.date.span] + ([event.until.span] if event.until is not None else [])
            if k not in used and any(min(end, e) > max(start, s) for s, e in spans):
                found = k
                break
        if found is None:
            report.errors.append({"document": doc.document, "kind": "missed event", "date": g.get("date", g["span"])})
            continue
        used.add(found)
        event = events[found]
        report.matched += 1
        # a pronoun subject is replaced by words from earlier sentences: the text up to the event
        problems = headline_problems(event.headline, doc.text[: event.span[1]], names + event.actors, g["accept"])
        if not problems:
            report.acceptable += 1
        gold_actors: list[str] = g.get("actors", [])
        right = [a for a in event.actors if any(_actor_right(a, x) for x in gold_actors)]
        missed = [x for x in gold_actors if not any(_actor_right(a, x) for a in event.actors)]
        report.actors_gold += len(gold_actors)
        report.actors_predicted += len(event.actors)
        report.actors_right += len(right)
        wrong = [a for a in event.actors if a not in right]
        if problems or missed or wrong:
            report.errors.append(
                {
                    "document": doc.document,
                    "kind": "event",
                    "date": g.get("date", g["span"]),
                    "headline": event.headline,
                    "expected": g.get("headline"),
                    "problems": problems,
                    "missed_actors": missed,
                    "wrong_actors": wrong,
                }
            )
