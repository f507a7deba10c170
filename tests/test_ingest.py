"""Ingest: every input format, every metadata source and its precedence, the id rules, encodings.

Each test is a table of examples: files written under ``tmp_path``, then what
``read_articles`` must give back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.ingest import decode_bytes, normalize_published, read_articles
from pipeline.records import Article, ErrorRow

BODY = "Police in Rotterdam said two men were questioned over an unofficial station."

Files = dict[str, str | bytes]


def write_tree(root: Path, files: Files) -> Path:
    """Write ``{relative path: text or bytes}`` under root and return root."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def ingest(root: Path, files: Files) -> tuple[dict[str, Article], list[ErrorRow]]:
    """Return the articles by id and the error rows of one ingest over the files."""
    items = list(read_articles([write_tree(root, files)]))
    articles = {item.article_id: item for item in items if isinstance(item, Article)}
    assert len(articles) == sum(isinstance(item, Article) for item in items), "an id was given twice"
    return articles, [item for item in items if isinstance(item, ErrorRow)]


def html_page(*, body: str = BODY, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<script>var tracking = 'SCRIPT TEXT';</script>"
        "<style>p { color: red } /* STYLE TEXT */</style></head><body>"
        "<nav><a href='/'>NAV TEXT</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Headline</h1><p>{body}</p><p>A second paragraph follows with more detail about the case.</p></article>"
        "<aside>ASIDE TEXT: most read</aside><footer>FOOTER TEXT © Example News</footer></body></html>"
    )


HTML_HEAD = (
    '<meta charset="utf-8"><title>Page title | Site</title>'
    '<meta property="og:title" content="OG title">'
    '<meta property="og:site_name" content="Example News">'
    '<meta property="og:url" content="https://news.example/a">'
    '<meta property="article:published_time" content="2022-10-27T09:30:00Z">'
)

# --- formats ---------------------------------------------------------------------

FORMAT_CASES = [
    pytest.param({"a.txt": BODY + "\n"}, "a", BODY + "\n", {}, id="txt"),
    pytest.param({"a.md": "# Title\n\n" + BODY}, "a", "# Title\n\n" + BODY, {}, id="md"),
    pytest.param({"a.txt": BODY.replace(". ", ".\r\n") + "\r\nEnd.\r\n"}, "a", BODY + "\nEnd.\n", {}, id="txt-crlf-unified"),
    pytest.param(
        {"a.json": '{"text": "%s", "title": "T", "source": "S", "url": "https://x.example", "published": "2022-10-26"}' % BODY},
        "a", BODY, {"title": "T", "source": "S", "url": "https://x.example", "published": "2022-10-26"}, id="json",
    ),
    pytest.param(
        {"feed.jsonl": '{"id": "r1", "text": "%s", "title": "R1", "published": "2023-04"}\n\n{"id": 7, "text": "Second."}\n' % BODY},
        "r1", BODY, {"title": "R1", "published": "2023-04"}, id="jsonl-record",
    ),
    pytest.param(
        {"feed.jsonl": '{"id": "r1", "text": "x"}\n{"id": 7, "text": "Second."}\n'}, "7", "Second.", {}, id="jsonl-int-id",
    ),
    pytest.param(
        {"page.html": html_page(head=HTML_HEAD)},
        "page", None, {"title": "OG title", "source": "Example News", "url": "https://news.example/a", "published": "2022-10-27"},
        id="html-meta",
    ),
    pytest.param(
        {"page.htm": html_page(head='<title>Only a title</title><meta name="date" content="2021-06">')},
        "page", None, {"title": "Only a title", "published": "2021-06"}, id="htm-title-tag-month",
    ),
    pytest.param(
        {"page.html": html_page(head='<link rel="canonical" href="https://c.example/x">') .replace(
            "<h1>Headline</h1>", '<time itemprop="datePublished" datetime="2020-01-02">2 Jan</time>')},
        "page", None, {"url": "https://c.example/x", "published": "2020-01-02"}, id="html-canonical-time-tag",
    ),
]


@pytest.mark.parametrize(("files", "article_id", "text", "meta"), FORMAT_CASES)
def test_formats(tmp_path: Path, files: Files, article_id: str, text: str | None, meta: dict[str, str]) -> None:
    articles, errors = ingest(tmp_path, files)
    assert errors == []
    article = articles[article_id]
    if text is not None:
        assert article.text == text
    for name in ("title", "source", "url", "published"):
        assert getattr(article, name) == meta.get(name), name


