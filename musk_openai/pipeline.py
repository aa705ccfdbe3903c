"""The spaCy pipeline: the French model plus the project's components.

Everything spaCy-specific is registered here, once: extension attributes,
component factories, the tokenizer tweak. The model is loaded once per process.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache
from typing import Optional

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, LEMMA, ORTH, POS, SENT_START, TAG
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab

from musk_openai import DEFAULT_MODEL, MODELS
from musk_openai.errors import ModelNotInstalled
from musk_openai.quotes.component import QuoteAttributor
from musk_openai.speakers.lexicon import is_kind_word
from musk_openai.speakers.names import is_first_name
from musk_openai.temporal.component import TemporalTagger
from musk_openai.text import doc_text, remember_text

_QUOTES = ["«", "»", "“", "”", "„", "‹", "›", '"']

for _name, _default in (("dct", None), ("dct_source", None), ("entity_index", None), ("chains", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
for _name in ("timex", "quote"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@Language.component("musk_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: keeps the parser from linking a heading to the next paragraph."""
    text = doc_text(doc)
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    if not breaks:
        return doc
    # The token whose text or trailing space holds the break is the last one starting at or
    # before it; the next token starts a sentence. Read from offsets: no Token objects.
    owners = numpy.searchsorted(doc.to_array(IDX), breaks, side="right") - 1
    starts = owners[owners < len(doc) - 1] + 1
    if len(starts):
        # one array write: setting Token.is_sent_start one by one rescans the doc each time
        values = doc.to_array([SENT_START])
        values[starts] = 1
        doc.from_array([SENT_START], values)
    return doc


_LINE_BREAK = re.compile("\n")


# The French models' attribute ruler: each token's TAG is its POS, and whitespace is normalised.
_POS_NAMES = "ADJ ADP ADV AUX CONJ CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X EOL SPACE".split()
_RULER_PATTERNS = [{"patterns": [[{"POS": name}]], "attrs": {"TAG": name}, "index": 0} for name in _POS_NAMES] + [
    {"patterns": [[{"POS": "SPACE", "IS_SPACE": False}]], "attrs": {"TAG": "X", "POS": "X", "MORPH": "_"}, "index": 0},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}, "index": 0},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"}, "index": 0},
]


class PosTags:
    """The same writes as the French models' attribute ruler, from arrays: its Matcher, run
    over every token to copy the POS into the TAG, takes about 5 % of the model's own time.
    Whitespace tokens (a few per article) are normalised one by one as the ruler does."""

    def __init__(self, vocab: Vocab) -> None:
        self.table = numpy.zeros(max(POS_IDS[name] for name in _POS_NAMES) + 1, dtype="uint64")
        for name in _POS_NAMES:
            self.table[POS_IDS[name]] = vocab.strings.add(name)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([POS, TAG, IS_SPACE])
        pos = rows[:, 0]
        known = pos < len(self.table)
        tags = rows[:, 1].copy()
        tags[known] = numpy.where(self.table[pos[known]] != 0, self.table[pos[known]], tags[known])
        doc.from_array([TAG], tags.reshape(-1, 1))
        for i in numpy.flatnonzero((rows[:, 2] != 0) | (pos == POS_IDS["SPACE"])).tolist():
            token = doc[i]
            if not token.is_space:
                token.tag_, token.pos_ = "X", "X"
                token.set_morph("_")
                continue
            if token.dep_:
                token.dep_ = "dep"
            token.tag_, token.pos_ = "SPACE", "SPACE"
            token.set_morph("_")
        return doc


@Language.factory("musk_pos_tags")
def _make_pos_tags(nlp: Language, name: str) -> PosTags:
    return PosTags(nlp.vocab)


