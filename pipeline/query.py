"""SQL over a run's tables with DuckDB: each table a view named after its file.

The views read the CSVs in place (nothing is loaded up front), undo the
spreadsheet escaping of text cells and cast each column to the type
``datapackage.json`` declares, so ``counts.value`` is a number and
``dates.date_start`` a ``DATE``.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from pipeline.loader import LoadError, Resource, read_resources
from pipeline.paths import DEFAULT_OUTPUT
from pipeline.tables import escape_cell

FORMATS = ("table", "csv", "json")
SQL_TYPES = {"integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}
MAX_CELL = 80
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class QueryError(Exception):
    """The query cannot run: a missing folder or bad SQL; the message is one line."""


@dataclass(frozen=True)
class QueryResult:
    """A query's column names and rows."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def view_sql(resource: Resource, header: Sequence[str]) -> str:
    """Return the ``CREATE VIEW`` statement for one table, given its CSV header."""
    declared = {field.name: field for field in resource.fields}
    read_columns = ", ".join(f"{_quote_literal(name)}: 'VARCHAR'" for name in header)
    selected = []
    for name in header:
        column = _quote_identifier(name)
        field = declared.get(name)
        sql_type = SQL_TYPES.get(field.type) if field else None
        if sql_type:
            selected.append(f"CAST({column} AS {sql_type}) AS {column}")
        else:
            # tables.escape_cell put a "'" before text a spreadsheet would read as a formula
            selected.append(f"CASE WHEN starts_with({column}, '''') THEN substr({column}, 2) ELSE {column} END AS {column}")
    source = (
        f"read_csv({_quote_literal(str(resource.path))}, header = true, auto_detect = false, delim = ',',"
        f" quote = '\"', escape = '\"', columns = {{{read_columns}}})"
    )
    return f"CREATE VIEW {_quote_identifier(resource.name)} AS SELECT {', '.join(selected)} FROM {source}"


def connect(out_dir: Path) -> Any:
    """Return an in-memory DuckDB connection with one view per table of the folder.

    Raises :class:`QueryError` when the folder is missing or holds no tables.
    """
    import duckdb

    try:
        resources = read_resources(out_dir)
    except LoadError as exc:
        raise QueryError(str(exc)) from None
    connection = duckdb.connect(":memory:")
    try:
        for resource in resources:
            with resource.path.open(encoding="utf-8", newline="") as handle:
                header = next(csv.reader(handle), [])
            if header:
                connection.execute(view_sql(resource, header))
    except (OSError, UnicodeDecodeError, csv.Error, duckdb.Error) as exc:
        connection.close()
        raise QueryError(f"cannot read the tables in {out_dir}: {_one_line(str(exc))}") from None
    return connection


def run_query(sql: str, *, out_dir: Path) -> QueryResult:
    """Return the result of one SQL query over the folder's tables."""
    import duckdb

    connection = connect(out_dir)
    try:
        cursor = connection.execute(sql)
        if cursor.description is None:
            return QueryResult([], [])
        columns = [str(item[0]) for item in cursor.description]
        return QueryResult(columns, [tuple(row) for row in cursor.fetchall()])
    except duckdb.Error as exc:
        raise QueryError(_one_line(str(exc))) from None
    finally:
        connection.close()


def _one_line(message: str) -> str:
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    return " ".join(lines[:2]) if lines else "query failed"


# --- output ---------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Return a value as JSON can hold it."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _cell_text(value: Any) -> str:
    plain = _plain(value)
    if plain is None:
        return ""
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, (list, dict)):
        return json.dumps(plain, ensure_ascii=False)
    return str(plain)


def format_table(result: QueryResult, *, max_cell: int = MAX_CELL) -> str:
    """Return the result as aligned columns for a terminal, numbers right-aligned, long cells cut, control characters shown as spaces."""
    if not result.columns:
        return "(no result)"

    def shown(value: Any) -> str:
        text = _CONTROL.sub(" ", _cell_text(value))
        return text if len(text) <= max_cell else text[: max_cell - 1] + "…"

    header = [_CONTROL.sub(" ", name) for name in result.columns]
    body = [[shown(value) for value in row] for row in result.rows]
    numeric = [
        all(isinstance(row[i], (int, float, decimal.Decimal)) and not isinstance(row[i], bool) for row in result.rows if row[i] is not None)
        for i in range(len(header))
    ]
    widths = [max([len(header[i])] + [len(line[i]) for line in body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if numeric[i] else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    lines = [line(header), "  ".join("-" * w for w in widths)]
    lines.extend(line(cells) for cells in body)
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines)


def format_csv(result: QueryResult) -> str:
    """Return the result as CSV with a header (empty cells for NULL)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([escape_cell(name) for name in result.columns])  # a header cell is a cell too
    for row in result.rows:
        writer.writerow([_csv_cell(value) for value in row])
    return buffer.getvalue()


def _csv_cell(value: Any) -> str:
    """Return a CSV cell; text a spreadsheet would read as a formula gets a leading "'" (tables.escape_cell)."""
    text = _cell_text(value)
    return escape_cell(text) if isinstance(_plain(value), str) else text


def format_json(result: QueryResult) -> str:
    """Return the result as a JSON list of objects, one per row."""
    records = [{name: _plain(value) for name, value in zip(result.columns, row)} for row in result.rows]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def format_result(result: QueryResult, *, output_format: str) -> str:
    """Return the result in one of :data:`FORMATS`."""
    if output_format == "table":
        return format_table(result) + "\n"
    if output_format == "json":
        return format_json(result)
    return format_csv(result)


# --- the command ------------------------------------------------------------------


@click.command("query")
@click.argument("sql")
@click.option("-o", "--out", "out_dir", default=DEFAULT_OUTPUT, type=click.Path(path_type=Path), show_default=True, help="Output folder of a run.")
@click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default=None,
    help="Result format (default: table on a terminal, csv in a pipe).",
)
def query_command(sql: str, out_dir: Path, output_format: str | None) -> None:
    """Run SQL over the tables of a run; each table is a view named after its file (counts, attributions, ...)."""
    chosen = output_format or ("table" if sys.stdout.isatty() else "csv")
    try:
        result = run_query(sql, out_dir=out_dir)
    except QueryError as exc:
        click.echo(f"tnr query: {exc}", err=True)
        sys.exit(1)
    click.echo(format_result(result, output_format=chosen), nl=False)
