"""`tnr report`: the review page, its escaping, its fallbacks, and a real browser's view of it."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.report import (
    Mark,
    Segment,
    column_chart,
    is_story_facility,
    periods,
    read_article_text,
    segment_text,
    story_facilities,
    summary_charts,
    write_report,
)
from pipeline.paths import CORPUS_ARTICLES

SEED = CORPUS_ARTICLES  # the seed article and its metadata.jsonl, as bundled
SEED_ID = "seed_overseas_police_stations"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_TEXT = (
    f"China's foreign ministry denied that Beijing runs police stations in Dublin, Ireland. {SCRIPT}\n\n"
    f"Safeguard Defenders said on Monday that two {IMG} offices had opened in Paris in 2022.\n"
)
HOSTILE_META = {
    "id": "hostile",
    "title": f"Hostile {SCRIPT} {IMG}",
    "source": f'"><script>alert(2)</script>',
    "url": "javascript:alert(3)",
    "published": "2023-03-01",
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over the seed article and an article whose text and metadata carry markup, with its report written."""
    from pipeline.run import run

    root = tmp_path_factory.mktemp("report")
    corpus = root / "articles"
    corpus.mkdir()
    shutil.copy(SEED / f"{SEED_ID}.txt", corpus)
    (corpus / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    metadata = (SEED / "metadata.jsonl").read_text(encoding="utf-8").strip() + "\n" + json.dumps(HOSTILE_META) + "\n"
    (corpus / "metadata.jsonl").write_text(metadata, encoding="utf-8")
    out = root / "out"
    run([corpus], out)
    write_report(out)
    return out


@pytest.fixture(scope="module")
def page(run_dir: Path) -> str:
    """The summary page."""
    return (run_dir / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article_pages(run_dir: Path) -> list[str]:
    """Each article's page, in the list's order."""
    return [path.read_text(encoding="utf-8") for path in sorted((run_dir / "report" / "articles").glob("*.html"))]


@pytest.fixture(scope="module")
def every_page(page: str, article_pages: list[str]) -> list[str]:
    return [page, *article_pages]


class _Elements(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.tags


# --- pure parts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("no marks here", [], [("no marks here", None, False)]),
        ("in Spain now", [Mark("locations", 3, 8, "loc")], [("in ", None, False), ("Spain", "locations", False), (" now", None, False)]),
        (
            "South Korea's ministry",
            [Mark("actors", 0, 22, "act"), Mark("locations", 0, 11, "loc")],
            [("South Korea", "locations", False), ("'s ministry", "actors", False)],
        ),
        (
            "abcdef",
            [Mark("counts", 0, 4, "c"), Mark("dates", 2, 6, "d")],
            [("ab", "counts", False), ("cd", "counts", False), ("ef", "dates", False)],
        ),
        (
            "X said it is so",
            [Mark("attributions", 2, 6, "a"), Mark("attributions", 7, 15, "a", underline=True)],
            [("X ", None, False), ("said", "attributions", False), (" ", None, False), ("it is so", None, True)],
        ),
        ("short", [Mark("locations", 3, 40, "out of range"), Mark("dates", 4, 4, "empty")], [("short", None, False)]),
    ],
    ids=["no-marks", "one-mark", "nested-innermost-wins", "crossing", "attribution-cue-and-content", "bad-offsets-ignored"],
)
def test_segment_text(text: str, marks: list[Mark], expected: list[tuple[str, str | None, bool]]) -> None:
    segments = segment_text(text, marks)
    assert "".join(s.text for s in segments) == text
    assert [(s.text, s.field, s.underline) for s in segments] == expected


def test_segment_detail_lists_every_mark_innermost_first() -> None:
    segments = segment_text("South Korea's", [Mark("actors", 0, 13, "actor: South Korea"), Mark("locations", 0, 11, "location: South Korea")])
    assert segments[0] == Segment("South Korea", "locations", "location: South Korea\nactor: South Korea", False)


@pytest.mark.parametrize(
    ("name", "content", "path_suffix", "expected"),
    [
        ("a.txt", b"\xef\xbb\xbfLine one\r\nLine two", "", "Line one\nLine two"),
        ("a.md", "Caf\xe9 in Paris".encode("cp1252"), "", "Café in Paris"),
        ("feed.jsonl", b'{"id": "x", "text": "first"}\n\n{"id": "y", "text": "third line"}\n', ":3", "third line"),
        ("feed.jsonl", b'{"id": "x", "text": "first"}\n', ":7", None),
        ("a.json", b'{"text": "from json", "title": "t"}', "", "from json"),
        (
            "a.html",
            b"<html><head><title>T</title></head><body><nav>menu</nav><article><p>Police in Dublin said the office closed.</p>"
            b"<p>Officials in Beijing denied it.</p></article></body></html>",
            "",
            "Police in Dublin said the office closed.\nOfficials in Beijing denied it.",
        ),
    ],
    ids=["txt-bom-crlf", "md-cp1252", "jsonl-line", "jsonl-line-missing", "json-record", "html-body"],
)
def test_read_article_text(tmp_path: Path, name: str, content: bytes, path_suffix: str, expected: str | None) -> None:
    (tmp_path / name).write_bytes(content)
    assert read_article_text(str(tmp_path / name) + path_suffix) == expected


def test_read_article_text_matches_ingest(tmp_path: Path) -> None:
    from pipeline.ingest import read_articles
    from pipeline.records import Article

    (tmp_path / "page.html").write_bytes(
        b'<html><head><meta charset="windows-1252"><title>T</title></head><body><article><p>Caf\xe9 owners in Madrid said police visited.</p>'
        b"<p>The embassy denied it.</p></article></body></html>"
    )
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "r1", "text": "Line\r\none\x00"}) + "\n", encoding="utf-8")
    for article in read_articles([tmp_path]):
        assert isinstance(article, Article)
        assert read_article_text(article.path) == article.text


