"""Writes wikinews_dev.json and wikinews_sealed.json from the per-article annotations in
wikinews/<id>.json (French Wikinews 2012, CC BY 2.5, (c) Wikinews contributors; texts in
../shared/corpora/wikinews-fr-2012.jsonl).

The split (wikinews/SPLIT.json) was drawn at random (seed 2026) from the 60 articles with
quotation marks that earlier batches had not annotated: 25 sealed, 35 development. Every
article was annotated by reading it, before the extractor was run on it. The sealed articles
are only ever scored, never used to write or tune rules.

Per-article format: {"document": id, "publication_date": "YYYY-MM-DD" | null,
  "dates": [{"text", "occurrence" (1-based, default 1), "value", "mod"}],
  "quotes": [{"text", "occurrence", "speaker", "speaker_mention", "kind", "closed", "note"}]}
"text" is the exact string of the article; "occurrence" counts its whole-word occurrences
from the start of the article. The span is computed here and checked.

Run from the repository: python data/gold/build_wikinews.py   (--check: validate only)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
SOURCE = HERE / "wikinews"
CORPUS = HERE.parent.parent.parent / "shared" / "corpora" / "wikinews-fr-2012.jsonl"


def locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    """Span of the n-th occurrence of `needle` not glued to letters or digits on either side."""
    pattern = re.compile(r"(?<![\w])" + re.escape(needle) + r"(?![\w])") if needle[:1].isalnum() else None
    seen = 0
    start = 0
    while True:
        if pattern is not None:
            found = pattern.search(text, start)
            position = found.start() if found else -1
        else:
            position = text.find(needle, start)
        if position < 0:
            raise ValueError(f"occurrence {occurrence} of {needle!r} not found (only {seen})")
        seen += 1
        if seen == occurrence:
            return position, position + len(needle)
        start = position + 1


def build_document(record: dict, text: str) -> dict:
    dates, quotes = [], []
    for item in record.get("dates", []):
        start, end = locate(text, item["text"], int(item.get("occurrence", 1)))
        dates.append({"text": item["text"], "span": [start, end], "value": item["value"], "mod": item.get("mod")})
    for item in record.get("quotes", []):
        start, end = locate(text, item["text"], int(item.get("occurrence", 1)))
        quote = {"text": item["text"], "span": [start, end], "speaker": item.get("speaker")}
        for key in ("speaker_mention", "kind", "closed", "note"):
            if key in item:
                quote[key] = item[key]
        quotes.append(quote)
    dates.sort(key=lambda d: d["span"])
    quotes.sort(key=lambda q: q["span"])
    return {"document": record["document"], "dates": dates, "quotes": quotes}


def main(check_only: bool = False) -> int:
    rows = {json.loads(line)["id"]: json.loads(line) for line in CORPUS.open(encoding="utf-8")}
    split = json.loads((SOURCE / "SPLIT.json").read_text(encoding="utf-8"))
    problems = 0
    built: dict[str, dict] = {}
    for path in sorted(SOURCE.glob("wikinews-fr-*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        row = rows[record["document"]]
        try:
            document = build_document(record, row["text"])
        except (ValueError, KeyError) as error:
            print(f"{path.name}: {error}", file=sys.stderr)
            problems += 1
            continue
        document["source"] = row["url"]
        document["text"] = row["text"]
        built[record["document"]] = document
    if check_only or problems:
        print(f"{len(built)} articles valid, {problems} with problems")
        return 1 if problems else 0
    for name in ("dev", "sealed"):
        documents = [built[i] for i in split[name] if i in built]
        missing = [i for i in split[name] if i not in built]
        gold = {
            "description": f"Wikinews {name} set: {len(documents)} French Wikinews articles of 2012 "
            "(CC BY 2.5, Wikinews contributors), every date and quotation annotated by reading, before "
            "running the extractor on them. The publication date comes from each article's dateline "
            "(not annotated as a date)."
            + (" Sealed: scored only, never used to write rules." if name == "sealed" else ""),
            "documents": documents,
        }
        (HERE / f"wikinews_{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wikinews_{name}.json: {len(documents)} articles" + (f"; not yet annotated: {missing}" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv))
