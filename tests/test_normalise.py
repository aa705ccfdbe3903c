"""The normaliser alone: pure functions, no spaCy."""

import datetime as dt

import pytest

from musk_openai.temporal.grammar import Spec
from musk_openai.temporal.normalise import calendar_date, normalise, resolve

DCT = dt.date(2012, 6, 22)  # a Friday


@pytest.mark.parametrize(
    "text,value,mod,interval",
    [
        ("20 novembre 2015", "2015-11-20", None, ("2015-11-20", "2015-11-20")),
        ("le 1er mars 2021", "2021-03-01", None, ("2021-03-01", "2021-03-01")),
        ("décembre 2015", "2015-12", None, ("2015-12-01", "2015-12-31")),
        ("en 2023", "2023", None, ("2023-01-01", "2023-12-31")),
        ("l'année 2016", "2016", None, ("2016-01-01", "2016-12-31")),
        ("l’année 2016", "2016", None, ("2016-01-01", "2016-12-31")),
        ("début 2018", "2018", "START", ("2018-01-01", "2018-04-30")),
        ("mi-2017", "2017", "MID", ("2017-05-01", "2017-08-31")),
        ("fin 2015", "2015", "END", ("2015-09-01", "2015-12-31")),
        ("courant 2019", "2019", None, ("2019-01-01", "2019-12-31")),
        ("fin mars 2019", "2019-03", "END", ("2019-03-21", "2019-03-31")),
        ("l'été 2019", "2019-SU", None, None),
        ("premier semestre 2012", "2012-H1", None, ("2012-01-01", "2012-06-30")),
        ("troisième trimestre 2017", "2017-Q3", None, ("2017-07-01", "2017-09-30")),
        ("les années 1990", "199", None, ("1990-01-01", "1999-12-31")),
        ("le XXe siècle", "19", None, ("1901-01-01", "2000-12-31")),
        ("vers 2015", "2015", "APPROX", ("2014-01-01", "2016-12-31")),
        ("avant 2015", "2015", "BEFORE", None),
        ("14 mai 2002 à 17 h", "2002-05-14T17:00", None, ("2002-05-14", "2002-05-14")),
    ],
)
def test_absolute_expressions(text, value, mod, interval):
    got = normalise(text)
    assert got is not None, text
    assert (got.value, got.mod) == (value, mod)
    if interval:
        assert got.interval == (dt.date.fromisoformat(interval[0]), dt.date.fromisoformat(interval[1]))


@pytest.mark.parametrize(
    "text,tense,value",
    [
        ("hier", None, "2012-06-21"),
        ("aujourd'hui", None, "2012-06-22"),
        ("aujourd’hui", None, "2012-06-22"),
        ("demain", None, "2012-06-23"),
        ("avant-hier", None, "2012-06-20"),
        ("mardi", "past", "2012-06-19"),
        ("mardi", "future", "2012-06-26"),
        ("l'an dernier", None, "2011"),
        ("l'année prochaine", None, "2013"),
        ("la semaine prochaine", None, "2012-W26"),
        ("la semaine dernière", None, "2012-W24"),
        ("le mois dernier", None, "2012-05"),
        ("janvier dernier", None, "2012-01"),
        ("juillet dernier", None, "2011-07"),
        ("en août", "past", "2011-08"),
        ("en août", "future", "2012-08"),
        ("en mars", "past", "2012-03"),
        ("il y a trois ans", None, "2009"),
        ("cette année", None, "2012"),
        ("au début de l'année", None, "2012"),
        ("à la fin du mois", None, "2012-06"),
    ],
)
def test_deictic_expressions_use_the_publication_date(text, tense, value):
    got = normalise(text, dct=DCT, tense=tense)
    assert got is not None and got.value == value and got.anchor == "dct"


def test_deictic_without_publication_date_keeps_unknown_parts():
    assert normalise("en août").value == "XXXX-08"
    assert normalise("hier").value == "XXXX-XX-XX"
    assert normalise("l'an dernier").value == "XXXX"
    assert normalise("mardi").interval is None


