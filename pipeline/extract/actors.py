"""Actors: states acting, government bodies, persons, NGOs, media, international bodies, groups.

Sources, in order of trust: the actor gazetteer, "<demonym|country> <body>"
phrases, states acting (a country or capital as subject, "the Chinese
government"), the model's PERSON/ORG entities, and groups ("Chinese dissidents").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.normalize import country_name, lookup_city, lookup_subdivision, normalize_country, region_country
from pipeline.extract.index import cached, doc_index, positions, sentence
from pipeline.extract.names import NON_ACTOR_HEADS, given_name_people, has_org_keyword, is_given_name, keyword_type
from pipeline.extract.names import person_gender as person_gender
from pipeline.extract.places import find_places, setting_country
from pipeline.records import ActorRow
from pipeline.resources import Resources, load_resources

SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "csubj"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "these", "those", "this", "that", "some", "many", "other"}
ORG_LABELS = {"ORG"}


@dataclass(frozen=True)
class Actor:
    """A resolved actor mention; ``span`` is the words it was found in."""

    span: Span
    name: str
    type: str
    country: str | None

    @property
    def key(self) -> tuple[str, ...]:
        if self.type == "state":
            return ("state", self.country or "")
        if self.type in {"government", "group"}:
            return (self.type, self.name.lower(), self.country or "")
        return ("named", self.name.lower())


def _country_of_token(token: Token, doc: Doc, res: Resources) -> str | None:
    """Return the country a demonym, country name or capital token stands for."""
    match = doc_index(doc).place_match.get(token.i)
    if match is None:
        return None
    if match.label_ == "DEMONYM":
        return match.id_ or None
    return match.id_ or normalize_country(match.text, resources=res)


def _gazetteer_spans(doc: Doc, labels: set[str]) -> list[Span]:
    """Return capitalised gazetteer matches with these labels, longest first where they overlap."""
    spans = [m for m in doc_index(doc).gazetteer if m.label_ in labels and any(c.isupper() for c in m.text)]
    spans.sort(key=lambda m: (m.start, -len(m)))
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


# Name particles of patronymic names, whose bearers news calls by the first name ("Khalid Abu Bakar" -> "Khalid").
PATRONYMIC = {"abu", "bin", "binti", "ibn", "bint", "ben", "bte"}
# Bodies whose name before a noun is an adjective ("military pilot", "intelligence officer"), not the body acting.
MODIFIER_BODIES = {"military", "intelligence service", "security services"}
PEERAGE = {"Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl"}
CREDIT_WORDS = {"photo", "photograph", "image", "credit", "picture", "video", "getty", "file"}


BYLINE = re.compile(
    r"(?:^|\n|;|\()\s*(?:by|(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by|written\s+by)\s[^\n.;]*$",
    re.IGNORECASE,
)


def _in_credit(span: Span) -> bool:
    """True for bylines ("By Jane Doe", "Reporting by ...; Editing by ...") and photo credits ("(Photo: Reuters)"),
    which are not actors."""
    doc = span.doc
    # the words before the span on its line (at most a dozen: a byline is short); Doc.text would cost the whole text
    first = span.start
    while first > 0 and span.start - first < 12 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    prefix = ("\n" if first == 0 or "\n" in doc[first - 1].text_with_ws else "") + "".join(t.text_with_ws for t in doc[first : span.start])
    if BYLINE.search(prefix):
        return True
    if _agency_credit(span):
        return True
    start = max(sentence(span).start, span.start - 4)
    return any(doc[i].lower_ in CREDIT_WORDS for i in range(start, span.start)) and any(
        doc[i].text in {"(", ":", "/"} for i in range(start, span.start)
    )


DASHES = {"-", "--", "—", "–", ":"}


def _agency_credit(span: Span) -> bool:
    """True for a news agency or photographer credited, not reporting: a dateline ("CAIRO (AP) —", "(Bloomberg) --"),
    a bracketed photo credit ("[AFP]", "(Esteban Felix/AP)", "(Mike Coppola/Getty Images)") or a caption's last
    words ("... in Tehran. AFP", "- AFP")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text in {"(", "[", "/"} and after is not None and after.text in {")", "]", "/"}:
        if before.text == "/" or after.text in {"/", "]"}:
            return True  # "(Esteban Felix/AP)", "[AFP]"
        closing = span.end + 1
        if closing < len(doc) and (doc[closing].text in DASHES or doc[closing].text.strip() in DASHES):
            return True  # "JOHANNESBURG (AP) —"
    if "/" in span.text and before is not None and before.text in {"(", "["}:
        return True  # "(Mike Coppola/Getty Images)"
    line_end = after is None or "\n" in span[-1].text_with_ws or (after.is_space and "\n" in after.text)
    return line_end and before is not None and before.text in {".", "-", "—", "–"} and len(span) <= 4


