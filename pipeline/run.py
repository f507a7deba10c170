"""The batch run: articles in, tables out.

Each article's extraction is a pure map from the article to plain rows, so
results can be cached per article, computed in worker processes or on a Dask
cluster, and merged into the same bytes whichever way they were made. Results
go to a per-article cache under the output folder as they arrive; the tables
are then written from the cache in sorted order, so memory does not grow with
the number of articles.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import logging
import os
import re
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.ingest import Selection, Stdin
from pipeline.records import (
    EXTRACTION_TABLES,
    TABLES,
    Article,
    ArticleRow,
    ErrorRow,
    EventRow,
    IncidentRow,
    as_dict,
    column_names,
)
from pipeline.tables import (
    PACKAGE_FILE,
    OutputLock,
    TablesBusy,
    commit_set,
    datapackage,
    default_file_mode,
    file_sha256,
    finish_switch,
    new_staging,
    remove_temporary_files,
    render_csv,
)

CACHE_DIR = ".tnr-cache"
LOCK_NAME = "run.lock"  # in CACHE_DIR: held by the run writing to the folder
# Python's collector runs a youngest-generation pass every 700 new container objects by default; the extractors make
# millions of short-lived Tokens, Spans and tuples, most of which refcounting frees anyway. While a batch is extracted
# it runs every EXTRACT_GC_YOUNG instead (the older generations' settings kept).
EXTRACT_GC_YOUNG = 5000
PIECE_CHARS = 100_000
BATCH_ARTICLES = 16
ROW_TABLES = tuple(cls.table for cls in EXTRACTION_TABLES)

Rows = dict[str, list[dict[str, Any]]]


class RunError(Exception):
    """The run cannot start: a missing model, an unusable output folder."""


# --- one article ---------------------------------------------------------------


def split_text(text: str, *, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Return (offset, piece) parts of at most ``limit`` characters, cut at paragraph, line, sentence or word ends."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            position = window.rfind(separator)
            if position > limit // 4:
                cut = position + len(separator)
                break
        if cut <= 0:
            cut = limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _shift(rows: list[dict[str, Any]], offset: int) -> list[dict[str, Any]]:
    if not offset:
        return rows
    for row in rows:
        for key in ("char_start", "char_end", "cue_start", "cue_end", "content_start", "content_end"):
            if key in row:
                row[key] += offset
    return rows


def _dedupe_key(table: str, row: dict[str, Any]) -> tuple[Any, ...] | None:
    """The key under which two rows of one article are the same thing (GUIDELINES: document-level sets)."""
    if table == "locations":
        return ("country", row["country"]) if row["kind"] == "country" else (row["kind"], row["name"].lower(), row["country"])
    if table == "actors":
        if row["type"] == "state":
            return ("state", row["country"])
        return (row["type"], row["name"].lower(), row["country"]) if row["type"] in {"government", "group"} else (row["name"].lower(),)
    if table == "dates":
        return (row["date_start"], row["date_end"], row["text"].lower() if row["date_start"] is None else "")
    if table == "counts":
        return (row["value"], row["category"], (row["unit"] or "").lower(), row["place"])
    if table == "incidents":
        return (row["origin"], row["tactic"], row["host"])
    return None


def _merge_pieces(parts: list[Rows]) -> Rows:
    merged: Rows = {table: [] for table in ROW_TABLES}
    for table in ROW_TABLES:
        seen: set[tuple[Any, ...]] = set()
        for part in parts:
            for row in part[table]:
                key = _dedupe_key(table, row)
                if key is not None:
                    if key in seen:
                        continue
                    seen.add(key)
                merged[table].append(row)
    return merged


def extract_article(nlp: Any, article: Article) -> Rows:
    """Return the rows of every extraction table for one article (long texts in pieces, offsets exact)."""
    return extract_batch(nlp, [article])[0]


def extract_batch(nlp: Any, articles: Sequence[Article]) -> list[Rows]:
    """Return each article's rows, running the model over their pieces in groups of at most PIECE_CHARS characters.

    Only one group's Docs exist at a time and each Doc is dropped once its rows
    are taken, so memory stays flat however long an article is.
    """
    from pipeline.nlp import make_doc

    limit = min(PIECE_CHARS, nlp.max_length)
    jobs = [(index, offset, piece) for index, article in enumerate(articles) for offset, piece in split_text(article.text, limit=limit)]
    parts: list[list[Rows]] = [[] for _ in articles]
    for group in _groups(jobs, limit=limit):
        docs = nlp.pipe(
            (make_doc(nlp, piece, article_id=articles[i].article_id, published=articles[i].published) for i, _, piece in group),
            batch_size=len(group),
        )
        for (index, offset, _), doc in zip(group, docs):
            parts[index].append(_doc_rows(doc, offset))
            del doc
    return [_merge_pieces(p) if len(p) > 1 else p[0] for p in parts]


def _groups(jobs: list[tuple[int, int, str]], *, limit: int) -> Iterator[list[tuple[int, int, str]]]:
    """Yield runs of jobs of at most BATCH_ARTICLES pieces and ``limit`` characters (at least one piece each)."""
    group: list[tuple[int, int, str]] = []
    chars = 0
    for job in jobs:
        if group and (chars + len(job[2]) > limit or len(group) >= BATCH_ARTICLES):
            yield group
            group, chars = [], 0
        group.append(job)
        chars += len(job[2])
    if group:
        yield group


def _doc_rows(doc: Any, offset: int) -> Rows:
    rows: Rows = {}
    for table in ROW_TABLES:
        rows[table] = _shift([as_dict(row) for row in getattr(doc._, f"tnr_{table}") or []], offset)
    for row in rows["attributions"]:
        if offset:
            row["attribution_id"] = f"{row['article_id']}@{row['cue_start']}"
    for row in rows["counts"]:
        if offset and row["attribution_id"]:
            prefix, _, position = row["attribution_id"].rpartition("@")
            row["attribution_id"] = f"{prefix}@{int(position) + offset}"
    return rows


# --- the cache -----------------------------------------------------------------


def pipeline_fingerprint(model: str) -> str:
    """Return a hash of what decides the output: model name and version, rule files, package version and source."""
    import spacy

    from pipeline import __version__
    from pipeline.resources import rules_hash

    meta = spacy.util.get_package_version(model) or ""
    if not meta and Path(model).is_dir():
        meta = folder_hash(Path(model))  # a model folder is retrained in place: its content is its version
    parts = [model, meta, rules_hash(), __version__, code_hash()]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]


def folder_hash(folder: Path) -> str:
    """Return a sha256 over every file under ``folder`` (names and bytes)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\x00")
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def code_hash() -> str:
    """Return a sha256 over the package's own source, so editing an extractor in a checkout invalidates the cache too."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article) -> str:
    """Return the cache key of an article's text and the metadata extraction reads."""
    payload = json.dumps([article.article_id, article.text, article.published], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class Cache:
    """Per-article results on disk, one JSON file each, written atomically."""

    root: Path

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Rows | None:
        """Return cached rows, or None when missing or damaged (a damaged entry is recomputed)."""
        path = self.path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if _valid_rows(data) else None

    def put(self, key: str, rows: Rows) -> None:
        """Store rows atomically (temporary file, then rename).

        No fsync, unlike the tables: an entry lost or torn by a crash fails to
        parse and is recomputed, and two fsyncs per article cost more than the
        model on short articles.
        """
        path = self.path(key)
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        text = json.dumps(rows, ensure_ascii=False, sort_keys=True)
        try:
            try:
                temp.write_text(text, encoding="utf-8")
            except FileNotFoundError:
                # its folder is made on the first entry that goes there (a mkdir per entry cost more than the write)
                path.parent.mkdir(parents=True, exist_ok=True)
                temp.write_text(text, encoding="utf-8")
            os.replace(temp, path)
        except BaseException:
            temp.unlink(missing_ok=True)  # a full disk must not stay full of half-written entries
            raise

    def has(self, key: str) -> bool:
        return self.get(key) is not None


def _column_types(cls: Any) -> dict[str, tuple[type, ...]]:
    """Return each column's allowed Python types, from the row dataclass's annotations."""
    import dataclasses

    kinds: dict[str, tuple[type, ...]] = {"int": (int,), "float": (int, float), "str": (str,), "bool": (bool,)}
    types = {}
    for spec in dataclasses.fields(cls):
        annotation = str(spec.type)
        allowed = kinds.get(annotation.replace(" | None", "").strip(), (object,))
        types[spec.name] = allowed + ((type(None),) if "None" in annotation else ())
    return types


_COLUMNS = {cls.table: _column_types(cls) for cls in EXTRACTION_TABLES}


def _valid_rows(data: Any) -> bool:
    """Return True when a cache entry has the shape the tables need: each table a list of rows with its exact columns."""
    if not isinstance(data, dict) or set(data) != set(ROW_TABLES):
        return False
    for table, rows in data.items():
        if not isinstance(rows, list):
            return False
        columns = _COLUMNS[table]
        for row in rows:
            if not isinstance(row, dict) or row.keys() != columns.keys():
                return False
            for name, value in row.items():
                if not isinstance(value, columns[name]) or (isinstance(value, bool) and bool not in columns[name]):
                    return False
    return True


# --- workers ---------------------------------------------------------------------

_WORKER_NLP: dict[tuple[str, str], Any] = {}


class PipelineMismatch(RunError):
    """A worker's pipeline (model, rules, code) is not the one the run's cache is keyed by."""


def _worker_nlp(model: str, fingerprint: str) -> Any:
    """Return this process's pipeline for ``fingerprint``, loaded once; refuse a worker whose rules or code differ."""
    key = (model, fingerprint)
    if key not in _WORKER_NLP:
        from pipeline.nlp import load
        from pipeline.resources import load_resources

        _WORKER_NLP.clear()
        load_resources.cache_clear()  # the rule files may have changed since this process last loaded them
        own = pipeline_fingerprint(model)
        if own != fingerprint:
            # a Dask worker with other rule files or another tnr would fill the cache with other results
            raise PipelineMismatch(f"worker pipeline {own} differs from the run's {fingerprint}: install the same tnr, models/ and model everywhere")
        _WORKER_NLP[key] = load(model)
        load_resources()
        # the model and the rules live as long as the process: kept out of every later collection, which otherwise
        # walks their ~160,000 objects each time the extractors' garbage triggers a full one (with the youngest pass
        # spaced as below, a run of 800 bench articles spent 0.12 s in the collector instead of 0.6 s, of 31 s)
        gc.freeze()
    return _WORKER_NLP[key]


@contextmanager
def _young_collections_spaced() -> Iterator[None]:
    """Run the collector's youngest pass every EXTRACT_GC_YOUNG new objects for the block, then as before."""
    previous = gc.get_threshold()
    gc.set_threshold(EXTRACT_GC_YOUNG, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def process_batch(model: str, fingerprint: str, articles: Sequence[Article]) -> list[tuple[str, Rows | None, str | None]]:
    """Return (article_id, rows or None, error) for each article; runs in a worker process or on a Dask worker."""
    nlp = _worker_nlp(model, fingerprint)
    try:
        with _young_collections_spaced():
            results = extract_batch(nlp, articles)
        return [(a.article_id, rows, None) for a, rows in zip(articles, results)]
    except Exception:
        # one bad article must not sink its batch: retry one at a time to find it
        out: list[tuple[str, Rows | None, str | None]] = []
        for article in articles:
            try:
                out.append((article.article_id, extract_batch(nlp, [article])[0], None))
            except Exception as exc:  # noqa: BLE001 - reported per article, the run goes on
                out.append((article.article_id, None, f"{type(exc).__name__}: {exc}".splitlines()[0][:300]))
        return out


def _batches(items: Iterable[Article], *, size: int, max_chars: int = 200_000) -> Iterator[list[Article]]:
    batch: list[Article] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item.text)
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


Results = list[tuple[str, Rows | None, str | None]]
Executor = Callable[[str, str, Iterable[list[Article]]], Iterator[Results]]


def run_serial(model: str, fingerprint: str, batches: Iterable[list[Article]]) -> Iterator[Results]:
    """Process the batches in this process, loading the model at the first batch (a fully cached run never loads it)."""
    for batch in batches:
        yield process_batch(model, fingerprint, batch)


def run_processes(workers: int) -> Executor:
    """Return an executor over ``workers`` processes, each loading the model once; results come back as they finish."""

    def execute(model: str, fingerprint: str, batches: Iterable[list[Article]]) -> Iterator[Results]:
        import multiprocessing
        from concurrent.futures import FIRST_COMPLETED, Future, wait

        # forkserver, not fork: a forked copy of a parent with threads (progress bar, Dask) can deadlock
        context = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
        # Ctrl-C reaches every process of the terminal's group: workers ignore it, the parent stops them
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker) as pool:
            try:
                pending: set[Future[Results]] = set()
                for batch in batches:
                    pending.add(pool.submit(process_batch, model, fingerprint, batch))
                    # a bounded number of batches in flight keeps memory flat; taking whichever finishes
                    # first keeps every worker busy (the order does not matter: tables are written sorted)
                    while len(pending) >= workers * 3:
                        done, pending = wait(pending, return_when=FIRST_COMPLETED)
                        for future in done:
                            yield future.result()
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield future.result()
            except BaseException:
                # Ctrl-C here or in the caller (GeneratorExit): the pool's exit would wait for every batch in flight
                for process in list(getattr(pool, "_processes", {}).values()):
                    process.terminate()
                manager = getattr(pool, "_executor_manager_thread", None)
                pool.shutdown(wait=False, cancel_futures=True)
                if manager is not None:
                    # its workers gone, the pool's manager thread ends at once; joined here, it cannot close its wakeup
                    # pipe while the interpreter's exit writes to it (CPython 3.11 then prints "Bad file descriptor")
                    manager.join(timeout=10)
                raise

    return execute


