"""Column-wise stand-ins for the model's ``attribute_ruler`` and ``lemmatizer``, giving the same token attributes.

spaCy's ``attribute_ruler`` runs a ``Matcher`` over every token with its ~180 patterns (a tag map from TAG to
POS and MORPH, then word exceptions), calling a Python predicate per token for each ``IN`` or ``REGEX`` test and
making a ``Span`` per match; its rule ``lemmatizer`` makes a ``Token`` per word. Together about a fifth of the
model's time. Both depend only on a few columns of each token, so here their answers are worked out once per
distinct token (its matched columns, or ORTH, POS and MORPH for the lemma) and written back with
``Doc.from_array``. The rules are the loaded components' own, read when the pipeline loads:

- ``ColumnRuler(ruler)``: every pattern of the ruler, in its order (a later pattern overrides an earlier one,
  as the ruler's sorted matches do); matching is done on the Doc's columns as the ruler found them.
- ``ColumnLemmatizer(lemmatizer)``: the lemmatizer's own ``lemmatize`` for each new (ORTH, POS, MORPH), which
  is all a ``rule`` or ``lookup`` lemma depends on; tokens that already have a lemma keep it, as spaCy's do.

``swap_components(nlp)`` replaces the two when every pattern and setting is of a kind handled here, and
otherwise leaves the model's own components in place. tests/test_attributes.py compares every token's
POS, MORPH, LEMMA, TAG and DEP both ways.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

# Token attributes a pattern may test (``Doc.to_array`` reads them as the Matcher does) and may set (on the token only).
MATCHED = frozenset({ORTH, LOWER, NORM, TAG, POS, DEP, IS_SPACE})
SET: tuple[int | str, ...] = (POS, MORPH, LEMMA, TAG, DEP)
LEMMA_MODES = frozenset({"rule", "lookup"})  # modes whose lemma is a function of ORTH, POS and MORPH alone

Test = Callable[[int], bool]
Spec = tuple[tuple[int, Test], ...]  # (column, test) pairs, all of which must hold


class Unsupported(ValueError):
    """A pattern or setting this module does not reproduce; the model's own component stays."""


def _operator_test(vocab: Vocab, operator: str, operand: Any) -> Test:
    if operator in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, (str, int)) for v in operand):
        members = frozenset(get_string_id(v) for v in operand)
        if operator == "IN":
            return members.__contains__
        return lambda found: found not in members
    if operator == "REGEX" and isinstance(operand, str):
        search = re.compile(operand).search
        strings = vocab.strings
        return lambda found: search(strings[found]) is not None
    raise Unsupported(f"pattern operator {operator!r}")


def _value_test(vocab: Vocab, value: Any) -> tuple[Test, frozenset[int] | None]:
    """Return the test of one attribute's value in a Matcher token pattern (a literal, or a dict of IN, NOT_IN, REGEX).

    Also return the values it can hold for, when they are listed (a literal or ``IN`` alone), else None.
    """
    if isinstance(value, (bool, str, int)):
        wanted = int(value) if isinstance(value, bool) else get_string_id(value)
        return (lambda found: found == wanted), frozenset({wanted})
    if not isinstance(value, dict) or not value:
        raise Unsupported(f"pattern value {value!r}")
    tests = [_operator_test(vocab, operator, operand) for operator, operand in value.items()]
    listed = frozenset(get_string_id(v) for v in value["IN"]) if list(value) == ["IN"] else None
    return (lambda found: all(test(found) for test in tests)), listed


