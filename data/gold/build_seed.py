"""Writes seed.json from the hand annotation below (spans found in the text).

The annotation was made by reading the article; this script only locates each
annotated string (its n-th occurrence) so that the offsets are exact.
Run: python data/gold/build_seed.py
"""

import json
from pathlib import Path

HERE = Path(__file__).parent
SEED = HERE.parent.parent / "seeds" / "000_2d7f435560d36f06.txt"
TEXT = SEED.read_text(encoding="utf-8")

# (text, occurrence, value, mod)
DATES = [
    ("fin 2015", 1, "2015", "END"),
    ("début 2018", 1, "2018", "START"),
    ("mars 2024", 1, "2024-03", None),
    ("août de la même année", 1, "2024-08", None),
    ("décembre 2015", 1, "2015-12", None),
    ("20 novembre 2015", 1, "2015-11-20", None),
    ("l’année 2016", 1, "2016", None),
    ("mi-2017", 1, "2017", "MID"),
    ("décembre 2018", 1, "2018-12", None),
    ("21 janvier 2017", 1, "2017-01-21", None),
    ("fin 2017", 1, "2017", "END"),  # inside Brockman's quotation
    ("2018)", 1, "2018", None),  # "(à partir de 2018)", inside the quotation
    ("septembre 2017", 1, "2017-09", None),
    ("septembre 2017", 2, "2017-09", None),
    ("début 2018", 2, "2018", "START"),
    ("mars 2019", 1, "2019-03", None),
    ("2023", 1, "2023", None),
    ("aujourd’hui", 1, "XXXX-XX-XX", None),  # no publication date: unknown parts stay X
]

# (start words, end words, speaker, extra fields)
QUOTES = [
    ("Vous ne pouvez", "AGI en justice.", "OpenAI", {"kind": "direct"}),
    (
        "De plus, la structure",
        "à but non lucratif parallèle.",
        "Elon Musk",
        {"kind": "direct", "closed": False, "addressee": "Sam Altman", "date": "2015-11-20"},
    ),
    (
        "Même lever plusieurs",
        "immédiatement ou oubliez ça.",
        "Elon Musk",
        {"kind": "direct", "closed": False, "date": "2018-12"},
    ),
    ("100 % d’accord.", "(quand : ??)", "Greg Brockman", {"kind": "direct"}),
    (
        "La structure actuelle vous offre",
        "extrêmement important pour vous.",
        "Ilya Sutskever",
        {"kind": "direct", "closed": False, "addressee": "Elon Musk", "date": "2017-09"},
    ),
    ("pour construire une ville sur Mars", "pour construire une ville sur Mars", "Elon Musk", {"kind": "partial"}),
    ("augmentation exponentielle", "augmentation exponentielle", "Elon Musk", {"kind": "partial"}),
    ("« milliards par an", "milliards par an", "Elon Musk", {"kind": "partial"}),
    ("OpenAI est sur la voie", "sera voué à l’inutilité.", "Elon Musk", {"kind": "direct", "closed": False}),
    ("De facto.", "financement du cycle B", "Elon Musk", {"kind": "direct", "addressee": "Sam Altman"}),
    ("C’est un appât", "un appât et un changement.", "Elon Musk", {"kind": "direct"}),
    ("« contrôle unilatéral absolu", "contrôle unilatéral absolu", None, {"kind": "partial"}),
]


def nth(needle: str, n: int, start: int = 0) -> int:
    pos = start - 1
    for _ in range(n):
        pos = TEXT.index(needle, pos + 1)
    return pos


def main() -> None:
    dates = []
    for text, occurrence, value, mod in DATES:
        start = nth(text, occurrence)
        text = text.rstrip(")")
        dates.append({"text": text, "span": [start, start + len(text)], "value": value, "mod": mod})
    quotes = []
    for first, last, speaker, extra in QUOTES:
        start = nth(first, 1)
        if first.startswith("« "):  # anchored on the opening mark to pick the right occurrence
            start += 2
        end = TEXT.index(last, start) + len(last)
        quotes.append({"text": TEXT[start:end], "span": [start, end], "speaker": speaker, **extra})
    gold = {
        "description": "Hand annotation of the seed article: every temporal expression (with its TIMEX3 "
        "value and mod) and every quotation (with its speaker). No publication date.",
        "documents": [
            {
                "document": "seed",
                "path": "../../seeds/000_2d7f435560d36f06.txt",
                "dct": None,
                "dates": dates,
                "quotes": quotes,
                "not_quotes": ["Open Artificial Intelligence Technologies, Inc."],
            }
        ],
    }
    (HERE / "seed.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
