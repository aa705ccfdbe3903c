"""Headlines and actors read from hand-built parses (no model): one rule per test."""

import re

import pytest
import spacy
from spacy.tokens import Doc, Span

from musk_openai.entities import EntityIndex
from musk_openai.headlines import HeadlineReader

VOCAB = spacy.blank("fr").vocab


def parse(spec: str, ents=(), dates=(), quotes=()):
    """One token per line: `word POS dep head [lemma] [Morph=…|…]`, head = index of the head
    (its own index for the root); an `_` after the word means no space follows it.
    `ents`: (first, end, label) token ranges; `dates`: (first, end) token ranges;
    `quotes`: (first, end) token ranges of quotation contents."""
    words, spaces, pos, deps, heads, lemmas, morphs = [], [], [], [], [], [], []
    for line in spec.strip().splitlines():
        parts = line.split()
        glued = parts[1] == "_"
        if glued:
            parts.pop(1)
        word, tag, dep, head = parts[:4]
        extra = parts[4:]
        lemma = next((x for x in extra if "=" not in x), word.lower())
        morph = next((x for x in extra if "=" in x), "")
        words.append(word)
        spaces.append(not glued)
        pos.append(tag)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(lemma)
        morphs.append(morph)
    doc = Doc(VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas, morphs=morphs)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    date_spans = [doc[a:b] for a, b in dates]
    quote_ranges = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in quotes]
    reader = HeadlineReader(doc, EntityIndex.from_doc(doc), quote_ranges, date_spans)
    return doc, reader, date_spans


def words_of(text):
    return re.findall(r"\w+", text)


def test_subject_verb_object_with_the_full_name():
    doc, reader, dates = parse(
        """
        Jean PROPN nsubj 1
        Dupont PROPN flat:name 0
        est AUX aux:tense 3 être
        arrivé VERB ROOT 3 arriver
        . PUNCT punct 3
        En ADP case 6
        2023 NUM obl:mod 10
        , PUNCT punct 10
        Dupont PROPN nsubj 10
        a AUX aux:tense 10 avoir
        fondé VERB ROOT 10 fonder
        Acme PROPN obj 10
        . PUNCT punct 10
        """,
        ents=[(0, 2, "PER"), (8, 9, "PER"), (11, 12, "ORG")],
        dates=[(6, 7)],
    )
    reading = reader.read(dates[0])
    assert reading.headline == "Jean Dupont a fondé Acme"
    assert reading.actors == ["Jean Dupont", "Acme"]


def test_participle_clause_keeps_its_manner_adverb():
    # "Acme, lancé publiquement en décembre 2015, a été célébré."
    doc, reader, dates = parse(
        """
        Acme PROPN nsubj:pass 9
        , PUNCT punct 2
        lancé VERB acl 0 lancer VerbForm=Part
        publiquement ADV advmod 2
        en ADP case 5
        décembre NOUN obl:mod 2
        2015 NUM nmod 5
        , PUNCT punct 2
        a AUX aux:tense 9 avoir
        été AUX aux:pass 9 être
        célébré VERB ROOT 9 célébrer
        . PUNCT punct 9
        """,
        ents=[(0, 1, "ORG")],
        dates=[(5, 7)],
    )
    assert reader.read(dates[0]).headline == "Acme lancé publiquement"


def test_copula_with_its_complement():
    # "La participation, le 17 juin, a été de 51 %."
    doc, reader, dates = parse(
        """
        La DET det 1
        participation NOUN nsubj 11
        , PUNCT punct 1
        le DET det 4
        17 NUM nmod 1
        juin NOUN nmod 4
        , PUNCT punct 1
        a AUX aux:tense 11 avoir
        été AUX cop 11 être
        de ADP case 11
        51 NUM nummod 11
        % NOUN ROOT 11
        . PUNCT punct 11
        """,
        dates=[(3, 6)],
    )
    assert reader.read(dates[0]).headline == "La participation a été de 51 %"


