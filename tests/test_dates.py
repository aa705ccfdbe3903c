"""French dates, family by family (issue 10): the pure normaliser, the tagger on a blank French
pipeline (no model: fast), the verb's tense on hand-built parses, and a few model-backed checks."""

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from musk_openai import pipeline
from musk_openai.extract import to_document
from musk_openai.temporal.component import verb_tense
from musk_openai.temporal.grammar import Spec
from musk_openai.temporal.normalise import feast_date, normalise, resolve

DCT = dt.date(2012, 6, 22)  # a Friday, ISO week 25


def tagged(nlp, text, dct=None):
    doc = next(pipeline.annotate(nlp, [(text, dct)]))
    return [(s.text, s._.timex.resolved.value, s._.timex.resolved.mod, s._.timex.role) for s in doc.spans["dates"]]


def values(nlp, text, dct=None):
    return [(t, v) for t, v, _, _ in tagged(nlp, text, dct)]


def value(text, dct=DCT, tense=None, previous=None):
    got = normalise(text, dct=dct, tense=tense, previous=previous)
    return None if got is None else (got.value, got.mod)


# -- numeric dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("14/03/2019", "2019-03-14"),
        ("02/11/09", "2009-11-02"),
        ("5-9-2018", "2018-09-05"),
        ("09/2021", "2021-09"),
        ("2019-03-14", "2019-03-14"),
        ("le 18 05 2015", "2015-05-18"),
        ("3.10.2016", "2016-10-03"),
        ("10/10/10", "2010-10-10"),
    ],
)
def test_numeric_dates(text, expected):
    assert value(text, dct=None) == (expected, None)


def test_numeric_dates_reject_impossible_days():
    assert normalise("31/02/2019") is None and normalise("14/13/2019") is None


def test_yearless_numeric_date_needs_an_article(light):
    assert values(light, "Le tournoi aura lieu le 12/08 au stade.", DCT) == [("12/08", "2012-08-12")]
    assert values(light, "Mardi 19/06, les grévistes ont bloqué le dépôt.", DCT) == [("Mardi 19/06", "2012-06-19")]


@pytest.mark.parametrize(
    "text",
    [
        "Le match s'est terminé sur le score de 3-1.",
        "Il faut ajouter 1/2 litre de lait.",
        "Pour tout renseignement, appelez le 01 23 45 67 89.",
        "L'article 3-1 du règlement interdit les pétards.",
        "Elle a gagné 6-4, 6-3 en finale.",
        "La loi n° 2019-1428 a été promulguée.",
        "Le dossier 12/345 est en cours d'instruction.",
        "Il a obtenu 15/20 à l'épreuve écrite.",
        "Les notes comprises entre 8 et 10 donnent droit à l'oral.",
        "La référence 12/03/2019/4 est inconnue.",
    ],
)
def test_numbers_that_are_not_dates(light, text):
    assert tagged(light, text, DCT) == []


# -- two-digit and spelled years, decades, centuries -------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("mars 96", ("1996-03", None)),
        ("en 89", ("1989", None)),
        ("l'été 68", ("1968-SU", None)),
        ("l'hiver 54", ("1954-WI", None)),
        ("en deux mille douze", ("2012", None)),
        ("en mille neuf cent soixante-cinq", ("1965", None)),
        ("les années soixante-dix", ("197", None)),
        ("les années quatre-vingt-dix", ("199", None)),
        ("les années 80", ("198", None)),
        ("les années 2020", ("202", None)),
        ("le début du XVIIIe siècle", ("17", "START")),
        ("le XXIe siècle", ("20", None)),
        ("le 20e siècle", ("19", None)),
        ("début du XXe", ("19", "START")),
    ],
)
def test_years_decades_centuries(text, expected):
    assert value(text, dct=None) == expected


def test_two_digit_year_is_read_near_the_publication_date():
    assert value("en 25", dct=dt.date(2012, 6, 22)) == ("1925", None)
    assert value("en 25", dct=dt.date(2020, 6, 22)) == ("2025", None)
    assert value("en 05", dct=None) == ("2005", None)


@pytest.mark.parametrize(
    "text",
    ["Il a fini la course en 89 minutes.", "Il avait 68 ans.", "La loi a été adoptée par 89 voix contre 12."],
)
def test_two_digit_numbers_that_are_not_years(light, text):
    assert tagged(light, text) == []


def test_trailing_spelled_decade_does_not_crash(light):
    """Regression: an article ending in "Dans les années soixante-dix" raised IndexError."""
    text = "Le quartier a beaucoup changé. Dans les années soixante-dix"
    assert values(light, text) == [("les années soixante-dix", "197")]
    assert values(light, "Dans les années quatre-vingt") == [("les années quatre-vingt", "198")]


