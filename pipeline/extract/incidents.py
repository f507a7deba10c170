"""Incidents: acts of transnational repression, from tactic words and the rows the other extractors found.

A tactic word (``models/patterns/tactics.jsonl``, run with spaCy's ``Matcher``)
is an incident when a state stands behind it. The origin is the act's agent:
a principal ("on behalf of Iran", "at China's request"), the verb's subject
resolved through the actors ("Chinese agents", "Hong Kong police"), a state
word on the tactic noun ("Chinese police stations"), a state actor of the
sentence, or the origin of the sentences before; an act done to a person in a named
country with no state in reach takes the state behind the article's other acts; an act on a named person still without
one, the state the story ties that person to ("the Vietnamese blogger Duong Van Thai") when it names that state as a
state or a body of one. The host is each country the
sentence places the act in other than the origin (for renditions and
deportations not the destination), else the country of the sentence before for an act on a person, else (for an act on a
named person the article places none of its origin's acts in) the country the article names most besides the origin.
Targets are the people, else the groups, of the sentence that are not the
agent; the year is the earliest of the sentence's dates (for an act on a named
person in a named place whose sentences give none, the latest date told before
it). A host state's own
measures against the origin's agents (arrests, expulsions) are dropped (an arrest told in a passive in a named country of
a critic the story ties to a state it names is that state's: "Two Cambodian activists have been apprehended in Thailand"), and
so are verbs that need a person as object and have none ("killed the bill").
One row per origin, tactic and host (GUIDELINES.md incidents).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.extract.actors import Actor, find_actors, leader_states
from pipeline.extract.index import cached, column, doc_index, lemma_positions, once_per, positions
from pipeline.extract.places import Place, find_places
from pipeline.extract.targets import PERSON_PRONOUNS, clause_verb, date_years, decree_news_year, fill_targets, incident_targets, incident_years, news_year, object_heads, people_at_large, story_year
from pipeline.extract.targets import covering as _covering
from pipeline.gazetteer import capitals
from pipeline.normalize import normalize_country
from pipeline.paths import MODELS_DIR
from pipeline.records import TARGET_SEPARATOR, AttributionRow, DateRow, IncidentRow
from pipeline.resources import Resources, load_resources

TACTICS_FILE = MODELS_DIR / "patterns" / "tactics.jsonl"
WORDS_FILE = MODELS_DIR / "lexicons" / "incident_words.tsv"
TERRITORIES_FILE = MODELS_DIR / "gazetteers" / "territories.tsv"
STATE_TYPES = {"state", "government"}
TARGET_TYPES = {"person", "group"}
SUBJECTS = {"nsubj", "nsubjpass"}
# Tactics a host state's police or courts carry out: by a host body, against agents, they are countermeasures.
HOST_MEASURES = {"detention", "legal_pressure", "unlawful_deportation", "surveillance"}
# Tactics a state decrees: who announces them issues them ("Hong Kong police announced arrest warrants").
DECREES = {"legal_pressure", "mobility_controls"}
DWELLING_PLACED = {"coercion_by_proxy"}  # acts placed where their named people are said to live (GUIDELINES.md: the person abroad)
# Tactics that move the target: the destination ("to China") is the origin, never the host.
MOVES = {"rendition", "unlawful_deportation"}
SEIZURES = MOVES | {"detention"}  # acts that seize or remove someone: each is an event of its own day
KIN_ACTS = {"intimidation", "assault", "detention"}  # acts that, done to relatives of the one abroad, are coercion by proxy
# acts that, done to relatives told as someone's, are coercion by proxy ("put our family under strict surveillance")
OWNED_KIN_ACTS = {"surveillance"}
NOTICES = {"mobility_controls", "legal_pressure", "unlawful_deportation"}  # acts an arrest abroad told right after carries out (a red notice, a warrant, an extradition)
CARRY_SENTENCES = 3
STATION_PATTERNS = {"police-station", "police-service-station", "police-base", "station-anaphor"}


@dataclass(frozen=True)
class TacticPattern:
    """One trigger pattern: its tactic and whether it needs a person or group as object."""

    tactic: str
    object: str | None
    manner: bool = False  # the words tell how the verb they hang on was done, so that verb is the act ("sentenced in absentia")
    context: bool = False  # the word names no act of its own ("targeted"): it is the act told right before it, done where it says


@dataclass(frozen=True)
class IncidentWords:
    """Role words of ``incident_words.tsv``, lowercased (lemmas, except pronouns, determiners and the words a rule reads
    as written: prepositions, notice, nonstate, vague, during)."""

    person: frozenset[str]
    agent: frozenset[str]
    principal: frozenset[str]
    process: frozenset[str]
    official: frozenset[str]
    relation: frozenset[str]
    anyone: frozenset[str]
    crowd: frozenset[str]
    dissent: frozenset[str]
    death: frozenset[str]
    series: frozenset[str]
    avert: frozenset[str]
    pronoun: frozenset[str]
    possessive: frozenset[str]
    residence: frozenset[str]
    backing: frozenset[str]
    service: frozenset[str]
    envoy: frozenset[str]
    anaphor: frozenset[str]
    seat: frozenset[str]
    receive: frozenset[str]
    aimed: frozenset[str]
    dwell: frozenset[str]
    refuge: frozenset[str]
    signal: frozenset[str]
    blame: frozenset[str]
    operate: frozenset[str]
    involve: frozenset[str]
    ascribe: frozenset[str]
    destination: frozenset[str]
    grant: frozenset[str]
    send: frozenset[str]
    modal: frozenset[str]
    lure: frozenset[str]
    guard: frozenset[str]
    source: frozenset[str]
    kin: frozenset[str]
    kinfolk: frozenset[str]
    arrive: frozenset[str]
    permit: frozenset[str]
    condition: frozenset[str]
    recruit: frozenset[str]
    flight: frozenset[str]
    attempt: frozenset[str]
    request: frozenset[str]
    aboard: frozenset[str]
    wanted: frozenset[str]
    body: frozenset[str]
    vehicle: frozenset[str]
    exit: frozenset[str]
    entry: frozenset[str]
    charge: frozenset[str]
    matter: frozenset[str]
    cause: frozenset[str]
    fraud: frozenset[str]
    custody: frozenset[str]
    abstract: frozenset[str]
    punish: frozenset[str]
    soldier: frozenset[str]
    movement: frozenset[str]
    unplaced: frozenset[str]
    maker: frozenset[str]
    ask: frozenset[str]
    war: frozenset[str]
    suspicion: frozenset[str]
    enlist: frozenset[str]
    perform: frozenset[str]
    give: frozenset[str]
    outcome: frozenset[str]
    possible: frozenset[str]
    charging: frozenset[str]
    confessing: frozenset[str]
    charge_prep: frozenset[str]
    naming: frozenset[str]
    proceeding: frozenset[str]
    later: frozenset[str]
    accusing: frozenset[str]
    accusation: frozenset[str]
    foil: frozenset[str]
    tally: frozenset[str]
    since: frozenset[str]
    plot: frozenset[str]
    nonstate: frozenset[str]
    vague: frozenset[str]
    generic: frozenset[str]
    notice: frozenset[str]
    during: frozenset[str]
    means: frozenset[str]


class _Act(NamedTuple):
    """An act as its own sentence tells it: ``extract_incidents`` works this out once, then places it in the article's story."""

    number: int  # its sentence's
    trigger: Span
    sent: Span
    tactic: str
    origin: str | None  # None: no state in its sentence
    others: list[str]  # further origins ("critics from Cambodia, Laos and Vietnam")
    principal: str | None
    principal_named: bool
    weak: bool
    verb: Token
    subject: Token | None
    subject_state: str | None
    deporting: str | None
    from_countries: set[int]
    sent_actors: list[tuple[int, int, Actor]]
    sent_places: list[tuple[int, int, Place]]
    sent_people: list[tuple[int, int, Actor]]
    undergoes: bool  # its subject is the one it is done to, no agent ("the activist disappeared in Laos")
    target_state: str | None  # the state the story ties the act's named person to ("Hakeem Alaraibi, a former player for Bahrain's side")
    taken_to: bool = False  # its origin is only where the target was taken ("put on a plane to Riyadh"): not carried to later acts
    absent: bool = False  # told as done in the target's absence ("sentenced in absentia"): the target is abroad, wherever


@dataclass
class _Found:
    """An incident being built: the first trigger's span, targets and years gathered from every mention."""

    span: Span
    origin: str
    host: str | None
    tactic: str
    targets: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    attribution_id: str | None = None
    anaphoric: bool = False  # every mention was a noun with a definite or possessive determiner
    mentions: int = 0
    weak: bool = True  # every mention's origin came from the sentence's other states or an earlier sentence
    documented: bool = False  # every mention's origin is the article's state behind its other acts
    at_large: bool = False  # some mention's object is people at large ("British or UK-based individuals")
    suspect: bool = False  # every mention was an arrest told after another act, of its suspect ("arrested after the shooting")
    named: bool = False  # some mention's origin was named as the act's principal or owner ("on behalf of Iran", "Chinese police stations")
    absent: bool = False  # every mention was told as done in the target's absence ("convicted in absentia")
    home: bool = False  # every mention barred the target from leaving the origin, where the target is ("not allowed to leave the country")
    unplaced: bool = False  # every mention was on people told abroad in no named country ("dissidents living abroad")
    requested: bool = False  # some mention's origin was named as the state at whose request it was done ("At the request of X, ...")


def read_tactic_patterns(path: Path = TACTICS_FILE) -> list[dict[str, Any]]:
    """Return the patterns of a JSONL pattern file; lines starting with '#' are its header."""
    return [json.loads(line) for line in _data_lines(path)]


def _title_cased(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the patterns with each lemma list a proper noun can match also holding its words title-cased, singular and
    plural: the tagger reads title-case headlines as proper nouns, whose lemma is the word as written ("Iran Accused
    Of Plotting Assassination Of Dissident", "Red Notices")."""
    cased: list[dict[str, Any]] = []
    for row in rows:
        tokens = []
        for token in row["pattern"]:
            lemmas, pos = token.get("LEMMA"), token.get("POS")
            proper = pos is None or pos == "PROPN" or (isinstance(pos, dict) and "PROPN" in pos.get("IN", ()))
            if proper and isinstance(lemmas, dict) and "IN" in lemmas:
                titled = [form for word in lemmas["IN"] for form in (word.capitalize(), word.capitalize() + "s") if word.islower()]
                token = {**token, "LEMMA": {**lemmas, "IN": [*lemmas["IN"], *(w for w in titled if w not in lemmas["IN"])]}}
            tokens.append(token)
        cased.append({**row, "pattern": tokens})
    return cased


def _data_lines(path: Path) -> list[str]:
    """Return a data file's lines without its '#' header comment and blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=None)
def incident_words(path: Path = WORDS_FILE) -> IncidentWords:
    """Return the role words (cached per process)."""
    names = [f.name for f in dataclasses.fields(IncidentWords)]
    roles: dict[str, set[str]] = {name: set() for name in names}
    lines = _data_lines(path)
    for line in lines[1:]:
        word, role = line.split("\t")
        roles[role.strip()].add(word.strip().lower())
    return IncidentWords(**{name: frozenset(roles[name]) for name in names})


# The Matcher tests every pattern at every token, partly in Python (``IN`` lists); it runs only on
# short windows that start at a word some pattern can start with, and there only the patterns that
# can start at one of the window's words (set lookups on the Doc's LEMMA, LOWER and ORTH columns).
WINDOW_TOKENS = 10
GATE_ATTRS = ("LEMMA", "LOWER", "ORTH")


def _windows(starts: list[int], length: int) -> list[tuple[int, int]]:
    """Return (start, end) token windows, merged, that start at the given positions (words a pattern starts with)."""
    windows: list[tuple[int, int]] = []
    for start in starts:
        end = min(length, start + WINDOW_TOKENS)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _start_words(pattern: list[dict[str, Any]]) -> tuple[dict[str, set[str]], bool]:
    """Return, per attribute, the words one pattern can start with (through optional tokens), and whether a match must start at one.

    It need not when a token up to the first required one tests no word (nor when every token is optional).
    """
    words: dict[str, set[str]] = {attr: set() for attr in GATE_ATTRS}
    complete = True
    for token in pattern:
        known = False
        for attr in GATE_ATTRS:
            value = token.get(attr)
            if isinstance(value, str):
                words[attr].add(value)
                known = True
            elif isinstance(value, dict):
                words[attr].update(value.get("IN", ()))
                known = known or "IN" in value
        complete = complete and known
        if token.get("OP") not in ("?", "*"):
            return words, complete
    return words, False


@dataclass(frozen=True)
class _Gate:
    """Per vocab: the words that open a window with the patterns each can start.

    A window runs only the patterns that can start at one of its words: a pattern's match starts at one of
    its own first words, and patterns match independently, so the matches are those of the whole Matcher.
    """

    vocab: Vocab
    starts: tuple[dict[int, frozenset[int]], ...]  # per attribute of GATE_ATTRS: word hash -> patterns it can start
    always: frozenset[int]  # patterns a match of which need not start at one of their words: tried in every window
    patterns: tuple[tuple[str, list[dict[str, Any]]], ...] = ()  # (id, token patterns) of each, for joint Matchers


def _gate(vocab: Vocab) -> _Gate:
    """Return the gate of the tactic patterns for this vocab (built once)."""
    gate = _GATES.get(id(vocab))
    if gate is not None and gate.vocab is vocab:
        return gate
    starts: list[dict[int, set[int]]] = [{} for _ in GATE_ATTRS]
    always: set[int] = set()
    rows = _title_cased(read_tactic_patterns())
    for number, row in enumerate(rows):
        words, complete = _start_words(row["pattern"])
        if not complete:
            always.add(number)
        for index, attr in enumerate(GATE_ATTRS):
            for word in words[attr]:
                numbers = starts[index].setdefault(vocab.strings.add(word), set())
                if complete:
                    numbers.add(number)
    gate = _Gate(
        vocab, tuple({key: frozenset(numbers) for key, numbers in by_word.items()} for by_word in starts), frozenset(always),
        tuple((row["id"], row["pattern"]) for row in rows),
    )
    _GATES[id(vocab)] = gate
    return gate


def find_tactics(doc: Doc) -> list[tuple[int, int, str]]:
    """Return (start, end, pattern id) of every tactic pattern match in the Doc."""
    if len(doc) == 0:
        return []
    gate = _gate(doc.vocab)
    lemmas, lowers, orths = gate.starts
    opening: dict[int, frozenset[int]] = {}  # token position -> the patterns that can start there
    # (the word columns the other extractors have already read from the Doc)
    for position, (lemma, lower, orth) in enumerate(zip(*(column(doc, attr) for attr in GATE_ATTRS))):
        if lemma in lemmas or lower in lowers or orth in orths:
            opening[position] = lemmas.get(lemma, frozenset()) | lowers.get(lower, frozenset()) | orths.get(orth, frozenset())
    found: set[tuple[int, int, str]] = set()
    for start, end in _windows(list(opening), len(doc)):
        # the window's candidate patterns, as one Matcher per set of patterns a word of it opens (built once per set: a
        # few hundred sets of words, where the windows' unions are thousands): a pattern's matches do not depend on the
        # others', and each call makes a Token per word it reads, so a set's Matcher reads from the first word that
        # opens the set (a match starting at a word opening another set is that set's Matcher's)
        firsts: dict[frozenset[int], int] = {}
        for position in range(start, end):
            if position in opening:
                firsts.setdefault(opening[position], position)
        if gate.always:
            firsts[gate.always] = start
        for numbers, first in firsts.items():
            # patterns of a bounded length: read no further than that length past the last word that can start one
            # of them (a match starting there ends by then; the window's end still bounds it as before)
            stop = end
            if numbers is not gate.always and (longest := _longest(gate, numbers)) is not None:
                last = max(position for position in range(first, end) if position in opening and not opening[position].isdisjoint(numbers))
                stop = min(end, last + longest)
            for match_id, match_start, match_end in _joint_matcher(gate, numbers)(doc[first:stop]):
                found.add((first + match_start, first + match_end, doc.vocab.strings[match_id]))
    return sorted(found)


def _longest(gate: _Gate, numbers: frozenset[int]) -> int | None:
    """Return the most words a match of the gate's patterns ``numbers`` can cover; None when one can run on ("*", "+")."""

    def measure() -> int | None:
        longest = 0
        for number in numbers:
            length = 0
            for token in gate.patterns[number][1]:
                op = token.get("OP", "")
                if op in {"*", "+"} or (op.startswith("{") and op.endswith(",}")):
                    return None
                length += int(op.strip("{}").split(",")[-1]) if op.startswith("{") else 1  # "{,4}", "{2}": at most 4, 2
            longest = max(longest, length)
        return longest

    return once_per(("longest", numbers), (gate,), measure)


def _joint_matcher(gate: _Gate, numbers: frozenset[int]) -> Matcher:
    """Return a Matcher holding the gate's patterns ``numbers`` (built once per gate and set of patterns)."""

    def build() -> Matcher:
        matcher = Matcher(gate.vocab, validate=False)  # its patterns are those tactic_matcher adds, checked there
        for number in sorted(numbers):
            pattern_id, pattern = gate.patterns[number]
            matcher.add(pattern_id, [pattern])
        return matcher

    return once_per(("joint-matcher", numbers), (gate,), build)


_GATES: dict[int, _Gate] = {}
_MATCHERS: dict[int, tuple[Vocab, Matcher, dict[str, TacticPattern]]] = {}


def tactic_matcher(vocab: Vocab) -> tuple[Matcher, dict[str, TacticPattern]]:
    """Return a Matcher over the tactic patterns for this vocab (built once) and each pattern id's tactic."""
    entry = _MATCHERS.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        matcher = Matcher(vocab)
        meaning: dict[str, TacticPattern] = {}
        for row in _title_cased(read_tactic_patterns()):
            matcher.add(row["id"], [row["pattern"]])
            meaning[row["id"]] = TacticPattern(row["label"], row.get("object"), bool(row.get("manner")), bool(row.get("context")))
        entry = (vocab, matcher, meaning)
        _MATCHERS[id(vocab)] = entry
    return entry[1], entry[2]


# ---------------------------------------------------------------- the act's parts


# acts on people at a state's embassy or consulate abroad (GUIDELINES.md incidents: assault, intimidation)
MISSION_ACTS = frozenset({"assault", "intimidation"})


def _subject(verb: Token) -> Token | None:
    """Return the verb's active subject or passive agent, inherited through xcomp/conj/advcl chains."""
    current = verb
    came_by = ""
    for _ in range(4):
        # (of two subjects, the one nearest the verb: a dateline parsed as one, "TORONTO — The crown prince ... sent")
        for child in sorted(current.children, key=lambda c: (c.dep_ != "nsubj", -c.i if c.dep_ == "nsubj" else c.i)):
            if child.dep_ == "nsubj":
                return _past_dateline(child)
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        passive = next((child for child in current.children if child.dep_ == "nsubjpass"), None)
        if passive is not None:
            # an active verb listed after a passive one shares its subject: "Turkey's campaign has been aimed at
            # Gulenists and has included renditions"; the passive's own subject is its target
            shared = current is not verb and came_by == "conj" and not any(c.dep_ == "auxpass" for c in verb.children)
            return passive if shared and not _passive_conjunct(verb) else None
        came_by = current.dep_
        if current.dep_ in {"xcomp", "conj", "advcl", "relcl", "acl"} and current.head.i != current.i:
            if current.dep_ in {"relcl", "acl"}:
                if current.head.dep_ == "dobj" and current.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
                    # an infinitive on a verb's common-noun object is what the verb's subject does with it: "Nicaragua
                    # maintains an extensive network to surveil and intimidate opposition figures" -> Nicaragua
                    current = current.head.head
                    continue
                return current.head  # "agents who harassed ..." -> agents
            current = current.head
        else:
            return None
    return None


def _past_dateline(subject: Token) -> Token:
    """Return the subject the parser hung as an apposition on a dateline it took for the subject ("ERBIL, Kurdistan
    Region — Turkey has forcibly repatriated ...": Turkey), else the subject itself."""
    doc = subject.doc
    start = subject.left_edge.i
    if not subject.text.isupper() or len(subject.text) < 3 or (start > 0 and "\n" not in doc[start - 1].text_with_ws + doc[start - 1].text):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.pos_ == "PROPN"), subject)


