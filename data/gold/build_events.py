"""Writes events.json (development) and events_heldout.json from the hand-written gold in
events_items.py, locating each annotated date in its article so that offsets are exact.

Sources: the seed article; French Wikinews 2012, CC BY 2.5, (c) Wikinews contributors
(../shared/corpora/wikinews-fr-2012.jsonl). Run from the repository:
python data/gold/build_events.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
CORPUS = HERE.parent.parent.parent / "shared" / "corpora" / "wikinews-fr-2012.jsonl"
SEED = HERE.parent.parent / "seeds"
SEALED = set(json.loads((HERE / "wikinews" / "SPLIT.json").read_text(encoding="utf-8"))["sealed"])


def locate(text: str, needle: str) -> tuple[int, int]:
    """Span of "text#n": the n-th occurrence of text not glued to letters or digits."""
    occurrence = 1
    if "#" in needle:
        needle, number = needle.rsplit("#", 1)
        occurrence = int(number)
    found = list(re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text))
    if len(found) < occurrence:
        raise ValueError(f"occurrence {occurrence} of {needle!r} not found (only {len(found)})")
    match = found[occurrence - 1]
    return match.start(), match.end()


def build(items: dict, description: str) -> dict:
    corpus = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        corpus[record["id"]] = record
    documents = []
    for name, events in items.items():
        if name in SEALED:
            raise SystemExit(f"{name} is sealed: it cannot be annotated for development")
        if name == "seed":
            record = {"document": "seed", "path": "../../seeds/" + next(SEED.glob("*.txt")).name, "dct": None}
            text = next(SEED.glob("*.txt")).read_text(encoding="utf-8")
        else:
            text = corpus[name]["text"]
            record = {"document": name, "source": "French Wikinews 2012, CC BY 2.5", "text": text}
        gold = []
        for date, headline, accept, actors in events:
            start, end = locate(text, date)
            gold.append(
                {"date": text[start:end], "span": [start, end], "headline": headline, "accept": accept, "actors": actors}
            )
        record["events"] = gold
        documents.append(record)
    return {"description": description, "documents": documents}


def main() -> None:
    from events_items import DEV, HELDOUT

    common = (
        "Gold headlines and actors of dated events (see README.md, 'events'), written by reading the "
        "articles before the extractor's timeline was looked at for them. "
    )
    outputs = {
        "events.json": build(DEV, common + "Development set: used to improve the extractor after its first run."),
        "events_heldout.json": build(HELDOUT, common + "Held out: scored, never used to change the extractor."),
    }
    for name, data in outputs.items():
        count = sum(len(d["events"]) for d in data["documents"])
        (HERE / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(data['documents'])} documents, {count} events")


if __name__ == "__main__":
    main()
