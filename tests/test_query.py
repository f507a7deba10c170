"""`tnr query`: SQL over a run's tables, and the worked queries of the README's "For researchers" section."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.query import QueryError, QueryResult, format_csv, format_json, format_table, run_query
from pipeline.paths import CORPUS_ARTICLES

SEED = CORPUS_ARTICLES  # the seed article and its metadata.jsonl, as bundled
SEED_ID = "seed_overseas_police_stations"

# The five worked queries of the README's "For researchers" section, verbatim.
README_QUERIES = {
    "stations-per-host-country": """
SELECT c.country AS host_country,
       max(c.value) AS largest_reported,
       count(DISTINCT c.article_id) AS articles,
       string_agg(DISTINCT a.source, '; ') AS attributed_to,
       string_agg(DISTINCT ar.source, '; ') AS outlets
FROM counts AS c
LEFT JOIN attributions AS a ON a.attribution_id = c.attribution_id
JOIN articles AS ar ON ar.article_id = c.article_id
WHERE c.category = 'facility' AND c.country IS NOT NULL
GROUP BY host_country
ORDER BY largest_reported DESC, host_country
""",
    "denials-by-state": """
SELECT act.country AS state,
       count(DISTINCT a.attribution_id) AS denials,
       count(DISTINCT a.article_id) AS articles,
       string_agg(DISTINCT a.source, '; ') AS speaking_as
FROM attributions AS a
JOIN actors AS act ON act.article_id = a.article_id AND act.name = a.source
WHERE a.stance = 'deny' AND act.type IN ('state', 'government') AND act.country IS NOT NULL
GROUP BY state
ORDER BY denials DESC, state
""",
    "counts-with-sources": """
SELECT c.article_id, c.text AS count_text, c.value, c.category,
       a.source, a.cue, a.stance, a.content
FROM counts AS c
JOIN attributions AS a ON a.attribution_id = c.attribution_id
ORDER BY c.article_id, c.char_start
""",
    "articles-per-month": """
SELECT substr(published, 1, 7) AS month, count(*) AS articles
FROM articles
WHERE published IS NOT NULL
GROUP BY month
ORDER BY month
""",
    "places-in-one-article": """
SELECT char_start, text, name, kind, country, country_name
FROM locations
WHERE article_id = 'seed_overseas_police_stations'
ORDER BY char_start
""",
}

DENIAL = (
    "China's foreign ministry denied that Beijing runs police stations in Ireland. "
    "The Irish government said it had ordered the office in Dublin to close.\n"
)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over the seed article, an article with a denial and one whose source a spreadsheet would read as a formula."""
    from pipeline.run import run

    root = tmp_path_factory.mktemp("query")
    corpus = root / "articles"
    corpus.mkdir()
    shutil.copy(SEED / f"{SEED_ID}.txt", corpus)
    (corpus / "dublin_denial.txt").write_text(DENIAL, encoding="utf-8")
    metadata = (SEED / "metadata.jsonl").read_text(encoding="utf-8").strip() + "\n"
    metadata += json.dumps({"id": "dublin_denial", "title": "Dublin office", "source": "=HYPERLINK(\"http://x\")", "published": "2022-11-02"}) + "\n"
    (corpus / "metadata.jsonl").write_text(metadata, encoding="utf-8")
    out = root / "out"
    run([corpus], out)
    return out


@pytest.mark.parametrize("name", list(README_QUERIES), ids=list(README_QUERIES))
def test_readme_queries_return_rows(run_dir: Path, name: str) -> None:
    result = run_query(README_QUERIES[name], out_dir=run_dir)
    assert result.rows, f"{name} returned no rows"