def _agents_by(
    noun: Token, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources
) -> tuple[list[str], set[int]]:
    """Return the states a noun's "by" phrase lists, in order, and where the sentence names them: "abuse by Russia,
    Kazakhstan and China"."""
    found: list[str] = []
    at: set[int] = set()
    stack = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    while stack:
        token = stack.pop(0)
        state = _state_of(token, actors, places, res)
        if state is not None and state not in found:
            found.append(state)
            at.update(s for s, e, _ in places if s <= token.i < e)
            at.add(token.i)
        stack.extend(c for c in token.children if c.dep_ == "conj")
    return found, at


def _listed_states(
    noun: Token, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources, *, conjuncts: bool = True
) -> list[str]:
    """Return the states of a noun phrase's conjuncts (with ``conjuncts``) and of its listed demonyms, in order: "China and
    Iran", "Russian and Uzbek spy services"."""
    found: list[str] = []
    words = [*(noun.conjuncts if conjuncts else ()), *(c for m in noun.children if m.dep_ in {"amod", "compound"} and m.conjuncts for c in (m, *m.conjuncts))]
    for token in words:
        state = _state_of(token, actors, places, res)
        if state is None and _demonym_word(token, res) in res.demonyms and not _dual_first(token, res):
            state = res.demonyms[_demonym_word(token, res)]
        if state is not None and state not in found:
            found.append(state)
    return found


def _states_noun(noun: Token, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]]) -> bool:
    """True for a noun that names a state, its body or its agents: "China", "spy services", "Iranian agents"."""
    actor = _covering(actors, noun)
    place = _covering(places, noun)
    return (actor is not None and actor.type in STATE_TYPES) or (place is not None and place.kind == "country") \
        or noun.lemma_.lower() in words.body or noun.lemma_.lower() in words.agent


def _passive_conjunct(verb: Token) -> bool:
    """True for a verb that moves someone, listed after a passive one whose auxiliary it shares, so its voice: "was
    detained in the UAE and put on a plane to Riyadh", "were detained in Chisinau and flown to Turkey" (the passive's
    subject is the one taken, no agent); a verb with its own auxiliary or a person as object is active ("has been aimed at
    Gulenists and has included renditions")."""
    if any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    words = incident_words()
    if not objects:
        return verb.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ in words.destination for c in verb.children)
    return all(o.lemma_.lower() in words.vehicle for o in objects)


def _state_of(token: Token, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources) -> str | None:
    """Return the state a noun phrase stands for: a state or body actor, a country, a demonym ("Chinese").

    Only the words up to the phrase's head count: "agents in Sweden" stands for no state.
    """
    for candidate in [token, *(t for t in token.subtree if t.i < token.i)]:
        actor = _covering(actors, candidate)
        if actor is not None and actor.type in STATE_TYPES and actor.country:
            return str(actor.country)
        place = _covering(places, candidate)
        if place is not None and place.kind == "country" and place.country:
            return str(place.country)
        demonym = _demonym_word(candidate, res) in res.demonyms and not _dual_first(candidate, res) and not _maker_first(candidate)
        if candidate.dep_ in {"amod", "compound", "poss", "npadvmod"} and demonym:
            return res.demonyms[_demonym_word(candidate, res)]
    return None


def _demonym_word(token: Token, res: Resources) -> str:
    """Return the demonym a word ends, lowercased: "north korean" for "Korean" after "North" (not South Korea's "korean")."""
    pair = f"{token.doc[token.i - 1].lower_} {token.lower_}" if token.i > 0 else ""
    return pair if pair in res.demonyms else token.lower_


def _dual_first(token: Token, res: Resources) -> bool:
    """True for the first of two nationalities ("Swedish-Iranian"): the citizenship a person took, not the state behind an act."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in {"-", "–"} and doc[token.i + 2].lower_ in res.demonyms


def _maker_first(token: Token) -> bool:
    """True for a nationality that names a thing's maker ("Israeli-made spyware"): no state behind the act it is used in."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in {"-", "–"} and doc[token.i + 2].lower_ in incident_words().maker


def _own_state(noun: Token, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources) -> str | None:
    """Return the state a tactic noun belongs to: "Chinese police stations", "Iran's plot", "a station of the police in Fuzhou"."""
    state = _state_of(noun, actors, places, res)
    if state is None:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                actor = _covering(actors, pobj)
                if actor is not None and actor.type in STATE_TYPES and actor.country:
                    return str(actor.country)
                state = state or _state_of(pobj, actors, places, res)
                if state is None and pobj.pos_ == "PROPN":
                    # "the Consulate of Turkmenistan": the country inside a post's name has no place row of its own
                    name = pobj.doc[min(t.i for t in pobj.subtree) : pobj.i + 1]
                    state = normalize_country(name.text, resources=res)
    return state


def _principal(sent: Span, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources) -> str | None:
    """Return the state named as principal: "on behalf of Iran", "at the request of China", "X-backed", "working for X"."""
    doc = sent.doc
    cues, pos = _principal_cues(doc, words), column(doc, "POS")
    for i in range(sent.start, sent.end):
        if pos[i] != VERB and i not in cues:
            continue  # a word none of the tests below reads (blame is read from a verb, ``_accused``): no Token made
        token = doc[i]
        if (state := _requesting(token, words, actors, places, res)) is not None:
            return state
        lower, lemma = token.lower_, token.lemma_
        if lower in words.backing and token.i > sent.start and doc_text(token, -1) == "-":
            state = _state_of(token.doc[token.i - 2], actors, places, res)
            if state:
                return state
        by = None
        if lower in words.backing:
            by = token.nbor(2) if token.i + 2 < sent.end and token.nbor(1).dep_ == "prt" else token.nbor(1) if token.i + 1 < sent.end else None
        if by is not None and by.lower_ == "by":
            # "a group, backed by the Iranian government, conspired to kidnap ...", "it was orchestrated by the Uzbek
            # government", "carried out by two Russian spies": the state the "by" phrase names
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
            if pobj is not None and (state := _own_state(pobj, actors, places, res) or _state_of(pobj, actors, places, res)):
                return state
        if lemma in words.service and token.i + 1 < sent.end:
            # "working for China", "spying on supporters of a protest group in Germany for a Moroccan secret service"
            prep = token.nbor(1) if token.nbor(1).lower_ == "for" else next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if target is not None and (state := _state_of(target, actors, places, res)):
                return state
        if lower == "behind" and token.i > sent.start:
            # "Iran was behind the killings", "Netherlands says Iran likely behind two killings"
            # the state just before the word, else the subject of the word's verb
            for before in reversed(sent.doc[max(sent.start, token.i - 3) : token.i]):
                if state := _state_of(before, actors, places, res):
                    return state
            subject = next((c for c in token.head.children if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.i < token.i and (state := _state_of(subject, actors, places, res)):
                return state
        if lemma.lower() in words.envoy and token.i + 2 < sent.end and token.nbor(1).lower_ == "of":
            # "agents of Iran", "agents of the government of India"
            pobj = next((c for c in token.nbor(1).children if c.dep_ == "pobj"), None)
            state = _own_state(pobj, actors, places, res) if pobj is not None else None
            if state:
                return state
        if (state := _accused(token, words, actors, places, res)) is not None:
            return state
    return None


def _principal_cues(doc: Doc, words: IncidentWords) -> set[int]:
    """Return the positions of the words other than verbs that ``_principal`` may read a state from (once per Doc): a word
    of backing, a notice or "behind" (by its lowercase form), a word of request, agency or service (by its lowercased
    lemma: a service word's own lemma is one)."""
    def compute() -> set[int]:
        return {
            *positions(doc, words.backing), *positions(doc, words.notice), *positions(doc, BEHIND),
            *lemma_positions(doc, words.principal), *lemma_positions(doc, words.envoy), *lemma_positions(doc, words.service),
        }

    return cached(doc, "principal-cues", compute)


BEHIND = frozenset({"behind"})


def _charged_agents(trigger: Span, words: IncidentWords, res: Resources) -> str | None:
    """Return the nationality of the people a process verb charges with the act, its agents: "US charges 4 Iranians with
    plot to kidnap journalist", "prosecutors charged four Iranian intelligence officials with conspiring to kidnap"
    (not a host state's own people, nor the act's targets: those are inside the act's own phrase)."""
    below, verb = trigger.root, None
    for _ in range(4):
        if below.head.i == below.i:
            return None
        if below.dep_ == "prep" and below.lower_ in words.charge_prep and below.head.lemma_.lower() in words.process:
            verb = below.head
            break
        below = below.head
    if verb is None:
        return None
    for charged in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        if charged.lemma_.lower() not in words.person | words.agent and _demonym_word(charged, res) not in res.demonyms:
            plural = charged.lower_[:-1] if charged.lower_.endswith("s") else ""
            if plural not in res.demonyms:
                continue
            return None if res.demonyms[plural] in res.host_states else res.demonyms[plural]
        for token in (charged, *(c for c in charged.children if c.dep_ in {"amod", "compound"} and c.i < charged.i)):
            if _demonym_word(token, res) in res.demonyms and not _dual_first(token, res) and not _dual_second(token, res):
                state = res.demonyms[_demonym_word(token, res)]
                return None if state in res.host_states else state
    return None


def _requester(
    sent: Span, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources,
    trigger: Span | None = None,
) -> str | None:
    """Return the state a host acts for, on its request, notice or behalf: "at Bahrain's request", "at the request of Phnom Penh"
    (not one named in a clause of its own told after the act on a noun: "arrested two men on allegations they operated a
    police station on behalf of China" is the host's arrest of China's agents)."""
    return next((
        state for token in sent
        if (state := _requesting(token, words, actors, places, res)) is not None and not (trigger is not None and _told_after(token, trigger))
    ), None)


def _told_after(token: Token, trigger: Span) -> bool:
    """True when a clause with a subject of its own, hung on a noun after the act ("on allegations they operated ..."),
    holds the token and not the act."""
    for head in token.ancestors:
        if (
            head.dep_ in {"acl", "ccomp", "relcl"} and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i > trigger.root.i
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
        ):
            return not head.left_edge.i <= trigger.root.i <= head.right_edge.i
    return False


def _on_notice(verb: Token, words: IncidentWords) -> bool:
    """True when a verb's preposition grounds it on a notice or warrant: "detained under an international arrest warrant",
    "stopped on an Interpol red notice", "arrested on the basis of a red notice" (not "arrested on charges")."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lower_ in words.notice or any(
                o.lower_ in words.notice for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            ):
                return True
    return False
SPEAKER_PRONOUNS = frozenset({"they", "we", "it"})  # a decree's subject that is its speaker: "Iran said it had issued warrants"


def _requesting(
    token: Token, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources
) -> str | None:
    """Return the state a request word names: "on a Russian request", "on Turkish red notices", "on a Russian arrest
    warrant", "at the request of X"."""
    lemma = token.lemma_.lower()
    if (lemma in words.principal or token.lower_ in words.notice) and token.pos_ in {"NOUN", "PROPN"}:
        # "on a Russian request", "on Turkish red notices", "at Bahrain's request" (a capitalised "Red Notice" is a PROPN)
        for child in token.children:
            if child.dep_ in {"amod", "poss", "compound"} and (state := _state_of(child, actors, places, res)):
                return state
            if child.dep_ == "acl" and child.tag_ == "VBN":
                # "due to a Red Notice requested by Russia", "on a request made by China"
                agent = next((p for a in child.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
                if agent is not None and (state := _state_of(agent, actors, places, res)):
                    return state
            if child.dep_ == "prep" and lemma in words.principal and (child.lower_ == "from" or (child.lower_ == "by" and lemma in words.request)):
                # "following an extradition request from Emirati authorities", "extradition requests from Minsk", "based on a
                # request by the United Arab Emirates" (not "in spite of orders by the Dutch government to stop it")
                source = next((p for p in child.children if p.dep_ == "pobj"), None)
                if source is not None and (state := _own_state(source, actors, places, res) or _state_of(source, actors, places, res) or _capital_of(source, places)):
                    return state
    if lemma in words.principal and token.dep_ == "pobj":
        of = next((c for c in token.children if c.lower_ == "of"), None)
        target = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if target is None:
            target = next((c for c in token.children if c.dep_ == "poss"), None)  # "at China's request"
        if target is not None and (state := _state_of(target, actors, places, res) or _capital_of(target, places)):
            return state
    return None


def _capital_of(token: Token, places: list[tuple[int, int, Place]]) -> str | None:
    """Return the state whose capital the phrase names ("at the request of Phnom Penh" is Cambodia's)."""
    place = next((p for t in token.subtree if (p := _covering(places, t)) is not None), None)
    return capitals().get(place.name) if place is not None and place.kind == "city" else None


def _speakers_body(
    subject: Token, trigger: Span, attributions: list[AttributionRow], actors: list[tuple[int, int, Actor]], words: IncidentWords
) -> str | None:
    """Return the state of the speaker whose own body the subject is: "Venezuela attorney general Tarek Saab said his office
    has requested an arrest warrant" (the speaker's country, as the actors table gives it), or of the state or body that
    speaks of itself: "Rwandan authorities said they issued an arrest warrant"."""
    # (or the speaker itself, told by a pronoun: "Rwandan authorities said they issued an arrest warrant for Rusesabagina")
    itself = subject.lower_ in SPEAKER_PRONOUNS
    if not itself and (subject.lemma_.lower() not in words.body or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)):
        return None
    sources = {row.source for row in attributions if row.content_start <= trigger.start_char < row.content_end and row.source}
    kinds = STATE_TYPES if itself else {"person"}
    states = {str(a.country) for _, _, a in actors if a.name in sources and a.type in kinds and a.country}
    return next(iter(states)) if len(states) == 1 else None


def _entry_state(trigger: Span, places: list[tuple[int, int, Place]], words: IncidentWords) -> str | None:
    """Return the country a mobility control bars its people from entering or returning to, on the act's own words:
    "entry denials to Nicaragua", "barred from entering Egypt", "not allowed to return to Belarus" (not where they may
    not travel: "banned from travelling to the US")."""
    doc = trigger.doc
    for token in trigger:
        if token.lemma_.lower() not in words.entry:
            continue
        heads = [c for c in token.children if c.dep_ == "dobj" and token.pos_ in {"VERB", "AUX"}]
        heads += [p for c in token.children if c.dep_ == "prep" and c.lower_ in words.destination for p in c.children if p.dep_ == "pobj"]
        if trigger.end + 1 < len(doc) and doc[trigger.end].lower_ in words.destination:
            heads.append(doc[trigger.end + 1])  # "entry denials to Nicaragua", its "to" parsed onto the verb before
        for head in heads:
            place = _covering(places, head)
            if place is not None and place.kind == "country" and place.country:
                return str(place.country)
    return None


def _state_told_before(
    before: Span, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources
) -> str | None:
    """Return the state the sentence before is about, its main verb's subject, that a pronoun subject ("It has issued
    arrest warrants") refers back to."""
    root = before.root
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    here = [(s, e, a) for s, e, a in actors if before.start <= s < before.end]
    state = _state_of(subject, here, [(s, e, p) for s, e, p in places if before.start <= s < before.end], res)
    if state is None and subject.lemma_.lower() in words.body:
        # a body owned by a leader of a state: "Hun Sen's government"
        owner = next((a for c in subject.children if c.dep_ == "poss" and (a := _covering(here, c)) is not None), None)
        if owner is not None and owner.type == "person":
            state = str(owner.country) if owner.country else leader_states(res).get(owner.name.lower())
    return state


def _office_of(
    subject: Token, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources
) -> str | None:
    """Return the state whose office holder the subject is, named in its "of" phrase: "The crown prince of Saudi Arabia
    sent a hit squad to Canada", "the president of Rwanda ordered ..." (a state's head or official acts for it; the
    words up to the head name no state there)."""
    if subject.lemma_.lower() not in res.offices | words.official:
        return None
    return _country_in_phrase(subject, "of", places, actors)


def _body_in_country(subject: Token, words: IncidentWords, places: list[tuple[int, int, Place]]) -> str | None:
    """Return the country a state body is told "in": "Authorities in the United States", "police in Sweden"."""
    if subject.lemma_.lower() not in words.body:
        return None
    return _country_in_phrase(subject, "in", places)


def _country_in_phrase(
    subject: Token, preposition: str, places: list[tuple[int, int, Place]], actors: list[tuple[int, int, Actor]] | None = None
) -> str | None:
    """Return the country named in the subject's phrase of that preposition: a country place, or (with actors) a state."""
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == preposition):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            place = _covering(places, pobj)
            if place is not None and place.kind == "country" and place.country:
                return str(place.country)
            actor = _covering(actors, pobj) if actors is not None else None
            if actor is not None and actor.type in STATE_TYPES and actor.country:
                return str(actor.country)
    return None


def _seated_in_capital(subject: Token, words: IncidentWords, places: list[tuple[int, int, Place]]) -> str | None:
    """Return the state of a decree's subject told as officials in a capital: "Authorities in Minsk had issued an
    international arrest warrant against her" (a decree is issued where the state sits; a country's name stands for no
    seat: "police in Sweden" may be anyone's agents; a host state's police in its capital are a host's measure)."""
    if subject.lemma_.lower() not in words.body:
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "in"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            # (a capital the places do not list where it names a body's seat: "Authorities in Minsk")
            if (state := _capital_of(pobj, places) or (capitals().get(pobj.text) if pobj.pos_ == "PROPN" else None)) is not None:
                return state
    return None


def _accused(
    token: Token, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources
) -> str | None:
    """Return the state a verb of blame names as the act's author: "accused Iran of", "Iran was involved in", "attributed to Iran"."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    candidates: list[Token] = []
    if lemma in words.blame:
        # "the US accused Iran of plotting", "Rwanda has been accused of": the accused, not the accuser
        candidates = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif any(c.dep_ == "dobj" and c.lemma_.lower() in words.blame for c in token.children):
        # "placed blame on India", "laid the blame on Russia": the "on" phrase
        candidates = [p for c in token.subtree if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    elif lemma in words.involve:
        # "Iran was involved in the murders"
        if any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
            candidates = [c for c in token.children if c.dep_ in SUBJECTS]
    elif lemma in words.ascribe:
        # "a plot the Justice Department has attributed to the Iranian government"
        to = [c for c in token.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"]
        candidates = [p for c in to for p in c.children if p.dep_ == "pobj"]
    for candidate in candidates:
        if (state := _state_of(candidate, actors, places, res)) is not None:
            return state
    return None


def doc_text(token: Token, offset: int) -> str:
    """Return the text of the token ``offset`` away, or '' outside the Doc."""
    i = token.i + offset
    return token.doc[i].text if 0 <= i < len(token.doc) else ""


def _has_person_object(trigger: Span, words: IncidentWords, people: list[tuple[int, int, Actor]]) -> bool:
    """True when the tactic verb acts on people: a person or group actor, a pronoun or a people noun as object."""
    verb = trigger.root
    if verb.lemma_.lower() in words.give and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not _is_person(c, words, people) for c in verb.children):
        return False  # a thing handed to someone hands no one over: "handed lengthy prison terms to two activists" (its "to" receives)
    candidates = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative", "prep", "attr"}]
    if verb.dep_ in {"acl", "relcl"}:
        candidates.append(verb.head)  # "dissidents targeted by ..."
    if verb.dep_ == "amod":
        candidates.append(verb.head)
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ in SUBJECTS for c in verb.children):
        # a passive told through a verb of report: its subject is the one it was done to ("Basma Mostafa reported being
        # assaulted", "a rebel leader, who is said to have already been extradited"; not "the documents were reported to
        # have been seized")
        raised = next((c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        if raised is not None and raised.tag_ in {"WP", "WDT"} and verb.head.dep_ == "relcl":
            raised = verb.head.head
        if raised is not None:
            candidates.append(raised)
    candidates += _shared_objects(verb)
    # the subject of a clause the parser made the verb's object: "closely monitoring Indians living here"
    candidates += [g for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG" for g in c.children if g.dep_ == "nsubj"]
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ in SUBJECTS for c in verb.children):
        # a passive whose subject the parser hung on a clause before it, beside that clause's own subject: "Browder, who
        # campaigned after his lawyer Magnitsky died in custody, was detained" (Browder and Magnitsky both subjects of "died")
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            candidates += subjects[:-1]
    heads: list[Token] = []
    for child in candidates:
        if child.dep_ == "prep":
            heads.extend(c for c in child.children if c.dep_ == "pobj")
        else:
            heads.append(child)
    # the object's head word, its conjuncts and appositions, and "of" phrases ("two of his brothers")
    for head in list(heads):
        heads.extend(c for c in head.children if c.dep_ in {"conj", "appos", "compound"})
        if head.pos_ == "PRON" and head.lower_ in {"that", "those"}:
            continue  # "her death follows that of another exile": the thing named before, not the people of its "of" phrase
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            heads.extend(c for c in prep.children if c.dep_ == "pobj")
    for token in heads:
        if _covering(people, token) is not None or _those_who(token):
            return True
        if token.lower_ in words.pronoun or token.lemma_.lower() in words.person or token.ent_type_ in {"PERSON", "NORP"}:
            return True
        if token.lower_ == "old" and any(c.lemma_ == "year" for c in token.children):
            return True  # a person told by age: "had handed the 54-year-old over to Algeria"
    return False


def _unplaced(trigger: Span, words: IncidentWords) -> bool:
    """True for an act on people its object phrase puts abroad in no named country ("harass Chinese dissidents living
    abroad", "surveil and intimidate the diaspora", "Eritreans in the Diaspora are forced to pay"): the sentence names
    no host (the caller asks only then), and the article's other countries are not where these people are.

    So is an act told as done before its people moved abroad ("fled to Sweden in 2006, after the Uzbek government had
    filed a warrant for his arrest", "was charged before he fled to Turkey"): where they went is no place of the act.
    """
    return (
        any(t.lemma_.lower() in words.unplaced for head in object_heads(trigger) for t in head.subtree)
        or _done_abroad(trigger, words) or _before_a_move(trigger, words)
    )


def _done_abroad(trigger: Span, words: IncidentWords) -> bool:
    """True for a tactic verb told as done abroad in no named country, by its own modifier: "Turkey has brought back 80
    members from abroad", "Iran kidnaps its critics abroad"."""
    root = trigger.root
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in words.unplaced)
        or (c.dep_ == "prep" and any(g.dep_ in {"pcomp", "pobj"} and g.lower_ in words.unplaced for g in c.children))
        for c in root.children
    )


def _before_a_move(trigger: Span, words: IncidentWords) -> bool:
    """True for an act in an "after" clause of a verb of dwelling ("fled to Sweden after the government had filed a
    warrant"), or whose clause has a "before" clause of one ("was charged before he fled to Turkey")."""
    verb = clause_verb(trigger.root, steps=4)
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in words.dwell and _marked(verb, "after"):
        return True
    return any(c.dep_ == "advcl" and c.lemma_.lower() in words.dwell and _marked(c, "before") for c in verb.children)


def _marked(verb: Token, word: str) -> bool:
    return any(c.dep_ in {"mark", "prep"} and c.lower_ == word for c in verb.children)


def _those_who(token: Token) -> bool:
    """True for a pronoun whose relative clause is about people: "silence those who oppose it", "anyone who criticises"."""
    return token.pos_ == "PRON" and token.lower_ in {"those", "anyone", "everyone"} and any(
        c.dep_ == "relcl" and any(g.dep_ in SUBJECTS and g.lower_ in {"who", "whom"} for g in c.children) for c in token.children
    )


def _done_while_abroad(trigger: Span, places: list[tuple[int, int, Place]], words: IncidentWords) -> set[str]:
    """Return the countries a court's sentence says its person did what they are punished for while living in: "he was
    sentenced to 16 years over tweets that he had posted while living in the United States" (none: no act abroad told)."""
    found: set[str] = set()
    for token in trigger.root.subtree:
        if token.lower_ != "while" or token.dep_ != "mark" or token.head.lemma_.lower() not in words.dwell:
            continue
        for prep in (c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "in"):
            inside = {g.i for g in prep.subtree}
            found.update(str(p.country) for s, _, p in places if s in inside and p.country)
    return found


def _into_flight(trigger: Span, words: IncidentWords) -> bool:
    """True for a tactic verb that tells of a flight abroad, no act on the one abroad: "who followed the Dalai Lama into
    exile", "forced to go into exile" (driving people out is repression at home)."""
    return any(
        child.dep_ == "prep" and child.lower_ == "into" and any(p.dep_ == "pobj" and p.lemma_.lower() in words.flight for p in child.children)
        for token in trigger if token.pos_ in {"VERB", "AUX"} for child in token.children
    )


def _reported_kind(trigger: Span, words: IncidentWords, people: list[tuple[int, int, Actor]]) -> bool:
    """True for a tactic noun named as a kind of act to report, no act itself: "where to report harassment"."""
    root = trigger.root
    return (
        root.pos_ == "NOUN"
        and root.dep_ == "dobj"
        and root.head.lemma_.lower() in words.signal
        and not any(c.dep_ in {"det", "poss"} for c in root.children)
        and not _has_person_near(root, words, people)
    )


def _guarded(trigger: Span, words: IncidentWords) -> bool:
    """True for a tactic noun naming a kind of act a verb guards against, no act itself: "will not tolerate any form of
    intimidation", "protect people on their territory from intimidation" (not an owned act: "protect him from China's threats"),
    or a tactic verb told as what such a noun is for: "will not tolerate any attempts by the Chinese authorities to intimidate
    individuals in the UK"."""
    root = trigger.root
    if root.pos_ in {"VERB", "AUX"} and root.dep_ == "acl" and root.head.pos_ == "NOUN" and any(c.lower_ == "to" for c in root.children):
        root = root.head  # the infinitive of an attempt or effort: the noun is what the verb guards against
    if root.pos_ != "NOUN" or any(c.dep_ == "poss" for c in root.children):
        return False
    current = root
    for _ in range(4):
        if current.head.i == current.i or current.dep_ not in {"pobj", "prep", "dobj", "conj"}:
            return False
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current.lemma_.lower() in words.guard
    return False


def _negated(trigger: Span, attributions: list[AttributionRow]) -> bool:
    """True for an act the story says, in its own voice, did not or cannot happen: "cannot seize people on Thai soil",
    "no agent, no abduction" (a denial quoted is an attributed claim). The verb a tactic noun is the object of is
    not read: "they can't escape China's surveillance" tells of an act."""
    root = trigger.root
    negated = root.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in root.children)
    negated = negated or (root.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in root.children))
    if not negated:
        return False
    if root.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and (c.tag_ == "MD" or (c.lemma_ == "do" and c.tag_ in {"VBP", "VBZ"})) for c in root.children
    ):
        return True  # what cannot or does not happen, quoted or not, is no act denied: "foreign services cannot seize people"
    return not any(row.content_start <= trigger.start_char < row.content_end for row in attributions)