def _strip_det(span: Span) -> Span:
    while len(span) > 1 and span[0].lower_ in DETERMINERS:
        span = span[1:]
    while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"):
        span = span[:-1]
    return span


def _country_before(span: Span, doc: Doc, res: Resources, *, window: int = 6) -> str | None:
    """Return the country of the nearest demonym/country before the span in its sentence ("Dutch media outlet RTL News")."""
    start = max(sentence(span).start, span.start - window)
    for i in range(span.start - 1, start - 1, -1):
        token = doc[i]
        if token.text in {".", ";", ":"} or token.pos_ == "VERB":
            break
        code = _country_of_token(token, doc, res)
        if code:
            return code
        if token.lower_ == "based" and i >= 2 and doc[i - 1].text == "-":
            return _country_of_token(doc[i - 2], doc, res)
    return None


def _country_after(span: Span, doc: Doc, res: Resources, *, window: int = 10) -> str | None:
    """Return the country named in an apposition after the span ("Wang Wenbin, a Chinese spokesman")."""
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    end = min(sentence(span).end, span.end + window)
    for i in range(span.end + 1, end):
        token = doc[i]
        if token.text in {",", ".", ";"} or token.pos_ == "VERB":
            break
        code = _country_of_token(token, doc, res)
        if code:
            return code
    return None


def find_actors(doc: Doc, *, resources: Resources | None = None) -> list[Actor]:
    """Return every actor mention in document order (not deduplicated); computed once per Doc."""
    res = resources or load_resources()
    return cached(doc, f"actors:{id(res)}", lambda: _find_actors(doc, res))


def _find_actors(doc: Doc, res: Resources) -> list[Actor]:
    found: list[Actor] = []
    taken: set[int] = set()

    sites = [p.span for p in find_places(doc, resources=res) if p.kind == "site"]

    def add(actor: Actor) -> None:
        if _in_credit(actor.span):
            return
        if actor.type in {"government", "organization"} and any(
            s.start < actor.span.end and actor.span.start < s.end for s in sites
        ):
            taken.update(range(actor.span.start, actor.span.end))
            return  # "at the Saudi consulate", "Westminster Magistrates' Court": a building named as a place
        if actor.span.text in res.platforms and _platform_as_place(actor.span, res):
            return  # "a video on YouTube": where something was posted
        found.append(actor)
        taken.update(range(actor.span.start, actor.span.end))

    for span in _gazetteer_spans(doc, {"ACTOR"}):
        entry = res.actors.get(span.text.lower())
        if entry is None:
            continue
        # "UN experts", "EU sanctions": an acronym modifying a noun names no party by itself
        if len(span) == 1 and span[0].dep_ in {"compound", "amod", "nmod"} and span[0].text.isupper() and span[0].head.pos_ == "NOUN":
            continue
        if entry.type == "state":  # metonyms: "the Kremlin" is Russia acting
            add(Actor(span, country_name(entry.country, resources=res) or entry.name, "state", entry.country))
        elif entry.type == "government" and span.start > 0 and (other := _country_of_token(doc[span.start - 1], doc, res)):
            # "the German Foreign Office": the demonym names the state, whatever the gazetteer's default
            add(Actor(doc[span.start - 1 : span.end], entry.name, entry.type, other))
        else:
            add(Actor(span, entry.name, entry.type, entry.country))
    for actor in _bodies_and_states(doc, res):
        if not any(i in taken for i in range(actor.span.start, actor.span.end)):
            add(actor)
    for actor in _bodies_in_places(doc, res):
        if not any(i in taken for i in range(actor.span.start, actor.span.end)):
            add(actor)
    for actor in _unnamed_ministries(doc, res, found):
        if not any(i in taken for i in range(actor.span.start, actor.span.end)):
            add(actor)
    for actor in _countries_acting(doc, res):
        if not any(i in taken for i in range(actor.span.start, actor.span.end)):
            add(actor)
    for actor in _appositive_orgs(doc):
        if not any(i in taken for i in range(actor.span.start, actor.span.end)):
            add(actor)
    for actor in _named_entities(doc, res, taken):
        add(actor)
    for span in given_name_people(doc, res):
        if not any(i in taken for i in range(span.start, span.end)):
            add(Actor(span, span.text, "person", _country_before(span, doc, res, window=8) or _country_after(span, doc, res)))
    for actor in _groups(doc, res):
        if not any(i in taken for i in range(actor.span.start, actor.span.end)):
            add(actor)
    found.sort(key=lambda a: a.span.start)
    found = [_national_name(a, res) for a in _expand_acronyms(doc, found)]
    people = _merge_people(found)
    return sorted(people + list(_surname_mentions(doc, people, taken)), key=lambda a: a.span.start)


