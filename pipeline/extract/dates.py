"""Dates: the model's DATE entities resolved to ISO day ranges against the publication date.

Ranges, seasons, decades and relative expressions are resolved here; other
single expressions go to dateparser with the publication date as
``RELATIVE_BASE``, its period (day, month, year) kept.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import dateutil.easter
import dateutil.relativedelta
from spacy.tokens import Doc, Span, Token

from pipeline.extract.index import doc_index, doc_text, positions, sentence, texts
from pipeline.extract.index import ent_labels
from pipeline.records import DateRow
from pipeline.resources import Resources, load_resources

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


@dataclass(frozen=True)
class DateWords:
    """The date lexicons (``seasons.tsv``, ``date_words.tsv``, ``number_words.tsv``), read for use."""

    seasons: dict[str, tuple[int, int]]
    numbers: dict[str, int]
    leading: re.Pattern[str]
    leading_words: frozenset[str]
    openers: frozenset[str]
    joiners: frozenset[str]
    year_cues: frozenset[str]
    documents: frozenset[str]  # nouns that end a law's or treaty's title ("Act", "Convention")
    holidays: dict[str, str]
    holiday: re.Pattern[str]  # a named day in running text, with a year after it when it has one
    part_of: re.Pattern[str]  # "the end of " before a period named by its own words ("the end of September")
    later: frozenset[str]  # "two days later", "the day after the election": counted on from the date or event before
    earlier: frozenset[str]  # "a day earlier", "the week before the attempted murder": counted back
    hedges: frozenset[str]  # "more than a week later", "for two years after": vague time or a duration, no date
    timing_verbs: frozenset[str]  # "X came a day after Y": the period dates Y by X, no new period
    focus: frozenset[str]  # "just last week", "only this week": a stress before the date, left out of its text
    ordinals: dict[str, int]  # "the second half", "the third week of April": the part picked, -1 the last
    part: re.Pattern[str]  # a part of a year: "the second half of the year", "the first five months of 2023"
    week_of_month: re.Pattern[str]  # "the first week of April", "the last week of June, 2021"
    units: dict[str, str]  # "days" -> "day": nouns of a counted period and their unit
    unit_names: frozenset[str]  # the units themselves, singular ("day", "week", "month", "year")
    steps: dict[str, int]  # "the following day" (1), "the previous month" (-1)
    season_openers: frozenset[str]  # "in the autumn", "during the summer": a season the model leaves untagged
    today: frozenset[str]  # "WASHINGTON-Today, the Treasury ...": the publication day the model leaves untagged
    day_times: frozenset[str]  # "this morning", "last night": a part of the publication day or the night before
    day_parts: frozenset[str]  # "Friday morning": a part of a named day is that day


@functools.lru_cache(maxsize=None)
def date_words() -> DateWords:
    """Return the date lexicons of the default rule data (loaded once)."""
    res = load_resources()
    numbers = {w: int(v) for w, (v, kind) in res.number_words.items() if kind == "unit" and v == int(v)}
    numbers.update({"a": 1, "an": 1})
    leading = sorted(res.date_words["leading"], key=len, reverse=True)
    # named days are proper nouns: each word capitalised, either apostrophe ("New Year’s Day 2014")
    names = sorted(res.holidays, key=len, reverse=True)
    forms = [re.escape(name.title().replace("'S", "'s")).replace("'", "['’]") for name in names]
    ordinals = "|".join(map(re.escape, res.ordinals))
    return DateWords(
        seasons=res.seasons,
        numbers=numbers,
        leading=re.compile(r"^(?:" + "|".join(map(re.escape, leading)) + r")(?:\s+|-(?=[a-z]))", re.I),  # "mid-February"
        leading_words=res.date_words["leading"],
        openers=res.date_words["range_opener"],
        joiners=res.date_words["range_joiner"],
        year_cues=res.date_words["year_cue"],
        documents=res.date_words["document"],
        holidays=res.holidays,
        holiday=re.compile(r"\b(?:" + "|".join(forms) + r")\b(?!\s+[A-Z])(?:,?\s+(?:of\s+)?(?:19|20)\d\d\b)?"),
        # not before "the" ("the end of the 1994 genocide", "the end of the year"): a name or a vague period
        part_of=re.compile(r"^(?:the\s+)?(?:" + "|".join(sorted(res.date_words["period_part"])) + r")\s+of\s+(?!the\b)"),
        later=res.date_words["step_later"],
        earlier=res.date_words["step_earlier"],
        hedges=res.date_words["hedge"],
        timing_verbs=res.date_words["timing_verb"],
        focus=res.date_words["focus"],
        ordinals=res.ordinals,
        part=re.compile(
            rf"(?:the\s+)?(?P<which>{ordinals})\s+(?:(?P<count>\w+)\s+)?(?P<part>half|quarter|months?)"
            r"\s+of\s+(?P<year>\d{4}|the year|this year|last year)"
        ),
        week_of_month=re.compile(rf"(?:the\s+)?(?P<which>{ordinals})\s+week\s+of\s+(?P<month>{MONTH_RE})"
                                 rf"(?:,?\s+(?P<year>\d{{4}}))?"),
        units=res.date_units,
        unit_names=frozenset(res.date_units.values()),
        steps=res.date_steps,
        season_openers=res.date_words["season_opener"],
        today=res.date_words["today"],
        day_times=res.date_words["day_time"],
        day_parts=res.date_words["day_part"],
    )


@dataclass(frozen=True)
class Anchor:
    """The publication date, at the precision the metadata gives."""

    date: dt.date
    precision: str  # "day" or "month"

    @classmethod
    def parse(cls, published: str | None) -> Anchor | None:
        if not published:
            return None
        try:
            if len(published) == 7:
                return cls(dt.date.fromisoformat(published + "-01"), "month")
            return cls(dt.date.fromisoformat(published[:10]), "day")
        except ValueError:
            return None


class NeedsAnchor(Exception):
    """The expression is relative and the publication date is missing or too coarse for it."""


Period = tuple[dt.date, dt.date]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int) -> Period:
    return dt.date(year, month, 1), _month_end(year, month)


def _year(year: int) -> Period:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _anchor_period(anchor: Anchor) -> Period:
    return _month(anchor.date.year, anchor.date.month) if anchor.precision == "month" else (anchor.date, anchor.date)


def _gap(period: Period, anchor: Anchor) -> int:
    """Return the days between a period and the publication date (0 when they overlap)."""
    start, end = _anchor_period(anchor)
    return max((period[0] - end).days, (start - period[1]).days, 0)


def _nearest(make: Callable[[int], Period | None], anchor: Anchor) -> Period | None:
    """Return the period of the year nearest the publication date (GUIDELINES, dates: "June 5", "in December").

    Ties go to the past: news reports what has happened more than what will.
    """
    year = anchor.date.year
    candidates = [period for period in (make(year - 1), make(year), make(year + 1)) if period is not None]
    return min(candidates, key=lambda period: (_gap(period, anchor), period[0] > anchor.date), default=None)


def _need(anchor: Anchor | None, precision: str) -> dt.date:
    if anchor is None or (precision == "day" and anchor.precision != "day"):
        raise NeedsAnchor
    return anchor.date


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else date_words().numbers.get(word.lower())


def resolve_date(
    text: str, *, anchor: Anchor | None, story_year: int | None = None
) -> tuple[Period | None, bool] | None:
    """Return ((start, end) or None when unresolvable, relative) for a date expression, or None when it is no date.

    A day or month without a year takes the year nearest publication, "since" or not (GUIDELINES, dates).

    >>> resolve_date("last month", anchor=Anchor(dt.date(2022, 10, 1), "month"))
    ((datetime.date(2022, 9, 1), datetime.date(2022, 9, 30)), True)
    """
    # "On Wednesday (October 19": the day in brackets after its weekday, as after a comma
    clean = " ".join(text.replace("\u2013", "-").replace("\u2014", "-").replace("(", " ").replace(")", " ").split()).strip(" ,.")
    lowered = date_words().part_of.sub("", clean.lower())  # "the end of September" is September
    numbered = resolve_numbered_day(lowered, anchor)
    if numbered is not None:
        return numbered, False
    if re.fullmatch(r"between\s+(?:19|20)\d\d", lowered):
        lowered = lowered.split()[1]  # "between 2014 and the publication date": the model's date ends at the year
    try:
        for resolve in (_resolve_part, _week_of_month, _resolve_pair, _resolve_range, _resolve_relative):
            found = resolve(lowered, anchor)
            if found is not None:
                return found
        for core in _cores(lowered):
            if (found := _resolve_relative(core, anchor)) is not None:
                return found  # "only this week" is this week, "later next week" next week
        leading = date_words().leading
        absolute = _resolve_absolute(leading.sub("", leading.sub("", lowered)), anchor, story_year=story_year)
        if absolute is not None:
            return absolute
    except NeedsAnchor:
        return None, True
    return None


# "later next week", "earlier last month": the word before a period named from publication places nothing of its own;
# "late last year": the end of such a period is the period, as "late May" is May ("early last year" is left as the model
# reads it: it cost a team test match when tried)
STRESSED = re.compile(r"^(?:(?:later|earlier)\s+(?=(?:next|last)\b)|late\s+(?=last\b))")


def _cores(text: str) -> list[str]:
    """Return a date's lowercased text without the words before its period that only stress it, one more off each
    time: "just", "only", "later" or "earlier" before "next" or "last", and "late" before "last": "just last week" ->
    "last week", "later next week" -> "next week", "late last year" -> "last year" (the gold's period; the text keeps
    "late"). Not its other leading words: "the next year", "over the next month" are no period named from
    publication."""
    words = date_words()
    lowered = " ".join(text.lower().split())
    forms: list[str] = []
    while True:
        stripped = STRESSED.sub("", lowered, count=1)
        first, _, rest = stripped.partition(" ")
        stripped = rest if rest and first in words.focus else stripped
        if stripped == lowered:
            return forms
        forms.append(stripped)
        lowered = stripped


def _resolve_part(text: str, anchor: Anchor | None) -> tuple[Period, bool] | None:
    """Return a part of a year: "the second half of the year", "the first quarter of 2022", "the first five months of 2023".

    "the year" and "this year" are the publication's year, "last year" the one before.
    """
    words = date_words()
    ordinals = words.ordinals
    match = words.part.fullmatch(text)
    if match is None:
        return None
    named = match.group("year")
    relative = not named.isdigit()
    year = int(named) if not relative else _need(anchor, "month").year - (named == "last year")
    which, part = match.group("which"), match.group("part")
    last = ordinals[which] < 0
    if part in {"half", "quarter"}:
        if match.group("count"):
            return None
        size = 6 if part == "half" else 3
        index = (12 // size) if last else ordinals[which]
        if index > 12 // size:
            return None  # "the third half"
        first_month = (index - 1) * size + 1
        return (dt.date(year, first_month, 1), _month_end(year, first_month + size - 1)), relative
    if ordinals[which] not in {1, -1}:
        return None
    count = _number(match.group("count")) if match.group("count") else 1
    if count is None or not 1 <= count <= 12:
        return None
    if last:
        return (dt.date(year, 13 - count, 1), _month_end(year, 12)), relative
    return (dt.date(year, 1, 1), _month_end(year, count)), relative


def _week_of_month(text: str, anchor: Anchor | None) -> tuple[Period | None, bool] | None:
    """Return a week of a month: "the first week of April" is its days 1 to 7, "the last week of June" its last
    seven; without a year, the month's year nearest publication."""
    match = date_words().week_of_month.fullmatch(text)
    if match is None:
        return None
    month, step = MONTHS[match.group("month")], date_words().ordinals[match.group("which")]

    def make(year: int) -> Period:
        if step < 0:
            end = _month_end(year, month)
            return end - dt.timedelta(days=6), end
        first = dt.date(year, month, 1 + 7 * (step - 1))
        return first, first + dt.timedelta(days=6)

    if match.group("year"):
        return make(int(match.group("year"))), False
    if anchor is None:
        return None, True
    return _nearest(make, anchor), True


