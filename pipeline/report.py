"""The review report: one self-contained HTML page to read extractions in context.

Each article's text is shown with its extractions highlighted (a colour per
field, the normalised values on hover or click), its attributions listed,
filters by country, actor and field, and a summary with server-side SVG
charts. Everything from an article or its metadata goes through Jinja2's
autoescaping; the page carries a Content-Security-Policy that allows only its
own inline script and style (by hash), so markup in an article can never run.

The tables do not hold full texts: the report re-reads each article from the
``path`` recorded in ``articles.csv`` with ingest's own readers, and uses the
text only when its SHA-256 matches the run's (offsets are into that text).
Otherwise it lists the rows' own snippets.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from pipeline.loader import LoadError, read_resources
from pipeline.paths import DEFAULT_OUTPUT
from pipeline.tables import atomic_write_text, read_csv_rows

FIELDS = ("locations", "counts", "actors", "dates", "attributions", "incidents")
FIELD_LABELS = {
    "locations": "location",
    "counts": "count",
    "actors": "actor",
    "dates": "date",
    "attributions": "attribution cue",
    "incidents": "incident",
}
REPORT_NAME = "report.html"
TEMPLATE = "report.html.j2"
_JSONL_LINE = re.compile(r"^(?P<file>.*\.jsonl):(?P<line>\d+)$", re.IGNORECASE)
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)

Row = Mapping[str, str | None]


class ReportError(Exception):
    """The report cannot be made; the message says why."""


# --- article text ---------------------------------------------------------------


def read_article_text(path_field: str, *, roots: Sequence[Path] = (Path("."),)) -> str | None:
    """Return an article's text as ingest read it, from its ``articles.csv`` path, or None when unreadable.

    ``x.jsonl:4`` is line 4's record; other files go through ingest's own
    reader for their type (HTML body extraction, decoding), then ingest's
    ``clean_text``, so offsets from the run apply. A relative path is tried
    under each of ``roots`` in turn.
    """
    from pipeline import ingest

    match = _JSONL_LINE.match(path_field)
    file_part = match.group("file") if match else path_field
    location = Path(file_part)
    candidates = [location] if location.is_absolute() else [root / location for root in roots]
    found = next((c for c in candidates if c.is_file()), None)
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


def describe(table: str, row: Row) -> str:
    """Return one line with a row's normalised values, as the report shows on hover."""
    if table == "locations":
        place = f"{_value(row, 'name')} ({_value(row, 'kind')})"
        country = " ".join(filter(None, [row.get("country_name"), f"[{row['country']}]" if row.get("country") else None]))
        return f"location: {place}" + (f" → {country}" if country else "")
    if table == "counts":
        parts = [f"count: {_value(row, 'qualifier')} {_value(row, 'value')} {_value(row, 'unit')}".rstrip(), f"category {_value(row, 'category')}"]
        if row.get("place") or row.get("country"):
            parts.append(f"place {_value(row, 'place')} [{_value(row, 'country')}]")
        if row.get("currency"):
            parts.append(f"currency {row['currency']}")
        if row.get("attribution_id"):
            parts.append(f"attributed ({row['attribution_id']})")
        return "; ".join(parts)
    if table == "actors":
        return f"actor: {_value(row, 'name')} ({_value(row, 'type')})" + (f" [{row['country']}]" if row.get("country") else "")
    if table == "dates":
        span = _value(row, "date_start") if row.get("date_start") == row.get("date_end") else f"{_value(row, 'date_start')} – {_value(row, 'date_end')}"
        relative = f", relative to {_value(row, 'anchor')}" if row.get("relative") == "true" else ""
        return f"date: {span or 'unresolved'}{relative}"
    if table == "attributions":
        source = row.get("source") or row.get("source_text") or "unknown source"
        return f"attribution: {source} {_value(row, 'stance')}s ({_value(row, 'quote')}): {_value(row, 'content')}"
    if table == "incidents":
        parts = [f"incident: {_value(row, 'tactic')} by {_value(row, 'origin')} in {row.get('host') or 'host not said'}"]
        if row.get("targets"):
            parts.append(f"targets {row['targets']}")
        if row.get("year"):
            parts.append(f"year {row['year']}")
        if row.get("attribution_id"):
            parts.append(f"attributed ({row['attribution_id']})")
        if row.get("event_id"):
            parts.append(f"event {row['event_id']}")
        return "; ".join(parts)
    return ""


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
            if table == "attributions":
                spans = [("cue_start", "cue_end", False), ("content_start", "content_end", True)]
            else:
                spans = [("char_start", "char_end", False)]
            for start_key, end_key, underline in spans:
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
    """An SVG chart: its size, bars and axis labels."""

    title: str
    width: int
    height: int
    bars: list[Bar]
    labels: list[tuple[float, float, str]] = field(default_factory=list)
    horizontal: bool = True
    empty: str = "no data"