def _start_worker() -> None:
    """Set up a worker process of the pool: Ctrl-C is the parent's to handle; collector thresholds as the command's."""
    from pipeline.heap import fewer_collections

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    fewer_collections()


def run_dask(scheduler: str | None, workers: int) -> Executor:
    """Return an executor over a Dask cluster: the scheduler given, or a local cluster of ``workers`` processes."""

    def execute(model: str, fingerprint: str, batches: Iterable[list[Article]]) -> Iterator[Results]:
        from distributed import Client, LocalCluster, as_completed

        cluster = None
        logger = logging.getLogger("distributed")
        level = logger.level
        if scheduler:
            client = Client(scheduler)
        else:
            # A local cluster is tnr's own business: its warnings (an event loop slowed by a busy machine, tasks
            # cancelled by Ctrl-C, workers killed on closing) are not the user's, in this process or in the workers
            # (their level is read from the environment as they start), nor are the tracebacks of a worker whose
            # heartbeat meets the closed scheduler while the cluster shuts down (logged as errors): a task's own
            # failure reaches tnr through its future. Worker processes started while SIGINT is ignored keep
            # ignoring it: Ctrl-C stops the client, which stops them.
            logger.setLevel(logging.CRITICAL)
            try:
                with _interrupt_ignored(), _environment(DASK_LOGGING__DISTRIBUTED="critical"):
                    # no dashboard; the scheduler's own HTTP server (health checks) takes a free port, not the
                    # default 8787 another cluster may hold (Dask then warns, in a quiet run too)
                    cluster = LocalCluster(
                        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                        scheduler_kwargs={"dashboard_address": ":0"},
                    )
                client = Client(cluster)
            except BaseException:
                logger.setLevel(level)
                if cluster is not None:
                    cluster.close()
                raise
        try:
            # keep every thread of the cluster (not just --workers) fed, with a bounded number in flight
            slots = sum(int(info.get("nthreads", 1)) for info in client.scheduler_info()["workers"].values())
            limit = max(2, max(slots, workers) * 3)
            running = as_completed()
            in_flight = 0
            for batch in batches:
                running.add(client.submit(process_batch, model, fingerprint, batch, pure=False))
                in_flight += 1
                while in_flight >= limit:
                    yield next(running).result()
                    in_flight -= 1
            for future in running:
                yield future.result()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
            logger.setLevel(level)

    return execute


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    """Set environment variables for the block (for the processes it starts)."""
    previous = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# --- the run ---------------------------------------------------------------------


