"""Writes press.json from the per-article annotations in press/<id>.json.

press/ holds French news articles in the styles of the press the extractor is judged on (a
sports daily, a Québec daily, national and regional dailies, news wires), written and annotated
for this project by team members who never ran the extractor on them nor read its rules. The
first-run figures of every batch are in the issue notes. Answers of question/answer excerpts
set off by dashes, without quotation marks, are kept in the files but left out of the built set:
the extractor defines a quotation by its marks.

Per-article format: {"document", "style", "dct", "text",
  "quotes": [{"text", "occurrence", "speaker", "speaker_mention", "kind", "note"}]}

Run from the repository: python data/dev/build_press.py
(or python data/dev/build_press.py SOURCE_DIR OUT.json for another batch, such as the held-out
press articles of data/gold/press_heldout/)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "gold"))
from build_wikinews import locate  # noqa: E402

QUOTE_MARKS = "«»“”\"„‹›"


def build(record: dict) -> dict:
    text = record["text"]
    quotes = []
    for item in record["quotes"]:
        start, end = locate(text, item["text"], int(item.get("occurrence", 1)))
        if text[:start].rstrip()[-1:] not in QUOTE_MARKS:
            continue  # an answer in dash dialogue: no quotation marks
        quote = {"text": item["text"], "span": [start, end], "speaker": item.get("speaker")}
        for key in ("speaker_mention", "kind", "note"):
            if key in item:
                quote[key] = item[key]
        quotes.append(quote)
    return {"document": record["document"], "text": text, "dct": record.get("dct"), "quotes": quotes}


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 2 else HERE / "press"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "press.json"
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(source.glob("*.json"))]
    documents = [build(r) for r in records]
    gold = {
        "description": "French press articles (sports, Québec, national, regional, wire styles) written "
        "and annotated for the project without running the extractor; quotations only.",
        "documents": documents,
    }
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(documents)} articles, {sum(len(d['quotes']) for d in documents)} quotations")


if __name__ == "__main__":
    main()
