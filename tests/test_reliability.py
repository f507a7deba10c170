"""Reliability, round 2 (issue 14) and folders as researchers keep them (issue 13, point 3).

Each test stands for one break found by an attack on the README's promises:
no silent loss, one consistent set of tables, no reading outside the input,
bounded memory. Ingest-level tests call ``read_articles``; run-level tests
go through ``tnr run`` in-process (click's CliRunner, the model loaded once).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import EXIT_CANNOT_START, EXIT_OK, EXIT_SOME_FAILED, main
from pipeline.ingest import Selection, read_articles
from pipeline.records import Article, ErrorRow
from pipeline.tables import read_csv_rows

GOOD = "Police in Rotterdam said on Tuesday that two men were questioned over an unofficial Chinese police station."
OTHER = "Officials in Toronto said on Friday that three stations run by Chinese police had been closed in 2022."


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def tnr(*args: str, stdin: bytes | None = None) -> Result:
    """Run ``tnr`` in-process; an exception escaping the command fails the test."""
    result = CliRunner().invoke(main, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"tnr raised {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    return result


def ids(out: Path, *, status: str | None = None) -> list[str]:
    return [str(r["article_id"]) for r in read_csv_rows(out / "articles.csv") if status is None or r["status"] == status]


def read_all(folder: Path, *, select: Selection = Selection()) -> tuple[list[Article], list[ErrorRow], list[tuple[str, str]]]:
    skipped: list[tuple[str, str]] = []
    items = list(read_articles([folder], select=select, on_skip=lambda p, r: skipped.append((p, r))))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, ErrorRow)],
        skipped,
    )


# --- 1. output folder = input folder ----------------------------------------------------------


def test_output_folder_is_the_input_folder(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD, "b.txt": OTHER})
    first = tnr("run", str(folder), "-o", str(folder))
    assert first.exit_code == EXIT_OK, first.output
    locations = (folder / "locations.csv").read_bytes()
    assert len(read_csv_rows(folder / "locations.csv")) >= 2
    second = tnr("run", str(folder), "-o", str(folder))
    assert second.exit_code == EXIT_OK, second.output
    assert ids(folder, status="ok") == ["a", "b"]
    assert (folder / "locations.csv").read_bytes() == locations
    # tnr's own report and data package, with the cache gone, are still not articles
    assert tnr("report", "-o", str(folder)).exit_code == 0
    import shutil

    shutil.rmtree(folder / ".tnr-cache")
    third = tnr("run", str(folder), "-o", str(folder))
    assert third.exit_code == EXIT_OK, third.output
    assert ids(folder) == ["a", "b"]
    assert read_csv_rows(folder / "errors.csv") == []


@pytest.mark.parametrize("marker", ["cache", "datapackage"], ids=["with-cache", "cache-deleted"])
def test_output_folder_inside_input_is_skipped(tmp_path: Path, marker: str) -> None:
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    old = folder / "old-run"
    assert tnr("run", str(folder), "-o", str(old)).exit_code == EXIT_OK
    assert tnr("report", "-o", str(old)).exit_code == 0
    if marker == "datapackage":
        import shutil

        shutil.rmtree(old / ".tnr-cache")
    articles, errors, skipped = read_all(folder)
    assert [a.article_id for a in articles] == ["a"] and errors == []
    assert [reason for _, reason in skipped] == ["a tnr output folder"]


# --- 2. one consistent set of tables ---------------------------------------------------------


class Killed(BaseException):
    """Stands for SIGKILL in the middle of a function: nothing after it runs, no handler catches it."""


def test_kill_between_renames_leaves_one_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline

    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    out = tmp_path / "out"
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    write_tree(folder, {"b.txt": OTHER})
    real_replace = os.replace

    def dies_before_articles(src: Any, dst: Any) -> None:
        if str(dst).endswith("articles.csv"):
            raise Killed
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", dies_before_articles)
    with pytest.raises(Killed):
        CliRunner().invoke(main, ["run", str(folder), "-o", str(out)], catch_exceptions=False)
    monkeypatch.setattr(os, "replace", real_replace)
    # the readers see one whole set: every extraction row's article is in articles.csv
    tables = pipeline.load_tables(out)
    known = set(tables["articles"]["article_id"])
    assert known == {"a", "b"}
    for name in ("locations", "actors", "dates", "counts", "attributions"):
        assert set(tables[name]["article_id"]) <= known, name
    query = tnr("query", "SELECT count(*) AS n FROM articles", "-o", str(out), "--format", "csv")
    assert query.output == "n\n2\n"
    # the next run finishes the switch
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    assert not (out / ".tnr-switch").exists() and ids(out) == ["a", "b"]


def test_tables_from_another_run_are_refused(tmp_path: Path) -> None:
    first = write_tree(tmp_path / "one", {"a.txt": GOOD})
    second = write_tree(tmp_path / "two", {"b.txt": OTHER})
    out_a, out_b = tmp_path / "out-a", tmp_path / "out-b"
    for inputs, out in ((first, out_a), (second, out_b)):
        assert tnr("run", str(inputs), "-o", str(out)).exit_code == EXIT_OK
    (out_a / "articles.csv").write_bytes((out_b / "articles.csv").read_bytes())  # a mixed set
    for command in (["query", "SELECT * FROM articles"], ["report"]):
        result = tnr(*command, "-o", str(out_a))
        assert result.exit_code == 1 and "not the file its run wrote" in result.output, command
    result = tnr("evaluate", "--pred", str(out_a))
    assert result.exit_code == 2 and "not the file its run wrote" in result.output


HOLD_LOCK = """
import sys, time
from pathlib import Path
from pipeline.run import CACHE_DIR, LOCK_NAME
from pipeline.tables import OutputLock
out = Path(sys.argv[1])
lock = OutputLock(out, path=out / CACHE_DIR / LOCK_NAME)
lock.acquire()
print("locked", flush=True)
time.sleep(120)
"""


def test_second_run_into_one_folder_is_refused(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(out)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"locked"
        result = tnr("run", str(folder), "-o", str(out))
        assert result.exit_code == EXIT_CANNOT_START
        assert f"another tnr run (process {holder.pid}) is writing to {out}" in result.output
        assert not (out / "articles.csv").exists()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # the lock dies with its process (even by SIGKILL)
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK


def test_parquet_files_of_an_earlier_run_are_removed(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    out = tmp_path / "out"
    assert tnr("run", str(folder), "-o", str(out), "--parquet").exit_code == EXIT_OK
    assert (out / "articles.parquet").exists()
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    assert sorted(p.name for p in out.glob("*.parquet")) == []


# --- 3. FIFO or device swapped in after listing ---------------------------------------------


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fail a test that blocks for 10 s (a read of a FIFO without writer) instead of hanging the suite."""

    def hung(*_: Any) -> None:
        raise TimeoutError("blocked reading")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_fifo_swapped_in_after_listing(tmp_path: Path, alarm: None) -> None:
    folder = write_tree(tmp_path, {"a.txt": GOOD, "b.txt": OTHER, "c.txt": GOOD + " Again."})
    items = read_articles([folder])
    assert isinstance(next(items), Article)  # the folder has been listed
    (folder / "b.txt").unlink()
    os.mkfifo(folder / "b.txt")
    rest = list(items)
    assert [type(i).__name__ for i in rest] == ["ErrorRow", "Article"] and rest[1].article_id == "c"
    assert "not a regular file (a FIFO)" in rest[0].error  # type: ignore[union-attr]


