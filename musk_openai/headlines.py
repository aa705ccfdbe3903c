"""What happened at a date: the headline and the actors of the clause the date modifies.

A headline is subject + verb group + one complement, read from the dependency parse:
"Jean Dupont a déposé une plainte contre Acme", "Acme lancé publiquement" (a participle),
"La participation a été de 51 %" (a copula). Phrases are cut only between constituents, so a
headline never ends on "de" or "sa", and quotations are cut between words. Pronoun subjects
are replaced by what they stand for; names by the fullest form the article uses.

Actors are the people and organisations taking part: subject, object and other complements,
and the organisation behind a role ("les dirigeants d'Acme"). Places act only as subjects;
named things ("le programme X", a film) and sources ("selon X") never do.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from musk_openai.entities import EntityIndex, clean_name, looks_like_name
from musk_openai.headlines_lexicon import (
    CHAINING_VERBS,
    DISCOURSE_ADVERBS,
    FUNCTION_WORDS,
    NEGATION,
    NON_COMPLEMENT_CASES,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    THING_TITLE_NOUNS,
    TIME_NOUNS,
)
from musk_openai.quotes.lexicon import NAMING_VERBS, PERSON_PRONOUNS, REPORTING_VERBS
from musk_openai.syntax import bare_participle, entity_of, word_before
from musk_openai.syntax import explicit_subject as _parsed_subject
from musk_openai.text import doc_text

MAX_WORDS = 12
SUBJECT_WORDS = 6
QUOTE_WORDS = 8

_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_CORE_DEPS = ("obj", "ccomp", "xcomp", "obl:arg", "iobj", "obl:agent")
_OBL_DEPS = ("obl", "obl:mod", "obl:arg", "obl:agent")
# dependents never carried into a phrase: side remarks, relative clauses, other clauses
_DROPPED_DEPS = {"acl:relcl", "appos", "parataxis", "advcl", "dislocated", "dep", "vocative", "reparandum", "discourse"}
_LEFT_DEPS = {"det", "amod", "nummod", "case", "fixed", "flat", "flat:name", "compound", "mark", "advmod", "cc", "nmod"}
_DANGLING_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "SPACE"}
_CLITICS = set("le la les l' l’ lui leur y en se s' s’ me m' m’ te nous vous".split())
_RELATIVE = {"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles", "dont", "où"}
_SENTENCE_END = {".", "!", "?", "…", "»", "”"}
_OPENING_MARKS = {"«", "“", '"', "‹", "„"}


@dataclass
class Reading:
    headline: str
    actors: list[str]
    start: int  # token range the headline was read from (one sentence, or two mended ones)
    end: int


@dataclass
class _Part:
    """Tokens of one part of the headline, or a replacement text for them (a resolved name)."""

    tokens: list[Token] = field(default_factory=list)
    text: Optional[str] = None


class HeadlineReader:
    """Reads headlines and actors of one document; `read` is called once per dated event."""

    def __init__(self, doc: Doc, index: EntityIndex, quote_ranges: list[tuple[int, int]], dates: Iterable[Span]):
        self.doc = doc
        self.text = doc_text(doc)
        self.index = index
        self.quotes = sorted(quote_ranges)
        self._quote_starts = [start for start, _ in self.quotes]
        self.date_tokens = {t.i for span in dates for t in span}
        # per token and per sentence start: a document's dates share sentences, and each
        # reading would otherwise test the same tokens again
        self._predicates: dict[int, bool] = {}
        self._with_subject: dict[int, list[Token]] = {}

    # -- entry point ------------------------------------------------------------------
    def read(self, date: Span) -> Reading:
        sent = date.sent
        start, end = sent.start, sent.end
        if not self.doc.has_annotation("DEP"):
            # no parse (a blank pipeline): the sentence's first words. Walking an unparsed
            # doc's children can crash spaCy ("02/11/09’" with a sentencizer alone).
            words = [t.text for t in sent if not t.is_space][:8]
            return Reading(" ".join(words), [], start, end)
        predicate = self._predicate(date)
        if predicate is None and self._cut_short(sent):
            # "… il est attendu dans le New Jersey\nmercredi.": the parser ended the sentence early
            previous = self.doc[sent.start - 1].sent
            predicate = self._last_predicate(previous)
            start = previous.start
        reading = self._clause(predicate, date, start, end) if predicate is not None else None
        if reading is None or not reading.headline:
            tokens = self._noun_phrase(date)
            reading = Reading(_render([_Part(tokens)], self.index), self._actors(tokens, _Part()), start, end)
        return reading

    # -- finding the clause -----------------------------------------------------------
    def _usable(self, token: Token) -> bool:
        return not self._in_quote(token) and token.i not in self.date_tokens

    def _in_quote(self, token: Token) -> bool:
        # quotations do not overlap: the last one starting before the token is the only candidate
        k = bisect.bisect_right(self._quote_starts, token.idx) - 1
        return k >= 0 and self.quotes[k][0] <= token.idx < self.quotes[k][1]

    def _is_predicate(self, token: Token) -> bool:
        known = self._predicates.get(token.i)
        if known is None:
            known = self._predicates[token.i] = self._test_predicate(token)
        return known

    def _test_predicate(self, token: Token) -> bool:
        if not self._usable(token):
            return False
        if token.pos_ == "VERB":
            return True
        children = [c.dep_ for c in token.children]
        # a copula ("a été de 51 %", "était supérieur") or an adjective with an auxiliary
        # ("sont privés", "a démarrée" tagged as an adjective)
        return "cop" in children or (token.pos_ == "ADJ" and any(d.startswith("aux") for d in children))

    def _predicate(self, date: Span) -> Optional[Token]:
        """The predicate up the date's head chain if it has a subject; else the nearest one of the
        sentence that has one; else the head-chain predicate."""
        chain: Optional[Token] = None
        token = date.root
        for _ in range(10):
            if token.i not in self.date_tokens and self._is_predicate(token):
                chain = token
                break
            if token.head.i == token.i:
                break
            token = token.head
        if chain is not None and self._subject(chain) is not None:
            return chain
        sent = date.sent
        candidates = self._with_subject.get(sent.start)
        if candidates is None:
            candidates = [t for t in sent if self._is_predicate(t) and explicit_subject(t) is not None]
            self._with_subject[sent.start] = candidates
        if candidates:
            return min(candidates, key=lambda t: abs(t.i - date.root.i))
        return chain

    def _cut_short(self, sent: Span) -> bool:
        """A sentence with no verb that the parser cut from the previous one, or that holds
        nothing but the date: it continues the previous sentence."""
        if sent.start == 0 or any(self._is_predicate(t) for t in sent):
            return False
        if all(t.i in self.date_tokens or t.pos_ in ("PUNCT", "SPACE", "ADP", "DET") for t in sent):
            return True
        before = self.doc[sent.start - 1]
        while before.is_space and before.i > 0:
            before = self.doc[before.i - 1]
        return before.text not in _SENTENCE_END

    def _last_predicate(self, sent: Span) -> Optional[Token]:
        found = [t for t in sent if self._is_predicate(t) and self._subject(t) is not None]
        return found[-1] if found else None

    # -- subject ----------------------------------------------------------------------
    def _subject(self, predicate: Token) -> Optional[Token]:
        verb = predicate
        for _ in range(4):
            subject = explicit_subject(verb)
            if subject is not None:
                if subject.i == verb.head.i and verb.dep_ == "acl:relcl":
                    while (
                        any(c.dep_ == "case" for c in subject.children)
                        and subject.head.pos_ in ("NOUN", "PROPN")
                        and subject.head.i != subject.i  # (a root noun is its own head: no loop)
                    ):
                        subject = subject.head  # "c'est la firme X de Y qui a réalisé"
                return subject if self._usable(subject) else None
            if bare_participle(verb):
                if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
                    return verb.head  # "les naufrages … survenus en 1912"
                found = word_before(verb) or self._noun_after_comma(verb)
                if found is not None:
                    return found
            if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
                verb = verb.head
            else:
                break
        return None

    def _noun_after_comma(self, participle: Token) -> Optional[Token]:
        """ "Créé il y a 30 ans, ce terminal …": a sentence-initial participle's subject follows the comma."""
        if participle.i != participle.sent.start:
            return None
        for token in participle.sent[participle.i - participle.sent.start + 1 :]:
            if token.text == ",":
                after = [t for t in token.sent if t.i > token.i and t.pos_ in ("NOUN", "PROPN")]
                return after[0] if after and after[0].i <= token.i + 3 else None
        return None

    def _resolve(self, pronoun: Token) -> Optional[_Part]:
        """What a subject pronoun stands for: a subject before it (same gender and number) in its
        sentence or the previous one, else the last person named."""
        sent = pronoun.sent
        before = [t for t in sent if t.i < pronoun.i and not t.is_ancestor(pronoun)]
        previous = list(self.doc[sent.start - 1].sent) if sent.start > 0 else []
        people = [t for t in before if t.ent_type_ == "PER" and t.ent_iob_ == "B"]
        for candidates in ([t for t in before if t.dep_ in _SUBJECT_DEPS], people, previous):
            for candidate in reversed(candidates):
                found = self._antecedent(pronoun, candidate)
                if found is not None:
                    return found
        kind = PERSON_PRONOUNS.get(pronoun.lower_)
        if kind is None:
            return None
        # a person or an organisation: the chains the speaker stage built (agreement, salience)
        chains = self.doc._.chains
        if chains is not None and pronoun.i in chains.pronouns:
            found = chains.pronouns[pronoun.i].cluster
            return _Part(text=found.name) if found is not None else None
        cluster = self.index.antecedent(pronoun.idx, kind, self.quotes)
        return _Part(text=cluster.name) if cluster is not None else None

    def _antecedent(self, pronoun: Token, candidate: Token) -> Optional[_Part]:
        """`candidate` as what `pronoun` stands for, if it can be: a subject, or a person named
        before it in its sentence, of the same gender and number."""
        if not self._usable(candidate) or candidate.i == pronoun.i:
            return None
        if candidate.ent_type_ != "PER" and candidate.dep_ not in _SUBJECT_DEPS:
            return None
        if candidate.lower_ in _RELATIVE and candidate.head.dep_ == "acl:relcl":
            candidate = candidate.head.head
        if candidate.pos_ == "PRON":
            if candidate.lower_ == pronoun.lower_ and candidate.i < pronoun.i and candidate.dep_ in _SUBJECT_DEPS:
                return self._resolve(candidate)
            return None
        if candidate.pos_ not in ("NOUN", "PROPN"):
            return None
        plural = pronoun.lower_ in ("ils", "elles")
        feminine = pronoun.lower_ in ("elle", "elles")
        if ("Plur" in candidate.morph.get("Number")) != plural:
            return None
        gender = candidate.morph.get("Gender")
        if candidate.ent_type_ != "PER" and gender and ("Fem" in gender) != feminine:
            return None
        return self._subject_part(candidate)

    def _subject_part(self, subject: Token, skip: frozenset[int] = frozenset(), room: int = SUBJECT_WORDS) -> _Part:
        if subject.lower_ in PERSON_PRONOUNS and subject.pos_ == "PRON":
            return self._resolve(subject) or _Part([subject])
        named = self._named(subject)
        if named is not None:
            return named
        tokens = self._phrase(subject, room, skip)
        entity = entity_of(subject) if subject.ent_type_ else None
        if entity is not None and entity.end == subject.i + 1 and len(entity) <= SUBJECT_WORDS:
            # the parse split the name ("le métro de New York", head "York"): keep it whole
            first = entity[0]
            before = [self.doc[first.i - 1]] if first.i > 0 and self.doc[first.i - 1].pos_ == "DET" else []
            tokens = sorted({t.i: t for t in before + list(entity) + tokens}.values(), key=lambda t: t.i)
        while tokens and tokens[0].pos_ in ("ADP", "CCONJ", "SCONJ") and tokens[0].i < subject.i:
            tokens = tokens[1:]  # "[et de] l'autre navire"
        taken = {t.i for t in tokens}
        for child in subject.children:
            person = self._named(child) if child.ent_type_ == "PER" and child.i > subject.i else None
            if person is not None and child.dep_ in ("appos", "flat", "flat:name", "nmod") and child.i not in taken:
                if not any(c.dep_ == "case" for c in child.children):
                    return person  # "le journaliste et commentateur sportif X": the name, not the titles
        return _Part(tokens)

    def _named(self, token: Token) -> Optional[_Part]:
        """A person or organisation of the article as the subject: its fullest name."""
        entity = entity_of(token)
        if entity is None or entity.label_ not in ("PER", "ORG", "MISC"):
            return None
        name = clean_name(entity)
        cluster = self.index.lookup(name) if name and looks_like_name(name) else None
        if cluster is None:
            return None
        before = self.doc[entity.start - 1] if entity.start > 0 else None
        if before is not None and before.pos_ == "DET" and entity[0].pos_ == "NOUN" and entity.label_ != "PER":
            # "la Bourse de X" keeps its article
            glue = "" if before.text.endswith(("'", "’")) else " "
            return _Part([before, *entity], before.text + glue + cluster.name)
        return _Part(list(entity), cluster.name)

    # -- phrases ----------------------------------------------------------------------
    def _phrase(self, head: Token, budget: int, skip: frozenset[int] = frozenset()) -> list[Token]:
        """The head and as much of its dependents as fits in `budget` words, cut only between
        constituents (left to right, so the phrase stays contiguous)."""

        def take(token: Token, room: int, depth: int) -> list[Token]:
            found = [token]
            for child in token.lefts:
                if child.dep_ in _LEFT_DEPS and self._keep(child, skip):
                    found = [t for t in child.subtree if self._keep(t, skip)] + found
            if _words(found) > room:
                return []
            for child in token.rights:
                if child.i in self.date_tokens or child.pos_ == "PUNCT" and child.text in ("-", "'", "’"):
                    continue  # "un e-mail [du 3 mars] adressé à X"
                name_beside = child.dep_ == "appos" and child.pos_ == "PROPN" and child.i == token.i + 1
                if not self._keep(child, skip) or child.dep_ in _DROPPED_DEPS and not name_beside:
                    break  # "le ministre Jean Dupont" keeps its name, "Acme, une société…" loses the aside
                if child.pos_ == "PUNCT":
                    break
                if depth > 4 or child.lower_ in TIME_NOUNS and child.dep_ != "obj":
                    break
                sub = _trim(take(child, room - _words(found), depth + 1))
                if not any(t.i == child.i for t in sub):
                    break
                if (
                    child.pos_ in ("VERB", "ADJ")
                    and len(sub) == 1
                    and (child.lemma_ in NAMING_VERBS or child.pos_ == "VERB" and child.dep_ in ("acl", "amod"))
                ):
                    break  # "nommée" without its name, "payées" without its complement
                found += sub
            return found

        taken = sorted(take(head, budget, 0), key=lambda t: t.i) or [head]
        return _trim(self._whole_names(taken, skip))

    def _whole_names(self, tokens: list[Token], skip: frozenset[int]) -> list[Token]:
        """A phrase never holds half a name: "le candidat Jean" gets its "Dupont" back."""
        have = {t.i for t in tokens}
        for token in list(tokens):
            entity = entity_of(token) if token.ent_type_ in ("PER", "ORG") else None
            if entity is None or any(t.i in self.date_tokens for t in entity):
                continue
            for other in entity:
                if other.i not in have and self._keep(other, skip):
                    have.add(other.i)
        return [self.doc[i] for i in sorted(have)]

    def _keep(self, token: Token, skip: frozenset[int]) -> bool:
        return token.i not in skip and token.i not in self.date_tokens and not self._in_quote(token)

    def _verb_group(self, verb: Token) -> list[Token]:
        """Clitics, auxiliaries, negation, manner adverbs and the verb: "ne s'est pas officiellement retiré"."""
        group = [] if _copular(verb) else [verb]
        for child in verb.children:
            if not self._usable(child):
                continue
            dep = child.dep_
            if dep.startswith("aux") or dep == "cop":
                group.append(child)
            elif dep.startswith("expl") and dep != "expl:subj" and child.i < verb.i:
                group.append(child)
            elif dep in ("obj", "iobj") and child.pos_ == "PRON" and child.i < verb.i and child.lower_ in _CLITICS:
                group.append(child)
            elif dep == "advmod" and (child.lower_ in NEGATION or _manner(child, verb)):
                group.append(child)
        if verb.dep_ == "conj" and not any(c.dep_.startswith("aux") for c in verb.children):
            # "a déposé en mars et déposé à nouveau en août": the auxiliary is shared
            aux = [c for c in verb.head.children if c.dep_.startswith("aux") and c.i < verb.i]
            return aux + sorted(group, key=lambda t: t.i)
        return sorted(group, key=lambda t: t.i)

    def _verb_chain(self, predicate: Token) -> list[Token]:
        """From the verb that has the subject down to the dated one: "vient de décider d'augmenter"."""
        chain = [predicate]
        while chain[-1].dep_ == "xcomp" and chain[-1].head.pos_ == "VERB" and len(chain) < 4:
            if explicit_subject(chain[-1]) is not None:
                break
            chain.append(chain[-1].head)
        tokens: list[Token] = []
        for verb in reversed(chain):
            if verb.i != chain[-1].i:
                tokens += [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
            tokens += self._verb_group(verb)
        return tokens

    # -- the clause -------------------------------------------------------------------
    def _clause(self, predicate: Token, date: Span, start: int, end: int) -> Reading:
        predicate = self._cleft(predicate)
        predicate = self._richer_clause(predicate)
        predicate = self._chained(predicate)
        subject = self._subject(predicate)
        own = (
            frozenset(t.i for t in predicate.subtree)
            if subject is not None and subject.is_ancestor(predicate)
            else frozenset()
        )
        # "Ce terminal créé": a participle's subject is kept short
        room = 4 if bare_participle(predicate) else SUBJECT_WORDS
        subject_part = self._subject_part(subject, own, room) if subject is not None else _Part()
        verbs = self._verb_chain(predicate)
        relative_object = self._relative_object(predicate)
        used = {t.i for t in verbs} | {t.i for t in subject_part.tokens}
        if subject is not None:
            used.add(subject.i)
        subject_words = _count(subject_part)
        budget = MAX_WORDS - subject_words - len([t for t in verbs if t.pos_ != "PUNCT"])
        complement = self._complement(predicate, date, max(budget, 2), frozenset(used), relative_object)
        parts = [subject_part, _Part(verbs), complement]
        headline = _render(parts, self.index)
        participants = sorted(subject_part.tokens, key=lambda t: t.i) + sorted(complement.tokens, key=lambda t: t.i)
        actors = self._actors(participants, subject_part)
        return Reading(headline, actors, start, end)

    def _cleft(self, predicate: Token) -> Token:
        """ "C'est aujourd'hui qu'une fusée doit partir": the clause after "que" says what happens."""
        subject = explicit_subject(predicate)
        if subject is None or subject.lower_ not in ("c'", "c’", "ce"):
            return predicate
        after = [
            t
            for t in predicate.sent
            if t.i > predicate.i
            and t.pos_ == "VERB"
            and self._usable(t)
            and (explicit_subject(t) is not None and explicit_subject(t).lower_ not in _RELATIVE)
        ]
        marked = [t for t in after if any(c.lower_ in ("que", "qu'", "qu’") for c in t.children)]
        return (marked or after or [predicate])[0]

    def _richer_clause(self, predicate: Token) -> Token:
        """ "Ces divulgations, qui s'étendent de 2015 à 2018, décrivent une période": a relative
        clause that says nothing but the date gives way to the clause its noun is subject of."""
        if predicate.dep_ != "acl:relcl" or not any(
            c.dep_ in _SUBJECT_DEPS and c.lower_ in _RELATIVE for c in predicate.children
        ):
            return predicate
        said = [
            c
            for c in predicate.children
            if c.dep_ in _CORE_DEPS + _OBL_DEPS and c.i not in self.date_tokens and c.lower_ not in _RELATIVE
        ]
        noun = predicate.head
        if said or noun.dep_ not in _SUBJECT_DEPS or not self._is_predicate(noun.head):
            return predicate
        return noun.head

    def _chained(self, predicate: Token) -> Token:
        """ "Le musée entend organiser des activités": down to the verb that says what happens."""
        for _ in range(3):
            if predicate.lemma_ not in CHAINING_VERBS:
                break
            following = [
                c
                for c in predicate.children
                if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > predicate.i and explicit_subject(c) is None
            ]
            if not following or not self._usable(following[0]):
                break
            predicate = following[0]
        return predicate

    def _relative_object(self, predicate: Token) -> Optional[Token]:
        """ "le procès, qu'il a déposé": the noun the relative pronoun object stands for."""
        for verb in (predicate, predicate.head):
            if verb.dep_ != "acl:relcl":
                continue
            if any(c.dep_ == "obj" and c.lower_ in ("que", "qu'", "qu’") for c in verb.children):
                return verb.head
            if verb.i == predicate.i or predicate.dep_ != "xcomp":
                break
        return None

    def _complement(
        self, predicate: Token, date: Span, budget: int, used: frozenset[int], relative_object: Optional[Token]
    ) -> _Part:
        """The one complement that says what happened, in order of preference."""
        if relative_object is not None:
            return _Part(self._phrase(relative_object, min(budget, 4), used))
        children = [c for c in predicate.children if c.i not in used and self._keep(c, frozenset())]
        if _copular(predicate):
            own = self._phrase_without_subject(predicate, budget, used)
            if own:
                return _Part(own)
        for child in children:
            if child.dep_ in _CORE_DEPS and child.i > predicate.i and child.lower_ not in _RELATIVE:
                if child.pos_ == "PRON" and child.lower_ in _CLITICS:
                    continue
                tokens = self._argument(child, budget, used)
                if tokens:
                    return _Part(tokens)
        dated = self._dated_noun(date, predicate)
        if dated is not None:
            tokens = self._phrase(dated, budget, used)
            if len(tokens) > 1:
                return _Part(tokens)
        quote = self._quote_after(predicate, budget)
        if quote is not None:
            return quote
        for child in children:
            if child.dep_ in _OBL_DEPS and child.i > predicate.i and self._circumstance_free(child):
                tokens = self._phrase(child, budget, used)
                if tokens:
                    return _Part(tokens)
        return _Part()

    def _phrase_without_subject(self, predicate: Token, budget: int, used: frozenset[int]) -> list[Token]:
        skip = set(used)
        for child in predicate.children:
            if (
                child.dep_ in _SUBJECT_DEPS
                or child.dep_.startswith("aux")
                or child.dep_ == "cop"
                or child.i < predicate.i
            ):
                if child.dep_ in ("case", "det", "amod", "nummod", "fixed", "flat") or child.lower_ in NEGATION:
                    continue  # "à l'honneur", "de 51 %"
                skip.update(t.i for t in child.subtree)
        return [t for t in self._phrase(predicate, budget, frozenset(skip)) if t.i not in used]

    def _argument(self, child: Token, budget: int, used: frozenset[int]) -> list[Token]:
        if child.pos_ in ("VERB", "AUX") and child.dep_ in ("xcomp", "ccomp"):
            # an infinitive or a "que" clause: its mark, subject, verb group and one complement
            mark = [c for c in child.children if c.dep_ == "mark" and c.i < child.i]
            subject = explicit_subject(child) if child.dep_ == "ccomp" else None
            subject_tokens = self._phrase(subject, 3, used) if subject is not None else []
            verbs = self._verb_group(child)
            rest = budget - len(mark) - len(subject_tokens) - len(verbs)
            inner: list[Token] = []
            if rest > 0:
                for grandchild in child.children:
                    if grandchild.dep_ in _CORE_DEPS + ("obl:mod",) and grandchild.i > child.i:
                        if self._keep(grandchild, used) and self._circumstance_free(grandchild):
                            inner = self._phrase(grandchild, rest, used)
                            break
            tokens = mark + subject_tokens + verbs + inner
            if len(tokens) > budget:
                return []
            return sorted(tokens, key=lambda t: t.i)
        return self._phrase(child, budget, used)

    def _dated_noun(self, date: Span, predicate: Token) -> Optional[Token]:
        """ "Dans un e-mail du 3 mars adressé à X, Y a écrit": the noun the date belongs to."""
        head = date.root.head
        if head.i in self.date_tokens or head.i == date.root.i:
            return None
        if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in TIME_NOUNS or head.head.i != predicate.i:
            return None
        return head if self._circumstance_free(head) else None

    def _circumstance_free(self, token: Token) -> bool:
        if token.lower_ in TIME_NOUNS or token.i in self.date_tokens:
            return False
        return not any(c.dep_ == "case" and c.lower_ in NON_COMPLEMENT_CASES for c in token.children)

    def _quote_after(self, verb: Token, budget: int) -> Optional[_Part]:
        """ "X a écrit : « … »": the first words of the quotation, cut between words."""
        if verb.lemma_ not in REPORTING_VERBS or budget < 3:
            return None
        limit = verb.sent.end_char + 2
        for start, end in self.quotes:
            if verb.idx < start <= limit and not self.text[verb.idx + len(verb.text) : start].strip(' :,«“"\n'):
                words = self.text[start:end].split()
                sentence_end = next((k for k, w in enumerate(words) if w[-1:] in ".!?"), len(words) - 1)
                keep = min(budget - 1, QUOTE_WORDS, sentence_end + 1)
                while keep > 1 and words[keep - 1].lower().strip(".,;:") in FUNCTION_WORDS:
                    keep -= 1
                excerpt = " ".join(words[:keep]).rstrip(".,;:")
                more = keep < len(words)
                return _Part(text=f": « {excerpt}{'…' if more else ''} »")
        return None

    # -- without a verb ---------------------------------------------------------------
    def _noun_phrase(self, date: Span) -> list[Token]:
        """No clause: the noun phrase the date belongs to, or the start of the sentence."""
        head = date.root.head
        if head.i not in self.date_tokens and head.pos_ in ("NOUN", "PROPN") and self._usable(head):
            tokens = self._phrase(head, 8)
            if len(tokens) > 1:
                return tokens
        words = [t for t in date.sent if self._keep(t, frozenset()) and not t.is_space]
        return _trim(words[:8]) or [t for t in date.sent if not t.is_space][:8]

    # -- actors -----------------------------------------------------------------------
    def _actors(self, tokens: list[Token], subject: _Part) -> list[str]:
        found: list[str] = []
        if subject.text and not subject.tokens and self.index.of(subject.text) is not None:
            found.append(subject.text)  # a resolved pronoun
        seen: set[int] = set()
        head_of_subject = subject.tokens and min(subject.tokens, key=lambda t: t.i)
        for token in tokens:  # the subject's first
            if token.i in seen:
                continue
            if not token.ent_type_:
                name = self._unlabelled_name(token)
                if name and name not in found:
                    found.append(name)
                continue
            entity = entity_of(token)
            if entity is None:
                continue
            seen.update(t.i for t in entity)
            name = self._actor(entity, is_subject=bool(head_of_subject) and entity.start <= head_of_subject.i + 2)
            if name and name not in found:
                found.append(name)
        return found

    def _unlabelled_name(self, token: Token) -> Optional[str]:
        """A name the NER missed: "le président Dupont", or a proper noun as subject or object."""
        if token.pos_ != "PROPN" or token.dep_ in ("flat:name", "flat") or not looks_like_name(token.text):
            return None
        head = token.head
        after_role = head.lower_ in ROLE_NOUNS and token.dep_ in ("nmod", "appos") and head.i == token.i - 1
        if not after_role and token.dep_ not in _SUBJECT_DEPS + ("obj",):
            return None
        words = [token] + [c for c in token.children if c.dep_ in ("flat:name", "flat") and c.pos_ == "PROPN"]
        name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        cluster = self.index.lookup(name)
        if cluster is not None:
            return cluster.name
        return name if looks_like_name(name) and len(name) > 1 else None

    def _actor(self, entity: Span, is_subject: bool) -> Optional[str]:
        name = clean_name(entity)
        if entity.label_ == "PER":
            name = _without_title(name)
        if not name:
            return None
        root = entity.root
        attached = root.head if root.head.i != root.i else None
        has_case = any(c.dep_ == "case" for c in root.children)
        if attached is not None and not has_case and attached.lower_ in THING_TITLE_NOUNS:
            return None  # "le programme X": a named thing
        if attached is not None and has_case and attached.pos_ == "NOUN" and attached.i not in (entity.start - 1,):
            if entity.label_ != "PER" and attached.lower_ not in ROLE_NOUNS:
                return None  # "le réseau de X": X is not taking part
        if entity.label_ == "LOC":
            # a place acts only as a state: "La Birmanie a aboli la censure"
            acting = is_subject and root.dep_ in _SUBJECT_DEPS and root.pos_ == "PROPN"
            return name if acting and looks_like_name(name) else None
        if attached is not None and not has_case and attached.lower_ in ORGANISATION_NOUNS and name[:1].isupper():
            return name  # "la firme X"
        if not looks_like_name(name):
            return None
        cluster = self.index.lookup(name)
        if cluster is not None:
            return cluster.name
        return name if entity.label_ == "PER" else None


def explicit_subject(verb: Token) -> Optional[Token]:
    subject = _parsed_subject(verb)
    return None if subject is None or subject.pos_ == "PUNCT" else subject


def _copular(token: Token) -> bool:
    return any(c.dep_ == "cop" for c in token.children)


def _manner(adverb: Token, verb: Token) -> bool:
    """ "lancé publiquement", "a officiellement aboli": a manner adverb next to the verb."""
    word = adverb.lower_
    return word.endswith("ment") and word not in DISCOURSE_ADVERBS and abs(adverb.i - verb.i) <= 2


def _trim(tokens: list[Token]) -> list[Token]:
    """No headline part ends on "de", "sa", "et" or a comma."""
    tokens = list(tokens)
    while tokens and (
        tokens[-1].pos_ in _DANGLING_POS
        or tokens[-1].lower_ in _RELATIVE
        or tokens[-1].is_space
        or tokens[-1].text.endswith(("'", "’"))  # "jusqu'"
        and len(tokens) > 1
    ):
        if tokens[-1].text in ("%", "»") or tokens[-1].like_num:
            break
        tokens.pop()
    while tokens and (tokens[0].pos_ == "PUNCT" and tokens[0].text not in _OPENING_MARKS or tokens[0].is_space):
        tokens.pop(0)
    return tokens


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.pos_ != "PUNCT" and not t.is_space)


