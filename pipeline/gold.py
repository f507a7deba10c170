"""Reading and validating the hand-labelled gold set (GUIDELINES.md, "File format").

A gold file is JSON Lines, one object per article with five lists of items,
and optionally a sixth, ``incidents`` (scored only on records that have it).
``read_gold`` turns files into :class:`GoldRecord` objects and rejects what it
cannot read (malformed JSON, a missing ``article_id``, an id labelled twice);
``validate_gold`` lists every labelling problem it can see against the article
texts, one readable line each, so an annotator can fix them all in one pass.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from pipeline.records import ENUMS

FIELDS: tuple[str, ...] = ("locations", "counts", "actors", "dates", "attributions")
# Fields a record may leave out; a record that has the key is scored on it.
OPTIONAL_FIELDS: tuple[str, ...] = ("incidents",)
ALL_FIELDS: tuple[str, ...] = (*FIELDS, *OPTIONAL_FIELDS)

# Keys every item of a field must carry, and which of them may be null.
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "locations": ("text", "name", "kind", "country"),
    "counts": ("text", "value", "qualifier", "unit", "category", "place", "country", "currency"),
    "actors": ("text", "name", "type", "country"),
    "dates": ("text", "date_start", "date_end"),
    "attributions": ("source", "cue", "stance", "content", "quote"),
    "incidents": ("text", "origin", "host", "tactic", "targets", "year", "event"),
}
# Attributions carry no `text` in the seed gold; one may be given, and is then checked.
OPTIONAL_KEYS: dict[str, tuple[str, ...]] = {field_name: () for field_name in ALL_FIELDS} | {"attributions": ("text",)}
NULLABLE_KEYS: dict[str, frozenset[str]] = {
    "locations": frozenset({"country"}),
    "counts": frozenset({"unit", "place", "country", "currency"}),
    "actors": frozenset({"country"}),
    "dates": frozenset({"date_start", "date_end"}),
    "attributions": frozenset(),
    "incidents": frozenset({"host", "year", "event"}),
}
# Keys whose values are not strings, checked on their own: counts.value, incidents.targets and .year.
NON_STRING_KEYS: frozenset[str] = frozenset({"value", "targets", "year"})
COUNTRY_KEYS: tuple[str, ...] = ("country", "origin", "host")
ENUM_KEYS: dict[tuple[str, str], tuple[str, ...]] = {key: values for key, values in ENUMS.items() if key[0] in ALL_FIELDS}
RECORD_KEYS: frozenset[str] = frozenset({"article_id", *ALL_FIELDS})

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Gold `content` is written "without the quote marks" (GUIDELINES.md), so it is
# looked up in the article with quote marks dropped and white space folded.
# The real-text set's gold carries no sentence of its third-party articles
# (corpus/real/README.md): spans of at most this many words, attribution
# content as its sorted lowercase word tokens. Splits named real-* follow it.
SHORT_SPAN_WORDS = 8
REAL_SPLIT_PREFIX = "real"
WORD = re.compile(r"[^\W_]+")
QUOTE_MARKS = re.compile("[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]")
WHITE_SPACE = re.compile(r"\s+")


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class GoldRecord:
    """One article's labels, as read from a gold file.

    ``split`` is the name of the folder under the gold path that holds the file
    (``dev``, ``test``), or None; ``path`` and ``line`` locate the record.
    ``keys`` are the record's top-level keys as written, for validation.
    ``incidents`` is None when the record has no ``incidents`` key (not labelled).
    """

    article_id: str
    split: str | None
    path: str
    line: int
    locations: list[dict[str, Any]] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    attributions: list[dict[str, Any]] = field(default_factory=list)
    keys: tuple[str, ...] = ()
    incidents: list[dict[str, Any]] | None = None

    def items(self, field_name: str) -> list[dict[str, Any]]:
        """Return the record's items for one of ALL_FIELDS (an unlabelled optional field gives [])."""
        if field_name not in ALL_FIELDS:
            raise KeyError(field_name)
        items: list[dict[str, Any]] | None = getattr(self, field_name)
        return items if items is not None else []

    def has(self, field_name: str) -> bool:
        """Return whether the record labels a field (the five always; ``incidents`` when its key is there)."""
        return field_name in FIELDS or (field_name in ALL_FIELDS and getattr(self, field_name) is not None)

    @property
    def where(self) -> str:
        """Return ``file:line``, the record's location."""
        return f"{self.path}:{self.line}"


def gold_files(path: Path) -> list[Path]:
    """Return the .jsonl files PATH names: itself, or every one under it, sorted."""
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*.jsonl") if p.is_file())
    raise GoldError(f"{path}: no such gold file or folder")


