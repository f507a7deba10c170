"""Bad input, safe output (issue 7): every bad input becomes an error row, never a crash or a traceback.

Ingest-level tables check each kind of bad file; run-level tests go through
the real ``tnr run`` command (click's CliRunner, in-process so the model is
loaded once) for exit codes, errors.csv, CSV formula escaping and paths.
"""

from __future__ import annotations

import csv
import json
import os
import random
import zlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import EXIT_CANNOT_START, EXIT_OK, EXIT_SOME_FAILED, main
from pipeline.ingest import read_articles
from pipeline.records import TABLES, Article, ErrorRow, column_names
from pipeline.tables import FORMULA_PREFIXES, escape_cell, format_cell, read_csv_rows, render_csv, unescape_cell

GOOD = "Police in Rotterdam said on Tuesday that two men were questioned over an unofficial Chinese police station."
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
    + zlib.compress(random.Random(1).randbytes(600))
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + random.Random(3).randbytes(3000)
NOISE = random.Random(0).randbytes(2000)

Files = dict[str, str | bytes]


def write_tree(root: Path, files: Files) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def rel(path: str, root: Path) -> str:
    return path.removeprefix(f"{root}/")


# --- ingest: each bad input, the error it gives -----------------------------------------

# (files, articles expected, errors expected as (where, article_id, reason fragment))
BAD_FILES = [
    pytest.param({"empty.txt": b""}, [], [("empty.txt", "empty", "empty article")], id="empty-file"),
    pytest.param({"blank.md": b"  \n\t \r\n"}, [], [("blank.md", "blank", "empty article")], id="whitespace-only"),
    pytest.param({"image.txt": PNG}, [], [("image.txt", "image", "binary data")], id="png-as-txt"),
    pytest.param({"photo.html": JPEG}, [], [("photo.html", "photo", "binary data")], id="jpeg-as-html"),
    pytest.param({"noise.md": NOISE}, [], [("noise.md", "noise", "binary data")], id="random-bytes"),
    pytest.param({"nuls.txt": b"\x00" * 64}, [], [("nuls.txt", "nuls", "binary data")], id="only-nul-bytes"),
    pytest.param({"zip.jsonl": b"PK\x03\x04" + NOISE}, [], [("zip.jsonl", None, "binary data")], id="binary-jsonl-has-no-id"),
    pytest.param({"bad.json": b'{"text": "unterminated'}, [], [("bad.json", "bad", "malformed JSON")], id="malformed-json"),
    pytest.param({"list.json": b"[1, 2]"}, [], [("list.json", "list", "expected a JSON object")], id="json-not-object"),
    pytest.param({"deep.json": b"[" * 100_000}, [], [("deep.json", "deep", "malformed JSON")], id="json-nested-too-deep"),
    pytest.param({"notext.json": b'{"title": "x"}'}, [], [("notext.json", "notext", "no 'text'")], id="json-without-text"),
    pytest.param({"num.json": b'{"text": 5}'}, [], [("num.json", "num", "not a string")], id="json-text-not-string"),
    pytest.param(
        {"feed.jsonl": '{"id": "ok", "text": "fine"}\n{broken\n\n{"id": "nt"}\n{"id": "ns", "text": ["a"]}\n{"id": "nul", "text": null}\n'},
        ["ok"],
        [("feed.jsonl:2", None, "malformed JSON"), ("feed.jsonl:4", "nt", "no 'text'"), ("feed.jsonl:5", "ns", "not a string"),
         ("feed.jsonl:6", "nul", "not a string")],
        id="jsonl-broken-lines",
    ),
    pytest.param(
        {"feed.jsonl": '{"id": "r", "text": "first"}\n{"id": "r", "text": "second"}\n'},
        ["r"], [("feed.jsonl:2", "r", "duplicate id")], id="jsonl-duplicate-id",
    ),
    pytest.param(
        {"feed.jsonl": "\n".join(json.dumps({"id": i, "text": "x"}) for i in
                                 ["../evil", "/etc/passwd", "a/../../b", "..", "C:\\evil", "a\\b", "tab\tid", "new\nline", " "])
                   + '\n{"text": "no id"}\n{"id": true, "text": "bool"}\n{"id": 1.5, "text": "float"}\n'},
        [],
        [(f"feed.jsonl:{n}", None, "unsafe id") for n in range(1, 9)]
        + [(f"feed.jsonl:{n}", None, "no usable 'id'") for n in (9, 10, 11, 12)],
        id="jsonl-hostile-ids",
    ),
    pytest.param(
        {"doc.docx": b"PK\x03\x04", "doc.pdf": b"%PDF-1.4", "arc.zip": b"PK", "arc.tar.gz": b"\x1f\x8b", "notes": b"hi"},
        [],
        [("notes", None, "unsupported file type (none)"), ("arc.tar.gz", None, "unsupported file type .gz"),
         ("arc.zip", None, "unsupported file type .zip"), ("doc.docx", None, "unsupported file type .docx"),
         ("doc.pdf", None, "unsupported file type .pdf")],
        id="unsupported-types-listed",
    ),
    pytest.param({"nobody.html": "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>"}, [],
                 [("nobody.html", "nobody", "no article text")], id="html-without-body"),
    pytest.param({"garbage.html": "<<<>>><//<!--"}, [], [("garbage.html", "garbage", "no letters or digits")], id="html-garbage"),
    pytest.param({"blank.html": "   "}, [], [("blank.html", "blank", "empty HTML")], id="html-blank"),
    # inputs that are damaged but still readable: the article is processed
    pytest.param({"nul.txt": b"Police said\x00 two men were arrested."}, ["nul"], [], id="nul-inside-text"),
    pytest.param({"trunc.html": "<html><head><title>T</title></head><body><p>" + GOOD + " Police said the"}, ["trunc"], [],
                 id="truncated-html"),
    pytest.param({"broken.html": "<html><body><div><p>Unclosed <b>bold <i>" + GOOD + "</p></div></span></body><p>More."}, ["broken"], [],
                 id="malformed-html"),
    pytest.param({"ctl.html": "<html><body><p>Control \x01\x0b characters. " + GOOD + "</p></body></html>"}, ["ctl"], [],
                 id="html-control-characters"),
    pytest.param({"x.html": '<?xml version="1.0" encoding="utf-8"?><html><body><p>' + GOOD + "</p></body></html>"}, ["x"], [],
                 id="xhtml-declaration"),
    pytest.param({"cp.txt": ("Le ministère a déclaré « l’enquête » close. " * 3).encode("cp1252")}, ["cp"], [], id="cp1252"),
    pytest.param({"u16.txt": GOOD.encode("utf-16")}, ["u16"], [], id="utf-16-bom"),
    pytest.param({"long.txt": "a" * 300_000}, ["long"], [], id="one-token-300k"),
    pytest.param({"sur.jsonl": '{"id": "sur", "text": "bad \\ud800 surrogate"}\n'}, ["sur"], [], id="lone-surrogate"),
    # broken metadata tables are listed once; their articles are still processed
    pytest.param({"a.txt": GOOD, "metadata.jsonl": '{"id": "a", "title": "T"}\n{oops\n[1]\n'}, ["a"],
                 [("metadata.jsonl:2", None, "malformed JSON"), ("metadata.jsonl:3", None, "expected a JSON object")],
                 id="metadata-jsonl-broken-lines"),
    pytest.param({"a.txt": GOOD, "metadata.csv": b"\xff\xfe\x00\x00\x01\x02\x03garbage"}, ["a"],
                 [("metadata.csv", None, "metadata table ignored")], id="metadata-csv-binary"),
]


