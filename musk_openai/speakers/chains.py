"""Who is who in an article: mentions of people and organisations, chained.

Built once per document, before quotations are attributed, from the parse already made:
1. name mentions (the entity index), each marked when it is a subject, and when it is the
   subject of a reporting verb (a speaker);
2. what the article says each one is: role nouns and kinds of organisation next to the name
   ("la juge Anne Roux", "Paul Leroy, l'entraîneur", "le syndicat SUD"), and gender from the
   first name, honorifics ("Mme") and gendered role nouns ("la ministre", "l'avocate");
3. subject pronouns, resolved in text order to the candidate best supported by agreement
   (gender; a person for il/elle, a group for ils/elles), recency in sentences and salience
   (subjects, speakers, earlier pronouns of the same chain), so "il" can follow a chain;
   role nouns used as subjects ("la juge a ajouté") join the person the article gave the role.
`resolve(token)` then says whom a cue's subject names, and by which evidence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import takewhile
from typing import Optional

import numpy
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from musk_openai.entities import (
    DEMONSTRATIVES,
    OF_WORDS,
    POSTS,
    SINGULAR_DEFINITE,
    Cluster,
    EntityIndex,
    clean_name,
    gentile_forms,
    honorific_gender,
    looks_like_name,
    plain_adjective,
    portfolios,
)
from musk_openai.quotes import lexicon as quote_words
from musk_openai.speakers import lexicon as lx
from musk_openai.speakers.names import first_name_gender
from musk_openai.syntax import entity_of, in_complement, present_participle, subject_of
from musk_openai.text import doc_text, fold

_REPORTING = quote_words.REPORTING_VERBS | {v.removeprefix("s'") for v in quote_words.REPORTING_VERBS}
_SUBJECT_PRONOUNS = {"il": ("person", "m"), "elle": ("person", "f"), "ils": ("group", ""), "elles": ("group", "")}
# "selon lui", "pour eux": stressed pronouns name someone too
_STRESSED_PRONOUNS = {"lui": ("person", "m"), "eux": ("group", "")}
_DEFINITE = SINGULAR_DEFINITE | {"les"} | DEMONSTRATIVES
# "il y a", "il faut", "il s'agit": the pronoun names nobody
_IMPERSONAL_NEXT = {
    "y",
    "faut",
    "fallait",
    "faudra",
    "faudrait",
    "semble",
    "semblait",
    "paraît",
    "parait",
    "existe",
    "existait",
    "reste",
    "restait",
    "apparaît",
    "apparait",
    "convient",
    "importe",
    "suffit",
    "manque",
    "pleut",
    "neige",
}
_NP_WORDS = {"ADJ", "DET", "NOUN", "PROPN", "NUM"}
_POSSESSIVES = {"son", "sa", "leur"}
_NP_LINKS = OF_WORDS | {"à", "au", "aux", "en", "pour", "par"}  # ("son président par intérim, X")
WINDOW = 4  # sentences a pronoun looks back


@dataclass
class Mention:
    token: int
    position: int  # character offset
    cluster: Cluster
    sentence: int
    subject: bool
    speaker: bool
    via: str  # name | pronoun | role


@dataclass
class Resolution:
    """Whom a mention names, the words that name it, and the evidence used (`how`):
    name, pronoun, role (a role noun the article gave someone), organisation (a kind of
    organisation, "le syndicat"), representative ("la direction de X"), medium ("le rapport
    de X"), previous (a continuing description: the last speaker), description (nobody named)."""

    cluster: Optional[Cluster]
    mention: str
    how: str


class Chains:
    def __init__(
        self,
        doc: Doc,
        index: EntityIndex,
        inside_quote: Callable[[int], bool],
        chain: bool = True,
        ents: Optional[list[Span]] = None,
        adjectives: frozenset[str] = frozenset(),
    ) -> None:
        self.ents = list(doc.ents) if ents is None else ents
        self.adjectives = adjectives
        self.doc = doc
        self.index = index
        self.inside_quote = inside_quote
        self.sentence_of: list[int] = [0] * len(doc)
        self.paragraph_of: list[int] = []  # per sentence
        text = doc_text(doc)
        paragraph = 0
        # sentences are counted in the narration: those inside a quotation do not push the
        # people named before them further away
        number = -1
        columns = doc.to_array([IDX, LENGTH])
        offsets, lengths = columns[:, 0].tolist(), columns[:, 1].tolist()
        for start, end in sentence_bounds(doc):
            start_char, end_char = offsets[start], offsets[end - 1] + lengths[end - 1]
            last = end_char - 1  # the sentence's last character that is not a space
            while last >= 0 and text[last].isspace():
                last -= 1
            # (a "sentence" opening on a lower-case word is the rest of one the parser cut:
            # "Jo-Wilfried Tsonga | a battu X.")
            cut = number >= 0 and text[start_char : start_char + 1].islower()
            cut = cut and "\n" not in text[offsets[start - 1] : start_char]
            if number < 0 or not (inside_quote(start_char) and inside_quote(max(last, start_char))) and not cut:
                number += 1
                if number and "\n" in text[offsets[start - 1] : start_char]:
                    paragraph += 1
                self.paragraph_of.append(paragraph)
            self.sentence_of[start:end] = [number] * (end - start)
        self.mentions: list[Mention] = []
        self.roles: dict[str, list[tuple[int, Cluster]]] = {}  # role noun -> (offset, cluster)
        self.pronouns: dict[int, Resolution] = {}
        self.introduced: set[int] = set()  # incise pronouns resolved by introduced_without_subject
        self._by_token: Optional[dict[int, Cluster]] = None
        self._tried: Optional[list[tuple[int, Token]]] = None  # (verdict verb, name on trial)
        self._ages: Optional[list[tuple[int, int, Cluster]]] = None  # ("ans" token, age, person)
        names = self._names()
        if not chain:
            self.mentions = names  # no parse to read roles or pronouns from
            return
        for mention in names:
            self._describe(mention)
        # "le film « Pégase », de X": X is "le réalisateur" — when the article names the maker
        # of one work only (not the authors of the four novels in the running)
        makers: dict[int, tuple[int, Cluster]] = {}
        for mention in names:
            ent = entity_of(doc[mention.token])
            if ent is not None and mention.cluster.kind == "person" and _author_of_work(ent):
                makers.setdefault(id(mention.cluster), (ent.start_char, mention.cluster))
        if len(makers) == 1:
            position, maker = next(iter(makers.values()))
            for role in _MAKERS:
                maker.roles.add(role)
                self.roles.setdefault(role, []).append((position, maker))
        self._chain(names)

    # -- 1. names -----------------------------------------------------------------
    def _names(self) -> list[Mention]:
        found: list[Mention] = []
        for ent in self.ents:
            cluster = self.index.by_position.get(ent.start_char)
            if cluster is None or self.inside_quote(ent.start_char):
                continue
            root = ent.root
            subject = _is_subject(root)
            verb = _governing_verb(root) if subject else None
            speaker = verb is not None and verb.lemma_.lower() in _REPORTING
            if not subject and _inverted_subject(ent.start, self.doc):
                subject = speaker = True  # "« … », a déclaré Jean Dupont"
            elif not subject and source_of_opinion(ent.start, self.doc):
                subject = speaker = True  # "Pour la Dre Anne Roy, le problème est ailleurs."
            found.append(Mention(root.i, ent.start_char, cluster, self.sentence_of[root.i], subject, speaker, "name"))
        return found

    # -- 2. roles, kinds and gender -------------------------------------------------
    def _describe(self, mention: Mention) -> None:
        doc = self.doc
        cluster = mention.cluster
        ent = entity_of(doc[mention.token])
        if ent is None:
            return
        cluster.gender = cluster.gender or honorific_gender(ent)
        if cluster.kind == "person" and not cluster.gender and cluster.first_name:
            cluster.gender = first_name_gender(cluster.first_name) or ""
        table = lx.PERSON_ROLES if cluster.kind == "person" else lx.ORGANISATION_TYPES
        if cluster.kind == "person" and ent.start > 0:
            demonym = self.demonym(doc[ent.start - 1])  # "l'Argentin Juan Martín del Potro"
            if demonym is not None:
                cluster.roles.add(demonym[0])
                self.roles.setdefault(demonym[0], []).append((ent.start_char, cluster))
                cluster.gender = cluster.gender or demonym[1]
                origin = lx.nationality_of(demonym[0].removeprefix("demonym:"))
                if origin is not None:
                    cluster.origins.add(origin)
        if cluster.kind == "person" and _lawyer_title(ent):
            # "Me Anne Roux": the title of the bar, so "l'avocate" later may be her
            cluster.roles.add("avocat")
            self.roles.setdefault("avocat", []).append((ent.start_char, cluster))
        kinds = (self._kind_before(ent.start, table), self._kind_after(ent.end, table))
        # ("par le Français X", "par le candidat écologiste X": the name hung on the noun)
        apposed = (
            ent.root.dep_ == "appos" or ent.root.dep_ == "nmod" and not any(c.dep_ == "case" for c in ent.root.children)
        )
        agent = ent.root.head if apposed else ent.root
        agent = agent if agent.dep_ == "obl:agent" else None
        led = lx.ROLE_OF_AGENT.get(fold(agent.head.lemma_)) if agent is not None and cluster.kind == "person" else None
        if led is not None:
            # "les joueurs, entraînés par X", "le comité, présidé par Y": X is their entraîneur
            cluster.roles.add(led)
            self.roles.setdefault(led, []).append((ent.start_char, cluster))
        led = _leader_of_group(ent) if cluster.kind == "person" else None
        if led is not None:
            # "le gouvernement fédéral de X": "le Premier ministre" may be X
            cluster.roles.add(led)
            self.roles.setdefault(led, []).append((ent.start_char, cluster))
        for won in _won(ent) if cluster.kind == "person" else ():
            # "X a reçu jeudi le prix Goncourt": "la lauréate" is X
            cluster.roles.add(won)
            self.roles.setdefault(won, []).append((ent.start_char, cluster))
        if cluster.kind == "person":
            # "l'ex-espion russe X", "son homologue argentin X", "X, le président américain":
            # "le président argentin" and "l'Argentin" may be X, "le président brésilien" is not
            words = [t for t in doc[max(0, ent.start - 2) : ent.start] if t.pos_ == "ADJ"]
            for noun in kinds:
                if noun is not None:
                    if noun.i < ent.start:
                        words += list(doc[noun.i + 1 : ent.start])
                    else:  # its own adjectives, not its complement's: "un employé de l'agence américaine"
                        words += [t for t in _phrase_tokens(noun) if t.head.i == noun.i]
            for origin in _nationalities(words):
                if origin not in cluster.origins:
                    cluster.origins.add(origin)
                    self.roles.setdefault("demonym:" + origin, []).append((ent.start_char, cluster))
        for noun in kinds:
            if noun is None:
                continue
            key = fold(noun.lemma_ if noun.lemma_ else noun.text)
            key = key if key in table else fold(noun.text)
            if key in lx.RELATIONAL:
                # "son homologue argentin X": X's counterpart's office, not X's — an office
                # all the same, so a salience guess for another office ("le Premier ministre")
                # does not fall on X
                cluster.roles.add("relational:" + key)
                continue
            if key not in table:
                if table is lx.PERSON_ROLES and noun.i > ent.start:
                    # a person noun the lexicon lacks, set off after the name: "le pêcheur" later
                    word = fold(noun.lemma_ or noun.text)
                    self.roles.setdefault("noun:" + word, []).append((ent.start_char, cluster))
                    if not cluster.gender:
                        cluster.gender = noun_gender(noun, "")
                continue
            roles = {key, role_key(noun, key)} if table is lx.PERSON_ROLES else {key}
            if table is lx.PERSON_ROLES and _in_communication(noun):
                roles.add("porte-parole")  # "le directeur de la communication X": "le porte-parole"
            for role in roles:
                cluster.roles.add(role)
                self.roles.setdefault(role, []).append((ent.start_char, cluster))
            if not cluster.gender:
                cluster.gender = noun_gender(noun, table.get(fold(noun.text), table[key]))

    def _kind_before(self, start: int, table: dict[str, str]) -> Optional[Token]:
        """ "le ministre des Finances Jean Dupont", "l'ONG Human Rights Watch": the role
        noun heading the noun phrase that ends with the name."""
        doc = self.doc
        i = start - 1
        if i >= 0 and doc[i].lower_ in OF_WORDS:
            return None  # "un habitant du quartier de Delmas": a complement, not a title
        if doc[start].lower_ in OF_WORDS and doc[start].ent_type_ == "LOC":
            return None  # "le tribunal administratif [de Nîmes]": the NER took the "de" in
        if i >= 0 and doc[i].text == ",":
            i -= 1  # "La ministre de la Culture, Anne Roux"
        steps = 0
        complement = False  # a person's name passed in a complement
        while i >= 0 and steps < 10:
            token = doc[i]
            if token.pos_ in ("NOUN", "PROPN") and _in_table(token, table):
                if complement and fold(token.lemma_ or token.text) in lx.RELATIVES:
                    return None  # another person's relative: "le fils de Jean Dupont, Paul"
                if (
                    table is lx.PERSON_ROLES
                    and _plural(token)
                    and doc[start - 1].text != ","  # ("Les avocats de la famille, X et Y,": theirs)
                    and any(t.lower_ in OF_WORDS for t in doc[i:start])
                ):
                    return None  # "les ministres écologistes du gouvernement X": they are, not X
                if fold(token.text) in ("roi", "reine") and token.text[0].isupper() and i >= 2:
                    if doc[i - 1].lower_ == "du" and _in_table(doc[i - 2], table):
                        return doc[i - 2]  # "le procureur du Roi X": the procureur
                # "la mère de la victime, X", "l'avocat de l'accusé, Me X": the head noun, not
                # the person of its complement
                j = i - 1
                if j >= 1 and doc[j].pos_ == "DET" and doc[j - 1].lower_ in OF_WORDS:
                    j -= 1
                head = doc[j - 1] if j >= 1 and doc[j].lower_ in OF_WORDS else None
                if head is not None and head.pos_ == "NOUN" and fold(head.lemma_ or head.text) in _HEADS_OF_PEOPLE:
                    return head
                return token  # "le sélectionneur de l'équipe de France, X": past "équipe"
            if token.pos_ not in _NP_WORDS and token.lower_ not in _NP_LINKS:
                return None
            if token.ent_type_ in ("PER",):
                if i == 0 or doc[i - 1].lower_ not in OF_WORDS and doc[i - 1].ent_type_ != "PER":
                    return None  # another person's name: "Jean Dupont Paul"
                complement = True  # "le maire de Pierrelatte, X" (a town the NER took for a person)
            i -= 1
            steps += 1
        return None

    def _kind_after(self, end: int, table: dict[str, str]) -> Optional[Token]:
        """ "Paul Leroy, l'entraîneur des Bleus", "Gilles Martin, professeur à …"."""
        doc = self.doc
        i = end
        if i + 4 < len(doc) and doc[i].text == "(" and doc[i + 1].like_num and doc[i + 3].text == ")":
            i += 4  # "Marc Delvaux (52 ans), ancien échevin": past the age
        elif i < len(doc) and doc[i].text == "(":
            # "La Ligue flamande (N-VA), premier parti de Flandre": past the acronym
            close = next((t.i for t in doc[i + 1 : i + 6] if t.text == ")"), None)
            if close is not None and close + 1 < len(doc) and doc[close + 1].text == ",":
                i = close + 1
        if i >= len(doc) or doc[i].text not in (",", "(", "–", "—"):
            return None
        i += 1
        steps = 0
        while i < len(doc) and steps < 4:
            token = doc[i]
            if _ORDINAL.match(token.text):
                i += 1  # "X, 187e joueuse mondiale": a rank, whatever the tagger made of it
                steps += 1
                continue
            if (
                token.lower_ in ("un", "une")
                and i + 2 < len(doc)
                and doc[i + 1].lower_ in ("des", "de")
                and doc[i + 2].pos_ == "NOUN"
            ):
                i += 2  # "X, l'un des avocats de Y": one of them, the noun says what
                steps += 1
                continue
            if token.pos_ == "NOUN" or token.pos_ in ("PROPN", "ADJ") and _in_table(token, table):
                after = doc[i + 1] if i + 1 < len(doc) else None
                verb_next = after is not None and (after.pos_ in ("VERB", "AUX") or after.lower_ in ("ne", "n'", "n’"))
                if verb_next and table is lx.PERSON_ROLES:
                    return None  # "Interrogé par le président, X, l'accusé n'a pas varié": the next subject
                if table is lx.PERSON_ROLES and not _in_table(token, table) and person_noun(token):
                    return token  # "X, un pêcheur de 38 ans": a role the lexicon lacks
                return token if _in_table(token, table) else None
            if token.pos_ not in ("DET", "ADJ", "NUM"):
                return None
            i += 1
            steps += 1
        return None

    # -- 3. chains ----------------------------------------------------------------
    def _chain(self, names: list[Mention]) -> None:
        doc = self.doc
        names = sorted(names, key=lambda m: m.token)
        k = 0
        for i in _candidates(doc):
            token = doc[i]
            while k < len(names) and names[k].token < i:
                self.mentions.append(names[k])
                k += 1
            if self.inside_quote(token.idx):
                continue
            if token.lower_.lstrip("-") in _SUBJECT_PRONOUNS:
                if _is_subject_pronoun(token):
                    self._chain_pronoun(token, self.pronoun(token))
            elif _latter(token):
                self._chain_pronoun(token, self.latter(token))
            elif (
                _common_noun(token)
                and _is_subject(token)
                and (_definite(token) or _possessive(token))
                and not _names_follow(token)
            ):
                # ("Son père, l'ancien commissaire X, s'est montré …": a possessive's name too)
                named = self._named_in(token)
                if named is not None:
                    # "Le ministre des Finances, Raymond Bachand,": the name is the mention, and
                    # the subject of its sentence however the parser hung it
                    apposed = next((m for m in names[k:] if m.cluster is named.cluster), None)
                    if apposed is not None and apposed.token - token.i <= 12:
                        apposed.subject = True
                    continue
                resolution = self._by_role(token) if _definite(token) else None
                if resolution is not None and resolution.cluster is not None:
                    self._add(token, resolution.cluster, "role")
        self.mentions.extend(names[k:])

    def cluster_of(self, token: Token) -> Optional[Cluster]:
        """Whom a subject the chains read names: a name, a pronoun or role noun they tied to
        someone, or a description with a name set off in it ("Le ministre, Paul Roux,")."""
        if self._by_token is None:
            self._by_token = {m.token: m.cluster for m in self.mentions}
        if token.i in self._by_token:
            return self._by_token[token.i]
        demonym = self.demonym(token)
        if demonym is not None and not _names_follow(token):
            # "Très applaudi, le Serbe a eu du mal …" (the NER may tag it as a place): whom the
            # article called so
            return self._by_demonym(token, *demonym).cluster
        ent = entity_of(token)
        if ent is not None and ent.label_ == "PER":
            return self.index.by_position.get(ent.start_char)
        if token.pos_ in ("NOUN", "PRON"):
            named = self._named_in(token)
            if named is not None and named.cluster is not None:
                return named.cluster
        # (an adjective under a determiner names someone too: "le quinquagénaire s'était tourné")
        nominal = token.pos_ == "ADJ" and token.is_lower and any(c.dep_ == "det" for c in token.children)
        if (_common_noun(token) or nominal) and (_definite(token) or _possessive_relative(token)):
            role = self._by_role(token)  # "Le député-maire, lui, a réuni …": the holder of the role
            if role is not None and role.cluster is not None:
                return role.cluster
        return None

    def _chain_pronoun(self, token: Token, resolution: Resolution) -> None:
        self.pronouns[token.i] = resolution
        if resolution.cluster is not None:
            self._add(token, resolution.cluster, "pronoun")

    def _add(self, token: Token, cluster: Cluster, via: str) -> None:
        verb = _governing_verb(token)
        speaker = verb is not None and verb.lemma_.lower() in _REPORTING
        sentence = self.sentence_of[token.i]
        self.mentions.append(Mention(token.i, token.idx, cluster, sentence, True, speaker, via))

    def pronoun(self, token: Token) -> Resolution:
        """The antecedent of a subject pronoun, or nobody when nothing agrees."""
        if token.i in self.pronouns:
            return self.pronouns[token.i]
        word = token.lower_.lstrip("-")
        stressed = token.i > 0 and token.doc[token.i - 1].pos_ == "ADP"  # "pour elle", "selon eux"
        if word in _SUBJECT_PRONOUNS and not stressed and not _is_subject_pronoun(token):
            return Resolution(None, token.text, "pronoun")  # "il s'agit", "il faut"
        kind, gender = _SUBJECT_PRONOUNS.get(word) or _STRESSED_PRONOUNS[word]
        announced = self._cataphora(token, kind, gender)
        if announced is not None:
            return announced
        if kind == "person" and word in ("il", "elle") and not stressed:
            described = self._described_subject(self.sentence_of[token.i])
            if (
                described is not None
                and described.i < token.i
                and noun_gender(described, "") in ("", gender)
                and not any(t.ent_type_ == "PER" for t in described.subtree)  # ("La ministre X")
            ):
                # "Le nouveau Premier ministre, …, prononcera sa déclaration …, où il sollicitera la
                # confiance": the pronoun goes on about the description the chains tied to nobody
                return Resolution(None, token.text.lstrip("-"), "pronoun")
        cluster = self._detached_name(token, kind, gender) or self._rank(token, kind, gender)
        return Resolution(cluster, token.text.lstrip("-"), "pronoun")

    def _cataphora(self, token: Token, kind: str, gender: str) -> Optional[Resolution]:
        """ "Bien qu'il ne porte aucune accusation, le reportage a suffi", "Lorsqu'elle est
        arrivée, Anne Roux a …": the subject pronoun of a subordinate clause set before its main
        clause announces the main clause's subject when they agree. That subject's referent,
        or nobody when it is a thing; None when the rule does not apply."""
        verb = token.head
        if kind != "person" or not token.dep_.startswith("nsubj") or verb.dep_ != "advcl" or verb.i > verb.head.i:
            return None
        if not any(c.dep_ == "mark" and c.i < token.i for c in verb.children):
            return None  # no subordinator: not a clause set before the main one
        end = max(t.i for t in verb.subtree)
        subject = next((c for c in verb.head.children if c.dep_.startswith("nsubj") and c.i > end), None)
        if subject is None or _plural(subject):
            return None
        ent = entity_of(subject)
        if ent is not None and ent.label_ == "PER":
            cluster = self.index.by_position.get(ent.start_char)
            if cluster is None or not _agrees(cluster, kind, gender):
                return None
            return Resolution(cluster, token.text, "pronoun")
        if not _common_noun(subject) or not _definite(subject) or noun_gender(subject, "") != gender:
            return None
        if person_noun(subject):
            role = self._by_role(subject)
            return Resolution(role.cluster if role is not None else None, token.text, "pronoun")
        return Resolution(None, token.text, "pronoun")  # a thing: "le reportage"

    def _detached_name(self, token: Token, kind: str, gender: str) -> Optional[Cluster]:
        """ "Mme Roux, elle, a prévenu …": the pronoun repeats the name set off just before it."""
        doc = self.doc
        if token.i < 2 or doc[token.i - 1].text != "," or kind == "group":
            return None
        if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
            return None  # "Surpris par le président X, il déclara": not set off
        name = doc[token.i - 2]
        if name.ent_type_ == "PER":
            ent = entity_of(name)
            cluster = self.index.by_position.get(ent.start_char) if ent is not None else None
        elif name.text[:1].isupper() and name.pos_ in ("PROPN", "NOUN"):
            cluster = self.index.of(name.text)  # "Rouvier, elle, …" the NER did not tag
        else:
            return None
        if cluster is None or not _agrees(cluster, kind, gender):
            return None
        return cluster

    def latter(self, token: Token) -> Resolution:
        """ "ce dernier", "cette dernière", "celui-ci": the person named last before it."""
        gender = "f" if token.lower_ in ("dernière", "celle-ci", "celle") else "m"
        for mention in reversed([m for m in self.mentions if m.token < token.i]):
            if mention.cluster.kind == "person" and mention.via == "name":
                if mention.cluster.gender in ("", gender):
                    return Resolution(mention.cluster, _phrase(token), "pronoun")
                break
        return Resolution(None, _phrase(token), "pronoun")

    def _rank(self, token: Token, kind: str, gender: str) -> Optional[Cluster]:
        here = self.sentence_of[token.i]
        scores: dict[int, tuple[float, Cluster]] = {}
        earlier = [m for m in self.mentions if m.token < token.i]
        introduced = self.introduced_without_subject(token)
        if introduced is not None:
            self.introduced.add(token.i)  # (evidence the quotation stage lets stand)
            return introduced
        # "à l'ancien maire, X, qu'il avait qualifié de « voleur »": the relative's antecedent
        # is the object, so not the pronoun
        verb = token.head
        excluded: Optional[Cluster] = None
        if verb.dep_ == "acl:relcl" and any(c.lower_ in ("que", "qu'", "qu’") and c.i < token.i for c in verb.children):
            excluded = self.cluster_of(verb.head)
        for mention in reversed(earlier):
            distance = here - mention.sentence
            if distance > WINDOW:
                break
            cluster = mention.cluster
            if not _agrees(cluster, kind, gender) or cluster is excluded:
                continue
            if distance == 0 and self._source_before(mention, token):
                continue  # "Selon le quotidien X, il aurait déclaré": the source tells of another
            score = -float(distance)
            score += 1.5 if mention.subject else 0.0
            score += 0.7 if mention.speaker else 0.0
            score += 0.3 if mention.via != "name" else 0.0
            if self.paragraph_of[mention.sentence] != self.paragraph_of[here]:
                score -= 1.0  # a new paragraph moves the topic on: as far as a sentence back
            if kind == "person" and cluster.kind != "person":
                score -= 1.0  # "elle" for an agency only when no person fits
            known = scores.get(id(cluster))
            if known is None or score > known[0]:
                scores[id(cluster)] = (score, cluster)
        if scores:
            return max(scores.values(), key=lambda item: item[0])[1]
        # Nothing in the last sentences: the one the article is about so far (most often the
        # subject), or at the top of an article ("« … », affirme-t-il." before the name) the
        # next one named.
        wanted = "person" if kind == "person" else "organisation"
        salience: dict[int, tuple[int, int, Cluster]] = {}
        for mention in earlier:
            if (
                mention.cluster.kind == wanted
                and _agrees(mention.cluster, kind, gender)
                and mention.cluster is not excluded
            ):
                count = salience.get(id(mention.cluster), (0, 0, mention.cluster))[0]
                salience[id(mention.cluster)] = (count + (1 if mention.subject else 0), mention.token, mention.cluster)
        if salience:
            return max(salience.values(), key=lambda item: item[:2])[2]
        if not earlier:
            # cataphora: the first person named in the next sentences, quoted or not
            paragraph = self.paragraph_of[here]
            for mention in self._names_after(token):
                if self.paragraph_of[self.sentence_of[mention.token]] > paragraph + 1:
                    break
                if mention.cluster.kind == "person":
                    return mention.cluster if _agrees(mention.cluster, kind, gender) else None
        return None

    def _source_before(self, mention: Mention, pronoun: Token) -> bool:
        """Whether `mention` is the X of "selon X," opening the pronoun's own clause."""
        if mention.token >= pronoun.i or mention.via != "name":
            return False
        ent = entity_of(self.doc[mention.token])
        start = ent.start if ent is not None else mention.token
        end = ent.end if ent is not None else mention.token + 1
        between = self.doc[end : pronoun.i]
        return source_of_opinion(start, self.doc) and [t.text for t in between] == [","]

    def introduced_without_subject(self, token: Token) -> Optional[Cluster]:
        """ "Des mots qui n'ont pas convaincu X, le père de la victime. « … », a-t-il lâché": the
        incise's pronoun after a quotation that follows a sentence with no subject of its own
        naming one person: that person."""
        doc = self.doc
        word = token.lower_.lstrip("-")
        if word not in ("il", "elle") or not token.text.startswith("-"):
            return None
        kind, gender = _SUBJECT_PRONOUNS[word]
        i = token.i - 1
        while i >= 0 and (
            doc[i].is_punct or doc[i].is_space or doc[i].pos_ in ("AUX", "VERB", "ADV") or doc[i].text == "-t"
        ):
            i -= 1  # back over "», a-t" to the quotation
        if i < 0 or not self.inside_quote(doc[i].idx):
            return None
        while i >= 0 and (self.inside_quote(doc[i].idx) or doc[i].is_punct or doc[i].is_space):
            i -= 1  # back over the quotation to the narration before it
        if i < 0 or "\n" in doc_text(doc)[doc[i].idx : doc[token.i].idx]:
            return None
        sentence = doc[i].sent
        for t in sentence:
            if t.dep_.startswith("nsubj") and not self.inside_quote(t.idx):
                if t.ent_type_ == "PER" or t.lower_ in _SUBJECT_PRONOUNS or person_noun(t) or self.demonym(t):
                    return None  # the sentence has a person as subject: the usual rules
        mentioned = [m for m in self.mentions if sentence.start <= m.token < sentence.end]
        if any(m.subject for m in mentioned):
            return None
        people = {id(m.cluster): m.cluster for m in mentioned if m.cluster.kind == "person"}
        agreeing = [c for c in people.values() if _agrees(c, kind, gender)]
        # ("le père d'Émilie": a woman named beside him is no candidate for "il")
        return agreeing[0] if len(agreeing) == 1 else None

    def _names_after(self, token: Token) -> list[Mention]:
        # from the entities, not a walk over every later token
        return sorted(
            (
                Mention(ent.start, ent.start_char, c, self.sentence_of[ent.start], False, False, "name")
                for ent in self.ents
                if ent.start > token.i and (c := self.index.by_position.get(ent.start_char)) is not None
            ),
            key=lambda m: m.token,
        )

    def last_mention(self, cluster: Cluster, position: int) -> int:
        """Offset of the cluster's last mention before `position`, pronouns and roles included."""
        best = cluster.last_before(position)
        for mention in self.mentions:
            if mention.position >= position:
                break
            if mention.cluster is cluster:
                best = max(best, mention.position)
        return best

    def organisation_name(self, token: Token, any_noun: bool = False) -> Optional[str]:
        """The name a description of an organisation gives it: "Cour des comptes",
        "Conseil constitutionnel", "ministère de l'éducation nationale", "tribunal administratif
        de Rennes", "présidence algérienne" — the kind noun with its complements (`any_noun`:
        whatever the noun, "Port autonome de Douala")."""
        if (
            not any_noun
            and lx.organisation_type_of(token.lemma_ or token.text) is None
            and lx.organisation_type_of(token.text) is None
        ):
            return None
        doc = token.doc
        titled = quoted_title_after(token)
        if titled is not None:
            return titled  # "le comité « Nos villages d'abord »": the name in quotation marks
        words = [token]
        i = token.i + 1
        while i < len(doc) and len(words) < (9 if any(w.lower_ == "et" for w in words) else 7):
            word = doc[i]
            if word.text == "-" and not doc[i - 1].whitespace_ and i + 1 < len(doc) and words[-1].i == i - 1:
                words += [word, doc[i + 1]]  # "préfecture des Alpes-Maritimes", cut at the hyphen
                i += 2
                continue
            after_of = words[-1].lower_ in OF_WORDS or words[-1].pos_ == "DET" and words[-2].lower_ in OF_WORDS
            if word.pos_ == "ADJ" or word.pos_ in ("NOUN", "PROPN") and after_of:
                words.append(word)  # "préfecture de l'Isère", "ministère de la Santé"
            elif word.lower_ in OF_WORDS and i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "DET"):
                words.append(word)
            elif word.pos_ == "DET" and words[-1].lower_ in OF_WORDS:
                words.append(word)
            elif word.lower_ == "et" and i + 1 < len(doc) and doc[i + 1].lower_ in OF_WORDS and len(words) > 2:
                words.append(word)  # "chambre de commerce et d'industrie du Doubs"
            elif (
                word.lower_ in ("à", "au")
                and fold(token.text) in POSTS
                and len(words) > 2
                and i + 1 < len(doc)
                and doc[i + 1].ent_type_ == "LOC"
            ):
                place = entity_of(doc[i + 1])  # "l'ambassade de France à Cotonou": the city is in the name
                words += [word, *doc[i + 1 : place.end]] if place is not None else []
                break
            else:
                break
            i += 1
        while words and (words[-1].lower_ in OF_WORDS or words[-1].pos_ == "DET"):
            words.pop()
        core = words[-1]  # (the words the name test reads, before a cut entity's end is added)
        ent = entity_of(words[-1])
        if ent is not None and ent.start > token.i and ent.end - 1 > words[-1].i and ent.end - token.i <= 14:
            words += list(doc[words[-1].i + 1 : ent.end])  # "… de l'Union européenne"
        if ent is not None and ent.start > token.i and words[-1].text.islower():
            # the NER cut the name ("l'Organisation pour | la sécurité …"): a known name starting there
            text = doc_text(doc)
            known = [c.name for c in self.index.clusters if text.startswith(c.name, ent.start_char)]
            last = ent.start_char + max(map(len, known), default=0) - 1
            if known and last >= words[-1].idx:
                words += [t for t in doc[words[-1].i + 1 : ent.start + 30] if t.idx <= last]
        if fold(token.text) == "ministere":
            words += portfolios(doc, words[-1].i + 1)
        if fold(token.text) == "secretariat" and words[-1].text == "État":
            words += _portfolio_after_state(doc, words[-1].i + 1)  # "secrétariat d'État aux Sports"
        if not token.text[:1].isupper() and not any(w.lower_ in OF_WORDS for w in words):
            return None  # "l'organisation islamique", "le parti écologiste": a description
        nouns = [w for w in words[1:] if w.pos_ in ("NOUN", "PROPN")]
        determined = any(w.pos_ == "DET" or w.lower_ in ("du", "des") for w in words[1:])  # not "de police"
        if nouns and determined and all(w.text.islower() for w in words) and lx.organisation_type_of(nouns[-1].text):
            return None  # "la direction du groupe": the group's, said of another kind noun
        text = doc_text(doc)
        written = text[words[0].idx : core.idx + len(core.text)]
        if not looks_like_name(written, organisation=any_noun) and len(words) > 1:
            return None  # "le gouvernement précédent"
        if len(words) == 1:
            return None  # "le syndicat", "l'ONG": a kind, not a name
        if self.inside_quote(words[-1].idx):
            return None
        last = entity_of(words[-1])
        if (
            last is not None
            and last.label_ in ("ORG", "MISC")
            and last.start > token.i + 1
            and doc[last.start - 1].pos_ == "NOUN"
            and doc[last.start - 1].is_lower
            and all(w.is_lower for w in words if w.i < last.start)
        ):
            return last.text  # "le syndicat des joueurs Provale": the name its description announces
        return text[words[0].idx : words[-1].idx + len(words[-1].text)]

    # -- resolving a cue's subject --------------------------------------------------
    def resolve(self, token: Token) -> Resolution:
        """Whom the noun phrase headed by `token` names (a pronoun, a name, a description)."""
        if token.lower_ == "qui" and token.head.dep_ == "acl:relcl" and token.head.head.i != token.i:
            return self.resolve(token.head.head)  # "le Québécois, qui a promis que « … »"
        if token.lower_.lstrip("-") in _SUBJECT_PRONOUNS or token.lower_ in _STRESSED_PRONOUNS:
            return self.pronoun(token)
        if _latter(token):
            return self.pronouns.get(token.i) or self.latter(token)
        if token.lower_.lstrip("-") == "on":
            return self._on_behalf(token)
        if token.lower_ in ("celui", "celle") and any(c.dep_ == "acl:relcl" for c in token.children):
            opening = next((t for t in token.sent if not t.is_space and not t.is_punct), token)
            if opening.i != token.i:
                return Resolution(None, token.text, "description")  # "a déclaré celle qui dirige …": new
            return self._topic_before(token)
        demonym = self.demonym(token)
        if demonym is not None and _names_follow(token):
            ent = entity_of(token.doc[token.i + 1])  # "a réagi le Français Julien Marchetti"
            if ent is not None and looks_like_name(clean_name(ent)):
                return Resolution(None, clean_name(ent), "name")
        if demonym is not None:
            return self._by_demonym(token, *demonym)
        ent = entity_of(token)
        # "la direction du groupe", "le rapport de la Cour" tagged as a name: a source, read below
        source = token.text.islower() and fold(token.lemma_ or token.text) in lx.REPRESENTATIVES | lx.MEDIA
        if ent is not None and ent.label_ in ("PER", "ORG", "MISC", "LOC") and looks_like_name(clean_name(ent)):
            ent = None if source else ent
        if ent is not None and ent.label_ in ("PER", "ORG", "MISC", "LOC") and looks_like_name(clean_name(ent)):
            doc = token.doc
            if (
                len(ent) == 1
                and token.pos_ == "NOUN"
                and token.i + 2 < len(doc)
                and doc[token.i + 1].lower_ in OF_WORDS
            ):
                if doc[token.i + 2].pos_ == "NOUN" and doc[token.i + 2].text.islower():
                    return Resolution(None, doc[token.i : token.i + 3].text, "name")  # "la Française des jeux"
            return Resolution(None, token.text, "name")
        # "a lancé la septuagénaire": an adjective under a determiner names someone too
        # (so does a role noun the tagger took for a participle: "a répété l'accusé")
        nominal = (
            (token.pos_ == "ADJ" or token.pos_ == "VERB" and lx.role_of(token.text) is not None)
            and token.text.islower()
            and any(c.dep_ == "det" for c in token.children)
        )
        if token.pos_ in ("PRON", "NOUN") or nominal or _common_noun(token) or is_kind_word_token(token):
            named = self._named_in(token)
            if named is not None:
                return named
            found = self._by_source(token)
            if found is not None:
                return found
            # "L'Association des …", "le ministère de l'Intérieur" (an organisation the NER
            # found): a proper name, unless it only says what a person is ("le Président")
            capitalised = token.text[:1].isupper() and not token.text.isupper()  # "Association", not "ONG"
            if (token.ent_type_ in ("ORG", "MISC") or capitalised) and not lx.role_of(token.text):
                return Resolution(None, self.organisation_name(token) or token.text, "name")
            for rule in (self._by_role, self._by_organisation_type, self._by_person_description):
                found = rule(token)
                if found is not None:
                    return found
            return Resolution(None, _phrase(token), "description")
        return Resolution(None, token.text, "name")  # the caller looks the name up

    def _topic_before(self, token: Token) -> Resolution:
        """ "La maire de Lille avait reconnu sa défaite. Celle qui avait reproché … a promis":
        "celui / celle qui" opening a sentence goes on about the subject of the one before, when
        that subject is one person of its gender; nobody otherwise (never a name "Celle")."""
        gender = "f" if token.lower_ == "celle" else "m"
        here = self.sentence_of[token.i]
        found: dict[int, Cluster] = {}
        if here > 0:
            for earlier in self.doc[self.sentence_start(here - 1) : self.sentence_start(here)]:
                if earlier.dep_ not in ("nsubj", "nsubj:pass") or not _main_clause(earlier):
                    continue
                if self.inside_quote(earlier.idx):
                    continue
                resolved = self.resolve(earlier) if earlier.pos_ in ("NOUN", "PROPN", "PRON") else None
                cluster = resolved.cluster if resolved is not None else None
                cluster = cluster or self.cluster_of(earlier)
                if cluster is not None and cluster.kind == "person" and cluster.gender in ("", gender):
                    found[id(cluster)] = cluster
        if len(found) == 1:
            return Resolution(next(iter(found.values())), token.text, "pronoun")
        return Resolution(None, token.text, "description")

    def _on_behalf(self, token: Token) -> Resolution:
        """ "Chez Renault, on se montre prudent", "« … », indique-t-on chez PSA", "Du côté de la
        direction, on se dit « … »", "Au Comité X, on parle de « … »": "on" speaks for the
        organisation its sentence places it in."""
        doc = self.doc
        sent = token.sent
        start = sent.start
        if doc[start].text == "," and start > 0:
            start = doc[start - 1].sent.start  # "Chez X | , on se dit": the parser cut at the comma
        for t in doc[start : sent.end]:
            if self.inside_quote(t.idx) or t.i + 1 >= len(doc):
                continue
            nxt = doc[t.i + 1]
            # "Au Comité logement Ville-Marie, on parle de …": a fronted place that is an organisation
            fronted = t.lower_ == "au" and t.i == start and nxt.ent_type_ == "ORG"
            if (
                (t.lower_ == "chez" or fronted)
                and nxt.ent_type_ in ("ORG", "MISC", "PER", "LOC")
                and nxt.text[:1].isupper()
            ):
                ent = entity_of(nxt)
                name = clean_name(ent) if ent is not None else ""
                if ent is not None and looks_like_name(name, organisation=True):
                    at = ent.start_char
                    cluster = self._known(ent, name, at) or self.index.new(name, "organisation", at)
                    if cluster.kind == "organisation":
                        return Resolution(cluster, token.text.lstrip("-"), "organisation")
            if t.lower_ == "côté" and t.i > 0 and doc[t.i - 1].lower_ == "du" and nxt.lower_ in OF_WORDS:
                head = next((w for w in doc[t.i + 2 : t.i + 6] if w.pos_ in ("NOUN", "PROPN")), None)
                found = self.resolve(head) if head is not None and head.lower_ != "on" else None
                if found is not None and found.cluster is not None and found.cluster.kind == "organisation":
                    return Resolution(found.cluster, token.text.lstrip("-"), "organisation")
        return Resolution(None, token.text, "description")

    def _named_in(self, token: Token) -> Optional[Resolution]:
        """ "le ministre Jean Dupont", "Jean Dupont, le ministre", "L'un des porte-parole …,
        Joe Martin,": a name apposed to the description is the speaker (a person before an
        organisation: "la procureure de la Cour …, Mme Bensouda")."""
        candidates = [
            c
            for c in token.children
            if c.dep_ in ("appos", "flat:name", "nmod", "flat")
            and (c.ent_type_ in ("PER", "ORG") or c.pos_ == "PROPN" and c.i == token.i + 1)
            and not self.inside_quote(c.idx)
        ]
        # the name right after the noun, however the parser attached it ("l'entraîneur-chef Bob Roy")
        doc = token.doc
        j = token.i + 1
        while j < len(doc) and (doc[j].text == "-" or doc[j - 1].text == "-" and not doc[j - 1].whitespace_):
            j += 1  # "entraîneur-chef", split by the tokenizer
        # "Le conseiller de l'opposition Mark Delaney": the name ends the noun phrase
        k = j
        while (
            k < len(doc)
            and k - j < (8 if any(t.lower_ == "et" for t in doc[j:k]) else 5)
            and doc[k].ent_type_ != "PER"
            # (an organisation's name too: "La conseillère de Vision Montréal Lucie Thibodeau")
            and (
                doc[k].pos_ in ("DET", "ADJ", "NOUN")
                or doc[k].lower_ in OF_WORDS
                or doc[k].ent_type_ in ("ORG", "MISC")
                # a gentilé the tagger took for a verb: "l'entraîneur lorientais Yannick Le Bihan"
                or doc[k].text.islower()
                and doc[k].lower_.endswith(_GENTILE_ENDINGS)
                # "l'astrophysicien et vulgarisateur Yann Ferrand": two titles
                or doc[k].lower_ == "et"
                and k + 1 < len(doc)
                # (or a second complement: "la ministre de la Santé et des Sports X")
                and (doc[k + 1].pos_ == "NOUN" or doc[k + 1].lower_ in OF_WORDS and j < k)
                # "le président malien par intérim X"
                or doc[k].lower_ == "par"
                and k + 1 < len(doc)
                and doc[k + 1].lower_ == "intérim"
            )
        ):
            k += 1
        # (not "l'habitant du quartier de X": a complement)
        if k < len(doc) and k > j and doc[k].ent_type_ == "PER" and doc[k].ent_iob_ == "B":
            crossed = any(t.lower_ in OF_WORDS for t in doc[j:k])
            # (not "un abonné du virage Mordelles": someone new, past a complement)
            if doc[k - 1].lower_ not in OF_WORDS and not (crossed and _new_referent(token)):
                j = k
        following = doc[j] if j < len(doc) else None
        if following is not None and following.ent_type_ == "PER" and following.ent_iob_ == "B":
            if following not in candidates and not self.inside_quote(following.idx):
                candidates.append(following)
        if lx.organisation_type_of(token.lemma_ or token.text) or lx.organisation_type_of(token.text):
            # "l'agence officielle IRNA", however the parser attached the name
            m = j
            while m < len(doc) and plain_adjective(doc[m]):
                m += 1
            set_off = m + 1 < len(doc) and doc[m].text == "," and doc[m + 1].ent_iob_ == "B"
            if set_off:
                m += 1  # "Le bailleur, Lorient Habitat, indique"
            ent = entity_of(doc[m]) if m < len(doc) and doc[m].ent_iob_ == "B" else None
            if set_off and ent is not None and (ent.end >= len(doc) or doc[ent.end].text != ","):
                ent = None  # not a name set off between commas
            # (not a name the NER cut short: "le collectif Éthique | sur l'étiquette")
            cut = ent is not None and ent.end < len(doc) and doc[ent.end].pos_ == "ADP"
            if ent is not None and (ent.label_ in ("ORG", "MISC") or set_off and ent.label_ == "LOC") and not cut:
                if doc[m] not in candidates and not self.inside_quote(doc[m].idx):
                    candidates.append(doc[m])
        # an apposition after a comma: "le porte-parole du ministère, Karim Saïdi, a déclaré"
        apposed = apposed_name(token)
        if apposed is not None:
            candidates.append(apposed)
        # a complement ("le successeur de X", "les analystes du groupe X") is not an apposition;
        # nor is a common word of the description's own entity ("président de la N-VA" tagged
        # as a person: its "-"), unlike the name in "ministre Jean Dupont" tagged whole
        own = entity_of(token)
        kind_noun = lx.organisation_type_of(token.lemma_ or token.text) or lx.organisation_type_of(token.text)
        candidates = [
            c
            for c in candidates
            if (c.dep_ != "nmod" or not any(g.dep_ == "case" for g in c.children))
            and (own is None or not own.start <= c.i < own.end or c.pos_ == "PROPN" and c.text[:1].isupper())
            # "Un porte-parole de l'International Rugby Board (IRB)": the acronym of the
            # complement's organisation, not the name of the one who speaks
            and not (
                kind_noun is None
                and c.ent_type_ in ("ORG", "MISC")
                and (in_complement(c) or _under_complement(c, token) or _new_referent(token))
            )
        ]  # ("un député UMP", "un délégué CGT": an unnamed member, not the party)
        if not candidates and token.dep_.startswith("nsubj"):
            # "Thomas, un étudiant de 22 ans venu …, a résumé": the name set off before it
            before = _name_before(token)
            if before is not None and not self.inside_quote(before.idx):
                candidates.append(before)
        if not candidates:
            return None
        candidates.sort(key=lambda c: (c.ent_type_ != "PER", c.i))
        target = candidates[0]
        ent = entity_of(target)
        name = clean_name(ent) if ent is not None else target.text
        if not looks_like_name(name, organisation=target.ent_type_ in ("ORG", "MISC")):
            return None
        cluster = self._known(ent, name, target.idx)
        return Resolution(cluster, name, "name") if cluster is not None else Resolution(None, name, "name")

    def _known(self, ent: Optional[Span], name: str, position: int) -> Optional[Cluster]:
        """The cluster of a named mention: the one the index placed at the entity, else the
        one its name stands for at `position`."""
        cluster = self.index.by_position.get(ent.start_char) if ent is not None else None
        return cluster or self.index.lookup(name, position)

    def _by_source(self, token: Token) -> Optional[Resolution]:
        """ "le rapport de l'Insee", "le communiqué du syndicat", "la direction de X": the
        organisation or person behind a written source or a representative."""
        key = fold(token.lemma_ or token.text)
        if key not in lx.MEDIA and key not in lx.REPRESENTATIVES:
            return None
        how = "medium" if key in lx.MEDIA else "representative"
        for child in token.children:
            if child.dep_ != "nmod" or self.inside_quote(child.idx):
                continue
            if child.ent_type_ in ("PER", "ORG", "MISC") or child.pos_ == "PROPN":
                ent = entity_of(child)
                name = clean_name(ent) if ent is not None else child.text
                cluster = self._known(ent, name, child.idx)
                # "la direction de X": whatever the NER called X, a place has no management
                place = child.ent_type_ == "LOC" and how == "representative"
                organisation = child.ent_type_ in ("ORG", "MISC") or place
                named = (organisation or child.ent_type_ == "PER") and looks_like_name(name, organisation)
                if cluster is None and named:
                    kind = "person" if child.ent_type_ == "PER" else "organisation"
                    cluster = self.index.new(name, kind, child.idx)  # "un rapport de la Ligue arabe"
                if cluster is not None and (cluster.kind == "organisation" or how == "medium" or organisation):
                    return Resolution(cluster, _phrase(token), how)
            if child.pos_ == "NOUN":
                # "du groupe X", "du syndicat", "de la Cour des comptes"
                found = self._named_in(child) or self._by_organisation_type(child)
                if found is None and how == "medium" and person_noun(child):
                    found = self._by_role(child)  # "un communiqué du chef de l'État": the president
                if found is None and how == "medium" and child.text[:1].isupper() and not lx.role_of(child.text):
                    # "un communiqué du Palais royal", "de la Maison Blanche": a capitalised common
                    # noun is the body's name, with its complements
                    name = self.organisation_name(child, any_noun=True)
                    if name is not None:
                        cluster = self.index.lookup(name, child.idx) or self.index.new(name, "organisation", child.idx)
                        return Resolution(cluster, _phrase(token), how)
                if found is not None and found.cluster is not None:
                    return Resolution(found.cluster, _phrase(token), how)
                if found is not None and found.how == "name" and looks_like_name(found.mention):
                    cluster = self.index.new(found.mention, "organisation", child.idx)
                    return Resolution(cluster, _phrase(token), how)
                if how == "representative" and lx.organisation_type_of(child.lemma_ or child.text) is not None:
                    earlier = self._same_source_before(token)
                    if earlier is not None:
                        return earlier  # "la direction du groupe" after "la direction de Continental"
        if how == "medium" and not any(c.dep_ == "nmod" for c in token.children):
            # "Le document souligne …" after "une étude de l'Insee": that source's author; else
            # ("Du côté du groupe, on affiche sa satisfaction. « … », indique un communiqué") a
            # statement nobody signs is the organisation the sentence before is about
            author = self._last_medium(token) if _definite(token) else None
            author = author or self._organisation_before(token)
            if author is not None:
                return Resolution(author, _phrase(token), how)
        return Resolution(None, _phrase(token), how) if how == "medium" else None

    def _same_source_before(self, token: Token) -> Optional[Resolution]:
        """ "la direction du groupe" after "la direction de Continental": the organisation the
        same representative noun was given by name in the last paragraphs."""
        here = self.sentence_of[token.i]
        for earlier in reversed(self.doc[max(0, token.i - 300) : token.i]):
            if here - self.sentence_of[earlier.i] > 6:
                break  # (the last paragraphs, not the whole article)
            if earlier.lemma_ != token.lemma_ or self.inside_quote(earlier.idx):
                continue
            if any(c.dep_ == "nmod" and c.pos_ == "PROPN" for c in earlier.children):
                found = self._by_source(earlier)
                if found is not None and found.cluster is not None:
                    return Resolution(found.cluster, _phrase(token), found.how)
        return None

    def _last_medium(self, token: Token) -> Optional[Cluster]:
        """ "Le document souligne …" after "une étude de l'Insee": the author of the written
        source named in the last sentences."""
        here = self.sentence_of[token.i]
        for earlier in reversed(self.doc[max(0, token.i - 150) : token.i]):
            if here - self.sentence_of[earlier.i] > 3:
                break
            if fold(earlier.lemma_ or earlier.text) in lx.MEDIA and not self.inside_quote(earlier.idx):
                if any(c.dep_ == "nmod" for c in earlier.children):
                    found = self._by_source(earlier)
                    if found is not None and found.cluster is not None:
                        return found.cluster
                # (a complement that names nobody, "un communiqué diffusé dans la matinée", leaves
                # the verb's subject)
                if earlier.dep_ in ("obl", "obl:mod", "obl:arg", "obj") and earlier.head.pos_ in ("VERB", "AUX"):
                    # "X l'a rejeté dans un communiqué. « … », affirme le texte": who issued it
                    author = self._author(earlier.head)
                    if author is not None:
                        return author
        return None

    def _organisation_before(self, token: Token) -> Optional[Cluster]:
        """The organisation that is the main subject of the sentence before the token's, in
        its paragraph ("Le ministère a réagi", "Chez X, on …"); None when that subject is
        anyone or anything else."""
        here = self.sentence_of[token.i]
        if here == 0 or self.paragraph_of[here - 1] != self.paragraph_of[here]:
            return None
        for earlier in reversed(self.doc[max(0, token.i - 120) : token.i]):
            sentence = self.sentence_of[earlier.i]
            if sentence < here - 1:
                return None
            if sentence == here or self.inside_quote(earlier.idx):
                continue
            if earlier.dep_ in ("nsubj", "nsubj:pass") and _main_clause(earlier):
                found = self.resolve(earlier)
                cluster = found.cluster if found.cluster is not None else self.cluster_of(earlier)
                return cluster if cluster is not None and cluster.kind == "organisation" else None
        return None

    def _author(self, verb: Token) -> Optional[Cluster]:
        """The named person or organisation that is the subject of `verb` ("la direction a fait
        savoir par un communiqué", "le ministère indique dans un communiqué")."""
        subject = subject_of(verb)
        if subject is None or self.inside_quote(subject.idx):
            return None
        ent = entity_of(subject)
        if ent is not None and ent.label_ in ("PER", "ORG", "MISC"):
            return self._known(ent, clean_name(ent), subject.idx)
        if subject.pos_ == "NOUN":
            found = self._named_in(subject) or self._by_source(subject) or self._by_organisation_type(subject)
            if found is not None:
                return found.cluster
        return self.cluster_of(subject)

    def _by_role(self, token: Token) -> Optional[Resolution]:
        """ "la juge" after "la juge Anne Roux", "le technicien" after "le sélectionneur Paul Roux":
        the person the article gave this role (or one of its synonyms), the most recent one
        when several share it; failing that, the only person of the article whose gender
        agrees, unless the noun describes a bystander ("un voisin", "le policier")."""
        key = role_key(token, fold(token.lemma_ or token.text))
        if key == "conseil" and _counsel(token):
            key = "avocat"  # "le conseil du policier", "son conseil": a lawyer, not a council
        if not lx.names_a_role(token.text, key):
            key = role_key(token, fold(token.text))
            if not lx.names_a_role(token.text, key):
                return None
        lexical = lx.PERSON_ROLES.get(fold(token.text), lx.PERSON_ROLES[key])
        gender = noun_gender(token, lexical)
        # "l'archéologue": an epicene noun after an elided article has only the tagger's guess
        guessed = not lexical and not noun_gender(token, lexical, epicene=True)
        phrase = _phrase(token)
        if "même" in phrase.lower().split():
            return Resolution(None, phrase, "description")  # "le même chercheur": the caller's last speaker
        if _new_referent(token):
            return Resolution(None, phrase, "description")  # "une autre habitante", "un élu": someone new
        if _plural(token):
            return Resolution(None, phrase, "description")  # "selon les experts": not one person
        if key in _AGE_NOUNS and _definite(token):
            aged = self._of_age(token, *_AGE_NOUNS[key])
            if aged is not None:
                return Resolution(aged, phrase, "role")
        if key in _SIBLINGS:
            sibling = self._sibling_of_family(token, key, gender)
            if sibling is not None:
                return Resolution(sibling, phrase, "role")
        if _possessive_relative(token):
            relative = self._relative_of(token, gender)
            if relative is not None:
                return Resolution(relative, phrase, "role")
        named_by_phrase = key not in (fold(token.lemma_ or token.text), fold(token.text))  # "premier ministre"
        own = {key} if named_by_phrase else {key, fold(token.text)} | _compound_roles(token)
        origin = next(iter(_nationalities(_phrase_tokens(token))), "")  # "le président argentin"
        for keys in (own, lx.ROLE_SYNONYMS.get(key, frozenset())):
            # ("l'ancien Premier ministre" is not the one whose government it is now)
            current = _CURRENT_ONLY if _former(token) else frozenset()
            holders = [(pos, c) for k in keys - current for pos, c in self.roles.get(k, []) if _from(c, origin)]
            before = [c for pos, c in sorted(holders, key=lambda pc: pc[0]) if pos < token.idx]
            chosen = [c for c in before if not gender or c.gender in ("", gender)]
            if not chosen and guessed and len({id(c) for c in before}) == 1:
                chosen = before  # the one holder of the role, whatever the tagger guessed
            if len({id(c) for c in chosen}) > 1:
                # several holders ("le député de la Marne" among four deputies): the one
                # mentioned last, not the one introduced last
                last = {id(m.cluster): m.token for m in self.mentions if m.token < token.i}
                chosen = sorted(chosen, key=lambda c: last.get(id(c), -1))
            hypernym = keys is not own and key in _GENERIC_ROLES and not _former(token)
            if chosen and (hypernym or not self._mentioned_lately(chosen[-1], token)):
                # (nor is a holder of a narrower office for a generic noun: "Le maire, X, a
                # défendu … Y, de l'opposition, a parlé d'une « … ». « … », a protesté l'élu")
                # a holder not seen lately is weaker evidence than a subject just before
                # ("Côté lorientais, X contestait le but. « … », a lâché l'entraîneur des Merlus")
                topic = self._last_subject(token, key, gender, any_role=hypernym)
                if topic is not None:
                    return Resolution(topic, phrase, "role")
            if chosen:
                return Resolution(chosen[-1], phrase, "role")
            after = [c for pos, c in sorted(holders, key=lambda pc: pc[0]) if pos > token.idx]
            after = [c for c in after if not gender or c.gender in ("", gender)]
            if after and self.sentence_of[token.i] <= 2:
                return Resolution(after[0], phrase, "role")  # an article opening on "le juge a …"
        if origin:
            # "le président brésilien X … son homologue argentin Y … le président argentin": the
            # one person of that nationality (not one the article gave another role: "le
            # président palestinien X" is not "le négociateur palestinien")
            synonyms = own | lx.ROLE_SYNONYMS.get(key, frozenset())
            natives = {
                id(m.cluster): m.cluster
                for m in self.mentions
                if m.token < token.i
                and origin in m.cluster.origins
                and (not gender or m.cluster.gender in ("", gender))
                and all(r.startswith(("demonym:", "relational:")) or r in synonyms for r in m.cluster.roles)
            }
            if len(natives) == 1:
                return Resolution(next(iter(natives.values())), phrase, "role")
        if key not in lx.BYSTANDERS:
            # a former office ("l'ancien Premier ministre") does not clash with the one the
            # article gave the person now ("X, le maire de Bordeaux")
            office = "" if _former(token) else key
            only = self._only_person(token, gender, office) or self._previous_subject(token, office, gender)
            # a nationality makes the role an office ("le président sud-coréen"): a guess by
            # gender or salience that does not know the person to be of that country holds
            # only within the paragraph ("… M. X a balayé ces accusations. « … », a déclaré le
            # chef de la diplomatie française"), not for a new one ("A Séoul, le président …")
            # (an office of a country is not held by someone the article gave another role:
            # "X, un employé de l'agence américaine" is not "le président américain")
            synonyms = own | lx.ROLE_SYNONYMS.get(key, frozenset())
            holds = only is not None and (
                not origin
                or key not in _OFFICES
                or all(r.startswith(("demonym:", "relational:")) or r in synonyms for r in only.roles)
            )
            if holds and _from(only, origin):
                if not origin or origin in only.origins or self._in_paragraph(only, token):
                    return Resolution(only, phrase, "role")
        elif key in lx.DEFENDANTS or key in lx.ANY_PERSON:
            # "X conteste les faits. « … », a martelé le prévenu": a trial's defendant is the
            # person the article is about, never guessed from gender alone; so is "le jeune
            # homme", "la vieille dame" (a new one would be "un homme")
            # (the one person the article says was tried, before whoever was the subject just before)
            topic = self._defendant(token, gender) if key in lx.DEFENDANTS else None
            topic = topic or self._previous_subject(token, key, gender)
            if topic is not None:
                return Resolution(topic, phrase, "role")
        return Resolution(None, phrase, "description")

    def _of_age(self, token: Token, low: int, high: int) -> Optional[Cluster]:
        """ "l'octogénaire" after "X, 86 ans": the one person named so far whose age the
        article gave within the noun's decade."""
        if self._ages is None:
            self._ages = []
            doc = self.doc
            for t in doc:
                if t.lower_ != "ans" or t.i < 3 or not doc[t.i - 1].like_num or self.inside_quote(t.idx):
                    continue  # (a name, then its age: never the article's first words)
                before = doc[t.i - 2]
                aged = before.text in (",", "(") or before.lower_ == "de" and doc[t.i - 3].lower_.startswith("âgé")
                if not aged or not doc[t.i - 1].text.isdigit():
                    continue
                # the person named last before the age, in the same sentence
                people = [
                    m
                    for m in self.mentions
                    if m.token < t.i
                    and m.cluster.kind == "person"
                    and self.sentence_of[m.token] == self.sentence_of[t.i]
                ]
                if people:
                    self._ages.append((t.i, int(doc[t.i - 1].text), people[-1].cluster))
        matching = {id(c): c for i, age, c in self._ages if i < token.i and low <= age <= high}
        return next(iter(matching.values())) if len(matching) == 1 else None

    def _defendant(self, token: Token, gender: str) -> Optional[Cluster]:
        """ "La cour d'assises a condamné X … « … », a dit l'accusé": the one person the article
        says was tried, sentenced, acquitted or prosecuted before."""
        if not _definite(token) or _plural(token):
            return None
        tried: dict[int, Cluster] = {}
        for verb, name in self._people_tried():
            if verb >= token.i or name.i >= token.i:
                continue
            ent = entity_of(name)
            cluster = self.index.by_position.get(ent.start_char) if ent is not None else None
            if cluster is not None and cluster.kind == "person" and (not gender or cluster.gender in ("", gender)):
                tried[id(cluster)] = cluster
        return next(iter(tried.values())) if len(tried) == 1 else None

    def _people_tried(self) -> list[tuple[int, Token]]:
        """(verb, name) for each verdict verb of the article and the name it is about: its object
        read from word order ("a condamné vendredi soir X", which the parser may hang on the day),
        or its passive subject ("X a été relaxé"). Read once per article."""
        if self._tried is None:
            doc = self.doc
            self._tried = []
            for verb in doc:
                if verb.lemma_.lower() not in _VERDICT_VERBS or self.inside_quote(verb.idx):
                    continue
                if any(c.dep_ == "aux:pass" for c in verb.children):
                    names = [c for c in verb.children if c.dep_ == "nsubj:pass" and c.ent_type_ == "PER"]
                else:
                    # the first name after the verb, past days and descriptions only
                    following = takewhile(
                        lambda t: t.pos_ in ("DET", "ADJ", "NOUN", "PROPN"), doc[verb.i + 1 : verb.i + 7]
                    )
                    names = [t for t in following if t.ent_type_ == "PER"][:1]
                self._tried += [(verb.i, name) for name in names]
        return self._tried

    def _previous_subject(self, token: Token, key: str, gender: str, depth: int = 0) -> Optional[Cluster]:
        """ "En face, Paul Roux savourait. « … », a souligné le technicien breton": a definite role
        noun the article gave nobody refers back to the person the last sentences are about.
        Walking back from the noun's sentence (at most two sentences before it), the first
        sentence naming someone of the noun's gender decides: its only such person, or, when it
        names several, the one subject of its main clause ("X a battu Y", "X a gagné, tandis
        que Y …": X). Nobody when an unnamed person description is the subject in between, or
        when that person was given another role."""
        if not _definite(token) or _plural(token):
            return None
        here = self.sentence_of[token.i]
        recent = [
            m
            for m in self._recent(token, 2)
            if m.cluster.kind == "person"
            and (not gender or m.cluster.gender in ("", gender))
            and (here - m.sentence <= 1 or m.subject)  # two sentences back: only a subject
            and not (m.token > 0 and self.doc[m.token - 1].lower_ in ("les", "des", "aux"))  # "Les Merlus"
        ]
        if not recent:
            return None
        sentence = max(m.sentence for m in recent)
        found = [m for m in recent if m.sentence == sentence]
        clusters = {id(m.cluster): m.cluster for m in found}
        if len(clusters) > 1:
            main = {id(m.cluster): m.cluster for m in found if m.subject and _main_clause(self.doc[m.token])}
            if len(main) != 1:
                return None
            subjects = [self.doc[m.token] for m in found if id(m.cluster) in main]
            if any(c.dep_ == "conj" and c.ent_type_ == "PER" for t in subjects for c in t.children):
                return None  # "X et Y ont parlé le même jour": either of them
            clusters = main
        cluster = next(iter(clusters.values()))
        last = max(m.token for m in found if m.cluster is cluster)
        described = self._described_subject(sentence)
        if described is not None and not any(m.subject for m in found if m.cluster is cluster):
            # "La Niçoise s'est inclinée face à la Russe X": the sentence is about the Niçoise,
            # who is whoever that description refers back to ("X attendait ce moment. Échappé
            # dès le pied du col, le grimpeur a résisté au Suisse Y. « … », a dit le Français")
            if depth or described.i >= token.i:
                return None
            return self._previous_subject(described, "", noun_gender(described, ""), depth=1)
        if self._unnamed_subject_between(last, token.i):
            return None  # "Joint par téléphone, l'aîné … a raconté le Lorientais": the aîné
        if _demonstrative(token) and self._someone_unnamed_between(last, token.i):
            return None  # "Selon une source proche du dossier, … a confié ce diplomate": the source
        if gender and cluster.gender and cluster.gender != gender:
            return None
        if _other_role(cluster, key):
            return None  # "le président Jean Roux … la juge a dit": someone else
        return cluster

    def _addressed(self, i: int) -> bool:
        """Whether the name at token `i` is where words went, not who spoke: "(AFP)" in a
        dateline, "a indiqué à l'AFP", "a déclaré au Monde"."""
        doc = self.doc
        before = doc[i - 1].lower_ if i > 0 else ""
        if before in ("(", "à", "au", "aux"):
            return True
        return before in ("l'", "l’", "la", "le") and i > 1 and doc[i - 2].lower_ == "à"

    def _relative_of(self, token: Token, gender: str) -> Optional[Cluster]:
        """ "Son mari enchaîne", "Son frère, lui, veut y croire": the one other person of the
        article who shares the family name of the person the last sentences are about."""
        seen: set[int] = set()
        possessors = [m.cluster for m in reversed(self._recent(token, 2))]
        start = token.sent.start
        if start > 0 and token.i - start <= 2:
            # "« … », explique l'aîné. Son frère, lui, …": the one the sentence before is about
            # (named or not) before whoever it names last
            doc = self.doc
            subjects = [
                t
                for t in doc[start - 1].sent
                if t.pos_ == "NOUN"
                and not self.inside_quote(t.idx)
                # (or the incise's subject, parsed as an object: "« … », explique l'aîné")
                and (t.dep_ == "nsubj" or t.dep_ == "obj" and _inverted_subject(t.i, doc))
            ]
            about = self.cluster_of(subjects[-1]) if len(subjects) == 1 else None
            if about is not None:
                possessors.insert(0, about)
        for possessor in possessors:
            family = possessor.family_name
            if family is None or id(possessor) in seen:
                continue
            seen.add(id(possessor))
            kin = [
                c
                for c in self.index.clusters
                if c is not possessor and c.family_name == family and (not gender or c.gender in ("", gender))
            ]
            if kin:
                return kin[0] if len(kin) == 1 else None
        return None

    def _sibling_of_family(self, token: Token, key: str, gender: str) -> Optional[Cluster]:
        """ "l'aîné des Karabatic" after "X Karabatic … son frère cadet Y Karabatic": of the
        people bearing that family name, the one not introduced as the other sibling."""
        family = next(
            (c for c in token.children if c.dep_ in ("nmod", "flat:name") and c.text[:1].isupper() and c.i > token.i),
            None,
        )
        if family is None or not any(a.lower_ in ("des", "de") for a in self.doc[token.i + 1 : family.i]):
            return None
        bearers = [
            c
            for c in self.index.clusters
            if c.kind == "person"
            and c.family_name == fold(family.text)
            and " " in c.name  # (not the bare family name of this very phrase)
            and c.last_before(token.idx) >= 0
            and (not gender or c.gender in ("", gender))
        ]
        elder = key.startswith("aine")
        others = _YOUNGER if elder else _ELDER
        # the words right before each bearer's first mention ("son frère cadet Y")
        text = doc_text(self.doc)
        left = []
        for cluster in bearers:
            at = min(cluster.positions)
            words = {fold(w) for w in re.findall(r"\w+", text[max(0, at - 25) : at])}
            if not words & others:
                left.append(cluster)
        return left[0] if len(left) == 1 else None

    def _recent(self, token: Token, sentences: int) -> list[Mention]:
        """The mentions before `token` in its sentence or the `sentences` before it."""
        here = self.sentence_of[token.i]
        return [m for m in self.mentions if m.token < token.i and here - m.sentence <= sentences]

    def _in_paragraph(self, cluster: Cluster, token: Token) -> bool:
        """Whether the cluster was mentioned earlier in the token's paragraph."""
        paragraph = self.paragraph_of[self.sentence_of[token.i]]
        return any(
            m.cluster is cluster and m.token < token.i and self.paragraph_of[m.sentence] == paragraph
            for m in self.mentions
        )

    def _mentioned_lately(self, cluster: Cluster, token: Token) -> bool:
        """Whether the cluster was mentioned in the noun's sentence or the two before it."""
        return any(m.cluster is cluster for m in self._recent(token, 2))

    def _last_subject(self, token: Token, key: str, gender: str, any_role: bool = False) -> Optional[Cluster]:
        """The one person subject of a main clause in the noun's sentence or the one before, of
        the noun's gender and given no other role, when there is exactly one."""
        if not _definite(token) or _plural(token):
            return None
        subjects = {
            id(m.cluster): m.cluster
            for m in self._recent(token, 1)
            if m.subject and m.cluster.kind == "person" and _main_clause(self.doc[m.token])
        }
        if not subjects:
            # no person is a subject there: the one named inside the subject ("L'opposition,
            # conduite par X, ne l'entend pas ainsi. « … », a lancé l'élu")
            subjects = {
                id(m.cluster): m.cluster
                for m in self._recent(token, 1)
                if m.cluster.kind == "person" and self._inside_subject(self.doc[m.token])
            }
        if len(subjects) != 1:
            return None
        cluster = next(iter(subjects.values()))
        if gender and cluster.gender != gender or cluster.roles and not any_role or _other_role(cluster, key):
            return None  # (a person the article gave a role of their own is someone else)
        synonyms = lx.ROLE_SYNONYMS.get(key, frozenset()) | {key}
        if any(r in _OFFICES and r not in synonyms for r in cluster.roles):
            return None  # ("la ministre" is not "la parlementaire")
        return cluster

    @staticmethod
    def _inside_subject(token: Token) -> bool:
        """Whether a word is part of a main clause's subject phrase (not the subject itself)."""
        return any(a.dep_.startswith("nsubj") and _main_clause(a) for a in token.ancestors)

    def _described_subject(self, sentence: int) -> Optional[Token]:
        """The definite person description subject of a sentence's main clause that the chains
        did not tie to anyone ("La Niçoise", "le capitaine"), if there is one."""
        for token in self.doc[self.sentence_start(sentence) :]:
            if self.sentence_of[token.i] != sentence:
                break
            if (
                token.dep_.startswith("nsubj")
                and _definite(token)
                and _main_clause(token)
                and (self.demonym(token) is not None or _common_noun(token) and person_noun(token))
                and apposed_name(token) is None  # "Son camarade, Modou Fall, …": named, not described
                and not self.inside_quote(token.idx)  # (nor "« Les professeurs ont raison »")
                and not any(m.token == token.i for m in self.mentions)  # (tied: last, it costs most)
            ):
                return token
        return None

    def sentence_start(self, sentence: int) -> int:
        return bisect.bisect_left(self.sentence_of, sentence)

    def demonym(self, token: Token) -> Optional[tuple[str, str]]:
        """ "le Français", "l'Américaine", "la Suissesse": a capitalised adjective of the
        lemmatizer after a definite article is a person described by where they come from.
        Returns (key, gender); "Le Parisien" at a sentence start, an organisation, is not one."""
        text = token.text
        if token.i == 0 or not text[:1].isupper() or text.isupper() or not self.adjectives:
            return None
        article = token.doc[token.i - 1].lower_
        if article not in SINGULAR_DEFINITE and article not in DEMONSTRATIVES:
            return None  # ("Ce Rennais de 44 ans": a demonstrative refers back as well)
        if token.doc[token.i - 1].text[:1].isupper() and token.ent_type_ == "ORG" and not lx.nationality_of(text):
            return None  # "Le Parisien", a newspaper; not "L'Iranien"
        low = text.lower()
        doc = token.doc
        if token.i + 1 < len(doc) and doc[token.i + 1].text == "-" or not low.endswith(_DEMONYM_SHAPES):
            return None  # "la Maison-Blanche", "le Monde": not a gentilé's shape
        ent = entity_of(token)
        if ent is not None and len(ent) > 1 and not (ent.start == token.i - 1 and ent.end == token.i + 1):
            return None  # part of a longer name (not "L'Iranien" tagged with its article)
        if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in OF_WORDS and doc[token.i + 2].pos_ == "NOUN":
            return None  # "la Française des jeux": a company's name
        forms = gentile_forms(low)
        # a gentilé the lexicon lacks ("le Chambérien", "le Lorientais"): by its ending
        if not any(form in self.adjectives for form, _ in forms) and low.endswith(_GENTILE_ENDINGS + ("and", "ande")):
            if token.ent_type_ not in ("PER", "ORG"):
                gender = "f" if article == "la" or low.endswith(("enne", "aise", "oise", "aine")) else "m"
                return "demonym:" + fold(low), gender
        for form, gender in forms:
            if form in self.adjectives and (gender or not low.endswith("e") or form == low):
                if article == "la":
                    gender = "f"
                elif article == "le":
                    gender = "m"
                elif not gender and not low.endswith("e"):
                    gender = "m"
                return "demonym:" + fold(form), gender
        return None

    def _by_demonym(self, token: Token, key: str, gender: str) -> Resolution:
        """ "a expliqué l'Argentin": the person the article called so ("l'Argentin Juan
        Martín del Potro"), else as for a role noun nobody was given; never a name of its own."""
        phrase = _phrase(token)
        holders = sorted(self.roles.get(key, []), key=lambda pc: pc[0])
        country = lx.CITY_NATIONALITIES.get(key.removeprefix("demonym:"))
        if not holders and country is not None:
            # "la Moscovite" after "la Russe X"
            holders = sorted(self.roles.get("demonym:" + country, []), key=lambda pc: pc[0])
        chosen = [c for pos, c in holders if pos < token.idx and (not gender or c.gender in ("", gender))]
        if chosen and not self._mentioned_lately(chosen[-1], token):
            # "Son homologue X a reconnu … « … », a déclaré l'Égyptien", the goalkeeper called
            # Egyptian paragraphs before: the subject just before is stronger evidence
            topic = self._last_subject(token, key, gender, any_role=True)  # (a nationality is no office)
            origin = lx.nationality_of(key.removeprefix("demonym:")) or ""
            if topic is not None and _from(topic, origin):
                return Resolution(topic, phrase, "role")
        if chosen:
            return Resolution(chosen[-1], phrase, "role")
        found = self._only_person(token, gender) or self._previous_subject(token, key, gender)
        if found is not None and not _from(found, lx.nationality_of(key.removeprefix("demonym:")) or ""):
            found = None  # "l'Argentin" is not "le président brésilien X"
        return Resolution(found, phrase, "role") if found is not None else Resolution(None, phrase, "description")

    def _organisation_of_place(self, token: Token) -> Optional[Cluster]:
        """ "Le club guichenais" after "l'Entente sportive de Guichen": the one organisation named
        before whose name holds the town the lower-case gentilé after the noun comes from."""
        gentile = next(
            (c for c in token.children if c.dep_ == "amod" and c.i == token.i + 1 and c.text.islower()),
            None,
        )
        if gentile is None or not gentile.lower_.endswith(_GENTILE_ENDINGS) or lx.nationality_of(gentile.text):
            return None
        stem = fold(gentile.text)
        ending = next((e for e in _FOLDED_ENDINGS if stem.endswith(e)), "")
        stem = stem[: len(stem) - len(ending)]
        if len(stem) < 4:
            return None
        found = {
            id(c): c
            for c in self.index.clusters
            if c.kind == "organisation"
            and c.last_before(token.idx) >= 0
            and any(
                w[:1].isupper() and len(w) >= 4 and fold(w).rstrip("se").startswith(stem[: max(4, len(stem) - 1)])
                for w in c.name.split()[1:]
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _unnamed_subject_between(self, start: int, end: int) -> bool:
        """Whether a clause between two tokens has a person description as its subject that
        the chains did not tie to anyone."""
        tied = {m.token for m in self.mentions}
        for token in self.doc[start + 1 : end]:
            if (
                token.dep_ in ("nsubj", "nsubj:pass")
                and _common_noun(token)
                and token.i not in tied
                and not self.inside_quote(token.idx)
                and (lx.role_of(token.text) or lx.role_of(token.lemma_))
            ):
                return True
        return False

    def _someone_unnamed_between(self, start: int, end: int) -> bool:
        """Whether narration between two tokens brings in an unnamed person with an indefinite
        article ("une source européenne", "un habitant"), whatever its function."""
        for token in self.doc[start + 1 : end]:
            if (
                _common_noun(token)
                and not self.inside_quote(token.idx)
                and any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in token.children)
                and (lx.names_a_role(token.text, key := fold(token.lemma_ or token.text)) or key in _INFORMANTS)
            ):
                return True
        return False

    def _only_person(self, token: Token, gender: str, key: str = "") -> Optional[Cluster]:
        """The one person named so far whose gender agrees with a definite description
        ("l'ancienne numéro un mondiale"), when every person's gender is known and the
        article gave them no other role ("le premier ministre" is not "le ministre X")."""
        if not gender or not _definite(token) or _demonstrative(token) or _plural(token):
            return None  # ("ce diplomate" points to the last sentences, not to anyone named)
        people = {id(m.cluster): m.cluster for m in self.mentions if m.token < token.i and m.cluster.kind == "person"}
        agreeing = [c for c in people.values() if c.gender == gender and not _other_role(c, key)]
        if len(agreeing) == 1 and all(c.gender for c in people.values()):
            return agreeing[0]
        return None

    def _by_person_description(self, token: Token) -> Optional[Resolution]:
        """A description the lexicons do not know, as the subject of a speech verb
        ("l'ancienne numéro un mondiale estime"): the only person it can agree with."""
        key = fold(token.lemma_ or token.text)
        if key in lx.MEDIA or key in lx.ORGANISATION_TYPES or key in lx.BYSTANDERS or token.pos_ != "NOUN":
            return None
        if not person_noun(token):
            return None  # "l'identité", "la réplique": not a person
        gender = noun_gender(token, "")
        holders = [c for pos, c in self.roles.get("noun:" + key, []) if pos < token.idx and c.gender in ("", gender)]
        if holders and _definite(token) and not _plural(token):
            return Resolution(holders[-1], _phrase(token), "role")  # "X, un pêcheur …" then "le pêcheur"
        only = self._only_person(token, gender) or self._previous_subject(token, "", gender)
        return Resolution(only, _phrase(token), "role") if only is not None else None

    def _by_organisation_type(self, token: Token) -> Optional[Resolution]:
        """ "le syndicat", "l'ONG", "le parti écologiste": the organisation the article called so,
        else the organisation mentioned last in the same or the previous sentences."""
        key = fold(token.lemma_ or token.text)
        if key not in lx.ORGANISATION_TYPES:
            key = fold(token.text)
            if key not in lx.ORGANISATION_TYPES:
                return None
        if not _definite(token):
            return Resolution(None, _phrase(token), "description")
        if key == "juridiction":
            # "la haute juridiction", "la juridiction financière": the court the article named last
            # (the highest one for "haute": "Cour de cassation", "Conseil d'État", "Cour suprême")
            courts = [
                (c.last_before(token.idx), c)
                for c in self.index.clusters
                if c.kind == "organisation" and fold(c.name).split()[0] in _COURTS and c.last_before(token.idx) >= 0
            ]
            if any(c.lower_ == "haute" for c in token.children):
                courts = [(at, c) for at, c in courts if _TOP_COURT.search(c.name)] or courts
            if courts:
                return Resolution(max(courts, key=lambda pc: pc[0])[1], _phrase(token), "organisation")
            return Resolution(None, _phrase(token), "description")
        if key == "ville":
            # "la ville de Montreuil" speaks through its council; "la ville" alone is a place
            name = self.organisation_name(token)
            return Resolution(None, name, "name") if name is not None else None
        # "l'ONG", "l'agence onusienne", "le parti écologiste": no complement naming another one
        # (a complement that describes it, "l'organisation militant pour les droits de l'Homme", is no name)
        # (nor does where it sits: "l'instance basée à Aigle")
        # (nor where it spoke: "la marine thaïlandaise sur sa page Facebook")
        bare = not any(
            c.dep_ in ("nmod", "acl")
            and not (c.dep_ == "nmod" and any(a.dep_ == "case" and a.lower_ in ("sur", "dans") for a in c.children))
            and any(
                t.ent_type_ and t.pos_ == "PROPN" and not self.inside_quote(t.idx)
                for t in c.subtree
                if c.dep_ == "nmod" or t.ent_type_ != "LOC"
            )
            or c.dep_ == "amod"
            and c.text[:1].isupper()
            for c in token.children
        )
        k = token.i + 1
        while (
            k < len(self.doc)
            and self.doc[k].pos_ == "ADJ"
            and self.doc[k].text.islower()
            and not self.doc[k].text[:1].isdigit()  # ("9e Art+": a name, whatever its tag)
        ):
            k += 1
        if k < len(self.doc) and (self.doc[k].text[:1].isupper() or self.doc[k].text[:1].isdigit()):
            bare = False  # "l'association organisatrice 9e Art+": a name follows
            apposed = self._apposed_name(token, k)
            if apposed is not None:
                return Resolution(None, apposed, "name")
        holders = [(pos, c) for pos, c in self.roles.get(key, []) if pos < token.idx]
        # "le ministère" after "le ministère de l'Intérieur": the name begins with the noun
        holders += [
            (c.last_before(token.idx), c)
            for c in self.index.clusters
            if c.kind == "organisation" and fold(c.name).split()[0] == key and c.last_before(token.idx) >= 0
        ]
        if any(c.dep_ == "nmod" and c.ent_type_ == "PER" for c in token.children):
            # "le parti de Bart Dupont": the party a person leads, not a name; the one the
            # article called a party, if there is one
            chosen = {id(c): c for _, c in holders}
            if len(chosen) == 1:
                return Resolution(next(iter(chosen.values())), _phrase(token), "organisation")
            return Resolution(None, _phrase(token), "description")
        if not bare and holders:
            # "la mission d'observation de l'OSCE" after "la mission … de l'Union européenne": a
            # complement that names an organisation makes the phrase a name of its own
            name = self.organisation_name(token)
            if name is not None and any(w[:1].isupper() for w in name.split()[1:]) and self.index.of(name) is None:
                return Resolution(None, name, "name")
        origin = next(iter(_nationalities(_phrase_tokens(token))), "")
        if origin:
            # "le ministère néerlandais des Finances" is not "le ministère allemand des Finances"
            holders = [
                (pos, c)
                for pos, c in holders
                if all(lx.nationality_of(w) in (None, origin) for w in c.name.split() if w.islower())
            ]
        if holders:
            return Resolution(max(holders, key=lambda pc: pc[0])[1], _phrase(token), "organisation")
        owner = self._named_owner(token)
        if owner is not None:
            return Resolution(None, owner, "name")
        # "la préfecture des Alpes-Maritimes", "le tribunal administratif de Rennes": named
        # by what follows, when no organisation of the article answers to the noun (a medium
        # is named by its title: "la chaîne de l'audiovisuel extérieur" only describes one)
        name = self.organisation_name(token)
        if name is not None and not lx.describes_only(name):
            return Resolution(None, name, "name")
        # "le parquet" after "Le parquet de Lorient a ouvert une enquête": the name given before
        if bare:
            for earlier in reversed(self.doc[max(0, token.i - 400) : token.i]):
                if earlier.lemma_ == token.lemma_ and not self.inside_quote(earlier.idx):
                    name = self.organisation_name(earlier) or _national_body(earlier)
                    if name is not None:
                        return Resolution(None, name, "name")
        placed = self._organisation_of_place(token)
        if placed is not None:
            return Resolution(placed, _phrase(token), "organisation")
        body = _national_body(token) if bare else None
        if body is not None:
            # "l'armée israélienne", "la présidence algérienne", "le parquet fédéral", named by no
            # earlier phrase: the state's own body speaks, not the organisation the last
            # sentences named ("le Hamas"); its kind noun and adjectives are its name
            return Resolution(None, body, "name")
        # a bare "l'ONG", "le syndicat": the one organisation named in the last sentences
        recent = {
            id(m.cluster): m.cluster
            for m in self._recent(token, 2)
            if m.cluster.kind == "organisation"
            and not self._addressed(m.token)
            # "la direction" is the employer's, not the union of "délégué CGT" just before
            and not (key == "direction" and self._union(m))
        }
        if bare and len(recent) > 1:
            # "Selon la compagnie" after "les pilotes d'Air France … la filiale Transavia": not
            # the one the article gave another kind, when another is left
            unlike = {k for k, c in recent.items() if c.roles & (_SUBORDINATE_KINDS - {key})}
            if 0 < len(unlike) < len(recent):
                recent = {k: c for k, c in recent.items() if k not in unlike}
        if bare and len(recent) == 1:
            return Resolution(next(iter(recent.values())), _phrase(token), "organisation")
        if bare and len(recent) > 1:
            # "RSF a qualifié … Le CPJ a lui aussi réagi : « … », indique l'organisation": the
            # one organisation that is a subject in the latest sentence naming any
            named = [m for m in self._recent(token, 2) if id(m.cluster) in recent]
            latest = max(m.sentence for m in named)
            subjects = {id(m.cluster): m.cluster for m in named if m.sentence == latest and m.subject}
            if not subjects:
                # "X, de l'équipe Y, a été contrôlé positif, a annoncé l'UCI": the one not named
                # inside a prepositional phrase
                subjects = {
                    id(m.cluster): m.cluster
                    for m in named
                    if m.sentence == latest and not _prepositional(self.doc[m.token])
                }
            if len(subjects) == 1:
                return Resolution(next(iter(subjects.values())), _phrase(token), "organisation")
        if bare and not recent and key in _COMPANY_KINDS:
            # "Le géant sud-coréen X a annoncé … « … », indique le groupe": the one organisation
            # the article has named, when no other kind was given to it
            named = {
                id(m.cluster): m.cluster
                for m in self.mentions
                if m.token < token.i and m.cluster.kind == "organisation" and not self._addressed(m.token)
            }
            if len(named) == 1:
                only = next(iter(named.values()))
                if not only.roles or only.roles & _COMPANY_KINDS:
                    return Resolution(only, _phrase(token), "organisation")
        if bare and not recent and key in _ANY_ORGANISATION:
            # "Selon la chambre de commerce et d'industrie du Doubs, … l'organisme consulaire
            # évoque …": the one organisation the last sentences named by its kind noun
            described = self._described_organisation(token)
            if described is not None:
                return Resolution(described, _phrase(token), "organisation")
        if (
            bare
            and key == "direction"
            and not any(not self._union(m) for m in self._recent(token, 2) if m.cluster.kind == "organisation")
        ):
            # "Selon la direction, …" in a labour dispute: the management of the one company
            # the article named (its kind noun said so: "le groupe X", "le sous-traitant X")
            companies = {
                id(m.cluster): m.cluster
                for m in self.mentions
                if m.token < token.i and m.cluster.kind == "organisation" and m.cluster.roles & _COMPANY_KINDS
            }
            if len(companies) == 1:
                return Resolution(next(iter(companies.values())), _phrase(token), "representative")
        return Resolution(None, _phrase(token), "description")

    def _apposed_name(self, token: Token, k: int) -> Optional[str]:
        """ "CGT" in "le syndicat CGT", "Éthique sur l'étiquette" in "le collectif Éthique sur
        l'étiquette a demandé", "9e Art+" in "l'association organisatrice 9e Art+, qui": the name
        an organisation's kind noun (and its adjectives) announces at token `k`. None when
        no name follows or it names a person or a place ("le gouvernement Ayrault")."""
        doc = self.doc
        first = doc[k]
        if self.inside_quote(first.idx) or first.ent_type_ in ("PER", "LOC") or first.is_punct:
            return None
        if not _definite(token) or _plural(token) or lx.role_of(first.text) or lx.is_kind_word(first.text):
            return None
        if first.pos_ == "PROPN" or first.text.isupper():
            # a proper name or an acronym: the entity it begins, else its run of capitalised words
            ent = entity_of(first)
            if ent is not None and ent.start == k and ent.label_ in ("ORG", "MISC"):
                return clean_name(ent) or None
            end = k + 1
            while end < len(doc) and end - k < 6 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            return doc[k:end].text
        # a name made of common words ("Sauvons la piscine", "9e Art+"): up to the verb or
        # the punctuation that ends the noun phrase
        end = k + 1
        while (
            end < len(doc)
            and end - k < 6
            and not doc[end].is_punct
            and doc[end].pos_ not in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")
            and not self.inside_quote(doc[end].idx)
        ):
            end += 1
        if end >= len(doc) or not (doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX", "PRON")):
            return None  # (a run that goes on is a sentence, not a name)
        while end - 1 > k and (doc[end - 1].pos_ in ("ADP", "DET") or doc[end - 1].lower_ in OF_WORDS):
            end -= 1
        return doc[k:end].text

    def _named_owner(self, token: Token) -> Optional[str]:
        """ "la direction du port" after "le Port autonome de Douala": the organisation the
        article named earlier by the complement's noun, capitalised, with its own complements."""
        complement = next(
            (c for c in token.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.text.islower()), None
        )
        if complement is None or lx.organisation_type_of(complement.text) is not None:
            return None  # ("la direction du groupe": the kind noun's own reading)
        for earlier in reversed(self.doc[max(0, token.i - 400) : token.i]):
            if earlier.lower_ != complement.lower_ or not earlier.text[:1].isupper():
                continue
            if not self.inside_quote(earlier.idx):
                name = self.organisation_name(earlier, any_noun=True)
                if name is not None and len(name.split()) >= 2 and looks_like_name(name, organisation=True):
                    return name
        return None

    def _union(self, mention: Mention) -> bool:
        """Whether a mention names a union: "délégué CGT", "le syndicat SUD", or one the
        article called a union."""
        if mention.cluster.roles & _UNION_KINDS or fold(mention.cluster.name).split()[0] in _UNION_KINDS:
            return True  # (or named so: "le Syndicat national des dockers")
        before = self.doc[mention.token - 1] if mention.token > 0 else None
        return before is not None and fold(before.lemma_ or before.text) in _UNION_KINDS | _UNION_MEMBERS

    def _described_organisation(self, token: Token) -> Optional[Cluster]:
        """The one organisation the two sentences before `token` name by a kind noun with its
        complements ("la chambre de commerce et d'industrie du Doubs"), as a cluster."""
        here = self.sentence_of[token.i]
        names: dict[str, int] = {}
        for earlier in self.doc[max(0, token.i - 120) : token.i]:
            if here - self.sentence_of[earlier.i] > 2:
                continue
            if earlier.pos_ != "NOUN" or not earlier.text.islower() or self.inside_quote(earlier.idx):
                continue
            name = self.organisation_name(earlier)
            if name is not None and not any(name in known or known in name for known in names):
                names[name] = earlier.i
        if len(names) != 1:
            return None
        name, at = next(iter(names.items()))
        position = self.doc[at].idx
        return self.index.lookup(name, position) or self.index.new(name, "organisation", position)


# -- small readings of the parse ------------------------------------------------------
def is_kind_word_token(token: Token) -> bool:
    # ("l'ONG" may be tagged X)
    return token.pos_ in ("PROPN", "NOUN", "X") and lx.is_kind_word(token.text)


def _in_table(token: Token, table: dict[str, str]) -> bool:
    if table is lx.PERSON_ROLES:
        word = token.text
        return lx.names_a_role(word, fold(token.lemma_ or word)) or lx.names_a_role(word, fold(word))
    return fold(token.lemma_ or token.text) in table or fold(token.text) in table


# endings of nouns of people ("talonneur", "locataire", "coordinatrice", "politologue", "élue")
_PERSON_ENDINGS = (
    "eur",
    "euse",
    "rice",
    "iste",
    "logue",
    "ien",
    "enne",
    "aire",
    "ier",
    "iere",
    "ant",
    "ante",
    "ent",
    "ente",
    "ee",
    "ard",
    "arde",
    "ain",
    "aine",
    "ais",
    "aise",
    "ois",
    "oise",
)
_GENTILE_ENDINGS = ("ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "éen", "éenne")
_FOLDED_ENDINGS = tuple(sorted({fold(e) for e in _GENTILE_ENDINGS}, key=len, reverse=True))  # longest first
# endings of the adjectives of nations and regions (français, allemande, grec, turque, belge, …)
_DEMONYM_SHAPES = _GENTILE_ENDINGS + ("an", "ane", "in", "ine", "ol", "ole", "and", "ande", "e", "ec", "urc", "ite")
_DEMONYM_SHAPES += ("ard", "arde", "on", "onne")  # (breton, bourguignon, wallon)

_UNION_KINDS = frozenset({"syndicat", "intersyndicale", "centrale", "confederation"})
_COMPANY_KINDS = frozenset(
    fold(w)
    for w in "groupe société entreprise compagnie constructeur firme sous-traitant fabricant équipementier "
    "enseigne opérateur laboratoire industriel chantier usine".split()
)
# Verbs whose object is the person on trial: "le tribunal a condamné X", "X a été relaxé".
_VERDICT_VERBS = frozenset("condamner juger rejuger acquitter relaxer poursuivre inculper écrouer".split())
_UNION_MEMBERS = frozenset({"delegue", "deleguee", "syndicaliste", "syndique", "militant", "militante"})

# Nouns whose complement is another person ("la mère de la victime, X", "l'avocat de l'accusé, Me X"):
# the name after them is theirs, not the complement's.
_HEADS_OF_PEOPLE = lx.RELATIVES | frozenset(fold(w) for w in "avocat avocate conseil défenseur".split())

# Nouns any holder of several offices may be called: the last subject before them is the likelier.
_GENERIC_ROLES = frozenset(fold(w) for w in "élu élue parlementaire".split())

# Offices one person rarely holds two of in an article: "le premier ministre" is not "le
# ministre Paul Roux", "la juge" not "la procureure Anne Roux". Other role nouns describe.
_OFFICES = frozenset(
    fold(w)
    for w in """ministre premier-ministre président présidente juge procureur procureure maire député députée
    sénateur sénatrice préfet préfète ambassadeur ambassadrice consul consule porte-parole avocat avocate
    entraîneur sélectionneur arbitre gouverneur chancelier chancelière roi reine pape commissaire secrétaire
    directeur directrice pdg capitaine""".split()
)

# the people of a trial who are not the one tried (not a judge's office: "un ancien magistrat,
# jugé pour corruption" is tried)
_OFFICERS_OF_COURT = frozenset(fold(w) for w in "avocat avocate défenseur défenseure".split())


_ORDINAL = re.compile(r"\d+(e|er|ère|re|ème|eme)$")

# Nouns of age and the ages they cover ("le septuagénaire": a man in his seventies).
_AGE_NOUNS = {
    "trentenaire": (30, 39),
    "quadragenaire": (40, 49),
    "quinquagenaire": (50, 59),
    "sexagenaire": (60, 69),
    "septuagenaire": (70, 79),
    "octogenaire": (80, 89),
    "nonagenaire": (90, 99),
    "centenaire": (100, 120),
}


# Verbs of winning and what is won: "X a reçu le prix Goncourt" makes X "le lauréat", "X a
# remporté l'étape" "le vainqueur".
_WIN_VERBS = frozenset(("recevoir", "remporter", "obtenir", "decrocher", "gagner", "rafler"))
_PRIZES = frozenset(
    fold(w)
    for w in "prix trophée récompense distinction médaille palme oscar césar ours lion étalon "
    "goncourt renaudot femina médicis nobel bayard".split()
)


def _won(ent: Span) -> tuple[str, ...]:
    """The roles a person's winning gives them, when the name is the subject of a verb of
    winning: ("laureat", "vainqueur") for a prize, ("vainqueur",) for anything else won."""
    root = ent.root
    if root.dep_ in ("appos", "flat:name", "nmod") and root.head.dep_ == "nsubj":
        root = root.head  # "La romancière X a reçu"
    verb = root.head
    if root.dep_ != "nsubj" or fold(verb.lemma_) not in _WIN_VERBS or verb.i < root.i:
        return ()
    objects = [c for c in verb.children if c.dep_ == "obj"]
    # (or hung on a word between: "a décroché jeudi la médaille", "jeudi" taken for its head)
    objects += [t for t in ent.doc[verb.i + 1 : verb.i + 5] if t.dep_ == "obj" and t.head.i > verb.i]
    if any(fold(o.lemma_ or o.text) == "medaille" for o in objects):
        return ("laureat", "vainqueur", "medaille", "medaillee")  # "a décroché la médaille": "la médaillée"
    if any(fold(o.lemma_ or o.text) in _PRIZES for o in objects):
        return ("laureat", "vainqueur")
    if objects and fold(verb.lemma_) in ("remporter", "gagner"):
        return ("vainqueur",)
    return ()


_MAKERS = ("auteur", "realisateur", "ecrivain", "romancier")


def _author_of_work(ent: Span) -> bool:
    """ "le film « Pégase », de X", "« Chanson douce » de Y": X made the work the article
    names by its title, so "le réalisateur", "l'auteur" or "la romancière" may be X."""
    doc = ent.doc
    k = ent.start - 1
    if k < 1 or doc[k].lower_ not in ("de", "d'", "d’"):
        return False
    k -= 1
    if doc[k].text == "," and k > 0:
        k -= 1
    return doc[k].text in ("»", "”", '"')


def _prepositional(token: Token) -> bool:
    """Whether a name sits in a prepositional phrase, directly ("de la BBC", "(UCI)") or as the
    name of a noun that does ("de l'équipe Montesol")."""
    if in_complement(token):
        return True
    for _ in range(3):
        if any(c.dep_ == "case" for c in token.children):
            return True
        if token.dep_ not in ("appos", "nmod", "flat:name") or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        token = token.head
    return False


# Groups named after whoever leads them: "le gouvernement de X"
_LED_GROUPS = {"gouvernement": "chef-du-gouvernement"}
_CURRENT_ONLY = frozenset(_LED_GROUPS.values())  # roles that say what someone is now


def _leader_of_group(ent: Span) -> Optional[str]:
    """The role a name gets as the complement of a group it leads ("le gouvernement fédéral de
    Charles X"), else None. (Not "les hommes de X": in a match report, either coach.)"""
    root = ent.root
    group = root.head
    if root.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in root.children):
        return None
    role = _LED_GROUPS.get(group.lower_)
    definite = ("le", "les", "du", "des", "au", "aux")  # ("du gouvernement": the article in the preposition)
    if role is None or not any(c.dep_ in ("det", "case") and c.lower_ in definite for c in group.children):
        return None
    return role


def _in_communication(noun: Token) -> bool:
    """ "directeur de la communication", "chargée de communication": who speaks for a body."""
    return any(c.dep_ == "nmod" and c.lower_ == "communication" and c.i - noun.i <= 3 for c in noun.children)


def _other_role(cluster: Cluster, key: str) -> bool:
    """Whether the article gave the person another office than `key` (nor a synonym of it)."""
    if key in lx.DEFENDANTS:
        return bool(cluster.roles & _OFFICERS_OF_COURT)  # "son défenseur, X" is not "l'accusé"
    if key not in _OFFICES:
        return False
    roles = {r for r in cluster.roles if r in _OFFICES}
    return bool(roles) and not roles & ({key} | lx.ROLE_SYNONYMS.get(key, frozenset()))


def _compound_roles(token: Token) -> set[str]:
    """The roles of a hyphenated compound the tokenizer cut ("député - maire"): each part."""
    doc = token.doc
    start = end = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        end += 2
    parts = {fold(doc[i].text) for i in range(start, end + 1, 2)}
    return {p for p in parts if lx.names_a_role(token.text, p)}


def role_key(noun: Token, key: str) -> str:
    """The role a noun names with its neighbours: "premier ministre", "chef de l'État"."""
    doc = noun.doc
    if key == "ministre" and noun.i > 0 and doc[noun.i - 1].lower_ in ("premier", "première"):
        return "premier-ministre"
    if key == "dame" and noun.i > 0 and fold(doc[noun.i - 1].lower_).endswith("premiere"):
        return "premiere-dame"  # ("l'ex-première dame": the president's wife, not "une dame")
    phrases = lx.ROLE_PHRASES.get(key)
    if phrases:
        after = fold(doc[noun.i + 1 : noun.i + 4].text).replace("’", "'").replace("' ", "'")
        for words, role in phrases:
            if after.startswith(words):
                return role
    return key


def _counsel(token: Token) -> bool:
    """Whether "conseil" is someone's lawyer: "son conseil", "le conseil du policier", "le
    conseil de Jean Dupont" (not "le conseil municipal", "le conseil de sécurité")."""
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in ("son", "sa", "leur"):
            return True
        if child.dep_ == "nmod" and any(g.dep_ == "case" for g in child.children):
            if child.ent_type_ == "PER" or child.pos_ == "NOUN" and person_noun(child):
                return True
            if fold(child.lemma_ or child.text) in lx.RELATIVES | {"famille"}:
                return True
    return False


def person_noun(token: Token) -> bool:
    """A noun that names a person by its ending or the role lexicon ("talonneur", "citoyenne")."""
    if lx.names_a_role(token.text, fold(token.lemma_ or token.text)):
        return True
    word = fold(token.text)
    if word.endswith(("eur", "eurs")) and noun_gender(token, "") == "f":
        return False  # "l'ampleur", "la valeur": a person's -eur noun is masculine ("la chercheuse")
    return word.endswith(_PERSON_ENDINGS)


def _common_noun(token: Token) -> bool:
    # "le président de la République", tagged as a name with the words after it
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.text.islower()


def _lawyer_title(ent: Span) -> bool:
    """Whether a name is written with the title of a lawyer: "Me Anne Roux", "Maître Roux"."""
    doc = ent.doc
    first = doc[ent.start]
    before = doc[ent.start - 1] if ent.start > 0 else None
    return first.text in ("Me", "Maître") and len(ent) > 1 or before is not None and before.text in ("Me", "Maître")


def quoted_title_after(token: Token) -> Optional[str]:
    """The capitalised words (up to six, no finite verb) in quotation marks right after a kind
    of organisation ("le comité « Nos villages d'abord »"), without the marks: its name."""
    doc = token.doc
    kinds = (lx.organisation_type_of(token.lemma_ or token.text), lx.organisation_type_of(token.text))
    if not token.text.islower() or kinds == (None, None):
        return None
    k = token.i + 1
    if k >= len(doc) or doc[k].text not in ("«", "“", '"'):
        return None
    close = next((t.i for t in doc[k + 1 : k + 8] if t.text in ("»", "”", '"')), None)
    if close is None or close == k + 1 or not doc[k + 1].text[:1].isupper():
        return None
    inner = doc[k + 1 : close]
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in inner):
        return None  # words somebody says, not a name
    return doc_text(doc)[inner.start_char : inner.end_char]


def _portfolio_after_state(doc: Doc, k: int) -> list[Token]:
    """ "aux Sports", "à l'Industrie", "au Commerce extérieur": the portfolio that ends the name
    of a "secrétariat d'État", a capitalised noun after "à"."""
    if k >= len(doc) or doc[k].lower_ not in ("à", "au", "aux"):
        return []
    j = k + 1
    if j < len(doc) and doc[k].lower_ == "à" and doc[j].lower_ in ("la", "l'", "l’"):
        j += 1
    if j >= len(doc) or not (doc[j].text[:1].isupper() and doc[j].is_alpha) or doc[j].ent_type_ == "PER":
        return []
    if j + 1 < len(doc) and doc[j + 1].pos_ == "ADJ" and doc[j + 1].text.islower():
        j += 1  # "au Commerce extérieur"
    return list(doc[k : j + 1])


def _title_word(token: Token) -> bool:
    """A word of the title before a name: "la capitaine", "l'épidémiologiste", "Me"."""
    return (
        token.pos_ in ("DET", "ADJ")
        or token.pos_ == "NOUN"
        and token.text[:1].islower()
        or _is_kind(token)
        or (token.text in ("Me", "Mme", "M.", "Dr"))
    )


def _is_kind(token: Token) -> bool:
    key = fold(token.lemma_ or token.text)
    return (
        lx.names_a_role(token.text, key)
        or key in lx.ORGANISATION_TYPES
        or lx.names_a_role(token.text, fold(token.text))
        or fold(token.text) in lx.ORGANISATION_TYPES
    )


def _is_subject(token: Token) -> bool:
    if token.dep_.startswith("nsubj"):
        return True
    head = token.head
    set_off = token.dep_ == "appos" or token.dep_ == "conj" and token.i > 0 and token.doc[token.i - 1].text == ","
    if set_off and head.dep_.startswith("obl") and any(c.dep_ == "case" for c in head.children):
        # "À l'énoncé de la peine, X, vêtu de gris, est resté impassible", "À ses côtés, X, de
        # la CFDT, s'est montré …": the parser hung the subject on the opening phrase of a verb
        # left without one
        verb = head.head
        if verb.pos_ in ("VERB", "AUX") and not any(c.dep_.startswith("nsubj") for c in verb.children):
            return token.i < verb.i
    if set_off and _after_fronted_participle(token):
        return True
    if set_off or head.dep_ == "appos":
        # "Le représentant spécial du secrétaire général des Nations unies, le Sud-Coréen X, a
        # dit": a name set off by commas after the subject's complements, whichever noun of
        # them the parse hung it on
        phrase = token
        while phrase.dep_ in ("appos", "flat:name") and phrase.head.dep_ == "appos" and phrase.head.i < phrase.i:
            phrase = phrase.head  # "le Sud-Coréen | X": the whole apposition
        left = min(t.i for t in phrase.subtree)
        top = phrase
        for _ in range(4):
            if top.dep_ not in ("appos", "nmod", "flat:name") or top.head.i == top.i:
                break
            top = top.head
        if left > 0 and token.doc[left - 1].text == "," and top.dep_.startswith("nsubj") and top.i < left:
            return True
    # "le ministre Jean Dupont a dit": the name hangs off a subject that describes it (not
    # "les exigences de Dupont", where it is a complement)
    if head.i == token.i or not head.dep_.startswith("nsubj"):
        return False
    if token.dep_ in ("appos", "flat:name", "flat"):
        return True
    if token.dep_ == "conj" and token.i > 0 and token.doc[token.i - 1].text == "," and lx.role_of(head.text):
        return True  # "Le ministre des Finances, Raymond Bachand, a dit", parsed as a coordination
    # a person's title only: "le gouvernement Rajoy" is not Rajoy speaking
    return (
        token.dep_ == "nmod"
        and lx.role_of(head.lemma_ or head.text) is not None
        and not any(c.dep_ == "case" for c in token.children)
    )


def _after_fronted_participle(token: Token) -> bool:
    """ "Éliminée dès le premier tour, X avait appelé à …": the sentence opens on a participle
    (the parse took it for the root, or hung it on the main verb) and the name after the comma,
    hung on the participle's phrase, is followed by its own finite verb."""
    doc = token.doc
    first = next((t for t in token.sent if not t.is_space), token)
    ent = entity_of(token)
    end = ent.end if ent is not None else token.i + 1
    if end >= len(doc) or first.pos_ != "VERB" or "Part" not in first.morph.get("VerbForm"):
        return False
    if first.dep_ not in ("ROOT", "advcl") or any(c.dep_.startswith("aux") for c in first.children):
        return False
    after = doc[end]
    return after.pos_ in ("AUX", "VERB") and "Fin" in after.morph.get("VerbForm")


def _inverted_subject(start: int, doc: Doc) -> bool:
    """Whether the name at token `start` follows the reporting verb of an incise
    ("« … », a déclaré le ministre Jean Dupont")."""
    i = start - 1
    while i >= 0 and (doc[i].pos_ in ("DET", "ADJ") or _is_kind(doc[i])):
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in _REPORTING or doc[i].pos_ not in ("VERB", "AUX", "NOUN"):
        return False
    i -= 1
    while i >= 0 and (doc[i].pos_ in ("AUX", "ADV") or doc[i].lower_ in ("s'", "s’", "se", "lui", "leur", "-t")):
        i -= 1
    return i >= 0 and (doc[i].text in ("»", "”", '"', ",") or doc[i].is_punct)


def source_of_opinion(start: int, doc: Doc) -> bool:
    """Whether the name at token `start` is the X of "selon X" or of a sentence-opening
    "Pour X," ("selon la porte-parole de l'hôpital, X"): the one whose view the sentence gives."""
    window = doc_text(doc)[max(0, doc[start].idx - 120) : doc[start].idx].lower()
    if "selon" not in window and "pour" not in window and "après" not in window:
        return False  # the walk below is only worth it when one of the words is there
    i = start - 1
    while i >= 0 and start - i <= 10:
        word = doc[i]
        if (
            word.lower_ in ("selon", "après")
            or word.lower_ == "pour"
            and (word.is_sent_start or doc[i - 1].text == ",")
        ):
            return True
        if word.pos_ in ("VERB", "AUX") or word.is_sent_start or word.text in (".", ";", ":", "«", "»"):
            return False
        i -= 1
    return False


def _main_clause(token: Token) -> bool:
    """Whether a subject belongs to its sentence's main clause (its verb is the root, or
    coordinated with it), not to a subordinate or relative clause."""
    verb = _governing_verb(token)
    # ("a fait savoir" parsed with "fait" a dependent of the root "savoir")
    return verb is not None and (verb.dep_ == "ROOT" or verb.dep_ in ("conj", "dep") and verb.head.dep_ == "ROOT")


def _governing_verb(token: Token) -> Optional[Token]:
    head = token
    for _ in range(3):
        if head.dep_.startswith("nsubj"):
            return head.head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of `doc.sents`, read from the sentence-start column: making
    every sentence Span and asking its character offsets walks its tokens."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START") or not len(doc):
        return [(sent.start, sent.end) for sent in doc.sents]  # as spaCy does it, errors included
    # spaCy's rule: a sentence starts at token 0 and wherever sent_start is 1
    cuts = (numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1) + 1).tolist()
    return list(zip([0, *cuts], [*cuts, len(doc)], strict=True))