def _faster_ruler(nlp: Language) -> None:
    """Swap the model's attribute ruler for PosTags when it holds exactly those patterns."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    if list(nlp.get_pipe("attribute_ruler").patterns) == _RULER_PATTERNS:
        nlp.replace_pipe("attribute_ruler", "musk_pos_tags")


@Language.factory("musk_temporal")
def _make_temporal(nlp: Language, name: str) -> TemporalTagger:
    return TemporalTagger(name)


@Language.factory("musk_quotes")
def _make_quotes(nlp: Language, name: str) -> QuoteAttributor:
    return QuoteAttributor(name, adjectives=_adjectives(nlp), words=_known_words(nlp))


def _adjectives(nlp: Language) -> frozenset[str]:
    """The adjectives the model's lemmatizer knows: a capitalised one after "le"/"la" is a
    person described by nationality or region ("a expliqué l'Argentin")."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("adj", []))


class _KnownWords:
    """Every common word the model's lemmatizer knows, as a lemma or an irregular form: a
    capitalised one opening a sentence that the NER took for a person is not a name ("Assis sur
    le trottoir, …", "Interrogé par …"). Read from the lemmatizer's own tables, not copied into
    one set: few articles ever ask, and a copy would cost every start-up."""

    def __init__(self, tables: list[Container[str]]) -> None:
        self.tables = tables

    def __contains__(self, word: object) -> bool:
        return any(word in table for table in self.tables)


def _known_words(nlp: Language) -> Container[str]:
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    tables = list(lookups.get_table("lemma_index").values())
    if lookups.has_table("lemma_exc"):
        tables += list(lookups.get_table("lemma_exc").values())
    return _KnownWords(tables)


def _split_quote_marks(nlp: Language) -> None:
    """Make every quotation mark its own token: copy often glues them ("changement.”Ces")."""
    prefixes = list(nlp.Defaults.prefixes or []) + _QUOTES
    suffixes = list(nlp.Defaults.suffixes or []) + _QUOTES
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # A mark right after an elided word is its own token too ("d'“étape importante”"); hurried web
    # copy drops the spaces around marks and colons ("a déclaré:«Nous", "prêts»,a-t-il"): a French
    # mark is never inside a word, nor a colon or comma between a letter and a mark
    infixes = list(nlp.Defaults.infixes or []) + [
        r"(?<=['’])[«“\"„‹]",
        r"[«»“”„‹›]",
        r"(?<=[^\W\d_])[:,](?=[«“\"„‹])",
        r"(?<=[»”\"›])[,:;.](?=[^\W\d_])",
        r"(?<=[:,;])\"",
        r"(?<=[^\W\d_])\"(?=[,.;:!?])",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# "Côtes-d'Armor", "Saint-Jean-d'Angély": a capitalised hyphenated name with an elided "d'" is one
# word. spaCy's French exceptions list some ("Val-d'Oise") and cut the others in four, which
# breaks the parse of the whole sentence ("La préfecture des Côtes - d' Armor indique que …").
_ELIDED_PLACE = re.compile(r"^[^\W\d_](?:[^\W\d_]|-(?!d['’]))*-d['’][^\W\d_]+(?:-[^\W\d_]+)*$")


# "Dupont-Aignan", "Gagnon-Rioux", "Hydro-Québec": a double-barrelled name, every part
# capitalised, is one word too. spaCy keeps only the compounds of its list ("Jean-Pierre",
# "Saint-Denis") and cuts the others in three, so the NER and the parse lose the name. Compound
# given names, every part a given name ("Anne-Françoise"), are left to spaCy: the model tags
# them better cut.
_HYPHENATED_NAME = re.compile(r"^[^\W\d_][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)+$")


# "lieu-dit", "troisième-ligne": a lowercase compound spaCy's list lacks, cut in three, gave the
# parser a stray "dit" or "ligne"; one word, unless its last parts are an inverted pronoun
_LOWER_COMPOUND = re.compile(r"^[^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)+$")
_CLITICS = frozenset("je tu il elle on nous vous ils elles ce moi toi lui leur leurs en y le la les t là ci".split())


def _keep_names_whole(nlp: Language) -> None:
    spacy_match = nlp.tokenizer.token_match

    def token_match(text: str) -> Optional[re.Match[str]]:
        if text[:1].isupper():
            place = _ELIDED_PLACE.match(text)
            if place is not None:
                return place
            name = _HYPHENATED_NAME.match(text)
            if name is not None:
                parts = text.split("-")
                # every part capitalised, and not a compound given name ("Anne-Françoise")
                if all(part[:1].isupper() for part in parts) and not all(map(is_first_name, parts)):
                    return name
        elif text[:1].islower():
            compound = _LOWER_COMPOUND.match(text)
            if compound is not None:
                parts = text.split("-")
                # not "dit-il", "est-ce", "a-t-elle", nor the roles the speaker rules read part
                # by part ("député-maire", "lieutenant-colonel")
                if not any(part in _CLITICS for part in parts[1:]) and not any(map(is_kind_word, parts)):
                    return compound
        return spacy_match(text) if spacy_match is not None else None

    nlp.tokenizer.token_match = token_match


def _index_lemmas(nlp: Language) -> None:
    """Make the French lemmatizer's word lists sets, as they are only asked "is this word in it?".

    spaCy keeps them as lists (66,000 nouns) and scans one for every word it has not seen yet:
    a fresh process spent longer lemmatising its first two hundred articles than parsing them.
    The lemmas are the same (checked on every text of the gold and development sets)."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])


def _array_lemmas(nlp: Language) -> None:
    """Give the model's French rule lemmatizer the array-based __call__ above (its tables,
    rules and caches stay its own)."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if type(lemmatizer) is not FrenchLemmatizer or lemmatizer.mode != "rule":
        return
    lemmatizer.__class__ = _ArrayLemmatizer


