"""Small readings of the dependency parse shared by the quotation and event extractors.

The French models' parses of news copy are noisy (a name tagged as an auxiliary, a
subject pronoun attached as an oblique), so each helper has a fallback that reads
the word order instead.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from musk_openai.speakers import lexicon as lx

SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on"}
_INVERTED_T = {"-t", "t", "-t-"}
_SKIPPABLE = {"ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "y", "en", "l'", "l’", "le", "la", "les"}
_STRESSED = {"lui", "elle", "eux", "elles"}
_RELATIVE = {"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles", "dont"}


_DAYS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche".split())


def opening_phrase(token: Token) -> bool:
    """Whether a word the parser calls a subject opens its sentence as a bare noun before a
    comma ("Côté gouvernement, le ministre a dit"): a fronted phrase, not the subject."""
    doc = token.doc
    return (
        token.pos_ == "NOUN"
        and token.is_sent_start
        and token.ent_type_ != "PER"  # "Lakshmi Mittal, celui que …, a déclaré": a name tagged as a noun
        and token.lower_ not in _DAYS  # "Mardi encore, …": the date rules read a day
        and not any(c.dep_ == "det" for c in token.children)
        and token.i + 2 < len(doc)
        and "," in (doc[token.i + 1].text, doc[token.i + 2].text)
    )


def explicit_subject(verb: Token) -> Optional[Token]:
    """The subject the parse gives the verb itself (a relative pronoun stands for its noun)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
    if len(subjects) > 1 and subjects[-1].lower_ in SUBJECT_PRONOUNS:
        return subjects[-1]  # "La voix brisée, elle s'est adressée aux jurés": not the fronted phrase
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass") and child.text not in _INVERTED_T and not opening_phrase(child):
            if any(c.dep_ == "case" and c.i < child.i for c in child.children):
                # "Dans un communiqué publié jeudi, le CNRS qualifie …" parsed with the
                # prepositional phrase as subject and the real one apposed to it
                apposed = [
                    c
                    for c in child.children
                    if c.i < verb.i and (c.dep_ == "appos" or c.dep_ == "conj" and c.ent_type_ in ("PER", "ORG"))
                ]  # or coordinated: "Au Canada, Marie-Ève Thibodeau, professeure …, a salué"
                if apposed:
                    return apposed[-1]
                continue
            if child.lower_ in _RELATIVE and verb.dep_ == "acl:relcl":
                antecedent = verb.head  # "Ces divulgations, qui s'étendent …"
                if antecedent.pos_ in ("VERB", "AUX") and child.i >= 2:
                    # the clause hung on a verb: "a indiqué l'avocat parisien, qui dénonce …"
                    before = verb.doc[child.i - 2] if verb.doc[child.i - 1].text == "," else verb.doc[child.i - 1]
                    if before.pos_ == "ADJ" and before.head.pos_ in ("NOUN", "PROPN"):
                        before = before.head
                    if before.pos_ in ("NOUN", "PROPN"):
                        return before
                # "Jean Dupont, le successeur de Paul Roux, qui a dit": the apposition's name
                if antecedent.pos_ == "NOUN" and antecedent.dep_ in ("appos", "nmod") and antecedent.head.ent_type_:
                    if not any(c.dep_ == "case" for c in antecedent.children):
                        return antecedent.head
                if _member_of(antecedent, child):
                    return antecedent.head  # "Un ouvrier de l'équipe de nuit, qui a refusé …": the worker
                return antecedent
            return _opening_before_apposition(child) or child
    # "Il les a exhortés": the parser sometimes misses the subject pronoun
    for child in verb.children:
        if child.i < verb.i and child.pos_ == "PRON" and child.lower_ in SUBJECT_PRONOUNS:
            return child
        if child.i < verb.i and child.dep_.startswith("aux"):
            # "Il a par ailleurs reconnu": the subject hung on the auxiliary
            for grandchild in child.children:
                if grandchild.dep_ in ("nsubj", "nsubj:pass") and grandchild.lower_ in SUBJECT_PRONOUNS:
                    return grandchild
    return None