_CHAIN_WORDS = set(_SUBJECT_PRONOUNS) | {"-" + p for p in _SUBJECT_PRONOUNS} | {"dernier", "dernière"}
_CHAIN_WORDS |= {"celui-ci", "celle-ci"}


_WATCHED = numpy.array(sorted(hash_string(w) for w in _CHAIN_WORDS | lx.PERSON_ROLE_LEMMAS), dtype=numpy.uint64)


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens the chain pass looks at (pronouns, "ce dernier", role nouns),
    read from arrays: building a Token for every word costs more than the whole pass."""
    rows = doc.to_array([LOWER, LEMMA])
    # a vectorised membership test against the sorted hashes (numpy.isin costs more on so few rows)
    hit = _WATCHED.take(_WATCHED.searchsorted(rows), mode="clip") == rows
    return numpy.flatnonzero(hit[:, 0] | hit[:, 1]).tolist()


def _latter(token: Token) -> bool:
    """ "ce dernier", "cette dernière" (as a noun phrase), "celui-ci", "celle-ci"."""
    if token.lower_ in ("celui-ci", "celle-ci"):
        return True
    doc = token.doc
    if token.lower_ in ("celui", "celle") and token.i + 2 < len(doc) and not token.whitespace_:
        # "Celui-ci," opening a sentence, cut by the tokenizer: "Celui | - | ci"
        return doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ == "ci"
    return (
        token.lower_ in ("dernier", "dernière")
        and token.i > 0
        and token.doc[token.i - 1].lower_ in ("ce", "cette")
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].pos_ not in ("NOUN", "PROPN"))
    )


def _is_subject_pronoun(token: Token) -> bool:
    if token.text.startswith("-"):
        return True  # "a-t-il dit"
    doc = token.doc
    if 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," and doc[token.i + 1].text == ",":
        return True  # "Rouvier, elle, s'envolera": the name's subject set off
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in _IMPERSONAL_NEXT:
        return False
    if impersonal(token):
        return False  # "il pourrait exister « … »"
    if nxt is not None and nxt.lower_ in ("s'", "s’") and token.i + 2 < len(token.doc):
        if token.doc[token.i + 2].lower_ in ("agit", "agissait", "agira"):
            return False
    return token.dep_.startswith("nsubj") or (nxt is not None and nxt.pos_ in ("VERB", "AUX", "PRON"))


_IMPERSONAL_LEMMAS = frozenset("exister falloir sembler paraître rester apparaître convenir suffire manquer".split())


def impersonal(pronoun: Token) -> bool:
    """ "il" subject of a verb used impersonally, also behind a modal ("il pourrait exister")."""
    verb = pronoun.head
    if pronoun.lower_ != "il":
        return False
    if verb.lemma_.lower() in _IMPERSONAL_LEMMAS:
        return True
    return verb.lemma_.lower() in ("pouvoir", "devoir", "aller") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _IMPERSONAL_LEMMAS for c in verb.children
    )


def _plural(token: Token) -> bool:
    """A plural noun phrase: its determiner says so ("le Français" is one person, whatever
    the tagger reads on the invariable noun)."""
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in ("le", "la", "l'", "l’", "un", "une", "ce", "cet", "cette"):
        return False
    return "Plur" in token.morph.get("Number")


# Kinds that say an organisation hangs on another: "la filiale X" is not "la compagnie".
_SUBORDINATE_KINDS = frozenset(fold(w) for w in "filiale sous-traitant".split())

_SIBLINGS = frozenset(fold(w) for w in "aîné aînée cadet cadette benjamin benjamine jumeau jumelle".split())
_COURTS = frozenset(fold(w) for w in "cour tribunal chambre conseil".split())
_TOP_COURT = re.compile(r"cassation|Conseil d['’]État|Conseil constitutionnel|[Ss]uprême", re.IGNORECASE)
_ELDER = frozenset(fold(w) for w in "aîné aînée".split())
_YOUNGER = frozenset(fold(w) for w in "cadet cadette benjamin benjamine".split())
_RELATED = lx.RELATIVES | _SIBLINGS  # ("son aîné" after "son frère X": the elder brother)


def _possessive_relative(token: Token) -> bool:
    """ "Son mari", "sa sœur": a family relation of whom the sentence is about."""
    key = fold(token.lemma_ or token.text)
    return (key in _RELATED or fold(token.text) in _RELATED) and any(c.lower_ in _POSSESSIVES for c in token.children)


def _under_complement(token: Token, head: Token) -> bool:
    """Whether the name holding `token` comes after `head` inside a complement: "Un porte-parole
    du voyagiste allemand TUI" (TUI names the tour operator, not the spokesperson)."""
    ent = entity_of(token)
    start = ent.start if ent is not None else token.i
    between = token.doc[head.i + 1 : start]
    return any(t.lower_ in OF_WORDS for t in between) and not any(t.text == "," for t in between)