def bar_chart(title: str, items: Sequence[tuple[str, float, str]], *, css: Mapping[str, str] | None = None) -> Chart:
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
    return Chart(title=title, width=label_width + bar_space + 70, height=max(row, row * len(items) + 8), bars=bars)


def column_chart(title: str, items: Sequence[tuple[str, float]], *, css: str = "bar") -> Chart:
    """Return a vertical bar chart of (period, value) items in order, with a thinned row of period labels."""
    width, height, base, left = 640, 200, 160, 30
    top = max((value for _, value in items), default=0) or 1
    step = (width - left - 10) / max(1, len(items))
    every = max(1, round(len(items) / 12))
    bars: list[Bar] = []
    labels: list[tuple[float, float, str]] = []
    for index, (label, value) in enumerate(items):
        bar_height = round((base - 20) * value / top, 1)
        x = round(left + index * step, 1)
        bars.append(Bar(label, value, _number(value), x, round(base - bar_height, 1), max(1.0, round(step * 0.8, 1)), bar_height, f"{label}: {_number(value)}", css))
        if index % every == 0:
            labels.append((round(x + step * 0.4, 1), base + 14, label))
    return Chart(title=title, width=width, height=height, bars=bars, labels=labels, horizontal=False)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def _periods(days: Iterable[str]) -> list[tuple[str, float]]:
    """Return (period, count) over ISO dates, by month when they span at most four years, else by year, gaps filled."""
    months = sorted(day[:7] for day in days if re.match(r"^\d{4}-\d{2}", day))
    if not months:
        return []
    first, last = months[0], months[-1]
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
    if span <= 48:
        counts = Counter(months)
        out: list[tuple[str, float]] = []
        year, month = int(first[:4]), int(first[5:7])
        while (year, month) <= (int(last[:4]), int(last[5:7])):
            key = f"{year:04d}-{month:02d}"
            out.append((key, counts.get(key, 0)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    years = Counter(int(m[:4]) for m in months)
    return [(str(y), years.get(y, 0)) for y in range(int(first[:4]), int(last[:4]) + 1)]


def summary_charts(tables: Mapping[str, Sequence[Row]]) -> list[Chart]:
    """Return the summary charts: facilities per host country, counts by category, articles and dates over time."""
    facilities: dict[str, list[tuple[float, str]]] = defaultdict(list)
    names = {r["country"]: r.get("country_name") or r["country"] for r in tables.get("locations", ()) if r.get("country")}
    for row in tables.get("counts", ()):
        if row.get("category") == "facility" and row.get("country") and row.get("value"):
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
    categories = Counter(str(r.get("category")) for r in tables.get("counts", ()))
    category_items = [(name, float(n), f"{name}: {n} count mention(s)") for name, n in categories.most_common()]
    published = [str(r["published"]) for r in tables.get("articles", ()) if r.get("published")]
    mentioned = [str(r["date_start"]) for r in tables.get("dates", ()) if r.get("date_start")]
    by_origin_tactic = Counter(f"{r.get('origin')} · {r.get('tactic')}" for r in tables.get("incidents", ()))
    incident_items = [
        (label, float(n), f"{label}: {n} incident(s)")
        for label, n in sorted(by_origin_tactic.items(), key=lambda item: (-item[1], item[0]))
    ]
    return [
        bar_chart("Incidents by origin and tactic", incident_items[:30]),
        bar_chart("Reported facilities per host country (largest number any article reports)", facility_items[:30]),
        bar_chart("Count mentions by category", category_items, css={name: f"bar cat-{name}" for name in categories}),
        column_chart("Articles by publication date", _periods(published), css="bar series-articles"),
        column_chart("Dates mentioned in the articles (by start)", _periods(mentioned), css="bar series-dates"),
    ]


@dataclass(frozen=True)
class Matrix:
    """Incidents per origin (rows) and host (columns); ``cells[i][j]`` counts origin i in host j."""

    origins: list[str]
    hosts: list[str]
    cells: list[list[int]]


@dataclass(frozen=True)
class EventView:
    """One event of ``events.csv`` with the titles of the articles that report it."""

    event_id: str
    origin: str
    host: str
    tactic: str
    targets: str
    years: str
    articles: list[tuple[int | None, str]]  # (article index on the page, title)


HOST_UNKNOWN = "?"


def origin_host_matrix(incidents: Sequence[Row]) -> Matrix:
    """Return the origin → host matrix of the incidents; a host the stories do not name is ``?``."""
    pairs = Counter((str(r.get("origin")), str(r.get("host") or HOST_UNKNOWN)) for r in incidents)
    origins = sorted({o for o, _ in pairs}, key=lambda o: (-sum(n for (x, _), n in pairs.items() if x == o), o))
    hosts = sorted({h for _, h in pairs}, key=lambda h: (h == HOST_UNKNOWN, -sum(n for (_, y), n in pairs.items() if y == h), h))
    return Matrix(origins, hosts, [[pairs.get((o, h), 0) for h in hosts] for o in origins])


def event_views(events: Sequence[Row], articles: Sequence[Row]) -> list[EventView]:
    """Return the events reported by more than one article, most reported first, with their articles' titles."""
    index = {str(a["article_id"]): (i, a.get("title") or str(a["article_id"])) for i, a in enumerate(articles)}
    views = []
    for row in events:
        ids = [i for i in str(row.get("article_ids") or "").split("; ") if i]
        if len(ids) < 2:
            continue
        years = "–".join(dict.fromkeys(filter(None, [row.get("year_min"), row.get("year_max")])))
        views.append(EventView(
            event_id=str(row["event_id"]), origin=str(row.get("origin")), host=row.get("host") or HOST_UNKNOWN,
            tactic=str(row.get("tactic")), targets=row.get("targets") or "", years=years,
            articles=[index.get(i, (None, i)) for i in ids],
        ))
    return sorted(views, key=lambda v: (-len(v.articles), v.origin, v.tactic, v.event_id))


# --- the page -----------------------------------------------------------------------


@dataclass
class ArticleView:
    """What the page shows for one article."""

    index: int
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


def build_article(index: int, article: Row, rows: Mapping[str, Sequence[Row]], *, text: str | None, text_note: str | None) -> ArticleView:
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


def render_report(
    tables: Mapping[str, Sequence[Row]],
    texts: Mapping[str, str | None],
    *,
    notes: Mapping[str, str] | None = None,
    run_info: Mapping[str, Any] | None = None,
) -> str:
    """Return the report page for the tables, given each article's text (None when it could not be read)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    by_article: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for table in FIELDS:
        for row in tables.get(table, ()):
            by_article[str(row["article_id"])][table].append(row)
    articles = [
        build_article(
            index, article, by_article.get(str(article["article_id"]), {}),
            text=texts.get(str(article["article_id"])), text_note=(notes or {}).get(str(article["article_id"])),
        )
        for index, article in enumerate(tables.get("articles", ()))
    ]
    country_names = {r["country"]: r.get("country_name") or r["country"] for r in tables.get("locations", ()) if r.get("country")}
    countries = sorted({c for a in articles for c in a.countries}, key=lambda c: (str(country_names.get(c, c)), c))
    actor_freq = Counter(name for a in articles for name in a.actors)
    script, style = _asset("report.js"), _asset("report.css")
    csp = (
        f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    environment = Environment(
        loader=PackageLoader("pipeline", "templates"), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    return environment.get_template(TEMPLATE).render(
        csp=csp,
        script=script,
        style=style,
        articles=articles,
        countries=[(code, country_names.get(code, code)) for code in countries],
        actors=sorted(actor_freq, key=lambda name: (-actor_freq[name], name))[:300],
        fields=[(table, FIELD_LABELS[table]) for table in FIELDS],
        totals={table: len(tables.get(table, ())) for table in ("articles", *FIELDS, "errors")},
        charts=summary_charts(tables),
        matrix=origin_host_matrix(tables.get("incidents", ())),
        events=event_views(tables.get("events", ()), tables.get("articles", ())),
        run_info=dict(run_info or {}),
        texts_found=sum(1 for a in articles if a.segments),
    )


def write_report(out_dir: Path, *, out_file: Path | None = None, roots: Sequence[Path] | None = None) -> Path:
    """Write the report for a run's folder (default ``DIR/report.html``) and return its path.

    Raises :class:`ReportError` when the folder holds no tables.
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
    for article in tables["articles"]:
        article_id, path = str(article["article_id"]), article.get("path") or ""
        if article.get("status") != "ok":
            continue
        text = read_article_text(path, roots=search) if path else None
        if text is None:
            notes[article_id] = f"The article's file ({path}) could not be read; showing the extracted snippets."
        elif article.get("sha256") and hashlib.sha256(text.encode("utf-8")).hexdigest() != article["sha256"]:
            text = None
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
    atomic_write_text(target, render_report(tables, texts, notes=notes, run_info=run_info))
    return target


@click.command("report")
@click.option("-o", "--dir", "out_dir", default=DEFAULT_OUTPUT, type=click.Path(path_type=Path), show_default=True, help="Output folder of a run.")
@click.option("--out", "out_file", default=None, type=click.Path(path_type=Path), help="Where to write the page (default: DIR/report.html).")
def report_command(out_dir: Path, out_file: Path | None) -> None:
    """Write one self-contained HTML page to review a run's extractions in context."""
    try:
        target = write_report(out_dir, out_file=out_file)
    except (ReportError, OSError) as exc:
        click.echo(f"tnr report: {exc}", err=True)
        sys.exit(1)
    click.echo(f"report: {target}")