@pytest.mark.model
def test_trailing_spelled_decade_with_the_model():
    from musk_openai.api import analyse_text

    document = analyse_text("Le quartier a beaucoup changé. Dans les années soixante-dix")
    assert [(d.text, d.value) for d in document.dates] == [("les années soixante-dix", "197")]


# -- named days --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,year,expected",
    [
        ("pâques", 2013, "2013-03-31"),
        ("lundi de pâques", 2019, "2019-04-22"),
        ("ascension", 2012, "2012-05-17"),
        ("pentecôte", 2019, "2019-06-09"),
        ("lundi de pentecôte", 2013, "2013-05-20"),
        ("mardi gras", 2020, "2020-02-25"),
        ("fête des mères", 2019, "2019-05-26"),
        ("fête des mères", 2012, "2012-06-03"),  # Pentecost took the last Sunday of May
        ("fête des pères", 2012, "2012-06-17"),
        ("toussaint", 2014, "2014-11-01"),
        ("réveillon de noël", 2012, "2012-12-24"),
    ],
)
def test_feasts_are_computed_per_year(name, year, expected):
    assert feast_date(name, year).isoformat() == expected


@pytest.mark.parametrize(
    "text,tense,expected",
    [
        ("Noël", "future", "2012-12-25"),
        ("Noël", "past", "2011-12-25"),
        ("Pâques", "past", "2012-04-08"),
        ("Pâques", "future", "2013-03-31"),
        ("le 14 Juillet", "future", "2012-07-14"),
        ("le 1er Mai", "past", "2012-05-01"),
        ("la Toussaint", "past", "2011-11-01"),
        ("le Nouvel An", "future", "2013-01-01"),
        ("le réveillon", "future", "2012-12-31"),
        ("la fête de la musique", "past", "2012-06-21"),
        ("Pâques 2013", None, "2013-03-31"),
        ("le lundi de Pentecôte 2013", None, "2013-05-20"),
    ],
)
def test_feasts_in_time(text, tense, expected):
    assert value(text, tense=tense) == (expected, None)


def test_feast_without_any_anchor_keeps_what_is_known():
    assert value("Noël", dct=None) == ("XXXX-12-25", None)
    assert value("Pâques", dct=None) == ("XXXX-XX-XX", None)


@pytest.mark.parametrize(
    "text",
    [
        "Noël Mamère a quitté le parti.",
        "Le père Noël a distribué des cadeaux.",
        "Marie-Noël Dubois a voté contre.",
        "L'île de Pâques attire les touristes.",
        "Toussaint Louverture est né à Saint-Domingue.",
        "L'ascension du mont Blanc a duré deux jours.",
        "Le nouvel an chinois a été fêté à Paris.",
    ],
)
def test_names_and_nouns_that_are_not_feasts(light, text):
    assert tagged(light, text, DCT) == []


def test_feasts_in_text(light):
    got = values(light, "À Noël, puis pour la fête des mères et le lundi de Pâques 2019.", DCT)
    assert got == [("Noël", "2012-12-25"), ("fête des mères", "2012-06-03"), ("lundi de Pâques 2019", "2019-04-22")]


# -- a day with its time or part of the day ----------------------------------------------------


@pytest.mark.parametrize(
    "text,tense,expected",
    [
        ("mardi 8 mars à 15 h", "future", ("2013-03-08T15:00", None)),  # the next Tuesday 8 March
        ("le 14 juillet à 22 h", "future", ("2012-07-14T22:00", None)),
        ("mercredi à midi", "past", ("2012-06-20T12:00", None)),
        ("jeudi à 10 heures", "future", ("2012-06-28T10:00", None)),
        ("demain matin", None, ("2012-06-23TMO", None)),
        ("ce soir", None, ("2012-06-22TEV", None)),
        ("hier après-midi", None, ("2012-06-21TAF", None)),
        ("cette nuit", None, ("2012-06-22TNI", None)),
        ("la nuit dernière", None, ("2012-06-21TNI", None)),
        ("mardi soir", "past", ("2012-06-19TEV", None)),
        ("le vendredi 15 juin au matin", "past", ("2012-06-15TMO", None)),
        ("le soir de Noël", "past", ("2011-12-25TEV", None)),
        ("en fin d'après-midi", None, ("2012-06-22TAF", "END")),
        ("début de matinée le 11 novembre", "future", ("2012-11-11TMO", "START")),
        ("demain à 8 h", None, ("2012-06-23T08:00", None)),
        ("9 heures ce matin", None, ("2012-06-22T09:00", None)),
        ("aux alentours de quatre heures et demie du matin", None, ("2012-06-22T04:30", "APPROX")),
    ],
)
def test_days_keep_their_time(text, tense, expected):
    assert value(text, tense=tense) == expected