def _possessive(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in token.children)


def _new_referent(token: Token) -> bool:
    """An indefinite description ("une habitante", "un conseiller") or "un autre …" brings in
    someone new: never the person the article gave that role."""
    if any(
        c.dep_ == "det" and c.lower_ in ("un", "une", "des") or c.lower_ in ("autre", "autres") for c in token.children
    ):
        return True
    # "le responsable d'une grande laiterie": the one of some organisation, not one named
    # (not "le fonctionnaire, toujours en poste dans un commissariat": where, not whose)
    return any(
        c.dep_ == "nmod"
        and any(g.dep_ == "det" and g.lower_ in ("un", "une") for g in c.children)
        and any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’") for g in c.children)
        for c in token.children
    )


def _definite(token: Token) -> bool:
    # "du groupe", "au ministre": the article contracted with the preposition
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.lower_ in ("du", "au", "aux") for c in token.children)


# Kind nouns that may stand for any kind of organisation ("l'organisme" for a chamber of commerce;
# "l'entreprise" is not a court's chamber)
_ANY_ORGANISATION = frozenset(fold(w) for w in "organisme organisation institution instance".split())

# "une source proche du dossier", "un proche de la famille": someone unnamed who informs
_INFORMANTS = frozenset(("source", "proche"))


def _former(token: Token) -> bool:
    """Whether a role noun names a past office: "l'ancien ministre", "l'ex-président"."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if before == "premier" and token.i > 1:
        before = doc[token.i - 2].lower_  # "l'ancien Premier ministre"
    return (
        before in _FORMER
        or token.lower_.startswith("ex-")
        or before == "-"
        and token.i > 1
        and doc[token.i - 2].lower_ == "ex"
    )


_FORMER = frozenset(("ancien", "ancienne", "ex", "ex-"))


def _demonstrative(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in token.children)


def _names_follow(token: Token) -> bool:
    # a person's name ("le ministre Jean Dupont"), not a complement ("de la République")
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.ent_type_ == "PER" and following.ent_iob_ == "B"


def _name_before(token: Token) -> Optional[Token]:
    """The first word of a person's name set off just before the indefinite description headed
    by `token`: "Thomas, un étudiant de 22 ans", "…, Marie Roux, une voisine"."""
    doc = token.doc
    d = token.i
    while d > 0 and doc[d - 1].pos_ in ("DET", "ADJ") and d > token.i - 3:
        d -= 1
    # (an indefinite one: "…, Catherine Morel, l'ancien maire avait contesté" is two people)
    if d == token.i or d < 2 or doc[d - 1].text != "," or doc[d].lower_ not in ("un", "une"):
        return None
    ent = entity_of(doc[d - 2])
    if ent is None or ent.label_ != "PER" or ent.end != d - 1:
        return None
    opening = ent.start == ent.sent.start or doc[ent.start - 1].text in (",", ":", "—", "–")
    return doc[ent.start] if opening else None


def apposed_name(token: Token) -> Optional[Token]:
    """The first word of a name set off by a comma right after the description headed by
    `token` ("le porte-parole du ministère, Karim Saïdi, a dit"), read from word order."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and i - token.i <= 20:
        word = doc[i]
        if word.text == ",":
            j = i + 1
            # ", la capitaine Marie Roux", ", l'épidémiologiste Anne Morvan", ", Me Paul Roux"
            while j < len(doc) and j - i <= 10 and doc[j].ent_type_ != "PER":
                word = doc[j]
                if word.text == "(":
                    # ", le député (UMP) de Meurthe-et-Moselle X": a party in parentheses
                    close = next((k for k in range(j + 1, min(j + 6, len(doc))) if doc[k].text == ")"), None)
                    if close is None:
                        break
                    j = close + 1
                    continue
                place = word.lower_ in OF_WORDS or word.ent_type_ == "LOC" or word.text == "-" and not word.whitespace_
                # ("le général à la retraite X", "le ministre en exercice X")
                place = place or word.lower_ in ("à", "en") and doc[j - 1].pos_ == "NOUN"
                # ("le ministre des Affaires étrangères X", "le ministre de l'Intérieur X")
                after_of = (
                    doc[j - 1].lower_ in OF_WORDS or doc[j - 1].lower_ in ("l'", "l’") and doc[j - 2].lower_ in OF_WORDS
                )
                place = place or after_of and word.text[:1].isupper() and word.ent_type_ != "PER"
                if not (_title_word(word) and j - i <= 6 or place and j > i + 1):
                    break
                j += 1
            nxt = doc[j] if j < len(doc) else None
            if nxt is not None and nxt.ent_type_ == "PER" and nxt.ent_iob_ == "B":
                ent = entity_of(nxt)
                closing = doc[ent.end] if ent is not None and ent.end < len(doc) else None
                if closing is not None and closing.pos_ in ("AUX", "VERB") and nxt.dep_.startswith("nsubj"):
                    return None  # "Selon la Commission, Nordvik a pratiqué": the next clause's subject
                return nxt
            return None
        # "L'un des porte-parole des équipes ayant participé à la recherche, Joe Martin,"
        # (a relative pronoun starts a clause; the tagger also calls "porte-parole" a pronoun)
        if word.text == "(":
            close = next((k for k in range(i + 1, min(i + 8, len(doc))) if doc[k].text == ")"), None)
            if close is not None:
                i = close + 1  # "le porte-parole de l'Autorité … (NDMA), X": the acronym aside
                continue
        hyphen = word.text == "-" and not doc[i - 1].whitespace_  # "le président-directeur général"
        if (
            word.pos_ in ("VERB", "AUX")
            and (word.i == token.head.i or word.head.i == token.head.i)
            and not (i + 1 < len(doc) and doc[i + 1].text == ",")  # ("Le président castrais, X" read as a verb)
        ):
            return None  # "Un blogueur devra verser … à l'ancien maire, X": the description's own verb
        if word.ent_type_ == "PER" and word.ent_iob_ == "B" and doc[i - 1].lower_ in OF_WORDS:
            ent = entity_of(word)  # "L'avocat de X, Me Y, a plaidé": X is a complement
            i = ent.end if ent is not None else i + 1
            continue
        if (
            word.ent_type_ == "PER"
            or word.is_punct
            and not hyphen
            or word.is_space
            or "Rel" in word.morph.get("PronType")
        ):
            return None
        i += 1
    return None