def _count(part: _Part) -> int:
    if part.text is not None:
        return len(part.text.split())
    return sum(1 for t in part.tokens if t.pos_ != "PUNCT" and not t.is_space)


def _render(parts: list[_Part], index: EntityIndex) -> str:
    pieces: list[str] = []
    for part in parts:
        if part.text is not None:
            pieces.append(part.text)
            continue
        tokens = sorted({t.i: t for t in part.tokens}.values(), key=lambda t: t.i)
        text = ""
        for k, token in enumerate(tokens):
            glue = k + 1 < len(tokens) and tokens[k + 1].i == token.i + 1
            text += token.text_with_ws if glue else token.text + " "
        pieces.append(_canonical_people(text, tokens, index))
    pieces = [
        p if k == 0 or not p[:1].isupper() or not _common_start(parts[k]) else p[:1].lower() + p[1:]
        for k, p in enumerate(pieces)
    ]
    headline = " ".join(" ".join(p.split()) for p in pieces if p.strip())
    headline = headline.replace("’ ", "’").replace("' ", "'").replace(" ,", ",").replace("( ", "(").replace(" )", ")")
    return headline[:1].upper() + headline[1:]


def _without_title(name: str) -> str:
    """ "président Dupont" → "Dupont": lower-case words before a name are a title."""
    words = name.split()
    while len(words) > 1 and words[0].islower():
        words = words[1:]
    return " ".join(words)


def _common_start(part: _Part) -> bool:
    """The part starts with a common word ("Le procès"), not a name."""
    first = min(part.tokens, key=lambda t: t.i) if part.tokens else None
    return first is not None and part.text is None and first.pos_ not in ("PROPN",) and not first.ent_type_


def _canonical_people(text: str, tokens: list[Token], index: EntityIndex) -> str:
    """ "Dupont" becomes "Jean Dupont", the fullest form the article uses."""
    for token in tokens:
        if token.ent_type_ == "PER" and token.ent_iob_ == "B":
            entity = entity_of(token)
            if entity is None:
                continue
            name = clean_name(entity)
            cluster = index.lookup(name) if name else None
            if cluster is not None and cluster.kind == "person" and cluster.name != name and name in text:
                full = cluster.name
                if full[:1].lower() in "aeiouyéèêh":
                    # "de Dupont" → "d'Yves Dupont"
                    for short in ("de", "que", "le", "la"):
                        if f"{short} {name}" in text:
                            text = text.replace(f"{short} {name}", f"{short[0]}’{full}", 1)
                            break
                text = text.replace(name, full, 1) if full not in text else text
    return text