def _person_subject(verb: Token) -> Token | None:
    """Return the one a verb tells about: its subject, or the noun of its relative clause ("a blogger who vanished")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ in {"relcl", "acl"}:
        return verb.head
    return subject


def _state_subject(trigger: Span, words: IncidentWords, states: list[tuple[int, int, Actor]]) -> bool:
    """True when the act's subject is a state or a state's body or agents: "Chinese police paid his parents a visit" (not
    "he had been visiting relatives")."""
    subject = _subject(trigger.root)
    return subject is not None and (
        _covering(states, subject) is not None or subject.lemma_.lower() in words.body or subject.lemma_.lower() in words.agent
    )


def _is_person(token: Token | None, words: IncidentWords, people: list[tuple[int, int, Actor]]) -> bool:
    """True for a person or group actor, a pronoun for people, or a noun for people."""
    if token is None:
        return False
    if token.pos_ == "NUM" or token.lemma_.lower() in words.relation:
        # "two of them", "one of the booksellers", "dozens of Uyghurs": the people of its "of"
        token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), token)
    return (
        _covering(people, token) is not None
        or token.lower_ in words.pronoun
        or token.lemma_.lower() in words.person
        or token.ent_type_ in {"PERSON", "NORP"}
    )


def _shared_objects(verb: Token) -> list[Token]:
    """Return the objects a verb shares with the verb it is listed after: "critics were abducted, attacked or handed back"."""
    if not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        # "a campaign to surveil and intimidate the diaspora": the first verb shares the last one's object
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            shared = [c for c in conj.children if c.dep_ == "dobj"]
            if shared:
                return shared
    current = verb
    # a passive listed after an active verb is done to that verb's subject: "Karegeya had fled to South Africa, but was
    # murdered in a well-planned attack"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for _ in range(3):
        own_roles = any(c.dep_ in {"dobj", "nsubjpass", "nsubj"} for c in current.children)
        if current.dep_ not in {"conj", "dep"} or current.head.pos_ != "VERB" or own_roles:
            return []
        current = current.head
        shared = [c for c in current.children if c.dep_ in ({"dobj", "nsubjpass", "nsubj"} if passive else {"dobj", "nsubjpass"})]
        if shared:
            return [c for c in shared if c.dep_ != "nsubj"] or shared
    return []


def _origins_of_targets(
    verb: Token, places: list[tuple[int, int, Place]], words: IncidentWords, people: list[tuple[int, int, Actor]]
) -> list[tuple[int, str]]:
    """Return (token, country) of the countries the act's targets come from: "critics from Cambodia, Laos and Vietnam".

    Exiles take their country of origin (GUIDELINES.md); each country named is an origin of its own.
    """
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + _shared_objects(verb)
    found: list[tuple[int, str]] = []
    for noun in nouns:
        if not _is_person(noun, words, people):
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"):
            stack = [c for c in prep.children if c.dep_ == "pobj"]
            while stack:
                token = stack.pop(0)
                place = _covering(places, token)
                if place is not None and place.kind == "country" and place.country and all(c != place.country for _, c in found):
                    found.append((token.i, str(place.country)))
                stack.extend(c for c in token.children if c.dep_ == "conj")
    return found


def _has_person_near(noun: Token, words: IncidentWords, people: list[tuple[int, int, Actor]]) -> bool:
    """True when a tactic noun names its people: "threats against its journalists", "his arrest", "threats to their lives",
    "two of its journalists had received threats", "Aly was sent death threats", "has been under house arrest"."""
    # the noun and its conjuncts share their people: "threats, disappearances and killings of Rwandan critics", and so
    # does a noun listed after the one the people hang on ("attacks and threats against Rwandan opponents")
    first = noun
    for _ in range(4):
        if first.dep_ != "conj" or first.head.pos_ not in {"NOUN", "PROPN"}:
            break
        first = first.head
    nouns = [first, *(c for c in first.children if c.dep_ == "conj")]
    nouns += [c for n in nouns[1:] for c in n.children if c.dep_ == "conj"]
    nouns += [] if noun in nouns else [noun]
    # "his arrest" names its target; "its attack" (a state's, an army's) names its author
    heads = [c for n in nouns for c in n.children if c.dep_ == "poss" and c.lower_ != "its"]
    for prep in (c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in words.aimed):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            heads.append(pobj)
            heads.extend(c for c in pobj.children if c.dep_ == "poss")
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ in words.receive:
        heads.extend(c for c in verb.children if c.dep_ == "nsubj")  # "staff had received threats"
    if noun.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in verb.children):
        heads.extend(c for c in verb.children if c.dep_ == "nsubjpass")  # "Aly was sent death threats"
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.pos_ in {"VERB", "AUX"}:
        # a state the one its clause is about is in: "Al Masailim has been under house arrest"
        heads.extend(c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    return any(_is_person(token, words, people) or token.lower_ in words.possessive for token in heads)


def _on_kin(trigger: Span, words: IncidentWords, owned: bool = False) -> bool:
    """True for a tactic word whose object or passive subject is relatives: "her husband was assaulted", "harassing and
    intimidating his family", "the families of Tamil asylum seekers who have fled to the UK are being harassed, threatened
    and assaulted", "harassment and intimidation by Egyptian security forces of the family of a US national". With
    `owned`, only relatives told as someone's ("put our family under surveillance", "spied on the relatives of Uyghur
    activists"; not "surveillance of an Iranian-Australian family", the ones watched)."""

    def kin(noun: Token) -> bool:
        return noun.lemma_.lower() in words.kin and (
            not owned or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
        )

    root = trigger.root
    if root.pos_ in {"NOUN", "PROPN"}:
        nouns = [root, *root.conjuncts]
        nouns += [p for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        if root.dep_ == "pobj" and root.head.lower_ == "under" and root.head.head.pos_ in {"VERB", "AUX"}:
            # a state relatives are put in: "put our family under strict surveillance", "his parents were placed under surveillance"
            if any(o.dep_ in {"dobj", "nsubjpass"} and kin(o) for o in root.head.head.children):
                return True
        return any(
            c.dep_ == "prep" and c.lower_ in words.aimed | {"of"} and any(p.dep_ == "pobj" and kin(p) for p in c.children)
            for noun in nouns for c in noun.children
        )
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    objects = [c for c in root.children if c.dep_ in {"dobj", "nsubjpass"}] or _shared_objects(root)
    if owned:  # the object of a verb's "on": "spied on the relatives of Uyghur activists"
        objects += [p for c in root.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    verb = root
    # verbs listed after the one that names them share its subject ("harassed, threatened and assaulted", parsed as advcl too)
    while not objects and verb.dep_ in {"conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ in {"nsubj", "mark"} for c in verb.children
    ):
        verb = verb.head
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # (not one relative told by a pronoun's possessive alone: "Turkish police manhandled their father" may be the one targeted;
    # "his family" is the proxies)
    return any(
        kin(o) and (o.lemma_.lower() in words.kinfolk or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children))
        for o in objects
    )


def _kin_of_someone(trigger: Span, words: IncidentWords) -> bool:
    """True for an act on relatives told as someone's: "threatened their families", "his family has been intimidated",
    "their families back home" (not "families" of no one: "the authorities often threaten families")."""
    root = trigger.root
    nouns = [root] if root.pos_ in {"NOUN", "PROPN"} else [c for c in root.children if c.dep_ in {"dobj", "nsubjpass"}]
    nouns += [c for n in nouns for c in n.conjuncts]
    return any(n.lemma_.lower() in words.kin for n in nouns) and any(
        c.dep_ == "poss" and (c.lower_ in words.possessive or c.lower_ in PERSON_PRONOUNS) for n in nouns for c in n.children
    )


def _charged_crime(trigger: Span, words: IncidentWords) -> bool:
    """True for a bare tactic noun that names a crime someone is charged with, no act of a state: "an arrest warrant for
    Rusesabagina to answer charges of serious crimes including terrorism, arson, kidnap, and murder" (not an act a charge
    is about: "charged with plotting to murder him", a verb), or that names the charge: "on espionage charges"."""
    root = trigger.root
    if root.pos_ == "NOUN" and root.dep_ == "pobj" and root.head.lower_ == "over" and root.head.head.lemma_.lower() in words.punish:
        return True  # what a measure is taken over: "he had been blacklisted by Cambodia over the bomb plots"
    if root.pos_ != "NOUN" or any(c.dep_ in {"det", "poss"} for c in root.children):
        return False
    if root.dep_ == "compound" and root.head.lemma_.lower() in words.charge | words.matter:
        return True  # "remains on death row on espionage charges", "the murder weapon"
    current = root
    for _ in range(6):
        if current.dep_ not in {"pobj", "prep", "conj", "appos"} or current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ == "NOUN" and current.lemma_.lower() in words.charge:
            return True
    return False


def _prospective(trigger: Span, words: IncidentWords) -> bool:
    """True for a deportation told only as a possibility: "could be deported to China once his sentence is completed", or as
    a decision still to be made: "judges have to decide whether to extradite him to Turkey" ("may", "will" are not read:
    gold counts a feared or pending extradition, "fears he will be extradited to Egypt", as the attempt it is).

    A past act told with a modal still counts ("could have been deported", "may have handed him back to Laos").
    """
    root = trigger.root
    auxes = [c.lower_ for c in root.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in root.children) and "to" in auxes:
        return True
    return any(a in words.modal for a in auxes) and "have" not in auxes


def _conditional(trigger: Span, words: IncidentWords) -> bool:
    """True for an act told only as a condition, which the story does not say happened: "if China had threatened
    him, he would have reported it", "unless Iran stops harassing them" (not the act a question is asked about:
    "asked if he had been threatened")."""
    current = trigger.root
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"}:
            if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words.condition for c in current.children):
                return True
            # "if they threatened and detained him": the verbs listed share the condition, and so does a verb's complement
            # ("unless Iran stops harassing them", "if China had tried to lure him")
            if current.dep_ not in {"conj", "xcomp"}:
                return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _possible_outcome(trigger: Span, words: IncidentWords) -> bool:
    """True for an act told only as what something could lead to: "this could result in their imprisonment, assassination,
    or being forced to return", "it would likely lead to the intimidation of activists abroad" (not an outcome told as
    past: "ultimately led to his detention", "could have led to his arrest")."""
    token = trigger.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "their imprisonment, assassination, or being forced to return": the list shares its verb
    if token.dep_ not in {"pobj", "pcomp"} or token.head.lower_ not in {"in", "to"}:
        return False
    verb = token.head.head
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.lemma_.lower() in words.outcome and any(a in words.possible for a in auxes) and "have" not in auxes


def _averted(trigger: Span, words: IncidentWords) -> bool:
    """True for a deportation or forcible return someone escapes, prevents, risks, rules against or does not allow, which has not happened: "to
    escape extradition to China", "were unable to prevent their deportation", "risking forcible return to the UAE", "a local
    court had ruled against his extradition"."""
    root = trigger.root
    if root.lemma_.lower() in words.request:
        return False  # a request fought or challenged was still made: "he had been fighting an extradition request in court"
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "face the risk of torture, enforced disappearance and imprisonment"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "against":
        return True
    if root.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < root.i and c.lemma_.lower() in words.avert for c in head.children):
        return True  # "face risk of torture, enforced disappearance and imprisonment", parsed as two objects of "face"
    if root.dep_ == "dobj" and head.lemma_.lower() in words.permit and any(c.dep_ == "neg" for c in head.children):
        return True  # "the constitution does not allow the extradition of its own citizens"
    return root.dep_ in {"dobj", "pobj"} and (head if root.dep_ == "dobj" else head.head).lemma_.lower() in words.avert


