"""Writing and reading the output tables: CSV, safe for spreadsheets, written atomically."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pipeline.records import ENUMS, TABLES, column_names

# OWASP CSV-injection guidance: a cell starting with one of these is read as a
# formula by spreadsheets; a leading apostrophe makes it text. A cell that
# already starts with an apostrophe gets one more, so unescaping is exact.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "'")


def escape_cell(value: str) -> str:
    """Return the text as a spreadsheet shows it literally."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def unescape_cell(value: str) -> str:
    """Undo :func:`escape_cell`."""
    return value[1:] if value.startswith("'") else value


def format_cell(value: Any) -> str:
    """Return a value as its CSV text: empty for None, lowercase booleans, plain numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    return escape_cell(str(value))


def atomic_write_text(path: Path, text: str) -> None:
    """Write a file so that readers see the old content or the new, never a part.

    The text goes to a hidden temporary file in the same folder, is flushed to
    disk, then renamed over ``path``: a run killed at any moment (even by
    SIGKILL) leaves the previous file or the new one. The file gets the usual
    permissions (``0o666`` less the umask), not ``mkstemp``'s private ``0o600``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, default_file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync(path.parent)


def default_file_mode() -> int:
    """Return the mode a plainly created file gets: ``0o666`` less the process umask."""
    mask = os.umask(0o022)  # the umask can only be read by setting it
    os.umask(mask)
    return 0o666 & ~mask


