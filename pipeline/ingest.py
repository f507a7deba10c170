"""Ingest: walk input folders and turn files into :class:`Article` records.

Reads ``.txt``, ``.md``, ``.html``/``.htm``, ``.json`` (one article) and
``.jsonl`` (one article a line). Failures are yielded as :class:`ErrorRow`
values, never raised, so one bad file never stops a run.

Article ids (DESIGN.md): a file's id is its path relative to the input folder,
without the extension, with ``/`` between folders (``2023/ny_station``); a
``.jsonl`` record's id is its ``id`` field. Ids are unique within a run: the
later of two articles with one id becomes an error (a ``.jsonl`` duplicate
too: the first record wins). Record ids that are absolute, hold ``..``, a
backslash or control characters are refused.

Metadata (``title``, ``source``, ``url``, ``published``) comes from, first
usable value of each field winning:

1. the record itself (a ``.json`` file's or a ``.jsonl`` line's fields);
2. a sidecar ``NAME.meta.json`` beside ``NAME.txt`` (or ``.md``, ``.html``, ...);
3. a folder table, ``metadata.jsonl`` or ``metadata.csv`` (see :func:`folder_metadata`);
4. HTML meta tags (``og:title``, ``article:published_time``, ``<title>``, ...).

``published`` is kept as an ISO day (``2022-10-26``) or month (``2022-10``);
a value that is no date is left empty with a warning, and the article is
processed all the same.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import fnmatch
import functools
import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.records import Article, ErrorRow

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".json", ".jsonl"}
METADATA_FILES = ("metadata.jsonl", "metadata.csv")
META_FIELDS = ("title", "source", "url", "published")
OUTPUT_MARKER = ".tnr-cache"  # run.CACHE_DIR: the per-article cache inside every output folder
PACKAGE_NAME = "tnr-extractions"  # tables.datapackage()'s "name": a folder whose datapackage.json says so is tnr output
# Files researchers keep beside articles that are not articles: skipped quietly (counted as "skipped").
_NOT_ARTICLE_STEMS = {
    "readme", "license", "licence", "copying", "notice", "authors", "contributors", "contributing",
    "changelog", "citation", "code_of_conduct", "thumbs", "desktop",
    "sha1sums", "sha256sums", "sha512sums", "md5sums", "checksums", "datapackage",
}
_NOT_ARTICLE_SUFFIXES = {
    ".csv", ".tsv", ".xlsx", ".xls", ".ods", ".parquet", ".sha1", ".sha256", ".sha512", ".md5", ".sig", ".asc",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".ico", ".heic",
    ".db", ".ini", ".log", ".yml", ".yaml", ".toml", ".cff", ".bib", ".ris",
}
_SPECIAL_ROOTS = ("/proc", "/sys", "/dev")  # never read, even through --follow-symlinks
MAX_NAME_BYTES = 255
MAX_META_CHARS = 2000
MAX_REASON_CHARS = 300
# Detection is limited to encodings Western news text actually comes in: a
# free guess reads cp1252 French as cp1250 and curly quotes as cp775. The
# order breaks ties (charset-normalizer often scores cp1252 and cp1250 alike).
LIKELY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman", "cp1250")
MAX_CONTROL_SHARE = 0.05
SAFE_ID = re.compile(r"^(?!/)(?![A-Za-z]:)(?!.*(?:^|/)\.\.(?:/|$))[^\x00-\x1f\x7f\\]+$")


class IngestError(Exception):
    """A file or record that cannot become an article; the message is the reason."""


@dataclass
class _Run:
    """What one ``read_articles`` call has seen: ids claimed, folder tables read."""

    seen: dict[str, str] = field(default_factory=dict)
    tables: dict[Path, _FolderMetadata] = field(default_factory=dict)
    inside: str | None = None  # the resolved folder files must lie in (None: --follow-symlinks, or a file named as input)

    def claim(self, article_id: str, where: str) -> str | None:
        """Return None when the id is new, else where it was first seen."""
        first = self.seen.get(article_id)
        if first is None:
            self.seen[article_id] = where
        return first


@dataclass(frozen=True)
class Selection:
    """Which files of the input folders a run reads.

    ``include``/``exclude`` are shell globs matched against a file's path under
    its input folder (or its name, for a pattern without ``/``); ``id_base``
    is the folder ids are relative to (default: each input folder);
    ``skip`` lists folders never read (the run's own output folder).
    """

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    follow_symlinks: bool = False
    id_base: Path | None = None
    skip: tuple[Path, ...] = ()

    def wanted(self, rel: str) -> bool:
        name = rel.rsplit("/", 1)[-1]

        def hit(pattern: str) -> bool:
            return fnmatch.fnmatchcase(rel, pattern) or ("/" not in pattern and fnmatch.fnmatchcase(name, pattern))

        if self.include and not any(hit(p) for p in self.include):
            return False
        return not any(hit(p) for p in self.exclude)


SkipHook = Callable[[str, str], None]


STDIN_ID = "stdin"
STDIN_PATH = "<stdin>"


@dataclass(frozen=True)
class Stdin:
    """An article (or JSON Lines feed) read from standard input: its bytes and format (``txt``, ``jsonl`` ...)."""

    data: bytes
    format: str = "txt"


def read_articles(
    inputs: Sequence[Path],
    *,
    select: Selection = Selection(),
    on_skip: SkipHook | None = None,
    stdin: Stdin | None = None,
) -> Iterator[Article | ErrorRow]:
    """Yield every article (or the error that stopped it) under the inputs, in a stable order.

    Files and folders whose names start with ``.`` are ignored, metadata files
    are read as metadata; files that are not articles (README, LICENSE,
    checksums, other tables, images, tnr's own outputs) and files left out by
    ``select`` are passed to ``on_skip(path, reason)``; unsupported types,
    unreadable folders, symbolic links out of the input and special files
    (FIFOs, devices, sockets) are error rows.
    """
    state = _Run()
    if stdin is not None:
        yield from _read_stdin(stdin, state)
    skipped = on_skip or (lambda path, reason: None)
    skip = {os.path.realpath(folder) for folder in select.skip}
    for root in inputs:
        if not os.path.lexists(root):
            yield ErrorRow(None, _shown(root), "ingest", "input does not exist")
            continue
        try:
            walk = _Walk(root, select, skip, skipped)
        except IngestError as exc:
            yield ErrorRow(None, _shown(root), "ingest", _one_line(str(exc)))
            continue
        state.inside = walk.limit if walk.is_dir and not select.follow_symlinks else None
        for path, rel_parts, problem in walk.files():
            if problem is not None:
                yield ErrorRow(None, _shown(path), "ingest", _one_line(problem))
                continue
            rel = Path(*walk.prefix, *rel_parts)
            base = walk.base
            yield from _load_tables(path.parent, base, state)
            for item in _read_file_safely(path, rel, base, state):
                if item.article_id is not None:
                    first = state.claim(item.article_id, item.path)
                    if first is not None:
                        yield ErrorRow(item.article_id, item.path, "ingest", f"duplicate id, first seen in {first}")
                        continue
                yield item


def count_articles(inputs: Sequence[Path], *, select: Selection = Selection()) -> int:
    """Return how many articles and failures ``read_articles`` will yield, about: a file one, a ``.jsonl`` its lines.

    Lists files the way ``read_articles`` does (same selection, same skips) without
    reading them, for a progress bar's total.
    """
    skip = {os.path.realpath(folder) for folder in select.skip}
    total = 0
    for root in inputs:
        if not os.path.lexists(root):
            total += 1
            continue
        try:
            walk = _Walk(root, select, skip, lambda path, reason: None)
        except IngestError:
            total += 1
            continue
        for path, _, problem in walk.files():
            if problem is None and path.suffix.lower() == ".jsonl":
                try:
                    with path.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _read_stdin(stdin: Stdin, state: _Run) -> Iterator[Article | ErrorRow]:
    suffix = "." + stdin.format.lower().lstrip(".")
    warnings: list[str] = []
    try:
        if suffix == ".jsonl":
            items: Iterator[Article | ErrorRow] = _read_jsonl(stdin.data, STDIN_PATH, Path("."), Path("."), state, tables=False)
        else:
            text, record, html_meta = _read_single(stdin.data, suffix, warnings)
            items = iter([_make_article(STDIN_ID, STDIN_PATH, text, [record, html_meta], warnings)])
        for item in items:
            first = state.claim(item.article_id, item.path) if item.article_id is not None else None
            if first is not None:
                yield ErrorRow(item.article_id, item.path, "ingest", f"duplicate id, first seen in {first}")
                continue
            yield item
    except IngestError as exc:
        yield ErrorRow(None if suffix == ".jsonl" else STDIN_ID, STDIN_PATH, "ingest", _one_line(str(exc)))


class _Walk:
    """The files under one input: listed without following links out of it, sorted, classified."""

    def __init__(self, root: Path, select: Selection, skip: set[str], skipped: SkipHook) -> None:
        if select.id_base is not None:
            root = Path(os.path.abspath(root))  # folder tables between the id base and the input apply too
        self.root = root
        self.select = select
        self.skip = skip
        self.skipped = skipped
        self.is_dir = root.is_dir()
        folder = root if self.is_dir else root.parent
        self.real_root = os.path.realpath(folder)
        self.base = folder
        self.limit = self.real_root  # links may point anywhere inside it (the id base, when given)
        self.prefix: tuple[str, ...] = ()
        if select.id_base is not None:
            # ids relative to the id base: the same whether a run starts at the base or a sub-folder
            self.prefix = Path(os.path.relpath(self.real_root, os.path.realpath(select.id_base))).parts
            if self.prefix[:1] == ("..",):
                raise IngestError(f"input {root} is not inside the --id-base folder {select.id_base}")
            self.prefix = tuple(p for p in self.prefix if p != ".")
            self.base = Path(os.path.abspath(select.id_base))
            self.limit = os.path.realpath(select.id_base)

    def inside(self, real: str) -> bool:
        """Return True when a resolved path lies inside the input folder (and not in /proc, /sys, /dev)."""
        return _within(real, self.limit) and not any(_within(real, s) for s in _SPECIAL_ROOTS)

    def files(self) -> Iterator[tuple[Path, tuple[str, ...], str | None]]:
        """Yield (path, parts under the root, problem or None) for each candidate article file."""
        if not self.is_dir:
            problem = self._special(self.root)
            if problem is None and _is_metadata_file(self.root):
                return
            yield self.root, (self.root.name,), problem
            return
        yield from self._folder(self.root)

    def _special(self, path: Path) -> str | None:
        real = os.path.realpath(path)
        if any(_within(real, s) for s in _SPECIAL_ROOTS):
            return f"{real} is a system file, never read; skipped"
        try:
            info = os.stat(path)
        except OSError as exc:
            return f"cannot read file: {exc.strerror or exc}"
        return None if stat.S_ISREG(info.st_mode) else f"not a regular file ({_kind(info.st_mode)}); skipped"

    def _folder(self, top: Path) -> Iterator[tuple[Path, tuple[str, ...], str | None]]:
        """Walk the folder depth first in name order, without recursion (a deeply nested tree is no problem)."""
        stack: list[tuple[Iterator[os.DirEntry[str]], tuple[str, ...], str]] = []
        seen: set[str] = set()  # the folders being walked: a link back to one of them is a loop

        def enter(folder: Path, parts: tuple[str, ...], real: str) -> str | None:
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda e: e.name)
            except OSError as exc:
                return f"cannot list folder: {exc.strerror or exc}; its files were not read"
            stack.append((iter(entries), parts, real))
            seen.add(real)
            return None

        problem = enter(top, (), self.real_root)
        if problem is not None:
            yield top, (), problem
        while stack:
            entries, parts, folder_real = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                seen.discard(folder_real)
                continue
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            rel = (*parts, entry.name)
            try:
                info = os.lstat(path)  # fresh, not the listing's: the file may have been swapped since
                if stat.S_ISLNK(info.st_mode):
                    real = os.path.realpath(path)
                    if not os.path.exists(real):
                        yield path, rel, "broken symbolic link; skipped"
                        continue
                    if any(_within(real, s) for s in _SPECIAL_ROOTS):
                        yield path, rel, f"symbolic link to {real}, a system file that is never read; skipped"
                        continue
                    if not self.select.follow_symlinks and not self.inside(real):
                        yield path, rel, f"symbolic link to {real}, outside the input folder; skipped (--follow-symlinks reads it)"
                        continue
                    info = os.stat(path)
            except OSError as exc:
                yield path, rel, f"cannot read: {exc.strerror or exc}"
                continue
            if stat.S_ISDIR(info.st_mode):
                real = os.path.realpath(path)
                if real in self.skip:
                    self.skipped(_shown(path), "the run's output folder")
                elif real in seen:
                    yield path, rel, "symbolic link to a folder that contains it (a loop); skipped"
                elif _is_output_folder(path):
                    self.skipped(_shown(path), "a tnr output folder")
                else:
                    problem = enter(path, rel, real)
                    if problem is not None:
                        yield path, rel, problem
            elif stat.S_ISREG(info.st_mode):
                if _is_metadata_file(path):
                    continue
                reason = _not_article(path)
                if reason is None and not self.select.wanted("/".join(rel)):
                    reason = "left out by --include/--exclude"
                if reason is not None:
                    self.skipped(_shown(path), reason)
                    continue
                yield path, rel, None
            else:
                yield path, rel, f"not a regular file ({_kind(info.st_mode)}); skipped"


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def _is_output_folder(folder: Path) -> bool:
    """Return True when a folder holds tnr output: a ``.tnr-cache`` or a tnr ``datapackage.json``."""
    if (folder / OUTPUT_MARKER).is_dir():
        return True
    package = folder / "datapackage.json"
    try:
        if not package.is_file() or package.stat().st_size > 10_000_000:
            return False
        return bool(json.loads(package.read_bytes()).get("name") == PACKAGE_NAME)
    except (OSError, ValueError, AttributeError):
        return False


_REPORT_MARKS = (b'<meta name="generator" content="tnr', b"<title>tnr report:")


def _not_article(path: Path) -> str | None:
    """Return why a file beside articles is not one (README, checksums, tables, images, tnr output), or None."""
    name = path.name.lower()
    suffix = path.suffix.lower()
    stem = name.split(".", 1)[0]
    if stem in _NOT_ARTICLE_STEMS:
        return "not an article (a project or checksum file)"
    if suffix in _NOT_ARTICLE_SUFFIXES:
        return f"not an article ({suffix} file)"
    if suffix in {".html", ".htm"}:
        try:
            head = read_regular(path, limit=4096)
        except (OSError, IngestError):
            return None  # reading it again as an article gives the error row
        if any(mark in head for mark in _REPORT_MARKS):
            return "a tnr report"
    return None


MAX_FILE_BYTES = 256 * 1024 * 1024
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def read_regular(path: Path, *, inside: str | None = None, limit: int | None = None) -> bytes:
    """Return a regular file's bytes (at most ``limit``), never blocking on a FIFO or reading a device.

    The file is opened without blocking and the type of what was opened is
    checked, so a FIFO or device swapped in after listing is refused, not read.
    ``inside``: a resolved folder the file (after symbolic links) must lie in.
    Raises :class:`IngestError` with the reason, or OSError.
    """
    real = os.path.realpath(path)
    if any(_within(real, s) for s in _SPECIAL_ROOTS):
        raise IngestError(f"{real} is a system file, never read")
    if inside is not None and not _within(real, inside):
        raise IngestError(f"symbolic link to {real}, outside the input folder; skipped (--follow-symlinks reads it)")
    descriptor = os.open(real, _OPEN_FLAGS | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(f"not a regular file ({_kind(info.st_mode)}); skipped")
        if limit is None and info.st_size > MAX_FILE_BYTES:
            raise IngestError(f"file of {info.st_size // 2**20} MB, more than {MAX_FILE_BYTES // 2**20} MB; skipped")
        chunks = []
        remaining = limit if limit is not None else MAX_FILE_BYTES + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if limit is None and len(data) > MAX_FILE_BYTES:
            raise IngestError(f"file larger than {MAX_FILE_BYTES // 2**20} MB; skipped")
        return data
    finally:
        os.close(descriptor)


def _is_metadata_file(path: Path) -> bool:
    return path.name in METADATA_FILES or path.name.endswith(".meta.json")


def _shown(path: Path) -> str:
    """Return a path as text that can be written as UTF-8 (undecodable file-name bytes become U+FFFD)."""
    return _printable(str(path))


def _printable(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if _SURROGATE.search(text) else text


def _one_line(reason: str) -> str:
    """Return an error reason as one line of at most MAX_REASON_CHARS characters."""
    line = " ".join(_printable(reason).split())
    return line if len(line) <= MAX_REASON_CHARS else line[: MAX_REASON_CHARS - 1] + "…"


def file_id(rel: Path) -> str:
    """Return the article id of a file at ``rel`` under the input folder: ``2023/ny_station``."""
    return _printable(rel.with_suffix("").as_posix())


def _read_file_safely(path: Path, rel: Path, base: Path, state: _Run) -> Iterator[Article | ErrorRow]:
    """Yield the file's articles; an unexpected failure becomes one error row, never an exception."""
    produced = False
    try:
        for item in _read_file(path, rel, base, state):
            produced = True
            yield item
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one bad file never stops a run
        article_id = None if produced or path.suffix.lower() == ".jsonl" else file_id(rel)
        reason = _one_line(f"unexpected error: {type(exc).__name__}: {exc}")
        yield ErrorRow(article_id, _shown(path), "ingest", reason)


def _read_file(path: Path, rel: Path, base: Path, state: _Run) -> Iterator[Article | ErrorRow]:
    suffix = path.suffix.lower()
    article_id = file_id(rel)
    shown = _shown(path)
    if suffix not in ARTICLE_SUFFIXES:
        yield ErrorRow(None, shown, "ingest", _one_line(f"unsupported file type {suffix or '(none)'}; skipped"))
        return
    warnings: list[str] = []
    try:
        data = read_regular(path, inside=state.inside)
        if suffix == ".jsonl":
            yield from _read_jsonl(data, shown, path.parent, base, state)
            return
        text, record, html_meta = _read_single(data, suffix, warnings)
    except IngestError as exc:
        yield ErrorRow(None if suffix == ".jsonl" else article_id, shown, "ingest", _one_line(str(exc)))
        return
    except OSError as exc:
        reason = _one_line(f"cannot read file: {exc.strerror or exc}")
        yield ErrorRow(None if suffix == ".jsonl" else article_id, shown, "ingest", reason)
        return
    sources = [record, _sidecar(path, warnings, state), *_table_entries(path.parent, base, article_id, state), html_meta]
    yield _make_article(article_id, shown, text, sources, warnings)


def read_text(data: bytes, *, suffix: str) -> str:
    """Return the article text of a one-article file's bytes, as a run reads it (before :func:`clean_text`)."""
    return _read_single(data, suffix.lower())[0]


def _read_single(
    data: bytes, suffix: str, warnings: list[str] | None = None
) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """Return (text, record metadata, HTML metadata) of a one-article file."""
    if suffix in {".html", ".htm"}:
        html = decode_bytes(data, declared=_declared_charset(data), warnings=warnings)
        text, meta = extract_html(html, warnings=warnings)
        return text, {}, meta
    raw = decode_bytes(data, warnings=warnings)
    if suffix == ".json":
        record = _parse_json(raw, "file")
        return _record_text(record), _record_meta(record), {}
    return raw, {}, {}


def _read_jsonl(
    data: bytes, shown: str, folder: Path, base: Path, state: _Run, *, tables: bool = True
) -> Iterator[Article | ErrorRow]:
    """Yield one article per line; a bad line is an error row and the others go on."""
    file_warnings: list[str] = []
    raw = decode_bytes(data, warnings=file_warnings)
    for number, line in enumerate(jsonl_lines(raw), start=1):
        if not line.strip():
            continue
        where = f"{shown}:{number}"
        record: dict[str, Any] | None = None
        try:
            record = _parse_json(line, f"line {number}")
            article_id = _record_id(record, number)
            text = _record_text(record)
        except IngestError as exc:
            rid = record.get("id") if record else None
            shown_id = str(rid) if _usable_id(rid) and SAFE_ID.match(str(rid)) else None
            yield ErrorRow(shown_id, where, "ingest", _one_line(str(exc)))
            continue
        warnings = list(file_warnings)
        entries = _table_entries(folder, base, article_id, state, relative_id=article_id) if tables else []
        sources = [_record_meta(record), *entries]
        yield _make_article(article_id, where, text, sources, warnings)


def _usable_id(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, (str, int)) and bool(str(value).strip())


def _record_id(record: Mapping[str, Any], number: int) -> str:
    value = record.get("id")
    if not _usable_id(value):
        raise IngestError(f"line {number}: record has no usable 'id'")
    article_id = str(value)
    if not SAFE_ID.match(article_id):
        raise IngestError(f"line {number}: unsafe id {article_id!r} (absolute, '..', backslash or control characters)")
    return _printable(article_id)


def _record_meta(record: Mapping[str, Any]) -> dict[str, Any]:
    return {name: record.get(name) for name in META_FIELDS}


def _parse_json(raw: str, where: str) -> dict[str, Any]:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise IngestError(f"{where}: malformed JSON ({exc.msg}: line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise IngestError(f"{where}: malformed JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise IngestError(f"{where}: expected a JSON object, got {type(record).__name__}")
    return record


def _record_text(record: Mapping[str, Any]) -> str:
    if "text" not in record:
        raise IngestError("record has no 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise IngestError(f"'text' is {type(text).__name__}, not a string")
    return text


def _make_article(
    article_id: str, shown: str, text: str, sources: Sequence[Mapping[str, Any]], warnings: list[str]
) -> Article | ErrorRow:
    text = clean_text(text, warnings)
    if not text.strip():
        return ErrorRow(article_id, shown, "ingest", "empty article: no text after decoding")
    if not any(ch.isalnum() for ch in text):
        return ErrorRow(article_id, shown, "ingest", "empty article: no letters or digits")
    meta = merge_metadata(sources, warnings)
    return Article(article_id=article_id, path=shown, text=text, warnings=tuple(dict.fromkeys(warnings)), **meta)


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str, warnings: list[str]) -> str:
    """Return the text with newlines unified and NUL bytes, a BOM and lone surrogates removed."""
    if "\x00" in text:
        warnings.append("NUL bytes removed from text")
        text = text.replace("\x00", "")
    if _SURROGATE.search(text):
        # a JSON "\ud800" escape gives a string no UTF-8 writer accepts
        warnings.append("lone surrogate characters replaced by U+FFFD")
        text = _SURROGATE.sub("\ufffd", text)
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_meta_value(value: str) -> str:
    """Return a metadata value on one line: controls dropped, whitespace runs made one space."""
    value = _SURROGATE.sub("\ufffd", _CONTROL.sub("", value.replace("\x00", "")))
    return " ".join(value.split())


def merge_metadata(sources: Sequence[Mapping[str, Any]], warnings: list[str]) -> dict[str, str | None]:
    """Return title/source/url/published, the first usable value of each field winning.

    A value that is not text, or a ``published`` that is no date, is skipped
    with a warning (a later source may still fill the field).
    """
    merged: dict[str, str | None] = {}
    for name in META_FIELDS:
        merged[name] = None
        for source in sources:
            value = source.get(name)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                warnings.append(f"metadata {name!r} is {type(value).__name__}, not text; ignored")
                continue
            value = clean_meta_value(str(value))
            if not value:
                continue
            if len(value) > MAX_META_CHARS:
                warnings.append(f"metadata {name!r} longer than {MAX_META_CHARS} characters; cut")
                value = value[:MAX_META_CHARS]
            if name == "published":
                normalized = normalize_published(value)
                if normalized is None:
                    warnings.append(_one_line(f"metadata 'published' {value[:80]!r} is not a date; left empty"))
                    continue
                value = normalized
            merged[name] = value
            break
    return merged


_PUBLISHED = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def normalize_published(value: str) -> str | None:
    """Return an ISO day (``2022-10-26``) or month (``2022-10``), or None when it is no date.

    ISO forms are read directly; others (``26 October 2022``, ``Oct 2022``,
    RFC 2822) by dateparser's absolute parsers only, so ``yesterday`` (which
    would change with the day of the run) is no date. A four-digit year is required.
    """
    value = value.strip()
    match = _PUBLISHED.match(value) or _COMPACT.match(value)
    if match:
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month), int(day or 1))
        except ValueError:
            return None
        return f"{year}-{month}-{day}" if day else f"{year}-{month}"
    if not _YEAR.search(value) or len(value) > 100:
        return None
    try:
        data = _date_parser().get_date_data(value)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd strings; they mean "no date"
        return None
    if data.date_obj is None:
        return None
    return str(data.date_obj.strftime("%Y-%m" if data.period == "month" else "%Y-%m-%d"))


@functools.cache
def _date_parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["month", "year"]},
    )


