"""Locations: the model's GPE/LOC/FAC entities plus gazetteer matches, normalised to ISO codes."""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.normalize import (
    city_by_other_name, country_name, lookup_city, lookup_subdivision, lookup_town, lookup_us_state, normalize_country,
    region_country, subdivision_by_code,
)
from pipeline.extract.index import cached, doc_index, doc_text, line_starts, positions, sentence, title_case
from pipeline.extract.index import column, ent_labels, gazetteer_labels, lowers, texts
from pipeline.extract.names import given_name_people, has_org_keyword, is_given_name
from pipeline.gazetteer import capitals
from pipeline.records import LocationRow
from pipeline.resources import RegionEntry, Resources, load_resources

PLACE_LABELS = {"GPE", "LOC", "FAC"}
POSSESSIVE_TAGS = frozenset({"POS"})
# The small model reads some cities as people ("in Amsterdam and Rotterdam"); a known city after these words is a place
# ("cities such as Almaty", "to Zürich and then Malmö" too).
PLACE_CUES = {"in", "from", "to", "near", "and", "or", "outside", "of", "at", ",", "via", "through", "across", "into", "as", "then"}
# Labels the small model gives single-word places it does not know ("in Linz" NORP, "Rabat or Casablanca" PERSON).
RESCUE_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"}
# Labels of things and peoples the model gives a big city's name wherever it stands ("a Leeds student" PRODUCT).
THING_LABELS = {"PRODUCT", "NORP"}
# The possessive after a name, straight or curly ("Saudi Arabia's embassy", "Saudi Arabia’s embassy").
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
# Labels of candidates found by a rule of this module, not by the model; the checks for names do not apply to them.
RULE_LABELS = {"PROVINCE_CODE", "JUDICIAL_DISTRICT", "SITES_OF", "QUARTER", "FEATURE", "SITE", "KNOWN_SITE", "DIVISION", "CITY_OF", "TOWN", "AREA", "DATELINE", "PART_SITE", "PART_REGION", "HOLDER"}
MODIFIER = "MODIFIER"  # a country abbreviation used as a modifier ("U.S. officials"): a row only, see modifier_places
RESCUE_POPULATION = 100_000
CONTEXT_TOKENS = 80
SETTING_LEAD = 2  # mentions of cities and regions by which the story's own country leads the next
# Entities a place name inside of is part of a name, not a place ("Police Scotland", "Voice of America").
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"}
BIG_CITY = 500_000


@dataclass(frozen=True)
class Place:
    """A resolved place mention."""

    span: Span
    name: str
    kind: str
    country: str | None


def _inside_name(span: Span, doc: Doc, res: Resources) -> bool:
    """True when the span sits inside a longer name: an ORG/PERSON entity or an actor name (not the model's organisation
    that is the place's own name with its article, "The Democratic People's Republic of Korea denied")."""
    for ent, label in zip(doc_index(doc).ents, ent_labels(doc)):
        if ent.start > span.start:
            break  # the entities are in order: none from here on holds the span or ends before it
        if label in NAME_LABELS and ent.start <= span.start and span.end <= ent.end and len(_strip(ent, res)) > len(span) \
                and not (span.start > ent.start and doc[span.start - 1].is_title
                         and doc[span.start - 1].lower_ in res.place_words["headline_where"]) and not _no_name(ent, res) \
                and not _described_body(span, ent, res) and not (span.start > ent.start and doc[span.start - 1].lower_ in {"'s", "’s"}):
            return True  # but "Twitter's San Francisco" (PERSON) before "office": the owner's name ends at its possessive
        if label == "ORG" and ent.end <= span.start and ent[-1].lower_ == "of" \
                and all(doc[k].is_title for k in range(ent.end, span.start)):
            # "the Communist Party of China's agenda": the model's name cut before the possessive; "the Police Service
            # of Northern Ireland": no "Ireland" of its own
            return True
        if label == "ORG" and ent.end + 1 == span.start and doc[ent.end].text == "of" and ent[-1].is_title \
                and has_org_keyword(ent[-1].text, res):
            return True  # "the Popular Front Party of Azerbaijan": the model's name cut before its "of"
    for match, label in zip(doc_index(doc).gazetteer, gazetteer_labels(doc)):
        if label == "ACTOR" and match.start <= span.start and span.end <= match.end and not _described_body(span, match, res):
            return True
    return _name_suffix(span, doc)


def _described_body(span: Span, name: Span, res: Resources) -> bool:
    """True for a place that opens a body described in lowercase words ("the Fuzhou public security bureau", "the
    Istanbul prosecutor's office"): a place before common nouns, as in "Malmö police", not a word of a proper name
    ("the Fuzhou Public Security Bureau", "Hong Kong Watch")."""
    after = name.doc[span.end : name.end]
    return len(after) > 0 and _strip(name, res).start == span.start and all(t.is_lower or t.is_punct or t.lower_ == "'s" for t in after) \
        and any(t.is_alpha for t in after)


def _name_suffix(span: Span, doc: Doc) -> bool:
    """True for a place that ends a body's name right before its verb: a body's branch named by its country ("Amnesty
    International UK called", "Reporters Without Borders Germany condemned"), not "Amnesty International's UK office"."""
    if span.start == 0 or span.end >= len(doc) or doc[span.end].pos_ not in {"VERB", "AUX"} or doc[span.start - 1].is_punct:
        return False
    names = [ent for ent in doc_index(doc).ents if ent.end == span.start and ent.label_ == "ORG"] + [
        match for match in doc_index(doc).gazetteer if match.end == span.start and match.label_ == "ACTOR"]
    # not the body a verb before it speaks to ("he told Reuters Beijing would retaliate": a clause of its own)
    return any(name.start == 0 or doc[name.start - 1].pos_ not in {"VERB", "AUX"} for name in names)


def _no_name(ent: Span, res: Resources) -> bool:
    """True for a span the model calls a name that is a clause or a headline's two parts ("China reaches Uighurs",
    "Thailand: Critics Feared", "Chile Says Death"): no name holds a lowercase verb, a colon or a headline's verb of
    saying."""
    return any(t.text == ":" or (t.pos_ == "VERB" and t.is_lower) or (t.is_title and _headline_verb(t.lower_, res))
               for t in ent) or _town_and_region(ent, res) is not None


TOWN_REGION_WORDS = 3


def _town_and_region(ent: Span, res: Resources) -> int | None:
    """Return the position of the comma of a name the model reads whole that is a town, a comma and the region it is in
    ("from Maidenhead, Berkshire" as an organisation), each a title-case name of up to three words, the region one of
    the region table, a US state or an ISO 3166-2 subdivision, the town one of its country; else None."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1:
        return None
    town, region = doc[ent.start : commas[0]], doc[commas[0] + 1 : ent.end]
    if not (0 < len(town) <= TOWN_REGION_WORDS and 0 < len(region) <= TOWN_REGION_WORDS) \
            or not all(t.text[:1].isupper() for t in (*town, *region) if t.is_alpha):
        return None
    country = region_country(region.text, res) or ("USA" if lookup_us_state(region.text) else None) \
        or (sub[0] if (sub := lookup_subdivision(region.text, prefer=frozenset())) is not None else None)
    if country is None or lookup_town(town.text, prefer=frozenset({country})) is None:
        return None
    return commas[0]


def _in_court_name(span: Span, res: Resources) -> bool:
    """True for a place named inside a court's name: right before its capitalised head ("United States District
    Court") or right after "Court for" or "Court of" ("Court for the District of Columbia"), or its second name there
    ("the Central Criminal Court of England and Wales")."""
    doc = span.doc
    heads = res.actor_words["court_head"]
    if span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_ in heads:
        return True
    i = span.start - 1
    if i >= 1 and doc[i].lower_ == "and" and doc[i - 1].is_title:
        i -= 1
        while i >= 1 and doc[i - 1].is_title and doc[i - 1].lower_ not in heads and span.start - i < 5:
            i -= 1  # back over the first name of the pair, to the word before it
        i -= 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ in {"for", "of"} and doc[i - 1].is_title and doc[i - 1].lower_ in heads


def _strip(span: Span, res: Resources) -> Span:
    """Drop a leading 'the' that is not part of the name (The Netherlands keeps it in its text), and a lowercase word of
    direction before a city's name ("west London")."""
    while len(span) > 1 and (span[0].lower_ == "the" or span[0].lower_ in POSSESSIVE):
        span = span[1:]
    rest = span
    while len(rest) > 1 and ((rest[0].is_lower and rest[0].lower_ in res.compass_words)
                             or (rest[0].text == "-" and rest.start > 0 and _compass_word(rest[0].nbor(-1), res))):
        rest = rest[1:]
    if rest is not span and rest[0].is_title and (city := lookup_city(rest.text)) is not None and city.population >= RESCUE_POPULATION:
        span = rest  # "in west London", "north-west London" (the model's GPE): a part of a city described, the city named
    while len(span) > 1 and (span[-1].is_punct or span[-1].lower_ in POSSESSIVE or (span[-1].is_lower and span[-1].pos_ in TRAILING_POS)):
        span = span[:-1]  # "the Rhine in" (the model's FAC): no name ends with a preposition
    return span


def _compass_part(span: Span, res: Resources) -> list[tuple[Span, str]]:
    """Split "<Compass> <Name> of <city>" the model reads as one place at "of": the city's part named by a point of
    the compass and the city ("the South Shore of Montreal": the South Shore, a region of Montreal's country, and
    Montreal); nothing for a name the tables know whole."""
    if len(span) < 4 or span[0].lower_ not in res.place_words["compass"] or not span[0].is_title or span[1].lower_ == "of":
        return []
    cut = next((t.i for t in span[1:-1] if t.lower_ == "of"), None)
    if cut is None or not span.doc[cut - 1].is_title or _known_place(span.text, res) \
            or normalize_country(span.text, resources=res):
        return []
    city = span.doc[cut + 1 : span.end]
    if not _known_place(city.text, res) or city.text.lower() in res.regions:
        return []
    return [(span.doc[span.start : cut], "PART_REGION"), (city, "GPE")]


def _compass_word(token: Token, res: Resources) -> bool:
    """True for a lowercase word of direction ("north" of "north-west London")."""
    return token.is_lower and token.lower_ in res.compass_words


# Parts of speech of a lowercase word that ends no name the model reads too long ("the Rhine in Duesseldorf").
TRAILING_POS = frozenset({"ADP", "DET", "CCONJ"})


def _among_areas(span: Span, resources: Resources) -> bool:
    """True for a name coordinated with an area of no country ("Europe, America and Asia")."""
    root = span.root
    return any((area := resources.regions.get(conj.text.lower())) is not None and area.country is None and conj.text != root.text
               for conj in root.conjuncts)


def resolve_place(span: Span, *, label: str, prefer: frozenset[str], resources: Resources) -> Place | None:
    """Return what a place-like span names, or None when it names no known place.

    A place of no known country (a site, a small town) gets None as country
    here; :func:`find_places` fills it from the places around it.
    """
    text = span.text.strip()  # the model's place may end in a run of spaces ("Kurdistan Region  Turkey has")
    if text[-1:] in DATELINE_HYPHENS and text[:-1].isupper():
        text = text[:-1]  # "TEHRAN- The network": a dateline's hyphen written against its city
    bare = text[4:] if text.lower().startswith("the ") else text
    words = bare.split()
    if len(words) == 2 and words[0] == "Washington" and words[1].replace(".", "").upper() == "DC":
        bare, words = words[0], words[:1]  # "in Washington D.C.", without its comma: the city
    suffix = place_suffix(words, resources) if len(words) > 1 else None
    # "Zhejiang province" -> "Zhejiang"; a capitalised suffix is part of the name ("Kajiado County")
    core = " ".join(words[:-1]) if suffix and suffix[1] and words[-1].islower() else bare
    region = resources.regions.get(core.lower())
    if region is None and suffix is not None and words[-1][:1].isupper():
        # "Xinjiang Autonomous Region", "Kurdistan Region": the region of the table with its title
        region = next((found for size in (1, 2) if len(words) > size
                       and (found := resources.regions.get(" ".join(words[:-size]).lower())) is not None), None)
    alpha3 = normalize_country(text, resources=resources)
    if region is not None and not (alpha3 and region.country is None and not _among_areas(span, resources)):
        # a name both a country's and a continent's ("America") is the continent only among continents ("in Europe,
        # America and other parts of the world"); elsewhere the country
        return Place(span, region.name, "region", region.country)
    state = lookup_us_state(core)
    if alpha3 and state and _us_context(span, resources):
        return Place(span, state, "region", "USA")
    if alpha3:
        return Place(span, country_name(alpha3, resources=resources) or bare, "country", alpha3)
    if (known := _known_site_in(words, resources)) is not None:
        return Place(span, known.name, "site", known.country)
    if suffix is not None:
        # "Southern District" (of a court), "Eastern Province", "US District Judge", "its North-western province of
        # Xinjiang" (a description of the place named after it): no place named
        if suffix[1] and len(words) == 2 and (words[0].lower() in resources.compass_words or normalize_country(words[0], resources=resources)):
            return None
        subdivision = lookup_subdivision(core, prefer=prefer) if suffix[0] == "region" else None
        if subdivision is not None and prefer and subdivision[0] not in prefer:
            subdivision = None  # not New Zealand's "West Coast" in an American story: the country of the places around
        # "Mecca province", "the Shevchenkivskyi district": a division no table knows by its name alone keeps its word
        name = core if subdivision is not None or words[-1] not in resources.known_only_suffixes else bare
        return Place(span, name, suffix[0], subdivision[0] if subdivision else None)
    city = lookup_city(bare, prefer=prefer)
    if city is not None and (state_of := capitals().get(bare)) in prefer and city.country != state_of:
        # "in San Jose" in a story on Costa Rica: the capital of a country the story names, not a bigger namesake
        city = lookup_city(bare, prefer=frozenset({state_of})) or city
    if city is None and len(words) >= 2 and words[-1] in {"City", "city"}:
        city = lookup_city(" ".join(words[:-1]), prefer=prefer)  # "Toyota City", "in Rawalakot city": the city Toyota
        bare = " ".join(words[:-1]) if city is not None else bare
    if len(words) >= 2 and words[0].lower() in resources.place_words["compass"] and words[0][:1].isupper() and (city is None or city.country not in prefer):
        # "East London": a named part of a city of a country the article names, not a namesake abroad ("west London"
        # is a description, not a name)
        whole = lookup_city(" ".join(words[1:]), prefer=prefer)
        if whole is not None and whole.country in prefer and whole.population >= RESCUE_POPULATION:
            return Place(span, bare, "region", whole.country)
        if label in {"GPE", "LOC"} and (inner := normalize_country(" ".join(words[1:]), resources=resources)):
            return Place(span, bare, "region", inner)  # "Northern Cyprus": a part of the country it names
    if label == "GPE" and (city is None or (city.country not in prefer and city.population < RESCUE_POPULATION)):
        # a town the big-city table lacks, or a namesake of a foreign city: "Amesbury" near Salisbury is English
        city = lookup_town(bare, prefer=prefer) or city
        if city is not None and prefer and city.country not in prefer \
                and city.population < RESCUE_POPULATION and _modifies_noun(span, any_case=True) \
                and resources.units.get(span.root.head.lemma_) != "incident":
            city = None  # "the Hirak movement": a name before a noun, of a small town abroad the article never puts us in;
            # not before an act's noun that names where it happened ("the Salisbury poisoning", "the Solingen attack")
    elif label == "GPE" and city is not None and city.country not in prefer and city.population < BIG_CITY \
            and (town := lookup_town(bare, prefer=prefer)) is not None and _placed_before(span, town.country, resources):
        city = town  # "in San José, Costa Rica, specifically in the San Pedro area": Costa Rica's, not the Philippines' city
    if city is not None and prefer and city.country not in prefer \
            and (subdivision := lookup_subdivision(core, prefer=prefer)) is not None and subdivision[0] in prefer:
        # "of Staines-upon-Thames, Surrey" in a story on London: the county of a country the story names, not
        # Canada's city of that name
        return Place(span, core, "region", subdivision[0])
    # "New York" and "Washington" in news are the cities; smaller namesakes yield to the state.
    state_named = state is not None and (
        (span.end < len(span.doc) and span.doc[span.end].lower_ == "state") or _state_by_context(span, resources))  # "Washington state"
    if city is not None and (state is None or (city.population >= BIG_CITY and not state_named)):
        # a dateline writes the city in capitals ("NEW YORK -"); an abbreviation stays as written ("NYC", not "Nyc")
        spelled = bare.title() if bare.isupper() and lookup_city(bare.title(), prefer=prefer) == city else bare
        if city.name.lower() == f"the {spelled.lower()}":
            spelled = city.name  # "in The Hague": the article is part of the city's name, though not of the span's
        return Place(span, spelled, "city", city.country)
    if state:
        return Place(span, state, "region", "USA")
    if label in {"GPE", "LOC"} and (subdivision := lookup_subdivision(core, prefer=prefer)) is not None \
            and (not prefer or subdivision[0] in prefer):  # not New Zealand's "West Coast" in an American story
        return Place(span, core, "region", subdivision[0])  # "Western Cape", "Khuzestan": a province
    if label in {"FAC", "SITE"}:
        return Place(span, bare, "site", None)
    if label == "LOC" and len(words) == 1 and bare == text and (town := lookup_town(bare, prefer=prefer)) is not None:
        return Place(span, bare, "city", town.country)  # "a checkpoint in Sadakhlo" (LOC): a town of a country the story names
    if label == "LOC" and _region_cue(span, resources):
        return Place(span, bare, "region", None)
    return None


