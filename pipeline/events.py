"""Events: incidents of different articles that report the same real-world act.

Grouping runs once all articles are extracted, over the incident rows alone,
so it is deterministic and independent of article order: two incidents are
linked when they share origin, tactic and host and either name the same
person, or name no other people and share a group's people (or one names no
one, or only what people: "dissidents") with agreeing years (see
``same_event``). Links join events strongest first (a named person, then
groups, then a report naming no one, of a campaign with a group's report
first; within each, articles that name a person in common elsewhere first, then incidents more reports link to, then by
incident ids; groups of one people that say other people of it, "Chinese
students" and "Chinese dissidents", are other groups), and a link that would put
two acts shown to be other ones (other people, other groups, other years:
``different_acts``) into one event is left out, so a report that names no one
joins one victim's event, never two; a report that names no one and gives no year is linked after all others, and
joins one event of reports that tell something, never bridging two; an act (no campaign) one report tells over three or more hosts at once, naming no
one and no year ("critics in Canada, one in the United Kingdom and victims in the UAE"), joins none; a campaign in unnamed
places (no host) links reports that give it the same year, or that give one or none and name the same groups, saying which people. Rounds of one measure
(bounties, warrants) against one group in one host are one event, whichever of its people each report names, and
rounds of other known years are other acts (a measure is issued at a date); a link between two reports of a campaign
that name no one in common never joins two events of other years (a report naming no one of a 2020 harassment and
the diaspora watched in 2022 are other operations, however undated reports link them). An event's id is a hash of its members'
sorted incident ids, so the same incidents always give the same event id,
whichever engine ran.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.extract.targets import CAMPAIGN_TACTICS, MEASURE_TACTICS
from pipeline.extract.names import is_given_name
from pipeline.records import TARGET_SEPARATOR, EventRow, as_dict
from pipeline.resources import load_resources

ID_SEPARATOR = "; "
def _targets(row: Mapping[str, Any]) -> tuple[str, ...]:
    return _split_targets(str(row.get("targets") or ""))


# Grouping compares every two incidents of one key: the helpers below work on names alone and are cached, so each
# name is split, folded and classed once per run, not once per pair.
@functools.lru_cache(maxsize=65536)
def _split_targets(raw: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in raw.split(TARGET_SEPARATOR) if t.strip())


def _specific(name: str) -> bool:
    """True for a group named by which people ("Saudi dissidents", "Gulen supporters"), not only by what people
    ("dissidents", "pro-democracy activists": no capitalised word)."""
    return any(w[:1].isupper() for w in name.replace("-", " ").split())


def _other_groups(left: Sequence[str], right: Sequence[str]) -> bool:
    """True when two incidents' groups are other people: both say which, and no group of one is one of the other's
    ("Uyghurs" and "Tibetans"; not "dissidents" and "Saudi dissidents", which says more of the same)."""
    left_groups = [n for n in left if is_group(n)]
    right_groups = [n for n in right if is_group(n)]
    if not (left_groups and right_groups) or any(_same_name(x, y) or _same_group(x, y) for x in left_groups for y in right_groups):
        return False
    return any(_specific(n) for n in left_groups) and any(_specific(n) for n in right_groups)


def _year(row: Mapping[str, Any]) -> int | None:
    value = row.get("year")
    return int(value) if value not in (None, "") else None


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Return a word's folded form, the same for its spelling variants: no accents, lower case, "y" as "i", no doubled
    letters ("Uyghur" and "Uighur" -> "uighur", "Gülen" and "Gulen" -> "gulen", "Khashoggi" -> "khashogi")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()
    plain = plain.replace("y", "i")
    return "".join(c for i, c in enumerate(plain) if i == 0 or c != plain[i - 1])


@functools.lru_cache(maxsize=65536)
def _words(name: str) -> frozenset[str]:
    """Return a name's folded words as transliterations of one name agree: "o" and "ou" read as "u" ("al-Romaithi" and
    "Al-Rumaithi", "Yousef" and "Yusef"), "x" as "ks" ("Maxim" and "Maksim"), "q" as "k" ("Quvatov" and "Kuvvatov"), a
    "j" after a consonant as "y" ("Gnjot" and "Gnyot"), an "h" opening a word before a consonant as "g" ("Hnyot" and
    "Gnyot": the Slavic letter written either way) and a glide "y" between a vowel and "e" dropped ("Abdullayev" and
    "Abdullaev")."""
    return frozenset(_word(w) for w in name.replace("-", " ").split())


@functools.lru_cache(maxsize=65536)
def _word(word: str) -> str:
    plain = _INITIAL_H.sub("g", _SOFT_J.sub(r"\1i", fold(word).replace("x", "ks").replace("q", "k")))
    return _GLIDE.sub(r"\1e", plain).replace("ou", "u").replace("o", "u")


# a "j" after a consonant, read as "y" (folded "i"): "Gnjot" beside "Gnyot"
_SOFT_J = re.compile(r"([b-df-hk-np-tv-z])j")
# an "h" opening a word before a consonant, read as "g": "Hnyot" beside "Gnyot"
_INITIAL_H = re.compile(r"^h(?=[b-df-hj-np-tv-z])")
# a "y" (folded "i") between a vowel and "e": "-ayev", "-oyev" beside "-aev", "-oev"
_GLIDE = re.compile(r"([aeou])ie")


@functools.lru_cache(maxsize=65536)
def _kind(word: str) -> str:
    """Return the folded singular of a word, as group words are compared ("Uyghurs" and "Uighur" -> "uighur")."""
    return fold(_stem(word.casefold()))


def _stem(word: str) -> str:
    """Return a word without its plural "s" ("uyghurs" -> "uyghur", "critics" -> "critic")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=1)
