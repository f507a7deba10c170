"""Counts: cardinal quantities with their qualifier, counted noun, category, place and currency."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.extract.places import find_places
from pipeline.extract.index import doc_index, sentence
from pipeline.records import AttributionRow, CountRow
from pipeline.resources import Resources, load_resources

SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
          "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# QUANTITY is a measure ("400 metres", "two kilometres"): not a count of things (GUIDELINES.md counts).
SKIP_LABELS = {"DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY"}
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "FAC"}
UNIT_SKIP = {"such", "of", "the", "these", "those", "their", "its", "more", "other", "additional", "further", "'s"}
PLACE_PREPS = {"in", "across", "inside", "from", "at", "throughout"}
# A preposition that opens a range of places, and the words that close it ("from Maine to Texas").
RANGE_OPENERS = {"from": {"to", "through"}, "between": {"and"}}
CURRENCY_SIGN = re.compile(r"^(HK\$|US\$|C\$|CA\$|A\$|AU\$|NZ\$|S\$|\$|£|€|¥|₹)")


@dataclass(frozen=True)
class Number:
    """A number's tokens (qualifier excluded), its value and where its counted noun may start."""

    start: int
    end: int
    value: float
    currency: str | None


# Words "a" counts as one before: "a dozen", "a hundred", "more than a million followers".
A_SCALES = {"dozen", "hundred", "thousand", "million", "billion"}


def parse_number(words: str) -> float | None:
    """Return the value of a number written in digits or words: "230,000", "1.5 million", "two dozen", "a dozen".

    >>> parse_number("two dozen")
    24.0
    """
    text = words.lower().replace(",", "").strip()
    text = re.sub(r"^(?:hk|us|c|ca|a|au|nz|s)?[$£€¥₹]", "", text).strip()
    tokens = text.replace("-", " ").split()
    if not tokens:
        return None
    if tokens[0] in {"a", "an"}:
        tokens = ["one", *tokens[1:]]
    total = 0.0
    current = 0.0
    seen = False
    for token in tokens:
        if re.fullmatch(r"\d+(?:\.\d+)?", token):
            current += float(token)
            seen = True
        elif token in NUMBER_WORDS:
            value = NUMBER_WORDS[token]
            if token == "hundred":
                current = (current or 1) * 100
            elif token == "dozen":
                current = (current or 1) * 12
            else:
                current += value
            seen = True
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
            seen = True
        elif token == "and":
            continue
        else:
            return None
    return total + current if seen else None


def _number_tokens(doc: Doc) -> list[tuple[int, int]]:
    """Return the token ranges of numbers: the model's CARDINAL/MONEY/QUANTITY entities and any other number-like tokens."""
    ranges: list[tuple[int, int]] = []
    covered: set[int] = set()
    for ent in doc_index(doc).ents:
        if ent.label_ in {"CARDINAL", "MONEY"}:
            # the model folds qualifiers and ranges into one entity ("more than 50", "between $3.8 billion and
            # $4.5 billion"); each run of number words is a number of its own, qualifiers are read separately
            run_start: int | None = None
            for token in ent:
                part = _number_part(token)
                if part and run_start is None:
                    run_start = token.i
                elif not part and run_start is not None:
                    ranges.append((run_start, token.i))
                    run_start = None
            if run_start is not None:
                ranges.append((run_start, ent.end))
            covered.update(range(ent.start, ent.end))
    i = 0
    while i < len(doc):
        token = doc[i]
        if i not in covered and (token.like_num or token.lower_ == "dozen") and (
            not _in_ent(token, SKIP_LABELS | NAME_LABELS) or _date_tail_number(token)
        ):
            j = i + 1
            while j < len(doc) and j not in covered and (doc[j].like_num or doc[j].lower_ in SCALES or doc[j].lower_ == "dozen"):
                j += 1
            if i > 0 and doc[i - 1].lower_ in {"a", "an"} and token.lower_ in A_SCALES:
                ranges.append((i - 1, j))
            else:
                ranges.append((i, j))
            i = j
            continue
        i += 1
    return sorted(ranges)


def _number_part(token: Token) -> bool:
    """True for a token that belongs to a written number: digits, number words, scales, currency signs, "a dozen"."""
    text = token.lower_
    return bool(
        token.like_num or CURRENCY_SIGN.match(token.text) or text in SCALES or text == "dozen"
        or (text in {"a", "an"} and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in A_SCALES)
    )