def test_pronoun_subject_is_the_previous_subject():
    # "Marie Curie a rejoint Acme. En 2019, elle a quitté l'entreprise."
    doc, reader, dates = parse(
        """
        Marie PROPN nsubj 3
        Curie PROPN flat:name 0
        a AUX aux:tense 3 avoir
        rejoint VERB ROOT 3 rejoindre
        Acme PROPN obj 3
        . PUNCT punct 3
        En ADP case 7
        2019 NUM obl:mod 11
        , PUNCT punct 11
        elle PRON nsubj 11 il Gender=Fem|Number=Sing|Person=3
        a AUX aux:tense 11 avoir
        quitté VERB ROOT 11 quitter
        l' _ DET det 13
        entreprise NOUN obj 11 entreprise Gender=Fem|Number=Sing
        . PUNCT punct 11
        """,
        ents=[(0, 2, "PER"), (4, 5, "ORG")],
        dates=[(7, 8)],
    )
    reading = reader.read(dates[0])
    assert reading.headline == "Marie Curie a quitté l'entreprise"
    assert reading.actors == ["Marie Curie"]


def test_a_relative_clause_that_only_dates_gives_way_to_the_main_clause():
    # "Ces courriels, qui s'étendent de 2015 à 2018, décrivent une période difficile."
    doc, reader, dates = parse(
        """
        Ces DET det 1
        courriels NOUN nsubj 12 courriel Number=Plur
        , PUNCT punct 1
        qui PRON nsubj 5
        s' _ PRON expl:comp 5
        étendent VERB acl:relcl 1 étendre
        de ADP case 7
        2015 NUM obl:mod 5
        à ADP case 9
        2018 NUM obl:mod 5
        , PUNCT punct 12
        , PUNCT punct 12
        décrivent VERB ROOT 12 décrire
        une DET det 14
        période NOUN obj 12
        difficile ADJ amod 14
        . PUNCT punct 12
        """,
        dates=[(7, 8), (9, 10)],
    )
    assert reader.read(dates[0]).headline == "Ces courriels décrivent une période difficile"


def test_chained_verb_and_its_object():
    # "Le musée entend organiser une fête en 2014."
    doc, reader, dates = parse(
        """
        Le DET det 1
        musée NOUN nsubj 2
        entend VERB ROOT 2 entendre
        organiser VERB xcomp 2 organiser VerbForm=Inf
        une DET det 5
        fête NOUN obj 3
        en ADP case 7
        2014 NUM obl:mod 3
        . PUNCT punct 2
        """,
        dates=[(7, 8)],
    )
    assert reader.read(dates[0]).headline == "Le musée entend organiser une fête"


def test_quotation_is_cut_between_words_and_not_on_a_function_word():
    # "En 2018, Dupont a écrit : « Nous lèverons plusieurs centaines de millions de dollars dès demain. »"
    doc, reader, dates = parse(
        """
        En ADP case 1
        2018 NUM obl:mod 6
        , PUNCT punct 6
        Jean PROPN nsubj 6
        Dupont PROPN flat:name 3
        a AUX aux:tense 6 avoir
        écrit VERB ROOT 6 écrire
        : PUNCT punct 6
        « PUNCT punct 6
        Nous PRON nsubj 10
        lèverons VERB parataxis 6 lever
        plusieurs DET det 12
        centaines NOUN obj 10
        de ADP case 14
        millions NOUN nmod 12
        de ADP case 16
        dollars NOUN nmod 14
        dès ADP case 18
        demain ADV obl:mod 10
        . PUNCT punct 10
        » PUNCT punct 6
        """,
        ents=[(3, 5, "PER")],
        dates=[(1, 2)],
        quotes=[(9, 20)],
    )
    headline = reader.read(dates[0]).headline
    assert headline.startswith("Jean Dupont a écrit : « Nous lèverons plusieurs")
    assert headline.endswith("… »") and len(words_of(headline)) <= 12
    assert all(word in doc.text for word in words_of(headline))  # no word cut
    assert words_of(headline)[-1] not in ("de", "dès")


