"""One canonical entity per person or organisation in a document.

Mentions come from the NER. "Dupont" joins "Jean Dupont" (the fullest form the document
uses becomes the name), "V. Dupont" joins "Valérie Dupont", "HRW" joins "Human Rights Watch";
two different first names never join ("Paul Dupont" and "Marie Dupont" stay two people, and a
bare "Dupont" goes to whichever of them was mentioned last). Honorifics are dropped; a
misspelt mention within one edit of a known person's name joins that person when the caller
knows the context is a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from musk_openai.quotes.lexicon import HONORIFICS
from musk_openai.speakers.lexicon import (
    FEMININE_HONORIFICS,
    MASCULINE_HONORIFICS,
    PRESS_TITLE_WORDS,
    is_kind_word,
    nationality_of,
    organisation_type_of,
    role_of,
)
from musk_openai.speakers.names import (
    first_name_gender,
    initials_match,
    is_first_name,
    is_initial,
    may_be_given_name,
)
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
# what may open a family name of several words ("Le Guen", "De Smet")
_NAME_OPENERS = frozenset(_PARTICLES | _DETERMINERS)
# "M.Dupont", "Mme.Durand": an honorific glued to the name by careless copy.
_GLUED_HONORIFIC = re.compile(r"^(?:M|Mme|Mlle|Me|Dr|Pr|Mgr)\.(?=[A-ZÀ-Ý])")
# adjectives that describe an organisation without naming it: "le gouvernement précédent"
_PLAIN_ADJECTIVES = {
    fold(w)
    for w in """nouveau nouvelle nouvel nouveaux ancien ancienne actuel actuelle précédent précédente
    prochain prochaine dernier dernière premier première même seul seule grand grande petit petite
    autre autres local locale principal principale concerné concernée""".split()
}
_HYPHENATED_TAIL = re.compile(r"-[A-ZÀ-Ý][\w’']*")
_ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý&]{1,6}$")
# "(Insee)", "(HCR)", "(UIPP)": an acronym or short name in parentheses
_PARENTHESISED = re.compile(r"\(([A-ZÀ-Ý][A-Za-zÀ-ÿ&\-]{1,9})\)")
# "la N-VA (Nieuw-Vlaamse Alliantie)": an acronym, then its name spelt out in parentheses
_ACRONYM_THEN_NAME = re.compile(r"\b([A-ZÀ-Ý][A-ZÀ-Ý&\-]{1,7}) \(([A-ZÀ-Ý][^()\n]{3,80})\)")
_WORD = re.compile(r"\S+")
_ELIDED = re.compile(r"^[lLdD]['’]")
_CAPITALISED = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
# two capitalised words in a row, overlapping ("Jean Paul Roux" gives both pairs)
_NAME_PAIR = re.compile(rf"\b({_CAPITALISED}) (?=({_CAPITALISED})\b)")
# "Lise et André Benoît"; every match holds " et " and a capital, which the hint finds first
_COUPLE = re.compile(rf"\b({_CAPITALISED}) et ({_CAPITALISED}) ({_CAPITALISED})\b")
_COUPLE_HINT = re.compile(r" et [A-ZÀ-Ý]")
# "son fils Mathieu", "sa fille, Laure,", "Son fils aîné, Yassine": a relative by first name alone
_RELATIVE_BY_FIRST_NAME = re.compile(
    r"\b[Ss](?:on|a) (?:fils|fille|frère|sœur|soeur|petit-fils|petite-fille|neveu|nièce)"
    rf"(?: (?:aîné|aînée|cadet|cadette|benjamin|benjamine))?,? ({_CAPITALISED})\b(?![ -][A-ZÀ-Ý])"
)


# Adjectives that open a title tagged as a name: "Premier ministre grec", "Vice-président".
_TITLE_ADJECTIVES = frozenset(
    "premier premiere vice haut haute ancien ancienne nouveau nouvelle ex futur future".split()
)


@lru_cache(maxsize=65536)  # a pure test of the words, asked again for every mention of a name
def looks_like_name(name: str, organisation: bool = False) -> bool:
    """A proper name: capitalised words and particles ("Charles de Gaulle"); an organisation's
    name may also go on in lower case ("Force ouvrière", "Commission européenne")."""
    words = name.split()
    # a ministry lists its portfolios; a body of a named organisation carries that name whole
    # ("mission d'observation de l'Organisation pour la sécurité et la coopération en Europe")
    named_body = any(w[:1].isupper() for w in words[1:])
    longest = (16 if fold(words[0]) == "ministere" else 14 if named_body else 7) if words else 0
    if 2 <= len(words) <= longest and organisation_type_of(words[0]):
        # "ministère de l'Intérieur", "Cour des comptes", "tribunal administratif de Rennes"
        return not any(fold(w) in _PLAIN_ADJECTIVES for w in words[1:])
    numbered = organisation and len(words) > 1 and words[0][:1].isdigit() and words[1][:1].isupper()  # "9e Art+"
    if not words or len(words) > 6 or not any(c.isupper() for c in words[0]) and not numbered:
        return False
    if len(words) == 1 and is_kind_word(name):
        return False  # "ONG", "Président-candidat": a kind of speaker, not a name
    if organisation and len(words) >= 2 and fold(words[0]) in _TITLE_ADJECTIVES and role_of(words[1]) is not None:
        return False  # "Premier ministre grec": a title, not an organisation
    if organisation and 2 <= len(words) <= 5 and words[0][:1].isupper() and not is_kind_word(words[0]):
        return all(w[:1].isalpha() or w[:1].isdigit() or w == "&" for w in words[1:])  # "Procter & Gamble"
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


def _initials(name: str, particles: bool = False) -> str:
    """ "Human Rights Watch" -> "HRW", "Front de libération nationale" -> "FLN" ("FDLN" with
    `particles`: "Partij van de Arbeid" -> "PVDA")."""
    words = [w for w in re.split(r"[\s\-’']+", name) if w and (particles or w.lower() not in _PARTICLES)]
    return "".join(w[0] for w in words).upper()


def _capitalised_in(word: str, cluster: Cluster) -> bool:
    """Whether one of the cluster's names has `word` with a capital (or the word is all lower)."""
    if not word[:1].isupper():
        return True
    key = fold(word)
    return any(
        fold(part) == key and part[:1].isupper()
        for alias in cluster.aliases
        for w in alias.split()
        for part in {w, *w.split("-")}
    )


@dataclass
class Cluster:
    name: str
    kind: str  # person | organisation
    aliases: dict[str, int] = field(default_factory=dict)  # alias -> mentions
    positions: list[int] = field(default_factory=list)  # start offsets of mentions
    # folded words of every alias; "SUD" is part of "SUD-PTT"
    tokens: set[str] = field(default_factory=set)
    gender: str = ""  # "m", "f" or "" when unknown
    # role nouns and kinds of organisation the article gives it: "juge", "syndicat"
    roles: set[str] = field(default_factory=set)
    # nationalities the article gives a person: "argentin" for "le président argentin X"
    origins: set[str] = field(default_factory=set)

    def add(self, alias: str, position: int) -> None:
        self.aliases[alias] = self.aliases.get(alias, 0) + 1
        self.tokens.update(fold(p) for t in alias.split() for p in {t, *t.split("-")} if p)
        self.positions.append(position)
        # the fullest form wins: more words, then more characters; initials never win
        if (len(alias.split()), len(alias)) > (len(self.name.split()), len(self.name)) and not is_initial(
            alias.split()[0]
        ):
            self.name = alias

    @property
    def first_name(self) -> Optional[str]:
        """The first word of a person's full name ("jean-marc" in "Jean-Marc Ayrault")."""
        words = self.name.split()
        if self.kind != "person" or len(words) < 2 or is_initial(words[0]):
            return None
        return fold(words[0])

    @property
    def family_name(self) -> Optional[str]:
        """The last word of a person's full name ("ayrault"); None for a name of one word."""
        words = self.name.split()
        return fold(words[-1]) if self.kind == "person" and len(words) >= 2 else None

    def last_before(self, position: int) -> int:
        """Offset of the last mention before `position`, -1 if none."""
        best = -1
        for pos in self.positions:
            if pos >= position:
                break
            best = pos
        return best


# Nouns of places named after people: "avenue de Ségur", "stade Pierre-Mauroy", "lycée Victor-Hugo".
_PLACE_NOUNS = frozenset(
    "rue avenue boulevard place quai allée impasse cours square pont gare stade lycée collège école "
    "hôpital station aéroport port parc salle musée centre".split()
)