def _placed_before(span: Span, country: str, res: Resources) -> bool:
    """True when the place the model reads last before a name in its sentence is in ``country`` or is it ("San José, Costa
    Rica, specifically in the San Pedro area"): the sentence has put us there."""
    sent = sentence(span)
    before = [ent for ent in doc_index(span.doc).ents if ent.label_ == "GPE" and sent.start <= ent.start and ent.end <= span.start]
    if not before:
        return False
    last = before[-1].text
    city = lookup_city(last)
    return normalize_country(last, resources=res) == country or (city is not None and city.country == country)


def place_suffix(words: list[str], res: Resources) -> tuple[str, bool] | None:
    """Return the kind (and whether it is dropped) the last words of a name tell: its last two words first ("Chitwan
    National Park" a region), else its last ("Lafayette Park" a site)."""
    if len(words) >= 2 and (two := res.place_suffixes.get(f"{words[-2]} {words[-1]}".lower())) is not None:
        return two
    return res.place_suffixes.get(words[-1].lower())


def _region_cue(span: Span, res: Resources) -> bool:
    """True for a name the model reads as a place and the tables do not know that a word of where comes before ("to
    the Strait of Juan de Fuca", "in the Urals") or that holds a word of a kind of place, of open water or of the
    compass ("Lake Aldwell", "the Strait of Hormuz", "Don Valley North"); not a gloss in brackets ("the pen name Qora Mergan (Black Shooter)")."""
    doc = span.doc
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in res.cues:
        return False  # "East Japan Railway said": a body speaking, named after its area, no area
    k = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    if k > 0 and doc[k - 1].lower_ in PLACE_CUES | AREA_PREPS:
        return True
    return any(t.lower_ in res.compass_words or t.lower_ in res.place_suffixes or t.lower_ in res.feature_words["first"]
               or t.lower_ in res.open_waters for t in span)


def _state_by_context(span: Span, res: Resources) -> bool:
    """True for a US state's name shared with a big city ("New York", "Washington") named in a list of states ("in New
    Jersey, New York and California"), after a party ("D-New York") or as a part of it ("southern Washington"), not in a
    list of cities ("Paris, New York and London")."""
    doc = span.doc
    if span.start >= 2 and _party_state(doc, span.start) == span.end:
        return True  # "D-New York": the state a legislator represents
    if span.start >= 1 and doc[span.start - 1].lower_ in res.state_parts and doc[span.start - 1].is_lower:
        return True  # "in southern Washington", "upstate New York": a part of the state
    if span.end + 1 < len(doc) and doc[span.end].lower_ in LIST_WORDS and _state_at(doc, span.end + 1, forward=True):
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ in LIST_WORDS and _state_at(doc, span.start - 1, forward=False)


LIST_WORDS = {",", "and", "or"}


def _state_at(doc: Doc, i: int, *, forward: bool) -> bool:
    """True when a US state's name of one to three words starts at ``i`` (``forward``) or ends right before it."""
    for size in (3, 2, 1):
        words = doc[i : i + size] if forward else doc[max(0, i - size) : i]
        if len(words) == size and words[0].text[:1].isupper() and lookup_us_state(words.text) \
                and lookup_city(words.text) is None:
            return True
    return False


def _known_site_in(words: list[str], res: Resources) -> RegionEntry | None:
    """Return the known site a longer name of a site of its kind is ("Suvarnabhumi International Airport" is
    Suvarnabhumi Airport, "Heathrow Terminal" is not), or the known site the whole name is in another case ("Genghis Khan
    airport"), else None."""
    if len(words) < 2:
        return None
    whole = res.sites.get(" ".join(words).lower())
    if whole is not None:
        return whole
    for size in (2, 1):
        site = res.sites.get(" ".join(words[:size]).lower()) if size < len(words) else None
        if site is not None and site.name.split()[-1].lower() == words[-1].lower():
            return site
    return None


def _us_context(span: Span, res: Resources) -> bool:
    sent = sentence(span)
    return any(tok.lower_ in res.place_words["us_context"] for tok in sent if not (span.start <= tok.i < span.end)) or (
        span.end < len(span.doc) and span.doc[span.end].text == ","
        and span.end + 1 < len(span.doc) and span.doc[span.end + 1].lower_ in {"u.s.", "us", "usa"}
    )


def place_candidates(doc: Doc, res: Resources) -> list[tuple[Span, str]]:
    """Return place-like spans with their source label, longest first at each position, no overlaps."""
    found: list[tuple[Span, str]] = []
    actor_words = {i for match, label in zip(doc_index(doc).gazetteer, gazetteer_labels(doc)) if label == "ACTOR" for i in range(match.start, match.end)}
    for ent, label in zip(doc_index(doc).ents, ent_labels(doc)):
        if label in PLACE_LABELS and ent.start > 0 and doc[ent.start - 1].is_title and doc[ent.start - 1].lower_ in res.place_words["compass"] \
                and normalize_country(ent.text, resources=res):
            ent = Span(doc, ent.start - 1, ent.end, label=label)  # "to Kisumu, Western Kenya": the model's country without its part's word
        if label in RESCUE_LABELS and ent.start > 0 and doc[ent.start - 1].lower_ in PLACE_CUES \
                and (joined := _hyphenated_city(ent)) is not None:
            found.append((joined, "GPE"))  # "from Stoke-on-Trent" (the model reads "Stoke" alone, as NORP)
        if label in RESCUE_LABELS and (comma := _town_and_region(ent, res)) is not None:
            found.extend(((doc[ent.start : comma], "GPE"), (doc[comma + 1 : ent.end], "GPE")))
            continue  # "of Maidenhead, Berkshire" (ORG): the town and the region it is in
        stripped = _strip(ent, res)
        if _street_name(stripped, res) and not any(i in actor_words for i in range(ent.start, ent.end)):
            found.append((stripped, "SITE"))  # "on Calle Núñez de Balboa" (PERSON), "the Place des Nations" (ORG)
        elif label == "FAC" and len(ent) == 1 and ent[0].tag_ == "JJ" and ent[0].dep_ == "amod":
            continue  # "a three-time Olympic medalist": an adjective the model reads as a building, no place
        elif label in PLACE_LABELS:
            place = _before_comma(_before_clause(stripped), res)
            if part := _compass_part(place, res):
                found.extend(part)
            else:
                found.append((place, label))
        elif label in {"PERSON", "ORG"} and _site_head_after(ent, res):
            found.append((ent, "PERSON"))  # "Charles de Gaulle airport": a site named after a person
        elif label in RESCUE_LABELS and len(ent) <= 2 and ent.start > 0 and (doc[ent.start - 1].lower_ in PLACE_CUES or doc[ent.start - 1].lower_ in res.place_words["capital_cue"]) \
                and (_known_place(ent.text, res) or _home_town(ent, res)) \
                and not (label == "PERSON" and len(ent) == 1 and is_given_name(ent.text, res) and not _big_city(ent.text, res)):
            found.append((ent, "GPE"))  # "in Linz" (NORP), "Rabat or Casablanca" (PERSON), "the capital Grozny" (PERSON);
            # not "his father, Hassan"
        elif label in RESCUE_LABELS and len(ent) <= 2 and ent.root.dep_ == "dobj" and used_as_place(ent.root, res) \
                and _known_place(ent.text, res) and not any(i in actor_words for i in range(ent.start, ent.end)):
            found.append((ent, "GPE"))  # "He reached Kolkata" (PERSON), "left Almaty in 2019" (ORG): a verb's place
        elif label in {"PERSON", "ORG"} and len(ent) <= 2 and ent.root.dep_ == "nsubj" and ent.root.head.pos_ == "VERB" \
                and _big_city(ent.text, res) and not is_given_name(ent[0].text, res) and ent.text not in _person_words(doc) \
                and not any(i in actor_words for i in range(ent.start, ent.end)):
            found.append((ent, "GPE"))  # "Astana denied the accusations" (PERSON): a big city that acts is its government
        elif label in RESCUE_LABELS and len(ent) <= 2 and ent.end + 1 < len(doc) and doc[ent.end].text == "-" \
                and not doc[ent.end - 1].whitespace_ and doc[ent.end + 1].lower_ in res.place_words["hyphen_origin"] \
                and _known_place(ent.text, res) and not any(i in actor_words for i in range(ent.start, ent.end)):
            found.append((ent, "GPE"))  # "the Almaty-based activist" (ORG): the city someone is based in
        elif label in {"ORG", "PERSON"} and ent.end < len(doc) and doc[ent.end].is_lower \
                and (doc[ent.end].lower_ in res.place_words["local_body"] or doc[ent.end].lower_ in res.place_words["townsfolk"]) \
                and len(town := _after_possessive(ent)) <= 2 and (_known_place(town.text, res) or (
                    _town_of_named(town, res) and not any(t.text in _person_words(doc) for t in town))):
            found.append((town, "GPE"))  # "Malmö police said", "the Almaty court" (ORG), "Twitter's San Francisco office"
            # (PERSON): the city's own body, people or a body's post there
        elif label in THING_LABELS and len(ent) == 1 and _big_city(ent.text, res):
            found.append((ent, "GPE"))  # "a Leeds student" (PRODUCT): a big city by its own name is no product
        elif label in RESCUE_LABELS and len(ent) <= 2 and ent.end < len(doc) and doc[ent.end].lower_ == "in" \
                and _town_of_country_after(ent, res):
            found.append((ent, "GPE"))  # "who left Cyangugu in Rwanda" (PERSON): a town of the country named after it
    for match, label in zip(doc_index(doc).gazetteer, gazetteer_labels(doc)):
        if label == "CAPITAL" and _sentence_start_only(doc, match.start, match.end) and doc[match.start].pos_ == "ADJ":
            continue  # "Male private security guards came running": a word that opens its sentence, not Malé
        if label in {"COUNTRY", "REGION", "CAPITAL"} and any(ch.isupper() for ch in match.text):
            # "the Gulf" as the model's "the Gulf of Aden" begins: the name without its article, so the longer name wins
            if label == "CAPITAL" and match.end < len(doc) and doc[match.end].text == "city":
                match = doc[match.start : match.end + 1]  # "in Djibouti city": the capital, not the country of its name
                label = match.label_  # (a slice of the Doc carries no label)
            found.append((_strip(match, res) if label == "REGION" else match, label))
        elif label == "SITE" and match[0].text[:1].isupper() and not _site_as_modifier(match, res):
            found.append((match, "KNOWN_SITE"))  # "from Heathrow", "critics of the Kremlin"
    found.extend(_untagged_places(doc, res))
    found.extend(_local_body_places(doc, res))
    found.extend(_named_sites(doc, res))
    found.extend(_feature_places(doc, res))
    found.extend(_court_sites(doc, res))
    found.extend(_judicial_districts(doc, res))
    found.extend(_division_places(doc, res))
    found.extend(_described_places(doc, res))
    found.extend(_dateline_places(doc, res))
    found.extend(_province_codes(doc, res))
    found.extend(_possessed_places(doc, res, found))
    found.extend((doc[i : i + 1], "QUARTER") for i in positions(doc, res.quarters, attr="ORTH"))  # "the city's Chinatown"
    found = [(joined, "GPE") if (joined := _hyphenated_city(span)) is not None else (span, label) for span, label in found]
    person_words = _person_words(doc)
    people = {i for span in given_name_people(doc, res) for i in range(span.start, span.end)}
    # a given name inside a town's name the model reads whole as a place ("Sharm El Sheikh"): no person's
    within = {span.start for span in given_name_people(doc, res)}
    parts = [span for span, label in found if label.startswith("PART_")]
    found = [(span, label) for span, label in found if label in RULE_LABELS or not any(
        span.start < part.start <= span.end - 1 and part.start - 1 >= span.start for part in parts)]
    # at one position the longest first; on a tie a rule's reading before the model's ("the province of Adana")
    found.sort(key=lambda item: (item[0].start, -len(item[0]), item[1] not in RULE_LABELS))
    chosen: list[tuple[Span, str]] = []
    taken: set[int] = set()
    for span, label in found:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if label in {"GPE", "FAC", "PERSON", "PART_REGION"} and _plural_site_conjunct(span, res):
            label = "SITES_OF"  # "Haneda and Narita airports": each name is one of the sites, not a town
        # "Kharkiv region", "Kampong Thom province": a division word after the name tells its kind
        elif label in {"GPE", "LOC"} and span.end < len(doc) and _division_use(doc, span.end, res) in {"after", "both"} \
                and not (doc[span.end].is_lower and _one_of_many(doc, span.start)) \
                and _part_after_city(doc, span.start, span.end, res) is None:  # "the Istanbul district of Fatih"
            span = doc[span.start : span.end + 1]
        elif label in {"GPE", "LOC", "FAC", "PERSON"} and _site_head_after(span, res) and (
            (lookup_city(span.text) is None and span.text.lower() not in res.regions)
            or (span.start > 0 and doc[span.start - 1].lower_ == "the")
            or doc[span.end].lower_ in res.place_words["city_site"]
        ):  # "the Minsk airport", "at Prague airport" are the site; a city before other site nouns stays the place named
            span, label = doc[span.start : span.end + 1], "SITE"  # "the Minsk airport", "Evin prison": the site, not the city
        elif label == "PERSON" and _site_head_after(span, res) and _known_place(span.text, res):
            label = "GPE"  # "at Almaty prison" (ORG): the city named, as where the model tags it a place
        if label == "PERSON" or _no_place_word(span, label, res) or _longer_hyphenated_name(span, res):
            continue
        if label in {"COUNTRY", "GPE"} and span.text.isupper() and _opens_state_body(span, res):
            chosen.append((span, MODIFIER))  # "the U.S. State Department": the country, as in "U.S. officials"
            taken.update(range(span.start, span.end))
            continue
        if label not in RULE_LABELS:
            if (_inside_name(span, doc, res) and not (label == "REGION" and _area_as_place(span, res))) \
                    or (label != "GPE" and _is_person(span, doc, res if label in {"COUNTRY", "REGION"} else None)) \
                    or (any(i in people for i in range(span.start, span.end)) and not (len(span) > 1 and _big_city(span.text, res))
                        and not _town_around_name(span, label, within)):
                continue  # but "Ho Chi Minh City" is a big city by its own name, though "Minh City" reads as a person's
            if label in {"GPE", "LOC", "FAC"} and span.text in person_words and not _big_city(span.text, res):
                continue  # "Burgess", "Rivera": a person's name the model also read as a place (not "Leeds" of "Leeds Central")
            if _in_court_name(span, res):
                continue  # "United States District Court for the District of Columbia": the court's name
            if _titled_person(span, res):
                continue  # "a phone call between Presidents Tebboune and Macron": people, no place
            if _before_name_word(span, res):
                continue  # "Oklahoma City Thunder center": a team's name, no place named
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ \
                    and doc[span.end + 1].lower_ in res.place_words["manner_suffix"]:
                continue  # "Hollywood-style scenarios", "a Berlin-like wall": a manner, no place named ("Paris-based" is)
        if label in {"COUNTRY", "GPE"} and span.text.isupper() and (_modifies_noun(span) or _before_title(span, res)):
            if _modifies_noun(span) and not _before_title(span, res) and not _before_post(span, res):
                chosen.append((span, MODIFIER))  # "U.S. officials", "UK police": the country, a row of its own only
            continue  # "US President Donald Trump", "the US ambassador", "US dollars": a post or a currency, no place
        if span[-1].lower_ in res.diplomatic_posts or (len(span) > 1 and f"{span[-2].lower_} {span[-1].lower_}" in res.diplomatic_posts):
            continue  # "the Turkish Embassy", "the Sri Lanka High Commission": a site in its host country when used as a place (diplomatic_sites)
        if label == "FAC" and not _site_like(span, res) and lookup_city(span.text) is None \
                and span.text.lower() not in res.regions and not normalize_country(span.text, resources=res):
            continue  # "Eritrean Diaspora", "Kingdom Came": a name the model calls a facility, named as no place
        if _title_of(span, res) or _postnominal(span, res):
            continue  # "Prince of Wales": a title, no place; "Abubakar Malami, SAN": letters after a name
        if _in_title(span, res) or (label in {"REGION", "LOC"} and span[-1].lower_.endswith("ern") and _modifies_noun(span, any_case=True)):
            continue  # "Asia director"; "Middle Eastern countries": an adjective (but "an Arctic penal colony", "Gulf states" are places)
        chosen.append((span, label))
        taken.update(range(span.start, span.end))
    return chosen


