"""Counts: cardinal quantities with their qualifier, counted noun, category, place and currency."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import LIKE_NUM
from spacy.tokens import Doc, Span, Token

from pipeline.extract.places import find_places
from pipeline.extract.index import doc_index, doc_text, once_per, positions, sentence, title_case
from pipeline.normalize import normalize_country
from pipeline.records import AttributionRow, CountRow
from pipeline.resources import Resources, fold, load_resources, per_resources

MONTH_NAMES = frozenset(
    name.lower() for name in (*calendar.month_name, *calendar.month_abbr, "Sept") if name
)
# A QUANTITY is counted unless its noun is a measure ("400 metres" no, "500,000 barrels" yes): count_words.tsv.
SKIP_LABELS = {"DATE", "TIME", "PERCENT", "ORDINAL"}
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "FAC"}

DOZEN_WORD = frozenset({"dozen"})  # a number-like word spaCy does not flag: "a dozen"


@functools.lru_cache(maxsize=8)
def _currency_signs(signs: frozenset[str], glued: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """Return a pattern for the currency signs of ``currencies.tsv`` opening a token ("HK$", "£"), longest first, and
    for the ``glued`` letter signs written onto digits ("Sh18", "Rs500")."""
    alternatives = [re.escape(sign) for sign in sorted(signs, key=len, reverse=True)]
    alternatives += [re.escape(sign) + r"(?=\d)" for sign in sorted(glued, key=len, reverse=True)]
    return re.compile("^(" + "|".join(alternatives) + ")", re.I)


LETTER_SIGN = re.compile(r"[A-Za-z]{1,3}\.?")  # "Rs", "Sh", "KSh", "USD": a letter sign a writer may glue to digits


def currency_sign(res: Resources) -> re.Pattern[str]:
    """Return the pattern of currency signs (the entries of ``currencies.tsv`` that are not words, and the letter signs
    glued to digits: "Sh18 million"); built once per Resources."""
    return per_resources(res, "currency-signs", lambda r: _currency_signs(
        frozenset(k for k in r.currencies if not any(c.isalpha() for c in k) or "$" in k),
        frozenset(k for k in r.currencies if LETTER_SIGN.fullmatch(k))))


def _sign_words(res: Resources) -> frozenset[str]:
    """Return the lowercase forms of the currency signs that are whole tokens ("£", "hk$"), as ``positions`` looks them up."""
    return once_per("count-sign-words", (res,), lambda: frozenset(
        k.lower() for k in res.currencies if not any(c.isalpha() for c in k) or "$" in k))


def _a_scales(res: Resources) -> frozenset[str]:
    """Words "a" counts as one before: "a dozen", "a hundred", "more than a million followers"."""
    return once_per("count-a-scales", (res,), lambda: frozenset(w for w, (_, kind) in res.number_words.items() if kind != "unit" and len(w) > 2))



def parse_number(words: str, *, resources: Resources | None = None) -> float | None:
    """Return the value of a number written in digits or words: "230,000", "1.5 million", "two dozen", "a dozen".

    >>> parse_number("two dozen")
    24.0
    """
    res = resources or load_resources()
    number_words = res.number_words
    text = currency_sign(res).sub("", words.lower().replace(",", "").strip()).strip().removesuffix(".")  # "£5.5m."
    tokens = text.replace("-", " ").split()
    if not tokens:
        return None
    if tokens[0] in {"a", "an"}:
        tokens = ["one", *tokens[1:]]
    total = 0.0
    current = 0.0
    seen = False
    group = False  # the token before is a group of one to three digits: "12 000" is twelve thousand
    for token in tokens:
        glued = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]+)", token)
        if glued and number_words.get(glued.group(2), (0, ""))[1] == "scale":
            total += float(glued.group(1)) * number_words[glued.group(2)][0]  # "2.5bn", "1m"
            seen = True
        elif re.fullmatch(r"\d+(?:\.\d+)?", token):
            current = current * 1000 + float(token) if group and len(token) == 3 and token.isdigit() else current + float(token)
            group = token.isdigit() and len(token) <= 3
            seen = True
            continue
        elif token in number_words:
            value, kind = number_words[token]
            if kind == "multiplier":
                current = (current or 1) * value
            elif kind == "scale":
                total += (current or 1) * value
                current = 0
            else:
                current += value
            seen = True
        elif token == "and" or (token in {"a", "an"} and seen):
            continue  # "two hundred and fifty", "half a dozen"
        else:
            return None
        group = False
    return total + current if seen else None


def _number_tokens(doc: Doc, res: Resources) -> list[tuple[int, int]]:
    """Return the token ranges of numbers: the model's CARDINAL/MONEY entities and any other number-like tokens."""
    scales = _a_scales(res)
    ranges: list[tuple[int, int]] = []
    covered: set[int] = set()
    for ent in doc_index(doc).ents:
        if ent.label_ in {"CARDINAL", "MONEY"}:
            # the model folds qualifiers and ranges into one entity ("more than 50", "between $3.8 billion and
            # $4.5 billion"); each run of number words is a number of its own, qualifiers are read separately
            run_start: int | None = None
            for token in ent:
                part = _number_part(token, res, scales)
                if part and run_start is None:
                    run_start = token.i
                elif not part and run_start is not None:
                    ranges.append((run_start, token.i))
                    run_start = None
            if run_start is not None:
                end = ent.end
                if end < len(doc) and doc[end].lower_.removesuffix(".") in res.number_words and (
                    not doc[end - 1].whitespace_ or doc[end].lower_ in scales
                ):
                    end += 1  # "$1m", "Rs 10 lakh", "£5.5m." ending a sentence: the model leaves the scale out
                while end < len(doc) and THOUSANDS.fullmatch(doc[end].text) and GROUP.fullmatch(doc[end - 1].text):
                    end += 1  # "12 000": the model leaves the thousands out
                ranges.append((run_start, end))
                covered.update(range(ent.end, end))
            covered.update(range(ent.start, ent.end))
    # only number-like words start a number: find them in the Doc's columns, without making a Token per word
    # (or follow a currency sign: "£100k" is no number-like word)
    # (the word lookups of the index, and LIKE_NUM as one column: a pair of columns made into lists costs more)
    like_num = numpy.flatnonzero(doc.to_array([LIKE_NUM])).tolist() if len(doc) else []
    after_sign = [i + 1 for i in positions(doc, _sign_words(res)) if i + 1 < len(doc)]
    starts = sorted({*like_num, *positions(doc, DOZEN_WORD), *after_sign})
    i = 0
    for start in starts:
        if start < i:
            continue
        i = start
        # "Sh18 million": a letter sign glued to the digits makes no number-like word
        glued = i > 0 and i - 1 not in covered and doc[i].lower_ in res.number_words and doc[i - 1].text[-1:].isdigit() \
            and currency_sign(res).match(doc[i - 1].text) is not None
        i -= glued
        token = doc[i]
        # a sum after a currency sign whatever the model calls it ("HK$1m" read as a law, "£100k" as a person)
        money = glued or i > 0 and currency_sign(res).fullmatch(doc[i - 1].text) is not None and _number_part(token, res, scales)
        if i not in covered and (money or (token.like_num or token.lower_ == "dozen") and (
            not _in_ent(token, SKIP_LABELS | NAME_LABELS) or _date_tail_number(token) or _misread_date(token, res)
            or _people_misread(doc, i, res) or _number_named(doc, i, res)
        )):
            j = i + 1
            while j < len(doc) and j not in covered and (doc[j].like_num or doc[j].lower_ in res.number_words):
                j += 1
            if i > 0 and doc[i - 1].lower_ in {"a", "an"} and token.lower_ in scales:
                ranges.append((i - 1, j))
            else:
                ranges.append((i, j))
            i = j
    return sorted(ranges)


THOUSANDS = re.compile(r"\d{3}")  # a group of digits written after a space: "12 000"
GROUP = re.compile(r"\d{1,3}")


def _number_part(token: Token, res: Resources, scales: Collection[str]) -> bool:
    """True for a token that belongs to a written number: digits, number words, scales, currency signs, "a dozen".

    A hyphen inside a number ("a half-million", "twenty-five") belongs to it.
    """
    text = token.lower_
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    glued = re.fullmatch(r"[\d.,]*\d([a-z]+)", text)
    return bool(
        token.like_num or currency_sign(res).match(token.text) or text in res.number_words
        or (glued is not None and glued.group(1) in res.number_words)
        or (text in {"a", "an"} and following is not None and following.lower_ in scales)
        or (text == "-" and token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
            and following is not None and following.is_alpha and following.lower_ in res.number_words)
    )