def test_html_body_only(tmp_path: Path) -> None:
    articles, errors = ingest(tmp_path, {"page.html": html_page(head=HTML_HEAD)})
    assert errors == []
    text = articles["page"].text
    assert BODY in text and "second paragraph" in text
    for furniture in ("NAV TEXT", "FOOTER TEXT", "SCRIPT TEXT", "STYLE TEXT", "ASIDE TEXT", "tracking", "color: red"):
        assert furniture not in text, furniture


# --- metadata sources and their precedence ------------------------------------------------

SIDECAR = '{"title": "sidecar title", "source": "sidecar source", "published": "2021-01-01"}'
TABLE_JSONL = '{"id": "%s", "title": "table title", "source": "table source", "url": "https://table.example", "published": "2020-02"}\n'

METADATA_CASES = [
    pytest.param(
        {"a.json": '{"text": "%s", "title": "record title"}' % BODY, "a.meta.json": SIDECAR},
        "a", {"title": "record title", "source": "sidecar source", "published": "2021-01-01"}, id="record-over-sidecar",
    ),
    pytest.param(
        {"a.txt": BODY, "a.meta.json": SIDECAR, "metadata.jsonl": TABLE_JSONL % "a"},
        "a", {"title": "sidecar title", "source": "sidecar source", "url": "https://table.example", "published": "2021-01-01"},
        id="sidecar-over-folder-table",
    ),
    pytest.param(
        {"page.html": html_page(head=HTML_HEAD), "metadata.jsonl": TABLE_JSONL % "page"},
        "page", {"title": "table title", "source": "table source", "url": "https://table.example", "published": "2020-02"},
        id="folder-table-over-html-meta",
    ),
    pytest.param(
        {"page.html": html_page(head=HTML_HEAD), "page.meta.json": '{"title": "sidecar title"}'},
        "page", {"title": "sidecar title", "source": "Example News", "url": "https://news.example/a", "published": "2022-10-27"},
        id="sidecar-over-html-meta-field-by-field",
    ),
    pytest.param(
        {"feed.jsonl": '{"id": "r1", "text": "%s", "title": "record title"}\n' % BODY, "metadata.jsonl": TABLE_JSONL % "r1"},
        "r1", {"title": "record title", "source": "table source", "url": "https://table.example", "published": "2020-02"},
        id="jsonl-record-over-folder-table",
    ),
    pytest.param(
        {"a.txt": BODY, "metadata.csv": "id,title,source,url,published\na,csv title,csv source,,2019-03-04\n"},
        "a", {"title": "csv title", "source": "csv source", "published": "2019-03-04"}, id="metadata-csv",
    ),
    pytest.param(
        {"a.txt": BODY, "metadata.csv": "\ufeffid,title\na,csv title with BOM header\n"},
        "a", {"title": "csv title with BOM header"}, id="metadata-csv-bom",
    ),
    pytest.param(
        {"a.txt": BODY, "metadata.jsonl": '{"id": "a", "title": "jsonl title"}\n', "metadata.csv": "id,title,source\na,csv title,csv source\n"},
        "a", {"title": "jsonl title"}, id="metadata-jsonl-before-csv",
    ),
    pytest.param(
        {"sub/a.txt": BODY, "sub/metadata.jsonl": TABLE_JSONL % "a"},
        "sub/a", {"title": "table title", "source": "table source", "url": "https://table.example", "published": "2020-02"},
        id="table-keyed-by-file-name",
    ),
    pytest.param(
        {"sub/a.txt": BODY, "sub/metadata.jsonl": TABLE_JSONL % "sub/a"},
        "sub/a", {"title": "table title", "source": "table source", "url": "https://table.example", "published": "2020-02"},
        id="table-keyed-by-full-id",
    ),
    pytest.param(
        {"2023/ny/a.txt": BODY, "2023/metadata.csv": "id,title\nny/a,parent table title\n", "metadata.csv": "id,title,source\n2023/ny/a,root title,root source\n"},
        "2023/ny/a", {"title": "parent table title", "source": "root source"}, id="ancestor-tables-nearest-first",
    ),
    pytest.param(
        {"sub/a.txt": BODY, "metadata.jsonl": TABLE_JSONL % "a"},
        "sub/a", {}, id="neg-root-table-file-name-does-not-reach-subfolder",
    ),
    pytest.param(
        {"a.txt": BODY, "metadata.jsonl": TABLE_JSONL % "b"},
        "a", {}, id="neg-other-id",
    ),
    pytest.param(
        {"a.txt": BODY, "b.meta.json": SIDECAR},
        "a", {}, id="neg-other-sidecar",
    ),
]