def test_open_checks_the_type_of_what_it_opened(tmp_path: Path, alarm: None) -> None:
    from pipeline.ingest import IngestError, read_regular

    os.mkfifo(tmp_path / "swapped.txt")  # listed as a file a moment ago
    with pytest.raises(IngestError, match="not a regular file"):
        read_regular(tmp_path / "swapped.txt")


def test_device_swapped_in_after_listing(tmp_path: Path, alarm: None) -> None:
    folder = write_tree(tmp_path, {"a.txt": GOOD, "b.txt": OTHER})
    items = read_articles([folder])
    next(items)
    (folder / "b.txt").unlink()
    (folder / "b.txt").symlink_to("/dev/zero")
    [error] = list(items)
    assert isinstance(error, ErrorRow) and "system file" in error.error


# --- 4. folders that cannot be listed, links and special files: rows in errors.csv --------------


def test_unreadable_folder_is_an_error_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_tree(tmp_path, {"a.txt": GOOD, "locked/b.txt": OTHER})
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    articles, errors, _ = read_all(folder)
    assert [a.article_id for a in articles] == ["a"]
    assert [(Path(e.path).name, e.error) for e in errors] == [
        ("locked", "cannot list folder: Permission denied; its files were not read")
    ]


SPECIAL = [
    pytest.param("fifo", "not a regular file (a FIFO)", id="fifo"),
    pytest.param("socket", "not a regular file (a socket)", id="socket"),
    pytest.param("link-out", "outside the input folder", id="symlink-to-outside-file"),
    pytest.param("link-passwd", "outside the input folder", id="symlink-to-etc-passwd"),
    pytest.param("link-proc", "system file", id="symlink-to-proc"),
    pytest.param("link-broken", "broken symbolic link", id="broken-symlink"),
    pytest.param("link-dir-out", "outside the input folder", id="symlink-to-outside-folder"),
    pytest.param("link-loop", "a loop", id="symlink-loop"),
]