def test_day_of_month_with_its_time(light):
    assert values(light, "Le 21 à 20h, un concert sera donné.", dt.date(2012, 6, 15)) == [
        ("21 à 20h", "2012-06-21T20:00")
    ]


def test_clock_times_alone_take_the_day_in_context(light):
    got = values(light, "Le 3 mars 2021, le train est parti à 6 h 45. Il est arrivé à 17 h 30.", DCT)
    assert got == [("3 mars 2021", "2021-03-03"), ("6 h 45", "2021-03-03T06:45"), ("17 h 30", "2021-03-03T17:30")]
    assert values(light, "L'avion s'est posé à 17 h 30.", DCT) == [("17 h 30", "2012-06-22T17:30")]


def test_small_hours_after_a_night_fall_on_the_next_day():
    monday = dt.date(2012, 6, 25)
    night = normalise("la nuit de vendredi à samedi", dct=monday, tense="past")
    assert night.value == "2012-06-22TNI"
    got = resolve(Spec("time", hour=3, minute=0, anchor="context"), monday, night)
    assert got.value == "2012-06-23T03:00"
    evening = normalise("hier soir", dct=DCT)
    assert resolve(Spec("time", hour=21, minute=0, anchor="context"), DCT, evening).value == "2012-06-21T21:00"


# -- ranges ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,dct,expected",
    [
        ("Le festival aura lieu du 3 au 5 mars.", "2013-01-10", [("3", "2013-03-03"), ("5 mars", "2013-03-05")]),
        ("Le salon se tiendra les 22-24 avril.", "2013-01-10", [("22", "2013-04-22"), ("24 avril", "2013-04-24")]),
        (
            "Les épreuves ont eu lieu les 27-28 février.",
            "2013-03-10",
            [("27", "2013-02-27"), ("28 février", "2013-02-28")],
        ),
        ("Le musée sera fermé entre le 4 et le 9.", "2012-06-01", [("4", "2012-06-04"), ("9", "2012-06-09")]),
        # present tense: the nearest Monday, then the Wednesday after it (not the nearest one, before)
        ("Ouvert de lundi à mercredi.", "2012-06-22", [("lundi", "2012-06-25"), ("mercredi", "2012-06-27")]),
        ("De 1998 à 2002, il a dirigé l'hôpital.", None, [("1998", "1998"), ("2002", "2002")]),
        ("La période 1998-2002 a été faste.", None, [("1998", "1998"), ("2002", "2002")]),
        (
            "Du lundi 3 au mercredi 5 décembre.",
            "2012-11-20",
            [("lundi 3", "2012-12-03"), ("mercredi 5 décembre", "2012-12-05")],
        ),
    ],
)
def test_ranges(light, text, dct, expected):
    got = tagged(light, text, dt.date.fromisoformat(dct) if dct else None)
    assert [(t, v) for t, v, _, _ in got] == expected
    assert [role for *_, role in got] == ["from", "until"]


def test_a_range_is_one_event_with_until(light):
    doc = next(pipeline.annotate(light, [("Le festival aura lieu du 3 au 5 mars 2013.", None)]))
    events = to_document(doc, "d").events
    assert len(events) == 1 and events[0].date.value == "2013-03-03" and events[0].until.value == "2013-03-05"


def test_weekday_range_runs_forward(light):
    # on a Friday, "de jeudi à samedi" read as future: next Thursday, then the Saturday after it
    doc = next(pipeline.annotate(light, [("Le salon ira de jeudi à samedi.", DCT)]))
    first, second = doc.spans["dates"]
    assert second._.timex.resolved.interval[0] >= first._.timex.resolved.interval[0]


# -- tense and direction ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,tense,expected",
    [
        ("jeudi", "future", "2012-06-28"),
        ("jeudi", "past", "2012-06-21"),
        ("le 15 juillet", "future", "2012-07-15"),
        ("le 15 juillet", "past", "2011-07-15"),
        ("le 12 octobre dernier", None, "2011-10-12"),
        ("le 18 août prochain", None, "2012-08-18"),
        ("le 15 septembre l'an prochain", None, "2013-09-15"),
        ("dimanche prochain", None, "2012-06-24"),
        ("mardi dernier", None, "2012-06-19"),
        ("la semaine prochaine", None, "2012-W26"),
        ("hier mardi", None, "2012-06-21"),
        ("jeudi 31 octobre", "past", "2011-10-31"),  # the year where 31 October is a Thursday
    ],
)
def test_tense_and_direction(text, tense, expected):
    assert value(text, tense=tense)[0] == expected