def _date_tail_number(token: Token) -> bool:
    """True for a number word the model folded into a date before it: "in November two dissidents were sent back"."""
    doc = token.doc
    return (
        token.ent_type_ == "DATE" and token.is_alpha and token.like_num and token.i > 0
        and doc[token.i - 1].lower_ in MONTH_NAMES
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_type_ != "DATE")
    )


def _in_ent(token: Token, labels: set[str]) -> bool:
    return token.ent_type_ in labels


def _currency(doc: Doc, start: int, end: int, res: Resources) -> tuple[str | None, int, int]:
    """Return (ISO currency, start, end) with a currency sign or word before/after the number folded in."""
    text = doc[start:end].text
    match = CURRENCY_SIGN.match(text)
    if match:
        return res.currencies.get(match.group(1)), start, end
    if start > 0:
        prev = doc[start - 1].text
        if start > 1 and doc[start - 2].text + prev in res.currencies:
            return res.currencies[doc[start - 2].text + prev], start - 2, end
        if prev in res.currencies and not prev.isalpha():
            return res.currencies[prev], start - 1, end
    for size in (3, 2, 1):
        words = doc[end : end + size].text
        if words in res.currencies and words.isascii() and any(c.isalpha() for c in words):
            return res.currencies[words], start, end + size
    return None, start, end


def _qualifier(doc: Doc, start: int, res: Resources) -> tuple[str, int]:
    """Return the qualifier of the number starting at ``start`` and where the count's text begins."""
    for size in (3, 2, 1):
        if start - size < 0:
            continue
        phrase = doc[start - size : start].text.lower()
        if phrase in res.qualifiers:
            # "spread over five continents": a preposition governing the number is no qualifier
            if size == 1 and doc[start - 1].dep_ == "prep" and doc[start - 1].head.i != start:
                continue
            return res.qualifiers[phrase], start - size
    return "exact", start