class _ArrayLemmatizer(FrenchLemmatizer):
    def __call__(self, doc: Doc) -> Doc:
        """The French rule lemmatizer's __call__, with one lemma per (word, part of speech) read and
        written as arrays: its rules and tables see nothing else of a token, and asking each Token
        object in turn cost as much as the model's morphologizer."""
        if not len(doc):
            return doc
        if doc.vocab is not self.vocab:
            return FrenchLemmatizer.__call__(self, doc)  # (the cached lemmas are this vocab's strings)
        rows = doc.to_array([ORTH, POS, LEMMA])
        lemmas = rows[:, 2].copy()
        todo = range(len(doc)) if self.overwrite else numpy.flatnonzero(lemmas == 0).tolist()
        cache = self.__dict__.setdefault("_musk_lemmas", {})
        if len(cache) > 500_000:
            cache.clear()  # a long corpus run: keep the memory bounded
        orths, poses = rows[:, 0].tolist(), rows[:, 1].tolist()
        for i in todo:
            key = (orths[i], poses[i])
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = doc.vocab.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


# Models loaded by this process: a Dask or worker-process test reads it to check that each
# worker loads its model once, not once per task.
LOADS: Counter[str] = Counter()


@lru_cache(maxsize=2)
def load(model: str = DEFAULT_MODEL) -> Language:
    if model not in MODELS:
        raise ModelNotInstalled(f"unknown model {model!r}; choose one of: {', '.join(MODELS)}")
    try:
        nlp = spacy.load(model)
    except OSError as error:
        package = model.replace("_", "-")
        raise ModelNotInstalled(
            f"the spaCy model {model} is not installed ({error.__class__.__name__}); "
            f"install it with: pip install '{package}==3.8.0'"
        ) from error
    LOADS[model] += 1
    _split_quote_marks(nlp)
    _keep_names_whole(nlp)
    _index_lemmas(nlp)
    _array_lemmas(nlp)
    _faster_ruler(nlp)
    nlp.add_pipe("musk_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    nlp.add_pipe("musk_temporal", last=True)
    nlp.add_pipe("musk_quotes", last=True)
    return nlp


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'fr')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


def annotate(nlp: Language, items: Iterable[tuple[str, Optional[dt.date]]], batch_size: int = 16) -> Iterator[Doc]:
    """Run the pipeline over (text, publication date) pairs, in order."""

    def docs() -> Iterator[Doc]:
        for text, dct in items:
            doc = nlp.make_doc(text)
            remember_text(doc, text)  # the components need it; rebuilding it walks every token
            doc._.dct = dct
            yield doc

    yield from nlp.pipe(docs(), batch_size=batch_size)