def _names_a_place(ent: Span) -> bool:
    """A person's name that names a street or a building, or a dateline in capitals
    ("SALABERRY-DE-VALLEYFIELD — Un blogueur …") the NER took for a person."""
    doc = ent.doc
    text = doc_text(doc)
    before = set(text[max(0, ent.start_char - 40) : ent.start_char].lower().replace("'", " ").replace("’", " ").split())
    i = ent.start - 1
    while before & _PLACE_NOUNS and i >= 0 and doc[i].lower_ in ("de", "du", "des", "d'", "d’", "la", "le", "l'", "l’"):
        i -= 1
    if before & _PLACE_NOUNS and i >= 0 and doc[i].lower_ in _PLACE_NOUNS:
        return True
    # "Roland-Garros", "le court Philippe-Chatrier": one hyphenated word whose second part is no
    # first name names a place after a person ("Jean-Marc" alone is a first name)
    words = ent.text.split()
    parts = words[0].split("-") if len(words) == 1 else []
    if len(parts) == 2 and all(p[:1].isupper() for p in parts) and first_name_gender(parts[1]) is None:
        return True
    if not ent.text.isupper():
        return False
    letters = [c for c in ent.text if c.isalpha()]
    return (
        bool(letters)
        and all(c.isupper() for c in letters)
        and text[ent.end_char : ent.end_char + 3].strip()[:1]
        in (
            "—",
            "–",
            "-",
            "(",
        )
    )


# endings of relational adjectives ("philippine", "européenne", "productif", "national")
_RELATIONAL = (
    "ique",
    "ien",
    "ienne",
    "in",
    "ine",
    "ais",
    "aise",
    "ois",
    "oise",
    "al",
    "ale",
    "el",
    "elle",
    "if",
    "ive",
)


def _kind(ent: Span) -> Optional[str]:
    """person, organisation or place: the NER's label, except for a person it mislabelled,
    given an honorific ("la Dre Nathalie Roy" tagged as a place) or run into a medium's name."""
    if ent.label_ != "PER" and len(ent) >= 2 and ent[0].lower_ in HONORIFICS and ent[1].text[:1].isupper():
        return "person"
    if _person_after_medium(ent) is not None:
        return "person"
    if ent.label_ == "LOC" and _organisation_kind_before(ent) is not None:
        return "organisation"  # "l'office public Toulouse Habitat", "la société Valmont"
    last = ent[-1]
    if ent.label_ == "PER" and len(ent) >= 2 and ent[0].text.islower() and last.is_alpha and last.text.isupper():
        return "organisation"  # "déléguée FO", "militant CGT": a role and its union's acronym
    return _LABELS.get(ent.label_)


_MEMBERS = frozenset({"membres", "militants", "combattants", "adhérents", "cadres", "dirigeants"})


def _has_members(ent: Span) -> bool:
    """ "les membres d'Ansar Eddine", "des militants de X": a name whose members are spoken of."""
    doc = ent.doc
    k = ent.start
    return k >= 2 and doc[k - 1].lower_ in ("de", "d'", "d’", "du") and doc[k - 2].lower_ in _MEMBERS


def _organisation_kind_before(ent: Span) -> Optional[Token]:
    """The organisation's kind noun a name follows directly, with its adjectives ("le bailleur
    Lorient Habitat", "l'office public X"), not through a preposition."""
    k = ent.start - 1
    while k >= 0 and plain_adjective(ent.doc[k]):
        k -= 1
    if k < 0 or ent.doc[k].pos_ != "NOUN" or not ent.doc[k].text.islower():
        return None
    # "le parti d'opposition X", "le syndicat de police X": the kind noun and its complement
    # (not "en direction du gardien X": a role noun right before the name is a person's)
    if k >= 2 and ent.doc[k - 1].lower_ in OF_WORDS and role_of(ent.doc[k].lemma_ or ent.doc[k].text) is None:
        kind = ent.doc[k - 2]
        if kind.pos_ == "NOUN" and kind.text.islower() and organisation_type_of(kind.text) is not None:
            return kind
    return ent.doc[k] if organisation_type_of(ent.doc[k].text) is not None else None


# Words that end a name read backwards from an acronym in parentheses.
_BEFORE_NAMES = frozenset("que qu qui dont a ont est sont par pour selon avec sur dans et tandis lorsque".split())


def _name_start(words: list[str]) -> Optional[int]:
    """Where a name spelled out before a parenthesised acronym starts when the acronym does not
    give its initial ("le Bureau de la coordination des affaires humanitaires de l'ONU (OCHA)"):
    the earliest capitalised word after a determiner, reading back to a word no name holds."""
    first = None
    for k in range(len(words) - 1, max(-1, len(words) - 14), -1):
        word = words[k]
        if any(p in word for p in ",;:.()«»") or word.lower() in _BEFORE_NAMES:
            break
        bare = _ELIDED.sub("", word)
        determined = bare != word or k > 0 and words[k - 1].lower() in ("le", "la", "les", "du", "des", "au", "aux")
        if bare[:1].isupper() and determined:
            first = k
    # an organisation's name says what it does in lower case ("de lutte contre les incendies");
    # capitalised words only are a person's name and affiliation: "le Britannique X Y (Sky)"
    if first is not None and not any(w[:1].islower() and len(w) > 3 for w in words[first + 1 :]):
        return None
    return first


# "de" and its forms: what links a name to its complement
OF_WORDS = frozenset(("de", "du", "des", "d'", "d’"))
# the singular definite article: "l'Argentin X", "le Français"
SINGULAR_DEFINITE = frozenset(("le", "la", "l'", "l’"))


def _described(ent: Span) -> bool:
    """A word after an article, or a nationality ("le Danois | Henrik Sørensen"): no given name."""
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    return before in SINGULAR_DEFINITE or before in ("les", "des") or nationality_of(ent.text) is not None


