"""What the rules know, loaded once per process from the data files in ``models/``."""

from __future__ import annotations

import csv
import functools
import hashlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pycountry

from pipeline.paths import MODELS_DIR

__all__ = ["MODELS_DIR", "ActorEntry", "RegionEntry", "Resources", "load_resources", "per_resources", "rules_hash"]



def _rows(path: Path) -> list[dict[str, str]]:
    """Return a TSV's rows; lines starting with '#' are its header comment."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def _words(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _roles(path: Path) -> dict[str, frozenset[str]]:
    """Return a word/role TSV as role -> its words."""
    roles: dict[str, set[str]] = {}
    for row in _rows(path):
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(words) for role, words in roles.items()}


def _groups(path: Path, key: str, value: str) -> dict[str, tuple[str, ...]]:
    """Return a two-column TSV as key -> its values, in file order."""
    groups: dict[str, list[str]] = {}
    for row in _rows(path):
        groups.setdefault(row[key], []).append(row[value])
    return {k: tuple(v) for k, v in groups.items()}


@dataclass(frozen=True)
class ActorEntry:
    name: str
    type: str
    country: str | None


@dataclass(frozen=True)
class RegionEntry:
    name: str
    country: str | None


@dataclass(frozen=True)
class Resources:
    """Every gazetteer and lexicon, keyed for lookup (keys lowercased unless said)."""

    country_aliases: dict[str, str]
    country_names: dict[str, str]
    demonyms: dict[str, str | None]
    regions: dict[str, RegionEntry]
    sites: dict[str, RegionEntry]  # sites known by a bare name (sites.tsv): name and country
    actors: dict[str, ActorEntry]
    bodies: dict[str, str]
    national_bodies: dict[tuple[str, str], str]  # (alpha-3, generic body name) -> the state's own name
    us_districts: dict[str, str]  # a US federal district's name or a city it sits in -> the district (us_districts.tsv)
    leaders: dict[str, str]  # a leader's or foreign minister's name (lowercase) -> the state they serve (leaders.tsv)
    leader_names: tuple[str, ...]  # the same names as written, in the file's order
    host_states: frozenset[str]  # alpha-3 codes of states the field records only as hosts (host_states.txt)
    state_nouns: frozenset[str]
    cues: dict[str, str]
    object_cues: frozenset[str]
    appeal_cues: dict[str, str]  # lemma -> "appeal" or "appeal_to" (only an appeal), "both" (a claim cue that can report one)
    denial_words: frozenset[str]
    wrongdoing_words: frozenset[str]
    exculpatory_words: tuple[str, ...]
    offices: frozenset[str]
    office_abbreviations: dict[str, tuple[str, ...]]  # abbreviated office ("ps") -> the full titles it shortens
    disowned_nouns: frozenset[str]
    attribution_words: dict[str, frozenset[str]]  # role -> words (attribution_words.tsv)
    anaphors: dict[str, str]  # noun -> the actor type it refers back to
    pronouns: dict[str, str]  # pronoun -> "person" or "org"
    gendered: dict[str, str]  # pronoun -> "m" or "f"
    speaking_for: dict[str, tuple[str, ...]]  # unnamed speaker's lemma -> stems of the bodies' names it stands for
    qualifiers: dict[str, str]
    units: dict[str, str]
    unit_suffixes: tuple[tuple[str, str], ...]
    group_nouns: frozenset[str]
    currencies: dict[str, str]
    currency_names: dict[str, str]  # one-word ISO 4217 currency name, lowercase and folded, singular and plural -> code
    vague_time: frozenset[str]
    org_keywords: tuple[tuple[str, str], ...]
    place_suffixes: dict[str, tuple[str, bool]]  # word -> (kind, strip: dropped from the name)
    known_only_suffixes: frozenset[str]  # suffixes dropped only from names the tables know alone ("Mecca province")
    division_words: dict[str, tuple[str, str]]  # word -> (kind, use: "after", "of", "both" or "part")
    person_titles: frozenset[str]
    postnominals: frozenset[str]
    family_names: frozenset[str]
    peoples: frozenset[str]
    number_words: dict[str, tuple[float, str]]  # word -> (value, kind: unit, multiplier or scale)
    count_words: dict[str, frozenset[str]]  # role -> words (count_words.tsv)
    seasons: dict[str, tuple[int, int]]  # season -> (first month, last month)
    date_words: dict[str, frozenset[str]]  # role -> words (date_words.tsv)
    ordinals: dict[str, int]  # ordinal word -> the part it picks, -1 the last (ordinals.tsv)
    date_units: dict[str, str]  # noun of a counted period -> its unit, singular (date_units.tsv)
    date_steps: dict[str, int]  # word after "the" -> the units it steps on (1) or back (-1) (date_steps.tsv)
    photo_credits: dict[str, frozenset[str]]  # role -> credits that make a line a caption (photo_credits.tsv)
    gendered_nouns: dict[str, str]  # noun beside a name (lowercase) -> "f" | "m" (gendered_nouns.tsv)
    holidays: dict[str, str]  # lowercase name of a named day -> its rule (holidays.tsv)
    place_use: dict[str, str]  # word -> "prep" | "verb" | "path" | "gathering" ...: what makes a building it governs a place
    place_words: dict[str, frozenset[str]]  # role -> words the place rules read (place_words.tsv)
    diplomatic_posts: frozenset[str]
    street_prefixes: frozenset[str]  # original case: first words of street names ("Calle", "Via", "Place")
    quarters: frozenset[str]  # original case: quarters many cities have ("Chinatown")
    open_waters: frozenset[str]  # lowercase: words of seas and straits that span countries ("Gulf of Aden")
    feature_words: dict[str, frozenset[str]]  # "first" / "last" -> lowercase words of features' names ("River", "Dam")
    platforms: frozenset[str]  # original case
    state_object_verbs: frozenset[str]  # lemmas whose object country is a state addressed or acted on
    faiths: frozenset[str]  # lowercase plural nouns of faith communities, groups of no one state
    given_names: frozenset[str]  # original case; given names the gender detector lacks
    generic_bodies: dict[str, str]  # generic body name -> a word of the specific bodies it stands for
    office_bodies: dict[str, tuple[str, str]]  # office words (lowercase) -> (body it stands for, where its state comes from)
    actor_words: dict[str, frozenset[str]]  # role -> words (actor_words.tsv)
    apposition_kinds: dict[str, str]  # noun in apposition to a name -> the actor type it gives
    group_words: dict[str, frozenset[str]]  # role -> words events compare targets by (group_words.tsv)
    # Original-case surface forms, for generating patterns: (form, alpha-3 or canonical name).
    country_forms: tuple[tuple[str, str], ...]
    demonym_forms: tuple[tuple[str, str], ...]
    region_forms: tuple[tuple[str, str], ...]
    site_forms: tuple[tuple[str, str], ...]
    actor_forms: tuple[tuple[str, str], ...]

    @functools.cached_property
    def seated_body_words(self) -> frozenset[str]:
        """Words of bodies seated in a place (``bodies.tsv`` entries of the ``seated_body`` kinds)."""
        return frozenset(word for word, body in self.bodies.items() if body in self.actor_words["seated_body"])

    @functools.cached_property
    def compass_words(self) -> frozenset[str]:
        """Lowercase words of direction that describe a part of a place ("west", "north-west"): the ``compass`` and
        ``compass_compound`` roles of ``place_words.tsv``."""
        return self.place_words["compass"] | self.place_words["compass_compound"]

    @functools.cached_property
    def state_parts(self) -> frozenset[str]:
        """Lowercase words before a US state's name that make it the state ("southern", "upstate"): the ``compass``
        and ``state_part`` roles of ``place_words.tsv``."""
        return self.place_words["compass"] | self.place_words["state_part"]

    @functools.cached_property
    def plural_demonyms(self) -> frozenset[str]:
        """Each demonym with an "s": "Belarusians", "Nicaraguans"."""
        return frozenset(demonym + "s" for demonym in self.demonyms)


def _apostrophe_forms(names: list[str]) -> list[str]:
    """Return the names each also with the other apostrophe ("U.S. Attorney's Office", "U.S. Attorney’s Office"):
    published text writes both."""
    forms = []
    for name in names:
        forms.append(name)
        for plain, curly in (("'", "’"), ("’", "'")):
            if plain in name and name.replace(plain, curly) not in names:
                forms.append(name.replace(plain, curly))
    return forms


def _dotted_forms(names: list[str]) -> list[str]:
    """Return the names each short acronym also written with full stops ("FSB", "F.S.B."; "FBI", "F.B.I."): the New
    York Times and others' house style."""
    forms = list(names)
    for name in names:
        dotted = "".join(f"{letter}." for letter in name)
        if name.isascii() and name.isalpha() and name.isupper() and 2 <= len(name) <= 5 and dotted not in names:
            forms.append(dotted)
    return forms