def _group_words() -> tuple[frozenset[str], frozenset[str]]:
    """Return (the words that make a name a group's: demonyms, peoples, group nouns; the group nouns alone)."""
    res = load_resources()
    nouns = frozenset(_kind(w) for w in res.group_nouns | res.group_words["generic"])
    kinds = frozenset(_kind(w) for w in [*res.demonyms, *res.peoples]) | nouns
    return kinds, nouns


@functools.lru_cache(maxsize=1)
def _broad_words() -> frozenset[str]:
    """Return the folded group nouns of a people at large, generic words among them (group_words.tsv)."""
    words = load_resources().group_words
    return frozenset(_kind(w) for w in words["broad"] | words["generic"])


@functools.lru_cache(maxsize=1)
def _dissent_words() -> frozenset[str]:
    return frozenset(_kind(w) for w in load_resources().group_words["dissent"])


def _roles(words: set[str], nouns: frozenset[str]) -> set[str]:
    """Return the kinds of people a group's words say which of a people are, by their group nouns ("students",
    "dissidents"; "critics" is a dissident too); none for a people at large ("Chinese nationals", "Uyghurs")."""
    return {"dissident" if w in _dissent_words() else w for w in words & nouns if w not in _broad_words()}


@functools.lru_cache(maxsize=65536)
def is_group(name: str) -> bool:
    """True for a group's name, not a person's: a word in lower case ("overseas Chinese", "Gulen supporters") or a
    nationality, people or group noun ("Uyghurs", "Chinese Canadians")."""
    kinds, _ = _group_words()
    res = load_resources()
    particles = res.group_words["particle"]
    words = name.replace("-", " ").split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and is_given_name(words[0], res) and _stem(words[-1].casefold()) == words[-1].casefold():
        return False  # a given name before a family name that is also a people's ("Frances Hui"; not "Christian Uyghurs")
    # (a word in lower case, not the second part of a capitalised hyphenated name: "Mung Siu-tat")
    return any((p := w.split("-")[0])[:1].islower() and p.casefold() not in particles for w in name.split()) or any(
        _kind(w) in kinds for w in words
    )