# --- metadata files ----------------------------------------------------------


def _sidecar(path: Path, warnings: list[str], state: _Run) -> Mapping[str, Any]:
    """Return the metadata in ``NAME.meta.json`` beside the article, or {}."""
    name = path.stem + ".meta.json"
    if len(os.fsencode(name)) > MAX_NAME_BYTES:
        return {}  # no file can have that name
    sidecar = path.with_name(name)
    if not os.path.lexists(sidecar):
        return {}
    try:
        return _parse_json(decode_bytes(read_regular(sidecar, inside=state.inside)), sidecar.name)
    except (IngestError, OSError) as exc:
        warnings.append(_one_line(f"sidecar {sidecar.name} ignored: {exc}"))
        return {}


@dataclass(frozen=True)
class _FolderMetadata:
    entries: Mapping[str, Mapping[str, Any]]
    problems: tuple[ErrorRow, ...]


def _table_entries(
    folder: Path, base: Path, article_id: str, state: _Run, *, relative_id: str | None = None
) -> list[Mapping[str, Any]]:
    """Return the folder-table entries for an article, nearest folder first.

    A table in folder F applies to the articles under F, keyed by the article's
    full id or by its id relative to F (for a table beside the article: the
    file name without extension). ``relative_id`` fixes the key for records
    whose id does not come from their path (``.jsonl``).
    """
    found: list[Mapping[str, Any]] = []
    for holder in _folders_up_to(folder, base):
        table = _load_folder(holder, state)
        local = relative_id if relative_id is not None else _id_relative_to(article_id, folder, holder)
        entry = table.entries.get(article_id) or table.entries.get(local)
        if entry:
            found.append(entry)
    return found


