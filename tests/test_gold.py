"""Reading and validating gold files (GUIDELINES.md, "File format")."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline.gold import GoldError, GoldRecord, read_gold, validate_gold
from pipeline.paths import CORPUS_ARTICLES, DEFAULT_GOLD

SEED_GOLD = DEFAULT_GOLD / "dev" / "seed.jsonl"  # the bundled copy of seed-gold.jsonl
SEED_TEXT = CORPUS_ARTICLES / "seed_overseas_police_stations.txt"

TEXT = (
    'Safeguard Defenders said that nine such offices are in Spain, including police "stations" in Madrid. '
    "Last month, China denied the reports, paying 2 million euros."
)

BASE: dict[str, Any] = {
    "article_id": "a1",
    "locations": [
        {"text": "Spain", "name": "Spain", "kind": "country", "country": "ESP"},
        {"text": "Madrid", "name": "Madrid", "kind": "city", "country": "ESP"},
    ],
    "counts": [
        {"text": "nine such offices", "value": 9, "qualifier": "exact", "unit": "offices", "category": "facility",
         "place": "Spain", "country": "ESP", "currency": None},
        {"text": "2 million euros", "value": 2000000, "qualifier": "exact", "unit": "euros", "category": "money",
         "place": None, "country": None, "currency": "EUR"},
    ],
    "actors": [
        {"text": "Safeguard Defenders", "name": "Safeguard Defenders", "type": "ngo", "country": "ESP"},
        {"text": "China", "name": "China", "type": "state", "country": "CHN"},
    ],
    "dates": [{"text": "Last month", "date_start": "2022-09-01", "date_end": "2022-09-30"}],
    "attributions": [
        {"source": "Safeguard Defenders", "cue": "said", "stance": "assert",
         "content": "nine such offices are in Spain, including police stations in Madrid", "quote": "mixed"},
        {"source": "China", "cue": "denied", "stance": "deny", "content": "the reports", "quote": "indirect"},
    ],
}


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def with_id(article_id: str) -> dict[str, Any]:
    return {**copy.deepcopy(BASE), "article_id": article_id}


def test_read_gold_folder_splits_and_file(tmp_path: Path) -> None:
    root = tmp_path / "gold"
    write_jsonl(root / "dev" / "wire.jsonl", [with_id("d1"), with_id("d2")])
    write_jsonl(root / "test" / "deep" / "x.jsonl", [with_id("t1")])
    write_jsonl(root / "real" / "real-dev" / "a.jsonl", [with_id("r1")])
    write_jsonl(root / "loose.jsonl", [with_id("l1")])
    (root / "notes.txt").write_text("not gold", encoding="utf-8")
    records = read_gold(root)
    # the split is the folder that holds the file
    assert {(r.article_id, r.split) for r in records} == {
        ("d1", "dev"), ("d2", "dev"), ("t1", "deep"), ("r1", "real-dev"), ("l1", None)
    }
    d2 = next(r for r in records if r.article_id == "d2")
    assert d2.line == 2 and d2.path.endswith("wire.jsonl") and len(d2.locations) == 2
    (single,) = read_gold(root / "test" / "deep" / "x.jsonl")
    assert single.split is None and single.article_id == "t1"


def test_read_gold_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("\n" + json.dumps(with_id("a1")) + "\n\n", encoding="utf-8")
    (record,) = read_gold(path)
    assert record.line == 2


@pytest.mark.parametrize(("lines", "message"), [
    ([json.dumps(with_id("a1")), '{"article_id": "a2", "locations": ['], r"g\.jsonl:2: malformed JSON"),
    (["[1, 2]"], r"g\.jsonl:1: .*JSON object"),
    (['{"locations": []}'], r"g\.jsonl:1: missing or empty article_id"),
    (['{"article_id": "a1", "counts": {}}'], r"g\.jsonl:1 a1 counts: must be a list"),
    (['{"article_id": "a1", "dates": ["2009"]}'], r"g\.jsonl:1 a1 dates\[0\]: must be an object"),
], ids=["malformed-json", "not-object", "no-id", "field-not-list", "item-not-object"])
def test_read_gold_errors_name_file_and_line(tmp_path: Path, lines: list[str], message: str) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        read_gold(path)


def test_read_gold_duplicate_id_across_files(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "dev" / "a.jsonl", [with_id("x")])
    write_jsonl(tmp_path / "test" / "b.jsonl", [with_id("y"), with_id("x")])
    with pytest.raises(GoldError, match=r"b\.jsonl:2: article_id 'x' is already labelled at .*a\.jsonl:1"):
        read_gold(tmp_path)


def test_read_gold_missing_path(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no such gold"):
        read_gold(tmp_path / "nowhere")


def validate(tmp_path: Path, raw: dict[str, Any], texts: dict[str, str] | None = None) -> list[str]:
    records = read_gold(write_jsonl(tmp_path / "g.jsonl", [raw]))
    return validate_gold(records, {"a1": TEXT} if texts is None else texts)


def test_base_example_is_clean(tmp_path: Path) -> None:
    assert validate(tmp_path, copy.deepcopy(BASE)) == []


def _set(field: str, index: int, key: str, value: Any) -> Any:
    def change(raw: dict[str, Any]) -> None:
        raw[field][index][key] = value
    return change


def _delete(field: str, index: int, key: str) -> Any:
    def change(raw: dict[str, Any]) -> None:
        del raw[field][index][key]
    return change


def _append(field: str, item: dict[str, Any]) -> Any:
    def change(raw: dict[str, Any]) -> None:
        raw[field].append(item)
    return change


def _top(key: str, value: Any) -> Any:
    def change(raw: dict[str, Any]) -> None:
        if value is None:
            del raw[key]
        else:
            raw[key] = value
    return change


# (change to BASE, the problem line expected, as a substring)
PROBLEM_CASES = [
    pytest.param(_set("locations", 1, "text", "Barcelona"), "a1 locations[1]: text 'Barcelona' not found",
                 id="text-not-found"),
    pytest.param(_set("locations", 1, "text", "madrid"), "a1 locations[1]: text 'madrid' not found",
                 id="text-case-matters"),
    pytest.param(_set("attributions", 1, "cue", "refuted"), "a1 attributions[1]: cue 'refuted' not found",
                 id="cue-not-found"),
    pytest.param(_set("attributions", 1, "content", "the allegations"),
                 "a1 attributions[1]: content 'the allegations' not found", id="content-not-found"),
    pytest.param(_set("locations", 0, "kind", "nation"), "a1 locations[0]: kind 'nation' is not one of",
                 id="bad-kind"),
    pytest.param(_set("counts", 0, "qualifier", "approximately"), "counts[0]: qualifier 'approximately' is not one of",
                 id="bad-qualifier"),
    pytest.param(_set("actors", 0, "type", "NGO"), "actors[0]: type 'NGO' is not one of", id="bad-type"),
    pytest.param(_set("attributions", 0, "stance", "claim"), "attributions[0]: stance 'claim' is not one of",
                 id="bad-stance"),
    pytest.param(_set("attributions", 0, "quote", "partial"), "attributions[0]: quote 'partial' is not one of",
                 id="bad-quote"),
    pytest.param(_set("locations", 1, "country", "SPA"), "locations[1]: country 'SPA' is not an ISO 3166-1",
                 id="bad-country"),
    pytest.param(_set("actors", 1, "country", "chn"), "actors[1]: country 'chn' is not an ISO 3166-1",
                 id="lowercase-country"),
    pytest.param(_set("locations", 0, "country", None), "locations[0]: a country location needs its country code",
                 id="country-location-without-code"),
    pytest.param(_set("counts", 1, "currency", "EURO"), "counts[1]: currency 'EURO' is not an ISO 4217",
                 id="bad-currency"),
    pytest.param(_set("counts", 0, "currency", "EUR"), "counts[0]: currency 'EUR' given for category 'facility'",
                 id="currency-not-money"),
    pytest.param(_set("counts", 0, "value", "9"), "counts[0]: value '9' is not a number", id="value-string"),
    pytest.param(_set("counts", 0, "value", True), "counts[0]: value True is not a number", id="value-bool"),
    pytest.param(_set("dates", 0, "date_end", "2022-08-31"),
                 "dates[0]: date_start 2022-09-01 is after date_end 2022-08-31", id="bad-date-order"),
    pytest.param(_set("dates", 0, "date_end", None), "dates[0]: date_start and date_end must both be null",
                 id="half-null-date"),
    pytest.param(_set("dates", 0, "date_start", "2022-09"), "dates[0]: date_start '2022-09' is not an ISO date",
                 id="month-not-date"),
    pytest.param(_set("dates", 0, "date_end", "2022-09-31"), "dates[0]: date_end '2022-09-31' is not an ISO date",
                 id="impossible-date"),
    pytest.param(_set("attributions", 0, "source", "Safeguard"),
                 "attributions[0]: source 'Safeguard' is not the name of an actor", id="unknown-source"),
    pytest.param(_set("actors", 0, "alias", "SD"), "actors[0]: unknown key 'alias'", id="unknown-key"),
    pytest.param(_delete("actors", 0, "country"), "actors[0]: missing key 'country'", id="missing-key"),
    pytest.param(_set("actors", 0, "name", None), "actors[0]: name is null", id="null-name"),
    pytest.param(_set("locations", 1, "name", "Madrid "), "locations[1]: name 'Madrid ' has leading or trailing",
                 id="padded-name"),
    pytest.param(_append("locations", {"text": "Madrid", "name": "Madrid", "kind": "city", "country": "ESP"}),
                 "a1 locations[2]: duplicate of locations[1]",
                 id="duplicate-location"),
    pytest.param(_append("actors", {"text": "China", "name": "Beijing", "type": "state", "country": "CHN"}),
                 "a1 actors[2]: duplicate of actors[1]", id="duplicate-state"),
    pytest.param(_append("dates", {"text": "Last month", "date_start": "2022-09-01", "date_end": "2022-09-30"}),
                 "a1 dates[1]: duplicate of dates[0]", id="duplicate-date"),
    pytest.param(_top("dates", None), "a1 dates: missing", id="missing-field"),
    pytest.param(_top("people", []), "a1: unknown key 'people'", id="unknown-record-key"),
    pytest.param(_set("incidents", 0, "tactic", "spying"), "incidents[0]: tactic 'spying' is not one of",
                 id="bad-tactic"),
    pytest.param(_set("incidents", 0, "origin", "China"), "incidents[0]: origin 'China' is not an ISO 3166-1",
                 id="bad-origin"),
    pytest.param(_set("incidents", 0, "host", "ES"), "incidents[0]: host 'ES' is not an ISO 3166-1", id="bad-host"),
    pytest.param(_set("incidents", 0, "origin", None), "incidents[0]: origin is null", id="null-origin"),
    pytest.param(_set("incidents", 0, "targets", "Chinese dissidents"), "incidents[0]: targets 'Chinese dissidents' must be a list",
                 id="targets-not-list"),
    pytest.param(_set("incidents", 0, "targets", ["", "Uyghurs"]), "incidents[0]: targets ['', 'Uyghurs'] must be a list",
                 id="empty-target"),
    pytest.param(_set("incidents", 0, "year", "2022"), "incidents[0]: year '2022' is not a year", id="year-string"),
    pytest.param(_set("incidents", 0, "text", "police stations in Rome"),
                 "incidents[0]: text 'police stations in Rome' not found", id="incident-text-not-found"),
    pytest.param(_delete("incidents", 0, "event"), "incidents[0]: missing key 'event'", id="incident-missing-event"),
    pytest.param(_append("incidents", {"text": "police \"stations\" in Madrid", "origin": "CHN", "host": "ESP",
                                       "tactic": "intimidation", "targets": [], "year": None, "event": None}),
                 "a1 incidents[1]: duplicate of incidents[0]", id="duplicate-incident"),
    pytest.param(_top("incidents", {}), "incidents: must be a list", id="incidents-not-list"),
]

INCIDENT = {"text": "nine such offices are in Spain", "origin": "CHN", "host": "ESP", "tactic": "intimidation",
            "targets": [], "year": 2022, "event": "china-police-stations-spain"}


@pytest.mark.parametrize(("change", "problem"), PROBLEM_CASES)
def test_validate_gold_finds_problem(tmp_path: Path, change: Any, problem: str) -> None:
    raw = copy.deepcopy(BASE) | {"incidents": [dict(INCIDENT)]}
    try:
        change(raw)
    except GoldError as error:  # a record the reader refuses outright
        assert problem in str(error)
        return
    try:
        problems = validate(tmp_path, raw)
    except GoldError as error:
        assert problem in str(error)
        return
    assert any(problem in line for line in problems), problems
    assert all(line.startswith(f"{tmp_path / 'g.jsonl'}:1 a1") for line in problems)


def test_incidents_are_optional_and_read_when_given(tmp_path: Path) -> None:
    without, labelled, empty = with_id("a1"), with_id("a2"), with_id("a3")
    labelled["incidents"] = [dict(INCIDENT)]
    empty["incidents"] = []
    records = read_gold(write_jsonl(tmp_path / "g.jsonl", [without, labelled, empty]))
    assert [r.has("incidents") for r in records] == [False, True, True]
    assert [r.items("incidents") for r in records] == [[], [INCIDENT], []]
    assert validate_gold(records, {"a1": TEXT, "a2": TEXT, "a3": TEXT}) == []


def test_two_counts_with_same_value_are_not_duplicates(tmp_path: Path) -> None:
    raw = copy.deepcopy(BASE)
    raw["counts"].append({**raw["counts"][0], "text": "Spain", "unit": "stations"})
    assert validate(tmp_path, raw) == []


def test_validate_gold_unknown_article(tmp_path: Path) -> None:
    problems = validate(tmp_path, copy.deepcopy(BASE), texts={"other": TEXT})
    assert problems == [f"{tmp_path / 'g.jsonl'}:1 a1: unknown article id (no such article)"]


def test_validate_gold_duplicate_records() -> None:
    record = GoldRecord(article_id="a1", split=None, path="g.jsonl", line=1)
    again = GoldRecord(article_id="a1", split=None, path="h.jsonl", line=3)
    assert validate_gold([record, again], {"a1": TEXT}) == ["h.jsonl:3 a1: article_id already labelled at g.jsonl:1"]


def test_seed_gold_validates_clean() -> None:
    records = read_gold(SEED_GOLD)
    assert [r.article_id for r in records] == ["seed_overseas_police_stations"]
    text = SEED_TEXT.read_text(encoding="utf-8")
    assert validate_gold(records, {"seed_overseas_police_stations": text}) == []


def validate_real(tmp_path: Path, raw: dict[str, Any], *, texts: dict[str, str] | None = None,
                  uncollected: frozenset[str] = frozenset()) -> list[str]:
    records = read_gold(write_jsonl(tmp_path / "gold" / "real-dev" / "g.jsonl", [raw]).parent.parent)
    return validate_gold(records, {"a1": TEXT} if texts is None else texts, uncollected=uncollected)


def _real_form(raw: dict[str, Any]) -> dict[str, Any]:
    """BASE as the real-text set writes it: contents as sorted word tokens."""
    for item in raw["attributions"]:
        item["content"] = " ".join(sorted(re.findall(r"[^\W_]+", item["content"].lower())))
    return raw


def test_real_split_accepts_sorted_token_contents(tmp_path: Path) -> None:
    assert validate_real(tmp_path, _real_form(copy.deepcopy(BASE))) == []


REAL_PROBLEM_CASES = [
    pytest.param(_set("attributions", 0, "content", "such offices nine"), "content must be its sorted lowercase word tokens",
                 id="tokens-not-sorted"),
    pytest.param(_set("attributions", 0, "content", "are in nine offices rome"), "content 'are in nine offices rome' not found",
                 id="token-not-in-article"),
    pytest.param(_set("locations", 1, "text", 'nine such offices are in Spain, including police "stations" in Madrid'),
                 "locations[1]: text has 11 words; the real-text set allows 8", id="span-too-long"),
]


@pytest.mark.parametrize(("change", "problem"), REAL_PROBLEM_CASES)
def test_real_split_keeps_the_no_sentence_rule(tmp_path: Path, change: Any, problem: str) -> None:
    raw = _real_form(copy.deepcopy(BASE))
    change(raw)
    problems = validate_real(tmp_path, raw)
    assert any(problem in line for line in problems), problems


def test_real_gold_file_checked_alone_keeps_the_no_sentence_rule(tmp_path: Path) -> None:
    # a labeller checks one new file (`--gold corpus/gold/real/real-dev/realX.jsonl`): no split under that path
    raw = _real_form(copy.deepcopy(BASE))
    raw["locations"][1]["text"] = 'nine such offices are in Spain, including police "stations" in Madrid'
    records = read_gold(write_jsonl(tmp_path / "gold" / "real-dev" / "g.jsonl", [raw]))
    assert records[0].split is None
    assert any("the real-text set allows 8" in line for line in validate_gold(records, {"a1": TEXT}))
    team = read_gold(write_jsonl(tmp_path / "gold" / "dev" / "g.jsonl", [raw]))
    assert not any("the real-text set allows 8" in line for line in validate_gold(team, {"a1": TEXT}))


def test_uncollected_real_article_is_checked_without_its_text(tmp_path: Path) -> None:
    raw = _real_form(copy.deepcopy(BASE))
    assert validate_real(tmp_path, raw, texts={}, uncollected=frozenset({"a1"})) == []
    raw["locations"][1]["kind"] = "town"
    assert any("kind 'town'" in line for line in validate_real(tmp_path, raw, texts={}, uncollected=frozenset({"a1"})))
    assert any("unknown article id" in line for line in validate_real(tmp_path, raw, texts={}))


@pytest.mark.parametrize(
    ("records", "refused"),
    [
        ([{"article_id": "a", "locations": [], "counts": [], "actors": [], "dates": [], "attributions": []}], True),
        ([{"article_id": "a", "text": "Police in Oslo arrested two men.", "published": "2024-01-01"}], False),  # articles as records
        ([{"article_id": "a", "title": "T", "url": "https://example.org"}], False),  # a metadata file beside .txt articles
        ([{"article_id": "a", "locations": [], "counts": [], "actors": [], "dates": [], "attributions": []}, "report.txt"], False),
    ],
)
def test_check_gold_tells_a_gold_folder_given_as_articles(tmp_path: Path, records: list[Any], refused: bool) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    folder = tmp_path / "given"
    folder.mkdir()
    (folder / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records if isinstance(r, dict)), encoding="utf-8")
    for name in (r for r in records if isinstance(r, str)):  # an article beside the gold: the folder holds articles
        (folder / name).write_text("Police in Oslo arrested two men.", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(records[0] | {"article_id": "a"}) + "\n" if refused else "", encoding="utf-8")
    result = CliRunner().invoke(main, ["check-gold", "--gold", str(gold), str(folder)])
    told = f"{folder} holds gold records, not articles: to check it, tnr check-gold --gold {folder}"
    assert (result.exit_code == 2 and told in result.output) is refused