def _make_special(folder: Path, kind: str, outside: Path) -> None:
    target = folder / "x.txt"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "socket":
        import socket

        server = socket.socket(socket.AF_UNIX)
        server.bind(str(target))
        server.close()
    else:
        destination = {
            "link-out": outside / "secret.txt", "link-passwd": Path("/etc/passwd"), "link-proc": Path("/proc/self/environ"),
            "link-broken": folder / "nothing", "link-dir-out": outside, "link-loop": folder,
        }[kind]
        target.symlink_to(destination)


@pytest.mark.parametrize(("kind", "reason"), SPECIAL)
def test_special_files_and_links_out_are_error_rows(tmp_path: Path, kind: str, reason: str, alarm: None) -> None:
    outside = write_tree(tmp_path / "outside", {"secret.txt": "SECRET " + GOOD})
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    _make_special(folder, kind, outside)
    articles, errors, _ = read_all(folder)
    assert [a.article_id for a in articles] == ["a"]
    assert [(Path(e.path).name, e.article_id) for e in errors] == [("x.txt", None)]
    assert reason in errors[0].error


def test_links_inside_the_input_are_followed_and_out_only_when_asked(tmp_path: Path) -> None:
    outside = write_tree(tmp_path / "outside", {"secret.txt": OTHER})
    folder = write_tree(tmp_path / "in", {"2023/a.txt": GOOD})
    (folder / "same.txt").symlink_to(folder / "2023" / "a.txt")
    (folder / "out.txt").symlink_to(outside / "secret.txt")
    (folder / "proc.txt").symlink_to("/proc/self/environ")
    articles, errors, _ = read_all(folder)
    assert sorted(a.article_id for a in articles) == ["2023/a", "same"]
    assert sorted(Path(e.path).name for e in errors) == ["out.txt", "proc.txt"]
    articles, errors, _ = read_all(folder, select=Selection(follow_symlinks=True))
    assert sorted(a.article_id for a in articles) == ["2023/a", "out", "same"]
    assert [Path(e.path).name for e in errors] == ["proc.txt"]  # never /proc, even when asked