@pytest.mark.parametrize(
    "text,dct,tense,expected",
    [
        ("au printemps", "2012-06-22", "future", "2013-SP"),  # spring is over
        ("l'été", "2012-06-22", "future", "2012-SU"),  # summer has just begun
        ("l'été", "2012-06-10", "past", "2011-SU"),
        ("l'été", "2012-10-05", "past", "2012-SU"),
        ("les mois d'été", "2012-06-22", "future", "2012-SU"),
        ("à l'hiver", "2012-06-22", "past", "2011-WI"),
        ("en juin", "2012-06-22", "past", "2012-06"),
        ("en juillet", "2012-06-22", "past", "2011-07"),
        ("le deuxième trimestre", "2012-06-22", "past", "2012-Q2"),
    ],
)
def test_yearless_periods_follow_the_tense(text, dct, tense, expected):
    assert value(text, dct=dt.date.fromisoformat(dct), tense=tense)[0] == expected


def parsed(words, heads, deps, pos, lemmas, morphs):
    return Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs)


def test_tense_from_the_verb_ending_when_the_morphology_misses_the_future():
    doc = parsed(
        ["Nous", "signerons", "l'", "accord", "jeudi", "."],
        [1, 1, 3, 1, 3, 1],
        ["nsubj", "ROOT", "det", "obj", "nmod", "punct"],
        ["PRON", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
        ["nous", "signer", "le", "accord", "jeudi", "."],
        ["", "Mood=Ind|Tense=Pres|VerbForm=Fin", "", "", "", ""],
    )
    assert verb_tense(doc[4]) == "future"


def test_present_passive_is_not_a_past():
    doc = parsed(
        ["Il", "est", "attendu", "mercredi"],
        [2, 2, 2, 2],
        ["nsubj:pass", "aux:pass", "ROOT", "obl:mod"],
        ["PRON", "AUX", "VERB", "NOUN"],
        ["il", "être", "attendre", "mercredi"],
        ["", "Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part|Voice=Pass", ""],
    )
    assert verb_tense(doc[3]) == "present"
    doc = parsed(
        ["Il", "est", "arrivé", "mercredi"],
        [2, 2, 2, 2],
        ["nsubj", "aux:tense", "ROOT", "obl:mod"],
        ["PRON", "AUX", "VERB", "NOUN"],
        ["il", "être", "arriver", "mercredi"],
        ["", "Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", ""],
    )
    assert verb_tense(doc[3]) == "past"


def test_near_future_modal_and_past_conditional():
    doc = parsed(
        ["Mardi", ",", "la", "direction", "va", "présenter", "son", "plan"],
        [4, 0, 3, 4, 4, 4, 7, 5],
        ["obl:mod", "punct", "det", "nsubj", "ROOT", "xcomp", "det", "obj"],
        ["NOUN", "PUNCT", "DET", "NOUN", "VERB", "VERB", "DET", "NOUN"],
        ["mardi", ",", "le", "direction", "aller", "présenter", "son", "plan"],
        ["", "", "", "", "Tense=Pres|VerbForm=Fin", "VerbForm=Inf", "", ""],
    )
    assert verb_tense(doc[0]) == "future"
    doc = parsed(
        ["Il", "devrait", "annoncer", "jeudi"],
        [1, 1, 1, 2],
        ["nsubj", "ROOT", "xcomp", "obl:mod"],
        ["PRON", "VERB", "VERB", "NOUN"],
        ["il", "devoir", "annoncer", "jeudi"],
        ["", "Mood=Cnd|VerbForm=Fin", "VerbForm=Inf", ""],
    )
    assert verb_tense(doc[3]) == "future"
    doc = parsed(
        ["Il", "aurait", "signé", "jeudi"],
        [2, 2, 2, 2],
        ["nsubj", "aux:tense", "ROOT", "obl:mod"],
        ["PRON", "AUX", "VERB", "NOUN"],
        ["il", "avoir", "signer", "jeudi"],
        ["", "Mood=Cnd|VerbForm=Fin", "Tense=Past|VerbForm=Part", ""],
    )
    assert verb_tense(doc[3]) == "past"


def test_pluperfect_with_an_adjective():
    doc = parsed(
        ["En", "novembre", ",", "la", "récolte", "avait", "été", "mauvaise"],
        [1, 7, 1, 4, 7, 7, 7, 7],
        ["case", "obl:mod", "punct", "det", "nsubj", "aux:tense", "cop", "ROOT"],
        ["ADP", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "AUX", "ADJ"],
        ["en", "novembre", ",", "le", "récolte", "avoir", "être", "mauvais"],
        ["", "", "", "", "", "Tense=Imp|VerbForm=Fin", "Tense=Past|VerbForm=Part", ""],
    )
    assert verb_tense(doc[1]) == "past"


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Nous signerons l'accord jeudi.", "2012-06-28"),
        ("Jeudi, il a annoncé sa démission.", "2012-06-21"),
        ("Le 15 juillet, le maire inaugurera la piscine.", "2012-07-15"),
        ("Le 10 avril, les syndicats avaient appelé à la grève.", "2012-04-10"),
    ],
)
def test_tense_with_the_model(text, expected):
    from musk_openai.api import analyse_text

    assert [d.value for d in analyse_text(text, dct=DCT).dates] == [expected]


