"""Crash recovery: a `tnr run` killed with SIGKILL leaves complete tables (or none), and the next run completes.

Real runs in subprocesses over part of the corpus: one is killed once the
per-article cache holds entries (mid-extraction), a damaged cache entry is
planted, the next run must finish and give the same bytes as a clean run.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.paths import CORPUS_ARTICLES
from pipeline.records import TABLES, column_names
from pipeline.run import CACHE_DIR
from pipeline.tables import atomic_write_text

TNR = str(Path(sys.executable).with_name("tnr"))
OUTPUT_FILES = [f"{cls.table}.csv" for cls in TABLES] + ["datapackage.json"]


def copy_inputs(target: Path) -> Path:
    """Write about forty short articles cut from the corpus: several batches, yet quick to extract."""
    for source in sorted((CORPUS_ARTICLES / "wire").glob("*.txt")) + sorted((CORPUS_ARTICLES / "ngo").glob("*.txt")):
        paragraphs = [p for p in source.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for part, chunk in (("head", paragraphs[:2]), ("body", paragraphs[2:4])):
            path = target / part / source.parent.name / source.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n\n".join(chunk) + "\n", encoding="utf-8")
    return target


def cache_entries(out: Path) -> list[Path]:
    return sorted((out / CACHE_DIR).glob("*/*/*.json"))


def start(inputs: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [TNR, "run", str(inputs), "-o", str(out), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool], *, timeout: float = 90.0) -> None:
    """SIGKILL the process as soon as ``ready()`` is true; fail if it finished first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            assert process.returncode == -signal.SIGKILL
            return
        assert process.poll() is None, "the run finished before it could be killed"
        time.sleep(0.02)
    process.kill()
    pytest.fail("the run made no cache entry in time")


def check_complete(out: Path) -> dict[str, bytes]:
    """Return the output files present, after checking each parses to its end with the right header."""
    found = {}
    for cls in TABLES:
        path = out / f"{cls.table}.csv"
        if not path.exists():
            continue
        data = path.read_bytes()
        rows = list(csv.reader(data.decode("utf-8").splitlines(keepends=True)))
        assert rows and rows[0] == column_names(cls), path
        assert all(len(row) == len(rows[0]) for row in rows), path
        assert data.endswith(b"\n"), path
        found[path.name] = data
    package = out / "datapackage.json"
    if package.exists():
        json.loads(package.read_text(encoding="utf-8"))
        found[package.name] = package.read_bytes()
    return found


def assert_same(found: dict[str, bytes], clean: dict[str, bytes]) -> None:
    """Fail naming the output files that differ from the clean run's."""
    assert sorted(found) == sorted(clean)
    assert [name for name in clean if found[name] != clean[name]] == []


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """The inputs and a clean run's output files (in-process, the model loaded once)."""
    root = tmp_path_factory.mktemp("crash")
    inputs = copy_inputs(root / "in")
    out = root / "clean"
    result = CliRunner().invoke(main, ["run", str(inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return inputs, {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def test_killed_run_then_resume(tmp_path: Path, reference: tuple[Path, dict[str, bytes]]) -> None:
    inputs, clean = reference
    out = tmp_path / "out"

    # 1. a first run killed mid-extraction: no table, or complete ones
    kill_when(start(inputs, out), lambda: len(cache_entries(out)) >= 1)
    assert set(check_complete(out)) <= set(OUTPUT_FILES)
    entries = cache_entries(out)
    assert entries

    # 2. a damaged cache entry (as a crash of an older, non-atomic writer would leave) is ignored and recomputed
    entries[0].write_bytes(entries[0].read_bytes()[: len(entries[0].read_bytes()) // 2])
    resumed = subprocess.run([TNR, "run", str(inputs), "-o", str(out)], capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert b"Traceback" not in resumed.stderr
    assert json.loads(entries[0].read_text(encoding="utf-8"))
    assert_same(check_complete(out), clean)

    # 3. a forced re-run killed mid-way leaves the previous complete tables
    started = time.time_ns()
    kill_when(start(inputs, out, "--force"), lambda: any(p.stat().st_mtime_ns > started for p in cache_entries(out)))
    assert_same(check_complete(out), clean)


def test_atomic_write_keeps_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "table.csv"
    atomic_write_text(target, "a,b\n1,2\n")

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        atomic_write_text(target, "a,b\n3,4\n")
    assert target.read_text(encoding="utf-8") == "a,b\n1,2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.csv"]


def test_atomic_write_gives_readable_permissions(tmp_path: Path) -> None:
    target = tmp_path / "table.csv"
    atomic_write_text(target, "x\n")
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