def repair_entities(doc: Doc, words: Container[str] = frozenset(), adjectives: Container[str] = frozenset()) -> None:
    """Entities the NER cut or mislabelled. "à l'agence Reuters Marites Villanueva" read as
    "Reuters Marites" (organisation) and "Villanueva" (place): an organisation ending on a first
    name right before another capitalised entity gives the first name back to a person. Two
    organisations side by side are one; a name set off after a person's title is a person even
    tagged as a place; a "person" right after an organisation's kind noun is that organisation;
    a "place" opening on a kind of organisation is one; one word tagged as a person after "une
    conférence à" is a place; a first name tagged alone is completed by the family name after
    it; a first name left out before a person's name belongs to it; an organisation ending on
    "de" takes the place after it; a first name and a family name the NER missed are a person.
    A single word tagged as a person that is a common word opening a sentence, a gentilé after
    its article or a demonstrative's description is no name at all (`words`, `adjectives`: the
    lemmatizer's common words and adjectives). Writes `doc.ents` (so every later reader agrees)."""
    ents = list(doc.ents)
    kept = [ent for ent in ents if not _not_a_name(ent, ents, words, adjectives)]
    changed = len(kept) < len(ents)
    ents = kept
    repaired: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ in ("ORG", "MISC")
            and len(ent) >= 2
            and nxt.start == ent.end
            and is_first_name(ent[-1].text)
            and not is_first_name(ent[-2].text)
            and nxt[0].text[:1].isupper()
            and not is_first_name(nxt[0].text)
        ):
            repaired.append(Span(doc, ent.start, ent.end - 1, label=ent.label_))
            repaired.append(Span(doc, ent.end - 1, nxt.end, label="PER"))
            changed = True
            k += 2
            continue
        if nxt is not None and _given_name_apart(ent, nxt):
            ents[k + 1] = Span(doc, ent.start, nxt.end, label="PER")
            changed = True
            k += 1
            continue
        if (
            nxt is not None
            and ent.label_ == "ORG"
            and nxt.start == ent.end
            and (ent[-1].lower_ in OF_WORDS or ent[-1].lower_ in ("l'", "l’") and len(ent) > 2)
        ):  # (or on "de l'": "Conseil de paix et de sécurité de l'" + "Union africaine")
            # "Fédération des enseignants urbains de" + "La Paz": the NER stopped on "de"
            ents[k + 1] = Span(doc, ent.start, nxt.end, label="ORG")
            changed = True
            k += 1
            continue
        if (
            nxt is not None
            and ent.label_ == nxt.label_ == "ORG"
            and nxt.start == ent.end
            and ent[-1].whitespace_ == " "
            and not ent[-1].is_punct
            and not nxt[0].is_punct
        ):
            # "PSA Peugeot Citroën" cut in two: one organisation
            ents[k + 1] = Span(doc, ent.start, nxt.end, label="ORG")
            changed = True
            k += 1
            continue
        repaired.append(ent)
        k += 1
    for n, ent in enumerate(repaired):
        previous = repaired[n - 1] if n else None
        relabelled = _relabelled(ent)
        person = (_person_after_medium(ent) or _person_after_acronym(ent)) if ent.label_ in ("ORG", "MISC") else None
        titled = _person_after_medium(ent) if ent.label_ == "PER" else None
        if titled is not None:
            # "au Miami Herald Ramón Saúl Sánchez": the title's last word left on the person
            repaired[n] = Span(doc, titled, ent.end, label="PER")
            changed = True
        elif person is not None:
            # "l'Agence France-Presse Karim Ben Slimane", "la radio Cooperativa Marcela Fuentes":
            # the medium, then the person (read next)
            repaired[n] = Span(doc, ent.start, person, label="ORG")
            repaired.insert(n + 1, Span(doc, person, ent.end, label="PER"))
            changed = True
        elif relabelled is not None:
            repaired[n] = relabelled
            changed = True
        elif _nationality_before_name(ent):
            repaired[n] = Span(doc, ent.start + 1, ent.end, label="PER")
            changed = True
        elif (start := _name_after_title(ent)) is not None:
            repaired[n] = Span(doc, start, ent.end, label="PER")  # "[Premier ministre] Hamadi Jebali"
            changed = True
        elif ent.label_ == "ORG" and (start := _organisation_cut_after_kind(ent, previous)):
            repaired[n] = Span(doc, start, ent.end, label="ORG")  # "le groupe Soleil | Habitat Services"
            changed = True
        elif ent.label_ == "ORG" and (end := _organisation_complement_end(ent, repaired[n + 1 :])) > ent.end:
            repaired[n] = Span(doc, ent.start, end, label="ORG")
            if n + 1 < len(repaired) and repaired[n + 1].start < end:
                del repaired[n + 1]  # "à | Cotonou": the place is now part of the name (the loop reads on)
            changed = True
        elif _first_name_left_out(ent, previous):
            repaired[n] = Span(doc, ent.start - 1, ent.end, label="PER")
            changed = True
        elif (end := _institution_end(ent, words, repaired[n + 1 :])) > ent.end:
            # "le Centre | cinématographique marocain", "s'interroge Sud | Ouest"
            label = "ORG" if doc[ent.end].is_lower else ent.label_
            repaired[n] = Span(doc, ent.start, end, label=label)
            changed = True
    missed = _missed_people(doc, repaired)
    if missed:
        repaired = sorted(repaired + missed, key=lambda span: span.start)
        for person in missed:
            n = repaired.index(person)
            if n and _given_name_apart(repaired[n - 1], person):
                # "Marites | Dela Cruz": the family name found only now
                repaired[n - 1 : n + 1] = [Span(doc, repaired[n - 1].start, person.end, label="PER")]
        changed = True
    # family names the article gives in full names: "Kodjo Amouzou" … "Akouvi | Amouzou"
    families = {ent[-1].text for ent in repaired if ent.label_ == "PER" and len(ent) >= 2 and ent[-1].is_alpha}
    for n, ent in enumerate(repaired):
        end = ent.end
        limit = repaired[n + 1].start if n + 1 < len(repaired) else len(doc)
        while ent.label_ == "PER" and end < limit and _last_name_left_out(doc[end], ent.start):
            end += 1  # "Aung San Suu | Kyi"
        if ent.label_ == "PER" and len(ent) == 1 and end < limit and doc[end].text in families and ent[0].whitespace_:
            end += 1
        if end > ent.end:
            repaired[n] = Span(doc, ent.start, end, label="PER")
            changed = True
    # a family name the article gave in full, alone where the NER missed it ("Englert, venu de
    # Bruxelles, s'est dit", tagged as an adverb)
    # (the candidates found on the array of word forms: walking every token costs too much)
    forms = doc.to_array(ORTH)
    wanted = [doc.vocab.strings[family] for family in families]
    found = numpy.flatnonzero(numpy.isin(forms, wanted)).tolist() if wanted else []
    covered = {i for ent in repaired for i in range(ent.start, ent.end)}
    alone = [
        Span(doc, t.i, t.i + 1, label="PER")
        for t in (doc[i] for i in found)
        if t.i not in covered
        and t.pos_ in ("PROPN", "NOUN", "ADV", "X")
        and any(ent.label_ == "PER" and len(ent) >= 2 and ent.end <= t.i and ent[-1].text == t.text for ent in repaired)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha)
    ]
    if alone:
        repaired = sorted(repaired + alone, key=lambda span: span.start)
        changed = True
    if changed:
        doc.ents = repaired


def _last_name_left_out(token: Token, start: int) -> bool:
    """A capitalised word the parse hangs as a name's part on a word of the name before it."""
    return token.dep_ == "flat:name" and start <= token.head.i < token.i and token.is_alpha and token.text[:1].isupper()


_PLACE_PREPOSITIONS = frozenset(("à", "en", "de", "d'", "d’"))


def _given_name_apart(ent: Span, nxt: Span) -> bool:
    """ "Lourdes | Arancibia": a first name that is also a place, tagged apart from the family
    name after it (not "à Florence Dupont": after a preposition, a place); "Anisur | Rahman
    Talukder": a given name the NER made a person of its own; "Marites | Dela Cruz": a family
    name that opens on a word also used as a first name."""
    return (
        ent.label_ in ("LOC", "MISC", "PER")
        and len(ent) == 1
        # ("Aung | San Suu Kyi", the rest taken for a place)
        and (nxt.label_ == "PER" or ent.label_ == "PER" and nxt.label_ == "LOC" and len(nxt) >= 2)
        and nxt.start == ent.end
        and (
            is_first_name(ent.text)
            and (
                not is_first_name(nxt[0].text)
                or ent.label_ == "MISC"
                and len(nxt) >= 2
                and nationality_of(ent.text) is None  # not "l'Argentin | Martín Esquivel"
                and (ent.start == 0 or ent.doc[ent.start - 1].pos_ != "DET")
            )
            or ent.label_ == "PER"
        )
        and (ent.label_ != "PER" or ent[0].whitespace_ and may_be_given_name(ent.text) and not _described(ent))
        # (after a preposition, a first name tagged as no person is a place: "à Florence")
        and (ent.label_ == "PER" or ent.start == 0 or ent.doc[ent.start - 1].lower_ not in _PLACE_PREPOSITIONS)
    )


# Kinds of organisation named after the person who leads them: "le gouvernement Ayrault",
# "l'administration Obama" keep their person.
_LED_BY = frozenset(
    "gouvernement cabinet regime administration presidence equipe majorite opposition camp clan".split()
)


def _organisation_named_as_person(ent: Span) -> bool:
    """ "la chaîne qatarie Al Jazeera", "la société Pierre Fabre", "le sous-traitant aéronautique
    Mécaprec": a name the NER tagged as a person or a miscellaneous name right after an
    organisation's kind noun is that organisation's name."""
    if ent.label_ not in ("PER", "MISC") or _person_after_medium(ent) is not None:
        return False
    kind = _organisation_kind_before(ent)
    if kind is not None and ent.label_ == "MISC" and fold(kind.text) in _OUTLETS:
        return False  # "interrogé par le quotidien Le Temps": where words appear, left as it is
    return kind is not None and fold(kind.text) not in _LED_BY


_OUTLETS = frozenset(
    fold(w) for w in "quotidien journal hebdomadaire mensuel magazine revue chaîne radio télévision site".split()
)


def plain_adjective(token: Token) -> bool:
    """A lower-case adjective (one of nationality may be tagged X: "la chaîne qatarie")."""
    return token.pos_ in ("ADJ", "X") and token.text.islower() and token.is_alpha


def _relabelled(ent: Span) -> Optional[Span]:
    """The entity repaired when one of the mislabellings below applies, else None."""
    for wrong, label, extend in _RELABELS:
        if wrong(ent):
            return Span(ent.doc, ent.start, ent.end + extend, label=label)
    return None


def _person_after_title(ent: Span) -> bool:
    """ "Le ministre nigérien de l'Agriculture, Issoufou Daouda Maïga, a reconnu": a name set
    off by a comma in apposition to a person's title, which the NER tagged as a place or a
    miscellaneous name (or as an organisation: two or three capitalised words, none a kind of
    organisation); one word only when it is a first name ("un habitant, Fouad, qui …"). The title
    may be the head of the complement the parser hung the name on ("le président de la
    commission, X") or the noun right before the comma ("une infirmière, X, décrit")."""
    doc = ent.doc
    if ent.label_ not in ("LOC", "MISC", "ORG") or ent.start < 2 or doc[ent.start - 1].text != ",":
        return False  # (the cheap tests first: every entity of every article comes here)
    head = ent.root.head
    if head.pos_ == "NOUN" and head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        # "le président de la commission, Chimed Gantulga": hung on the complement
        head = head if role_of(head.lemma_ or head.text) is not None else head.head
    organisation = ent.label_ == "ORG" and 2 <= len(ent) <= 3 and not any(organisation_type_of(t.text) for t in ent)
    # "une infirmière, Fatmata Sesay, décrit": right after the role noun, however the parse hung it
    after_role = doc[ent.start - 2].pos_ == "NOUN" and role_of(doc[ent.start - 2].text) is not None
    return (
        (ent.label_ in ("LOC", "MISC") or organisation)
        and (len(ent) >= 2 or is_first_name(ent.text))
        and all(t.text[:1].isupper() for t in ent)
        and (
            ent.root.dep_ == "appos"
            and head.pos_ == "NOUN"
            and role_of(head.lemma_ or head.text) is not None
            or after_role
        )
    )


