"""One frozen dataclass per output table: the dataclass is the schema.

CSV headers, ``datapackage.json`` and the readers all derive from these
classes, so a column is added in exactly one place.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

LOCATION_KINDS = ("country", "city", "region", "site")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about")
COUNT_CATEGORIES = ("facility", "person", "country", "incident", "organization", "money", "other")
ACTOR_TYPES = ("state", "government", "person", "ngo", "media", "international_org", "group", "organization")
STANCES = ("assert", "deny")
QUOTE_KINDS = ("direct", "indirect", "mixed")
STATUSES = ("ok", "error")
# GUIDELINES.md incidents: Freedom House's categories, with legal pressure and surveillance split out.
TACTICS = (
    "assassination",
    "assault",
    "rendition",
    "detention",
    "unlawful_deportation",
    "intimidation",
    "coercion_by_proxy",
    "surveillance",
    "digital_attack",
    "mobility_controls",
    "legal_pressure",
)
TARGET_SEPARATOR = "; "


@dataclass(frozen=True)
class Article:
    """One input article as ingest produced it; not a table row."""

    article_id: str
    path: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleRow:
    table: ClassVar[str] = "articles"
    article_id: str
    path: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    words: int | None
    sha256: str | None
    status: str
    error: str | None


@dataclass(frozen=True)
class LocationRow:
    table: ClassVar[str] = "locations"
    article_id: str
    char_start: int
    char_end: int
    text: str
    name: str
    kind: str
    country: str | None
    country_name: str | None


@dataclass(frozen=True)
class CountRow:
    table: ClassVar[str] = "counts"
    article_id: str
    char_start: int
    char_end: int
    text: str
    value: float
    qualifier: str
    unit: str | None
    category: str
    place: str | None
    country: str | None
    currency: str | None
    attribution_id: str | None


@dataclass(frozen=True)
class ActorRow:
    table: ClassVar[str] = "actors"
    article_id: str
    char_start: int
    char_end: int
    text: str
    name: str
    type: str
    country: str | None


@dataclass(frozen=True)
class DateRow:
    table: ClassVar[str] = "dates"
    article_id: str
    char_start: int
    char_end: int
    text: str
    date_start: str | None
    date_end: str | None
    relative: bool
    anchor: str | None


@dataclass(frozen=True)
class AttributionRow:
    """An attribution; its span covers source, cue and content together."""

    table: ClassVar[str] = "attributions"
    article_id: str
    char_start: int
    char_end: int
    text: str
    attribution_id: str
    source_text: str | None
    source: str | None
    source_type: str | None  # the speaker as an actor: its type and state (ISO alpha-3)
    source_country: str | None
    cue: str
    stance: str
    content: str
    quote: str
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int


@dataclass(frozen=True)
class IncidentRow:
    """An act of transnational repression one article reports: one per (article, origin, tactic, host).

    ``targets`` are canonical names joined by ``TARGET_SEPARATOR``; ``event_id``
    is set when the run groups incidents across articles (None inside one article).
    """

    table: ClassVar[str] = "incidents"
    article_id: str
    char_start: int
    char_end: int
    text: str
    incident_id: str
    origin: str
    host: str | None
    tactic: str
    targets: str | None
    year: int | None
    attribution_id: str | None
    event_id: str | None


@dataclass(frozen=True)
class EventRow:
    """A real-world act: incidents of different articles with the same origin, tactic, host and targets."""

    table: ClassVar[str] = "events"
    event_id: str
    origin: str
    host: str | None
    tactic: str
    targets: str | None
    year_min: int | None
    year_max: int | None
    articles: int
    first_published: str | None
    last_published: str | None
    article_ids: str


@dataclass(frozen=True)
class ErrorRow:
    table: ClassVar[str] = "errors"
    article_id: str | None
    path: str
    stage: str
    error: str


class TableRow(Protocol):
    """What every table's dataclass has: its table name (and dataclass fields)."""

    table: ClassVar[str]
    __dataclass_fields__: ClassVar[dict[str, Any]]


EXTRACTION_TABLES: tuple[type[TableRow], ...] = (LocationRow, CountRow, ActorRow, DateRow, AttributionRow, IncidentRow)
# Tables made from all articles' rows together, after extraction.
GROUPED_TABLES: tuple[type[TableRow], ...] = (EventRow,)
TABLES: tuple[type[TableRow], ...] = (ArticleRow, *EXTRACTION_TABLES, *GROUPED_TABLES, ErrorRow)
TABLE_BY_NAME: dict[str, type[TableRow]] = {cls.table: cls for cls in TABLES}

# Enumerations a column may take, for datapackage.json and validation.
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("articles", "status"): STATUSES,
    ("locations", "kind"): LOCATION_KINDS,
    ("counts", "qualifier"): QUALIFIERS,
    ("counts", "category"): COUNT_CATEGORIES,
    ("actors", "type"): ACTOR_TYPES,
    ("attributions", "source_type"): ACTOR_TYPES,
    ("attributions", "stance"): STANCES,
    ("attributions", "quote"): QUOTE_KINDS,
    ("incidents", "tactic"): TACTICS,
    ("events", "tactic"): TACTICS,
}


def column_names(cls: type) -> list[str]:
    """Return the table's columns, in order."""
    return [field.name for field in dataclasses.fields(cls)]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_PLAIN = (str, int, float, bool, type(None))


def as_dict(row: Any) -> dict[str, Any]:
    """Return a row as a plain dict (the form that crosses processes).

    A row of plain values (every table's) is read field by field, which is
    ``dataclasses.asdict``'s result at a fifth of its cost (it copies each value
    recursively); any other row goes through ``dataclasses.asdict``.
    """
    names = _FIELD_NAMES.get(type(row))
    if names is None:
        names = _FIELD_NAMES[type(row)] = tuple(spec.name for spec in dataclasses.fields(row))
    values = {name: getattr(row, name) for name in names}
    if all(type(value) in _PLAIN for value in values.values()):
        return values
    return dataclasses.asdict(row)
