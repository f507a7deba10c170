"""The review report: a summary page plus one page per article, self-contained HTML.

``report.html`` holds the summary (server-side SVG charts), filters and the
list of articles; ``report/articles/NNNN.html`` shows one article's text with
its extractions highlighted (a colour per field, the normalised values on
hover or click) and its attributions. Page names are numbers, never derived
from the input. Everything from an article or its metadata goes through
Jinja2's autoescaping; each page carries a Content-Security-Policy that allows
only its own inline script and style (by hash), so markup in an article can
never run.

The tables do not hold full texts: the report re-reads each article from the
``path`` recorded in ``articles.csv`` with ingest's own readers (relative to
the current folder, the output folder's parent, or folders given with
``--articles``), and uses the text only when its SHA-256 matches the run's
(offsets are into that text). Otherwise it lists the rows' own snippets.

The fields shown are driven by ``FIELDS`` and ``DESCRIBERS`` (and
``MARK_SPANS`` for fields with more than one span), so a new table is one
entry in each.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from pipeline.loader import LoadError, read_resources
from pipeline.paths import DEFAULT_OUTPUT, MODELS_DIR
from pipeline.tables import atomic_write_text, read_csv_rows

FIELDS = ("locations", "counts", "actors", "dates", "attributions")
FIELD_LABELS = {
    "locations": "location",
    "counts": "count",
    "actors": "actor",
    "dates": "date",
    "attributions": "attribution cue",
}
REPORT_NAME = "report.html"
SUMMARY_TEMPLATE = "report.html.j2"
ARTICLE_TEMPLATE = "article.html.j2"
PAGE_NAME = re.compile(r"^\d+\.html$")
# Share of the dates a time chart leaves out at each end, so one old date does not stretch it over a century.
TAIL_SHARE = 0.02
_JSONL_LINE = re.compile(r"^(?P<file>.*\.jsonl):(?P<line>\d+)$", re.IGNORECASE)
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)

Row = Mapping[str, str | None]


class ReportError(Exception):
    """The report cannot be made; the message says why."""


# --- article text ---------------------------------------------------------------


def candidate_files(path_field: str, *, roots: Sequence[Path] = (Path("."),), article_dirs: Sequence[Path] = ()) -> list[Path]:
    """Return where an ``articles.csv`` path may be, in order: as is when absolute, under each root, then under
    each of ``article_dirs`` with the path's leading folders dropped one by one (``corpus/articles/a/x.txt``
    under ``--articles /data/articles`` is tried as ``/data/articles/a/x.txt`` too).
    """
    match = _JSONL_LINE.match(path_field)
    location = Path(match.group("file") if match else path_field)
    parts = location.parts[1:] if location.is_absolute() else location.parts
    tails = [Path(*parts[i:]) for i in range(len(parts))]
    first = [location] if location.is_absolute() else [root / location for root in roots]
    return first + [folder / tail for folder in article_dirs for tail in tails]


def read_article_text(path_field: str, *, roots: Sequence[Path] = (Path("."),), article_dirs: Sequence[Path] = ()) -> str | None:
    """Return an article's text as ingest read it, from its ``articles.csv`` path, or None when unreadable.

    ``x.jsonl:4`` is line 4's record; other files go through ingest's own
    reader for their type (HTML body extraction, decoding), then ingest's
    ``clean_text``, so offsets from the run apply. A relative path is tried
    as :func:`candidate_files` says.
    """
    from pipeline import ingest

    match = _JSONL_LINE.match(path_field)
    found = next((c for c in candidate_files(path_field, roots=roots, article_dirs=article_dirs) if c.is_file()), None)
    if found is None:
        return None
    try:
        data = found.read_bytes()
        if match:
            lines = ingest.decode_bytes(data).splitlines()
            number = int(match.group("line"))
            if not 1 <= number <= len(lines):
                return None
            text = json.loads(lines[number - 1]).get("text")
            if not isinstance(text, str):
                return None
        else:
            text, _, _ = ingest._read_single(data, found.suffix.lower())  # the very reader the run used
    except (ingest.IngestError, OSError, ValueError, AttributeError):
        return None
    return ingest.clean_text(text, [])


# --- highlighting -------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """One extraction to highlight: its field, span and what it was normalised to."""

    field: str
    start: int
    end: int
    detail: str
    underline: bool = False  # an attribution's content: underlined, not coloured


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same marks."""

    text: str
    field: str | None
    detail: str
    underline: bool