def _folders_up_to(folder: Path, base: Path) -> list[Path]:
    folders = [folder]
    while folders[-1] != base and base in folders[-1].parents:
        folders.append(folders[-1].parent)
    return folders


def _id_relative_to(article_id: str, folder: Path, holder: Path) -> str:
    depth = len(folder.relative_to(holder).parts) if folder != holder else 0
    parts = article_id.split("/")
    return "/".join(parts[len(parts) - 1 - depth :])


def _load_tables(folder: Path, base: Path, state: _Run) -> Iterator[ErrorRow]:
    """Read the folder tables an article under ``folder`` may use; yield each table's problems once."""
    for holder in _folders_up_to(folder, base):
        if holder not in state.tables:
            yield from _load_folder(holder, state).problems


def _load_folder(folder: Path, state: _Run) -> _FolderMetadata:
    cached = state.tables.get(folder)
    if cached is None:
        cached = state.tables[folder] = folder_metadata(folder, inside=state.inside)
    return cached


def folder_metadata(folder: Path, *, inside: str | None = None) -> _FolderMetadata:
    """Return a folder's ``metadata.jsonl`` and ``metadata.csv`` entries keyed by their ``id``.

    An entry is keyed by the article's full id or by its id relative to the
    folder holding the table (see :func:`_table_entries`); the first entry of an
    id wins, ``metadata.jsonl`` before ``metadata.csv``. Unreadable tables and
    malformed lines are reported as problems (error rows), never raised.
    """
    entries: dict[str, Mapping[str, Any]] = {}
    problems: list[ErrorRow] = []
    for name in METADATA_FILES:
        table = folder / name
        if not os.path.lexists(table):
            continue
        shown = _shown(table)
        try:
            text = decode_bytes(read_regular(table, inside=inside))
            rows = _jsonl_rows(text, shown, problems) if name.endswith(".jsonl") else _csv_rows(text)
        except (IngestError, OSError, csv.Error) as exc:
            problems.append(ErrorRow(None, shown, "metadata", _one_line(f"metadata table ignored: {exc}")))
            continue
        for row in rows:
            key = row.get("id")
            if _usable_id(key):
                entries.setdefault(str(key).strip(), row)
    return _FolderMetadata(entries, tuple(problems))


