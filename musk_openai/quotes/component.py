"""spaCy component: find quotations and attribute them to a speaker.

Pairing is pure text work (`marks.find_quotes`); this module adds what needs
the parse: where an unclosed quote returns to narration, names and titles that
are not quotations, direct vs partial, and the attribution rules, tried in
order (see `_Run.attribute`). Results go to doc.spans["quotes"] with a `QuoteInfo`
in `span._.quote`; the entity index used is left in `doc._.entity_index` and the
speaker stage's chains (musk_openai/speakers) in `doc._.chains`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass, replace
from itertools import islice, takewhile
from typing import Optional

import numpy
from spacy.attrs import ENT_IOB, IDX, POS
from spacy.symbols import PROPN as PROPN_ID
from spacy.tokens import Doc, Span, Token

from musk_openai.entities import (
    OF_WORDS,
    SINGULAR_DEFINITE,
    Cluster,
    EntityIndex,
    clean_name,
    honorific_gender,
    looks_like_name,
    repair_entities,
)
from musk_openai.quotes import lexicon as lx
from musk_openai.quotes.marks import QUOTE_CHARS, RawQuote, find_quotes
from musk_openai.speakers import lexicon as lx_speakers
from musk_openai.speakers.chains import (
    Chains,
    apposed_name,
    impersonal,
    noun_gender,
    person_noun,
    quoted_title_after,
    source_of_opinion,
)
from musk_openai.syntax import (
    bare_participle,
    entity_of,
    explicit_subject,
    in_complement,
    opening_phrase,
    present_participle,
    subject_of,
    word_order_subject,
)
from musk_openai.text import doc_text, fold

SPAN_KEY = "quotes"
TITLE_KEY = "quoted_names"
_CLAUSE_END = {".", "!", "?", "…", ";"}
# "s'exclamer" is lemmatised "exclamer"
_REPORTING = lx.REPORTING_VERBS | {v.removeprefix("s'") for v in lx.REPORTING_VERBS}
# rules where the speech verb itself is on the subject: only these let a place speak ("Paris a démenti")
_DIRECT_RULES = {"cue-subject", "inverted-cue", "colon", "selon"}
# rules that find words somebody said even without a reporting verb of their own
_SAID_RULES = ("inverted", "colon", "selon", "intro", "passive", "aside")
_DASHES = ("–", "—", "-")
# a sentence opened by one of these names its own source ("Selon X, …", "Pour Y, …", "D'après Z")
_SOURCE_OPENINGS = ("selon", "d'", "d’", "pour")
_NOMINAL = {"NOUN", "PROPN", "ADJ", "VERB"}
# the list of sources closing a Wikinews-style article
_LANGUAGE_TAG = re.compile(r"\([a-z]{2}\)")
_CITATION_TAIL = re.compile(r"[»”\"]\s*[–—-]\s*\w")
_SOURCES_HEADING = re.compile(r"(?m)^\s*(Sources?|Références|Liens externes)\s*:?\s*$")
_ADDRESS_VERBS = {"adresser", "envoyer", "destiner", "écrire", "répondre", "dire", "confier", "expliquer"}


@dataclass(frozen=True)
class QuoteInfo:
    start: int
    end: int
    closed: bool
    kind: str  # direct | partial
    speaker: Optional[str] = None
    speaker_mention: Optional[str] = None
    cue: Optional[str] = None
    addressee: Optional[str] = None
    attribution: Optional[str] = None
    date: Optional[tuple[int, int]] = None  # char span of the dating expression


# verbs by which a medium passes on someone else's words ("rapporte le Monde")
_RELAYS = frozenset(("rapporter", "relater", "citer", "relayer"))


@dataclass
class _Found:
    """An attribution: who, by which words, through which rule."""

    speaker: Optional[str]
    mention: Optional[str]
    rule: str
    cue: Optional[str] = None
    clause: tuple[int, int] = (0, 0)  # token range of the introducing clause


# a question put to someone: the second person
_ADDRESSED = re.compile(r"\b(?:vous|votre|vos|tu|te|ton|ta|tes)\b|\bt['’]", re.IGNORECASE)


class QuoteAttributor:
    def __init__(
        self, name: str = "musk_quotes", adjectives: frozenset[str] = frozenset(), words: Container[str] = frozenset()
    ) -> None:
        self.name = name
        self.adjectives = adjectives
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        starts = doc.to_array([IDX]).tolist()
        raws = find_quotes(doc_text(doc), narration=lambda s, e: _is_narration(doc, starts, s, e))
        repair_entities(doc, self.words, self.adjectives)
        _common_nouns_tagged_proper(doc)
        ents = list(doc.ents)
        index = EntityIndex.from_doc(doc, ents)
        doc._.entity_index = index
        quote_ranges = [(r.open, (r.close if r.close is not None else r.end) + 1) for r in raws]
        run = _Run(doc, starts, index, quote_ranges, ents, self.adjectives)
        doc._.chains = run.chains  # the pronouns it resolved serve the event headlines too
        spans: list[Span] = []
        names: list[Span] = []
        previous: Optional[QuoteInfo] = None
        for raw in raws:
            span = doc.char_span(raw.start, raw.end, label="QUOTE", alignment_mode="expand")
            if span is None:
                continue
            if run.is_name(raw):
                names.append(span)
                continue
            # without a parse (a blank pipeline) quotations are found but not attributed:
            # walking an unparsed doc's tree can crash spaCy
            info = run.attribute(raw, previous) if run.parsed else QuoteInfo(raw.start, raw.end, raw.closed, "direct")
            if run.is_term(raw, info, span) and not run.echoes(raw, spans):
                names.append(span)
                continue
            span._.quote = info
            spans.append(span)
            previous = info
            run.history.append(info)
        _share_within_sentences(spans)
        _share_echoes(spans, doc_text(doc))
        doc.spans[SPAN_KEY] = spans
        doc.spans[TITLE_KEY] = names
        return doc


def _common_nouns_tagged_proper(doc: Doc) -> None:
    """ "Le manager de l'équipe, X, a suspendu …": a lowercase word outside any entity that the
    tagger took for a proper noun is a common noun; the rules read proper nouns as names."""
    rows = doc.to_array([POS, ENT_IOB])
    outside = (rows[:, 1] == 2) | (rows[:, 1] == 0)  # IOB codes: 1 inside, 2 outside, 3 begin, 0 unset
    for i in numpy.flatnonzero((rows[:, 0] == PROPN_ID) & outside).tolist():
        token = doc[i]
        if token.text.islower() and token.text.isalpha():
            token.pos_ = "NOUN"


# "lui demande-t-on", "lui avons-nous demandé": the interviewer's incise after a question
_ASKED = re.compile(r"-(?:t-)?on\b|-nous\b|-je\b|\bdemand|\binterro|\bquestionn", re.IGNORECASE)
# "« … ? » lui avons-nous demandé": an incise in the first person gives the writer's words
_ASKED_BY_WRITER = re.compile(r"[\s\u00a0]*(?:\w+['’ ]){0,2}\w+-(?:nous|je)\b", re.IGNORECASE)
# a sentence after a quotation that says whose words they were: "C'est ainsi que X a réagi",
# "C'est ce qu'a affirmé X", "C'est la peine qu'a requise X"
_NAMING_AFTER = re.compile(
    r"[ \u00a0]*(?:C['’]est (?:ainsi|en ces termes|(?:par|avec|sur) (?:ces|cette|cet|ce) \w+|ce qu"
    r"|(?:la|le|les) \w+ qu)|Ainsi s['’]"
    r"|Tels? (?:sont|furent)|Telles? (?:sont|furent))"
)
# between two quotations reported by the same verb: "… « A » et que le festival « B »"
_SAME_REPORT = re.compile(r"\s*[»”\"]?[^.!?;«»“”\"\n]{0,80}\bet (?:qu['’]|que )[^.!?;«»“”\"\n]{0,160}")
_STRONG_RULES = frozenset({"cue-subject", "inverted-cue", "inverted-pronoun", "pronoun", "selon", "colon"})
_STOP_CHARS = re.compile(r"[.!?…;\n" + re.escape(QUOTE_CHARS) + "]")


# words that make "que" part of a conjunction ("tandis que", "alors que"), not a reported clause
_CONJUNCTION_HEADS = frozenset("tandis alors pendant bien parce avant après dès sans afin pour ainsi même".split())


def _completive(token: Token) -> bool:
    """A "que" opening a reported clause ("a rappelé que"), not one of a conjunction ("tandis que")."""
    if token.lower_ not in ("que", "qu'", "qu’") or token.dep_ == "fixed":
        return False
    return token.i == 0 or token.doc[token.i - 1].lower_ not in _CONJUNCTION_HEADS


def _stop_tokens(text: str, starts: list[int]) -> list[int]:
    """Indices of the tokens a clause does not cross, in order: a line break, a sentence end or
    a semicolon standing alone, any token with a quotation mark. Read from the text once, so the
    clause windows are bisections instead of walks over Token objects."""
    positions = [match.start() for match in _STOP_CHARS.finditer(text)]
    if not positions:
        return []
    # the token of each stop character: the last one starting at or before it, all in one call
    owners = (numpy.searchsorted(starts, positions, side="right") - 1).tolist()
    found: list[int] = []
    for position, k in zip(positions, owners, strict=True):
        if k < 0:
            continue
        if text[position] in _CLAUSE_END:
            following = starts[k + 1] if k + 1 < len(starts) else len(text)
            # the token is the character alone ("." and not "M." or "3.5")
            if starts[k] != position or text[position + 1 : following].strip():
                continue
        if not found or found[-1] != k:
            found.append(k)
    return found


def _share_within_sentences(spans: list[Span]) -> None:
    """ "« A », la question est de savoir « B », affirme-t-il.": a quotation with no cue of its
    own belongs to the speaker of the incise that closes its sentence, or of the one before it
    in its sentence."""
    for k in range(len(spans) - 2, -1, -1):
        info, nxt = spans[k]._.quote, spans[k + 1]._.quote
        # (a partial quotation only carried on from the last speaker yields to the incise too)
        carried = info.attribution == "continuation" and info.kind == "partial"
        if info.attribution is not None and not carried:
            continue
        if nxt.speaker is None or not (nxt.attribution or "").startswith("inverted"):
            continue
        if spans[k].sent.start != spans[k + 1].sent.start:
            continue
        spans[k]._.quote = _same_sentence(info, nxt)
    # "« A », peste X, qui avait tout perdu en 2009, « B ».": the sentence goes on with X's words
    for k in range(1, len(spans)):
        info, previous = spans[k]._.quote, spans[k - 1]._.quote
        if info.attribution is not None or previous.speaker is None:
            continue
        if not (previous.attribution or "").startswith("inverted") or spans[k].sent.start != spans[k - 1].sent.start:
            continue
        spans[k]._.quote = _same_sentence(info, previous)


def _plain(text: str, start: int, end: int) -> str:
    """A stretch of text in lower case with its spaces normalised, to find words quoted twice."""
    return " ".join(text[start:end].lower().split())


def _same_sentence(info: QuoteInfo, incise: QuoteInfo) -> QuoteInfo:
    """`info` with the speaker of the incise its sentence shares."""
    return replace(
        info,
        speaker=incise.speaker,
        speaker_mention=incise.speaker_mention,
        cue=incise.cue,
        attribution="same-sentence",
    )


def _share_echoes(spans: list[Span], text: str) -> None:
    """A quotation nobody was found for that repeats words of an attributed one (a headline
    or a lead quoting the body: "Crue : « On ne sait plus où mettre les sacs »") has its speaker."""
    unattributed = [k for k, s in enumerate(spans) if s._.quote.speaker is None]
    attributed = [k for k, s in enumerate(spans) if s._.quote.speaker is not None]
    if not unattributed or not attributed:
        return
    words = {k: _plain(text, spans[k]._.quote.start, spans[k]._.quote.end) for k in unattributed + attributed}
    for k in unattributed:
        span = spans[k]
        info = span._.quote
        if len(words[k].split()) < 4:
            continue
        for j in attributed:
            source = spans[j]._.quote
            if source.attribution != "echo" and words[k] in words[j]:
                span._.quote = replace(
                    info, speaker=source.speaker, speaker_mention=source.speaker_mention, attribution="echo"
                )
                break


def _set_off_by_stressed(token: Token) -> bool:
    """ "Le héros du jour, lui, refuse ce titre": a subject taken up by a stressed pronoun
    between commas is someone the narration turns to."""
    doc = token.doc
    for k in range(token.i + 1, min(token.i + 8, len(doc) - 2)):
        if doc[k].pos_ in ("VERB", "AUX"):
            return False
        if doc[k].text == "," and doc[k + 1].lower_ in ("lui", "elle") and doc[k + 2].text == ",":
            return True
    return False


def _root_subject(root: Token) -> Optional[Token]:
    """The subject of a sentence's root, from the parse or, for a verb whose parse lost it ("À la
    gare, X, une infirmière, attendait …"), from word order."""
    return subject_of(root) or (word_order_subject(root) if root.pos_ == "VERB" else None)


def _name_before_apposition(doc: Doc, end: int) -> Optional[Token]:
    """ "X, membre de l'institution depuis 1997" ending at `end`: X, when the words after the
    comma are a noun phrase describing the person named before it."""
    for opening in range(end, max(-1, end - 15), -1):
        if doc[opening].text in (".", ";", ":", "«", "»"):
            return None
        if doc[opening].text != ",":
            continue
        first = doc[opening + 1] if opening + 1 <= end else None
        if first is not None and first.pos_ == "DET" and opening + 2 <= end:
            first = doc[opening + 2]
        named = opening > 0 and doc[opening - 1].ent_type_ == "PER"
        described = first is not None and first.pos_ in ("NOUN", "ADJ") and first.is_lower
        if named and described and not any(t.pos_ in ("VERB", "AUX") for t in doc[opening + 1 : end + 1]):
            return doc[opening - 1]
        return None
    return None


def _token_at(starts: list[int], pos: int) -> int:
    return max(bisect.bisect_right(starts, pos) - 1, 0)


def _is_narration(doc: Doc, starts: list[int], start: int, end: int) -> bool:
    """A sentence inside an unclosed quote that reads as the journalist's narration:
    third-person verbs in a past tense and nobody saying "je", "nous" or "vous"."""
    tokens = doc[_token_at(starts, start) : _token_at(starts, max(end - 1, start)) + 1]
    past_third = False
    for token in tokens:
        if token.lower_ in lx.FIRST_SECOND_PERSON or token.text in "?!":
            return False
        person = token.morph.get("Person")
        if token.pos_ in ("VERB", "AUX") and person and person[0] in ("1", "2"):
            return False
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            if set(token.morph.get("Tense")) & {"Imp", "Past"} and person == ["3"]:
                past_third = True
    return past_third


