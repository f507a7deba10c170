"""Ingest: walk input folders and turn files into :class:`Article` records.

Reads ``.txt``, ``.md``, ``.html``/``.htm``, ``.json`` (one article) and
``.jsonl`` (one article a line). Metadata comes from, in order: the record
itself, a sidecar ``NAME.meta.json``, a ``metadata.jsonl``/``metadata.csv`` in
the folder, HTML meta tags. Failures are yielded as :class:`ErrorRow` values,
never raised, so one bad file never stops a run.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.records import Article, ErrorRow

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".json", ".jsonl"}
METADATA_FILES = {"metadata.jsonl", "metadata.csv"}
META_FIELDS = ("title", "source", "url", "published")
# Detection is limited to encodings Western news text actually comes in: a
# free guess reads cp1252 French as cp1250 and curly quotes as cp775.
LIKELY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp1250"]
MAX_CONTROL_SHARE = 0.05
SAFE_ID = re.compile(r"^(?!/)(?!.*(?:^|/)\.\.(?:/|$))[^\x00-\x1f\\]+$")


class IngestError(Exception):
    """A file or record that cannot become an article; the message is the reason."""


@dataclass
class _Ids:
    """Article ids seen so far in a run, to report clashes."""

    seen: dict[str, str] = field(default_factory=dict)

    def claim(self, article_id: str, where: str) -> str | None:
        """Return None when the id is new, else where it was first seen."""
        first = self.seen.get(article_id)
        if first is None:
            self.seen[article_id] = where
        return first


def read_articles(inputs: Sequence[Path]) -> Iterator[Article | ErrorRow]:
    """Yield every article (or the error that stopped it) under the inputs, in a stable order."""
    ids = _Ids()
    for root in inputs:
        if not root.exists():
            yield ErrorRow(article_id=None, path=str(root), stage="ingest", error="input does not exist")
            continue
        base = root if root.is_dir() else root.parent
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            rel = path.relative_to(base)
            if any(part.startswith(".") for part in rel.parts) or _is_metadata_file(path):
                continue
            for item in _read_file(path, rel, base):
                if isinstance(item, Article):
                    first = ids.claim(item.article_id, item.path)
                    if first is not None:
                        yield ErrorRow(item.article_id, item.path, "ingest", f"duplicate id, first seen in {first}")
                        continue
                yield item


def _is_metadata_file(path: Path) -> bool:
    return path.name in METADATA_FILES or path.name.endswith(".meta.json")


def _file_id(rel: Path) -> str:
    return rel.with_suffix("").as_posix()


def _read_file(path: Path, rel: Path, base: Path) -> Iterator[Article | ErrorRow]:
    suffix = path.suffix.lower()
    file_id = _file_id(rel)
    shown = str(path)
    if suffix not in ARTICLE_SUFFIXES:
        yield ErrorRow(None, shown, "ingest", f"unsupported file type {suffix or '(none)'}; skipped")
        return
    try:
        data = path.read_bytes()
        if suffix == ".jsonl":
            yield from _read_jsonl(data, shown)
            return
        text, meta, warnings = _read_single(data, suffix)
    except IngestError as exc:
        yield ErrorRow(file_id, shown, "ingest", str(exc))
        return
    except OSError as exc:
        yield ErrorRow(file_id, shown, "ingest", f"cannot read file: {exc.strerror or exc}")
        return
    sources = [meta, *_external_metadata(path, file_id, rel, base, warnings)]
    yield _make_article(file_id, shown, text, sources, warnings)


def _read_single(data: bytes, suffix: str) -> tuple[str, dict[str, Any], list[str]]:
    warnings: list[str] = []
    if suffix in {".html", ".htm"}:
        html = decode_bytes(data, declared=_declared_charset(data))
        text, meta = extract_html(html)
        return text, meta, warnings
    raw = decode_bytes(data)
    if suffix == ".json":
        record = _parse_json(raw, "file")
        text = _record_text(record)
        return text, {k: record.get(k) for k in META_FIELDS}, warnings
    return raw, {}, warnings


def _read_jsonl(data: bytes, shown: str) -> Iterator[Article | ErrorRow]:
    raw = decode_bytes(data)
    for number, line in enumerate(raw.splitlines(), start=1):
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
            shown_id = str(rid) if isinstance(rid, (str, int)) and SAFE_ID.match(str(rid)) else None
            yield ErrorRow(shown_id, where, "ingest", str(exc))
            continue
        yield _make_article(article_id, where, text, [{k: record.get(k) for k in META_FIELDS}], [])


def _record_id(record: Mapping[str, Any], number: int) -> str:
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
        raise IngestError(f"line {number}: record has no usable 'id'")
    article_id = str(value)
    if not SAFE_ID.match(article_id):
        raise IngestError(f"line {number}: unsafe id {article_id!r} (absolute, '..' or control characters)")
    return article_id


def _parse_json(raw: str, where: str) -> dict[str, Any]:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise IngestError(f"{where}: malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
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
    meta = merge_metadata(sources, warnings)
    return Article(article_id=article_id, path=shown, text=text, warnings=tuple(warnings), **meta)


def clean_text(text: str, warnings: list[str]) -> str:
    """Return the text with newlines unified, NUL bytes and a BOM removed."""
    if "\x00" in text:
        warnings.append("NUL bytes removed from text")
        text = text.replace("\x00", "")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def merge_metadata(sources: Sequence[Mapping[str, Any]], warnings: list[str]) -> dict[str, str | None]:
    """Return title/source/url/published, the first usable value of each field winning."""
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
            value = str(value).strip()
            if name == "published":
                normalized = normalize_published(value)
                if normalized is None:
                    warnings.append(f"metadata 'published' {value!r} is not a date; left empty")
                    continue
                value = normalized
            merged[name] = value
            break
    return merged


_PUBLISHED = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$")


def normalize_published(value: str) -> str | None:
    """Return an ISO day (``2022-10-26``) or month (``2022-10``), or None when it is no date."""
    import datetime as dt

    match = _PUBLISHED.match(value.strip())
    if match:
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month), int(day or 1))
        except ValueError:
            return None
        return f"{year}-{month}-{day}" if day else f"{year}-{month}"
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def _external_metadata(
    path: Path, file_id: str, rel: Path, base: Path, warnings: list[str]
) -> list[Mapping[str, Any]]:
    """Return the sidecar's metadata, then the folder table's, each possibly empty."""
    found: list[Mapping[str, Any]] = []
    sidecar = path.with_name(path.stem + ".meta.json")
    if sidecar.exists():
        try:
            record = _parse_json(decode_bytes(sidecar.read_bytes()), sidecar.name)
            found.append(record)
        except (IngestError, OSError) as exc:
            warnings.append(f"sidecar {sidecar.name} ignored: {exc}")
    table = folder_metadata(path.parent)
    local_id = path.stem
    found.append(table.entries.get(file_id) or table.entries.get(local_id) or {})
    warnings.extend(table.problems)
    return found


@dataclass(frozen=True)
class _FolderMetadata:
    entries: Mapping[str, Mapping[str, Any]]
    problems: tuple[str, ...]


_FOLDER_CACHE: dict[Path, _FolderMetadata] = {}


def folder_metadata(folder: Path) -> _FolderMetadata:
    """Return a folder's metadata.jsonl/metadata.csv entries keyed by id (read once per folder)."""
    cached = _FOLDER_CACHE.get(folder)
    if cached is not None:
        return cached
    entries: dict[str, Mapping[str, Any]] = {}
    problems: list[str] = []
    jsonl = folder / "metadata.jsonl"
    if jsonl.exists():
        for number, line in enumerate(decode_bytes(jsonl.read_bytes()).splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = _parse_json(line, f"metadata.jsonl line {number}")
            except IngestError as exc:
                problems.append(str(exc))
                continue
            if "id" in record:
                entries.setdefault(str(record["id"]), record)
    table = folder / "metadata.csv"
    if table.exists():
        try:
            reader = csv.DictReader(decode_bytes(table.read_bytes()).splitlines())
            for row in reader:
                if row.get("id"):
                    entries.setdefault(row["id"], row)
        except csv.Error as exc:
            problems.append(f"metadata.csv: {exc}")
    result = _FolderMetadata(entries, tuple(problems))
    _FOLDER_CACHE[folder] = result
    return result


# --- decoding ---------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode text: BOM, then strict UTF-8, then a declared charset, then likely Western encodings.

    Raises :class:`IngestError` for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(f"invalid {encoding} after its byte-order mark: {exc.reason}") from None
    if _looks_utf16(data):
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, declared)
    _reject_binary(text)
    return text


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    even_nuls = sample[1::2].count(0)
    odd_nuls = sample[0::2].count(0)
    half = len(sample) / 2
    return (even_nuls > 0.4 * half and odd_nuls < 0.05 * half) or (odd_nuls > 0.4 * half and even_nuls < 0.05 * half)


