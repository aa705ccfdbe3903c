"""One canonical entity per person or organisation in a document.

Mentions come from the NER; "Dupont" joins "Jean Dupont" (the fullest form the
document uses becomes the name), honorifics are dropped, a misspelt mention
within one edit of a known person's name joins that person when the caller
knows the context is a person, and pronouns go to the most recent person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span

from musk_openai.quotes.lexicon import HONORIFICS
from musk_openai.text import doc_text, fold

SPAN_KEY = "entities"
_LABELS = {"PER": "person", "ORG": "organisation", "MISC": "organisation", "LOC": "place"}
_DETERMINERS = {"le", "la", "les", "l'", "l’", "du", "des", "de", "d'", "d’", "un", "une"}
# Lower-case words that may sit inside a proper name ("Charles de Gaulle").
_PARTICLES = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "d'",
    "d’",
    "l'",
    "l’",
    "van",
    "von",
    "der",
    "den",
    "ben",
    "bin",
    "al",
    "el",
    "y",
    "et",
    "&",
    "di",
    "da",
    "dos",
    "das",
}


def looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 6 or not any(c.isupper() for c in words[0]):
        return False
    return all(any(c.isupper() for c in w) or not w[0].isalpha() or w.lower() in _PARTICLES for w in words)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            edits += 1
            if edits > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


@dataclass
class Cluster:
    name: str
    kind: str  # person | organisation
    aliases: dict[str, int] = field(default_factory=dict)  # alias -> mentions
    positions: list[int] = field(default_factory=list)  # start offsets of mentions
    # folded words of every alias; "SUD" is part of "SUD-PTT"
    tokens: set[str] = field(default_factory=set)

    def add(self, alias: str, position: int) -> None:
        self.aliases[alias] = self.aliases.get(alias, 0) + 1
        self.tokens.update(fold(p) for t in alias.split() for p in {t, *t.split("-")} if p)
        self.positions.append(position)
        # the fullest form wins: more words, then more characters
        if (len(alias.split()), len(alias)) > (len(self.name.split()), len(self.name)):
            self.name = alias


def clean_name(span: Span) -> str:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in HONORIFICS or tokens[0].lower_ in _DETERMINERS):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return doc_text(span.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


class EntityIndex:
    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._by_alias: dict[str, Cluster] = {}

    # -- building -------------------------------------------------------------
    @classmethod
    def from_doc(cls, doc: Doc) -> EntityIndex:
        index = cls()
        mentions = [(ent, clean_name(ent), _LABELS.get(ent.label_)) for ent in doc.ents if ent.label_ in _LABELS]
        agentive = {fold(name) for ent, name, _ in mentions if ent.root.dep_.startswith("nsubj")}
        # Longest names first, so "Dupont" finds "Jean Dupont" whatever the order in the text.
        ordered = sorted(mentions, key=lambda m: -len(m[1].split()))
        for ent, name, kind in ordered:
            if not looks_like_name(name):
                continue
            cluster = index.lookup(name)
            if cluster is None and ent.label_ == "PER":
                cluster = index.person_like(name)  # "Lacomb" tagged as a person: "Lacombe"
            if cluster is None:
                if kind == "place":
                    continue
                if ent.label_ == "MISC" and fold(name) not in agentive:
                    continue  # a MISC name is an organisation only if it acts somewhere
                cluster = Cluster(name, kind or "organisation")
                index.clusters.append(cluster)
            cluster.add(name, ent.start_char)
            index._by_alias[fold(name)] = cluster
        for cluster in index.clusters:
            cluster.positions.sort()
        return index

    def add_alias(self, cluster: Cluster, alias: str, position: int) -> None:
        cluster.add(alias, position)
        cluster.positions.sort()
        self._by_alias[fold(alias)] = cluster

    def new(self, name: str, kind: str, position: int) -> Cluster:
        cluster = Cluster(name, kind)
        self.clusters.append(cluster)
        self.add_alias(cluster, name, position)
        return cluster

    # -- lookups --------------------------------------------------------------
    def lookup(self, name: str, fuzzy: bool = False) -> Optional[Cluster]:
        key = fold(name)
        if key in self._by_alias:
            return self._by_alias[key]
        words = set(key.split())
        if not words:
            return None
        # "Dupont" is part of "Jean Dupont"
        for cluster in self.clusters:
            if words <= cluster.tokens and any(len(w) > 2 for w in words):
                return cluster
        return self.person_like(name) if fuzzy else None

    def antecedent(
        self, position: int, kind: str = "person", skip: Iterable[tuple[int, int]] = ()
    ) -> Optional[Cluster]:
        """The most recent cluster of this kind mentioned before `position` (outside `skip` spans)."""
        skipped = list(skip)
        best: Optional[tuple[int, Cluster]] = None
        for cluster in self.clusters:
            if kind == "person" and cluster.kind != "person":
                continue
            if kind == "group" and cluster.kind != "organisation":
                continue
            for pos in cluster.positions:
                if pos >= position:
                    break
                if any(s <= pos < e for s, e in skipped):
                    continue
                if best is None or pos > best[0]:
                    best = (pos, cluster)
        return best[1] if best else None

    def merge(self, source: Cluster, target: Cluster) -> None:
        """Fold a cluster into another (a misspelt name into the person it names)."""
        for alias, count in source.aliases.items():
            target.aliases[alias] = target.aliases.get(alias, 0) + count
            self._by_alias[fold(alias)] = target
        target.positions = sorted(target.positions + source.positions)
        target.tokens |= source.tokens
        self.clusters.remove(source)

    def person_like(self, name: str, exclude: Optional[Cluster] = None) -> Optional[Cluster]:
        """A known person whose name is within one edit of `name` (one word, 4+ letters)."""
        words = fold(name).split()
        if len(words) != 1 or len(words[0]) < 4:
            return None
        for cluster in self.clusters:
            if (
                cluster is not exclude
                and cluster.kind == "person"
                and any(len(t) >= 4 and _edit_distance_at_most_one(words[0], t) for t in cluster.tokens)
            ):
                return cluster
        return None

    def of(self, name: str) -> Optional[Cluster]:
        return self._by_alias.get(fold(name))