_MONTH_DAY = re.compile(r"(?P<month>" + MONTH_RE + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?P<year>,?\s+\d{4})?")
_DAY_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>" + MONTH_RE + r")\.?(?P<year>,?\s+\d{4})?")
# the second form may keep its opener too: "between October 18-22", "from Jan. 1-31"
_RANGE = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|until|through|till)\s+(.+)$"
                    r"|^(?:(?:between|from)\s+)?(.+?)(?:\s*-\s*|\s+(?:to|through)\s+)(.+)$")


def _resolve_range(text: str, anchor: Anchor | None) -> tuple[Period, bool] | None:
    match = _RANGE.match(text)
    if not match:
        return None
    left, right = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    if not left or not right:
        return None
    # "May to July 2023": the year of the right end also dates the left.
    year = re.search(r"\b(\d{4})\b", right)
    if year and not re.search(r"\b\d{4}\b", left):
        left_full = f"{left} {year.group(1)}"
    else:
        left_full = left
    # "Jan. 1-31", "3-5 March": a bare day number takes the month (and year) written at the other end.
    if (day := re.fullmatch(r"(\d{1,2})(,?\s+\d{4})?", right)) and (named := _MONTH_DAY.fullmatch(left_full)):
        right = f"{named.group('month')} {day.group(1)}{day.group(2) or named.group('year') or ''}"
    elif re.fullmatch(r"\d{1,2}", left) and (named := _DAY_MONTH.fullmatch(right)):
        left_full = f"{left} {named.group('month')}{named.group('year') or ''}"
    # "May 31 - 2018": a day and its year after a dash, no range
    if re.fullmatch(r"\d{4}", right) and (_MONTH_DAY.fullmatch(left) or _DAY_MONTH.fullmatch(left)):
        return _single(left_full, anchor)
    # "2019-21": a two-digit right end shares the century.
    if re.fullmatch(r"\d{2}", right) and re.fullmatch(r"\d{4}", left):
        right = left[:2] + right
    first = _single(left_full, anchor)
    second = _single(right, anchor)
    if first is None or second is None or first[0][0] > second[0][1]:
        return None
    return (first[0][0], second[0][1]), first[1] or second[1]


def _single(text: str, anchor: Anchor | None) -> tuple[Period, bool] | None:
    """Return one end of a range, without the words before it that are no part of its period, however many:
    "at least approximately January 2023", "in or about June 2023", "the end of 2014"."""
    words = date_words()
    text = text.strip()
    while (stripped := words.part_of.sub("", words.leading.sub("", text))) != text:
        text = stripped
    found = _resolve_relative(text, anchor) or _resolve_absolute(text, anchor)
    if found is None or found[0] is None:
        return None
    return found[0], found[1]