def _body_tagged_as_place(ent: Span) -> bool:
    """ "L'Université Laval", "l'Assemblée nationale" tagged as places: a name that opens on a
    capitalised kind of organisation is a body."""
    first = ent[0].text
    return ent.label_ == "LOC" and len(ent) >= 2 and first[:1].isupper() and organisation_type_of(first) is not None


def _place_tagged_as_person(ent: Span) -> bool:
    """ "une conférence de presse à Ryad": one word tagged as a person after "à" that follows a
    noun (not a verb: "a dit à Dupont") is a place."""
    doc = ent.doc
    return (
        ent.label_ == "PER"
        and len(ent) == 1
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "à"
        and doc[ent.start - 2].pos_ == "NOUN"
    )


def _first_name_cut_off(ent: Span) -> bool:
    """A first name of the kept list tagged alone as a miscellaneous name, or as a place when
    no preposition or article leads to it ("La Défenseure du peuple, Lourdes | Arancibia"),
    followed by a capitalised word no entity holds: the NER cut a person's name."""
    doc = ent.doc
    if ent.label_ not in ("MISC", "LOC") or len(ent) != 1 or ent.end >= len(doc) or not is_first_name(ent.text):
        return False
    if ent.label_ == "LOC" and ent.start > 0 and doc[ent.start - 1].pos_ in ("ADP", "DET"):
        return False  # "à Lourdes Saint-Pierre", "la Florence Renaissance": a place
    family = doc[ent.end]
    return (
        not family.ent_type_
        and family.is_alpha
        and family.text[:1].isupper()
        and not family.text.isupper()
        and not is_first_name(family.text)
    )


_CAPITAL_PARTICLES = frozenset("Le La Du De Des Van Von Di Da Del Ben Ould Ag".split())


def _particle_cut_off(ent: Span) -> bool:
    """ "Sophie Le | Mentec": a person's name the NER ended on a capitalised particle, with the
    capitalised word that completes it left out of any entity."""
    doc = ent.doc
    if ent.label_ != "PER" or len(ent) < 2 or ent[-1].text not in _CAPITAL_PARTICLES or ent.end >= len(doc):
        return False
    family = doc[ent.end]
    return not family.ent_type_ and family.is_alpha and family.text[:1].isupper() and not family.text.isupper()


def _first_name_left_out(ent: Span, previous: Optional[Span]) -> bool:
    """ "le lieutenant-colonel Domingos | Cá Nhaga": a first name of the kept list right before
    a person's name, in no entity, is that person's."""
    if ent.label_ != "PER" or ent.start == 0 or (previous is not None and previous.end == ent.start):
        return False
    doc = ent.doc
    first = doc[ent.start - 1]
    # (not "le député de la Marne | Bernard Lestrade": a place, in a complement)
    lead = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start - 1]]
    if lead and (lead[-1] in OF_WORDS or lead[-1] in SINGULAR_DEFINITE and lead[:-1] and lead[-2] in OF_WORDS):
        return False
    return (
        bool(first.whitespace_)
        and not first.ent_type_
        and first.is_alpha
        and is_first_name(first.text)
        and may_be_given_name(first.text)  # not "Mais", "Quand" opening the sentence
        and nationality_of(first.text) is None  # not "Le Kényan | Daniel Rotich"
    )


DEMONSTRATIVES = frozenset(("ce", "cet", "cette", "ces"))


def _title_only(ent: Span) -> bool:
    """ "l'ancien [Premier ministre devant ses partisans]": a title and the words after it, with no
    name in them (only the first word capitalised)."""
    if len(ent) < 2:
        return False
    first = ent[0]
    premier = first.lower_ in ("premier", "première")
    # (the cheap tests first: every entity of every article comes here)
    if not first.text[:1].isupper() or not premier and role_of(first.text) is None:
        return False
    rest = [t for t in ent[1:] if not t.is_punct]
    if not rest or not all(t.text.islower() for t in rest):
        return False
    if premier:
        return role_of(ent[1].text) is not None  # "Premier ministre devant ses partisans"
    # a role and a determiner after it: "Ministre de la santé", not "Médecins sans frontières"
    # nor "Force ouvrière"
    return any(t.pos_ == "DET" for t in rest)


def _not_a_name(ent: Span, ents: list[Span], words: Container[str], adjectives: Container[str]) -> bool:
    """A "person" the NER made of a word that names nobody: "Assis sur le trottoir, X …",
    "Interrogé longuement par …" (a common word opening a sentence, that no other entity of the
    article contains), "le Normand se dit prêt" (a gentilé after its article: a description the
    chains read), "Ce Quaregnonnais" (a demonstrative's description)."""
    if _title_only(ent):
        return True
    if ent.label_ != "PER":
        return False
    doc = ent.doc
    first = ent[0]
    after = doc[ent.end] if ent.end < len(doc) else None
    if len(ent) == 1 and first.is_alpha and ent.start > 0 and doc[ent.start - 1].lower_ in SINGULAR_DEFINITE:
        # (not "le Danois Henrik Sørensen", a description with its name, nor "la Française des
        # jeux", a company)
        if after is not None and (after.text[:1].isupper() or after.lower_ in OF_WORDS):
            return False
        return any(form in adjectives for form, _ in gentile_forms(first.lower_))
    if first.lower_ in DEMONSTRATIVES:
        return True
    if (
        first.text.islower()
        and role_of(first.text) is not None
        and any(other.start == ent.end and other.label_ == "PER" for other in ents)
    ):
        return True  # "le [président de la République] [Nicolas Sarkozy]": the title, tagged apart
    if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].text in ("les", "des") and first.text.endswith("s"):
        return True  # "les Noëls", "des Bleus": a plural names nobody who speaks (not "les Kennedy")
    if len(ent) != 1 or is_first_name(first.text) or not first.is_alpha:
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    opening = before is None or first.is_sent_start or "\n" in before.text
    if not opening or not _common_word(first.lower_, words):
        return False
    key = fold(first.text)
    return not any(key in {fold(t.text) for t in other} for other in ents if other is not ent)


def gentile_forms(low: str) -> list[tuple[str, str]]:
    """The adjectives a lower-cased gentilé may be, with the gender its ending gives:
    "suissesse" → suisse, "italienne" → italien, "française" → français (all "f")."""
    forms = [(low, "")]
    if low.endswith("sse"):
        forms.append((low[:-3], "f"))
    if low.endswith("nne"):
        forms.append((low[:-2], "f"))
    if low.endswith("e"):
        forms.append((low[:-1], "f"))
    return forms


def _common_word(low: str, words: Container[str]) -> bool:
    """A word of the lexicon, as it stands, in the singular, or as a past participle ("interrogé")."""
    if low in words or low.removesuffix("s") in words:
        return True
    stem = re.sub(r"ée?s?$", "", low)
    return stem != low and stem + "er" in words


def _nationality_before_name(ent: Span) -> bool:
    """ "en battant l'Argentin Facundo Arrieta": the NER took the nationality the article puts
    before a name for part of it (and, with a first and a family name after it, may call the
    whole a place); the person's name starts after it."""
    doc = ent.doc
    return (
        (ent.label_ in ("PER", "MISC") and len(ent) >= 2 or ent.label_ == "LOC" and len(ent) >= 3)
        and ent.start > 0
        and doc[ent.start - 1].lower_ in SINGULAR_DEFINITE
        and ent[0].text[:1].isupper()
        and nationality_of(ent[0].text) is not None
        # (a headline's name may take the line break after it: "l'Argentin Martín Esquivel\n\n")
        and all(t.is_alpha and t.text[:1].isupper() or t.text == "-" or t.is_space for t in ent[1:])
    )


def _name_after_title(ent: Span) -> Optional[int]:
    """Where the person's name starts in a "name" the NER made of a title and the name after it
    ("Premier ministre Hamadi Jebali", tagged as a miscellaneous name): at the first name of the
    kept list that follows a role noun, with only capitalised words from there on."""
    # (an "organisation" opening on a lower-case role: "ministre de la Culture Christine Albanel")
    titled = ent.label_ == "ORG" and ent[0].text.islower() and role_of(ent[0].text) is not None
    if len(ent) < 3 or ent.label_ not in ("MISC", "LOC") and not titled and not _title_complement(ent):
        return None
    for j in range(1, len(ent) - 1):
        if ent[j - 1].text == "-" or not ent[j - 1].whitespace_:
            continue  # "Rivière-des-Mille-Îles": one compound name
        if is_first_name(ent[j].text) and any(t.is_alpha and role_of(t.text) is not None for t in ent[:j]):
            rest = [t for t in ent[j:] if not t.is_space]
            if all(t.is_alpha and t.text[:1].isupper() or t.text == "-" for t in rest):
                return ent.start + j
            return None
    return None