def _named_places(path: Path) -> tuple[dict[str, RegionEntry], list[tuple[str, str]]]:
    """Read a gazetteer of named places (name, country, |-separated aliases): each form lowercased to its entry, and (form, name) pairs."""
    entries: dict[str, RegionEntry] = {}
    forms: list[tuple[str, str]] = []
    for row in _rows(path):
        entry = RegionEntry(row["name"], row["country"] or None)
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            entries.setdefault(alias.lower(), entry)
            forms.append((alias, entry.name))
    return entries, forms


def fold(word: str) -> str:
    """Return a word lowercased without its diacritics ("złoty" -> "zloty"; "ł" has no decomposition of its own)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _currency_names(demonyms: frozenset[str]) -> dict[str, str]:
    """Return the currencies whose ISO 4217 name (pycountry) is one word ("Zloty", "Naira", "Forint"), singular and plural,
    folded, to their codes; not the funds, metals and test codes (X..), nor a people's name or one in -i ("Afghani")."""
    names: dict[str, str] = {}
    for currency in pycountry.currencies:
        name = fold(currency.name)
        if currency.alpha_3.startswith("X") or not name.isalpha() or name in demonyms or name[:-1] in demonyms:
            continue
        names[name] = names[name + "s"] = currency.alpha_3
    return names