def _resolve_relative(text: str, anchor: Anchor | None) -> tuple[Period, bool] | None:
    text = re.sub(r"^(?:on|in|since|until)\s+", "", text)
    if text in {"yesterday", "today"} or text in date_words().day_times:
        day = _need(anchor, "day")
        day = day - dt.timedelta(days=1) if text in {"yesterday", "last night"} else day
        return (day, day), True
    counted = _period_back(text, anchor)
    if counted is not None:
        return counted, True
    if re.fullmatch(r"(?:earlier|so\s+far)\s+(?:this|in the)\s+year", text):  # from New Year's Day to publication
        day = _need(anchor, "day")
        return (dt.date(day.year, 1, 1), day), True
    if re.fullmatch(r"so\s+far\s+this\s+month", text):  # from the month's first day to publication
        day = _need(anchor, "day")
        return (day.replace(day=1), day), True
    if re.fullmatch(r"later\s+(?:this|in the)\s+year", text):  # the mirror: from publication to New Year's Eve
        day = _need(anchor, "day")
        return (day, dt.date(day.year, 12, 31)), True
    if re.fullmatch(r"later\s+(?:this|in the)\s+month", text):  # the same, to the month's last day
        day = _need(anchor, "day")
        return (day, _month_end(day.year, day.month)), True
    match = re.fullmatch(r"(last|this|next|earlier this|later this|past|the past)\s+(week|month|year|summer|spring|autumn|fall|winter)", text)
    if match:
        which, unit = match.groups()
        return _relative_unit(which, unit, anchor), True
    match = re.fullmatch(r"(" + "|".join(WEEKDAYS) + r")\s+(?:of\s+)?(last|this|next)\s+week", text)
    if match:  # "Friday last week": that weekday of the week named
        day = _need(anchor, "day")
        offset = {"last": -1, "this": 0, "next": 1}[match.group(2)]
        found = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset, days=WEEKDAYS[match.group(1)])
        return (found, found), True
    match = re.fullmatch(
        r"(?:last\s+|this\s+|on\s+)?(?:early\s+|late\s+)?(" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?", text
    )
    if match:
        day = _need(anchor, "day")
        back = (day.weekday() - WEEKDAYS[match.group(1)]) % 7
        if text.startswith("last ") and back == 0:
            back = 7
        found = day - dt.timedelta(days=back)
        return (found, found), True
    # "exactly one year ago": the day itself, that far back
    match = re.fullmatch(r"exactly\s+(\w+)\s+(week|month|year)s?\s+ago", text)
    if match and (count := _number(match.group(1))) is not None:
        base = _need(anchor, "day")
        found = base + dateutil.relativedelta.relativedelta(**{match.group(2) + "s": -count})
        return (found, found), True
    # "two weeks ago", "nearly two weeks ago": an approximation names the same period
    match = re.fullmatch(r"(?:(?:nearly|almost|about|around|roughly|some|just|over|more than)\s+)?(\w+)\s+(day|week|month|year)s?\s+ago", text)
    if match:
        count = _number(match.group(1))
        if count is None:
            return None
        unit = match.group(2)
        base = _need(anchor, "day" if unit in {"day", "week"} else "month")
        if unit == "day":
            found = base - dt.timedelta(days=count)
            return (found, found), True
        if unit == "week" and count == 1:  # "a week ago": that day a week back, as "three days ago"
            found = base - dt.timedelta(days=7)
            return (found, found), True
        if unit == "week":  # "two weeks ago": that week, Monday to Sunday, as "last week" is the week before
            monday = base - dt.timedelta(days=base.weekday() + 7 * count)
            return (monday, monday + dt.timedelta(days=6)), True
        if unit == "month":
            year, month = divmod(base.year * 12 + base.month - 1 - count, 12)
            return _month(year, month + 1), True
        return _year(base.year - count), True
    match = re.fullmatch(rf"({MONTH_RE})\s+(?:of\s+)?(last|this|next)\s+year", text)
    if match:
        base = _need(anchor, "month")
        year = base.year + {"last": -1, "this": 0, "next": 1}[match.group(2)]
        return _month(year, MONTHS[match.group(1)]), True
    # "December 11 last year", "8 February this year"
    match = re.fullmatch(
        rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})|({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?)\s+(last|this|next)\s+year", text
    )
    if match:
        base = _need(anchor, "month")
        year = base.year + {"last": -1, "this": 0, "next": 1}[match.group(5)]
        try:
            found = dt.date(year, MONTHS[match.group(2) or match.group(3)], int(match.group(1) or match.group(4)))
        except ValueError:
            return None
        return (found, found), True
    match = re.fullmatch(rf"last\s+({MONTH_RE})", text)
    if match:
        base = _need(anchor, "month")
        month = MONTHS[match.group(1)]
        return _month(base.year if month < base.month else base.year - 1, month), True
    if text == "this weekend":  # the Saturday and Sunday of the publication's week (Monday to Sunday), as "this week"
        day = _need(anchor, "day")
        saturday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=5)
        return (saturday, saturday + dt.timedelta(days=1)), True
    match = re.fullmatch(r"(?:over\s+)?(?:the|last)\s+weekend", text)
    if match:  # "the weekend", "last weekend": the latest Saturday and Sunday before publication
        day = _need(anchor, "day")
        saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7 or 7)
        return (saturday, saturday + dt.timedelta(days=1)), True
    if text == "tomorrow":
        day = _need(anchor, "day") + dt.timedelta(days=1)
        return (day, day), True
    match = re.fullmatch(r"(?:over\s+|during\s+)?the\s+(spring|summer|autumn|fall|winter)", text)
    if match:  # "detained over the summer": the latest such season begun by publication
        base = _need(anchor, "month")
        first = date_words().seasons[match.group(1)][0]
        year = base.year if first <= base.month else base.year - 1
        return _season(year, match.group(1)), True
    match = re.fullmatch(r"(?:earlier|later)\s+(?:this|in the)\s+(month|year)", text)
    if match:
        return _relative_unit("this", match.group(1), anchor), True
    return None


PERIOD_BACK = re.compile(r"(?:(?:over|in|during|within|for)\s+)?(the\s+)?(past|last)\s+(?:(\w+)\s+)?(day|week|month|year|decade)s?")


def _period_back(text: str, anchor: Anchor | None) -> Period | None:
    """Return a counted period back from publication: "the past three years", "over the last two months", "the past year".

    GUIDELINES.md dates: it runs from that far back to the publication date. "last year" (no article, no number) is
    the calendar year before and is not read here.
    """
    match = PERIOD_BACK.fullmatch(text)
    if match is None or not (match.group(1) or match.group(3) or match.group(2) == "past"):
        return None
    count = _number(match.group(3)) if match.group(3) else 1
    if count is None:
        return None
    end = _need(anchor, "day")
    unit = match.group(4)
    if unit in {"day", "week"}:
        return end - dt.timedelta(days=count * (7 if unit == "week" else 1)), end
    months = count * {"month": 1, "year": 12, "decade": 120}[unit]
    year, month = divmod(end.year * 12 + end.month - 1 - months, 12)
    day = min(end.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day), end


def _relative_unit(which: str, unit: str, anchor: Anchor | None) -> Period:
    offset = {"last": -1, "past": -1, "the past": -1, "next": 1}.get(which, 0)
    if unit == "week":
        day = _need(anchor, "day")
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    base = _need(anchor, "month")
    if unit == "month":
        year, month = divmod(base.year * 12 + base.month - 1 + offset, 12)
        return _month(year, month + 1)
    if unit == "year":
        return _year(base.year + offset)
    # a season: "last summer" is the latest one that has ended; "this summer" the one of this year
    year = base.year + (offset if unit != "winter" else offset)
    if which in {"last", "past", "the past"} and date_words().seasons[unit][0] <= base.month:
        year = base.year
        if _season(base.year, unit)[1] >= base:
            year -= 1
    return _season(year, unit)


def _season(year: int, name: str) -> Period:
    first, last = date_words().seasons[name]
    if name == "winter":
        return dt.date(year, 12, 1), _month_end(year + 1, 2)
    return dt.date(year, first, 1), _month_end(year, last)