def test_place_query_finds_the_seed_places(run_dir: Path) -> None:
    result = run_query(README_QUERIES["places-in-one-article"], out_dir=run_dir)
    names = {row[result.columns.index("name")] for row in result.rows}
    assert {"Spain", "Italy", "London", "Glasgow"} <= names


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT typeof(value) FROM counts LIMIT 1", [("DOUBLE",)]),
        ("SELECT typeof(char_start) FROM locations LIMIT 1", [("BIGINT",)]),
        ("SELECT typeof(relative) FROM dates LIMIT 1", [("BOOLEAN",)]),
        ("SELECT typeof(date_start) FROM dates WHERE date_start IS NOT NULL LIMIT 1", [("DATE",)]),
        ("SELECT typeof(stance) FROM attributions LIMIT 1", [("VARCHAR",)]),
        ("SELECT source FROM articles WHERE article_id = 'dublin_denial'", [('=HYPERLINK("http://x")',)]),
        ("SELECT count(*) FROM errors", [(0,)]),
        ("SELECT title FROM articles WHERE article_id = 'no such article'", []),
    ],
    ids=["number-double", "integer-bigint", "boolean", "date", "enum-varchar", "formula-escape-undone", "empty-table", "no-rows"],
)
def test_views_are_typed_and_unescaped(run_dir: Path, sql: str, expected: list[tuple[object, ...]]) -> None:
    assert run_query(sql, out_dir=run_dir).rows == expected


