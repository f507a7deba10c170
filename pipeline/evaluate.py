"""Scoring predicted tables against gold (GUIDELINES.md, "How the evaluator scores").

Per article and field, gold items and predicted rows are paired one to one on
explicit keys; matched pairs are true hits, unpaired predictions false hits,
unpaired gold items misses. Counts are summed over articles (micro), per split
and over all. Matched pairs are also checked on their attributes.

The core (:func:`score_field`, :func:`score_predictions`) opens no files;
:func:`read_predictions`, :func:`evaluate` and :func:`load_thresholds` are the edges.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.gold import FIELDS, OPTIONAL_FIELDS, GoldRecord
from pipeline.normalize import token_f1, tokens
from pipeline.records import TARGET_SEPARATOR
from pipeline.tables import read_csv_rows

# Every scored field: the five, and incidents on the gold records that label them.
SCORED_FIELDS: tuple[str, ...] = (*FIELDS, *OPTIONAL_FIELDS)
# The cross-article grouping score (GUIDELINES.md, "Events across articles").
EVENTS = "events"

ALL = "all"
F1_TOLERANCE = 1e-9  # a measured F1 equal to its threshold up to float rounding passes
CONTENT_F1_MIN = 0.5  # GUIDELINES.md: contents overlap with token F1 at least 0.5
UNIT_F1_MIN = 0.5  # GUIDELINES.md: counts.unit agrees at token F1 >= 0.5

# Attribute checks on matched pairs, in report order (field, attribute).
ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("locations", "kind"),
    ("locations", "country"),
    ("counts", "qualifier"),
    ("counts", "unit"),
    ("counts", "country"),
    ("actors", "type"),
    ("actors", "country"),
    ("attributions", "cue"),
    ("attributions", "quote"),
    ("incidents", "targets"),
    ("incidents", "year"),
)

# Columns shown for an item in error listings, per field.
SHOWN: dict[str, tuple[str, ...]] = {
    "locations": ("name", "kind", "country"),
    "counts": ("value", "qualifier", "unit", "category", "country"),
    "actors": ("name", "type", "country"),
    "dates": ("date_start", "date_end"),
    "attributions": ("source", "cue", "stance", "quote", "content"),
    "incidents": ("origin", "tactic", "host", "targets", "year"),
}

Item = Mapping[str, Any]
FIELD_WIDTH = max(len(name) for name in SCORED_FIELDS)
# GUIDELINES, "How the evaluator scores": unresolved date texts also compare without a leading preposition.
DATE_PREPOSITIONS = frozenset(
    {"on", "in", "at", "by", "since", "until", "till", "from", "during", "before", "after", "between", "around", "of", "for"}
)
WHITE_SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------- normalising


def normalize_name(value: Any) -> str:
    """Return a name as the evaluator compares it.

    Casefolded, punctuation dropped (dashes and slashes become spaces, so
    "France-Presse" = "France Presse" and "U.S." = "US"), white space folded,
    a leading "the " dropped: "The Netherlands" -> "netherlands".
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    chars = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Pd" or char in "/\\":
            chars.append(" ")
        elif not category.startswith("P"):
            chars.append(char)
    folded = WHITE_SPACE.sub(" ", "".join(chars)).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