def _resolve_absolute(
    text: str, anchor: Anchor | None, *, story_year: int | None = None
) -> tuple[Period | None, bool] | None:
    text = text.replace(",", " ").replace(".", " ")
    text = " ".join(text.split())
    # "Monday, September 13", "Thursday 29 February 2024": the weekday adds nothing to a dated day
    words = text.split(" ", 1)
    if len(words) == 2 and words[0] in WEEKDAYS and any(w in MONTHS for w in words[1].split()):
        # the weekday tells the year: "Monday, September 13" in a 2021 story is 2021's, whatever year was last named
        for candidate in (None, story_year):
            found = _resolve_absolute(f"{words[1]} {candidate}" if candidate else words[1], anchor)
            if found and found[0] and found[0][0] == found[0][1] and found[0][0].weekday() == WEEKDAYS[words[0]]:
                return found
        text = words[1]
    if re.fullmatch(r"(?:the\s+)?(\d{3})0s", text):
        decade = int(re.fullmatch(r"(?:the\s+)?(\d{3})0s", text).group(1)) * 10  # type: ignore[union-attr]
        return (dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)), False
    match = re.fullmatch(r"(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?\s+(\d{4})", text)
    if match:
        return _season(int(match.group(2)), match.group(1)), False
    match = re.fullmatch(r"(?:fy\s*)?(\d{4})", text)
    if match:  # a number out of the years' range is no year: "registered 1034 similar incidents", "3522 International Court"
        return (_year(int(match.group(1))), False) if 1800 <= int(match.group(1)) <= 2100 else None
    match = re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})(?:\s+(\d{{4}}))?", text)
    if match:
        return _day(int(match.group(1)), MONTHS[match.group(2)], match.group(3), anchor)
    match = re.fullmatch(rf"({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(\d{{4}}))?", text)
    if match:
        return _day(int(match.group(2)), MONTHS[match.group(1)], match.group(3), anchor)
    match = re.fullmatch(rf"({MONTH_RE})(?:\s+of)?(?:\s+(\d{{4}}))?", text)
    if match:
        month = MONTHS[match.group(1)]
        if match.group(2):
            return _month(int(match.group(2)), month), False
        if anchor is None:
            return None, True
        return _nearest(lambda year: _month(year, month), anchor), True
    holiday = _resolve_holiday(text, anchor)
    if holiday is not None:
        return holiday
    # dateparser answers "now" for much it cannot read: only expressions with a year or a month name go to it
    if re.search(r"\b\d{4}\b", text) or any(word in MONTHS for word in re.findall(r"[a-z]+", text)):
        if not re.search(r"\b(?:day|week|month|year)s?\b", text):
            return _dateparser(text, anchor)
    return None


def _day(day: int, month: int, year: str | None, anchor: Anchor | None) -> tuple[Period | None, bool] | None:
    if year:
        try:
            found = dt.date(int(year), month, day)
        except ValueError:
            return None
        return (found, found), False
    if anchor is None:
        return None, True

    def on(year: int) -> Period | None:
        try:
            found = dt.date(year, month, day)
        except ValueError:  # February 29 of a common year
            return None
        return found, found

    nearest = _nearest(on, anchor)
    return (nearest, True) if nearest is not None else None


def _holiday_day(rule: str, year: int) -> dt.date:
    """Return the day a named day's rule (``holidays.tsv``) gives in a year: "12-25", "easter-2", "11:thu:4"."""
    if rule.startswith("easter"):
        easter: dt.date = dateutil.easter.easter(year)
        return easter + dt.timedelta(days=int(rule[len("easter"):]))
    if rule.count(":") == 2:
        month, weekday, nth = rule.split(":")
        days = [day for day in calendar.Calendar().itermonthdates(year, int(month))
                if day.month == int(month) and calendar.day_abbr[day.weekday()].lower() == weekday]
        return days[int(nth) - 1] if int(nth) > 0 else days[int(nth)]
    month, day = rule.split("-")
    return dt.date(year, int(month), int(day))


def _resolve_holiday(text: str, anchor: Anchor | None) -> tuple[Period | None, bool] | None:
    """Return the day of a named day: "new year's day 2014"; without a year, the one nearest publication."""
    text = text.replace("\u2019", "'")
    match = re.fullmatch(r"(.+?)(?:\s+(?:of\s+)?(\d{4}))?", text)
    rule = date_words().holidays.get(match.group(1)) if match else None
    if match is None or rule is None:
        return None
    if match.group(2):
        day = _holiday_day(rule, int(match.group(2)))
        return (day, day), False
    if anchor is None:
        return None, True

    def on(year: int) -> Period:
        day = _holiday_day(rule, year)
        return day, day

    return _nearest(on, anchor), True


@functools.lru_cache(maxsize=4096)
def _dateparser_cached(text: str, base: dt.date | None) -> tuple[dt.date, str] | None:
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"]}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)  # type: ignore[assignment]
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _dateparser(text: str, anchor: Anchor | None) -> tuple[Period | None, bool] | None:
    found = _dateparser_cached(text, anchor.date if anchor else None)
    if found is None:
        return None
    day, period = found
    if period == "year":
        return _year(day.year), False
    if period == "month":
        return _month(day.year, day.month), False
    return (day, day), False


STORY_YEAR = re.compile(r"(?:19|20)\d\d")


def _story_year(span: Span) -> int | None:
    """Return the year the story is in at this point: the last explicit year in this or the previous sentence.

    "20 October" in a 2023 retrospective on 2018 is 20 October 2018.
    """
    doc = span.doc
    start = sentence(span).start
    if start > 0:
        start = sentence(doc[start - 1]).start
    words = texts(doc)
    return next((int(words[i]) for i in range(span.start - 1, start - 1, -1) if STORY_YEAR.fullmatch(words[i])), None)


def _is_name(span: Span) -> bool:
    """True for a month name that ends a person's name ("Theresa May", "Brian May") and for a named day that begins
    a name ("Christmas Island", "the Good Friday Agreement")."""
    if span.end < len(span.doc) and span.doc[span.end].is_title and span.text.lower().replace("\u2019", "'") in \
            date_words().holidays:
        return True
    if len(span) == 1 and STORY_YEAR.fullmatch(span.text) and _in_title(span[0]):
        return True
    if len(span) != 1 or span[0].lower_ not in MONTHS or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.pos_ == "PROPN" and prev.is_title and prev.lower_ not in MONTHS and prev.lower_ not in WEEKDAYS \
        and prev.lower_ not in date_words().leading_words


TITLE_WORDS = 4


def _in_title(year: Token) -> bool:
    """True for a year inside a law's or treaty's title: after its capitalised document noun and a comma or "of"
    ("the Deposit Schemes Act, 2019", "the Special Powers Act of 1974"), after a numbered instrument ("Regulations
    No. 1 of 2012", "Ordinance (6 of 2024)"), or before capitalised words ending in one ("the 1951 Refugee Convention")."""
    doc, documents = year.doc, date_words().documents
    i = year.i
    if i >= 2 and doc[i - 1].text in {",", "of"}:
        before = doc[i - 2]
        if before.is_title and before.lower_ in documents:
            return True  # "the Deposit Schemes Act, 2019", "the Special Powers Act of 1974"
        number = i - 4 if i >= 4 and doc[i - 3].text == "." else i - 3  # "No." "1" or "No" "." "1"
        if before.like_num and number >= 0 and doc[number].lower_.rstrip(".") in {"no", "number"}:
            return True
        if doc[i - 1].text == "of" and re.fullmatch(r"\d{1,3}", before.text):
            return True  # a numbered instrument of the year: "Ordinance (6 of 2024)", "G.N. (E.) 15 of 2024"
    for token in doc[i + 1 : i + 1 + TITLE_WORDS]:
        if not token.is_title:
            return False
        if token.lower_ in documents:
            return True
    return False


def _is_vague(span: Span, res: Resources) -> bool:
    text = span.text.lower().strip(" ,.")
    if text.replace("\u2019", "'") in res.holidays:
        return False  # "Thanksgiving Day" is a day, no duration
    if text in res.vague_time or date_words().leading.sub("", text) in res.vague_time:
        return True
    if re.search(r"\b(?:year|month|week|day)s?[- ]old\b", text) or re.fullmatch(r"(?:the\s+)?age\s+of\s+\d+", text):
        return True
    # durations: "three months", "14 years", "for two weeks" (but "two years ago" is a date)
    if any(word in MONTHS or word in WEEKDAYS for word in text.split()):
        return False
    back = PERIOD_BACK.fullmatch(text)
    if back is not None and (back.group(1) or back.group(3) or back.group(2) == "past") \
            and (back.group(3) is None or _number(back.group(3)) is not None):
        return False  # "the past three years" is a date
    if re.fullmatch(r"(?:for\s+|the\s+)?(?:the\s+)?(?:past\s+|last\s+|next\s+|first\s+)?(?:\w+\s+)?(?:\w+\s+)?(?:day|week|month|year|decade|hour|minute)s?", text) and not re.search(r"\d{4}", text):
        return not any(re.fullmatch(r"(?:(?:earlier|later|so\s+far)\s+)?(?:last|this|next|past)\s+(?:week|month|year)", form)
                       for form in (text, *_cores(text)))  # "just last week" is a date
    return False