def _member_of(antecedent: Token, relative: Token) -> bool:
    """Whether a relative clause set off by a comma after "a person noun + de + a noun that is
    no person" ("un ouvrier de l'équipe de nuit, qui …") describes the person, not the
    complement the parse hung it on."""
    head = antecedent.head
    return (
        antecedent.dep_ == "nmod"
        and head.pos_ == "NOUN"
        and head.i < antecedent.i
        and antecedent.ent_type_ != "PER"
        and any(c.dep_ == "case" for c in antecedent.children)
        and relative.i > 0
        and relative.doc[relative.i - 1].text == ","
        and lx.role_of(head.text) is not None
        and lx.role_of(antecedent.text) is None
        and lx.role_of(antecedent.lemma_ or antecedent.text) is None
    )


def _opening_before_apposition(subject: Token) -> Optional[Token]:
    """ "Ce dernier, un ancien pilote de chasse qui …, s'est dit": the parse takes the
    description set off after the sentence's opening words for the subject; the opening
    "ce dernier" / "cette dernière" is."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    left = min(t.i for t in subject.subtree)
    doc = subject.doc
    start = subject.sent.start
    if left - start == 3 and doc[left - 1].text == ",":
        latter = doc[left - 2]
        if latter.lower_ in ("dernier", "dernière") and doc[left - 3].lower_ in ("ce", "cette"):
            return latter
    return None


def bare_participle(verb: Token) -> bool:
    """A participle without an auxiliary: "OpenAI, lancé en …", "Interrogé sur …"."""
    return "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)


def subject_of(verb: Token) -> Optional[Token]:
    """The subject of `verb`, looking through coordination, infinitives and participles."""
    original = verb
    for _ in range(3):
        subject = explicit_subject(verb)
        if subject is not None:
            return subject
        if any(c.dep_ in ("nsubj", "nsubj:pass") and opening_phrase(c) for c in verb.children):
            return word_before(verb) or word_order_subject(verb)  # the verb's own, read from word order
        if verb is original and bare_participle(verb):
            head = verb.head
            if verb.dep_ == "acl" and head.pos_ == "PROPN" and head.ent_type_ == "PER" and head.i < verb.i:
                return head  # "X, délégué CGT, joint par téléphone :": the name the participle describes
            before = word_before(verb)  # "OpenAI, lancé en décembre 2015, …"
            if before is not None:
                return before
        if verb.dep_ in ("conj", "advcl") and verb.head.dep_ == "acl:relcl" and _after_comma(original):
            # "Le président du parti, X, dont le parti a quitté les négociations, a qualifié": the
            # parse ran the relative clause on into the main verb; the clause's noun is the subject
            return verb.head.head
        if (
            verb.dep_ == "conj"
            and verb.head.dep_ == "ccomp"
            and verb.head.head.i != verb.head.i
            and any(c.dep_ == "ccomp" for c in verb.children)
            and any(c.dep_ == "aux:tense" for c in verb.children)
        ):
            # "X a jugé que chaque parti tire les leçons mais a rappelé que …": a reporting verb
            # the parse coordinated with the reported clause is the reporter's
            verb = verb.head.head
            continue
        if verb is original and verb.dep_ == "advcl" and verb.head.i < verb.i and _after_comma(verb):
            # "X a dénoncé …, tandis que le chanteur Y, lui-même …, a pris la défense": a finite
            # clause after the main one has its own subject, lost in the parse
            finite = any(c.dep_ == "aux:tense" for c in verb.children)
            named = word_order_subject(verb) if finite else None
            if named is not None and named.ent_type_ in ("PER", "ORG"):
                return named
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        elif verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
            return verb.head
        else:
            break
    if verb.pos_ not in ("VERB", "AUX"):
        verb = original  # the climb ended on a noun ("la victime, X, écrivait"): read the words
    return caseless_name_before(verb) or word_before(verb) or word_order_subject(verb)


def _after_comma(verb: Token) -> bool:
    """Whether the verb group ("a qualifié", "s'est dit") follows a comma."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith(("aux", "expl")) and c.i < verb.i])
    return first > 0 and verb.doc[first - 1].text == ","