def _agrees(cluster: Cluster, kind: str, gender: str) -> bool:
    if kind == "group":
        return cluster.kind == "organisation"
    if cluster.kind == "organisation" and not cluster.gender:
        return False
    return not (gender and cluster.gender and cluster.gender != gender)


def noun_gender(noun: Token, lexical: str, epicene: bool = False) -> str:
    """The gender a person noun gives: the lexicon's, else its article or adjectives, else the
    tagger's guess — not for an epicene noun ("l'archéologue"), where that guess means nothing."""
    if lexical:
        return lexical
    for child in noun.children:
        # "l'ancienne numéro un": the adjective agrees with the person, not the noun
        if child.dep_ == "amod" and child.i < noun.i and child.morph.get("Gender"):
            return {"Masc": "m", "Fem": "f"}.get(child.morph.get("Gender")[0], "")
    for child in noun.children:
        if child.dep_ == "det":
            if child.lower_ in ("la", "une", "cette"):
                return "f"
            if child.lower_ in ("le", "un", "ce", "du", "au"):
                return "m"
    for child in noun.children:
        # "l'arrière québécois": after an elided article, the adjective says it, not the tagger's guess
        if child.dep_ == "amod" and child.i > noun.i and child.morph.get("Gender"):
            return {"Masc": "m", "Fem": "f"}.get(child.morph.get("Gender")[0], "")
    morph = noun.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get(morph[0], "") if morph and not epicene else ""