def _fsync(path: Path) -> None:
    """Flush a file's data, or a folder's entries (a rename), to disk where the platform allows it."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def render_csv(columns: list[str], rows: Iterable[Mapping[str, Any]]) -> str:
    """Return CSV text with a header and one line per row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([format_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def read_csv_rows(path: Path) -> list[dict[str, str | None]]:
    """Return a table's rows as dicts of raw strings (None for empty cells), unescaped."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {key: (unescape_cell(value) if value != "" else None) for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def _field_type(annotation: str) -> str:
    base = annotation.replace(" | None", "").strip()
    return {"int": "integer", "float": "number", "bool": "boolean", "str": "string"}[base]


def datapackage(extra_resources: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """Return the Frictionless data package descriptor for every table."""
    import dataclasses

    resources: list[dict[str, Any]] = []
    for cls in TABLES:
        fields = []
        for field in dataclasses.fields(cls):
            annotation = str(field.type)
            spec: dict[str, Any] = {"name": field.name, "type": _field_type(annotation)}
            if field.name in {"date_start", "date_end"}:
                spec["type"] = "date"
            constraints: dict[str, Any] = {}
            if "None" not in annotation:
                constraints["required"] = True
            if (cls.table, field.name) in ENUMS:
                constraints["enum"] = list(ENUMS[(cls.table, field.name)])
            if constraints:
                spec["constraints"] = constraints
            fields.append(spec)
        schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
        if cls.table == "articles":
            schema["primaryKey"] = ["article_id"]
        elif cls.table == "attributions":
            schema["primaryKey"] = ["attribution_id"]
        elif cls.table in {"incidents", "events"}:
            schema["primaryKey"] = [f"{cls.table[:-1]}_id"]
        if cls.table not in {"articles", "errors", "events"}:
            schema["foreignKeys"] = [
                {"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}}
            ]
        if cls.table in {"counts", "incidents"}:
            schema["foreignKeys"].append(
                {"fields": ["attribution_id"], "reference": {"resource": "attributions", "fields": ["attribution_id"]}}
            )
        if cls.table == "incidents":
            schema["foreignKeys"].append(
                {"fields": ["event_id"], "reference": {"resource": "events", "fields": ["event_id"]}}
            )
        resources.append(
            {
                "name": cls.table,
                "path": f"{cls.table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    resources.extend(dict(extra) for extra in extra_resources)
    return {"profile": "tabular-data-package", "name": "tnr-extractions", "description": DESCRIPTION, "resources": resources}


DESCRIPTION = (
    "Extractions from news reports on transnational repression, one row per mention. Offsets (char_start,"
    " char_end, cue_*, content_*) are Python string offsets into the article text as tnr read it: the"
    " article body for HTML, the 'text' field for JSON, with line ends normalised to a newline (CR LF and"
    " CR count as one character); pipeline.article_text(DIR, ID) returns that text. Each resource's 'hash'"
    " is the sha256 of its file as the run wrote it: readers refuse a table that does not match."
)


# --- the set of tables: one run's, whole ---------------------------------------------
#
# A run writes its new tables into OUT/.tnr-next/ (with datapackage.json, which
# records each file's sha256 and the run's id), then renames that folder to
# OUT/.tnr-switch/: that one rename is the moment the new set replaces the old.
# The files are then moved into OUT one by one and the folder removed. Readers
# take each file from .tnr-switch/ while it exists and from OUT otherwise, so
# they see the old set or the new one, never a mix; a run killed during the
# moves leaves .tnr-switch/, and the next run (or any reader) still sees the
# new set, which the next run finishes moving. Readers check the checksums.

STAGING_DIR = ".tnr-next"
SWITCH_DIR = ".tnr-switch"
PACKAGE_FILE = "datapackage.json"


class TablesBusy(Exception):
    """Another process holds the output folder's lock."""


class OutputLock:
    """An exclusive lock on an output folder, held for a run's lifetime (released by the OS when the process dies)."""

    def __init__(self, out_dir: Path, *, path: Path) -> None:
        self.out_dir = out_dir
        self.path = path  # inside the output folder's hidden cache folder
        self._descriptor: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`TablesBusy` naming the process that holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
        try:
            _lock(descriptor)
        except OSError:
            holder = os.read(descriptor, 100).decode("ascii", "replace").strip()
            os.close(descriptor)
            who = f" (process {holder})" if holder.isdigit() else ""
            raise TablesBusy(
                f"another tnr run{who} is writing to {self.out_dir}; wait for it to finish, or choose another folder with -o"
            ) from None
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, str(os.getpid()).encode("ascii"), 0)
        self._descriptor = descriptor

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing the descriptor drops the lock
            self._descriptor = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def new_staging(out_dir: Path) -> Path:
    """Return an empty staging folder for a run's new tables (a stale one, from a killed run, is removed)."""
    staging = out_dir / STAGING_DIR
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    return staging


def commit_set(out_dir: Path, staging: Path, *, names: Iterable[str]) -> None:
    """Make the staged files the folder's tables: one rename switches the set, then the files are moved in.

    ``names`` are the files tnr may have written in earlier runs (``NAME.csv``,
    ``NAME.parquet``): those the new set lacks are removed, so the folder never
    holds files of two runs. Call under :class:`OutputLock`.
    """
    for path in staging.iterdir():
        _fsync(path)
    _fsync(staging)
    switch = out_dir / SWITCH_DIR
    shutil.rmtree(switch, ignore_errors=True)  # only ever a finished switch's leftovers: finish_switch ran first
    os.rename(staging, switch)
    _fsync(out_dir)
    finish_switch(out_dir, names=names)


def finish_switch(out_dir: Path, *, names: Iterable[str] = ()) -> None:
    """Move a switched set's files into the folder (datapackage.json last) and remove the switch folder."""
    switch = out_dir / SWITCH_DIR
    if not switch.is_dir():
        return
    moving = sorted(p.name for p in switch.iterdir() if p.is_file() and not p.name.startswith("."))
    if PACKAGE_FILE not in moving:
        shutil.rmtree(switch, ignore_errors=True)  # not a complete set: never became the tables
        return
    for name in set(names) - set(moving):
        (out_dir / name).unlink(missing_ok=True)
    for name in sorted(moving, key=lambda n: n == PACKAGE_FILE):
        os.replace(switch / name, out_dir / name)
    _fsync(out_dir)
    shutil.rmtree(switch, ignore_errors=True)


def table_path(out_dir: Path, name: str) -> Path:
    """Return where a reader finds the current set's file ``name``: in a switch under way, else in the folder."""
    switched = out_dir / SWITCH_DIR / name
    return switched if switched.is_file() else out_dir / name


def remove_temporary_files(out_dir: Path, cache_dir: Path | None = None, *, names: Iterable[str] = ()) -> int:
    """Remove what killed or failed writers left: ``.NAME.*.tmp`` files of the tables ``names`` and of the cache, a stale staging folder.

    Call under :class:`OutputLock`. Returns how many were removed.
    """
    removed = 0
    folders = [out_dir]
    if cache_dir is not None and cache_dir.is_dir():
        folders += [p for p in cache_dir.rglob("*") if p.is_dir()]
    # in the output folder only the temporary files of tables: a `tnr report` may be writing its own
    ours = tuple(f".{name}." for name in (*names, PACKAGE_FILE))
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not (entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.is_file(follow_symlinks=False)):
                continue
            if folder == out_dir and not entry.name.startswith(ours):
                continue
            Path(entry.path).unlink(missing_ok=True)
            removed += 1
    staging = out_dir / STAGING_DIR
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)
        removed += 1
    return removed


