"""General French temporal vocabulary (data only, no logic)."""

from typing import NamedTuple


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
# Abbreviations are only trusted right after a day number ("3 janv. 2020").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "janv": 1, "fév": 2, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
    "nov": 11, "déc": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
SEASONS: dict[str, str] = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
# Ordinals written out or as "2e"; figures with a suffix are also read by the grammar ("45e").
ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1,
    "deuxième": 2, "second": 2, "seconde": 2, "2e": 2, "2ème": 2, "2nd": 2, "2nde": 2,
    "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4, "cinquième": 5,
    "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11,
    "douzième": 12,
}
# Cardinal words, combined by the grammar: "vingt-cinq", "quatre-vingt-dix-huit", "deux mille douze".
NUMBER_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000, "mil": 1000,
}
UNITS: dict[str, str] = {
    "jour": "day", "jours": "day", "journée": "day", "journées": "day", "semaine": "week",
    "semaines": "week", "mois": "month", "an": "year", "ans": "year", "année": "year",
    "années": "year",
}
# TIMEX3 duration letters of the units: "les six derniers mois" is P6M.
DURATION_CODES: dict[str, str] = {"day": "D", "week": "W", "month": "M", "year": "Y"}
# "les six derniers mois" (a window ending at the publication date), "les deux prochaines semaines".
WINDOW_WORDS: dict[str, int] = {"derniers": -1, "dernières": -1, "prochains": 1, "prochaines": 1}
# Between "il y a" and the count: "il y a près de dix ans" is approximate.
AGO_QUALIFIERS: dict[str, str | None] = {
    "tout juste": None, "exactement": None, "pile": None, "près de": "APPROX", "environ": "APPROX",
    "presque": "APPROX", "quelque": "APPROX", "plus de": "BEFORE", "au moins": "BEFORE",
    "moins de": "AFTER",
}
# "dernier"/"prochain" count from the publication date; "suivant"/"précédent"
# from the previous date in the text.
DEICTIC_SHIFT: dict[str, int] = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1,
}
ANAPHORIC_SHIFT: dict[str, int] = {"suivant": 1, "suivante": 1, "précédent": -1, "précédente": -1}
DEICTIC_DAYS: dict[str, int] = {"hier": -1, "demain": 1}
# Fuzzy parts of a period, written before it.
MOD_WORDS: dict[str, str | None] = {"début": "START", "fin": "END", "milieu": "MID", "courant": None}
# Open bounds and approximations written before a date.
BOUND_WORDS: dict[str, str] = {"vers": "APPROX", "environ": "APPROX", "avant": "BEFORE", "après": "AFTER"}
BOUND_PHRASES: dict[str, str] = {"aux alentours de": "APPROX", "aux environs de": "APPROX", "autour de": "APPROX"}
# Words after which a bare month or year is read as a date ("en mai", "depuis 2015",
# "à l'horizon 2025").
DATE_TRIGGERS: frozenset[str] = _words(
    "en de d' du depuis dès avant après vers entre jusqu'en courant début fin mois année an à au horizon ici pour"
)
# Nouns or symbols that make a number an amount, not a year ("2000 personnes").
AMOUNT_WORDS: frozenset[str] = _words(
    "% € $ £ euros euro dollars dollar francs livres personnes habitants km kilomètres mètres m kg "
    "tonnes exemplaires mots pages voix morts victimes emplois salariés fois points ans mois jours "
    "heures minutes secondes places hectares degrés ans semaines voitures exemplaires logements élèves"
)
TIME_WORDS: frozenset[str] = _words("h heure heures")
NOON_MIDNIGHT: dict[str, int] = {"midi": 12, "minuit": 0}
# "quatre heures et demie", "midi et quart", "huit heures moins le quart"
CLOCK_FRACTIONS: dict[str, int] = {"et demie": 30, "et demi": 30, "et quart": 15, "moins le quart": -15}
# Parts of the day, as TIMEX3 writes them: "hier soir" is 2012-06-21TEV.
PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI",
}