def _is_excluded(doc: Doc, start: int, end: int, value: float, peoples: Collection[str] = ()) -> bool:
    """True for years, ages, times, percentages, ordinals, list markers and numbers inside names."""
    span = doc[start:end]
    if any(t.ent_type_ in SKIP_LABELS | NAME_LABELS for t in span if t.ent_type_ not in {"CARDINAL", "MONEY", "QUANTITY"}
           and not _date_tail_number(t)):
        return True
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if nxt is not None and (nxt.lower_ in {"%", "percent", "per", "pc", "a.m.", "p.m.", "am", "pm", "o'clock"} or nxt.text in {"-year", "-month"}):
        return True
    if nxt is not None and nxt.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in {"year", "month", "week", "day"}:
        return True
    if nxt is not None and nxt.lower_ in {"year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "minutes", "decades", "times"}:
        return True
    if prev is not None and prev.lower_ in {"aged", "age", "no.", "number", "article", "section", "flight", "page", "paragraph"}:
        return True
    # ", 34," after a name is an age
    if prev is not None and prev.text == "," and nxt is not None and nxt.text in {",", ")"} and start >= 2 and doc[start - 2].ent_type_ == "PERSON":
        return True
    text = span.text
    if re.fullmatch(r"(1[89]|20)\d\d", text) and value >= 1800:  # "2,000" is a number, not a year
        return True
    # "2 October", "October 2": a day the model did not read as a date
    if (nxt is not None and nxt.lower_ in MONTH_NAMES) or (prev is not None and prev.lower_ in MONTH_NAMES and not span[0].is_alpha):
        return True
    # "one of the defendants" singles one out of a set, "one another" is a pronoun; they count nothing
    if value == 1 and nxt is not None and nxt.lower_ in {"of", "another"}:
        return True
    # "won 2-1", "a 3-2 vote": a score or tally, not two counts
    if (nxt is not None and nxt.text in {"-", "–"} and not nxt.whitespace_ and end + 1 < len(doc) and doc[end + 1].like_num) or (
        prev is not None and prev.text in {"-", "–"} and start >= 2 and doc[start - 2].like_num and not doc[start - 2].whitespace_
    ):
        return True
    # numbers inside names: '"110 Overseas"', "912 Special Project Working Group"
    if prev is not None and prev.is_quote and nxt is not None and nxt.text[:1].isupper():
        return True
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ in {"ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"}:
        # "912 Special Project Working Group" is a name; "40 Kazakh detainees" counts detainees
        following = doc[end : min(len(doc), end + 4)]
        if not any(t.tag_ in {"NNS", "NNPS"} or t.lower_ in peoples for t in following):
            return True
    # "several thousand Russians", "a few hundred": a scale word without its number is vague
    if span[0].lower_ in A_SCALES and (prev is None or prev.lower_ not in {"a", "an"}):
        return True
    # "3.1 Overview": a section number opening a line
    if "." in text and (start == 0 or "\n" in doc[start - 1].text_with_ws) and nxt is not None and nxt.text[:1].isupper():
        return True
    return value <= 0


def _unit(doc: Doc, end: int, limit: int, nouns: Collection[str] = ()) -> tuple[int, int, Token | None]:
    """Return the counted noun phrase after a number (token range) and its head noun.

    "five of his cousins" and "214 of the 608 cases" count cousins and cases: a partitive "of" with a
    determiner or possessive (and the whole set's number) is skipped. ``nouns`` are counted nouns the
    tagger may take for verbs ("three Iranian consulates").
    """
    i = end
    if i + 1 < limit and doc[i].lower_ == "of" and doc[i + 1].pos_ in {"DET", "PRON"} and doc[i + 1].lower_ not in {"them", "those", "these", "us"}:
        i += 2
        if i < limit and doc[i].like_num:
            if doc[i].dep_ != "nummod":
                return end, end, None  # "Four of the six live in Britain": the set is named before, the unit elided
            i += 1
    while i < limit and (doc[i].lower_ in UNIT_SKIP or doc[i].is_quote or doc[i].pos_ == "DET"):
        i += 1
    # "raising to 13 the number of activists wanted": the number counts what "the number of" names
    if i + 1 < limit and doc[i].lower_ in {"number", "total"} and doc[i - 1].lower_ == "the" and doc[i + 1].lower_ == "of":
        i += 2
    start = i
    head: Token | None = None
    def is_noun(token: Token) -> bool:
        return token.pos_ in {"NOUN", "PROPN"} or (token.tag_ == "VBZ" and token.lower_.removesuffix("s") in nouns)

    while i < limit:
        token = doc[i]
        if is_noun(token) or (token.pos_ == "ADJ" and i + 1 < limit and (doc[i + 1].pos_ in {"ADJ", "PUNCT"} or is_noun(doc[i + 1]))):
            if is_noun(token):
                head = token
            i += 1
            continue
        if token.is_quote or token.text == "-" or token.pos_ == "PART":
            i += 1
            continue
        if token.tag_ == "VBN" and i > start and doc[i - 1].text == "-":
            i += 1  # "six UK-based activists"
            continue
        # "two masked gunmen": a participle before the noun modifies it
        if token.tag_ in {"VBN", "VBG"} and i + 1 < limit and doc[i + 1].pos_ in {"NOUN", "ADJ"} and head is None:
            i += 1
            continue
        break
    while i > start and (doc[i - 1].is_quote or doc[i - 1].is_punct):
        i -= 1
    return start, i, head


def _category(head: Token | None, unit_text: str, currency: str | None, res: Resources) -> str:
    if currency:
        return "money"
    if head is None:
        return "other"
    for word in (head.lemma_.lower(), head.lower_, head.lower_.rstrip("s")):
        if word in res.units:
            return res.units[word]
    # an ethnic or national plural ("230,000 Uyghurs", "Chinese nationals") counts people
    if head.lemma_.lower() in res.demonyms or head.lower_.rstrip("s") in res.demonyms:
        return "person"
    for suffix, category in res.unit_suffixes:
        if head.lower_.endswith(suffix) and head.tag_ in {"NNS", "NNPS"}:
            return category
    return "other"


def _place(doc: Doc, end: int, sent_end: int, places: list[tuple[int, int, str, str | None]]) -> tuple[str | None, str | None]:
    """Return the named place the sentence puts the count in: "nine offices are in Spain", "two in London"."""
    for index, (start, stop, name, country) in enumerate(places):
        if end <= start < min(sent_end, end + 6):
            between = doc[end:start]
            if any(t.lower_ in PLACE_PREPS for t in between) and not any(t.like_num for t in between):
                if _opens_range(doc, between, stop, places[index + 1 :]):
                    return None, None  # "36 ports from Maine to Texas": spread over places, in none of them
                return name, country
    return None, None


def _opens_range(doc: Doc, between: Span, stop: int, later: list[tuple[int, int, str, str | None]]) -> bool:
    """True for the first place of a range: "from Maine to Texas", "between Lyon and Nice"."""
    if not len(between) or between[-1].lower_ not in RANGE_OPENERS:
        return False
    closer = RANGE_OPENERS[between[-1].lower_]
    return stop < len(doc) and doc[stop].lower_ in closer and any(start == stop + 1 for start, _, _, _ in later)


def extract_counts(
    doc: Doc,
    *,
    article_id: str = "",
    attributions: list[AttributionRow] | None = None,
    resources: Resources | None = None,
) -> Iterator[CountRow]:
    """Yield one row per count mention; a list "nine in Spain, four in Italy" gives one row per number."""
    res = resources or load_resources()
    attributions = attributions if attributions is not None else (doc._.tnr_attributions or [])
    places = [(p.span.start, p.span.end, p.name, p.country) for p in find_places(doc, resources=res)]
    previous_unit: dict[int, tuple[str, str]] = {}
    last_unit: tuple[int, str, str] | None = None
    seen: set[tuple[float, str, str]] = set()
    for start, end in _number_tokens(doc):
        number_text = doc[start:end].text
        value = parse_number(number_text)
        if value is None:
            continue
        currency, start, end = _currency(doc, start, end, res)
        if currency is None and _is_excluded(doc, start, end, value, res.peoples):
            continue
        qualifier, text_start = _qualifier(doc, start, res)
        sent = sentence(doc[start])
        unit_start, unit_end, head = _unit(doc, end, sent.end, res.units)
        unit_text = "".join(t.text_with_ws for t in doc[unit_start:unit_end] if not t.is_quote).strip() or None
        place, country = _place(doc, end, sent.end, places)
        category = _category(head, unit_text or "", currency, res)
        text_end = unit_end if unit_end > end else end
        elided = head is None and not currency
        if elided and sent.start in previous_unit:
            # an elided unit in a list: "four in Italy" after "nine such offices are in Spain"
            unit_text, category = previous_unit[sent.start]
            if place is not None:
                text_end = next(s_end for s_start, s_end, name, _ in places if name == place and s_start >= end)
        elif elided and last_unit is not None and _refers_back(doc, start, end, sent) and start - last_unit[0] < REFER_BACK_TOKENS:
            # "eight of them", "Four were flown out": the set counted just before
            unit_text, category = last_unit[1], last_unit[2]
            text_end = end + 2 if end + 1 < len(doc) and doc[end].lower_ == "of" else end
            if text_end < len(doc) and doc[text_end - 1].lower_ == "the" and doc[text_end].like_num:
                text_end += 1  # "Four of the six"
        elif elided:
            continue
        if start > 1 and doc[start - 1].lower_ in {"the", "these", "those"} and doc[start - 2].lower_ == "of" \
                and not currency and (elided or doc[end - 1].dep_ == "pobj"):
            continue  # the "six" of "four of the six": a set counted before
        if unit_text and not currency:
            previous_unit[sent.start] = (unit_text, category)
            last_unit = (end, unit_text, category)
        # a lone "one" ("one case", "one spire") is rarely a count the story is about; in a list it is
        if value == 1 and qualifier == "exact" and not currency and head is not None:
            continue
        if currency and unit_text is None:
            unit_text = None
        span = doc[text_start:text_end]
        key = (value, category, (unit_text or "").lower())
        if key in seen:
            continue
        seen.add(key)
        yield CountRow(
            article_id=article_id,
            char_start=span.start_char,
            char_end=span.end_char,
            text=span.text,
            value=value,
            qualifier=qualifier,
            unit=unit_text,
            category=category,
            place=place,
            country=country,
            currency=currency,
            attribution_id=_attribution_of(span, attributions),
        )


REFER_BACK_TOKENS = 60


def _refers_back(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """True for a number that counts a set named before: "N of them/those", or a sentence opening "Four were ..."."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in {"them", "those", "these", "the"}:
        return True
    return start == sent.start and end < len(doc) and doc[end].pos_ in {"AUX", "VERB"}


def _attribution_of(span: Span, attributions: list[AttributionRow]) -> str | None:
    """Return the id of the attribution whose content holds the count."""
    for row in attributions:
        if row.content_start <= span.start_char and span.end_char <= row.content_end:
            return row.attribution_id
    return None