def holds_gold(path: Path) -> bool:
    """Return whether PATH holds gold records and nothing else: a .jsonl file, or a folder of them, whose records
    have an article_id and extraction fields but no text (articles as records have a text; .txt articles are no .jsonl)."""
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")) if path.is_dir() else []
    return bool(files) and all(file.suffix == ".jsonl" and _first_record_is_gold(file) for file in files)


def _first_record_is_gold(file: Path) -> bool:
    with file.open(encoding="utf-8-sig", errors="replace") as lines:
        first = next((line for line in lines if line.strip()), "")
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and "article_id" in record and "text" not in record and any(name in record for name in FIELDS)


def _split_of(file: Path, root: Path) -> str | None:
    """Return the name of the folder holding a gold file under the gold root ("dev", "real-test"), or None."""
    if root.is_file() or file.parent == root:
        return None
    return file.parent.name


def _parse_record(obj: Any, *, where: str, split: str | None, path: str, line: int) -> GoldRecord:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: a gold record must be a JSON object, got {type(obj).__name__}")
    article_id = obj.get("article_id")
    if not isinstance(article_id, str) or not article_id:
        raise GoldError(f"{where}: missing or empty article_id")
    lists: dict[str, list[dict[str, Any]]] = {}
    for field_name in ALL_FIELDS:
        if field_name in OPTIONAL_FIELDS and field_name not in obj:
            continue
        value = obj.get(field_name, [])
        if not isinstance(value, list):
            raise GoldError(f"{where} {article_id} {field_name}: must be a list, got {type(value).__name__}")
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise GoldError(f"{where} {article_id} {field_name}[{index}]: must be an object, got {type(item).__name__}")
        lists[field_name] = value
    return GoldRecord(
        article_id=article_id,
        split=split,
        path=path,
        line=line,
        locations=lists["locations"],
        counts=lists["counts"],
        actors=lists["actors"],
        dates=lists["dates"],
        attributions=lists["attributions"],
        keys=tuple(obj),
        incidents=lists.get("incidents"),
    )


def read_gold(path: Path) -> list[GoldRecord]:
    """Return the gold records of a .jsonl file or of every .jsonl file under a folder.

    Raises GoldError (with file and line) on malformed JSON, a record that is not
    an object or has no article_id, a field that is not a list of objects, and an
    article_id labelled twice anywhere in the set. Blank lines are skipped.
    """
    records: list[GoldRecord] = []
    seen: dict[str, str] = {}
    for file in gold_files(path):
        split = _split_of(file, path)
        text = file.read_text(encoding="utf-8-sig")
        # CR and LF only: str.splitlines also splits at U+2028 and the like, valid inside JSON strings
        for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
            if not line.strip():
                continue
            where = f"{file}:{number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldError(f"{where}: malformed JSON: {error.msg} (column {error.colno})") from None
            record = _parse_record(obj, where=where, split=split, path=str(file), line=number)
            if record.article_id in seen:
                raise GoldError(f"{where}: article_id {record.article_id!r} is already labelled at {seen[record.article_id]}")
            seen[record.article_id] = where
            records.append(record)
    return records


def _fold(text: str, *, drop_quotes: bool) -> str:
    if drop_quotes:
        text = QUOTE_MARKS.sub("", text)
    return WHITE_SPACE.sub(" ", text).strip()


class _ArticleText:
    """An article text with its folded forms, computed once, for substring checks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: dict[bool, str] = {}
        self._words: frozenset[str] | None = None

    def has_words(self, words: Iterable[str]) -> bool:
        """Return whether every word occurs in the text (case-insensitively)."""
        if self._words is None:
            self._words = frozenset(WORD.findall(self.text.lower()))
        return all(word in self._words for word in words)

    def contains(self, needle: str, *, drop_quotes: bool = False) -> bool:
        if needle in self.text:
            return True
        if drop_quotes not in self._folded:
            self._folded[drop_quotes] = _fold(self.text, drop_quotes=drop_quotes)
        folded = _fold(needle, drop_quotes=drop_quotes)
        return bool(folded) and folded in self._folded[drop_quotes]


def _is_country(code: Any) -> bool:
    return (
        isinstance(code, str)
        and len(code) == 3
        and code.isupper()
        and pycountry.countries.get(alpha_3=code) is not None
    )


def _is_currency(code: Any) -> bool:
    return (
        isinstance(code, str)
        and len(code) == 3
        and code.isupper()
        and pycountry.currencies.get(alpha_3=code) is not None
    )


def _parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _norm(value: Any) -> str:
    return WHITE_SPACE.sub(" ", str(value)).strip().casefold() if value is not None else ""


def _identity(field_name: str, item: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return what makes an item one distinct thing, for the duplicate check.

    Locations, actors and dates use the evaluator's keys; counts add unit, place and text
    ("two in London" and "two in Rome" are two counts); attributions use the whole claim.
    """
    if field_name == "locations":
        if item.get("kind") == "country":
            return ("country", item.get("country"))
        return (item.get("kind"), item.get("country"), _norm(item.get("name")))
    if field_name == "actors":
        kind = item.get("type")
        if kind == "state":
            return ("state", item.get("country"))
        if kind in ("government", "group"):
            return (kind, _norm(item.get("name")), item.get("country"))
        return ("named", _norm(item.get("name")))
    if field_name == "dates":
        if item.get("date_start") is None and item.get("date_end") is None:
            return ("text", _norm(item.get("text")))
        return (item.get("date_start"), item.get("date_end"))
    if field_name == "counts":
        value = item.get("value")
        number = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
        # the same number of the same things can be two counts ("Uzbekistan, 47" and "Iran, 47"): text tells them apart
        return (number, item.get("category"), _norm(item.get("unit")), _norm(item.get("place")), _norm(item.get("text")))
    if field_name == "incidents":
        return ("incident", item.get("origin"), item.get("tactic"), item.get("host"))
    return (
        _norm(item.get("source")),
        item.get("stance"),
        _norm(item.get("cue")),
        _norm(_fold(str(item.get("content", "")), drop_quotes=True)),
    )