@pytest.mark.parametrize(
    "previous,text,value",
    [
        ("mars 2024", "en août de la même année", "2024-08"),
        ("2016", "l'année suivante", "2017"),
        ("2016", "l'année précédente", "2015"),
        ("3 mars 2021", "le lendemain", "2021-03-04"),
        ("3 mars 2021", "la veille", "2021-03-02"),
        ("mars 2019", "cinq mois plus tard", "2019-08"),
        ("10 janvier 2020", "trois jours plus tard", "2020-01-13"),
        ("2010", "deux ans auparavant", "2008"),
    ],
)
def test_anaphoric_expressions_use_the_previous_date(previous, text, value):
    got = normalise(text, previous=normalise(previous))
    assert got is not None and got.value == value and got.anchor == "previous"


def test_anaphoric_without_previous_date_is_unanchored():
    assert normalise("le lendemain").value == "XXXX-XX-XX"


def test_invalid_calendar_dates_are_rejected():
    assert calendar_date(2015, 2, 31) is None
    assert normalise("31 février 2015") is None
    assert calendar_date(2016, 2, 29) == dt.date(2016, 2, 29)


def test_not_temporal():
    for text in ("pendant trois ans", "depuis six mois", "à l'âge de 7 ans", "50 %", "sa", "Sam"):
        assert normalise(text) is None, text


def test_resolve_clock_time_on_previous_day():
    previous = normalise("14 mai 2002")
    got = resolve(Spec("time", hour=17, minute=0, anchor="context"), previous=previous)
    assert got.value == "2002-05-14T17:00" and got.granularity == "time"


@pytest.mark.parametrize(
    "dct,text,value",
    [
        ("2012-07-02", "le week-end dernier", "2012-W26-WE"),  # a Monday: the weekend just gone
        ("2012-07-02", "ce week-end", "2012-W27-WE"),
        ("2012-07-02", "le week-end prochain", "2012-W27-WE"),
        ("2012-07-07", "ce week-end", "2012-W27-WE"),  # a Saturday: this one
        ("2012-07-07", "le week-end dernier", "2012-W26-WE"),
    ],
)
def test_weekends(dct, text, value):
    got = normalise(text, dct=dt.date.fromisoformat(dct))
    assert got.value == value and got.interval[0].weekday() == 5


def test_month_before_last_with_fuzzy_part():
    got = normalise("début du mois dernier", dct=dt.date(2012, 7, 5))
    assert (got.value, got.mod) == ("2012-06", "START")


@pytest.mark.parametrize(
    "text,value,mod",
    [
        ("à trois heures du matin", "2012-06-22T03:00", None),
        ("à 8 h du soir", "2012-06-22T20:00", None),
        ("à 5 heures de l'après-midi", "2012-06-22T17:00", None),
        ("vers midi", "2012-06-22T12:00", "APPROX"),
        ("à minuit", "2012-06-22T00:00", None),
    ],
)
def test_clock_times_in_words(text, value, mod):
    got = normalise(text, dct=DCT)
    assert (got.value, got.mod, got.granularity) == (value, mod, "time")


@pytest.mark.parametrize(
    "text,value,mod",
    [
        ("la deuxième partie des années 1970", "197", "END"),
        ("la première moitié de 2015", "2015", "START"),
        ("la seconde moitié du XXe siècle", "19", "END"),
    ],
)
def test_halves_and_parts(text, value, mod):
    got = normalise(text)
    assert (got.value, got.mod) == (value, mod)


@pytest.mark.parametrize(
    "text,tense,value",
    [
        ("à l'hiver", "past", "2011-WI"),  # published in June: the winter just gone began in 2011
        ("à l'hiver", "future", "2012-WI"),
        ("au second semestre", "past", "2011-H2"),
        ("au second semestre", "future", "2012-H2"),
        ("au premier trimestre", "past", "2012-Q1"),
    ],
)
def test_yearless_periods_follow_the_tense(text, tense, value):
    assert normalise(text, dct=DCT, tense=tense).value == value