def _platform_as_place(span: Span, res: Resources) -> bool:
    """True for a platform named as where something was posted ("on X and YouTube") or as a medium modifying a
    noun ("a YouTube channel", "on the Telegram messaging app")."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in {"compound", "nmod"} and token.head.pos_ == "NOUN":
        return True
    return token.dep_ == "pobj" and res.place_use.get(token.head.lower_) == "platform"


def _national_name(actor: Actor, res: Resources) -> Actor:
    """Give a generic body its state's own name: India's foreign ministry is the Ministry of External Affairs."""
    own = res.national_bodies.get((actor.country or "", actor.name)) if actor.type == "government" else None
    return Actor(actor.span, own, actor.type, actor.country) if own else actor


def _expand_acronyms(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Read an acronym the article defines ("the Rwanda National Congress (RNC)") as the body it stands for.

    Its later mentions ("the RNC said") become that actor, whether or not the model tagged them.
    """
    defined: dict[str, Actor] = {}
    for actor in actors:
        end = actor.span.end
        if actor.type in {"person", "state", "group"} or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
            continue
        acronym = doc[end + 1].text
        if acronym.isupper() and len(acronym) >= 2 and acronym.isalpha():
            defined.setdefault(acronym, actor)
    if not defined:
        return actors
    expanded = []
    covered: set[int] = set()
    for actor in actors:
        full = defined.get(actor.span.text)
        if full is not None and actor.span.start > full.span.start:
            actor = Actor(actor.span, full.name, full.type, full.country)
        expanded.append(actor)
        covered.update(range(actor.span.start, actor.span.end))
    for token in doc:
        full = defined.get(token.text)
        if full is not None and token.i not in covered and token.i > full.span.end:
            expanded.append(Actor(doc[token.i : token.i + 1], full.name, full.type, full.country))
    return sorted(expanded, key=lambda a: a.span.start)


def _surname_mentions(doc: Doc, actors: list[Actor], taken: set[int]) -> Iterator[Actor]:
    """Yield later mentions of a person by surname alone ("Burgess said") that the model did not tag."""
    surnames: dict[str, tuple[int, Actor]] = {}
    for actor in actors:
        if actor.type == "person" and len(actor.name.split()) > 1:
            surnames.setdefault(actor.name.split()[-1], (actor.span.end, actor))
            # a name given family name first ("Gui Minhai" -> "Gui said"), or a patronymic one ("Khalid Abu Bakar")
            first = actor.name.split()[0]
            if person_gender(first) is None or any(w.lower() in PATRONYMIC for w in actor.name.split()[1:]):
                surnames.setdefault(first, (actor.span.end, actor))
    for i in positions(doc, surnames, attr="ORTH", remember=False) if surnames else []:
        token = doc[i]
        entry = surnames.get(token.text)
        if entry is None or token.i < entry[0] or token.i in taken or token.pos_ != "PROPN":
            continue
        if any(a.span.start <= token.i < a.span.end for a in actors):
            continue
        person = entry[1]
        yield Actor(doc[token.i : token.i + 1], person.name, "person", person.country)


_SORTED: dict[int, tuple[Collection[str], list[str]]] = {}


def _longest_first(names: Collection[str]) -> list[str]:
    """Return the names, those of more words first (stable); sorted once per collection."""
    entry = _SORTED.get(id(names))
    if entry is None or entry[0] is not names:
        _SORTED.clear()
        entry = _SORTED[id(names)] = (names, sorted(names, key=lambda b: -len(b.split())))
    return entry[1]


def _bodies_and_states(doc: Doc, res: Resources) -> Iterator[Actor]:
    """Yield "<demonym|country('s)> <body or state noun>" phrases: "the Dutch foreign ministry", "China's government"."""
    bodies = _longest_first(res.bodies)
    for anchor in _gazetteer_spans(doc, {"DEMONYM", "COUNTRY", "CAPITAL"}):
        code = anchor.id_ or normalize_country(anchor.text, resources=res)
        if not code:
            continue
        i = anchor.end
        if i < len(doc) and doc[i].tag_ == "POS":
            i += 1
        # allow one modifier: "Chinese foreign ministry", "Iranian intelligence ministry"
        tail = " ".join(t.lower_ for t in doc[i : i + 4])
        for body in bodies:
            if tail == body or tail.startswith(body + " "):
                end = i + len(body.split())
                if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower \
                        and res.bodies[body] in MODIFIER_BODIES:
                    break  # "a Russian military pilot", "German military laboratories": the body names no actor
                start = anchor.start - 1 if anchor.start > 0 and doc[anchor.start - 1].lower_ == "the" else anchor.start
                yield Actor(doc[start:end], res.bodies[body], "government", code)
                break
        else:
            noun = doc[i] if i < len(doc) else None
            if noun is not None and noun.lower_ in res.state_nouns:
                start = anchor.start - 1 if anchor.start > 0 and doc[anchor.start - 1].lower_ == "the" else anchor.start
                yield Actor(doc[start : i + 1], country_name(code, resources=res) or anchor.text, "state", code)


