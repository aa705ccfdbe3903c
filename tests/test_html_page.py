"""The HTML timeline page: built from rows alone, then opened in a real headless browser
(Debian's chromium, driven by Playwright; CI installs it in .ci/run)."""

import datetime as dt
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from browser import BROWSER_ARGS, CHROMIUM

from musk_openai.merge import merge_events
from musk_openai.models import Event, Quote, TemporalValue
from musk_openai.views.html import html_datetime, period_of, render_page

ATTACK = '<script>window.__pwned = 1</script><img src="x.png" onerror="window.__pwned = 2">'

TEXT = (
    "Le 3 mars 2021, Jean Dupont a fondé Acme. "
    "Le 3 mars 2021, Marie Curie a démissionné. "
    f"En juin 2021, Marie Curie a écrit : « Je pars {ATTACK} demain. » "
    "Début 2022, Acme a fermé."
)


def _date(text, value, granularity, interval, mod=None, occurrence=0):
    start = TEXT.index(text)
    return TemporalValue(
        text=text, value=value, granularity=granularity, mod=mod, interval=interval, span=(start, start + len(text))
    )


def _event(document, sentence_start, sentence_end, date, headline, actors):
    start = TEXT.index(sentence_start)
    end = TEXT.index(sentence_end, start) + len(sentence_end)
    return Event(
        date=date.model_copy(update={"document": document}),
        headline=headline,
        sentence=TEXT[start:end],
        actors=actors,
        span=(start, end),
        document=document,
    )


DAY = (dt.date(2021, 3, 3), dt.date(2021, 3, 3))


def events(document="article-a"):
    return [
        _event(
            document,
            "Le 3 mars 2021, Jean",
            "fondé Acme.",
            _date("3 mars 2021", "2021-03-03", "day", DAY),
            "Jean Dupont a fondé Acme",
            ["Jean Dupont", "Acme"],
        ),
        _event(
            document,
            "Le 3 mars 2021, Marie",
            "a démissionné.",
            _date("Le 3 mars 2021, Marie"[3:14], "2021-03-03", "day", DAY).model_copy(
                update={"span": (TEXT.index("3 mars 2021, Marie"), TEXT.index("3 mars 2021, Marie") + 11)}
            ),
            "Marie Curie a démissionné",
            ["Marie Curie"],
        ),
        _event(
            document,
            "En juin 2021",
            "demain. »",
            _date("juin 2021", "2021-06", "month", (dt.date(2021, 6, 1), dt.date(2021, 6, 30))),
            f"Marie Curie a écrit : « Je pars {ATTACK}",
            ["Marie Curie"],
        ),
        _event(
            document,
            "Début 2022",
            "a fermé.",
            _date("Début 2022", "2022", "year", (dt.date(2022, 1, 1), dt.date(2022, 4, 30)), mod="START"),
            "Acme a fermé",
            ["Acme"],
        ),
    ]


def quotes(document="article-a"):
    start = TEXT.index("Je pars")
    end = TEXT.index(" demain.") + len(" demain.")
    return [Quote(text=TEXT[start:end], span=(start, end), kind="direct", speaker="Marie Curie", document=document)]


@pytest.fixture(scope="module")
def rows():
    # the same article under two ids, so every event is one row with two sources
    return merge_events(sorted(events("article-a") + events("article-b"), key=lambda e: e.date.interval))


@pytest.fixture(scope="module")
def page(rows):
    return render_page(rows, quotes("article-a") + quotes("article-b"), title="Acme <em>story</em>")


def test_one_event_per_merged_row_and_every_source(rows, page):
    assert len(rows) == 4 and all(r.sources == ["article-a", "article-b"] for r in rows)
    assert page.count('<li class="event') == 4
    assert "4 events from 2 articles" in page


def test_article_text_is_escaped(page):
    assert "window.__pwned" in page  # shown as text…
    assert "<script>window" not in page and "<img" not in page  # …never as markup
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "Acme &lt;em&gt;story&lt;/em&gt;" in page


def test_self_contained_with_a_strict_content_security_policy(page):
    assert "default-src 'none'" in page and "connect-src 'none'" in page and "img-src 'none'" in page
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", page)
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert page.count("<script>") == 1 and page.count("<style>") == 1


def test_uncertain_dates_are_honest(rows, page):
    by_text = {r.date.text: r for r in rows}
    start = by_text["Début 2022"].date
    assert period_of(start)[1] == "Start of 2022" and html_datetime(start) == "2022"
    assert (
        period_of(by_text["juin 2021"].date)[1] == "June 2021" and html_datetime(by_text["juin 2021"].date) == "2021-06"
    )
    assert '<time datetime="2022" lang="fr">Début 2022</time>' in page and '<span class="mod">start of</span>' in page
    assert '<time datetime="2021-06" lang="fr">juin 2021</time>' in page  # never faked to a day
    assert '<time datetime="2021-03-03" lang="fr">3 mars 2021</time>' in page


def test_page_assets_ship_with_the_package():
    from importlib import resources

    files = resources.files("musk_openai.views")
    for name in ("templates/timeline.html", "static/timeline.css", "static/timeline.js"):
        assert files.joinpath(name).is_file(), name
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"musk_openai.views" = ["templates/*.html", "static/*.css", "static/*.js"]' in pyproject


