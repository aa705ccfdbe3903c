"""Writes musk_openai/speakers/first_names.tsv.gz: first names with their usual gender.

Source: the name data of `nomquamgender` 0.1.4 (Van Buskirk, Clauset & Larremore, "An open-source
cultural consensus approach to name-based gender classification", ICWSM 2023; MIT licence),
which aggregates 36 name–gender datasets from many countries. A kept list, not a hand-typed one.

Kept: names seen at least 50 times, letters and hyphens only. Gender: F when the share of women
is at least 0.8, M when at most 0.2, ? otherwise (epicene or mixed across countries, e.g.
"Dominique", "Jean", which is also a woman's name in English). The bounds were 0.9 / 0.1 at first;
that left common French names such as "Rémi" (0.198 women across the 36 datasets, as "Remi" is
also a woman's name elsewhere), "Maxime" or "Claude" without a gender.

Run (needs the wheel, not installed by the project):
  pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && python data/build_first_names.py /tmp/nqg/*.whl
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

TARGET = Path(__file__).parent.parent / "musk_openai" / "speakers" / "first_names.tsv.gz"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read("nomquamgender/name_data.json"))
    rows = []
    for name, (_, count, share, *_) in data.items():
        if count < 50 or not name.isascii() or not name.replace("-", "").isalpha():
            continue
        gender = "F" if share >= 0.8 else "M" if share <= 0.2 else "?"
        rows.append(f"{name}\t{gender}\n")
    rows.sort()
    header = "# first name (folded)\tgender F/M/?  -- from nomquamgender 0.1.4 (MIT), see data/build_first_names.py\n"
    # mtime=0: the same input gives the same bytes
    TARGET.write_bytes(gzip.compress((header + "".join(rows)).encode("utf-8"), mtime=0))
    print(f"{TARGET}: {len(rows)} names")


if __name__ == "__main__":
    main(sys.argv[1])