def _bodies_in_places(doc: Doc, res: Resources) -> Iterator[Actor]:
    """Yield a state's body named by where it sits: "a court in Riyadh" is a Saudi court.

    Only bodies whose seat gives their state: courts, police and prosecutors (an embassy's
    seat is the host country, not its state).
    """
    places = {p.span.start: p for p in find_places(doc, resources=res)}
    for i in positions(doc, res.bodies):
        token = doc[i]
        body = res.bodies.get(token.lower_)
        if body not in SEATED_BODIES or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "in":
            continue
        place = places.get(token.i + 2)
        if place is None or place.country is None or token.dep_ == "appos":
            continue  # "Breon Peace, the top federal prosecutor in Brooklyn": a title, the person is the actor
        start = token.i
        while start > 0 and doc[start - 1].pos_ in {"DET", "ADJ"} and not doc[start].is_sent_start:
            start -= 1
        yield Actor(doc[start : place.span.end], body, "government", place.country)
    for place in places.values():
        # "Istanbul police", "a Delhi court": a city or province before the body is its seat
        end = place.span.end
        if place.kind not in {"city", "region"} or place.country is None or end >= len(doc):
            continue
        body = res.bodies.get(doc[end].lower_)
        if body in SEATED_BODIES and doc[end].is_lower and doc[end].dep_ != "compound":
            yield Actor(doc[place.span.start : end + 1], body, "government", place.country)


MINISTRY = frozenset({"ministry"})


def _unnamed_ministries(doc: Doc, res: Resources, found: list[Actor]) -> Iterator[Actor]:
    """Yield "the foreign ministry" without a demonym, its state being the last state named before it.

    A ministry is always some state's; in news the state is the one just discussed.
    """
    for i in positions(doc, MINISTRY):
        token = doc[i]
        if token.lower_ != "ministry" or token.i < 2:
            continue
        start = token.i - 1
        if doc[start].lower_ == "the" or doc[start - 1].lower_ != "the":
            continue
        phrase = f"{doc[start].lower_} ministry"
        if phrase not in res.bodies:
            continue
        before = [a for a in found if a.span.end <= start and a.country and a.type in {"state", "government"}]
        codes = [_country_of_token(t, doc, res) for t in doc[max(0, sentence(token).start - 40) : start]]
        code = next((c for c in reversed(codes) if c), None) or (before[-1].country if before else None)
        if code:
            yield Actor(doc[start - 1 : token.i + 1], res.bodies[phrase], "government", code)


def _countries_acting(doc: Doc, res: Resources) -> Iterator[Actor]:
    """Yield countries and capitals that act: subjects of a verb ("China has refuted", "Beijing said")."""
    for span in _gazetteer_spans(doc, {"COUNTRY", "CAPITAL"}):
        # inside a longer name ("Police Scotland") a country does not act; one the model merely labels ORG does
        if any(ent.label_ in {"PERSON", "ORG"} and ent.start <= span.start < ent.end and len(ent) > len(span)
               for ent in doc_index(doc).ents):
            continue
        if span.label_ == "CAPITAL" and span.text.isupper():
            continue  # a dateline ("LONDON -"), not a government acting
        head = span.root
        while head.dep_ == "conj" and head.head.i != head.i:  # "Italy and Austria condemned"
            head = head.head
        acting = head.dep_ in SUBJECT_DEPS or (head.dep_ == "pobj" and head.head.dep_ == "agent")
        # "urged Thailand to", "thanked Oman", "called on the EU to": a state addressed or blamed is a party
        verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "on" else head.head
        acting = acting or (head.dep_ in {"dobj", "pobj"} and (head.dep_ == "dobj" or verb.i != head.head.i)
                            and verb.pos_ == "VERB" and verb.lemma_.lower() in res.state_object_verbs)
        if head.dep_ == "poss" and head.head.lower_ in res.state_nouns:
            continue
        if not acting:
            continue
        code = span.id_ or normalize_country(span.text, resources=res)
        if code:
            yield Actor(span, country_name(code, resources=res) or span.text, "state", code)