def _date_tail_number(token: Token) -> bool:
    """True for a number word the model folded into a date before it: "in November two dissidents were sent back"."""
    doc = token.doc
    return (
        token.ent_type_ == "DATE" and token.is_alpha and token.like_num and token.i > 0
        and doc[token.i - 1].lower_ in MONTH_NAMES
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_type_ != "DATE")
    )


def _misread_date(token: Token, res: Resources) -> bool:
    """True for a number the model took for a date though it counts the plural noun after it: "between 20 and 30 people".

    The date entity holds no month, weekday, time word or year-like number.
    """
    if token.ent_type_ != "DATE" or not token.like_num:
        return False
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start - 1].ent_type_ == "DATE" and doc[start - 1].ent_iob_ != "B" and doc[start].ent_iob_ != "B":
        start -= 1
    while end < len(doc) and doc[end].ent_type_ == "DATE" and doc[end].ent_iob_ == "I":
        end += 1
    words = res.count_words["not_after"]
    for t in doc[start:end]:
        if t.lower_ in MONTH_NAMES or t.lower_ in words or re.fullmatch(r"\d{4}", t.text) or t.is_title and t.is_alpha and t.i != start:
            return False
    return end < len(doc) and doc[end].tag_ in {"NNS", "NNPS"} and doc[end].lower_ not in words


def _in_ent(token: Token, labels: set[str]) -> bool:
    return token.ent_type_ in labels


def _currency(doc: Doc, start: int, end: int, res: Resources) -> tuple[str | None, int, int]:
    """Return (ISO currency, start, end) with a currency sign or word before/after the number folded in."""
    text = doc[start:end].text
    match = currency_sign(res).match(text)
    if match:
        return res.currencies.get(match.group(1)) or res.currencies.get(match.group(1).upper()), start, end
    if start > 0:
        prev = doc[start - 1].text
        if start > 1 and doc[start - 2].text + prev in res.currencies:
            return res.currencies[doc[start - 2].text + prev], start - 2, end
        if prev in res.currencies and (not prev.isalpha() or prev[:1].isupper()):
            return res.currencies[prev], start - 1, end  # "$", "Rs", "USD"
    for size in (3, 2, 1):
        words = doc[end : end + size].text
        if words in res.currencies and words.isascii() and any(c.isalpha() for c in words):
            return res.currencies[words], start, end + size
    # "3,000 złoty", "100 million Naira": a currency's one-word ISO name (pycountry), in any case, names the money
    if end < len(doc) and doc[end].is_alpha and fold(doc[end].text) in res.currency_names:
        return res.currency_names[fold(doc[end].text)], start, end + 1
    return None, start, end


def _qualifier(doc: Doc, start: int, res: Resources) -> tuple[str, int]:
    """Return the qualifier of the number starting at ``start`` and where the count's text begins."""
    for size in (3, 2, 1):
        if start - size < 0:
            continue
        phrase = doc[start - size : start].text.lower()
        if phrase in res.qualifiers:
            # "spread over five continents": a preposition governing the number is no qualifier, unless the
            # model reads it into the number's entity ("recording over 500 cases")
            word = doc[start - 1]
            if size == 1 and word.dep_ == "prep" and word.head.i != start \
                    and not (word.ent_type_ in {"CARDINAL", "MONEY", "QUANTITY"} and doc[start].ent_iob_ == "I") \
                    and word.head.lemma_.lower() not in res.count_words["numbering"] \
                    and phrase not in res.count_words["approximate_prep"]:  # "numbering over 16,000", "hosts around 300,000"
                continue
            if size == 1 and word.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i >= start for c in word.children):
                continue  # "the survey estimated 235 tigers": a verb that states the number, not "an estimated 355"
            return res.qualifiers[phrase], start - size
    return "exact", start