def _decode_legacy(data: bytes, declared: str | None) -> str:
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LIKELY_ENCODINGS).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def _reject_binary(text: str) -> None:
    if not text:
        return
    sample = text[:20000]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
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


def extract_html(html: str) -> tuple[str, dict[str, Any]]:
    """Return the article body of an HTML page and its title/source/url/published meta tags."""
    import trafilatura
    from lxml import html as lxml_html

    if not html.strip():
        raise IngestError("empty HTML page")
    try:
        tree = lxml_html.document_fromstring(html)
    except Exception as exc:  # lxml raises several unrelated types for broken markup
        raise IngestError(f"unreadable HTML: {exc}") from None
    meta = _html_meta(tree)
    body = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    if not body:
        body = _fallback_body(tree)
    if not body or not body.strip():
        raise IngestError("HTML page has no article text")
    return body, meta


def _html_meta(tree: Any) -> dict[str, Any]:
    values: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = (node.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    for node in tree.iter("time"):
        if node.get("itemprop", "").lower() == "datepublished" and node.get("datetime"):
            values.setdefault("datepublished", node.get("datetime"))
    title_node = tree.find(".//title")
    title = values.get("og:title") or values.get("twitter:title")
    if not title and title_node is not None and title_node.text:
        title = title_node.text.strip()
    canonical = next((n.get("href") for n in tree.iter("link") if n.get("rel") == "canonical"), None)
    published = next((values[key] for key in _DATE_META if key in values), None)
    return {
        "title": title,
        "source": values.get("og:site_name") or values.get("application-name"),
        "url": values.get("og:url") or canonical,
        "published": published,
    }


def _fallback_body(tree: Any) -> str:
    for bad in tree.xpath("//script|//style|//nav|//footer|//header|//aside|//form|//noscript"):
        bad.drop_tree()
    blocks = [" ".join(p.text_content().split()) for p in tree.iter("p", "h1", "h2", "h3", "li")]
    return "\n".join(b for b in blocks if b)
