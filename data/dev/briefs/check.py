"""Checks annotated article files: python check.py FILE.json [...]"""

import json
import sys

MARKS = '«»“”"„‹›'
ok = True
for path in sys.argv[1:]:
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        print(f"{path}: not JSON ({e})")
        ok = False
        continue
    for key in ("document", "style", "dct", "text", "quotes"):
        if key not in d:
            print(f"{path}: missing key {key}")
            ok = False
    text = d.get("text", "")
    for i, q in enumerate(d.get("quotes", [])):
        t, occ = q.get("text", ""), int(q.get("occurrence", 1))
        pos, start = -1, 0
        for _ in range(occ):
            pos = text.find(t, start)
            if pos < 0:
                break
            start = pos + 1
        if not t or pos < 0:
            print(f"{path}: quote {i}: text not found (occurrence {occ}): {t[:60]!r}")
            ok = False
            continue
        before = text[:pos].rstrip()[-1:]
        after = text[pos + len(t) :].lstrip()[:1]
        if before not in MARKS:
            print(f"{path}: quote {i}: not right after a quotation mark: {t[:60]!r}")
            ok = False
        if after not in MARKS and after not in ".,;:!?)" and after != "":
            print(f"{path}: quote {i}: does not end at a closing mark (ok only for an unclosed quotation): {t[-40:]!r}")
        for key in ("speaker", "speaker_mention", "kind"):
            if key not in q:
                print(f"{path}: quote {i}: missing key {key}")
                ok = False
        sp = q.get("speaker")
        if sp is not None and sp not in text and not all(w in text for w in sp.split()):
            print(f"{path}: quote {i}: speaker {sp!r} not written in the article")
    print(f"{path}: {len(d.get('quotes', []))} quotations")
sys.exit(0 if ok else 1)