def is_sorted_tokens(content: str) -> bool:
    """Return whether a content is written as its sorted lowercase word tokens ("54 china runs stations")."""
    words = WORD.findall(content.lower())
    return bool(words) and content == " ".join(sorted(words))


def _short_form_problems(field_name: str, item: Mapping[str, Any]) -> Iterable[str]:
    """Yield what breaks the real-text set's no-sentence rule in one item."""
    text = item.get("text")
    if isinstance(text, str) and len(text.split()) > SHORT_SPAN_WORDS:
        yield f"text has {len(text.split())} words; the real-text set allows {SHORT_SPAN_WORDS}"
    content = item.get("content")
    if field_name == "attributions" and isinstance(content, str) and not is_sorted_tokens(content):
        yield "content must be its sorted lowercase word tokens in the real-text set"


def _item_problems(
    field_name: str, item: Mapping[str, Any], *, article: _ArticleText | None, actor_names: set[str]
) -> Iterable[str]:
    required = REQUIRED_KEYS[field_name]
    allowed = set(required) | set(OPTIONAL_KEYS[field_name])
    for key in required:
        if key not in item:
            yield f"missing key {key!r}"
    for key in item:
        if key not in allowed:
            yield f"unknown key {key!r}"
    for key, value in item.items():
        if key not in allowed or key in NON_STRING_KEYS:
            continue
        if value is None:
            if key not in NULLABLE_KEYS[field_name]:
                yield f"{key} is null"
        elif not isinstance(value, str):
            yield f"{key} must be a string, got {type(value).__name__}"
        elif not value.strip():
            yield f"{key} is empty"
        elif value != value.strip():
            yield f"{key} {value!r} has leading or trailing white space"

    for (enum_field, key), allowed_values in ENUM_KEYS.items():
        if enum_field == field_name and isinstance(item.get(key), str) and item[key] not in allowed_values:
            yield f"{key} {item[key]!r} is not one of {', '.join(allowed_values)}"

    for key in COUNTRY_KEYS:
        if key in item and item[key] is not None and not _is_country(item[key]):
            yield f"{key} {item[key]!r} is not an ISO 3166-1 alpha-3 code"

    if article is not None:
        for key in ("text", "cue"):
            value = item.get(key)
            if isinstance(value, str) and value.strip() and not article.contains(value):
                yield f"{key} {value!r} not found in the article text"
        content = item.get("content")
        if (
            field_name == "attributions"
            and isinstance(content, str)
            and content.strip()
            and not article.contains(content, drop_quotes=True)
            and not (is_sorted_tokens(content) and article.has_words(content.split()))
        ):
            yield f"content {content!r} not found in the article text"

    if field_name == "locations" and item.get("kind") == "country" and item.get("country") is None:
        yield "a country location needs its country code"
    if field_name == "actors" and item.get("type") == "state" and item.get("country") is None:
        yield "a state actor needs its country code"

    if field_name == "counts":
        value = item.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            yield f"value {value!r} is not a number"
        elif value < 0:
            yield f"value {value!r} is negative"
        currency = item.get("currency")
        if currency is not None:
            if not _is_currency(currency):
                yield f"currency {currency!r} is not an ISO 4217 code"
            if item.get("category") != "money":
                yield f"currency {currency!r} given for category {item.get('category')!r} (money only)"
        if item.get("country") is not None and item.get("place") is None:
            yield "country given without a place"

    if field_name == "dates":
        start_raw, end_raw = item.get("date_start"), item.get("date_end")
        if (start_raw is None) != (end_raw is None):
            yield "date_start and date_end must both be null or both be set"
        start, end = _parse_date(start_raw), _parse_date(end_raw)
        for key, raw, parsed in (("date_start", start_raw, start), ("date_end", end_raw, end)):
            if raw is not None and parsed is None:
                yield f"{key} {raw!r} is not an ISO date YYYY-MM-DD"
        if start is not None and end is not None and start > end:
            yield f"date_start {start_raw} is after date_end {end_raw}"

    if field_name == "incidents":
        targets = item.get("targets")
        if "targets" in item and (not isinstance(targets, list) or not all(isinstance(t, str) and t.strip() for t in targets)):
            yield f"targets {targets!r} must be a list of names"
        year = item.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100):
            yield f"year {year!r} is not a year"

    if field_name == "attributions":
        source = item.get("source")
        if isinstance(source, str) and source not in actor_names:
            yield f"source {source!r} is not the name of an actor in this record"