MONTHS_OF_YEAR = re.compile(rf"({MONTH_RE})\s+and\s+({MONTH_RE})(?:\s+(\d{{4}}))?")
# two days of one month joined by "and": "January 23 and 24", "July 22 and 23, 2024", "3 and 4 March"
DAYS_OF_MONTH = re.compile(rf"(?P<m1>{MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
                           rf"(?:,?\s+(?P<y1>\d{{4}}))?"
                           rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_RE})"
                           rf"(?:,?\s+(?P<y2>\d{{4}}))?")


def _months_of_one_year(span: Span) -> bool:
    """True for two months joined by "and" with one year or none: "September and October 2018", "in June and July"
    (one period, as the gold lists it), or two days of one month: "January 23 and 24"."""
    text = " ".join(span.text.lower().split())
    match = MONTHS_OF_YEAR.fullmatch(text)
    if match is not None:
        return MONTHS[match.group(1)] < MONTHS[match.group(2)]
    days = DAYS_OF_MONTH.fullmatch(text)
    return days is not None and int(days.group("d1") or days.group("d3")) < int(days.group("d2") or days.group("d4"))


def _resolve_pair(text: str, anchor: Anchor | None) -> tuple[Period | None, bool] | None:
    """Resolve two months or two days joined by "and" as one period, from the first to the second: "September and
    October 2018"; without a year, the year nearest publication ("June and July")."""
    match = MONTHS_OF_YEAR.fullmatch(text)
    days = DAYS_OF_MONTH.fullmatch(text)
    if match is not None and MONTHS[match.group(1)] < MONTHS[match.group(2)]:
        first, last, year = MONTHS[match.group(1)], MONTHS[match.group(2)], match.group(3)

        def make(year: int) -> Period | None:
            return _month(year, first)[0], _month(year, last)[1]
    elif days is not None:
        month = MONTHS[days.group("m1") or days.group("m2")]
        first, last, year = int(days.group("d1") or days.group("d3")), int(days.group("d2") or days.group("d4")), \
            days.group("y1") or days.group("y2")
        if not first < last:
            return None

        def make(year: int) -> Period | None:
            try:
                return dt.date(year, month, first), dt.date(year, month, last)
            except ValueError:
                return None
    else:
        return None
    if year:
        found = make(int(year))
        return (found, False) if found is not None else None
    if anchor is None:
        return None, True
    nearest = _nearest(make, anchor)
    return (nearest, True) if nearest is not None else None


DATELINE_TOKENS = 8


def _datelines(doc: Doc) -> Iterator[tuple[int, int]]:
    """Yield the day of a dateline the model misses: "YEREVAN, APRIL 2, ARMENPRESS.", "Shenzhen, Jun 12 (IANS/DPA):".

    A month name (capitalised or in capitals) and a day number after a place and a comma near the start of a paragraph.
    """
    for i in positions(doc, MONTHS):
        token = doc[i]
        if not (token.is_title or token.is_upper) or i < 2 or i + 1 >= len(doc):
            continue
        day = doc[i + 1]
        if not (re.fullmatch(r"\d{1,2}", day.text) and 1 <= int(day.text) <= 31) or doc[i - 1].text != ",":
            continue
        if not (doc[i - 2].is_title or doc[i - 2].is_upper) or not doc[i - 2].is_alpha:
            continue
        start = i - 2
        while start > 0 and "\n" not in doc[start - 1].text_with_ws and i - start < DATELINE_TOKENS:
            start -= 1
        if start == 0 or "\n" in doc[start - 1].text_with_ws:
            yield i, i + 2


YEARS = frozenset(str(year) for year in range(1900, 2100))


def _bare_years(doc: Doc, covered: set[int], words: DateWords) -> Iterator[tuple[int, int]]:
    """Yield years the model did not tag as dates: "in 2015 Lu joined" (a name), "a 2022 plot" (a number).

    A year after a year cue ("in", "since", "a", "the", ...: ``date_words.tsv``) that no DATE entity covers, with
    a range's far end ("from 2013 to 2015"). A year inside another entity counts only as its first word.
    """
    for i in positions(doc, YEARS):
        if i in covered or i == 0 or doc[i - 1].lower_ not in words.year_cues:
            continue
        token = doc[i]
        if token.ent_type_ not in {"", "CARDINAL"} and not token.ent_iob_ == "B":
            continue
        if i + 2 < len(doc) and doc[i + 1].lower_ in words.joiners and doc[i + 2].text in YEARS and i + 2 not in covered:
            yield i, i + 3  # "from 2013 to 2015": the opener before it joins in date_spans
        else:
            yield i, i + 1


_CAPITAL_MONTH = "|".join(sorted({name.title() for name in MONTHS} | {name.upper() for name in MONTHS}, key=len, reverse=True))
# (each scan opens with a lookahead for the only characters a match can start with: the regex engine then skips to them
# instead of trying the pattern at every character of the article)
FULL_DAY = re.compile(rf"(?=[\dA-Z])(?<![\w.-])(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_CAPITAL_MONTH})\.?,?"
                      rf"|(?:{_CAPITAL_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,)\s+(?:19|20)\d\d(?![\w-])")
