"""Events: which incidents of different articles are the same act (pipeline/events.py, GUIDELINES.md events)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from pipeline.events import group_events, is_group, same_event


def _incident(article: str, origin: str, tactic: str, host: str | None, targets: str | None, year: int | None) -> dict[str, Any]:
    return {"article_id": article, "incident_id": f"{article}#{origin}-{tactic}-{host}", "origin": origin,
            "tactic": tactic, "host": host, "targets": targets, "year": year, "event_id": None}


# (left incident, right incident, same event?): (origin, tactic, host, targets, year)
SAME_EVENT = [
    pytest.param(("SAU", "surveillance", "USA", "Saudi dissidents", 2014), ("SAU", "surveillance", "USA", "Saudi critics", None),
                 True, id="groups-of-one-people"),
    pytest.param(("RUS", "assassination", "DEU", "Chechen rebels", 2019), ("RUS", "assassination", "DEU", "Chechen insurgents", None),
                 True, id="rebels-and-insurgents-one-dissent"),
    pytest.param(("RUS", "assassination", "DEU", "Chechen loyalists", 2019), ("RUS", "assassination", "DEU", "Chechen insurgents", None),
                 False, id="loyalists-are-no-dissent"),
    pytest.param(("TUR", "rendition", "KEN", "Gulen supporters", 2016), ("TUR", "rendition", "KEN", "Gulen movement", None),
                 True, id="groups-of-one-movement"),
    pytest.param(("CHN", "surveillance", "CHE", "Uyghurs", None), ("CHN", "surveillance", "CHE", "Tibetans", None),
                 False, id="groups-of-other-peoples"),
    pytest.param(("CHN", "intimidation", "USA", "Chinese dissidents", 2018), ("CHN", "intimidation", "USA", "Chinese dissidents", 2022),
                 True, id="campaign-in-one-host-spans-years"),
    pytest.param(("CHN", "unlawful_deportation", "THA", "Uyghurs", 2015), ("CHN", "unlawful_deportation", "THA", "Uyghur students", 2017),
                 False, id="one-act-needs-agreeing-years"),
    pytest.param(("IRN", "assassination", "NLD", "Mohammad Reza Kolahi Samadi", None), ("IRN", "assassination", "NLD", None, None),
                 True, id="a-report-naming-no-one-does-not-contradict"),
    pytest.param(("IRN", "assassination", "NLD", "Ahmad Mola Nissi", 2017), ("IRN", "assassination", "NLD", None, 2015),
                 False, id="naming-no-one-and-other-years"),
    pytest.param(("TUR", "rendition", "KEN", "Orhan Inandi; Gulenists", None), ("TUR", "rendition", "KEN", "Turkish nationals", 2024),
                 False, id="a-named-person-against-a-group"),
    pytest.param(("CHN", "intimidation", "USA", "Xiaolei Wu; Chinese students", None), ("CHN", "intimidation", "USA", "Chinese dissidents", 2022),
                 False, id="people-against-a-campaign"),
    pytest.param(("CHN", "intimidation", None, "overseas Chinese", 2019), ("CHN", "intimidation", None, "overseas Chinese", 2021),
                 False, id="a-group-in-lower-case-is-no-person"),
    pytest.param(("IND", "legal_pressure", "CAN", "Hardeep Singh Nijjar", 2020), ("IND", "legal_pressure", "CAN", "Nijjar", 2023),
                 True, id="one-person-any-year"),
    pytest.param(("CHN", "detention", "EGY", "Uyghur students", 2017), ("CHN", "detention", "EGY", "Muslim Uighur; Uighur Muslim", None),
                 True, id="one-people-spelt-two-ways"),
    pytest.param(("TUR", "rendition", "KEN", "Gülen supporters", 2016), ("TUR", "rendition", "KEN", "Gulen movement", None),
                 True, id="one-movement-with-and-without-accent"),
    pytest.param(("IRN", "assassination", "NLD", "Jamal Khashogi", None), ("IRN", "assassination", "NLD", "Khashoggi", None),
                 True, id="one-person-spelt-two-ways"),
    pytest.param(("SAU", "coercion_by_proxy", "CAN", "Omar", 2018), ("SAU", "coercion_by_proxy", "CAN", "Omar Abdulaziz", 2018),
                 False, id="a-given-name-alone-is-another-person"),
    pytest.param(("SAU", "coercion_by_proxy", "CAN", "Abdulaziz", 2018), ("SAU", "coercion_by_proxy", "CAN", "Omar Abdulaziz", 2018),
                 True, id="a-family-name-alone-is-the-person"),
    pytest.param(("CHN", "intimidation", "GBR", "Wang", None), ("CHN", "intimidation", "GBR", "Wang Jing Li", None),
                 True, id="an-east-asian-family-name-written-first-is-the-person"),
    pytest.param(("ARE", "detention", "JOR", "Khalaf al-Romaithi", 2023), ("ARE", "detention", "JOR", "Khalaf Al-Rumaithi", 2023),
                 True, id="one-person-transliterated-with-o-and-u"),
    pytest.param(("ARE", "detention", "JOR", "Khalaf al-Romaithi", 2023), ("ARE", "detention", "JOR", "Khalaf al-Rashidi", 2023),
                 False, id="other-family-names-stay-apart"),
    pytest.param(("RUS", "assassination", "ESP", "Maksim Kuzminov", 2024), ("RUS", "assassination", "ESP", "Maxim Kuzminov", None),
                 True, id="one-person-transliterated-with-x-and-ks"),
    pytest.param(("UZB", "detention", "KGZ", "Bobomurod Abdullayev", 2020), ("UZB", "detention", "KGZ", "Bobomurod Abdullaev", 2017),
                 True, id="one-person-transliterated-with-and-without-y"),
    pytest.param(("TJK", "assassination", "TUR", "Umarali Quvatov", 2015), ("TJK", "assassination", "TUR", "Umarali Kuvvatov", 2015),
                 True, id="one-person-transliterated-with-q-and-k"),
    pytest.param(("BLR", "detention", "SRB", "Andrei Gnjot", None), ("BLR", "detention", "SRB", "Andrey Hnyot", 2023),
                 True, id="one-person-transliterated-with-gnj-and-hny"),
    pytest.param(("IRN", "detention", "TUR", "Hamid Karimi", 2020), ("IRN", "detention", "TUR", "Gamid Karimi", 2020),
                 False, id="an-h-before-a-vowel-is-no-g"),
    pytest.param(("BLR", "detention", "SRB", "Andrei Gnjot", 2023), ("BLR", "detention", "SRB", "Andrei Gnot", 2023),
                 False, id="a-j-is-no-silent-letter"),
    pytest.param(("RUS", "assassination", "ESP", "Maxim Kuzminov", 2024), ("RUS", "assassination", "ESP", "Maksim Kuzmin", 2024),
                 False, id="other-family-names-after-one-given-name"),
    # one word of a longer name transliterated with other vowels, the other words alike: one person
    pytest.param(("IRN", "rendition", "TUR", "Habib Farajallah Chaab", 2020), ("IRN", "rendition", "TUR", "Habib Farajollah Chaab", 2019),
                 True, id="one-word-of-three-with-other-vowels"),
    pytest.param(("ARE", "unlawful_deportation", "LBN", "Abdel Rahman Al-Qaradawi", None),
                 ("ARE", "unlawful_deportation", "LBN", "Abdul Rahman al-Qaradawi", 2025), True, id="a-given-name-with-other-vowels"),
    pytest.param(("EGY", "coercion_by_proxy", "USA", "Hassan Soltan", 2020), ("EGY", "coercion_by_proxy", "USA", "Hussein Soltan", 2020),
                 False, id="two-word-names-with-other-vowels-stay-apart"),
    pytest.param(("IRN", "rendition", "TUR", "Habib Farajallah Chaab", 2020), ("IRN", "rendition", "TUR", "Habib Farajollah Chiib", 2020),
                 False, id="two-words-with-other-vowels-stay-apart"),
    pytest.param(("IRN", "rendition", "TUR", "Habib Farajallah Chaab", 2020), ("IRN", "rendition", "TUR", "Habib Faraj Chaab", 2020),
                 False, id="other-letters-stay-apart"),
    # a name with a word written as its initial ("Nikhil G.", as courts and some papers write the accused)
    pytest.param(("IND", "assassination", "USA", "Nikhil G.", None), ("IND", "assassination", "USA", "Nikhil Gupta", 2023),
                 True, id="a-family-name-written-as-its-initial"),
    pytest.param(("RUS", "assassination", "DEU", "Tornike K.", None), ("RUS", "assassination", "DEU", "Tornike Gogia", 2019),
                 False, id="another-initial-stays-apart"),
    pytest.param(("RUS", "assassination", "DEU", "Tornike K.", None), ("RUS", "assassination", "DEU", "Zurab K.", 2019),
                 False, id="one-initial-of-other-names"),
    pytest.param(("RUS", "detention", "TUR", "Aleksei Sergeyev", 2020), ("RUS", "detention", "TUR", "Aleksei Sergeyeva", 2020),
                 False, id="a-family-names-other-gender-stays-apart"),
    pytest.param(("CHN", "detention", "EGY", "Uighur students", 2017), ("CHN", "detention", "EGY", "Kazakh students", 2017),
                 False, id="students-of-other-peoples"),
    pytest.param(("CHN", "unlawful_deportation", "EGY", "Uighur students; Abduweli Ayup", None),
                 ("CHN", "unlawful_deportation", "EGY", "Uyghur students", 2017), True, id="one-act-against-a-group-one-named"),
    pytest.param(("CHN", "unlawful_deportation", "EGY", "Uighur students; Abduweli Ayup", 2019),
                 ("CHN", "unlawful_deportation", "EGY", "Uyghur students", 2017), False, id="a-group-and-a-person-other-years"),
    pytest.param(("CHN", "detention", "EGY", "Abduweli Ayup", None), ("CHN", "detention", "EGY", "Uyghur students", 2017),
                 False, id="a-person-alone-against-a-group"),
    pytest.param(("HKG", "legal_pressure", "GBR", "Hong Kong activists", None), ("HKG", "legal_pressure", "GBR", "pro-democracy activists", 2023),
                 True, id="a-group-said-by-what-people-not-which"),
    pytest.param(("SAU", "assassination", "TUR", "Jamal Khashoggi", 2018), ("SAU", "assassination", "TUR", "dissidents", 2018),
                 False, id="a-person-against-what-people"),
    pytest.param(("CHN", "surveillance", "CHE", "Uyghurs", None), ("CHN", "surveillance", "CHE", "Tibetan activists", None),
                 False, id="groups-of-other-peoples-both-said"),
    pytest.param(("CHN", "intimidation", "USA", "Chinese students", None), ("CHN", "intimidation", "USA", "Chinese dissidents", 2022),
                 False, id="other-people-of-one-people"),
    pytest.param(("CHN", "intimidation", "USA", "Chinese nationals", None), ("CHN", "intimidation", "USA", "Chinese dissidents", 2022),
                 True, id="a-people-at-large-and-which-of-them"),
    pytest.param(("IRN", "assault", "SWE", "Iranian diaspora", None), ("IRN", "assault", "SWE", "Iranian activists", None),
                 True, id="a-diaspora-and-which-of-them"),
    # a measure names its people and their group: another report of the group is the same round of bounties
    pytest.param(("HKG", "legal_pressure", "GBR", "pro-democracy activists; Simon Cheng; Frances Hui", 2023),
                 ("HKG", "legal_pressure", "GBR", "pro-democracy activists", 2023), True, id="a-measures-people-and-their-group"),
    pytest.param(("HKG", "legal_pressure", "GBR", "pro-democracy activists; Nathan Law; Ted Hui", 2023),
                 ("HKG", "legal_pressure", "GBR", "pro-democracy activists; Simon Cheng", 2023), True, id="rounds-of-a-measure-on-one-group"),
    pytest.param(("HKG", "legal_pressure", "GBR", "Nathan Law", 2023),
                 ("HKG", "legal_pressure", "GBR", "Simon Cheng", 2023), False, id="a-measure-on-other-people-alone"),
    # a measure's people and their group in unnamed places (no host) link when both date it, the same
    pytest.param(("HKG", "legal_pressure", None, "Ted Hui; Dennis Kwok; democracy activists", 2023),
                 ("HKG", "legal_pressure", None, "pro-democracy activists", 2023), True, id="a-measures-people-in-unnamed-places"),
    pytest.param(("HKG", "legal_pressure", None, "Ted Hui; Dennis Kwok; democracy activists", 2023),
                 ("HKG", "legal_pressure", None, "pro-democracy activists", None), False, id="a-measure-in-unnamed-places-undated"),
    # a campaign in unnamed places told by two reports that date it neither: the same groups, saying which people
    pytest.param(("CHN", "surveillance", None, "Hong Kong students; Chinese students", None),
                 ("CHN", "surveillance", None, "Chinese students; Hong Kong students", None), True, id="one-study-undated-in-unnamed-places"),
    pytest.param(("CHN", "surveillance", None, "Hong Kong students", None),
                 ("CHN", "surveillance", None, "Hong Kong students; Chinese students", None), False, id="other-groups-undated-in-unnamed-places"),
    pytest.param(("CHN", "surveillance", None, "students", None),
                 ("CHN", "surveillance", None, "students", None), False, id="what-people-undated-in-unnamed-places"),
    pytest.param(("CHN", "surveillance", None, None, None),
                 ("CHN", "surveillance", None, None, None), False, id="no-one-undated-in-unnamed-places"),
    pytest.param(("CHN", "surveillance", None, "Hong Kong students", 2023),
                 ("CHN", "surveillance", None, "Hong Kong students", None), True, id="one-dated-in-unnamed-places"),
    pytest.param(("MMR", "legal_pressure", None, "National Unity Government", 2022),
                 ("MMR", "legal_pressure", None, "National Unity Government", None), True, id="one-body-one-dated-in-unnamed-places"),
    pytest.param(("CHN", "surveillance", None, "Hong Kong students", 2023),
                 ("CHN", "surveillance", None, "Hong Kong students; Chinese students", None), False, id="other-groups-one-dated-in-unnamed-places"),
    pytest.param(("CHN", "surveillance", None, "students", 2023),
                 ("CHN", "surveillance", None, "students", None), False, id="what-people-one-dated-in-unnamed-places"),
    pytest.param(("CHN", "surveillance", None, None, 2023),
                 ("CHN", "surveillance", None, "Hong Kong students", None), False, id="no-one-one-dated-in-unnamed-places"),
    pytest.param(("CHN", "intimidation", None, "Li Minjun; democracy activists", 2023),
                 ("CHN", "intimidation", None, "democracy activists", 2023), False, id="a-campaigns-victim-in-unnamed-places"),
    # a measure is issued at a date: rounds of other years are other rounds, whatever group both name
    pytest.param(("HKG", "legal_pressure", "GBR", "pro-democracy activists", 2023),
                 ("HKG", "legal_pressure", "GBR", "pro-democracy activists", 2025), False, id="rounds-of-a-measure-in-other-years"),
    pytest.param(("HKG", "intimidation", "GBR", "pro-democracy activists; Simon Cheng", 2023),
                 ("HKG", "intimidation", "GBR", "pro-democracy activists", 2023), False, id="a-campaigns-victim-and-its-group"),
]


@pytest.mark.parametrize(("left", "right", "expected"), SAME_EVENT)
def test_same_event(left: tuple[Any, ...], right: tuple[Any, ...], expected: bool) -> None:
    assert same_event(_incident("a", *left), _incident("b", *right)) is expected
    assert same_event(_incident("b", *right), _incident("a", *left)) is expected  # symmetric


@pytest.mark.parametrize(
    ("name", "group"),
    [
        pytest.param("overseas Chinese", True, id="lower-case-word"),
        pytest.param("Uyghurs", True, id="people"),
        pytest.param("Chinese Canadians", True, id="demonyms"),
        pytest.param("Gulen supporters", True, id="group-noun"),
        pytest.param("Iranian exiles", True, id="demonym-and-group-noun"),
        pytest.param("Uighur Muslims", True, id="people-spelt-otherwise"),
        pytest.param("Jamal Khashoggi", False, id="person"),
        pytest.param("Mohammed bin Salman", False, id="person-with-a-particle"),
        pytest.param("Salma al-Shehab", False, id="person-with-a-prefix"),
        pytest.param("Frances Hui", False, id="given-name-before-a-peoples-name"),
        pytest.param("Christian Uyghurs", True, id="given-name-word-before-a-people"),
        pytest.param("Mung Siu-tat", False, id="hyphenated-given-name"),
        pytest.param("pro-democracy activists", True, id="hyphenated-lower-case-word"),
    ],
)
def test_is_group(name: str, group: bool) -> None:
    assert is_group(name) is group


def test_grouping_of_campaigns_and_people_is_independent_of_order() -> None:
    rows = [
        _incident("a", "CHN", "intimidation", "USA", "Chinese dissidents", 2018),
        _incident("b", "CHN", "intimidation", "USA", "Chinese dissidents", 2022),
        _incident("c", "CHN", "intimidation", "USA", None, 2018),
        _incident("d", "CHN", "intimidation", "USA", "Xiaolei Wu; Chinese students", 2023),
    ]
    results = set()
    for order in itertools.permutations(rows):
        grouped, events = group_events(list(order), {})
        by_article = {r["article_id"]: r["event_id"] for r in grouped}
        results.add(repr(events))
        assert by_article["a"] == by_article["b"] == by_article["c"] != by_article["d"]
    assert len(results) == 1


def _with_article_names(rows: list[dict[str, Any]], article: str, names: str) -> list[dict[str, Any]]:
    """Add another act of the same article naming ``names`` (another key: it joins no event of these)."""
    return [*rows, _incident(article, "RUS", "assault", "FRA", names, 2020)]


@pytest.mark.parametrize(
    ("evidence", "joined"),
    [
        pytest.param("a", "a", id="joins-the-report-whose-article-shares-a-name"),
        pytest.param("c", "c", id="joins-the-other-report-when-that-one-shares-it"),
    ],
)
def test_an_unnamed_report_never_joins_two_victims(evidence: str, joined: str) -> None:
    """"the killing in Berlin" that names no one may be either victim's report, never both: an event holds no two acts
    shown to be other ones, however an unnamed report links them; the unnamed report's article naming the same person
    elsewhere as one of them decides which."""
    rows = [
        _incident("a", "RUS", "assassination", "DEU", "Zelimkhan Khangoshvili", 2019),
        _incident("b", "RUS", "assassination", "DEU", None, None),
        _incident("c", "RUS", "assassination", "DEU", "Elena Kostyuchenko", None),
    ]
    rows = _with_article_names(_with_article_names(rows, "b", "Imran Aliyev"), evidence, "Imran Aliyev")
    results = set()
    for order in itertools.permutations(rows):
        grouped, events = group_events(list(order), {})
        by_article = {r["article_id"]: r["event_id"] for r in grouped if r["tactic"] == "assassination"}
        assert by_article["a"] != by_article["c"]
        assert by_article["b"] == by_article[joined] if joined else by_article["b"] in (by_article["a"], by_article["c"])
        results.add(repr(events))
    assert len(results) == 1


def test_an_unnamed_report_never_joins_a_victim_to_a_campaign() -> None:
    """A named person stalked and a police station watching "democracy activists" are other acts: a report naming no
    one joins one of them, never both."""
    rows = [
        _incident("a", "CHN", "intimidation", "USA", "Li Minjun", None),
        _incident("b", "CHN", "intimidation", "USA", None, 2020),
        _incident("c", "CHN", "intimidation", "USA", "democracy activists", None),
    ]
    for order in itertools.permutations(rows):
        grouped, _ = group_events(list(order), {})
        by_article = {r["article_id"]: r["event_id"] for r in grouped}
        assert by_article["a"] != by_article["c"]
        assert by_article["b"] in (by_article["a"], by_article["c"])


def test_a_victim_joins_a_campaign_against_the_group_named_with_them() -> None:
    rows = [
        _incident("a", "CHN", "unlawful_deportation", "EGY", "Abduweli Ayup; Uighur students", None),
        _incident("b", "CHN", "unlawful_deportation", "EGY", None, 2017),
        _incident("c", "CHN", "unlawful_deportation", "EGY", "Uyghur students", 2017),
    ]
    grouped, _ = group_events(rows, {})
    assert len({r["event_id"] for r in grouped}) == 1


def test_a_measures_named_people_join_the_reports_of_their_group() -> None:
    """Bounties on five named activists and reports of bounties on "Hong Kong activists" and "pro-democracy activists"
    in one host are one round of bounties, whatever the order."""
    rows = [
        _incident("a", "HKG", "legal_pressure", "GBR", "pro-democracy activists; Simon Cheng; Frances Hui", 2023),
        _incident("b", "HKG", "legal_pressure", "GBR", "pro-democracy activists", 2023),
        _incident("c", "HKG", "legal_pressure", "GBR", "Hong Kong activists", None),
        _incident("d", "HKG", "legal_pressure", "GBR", "pro-democracy activists; Nathan Law; Mung Siu-tat", 2023),
    ]
    for order in itertools.permutations(rows):
        grouped, _ = group_events(list(order), {})
        assert len({r["event_id"] for r in grouped}) == 1


def test_an_undated_report_never_joins_rounds_of_a_measure_of_other_years() -> None:
    """Warrants of 2023 and further warrants of 2025 in one host are other rounds: an undated report of bounties on
    "pro-democracy activists" joins one of them, never both (and a report naming no one stays with its own year)."""
    rows = [
        _incident("a", "HKG", "legal_pressure", "GBR", None, 2023),
        _incident("b", "HKG", "legal_pressure", "GBR", "pro-democracy activists", None),
        _incident("c", "HKG", "legal_pressure", "GBR", "overseas activists", 2025),
    ]
    for order in itertools.permutations(rows):
        grouped, _ = group_events(list(order), {})
        by_article = {r["article_id"]: r["event_id"] for r in grouped}
        assert by_article["a"] != by_article["c"]
        assert by_article["b"] in (by_article["a"], by_article["c"])


def test_an_undated_report_never_chains_campaign_reports_of_other_years() -> None:
    """A report naming no one of a 2020 harassment and a report of the diaspora watched in 2022 (one host, one tactic)
    are other operations: an undated report of "Chinese nationals" links to each, and joins one of them, never both,
    whatever the order; reports of the same group stay one campaign over years."""
    rows = [
        _incident("a", "CHN", "intimidation", "USA", None, 2020),
        _incident("b", "CHN", "intimidation", "USA", "Chinese nationals", None),
        _incident("c", "CHN", "intimidation", "USA", "Chinese diaspora", 2022),
        _incident("d", "CHN", "intimidation", "USA", "Chinese diaspora", 2018),
    ]
    for order in itertools.permutations(rows):
        grouped, _ = group_events(list(order), {})
        by_article = {r["article_id"]: r["event_id"] for r in grouped}
        assert by_article["a"] != by_article["c"]
        assert by_article["c"] == by_article["d"]
        assert by_article["b"] in (by_article["a"], by_article["c"])


def test_a_killing_reported_with_other_years_still_joins() -> None:
    """Not a measure: a report dating the killings by its announcement still joins the reports of the killings (years
    are only what tells a measure's rounds apart)."""
    rows = [
        _incident("a", "IRN", "assassination", "NLD", "Iranian opponents; Ali Motamed", 2015),
        _incident("b", "IRN", "assassination", "NLD", None, 2018),
        _incident("c", "IRN", "assassination", "NLD", "Iranian dissidents", None),
    ]
    grouped, _ = group_events(rows, {})
    assert len({r["event_id"] for r in grouped}) == 1


def test_a_people_at_large_joins_the_event_more_reports_tell() -> None:
    """"Chinese nationals" may be the dissidents or the student another report names: it joins the dissidents' event,
    which two reports tell, whatever the order."""
    rows = [
        _incident("a", "CHN", "intimidation", "USA", "Chinese students", None),
        _incident("b", "CHN", "intimidation", "USA", "Chinese nationals", None),
        _incident("c", "CHN", "intimidation", "USA", "Chinese dissidents", 2018),
        _incident("d", "CHN", "intimidation", "USA", "Chinese dissidents", 2022),
    ]
    for order in itertools.permutations(rows):
        grouped, _ = group_events(list(order), {})
        by_article = {r["article_id"]: r["event_id"] for r in grouped}
        assert by_article["b"] == by_article["c"] == by_article["d"] != by_article["a"]


@pytest.mark.parametrize(
    ("tactic", "joined"),
    [
        pytest.param("intimidation", "c", id="a-campaign-joins-the-groups-report"),
        pytest.param("assassination", None, id="an-act-joins-either"),
    ],
)
def test_an_unnamed_report_of_a_campaign_joins_the_groups_event(tactic: str, joined: str | None) -> None:
    """A report naming no one may tell a person's case or the campaign against a group, never both: of a campaign
    ("police stations" watching the diaspora) it joins the group's reports, whatever the order; of an act, either."""
    rows = [
        _incident("a", "CHN", tactic, "CAN", "Chemi Lhamo", 2019),
        _incident("b", "CHN", tactic, "CAN", None, None),
        _incident("c", "CHN", tactic, "CAN", "Chinese diaspora", None),
    ]
    for order in itertools.permutations(rows):
        grouped, _ = group_events(list(order), {})
        by_article = {r["article_id"]: r["event_id"] for r in grouped}
        assert by_article["a"] != by_article["c"]
        assert by_article["b"] == by_article[joined] if joined else by_article["b"] in (by_article["a"], by_article["c"])


@pytest.mark.parametrize(
    ("tactic", "rows", "apart"),
    [
        pytest.param("surveillance", [("a", "Chinese dissidents; Shujun Wang", None), ("c", "Chinese nationals", None),
                                      ("d", "Chinese democracy activists", None)], ("a", "c"), id="a-spy-and-a-diaspora-stay-apart"),
        pytest.param("intimidation", [("a", "Chinese dissidents; Li Minjun", None), ("c", "Chinese diaspora", 2022)],
                     ("a", "c"), id="a-victim-and-a-dated-campaign-stay-apart"),
        pytest.param("assassination", [("a", "Hardeep Singh Nijjar", 2023), ("c", "Hardeep Singh Nijjar", None),
                                       ("d", None, 2023)], None, id="one-event-of-its-key-is-joined"),
    ],
)
def test_a_report_telling_no_one_and_no_year_bridges_no_two_events(
    tactic: str, rows: list[tuple[str, str | None, int | None]], apart: tuple[str, str] | None
) -> None:
    """A report that names no one and gives no year ("a student convicted of spying" with no victim, no date) links to
    every report of its key alike: it joins one event of the reports that tell something, never bridges two (the spying
    on a named dissident and the watching of "Chinese nationals"), whatever the order; with one event to join, it
    joins it."""
    incidents = [_incident("b", "CHN", tactic, "USA", None, None)]
    incidents += [_incident(article, "CHN", tactic, "USA", targets, year) for article, targets, year in rows]
    results = set()
    for order in itertools.permutations(incidents):
        grouped, events = group_events(list(order), {})
        by_article = {r["article_id"]: r["event_id"] for r in grouped}
        results.add(repr(events))
        if apart:
            assert by_article[apart[0]] != by_article[apart[1]]
            assert by_article["b"] in (by_article[apart[0]], by_article[apart[1]])
        else:
            assert len(set(by_article.values())) == 1
    assert len(results) == 1