@pytest.mark.parametrize("path", ["missing.txt", "missing.jsonl:2", ""], ids=["file", "jsonl", "empty"])
def test_read_article_text_missing(tmp_path: Path, path: str) -> None:
    assert read_article_text(path, roots=[tmp_path]) is None


def test_relative_paths_are_tried_under_each_root(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("found", encoding="utf-8")
    assert read_article_text("x.txt", roots=[tmp_path, tmp_path / "b"]) == "found"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("corpus/articles/a/x.txt", ["here/corpus/articles/a/x.txt", "data/corpus/articles/a/x.txt", "data/articles/a/x.txt", "data/a/x.txt", "data/x.txt"]),
        ("feeds/f.jsonl:3", ["here/feeds/f.jsonl", "data/feeds/f.jsonl", "data/f.jsonl"]),
        ("/old/home/a/x.txt", ["/old/home/a/x.txt", "data/old/home/a/x.txt", "data/home/a/x.txt", "data/a/x.txt", "data/x.txt"]),
    ],
    ids=["relative", "jsonl-line", "absolute"],
)
def test_candidate_files(path: str, expected: list[str]) -> None:
    from pipeline.report import candidate_files

    assert [c.as_posix() for c in candidate_files(path, roots=[Path("here")], article_dirs=[Path("data")])] == expected


def test_column_chart_geometry() -> None:
    chart = column_chart("t", [("2022", 1), ("2023", 4), ("2024", 0)])
    heights = [bar.height for bar in chart.bars]
    assert heights[1] == max(heights) and heights[2] == 0
    assert all(bar.y + bar.height == pytest.approx(160) for bar in chart.bars)


# --- the page ------------------------------------------------------------------------


def test_pages_have_no_live_markup_from_input(every_page: list[str]) -> None:
    assert len(every_page) == 3  # the summary and two articles
    for page in every_page:
        tags = elements(page)
        scripts = [attrs for tag, attrs in tags if tag == "script"]
        assert len(scripts) == 1 and not scripts[0]  # the report's own script, nothing else
        assert not [tag for tag, _ in tags if tag in {"img", "iframe", "object", "embed"}]
        assert not [(tag, name) for tag, attrs in tags for name in attrs if name.startswith("on")]
        assert not [attrs for tag, attrs in tags if tag == "a" and (attrs.get("href") or "").lower().startswith("javascript")]
        assert SCRIPT not in page and IMG not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in every_page[0]  # the hostile title, in the list
    assert any("alert(2)" in page and "&lt;img src=x onerror=alert(1)&gt;" in page for page in every_page[1:])