@functools.lru_cache(maxsize=65536)
def _same_name(a: str, b: str) -> bool:
    """True when two target names name the same one: equal, or one's words all in the other ("Khashoggi", "Jamal
    Khashoggi"), unless one is a given name alone ("Omar" is not "Omar Abdulaziz": a report's "Omar" may be another
    Omar), or spelt alike word by word (``_spelt_alike``: "Habib Farajallah Chaab", "Habib Farajollah Chaab")."""
    left, right = _words(a), _words(b)
    if left == right:
        return True
    if not (left and right) or not (left <= right or right <= left):
        return _spelt_alike(a, b)
    return not (_given_name_alone(a, b) or _given_name_alone(b, a))


# a run of vowels: one name's vowels transliterated otherwise ("Farajallah", "Farajollah"; "Abdel", "Abdul")
_VOWEL_RUN = re.compile(r"[aeiu]+")


def _spelt_alike(a: str, b: str) -> bool:
    """True when two names of as many words, in one order, differ in one word alone, and that word is one name
    transliterated with other vowels, between two or more words alike ("Habib Farajallah Chaab" and "Habib Farajollah
    Chaab", "Abdel Rahman Al-Qaradawi" and "Abdul Rahman al-Qaradawi"), or written as its initial ("Nikhil G." and
    "Nikhil Gupta"); not two words' names ("Hassan Soltan" and "Hussein Soltan" may be brothers)."""
    left = [_word(w) for w in a.replace("-", " ").split()]
    right = [_word(w) for w in b.replace("-", " ").split()]
    if len(left) != len(right) or len(left) < 2:
        return False
    other = [(x, y) for x, y in zip(left, right) if x != y]
    if len(other) != 1:
        return False
    x, y = other[0]
    if _initial_of(x, y) or _initial_of(y, x):
        return True
    return len(left) >= 3 and _VOWEL_RUN.sub("a", x) == _VOWEL_RUN.sub("a", y)


def _initial_of(initial: str, word: str) -> bool:
    """True when a folded word is another's initial ("g." of "gupta")."""
    return len(initial) == 2 and initial[1] == "." and initial[0].isalpha() and len(word) > 2 and word[0] == initial[0]


@functools.lru_cache(maxsize=65536)
def _given_name_alone(short: str, full: str) -> bool:
    """True when a one-word name is only the first word of a longer name, and that word is no East Asian family name
    written first ("Omar" of "Omar Abdulaziz"; not "Wang" of "Wang Wenbin", nor "Khashoggi" of "Jamal Khashoggi")."""
    words = full.replace("-", " ").split()
    if len(_words(short)) != 1 or len(words) < 2 or _words(short) != _words(words[0]):
        return False
    return words[0] not in load_resources().family_names


@functools.lru_cache(maxsize=65536)
def _same_group(a: str, b: str) -> bool:
    """True when two group names name the same people: a shared word other than a group noun ("Gulen supporters" and
    "Gulen movement", "Saudi dissidents" and "Saudi critics", "Uyghurs" and "Uyghur students", "Chinese nationals" and "Chinese dissidents"), unless each says
    which of them by other group nouns ("Chinese students" and "Chinese dissidents" are other people)."""
    _, nouns = _group_words()
    left_words = {_kind(w) for w in a.replace("-", " ").split()}
    right_words = {_kind(w) for w in b.replace("-", " ").split()}
    if not (left_words - nouns) & (right_words - nouns):
        return False
    left_roles, right_roles = _roles(left_words, nouns), _roles(right_words, nouns)
    return not (left_roles and right_roles) or bool(left_roles & right_roles)