def _code(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip().upper()
    return text or None


def _label(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    return text or None


def _number(value: Any) -> float | None:
    """Return a value as a float ("54" == 54 == 54.0), or None when it is no number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", "")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _name_agrees(pred: Item, gold: Item) -> bool:
    name = normalize_name(pred.get("name"))
    return bool(name) and name in {normalize_name(gold.get("name")), normalize_name(gold.get("text"))}


# ---------------------------------------------------------------- pairing


@dataclass(frozen=True)
class Pair:
    """A matched gold item and predicted row, with the attributes they disagree on."""

    gold: Item
    pred: Item
    disagreements: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldResult:
    """One field of one article: matched pairs, gold items missed, predictions falsely made."""

    pairs: tuple[Pair, ...] = ()
    misses: tuple[Item, ...] = ()
    false_hits: tuple[Item, ...] = ()

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fp(self) -> int:
        return len(self.false_hits)

    @property
    def fn(self) -> int:
        return len(self.misses)


# A candidate's rank: lower sorts first; None means the pair does not match.
Ranker = Callable[[Item, Item], tuple[float, ...] | None]


def _location_rank(gold: Item, pred: Item) -> tuple[float, ...] | None:
    country = _code(gold.get("country"))
    same_kind = _label(pred.get("kind")) == _label(gold.get("kind"))
    if _label(gold.get("kind")) == "country":
        if country is None or _code(pred.get("country")) != country:
            return None
    elif not (same_kind and _code(pred.get("country")) == country and _name_agrees(pred, gold)):
        return None
    return (0 if same_kind else 1,)


def _actor_rank(gold: Item, pred: Item) -> tuple[float, ...] | None:
    kind = _label(gold.get("type"))
    country = _code(gold.get("country"))
    same_country = _code(pred.get("country")) == country
    if kind == "state":
        matched = country is not None and same_country
    elif kind in ("government", "group"):
        matched = same_country and _name_agrees(pred, gold)
    else:
        matched = _name_agrees(pred, gold)
    if not matched:
        return None
    return (0 if _label(pred.get("type")) == kind else 1,)


def _count_rank(gold: Item, pred: Item) -> tuple[float, ...] | None:
    gold_value, pred_value = _number(gold.get("value")), _number(pred.get("value"))
    if gold_value is None or pred_value is None or not math.isclose(gold_value, pred_value, rel_tol=1e-9):
        return None
    if _label(pred.get("category")) != _label(gold.get("category")):
        return None
    # Among equal keys ("two in London", "two in Rome"), prefer the pair that agrees on more attributes.
    return (-len(_count_agreements(gold, pred)),)


def date_text(value: Any) -> str:
    """Return a date's text as compared when gold cannot resolve it: like a name, without a leading preposition."""
    text = normalize_name(value)
    first, _, rest = text.partition(" ")
    return rest if rest and first in DATE_PREPOSITIONS else text


def _date_rank(gold: Item, pred: Item) -> tuple[float, ...] | None:
    same_text = date_text(pred.get("text")) == date_text(gold.get("text"))
    if gold.get("date_start") is None and gold.get("date_end") is None:
        # Unresolvable in gold: the mention itself is what is matched, whatever the prediction resolved.
        return (0,) if same_text and date_text(gold.get("text")) else None
    if _text(pred.get("date_start")) != gold.get("date_start") or _text(pred.get("date_end")) != gold.get("date_end"):
        return None
    return (0 if same_text else 1,)


def _source_names(gold: Item, actors: Sequence[Item]) -> set[str]:
    """Return the normalised names a predicted source may give for a gold attribution."""
    source = normalize_name(gold.get("source"))
    names = {source}
    for actor in actors:
        if normalize_name(actor.get("name")) == source:
            names.add(normalize_name(actor.get("text")))
    names.discard("")
    return names


def _attribution_ranker(actors: Sequence[Item]) -> Ranker:
    def rank(gold: Item, pred: Item) -> tuple[float, ...] | None:
        if _label(pred.get("stance")) != _label(gold.get("stance")):
            return None
        if normalize_name(pred.get("source")) not in _source_names(gold, actors):
            return None
        overlap = token_f1(gold.get("content"), pred.get("content"))
        if overlap < CONTENT_F1_MIN:
            return None
        same_cue = normalize_name(pred.get("cue")) == normalize_name(gold.get("cue"))
        return (-overlap, 0 if same_cue else 1)

    return rank


def _target_names(value: Any) -> set[str]:
    """Return a targets value (a gold list, or a predicted '; '-joined cell) as normalised names."""
    names = value if isinstance(value, (list, tuple)) else str(value or "").split(TARGET_SEPARATOR)
    return {normalize_name(name) for name in names} - {""}


def targets_agree(gold: Item, pred: Item, actors: Sequence[Item] = ()) -> bool:
    """True when the targets share a name (a gold target's name, or the text of the gold actor of that name) or are both empty."""
    gold_names, pred_names = _target_names(gold.get("targets")), _target_names(pred.get("targets"))
    if not gold_names and not pred_names:
        return True
    accepted = set(gold_names)
    for actor in actors:
        if normalize_name(actor.get("name")) in gold_names:
            accepted.add(normalize_name(actor.get("text")))
    return bool(pred_names & accepted)


def _year_of(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None else None


def _incident_ranker(actors: Sequence[Item]) -> Ranker:
    def rank(gold: Item, pred: Item) -> tuple[float, ...] | None:
        same = (
            _code(pred.get("origin")) == _code(gold.get("origin"))
            and _label(pred.get("tactic")) == _label(gold.get("tactic"))
            and _code(pred.get("host")) == _code(gold.get("host"))  # a null host matches only null
        )
        if not same or _code(gold.get("origin")) is None:
            return None
        return (0 if targets_agree(gold, pred, actors) else 1, 0 if _year_of(pred.get("year")) == _year_of(gold.get("year")) else 1)

    return rank


def _count_agreements(gold: Item, pred: Item) -> list[str]:
    agree = []
    if _label(pred.get("qualifier")) == _label(gold.get("qualifier")):
        agree.append("qualifier")
    if token_f1(gold.get("unit"), pred.get("unit")) >= UNIT_F1_MIN:
        agree.append("unit")
    if _code(pred.get("country")) == _code(gold.get("country")):
        agree.append("country")
    return agree


def attribute_disagreements(field_name: str, gold: Item, pred: Item, actors: Sequence[Item] = ()) -> tuple[str, ...]:
    """Return the attributes (of ATTRIBUTES) on which a matched pair disagrees (``actors``: the gold actors, for targets)."""
    if field_name == "locations":
        checks = {
            "kind": _label(pred.get("kind")) == _label(gold.get("kind")),
            "country": _code(pred.get("country")) == _code(gold.get("country")),
        }
    elif field_name == "counts":
        agree = _count_agreements(gold, pred)
        checks = {name: name in agree for name in ("qualifier", "unit", "country")}
    elif field_name == "actors":
        checks = {
            "type": _label(pred.get("type")) == _label(gold.get("type")),
            "country": _code(pred.get("country")) == _code(gold.get("country")),
        }
    elif field_name == "attributions":
        checks = {
            "cue": normalize_name(pred.get("cue")) == normalize_name(gold.get("cue")),
            "quote": _label(pred.get("quote")) == _label(gold.get("quote")),
        }
    elif field_name == "incidents":
        checks = {
            "targets": targets_agree(gold, pred, actors),
            "year": _year_of(pred.get("year")) == _year_of(gold.get("year")),
        }
    else:
        checks = {}
    return tuple(name for name, ok in checks.items() if not ok)


def _pair_greedily(gold: Sequence[Item], pred: Sequence[Item], rank: Ranker) -> list[tuple[int, int]]:
    """Return one-to-one (gold index, pred index) pairs, best-ranked candidates first.

    Ties break by gold order, then prediction order, so results are stable.
    """
    candidates = []
    for gi, gold_item in enumerate(gold):
        for pi, pred_item in enumerate(pred):
            ranking = rank(gold_item, pred_item)
            if ranking is not None:
                candidates.append((ranking, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def score_field(
    field_name: str, gold: Sequence[Item], pred: Sequence[Item], *, gold_actors: Sequence[Item] = ()
) -> FieldResult:
    """Return the pairing of one article's gold items and predicted rows for one field.

    ``gold_actors`` are the article's gold actors, used to accept a predicted
    attribution source written as an actor's ``text`` ("AFP").
    """
    rankers: dict[str, Ranker] = {
        "locations": _location_rank,
        "counts": _count_rank,
        "actors": _actor_rank,
        "dates": _date_rank,
        "attributions": _attribution_ranker(gold_actors),
        "incidents": _incident_ranker(gold_actors),
    }
    if field_name not in rankers:
        raise ValueError(f"unknown field {field_name!r}; expected one of {', '.join(SCORED_FIELDS)}")
    pairs = _pair_greedily(gold, pred, rankers[field_name])
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    return FieldResult(
        pairs=tuple(
            Pair(gold[gi], pred[pi], attribute_disagreements(field_name, gold[gi], pred[pi], gold_actors)) for gi, pi in pairs
        ),
        misses=tuple(item for gi, item in enumerate(gold) if gi not in matched_gold),
        false_hits=tuple(item for pi, item in enumerate(pred) if pi not in matched_pred),
    )


# ---------------------------------------------------------------- scores


@dataclass(frozen=True)
class FieldScore:
    """Micro-summed counts of one field, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0  # nothing labelled and nothing predicted: perfect agreement
        precision, recall = self.precision, self.recall
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class AttributeScore:
    """Agreement on one attribute over matched pairs; accuracy None without pairs."""

    agree: int = 0
    pairs: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.agree / self.pairs if self.pairs else None


@dataclass(frozen=True)
class ArticleResult:
    """One gold article's results, per field."""

    article_id: str
    split: str | None
    fields: Mapping[str, FieldResult]
    predicted: bool  # whether the predictions had any row for this article


@dataclass(frozen=True)
class Evaluation:
    """The results of scoring predictions against a gold set."""

    articles: tuple[ArticleResult, ...]
    ignored_articles: tuple[str, ...] = ()  # predicted, but with no gold record
    warnings: tuple[str, ...] = field(default=())

    @property
    def splits(self) -> tuple[str, ...]:
        """Return the gold's named splits, sorted (empty when the gold has none)."""
        return tuple(sorted({a.split for a in self.articles if a.split is not None}))

    def select(self, split: str | None = None) -> tuple[ArticleResult, ...]:
        """Return the articles of a split; None or "all" gives every article."""
        if split is None or split == ALL:
            return self.articles
        if split not in self.splits:
            raise KeyError(f"no split {split!r} in the gold; splits: {', '.join(self.splits) or 'none'}")
        return tuple(a for a in self.articles if a.split == split)

    def field_scores(self, split: str | None = None) -> dict[str, FieldScore]:
        """Return each field's micro-summed score over a split (default all)."""
        articles = self.select(split)
        return {
            name: FieldScore(
                tp=sum(a.fields[name].tp for a in articles),
                fp=sum(a.fields[name].fp for a in articles),
                fn=sum(a.fields[name].fn for a in articles),
            )
            for name in SCORED_FIELDS
        }

    def event_score(self, split: str | None = None) -> FieldScore:
        """Return the pairwise "same event" score over matched incident pairs of different articles (GUIDELINES.md)."""
        matched = [(a.article_id, pair) for a in self.select(split) for pair in a.fields["incidents"].pairs]
        tp = fp = fn = 0
        for index, (article_a, pair_a) in enumerate(matched):
            for article_b, pair_b in matched[index + 1 :]:
                if article_a == article_b:
                    continue
                gold_event = pair_a.gold.get("event")
                in_gold = gold_event is not None and gold_event == pair_b.gold.get("event")
                pred_event = _text(pair_a.pred.get("event_id"))
                in_pred = pred_event is not None and pred_event == _text(pair_b.pred.get("event_id"))
                tp += in_gold and in_pred
                fp += in_pred and not in_gold
                fn += in_gold and not in_pred
        return FieldScore(tp=tp, fp=fp, fn=fn)

    def attribute_scores(self, split: str | None = None) -> dict[str, AttributeScore]:
        """Return each attribute's agreement over the matched pairs of a split (default all)."""
        articles = self.select(split)
        scores = {}
        for field_name, attribute in ATTRIBUTES:
            pairs = [pair for a in articles for pair in a.fields[field_name].pairs]
            agree = sum(1 for pair in pairs if attribute not in pair.disagreements)
            scores[f"{field_name}.{attribute}"] = AttributeScore(agree=agree, pairs=len(pairs))
        return scores

    def _block(self, split: str | None) -> dict[str, Any]:
        return {
            "fields": {name: score.to_json() for name, score in self.field_scores(split).items()}
            | {EVENTS: self.event_score(split).to_json()},
            "attributes": {name: score.accuracy for name, score in self.attribute_scores(split).items()},
        }

    def to_json(self) -> dict[str, Any]:
        """Return the report: overall ``fields`` and ``attributes``, plus ``splits`` when the gold has them."""
        report = self._block(None)
        if self.splits:
            report["splits"] = {split: self._block(split) for split in self.splits}
        return report


def _rows_by_article(rows: Iterable[Item]) -> dict[str, list[Item]]:
    grouped: dict[str, list[Item]] = {}
    for row in rows:
        article_id = row.get("article_id")
        if article_id is not None:
            grouped.setdefault(str(article_id), []).append(row)
    return grouped


def score_predictions(gold: Sequence[GoldRecord], tables: Mapping[str, Sequence[Item]]) -> Evaluation:
    """Return the evaluation of predicted rows against gold records.

    ``tables`` maps a field (``locations`` ...) to its predicted rows (dicts with
    the table's columns, values as read from CSV or typed). Only articles with a
    gold record are scored; an article without predicted rows scores its gold as misses.
    """
    grouped = {name: _rows_by_article(tables.get(name, ())) for name in SCORED_FIELDS}
    gold_ids = {record.article_id for record in gold}
    predicted_ids = {article_id for rows in grouped.values() for article_id in rows}
    results = []
    for record in sorted(gold, key=lambda r: r.article_id):
        fields = {
            name: score_field(
                name,
                record.items(name),
                grouped[name].get(record.article_id, []),
                gold_actors=record.actors,
            )
            if record.has(name)
            else FieldResult()  # incidents not labelled for this article: not scored
            for name in SCORED_FIELDS
        }
        results.append(
            ArticleResult(
                article_id=record.article_id,
                split=record.split,
                fields=fields,
                predicted=record.article_id in predicted_ids,
            )
        )
    return Evaluation(articles=tuple(results), ignored_articles=tuple(sorted(predicted_ids - gold_ids)))


def read_predictions(pred_dir: Path) -> tuple[dict[str, list[dict[str, str | None]]], list[str]]:
    """Return the predicted tables of a folder (``locations.csv`` ..., and ``articles.csv``) and warnings for missing ones.

    The files are the folder's current set, checked against ``datapackage.json``
    (see :func:`pipeline.loader.read_resources`). Raises FileNotFoundError when
    the folder holds none of the five tables, OSError when the set is inconsistent.
    """
    from pipeline.loader import LoadError, read_resources

    if not pred_dir.is_dir():
        raise FileNotFoundError(f"{pred_dir}: no such prediction folder")
    try:
        paths = {resource.name: resource.path for resource in read_resources(pred_dir)}
    except LoadError as exc:
        if "no tnr tables" in str(exc):
            paths = {}
        else:
            raise OSError(str(exc)) from None
    tables: dict[str, list[dict[str, str | None]]] = {}
    warnings = []
    for name in SCORED_FIELDS:
        if name in paths:
            tables[name] = read_csv_rows(paths[name])
        else:
            warnings.append(f"{pred_dir / (name + '.csv')}: missing, scored as no predictions")
    if not tables:
        raise FileNotFoundError(f"{pred_dir}: none of {', '.join(f'{n}.csv' for n in FIELDS)}")
    if "articles" in paths:
        tables["articles"] = read_csv_rows(paths["articles"])
    return tables, warnings


def evaluate(gold: Sequence[GoldRecord], pred_dir: Path) -> Evaluation:
    """Return the evaluation of the tables in PRED_DIR against the gold records.

    A partial run (its ``articles.csv`` lacks some gold articles: a sub-folder,
    ``--include``) is scored on the articles it ran; the other gold records are
    skipped with a one-line note, not scored as all missed.
    """
    tables, warnings = read_predictions(pred_dir)
    articles = tables.pop("articles", None)
    if articles is not None:
        ran = {row.get("article_id") for row in articles}
        left_out = sorted(record.article_id for record in gold if record.article_id not in ran)
        if left_out:
            gold = [record for record in gold if record.article_id in ran]
            shown = ", ".join(left_out[:3]) + (", ..." if len(left_out) > 3 else "")
            warnings.append(
                f"{len(left_out)} gold article(s) not in this run's articles.csv, skipped (a partial run): {shown}"
            )
    evaluation = score_predictions(gold, tables)
    return Evaluation(
        articles=evaluation.articles, ignored_articles=evaluation.ignored_articles, warnings=tuple(warnings)
    )


# ---------------------------------------------------------------- reports


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(rows: Sequence[Sequence[str]], *, right: set[int]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _report_splits(evaluation: Evaluation) -> list[str]:
    return [*evaluation.splits, ALL]


def format_summary(evaluation: Evaluation) -> str:
    """Return an aligned table of P, R, F1, tp, fp, fn per split and field, then attribute accuracies."""
    rows: list[list[str]] = [["split", "field", "P", "R", "F1", "tp", "fp", "fn"]]
    for split in _report_splits(evaluation):
        for name, score in [*evaluation.field_scores(split).items(), (EVENTS, evaluation.event_score(split))]:
            rows.append(
                [split, name, _fmt(score.precision), _fmt(score.recall), _fmt(score.f1),
                 str(score.tp), str(score.fp), str(score.fn)]
            )
    attribute_rows: list[list[str]] = [["split", "attribute", "accuracy", "agree", "pairs"]]
    for split in _report_splits(evaluation):
        for name, attribute in evaluation.attribute_scores(split).items():
            attribute_rows.append([split, name, _fmt(attribute.accuracy), str(attribute.agree), str(attribute.pairs)])
    counted = len(evaluation.articles)
    missing = sum(1 for a in evaluation.articles if not a.predicted)
    lines = [f"gold articles: {counted} (without any predicted row: {missing}); "
             f"predicted articles without gold, ignored: {len(evaluation.ignored_articles)}", ""]
    lines += _table(rows, right={2, 3, 4, 5, 6, 7})
    lines.append("")
    lines += _table(attribute_rows, right={2, 3, 4})
    lines += [f"warning: {warning}" for warning in evaluation.warnings]
    return "\n".join(lines) + "\n"


def _describe(field_name: str, item: Item) -> str:
    parts = [json.dumps(item.get("text"), ensure_ascii=False)] if item.get("text") is not None else []
    for column in SHOWN[field_name]:
        value = item.get(column)
        if column == "content":
            value = json.dumps(value, ensure_ascii=False) if value is not None else None
        parts.append(f"{column}={'-' if value is None else value}")
    if item.get("char_start") is not None:
        parts.append(f"@{item.get('char_start')}-{item.get('char_end')}")
    return " ".join(parts)


# Per field, the keys a near miss is judged on: a false hit that is "about the same thing" as a missed
# gold item (same content, value, name or text) but differs in these keys is shown beside the miss.
NEAR_KEYS = {
    "locations": ("name", "kind", "country"),
    "counts": ("category",),
    "actors": ("name", "type", "country"),
    "dates": ("date_start", "date_end"),
    "attributions": ("source", "stance"),
    "incidents": ("origin", "tactic", "host"),
}


def _shown(value: Any) -> str:
    return "-" if value is None else str(value)


def _about_the_same(field_name: str, gold: Item, pred: Item) -> bool:
    if field_name == "attributions":
        return token_f1(gold.get("content"), pred.get("content")) >= CONTENT_F1_MIN
    if field_name == "counts":
        return token_f1(gold.get("text"), pred.get("text")) >= UNIT_F1_MIN
    if field_name in ("locations", "actors"):
        return _name_agrees(pred, gold) or normalize_name(pred.get("text")) == normalize_name(gold.get("text"))
    if field_name == "incidents":
        same_keys = sum(_code(gold.get(k)) == _code(pred.get(k)) for k in ("origin", "tactic", "host"))
        return same_keys == 2 or token_f1(gold.get("text"), pred.get("text")) >= UNIT_F1_MIN
    return normalize_name(pred.get("text")) == normalize_name(gold.get("text"))


def _nearest(field_name: str, gold: Item, false_hits: Sequence[Item]) -> tuple[Item, list[str]] | None:
    """Return the false hit about the same thing as a missed gold item, with the keys they differ on."""
    for pred in false_hits:
        if not _about_the_same(field_name, gold, pred):
            continue
        keys = [key for key in NEAR_KEYS[field_name] if normalize_name(gold.get(key)) != normalize_name(pred.get(key))]
        if field_name == "counts" and _number(gold.get("value")) != _number(pred.get("value")):
            keys.insert(0, "value")
        if keys:
            return pred, keys
    if field_name == "attributions":
        return _nearest_in_content(gold, false_hits)
    return None


def _nearest_in_content(gold: Item, false_hits: Sequence[Item]) -> tuple[Item, list[str]] | None:
    """Return the false hit with the missed claim's source and stance whose content overlaps it most, below the bar."""
    same = [pred for pred in false_hits
            if all(normalize_name(gold.get(key)) == normalize_name(pred.get(key)) for key in NEAR_KEYS["attributions"])]
    overlaps = [(token_f1(gold.get("content"), pred.get("content")), index) for index, pred in enumerate(same)]
    best = max(overlaps, default=(0.0, -1))
    return (same[best[1]], ["content"]) if best[0] > 0 else None


def format_errors(evaluation: Evaluation, *, split: str | None = None, field: str | None = None) -> str:
    """Return the misses, false hits and attribute disagreements, one line each, grouped by article.

    Lines read ``ARTICLE_ID  FIELD  MISS|FALSE|ATTR  details``: MISS is a gold item
    no prediction matched, FALSE a prediction that matched no gold item, ATTR a
    matched pair whose attributes disagree (``attribute: gold=.. pred=..``).
    """
    if field is not None and field not in (*SCORED_FIELDS, EVENTS):
        raise ValueError(f"unknown field {field!r}; expected one of {', '.join((*SCORED_FIELDS, EVENTS))}")
    names = SCORED_FIELDS if field is None else (field,) if field in SCORED_FIELDS else ()
    blocks = []
    for article in evaluation.select(split):
        lines = []
        for name in names:
            result = article.fields[name]
            prefix = f"{article.article_id}  {name:<{FIELD_WIDTH}}"
            for item in result.misses:
                lines.append(f"{prefix}  MISS   {_describe(name, item)}")
                near = _nearest(name, item, result.false_hits)
                if near is not None:
                    pred, keys = near
                    diffs = ", ".join(
                        f"content: token F1 {token_f1(item.get(key), pred.get(key)):.2f} < {CONTENT_F1_MIN}" if key == "content"
                        else f"{key} gold={_shown(item.get(key))} pred={_shown(pred.get(key))}" for key in keys)
                    lines.append(f"{' ' * len(prefix)}  ~ nearest false hit differs in {diffs}")
            lines += [f"{prefix}  FALSE  {_describe(name, item)}" for item in result.false_hits]
            for pair in result.pairs:
                for attribute in pair.disagreements:
                    gold_value, pred_value = pair.gold.get(attribute), pair.pred.get(attribute)
                    lines.append(
                        f"{prefix}  ATTR   {json.dumps(pair.gold.get('text', pair.gold.get('content')), ensure_ascii=False)} "
                        f"{attribute}: gold={'-' if gold_value is None else gold_value} "
                        f"pred={'-' if pred_value is None else pred_value}"
                    )
        if field in (None, EVENTS):
            lines += _event_errors(article, evaluation.select(split))
        if lines:
            header = f"# {article.article_id}" + (f" [{article.split}]" if article.split else "")
            if not article.predicted:
                header += " (no predicted rows)"
            blocks.append("\n".join([header, *lines]))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _event_errors(article: ArticleResult, articles: Sequence[ArticleResult]) -> list[str]:
    """Return the EVENT lines of an article: each matched incident pair with a later article that gold and prediction group differently."""
    lines = []
    prefix = f"{article.article_id}  {EVENTS:<{FIELD_WIDTH}}"
    later = [other for other in articles if other.article_id > article.article_id]
    for pair in article.fields["incidents"].pairs:
        for other in later:
            for other_pair in other.fields["incidents"].pairs:
                gold_event = pair.gold.get("event")
                in_gold = gold_event is not None and gold_event == other_pair.gold.get("event")
                pred_event = _text(pair.pred.get("event_id"))
                in_pred = pred_event is not None and pred_event == _text(other_pair.pred.get("event_id"))
                if in_gold != in_pred:
                    kind = "MISS " if in_gold else "FALSE"
                    lines.append(
                        f"{prefix}  {kind}  {pair.gold.get('origin')}/{pair.gold.get('tactic')}/{pair.gold.get('host') or '-'} "
                        f"with {other.article_id}: gold event={_shown(gold_event)}/{_shown(other_pair.gold.get('event'))} "
                        f"pred event={_shown(pred_event)}/{_shown(_text(other_pair.pred.get('event_id')))}"
                    )
    return lines


# ---------------------------------------------------------------- thresholds


def load_thresholds(path: Path) -> dict[str, Any]:
    """Return the thresholds file: ``{"split": NAME, "f1": {field: minimum}, "attributes": {name: minimum}}``.

    ``split`` and ``attributes`` are optional; an optional ``real`` object of the
    same shape holds the real-text set's minimums (checked only where its split
    was scored, since its texts are not committed). Raises ValueError on an
    unknown field or attribute, or a minimum that is not a number in [0, 1].
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    _check_threshold_block(data, where=str(path), nested=True)
    return data  # type: ignore[no-any-return]


def _check_threshold_block(data: Any, *, where: str, nested: bool) -> None:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: thresholds must be a JSON object")
    known = {"f1": {*SCORED_FIELDS, EVENTS}, "attributes": {f"{f}.{a}" for f, a in ATTRIBUTES}}
    for key in data:
        if key not in {"split", *known, *(("real",) if nested else ())}:
            raise ValueError(f"{where}: unknown key {key!r}")
    if "split" in data and not isinstance(data["split"], str):
        raise ValueError(f"{where}: split must be a string")
    for section, names in known.items():
        minimums = data.get(section, {})
        if not isinstance(minimums, dict):
            raise ValueError(f"{where}: {section} must be an object")
        for name, minimum in minimums.items():
            if name not in names:
                raise ValueError(f"{where}: {section}: unknown name {name!r}")
            if isinstance(minimum, bool) or not isinstance(minimum, (int, float)) or not 0 <= minimum <= 1:
                raise ValueError(f"{where}: {section}.{name}: minimum must be a number from 0 to 1")
    if nested and "real" in data:
        _check_threshold_block(data["real"], where=f"{where}: real", nested=False)


def check_thresholds(evaluation: Evaluation, thresholds: Mapping[str, Any]) -> list[str]:
    """Return one line per threshold not met; empty when all are met.

    Uses the thresholds' ``split`` when the gold has it, else all articles.
    An attribute minimum with no matched pairs to measure fails. The ``real``
    block is checked only when its split was scored.
    """
    real = thresholds.get("real")
    real_scored = isinstance(real, Mapping) and real.get("split") in evaluation.splits
    # a run of the real-text set alone is not measured by the team corpus's minimums
    team_scored = thresholds.get("split") in evaluation.splits or not real_scored
    failures = _block_failures(evaluation, thresholds) if team_scored else []
    if isinstance(real, Mapping) and real_scored:
        failures += [f"real-text set: {line}" for line in _block_failures(evaluation, real)]
    return failures


def _block_failures(evaluation: Evaluation, thresholds: Mapping[str, Any]) -> list[str]:
    wanted = thresholds.get("split")
    split = wanted if isinstance(wanted, str) and wanted in evaluation.splits else ALL
    failures = []
    scores = evaluation.field_scores(split)
    # events are scored over the whole corpus: same-event pairs cross splits (GUIDELINES.md)
    scores[EVENTS] = evaluation.event_score(ALL)
    for name, minimum in thresholds.get("f1", {}).items():
        if name not in scores:
            failures.append(f"{name}: unknown field")
        elif scores[name].f1 < minimum - F1_TOLERANCE:
            failures.append(f"{name}: F1 {scores[name].f1:.3f} < {minimum:.3f} (split {split})")
    attributes = evaluation.attribute_scores(split)
    for name, minimum in thresholds.get("attributes", {}).items():
        if name not in attributes:
            failures.append(f"{name}: unknown attribute")
            continue
        accuracy = attributes[name].accuracy
        if accuracy is None:
            failures.append(f"{name}: no matched pairs to measure (split {split})")
        elif accuracy < minimum - F1_TOLERANCE:
            failures.append(f"{name}: accuracy {accuracy:.3f} < {minimum:.3f} (split {split})")
    return failures