@pytest.mark.parametrize(("files", "ids", "expected"), BAD_FILES)
def test_bad_files(tmp_path: Path, files: Files, ids: list[str], expected: list[tuple[str, str | None, str]]) -> None:
    items = list(read_articles([write_tree(tmp_path, files)]))
    assert sorted(i.article_id for i in items if isinstance(i, Article)) == ids
    errors = sorted((rel(e.path, tmp_path), e.article_id, e.error) for e in items if isinstance(e, ErrorRow))
    assert [(where, article_id) for where, article_id, _ in errors] == [(w, a) for w, a, _ in sorted(expected, key=lambda x: x[0])]
    for (_, _, reason), (_, _, fragment) in zip(errors, sorted(expected, key=lambda x: x[0])):
        assert fragment in reason
        assert "\n" not in reason and len(reason) <= 300


# (files, article id, published, warning fragments)
BAD_METADATA = [
    pytest.param({"a.txt": GOOD, "a.meta.json": '{"published": "the day after"}'}, "a", None, ["not a date"], id="unparseable-date"),
    pytest.param({"a.txt": GOOD, "a.meta.json": '{"published": "2022-02-30"}'}, "a", None, ["not a date"], id="impossible-date"),
    pytest.param({"a.txt": GOOD, "a.meta.json": '{not json'}, "a", None, ["sidecar a.meta.json ignored"], id="malformed-sidecar"),
    pytest.param({"a.txt": GOOD, "a.meta.json": '["x"]'}, "a", None, ["expected a JSON object"], id="sidecar-not-object"),
    pytest.param({"a.txt": GOOD, "a.meta.json": '{"title": ["not", "text"], "published": {"y": 1}}'}, "a", None,
                 ["'title' is list", "'published' is dict"], id="metadata-not-text"),
    pytest.param({"a.txt": GOOD, "a.meta.json": '{"published": "garbage"}', "metadata.csv": "id,published\na,2022-10\n"}, "a",
                 "2022-10", ["not a date"], id="bad-date-falls-through-to-next-source"),
    pytest.param({"a.json": json.dumps({"text": GOOD, "published": "yesterday"})}, "a", None, ["not a date"], id="relative-date"),
    pytest.param({"p.html": '<html><head><meta property="article:published_time" content="soon"></head><body><p>' + GOOD + "</p></body></html>"},
                 "p", None, ["not a date"], id="html-meta-bad-date"),
    pytest.param({"a.txt": GOOD, "a.meta.json": json.dumps({"title": "Line one\nline\x00 two\t\x07end"})}, "a", None, [],
                 id="title-controls-cleaned"),
]