def _from(cluster: Cluster, origin: str) -> bool:
    """Whether a person may be of the nationality a description gives (unknown ones may)."""
    return not origin or not cluster.origins or origin in cluster.origins


# A country's own bodies, which an article may name by their kind and nationality alone.
_STATE_BODIES = frozenset(
    fold(w)
    for w in "armée marine gouvernement présidence police gendarmerie douane ministère junte régime exécutif "
    "parquet".split()
)
# Adjectives that make a state body's kind noun one body: "le parquet fédéral", "la police nationale".
_JURISDICTIONS = frozenset(
    fold(w)
    for w in "fédéral fédérale national nationale financier antiterroriste militaire municipal municipale".split()
)


def _national_body(token: Token) -> Optional[str]:
    """ "armée israélienne", "parquet fédéral": a state body's kind noun with only adjectives of
    nationality or jurisdiction after it, as its name (None for "le ministère syrien de la
    Défense", named by what follows, or "l'armée", a kind)."""
    doc = token.doc
    if fold(token.lemma_ or token.text) not in _STATE_BODIES or token.text != token.text.lower():
        return None  # (an agency or a newspaper is named: "l'agence officielle iranienne" is IRNA)
    if _plural(token) or not _definite(token):
        return None
    end = None
    k = token.i + 1
    while k < len(doc) and k - token.i <= 4 and (doc[k].text == "-" or doc[k].pos_ == "ADJ" and doc[k].is_lower):
        if lx.nationality_of(doc[k].text) is not None or fold(doc[k].text) in _JURISDICTIONS:
            end = k
        k += 1
    if end is None or end + 1 < len(doc) and (doc[end + 1].lower_ in OF_WORDS or doc[end + 1].ent_type_):
        return None
    return doc[token.i : end + 1].text