def same_event(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two incidents of different articles report the same act (same key, shared targets, agreeing years).

    A named person shared links them whatever years the reports give (the act, the trial); reports naming other
    people, or people against only a group, are other acts, unless one act (no campaign) names the group both name.
    Groups match on their people ("Saudi dissidents", "Saudi critics"); a report that names no one, or only what
    people ("pro-democracy activists"), does not contradict one that says which. A campaign (intimidation, surveillance, ...) against the same
    people in the same host is one event over years (and a measure's named people join their group's reports in
    unnamed places too, dated the same); other acts, and rounds of a measure (warrants, bounties: issued at a
    date), need agreeing years (equal or one unknown), and a campaign in unnamed places needs both known and equal,
    or one or both unknown and the same groups named, saying which people ("Hong Kong students" in two reports of one study).
    """
    if a["article_id"] == b["article_id"]:
        return False
    if (a["origin"], a["tactic"], a.get("host")) != (b["origin"], b["tactic"], b.get("host")):
        return False
    left, right = _targets(a), _targets(b)
    left_people = [n for n in left if not is_group(n)]
    right_people = [n for n in right if not is_group(n)]
    if any(_same_name(x, y) for x in left_people for y in right_people):
        return True  # the same named person, the same act: reports date it differently (the act, the trial)
    left_groups = [n for n in left if is_group(n)]
    right_groups = [n for n in right if is_group(n)]
    shared_groups = any(_same_name(x, y) or _same_group(x, y) for x in left_groups for y in right_groups)
    if left_people and right_people and not (shared_groups and a["tactic"] in MEASURE_TACTICS):
        return False  # other people: other acts (not rounds of one measure against one group: bounties on activists)
    if (left_people and right) or (right_people and left):
        # people against a group: other acts (a named victim, a campaign), unless both name that group in one act
        # ("Uighur students; Abduweli Ayup" and "Uyghur students" deported, with agreeing years)
        # (a measure names its people and their group: "bounties for five more pro-democracy activists ... The five are
        # Simon Cheng, ..." and another report's "pro-democracy activists" are one round of bounties)
        if not shared_groups or (a["tactic"] in CAMPAIGN_TACTICS and a["tactic"] not in MEASURE_TACTICS):
            return False
        if not a.get("host") and a["tactic"] not in MEASURE_TACTICS:
            return False
    if _other_groups(left, right):
        return False
    year_a, year_b = _year(a), _year(b)
    if not a.get("host"):
        # a campaign in unnamed places is one event only when both date it, the same, or one or neither does and both
        # name the same groups, saying which people ("Hong Kong students; Chinese students" in two reports of one study)
        if year_a is None or year_b is None:
            return _same_groups(left, right)
        return year_a == year_b
    if shared_groups and a["tactic"] in CAMPAIGN_TACTICS and a["tactic"] not in MEASURE_TACTICS:
        return True
    return year_a is None or year_b is None or year_a == year_b


def _same_groups(left: Sequence[str], right: Sequence[str]) -> bool:
    """True when two incidents name the same groups and no one else, each saying which people ("Hong Kong students")."""
    if not left or not all(is_group(n) and _specific(n) for n in [*left, *right]):
        return False
    return {_words(n) for n in left} == {_words(n) for n in right}


def _people(row: Mapping[str, Any]) -> tuple[str, ...]:
    return _people_of(str(row.get("targets") or ""))


@functools.lru_cache(maxsize=65536)
def _people_of(raw: str) -> tuple[str, ...]:
    return tuple(n for n in _split_targets(raw) if not is_group(n))


def different_acts(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two incidents of one key are shown to be other acts, not merely not known to be the same: they name
    other people, a person against only a group the other does not name, or other groups and no one in common, or
    rounds of a measure of other known years and no one in common (the people a measure names do not tell its rounds
    apart, its year does: warrants of 2023 and of 2025; other acts keep reports that date them differently, by the act
    or its announcement, linkable).
    An event never holds two such incidents, however others link them ("the killing in Berlin" named by no one links
    to the reports of one victim, not of two)."""
    if same_event(a, b):
        return False
    left, right = _targets(a), _targets(b)
    left_people, right_people = _people(a), _people(b)
    if any(_same_name(x, y) for x in left_people for y in right_people):
        return False
    if left_people and right_people:
        return True
    year_a, year_b = _year(a), _year(b)
    if a["tactic"] in MEASURE_TACTICS and year_a is not None and year_b is not None and year_a != year_b:
        return True
    if (left_people and right) or (right_people and left):
        # a named person against a group alone: a victim and a campaign ("Li Minjun" stalked, "democracy activists"
        # watched), unless they share that group; a measure's named people are of the group another report names (the
        # five of "bounties for five more pro-democracy activists" and "Hong Kong activists"), unless its groups are other
        if a["tactic"] in MEASURE_TACTICS:
            return _other_groups(left, right)
        left_groups = [n for n in left if is_group(n)]
        right_groups = [n for n in right if is_group(n)]
        return not any(_same_name(x, y) or _same_group(x, y) for x in left_groups for y in right_groups)
    return _other_groups(left, right)


def _strength(a: Mapping[str, Any], b: Mapping[str, Any], named: Mapping[str, frozenset[str]]) -> tuple[int, int]:
    """Return how strongly a link between two incidents shows one act, strongest first when sorted in reverse: a
    named person in common, then groups in common, then a report that names no one (of a campaign: beside a group's
    report before a named person's, as an unnamed report of a campaign tells the campaign more often than one of
    its victims); within each, articles that name a person in common elsewhere before others."""
    if any(_same_name(x, y) for x in _people(a) for y in _people(b)):
        tier = 4
    elif _targets(a) and _targets(b):
        tier = 3
    elif a["tactic"] in CAMPAIGN_TACTICS and not (_people(a) or _people(b)):
        tier = 2
    else:
        tier = 1
    shared = any(_same_name(x, y) for x in named.get(str(a["article_id"]), ()) for y in named.get(str(b["article_id"]), ()))
    return tier, int(shared)


def _share_people(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two incidents name a person or a group in common."""
    if any(_same_name(x, y) for x in _people(a) for y in _people(b)):
        return True
    left_groups = [n for n in _targets(a) if is_group(n)]
    right_groups = [n for n in _targets(b) if is_group(n)]
    return any(_same_name(x, y) or _same_group(x, y) for x in left_groups for y in right_groups)


def _other_years(rows: Sequence[Mapping[str, Any]], left: Sequence[int], right: Sequence[int]) -> bool:
    """True when two groups of incidents both give years, and no year of one is a year of the other."""
    left_years = {y for i in left if (y := _year(rows[i])) is not None}
    right_years = {y for i in right if (y := _year(rows[i])) is not None}
    return bool(left_years and right_years) and not left_years & right_years


def event_id(members: Sequence[str]) -> str:
    """Return the id of the event made of these incident ids (any order)."""
    digest = hashlib.sha256("\x00".join(sorted(members)).encode("utf-8")).hexdigest()
    return f"ev-{digest[:12]}"


def group_events(
    incidents: Sequence[Mapping[str, Any]], published: Mapping[str, str | None]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return (the incidents with their ``event_id`` set, one event row per group).

    ``published`` maps article ids to publication dates, for the events'
    first and last dates. Every incident gets an event, a group of one included.
    """
    rows = [dict(row) for row in incidents]
    order = sorted(range(len(rows)), key=lambda i: str(rows[i]["incident_id"]))
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    named: dict[str, set[str]] = {}
    for row in rows:
        named.setdefault(str(row["article_id"]), set()).update(_people(row))
    frozen = {article: frozenset(names) for article, names in named.items()}
    by_key: dict[tuple[Any, ...], list[int]] = {}
    for i in order:
        by_key.setdefault((rows[i]["origin"], rows[i]["tactic"], rows[i].get("host")), []).append(i)
    # an act (not a campaign) a report tells over several hosts at once, naming no one and no year, is a sweep of one plot
    # ("tried to lure critics in Canada, one in the United Kingdom and victims in the UAE"), not the one-country act
    # another report tells: it joins no event
    spans: dict[tuple[Any, ...], set[Any]] = {}
    for row in rows:
        spans.setdefault((row["article_id"], row.get("char_start"), row["origin"], row["tactic"]), set()).add(row.get("host"))
    swept = {
        i for i, row in enumerate(rows)
        if row["tactic"] not in CAMPAIGN_TACTICS and not _targets(row) and _year(row) is None
        and len(spans[(row["article_id"], row.get("char_start"), row["origin"], row["tactic"])]) > 2
    }
    # links strongest first, then by incident ids: the result depends on the incidents, not on their order
    pairs = [
        (i, j)
        for members in by_key.values()
        for position, i in enumerate(members)
        for j in members[position + 1 :]
        if i not in swept and j not in swept and same_event(rows[i], rows[j])
    ]
    # within a strength, incidents that more reports link to first: a report that says only "Chinese nationals" joins
    # the event of the dissidents two reports name, not the one student of a third
    degree = [0] * len(rows)
    for i, j in pairs:
        degree[i] += 1
        degree[j] += 1
    links: list[tuple[tuple[int, int, int], str, str, int, int]] = []
    for i, j in pairs:
        strength = _strength(rows[i], rows[j], frozen)
        key = (-strength[0], -strength[1], -(degree[i] + degree[j]))
        links.append((key, str(rows[i]["incident_id"]), str(rows[j]["incident_id"]), i, j))
    links.sort()
    clusters = {i: [i] for i in range(len(rows))}

    def join(i: int, j: int) -> None:
        root_i, root_j = find(i), find(j)
        if root_i == root_j:
            return
        if any(different_acts(rows[x], rows[y]) for x in clusters[root_i] for y in clusters[root_j]):
            return  # the link would put two acts shown to be other ones into one event
        if rows[i]["tactic"] in CAMPAIGN_TACTICS and not _share_people(rows[i], rows[j]) and _other_years(rows, clusters[root_i], clusters[root_j]):
            return  # two operations of other years, joined only by a report that names no one in common with them
        keep, drop = min(root_i, root_j), max(root_i, root_j)
        parent[drop] = keep
        clusters[keep] += clusters.pop(drop)

    # a report that names no one and gives no year shares nothing with another and links to every report of its key
    # alike (a conviction told with no victim and no date: the spying on one dissident, the watching of a diaspora):
    # the reports that tell something are grouped first, then it joins one of their events, its strongest link's, and
    # never bridges two
    told = [bool(_targets(row)) or _year(row) is not None for row in rows]
    for *_, i, j in links:
        if told[i] and told[j]:
            join(i, j)
    for *_, i, j in links:
        if not (told[i] and told[j]) and not (any(told[x] for x in clusters[find(i)]) and any(told[y] for y in clusters[find(j)])):
            join(i, j)
    groups: dict[int, list[int]] = {}
    for i in order:
        groups.setdefault(find(i), []).append(i)
    events: list[dict[str, Any]] = []
    for members in groups.values():
        ident = event_id([str(rows[i]["incident_id"]) for i in members])
        for i in members:
            rows[i]["event_id"] = ident
        events.append(_event_row(ident, [rows[i] for i in members], published))
    events.sort(key=lambda e: (e["origin"], e["tactic"], e["host"] or "", e["event_id"]))
    return rows, events


def _event_row(ident: str, members: list[dict[str, Any]], published: Mapping[str, str | None]) -> dict[str, Any]:
    first = members[0]
    targets: list[str] = []
    for row in members:
        for target in str(row.get("targets") or "").split(TARGET_SEPARATOR):
            if target.strip() and target.strip() not in targets:
                targets.append(target.strip())
    years = sorted(y for row in members if (y := _year(row)) is not None)
    article_ids = sorted({str(row["article_id"]) for row in members})
    dates = sorted(d for a in article_ids if (d := published.get(a)))
    return as_dict(
        EventRow(
            event_id=ident,
            origin=str(first["origin"]),
            host=first.get("host") or None,
            tactic=str(first["tactic"]),
            targets=TARGET_SEPARATOR.join(sorted(targets)) or None,
            year_min=years[0] if years else None,
            year_max=years[-1] if years else None,
            articles=len(article_ids),
            first_published=dates[0] if dates else None,
            last_published=dates[-1] if dates else None,
            article_ids=ID_SEPARATOR.join(article_ids),
        )
    )