@pytest.mark.parametrize(("files", "article_id", "meta"), METADATA_CASES)
def test_metadata_sources(tmp_path: Path, files: Files, article_id: str, meta: dict[str, str]) -> None:
    articles, errors = ingest(tmp_path, files)
    assert errors == []
    article = articles[article_id]
    assert {name: getattr(article, name) for name in ("title", "source", "url", "published")} == {
        name: meta.get(name) for name in ("title", "source", "url", "published")
    }
    assert article.warnings == ()


PUBLISHED_CASES = [
    pytest.param("2022-10-26", "2022-10-26", id="iso-day"),
    pytest.param("2022-10", "2022-10", id="iso-month"),
    pytest.param("2022-10-26T09:00:00+02:00", "2022-10-26", id="iso-datetime"),
    pytest.param("20221026", "2022-10-26", id="compact"),
    pytest.param("26 October 2022", "2022-10-26", id="day-month-name"),
    pytest.param("October 26, 2022", "2022-10-26", id="us-long"),
    pytest.param("October 2022", "2022-10", id="month-name"),
    pytest.param("Wed, 26 Oct 2022 10:00:00 GMT", "2022-10-26", id="rfc2822"),
    pytest.param("2022-02-30", None, id="neg-no-such-day"),
    pytest.param("2022-13", None, id="neg-no-such-month"),
    pytest.param("yesterday", None, id="neg-relative"),
    pytest.param("3 days ago", None, id="neg-relative-ago"),
    pytest.param("Oct 26", None, id="neg-no-year"),
    pytest.param("not a date", None, id="neg-words"),
    pytest.param("12", None, id="neg-number"),
]


@pytest.mark.parametrize(("value", "expected"), PUBLISHED_CASES)
def test_normalize_published(value: str, expected: str | None) -> None:
    assert normalize_published(value) == expected


# --- ids ---------------------------------------------------------------------------------

ID_CASES = [
    pytest.param({"2023/ny_station.txt": BODY}, ["2023/ny_station"], [], id="nested-folder"),
    pytest.param({"a/b/c/deep.md": BODY, "top.txt": BODY}, ["a/b/c/deep", "top"], [], id="deep-and-top"),
    pytest.param({"name.with.dots.txt": BODY}, ["name.with.dots"], [], id="dots-in-name"),
    pytest.param({"Upper Case.TXT": BODY}, ["Upper Case"], [], id="upper-suffix-and-space"),
    pytest.param(
        {"feed.jsonl": '{"id": "x/1", "text": "a"}\n{"id": "x/2", "text": "b"}\n'}, ["x/1", "x/2"], [], id="jsonl-ids-with-slash"
    ),
    pytest.param({"a.md": BODY, "a.txt": BODY}, ["a"], [("a", "a.txt", "duplicate id")], id="clash-later-file-is-error"),
    pytest.param(
        {"a.txt": BODY, "z.jsonl": '{"id": "a", "text": "again"}\n'}, ["a"], [("a", "z.jsonl:1", "duplicate id")],
        id="clash-record-with-file",
    ),
    pytest.param(
        {"feed.jsonl": '{"id": "r", "text": "first"}\n{"id": "r", "text": "second"}\n'}, ["r"],
        [("r", "feed.jsonl:2", "duplicate id")], id="jsonl-duplicate-first-wins",
    ),
    pytest.param({"a.md": "", "a.txt": BODY}, [], [("a", "a.md", "empty"), ("a", "a.txt", "duplicate id")], id="failed-file-keeps-its-id"),
]


@pytest.mark.parametrize(("files", "ids", "expected_errors"), ID_CASES)
def test_ids(tmp_path: Path, files: Files, ids: list[str], expected_errors: list[tuple[str, str, str]]) -> None:
    articles, errors = ingest(tmp_path, files)
    assert sorted(articles) == ids
    found = sorted((e.article_id, e.path.removeprefix(f"{tmp_path}/"), e.error) for e in errors)
    assert len(found) == len(expected_errors), found
    for (article_id, where, reason), (want_id, want_where, want_reason) in zip(found, sorted(expected_errors)):
        assert (article_id, where) == (want_id, want_where)
        assert want_reason in reason


def test_first_clash_wins_and_text_kept(tmp_path: Path) -> None:
    articles, _ = ingest(tmp_path, {"feed.jsonl": '{"id": "r", "text": "first"}\n{"id": "r", "text": "second"}\n'})
    assert articles["r"].text == "first" and articles["r"].path.endswith("feed.jsonl:1")