# -- in a real browser ---------------------------------------------------------------------------
def _browser_missing():
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run does it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install '.[test]')"
    return None


browser = pytest.mark.skipif(_browser_missing() is not None, reason=str(_browser_missing()))


@pytest.fixture(scope="module")
def opened(page, tmp_path_factory):
    """The page loaded from a file in chromium, with every request and dialog recorded."""
    from playwright.sync_api import sync_playwright

    path = tmp_path_factory.mktemp("page") / "story.html"
    path.write_text(page, encoding="utf-8")
    url = path.as_uri()
    requests, dialogs, errors = [], [], []
    profile = tempfile.mkdtemp(prefix="musk-chromium-")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=BROWSER_ARGS, headless=True, viewport={"width": 390, "height": 800}
        )
        try:
            context.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
            tab = context.new_page()
            tab.on("request", lambda request: requests.append(request.url))
            tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            tab.on("pageerror", lambda error: errors.append(str(error)))
            tab.goto(url)
            tab.wait_for_load_state("load")
            yield tab, url, requests, dialogs, errors
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


def _visible(tab):
    return tab.eval_on_selector_all("li.event", "nodes => nodes.filter(n => !n.hidden).length")


@browser
def test_browser_renders_one_event_per_row_and_runs_nothing_from_the_article(opened):
    tab, url, requests, dialogs, errors = opened
    assert tab.locator("li.event").count() == 4 and _visible(tab) == 4
    assert tab.evaluate("window.__pwned") is None
    assert dialogs == [] and errors == []
    assert "<script>window.__pwned = 1</script>" in tab.inner_text("body")  # shown, literally
    assert tab.locator("main img, main script").count() == 0
    assert tab.inner_text("#filter-status") == "Showing all 4 events."


@browser
def test_browser_makes_no_network_request(opened):
    tab, url, requests, dialogs, errors = opened
    tab.select_option("#filter-actor", "Acme")
    tab.fill("#filter-text", "fonde")
    assert set(requests) == {url}  # the page itself, nothing else


@browser
def test_browser_actor_filter_hides_the_other_events(opened):
    tab = opened[0]
    tab.fill("#filter-text", "")
    tab.select_option("#filter-actor", "Marie Curie")
    headlines = tab.eval_on_selector_all("li.event:not([hidden]) h4", "nodes => nodes.map(n => n.textContent)")
    assert len(headlines) == 2 and all(h.startswith("Marie Curie") for h in headlines)
    assert tab.inner_text("#filter-status") == "Showing 2 of 4 events."
    assert tab.locator("section.year:not([hidden])").count() == 1  # 2022 has no Marie Curie event
    tab.select_option("#filter-actor", "")
    assert _visible(tab) == 4


@browser
def test_browser_text_filter_ignores_case_and_accents(opened):
    tab = opened[0]
    tab.select_option("#filter-actor", "")
    tab.fill("#filter-text", "DEMISSIONNE")
    assert _visible(tab) == 1
    tab.fill("#filter-text", "article-b")  # sources are searchable
    assert _visible(tab) == 4
    tab.click("button.reset")
    tab.wait_for_function("document.getElementById('filter-status').textContent.startsWith('Showing all')")
    assert _visible(tab) == 4


@browser
def test_browser_keyboard_reaches_the_filters(opened):
    tab, url = opened[0], opened[1]
    tab.goto(url)  # focus starts from the top of a fresh page
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "skip"
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.id") == "filter-text"
    tab.keyboard.type("acme")
    assert _visible(tab) == 2
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.id") == "filter-actor"
    tab.fill("#filter-text", "")


@pytest.mark.model
def test_seed_page_through_the_cli(tmp_path):
    from click.testing import CliRunner

    from musk_openai.cli import main

    runner = CliRunner()
    target = tmp_path / "story.html"
    result = runner.invoke(main, ["timeline", "show", "--format", "html", "--with-quotes", "-o", str(target)])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # shareable, like any file the user writes
    rows = runner.invoke(main, ["timeline", "show", "--format", "json"]).output
    import json

    assert html.count('<li class="event') == len(json.loads(rows)) == 14
    assert "Elon Musk a fondé xAI" in html and "Quotations of the same people" in html
    assert '<time datetime="2017" lang="fr">mi-2017</time>' in html and "Middle of 2017" in html
    plain = runner.invoke(main, ["timeline", "show", "--format", "html", "--actor", "Sutskever"]).output
    assert "Quotations of the same people" not in plain and 0 < plain.count('<li class="event') < 14


def test_other_wordings_of_an_event_fold_out_once():
    first = events("article-a")[0]
    copy = first.model_copy(update={"document": "article-b"})
    reworded = first.model_copy(update={"document": "article-c", "sentence": "Acme a été fondé par Jean Dupont."})
    [row] = merge_events([first, copy, reworded])
    html = render_page([row])
    assert "Also told in 1 other wording" in html and "Acme a été fondé par Jean Dupont." in html
    assert "Sources: <cite>article-a</cite>, <cite>article-b</cite>, <cite>article-c</cite>" in html
    assert html.count("<cite>article-c</cite>") == 2  # in the sources, and under its own wording