class ColumnRuler:
    """The attribute ruler's patterns, matched per distinct token and written as columns (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        entries = cast(list[dict[str, Any]], ruler.patterns)
        token_specs: list[dict[str, Any]] = [spec for entry in entries for pattern in entry["patterns"] for spec in pattern]
        names = sorted({name for spec in token_specs for name in spec})
        ids = [IDS.get(name.upper()) if isinstance(name, str) else None for name in names]
        if any(attr not in MATCHED for attr in ids):
            raise Unsupported(f"pattern attributes {names}")
        self.columns: list[int | str] = [int(attr) for attr in ids if attr is not None]
        column_of = {name: position for position, name in enumerate(names)}
        # (attr_id, pattern's token specs, index of the token it sets, [(SET column, value)])
        self.singles: list[tuple[int, Spec, list[tuple[int, int]]]] = []
        self.multis: list[tuple[int, tuple[Spec, ...], int, list[tuple[int, int]]]] = []
        # a pattern is tried only on tokens with one of the values of its first token's most selective listed test
        self.anchored: dict[tuple[int, int], list[tuple[bool, int]]] = {}
        unanchored: list[tuple[bool, int]] = []
        for attr_id, (entry, attrs, index) in enumerate(zip(entries, ruler.attrs, ruler.indices)):
            if any(attr not in SET for attr in attrs):
                raise Unsupported(f"attributes set {attrs}")
            sets = [(SET.index(attr), int(value)) for attr, value in attrs.items()]
            for pattern in entry["patterns"]:
                compiled = [[(column_of[name], *_value_test(self.vocab, value)) for name, value in spec.items()] for spec in pattern]
                specs = tuple(tuple((column, test) for column, test, _ in spec) for spec in compiled)
                if not -len(specs) <= index < len(specs):
                    raise Unsupported(f"index {index} of a {len(specs)}-token pattern")
                single = len(specs) == 1
                if single:
                    key = (True, len(self.singles))
                    self.singles.append((attr_id, specs[0], sets))
                else:
                    key = (False, len(self.multis))
                    self.multis.append((attr_id, specs, index % len(specs), sets))
                listed = [(len(values), column, values) for column, _, values in compiled[0] if values is not None]
                if not listed:
                    unanchored.append(key)
                    continue
                _, column, values = min(listed)
                for value in values:
                    self.anchored.setdefault((column, value), []).append(key)
        self.unanchored = tuple(unanchored)
        self.anchor_columns = sorted({column for column, _ in self.anchored})
        # per distinct tuple of matched columns: ([(SET column, attr_id, value)] of the single-token patterns, multi-token patterns starting there)
        self._seen: dict[tuple[int, ...], tuple[list[tuple[int, int, int]], list[int]]] = {}

    @staticmethod
    def _holds(spec: Spec, row: Sequence[int]) -> bool:
        return all(test(row[column]) for column, test in spec)

    def _work_out(self, row: tuple[int, ...]) -> tuple[list[tuple[int, int, int]], list[int]]:
        candidates = set(self.unanchored)
        for column in self.anchor_columns:
            candidates.update(self.anchored.get((column, row[column]), ()))
        chosen: dict[int, tuple[int, int]] = {}
        starts: list[int] = []
        for single, number in sorted(candidates):  # in the ruler's order: a later pattern overrides
            if not single:
                if self._holds(self.multis[number][1][0], row):
                    starts.append(number)
                continue
            attr_id, spec, sets = self.singles[number]
            if self._holds(spec, row):
                for column, value in sets:
                    chosen[column] = (attr_id, value)
        return [(column, attr_id, value) for column, (attr_id, value) in chosen.items()], starts

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = list(map(tuple, doc.to_array(self.columns).tolist()))
        values = doc.to_array(list(SET)).tolist()
        winners: list[list[int]] = [[-1] * len(SET) for _ in rows]  # attr_id that set each value, per token
        seen = self._seen
        multi_starts: list[tuple[int, list[int]]] = []
        for i, row in enumerate(rows):
            found = seen.get(row)
            if found is None:
                found = seen[row] = self._work_out(row)
            chosen, starts = found
            for column, attr_id, value in chosen:
                values[i][column] = value
                winners[i][column] = attr_id
            if starts:
                multi_starts.append((i, starts))
        for start, numbers in multi_starts:
            for number in numbers:
                attr_id, specs, index, sets = self.multis[number]
                if start + len(specs) > len(rows) or not all(self._holds(spec, rows[start + k]) for k, spec in enumerate(specs[1:], 1)):
                    continue
                target = start + index
                for column, value in sets:
                    if winners[target][column] <= attr_id:
                        values[target][column] = value
                        winners[target][column] = attr_id
        doc.from_array(list(SET), numpy.array(values, dtype=numpy.uint64))  # type: ignore[arg-type]  # a uint64 array, as to_array gives
        return doc


class ColumnLemmatizer:
    """The lemmatizer's own answer, asked once per distinct (ORTH, POS, MORPH) and written as a column."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer) or lemmatizer.mode not in LEMMA_MODES:
            raise Unsupported(f"lemmatizer {type(lemmatizer).__name__} in mode {lemmatizer.mode!r}")
        # the same lemmatizer, its word lists (read with ``in`` only) as sets: a miss took ~0.6 ms on the lists
        own = copy.copy(lemmatizer)
        own.lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            own.lookups.add_table(name, {pos: frozenset(words) for pos, words in table.items()} if name == "lemma_index" else table)
        self.lemmatize: Callable[[Token], list[str]] = getattr(own, f"{lemmatizer.mode}_lemmatize")
        self.overwrite = lemmatizer.overwrite
        self.strings = lemmatizer.vocab.strings
        self._seen: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        seen = self._seen
        lemmas: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = seen.get(key)
            if found is None:
                found = seen[key] = self.strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(found)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc


@Language.factory("tnr_attribute_ruler")
def make_column_ruler(nlp: Language, name: str) -> ColumnRuler:
    return ColumnRuler(nlp.get_pipe("attribute_ruler"))  # type: ignore[arg-type]


@Language.factory("tnr_lemmatizer")
def make_column_lemmatizer(nlp: Language, name: str) -> ColumnLemmatizer:
    return ColumnLemmatizer(nlp.get_pipe("lemmatizer"))  # type: ignore[arg-type]


def swap_components(nlp: Language) -> None:
    """Put the column-wise ruler and lemmatizer in place of the model's own, each where it is of a kind handled here."""
    for original, replacement, kind in (("attribute_ruler", "tnr_attribute_ruler", AttributeRuler), ("lemmatizer", "tnr_lemmatizer", Lemmatizer)):
        if original not in nlp.pipe_names or not isinstance(nlp.get_pipe(original), kind):
            continue
        try:
            nlp.add_pipe(replacement, before=original)
        except Unsupported:
            continue
        nlp.remove_pipe(original)
