"""Any install, any folder: the wheel carries the rule files and works away from the checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pipeline.paths import CORPUS_ARTICLES, MODELS_DIR, PROJECT_ROOT
from pipeline.resources import rules_hash

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel (no network) and install it, without dependencies, into a fresh venv that sees this env's packages."""
    root = tmp_path_factory.mktemp("install")
    wheels = root / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(wheels), str(PROJECT_ROOT)],
        capture_output=True, text=True, check=False, cwd=root,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = wheels.glob("tnr-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # the dependencies come from this environment's site-packages (a plain path: its editable tnr is not loaded)
    Path(purelib, "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True, text=True, check=False,
    )
    assert install.returncode == 0, install.stderr
    return venv


def elsewhere(tmp_path: Path) -> Path:
    """A folder far from the checkout, holding one article."""
    folder = tmp_path / "research"
    folder.mkdir()
    shutil.copy(CORPUS_ARTICLES / "seed_overseas_police_stations.txt", folder / "report.txt")
    return folder


def run(venv: Path, args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "TNR_MODELS_DIR"}}
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env={**clean, **env}, timeout=600, check=False)


def test_the_wheel_holds_the_rule_files(installed: Path) -> None:
    import zipfile

    [wheel] = (installed.parent / "wheels").glob("tnr-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = {f"pipeline/models/{p.relative_to(MODELS_DIR).as_posix()}" for p in MODELS_DIR.rglob("*") if p.is_file()}
    assert rules and rules <= names
    assert "pipeline/corpus/seed_overseas_police_stations.txt" in names  # the source of `tnr bench`'s corpus


def test_installed_tnr_runs_one_article_from_another_folder(installed: Path, tmp_path: Path) -> None:
    folder = elsewhere(tmp_path)
    done = run(installed, [str(installed / "bin" / "tnr"), "run", "report.txt", "-o", "tables"], cwd=folder)
    assert done.returncode == 0, done.stderr
    assert "articles: 1 ok, 0 failed" in done.stdout
    info = json.loads((folder / "tables" / "datapackage.json").read_text())["tnr"]
    assert info["rules_sha256"] == rules_hash(MODELS_DIR)  # the packaged rules are the checkout's
    assert len((folder / "tables" / "locations.csv").read_text().splitlines()) > 1
    where = run(installed, [str(installed / "bin" / "python"), "-c",
                            "import pipeline, pipeline.paths as p; print(pipeline.__file__); print(p.MODELS_DIR); print(p.BUNDLED_ARTICLES)"], cwd=folder)
    package_file, models, articles = where.stdout.splitlines()
    assert Path(package_file).is_relative_to(installed) and Path(models).is_relative_to(installed)
    assert Path(articles).is_relative_to(installed) and any(Path(articles).rglob("*.txt"))


def test_installed_load_and_models_override(installed: Path, tmp_path: Path) -> None:
    folder = elsewhere(tmp_path)
    code = (
        "import pipeline; from pipeline.nlp import make_doc; nlp = pipeline.load();"
        " doc = nlp(make_doc(nlp, 'Safeguard Defenders said China runs 54 stations.', published='2022-10'));"
        " print([r.value for r in doc._.tnr_counts])"
    )
    done = run(installed, [str(installed / "bin" / "python"), "-c", code], cwd=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[54.0]"
    models = tmp_path / "my-models"
    shutil.copytree(MODELS_DIR, models)
    with (models / "lexicons" / "vague_time.txt").open("a", encoding="utf-8") as handle:
        handle.write("a while back\n")
    override = run(installed, [str(installed / "bin" / "tnr"), "run", "report.txt", "-o", "tables"], cwd=folder, TNR_MODELS_DIR=str(models))
    assert override.returncode == 0, override.stderr
    assert json.loads((folder / "tables" / "datapackage.json").read_text())["tnr"]["rules_sha256"] == rules_hash(models)


def test_installed_evaluate_and_check_gold_from_another_folder(installed: Path, tmp_path: Path) -> None:
    folder = elsewhere(tmp_path)
    tnr = str(installed / "bin" / "tnr")
    assert run(installed, [tnr, "run", "report.txt", "-o", "tables", "-q"], cwd=folder).returncode == 0
    default = run(installed, [tnr, "evaluate", "--pred", "tables"], cwd=folder)
    assert default.returncode == 2
    assert default.stderr.splitlines() == [
        "tnr evaluate: no gold at corpus/gold: the default gold is the corpus of a tnr checkout (corpus/gold);"
        " run from the checkout, or pass --gold PATH"
    ]
    gold = folder / "gold.jsonl"
    record = json.loads((PROJECT_ROOT / "corpus" / "gold" / "dev" / "seed.jsonl").read_text().splitlines()[0])
    gold.write_text(json.dumps({**record, "article_id": "report"}) + "\n", encoding="utf-8")
    scored = run(installed, [tnr, "evaluate", "--gold", "gold.jsonl", "--pred", "tables"], cwd=folder)
    assert scored.returncode == 0, scored.stderr
    assert "locations" in scored.stdout
    check = run(installed, [tnr, "check-gold"], cwd=folder)
    assert check.returncode == 2
    assert check.stderr.startswith("tnr check-gold: no gold at corpus/gold")
    named = run(installed, [tnr, "check-gold", "--gold", "gold.jsonl", "."], cwd=folder)
    assert named.returncode == 0, named.stdout + named.stderr
    assert named.stdout.strip() == "gold is valid"