def _value(row: Row, key: str) -> str:
    return row.get(key) or ""


def _describe_location(row: Row) -> str:
    place = f"{_value(row, 'name')} ({_value(row, 'kind')})"
    country = " ".join(filter(None, [row.get("country_name"), f"[{row['country']}]" if row.get("country") else None]))
    return f"location: {place}" + (f" → {country}" if country else "")


def _describe_count(row: Row) -> str:
    parts = [f"count: {_value(row, 'qualifier')} {_value(row, 'value')} {_value(row, 'unit')}".rstrip(), f"category {_value(row, 'category')}"]
    if row.get("place") or row.get("country"):
        parts.append(f"place {_value(row, 'place')} [{_value(row, 'country')}]")
    if row.get("currency"):
        parts.append(f"currency {row['currency']}")
    if row.get("attribution_id"):
        parts.append(f"attributed ({row['attribution_id']})")
    return "; ".join(parts)


def _describe_actor(row: Row) -> str:
    return f"actor: {_value(row, 'name')} ({_value(row, 'type')})" + (f" [{row['country']}]" if row.get("country") else "")


def _describe_date(row: Row) -> str:
    span = _value(row, "date_start") if row.get("date_start") == row.get("date_end") else f"{_value(row, 'date_start')} – {_value(row, 'date_end')}"
    relative = f", relative to {_value(row, 'anchor')}" if row.get("relative") == "true" else ""
    return f"date: {span or 'unresolved'}{relative}"


def _describe_attribution(row: Row) -> str:
    source = row.get("source") or row.get("source_text") or "unknown source"
    as_actor = ", ".join(filter(None, [row.get("source_type"), row.get("source_country")]))
    return f"attribution: {source}{f' ({as_actor})' if as_actor else ''} {_value(row, 'stance')}s ({_value(row, 'quote')}): {_value(row, 'content')}"


# One line per row of each field, as the report shows on hover; a new field adds its describer here.
DESCRIBERS: dict[str, Callable[[Row], str]] = {
    "locations": _describe_location,
    "counts": _describe_count,
    "actors": _describe_actor,
    "dates": _describe_date,
    "attributions": _describe_attribution,
}
# The spans a field's row marks in the text (start key, end key, underlined); the default is the row's own span.
MARK_SPANS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "attributions": (("cue_start", "cue_end", False), ("content_start", "content_end", True)),
}
ROW_SPAN = (("char_start", "char_end", False),)


def describe(table: str, row: Row) -> str:
    """Return one line with a row's normalised values, as the report shows on hover."""
    describer = DESCRIBERS.get(table)
    return describer(row) if describer else ""


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def article_marks(rows: Mapping[str, Sequence[Row]]) -> list[Mark]:
    """Return the marks of one article's rows: every extracted span, and for attributions the cue and the content."""
    marks: list[Mark] = []
    for table in FIELDS:
        for row in rows.get(table, ()):
            detail = describe(table, row)
            for start_key, end_key, underline in MARK_SPANS.get(table, ROW_SPAN):
                start, end = _int(row.get(start_key)), _int(row.get(end_key))
                if start is not None and end is not None and start < end:
                    marks.append(Mark(table, start, end, detail, underline))
    return marks