def _postnominal(span: Span, res: Resources) -> bool:
    """True for letters after a person's name, with or without a comma ("Abubakar Malami, SAN", "Jane Doe QC"): a
    rank, no place (postnominals.txt; SAN is also a town in Mali)."""
    if len(span) != 1 or span.text not in res.postnominals or span.start == 0:
        return False
    before = span.start - 1 if span.doc[span.start - 1].text != "," else span.start - 2
    return before >= 0 and span.doc[before].ent_type_ == "PERSON"


def _opens_state_body(span: Span, res: Resources) -> bool:
    """True for a country's abbreviation that opens the name of a government body of that country ("the U.S. State
    Department", "a U.S. Justice Department filing"): the country named as a modifier, not a word of another name."""
    code = normalize_country(span.text, resources=res)
    if code is None:
        return False
    doc = span.doc
    for match, label in zip(doc_index(doc).gazetteer, gazetteer_labels(doc)):
        if label != "ACTOR" or match.end <= span.end or match.start not in {span.start, span.end}:
            continue
        entry = res.actors.get((doc[span.end : match.end] if match.start == span.start else match).text.lower()) \
            or res.actors.get(match.text.lower())
        if entry is not None and entry.type == "government" and entry.country == code:
            return True
    return False


def _town_around_name(span: Span, label: str, starts: set[int]) -> bool:
    """True for the model's place whose whole name the city table knows and whose given-name person begins inside it,
    not at its first word ("Sharm El Sheikh", of "El Sheikh"): a town's name, not a person's ("Agnes Callamard")."""
    return label in {"GPE", "LOC"} and span.start not in starts \
        and any(span.start < i < span.end for i in starts) and lookup_city(span.text) is not None


def _after_possessive(ent: Span) -> Span:
    """Return the words of an entity after its last possessive ("San Francisco" of "Twitter's San Francisco"), else it."""
    ends = [t.i + 1 for t in ent if t.lower_ in {"'s", "’s"}]
    return ent.doc[ends[-1] : ent.end] if ends and ends[-1] < ent.end else ent


def _plural_site_noun(span: Span, res: Resources) -> str | None:
    """Return the site noun of "<Name> and <Name> airports" for either name ("airport"), else None: a plural site noun
    after names joined by "and" or "or", a list by commas too ("Belmarsh, Frankland and Manchester prisons"), makes
    each a site of that kind."""
    doc = span.doc
    i = span.end
    joined = span.start >= 2 and doc[span.start - 1].lower_ in {"and", "or"} and doc[span.start - 2].text[:1].isupper()
    while i + 1 < len(doc) and doc[i].lower_ in {",", "and", "or"}:  # a name before the last: the noun follows the last
        k = i + 1 if doc[i].text != "," or doc[i + 1].lower_ not in {"and", "or"} else i + 2
        if k >= len(doc) or not doc[k].text[:1].isupper():
            return None
        joined = joined or k > i + 1 or doc[i].text != ","
        i = _name_run(doc, k, res)
    if not joined:
        return None
    compound = ""
    if i + 1 < len(doc) and doc[i].is_lower and doc[i].tag_ == "NN" and doc[i].dep_ == "compound" and doc[i + 1].tag_ == "NNS":
        compound, i = f"{doc[i].lower_} ", i + 1  # "Islamabad's Ramna and Aabpara police stations": "police station"
    if i >= len(doc) or not doc[i].is_lower or doc[i].tag_ != "NNS":
        return None
    noun = doc[i].lemma_.lower()
    suffix = res.place_suffixes.get(noun)
    return compound + noun if suffix is not None and suffix[0] == "site" and noun not in res.diplomatic_posts else None


def _plural_site_conjunct(span: Span, res: Resources) -> bool:
    """True for a town's or a site's name of "Haneda and Narita airports", not an area's or a country's ("East Coast and
    Gulf Coast ports", "Chinese and Russian airports" are the sites of the places named, of no name of their own)."""
    return _plural_site_noun(span, res) is not None and span.text.lower() not in res.regions \
        and not normalize_country(span.text, resources=res) and span.text.lower() not in res.demonyms