class Feast(NamedTuple):
    """How a named day falls in a given year."""

    kind: str  # "date" (month, day) | "easter" (`day` days after Easter Sunday) | "sunday" | "mothers"
    month: int = 0  # "sunday": the `day`-th Sunday of `month`, -1 for the last
    day: int = 0


# Named days, computed per year (Easter from the Gregorian computus). Longest names win:
# "lundi de Pâques" before "Pâques", "réveillon de Noël" before "réveillon".
FEASTS: dict[str, Feast] = {
    "noël": Feast("date", 12, 25), "jour de noël": Feast("date", 12, 25),
    "réveillon de noël": Feast("date", 12, 24), "réveillon": Feast("date", 12, 31),
    "réveillon du nouvel an": Feast("date", 12, 31), "réveillon de la saint-sylvestre": Feast("date", 12, 31),
    "réveillon du jour de l'an": Feast("date", 12, 31), "saint-sylvestre": Feast("date", 12, 31),
    "nouvel an": Feast("date", 1, 1), "jour de l'an": Feast("date", 1, 1), "épiphanie": Feast("date", 1, 6),
    "chandeleur": Feast("date", 2, 2), "saint-valentin": Feast("date", 2, 14),
    "fête du travail": Feast("date", 5, 1), "fête de la musique": Feast("date", 6, 21),
    "assomption": Feast("date", 8, 15), "halloween": Feast("date", 10, 31), "toussaint": Feast("date", 11, 1),
    "saint-nicolas": Feast("date", 12, 6),
    "mardi gras": Feast("easter", 0, -47), "mercredi des cendres": Feast("easter", 0, -46),
    "rameaux": Feast("easter", 0, -7), "dimanche des rameaux": Feast("easter", 0, -7),
    "jeudi saint": Feast("easter", 0, -3), "vendredi saint": Feast("easter", 0, -2),
    "pâques": Feast("easter"), "dimanche de pâques": Feast("easter"), "lundi de pâques": Feast("easter", 0, 1),
    "ascension": Feast("easter", 0, 39), "jeudi de l'ascension": Feast("easter", 0, 39),
    "pentecôte": Feast("easter", 0, 49), "dimanche de pentecôte": Feast("easter", 0, 49),
    "lundi de pentecôte": Feast("easter", 0, 50),
    "fête des mères": Feast("mothers"), "fête des pères": Feast("sunday", 6, 3),
    "fête des grands-mères": Feast("sunday", 3, 1),
}
# Words of feast names that are also common nouns or first names ("l'ascension du mont Blanc",
# "Noël Mamère"): the feast is only read when they are capitalised.
FEAST_CAPITALISED: frozenset[str] = _words(
    "noël pâques ascension assomption toussaint pentecôte épiphanie chandeleur rameaux sylvestre valentin "
    "nicolas halloween"
)
# Words around a feast name that make it something else: "le père Noël", "Marie-Noël", "l'île de
# Pâques" (words before), "le nouvel an chinois", "Saint-Nicolas-de-Port" (words after).
NOT_FEAST_AFTER: frozenset[str] = _words("père papa île îles -")
NOT_FEAST_BEFORE: frozenset[str] = _words("chinois juif lunaire vietnamien tibétain persan iranien berbère -")
# "la première moitié de 2015" (START), "la deuxième partie des années 1970" (END)
HALF_WORDS: dict[str, str] = {"première": "START", "seconde": "END", "deuxième": "END", "dernière": "END"}
TIME_TRIGGERS: frozenset[str] = _words("à vers dès avant après jusqu'à entre")
ROMAN: dict[str, int] = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# "rue du 4 Septembre", "place du 8 Mai 1945": a date inside a place name.
PLACE_NOUNS: frozenset[str] = _words(
    "île îles rue avenue boulevard place quai pont square allée cours impasse chemin route stade lycée "
    "collège école gare station parc hôpital esplanade promenade métro rond-point carrefour"
)
# "chaque lundi", "un mardi sur deux", "tous les jeudis": a repeated day, not a date.
SET_WORDS: frozenset[str] = _words("chaque un une tous les certains quelques")

