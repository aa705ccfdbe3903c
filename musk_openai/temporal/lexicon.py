"""General French temporal vocabulary (data only, no logic)."""


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
ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1,
    "deuxième": 2, "second": 2, "seconde": 2, "2e": 2, "2ème": 2, "2nd": 2, "2nde": 2,
    "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
}
NUMBER_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "cent": 100,
}
# French decades written out: "les années soixante".
DECADE_WORDS: dict[str, int] = {
    "vingt": 192, "trente": 193, "quarante": 194, "cinquante": 195, "soixante": 196,
    "soixante-dix": 197, "quatre-vingt": 198, "quatre-vingts": 198, "quatre-vingt-dix": 199,
}
UNITS: dict[str, str] = {
    "jour": "day", "jours": "day", "journée": "day", "journées": "day", "semaine": "week",
    "semaines": "week", "mois": "month", "an": "year", "ans": "year", "année": "year",
    "années": "year",
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
# Words after which a bare month or year is read as a date ("en mai", "depuis 2015",
# "à l'horizon 2025").
DATE_TRIGGERS: frozenset[str] = _words(
    "en de d' du depuis dès avant après vers entre jusqu'en courant début fin - mois année an à au horizon"
)
# Nouns or symbols that make a number an amount, not a year ("2000 personnes").
AMOUNT_WORDS: frozenset[str] = _words(
    "% € $ £ euros euro dollars dollar francs livres personnes habitants km kilomètres mètres m kg "
    "tonnes exemplaires mots pages voix morts victimes emplois salariés fois points ans mois jours "
    "heures minutes places hectares"
)
TIME_WORDS: frozenset[str] = _words("h heure heures")
NOON_MIDNIGHT: dict[str, int] = {"midi": 12, "minuit": 0}
# "la première moitié de 2015" (START), "la deuxième partie des années 1970" (END)
HALF_WORDS: dict[str, str] = {"première": "START", "seconde": "END", "deuxième": "END", "dernière": "END"}
TIME_TRIGGERS: frozenset[str] = _words("à vers dès avant après jusqu'à")
ROMAN: dict[str, int] = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# "rue du 4 Septembre", "place du 8 Mai 1945": a date inside a place name.
PLACE_NOUNS: frozenset[str] = _words(
    "rue avenue boulevard place quai pont square allée cours impasse chemin route stade lycée "
    "collège école gare station parc hôpital esplanade promenade métro rond-point carrefour"
)
# "chaque lundi", "un mardi sur deux", "tous les jeudis": a repeated day, not a date.
SET_WORDS: frozenset[str] = _words("chaque un une tous les certains quelques")
