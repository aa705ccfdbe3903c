"""Writes temporal.json and quotes.json (gold format, see ../gold/README.md) from the
hand-written items in temporal_items.py and quotes_items.py, locating each annotated
string in its text so that offsets are exact. Run: python data/dev/build.py
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))


def locate(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    occurrence = 1
    if "#" in needle:
        needle, number = needle.rsplit("#", 1)
        occurrence = int(number)
    pos = after - 1
    for _ in range(occurrence):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def temporal() -> dict:
    from temporal_items import ITEMS

    documents = []
    for number, (text, dct, dates) in enumerate(ITEMS, start=1):
        gold = []
        cursor = 0
        for needle, value, mod in dates:
            start, end = locate(text, needle, cursor)
            cursor = start + 1
            gold.append({"text": text[start:end], "span": [start, end], "value": value, "mod": mod})
        documents.append({"document": f"t{number:03d}", "text": text, "dct": dct, "dates": gold, "trap": not dates})
    return {
        "description": "Temporal development set written by the team: French news-style sentences "
        "covering every case of issue 3, and traps (trap: true) that hold no date.",
        "documents": documents,
    }


def quotes(module: str = "quotes_items", prefix: str = "q", description: str = "") -> dict:
    items = __import__(module).ITEMS

    documents = []
    for number, (text, expected) in enumerate(items, start=1):
        gold = []
        cursor = 0
        for needle, speaker in expected:
            start, end = locate(text, needle, cursor)
            cursor = end
            gold.append({"text": text[start:end], "span": [start, end], "speaker": speaker})
        documents.append({"document": f"{prefix}{number:03d}", "text": text, "quotes": gold})
    return {
        "description": description
        or "Quotation development set written by the team: short French passages, one or "
        "more per attribution pattern of issue 4, and traps.",
        "documents": documents,
    }


if __name__ == "__main__":
    (HERE / "temporal.json").write_text(json.dumps(temporal(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if (HERE / "quotes_items.py").exists():
        (HERE / "quotes.json").write_text(json.dumps(quotes(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    speakers = quotes(
        "speakers_items",
        "s",
        "Speaker development set written by the team: short French news passages for each class of "
        "issue 9 (shared family names, places and platforms, roles, pronouns, strings of quotations, "
        "partial quotations, written sources), easy controls and traps.",
    )
    (HERE / "speakers.json").write_text(json.dumps(speakers, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