def caseless_name_before(verb: Token) -> Optional[Token]:
    """ "Dans un communiqué, le Parti africain pour l'indépendance de la Guinée et du Cap-Vert
    (PAIGC), au pouvoir, a exigé …", parsed with the party as an oblique: a person's or an
    organisation's name before the verb, hung on it with an article and no preposition, is its
    subject (French obliques take a preposition)."""
    for child in sorted((c for c in verb.children if c.i < verb.i), key=lambda c: -c.i):
        if child.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod"):
            continue
        if _caseless_name(child):
            return child
        # "Dans un communiqué transmis depuis Dakar, le Parti …": hung on the fronted phrase
        apposed = [c for c in child.children if c.dep_ == "appos" and c.i < verb.i and _caseless_name(c)]
        if apposed and any(c.dep_ == "case" for c in child.children):
            return apposed[-1]
    return None


def _caseless_name(token: Token) -> bool:
    return (
        token.ent_type_ in ("PER", "ORG")
        and token.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "det" for c in token.children)
        and not any(c.dep_ == "case" for c in token.children)
    )


def word_before(verb: Token) -> Optional[Token]:
    """When the parse gives no subject ("OpenAI" mis-tagged as an auxiliary), take the
    word just before the verb group if it can be one: a name or a subject pronoun.
    A participle may also follow its subject across a comma ("OpenAI, lancé en …")."""
    i = verb.i - 1
    participle = bare_participle(verb)
    while i >= verb.sent.start:
        token = verb.doc[i]
        # (a capitalised word inside the sentence is a name whatever its tag: "De Pavant a dit",
        # with "Pavant" tagged as an adverb)
        name_like = token.text[:1].isupper() and token.is_alpha and not token.is_sent_start
        if not name_like and (token.lower_ in _SKIPPABLE or token.pos_ == "ADV" or token.lemma_ in ("avoir", "être")):
            i -= 1
            continue
        if token.lower_ == "à" and i == verb.i - 1 and bare_participle(verb):
            i -= 1  # "De Pavant à indiqué": "à" typed for "a"
            continue
        if participle and token.text == ",":
            participle = False
            i -= 1
            continue
        if token.lower_ in SUBJECT_PRONOUNS:
            return token
        if token.text[:1].isupper() and token.is_alpha and token.pos_ not in ("CCONJ", "SCONJ", "ADP", "DET"):
            complement = bare_participle(verb) or any(c.dep_ == "case" for c in token.children)
            if complement and token.dep_ == "nmod" and token.head.pos_ == "NOUN" and token.head.i < token.i:
                # "a ajouté le sénateur de la Marne, se disant …", "le député de la Marne hausse
                # les épaules :": the senator, the deputy
                return token.head
            return token  # (not "Puis lâche : « … »", a coordination with the sentence before)
        return None
    return None


_PREPOSITIONS = {"ADP"}
_TIME_UNITS = frozenset("seconde minute heure jour journée semaine mois an année décennie siècle".split())
_PHRASE = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
_ASIDE_OPENERS = {"s'", "s’", "se", "lui-même", "elle-même", "eux-mêmes", "elles-mêmes"}