@pytest.mark.parametrize(("files", "article_id", "published", "warnings"), BAD_METADATA)
def test_bad_metadata(tmp_path: Path, files: Files, article_id: str, published: str | None, warnings: list[str]) -> None:
    items = list(read_articles([write_tree(tmp_path, files)]))
    [article] = [i for i in items if isinstance(i, Article)]
    assert article.article_id == article_id and article.published == published and article.text.strip()
    assert len(article.warnings) == len(warnings), article.warnings
    for fragment in warnings:
        assert any(fragment in w for w in article.warnings), (fragment, article.warnings)
    if article.title is not None:
        assert article.title == "Line one line two end"


def test_undecodable_file_name(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    [article] = list(read_articles([tmp_path]))
    assert isinstance(article, Article)
    assert article.article_id == "caf\ufffd" and article.path.encode("utf-8")


def test_unexpected_error_in_one_file_is_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.ingest as ingest

    def explode(html: str, **_: Any) -> Any:
        raise RuntimeError("parser blew up\nwith two lines")

    monkeypatch.setattr(ingest, "extract_html", explode)
    items = list(read_articles([write_tree(tmp_path, {"a.html": "<p>x</p>", "b.txt": GOOD})]))
    assert [(type(i).__name__, i.article_id) for i in items] == [("ErrorRow", "a"), ("Article", "b")]
    assert items[0].error == "unexpected error: RuntimeError: parser blew up with two lines"  # type: ignore[union-attr]


# --- CSV formula injection ------------------------------------------------------------------

ESCAPE_CASES = [
    pytest.param("=SUM(A1:A2)", "'=SUM(A1:A2)", id="equals"),
    pytest.param("+49 30 1234", "'+49 30 1234", id="plus"),
    pytest.param("-2+3", "'-2+3", id="minus"),
    pytest.param("@cmd", "'@cmd", id="at"),
    pytest.param("\tTab", "'\tTab", id="tab"),
    pytest.param("\rCR", "'\rCR", id="carriage-return"),
    pytest.param("\nLF", "'\nLF", id="line-feed"),
    pytest.param("'quoted", "''quoted", id="apostrophe-doubled"),
    pytest.param("plain = text", "plain = text", id="neg-equals-inside"),
    pytest.param(" =x", " =x", id="neg-leading-space"),
    pytest.param("", "", id="neg-empty"),
]


@pytest.mark.parametrize(("raw", "written"), ESCAPE_CASES)
def test_escape_cell_round_trip(raw: str, written: str) -> None:
    assert escape_cell(raw) == written
    assert unescape_cell(escape_cell(raw)) == raw


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        pytest.param(None, "", id="none"),
        pytest.param(True, "true", id="bool"),
        pytest.param(-5, "-5", id="negative-int-is-a-number"),
        pytest.param(-2.5, "-2.5", id="negative-float-is-a-number"),
        pytest.param(24.0, "24", id="whole-float"),
        pytest.param("-5", "'-5", id="text-that-looks-negative"),
    ],
)
def test_format_cell(value: Any, cell: str) -> None:
    assert format_cell(value) == cell