def test_pages_csp_allows_only_their_own_script_and_style(every_page: list[str]) -> None:
    import base64
    import hashlib

    for page in every_page:
        csp = next(attrs["content"] for tag, attrs in elements(page) if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")
        assert csp is not None
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "default-src 'none'" in csp
        script = re.search(r"<script>(.*?)</script>", page, re.S)
        assert script is not None
        digest = base64.b64encode(hashlib.sha256(script.group(1).encode("utf-8")).digest()).decode()
        assert f"script-src 'sha256-{digest}'" in csp
        assert "http://" not in page.split("<body", 1)[0] and "https://" not in page.split("<body", 1)[0]


def test_article_pages_highlight_every_field(article_pages: list[str]) -> None:
    tags = [t for page in article_pages for t in elements(page)]
    classes = {attrs.get("class") or "" for tag, attrs in tags if tag == "mark"}
    for field in ("locations", "counts", "actors", "dates", "attributions"):
        assert any(f"f-{field}" in c for c in classes), field
    details = [attrs.get("data-detail") or "" for tag, attrs in tags if tag == "mark"]
    assert any(d.startswith("location: Glasgow (city) → United Kingdom [GBR]\ncount: exact 1") for d in details)


def test_summary_page_has_charts_and_links_each_article(page: str, article_pages: list[str]) -> None:
    assert page.count("<svg") == 4
    assert "<rect" in page
    assert "Spain (ESP)" in page  # facilities per host country
    assert "Safeguard Defenders" in page  # the actor filter
    assert not [tag for tag, _ in elements(page) if tag == "mark" and "data-detail" in _]  # texts live on the article pages
    links = [attrs.get("href") for tag, attrs in elements(page) if tag == "a"]
    assert links == ["report/articles/0001.html", "report/articles/0002.html"]
    assert all("Safeguard Defenders" in p or "foreign ministry" in p for p in article_pages)


def test_article_pages_link_back_and_along(article_pages: list[str]) -> None:
    first, second = ([attrs.get("href") for tag, attrs in elements(p) if tag == "a" and attrs.get("href") != "data:,"] for p in article_pages)
    assert first[:2] == ["../../report.html", "0002.html"] and second[:2] == ["../../report.html", "0001.html"]
    assert "article 1 of 2" in article_pages[0]


def test_summary_filters_carry_json_lists(page: str) -> None:
    rows = [attrs for tag, attrs in elements(page) if tag == "tr" and "entry" in (attrs.get("class") or "")]
    assert len(rows) == 2
    for attrs in rows:
        for name in ("data-countries", "data-actors", "data-fields"):
            assert isinstance(json.loads(attrs[name] or ""), list)
    assert any("ESP" in json.loads(a["data-countries"] or "[]") for a in rows)
    actor_values = {attrs.get("value") for tag, attrs in elements(page) if tag == "option"}
    assert all(str(i) in actor_values for a in rows for i in json.loads(a["data-actors"] or "[]"))


def test_summary_says_filters_need_javascript(page: str) -> None:
    noscript = re.search(r"<noscript>(.*?)</noscript>", page, re.S)
    assert noscript is not None and "need JavaScript" in noscript.group(1)


def _rewrite_articles(folder: Path, **changes: str) -> None:
    path = folder / "articles.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row.update(changes)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("changes", "note"),
    [({"path": "/nowhere/gone.txt"}, "could not be found or read"), ({"sha256": "0" * 64}, "changed since the run")],
    ids=["file-gone", "file-changed"],
)
def test_fallback_to_snippets(run_dir: Path, tmp_path: Path, changes: dict[str, str], note: str) -> None:
    copy = tmp_path / "out"
    shutil.copytree(run_dir, copy, ignore=shutil.ignore_patterns(".tnr-cache", "report.html"))
    _rewrite_articles(copy, **changes)
    files = write_report(copy)
    html = "".join(path.read_text(encoding="utf-8") for path in files.pages)
    assert html.count(note) == 2
    assert 'class="snippets"' in html and "Glasgow" in html
    assert not [attrs for tag, attrs in elements(html) if tag == "mark" and "data-detail" in attrs]
    assert not [tag for tag, _ in elements(html) if tag == "img"]
    assert len(files.unread if "read" in note else files.changed) == 2
    assert "the files of 2 could not be shown" in files.summary.read_text(encoding="utf-8")


def test_command_writes_default_and_named_file(run_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["report", "-o", str(run_dir)])
    assert result.exit_code == 0, result.output
    assert (run_dir / "report.html").exists()
    target = tmp_path / "review.html"
    result = runner.invoke(main, ["report", "-o", str(run_dir), "--out", str(target)])
    assert result.exit_code == 0 and target.exists()


