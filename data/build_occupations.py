"""Writes musk_openai/speakers/occupations.tsv.gz: French occupation nouns with their gender.

Source: ONISEP's list of occupations (data.gouv.fr, Licence Ouverte / Etalab 2.0), as shipped in
the `fr_FR` job provider of Faker 40.63.0 (MIT licence): about 780 masculine and 800 feminine
job titles. A kept list, not a hand-typed one. The head noun of each title is kept ("archéologue",
"boulangère", "sapeur-pompier"); a noun found only among the masculine titles is "m", only among
the feminine ones "f", in both "" (epicene: "la/le juge").

Left out, because in news copy they are more often something else than a person's occupation:
English words, machines and tools ("perceuse", "dépanneuse", "mixeur"), abstractions
("critique", "facteur", "guide", "marine"), adjectives and participles ("chargé", "commercial",
"militaire"), and the nouns that name companies as often as people ("constructeur", "éditeur",
"opérateur", "promoteur"): a company is not a person.

Run (needs the wheel, not installed by the project):
  pip download --no-deps faker==40.63.0 -d /tmp/faker && python data/build_occupations.py /tmp/faker/*.whl
"""

from __future__ import annotations

import gzip
import re
import sys
import zipfile
from pathlib import Path

TARGET = Path(__file__).parent.parent / "musk_openai" / "speakers" / "occupations.tsv.gz"
MODULE = "faker/providers/job/fr_FR/__init__.py"

EXCLUDED = frozenset(
    """
    bim community credit data hot traffic yield ux salesman trader barmaid barman webdesigner
    perceuse ponceuse dépanneuse polisseuse trameuse remailleuse porteuse poseuse mixeur mixeuse testeur
    souffleur régulatrice correcteur correctrice collecteur collectrice intégrateur intégratrice veilleur
    critique facteur factrice guide marine personnelle sextante économe cadreur cadreuse
    chargé chargée attaché attachée employé employée auxiliaire commercial commerciale militaire sportif
    minière perlière marbrière solière toilière paludière quartrière femme garçon
    constructeur constructrice éditeur éditrice opérateur opératrice promoteur promoteuse installateur
    installatrice transporteuse concepteur conceptrice développeur développeuse mandataire syndic
    consignataire déclarant déclarante souscripteur gestionnaire restaurateur restauratrice courtier
    courtière data-scientist
    """.split()
)


def titles(wheel: str) -> dict[str, list[str]]:
    source = zipfile.ZipFile(wheel).read(MODULE).decode("utf-8")
    namespace: dict = {}
    exec(source.replace("from .. import Provider as BaseProvider", "BaseProvider = object"), namespace)  # noqa: S102 - our own download, data only
    provider = namespace["Provider"]
    return {"m": list(provider.jobs), "f": list(provider.jobs_female)}


def main(wheel: str) -> None:
    seen: dict[str, set[str]] = {}
    for gender, jobs in titles(wheel).items():
        for job in jobs:
            head = job.split()[0].strip(",").lower()
            if head in EXCLUDED or not re.fullmatch(r"[a-zàâäçéèêëîïôöûùüÿœæ]+(?:-[a-zàâäçéèêëîïôöûùüÿœæ]+)*", head):
                continue
            seen.setdefault(head, set()).add(gender)
    lines = [
        "# French occupation nouns (ONISEP, Licence Ouverte; via Faker's fr_FR jobs, MIT) - data/build_occupations.py",
        *(f"{noun}\t{next(iter(genders)) if len(genders) == 1 else ''}" for noun, genders in sorted(seen.items())),
    ]
    TARGET.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{TARGET}: {len(seen)} nouns")


if __name__ == "__main__":
    main(sys.argv[1])