def segment_text(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Return the text cut where any mark starts or ends; each piece takes the colour of its innermost mark.

    Marks may nest or cross; a piece's detail lists every mark over it, innermost first.
    """
    usable = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    starts: dict[int, list[Mark]] = defaultdict(list)
    ends: dict[int, list[Mark]] = defaultdict(list)
    for mark in usable:
        starts[mark.start].append(mark)
        ends[mark.end].append(mark)
    bounds = sorted({0, len(text), *starts, *ends})
    active: list[Mark] = []
    segments: list[Segment] = []
    for left, right in zip(bounds, bounds[1:]):
        active = [m for m in active if m not in ends.get(left, ())] + starts.get(left, [])
        piece = text[left:right]
        if not active:
            segments.append(Segment(piece, None, "", False))
            continue
        ordered = sorted(active, key=lambda m: (m.end - m.start, FIELDS.index(m.field)))
        coloured = [m for m in ordered if not m.underline]
        details = list(dict.fromkeys(m.detail for m in ordered))
        segments.append(
            Segment(piece, coloured[0].field if coloured else None, "\n".join(details), any(m.underline for m in active))
        )
    return segments


# --- charts -------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, in SVG user units."""

    label: str
    value: float
    shown: str
    x: float
    y: float
    width: float
    height: float
    tip: str
    css: str = "bar"


@dataclass(frozen=True)
class Chart:
    """An SVG chart: its size, bars, axis ticks and labels, and a note on what it leaves out."""

    title: str
    width: int
    height: int
    bars: list[Bar]
    labels: list[tuple[float, float, str]] = field(default_factory=list)  # x-axis tick labels (x, y, text)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # y-axis ticks (y, text)
    horizontal: bool = True
    empty: str = "no data"
    x_label: str = ""
    y_label: str = ""
    note: str = ""
    axis: tuple[float, float, float] = (0.0, 0.0, 0.0)  # columns: the x-axis (left, right, base)


def bar_chart(title: str, items: Sequence[tuple[str, float, str]], *, css: Mapping[str, str] | None = None, note: str = "") -> Chart:
    """Return a horizontal bar chart of (label, value, tooltip) items, longest bar to the full width."""
    label_width, bar_space, row = 190, 360, 22
    top = max((value for _, value, _ in items), default=0) or 1
    bars = [
        Bar(
            label=label,
            value=value,
            shown=_number(value),
            x=label_width,
            y=index * row + 4,
            width=max(1.0, round(bar_space * value / top, 1)),
            height=row - 6,
            tip=tip,
            css=(css or {}).get(label, "bar"),
        )
        for index, (label, value, tip) in enumerate(items)
    ]
    return Chart(title=title, width=label_width + bar_space + 70, height=max(row, row * len(items) + 8), bars=bars, note=note)


def column_chart(
    title: str, items: Sequence[tuple[str, float]], *, css: str = "bar", x_label: str = "", y_label: str = "", note: str = ""
) -> Chart:
    """Return a vertical bar chart of (period, value) items in order, with thinned period labels, y ticks and axis labels."""
    width, height, base, left = 640, 220, 160, 56
    top = max((value for _, value in items), default=0) or 1
    step = (width - left - 10) / max(1, len(items))
    every = max(1, math.ceil(len(items) / 12))
    bars: list[Bar] = []
    labels: list[tuple[float, float, str]] = []
    for index, (label, value) in enumerate(items):
        bar_height = round((base - 20) * value / top, 1)
        x = round(left + index * step, 1)
        bars.append(Bar(label, value, _number(value), x, round(base - bar_height, 1), max(1.0, round(step * 0.8, 1)), bar_height, f"{label}: {_number(value)}", css))
        if index % every == 0:
            labels.append((round(x + step * 0.4, 1), base + 14, label))
    shares = (0.0, 0.5, 1.0) if top >= 4 and float(top / 2).is_integer() else (0.0, 1.0)
    ticks = [(round(base - (base - 20) * share, 1), _number(top * share)) for share in shares]
    return Chart(
        title=title, width=width, height=height, bars=bars, labels=labels, ticks=ticks, horizontal=False,
        x_label=x_label, y_label=y_label, note=note, axis=(left, width - 10, base),
    )


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


@dataclass(frozen=True)
class Periods:
    """A time series for a column chart: (period, count) items, the unit of a period, and what was left out."""

    items: list[tuple[str, float]]
    unit: str
    note: str


def periods(days: Iterable[str], *, what: str = "dates") -> Periods:
    """Return counts per month (when the bulk spans at most four years) or per year, gaps filled.

    The range follows the bulk of the data: the 2nd to the 98th percentile
    (``TAIL_SHARE``), so a single old or far-future date does not stretch the
    axis over a century; the full range is kept when the tails would widen it
    by less than half. What falls outside is counted in the note.
    """
    months = sorted(day[:7] for day in days if re.match(r"^\d{4}-\d{2}", day))
    if not months:
        return Periods([], "month", "")
    cut = math.floor(len(months) * TAIL_SHARE)
    first, last = months[cut], months[len(months) - 1 - cut]
    if _month_number(months[-1]) - _month_number(months[0]) <= 1.5 * (_month_number(last) - _month_number(first)) + 12:
        first, last = months[0], months[-1]
    if _month_number(last) - _month_number(first) <= 48:
        keys = [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(_month_number(first), _month_number(last) + 1)]
        unit = "month"
    else:
        keys = [str(year) for year in range(int(first[:4]), int(last[:4]) + 1)]
        unit = "year"
    width = len(keys[0])
    counts = Counter(m[:width] for m in months)
    before = sum(n for key, n in counts.items() if key < keys[0])
    after = sum(n for key, n in counts.items() if key > keys[-1])
    notes = []
    if before:
        notes.append(f"{before} {_plural(before, what)} before {keys[0]} (the earliest in {months[0][:4]})")
    if after:
        notes.append(f"{after} {_plural(after, what)} after {keys[-1]} (the latest in {months[-1][:4]})")
    note = f"Not shown, to keep the range to the bulk of the data: {'; '.join(notes)}." if notes else ""
    return Periods([(key, float(counts.get(key, 0))) for key in keys], unit, note)


def _plural(n: int, word: str) -> str:
    return word if n != 1 else word.removesuffix("s")


def _month_number(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def story_facilities(models_dir: Path = MODELS_DIR) -> tuple[str, ...]:
    """Return the word stems of the facilities the stories are about (``models/lexicons/story_facilities.txt``)."""
    lines = (models_dir / "lexicons" / "story_facilities.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def is_story_facility(row: Row, stems: Sequence[str]) -> bool:
    """True for a facility count whose counted noun holds a story-facility word ("trade offices"), not "ports"."""
    unit = (row.get("unit") or "").lower()
    return row.get("category") == "facility" and any(re.search(rf"\b{re.escape(stem)}", unit) for stem in stems)


def summary_charts(tables: Mapping[str, Sequence[Row]], *, stems: Sequence[str] | None = None) -> list[Chart]:
    """Return the summary charts: facilities of the story per host country, counts by category, articles and dates over time."""
    stems = story_facilities() if stems is None else stems
    facilities: dict[str, list[tuple[float, str]]] = defaultdict(list)
    names = {r["country"]: r.get("country_name") or r["country"] for r in tables.get("locations", ()) if r.get("country")}
    for row in tables.get("counts", ()):
        if is_story_facility(row, stems) and row.get("country") and row.get("value"):
            facilities[str(row["country"])].append((float(str(row["value"])), str(row["article_id"])))
    facility_items = sorted(
        (
            (
                f"{names.get(code, code)} ({code})",
                max(v for v, _ in found),
                f"{names.get(code, code)}: largest reported number {_number(max(v for v, _ in found))}, "
                f"in {len({a for _, a in found})} article(s)",
            )
            for code, found in facilities.items()
        ),
        key=lambda item: (-item[1], item[0]),
    )
    shown = 30
    facility_note = f"Not shown: {len(facility_items) - shown} more countries." if len(facility_items) > shown else ""
    categories = Counter(str(r.get("category")) for r in tables.get("counts", ()))
    category_items = [(name, float(n), f"{name}: {n} count mention(s)") for name, n in categories.most_common()]
    published = periods((str(r["published"]) for r in tables.get("articles", ()) if r.get("published")), what="articles")
    mentioned = periods((str(r["date_start"]) for r in tables.get("dates", ()) if r.get("date_start")), what="dates")
    return [
        bar_chart(
            "Reported police stations and other facilities of the story per host country (largest number any article reports)",
            facility_items[:shown], note=facility_note,
        ),
        bar_chart("Count mentions by category", category_items, css={name: f"bar cat-{name}" for name in categories}),
        column_chart(
            "Articles by publication date", published.items, css="bar series-articles",
            x_label=f"publication {published.unit}", y_label="articles", note=published.note,
        ),
        column_chart(
            "Dates mentioned in the articles (by start)", mentioned.items, css="bar series-dates",
            x_label=f"{mentioned.unit} of the date", y_label="dates mentioned", note=mentioned.note,
        ),
    ]


# --- the pages ----------------------------------------------------------------------


@dataclass
class ArticleView:
    """What the pages show for one article."""

    index: int
    page: str  # its page's file name ("0007.html")
    article_id: str
    title: str
    source: str | None
    url: str | None
    link: str | None
    published: str | None
    status: str
    error: str | None
    text_note: str | None
    segments: list[Segment]
    snippets: list[tuple[str, str, str]]
    attributions: list[Row]
    countries: list[str]
    actors: list[str]
    fields: list[str]
    counts: dict[str, int]


def build_article(
    index: int, article: Row, rows: Mapping[str, Sequence[Row]], *, text: str | None, text_note: str | None, total: int = 1
) -> ArticleView:
    """Return one article's view; without text, its rows' own snippets stand in."""
    countries = sorted(
        {str(r["country"]) for table in ("locations", "actors", "counts") for r in rows.get(table, ()) if r.get("country")}
    )
    actors = sorted({str(r["name"]) for r in rows.get("actors", ()) if r.get("name")})
    segments = segment_text(text, article_marks(rows)) if text is not None else []
    snippets = [] if text is not None else [
        (FIELD_LABELS[table], _value(r, "text"), describe(table, r)) for table in FIELDS for r in rows.get(table, ())
    ]
    url = article.get("url")
    return ArticleView(
        index=index,
        page=page_name(index, total),
        article_id=str(article["article_id"]),
        title=article.get("title") or str(article["article_id"]),
        source=article.get("source"),
        url=url,
        link=url if url and _SAFE_URL.match(url) else None,
        published=article.get("published"),
        status=article.get("status") or "ok",
        error=article.get("error"),
        text_note=text_note,
        segments=segments,
        snippets=snippets,
        attributions=list(rows.get("attributions", ())),
        countries=countries,
        actors=actors,
        fields=[table for table in FIELDS if rows.get(table)],
        counts={table: len(rows.get(table, ())) for table in FIELDS},
    )


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def _asset(name: str) -> str:
    return (Path(__file__).parent / "templates" / name).read_text(encoding="utf-8")


def page_name(index: int, total: int) -> str:
    """Return the file name of the page of the article at ``index`` (from 0) of ``total``: "0001.html"."""
    return f"{index + 1:0{max(4, len(str(total)))}d}.html"


@dataclass(frozen=True)
class RenderedReport:
    """The summary page and each article's page (file name to HTML)."""

    summary: str
    pages: dict[str, str]


def render_report(
    tables: Mapping[str, Sequence[Row]],
    texts: Mapping[str, str | None],
    *,
    notes: Mapping[str, str] | None = None,
    run_info: Mapping[str, Any] | None = None,
    pages_href: str = "report/articles",
    summary_href: str = "../../report.html",
    unread: int = 0,
) -> RenderedReport:
    """Return the summary page and the article pages, given each article's text (None when it could not be read).

    ``pages_href`` is the article pages' folder as seen from the summary page, ``summary_href`` the summary
    page as seen from an article page.
    """
    from jinja2 import Environment, PackageLoader, StrictUndefined

    by_article: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for table in FIELDS:
        for row in tables.get(table, ()):
            by_article[str(row["article_id"])][table].append(row)
    rows = list(tables.get("articles", ()))
    articles = [
        build_article(
            index, article, by_article.get(str(article["article_id"]), {}), total=len(rows),
            text=texts.get(str(article["article_id"])), text_note=(notes or {}).get(str(article["article_id"])),
        )
        for index, article in enumerate(rows)
    ]
    country_names = {r["country"]: r.get("country_name") or r["country"] for r in tables.get("locations", ()) if r.get("country")}
    countries = sorted({c for a in articles for c in a.countries}, key=lambda c: (str(country_names.get(c, c)), c))
    actor_freq = Counter(name for a in articles for name in a.actors)
    actors = sorted(actor_freq, key=lambda name: (-actor_freq[name], name))[:300]
    actor_index = {name: i for i, name in enumerate(actors)}
    script, style = _asset("report.js"), _asset("report.css")
    csp = (
        f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    environment = Environment(
        loader=PackageLoader("pipeline", "templates"), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    common = {
        "csp": csp, "script": script, "style": style, "total": len(articles),
        "fields": [(table, FIELD_LABELS[table]) for table in FIELDS],
    }
    summary = environment.get_template(SUMMARY_TEMPLATE).render(
        **common,
        articles=articles,
        pages_href=pages_href,
        article_actors={a.index: sorted(actor_index[n] for n in a.actors if n in actor_index) for a in articles},
        countries=[(code, country_names.get(code, code)) for code in countries],
        actors=actors,
        totals={table: len(tables.get(table, ())) for table in ("articles", *FIELDS, "errors")},
        charts=summary_charts(tables),
        run_info=dict(run_info or {}),
        texts_found=sum(1 for a in articles if a.segments),
        unread=unread,
    )
    template = environment.get_template(ARTICLE_TEMPLATE)
    pages = {
        a.page: template.render(
            **common,
            a=a,
            summary_href=summary_href,
            previous=articles[a.index - 1].page if a.index > 0 else None,
            next=articles[a.index + 1].page if a.index + 1 < len(articles) else None,
        )
        for a in articles
    }
    return RenderedReport(summary, pages)


@dataclass(frozen=True)
class ReportFiles:
    """What :func:`write_report` wrote, and the articles whose text it could not show."""

    summary: Path
    pages: tuple[Path, ...]
    unread: tuple[str, ...]  # ``articles.csv`` paths not found (or unreadable) in any searched folder
    changed: tuple[str, ...]  # paths found, but whose text is not the run's (SHA-256 differs)
    searched: tuple[Path, ...]


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path.resolve(), start.resolve())).as_posix()


def write_report(
    out_dir: Path, *, out_file: Path | None = None, roots: Sequence[Path] | None = None, article_dirs: Sequence[Path] = ()
) -> ReportFiles:
    """Write the report for a run's folder: ``DIR/report.html`` (or ``out_file``) and one page per article
    in ``report/articles/`` beside it (named after the summary page), removing article pages of an earlier,
    larger report. Raises :class:`ReportError` when the folder holds no tables.
    """
    try:
        resources = read_resources(out_dir)
    except LoadError as exc:
        raise ReportError(str(exc)) from None
    tables = {resource.name: read_csv_rows(resource.path) for resource in resources}
    if "articles" not in tables:
        raise ReportError(f"no articles.csv in {out_dir}")
    search = list(roots) if roots is not None else [Path("."), Path(out_dir).resolve().parent]
    texts: dict[str, str | None] = {}
    notes: dict[str, str] = {}
    unread: list[str] = []
    changed: list[str] = []
    for article in tables["articles"]:
        article_id, path = str(article["article_id"]), article.get("path") or ""
        if article.get("status") != "ok":
            continue
        text = read_article_text(path, roots=search, article_dirs=article_dirs) if path else None
        if text is None:
            unread.append(path)
            notes[article_id] = f"The article's file ({path}) could not be found or read; showing the extracted snippets."
        elif article.get("sha256") and hashlib.sha256(text.encode("utf-8")).hexdigest() != article["sha256"]:
            text = None
            changed.append(path)
            notes[article_id] = f"The article's file ({path}) changed since the run; showing the extracted snippets."
        texts[article_id] = text
    run_info: dict[str, Any] = {}
    descriptor = Path(out_dir) / "datapackage.json"
    if descriptor.exists():
        try:
            run_info = dict(json.loads(descriptor.read_text(encoding="utf-8")).get("tnr") or {})
        except (OSError, ValueError):
            run_info = {}
    target = out_file or Path(out_dir) / REPORT_NAME
    pages_dir = target.parent / target.stem / "articles"
    pages_dir.mkdir(parents=True, exist_ok=True)
    rendered = render_report(
        tables, texts, notes=notes, run_info=run_info, unread=len(unread) + len(changed),
        pages_href=_relative(pages_dir, target.parent), summary_href=_relative(target, pages_dir),
    )
    written = []
    for name, html in rendered.pages.items():
        atomic_write_text(pages_dir / name, html)
        written.append(pages_dir / name)
    for stale in pages_dir.iterdir():
        if PAGE_NAME.match(stale.name) and stale.name not in rendered.pages:
            stale.unlink()
    atomic_write_text(target, rendered.summary)
    return ReportFiles(target, tuple(written), tuple(unread), tuple(changed), (*search, *article_dirs))


def _examples(paths: Sequence[str], shown: int = 3) -> str:
    listed = ", ".join(paths[:shown])
    return listed + (f" and {len(paths) - shown} more" if len(paths) > shown else "")


@click.command("report")
@click.option("-o", "--dir", "out_dir", default=DEFAULT_OUTPUT, type=click.Path(path_type=Path), show_default=True, help="Output folder of a run.")
@click.option("--out", "out_file", default=None, type=click.Path(path_type=Path), help="Where to write the summary page (default: DIR/report.html); article pages go to a folder named after it.")
@click.option(
    "--articles", "article_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
    help="A folder the articles are in, when their paths in articles.csv do not lead to them from here (repeatable).",
)
def report_command(out_dir: Path, out_file: Path | None, article_dirs: tuple[Path, ...]) -> None:
    """Write a self-contained HTML report: a summary page and one page per article, to review extractions in context."""
    missing = [folder for folder in article_dirs if not folder.is_dir()]
    if missing:
        click.echo(f"tnr report: --articles {missing[0]}: no such folder", err=True)
        sys.exit(1)
    try:
        files = write_report(out_dir, out_file=out_file, article_dirs=article_dirs)
    except (ReportError, OSError) as exc:
        click.echo(f"tnr report: {exc}", err=True)
        sys.exit(1)
    folder = files.pages[0].parent if files.pages else files.summary.parent
    click.echo(f"report: {files.summary} (and {len(files.pages)} article pages in {folder})")
    if files.unread:
        searched = ", ".join(str(path.resolve()) for path in files.searched)
        click.echo(
            f"tnr report: the files of {len(files.unread)} articles were not found: {_examples(files.unread)}; "
            f"looked under {searched}. Their pages list the extracted snippets instead; run `tnr report` from the "
            "folder `tnr run` ran in, or pass --articles DIR.",
            err=True,
        )
    if files.changed:
        click.echo(
            f"tnr report: the files of {len(files.changed)} articles changed since the run: {_examples(files.changed)}; "
            "their pages list the extracted snippets instead.",
            err=True,
        )