def _hyphenated_city(ent: Span) -> Span | None:
    """Return the name joined by hyphens that a place or a name holds a word of ("from Stoke-on-Trent", "in
    Aix-en-Provence", "in Mazar-i-Sharif"), when the city table knows the whole name as a city's own, a longer form of
    it ("from Staines-upon-Thames") or another name of a city of 100,000 people or more; else None."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
            and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha:
        end += 2
    if (start, end) == (ent.start, ent.end):
        return None
    span = doc[start:end]
    city = lookup_city(span.text)  # or another name of a big city ("Mazar-i-Sharif" is Mazār-e Sharīf)
    return span if city is not None and (unaccented(span.text).startswith(unaccented(city.name))
                                         or city.population >= RESCUE_POPULATION) else None


def _longer_hyphenated_name(span: Span, res: Resources) -> bool:
    """True for a name joined by hyphens and a lowercase particle to more of a name ("Kingston-upon-Thames",
    "Chapel-le-Dale") that the city table does not know as a whole (_hyphenated_city): the first word of a longer town's
    name, not the place it names alone (Kingston, Jamaica)."""
    doc, end = span.doc, span.end
    return end + 2 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
        and doc[end + 1].lower_ in res.place_words["name_particle"] and doc[end + 1].is_lower \
        and doc[end + 2].text == "-" and not doc[end + 1].whitespace_ and not doc[end + 2].whitespace_


def _street_name(span: Span, res: Resources) -> bool:
    """True for a name that begins with the word for a street or square in a language that puts it first ("Calle
    Núñez de Balboa", "Via Paolo Sarpi", "Place des Nations"), followed by a name."""
    return len(span) > 1 and span[0].text in res.street_prefixes and span.root.dep_ not in {"nsubj", "nsubjpass"} \
        and (span[1].text[:1].isupper() or span[1].is_lower and len(span) > 2)  # not "Via Rail cancelled trains"


# Labels of a capitalised word after a place that is a name of its own, not a word of the place's name.
OWN_NAME_LABELS = {"DATE", "TIME", "GPE", "LOC", "FAC", "PERSON", "NORP", "CARDINAL", "ORDINAL"}


def _before_name_word(span: Span, res: Resources) -> bool:
    """True for a place that is the first words of a longer name the model cut ("Oklahoma City Thunder center",
    "Manchester United"): a capitalised proper noun follows that the place's words modify, and it is no kind of place,
    date, person or title ("in London Monday", "Kyiv Oblast", "US President")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in res.place_words["agreement"] and span.root.head.i == span.end \
            and span.root.dep_ in {"compound", "nmod", "amod"} and not normalize_country(span.text, resources=res):
        return True  # "the Vienna convention", "the Minsk agreements": a treaty named after the town where it was made
        # (not "the UK-Rwanda agreement", whose countries are its parties)
    if span.end >= len(doc) or span.root.dep_ != "compound" or span.root.head.i < span.end:
        return False
    nxt = doc[span.end]
    return nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and nxt.ent_type_ not in OWN_NAME_LABELS \
        and nxt.lower_ not in res.place_suffixes and nxt.lower_ not in res.division_words \
        and not _before_title(span, res) and nxt.text not in res.person_titles and not _headline_verb(nxt.lower_, res)


def _headline_verb(word: str, res: Resources) -> bool:
    """True for a verb of saying in the third person that a headline in title case capitalises ("Chile Says",
    "China Denies", "Canada Condemns"): the place before it is the headline's subject, no word of a name."""
    if not word.endswith("s"):
        return False
    stems = {word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""}
    return any(stem in res.cues for stem in stems if stem)


def _no_place_word(span: Span, label: str, res: Resources) -> bool:
    """True for a word the model reads as a place that names none: a people ("abuses against Uyghurs in Xinjiang"),
    a point of the compass alone ("families still in the North"), a state's title alone ("the outlet Republic")."""
    text = span.text.lower()
    if label != "COUNTRY" and (text in res.demonyms or (text in res.peoples and not _before_division(span, res))):
        return True  # but "the Amhara region": a people's name before a division word is the region named after it
    return len(span) == 1 and (text in res.place_words["compass"] or text in res.place_words["state_title"])


def _before_division(span: Span, res: Resources) -> bool:
    """True for a name right before a lowercase division word that follows names ("the Amhara region")."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and _division_use(doc, span.end, res) in {"after", "both"}


def _division_use(doc: Doc, i: int, res: Resources) -> str:
    """Return how the division word at ``i`` names its place ("after", "of", "both"; "" for no division word): a word of
    use "part" follows the name only with the town it is part of after "of" ("the Kileleshwa area of Nairobi"), since
    alone it names an area around a place ("the Nairobi area"), no place of its own."""
    use = res.division_words.get(doc[i].lower_, ("", ""))[1]
    if use != "part":
        return use
    return "after" if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].text[:1].isupper() else ""


def _before_clause(span: Span) -> Span:
    """Return a place the model ran on into the next clause ("at Wembley as City beat ...") cut before the lowercase
    conjunction that opens it: no place's name holds one."""
    cut = next((t.i for t in span[1:] if t.pos_ == "SCONJ" and t.is_lower), None)
    return span.doc[span.start : cut] if cut is not None else span


def _before_comma(span: Span, res: Resources) -> Span:
    """Return the town of "Washington, DC", "Austin, Texas" read as one entity: the part before the comma, when the
    part after it is a country, a US state or the District (named on its own as a place if it is one)."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or comma == span.start or comma + 1 >= span.end:
        return span
    after = span.doc[comma + 1 : span.end].text.strip(" .")
    if normalize_country(after, resources=res) or lookup_us_state(after) or after.replace(".", "").upper() == "DC":
        return span.doc[span.start : comma]
    return span


def _person_words(doc: Doc) -> set[str]:
    """Return the words of the people the model names in full ("Aly" of "Aly Hussin Mahdy"), and of people it
    reads as bodies where their age follows ("Carlisle Rivera, 49, of Brooklyn": "Rivera" later is him)."""
    return cached(doc, "place-person-words", lambda: {
        t.text for ent in doc_index(doc).ents if len(ent) > 1 and (ent.label_ == "PERSON" or _aged(ent)) for t in ent})


def _aged(ent: Span) -> bool:
    """True for a name of two or three capitalised words followed by an age between commas ("Carlisle Rivera, 49,")."""
    doc = ent.doc
    return ent.label_ == "ORG" and len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent) \
        and ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].like_num and doc[ent.end + 2].text == ","


def _big_city(text: str, res: Resources) -> bool:
    """True for the own name of a city of half a million people or more that is no nationality or people."""
    if text.lower() in res.demonyms or text.lower() in res.peoples:
        return False
    city = lookup_city(text)
    return city is not None and city.population >= BIG_CITY and city.name == text


def _city_area(text: str, res: Resources) -> bool:
    """True for a name before a word for a part of a town that is a big city's ("the Montreal neighbourhood"), not a
    district's the tables know as a town or a region ("the Zeytinburnu neighbourhood", "the Kreuzberg neighbourhood")."""
    city = lookup_city(text)
    return city is not None and city.population >= BIG_CITY and text.lower() not in res.regions


def _known_place(text: str, res: Resources) -> bool:
    """True for a name that is a city of 100,000 people or more or a region of the region table."""
    if text.lower() in res.demonyms:
        return False  # "and Thai lawmakers": a nationality, though a town is called so
    city = lookup_city(text)
    return (city is not None and city.population >= RESCUE_POPULATION) or text.lower() in res.regions


def _name_word(doc: Doc, i: int, res: Resources) -> bool:
    """True for a word of a place's proper name: capitalised, or the "al" and hyphens of "al-Hai al-Sabea"."""
    token = doc[i]
    if token.text[:1].isupper() and (token.is_alpha or "-" in token.text or _apostrophe_inside(token.text)
                                     or (token.text in res.place_words["saint"] and i + 1 < len(doc) and doc[i + 1].is_title)):
        return True  # "St. Georg": a saint's abbreviation before a name is a word of it
    joined = i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_
    return (token.text == "-" and not token.whitespace_) or (token.lower_ in res.place_words["name_article"] and joined)


def _apostrophe_inside(word: str) -> bool:
    """True for a word of letters with an apostrophe inside it, as names transliterated from Arabic write a glottal stop
    ("Ha'ir", "Ma'rib")."""
    inner = word[1:-1]
    return ("'" in inner or "\u2019" in inner) and word.replace("'", "").replace("\u2019", "").isalpha()


NAME_WORDS = 6


def _name_run(doc: Doc, start: int, res: Resources) -> int:
    """Return the end of the run of name words from ``start`` ("Pathum Thani", "al-Hai al-Sabea")."""
    end = start
    while end < len(doc) and end - start < NAME_WORDS and _name_word(doc, end, res):
        end += 1
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1
    return end


def _name_run_before(doc: Doc, end: int, res: Resources) -> int:
    """Return the start of the run of name words that ends at ``end``."""
    start = end
    while start > 0 and end - start < NAME_WORDS and (
            (_name_word(doc, start - 1, res) and doc[start - 1].tag_ != "POS") or _saint_possessive(doc, start - 1, res)):
        start -= 1
    while start < end and (doc[start].is_stop or doc[start].pos_ == "DET" or not (
            doc[start].text[:1].isupper() or doc[start].lower_ in res.place_words["name_article"])):
        start += 1  # "The Moscow region": the article is no part of the name
    while start < end and (doc[start].lower_ in res.demonyms or doc[start].pos_ == "ADJ"):
        start += 1  # "the Russian North Caucasus region", "European territory": a nationality is no name
    return start


def _saint_possessive(doc: Doc, i: int, res: Resources) -> bool:
    """True for the "'s" of a saint's name inside a site's name ("St Peter's Square", "St Paul's Cathedral"): a
    saint owns no place, so the name goes on before it."""
    return i >= 2 and doc[i].tag_ == "POS" and doc[i - 1].is_title and doc[i - 2].text in res.place_words["saint"]


def _untagged_places(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield names the model tagged as nothing after a word that introduces a place ("in Almere"), when they are
    known cities of 100,000 people or more or regions of the region table."""
    # a place cue or a party's hyphen just before: the only words either rule can fire on
    after = {p + 1 for p in positions(doc, PLACE_CUES)} | {p + 1 for p in positions(doc, PARTY_HYPHEN, attr="ORTH")}
    for token in (doc[i] for i in sorted(after) if i < len(doc)):
        if token.i >= 2 and _party_state(doc, token.i):
            yield doc[token.i : _party_state(doc, token.i)], "GPE"  # "Sen. Ben Sasse, R-Nebraska,": his state
            continue
        if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title or doc[token.i - 1].lower_ not in PLACE_CUES:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 3 and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        span = doc[token.i : end]
        if _known_place(span.text, res) or _home_town(span, res):
            yield span, "GPE"


# Words before a name that say it is where someone goes, comes from or is ("to Carlisle", "from Maidenhead").
TOWN_CUES = {"in", "from", "to", "near", "outside", "at"}


def _home_town(span: Span, res: Resources) -> bool:
    """True for a town of the city table (15,000 people or more) or a subdivision of a country the article names, after a
    word of where ("from Staines", "to Carlisle" in a story on Britain, "from Maharashtra" in one on India) or after the
    "of" of a person's home town ("Yuen, 63, of Hackney"); not after
    "and" or a comma, where a surname may stand, nor a word of a person the story names in full."""
    doc = span.doc
    home = span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text == ","  # "Yuen, 63, of Hackney"
    if span.start == 0 or not (doc[span.start - 1].lower_ in TOWN_CUES or home) or span.text.lower() in res.demonyms \
            or any(t.text in _person_words(doc) for t in span) \
            or (span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_):
        return False  # "from Staines-upon-Thames": a longer name than the town's
    return _town_of_named(span, res)


def _town_of_named(span: Span, res: Resources) -> bool:
    """True for a town of the city table (15,000 people or more) or a subdivision of a country the article names."""
    named = _gazetteer_countries(span.doc, res)
    city = lookup_city(span.text, prefer=named)
    if city is not None and city.country in named and city.name == span.text:
        return True
    # "from Maharashtra" (ORG), "in Uttar Pradesh" (PERSON) in a story on India, "from Hackney" (ORG) in one on
    # Britain: a province, county or borough of a country it names
    subdivision = lookup_subdivision(span.text, prefer=named)
    return subdivision is not None and subdivision[0] in named


def _local_body_places(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield a name the model tagged as nothing right before a town's own body or people ("arrested by Meghalaya police",
    "hundreds of Dandenong residents"), when it is a known place or a town or subdivision of a country the article names."""
    for words in (res.place_words["local_body"], res.place_words["townsfolk"]):
        for i in positions(doc, words):
            if i == 0 or doc[i - 1].ent_type_ or doc[i - 1].pos_ not in {"PROPN", "ADJ"} or not doc[i - 1].is_title \
                    or doc[i - 1].lower_ in res.demonyms:  # "Dandenong residents" (ADJ), not "Chinese residents"
                continue
            start = i - 1 if doc[i - 1].pos_ == "ADJ" else _name_run_before(doc, i, res)
            if start == i or i - start > 2:
                continue
            town = doc[start:i]
            if any(t.ent_type_ for t in town) or any(t.text in _person_words(doc) for t in town):
                continue
            if _known_place(town.text, res) or _town_of_named(town, res):
                yield town, "GPE"


def _gazetteer_countries(doc: Doc, res: Resources) -> frozenset[str]:
    """Return the countries the gazetteer finds named in the article, themselves, by their capital or a region."""
    def compute() -> frozenset[str]:
        codes = set()
        for match in doc_index(doc).gazetteer:
            if match.label_ in {"COUNTRY", "CAPITAL"} and match.id_:
                codes.add(match.id_)
            elif match.label_ == "REGION" and (code := region_country(match.text, res)):
                codes.add(code)
        return frozenset(codes)
    return cached(doc, f"gazetteer-countries:{id(res)}", compute)


# A US legislator's party before the state they represent ("R-Nebraska", "D-New York").
PARTY_LETTERS = {"R", "D", "I"}
PARTY_HYPHEN = frozenset({"-"})


def _party_state(doc: Doc, i: int) -> int:
    """Return the end of the US state named at ``i`` after a party letter and a hyphen ("R-Nebraska"), else 0."""
    if doc[i - 1].text != "-" or doc[i - 2].text not in PARTY_LETTERS or doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
        return 0
    return next((i + size for size in (2, 1) if i + size <= len(doc) and all(t.is_title for t in doc[i : i + size])
                 and lookup_us_state(doc[i : i + size].text)), 0)


def _site_as_modifier(span: Span, res: Resources) -> bool:
    """True for a known site's name that only describes the noun after it: "the Kremlin spokesman", "Wembley-bound";
    not before the site noun of its own kind ("Haneda and Narita airports"), nor before a noun of its opponents, whose
    object it is ("Kremlin critic Alexei Navalny", as "critics of the Kremlin"), nor before a hyphen and a participle
    whose agent it is ("Kremlin-backed", as "backed by the Kremlin"), nor in the possessive, a noun that owns ("the
    Kremlin's onslaught", as "the onslaught of the Kremlin")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.is_lower and nxt.lower_ in res.place_words["opponent"]:
        return False
    if nxt.tag_ == "POS" or nxt.lower_ in POSSESSIVE:
        return False
    if nxt.text == "-" and not doc[span.end - 1].whitespace_:
        return not (span.end + 1 < len(doc) and doc[span.end + 1].lower_ in res.place_words["agent"])
    head = span.root.head
    if span.root.dep_ in {"compound", "amod", "nmod"} and head.i >= span.end:
        return res.place_suffixes.get(head.lemma_.lower(), ("", False))[0] != "site"
    return False


def _named_sites(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield named buildings and streets the model misses or reads as bodies, where they are used as places: a name
    whose last word is a kind of site ("outside the Guru Nanak Sikh Gurdwara", "at Rabaa al-Adawiya Square",
    "cordoned off the Miracle Transit Hotel"), not "the Carter Center said", nor "students from al-Azhar University"."""
    for token in (doc[i] for i in positions(doc, res.place_suffixes) if i >= 1):
        suffix = res.place_suffixes.get(token.lower_)
        if suffix is None or suffix[0] != "site" or token.lower_ in res.diplomatic_posts:
            continue
        end = token.i + 1
        if token.is_title:
            start = _name_run_before(doc, token.i, res)
            end = _of_name_end(doc, token.i)  # "the Palace of Justice", "the Port of New York and New Jersey"
        elif token.is_lower and (token.lower_ in res.place_words["detention_site"] or token.lower_ in res.place_words["named_alone"]):
            start = _named_before_kind(doc, token.i, res)
        else:
            continue
        if start == token.i and end == token.i + 1:
            continue
        span = doc[start:end]
        visited = _visited_site(span, res, token.lower_ in res.place_words["affiliation"])
        if not (used_as_place(span.root, res) or (span.root.dep_ == "pobj" and span.root.head.lower_ in SITE_PREPS)
                or (span.root.dep_ == "pobj" and res.place_use.get(span.root.head.lower_) == "path"
                    and (token.lower_ not in res.place_words["institution"] or visited))):  # "the route to St Peter's Square"
            continue
        if token.lower_ in res.place_words["institution"] and not visited \
                and any(t.ent_type_ in {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW"} for t in span):
            continue
        yield span, "SITE"


def _visited_site(span: Span, res: Resources, affiliation: bool = False) -> bool:
    """True when an institution's name is where a verb puts someone or something: the object of a locative or path
    preposition hung on a verb (for a path preposition a verb of motion, place_use.tsv kind=motion: "held at the Metropolitan Detention Center", "went to the Charite Hospital",
    "located in Whitchurch Community Hospital"), not on a noun ("students from al-Azhar University", "a professor at
    the University of X") nor a subject ("the Carter Center said"), nor whom one writes to or a source ("according to the Belgrade Centre").
    Also, for one an ``affiliation`` too (a university, where a verb may put one who studies or teaches), where only a
    place is meant: a side of it ("outside the entrance of the University of Sydney"), a preposition of nearness
    ("near the Berklee campus"), or an event held at it (place_use.tsv kind=gathering: "a rally at the University of
    Queensland")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj" and res.place_use.get(prep.head.lower_) == "side":
            return True
        if prep.lower_ in res.place_words["near_prep"] or (res.place_use.get(prep.lower_) == "prep"
                                         and res.place_use.get(prep.head.lower_) == "gathering"):
            return True
    if affiliation:
        return False
    verb = root.head.head
    if not (root.dep_ == "pobj" and root.head.dep_ == "prep" and verb.pos_ in {"VERB", "AUX"}):
        return False
    if res.place_use.get(root.head.lower_) == "path":  # "went to the Charite Hospital", not "wrote to the Carter Center"
        return res.place_use.get(verb.lemma_.lower()) == "motion"
    return root.head.lower_ in SITE_PREPS


def _of_name_end(doc: Doc, i: int) -> int:
    """Return the end of a site's name that goes on with "of" and capitalised words after its kind ("Palace of
    Justice", "Port of New York and New Jersey", "Church of the Holy Sepulchre"), else the end of the kind word."""
    k = i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return i + 1
    k += 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    end = k
    while end < len(doc) and (doc[end].is_title or (doc[end].lower_ == "and" and end + 1 < len(doc)
                                                    and doc[end + 1].is_title and end > k)):
        end += 1
    return end if end > k and doc[end - 1].is_title else i + 1


OPENING_PREPS = frozenset({"by", "from", "in", "at", "to", "for", "with", "of", "on"})  # capitalised at a line's start


def _feature_places(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield names of natural and built features the model tags as no place, whatever their role: a capitalised name
    ending in a word of ``feature_words.tsv`` ("the Elwha River begins", "the Condit Dam was breached", "Chitwan National
    Park") or beginning with one ("Lake Aldwell"), that ends there ("Tampa Bay Buccaneers", "Lake Mills High School"
    go on) and is no actor's name."""
    words = res.feature_words
    for i in positions(doc, words["last"] | words["first"]):
        token = doc[i]
        if not token.is_title:
            continue
        start, end = i, i + 1
        if token.lower_ in words["last"]:
            while start > 0 and i - start < NAME_WORDS and doc[start - 1].is_title and doc[start - 1].is_alpha:
                start -= 1
            # a capitalised article, demonym or preposition opens no name ("By Gabriel Lake" of a byline)
            while start < i and (doc[start].lower_ in {"the", "a", "an"} or doc[start].lower_ in res.demonyms
                                 or doc[start].lower_ in OPENING_PREPS):
                start += 1
        if start == i and token.lower_ in words["first"]:
            while end < len(doc) and end - i < 3 and doc[end].is_title and doc[end].is_alpha:
                end += 1
        if start == i and end == i + 1:
            continue
        if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            continue  # the name goes on: "Lake Mills High School"
        span = doc[start:end]
        if any(t.ent_type_ in PLACE_LABELS for t in span) or normalize_country(span.text, resources=res):
            continue  # the model's place, or a country ("Ivory Coast"): its own reading
        if any(m.label_ == "ACTOR" and m.start <= start and end <= m.end for m in doc_index(doc).gazetteer):
            continue
        if all(t.ent_type_ == "PERSON" for t in span) and not (used_as_place(span.root, res)
                                                               or (span.root.dep_ == "pobj" and span.root.head.lower_ in SITE_PREPS)):
            continue  # a person the model reads ("the defector Yeonmi Park said"), unless used as a place ("in Hyde Park")
        yield span, "FEATURE"


def _court_sites(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield named courts used as places: "a short hearing at Westminster Magistrates' Court", "appear in West Kowloon
    Magistrates' Courts", "stand guard at the Hefei City Intermediate People's Court", and where a claim is brought ("a
    claim for damages in United States District Court for the District of Columbia", with its "for"/"of" part; gold
    pass 3b16d9c); not "a petition at the Lahore High Court" where a court acts in the story ("the court ordered": the
    body petitioned), nor "at the Supreme Court" (no name of where it sits; "at the High Court in London" gives it)."""
    words = res.actor_words
    heads = positions(doc, words["court_head"])
    # a court that acts somewhere in the story ("the court ordered", "the High Court ruled") is the body addressed
    acting = any(doc[i].dep_ == "nsubj" and doc[i].head.pos_ == "VERB" for i in heads)
    for i in heads:
        token = doc[i]
        if not token.is_title or i == 0:
            continue
        start = i
        holder = None
        while start > 0 and i - start < NAME_WORDS:
            prev = doc[start - 1]
            if (prev.tag_ == "POS" or prev.text in {"'", "\u2019"}) and start >= 2 and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
                owner = doc[_name_run_before(doc, start - 1, res) : start - 1]
                if len(owner) and (owner[0].ent_type_ in PLACE_LABELS or _big_city(owner.text, res)
                                   or normalize_country(owner.text, resources=res)):
                    holder = owner  # "London's Central Criminal Court": the city holds the court, no word of its name
                    break
                start -= 2  # "Magistrates' Court", "People's Court"
            elif prev.text[:1].isupper() and prev.is_alpha and prev.lower_ not in {"the", "a", "an"}:
                start -= 1
            else:
                break
        span = doc[start : i + 1]
        if all(t.lower_ in words["court_generic"] for t in span) and not _placed_by_seat(doc, i + 1):
            continue  # "at the Supreme Court": no name of where it sits; "at the High Court in London" names it
        end = i + 1
        if end + 1 < len(doc) and doc[end].lower_ in {"for", "of"}:  # "... District Court for the District of Columbia"
            k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            while k < len(doc) and (doc[k].is_title or (doc[k].lower_ in {"of", "and"} and k + 1 < len(doc) and doc[k + 1].is_title)):
                k += 1
            if k > end + 1 and doc[k - 1].is_title:
                span = doc[start:k]
        head = token.head if token.dep_ == "pobj" else None
        if head is None:
            continue
        # what is brought before it, up the words the preposition hangs on ("a claim for damages in X") or the
        # object of the verb it hangs on ("brought charges before X")
        chain = [head.head, head.head.head, head.head.head.head]
        chain += [c for c in head.head.children if c.dep_ == "dobj"] if head.head.pos_ == "VERB" else []
        addressed = any(t.lemma_.lower() in words["court_addressed"] for t in chain)
        if addressed and acting:
            continue  # "filed a petition at the Lahore High Court", later "the court ordered": the body addressed
        if not (head.lower_ in words["court_prep"] or addressed and head.lower_ in {"in", "before"}
                or (head.lower_ == "in" and head.head.lemma_.lower() in words["court_verb"])):
            continue
        if holder is not None:
            yield holder, "HOLDER"  # the model reads the whole as one organisation: the city is a place of its own
        yield span, "SITE"


def _placed_by_seat(doc: Doc, end: int) -> bool:
    """True when "in" and a city or country follow a court's name at ``end`` ("the High Court in London"): a court
    named by its rank alone is a named site where its seat is given with it."""
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return False
    seat = doc[end + 1]
    return seat.ent_type_ == "GPE" or seat.i in doc_index(doc).place_match


def _judicial_districts(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield a US federal court's district named after its state ("the Eastern District of New York"), the state's name
    being no place of its own there."""
    for i in positions(doc, res.place_words["court_district"], attr="ORTH"):
        if i >= 1 and doc[i - 1].lower_ in res.place_words["compass"] and doc[i - 1].is_title and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
            end = _name_run(doc, i + 2, res)
            if end > i + 2 and lookup_us_state(doc[i + 2 : end].text):
                yield doc[i - 1 : end], "JUDICIAL_DISTRICT"


def _named_before_kind(doc: Doc, end: int, res: Resources) -> int:
    """Return the start of "<Name> <detention words> <site>" ending at ``end`` (the site word), else ``end``: the name
    must be no known city, region or country ("a Xinjiang detention camp" is in Xinjiang, no site of that name)."""
    i = end
    while i > 0 and end - i < 2 and doc[i - 1].lower_ in res.place_words["detention_kind"]:
        i -= 1
    if i == end and doc[end].lower_ not in res.place_words["detention_alone"] and doc[end].lower_ not in res.place_words["named_alone"]:
        return end  # "the Al-Ha'ir prison" is named as it stands; "the Kakuma camp" needs a word of detention
    start = _name_run_before(doc, i, res)
    name = doc[start:i].text
    if start == i or _known_place(name, res) or normalize_country(name, resources=res) or lookup_city(name) is not None:
        return end
    return start


# Prepositions that put a named site as the place something happens ("outside the Guru Nanak Sikh Gurdwara").
SITE_PREPS = {"at", "in", "inside", "outside", "near", "on", "off", "into"}


def _division_places(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield names that a word of ``division_words.tsv`` makes places: "Chiba prefecture", "Shizuoka and Kanagawa
    prefectures", "the province of Adana", "the Swedish city of Strömsund"."""
    for i in positions(doc, res.division_words, attr="ORTH"):
        token = doc[i]
        entry = res.division_words.get(token.text)  # lowercase only: "Greater Toronto Area" is a name of its own
        if entry is None:
            continue
        kind, use = entry[0], _division_use(doc, i, res)
        if use in {"after", "both"} and token.i > 0:
            end = token.i
            start = _name_run_before(doc, end, res)
            if start < end and not _sentence_start_only(doc, start, end) and not _one_of_many(doc, start):
                # "the Maipú commune": a town; "the Montreal neighbourhood": the city, "the Fatih neighbourhood": a part
                part = _part_after_city(doc, start, end, res)
                city = kind == "city" or (kind == "area" and _city_area(doc[start:end].text, res)) or part is not None
                yield doc[start:end], "CITY_OF" if city else "DIVISION"
                if part is not None:
                    yield part, "CITY_OF" if kind == "city" else "DIVISION"
                # "Shizuoka and Kanagawa prefectures": a plural word names the places of both conjuncts
                if token.text.endswith("s") and start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].text[:1].isupper():
                    yield doc[_name_run_before(doc, start - 1, res) : start - 1], "DIVISION"
        if use in {"of", "both"} and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and not _part_of(doc, token.i, res):
            end = _name_run(doc, token.i + 2, res)
            if end > token.i + 2 and not normalize_country(doc[token.i + 2 : end].text, resources=res):
                yield doc[token.i + 2 : end], "CITY_OF" if kind == "city" else "DIVISION"
        elif use == "of" and token.i > 0 and (part := _part_after_city(doc, _name_run_before(doc, token.i, res), token.i, res)) is not None:
            yield part, "CITY_OF" if kind == "city" else "DIVISION"  # "the Vienna suburb of Gerasdorf": a town by the city


def _part_after_city(doc: Doc, start: int, end: int, res: Resources) -> Span | None:
    """Return the name after "of" in "the <big city> <division> of <name>" ("the Istanbul district of Fatih", "the
    Karachi neighbourhood of Clifton"): the city holds the part named after "of", as "the Fatih district of Istanbul"
    names it before. None when the name before is no big city or the one after is a known place itself."""
    if end + 2 >= len(doc) or doc[end + 1].lower_ != "of" or not doc[end + 2].text[:1].isupper() \
            or not _city_area(doc[start:end].text, res):
        return None
    after = _name_run(doc, end + 2, res)
    name = doc[end + 2 : after].text
    if after == end + 2 or _known_place(name, res) or normalize_country(name, resources=res):
        return None
    return doc[end + 2 : after]


DESCRIBED_CUES = {"in", "from", "of", "near", "at", "outside"}
UNTAGGED_OR_PERSON = {"", "PERSON"}  # the model reads many a small town as a person ("of Roslyn")


def _described_places(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield names the model misses or takes for people that the words after them tell are places: "in Al Masfalah, a
    village in Mecca province" (a kind of place in apposition), "of Roslyn, New York" (a town before its US state or
    its country). Names the model tags as places are its own to resolve ("Amesbury, a town near Salisbury")."""
    for i in (cue + 1 for cue in positions(doc, DESCRIBED_CUES) if cue + 1 < len(doc)):
        token = doc[i]
        if not token.is_title or token.ent_type_ not in UNTAGGED_OR_PERSON:
            continue
        end = _name_run(doc, i, res)
        if end == i or end + 2 >= len(doc) or doc[end].text != "," or any(t.ent_type_ not in UNTAGGED_OR_PERSON for t in doc[i:end]):
            continue
        k = end + 1
        if doc[k].lower_ in {"a", "an"}:
            k += 1
            while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
                k += 1
            entry = res.division_words.get(doc[k].lower_) if k + 1 < len(doc) else None
            if entry is not None and doc[k + 1].lower_ in DESCRIBED_CUES:
                yield doc[i:end], "TOWN" if entry[0] == "city" else "AREA"
            continue
        for size in (3, 2, 1):
            after = doc[k : k + size]
            # the state or country ends its phrase: not "the family of Khashoggi, Saudi Arabia's critic"
            if k + size < len(doc) and after[-1].is_title and doc[k + size].is_punct and doc[k + size].tag_ != "POS" \
                    and (lookup_us_state(after.text) or normalize_country(after.text, resources=res)):
                yield doc[i:end], "TOWN"
                break


def _part_of(doc: Doc, i: int, res: Resources) -> bool:
    """True for "a leafy district of Berlin", "one province of China", "the Shevchenkivskyi district of Kyiv": the
    place after "of" holds the one named by the word, which is no name of it ("the province of Adana" names the
    province; "the Swedish city of Strömsund" too, a nationality being no name)."""
    j = i - 1
    while j >= 0 and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j -= 1
    if j >= 0 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].ent_type_ not in {"PERSON", "ORG"} \
            and not (doc[j].ent_type_ == "NORP" and (doc[j].lower_ in res.demonyms or doc[j].lower_ in res.peoples)) \
            and not normalize_country(doc[j].text, resources=res):
        # the division has a name of its own before the word: the place after "of" holds it (also a name the model
        # reads as a people, "the Zeytinburnu district of Istanbul", when no nationality or people is called so); a
        # country's name holds the one after "of" ("the US state of New York")
        return True
    return j >= 0 and doc[j].lower_ in {"a", "an", "one", "each", "every", "another", "capital"}


def _one_of_many(doc: Doc, start: int) -> bool:
    """True for "a Cape Town township", "a Beijing district": after "a", the name is where one of its divisions lies,
    not the division's name ("the Kharkiv region", "in Nyanga township" name the division)."""
    return start > 0 and doc[start - 1].lower_ in {"a", "an", "one", "each", "every", "another"}


def _sentence_start_only(doc: Doc, start: int, end: int) -> bool:
    """True for a single capitalised word that opens its sentence ("Province officials"): no name."""
    return end - start == 1 and sentence(doc[start]).start == start and not doc[start].pos_ == "PROPN"


DATELINE_DASHES = {"\u2014", "\u2013", "-", ":", "\u2022"}  # a bullet too: "EDMONTON \u2022 At least two"
# A dateline's hyphen or dash the tokenizer leaves on a city in capitals ("TEHRAN- The network").
DATELINE_HYPHENS = {"-", "\u2013", "\u2014"}


def _dateline_places(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield the place of a dateline opening a paragraph: "JOHANNESBURG (AP) —", "Malé, Maldives —",
    "MORAVIA, COSTA RICA:", "SAMUT PRAKAN—", a city in capitals on a line of its own below the headline ("GENEVA")."""
    for i in line_starts(doc):
        token = doc[i]
        if token.is_space:
            continue
        if token.text[-1:] in DATELINE_HYPHENS and token.whitespace_ and len(token) > 4 and token.text[:-1].isalpha() \
                and token.text[:-1].isupper() and lookup_city(token.text[:-1].title()) is not None:
            yield doc[i : i + 1], "DATELINE"  # "TEHRAN- The network": one token, the hyphen against the city
            continue
        end = token.i
        while end < len(doc) and end - token.i < 3 and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if end == token.i or end >= len(doc) or (token.is_title and not doc[token.i : end].text.isupper() and token.pos_ != "PROPN"):
            continue
        nxt = doc[end]
        # or a line of its own in capitals below the headline ("26 June 2024\nGENEVA\nMany journalists ...": a release's)
        closed = _dateline_mark(doc, end) or nxt.text == "(" or (i > 0 and "\n" in nxt.text and doc[token.i : end].text.isupper())
        if normalize_country(doc[token.i : end].text, resources=res):
            continue  # "Israel, Sweden: ..." opens a headline, not a dateline
        if nxt.text == ",":  # "Malé, Maldives —", "TALLINN, ESTONIA (AP) –"; not "Freedom House, the Washington-based"
            stop = next((i for i in range(end + 1, min(len(doc), end + 5)) if _dateline_mark(doc, i) or doc[i].text == "("), None)
            closed = stop is not None and all(t.text[:1].isupper() or t.text == "." for t in doc[end + 1 : stop]) \
                and bool(_dateline_country(doc[end + 1 : stop], res))
            # a known city in capitals before a comma is a dateline whatever follows up to its dash, colon or break:
            # a day ("DHARAMSHALA, Feb. 15:"), a province or a land the tables hold as no country ("PRISTINA, Kosovo –",
            # "ERBIL, Kurdistan Region  Turkey has"); not an acronym ("HRW, which")
            if not closed and _capital_city(doc[token.i : end]):
                stop = next((j for j in range(end + 1, min(len(doc), end + 6)) if _dateline_mark(doc, j)
                             or doc[j].text == "(" or doc[j].is_space), None)
                closed = stop is not None
        if closed:
            yield doc[token.i : end], "DATELINE"


COMMA = frozenset({","})


def _province_codes(doc: Doc, res: Resources) -> Iterator[tuple[Span, str]]:
    """Yield the code of a province or state written after a town of its country and a comma and closed by a comma or
    a dash, as addresses and releases' datelines write them ("OTTAWA, ON, Oct. 14", "AUSTIN, TX -"); not a country's
    abbreviation ("London, UK,"), nor after a person ("Jones, MP,")."""
    for i in positions(doc, COMMA, attr="ORTH"):
        k = i + 1
        if 0 < i and k + 1 < len(doc) and 2 <= len(code := doc[k].text) <= 3 and code.isalpha() and code.isupper() \
                and doc[i - 1].text[:1].isupper() and doc[i - 1].ent_type_ not in NAME_LABELS - {"ORG"} \
                and (doc[k + 1].text in {",", "("} or _dateline_mark(doc, k + 1)) and not normalize_country(code, resources=res) \
                and _province_of_code(doc[k : k + 1], _gazetteer_countries(doc, res), res) is not None:
            yield doc[k : k + 1], "PROVINCE_CODE"


def _province_of_code(span: Span, named: frozenset[str], res: Resources) -> Place | None:
    """Resolve a province's code by the town written before it and its comma ("OTTAWA, ON,": Ontario, Canada)."""
    town = span.doc[_name_run_before(span.doc, span.start - 1, res) : span.start - 1].text
    city = lookup_city(town.title() if town.isupper() else town, prefer=named) if town else None
    province = subdivision_by_code(city.country, span.text) if city is not None else None
    return Place(span, province, "region", city.country) if province and city is not None else None


def _capital_city(span: Span) -> bool:
    """True for a known city's name written in capitals ("PRISTINA", "HONG KONG"), at least four letters, so no
    acronym."""
    text = span.text
    return text.isupper() and len(text) >= 4 and (lookup_city(text.title()) is not None or city_by_other_name(text.title()) is not None)


def _dateline_mark(doc: Doc, i: int) -> bool:
    """True for the dash or colon that closes a dateline: a dash or colon, but not a hyphen inside a word
    ("Washington-based")."""
    token = doc[i]
    return token.text in DATELINE_DASHES and (token.text != "-" or bool(doc[i - 1].whitespace_))


def _dateline_country(span: Span, res: Resources) -> str | None:
    """Return the country a dateline names after its city ("Maldives", "COSTA RICA", "Calif."), else None."""
    text = span.text.strip(" .")
    return normalize_country(text, resources=res) or ("USA" if lookup_us_state(text) else None)


def _resolve_dateline(span: Span, named: frozenset[str], res: Resources) -> Place | None:
    """Resolve a dateline's place: in the country it names after a comma, else the city or province it names."""
    doc = span.doc
    name = span.text.title() if span.text.isupper() else span.text
    country = None
    if span.end < len(doc) and doc[span.end].text == ",":
        stop = next((i for i in range(span.end + 1, len(doc)) if _dateline_mark(doc, i) or doc[i].text == "(" or doc[i].is_space), None)
        country = _dateline_country(doc[span.end + 1 : stop], res) if stop is not None else None
    place = resolve_place(span, label="GPE", prefer=frozenset({country}) if country else named, resources=res)
    if place is not None and (country is None or place.country == country):
        return place
    if country is not None:
        town = lookup_town(name, prefer=frozenset({country})) or lookup_city(unaccented(name), prefer=frozenset({country}))
        if town is not None and town.country == country:
            return Place(span, name, "city", country)
        subdivision = lookup_subdivision(name, prefer=frozenset({country}))
        if subdivision is not None and subdivision[0] == country:
            return Place(span, name, "region", country)
        return Place(span, name, "city", country)  # a dateline names the town the story was filed from
    subdivision = lookup_subdivision(name, prefer=named)
    if subdivision is None and span.text.isupper() and (city := city_by_other_name(name)) is not None:
        return Place(span, name, "city", city.country)  # "DHARAMSHALA, Feb. 15:": a town by another spelling
    return Place(span, name, "region", subdivision[0]) if subdivision is not None else None


def unaccented(name: str) -> str:
    """A name without its accents ("Pérez" -> "Perez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _possessed_places(doc: Doc, res: Resources, found: list[tuple[Span, str]]) -> Iterator[tuple[Span, str]]:
    """Yield the parts of a place named with it in the possessive: "Manhattan's Chinatown", "Montreal's South Shore",
    "Tehran's notorious Evin prison", "Lahore's Wapda Town", with the place that holds them when the model read the
    whole as an organisation. A country holds only parts whose last word tells a kind of place ("Georgia's Pankisi
    Gorge"); bodies and people ("Beijing's Ministry of Public Security", "London's mayor") are no parts."""
    actor_tokens = {i for match, label in zip(doc_index(doc).gazetteer, gazetteer_labels(doc)) if label in {"ACTOR", "DEMONYM"}
                    for i in range(match.start, match.end)}
    for i in positions(doc, POSSESSIVE_TAGS, attr="TAG"):
        mark = doc[i]
        if mark.i == 0 or mark.i + 1 >= len(doc):
            continue
        holder = next((span for span, label in found if span.end == mark.i and label in PLACE_LABELS | {"CAPITAL", "REGION", "COUNTRY"}), None)
        # "the city's affluent Sandton area": the city named last holds a part whose kind word follows it
        anaphor = holder is None and mark.i >= 2 and doc[mark.i - 1].lower_ in res.place_words["city_anaphor"] and doc[mark.i - 2].lower_ == "the"
        if anaphor:
            holder = max((span for span, label in found if span.end <= mark.i - 2 and label in {"GPE", "CAPITAL"}),
                         key=lambda span: span.start, default=None)
        elif holder is None:
            start = _name_run_before(doc, mark.i, res)
            holder = doc[start : mark.i] if start < mark.i and _known_place(doc[start : mark.i].text, res) else None
            # only the first words of a name the model read ("Lahore's Wapda Town"), not "University of Toronto's"
            # nor a person ("Aly's uncle")
            if holder is not None and (not (doc[start].ent_iob_ == "B" and doc[start].ent_type_ in {"ORG", "FAC", "GPE", "LOC"})
                                       or holder.text in _person_words(doc)):
                holder = None
            if holder is not None:
                yield holder, "HOLDER"  # "Lahore's Wapda Town", read as one organisation by the model
        if holder is None:
            continue
        resolved = resolve_place(holder, label="GPE", prefer=frozenset(), resources=res)
        if resolved is None:
            continue
        start = mark.i + 1
        while start < len(doc) and start - mark.i <= 2 and doc[start].is_lower and doc[start].pos_ == "ADJ":
            start += 1  # "Tehran's notorious Evin prison"
        end = _name_run(doc, start, res)
        if end == start or any(i in actor_tokens for i in range(start, end)):
            continue
        suffix = res.place_suffixes.get(doc[end - 1].lower_)
        if suffix is None and end < len(doc) and doc[end].is_lower and doc[end].lower_ in res.place_suffixes \
                and doc[end].lower_ not in res.diplomatic_posts:
            suffix = res.place_suffixes[doc[end].lower_]
            end += 1
        # the model's one organisation from the holder on ("Lahore’s Wapda Town") names no body of the part
        one_org = holder[0].ent_iob_ == "B" and holder[0].ent_type_ == "ORG" and not has_org_keyword(doc[start:end].text, res) \
            and all(doc[k].ent_iob_ == "I" for k in range(holder.start + 1, end))
        named_as = {doc[i].ent_type_ for i in range(start, end) if not (one_org and doc[i].ent_type_ == "ORG")}
        named_as -= {"", "GPE", "LOC", "FAC", "PERSON"}
        if suffix is not None and suffix[0] == "region" and doc[end - 1].is_lower:
            named_as.discard("ORG")  # "Nairobi's Westlands area" (ORG): a lowercase word of an area after it
        if "ORG" in named_as or (suffix is None and (named_as or resolved.kind == "country")) \
                or (anaphor and (suffix is None or resolved.kind != "city")):
            continue  # "Cairo's al-Azhar University", "Beijing's Ministry of Public Security": bodies
        if suffix is None and one_org and not (holder.start > 0 and doc[holder.start - 1].lower_ in SITE_PREPS | TOWN_CUES):
            continue  # "an edition of London's Diplomat List" (ORG): a title, where "in Lahore's Wapda Town" is a place
        if suffix is None and any(doc[i].ent_type_ == "PERSON" for i in range(start, end)):
            continue  # "Beijing's Xi Jinping"
        if suffix is None and _headline_only(doc[start:end]):
            continue  # "Journalist Detained At Tashkent's Request": a headline capitalises its common nouns
        yield doc[start:end], "PART_SITE" if suffix is not None and suffix[0] == "site" else "PART_REGION"


def _headline_only(span: Span) -> bool:
    """True for words on a line written in title case (most of its words of four letters or more capitalised, no
    sentence end, 25 words at most) that the text names nowhere else: a headline's capitalised common noun ("London's Suburbs"), no name it repeats."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    if line.endswith((".", "?", "!")) or len(line.split()) > HEADLINE_WORDS:
        return False  # a paragraph of names, no headline
    return title_case(line) and text.count(span.text) == 1


HEADLINE_WORDS = 25


def _area_as_place(span: Span, res: Resources) -> bool:
    """True for a region that is also a body, named as the area it spans: "in the EU", "entered the European Union"
    (not "the EU said", "EU sanctions")."""
    if any(ent.label_ in NAME_LABELS and ent.start <= span.start and span.end <= ent.end and len(_strip(ent, res)) > len(span)
           for ent in doc_index(span.doc).ents):
        return False  # "the European Union Agency for Asylum"
    root = span.root
    while root.dep_ == "compound" and root.head.lower_ in res.place_words["area_noun"]:
        root = root.head  # "in other European Union countries", "across EU member states": the area of its members
    if root.dep_ == "pobj":  # not "a signal from the EU", "a letter to the EU": the body acting or addressed
        return root.head.lower_ in AREA_PREPS
    return root.dep_ == "dobj" and res.place_use.get(root.head.lemma_.lower()) == "verb"


# Prepositions whose object is the area a thing happens in ("in the EU", "across the European Union").
AREA_PREPS = {"in", "inside", "outside", "into", "within", "throughout", "across"}


def _before_title(span: Span, res: Resources) -> bool:
    """True for a name before a person's title ("US President", "UK Foreign Secretary")."""
    doc = span.doc
    return any(doc[span.end : span.end + size].text in res.person_titles for size in (1, 2, 3) if span.end + size <= len(doc))


def _site_like(span: Span, res: Resources) -> bool:
    """True for a facility the text names as a place: its last word tells a kind of place ("Evin Prison",
    "Olympic National Park"), or it is the object of a locative preposition or of a verb of motion ("in Deansgate",
    "at the Old Bailey", "to Wembley")."""
    if len(span) > 1 and span[-1].lower_ in res.place_suffixes:
        return True
    root = span.root
    if root.dep_ == "pobj" and res.place_use.get(root.head.lower_) == "path":
        return True
    return used_as_place(root, res)


def _site_head_after(span: Span, res: Resources) -> bool:
    """True for a name followed by a lowercase site noun that makes it a named site ("the Minsk airport", "Evin
    prison"); not after "a" ("a Berlin airport" is one of the city's airports: the city is the place named), nor after
    a possessive ("the Immigration Bureau's airport division": the body's, no site named)."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_lower or span[-1].is_punct or span[-1].tag_ == "POS":
        return False
    suffix = res.place_suffixes.get(doc[span.end].lower_)
    if suffix is None or suffix[0] != "site" or doc[span.end].lower_ in res.diplomatic_posts:
        return False
    return not (span.start > 0 and doc[span.start - 1].lower_ in {"a", "an"})


def _before_post(span: Span, res: Resources) -> bool:
    """True for a country abbreviation before the lowercase noun of a post, a job or a currency ("the US ambassador",
    "a UK minister", "the US correspondent", "US dollars"): a title of a post or a currency names no place (GUIDELINES
    locations); "U.S. officials", "UK police" name the country."""
    word = span.doc[span.end]
    return word.lemma_.lower() in res.offices or word.lower_ in res.currencies or word.lower_ in res.place_words["title_word"] \
        or word.lower_ in res.place_words["post_noun"]


def _modifies_noun(span: Span, *, any_case: bool = False) -> bool:
    """True for a country abbreviation used as an adjective ("US citizens", "UK officials"), or with ``any_case``
    a region's name modifying a common noun ("Middle Eastern countries"; of a region's adjective, no place named)."""
    root = span.root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return (any_case or span.text.isupper()) and root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN" \
        and nxt is not None and nxt.is_lower


def _no_city(name: str) -> bool:
    """True for a name that is no city of RESCUE_POPULATION people ("Asia", a Philippine town; not "Newark")."""
    return (city := lookup_city(name)) is None or city.population < RESCUE_POPULATION


def _in_title(span: Span, res: Resources) -> bool:
    doc = span.doc
    # the words around read from the Doc's columns: this runs for most candidates and walks back over many words
    text, lower, space = texts(doc), lowers(doc), column(doc, "SPACY")
    i = span.end
    if i + 1 < len(doc) and text[i] == "-" and not space[i - 1] and text[i + 1][:1].isupper():
        i += 2  # "Asia-Pacific desk"
    while i + 1 < len(doc) and lower[i] == "and" and text[i + 1][:1].isupper():
        i += 2  # "Europe and Central Asia director"
        while i < len(doc) and text[i][:1].isupper():
            i += 1
    if i + 1 < len(doc) and lower[i] in res.actor_words["office_rank"] and lower[i + 1] in res.place_words["title_word"] and doc[i].is_lower:
        i += 1  # "HRW Asia deputy director": a rank between the place and the title
    if i < len(doc) and (lower[i] in res.place_words["title_word"] or (lower[i] in res.place_words["unit_word"] and _no_city(span.text))):
        return True
    k = span.start
    while k > 0:  # back over the words of a list of names: "Director, East and Horn of Africa"
        if text[k - 1][:1].isupper() and lower[k - 1] not in res.place_words["title_word"]:
            k -= 1
        elif k >= 2 and lower[k - 1] in {"and", "of"} and text[k - 2][:1].isupper() and lower[k - 2] not in res.place_words["title_word"]:
            k -= 2
        elif k >= 2 and lower[k - 1] == "the" and lower[k - 2] in {"and", "of", "for", ","}:
            k -= 1  # "Director for Asia and the Pacific", "director for the Middle East", "East Africa, the Horn"
        elif k >= 2 and text[k - 1] == "," and text[k - 2][:1].isupper() and lower[k - 2] not in res.place_words["title_word"]:
            k -= 2  # "Director for East Africa, the Horn and the Great Lakes": a list of the areas of one title
        else:
            break
    return k >= 2 and lower[k - 1] in {",", "for"} and lower[k - 2] in res.place_words["title_word"]  # "director for Asia"


def _title_of(span: Span, res: Resources) -> bool:
    """True for a place after "of" and a capitalised title of royalty or the peerage ("Prince of Wales", "the Duke of
    Sussex"), not a crown prince's ("the Crown Prince of Abu Dhabi")."""
    doc, k = span.doc, span.start - 2
    return k >= 0 and doc[k + 1].lower_ == "of" and doc[k].is_title and doc[k].lower_ in res.place_words["title_of"] \
        and not (k > 0 and doc[k - 1].lower_ == "crown")


def _titled_person(span: Span, res: Resources) -> bool:
    """True for a name the model reads as a place that begins with a person's title, singular or plural ("President
    Tebboune", "Presidents Tebboune"), unless the tables know it as a place ("General Santos")."""
    first = span[0].text
    if len(span) < 2 or not span[1].text[:1].isupper() or not (
            first in res.person_titles or (first.endswith("s") and first[:-1] in res.person_titles)):
        return False
    return lookup_city(span.text) is None and span.text.lower() not in res.regions \
        and not normalize_country(span.text, resources=res)


def _is_person(span: Span, doc: Doc, res: Resources | None = None) -> bool:
    """True for names the model reads as a person ("Jordan said", "Chad Smith"). With ``res``, a country's or a table
    region's name read alone as a person that is no given name stays the place ("China is telling Nepal what to do",
    "arrested in the Yorkshire area"), and so does such a name of several words ("Sri Lanka today suspended")."""
    for ent in doc_index(doc).ents:
        if ent.label_ == "PERSON" and ent.start <= span.start < ent.end:
            if res is None or (ent.start, ent.end) != (span.start, span.end):
                return True
            return len(span) == 1 and is_given_name(span.text, res)  # "Sri Lanka today suspended": no person's name
    return False


def find_places(doc: Doc, *, resources: Resources | None = None) -> list[Place]:
    """Return every resolved place mention in document order (not deduplicated).

    Places of unknown country take the country of the nearest place of known
    country in their sentence, else the one before them ("Capel Street" in a
    sentence on Dublin).
    """
    res = resources or load_resources()
    return cached(doc, f"places:{id(res)}", lambda: _find_places(doc, res))[0]


def modifier_places(doc: Doc, *, resources: Resources | None = None) -> list[Place]:
    """Return the countries an abbreviation names as a modifier ("U.S. officials", "UK police"): locations of the
    article (GUIDELINES: a place name used as a modifier), kept out of :func:`find_places` so that they neither place
    other names nor an act (an incident's host and state come from the places the sentences tell as places)."""
    res = resources or load_resources()
    return cached(doc, f"places:{id(res)}", lambda: _find_places(doc, res))[1]


def _find_places(doc: Doc, res: Resources) -> tuple[list[Place], list[Place]]:
    candidates = place_candidates(doc, res)
    # one place per position (the model and the gazetteer may each read the name)
    modifiers = sorted({span.start: Place(span, country_name(code, resources=res) or span.text, "country", code)
                        for span, label in candidates
                        if label == MODIFIER and (code := normalize_country(span.text, resources=res))}.values(),
                       key=lambda place: place.span.start)
    candidates = [(span, label) for span, label in candidates if label != MODIFIER]
    # the countries the article names, itself or through one of its regions ("England", "Xinjiang")
    named = frozenset(
        code for span, _ in candidates
        if (code := normalize_country(span.text, resources=res) or region_country(span.text, res)) is not None
    )
    places: list[Place] = []
    parts: dict[str, Place] = {}  # names the article gave as a part of a place or a district ("Manhattan's Chinatown")
    for span, label in candidates:
        place = _resolve_candidate(span, label, named, res)
        if place is None:
            continue
        if label.startswith("PART_") or label == "DIVISION":
            parts.setdefault(place.name.lower(), place)
        elif label == "GPE" and place.kind == "city" and (part := parts.get(place.name.lower())) is not None:
            place = Place(span, part.name, part.kind, part.country)  # "in Chinatown" later: the same part, no namesake city
        places.append(place)
    places = [_as_us_state(p, places) for p in places]
    posts = list(diplomatic_sites(doc, res, places))
    named_posts = _post_names(doc, res)
    if named_posts:
        # "the Embassy of China": the country is part of the post's name, no place of its own (GUIDELINES.md: not
        # place names inside the name of an organisation); the post itself is a site only when used as a place
        places = [p for p in places if not any(s <= p.span.start and p.span.end <= e for s, e in named_posts)]
    if posts:
        places = sorted(places + posts, key=lambda p: p.span.start)
    # a place of no known country is where any of its mentions says it is ("the Gezi Park protests" ... "Gezi Park in
    # Istanbul's Taksim square"), before the places around its first mention
    stated: dict[tuple[str, str], str] = {}
    for index, place in enumerate(places):
        if place.country is None and (country := _stated_country(places, index, res)) is not None:
            stated.setdefault((place.name.lower(), place.kind), country)
    resolved: list[Place] = []
    for index, place in enumerate(places):
        # gazetteer regions that span countries keep their null country (GUIDELINES.md: "Europe")
        if place.country is None and place.name.lower() not in res.regions and not _open_water(place, res):
            # a site named again is where it was the first time
            again = next((p.country for p in resolved if p.name.lower() == place.name.lower() and p.kind == place.kind), None)
            country = again or stated.get((place.name.lower(), place.kind)) or _inner_country(place, named, res) \
                or _context_country(places, index, res)
            place = Place(place.span, place.name, place.kind, country)
            if (city := _city_of_region(place, places, index, res)) is not None:
                place = city  # "Jiangsu Province's Nantong": the province's city, not a part of no kind named
        elif place.kind == "city" and place.country not in named and (first := next(
                (p for p in resolved if p.kind == "city" and p.name == place.name and p.country in named), None)) is not None:
            place = Place(place.span, first.name, "city", first.country)  # "San Pedro" again: the town read first, not a namesake abroad
        elif place.kind == "city" and (local := _local_namesake(places, index, res)) is not None:
            place = local
        elif place.kind == "city" and (county := _region_after_town(place, resolved)) is not None:
            place = county
        if place.kind == "city" and (site := _site_named_before(place, resolved)) is not None:
            place = site
        if place.kind == "city" and _part_of_city_after(place, places, index, res):
            place = Place(place.span, place.name, "region", place.country)  # "in Chiswick, west London": a district
        if place.country is None and place.kind == "city":
            continue
        resolved.append(place)
    # a place of no country at its first mention is where a later mention of it is ("Sheridan Circle" in a headline,
    # "Sheridan Circle in Washington" below): one place, not two
    later: dict[tuple[str, str], str] = {}
    for place in resolved:
        if place.country is not None:
            later.setdefault((place.name.lower(), place.kind), place.country)
    resolved = [Place(p.span, p.name, p.kind, country) if p.country is None and p.name.lower() not in res.regions
                and (country := later.get((p.name.lower(), p.kind))) is not None else p for p in resolved]
    return resolved, modifiers


def _region_after_town(place: Place, resolved: list[Place]) -> Place | None:
    """Return the region of the country of the town named right before a city and a comma, that the city's name also
    names ("of Staines-upon-Thames, Surrey": the English county, not Canada's city), else None."""
    doc, start = place.span.doc, place.span.start
    town = resolved[-1] if resolved else None
    if town is None or town.kind != "city" or town.country in {None, place.country} or town.span.end != start - 1 \
            or doc[start - 1].text != ",":
        return None
    subdivision = lookup_subdivision(place.span.text, prefer=frozenset({town.country}))
    if subdivision is None or subdivision[0] != town.country:
        return None
    return Place(place.span, subdivision[1], "region", town.country)


def _stated_country(places: list[Place], index: int, res: Resources) -> str | None:
    """Return the country the words around a place say it is in: its holder's ("Tehran's Evin prison"), that of the city
    or region named right after it as where it is ("a bookshop in Mong Kok in Hong Kong") or the country named right
    after it ("Causeway Bay, Hong Kong"), else None."""
    return _holder_country(places, index) or _container_after(places, index, res) or _country_after(places[index].span, res)


def _holder_country(places: list[Place], index: int) -> str | None:
    """Return the country of the place a part is named with in the possessive ("Lebanon's Bekaa Valley", "Tehran's
    notorious Evin prison"), else None: the holder says where its part is, before any place around it."""
    doc, start = places[index].span.doc, places[index].span.start
    k = start - 1
    while k > 0 and start - k <= 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k -= 1
    if k <= 0 or doc[k].tag_ != "POS" or index == 0 or places[index - 1].span.end != k:
        return None
    return places[index - 1].country


def _city_of_region(place: Place, places: list[Place], index: int, res: Resources) -> Place | None:
    """Return the city a part named in a region's or province's possessive is, when the city table knows a city of
    100,000 people or more of that name in the region's country ("Jiangsu Province's Nantong", "Xinjiang's Kashgar"),
    else None; a city's own parts ("Istanbul's Fatih"), a country's ("Lebanon's Bekaa Valley") and a town's quarter
    ("Manhattan's Chinatown", quarters.txt) stay parts."""
    if place.kind != "region" or place.name != place.span.text or index == 0 or places[index - 1].kind != "region" \
            or place.name in res.quarters:
        return None
    country = _holder_country(places, index)
    if country is None:
        return None
    city = lookup_city(place.name, prefer=frozenset({country}))
    if city is None or city.country != country or city.population < RESCUE_POPULATION:
        return None
    return Place(place.span, city.name, "city", city.country)


def _site_named_before(place: Place, resolved: list[Place]) -> Place | None:
    """Return the site a city's name and the word after it named earlier ("left Narita airport" ... "arrived at Narita
    airport"): the same site again, not the city, else None."""
    doc, end = place.span.doc, place.span.end
    if end >= len(doc) or not doc[end].is_alpha:
        return None
    name = f"{place.span.text} {doc[end].text}".lower()
    site = next((p for p in resolved if p.kind == "site" and p.name.lower() == name), None)
    return Place(doc[place.span.start : end + 1], site.name, "site", site.country) if site is not None else None


def _open_water(place: Place, res: Resources) -> bool:
    """True for a sea, gulf or strait the tables lack ("the Gulf of Aden", "Strait of Juan de Fuca"): it spans the
    shores of several countries (GUIDELINES.md: null country), whatever city its name holds or the places around it."""
    words = place.name.lower().split()
    return place.kind == "region" and len(words) > 1 and (words[0] in res.open_waters or words[-1] in res.open_waters)


def _local_namesake(places: list[Place], index: int, res: Resources) -> Place | None:
    """Return a small town read abroad moved to its namesake in the country most of the story's cities and regions
    are in ("in nearby Amesbury" in a story on Salisbury is the English town, not the one in Massachusetts), else
    None. Big cities keep their reading ("Paris" in a story on London is still in France)."""
    place = places[index]
    city = lookup_city(place.name, prefer=frozenset({place.country or ""}))
    if city is None or city.population >= RESCUE_POPULATION or city.country != place.country:
        return None
    setting = Counter(p.country for p in places if p.kind != "country" and p.country and not _stands_for_state(p, res))
    local = max(setting, key=setting.__getitem__, default=None)
    if local is None or local == place.country or setting[local] <= setting[place.country]:
        return None
    town = lookup_town(place.name, prefer=frozenset({local}))
    return Place(place.span, place.name, "city", local) if town is not None and town.country == local else None


def _resolve_candidate(span: Span, label: str, named: frozenset[str], res: Resources) -> Place | None:
    """Resolve a candidate: the model's and the gazetteer's through :func:`resolve_place`, the rules' by their kind."""
    if label == "DATELINE":
        return _resolve_dateline(span, named, res)
    if label == "PROVINCE_CODE":  # "OTTAWA, ON,": a province of the town before it, by its ISO 3166-2 code
        return _province_of_code(span, named, res)
    if label == "HOLDER":
        return resolve_place(span, label="GPE", prefer=named, resources=res)
    if label == "QUARTER":
        return Place(span, span.text, "region", None)  # in the country of the places around it
    if label == "FEATURE":  # "the Elwha River": the kind its last word tells, in the country of the places around it
        region = resources_region(span.text, res)
        if region is not None:
            return Place(span, region[0], "region", region[1])
        last = span[-1].lower_
        kind = (place_suffix(span.text.split(), res) or ("region", False))[0] if last in res.feature_words["last"] else "region"
        return Place(span, span.text, kind, None)
    if label == "JUDICIAL_DISTRICT":
        # where a case is heard ("unsealed in the Eastern District of New York"), "in" of a verb; a title's remit ("the US
        # Attorney for the Southern District", "Assistant US Attorneys in the Southern District") names no place
        district = span[1]
        heard = district.dep_ == "pobj" and district.head.lower_ == "in" and district.head.head.pos_ in {"VERB", "AUX"}
        return Place(span, span.text, "region", "USA") if heard else None
    if label == "SITES_OF":  # "Narita" of "Haneda and Narita airports": Narita Airport
        noun = _plural_site_noun(span, res)
        return Place(span, f"{span.text} {noun.title()}", "site", None) if noun else None
    if label == "KNOWN_SITE":
        site = res.sites[span.text.lower()]
        return Place(span, site.name, "site", site.country)  # "Heathrow": Heathrow Airport
    if label.startswith("PART_"):
        region = resources_region(span.text, res)
        if region is not None:
            return Place(span, region[0], "region", region[1])
        words = span.text.split()
        strip = res.place_suffixes.get(words[-1], ("", False))[1] and len(words) > 1  # "al-Hai al-Sabea district"
        if strip and words[-1] in res.place_words["city_division"] and _named_after_city(" ".join(words[:-1]), res):
            strip = False  # "Sweden's Stockholm county": a division named after its big city, not the city
        name = " ".join(words[:-1]) if strip else span.text
        region = resources_region(name, res) if strip else None  # "China's Xinjiang region": the region of the table
        if region is not None:
            return Place(span, region[0], "region", region[1])
        return Place(span, name, "site" if label == "PART_SITE" else "region", None)
    if label in {"TOWN", "AREA"}:  # described by the words after it: the country is the one they name
        doc = span.doc
        k = span.end + 1
        while k < len(doc) and not doc[k].text[:1].isupper() and k - span.end < NAME_WORDS:
            k += 1  # ", a village in" before "Mecca province"
        end = _name_run(doc, k, res) if k < len(doc) else k
        country = next((code for size in range(end - k, 0, -1) if (code := _country_of(doc[k : k + size].text, res))), None)
        if country is None and end > k:
            subdivision = lookup_subdivision(doc[k:end].text, prefer=named)
            city = lookup_city(doc[k:end].text, prefer=named)
            country = subdivision[0] if subdivision else (city.country if city and city.population >= RESCUE_POPULATION else None)
        return Place(span, span.text, "city" if label == "TOWN" else "region", country) if country else None
    if label in {"DIVISION", "CITY_OF"}:
        kind = "city" if label == "CITY_OF" else "region"
        if kind == "region" and len(span) > 1 and (place_suffix(span.text.split(), res) or ("", False))[0] == "site":
            kind = "site"  # "the Khao San Road area of Bangkok": a street's area is the street, a site
        if normalize_country(span.text, resources=res) or span.text.lower() in res.demonyms:
            return None  # "the Russia region", "the Uyghur region": no name of a place of this kind
        region = resources_region(span.text, res)
        if region is not None:
            return Place(span, region[0], "region", region[1])
        subdivision = lookup_subdivision(span.text, prefer=named)
        if subdivision is not None and named and subdivision[0] not in named:
            subdivision = None  # a namesake in a country the article does not name ("Nyanga" in Gabon)
        name = span.text
        if subdivision is None and kind == "region" and span.end < len(span.doc) and span.doc[span.end].is_lower \
                and span.doc[span.end].text in res.known_only_suffixes:
            name = f"{span.text} {span.doc[span.end].text}"  # "the Shevchenkivskyi district": no table knows the name alone
        city = lookup_city(span.text, prefer=named)
        if subdivision is None and city is not None and (city.population >= RESCUE_POPULATION or city.country in named):
            subdivision = (city.country, city.name)  # "the province of Adana": named after its capital
        return Place(span, name, kind, subdivision[0] if subdivision else _kind_word_country(span, res))
    place = resolve_place(span, label=label, prefer=named, resources=res)
    if place is None and label == "GPE" and span.text[:1].isupper() and span[-1].lower_ not in res.place_words["state_title"]:
        country = _country_after(span, res)
        if country is not None:  # "in Strömsund in northern Sweden", "Amesbury, England": a town of that country
            return Place(span, span.text, "city", country)
        if _where_named(span, res):  # "shot dead in Nyanga", "in Gerasdorf": a town the tables lack, where the story is
            return Place(span, span.text, "city", None)
    if place is not None and place.kind == "site" and place.country is None and len(span) > 1 \
            and span[-1].lower_ in res.place_words["city_site"] \
            and (town := resolve_place(span[:-1], label="GPE", prefer=named, resources=res)) is not None \
            and town.kind in {"city", "country"}:
        return Place(span, place.name, "site", town.country)  # "at Osh airport", "at Bahrain airport": in the country the
        # town or the country alone is in
    if place is not None and place.kind == "site" and place.country is None and len(span) > 1 \
            and (town := _known_place_first(span, named, res)) is not None:
        return Place(span, place.name, "site", town.country)  # "the Delhi High Court": in the country of its city
    return place


def _named_after_city(name: str, res: Resources) -> bool:
    """True for the name of a big city that no table knows as a division ("Stockholm", "Mecca"): a county or province
    of that name is named after the city and keeps its word ("Stockholm County"); "Tak province", "Zhejiang" do not."""
    city = lookup_city(name)
    return city is not None and city.population >= BIG_CITY and name.lower() not in res.regions \
        and lookup_subdivision(name) is None


def _known_place_first(span: Span, named: frozenset[str], res: Resources) -> Place | None:
    """Return the city of 100,000 people or more or the region of the region table whose name begins a building's name
    ("Delhi High Court", "Westminster Magistrates' Court"), else None; not a street named after a far town ("London
    Road") nor a country's house abroad ("Sri Lanka House")."""
    words = span.text.split()
    if (place_suffix(words, res) or ("", False))[0] == "site" and words[-1].lower() in res.place_words["street_word"]:
        return None
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    for end in range(span.end - 1, start, -1):
        head = span.doc[start:end]
        if _known_place(head.text, res) and (town := resolve_place(head, label="GPE", prefer=named, resources=res)) is not None \
                and town.kind in {"city", "region"} and town.country is not None:
            return town
    return None


# Prepositions whose object the model reads as a place names where something is ("in Gerasdorf", "near Armathwaite").
WHERE_PREPS = {"in", "near", "outside"}


def _where_named(span: Span, res: Resources) -> bool:
    """True for a name the model reads as a place that no table knows, written as where something happens: one
    title-case word after "in", "near" or "outside" in a sentence that names another place ("shot dead in Nyanga ...
    in South Africa"), not a people, nor a person the story names ("in absentia" is lowercase)."""
    root = span.root
    return (len(span) == 1 and span[0].is_title and span[0].is_alpha and root.dep_ == "pobj"
            and root.head.lower_ in WHERE_PREPS and root.head.i == span.start - 1
            and span.text.lower() not in res.demonyms and span.text.lower() not in res.peoples
            and not any(t.text in _person_words(span.doc) for t in span) and _other_place_in_sentence(span))


def _other_place_in_sentence(span: Span) -> bool:
    """True when the sentence of a name names another place ("in Gerasdorf, on the northern edge of Vienna")."""
    sent = sentence(span)
    return any(ent.label_ in PLACE_LABELS and sent.start <= ent.start < sent.end and ent.start != span.start
               for ent in doc_index(span.doc).ents)


def _country_after(span: Span, res: Resources) -> str | None:
    """Return the country named right after a place: ", Sweden", "in northern Sweden", ", the capital of GBAO", else None."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ in {",", "in"}:
        i += 1
        if doc[i - 1].text == "," and i + 2 < len(doc) and doc[i].lower_ in {"the", "a", "an"}:
            # "Khorog, the capital of GBAO", "Nyanga, a township in Cape Town": a town described by its place
            k = i + 1
            while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
                k += 1
            if k + 1 < len(doc) and (doc[k].lower_ == "capital" or res.division_words.get(doc[k].lower_, ("",))[0] == "city") \
                    and doc[k + 1].lower_ in {"of", "in", "near"}:
                i = k + 2 + (1 if k + 2 < len(doc) and doc[k + 2].lower_ == "the" else 0)
        while i < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ":
            i += 1
        for size in (3, 2, 1):
            if i + size <= len(doc) and (code := _country_of(doc[i : i + size].text, res)):
                return code
    return None


def _town_of_country_after(span: Span, res: Resources) -> bool:
    """True for a name the city table knows as a town of the country named right after it ("Cyangugu in Rwanda"), not
    a person's name ("Wang" of "Wang Jingyu", a given name)."""
    if is_given_name(span[0].text, res) or span.text in _person_words(span.doc):
        return False
    country = _country_after(span, res)
    city = lookup_city(span.text, prefer=frozenset({country})) if country else None
    return city is not None and city.country == country


def _country_of(name: str, res: Resources) -> str | None:
    """Return the country a name of a country, a region of the region table or a US state is, or is in."""
    return normalize_country(name, resources=res) or region_country(name, res) or ("USA" if lookup_us_state(name) else None)


def _kind_word_country(span: Span, res: Resources) -> str | None:
    """Return the state a "<kind> of <name>" phrase puts its place in: "the Swedish city of Strömsund",
    "Turkey's eastern province of Van"."""
    doc = span.doc
    i = span.start - 3  # the word before "<kind> of"
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1
    if i < 0:
        return None
    if doc[i].tag_ == "POS" and i > 0:
        return normalize_country(doc[i - 1].text, resources=res)
    return res.demonyms.get(doc[i].lower_) or normalize_country(doc[i].text, resources=res)


def resources_region(name: str, res: Resources) -> tuple[str, str | None] | None:
    """Return (name, country) of a region of the region table, else None."""
    region = res.regions.get(name.lower())
    return (region.name, region.country) if region is not None else None


def used_as_place(token: Token, res: Resources) -> bool:
    """True when a building's head noun is where something happens ("inside the consulate", "entered the embassy",
    "in front of the embassy"), not a party that acts or is acted on."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj" and res.place_use.get(head.head.lower_) == "side":
        return True  # "protests in front of the Lao Embassy", "at the gates of the embassy": a side of the building
    if token.dep_ == "pobj":
        # "a counsellor at Iran's embassy" too: where a diplomat works is a place ("an employee of the consulate",
        # "two people from the embassy" name the body they belong to: no locative preposition)
        return res.place_use.get(head.lower_) == "prep"
    if token.dep_ == "dobj":
        return res.place_use.get(head.lemma_.lower()) == "verb"
    return False


def diplomatic_sites(doc: Doc, res: Resources, places: list[Place]) -> Iterator[Place]:
    """Yield "<demonym|country('s)> embassy|consulate" used as a place ("at Israel's embassy in Stockholm") as a site
    named "<Demonym> embassy" in the host country: the place after "in", else the nearest place named around it
    that is not the post's own state. "<Post> of <country>" used as a place is a site named as written ("the
    Consulate of Turkmenistan in Istanbul")."""
    named_posts = _post_names(doc, res)
    first_names: dict[tuple[str, str, str], str] = {}  # (state, post, host) -> the name the post was first given
    for anchor in doc_index(doc).gazetteer:
        if anchor.label_ not in {"DEMONYM", "COUNTRY"} or not anchor.text[:1].isupper():
            continue
        i = anchor.end + (1 if anchor.end < len(doc) and doc[anchor.end].tag_ == "POS" else 0)
        # "the Consulate of Turkmenistan": the post before "of" and the country, named as written
        post_of = (anchor.start - 2, anchor.end) in named_posts
        first = i  # the post's first word: "embassy", "High" of "High Commission"
        if post_of:
            i, start, end = anchor.start - 2, anchor.start - 2, anchor.end
        elif (post_end := _post_end(doc, i, res)) > i:
            i = post_end - 1  # the post's head noun: "commission" of "High Commission"
            start, end = anchor.start, i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "general" else i + 1
        else:
            continue
        own = anchor.id_ or normalize_country(anchor.text, resources=res)
        if not own:
            continue
        host = None
        if end + 1 < len(doc) and doc[end].lower_ == "in":
            host = next((p.country for p in places if p.span.start == end + 1), None)
        if not (used_as_place(doc[i] if post_of else doc[end - 1], res) or (host is not None and _placed_post(doc[i], res))):
            continue
        if host is None:
            host = _host_around(places, anchor.start, own)
        if host is None or host == own:
            continue
        if post_of:
            name = f"{doc[i].lower_.capitalize()} of {anchor.text}"
        else:
            # "Iran's embassy": the state's demonym; "the Bahrain embassy": as written
            written = anchor.label_ == "COUNTRY" and first == anchor.end
            post = doc[first : i + 1]
            word = post.text.title() if len(post) > 1 else post.text.lower()  # "High Commission", "embassy"
            name = f"{anchor.text if written else demonym_of(own, res) or anchor.text} {word}"
            # "the Sri Lanka High Commission" and later "the Sri Lankan High Commission": one post, its first name
            name = first_names.setdefault((own, word.lower(), host), name)
        yield Place(doc[start:end], name, "site", host)
    yield from _bare_posts(doc, res, places)


def _post_end(doc: Doc, i: int, res: Resources) -> int:
    """Return the end of the diplomatic post whose words start at ``i`` ("embassy", "High Commission"), else ``i``."""
    if i >= len(doc):
        return i
    if doc[i].lower_ in res.diplomatic_posts:
        return i + 1
    if i + 1 < len(doc) and f"{doc[i].lower_} {doc[i + 1].lower_}" in res.diplomatic_posts:
        return i + 2
    return i


def _bare_posts(doc: Doc, res: Resources, places: list[Place]) -> Iterator[Place]:
    """Yield "the embassy|consulate in <place>" used as a place ("paying a tax at the embassy in The Hague") as the
    site of the state whose post of that word the story named before ("the Eritrean Embassy"), in the place's country."""
    for i in positions(doc, res.diplomatic_posts):
        if i < 1 or doc[i - 1].lower_ != "the" or i + 2 >= len(doc) or doc[i + 1].lower_ != "in":
            continue
        at = i + 3 if doc[i + 2].lower_ == "the" else i + 2  # "in The Hague": the place without its article
        host = next((p.country for p in places if p.span.start == at), None)
        if host is None or not (used_as_place(doc[i], res) or _placed_post(doc[i], res)):
            continue
        own = next((anchor.id_ or normalize_country(anchor.text, resources=res)
                    for anchor in reversed(doc_index(doc).gazetteer)
                    if anchor.end < i and anchor.label_ in {"DEMONYM", "COUNTRY"} and anchor.text[:1].isupper()
                    and anchor.end < len(doc) and doc[anchor.end].lower_ == doc[i].lower_), None) \
            or _holder_state(doc[i], res)
        if own and own != host:
            yield Place(doc[i - 1 : i + 1], f"{demonym_of(own, res) or own} {doc[i].lower_}", "site", host)


def _holder_state(post: Token, res: Resources) -> str | None:
    """Return the state a demonym gives the noun a post is the place of ("Russian diplomats at the embassy in Vienna",
    "the Vietnamese intelligence service at the embassy in Berlin"), else None."""
    holder = post.head.head if post.dep_ == "pobj" else None
    if holder is None or holder.pos_ not in {"NOUN", "PROPN"}:
        return None
    places = doc_index(post.doc).place_match
    return next((match.id_ for child in holder.children if child.dep_ in {"amod", "compound"}
                 and (match := places.get(child.i)) is not None and match.label_ == "DEMONYM" and match.id_), None)


def _placed_post(post: Token, res: Resources) -> bool:
    """True when a post its sentence places ("in Berlin") is the object of a preposition of motion: where someone was
    taken or went through ("taken to the Vietnamese embassy in Berlin", "through the Consulate of Turkmenistan in
    Istanbul"), a site. Where someone works ("an employee at the consulate in Créteil") stays the body (used_as_place)."""
    return post.dep_ == "pobj" and res.place_use.get(post.head.lower_) == "path"


def _post_names(doc: Doc, res: Resources) -> list[tuple[int, int]]:
    """Return the token bounds of "<embassy|consulate> of <country>" ("the Consulate of Turkmenistan")."""
    return [(anchor.start - 2, anchor.end) for anchor in doc_index(doc).gazetteer
            if anchor.label_ == "COUNTRY" and anchor.start >= 2 and doc[anchor.start - 1].lower_ == "of"
            and doc[anchor.start - 2].lower_ in res.diplomatic_posts]


def _host_around(places: list[Place], start: int, own: str) -> str | None:
    """Return the country of the nearest place before ``start`` in its sentence, else after it, else the latest
    city or region before it, skipping the state ``own`` (an embassy is never in its own state)."""
    sent = sentence(places[0].span.doc[start]) if places else None
    others = [p for p in places if p.country and p.country != own]
    if sent is None:
        return None
    before = [p for p in others if sent.start <= p.span.start < start]
    if before:
        return before[-1].country
    after = [p for p in others if start < p.span.start < sent.end]
    if after:
        return after[0].country
    earlier = [p for p in others if p.span.start < start and p.kind != "country"]
    return earlier[-1].country if earlier else None


def demonym_of(alpha3: str, res: Resources) -> str | None:
    """Return the nationality adjective of a state ("ISR" -> "Israeli"): of its demonyms, the one closest to its name."""
    name = (country_name(alpha3, resources=res) or "").lower()
    forms = [form for form, code in res.demonym_forms if code == alpha3]

    def shared(form: str) -> int:
        return len(os.path.commonprefix([form.lower(), name]))

    return max(forms, key=shared, default=None)


def _as_us_state(place: Place, places: list[Place]) -> Place:
    """Read "Georgia" as the US state when its sentence names other places in the United States, and "New York" as
    the state after an American town and a comma ("of Roslyn, New York, said"), not in a list ("Chicago, New York and
    Boston")."""
    if place.kind == "city" and place.country == "USA" and (state := lookup_us_state(place.span.text)) is not None \
            and _after_us_town(place, places):
        return Place(place.span, state, "region", "USA")
    if place.kind != "country" or place.country == "USA":
        return place
    state = lookup_us_state(place.span.text)
    if state is None:
        return place
    sent = sentence(place.span)
    if any(p.country == "USA" and p.kind != "country" and sent.start <= p.span.start < sent.end for p in places):
        return Place(place.span, state, "region", "USA")
    return place


def _after_us_town(place: Place, places: list[Place]) -> bool:
    """True for a place right after an American town or district and a comma, itself not followed by more of a list."""
    doc, start, end = place.span.doc, place.span.start, place.span.end
    if start < 2 or doc[start - 1].text != "," or not any(
            p.span.end == start - 1 and p.country == "USA" and p.kind in {"city", "region"} for p in places):
        return False
    nxt = doc[end] if end < len(doc) else None
    return nxt is None or not (nxt.lower_ in {"and", "or"} or (
        nxt.text == "," and end + 1 < len(doc) and any(p.span.start == end + 1 for p in places)))


def _container_after(places: list[Place], index: int, res: Resources) -> str | None:
    """Return the country of the city or region named right after a place as where it is ("Kennedy Road in Wan Chai",
    "Khalifa International Stadium in Doha"), before any city a site's name holds (Kennedy is also a district of
    Bogotá), else None."""
    here = places[index]
    after = places[index + 1] if index + 1 < len(places) else None
    if after is None or not after.country or after.kind not in {"city", "region"} or after.span.start <= here.span.end:
        return None
    return after.country if _names_where(here.span, after.span, res) else None


def _part_of_city_after(here: Place, places: list[Place], index: int, res: Resources) -> bool:
    """True for a town followed by a comma, a lowercase point of the compass or none, and a big city of its country
    ("Chiswick, west London", "Wimbledon, London", "Knightsbridge, central London"): a district of that city, of kind
    region. ``here`` is the town with the country its neighbours gave it."""
    after = places[index + 1] if index + 1 < len(places) else None
    if after is None or after.kind != "city" or after.country != here.country:
        return False
    doc = here.span.doc
    between = doc[here.span.end : after.span.start]
    if not (1 <= len(between) <= 2 and between[0].text == "," and all(_compass_word(t, res) for t in between[1:])):
        return False
    whole, part = lookup_city(after.span.text), lookup_city(here.span.text)
    # a town the big-city table lacks is a district too ("Knightsbridge, central London": only the town table's)
    return whole is not None and whole.population >= BIG_CITY and (part is None or part.population < RESCUE_POPULATION)


def _inner_country(place: Place, named: frozenset[str], res: Resources) -> str | None:
    """Return the country of a city named inside a site's name ("Minsk National Airport"), or of the province or state
    a site is "of" ("the University of Queensland": of one country, or of one the article names)."""
    span = place.span
    if span[-1].lower_ in res.actor_words["court_head"]:
        return None  # a court is often named after a district, not its city ("Westminster Magistrates' Court" is in
        # London; Westminster, Colorado is a city): the places around it tell its country
    for size in (2, 1):  # "Kuala Lumpur International Airport", "Minsk National Airport"
        for start in range(span.start, span.end - size + 1):
            words = span.doc[start : start + size]
            if words[0].text[:1].isupper():
                city = lookup_city(words.text, prefer=named)
                # a town of a country the article does not name is a word of another name ("San Gabriel Valley")
                if city is not None and city.population >= RESCUE_POPULATION and (city.country in named or city.population >= BIG_CITY):
                    return city.country
    if place.kind == "site":  # "the University of Queensland": the province or state a site is "of"
        of = next((t.i for t in span if t.lower_ == "of"), None)
        if of is not None and span.end > of + 1 and all(t.text[:1].isupper() for t in span.doc[of + 1 : span.end]) \
                and (sub := lookup_subdivision(span.doc[of + 1 : span.end].text, prefer=named)) is not None:
            return sub[0]
    return None


# Words between a place and the city or region after it that put the one in the other ("the stadium in Doha").
WHERE_WORDS = {"in", "at", "near", "outside", "inside", "of", ",", "the", "central", "downtown"}
WHERE_TOKENS = 3


def _names_where(span: Span, after: Span, res: Resources) -> bool:
    """True when a place named right after another says where the other is: "Khalifa International Stadium in Doha",
    "Nyanga township in Cape Town", not "on East Broadway on behalf of the Fuzhou branch"."""
    between = span.doc[span.end : after.start]
    return len(between) <= WHERE_TOKENS and all(
        t.lower_ in WHERE_WORDS or t.pos_ == "ADJ" or t.lower_ in res.division_words for t in between)


def _context_country(places: list[Place], index: int, res: Resources) -> str | None:
    """Return the country a place of unknown country is in, from the places around it.

    Cities and regions say more than countries (a street on a page about a
    Chinese station in New York is in the United States): the nearest city or
    region before it in its sentence, then after it, then in the two sentences before, then
    any place before it in its sentence, then after it, then the latest before.
    """
    here = places[index]
    sent = sentence(here.span)
    earlier = [p for p in places[:index] if p.country]
    specific = [p for p in earlier if p.kind != "country" and not _stands_for_state(p, res)]
    in_sentence = [p for p in specific if p.span.start >= sent.start]
    if in_sentence:
        return in_sentence[-1].country
    following = [p for p in places[index + 1 :] if p.country and p.span.start < sent.end]
    if following and following[0].kind != "country" and _names_where(here.span, following[0].span, res):
        return following[0].country  # "Khalifa International Stadium in Doha"; "Kajiado County, Kenya" goes on below
    home = _home_body_state(sent, res)
    if home is not None:
        return home  # "arrested by the Jordanian police and brought to the Palace of Justice in Abdoun"
    # past its sentence: the country most of the story's cities and regions are in, when one clearly leads ("Capel
    # Street" in a story on Dublin whose last place named was Beijing), else the latest city or region just before
    setting = Counter(p.country for p in places if p.kind != "country" and p.country and not _stands_for_state(p, res)).most_common(2)
    if setting and setting[0][1] >= SETTING_LEAD + (setting[1][1] if len(setting) > 1 else 0):
        return setting[0][0]
    recent = [p for p in specific if here.span.start - p.span.start < CONTEXT_TOKENS]
    if recent:
        return recent[-1].country
    before = [p for p in earlier if p.span.start >= sent.start]
    if before:
        return before[-1].country
    after = [p for p in places[index + 1 :] if p.country and p.span.start < sent.end]
    if after:
        return after[0].country
    return earlier[-1].country if earlier else None


def _home_body_state(sent: Span, res: Resources) -> str | None:
    """Return the one state whose police, courts or prosecutors act in a sentence, named by its demonym ("the Jordanian
    police", "a Turkish court"), else None: they act at home, so the sentence's unplaced places are there."""
    words = res.place_words["home_body"]
    states = {code for token in sent if token.lower_ in words and token.i > sent.start
              and (code := res.demonyms.get(sent.doc[token.i - 1].lower_)) is not None}
    return next(iter(states)) if len(states) == 1 else None


def _stands_for_state(place: Place, res: Resources) -> bool:
    """True for a capital named as its government, not as where things happen: "critics of Beijing", "Tehran said"
    (not "Tehran's Evin prison"); such a mention says nothing of where a street or a building is."""
    if place.kind != "city" or place.span.text not in capitals():
        return False
    root = place.span.root
    if root.dep_ == "pobj":
        return res.place_use.get(root.head.lower_) not in {"prep", "path"} and root.head.lower_ != "from"
    return root.dep_ in {"nsubj", "nsubjpass"}


def setting_country(doc: Doc, *, resources: Resources | None = None, countries: bool = False) -> str | None:
    """Return the country the story is set in: the country of most of its named cities, regions and sites (the
    first named on a tie); a body named without its state ("the Criminal Division") is usually that state's.
    With ``countries``, for a state's bodies: not a town that only says where someone lives or comes from ("the
    brother of London-based news editor", "a Bishkek-born journalist"; place_words hyphen_origin), and in a story
    that names no other town, region or site, the country it names more than any other ("The Foreign Ministry
    reportedly prepared a list of dissidents" in a story on Bangladesh); a tie of countries says nothing. Not for
    people and organisations: "-based" may give their own country ("director of the Kiev-based Institute of Mass
    Information"), and a story of countries alone often places them abroad ("Thai exiles in Laos", "the Red Shirt
    movement")."""
    res = resources or load_resources()

    def leader(places: list[Place]) -> str | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for place in places:
            if place.country:
                counts[place.country] += 1
                first.setdefault(place.country, place.span.start)
        return max(counts, key=lambda code: (counts[code], -first[code]), default=None)

    def compute() -> tuple[str | None, str | None]:
        places = find_places(doc, resources=res)
        towns = [p for p in places if p.kind != "country" and p.country]
        lived = [p for p in towns if not hyphen_origin(p, res)]
        if lived:
            return leader(towns), leader(lived)
        named = Counter(p.country for p in places if p.kind == "country" and p.country).most_common(2)
        return leader(towns), named[0][0] if named and (len(named) == 1 or named[0][1] > named[1][1]) else None

    town, body = cached(doc, f"setting:{id(res)}", compute)
    return body if countries else town


def hyphen_origin(place: Place, res: Resources) -> bool:
    """True for a place joined by a hyphen to a word of where someone lives or comes from ("London-based")."""
    doc, end = place.span.doc, place.span.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in res.place_words["hyphen_origin"]


def _table_name(place: Place) -> str | None:
    """Return the city table's name of a city ("Den Haag" -> "The Hague"), else None."""
    if place.kind == "city" and place.country:
        city = lookup_city(place.name, prefer=frozenset({place.country}))
        if city is not None and city.country == place.country:
            return city.name
    return None


def extract_locations(doc: Doc, *, article_id: str = "", resources: Resources | None = None) -> Iterator[LocationRow]:
    """Yield one row per distinct place of the article, at its first mention.

    A city named in two forms ("Den Haag" and "The Hague", "New York" and "New York City") is one place, named as
    the city table names it.
    """
    first: dict[tuple[str, ...], Place] = {}
    names: dict[tuple[str, ...], str] = {}
    for place in [*find_places(doc, resources=resources), *modifier_places(doc, resources=resources)]:
        table = _table_name(place)
        key: tuple[str, ...] = (
            ("country", place.country or "") if place.kind == "country"
            else (place.kind, table or place.name.lower(), place.country or "")
        )
        if key not in first:
            first[key] = place
            names[key] = place.name
        elif table is not None and names[key].isupper() and not place.name.isupper():
            # "NEW YORK" in the dateline, "New York" in the text: the name as the text spells it; an abbreviation
            # ("NYC") is no spelling of "New York": the city table's name
            names[key] = place.name if names[key].lower() == place.name.lower() else table
        elif table is not None and place.name.lower() != first[key].name.lower():
            names[key] = table
    for where, place in first.items():
        yield LocationRow(
            article_id=article_id,
            char_start=place.span.start_char,
            char_end=place.span.end_char,
            text=place.span.text,
            name=names[where],
            kind=place.kind,
            country=place.country or None,  # a city of Kosovo: no ISO country
            country_name=country_name(place.country, resources=resources),
        )