def _org_type(name: str, res: Resources) -> str:
    return keyword_type(name, res) or "organization"


def _not_an_actor(span: Span, res: Resources) -> bool:
    """True for what the model mistakes for a person or organisation: places, laws and titles, lone common words."""
    text = span.text
    if normalize_country(text, resources=res) or text.lower() in res.demonyms or text.lower() in res.regions:
        return True
    if len(span) == 1 and lookup_city(text) is not None:
        return True
    if len(span) > 1 and (city := lookup_city(text)) is not None and city.population >= 100_000:
        return True  # "Ho Chi Minh City"
    if span[-1].text in NON_ACTOR_HEADS or (span.start > 0 and span.doc[span.start - 1].lower_ in {"titled", "called", "named"}):
        return True
    if any(t.text in INSTRUMENTS for t in span):  # "Minsk Convention of 1993", "Safeguarding National Security Ordinance"
        return True
    if span[0].text in EVENT_WORDS or span.text.count("(") != span.text.count(")"):
        return True  # "Typhoon Hagibis"; "British National (Overseas" cut inside its brackets
    if len(span) > 2 and span[1].tag_ == "POS" and normalize_country(span[0].text, resources=res):
        return True  # "Mozambique's Cabo Delgado": a place in the country, or a body the gazetteer would know
    doc = span.doc
    closing = span.end + 1 if span.end < len(doc) and doc[span.end].text in {",", "."} else span.end
    if span.start > 0 and doc[span.start - 1].is_quote and closing < len(doc) and doc[closing].is_quote:
        return True  # a quoted title: "Patrol and Persuade", "Chinese Transnational Policing Gone Wild,"
    if any(t.lower_ in {"and", "with"} for t in span) and all(t.text[:1].isupper() or t.lower_ in {"and", "with"} for t in span):
        return True  # "Petrov and Boshirov": two names run together
    if len(span) == 1 and span[0].text in GENERIC_NAMES:
        return True
    # names are capitalised but for their particles: "first European Cup", "Group of" are fragments
    if any(_lowercase_word(t) for t in span) or span[-1].lower_ in NAME_PARTICLES:
        return True
    if span[-1].lower_ in res.place_suffixes and span[-1].lower_ not in INSTITUTION_HEADS:
        return True  # "Rabaa al-Adawiya Square", "Blea Moor Tunnel": a place ("Carter Center" is a body)
    return False


# Heads of names that are documents or events, not parties; lone words the model tags as organisations.
GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:Government|Kingdom|Republic|State) of (?:the\s+)?(.+)$", re.IGNORECASE)
NAME_PARTICLES = {"of", "the", "and", "for", "on", "in", "de", "du", "la", "le", "von", "der", "van", "den", "al", "bin", "el", "da", "di", "y"}
INSTITUTION_HEADS = {"centre", "center", "university", "hospital", "embassy", "consulate", "camp", "building", "tower", "hotel", "palace", "prison"}
ORG_TYPES = {"organization", "ngo", "media"}
SEATED_BODIES = {"court", "police", "public prosecutor"}
INSTRUMENTS = {"Convention", "Act", "Ordinance", "Treaty", "Directive", "Regulation", "Protocol"}
# First words of names of weather and other events ("Typhoon Hagibis").
EVENT_WORDS = {"Typhoon", "Hurricane", "Cyclone", "Storm", "Operation"}
GENERIC_NAMES = {"State", "Parliament", "Senate", "Congress", "Government", "Organization", "Organisation", "Analysis", "CCTV", "DNS"}


def _lowercase_word(token: Token) -> bool:
    """True for a lowercase word that is no name particle ("first"; not "of", "al-Jubeir", "'s", the "ying" of "Chun-ying")."""
    text = token.text
    if not text[:1].islower() or token.lower_ in NAME_PARTICLES or token.is_punct or token.tag_ == "POS":
        return False
    if token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_:
        return False
    return text.split("-", 1)[0] not in NAME_PARTICLES