_AUXILIARY_FORMS = {"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "avoir", "ai"}
# clitics between a quote and its verb: "s'est réjoui X", "lui a répondu X", "nous a confié X"
_GENERATIONS = {
    "père": ({"pere"}, {"fils"}),
    "fils": ({"fils"}, {"pere"}),
    "mère": ({"mere"}, {"fille"}),
    "fille": ({"fille"}, {"mere"}),
    "senior": ({"pere"}, {"fils"}),
    "junior": ({"fils"}, {"pere"}),
}
_CLITICS = {"s'", "s’", "se", "lui", "leur", "nous", "vous", "m'", "m’", "me", "t'", "t’", "te", "l'", "l’", "y", "en"}
_INVERTED_PRONOUNS = {"-il", "-elle", "-ils", "-elles", "-on", "il", "elle", "ils", "elles"}


def cue_lemma(token: Token, inverted: bool = False) -> Optional[str]:
    """The reporting verb's lemma if `token` is one, else None. The tagger's lemma first;
    the -er verb forms as a fallback when it took the verb for a name ("a tweeté") or a
    noun ("», juge le ministère"): after an auxiliary, or right after the quotation."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in _REPORTING:
        return lemma
    if lemma in _LIGHT_LEMMAS:
        light = _light_verb_before(token)
        if light is not None and (lemma, light) in _LIGHT_CUES:
            return f"{light} {lemma}"  # "a fait valoir", "a fait savoir", "a laissé tomber"
    form = lx.REPORTING_FORMS.get(token.lower_) or lx.REPORTING_FOLDED.get(fold(token.lower_))
    if form is None:
        return None
    if token.pos_ == "VERB" or inverted:
        return form
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in ("que", "qu'", "qu’"):
        return form  # "X, chez Natixis, juge que …": the tagger read a noun
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and (prev.lower_ in _AUXILIARY_FORMS or _typed_for_has(prev)):
        return form
    opens = following is not None and following.text in '«“"'
    if opens and prev is not None and prev.pos_ not in ("DET", "ADP", "ADJ"):
        return form  # "Une décision que le maire, X, juge « inacceptable »" (not "le juge « rouge »")
    return None


def _passive(verb: Token) -> bool:
    """ "avait été déclarée": a reporting verb in the passive; its subject is what was said."""
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _typed_for_has(token: Token) -> bool:
    """ "X à déclaré": the preposition typed for the auxiliary, a frequent slip in web copy
    (no French phrase puts "à" right before a reporting verb's participle). The parser then
    reads the participle as a noun and loses the subject."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ == "à"
        and following is not None
        and fold(following.lower_) in lx.REPORTING_FOLDED
        and following.pos_ != "VERB"
    )


# Speech said with a light verb: "a-t-il fait valoir", "a-t-elle laissé tomber".
_LIGHT_CUES = {("valoir", "faire"), ("savoir", "faire"), ("remarquer", "faire"), ("tomber", "laisser")}
_LIGHT_VERBS = {"faire", "laisser"}
_LIGHT_LEMMAS = {lemma for lemma, _ in _LIGHT_CUES}
# Verbs that carry a reporting verb in an incise: "s'est-il contenté de dire", "a tenu à préciser".
_CARRIERS = {"contenter", "borner", "tenir", "vouloir", "empresser", "permettre", "devoir", "pouvoir", "venir"}
_CARRIERS |= {"contenté", "contentée", "borné", "bornée", "tenu", "tenue", "voulu", "empressé", "empressée"}


def _light_verb_before(token: Token) -> Optional[str]:
    """The lemma of "faire"/"laisser" right before `token` (after "-t-il" if inverted)."""
    i = token.i - 1
    while i >= 0 and (token.doc[i].text.startswith("-") or token.doc[i].text in ("t",)):
        i -= 1
    if i < 0:
        return None
    lemma = token.doc[i].lemma_.lower()
    return lemma if lemma in _LIGHT_VERBS else None


def _possessed(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("son", "sa", "ses", "leur", "leurs") for c in noun.children)


def _someone_unnamed(mention: str) -> bool:
    """ "une femme agitant un drapeau", "un habitant": an indefinite person noun."""
    words = mention.split()
    return len(words) >= 2 and words[0].lower() in ("un", "une") and lx_speakers.role_of(words[1]) is not None


def _is_cue(token: Token) -> bool:
    return cue_lemma(token) is not None


def _made_known(token: Token) -> bool:
    """ "X a fait savoir que …": faire savoir reports speech."""
    # ("faire" right before it: not "n'avoir rien su de ces aveux avant qu'ils soient faits")
    return token.lemma_.lower() == "savoir" and any(
        t.lemma_.lower() == "faire" and 0 < token.i - t.i <= 2 for t in [token.head, *token.children]
    )


def _bare_past_participle(verb: Token) -> bool:
    """ "Interrogé sur …", "Questionné par …": a past participle without an auxiliary."""
    return (
        bare_participle(verb)
        and "Past" in verb.morph.get("Tense")
        and (verb.i == 0 or verb.doc[verb.i - 1].lower_ not in _AUXILIARY_FORMS)
    )


def _has_auxiliary(verb: Token) -> bool:
    """A participle with its auxiliary: "a appelé"."""
    return verb.pos_ == "VERB" and any(c.dep_.startswith("aux") for c in verb.children)


def _said_form(verb: Token) -> bool:
    """ "dit", "écrit", "décrit": a past participle that is also the present tense ("« … », écrit
    pour sa part le journal", "l'association X écrit :")."""
    return verb.lower_.endswith(("dit", "écrit"))


def _participle_clause(verb: Token) -> bool:
    """ "évoquant", "qualifiant": a present participle without a subject of its own."""
    return (
        "Part" in verb.morph.get("VerbForm")
        and "Pres" in verb.morph.get("Tense")
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )


# Endings of nouns of people ("coordinatrice", "épidémiologiste", "politologue").
_PERSON_SUFFIXES = ("rice", "iste", "logue", "ienne")


def _named_after_pour(tokens: list[Token], k: int) -> Optional[int]:
    """Where the name after "pour" at `k` starts: a person or an organisation right after it,
    or an organisation after its article ("Pour la CGT")."""
    if k + 1 < len(tokens) and tokens[k + 1].ent_type_ in ("PER", "ORG"):
        return k + 1
    if k + 2 < len(tokens) and tokens[k + 1].pos_ == "DET" and tokens[k + 2].ent_type_ == "ORG":
        return k + 2 if tokens[k + 2].ent_iob_ == "B" else None
    if (
        k + 3 < len(tokens)
        and tokens[k + 1].pos_ == "DET"
        and lx_speakers.nationality_of(tokens[k + 2].text) is not None
        and tokens[k + 3].ent_type_ == "PER"
        and tokens[k + 3].ent_iob_ == "B"
    ):
        return k + 3  # "Pour l'Australien Cadel Evans,"
    return None


def _clause_closed(between: list[Token]) -> bool:
    """Whether the words after a relative clause's verb close it with a comma and go on with a
    finite verb of their own ("…, qui a promis que …, ne sont qu'« … »"), not one of the
    clause's ("…, qui a déclaré, selon l'AFP, que la réforme était « … »")."""
    at = next((k for k in range(len(between) - 1, -1, -1) if between[k].text == ","), None)
    if at is None or at + 1 >= len(between) or between[at + 1].lower_ in ("que", "qu'", "qu’"):
        return False
    return any(t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm") for t in between[at + 1 :])


def _own_words(noun: Token) -> list[Token]:
    """A noun's phrase without its prepositional complements and relative clauses: "la mère"
    of "La mère de X, qui rend visite à son fils à la prison de Y", where X and Y are others."""
    cut = {
        t.i
        for c in noun.children
        if c.dep_ == "acl:relcl" or c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children)
        for t in c.subtree
    }
    # (a name set off by a comma is the noun's, however deep the parse hung it: "Le propriétaire
    # du restaurant X, boulevard Y, Jean Roux,")
    return [t for t in noun.subtree if t.i not in cut or _set_off_name(t)]


def _set_off_name(token: Token) -> bool:
    ent = entity_of(token)
    return ent is not None and ent.start > 0 and token.doc[ent.start - 1].text == ","


def _someone(token: Token) -> bool:
    """Whether a subject can be a speaker: a name, a subject pronoun, or a description of a
    person or an organisation — not "le projet", "les chiffres"."""
    if token.ent_type_ in ("PER", "ORG", "MISC", "LOC") or token.pos_ == "PROPN":
        return True
    if token.lower_.lstrip("-") in ("il", "elle", "ils", "elles"):
        return True
    if token.lower_.lstrip("-") == "on":
        return any(t.lower_ in ("chez", "côté") for t in token.sent)  # "Chez Renault, on se dit …"
    if token.pos_ == "PRON" and any(c.ent_type_ == "PER" for c in token.subtree):
        return True  # "L'un des porte-parole, Joe Martin,"
    return token.pos_ == "NOUN" and (
        apposed_name(token) is not None  # "La coordinatrice de l'expertise, Anne Morvan,"
        or token.lemma_.endswith(_PERSON_SUFFIXES)
        or lx_speakers.role_of(token.text) is not None
        or lx_speakers.role_of(token.lemma_) is not None
        or lx_speakers.organisation_type_of(token.lemma_) is not None
        or fold(token.lemma_) in lx_speakers.MEDIA
        or fold(token.lemma_) in lx_speakers.REPRESENTATIVES
        or any(c.ent_type_ in ("PER", "ORG") for c in token.children)
    )


class _Run:
    """Attribution state for one document."""

    def __init__(
        self,
        doc: Doc,
        starts: list[int],
        index: EntityIndex,
        quote_ranges: list[tuple[int, int]],
        ents: Optional[list[Span]] = None,
        adjectives: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.starts = starts
        self.index = index
        self.quote_ranges = sorted(quote_ranges)
        self.quote_starts = [start for start, _ in self.quote_ranges]
        self.dates = [s._.timex for s in doc.spans.get("dates", [])] if "dates" in doc.spans else []
        self.parsed = doc.has_annotation("DEP")
        self.chains = Chains(doc, index, self._in_quote, chain=self.parsed, ents=ents, adjectives=adjectives)
        self.stops = _stop_tokens(doc_text(doc), starts)
        self.history: list[QuoteInfo] = []  # the quotations attributed so far, in order
        self.current: Optional[RawQuote] = None  # the quotation being attributed
        self._sources_start: Optional[int] = None

    # -- context windows ------------------------------------------------------
    def _is_date(self, token: Token) -> bool:
        return any(t.start <= token.idx < t.end for t in self.dates)

    def _in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        return k >= 0 and self.quote_ranges[k][0] <= pos < self.quote_ranges[k][1]

    def before(self, pos: int) -> tuple[int, int]:
        """Token range of the clause that ends at char `pos`, back to a sentence end or paragraph."""
        end = bisect.bisect_left(self.starts, pos) - 1  # the last token starting before `pos`
        k = bisect.bisect_right(self.stops, end) - 1
        return (self.stops[k] + 1 if k >= 0 else 0), end + 1

    def after(self, pos: int) -> tuple[int, int]:
        """Token range of the clause that starts after char `pos`, up to a sentence end."""
        start = bisect.bisect_right(self.starts, pos)  # the first token starting after `pos`
        k = bisect.bisect_left(self.stops, start)
        stop = self.stops[k] if k < len(self.stops) else len(self.starts)
        return start, min(stop, start + 30)

    # -- names and titles -----------------------------------------------------
    def echoes(self, raw: RawQuote, earlier: list[Span]) -> bool:
        """Whether the quoted words repeat part of an earlier quotation of the article."""
        text = doc_text(self.doc)
        words = _plain(text, raw.start, raw.end)
        return any(words in _plain(text, s._.quote.start, s._.quote.end) for s in earlier)

    def is_name(self, raw: RawQuote) -> bool:
        doc = self.doc
        if self._in_sources(raw):
            return True
        b_start, b_end = self.before(raw.open)
        before = [t for t in doc[b_start:b_end] if not t.is_space]
        text = doc_text(doc)
        words = text[raw.start : raw.end].split()
        # "leur ailier Yannick Pujol, « le Bison », à l'heure de jeu": a nickname set off by commas
        if (
            len(before) >= 2
            and before[-1].text == ","
            and before[-2].ent_type_ == "PER"
            and len(words) <= 3
            and text[(raw.close or raw.end) + 1 : (raw.close or raw.end) + 3].strip()[:1] in (",", ")")
        ):
            return True
        last = before[-3:]
        calls_on = bool(before) and before[-1].lower_ in ("à", "au", "aux")  # "appelle à « … »"
        # (a name is short: "a appelé « tous les dirigeants … à respecter la volonté du peuple »" calls on them)
        if any(t.lemma_.lower() in lx.NAMING_VERBS and not calls_on for t in last) and len(words) <= 6:
            return True
        titled = next((k for k in range(len(last) - 1, -1, -1) if last[k].lower_ in lx.TITLE_NOUNS), None)
        # (not after a colon: "a défendu la décision de son parti : « … »" introduces words)
        if (
            titled is not None
            and before[-1].text != ":"
            and not any(t.pos_ in ("VERB", "AUX") for t in last[titled + 1 :])
        ):
            # "le rapport « Vivre ensemble »" names a title; "sa société « a remporté ce marché »"
            # (lower case, a finite verb) is somebody's words about the société
            span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
            text = doc_text(doc)[raw.start : raw.end]
            said = span is not None and text[:1].islower() and any("Fin" in t.morph.get("VerbForm") for t in span)
            if not said:
                return True
        if before and before[-1].text == ":":
            return False
        words = [w for w in doc_text(doc)[raw.start : raw.end].split() if any(c.isalpha() for c in w)]
        # "Open Artificial Intelligence Technologies, Inc.": every word capitalised
        return 2 <= len(words) <= 8 and all(w[0].isupper() for w in words) and bool(before)

    def _in_sources(self, raw: RawQuote) -> bool:
        """A title in an article's list of sources: "(fr) « Titre » – Agence France-Presse, 29
        avril 2009", or any line after a "Sources" heading."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, raw.open) + 1
        line_end = text.find("\n", raw.open)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        lead = text[line_start : raw.open].strip()
        if _LANGUAGE_TAG.fullmatch(lead) or not lead and _CITATION_TAIL.search(line):
            return True
        if self._sources_start is None:
            heading = _SOURCES_HEADING.search(text)  # once per article: quotations can be thousands
            self._sources_start = heading.end() if heading is not None else len(text) + 1
        return line_start >= self._sources_start

    def is_term(self, raw: RawQuote, info: QuoteInfo, span: Span) -> bool:
        """Words in quotation marks that are a term, a code or a title rather than somebody's
        words: "la « sauce maison »", "de « A3 » à « Baa3 »", "le roman « La Nuit des loups »"."""
        words = doc_text(self.doc)[raw.start : raw.end].split()
        if not words:
            return True  # marks around nothing but white space (a form feed, spaces): nobody's words
        if len(span) and span.start >= 2 and len(words) <= 6 and words[0][:1].isupper():
            kind = self.doc[span.start - 2]  # "le comité « Nos villages d'abord »": the name of an organisation
            if kind.pos_ == "NOUN" and quoted_title_after(kind) is not None:
                return True
        mention = (info.speaker_mention or "").lower()
        said = info.cue is not None or (info.attribution or "").startswith(_SAID_RULES)
        # "Selon son équipe, le coureur souffre d'une « légère bronchite »" (not a title: "sur « Les revenus … »")
        # nor "une offre jugée « indécente » par l'intersyndicale", an agent nobody names
        said = said or mention.startswith(("selon", "d'après", "d’après", "par ")) and words[0][:1].islower()
        if len(words) == 1 and any(c.isdigit() for c in words[0]) or words[0].isupper() and len(words[0]) <= 5:
            return len(words) == 1 and not said
        if info.kind != "partial" or said:
            return False
        # a finite verb, or an infinitive opening the words ("a appelé à « garder son calme »")
        verb = any("Fin" in t.morph.get("VerbForm") for t in span) or "Inf" in span[0].morph.get("VerbForm")
        if info.speaker is None and len(words) <= 4 and not verb:
            return True  # nobody says it: scare quotes around a term
        if info.attribution == "sentence-subject" and len(words) == 1:
            return True  # "la victoire du « oui »": a word, not a statement
        text = doc_text(self.doc)[raw.start : raw.end]
        return text[:1].isupper() and text[-1:] not in ".!?…" and len(words) <= 10 and not verb  # a title

    # -- mentions --------------------------------------------------------------
    def mention_phrase(self, token: Token) -> Span:
        doc = self.doc
        ent = entity_of(token)
        if ent is not None:
            return ent
        if token.pos_ == "PROPN":
            chain = [token] + [c for c in token.children if c.dep_.startswith("flat")]
            left = min(t.i for t in chain)
            # "Brussels Airport", parsed apart: capitalised words right before the name
            while left > 0 and doc[left - 1].pos_ in ("PROPN", "X") and doc[left - 1].text[:1].isupper():
                if not doc[left - 1].is_alpha or doc[left - 1].ent_type_:
                    break
                left -= 1
            return doc[left : max(t.i for t in chain) + 1]
        if token.pos_ == "PRON":
            return doc[token.i : token.i + 1]
        # without a relative clause's words ("La Ville de X, qui s'était constituée …") nor
        # anything past a comma after the noun
        cut = {t.i for c in token.subtree if c.dep_ == "acl:relcl" for t in c.subtree}
        comma = next((t.i for t in doc[token.i : token.i + 7] if t.text == ","), token.i + 7)
        keep = [t for t in token.subtree if t.i not in cut and t.dep_ != "punct" and token.i - 6 <= t.i < comma]
        left = min(t.i for t in keep)
        right = max(t.i for t in keep)
        return doc[left : right + 1]

    def resolve(self, token: Token, rule: str) -> tuple[Optional[str], str, str]:
        """(canonical speaker, mention text, evidence) for the subject of a cue."""
        found = self.chains.resolve(token)
        if found.how == "pronoun":
            if impersonal(token):
                return None, found.mention, "pronoun"  # "il pourrait exister « … »": nobody
            if token.i in self.chains.introduced and found.cluster is not None:
                return found.cluster.name, found.mention, "pronoun"
            quoted = self._speaker_just_quoted(token)
            if quoted is not None:
                return quoted.name, found.mention, "pronoun"
            decided, cluster = self._pronoun_by_previous_subject(token)
            if decided:
                return (cluster.name if cluster else None), found.mention, "pronoun"
            return (found.cluster.name if found.cluster else None), found.mention, "pronoun"
        if found.how != "name":
            return (found.cluster.name if found.cluster else None), found.mention, found.how
        if found.cluster is not None:
            name = found.mention
            if fold(name) in lx_speakers.PLATFORMS:
                return None, name, "description"
            if self.index.of(name) is None and looks_like_name(name):
                self.index.add_alias(found.cluster, name, token.idx)
            return found.cluster.name, name, "name"
        phrase = self.mention_phrase(token)
        name = clean_name(phrase)
        if found.mention != token.text and looks_like_name(found.mention, organisation=True):
            name = found.mention  # an organisation named by its description: "Cour des comptes"
        # A name is capitalised, or is an entity the NER found ("le ministère de l'Intérieur").
        named = bool(name) and (
            name[0].isupper()
            and token.text[:1].isupper()
            or token.ent_type_ in ("PER", "ORG")
            or name == found.mention
            and (name != token.text or name[:1].isupper())  # not a lone lowercase word ("le prévenu")
            # "le ministère chinois de la Santé", tagged as a place
            or lx_speakers.organisation_type_of(name.split()[0]) is not None
            and looks_like_name(name)
        )
        if not named or fold(name) in lx_speakers.PLATFORMS or lx_speakers.describes_only(name):
            return None, phrase.text, "description"
        own_verb = token.dep_.startswith("nsubj") and _is_cue(token.head)  # "Paris a salué « … »"
        # (a body the NER took for a place is none: "le conseil général de l'Ariège", named by
        # its kind noun and complements, wherever the NER cut the place)
        body = token.is_lower and lx_speakers.organisation_type_of(token.text) is not None
        if token.ent_type_ == "LOC" and body:
            cut = name.split()[-1].lower() in OF_WORDS | SINGULAR_DEFINITE if name else True
            name = self.chains.organisation_name(token) or ("" if cut else name)
            if not name:
                return None, phrase.text, "description"
        elif token.ent_type_ == "LOC" and rule not in _DIRECT_RULES and not own_verb:
            return None, name, "description"  # a place speaks only through a verb of its own
        cluster: Optional[Cluster] = self.index.lookup(
            name, token.idx, fuzzy=True, gender=honorific_gender(phrase), recency=self.chains.last_mention
        )
        honorific = honorific_gender(phrase)
        if cluster is not None and honorific and cluster.gender and cluster.gender != honorific:
            # "Mme Benoît" when "Benoît" alone leads to André: the index's reading of this mention
            placed = self.index.by_position.get(phrase.start_char)
            cluster = placed if placed is not None and placed.gender == honorific else None
        cluster = self._family_member(cluster, name, phrase)
        if cluster is not None and sum(cluster.aliases.values()) <= 1 and cluster.name == name and " " not in name:
            # Seen once, as the subject of a reporting verb, one letter away from a
            # known person: a misspelling of that person ("Dupond" for "Dupont").
            person = self.index.person_like(name, exclude=cluster, exact=False)
            if person is not None:
                self.index.merge(cluster, person)
                cluster = person
        if cluster is None:
            if token.pos_ != "PROPN" and token.is_sent_start and not token.ent_type_ and name != found.mention:
                return None, phrase.text, "description"
            kind = "organisation" if token.ent_type_ in ("ORG", "MISC", "LOC") or name == found.mention else "person"
            cluster = self.index.new(name, kind, phrase.start_char)
        elif self.index.of(name) is None:
            self.index.add_alias(cluster, name, phrase.start_char)  # e.g. a misspelling
        return cluster.name, name, "name"

    def _may_be(self, found: _Found, speaker: str) -> bool:
        """Whether a description can refer to a known speaker: "son mari" is not the woman
        who spoke before."""
        words = (found.mention or "").lower().split()
        cluster = self.index.of(speaker)
        if words and words[0] in ("les", "des", "ces", "plusieurs") and (cluster is None or cluster.kind == "person"):
            return False  # "précisent les pompiers" after a captain's words: not him again
        if words and words[0] in ("un", "une"):
            return False  # "a précisé un responsable du service": someone new
        if not words or cluster is None or not cluster.gender:
            return True
        noun = next((w for w in reversed(words) if lx_speakers.role_of(w)), None)
        gender = lx_speakers.PERSON_ROLES.get(fold(noun), "") if noun else ""
        return not gender or gender == cluster.gender

    def _family_member(self, cluster: Optional[Cluster], name: str, phrase: Span) -> Optional[Cluster]:
        """ "Lopez fils", "Lopez père": of the people who share the name, the one the article
        called the son (or the father), or failing that the one it did not call so."""
        doc = self.doc
        if phrase.end >= len(doc) or doc[phrase.end].lower_ not in _GENERATIONS or len(name.split()) != 1:
            return cluster
        wanted, other = _GENERATIONS[doc[phrase.end].lower_]
        family = [c for c in self.index.clusters if c.kind == "person" and fold(name) in c.tokens]
        for group in ([c for c in family if wanted & c.roles], [c for c in family if not other & c.roles]):
            if len(group) == 1:
                return group[0]
        return cluster

    def _someone_else_between(self, previous: QuoteInfo, raw: RawQuote) -> bool:
        """Whether the narration between two quotations has a person or an organisation as a
        subject ("La Serbe … n'a pas voulu chercher d'excuses. « … »"): no continuation then."""
        first = bisect.bisect_left(self.starts, previous.end)
        last = bisect.bisect_left(self.starts, raw.open)
        speaker = self.index.of(previous.speaker) if previous.speaker else None
        for token in self.doc[first:last]:
            # a name opening a sentence of narration is its subject, however it was parsed
            opening = token.ent_type_ == "PER" and token.ent_iob_ == "B" and self._opens_sentence(token.i)
            # "Selon son agent, X, plusieurs clubs …": the source of an opinion speaks too
            opening = (
                opening or token.ent_type_ == "PER" and token.ent_iob_ == "B" and source_of_opinion(token.i, self.doc)
            )
            # "Une locataire, qui …, restait sceptique.": a noun phrase opening the sentence, however parsed
            opening = opening or (
                token.pos_ == "NOUN"
                and token.i > 0
                and self.doc[token.i - 1].pos_ == "DET"
                and self._opens_sentence(token.i - 1)
            )
            if (token.dep_ in ("nsubj", "nsubj:pass") or opening) and not self._in_quote(token.idx):
                person = token.pos_ == "NOUN" and (
                    lx_speakers.role_of(token.lemma_) is not None or person_noun(token) or _set_off_by_stressed(token)
                )
                if token.ent_type_ in ("PER", "ORG") or person or self.chains.demonym(token) is not None:
                    # the previous quotation's own incise ("a annoncé X") is not someone else
                    cluster = self.chains.cluster_of(token)
                    if cluster is None and self.chains.demonym(token) is not None:
                        cluster = self.chains.resolve(token).cluster  # "a lâché le Savoyard, en larmes"
                    if cluster is None and token.ent_type_:
                        ent = entity_of(token)
                        cluster = self.index.by_position.get(ent.start_char) if ent is not None else None
                    if cluster is None or cluster is not speaker:
                        return True
        return False

    def _speaker_just_quoted(self, pronoun: Token) -> Optional[Cluster]:
        """ "… qui a avancé un bilan de « … ». « … », a-t-il promis": the incise pronoun of a
        quotation that opens the sentence right after the last one closed its own is the last
        one's speaker, when a person of the pronoun's gender; so is "lui" in "… de « mépris ».
        Selon lui, « … »", a view given right after his words."""
        if not self.history or self.current is None:
            return None
        last = self.history[-1]
        gap = doc_text(self.doc)[last.end : self.current.open]
        if last.speaker is None or "." not in gap or "\n" in gap:
            return None
        # or "X accuse Y de « mépris ». Selon lui, « … »": his view, given right after his words
        according = pronoun.i >= 1 and pronoun.nbor(-1).lower_ == "selon" and self._opens_sentence(pronoun.i - 1)
        according = according and gap.rstrip().endswith(",") and last.end < pronoun.idx
        if not according and (not pronoun.text.startswith("-") or gap.strip(' .»”"\u00a0\u202f')):
            return None
        cluster = self.index.of(last.speaker)
        wanted = "f" if pronoun.lower_.lstrip("-") == "elle" else "m"
        if cluster is None or cluster.kind != "person" or pronoun.lower_.lstrip("-") not in ("il", "elle", "lui"):
            return None
        return cluster if cluster.gender in ("", wanted) else None

    def _previous_subject(self, pronoun: Token) -> Optional[Token]:
        """The subject of the sentence a subject pronoun continues: the previous sentence, for a
        pronoun opening its sentence or in the incise of a quotation that opens it
        ("X a défendu sa méthode. « … », a-t-il assuré")."""
        doc = pronoun.doc
        first = pronoun.sent.start
        # back over the incise (", a-t-il dit en anglais") to a closing quotation mark
        i = pronoun.i - 1
        while i >= 0 and (
            doc[i].pos_ in ("AUX", "VERB", "ADV", "SPACE")
            or doc[i].text in (",", "-t", "t")
            or doc[i].lower_ in _CLITICS
        ):
            i -= 1
        if i >= 0 and self._in_quote(doc[i].idx):
            k = bisect.bisect_right(self.quote_starts, doc[i].idx) - 1
            first = _token_at(self.starts, self.quote_ranges[k][0])
            if first > pronoun.sent.start and not self._opens_sentence(first):
                return None  # "… a dit X, « … », a-t-il ajouté": not a new sentence
        elif pronoun.i != first and self._opens_sentence(pronoun.i):
            # two sentences the parser ran together: "« … », a-t-il témoigné. Il a précisé …"
            return self._incise_subject(doc[first : pronoun.i])
        elif pronoun.i != first and not self._after_fronted_phrase(pronoun):
            return None
        if first == 0:
            return None
        previous = doc[first - 1].sent
        incise = self._incise_subject(previous)
        if incise is not None:
            return incise  # "« … », a-t-il témoigné. Il a précisé que …": the incise's speaker
        words = [t for t in previous if not t.is_space][:3]
        if len(words) == 3 and words[0].lower_ == "selon" and words[2].text == ",":
            if words[1].lower_ in ("lui", "elle") or words[1].ent_type_ == "PER":
                # "Selon lui, le film a été tourné « … ». « … », a-t-il déclaré": the sentence
                # gives his view; its grammatical subject is what he spoke of
                return words[1]
        if self._in_quote(previous.root.idx):
            # the sentence before is the end of a long quotation: the narration that opened it
            # ("X explique dans un communiqué que « … ». Malgré …, elle considère")
            k = bisect.bisect_right(self.quote_starts, previous.root.idx) - 1
            opening = _token_at(self.starts, self.quote_ranges[k][0])
            if 0 < opening <= previous.start:
                previous = doc[opening].sent
        subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None and opening_phrase(subject):
            subject = None  # "Côté gouvernement, le ministre, X, a dit"
        if subject is None:
            # "Une infirmière, qui a requis l'anonymat, raconte …" with the subject lost: the
            # noun the first relative clause hangs on
            relative = next(
                (t for t in previous if t.dep_ == "nsubj" and t.lower_ == "qui" and t.head.dep_ == "acl:relcl"), None
            )
            if relative is not None and relative.head.head.pos_ == "NOUN" and relative.head.head.i < relative.i:
                subject = relative.head.head
        if subject is None:
            subject = word_order_subject(previous.root)  # "Le député-maire, lui, a réuni …"
        if subject is None and previous.start > 0 and previous[0].text == ",":
            # a sentence the parser cut at a comma ("Le défenseur X, qui …, | , a volé …"):
            # the fragment before it names the subject
            head = doc[previous.start - 1].sent.root
            subject = head if head.pos_ in ("NOUN", "PROPN") else None
        if subject is None or self._in_quote(subject.idx):
            return None
        return subject

    def _after_fronted_phrase(self, pronoun: Token) -> bool:
        """ "Dans un communiqué, elle accuse …", "Interrogé par l'AFP, il a dit": the pronoun is
        the main clause's subject after an opening phrase with no finite verb and no name."""
        doc = pronoun.doc
        start = pronoun.sent.start
        if pronoun.i - start < 2 or doc[pronoun.i - 1].text != "," or pronoun.head.i != pronoun.sent.root.i:
            return False
        if doc[start].lower_ in ("pour", "selon", "chez", "après", "d'après", "d’après"):
            return False  # "Pour la CGT, elle …": someone's view
        return not any(
            "Fin" in t.morph.get("VerbForm") or t.ent_type_ == "PER" or self._in_quote(t.idx)
            for t in doc[start : pronoun.i]
        )

    def _incise_subject(self, sentence: Span) -> Optional[Token]:
        """The subject of an incise closing a sentence: its pronoun ("« … », a-t-il témoigné."),
        or the name it gives ("« … », regrettait le manager, X, qui a évoqué …")."""
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        for token in reversed(words[-4:]):
            if token.lower_ in ("-il", "-elle") and not self._in_quote(token.idx):
                return token
        for closing in (t for t in sentence if t.text in ("»", "”", '"') and self._in_quote(t.idx)):
            rest = [t for t in sentence[closing.i + 1 - sentence.start :] if not t.is_space]
            if len(rest) >= 3 and rest[0].text == "," and rest[1].pos_ in ("VERB", "AUX") and _is_cue(rest[1]):
                return next((t for t in rest[2:12] if t.ent_type_ == "PER" and t.ent_iob_ == "B"), None)
            if len(rest) >= 4 and rest[0].text == "," and rest[1].pos_ == "AUX" and _is_cue(rest[2]):
                # "« … », a dit l'ancien chef de l'État, avant d'annoncer qu'il …": the compound
                # verb's subject after it, not a name in the clause that follows
                verb = rest[2]
                subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
                if subject is None:
                    subject = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
                if subject is not None and subject.pos_ in ("NOUN", "PROPN") and not self._in_quote(subject.idx):
                    return subject
        # reported speech closed by an inverted incise: "…, a indiqué un porte-parole de la banque."
        comma = next((t for t in reversed(sentence) if t.text == ","), None)
        if comma is not None and not self._in_quote(comma.idx):
            rest = [t for t in sentence[comma.i + 1 - sentence.start :] if not t.is_space and not t.is_punct]
            while rest and rest[0].pos_ == "AUX":
                rest = rest[1:]
            if len(rest) >= 2 and rest[0].pos_ == "VERB" and _is_cue(rest[0]):
                subject = next((c for c in rest[0].children if c.dep_ == "nsubj" and c.i > rest[0].i), None)
                if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                    return subject
        return None

    def _opens_sentence(self, position: int) -> bool:
        """Whether the token at `position` starts a sentence, reading the text before it."""
        text = doc_text(self.doc)
        k = self.doc[position].idx - 1
        while k >= 0 and text[k].isspace():
            k -= 1  # (read back over the spaces: slicing the text before would copy it all)
        return k < 0 or text[k] in ".!?…:" or text[k] in QUOTE_CHARS

    def _main_subject(self, pronoun: Token) -> Optional[Token]:
        """For a pronoun in a subordinate clause, the subject of its sentence's main clause
        when that comes first ("Un blogueur devra payer l'ancien maire, X, qu'il avait qualifié
        de « voleur »": the blogger)."""
        root = pronoun.sent.root
        if pronoun.head.i in (root.i, pronoun.i):
            return None
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < pronoun.i), None)
        if subject is None:
            # "X a fait savoir qu'il …" parsed with "savoir" as the root: the subject of "fait"
            light = next((c for c in root.children if c.dep_ == "dep" and c.pos_ == "VERB" and c.i < root.i), None)
            subject = next((c for c in light.children if c.dep_ == "nsubj"), None) if light is not None else None
        if subject is None or subject.i == pronoun.i or self._in_quote(subject.idx):
            return None
        if subject.pos_ != "NOUN" and subject.ent_type_ not in ("ORG", "MISC"):
            return None
        return subject

    def _exchange(self, raw: RawQuote, previous: QuoteInfo, gap: str, kind: str) -> Optional[QuoteInfo]:
        """A question and its answer set side by side with no narration, as trial and interview
        reports give them: "« Où étiez-vous ? », a demandé la présidente. « Chez moi », a répondu
        le prévenu. « Seul ? » « Avec ma compagne. »". After a question comes the one who was
        asked; a question after an answer comes from the one who asked before. The speakers
        alternate between the two people of the exchange; nobody when the earlier turn is unknown.
        None when the quotation is not such a turn."""
        # nothing between the two, or only the incise closing the previous turn
        incise = (previous.attribution or "").startswith("inverted") and len(gap) < 120 and "\n" not in gap
        if any(c.isalpha() for c in gap) and not incise:
            return None
        text = doc_text(self.doc)

        def question(info: QuoteInfo) -> bool:
            return text[info.start : info.end].rstrip(' »”"\u00a0').endswith("?")

        before: Optional[QuoteInfo] = self.history[-2] if len(self.history) >= 2 else None
        if before is not None and (before.end < previous.start - 400 or before.speaker == previous.speaker):
            before = None
        # (after an incise, a question may be the speaker's own, answered by them: "« Pourquoi ? »,
        # s'interroge X. « Parce que … »"; not one put to someone: "« Vous le frappez ? », a relevé
        # le président. Long silence. Puis : « Je ne me souviens pas. »")
        rest = gap.split(".", 1)[1].strip() if "." in gap else ""  # what follows the incise
        put = _ADDRESSED.search(text[previous.start : previous.end]) and (not rest or rest.endswith(":"))
        if question(previous) and (not incise or put):
            speaker = before.speaker if before is not None else None
        elif question(raw) and before is not None and question(before):
            speaker = before.speaker
        else:
            return None
        if speaker is None or before is None:
            return QuoteInfo(raw.start, raw.end, raw.closed, kind)
        return QuoteInfo(raw.start, raw.end, raw.closed, kind, speaker, before.speaker_mention, None, None, "exchange")

    def _pronoun_by_previous_subject(self, pronoun: Token, depth: int = 0) -> tuple[bool, Optional[Cluster]]:
        """(decided, cluster): a pronoun continuing the previous sentence's subject. "Le nouveau
        gouvernement s'est fixé un objectif. Il a déclaré …": a common noun of the pronoun's
        gender that names nobody → nobody; a subject the chains tied to someone who agrees
        ("Le président de la République a défendu sa méthode. « … », a-t-il assuré") → them."""
        subject = self._previous_subject(pronoun) or self._main_subject(pronoun)
        if subject is None:
            return False, None
        wanted = "f" if pronoun.lower_.lstrip("-") in ("elle", "elles") else "m"
        if pronoun.lower_.lstrip("-") in ("ils", "elles"):
            # "Plusieurs centaines de lycéens arrivent. Ils scandent « … »": a crowd no name holds
            # (not "Les militants de Greenpeace … ont-ils prévenu": members speak for their group)
            plural = subject.pos_ == "NOUN" and subject.text.islower() and "Plur" in subject.morph.get("Number")
            named = any(t.ent_type_ for t in subject.subtree if not self._in_quote(t.idx))
            return (True, None) if plural and not named else (False, None)
        if pronoun.lower_.lstrip("-") not in ("il", "elle"):
            return False, None
        if (subject.text.startswith("-") or subject.lower_ in ("il", "elle")) and depth < 4:
            # the incise closing the previous sentence, or a pronoun continuing it in turn
            # ("M. X, lui, entend maintenir la pression. Il doit être reçu … « … », a-t-il dit"):
            # whom this rule gave it, else the chains
            decided, cluster = self._pronoun_by_previous_subject(subject, depth + 1)
            if decided:
                return (True, cluster) if cluster is None or cluster.gender in ("", wanted) else (False, None)
        cluster = self.chains.cluster_of(subject)
        if cluster is None and subject.ent_type_ in ("ORG", "MISC"):
            ent = entity_of(subject)
            cluster = self.index.by_position.get(ent.start_char) if ent is not None else None
        if cluster is None and lx_speakers.organisation_type_of(subject.lemma_ or subject.text) is not None:
            # "L'association anticorruption Anticor, qui …, s'est félicitée": the name in the
            # kind noun's phrase, however the parse hung it
            named = next((t for t in subject.subtree if t.ent_type_ == "ORG" and t.ent_iob_ == "B"), None)
            cluster = self.index.by_position.get(named.idx) if named is not None else None
        morph = {"f": "Fem", "m": "Masc"}[wanted]
        if cluster is not None:
            if cluster.kind == "person":
                return (True, cluster) if cluster.gender in ("", wanted) else (False, None)
            # "La Fédération française de rugby a fait savoir qu'elle …"
            # (a proper name has no gender of its own: the kind the article gave it, "l'agence X";
            # none known, "Moody's … elle", for the société, agence, entreprise it is: when no
            # person is named beside it)
            gender = noun_gender(subject, "") or cluster.gender
            agrees = (
                gender == wanted
                or not gender
                and wanted == "f"
                and not any(t.ent_type_ == "PER" and not self._in_quote(t.idx) for t in subject.sent)
            )
            return (True, cluster) if agrees else (False, None)
        if "Plur" in subject.morph.get("Number"):
            return False, None  # "plusieurs clubs … « … », précise-t-il": not them
        if self._after_fronted_phrase(pronoun):
            return False, None  # after an opening phrase ("Confronté à l'ancien édile, il"): not enough to say nobody
        proper = subject.ent_type_ and not subject.text.islower()  # "citoyenne" inside a tagged span is common
        if subject.pos_ != "NOUN" or proper or any(t.ent_type_ == "PER" for t in _own_words(subject)):
            return False, None
        if not (_someone(subject) or person_noun(subject)):
            return False, None  # "La réplique est venue de X. « … », a-t-elle lancé": not about a person
        if self._reported_by_name(subject.sent):
            return False, None  # "…, a précisé un de ses responsables, X. « … », a-t-il ajouté": X, maybe
        return morph in subject.morph.get("Gender"), None

    def _reported_by_name(self, sentence: Span) -> bool:
        """Whether a sentence reports its words by an inverted incise with a person's name
        ("Le département avait émis un avertissement, a précisé un de ses responsables, X.")."""
        doc = self.doc
        for verb in sentence:
            if verb.pos_ != "VERB" or self._in_quote(verb.idx) or cue_lemma(verb) is None:
                continue
            after = doc[verb.i + 1 : min(verb.i + 9, sentence.end)]
            if any(t.ent_type_ == "PER" and not self._in_quote(t.idx) for t in after):
                return True
        return False

    # -- rules -------------------------------------------------------------------
    def attribute(self, raw: RawQuote, previous: Optional[QuoteInfo]) -> QuoteInfo:
        """Rules in order of the evidence they rest on: the quote's own cue (incise, verb,
        "selon", colon), then its sentence, then its paragraph and neighbours."""
        doc = self.doc
        text = doc_text(doc)
        self.current = raw
        b_start, b_end = self.before(raw.open)
        before = [t for t in doc[b_start:b_end] if not t.is_space]
        after_range = self.after(raw.close) if raw.close is not None else (0, 0)
        after = [t for t in doc[after_range[0] : after_range[1]] if not t.is_space]
        ended = raw.end > raw.start and text[raw.end - 1] in ".!?…"
        inverted = self._inverted(after, ended)
        at_start = not before
        intro = before[-1].text if before else ""
        words = text[raw.start : raw.end].split()
        if at_start or intro in (":", "—", "–", "-") or inverted is not None:
            kind = "direct"
        elif raw.end - raw.start > 0 and text[raw.start].isupper() and ended and len(words) >= 5:
            kind = "direct"
        else:
            kind = "partial"

        if inverted is not None and (inverted.cue in _RELAYS or inverted.rule.endswith(":medium")) and before:
            # "X a reconnu : « … », rapporte le journal Y": the paper relays the words of the
            # one its sentence already gave them to
            own = self._cue_before(before) or self._colon_subject(before)
            if own is None:
                own = self._cue_before(before, partial=True)  # "…, saluant dans un message « … »"
            if own is not None and own.speaker is not None:
                inverted = own
            elif own is None or own.speaker is None:
                # "Selon son entourage, le ministre « … », rapporte le journal Y": the source
                # the sentence opens on, even unnamed
                source = self._sentence_according_to(raw, named=False)
                inverted = source if source is not None else inverted
        found = (
            inverted
            or self._narrative_infinitive(before, previous)
            or self._aside(before, after)
            or self._passive_agent(before, after)
            or self._colon_name(before)
            or self._incise_within(before)
            or self._cue_before(before)
            or self._according_to(self._verbless_tail(before))
        )
        # "…, qui « … », selon un communiqué de l'Élysée": a source after the quotation that
        # names nobody leaves the sentence's own reading first
        trailing = self._according_to(after[:4]) if found is None else None
        unsigned = (
            trailing is not None
            and trailing.speaker is None
            and any(t.pos_ == "NOUN" and fold(t.lemma_ or t.text) in lx_speakers.MEDIA for t in after[:5])
        )  # ("selon l'expression des enquêteurs" names who said it)
        if trailing is not None and not unsigned:
            found = trailing
        found = found or self._colon_subject(before)
        if found is None and at_start:
            found = self._introduced_before(raw)
        if found is None and kind == "partial":
            found = self._cue_before(before, partial=True) or self._sentence_subject(raw)
        found = found or trailing
        described = (
            found is not None
            and found.cue is not None
            and found.mention is not None
            and found.rule == "description"
            and _someone_unnamed(found.mention)
        )  # "Selon l'AFP, une femme … résumait : « … »": someone unnamed said it, the source relays
        if (found is None or found.speaker is None) and not described:
            # (an unnamed source still says whose words they are: "Selon la direction, … « … »")
            found = self._sentence_according_to(raw) or found or self._sentence_according_to(raw, named=False)
        elif found.rule.startswith("sentence-subject"):
            # "Selon la Commission, X a pratiqué des tarifs « … »": the words are the source's,
            # not those of the clause's subject, whether the source is named or not
            found = self._sentence_according_to(raw, named=False) or found
        if (
            (found is None or found.speaker is None or found.rule.startswith("sentence-subject"))
            and previous is not None
            and previous.speaker
        ):
            # "X a répondu que le prix était « … » et que le festival « … »": the second
            # que-clause is reported by the same verb as the first
            strong = (previous.attribution or "").split(":")[0] in _STRONG_RULES
            if strong and _SAME_REPORT.fullmatch(text[previous.end : raw.open]):
                return replace(
                    previous, start=raw.start, end=raw.end, closed=raw.closed, kind=kind, attribution="same-sentence"
                )
        if found is None and raw.close is not None and _NAMING_AFTER.match(text, raw.close + 1):
            found = self._named_after(raw)  # "« … » C'est en ces termes que X a justifié …"
        if found is None and previous is not None and previous.speaker and self._opens_paragraph(raw):
            # "¶« … » Auteur de l'essai, X refusait …": the paragraph goes on about someone else
            named = self._named_after(raw, subject_only=True)
            if named is not None and named.speaker != previous.speaker:
                found = named
        if found is None and previous is not None and previous.attribution == "answer" and self._question(raw):
            return QuoteInfo(raw.start, raw.end, raw.closed, kind)  # the interviewer's next question
        if found is None and self._opens_paragraph(raw):
            found = self._answer(raw)
        if (found is None or found.speaker is None) and previous is not None and previous.speaker:
            gap = text[previous.end : raw.open]
            continuing = (
                found is None
                or (
                    found.cue in lx_speakers.CONTINUING_VERBS
                    or found.mention is not None
                    and "même" in found.mention.lower().split()
                )
                and self._may_be(found, previous.speaker)
            )
            # a clause of narration ending on a colon introduces someone else's words (not a
            # subordinate one alone: "Puis, alors que les questions se faisaient plus pressantes :")
            introduced = intro == ":" and any(
                "Fin" in t.morph.get("VerbForm") and not any(c.dep_ == "mark" for c in t.children) for t in before
            )
            # a partial quotation nothing in its sentence attributes, in the paragraph of the last
            # one, goes on with it when it is a statement ("D'après le communiqué du ministère,
            # « … ». L'agression a été violente, « seule l'intervention … a pu … »")
            # (not after "Pour un haut fonctionnaire, « … »": a source of its own, unnamed)
            # (in the sentence after the last quotation's, at most)
            near = "\n" not in gap and len(re.findall(r"[.!?…](?:\s|$)", gap)) <= 1
            # after a paragraph break and two sentences of narration, a quotation nothing cues
            # is no longer the last speaker's by default: the narration has moved on
            narrated = "\n" in gap and len(re.findall(r"[.!?:…](?:\s|$)", gap)) >= 2
            carries = kind == "direct" or found is None and near and self._statement(raw)
            carries = carries and (kind == "direct" or self._sentence_opening(raw) not in _SOURCE_OPENINGS)
            if found is None and narrated:
                continuing = self._narration_about(raw, previous.speaker)
            if len(gap) <= 300 and carries and continuing and not introduced:
                introduced = self._someone_else_between(previous, raw)
            exchange = self._exchange(raw, previous, gap, kind)
            if exchange is not None:
                return exchange
            if len(gap) <= 300 and carries and continuing and not introduced:
                return QuoteInfo(
                    raw.start,
                    raw.end,
                    raw.closed,
                    kind,
                    previous.speaker,
                    previous.speaker_mention,
                    previous.cue,
                    previous.addressee,
                    "continuation",
                    None,
                )
        if found is None and self._opens_paragraph(raw):
            found = self._introduced_by_paragraph(raw) or self._named_after(raw)
        elif found is None and at_start:
            found = self._introduced_by_sentence(raw)
        if found is None:
            return QuoteInfo(raw.start, raw.end, raw.closed, kind)
        addressee = self._addressee(found)
        date = self._date(found)
        return QuoteInfo(
            raw.start, raw.end, raw.closed, kind, found.speaker, found.mention, found.cue, addressee, found.rule, date
        )

    def _found(
        self, subject: Optional[Token], cue: Optional[Token], rule: str, clause: tuple[int, int]
    ) -> Optional[_Found]:
        if subject is None or self._is_date(subject):
            return None  # "Mardi encore, … assurait que": a day is nobody
        relative = subject.lower_ in ("qui", "lequel", "laquelle") and "Rel" in subject.morph.get("PronType")
        if relative and subject.head.dep_ != "acl:relcl":
            # "a soutenu le Québécois, qui a promis que « … »" parsed as a clause of its own: the
            # noun just before is the antecedent (a relative clause's the chains read themselves)
            k = subject.i - 1 if subject.i > 0 and subject.nbor(-1).text != "," else subject.i - 2
            antecedent = self.doc[k] if k >= 0 else subject
            if k >= 0 and antecedent.ent_type_ != "PER" and subject.nbor(-1).text == ",":
                # "l'écrivain X, membre de l'institution depuis 1997, qui a qualifié": the name
                # before the apposition
                antecedent = _name_before_apposition(self.doc, k) or antecedent
            if antecedent.pos_ in ("NOUN", "PROPN") and antecedent.i < subject.i:
                subject = antecedent
        if cue is not None and subject.i < cue.i:
            # "La Commission, par la voix de son porte-parole, X, a salué « … »": X speaks; so does
            # "Au cabinet du ministre, X, son attachée de presse, Y, assure": Y
            # (or after the words: "X a appelé à « … », par la voix de sa porte-parole, Y")
            subject = (
                self._voice(subject.i, cue.i)
                or self._possessed_role_name(subject, cue.i)
                or self._voice(cue.i, cue.sent.end)
                or subject
            )
        speaker, mention, how = self.resolve(subject, rule)
        if how == "pronoun":
            rule = "pronoun" if rule != "inverted-cue" else "inverted-pronoun"
        elif how == "description" or speaker is None:
            rule = "description"
        elif how != "name":
            rule = f"{rule}:{how}"
        return _Found(speaker, mention, rule, cue_lemma(cue) if cue is not None else None, clause)

    def _fronted_participle(self, token: Token) -> bool:
        """A present participle opening its sentence ("S'exprimant devant la presse, …")."""
        if "Pres" not in token.morph.get("Tense") or "Part" not in token.morph.get("VerbForm"):
            return False
        first = token.sent.start
        lead = [t for t in self.doc[first : token.i] if not t.is_space]
        return all(t.lower_ in ("s'", "s’", "se", "en", "tout") for t in lead) and self._opens_sentence(
            lead[0].i if lead else token.i
        )

    def _possessed_role_name(self, subject: Token, end: int) -> Optional[Token]:
        """The name set off after "X, son attachée de presse," before the verb at `end`."""
        doc = self.doc
        if subject.ent_type_ != "PER":
            return None
        ent = entity_of(subject)
        k = ent.end if ent is not None else subject.i + 1
        if k + 2 >= end or doc[k].text != "," or doc[k + 1].lower_ not in ("son", "sa", "leur"):
            return None
        noun = doc[k + 2]
        if noun.pos_ != "NOUN" or lx_speakers.role_of(noun.lemma_ or noun.text) is None and not person_noun(noun):
            return None
        comma = next((t for t in doc[k + 3 : end] if t.text == ","), None)
        if comma is None or comma.i + 1 >= end:
            return None
        return self._first_person(doc[comma.i + 1 : comma.i + 2])  # the name right after the comma

    def _voice(self, start: int, end: int) -> Optional[Token]:
        """The person named after "par la voix de" between a subject and its verb."""
        doc = self.doc
        for i in range(start, min(end, len(doc)) - 3):
            if doc[i].lower_ == "par" and doc[i + 1].lower_ in ("la", "sa") and doc[i + 2].lower_ == "voix":
                return self._first_person(doc[i + 3 : end])
        return None

    def _first_person(self, tokens: Span) -> Optional[Token]:
        """The first word of the first person's name among `tokens`, outside quotations."""
        names = (t for t in tokens if t.ent_type_ == "PER" and t.ent_iob_ == "B")
        return next((t for t in names if not self._in_quote(t.idx)), None)

    def _inverted(self, after: list[Token], ended: bool = False) -> Optional[_Found]:
        """« … », a déclaré X / a-t-il écrit / explique-t-elle, right after the quote or
        closing its sentence ("« … » pour rester compétitifs, a rapporté X."). After a quote
        that ends its own sentence, a capitalised word begins a new one: no incise there."""
        if ended and after and after[0].text[:1].isupper() and after[0].pos_ not in ("VERB", "AUX"):
            return None
        starts = [0] if not after or after[0].text != "," else [1]
        starts += [k + 1 for k, t in enumerate(after) if t.text == "," and k + 1 not in starts and k > 0]
        for first in starts:
            found = self._inverted_at(after[first:], at_quote=first <= 1)
            if found is not None:
                return found
        return None

    def _subject_ending_sentence(self, rest: list[Token]) -> Optional[Token]:
        """ "« … », a déclaré lundi, à l'issue d'une réunion …, le président du conseil régional,
        X (PS).": an incise whose subject comes last, after complements set off by commas — the
        name that ends the sentence, or a person's role noun heading the last phrase."""
        end = next((j for j, t in enumerate(rest[:45]) if t.text in (".", "!", "?", "«", "»", ":")), None)
        closes = bool(rest) and (
            rest[-1].i + 1 >= len(self.doc) or self.doc[rest[-1].i + 1].text in (".", "!", "?", "\n", "\n\n")
        )
        if end is None and len(rest) < 45 and closes:
            end = len(rest)  # (the words given end with the sentence)
        elif end is None or end == 0 or rest[end].text not in (".", "!", "?"):
            return None
        commas = [j for j in range(end) if rest[j].text == ","]
        if not commas:
            return None
        last = rest[commas[-1] + 1 : end]
        while last and last[-1].text == ")":  # "X (PS)"
            opening = next((j for j in range(len(last) - 1, -1, -1) if last[j].text == "("), None)
            last = last[:opening] if opening else []
        if not last or self._in_quote(last[0].idx):
            return None
        ent = entity_of(last[0])
        if ent is not None and ent.label_ == "PER" and ent.start == last[0].i and ent.end - 1 == last[-1].i:
            return last[0]  # the name alone closes the sentence
        head = last[1] if len(last) > 1 and last[0].pos_ == "DET" else None
        if head is not None and head.pos_ == "NOUN" and lx_speakers.role_of(head.text) is not None:
            return head  # "…, la mairesse de la ville."
        return None

    def _inverted_at(self, tokens: list[Token], at_quote: bool) -> Optional[_Found]:
        pronoun: Optional[Token] = None
        # "« … » l'a relancé le magistrat", "lui a demandé X": object clitics before the verb
        lead = 0
        while lead < min(2, len(tokens) - 1) and tokens[lead].lower_ in _CLITICS - {"s'", "s’", "se", "y", "en"}:
            lead += 1
        # "« … », s'indigne X": after the reflexive pronoun, the word is the verb, whatever its tag
        reflexive = int(lead < len(tokens) and tokens[lead].lower_ in ("s'", "s’", "se"))
        for k, token in enumerate(tokens[:7]):
            if token.lower_ in _INVERTED_PRONOUNS and token.text.startswith("-"):
                pronoun = token
                continue
            if (
                at_quote
                and k == 0
                and "Part" in token.morph.get("VerbForm")
                and not any(c.dep_.startswith("aux") for c in token.children)
                and k + 1 < len(tokens)
                and tokens[k + 1].pos_ == "ADP"
                and not (_said_form(token) and tokens[k + 1].lower_ != "par")
            ):
                return None  # "« un signal fort » envoyé par …": a participle, not an incise
            if token.lower_ == "en" and k + 1 < len(tokens) and "Pres" in tokens[k + 1].morph.get("Tense"):
                return None  # "tout en promettant le contraire": a gerund, not an incise
            if "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense"):
                return None  # "…, jugeant l'accord « … »": a present participle has no subject after it
            if (
                "Inf" in token.morph.get("VerbForm")
                and k > 0
                and tokens[k - 1].lower_ in ("de", "d'", "d’", "à", "pour", "sans", "par")  # (the tag alone errs)
                and pronoun is None
                and not any(t.lemma_.lower() in _LIGHT_VERBS | _CARRIERS or t.pos_ == "AUX" for t in tokens[:k])
            ):
                return None  # "« … » afin de confier le prononcé à un juge": an infinitive is no incise
            if cue_lemma(token, inverted=at_quote and k <= lead + reflexive or pronoun is not None) is not None or (
                at_quote and self._any_verb_incise(tokens, k)
            ):
                rest = [t for t in tokens[k + 1 :] if t.text not in ("-t", "t")]
                if pronoun is None and rest and rest[0].lower_ in _INVERTED_PRONOUNS and rest[0].text.startswith("-"):
                    pronoun = rest[0]  # "explique-t-elle"
                subject = pronoun
                if subject is None:
                    # "déclare à l'AFP Jean Dupont": the addressee is not the speaker
                    subject = next(
                        (
                            c
                            for c in token.children
                            if c.dep_ in ("nsubj", "nsubj:pass")
                            and c.i > token.i
                            and c.lower_ not in ("-t", "t", "a")
                            and not self._in_quote(c.idx)  # (a title quoted later: "« Nous sommes tous X »")
                        ),
                        None,
                    )
                at = next((j for j, t in enumerate(rest) if subject is not None and t.i == subject.i), None)
                if pronoun is None and at is not None and self._in_pp(rest, at):
                    subject = None  # "a indiqué à l'AFP X" parsed with the agency as subject
                elif pronoun is None and at is not None and subject.ent_type_ != "PER":
                    # "a déclaré à l'AFP X, un responsable du Croissant-Rouge": the name first
                    named = (
                        t
                        for j, t in enumerate(rest[:at])
                        if t.ent_type_ == "PER" and t.ent_iob_ == "B" and not self._in_pp(rest, j)
                    )
                    subject = next(named, subject)
                if subject is None or self._is_date(subject):
                    subject = None
                    for j, nxt in enumerate(rest[:12]):
                        if self._is_date(nxt):
                            continue  # "a tweeté dimanche soir le député X"
                        if nxt.text == "-":
                            continue  # "le troisième-ligne", cut at the hyphen
                        nominal = nxt.pos_ in ("PROPN", "NOUN") or nxt.ent_type_
                        # "un ancien détenu": a participle after a determiner names someone
                        after_det = j > 0 and rest[j - 1].pos_ in ("DET", "ADJ")
                        following = rest[j + 1] if j + 1 < len(rest) else None
                        last_word = following is None or following.text != "-" and following.pos_ not in _NOMINAL
                        nominal = nominal or nxt.pos_ in ("VERB", "ADJ") and after_det and last_word
                        if nominal and not self._in_pp(rest, j):
                            subject = nxt
                            break
                if at_quote and pronoun is None and (subject is None or not _someone(subject)):
                    # (not "la voix brisée", set off before the one who spoke)
                    subject = self._subject_ending_sentence(rest) or subject
                if subject is None:
                    return None
                own = explicit_subject(token)
                before_quote = own is not None and own.i < tokens[0].i and not self._in_quote(own.idx)
                if (
                    at_quote
                    and before_quote
                    and subject.dep_ == "obj"
                    and any(t.lower_ == "qui" for t in self.doc[own.i + 1 : _token_at(self.starts, self.current.open)])
                ):
                    # "Le ministre X, qui avait proposé « … », n'a pas commenté la décision": the
                    # main clause resumes after its subject's relative clause
                    return None
                # ("…, indique un communiqué du Palais.": a present-tense incise closing the sentence,
                # its inverted subject read as an object, is one)
                closing_incise = (
                    not at_quote
                    and own is None
                    and subject.dep_ == "obj"
                    and "Pres" in token.morph.get("Tense")
                    and not any(c.dep_.startswith("aux") for c in token.children)
                    and k == 0
                    and self._closes_sentence(subject)
                )
                if not at_quote and (subject.dep_ == "obj" or before_quote) and not closing_incise:
                    # "X, qui les avait traités de « … » quelques jours plus tôt, a salué leur
                    # prestation": away from the quote, a verb with its object, or with a subject
                    # before it, is the sentence's own, no incise
                    return None
                # away from the quote, the incise must close the sentence
                if not at_quote and any(t.pos_ == "VERB" for t in rest if t.i > subject.i):
                    return None
                clause = (tokens[0].i, tokens[-1].i + 1)
                found = self._found(subject, token, "inverted-cue", clause)
                if found is not None and found.cue is None:
                    found.cue = cue_lemma(token, inverted=True)
                return found
            if token.lemma_.lower() in _LIGHT_VERBS | _CARRIERS or token.lower_ in _CARRIERS | {"de", "d'", "d’", "à"}:
                continue  # "a fait valoir", "s'est-il contenté de dire", "a tenu à préciser"
            if (
                token.pos_ not in ("AUX", "ADV")
                and token.lower_ not in _AUXILIARY_FORMS  # (tagged X: "», a lu X")
                and token.text not in ("-t", "t")
                and token.lower_ not in _CLITICS
            ):
                return None
        return None

    @staticmethod
    def _any_verb_incise(tokens: list[Token], k: int) -> bool:
        """ "« … », balayait le demi de mêlée X", "« … », s'agace-t-il": right after a quotation
        and its comma, a verb followed by its own subject is an incise, whatever the verb."""
        token = tokens[k]
        if token.pos_ != "VERB" or any(t.pos_ not in ("AUX", "ADV") and t.lower_ not in _CLITICS for t in tokens[:k]):
            return False
        if "Fin" not in token.morph.get("VerbForm") and not (k > 0 and tokens[k - 1].pos_ == "AUX"):
            return False
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if following is not None and following.lower_ in _INVERTED_PRONOUNS and following.text.startswith("-"):
            return True
        if any(
            c.dep_ in ("obj", "ccomp", "xcomp") or c.dep_.startswith("nsubj") and c.i < token.i for c in token.children
        ):
            return False  # "« … », a gagné le match": a clause of its own
        # the subject, after the verb, ends the sentence: "balayait déjà samedi soir le demi X."
        rest = tokens[k + 1 : k + 14]
        end = next((j for j, t in enumerate(rest) if t.text in (".", "!", "?", ";", "«", "»")), None)
        if end is None and len(rest) < 13:
            end = len(rest)  # the window stops at the sentence's end
        if end is None or not any(t.pos_ in ("NOUN", "PROPN") for t in rest[:end]):
            return False
        return not any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("que", "qu'", "qu’") for t in rest[:end])

    @staticmethod
    def _in_pp(tokens: list[Token], j: int) -> bool:
        """Whether tokens[j] sits in a prepositional phrase ("à l'AFP", "devant la presse")."""
        target = tokens[j]
        for k in range(j - 1, -1, -1):
            token = tokens[k]
            if token.pos_ == "ADP" or token.lower_ == "a":
                return True  # ("a déclaré a l'AFP": "à" typed without its accent, after the verb)
            if token.pos_ == "DET" and k > 0 and tokens[k - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
                return False  # "a dit en anglais l'entraîneur X": a new noun phrase begins
            # (a number inside a name: "au micro de France 3 Bretagne")
            numbered = token.like_num and k > 0 and tokens[k - 1].text[:1].isupper()
            if token.pos_ not in ("DET", "ADJ", "PROPN", "NOUN") and not numbered:
                return False
            if token.ent_type_ and target.ent_type_ and token.ent_type_ != target.ent_type_:
                return False  # "à l'AFP Jean Dupont": a new name begins after the phrase
            if (
                k == j - 1
                and target.ent_type_ == "PER"
                and target.ent_iob_ == "B"
                and not token.ent_type_
                and token.text.islower()
                and lx_speakers.role_of(token.text) is None
            ):
                return False  # "à la presse Grace Otieno" (not "au juge Paul Roux")
        return False

    def _colon_name(self, before: list[Token]) -> Optional[_Found]:
        """X : « … »"""
        if (
            len(before) >= 2
            and before[-1].text == ":"
            and before[-2].pos_ == "PROPN"
            and before[-2].text[:1].isupper()
            and not any(_is_cue(t) for t in before)
            # "X : « … »" heads a headline or a list; "soutien sur Twitter :", "Crue du Richelieu :"
            # end a clause on a complement, whose subject the colon rule reads instead
            and before[-2].ent_type_ != "LOC"
            and not any(t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "d’") for t in before[-4:-2])
            and not any("Fin" in t.morph.get("VerbForm") for t in before)
        ):
            return self._found(before[-2], None, "colon", (before[0].i, before[-1].i + 1))
        return None

    @staticmethod
    def _narrative_infinitive(before: list[Token], previous: Optional[QuoteInfo]) -> Optional[_Found]:
        """ "Et d'ajouter : « … »", "Et de conclure, à l'adresse des fans : « … »": the infinitive
        of narration goes on with the last quotation's speaker."""
        words = [t for t in before if not t.is_space]
        if len(words) < 3 or words[0].lower_ != "et" or words[1].lower_ not in ("de", "d'", "d’"):
            return None
        if "Inf" not in words[2].morph.get("VerbForm") or not _is_cue(words[2]):
            return None
        if previous is None or previous.speaker is None:
            return None
        clause = (words[0].i, words[-1].i + 1)
        return _Found(previous.speaker, previous.speaker_mention, "continuation", cue_lemma(words[2]), clause)

    def _incise_within(self, before: list[Token]) -> Optional[_Found]:
        """ "Le commercial, raconte-t-il, est resté « … »": an incise with its subject pronoun
        after the verb, set off by commas in the quotation's sentence, says who reports it,
        whatever the parse made of the verb."""
        for k in range(len(before) - 4, -1, -1):
            if before[k].text != ",":
                continue
            verb = before[k + 1]
            rest = [t for t in before[k + 2 : k + 5] if t.text not in ("-t", "t")]
            if (
                verb.is_alpha
                and verb.text.islower()
                and len(rest) >= 2
                and rest[0].text.startswith("-")
                and rest[0].lower_ in _INVERTED_PRONOUNS
                and rest[1].text == ","
            ):
                return self._found(rest[0], verb, "inverted-cue", (before[k].i, rest[1].i + 1))
        return None

    def _cue_before(self, before: list[Token], partial: bool = False) -> Optional[_Found]:
        """X a écrit : « … » / X a affirmé qu'il voulait « … »; for a partial quote, also a cue a
        few words before it ("Bruxelles juge le plan italien « insuffisant »")."""
        for k in range(len(before) - 1, -1, -1):
            token = before[k]
            if not _is_cue(token):
                continue
            between = before[k + 1 :]
            if _bare_past_participle(token):
                continue  # "Interrogé sur son avenir, X a dit :": the one asked speaks
            if _passive(token):
                continue  # "l'installation avait été déclarée « … »": the subject is what was said
            if token.dep_ == "acl:relcl" and _clause_closed(before[k + 1 :]):
                # "Pour X, les annonces du ministre, qui a promis que …, ne sont qu'« … »": the
                # relative clause ended before the words; its verb does not introduce them
                continue
            if "Inf" in token.morph.get("VerbForm") and any(
                "Fin" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX") for t in between
            ):
                # "Invité à s'exprimer par la présidente, il a livré sa version :": the clause's
                # own verb comes after; the colon rule reads its subject
                continue
            # "a ajouté du sel" is no cue: the verb must introduce speech
            introduces = (
                len(between) <= 2
                or any(t.text == ":" or _completive(t) for t in between)
                or any(c.dep_ == "ccomp" for c in token.children)
                or partial
                and len(between) <= 12
                and token.lemma_.lower() not in lx.CONCRETE_SENSE
                and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in between)
            )
            if not introduces:
                continue
            subject = self._subject_of(token)
            typo = subject is None and token.i > 0 and _typed_for_has(token.nbor(-1))  # "X à déclaré"
            # (a "subject" inside the quotation itself is the parse running on into it)
            inside = subject is not None and subject.i > token.i and self._in_quote(subject.idx)
            # (nor the subject of its que-clause: "… s'est dite « … » et a promis que l'Union allait")
            reported = subject is not None and any(
                t.lower_ in ("que", "qu'", "qu’") for t in self.doc[token.i + 1 : subject.i]
            )
            # (or a subject that is nobody, from a relative clause the parse coordinated it into:
            # "X indique que …, qui fournit …, et précise que « … »")
            nobody = subject is not None and subject.i < token.i and not _someone(subject)
            if (reported or subject is None or nobody) and token.dep_ == "conj":
                # the subject of the verb it is coordinated with, whatever the parse made its head
                verbs = (
                    t
                    for t in reversed(self.doc[token.sent.start : token.i])
                    if t.pos_ == "VERB"
                    and not self._in_quote(t.idx)
                    and explicit_subject(t) is not None
                    and (not nobody or _someone(explicit_subject(t)) and _is_cue(t))
                )
                previous = next(verbs, None)
                subject = explicit_subject(previous) if previous is not None else None
            elif subject is not None and self._is_date(subject) or typo or inside or reported:
                subject = word_order_subject(token)  # "Mardi encore, …, le président X assurait que"
            if subject is None:
                # "comme le rappelle X, « … »": the subject follows the verb (not past a "que":
                # "et a promis que l'Union allait « … »" is the Union's clause)
                clause = list(takewhile(lambda t: t.lower_ not in ("que", "qu'", "qu’"), between))
                # (never where the words went: "a déclaré au Financial Times :")
                subject = next(
                    (
                        t
                        for t in clause
                        if (t.ent_type_ in ("PER", "ORG") or t.pos_ == "PROPN") and not in_complement(t)
                    ),
                    None,
                )
            sent = token.sent
            if subject is None and sent.start > 0 and sent[0].text == ",":
                # the parser cut the sentence at a comma ("X, celui que … « roi du textile » | ,
                # avait déclaré"): the fragment before it opens on the subject
                head = self.doc[sent.start - 1].sent.root
                subject = head if head.pos_ in ("PROPN", "NOUN") and head.ent_type_ in ("PER", "ORG") else None
            if subject is None and self._fronted_participle(token):
                # "S'exprimant depuis le balcon, la lauréate s'est montrée prudente :": the
                # participle opening the sentence has its main clause's subject, however the
                # parse hung the two
                main = token.head if token.dep_ == "advcl" and token.head.i > token.i else None
                if main is None:
                    main = next((t for t in between if t.pos_ == "VERB" and _has_auxiliary(t)), None)
                if main is not None:
                    subject = subject_of(main) or word_order_subject(main)
            if subject is None and self._after_incise(token):
                # "« … », a répété sur RTL le ministre X, estimant que les Français « … »": the
                # participle has the subject its incise set after the verb
                subject = next(
                    (
                        t
                        for t in self.doc[token.head.i + 1 : token.i]
                        if (t.ent_type_ in ("PER", "ORG") or t.pos_ == "PROPN") and not in_complement(t)
                    ),
                    None,
                )
            if subject is None and "Inf" in token.morph.get("VerbForm"):
                # "X, s'exprimant depuis Matignon, a appelé à ne pas crier victoire :": an
                # infinitive speaks through the verb it hangs on, the finite one before it
                finite = next(
                    (
                        t
                        for t in reversed(before[:k])
                        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") or _has_auxiliary(t)
                    ),
                    None,
                )
                subject = subject_of(finite) if finite is not None else None
                if finite is not None and (subject is None or self._in_quote(subject.idx)):
                    subject = word_order_subject(finite)
            outer = self._outer_reporter(token, subject) if subject is not None else None
            return outer or self._found(subject, token, "cue-subject", (before[0].i, before[-1].i + 1))
        return None

    def _after_incise(self, participle: Token) -> bool:
        """Whether a present participle hangs on the verb of an incise right after a quotation
        ("« … », a répété X, estimant que")."""
        verb = participle.head
        if participle.dep_ != "advcl" or verb.i >= participle.i or "Pres" not in participle.morph.get("Tense"):
            return False
        if "Part" not in participle.morph.get("VerbForm"):
            return False
        i = verb.i - 1
        while i > 0 and (self.doc[i].pos_ == "AUX" or self.doc[i].text in (",", "-t")):
            i -= 1
        return i >= 0 and self.doc[i].text in '»”"'

    @staticmethod
    def _verbless_tail(before: list[Token]) -> list[Token]:
        """The words just before a quote, back to the last verb ("D'après le communiqué du X, « …")."""
        tail: list[Token] = []
        for token in reversed(before):
            if token.pos_ in ("VERB", "AUX") and not _bare_past_participle(token):
                break  # ("selon un habitant interrogé par la BBC, « … »": the participle describes)
            tail.insert(0, token)
        return tail

    def _according_to(self, tokens: list[Token]) -> Optional[_Found]:
        """selon X / d'après X / pour X, « … »; "X, pour qui son client « … »"."""
        for k, token in enumerate(tokens):
            lower = token.lower_
            if (
                lower in ("pour", "selon")
                and 2 <= k < len(tokens) - 1
                and tokens[k + 1].lower_ == "qui"
                and tokens[k - 1].text == ","
                and tokens[k - 2].ent_type_ in ("PER", "ORG")
            ):
                # the relative's antecedent holds the view: "Me Laurent Guedj, pour qui son client …"
                return self._found(tokens[k - 2], None, "selon", (tokens[k - 2].i, tokens[-1].i + 1))
            if (
                lower == "pour"
                and k + 2 < len(tokens)
                and tokens[k + 1].lower_ in ("lui", "elle", "eux", "elles")
                and tokens[k + 2].text == ","
            ):
                return self._found(tokens[k + 1], None, "selon", (tokens[0].i, tokens[-1].i + 1))
            if (
                lower == "pour"
                and k + 2 < len(tokens)
                and tokens[k + 1].lower_ in ("le", "la", "l'", "l’", "son", "sa", "leur")
            ):
                # "Pour l'organisation …, « … »", "pour la procureure, X, …", "Pour son avocate, Me X,":
                # a description of someone
                noun = tokens[k + 2]
                comma = next((t for t in tokens[k + 2 : k + 14] if t.text == ","), None)
                if comma is not None and noun.pos_ == "NOUN" and _someone(noun):
                    found = self._found(noun, None, "selon", (tokens[0].i, tokens[-1].i + 1))
                    if found is not None and found.speaker is not None:
                        return found
            # "Pour Agnès Vidal, « … »", "Pour la CGT, le plan confirme « … »": only a named
            # person or organisation followed by a comma
            named = _named_after_pour(tokens, k) if lower == "pour" else None
            if named is not None:
                name = self.mention_phrase(tokens[named])
                if name.end < len(tokens[0].doc) and tokens[0].doc[name.end].text == ",":
                    return self._found(tokens[named], None, "selon", (tokens[0].i, tokens[-1].i + 1))
            is_selon = lower == "selon" or (
                lower in ("d'", "d’") and k + 1 < len(tokens) and tokens[k + 1].lower_ == "après"
            )
            if not is_selon:
                continue
            rest = tokens[k + (2 if lower != "selon" else 1) :]
            for j, nxt in enumerate(rest[:6]):
                # "selon un habitant du quartier de X": the head of the phrase, even tagged as a participle
                following = rest[j + 1] if j + 1 < len(rest) else None
                nominal = nxt.pos_ in ("VERB", "ADJ") and j > 0 and rest[j - 1].pos_ == "DET"
                nominal = nominal and (following is None or following.text != "-" and following.pos_ not in _NOMINAL)
                if nxt.pos_ == "NOUN" and nxt.lemma_.lower() in lx.OWN_WORDS and _possessed(nxt):
                    # "Selon ses calculs, la Ville compterait « … »": the possessor's own figures
                    owner = self._possessor(nxt)
                    if owner is not None:
                        return _Found(
                            owner.name, self.mention_phrase(nxt).text, "selon:possessive", None, (nxt.i, nxt.i + 1)
                        )
                if nxt.pos_ in ("PROPN", "PRON", "NOUN") or nxt.ent_type_ or nominal:
                    found = self._found(nxt, None, "selon", (tokens[0].i, tokens[-1].i + 1))
                    if found and (found.speaker or found.mention):
                        return found
                    break
        return None

    def _possessor(self, noun: Token) -> Optional[Cluster]:
        """Whose "ses calculs" are: the one person subject of the noun's sentence or the one
        before it, when there is exactly one."""
        chains = self.chains
        here = chains.sentence_of[noun.i]
        recent = [m for m in chains.mentions if m.token < noun.i and here - m.sentence <= 1]
        subjects = {id(m.cluster): m.cluster for m in recent if m.subject and m.cluster.kind == "person"}
        if any(c.dep_ == "conj" for m in recent if m.subject for c in self.doc[m.token].children):
            return None  # "X et Y siègent au conseil": whose?
        return next(iter(subjects.values())) if len(subjects) == 1 else None

    def _closes_sentence(self, subject: Token) -> bool:
        """Whether the noun phrase of `subject` runs to the end of its sentence."""
        doc = self.doc
        end = max(t.i for t in subject.subtree) + 1
        return end >= len(doc) or doc[end].text in (".", "!", "?") or "\n" in doc[end].text

    def _quote_sentence(self, raw: RawQuote) -> Span:
        """The quotation's sentence; after a colon, the sentence the colon ends ("Selon lui, la
        mission permettra … : « … »", which the parser may cut at the colon)."""
        doc = self.doc
        at = _token_at(self.starts, raw.open)
        k = at - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k >= 1 and doc[k].text == ":" and doc[at].sent.start > doc[k - 1].sent.start:
            return doc[k - 1].sent
        return doc[_token_at(self.starts, raw.start)].sent

    def _sentence_opening(self, raw: RawQuote) -> str:
        """The first word (lower case) of the quotation's sentence."""
        sent = self._quote_sentence(raw)
        first = next((t for t in sent if not t.is_space), None)
        return first.lower_ if first is not None else ""

    def _statement(self, raw: RawQuote) -> bool:
        """Quoted words that make a statement of their own: a finite verb, or five words or more;
        not words another quotation of the article repeats (whose speaker the echo gives)."""
        span = self.doc.char_span(raw.start, raw.end, alignment_mode="expand")
        if span is None:
            return False
        text = doc_text(self.doc)
        words = _plain(text, raw.start, raw.end)
        if any(start != raw.open and words in _plain(text, start, end) for start, end in self.quote_ranges):
            return False
        return len(doc_text(self.doc)[raw.start : raw.end].split()) >= 5 or any(
            "Fin" in t.morph.get("VerbForm") for t in span
        )

    def _aside(self, before: list[Token], after: list[Token]) -> Optional[_Found]:
        """ "Son voisin Michel Guérin – « pas de la même famille » – évoque …": words set between
        dashes right after a person's name are that person's."""
        if len(before) < 2 or before[-1].text not in _DASHES or not after or after[0].text not in _DASHES:
            return None
        name = before[-2]
        ent = entity_of(name) if name.ent_type_ == "PER" else None
        if ent is None or ent.end != before[-1].i:
            return None
        return self._found(self.doc[ent.start], None, "aside", (before[0].i, after[0].i + 1))

    def _passive_agent(self, before: list[Token], after: list[Token]) -> Optional[_Found]:
        """ "une décision qualifiée de « coup de massue » par la CGT", "un texte jugé « … » par
        l'opposition": the agent of a reporting verb's past participle is the speaker."""
        if len(after) < 2 or after[0].lower_ != "par" or not before:
            return None

        def reporting(t: Token) -> bool:
            # "qualifiée", and irregular participles by their lemma ("décrite comme", "dite")
            stem = t.text.lower().rstrip("s").removesuffix("e").removesuffix("é")
            regular = t.text.lower().endswith(("é", "ée", "és", "ées")) and stem + "er" in lx.REPORTING_VERBS
            return regular or "Part" in t.morph.get("VerbForm") and t.lemma_.lower() in lx.REPORTING_VERBS

        participle = next((t for t in reversed(before[-3:]) if reporting(t)), None)
        if participle is None:
            return None
        if any(c.lower_ in ("s'", "s’", "se") for c in participle.children) or any(
            t.lower_ in ("s'", "s’", "se") for t in before[-4:]
        ):
            return None  # "X s'est dit « choqué » par les images": what moved the subject, not who spoke
        for nxt in after[1:5]:
            if nxt.pos_ in ("PROPN", "NOUN") or nxt.ent_type_:
                found = self._found(nxt, None, "passive-agent", (before[0].i, after[-1].i + 1))
                # an agent nobody names ("jugée « … » par l'intersyndicale") still says who
                # spoke: not the sentence's subject
                return found if found is not None and (found.speaker is not None or nxt.pos_ == "NOUN") else None
            if nxt.pos_ not in ("DET", "ADJ"):
                return None
        return None

    def _introduced_before(self, raw: RawQuote) -> Optional[_Found]:
        """A quote opening a paragraph, announced by the previous one: "… lorsqu'il écrivait à Y :"."""
        doc = self.doc
        line_start = doc_text(doc).rfind("\n", 0, raw.open)
        if line_start <= 0:
            return None
        prev_end = len(doc_text(doc)[:line_start].rstrip())
        if prev_end == 0 or doc_text(doc)[prev_end - 1] != ":":
            return None
        start, end = self.before(prev_end)
        tokens = [t for t in doc[start:end] if not t.is_space]
        # "X a déclaré à la presse :", or any clause of X ending on the colon ("X a présenté ses résultats :")
        found = self._cue_before(tokens) or self._colon_subject(tokens)
        if found:
            found.rule = "intro-" + found.rule if found.rule != "description" else found.rule
        return found

    def _sentence_subject(self, raw: RawQuote) -> Optional[_Found]:
        """A partial quote woven into a sentence: the subject of the reporting verb it depends on
        ("Il a estimé que ces chiffres étaient « … »"), else of the nearest verb whose subject is
        someone ("X, qualifiant la réforme de « … », a quitté la salle")."""
        doc = self.doc
        token = doc[_token_at(self.starts, raw.start)]
        raw_first = token.i
        fallback: Optional[tuple[Token, Token]] = None
        below: Optional[Token] = None  # the word of the chain right under `token`
        for _ in range(12):
            if token.pos_ in ("VERB", "AUX") and self._in_quote(token.idx) and not self._in_quote(raw.open):
                break  # the head chain wandered into another quotation
            if _made_known(token):
                # the parse hangs the subject on "faire": "Matignon a fait savoir que …"
                made = next((c for c in token.children if c.lemma_.lower() == "faire"), token.head)
                subject = subject_of(made)
                if subject is not None and _someone(subject):
                    return self._found(subject, token, "cue-subject", (token.sent.start, token.sent.end))
            if token.pos_ in ("VERB", "AUX") and _participle_clause(token):
                subject = self._subject_of(token)
                if subject is not None and _someone(subject):
                    return self._found(subject, token, "cue-subject", (token.sent.start, token.sent.end))
            own = token.pos_ in ("VERB", "AUX") and raw.start <= token.idx < raw.end
            subject = explicit_subject(token) if own else None
            if own and subject is not None and subject.idx >= raw.start:
                pass  # "Il a dit n'avoir « rien su » de ces aveux": the quoted words' own verb
            elif token.pos_ in ("VERB", "AUX"):
                subject = self._subject_of(token)
                if subject is not None and not self._in_quote(subject.idx):
                    # "a ajouté du sel à la « sauce maison »": a verb with a concrete sense
                    # reports speech only when the quotation is its complement
                    # ("interrogé par la BBC": the one asked is the speaker, not a cue)
                    speech = (
                        _is_cue(token)
                        and not _bare_past_participle(token)
                        and not _passive(token)
                        or _made_known(token)
                    ) and (
                        token.lemma_.lower() not in lx.CONCRETE_SENSE
                        or below is not None
                        and below.dep_ in ("obj", "ccomp", "xcomp")
                    )
                    if speech and token.dep_ == "acl:relcl" and token.i < raw_first:
                        # "les annonces du ministre, qui a promis que …, ne sont qu'« … »": a
                        # relative clause closed before the words
                        speech = not _clause_closed(list(doc[token.i + 1 : raw_first]))
                    if speech:
                        outer = self._outer_reporter(token, subject)
                        if outer is not None:
                            return outer
                        return self._found(subject, token, "cue-subject", (token.sent.start, token.sent.end))
                    relative = token.dep_ == "acl:relcl" and fold(subject.lemma_) not in lx_speakers.MEDIA
                    if fallback is None and _someone(subject) and not relative:
                        # (not "le portrait d'un maire, qui « voulait tout contrôler »": whoever
                        # draws the portrait says it)
                        fallback = (subject, token)
                        # "le rapport de la Cour, qui pointait « … »": the source's words, not
                        # those of whoever cites it (but "X a salué un décret qui « … »": X's)
                        cited = token.head.dep_ == "obj" and _is_cue(token.head.head)
                        if token.dep_ == "acl:relcl" and not cited:
                            return self._found(subject, None, "sentence-subject", (token.sent.start, token.sent.end))
            if token.head.i == token.i:
                break  # the root: going on would only ask it the same questions again
            below = token
            token = token.head
        if fallback is None:
            return None
        subject, verb = fallback
        return self._found(subject, None, "sentence-subject", (verb.sent.start, verb.sent.end))

    def _outer_reporter(self, verb: Token, subject: Token) -> Optional[_Found]:
        """ "X a assuré que l'entreprise proposerait « un plan social »", "La magistrate souligne
        que le défendeur a maintenu ses propos « … »": a clause reported by someone named whose
        own subject is only a description; the words are the reporter's."""
        reporter = verb.head
        if subject.ent_type_ == "LOC" and any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in verb.children):
            # a place too, however the que-clause was attached: "Le ministère a fait savoir dans
            # un communiqué que les Pays-Bas exigeaient « … »"
            reporter = next((a for a in verb.ancestors if a.pos_ == "VERB"), verb.head)
            if not _is_cue(reporter):
                reporter = next((c for c in reporter.children if c.dep_ == "xcomp" and _is_cue(c)), reporter)
        elif subject.pos_ != "NOUN" or verb.dep_ != "ccomp":
            return None
        if not _is_cue(reporter):
            return None
        outer = subject_of(reporter)
        if outer is None or self._in_quote(outer.idx) or not _someone(outer):
            return None
        found = self._found(outer, reporter, "cue-subject", (verb.sent.start, verb.sent.end))
        return found if found is not None and found.speaker is not None else None

    def _subject_of(self, verb: Token) -> Optional[Token]:
        """The subject of a verb; for a participle clause ("…, évoquant des « … »"), the
        subject of the clause it hangs on."""
        clause = verb
        while clause.dep_ == "xcomp" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # "…, se contentant d'indiquer que « … »"
        own = clause.doc[clause.i - 1] if clause.i > 0 else None
        if (
            own is not None
            and present_participle(clause)
            and own.pos_ == "NOUN"
            and own.text.islower()
            and any(c.dep_ == "det" for c in own.children)
            and fold(own.lemma_ or own.text) not in lx_speakers.MEDIA  # ("un communiqué qualifiant")
            and (_someone(own) or "Plur" in own.morph.get("Number"))
            # set off by a comma (", les investisseurs saluant"), not an object ("des pancartes dénonçant")
            and own.left_edge.i > 0
            and clause.doc[own.left_edge.i - 1].text == ","
        ):
            return own  # "…, les investisseurs saluant « … »": an absolute clause has its own subject
        if _participle_clause(clause):
            host = self._narrating_verb(clause)
            if host is None:
                return None
            subject = subject_of(host)
            if subject is None or self._in_quote(subject.idx):
                # an incise's subject follows its verb: "« … », a ajouté le sénateur, se disant « … »"
                return next(
                    (
                        c
                        for c in host.children
                        if c.i > host.i and c.dep_ in ("nsubj", "nsubj:pass", "obj") and c.pos_ in ("NOUN", "PROPN")
                    ),
                    None,
                )
            return subject
        return subject_of(verb)

    def _narrating_verb(self, participle: Token) -> Optional[Token]:
        """The verb a participle clause hangs on: the nearest reporting verb before it outside
        quotations, else the sentence's main verb, else the nearest verb with a subject."""
        verbs = [
            t
            for t in reversed(participle.doc[participle.sent.start : participle.i])
            if t.pos_ == "VERB" and not self._in_quote(t.idx) and subject_of(t) is not None
        ]
        root = participle.sent.root
        opening = root.i > participle.i and not self._in_quote(root.idx) and subject_of(root) is not None
        if root in verbs and _is_cue(root):
            return root  # "X a assuré que son pays continuerait …, tout en appelant à « … »"
        found = (
            next((t for t in verbs if _is_cue(t)), None)
            or (root if root in verbs or opening else None)  # "Dénonçant une « … », X a appelé …"
            or (verbs[0] if verbs else None)
        )
        if found is not None or root.i >= participle.i or root.pos_ != "VERB":
            return found
        # "X a « condamné fermement » cette action, estimant que …": the main verb is quoted but
        # its subject is the narration's
        subject = subject_of(root)
        return root if subject is not None and not self._in_quote(subject.idx) else None

    def _colon_subject(self, before: list[Token]) -> Optional[_Found]:
        """ "X se souvient : « … »", "Elle s'est montrée plus réservée : « … »", "Un rapport de
        la Ligue arabe apporte la même conclusion : « … »": the subject of the clause a colon ends."""
        if len(before) < 2 or before[-1].text != ":":
            return None
        for token in reversed(before[:-1]):
            if token.pos_ in ("VERB", "AUX") and not self._in_quote(token.idx):
                if any(c.dep_ == "det" for c in token.children):
                    continue  # a participle used as a noun: "lors d'une violente envolée"
                if token.dep_ in ("acl", "advcl") and _bare_past_participle(token) and not _said_form(token):
                    continue  # "…, organisée dans un contexte tendu :": a participle describes
                if "Inf" in token.morph.get("VerbForm") and any(c.dep_ == "mark" for c in token.children):
                    continue  # "X a pris la parole, avant de monter dans un véhicule :": X's clause
                # "X, qui doit reprendre l'exploitation, est plus inquiète :": the copula's subject
                # hangs on its predicate
                subject = subject_of(token.head if token.dep_ == "cop" else token)
                if subject is not None and subject.lemma_.lower() in lx.SPEECH_NOUNS:
                    return self._named_in_clause(before)  # "Le mot de la fin est revenu à X :"
                if subject is not None and not self._in_quote(subject.idx) and not _someone(subject):
                    # "le reportage a suffi à convaincre la veuve …, X, de demander … : « … »": a
                    # subject that is nobody leaves the one person the clause names
                    return self._named_in_clause(before)
                if subject is None or self._in_quote(subject.idx):
                    return None
                return self._found(subject, None, "colon-subject", (before[0].i, before[-1].i + 1))
        # no verb at all: "Yanis, 16 ans, lycéen : « … »", "Premier point avec X, secrétaire de
        # l'union départementale : « … »" — the lead of an interview note or a live report
        return self._named_in_clause(before)

    def _named_in_clause(self, before: list[Token]) -> Optional[_Found]:
        """The one person named in a clause about an utterance: "La réponse de X ne s'est pas
        fait attendre :", "Le mot de la fin est revenu au gardien X, auteur de deux arrêts :"."""
        start = max((t.i for t in before if t.text in ".!?\n" or t.is_space and "\n" in t.text), default=-1) + 1
        ents = [
            e
            for e in self.doc.ents
            if max(before[0].i, start) <= e.start
            and e.end <= before[-1].i
            and not self._in_quote(e.start_char)
            and fold(e.text) not in lx_speakers.PLATFORMS  # "Sur Twitter, X :"
        ]
        people = [e for e in ents if e.label_ == "PER"]
        if len(people) != 1 or len(ents) > len(people) + 1:
            return None
        found = self._found(people[0].root, None, "colon-named", (before[0].i, before[-1].i + 1))
        return found if found is not None and found.speaker is not None else None

    def _sentence_according_to(self, raw: RawQuote, named: bool = True) -> Optional[_Found]:
        """ "Selon X, le trafic a retrouvé un niveau « … »": a sentence opened by selon / d'après /
        pour X gives its quotations to X."""
        if self._sentence_opening(raw) not in _SOURCE_OPENINGS:
            return None  # (asked of every quotation: the sentence's first word decides)
        sent = self._quote_sentence(raw)
        # (far enough for a title spelled out: "Pour le président du Centre national d'études
        # spatiales (CNES), X, …")
        opening = list(islice((t for t in sent if not t.is_space), 20))
        head = [t for t in opening if t.idx < raw.open]
        found = self._according_to(head)
        if found is not None and (found.speaker is not None or not named):
            return found
        return None

    def _opens_paragraph(self, raw: RawQuote) -> bool:
        return not doc_text(self.doc)[self._paragraph_of(raw.open)[0] : raw.open].strip()

    def _paragraph_of(self, position: int) -> tuple[int, int]:
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        return start, end if end >= 0 else len(text)

    def _question(self, raw: RawQuote) -> bool:
        """A quotation alone in its paragraph that asks a question ("« Même en sachant … ? »")."""
        end = self._paragraph_of(raw.open)[1]
        text = doc_text(self.doc)
        inside = text[raw.start : raw.end].rstrip()
        return self._opens_paragraph(raw) and inside.endswith("?") and len(text[raw.end : end].strip()) <= 40

    def _answer(self, raw: RawQuote) -> Optional[_Found]:
        """Question and answer: a quotation alone in its paragraph right after a paragraph that is
        only a question (quoted with the interviewer's incise, "« Regrettez-vous ? », lui
        demande-t-on.", or one unquoted sentence) answers it; the answerer is the last person named
        in the narration before the question ("Nous avons retrouvé X dans son atelier.")."""
        doc = self.doc
        text = doc_text(doc)
        start, end = self._paragraph_of(raw.open)
        if any(c.isalpha() for c in text[(raw.close if raw.close is not None else raw.end) + 1 : end]):
            return None  # the paragraph goes on after the quotation
        question_end = len(text[: max(0, start - 1)].rstrip())
        q_start, _ = self._paragraph_of(max(0, question_end - 1))
        question = text[q_start:question_end]
        if not question or len(question) > 300 or "?" not in question:
            return None
        mark = question.rfind("?")
        tail = question[mark + 1 :].strip(' »”"\u00a0')
        if len(tail) > 40 or tail and not _ASKED.search(tail):
            return None  # not a question paragraph: "?" then a sentence of narration
        quoted = self._in_quote(q_start + mark)
        if not quoted and (any(c in question for c in "«»“”") or any(c in question[:mark] for c in ".!?")):
            return None  # an unquoted question is one sentence of its own, not narration asking one
        # the person answering: the last person named in the narration before the question
        people = [
            m
            for m in self.chains.mentions
            if m.position < q_start and m.cluster.kind == "person" and not self._in_quote(m.position)
        ]
        if not people:
            return None
        last = max(people, key=lambda m: m.position)
        if q_start - self._paragraph_of(last.position)[1] > 600:
            return None  # named too far back to be the one asked
        token = doc[last.token]
        ent = entity_of(token)
        mention = ent.text if ent is not None else token.text
        return _Found(last.cluster.name, mention, "answer", None, (token.i, token.i + 1))

    def _introduced_by_paragraph(self, raw: RawQuote) -> Optional[_Found]:
        """A paragraph that is only a quotation, after a paragraph of narration whose last
        sentence is about someone ("X s'est exprimé en conférence de presse. ¶ « … »")."""
        doc = self.doc
        text = doc_text(doc)
        line = text.rfind("\n", 0, raw.open)
        previous_end = len(text[:line].rstrip())
        if line <= 0 or previous_end == 0 or text[previous_end - 1] in QUOTE_CHARS:
            return None
        closing = text.find("\n", raw.end)
        rest = text[(raw.close or raw.end) + 1 : closing if closing >= 0 else len(text)]
        if any(c.isalpha() for c in rest):
            return None  # the paragraph goes on: the quote is not alone in it
        last = doc[_token_at(self.starts, previous_end - 1)].sent
        root = last.root
        # "X a été plus précis.": a copula's subject hangs on the adjective
        subject = subject_of(root) if root.pos_ in ("VERB", "AUX") else explicit_subject(root)
        if subject is None or self._in_quote(subject.idx) or not _someone(subject):
            return None
        found = self._found(subject, None, "intro-paragraph", (last.start, last.end))
        return found if found is not None and found.speaker is not None else None

    def _narration_about(self, raw: RawQuote, speaker: str) -> bool:
        """Whether the sentence just before a quotation, in its paragraph, has `speaker` for
        subject ("Le maire a rappelé que … « … »", "Il hausse les épaules. « … »"): narration
        about the last speaker lets their words go on after it."""
        doc = self.doc
        text = doc_text(doc)
        k = _token_at(self.starts, raw.open) - 1
        while k >= 0 and (doc[k].is_punct or doc[k].is_space):
            k -= 1  # (the parser may make a sentence of the full stop before the mark)
        if k < 0 or "\n" in text[doc[k].idx : raw.open]:
            return False  # the quotation opens its paragraph
        sentences = [doc[k].sent]
        while sentences[0].start > 0 and not re.search(r"(?:[.!?…]\W*|\n\s*)$", text[: sentences[0].start_char]):
            sentences.insert(0, doc[sentences[0].start - 1].sent)  # (a sentence the parser cut in two)
        subject = None
        for sentence in sentences:
            root = sentence.root
            subject = _root_subject(root)
            # "Interrogé en marge du meeting, l'ancien ministre a balayé …" parsed with the
            # participle as root: the subject of the main verb under it
            subject = subject or next(
                (t for t in sentence if t.dep_.startswith("nsubj") and t.head.head == root and t.head.pos_ == "VERB"),
                None,
            )
            if subject is not None:
                break
        if subject is None or self._in_quote(subject.idx) or "\n" in text[subject.idx : raw.open]:
            return False
        said, _, _ = self.resolve(subject, "intro-sentence")
        return said is not None and fold(said) == fold(speaker)

    def _introduced_by_sentence(self, raw: RawQuote) -> Optional[_Found]:
        """ "Le ministre a répondu aux critiques. « Nous ne reculerons pas. »": a quotation that
        makes a sentence of its own, after a sentence whose reporting verb has someone as subject."""
        doc = self.doc
        first = doc[_token_at(self.starts, raw.open)]
        sent = first.sent
        if sent.start < first.i and sent.end == first.i + 1 and first.i + 1 < len(doc):
            sent = doc[first.i + 1].sent  # the parser ended the sentence before on the opening mark
        if sent.start == 0:
            return None
        if raw.close is None:
            # an unclosed quotation counts when it runs to the end of its paragraph
            line_end = doc_text(doc).find("\n", raw.end)
            after = doc_text(doc)[raw.end : line_end if line_end >= 0 else len(doc_text(doc))]
        else:
            after = doc_text(doc)[raw.close + 1 : sent.end_char]
        if any(c.isalpha() for c in after):
            return None  # the sentence goes on after the quotation
        if raw.close is not None and _ASKED_BY_WRITER.match(doc_text(doc), raw.close + 1):
            return None  # "« … ? » lui avons-nous demandé": the journalist's question
        previous = doc[sent.start - 1].sent
        if "\n" in doc_text(doc)[previous.end_char : raw.open]:
            return None
        opening = [t for t in previous if not t.is_space][:12]
        pour_name = len(opening) > 1 and opening[0].lower_ == "pour" and any(t.ent_type_ == "PER" for t in opening[1:5])
        if opening and (opening[0].lower_ in ("selon", "d'", "d’") or pour_name) and not self._in_quote(opening[0].idx):
            # "Selon son agent, X, plusieurs clubs s'étaient manifestés. « … »": the source goes on
            according = self._according_to(opening)
            cluster = self.index.of(according.speaker) if according is not None and according.speaker else None
            if according is not None and cluster is not None and cluster.kind == "person":
                according.rule = "intro-sentence"
                return according
        root = previous.root
        if self._in_quote(root.idx):
            return None
        subject = _root_subject(root)
        if subject is not None and subject.ent_type_ == "LOC" and not _is_cue(root):
            # "X, agriculteur au lieu-dit Les Grandes Teppes, a pris le micro": a place in an
            # apposition the parser took for the subject; the name read from word order
            subject = word_order_subject(root) or subject
        if subject is None or self._in_quote(subject.idx) or not _someone(subject):
            return None
        if not _is_cue(root):
            # "Questionné sur la suite, Le Goff a refusé de s'enflammer. « … »¶": any verb, when
            # its subject is a person's name and the quotation closes the paragraph
            named = subject
            if (subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and subject.text.islower()) and not subject.ent_type_:
                # "Son voisin de palier, Gilbert Fabre, …", "le manager Jean-Pierre Mourlan"
                following = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else subject
                named = following if following.ent_type_ == "PER" else apposed_name(subject) or subject
            ent = entity_of(named)
            if ent is None or ent.label_ != "PER":
                return None
            articles = ("le", "la", "l'", "l’")
            if (ent.start > 0 and doc[ent.start - 1].lower_ in articles) or (
                ent[0].lower_ in articles and ent[-1].lower_ in self.chains.adjectives
            ):
                return None  # "La Serbe, touchée à la cuisse, …": a description the NER took for a name
        found = self._found(subject, root, "intro-sentence", (previous.start, previous.end))
        return found if found is not None and found.speaker is not None else None

    def _named_after(self, raw: RawQuote, subject_only: bool = False) -> Optional[_Found]:
        """ "« … » C'est ainsi que X a réagi", "« … » Tels sont les mots de X": a paragraph that
        opens on an unattributed quotation names its speaker in the next sentence."""
        doc = self.doc
        text = doc_text(doc)
        position = (raw.close if raw.close is not None else raw.end) + 1
        while True:  # skip the quotations that follow it ("« … » « … » Ces phrases de X")
            gap = text[position:]
            stripped = len(gap) - len(gap.lstrip(" \u00a0"))
            if gap[stripped : stripped + 1] and gap[stripped] in '«“"' and self._in_quote(position + stripped):
                k = bisect.bisect_right(self.quote_starts, position + stripped) - 1
                position = self.quote_ranges[k][1]
                continue
            break
        if "\n" in text[position : position + 3]:
            return None
        first = _token_at(self.starts, position)
        while first < len(doc) and doc[first].idx < position:
            first += 1
        if first >= len(doc):
            return None
        for token in doc[first].sent:
            if token.i < first or self._in_quote(token.idx):
                continue
            described = (
                token.dep_.startswith("nsubj")
                and token.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in token.children)
                and _is_cue(token.head)
            )  # "« … » C'est ainsi que le ministre a conclu": a role noun subject of the cue
            if token.ent_type_ == "PER" and token.ent_iob_ == "B" or described:
                if subject_only and not token.dep_.startswith("nsubj"):
                    return None
                found = self._found(token, None, "named-after", (doc[first].sent.start, doc[first].sent.end))
                return found if found is not None and found.speaker is not None else None
        return None

    def _addressee(self, found: _Found) -> Optional[str]:
        doc = self.doc
        start, end = found.clause
        tokens = list(doc[start:end])
        for k, token in enumerate(tokens):
            if token.lower_ not in ("à", "au") or k + 1 >= len(tokens):
                continue
            target = tokens[k + 1]
            near = tokens[max(0, k - 3) : k]
            if not any(t.lemma_.lower() in _ADDRESS_VERBS or _is_cue(t) for t in near):
                continue
            if target.pos_ == "PROPN" or target.ent_type_ in ("PER", "ORG"):
                cluster = self.index.lookup(clean_name(self.mention_phrase(target)), fuzzy=True)
                if cluster is not None:
                    return cluster.name
                return clean_name(self.mention_phrase(target)) or None
        return None

    def _date(self, found: _Found) -> Optional[tuple[int, int]]:
        start, end = found.clause
        if end <= start:
            return None
        lo = self.doc[start].idx
        hi = self.doc[end - 1].idx + len(self.doc[end - 1].text)
        best = None
        for timex in self.dates:
            if lo <= timex.start < hi and not self._in_quote(timex.start) and timex.role != "until":
                best = (timex.start, timex.end)
        return best