def test_view_texts_match_the_article(run_dir: Path) -> None:
    text = (SEED / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    result = run_query(f"SELECT char_start, char_end, text FROM locations WHERE article_id = '{SEED_ID}'", out_dir=run_dir)
    assert result.rows
    assert all(text[start:end] == snippet for start, end, snippet in result.rows)


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("SELEC 1", "syntax error"),
        ("SELECT * FROM no_such_table", "no_such_table"),
        ("SELECT no_such_column FROM counts", "no_such_column"),
    ],
    ids=["syntax", "unknown-table", "unknown-column"],
)
def test_bad_sql_is_one_line(run_dir: Path, sql: str, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(sql, out_dir=run_dir)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("kind", ["missing", "empty"], ids=["missing-folder", "empty-folder"])
def test_unusable_folder(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "out"
    if kind == "empty":
        folder.mkdir()
    with pytest.raises(QueryError, match="run `tnr run"):
        run_query("SELECT 1", out_dir=folder)


# --- formats ---------------------------------------------------------------------

SAMPLE = QueryResult(["name", "n", "note"], [("Spain", 9, None), ("Italy", 4.0, "line\nbreak\x1b[31m"), ("United Kingdom", 12, "x" * 100)])


def test_table_format_aligns_and_cleans() -> None:
    lines = format_table(SAMPLE, max_cell=20).splitlines()
    assert lines[0].split() == ["name", "n", "note"]
    assert lines[-1] == "(3 rows)"
    assert lines[2].startswith("Spain          ") and " 9" in lines[2]
    assert "\x1b" not in "\n".join(lines) and "line break" in lines[3]
    assert lines[4].endswith("…")


def test_csv_and_json_formats() -> None:
    rows = list(csv.reader(io.StringIO(format_csv(SAMPLE))))
    assert rows[0] == ["name", "n", "note"]
    assert rows[1] == ["Spain", "9", ""]
    assert rows[2][1] == "4"
    records = json.loads(format_json(SAMPLE))
    assert records[0] == {"name": "Spain", "n": 9, "note": None}
    assert records[1]["note"] == "line\nbreak\x1b[31m"


# --- the command -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "csv", "json"], ids=["table", "csv", "json"])
def test_command_formats(run_dir: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["query", "SELECT article_id, words FROM articles ORDER BY article_id", "-o", str(run_dir), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert [r["article_id"] for r in json.loads(result.stdout)] == ["dublin_denial", SEED_ID]
    elif fmt == "csv":
        assert result.stdout.splitlines()[0] == "article_id,words"
        assert len(result.stdout.splitlines()) == 3
    else:
        assert result.stdout.splitlines()[-1] == "(2 rows)"


def test_command_defaults_to_csv_in_a_pipe(run_dir: Path) -> None:
    result = CliRunner().invoke(main, ["query", "SELECT 1 AS one", "-o", str(run_dir)])
    assert result.exit_code == 0
    assert result.stdout == "one\n1\n"


@pytest.mark.parametrize(
    ("sql", "folder"),
    [("SELECT * FROM nowhere", None), ("SELECT 1", "missing")],
    ids=["bad-sql", "missing-folder"],
)
def test_command_fails_with_one_line(run_dir: Path, tmp_path: Path, sql: str, folder: str | None) -> None:
    target = run_dir if folder is None else tmp_path / folder
    result = CliRunner().invoke(main, ["query", sql, "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.startswith("tnr query: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


# The incident and event queries of the README's "For researchers" section, verbatim.
README_INCIDENT_QUERIES = {
    "incidents-per-origin-tactic-year": """
SELECT origin, tactic, year, count(*) AS incidents, count(DISTINCT article_id) AS articles
FROM incidents
GROUP BY origin, tactic, year
ORDER BY origin, tactic, year
""",
    "origin-host-pairs": """
SELECT origin, host, count(*) AS incidents, string_agg(DISTINCT tactic, '; ') AS tactics
FROM incidents
WHERE host IS NOT NULL
GROUP BY origin, host
ORDER BY incidents DESC, origin, host
""",
    "events-with-two-outlets": """
SELECT e.event_id, e.origin, e.host, e.tactic, e.articles,
       string_agg(DISTINCT ar.source, '; ' ORDER BY ar.source) AS outlets,
       string_agg(DISTINCT a.source || ' (' || a.stance || '): ' || a.content, ' | ') AS claims
FROM events AS e
JOIN incidents AS i ON i.event_id = e.event_id
JOIN articles AS ar ON ar.article_id = i.article_id
LEFT JOIN attributions AS a ON a.attribution_id = i.attribution_id
GROUP BY e.event_id, e.origin, e.host, e.tactic, e.articles
HAVING count(DISTINCT ar.source) >= 2
ORDER BY e.articles DESC, e.event_id
""",
}

STATION_REPORTS = {
    "wire_claim": ("Safeguard Defenders said Chinese agents ran overseas police stations in the Netherlands in 2022.", "Wire"),
    "paper_denial": ("China's foreign ministry denied that Beijing runs overseas police stations in the Netherlands.", "Paper"),
}


@pytest.fixture(scope="module")
def incident_run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run over two outlets' reports of one act: a claim and a denial."""
    from pipeline.run import run

    root = tmp_path_factory.mktemp("incident-query")
    corpus = root / "articles"
    corpus.mkdir()
    lines = []
    for article_id, (text, outlet) in STATION_REPORTS.items():
        (corpus / f"{article_id}.txt").write_text(text + "\n", encoding="utf-8")
        lines.append(json.dumps({"id": article_id, "source": outlet, "published": "2022-11-02"}))
    (corpus / "metadata.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / "out"
    run([corpus], out)
    return out


@pytest.mark.parametrize("name", list(README_INCIDENT_QUERIES), ids=list(README_INCIDENT_QUERIES))
def test_readme_incident_queries(incident_run_dir: Path, name: str) -> None:
    result = run_query(README_INCIDENT_QUERIES[name], out_dir=incident_run_dir)
    rows = [dict(zip(result.columns, row)) for row in result.rows]
    if name == "incidents-per-origin-tactic-year":
        assert {(r["origin"], r["tactic"]) for r in rows} == {("CHN", "intimidation")}
        assert sum(r["articles"] for r in rows) == 2
    elif name == "origin-host-pairs":
        assert [(r["origin"], r["host"], r["incidents"]) for r in rows] == [("CHN", "NLD", 2)]
    else:
        [event] = rows
        assert (event["origin"], event["host"], event["articles"], event["outlets"]) == ("CHN", "NLD", 2, "Paper; Wire")
        assert "(deny)" in event["claims"] and "(assert)" in event["claims"]