@pytest.mark.parametrize("kind", ["missing", "empty"], ids=["missing-folder", "empty-folder"])
def test_command_unusable_folder(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "out"
    if kind == "empty":
        folder.mkdir()
    result = CliRunner().invoke(main, ["report", "-o", str(folder)])
    assert result.exit_code == 1
    assert result.stderr.startswith("tnr report: ") and len(result.stderr.strip().splitlines()) == 1


# --- a real browser ------------------------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _browse(browser: str, url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
    ]
    return subprocess.run([browser, *flags, *extra, url], capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed")
def test_report_in_headless_chromium(run_dir: Path, tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None
    url = (run_dir / "report.html").resolve().as_uri()
    dom = _browse(browser, url, tmp_path / "profile", "--dump-dom")
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console  # CSP violations, script errors and console.error all land here
    # the page's script ran to its end (an alert would have stopped it and the dump)
    assert re.search(r'<body[^>]*data-ready="1"', dom.stdout), dom.stderr[-2000:]
    rendered = elements(dom.stdout)
    assert [attrs for tag, attrs in rendered if tag == "script"] == [{}]
    assert not [tag for tag, _ in rendered if tag == "img"]
    assert sum(1 for tag, _ in rendered if tag == "rect") > 5
    assert "2 of 2 articles" in dom.stdout  # the filter script counted the articles
    shot = tmp_path / "report.png"
    taken = _browse(browser, url, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.exists() and shot.stat().st_size > 10_000, taken.stderr[-2000:]
    assert [line for line in taken.stderr.splitlines() if ":CONSOLE" in line] == []
    article = _browse(browser, (run_dir / "report" / "articles" / "0002.html").resolve().as_uri(), tmp_path / "profile", "--dump-dom")
    assert [line for line in article.stderr.splitlines() if ":CONSOLE" in line] == []
    assert re.search(r'<body[^>]*data-ready="1"', article.stdout)
    assert sum(1 for tag, attrs in elements(article.stdout) if tag == "mark" and "f-locations" in (attrs.get("class") or "")) > 5


QUOTES = [f"x' onmouseover='alert(1)", f'"><img src=x onerror=alert(1)>', "</script><script>alert(1)</script>"]


@pytest.mark.parametrize("hostile", QUOTES, ids=["single-quote", "double-quote", "script-close"])
def test_rendered_values_cannot_break_out_of_attributes(hostile: str) -> None:
    from pipeline.report import render_report

    text = f"{hostile} said police came to Dublin."
    start = len(hostile)
    tables = {
        "articles": [{"article_id": hostile, "path": "", "title": hostile, "source": hostile, "url": hostile, "published": "2023-01-01", "status": "ok"}],
        "actors": [{"article_id": hostile, "char_start": "0", "char_end": str(start), "text": hostile, "name": hostile, "type": "person", "country": hostile}],
        "locations": [{"article_id": hostile, "char_start": str(text.index("Dublin")), "char_end": str(text.index("Dublin") + 6), "text": "Dublin", "name": hostile, "kind": "city", "country": hostile, "country_name": hostile}],
        "attributions": [{"article_id": hostile, "char_start": "0", "char_end": str(len(text)), "text": text, "attribution_id": "a@1", "source_text": hostile, "source": hostile, "cue": "said", "stance": "assert", "content": hostile, "quote": "indirect", "cue_start": str(start + 1), "cue_end": str(start + 5), "content_start": str(start + 6), "content_end": str(len(text) - 1)}],
    }
    rendered = render_report(tables, {hostile: text})
    for html in [rendered.summary, *rendered.pages.values()]:
        tags = elements(html)
        assert [attrs for tag, attrs in tags if tag == "script"] == [{}]
        assert not [tag for tag, _ in tags if tag == "img"]
        assert not [(tag, name) for tag, attrs in tags for name in attrs if name.startswith("on")]
    tags = elements(rendered.summary)
    entry = next(attrs for tag, attrs in tags if tag == "tr" and "entry" in (attrs.get("class") or ""))
    assert json.loads(entry["data-countries"] or "") == [hostile]
    assert hostile in {attrs.get("value") for tag, attrs in tags if tag == "option"}  # the country filter
    assert json.loads(entry["data-actors"] or "") == [0]  # the actor filter's first option


# --- charts over the bulk of the data -------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "unit", "first", "last", "note"),
    [
        (["1860-05-01"] + [f"{2000 + i % 25}-06-01" for i in range(200)], "year", "2000", "2024", "1 date before 2000 (the earliest in 1860)"),
        ([f"{2000 + i % 25}-06-01" for i in range(200)] + ["2090-01-01"] * 3, "year", "2000", "2024", "3 dates after 2024 (the latest in 2090)"),
        (["2015-01-01", "2016-03-01", "2020-12-31", "2024-07-01"], "year", "2015", "2024", ""),
        (["2022-10-26", "2023-01", "2023-02-01"], "month", "2022-10", "2023-02", ""),
        ([f"2023-{m:02d}-01" for m in range(1, 13)] * 10 + ["1999-01-01"], "month", "2023-01", "2023-12", "1 date before 2023-01"),
    ],
    ids=["old-outlier", "future-outliers", "few-dates-full-range", "months", "months-with-outlier"],
)
def test_periods_follow_the_bulk(days: list[str], unit: str, first: str, last: str, note: str) -> None:
    result = periods(days)
    assert result.unit == unit
    assert (result.items[0][0], result.items[-1][0]) == (first, last)
    assert (note in result.note) if note else result.note == ""
    assert sum(n for _, n in result.items) + sum(int(w) for w in re.findall(r"(\d+) dates? (?:before|after)", result.note)) == len(days)


def test_time_charts_have_labelled_axes(page: str) -> None:
    for label in ("publication month", "articles", "dates mentioned"):
        assert f">{label}</text>" in page
    assert page.count('class="label tick"') >= 4


FACILITY_ROWS = [
    ({"category": "facility", "unit": "overseas police service stations"}, True),
    ({"category": "facility", "unit": "Iranian consulates general"}, True),
    ({"category": "facility", "unit": "trade offices"}, True),
    ({"category": "facility", "unit": "detention centres"}, True),
    ({"category": "facility", "unit": "ports"}, False),
    ({"category": "facility", "unit": "hydroelectric dams"}, False),
    ({"category": "other", "unit": "stadiums"}, False),
    ({"category": "person", "unit": "station staff"}, False),
]


@pytest.mark.parametrize(("row", "expected"), FACILITY_ROWS, ids=[r["unit"] for r, _ in FACILITY_ROWS])
def test_story_facilities(row: dict[str, str], expected: bool) -> None:
    assert is_story_facility(row, story_facilities()) is expected


def test_facility_chart_keeps_the_story() -> None:
    counts = [
        {"article_id": "a", "category": "facility", "unit": "ports", "value": "36", "country": "USA"},
        {"article_id": "b", "category": "facility", "unit": "stations", "value": "9", "country": "ESP"},
        {"article_id": "c", "category": "facility", "unit": "stations", "value": "4", "country": None},
    ]
    chart = summary_charts({"counts": counts, "articles": [], "locations": [], "dates": []})[0]
    assert [(bar.label, bar.value) for bar in chart.bars] == [("ESP (ESP)", 9.0)]


# --- a corpus-sized report -------------------------------------------------------------------

WORDS = "Police in Madrid said the activist had been followed by agents of the state for months".split()


def _synthesise(root: Path, n: int) -> Path:
    """Write n article files (about 600 words each) and a run's tables for them, without running the pipeline."""
    from pipeline.records import TABLES, column_names
    from pipeline.tables import render_csv

    articles_dir, out = root / "articles", root / "out"
    articles_dir.mkdir(parents=True, exist_ok=True)
    out.mkdir(exist_ok=True)
    rows: dict[str, list[dict[str, object]]] = {cls.table: [] for cls in TABLES}
    for i in range(n):
        text = "\n\n".join(" ".join(WORDS[(p + k) % len(WORDS)] for k in range(60)) + "." for p in range(10))
        path = articles_dir / f"a{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        article_id = f"a{i:04d}"
        rows["articles"].append({
            "article_id": article_id, "path": str(path), "title": f"Report number {i}", "source": "Wire",
            "url": None, "published": f"{2015 + i % 10}-{1 + i % 12:02d}-01" if i else "1860-01-01",
            "words": len(text.split()), "sha256": hashlib.sha256(text.encode()).hexdigest(), "status": "ok", "error": None,
        })
        for k, start in enumerate(m.start() for m in re.finditer("Madrid", text)):
            rows["locations"].append({"article_id": article_id, "char_start": start, "char_end": start + 6, "text": "Madrid",
                                      "name": "Madrid", "kind": "city", "country": "ESP", "country_name": "Spain"})
            if k % 2 == 0:
                police = text.rindex("Police", 0, start)
                rows["actors"].append({"article_id": article_id, "char_start": police, "char_end": police + 6, "text": "Police",
                                       "name": "police", "type": "government", "country": "ESP"})
        for k, start in enumerate(m.start() for m in re.finditer("months", text)):
            rows["dates"].append({"article_id": article_id, "char_start": start, "char_end": start + 6, "text": "months",
                                  "date_start": f"{2010 + k}-01-01", "date_end": f"{2010 + k}-12-31", "relative": False, "anchor": None})
        for start in (m.start() for m in re.finditer("said", text)):
            rows["attributions"].append({
                "article_id": article_id, "char_start": start - 16, "char_end": start + 40, "text": text[start - 16:start + 40],
                "attribution_id": f"{article_id}@{start}", "source_text": "Police in Madrid", "source": "police",
                "source_type": "government", "source_country": "ESP", "cue": "said", "stance": "assert",
                "content": text[start + 5:start + 40], "quote": "indirect", "cue_start": start, "cue_end": start + 4,
                "content_start": start + 5, "content_end": start + 40,
            })
    for cls in TABLES:
        (out / f"{cls.table}.csv").write_text(render_csv(column_names(cls), rows[cls.table]), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def large_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = _synthesise(tmp_path_factory.mktemp("large"), 1000)
    write_report(out)
    return out


def test_report_of_1000_articles_is_a_small_summary_and_pages(large_report: Path) -> None:
    summary = large_report / "report.html"
    pages = sorted((large_report / "report" / "articles").glob("*.html"))
    assert len(pages) == 1000 and pages[0].name == "0001.html" and pages[-1].name == "1000.html"
    total = summary.stat().st_size + sum(p.stat().st_size for p in pages)
    # one page of everything would be the sum of them all (about 47 MB here); the summary is a small part of it
    assert summary.stat().st_size < 600_000, summary.stat().st_size
    assert max(p.stat().st_size for p in pages) < 60_000
    assert summary.stat().st_size < total / 20
    html = summary.read_text(encoding="utf-8")
    assert html.count('class="entry"') == 1000 and 'data-detail="' not in html
    assert "1 article before 2015 (the earliest in 1860)" in html


def test_fewer_articles_remove_the_extra_pages(large_report: Path, tmp_path: Path) -> None:
    out = _synthesise(tmp_path, 12)
    shutil.copytree(large_report / "report", out / "report")  # the pages of an earlier, larger report
    (out / "report" / "articles" / "notes.txt").write_text("mine", encoding="utf-8")
    write_report(out)
    names = sorted(p.name for p in (out / "report" / "articles").iterdir())
    assert names == [f"{i:04d}.html" for i in range(1, 13)] + ["notes.txt"]


# --- from another folder ---------------------------------------------------------------------


def test_report_from_another_folder_says_which_files_it_cannot_find(run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "elsewhere" / "out"
    shutil.copytree(run_dir, copy, ignore=shutil.ignore_patterns(".tnr-cache", "report*"))
    _rewrite_articles(copy, path="articles/moved.txt")  # a relative path that leads nowhere from here
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["report", "-o", str(copy)])
    assert result.exit_code == 0, result.output
    assert "the files of 2 articles were not found: articles/moved.txt, articles/moved.txt" in result.stderr
    assert "--articles DIR" in result.stderr and str(tmp_path) in result.stderr


def test_report_finds_articles_relative_to_the_output_folder(run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the run's folder holds out/ and articles/ side by side; the report is made from elsewhere
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / "project"
    shutil.copytree(run_dir.parent, copy, ignore=shutil.ignore_patterns(".tnr-cache", "report*"))
    original = run_dir.parent
    path = copy / "out" / "articles.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(str(original) + "/", ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "-o", str(copy / "out")])
    assert result.exit_code == 0 and result.stderr == "", result.output
    assert "<mark" in (copy / "out" / "report" / "articles" / "0001.html").read_text(encoding="utf-8")


def test_report_with_articles_option(run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "out"
    shutil.copytree(run_dir, copy, ignore=shutil.ignore_patterns(".tnr-cache", "report*"))
    _rewrite_articles(copy)
    path = copy / "articles.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(str(run_dir.parent), "corpus/old"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    missing = CliRunner().invoke(main, ["report", "-o", str(copy), "--articles", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1 and "no such folder" in missing.stderr
    result = CliRunner().invoke(main, ["report", "-o", str(copy), "--articles", str(run_dir.parent / "articles")])
    assert result.exit_code == 0 and result.stderr == "", result.output
    pages = [p.read_text(encoding="utf-8") for p in sorted((copy / "report" / "articles").glob("*.html"))]
    assert all("<mark" in p for p in pages)