@dataclass
class RunSummary:
    """What a run did, for the closing summary and the exit code."""

    articles_ok: int = 0
    articles_failed: int = 0
    from_cache: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    skipped: int = 0  # files that are not articles (README, images, other tables, tnr output) or left out by --include/--exclude
    seconds: float = 0.0
    out_dir: Path = Path("outputs")


def _article_row(article: Article, *, status: str = "ok", error: str | None = None) -> dict[str, Any]:
    return as_dict(
        ArticleRow(
            article_id=article.article_id,
            path=article.path,
            title=article.title,
            source=article.source,
            url=article.url,
            published=article.published,
            words=len(article.text.split()),
            sha256=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
            status=status,
            error=error,
        )
    )


def _failed_row(error: ErrorRow) -> dict[str, Any]:
    return as_dict(ArticleRow(error.article_id or "", error.path, None, None, None, None, None, None, "error", error.error))


def run(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    model: str | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    force: bool = False,
    parquet: bool = False,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    select: Selection | None = None,
    stdin: Stdin | None = None,
) -> RunSummary:
    """Run the pipeline over the inputs (and ``stdin``) and write every table to ``out_dir``.

    ``progress(n)`` is called as articles are done; ``on_total(n)``, when given,
    first gets the number of articles (and files) the inputs hold. Only one run
    at a time writes to an output folder (a second one raises
    :class:`RunError`); the tables are replaced as one set.
    """
    from pipeline.heap import collecting_less
    from pipeline.paths import DEFAULT_MODEL

    started = time.perf_counter()
    with collecting_less():  # the command's thresholds, for a library caller too, while the run lasts
        model = model or DEFAULT_MODEL
        _check_model(model)
        missing = [str(path) for path in inputs if not os.path.lexists(path)]
        if missing:
            raise RunError(f"input does not exist: {', '.join(missing)}")
        if select is not None and select.id_base is not None and not select.id_base.is_dir():
            raise RunError(f"--id-base {select.id_base} is not a folder")
        out_dir.mkdir(parents=True, exist_ok=True)
        lock = OutputLock(out_dir, path=out_dir / CACHE_DIR / LOCK_NAME)
        try:
            lock.acquire()
        except TablesBusy as exc:
            raise RunError(str(exc)) from None
        try:
            finish_switch(out_dir, names=_table_files())  # a run killed while switching: its complete set goes in
            remove_temporary_files(out_dir, out_dir / CACHE_DIR, names=_table_files())
            return _run_locked(
                inputs, out_dir, model=model, workers=workers, engine=engine, scheduler=scheduler, force=force,
                parquet=parquet, progress=progress, on_total=on_total, select=select or Selection(), stdin=stdin,
                started=started,
            )
        finally:
            lock.release()


