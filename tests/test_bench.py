"""``tnr bench``: the synthetic corpus and the shape of the figures (no timing assertions)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.bench import snapshot_code, synthetic_articles
from pipeline.cli import main

SOURCE = [
    ("a", "Title A\n\nPara one.\n\nPara two.\n\nPara three.", "2024-01-01"),
    ("b", "Only a lede", None),
]


@pytest.mark.parametrize(
    ("count", "expected_ids"),
    [(0, []), (1, ["b000000"]), (5, ["b000000", "b000001", "b000002", "b000003", "b000004"])],
    ids=["none", "one", "more-than-the-source"],
)
def test_synthetic_articles_are_unique_and_numbered(count: int, expected_ids: list[str]) -> None:
    made = synthetic_articles(SOURCE, count=count)
    assert [article_id for article_id, _, _ in made] == expected_ids
    assert len({text for _, text, _ in made}) == count


@pytest.mark.parametrize(
    ("number", "lede", "published"),
    [(0, "Title A", "2024-01-01"), (1, "Only a lede", None), (2, "Title A", "2024-01-01")],
    ids=["first-source", "source-without-body", "wraps-around"],
)
def test_synthetic_article_keeps_lede_and_date(number: int, lede: str, published: str | None) -> None:
    _, text, date = synthetic_articles(SOURCE, count=number + 1)[number]
    assert text.startswith(lede) and date == published
    assert f"copy {number:06d}" in text


def test_synthetic_articles_need_a_source() -> None:
    with pytest.raises(ValueError, match="no articles"):
        synthetic_articles([], count=3)


def test_bench_command_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(main, ["bench", "--articles", "8", "--small-articles", "4", "--huge-chars", "30000", "--normal-chars", "5000", "--json", str(out)])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in ("articles_per_s", "words_per_s", "pipeline_vs_model", "speedup_2_workers", "rss_large_vs_small", "warm_rerun_ratio",
                "startup_vs_model", "seconds_startup_run", "seconds_startup_model",
                "rss_huge_vs_normal", "time_per_char_huge_vs_normal"):
        assert isinstance(figures[key], float) and figures[key] > 0, key
    assert figures["articles"] == 8 and figures["small_articles"] == 4
    assert 29_000 <= figures["huge_chars"] <= 30_001 and 4_000 <= figures["normal_chars"] <= 5_001
    assert figures["identical_2_workers"] is True
    assert isinstance(figures["cores"], int)
    assert "speedup_2_workers" in result.output and "startup_vs_model" in result.output
    assert figures["startup_vs_model"] == figures["seconds_startup_run"] / figures["seconds_startup_model"]
    # the bare model is timed before and after the cold run; the ratio divides by their mean
    before, after = figures["seconds_model_pipe_before"], figures["seconds_model_pipe_after"]
    assert before > 0 and after > 0 and figures["seconds_model_pipe"] == (before + after) / 2
    assert figures["pipeline_vs_model"] == figures["seconds_cold_1_worker"] / figures["seconds_model_pipe"]
    # the bare side's whole job (import, load, read, parse) holds its nlp.pipe; the older ratio divides by that alone
    assert 0 < figures["seconds_model_pipe_only"] < figures["seconds_model_pipe"]
    assert figures["pipeline_vs_model_pipe_only"] == figures["seconds_cold_1_worker"] / figures["seconds_model_pipe_only"]
    assert "nlp.pipe alone" in result.output


def test_code_snapshot_is_byte_compiled_like_an_install(tmp_path: Path) -> None:
    """The bench times tnr as pip installs it: its modules come with their bytecode."""
    folder = snapshot_code(tmp_path)
    modules = sorted(path.stem for path in (folder / "pipeline").glob("*.py"))
    compiled = {path.name.split(".")[0] for path in (folder / "pipeline" / "__pycache__").glob("*.pyc")}
    assert modules and set(modules) <= compiled
    assert (folder / "models" / "README.md").is_file()
