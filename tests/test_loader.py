"""`pipeline.load_tables` and `write_parquet`: typed tables as datapackage.json declares them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.loader import Field, LoadError, _typed_column, load_tables
from pipeline.paths import CORPUS_ARTICLES

SEED = CORPUS_ARTICLES  # the seed article and its metadata.jsonl, as bundled
SEED_ID = "seed_overseas_police_stations"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A `--parquet` run over the seed article and one whose title a spreadsheet would read as a formula."""
    from pipeline.run import run

    root = tmp_path_factory.mktemp("loader")
    corpus = root / "articles"
    corpus.mkdir()
    shutil.copy(SEED / f"{SEED_ID}.txt", corpus)
    (corpus / "formula.txt").write_text("Police in Dublin, Ireland, said on Monday that two offices had closed.\n", encoding="utf-8")
    metadata = (SEED / "metadata.jsonl").read_text(encoding="utf-8").strip() + "\n"
    metadata += json.dumps({"id": "formula", "title": "=1+2", "source": "'quoted", "published": "2023-01-09"}) + "\n"
    (corpus / "metadata.jsonl").write_text(metadata, encoding="utf-8")
    out = root / "out"
    run([corpus], out, parquet=True)
    return out


def test_load_tables_via_package(run_dir: Path) -> None:
    tables = pipeline.load_tables(run_dir)
    assert set(tables) == {"articles", "locations", "counts", "actors", "dates", "attributions", "errors"}
    assert list(tables["articles"]["article_id"]) == ["formula", SEED_ID]


@pytest.mark.parametrize(
    ("table", "column", "dtype"),
    [
        ("articles", "words", "Int64"),
        ("articles", "title", "string"),
        ("articles", "status", "category"),
        ("locations", "char_start", "Int64"),
        ("locations", "kind", "category"),
        ("counts", "value", "Float64"),
        ("counts", "category", "category"),
        ("dates", "date_start", "datetime64[s]"),
        ("dates", "relative", "boolean"),
        ("attributions", "stance", "category"),
        ("errors", "error", "string"),
    ],
    ids=lambda value: str(value),
)
def test_declared_dtypes(run_dir: Path, table: str, column: str, dtype: str) -> None:
    assert str(load_tables(run_dir)[table][column].dtype) == dtype


def test_enum_categories_are_all_allowed_values(run_dir: Path) -> None:
    from pipeline.records import ENUMS

    tables = load_tables(run_dir)
    for (table, column), allowed in ENUMS.items():
        assert list(tables[table][column].cat.categories) == list(allowed)


def test_formula_escaping_is_undone(run_dir: Path) -> None:
    raw = (run_dir / "articles.csv").read_text(encoding="utf-8")
    assert "'=1+2" in raw  # escaped on disk
    row = load_tables(run_dir)["articles"].set_index("article_id").loc["formula"]
    assert row["title"] == "=1+2"
    assert row["source"] == "'quoted"


def test_offsets_point_into_the_text(run_dir: Path) -> None:
    text = (SEED / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    locations = load_tables(run_dir, tables=("locations",))["locations"]
    assert list(load_tables(run_dir, tables=("locations",))) == ["locations"]
    seed = locations[locations["article_id"] == SEED_ID]
    assert len(seed) > 0
    assert all(text[s:e] == t for s, e, t in zip(seed["char_start"], seed["char_end"], seed["text"]))


@pytest.mark.parametrize(
    ("field", "cells", "expected"),
    [
        (Field("n", "integer"), ["1", "", "-3"], [1, pd.NA, -3]),
        (Field("x", "number"), ["2.5", "", "24"], [2.5, pd.NA, 24.0]),
        (Field("b", "boolean"), ["true", "false", ""], [True, False, pd.NA]),
        (Field("s", "string"), ["'=SUM(A1)", "plain", ""], ["=SUM(A1)", "plain", pd.NA]),
        (Field("e", "string", ("assert", "deny")), ["deny", ""], ["deny", pd.NA]),
    ],
    ids=["integer-nullable", "number-nullable", "boolean", "string-unescaped", "enum"],
)
def test_typed_column(field: Field, cells: list[str], expected: list[object]) -> None:
    column = _typed_column(pd.Series(cells, dtype=object), field)
    assert [None if pd.isna(v) else v for v in column] == [None if v is pd.NA else v for v in expected]


def test_dates_keep_far_years() -> None:
    column = _typed_column(pd.Series(["1066-10-14", "", "2999-01-01"], dtype=object), Field("d", "date"))
    assert [None if pd.isna(v) else v.year for v in column] == [1066, None, 2999]


@pytest.mark.parametrize(
    ("field", "cells"),
    [
        (Field("b", "boolean"), ["maybe"]),
        (Field("e", "string", ("assert", "deny")), ["claim"]),
        (Field("n", "integer"), ["1.5"]),
        (Field("d", "date"), ["next week"]),
    ],
    ids=["bad-boolean", "outside-enum", "bad-integer", "bad-date"],
)
def test_bad_cells_raise(field: Field, cells: list[str]) -> None:
    with pytest.raises(ValueError):
        _typed_column(pd.Series(cells, dtype=object), field)


@pytest.mark.parametrize("kind", ["missing", "empty"], ids=["missing-folder", "empty-folder"])
def test_unusable_folder(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "out"
    if kind == "empty":
        folder.mkdir()
    with pytest.raises(LoadError, match="tnr run"):
        load_tables(folder)


def test_bad_cell_in_a_table_names_file_and_column(run_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "out"
    shutil.copytree(run_dir, broken, ignore=shutil.ignore_patterns(".tnr-cache", "*.parquet"))
    csv_path = broken / "articles.csv"
    csv_path.write_text(csv_path.read_text(encoding="utf-8").replace(",ok,", ",fine,", 1), encoding="utf-8")
    with pytest.raises(LoadError, match="articles.csv is not the file its run wrote"):
        load_tables(broken)  # the checksum in datapackage.json catches the edit first
    descriptor = json.loads((broken / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        del resource["hash"]
    (broken / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(LoadError, match="articles.csv column 'status'"):
        load_tables(broken)


# --- Parquet -----------------------------------------------------------------------


def test_parquet_written_for_every_table(run_dir: Path) -> None:
    assert sorted(p.stem for p in run_dir.glob("*.parquet")) == sorted(load_tables(run_dir))
    assert not list(run_dir.glob(".*.tmp"))


def test_parquet_types_and_values(run_dir: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    dates = pq.read_table(run_dir / "dates.parquet")
    assert dates.schema.field("date_start").type == pa.date32()
    assert pa.types.is_dictionary(pq.read_table(run_dir / "counts.parquet").schema.field("category").type)
    for name, frame in load_tables(run_dir).items():
        back = pd.read_parquet(run_dir / f"{name}.parquet")
        assert list(back.columns) == list(frame.columns)
        assert len(back) == len(frame)
    titles = pd.read_parquet(run_dir / "articles.parquet").set_index("article_id")["title"]
    assert titles["formula"] == "=1+2"