def test_render_and_read_csv_round_trip(tmp_path: Path) -> None:
    rows = [{"a": raw, "b": 1} for raw in ("=1+1", "@x", "'q", "a,b", 'say "hi"', "multi\nline", "\ttab")]
    path = tmp_path / "t.csv"
    path.write_text(render_csv(["a", "b"], rows), encoding="utf-8")
    with path.open(encoding="utf-8", newline="") as handle:
        cells = [row[0] for row in csv.reader(handle)][1:]
    assert not any(cell.startswith(FORMULA_PREFIXES[:-1]) for cell in cells)
    assert [r["a"] for r in read_csv_rows(path)] == [r["a"] for r in rows]


# --- the real command ---------------------------------------------------------------------


def tnr_run(*args: str) -> Result:
    """Run ``tnr run`` in-process; an exception escaping the command fails the test."""
    result = CliRunner().invoke(main, ["run", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"tnr run raised {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    return result


def check_tables(out: Path) -> dict[str, list[dict[str, str | None]]]:
    """Return every table of a run, after checking headers and that each CSV parses to the end."""
    tables = {}
    for cls in TABLES:
        path = out / f"{cls.table}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == column_names(cls), cls.table
        assert all(len(row) == len(rows[0]) for row in rows), cls.table
        tables[cls.table] = read_csv_rows(path)
    return tables


BAD_CORPUS: Files = {
    "good.txt": GOOD,
    "empty.txt": b"",
    "image.txt": PNG,
    "bad.json": b'{"text": ',
    "feed.jsonl": '{"id": "f1", "text": "%s"}\n{broken\n{"id": "f1", "text": "dup"}\n{"id": "../x", "text": "y"}\n' % GOOD,
    "doc.pdf": b"%PDF-1.4",
    "dated.txt": GOOD,
    "dated.meta.json": '{"published": "not a date"}',
    "nul.txt": b"The police\x00 in Paris said so.",
    "huge_token.txt": "Police in Paris said " + "x" * 200_000 + " was found.",
}


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path, Path]:
    root = tmp_path_factory.mktemp("bad")
    inputs = write_tree(root / "in", BAD_CORPUS)
    out = root / "out"
    return tnr_run(str(inputs), "-o", str(out)), inputs, out


def test_bad_corpus_run_lists_every_problem(bad_run: tuple[Result, Path, Path]) -> None:
    result, inputs, out = bad_run
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    tables = check_tables(out)
    status = {r["article_id"]: (r["status"], r["error"]) for r in tables["articles"]}
    assert {i for i, (s, _) in status.items() if s == "ok"} == {"good", "dated", "nul", "huge_token", "f1"}, tables["errors"]
    failed = {i: e for i, (s, e) in status.items() if s == "error"}
    assert set(failed) == {"empty", "image", "bad"} and all(failed.values())
    errors = {(rel(str(e["path"]), inputs), e["stage"]): str(e["error"]) for e in tables["errors"]}
    assert set(errors) == {
        ("empty.txt", "ingest"), ("image.txt", "ingest"), ("bad.json", "ingest"), ("feed.jsonl:2", "ingest"),
        ("feed.jsonl:3", "ingest"), ("feed.jsonl:4", "ingest"), ("doc.pdf", "ingest"), ("dated.txt", "metadata"),
        ("nul.txt", "metadata"),
    }
    assert all("\n" not in reason and reason for reason in errors.values())


def test_huge_token_offsets(bad_run: tuple[Result, Path, Path]) -> None:
    _, inputs, out = bad_run
    text = (inputs / "huge_token.txt").read_text(encoding="utf-8")
    rows = [r for r in read_csv_rows(out / "locations.csv") if r["article_id"] == "huge_token"]
    assert {r["text"] for r in rows} >= {"Paris"}
    assert all(text[int(str(r["char_start"])) : int(str(r["char_end"]))] == r["text"] for r in rows)


def test_extraction_error_is_caught_per_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.run as run_module

    real = run_module.extract_batch

    def flaky(nlp: Any, articles: Any) -> Any:
        if any("BOOM" in a.text for a in articles):
            raise ValueError("extractor failed\nsecond line")
        return real(nlp, articles)

    monkeypatch.setattr(run_module, "extract_batch", flaky)
    inputs = write_tree(tmp_path / "in", {"a.txt": GOOD, "b.txt": "BOOM. " + GOOD, "c.txt": GOOD})
    result = tnr_run(str(inputs), "-o", str(tmp_path / "out"), "--force")
    assert result.exit_code == EXIT_SOME_FAILED
    tables = check_tables(tmp_path / "out")
    assert {r["article_id"]: r["status"] for r in tables["articles"]} == {"a": "ok", "b": "error", "c": "ok"}
    [error] = tables["errors"]
    assert (error["article_id"], error["stage"], error["error"]) == ("b", "extract", "ValueError: extractor failed")
    assert {r["article_id"] for r in tables["locations"]} == {"a", "c"}


# (files, extra arguments, the output folder relative to tmp_path, exit code)
EXIT_CASES = [
    pytest.param({"a.txt": GOOD}, [], "out", EXIT_OK, id="all-ok"),
    pytest.param({"a.txt": GOOD, "a.meta.json": '{"published": "never"}'}, [], "out", EXIT_OK, id="metadata-warning-is-ok"),
    pytest.param({"a.txt": GOOD, "b.txt": ""}, [], "out", EXIT_SOME_FAILED, id="one-failed"),
    pytest.param({"a.txt": GOOD, "f.jsonl": "{broken\n"}, [], "out", EXIT_SOME_FAILED, id="failed-record-without-id"),
    pytest.param({"a.txt": GOOD}, [], "file/out", EXIT_CANNOT_START, id="output-under-a-file"),
    pytest.param({"a.txt": GOOD}, [], "file", EXIT_CANNOT_START, id="output-is-a-file"),
    pytest.param({"a.txt": GOOD}, ["--model", "no_such_model_xyz"], "out", EXIT_CANNOT_START, id="model-not-installed"),
    pytest.param({"a.txt": GOOD}, ["MISSING"], "out", EXIT_CANNOT_START, id="input-missing"),
]


@pytest.mark.parametrize(("files", "extra", "out", "code"), EXIT_CASES)
def test_exit_codes(tmp_path: Path, files: Files, extra: list[str], out: str, code: int) -> None:
    inputs = write_tree(tmp_path / "in", files)
    (tmp_path / "file").write_text("a file, not a folder", encoding="utf-8")
    extra = [str(tmp_path / a) if a == "MISSING" else a for a in extra]
    result = tnr_run(str(inputs), *extra, "-o", str(tmp_path / out))
    assert result.exit_code == code, result.output
    if code == EXIT_CANNOT_START:
        assert len(result.output.strip().splitlines()) <= 3, result.output


# --- safe output: formulas and paths ---------------------------------------------------------

HOSTILE_FEED = "\n".join(
    json.dumps(record)
    for record in [
        {"id": "=HYPERLINK(\"http://evil.example\")", "text": GOOD, "title": "=1+1", "source": "@SUM(A1)", "url": "+cmd", "published": "2022-10"},
        {"id": "-2+3", "text": "=cmd|' /C calc'!A0 said police in Paris.", "title": "\tTabbed"},
        {"id": "../../outside", "text": GOOD},
        {"id": "/tmp/absolute", "text": GOOD},
        {"id": "sub/../../../x", "text": GOOD},
        {"id": "a/b/c", "text": GOOD},
    ]
)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Result, Path, Path, set[Path]]:
    root = tmp_path_factory.mktemp("hostile")
    inputs = write_tree(
        root / "in",
        {"feed.jsonl": HOSTILE_FEED, "=evil.txt": GOOD, "a..b.txt": GOOD, ".hidden.txt": GOOD, "-rf.md": GOOD, "@at.txt": GOOD, "+plus.meta.json": "{}",
         "sub dir/x.txt": GOOD},
    )
    before = {p for p in root.parent.rglob("*")}
    out = root / "out"
    result = tnr_run(str(inputs), "-o", str(out), "--parquet")
    return result, inputs, out, before