MONTH_DAY_TAIL = re.compile(r"(?:" + MONTH_RE + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?")
YEAR_RANGE = re.compile(r"(?=[12])(?<![\w./-])((?:19|20)\d\d)[\u2013-]((?:19|20)\d\d)(?![\w/-])")
NUMBERED_DAY = re.compile(r"(?=\d)(?<![\w./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\w/-]|\.\d)")


def _bare_seasons(doc: Doc, covered: set[int], lone: set[int], words: DateWords) -> Iterator[tuple[int, int]]:
    """Yield seasons without a year the model leaves untagged or tags without the words before them ("winter" of "the
    following winter"): "in the autumn" (resolved from publication), "that summer", "the summer before", "the
    following winter" (named from the date before them). A lowercase noun not followed by "of" ("the fall of Kabul")
    nor by a noun it qualifies ("the summer camp")."""
    for i in positions(doc, words.seasons):
        token = doc[i]
        if i in covered and i not in lone or i < 2 or token.text != token.lower_ or token.pos_ != "NOUN":
            continue
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (after.lower_ == "of" or after.pos_ in {"NOUN", "PROPN"}):
            continue
        before, opener = doc[i - 1].lower_, doc[i - 2].lower_
        if before == "that":
            yield i - 1, i + 1
        elif before == "the" and after is not None and after.lower_ == "before" and not list(after.children):
            yield i - 1, i + 2
        elif opener == "the" and before in words.steps:
            yield i - 2, i + 1
        elif before == "the" and opener in words.season_openers:
            yield i - 1, i + 1


DAY_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def _bare_month_days(doc: Doc, covered: set[int]) -> Iterator[tuple[int, int]]:
    """Yield a day written as a capitalised month and its number that the model leaves untagged or reads as a number
    ("disappeared in Malaysia on Aug 23.", "reported Reuters Nov 15", "organized Nov 4-6 by"), with a day range in
    that month. Not in another entity ("the April 6 Youth Movement"), not before a capitalised word (a name's) nor
    before a year or a time (left to the other rules)."""
    for i in positions(doc, MONTHS):
        token = doc[i]
        if i in covered or i + 1 in covered or i + 1 >= len(doc) or not (token.is_title or token.is_upper) \
                or token.ent_type_ not in {"", "CARDINAL"} or doc[i + 1].ent_type_ not in {"", "CARDINAL"}:
            continue
        day = DAY_NUMBER.fullmatch(doc[i + 1].text)
        if day is None or not 1 <= int(day.group(1)) <= 31:
            continue
        end = i + 2
        if end + 1 < len(doc) and doc[end].text in {"-", "\u2013"} and doc[end + 1].text.isdigit() \
                and int(day.group(1)) < int(doc[end + 1].text) <= 31:
            end += 2  # "Nov 4-6"
        after = doc[end] if end < len(doc) else None
        if after is not None and (after.text in YEARS or after.text in {",", ":", "/"} and end + 1 < len(doc)
                                  and doc[end + 1].like_num or after.is_title and not after.is_sent_start):
            continue
        yield i, end


def _bare_todays(doc: Doc, covered: set[int]) -> Iterator[tuple[int, int]]:
    """Yield a "today" the model leaves untagged ("WASHINGTON-Today, the Treasury ..."), not one ending a name
    ("USA Today", "Russia Today"): the word after punctuation or a lowercase word."""
    for i in positions(doc, date_words().today):
        if i in covered or doc[i].ent_type_:
            continue
        if i == 0 or doc[i - 1].is_punct or doc[i - 1].is_lower:
            yield i, i + 1


# words of an event a period is counted from that make it a date of its own ("the day before yesterday", "two days
# after 3 May"), left to the other rules
DATED_TAIL = re.compile(r"\d|\b(?:" + MONTH_RE + "|" + "|".join(WEEKDAYS) + r"|yesterday|today|tomorrow|tonight|last|next|this)\b")


EVENT_TOKENS = 5  # words an event may take after "the day after" ("the day after the attempted murder")


def _before_event(span: Span) -> bool:
    """True for a period counted to "after" or "before" an event told after it: "two days after the attackers broke
    in", "a week before the attack" (a counted period the gold leaves out), "the day after the election"."""
    step = span[-1]
    return step.lower_ in {"after", "before"} and (step.dep_ == "mark" or any(c.i >= span.end for c in step.children))


def _counted_periods(doc: Doc, words: DateWords) -> Iterator[tuple[int, int]]:
    """Yield periods counted from the date or event before them, which the model misses or cuts: "The following
    day", "Three days before,", "the day after the election", "the week before the attempted murder" (the event a
    noun). Not hedged ones ("a few days later", "more than a week later", "for two years after"), nor a counted
    period before an event ("two days after the attackers broke in", "a week before the attack": the gold leaves
    them out), nor "X came the day after Y" (the period dates Y by X), nor one counted from a date of its own ("the
    day before yesterday")."""
    for i in positions(doc, words.units):
        unit = doc[i].lower_
        if i >= 2 and doc[i - 2].lower_ == "the" and doc[i - 1].lower_ in words.steps \
                and unit in words.unit_names:
            yield i - 2, i + 1
            continue
        if i == 0 or i + 1 >= len(doc) or doc[i + 1].lower_ not in words.later | words.earlier:
            continue
        count = doc[i - 1].lower_
        if not (count == "the" and unit in words.unit_names
                or _number(count) is not None and (unit in words.unit_names) == (_number(count) == 1)):
            continue
        start = i - 1
        if any(" ".join(t.lower_ for t in doc[max(start - n, 0) : start]) in words.hedges for n in (1, 2)):
            continue
        if doc[i].dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "dative"}:
            continue  # a length of time: "spent two years after the war in Paris"
        step = doc[i + 1]
        end = i + 2
        if _before_event(doc[start:end]):
            # counted from an event: a noun after "the day" ("the day after the election")
            event = next((c for c in step.children if c.dep_ == "pobj"), None)
            governor = doc[i].head if step.head.i == i else step.head  # "came the day after": "came"
            if count != "the" or event is None or event.i - step.i > EVENT_TOKENS \
                    or governor.lemma_.lower() in words.timing_verbs:
                continue
            if DATED_TAIL.search(doc[step.i + 1 : event.i + 1].text.lower()) \
                    or any(t.ent_type_ == "DATE" for t in doc[step.i + 1 : event.i + 1]):
                continue
            end = event.i + 1
        yield start, end


def resolve_numbered_day(text: str, anchor: Anchor | None) -> Period | None:
    """Return the day a numbered date names: "21.05.2023" (day first), "3-2-2024", "05/03/2021".

    A number over 12 is the day; dots are day first (European use); otherwise the reading nearest publication,
    day first when both are as near or the publication date is unknown.
    """
    match = NUMBERED_DAY.fullmatch(text.strip())
    if match is None:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    readings: list[dt.date] = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    if match.group(2) == "." or anchor is None or len(readings) == 1:
        found = readings[0]
    else:
        found = min(readings, key=lambda day: abs((day - anchor.date).days))
    return found, found


