"""`tnr query`: SQL over a run's tables, and the worked queries of the README's "For researchers" section."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.query import QueryError, QueryResult, format_csv, format_json, format_table, run_query
from pipeline.paths import CORPUS_ARTICLES, MODELS_DIR, PROJECT_ROOT

SEED = CORPUS_ARTICLES  # the seed article and its metadata.jsonl, as bundled
SEED_ID = "seed_overseas_police_stations"

README = PROJECT_ROOT / "README.md"
# The worked queries of the README's "For researchers" section, read from the README itself (so they run verbatim),
# in the order the README gives them.
QUERY_NAMES = ["stations-per-host-country", "denials-by-state", "counts-with-sources", "articles-per-month", "places-in-one-article"]


def readme_queries() -> dict[str, str]:
    found = re.findall(r'^tnr query -o outputs-tools "\n(.*?)\n"\n```', README.read_text(encoding="utf-8"), re.S | re.M)
    assert len(found) == len(QUERY_NAMES), "the README's worked queries and QUERY_NAMES differ in number"
    return dict(zip(QUERY_NAMES, found))


README_QUERIES = readme_queries()
STORY_FACILITIES = [w for w in (MODELS_DIR / "lexicons" / "story_facilities.txt").read_text(encoding="utf-8").splitlines()
                    if w and not w.startswith("#")]

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


# --- the README's queries, row by row ----------------------------------------------------
#
# A hand-made folder: the seed article (whose gold is corpus/gold/dev/seed.jsonl) and short articles that hold
# the traps the queries must not fall into: two states' embassies, two countries' police, an off-topic report
# with ports and dams, a count spread over a range of places.
README_ARTICLES = {
    "berlin_embassies": (
        "Israel's embassy in Berlin said the plot had targeted Jewish sites in Germany. "
        "Iran's embassy in Berlin denied any involvement.\n",
        "2023-04-03",
    ),
    "lishui_police": (
        "Dutch police said they were investigating two Chinese police stations in Amsterdam. "
        "The police in Lishui denied running a police station in Amsterdam.\n",
        "2022-11-01",
    ),
    "dublin_denial": (
        "China's foreign ministry denied that Beijing runs police stations in Ireland. "
        "The Irish government said it had ordered the office in Dublin to close.\n",
        "2022-11-02",
    ),
    "port_strike": (
        "The strike halted traffic at 36 ports from Maine to Texas. "
        "Two dams in Washington were removed, and Qatar built eight stadiums in Doha.\n",
        None,
    ),
}


@pytest.fixture(scope="module")
def readme_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pipeline.run import run

    root = tmp_path_factory.mktemp("readme")
    corpus = root / "articles"
    corpus.mkdir()
    shutil.copy(SEED / f"{SEED_ID}.txt", corpus)
    lines = [(SEED / "metadata.jsonl").read_text(encoding="utf-8").strip()]
    for name, (text, published) in README_ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"id": name, "source": f"{name} desk", "published": published}))
    (corpus / "metadata.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / "out"
    run([corpus], out)
    return out


def _rows(out: Path, name: str, *columns: str) -> list[tuple[object, ...]]:
    result = run_query(README_QUERIES[name], out_dir=out)
    return [tuple(row[result.columns.index(c)] for c in columns) for row in result.rows]


def _seed_gold() -> dict[str, list[dict[str, object]]]:
    record = json.loads((PROJECT_ROOT / "corpus" / "gold" / "dev" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["article_id"] == SEED_ID
    return dict(record)


def test_readme_stations_per_host_country(readme_dir: Path) -> None:
    # the seed's gold facility counts with a country, largest per country; then the Amsterdam stations.
    gold = [c for c in _seed_gold()["counts"] if c["category"] == "facility" and c["country"]]
    expected = {str(c["country"]): max(float(g["value"]) for g in gold if g["country"] == c["country"]) for c in gold}  # type: ignore[arg-type]
    assert expected == {"ESP": 9, "ITA": 4, "GBR": 2}
    rows = _rows(readme_dir, "stations-per-host-country", "host_country", "largest_reported", "articles", "attributed_to")
    assert rows == [
        ("ESP", 9, 1, "Safeguard Defenders"),
        ("ITA", 4, 1, "Safeguard Defenders"),
        ("GBR", 2, 1, "Safeguard Defenders"),
        ("NLD", 2, 1, "police"),  # "Dutch police said they were investigating two Chinese police stations"
    ]  # no USA: the ports lie "from Maine to Texas", and dams are no facility of the story


def test_readme_facility_filter_is_the_lexicon() -> None:
    match = re.search(r"'\\b\((.*?)\)'", README_QUERIES["stations-per-host-country"])
    assert match is not None
    assert match.group(1).split("|") == STORY_FACILITIES


def test_readme_denials_by_state(readme_dir: Path) -> None:
    rows = _rows(readme_dir, "denials-by-state", "state", "denials", "articles", "speaking_as")
    # CHN: the seed's "China has refuted these reports" (gold: China, deny), the Lishui police, the foreign ministry;
    # IRN: its embassy. Not ISR (its embassy only spoke), not NLD (its police only investigated).
    assert [r[:3] for r in rows] == [("CHN", 3, 3), ("IRN", 1, 1)]
    assert set(str(rows[0][3]).split("; ")) == {"China", "police", "Ministry of Foreign Affairs"}
    assert rows[1][3] == "embassy"


def test_readme_counts_with_sources_match_the_gold(readme_dir: Path) -> None:
    # gold: a count inside a gold attribution's content is linked to that attribution's source
    gold = _seed_gold()
    expected = [
        (str(c["text"]).replace('"', ""), float(c["value"]), str(a["source"]))  # type: ignore[arg-type]
        for c in gold["counts"]
        for a in gold["attributions"]
        if str(c["text"]).replace('"', "") in str(a["content"]).replace('"', "")
    ]
    rows = [(str(t).replace('"', ""), v, s) for a, t, v, s in _rows(readme_dir, "counts-with-sources", "article_id", "count_text", "value", "source") if a == SEED_ID]
    assert rows == expected  # both in reading order
    assert len(rows) == 7


def test_readme_articles_per_month(readme_dir: Path) -> None:
    assert _rows(readme_dir, "articles-per-month", "month", "articles") == [("2022-10", 1), ("2022-11", 2), ("2023-04", 1)]


def test_readme_places_in_one_article_match_the_gold(readme_dir: Path) -> None:
    gold = {(str(p["name"]), str(p["kind"]), p["country"]) for p in _seed_gold()["locations"]}
    rows = _rows(readme_dir, "places-in-one-article", "char_start", "name", "kind", "country")
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert {r[1:] for r in rows} == gold
    assert len(rows) == len(gold)  # a place once, at its first mention, as the gold lists it


# Every place the short articles name (GUIDELINES.md locations: a country or capital named as a state is a place too).
README_PLACES = {
    "berlin_embassies": [("Israel", "ISR"), ("Berlin", "DEU"), ("Germany", "DEU"), ("Iran", "IRN")],
    "lishui_police": [("Amsterdam", "NLD"), ("Lishui", "CHN")],
    "dublin_denial": [("China", "CHN"), ("Beijing", "CHN"), ("Ireland", "IRL"), ("Dublin", "IRL")],
    "port_strike": [("Maine", "USA"), ("Texas", "USA"), ("Washington", "USA"), ("Qatar", "QAT"), ("Doha", "QAT")],
}


def test_readme_first_query_places_per_country(readme_dir: Path) -> None:
    """The query of the README's opening example: places per country, against the gold and the hand-made list."""
    sql = re.search(r'^tnr query "(SELECT country, count.*?)" -o outputs', README.read_text(encoding="utf-8"), re.M)
    assert sql is not None
    expected = Counter(p["country"] for p in _seed_gold()["locations"])
    expected.update(country for places in README_PLACES.values() for _, country in places)
    rows = run_query(sql.group(1), out_dir=readme_dir).rows
    assert dict(rows) == dict(expected)
    assert [n for _, n in rows] == sorted((n for _, n in rows), reverse=True)


def test_readme_python_example(readme_dir: Path) -> None:
    """The README's `load_tables` example, run as printed, gives the denials-by-state query's numbers."""
    import pipeline

    block = re.search(r"```python\nimport pipeline\n\n(tables = pipeline\.load_tables.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block is not None
    code = block.group(1).replace('"outputs-tools"', repr(str(readme_dir)))
    *lines, last = code.strip().splitlines()
    scope: dict[str, object] = {"pipeline": pipeline}
    exec("\n".join(lines), scope)
    result = eval(last.split("#")[0], scope)
    assert result.to_dict() == {"CHN": 3, "IRN": 1}


def test_old_denial_join_on_a_bare_name_was_wrong(readme_dir: Path) -> None:
    """The README's former query, which joined actors on the bare name: it counted Iran's embassy under Israel."""
    old = run_query(
        "SELECT DISTINCT act.country FROM attributions AS a JOIN actors AS act ON act.article_id = a.article_id "
        "AND act.name = a.source WHERE a.stance = 'deny' AND act.type IN ('state', 'government') ORDER BY 1",
        out_dir=readme_dir,
    )
    assert {"ISR", "NLD"} <= {row[0] for row in old.rows}


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