def test_no_cell_reads_as_a_formula(hostile_run: tuple[Result, Path, Path, set[Path]]) -> None:
    _, _, out, _ = hostile_run
    numeric = {"char_start", "char_end", "value", "words", "cue_start", "cue_end", "content_start", "content_end"}
    for cls in TABLES:
        with (out / f"{cls.table}.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column, cell in row.items():
                    if column not in numeric:
                        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")), (cls.table, column, cell)


def test_raw_values_come_back(hostile_run: tuple[Result, Path, Path, set[Path]]) -> None:
    import pandas as pd

    import pipeline

    _, _, out, _ = hostile_run
    articles = {r["article_id"]: r for r in read_csv_rows(out / "articles.csv")}
    first = articles['=HYPERLINK("http://evil.example")']
    assert (first["title"], first["source"], first["url"]) == ("=1+1", "@SUM(A1)", "+cmd")
    assert articles["-2+3"]["title"] == "Tabbed"  # metadata is cleaned to one line
    for frame in (pipeline.load_tables(out)["articles"], pd.read_parquet(out / "articles.parquet")):
        titles = dict(zip(frame["article_id"], frame["title"]))
        assert titles['=HYPERLINK("http://evil.example")'] == "=1+1"
    locations = pipeline.load_tables(out)["locations"]
    assert not any(str(t).startswith("'") for t in locations["text"])


def test_nothing_written_outside_the_output(hostile_run: tuple[Result, Path, Path, set[Path]]) -> None:
    result, inputs, out, before = hostile_run
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    after = {p for p in out.parent.parent.rglob("*")}
    assert {p for p in after - before if out not in p.parents and p != out} == set()
    assert not Path("/tmp/absolute").exists() and not Path("/tmp/absolute.csv").exists()
    ids = {r["article_id"] for r in read_csv_rows(out / "articles.csv")}
    assert {"=evil", "a..b", "-rf", "@at", "sub dir/x", "a/b/c", "-2+3"} <= ids
    assert not {"../../outside", "/tmp/absolute", "sub/../../../x"} & ids


# --- articles longer than spaCy's max_length ---------------------------------------------------

SPLIT_CASES = [
    pytest.param("para one.\n\npara two.\n\npara three.", 15, id="paragraphs"),
    pytest.param("line one\nline two\nline three\nline four", 12, id="lines"),
    pytest.param("One sentence. Two sentence. Three sentence.", 16, id="sentences"),
    pytest.param("x" * 1000, 64, id="one-long-token"),
    pytest.param("short", 64, id="neg-no-split"),
]


@pytest.mark.parametrize(("text", "limit"), SPLIT_CASES)
def test_split_text(text: str, limit: int) -> None:
    from pipeline.run import split_text

    pieces = split_text(text, limit=limit)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece and len(piece) <= limit for offset, piece in pieces)
    assert (len(pieces) == 1) == (len(text) <= limit)