def _person_of_age(ent: Span) -> bool:
    """ "Normand Lachance, 58 ans, ne décolérait pas", "Kevin, un lycéen de 17 ans": a name of
    capitalised words (or a lone first name) the NER took for a place, given an age."""
    doc = ent.doc
    end = ent.end
    if ent.label_ not in ("LOC", "MISC") or end + 2 >= len(doc) or doc[end].text != ",":
        return False
    if not all(t.is_alpha and t.text[:1].isupper() or t.text == "-" for t in ent):
        return False
    if len(ent) == 1 and first_name_gender(ent.text) is None:
        return False
    age = end + 1
    if doc[age].lower_ in ("un", "une") and age + 4 < len(doc) and doc[age + 1].pos_ == "NOUN":
        if doc[age + 2].lower_ != "de":
            return False
        age += 3  # "un lycéen de 17 ans"
    elif len(ent) < 2 and (ent.start == 0 or doc[ent.start - 1].text != ","):
        return False  # (a lone first name only set off: "un étudiant, Adama, 23 ans,")
    return (
        age + 1 < len(doc)
        and doc[age].like_num
        and doc[age + 1].lower_ == "ans"
        # (not "23 ans de prison", "20 ans après", "dix ans plus tard")
        and (age + 2 >= len(doc) or doc[age + 2].lower_ not in OF_WORDS | {"après", "plus", "auparavant"})
    )


# Mislabellings repaired one entity at a time, the first that applies: (predicate, right label,
# words to take in after the entity — "Vasile" tagged alone takes "Ciobanu").
_RELABELS: tuple[tuple[Callable[[Span], bool], str, int], ...] = (
    (_person_after_title, "PER", 0),
    (_person_of_age, "PER", 0),
    (_organisation_named_as_person, "ORG", 0),
    (_body_tagged_as_place, "ORG", 0),
    (_place_tagged_as_person, "LOC", 0),
    (_first_name_cut_off, "PER", 1),
    (_particle_cut_off, "PER", 1),
)


def _missed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Des mots qui n'ont pas convaincu Richard Gauthier": a first name of the kept list
    followed by a capitalised word, both outside any entity, is a person the NER missed."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    n = len(doc)
    end = 0
    for i in _first_name_positions(doc):
        # a hyphenated first name the tokenizer cut ("Mei | - | Lin Zhou")
        j = i + 1
        while j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            j += 2
        if i < end or j >= n or any(k in taken for k in range(i, j + 1)):
            continue
        first, family = doc[i].text, doc[j].text
        before = doc[i - 1].text if i > 0 else ""
        if not (
            _alpha(first)
            and all(doc[k].text[:1].isupper() and doc[k].is_alpha for k in range(i + 2, j, 2))
            and _alpha(family)
            and family[:1].isupper()
            and not family.isupper()
            and not (before[:1].isupper() and _alpha(before) and i - 1 not in taken)
        ):
            continue
        end = j + 1
        particle = family in _CAPITAL_PARTICLES and end < n and end not in taken
        if particle and _alpha(doc[end].text) and doc[end].text[:1].isupper():
            end += 1  # "Sophie Le Mentec": the particle opens the family name
        while end < n and end not in taken and doc[end].text == "-" and end + 1 < n:
            end += 2  # a name still cut at its hyphens ("Dupont-de-Nemours": a lowercase part)
        found.append(Span(doc, i, end, label="PER"))
    return found


def _alpha(word: str) -> bool:
    # "Gilles-Éric", "Bélanger-Roy": the tokenizer keeps a double-barrelled name whole
    return word.isalpha() or "-" in word and word.replace("-", "").isalpha()


# orth id -> whether the word is a first name of the kept list (not "Ce", a demonstrative)
_FIRST_NAME_ORTHS: dict[int, bool] = {}


def _first_name_positions(doc: Doc) -> list[int]:
    """Where the doc's first names are, read from its words' ids: asking every word costs more
    than the whole repair."""
    if len(_FIRST_NAME_ORTHS) > 500_000:
        _FIRST_NAME_ORTHS.clear()  # a long corpus run: keep the memory bounded
    found = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        known = _FIRST_NAME_ORTHS.get(orth)
        if known is None:
            word = doc.vocab.strings[orth]
            known = _FIRST_NAME_ORTHS[orth] = is_first_name(word) and word.lower() not in DEMONSTRATIVES
        if known:
            found.append(i)
    return found


# diplomatic posts, named with their city: "l'ambassade de France à Cotonou"
POSTS = frozenset(fold(w) for w in "ambassade consulat".split())
_CONTRACTED_OF = frozenset(("du", "des", "aux"))
# what opens an organisation's complement ("le Haut Conseil | à l'intégration": "à" as well)
_COMPLEMENT_OPENERS = OF_WORDS | _CONTRACTED_OF | {"à"}


def _organisation_complement_end(ent: Span, following: list[Span]) -> int:
    """Where an organisation's name ends when the NER stopped before its lower-case complement
    ("le Haut-Commissariat des Nations unies | aux droits de l'homme", "le Fonds national suisse |
    de la recherche scientifique") or, for an embassy or a consulate, before its city
    ("l'ambassade de France | à Cotonou"); `ent.end` when it did not. The complement must hang on
    the name in the parse, and ends at the first word that is not a noun, an adjective or "de"."""
    doc = ent.doc
    end = ent.end
    if end + 1 < len(doc) and fold(ent[0].text) in POSTS and doc[end].lower_ in ("à", "au"):
        place = next((e for e in following if e.start == end + 1), None)
        return place.end if place is not None and place.label_ == "LOC" else end
    inside = {t.i for t in ent.root.subtree}
    k = end
    while k < len(doc) and k in inside:
        word = doc[k]
        if word.lower_ in _COMPLEMENT_OPENERS or word.lower_ in ("la", "le", "l'", "l’", "les"):
            if k == end and word.lower_ not in _COMPLEMENT_OPENERS:
                break
            k += 1
            continue
        if word.pos_ in ("NOUN", "ADJ") and word.text.islower() and word.is_alpha and k > end:
            k += 1
            continue
        break
    while k > end and (doc[k - 1].pos_ in ("ADP", "DET") or doc[k - 1].lower_ in OF_WORDS | _CONTRACTED_OF):
        k -= 1  # not ending on "de la"
    if k > end and not any(doc[i].pos_ == "NOUN" for i in range(end, k)):
        return end
    return k


def _institution_end(ent: Span, words: Container[str], following: list[Span]) -> int:
    """Where a one-word name ends when the NER kept only its first word: a capitalised common
    noun before the lower-case adjectives that make it an institution's name ("le Centre
    cinématographique marocain", "l'Office fédéral"), or a capitalised word before another one
    outside any entity ("Sud Ouest"); `ent.end` otherwise."""
    doc = ent.doc
    end = ent.end
    if following and following[0].start == end or end >= len(doc):
        return end
    word = doc[end]
    # "la Fondation du Montreux Jazz | Festival": an organisation's last capitalised word left out
    longer = len(ent) > 1 and ent.label_ in ("ORG", "MISC") and ent[-1].is_alpha and ent[-1].whitespace_
    if longer and word.is_alpha and word.text[:1].isupper() and word.pos_ in ("PROPN", "NOUN"):
        if not word.text.isupper() and not is_first_name(word.text):
            if end + 1 >= len(doc) or not doc[end + 1].text[:1].isupper():
                return end + 1
        return end
    if len(ent) != 1 or not ent[0].is_alpha or ent[0].is_sent_start or not ent[0].whitespace_:
        return end
    if word.is_alpha and word.text[:1].isupper() and not word.text.isupper() and word.pos_ in ("PROPN", "NOUN", "ADJ"):
        if not is_first_name(word.text) and (end + 1 >= len(doc) or not doc[end + 1].text[:1].isupper()):
            return end + 1
        return end
    if not _common_word(ent[0].lower_, words):
        return end  # "la Chine continentale": a place with an adjective is no institution
    if nationality_of(word.text) is not None:
        return end  # "le président du Conseil italien": an office of a country, not a body's name
    k = end
    while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower and doc[k].head.i == ent[0].i:
        k += 1
    return k