def validate_gold(
    records: Sequence[GoldRecord], texts: Mapping[str, str], *, uncollected: frozenset[str] = frozenset()
) -> list[str]:
    """Return every problem in the records, one line each: ``file:line article_id field[i]: problem``.

    ``texts`` maps article ids to article texts; items' ``text``, ``cue`` and
    ``content`` must occur in them (exactly, or after folding white space; content
    also with quote marks dropped, or as sorted word tokens). Records of
    ``uncollected`` articles (real-text reports whose texts are not on this
    machine) are checked without their text. Records of ``real-*`` splits
    must keep the no-sentence rule. An empty list means the gold is clean.
    """
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    for record in records:
        prefix = f"{record.where} {record.article_id}"
        if record.article_id in seen_ids:
            problems.append(f"{prefix}: article_id already labelled at {seen_ids[record.article_id]}")
        seen_ids.setdefault(record.article_id, record.where)
        text = texts.get(record.article_id)
        if text is None and record.article_id not in uncollected:
            problems.append(f"{prefix}: unknown article id (no such article)")
        # a real gold file checked on its own has no split under the gold path: its folder still tells
        short_form = (record.split or Path(record.path).parent.name).startswith(REAL_SPLIT_PREFIX)
        article = _ArticleText(text) if text is not None else None
        for key in record.keys:
            if key not in RECORD_KEYS:
                problems.append(f"{prefix}: unknown key {key!r}")
        if record.keys:
            for field_name in FIELDS:
                if field_name not in record.keys:
                    problems.append(f"{prefix} {field_name}: missing (write [] for none)")
        actor_names = {actor["name"] for actor in record.actors if isinstance(actor.get("name"), str)}
        for field_name in ALL_FIELDS:
            identities: dict[tuple[Any, ...], int] = {}
            for index, item in enumerate(record.items(field_name)):
                label = f"{prefix} {field_name}[{index}]"
                for problem in _item_problems(field_name, item, article=article, actor_names=actor_names):
                    problems.append(f"{label}: {problem}")
                if short_form:
                    problems.extend(f"{label}: {problem}" for problem in _short_form_problems(field_name, item))
                try:
                    identity = _identity(field_name, item)
                    hash(identity)
                except (TypeError, ValueError):
                    continue
                if identity in identities:
                    problems.append(f"{label}: duplicate of {field_name}[{identities[identity]}]")
                else:
                    identities[identity] = index
    return problems


def real_source_ids(folder: Path) -> frozenset[str]:
    """Return the ids of the real-text set's reports listed in ``folder``'s sources*.jsonl files."""
    ids: set[str] = set()
    for path in sorted(folder.glob("sources*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(str(json.loads(line)["id"]))
    return frozenset(ids)


def check_gold(gold_path: Path, articles: Sequence[Path], *, uncollected: frozenset[str] = frozenset()) -> list[str]:
    """Read the gold and the articles (through ingest) and return every problem, one line each.

    A gold file that cannot be read gives its one error line; an article that
    ingest could not read and that has a gold record gives an ``ingest`` line.
    Articles in ``uncollected`` may be absent (see ``validate_gold``).
    """
    from pipeline.ingest import read_articles  # ingest is heavy; only this edge needs it
    from pipeline.records import Article, ErrorRow

    try:
        records = read_gold(gold_path)
    except GoldError as error:
        return [str(error)]
    gold_ids = {record.article_id for record in records}
    texts: dict[str, str] = {}
    problems: list[str] = []
    for item in read_articles(list(articles)):
        if isinstance(item, Article):
            texts[item.article_id] = item.text
        elif isinstance(item, ErrorRow) and item.article_id in gold_ids:
            problems.append(f"{item.path} {item.article_id}: ingest error ({item.stage}): {item.error}")
    return problems + validate_gold(records, texts, uncollected=uncollected - texts.keys())