def date_spans(doc: Doc) -> Iterator[Span]:
    """Yield date expressions from the model's DATE entities, repaired where it cuts them.

    Adds a day before a month ("2 October 2018"), "of 2022" after a season,
    "on" before a weekday; joins "between April 2021 and July 2022" into one
    range; splits "the 1990s and 2000s" into two dates.
    """
    words = date_words()
    # the model reads some days as times ("late Saturday", "Saturday night"): a time that names a weekday is a date
    labelled = list(zip(doc_index(doc).ents, ent_labels(doc)))
    ents = [e for e, label in labelled
            if label == "DATE" or (label == "TIME" and (any(t.lower_ in WEEKDAYS for t in e)
                                                        or e.text.lower() in words.day_times))]
    # "the night of Sept. 21": a time of a named day is that day
    ents += [doc[month : e.end] for e, label in labelled if label == "TIME"
             and not any(t.lower_ in WEEKDAYS for t in e)
             and (month := next((t.i for t in e if t.lower_.rstrip(".") in MONTHS and t.i + 1 < e.end), -1)) > e.start
             and MONTH_DAY_TAIL.fullmatch(doc[month : e.end].text.lower())]
    ents.sort(key=lambda e: e.start)
    spans: list[tuple[int, int]] = []
    for ent in ents:
        start, end = ent.start, ent.end
        if end + 1 < len(doc) and doc[end].lower_ == "of" and re.fullmatch(r"\d{4}", doc[end + 1].text):
            end += 2
        elif doc[end - 1].lower_ == "of" and end < len(doc) and re.fullmatch(r"\d{4}", doc[end].text):
            end += 1
        if end - start == 1 and doc[start].text in YEARS and end + 1 < len(doc) and doc[end].lower_ in words.joiners \
                and doc[end].lower_ != "and" and doc[end + 1].text in YEARS and doc[end + 1].ent_type_ != "DATE":
            end += 2  # "from 2014 to 2022": the model reads the far end as a number
        if start > 0 and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", doc[start - 1].text, re.I) and doc[start].lower_ in MONTHS:
            start -= 1  # "2 October", "09th November"
        if end + 1 < len(doc) and doc[end].text in {"-", "\u2013"} and doc[end - 1].text.isdigit() and end - 2 >= start \
                and doc[end - 2].lower_.rstrip(".") in MONTHS and doc[end + 1].text.isdigit() \
                and int(doc[end - 1].text) < int(doc[end + 1].text) <= 31:
            end += 2  # "a April 29-30 meeting": the model ends the day range at its first day
        # "the autumn of 2020": the model may take the year alone
        if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in words.seasons \
                and re.fullmatch(r"\d{4}", doc[start].text):
            start -= 3 if start > 2 and doc[start - 3].lower_ == "the" else 2
        if start > 0 and doc[start - 1].lower_ == "on" and doc[start].lower_ in WEEKDAYS:
            start -= 1
        if start > 0 and doc[start - 1].lower_ == "exactly" and doc[end - 1].lower_ == "ago":
            start -= 1  # "Exactly one year ago": the day, not the year
        while end - start > 1 and (doc[start].lower_ in words.focus or doc[start].lower_ in {"later", "earlier"}
                                   and doc[start + 1].lower_ in {"next", "last"}):
            start += 1  # "Just last week", "only this week", "later next week": the stress is no part of the date
        if start > 1 and doc[start - 2].lower_ == "so" and doc[start - 1].lower_ == "far" \
                and doc[start].lower_ == "this" and end - start == 2:
            start -= 2  # "so far this year": from its first day to publication
        # "sentenced on Wednesday to six years": the model runs a day on into the sentence's length
        cut = next((i for i in range(start + 1, min(end, len(doc) - 2)) if doc[i].lower_ == "to"
                    and doc[i + 1].like_num and doc[i + 2].lemma_.lower() in {"year", "month", "week", "day"}), None)
        if cut is not None and cut > start:
            end = cut
        if spans and start - spans[-1][1] == 1 and doc[start - 1].text == "," and doc[start - 2].lower_ in WEEKDAYS \
                and (doc[start].lower_.rstrip(".") in MONTHS or doc[start].like_num):
            spans[-1] = (spans[-1][0], end)  # "Friday" "," "18 October 2024": the model split the day from its weekday
            continue
        if spans and start - spans[-1][1] == 1 and _months_of_one_year(doc[spans[-1][0] : end]):
            spans[-1] = (spans[-1][0], end)  # "September" "and" "October 2018"
            continue
        # "between August 30, 2020, and February 8, 2023": a comma may close the first end's year before the joiner
        if spans and (start - spans[-1][1] == 1 or start - spans[-1][1] == 2 and doc[start - 2].text == ","
                      and re.fullmatch(r"\d{4}", doc[start - 3].text)) \
                and doc[start - 1].text.strip().lower() in words.joiners:
            first = spans[-1][0]
            if doc[first].lower_ in words.openers or (first > 0 and doc[first - 1].lower_ in words.openers):
                spans[-1] = (first, end)
                continue
        spans.append((start, end))
    covered = {i for start, end in spans for i in range(start, end)}
    seasons = list(_bare_seasons(doc, covered, {start for start, end in spans if end - start == 1}, words))
    spans = [(start, end) for start, end in spans if not any(first < start and end == last for first, last in seasons)]
    spans = sorted(spans + [d for d in _datelines(doc) if d[0] not in covered] + list(_bare_years(doc, covered, words))
                   + seasons)
    # a named day the model tags as an event or a place, or cuts ("Valentine's" "Day 2018"), replaces what it overlaps
    for match in words.holiday.finditer(doc_text(doc)):
        named = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if named is None:
            continue
        spans = [(start, end) for start, end in spans if end <= named.start or start >= named.end
                 or (start <= named.start and end >= named.end and end - start > len(named))]
        if not any(start <= named.start and end >= named.end for start, end in spans):
            spans = sorted(spans + [(named.start, named.end)])
    # a numbered day ("21.05.2023", "3-2-2024") the model reads as a number or a place, or splits
    for match in [*NUMBERED_DAY.finditer(doc_text(doc)), *(m for m in YEAR_RANGE.finditer(doc_text(doc))
                                                          if int(m.group(1)) < int(m.group(2)))]:
        numbered = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if numbered is not None and numbered.start_char == match.start() and numbered.end_char == match.end():
            spans = sorted([(start, end) for start, end in spans if end <= numbered.start or start >= numbered.end]
                           + [(numbered.start, numbered.end)])
    # a day written with its month's name and year the model tags as another entity ("5th March 2018" ORG) or cuts
    # ("13th of" "May 2017"): unambiguous, it replaces what lies inside it
    for match in FULL_DAY.finditer(doc_text(doc)):
        full = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if full is None or full.start_char != match.start() or full.end_char != match.end() \
                or any(start <= full.start and end >= full.end for start, end in spans):
            continue
        if any(start < full.end and end > full.start and not (start >= full.start and end <= full.end) for start, end in spans):
            continue  # it overlaps another date without holding it: left as the model and the rules above read it
        spans = sorted([(start, end) for start, end in spans if end <= full.start or start >= full.end] + [(full.start, full.end)])
    covered = {i for start, end in spans for i in range(start, end)}
    spans = sorted(spans + list(_bare_todays(doc, covered)) + list(_bare_month_days(doc, covered)))
    # a period counted from the date or event before it, which the model misses or cuts ("The following day",
    # "the day" of "the day after the election"): it replaces what lies inside it
    for first, last in _counted_periods(doc, words):
        if any(start <= first and end >= last or start < last and end > first and (start < first or end > last)
               for start, end in spans):
            continue  # inside a date the model read, or crossing one
        spans = sorted([(start, end) for start, end in spans if end <= first or start >= last] + [(first, last)])
    for start, end in spans:
        if end - start > 1 and doc[end - 1].lower_ in {"'s", "\u2019s"}:
            end -= 1  # a possessive date ("last month's event", "Monday’s hearing") is the date itself
        span = doc[start:end]
        if start > 0 and doc[start - 1].lower_ in words.openers and any(t.lower_ in words.joiners for t in span):
            yield doc[start - 1 : end]
        elif doc[start].lower_ in words.openers:
            yield span
        elif _months_of_one_year(span):
            yield span  # "September and October 2018": the two months of that year, one period
        elif " and " in span.text and not any(t.lower_ in words.openers for t in span):
            # a list of dates, each its own
            parts: list[Span] = []
            begin = start
            for token in span:
                if token.lower_ == "and":
                    parts.append(doc[begin : token.i])
                    begin = token.i + 1
            parts.append(doc[begin:end])
            yield from (p for p in parts if len(p))
        else:
            yield span


@functools.lru_cache(maxsize=None)
def _anaphoric() -> re.Pattern[str]:
    """The forms of a date named from the one before it (or from an event: "the day after the election")."""
    words = date_words()
    later = "|".join(sorted(map(re.escape, words.later | words.earlier), key=len, reverse=True))
    seasons, steps = "|".join(sorted(words.seasons)), "|".join(words.steps)
    return re.compile(
        r"(?:the\s+(?P<which>" + steps + r")|(?P<bare>following|preceding))\s+(?P<unit>day|week|month|year)"
        rf"|the\s+(?P<eunit>day|week|month|year)\s+(?P<edir>{later})(?P<etail>\s+.+)?"
        rf"|(?P<count>\w+)\s+(?P<cunit>day|week|month|year)s?\s+(?P<dir>{later})"
        r"|(?P<month>" + MONTH_RE + r")\s+(?:of\s+)?(?:that|the\s+same)\s+year"
        rf"|(?:(?:early|late|earlier|later)\s+)?that\s+(?P<that_season>{seasons})"
        rf"|the\s+(?P<season_before>{seasons})\s+before|the\s+(?P<season_step>{steps})\s+(?P<stepped_season>{seasons})"
        r"|that\s+(?P<that_month>" + MONTH_RE + r")"
        r"|(?:that|the\s+same)\s+year"
    )


DAY_COUNT_BASE = 7  # days a period may span and still be one to count days and weeks from (a day, a week, a weekend)
SEASON_DAYS = 91  # the longest a month or a season spans (June 1 to August 31), after which no day is counted


def _shift_months(day: dt.date, months: int) -> Period:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return _month(year, month + 1)


def resolve_anaphoric(text: str, previous: Period | None, *, day: Period | None = None) -> tuple[Period | None, bool] | None:
    """Resolve a date named from the one before it: "the following year", "three days later", "May of that year".

    Days and weeks count from ``day``, the last date the story gave of a week or less, when it is given ("on June 19
    ... since 2023 ... Eleven days later" is 30 June): a year is no day to count days from, and a month or a season
    before it gives none ("in April 2024 and released the following day": the date the story gives, unresolved).
    Returns None when the text is no such expression or there is no date before it.
    """
    match = _anaphoric().fullmatch(" ".join(text.lower().split()).strip(" ,."))
    if match is None or match.group("cunit") and _number(match.group("count")) is None:
        return None  # "only days earlier" counts nothing: vague time
    if DATED_TAIL.search(match.group("etail") or ""):
        return None  # "two days after 3 May", "the day before yesterday": a date of its own
    unit = match.group("unit") or match.group("cunit") or match.group("eunit")
    if unit in {"day", "week"}:
        if day is not None:
            previous = day
        elif previous is not None and (previous[1] - previous[0]).days >= DAY_COUNT_BASE:
            return None, True  # "In June 2014 ... Two days later": a month is no day to count days from: unresolved
    if previous is None:
        # no date before it to count from: "two days earlier", "the next day", "the day after the election" is a
        # date the story gives, unresolved; "the following year" and the other forms are left to the other rules
        return (None, True) if match.group("cunit") or match.group("eunit") or unit == "day" else None
    start = previous[0]
    if season := match.group("that_season") or match.group("season_before") or match.group("stepped_season"):
        return _season_from(season, previous, match), False
    which = match.group("which") or match.group("bare")
    later = date_words().later
    if which or match.group("eunit"):
        step = date_words().steps[which] if which else 1 if match.group("edir") in later else -1
    elif match.group("cunit"):
        count = _number(match.group("count"))
        if count is None:
            return None
        step = count if match.group("dir") in later else -count
    elif match.group("month") or match.group("that_month"):
        return _month(start.year, MONTHS[match.group("month") or match.group("that_month")]), False
    else:
        return _year(start.year), False
    if unit in {"day", "week"}:
        found = (previous[1] if step > 0 else start) + dt.timedelta(days=step * (7 if unit == "week" else 1))
        if unit == "week" and (which or match.group("eunit")):
            monday = found - dt.timedelta(days=found.weekday())
            return (monday, monday + dt.timedelta(days=6)), False
        return (found, found), False
    if unit == "month":
        return _shift_months(start, step), False
    return _year(start.year + step), False