_T = TypeVar("_T")
_DERIVED: dict[tuple[str, int], tuple[Resources, Any]] = {}


def per_resources(res: Resources, key: str, compute: Callable[[Resources], _T]) -> _T:
    """Return ``compute(res)``, computed once per Resources object and ``key``.

    Resources holds dicts, so it is not hashable: entries are told apart by identity and keep their object, so that a
    new Resources at a reused address is never given another's values.
    """
    entry = _DERIVED.get((key, id(res)))
    if entry is None or entry[0] is not res:
        if len(_DERIVED) >= 64:
            _DERIVED.clear()  # a few Resources at a time (tests load their own)
        entry = _DERIVED[(key, id(res))] = (res, compute(res))
    return entry[1]


@functools.lru_cache(maxsize=None)
def load_resources(models_dir: Path = MODELS_DIR) -> Resources:
    """Return the rule data under ``models_dir`` (cached: one load per process)."""
    gaz = models_dir / "gazetteers"
    lex = models_dir / "lexicons"
    bodies = {r["surface"]: r["name"] for r in _rows(gaz / "bodies.tsv")}
    generic = {name.lower() for name in bodies.values()}
    actors: dict[str, ActorEntry] = {}
    actor_forms: list[tuple[str, str]] = []
    for row in _rows(gaz / "actors.tsv"):
        entry = ActorEntry(row["name"], row["type"], row["country"] or None)
        # a generic canonical name ("Ministry of Foreign Affairs" for the UK's Foreign Office) names no one state
        names = [] if row["name"].lower() in generic else [row["name"]]
        for alias in _dotted_forms(_apostrophe_forms([*names, *filter(None, row["aliases"].split("|"))])):
            actors.setdefault(alias.lower(), entry)
            actor_forms.append((alias, entry.name))
    regions, region_forms = _named_places(gaz / "regions.tsv")
    sites, site_forms = _named_places(gaz / "sites.tsv")
    country_rows = _rows(gaz / "country_aliases.tsv")
    demonym_rows = _rows(gaz / "demonyms.tsv")
    return Resources(
        country_aliases={r["alias"].lower(): r["alpha3"] for r in country_rows},
        country_names={r["alpha3"]: r["name"] for r in _rows(gaz / "country_names.tsv")},
        demonyms={r["demonym"].lower(): (r["alpha3"] or None) for r in demonym_rows},
        regions=regions,
        sites=sites,
        actors=actors,
        bodies=bodies,
        national_bodies={(r["country"], r["body"]): r["name"] for r in _rows(gaz / "national_bodies.tsv")},
        us_districts={place: r["district"] for r in _rows(gaz / "us_districts.tsv")
                      for place in [r["district"], *r["places"].split("|")]},
        leaders={r["name"].lower(): r["country"] for r in _rows(gaz / "leaders.tsv")},
        leader_names=tuple(r["name"] for r in _rows(gaz / "leaders.tsv")),
        host_states=frozenset(line.split("\t")[0].strip() for line in _words(gaz / "host_states.txt")),
        state_nouns=frozenset(_words(lex / "state_nouns.txt")),
        cues={r["lemma"]: r["stance"] for r in _rows(lex / "cues.tsv")},
        object_cues=frozenset(r["lemma"] for r in _rows(lex / "cues.tsv") if r["takes_object"] == "yes"),
        appeal_cues={r["lemma"]: r["role"] for r in _rows(lex / "cues.tsv") if r["role"] != "claim"},
        denial_words=frozenset(_words(lex / "denial_words.txt")),
        wrongdoing_words=frozenset(_words(lex / "wrongdoing_words.txt")),
        exculpatory_words=tuple(_words(lex / "exculpatory_words.txt")),
        offices=frozenset(_words(lex / "offices.txt")),
        office_abbreviations=_groups(lex / "office_abbreviations.tsv", "abbreviation", "title"),
        disowned_nouns=frozenset(_words(lex / "disowned_nouns.txt")),
        attribution_words=_roles(lex / "attribution_words.tsv"),
        anaphors={r["noun"]: r["type"] for r in _rows(lex / "anaphors.tsv")},
        pronouns={r["pronoun"]: r["refers_to"] for r in _rows(lex / "pronouns.tsv")},
        gendered={r["pronoun"]: r["gender"] for r in _rows(lex / "pronouns.tsv") if r["gender"]},
        speaking_for=_groups(lex / "speaking_for.tsv", "noun", "word"),
        qualifiers={r["phrase"]: r["qualifier"] for r in _rows(lex / "qualifiers.tsv")},
        units={r["lemma"]: r["category"] for r in _rows(lex / "units.tsv")},
        unit_suffixes=tuple(
            sorted(((r["suffix"], r["category"]) for r in _rows(lex / "unit_suffixes.tsv")), key=lambda r: -len(r[0]))
        ),
        group_nouns=frozenset(w.lower() for w in _words(lex / "group_nouns.txt")),
        currencies={r["surface"]: r["code"] for r in _rows(lex / "currencies.tsv")},
        currency_names=_currency_names(frozenset(r["demonym"].lower() for r in demonym_rows)),
        vague_time=frozenset(_words(lex / "vague_time.txt")),
        org_keywords=tuple((r["keyword"], r["type"]) for r in _rows(lex / "org_keywords.tsv")),
        person_titles=frozenset(_words(lex / "person_titles.txt")),
        postnominals=frozenset(_words(lex / "postnominals.txt")),
        family_names=frozenset(_words(lex / "family_names.txt")),
        peoples=frozenset(w.lower() for w in _words(lex / "peoples.txt")),
        number_words={r["word"]: (float(r["value"]), r["kind"]) for r in _rows(lex / "number_words.tsv")},
        count_words=_roles(lex / "count_words.tsv"),
        seasons={r["season"]: (int(r["first"]), int(r["last"])) for r in _rows(lex / "seasons.tsv")},
        date_words=_roles(lex / "date_words.tsv"),
        ordinals={r["word"]: int(r["value"]) for r in _rows(lex / "ordinals.tsv")},
        date_units={r["word"]: r["unit"] for r in _rows(lex / "date_units.tsv")},
        date_steps={r["word"]: int(r["step"]) for r in _rows(lex / "date_steps.tsv")},
        photo_credits=_roles(lex / "photo_credits.tsv"),
        gendered_nouns={r["noun"].lower(): r["gender"] for r in _rows(lex / "gendered_nouns.tsv")},
        holidays={r["holiday"]: r["rule"] for r in _rows(lex / "holidays.tsv")},
        place_use={r["word"]: r["kind"] for r in _rows(lex / "place_use.tsv")},
        place_words=_roles(lex / "place_words.tsv"),
        diplomatic_posts=frozenset(w.lower() for w in _words(lex / "diplomatic_posts.txt")),
        street_prefixes=frozenset(_words(lex / "street_prefixes.txt")),
        quarters=frozenset(_words(lex / "quarters.txt")),
        open_waters=frozenset(_words(lex / "open_waters.txt")),
        feature_words={position: frozenset(r["word"] for r in rows if r["position"] == position)
                       for rows in [list(_rows(lex / "feature_words.tsv"))] for position in ("first", "last")},
        platforms=frozenset(_words(lex / "platforms.txt")),
        state_object_verbs=frozenset(_words(lex / "state_object_verbs.txt")),
        faiths=frozenset(w.lower() for w in _words(lex / "faiths.txt")),
        given_names=frozenset(_words(lex / "given_names.txt")),
        generic_bodies={r["generic"]: r["keyword"] for r in _rows(lex / "generic_bodies.tsv")},
        office_bodies={r["office"]: (r["body"], r["state"]) for r in _rows(lex / "office_bodies.tsv")},
        actor_words=_roles(lex / "actor_words.tsv"),
        apposition_kinds={r["noun"]: r["type"] for r in _rows(lex / "apposition_kinds.tsv")},
        group_words=_roles(lex / "group_words.tsv"),
        place_suffixes={r["word"]: (r["kind"], r["strip"] in {"yes", "known"}) for r in _rows(lex / "place_suffixes.tsv")},
        known_only_suffixes=frozenset(r["word"] for r in _rows(lex / "place_suffixes.tsv") if r["strip"] == "known"),
        division_words={r["word"]: (r["kind"], r["use"]) for r in _rows(lex / "division_words.tsv")},
        country_forms=tuple((r["alias"], r["alpha3"]) for r in country_rows),
        demonym_forms=tuple((r["demonym"], r["alpha3"]) for r in demonym_rows),
        region_forms=tuple(region_forms),
        site_forms=tuple(site_forms),
        actor_forms=tuple(actor_forms),
    )


def rules_hash(models_dir: Path = MODELS_DIR) -> str:
    """Return a sha256 over every rule file, so a changed rule invalidates cached results."""
    digest = hashlib.sha256()
    for path in sorted(p for p in models_dir.rglob("*") if p.is_file()):
        digest.update(path.relative_to(models_dir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