def test_article_longer_than_max_length(nlp: Any) -> None:
    from pipeline.run import extract_article

    paragraphs = [
        "Police in Rotterdam said two men were arrested on 3 March 2023.",
        "Officials in Dublin ordered the station to close.",
        "Activists in Toronto said they were followed.",
        "A court in Berlin convicted the man in 2021.",
    ]
    text = "\n\n".join(paragraphs * 3)
    article = Article(article_id="long", path="long.txt", text=text, published="2023-03-05")
    saved = nlp.max_length
    nlp.max_length = 120
    try:
        rows = extract_article(nlp, article)
    finally:
        nlp.max_length = saved
    for table_rows in rows.values():
        for row in table_rows:
            assert text[row["char_start"] : row["char_end"]] == row["text"]
    assert {"Rotterdam", "Dublin", "Toronto", "Berlin"} <= {r["text"] for r in rows["locations"]}
    assert max(r["char_start"] for r in rows["locations"]) > 120


def test_unexpected_error_is_one_line_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.run as run_module

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("writer broke\nsecond line")

    monkeypatch.setattr(run_module, "_write_outputs", broken)
    inputs = write_tree(tmp_path / "in", {"a.txt": GOOD})
    result = tnr_run(str(inputs), "-o", str(tmp_path / "out"))
    assert result.exit_code == EXIT_CANNOT_START
    assert result.output.strip() == "tnr run: unexpected error: RuntimeError: writer broke"


