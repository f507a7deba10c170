"""Per-Doc lookups the extractors share, computed once per Doc.

spaCy builds new ``Span`` objects on every access to ``doc.ents``,
``doc.spans[...]`` and ``token.sent``; on a long article, extractors asking
for them per token were quadratic. The index is kept in ``doc.user_data``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.attrs import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.gazetteer import SPANS_KEY

INDEX_KEY = "tnr_index"
CACHE_KEY = "tnr_cache"
T = TypeVar("T")
PLACE_LABELS = ("COUNTRY", "DEMONYM", "CAPITAL")


@dataclass
class DocIndex:
    ents: list[Span]
    gazetteer: list[Span]
    place_match: dict[int, Span]
    sents: list[Span]
    sent_starts: list[int]

    def sent(self, i: int) -> Span:
        """Return the sentence holding token ``i``."""
        return self.sents[bisect.bisect_right(self.sent_starts, i) - 1]


def doc_index(doc: Doc) -> DocIndex:
    """Return the Doc's index, building it on first use."""
    cached = doc.user_data.get(INDEX_KEY)
    if isinstance(cached, DocIndex):
        return cached
    gazetteer = list(doc.spans.get(SPANS_KEY, []))
    place_match: dict[int, Span] = {}
    for match in gazetteer:
        if match.label_ in PLACE_LABELS:
            for i in range(match.start, match.end):
                place_match.setdefault(i, match)
    sents = list(doc.sents) if doc.has_annotation("SENT_START") or len(doc) == 0 else [doc[:]]
    if not sents:
        sents = [doc[:]]
    index = DocIndex(list(doc.ents), gazetteer, place_match, sents, [s.start for s in sents])
    doc.user_data[INDEX_KEY] = index
    return index


def gazetteer_labels(doc: Doc) -> list[str]:
    """Return the label of each gazetteer match of the Doc's index, in its order (once per Doc: ``Span.label_`` makes
    the string anew on each read, and the rules scan the matches again and again)."""
    return cached(doc, "gazetteer-labels", lambda: [match.label_ for match in doc_index(doc).gazetteer])


def ent_labels(doc: Doc) -> list[str]:
    """Return the label of each of the model's entities in the Doc's index, in its order (once per Doc, as
    ``gazetteer_labels``)."""
    return cached(doc, "ent-labels", lambda: [ent.label_ for ent in doc_index(doc).ents])


def sentence(item: Span | Token) -> Span:
    """Return the sentence of a token or of a span's first token."""
    doc = item.doc
    i = item.i if isinstance(item, Token) else item.start
    return doc_index(doc).sent(i)


def sentences_after(doc: Doc, end: int, count: int) -> int:
    """Return the end of the ``count`` sentences that follow token ``end`` (fewer at the Doc's end)."""
    for _ in range(count):
        if end >= len(doc):
            break
        end = sentence(doc[end]).end
    return end


def cached(doc: Doc, key: str, compute: Callable[[], T]) -> T:
    """Return ``compute()``, computed once per Doc (extractors share actors and places)."""
    store = doc.user_data.setdefault(CACHE_KEY, {})
    if key not in store:
        store[key] = compute()
    value: T = store[key]
    return value


_KEPT: dict[tuple[Hashable, tuple[int, ...]], tuple[tuple[object, ...], Any]] = {}
KEPT_LIMIT = 4096


def once_per(key: Hashable, owners: tuple[object, ...], compute: Callable[[], T]) -> T:
    """Return ``compute()``, worked out once per ``key`` and set of ``owners`` (rule sets, Resources, a pattern gate),
    which are told apart by identity: an owner freed and its id reused by another object is worked out again."""
    slot = (key, tuple(id(owner) for owner in owners))
    entry = _KEPT.get(slot)
    if entry is None or any(a is not b for a, b in zip(entry[0], owners)):
        if len(_KEPT) >= KEPT_LIMIT:
            _KEPT.clear()
        entry = _KEPT[slot] = (owners, compute())
    value: T = entry[1]
    return value


# --- word columns: a rule that needs certain words looks up where they are instead of making a Token per word


def column(doc: Doc, attr: str) -> list[int]:
    """Return the Doc's ``attr`` column ("LOWER", "ORTH", "DEP", ...) as string hashes, one per token (once per Doc)."""
    return cached(doc, f"column:{attr}", lambda: doc.to_array([IDS[attr]]).tolist() if len(doc) else [])


_HASHES: dict[int, tuple[Collection[str], frozenset[int]]] = {}


def word_hashes(words: Collection[str]) -> frozenset[int]:
    """Return the string hashes of ``words``, as the Doc's columns hold them; once per collection (rule sets are built once)."""
    entry = _HASHES.get(id(words))
    if entry is None or entry[0] is not words:
        if len(_HASHES) >= 256:
            _HASHES.clear()
        entry = _HASHES[id(words)] = (words, frozenset(get_string_id(word) for word in words))
    return entry[1]