def _named_entities(doc: Doc, res: Resources, taken: set[int]) -> Iterator[Actor]:
    for ent in doc_index(doc).ents:
        if ent.label_ not in {"PERSON", "ORG"}:
            continue
        span = _extend_particles(_strip_det(ent))
        if ent.label_ == "ORG":
            span = _extend_name(span, res)
        if any(i in taken for i in range(span.start, span.end)) or not any(c.isupper() for c in span.text):
            continue
        if _not_an_actor(span, res) and res.actors.get(span.text.lower()) is None:
            continue
        # a lone capitalised word opening a sentence or heading is usually no organisation ("Analysis", "Friends")
        if ent.label_ == "ORG" and len(span) == 1 and span[0].is_sent_start and not span[0].text.isupper():
            continue
        if ent.label_ == "ORG" and len(span) > 2 and span[0].text in res.person_titles:
            ent_label = "PERSON"  # "Bishop Silvio Baez"
        elif ent.label_ == "PERSON" and has_org_keyword(span.text, res):
            ent_label = "ORG"  # "Thai Airways", "Hertfordshire Police": a body's name the model took for a person
        elif ent.label_ == "ORG" and _looks_like_a_person(span, res):
            ent_label = "PERSON"  # "Jurgen Stock": a given name and a surname the model took for a firm
        else:
            ent_label = ent.label_
        if span.text.lower() in res.peoples:
            continue
        if ent_label == "PERSON":
            # "Doreen Assaad" with only the surname tagged: the given name before it belongs to the name
            if len(span) == 1 and span.start > 0 and (given := doc[span.start - 1]).pos_ == "PROPN" and not given.ent_type_ \
                    and given.text[:1].isupper() and is_given_name(given.text, res) and given.i not in taken:
                span = doc[given.i : span.end]
            name = _clean_person(_strip_title(span, res))
            if name is None or (len(name) == 1 and normalize_country(name.text, resources=res)):
                continue
            country = _country_before(name, doc, res, window=8) or _country_after(name, doc, res)
            yield Actor(name, name.text, "person", country)
            continue
        if normalize_country(span.text, resources=res) or span.text.lower() in res.demonyms:
            continue
        entry = res.actors.get(span.text.lower())
        if entry is not None:
            yield Actor(span, entry.name, entry.type, entry.country)
            continue
        governed = GOVERNMENT_OF.match(span.text)
        if governed and (code := normalize_country(governed.group(1), resources=res)):
            yield Actor(span, country_name(code, resources=res) or governed.group(1), "state", code)  # "Government of Nepal"
            continue
        kind = _org_type(span.text, res)
        country = _country_before(span, doc, res)
        if kind == "government":
            # "Toronto Police Service", "Quebec Court of Appeal": a place in the name is where the body serves;
            # a body named without its state belongs to the state the story is set in
            country = _place_in_name(span, res) or country or _country_in_name(span, doc, res) \
                or _country_around(span, res) or setting_country(doc, resources=res)
        yield Actor(span, span.text, kind, country)


def _looks_like_a_person(span: Span, res: Resources) -> bool:
    """True for two or three capitalised words opening with a common given name and naming no kind of body."""
    words = span.text.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words)
        and res.actors.get(span.text.lower()) is None
        and words[0] not in res.person_titles  # "General Assembly"
        and not normalize_country(words[0], resources=res)  # "Jordan Times"
        and words[0].lower() not in res.demonyms  # "Thai Airways"
        and not has_org_keyword(span.text, res)
        and is_given_name(words[0], res)
    )


# Nouns that, in apposition to a name, say what kind of body it is: "Mizan, the news agency of Iran's judiciary".
APPOSITION_KINDS = {
    "agency": "media", "newspaper": "media", "outlet": "media", "broadcaster": "media", "channel": "media",
    "website": "media", "daily": "media", "group": "ngo", "organisation": "ngo", "organization": "ngo",
    "charity": "ngo", "network": "ngo", "party": "organization", "company": "organization", "firm": "organization",
    "movement": "organization",
}


APPOS = frozenset({"appos"})


def _appositive_orgs(doc: Doc) -> Iterator[Actor]:
    """Yield names the model did not tag that an apposition calls a body ("Mizan, the news agency of ...")."""
    for i in positions(doc, APPOS, attr="DEP"):
        token = doc[i]
        if token.dep_ != "appos" or token.lemma_.lower() not in APPOSITION_KINDS:
            continue
        name = token.head
        if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ in {"GPE", "LOC", "NORP"}:
            continue
        if name.ent_type_ == "PERSON" and any(e.label_ == "PERSON" and e.start <= name.i < e.end and len(e) > 1 for e in doc_index(doc).ents):
            continue  # a person's full name: "Gurpatwant Singh Pannun, a leader of the group"
        start = name.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start : name.i + 1]
        yield Actor(span, span.text, APPOSITION_KINDS[token.lemma_.lower()], None)