def test_query_csv_is_escaped(hostile_run: tuple[Result, Path, Path, set[Path]]) -> None:
    from pipeline.query import QueryResult, format_csv

    _, _, out, _ = hostile_run
    text = format_csv(QueryResult(columns=["title", "n"], rows=[("=1+1", -3), ("plain", 2), (None, None)]))
    assert text == "title,n\n'=1+1,-3\nplain,2\n,\n"
    result = CliRunner().invoke(main, ["query", "SELECT title FROM articles WHERE title = '=1+1'", "-o", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output == "title\n'=1+1\n"


def test_outputs_have_ordinary_permissions(bad_run: tuple[Result, Path, Path]) -> None:
    from pipeline.tables import default_file_mode

    _, _, out = bad_run
    modes = {path.name: path.stat().st_mode & 0o777 for path in out.iterdir() if path.is_file()}
    assert modes == {name: default_file_mode() for name in modes} and len(modes) == len(TABLES) + 1


def test_output_folder_inside_input_is_not_read_back(tmp_path: Path) -> None:
    inputs = write_tree(tmp_path / "in", {"a.txt": GOOD})
    for _ in range(2):
        result = tnr_run(str(inputs), "-o", str(inputs / "out"))
        assert result.exit_code == EXIT_OK, result.output
    assert [r["article_id"] for r in read_csv_rows(inputs / "out" / "articles.csv")] == ["a"]
    assert read_csv_rows(inputs / "out" / "errors.csv") == []