def _is_countermeasure(
    subject_state: str | None,
    trigger: Span,
    sent: Span,
    words: IncidentWords,
    principal: str | None,
    actors: list[tuple[int, int, Actor]],
    *,
    requester: str | None = None,
    acts: frozenset[int] | set[int] = frozenset(),
    demonyms: dict[str, str | None] | None = None,
) -> bool:
    """True for a host body acting against another state's agents or bodies ("Dutch police arrested two Chinese agents",
    "France froze assets belonging to Iran's intelligence ministry"), or a warrant or notice it issues over an act of
    repression (``acts``: the tactic words' positions) against another state's nationals, its perpetrators ("South African
    authorities have issued arrest warrants for two Rwandan citizens for the Karegeya murder"; not "a warrant for
    Rusesabagina over the 2009 attacks", a charge); not for one acting at that state's request."""
    if subject_state is None:
        return False
    if principal is not None and principal != subject_state and principal != requester:
        return True
    verb = trigger.root
    if verb.lower_ in words.notice and demonyms is not None:
        grounds = _decree_grounds(verb)
        over_act = any(t.i in acts and not trigger.start <= t.i < trigger.end for t in grounds)
        foreigners = any(
            c.dep_ == "amod" and (country := demonyms.get(c.lower_)) and country != subject_state for t in grounds for c in t.children
        )
        if over_act and foreigners:
            return True
    # a decree noun's "for"/"against" phrase names whom it is against: "issued an arrest warrant for a gunman suspected of ..."
    against = [p for c in verb.children if verb.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ in {"for", "against"} for p in c.children if p.dep_ == "pobj"]
    for child in [*verb.children, *against]:
        if child.dep_ in {"dobj", "nsubjpass", "pobj"}:
            if any(t.lemma_.lower() in words.agent for t in child.subtree):
                return True
            for token in child.subtree:
                actor = _covering(actors, token)
                if actor is not None and actor.type in STATE_TYPES and actor.country and actor.country != subject_state:
                    return True
    return False


GROUND_PREPS = frozenset({"for", "over"})  # a decree's ground: "a warrant for the murder", "warrants over the killing"


def _decree_grounds(decree: Token) -> list[Token]:
    """Return the heads of the "for"/"over" phrases of a warrant or notice, of the verb that issues it and of those
    phrases ("issued arrest warrants for 20 Saudi nationals over the killing"): what it is for, people or an act."""
    holders = [decree, decree.head] if decree.dep_ == "dobj" else [decree]
    heads = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS for p in c.children if p.dep_ == "pobj"]
    # (the act's phrase may hang on the people's: "warrants for two Rwandan citizens for the Karegeya murder")
    return heads + [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS for p in c.children if p.dep_ == "pobj"]


def _held_for_a_deed(trigger: Span, sent: Span, deeds: set[int], words: IncidentWords) -> bool:
    """True for an arrest whose ground is an act of repression (``deeds``: the positions of the tactic words that are
    no decree, deportation or arrest) or service as an agent: the one held did it, and the arrest is a host's measure
    against them, no act ("the FBI arrested Pierre Girgis for spying on critics of Egypt's president", "detained a man
    under suspicion of espionage", "arrested for allegedly acting as an agent of the PRC"; not "arrested for criticising
    the king", "detained on an Interpol notice")."""
    ground = {
        token.i for prep in trigger.root.children if prep.dep_ == "prep" and (
            prep.lower_ in GROUND_PREPS or any(c.dep_ == "pobj" and c.lemma_.lower() in words.suspicion for c in prep.children)
        ) for token in prep.subtree
    }
    doc = trigger.doc
    if not any(i in deeds or (doc[i].lemma_.lower() in words.agent and doc[i].head.lower_ == "as") for i in ground):
        return False
    # (the state the agent served is named inside the ground, "espionage on behalf of the KGB"; a request outside it is
    # the arrest's own: "arrested for the killing at Rwanda's request")
    return not any(t.lemma_.lower() in words.principal and t.i not in ground for t in sent)


def _on_own_body(trigger: Span, origin: str, actors: list[tuple[int, int, Actor]]) -> bool:
    """True when the act's object or passive subject is a body of the state taken for its origin: no state designates or
    charges its own body ("the Revolutionary Guards to be listed as a terrorist organisation by the EU")."""
    for child in trigger.root.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            actor = _covering(actors, child)
            if actor is not None and actor.type in STATE_TYPES and actor.country == origin:
                return True
    return False


