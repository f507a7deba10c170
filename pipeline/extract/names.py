"""Names both actors and places need: people the model missed, organisation keywords, given-name genders.

Below :mod:`pipeline.extract.actors` and :mod:`pipeline.extract.places`, so neither imports the other for them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from pipeline.extract.index import cached
from pipeline.normalize import lookup_city, lookup_us_state, normalize_country
from pipeline.resources import Resources


_KINDS: dict[str, str | None] = {}  # a name -> its keyword's type, for the Resources in _KINDS_OF (asked again and again)
_KINDS_OF: list[Resources | None] = [None]


def keyword_type(name: str, res: Resources) -> str | None:
    """Return the actor type the first keyword in an organisation's name gives ("Police" -> government), else None."""
    if _KINDS_OF[0] is not res or len(_KINDS) >= 100_000:
        _KINDS.clear()
        _KINDS_OF[0] = res
    if name not in _KINDS:
        words = set(name.replace("-", " ").split())
        _KINDS[name] = next((kind for keyword, kind in res.org_keywords if keyword in words or (" " in keyword and keyword in name)), None)
    return _KINDS[name]


def has_org_keyword(name: str, res: Resources) -> bool:
    return keyword_type(name, res) is not None


NAME_SKIP_LABELS = {"PERSON", "ORG", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"}


def given_name_people(doc: Doc, res: Resources) -> list[Span]:
    """Return people the model missed: a common given name followed by one or two capitalised names
    ("Agnes Callamard" read as a place, "Theresa May" read as nothing). Computed once per Doc."""
    return cached(doc, f"given-names:{id(res)}", lambda: list(_given_name_people(doc, res)))


def _given_name_people(doc: Doc, res: Resources) -> Iterator[Span]:
    def name_word(token: Token) -> bool:
        text = token.text
        return (
            token.pos_ == "PROPN" and text[:1].isupper() and not text.isupper() and text.replace("-", "").isalpha()
            and (token.ent_type_ not in NAME_SKIP_LABELS or lone_surname_entity(token))
        )

    # a name starts at a proper noun: skip the other words by the Doc's POS column, without making their Tokens
    pos = doc.to_array([POS]).tolist() if len(doc) else []
    i = 0
    while i < len(doc) - 1:
        if pos[i] != PROPN:
            i += 1
            continue
        first = doc[i]
        family_first = first.text in res.family_names and i + 1 < len(doc) and name_word(doc[i + 1])
        if not name_word(first) or (i > 0 and doc[i - 1].lower_ == "the") or (not is_given_name(first.text, res) and not family_first):
            i += 1
            continue
        if normalize_country(first.text, resources=res) or first.lower_ in res.regions or first.text in res.person_titles \
                or first.lower_ in res.demonyms:
            i += 1
            continue
        city = lookup_city(first.text)
        if city is not None and city.population >= 100_000:
            i += 1
            continue
        end = i + 1
        # a given name and up to three more ("Mae Kyaw Soe Nyunt"); a title after it opens no part of the name
        while end < min(len(doc), i + 4) and name_word(doc[end]) and (end < i + 3 or doc[end].text not in res.person_titles):
            end += 1
        # "Iain Duncan-Smith": a family name of two joined by a hyphen
        if end > i + 1 and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and name_word(doc[end + 1]) and doc[end - 1].lower_ not in res.actor_words["article_prefix"]:
            end += 2
        end = patronymic_end(doc, end, res, name_word)
        # "Hazem el-Beblawi": an Arabic article joined to the family name
        if end + 2 < len(doc) and doc[end].lower_ in res.actor_words["article_prefix"] and doc[end + 1].text == "-" \
                and not doc[end].whitespace_ and name_word(doc[end + 2]):
            end += 3
        span = doc[i:end]
        if family_first and (lookup_city(span.text) is not None or normalize_country(span.text, resources=res)):
            i = end  # "Ho Chi Minh City" is a place
            continue
        placed = all(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in span) and (
            (i > 0 and doc[i - 1].lower_ in {"in", "from", "to", "near", "at"}) or lookup_city(span.text) is not None
            or _before_its_state(doc, end, res))
        place_word = any(t.lower_ in res.place_suffixes or t.lower_ in res.actor_words["compass"] for t in span) \
            or (end < len(doc) and doc[end].lower_ in res.place_suffixes)  # "Burg al-Arab Airport"
        if len(span) >= 2 and not placed and not place_word and not has_org_keyword(span.text, res) \
                and span[-1].text not in res.actor_words["non_actor_head"] and span.text not in res.person_titles:
            yield span
            i = end
            continue
        i += 1


SURNAME_MISLABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def lone_surname_entity(token: Token) -> bool:
    """True for a word after a given name that the model tagged alone as a firm, product or work, no name of the
    given name's ("Nina" + "Ognianova" taken for a firm, "Juvenal" + "Habyarimana" for a product): an entity of that
    one word, with no entity on the word before it."""
    doc = token.doc
    return token.ent_type_ in SURNAME_MISLABELS and token.ent_iob_ == "B" and token.i > 0 and not doc[token.i - 1].ent_type_ \
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _before_its_state(doc: Doc, end: int, res: Resources) -> bool:
    """True where a comma and the name of a country or US state follow ("Roslyn Heights, New York"): a town's name."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].ent_iob_ != "B" or doc[end + 1].ent_type_ != "GPE":
        return False
    last = end + 2
    while last < min(len(doc), end + 4) and doc[last].ent_iob_ == "I":
        last += 1
    state = doc[end + 1 : last].text
    return bool(lookup_us_state(state) or normalize_country(state, resources=res))


def patronymic_end(doc: Doc, end: int, res: Resources, name_word: Callable[[Token], bool]) -> int:
    """Return where a name runs on over a lowercase patronymic, the father's name and up to two family-name words
    after it ("Sultan" + "bin Turki", "Abdullah" + "bin Zayed Al Nahyan"; actor_words.tsv patronymic), else end."""
    if end + 1 >= len(doc) or not doc[end].is_lower or doc[end].lower_ not in res.actor_words["patronymic"] \
            or not name_word(doc[end + 1]):
        return end
    last = min(len(doc), end + 4)
    end += 2
    while end < last and name_word(doc[end]) and doc[end].text not in res.person_titles:
        end += 1
    return end


@functools.cache
def _gender_table() -> dict[str, str]:
    from pipeline.buildcache import cached_build

    return cached_build("gender", _build_gender_table, packages=("gender-guesser",))


def _build_gender_table() -> dict[str, str]:
    """Return lowercase given name -> "f" or "m" (with "?" after it when the name is only mostly that gender: "Kennedy",
    "Kim", "Robin"): the detector's answer for every name it knows that is plainly or mostly one gender.

    The detector's answer depends on the lowercase name only, so the table answers as the detector
    does, and reads from the disk cache in a quarter of the time.
    """
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    return {name: GENDERS[gender] for name in detector.names if (gender := detector.get_gender(name)) in GENDERS}


def given_names() -> frozenset[str]:
    """Return the lowercase given names the gender table knows."""
    return frozenset(_gender_table())


GENDERS = {"female": "f", "mostly_female": "f?", "male": "m", "mostly_male": "m?"}


@functools.lru_cache(maxsize=65536)
def person_gender(name: str, *, mostly: bool = True) -> str | None:
    """Return "f" or "m" when a person's given name is plainly one gender (or mostly one, unless ``mostly`` is
    False: "Kennedy", "Kim" and "Robin" name people of either gender), else None.

    The given name is the first word, unless the name is written family name first: an East Asian family name
    (``models/lexicons/family_names.txt``) before a hyphenated given name or two more words ("Kim Jong-nam",
    "Kim Jong Nam", "Lee Kuan Yew"). Such given names are not English ones, so the answer is None ("Kim" is no
    woman there; "Kim Kardashian" keeps hers).
    """
    words = [word.strip(".,") for word in name.split()]
    if not words or not words[0]:
        return None
    if _family_name_first(words):
        return None
    found = _gender_table().get(words[0].lower())
    if found is None or (found.endswith("?") and not mostly):
        return None
    return found[0]


def _family_name_first(words: list[str]) -> bool:
    """True for a name of several words written family name first: an East Asian family name, then a given name
    of two syllables (hyphenated, or written as two words: "Jong-nam", "Jong Nam")."""
    if len(words) < 2 or words[0] not in _family_names():
        return False
    return len(words) >= 3 or "-" in words[1]


@functools.cache
def _family_names() -> frozenset[str]:
    from pipeline.resources import load_resources

    return load_resources().family_names


def is_given_name(word: str, res: Resources) -> bool:
    """True for a common given name: one the gender detector knows (but for the words of actor_words.tsv
    not_given_name: "Royal"), or one of ``models/lexicons/given_names.txt``."""
    return word in res.given_names or (person_gender(word) is not None and word not in res.actor_words["not_given_name"])
