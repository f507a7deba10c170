"""Incidents (GUIDELINES.md incidents): tactic words, their origin, host, targets and year; and events across articles."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import pytest

from pipeline.events import event_id, group_events, same_event
from pipeline.extract.incidents import read_tactic_patterns
from pipeline.records import TACTICS

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    import pipeline

    return pipeline.load()


def incidents(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    return {(row.origin, row.host, row.tactic) for row in nlp(text)._.tnr_incidents}


# (sentence, the (origin, host, tactic) rows expected); negatives expect none
CASES = [
    pytest.param("Saudi agents killed the journalist Jamal Khashoggi at the consulate in Istanbul in October 2018.",
                 {("SAU", "TUR", "assassination")}, id="subject-agents-kill"),
    pytest.param("US prosecutors charged four men with plotting to kidnap journalist Masih Alinejad on behalf of Iran.",
                 {("IRN", "USA", "rendition")}, id="on-behalf-of-not-the-prosecutors"),
    pytest.param("Rwandan agents lured Paul Rusesabagina onto a flight from Dubai to Kigali in 2020.",
                 {("RWA", "ARE", "rendition")}, id="lured-onto-a-flight"),
    pytest.param("Thailand deported 109 Uyghurs to China in July 2015.",
                 {("CHN", "THA", "unlawful_deportation")}, id="deportation-origin-is-destination"),
    pytest.param("Chinese agents harassed Uyghur activists living in Sweden, according to Safeguard Defenders.",
                 {("CHN", "SWE", "intimidation")}, id="living-in"),
    pytest.param("Iranian state TV said the regime's intelligence ministry detained his relatives in Tehran to pressure the Canadian citizen.",
                 {("IRN", "CAN", "coercion_by_proxy")}, id="relatives-host-from-citizenship"),
    pytest.param("China has refuted reports that it runs overseas police stations in the Netherlands.",
                 {("CHN", "NLD", "intimidation")}, id="denied-act-counts"),
    pytest.param("Beijing cancelled his passport after he spoke out in Germany in 2019.",
                 {("CHN", "DEU", "mobility_controls")}, id="cancelled-passport"),
    pytest.param("The activist said Pegasus spyware was used by Saudi Arabia to hack his phone in Canada.",
                 {("SAU", "CAN", "digital_attack")}, id="spyware"),
    pytest.param("Netherlands says Iran likely behind two killings on Dutch soil.",
                 {("IRN", "NLD", "assassination")}, id="state-behind-the-act-on-its-soil"),
    pytest.param("Germany believes Russia is behind the murder of a Chechen exile in Berlin.",
                 {("RUS", "DEU", "assassination")}, id="behind-not-the-believer"),
    pytest.param("Police in Berlin said nobody knew who was behind the murder of the Chechen exile.", set(),
                 id="behind-no-state"),
    pytest.param("Turkish agents seized the teacher in Nairobi in 2021.", {("TUR", "KEN", "rendition")}, id="seized-a-person"),
    pytest.param("Turkish agents in Kenya put the four teachers on a plane to Turkey.", {("TUR", "KEN", "rendition")},
                 id="put-on-a-plane"),
    pytest.param("Turkey's intelligence agency has brought back scores of Gulen supporters from Kenya.",
                 {("TUR", "KEN", "rendition")}, id="brought-back-people"),
    pytest.param("Rwanda has been accused of the disappearance of Rwandan critics in Uganda.", {("RWA", "UGA", "rendition")},
                 id="disappearance-of-people"),
    pytest.param("Customs officers seized the goods in Nairobi.", set(), id="seized-goods"),
    pytest.param("The disappearance of the documents in Kenya was reported by Turkish media.", set(), id="disappearance-of-things"),
    pytest.param("Turkish officials brought back the trophy from Kenya.", set(), id="brought-back-a-thing"),
    pytest.param("Rwanda, Saudi Arabia, Russia and Iran are each shown to have used killings of prominent critics abroad.",
                 {("RWA", None, "assassination")}, id="passive-subject-states-are-no-hosts"),
    pytest.param("Uyghur activists in Sweden were harassed.", {("CHN", "SWE", "intimidation")},
                 id="passive-subjects-place-is-the-host"),
    pytest.param("The Chechen blogger was stabbed to death by Russian agents in Lille in 2020.",
                 {("RUS", "FRA", "assassination")}, id="stabbed-to-death"),
    pytest.param("The band beat the record to death in Lille, Russian fans said.", set(), id="no-one-to-death"),
    pytest.param('Chinese police "service stations" were found in Spain and Italy.',
                 {("CHN", "ESP", "intimidation"), ("CHN", "ITA", "intimidation")}, id="quoted-service-stations"),
    pytest.param('The Madrid "service station" sells petrol.', set(), id="quoted-petrol-station"),
    pytest.param("The senators killed the bill in committee.", set(), id="killed-the-bill"),
    pytest.param("Officers from a police station in Manchester attended the scene.", set(), id="police-station-in-manchester"),
    pytest.param("Dutch police arrested two men suspected of working for Chinese intelligence.", set(),
                 id="host-arrests-agents"),
    pytest.param("Turkey expelled two Iranian diplomats.", set(), id="host-expels-diplomats"),
    pytest.param("Transnational repression is rising across Europe, the report said.", set(), id="no-act"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_incidents_of_a_sentence(nlp: Language, text: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert incidents(nlp, text) == expected


def test_incident_row_is_traceable_and_carries_targets_year_and_claim(nlp: Language) -> None:
    text = "Safeguard Defenders said that Chinese agents harassed Uyghur activists living in Sweden in 2021."
    [row] = nlp(text)._.tnr_incidents
    assert text[row.char_start : row.char_end] == row.text
    assert (row.targets, row.year) == ("Uyghur activists", 2021)
    assert row.attribution_id is not None and row.event_id is None


def test_one_row_per_origin_tactic_and_host(nlp: Language) -> None:
    text = "China runs overseas police stations in Spain and Italy. Chinese agents threatened dissidents in Spain."
    rows = nlp(text)._.tnr_incidents
    assert sorted((r.origin, r.host, r.tactic) for r in rows) == [("CHN", "ESP", "intimidation"), ("CHN", "ITA", "intimidation")]


def test_a_state_the_article_places_acts_in_is_not_an_agent_by_default(nlp: Language) -> None:
    # Germany (a host here) is the only state of the second sentence, but it only reacts to the killing
    text = ("Russian agents shot dead a Chechen exile in a Berlin park in 2019. "
            "Germany expelled two Russian diplomats in 2020, as it had done after the killing in December 2019.")
    rows = nlp(text)._.tnr_incidents
    assert [(r.origin, r.host, r.tactic) for r in rows] == [("RUS", "DEU", "assassination")]


# the article's items before the document pass: (origin, tactic, host, weak, named) -> the rows kept
AGGREGATE_CASES = [
    pytest.param([("IRN", "assassination", "NLD", False, True), ("NLD", "surveillance", "IRN", False, False)],
                 [("IRN", "assassination", "NLD"), ("IRN", "surveillance", "NLD")], id="reporting-state-swapped-back"),
    pytest.param([("RUS", "assassination", "DEU", False, True), ("DEU", "assassination", None, True, False)],
                 [("RUS", "assassination", "DEU")], id="host-taken-for-agent-dropped"),
    pytest.param([("CHN", "intimidation", "CAN", False, False), ("HKG", "legal_pressure", "GBR", False, False)],
                 [("CHN", "intimidation", "CAN"), ("HKG", "legal_pressure", "GBR")], id="two-origins-kept"),
    pytest.param([("SAU", "assassination", "TUR", False, True), ("SAU", "assassination", "TUR", False, False),
                  ("TUR", "legal_pressure", None, False, False)],
                 [("SAU", "assassination", "TUR"), ("TUR", "legal_pressure", None)], id="named-host-state-acting-kept"),
]


@pytest.mark.parametrize(("items", "expected"), AGGREGATE_CASES)
def test_document_pass_over_an_articles_items(
    nlp: Language, items: list[tuple[str, str, str | None, bool, bool]], expected: list[tuple[str, str, str | None]]
) -> None:
    from pipeline.extract.incidents import _aggregate, _Found

    doc = nlp.make_doc("one two three four five six")
    found: dict[tuple[str, str, str | None], _Found] = {}
    for n, (origin, tactic, host, weak, named) in enumerate(items):
        item = _Found(span=doc[n : n + 1], origin=origin, host=host, tactic=tactic, mentions=1, weak=weak, named=named)
        found.setdefault((origin, tactic, host), item)
    assert [(f.origin, f.tactic, f.host) for f in _aggregate(found)] == expected


def test_every_pattern_has_a_known_tactic_and_a_unique_id() -> None:
    patterns = read_tactic_patterns()
    assert {p["label"] for p in patterns} <= set(TACTICS)
    assert len({p["id"] for p in patterns}) == len(patterns)


def _incident(article: str, origin: str, tactic: str, host: str | None, targets: str | None, year: int | None) -> dict[str, Any]:
    return {"article_id": article, "incident_id": f"{article}#{origin}-{tactic}-{host}", "origin": origin,
            "tactic": tactic, "host": host, "targets": targets, "year": year, "event_id": None}


SAME_EVENT = [
    pytest.param(("SAU", "assassination", "TUR", "Jamal Khashoggi", 2018), ("SAU", "assassination", "TUR", "Khashoggi", None),
                 True, id="surname-and-unknown-year"),
    pytest.param(("CHN", "intimidation", "NLD", None, 2022), ("CHN", "intimidation", "NLD", None, 2022), True,
                 id="both-without-targets-same-year"),
    pytest.param(("CHN", "intimidation", "NLD", None, None), ("CHN", "intimidation", "NLD", None, 2022), True,
                 id="without-targets-one-year-unknown"),
    pytest.param(("CHN", "intimidation", None, None, None), ("CHN", "intimidation", None, None, 2022), False,
                 id="no-host-needs-both-years"),
    pytest.param(("SAU", "assassination", "TUR", "Jamal Khashoggi", 2018), ("SAU", "assassination", "TUR", "Jamal Khashoggi", 2019),
                 True, id="same-person-dated-differently"),
    pytest.param(("CHN", "unlawful_deportation", "THA", "Uyghurs", 2015), ("CHN", "unlawful_deportation", "THA", "Uyghurs", 2017),
                 False, id="same-group-other-year"),
    pytest.param(("IRN", "assassination", "NLD", "Ali Motamed", None), ("IRN", "assassination", "NLD", "Ahmad Mola Nissi", None),
                 False, id="other-targets"),
    pytest.param(("SAU", "assassination", "TUR", "Jamal Khashoggi", 2018), ("SAU", "surveillance", "TUR", "Jamal Khashoggi", 2018),
                 False, id="other-tactic"),
    pytest.param(("CHN", "intimidation", None, None, None), ("CHN", "intimidation", "NLD", None, None), False,
                 id="null-host-only-with-null"),
]


@pytest.mark.parametrize(("left", "right", "expected"), SAME_EVENT)
def test_same_event(left: tuple[Any, ...], right: tuple[Any, ...], expected: bool) -> None:
    assert same_event(_incident("a", *left), _incident("b", *right)) is expected
    assert same_event(_incident("a", *left), _incident("a", *right)) is False  # never within one article


def test_grouping_is_independent_of_order_and_stable() -> None:
    rows = [
        _incident("a", "SAU", "assassination", "TUR", "Jamal Khashoggi", 2018),
        _incident("b", "SAU", "assassination", "TUR", "Khashoggi", None),
        _incident("c", "SAU", "assassination", "TUR", "Jamal Khashoggi", 2018),
        _incident("c", "CHN", "intimidation", "NLD", None, None),
    ]
    published = {"a": "2018-10-20", "b": "2019-01", "c": "2020-06-01"}
    results = {repr(group_events(list(order), published)[1]) for order in itertools.permutations(rows)}
    assert len(results) == 1
    grouped, events = group_events(rows, published)
    killing = next(e for e in events if e["tactic"] == "assassination")
    assert killing["event_id"] == event_id(["c#SAU-assassination-TUR", "a#SAU-assassination-TUR", "b#SAU-assassination-TUR"])
    assert (killing["articles"], killing["article_ids"], killing["first_published"], killing["last_published"]) == (
        3, "a; b; c", "2018-10-20", "2020-06-01")
    assert (killing["year_min"], killing["year_max"]) == (2018, 2018)
    assert [r["event_id"] for r in grouped][:3] == [killing["event_id"]] * 3


def test_windowed_matching_finds_what_the_whole_doc_matcher_finds(nlp: Language) -> None:
    from pipeline.extract.incidents import find_tactics, tactic_matcher

    text = (
        "Hong Kong police put bounties on eight activists and sentenced one in absentia. "
        "His relatives in China were questioned, and his passport was cancelled. "
        "Officials said agents had been told to persuade him to return and had planted spyware on his phone."
    )
    doc = nlp(text)
    matcher, _ = tactic_matcher(doc.vocab)
    whole = sorted({(start, end, doc.vocab.strings[key]) for key, start, end in matcher(doc)})
    assert find_tactics(doc) == whole and len(whole) >= 5


@pytest.mark.parametrize(
    ("pattern", "words", "complete"),
    [
        ([{"LEMMA": {"IN": ["kill", "murder"]}, "POS": "VERB"}], {"LEMMA": {"kill", "murder"}}, True),
        ([{"LOWER": "red"}, {"LOWER": "notice"}], {"LOWER": {"red"}}, True),
        ([{"LOWER": {"IN": ["covert"]}, "OP": "?"}, {"ORTH": "Pegasus"}], {"LOWER": {"covert"}, "ORTH": {"Pegasus"}}, True),
        # a first token that tests no word: a match may start anywhere, so the pattern is tried in every window
        ([{"POS": "ADJ"}, {"LEMMA": "plot"}], {}, False),
        ([{"LOWER": "secret", "OP": "?"}, {"POS": "NOUN"}], {"LOWER": {"secret"}}, False),
        ([{"LOWER": {"NOT_IN": ["the"]}}, {"LEMMA": "plot"}], {}, False),
        ([{"LOWER": "alleged", "OP": "*"}], {"LOWER": {"alleged"}}, False),
    ],
    ids=["lemma-list", "first-word-only", "through-optional", "pos-only", "optional-then-pos", "not-in", "all-optional"],
)
def test_start_words_say_where_a_pattern_can_start(pattern: list[dict[str, Any]], words: dict[str, set[str]], complete: bool) -> None:
    from pipeline.extract.incidents import GATE_ATTRS, _start_words

    found, whole = _start_words(pattern)
    assert {attr: values for attr, values in found.items() if values} == words and whole is complete
    assert set(found) == set(GATE_ATTRS)


@pytest.mark.parametrize(
    ("words", "attr", "expected"),
    [
        (frozenset({"ministry"}), "LOWER", [2, 5]),
        (frozenset({"Ministry"}), "ORTH", [2]),
        (frozenset({"ministry"}), "ORTH", [5]),
        (frozenset({"appos"}), "DEP", "appos"),
        (frozenset({"embassy"}), "LOWER", []),
    ],
    ids=["lowercase-both", "orth-capitalised", "orth-lowercase", "dependency", "absent"],
)
def test_word_positions_of_a_doc(nlp: Language, words: frozenset[str], attr: str, expected: list[int] | str) -> None:
    from pipeline.extract.index import positions

    doc = nlp("The foreign Ministry said the ministry of Iran, a state body, would act.")
    found = positions(doc, words, attr=attr)
    if isinstance(expected, str):  # a dependency label: wherever the parser put it
        expected = [t.i for t in doc if t.dep_ == expected]
    assert found == expected
    assert positions(doc, set(words), attr=attr, remember=False) == found
