"""`tnr report`: the review page, its escaping, its fallbacks, and a real browser's view of it."""

from __future__ import annotations

import csv
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
    event_views,
    origin_host_matrix,
    read_article_text,
    render_report,
    segment_text,
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
    return (run_dir / "report.html").read_text(encoding="utf-8")


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


def test_column_chart_geometry() -> None:
    chart = column_chart("t", [("2022", 1), ("2023", 4), ("2024", 0)])
    heights = [bar.height for bar in chart.bars]
    assert heights[1] == max(heights) and heights[2] == 0
    assert all(bar.y + bar.height == pytest.approx(160) for bar in chart.bars)


# --- the page ------------------------------------------------------------------------


def test_page_has_no_live_markup_from_input(page: str) -> None:
    tags = elements(page)
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert len(scripts) == 1 and not scripts[0]  # the report's own script, nothing else
    assert not [tag for tag, _ in tags if tag in {"img", "iframe", "object", "embed"}]
    assert not [(tag, name) for tag, attrs in tags for name in attrs if name.startswith("on")]
    assert not [attrs for tag, attrs in tags if tag == "a" and (attrs.get("href") or "").lower().startswith("javascript")]
    assert "alert(2)" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert SCRIPT not in page and IMG not in page


def test_page_csp_allows_only_its_own_script_and_style(page: str) -> None:
    import base64
    import hashlib

    csp = next(attrs["content"] for tag, attrs in elements(page) if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "default-src 'none'" in csp
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    assert script is not None
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "http://" not in page.split("<body", 1)[0] and "https://" not in page.split("<body", 1)[0]


def test_page_highlights_every_field(page: str) -> None:
    classes = {attrs.get("class") or "" for tag, attrs in elements(page) if tag == "mark"}
    for field in ("locations", "counts", "actors", "dates", "attributions", "incidents"):
        assert any(f"f-{field}" in c for c in classes), field
    details = [attrs.get("data-detail") or "" for tag, attrs in elements(page) if tag == "mark"]
    assert any(d.startswith("location: Glasgow (city) → United Kingdom [GBR]\ncount: exact 1") for d in details)


def test_page_lists_attributions_and_charts(page: str) -> None:
    assert "Safeguard Defenders" in page
    assert page.count("<svg") == 5
    assert "CHN · intimidation" in page  # incidents by origin and tactic
    assert "origin → host" in page and "<table class=\"matrix\">" in page
    assert "<rect" in page
    assert "Spain (ESP)" in page  # facilities per host country


def test_page_filters_carry_json_lists(page: str) -> None:
    docs = [attrs for tag, attrs in elements(page) if tag == "article"]
    assert len(docs) == 2
    for attrs in docs:
        for name in ("data-countries", "data-actors", "data-fields"):
            assert isinstance(json.loads(attrs[name] or ""), list)
    assert any("ESP" in json.loads(a["data-countries"] or "[]") for a in docs)


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
    [({"path": "/nowhere/gone.txt"}, "could not be read"), ({"sha256": "0" * 64}, "changed since the run")],
    ids=["file-gone", "file-changed"],
)
def test_fallback_to_snippets(run_dir: Path, tmp_path: Path, changes: dict[str, str], note: str) -> None:
    copy = tmp_path / "out"
    shutil.copytree(run_dir, copy, ignore=shutil.ignore_patterns(".tnr-cache", "report.html"))
    _rewrite_articles(copy, **changes)
    html = write_report(copy).read_text(encoding="utf-8")
    assert html.count(note) == 2
    assert 'class="snippets"' in html and "Glasgow" in html
    assert not [attrs for tag, attrs in elements(html) if tag == "mark" and "data-detail" in attrs]
    assert not [tag for tag, _ in elements(html) if tag == "img"]


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
    assert sum(1 for tag, attrs in rendered if tag == "mark" and "f-locations" in (attrs.get("class") or "")) > 5
    assert sum(1 for tag, _ in rendered if tag == "rect") > 5
    assert "2 of 2 articles" in dom.stdout  # the filter script counted the articles
    shot = tmp_path / "report.png"
    taken = _browse(browser, url, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.exists() and shot.stat().st_size > 10_000, taken.stderr[-2000:]
    assert [line for line in taken.stderr.splitlines() if ":CONSOLE" in line] == []


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
    html = render_report(tables, {hostile: text})
    tags = elements(html)
    assert [attrs for tag, attrs in tags if tag == "script"] == [{}]
    assert not [tag for tag, _ in tags if tag == "img"]
    assert not [(tag, name) for tag, attrs in tags for name in attrs if name.startswith("on")]
    doc = next(attrs for tag, attrs in tags if tag == "article")
    assert json.loads(doc["data-actors"] or "") == [hostile]
    assert json.loads(doc["data-countries"] or "") == [hostile]
    assert {attrs.get("value") for tag, attrs in tags if tag == "option"} >= {hostile}


INCIDENT_ROWS = [
    {"article_id": "a", "origin": "CHN", "host": "NLD", "tactic": "intimidation", "event_id": "ev-1"},
    {"article_id": "b", "origin": "CHN", "host": "NLD", "tactic": "intimidation", "event_id": "ev-1"},
    {"article_id": "b", "origin": "CHN", "host": None, "tactic": "surveillance", "event_id": "ev-2"},
    {"article_id": "c", "origin": "SAU", "host": "TUR", "tactic": "assassination", "event_id": "ev-3"},
]
EVENT_ROWS = [
    {"event_id": "ev-1", "origin": "CHN", "host": "NLD", "tactic": "intimidation", "targets": None, "year_min": "2022",
     "year_max": "2022", "articles": "2", "article_ids": "a; b"},
    {"event_id": "ev-2", "origin": "CHN", "host": None, "tactic": "surveillance", "targets": None, "year_min": None,
     "year_max": None, "articles": "1", "article_ids": "b"},
]
ARTICLE_ROWS = [{"article_id": "a", "title": "Stations <b>in</b> Rotterdam", "status": "ok"},
                {"article_id": "b", "title": "Dutch probe", "status": "ok"}]


def test_origin_host_matrix() -> None:
    matrix = origin_host_matrix(INCIDENT_ROWS)
    assert (matrix.origins, matrix.hosts) == (["CHN", "SAU"], ["NLD", "TUR", "?"])
    assert matrix.cells == [[2, 0, 1], [0, 1, 0]]


def test_events_list_shows_events_of_two_or_more_articles_with_their_titles() -> None:
    [event] = event_views(EVENT_ROWS, ARTICLE_ROWS)
    assert (event.event_id, event.years, event.articles) == ("ev-1", "2022", [(0, "Stations <b>in</b> Rotterdam"), (1, "Dutch probe")])
    page = render_report({"articles": ARTICLE_ROWS, "incidents": INCIDENT_ROWS, "events": EVENT_ROWS}, {})
    assert '<a href="#a-0">Stations &lt;b&gt;in&lt;/b&gt; Rotterdam</a>; <a href="#a-1">Dutch probe</a>' in page
    events_table = page.split('<table class="events">', 1)[1].split("</table>", 1)[0]
    assert "ev-1" in events_table and "ev-2" not in events_table