def _organisation_cut_after_kind(ent: Span, previous: Optional[Span]) -> Optional[int]:
    """Where an organisation's name starts when the NER left its first capitalised words out
    after the kind noun ("le groupe Soleil | Habitat Services"); None when it did not."""
    doc = ent.doc
    start = ent.start
    limit = previous.end if previous is not None else 0
    while start - 1 > limit and start > ent.start - 3:
        word = doc[start - 1]
        if not (word.is_alpha and word.text[:1].isupper() and not word.text.isupper()):
            break
        start -= 1
    if start == ent.start:
        return None
    return start if _organisation_kind_before(doc[start : ent.end]) is not None else None


def _person_after_medium(span: Span) -> Optional[int]:
    """ "a déclaré à l'agence Associated Press Rodrigo Fuenzalida": the NER ran a medium's
    name into the person's. The token where the person's name starts (a first name followed
    by family names only), when the span follows a lowercase kind noun ("l'agence", "la
    chaîne") and the words before it are not first names."""
    if len(span) < 3 or span.label_ not in ("PER", "ORG", "MISC"):
        return None
    if span.label_ == "PER":
        # "au Miami | Herald Ramón Saúl Sánchez", "au Boston Globe Carlos …": a newspaper title's
        # last word (its first ones capitalised before it), then a first name
        before = span.doc[span.start - 1] if span.start else None
        for k in range(len(span) - 2):
            if span[k].text in PRESS_TITLE_WORDS and is_first_name(span[k + 1].text):
                opened = k > 0 or (
                    before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start
                )
                if opened and all(t.text[:1].isupper() for t in span[:k]):
                    return span.start + k + 1
    if is_first_name(span[0].text):
        return None
    kind = span.doc[span.start - 1] if span.start else None
    after_kind = kind is not None and kind.text.islower() and organisation_type_of(kind.text) is not None
    # (or the kind noun opens the name: "à l'Agence France-Presse Karim Ben Slimane")
    after_kind = after_kind or span.label_ == "ORG" and organisation_type_of(span[0].lower_) is not None
    if not after_kind:
        if span.label_ == "PER":
            return None  # a person's name alone is left whole: "Anisur Rahman Talukder"
        # "a raconté à La Dépêche du Midi Amélie Vautrin": a first name the parse hangs on a
        # proper name before it (in apposition or as its complement), and family names to the end
        for t in span[2:]:
            if t.dep_ in ("appos", "nmod") and span.start <= t.head.i < t.i and is_first_name(t.text):
                tail = span[t.i - span.start + 1 :]
                if tail and all(w.text[:1].isupper() and w.is_alpha for w in tail) and t.nbor(-1).pos_ == "PROPN":
                    return t.i
        return None
    for k in range(len(span) - 2, 0, -1):
        if is_first_name(span[k].text) and span[k].text not in _NAME_PARTICLES:
            tail = span[k + 1 :]
            head = span[:k]
            family = all(
                t.text[:1].isupper() and t.is_alpha and (not is_first_name(t.text) or t.text in _NAME_PARTICLES)
                for t in tail
            )
            if family and all(t.text[:1].isupper() and (t.is_alpha or "-" in t.text) for t in head):
                return span[k].i
            break
    if span[0].text[:1].isupper():
        # the kind noun opens the name: the person is the first name whose family names the
        # parse hangs on it and that runs to the end ("Slimane" is a given name too)
        for t in span[1:]:
            flat = [c for c in t.children if c.dep_ == "flat:name"]
            if flat and is_first_name(t.text) and flat[-1].i == span.end - 1 and flat[0].i == t.i + 1:
                return t.i
    return None


def _person_after_acronym(span: Span) -> Optional[int]:
    """ "le secrétaire général de l'ONU Ban Ki-moon" tagged as one name: an acronym, then a
    person's name the parse sets in apposition to the role noun before the span. The token
    where the person's name starts."""
    first = span[0]
    if len(span) < 3 or not (first.is_upper and first.is_alpha and len(first) >= 2) or span.start == 0:
        return None
    name = span[1]
    if not (name.text[:1].isupper() and not name.is_upper and name.is_alpha and is_first_name(name.text)):
        return None  # (not "le président du SNPL Air France")
    role = name.head
    if name.dep_ != "appos" or role.i >= span.start or role_of(role.lemma_ or role.text) is None:
        return None
    return name.i


# capitalised words of family names that are also given names: "Karim Ben Slimane"
_NAME_PARTICLES = frozenset({"Ben", "Bin", "Ibn", "Abou", "Abu", "El", "Al", "Ould"})


def honorific_gender(span: Span) -> str:
    """ "f" for "Mme Dupont", "m" for "M. Dupont": the honorific opening the span or just before it."""
    doc = span.doc
    for token in (span[0] if len(span) else None, doc[span.start - 1] if span.start else None):
        if token is None:
            continue
        word, folded = token.lower_, fold(token.text)
        if word in MASCULINE_HONORIFICS or folded.startswith("m."):
            return "m"
        if word in FEMININE_HONORIFICS or folded.startswith("mme"):
            return "f"
    return ""


def clean_name(span: Span) -> str:
    """The name a span gives, without determiners, honorifics or trailing punctuation.
    A capitalised determiner inside a sentence belongs to the name ("le quotidien Le Figaro").
    Kept per document: the index, the speakers and the headlines ask it of the same entities."""
    known: dict[tuple[int, int, int], str] = span.doc.user_data.setdefault("musk_openai.names", {})
    key = (span.start, span.end, span.label)
    name = known.get(key)
    if name is None:
        name = known[key] = _clean_name(span)
    return name


def _title_complement(span: Span) -> bool:
    """Whether a span opens on a title that is the complement of a role before it: "Roi" in
    "le procureur du Roi Xavier Dupont" (the NER took it into the name)."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "du"
        and role_of(span[0].text) is not None
        and role_of(doc[span.start - 2].text) is not None
    )


def _titled(tokens: list[Token], label: str) -> bool:
    """ "Le Monde", "Les Amis de la Terre", "La Poste" opening a sentence: a capitalised article
    the NER took into an organisation's name belongs to it, unless a kind of organisation, a
    role or an acronym follows ("La Commission européenne", "La CGT")."""
    if label not in ("ORG", "MISC") or len(tokens) < 2 or tokens[0].lower_ not in ("le", "la", "les"):
        return False
    word = tokens[1].text
    return (
        tokens[0].text[:1].isupper()
        and word[:1].isupper()
        and not word.isupper()
        and organisation_type_of(word) is None
        and role_of(word) is None
    )


def _clean_name(span: Span) -> str:
    tokens = list(span)
    titled = _titled(tokens, span.label_)
    while (
        tokens
        and (
            tokens[0].lower_ in HONORIFICS
            or tokens[0].lower_ in _DETERMINERS
            and not titled
            and (tokens[0].text.islower() or tokens[0].is_sent_start or len(tokens) == 1)
            # "président Obama", "ministre Jean Dupont": the NER took the title in
            or len(tokens) > 1
            and tokens[0].text.islower()
            and (role_of(tokens[0].text) is not None or organisation_type_of(tokens[0].text) is not None)
            and tokens[1].text[:1].isupper()
        )
    ):
        tokens = tokens[1:]
    # (a name ending a headline or a paragraph: the NER may take the line break in)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ("'", "’") or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    person = _person_after_medium(span)
    if person is not None:
        tokens = [t for t in tokens if t.i >= person]
    doc = span.doc
    if fold(tokens[0].text) == "ministere":
        cut = next((n for n, t in enumerate(tokens) if t.text in (",", "et")), len(tokens))
        tokens = tokens[:cut] + portfolios(doc, tokens[cut - 1].i + 1)
    # "la Croix-Rouge philippine", "ministère du Redressement productif": a relational
    # adjective the NER left out of an organisation's name
    if span.label_ in ("ORG", "MISC"):
        k = tokens[-1].i + 1
        while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_:
            k += 2  # "Croix-Rouge", cut at the hyphen by the NER
        nxt = doc[k] if k < len(doc) else None
        if nxt is not None and nxt.pos_ == "ADJ" and nxt.text.islower() and nxt.text.endswith(_RELATIONAL):
            tokens.extend(doc[tokens[-1].i + 1 : k + 1])
    # "Crédit Mutuel CIC": an organisation's name goes on with an acronym the NER left out
    while span.label_ in ("ORG", "MISC") and tokens[-1].i + 1 < len(doc):
        nxt = doc[tokens[-1].i + 1]
        if nxt.ent_type_ or not (nxt.text.isupper() and nxt.is_alpha and len(nxt.text) >= 2):
            break
        tokens.append(nxt)
    text = doc_text(doc)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    # "Moody'" + "s": the tokenizer cuts a possessive 's off a name
    if text[end - 1 : end] in ("'", "’") and text[end : end + 1] == "s" and not text[end + 1 : end + 2].isalpha():
        end += 1
    elif text[end - 1 : end] in ("'", "’"):
        end -= 1
    # "Rami Abd al-Rahman" cut at the hyphen by the NER
    tail = _HYPHENATED_TAIL.match(text, end)
    if tail is not None:
        end = tail.end()
    name = text[start:end].split("\n")[0].strip()  # never across a line break
    glued = _GLUED_HONORIFIC.match(name)
    return name[glued.end() :] if glued else name


def portfolios(doc: Doc, k: int) -> list[Token]:
    """The rest of a ministry's name the NER cut at the first comma: "ministère de l'Énergie,
    des Mines, de l'Eau et de l'Environnement" — each portfolio a capitalised noun."""
    taken: list[Token] = []
    while k < len(doc) and doc[k].text in (",", "et"):
        last = doc[k].text == "et"
        j = k + 1
        if j < len(doc) and doc[j].lower_ in ("du", "des", "d'", "d’"):
            j += 1
        elif j < len(doc) and doc[j].lower_ == "de":
            j += 2 if j + 1 < len(doc) and doc[j + 1].lower_ in ("la", "l'", "l’") else 1
        else:
            break
        if j >= len(doc) or not (doc[j].text[:1].isupper() and doc[j].is_alpha) or doc[j].ent_type_ == "PER":
            break
        if j + 1 < len(doc) and doc[j + 1].pos_ == "ADJ" and doc[j + 1].text.islower():
            j += 1  # "et de l'Innovation productive"
        elif j + 2 < len(doc) and doc[j + 1].lower_ in ("du", "des") and doc[j + 2].pos_ == "NOUN":
            if doc[j + 2].text.islower():
                j += 2  # "et de l'Occupation du territoire"
        taken.extend(doc[k : j + 1])
        k = j + 1
        if last:
            break
    return taken