# -- relative offsets and windows -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("il y a trois ans", ("2009", None)),
        ("il y a dix jours", ("2012-06-12", None)),
        ("il y a une semaine", ("2012-W24", None)),
        ("il y a vingt-cinq ans", ("1987", None)),
        ("il y a tout juste 50 ans", ("1962", None)),
        ("il y a près de quinze ans", ("1997", "APPROX")),
        ("il y a plus de dix ans", ("2002", "BEFORE")),
        ("dans six mois", ("2012-12", None)),
        ("d'ici trois semaines", ("2012-W28", None)),
        ("les six derniers mois", ("P6M", None)),
        ("ces dix dernières années", ("P10Y", None)),
        ("les deux prochaines semaines", ("P2W", None)),
    ],
)
def test_offsets_and_windows_from_the_publication_date(text, expected):
    assert value(text) == expected


def test_a_window_covers_the_months_before_the_publication_date():
    got = normalise("les six derniers mois", dct=DCT)
    assert got.interval == (dt.date(2011, 12, 22), DCT) and got.granularity == "month"
    assert normalise("les six derniers mois").interval is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("le lendemain", "2021-03-04"),
        ("la veille", "2021-03-02"),
        ("l'avant-veille", "2021-03-01"),
        ("la semaine suivante", "2021-W10"),
        ("deux jours plus tard", "2021-03-05"),
        ("ce jour-là", "2021-03-03"),
        ("le jour suivant", "2021-03-04"),
        ("la veille au soir", "2021-03-02TEV"),
        ("le lendemain matin", "2021-03-04TMO"),
    ],
)
def test_offsets_from_the_previous_date(text, expected):
    assert value(text, previous=normalise("3 mars 2021"))[0] == expected


def test_last_month_without_publication_date_counts_from_the_previous_date():
    got = normalise("avril dernier", previous=normalise("18 octobre 2012"))
    assert (got.value, got.anchor) == ("2012-04", "previous")


# -- periods ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,tense,expected",
    [
        ("le week-end", "past", ("2012-W24-WE", None)),
        ("le week-end", "future", ("2012-W25-WE", None)),
        ("en début de mois", None, ("2012-06", "START")),
        ("en fin de semaine", None, ("2012-W25", "END")),
        ("en fin d'année", None, ("2012", "END")),
        ("en milieu d'année", None, ("2012", "MID")),
        ("la deuxième semaine de 2031", None, ("2031-W02", None)),
        ("la 45e semaine de l'année", None, ("2012-W45", None)),
    ],
)
def test_periods(text, tense, expected):
    assert value(text, tense=tense) == expected


def test_weekend_in_the_present_tense_is_a_habit():
    assert normalise("le week-end", dct=DCT, tense="present") is None


# -- present, past and future references ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Actuellement, l'usine emploie 300 personnes.",
        "Désormais, les trains partiront plus tôt.",
        "Auparavant, il dirigeait une petite entreprise.",
        "À l'heure actuelle, aucune piste n'est écartée.",
        "De nos jours, peu de jeunes lisent la presse.",
    ],
)
def test_present_past_and_future_references_are_not_dates(light, text):
    doc = next(pipeline.annotate(light, [(text, DCT)]))
    document = to_document(doc, "d")
    assert document.dates == [] and document.events == []


# -- documentation --------------------------------------------------------------------------------------


def test_help_and_readme_list_every_family_with_an_example():
    from pathlib import Path

    from click.testing import CliRunner

    from musk_openai.cli import main
    from musk_openai.temporal import lexicon as lx

    help_text = CliRunner().invoke(main, ["dates", "--help"]).output
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for family, examples in lx.FAMILIES.items():
        assert examples[0] in help_text, family
        assert examples[0] in readme, family