def _clean_person(span: Span) -> Span | None:
    """Drop a nickname in quotes and stray numbers from a person's name ('"Harry" Lu Jianwang' -> "Lu Jianwang")."""
    quotes = [t.i for t in span if t.is_quote]
    if quotes:
        span = span.doc[quotes[-1] + 1 : span.end]
    while len(span) and (span[0].like_num or span[0].is_punct):
        span = span[1:]
    return span if len(span) and span[0].text[:1].isupper() else None


def _extend_particles(span: Span) -> Span:
    """Finish a name the model stopped at its particles: "Ursula von der" + "Leyen"."""
    doc = span.doc
    if len(span) > 1 and span[-1].lower_ in NAME_PARTICLES and span.end < len(doc) and doc[span.end].text[:1].isupper():
        return doc[span.start : span.end + 1]
    return span


def _extend_name(span: Span, res: Resources) -> Span:
    """Finish an organisation's name the model cut at "of" or "for": "Arab Struggle Movement" + "for the
    Liberation of Ahvaz", "Ministry of Foreign" + "and Diaspora Affairs". A country after "of" stays out
    ("Ministry of Foreign Affairs of China" is the ministry of a state)."""
    doc = span.doc
    end = span.end
    while end + 1 < len(doc) and doc[end].lower_ in {"of", "for", "and"}:
        if doc[end].lower_ == "and" and not (end - span.start >= 2 and doc[end - 2].lower_ == "of"):
            break  # "Amnesty International and Human Rights Watch": two names
        j = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        k = j
        while k < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_sent_start and doc[k].ent_type_ != "PERSON":
            k += 1
        if k == j or normalize_country(doc[j:k].text, resources=res):
            break
        end = k
    return doc[span.start : end]


def _strip_title(span: Span, res: Resources) -> Span:
    """Drop leading titles ("Crown Prince", "President") and trailing post-nominals ("QC") from a person's name.

    A peer known by title and one name keeps the title ("Lord Cameron").
    """
    while len(span) > 1 and span[-1].text in res.postnominals:
        span = span[:-1]
    if len(span) == 2 and span[0].text in PEERAGE:
        return span
    changed = True
    while changed and len(span) > 1:
        changed = False
        for size in (3, 2, 1):
            if len(span) > size and span[:size].text in res.person_titles:
                span = span[size:]
                changed = True
                break
    return span


def _country_around(span: Span, res: Resources, *, sentences: int = 2) -> str | None:
    """Return the country of the place nearest before a body in its sentence or the ones before, else after it.

    A body named without its state ("the Department of Foreign Affairs", "the National Security Division")
    belongs to the state the passage is set in.
    """
    doc = span.doc
    sent = sentence(span)
    start = sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = sentence(doc[start - 1]).start
    places = [p for p in find_places(doc, resources=res) if p.country]
    before = [p for p in places if start <= p.span.start < span.start]
    if before:
        return before[-1].country
    after = [p for p in places if span.end <= p.span.start < sent.end]
    return after[0].country if after else None


def _place_in_name(span: Span, res: Resources) -> str | None:
    """Return the country of a city or province named inside a body's name ("Toronto Police Service" -> CAN)."""
    doc = span.doc
    for size in (2, 1):
        for start in range(span.start, span.end - size + 1):
            words = doc[start : start + size]
            if not all(t.text[:1].isupper() for t in words):
                continue
            region = res.regions.get(words.text.lower())
            if region is not None and region.country:
                return region.country
            city = lookup_city(words.text)
            if city is not None and city.population >= 100_000:
                return city.country
            subdivision = lookup_subdivision(words.text)
            if subdivision is not None:
                return subdivision[0]
    return None


def _country_in_name(span: Span, doc: Doc, res: Resources) -> str | None:
    for token in span:
        code = _country_of_token(token, doc, res)
        if code:
            return code
    return None