def _nationalities(tokens: Span | list[Token]) -> list[str]:
    """The nationalities named by the lower-case adjectives among `tokens` ("russe")."""
    found = []
    for t in tokens:
        if t.ent_type_:
            continue  # "l'Autorité palestinienne": part of a name
        if t.i > 0 and t.doc[t.i - 1].lower_ == "en":
            continue  # "a déclaré l'ancien champion en russe": a language
        origin = lx.nationality_of(t.text) if t.text.islower() and t.pos_ in ("ADJ", "NOUN") else None
        if origin is not None and origin not in found:
            found.append(origin)
    return found


def _phrase_tokens(token: Token) -> Span:
    """The tokens of `_phrase`."""
    doc = token.doc
    keep = [t for t in token.subtree if t.dep_ not in ("acl:relcl", "punct", "cc") and abs(t.i - token.i) <= 6]
    keep.append(token)  # the head itself, whatever the parser made of it
    left = min(t.i for t in keep)
    right = max(t.i for t in keep)
    # not across a comma: "le premier ministre, malgré cette division, a affirmé"
    for k in range(token.i - 1, left - 1, -1):
        if doc[k].text == ",":
            left = k + 1
            break
    for k in range(token.i + 1, right + 1):
        # nor into a quotation or a present participle's clause ("les investisseurs saluant « … »")
        if doc[k].text in (",", "«", "“", '"') or doc[k].head.i == token.i and present_participle(doc[k]):
            right = k - 1
            while right > token.i and doc[right].lower_ in ("en", "tout"):
                right -= 1  # ("un père de famille en quittant la salle": the gerund's "en" too)
            break
    return doc[left : right + 1]


def _phrase(token: Token) -> str:
    """The words of a description, without relative clauses: "la porte-parole du ministère"."""
    return _phrase_tokens(token).text