def _season_from(season: str, previous: Period, match: re.Match[str]) -> Period:
    """Return a season named from the date before it: "that summer" is the one of its year (the winter begun the
    year before for a January or February), "the summer before" / "the previous summer" the latest one ended before
    it, "the following summer" the first one begun after it."""
    start, end = previous
    if match.group("that_season"):
        return _season(start.year - (season == "winter" and start.month <= 2), season)
    if match.group("season_before") or date_words().steps[match.group("season_step")] < 0:
        year = start.year
        while _season(year, season)[1] >= start:
            year -= 1
        return _season(year, season)
    year = end.year - 1
    while _season(year, season)[0] <= end:
        year += 1
    return _season(year, season)


YEAR_AFTER_TOKENS = 5  # tokens a place may take between a day and its year ("December 14 in Istanbul in 2014")


def _years_after(spans: list[Span]) -> dict[int, int]:
    """Map a day without a year to the bare year written after it in its clause, past a place: "killed on December 14
    in Istanbul in 2014" is 14 December 2014 (the day has its year), not the day nearest publication."""
    found: dict[int, int] = {}
    for index in range(len(spans) - 1):
        day, year = spans[index], spans[index + 1]
        if not (_MONTH_DAY.fullmatch(day.text.lower()) or _DAY_MONTH.fullmatch(day.text.lower())) or re.search(r"\d{4}", day.text):
            continue
        if not (len(year) == 1 and STORY_YEAR.fullmatch(year.text)) or year.start - day.end > YEAR_AFTER_TOKENS:
            continue
        between = day.doc[day.end : year.start]
        if len(between) >= 2 and between[-1].lower_ == "in" and between[0].lower_ in {"in", "at", "near"} \
                and all(t.pos_ in {"ADP", "PROPN", "DET", "NOUN"} for t in between):
            found[index] = index + 1
    return found


def _named_after(spans: list[Span], index: int) -> bool:
    """True when the next date follows this one past nothing but a comma, "on" or a bracket: "the following day, on
    May 8, 2023", "today (Monday)": the date that names the same period."""
    if index + 1 >= len(spans) or spans[index + 1].start <= spans[index].end:
        return False
    return all(t.lower_ in {",", "on", "("} for t in spans[index].doc[spans[index].end : spans[index + 1].start])


DAY_ANCHOR = Anchor(dt.date(2000, 6, 15), "day")  # any day: whether an expression names one day does not depend on it


@functools.lru_cache(maxsize=1024)
def _one_day(text: str) -> bool:
    """True for an expression naming a single day, whatever the publication date: "yesterday", "a week ago",
    "Monday", "May 17", "13th of May 2017"; not "last week", "May", "2017"."""
    found = resolve_date(text, anchor=DAY_ANCHOR)
    return found is not None and found[0] is not None and found[0][0] == found[0][1]


def _bare(text: str) -> str:
    """Return a date's text lowercased without its leading words ("on", "late", "the"): "on Thursday" -> "thursday"."""
    leading = date_words().leading
    lowered = " ".join(text.lower().split())
    while (stripped := leading.sub("", lowered)) != lowered:
        lowered = stripped
    words = lowered.split()
    if len(words) == 2 and words[0] in WEEKDAYS and words[1] in date_words().day_parts:
        return words[0]  # "early Thursday morning" is the "Thursday" told before
    return lowered


def extract_dates(
    doc: Doc, *, published: str | None = None, article_id: str = "", resources: Resources | None = None
) -> Iterator[DateRow]:
    """Yield one row per distinct date the article names, resolved against ``published``."""
    res = resources or load_resources()
    anchor = Anchor.parse(published)
    seen: set[tuple[str | None, str | None, str]] = set()
    previous: Period | None = None
    previous_day: Period | None = None  # the last such date of a week or less, to count days and weeks from
    spans = list(date_spans(doc))
    years_after = _years_after(spans)
    for index, span in enumerate(spans):
        if index in years_after.values():
            continue  # the year of "on December 14 in Istanbul in 2014" is that day's
        dated = resolve_date(f"{span.text} {spans[years_after[index]].text}", anchor=anchor) \
            if index in years_after else None
        if span.start > 0 and doc[span.start - 1].lower_ == "that" and span.text.lower() in MONTHS:
            span = doc[span.start - 1 : span.end]  # "that April": the month of the year the story is in
        resolved = resolve_anaphoric(span.text, previous, day=previous_day)
        if resolved is None and (_is_vague(span, res) or _is_name(span)):
            continue
        anaphoric = resolved is not None
        if anaphoric and _before_event(span):
            continue  # "Five years after the afternoon she spent waiting": counted before an event, left out
        if anaphoric and _named_after(spans, index):
            continue  # "the following day, on May 8, 2023": the date it names follows it
        if resolved is None:
            resolved = dated or resolve_date(span.text, anchor=anchor, story_year=_story_year(span))
        comma = next((t.i for t in span if t.text == ","), None)
        if resolved is None and comma is not None and comma > span.start:
            # the model ran on past a comma ("On 8 February, days before"): the date is what comes before it
            span = doc[span.start : comma]
            if _is_vague(span, res) or _is_name(span):
                continue
            resolved = resolve_date(span.text, anchor=anchor, story_year=_story_year(span))
        dash = next((t.i for t in span if t.text in {"-", "\u2013", "\u2014"}), None)
        if resolved is None and dash is not None and dash > span.start:
            # the model ran on past a dash ("LONDON, March 4 - Two men went on trial"): the date is what comes before it
            span = doc[span.start : dash]
            if _is_vague(span, res) or _is_name(span):
                continue
            resolved = resolve_date(span.text, anchor=anchor, story_year=_story_year(span))
        if resolved is None:
            continue
        period, relative = resolved
        if period is None and relative and not anaphoric and _named_after(spans, index) and _one_day(span.text) \
                and _one_day(spans[index + 1].text):
            # "yesterday (August 16)", "A week ago, on May 17, 2023" with no publication date: the day it names follows
            # it (with one, both resolve: the same day is listed once, another day is a date of its own: "a week ago,
            # on Friday" in a story of a Friday)
            continue
        if period is not None and not anaphoric:
            previous = period  # "the following month" is named from the last date the story gives, not from another such
            if (period[1] - period[0]).days < DAY_COUNT_BASE:
                previous_day = period
            elif (period[1] - period[0]).days <= SEASON_DAYS:
                previous_day = None  # "In June 2014 ... Two days later": counted from the month, no day (a year between
                # days is passed over: "on June 19 ... since 2023 ... Eleven days later")
        start = period[0].isoformat() if period else None
        end = period[1].isoformat() if period else None
        # an unresolved date is told apart by its words without a preposition or "late": "on Thursday" = "Thursday"
        key = (start, end, _bare(span.text) if period is None else "")
        if key in seen:
            continue
        seen.add(key)
        yield DateRow(
            article_id=article_id,
            char_start=span.start_char,
            char_end=span.end_char,
            text=span.text,
            date_start=start,
            date_end=end,
            relative=relative,
            anchor=published if relative else None,
        )