def _groups(doc: Doc, res: Resources) -> Iterator[Actor]:
    """Yield groups: "<demonym> [modifiers] <group noun>", "overseas Chinese", plural ethnic nouns ("Uyghurs")."""
    for anchor in _gazetteer_spans(doc, {"DEMONYM", "COUNTRY", "REGION"}):
        code = anchor.id_ or None
        i = anchor.end
        if anchor.label_ != "DEMONYM":
            # a place names a group only right before its noun: "Hong Kong activists", "Tibet activists"
            code = code or normalize_country(anchor.text, resources=res) or region_country(anchor.text, res)
            if i >= len(doc) or doc[i].lower_ not in res.group_nouns:
                continue
        j = i
        while j < min(len(doc), i + 3) and doc[j].lower_ not in res.group_nouns and doc[j].pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT"} and doc[j].text not in {",", "."}:
            j += 1
        if j < len(doc) and doc[j].lower_ in res.group_nouns and j - i <= 2:
            # "asylum seekers" and other two-word nouns
            end = j + 1
            if end < len(doc) and f"{doc[j].lower_} {doc[end].lower_}" in res.group_nouns:
                end += 1
            elif end < len(doc) and doc[end].tag_ == "NNS" and doc[j].tag_ in {"NN", "NNP"}:
                end += 1  # "Iranian opposition supporters": the group noun modifies the people it names
            start = anchor.start - 1 if anchor.start > 0 and doc[anchor.start - 1].lower_ == "overseas" else anchor.start
            span = doc[start:end]
            yield Actor(span, span.text, "group", code)
            continue
        if anchor.start > 0 and doc[anchor.start - 1].lower_ == "overseas" and (i >= len(doc) or doc[i].pos_ not in {"NOUN", "PROPN"}):
            span = doc[anchor.start - 1 : anchor.end]
            yield Actor(span, span.text, "group", code)
            continue

    for i in positions(doc, res.peoples):
        token = doc[i]
        # "Uyghurs", "Tibetans", "Chechens": a people named by its plural (not "Canadians": see peoples.txt)
        if token.lower_ in res.peoples and token.text[:1].isupper() and token.dep_ not in {"amod", "compound"}:
            singular = token.text[:-1].lower() if token.text.endswith("s") else token.lower_
            country = None if token.lower_ in res.faiths else res.demonyms.get(singular)
            yield Actor(doc[token.i : token.i + 1], token.text, "group", country)


def _surname_key(word: str) -> str:
    """Fold a name part for comparison: case, and Arabic article prefixes ("el-Sisi" = "Sisi", "Al-Jubeir" = "al-Jubeir")."""
    return re.sub(r"^(?:el|al|ul)-", "", word.casefold())


def _merge_people(actors: list[Actor]) -> list[Actor]:
    """Map a person's short mentions ("Wang", "Al-Jubeir") to the full name first given ("Wang Wenbin")."""
    full_names = [a.name for a in actors if a.type == "person" and len(a.name.split()) > 1]
    merged = []
    for actor in actors:
        if actor.type == "person" or (actor.type == "organization" and len(actor.name.split()) == 1):
            parts = [_surname_key(p) for p in actor.name.split()]
            match = next(
                (n for n in full_names
                 if len(parts) < len(n.split()) and [_surname_key(p) for p in n.split()][-len(parts):] == parts),
                None,
            )
            if match is None and len(parts) == 1:
                # "Zheng said" after "Zheng Congying": a family name given first, when it names only one person
                # or a given name that is how the person is known ("Khalid" for Khalid Abu Bakar)
                firsts = {n for n in full_names if _surname_key(n.split()[0]) == parts[0]}
                patronymic = any(w.lower() in PATRONYMIC for n in firsts for w in n.split()[1:])
                match = firsts.pop() if len(firsts) == 1 and (person_gender(actor.name) is None or patronymic) else None
            if match:
                actor = Actor(actor.span, match, "person", actor.country)
        merged.append(actor)
    return merged


def extract_actors(doc: Doc, *, article_id: str = "", resources: Resources | None = None) -> Iterator[ActorRow]:
    """Yield one row per distinct actor of the article, at its first mention, with the best-known country."""
    res = resources or load_resources()
    actors = find_actors(doc, resources=res)
    country_of: dict[tuple[str, ...], str] = {}
    for actor in actors:
        if actor.country and actor.key not in country_of:
            country_of[actor.key] = actor.country
    # "Iranian intelligence" in an article that names Iran's Ministry of Intelligence is that ministry
    specific = {
        (keyword, a.country) for a in actors if a.type == "government" and a.name not in res.generic_bodies
        for keyword in res.generic_bodies.values() if keyword in a.name.lower().split()
    }
    seen: set[tuple[str, ...]] = set()
    for actor in actors:
        if actor.key in seen:
            continue
        if actor.type == "government" and (res.generic_bodies.get(actor.name), actor.country) in specific:
            continue
        # a lone word tagged as a person and never given in full ("Krasikov") is more often the model's slip
        # than a party: people in news are introduced by full name
        if actor.type == "person" and len(actor.name.split()) == 1:
            continue
        # likewise a one-word organisation the gazetteer does not know ("Boeing", "Pegasus", "Blogger")
        if actor.type in ORG_TYPES and len(actor.span) == 1 and actor.span.text.lower() not in res.actors:
            continue
        seen.add(actor.key)
        yield ActorRow(
            article_id=article_id,
            char_start=actor.span.start_char,
            char_end=actor.span.end_char,
            text=actor.span.text,
            name=actor.name,
            type=actor.type,
            country=actor.country or country_of.get(actor.key),
        )