def _reactors(
    trigger: Span, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources
) -> set[str]:
    """Return the states that react to the act, judge or report it, named on the words that govern it.

    "Dutch criminal investigations into both killings", "an investigation by Berlin authorities into a
    suspected poisoning", "Berlin expelled two Russian diplomats over the apparent assassination": the
    act is the object of a process word (``process`` role), whose owner or subject is not its agent.
    """
    found: set[str] = set()
    current = trigger.root
    for _ in range(6):
        if current.head.i == current.i or current.dep_ in {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis"}:
            break
        below, current = current, current.head
        # (a warrant or notice issued for or over the act is against its perpetrators, by the state that issues it:
        # "Turkey issued arrest warrants for 20 Saudi nationals over the killing")
        decree = below.dep_ == "prep" and below.lower_ in GROUND_PREPS and (
            current.lower_ in words.notice or (current.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in words.notice for c in current.children))
        )
        if current.lemma_.lower() not in words.process and not decree:
            continue
        owners: list[Token] = []
        if current.pos_ in {"NOUN", "PROPN"}:
            owners.append(current)
            owners += [p for c in current.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        if current.pos_ in {"NOUN", "PROPN"} and decree and current.dep_ == "dobj":
            owners.append(current.head)
        owner = _subject(current) if current.pos_ in {"VERB", "AUX"} else None
        if owner is not None:
            owners.append(owner)
        for token in owners:
            state = _state_of(token, actors, places, res)
            if state is not None:
                found.add(state)
    return found


def extract_incidents(
    doc: Doc,
    *,
    article_id: str = "",
    published: str | None = None,
    attributions: list[AttributionRow] | None = None,
    dates: list[DateRow] | None = None,
    resources: Resources | None = None,
) -> Iterator[IncidentRow]:
    """Yield one row per (origin, tactic, host) the article reports, at its first mention."""
    res = resources or load_resources()
    words = incident_words()
    attributions = attributions if attributions is not None else (doc._.tnr_attributions or [])
    dates = dates if dates is not None else (doc._.tnr_dates or [])
    _, meaning = tactic_matcher(doc.vocab)
    matches = find_tactics(doc)
    if not matches or _ordinary_fugitive(doc, words):
        return
    index = doc_index(doc)
    actor_spans = [(a.span.start, a.span.end, a) for a in find_actors(doc, resources=res)]
    place_spans = [(p.span.start, p.span.end, p) for p in find_places(doc, resources=res)]
    state_actors = [(s, e, a) for s, e, a in actor_spans if a.type in STATE_TYPES and a.country]
    people = [(s, e, a) for s, e, a in actor_spans if a.type in TARGET_TYPES]
    years_at = date_years(doc, dates)
    # ties (two patterns over the same words) go to the pattern listed first, whatever order the Matcher gives
    order = {pattern_id: rank for rank, pattern_id in enumerate(meaning)}
    spans = sorted(matches, key=lambda m: (m[0], -(m[1] - m[0]), order[m[2]]))
    # the article's stations are those of the first state a station is named for ("China's overseas police stations")
    station_origin = next(
        (
            state for start, end, pattern_id in spans if pattern_id in STATION_PATTERNS - {"station-anaphor"}
            and (state := _own_state(doc[end - 1], actor_spans, place_spans, res)) is not None
        ),
        None,
    )
    sent_no = {s.start: n for n, s in enumerate(index.sents)}
    # the state of each embassy or consulate named with it ("the Saudi consulate", "the Consulate of Turkmenistan")
    posts = positions(doc, res.diplomatic_posts)
    missions = {i: state for i in posts if (state := _own_state(doc[i], actor_spans, place_spans, res)) is not None}
    first_mission = next(iter(missions.values()), None)
    away = _away_datelines(doc, place_spans, res)
    persons = {a.name for _, _, a in people if a.type == "person"}
    joined = territories()
    only_hosts = res.host_states  # states never the origin of an act (host_states.txt)
    leaders = leader_states(res)
    # the states the story names as states: its state actors, and the states of the leaders it names ("Hun Sen")
    story_states = {str(a.country) for _, _, a in state_actors} | {leaders[name.lower()] for name in persons if name.lower() in leaders}
    compared: list[int] = []  # where acts were told as a comparison of states (``_compares_states``)
    principals: dict[int, str | None] = {}  # each sentence's principal state (by its first token): asked for each act in it

    def principal_of(sent: Span) -> str | None:
        if sent.start not in principals:
            sent_actors = [a for a in actor_spans if sent.start <= a[0] < sent.end]
            sent_places = [p for p in place_spans if sent.start <= p[0] < sent.end]
            principals[sent.start] = _principal(sent, words, sent_actors, sent_places, res)
        return principals[sent.start]

    def acts() -> Iterator[_Act]:
        """Yield each act with what the sentence alone says of it (no state carried from earlier acts), once per article."""
        # longest match first at each start, one trigger per token
        taken: set[int] = set()
        first_station: int | None = None
        matched = {i for start, end, _ in spans for i in range(start, end)}
        # the acts a warrant or notice can be issued over (not the arrest it is for: "a warrant for his arrest")
        grounds = {i for start, end, pattern_id in spans if meaning[pattern_id].tactic != "detention" for i in range(start, end)}
        digital = {i for start, end, pattern_id in spans if meaning[pattern_id].tactic == "digital_attack" for i in range(start, end)}
        killers = {i for start, end, pattern_id in spans if meaning[pattern_id].tactic == "assassination" for i in range(start, end)}
        # the acts someone can be held for doing (not the decree or deportation an arrest is on or for)
        deeds = {
            i for start, end, pattern_id in spans if meaning[pattern_id].tactic not in DECREES | SEIZURES and not meaning[pattern_id].context
            for i in range(start, end)
        }
        # where the tactic words that name an act of their own are (a "context" word beside one adds no act: "targeted with spyware")
        acts_named = [start for start, _, pattern_id in spans if not meaning[pattern_id].context]
        last_act: tuple[int, str] | None = None  # the sentence and tactic of the act told last
        for start, end, pattern_id in spans:
            if any(i in taken for i in range(start, end)):
                continue
            pattern = meaning[pattern_id]
            trigger = doc[start:end]
            sent = index.sent(start)
            number = sent_no[sent.start]
            if pattern.object == "person" and not _has_person_object(trigger, words, people):
                continue
            if trigger.root.lemma_ == "follow" and any(c.dep_ == "dobj" and c.i in matched for c in trigger.root.children):
                continue  # what an act follows is told in time, no one trailed: "his disappearance followed the arrest of 36 activists"
            if pattern.object == "person-near" and not _has_person_near(trigger.root, words, people):
                continue
            if pattern.object == "person-subject" and not _is_person(_person_subject(trigger.root), words, people):
                continue
            if pattern.object == "state-subject" and not _state_subject(trigger, words, state_actors):
                continue
            lived_in = _done_while_abroad(trigger, place_spans, words) if pattern.object == "done-abroad" else set()
            if pattern.object == "done-abroad" and not lived_in:
                continue
            if _reported_kind(trigger, words, people) or _guarded(trigger, words) or _on_anyone(trigger, words) or _in_a_series(trigger, words, people):
                continue
            if _conditional(trigger, words) or _possible_outcome(trigger, words) or _into_flight(trigger, words) or _charged_crime(trigger, words):
                continue
            if meaning[pattern_id].tactic != "mobility_controls" and _negated(trigger, attributions):
                continue
            if pattern.object == "after-police-station":
                if first_station is None or start <= first_station:
                    continue
            elif pattern_id.startswith("police"):
                first_station = start if first_station is None else first_station
            if (
                trigger.root.dep_ in {"advcl", "xcomp"} and trigger.root.head.i in taken
                and not any(c.dep_ == "mark" and c.lower_ == "because" for c in trigger.root.children)
            ):
                # "detained his relatives to pressure him": the purpose of an act already counted (a reason is an act of its
                # own: "arrested by Thai police because he had been blacklisted by Cambodia"; any clause a conjunction opens:
                # test 0.511 -> 0.504)
                continue
            told = None
            if pattern.context:
                # "targeted" tells no act of its own: told in a named place right after an act, it is that act done there too
                # ("... tried to lure critics to Iran. Victims were also targeted in the United Arab Emirates"); not where
                # its sentence names an act of its own (that act is the item: "targeted with spyware", "targeted and
                # threatened"), nor told with no act before it ("Russian authorities have targeted more than a dozen exiled
                # journalists"), in no named place ("Members of the movement have been targeted by Turkey following the
                # coup") or on people abroad in no named country ("accusations that Iran targets dissidents abroad")
                # (a country after it, not its agent's: "targeted by Turkey")
                placed = any(p.country and p.span.root.head.lower_ != "by" for s, _, p in place_spans if end <= s < sent.end)
                told = last_act[1] if last_act is not None and number - last_act[0] <= 1 and placed else None
                if told is None or any(sent.start <= at < sent.end for at in acts_named) or _unplaced(trigger, words):
                    continue
            taken.update(range(start, end))
            in_sent = lambda items: [(s, e, x) for s, e, x in items if sent.start <= s < sent.end]  # noqa: E731
            sent_actors, sent_places, sent_people = in_sent(actor_spans), in_sent(place_spans), in_sent(people)
            if _compares_states(trigger, sent, sent_actors, sent_places, words, people):
                # "Rwanda, Saudi Arabia, Russia and Iran have used killings of critics abroad": a comparison of states,
                # no act of one; the acts told after it are no longer those of the state named before
                compared.append(start)
                continue
            principal = principal_of(sent) or _charged_agents(trigger, words, res)
            verb = clause_verb(trigger.root, steps=4)
            subject = _subject(verb) if trigger.root.pos_ in {"VERB", "AUX"} or verb.i != trigger.root.i else _subject(trigger.root)
            if subject is not None and subject.lemma_.lower() in words.abstract and trigger.root.pos_ == "VERB":
                continue  # a figure of speech: "Cuban repression has followed editor José Jasán Nieves Cárdenas to the United States"
            if pattern.tactic == "surveillance" and _caught_doing(trigger.root):
                continue  # the one filmed is shown doing the act: "after he was filmed making throat cutting gestures to Tamils"
            if _done_by_the_one_acted_on(trigger.root, matched, words):
                continue  # the one a passive is done to does what its gerund tells: "who was detained whilst visiting family in the UAE"
            if subject is not None and subject.lemma_.lower() in words.soldier:
                continue  # an act of war: "the civil war that ended in 2009, when Sri Lankan troops crushed the LTTE and killed its top leaders"
            subject_state = _state_of(subject, sent_actors, sent_places, res) if subject is not None else None
            if subject_state is None and subject is not None:
                subject_state = _office_of(subject, words, sent_actors, sent_places, res)
            if (
                subject_state is None and subject is not None and number > 0
                and (subject.lower_ == "it" or (subject.lower_ == "they" and pattern.tactic in DECREES))
                # (not a pronoun for a state its own sentence names before it: "Germany responded ..., as it had done after")
                and not any(s < subject.i for s, _, _ in sent_actors) and not any(s < subject.i and p.kind == "country" for s, _, p in sent_places)
            ):
                # "Hun Sen's government has described the return as a coup. It has issued arrest warrants for Sam Rainsy"
                # ("they" only of a decree: for every act it gave real-dev 0.645 -> 0.647 but test 0.511 -> 0.502)
                subject_state = _state_told_before(index.sents[number - 1], words, actor_spans, place_spans, res)
            if subject_state is None and subject is not None and pattern.tactic in DECREES:
                subject_state = _seated_in_capital(subject, words, sent_places) or _speakers_body(subject, trigger, attributions, actor_spans, words)
            announced = (
                pattern.tactic in DECREES and trigger.root.dep_ in {"dobj", "conj"} and trigger.root.head.i == verb.i
                and verb.lemma_ not in words.process
            )
            # the subject of a process verb the act's clause hangs on: "ASIO foiled a plot to lure ..." (parsed "foiled ... to lure")
            inherited = subject is not None and subject.head.i != verb.i and subject.head.lemma_.lower() in words.process
            # (not a verb of attempt the act is the infinitive of: "Iranian agents tried to lure dissidents", nor one whose
            # gerund the act is: "Pakistani authorities should stop threatening Gul Bukhari" is the authorities' threat)
            inherited = inherited and not (verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in words.attempt or verb.tag_ == "VBG"))
            # (or a host's arrest of the ones suspected of it: "Istanbul's police have arrested three persons suspected of
            # being involved in the murder of Tajik opposition leader Umarali Kuvvatov")
            processed = verb.i != trigger.root.i and (verb.lemma_ in words.process or (verb.lemma_.lower() in words.custody and _in_object(trigger.root, verb)))
            reporting = None
            # (the state that asks for an extradition is its agent: "Both Russia and Ukraine have requested his extradition")
            asked = pattern.tactic == "unlawful_deportation" and _asked(trigger, words)
            if (processed or inherited or (verb.i != trigger.root.i and verb.lemma_ in res.cues)) and not announced and not pattern.manner and not asked:
                # "the Netherlands says Iran was behind two killings", "a court in Antwerp sentenced Assadi for murder":
                # who reports, judges or answers an act is not its agent (but who announces arrest warrants issues them);
                # who judges or answers it is not the state behind it when none is named either ("Australia's
                # intelligence agency foiled a plot to lure ..."), while a cue may still be the agent's ("maintains surveillance")
                # (not who faces or receives it: "students are facing harassment, surveillance and threats")
                reporting = subject_state if (processed or inherited) and verb.lemma_.lower() not in words.receive else None
                subject_state = None
            tactic = pattern.tactic
            if pattern.context:
                tactic = str(told)
            if (tactic in KIN_ACTS and _on_kin(trigger, words)) or (tactic in OWNED_KIN_ACTS and _on_kin(trigger, words, owned=True)):
                tactic = "coercion_by_proxy"  # "the families of asylum seekers who fled to the UK are being harassed"
            if tactic == "surveillance" and digital and _by_digital_means(trigger.root, digital, words):
                tactic = "digital_attack"  # "Morocco used the Pegasus software to spy on journalists": spying by spyware
            if tactic == "intimidation" and _by_agents_of(trigger.root, killers):
                tactic = "assassination"  # "hunted by a squad of assassins": the hunt is the attempt on his life
            if tactic == "assault" and any(t.lemma_.lower() in words.death for t in sent):
                tactic = "assassination"  # "has died following an attack in which he was stabbed": the attack killed
            # a host that arrests people to send them to another state holds them for that state: "Egyptian police
            # have arrested dozens of Uyghur students, amid the government's plan to deport them to China"
            held_for = _held_for(trigger, sent, sent_places, words) if tactic == "detention" and principal is None else None
            if held_for is not None and subject_state is not None and held_for != subject_state:
                principal, deporting = held_for, subject_state
                subject_state = None
            else:
                deporting = None
                if held_for is not None and subject_state is None:
                    # (or an arrest no state is named for: "he was secretly detained and extradited to Dushanbe")
                    principal = held_for
            # a host that arrests or deports at another state's request acts for it: "Thai police arrested him at Bahrain's request"
            requester = _requester(sent, words, sent_actors, sent_places, res, trigger) if tactic in HOST_MEASURES else None
            if pattern.tactic == "detention" and _held_for_a_deed(trigger, sent, deeds, words):
                continue
            if (tactic == "unlawful_deportation" and _prospective(trigger, words)) or (tactic in MOVES and _averted(trigger, words)):
                continue
            # (a state's body "in" a country is that host's when it acts against another state's agents: "Authorities in the
            # United States have arrested two men on allegations they operated a police station on behalf of China")
            seat = subject_state or (_body_in_country(subject, words, sent_places) if subject is not None and principal is not None else None)
            if tactic in HOST_MEASURES and _is_countermeasure(seat, trigger, sent, words, principal, sent_actors, requester=requester, acts=grounds, demonyms=res.demonyms):
                continue
            if requester is not None and subject_state is not None and subject_state != requester and deporting is None:
                principal, deporting, subject_state = requester, subject_state, None
            # states that investigate, expel over or answer the act ("Dutch investigations into both killings") are not its agent
            reactors = set() if pattern.manner else (_reactors(trigger, words, sent_actors, sent_places, res) | ({reporting} if reporting else set())) - {principal}
            if subject_state in reactors:
                subject_state = None
            # a state body is a destination when a state hands the target to it: "Thai authorities handed him over to Vietnamese officials"
            destination = _destination(trigger, sent, sent_places, words, sent_actors if subject_state else None) if tactic in MOVES else None
            station = pattern_id in STATION_PATTERNS
            taken_to = False
            own = _own_state(trigger.root, sent_actors, sent_places, res) if trigger.root.pos_ in {"NOUN", "PROPN"} else None
            if station:
                # a station is its police's: "Chinese police stations"; later "the stations" are the article's first ones'
                runs = subject_state if verb.lemma_.lower() in words.operate else None
                # once the article's stations are another state's, a nationality names where one is: "the Korean station"
                own = None if station_origin is not None and own not in {None, station_origin} and principal is None else own
                origin = own or principal or runs or station_origin
            else:
                sends = trigger.root.pos_ == "VERB" or verb.lemma_.lower() in words.grant
                if tactic == "unlawful_deportation" and destination is None and principal is None and subject_state is not None and sends:
                    # the state that deports or extradites is the host, the one it sends the target to the origin
                    # ("Morocco's Court of Cassation approved his extradition": to China, told before)
                    deporting, subject_state = subject_state, None
                    reactors = reactors | {deporting}
                elif tactic == "unlawful_deportation" and principal is None and subject_state not in {None, destination} and sends:
                    # a state that deports people to another is where it happens: "Thailand deported 109 Uighurs to China"
                    deporting = subject_state
                origin = principal or (destination if tactic == "unlawful_deportation" else None) or subject_state
                if origin is None and tactic == "rendition" and destination is not None and destination not in only_hosts:
                    # a target taken to a state with no agent named, on the act's own words, is taken by that state ("put on
                    # a plane to Riyadh", "forcibly brought to Tajikistan"; not "seized after travelling to Iraq", "lured to
                    # Iraq": the country the target is seized in)
                    origin = _taken_to(trigger, sent_places, words)
                    taken_to = origin is not None
            if tactic == "unlawful_deportation" and destination is not None and destination != principal and _sent_elsewhere(trigger, destination, words, sent_people):
                continue  # "173 Uighurs were deported to Turkey": people sent to a third country, not back to the state they fled
            if origin is None:
                origin = _state_of(trigger.root, sent_actors, sent_places, res) if trigger.root.pos_ in {"NOUN", "PROPN"} else None
            by_states: list[str] = []
            by_at: set[int] = set()
            if origin is None and trigger.root.pos_ in {"NOUN", "PROPN"}:
                # the "by" phrase of a tactic noun names its agents, each state listed an origin: "INTERPOL abuse by
                # Russia, Kazakhstan, Tajikistan, and China"
                by_states, by_at = _agents_by(trigger.root, sent_actors, sent_places, res)
                if tactic == "unlawful_deportation" and by_states and deporting is None:
                    # a deportation's agent is the state that deports, where it happens: "she faces imminent deportation by
                    # Thai authorities" (to the state she fled, its origin)
                    deporting, by_states, by_at = by_states[0], [], set()
                    reactors = reactors | {deporting}
                origin = by_states[0] if by_states else None
            if origin is None and tactic == "coercion_by_proxy":
                # the relatives are at home: the exiles' country ("relatives of Belarusian exiles in Poland"), else
                # the place they are acted on ("detained his relatives in Tehran")
                origin = next((str(a.country) for _, _, a in sent_people if a.type == "group" and a.country), None)
                # (not for the act a word of context carries on to others: "the targeting of exiles in countries including
                # the US, India and France", after threats to their families, lists where the exiles are)
                at_place = next((str(p.country) for s, _, p in sent_places if s > trigger.start and p.country), None) if origin is None and not pattern.context else None
                origin = origin or at_place
            else:
                at_place = None
            others: list[str] = by_states[1:]
            from_countries: set[int] = by_at
            if origin is not None and origin == subject_state and subject is not None and deporting is None and _states_noun(subject, words, sent_actors, sent_places):
                # states listed as the agent act each: "China and Iran harassed ...", "threatened by Russian and Uzbek spy
                # services" (not the people a sentence is about: "Chinese and Hong Kong students ... were photographed")
                # (of states listed as the subject, the first for an act on one named person: "China, Russia and Iran
                # abducted the journalist Ali Karimi")
                # (but each state that asks for one person's extradition asks on its own: "Both Russia and Ukraine have
                # requested his extradition")
                each = not _on_a_person(trigger, words, people) or (tactic == "unlawful_deportation" and asked)
                listed = _listed_states(subject, sent_actors, sent_places, res, conjuncts=each)
                others = [state for state in listed if state not in {origin, *reactors}]
            if origin is None:
                # "critics from Cambodia, Laos and Vietnam were abducted": one act per country the targets fled
                fled = _origins_of_targets(verb, sent_places, words, sent_people)
                if fled:
                    origin, others = fled[0][1], [c for _, c in fled[1:]]
                    from_countries = {i for i, _ in fled}
            principal_named = origin is not None and origin in (principal, own)
            # a state read from where relatives were acted on is a guess: the article's acts may place the exiles there
            # ("Ethiopians punished for relatives' protests in Australia")
            weak = origin is None or origin == at_place
            if origin is None and tactic == "mobility_controls":
                # a state that bars entry bars it to its own country: "exiled due to entry denials to Nicaragua"
                origin = _entry_state(trigger, sent_places, words)
            if origin is None and tactic != "detention":
                # "the killing of Venezuelan dissident Ronald Ojeda", "a critic of Azerbaijan's President ... was stabbed"
                origin = _dissent_origin(sent, words, sent_actors, sent_places, res)
            if origin is None and tactic != "detention":
                origin = _fallback_origin(
                    sent, trigger, sent_actors, sent_people, sent_places, attributions, actor_spans, words, reactors=reactors
                )
            if origin is None and tactic in MISSION_ACTS and first_mission is not None:
                # an attack or threat told at a state's embassy or consulate, no agent named, is that state's: "through the
                # Consulate of Turkmenistan in Istanbul, activists were beaten"; "employees left the consulate and beat
                # the activists" (the article's first mission named with its state)
                origin = next((missions.get(i, first_mission) for i in posts if sent.start <= i < sent.end), None)
                origin = None if origin in reactors else origin
            if origin is None and pattern.manner and tactic == "legal_pressure":
                # a trial in absentia is by the court of the one country the sentence or the one before names, when that is
                # no host state: "A court in Minsk has sentenced ... Navosha. ... [he was] sentenced in absentia"
                before = index.sents[number - 1] if number > 0 else sent
                seats = {str(p.country) for s, _, p in place_spans if before.start <= s < sent.end and p.country}
                origin = next(iter(seats)) if len(seats) == 1 and not seats & only_hosts else None
            if origin is None and tactic == "legal_pressure":
                # a decree told issued in a country is that state's: "he is wanted in Egypt on terrorism charges" (not a
                # host's measure against another state's agents, nor a state only ever a host)
                issuer = _decree_seat(trigger, verb, sent_places, words, manner=pattern.manner)
                if issuer is not None and issuer not in only_hosts and not _is_countermeasure(
                    issuer, trigger, sent, words, principal, sent_actors, acts=grounds, demonyms=res.demonyms
                ):
                    origin = issuer
            if lived_in and origin is not None and not lived_in - {origin}:
                continue  # a sentence for what someone did at home: "over tweets he posted while living in Riyadh"
            if tactic in DECREES and origin is not None and subject_state is None and principal is None and _on_own_body(trigger, origin, sent_actors):
                continue  # "the Revolutionary Guards to be listed as a terrorist organisation by the EU": a measure against the state's own body
            last_act = (number, tactic)
            yield _Act(
                number, trigger, sent, tactic, origin, others, principal, principal_named, weak, verb, subject, subject_state,
                deporting, from_countries, sent_actors, sent_places, sent_people, pattern.object == "person-subject",
                _target_state(trigger, words, people, res, undergoes=pattern.object == "person-subject"),
                taken_to,
                pattern.manner and tactic == "legal_pressure",
            )

    prepared = list(acts())
    # (each act's words and the one its sentence tells doing it: the article's agents are no act's targets)
    act_subjects = [(act.trigger, None if act.undergoes else act.subject) for act in prepared]

    def collect(default: str | None, blamed: bool = False) -> tuple[dict[tuple[str, str, str | None], _Found], int]:
        """Return the article's items, and how many acts had no state behind them; those take ``default`` when given."""
        found: dict[tuple[str, str, str | None], _Found] = {}
        orphans = 0
        last_origin: tuple[int, str, int, str] | None = None  # sentence number, state, trigger start, tactic
        target_hosts: dict[str, str] = {}  # where the article has placed each person targeted
        last_hosts: tuple[int, list[str]] | None = None
        for (
            number, trigger, sent, tactic, origin, others, principal, principal_named, weak, verb, subject, subject_state,
            deporting, from_countries, sent_actors, sent_places, sent_people, undergoes, target_state, taken_to, absent,
        ) in prepared:
            carried = False
            carried_tactic = None
            if last_origin is not None and any(last_origin[2] < at < trigger.start for at in compared):
                last_origin = None  # a comparison of states told since: its acts are no one state's
            if origin is None and last_origin is not None and number - last_origin[0] <= (
                (2 if last_origin[3] == "unlawful_deportation" else 1) if tactic == "detention" else CARRY_SENTENCES
            ):
                origin, carried = last_origin[1], True
                carried_tactic = last_origin[3]
            # (a state blamed somewhere in the article takes only acts no state or court is told doing: not "a court in Antwerp
            # sentenced Assadi for attempted murder", "Germany extradited him")
            # (a deportation by a state of another state's nationals is to theirs: "Nigerian govt deports Cameroonian
            # separatist leaders", whatever state the article's other acts are of)
            sends_home = tactic == "unlawful_deportation" and target_state not in {None, deporting} and deporting is not None and target_state not in only_hosts
            documented = origin is None and default is not None and not sends_home and not (blamed and (
                target_state in story_states - only_hosts or subject_state is not None or deporting is not None or verb.lemma_.lower() in words.process
            ))
            if documented:
                # the state the article puts behind its other acts: "Iranian agents ..." sentences before "they kidnapped him"
                origin, carried = default, True
            # (only a state the article names as a state or its body: a story of a Venezuelan footballer abducted by unknown
            # men is no story of Venezuela's)
            # (or the state whose national a host deports or extradites: "Serbia illegally repatriated a citizen of Bahrain")
            tied = origin is None and target_state is not None and target_state not in only_hosts and (
                target_state in story_states or (tactic == "unlawful_deportation" and deporting not in {None, target_state})
            )
            if tied:
                origin = target_state
            if origin is None:
                orphans += 1
                continue
            held_abroad = False
            if tactic == "detention" and principal is None:
                # an arrest is transnational only at another state's request, or by the origin's agents abroad, or
                # abroad in a passive told right after the origin's act ("A red notice was issued at Bahrain's request.
                # He was detained on arrival in Bangkok.")
                # (not the state a request comes from: "arrested by the Turkish authorities on drug charges, but released
                # after Ankara rejected an extradition request from Sweden")
                places_here = {
                    str(p.country) for s, _, p in sent_places if p.country
                    and not (doc[s].head.lower_ == "from" and doc[s].head.head.lemma_.lower() in words.request)
                }
                # (or by an agent no state is named for: "He was arrested outside a restaurant in Dubai by plain clothes police officers")
                stateless = subject is None or (subject_state is None and subject.dep_ == "pobj" and subject.head.dep_ == "agent")
                # (or done on a notice or warrant, which only another state issues: "Authorities detained Okhunjonov under an
                # international arrest warrant", "was stopped on an Interpol red notice")
                noticed = subject_state is None and _on_notice(verb, words)
                told_after = (stateless or noticed) and carried and bool(places_here - {origin})
                # (or of a critic the story ties to a state it names as one, in another country, by no body of that state:
                # "Two Cambodian activists have been apprehended in Thailand"; its state is no host's to swap for)
                held_abroad = tied and subject_state != origin and bool(places_here - {origin}) and _for_a_cause(trigger, sent, words)
                if not told_after and not held_abroad and (subject_state is None or subject_state != origin or not places_here - {origin}):
                    continue
                # an arrest told after a killing or a plot is the suspect's ("he had been arrested minutes after the shooting")
                suspect = subject_state is None and carried_tactic not in NOTICES and not noticed and not held_abroad
            else:
                suspect = False
            if not documented and not tied and not taken_to:
                last_origin = (number, origin, trigger.start, tactic)
            # states in the act's subject act, they are not where it happens ("Rwanda, Russia and Iran have used killings")
            # (a deporting state is the host: "Thailand deported 109 Uyghurs to China")
            # (not the states that ask for it: "Both Russia and Ukraine have requested his extradition" is done where he is)
            in_subject = (
                {t.i for t in subject.subtree} if subject is not None and (tactic != "unlawful_deportation" or _asked(trigger, words)) else set()
            )
            if subject is None and tactic != "unlawful_deportation":
                # "Rwanda, Saudi Arabia and Iran are shown to have used killings": the states of a passive's subject act too
                # (or a list of states the act's clause hangs on by a preposition: "Iran, China, Egypt, Russia, Rwanda, and
                # Saudi Arabia are defying US laws by threatening, harassing, ... and even plotting to attack exiles")
                for head in (verb, *verb.ancestors):
                    passive = next((c for c in head.children if c.dep_ == "nsubjpass" or (
                        c.dep_ == "nsubj" and any(d.dep_ == "conj" for d in c.children) and _state_of(c, sent_actors, sent_places, res)
                    )), None)
                    if passive is not None:
                        in_subject = {t.i for t in passive.subtree if t.i < trigger.start}
                        break
            acting = {i for s, e, a in sent_actors if a.type == "state" and s in in_subject for i in range(s, e)} | from_countries
            elsewhere = away | _moved_to_after(trigger, sent_places, words)
            if tactic in MOVES:
                elsewhere |= _taken_places(trigger, sent_places, words)
            hosts = _hosts(sent, sent_places, origin, acting, trigger, words, away=elsewhere)
            speaker = _speaker_places(trigger, sent_places, attributions) if len(hosts) > 1 else frozenset()
            if speaker:
                # a place in the words of whoever tells the act gives way to the act's own ("a civil suit filed in court in the
                # United States asserts" the prince sent a hit squad to Canada)
                hosts = _hosts(sent, sent_places, origin, acting, trigger, words, away=elsewhere | speaker) or hosts
            hosts = hosts or _residence(sent, origin, words, res) or _host_body(sent_actors, origin)
            if tactic not in MOVES:
                # a territory of the origin's own state is no host ("Hong Kong students" threatened by China); taking
                # someone across its border is ("abducted from Hong Kong to the mainland")
                hosts = [h for h in hosts if (h, origin) not in joined]
            taken_from = _taken_from(trigger, sent_places, origin, words) if tactic in MOVES else []
            if taken_from:
                hosts = taken_from
            if deporting is not None and deporting != origin:
                hosts = [deporting]
            lure = next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in words.lure), None) if tactic == "rendition" else None
            lured_to = _destination(sent.doc[lure.i : lure.i + 1], sent, sent_places, words) if lure is not None else None
            if lured_to is not None and lured_to != origin:
                # a target lured to a third country is seized there: "Zam, who lived in exile in France, was lured to
                # Iraq, seized and taken back to Iran"
                hosts = [lured_to]
            if hosts:
                last_hosts = (number, hosts)
            elif last_hosts is not None and not absent and number - last_hosts[0] <= 1 and len(last_hosts[1]) == 1 and _on_a_person(trigger, words, people):
                # the same person's story goes on ("He was seized in Dubai. He was flown to Tehran."); a statement about a
                # people does not ("Iranian dissidents abroad have been lured to Iran")
                hosts = [h for h in last_hosts[1] if h != origin]
            def targets_in(host: str | None) -> list[str]:
                return incident_targets(
                    sent, None if undergoes else subject, sent_people, attributions, host, trigger=trigger, people=actor_spans, words=words, offices=res.offices,
                    origin=origin, acts=act_subjects,
                )

            # a ban on leaving the origin is done where the target is, in the origin ("was released but was not allowed to
            # leave the country", "banned from leaving Bahrain, although she has UK residency"): no host
            home = tactic == "mobility_controls" and trigger[-1].lemma_.lower() in words.exit and not any(
                p.country and p.country != origin for s, _, p in sent_places if trigger[-1].i < s <= trigger[-1].right_edge.i
            )
            if home:
                hosts = []
            if not hosts and not absent and not home:
                # a person the article already placed abroad, targeted by the act: "Khashoggi had been killed within minutes"
                # (not another person the sentence names: "avoid speaking about Kadyrov and say relatives have been pressed")
                hosts = next(([h] for t in targets_in(None) if t in persons and (h := target_hosts.get(t)) and h != origin), [])
            targets = targets_in(_host_or_none(hosts))
            years = incident_years(sent, years_at, trigger=trigger, words=words, cues=frozenset(res.cues), decree=tactic in DECREES)
            attribution = next(
                (row.attribution_id for row in attributions if row.content_start <= trigger.start_char and trigger.end_char <= row.content_end),
                None,
            )
            # (a trial in absentia is of someone abroad, in whatever country, told by its verb: "he was convicted in absentia")
            on_person = (absent or bool(hosts)) and _on_a_person(sent.doc[verb.i : verb.i + 1] if absent else trigger, words, people)
            # (relatives of someone are acted on for one abroad, wherever the story places him: "Back in Turkmenistan, his
            # family has also been intimidated")
            on_person = on_person or (tactic == "coercion_by_proxy" and _kin_of_someone(trigger, words))
            if documented and (tactic == "detention" or not on_person):
                # the article's state is taken only for an act done to a person, named or told by pronoun, in a named country
                # (or tried in absentia)
                continue
            bare = trigger.root.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in trigger.root.children)
            if carried and not hosts and not targets and bare and not absent:
                # a kind of act named with no one, nowhere, by no one named: "tactics such as renditions and spyware"
                continue
            host_list: list[str | None] = list(hosts) or [None]
            for host, each in itertools.product(host_list, [origin, *others]):
                if host is not None:
                    for target in targets:
                        target_hosts.setdefault(target, host)
                key = (each, tactic, host)
                item = found.get(key)
                if item is None:
                    item = found[key] = _Found(
                        span=_act_span(trigger, sent), origin=each, host=host, tactic=tactic, attribution_id=attribution,
                        anaphoric=True, documented=documented, suspect=suspect, absent=absent, home=home, unplaced=host is None,
                    )
                item.documented = item.documented and documented
                item.suspect = item.suspect and suspect
                item.absent = item.absent and absent
                item.home = item.home and home
                item.unplaced = item.unplaced and host is None and _unplaced(trigger, words)
                item.anaphoric = item.anaphoric and _refers_back(trigger, words)
                item.mentions += 1
                item.weak = item.weak and weak
                item.named = item.named or principal_named or held_abroad
                item.requested = item.requested or (
                    principal_named and each == origin == principal and _requester(sent, words, sent_actors, sent_places, res) == origin
                )
                item.targets.extend(t for t in targets if t not in item.targets)
                item.at_large = item.at_large or people_at_large(trigger, words)
                item.years.extend(years)
        return found, orphans

    found, orphans = collect(None)
    default = _document_origin(found, only_hosts) if orphans else None
    if orphans and default is None:
        # no act's agent is named: the state the article's dissidents, critics or exiles oppose or fled
        default = _story_dissent(index.sents, words, actor_spans, place_spans, res)
        default = None if default in only_hosts else default
    blamed = False
    if orphans and default is None:
        # or the first state the article puts behind an act: "The Canadian government swiftly placed blame on India",
        # "it was orchestrated by the Uzbek government" (a sentence before "Nijjar was shot ... in British Columbia"),
        # never one where the article's acts happen ("HRW accused Bangkok of forgetting he is a refugee"), and giving way
        # to the state of the one an act is done to
        hosts_told = {item.host for item in found.values() if item.origin not in only_hosts}
        default = next((
            state for sent in index.sents if (state := principal_of(sent)) is not None and state not in only_hosts and state not in hosts_told
        ), None)
        blamed = default is not None
    if default is not None:
        found, _ = collect(default, blamed)
    # a state that is only ever a host reports, judges or answers an act, or is where it happens: no act is its
    # (its acts' people and years have gone to the article's main origin's acts)
    items = [item for item in _aggregate(found, only_hosts) if item.origin not in only_hosts]
    group_homes = {a.name: str(a.country) for _, _, a in people if a.type == "group" and a.country}
    dwell = _dwellings(doc, people, place_spans, words) if any(i.host is None for i in items) else {}
    _home_hosts(items, place_spans, away, group_homes, persons, dwell,
                _people_abroad(place_spans, words) if any(i.host is None and i.tactic in DECREES for i in items) else set())
    fill_targets(items, people)
    if any(item.host is None and item.targets for item in items):
        # the groups a campaign act's targets were completed with may be placed in one country ("a group of Thai exiles
        # in Laos"): read them again
        _home_hosts(items, place_spans, away, group_homes, persons, dwell)
    items = _merge_reversed(items, {a.name: a.country for a in doc._.tnr_actors or [] if a.type in TARGET_TYPES and a.country})
    # a suspect's arrest is no act, though the one it names may be the victim of the acts told ("arrested near her home")
    items = [item for item in items if not item.suspect]
    # an attack on people the article tells were killed by that state in that host is the killing ("He was stabbed as
    # many as 21 times" of an exile whose killing was told before): the assault is no act of its own
    killed = {(item.origin, item.host): set(item.targets) for item in items if item.tactic == "assassination"}
    items = [
        item for item in items
        if not (item.tactic == "assault" and item.targets and set(item.targets) <= killed.get((item.origin, item.host), set()))
    ]
    # a target is named as its actor row names it: a body's other proper name as the article writes it ("... of Ahvaz")
    written: dict[str, str] = {}
    for _, _, actor in actor_spans:
        if actor.shown:
            written.setdefault(actor.name, actor.shown)
    # the arrests told with a date of their own: (origin, host, targets, year)
    arrests = [(item.origin, item.host, set(item.targets), min(item.years)) for item in items if item.tactic == "detention" and item.years and item.targets]
    for item in items:
        if not item.years and item.host is not None and any(t in persons for t in item.targets):
            # (a decree told in the perfect or as a present state stands from before the story's time: "he is wanted
            # in China", "having issued nine arrest warrants against him", "because he had been blacklisted")
            story = story_year(item.span.sent, years_at) if not (item.tactic in DECREES and _standing(item.span)) else None
            item.years.extend(y for y in [story or news_year(item.span.sent, years_at, item.span, words)] if y is not None)
        elif not item.years and item.host is not None and item.tactic in SEIZURES:
            # a seizure or removal in a named country told in the lead is the news, whoever it takes ("Thai police have
            # detained the leader of a Cambodian opposition group"); a campaign there is no dated act ("China runs
            # secret police stations in Seoul")
            item.years.extend(y for y in [news_year(item.span.sent, years_at, item.span, words)] if y is not None)
        elif not item.years and item.tactic in DECREES:
            # a warrant, bounty or ban told in the lead with no date of its own is the news: the publication year ("Hong
            # Kong police offer bounties ... for 8 activists based overseas")
            item.years.extend(y for y in [decree_news_year(item.span.sent, years_at, item.span, words)] if y is not None)
        held = next((
            year for origin, host, targets, year in arrests
            if item.tactic == "unlawful_deportation" and not item.years and (origin, host) == (item.origin, item.host) and targets & set(item.targets)
        ), None)
        if held is not None:
            # a deportation told with no date of its own, nor a story's or the news's, is of the time of the arrest of the
            # one it sends, by the same state in the same host ("Egyptian police have arrested dozens of Uyghur students
            # in July 2017 ... the government's plan to deport them to China")
            item.years.append(held)
        yield IncidentRow(
            article_id=article_id,
            char_start=item.span.start_char,
            char_end=item.span.end_char,
            text=item.span.text,
            incident_id=f"{article_id}#{item.origin}-{item.tactic}-{item.host or 'XXX'}",
            origin=item.origin,
            host=item.host,
            tactic=item.tactic,
            # a leader or foreign minister of the acting state speaks for it, and is no target of its act ("Erdogan" for
            # "his extradition" in a story of Turkey's renditions)
            targets=TARGET_SEPARATOR.join(written.get(t, t) for t in item.targets if leaders.get(t.lower()) != item.origin) or None,
            year=min(item.years) if item.years else None,
            attribution_id=item.attribution_id,
            event_id=None,
        )