# What the tagger recognises, by family, with examples. The first example of each family is shown
# by `dates --help` and the README; the robustness test runs every one of them.
FAMILIES: dict[str, tuple[str, ...]] = {
    "full dates": ("le 3 février 2016", "vendredi 13 octobre 2017", "le 3 janv. 2020", "le premier mai 2012"),
    "numeric dates": ("14/03/2019", "02/11/09", "5-9-2018", "09/2021", "2019-03-14", "le 18 05 2015", "le 12/08"),
    "months and years": ("en mars 2019", "décembre 2015", "en 2023", "l'année 2016", "l'an 2000", "le mois de mai"),
    "two-digit and spelled years": ("mars 96", "en 89", "l'été 68", "en deux mille douze"),
    "decades and centuries": (
        "les années soixante-dix", "les années 80", "le début du XVIIIe siècle", "le XXIe siècle", "le 20e siècle",
    ),
    "fuzzy parts and open bounds": (
        "début 2018", "mi-2014", "fin mars 2019", "courant 2019", "vers 1850", "avant 2000",
        "la première moitié de 2015",
    ),
    "seasons, quarters, weeks": (
        "la deuxième semaine de 2031", "l'été 2019", "le deuxième trimestre", "l'été", "les mois d'été",
        "au premier semestre 2012", "l'hiver dernier",
    ),
    "named days, computed per year": (
        "Noël", "le réveillon", "le Nouvel An", "Pâques 2013", "la Pentecôte", "la Toussaint", "le 14 Juillet",
        "le 1er Mai", "la fête des mères", "l'Ascension", "le lundi de Pâques", "la Saint-Sylvestre",
    ),
    "a day with its time or part of day": (
        "mardi 8 mars à 15 h", "le 21 à 20h", "mercredi à midi", "demain matin", "ce soir", "hier après-midi",
        "la nuit de vendredi à samedi", "le 5 avril 2016 au soir", "en fin d'après-midi",
    ),
    "clock times, on the day in context": ("à 17 h 30", "vers 8 h", "à trois heures du matin", "à minuit"),
    "ranges": (
        "du 3 au 5 mars", "22-24 avril", "entre le 4 et le 9", "de lundi à mercredi", "de 1998 à 2002", "1998-2002",
    ),
    "relative to the publication date, by tense": (
        "il a signé jeudi", "nous signerons jeudi", "mardi dernier", "dimanche prochain", "le 12 octobre dernier",
        "la semaine prochaine", "hier", "il y a trois ans", "dans six mois", "d'ici trois semaines",
        "les six derniers mois", "le week-end",
    ),
    "relative to the previous date": (
        "le lendemain", "la veille", "la semaine suivante", "deux jours plus tard", "ce jour-là",
        "en août de la même année",
    ),
    "parts of the current period": (
        "en début de mois", "en fin de semaine", "à la fin de l'année", "début du mois dernier",
    ),
}

# Future and conditional endings, and the irregular future stems: the statistical morphology often
# reads "signerons" as a present or "débuteront" as a past, so the tense is also read from the form.
FUTURE_ENDINGS: tuple[str, ...] = ("ons", "ont", "ez", "ai", "as", "a")
CONDITIONAL_ENDINGS: tuple[str, ...] = ("aient", "ions", "iez", "ais", "ait")
FUTURE_STEMS: frozenset[str] = _words(
    "ser aur fer ir viendr tiendr pourr devr voudr saur verr faudr vaudr enverr courr mourr recevr "
    "apercevr assiér paier emploier essaier appeller jetter achèter lèver mèner"
)
# Verbs whose compound past takes "être" ("est arrivé"): with any other verb, "être" + participle
# is a present passive ("est attendu"), not a past.
ETRE_VERBS: frozenset[str] = _words(
    "aller venir arriver partir entrer sortir monter descendre naître mourir rester tomber devenir revenir "
    "retourner rentrer passer parvenir intervenir survenir décéder repartir redevenir ressortir remonter"
)