def _run_locked(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    model: str,
    workers: int,
    engine: str,
    scheduler: str | None,
    force: bool,
    parquet: bool,
    progress: Callable[[int], None] | None,
    on_total: Callable[[int], None] | None,
    select: Selection,
    stdin: Stdin | None,
    started: float,
) -> RunSummary:
    from pipeline.ingest import count_articles, read_articles

    select = dataclasses.replace(select, skip=(*select.skip, out_dir))
    if on_total:
        on_total(count_articles(inputs, select=select) + (1 if stdin is not None else 0))

    fingerprint = pipeline_fingerprint(model)
    cache = Cache(out_dir / CACHE_DIR / fingerprint)
    article_rows: dict[str, dict[str, Any]] = {}
    keys: dict[str, str] = {}
    errors: list[dict[str, Any]] = []
    summary = RunSummary(out_dir=out_dir)

    def skipped(path: str, reason: str) -> None:
        summary.skipped += 1

    def todo() -> Iterator[Article]:
        for item in read_articles(inputs, select=select, on_skip=skipped, stdin=stdin):
            if isinstance(item, ErrorRow):
                errors.append(as_dict(item))
                if item.article_id and item.article_id not in article_rows:
                    article_rows[item.article_id] = _failed_row(item)
                elif item.article_id is None and item.stage == "ingest":
                    summary.articles_failed += 1  # a file or record without an id (e.g. a broken .jsonl line)
                if progress:
                    progress(1)
                continue
            for warning in item.warnings:
                errors.append(as_dict(ErrorRow(item.article_id, item.path, "metadata", warning)))
            article_rows[item.article_id] = _article_row(item)
            keys[item.article_id] = key = article_key(item)
            if not force and cache.has(key):
                summary.from_cache += 1
                if progress:
                    progress(1)
                continue
            yield item

    if engine == "dask":
        executor: Executor = run_dask(scheduler, max(1, workers))
    elif workers > 1:
        executor = run_processes(workers)
    else:
        executor = run_serial
    for results in executor(model, fingerprint, _batches(todo(), size=BATCH_ARTICLES)):
        for article_id, rows, error in results:
            if rows is None:
                row = article_rows[article_id]
                row["status"], row["error"] = "error", error
                errors.append(as_dict(ErrorRow(article_id, row["path"], "extract", error or "failed")))
                keys.pop(article_id, None)
            else:
                cache.put(keys[article_id], rows)
            if progress:
                progress(1)
    with _interrupt_deferred():  # Ctrl-C now would leave tables of two runs: finish first
        _write_outputs(out_dir, article_rows, keys, errors, cache, summary, model=model, fingerprint=fingerprint, parquet=parquet)
    summary.articles_ok = sum(1 for r in article_rows.values() if r["status"] == "ok")
    summary.articles_failed += sum(1 for r in article_rows.values() if r["status"] != "ok")
    summary.errors = len(errors)
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _interrupt_ignored() -> Iterator[None]:
    """Ignore SIGINT for the block (in the main thread); processes started in it inherit that."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _interrupt_deferred() -> Iterator[None]:
    """Hold back SIGINT for the block, then raise the KeyboardInterrupt it would have raised."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt("after writing the tables")