def word_order_subject(verb: Token) -> Optional[Token]:
    """The subject read from word order when the parse lost it ("Le ministre, Jean Dupont, a
    pour sa part ajouté"): the nearest noun phrase before the verb group that is not a
    prepositional phrase; a name apposed between commas is preferred to its description."""
    doc = verb.doc
    start = verb.sent.start
    # the parser may cut a sentence at an apposition ("X, agriculteur au lieu-dit Les | Teppes,
    # a pris"): read back to where the text's sentence starts
    while start > 0 and not (doc[start - 1].text in (".", "!", "?", "…", ":", ";") or "\n" in doc[start - 1].text):
        start = doc[start - 1].sent.start
    i = verb.i - 1
    while i >= start:
        token = doc[i]
        if token.lower_ in _STRESSED and i - 2 >= start and doc[i - 1].lower_ == "à" and doc[i - 2].lower_ == "quant":
            i -= 3  # "X s'est quant à lui dit …"
            continue
        named = token.ent_type_ in ("PER", "ORG")  # (whatever the tagger made of it: "Englert" as an adverb)
        if (
            token.lower_ in _SKIPPABLE
            or token.pos_ in ("ADV", "AUX")
            and not named
            or token.lemma_ in ("avoir", "être")
        ):
            i -= 1
            continue
        if i == verb.i - 1 and token.lower_ == "à":
            i -= 1  # "X à déclaré": the preposition typed for the auxiliary
            continue
        if token.text == ",":
            i = _before_incidental(doc, start, i) - 1
            continue
        if token.text == ")" and i - 2 >= start and doc[i - 2].text == "(":
            i -= 3  # "L'ONG Médecins sans frontières (MSF), qui …, a jugé": the acronym
            continue
        ends_phrase = token.pos_ == "ADJ" and i - 1 >= start and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ")
        if (
            token.pos_ not in ("NOUN", "PROPN")
            and token.lower_ not in SUBJECT_PRONOUNS
            and not ends_phrase
            and not named
        ):
            return None  # (an adjective may end the noun phrase: "le gendarme de la bourse américaine")
        j = i
        while j - 1 >= start and (doc[j - 1].pos_ in _PHRASE or doc[j - 1].lower_ in ("de", "du", "des", "d'", "d’")):
            j -= 1
        if doc[j].pos_ in _PREPOSITIONS:
            i = j - 1  # "pour sa part", "de son côté": not the subject
            continue
        if token.dep_.startswith("obl") and token.lemma_.lower() in _TIME_UNITS:
            i = j - 1  # "quelques jours plus tôt": when, not who
            continue
        if j - 1 >= start and doc[j - 1].pos_ in _PREPOSITIONS:
            i = j - 2
            continue
        head = next((t for t in doc[j : i + 1] if t.pos_ in ("NOUN", "PROPN")), token)
        name = entity_of(token) if token.ent_type_ == "PER" else None
        if name is not None and name.start > j and doc[name.start - 1].lower_ not in ("de", "du", "des", "d'", "d’"):
            return doc[name.start]  # "le poète et chanteur montréalais X": the name its description announces
        if head.pos_ == "NOUN" and not head.ent_type_ and j - 1 >= start and doc[j - 1].text == ",":
            # "Jean Dupont, le maire, a dit": the name before the apposition (not when the noun
            # heads a name itself: "Dans un communiqué parvenu à l'APS, le Syndicat unique … a")
            k = j - 2
            if k - 2 >= start and doc[k].text == ")" and doc[k - 2].text == "(":
                k -= 3  # "La Securities and Exchange Commission (SEC), le gendarme …, a salué"
            if k >= start and doc[k].ent_type_ in ("PER", "ORG"):
                return doc[k]
        return head
    return None


_RELATIVES = frozenset(("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"))