def _jsonl_rows(text: str, shown: str, problems: list[ErrorRow]) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(jsonl_lines(text), start=1):
        if not line.strip():
            continue
        try:
            rows.append(_parse_json(line, f"line {number}"))
        except IngestError as exc:
            problems.append(ErrorRow(None, f"{shown}:{number}", "metadata", _one_line(str(exc))))
    return rows


def _csv_rows(text: str) -> list[dict[str, Any]]:
    return [dict(row) for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))]


_LINE_END = re.compile(r"\r\n|\r|\n")


def jsonl_lines(text: str) -> list[str]:
    """Return the lines of a JSON Lines text: split at CR and LF only.

    ``str.splitlines`` also splits at U+2028, U+2029, U+0085 and other
    characters that may stand unescaped inside a JSON string.
    """
    lines = _LINE_END.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


# --- decoding ---------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A valid multi-byte UTF-8 sequence; cp1252 text almost never forms one by chance.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_MIXED_HANDLER = "tnr-cp1252-fallback"


def decode_bytes(data: bytes, *, declared: str | None = None, warnings: list[str] | None = None) -> str:
    """Return the text of ``data``: by BOM, then strict UTF-8, then a declared charset, then detection.

    Detection first reads UTF-8 with stray cp1252 bytes (a mixed file; noted in
    ``warnings``), else picks among :data:`LIKELY_ENCODINGS`. Raises
    :class:`IngestError` for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(f"invalid {encoding} after its byte-order mark: {exc.reason}") from None
            _reject_binary(text)
            return text
    order = _utf16_order(data)
    if order is not None:
        other = "utf-16-be" if order == "utf-16-le" else "utf-16-le"
        for encoding in (order, other):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _mostly_unreadable(text):
                continue  # Latin text read in the wrong byte order comes out as CJK or unassigned characters
            _reject_binary(text)
            return text
        raise IngestError("binary data, not text (looks like UTF-16 but decodes to no readable text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, declared, warnings)
    _reject_binary(text)
    return text


def _utf16_order(data: bytes) -> str | None:
    """Return the UTF-16 byte order of BOM-less data whose NUL bytes say so (Latin text), else None.

    Latin text in UTF-16 has a NUL in every other byte: at odd positions for
    little-endian (``A\\0``), at even positions for big-endian (``\\0A``).
    """
    sample = data[:4000]
    if len(sample) < 4:
        return None
    nuls_at_odd = sample[1::2].count(0)
    nuls_at_even = sample[0::2].count(0)
    half = len(sample) / 2
    if nuls_at_odd > 0.4 * half and nuls_at_even < 0.05 * half:
        return "utf-16-le"
    if nuls_at_even > 0.4 * half and nuls_at_odd < 0.05 * half:
        return "utf-16-be"
    return None


def _mostly_unreadable(text: str) -> bool:
    """Return True when most characters lie outside Latin-1 or are controls.

    Only called for bytes with a NUL in every other byte, the mark of UTF-16
    Latin text: decoded in the right order nearly every character is below
    U+0100; in the wrong order they become CJK, other scripts or controls.
    """
    sample = text[:4000]
    if not sample:
        return False
    odd = sum(1 for ch in sample if ord(ch) >= 0x100 or (ord(ch) < 32 and ch not in "\n\r\t\f"))
    return odd > 0.5 * len(sample)


def _decode_legacy(data: bytes, declared: str | None, warnings: list[str] | None) -> str:
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    if _is_mixed(data):
        if warnings is not None:
            warnings.append("mixed encodings: bytes that are not UTF-8 read as cp1252")
        codecs.register_error(_MIXED_HANDLER, _cp1252_fallback)
        return data.decode("utf-8", errors=_MIXED_HANDLER)
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LIKELY_ENCODINGS)))
    if matches:
        # charset-normalizer ranks cp1250 level with cp1252 on French or Spanish
        # news; among near-equal guesses the more likely Western encoding wins.
        least = min(m.chaos for m in matches)
        close = [m for m in matches if m.chaos <= least + 0.01]
        most = max(m.coherence for m in close)
        close = [m for m in close if m.coherence >= most - 0.02]
        # Its results merge encodings that decode alike, so cp1252 may hide
        # behind a cp1250 or mac_roman guess: try the encodings in order.
        texts = {str(m) for m in close}
        for encoding in LIKELY_ENCODINGS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if text in texts:
                return text
        return str(close[0])
    return data.decode("cp1252", errors="replace")


def _is_mixed(data: bytes) -> bool:
    """Return True when bytes that fail as UTF-8 also hold UTF-8 sequences (a file edited in two encodings)."""
    sequences = _UTF8_SEQUENCE.findall(data)
    return any(len(s) > 2 for s in sequences) or len(sequences) >= 2


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


# control characters other than line breaks, tabs and form feeds; C1 controls; the replacement character
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _reject_binary(text: str) -> None:
    if not text:
        return
    sample = text[:20000]
    controls = len(_CONTROLS.findall(sample))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise IngestError("binary data, not text (control characters throughout)")


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


# --- HTML -------------------------------------------------------------------

_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
)
# Page furniture that is never article text, removed before extraction.
_FURNITURE = (
    "//script|//style|//noscript|//template|//nav|//footer|//aside|//form|//iframe"
    "|//*[@role='navigation']|//*[@role='contentinfo']|//*[@aria-hidden='true']"
)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


MAX_BOILERPLATE_HTML = 1_000_000  # characters; above it trafilatura's memory grows far beyond the page's size


def extract_html(html: str, *, warnings: list[str] | None = None) -> tuple[str, dict[str, Any]]:
    """Return the article body of an HTML page and its title/source/url/published meta tags.

    Scripts, styles, navigation, footers and asides are removed; trafilatura
    then picks the main text, with a paragraph-level fallback for pages it
    rejects. Pages over :data:`MAX_BOILERPLATE_HTML` characters skip
    trafilatura (its memory use grows many times the page's size) and take
    the paragraph-level text, with a warning.
    """
    import trafilatura
    from lxml import etree
    from lxml import html as lxml_html

    if not html.strip():
        raise IngestError("empty HTML page")
    # lxml refuses control characters, and an XML declaration inside a str
    html = _XML_DECLARATION.sub("", _CONTROL.sub("", html.replace("\x00", "")), count=1)
    parser = lxml_html.HTMLParser(collect_ids=False)
    try:
        tree: Any = lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(_html_limit(parser) or f"unreadable HTML: {exc}") from None
    meta = _html_meta(tree)
    for bad in tree.xpath(_FURNITURE):
        if bad.getparent() is not None:
            bad.drop_tree()
    body = None
    if len(html) <= MAX_BOILERPLATE_HTML:
        body = trafilatura.extract(
            tree, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
        )
    elif warnings is not None:
        warnings.append(
            f"HTML page of {len(html) // 1000:,} thousand characters: its text taken paragraph by paragraph,"
            " without the boilerplate filter (used up to 1 million)"
        )
    if not body:
        body = _fallback_body(tree)
    limit = _html_limit(parser)
    if not body or not body.strip():
        raise IngestError(limit or "HTML page has no article text")
    if limit and warnings is not None:
        warnings.append(f"{limit}; the text the parser reached is used")
    return body, meta


def _html_limit(parser: Any) -> str | None:
    """Return what stopped the HTML parser early (nesting depth, attribute size), or None."""
    for entry in parser.error_log:
        message = str(entry.message).lower()
        if "depth" in message:
            return "HTML nested too deeply to parse (the text lies below the parser's depth limit)"
        if "limit" in message or "too long" in message or "huge" in message:
            # libxml2 stops at a text or attribute value over 10 MB ("Buffer size limit exceeded")
            return "HTML attribute too large to parse (an attribute or text run of over 10 MB; what follows it is lost)"
    return None


def _html_meta(tree: Any) -> dict[str, Any]:
    values: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = (node.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    for node in tree.iter("time"):
        if (node.get("itemprop") or "").lower() == "datepublished" and node.get("datetime"):
            values.setdefault("datepublished", node.get("datetime"))
    title_node = tree.find(".//title")
    title = values.get("og:title") or values.get("twitter:title")
    if not title and title_node is not None and title_node.text:
        title = title_node.text.strip()
    canonical = next((n.get("href") for n in tree.iter("link") if (n.get("rel") or "").lower() == "canonical"), None)
    published = next((values[key] for key in _DATE_META if key in values), None)
    return {
        "title": title,
        "source": values.get("og:site_name") or values.get("application-name"),
        "url": values.get("og:url") or canonical,
        "published": published,
    }


def _fallback_body(tree: Any) -> str:
    blocks = [" ".join(p.text_content().split()) for p in tree.iter("p", "h1", "h2", "h3", "li")]
    return "\n".join(b for b in blocks if b)