def _is_excluded(doc: Doc, start: int, end: int, value: float, res: Resources) -> bool:
    """True for years, ages, times, percentages, ordinals, measures, list markers and numbers inside names."""
    span = doc[start:end]
    words = res.count_words
    if any(t.ent_type_ in SKIP_LABELS | NAME_LABELS for t in span if t.ent_type_ not in {"CARDINAL", "MONEY", "QUANTITY"}
           and not _date_tail_number(t) and not _misread_date(t, res)) and not _people_misread(doc, start, res) \
            and not _number_named(doc, start, res):
        return True
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if nxt is not None and (nxt.lower_ in words["not_after"] or nxt.lower_ in words["measure"]):
        return True
    if nxt is not None and nxt.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in words["not_after"]:
        return True
    # "a four-page report", "a 10-point plan": a number joined to a noun describes the noun after it; it counts
    # only when that noun is a counted one ("a 15-member team" counts members)
    if _hyphen_noun(doc, end) is not None and _hyphen_noun(doc, end) not in res.units:
        return True
    # "the Five Eyes alliance", "the Big Four": a capitalised number word inside a name
    if span[0].is_alpha and span[0].is_title and span[0].i != sentence(span[0]).start and nxt is not None \
            and nxt.is_title and nxt.pos_ == "PROPN" and not _in_ent(nxt, {"NORP", "GPE"}) and nxt.lower_ not in res.peoples \
            and not _title_case_line(span[0]) and not _counted_noun_after(doc, end, res.units):
        return True  # but in a headline written in title case every word is capitalised ("Two New York Men Charged"),
        # and "Four United Nations human rights experts" counts the experts the name only describes
    if prev is not None and (prev.lower_ in words["not_before"] or (
        not prev.is_alpha and (glued := re.search(r"[^a-z.]([a-z]+)$", prev.lower_)) is not None
        and glued.group(1) in words["not_before"]
    )):  # also a word the tokenizer left glued to the punctuation before it: '2025].”Footnote 2'
        return True
    if nxt is not None and nxt.is_title and nxt.lower_ in words["name_after"]:
        return True  # "120 Street", "82 Avenue": a numbered road's name
    # "Copco No. 1": the tokenizer split the abbreviation's full stop from "No"
    if prev is not None and prev.text == "." and start >= 2 and not doc[start - 2].whitespace_ \
            and doc[start - 2].lower_ + "." in words["not_before"]:
        return True
    # "the Group of 20 summit", "Group of Seven": a number named by "of" after a name word
    if prev is not None and prev.lower_ == "of" and start >= 2 and doc[start - 2].is_title \
            and doc[start - 2].lower_ in words["not_before"]:
        return True
    # "almost three times the 121 recorded": a ratio, not a count of times
    if nxt is not None and nxt.lower_ == "times" and end + 1 < len(doc) and doc[end + 1].lower_ in words["ratio_after"]:
        return True
    # "G20", "Group24": a number written onto letters is part of a name
    if prev is not None and prev.is_alpha and not prev.whitespace_:
        return True
    # "the UAE 94 case", "the Hong Kong 47 trial": a number between a name and a singular noun after "the" names a
    # case or a group, it counts nothing
    if prev is not None and prev.pos_ == "PROPN" and not prev.is_lower and nxt is not None and nxt.tag_ == "NN" \
            and nxt.is_lower and value != 1 and span[-1].like_num:
        j = start - 1
        while j > 0 and doc[j - 1].pos_ == "PROPN" and not doc[j - 1].is_lower:
            j -= 1
        if j > 0 and doc[j - 1].lower_ == "the":
            return True
    # '"UAE 94" trial', 'the "Hong Kong 12"': a number closing a quoted name of capitalised words names a group or case
    if nxt is not None and nxt.is_quote and prev is not None and not prev.is_lower and prev.is_alpha:
        j = start - 1
        while j > 0 and doc[j - 1].is_alpha and not doc[j - 1].is_lower and start - j < NAME_BEFORE_NOUN:
            j -= 1
        if j > 0 and doc[j - 1].is_quote:
            return True
    # "5G networks", "3D printers": capital letters written onto a number make a name
    if nxt is not None and not span[-1].whitespace_ and nxt.is_alpha and nxt.is_upper and nxt.lower_ not in res.number_words:
        return True
    # "one in five Tibetans": a share, not a count; "102 in 53 countries" is two counts
    if prev is not None and prev.lower_ == "in" and start >= 2 and doc[start - 2].like_num \
            and (parse_number(doc[start - 2].text, resources=res) or 0) <= value:
        return True
    # "Article 37 and 38", "aged 19, 20 and 23": a later number of a list of names or ages
    if prev is not None and prev.lower_ in {"and", ",", "or"}:
        j = start - 1
        while j > 0 and (doc[j].like_num or doc[j].lower_ in {"and", ",", "or"}):
            j -= 1
        if j < start - 2 and doc[j].lower_ in words["not_before"] and doc[j + 1].like_num:
            return True
    # "three or four other nationals", "two or three days ago": a guess between two numbers is vague, no count
    if (nxt is not None and nxt.lower_ == "or" and end + 1 < len(doc) and doc[end + 1].like_num) or (
        prev is not None and prev.lower_ == "or" and start >= 2 and doc[start - 2].like_num
    ):
        return True
    # ", 34," after a name is an age
    if prev is not None and prev.text == "," and nxt is not None and nxt.text in {",", ")"} and start >= 2 and doc[start - 2].ent_type_ == "PERSON":
        return True
    if _in_set_phrase(span, words["set_phrase"]):
        return True
    text = span.text
    if re.fullmatch(r"(1[89]|20)\d\d", text) and value >= 1800:  # "2,000" is a number, not a year
        return True
    # "2 October", "October 2": a day the model did not read as a date
    if (nxt is not None and nxt.lower_ in MONTH_NAMES) or (prev is not None and prev.lower_ in MONTH_NAMES and not span[0].is_alpha):
        return True
    # "one of the defendants" singles one out of a set, "one another" and "no one" are pronouns; they count nothing
    if value == 1 and nxt is not None and nxt.lower_ in {"of", "another"}:
        return True
    if value == 1 and prev is not None and prev.lower_ == "no":
        return True
    # "won 2-1", "a 3-2 vote": a score or tally, not two counts
    if (nxt is not None and nxt.text in {"-", "–"} and not nxt.whitespace_ and end + 1 < len(doc) and doc[end + 1].like_num) or (
        prev is not None and prev.text in {"-", "–"} and start >= 2 and doc[start - 2].like_num and not doc[start - 2].whitespace_
    ):
        return True
    # numbers inside names: '"110 Overseas"', "912 Special Project Working Group"
    if prev is not None and prev.is_quote and nxt is not None and nxt.text[:1].isupper():
        return True
    # "the report, 110 Overseas: Chinese Transnational Policing Gone Wild": capitalised words and a colon after a
    # number in running text make the title of a work
    if nxt is not None and nxt.is_title and span[0].i != sentence(span[0]).start and not _title_case_line(span[0]):
        after = end
        while after < len(doc) and doc[after].is_title:
            after += 1
        if after + 1 < len(doc) and doc[after].text == ":" and doc[after + 1].is_title and not any(
            t.lemma_.lower() in res.units or t.lower_.removesuffix("s") in res.demonyms for t in doc[end:after]
        ):  # but "12 Uyghurs: Six men and six women" counts Uyghurs
            return True
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ in {"ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "PERSON"}:
        # "912 Special Project Working Group" is a name, "mother-of-two Salma al-Shehab" counts no Salma;
        # "40 Kazakh detainees" counts detainees, and "15 Tajik anti-government activists" the people its demonym names
        following = doc[end : min(len(doc), end + 4)]
        if not any(t.tag_ in {"NNS", "NNPS"} or t.lower_ in res.peoples or t.lower_ in res.demonyms for t in following) \
                and not _counted_noun_after(doc, end, res.units):  # "Four United Nations human rights experts"
            return True
    # "several thousand Russians", "a few hundred": a scale word without its number is vague
    if span[0].lower_ in _a_scales(res) and (prev is None or prev.lower_ not in {"a", "an"}) \
            and not (len(span) > 2 and span[1].lower_ in {"a", "an"}):
        return True  # but "half a dozen" is six
    # "3.1 Overview": a section number opening a line
    if "." in text and (start == 0 or "\n" in doc[start - 1].text_with_ws) and nxt is not None and nxt.text[:1].isupper():
        return True
    return value < 1


def _people_misread(doc: Doc, start: int, res: Resources) -> bool:
    """True when the name the model reads around a number (from ``start``) ends in the plural of a people right after
    it: "the seven Uzbeks" read as an organisation counts Uzbeks."""
    end = start
    while end < len(doc) and (doc[end].like_num or doc[end].lower_ in res.number_words):
        end += 1
    if end >= len(doc) or doc[end].ent_iob_ != "I" or doc[end].ent_type_ not in NAME_LABELS:
        return False
    nxt = doc[end]
    plural = nxt.lower_.removesuffix("s")
    return nxt.lower_ != plural and (plural in res.demonyms or plural in res.peoples or nxt.lower_ in res.peoples) \
        and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")


def _number_named(doc: Doc, start: int, res: Resources) -> bool:
    """True when the name the model reads on a number (from ``start``) is the number alone, with a lowercase word
    after it: "Twelve family members" read as a product is a count; "the Five Eyes" is a name."""
    end = start
    while end < len(doc) and (doc[end].like_num or doc[end].lower_ in res.number_words):
        end += 1
    if end == start or end >= len(doc) or doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in NAME_LABELS:
        return False
    return all(t.ent_iob_ == "I" for t in doc[start + 1 : end]) and doc[end].ent_iob_ != "I" and doc[end].is_lower \
        and doc[end].is_alpha


SET_PHRASE_REACH = 40  # characters either side of a number searched for a set phrase holding it


def _in_set_phrase(span: Span, phrases: Collection[str]) -> bool:
    """True for a number inside a set phrase that counts nothing: "one country, two systems"."""
    text = doc_text(span.doc)
    left = max(0, span.start_char - SET_PHRASE_REACH)
    window = text[left : span.end_char + SET_PHRASE_REACH].lower()
    for phrase in phrases:
        found = window.find(phrase)
        while found >= 0:
            if left + found <= span.start_char and span.end_char <= left + found + len(phrase):
                return True
            found = window.find(phrase, found + 1)
    return False


MODIFIER_REACH = 4  # words from a modifier to the plural noun it modifies that a counted noun phrase spans
NAME_BEFORE_NOUN = 5  # words of a name that may stand between a number and its lowercase counted noun


def _counted_noun_after(doc: Doc, end: int, units: Mapping[str, str]) -> bool:
    """True when a lowercase plural noun, or a collective noun for people, closes the capitalised words after a number,
    within a few words and before any punctuation or verb ("Four United Nations human rights experts", "two Ministry of
    State Security officers", "five Amnesty International staff"); "the Five Eyes alliance" has none."""
    words = 0
    for token in doc[end:]:
        if _name_joint(doc, token.i):
            continue
        words += 1
        if words > NAME_BEFORE_NOUN + 1:
            return False
        if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}:
            return False
        if token.is_lower and (token.tag_ == "NNS" or units.get(token.lemma_.lower()) == "person"):
            return True
        if token.is_lower and token.pos_ not in {"NOUN", "ADJ"}:
            return False
    return False


def _name_joint(doc: Doc, i: int) -> bool:
    """True for a word or bracket joining the capitalised words of a name: "of" in "Ministry of State Security", "of the"
    in "Bank of the Philippines", the brackets of "(OCI)" in "Overseas Citizen of India (OCI) cards"."""
    token = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or i == 0:
        return False
    if token.lower_ in {"of", "for"}:
        return doc[i - 1].is_title and (nxt.is_title or nxt.lower_ == "the" and i + 2 < len(doc) and doc[i + 2].is_title)
    if token.lower_ == "the":
        return doc[i - 1].lower_ in {"of", "for"} and i > 1 and doc[i - 2].is_title and nxt.is_title
    if token.text == "(":
        return nxt.is_upper and nxt.is_alpha and i + 2 < len(doc) and doc[i + 2].text == ")"
    return token.text == ")" and i > 1 and doc[i - 2].text == "(" and doc[i - 1].is_upper and doc[i - 1].is_alpha