def _standing(span: Span) -> bool:
    """True for an act whose verb is told in the perfect ("had been blacklisted", "having issued") or the present ("is
    wanted"): a state that holds at the time told, not an event of that time."""
    verb = span.root
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.lemma_ == "have" for c in aux) or any(c.tag_ in {"VBZ", "VBP"} for c in aux)


def _by_digital_means(verb: Token, digital: set[int], words: IncidentWords) -> bool:
    """Whether a spy verb is the purpose of a verb whose object (or passive subject) is a digital attack's tool (the words
    at ``digital``): "used the Pegasus software to spy on journalists", "spyware was used to monitor him"; or whether a
    spy word's means (a preposition or verb of role means) is such a tool: "spying on critics through a spyware company",
    "collecting intelligence ... through the use of commercial spyware", "monitored him using Pegasus"."""
    # (a means phrase the parser hangs on the object: "spied on the journalist Omar Radi with Pegasus spyware")
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    means = [
        c for c in (*verb.children, *(t for o in objects for t in o.subtree))
        if c.dep_ in {"prep", "advcl", "xcomp"} and (c.lower_ if c.dep_ == "prep" else c.lemma_.lower()) in words.means
    ]
    if any(t.i in digital for c in means for t in c.subtree):
        return True
    if verb.dep_ not in {"advcl", "xcomp"}:
        return False
    tools = [c for c in verb.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.i in digital for tool in tools for t in tool.subtree)


def _by_agents_of(verb: Token, kind: set[int]) -> bool:
    """Whether a passive verb's "by" phrase holds words of a kind of act (``kind``: their positions): "was hunted by a
    squad of assassins" (a killer's hunt is a killing attempt)."""
    return bool(kind) and any(c.dep_ == "agent" and any(t.i in kind for t in c.subtree) for c in verb.children)


def _caught_doing(verb: Token) -> bool:
    """Whether a passive verb shows its subject doing something: "he was filmed making gestures"."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VBG" for c in verb.children)


def _done_by_the_one_acted_on(verb: Token, acts: set[int], words: IncidentWords) -> bool:
    """Whether a gerund with no subject of its own hangs on a passive act (a word at ``acts``), so the one the act is
    done to does it at the time: "who was detained whilst visiting family in the UAE", "arrested while visiting his
    relatives" (not a passive of finding: "he was found filming outside the channel's offices" tells the agent's act)."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in words.during:
        head = verb.head.head
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words.during for c in verb.children):
        head = verb.head
    else:
        return False
    return head.i in acts and head.i != verb.i and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)


def _in_object(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs on the direct object of ``verb`` ("arrested three persons suspected of ... the murder")."""
    return any(a.dep_ == "dobj" and a.head.i == verb.i for a in token.ancestors)


def _for_a_cause(trigger: Span, sent: Span, words: IncidentWords) -> bool:
    """True for an act on people its words tie to a cause ("the Cambodian opposition figure", "Fikret Huseynli, an
    Azerbaijani journalist", "nationals facing persecution") in a sentence that names no agent or suspect."""
    described = {form for head in object_heads(trigger, words.relation) for t in head.subtree for form in (t.lemma_.lower(), t.lower_)}
    return not described.isdisjoint(words.cause) and {t.lemma_.lower() for t in sent}.isdisjoint(words.agent)


def _ordinary_fugitive(doc: Doc, words: IncidentWords) -> bool:
    """Whether the article tells an ordinary criminal case: a fraud named and no critic, dissident, activist, opposition or rights word.

    A fraud suspect on a red notice, deported and handed to his own police, is no act "to silence, punish, coerce or bring
    back" a critic (GUIDELINES.md incidents); a story of repression names its people or their cause somewhere.
    """
    # (the Doc's lemma and lowercase columns the other rules have read already, not counted again)
    seen = set(column(doc, "LEMMA")) | set(column(doc, "LOWER"))
    return not seen.isdisjoint(_hashes(words.fraud)) and seen.isdisjoint(_hashes(words.cause))


@functools.lru_cache(maxsize=None)
def _hashes(forms: frozenset[str]) -> frozenset[int]:
    """Return the string ids of lowercased words, as written and capitalized (a proper noun's lemma: "Uyghur")."""
    return frozenset(get_string_id(f) for form in forms for f in (form, form.capitalize()))


def _target_state(
    trigger: Span, words: IncidentWords, people: list[tuple[int, int, Actor]], res: Resources, *, undergoes: bool = False
) -> str | None:
    """Return the state of the named person an act is done to, as the story ties them to it (exiles take their
    country of origin): "the Vietnamese blogger Duong Van Thai was abducted in Thailand"; none for a dual national
    ("the Swedish-Iranian dissident Habib Chaab"): no side to take."""
    heads = object_heads(trigger, words.relation)
    if undergoes and (subject := _person_subject(trigger.root)) is not None:
        heads.append(subject)
    root = trigger.root
    if root.pos_ in {"NOUN", "PROPN"} and root.dep_ == "pobj" and root.head.dep_ == "prep":
        # the one a passive verb's means or ground acts on: "Hakeem Alaraibi, a former player for Bahrain's side, was stopped
        # on an Interpol red notice"
        heads += [c for c in root.head.head.children if c.dep_ == "nsubjpass"]
    for head in heads:
        actor = _covering(people, head)
        if actor is not None and actor.type == "person" and actor.country:
            if any(_dual_first(t, res) or _dual_second(t, res) for t in head.subtree):
                return None
            return str(actor.country)
        if head.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in words.person for c in head.children):
            # a name after its people noun, the nationality before both: "repatriated Turkish Kurd Jevdet Ayaz"
            for child in (c for c in head.children if c.dep_ == "compound" and c.i < head.i):
                if _demonym_word(child, res) in res.demonyms and not _dual_first(child, res) and not _dual_second(child, res):
                    return res.demonyms[_demonym_word(child, res)]
        if head.lemma_.lower() in words.person:
            # a people noun with a nationality: "the attempted murder of an Uzbek imam", "plotting to kill a Pakistani blogger"
            for child in (c for c in head.children if c.dep_ in {"amod", "compound"} and c.i < head.i):
                if _demonym_word(child, res) in res.demonyms and not _dual_first(child, res) and not _dual_second(child, res):
                    return res.demonyms[_demonym_word(child, res)]
            # or the state of its "of" phrase: "a citizen of Bahrain", "a national of Uzbekistan"
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
                    state = normalize_country(pobj.text, resources=res)
                    if state:
                        return str(state)
    return None


def _sent_elsewhere(trigger: Span, destination: str, words: IncidentWords, people: list[tuple[int, int, Actor]]) -> bool:
    """True when the people deported are a group of another state than the one they are sent to ("Uighurs deported to Turkey")."""
    for head in object_heads(trigger, words.relation) + [c for c in trigger.root.children if c.dep_ == "nsubjpass"]:
        actor = _covering(people, head)
        if actor is not None and actor.type == "group" and actor.country and actor.country != destination:
            return True
    return False


def _on_a_person(trigger: Span, words: IncidentWords, people: list[tuple[int, int, Actor]]) -> bool:
    """True when the act's own roles name a person: "abducted Ojeda", "the stabbing of Pouria Zeraati", "he was seized"."""
    for head in object_heads(trigger, words.relation):
        if head.dep_ == "poss" and head.head.i != trigger.root.i:
            continue  # "attacks on Kadyrov's critics" are not on Kadyrov
        actor = _covering(people, head)
        if (actor is not None and actor.type == "person") or head.lower_ in PERSON_PRONOUNS:
            return True
    root = trigger.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "VERB":
        # a notice or request an act on a person is done on: "Sherif was arrested following a Red Notice"
        # (a passive listed after an active verb is done to that verb's subject: "Hasan sought asylum but was detained ...")
        verb = root.head.head
        if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ in SUBJECTS for c in verb.children):
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            actor = _covering(people, subject) if subject is not None else None
            if (actor is not None and actor.type == "person") or (subject is not None and subject.lower_ in PERSON_PRONOUNS):
                return True
        return _on_a_person(trigger.doc[verb.i : verb.i + 1], words, people)
    return False


def _dissent_origin(
    sent: Span, words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources
) -> str | None:
    """Return the state the sentence's dissidents, critics or exiles oppose or fled: "a critic of Azerbaijan's President"
    (the "of" phrase first), else "Venezuelan dissident Ronald Ojeda" (their nationality; exiles take their country of origin)."""
    for token in sent:
        if token.lemma_.lower() not in words.dissent and token.lower_ not in words.dissent:
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if (state := _own_state(pobj, actors, places, res)) is not None:
                    return state
        # "the Venezuelan dissident Ronald Ojeda": the nationality may hang on the name the noun describes
        nouns = [token, token.head] if token.dep_ in {"compound", "appos", "amod"} else [token]
        for child in (c for noun in nouns for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i):
            if _demonym_word(child, res) in res.demonyms and not _dual_first(child, res) and not _dual_second(child, res):
                return res.demonyms[_demonym_word(child, res)]
    return None


def _story_dissent(
    sents: Sequence[Span], words: IncidentWords, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], res: Resources
) -> str | None:
    """Return the state the article's dissidents, critics or exiles oppose or fled most often (the first named on a tie)."""
    counts: dict[str, int] = {}
    for sent in sents:
        if not any(t.lemma_.lower() in words.dissent or t.lower_ in words.dissent for t in sent):
            continue
        here = lambda items: [(s, e, x) for s, e, x in items if sent.start <= s < sent.end]  # noqa: E731
        state = _dissent_origin(sent, words, here(actors), here(places), res)
        if state is not None:
            counts[state] = counts.get(state, 0) + 1
    return max(counts, key=lambda state: counts[state]) if counts else None


def _dual_second(token: Token, res: Resources) -> bool:
    """True for the second of two nationalities ("Swedish-Iranian"): a dual national's, no side to take."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in {"-", "–"} and doc[token.i - 2].lower_ in res.demonyms


def _in_a_series(trigger: Span, words: IncidentWords, people: list[tuple[int, int, Actor]]) -> bool:
    """True for an act told as what a series of cases or a pattern is, on no one named: "one of several cases in which
    Iranian dissidents abroad have been lured to Iran", "a pattern that has been repeated for scores of Gulenists who
    have been kidnapped" (the story's own acts are told elsewhere)."""
    current = trigger.root
    for _ in range(8):
        if current.dep_ == "relcl" and current.head.lemma_.lower() in words.series and current.head.tag_ != "NN":
            # (a clause that places its acts tells them: "cases in which critics were abducted in Thailand")
            placed = any(t.ent_type_ in {"GPE", "LOC"} and doc_text(t, -1).lower() not in words.destination for t in current.subtree)
            return not placed and not _on_a_person(trigger, words, people)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _compares_states(
    trigger: Span, sent: Span, actors: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], words: IncidentWords,
    people: list[tuple[int, int, Actor]],
) -> bool:
    """True for a kind of act (a bare plural noun on no one named) in a sentence whose subject lists three or more states:
    "Rwanda, Saudi Arabia, Russia and Iran are shown to have used killings or abductions of critics abroad", "10 nations
    accounted for 80% of physical assaults, with China, Turkey and Russia topping the list" (a ranking or comparison)."""
    root = trigger.root
    if root.tag_ not in {"NNS", "NNPS"} or any(c.dep_ in {"det", "poss", "nummod"} for c in root.children) or _on_a_person(trigger, words, people):
        return False
    states = {i for s, e, a in actors if a.type == "state" for i in range(s, e)}
    states |= {i for s, e, p in places if p.kind == "country" for i in range(s, e)}
    for subject in (t for t in sent if t.dep_ in SUBJECTS):
        listed = [subject]
        for token in listed:
            listed.extend(c for c in token.children if c.dep_ == "conj")
        if sum(token.i in states for token in listed) >= 3:
            return True
    return False


def _on_anyone(trigger: Span, words: IncidentWords) -> bool:
    """True for an act whose only object is people at large, told by number alone: "a bombing that killed more than
    70 people", "dozens of people were killed", "kidnapping people, killing people" (no critic is named or described)."""
    root = trigger.root
    heads = [c for c in root.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [p for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and root.pos_ == "NOUN" for p in c.children if p.dep_ == "pobj"]
    if not heads:
        return False
    for head in heads:
        if len(heads) > 1 and any(c.dep_ == "prep" and c.lower_ == "among" for c in head.children):
            continue  # "killed more than 70 people, among them senior officials": who the people counted were
        counted = head.lemma_.lower() in words.crowd
        if counted:
            # "dozens of people": the people of the number word
            head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), head)
        if head.lemma_.lower() not in words.anyone:
            return False
        counted = counted or any(c.dep_ == "nummod" or c.lemma_.lower() in words.crowd for c in head.children)
        # where the people were is not who they were when they are counted ("killed 25 people in Tehran"); uncounted
        # people of a place are that place's people ("threatens people in Boston")
        naming = [c for c in head.children if c.dep_ in {"amod", "compound", "relcl", "acl", "appos", "poss", "prep", "nmod"}
                  and not (counted and c.lower_ in {"in", "at"})]
        if any(c.lemma_.lower() not in words.crowd for c in naming):
            return False  # "people living in Britain", "Uyghur people"
    return True


def _document_origin(found: dict[tuple[str, str, str | None], _Found], only_hosts: frozenset[str] = frozenset()) -> str | None:
    """Return the state behind most of the article's acts whose agent was named in their sentence, that is no host
    (nor a state only ever a host: "France froze assets over an alleged plot to bomb a rally")."""
    hosts = {f.host for f in found.values() if f.host} | only_hosts
    weight: dict[str, int] = {}
    for item in found.values():
        if item.origin not in hosts and not item.weak:
            weight[item.origin] = weight.get(item.origin, 0) + item.mentions
    return max(sorted(weight), key=lambda origin: weight[origin]) if weight else None