def test_report_never_embeds_a_file_outside_the_input(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    out = tmp_path / "out"
    result = tnr("run", str(folder), "-o", str(out))
    assert result.exit_code == EXIT_SOME_FAILED
    assert tnr("report", "-o", str(out)).exit_code == 0
    passwd = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()[0]
    assert passwd not in (out / "report.html").read_text(encoding="utf-8")
    assert any("passwd.txt" in str(r["path"]) for r in read_csv_rows(out / "errors.csv"))


# --- 5. JSON Lines split at CR/LF only ----------------------------------------------------------


# (str.splitlines also splits at \x1c-\x1e, but JSON escapes those inside strings)
@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"], ids=["u2028", "u2029", "nel"])
def test_jsonl_records_hold_unicode_separators(tmp_path: Path, separator: str) -> None:
    text = f"{GOOD}{separator}{OTHER}"
    records = [
        json.dumps({"id": "one", "text": text}, ensure_ascii=False),
        json.dumps({"id": "two", "text": OTHER}, ensure_ascii=False),
        '{"id": "three", "text": broken',
    ]
    folder = write_tree(tmp_path, {"feed.jsonl": "\r\n".join(records) + "\n"})
    articles, errors, _ = read_all(folder)
    assert [(a.article_id, a.text) for a in articles] == [("one", text), ("two", OTHER)]
    assert [e.path.rsplit("/", 1)[-1] for e in errors] == ["feed.jsonl:3"]


def test_metadata_table_cells_hold_unicode_separators(tmp_path: Path) -> None:
    table = 'id,title,source\na,"First\u2028second",Outlet\nb,Plain,Other\n'
    folder = write_tree(tmp_path, {"a.txt": GOOD, "b.txt": OTHER, "metadata.csv": table})
    articles, errors, _ = read_all(folder)
    assert errors == []
    assert [(a.article_id, a.title, a.source) for a in articles] == [("a", "First second", "Outlet"), ("b", "Plain", "Other")]


def test_gold_records_hold_unicode_separators(tmp_path: Path) -> None:
    from pipeline.gold import read_gold

    location = {"text": "Rotterdam\u2028", "name": "Rotterdam", "kind": "city", "country": "NLD"}
    lines = [json.dumps({"article_id": "a", "locations": [location]}, ensure_ascii=False), json.dumps({"article_id": "b"})]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = read_gold(path)
    assert [r.article_id for r in records] == ["a", "b"]
    assert records[0].items("locations")[0]["text"] == "Rotterdam\u2028"


# --- 6. a cache entry of the wrong shape ---------------------------------------------------------

WRONG_SHAPES = [
    pytest.param({"locations": 5}, id="table-not-a-list"),
    pytest.param({"locations": [1, 2]}, id="row-not-an-object"),
    pytest.param({"locations": [{"article_id": "a"}]}, id="row-missing-columns"),
    pytest.param({"counts": [{"bogus": 1}]}, id="unknown-column"),
    pytest.param({"dates": [{"char_start": "x"}]}, id="wrong-cell-type"),
]


@pytest.mark.parametrize("damage", WRONG_SHAPES)
def test_cache_entry_of_wrong_shape_is_recomputed(tmp_path: Path, damage: dict[str, Any]) -> None:
    from pipeline.run import CACHE_DIR

    folder = write_tree(tmp_path / "in", {"a.txt": GOOD, "b.txt": OTHER})
    out = tmp_path / "out"
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    clean = {name: (out / name).read_bytes() for name in ("locations.csv", "counts.csv", "dates.csv", "articles.csv")}
    for entry in (out / CACHE_DIR).glob("*/*/*.json"):
        rows = json.loads(entry.read_text(encoding="utf-8"))
        for table, value in damage.items():
            if table == "dates" and rows["dates"]:
                rows["dates"][0]["char_start"] = "x"
            else:
                rows[table] = value
        entry.write_text(json.dumps(rows), encoding="utf-8")
    again = tnr("run", str(folder), "-o", str(out))
    assert again.exit_code == EXIT_OK, again.output
    assert {name: (out / name).read_bytes() for name in clean} == clean


# --- 7. query CSV header cells ------------------------------------------------------------------


def test_query_csv_escapes_header_cells(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    out = tmp_path / "out"
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    result = tnr("query", 'SELECT 1 AS "=HYPERLINK(1)", 2 AS "+x", 3 AS plain', "-o", str(out), "--format", "csv")
    assert result.output == "'=HYPERLINK(1),'+x,plain\n1,2,3\n"


# --- 8. temporary files ---------------------------------------------------------------------------


def test_cache_makes_its_folders_as_entries_arrive(tmp_path: Path) -> None:
    import shutil

    from pipeline.run import Cache

    cache = Cache(tmp_path / "cache")
    rows: dict[str, list[dict[str, Any]]] = {"locations": [{"name": "Istanbul"}]}
    cache.put("ab" * 32, rows)  # the cache's root and the entry's folder do not exist yet
    cache.put("ab" + "cd" * 31, rows)  # same folder
    assert json.loads(cache.path("ab" * 32).read_text(encoding="utf-8")) == rows
    shutil.rmtree(tmp_path / "cache")  # gone during the run: made again
    cache.put("ab" * 32, rows)
    assert json.loads(cache.path("ab" * 32).read_text(encoding="utf-8")) == rows
    assert sorted(p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()) == [f"{'ab' * 32}.json"]


def test_failed_cache_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.run import Cache

    cache = Cache(tmp_path / "cache")

    def disk_full(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        cache.put("ab" * 32, {"locations": []})
    assert [p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []


def test_leftovers_of_a_killed_run_are_cleaned(tmp_path: Path) -> None:
    from pipeline.run import CACHE_DIR

    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    out = tmp_path / "out"
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    [entry] = (out / CACHE_DIR).glob("*/*/*.json")
    planted = [
        entry.with_name(f".{entry.name}.4242.tmp"),
        out / ".articles.csv.k2j3h4.tmp",
        out / ".tnr-next" / "locations.csv",
    ]
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 1000)
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    assert [p for p in planted if p.exists()] == [] and not (out / ".tnr-next").exists()


def test_failed_table_write_keeps_the_old_set_and_no_staging(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.run as run_module

    folder = write_tree(tmp_path / "in", {"a.txt": GOOD})
    out = tmp_path / "out"
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def disk_full(*_: Any, **__: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(run_module, "datapackage", disk_full)
    write_tree(folder, {"b.txt": OTHER})
    result = tnr("run", str(folder), "-o", str(out))
    assert result.exit_code == EXIT_CANNOT_START and "No space left" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".tnr-cache"]


# --- memory on one huge article ---------------------------------------------------------------------


def test_long_article_goes_through_the_model_in_bounded_groups(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.run as run_module

    monkeypatch.setattr(run_module, "PIECE_CHARS", 2_000)
    text = "\n\n".join(f"{GOOD} Paragraph {n}." for n in range(200))  # ~23,000 characters
    seen: list[int] = []
    real_pipe = nlp.pipe

    def pipe(docs: Any, **kwargs: Any) -> Any:
        listed = list(docs)
        seen.append(sum(len(d.text) for d in listed))
        return real_pipe(listed, **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    article = Article(article_id="long", path="long.txt", text=text)
    rows = run_module.extract_article(nlp, article)
    assert len(seen) >= 10 and max(seen) <= 2_000
    for row in rows["locations"]:
        assert text[row["char_start"] : row["char_end"]] == row["text"]


# --- encodings, names, messages, offsets ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le"], ids=["big-endian", "little-endian"])
def test_utf16_without_bom(tmp_path: Path, encoding: str) -> None:
    folder = write_tree(tmp_path, {"a.txt": (GOOD + "\n" + OTHER).encode(encoding)})
    [article], errors, _ = read_all(folder)
    assert errors == [] and article.text == GOOD + "\n" + OTHER


def test_utf16_bytes_that_decode_to_nothing_readable_are_refused(tmp_path: Path) -> None:
    # NULs every other byte, but the other bytes are controls: neither byte order gives text
    folder = write_tree(tmp_path, {"a.txt": bytes([0, 1, 0, 2, 0, 3, 0, 4] * 200)})
    articles, [error], _ = read_all(folder)
    assert articles == [] and "binary data" in error.error


def test_file_name_of_250_characters(tmp_path: Path) -> None:
    name = "n" * 246 + ".txt"
    folder = write_tree(tmp_path, {name: GOOD})
    [article], errors, _ = read_all(folder)
    assert errors == [] and article.article_id == "n" * 246


@pytest.mark.parametrize(
    ("html", "message"),
    [
        pytest.param("<html><body>" + "<div>" * 600 + f"<p>{GOOD}</p>" + "</div>" * 600 + "</body></html>",
                     "HTML nested too deeply to parse", id="too-deep"),
        pytest.param(f'<html><body><div title="{"x" * (11 * 1024 * 1024)}"></div><p>{GOOD}</p></body></html>',
                     "HTML attribute too large to parse", id="huge-attribute"),
        pytest.param("<html><body><nav>Home</nav></body></html>", "HTML page has no article text", id="neg-really-empty"),
    ],
)
def test_html_errors_say_what_happened(tmp_path: Path, html: str, message: str) -> None:
    folder = write_tree(tmp_path, {"page.html": html})
    articles, [error], _ = read_all(folder)
    assert articles == [] and error.error.startswith(message)


def test_article_text_is_what_offsets_index(tmp_path: Path) -> None:
    import pipeline

    record = {"id": "crlf", "text": f"Headline\r\n\r\n{GOOD}\r\n{OTHER}"}
    folder = write_tree(tmp_path / "in", {"feed.jsonl": json.dumps(record) + "\n", "b.txt": f"Title\r\n{OTHER}"})
    out = tmp_path / "out"
    assert tnr("run", str(folder), "-o", str(out)).exit_code == EXIT_OK
    tables = pipeline.load_tables(out)
    for article_id in ("crlf", "b"):
        text = pipeline.article_text(out, article_id)
        assert "\r" not in text
        rows = tables["locations"][tables["locations"]["article_id"] == article_id]
        assert len(rows) > 0
        for _, row in rows.iterrows():
            assert text[row["char_start"] : row["char_end"]] == row["text"]
    described = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert "newline" in described["description"]


# --- issue 13.3: folders as researchers keep them --------------------------------------------------

KEPT_BESIDE = {
    "README.md": "# My corpus\n\nCollected in 2023 from the outlets below.",
    "LICENSE": "Creative Commons Attribution 4.0",
    "LICENSE.txt": "CC BY 4.0",
    "SHA256SUMS": "0" * 64 + "  a.txt\n",
    "a.txt.sha256": "0" * 64,
    "sources.csv": "outlet,country\nBBC,GBR\n",
    "photo.jpg": b"\xff\xd8\xff\xe0" + bytes(200),
    "figure.png": b"\x89PNG\r\n\x1a\n" + bytes(200),
}


def test_files_kept_beside_articles_are_skipped_quietly(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD, "2023/b.md": OTHER, **KEPT_BESIDE})
    out = tmp_path / "out"
    assert tnr("run", str(folder), "-o", str(folder / "outputs")).exit_code == EXIT_OK  # an earlier run's output, inside
    result = tnr("run", str(folder), "-o", str(out))
    assert result.exit_code == EXIT_OK, result.output
    assert ids(out) == ["2023/b", "a"]
    assert read_csv_rows(out / "errors.csv") == []
    assert f"{len(KEPT_BESIDE) + 1} files skipped (not articles)" in result.output


def test_include_and_exclude(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "in", {"a.txt": GOOD, "2023/b.txt": OTHER, "2023/c.html": f"<p>{GOOD}</p>", "drafts/d.txt": GOOD})
    select = Selection(include=("*.txt",), exclude=("drafts/*",))
    articles, errors, skipped = read_all(folder, select=select)
    assert sorted(a.article_id for a in articles) == ["2023/b", "a"] and errors == []
    assert sorted(Path(p).name for p, _ in skipped) == ["c.html", "d.txt"]
    out = tmp_path / "out"
    result = tnr("run", str(folder), "-o", str(out), "--include", "2023/*", "--exclude", "*.html")
    assert result.exit_code == EXIT_OK and ids(out) == ["2023/b"]


@pytest.mark.parametrize(
    ("fmt", "data", "expected"),
    [
        pytest.param("txt", GOOD.encode(), ["stdin"], id="text"),
        pytest.param("html", f"<html><body><p>{GOOD}</p></body></html>".encode(), ["stdin"], id="html"),
        pytest.param("jsonl", (json.dumps({"id": "x1", "text": GOOD}) + "\n" + json.dumps({"id": "x2", "text": OTHER}) + "\n").encode(),
                     ["x1", "x2"], id="jsonl"),
    ],
)
def test_run_reads_standard_input(tmp_path: Path, fmt: str, data: bytes, expected: list[str]) -> None:
    out = tmp_path / "out"
    result = tnr("run", "-", "--format", fmt, "-o", str(out), stdin=data)
    assert result.exit_code == EXIT_OK, result.output
    assert ids(out, status="ok") == expected
    assert read_csv_rows(out / "locations.csv")


def test_id_base_gives_the_full_runs_ids(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "corpus", {"wire/a.txt": GOOD, "ngo/b.txt": OTHER, "metadata.csv": "id,title\nwire/a,Root table title\n"})
    full, part = tmp_path / "full", tmp_path / "part"
    assert tnr("run", str(folder), "-o", str(full)).exit_code == EXIT_OK
    assert tnr("run", str(folder / "wire"), "--id-base", str(folder), "-o", str(part)).exit_code == EXIT_OK
    assert ids(part) == ["wire/a"]
    full_rows = [r for r in read_csv_rows(full / "locations.csv") if r["article_id"] == "wire/a"]
    assert read_csv_rows(part / "locations.csv") == full_rows
    assert read_csv_rows(part / "articles.csv")[0]["title"] == "Root table title"
    outside = tnr("run", str(tmp_path / "full"), "--id-base", str(folder / "wire"), "-o", str(tmp_path / "x"))
    assert outside.exit_code == EXIT_SOME_FAILED
    assert "not inside the --id-base folder" in (tmp_path / "x" / "errors.csv").read_text(encoding="utf-8")


def test_evaluate_scores_a_partial_run(tmp_path: Path) -> None:
    from pipeline.paths import CORPUS_ARTICLES, DEFAULT_GOLD

    out = tmp_path / "out"
    result = tnr("run", str(CORPUS_ARTICLES / "wire"), "--id-base", str(CORPUS_ARTICLES), "-o", str(out))
    assert result.exit_code == EXIT_OK, result.output
    scored = tnr("evaluate", "--gold", str(DEFAULT_GOLD), "--pred", str(out), "--thresholds", str(tmp_path / "none.json"))
    assert scored.exit_code == 0, scored.output
    ran = set(ids(out))
    notes = [line for line in scored.output.splitlines() if "not in this run's articles.csv" in line]
    assert len(notes) == 1
    from pipeline.gold import read_gold

    in_run = [record for record in read_gold(DEFAULT_GOLD) if record.article_id in ran]
    assert in_run and f"gold articles: {len(in_run)} " in scored.output