def _title_case_line(token: Token) -> bool:
    """True for a token on a line written in title case (a headline): most of its words of four letters or more are
    capitalised."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    return title_case(text[start : end if end >= 0 else len(text)])


def _hyphen_noun(doc: Doc, end: int) -> str | None:
    """Return the noun (lemma) a number is hyphenated to, "member" in "a 15-member team", else None."""
    if end + 1 < len(doc) and doc[end].text in {"-", "\u2013"} and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        noun = doc[end + 1]
        if noun.is_alpha and noun.pos_ in {"NOUN", "PROPN", "ADJ"}:
            return noun.lemma_.lower()
    return None


def _unit(doc: Doc, end: int, limit: int, res: Resources) -> tuple[int, int, Token | None]:
    """Return the counted noun phrase after a number (token range) and its head noun.

    "five of his cousins" and "214 of the 608 cases" count cousins and cases: a partitive "of" with a
    determiner or possessive (and the whole set's number) is skipped. Counted nouns of ``units.tsv`` the
    tagger takes for verbs ("three Iranian consulates") are nouns here.
    """
    nouns = res.units
    i = end
    if _or_so(doc, end):
        i += 2  # "two dozen or so people": the guess's "or so" stands between the number and its noun
    if i + 2 < limit and doc[i].lower_ == "out" and doc[i + 1].lower_ == "of" and doc[i + 2].pos_ == "DET" \
            and i + 3 < limit and doc[i + 3].like_num:
        i += 1  # "Three out of the eight pro-democracy activists": a partitive like "three of the eight"
    if i + 1 < limit and doc[i].lower_ == "of" and doc[i + 1].pos_ in {"DET", "PRON"} and doc[i + 1].lower_ not in {"them", "those", "these", "us"}:
        i += 2
        if i + 1 < limit and doc[i].lower_ == "total" and doc[i + 1].like_num:
            i += 1  # "eight of a total 10 asylum seekers"
        if i < limit and doc[i].like_num:
            if doc[i].dep_ != "nummod":
                return end, end, None  # "Four of the six live in Britain": the set is named before, the unit elided
            i += 1
    elif i + 3 < limit and doc[i].lower_ == "out" and doc[i + 1].lower_ == "of" and doc[i + 2].like_num \
            and doc[i + 3].tag_ in {"NNS", "NNPS"}:
        i += 3  # "41 out of 53 seats"
    elif i + 2 < limit and doc[i].lower_ == "of" and doc[i + 1].like_num and doc[i + 1].dep_ == "nummod" \
            and doc[i + 2].tag_ in {"NNS", "NNPS"}:
        i += 2  # "52 of 60 seats": the part of a whole counted by the same noun
    while i < limit and (doc[i].lower_ in res.count_words["skip_before_unit"] or doc[i].is_quote or doc[i].pos_ == "DET"):
        i += 1
    # "raising to 13 the number of activists wanted": the number counts what "the number of" names
    if i + 1 < limit and doc[i].lower_ in {"number", "total"} and doc[i - 1].lower_ == "the" and doc[i + 1].lower_ == "of":
        i += 2
    start = i
    i, head = _noun_phrase(doc, start, limit, nouns)
    # "608 cases of direct, physical transnational repression", "two persons of Iranian descent", "one count of
    # cyberstalking": a bare noun phrase after "of" tells what is counted; a named or determined one tells whose
    # ("three members of his network", "34 officers of the Ministry of Public Security") and is left out
    if head is not None and i + 1 < limit and doc[i].lower_ == "of" and _bare_phrase(doc[i + 1]):
        after, of_head = _noun_phrase(doc, i + 1, limit, nouns)
        if of_head is not None:
            i = after
    if head is not None:
        i = _conjoined_end(doc, i, head, limit, res.count_words["vague"])
    while i > start and (doc[i - 1].is_quote or doc[i - 1].is_punct or doc[i - 1].pos_ == "PART"):
        i -= 1  # "£100k to spy": the infinitive's "to" is no part of the counted noun
    return start, i, head


def _or_so(doc: Doc, end: int) -> bool:
    """True for "or so" right after a number ("a dozen or so protesters", "20 or so"): an approximate number."""
    return end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].lower_ == "so"


def _conjoined_end(doc: Doc, end: int, head: Token, limit: int, vague: Collection[str]) -> int:
    """Return the end of the counted noun with the plural nouns conjoined to it that have no number of their own:
    "94 Emirati scholars, activists, lawyers and doctors" counts them all; "five activists and three journalists" not."""
    for conj in head.conjuncts:
        if conj.i < end or conj.i >= limit or conj.tag_ not in {"NNS", "NNPS"} \
                or any(c.dep_ in {"nummod", "det"} or c.like_num or c.lower_ in vague for c in conj.children):
            continue  # "two brothers and several friends": the friends are no part of the two
        if all(t.text == "," or t.lower_ in {"and", "or"} for t in doc[end : conj.left_edge.i]):
            end = conj.i + 1
    return end


# Entities whose name after "of" says whose the counted things are, not what they are ("members of Amnesty").
OWNER_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LOC"}


def _bare_phrase(token: Token) -> bool:
    """True for the first word of a noun phrase without determiner, number or name: "of Iranian descent"."""
    return token.pos_ in {"NOUN", "ADJ"} and not token.like_num and token.ent_type_ not in OWNER_LABELS


def _noun_phrase(doc: Doc, start: int, limit: int, nouns: Mapping[str, str]) -> tuple[int, Token | None]:
    """Return the end of the adjectives and nouns from ``start`` ("two masked gunmen", "a dozen credible and imminent
    threats") and their head noun."""
    head: Token | None = None

    def is_noun(token: Token) -> bool:
        return token.pos_ in {"NOUN", "PROPN"} or (token.tag_ == "VBZ" and token.lower_.removesuffix("s") in nouns) \
            or (head is None and token.tag_ == "VBN" and token.lower_ in nouns)  # "two other accused", not "three men accused"

    i = start
    while i < limit:
        token = doc[i]
        if i > start and token.ent_type_ in {"DATE", "TIME"}:
            break  # "charged seven people Thursday": a date after the noun is no part of it
        # "left more than 1,200 people dead or missing": an adjective after the noun says what befell them; one
        # coordinated with an adjective before it is read by that one's head ("four Mehmet Akif elementary and high schools")
        if head is not None and token.pos_ == "ADJ" and _first_conjunct(token).head.i < i:
            break
        if head is not None and head.tag_ == "NNS" and token.pos_ == "PROPN":
            break  # "two Gjakova teachers Cihan Oskan and Hasan H.": the names after a plural noun are its members
        if head is not None and (head.tag_ in {"NNS", "NNPS"} or head.pos_ == "PROPN" and head.lower_.endswith("s")) \
                and token.tag_ == "NN" and token.dep_ == "ROOT" and any(c.dep_ == "prep" and c.i > i for c in token.children):
            break  # "30 million Uzbeks labour under the state's hand": the sentence's verb, read as a noun the plural modifies
        adjective_before = token.pos_ == "ADJ" and i + 1 < limit and (
            doc[i + 1].pos_ in {"ADJ", "PUNCT"} or is_noun(doc[i + 1])
            or (doc[i + 1].pos_ == "CCONJ" and i + 2 < limit and doc[i + 2].pos_ == "ADJ")
        )
        if is_noun(token) or adjective_before:
            if is_noun(token):
                head = token
            i += 1
            if token.tag_ in {"NNS", "NNPS"} and token.is_title and token.lemma_.lower() in nouns and i < limit \
                    and doc[i].is_title and _title_case_line(token):
                break  # "Thirteen Nations Sign Statement": in a title-case headline the verb is capitalised too
            continue
        if token.text == "-" and token.whitespace_ and doc[i - 1].whitespace_:
            break  # "four EU member states - France, Germany ...": a spaced hyphen is a dash; what follows names them
        if token.is_quote or token.text == "-" or token.tag_ == "POS":
            i += 1  # a possessive's "'s" belongs to the phrase; an infinitive's "to" does not ("six nationals to prison")
            continue
        if i > start + 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
            i += 1  # "one count of murder-for-hire conspiracy": a word joined by hyphens belongs to the compound
            continue
        if head is not None and head.pos_ == "PROPN" and _name_joint(doc, i) and _counted_noun_after(doc, i, nouns):
            i += 1  # "12 Voice of America journalists": a name with "of" before the counted noun
            continue
        if (token.pos_ == "CCONJ" or token.text == ",") and i > start and doc[i - 1].pos_ == "ADJ" and i + 1 < limit \
                and doc[i + 1].pos_ == "ADJ":
            i += 1  # "a dozen credible and imminent threats", "cases of direct, physical repression"
            continue
        if token.lower_ in {"and", "or"} and i > start and is_noun(doc[i - 1]) and i + 2 < limit \
                and doc[i + 1].lower_ == "other" and is_noun(doc[i + 2]):
            i += 1  # "21 human rights and other groups": the groups are counted, the rights name their kind
            continue
        if token.tag_ == "VBN" and i > start and doc[i - 1].text == "-":
            i += 1  # "six UK-based activists"
            continue
        # "two masked gunmen": a participle before the noun modifies it; one of a singular noun is no count's
        # ("four facing deportation")
        if token.tag_ in {"VBN", "VBG"} and i + 1 < limit and doc[i + 1].pos_ in {"NOUN", "ADJ"} and head is None \
                and token.head.tag_ != "NN":
            i += 1
            continue
        # "102 so-called police stations", "three recently arrested activists": an adverb of the word after it
        if token.pos_ == "ADV" and token.dep_ == "advmod" and head is None and i < token.head.i < limit \
                and token.head.pos_ in {"ADJ", "VERB"}:
            i += 1
            continue
        # "84 exiled Tibetans", "four prominent exiled Emirati dissidents", "three alleged GRU agents": a modifier of a
        # plural noun a few words on, before a name or another modifier
        if token.dep_ == "amod" and token.pos_ in {"ADJ", "VERB"} and head is None \
                and i < token.head.i < min(limit, i + MODIFIER_REACH) and token.head.tag_ in {"NNS", "NNPS"}:
            i += 1
            continue
        break
    return i, head


def _first_conjunct(token: Token) -> Token:
    """Return the first of the words coordinated with ``token`` ("elementary" of "elementary and high")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _money_unit(doc: Doc, end: int, limit: int, unit: tuple[int, int], res: Resources) -> tuple[int, int]:
    """Return the unit (token range) of a sum of money: what the money is for.

    "$25 million in prize money" and "$300,000 in payments" name it after "in"; "$4.5 billion a day" and "$84 a
    barrel" are rates that name none.
    """
    if end < limit and doc[end].lower_ in {"a", "an", "per"}:
        return end, end
    if end + 1 < limit and doc[end].lower_ == "in" and _bare_phrase(doc[end + 1]):
        after, head = _noun_phrase(doc, end + 1, limit, res.units)
        if head is not None:
            return end + 1, after
    # "a fee of £100,000", "rewards of HK$1 million each", "a fine of up to $250,000": the noun "of" names it by
    preposition = doc[end - 1].head
    noun = preposition.head
    if unit[0] == unit[1] and doc[end - 1].dep_ == "pobj" and preposition.lower_ == "of" and noun.pos_ == "NOUN" \
            and noun.i < preposition.i and noun.lemma_.lower() not in res.count_words["amount"]:
        return _modified_start(noun), noun.i + 1
    return unit


def _counted_with(head: Token) -> bool:
    """True for a noun joined by "and" to a noun with a number of its own ("detained two activists and one lawyer"):
    the "one" is a count in a list of counts."""
    return head.dep_ == "conj" and any(child.dep_ == "nummod" for child in head.head.children)


def _category(head: Token | None, unit_text: str, currency: str | None, res: Resources) -> str:
    if currency:
        return "money"
    if head is None:
        return "other"
    if head.lemma_.lower() == "member" and _of_states(head, res.count_words["state_body"]):
        return "country"  # "the 13 members of OPEC", "27 EU members": the members are states
    if _corpses(head, res.count_words["corpse_word"]):
        return "person"
    if head.lemma_.lower() in res.count_words["repeat_noun"]:  # "arrested nine times", not "stabbed 21 times"
        verb = head.head
        return "incident" if verb.pos_ == "VERB" and verb.lemma_.lower() in res.count_words["repeated_act"] else "other"
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head == head:
        compound = f"{before.lemma_.lower()} {head.lemma_.lower()}"  # "two police posts", "two case studies"
        if compound in res.units:
            return res.units[compound]
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


def _staff_of(doc: Doc, start: int, nouns: Collection[str]) -> Token | None:
    """Return the noun of a body of people sized by "of" and the number at ``start``: "staff" of "staff of twenty"."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in nouns \
            and doc[start - 2].pos_ == "NOUN":
        return doc[start - 2]
    return None


def _corpses(head: Token, words: Collection[str]) -> bool:
    """True for "bodies" that are dead people's: "two bodies found washed up", "the dead bodies"."""
    doc = head.doc
    near = doc[max(0, head.i - 2) : min(len(doc), head.i + 3)]
    return head.lemma_.lower() == "body" and any(t.lower_ in words for t in near if t.i != head.i)


def _of_states(member: Token, bodies: Collection[str]) -> bool:
    """True when the body a "members" noun belongs to is one of states: the name right before it ("27 EU members",
    "three European Union members") or the organisation named after its "of" ("the 13 members of the Organization of
    the Petroleum Exporting Countries") holds a word or phrase of ``bodies``."""
    doc = member.doc
    names: list[Span] = []
    if member.i > 0 and (doc[member.i - 1].is_title or doc[member.i - 1].is_upper):
        names.append(doc[doc[member.i - 1].left_edge.i : member.i])  # not "12 EU staff members"
    for obj in (o for p in member.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
        start, end = _modified_start(obj), obj.i + 1
        if obj.ent_type_ == "ORG":  # the whole name: "Organization of the Petroleum Exporting Countries"
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        names.append(doc[start:end])
    for name in names:
        words = [t.lower_ for t in name if t.is_title or t.is_upper]
        text = " ".join(words)
        if any(word in bodies for word in words) or any(" " in body and body in text for body in bodies):
            return True
    return False


def _place(
    doc: Doc, end: int, sent_end: int, places: list[tuple[int, int, str, str | None]], words: dict[str, frozenset[str]],
    head: Token | None = None,
) -> tuple[str | None, str | None]:
    """Return the named place the sentence puts the count in: "nine offices are in Spain", "two in London", "Nepal is
    home to 20,000 Tibetans"; not where they come from ("32 students from China")."""
    preps = words["place_prep"]
    # a preposition that opens a range of places, and the words that close it ("from Maine to Texas")
    ranges = {"from": words["range_from"], "between": words["range_between"]}
    home = _home_of(head, places, words["hosting_verb"], words["approximate_prep"])
    if home is not None:
        return home
    for index, (start, stop, name, country) in enumerate(places):
        if end <= start < min(sent_end, end + 6):
            between = doc[end:start]
            # a year between the count and its place does not part them ("20 killings since 2020 in Pakistan")
            if any(t.lower_ in preps for t in between) and not any(t.like_num and t.ent_type_ != "DATE" for t in between):
                if _opens_range(doc, between, stop, places[index + 1 :], ranges):
                    return None, None  # "36 ports from Maine to Texas": spread over places, in none of them
                if all(t.lower_ == "from" and t.head.pos_ in {"NOUN", "PROPN", "NUM"} for t in between if t.lower_ in preps):
                    return None, None  # "students from China", "people from Hong Kong": where they come from
                if _spans_places(doc, stop, places[index + 1 :]):
                    return None, None  # "11 people were arrested in London and Yorkshire": in more than one place
                return name, country
    return _verb_place(doc, head, places, preps)


def _spans_places(doc: Doc, stop: int, later: list[tuple[int, int, str, str | None]]) -> bool:
    """True for a place with another conjoined after it: "in London and Yorkshire", "in Amsterdam and Rotterdam"."""
    return stop + 1 < len(doc) and doc[stop].lower_ in {"and", "or"} and any(start == stop + 1 for start, _, _, _ in later)


def _verb_place(
    doc: Doc, head: Token | None, places: list[tuple[int, int, str, str | None]], preps: Collection[str]
) -> tuple[str | None, str | None]:
    """Return the place where the verb of the counted people puts them, further off than the words after the number:
    "Two Cambodian activists and a former prisoner have been apprehended in Thailand", "two activists who were
    murdered in South Africa"; else (None, None)."""
    if head is None:
        return None, None
    verb: Token | None
    # "at least 20 of the region's natives have been detained in Moscow": the number is the subject, the noun its part
    number = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    if number.lower_ == "out" and number.dep_ == "prep":
        number = number.head  # "three out of the eight activists reside in the UK"
    if number is not head and number.like_num and number.dep_ in {"nsubj", "nsubjpass"}:
        verb = number.head
    elif head.dep_ in {"nsubj", "nsubjpass"}:
        verb = head.head
    else:  # "activists who were murdered in", "defectors living in"; not "activists, several of whom live in"
        verb = next((c for c in head.children if c.dep_ == "relcl" and any(
            s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ in {"WP", "WDT"} for s in c.children
        ) or c.dep_ == "acl" and c.tag_ == "VBG"), None)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None, None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.lower_ == "from":
            continue  # far off, "from" tells where they come from ("Dissidents Missing After Extradition From Hanoi")
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for start, stop, name, country in places:
                if start <= obj.i < stop and not _spans_places(doc, stop, places):
                    return name, country
    return None, None


def _home_of(
    head: Token | None, places: list[tuple[int, int, str, str | None]], hosting: Collection[str],
    approximate: Collection[str],
) -> tuple[str, str | None] | None:
    """Return the place that "is home to" or hosts the counted people: "Canada is home to about 770,000 Sikhs",
    "Singapore hosts around 300,000 Myanmar nationals"."""
    # the parser may hang the noun on a qualifier ("hosts around 300,000 nationals": "around" takes it)
    held = head.head if head is not None and head.dep_ == "pobj" and head.head.dep_ == "prep" \
        and head.head.lower_ in approximate else head
    if held is not None and held.dep_ in {"dobj", "prep"} and held.head.lemma_.lower() in hosting:
        verb = held.head
    elif head is None or head.dep_ != "pobj" or head.head.lower_ != "to" or head.head.head.lower_ != "home":
        return None
    else:
        verb = head.head.head.head
    subject = next((t for t in verb.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    return next(((name, country) for start, stop, name, country in places if start <= subject.i < stop), None)


def _opens_range(
    doc: Doc, between: Span, stop: int, later: list[tuple[int, int, str, str | None]], ranges: dict[str, frozenset[str]]
) -> bool:
    """True for the first place of a range: "from Maine to Texas", "between Lyon and Nice"."""
    if not len(between) or between[-1].lower_ not in ranges:
        return False
    closer = ranges[between[-1].lower_]
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
    # sentence start -> the units counted in it, in order, each with whether its noun is where another set is
    previous_unit: dict[int, list[tuple[str, str, bool]]] = {}
    last_unit: tuple[int, str, str] | None = None
    seen: dict[tuple[float, str], list[Mention]] = {}
    headline_end = _headline_end(doc)
    restated_sets: list[Mention] = []
    rows: list[CountRow] = []
    headline_rows: dict[int, int] = {}  # a headline mention's start -> its row
    for start, end in _number_tokens(doc, res):
        number_text = doc[start:end].text
        value = parse_number(number_text, resources=res)
        if value is None:
            continue
        antecedent: Token | None = None  # the noun named before that an elided count's pronoun stands for
        currency, start, end = _currency(doc, start, end, res)
        if currency is None and _is_excluded(doc, start, end, value, res):
            continue
        qualifier, text_start = _qualifier(doc, start, res)
        sent = sentence(doc[start])
        if sent.end == end < len(doc) and not doc[end].is_punct and not doc[end].is_space:
            sent = doc[sent.start : sentence(doc[end]).end]  # the parser ended the sentence on the number: "Four | UN experts"
        unit_start, unit_end, head = _unit(doc, end, sent.end, res)
        if qualifier == "exact" and _or_so(doc, end):
            qualifier = "about"
        if currency is None and head is not None and head.lower_ in res.count_words["not_after"] \
                and not (head.i > unit_start and doc[head.i - 1].lower_ in res.count_words["sentence_kind"]):
            continue  # "three long years", "two alternative scenarios": the noun makes it no count, as right after it;
            # but "two life terms" are counted sentences
        if currency:
            unit_start, unit_end = _money_unit(doc, end, sent.end, (unit_start, unit_end), res)
        unit_text = "".join(t.whitespace_ if t.is_quote else t.text_with_ws for t in doc[unit_start:unit_end]).strip() or None
        place, country = _place(doc, end, sent.end, places, res.count_words, head)
        category = _category(head, unit_text or "", currency, res)
        joined = _hyphen_noun(doc, end)
        if joined is not None and not currency:
            category = res.units.get(joined, category)  # "a 15-member team" counts people
        text_end = unit_end if unit_end > end else end
        elided = head is None and not currency
        if elided and _refers_back(doc, text_start, end, sent, res.count_words["refer_back"]) \
                and (named := _predicate_noun(doc[end - 1], max(unit_end, end))) is not None:
            # "two of whom are U.S. citizens", "eight of them Chinese government officials": the part is named anew
            unit_text, category, text_end = named.text, _category(named.root, named.text, None, res), named.end
        elif elided and (body := _staff_of(doc, start, res.count_words["staff_of"])) is not None:
            # "its entire staff of twenty", "a crew of six": the body of people the number sizes
            unit_text, category = body.text, "person"
            text_start = min(text_start, body.left_edge.i)
        elif elided and sent.start in previous_unit:
            # an elided unit in a list: "four in Italy" after "nine such offices are in Spain"
            units = previous_unit[sent.start]
            if place is not None and country is not None and normalize_country(place, resources=res) == country:
                # "102 stations in 53 countries, including 11 in Italy": a part put in a country counts no countries
                units = [u for u in units if u[1] != "country"] or units
            elif place is None:
                # "84 exiled Tibetans across 10 countries ... found 49 of them had received threats", "300 asylum
                # seekers returned from 16 countries, including 109 from Thailand": countries in which or from which
                # another set of the sentence is are no set the elided number counts; but placed in a region, the
                # number may well count them ("120 offices in 30 countries, including 9 in Europe")
                units = [u for u in units if not (u[1] == "country" and u[2])] or units
            unit_text, category, _ = units[-1]
            if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in res.count_words["refer_back"]:
                text_end = end + 2  # "49 of them"
            if place is not None:
                text_end = next(s_end for s_start, s_end, name, _ in places if name == place and s_start >= end)
        elif elided and _refers_back(doc, text_start, end, sent, res.count_words["refer_back"]) and (
            (last_unit is not None and start - last_unit[0] < REFER_BACK_TOKENS)
            or (named_set := _plural_before(doc, start, sent, res)) is not None
            or (named_set := _pronoun_antecedent(doc, text_start, end, sent, res)) is not None
        ):
            # "eight of them", "Four were flown out": the set counted just before, else a definite set named before in
            # the sentence without a number ("drew attention to the stations, ... found more than 100 of them"), else
            # the plural "them" stands for ("has run service centres ... evidence of only two of them")
            if last_unit is not None and start - last_unit[0] < REFER_BACK_TOKENS:
                unit_text, category = last_unit[1], last_unit[2]
            else:
                assert named_set is not None
                unit_text = doc[_modified_start(named_set) : named_set.i + 1].text
                category = _category(named_set, unit_text, None, res)
                antecedent = named_set
            text_end = end + 2 if end + 1 < len(doc) and doc[end].lower_ == "of" else end
            if text_end < len(doc) and doc[text_end - 1].lower_ == "the" and doc[text_end].like_num:
                text_end += 1  # "Four of the six"
        elif elided and last_unit is not None and start - last_unit[0] < REFER_BACK_TOKENS and start > 0 \
                and doc[start - 1].lower_ in res.count_words["rest_before"]:
            # "four hydroelectric dams ... The other three": the rest of the set counted just before
            unit_text, category = last_unit[1], last_unit[2]
        elif elided and (whole := _including_set(doc[end - 1], res)) is not None:
            # "a network of trade offices, including three in the United States", "the detained students include 20
            # from al-Azhar University": part of the set the including word names
            unit_text, category = whole.text, _category(whole.root, whole.text, None, res)
        elif elided and (whole := _numbered_set(doc[end - 1], res)) is not None:
            # "a Chinese community numbering over 16,000", "the diaspora numbers some 50,000": the set the number sizes
            unit_text, category = whole.text, _category(whole.root, whole.text, None, res)
        elif elided and (whole := _grown_set(doc[end - 1], res)) is not None:
            # "the number of Uyghurs deported rose to 40": the set the number of which grew to it
            unit_text, category = whole.text, _category(whole.root, whole.text, None, res)
        elif elided and (value != 1 or qualifier != "exact") \
                and (act := _people_act(doc, end, sent.end, res.count_words["people_participle"])) is not None:
            # "as many as a million held in camps", "20 arrested", "at least 10 were killed": people the act names
            unit_text, category, text_end = doc[act].text, "person", act + 1
        elif elided and value != 1 and start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].tag_ == "NN" \
                and doc[start - 3].ent_type_ == "ORDINAL" and doc[end - 1].head == doc[start - 1]:
            # "the first case of three": one of the number's things, named before it
            unit_text, category = doc[start - 2].text, _category(doc[start - 2], doc[start - 2].text, None, res)
        elif elided and value != 1 and (verb := doc[end - 1].head).i < start and doc[end - 1].dep_ == "dobj" \
                and verb.lower_ in res.count_words["people_participle"]:
            # "Police have now arrested 11": people the act was done to, its object
            unit_text, category = verb.text, "person"
        elif elided:
            continue
        if start > 1 and doc[start - 1].lower_ in {"the", "these", "those"} and doc[start - 2].lower_ == "of" \
                and not currency and (elided or doc[end - 1].dep_ == "pobj"):
            continue  # the "six" of "four of the six": a set counted before
        if unit_text and not currency:
            where = head is not None and head.dep_ == "pobj" and head.head.lower_ in res.count_words["place_prep"]
            previous_unit.setdefault(sent.start, []).append((unit_text, category, where))
            last_unit = (end, unit_text, category)
        # a lone "one" ("one case", "one spire") is rarely a count the story is about; in a list it is, and so is
        # one the sentence places ("One member was last seen in Hong Kong")
        if value == 1 and qualifier == "exact" and not currency and head is not None \
                and head.lemma_.lower() not in res.count_words["lone_one"] and not _counted_with(head) and place is None:
            continue  # but "one count of cyberstalking" is a charge the story counts
        if value == 1 and elided and place is None:
            continue  # "the two women, one from Vietnam and one from Indonesia", "at least one suffered": one of a set
            # counted before, but "nine offices are in Spain, one in Glasgow" is a count of its place
        if currency and unit_text is None:
            unit_text = None
        span = doc[text_start:text_end]
        mention = _mention(doc, text_start, start, unit_start, unit_end, head, res, headline=span.end_char <= headline_end,
                           currency=currency)
        if antecedent is not None and unit_text:
            # "Two tourists ... Tourists are returning. Two of them ...": the set its noun names, as if written out
            mention = replace(mention, unit=unit_text.lower(), head=antecedent.lemma_.lower())
        earlier = seen.setdefault((value, category), [])
        own = res.count_words["own_category"]
        if mention.definite and not earlier and not currency and category not in own and any(
            v == value and c != category and (c not in own or category == "other") and any(not m.money for m in ms)
            for (v, c), ms in seen.items() if ms
        ):
            continue  # "two community centres ... The two organisations": a set counted before, named by another noun;
            # but people and incidents are no things renamed ("two nations ... the two men"), nor a known kind of
            # things people or incidents renamed ("two Canadian nationals ... the two countries")
        same = next((before for before in earlier if _same_set(mention, before)), None)
        restated = next((before for before in earlier if before.headline and before not in restated_sets), None)
        if same is None and restated is None and not mention.headline and category != "other" and not currency:
            # "80 FETO brought back" ... "80 FETO members": the lede names what the headline's count left unread
            vague = next((b for b in seen.get((value, "other"), []) if b.headline and b not in restated_sets), None)
            if vague is not None:
                restated_sets.append(vague)
                index = headline_rows[vague.start]
                rows[index] = replace(rows[index], unit=unit_text, category=category)
                earlier.append(vague)
                continue
        if same is None and restated is not None and not mention.headline:
            earlier.append(mention)  # the lede restates the headline's count: "8 agents" ... "Eight individuals",
            # and is the set's name from now on
            same = restated
        if same is not None:
            if same.headline and same not in restated_sets and not mention.headline:
                restated_sets.append(same)
                # a headline drops the qualifier and the place its lede gives: "1,000 defectors" ... "roughly 1,000
                # North Korean defectors living in South Korea"
                index = headline_rows[same.start]
                row = rows[index]
                if row.qualifier == "exact" and qualifier != "exact":
                    row = replace(row, qualifier=qualifier)
                if row.country is None and country is not None:
                    row = replace(row, place=place, country=country)
                rows[index] = row
            elif same.headline:
                restated_sets.append(same)
            continue
        earlier.append(mention)
        if mention.headline:
            headline_rows[mention.start] = len(rows)
        rows.append(CountRow(
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
        ))
    yield from rows


REFER_BACK_TOKENS = 60


HEADLINE_WORDS = 30


@dataclass(frozen=True)
class Mention:
    """What tells two counts of one value apart: the counted noun, its head, its demonyms, a definite article,
    whether it stands in the headline, and a sum's currency."""

    unit: str
    head: str | None
    demonyms: frozenset[str]
    definite: bool
    headline: bool = False
    start: int = 0
    currency: str | None = None

    @property
    def money(self) -> bool:
        return self.currency is not None


def _mention(
    doc: Doc, text_start: int, start: int, unit_start: int, unit_end: int, head: Token | None, res: Resources,
    *, headline: bool = False, currency: str | None = None,
) -> Mention:
    unit = doc[unit_start:unit_end]
    demonyms = frozenset(t.lower_ for t in unit if t.lower_ in res.demonyms and t != head)
    # "the eight men", "all six individuals", "both men": a set named before
    definite = text_start == start and start > 0 and doc[start - 1].lower_ in res.count_words["definite_before"]
    head_word = head.lemma_.lower() if head is not None else None
    return Mention(unit.text.lower(), head_word, demonyms, definite, headline, start, currency)


def _same_set(later: Mention, before: Mention) -> bool:
    """True when a count repeats a set counted before with the same number and category.

    "the eight men" after "eight individuals" (a definite mention), "eight self-exiled activists" after "eight
    democracy activists" (the same counted noun) and "two other Uyghur detainees" after "two other Uyghurs" (the
    people named before by their nationality) are one set; "23 British diplomats" after "23 Russian diplomats" are two.
    """
    if later.currency != before.currency:
        return False  # "US$5 million" and "5 million euros" are two sums
    if later.unit == before.unit or (later.money and not (later.unit and before.unit)):
        return True  # a sum named once for what it pays is the same sum named alone: "$1m in bribes", "the $1m"
    if later.unit and before.unit and _first_words(later.unit, before.unit):
        return True  # "five staff members" ... "five staff": the same set named shorter
    if _of_phrase(later.unit) and _of_phrase(before.unit) and _of_phrase(later.unit) != _of_phrase(before.unit):
        return False  # "one count of cyberstalking" and "one count of stalking": two charges
    if later.demonyms and before.demonyms and later.demonyms != before.demonyms:
        return False
    if _named_by(before.head, later.demonyms) or _named_by(later.head, before.demonyms):
        return True
    return later.definite or (later.head is not None and later.head == before.head)


def _first_words(one: str, other: str) -> bool:
    """True when one counted noun is the other's first words: "staff" of "staff members"."""
    short, long = sorted((one.split(), other.split()), key=len)
    return len(short) < len(long) and long[: len(short)] == short


def _of_phrase(unit: str) -> str:
    """Return what an "of" in a counted noun names ("cyberstalking" of "count of cyberstalking"), else ""."""
    return unit.partition(" of ")[2]


def _named_by(head: str | None, demonyms: frozenset[str]) -> bool:
    """True when a counted noun is a people named by one of the demonyms ("Uyghurs" and "Uyghur detainees")."""
    return head is not None and (head in demonyms or head.removesuffix("s") in demonyms)


def _headline_end(doc: Doc) -> int:
    """Return the character offset where the article's headline ends, or 0 when it has none: a first line of at most
    30 words, without a full stop at its end, with a blank line after it (and its subheading)."""
    text = doc_text(doc)
    stop = text.find("\n\n")
    if stop <= 0 or "\n" in text[:stop].strip() or len(text[:stop].split()) > HEADLINE_WORDS:
        return 0
    if text[:stop].rstrip().endswith("."):
        return 0
    # a subheading below it, without a full stop either, belongs to it: "Critics Feared 'Disappeared'" / "3 Dissidents
    # Missing", "Egypt is targeting families of exiled dissidents" / "At least 28 exiled dissidents have faced reprisals"
    deck_start = stop + 2
    deck_stop = text.find("\n\n", deck_start)
    deck = text[deck_start:deck_stop].strip() if deck_stop > 0 else ""
    if deck and "\n" not in deck and len(deck.split()) <= HEADLINE_WORDS and deck[-1] not in ".:\"”":
        return deck_stop
    return stop


def _including_set(number: Token, res: Resources) -> Span | None:
    """Return the plural noun phrase a number with its noun elided is part of through an including word: the noun
    "including" modifies ("offices, including three"; "a network of offices, including three": the offices) or the
    subject of "include" ("the students include 20"); else None."""
    head = number.head
    if number.dep_ not in {"pobj", "dobj"} or head.lemma_.lower() not in res.count_words["including"]:
        return None
    noun = head.head if head.dep_ == "prep" else next((t for t in head.children if t.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    of_noun = next((c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                    if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
    if noun.tag_ != "NNS" and of_noun is not None:
        noun = of_noun  # "a network of trade offices": the offices
    if noun.tag_ != "NNS" or res.units.get(noun.lemma_.lower()) is None and noun.lemma_.lower() == noun.lower_:
        return None
    return noun.doc[_modified_start(noun) : noun.i + 1]


def _modified_start(noun: Token, floor: int = 0) -> int:
    """Return where the noun's phrase starts: the first of the adjectives and compounds right before it, not before
    ``floor`` ("five staff members" from "members")."""
    start = noun.i
    while start > floor and noun.doc[start - 1].head == noun and noun.doc[start - 1].dep_ in {"amod", "compound"}:
        start -= 1
    return start


def _numbered_set(number: Token, res: Resources) -> Span | None:
    """Return the noun phrase a number with its noun elided sizes through a numbering verb: the noun "numbering"
    modifies ("a community numbering over 16,000") or the subject of "numbers" ("the diaspora numbers 50,000")."""
    verb = number.head.head if number.dep_ == "pobj" else number.head
    if number.dep_ not in {"pobj", "dobj"} or verb.lemma_.lower() not in res.count_words["numbering"]:
        return None
    noun = verb.head if verb.dep_ == "acl" else next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if noun is not None and noun.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        noun = verb.head  # "the exiles, who number more than 10,000"
    if noun is None and verb.i > 1:  # "the largest Chinese community, numbering over 16,000" read as a clause
        noun = verb.doc[verb.i - 2] if verb.doc[verb.i - 1].text == "," else verb.doc[verb.i - 1]
    if noun is None or noun.pos_ != "NOUN":
        return None
    return noun.doc[_modified_start(noun) : noun.i + 1]


def _grown_set(number: Token, res: Resources) -> Span | None:
    """Return the noun phrase whose number a verb of growth or fall takes to a number with its noun elided: the plural
    after "the number of" or "the total of" that is the verb's subject ("the number of Uyghurs deported rose to 40"),
    or the noun before "numbers" ("wild tiger numbers fell to around 3,200"; "brought the total of activists with
    bounties to 13" is no subject and stays uncounted), else None."""
    if number.dep_ != "pobj" or number.head.lower_ != "to":
        return None
    verb = number.head.head
    if verb.lemma_.lower() not in res.count_words["growth_verb"]:
        return None
    subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in res.count_words["total_noun"]:
        return None
    of = next((t for t in subject.children if t.dep_ == "prep" and t.lower_ == "of"), None)
    if of is None and subject.tag_ == "NNS" and subject.i > 0 and subject.doc[subject.i - 1].dep_ == "compound" \
            and subject.doc[subject.i - 1].head == subject and subject.doc[subject.i - 1].pos_ == "NOUN":
        return subject.doc[_modified_start(subject) : subject.i]  # "wild tiger numbers fell to around 3,200"
    noun = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
    if noun is None or not (noun.tag_ in {"NNS", "NNPS"} or (noun.tag_ == "NNP" and noun.lower_.endswith("s"))):
        return None  # a plural, or a people the model reads as a name ("Uyghurs")
    return noun.doc[_modified_start(noun) : noun.i + 1]


def _predicate_noun(number: Token, after: int) -> Span | None:
    """Return the plural noun phrase that names what a number referring back counts: the complement of "be" whose
    subject it is ("two were Uzbek citizens") or the noun it modifies after "of them" ("eight of them Chinese
    officials"); else None."""
    noun: Token | None = None
    if number.dep_ == "nsubj" and number.head.lemma_ == "be":
        noun = next((c for c in number.head.children if c.dep_ == "attr"), None)
    elif number.dep_ == "nummod" and number.head.i >= after:
        noun = number.head
    if noun is None or noun.tag_ not in {"NNS", "NNPS"}:
        return None
    start = _modified_start(noun, after)
    return noun.doc[start : noun.i + 1] if start > after or (start == after and noun.i == after) else None


def _plural_before(doc: Doc, start: int, sent: Span, res: Resources) -> Token | None:
    """Return the last definite plural counted noun of ``units.tsv`` before a number in its sentence, else None: the
    set "N of them" counts when no number named it ("drew attention to the stations, ... found more than 100 of
    them"); "officials say, most of them" names no set."""
    for token in reversed(doc[sent.start : start]):
        if token.tag_ == "NNS" and token.lemma_.lower() in res.units and token.ent_type_ == "" \
                and any(c.dep_ == "det" and c.lower_ in res.count_words["definite_before"] for c in token.children):
            return token  # a definite set: "the stations"
    return None


def _pronoun_antecedent(doc: Doc, start: int, end: int, sent: Span, res: Resources) -> Token | None:
    """Return the plural counted noun of ``units.tsv`` that "them" ("those", "these") stands for in "N of them": the last
    before the number in its sentence, else in the sentence before when the number opens its own ("... and activists
    Johnny Fok and Tony Choi. Four of them are ..."); not the subject of a verb above the number, which a pronoun of its
    own clause cannot stand for ("Italian police had found evidence of only two of them": not the police), nor a speaker
    ("Tourists, officials say, are returning. Two of them ...": the tourists); else None."""
    if not (end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in res.count_words["refer_back"]
            and doc[end + 1].pos_ == "PRON"):
        return None  # a pronoun; "four of the six" names its set
    ancestors = {t.i for t in doc[end - 1].ancestors}
    floor = sentence(doc[sent.start - 1]).start if start == sent.start and sent.start > 0 else sent.start
    for token in reversed(doc[floor:start]):
        if token.tag_ == "NNS" and token.dep_ != "compound" and token.lemma_.lower() in res.units \
                and not (token.dep_ in {"nsubj", "nsubjpass"} and (
                token.head.i in ancestors or token.head.lemma_.lower() in res.cues)):
            return token
    return None


PASSIVE_AUX = frozenset({"were", "was", "have", "had", "been", "are", "is", "being"})


def _people_act(doc: Doc, end: int, limit: int, participles: Collection[str]) -> int | None:
    """Return the index of the participle right after a number whose noun is elided that names what was done to people,
    directly or after a passive auxiliary: "20 arrested", "at least 10 were killed", "two have been detained"."""
    i = end
    while i < min(limit, end + 2) and doc[i].lower_ in PASSIVE_AUX and doc[i].pos_ == "AUX":
        i += 1
    if i < limit and doc[i].tag_ == "VBN" and doc[i].lower_ in participles:
        return i
    return None


def _refers_back(doc: Doc, start: int, end: int, sent: Span, pronouns: Collection[str]) -> bool:
    """True for a number that counts a set named before: "N of them/those", "of which N were ...", or a sentence opening
    "Four were ...", "Five more were ..." or "Another 300 were ..."."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in pronouns:
        return True
    if start >= 2 and doc[start - 2].lower_ == "of" and doc[start - 1].lower_ in {"which", "whom"} \
            and end < len(doc) and doc[end].pos_ in {"AUX", "VERB"}:
        return True  # "three people were remanded, of which two were Uzbek citizens"
    if end < len(doc) and doc[end].lower_ == "more":
        end += 1
    opens = start == sent.start or (start == sent.start + 1 and doc[sent.start].lower_ == "another")
    return opens and end < len(doc) and doc[end].pos_ in {"AUX", "VERB"}


def _attribution_of(span: Span, attributions: list[AttributionRow]) -> str | None:
    """Return the id of the attribution whose content holds the count."""
    for row in attributions:
        if row.content_start <= span.start_char and span.end_char <= row.content_end:
            return row.attribution_id
    return None
