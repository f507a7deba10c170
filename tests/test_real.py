"""The real-text set (corpus/real/README.md): sources, gold without sentences, and its scores when the texts are here."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.evaluate import check_thresholds, evaluate, load_thresholds
from pipeline.gold import read_gold, real_source_ids, validate_gold
from pipeline.paths import DEFAULT_GOLD, DEFAULT_THRESHOLDS, REAL_SET, REAL_TEXTS

REAL_GOLD = DEFAULT_GOLD / "real"
SOURCE_KEYS = {"id", "split", "url", "title", "source", "published", "kind", "origin", "query", "lines", "drop", "words", "sha256"}


def _collect_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("collect", REAL_SET / "collect.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sources() -> list[dict[str, Any]]:
    return [record for _, record in _collect_module().read_sources(REAL_SET)]


def _texts_present() -> bool:
    ids = real_source_ids(REAL_SET)
    return bool(ids) and all((REAL_TEXTS / f"{article_id}.txt").is_file() for article_id in ids)


needs_texts = pytest.mark.skipif(
    not _texts_present(),
    reason="the real-text set's texts are not collected on this machine (third-party, never committed; see corpus/real/README.md)",
)


def test_sources_are_complete_records() -> None:
    sources = _sources()
    ids = [record["id"] for record in sources]
    assert len(ids) == len(set(ids)), "a source id is listed twice"
    for record in sources:
        assert SOURCE_KEYS <= record.keys(), (record["id"], SOURCE_KEYS - record.keys())
        assert record["split"] in ("real-dev", "real-test"), record["id"]
        assert isinstance(record["sha256"], str) and len(record["sha256"]) == 64, f"{record['id']}: SHA-256 not recorded"
        assert record["url"].startswith("http"), record["id"]


def test_every_source_has_gold_in_its_split_and_no_gold_without_source() -> None:
    splits = {record["id"]: record["split"] for record in _sources()}
    gold = read_gold(REAL_GOLD) if REAL_GOLD.is_dir() and any(REAL_GOLD.rglob("*.jsonl")) else []
    assert {record.article_id: record.split for record in gold} == splits


def test_real_gold_holds_no_sentence_and_is_valid_without_texts() -> None:
    if not REAL_GOLD.is_dir() or not any(REAL_GOLD.rglob("*.jsonl")):
        pytest.skip("no real-text gold yet")
    records = read_gold(REAL_GOLD)
    # checked without the texts: schema, codes, enums, spans of at most 8 words, contents as sorted tokens
    assert validate_gold(records, {}, uncollected=real_source_ids(REAL_SET)) == []


def test_trim_rules() -> None:
    collect = _collect_module()
    excerpt = "Menu\r\nHome\n\nHeadline  \nBody one.\n\n\n\nplease wait\nBody two.\nShare this"
    assert collect.trim(excerpt, lines=[3, 10], drop=[8]) == "Headline\nBody one.\n\nBody two.\n"
    stamped = " date 2023-10-06 Prime Minister said.\nMore.\nNav"
    assert collect.trim(stamped, lines=[0, 2], drop=[]) == "Prime Minister said.\nMore.\n"


def test_collect_rebuilds_and_checks_sha256(tmp_path: Path) -> None:
    collect = _collect_module()
    raw = tmp_path / "raw"
    raw.mkdir()
    source = {"id": "real-x", "url": "https://example.org/a", "lines": [1, 3], "drop": [], "title": "T",
              "source": "Example", "published": "2024-05", "words": None, "sha256": None}
    (tmp_path / "sources.jsonl").write_text(json.dumps(source) + "\n", encoding="utf-8")
    assert collect.collect(record_ids=set(), folder=tmp_path) == [
        "real-x: missing (no raw/real-x.json; re-collect it with the query in its source line)"
    ]
    (raw / "real-x.json").write_text(json.dumps({"query": "q", "url": source["url"], "excerpt": "Nav\nTitle\nText here.\nFooter"}))
    assert collect.collect(record_ids={"real-x"}, folder=tmp_path) == []
    recorded = json.loads((tmp_path / "sources.jsonl").read_text())
    assert recorded["words"] == 3 and recorded["sha256"] == collect.sha256("Title\nText here.\n")
    assert (tmp_path / "texts" / "real-x.txt").read_text() == "Title\nText here.\n"
    assert json.loads((tmp_path / "texts" / "metadata.jsonl").read_text())["published"] == "2024-05"
    (raw / "real-x.json").write_text(json.dumps({"query": "q", "url": source["url"], "excerpt": "Nav\nTitle\nText changed.\nFooter"}))
    assert [line.split(" (")[0] for line in collect.collect(record_ids=set(), folder=tmp_path)] == ["real-x: changed"]


@needs_texts
def test_collected_texts_match_their_recorded_sha256() -> None:
    collect = _collect_module()
    problems = [
        f"{record['id']}: changed"
        for record in _sources()
        if collect.sha256((REAL_TEXTS / f"{record['id']}.txt").read_text(encoding="utf-8")) != record["sha256"]
    ]
    assert problems == []


@needs_texts
@pytest.mark.slow
def test_real_set_scores(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", str(REAL_TEXTS), "-o", str(tmp_path / "out")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    evaluation = evaluate(read_gold(REAL_GOLD), tmp_path / "out")
    # the real block alone, checked as `tnr evaluate` checks it (a score equal to its floor passes)
    real_block = load_thresholds(DEFAULT_THRESHOLDS)["real"]
    assert check_thresholds(evaluation, {"real": real_block}) == []
