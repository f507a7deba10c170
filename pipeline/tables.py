"""Writing and reading the output tables: CSV, safe for spreadsheets, written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
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
    _fsync_folder(path.parent)


def default_file_mode() -> int:
    """Return the mode a plainly created file gets: ``0o666`` less the process umask."""
    mask = os.umask(0o022)  # the umask can only be read by setting it
    os.umask(mask)
    return 0o666 & ~mask


def _fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to disk where the platform allows it."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
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
    return {"profile": "tabular-data-package", "name": "tnr-extractions", "resources": resources}