def positions(doc: Doc, words: Collection[str], *, attr: str = "LOWER", remember: bool = True) -> list[int]:
    """Return, in order, the positions of the tokens whose ``attr`` (lowercase form by default) is one of ``words``.

    ``remember=False`` for a collection made for one Doc: its hashes are not kept (nor is it).
    """
    hashes = word_hashes(words) if remember else frozenset(get_string_id(word) for word in words)
    where = _where(doc, attr)
    # the Doc's distinct words, or the rule's, whichever are fewer, are looked up (``keys() & frozenset`` walks the
    # frozenset whatever its size; ``frozenset.intersection(dict)`` walks the dict)
    present = hashes.intersection(where) if len(hashes) > len(where) else where.keys() & hashes
    if len(present) == 1:
        return list(where[next(iter(present))])
    found: list[int] = []
    for value in present:
        found += where[value]
    found.sort()
    return found


def _where(doc: Doc, attr: str) -> dict[int, list[int]]:
    """Return each ``attr`` value of the Doc (a string hash) with the positions of its tokens, in order (once per Doc)."""
    return cached(doc, f"where:{attr}", lambda: _where_of(column(doc, attr)))


def _where_of(values: list[int]) -> dict[int, list[int]]:
    where: dict[int, list[int]] = {}
    for i, value in enumerate(values):
        if value in where:
            where[value].append(i)
        else:
            where[value] = [i]
    return where


def lemma_positions(doc: Doc, words: Collection[str]) -> list[int]:
    """Return, in order, the positions of the tokens whose lowercased lemma (``token.lemma_.lower()``) is one of ``words``."""
    if isinstance(words, frozenset):  # a rule's fixed word set: its positions are kept for the Doc (frozensets keep their hash)
        store = doc.user_data.setdefault(CACHE_KEY, {})
        key = ("lemma-positions", words)
        found = store.get(key)
        if found is None:
            found = store[key] = _lemma_positions(doc, words)
        return list(found)
    return _lemma_positions(doc, words)


def _lemma_positions(doc: Doc, words: Collection[str]) -> list[int]:
    by_lowered = _lowered_lemmas(doc)
    if isinstance(words, (set, frozenset)) and len(words) < len(by_lowered):
        # a small word set: its words looked up among the Doc's lemmas, not each lemma in the set
        wanted = [value for word in words if word in by_lowered for value in by_lowered[word]]
    else:
        wanted = [value for lowered, values in by_lowered.items() if lowered in words for value in values]
    where = _where(doc, "LEMMA")  # the tokens of each lemma, instead of a pass over every token per call
    if len(wanted) == 1:
        return list(where[wanted[0]])
    return sorted(i for value in wanted for i in where[value])


def _lowered_lemmas(doc: Doc) -> dict[str, list[int]]:
    """Return each lowercased lemma text of the Doc with its distinct lemmas (string hashes) (once per Doc)."""
    def compute() -> dict[str, list[int]]:
        strings = doc.vocab.strings
        by_lowered: dict[str, list[int]] = {}
        for value in _where(doc, "LEMMA"):
            by_lowered.setdefault(strings[value].lower(), []).append(value)
        return by_lowered

    return cached(doc, "lowered-lemmas", compute)


def texts(doc: Doc) -> list[str]:
    """Return every token's text, in order (once per Doc; no Token objects made)."""
    def compute() -> list[str]:
        strings = doc.vocab.strings
        return [strings[orth] for orth in column(doc, "ORTH")]

    return cached(doc, "texts", compute)


def lowers(doc: Doc) -> list[str]:
    """Return every token's lowercase form (``token.lower_``), in order (once per Doc; no Token objects made)."""
    def compute() -> list[str]:
        strings = doc.vocab.strings
        return [strings[lower] for lower in column(doc, "LOWER")]

    return cached(doc, "lowers", compute)


def line_starts(doc: Doc) -> list[int]:
    """Return, in order, the first token of the Doc and each token after a line break (a token holding "\\n")."""
    def compute() -> list[int]:
        return [0, *(i + 1 for i, text in enumerate(texts(doc)) if "\n" in text and i + 1 < len(doc))] if len(doc) else []

    return cached(doc, "line-starts", compute)


TITLE_CASE_SHARE = 0.7  # of a line's words of four letters or more, capitalised in title case


def title_case(line: str) -> bool:
    """True for a line written in title case (a headline): most of its words of four letters or more are capitalised."""
    words = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def doc_text(doc: Doc) -> str:
    """Return ``doc.text`` (once per Doc: spaCy joins every token's text on each access), from the ORTH and SPACY columns."""
    def compute() -> str:
        return "".join(text + " " if space else text for text, space in zip(texts(doc), column(doc, "SPACY")))

    return cached(doc, "text", compute)