class EntityIndex:
    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._by_alias: dict[str, Cluster] = {}
        self.by_position: dict[int, Cluster] = {}  # mention start offset -> cluster

    # -- building -------------------------------------------------------------
    @classmethod
    def from_doc(cls, doc: Doc, ents: Optional[list[Span]] = None) -> EntityIndex:
        """`ents`: doc.ents when the caller has them (each access builds every Span again)."""
        index = cls()
        ents = list(doc.ents) if ents is None else ents
        mentions = [(ent, clean_name(ent), _kind(ent)) for ent in ents if ent.label_ in _LABELS]
        agentive = {fold(name) for ent, name, _ in mentions if ent.root.dep_.startswith("nsubj")}
        # Longest names first, so "Dupont" finds "Jean Dupont" whatever the order in the text;
        # then in text order, so a bare family name goes to the namesake mentioned last.
        ordered = sorted(mentions, key=lambda m: (-len(m[1].split()), m[0].start_char))
        for ent, name, kind in ordered:
            if not looks_like_name(name, organisation=ent.label_ in ("ORG", "MISC")):
                continue
            if ent.label_ == "PER" and _names_a_place(ent):
                continue
            # ("Mme Dupont" after Paul and Claire Dupont: only a bare family name needs the honorific)
            # (nor a family name opening on a particle: "Mme Le Guen", "M. De Smet")
            bare = " " not in name or fold(name.split()[0]) in _NAME_OPENERS
            gender = honorific_gender(ent) if ent.label_ == "PER" and bare else ""
            cluster = index.lookup(name, ent.start_char, gender=gender)
            if kind == "place" and cluster is not None and cluster.kind == "organisation" and index.of(name) is None:
                continue  # "au Cameroun" is not "le Syndicat national des dockers du Cameroun"
            if cluster is None and ent.label_ == "PER":
                cluster = index.person_like(name)  # "Lacomb" tagged as a person: "Lacombe"
            if cluster is None:
                if kind == "place":
                    continue
                if ent.label_ == "MISC" and fold(name) not in agentive:
                    continue  # a MISC name is an organisation only if it acts somewhere
                cluster = Cluster(name, kind or "organisation")
                index.clusters.append(cluster)
            index._attach(cluster, name, ent.start_char)
        # "les membres d'Ansar Eddine" (tagged as a person elsewhere): a group has members
        for ent, _, _ in mentions:
            if ent.label_ == "PER" and _has_members(ent):
                cluster = index.by_position.get(ent.start_char)
                if cluster is not None and cluster.kind == "person":
                    cluster.kind = "organisation"
        index._merge_acronyms()
        index._spell_out_acronyms(doc_text(doc))
        index._spell_out_after_acronyms(doc_text(doc))
        index._complete_family_names(doc_text(doc))
        index._name_children(doc_text(doc))
        index._split_couples(doc_text(doc))
        for cluster in index.clusters:
            cluster.positions.sort()
        return index

    def _attach(self, cluster: Cluster, alias: str, position: int) -> None:
        cluster.add(alias, position)
        self.by_position[position] = cluster
        key = fold(alias)
        known = self._by_alias.get(key)
        if known is None or known is cluster:
            self._by_alias[key] = cluster
        elif len(alias.split()) == 1:
            self._by_alias.pop(key)  # a family name two people share: resolved by position

    def _merge_acronyms(self) -> None:
        """ "Human Rights Watch" … "HRW": one organisation under its full name."""
        for short in list(self.clusters):
            if short.kind != "organisation" or not _ACRONYM.match(short.name):
                continue
            full = [c for c in self.clusters if c is not short and len(c.name.split()) >= 2]
            found = [c for c in full if _initials(c.name) == short.name]
            if len(found) == 1:
                self.merge(short, found[0])

    def _spell_out_acronyms(self, text: str) -> None:
        """ "l'Institut national de la statistique et des études économiques (Insee)": the
        organisation goes under the name the article spells out before the acronym in
        parentheses, even when the name is not made of its initials or was not tagged."""
        for match in _PARENTHESISED.finditer(text):
            short = match.group(1)
            words = _WORD.findall(text[max(0, match.start() - 160) : match.start()])
            if not words or any(p in words[-1] for p in ",;:."):
                continue
            first = None
            for k in range(len(words) - 1, max(-1, len(words) - 14), -1):
                word = _ELIDED.sub("", words[k])  # "l'Union" -> "Union"
                if any(p in word for p in ",;:.()«»"):
                    break
                if word[:1].isupper() and word[:1] == short[:1].upper():
                    # a capitalised article opening the sentence is not the initial when the
                    # word after it gives it ("La Ligue de football professionnel (LFP)"; not
                    # "Les Républicains (LR)")
                    after = words[k + 1][:1] if k + 1 < len(words) else ""
                    if word.lower() in ("le", "la", "les") and after == word[:1]:
                        continue
                    first = k
            if first is None or len(words) - first < 2:
                first = _name_start(words)  # an acronym of another language: "… de l'ONU (OCHA)"
            if first is None or len(words) - first < 2:
                continue
            full = " ".join([_ELIDED.sub("", words[first])] + words[first + 1 :])
            position = match.start()
            start = text.rfind(full, 0, position)
            if start < 0:
                continue  # other spacing than single spaces: leave it
            cut = self.by_position.get(start)  # an organisation tagged where the name starts
            cluster = self._by_alias.get(fold(short))
            named = self._by_alias.get(fold(full))
            if cluster is not None and cluster.kind == "person" and set(cluster.aliases) == {short}:
                cluster.kind, cluster.gender = "organisation", ""  # "(Inrap)" tagged as a person
            if cluster is not None and cluster.kind != "organisation":
                continue
            if cluster is None and named is None:
                named = self.new(full, "organisation", start)
            elif cluster is not None and named is not None and cluster is not named:
                self.merge(cluster, named)
            elif cluster is not None and named is None:
                self._attach(cluster, full, start)
                cluster.name = full
                named = cluster
            if named is not None and self._by_alias.get(fold(short)) is None:
                self._attach(named, short, match.start(1))
            if named is not None and cut is not None and cut is not named and full.startswith(cut.name + " "):
                # "la Commission électorale nationale autonome (CENA)" tagged up to "nationale":
                # the name the NER cut short is the organisation spelt out
                self.merge(cut, named)
                named.name = full

    def _spell_out_after_acronyms(self, text: str) -> None:
        """ "la N-VA (Nieuw-Vlaamse Alliantie)": the organisation goes under the name spelt out
        in parentheses after its acronym, when the name's initials make the acronym."""
        for match in _ACRONYM_THEN_NAME.finditer(text):
            short, full = match.group(1), match.group(2).strip()
            letters = short.replace("-", "").upper()
            if len(full.split()) < 2 or letters not in (_initials(full), _initials(full, particles=True)):
                continue
            cluster = self._by_alias.get(fold(short))
            named = self._by_alias.get(fold(full))
            if named is not None and named.kind != "organisation":
                continue
            if cluster is not None and cluster.kind == "person":
                continue
            if cluster is None and named is not None:
                self._attach(named, short, match.start(1))
            elif cluster is not None and named is None:
                self._attach(cluster, full, match.start(2))
                cluster.name, cluster.kind = full, "organisation"
            elif cluster is not None and named is not None and cluster is not named:
                self.merge(cluster, named)

    def _complete_family_names(self, text: str) -> None:
        """A person the NER knew only by the family name ("M. Gervais") when the article also
        writes it after a first name the NER missed ("Normand Gervais")."""
        families = {
            c.name: c for c in self.clusters if c.kind == "person" and " " not in c.name and c.name[:1].isupper()
        }
        if not families:
            return
        seen: dict[str, list[tuple[str, int]]] = {}
        for match in _NAME_PAIR.finditer(text):  # one pass over the text, whatever the number of people
            first, family = match.group(1), match.group(2)
            if family in families and role_of(first) is None and (is_first_name(first) or may_be_given_name(first)):
                seen.setdefault(family, []).append((first, match.start(1)))
        for family, firsts in seen.items():
            cluster = families[family]
            if len({f for f, _ in firsts}) == 1:
                full = f"{firsts[0][0]} {family}"
                if self._by_alias.get(fold(full)) is None:
                    self._attach(cluster, full, firsts[0][1])
                    cluster.name = full

    def _name_children(self, text: str) -> None:
        """ "Jean Dupouy … Son fils Mathieu, qui dirige la scierie": a child, brother or sister
        the article names by first name alone bears the family name of the person named last
        before it ("Mathieu Dupouy"), the fullest name a reader gives them."""
        hints = ("on fils", "a fille", "on frère", "a sœur", "a soeur", "on petit", "a petite", "neveu", "nièce")
        if not any(hint in text for hint in hints):
            return  # (a quick literal scan before the pattern)
        for match in _RELATIVE_BY_FIRST_NAME.finditer(text):
            first, at = match.group(1), match.start(1)
            cluster = self.by_position.get(at)
            if cluster is None or cluster.kind != "person" or cluster.name != first or not is_first_name(first):
                continue
            before = [
                (max(p for p in c.positions if p < at), c)
                for c in self.clusters
                if c.kind == "person" and len(c.name.split()) >= 2 and any(p < at for p in c.positions)
            ]
            if not before:
                continue
            parent = max(before, key=lambda pc: pc[0])[1]
            words = parent.name.split()
            if not is_first_name(words[0]):
                continue  # (the family name follows a first name: "Jean Dupouy", not "Bachar al-Assad")
            full = " ".join([first, *words[1:]])
            if self._by_alias.get(fold(full)) is None:
                self._attach(cluster, full, at)
                cluster.name = full

    def _split_couples(self, text: str) -> None:
        """ "Lise et André Benoît": two people of one family name, and each "M. Benoît" /
        "Mme Benoît" goes to the one of its gender."""
        if not _COUPLE_HINT.search(text):  # a quick literal scan; the full pattern is slower per character
            return
        for match in _COUPLE.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()].split()
            if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
                continue  # "Jean Martin et Sophie Martin": the first is a full name already
            firsts = [(match.group(1), match.start(1)), (match.group(2), match.start(2))]
            if not all(is_first_name(f) for f, _ in firsts):
                continue
            genders = [first_name_gender(f) for f, _ in firsts]
            if not all(genders) or genders[0] == genders[1]:
                continue
            family = match.group(3)
            people = []
            for (first, position), gender in zip(firsts, genders, strict=True):
                full = f"{first} {family}"
                person = self._by_alias.get(fold(full)) or self._by_alias.get(fold(first))
                if person is None or person.kind != "person":
                    person = self.new(full, "person", position)
                elif person.name != full:
                    self._attach(person, full, position)
                    person.name = full
                person.gender = gender or ""
                people.append(person)
            holder = self._by_alias.get(fold(family))
            for cluster in {id(c): c for c in [holder, *people] if c is not None}.values():
                for position in list(cluster.positions):
                    honorific = text[position : position + 4].lower()
                    if honorific.startswith(("mme", "mada", "mlle")):
                        gender = "f"
                    elif honorific.startswith(("m. ", "mons")):
                        gender = "m"
                    else:
                        continue
                    target = next(p for p in people if p.gender == gender)
                    if target is not cluster:
                        self.by_position[position] = target
                        target.positions.append(position)
                        cluster.positions.remove(position)

    def add_alias(self, cluster: Cluster, alias: str, position: int) -> None:
        self._attach(cluster, alias, position)
        cluster.positions.sort()

    def new(self, name: str, kind: str, position: int) -> Cluster:
        cluster = Cluster(name, kind)
        self.clusters.append(cluster)
        self.add_alias(cluster, name, position)
        return cluster

    # -- lookups --------------------------------------------------------------
    def lookup(
        self,
        name: str,
        position: Optional[int] = None,
        fuzzy: bool = False,
        gender: str = "",
        recency: Optional[Callable[[Cluster, int], int]] = None,
    ) -> Optional[Cluster]:
        """The cluster a name stands for; a family name two people share goes to the one of
        the right gender ("Mme Dupont") mentioned last before `position` (by `recency`, which
        may count pronouns too), or the first one when no position is known."""
        key = fold(name)
        words = key.split()
        known = self._by_alias.get(key)
        if known is not None and (len(words) > 1 or not any(c is not known and key in c.tokens for c in self.clusters)):
            return known
        if not words:
            return None
        raw = name.split()
        first = raw[0] if len(raw) >= 2 and (is_initial(raw[0]) or first_name_gender(raw[0]) is not None) else None
        if first is not None and fold(first) in _NAME_OPENERS:
            first = None  # "Le Goff", "De Gaulle"
        found = self._bearers(words, raw, first)
        if not found and first is not None and not is_initial(first):
            found = self._bearers(words, raw, None)  # "M. Dela Cruz": a family name of two words
        if gender and len(found) > 1:
            # (while the index is built, a person's gender is still only their first name's)
            found = [
                c for c in found if (c.gender or first_name_gender(c.first_name or "") or "") in ("", gender)
            ] or found
        if found:
            if len(found) == 1 or position is None:
                return found[0]
            last = recency or (lambda cluster, at: cluster.last_before(at))
            return max(found, key=lambda c: last(c, position))
        return self.person_like(name) if fuzzy else None

    def _bearers(self, words: list[str], raw: list[str], first: Optional[str]) -> list[Cluster]:
        """The clusters whose names hold the folded `words`, reading `first` as a first name."""
        found = []
        for cluster in self.clusters:
            # ("V. Dupont" for "Valérie Dupont", and "Jean-Marc Ayrault" for "J-M Ayrault" met first)
            initial = cluster.kind == "person" and is_initial(cluster.name.split()[0])
            spelt = first and initial and initials_match(cluster.name.split()[0], first)
            if not (
                set(words) <= cluster.tokens
                or first
                and (is_initial(first) or spelt)
                and set(words[1:]) <= cluster.tokens
            ):
                continue
            if not any(len(w) > 2 for w in words):
                continue
            if len(raw) == 1 and cluster.kind == "organisation" and not _capitalised_in(raw[0], cluster):
                continue  # "la Vaudoise" is not the "Fédération patronale vaudoise"
            if cluster.kind == "organisation" and any(
                len(w) >= 2 and w.isalpha() and w.isupper() and fold(w) not in words for w in cluster.name.split()
            ):
                continue  # "Air France" is not the union "CGT Air France": another body's acronym
            if first is not None and cluster.first_name is not None and fold(first) != cluster.first_name:
                # "Paul Dupont" is not "Marie Dupont"; "V. Dupont" may be "Valérie Dupont"
                if not (is_initial(first) and initials_match(first, cluster.name.split()[0])):
                    continue
            found.append(cluster)
        return found

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
        for position in source.positions:
            self.by_position[position] = target
        target.positions = sorted(target.positions + source.positions)
        target.tokens |= source.tokens
        target.roles |= source.roles
        target.origins |= source.origins
        target.gender = target.gender or source.gender
        self.clusters.remove(source)

    def person_like(self, name: str, exclude: Optional[Cluster] = None, exact: bool = True) -> Optional[Cluster]:
        """A known person whose name is within one edit of `name` (one word, 4+ letters);
        with `exact` False, one edit exactly (a namesake is not a misspelling)."""
        words = fold(name).split()
        if len(words) != 1 or len(words[0]) < 4:
            return None
        for cluster in self.clusters:
            if (
                cluster is not exclude
                and cluster.kind == "person"
                and any(
                    len(t) >= 4 and (exact or t != words[0]) and _edit_distance_at_most_one(words[0], t)
                    for t in cluster.tokens
                )
            ):
                return cluster
        return None

    def of(self, name: str) -> Optional[Cluster]:
        return self._by_alias.get(fold(name))