def test_a_sentence_of_nothing_but_a_date_takes_the_previous_clause():
    # "Le ministre Paul Martin inaugurera le pont. Le 3 mars."
    doc, reader, dates = parse(
        """
        Le DET det 1
        ministre NOUN nsubj 4
        Paul PROPN appos 1
        Martin PROPN flat:name 2
        inaugurera VERB ROOT 4 inaugurer
        le DET det 6
        pont NOUN obj 4
        . PUNCT punct 4
        Le DET det 9
        3 NUM ROOT 9
        mars NOUN nmod 9
        . PUNCT punct 9
        """,
        ents=[(2, 4, "PER")],
        dates=[(8, 11)],
    )
    reading = reader.read(dates[0])
    assert reading.headline == "Le ministre Paul Martin inaugurera le pont"
    assert reading.actors == ["Paul Martin"]
    assert reading.start == 0  # the event's sentence covers both


def test_a_state_acts_but_a_place_does_not():
    # "La Birmanie a aboli la censure en 2012 à Rangoun."
    doc, reader, dates = parse(
        """
        La DET det 1
        Birmanie PROPN nsubj 3
        a AUX aux:tense 3 avoir
        aboli VERB ROOT 3 abolir
        la DET det 5
        censure NOUN obj 3
        en ADP case 7
        2012 NUM obl:mod 3
        à ADP case 9
        Rangoun PROPN obl:mod 3
        . PUNCT punct 3
        """,
        ents=[(1, 2, "LOC"), (9, 10, "LOC")],
        dates=[(7, 8)],
    )
    reading = reader.read(dates[0])
    assert reading.headline == "La Birmanie a aboli la censure"
    assert reading.actors == ["Birmanie"]


def test_named_things_and_sources_are_not_actors_but_the_organisation_behind_a_role_is():
    # "Selon Reuters, les dirigeants d'Acme ont lancé le programme Apollo en 2020."
    doc, reader, dates = parse(
        """
        Selon ADP case 1
        Reuters PROPN obl:mod 9
        , PUNCT punct 9
        les DET det 4
        dirigeants NOUN nsubj 9 dirigeant Number=Plur
        d' _ ADP case 6
        Acme PROPN nmod 4
        ont AUX aux:tense 9 avoir
        , PUNCT punct 9
        lancé VERB ROOT 9 lancer
        le DET det 11
        programme NOUN obj 9
        Apollo PROPN nmod 11
        en ADP case 14
        2020 NUM obl:mod 9
        . PUNCT punct 9
        """,
        ents=[(1, 2, "ORG"), (6, 7, "ORG"), (12, 13, "MISC")],
        dates=[(14, 15)],
    )
    reading = reader.read(dates[0])
    assert reading.headline == "Les dirigeants d'Acme ont lancé le programme Apollo"
    assert reading.actors == ["Acme"]


@pytest.mark.model
def test_seed_headlines():
    from musk_openai.api import analyse_text, timeline
    from musk_openai.reading import seed_text

    events = {e.date.text: e for e in timeline([analyse_text(seed_text(), document="seed")])}
    assert events["décembre 2015"].headline == "OpenAI lancé publiquement"
    assert events["l’année 2016"].headline == "OpenAI s’est concentré sur l’établissement de sa réputation"
    assert events["mars 2019"].headline == "OpenAI a annoncé une nouvelle structure"
    assert events["début 2018"].actors == ["Elon Musk", "OpenAI"]
    assert events["2023"].actors == ["Elon Musk", "xAI"]  # a concept ("AGI") or a rival named aside is no actor
    for event in events.values():
        assert event.headline and event.headline != event.date.text
        assert words_of(event.headline)[-1].lower() not in ("de", "sa", "le", "la", "les", "du", "des", "à", "et")


def test_a_subject_of_titles_and_a_name_is_the_name():
    # "Le journaliste et commentateur sportif Thierry Roland s'est éteint vendredi."
    doc, reader, dates = parse(
        """
        Le DET det 1
        journaliste NOUN nsubj 9
        et CCONJ cc 3
        commentateur NOUN conj 1
        sportif ADJ amod 3
        Thierry PROPN appos 1
        Roland PROPN flat:name 5
        s' _ PRON expl:comp 9
        est AUX aux:tense 9 être
        éteint VERB ROOT 9 éteindre
        vendredi NOUN obl:mod 9
        . PUNCT punct 9
        """,
        ents=[(5, 7, "PER")],
        dates=[(10, 11)],
    )
    reading = reader.read(dates[0])
    assert reading.headline == "Thierry Roland s'est éteint"
    assert reading.actors == ["Thierry Roland"]