def _before_incidental(doc: Doc, start: int, comma: int) -> int:
    """ "X, vêtu d'un complet gris, est resté", "X, 47 ans, a nié": the comma opening the
    phrase set off before `comma` when that phrase is a participle's, an adjective's or an age,
    with no finite verb, or a relative clause; `comma` itself otherwise."""
    # (a relative clause may run long: "Vélo Québec, qui milite depuis plusieurs années pour des
    # pistes cyclables sur le boulevard Gouin, a demandé"; other phrases are short)
    for opening in range(comma - 1, max(start, comma - 40) - 1, -1):
        if doc[opening].text != ",":
            continue
        phrase = doc[opening + 1 : comma]
        if len(phrase) > 1 and phrase[0].lower_ in _RELATIVES:
            return opening  # "Le député, dont la chemise avait été déchirée, a ajouté"
        if comma - opening > 14:
            return comma
        if opening > start and doc[opening - 1].ent_type_ == "PER" and len(phrase) > 2 and phrase[0].pos_ == "DET":
            # "X, une infirmière qui travaille à Bruxelles, attendait": a description after a
            # name, its finite verbs all in its relative clause
            relative = next((t.i for t in phrase if t.lower_ in _RELATIVES), None)
            verbs = [t.i for t in phrase if "Fin" in t.morph.get("VerbForm")]
            if phrase[1].pos_ == "NOUN" and relative is not None and all(v > relative for v in verbs):
                return opening
        if len(phrase) > 2 and phrase[0].like_num and phrase[1].lower_ == "ans" and phrase[2].lower_ == "dont":
            return opening  # "X, 46 ans dont 19 passés à la chaîne, confiait": an age and its relative
        if not len(phrase) or any("Fin" in t.morph.get("VerbForm") for t in phrase):
            return comma
        if phrase[0].pos_ == "DET" and any(present_participle(t) for t in phrase):
            # "X, qui …, les entraîneurs n'étant pas admis au bord du tapis, a avoué": an absolute
            # clause, and whatever is set off before it
            return _before_incidental(doc, start, opening)
        first = phrase[0]
        # (and "lui-même souvent cité parmi …": the person's own aside)
        while (first.pos_ == "ADV" or first.lower_ in _ASIDE_OPENERS) and first.i + 1 < comma:
            first = doc[first.i + 1]  # "visiblement ému", "s'exprimant depuis Matignon"
        participle = first.pos_ == "ADJ" or first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm")
        age = first.like_num and first.i + 1 < comma and doc[first.i + 1].lower_ == "ans"
        # "X, agriculteur au lieu-dit Les Grandes Teppes, a pris": a bare noun's apposition after a name
        # (or after the age set off after it: "Sandrine, 38 ans, mère de deux enfants, ne décolérait pas")
        aged = opening - 2 > start and doc[opening - 1].lower_ == "ans" and doc[opening - 2].like_num
        apposition = (
            first.pos_ == "NOUN"
            and first.text.islower()
            and opening > start
            and (doc[opening - 1].ent_type_ == "PER" or aged)
        )
        # "Le quotidien X, le plus lu du pays, appelle": a superlative set off like an adjective
        superlative = len(phrase) > 2 and phrase[0].pos_ == "DET" and phrase[1].lower_ in ("plus", "moins")
        return opening if participle or age or apposition or superlative else comma
    return comma


def present_participle(token: Token) -> bool:
    """ "étant", "ayant", "refusant": a verb form in -ant."""
    return token.pos_ in ("VERB", "AUX") and token.lower_.endswith("ant") and "Part" in token.morph.get("VerbForm")


def in_complement(token: Token) -> bool:
    """Whether the name holding `token` opens a prepositional phrase or a parenthesis: where words
    went ("a déclaré au Financial Times"), where they were said ("au micro de TF1"), the
    organisation a description belongs to ("un porte-parole de l'International Rugby Board
    (IRB)")."""
    doc = token.doc
    ent = entity_of(token)
    start = ent.start if ent is not None else token.i
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text == "(":
        return True
    if before is not None and before.pos_ == "DET" and start > 1:
        before = doc[start - 2]  # "de la BBC"
    return before is not None and (
        before.pos_ == "ADP" or before.lower_ in ("à", "au", "aux", "de", "du", "des", "d'", "d’")
    )


def entity_of(token: Token) -> Optional[Span]:
    """The named-entity span a token belongs to, found from the IOB tags (not by scanning doc.ents)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)