def test_file_given_directly(tmp_path: Path) -> None:
    write_tree(tmp_path, {"sub/one.txt": BODY})
    items = list(read_articles([tmp_path / "sub" / "one.txt"]))
    assert [(i.article_id, type(i).__name__) for i in items] == [("one", "Article")]


def test_order_is_stable(tmp_path: Path) -> None:
    write_tree(tmp_path, {"b.txt": BODY, "a/z.txt": BODY, "a.txt": BODY, "feed.jsonl": '{"id": "m", "text": "x"}\n'})
    first = [i.article_id for i in read_articles([tmp_path])]
    assert first == [i.article_id for i in read_articles([tmp_path])]
    assert first == ["a/z", "a", "b", "m"]


def test_hidden_and_metadata_files_are_not_articles(tmp_path: Path) -> None:
    articles, errors = ingest(
        tmp_path, {".hidden.txt": BODY, ".git/config.txt": BODY, "a.txt": BODY, "a.meta.json": "{}", "metadata.jsonl": "", "metadata.csv": "id\n"}
    )
    assert list(articles) == ["a"] and errors == []


# --- encodings -----------------------------------------------------------------------------

FRENCH = "Le ministère a déclaré : « l’enquête est close », a-t-il ajouté. Élève, façade, cœur — “cité” naïve où été."
GERMAN = "Grüße aus München – „Zitat“ über die Straße."

ENCODING_CASES = [
    pytest.param(FRENCH.encode("utf-8"), FRENCH, id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), FRENCH, id="utf-8-bom"),
    pytest.param(FRENCH.encode("utf-16"), FRENCH, id="utf-16-bom"),
    pytest.param(b"\xfe\xff" + FRENCH.encode("utf-16-be"), FRENCH, id="utf-16-be-bom"),
    pytest.param(FRENCH.encode("utf-16-le"), FRENCH, id="utf-16-le-no-bom"),
    pytest.param(FRENCH.encode("utf-32"), FRENCH, id="utf-32-bom"),
    pytest.param(FRENCH.encode("cp1252"), FRENCH, id="cp1252-french"),
    pytest.param(GERMAN.encode("cp1252"), GERMAN, id="cp1252-german"),
    pytest.param("“quoted” – ‘single’ …".encode("cp1252"), "“quoted” – ‘single’ …", id="cp1252-curly-quotes"),
    pytest.param("El niño comió piñas en Año Nuevo ¿qué?".encode("cp1252"), "El niño comió piñas en Año Nuevo ¿qué?", id="cp1252-spanish"),
    pytest.param("Café".encode("latin-1"), "Café", id="latin-1-short"),
    pytest.param(
        "Déjà vu “quoted” ".encode("utf-8") + "et à la carte – fin".encode("cp1252"),
        "Déjà vu “quoted” et à la carte – fin", id="mixed-utf8-and-cp1252",
    ),
]


@pytest.mark.parametrize(("data", "expected"), ENCODING_CASES)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data).lstrip("\ufeff") == expected


@pytest.mark.parametrize(("data", "expected"), ENCODING_CASES)
def test_encoded_files(tmp_path: Path, data: bytes, expected: str) -> None:
    articles, errors = ingest(tmp_path, {"a.txt": data})
    assert errors == [] and articles["a"].text == expected


HTML_CHARSET_CASES = [
    pytest.param("windows-1252", "cp1252", id="declared-windows-1252"),
    pytest.param("iso-8859-1", "latin-1", id="declared-latin-1"),
    pytest.param("utf-8", "utf-8", id="declared-utf-8"),
]


@pytest.mark.parametrize(("declared", "encoding"), HTML_CHARSET_CASES)
def test_html_declared_charset(tmp_path: Path, declared: str, encoding: str) -> None:
    body = "Le ministère a déclaré que l'enquête sur les « stations de police » était close."
    page = html_page(body=body, head=f'<meta charset="{declared}">').replace("©", "(c)")
    articles, errors = ingest(tmp_path, {"page.html": page.encode(encoding)})
    assert errors == [] and body in articles["page"].text


def test_mixed_encoding_is_noted(tmp_path: Path) -> None:
    data = "Déjà vu “quoted” ".encode("utf-8") + "et à la carte".encode("cp1252")
    articles, _ = ingest(tmp_path, {"a.txt": data})
    assert any("mixed encodings" in w for w in articles["a"].warnings)

