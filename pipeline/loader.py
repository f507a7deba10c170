"""Reading a run's output folder back: typed pandas tables and Parquet copies.

``load_tables(DIR)`` gives each table as a DataFrame with the types
``datapackage.json`` declares: nullable integers and floats, booleans, dates,
pandas categories for enumerated columns, and strings with the CSV's
spreadsheet escaping undone.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.tables import datapackage, unescape_cell

if TYPE_CHECKING:
    import pandas as pd

PARQUET_SUFFIX = ".parquet"


class LoadError(Exception):
    """The output folder cannot be read as tnr tables; the message says why."""


@dataclass(frozen=True)
class Field:
    """One column as the data package declares it."""

    name: str
    type: str
    enum: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Resource:
    """One table of the data package: its name, CSV file and declared columns."""

    name: str
    path: Path
    fields: tuple[Field, ...]


def read_resources(out_dir: Path) -> list[Resource]:
    """Return the folder's tables as its ``datapackage.json`` declares them (the built-in schema when absent).

    Raises :class:`LoadError` when the folder is missing or holds no tnr table.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise LoadError(f"{out_dir} is a file, not an output folder; give the folder that `tnr run -o` wrote")
    if not out_dir.is_dir():
        raise LoadError(f"output folder {out_dir} does not exist (run `tnr run INPUT -o {out_dir}` first)")
    descriptor_path = out_dir / "datapackage.json"
    if descriptor_path.exists():
        try:
            descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise LoadError(f"{descriptor_path} is unreadable: {exc}") from None
    else:
        descriptor = datapackage()
    resources: list[Resource] = []
    for spec in descriptor.get("resources", []):
        path = out_dir / str(spec.get("path", ""))
        if not path.is_file() or path.suffix != ".csv":
            continue
        fields = tuple(
            Field(
                name=str(field["name"]),
                type=str(field.get("type", "string")),
                enum=tuple(field["constraints"]["enum"]) if "enum" in field.get("constraints", {}) else None,
            )
            for field in spec.get("schema", {}).get("fields", [])
        )
        resources.append(Resource(name=str(spec["name"]), path=path, fields=fields))
    if not resources:
        raise LoadError(f"no tnr tables in {out_dir} (run `tnr run INPUT -o {out_dir}` first)")
    return resources


def load_tables(out_dir: str | Path = "outputs", *, tables: tuple[str, ...] | None = None) -> dict[str, pd.DataFrame]:
    """Return ``{table name: DataFrame}`` for every table in the folder (or only ``tables``), typed as declared.

    Integers are ``Int64``, numbers ``Float64``, booleans ``boolean``, dates
    ``datetime64[s]``, enumerated columns categories with every allowed value,
    other text ``string``; empty cells are missing values.
    """
    loaded: dict[str, pd.DataFrame] = {}
    for resource in read_resources(Path(out_dir)):
        if tables is None or resource.name in tables:
            loaded[resource.name] = _read_table(resource)
    return loaded


def _read_table(resource: Resource) -> pd.DataFrame:
    import pandas as pd

    try:
        raw = pd.read_csv(resource.path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        raise LoadError(f"{resource.path} is unreadable: {exc}") from None
    declared = {field.name: field for field in resource.fields}
    columns: dict[str, pd.Series[Any]] = {}
    for name in raw.columns:
        field = declared.get(name, Field(name=name, type="string"))
        try:
            columns[name] = _typed_column(raw[name], field)
        except ValueError as exc:
            raise LoadError(f"{resource.path} column {name!r}: {exc}") from None
    return pd.DataFrame(columns, index=pd.RangeIndex(len(raw)))


def _typed_column(values: pd.Series[Any], field: Field) -> pd.Series[Any]:
    """Return one CSV column (raw strings, "" for empty) as its declared type."""
    import numpy as np
    import pandas as pd

    cells: list[str | None] = [value if value != "" else None for value in values.tolist()]
    if field.type == "integer":
        return pd.Series([None if c is None else int(c) for c in cells], dtype="Int64")
    if field.type == "number":
        return pd.Series([None if c is None else float(c) for c in cells], dtype="Float64")
    if field.type == "boolean":
        return pd.Series([None if c is None else _parse_bool(c) for c in cells], dtype="boolean")
    if field.type == "date":
        # numpy's day unit keeps any year; pandas' default nanoseconds stop at 2262
        days = np.array(["NaT" if c is None else c for c in cells], dtype="datetime64[D]")
        return pd.Series(days.astype("datetime64[s]"))
    text = [None if c is None else unescape_cell(c) for c in cells]
    if field.enum is not None:
        unknown = sorted({c for c in text if c is not None and c not in field.enum})
        if unknown:
            raise ValueError(f"values outside the declared enum: {', '.join(unknown[:5])}")
        return pd.Series(pd.Categorical(text, categories=list(field.enum)))
    return pd.Series(text, dtype="string")


def _parse_bool(cell: str) -> bool:
    lowered = cell.strip().lower()
    if lowered in {"true", "1"}:
        return True
    if lowered in {"false", "0"}:
        return False
    raise ValueError(f"{cell!r} is not a boolean")


def write_parquet(out_dir: Path) -> None:
    """Write every table of the folder as ``NAME.parquet`` beside its CSV, each file atomically.

    Dates become Parquet ``date32``; categories become dictionary columns.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir = Path(out_dir)
    for name, frame in load_tables(out_dir).items():
        table = pa.Table.from_pandas(frame, preserve_index=False)
        for index, arrow_field in enumerate(table.schema):
            if pa.types.is_timestamp(arrow_field.type):
                table = table.set_column(index, arrow_field.name, table.column(index).cast(pa.date32()))
        target = out_dir / f"{name}{PARQUET_SUFFIX}"
        handle, temp = tempfile.mkstemp(dir=out_dir, prefix=f".{target.name}.", suffix=".tmp")
        os.close(handle)
        try:
            pq.write_table(table, temp)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