def _check_model(model: str) -> None:
    """Refuse, before any work, a model that is not installed or lacks a component tnr needs."""
    import spacy

    from pipeline.nlp import missing_components, missing_message

    if spacy.util.is_package(model):
        meta_path = spacy.util.get_package_path(model) / "meta.json"
    elif Path(model).is_dir():
        meta_path = Path(model) / "meta.json"
    else:
        raise RunError(f"spaCy model {model!r} is not installed (pip install it, or pass --model NAME or a model folder)")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        enabled = [name for name in meta["pipeline"] if name not in meta.get("disabled", [])]
    except (OSError, ValueError, KeyError, TypeError):
        raise RunError(f"{model!r} is not a usable spaCy pipeline: cannot read its {meta_path.name}") from None
    missing = missing_components(enabled)
    if missing:
        raise RunError(missing_message(model, missing))


def _sort_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row.get("char_start", 0), row.get("char_end", 0), row.get("text") or "", json.dumps(row, sort_keys=True, default=str))


def _write_outputs(
    out_dir: Path,
    article_rows: dict[str, dict[str, Any]],
    keys: dict[str, str],
    errors: list[dict[str, Any]],
    cache: Cache,
    summary: RunSummary,
    *,
    model: str,
    fingerprint: str,
    parquet: bool,
) -> None:
    """Write the tables from the cache into a staging folder, article by article in id order, then switch the set."""
    staging = new_staging(out_dir)
    try:
        _write_tables(staging, article_rows, keys, errors, cache, summary)
        descriptor = datapackage()
        for resource in descriptor["resources"]:
            path = staging / resource["path"]
            resource["bytes"] = path.stat().st_size
            resource["hash"] = f"sha256:{file_sha256(path)}"
        info = _run_info(model, fingerprint)
        info["run_id"] = hashlib.sha256(json.dumps(descriptor["resources"], sort_keys=True).encode()).hexdigest()[:16]
        descriptor["tnr"] = info
        (staging / PACKAGE_FILE).write_text(json.dumps(descriptor, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if parquet:
            from pipeline.loader import write_parquet

            write_parquet(staging)
        for path in staging.iterdir():
            os.chmod(path, default_file_mode())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # a failed write (a full disk) leaves nothing behind
        raise
    commit_set(out_dir, staging, names=_table_files(out_dir))


def _table_files(out_dir: Path | None = None) -> list[str]:
    """Return the names of every table file a run may write (``NAME.csv``, ``NAME.parquet``).

    With ``out_dir``, also those of the tables its ``datapackage.json`` lists: an
    earlier tnr's table this version no longer writes is still that run's table.
    """
    from pipeline.records import TABLES

    tables = {cls.table for cls in TABLES}
    if out_dir is not None:
        try:
            resources = json.loads((out_dir / "datapackage.json").read_text(encoding="utf-8"))["resources"]
            tables.update(str(r["name"]) for r in resources if re.fullmatch(r"[a-z_]+", str(r.get("name", ""))))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    return [f"{table}{suffix}" for table in sorted(tables) for suffix in (".csv", ".parquet")]


def _write_tables(
    folder: Path,
    article_rows: dict[str, dict[str, Any]],
    keys: dict[str, str],
    errors: list[dict[str, Any]],
    cache: Cache,
    summary: RunSummary,
) -> None:
    ordered_ids = sorted(article_rows)
    handles: dict[str, Any] = {}
    # incidents wait for every article: their event ids come from grouping them all (pipeline.events)
    streamed = [cls for cls in EXTRACTION_TABLES if cls is not IncidentRow]
    incidents: list[dict[str, Any]] = []
    try:
        for cls in streamed:
            handles[cls.table] = (folder / f"{cls.table}.csv").open("w", encoding="utf-8", newline="")
            handles[cls.table].write(render_csv(column_names(cls), []))
            summary.rows[cls.table] = 0
        for article_id in ordered_ids:
            key = keys.get(article_id)
            if key is None or article_rows[article_id]["status"] != "ok":
                continue
            rows = cache.get(key)
            if rows is None:
                article_rows[article_id]["status"] = "error"
                article_rows[article_id]["error"] = "cached result lost during the run"
                continue
            incidents.extend(sorted(rows[IncidentRow.table], key=_sort_key))
            for cls in streamed:
                table_rows = sorted(rows[cls.table], key=_sort_key)
                text = render_csv(column_names(cls), table_rows)
                handles[cls.table].write(text.split("\n", 1)[1])
                summary.rows[cls.table] += len(table_rows)
    finally:
        for handle in handles.values():
            handle.close()
    _write_events(folder, incidents, {i: article_rows[i].get("published") for i in ordered_ids}, summary)
    ordered_articles = [article_rows[i] for i in ordered_ids]
    (folder / "articles.csv").write_text(render_csv(column_names(ArticleRow), ordered_articles), encoding="utf-8", newline="")
    errors_sorted = sorted(errors, key=lambda e: (e["path"], e["stage"], e["error"]))
    (folder / "errors.csv").write_text(render_csv(column_names(ErrorRow), errors_sorted), encoding="utf-8", newline="")
    summary.rows["articles"] = len(ordered_articles)
    summary.rows["errors"] = len(errors_sorted)


def _write_events(folder: Path, incidents: list[dict[str, Any]], published: dict[str, str | None], summary: RunSummary) -> None:
    """Group the incidents of every article into events; write both tables into the staging folder (recomputed on every run, cached or not)."""
    from pipeline.events import group_events

    grouped, events = group_events(incidents, published)
    (folder / f"{IncidentRow.table}.csv").write_text(render_csv(column_names(IncidentRow), grouped), encoding="utf-8", newline="")
    (folder / f"{EventRow.table}.csv").write_text(render_csv(column_names(EventRow), events), encoding="utf-8", newline="")
    summary.rows[IncidentRow.table] = len(grouped)
    summary.rows[EventRow.table] = len(events)


def _run_info(model: str, fingerprint: str) -> dict[str, Any]:
    import spacy
    import spacy.about

    from pipeline import __version__
    from pipeline.resources import rules_hash

    return {
        "tnr_version": __version__,
        "model": model,
        "model_version": spacy.util.get_package_version(model),
        "spacy_version": spacy.about.__version__,
        "rules_sha256": rules_hash(),
        "pipeline_fingerprint": fingerprint,
    }