def _aggregate(found: dict[tuple[str, str, str | None], _Found], only_hosts: frozenset[str] = frozenset()) -> list[_Found]:
    """Return the article's items, one per (origin, tactic, host), in text order.

    A state the article places acts in (a host) is rarely also the agent of its acts: such an
    origin (the reporting or host state taken for the agent) goes to the article's main origin,
    the state behind most mentions that is no host: its targets and years go to the main origin's item of the same
    tactic and host, when there is one (it adds no item). An act with no host named whose origin and
    tactic the article places elsewhere is that act ("the killing had been premeditated").
    """
    hosts = {f.host for f in found.values() if f.host and not f.documented}
    weight: dict[str, int] = {}
    for item in found.values():
        if item.origin not in hosts | only_hosts and not item.weak:
            weight[item.origin] = weight.get(item.origin, 0) + item.mentions
    main = max(sorted(weight), key=lambda origin: weight[origin]) if weight else None
    named = {f.origin for f in found.values() if f.named}
    strength: dict[str, int] = {}
    for item in found.values():
        if not item.weak:
            strength[item.origin] = strength.get(item.origin, 0) + item.mentions
    leading = max(sorted(strength), key=lambda origin: strength[origin]) if strength else None
    told_in = {f.host for f in found.values() if f.host}
    merged: dict[tuple[str, str, str | None], _Found] = {}
    dropped: list[_Found] = []
    for item in sorted(found.values(), key=lambda f: (f.span.start_char, f.tactic, f.host or "")):
        # (a host of the acts told with no agent in their sentence counts: "Khashoggi had been killed" in Turkey)
        if main is not None and item.weak and item.origin in hosts | told_in and item.origin != main:
            dropped.append(item)
            continue
        swapped = item.origin in hosts and item.host in named
        # the state behind most of the article's acts is not where another state's act happens: "a plot to assassinate
        # Rwanda's ex-army chief" in South Africa, in a story of Rwanda's killings abroad, read as a South African act in Rwanda
        swapped = swapped or (item.host == leading and item.origin != leading)
        if item.host and item.host not in only_hosts and not item.named and swapped and item.origin not in named:
            # origin and host swapped: "the Netherlands says Iran was behind two killings" read as Dutch acts in Iran
            item.origin, item.host = item.host, item.origin
        key = (item.origin, item.tactic, item.host)
        kept = merged.get(key)
        if kept is None:
            merged[key] = item
            continue
        kept.targets.extend(t for t in item.targets if t not in kept.targets)
        kept.years.extend(item.years)
        kept.anaphoric = kept.anaphoric and item.anaphoric
        kept.mentions += item.mentions
        kept.weak = kept.weak and item.weak
        kept.named = kept.named or item.named
        kept.requested = kept.requested or item.requested
        kept.at_large = kept.at_large or item.at_large
        kept.documented = kept.documented and item.documented
        kept.suspect = kept.suspect and item.suspect
        kept.absent = kept.absent and item.absent
        kept.home = kept.home and item.home
        kept.unplaced = kept.unplaced and item.unplaced
    for item in dropped:
        # the act is the main origin's, told again with the host state for its agent ("Imran Aliev ... was found
        # stabbed in Lille" in a story of Russia's killings): its people and years are that act's; it adds no act
        into = merged.get((main, item.tactic, item.host)) if main is not None else None
        if into is not None:
            into.targets.extend(t for t in item.targets if t not in into.targets)
            into.years.extend(item.years)
    placed: dict[tuple[str, str], set[str]] = {}
    told: dict[tuple[str, str], set[str]] = {}  # also the acts told with no agent in their sentence
    for item in merged.values():
        if item.host is not None and not item.documented:
            placed.setdefault((item.origin, item.tactic), set()).add(item.host)
        if item.host is not None:
            told.setdefault((item.origin, item.tactic), set()).add(item.host)
    kept_items: list[_Found] = []
    for item in merged.values():
        hosts_of_act = placed.get((item.origin, item.tactic), set())
        if not hosts_of_act and not item.documented and not item.unplaced and not item.at_large and not _over_countries(item.span):
            # the act told with its agent and no place, placed in one country only by a sentence naming no agent:
            # "Turkey has forcibly repatriated the relative ..." then "he was kidnapped from the country [Kenya]"; not
            # one told over several countries ("brought back 80 suspected members of the movement from 18 countries")
            hosts_of_act = told.get((item.origin, item.tactic), set())
        if item.host is None and len(hosts_of_act) == 1 and not item.absent and not item.home:
            # (a trial in absentia is its own act, wherever its target is: not the warrant or notice told in one country)
            # the act the article places in one country, told again without it: "the red notice was issued at Bahrain's request"
            into = merged[(item.origin, item.tactic, next(iter(hosts_of_act)))]
            into.targets.extend(t for t in item.targets if t not in into.targets)
            into.years.extend(item.years)
            continue
        told_hosts = told.get((item.origin, item.tactic))
        if item.host is None and item.anaphoric and told_hosts:
            # "the killing": the act told before, wherever the article's story places it; told in one country, the
            # people it names are that act's ("ordering his assassination", his the half-brother killed in Malaysia)
            if len(told_hosts) == 1:
                into = merged[(item.origin, item.tactic, next(iter(told_hosts)))]
                into.targets.extend(t for t in item.targets if t not in into.targets)
            continue
        kept_items.append(item)
    # an act with no host of an origin the article places in one country only is in that country
    # ("Iranian authorities have branded the channel a terrorist organisation": the London channel)
    origin_hosts: dict[str, set[str]] = {}
    for item in kept_items:
        if item.host is not None and not item.documented:
            origin_hosts.setdefault(item.origin, set()).add(item.host)
    result: list[_Found] = []
    taken = {(f.origin, f.tactic, f.host) for f in kept_items}
    for item in kept_items:
        only = origin_hosts.get(item.origin, set())
        if item.host is None and len(only) == 1 and not item.absent and not item.home and not item.unplaced and (item.origin, item.tactic, next(iter(only))) not in taken:
            item.host = next(iter(only))
        result.append(item)
    return result


def _over_countries(span: Span) -> bool:
    """True when the sentence of an act tells it over countries in the plural ("from 18 countries", "in several countries")."""
    if not span.doc.has_annotation("SENT_START"):
        return False
    return any(t.lemma_.lower() == "country" and t.tag_ == "NNS" for t in span.sent)


def _merge_reversed(items: list[_Found], nationality: dict[str, str]) -> list[_Found]:
    """Fold an act read with origin and host reversed into the act of the same tactic told the other way round.

    One act is not done both by A in B and by B in A: "the killing of an exiled Lao activist" in Thailand, told
    again as "this killing ... demands a response from the Thai authorities". The reading with more weight keeps
    the act: the state's mentions in the article, and two for each of the act's targets that is its national (a
    state reaches its own people abroad); the other reading gives it its targets and years. A reading whose state is
    named as the one at whose request the act was done keeps it whatever the weights ("At the request of the Sudanese
    government, the Egyptian authorities ... warned him", told after "harassed by the Egyptian security services"):
    the actor rows may give the target the country of the host that acted on them.
    """
    weight: dict[str, int] = {}
    for item in items:
        weight[item.origin] = weight.get(item.origin, 0) + item.mentions
    by_key = {(item.origin, item.tactic, item.host): item for item in items}

    def standing(item: _Found, other: _Found) -> tuple[bool, int]:
        targets = set(item.targets) | set(other.targets)
        return item.requested, weight.get(item.origin, 0) + 2 * sum(nationality.get(t) == item.origin for t in targets)

    kept: list[_Found] = []
    for item in items:
        into = by_key.get((item.host, item.tactic, item.origin)) if item.host else None
        if into is None or standing(item, into) >= standing(into, item):
            kept.append(item)
            continue
        into.targets.extend(t for t in item.targets if t not in into.targets)
        into.years.extend(item.years)
    return kept


@functools.lru_cache(maxsize=None)
def territories(path: Path = TERRITORIES_FILE) -> frozenset[tuple[str, str]]:
    """Return (territory, state) pairs of ``territories.tsv`` in both orders (cached per process)."""
    lines = _data_lines(path)
    pairs = [tuple(line.split("\t")[:2]) for line in lines[1:]]
    return frozenset((a.strip(), b.strip()) for a, b in pairs) | frozenset((b.strip(), a.strip()) for a, b in pairs)


def _dwellings(doc: Doc, people: list[tuple[int, int, Actor]], places: list[tuple[int, int, Place]], words: IncidentWords) -> dict[str, set[str]]:
    """Return the countries the article says its named persons live in or fled to, each told in a clause of a verb of
    dwelling in a sentence that names that one person ("Tasneem Khalil, the editor of Netra News, who fled to Sweden") or
    told by a seat word after a hyphen on the name or its noun ("the Sweden-based journalist Tasneem Khalil"); and the
    countries its groups are placed in by an "in" phrase on the group's own noun ("a group of Thai exiles in Laos"), on a
    verb of dwelling that describes it ("Thai exiles living in Laos") or by a seat word ("UK-based Bahraini activists")."""
    dwell: dict[str, set[str]] = {}
    for start, end, actor in people:
        if actor.type == "group":
            root = doc[start:end].root
            for place_start, place_end, place in places:
                first = doc[place_start:place_end].root
                while first.dep_ in {"conj", "appos"} and first.head.i < first.i:
                    first = first.head  # each of a list: "activists living abroad in Australia, Canada, Turkey, and the United States"
                prep = first.head
                owner = prep.head
                if owner.dep_ == "advmod" and owner.head.dep_ in {"acl", "relcl"}:
                    owner = owner.head  # "living abroad in ..."
                if owner.dep_ in {"acl", "relcl"} and owner.lemma_.lower() in words.dwell:
                    owner = owner.head  # "Uyghurs living in Turkey", "exiles who settled in Laos"
                seat = _seat_of(doc, place_end, words)
                if place.country and (
                    (prep.lower_ == "in" and owner.i == root.i and first.dep_ == "pobj") or (seat is not None and seat.i == root.i)
                ):
                    # ("a group of Thai exiles in Laos", "Uyghurs living in Turkey"; "UK-based Bahraini activists")
                    dwell.setdefault(actor.name, set()).add(str(place.country))
            continue
        if actor.type != "person":
            continue
        sent = doc[start].sent
        alone = not any(a.type == "person" and a.name != actor.name and sent.start <= s < sent.end for s, _, a in people)
        for place_start, place_end, place in places:
            if place.country is None or not (sent.start <= place_start < sent.end):
                continue
            token = doc[place_start]
            seated = _seat_of(doc, place_end, words)
            if seated is not None and (start <= seated.i < end or (seated.dep_ in {"compound", "appos"} and start <= seated.head.i < end)):
                # "the Sweden-based journalist Tasneem Khalil", "Brooklyn-based Masih Alinejad", "Carmen Lau, a UK-based activist"
                dwell.setdefault(actor.name, set()).add(str(place.country))
                continue
            if alone and _refuge_of(token, words):
                # "crossing the border to Georgia, where she had taken refuge from Belarus"
                dwell.setdefault(actor.name, set()).add(str(place.country))
                continue
            refuge = False
            for _ in range(6):
                # (a noun of exile on the way makes any verb a move to live there: "left Venezuela for exile in Spain"; so does
                # one the verb takes as object: "who was granted asylum in Britain", "sought refuge in Thailand")
                refuge = refuge or (token.pos_ == "NOUN" and token.lemma_.lower() in words.refuge) or (
                    token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in words.refuge for c in token.children)
                )
                if (token.lemma_.lower() in words.dwell or (refuge and token.pos_ in {"VERB", "AUX"})) and (
                    (token.dep_ == "relcl" and (alone or start <= token.head.i < end or _names_in(token.head, start, end)))
                    or _dwelling_subject(token, start, end)
                ):
                    # "Tasneem Khalil, ..., who fled to Sweden"; "Putilo and Protasevich — who currently reside in Poland";
                    # "Ordukhan Teymurkhan has been living in the Netherlands for several years"
                    dwell.setdefault(actor.name, set()).add(str(place.country))
                    break
                if token.head.i == token.i:
                    break
                token = token.head
    return dwell


def _seat_of(doc: Doc, place_end: int, words: IncidentWords) -> Token | None:
    """Return the noun a place ending at place_end is the seat of by a hyphen and a word of seat: "UK-based activists"."""
    if place_end + 1 < len(doc) and doc[place_end].text in {"-", "–"} and doc[place_end + 1].lower_ in words.seat:
        return doc[place_end + 1].head
    return None


def _refuge_of(place: Token, words: IncidentWords) -> bool:
    """True for a place a "where" clause of dwelling describes: "Georgia, where she had taken refuge", "Turkey, where he
    lives"."""
    return any(
        c.dep_ == "relcl" and any(g.lower_ == "where" for g in c.children)
        and (c.lemma_.lower() in words.dwell or any(g.lemma_.lower() in words.refuge and g.dep_ == "dobj" for g in c.children))
        for c in place.children
    )


def _names_in(head: Token, start: int, end: int) -> bool:
    """True when a noun's list ("Putilo and Protasevich") holds the name at start..end."""
    return any(start <= c.i < end for c in head.conjuncts)


def _dwelling_subject(verb: Token, start: int, end: int) -> bool:
    """True when a main verb of dwelling (or one listed after another verb, sharing its subject) has the name at start..end
    for its subject: "Teymurkhan has been living in the Netherlands", "Nazarov is a critic of X, and has been living in Sweden"."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"ROOT", "conj"}:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return subject is not None and (start <= subject.i < end or _names_in(subject, start, end))


def _people_abroad(places: list[tuple[int, int, Place]], words: IncidentWords) -> set[str]:
    """Return the countries a clause of dwelling places the article's people in, its subject a people noun: "The
    activists are based in various places including the United States, Britain and Australia", "the dissidents live in
    Turkey, Germany and Malaysia" (each country of a list, or of an "including" phrase on the place noun)."""
    countries: set[str] = set()
    for start, end, place in places:
        if not place.country:
            continue
        token = place.span.doc[start:end].root
        while token.dep_ in {"conj", "appos"} and token.head.i < token.i:
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "including" and token.head.head.dep_ == "pobj":
            token = token.head.head  # "in various places including the United States"
        if token.dep_ != "pobj" or token.head.lower_ != "in":
            continue
        verb = token.head.head
        if verb.lemma_.lower() not in words.dwell or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if _people_subject(verb, words):
            countries.add(str(place.country))
    return countries


def _people_subject(verb: Token, words: IncidentWords) -> bool:
    """True when a verb's subject is people told in the plural ("the activists", "three out of the eight activists", "many of
    the dissidents"), or a number told after such a subject in a list of clauses ("..., two reside in Australia")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if any(t.lemma_.lower() in words.person and t.tag_ in {"NNS", "NNPS"} for t in subject.subtree):
        return True
    return subject.pos_ == "NUM" and verb.dep_ == "conj" and _people_subject(verb.head, words)


def _home_hosts(
    items: list[_Found], places: list[tuple[int, int, Place]], away: frozenset[int], homes: dict[str, str], persons: set[str],
    dwell: dict[str, set[str]] | None = None, abroad: set[str] | None = None,
) -> None:
    """Give an act on a named person, or one told only by referring back ("the poisoning"), with no host the country the
    article is most about other than its origin, when the article places none of that origin's acts: the country its
    people are reached in, told once for all ("Kwok, executive director of the U.S.-based Hong Kong Democracy Council":
    her relatives detained, a bounty on her).

    An act on groups alone, of any tactic, is placed so too when that country is named more often than all the others
    together ("photographed by Sri Lankan authorities" of Tamil protesters, in a story of London protests).

    Only a country named at least twice and more often than any other counts; not the home of the act's own groups
    ("Hong Kong students"), nor a territory of the origin's state (Hong Kong for China), nor for an act told over an area
    of many states.
    """
    placed = {item.origin for item in items if item.host is not None}
    taken = {(f.origin, f.tactic, f.host) for f in items}
    split: list[_Found] = []
    # the one named person the article places in one country, by a clause of dwelling on them ("Khalaf al-Romaithi, ...
    # who was living in Turkey"): a decree told on "him" or "her" is on that person
    placed_people = {name: countries for name, countries in (dwell or {}).items() if name in persons}
    sole_name, sole = next(iter(placed_people.items())) if len(placed_people) == 1 else ("", set())
    for item in items:
        if item.unplaced:
            continue
        if (
            item.host is None and item.tactic in DECREES and not item.home and not item.targets and len(sole) == 1
            and not sole & {item.origin}
            and any(t.lower_ in PERSON_PRONOUNS and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} for t in item.span.sent)
            and (item.origin, item.tactic, next(iter(sole))) not in taken
        ):
            # "he was convicted in absentia to 15 years in prison" of a dissident "who was living in Turkey"
            item.host = next(iter(sole))
            item.targets.append(sole_name)
            taken.add((item.origin, item.tactic, item.host))
            continue
        # a decree on named people the article's other acts of that state reach in one country is against them there
        # ("Thai authorities issued a warrant for his arrest", Wanchalearm, seized in Phnom Penh)
        # (an act of any kind on groups the article places in one country is there: "a group of Thai exiles in Laos")
        placed_groups = bool(item.targets) and all(t not in persons and t in (dwell or {}) for t in item.targets)
        # (and an act on the relatives of named people is where the people abroad live: "arresting his relatives" of a
        # blogger who "has been living in the Netherlands")
        placed_groups = placed_groups or (
            item.tactic in DWELLING_PLACED and bool(item.targets) and all(t in (dwell or {}) for t in item.targets)
        )
        # a decree on people the article says live abroad, in a clause of its own ("The activists are based in ... the
        # United States, Britain and Australia"), is against them in each country it names, when no act of that state is placed
        spread = {c for c in abroad or set() if c != item.origin and (c, item.origin) not in territories()}
        scattered = (
            item.host is None and item.tactic in DECREES and not item.absent and not item.home and bool(spread)
            and all(t in persons for t in item.targets)
        )
        # (a decree on a named person the article says lives in a country is against them there, whatever groups it names
        # beside them: "an Interpol red notice for exiled journalist Can Dündar" and "Turkish nationals", Dündar "who lives
        # in Germany")
        dwelling_person = item.tactic in DECREES and any(t in persons and t in (dwell or {}) for t in item.targets)
        # (a trial in absentia of such a person too: "Bdap, who has lived in exile in Thailand since 2018, ... convicted in absentia")
        if not scattered and (item.host is not None or (item.tactic not in DECREES and not placed_groups) or (item.absent and not dwelling_person) or item.home or not item.targets or (
            not dwelling_person and any(t not in persons and t not in (dwell or {}) for t in item.targets)
        )):
            continue
        # where the article says they live or fled to, said once for all, places a decree on them rather than where its
        # other acts reach them at another time ("issued a warrant for his arrest", Khalil, who fled to Sweden; a group
        # "living in" a country, though one of them was seized elsewhere)
        lives = {c for t in item.targets for c in (dwell or {}).get(t, set()) if c != item.origin and (c, item.origin) not in territories()}
        if scattered and not lives:
            lives, placed_groups = spread, True
        where = lives
        if not where:
            # none: the one country the article's other acts of that state reach them in
            where = {f.host for f in items if f.origin == item.origin and f.host is not None and f.tactic not in DECREES
                     and any(t in f.targets for t in item.targets)}
        if len(where) == 1 and (item.origin, item.tactic, next(iter(where))) not in taken:
            item.host = next(iter(where))
            taken.add((item.origin, item.tactic, item.host))
        elif placed_groups and len(where) > 1 and lives:
            # groups the article places in several countries are reached in each: one item per host (GUIDELINES.md
            # incidents: "nine such offices are in Spain, four in Italy"; "activists living abroad in Australia, Canada,
            # Turkey, and the United States")
            for country in sorted(where):
                if (item.origin, item.tactic, country) in taken:
                    continue
                if item.host is None:
                    item.host = country
                else:
                    split.append(dataclasses.replace(item, host=country, targets=list(item.targets), years=list(item.years)))
                taken.add((item.origin, item.tactic, country))
    items.extend(split)
    mentions: dict[str, int] = {}
    for start, _, place in places:
        if place.country and start not in away:
            mentions[str(place.country)] = mentions.get(str(place.country), 0) + 1
    joined = territories()
    reached: dict[tuple[str, str], set[str]] = {}  # the named people of the acts placed here, per origin and host
    # (acts on named people first: a decree on no one named told before them is where they are reached, "the Djibouti
    # government issued an arrest warrant" before "his family ... have been harassed" of the pilot who fled to Ethiopia)
    for item in sorted(items, key=lambda f: not (f.anaphoric or any(t in persons for t in f.targets))):
        named = item.anaphoric or any(t in persons for t in item.targets)
        # (an act on groups only, no decree: "photographed Tamil protesters", in a story of London protests)
        grouped = not named and bool(item.targets)
        if item.host is not None or item.home or item.unplaced or item.origin in placed or not (named or grouped or item.tactic in DECREES):
            continue
        sent = item.span.sent
        if any(place.country is None and sent.start <= start < sent.end for start, _, place in places):
            continue  # placed in an area of many states: "renditions from countries in Central Asia, the Balkans and Africa"
        own = {homes[t] for t in item.targets if t in homes}
        ranked = sorted(
            ((n, c) for c, n in mentions.items() if c != item.origin and c not in own and (c, item.origin) not in joined), reverse=True
        )
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            continue
        if grouped and ranked[0][0] <= sum(n for n, _ in ranked[1:]):
            continue  # groups in a story told over many countries: "Chinese students in Germany, the Netherlands, France ..."
        if not named and not grouped and len(reached.get((item.origin, ranked[0][1]), set())) != 1:
            continue  # a decree on no one named is where the one person the article's other acts reach is ("a bounty on her capture")
        if (item.origin, item.tactic, ranked[0][1]) not in taken:
            item.host = ranked[0][1]
            reached.setdefault((item.origin, item.host), set()).update(t for t in item.targets if t in persons)


def _fallback_origin(
    sent: Span,
    trigger: Span,
    sent_actors: list[tuple[int, int, Actor]],
    sent_people: list[tuple[int, int, Actor]],
    sent_places: list[tuple[int, int, Place]],
    attributions: list[AttributionRow],
    actor_spans: list[tuple[int, int, Actor]],
    words: IncidentWords,
    *,
    reactors: frozenset[str] | set[str] = frozenset(),
) -> str | None:
    """Return the origin when the act's agent is not named: the country of its targets ("Rwandan critics",
    exiles take their country of origin), else a state of the sentence that is not the one reporting it."""
    # (not a group of the country the sentence places the act in: "the murders of two Dutch nationals in The Hague")
    placed = {str(p.country) for s, _, p in sent_places if p.country and (s == 0 or sent.doc[s - 1].lower_ not in words.destination)}
    for _, _, actor in sent_people:
        if actor.type == "group" and actor.country and actor.country not in placed | reactors:
            return str(actor.country)
    speakers = {
        row.source for row in attributions
        if row.stance == "assert" and row.content_start <= trigger.start_char < row.content_end and row.source
    } | {
        row.source for row in attributions if row.char_start <= trigger.start_char < row.char_end and row.source and row.stance == "assert"
        and not (row.content_start <= trigger.start_char < row.content_end)
    }
    speaker_states = {str(a.country) for _, _, a in actor_spans if a.name in speakers and a.country}
    # the state where the act happens is its host, not its origin ("Ireland ordered the closure of an office in Dublin")
    acting = {i for s, e, a in sent_actors if a.type in STATE_TYPES for i in range(s, e)}
    place_states = {str(p.country) for s, _, p in sent_places if p.country and s not in acting}
    for _, _, actor in sent_actors:
        if actor.type in STATE_TYPES and actor.country and actor.country not in speaker_states | place_states | reactors:
            return str(actor.country)
    return None


def _decree_seat(trigger: Span, verb: Token, places: list[tuple[int, int, Place]], words: IncidentWords, *, manner: bool) -> str | None:
    """Return the country a decree is told issued in, which is its issuer: "wanted in Egypt", "an arrest warrant issued
    in Turkey", "put on the wanted list in Russia", "convicted in absentia in Minsk", "Vietnam, where he had been
    convicted in absentia" (not where the one it names is arrested on it: "detained in Bangkok on an arrest warrant")."""
    root = trigger.root
    heads = [*trigger, *(c for c in root.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB")]
    if verb.i == root.i or manner or (verb.lemma_.lower() in words.enlist and verb.i < root.i):
        heads.append(verb)
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                place = _covering(places, pobj)
                if place is not None and place.country:
                    return str(place.country)
    clause = verb if verb.i == root.i or manner else None
    if clause is not None and clause.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        place = _covering(places, clause.head)  # "after fleeing Vietnam, where he had been convicted in absentia"
        if place is not None and place.country:
            return str(place.country)
    return None


def _refers_back(trigger: Span, words: IncidentWords) -> bool:
    """True for a tactic noun that names an act told before: "the killing", "his extradition", "these renditions"."""
    root = trigger.root
    return root.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} and c.lower_ in words.anaphor for c in root.children)


def _held_for(trigger: Span, sent: Span, places: list[tuple[int, int, Place]], words: IncidentWords) -> str | None:
    """Return the state an arrest holds people for: the destination of a deportation or extradition the sentence
    tells after it ("arrested dozens of Uyghur students ... plans to deport them to China")."""
    if not any(t.lemma_.lower() in words.send for t in sent[trigger.end - sent.start :]):
        return None
    return _destination(trigger, sent, places, words)


def _moved_to_after(trigger: Span, places: list[tuple[int, int, Place]], words: IncidentWords) -> frozenset[int]:
    """Return the starts of places a clause moves someone to after the act: where they went, not where it happened
    ("the channel moved its broadcasting to Washington after police warned of threats to its journalists")."""
    verb = clause_verb(trigger.root, steps=4)
    if verb.dep_ != "advcl" or not any(c.dep_ in {"mark", "prep"} and c.lower_ in {"after", "following"} for c in verb.children):
        return frozenset()
    mover = verb.head
    inside = range(verb.left_edge.i, verb.right_edge.i + 1)
    doc = trigger.doc
    return frozenset(
        start for start, _, _ in places
        if start not in inside and start > 0 and doc[start - 1].lower_ in words.destination and doc[start - 1].head.i == mover.i
    )


def _speaker_places(trigger: Span, places: list[tuple[int, int, Place]], attributions: list[AttributionRow]) -> frozenset[int]:
    """Return the starts of places named in the source or cue of an attribution whose content tells the act (not of one
    told to someone, whose speaker is where the listener is: "staff at the airport in Paris told him he would not be allowed
    to board")."""
    cues = {t.idx: t for t in trigger.sent}
    rows = [
        row for row in attributions if row.content_start <= trigger.start_char < row.content_end
        and not ((cue := cues.get(row.cue_start)) is not None and any(c.dep_ in {"dobj", "dative"} for c in cue.children))
    ]
    return frozenset(
        start for start, _, place in places for row in rows
        if row.char_start <= place.span.start_char < row.char_end and not row.content_start <= place.span.start_char < row.content_end
    )


def _taken_places(trigger: Span, places: list[tuple[int, int, Place]], words: IncidentWords) -> frozenset[int]:
    """Return the starts of places a rendition or deportation takes its target to: after "to" or "into" on the act's verb or
    on a verb told after it that moves someone (its object, or a passive: "take her", "was flown"), where the target is
    taken, not where the act happens ("to kidnap a journalist living in Brooklyn ... and take her by boat to Venezuela and
    then to Iran"; not a lure's: "lured to Iraq" is where the target is seized, nor a verb moving no one: "travelled to")."""
    root = trigger.root
    if root.lemma_.lower() in words.lure:
        return frozenset()
    found = set()
    for start, _, place in places:
        prep = place.span.root.head
        if start < trigger.start or place.span.root.dep_ != "pobj" or prep.lower_ not in words.destination:
            continue
        while prep.dep_ == "conj" and prep.head.i != prep.i:
            prep = prep.head  # "to Venezuela and then to Iran"
        head = prep.head
        if head.lemma_.lower() in words.vehicle and head.dep_ == "pobj" and head.head.lower_ in words.aboard:
            head = head.head.head  # "put on a plane to Riyadh" (not "seized on his way to India")
        moves = head.i == root.i or (
            head.pos_ == "VERB" and head.i >= trigger.start and head.lemma_.lower() not in words.lure
            and any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in head.children)
        )
        if moves:
            found.add(start)
    return frozenset(found)


def _taken_to(trigger: Span, places: list[tuple[int, int, Place]], words: IncidentWords) -> str | None:
    """Return the country a rendition takes its target to, named after "to" on the act's own words: the first verb above
    the preposition is the act's ("flown to Turkey", "put on a plane to Riyadh"), and it is no verb of luring."""
    if trigger.root.lemma_.lower() in words.lure:
        return None
    doc = trigger.doc
    for start, _, place in places:
        if start < trigger.start or start == 0 or not place.country or doc[start - 1].lower_ not in words.destination:
            continue
        head = doc[start - 1].head
        if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj" and head.head.lower_ in words.aboard:
            head = head.head.head  # "put on a plane to Riyadh" (not "during a visit to Istanbul")
        if trigger.start <= head.i < trigger.end and head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() not in words.lure:
            return str(place.country)
    return None


def _taken_from(trigger: Span, places: list[tuple[int, int, Place]], origin: str, words: IncidentWords) -> list[str]:
    """Return the countries a rendition or deportation takes its target from, named after "from" on the act's own
    words ("forced to return from Somaliland", "deported from Thailand and Malaysia"), other than the origin."""
    froms = [c for t in trigger for c in t.children if c.dep_ == "prep" and c.lower_ in words.source]
    heads = [p for c in froms for p in c.children if p.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    found: list[str] = []
    for token in heads:
        place = _covering(places, token)
        if place is not None and place.country and place.country != origin and place.country not in found:
            found.append(str(place.country))
    return found


def _host_or_none(hosts: list[str]) -> str | None:
    return hosts[0] if len(hosts) == 1 else None


def _destination(
    trigger: Span, sent: Span, places: list[tuple[int, int, Place]], words: IncidentWords, actors: list[tuple[int, int, Actor]] | None = None,
) -> str | None:
    """Return the country a target is moved to: the place after "to", "back to", "into" in the sentence, or the state
    body a target is handed to ("handed him over to Vietnamese officials")."""
    bodies = [(start, actor.country) for start, _, actor in actors or [] if actor.type in STATE_TYPES]
    for start, country in sorted([(start, place.country) for start, _, place in places] + bodies, key=lambda found: found[0]):
        # (past the article of a country's name: "handed over a wanted man to the UAE", "deported to the Netherlands")
        # (and past a word that describes it: "to neighbouring Kazakhstan")
        before = start - 1 if start > 1 and sent.doc[start - 1].lower_ == "the" else start
        word = sent.doc[before - 1] if before > 1 else None
        before = before - 1 if word is not None and word.dep_ in {"amod", "compound"} and word.is_lower and word.head.i >= start else before
        if start >= trigger.start and before > 0 and sent.doc[before - 1].lower_ in words.destination and country:
            return str(country)
    return None


def _hosts(
    sent: Span, places: list[tuple[int, int, Place]], origin: str, acting: set[int], trigger: Span, words: IncidentWords,
    *, away: frozenset[int] = frozenset(),
) -> list[str]:
    """Return the countries the sentence places the act in, in order: not the origin, not a state acting ("Russia and Iran have used killings").

    Where a person lives or is from ("Zam, who lived in France, was seized after travelling to Iraq") or was going ("on his
    way to India") gives way to where the act happened, when the sentence names both.
    """
    hosts: list[str] = []
    described: list[str] = []
    for start, _, place in places:
        country = place.country
        if not country or country == origin or _describes_a_body(place.span, words) or start in acting or _names_people(place.span, words):
            continue
        if start in away or _agent_elsewhere(place.span, trigger) or _of_a_war(place.span, words):
            continue
        found = described if _describes_someone(sent.doc[start], trigger, words) or _on_the_way_to(place.span) or _comes_from(place.span, words) else hosts
        if country not in found:
            found.append(str(country))
    if len(hosts) > 1:
        # the place the act's own verb is done in gives way to none other of its sentence: "a Uyghur man detained in Morocco
        # for over three years ..., has been released and resettled in the United States"
        own = _done_in(trigger, places)
        hosts = [h for h in hosts if h in own] or hosts
    return hosts or described


def _asked(trigger: Span, words: IncidentWords) -> bool:
    """True for a deportation or extradition noun a verb of asking takes as object, itself or by the request noun it
    names: "requested his extradition", "has sought the extradition of", "submitted an extradition request"."""
    noun = trigger.root
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in words.request:
        noun = noun.head
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in words.ask


def _agent_elsewhere(span: Span, trigger: Span) -> bool:
    """True for a country named as the agent of another verb than the act's, a state acting, not where the act happens:
    "has been granted a humanitarian visa by Poland after she ... was being forced to return to Belarus" (not the
    state that deports: "was deported by Thailand")."""
    prep = span.root.head
    verb = prep.head
    return (
        span.root.dep_ == "pobj" and verb.pos_ in {"VERB", "AUX"}
        and (prep.dep_ == "agent" or (prep.lower_ == "by" and any(c.dep_ == "auxpass" for c in verb.children)))
        and not trigger.start <= verb.i < trigger.end and verb.i != trigger.root.head.i
    )


def _done_in(trigger: Span, places: list[tuple[int, int, Place]]) -> set[str]:
    """Return the countries of the places an "in" or "at" phrase on the tactic verb names ("detained in Morocco", "abducted in
    Thailand and Laos")."""
    root = trigger.root
    if root.pos_ not in {"VERB", "AUX"}:
        return set()
    inside = {t.i for c in root.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} for t in c.subtree}
    return {str(p.country) for s, _, p in places if s in inside and p.country}


def _of_a_war(span: Span, words: IncidentWords) -> bool:
    """True for a country named as where a war or invasion is, the time or setting of the act, not its place: "Before
    the war in Ukraine, extraditions of Chechens from Europe to Russia were speeded up", "since Putin launched his
    invasion of Ukraine", "the Ukraine war"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "of", "on", "against"}:
        return root.head.head.lemma_.lower() in words.war
    return root.dep_ in {"compound", "poss"} and root.head.lemma_.lower() in words.war


def _on_the_way_to(span: Span) -> bool:
    """True for where a person was going, which gives way to where the act happened: "on his way to India when he was
    seized during a stopover in Dubai"."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() == "way"


def _comes_from(span: Span, words: IncidentWords) -> bool:
    """True for where a person comes from, which gives way to where the act happened: "the killing in Berlin of an
    ethnic Chechen from Georgia", "stopped on a red notice after arriving in Thailand from Australia"."""
    prep = span.root.head
    person = prep.head
    return (
        span.root.dep_ == "pobj" and prep.lower_ == "from" and prep.dep_ == "prep"
        and (person.lemma_.lower() in words.person | words.arrive or person.ent_type_ == "PERSON")
    )


def _away_datelines(doc: Doc, places: list[tuple[int, int, Place]], res: Resources) -> frozenset[int]:
    """Return the starts of dateline places whose country the article does not name again: where the reporter
    files from ("TALLINN, Estonia (AP) —" over a Belarusian court's sentence), not the story's setting ("Canberra:"
    over a report on "Australian universities")."""
    datelines = [(start, place) for start, _, place in places if place.country and _in_dateline(place.span)]
    if not datelines:
        return frozenset()
    lines = {start for start, _ in datelines}
    named = {str(p.country) for s, _, p in places if s not in lines and p.country}
    named |= {str(country) for token in doc if (country := res.demonyms.get(_demonym_word(token, res)))}
    return frozenset(start for start, place in datelines if place.country not in named)


DATELINE_MARKS = {"(", "—", "–", "-", "--", ":"}


def _in_dateline(span: Span) -> bool:
    """True for a place in a dateline, where the reporter files from: "TALLINN, Estonia (AP) —", "Malé, Maldives —",
    "DHARAMSHALA, Feb. 15:"."""
    doc = span.doc
    start = span.start
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
        if not (doc[start].pos_ == "PROPN" or doc[start].text == ","):
            return False
    end = span.end
    # a day may follow the place ("DHARAMSHALA, Feb. 15:"), after the place's state or district ("Washington, D.C., October 12, 2021 —")
    while end < len(doc) and end - span.end < 8 and (doc[end].pos_ == "PROPN" or doc[end].text == "," or doc[end].ent_type_ == "DATE") \
            and doc[end].text not in DATELINE_MARKS:
        end += 1
    return end < len(doc) and doc[end].text in DATELINE_MARKS


def _names_people(span: Span, words: IncidentWords) -> bool:
    """True for a place that says where people are from, not where they are: "Hong Kong activists", "Chinese and Hong Kong students",
    or names the movement or party they belong to ("members of the Hirak movement")."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    return token.dep_ in {"compound", "amod", "nmod"} and head.i >= span.end and (head.lemma_.lower() in words.person or head.lemma_.lower() in words.movement)


def _describes_someone(token: Token, trigger: Span, words: IncidentWords) -> bool:
    """True for a word in a clause that says where a person lives, away from the act: "who lived in France"."""
    current = token
    for _ in range(12):
        if trigger.start <= current.i < trigger.end or current.head.i == current.i:
            return False
        if current.dep_ == "relcl" and not (current.left_edge.i <= trigger.start <= current.right_edge.i):
            return current.lemma_.lower() in words.dwell and current.head.pos_ in {"NOUN", "PROPN", "PRON"}
        current = current.head
    return False


def _host_body(actors: list[tuple[int, int, Actor]], origin: str) -> list[str]:
    """Return the state of another state's police, prosecutors or court acting on the case in the sentence.

    "US prosecutors charged four men with plotting to kidnap ... on behalf of Iran": the act was in the United States.
    """
    # not another state's intelligence service: it acts beside the origin's ("threatened by Russian and Uzbek spy
    # services"), no host's law acting on the case
    return next(([a.country] for _, _, a in actors if a.type == "government" and a.country and a.country != origin
                 and a.name != "intelligence service"), [])


def _describes_a_body(span: Span, words: IncidentWords) -> bool:
    """True for a place that only says where a body is based: "the Spain-based NGO", "a London-based group", "a human
    rights group based in Spain" (not where people are based: "an activist based in Sweden", "a Spain-based critic")."""
    end = span.end
    doc = span.doc
    if end + 1 < len(doc) and doc[end].text in {"-", "–"} and doc[end + 1].lower_ in words.seat:
        owner = doc[end + 1].head
        return not (owner.pos_ in {"NOUN", "PROPN"} and (owner.lemma_.lower() in words.person or owner.ent_type_ == "PERSON"))
    prep = span.root.head
    seat = prep.head
    return (
        span.root.dep_ == "pobj" and prep.lower_ == "in" and seat.lower_ in words.seat and seat.dep_ == "acl"
        and seat.head.pos_ in {"NOUN", "PROPN"} and seat.head.lemma_.lower() not in words.person and seat.head.ent_type_ != "PERSON"
    )


def _residence(sent: Span, origin: str, words: IncidentWords, res: Resources) -> list[str]:
    """Return the country a target's nationality or the act's ground names: "a Canadian citizen", "on Dutch soil", or a
    country's abbreviation as the ground's modifier ("on UK soil": kept out of the sentence's places as a modifier; not a
    person's, "the family of a US national" is harassed at home)."""
    # the ground of the act ("on U.S. soil") before a person's nationality ("two Canadian nationals were indicted over a
    # plot to murder a Maryland resident on U.S. soil": the nationals are the accused)
    grounds = sorted((t for t in sent if t.head.lemma_.lower() in words.residence), key=lambda t: t.head.lemma_.lower() in words.person)
    for token in grounds:
        ground = token.head.lemma_.lower()
        if token.dep_ == "amod" and _demonym_word(token, res) in res.demonyms:
            country = res.demonyms[_demonym_word(token, res)]
        elif token.dep_ == "compound" and token.pos_ == "PROPN" and ground not in words.person:
            country = normalize_country(token.text, resources=res)
        else:
            continue
        if country and country != origin:
            return [country]
    return []


def _act_span(trigger: Span, sent: Span) -> Span:
    """Return the words that report the act: the trigger's clause, within its sentence, without edge punctuation."""
    verb = clause_verb(trigger.root, steps=4)
    tokens = list(verb.subtree) if verb.pos_ in {"VERB", "AUX"} else list(trigger.root.subtree)
    start = max(sent.start, min(t.i for t in tokens + list(trigger)))
    end = min(sent.end, max(t.i for t in tokens + list(trigger)) + 1)
    doc = sent.doc
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]
