"""Extractors on example sentences: expected rows, negatives in the same tables."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from pipeline.nlp import make_doc


@pytest.fixture(scope="module")
def nlp() -> Language:
    import pipeline

    return pipeline.load()


def run(nlp: Language, text: str, field: str, *, published: str | None = "2023-04-19") -> list[Any]:
    doc = nlp(make_doc(nlp, text, article_id="t", published=published))
    rows = getattr(doc._, f"tnr_{field}")
    for row in rows:
        assert row.text == text[row.char_start : row.char_end]
    return rows


# --- locations -------------------------------------------------------------------

LOCATIONS = [
    ("Police raided offices in Rotterdam and Amsterdam in The Netherlands.",
     {("Rotterdam", "city", "NLD"), ("Amsterdam", "city", "NLD"), ("Netherlands", "country", "NLD")}),
    ("Hong Kong police issued the warrants.", {("Hong Kong", "country", "HKG")}),
    ("NEW YORK, April 18 (tnr) - Two men were charged.", {("New York", "city", "USA")}),
    ("He fled Xinjiang for Istanbul, Turkey.", {("Xinjiang", "region", "CHN"), ("Istanbul", "city", "TUR"), ("Turkey", "country", "TUR")}),
    ("Nijjar was shot in Surrey, British Columbia, in Canada.",
     {("Surrey", "city", "CAN"), ("British Columbia", "region", "CAN"), ("Canada", "country", "CAN")}),
    ("Stations were found across Europe.", {("Europe", "region", None)}),
    ("The UK and the US condemned the bounties.", {("United Kingdom", "country", "GBR"), ("United States", "country", "USA")}),
    ("Khangoshvili, a Georgian citizen, had fought in Georgia.", {("Georgia", "country", "GEO")}),
    ("She grew up in Atlanta, Georgia, before moving abroad.", {("Atlanta", "city", "USA"), ("Georgia", "region", "USA")}),
    ("Michael Jordan said the game was close.", set()),
    ("Ships were stuck in Savannah in Georgia.", {("Savannah", "city", "USA"), ("Georgia", "region", "USA")}),
    ("Police in England said the couple fell ill in Amesbury, a town near Salisbury.",
     {("England", "region", "GBR"), ("Amesbury", "city", "GBR"), ("Salisbury", "city", "GBR")}),
    ("Officials in Vienna met while the United States watched.", {("Vienna", "city", "AUT"), ("United States", "country", "USA")}),
    ("Seif Bamporiki was shot in the Western Cape province of South Africa.",
     {("Western Cape", "region", "ZAF"), ("South Africa", "country", "ZAF")}),
    ("The dam stood in Washington state.", {("Washington", "region", "USA")}),
    ("He was shot near San Jose, Costa Rica.", {("San Jose", "city", "CRI"), ("Costa Rica", "country", "CRI")}),
    ("She landed at Kuala Lumpur International Airport, far from North Korea.",
     {("Kuala Lumpur International Airport", "site", "MYS"), ("North Korea", "country", "PRK")}),
    ("He was shot in Kajiado County, Kenya, after a stop in Guangdong province.",
     {("Kajiado County", "region", "KEN"), ("Kenya", "country", "KEN"), ("Guangdong", "region", "CHN")}),
    ("He grew up in the Kharkiv region before flying from a Berlin airport.",
     {("Kharkiv region", "region", "UKR"), ("Berlin", "city", "DEU")}),
    ("A US District Judge in the Eastern District heard the case.", set()),
    ("Hugh Williamson, Europe and Central Asia director at Human Rights Watch, spoke of Asia.", {("Asia", "region", None)}),
    ("Chinese dissidents spoke to Police Scotland.", set()),
    ("They work for Voice of America and Radio Free Asia.", set()),
    # named sites: a diplomatic post used as a place is a site in the host country; a name before a site noun
    ("Khashoggi was killed inside the Saudi consulate in Istanbul.",
     {("Saudi consulate", "site", "TUR"), ("Istanbul", "city", "TUR")}),
    ("Two incidents took place at Israel's embassy in Stockholm.",
     {("Israeli embassy", "site", "SWE"), ("Israel", "country", "ISR"), ("Stockholm", "city", "SWE")}),
    ("The Chinese embassy in London rejected the claims.", {("London", "city", "GBR")}),
    ("Activists were beaten outside the Consulate of Turkmenistan in Istanbul.",
     {("Consulate of Turkmenistan", "site", "TUR"), ("Istanbul", "city", "TUR")}),
    ("The Embassy of China in London rejected the claims.", {("London", "city", "GBR")}),
    ("The two were likely taken to the Vietnamese embassy in Berlin.",
     {("Vietnamese embassy", "site", "DEU"), ("Berlin", "city", "DEU")}),
    ("They tried to deliver a letter through the Consulate of Turkmenistan in Istanbul.",
     {("Consulate of Turkmenistan", "site", "TUR"), ("Istanbul", "city", "TUR")}),
    ("The two were likely taken to the Vietnamese embassy.", set()),
    # a bare post used as a place and placed by "in" is the post of the state the story named with that word before
    ("A spokesman for the Eritrean Embassy declined to comment. Refugees paid a tax at the embassy in The Hague.",
     {("Eritrean embassy", "site", "NLD"), ("The Hague", "city", "NLD")}),
    ("The embassy in Berlin denied it.", {("Berlin", "city", "DEU")}),
    # else the state a demonym gives the people or body at the post
    ("Two Russian diplomats at the embassy in Vienna were expelled.", {("Russian embassy", "site", "AUT"), ("Vienna", "city", "AUT")}),
    ("Protesters gathered at the embassy in Vienna.", {("Vienna", "city", "AUT")}),
    # a country's name before the post is named as written; its possessive by the state's demonym
    ("Activists threw paint outside the Bahrain embassy in London.",
     {("Bahrain embassy", "site", "GBR"), ("London", "city", "GBR"), ("Bahrain", "country", "BHR")}),
    ("Assadi, a counsellor at Iran's embassy in Vienna, was arrested.",
     {("Iran", "country", "IRN"), ("Vienna", "city", "AUT"), ("Iranian embassy", "site", "AUT")}),
    # a side of the building, itself a preposition's object, makes the post after "of" a place
    ("He joined protests in front of the Lao Embassy in Bangkok.", {("Lao embassy", "site", "THA"), ("Bangkok", "city", "THA")}),
    ("Activists staged a sit-in at the gates of the Saudi embassy in Washington.",
     {("Saudi embassy", "site", "USA"), ("Washington", "city", "USA")}),
    ("The front of the Saudi embassy in Washington was painted.", {("Washington", "city", "USA")}),
    # a diplomatic rank at a post: where the person works is a site (GUIDELINES.md: a post used only as a place)
    ("The third counselor at Iran's embassy in Vienna, he was arrested in Germany.",
     {("Iran", "country", "IRN"), ("Vienna", "city", "AUT"), ("Germany", "country", "DEU"), ("Iranian embassy", "site", "AUT")}),
    ("Assadi, who had been accredited as a third counsellor at Iran's embassy in Vienna, was arrested.",
     {("Iran", "country", "IRN"), ("Vienna", "city", "AUT"), ("Iranian embassy", "site", "AUT")}),
    ("An employee of the British consulate in Hong Kong was detained.", {("Hong Kong", "country", "HKG")}),
    ("Protasevich was detained at the Minsk airport.", {("Minsk airport", "site", "BLR")}),
    ("Hasan was detained on arrival at Casablanca airport.", {("Casablanca airport", "site", "MAR")}),
    ("He was stopped at Prague airport; Czech police questioned him.", {("Prague airport", "site", "CZE")}),
    ("He was seized at Bangkok's airport last year.", {("Bangkok", "city", "THA")}),
    ("Istanbul has a major airport, and he was held at the airport.", {("Istanbul", "city", "TUR")}),
    # an airport named after a person or no known city is the one the gazetteer knows, in its own country
    ("Kanu was arrested at Jomo Kenyatta International Airport and flown to Nigeria.",
     {("Jomo Kenyatta International Airport", "site", "KEN"), ("Nigeria", "country", "NGA")}),
    ("He was seized at Genghis Khan airport, his family in Turkey said.",
     {("Chinggis Khaan International Airport", "site", "MNG"), ("Turkey", "country", "TUR")}),
    ("Jomo Kenyatta led Kenya to independence.", {("Kenya", "country", "KEN")}),
    ("Sam Rainsy was stopped at Charles de Gaulle airport in Paris.",
     {("Charles de Gaulle Airport", "site", "FRA"), ("Paris", "city", "FRA")}),  # the gazetteer's name
    ("He left the Hong Kong Special Administrative Region for the District of Columbia.",
     {("Hong Kong", "country", "HKG"), ("District of Columbia", "region", "USA")}),
    ("He was born in the North Caucasus and fled the South Caucasus.",
     {("North Caucasus", "region", "RUS"), ("South Caucasus", "region", None)}),
    ("The Eritrean Diaspora pays the Diaspora Tax in Britain.", {("United Kingdom", "country", "GBR")}),
    ("Officials at the Turkish Embassy in Bishkek said nothing.", {("Bishkek", "city", "KGZ"), ("Turkish embassy", "site", "KGZ")}),
    # a country's abbreviation as a modifier names the country (GUIDELINES: a place used as a modifier); not before a
    # post's title or noun, nor a currency
    ("He slates former US President Donald Trump; U.S. officials condemned it.", {("United States", "country", "USA")}),
    ("Her son has US citizenship and she has UK residency.",
     {("United States", "country", "USA"), ("United Kingdom", "country", "GBR")}),
    ("He slates former US President Donald Trump.", set()),
    ("The US ambassador paid 500 US dollars to the UK correspondent.", set()),
    ("Breon Peace, the US attorney for the Eastern District, said so.", set()),
    ("He flew to the U.S. in May.", {("United States", "country", "USA")}),
    ("He lived in East London, in Britain.", {("East London", "region", "GBR"), ("United Kingdom", "country", "GBR")}),
    ("Croatia beat Morocco at Khalifa International Stadium in Doha.",
     {("Croatia", "country", "HRV"), ("Morocco", "country", "MAR"), ("Khalifa International Stadium", "site", "QAT"),
      ("Doha", "city", "QAT")}),
    # a town the model misses, told a place by what follows it: a kind of place in apposition, a US state or a country
    # a division no table knows by its name alone keeps its word: the province of Mecca, not the city
    ("Police arrested Abduweli in Al Masfalah, a village in Mecca province.",
     {("Al Masfalah", "city", "SAU"), ("Mecca province", "region", "SAU")}),
    # "New York" after a town and a comma is the state (GUIDELINES.md: a state is a region)
    ("Quanzhong An, of Roslyn, New York, was charged.", {("Roslyn", "city", "USA"), ("New York", "region", "USA")}),
    ("Officials found the body in the Maipú commune, near Santiago, Chile.",
     {("Maipú", "city", "CHL"), ("Santiago", "city", "CHL"), ("Chile", "country", "CHL")}),
    ("A spokesman for Amnesty, a group in London, said so.", {("London", "city", "GBR")}),
    # parts of continents and former states are regions of no one country
    ("He fled to Mozambique in southern Africa after the collapse of the Soviet Union.",
     {("Mozambique", "country", "MOZ"), ("Southern Africa", "region", None), ("Soviet Union", "region", None)}),
]


@pytest.mark.parametrize("text,expected", LOCATIONS, ids=[t[:40] for t, _ in LOCATIONS])
def test_locations(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    rows = run(nlp, text, "locations")
    assert {(r.name, r.kind, r.country) for r in rows} == expected


def test_place_words_roles_of_the_place_rules_are_data() -> None:
    """The word lists the place rules read are roles of place_words.tsv (issue 11), each present and non-empty, and
    the derived sets hold their roles."""
    from pipeline.resources import load_resources

    res = load_resources()
    roles = ["city_anaphor", "capital_cue", "compass", "compass_compound", "state_part", "manner_suffix", "us_context",
             "name_article", "saint", "court_district", "institution", "state_title", "post_noun", "title_word",
             "unit_word", "city_division", "street_word"]
    assert [role for role in roles if not res.place_words.get(role)] == []
    assert res.compass_words == res.place_words["compass"] | res.place_words["compass_compound"]
    assert {"west", "north-west", "southeastern"} <= res.compass_words
    assert {"southern", "upstate"} <= res.state_parts


def test_actor_words_roles_of_the_actor_rules_are_data() -> None:
    """The word lists that were sets in actors.py are roles of actor_words.tsv (issue 11), each present and non-empty
    in the loaded resources."""
    from pipeline.resources import load_resources

    res = load_resources()
    roles = ["un_name", "mission", "ministry", "place_verb", "pseudonym_person", "naming_verb", "heading_verb",
             "force_member"]
    assert [role for role in roles if not res.actor_words.get(role)] == []
    assert "united nations" in res.actor_words["un_name"]


def test_date_words_roles_of_the_date_rules_are_data() -> None:
    """The word lists and maps the date rules read are data (issue 11): roles of date_words.tsv and the maps of
    ordinals.tsv, date_units.tsv and date_steps.tsv, each present and non-empty in the loaded resources."""
    from pipeline.extract.dates import date_words
    from pipeline.resources import load_resources

    res = load_resources()
    roles = ["season_opener", "today", "day_time", "day_part"]
    assert [role for role in roles if not res.date_words.get(role)] == []
    assert res.ordinals["second"] == 2 and res.ordinals["final"] == -1
    assert res.date_units["weeks"] == "week" and res.date_steps["previous"] == -1
    assert date_words().unit_names == {"day", "week", "month", "year"}


def test_modifier_abbreviation_places_no_other_name(nlp: Language) -> None:
    """A country abbreviation used as a modifier is a row of its own only: the places that place other names and acts
    (find_places) do not hold it, so an incident's host or sentence cannot move to "the US suspect"."""
    from pipeline.extract.places import find_places, modifier_places

    doc = nlp(make_doc(nlp, "U.S. officials said the US suspect fled to Geneva.", article_id="t", published="2023-04-19"))
    assert [p.name for p in modifier_places(doc)] == ["United States", "United States"]
    assert all(p.name != "United States" for p in find_places(doc))


# --- counts ----------------------------------------------------------------------

COUNTS = [
    ("China has set up more than 50 unofficial police offices.", [(50, "more_than", "facility", None)]),
    ("It runs at least 54 such overseas police service centres across 21 countries.",
     [(54, "at_least", "facility", None), (21, "exact", "country", None)]),
    ("Nine such offices are in Spain, four in Italy, two in London, and one in Glasgow.",
     [(9, "exact", "facility", "ESP"), (4, "exact", "facility", "ITA"), (2, "exact", "facility", "GBR"), (1, "exact", "facility", "GBR")]),
    ("Police offered bounties of HK$1 million for each of the activists.", [(1_000_000, "exact", "money", None)]),
    ("About two dozen activists were detained.", [(24, "about", "person", None)]),
    ("A dozen journalists signed the letter.", [(12, "exact", "person", None)]),
    ("Some 230,000 nationals were persuaded to return.", [(230_000, "about", "person", None)]),
    ("The 34-year-old was sentenced to 20 years in 2021.", []),
    ("Turnout rose 15 percent in the first round.", []),
    ("Dozens of dissidents have been threatened.", []),
    ("The strike could cost between $3.8 billion and $4.5 billion a day.",
     [(3_800_000_000, "exact", "money", None), (4_500_000_000, "exact", "money", None)]),
    ("He was shot by two masked gunmen.", [(2, "exact", "person", None)]),
    ("Police detained five of his cousins.", [(5, "exact", "person", None)]),
    ("One of the defendants spoke on 2 October.", []),
    ("Police charged 34 people, eight of them officials.", [(34, "exact", "person", None), (8, "exact", "person", None)]),
    ("The group recorded 12 abductions and 40 Kazakh detainees.", [(12, "exact", "incident", None), (40, "exact", "person", None)]),
    ("The viaduct is about 400 metres long.", []),
    ("They made more than 2,000 transfers in 2000.", [(2000, "more_than", "other", None)]),
    ("China accounted for 214 of the 608 cases.", [(214, "exact", "incident", None), (608, "exact", "incident", None)]),
    ("Berlin ordered all three Iranian consulates general to close.", [(3, "exact", "facility", None)]),
    ("Egypt detained at least 62 Uyghurs.", [(62, "at_least", "person", None)]),
    ("The bounties named six activists. Four of the six live in Britain, two in Canada.",
     [(6, "exact", "person", None), (4, "exact", "person", None), (2, "exact", "person", "CAN")]),
    ("In November two Chinese dissidents were sent back; on 2 October three of his colleagues vanished.",
     [(2, "exact", "person", None), (3, "exact", "person", None)]),
    ("The lawsuit seeks at least 600,000 shekels.", [(600_000, "at_least", "money", None)]),
    ("Morocco beat Portugal 2-1 and five African teams went through; fans blamed one another.",
     [(5, "exact", "organization", None)]),
    ("Several thousand Russians marched; a few hundred stayed.", []),
    ("3.1 Overview\n\nThe report named six UK-based activists.", [(6, "exact", "person", None)]),
    ("The new bounties raise to 13 the number of overseas activists wanted.", [(13, "exact", "person", None)]),
    ("Two presenters were warned.", [(2, "exact", "person", None)]),
    ("He was offered 10 million Kenyan shillings.", [(10_000_000, "exact", "money", None)]),
    ("His channel had more than a million followers.", [(1_000_000, "more_than", "person", None)]),
    ("Five governments and two gangs were named; two dams were removed.",
     [(5, "exact", "country", None), (2, "exact", "organization", None), (2, "exact", "facility", None)]),
    # numbers inside names and references count nothing
    ("The Five Eyes alliance shared the warning.", []),
    ("He cited Article 37 and 38 of the national security law.", []),
    ("Members of Group 24 met in Room 101.", []),
    # a number joined to a noun: "a 15-member team" counts people; "a four-page report" counts nothing
    ("A 15-member team wrote a four-page report.", [(15, "exact", "person", None)]),
    # measures are no counts; a QUANTITY of things is
    ("Stocks rose 205.52 points, or 0.97 percent.", []),
    ("Output fell by 500,000 barrels per day.", [(500_000, "exact", "other", None)]),
    ("More than a half-million Belarusians have left.", [(500_000, "more_than", "person", None)]),
    ("There were well over a dozen credible and imminent threats.", [(12, "more_than", "incident", None)]),
    ("Police returned eight of a total 10 asylum seekers.", [(8, "exact", "person", None), (10, "exact", "person", None)]),
    ("He was shot eight times by three unidentified assailants.",
     [(8, "exact", "other", None), (3, "exact", "person", None)]),
    ("The rate was 7.75 HK dollars to 1 U.S. dollar.", [(7.75, "exact", "money", None), (1, "exact", "money", None)]),
    ("Two Brits were charged; over 300 deaths followed.", [(2, "exact", "person", None), (300, "more_than", "person", None)]),
    # a set mentioned again (a definite mention, or the same counted noun) is listed once; other sets are not
    ("Prosecutors charged eight individuals. The eight men face trial.", [(8, "exact", "person", None)]),
    ("Bounties were set on eight democracy activists, eight self-exiled activists.", [(8, "exact", "person", None)]),
    ("Britain expelled 23 Russian diplomats; Russia expelled 23 British diplomats.",
     [(23, "exact", "person", None), (23, "exact", "person", None)]),
    ("Two men attacked two journalists.", [(2, "exact", "person", None), (2, "exact", "person", None)]),
    ("Leaders met at the G20 summit and the Group of Seven.", []),
    ("There are 355 wild tigers, almost three times the number in 2009.", [(355, "exact", "other", None)]),
    ("He pleaded guilty to one count of cyberstalking in one case.", [(1, "exact", "incident", None)]),
    # a lone "one" in a list of counts counts; alone, "one daughter" does not
    ("The police detained two activists and one Turkish lawyer.", [(2, "exact", "person", None), (1, "exact", "person", None)]),
    ("He has one daughter and two sons.", [(2, "exact", "person", None)]),
    ("The two women, one from Vietnam and one from Indonesia, are in custody.", [(2, "exact", "person", None)]),
    ("Nine offices are in Spain and one in Glasgow.", [(9, "exact", "facility", "ESP"), (1, "exact", "facility", "GBR")]),
    ("CBI extradited 33 fugitives, including six criminals in 2023.", [(33, "exact", "person", None), (6, "exact", "person", None)]),
    # money written the short way and in lakh and crore
    ("The bounty was $1m and then £2.5bn.", [(1_000_000, "exact", "money", None), (2_500_000_000, "exact", "money", None)]),
    ("He was offered Rs 10 lakh and USD 5 million.", [(1_000_000, "exact", "money", None), (5_000_000, "exact", "money", None)]),
    # a number the model took for a date though it counts people
    ("Police detained between 20 and 30 people.", [(30, "exact", "person", None)]),
    # action nouns are no incidents unless units.tsv says so
    ("He made 2,000 unauthorized transactions before two elections and 12 abductions.",
     [(2000, "exact", "other", None), (2, "exact", "other", None), (12, "exact", "incident", None)]),
    ("The strike halted traffic at 36 ports from Maine to Texas.", [(36, "exact", "facility", None)]),
    ("Two stations from Madrid to Valencia and three offices in Spain were named.",
     [(2, "exact", "facility", None), (3, "exact", "facility", "ESP")]),
    ("Police found 12 activists from Hong Kong.", [(12, "exact", "person", "HKG")]),
    # a number before a person's name counts no one; "a six story building" is a measure; powers are states
    ("Mother-of-two Salma al-Shehab, 34, was charged.", []),
    ("A six story glass facade building is believed to be the site.", []),
    ("The rift between the two regional powers deepened.", [(2, "exact", "country", None)]),
    # an elided noun before a participle of what is done to people counts people; other elided nouns count nothing
    ("China abused Uighurs, with as many as a million held in camps.", [(1000000, "at_most", "person", None)]),
    ("Of the cars, 20 sold in May.", []),
]


@pytest.mark.parametrize("text,expected", COUNTS, ids=[t[:40] for t, _ in COUNTS])
def test_counts(nlp: Language, text: str, expected: list[tuple[float, str, str, str | None]]) -> None:
    rows = run(nlp, text, "counts")
    assert [(r.value, r.qualifier, r.category, r.country) for r in rows] == expected


def test_money_currency(nlp: Language) -> None:
    rows = run(nlp, "Hong Kong police offered HK$1 million and the FBI a US$250,000 reward.", "counts")
    assert {(r.value, r.currency) for r in rows} == {(1_000_000, "HKD"), (250_000, "USD")}


def test_money_currency_name(nlp: Language) -> None:
    # a currency's one-word ISO 4217 name after the number, in any case and with its diacritics, names the money
    rows = run(nlp, "He was offered 3,000 złoty a month, and the state put a bounty of 100 million Naira on him.", "counts")
    assert {(r.value, r.category, r.currency) for r in rows} == {(3000, "money", "PLN"), (100_000_000, "money", "NGN")}
    # a people's name is no currency: "two Afghanis" counts persons
    rows = run(nlp, "Police detained two Afghanis at the border.", "counts")
    assert [r.currency for r in rows] == [None]


def test_money_letter_sign_glued(nlp: Language) -> None:
    # a letter sign written onto the digits ("Sh18 million") or before them ("KSh 500,000") names the money
    rows = run(nlp, "Did Kenya kidnap Kanu for Sh18 million? He later paid KSh 500,000 to the police.", "counts")
    assert {(r.value, r.category, r.currency) for r in rows} == {(18_000_000, "money", "KES"), (500_000, "money", "KES")}
    # letters glued to a word are no sign: "Shah" is a name
    rows = run(nlp, "The men met Shah and 12 other activists.", "counts")
    assert [(r.value, r.category, r.currency) for r in rows] == [(12, "person", None)]


def test_count_unit_coordinated_adjectives_and_member_names(nlp: Language) -> None:
    # an adjective coordinated with one before the noun stays in the unit after a name modifier
    rows = run(nlp, "The foundation operates four Mehmet Akif elementary and high schools in Kosovo.", "counts")
    assert [(r.unit, r.category) for r in rows] == [("Mehmet Akif elementary and high schools", "facility")]
    # the names after a plural noun are its members, no part of the unit
    rows = run(nlp, "Police arrested the director and two Gjakova teachers Cihan Oskan and Hasan Hoxha.", "counts")
    assert [(r.value, r.unit, r.category) for r in rows] == [(2, "Gjakova teachers", "person")]
    # an adjective after the noun still ends it
    rows = run(nlp, "The floods left 1,200 people dead or missing.", "counts")
    assert [r.unit for r in rows] == ["people"]


def test_elided_count_in_a_country_counts_no_countries(nlp: Language) -> None:
    # a part placed in a country takes the set counted before that is no set of countries
    text = "Chinese authorities have established 102 overseas police stations in 53 countries, including 11 in Italy."
    rows = run(nlp, text, "counts")
    assert [(r.value, r.category) for r in rows] == [(102, "facility"), (53, "country"), (11, "facility")]
    # placed in a region, the part may well be countries
    rows = run(nlp, "The network has 120 offices in 30 countries, including 9 in Europe.", "counts")
    assert [r.category for r in rows if r.value == 9] == ["country"]


def test_count_people_by_role_or_deed(nlp: Language) -> None:
    # agent nouns the suffix table leaves out (-er, -or, -ant, -ster) count people when units.tsv lists them
    rows = run(nlp, "About 40 spectators watched as two purported mobsters and 125,678 civil servants were named.", "counts")
    assert {(r.value, r.category) for r in rows} == {(40, "person"), (2, "person"), (125_678, "person")}
    # an -er noun of no person stays other
    rows = run(nlp, "The park now has 355 wild tigers.", "counts")
    assert [r.category for r in rows] == ["other"]


def test_count_occasions_are_incidents(nlp: Language) -> None:
    rows = run(nlp, "He was summoned for questioning on three separate occasions.", "counts")
    assert [(r.value, r.category) for r in rows] == [(3, "incident")]


# --- actors ----------------------------------------------------------------------

ACTORS = [
    ("China has refuted these reports.", {("China", "state", "CHN")}),
    # a hyphenated given name the model cut at its hyphen belongs to the name; a prefix before a hyphen does not
    ("The Honourable Marie-Josee Hogue, Commissioner for the inquiry, has released her report.",
     {("Marie-Josee Hogue", "person", None)}),
    # an acronym's body in a title-case headline ends at its first body or speaker word, not at the line's end
    ("Belarus: UN Experts Alarmed About Widespread In Absentia Trials\nGENEVA - A group of experts spoke today.",
     {("UN Experts", "international_org", None)}),
    ("Belarus: UN Alarmed About Widespread In Absentia Trials Of Exiles\nGENEVA - A group of experts spoke today.",
     {("United Nations", "international_org", None)}),
    # a short acronym of the gazetteer is known with full stops too (house style of some papers)
    ("The F.S.B. said the group was plotting.", {("Federal Security Service", "government", "RUS")}),
    ("The F.B.I. arrested him.", {("Federal Bureau of Investigation", "government", "USA")}),
    # a kind of body written in capitals is no actor ("a watchdog NGO")
    ("A Belgrade-based human rights watchdog NGO warned on Monday that he was sent back.", set()),
    # a court a demonym places is where something is filed or said when it is the object of "in", no party
    ("Russian suspect's statements in Swedish court reveal the mastermind.", set()),
    ("A Swedish court sentenced him to life.", {("court", "government", "SWE")}),
    # a body's canonical name is its full English name, whichever form the story writes
    ("The US Treasury Department sanctioned him.", {("Department of the Treasury", "government", "USA")}),
    ("The Department of the Treasury sanctioned him.", {("Department of the Treasury", "government", "USA")}),
    # a headline's verb the model reads as a plural noun after the country; not a noun the country modifies
    ("U.S. charges 8 alleged agents in international repatriation scheme\n\nThe men were charged.",
     {("United States", "state", "USA")}),
    ("Hong Kong activists protest new law\n\nThey marched.", {("Hong Kong activists", "group", "HKG")}),
    # a place opening a paragraph the parser made a second subject of the verb is a dateline; a lone subject acts
    ("London – 12 August 18, Last night at 1.50am an unidentified member of the public threw a liquid at the embassy.",
     set()),
    ("Paris, France: Three men have been formally placed under investigation in Paris.", set()),
    ("London has expelled three diplomats.", {("United Kingdom", "state", "GBR")}),
    ("Beijing said the claims were lies.", {("China", "state", "CHN")}),
    ("The Chinese government denied it.", {("China", "state", "CHN")}),
    ("The Dutch foreign ministry ordered a probe.", {("Ministry of Foreign Affairs", "government", "NLD")}),
    # public security officials or authorities of a state stand for its Ministry of Public Security; not without a state
    ("Chinese public security officials paid informants.", {("Ministry of Public Security", "government", "CHN")}),
    ("She was reported to Vietnam's public security authorities.",
     {("Ministry of Public Security", "government", "VNM")}),
    ("Public security officials were blamed.", set()),
    # a state's consular official or officials stand for its consulate, as its embassy officials for its embassy
    ("The Algerian consular official was charged.", {("consulate", "government", "DZA")}),
    ("Consular officials were told.", set()),
    ("The FBI and the Justice Department charged two men.",
     {("Federal Bureau of Investigation", "government", "USA"), ("Department of Justice", "government", "USA")}),
    ("The Spain-based NGO Safeguard Defenders published a report.", {("Safeguard Defenders", "ngo", "ESP")}),
    ("Chinese dissidents and Uyghur activists were targeted.",
     {("Chinese dissidents", "group", "CHN"), ("Uyghur activists", "group", "CHN")}),
    ("Chinese foreign ministry spokesman Wang Wenbin spoke.",
     {("Ministry of Foreign Affairs", "government", "CHN"), ("Wang Wenbin", "person", "CHN")}),
    ("The Independent reported the figure.", {("The Independent", "media", "GBR")}),
    ("China has defended its record. (Photo: Reuters)", {("China", "state", "CHN")}),
    ("By Jane Doe and Mark Smith\n\nChina denied it.\n\n(Reporting by Anna Kwok; Editing by Mark Heinrich)",
     {("China", "state", "CHN")}),
    # a byline after a standfirst, on its line; not a name after "By" inside a sentence
    ("An inquest threatens to bring attention to Rwanda’s leader. By Michela Wrong\n\nIn hotels, Paul Kagame ruled.",
     {("Paul Kagame", "person", "RWA")}),
    ("He was arrested. By Tuesday Jane Smith had left.\n\nMore.", {("Jane Smith", "person", None)}),
    # a "by" a dozen words back on the same line is no byline (the window looked at was cut short, not a line's start)
    ("Alwadaei has been targeted by authorities in Bahrain since he jumped on a car carrying King Hamad bin Isa Al "
     "Khalifa.", {("Bahrain", "state", "BHR"), ("Hamad bin Isa Al Khalifa", "person", "BHR")}),
    # outlets named by their web address, of the state of a country-code domain; no e-mail, link or run-on sentence
    ("The plot was foiled, Paralel.Az reports. He founded the Tribuna.com and Sports.ru portals.",
     {("Paralel.Az", "media", "AZE"), ("Tribuna.com", "media", None), ("Sports.ru", "media", "RUS")}),
    ("Write to tips@Meduza.io or see https://Meduza.io/x. He was in Iran.It rained.", set()),
    ("Uyghurs and Tibetans abroad are watched. Canadians were told.", {("Uyghurs", "group", "CHN"), ("Tibetans", "group", "CHN")}),
    # a generic body takes its state's own name (national_bodies.tsv): Germany's foreign ministry and federal
    # prosecuting office; unnamed prosecutors and a city's prosecutor stay the generic public prosecutor
    ("The German Foreign Office summoned the ambassador.", {("Federal Foreign Office", "government", "DEU")}),
    ("Germany's federal prosecutor's office said he had spied.", {("Federal Public Prosecutor General", "government", "DEU")}),
    ("German prosecutors said he had spied.", {("public prosecutor", "government", "DEU")}),
    ("LONDON - Police are investigating.", set()),
    ("A court in Riyadh sentenced eight men.", {("court", "government", "SAU")}),
    # an unnamed court placed by its seat where someone else acts is no actor; where it acts, or holds the trial, it is
    ("Two men pleaded not guilty in federal court in Manhattan.", set()),
    ("Both suspects appeared before a court in Romania.", set()),
    ("He was convicted in a court in Riyadh.", {("court", "government", "SAU")}),
    ("A jury in a federal court in Boston convicted Wu.", {("court", "government", "USA")}),
    ("The Government of Nepal welcomed the census.", {("Nepal", "state", "NPL")}),
    ("Ursula von der Leyen condemned the diversion.", {("Ursula von der Leyen", "person", None)}),
    ("The Torture Victim Protection Act allows such suits.", set()),
    # a hospital one is taken to is the place, a site, not a body (GUIDELINES, gold e9a4bd3)
    ("The Minsk Convention of 1993 was cited. He was taken to the Royal Melbourne Hospital.", set()),
    # a university only the place of an event is no actor; one studied at is
    ("Hundreds joined a rally at the University of Queensland.", set()),
    ("He studied at the University of Queensland.", {("University of Queensland", "organization", "AUS")}),
    ("Prosecutors in Dublin said the Department of Foreign Affairs had been told.",
     {("public prosecutor", "government", "IRL"), ("Department of Foreign Affairs", "government", "IRL")}),
    ("The House of Commons in Ottawa debated it.", {("House of Commons", "government", "CAN")}),
    ("The Arab Struggle Movement for the Liberation of Ahvaz was named.",
     {("Arab Struggle Movement for the Liberation of Ahvaz", "organization", "IRN")}),
    # a movement is known with its kind noun; a group without it
    ("Thai exiles in Laos are associated with the anti-military Red Shirt movement that staged street protests.",
     {("Thai exiles", "group", "THA"), ("Red Shirt movement", "organization", None)}),
    ("The Free Laos group claimed the attack.", {("Free Laos", "ngo", None)}),
    # so is one the model took for an unknown place or people before such a noun; not a known people's movement
    ("He then founded the Gastat movement and organized actions.", {("Gastat movement", "organization", None)}),
    ("He backed the Tibetan movement.", set()),
    # a small foreign town's name (Hirak, Syria) before the kind noun, which the locations leave out, is a name too;
    # a city the story is set in is no movement's name
    ("A court in Germany said he spied on members of the Hirak movement in Morocco.",
     {("court", "government", "DEU"), ("Hirak movement", "organization", None)}),
    ("Iran has accused the Ahvaz movement of the attack.", {("Iran", "state", "IRN")}),
    # a movement's name in quotes before its kind noun is no quoted title
    ("He represents the ‘Red Shirt’ movement abroad.", {("Red Shirt movement", "organization", None)}),
    ("Lev Skoryakin, an activist from Russia’s “Left Bloc” movement, was abducted.",
     {("Lev Skoryakin", "person", None), ("Left Bloc movement", "organization", "RUS")}),
    ("She read “Left Bloc” in the library.", set()),
    # the Gulen movement by its other names (actors.tsv)
    ("Media linked to Gulen’s movement said he was kidnapped.", {("Gulen movement", "organization", "TUR")}),
    # a capitalised party word before a politician's noun names the party; not a longer party's name, nor the word
    # before another noun
    ("Conservative candidate Joe Tay was targeted, a Liberal MP said.",
     {("Conservative Party", "organization", None), ("Liberal Party", "organization", None), ("Joe Tay", "person", None)}),
    ("The Free Democratic lawmaker Anna Weber said so.", {("Anna Weber", "person", None)}),
    ("He backed Liberal reforms.", set()),
    # a given name spelt again one letter apart with the same family name is the person named first; short given
    # names one letter apart are two people
    ("Journalist Afghan Mukhtarli was abducted in Tbilisi. The journalist Afgan Mukhtarli said he was beaten.",
     {("Afghan Mukhtarli", "person", "GEO")}),
    ("Activist Maria Petrova was detained. Her sister Marta Petrova said she was beaten.",
     {("Maria Petrova", "person", None), ("Marta Petrova", "person", None)}),
    # so is a name of any length with one word spelt another way: accents dropped, one letter apart, two letters
    # swapped; two words spelt apart are two people
    ("Karla Pérez was expelled. The case of Karla Perez is emblematic.", {("Karla Pérez", "person", None)}),
    # and a family name alone after both spellings is the person named first, not a third row by the later spelling
    ("Recep Tayyip Erdoğan spoke in Ankara. Recep Tayyip Erdogan said it. \"Why?\" Erdogan asked, noting the coup.",
     {("Recep Tayyip Erdoğan", "person", "TUR")}),
    ("Ronald Ojeda was found dead. The body of Roland Ojedo was found. Ojedo was buried.",
     {("Ronald Ojeda", "person", None), ("Roland Ojedo", "person", None)}),
    ("Sayed Ahmed Al-Wadaei said this. Sayed Ahmed Al-Wedaei is a victim.", {("Sayed Ahmed Al-Wadaei", "person", None)}),
    ("Ronald Ojeda was found dead. The body of Roland Ojeda was found.", {("Ronald Ojeda", "person", None)}),
    ("Ronald Ojeda was found dead. The body of Roland Ojedo was found.",
     {("Ronald Ojeda", "person", None), ("Roland Ojedo", "person", None)}),
    # a name given first in full and later without its last words is one person, by the full name; given short first,
    # the longer one after it is another
    ("Police questioned relatives of Dennis Kwok Wing-hang. Dennis Kwok said they were released.",
     {("Dennis Kwok Wing-hang", "person", None)}),
    ("Dennis Kwok said police came. Dennis Kwok Wing-hang is a former lawmaker.",
     {("Dennis Kwok", "person", None), ("Dennis Kwok Wing-hang", "person", None)}),
    # likewise a name given first and last before the name with its middle word
    ("Habib Chaab was abducted. Habib Farajallah Chaab was later hanged.",
     {("Habib Chaab", "person", None), ("Habib Farajallah Chaab", "person", None)}),
    # a noun for a person's role before capitalised words the model tagged as nothing names the person; one word or
    # a place after it does not
    ("Writer Ei Pencilo and activist Min Ko Naing had their citizenship revoked.",
     {("Ei Pencilo", "person", None), ("Min Ko Naing", "person", None)}),
    ("The writer Pencilo had her citizenship revoked; a student Hong Kong admitted left.", set()),
    # so are words the model took for places or firms that no entity runs on past; a place, a body or a work after
    # such a noun is still none
    ("Melbourne resident Va Malina said she would join the demonstrations.", {("Va Malina", "person", "AUS")}),
    ("Iron lady Salaam Musumba said they were back into action.", {("Salaam Musumba", "person", None)}),
    ("He is a resident of Hong Kong; the refugee Hong Kong Watch helped was freed.", {("Hong Kong Watch", "ngo", "GBR")}),
    ("A Beijing resident New York Times readers know was questioned.", {("The New York Times", "media", "USA")}),
    # capitalised words the model tagged as nothing, in apposition to a noun for a person's role after a comma, are
    # that person; a body in apposition to such a noun is no person
    ("Breon Peace, the top federal prosecutor in Brooklyn, told reporters the case was flagrant.",
     {("Breon Peace", "person", "USA")}),
    ("Human Rights Watch, the employer of the director, said it was flagrant.", {("Human Rights Watch", "ngo", "USA")}),
    # so are such words the model took for a firm, and a name before a role noun in brackets; a body's name in
    # apposition to such a noun stays a body
    ("Va Malina, a resident of Melbourne, said she would join.", {("Va Malina", "person", "AUS")}),
    ("Zinnetgul Tursun (refugee) was deported.", {("Zinnetgul Tursun", "person", None)}),
    ("Abdelkader Farhat, Adel Daadaa, Chahrazed Akache (journalist), Ali Hlioui and others were named.",
     {("Abdelkader Farhat", "person", None), ("Adel Daadaa", "person", None), ("Chahrazed Akache", "person", None),
      ("Ali Hlioui", "person", None)}),
    ("Hong Kong Watch, a member of the coalition, said so.", {("Hong Kong Watch", "ngo", "GBR")}),
    ("Radio Free Asia (reporter) said so.", {("Radio Free Asia", "media", "USA")}),
    # an outlet named before the platform its channel is on; the platform is no part of its name
    ("The couple founded the Base YouTube channel, which is critical of the government.", {("Base", "media", None)}),
    # a month the model ran on into a name is no part of it
    ("Dutch radio programme Argos December said Eritrean refugees were being intimidated.",
     {("Eritrean refugees", "group", "ERI")}),
    ("Radio Free Asia reported in December that he was held.", {("Radio Free Asia", "media", "USA")}),
    # a party or association keeps "of <country>" in its name; a state's body keeps it out
    ("He was a member of the Popular Front Party of Azerbaijan, which opposes the government.",
     {("Popular Front Party of Azerbaijan", "organization", "AZE")}),
    ("The Ministry of Foreign Affairs of China said so.", {("Ministry of Foreign Affairs", "government", "CHN")}),
    ("Italy and Austria condemned the execution.", {("Italy", "state", "ITA"), ("Austria", "state", "AUT")}),
    # a list of countries the parser hung on its first by a comma shares the first's role; a list of places does not
    ("Russia, Azerbaijan, Kazakhstan, Tajikistan, and Turkey frequently issue meritless INTERPOL requests.",
     {("Russia", "state", "RUS"), ("Azerbaijan", "state", "AZE"), ("Kazakhstan", "state", "KAZ"),
      ("Tajikistan", "state", "TJK"), ("Turkey", "state", "TUR")}),
    ("Exiles live in Germany, France, and Poland.", set()),
    ("Hong Kong activists in Britain were watched.", {("Hong Kong activists", "group", "HKG")}),
    # a region's group is of the region's country (the region's gazetteer id is its name, no code)
    ("Tibet activists in Britain were watched.", {("Tibet activists", "group", "CHN")}),
    ("Belarus forced the plane down.", {("Belarus", "state", "BLR")}),
    ("India's foreign ministry and US prosecutors spoke.",
     {("Ministry of External Affairs", "government", "IND"), ("public prosecutor", "government", "USA")}),
    # courts: words of rank between a seat and its court; "a" court of a kind in lowercase is one of many, not a named
    # body; capitalised as a name ("a Revolutionary Court") it keeps the name (convention C)
    ("A New York federal court charged four Iranians.", {("court", "government", "USA")}),
    ("Breon Peace, the Brooklyn federal prosecutor, said so.", {("Breon Peace", "person", "USA")}),
    ("Iran's Supreme Court upheld the sentence a Revolutionary Court handed down.",
     {("Supreme Court", "government", "IRN"), ("Revolutionary Court", "government", "IRN")}),
    ("A Saudi appeals court increased her sentence.", {("court", "government", "SAU")}),
    # a generic body written as a name runs on to the rest of its name ("of" phrase, a capitalised body noun), not
    # over a lowercase word after it
    ("The judges of the Berlin Court of Appeal ruled on Monday.", {("Berlin Court of Appeal", "government", "DEU")}),
    ("The Kenya Police Service detained them.", {("Kenya Police Service", "government", "KEN")}),
    ("He was employed by India's Cabinet Secretariat.", {("Cabinet Secretariat", "government", "IND")}),
    # words of a title cut before its office noun are no body; a body's own name or acronym before a title stays
    ("Wang was sentenced by U.S. Circuit Judge Denny Chin on Monday.", {("Denny Chin", "person", "USA")}),
    ("British Security Minister Tom Tugendhat said so.", {("Tom Tugendhat", "person", "GBR")}),
    ("FBI Director Christopher Wray said so.",
     {("Federal Bureau of Investigation", "government", "USA"), ("Christopher Wray", "person", "USA")}),
    # the IRGC by the English name Iranian state media give it
    ("The Islamic Revolution Guards Corps (IRGC) denied the report.",
     {("Islamic Revolutionary Guard Corps", "government", "IRN")}),
    ("The Berlin court of appeal ruled on Monday.", {("court", "government", "DEU")}),
    ("Foreign Secretary Lord Cameron condemned the bounties.", {("Lord Cameron", "person", None)}),
    # a state acting through someone: "an agent of", "spying for", "on behalf of"
    ("He was convicted of serving as an agent for Saudi Arabia.", {("Saudi Arabia", "state", "SAU")}),
    ("They were accused of spying for Beijing. He acted on behalf of Iran.",
     {("China", "state", "CHN"), ("Iran", "state", "IRN")}),
    ("He was a travel agent in Saudi Arabia.", set()),
    # a known leader named as the one whose rule it is; not by a term of office ("the Biden administration")
    ("They were exiled on orders from the Ortega dictatorship.", {("Ortega", "person", "NIC")}),
    ("Since 2018, the Murillo-Ortega dictatorship has violently repressed protests.",
     {("Murillo", "person", "NIC"), ("Ortega", "person", "NIC")}),
    ("Syrians were tortured in prisons run by the Bashar al-Assad regime.", {("Bashar al-Assad", "person", "SYR")}),
    # not a leader's name that does not run on to the rule noun
    ("Critics were jailed by the Kagame-era regime.", set()),
    ("The Narendra Modi-led government of India cancelled the cards.",
     {("Narendra Modi", "person", "IND"), ("India", "state", "IND")}),
    ("The Biden administration said so.", set()),
    # the model's name run on through a possessive into a body; a short first name the model left out
    ("The schools are backed by Turkish preacher Fethullah Gulen’s Hizmet group.",
     {("Fethullah Gulen", "person", "TUR"), ("Gulen movement", "ngo", "TUR")}),
    ("Crowds gathered in St Peter’s Square.", set()),
    ("Writer Ei Pencilo and activists Min Ko Naing and Ei Thinzar Maung lost their citizenship.",
     {("Ei Pencilo", "person", None), ("Min Ko Naing", "person", None), ("Ei Thinzar Maung", "person", None)}),
    ("Leung Chun-ying said it was unacceptable, and Lam Wing-kee fled.",
     {("Leung Chun-ying", "person", None), ("Lam Wing-kee", "person", None)}),
    ("He flew to Ho Chi Minh City.", set()),
    ("Typhoon Hagibis hit the Rugby World Cup; holders of British National (Overseas) passports left.", set()),
    # programmes, events, documents and titles are no bodies (actor_words.tsv non_actor_head, instrument,
    # generic_name); a body named "of" one such word is ("Commission of Inquiry")
    ("He was paid through the IRS Whistleblower Program for his tip.", set()),
    ("The Sri Lankan government suspended its Defence Attache after the video emerged.", {("Sri Lanka", "state", "LKA")}),
    ("The Kanu Affair is now being treated as a kidnap.", set()),
    ("He is a holder of Nigerian Passport No. A05136827 first issued in 2013.", set()),
    ("Presenting her new report, the Special Rapporteur said that attacks had risen.", set()),
    ("Presenting the weekly briefing, the Spokesperson said that attacks had risen.", set()),
    ("The Belarusian authorities violated the International Covenant on Civil and Political Rights, the experts said.",
     {("Belarus", "state", "BLR")}),
    ("The Commission of Inquiry on Eritrea said it was alarmed.", {("Commission of Inquiry on Eritrea", "government", "ERI")}),
    ("The Carter Center said it was concerned.", {("Carter Center", "ngo", None)}),
    # a name the places read as a city, region or building is no body
    ("An unexpected flurry of activity took place inside a house in Lahore’s Wapda Town on September 27, 2017.", set()),
    ("They had no connection to the residents of La Granja neighborhood.", set()),
    ("He was held at the Metropolitan Detention Center in Brooklyn.", set()),
    ("Officers from the Counter Terrorism Command in London arrested him.",
     {("Counter Terrorism Command", "government", "GBR")}),
    ("A Russian military pilot defected; German military laboratories confirmed the poison.", set()),
    ("The Russian military denied it.", {("military", "government", "RUS")}),
    ("Community leader Doreen Assaad said the mayor should step aside.", {("Doreen Assaad", "person", None)}),
    ("Omid Noori and Isabel Linzer wrote the report in Don Valley North.",
     {("Omid Noori", "person", None), ("Isabel Linzer", "person", None)}),
    ("Prosecutor Alison Morgan QC and the Honourable Mélanie Joly spoke.",
     {("Alison Morgan", "person", None), ("Mélanie Joly", "person", "CAN")}),
    ("Interpol's secretary general, Jurgen Stock, spoke.",
     {("Interpol", "international_org", None), ("Jurgen Stock", "person", None)}),
    # buildings and platforms named only as places are no actors; acting, they are
    ("Khashoggi was killed inside the Saudi consulate in Istanbul.", set()),
    ("The Chinese embassy in London rejected the claims.", {("embassy", "government", "CHN")}),
    # where a diplomat works is a place, no actor; the post acting elsewhere in the story is both
    ("Police said he was a diplomat at the Rwandan embassy in Belgium.", {("police", "government", "BEL")}),
    ("He was a diplomat at the Rwandan embassy in Belgium. The embassy said he had left.",
     {("embassy", "government", "RWA")}),
    ("An employee of the British consulate in Hong Kong was detained.", {("consulate", "government", "GBR")}),
    ("Two incidents took place at Israel's embassy in Stockholm. Iran's embassy in Stockholm rejected the claims.",
     {("embassy", "government", "IRN")}),
    ("He posted the video on X and YouTube, and ran a Telegram channel.", set()),
    ("Telegram suspended the channel.", {("Telegram", "organization", "ARE")}),
    ("A student was jailed for using Twitter. Nexta is a channel on the Telegram messaging app.",
     {("Nexta", "media", "POL")}),
    # a body's state: a place in its name, else the story's setting (the country of most of its cities)
    # a body whose words open with a polity without a state code is that polity's, not the state named around it
    ("Kosovo Police arrested five Turkish nationals, Turkey said.",
     {("Kosovo Police", "government", None), ("Turkish nationals", "group", "TUR"), ("Turkey", "state", "TUR")}),
    # and so is such a polity's generic body, by its name or demonym, lowercase (its own name stays when capitalised)
    ("In cooperation with Kosovo’s intelligence agency, Turkey’s National Intelligence Organization arrested six men.",
     {("intelligence service", "government", None), ("National Intelligence Organization", "government", "TUR")}),
    ("Six teachers were snatched by the Kosovar intelligence agency.", {("intelligence service", "government", None)}),
    ("Kosovo police arrested five Turkish nationals.", {("police", "government", None), ("Turkish nationals", "group", "TUR")}),
    ("The men fled to Kosovo and Albania.", set()),
    ("Pakistani activists said the Toronto Police Service had warned them.",
     {("Pakistani activists", "group", "PAK"), ("Toronto Police Service", "government", "CAN")}),
    ("He was stabbed in Wimbledon, London. He recovered. He spoke again. He went home.\n\n"
     "The Counter Terrorism Command is leading the inquiry.", {("Counter Terrorism Command", "government", "GBR")}),
    ("Officials blamed the Mossad, Pakistan's ISI and the Gulen movement.",
     {("Mossad", "government", "ISR"), ("Inter-Services Intelligence", "government", "PAK"),
      ("Gulen movement", "organization", "TUR")}),
    ("Iran's Ministry of Intelligence ran the plot, and Iranian intelligence denied it.",
     {("Ministry of Intelligence", "government", "IRN")}),
    ("Iranian intelligence denied it.", {("intelligence service", "government", "IRN")}),
    # agencies credited in datelines and photo captions are no actors; quoted as a source they are
    ("JOHANNESBURG (AP) — The man was kidnapped, Rwanda said.", {("Rwanda", "state", "RWA")}),
    ("CARACAS (Reuters): Venezuela's attorney general Tarek Saab said so.", {("Tarek Saab", "person", "VEN")}),
    ("He attends his trial in Tehran. AFP\n\nThe court ruled. (Esteban Felix/AP)\n\nIt ended.", set()),
    ("China denied it, according to AFP.", {("China", "state", "CHN"), ("Agence France-Presse", "media", "FRA")}),
    # given names the gender detector lacks (models/lexicons/given_names.txt) and Thai police ranks
    ("Pouria Zeraati, a presenter, was stabbed.", {("Pouria Zeraati", "person", None)}),
    ("Pol Lt Gen Surachate Hakparn said the man would be sent back.", {("Surachate Hakparn", "person", None)}),
    ("Sikhs protested while Sikh separatists were watched.",
     {("Sikhs", "group", None), ("Sikh separatists", "group", "IND")}),
    # a faith's plural after a nationality is that state's faithful, as "American Muslims" (group_nouns.txt)
    ("India has targeted Canadian Sikhs and British Ahmadis.",
     {("India", "state", "IND"), ("Canadian Sikhs", "group", "CAN"), ("British Ahmadis", "group", "GBR")}),
    ("Istanbul police detained 11 people.", {("police", "government", "TUR")}),
    ("Istanbul police officers detained 11 people.", set()),
    # where provinces and counties have their own forces (regional_force in actor_words.tsv) a province's police is
    # that force by name, and no second, generic police; elsewhere a province's police is the state's
    ("Tamil Nadu police said the man had fled.", {("Tamil Nadu Police", "government", "IND")}),
    ("Greater Manchester police are investigating the assault.", {("Greater Manchester Police", "government", "GBR")}),
    ("Xinjiang police questioned his parents.", {("police", "government", "CHN")}),
    ("The experts urged Morocco not to send him; the minister thanked Oman and called on Iran to free him.",
     {("Morocco", "state", "MAR"), ("Oman", "state", "OMN"), ("Iran", "state", "IRN")}),
    ("He visited Morocco and left Oman.", set()),
    # title-case headlines: runs of capitals are no names; a short affiliation line is
    ("Chile Says Death of Venezuelan Ex-Political Prisoner May Signal That Maduro Can Kill Dissidents Abroad\n\n"
     "Safeguard Defenders said so.", {("Safeguard Defenders", "ngo", "ESP")}),
    ("Thailand: Critics Feared ‘Disappeared’\n\n3 Prominent Dissidents Missing After Secret Extradition From Hanoi\n\n"
     "The report was published.", set()),
    ("By Bill Marczak\n\nCitizen Lab, University of Toronto\n\nThe report was published in September 2018.",
     {("Citizen Lab", "ngo", "CAN"), ("University of Toronto", "organization", "CAN")}),
    # a person whose surname ends names of documents; the document itself is none
    ("Activists Nathan Law, 29, and Anna Kwok, 26, were named under the National Security Law.",
     {("Nathan Law", "person", None), ("Anna Kwok", "person", None)}),
    # a body's state: the country before it, even in a possessive or a region's name, or the body it belongs to
    ("Officers from Egypt's National Security Agency raided the homes.", {("National Security Agency", "government", "EGY")}),
    ("British Columbia's Integrated Homicide Investigation Team is investigating.",
     {("Integrated Homicide Investigation Team", "government", "CAN")}),
    ("Matthew Olsen of the Justice Department's National Security Division, speaking near Beijing, said so.",
     {("Matthew Olsen", "person", "USA"), ("Department of Justice", "government", "USA"),
      ("National Security Division", "government", "USA")}),
    # international bodies: a longer name the model tags is the body; a name written in full is kept as written,
    # an acronym or a description gets the canonical name
    ("The United Nations Security Council met.", {("United Nations Security Council", "international_org", None)}),
    ("The Organization for Security and Cooperation in Europe sent observers.",
     {("Organization for Security and Cooperation in Europe", "international_org", None)}),
    ("The United Nations refugee agency and UNHCR staff were told.",
     {("United Nations High Commissioner for Refugees", "international_org", None)}),
    # a state's mission to the United Nations; without a state it is no actor
    ("Iran’s mission to the United Nations denied it.",
     {("Permanent Mission to the United Nations", "government", "IRN")}),
    ("The Permanent Mission of China to the United Nations Office at Geneva replied.",
     {("Permanent Mission to the United Nations", "government", "CHN")}),
    ("The mission to the United Nations did not reply.", {("United Nations", "international_org", None)}),
    # peoples of several words
    ("Hong Kongers and Crimean Tatars abroad are watched.",
     {("Hong Kongers", "group", "HKG"), ("Crimean Tatars", "group", None)}),
    # police, courts and prosecutors with their state among their modifiers; without it, no actor
    ("Turkish prosecutors charged him.", {("public prosecutor", "government", "TUR")}),
    # a state's officials or authorities of one kind are that body; the kind alone after a demonym is none
    ("Turkish law enforcement officials detained them and Turkish migration authorities deported them.",
     {("law enforcement", "government", "TUR"), ("migration authorities", "government", "TUR")}),
    ("Venezuelan counterintelligence officials watched him.", {("intelligence service", "government", "VEN")}),
    ("South Korean counterintelligence authorities have reportedly been collecting information on the restaurant.",
     {("intelligence service", "government", "KOR")}),
    ("Korea’s counterespionage authorities are reportedly investigating the operations.",
     {("intelligence service", "government", "KOR")}),
    ("He spoke of Chinese law enforcement and South Korean counterintelligence.", set()),
    # prosecutors with no state word are the public prosecutor of the case's state (convention P): of the court nearest
    # them, else of the police, else of the state or body named in their sentence, else, where they speak, of the
    # story's setting; with no state told, none; with a prosecuting body named, they stand for it
    ("Federal prosecutors charged him.", set()),
    ("A Turkish court tried him. Federal prosecutors charged him.",
     {("court", "government", "TUR"), ("public prosecutor", "government", "TUR")}),
    ("Bahraini police arrested her. She was presented to the public prosecution, which ordered her detention.",
     {("police", "government", "BHR"), ("public prosecutor", "government", "BHR")}),
    ("A Turkish court tried him. The Justice Department charged him and prosecutors said he spied.",
     {("court", "government", "TUR"), ("Department of Justice", "government", "USA")}),
    ("A Turkish court tried him. He was granted immunity from prosecution.", {("court", "government", "TUR")}),
    ("He was tried in Cairo. Prosecutors said the court would rule.", {("public prosecutor", "government", "EGY")}),
    ("He was tried in Cairo. Prosecutors charged him.", set()),
    ("The Belarusian KGB added him to a list, and prosecutors charged him with organising unrest.",
     {("KGB", "government", "BLR"), ("public prosecutor", "government", "BLR")}),
    ("He fled to Georgia, though criminal prosecution continues in Russia.", set()),
    # groups: rebels and rights defenders; nationals who fled or are exiled, a diaspora by its new nationality;
    # groups named by a cause, of the state named nearest; nationals merely present are none
    ("He denied funding Rwandan rebels; Chinese human rights defenders were targeted.",
     {("Rwandan rebels", "group", "RWA"), ("Chinese human rights defenders", "group", "CHN")}),
    ("Tens of thousands of Nicaraguans have fled the crackdown.", {("Nicaraguans", "group", "NIC")}),
    # the exiled by their plural demonym are named with the word that makes them a group (GUIDELINES: the noun phrase)
    ("More than 70 exiled Nicaraguans demanded protection.", {("exiled Nicaraguans", "group", "NIC")}),
    ("The pursuit of exiled Belarusians goes on. The RCMP said Chinese Canadians were victims.",
     {("exiled Belarusians", "group", "BLR"), ("Royal Canadian Mounted Police", "government", "CAN"),
      ("Chinese Canadians", "group", "CAN")}),
    ("Four Iranians were charged, and Uzbek citizens were held.", set()),
    # nationals named by their dissent ("anti-", what they oppose; a word of dissent) are a group named with the words;
    # what they oppose alone or apart from "anti" is none
    ("Anti-war Russians abroad face pressure.", {("anti-war Russians", "group", "RUS")}),
    ("Many antiwar Russians left.", {("antiwar Russians", "group", "RUS")}),
    ("Agents spied on opposition Iranians in Sweden.", {("opposition Iranians", "group", "IRN")}),
    ("The war Russians started ended.", set()),
    ("Chechen insurgents fought Chechen loyalists.",
     {("Chechen insurgents", "group", "RUS"), ("Chechen loyalists", "group", "RUS")}),
    # "exiled" before a demonym's group is part of its name; one group by its first name when named again without it
    # (or with it); "self-exiled" is no such word
    ("The UAE designated four exiled Emirati dissidents as terrorists.", {("exiled Emirati dissidents", "group", "ARE"),
                                                                          ("United Arab Emirates", "state", "ARE")}),
    ("Three Russian journalists spoke. Moscow wants to silence exiled Russian journalists.",
     {("Russian journalists", "group", "RUS"), ("Russia", "state", "RUS")}),
    ("Beijing hunts self-exiled Chinese dissidents.", {("Chinese dissidents", "group", "CHN"), ("China", "state", "CHN")}),
    # a people named after its state is its diaspora named in the story, listed once; a people within a state stays
    ("Eritreans abroad pay the tax. The Eritrean diaspora is watched.", {("Eritrean diaspora", "group", "ERI")}),
    ("Uyghurs abroad are watched. The Uyghur diaspora is afraid.",
     {("Uyghurs", "group", "CHN"), ("Uyghur diaspora", "group", "CHN")}),
    # a demonym and group noun before a singular noun of a person's role name one person, no group; plural, a group
    ("Exiled Cambodian opposition figurehead Sam Rainsy accused the government.", {("Sam Rainsy", "person", "KHM")}),
    ("Cambodian opposition supporters protested.", {("Cambodian opposition supporters", "group", "KHM")}),
    ("Dilshod, a member of the muzzled Uzbek opposition, could not reach his relatives.", set()),
    ("Members of the Uzbek opposition could not reach their relatives.", {("Uzbek opposition", "group", "UZB")}),
    # a people named after its state is its nationals, no group by itself; a people within a state stays a group
    ("The hacked documents revealed the names of around 3,500 Rwandans.", set()),
    ("The documents revealed the names of around 3,500 Uyghurs.", {("Uyghurs", "group", "CHN")}),
    # nationals by their plural demonym done an act to are a group; named before another way, that group
    ("The Rwandan government has targeted Rwandans in the UK.", {("Rwanda", "state", "RWA"), ("Rwandans", "group", "RWA")}),
    ("Russian agencies often deport Belarusians without trial.", {("Belarusians", "group", "BLR")}),
    ("Two Belarusian nationals were held. Russian agencies often deport Belarusians.",
     {("Belarusian nationals", "group", "BLR")}),
    # a state's nationals named twice another way are one group, by the first name
    ("He opposed the deportation of six Turkish citizens. Kenya deported four Turkish nationals.",
     {("Turkish citizens", "group", "TUR"), ("Kenya", "state", "KEN")}),
    # an international body's acronym before a common noun names its people or a thing of it, not the body acting;
    # before a body's noun it is the body
    ("A UN panel has called for an inquiry.", set()),
    ("The UN refugee agency said the men were at risk.", {("United Nations High Commissioner for Refugees", "international_org", None)}),
    # "<demonym> state <noun>": what a state owns or runs ("state media"), no state acting; its agents are the state
    ("He was praised, according to Russian state media.", set()),
    ("He suspects Cuban state media.", set()),
    ("Vietnamese state agents abducted him.", {("Vietnam", "state", "VNM")}),
    # bare dissidents done an act to, in a story naming no other group: of the state acting in their sentence
    ("China runs secret police stations to suppress dissidents.", {("China", "state", "CHN"), ("dissidents", "group", "CHN")}),
    ("Spyware is used by governments to monitor dissidents.", set()),
    # else of a state's body in the sentence, or a state's name the model left untagged; a group named with the same
    # noun elsewhere does not stop them, another group does not either
    ("Two men set up a station of the PRC's Ministry of Public Security to intimidate dissidents. They watched democracy activists.",
     {("Ministry of Public Security", "government", "CHN"), ("democracy activists", "group", None),
      ("dissidents", "group", "CHN")}),
    ("Saudi dissidents were watched. A clerk helped Saudi Arabia spy on dissidents.",
     {("Saudi dissidents", "group", "SAU"), ("Saudi Arabia", "state", "SAU")}),
    # nationals by the other country they live in; not in their own
    ("Ethiopians in Australia are calling for their release.", {("Ethiopians in Australia", "group", "ETH")}),
    ("Ethiopians in Ethiopia voted.", set()),
    # nationals by their demonym alone and a participle of living abroad or in exile, named whole; not after a group
    # noun, nor without the participle
    ("The decree prevents Belarusians living abroad from obtaining passports.",
     {("Belarusians living abroad", "group", "BLR")}),
    ("Cases were opened against Belarusian citizens residing abroad.", {("Belarusian citizens residing abroad", "group", "BLR")}),
    ("All these Thais living in exile have two things in common.", {("Thais living in exile", "group", "THA")}),
    ("HRW documented attacks targeting Rwandans living abroad.",
     {("Human Rights Watch", "ngo", "USA"), ("Rwandans living abroad", "group", "RWA")}),
    ("Uyghurs living abroad are watched.", {("Uyghurs", "group", "CHN")}),
    ("Eritreans living abroad pay the tax. The Eritrean diaspora is watched.", {("Eritrean diaspora", "group", "ERI")}),
    ("Police watched Chinese dissidents living abroad.", {("Chinese dissidents", "group", "CHN")}),
    ("Many journalists in exile are in danger.", set()),
    # minorities named by their plural or their adjective are their state's people ("Karakalpak activists")
    ("Uzbekistan persecutes Karakalpaks abroad, and Karakalpak activists fear for their lives.",
     {("Uzbekistan", "state", "UZB"), ("Karakalpaks", "group", "UZB"), ("Karakalpak activists", "group", "UZB")}),
    ("Iran hunts Ahwazi activists. Kenya returned Oromo refugees and an Oromo activist.",
     {("Iran", "state", "IRN"), ("Ahwazi activists", "group", "IRN"), ("Kenya", "state", "KEN"),
      ("Oromo refugees", "group", "ETH")}),
    ("Vietnam charged Montagnard activist Y Quynh Bdap.", {("Vietnam", "state", "VNM"), ("Y Quynh Bdap", "person", "VNM")}),
    # nationals are no group when of a host state, charged by one, or the agents of an act
    ("Prosecutors charged four Iranian nationals. Police, assisted by Chinese nationals, arrested him.", set()),
    ("Iran was involved in the murders of two Dutch nationals.", {("Iran", "state", "IRN")}),
    # ... nor those a participle charges, or holds for a crime, nor a predicate telling persons' nationality
    ("Three Indian nationals charged with murder appeared in court.", set()),
    ("Three Indian nationals arrested for murder. Police say the men are Indian nationals.", set()),
    ("Five Turkish nationals arrested in Kosovo were deported.", {("Turkish nationals", "group", "TUR")}),
    # a people by ethnicity and faith is the people its plural names, one group; alone it stays
    ("China runs a secret jail for Uyghurs in Dubai. It detained Uyghur Muslims there.",
     {("China", "state", "CHN"), ("Uyghurs", "group", "CHN")}),
    ("The report counted attacks on Uyghur Muslims abroad.", {("Uyghur Muslims", "group", "CHN")}),
    # a group whose name opens a longer one's ending in a person noun is that group; a body noun ends no people
    ("Iran plotted to bomb a rally of Iranian opposition supporters near Paris. The Iranian opposition condemned it.",
     {("Iran", "state", "IRN"), ("Iranian opposition supporters", "group", "IRN")}),
    ("Sri Lanka banned Tamil diaspora groups. The Tamil diaspora protested.",
     {("Sri Lanka", "state", "LKA"), ("Tamil diaspora", "group", "LKA"), ("Tamil diaspora groups", "group", "LKA")}),
    ("Kenya deported four Turkish nationals.", {("Kenya", "state", "KEN"), ("Turkish nationals", "group", "TUR")}),
    # citizens by their state are a group only as the ones an act is done to, and not a host state's citizens
    ("The scheme targets Chinese citizens living abroad.", {("Chinese citizens living abroad", "group", "CHN")}),
    ("He opposed the deportation of six Turkish citizens.", {("Turkish citizens", "group", "TUR")}),
    ("She was married to Indian citizens' relatives. It helps Chinese citizens with tasks.", set()),
    ("Wray said Iran attempts to target US citizens.", {("Iran", "state", "IRN")}),
    # "secret services" after a demonym are its intelligence service; a known body's acronym after a generic body names it
    ("He was abducted in Berlin by Vietnamese secret services.", {("intelligence service", "government", "VNM")}),
    ("They were recruited by the Belarusian secret services (KGB). The KGB denied it.", {("KGB", "government", "BLR")}),
    # the singular too; a state's secret police are its security services (bodies.tsv), not without its state, nor a
    # building of theirs
    ("He had worked for the Chinese secret service since 2002.", {("intelligence service", "government", "CHN")}),
    ("His relatives were arrested by Egyptian secret police.", {("security services", "government", "EGY")}),
    ("The secret service denied it. They run Chinese secret police stations.", set()),
    # or citizens a participle of living places in another country: the diaspora (not at home)
    ("Protests have been staged by Turkmen citizens residing in Turkey.", {("Turkmen citizens", "group", "TKM")}),
    ("Chinese citizens living in China face censorship.", set()),
    ("Police in Hong Kong issued bounties for eight democracy activists based abroad.",
     {("police", "government", "HKG"), ("democracy activists", "group", "HKG")}),
    ("Many Chinese pro-democracy students face threats; the pro-democracy students spoke.",
     {("Chinese pro-democracy students", "group", "CHN")}),
    # a group named by what it stands against; a country's diaspora named with its possessive
    ("Bodies found in the river were those of missing anti-government activists, Thai police said.",
     {("anti-government activists", "group", "THA"), ("police", "government", "THA")}),
    ("Myanmar nationals including anti-coup activists living in Singapore were shocked.",
     {("Myanmar nationals", "group", "MMR"), ("anti-coup activists", "group", "MMR")}),
    ("Government activists marched in Bangkok.", set()),
    # critics named by the rule they oppose: a known leader's (of the leader's state, named from the family name), a
    # seat of power's, the regime's (of the state named nearest); not "government critics", nor one critic
    ("The attack follows a string of attacks on Ramzan Kadyrov’s critics.",
     {("Ramzan Kadyrov", "person", "RUS"), ("Kadyrov’s critics", "group", "RUS")}),
    ("The murder was described as a culling of Kadyrov critics.", {("Kadyrov critics", "group", "RUS")}),
    ("In recent months many Kremlin critics have been denied entry to Georgia.",
     {("Russia", "state", "RUS"), ("Kremlin critics", "group", "RUS")}),
    ("The Saudi authorities regularly lure regime critics to meetings.",
     {("Saudi Arabia", "state", "SAU"), ("regime critics", "group", "SAU")}),
    ("Families of government critics were detained.", set()),
    ("A Kremlin critic was poisoned in Berlin.", {("Russia", "state", "RUS")}),
    # a cause group is the diaspora of the state that targets it, not of a host that judges the act or that it lives
    # in; a host alone in the sentence stays its state
    ("Two men were accused by British prosecutors of surveillance on pro-democracy dissidents for Hong Kong and China.",
     {("public prosecutor", "government", "GBR"), ("pro-democracy dissidents", "group", "HKG")}),
    ("The British government has welcomed pro-democracy activists who fled.",
     {("United Kingdom", "state", "GBR"), ("pro-democracy activists", "group", "GBR")}),
    ("The government has long controlled its nationals abroad. Eritrea's diaspora has grown through waves of emigration.",
     {("Eritrean diaspora", "group", "ERI")}),
    # states as parties of acts and relations, "the <plural demonym>" as a subject; datelines in capitals are none
    ("India faced accusations from Washington and Ottawa amid strained relations between Washington and Riyadh.",
     {("India", "state", "IND"), ("United States", "state", "USA"), ("Canada", "state", "CAN"),
      ("Saudi Arabia", "state", "SAU")}),
    # countries named as examples of states as doers are states; examples of countries at large (hosts too) are not
    ("Red notices are abused by undemocratic regimes like Belarus, Iran and Turkey.",
     {("Belarus", "state", "BLR"), ("Iran", "state", "IRN"), ("Turkey", "state", "TUR")}),
    ("Its perpetrators, which include Iran, China and Rwanda, are getting bolder.",
     {("Iran", "state", "IRN"), ("China", "state", "CHN"), ("Rwanda", "state", "RWA")}),
    ("The perpetrators include Egypt and Rwanda.", {("Egypt", "state", "EGY"), ("Rwanda", "state", "RWA")}),
    ("Several governments, including Canada and the Netherlands, reacted.",
     {("Canada", "state", "CAN"), ("Netherlands", "state", "NLD")}),
    ("Exiles live in countries such as Germany and Canada.", set()),
    # countries at large: their examples are states where the countries act, not where they are places
    ("Countries including the United States and the Netherlands have conducted similar probes.",
     {("United States", "state", "USA"), ("Netherlands", "state", "NLD")}),
    ("His lawyers suggested that another country, such as Iran or Jordan, may have been responsible.",
     {("Iran", "state", "IRN"), ("Jordan", "state", "JOR")}),
    ("Operations were carried out in cooperation with countries including Sudan and Pakistan.",
     {("Sudan", "state", "SDN"), ("Pakistan", "state", "PAK")}),
    ("Stations were located in countries including Spain and Italy.", set()),
    ("Many fled to neighbouring countries such as Finland and Georgia.", set()),
    ("Countries such as Germany and Canada are home to large diasporas.", set()),
    ("He fled to Turkey and then to places like Germany.", set()),
    # an army is named "army", once with its state's military
    ("The Russian army shelled the town.", {("army", "government", "RUS")}),
    ("The Thai military took power. Later the army said it would hold elections.", {("military", "government", "THA")}),
    ("Nicaragua's army runs the Directorate of Military Intelligence.",
     {("army", "government", "NIC"), ("Directorate of Military Intelligence", "government", "NIC")}),
    # the "from" of an extradition is where one is sent from, no party; a request from a state is its act
    ("Ankara is seeking his extradition from the US.", {("Turkey", "state", "TUR")}),
    ("He fears a request from Ankara for his extradition.", {("Turkey", "state", "TUR")}),
    # the state that asks ("at the request of") or that receives someone handed over ("handed over to"); not the
    # one acted on after "of", nor where one is extradited or deported to, nor a body one is handed to
    ("He was arrested at the request of Turkey. Activists were listed at the behest of Ashgabat.",
     {("Turkey", "state", "TUR"), ("Turkmenistan", "state", "TKM")}),
    ("Thai authorities may have handed Od back to Laos. In 2016 France refused to turn Ablyazov over to Russia.",
     {("Thailand", "state", "THA"), ("Laos", "state", "LAO"), ("France", "state", "FRA"), ("Russia", "state", "RUS")}),
    ("He condemned the persecution of Kazakhstan and the invasion of Ukraine.", set()),
    ("Prosecutors considered whether to extradite him to Egypt. Two men were deported to Turkey.", set()),
    ("He was handed over to the police in Bangkok. She moved back to Germany.", {("police", "government", "THA")}),
    ("Britain criticised China’s 2020 imposition of the law. He went to the residence of Qatar's ambassador.",
     {("United Kingdom", "state", "GBR"), ("China", "state", "CHN"), ("Qatar", "state", "QAT")}),
    ("“The Pakistanis have to understand that,” he said. Pakistanis were told.", {("Pakistan", "state", "PAK")}),
    ("He visited Canada's capital and China's Xinjiang region. They signed an extradition agreement with Hong Kong.", set()),
    ("It called the operation an illegal effort by China to locate fugitives, and an attempt by Hong Kong to silence them.",
     {("China", "state", "CHN"), ("Hong Kong", "state", "HKG")}),
    ("He made an attempt to flee to Laos, and his efforts in Thailand failed.", set()),
    ("The act highlights abuse by Tajikistan and China. The rapprochement between Paris and Algiers unraveled amid "
     "cooperation between India and the UAE.",
     {("Tajikistan", "state", "TJK"), ("China", "state", "CHN"), ("France", "state", "FRA"), ("Algeria", "state", "DZA"),
      ("India", "state", "IND"), ("United Arab Emirates", "state", "ARE")}),
    ("He complained of abuse in Turkey and of the surveillance in Canada.", set()),
    # a state's regime, junta, policy, conduct, bullying or long arm: the state acting; not its president named
    ("Exiles live in fear of Russia's long arm and are critical of Tajikistan's regime.",
     {("Russia", "state", "RUS"), ("Tajikistan", "state", "TJK")}),
    ("Malaysia should stand up to Cambodia's bullying.", {("Malaysia", "state", "MYS"), ("Cambodia", "state", "KHM")}),
    ("Eritrea's President Issaias Afeworki landed in Khartoum.", {("Issaias Afeworki", "person", "ERI")}),
    # states named by their governing body with a country or capital, or by coordinated demonyms and places; not
    # a body of another ("the Cyberspace Administration of China"), a leader's government, or a place inside a name
    ("Authorities in Vietnam and Thailand should investigate; the government of Kenya agreed.",
     {("Vietnam", "state", "VNM"), ("Thailand", "state", "THA"), ("Kenya", "state", "KEN")}),
    ("The Chinese and Hong Kong governments seek to silence students.",
     {("China", "state", "CHN"), ("Hong Kong", "state", "HKG")}),
    # a body after coordinated demonyms is each state's; not its members ("intelligence officials")
    ("A day after Polish and Ukrainian prosecutors said they had detained a man.",
     {("public prosecutor", "government", "POL"), ("public prosecutor", "government", "UKR")}),
    ("Collaboration between the Belgian and South African courts is not always good.",
     {("court", "government", "BEL"), ("court", "government", "ZAF")}),
    ("Indian and Pakistani intelligence officials met in Dubai.", set()),
    ("The Cyberspace Administration of China ordered it. Federal authorities in New Jersey charged him.",
     {("Cyberspace Administration of China", "government", "CHN")}),
    ("He is a critic of President Abdel Fattah el-Sisi's government in Washington, where he lives with other Egyptian exiles.",
     {("Abdel Fattah el-Sisi", "person", "EGY"), ("Egyptian exiles", "group", "EGY")}),
    # a leader's government is the state the words around the leader give; without them, no state
    ("Nicaraguan President Daniel Ortega jailed critics. Ortega’s government stripped them of citizenship.",
     {("Daniel Ortega", "person", "NIC"), ("Nicaragua", "state", "NIC")}),
    ("Joe Biden spoke. The Biden administration responded.", {("Joe Biden", "person", "USA")}),
    ("TALLINN, ESTONIA (AP) – A court in Belarus sentenced her.", {("court", "government", "BLR")}),
    # names cut at "and" or run together; documents, prizes, indices and lists; gangs named after a leader
    ("The Federal Office of Justice and the State Secretariat for Migration replied.",
     {("Federal Office of Justice", "government", None), ("State Secretariat for Migration", "government", None)}),
    ("Amnesty International and Human Rights Watch said so.",
     {("Amnesty International", "ngo", "GBR"), ("Human Rights Watch", "ngo", "USA")}),
    ("The Hang Seng Index rose and the Lantos Human Rights Prize went to him.", set()),
    ("Canada said the Lawrence Bishnoi group targets activists.",
     {("Canada", "state", "CAN"), ("Lawrence Bishnoi group", "organization", None)}),
    # people-words the model tags as names; names of operations; accounts on platforms
    ("Kenya deported them, a Uighur Muslim said.", {("Kenya", "state", "KEN")}),
    # a headline's "Exiled Cambodian" is a description, no person; the demonym then places the one it describes
    ("Exiled Cambodian opposition leader reaches Malaysia after Thailand bars his way home\n\n"
     "Sam Rainsy flew into Kuala Lumpur yesterday.", {("Thailand", "state", "THA"), ("Sam Rainsy", "person", "KHM")}),
    ('The scheme was part of "Operation Fox Hunt," run by China. Fox Hunt targets exiles.', {("China", "state", "CHN")}),
    ("He wrote on X.\n\nPinned to Aly’s Twitter page is a post.", set()),
    # credits in captions: "(AP Photo/...)", "AGENCY/AP, Photographer", "Agency / Photographer"
    ("A flag in Jiddah, Saudi Arabia, 2017. THE CANADIAN PRESS/AP, Amr Nabil\n\nA report was out.", set()),
    ("Those affiliated with it. (AP Photo/Simon Dawson, File)\n\nThe BBC said so.", {("BBC", "media", "GBR")}),
    ("A rally in Geneva on September 16, 2016. Keystone / Salvatore Di Nolfi\n\nThe UN met.",
     {("United Nations", "international_org", None)}),
    # a known name's own slash, and its acronym's, is no credit's
    ("He founded the movement, according to Radio Free Europe/Radio Liberty (RFE/RL).",
     {("Radio Free Europe/Radio Liberty", "media", "USA")}),
    # people the model misses or cuts: peers named by title and one name, a relative or a pseudonym known by one
    # name, names the model takes for places or titles that an apposition or "who" calls a person, a given name
    # split off, an Arabic article joined by a hyphen; a name before a place noun is none
    ("Davis said foreign secretary Lord Cameron should summon the high commissioner.",
     {("Lord Cameron", "person", None)}),
    ("He died two days later, his brother Oktay told local media. His son said so.", {("Oktay", "person", None)}),
    # a given name after a comma naming a relative, alone or with others, whatever town bears it; not a place
    ("Saad Aljabri fled, but two children, Omar and Sarah, were detained.",
     {("Saad Aljabri", "person", None), ("Omar", "person", None), ("Sarah", "person", None)}),
    ("Akram al-Sammak and his sons, Yassin and Ali, lost their citizenship.",
     {("Akram al-Sammak", "person", None), ("Yassin", "person", None), ("Ali", "person", None)}),
    ("Ali Mushaima spoke about his father, Hassan, an opposition leader.",
     {("Ali Mushaima", "person", None), ("Hassan", "person", None)}),
    ("He visited his sister, Paris, and London.", set()),
    # a person the model ran on after a body found before is that person; the body alone names none
    ("The spokesperson of the US Department of State Ned Price said on Tuesday that the USA was concerned.",
     {("Department of State", "government", "USA"), ("Ned Price", "person", "USA"), ("United States", "state", "USA")}),
    ("The spokesperson of the US Department of State said on Tuesday.", {("Department of State", "government", "USA")}),
    ("The children, Omar said, were afraid.", set()),
    ("Ibrahim*, who just graduated, spoke to reporters.", {("Ibrahim", "person", None)}),
    # one name the story says is not the person's whole or real one: after "the pseudonym(s)", "identified only as",
    # "a man named", or before a note in brackets or the clause after it; not another name of a person named before
    ("The two, known by the pseudonyms Puchana and Kasalong, were among three exiled activists who vanished.",
     {("Puchana", "person", None), ("Kasalong", "person", None)}),
    ("One student, identified only as Rowan, said her father was visited.", {("Rowan", "person", None)}),
    ("A man named Suleiman is believed to be responsible.", {("Suleiman", "person", None)}),
    ("It said Dilshod (not his real name), a refugee, was unable to call home.", {("Dilshod", "person", None)}),
    ("Born to secular parents, Mahmut, who asked to be identified by a pseudonym, says the trouble began in 2016.",
     {("Mahmut", "person", None)}),
    ("Chucheep Chivasut, known by the pseudonym Sanam, fled.", {("Chucheep Chivasut", "person", None)}),
    ("Karim, who asked not to be named for fear of reprisals, fled Egypt in 2015.", {("Karim", "person", None)}),
    ("A group named Falcon claimed the attack. Rowan said nothing.", set()),
    # a name the law cuts to initials after "only as" or "initials": a person; not a country's initials, an
    # acronym, or initials before more capitalised words
    ("The 47-year-old, identified only as Long N.H. because of German privacy rules, is charged with espionage.",
     {("Long N.H.", "person", "DEU")}),
    ("Police arrested the man, identified only by the initials M.S., in the city on Thursday.", {("M.S.", "person", None)}),
    ("The company, identified only as U.S. Steel, was fined.", {("U.S. Steel", "organization", "USA")}),
    ("The spy agency, known by its Turkish initials MIT, took part.",
     {("National Intelligence Organization", "government", "TUR")}),
    ('"This prosecution reveals it," Breon Peace, the US attorney for the Eastern District of New York, said.',
     {("Breon Peace", "person", "USA")}),
    ("Canadian media named the Indian diplomat as Pavan Kumar Rai.", {("Pavan Kumar Rai", "person", "IND")}),
    ("He sued Hazem el-Beblawi, who served as prime minister.", {("Hazem el-Beblawi", "person", None)}),
    ("It had filed charges against an Indian national named Nikhil Gupta.", {("Nikhil Gupta", "person", "IND")}),
    # a person the words around the name do not place: a demonym in their sentence, else the state the story is
    # most about
    ("Vidadi Isgandarli was stabbed. Azerbaijan denied it; the Azerbaijani government called it slander.",
     {("Vidadi Isgandarli", "person", "AZE"), ("Azerbaijan", "state", "AZE")}),
    ("They were detained at Alexandria’s Burg al-Arab Airport.", set()),
    # a person the words around the name make part of a body takes the body's state, before a demonym or the state
    # the story is about; an international body's staff have none; words in a quotation place no one
    ('Iran denied it. Iranian officials were angry. "These attacks are grave," Kenneth Roth, the executive director '
     "of Human Rights Watch, said.",
     {("Iran", "state", "IRN"), ("Kenneth Roth", "person", "USA"), ("Human Rights Watch", "ngo", "USA")}),
    ("Iran denied it. Iranian officials were angry. Ken McCallum, the director general of MI5, said Iranian agents "
     "were active.", {("Iran", "state", "IRN"), ("Ken McCallum", "person", "GBR"), ("MI5", "government", "GBR")}),
    ("Belarus denied it. Belarusian officials were angry. Jurgen Stock, the secretary general of Interpol, said the "
     "Belarusian request was refused.",
     {("Belarus", "state", "BLR"), ("Jurgen Stock", "person", None), ("Interpol", "international_org", None)}),
    ('"It is shocking that Thailand caved in to pressure from Beijing," Sunai Phasuk, Thailand researcher at Human '
     "Rights Watch, told Reuters.",
     {("Thailand", "state", "THA"), ("China", "state", "CHN"), ("Sunai Phasuk", "person", "THA"),
      ("Human Rights Watch", "ngo", "USA"), ("Reuters", "media", "GBR")}),
    # an NGO's staff take none of its country, its head does ("the president of", "general secretary"); words that
    # describe them still place them
    ("Thailand denied it. Thai officials were angry. Phil Robertson, deputy Asia director of Human Rights Watch, said "
     "it was ludicrous.",
     {("Thailand", "state", "THA"), ("Phil Robertson", "person", None), ("Human Rights Watch", "ngo", "USA")}),
    ("Bangladesh denied it, said Steven Butler, CPJ's Asia program coordinator.",
     {("Bangladesh", "state", "BGD"), ("Steven Butler", "person", None),
      ("Committee to Protect Journalists", "ngo", "USA")}),
    ("Tajikistan denied it. Freedom House executive vice president Daniel Calingaert said in a statement.",
     {("Tajikistan", "state", "TJK"), ("Freedom House", "ngo", "USA"), ("Daniel Calingaert", "person", "USA")}),
    # someone's lawyer acts for a client: neither the client's country nor the story's is theirs; a lawyer named by
    # no one's, or described by a demonym, keeps the usual rules
    ("Egypt denied it. Egyptian officials were angry. Mohamed Soltan fled Egypt. The charges are baseless, said Eric "
     "Lewis, Soltan's lawyer.",
     {("Egypt", "state", "EGY"), ("Mohamed Soltan", "person", "EGY"), ("Eric Lewis", "person", None)}),
    ("Uzbekistan wants him back, his lawyer, Aleksei Fyodorov, said.",
     {("Uzbekistan", "state", "UZB"), ("Aleksei Fyodorov", "person", None)}),
    ("Azerbaijan denied it. Lawyer Elchin Sadigov demanded an autopsy.",
     {("Azerbaijan", "state", "AZE"), ("Elchin Sadigov", "person", "AZE")}),
    ("Iran denied it. His Iranian lawyer, Ali Ahmadi, said the case was political.",
     {("Iran", "state", "IRN"), ("Ali Ahmadi", "person", "IRN")}),
    ("Egypt denied it. Egyptian officials were angry. Her lawyer, Fiona Shackleton, was told by the wife of former "
     "British Prime Minister Tony Blair that she may have been hacked.",
     {("Egypt", "state", "EGY"), ("Fiona Shackleton", "person", "GBR"), ("Tony Blair", "person", "GBR")}),
    ("Ruslan Petrov, a Russian blogger, was attacked in Lille.", {("Ruslan Petrov", "person", "RUS")}),
    # a story naming no state or body acting is about the country it is set in
    ("ASTANA – Kazakhstan exported 2.6 million tons of grain to Almaty and Shymkent, Minister of Agriculture "
     "Aidarbek Saparov said at a meeting.", {("Aidarbek Saparov", "person", "KAZ")}),
    # where a person is based is not their country (exiles keep their origin); an outlet's base is its country
    ("He lost, said Mahtab Ghorbani, a Paris-based Iranian writer.", {("Mahtab Ghorbani", "person", "IRN")}),
    # ministries without their state: "the ministry of X", "the <modifier> X ministry", of the state named before
    ("He was held in Pakistan. A judge told the federal interior ministry to list him.",
     {("Ministry of Interior", "government", "PAK")}),
    ("He was held in Hanoi, in Vietnam, under the authority of the ministry of public security.",
     {("Ministry of Public Security", "government", "VNM")}),
    ("The ministry of public security said nothing.", set()),
    # one-word and untagged names a kind noun describes (beside it, before it, in apposition, "known as") or that
    # speak; one-word names that do neither stay out, as do platforms, peoples, places and a person's surname
    ("Spain’s EFE news agency said the body was found, the AFP news service reported.",
     {("EFE", "media", "ESP"), ("Agence France-Presse", "media", "FRA")}),
    ("The hackers had been cited by Volexity, a cybersecurity company, as being affiliated with Beijing.",
     {("Volexity", "organization", "USA")}),
    ("The dams owned by the utility PacifiCorp are being removed. She wrote in the independent publication Meduza.",
     {("PacifiCorp", "organization", None), ("Meduza", "media", "LVA")}),
    ("The Kurier daily reported the victim was a critic of Ramzan Kadyrov.",  # "daily" taken for an adverb
     {("Kurier", "media", None), ("Ramzan Kadyrov", "person", "RUS")}),
    ("Protests were held outside the Kremlin daily. Navalny wrote daily.", {("Russia", "state", "RUS")}),
    # a seat of power known by its bare name is a site and still its body, as the Kremlin is its state
    ("A group protested outside the White House.", {("White House", "government", "USA")}),
    ("The NIA has been working with Scotland Yard.",
     {("National Investigation Agency", "government", "IND"), ("Metropolitan Police", "government", "GBR")}),
    # an embassy used as a place is no body ("posing as diplomats in the Indian High Commission")
    ("Officers posed as diplomats in the Indian High Commission in Australia.", set()),
    ("Dmitry Kolezev is the chief editor of analytical news outlet Republic.",  # also a small town's name
     {("Dmitry Kolezev", "person", None), ("Republic", "media", None)}),
    ("He wrote for the news outlet Paris and the Springfield newspaper.", set()),
    ("A Swedish criminal gang, known as Foxtrot, and the Rumba gang were named.",
     {("Foxtrot", "organization", None), ("Rumba", "organization", None)}),
    ("The body was found, EFE reported. He was held, according to NOS.",
     {("EFE", "media", "ESP"), ("NOS", "media", "NLD")}),
    ("Boeing built the plane. Rights groups say he joined a WhatsApp group.", set()),
    ("The Uyghur group and a Manchester company said so.", set()),
    ("Jamal Khashoggi was killed. Democracy for the Arab World Now, the rights group Khashoggi founded before his "
     "death, sued.", {("Democracy for the Arab World Now", "ngo", "USA"), ("Jamal Khashoggi", "person", None)}),
    # an acronym before the kind of body it names is that body; gazetteer names match with either apostrophe
    ("Sergey Naryshkin, the head of Russia’s SVR foreign intelligence service, spoke.",
     {("Sergey Naryshkin", "person", "RUS"), ("Foreign Intelligence Service", "government", "RUS")}),
    ("He appealed to the Commission for the Control of INTERPOL’s Files.",
     {("Commission for the Control of INTERPOL's Files", "international_org", None)}),
    # security forces, troops and "special services" are a state's bodies; every country's demonym names its state
    ("Sri Lankan security forces assaulted the families.", {("security forces", "government", "LKA")}),
    ("Russian troops shelled the town. He was watched by Belarusian special services.",
     {("military", "government", "RUS"), ("security services", "government", "BLR")}),
    ("Egyptian security forces officers raided the home.", set()),
    # a state's security agencies, authorities and apparatus, and its "state security", are its security services
    ("Canadian security agencies pursued the allegations. Cuban state security called her.",
     {("security services", "government", "CAN"), ("security services", "government", "CUB")}),
    ("He was handed over by Kuwait's national security apparatus and the Sudanese security authorities.",
     {("security services", "government", "KWT"), ("security services", "government", "SDN")}),
    ("The regime's intelligence apparatus was blamed. The Iranian intelligence apparatus denied it.",
     {("intelligence service", "government", "IRN")}),
    # "state security apparatus" whole: "apparatus" after "state security" is no noun it modifies
    ("Attempts by the UAE state security apparatus to pressure the family failed.",
     {("security services", "government", "ARE")}),
    # a state's special forces are its body (bodies.tsv); none without a state or before another noun
    ("Laos has allowed Thai special forces to kill at least five dissidents.",
     {("Laos", "state", "LAO"), ("special forces", "government", "THA")}),
    ("The ministry runs a special forces unit.", set()),
    # a named prosecution service under its short name or its own English name (actors.tsv)
    ("Alistair Richardson said the Crown Prosecution had notified the court.",
     {("Alistair Richardson", "person", "GBR"), ("Crown Prosecution Service", "government", "GBR")}),
    ("The case was led by The Swedish Prosecution Authority.",
     {("Swedish Prosecution Authority", "government", "SWE")}),
    # without a state named there is none; security words before another noun are no body
    ("The security apparatus summoned his father.", set()),
    ("Their state security apparatus harassed his father.", set()),
    # a state's supreme or high court written as a name after its country or demonym is that court, named without
    # the state
    ("Tajikistan’s Supreme Court banned the party. Britain's High Court has found that he hacked the phones.",
     {("Supreme Court", "government", "TJK"), ("High Court", "government", "GBR")}),
    ("Pakistan's supreme court ruled on Monday.", {("Supreme Court", "government", "PAK")}),
    # an office named without its holder stands for its body (office_bodies.tsv): a UK Secretary of State is named as
    # the office, a minister by the ministry; none where a holder is named, a rank makes it another's, or no state
    # words name a foreign minister's state
    ("British lawmakers called on the British Foreign Secretary to expel him.",
     {("Foreign Secretary", "government", "GBR")}),
    ("The Foreign Secretary and Home Secretary have issued a response.",
     {("Foreign Secretary", "government", "GBR"), ("Home Secretary", "government", "GBR")}),
    ("Last week, Slovakia’s Foreign Minister told reporters he may freeze ties.",
     {("Ministry of Foreign Affairs", "government", "SVK")}),
    ("The former foreign minister spoke. The shadow Foreign Secretary wrote to him.", set()),
    ("The foreign minister told reporters he may freeze ties.", set()),
    ("Chinese security concerns grew.", set()),
    ("Cuban state security officials were not named.", {("security services", "government", "CUB")}),
    ("Costa Rican police arrested two Nicaraguan exiles.",
     {("police", "government", "CRI"), ("Nicaraguan exiles", "group", "NIC")}),
    ("Tanzanian police and Ivorian prosecutors met.", {("police", "government", "TZA"), ("public prosecutor", "government", "CIV")}),
    # a generic body in capitals before "'s Office" is that body's own name; before a person's name, a title
    ("The Chilean Public Prosecutor’s Office confirmed the gang was involved.",
     {("Public Prosecutor’s Office", "government", "CHL")}),
    ("The Chilean foreign ministry's office said so.", {("Ministry of Foreign Affairs", "government", "CHL")}),
    ("Chilean prosecutor Héctor Barros told Chilean media.", {("Héctor Barros", "person", "CHL")}),
    # a title of rank and one name the model left untagged name a person
    ("In 2018, armed forces carried out an assault to capture Princess Latifa, daughter of Dubai’s ruler.",
     {("Princess Latifa", "person", "ARE")}),
    # a place the model took for a person is no actor ("Hotel" ends a site's name)
    ("Guards have cordoned off the Miracle Transit Hotel in Bangkok after Rahaf Alqunun refused to leave.",
     {("Rahaf Alqunun", "person", "THA")}),
    # a person's other name after "known as" is no actor of its own; a gang known by a name still is one
    ("Police arrested Siam Theerawut (known as Comrade Khaoneaw Mamuang) and Kritsana Thapthai (known as Comrade Young Blood).",
     {("Siam Theerawut", "person", None), ("Kritsana Thapthai", "person", None)}),
    # words coordinated inside a body's "of" phrase finish its name, even when the model took them for a person
    ("He was questioned by the Ministry of Foreign and Diaspora Affairs in Nairobi.",
     {("Ministry of Foreign and Diaspora Affairs", "government", "KEN")}),
    # a body's name opening with a demonym is of the demonym's state, not of a place word in the name ("South", "Coast")
    ("The South Korean Ministry of Unification said the data leaked.",
     {("South Korean Ministry of Unification", "government", "KOR")}),
    ("The Indian Coast Guard boarded the yacht.", {("Indian Coast Guard", "government", "IND")}),
    # a body "of" a state's body whose words open with its state is that state's, whatever place is nearer
    ("Hasina has lived in India since 2022. The National Central Bureau (NCB) of Bangladesh Police has asked Interpol "
     "for a red notice.", {("National Central Bureau", "government", "BGD"), ("police", "government", "BGD"),
                           ("Interpol", "international_org", None)}),
    # a person known by a title and one name is named with both; a titled given name is the person named in full
    ("President Isaias has ruled since 1993. Princess Latifa was captured at sea.",
     {("President Isaias", "person", None), ("Princess Latifa", "person", None)}),
    ("Prime Minister Sheikh Hasina fled.", {("Sheikh Hasina", "person", "BGD")}),
    ("Saad Aljabri fled to Canada. The memory of Dr. Saad is a threat.", {("Saad Aljabri", "person", None)}),
    ("President Xi Jinping spoke. President Xi said so.", {("Xi Jinping", "person", "CHN")}),
    ("Isaias has ruled since 1993.", set()),
    # an abbreviation in capitals is no dateline ("The U.S." acts); a relative clause's subject acts
    ("The U.S. has sharply criticized the arrests. TALLINN, ESTONIA (AP) - It rained.", {("United States", "state", "USA")}),
    ("They are wanted in Belarus and in Russia, which backs Lukashenko.",
     {("Russia", "state", "RUS"), ("Lukashenko", "person", "BLR")}),
    ("He fled to Kazakhstan, which borders China.", set()),
    ("Hackers stole data on North Korean defectors; Eritrean expatriates were told to pay.",
     {("North Korean defectors", "group", "PRK"), ("Eritrean expatriates", "group", "ERI")}),
    # police acting without their state are of the place nearest in their sentence, else of the story's setting
    ("Two activists were arrested in Bangkok, Thailand. The police said they had overstayed.", {("police", "government", "THA")}),
    ("He was found hanged in a park in Kyiv. He was detained by the local police.", {("police", "government", "UKR")}),
    ("Thai police arrested him. Police said he fled.", {("police", "government", "THA")}),
    ("The police station in Kyiv was closed. He called the police hotline.", set()),
    ("He was found dead in a hotel in Johannesburg, according to police.", {("police", "government", "ZAF")}),
    ("He was seen in Johannesburg, according to police sources.", set()),
    # and so are their officers as a passive's agent; not officers only spoken of
    ("He was arrested outside a restaurant in Dubai by plain clothes police officers.", {("police", "government", "ARE")}),
    ("He lives in Dubai and was trained with police officers.", set()),
    # a place in a relative clause the police are outside of tells where someone else was, not where they act
    ("A Saudi woman who says she fled to seek asylum in Australia was surrounded by police in an airport hotel room "
     "near Bangkok.", {("police", "government", "THA")}),
    ("A Saudi woman was surrounded by police in Australia.", {("police", "government", "AUS")}),
    # a place in the force's own words is where it serves, before a nearer place outside them
    ("Relatives residing in the United Kingdom claim that police and other agencies in Bangladesh are targeting them.",
     {("police", "government", "BGD")}),
    ("Relatives residing in the United Kingdom claim that police and other agencies are targeting them.",
     {("police", "government", "GBR")}),
    # and so are police a party is handed or written to; not police anyone may report to
    ("He was arrested in Stockholm, Sweden. The attacker was handed over to the police.",
     {("police", "government", "SWE")}),
    ("The warrants were cancelled in Bujumbura, Burundi, in a letter to police.", {("police", "government", "BDI")}),
    ("Exiles in Sweden need a clear way of reporting threats to the police.", set()),
    ("It urged governments to give exiled communities in Sweden a clear way of reporting threats to the police.", set()),
    ("Exiles in Sweden got visits from the police.", set()),
    # so is an army acting without its state; not an army named as a place or by a demonym
    ("His cousins were arrested in Cairo, Egypt. The army said they were a threat.", {("army", "government", "EGY")}),
    ("He served in the army in Cairo, Egypt.", set()),
    ("Egypt's army arrested him. The army said so.", {("army", "government", "EGY")}),
    # a country hosting people is a place they live in, not a state acting; one acting on them is
    ("Singapore hosts around 300,000 Myanmar nationals. Germany has become a safe haven for Syrian "
     "refugees.", {("Myanmar nationals", "group", "MMR"), ("Syrian refugees", "group", "SYR")}),
    ("Singapore deported 30 Myanmar nationals.", {("Singapore", "state", "SGP"), ("Myanmar nationals", "group", "MMR")}),
    # a force listed with another body takes the list's role, and the state its sentence names
    ("Villages in the north of Sri Lanka are visited by police and army within days of a protest in London.",
     {("police", "government", "LKA"), ("army", "government", "LKA")}),
    ("He described the Eritrean state's structure, which includes the army, police and intelligence services.",
     {("Eritrea", "state", "ERI"), ("army", "government", "ERI"), ("police", "government", "ERI")}),
    ("He lists the army, sports and music among his interests in Cairo, Egypt.", set()),
    # platforms in any case, taken to, or before the noun they are the medium of, however parsed, are no actors
    ("Aliyev, who also had a Youtube channel, was shot. Kanter took to Twitter to mock the warrant.", set()),
    # an instance of a kind of platform, a parenthetical other name, a medium after a path preposition; not one acting
    ("Footage from the march, now widely circulated on social media platforms like X (formerly Twitter), Facebook, "
     "and various blogs, has become the subject of a probe.", set()),
    ("His daughter told reporters via WhatsApp that he was held.", set()),
    ("Facebook said it removed the accounts.", {("Facebook", "organization", "USA")}),
    ("He helped create the Black Book of Belarus Telegram channel, which published the data.", set()),
    # a capitalised role noun opening a sentence, and a minister's portfolio run into the name, are no part of it
    ("Activist Kong Raiya was arrested. Kong Raiya said so.", {("Kong Raiya", "person", None)}),
    ("Minister of Agriculture Aidarbek Saparov said at a meeting.", {("Aidarbek Saparov", "person", None)}),
    ("Minister of Foreign Affairs Wang Yi spoke. The Minister of State Security Chen Yixin spoke.",
     {("Wang Yi", "person", "CHN"), ("Chen Yixin", "person", None)}),
    # a short first word the model left out belongs to the name; a title or a common word does not
    ("The refugee Y Quynh Bdap was handed over. Later Mr Li Wei spoke.",
     {("Y Quynh Bdap", "person", None), ("Li Wei", "person", None)}),
    # a name coordinated with "and" inside it is one name; two names joined by "and" stay two
    ("They were assaulted, said the International Truth and Justice Project (ITJP) in a press release.",
     {("International Truth and Justice Project", "ngo", None)}),
    ("In a statement, Information and Security Service of Moldova (SIS) said it had detained them.",
     {("Information and Security Service", "government", "MDA")}),
    ("Amnesty International and Human Rights Watch said so.",
     {("Amnesty International", "ngo", "GBR"), ("Human Rights Watch", "ngo", "USA")}),
    # a newspaper's name may end in "of" and a country, which is its country; a body of a state keeps its country
    # out of its name
    ("It was reported in state newspaper Global New Light of Myanmar.", {("Global New Light of Myanmar", "organization", "MMR")}),
    # a place that is a later word of a person's name is no state acting, nor the next person's country
    ("Journalist Ana Lima wrote the story. Mark Smith said it was true.",
     {("Ana Lima", "person", None), ("Mark Smith", "person", None)}),
    # a singular group noun before a person noun names one person, no group
    ("A leading Belarusian opposition activist spoke, and Iranian opposition figures were watched.",
     {("Iranian opposition figures", "group", "IRN")}),
    # before a body noun it names one organisation, no group of people
    ("He leads a Cambodian opposition group based in Denmark. Cambodian opposition activists fled.",
     {("Cambodian opposition activists", "group", "KHM")}),
    # an outlet's service or edition is an outlet of its own, named as written
    ("He told Yonhap News and CNN Turk. The BBC and the BBC Persian service reported it.",
     {("Yonhap News", "media", "KOR"), ("CNN Turk", "media", "TUR"), ("BBC", "media", "GBR"), ("BBC Persian", "media", "GBR")}),
    # a firm named after people is the kind its noun says; a US state before it is no body, but the story's setting
    ("Richard Kaplan, a partner of the California law firm Kaplan Marino, spoke.",
     {("Richard Kaplan", "person", "USA"), ("Kaplan Marino", "organization", "USA")}),
    # a body an international organisation's acronym opens, and its proper name, are named as written; a title is not
    ("In 2013, the UN Working Group on Arbitrary Detention issued Opinion No. 60/2013. The UN Refugee Agency said so, "
     "and UN Secretary-General Antonio Guterres agreed.",
     {("UN Working Group on Arbitrary Detention", "international_org", None), ("UN Refugee Agency", "international_org", None),
      ("United Nations", "international_org", None), ("Antonio Guterres", "person", None)}),
    ("Twelve UN Special Procedures wrote to Thailand.", {("UN Special Procedures", "international_org", None)}),
    ("The latest report by the UN’s Group of Experts on Human Rights in Nicaragua was cited.",
     {("Group of Experts on Human Rights in Nicaragua", "international_org", None)}),
    ("The network targets critics in exile, the UN Group of Human Rights Experts on Nicaragua warned.",
     {("UN Group of Human Rights Experts on Nicaragua", "international_org", None)}),
    # ... and one its name in full opens, after a bare possessive too; not a body's own part ("Special Procedures")
    ("It cited the United Nations’ Group of Human Rights Experts on Nicaragua. She spoke at the United Nations "
     "Congress on Crime Prevention and Criminal Justice.",
     {("Group of Human Rights Experts on Nicaragua", "international_org", None),
      ("United Nations Congress on Crime Prevention", "international_org", None)}),
    ("The UN Human Rights Council Special Procedures wrote to Iran.", {("UN Human Rights Council", "international_org", None)}),
    # an international body's name describing a place, meeting, members or territory, a law named after it, or a
    # body that is a region where something is, names no party; the body acting or joined does
    ("They protested outside the United Nations regional headquarters, at the UN's European headquarters and at the "
     "annual United Nations climate conference. United Nations ambassadors from 22 states signed it.", set()),
    ("It was banned under the United Nations Regulations No. 1 of 2012. Refugees in the EU and across the European "
     "Union fear spies, as do those in other European Union countries.", set()),
    ("The EU imposed sanctions on Belarus. Poland joined the European Union in 2004. The UN condemned it.",
     {("European Union", "international_org", None), ("United Nations", "international_org", None), ("Poland", "state", "POL")}),
    # a body's other proper name is its name as written; an acronym or a hyphenated adjective is not
    ("Members of the Hizmet movement fled. AFP and RTL Nieuws reported it, and the UN-recognised refugee left.",
     {("Hizmet movement", "organization", "TUR"), ("Agence France-Presse", "media", "FRA"), ("RTL Nieuws", "media", "NLD")}),
    # an association's name may end in the country or continent it serves; a state's body or a known one does not
    ("Kalsang, co-president of the Tibetan Youth Association in Europe, spoke. The Chinese Embassy in Thailand said.",
     {("Tibetan Youth Association in Europe", "ngo", None), ("embassy", "government", "CHN")}),
    # where a body is based is its country, before a demonym of whom it serves; a demonym alone still gives one
    ("The Sweden-based Chechen rights group Vayfond described the attack as an assassination attempt.",
     {("Vayfond", "ngo", "SWE")}),
    ("The Chechen rights group Vayfond described the attack as an assassination attempt.",
     {("Vayfond", "ngo", "RUS")}),
    # a state's policemen are its police and its law enforcement agencies a body of it; Sinhala is Sri Lankan
    ("But Russian law enforcement agencies refused to help. Sinhala policemen questioned the family.",
     {("law enforcement agencies", "government", "RUS"), ("police", "government", "LKA")}),
    ("A policeman and law enforcement agencies were there.", set()),
    # the story's first person, named in the sentence after a lede whose subject a demonym describes, is of its state;
    # a plural demonym beside the name is others
    ("A Turkish teacher, who was allegedly kidnapped in the Mongolian capital of Ulan Bator, has been released.\n\n"
     "Veysel Akcay, who thanked Mongolians for their support, was abducted on Friday.",
     {("Veysel Akcay", "person", "TUR")}),
    ("A teacher, who was allegedly kidnapped in the Mongolian capital of Ulan Bator, has been released.\n\n"
     "Veysel Akcay, who thanked Mongolians for their support, was abducted on Friday.",
     {("Veysel Akcay", "person", "MNG")}),
    # ... or that a "from <country>" phrase describes, whoever the lede names in passing; "currently in <place>" after
    # a name is where the person is, not who they are
    ("A blogger from Russia's region of Chechnya critical of its leader Ramzan Kadyrov said he had fended off an "
     "attacker.\n\nTumso Abdurakhmanov posted a video.\n\nAbdurakhmanov, currently in Poland, has lived in exile.",
     {("Ramzan Kadyrov", "person", "RUS"), ("Tumso Abdurakhmanov", "person", "RUS")}),
    # "Weekly" in an unknown name makes it an outlet, as "Daily" does
    ("Police detained the brother of the editor of the London-based Weekly Surma on September 13.",
     {("Weekly Surma", "media", "GBR"), ("police", "government", "GBR")}),
    # a country's name in an organisation's name is no city of another country's of a like name (Lào Cai)
    ("Bounsuan, 56, was a former member of the Free Laos group and was recognized as a refugee.",
     {("Free Laos", "organization", "LAO")}),
    # a headline's description opening with a stance prefix is no person
    ("Anti-Kadyrov Chechen blogger says target of hammer attack\n\nA blogger critical of strongman Ramzan Kadyrov "
     "said today he had fended off an attacker.",
     {("Ramzan Kadyrov", "person", "RUS")}),
    # a name the model ends at "in" before a town is where the body is, not part of its name
    ("The police arrested the brother of a correspondent of the Weekly Surma in Moulvibazar, alleging his link.",
     {("Weekly Surma", "media", None), ("police", "government", "BGD")}),
    # a language after a known outlet's name as written is its language service; a demonym of another phrase is not
    ("Many were held, says a new report from BBC News Russian. The BBC Persian service said so.",
     {("BBC News Russian", "media", "GBR"), ("BBC Persian", "media", "GBR")}),
    ("The report by BBC News said Russian agents were involved.",
     {("BBC News", "media", "GBR"), ("Russia", "state", "RUS")}),
    # a body named without its state takes the demonym of an office holder before it in its sentence, nearer than
    # the place named before; a demonym of someone holding no office does not
    ("He recorded a video in Damascus, Syria. Then Lebanese Justice Minister Henry Khoury submitted a decree to the "
     "Council of Ministers.",
     {("Henry Khoury", "person", "LBN"), ("Council of Ministers", "government", "LBN")}),
    ("He recorded a video in Damascus, Syria. Then an Egyptian activist sent a letter to the Council of Ministers.",
     {("Council of Ministers", "government", "SYR")}),
    # a city before a body is where it is ("Boston’s"), or opens another city's body of a known name
    # a state body's own body named after its possessive is a body of its own; an outlet's service is not
    ("The US State Department’s Bureau of Western Hemisphere Affairs said it was shocked.",
     {("Department of State", "government", "USA"), ("Bureau of Western Hemisphere Affairs", "government", "USA")}),
    # a body's own department after its possessive: each body by its own name
    ("Cambodian police said the men were handed to the Ministry of Interior’s General Department of Prisons on Monday.",
     {("police", "government", "KHM"), ("Ministry of Interior", "government", "KHM"),
      ("General Department of Prisons", "government", "KHM")}),  # the state of "Cambodian police" in the sentence
    # a person named after the body they speak for, the body's possessive no part of their name
    ("Amnesty’s Amna Guellali said Bouhafs reappeared in Algiers on August 28.",
     {("Amnesty", "ngo", "GBR"), ("Amna Guellali", "person", None)}),  # an NGO's staff: none of its country
    ("Erdogan told NewsHour’s Judy Woodruff that he was sorry.",
     {("Erdogan", "person", "TUR"), ("Judy Woodruff", "person", None)}),
    # a known body's name opening a longer one the model tagged, ending in a body noun, is the longer body
    ("The Metropolitan Police Bureau said the suspect had fled Bangkok.",
     {("Metropolitan Police Bureau", "government", "THA")}),
    ("Tokyo’s Metropolitan Police Department searched the building on Tuesday.",
     {("Metropolitan Police Department", "government", "JPN")}),
    ("The Metropolitan Police said the suspect had fled London.", {("Metropolitan Police", "government", "GBR")}),
    # a preposition or reporting participle opening the sentence is no part of the name the model tagged with it
    ("Lateef Johar said he was threatened. Besides Lateef, another activist Hakeem Baloch has demanded an inquiry.",
     {("Lateef Johar", "person", None), ("Hakeem Baloch", "person", None)}),
    ("Quoting Kuwaiti security sources, the daily reported that the men were deported.", set()),
    ("Unlike Ahmed Mansoor, he was freed.", {("Ahmed Mansoor", "person", None)}),
    # a body's name before the acronym the article defines is the words the acronym spells, not a nationality before
    ("A leader of the Iranian Kurdistan Democratic Party of Iran (KDPI), Musa Babakhani, was assassinated in Erbil. "
     "The KDPI accused Iran.",
     {("Iran", "state", "IRN"), ("Kurdistan Democratic Party of Iran", "organization", "IRN"),
      ("Musa Babakhani", "person", "IRN")}),
    ("Members of the Rwanda National Congress (RNC) were followed in Pretoria.",
     {("Rwanda National Congress", "organization", "RWA")}),
    # a university's school keeps the university in its name (no government body after the possessive)
    ("The report was written at the University of Toronto’s Munk School of Global Affairs.",
     {("University of Toronto’s Munk School of Global Affairs", "organization", "CAN")}),
    ("RFA’s Vietnamese Service reported the arrest.", {("Radio Free Asia", "media", "USA")}),
    ("She studied at Boston’s Northeastern University. The Dhaka Metropolitan Police will move.",
     {("Northeastern University", "organization", "USA"), ("Dhaka Metropolitan Police", "government", "BGD")}),
    # a ministry keeps the spelling of the text that names it
    ("Iran's defense ministry and the British defence ministry denied it.",
     {("Ministry of Defense", "government", "IRN"), ("Ministry of Defence", "government", "GBR")}),
    # an organisation or outlet placed by no words around it takes the country its name gives: where it is based
    # ("in Ukraine"), else a demonym, country, city or province in the name; an NGO only where it is based
    # (one named after a people or place is often in exile); an organisation whose name has no place takes the
    # story's setting
    ("The Cambodian People's Party won. It was shown on Swedish Television News.\n\nShe studies at the University of Basel.",
     {("Cambodian People's Party", "organization", "KHM"), ("Swedish Television News", "media", "SWE"),
      ("University of Basel", "organization", "CHE")}),
    ("The Association of Rwandan Refugees in Mozambique said so.",
     {("Association of Rwandan Refugees in Mozambique", "ngo", "MOZ")}),
    ("The Tibetan Rights Foundation said so.", {("Tibetan Rights Foundation", "ngo", None)}),
    ("The cybersecurity company Mandiant and the California law firm Kaplan Marino were hired.",
     {("Mandiant", "organization", "USA"), ("Kaplan Marino", "organization", "USA")}),
    # a proper name someone told something is the outlet they spoke to; a body's name, a person's family name,
    # an organisation the model tags and a place are not
    ("His acquaintances told Belsat. Amipa told Meduza on Monday.", {("Belsat", "media", "POL"), ("Meduza", "media", "LVA")}),
    ("The minister told the House of Commons on Monday. Later he told Parliament it was over.",
     {("House of Commons", "government", None)}),
    ("John Smith was arrested. His brother told Smith to leave, and then told Canada he had gone.",
     {("John Smith", "person", None)}),
    # a state's intelligence service is named by its members or a unit of it and as its spy agency; an officer of
    # it is no actor
    ("The plot was run by an Iranian intelligence network, the court heard. Russia's spy agency denied it.",
     {("intelligence service", "government", "IRN"), ("intelligence service", "government", "RUS")}),
    ("A Russian intelligence officer was expelled.", set()),
    # a university, hospital or prison "in" a country stands there: the place is no part of its name
    ("Ashok Swain, a professor at Uppsala University in Sweden, spoke.",
     {("Ashok Swain", "person", "SWE"), ("Uppsala University", "organization", "SWE")}),
    # a minister or law officer named after the office with no nationality is of the country the story is set in; a
    # head of government named bare keeps the state the story is about
    ("Hong Kong police put bounties on activists in Canada. Foreign Minister Anita Anand and Public Safety Minister "
     "Gary Anandasangaree condemned Hong Kong in Ottawa. Prime Minister Pham Minh Chinh was silent.",
     {("police", "government", "HKG"), ("Anita Anand", "person", "CAN"), ("Gary Anandasangaree", "person", "CAN"),
      ("Hong Kong", "state", "HKG"), ("Pham Minh Chinh", "person", "HKG")}),
    # ... even where the sentence names the blamed state's people: a minister or prosecutor serves the setting
    ("Eritrea's consulate in Toronto collected the tax. The warning came a year after Foreign Minister John Baird "
     "expelled the Eritrean consul-general.",
     {("consulate", "government", "ERI"), ("John Baird", "person", "CAN")}),
    ("Uzbek agents shot the imam in Stockholm. The Uzbek government accused him, and chief prosecutor Krister "
     "Petersson believes that this is why he was shot.",
     {("Uzbekistan", "state", "UZB"), ("Krister Petersson", "person", "SWE")}),
    # ... ministers named together, lawmakers and local officials too
    ("Iran killed two men in the Netherlands, Ministers Stef Blok of Foreign Affairs wrote in Den Haag. Rep. Joe "
     "Wilson spoke in Amsterdam; area police chief Sanong Sangmanee and the mayor were silent.",
     {("Iran", "state", "IRN"), ("Stef Blok", "person", "NLD"), ("Joe Wilson", "person", "NLD"),
      ("Sanong Sangmanee", "person", "NLD")}),
    # "the <body> of <country>" is that state's body; "the government of" is the state itself
    ("She received a letter from the high commission of India. Employees of the consulate of Turkmenistan beat "
     "them. The prosecution of Zhu began.",
     {("high commission", "government", "IND"), ("consulate", "government", "TKM")}),
    # a place inside the name of an outlet or state body is none of the person's own country
    ("Saudi agents killed Washington Post journalist Jamal Khashoggi in Istanbul.",
     {("Saudi Arabia", "state", "SAU"), ("The Washington Post", "media", "USA"), ("Jamal Khashoggi", "person", "SAU")}),
    ("U.S. Helsinki Commission Chairman Rep. Alcee Hasting introduced the act in Moscow.",
     {("Helsinki Commission", "government", "USA"), ("Alcee Hasting", "person", "USA")}),
    # an apposition after a name the parser split at a heading's end
    ("Tokyo Olympics: Belarus runner leaves Japan for refuge in Poland\n\nKrystsina Tsimanouskaya, the Belarusian athlete "
     "who was pulled from the Tokyo Olympics by her team, left Narita airport near Tokyo on Wednesday for Poland, "
     "which has offered her asylum.",
     {("Krystsina Tsimanouskaya", "person", "BLR"), ("Poland", "state", "POL")}),
    # ... nor a demonym in a firm's name in their sentence
    ("Saudi Arabia wants her back. Rahaf Alqunun refused to board a Kuwaiti Airlines flight.",
     {("Saudi Arabia", "state", "SAU"), ("Rahaf Alqunun", "person", "SAU"), ("Kuwaiti Airlines", "organization", "KWT")}),
    # a known leader serves their state, whatever the story is about or the place named beside them
    ("India denied killing Nijjar in Canada. Prime Minister Justin Trudeau told the House of Commons in Ottawa. Indian "
     "officials rejected it. In Moscow, Theresa May said nothing.",
     {("India", "state", "IND"), ("Justin Trudeau", "person", "CAN"), ("House of Commons", "government", "CAN"),
      ("Theresa May", "person", "GBR")}),
    # a ministry "in" a capital is that state's; without one, the state last named
    ("Iran executed Habib Chaab in Tehran. The foreign ministry in Stockholm summoned Iran's envoy.",
     {("Iran", "state", "IRN"), ("Habib Chaab", "person", "IRN"), ("Ministry of Foreign Affairs", "government", "SWE")}),
    ("Iran executed him. The foreign ministry said it was wrong.",
     {("Iran", "state", "IRN"), ("Ministry of Foreign Affairs", "government", "IRN")}),
    # residence, citizenship and a relative clause after the name give no person's country: exiles keep their origin
    ("Hong Kong police put bounties on activists. Among those named is Canadian citizen Victor Ho. The complaint names "
     "Saad Aljabri, a permanent resident of Canada, a Saudi exile.",
     {("police", "government", "HKG"), ("Victor Ho", "person", "HKG"), ("Saad Aljabri", "person", "SAU")}),
    ("Chinese police harassed him in Toronto. Xiaolei Wu, who lives in Boston, was charged.",
     {("police", "government", "CHN"), ("Xiaolei Wu", "person", "CHN")}),
    # a citizenship of a state the field records not only as a host is the person's own; of a double nationality, the
    # exile's origin; a place word of another noun (the court a statement was filed in) none of the person's
    ("Pakistani police abducted Mesut Kacmaz, a Turkish citizen living and working in Pakistan.",
     {("police", "government", "PAK"), ("Mesut Kacmaz", "person", "TUR")}),
    ("Iran executed Habib Chaab, a Swedish-Iranian activist, in Tehran.",
     {("Iran", "state", "IRN"), ("Habib Chaab", "person", "IRN")}),
    ("Dissident Iranian American journalist Masih Alinejad was the target of a kidnapping plot, prosecutors say.",
     {("Masih Alinejad", "person", "IRN")}),
    ("Egyptian security forces raided the homes of his relatives, according to a statement filed in a US court by "
     "Mohamed Soltan, a human rights defender.",
     {("security forces", "government", "EGY"), ("Mohamed Soltan", "person", "EGY")}),
    # parties of the field's states the gazetteer knows keep their state, named or by acronym
    ("Awami League leaders met. The Rwandan Patriotic Front rules Rwanda. Ankara blamed the PKK.",
     {("Awami League", "organization", "BGD"), ("Rwandan Patriotic Front", "organization", "RWA"),
      ("Kurdistan Workers' Party", "organization", "TUR"), ("Turkey", "state", "TUR")}),
    # outlets the gazetteer knows keep their type and state; a word of their name inside another name is no outlet
    ("The National Post reported that the consulate collected the tax. NOS reported the killing.",
     {("National Post", "media", "CAN"), ("NOS", "media", "NLD")}),
    # four capitalised words opening with a given name are a person; with a demonym among them, a body
    ("The opposition is dominated by Aung San Suu Kyi's party. The Royal Moroccan Football Federation thanked the fans.",
     {("Aung San Suu Kyi", "person", None), ("Royal Moroccan Football Federation", "organization", "MAR")}),
    # a name at a heading's end keeps no line break: one person, not two
    ("Germany shuts Iranian consulates after execution of Jamshid Sharmahd\nGermany has ordered the closure of all three "
     "Iranian consulates in retaliation for Iran's execution of Jamshid Sharmahd, a German-Iranian dissident.",
     {("Germany", "state", "DEU"), ("Jamshid Sharmahd", "person", "IRN"), ("consulate", "government", "IRN")}),
    # a state's bodies in the plural, and a body "and" joins to one after its demonym; a second noun makes no body
    ("Indian embassies and consulates cancelled the cards of critics. Chinese police and security officers came.",
     {("embassy", "government", "IND"), ("consulate", "government", "IND"), ("police", "government", "CHN")}),
    ("The Chinese public security bureau summoned his parents.", {("Public Security Bureau", "government", "CHN")}),
    # a body named before the acronym the article defines by its initials; later, the acronym is that body
    ("The Society for Threatened Peoples (STP) said so. The STP called for action.",
     {("Society for Threatened Peoples", "organization", None)}),
    ("Ever since 1974 the EPLF – and its successor, the PFDJ – had the field to themselves.",
     {("Eritrean People's Liberation Front", "organization", "ERI"),
      ("People's Front for Democracy and Justice", "organization", "ERI")}),
    # words the model ran on into a body's name: the platform after "on", a title before a person, a participle
    ("He criticized the Vietnamese government and leaders of the Communist Party on Facebook and YouTube.",
     {("Vietnam", "state", "VNM"), ("Communist Party", "organization", "VNM")}),
    ("A user alleged Bamporiki, co-ordinator of the Rwanda National Congress of General Kayumba Nyamwasa, was killed.",
     {("Rwanda National Congress", "organization", "RWA"), ("Kayumba Nyamwasa", "person", "RWA")}),
    ("Nhat, a blogger with the U.S. Congress-funded Radio Free Asia’s Vietnamese language service, is being held.",
     {("Radio Free Asia", "media", "USA")}),
    # one name after a person noun is a person known by it
    ("Those stripped of citizenship include spokesman Sasa and the activist Min Ko Naing.",
     {("Sasa", "person", None), ("Min Ko Naing", "person", None)}),
    # a ruler named by one word after a noun for his rule; a place there is none
    ("Shame on dictator Museveni's police for trying to intimidate us.", {("Museveni", "person", None)}),
    ("Shame on the strongman Russia backs.", set()),
    # a name's first word the model took for a place, a given name before a patronymic particle, and a later
    # mention by first and last name only, are the person's full name
    ("Zulkarnain Saer Khan, a Bangladeshi journalist living in exile in London, recalled the raid. \"More troubles "
     "would befall them,\" Zulkarnain Khan told BenarNews.",
     {("Zulkarnain Saer Khan", "person", "BGD"), ("BenarNews", "media", "USA")}),
    ("In April 2019, Princess Haya bint Al Hussein, the UAE emir’s second wife, fled to London. One of the allegations "
     "made by Princess Haya was that the Sheikh had done it.", {("Haya bint Al Hussein", "person", "ARE")}),
    ("On Tuesday, the CBI also arrested Harchand Singh Gill, a director of the group.",
     {("Central Bureau of Investigation", "government", "IND"), ("Harchand Singh Gill", "person", "IND")}),
    # a people of no country is that of the state its sentence names, not of a people listed beside it
    ("Russian authorities harass, fine, and imprison Falun Gong practitioners for meditating.",
     {("Russia", "state", "RUS"), ("Falun Gong practitioners", "group", "RUS")}),
    ("It targets Uyghurs, Tibetans, Hong Kongers, Taiwanese, Falun Gong practitioners and Chinese human rights defenders.",
     {("Uyghurs", "group", "CHN"), ("Tibetans", "group", "CHN"), ("Hong Kongers", "group", "HKG"),
      ("Falun Gong practitioners", "group", "CHN"), ("Chinese human rights defenders", "group", "CHN")}),
    # a capital between a state's possessive and its body is where the body sits; the body is the possessor's
    ("The charge d’affaires at Russia’s London embassy was summoned. Beijing's embassy said so.",
     {("embassy", "government", "RUS"), ("embassy", "government", "CHN")}),
    # a language after a known outlet's name is its language service, an outlet of its own; a capitalised word after
    # the language makes it part of a longer name the rule leaves alone
    ("He spoke to Radio Free Asia (RFA). He told RFA Khmer before his phone was taken. VOA Persian reported it.",
     {("Radio Free Asia", "media", "USA"), ("RFA Khmer", "media", "USA"), ("VOA Persian", "media", "USA")}),
    # a group noun of two words after a demonym
    ("Ethiopian asylum seekers were returned from Kenya.", {("Ethiopian asylum seekers", "group", "ETH")}),
    # a title-case heading whose hyphenated word ends in lower case is still a heading: no person in it
    ("Exiled Rwandan Ex-army Officer Gunned Down In Mozambique\n\nA Rwandan dissident has been shot dead in Mozambique.",
     set()),
    # a state without an own name for its foreign ministry keeps the generic name; the words that call it by its
    # own kind keep it, and an own name that is a ministry is given to "foreign ministry"
    ("The Dutch Foreign Ministry said it had summoned the envoy.", {("Ministry of Foreign Affairs", "government", "NLD")}),
    ("The British Foreign Office said it had summoned the envoy.", {("Foreign Office", "government", "GBR")}),
    # the gold's one name per body: the UK's foreign ministry is the Foreign Office whatever it is called, Germany's
    # is the Federal Foreign Office
    ("The British Foreign Ministry said it had summoned the envoy.", {("Foreign Office", "government", "GBR")}),
    ("The FCDO said it had summoned the envoy.", {("Foreign Office", "government", "GBR")}),
    ("The German Foreign Office said it had summoned the envoy.", {("Federal Foreign Office", "government", "DEU")}),
    ("The German Foreign Ministry said it had summoned the envoy.", {("Federal Foreign Office", "government", "DEU")}),
    ("Germany's foreign ministry accused Vietnam of abducting him.",
     {("Federal Foreign Office", "government", "DEU"), ("Vietnam", "state", "VNM")}),
    ("India's foreign ministry said it had summoned the envoy.", {("Ministry of External Affairs", "government", "IND")}),
    # ... and so is one that leaves a preposition of any length in lower case ("amid"): no body or person in it; a
    # heading in sentence case is no such line, and its state acting stays
    ("Thailand Extradites Montagnard Rights Activist to Vietnam amid Global Outcry\n\nThe activist was handed over on "
     "Friday.", set()),
    ("Thailand extradites Montagnard rights activist to Vietnam amid global outcry\n\nThe activist was handed over on "
     "Friday.", {("Thailand", "state", "THA")}),
    # a movement of a cause named in the gazetteer is a group; Khalistani is a demonym before a group noun
    ("He was a leader in the Khalistan movement.", {("Khalistan movement", "group", "IND")}),
    ("India said Canada shelters Khalistani extremists.",
     {("India", "state", "IND"), ("Canada", "state", "CAN"), ("Khalistani extremists", "group", "IND")}),
    # a body's proper name of three words or more before its seat is its name; a shorter one is a court of the seat
    ("He was convicted by the Federal Supreme Court in Abu Dhabi.", {("Federal Supreme Court", "government", "ARE")}),
    ("He appeared before the Supreme State Security Prosecution in Cairo.",
     {("Supreme State Security Prosecution", "government", "EGY")}),
    ("He was convicted by the High Court in London.", {("High Court", "government", "GBR")}),
    ("He was convicted by a court in London.", {("court", "government", "GBR")}),
    ("A Revolutionary Court in Tehran sentenced him.", {("Revolutionary Court", "government", "IRN")}),
    # a state's body before "station" is a building of it, no actor; acting, it is one
    ("Two men ran an undeclared Chinese police station in Manhattan.", set()),
    ("Chinese police arrested him.", {("police", "government", "CHN")}),
    # a state's investigators, like its officials, are the state acting
    ("Documents shared by Pakistani investigators shed light on the plot.", {("Pakistan", "state", "PAK")}),
    # a nationality and a plural noun the model tags as a person are people, no person
    ("Ukrainian MPs and the EU called for an investigation.", {("European Union", "international_org", None)}),
    # a body named again without its state is the one named before with it, not the nearest place's; a state's own
    # name of a body is that state's; a body a city seats is a local one, not the state's national body
    ("It acted for China's Ministry of Public Security. In New York, officers of the Ministry of Public Security were "
     "charged.", {("Ministry of Public Security", "government", "CHN")}),
    # and so is one whose state is named right before its words, which the name leaves out; a later mention with
    # another state's owner before it is that state's
    ("Lawyers had asked France's Council of State to block his extradition to Russia.\n\nThe Council of State said "
     "on Friday that the Kazakh request was politically motivated.",
     {("Council of State", "government", "FRA")}),
    ("Lawyers asked France's Council of State to act. Kazakhstan's Council of State said no.",
     {("Council of State", "government", "FRA"), ("Council of State", "government", "KAZ")}),
    ("Ireland closed an office in Dublin that said it served Fuzhou, in China's Fujian province, after the Department "
     "of Foreign Affairs concluded that nobody had asked for permission.",
     {("Ireland", "state", "IRL"), ("Department of Foreign Affairs", "government", "IRL")}),
    ("The Berlin prosecutor has opened a case.", {("public prosecutor", "government", "DEU")}),
    # prosecuting offices of their own name (gazetteer), by their English name as given
    ("The Federal Public Prosecutor General brought charges, and the PNAT opened a case.",
     {("Federal Public Prosecutor General", "government", "DEU"), ("National Anti-Terrorism Prosecutor's Office", "government", "FRA")}),
    # a state's federal prosecutors, told by a demonym or possessive, are its own office of prosecutors
    # (national_bodies.tsv); not the US's, whose own name is its justice ministry; not a city's prosecutors, nor the
    # one federal prosecutor, nor federal prosecutors whose state no word of theirs tells
    ("German federal prosecutors have opened a case.", {("Federal Public Prosecutor General", "government", "DEU")}),
    ("Germany's federal prosecutors have opened a case.", {("Federal Public Prosecutor General", "government", "DEU")}),
    ("Belgian federal prosecutors charged him.", {("Federal Prosecutor's Office", "government", "BEL")}),
    ("US federal prosecutors charged him.", {("public prosecutor", "government", "USA")}),
    ("State prosecutors in Berlin opened a case.", {("public prosecutor", "government", "DEU")}),
    ("Swiss federal prosecutors opened a case.", {("public prosecutor", "government", "CHE")}),
    # unnamed prosecutors stand for the prosecuting body of their state the article names (convention P), else
    # they are the generic public prosecutor; a named office of another state is not theirs
    ("The Justice Department charged him. US prosecutors said he spied.", {("Department of Justice", "government", "USA")}),
    ("German federal prosecutors said he spied. The Federal Public Prosecutor General charged him.",
     {("Federal Public Prosecutor General", "government", "DEU")}),
    # "the federal prosecutor's office" with no state word is the prosecuting body, in its own name, of the state
    # whose prosecutors the article names; a city's prosecutors stay the generic local body; a state whose own name
    # of its prosecutor is no office of prosecutors (the Department of Justice) keeps the generic name
    ("German prosecutors said he spied. Frank Stuppi of the federal prosecutor’s office spoke outside the court.",
     {("Federal Public Prosecutor General", "government", "DEU"), ("Frank Stuppi", "person", "DEU")}),
    ("German federal prosecutors took over the probe from state prosecutors in Berlin. The chief federal "
     "prosecutor's office said he spied.",
     {("Federal Public Prosecutor General", "government", "DEU"), ("public prosecutor", "government", "DEU")}),
    ("Belgian prosecutors charged him. The federal prosecutor's office said he spied.",
     {("Federal Prosecutor's Office", "government", "BEL")}),
    ("US prosecutors charged him. The federal prosecutor's office said he spied.",
     {("public prosecutor", "government", "USA")}),
    ("German prosecutors said he spied.", {("public prosecutor", "government", "DEU")}),
    ("The Justice Department charged him. German prosecutors opened a case.",
     {("Department of Justice", "government", "USA"), ("public prosecutor", "government", "DEU")}),
    # a name the model took for a title, which an apposition calls a person, takes the country the apposition names
    ('"This is a secret police station in New York City," Breon Peace, the US attorney for the Eastern District of '
     'New York, said in a statement.', {("Breon Peace", "person", "USA")}),
    # another name of a person ("known online as", a passport "in the name of") is no actor of its own
    ("The blogger Imran Aliev, who was known online as Mansur Stary, was found dead in a hotel.",
     {("Imran Aliev", "person", None)}),
    ("Krasikov entered the European Union on a passport issued in the name of Vadim Sokolov, a false identity.",
     {("European Union", "international_org", None)}),
    ("The posts were written under the pen name Qora Mergan (Black Shooter).", set()),
    ("Sarah Johnson (Sara Jonson) was arrested in Dubai.", {("Sarah Johnson", "person", "ARE")}),
    # "Fellow" opening a sentence is no part of the body's name
    ("Fellow Candlelight Party member Khem Monykosal was arrested in Bangkok.",
     {("Candlelight Party", "organization", "KHM"), ("Khem Monykosal", "person", "THA")}),
    # a known body named again without its state is the one named before with it, not the gazetteer's namesake (MI5)
    ('Iran uses criminal networks in Sweden, the Swedish Security Service said on Thursday. "The Security Service '
     'can now confirm it," a spokesman said.',
     {("Iran", "state", "IRN"), ("Swedish Security Service", "government", "SWE")}),
    # police acting in a story that names a police body are that body, unless a demonym says whose they are
    ("The Metropolitan Police issued a photo of the two men in London. Police and prosecutors said they had enough "
     "evidence to charge them.", {("Metropolitan Police", "government", "GBR"), ("public prosecutor", "government", "GBR")}),
    ("The Metropolitan Police issued a photo in London. British anti-terrorism police are investigating the stabbing.",
     {("Metropolitan Police", "government", "GBR"), ("police", "government", "GBR")}),
    # named days and a law's assent are no parties
    ("The bill received Royal Assent in July.", set()),
    ("Activists marked Global Tiger Day in Kathmandu.", set()),
    # a body named in full and later by its initials, which the article never defines, is the one body
    ("The National Union of Journalists condemned the arrest in Tehran. The NUJ has repeatedly highlighted threats "
     "against journalists.", {("National Union of Journalists", "ngo", "GBR")}),
    # a body named in French, Spanish, Italian or Portuguese: its first word, capitalised words and particles; an
    # English keyword gives no state body ("Service"); without a particle, no such name
    ("Police are examining the Service à la Famille Chinoise du Grand Montréal and the Centre Sino-Québec de la "
     "Rive-Sud in Brossard.",
     {("Service à la Famille Chinoise du Grand Montréal", "organization", "CAN"),
      ("Centre Sino-Québec de la Rive-Sud", "ngo", None), ("police", "government", "CAN")}),
    ("He met the Front de Libération Nationale in Algiers.", {("Front de Libération Nationale", "organization", "DZA")}),
    ("The Service of the Police said no.", set()),
    # one known by a title alone, from the gazetteer; an exile takes the state of origin
    ("The Dalai Lama fled to India in 1959.", {("Dalai Lama", "person", "CHN")}),
    # a couple named with one family name in the Slavic plural are two people, a woman's name in its feminine form
    ("Two Kazakh journalists, Aidos and Natalia Sadykovs, were driving in Kyiv. The bullet hit Sadykov in the head.",
     {("Kazakh journalists", "group", "KAZ"), ("Aidos Sadykov", "person", "KAZ"), ("Natalia Sadykova", "person", "KAZ")}),
    ("Russia and Vladimir Putin denied it.", {("Russia", "state", "RUS"), ("Vladimir Putin", "person", "RUS")}),
    # the model tagging the couple's first given name alone: still the couple's
    ("The critic was murdered days after the attacks on Sergei and Julia Skripal.",
     {("Sergei Skripal", "person", None), ("Julia Skripal", "person", None)}),
    ("The talks were held between Putin and Donald Trump.", {("Putin", "person", "RUS"), ("Donald Trump", "person", "USA")}),
    # a given name in brackets inside a name: the family name after it is the person's too; not a place the model tags
    ("Chi Leung (Peter) Wai, 39, and Chung Biu Yuen, 64, were bailed.",
     {("Chi Leung Wai", "person", None), ("Chung Biu Yuen", "person", None)}),
    ("The activist Joshua Wong (Peter) London said he was followed.", {("Joshua Wong", "person", "GBR")}),
    # titles of a court's officers before the name are no part of it
    ("The hearing was told by Senior Coroner Chinyere Inyama that the case was closed.",
     {("Chinyere Inyama", "person", None)}),
    ("Chief Magistrate Lorraine Walker refused bail to the woman on Tuesday.", {("Lorraine Walker", "person", None)}),
    ("District Judge Louisa Cieciora ruled against him.", {("Louisa Cieciora", "person", None)}),
    ("The Coroner said the death was unlawful.", {("Coroner", "organization", None)}),
    # a name of several words the story gives as a town, there or elsewhere, or inside a town's name: no person
    ("The monks were arrested at a monastery near Mae Sot in Thailand. Spies were sent to watch activists in Mae Sot.",
     set()),
    ("The conference was held in Sharm El Sheikh last year.", set()),
    # an acronym that is only a city's code ("BSS" for Balsas) names a body, not that city
    ("He said so in an interview with the national news agency BSS on Monday.", {("BSS", "media", None)}),
    # an outlet and the agency it credits in a dateline are no actors
    ("MOSCOW (UrduPoint News / Sputnik - 09th November, 2022) The Russian Interior Ministry has put Dmitry Kolezev "
     "on its wanted list.",
     {("Ministry of Interior", "government", "RUS"), ("Dmitry Kolezev", "person", "RUS")}),
    # a wire report names the charged by age and home: the home's country, not the state the story is about
    ("Iran planned the plot. Jonathon Loadholt, 36, of Staten Island, and Chen Jinping, 59, of Manhattan, were "
     "charged.", {("Iran", "state", "IRN"), ("Jonathon Loadholt", "person", "USA"), ("Chen Jinping", "person", "USA")}),
    # a name the model took for a firm is a person's when an age, a person noun before it or an apposition says so
    ("In December 2018, the veteran activist Surachai Danwattananusorn disappeared in Laos.",
     {("Surachai Danwattananusorn", "person", None)}),
    ("Natalia added that Kassym-Jomart Tokayev, President of Kazakhstan, was responsible.",
     {("Kassym-Jomart Tokayev", "person", "KAZ")}),
    ("The Rwandan community is scared, Cleophas Habiyaremye, president of the Association of Rwandan Refugees in "
     "Mozambique, said.", {("Cleophas Habiyaremye", "person", "RWA"),
                           ("Association of Rwandan Refugees in Mozambique", "ngo", "MOZ")}),
    # ... or a person noun ("aide"), a kin noun and "of", a bracketed other spelling tagged a person, or the
    # subject's own pronoun later in the sentence
    ("Śviatłana Cichanoŭskaja’s chief aide Franak Viačorka was tried in absentia.",
     {("Śviatłana Cichanoŭskaja", "person", None), ("Franak Viačorka", "person", None)}),
    ("Abula is the former wife of Nurmemet Rozi (Nuermeiti Ruze), who with Hemdullah Abduweli (Aimidoula Waili) has "
     "been detained without charge since November 2020.",
     {("Nurmemet Rozi", "person", None), ("Hemdullah Abduweli", "person", None)}),
    ("Chemi Lhamo received numerous threats after her election as student union president.",
     {("Chemi Lhamo", "person", None)}),
    ("Abouammo took bribes from a key aide to Saudi Crown Prince Mohammed bin Salman, Bader Al Asaker, in return.",
     {("Mohammed bin Salman", "person", "SAU"), ("Bader Al Asaker", "person", "SAU")}),
    # ... but not a body whose own pronoun comes first ("its", not "his")
    ("Acme Holdings said its profits rose after his departure.", {("Acme Holdings", "organization", None)}),
    # ... but not an outlet or a firm described as one
    ("The report was published by Follow the Money, a Dutch investigative outlet.",
     {("Follow the Money", "media", "NLD")}),
    ("Saudi Arabia paid him, the jury in San Francisco heard. Defense attorney Angela Chuang argued otherwise.",
     {("Saudi Arabia", "state", "SAU"), ("Angela Chuang", "person", "USA")}),
    # one who heads a body, told in a relative clause, is of that body's state
    ("Iran's agents plotted it in New York. William Sweeney, who heads the FBI's New York field office, said so.",
     {("Iran", "state", "IRN"), ("William Sweeney", "person", "USA"),
      ("Federal Bureau of Investigation", "government", "USA")}),
    # a bare Parliament that acts is the parliament of the story's setting; one told or addressed is a forum
    ("Now a Federal Council report commissioned by Parliament in Bern confirms that Tibetans are not protected in "
     "Switzerland.", {("Federal Council", "government", "CHE"), ("Tibetans", "group", "CHN"),
                      ("Parliament", "government", "CHE")}),
    ("Theresa May told Parliament in London that Russia was responsible.",
     {("Theresa May", "person", "GBR"), ("Russia", "state", "RUS")}),
    # likewise another legislature written by its name alone; not one with its own words ("Rwanda National Congress")
    ("The ruling was read out in Managua, after which the National Assembly voted to strip them of their nationality.",
     {("National Assembly", "government", "NIC")}),
    ("Critics in Managua said the Rwanda National Congress voted to strip them of their nationality.",
     {("Rwanda National Congress", "organization", "RWA")}),
    # a court's records as a report's source are the court of the story's setting where a court acts in the story;
    # where none does they are the prosecution's filings (gold pass 3b16d9c); a named court's, or records the report
    # is found in, are no source of their own
    ("Three men were arrested in Edmonton. Court documents say they were paid.", set()),
    ("She was sentenced in Boston. According to court filings, she threatened a fellow student. The court is due to "
     "decide on her appeal.", {("court", "government", "USA")}),
    ("She was charged in Boston. According to court filings, she threatened a fellow student.", set()),
    ("She was sentenced in Boston. In court filings, prosecutors said she threatened a fellow student.",
     {("public prosecutor", "government", "USA")}),
    ("She was sentenced in Boston. Supreme Court records say she threatened a fellow student.",
     {("Supreme Court", "government", "USA")}),
    # police acting in a sentence that names no place are of the last place, country or demonym told before it in its
    # paragraph; across a paragraph's break, of the story's setting
    ("Thailand deported the Uighurs to China. The deportation touched off a violent protest at the Thai consulate in "
     "Istanbul late Wednesday. Protesters broke into the consulate building before being dispersed by police.",
     {("Thailand", "state", "THA"), ("Uighurs", "group", "CHN"), ("police", "government", "TUR")}),
    ("The imam was shot in Stockholm. The suspect was arrested in Moscow in January and later handed over to Swedish "
     "authorities. Police have matched his DNA.", {("Sweden", "state", "SWE"), ("police", "government", "SWE")}),
    ("Protesters marched in Bangkok on Monday. Thailand deported the Uighurs from Bangkok.\nThe deportation touched off "
     "a protest in Istanbul.\nProtesters were dispersed by police.",
     {("Thailand", "state", "THA"), ("Uighurs", "group", "CHN"), ("police", "government", "THA")}),
    # a body named again by the words of its name before a preposition is the body named first; a name running on
    # without one is another body
    ("The Belgrade Centre for Human Rights said he faced torture in Bahrain. The Belgrade Centre appealed the ruling.",
     {("Belgrade Centre for Human Rights", "ngo", None)}),
    ("The Arab Struggle Movement for the Liberation of Ahwaz was blamed. Iran said the Arab Struggle Movement planned "
     "the attack.",
     {("Arab Struggle Movement for the Liberation of Ahwaz", "organization", "IRN"), ("Iran", "state", "IRN")}),
    ("The University of Toronto Scarborough Campus Student Union said she was threatened. The University of Toronto "
     "said it was concerned.", {("University of Toronto Scarborough Campus Student Union", "organization", "CAN"),
                                ("University of Toronto", "organization", "CAN")}),
    # a government named by words that name no state, people or place is an opposition's or exiles' body, an
    # organisation; one a state's name owns is that state
    ("Myanmar's junta began revoking the passports of members of the shadow National Unity Government.",
     {("Myanmar", "state", "MMR"), ("National Unity Government", "organization", "MMR")}),
    ("Activists met officials of the Hong Kong Government in the city.", {("Hong Kong", "state", "HKG")}),
    # a body named "<place> University" and "University of <place>" is one body, listed once; two universities stay two
    ("She studied at Leeds University. The University of Leeds said it was concerned.",
     {("Leeds University", "organization", "GBR")}),
    ("She studied at Leeds University and the University of Toronto.",
     {("Leeds University", "organization", "GBR"), ("University of Toronto", "organization", "CAN")}),
    # a state's body named before its members or officials is named; officials alone speak for the state
    ("Iranian intelligence officials planned to kidnap the journalist in New York.",
     {("intelligence service", "government", "IRN")}),
    ("Chinese officials denied the report.", {("China", "state", "CHN")}),
    # a junta is the state it rules acting, like its government or regime
    ("Myanmar's junta has revoked the citizenship of Zin Mar Aung.",
     {("Myanmar", "state", "MMR"), ("Zin Mar Aung", "person", "MMR")}),
    # a ministry of any portfolio and a federal prosecutor of a named state are its bodies
    ("Saudi Arabia's energy ministry said the kingdom would cut its output.",
     {("Ministry of Energy", "government", "SAU")}),
    ("Belgium's federal prosecutor's office said the couple was on the way to a rally.",
     {("Federal Prosecutor's Office", "government", "BEL")}),
    # police ranks and spokespeople before a name are the host's, like its ministers and prosecutors
    ("Rwandan agents killed the exile in Cape Town. Police spokesperson Andre Traut said the motive was robbery.",
     {("Andre Traut", "person", "ZAF"), ("Rwanda", "state", "RWA")}),
    # a work's title after its colon is no party; a body named after a comma is one
    ("That earlier report, 110 Overseas: Chinese Transnational Policing Gone Wild, listed 54 stations set up by China.",
     {("China", "state", "CHN")}),
    ("The report, Amnesty International said, listed 54 stations.", {("Amnesty International", "ngo", "GBR")}),
    ("Tamil asylum seekers in Britain said their families were harassed.", {("Tamil asylum seekers", "group", "LKA")}),
    # a title opening a body's name is no person's title; a government named as such is a state's body
    ("He was arrested in a coffee shop in Amman by four members of the General Intelligence Directorate.",
     {("General Intelligence Directorate", "government", "JOR")}),
    ("Germany's Federal Government condemned the killing.", {("Federal Government", "government", "DEU")}),
    # British police ranks as written are titles; a title the model split off a name is no person
    ("Ch Supt Mo Lansdale said the team would move. Det Sgt John Smith agreed.",
     {("Mo Lansdale", "person", None), ("John Smith", "person", None)}),
    # "its" before a body: the state or state body the subject nearest before it names, not a place in an object
    ("The case shows the lengths that the PRC government, including its Ministry of Public Security, will go to target "
     "people in the U.S.", {("China", "state", "CHN"), ("Ministry of Public Security", "government", "CHN")}),
    ("Sri Lanka suspended the attache to the UK after he was filmed outside its High Commission in London.",
     {("Sri Lanka", "state", "LKA"), ("High Commission", "government", "LKA")}),
    # a court or prosecutor's seat named after it gives its state, not the state the story is about; a post abroad's
    # place is its host's, and a demonym before a body wins over its seat
    ("Belarus sought his extradition. The Court of Appeals in Belgrade refused it.",
     {("Belarus", "state", "BLR"), ("Court of Appeals", "government", "SRB")}),
    ("Tajikistan wants him back. The Prosecutor General's Office in Moscow ruled that he be released.",
     {("Tajikistan", "state", "TJK"), ("Prosecutor General's Office", "government", "RUS")}),
    ("Officials of the Chinese Consulate General in Toronto met him.", {("consulate", "government", "CHN")}),
    # a known body's name after another state's demonym is that state's body, named as written ("Security Service" is
    # MI5 only as Britain's)
    ("He was handed over to the Uzbekistani Security Service in Moscow.",
     {("Security Service", "government", "UZB")}),
    ("The Security Service said the threat from Iran had grown.", {("MI5", "government", "GBR"), ("Iran", "state", "IRN")}),
    # a generic body's name closed by "of <country>" is the body of that state; a name of its own keeps its words
    ("The Investigative Committee of Belarus charged him in absentia.", {("Investigative Committee", "government", "BLR")}),
    ("Officers of a Public Security Bureau of China called him.", {("Public Security Bureau", "government", "CHN")}),
    ("The Government of Nepal responded.", {("Nepal", "state", "NPL")}),
    # ... and so is a proper name its keyword makes a government's (org_keywords.tsv), its acronym's brackets cut off;
    # a group of its own named so is in the gazetteer
    ("He was detained by officers of the State Committee for National Security of the Kyrgyz Republic (SCNS). "
     "The SCNS said he was wanted.", {("State Committee for National Security", "government", "KGZ")}),
    ("The Information and Security Service of Moldova expelled the diplomat.",
     {("Information and Security Service", "government", "MDA")}),
    ("The Kingdom Assembly of Iran was blamed.", {("Kingdom Assembly of Iran", "organization", "IRN")}),
    ("The Federal Government of Nigeria said so.", {("Federal Government of Nigeria", "government", "NGA")}),
    # a curly possessive the model runs into a body's name: the state before it, as with a straight one; "of State"
    # closing a body's name is no place
    ("According to Kazakhstan’s Ministry of Internal Affairs, 98,000 Russians came.",
     {("Ministry of Internal Affairs", "government", "KAZ")}),
    ("Members called on the country’s Supreme Court to lift the ban.", {("Supreme Court", "government", None)}),
    ("France's Council of State annulled the decree.", {("Council of State", "government", "FRA")}),
    ("He lives in Rivers State.", set()),
    # a country opening a body's name gives its state, not a city inside the name; the KGB by its long name
    ("The U.S. Helsinki Commission urged action.", {("Helsinki Commission", "government", "USA")}),
    ("The Committee for State Security (KGB) opened a case.", {("KGB", "government", "BLR")}),
    # Interpol's notices are documents, not parties
    ("Interpol issued a Red Notice for him.", {("Interpol", "international_org", None)}),
    ("Autocrats take advantage of INTERPOL Red Notices and diffusions.", {("Interpol", "international_org", None)}),
    ("The bill passed the U.S. House of Representatives.", {("U.S. House of Representatives", "government", "USA")}),
    # intergovernmental bodies by their names and acronyms
    ("The Organization of American States condemned the killing.",
     {("Organization of American States", "international_org", None)}),
    ("OPEC cut output while the IMF warned of risks.",
     {("Organization of the Petroleum Exporting Countries", "international_org", None),
      ("International Monetary Fund", "international_org", None)}),
    # an association of people of a cause is a non-governmental organisation
    ("The Tibetan Youth Association in Europe organised the protest.",
     {("Tibetan Youth Association in Europe", "ngo", None)}),
    # a name the model takes for a firm at one mention and a person at another (the family name first) is a person's
    ("Luo Daiqing studied at the university. Luo was sentenced in China.", {("Luo Daiqing", "person", None)}),
    # a one-word city before "-based" gives a body's country; not the last word of a longer name ("New York")
    ("He was detained, according to Oksana Romaniuk, director of the Kiev-based Institute of Mass Information.",
     {("Oksana Romaniuk", "person", "UKR"), ("Institute of Mass Information", "ngo", "UKR")}),
    ("Officials met the New York-based Alliance for Press Rights on Monday.",
     {("Alliance for Press Rights", "media", None)}),
    # a body named before the acronym defined for it is placed by its "<place>-based", not by any place before it
    ("Sayed Alwadaei, director of the UK-based Bahrain Institute for Rights and Democracy (BIRD), lives in London.",
     {("Sayed Alwadaei", "person", "GBR"), ("Bahrain Institute for Rights and Democracy", "ngo", "GBR")}),
    ("Seif Bamporiki, the South Africa coordinator of the Rwanda National Congress (RNC), was killed in Cape Town.",
     {("Seif Bamporiki", "person", "ZAF"), ("Rwanda National Congress", "organization", "RWA")}),
    # an outlet or organisation placed by a demonym of the noun in apposition after its name; not an NGO (whom it serves)
    ("The report was carried by Kurier, an Austrian daily, on Monday.", {("Kurier", "media", "AUT")}),
    # words outlets name themselves with (org_keywords.tsv) make an unknown name an outlet; not a body's word before them
    ("Ethiopia Observer reported that the journalists had been charged.", {("Ethiopia Observer", "media", "ETH")}),
    ("Forbidden Stories found the phone numbers.", {("Forbidden Stories", "media", None)}),
    ("The news was first reported by TRT Haber on Monday.", {("TRT Haber", "media", None)}),
    ("RMF FM said the activists were followed in Poland.", {("RMF FM", "media", None)}),
    ("The Ministry of Information and Media said so.", {("Ministry of Information and Media", "government", None)}),
    ("He was safe, said Sabri Rights Watch, a Chechen human rights group.", {("Sabri Rights Watch", "ngo", None)}),
]


# names the model cut before a lowercase particle of another language are one name; English "of" and "and" join two
PARTICLE_NAMES = [
    ("On January 30, a local newspaper, La Voix du Nord, reported that a man's body was found.", {"La Voix du Nord"}),
    ("Amnesty International and the Red Cross said so. Maria Silva of Lisbon spoke.",
     {"Amnesty International", "Red Cross", "Maria Silva"}),
    # a Central Asian patronymic closes the name the model stopped before it
    ("The UAE must prevent the extradition of Kyrgyz activist Tilekmat Kudaibergen uulu to Kyrgyzstan.",
     {"United Arab Emirates", "Tilekmat Kudaibergen uulu"}),
    ("Journalist Makhabat Tazhibek kyzy was detained in Bishkek.", {"Makhabat Tazhibek kyzy"}),
    # a lowercase word that is no patronymic stays out ("Maria Silva said")
    ("Maria Silva said the charges were false.", {"Maria Silva"}),
]


# names of three or four words, after a rank or office, or run on into a possessive without its apostrophe
LONG_AND_TITLED_NAMES = [
    ("Cuban repression followed editor José Jasán Nieves Cárdenas to the United States.",
     {"José Jasán Nieves Cárdenas"}),
    ("The junta revoked passports.\n\nMae Kyaw Soe Nyunt, a Myanmar national living in Singapore, said she was stopped.",
     {"Mae Kyaw Soe Nyunt"}),
    ("Sri Lanka suspended Brigadier Kumara Perera, its defence attache in London.", {"Kumara Perera", "Sri Lanka"}),
    ("\"We will act,\" said Secretary of the Treasury Janet Yellen on Monday.", {"Janet Yellen"}),
    ("Sri Lanka recalled Colonel Nimal Perera. MPs had urged London to \"withdraw Colonel Nimal Pereras diplomatic "
     "papers and expel him\".", {"Nimal Perera", "Sri Lanka", "United Kingdom"}),
    ("Skyline said it was monitoring the deportation of Emirati businessman and dissident \"Khalaf Al-Rumaithi\" by "
     "Jordanian authorities.", {"Khalaf Al-Rumaithi", "Jordan"}),
    ("Officers of the Police Service of Northern Ireland arrested him in Belfast.", {"Police Service of Northern Ireland"}),
    # negatives: a quoted title, a title alone, a country's possessive are no person; two people listed stay two
    ("The report, titled \"Patrol and Persuade\", was published in May.", set()),
    ("These measures elevated Murillo from Vice President to Co-President.", set()),
    ("Instructions were sent to Sri Lankas High Commissioner in London today.", set()),
    ("John Smith met Mary Jones in Paris.", {"John Smith", "Mary Jones"}),
    # one name after titles: all the titles opening the words, a regnal number aside; not a title inside an office
    ("Handing down judgment, Mr Justice Saini held that the claim failed.", {"Mr Justice Saini"}),
    ("Photographs have shown him with Queen Elizabeth II in London.", {"Queen Elizabeth II"}),
    ("It was led by Prime Minister Sheikh Hasina until August.", {"Sheikh Hasina"}),
    # a title written without its dot (British style, as "Dr", "Mr") is no part of the name
    ("Professor Nitasha Kaul said her card was cancelled. In 2024, Prof Nitasha was denied entry at the airport.",
     {"Nitasha Kaul"}),
    # honorifics of rank ("H.H.", "H.E.") and Sikh ones ("Bhai", "Shaheed") open no name; a Sikh middle name the
    # model tagged as a place continues the name before it
    ("The letter was sent to H.H. Sheikh Abdullah bin Zayed Al Nahyan and to H.E. Yousef Al Otaiba last week.",
     {"Abdullah bin Zayed Al Nahyan", "Yousef Al Otaiba"}),
    ("Like his father Shaheed Bhai Kulwant Singh, he dedicated himself to the Sikh struggle.", {"Kulwant Singh"}),
    # a one-name title before a given name and a patronymic: the whole name ("Prince Sultan" is no name of its own)
    ("Prince Sultan bin Turki was abducted by Saudi agents in 2016.", {"Sultan bin Turki", "Saudi Arabia"}),
    ("Princess Latifa tried to flee Dubai in 2018.", {"Princess Latifa"}),
    # a given name the model left untagged runs on over a patronymic and the father's name after it
    ("Maryam binti Yusof said she fled Malaysia.", {"Maryam binti Yusof"}),
    ("Maryam said she fled Malaysia.", set()),
    # a title in the plural before the first of the people it names ("MPs", "Ministers") is no part of that name
    ("The fugitives include former MPs Musallam Al-Barrak, Faisal AlMuslim and sitting MPs Dr Jama’an Al-Harbash.",
     {"Musallam Al-Barrak", "Faisal AlMuslim", "Jama’an Al-Harbash"}),
    ("Foreign Ministers Stef Blok and Sigrid Kaag spoke on Monday.", {"Stef Blok", "Sigrid Kaag"}),
    # a name that only ends in "s" keeps its first word ("Thomas" is no plural of a title)
    ("Thomas Tugendhat and Nicolás Maduro spoke on Monday.", {"Thomas Tugendhat", "Nicolás Maduro"}),
    # a person's name the model split in two, one space apart, is one name; people listed apart stay apart
    ("Chung Biu Yuen, 63, and Chi Leung Peter Wai, 38, appeared at court.", {"Chung Biu Yuen", "Chi Leung Peter Wai"}),
    ("One defendant, Damion Patrick John Ryan, is a member of the Hells Angels.",
     {"Damion Patrick John Ryan", "Hells Angels"}),
    ("Chi Leung, Peter Wai and Matthew Trickett were charged.", {"Chi Leung", "Peter Wai", "Matthew Trickett"}),
    # "General" after a body's head word is part of its name, no given name opening a person run on after it
    ("According to an order issued by the Directorate General of Immigration and Passports, Pakistanis will be denied passports.",
     {"Directorate General of Immigration and Passports"}),
    ("A senior official at the Directorate General of Migration Management in Turkey said she was not deported.",
     {"Directorate General of Migration Management"}),
    ("The Bahrain Freedom Movement Saeed al-Shehabi said it.", {"Bahrain Freedom Movement", "Saeed al-Shehabi"}),
]


@pytest.mark.parametrize("text,expected", LONG_AND_TITLED_NAMES, ids=[t[:40] for t, _ in LONG_AND_TITLED_NAMES])
def test_long_and_titled_names(nlp: Language, text: str, expected: set[str]) -> None:
    assert {r.name for r in run(nlp, text, "actors")} == expected


# a known leader (leaders.tsv) by family name alone is a party, named as written; after a title, named in full (an
# East Asian family name given first too); a given name, an East Asian family name or a common one (shared_surname)
# alone names no leader; names the model cuts or runs on (a hyphened family name, a hyphen's syllable, a participle
# hyphened on, a party label before the name, the family name spelt another way later); given names the model missed
LEADERS_AND_NAME_SHAPES = [
    ("Another critic of Putin was barred from Georgia.", {("Putin", "RUS")}),
    ("Egyptian President Sisi said so.", {("Abdel Fattah al-Sisi", "EGY")}),
    ("Shah is Prime Minister Modi’s right-hand man.", {("Narendra Modi", "IND")}),
    ("President Xi visited Paris.", {("Xi Jinping", "CHN")}),
    ("May said nothing.", set()),
    ("Lee said nothing.", set()),
    ("Khan was arrested in Lahore.", set()),
    ("President Kim met the envoy.", set()),
    ("Chief Executive John Lee spoke. Lee said so.", {("John Lee", "HKG")}),
    ("He held a news conference alongside British MP Iain Duncan-Smith.", {("Iain Duncan-Smith", "GBR")}),
    ("Those wanted are male Lau Cho-dik and male Choi Ming-da.", {("Lau Cho-dik", None), ("Choi Ming-da", None)}),
    ("Since then, President Xi Jinping-led Chinese Communist Party has resorted to threats.", {("Xi Jinping", "CHN")}),
    ("Democrat Patrick Leahy and Republican Marco Rubio wrote a letter.", {("Patrick Leahy", None), ("Marco Rubio", "USA")}),
    ("Critics of President Alexander Lukahsenko fled. Lukashenko signed a law.", {("Alexander Lukahsenko", None)}),
    ("Those charged include journalists Wajahat Saeed Khan and Shaheen Sehbai.",
     {("Wajahat Saeed Khan", None), ("Shaheen Sehbai", None)}),
]


@pytest.mark.parametrize("text,expected", LEADERS_AND_NAME_SHAPES, ids=[t[:40] for t, _ in LEADERS_AND_NAME_SHAPES])
def test_leaders_and_name_shapes(nlp: Language, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert {(r.name, r.country) for r in run(nlp, text, "actors") if r.type == "person"} == expected


@pytest.mark.parametrize("text,expected", [
    # a generic body with the named body right after it or in apposition is that body, no second row
    ("Nikhil Gupta, an agent of Indian spy agency RAW, was extradited.", {"Nikhil Gupta", "Research and Analysis Wing"}),
    ("Pakistan’s intelligence agency, the ISI, denied the report.", {"Inter-Services Intelligence"}),
    # a list is no apposition: each body stays
    ("Chinese police, the Ministry of State Security and the courts cooperate.", None),
])
def test_generic_body_named_in_apposition(nlp: Language, text: str, expected: set[str] | None) -> None:
    names = {r.name for r in run(nlp, text, "actors")}
    if expected is None:
        assert "police" in names and "Ministry of State Security" in names
    else:
        assert names == expected


def test_outlets_of_the_gazetteer_are_media(nlp: Language) -> None:
    text = "The exiled outlet Meduza reported the arrest, and Echo of Moscow confirmed it. Workers of the age of 30 left."
    rows = {(r.name, r.type, r.country) for r in run(nlp, text, "actors")}
    assert ("Meduza", "media", "LVA") in rows and ("Echo of Moscow", "media", "RUS") in rows
    assert not any(n.lower() == "the age" for n, _, _ in rows)


@pytest.mark.parametrize("text,person", [
    # the model runs an office or a body's name on into a person's: the given name and what follows is the person
    ("Those convicted include YouTuber Adil Raja; journalists Sabir Shakir and Shaheen Sehbai.", "Adil Raja"),
    ("The proposal introduced by Member of Parliament Sameer Zuberi got all 322 votes of the House of Commons.",
     "Sameer Zuberi"),
])
def test_person_run_on_from_an_office(nlp: Language, text: str, person: str) -> None:
    rows = {(r.name, r.type) for r in run(nlp, text, "actors")}
    assert (person, "person") in rows
    assert not any(n.endswith(person) and n != person for n, _ in rows)


def test_place_word_after_an_office_opens_no_person(nlp: Language) -> None:
    # "Asia" is a given name too, but a place: "Central Asia Program" stays no person
    text = "“Reject any requests to extradite him,” said CPJ Europe and Central Asia Program Coordinator Nina Ognianova."
    assert not any(r.type == "person" and r.name.startswith("Asia") for r in run(nlp, text, "actors"))


@pytest.mark.parametrize("text,person", [
    # a given name and the surname the model tagged alone as a firm or a product: the person
    ("“Reject any requests to extradite him,” said CPJ Europe and Central Asia Program Coordinator Nina Ognianova.",
     "Nina Ognianova"),
    ("In 1990, Rwanda refugees picked arms to fight the government of Juvenal Habyarimana before taking power.",
     "Juvenal Habyarimana"),
    # a person of four words introduced after "named"
    ("A woman named May Kyaw Soe Nyunt told RFA that her travel permit was denied by Singaporean immigration.",
     "May Kyaw Soe Nyunt"),
])
def test_given_name_and_surname_the_model_mislabelled_is_a_person(nlp: Language, text: str, person: str) -> None:
    assert (person, "person") in {(r.name, r.type) for r in run(nlp, text, "actors")}


@pytest.mark.parametrize("text,kept", [
    # a lone entity of two words the model tags a firm is no surname: no person
    ("Victoria Police said the man was arrested.", set()),
    ("Amnesty International said the man was arrested.", set()),
    # a name before a kind of body names the body (org_keywords.tsv), not a person; not before "government"
    ("Five Turkish nationals, employees of Mehmet Akif schools in Kosovo, were arrested on Thursday.", set()),
    ("Nazmi Ulus, director of the Mehmet Akif college in Lipjan, said that all of them were teachers.", {"Nazmi Ulus"}),
    ("\"It's a very positive step,\" said B.C. Gurdwaras Council spokesperson Moninder Singh.", {"Moninder Singh"}),
    ("The Gulen movement, known as the Fethullah Terrorist Organization (FETO) in Turkey, is banned.", set()),
    ("Critics of the Sheikh Hasina government were detained in Dhaka.", {"Sheikh Hasina"}),
    # an operation's name, a town before its state, a body opening with "Royal" (actor_words.tsv not_given_name)
    ("She was charged in Canberra by Strike Force Operation Autumn Shield, after receiving information.", set()),
    ("An, who lives in suburban Roslyn Heights, New York, showed up in court.", set()),
    ("He is a vocal critic of the governing Saudi Royal Family.", set()),
])
def test_names_of_bodies_places_and_operations_are_no_people(nlp: Language, text: str, kept: set[str]) -> None:
    assert {r.name for r in run(nlp, text, "actors") if r.type == "person"} == kept


def test_courtesy_title_and_family_name_tagged_as_organisation_is_a_person(nlp: Language) -> None:
    # the model tags "Dr Besigye" an organisation: a courtesy title (actor_words.tsv honorific) and one capitalised
    # word name a person; the party's name beside it stays an organisation
    text = ("The Forum for Democratic Change (FDC) protested. Dr Besigye, one of the most arrested politicians in "
            "Uganda’s recent history, was held.")
    rows = {(r.name, r.type) for r in run(nlp, text, "actors")}
    assert ("Dr Besigye", "person") in rows and ("Forum for Democratic Change", "organization") in rows
    assert not any(t == "organization" and n.startswith("Dr") for n, t in rows)


RUN_ON_BODY_NAMES = [
    # a kind noun the model took into the name (apposition_kinds.tsv): the name after it
    ("Natalia Arno is director of the NGO Free Russia Foundation.", {("Natalia Arno", "person"), ("Free Russia Foundation", "ngo")}),
    # a person the model ran on after a body's keyword: the body and the person
    ("The case was brought by General Secretary of the Bahrain Freedom Movement Saeed al-Shehabi and others.",
     {("Bahrain Freedom Movement", "organization"), ("Saeed al-Shehabi", "person")}),
    # a name after a comma is cut off (what is left, ending in "Law", is then read as a law's name); a place after
    # it is the body's seat and stays
    ("According to the Kazakhstan International Bureau for Human Rights and Rule of Law, Muratbai is now in a safe country.",
     set()),
    ("In a video posted on Twitter, Acarer said that one of his attackers warned him.", set()),
    ("Researchers at the University of California, Berkeley found the spyware.",
     {("University of California, Berkeley", "organization")}),
    # a people's word before a lowercase noun is no part of a name: the group, no "Persecution of Turkmen"
    ("Persecution of Turkmen dissidents in Turkey has also intensified.", {("Turkmen dissidents", "group")}),
    # a name-ending word of a document ("Key Findings", "Press Release") is no actor (actor_words.tsv non_actor_head)
    ("Rwanda ran such operations for years.\n\nKey Findings\n  • Rwandan intelligence fed false information to agencies.",
     {("intelligence service", "government")}),
]


@pytest.mark.parametrize("text,expected", RUN_ON_BODY_NAMES, ids=[t[:40] for t, _ in RUN_ON_BODY_NAMES])
def test_words_run_into_a_body_name_are_cut(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(r.name, r.type) for r in run(nlp, text, "actors")} >= expected
    names = {r.name for r in run(nlp, text, "actors")}
    assert not any("," in n and "Berkeley" not in n for n in names) and "NGO Free Russia Foundation" not in names
    assert not any(n.startswith(("Persecution", "Key Findings", "Bahrain Freedom Movement Saeed")) for n in names)


def test_headline_name_run_into_its_verb_is_a_person(nlp: Language) -> None:
    # a title-case headline: the model tags "Matthew Olsen Delivers Remarks" as one person; the name before the verb
    text = ("Assistant Attorney General Matthew Olsen Delivers Remarks at Press Conference Announcing Repression Charges\n"
            "The Justice Department charged two men on Monday.")
    names = {(r.name, r.type) for r in run(nlp, text, "actors")}
    assert ("Matthew Olsen", "person") in names and not any("Delivers" in n for n, _ in names)
    # no given name before the verb: the headline's words stay no actor
    text = ("Rights Group Says Exiles Face Threats Across Europe and Beyond\nThe report was published on Monday.")
    assert not any(r.type in {"person", "organization"} for r in run(nlp, text, "actors"))


@pytest.mark.parametrize("text,expected", PARTICLE_NAMES, ids=[t[:40] for t, _ in PARTICLE_NAMES])
def test_particles_of_other_languages_join_a_name(nlp: Language, text: str, expected: set[str]) -> None:
    assert {r.name for r in run(nlp, text, "actors")} == expected


@pytest.mark.parametrize("text,expected", ACTORS, ids=[t[:40] for t, _ in ACTORS])
def test_actors(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    rows = run(nlp, text, "actors")
    assert {(r.name, r.type, r.country) for r in rows} == expected


# names the rules cut or ran over: a branch of a known body named whole, hyphened words, a particle glued on a name,
# "for" after a body named by its kind; not a place, a kind of body or a platform around a known name
NAME_CUTS = [
    ("WWF Nepal said the increase reflected stronger anti-poaching patrols.", {("WWF Nepal", "ngo", "NPL")}),
    ("The organisation warned. WWF Nepal said the increase reflected stronger patrols.", {("WWF Nepal", "ngo", "NPL")}),
    ("Amnesty said Nepal must act.", {("Amnesty International", "ngo", "GBR"), ("Nepal", "state", "NPL")}),
    ("\"Stop it,\" RSF UK director Fiona O'Brien told a press briefing.",
     {("Reporters Without Borders", "ngo", "FRA"), ("Fiona O'Brien", "person", "GBR")}),
    ("The All European Awami League should withdraw its complaint against the journalist.",
     {("All European Awami League", "organization", "BGD")}),
    ("Members of the Young People’s Front for Democracy and Justice attended the festival.",
     {("Young People’s Front for Democracy and Justice", "organization", "ERI")}),
    ("The Bangladesh Awami League won the vote.", {("Bangladesh Awami League", "organization", "BGD")}),
    ("Sadykov ran the Base YouTube channel, which criticised the government.", {("Base", "media", None)}),
    ("The report of the NGO Freedom House said so.", {("Freedom House", "ngo", "USA")}),
    ("“Stop it,” said Rachel Arinii, program manager at Forum-Asia, a regional human rights organization.",
     {("Rachel Arinii", "person", None), ("Forum-Asia", "ngo", None)}),
    ("His funds are being restricted by M-Bank, a Kyrgyz bank run by a former prime minister.",
     {("M-Bank", "organization", "KGZ")}),
    ("The methods were denounced by the United Nations Independent Fact-Finding Mission in its report.",
     {("United Nations Independent Fact-Finding Mission", "international_org", None)}),
    ("He founded the Arab Struggle Movement for Tahrir al-Ahwaz in 2005.",
     {("Arab Struggle Movement for Tahrir al-Ahwaz", "organization", "IRN")}),
    ("Y Quynh Bdap is a co-founder of the group Montagnards Stand for Justice, which campaigns for rights.",
     {("Y Quynh Bdap", "person", None), ("Montagnards Stand for Justice", "ngo", None)}),
    ("As an exiled dissident, Abdullah elSherif could afford to be bold.", {("Abdullah elSherif", "person", None)}),
    ("The first thing he did was leave.", set()),
    # a known body under its full or its own-language name (actors.tsv)
    ("The Freedom Initiative and ALQST for Human Rights told reporters the men were held.",
     {("ALQST for Human Rights", "ngo", "GBR")}),
    ("He was shot, according to Costa Rica’s Judicial Investigations agency.",
     {("Judicial Investigation Agency", "government", "CRI")}),
    ("He belonged to the Turkish spy agency, Milli Istihbarat Teskilat (MİT).",
     {("National Intelligence Organization", "government", "TUR")}),
    ("He was a volunteer special constable with the City of London Police.",
     {("City of London Police", "government", "GBR")}),
    # a peer named with the seat of the title keeps it, the model tagging none of it or the title and name alone; the
    # family name or the title and name after it are that peer; not "of the", a people, a body or a title
    ("Lord Hughes of Ombersley, the chairman of the inquiry, said spies did it. In his report, Hughes said more.",
     {("Lord Hughes of Ombersley", "person", None)}),
    ("Baroness Kennedy of The Shaws was sanctioned. Kennedy said she was proud.",
     {("Baroness Kennedy of The Shaws", "person", None)}),
    ("The minister Lord Ahmad of Wimbledon spoke. Lord Ahmad added that more would follow.",
     {("Lord Ahmad of Wimbledon", "person", "GBR")}),
    ("Davis said Lord Cameron of the Foreign Office should act.",
     {("Lord Cameron", "person", "GBR"), ("Foreign Office", "government", "GBR")}),
    ("The Lord Mayor of London attended the dinner.", set()),
    # "Barrister" a title before a name, no part of it (person_titles.txt); the name after it the one given in full before
    ("Barrister Shahzad Akbar said the attackers threw acid.", {("Shahzad Akbar", "person", None)}),
    ("Mirza Shahzad Akbar was attacked in Cambridge. Barrister Shahzad Akbar said the attackers threw acid.",
     {("Mirza Shahzad Akbar", "person", "GBR")}),
    # outlets written in lowercase or title case ("dpa", "Efe"), not in a dateline or as a person's given name; a firm
    # as first named in full (actors.tsv)
    ("The plan was approved, news agency dpa reported.", {("dpa", "media", "DEU")}),
    ("Berlin (dpa) \u2013 The plan was approved.", set()),
    ("Shenzhen, Jun 12 (IANS/DPA): The plan was approved.", set()),
    ("His body was found in a garage, police told Efe on Monday.", {("EFE", "media", "ESP")}),
    ("Efe Kerem Sozeri, a researcher, said the ban was wrong.", {("Efe Kerem Sozeri", "person", None)}),
    ("Meta Platforms Inc removed the accounts.", {("Meta Platforms", "organization", "USA")}),
    ("Meta removed the accounts.", {("Meta", "organization", "USA")}),
]


@pytest.mark.parametrize("text,expected", NAME_CUTS, ids=[t[:40] for t, _ in NAME_CUTS])
def test_names_cut_or_run_over(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {(r.name, r.type, r.country) for r in run(nlp, text, "actors")} == expected


SINGLE_STATE_BODIES = [
    # a body only one state has keeps that state, whatever the story's setting (actors.tsv)
    ("A Melbourne man was trapped in Rwanda. The Department of Foreign Affairs and Trade (DFAT) confirmed it was helping.",
     ("Department of Foreign Affairs and Trade", "government", "AUS")),
    ("The Chinese national was arrested under the Counter Foreign Interference Taskforce (CFITF) in Canberra.",
     ("Counter Foreign Interference Taskforce", "government", "AUS")),
    ("China denied it. The Defending Democracy Taskforce is reviewing the threat.",
     ("Defending Democracy Taskforce", "government", "GBR")),
    ("A former Royal Marine was charged with helping Hong Kong's trade office.", ("Royal Marines", "government", "GBR")),
    ("Australia's foreign ministry summoned the Chinese ambassador.",
     ("Department of Foreign Affairs and Trade", "government", "AUS")),
]


@pytest.mark.parametrize("text,expected", SINGLE_STATE_BODIES, ids=[t[:40] for t, _ in SINGLE_STATE_BODIES])
def test_single_state_bodies(nlp: Language, text: str, expected: tuple[str, str, str | None]) -> None:
    rows = {(r.name, r.type, r.country) for r in run(nlp, text, "actors")}
    assert expected in rows
    # no row of the same body under another name or state
    assert not [r for r in rows if r != expected and (r[0] == expected[0] or "Marine" in r[0])]


def test_ireland_foreign_affairs_department_is_not_australias(nlp: Language) -> None:
    rows = {(r.name, r.country) for r in run(nlp, "Ireland's Department of Foreign Affairs said it was aware.", "actors")}
    assert ("Department of Foreign Affairs", "IRL") in rows and not any(c == "AUS" for _, c in rows)


CHIEF_PROSECUTORS_OFFICES = [
    # the office named by its head's title is one body, named as written without its state, whose state comes before
    # it, in an "of" or "in" after it, else from the place nearest before it (actor_words.tsv chief_prosecutor)
    ("Kazakhstan's Prosecutor-General's Office may order his extradition.",
     {("Prosecutor-General's Office", "government", "KAZ")}),
    ("He appealed against the order by the Russian Prosecutor-General’s Office.",
     {("Prosecutor-General's Office", "government", "RUS")}),
    ("The Kyrgyzstani Prosecutor General’s Office refused.", {("Prosecutor General's Office", "government", "KGZ")}),
    ("Tajikistan prosecutor general’s offices put the man on the wanted list.",
     {("Prosecutor General's Office", "government", "TJK")}),
    ("The group filed a complaint with the General Prosecutor's Office of Armenia.",
     {("General Prosecutor's Office", "government", "ARM")}),
    ("He was arrested in Havana. The Attorney General’s Office said he would be tried.",
     {("Attorney General's Office", "government", "CUB")}),
    # a rank makes it another office; a title before a name is the person
    ("The Deputy Prosecutor General's office said nothing.", set()),
    ("Attorney General Merrick Garland spoke.", {("Merrick Garland", "person", None)}),
]


@pytest.mark.parametrize("text,expected", CHIEF_PROSECUTORS_OFFICES, ids=[t[:40] for t, _ in CHIEF_PROSECUTORS_OFFICES])
def test_chief_prosecutors_offices(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {(r.name, r.type, r.country) for r in run(nlp, text, "actors")} == expected


BODIES_AFTER_A_STATE = [
    # generic bodies after a demonym or country (bodies.tsv)
    ("Russian border guards detained him in Belgorod.", {("border guards", "government", "RUS")}),
    ("Malaysian immigration authorities detained him.", {("immigration authorities", "government", "MYS")}),
    ("The Swedish migration office rejected his application.", {("migration office", "government", "SWE")}),
    ("Egyptian diplomatic staff filmed the protesters.", {("embassy", "government", "EGY")}),
    # no state named: no body
    ("Border guards detained him.", set()),
]


@pytest.mark.parametrize("text,expected", BODIES_AFTER_A_STATE, ids=[t[:40] for t, _ in BODIES_AFTER_A_STATE])
def test_bodies_after_a_state(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {(r.name, r.type, r.country) for r in run(nlp, text, "actors")} == expected


@pytest.mark.parametrize("text", [
    "The Foreign Secretary, Lord Cameron, condemned the bounties.",
    "Foreign Secretary James Cleverly said it was wrong. The Foreign Secretary added that it must stop.",
    "James Cleverly, the Foreign Secretary, said it was wrong.",
    "Said Assistant Attorney General Matthew G. Olsen, the deputy Foreign Minister of Peru.",
])
def test_office_whose_holder_is_named_is_no_body(nlp: Language, text: str) -> None:
    # the office stands for the person who holds it, named in the story (office_bodies.tsv)
    assert not [r for r in run(nlp, text, "actors") if r.type == "government"]


@pytest.mark.parametrize("text,expected", [
    # two offices sharing their head in the plural: each its own body
    ("The UK's Foreign and Home Secretaries condemned the move.",
     {("Foreign Secretary", "government", "GBR"), ("Home Secretary", "government", "GBR")}),
    ("Hong Kong denied it, but the UK foreign and home secretaries believe it is repression.",
     {("Hong Kong", "state", "HKG"), ("Foreign Secretary", "government", "GBR"), ("Home Secretary", "government", "GBR")}),
    # no plural office of the table, or holders named: no body
    ("The foreign and finance ministers met in Paris.", set()),
    ("He studied foreign and home affairs at Oxford.", set()),
    ("Foreign Secretary James Cleverly and Home Secretary Suella Braverman condemned the move.",
     {("James Cleverly", "person"), ("Suella Braverman", "person")}),
])
def test_offices_sharing_a_plural_head(nlp: Language, text: str, expected: set[tuple[str, ...]]) -> None:
    rows = run(nlp, text, "actors")
    assert {(r.name, r.type, r.country) if r.type != "person" else (r.name, r.type) for r in rows} == expected


def test_place_of_a_post_abroad_gives_no_unnamed_body_its_state(nlp: Language) -> None:
    # a place after "<post> in" or "<envoy> to" (actor_words.tsv post_abroad) is the host, not whose the post is:
    # the unnamed ministry is of the state named before ("Sri Lanka"), not of the UK or London
    text = ("Sri Lanka today suspended Brigadier Priyanka Fernando, the country's Defence Attache to the UK, after he "
            "was filmed making gestures to Tamils protesting outside its High Commission in London this week.\n"
            "The Foreign Ministry said that authorities have taken serious note of videos.")
    rows = {(r.name, r.country) for r in run(nlp, text, "actors") if r.type == "government"}
    assert ("Ministry of Foreign Affairs", "LKA") in rows and ("High Commission", "LKA") in rows
    # a state's own demonym before the post still gives the post its state (the UK's foreign ministry by its own name)
    text = "Protesters gathered outside the British embassy in Moscow. The Foreign Ministry said it would respond."
    assert {(r.name, r.country) for r in run(nlp, text, "actors")} == {("Foreign Office", "GBR")}


def test_shared_body_name_takes_the_story_state(nlp: Language) -> None:
    # a gazetteer body's name another state's body bears too (national_bodies.tsv: Belgium's Federal Prosecutor's
    # Office) is the one of the story's state among those that have it; in a German story it stays Germany's
    text = ("A Rwandan diplomat in Brussels spied on a Belgian author, Belgian media reported. An investigation has been "
            "opened by the Federal Prosecutor’s Office in Belgium.")
    assert ("Federal Prosecutor's Office", "BEL") in {(r.name, r.country) for r in run(nlp, text, "actors")}
    text = "Police in Berlin arrested two men. The Federal Prosecutor’s Office in Karlsruhe said they had spied for Iran."
    assert ("Federal Prosecutor's Office", "DEU") in {(r.name, r.country) for r in run(nlp, text, "actors")}


def test_demonym_of_a_state_body_in_the_sentence_gives_an_unnamed_court_its_state(nlp: Language) -> None:
    # a demonym on a body of the state ("Thai authorities") in the body's sentence gives it the state, before a place
    # named in a sentence before ("Hanoi"); a demonym on no body ("Vietnamese custody") gives none
    text = ("The activist was returned to Hanoi. Thai authorities have deported him, handing him over to Vietnamese "
            "custody on Friday after the country's Court of Appeal affirmed an extradition order.")
    assert ("Court of Appeal", "THA") in {(r.name, r.country) for r in run(nlp, text, "actors")}


PEOPLE_OF_THE_GROUPS = [
    # a person no words place takes the country of the story's groups, not that of the state it tells most of
    ("Sok Dara was arrested in Bangkok on Monday. Thailand said it would deport him. Thailand has denied any "
     "wrongdoing. Cambodian activists in exile said they feared for their safety.", ("Sok Dara", "KHM")),
    # the demonym of a body acting on them in their sentence is not theirs ("Vietnamese authorities arrested ...")
    ("Vietnamese authorities arrested Sanam Luang in Hanoi. Vietnam has not commented. Thai activists in exile said "
     "they feared for their safety.", ("Sanam Luang", "THA")),
    # without groups, of the states the story tells most of, one not only a host ("The United States said ...")
    ("Li Wei was charged on Monday. The United States said the plot was ordered by China. The United States has "
     "asked Canada for help.", ("Li Wei", "CHN")),
    # negatives: one holding an office serves the state the story tells most of, or the body near them
    ("Li Wei was charged on Monday, Sen. Tom Baker said. The United States said the plot was ordered by China. The "
     "United States has asked Canada for help.", ("Tom Baker", "USA")),
    ("Vietnamese authorities arrested the men in Hanoi, President Tran Van Minh said. Vietnam has not commented. "
     "Thai activists in exile said they feared for their safety.", ("Tran Van Minh", "VNM")),
    ("The men were arrested in Bangkok on Monday. Thailand said it would deport them. Thailand has denied any "
     "wrongdoing. Cambodian activists in exile said they feared for their safety. Prime Minister Srettha Thavisin "
     "defended the arrests.", ("Srettha Thavisin", "THA")),
    # a law officer named in apposition serves the host the story is set in, not the state it blames
    ("The plot was hatched in India, prosecutors said. Indian agents paid him. Damian Williams, the top federal "
     "prosecutor in Manhattan, said it was a plot.", ("Damian Williams", "USA")),
    ("Venezuela's government denied it ordered the murder of Ronald Ojeda in Santiago. \"They acted for the "
     "Venezuelan government,\" said Héctor Barros, the prosecutor leading the case.", ("Héctor Barros", "CHL")),
    # a defence lawyer named after the office serves in the host's courts
    ("DETROIT (AP) - A man admitted acting as an agent of Egypt. Egypt paid him to spy on critics. \"This was "
     "overcharged,\" defense lawyer Andrew Dalack told reporters.", ("Andrew Dalack", "USA")),
    # negative: a minister in apposition is placed by the words around him
    ("Iran freed the diplomat. Vincent Van Quickenborne, the Belgian justice minister, defended the swap.",
     ("Vincent Van Quickenborne", "BEL")),
    # a demonym on a place noun in the person's sentence says where they were, not whose
    # national they are: the story's groups place them
    ("Sok Dara was detained in the Russian city of Kazan by police. The Tajik opposition said he was abducted.",
     ("Sok Dara", "TJK")),
    ("Ahmed Ali, who has spent months in a Saudi detention centre, will be deported to Cairo. Egyptian activists fear "
     "for him.", ("Ahmed Ali", "EGY")),
    # negative: a demonym on a person noun in the sentence still places them
    ("Saudi journalist Ahmed Ali was detained in the Moroccan city of Tangier. Moroccan activists protested.",
     ("Ahmed Ali", "SAU")),
    # negative: a demonym on another noun still does ("the Italian camp": a team, no place)
    ("Italy's hopes ended and drew an angry response from the Italian camp, whose captain, Marco Rossi, said the match "
     "mattered. Japanese fans cheered.", ("Marco Rossi", "ITA")),
]


@pytest.mark.parametrize("text,expected", PEOPLE_OF_THE_GROUPS, ids=[t[:40] for t, _ in PEOPLE_OF_THE_GROUPS])
def test_person_takes_the_country_of_the_groups(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    rows = run(nlp, text, "actors")
    assert (expected[0], expected[1]) in {(r.name, r.country) for r in rows if r.type == "person"}


ORGANIZATIONS_OF_THE_SETTING = [
    # an organisation no words place is of the country the story is set in
    ("Students at Northeastern University in Boston said they were followed. The university said it was looking "
     "into the reports. Police in Boston are investigating.", ("Northeastern University", "USA")),
    ("Staff at Pearls Group in Mumbai were questioned. Pearls said it had done nothing wrong. Police in Delhi "
     "arrested two men.", ("Pearls Group", "IND")),
    # negative: a worldwide one is not
    ("Matches in Tokyo and Yokohama were cancelled, World Rugby said. Fans in Osaka waited for news.",
     ("World Rugby", None)),
]


@pytest.mark.parametrize("text,expected", ORGANIZATIONS_OF_THE_SETTING,
                         ids=[t[:40] for t, _ in ORGANIZATIONS_OF_THE_SETTING])
def test_organization_takes_the_country_of_the_setting(nlp: Language, text: str,
                                                        expected: tuple[str, str | None]) -> None:
    rows = run(nlp, text, "actors")
    assert expected in {(r.name, r.country) for r in rows if r.type == "organization"}


STORY_SETTINGS = [
    # the story's setting: the country of most of its towns, regions and sites (for people, organisations and a
    # state's bodies alike)
    ("Police in London and Manchester questioned them. Bangladesh denies it, and Bangladesh says so.", "GBR", "GBR"),
    # for a state's bodies, not a town that only says where someone lives or comes from (place_words hyphen_origin),
    # and with no other town, region or site, the country named more than any other; a tie of countries says nothing
    ("Officers arrested the brother of a London-based editor and the sister of a London-based reporter. Bangladesh "
     "denies it, and Bangladesh says the report is false.", "GBR", "BGD"),
    ("A Bishkek-born journalist was questioned.", "KGZ", None),
    ("The Foreign Ministry prepared a list of dissidents abroad, the report on Bangladesh said. Bangladesh denies it, "
     "and the United States criticised it.", None, "BGD"),
    ("The Foreign Ministry prepared a list of dissidents abroad. Spain and the United States received it.", None, None),
]


@pytest.mark.parametrize("text,towns,bodies", STORY_SETTINGS, ids=[t[:40] for t, _, _ in STORY_SETTINGS])
def test_story_setting(nlp: Language, text: str, towns: str | None, bodies: str | None) -> None:
    from pipeline.extract.places import setting_country

    doc = nlp(make_doc(nlp, text, article_id="t"))
    assert (setting_country(doc), setting_country(doc, countries=True)) == (towns, bodies)


BODIES_OF_THE_SETTING = [
    # a body named without its state takes the setting, in a story naming countries only the country named most
    ("The Foreign Ministry prepared a list of dissidents abroad. Bangladesh denies it, and Bangladesh says the report "
     "is false. The United States criticised it.", ("Foreign Ministry", "BGD")),
    # negative: with no country leading, none
    ("The Foreign Ministry prepared a list of dissidents abroad. Spain and the United States received it.",
     ("Foreign Ministry", None)),
    # negative: an organisation no words place does not take the country a story of no town names most
    ("Thai exiles in Laos are associated with the anti-military Red Shirt movement. Laos denies it.",
     ("Red Shirt movement", None)),
]


@pytest.mark.parametrize("text,expected", BODIES_OF_THE_SETTING, ids=[t[:40] for t, _ in BODIES_OF_THE_SETTING])
def test_body_takes_the_country_of_the_setting(nlp: Language, text: str, expected: tuple[str, str | None]) -> None:
    rows = run(nlp, text, "actors")
    assert expected in {(r.name, r.country) for r in rows}


def test_actor_word_lists_are_data(nlp: Language, tmp_path: Path) -> None:
    """The actor rules' word lists live in models/lexicons/actor_words.tsv: a credit word added there
    ("Foto", another register's "Photo") keeps the agency it credits out of the actors."""
    from pipeline.extract.actors import extract_actors
    from pipeline.resources import MODELS_DIR, load_resources

    models = tmp_path / "models"
    shutil.copytree(MODELS_DIR, models)
    with (models / "lexicons" / "actor_words.tsv").open("a", encoding="utf-8") as handle:
        handle.write("foto\tcredit\n")
    doc = nlp(make_doc(nlp, "China has defended its record. (Foto: Reuters)", article_id="t"))
    assert {r.name for r in extract_actors(doc)} == {"China", "Reuters"}
    assert {r.name for r in extract_actors(doc, resources=load_resources(models))} == {"China"}


# --- dates -----------------------------------------------------------------------

DATES = [
    ("Last month, the NGO published a report.", "2022-10", [("2022-09-01", "2022-09-30")]),
    ("They returned between 2021 and 2022.", "2022-10", [("2021-01-01", "2022-12-31")]),
    ("The review took place in 2009.", "2022-10", [("2009-01-01", "2009-12-31")]),
    ("The army was defeated in 1994; he was shot dead on Monday, September 13.", "2021-09-20",
     [("1994-01-01", "1994-12-31"), ("2021-09-13", "2021-09-13")]),
    ("The plot was revealed on Tuesday.", "2023-04-20", [("2023-04-18", "2023-04-18")]),
    ("The plot was revealed on Tuesday.", "2023-04", [(None, None)]),
    ("The plot was revealed yesterday.", None, [(None, None)]),
    ("Officials met last week.", "2023-04-19", [("2023-04-10", "2023-04-16")]),
    ("He was detained from May to July 2023.", "2023-10-01", [("2023-05-01", "2023-07-31")]),
    ("The flight was diverted on 23 May 2021.", None, [("2021-05-23", "2021-05-23")]),
    ("The attack happened in the summer of 2022.", None, [("2022-06-01", "2022-08-31")]),
    ("He left Belarus for Ukraine in the autumn of 2020 in fear of arrest.", None, [("2020-09-01", "2020-11-30")]),
    ("He left in the fall of 2019.", None, [("2019-09-01", "2019-11-30")]),
    ("He wrote about the fall of Kabul in 2021.", None, [("2021-01-01", "2021-12-31")]),
    ("MOSCOW (Sputnik - 09th November, 2022) The ministry put him on its list.", None, [("2022-11-09", "2022-11-09")]),
    ("The list was published on 21st March 2023.", None, [("2023-03-21", "2023-03-21")]),
    ("She left two years ago.", "2023-04-19", [("2021-01-01", "2021-12-31")]),
    ("Dissidents have been harassed for years and recently threatened.", "2023-04-19", []),
    ("He was held for three months.", "2023-04-19", []),
    ("Khashoggi was killed on 2 October 2018.", "2023-10-02", [("2018-10-02", "2018-10-02")]),
    ("The stations ran between April 2021 and July 2022.", None, [("2021-04-01", "2022-07-31")]),
    ("Exiles fled in the 1990s and 2000s.", None, [("1990-01-01", "1999-12-31"), ("2000-01-01", "2009-12-31")]),
    # GUIDELINES: a day or month without a year takes the year nearest the publication date, whatever year was named before
    ("He arrived in 2018. On 20 October the consulate was searched.", "2023-10-02",
     [("2018-01-01", "2018-12-31"), ("2023-10-20", "2023-10-20")]),
    ("The river was drained in January.", "2024-08-26", [("2025-01-01", "2025-01-31")]),
    ("Oil should reach $95 by December.", "2023-04-03", [("2022-12-01", "2022-12-31")]),
    ("Output cuts begin in May.", "2023-04-03", [("2023-05-01", "2023-05-31")]),
    ("The notice was issued in August.", "2023-12", [("2023-08-01", "2023-08-31")]),
    ("He was arrested on October 5.", "2022-12-20", [("2022-10-05", "2022-10-05")]),
    ("He was arrested on January 5.", "2022-12-20", [("2023-01-05", "2023-01-05")]),
    ("The vote is on February 29.", "2023-03-01", [("2024-02-29", "2024-02-29")]),
    ("The talks ended in November last year.", "2023-09-19", [("2022-11-01", "2022-11-30")]),
    ("Lu Jianwang, 61, and Chen Jinping, 59, were charged.", "2023-04-18", []),
    # a counted period back from publication runs from that far back to the publication date
    ("Attacks rose over the last three years.", "2020-08-06", [("2017-08-06", "2020-08-06")]),
    ("The past year was hard.", "2018-04-03", [("2017-04-03", "2018-04-03")]),
    ("Threats grew in the past decade.", "2018-09-14", [("2008-09-14", "2018-09-14")]),
    ("Students were held in the last week.", "2017-07-07", [("2017-06-30", "2017-07-07")]),
    ("Threats grew in the past three years.", "2021-05", [(None, None)]),
    ("Threats grew in the past few years.", "2021-05-01", []),
    ("Officials met last year.", "2018-04-03", [("2017-01-01", "2017-12-31")]),
    # "a week ago" is seven days back; "N weeks ago" that week, Monday to Sunday (as "last week");
    # "Friday last week" the Friday of the week before
    ("He was arrested a week ago.", "2017-07-07", [("2017-06-30", "2017-06-30")]),
    ("Police raided it two weeks ago.", "2020-12-14", [("2020-11-30", "2020-12-06")]),
    ("He vanished nearly two weeks ago.", "2019-09-05", [("2019-08-19", "2019-08-25")]),
    ("Three weeks ago, the office closed.", "2024-03-01", [("2024-02-05", "2024-02-11")]),
    ("Two weeks ago the office closed.", "2024-03", [(None, None)]),
    # "the weekend", "last weekend": the Saturday and Sunday before publication
    ("She left Japan over the weekend.", "2021-08-02", [("2021-07-31", "2021-08-01")]),
    ("Police detained him last weekend.", "2017-05-23", [("2017-05-20", "2017-05-21")]),
    ("He was detained at the weekend.", None, [(None, None)]),
    # a part of a year: halves, quarters, the first or last N months; "the year" is the publication's
    ("Exports rose in the first five months of 2023.", "2023-07-05", [("2023-01-01", "2023-05-31")]),
    ("Output will rise in the second half of the year.", "2023-07-05", [("2023-07-01", "2023-12-31")]),
    ("Sales fell in the first quarter of 2022.", None, [("2022-01-01", "2022-03-31")]),
    ("Arrests rose in the last three months of 2020.", None, [("2020-10-01", "2020-12-31")]),
    ("Output will rise in the second half of the year.", None, [(None, None)]),
    ("He left in the first days of the war.", "2023-07-05", []),
    # "earlier this year" runs from New Year's Day to publication; "earlier this month" is the month
    ("Earlier this year the group was banned.", "2021-10-21", [("2021-01-01", "2021-10-21")]),
    ("Earlier this month the group was banned.", "2023-09-20", [("2023-09-01", "2023-09-30")]),
    ("Earlier this year the group was banned.", "2021-10", [(None, None)]),
    ("Police raided it on Friday last week.", "2020-12-14", [("2020-12-11", "2020-12-11")]),
    ("Assailants broke into his home early Sunday.", "2024-10-02", [("2024-09-29", "2024-09-29")]),
    # two months and one year are one period; other lists of dates are each their own
    ("He was questioned in September and October 2018 by police.", None, [("2018-09-01", "2018-10-31")]),
    ("He was questioned in September 2017 and October 2018.", None,
     [("2017-09-01", "2017-09-30"), ("2018-10-01", "2018-10-31")]),
    # a day with "last year" or "this year"
    ("The judgment was delivered on December 11 last year.", "2020-03-09", [("2019-12-11", "2019-12-11")]),
    ("The judgment was delivered on 8 February this year.", "2019-05-02", [("2019-02-08", "2019-02-08")]),
    ("The judgment was delivered on December 11 last year.", None, [(None, None)]),
    # a date the model runs on past a comma is the part before it
    ("In March she won.\n\nOn 8 February, days before her victory was announced, a petition was launched.", "2019-05-02",
     [("2019-03-01", "2019-03-31"), ("2019-02-08", "2019-02-08")]),
    # a dateline's day: a month and a day after a place and a comma opening a paragraph
    ("Teachers deported\n\nYEREVAN, APRIL 2, ARMENPRESS. By the order of the president 6 teachers were deported.",
     "2018-04-02", [("2018-04-02", "2018-04-02")]),
    ("Passports cancelled\n\nShenzhen, Jun 12 (IANS/DPA): Hong Kong authorities said they are cancelling passports.",
     "2024-06-12", [("2024-06-12", "2024-06-12")]),
    # a day the model reads as a time is a date; a time of day alone is not
    ("One of his compatriots was shot dead near Vienna late Saturday in what media report is a killing.", "2020-07-05",
     [("2020-07-04", "2020-07-04")]),
    ("He was shot dead at 10 pm near the station.", "2020-07-05", []),
    # a day or month without a year takes the year nearest publication, after "since" too (GUIDELINES, dates)
    ("His phone had been hacked since at least January.", "2022-05-20", [("2022-01-01", "2022-01-31")]),
    ("He had faced a warrant since December.", "2025-07-27", [("2025-12-01", "2025-12-31")]),
    ("The talks resume in January.", "2022-07-20", [("2023-01-01", "2023-01-31")]),
    # anaphoric dates count from the last date the story gives
    ("Khashoggi was killed in October 2018. The previous year he had moved; the following month his body was sought.",
     "2023-01-01", [("2018-10-01", "2018-10-31"), ("2017-01-01", "2017-12-31"), ("2018-11-01", "2018-11-30")]),
    ("The plane was diverted on 23 May 2021; three days later he spoke.", "2023-01-01",
     [("2021-05-23", "2021-05-23"), ("2021-05-26", "2021-05-26")]),
    ("He fled in 2017. In September of that year he was charged.", "2023-01-01",
     [("2017-01-01", "2017-12-31"), ("2017-09-01", "2017-09-30")]),
    ("He fled in January 2020. He returns next month.", "2023-01-15", [("2020-01-01", "2020-01-31"), ("2023-02-01", "2023-02-28")]),
    # counted from a date the story does not resolve (or gives none): a date, unresolved
    ("Protests peaked in 2008. A letter was sent that April to the premier.", "2024-05-01",
     [("2008-01-01", "2008-12-31"), ("2008-04-01", "2008-04-30")]),
    ("A day earlier he had left.", "2023-01-15", [(None, None)]),
    # "days earlier" counts nothing: vague time, no date; a counted one stays
    ("He was evicted in late February. Only days earlier, police took the house.", None, [(None, None)]),
    ("He left on 3 May 2021. Days later he was held; two days later he spoke.", None,
     [("2021-05-03", "2021-05-03"), ("2021-05-05", "2021-05-05")]),
    ("Relatives said on September 2 that he was detained a day earlier.", None, [(None, None), (None, None)]),
    ("The following year he left.", "2023-01-15", []),
    # the model runs a day on into a sentence's length: the day is the date
    ("A former Twitter employee was sentenced on Wednesday to six years in prison.", "2022-12-16",
     [("2022-12-14", "2022-12-14")]),
    ("He was arrested in February 2022 and sentenced in January to 40 years in prison.", "2023-05-27",
     [("2022-02-01", "2022-02-28"), ("2023-01-01", "2023-01-31")]),
    # a season alone is the latest such season begun by publication
    ("Sharmahd was detained by Iran over the summer after travelling to Dubai.", "2020-12-14",
     [("2020-06-01", "2020-08-31")]),
    ("Sharmahd was detained by Iran over the summer after travelling to Dubai.", "2021-03-01",
     [("2020-06-01", "2020-08-31")]),
    ("Sharmahd was detained by Iran over the summer after travelling to Dubai.", None, [(None, None)]),
    # days count from the last date of a month or less, not from a year named since
    ("He was shot on June 19. It was the third killing since 2023. Eleven days later, his family fled.", "2025-07-01",
     [("2025-06-19", "2025-06-19"), ("2023-01-01", "2023-12-31"), ("2025-06-30", "2025-06-30")]),
    # a month or a season gives no day to count days from: the date the story gives, unresolved
    ("In June 2014, he was abducted in Moscow. Two days later he was flown back.", "2019-01-01",
     [("2014-06-01", "2014-06-30"), (None, None)]),
    ("He was abducted in April 2024 and released the following day.", "2025-01-01",
     [("2024-04-01", "2024-04-30"), (None, None)]),
    ("He was abducted on 3 April 2024, in April 2024, and released the following day.", "2025-01-01",
     [("2024-04-03", "2024-04-03"), ("2024-04-01", "2024-04-30"), (None, None)]),
    ("He was abducted on 3 April 2024 and released the following day.", "2025-01-01",
     [("2024-04-03", "2024-04-03"), ("2024-04-04", "2024-04-04")]),
    # a range of days writes its month (and year) once
    ("The restaurant closes on Jan. 1-31 for works.", "2023-01-10", [("2023-01-01", "2023-01-31")]),
    ("Talks were held on 3-5 March 2021 in Geneva.", None, [("2021-03-03", "2021-03-05")]),
    ("The hearings ran May 5-8, 2020.", None, [("2020-05-05", "2020-05-08")]),
    # a date with a comma after its year, the sentence going on
    ("On July 23, 2017, Trinh Xuan Thanh was forced into a van in Berlin.", "2023-04-21", [("2017-07-23", "2017-07-23")]),
    # "mid-" joined to a month is a leading word: the month; a range may end in one
    ("Entry was denied from January 2024 to mid-February 2025.", "2025-03-01", [("2024-01-01", "2025-02-28")]),
    ("From early March to mid-April 2023 he was held.", None, [("2023-03-01", "2023-04-30")]),
    # a part of the publication day (or the night before) the model reads as a time is that day
    ("Last night, a man threw liquid at the embassy.", "2018-08-12", [("2018-08-11", "2018-08-11")]),
    ("Party members have this morning camped at the court.", "2024-11-20", [("2024-11-20", "2024-11-20")]),
    ("The talks ran until 11pm.", "2024-11-20", []),
    # "exactly" a counted period ago is that day; without it, the period
    ("Exactly one year ago, the RCMP announced it.", "2025-10-13", [("2024-10-13", "2024-10-13")]),
    ("One year ago, the RCMP announced it.", "2025-10-13", [("2024-01-01", "2024-12-31")]),
    # a possessive date is the date itself
    ("The student took part in last month's event.", "2019-08-07", [("2019-07-01", "2019-07-31")]),
    ("Last year’s report found abuses.", "2019-08-07", [("2018-01-01", "2018-12-31")]),
    # a year in a law's or treaty's title names the document; a lowercase "2020 law" still dates its passing
    ("He was charged under the Deposit Schemes Act, 2019, and the Depositors Act, 1997.", "2023-01-01", []),
    ("They were banned under Regulations No. 1 of 2012 and the Secrets Acts of 1911.", "2024-01-01", []),
    ("Siddika was charged under the Special Powers Act of 1974 after police came.", "2024-01-01", []),
    ("Details are set out in G.N. (E.) 15 of 2024 and the Ordinance (6 of 2024).", "2024-06-12", []),
    ("The act of 2019 was passed in 2019.", "2024-01-01", [("2019-01-01", "2019-12-31")]),
    # a day written with its month's name and year is a day, whatever entity the model makes of it or cuts
    ("We refer to Malaysia’s deportation on 5th March 2018 of 6 Egyptians back to Egypt.", "2023-01-01",
     [("2018-03-05", "2018-03-05")]),
    ("Activists have been summoned by security forces this morning, 13th of May 2017.", "2017-05-13",
     [("2017-05-13", "2017-05-13")]),
    ("They met 3 times in May 2019.", "2023-01-01", [("2019-05-01", "2019-05-31")]),
    # a day range the model ends at its first day
    ("Two participants who attended a April 29-30 meeting of Russian dissidents fell ill.", "2023-08-01",
     [("2023-04-29", "2023-04-30")]),
    # "the period of" names the period itself, as "the end of" a part of it
    ("The report spans the period of 1996 to 2014.", "2023-08-01", [("1996-01-01", "2014-12-31")]),
    ("During the period of the war, he fled.", "2023-08-01", []),
    # a day in brackets after its weekday is that day, as after a comma
    ("On Wednesday (October 19), the minister said it. It took place on Sunday (October 16), as a group protested.",
     "2022-10-20", [("2022-10-19", "2022-10-19"), ("2022-10-16", "2022-10-16")]),
    # a number out of the years' range is no year
    ("From 2014 to 2023, Freedom House registered 1034 similar incidents.", "2024-01-01", [("2014-01-01", "2023-12-31")]),
    ("The office is at 3522 International Court NW.", "2024-01-01", []),
    ("The UN said Kenya broke the 1951 Refugee Convention in 2024.", "2025-01-01", [("2024-01-01", "2024-12-31")]),
    ("A 2020 law let police hold him in 2021.", "2023-01-01", [("2020-01-01", "2020-12-31"), ("2021-01-01", "2021-12-31")]),
    # a named day is a day: with its year, or the one nearest publication; it may begin a name
    ("Karegeya was found strangled on New Year’s Day 2014 in a hotel.", "2021-03-01", [("2014-01-01", "2014-01-01")]),
    ("On Valentine's Day 2018, she vanished.", None, [("2018-02-14", "2018-02-14")]),
    ("He was arrested on Easter Sunday 2019.", None, [("2019-04-21", "2019-04-21")]),
    ("The raid took place on Thanksgiving Day.", "2020-05-01", [("2019-11-28", "2019-11-28")]),
    ("Police came on Christmas Eve.", "2020-05-01", [("2019-12-24", "2019-12-24")]),
    ("Police came on Christmas Eve.", None, [(None, None)]),
    ("Christmas Island police signed the Good Friday Agreement.", "2020-05-01", []),
    # a year the model tags as a number or takes into a name is a date after a year cue ("in", "a", "the", "from")
    ("Abouammo worked at Twitter from 2013 to 2015 as a manager.", None, [("2013-01-01", "2015-12-31")]),
    ("The Justice Department also said that in 2015 Lu joined counter-protests.", None, [("2015-01-01", "2015-12-31")]),
    ("He failed to win a seat in the 2014 European elections.", None, [("2014-01-01", "2014-12-31")]),
    ("Room 2015 was searched by police.", None, []),
    # a month name that ends a person's name is no date
    ("Theresa May names the suspects.", "2018-09-05", []),
    ("Prime Minister Theresa May said in May that they left.", "2018-09-05", [("2018-05-01", "2018-05-31")]),
    # "later this year" runs from publication to the year's end, the mirror of "earlier this year"
    ("The vote is expected later this year.", "2024-04-12", [("2024-04-12", "2024-12-31")]),
    ("The vote is expected later this year.", "2024-04", [(None, None)]),
    # a numbered day: dots are day first; otherwise a number over 12 is the day, else the reading nearest publication
    ("The court scheduled a session for 21.05.2023 to consider the case.", None, [("2023-05-21", "2023-05-21")]),
    ("3-2-2024 (BANGKOK) Two activists were apprehended in Thailand.", "2024-02-03", [("2024-02-03", "2024-02-03")]),
    ("He was detained on 10/28/2022 in Paris.", None, [("2022-10-28", "2022-10-28")]),
    ("The flat was numbered 21.05 in the plan.", None, []),
    # a "today" the model leaves untagged after a dateline's dash is a date; the end of a name is not
    ("WASHINGTON-Today, the Treasury sanctioned five officials.", "2026-02-26", [("2026-02-26", "2026-02-26")]),
    ("He told USA Today that he was afraid.", "2026-02-26", []),
    # a time of a named day is that day; a year range written as one word is the range; "between 2014" cut from
    # its end ("and the publication date") is the year
    ("They were found murdered on the night of Sept. 21 in their home.", "2023-10-10", [("2023-09-21", "2023-09-21")]),
    ("They were found murdered on the night of Sept. 21 in their home.", None, [(None, None)]),
    ("He was the son of former President Violeta Chamorro (1990\u20131997), who died.", None,
     [("1990-01-01", "1997-12-31")]),
    ("Turkey was behind 132 incidents between 2014 and the publication date.", None, [("2014-01-01", "2014-12-31")]),
    # a day whose year is written after a place in its clause takes that year, and the year is no date of its own
    ("Buhari was shot and killed on December 14 in Istanbul in 2014.", "2015-11-30", [("2014-12-14", "2014-12-14")]),
    ("He was arrested on December 14 and charged in 2014.", "2015-11-30",
     [("2015-12-14", "2015-12-14"), ("2014-01-01", "2014-12-31")]),
    # a part of a period ("the end of", "the start of") names that period, as "early May" is May; not a part of a
    # name or of a vague period ("the end of the 1994 genocide", "the end of the year")
    ("At the end of September, he announced his candidacy.", "2024-11-05", [("2024-09-01", "2024-09-30")]),
    ("At the end of September, he announced his candidacy.", None, [(None, None)]),
    ("Police detained them at the start of last month, the group said.", "2023-08-10", [("2023-07-01", "2023-07-31")]),
    ("He fled at the end of the year.", "2023-08-10", []),
    # a range whose first end's year is closed by a comma before the joiner is one range; a list of days stays two
    ("The men spied between August 30, 2020, and February 8, 2023, the court heard.", "2023-09-01",
     [("2020-08-30", "2023-02-08")]),
    ("He was born on May 3, 2019, and arrested on June 4, 2020.", "2023-09-01",
     [("2019-05-03", "2019-05-03"), ("2020-06-04", "2020-06-04")]),
    # a weekday set off by a comma before the day it names is that one day, not a second (unresolved) date
    ("Four nationals were repatriated on Friday, 18 October 2024, at the request of the government.", None,
     [("2024-10-18", "2024-10-18")]),
    # "a week ago, on Friday" with no publication date: one day, the weekday that names it (two real golds list one)
    ("The arrests started a week ago, on Friday, and have continued.", None, [(None, None)]),
    # a day range in one month keeps its opener ("between October 18-22", "from Jan. 1-31"): the month's days, never
    # a year read from the day
    ("They deported three activists between October 18-22, placing them in detention.", "2021-10-27",
     [("2021-10-18", "2021-10-22")]),
    ("The restaurant will be closed from Jan. 1-31 next year.", "2022-12-24",
     [("2023-01-01", "2023-01-31"), ("2023-01-01", "2023-12-31")]),
    # two months or two days of a month joined by "and" are one period, with the year written or the one nearest
    # publication; months of different years or a list of days with their own years stay apart
    ("It peaked in June and July, the agency said.", "2023-02-08", [("2023-06-01", "2023-07-31")]),
    ("It peaked in June and July, the agency said.", None, [(None, None)]),
    ("They went missing on January 23 and 24.", "2023-02-08", [("2023-01-23", "2023-01-24")]),
    ("The men were detained on 3 and 4 March 2020 in Kampala.", None, [("2020-03-03", "2020-03-04")]),
    ("He left in May 2019 and returned in June 2020.", None, [("2019-05-01", "2019-05-31"), ("2020-06-01", "2020-06-30")]),
    # "later this month" runs from publication to the month's end, as "later this year" to the year's
    ("The verdict is expected later this month.", "2023-01-16", [("2023-01-16", "2023-01-31")]),
    ("The verdict is expected later this month.", "2023-01", [(None, None)]),
    # a week of a month: the first is its days 1 to 7, the last its last seven; without a year, the nearest one
    ("All three men were arrested in the first week of April on charges of illegal entry.", "2023-05-02",
     [("2023-04-01", "2023-04-07")]),
    ("All three men were arrested in the first week of April on charges of illegal entry.", None, [(None, None)]),
    ("The raids came in the last week of June 2021.", None, [("2021-06-24", "2021-06-30")]),
    # a dateline's day the model runs on past its dash; a day and its year after a dash is that day, no range
    ("LONDON, March 4 - Two men went on trial in London accused by British prosecutors.", "2025-03-05",
     [("2025-03-04", "2025-03-04")]),
    ("KHARTOUM, May 31 - 2018 (Radio Dabanga) The man was deported.", None, [("2018-05-31", "2018-05-31")]),
    # "around 2011" is 2011
    ("Bahrain infected their laptops with FinSpy in around 2011, which let it watch them.", "2023-02-08",
     [("2011-01-01", "2011-12-31")]),
    # a range's ends keep none of the words before them that are no part of their period, however many ("the period",
    # "at least approximately", "the end of"); a year range's far end the model reads as a number
    ("The man is indicted for, during the period April 2015 to February 2019, collecting information.", "2023-06-01",
     [("2015-04-01", "2019-02-28")]),
    ("According to court documents, from at least approximately January 2023 to May 2023, Chen acted.", "2024-06-01",
     [("2023-01-01", "2023-05-31")]),
    ("The men gathered information on critics from the start of 2013 to the end of 2014.", "2024-06-01",
     [("2013-01-01", "2014-12-31")]),
    ("Freedom House says there were 854 verifiable incidents from 2014 to 2022, which included abductions.",
     "2024-06-01", [("2014-01-01", "2022-12-31")]),
    ("He was jailed in 2014 and 2022 for his posts.", "2024-06-01",
     [("2014-01-01", "2014-12-31"), ("2022-01-01", "2022-12-31")]),
    # a capitalised month and a day number the model leaves untagged or reads as a number is that day (a day range
    # in that month); not in a name ("the March 1 Movement")
    ("Syed Fawad Ali Shah, also known as Fawad Shah, disappeared in Malaysia on Aug 23.", "2022-09-10",
     [("2022-08-23", "2022-08-23")]),
    ("He spoke at the 3rd India Ideas Conclave organized Nov 4-6 by New Delhi-based India Foundation.", "2016-11-17",
     [("2016-11-04", "2016-11-06")]),
    ("He joined the March 1 Movement as a student.", "2016-11-17", []),
]


@pytest.mark.parametrize("text,published,expected", DATES, ids=[f"{t[:30]}|{p}" for t, p, _ in DATES])
def test_dates(nlp: Language, text: str, published: str | None, expected: list[tuple[str | None, str | None]]) -> None:
    rows = run(nlp, text, "dates", published=published)
    assert [(r.date_start, r.date_end) for r in rows] == expected


# --- attributions ----------------------------------------------------------------

ATTRIBUTIONS = [
    # a peer first named with the seat of the title speaks under that name by the family name alone
    ("Lord Hughes of Ombersley, the chairman of the inquiry, said Russian spies did it. In his report, Hughes said the "
     "attack was reckless.",
     [("Lord Hughes of Ombersley", "said", "assert", "indirect", "Russian spies did it"),
      ("Lord Hughes of Ombersley", "said", "assert", "indirect", "the attack was reckless")]),
    # a court no actor names speaks as the court: by its proper name, else the court named before, else the generic
    # court; not a court a phrase of the subject names, nor courts in general
    ("Britain's High Court found that the ruler of Dubai hacked the phones of his ex-wife.",
     [("High Court", "found", "assert", "indirect", "the ruler of Dubai hacked the phones of his ex-wife")]),
    ("On 18 October, the Dhaka cyber-court told the police that any property Khalil still has in Bangladesh should be seized.",
     [("court", "told", "assert", "indirect", "any property Khalil still has in Bangladesh should be seized")]),
    ("The European Court of Human Rights heard the case. In April 2013 the court found that Russia had violated the "
     "prohibition of torture.",
     [("European Court of Human Rights", "found", "assert", "indirect", "Russia had violated the prohibition of torture")]),
    ("The Russian suspect's statements in Swedish court reveal the mastermind.", []),
    ("The courts said the men had acted for Russia.", []),
    # a definite noun that repeats the head or last word of a body's name named before speaks for that body; a plural for
    # the first of those named together; not a person, a state, or a noun with words of its own
    ("The Council of Europe published a report. The council said China must release the activists.",
     [("Council of Europe", "said", "assert", "indirect", "China must release the activists")]),
    ("Fugitives were returned, according to the Central Commission for Discipline Inspection and the National Commission "
     "of Supervision. Additionally, 62 fugitives have been returned to China, the commissions said.",
     [("Central Commission for Discipline Inspection", "according to", "assert", "indirect", "Fugitives were returned"),
      ("Central Commission for Discipline Inspection", "said", "assert", "indirect",
       "Additionally, 62 fugitives have been returned to China")]),
    ("The Council of Europe published a report. The city council said China must release the activists.", []),
    ("The Council of Europe published a report. A council said China must release the activists.", []),
    # "the group" with no NGO or organisation named before: a body whose name has a group's word, whatever its type
    ("The UN Group of Human Rights Experts on Nicaragua published a report. Critics abroad are monitored and attacked, the "
     "group said in a statement.",
     [("UN Group of Human Rights Experts on Nicaragua", "said", "assert", "indirect", "Critics abroad are monitored and attacked")]),
    # an NGO named before speaks unless a body's name holds the noun itself ("the UN Group of Experts")
    ("Human Rights Watch and the Freedom Initiative met. The group said critics were harassed.",
     [("Human Rights Watch", "said", "assert", "indirect", "critics were harassed")]),
    ("Human Rights Watch and the UN Group of Experts met. The group said critics were harassed.",
     [("UN Group of Experts", "said", "assert", "indirect", "critics were harassed")]),
    # "this" opening a passive cue's sentence as its subject is the sentence before; "it" is some thing named there
    ("Morocco used the Pegasus software to spy on journalists. This is revealed by an investigation by Amnesty International.",
     [("Amnesty International", "revealed", "assert", "indirect", "Morocco used the Pegasus software to spy on journalists")]),
    ("Iran hired criminal gangs to target dissidents. This was confirmed by Human Rights Watch.",
     [("Human Rights Watch", "confirmed", "assert", "indirect", "Iran hired criminal gangs to target dissidents")]),
    ("Iran hired criminal gangs to target dissidents. It was confirmed by Human Rights Watch.", []),
    # a passive participle set off by a comma with its completion describes the noun before it, though the parser hung it
    # on the clause; one without a completion is an act ("questioned by police")
    ("The threats were part of Operation Fox Hunt, characterized by the FBI as an illegal campaign to repatriate dissidents.",
     [("Federal Bureau of Investigation", "characterized", "assert", "indirect", "as an illegal campaign to repatriate dissidents")]),
    ("The activist was detained in Dubai, questioned by the FBI for hours.", []),
    # a completion the parser hung on an adverb or a time phrase between it and the object goes on with the claim; a
    # place phrase does not
    ("Turkey has accused Sweden before of sheltering terrorists.",
     [("Turkey", "accused", "assert", "indirect", "Sweden before of sheltering terrorists")]),
    ("Russia accused Britain last week of sheltering criminals.",
     [("Russia", "accused", "assert", "indirect", "Britain last week of sheltering criminals")]),
    ("Amnesty International condemned the arrests in the city of Minsk.",
     [("Amnesty International", "condemned", "assert", "indirect", "the arrests")]),
    # an indefinite phrase of a speech's medium closing a cue's object is how it was said, not the claim; a definite one
    # may be where the claim was made
    ("Leonid Volkov welcomed the detentions in a statement on Telegram.",
     [("Leonid Volkov", "welcomed", "assert", "indirect", "the detentions")]),
    ("Human Rights Watch welcomed the ruling in a post on X.",
     [("Human Rights Watch", "welcomed", "assert", "indirect", "the ruling")]),
    ("Amnesty International rejected the claims in the letter.",
     [("Amnesty International", "rejected", "deny", "indirect", "the claims in the letter")]),
    # "learn" reports a finding as a finite verb; a gerund after "after" or an infinitive of feeling is the knowing itself
    ("Agence France-Presse learned that investigators had traced the phone to the consulate.",
     [("Agence France-Presse", "learned", "assert", "indirect", "investigators had traced the phone to the consulate")]),
    ("Agence France-Presse deleted the messages after learning that investigators had traced the phone.", []),
    ("Agence France-Presse was shocked to learn that investigators had traced the phone.", []),
    # "consider" claims what its object is held to be (a second predicate: "to be", "as"; a relative clause left
    # out); weighing a thing or a step, a progressive or "what X considered" is no claim
    ("The Turkish state considers Gulen's movement to be a terrorist organization and has requested his extradition.",
     [("Turkey", "considers", "assert", "indirect", "Gulen's movement to be a terrorist organization")]),
    ("However, the Sri Lankan government considers these groups as still being linked to terrorism.",
     [("Sri Lanka", "considers", "assert", "indirect", "these groups as still being linked to terrorism")]),
    ("At present, the Prosecutor General's Office is considering the issue of choosing a preventive measure.", []),
    ("The Thai government must consider international law as it proceeds.", []),
    ("The party, which was founded in 2012 by Sam Rainsy and once considered the sole viable opponent, was dissolved.", []),
    ("When Moscow did not offer what Theresa May considered a credible explanation, Britain expelled 23 diplomats.", []),
    # "reaffirm" takes its object for its claim, like "reiterate"
    ("Human Rights Watch reaffirmed its call for the release of the activists.",
     [("Human Rights Watch", "reaffirmed", "assert", "indirect", "its call for the release of the activists")]),
    # "point" is a cue only with its particle, which the cue runs over: "pointed out that ...", not "pointed to ..." nor
    # a thing pointed
    ("Human Rights Watch pointed out that Russian services have no authority to detain people in Armenia.",
     [("Human Rights Watch", "pointed out", "assert", "indirect", "Russian services have no authority to detain people in Armenia")]),
    ("Human Rights Watch pointed to the arrests of three activists in Armenia.", []),
    ("The officer pointed his gun at Human Rights Watch researchers who said nothing.", []),
    # "the Germans" after "Germany": a state's people as a bare definite plural speak for the state named before; people
    # with words of their own ("many Germans") do not
    ("Germany expelled two diplomats. This week, the Germans said they were considering their next steps.",
     [("Germany", "said", "assert", "indirect", "they were considering their next steps")]),
    ("Germany expelled two diplomats. Many Germans said they were worried.", []),
    # a participle set off by a comma after an infinitive speaks for the subject of the finite verb above it; without the
    # comma it is part of what is asked
    ("Kosovo prosecutor Ali Rexha withdrew his request for the court to allow the extradition of Toksoy, citing lack of "
     "evidence.",
     [("Ali Rexha", "citing", "assert", "indirect", "lack of evidence")]),
    # ... so does one the parser hung on a gerund after a preposition, cut from the completion it closes; a participle
    # after the preposition itself ("by calling") is part of the completion
    ('The BBC accused Iran of stepping up pressure on its journalists, calling the moves a "sharp and deeply troubling '
     'escalation".',
     [("BBC", "accused", "assert", "indirect", "Iran of stepping up pressure on its journalists"),
      ("BBC", "calling", "assert", "mixed", 'the moves a "sharp and deeply troubling escalation')]),
    ("The BBC accused Iran of stepping up pressure on its journalists by calling their families.",
     [("BBC", "accused", "assert", "indirect", "Iran of stepping up pressure on its journalists by calling their families")]),
    ("Kosovo prosecutor Ali Rexha asked the court to allow the extradition of Toksoy citing the treaty.",
     [("Ali Rexha", "asked", "assert", "indirect", "the court to allow the extradition of Toksoy citing the treaty")]),
    # a participle set off after what someone received speaks for the sender its "from" phrase names, else for no one
    ('Amrit Wilson received a letter from the high commission of India in November 2022, accusing her of '
     '"multiple anti-India activities".',
     [("high commission", "accusing", "assert", "mixed", 'her of "multiple anti-India activities')]),
    ("Police in Istanbul detained her brother. She got a call, saying that her brother had been detained.", []),
    # a quotation that runs on into the next paragraph reopens there with no closing mark before it: all direct; a
    # quotation closed inside the claim still makes it mixed
    ('A University of Leeds spokesperson said: "We are deeply concerned and we are seeking advice.\n'
     '"Our thoughts remain with Salma and her family."\nHer lawyer declined to comment.',
     [("University of Leeds", "said", "assert", "direct",
       'We are deeply concerned and we are seeking advice.\n"Our thoughts remain with Salma and her family')]),
    ('Human Rights Watch said the arrests were "arbitrary" and unlawful.\n"They must be released," it added.',
     [("Human Rights Watch", "said", "assert", "mixed", 'the arrests were "arbitrary" and unlawful'),
      ("Human Rights Watch", "added", "assert", "direct", "They must be released")]),
    # a cue in a clause of its own, with subject and finite auxiliary, that the parser hung on a noun ("the fact that ...")
    ("Russia sent Alexey Kudin back to Belarus in spite of the fact that the European Court of Human Rights had ruled to "
     "suspend his extradition.",
     [("European Court of Human Rights", "ruled", "assert", "indirect", "to suspend his extradition")]),
    ("Russia ignored the fact that Alexey Kudin had fled Belarus.", []),
    # "according to" after a speech reported without quotation sources it, the source telling of another's denial; after
    # a quotation it sources only the quoted speech, no claim of its own
    ("The Chinese embassy denied any involvement, according to a statement by Human Rights Watch.",
     [("embassy", "denied", "deny", "indirect", "any involvement"),
      ("Human Rights Watch", "according to", "assert", "indirect", "The Chinese embassy denied any involvement")]),
    ('"We will respond," Sergei Naryshkin said, according to Human Rights Watch.',
     [("Sergei Naryshkin", "said", "assert", "direct", "We will respond")]),
    # a quotation of several sentences takes its stance from its first: a critic's words further on calling the other
    # side's claims untrue assert; a rebuttal that opens the quotation denies
    ('Hilary Benn said: "Her children are four and six years old. It shows that the claims of the Saudi authorities that '
     'they are giving women greater freedoms are not true."',
     [("Hilary Benn", "said", "assert", "direct", "Her children are four and six years old. It shows that the claims of "
       "the Saudi authorities that they are giving women greater freedoms are not true")]),
    ('The embassy of China said: "These allegations are not true. China has always respected the sovereignty of other '
     'countries."',
     [("embassy", "said", "deny", "direct", "These allegations are not true. China has always respected the sovereignty "
       "of other countries")]),
    # a state's nationals named first by their plural demonym speak by that name when named again by demonym and noun;
    # a people ("Tibetans") is no such first name: its activists speak as themselves
    ("Ethiopians in Australia are calling for the release of their relatives. The Ethiopian protesters said their "
     "relatives were identified through photos.",
     [("Ethiopians in Australia", "calling for", "assert", "indirect", "the release of their relatives"),
      ("Ethiopians in Australia", "said", "assert", "indirect", "their relatives were identified through photos")]),
    ("Tibetans abroad are watched closely. Tibetan activists said the pressure on relatives was growing.",
     [("Tibetan activists", "said", "assert", "indirect", "the pressure on relatives was growing")]),
    # a body named again by the opening words of its full name speaks by the name first given; an abbreviation may
    # name the parent of the body named before, and speaks by its own name
    ("Skyline International for Human Rights holds the Jordanian government responsible for his fate. In a statement "
     "released today, Skyline says it is closely monitoring the news.",
     [("Skyline International for Human Rights", "holds", "assert", "indirect", "the Jordanian government responsible for his fate"),
      ("Skyline International for Human Rights", "says", "assert", "indirect", "it is closely monitoring the news")]),
    # a body named again by the head word of its name ("the Center") speaks by its full name; not a head word two
    # bodies named before share
    ("The Belgrade Center for Human Rights said the man was deported. The Center recalled a similar case in 2019.",
     [("Belgrade Center for Human Rights", "said", "assert", "indirect", "the man was deported"),
      ("Belgrade Center for Human Rights", "recalled", "assert", "indirect", "a similar case")]),
    ("The Belgrade Center for Human Rights and the Carter Center for Peace said the man was deported. The Center "
     "recalled a similar case in 2019.",
     [("Belgrade Center for Human Rights", "said", "assert", "indirect", "the man was deported"),
      ("Center", "recalled", "assert", "indirect", "a similar case")]),
    ("BBC Persian reported that the court froze their assets. The BBC said its journalists will appeal to the United Nations.",
     [("BBC Persian", "reported", "assert", "indirect", "the court froze their assets"),
      ("BBC", "said", "assert", "indirect", "its journalists will appeal to the United Nations")]),
    # a state body's own body named after its possessive speaks, not the body that owns it
    ("The US State Department’s Bureau of Western Hemisphere Affairs said that it was shocked by the murder.",
     [("Bureau of Western Hemisphere Affairs", "said", "assert", "indirect", "it was shocked by the murder")]),
    # the exiled named by their plural demonym speak by that name, "exiled" and all
    ("More than 70 exiled Nicaraguans demanded international protection on Friday.",
     [("exiled Nicaraguans", "demanded", "assert", "indirect", "international protection")]),
    # a cue held back ("refused to reveal", "declined to confirm") is no claim; one the speaker only plans still is none
    ("The Bahraini authorities refused to reveal the grounds for the summons.", []),
    ("Amnesty International declined to confirm that the men were held.", []),
    # "cannot confirm or deny": one act of two verbs, the whole of it the claim, and no denial
    ('The FBI said that it "cannot confirm or deny any particular contact or the potential existence of an '
     'investigation." He is going public.',
     [("Federal Bureau of Investigation", "said", "assert", "mixed", 'it "cannot confirm or deny any particular contact or '
       'the potential existence of an investigation')]),
    # a closing cue followed by a clause set against it with its own speaker: the claim before the comma is still its own
    ("Thai immigration police have detained the leader of a Cambodian opposition group based in Denmark, Human Rights "
     "Watch (HRW) said on Thursday, while a Cambodian official said the government was in talks with Thailand.",
     [("Human Rights Watch", "said", "assert", "indirect", "Thai immigration police have detained the leader of a "
       "Cambodian opposition group based in Denmark"),
      ("Cambodia", "said", "assert", "indirect", "the government was in talks with Thailand")]),
    # a state of mind a named speaker declares in a main clause is a claim about what it is about; not negated, not a
    # person's feelings the story tells, not a worry for people, not one inside another's claim
    ("The Bahrain Center for Human Rights is gravely concerned about recent attempts by the authorities to intimidate "
     "defenders in exile.",
     [("Bahrain Center for Human Rights", "is gravely concerned about", "assert", "indirect", "recent attempts by the "
       "authorities to intimidate defenders in exile")]),
    ("Amnesty International remains alarmed that the men are still held.",
     [("Amnesty International", "remains alarmed", "assert", "indirect", "the men are still held")]),
    ("Amnesty International is not concerned about the verdict.", []),
    ("Maria Lopez lives in Chicago. She was concerned about leaving an electronic trail.", []),
    ("German officials remain concerned about other dual nationals held in Iran.", []),
    ("UNHCR said it was deeply concerned by the reports of refoulement.",
     [("United Nations High Commissioner for Refugees", "said", "assert", "indirect", "it was deeply concerned by the "
       "reports of refoulement")]),
    # an indefinite description of a name closing an object's claim is the story's own: left out (not a list the parser
    # read as an apposition, nor a description inside the claim)
    ("Berlin has explicitly accused Vietnam of kidnapping Trinh Xuan Thanh, a former employee of PetroVietnam who faces "
     "charges in Vietnam.",
     [("Germany", "accused", "assert", "indirect", "Vietnam of kidnapping Trinh Xuan Thanh")]),
    ("Human Rights Watch accused Vietnam of abducting Duong Van Thai, a blogger recognised as a refugee, from Thailand.",
     [("Human Rights Watch", "accused", "assert", "indirect", "Vietnam of abducting Duong Van Thai, a blogger recognised "
       "as a refugee, from Thailand")]),
    # a quotation closed before an inverted cue is the claim, whatever the parser hung on the cue from the speaker's
    # description; an apostrophe inside it opens nothing
    ("\u2018French authorities should investigate the attack\u2019, said Gulnoza Said, Central Asia coordinator at the "
     "Committee to Protect Journalists.",
     [("Gulnoza Said", "said", "assert", "direct", "French authorities should investigate the attack")]),
    ("\u201cIt\u2019s easy to blame a few corrupt officers but the intimidation of the victims\u2019 families belies such a "
     "theory,\u201d said Yasmin Sooka.",
     [("Yasmin Sooka", "said", "assert", "direct", "It\u2019s easy to blame a few corrupt officers but the intimidation of "
       "the victims\u2019 families belies such a theory")]),
    # "ruled out" rules nothing: the parenthetical cue's claim only
    ("Ojeda\u2019s outspoken politics, Amnesty International said, ruled out speculation the group killed him over gang "
     "activity.",
     [("Amnesty International", "said", "assert", "indirect", "ruled out speculation the group killed him over gang "
       "activity")]),
    # a that-clause's closing relative clause on a name is the story's; an apposition there stays (often the claim's own
    # comment)
    ("Dutch officials have since confirmed that he was Mohammad Reza Kolahi Samadi, who was sentenced to death in "
     "absentia in Iran.",
     [("Netherlands", "confirmed", "assert", "indirect", "he was Mohammad Reza Kolahi Samadi")]),
    ("Human Rights Watch said that Inandi may be deported to Turkey, a pattern that has been repeated for scores of "
     "exiles.",
     [("Human Rights Watch", "said", "assert", "indirect", "Inandi may be deported to Turkey, a pattern that has been "
       "repeated for scores of exiles")]),
    # a closing speaker whose name ends in a number, in apposition to a description ("the broadcaster France 24")
    ("Police have arrested three men suspected of involvement in the murder of the opposition leader, who was shot dead in "
     "Istanbul on March 5, the broadcaster France 24 reported on Monday.",
     [("France 24", "reported", "assert", "indirect", "Police have arrested three men suspected of involvement in the "
       "murder of the opposition leader, who was shot dead in Istanbul on March 5")]),
    # "according to" closing an aside between dashes: the aside is the claim (an outcome told of someone, no denial);
    # closing a clause before a dash that opens no aside: the clause
    ("The raids targeted houses of Uyghur students and an Uyghur professor residing in Egypt \u2014 who was not arrested, "
     "according to Amnesty International \u2014 and a restaurant popular with the Uyghur community.",
     [("Amnesty International", "according to", "assert", "indirect", "who was not arrested")]),
    ("The raids targeted houses of Uyghur students in Cairo, according to Amnesty International \u2014 and a restaurant "
     "was closed.",
     [("Amnesty International", "according to", "assert", "indirect", "The raids targeted houses of Uyghur students in "
       "Cairo")]),
    ('"They are in fact overseas Chinese service centres," said Chinese foreign ministry spokesman Wang Wenbin.',
     [("Wang Wenbin", "said", "assert", "direct", "They are in fact overseas Chinese service centres")]),
    ("China has refuted these reports.", [("China", "refuted", "deny", "indirect", "these reports")]),
    ("Safeguard Defenders claimed that China runs 54 stations.",
     [("Safeguard Defenders", "claimed", "assert", "indirect", "China runs 54 stations")]),
    ("According to Freedom House, China is the most prolific perpetrator.",
     [("Freedom House", "according to", "assert", "indirect", "China is the most prolific perpetrator")]),
    ("India rejected the allegations as absurd.", [("India", "rejected", "deny", "indirect", "the allegations as absurd")]),
    # a denial word joined to an adjective describing a thing the claim reports describes it too; joined to a
    # predicate, or on a claim noun, it still calls the claim false
    ("The police said he had travelled on a forged or false passport.",
     [("police", "said", "assert", "indirect", "he had travelled on a forged or false passport")]),
    ("Iran's foreign ministry said the reports were biased and false.",
     [("Ministry of Foreign Affairs", "said", "deny", "indirect", "the reports were biased and false")]),
    ("Iran's foreign ministry called them baseless and false accusations.",
     [("Ministry of Foreign Affairs", "called", "deny", "indirect", "them baseless and false accusations")]),
    # "attributed X to Y": the to-phrase completes the claim; another cue's to-phrase names a hearer, not the claim
    ("Citizen Lab attributed the infection to a Pegasus operator.",
     [("Citizen Lab", "attributed", "assert", "indirect", "the infection to a Pegasus operator")]),
    ("Amnesty International revealed the plan to reporters.",
     [("Amnesty International", "revealed", "assert", "indirect", "the plan")]),
    # a government a known leader leads is its state; a leader's lawyers speak for the person
    ("Hun Sen's government has described the planned return as an attempted coup.",
     [("Cambodia", "described", "assert", "indirect", "the planned return as an attempted coup")]),
    ("The government of Narendra Modi has rejected the claims as absurd.",
     [("India", "rejected", "deny", "indirect", "the claims as absurd")]),
    ("Sam Rainsy's lawyers said the case was political.",
     [("Sam Rainsy", "said", "assert", "indirect", "the case was political")]),
    # a quotation that opens the next sentence, or a possessive apostrophe, makes no claim mixed; a closing one does
    ('Anders Samuelsen welcomed the decision. "Strong signal from EU," he wrote.',
     [("Anders Samuelsen", "welcomed", "assert", "indirect", "the decision"),
      ("Anders Samuelsen", "wrote", "assert", "direct", "Strong signal from EU")]),
    ("Police said they smeared the poison on the handle of the Skripals' front door.",
     [("police", "said", "assert", "indirect", "they smeared the poison on the handle of the Skripals' front door")]),
    ('Iran called the attack "a plot by its enemies."',
     [("Iran", "called", "assert", "mixed", 'the attack "a plot by its enemies')]),
    ("Police said all three are due to appear at Westminster Magistrates\u2019 Court on Monday.",
     [("police", "said", "assert", "indirect", "all three are due to appear at Westminster Magistrates\u2019 Court on Monday")]),
    # (a headline's claim ends at its line, without the line break)
    ("Carine Kanimba says \u2018Hotel Rwanda\u2019 hero was \u2018kidnapped\u2019 in Dubai\n\nHer father was detained.",
     [("Carine Kanimba", "says", "assert", "mixed", "Hotel Rwanda\u2019 hero was \u2018kidnapped\u2019 in Dubai")]),
    ("The embassy said that the claims were baseless.", []),
    # verbs of stressing and mentioning take a noun for their claim; appeals by lobbying or advice; a bare negative
    # answer denies; a clause on a noun with its own subject still reports the subject's claim
    ("Human Rights Watch emphasized the importance of following international law.",
     [("Human Rights Watch", "emphasized", "assert", "indirect", "the importance of following international law")]),
    ("Amnesty International lobbied Thailand to protect the Uyghur detainees.",
     [("Amnesty International", "lobbied", "assert", "indirect", "Thailand to protect the Uyghur detainees")]),
    ("The Foreign Ministry advised citizens not to travel to Iran.",
     [("Foreign Ministry", "advised", "assert", "indirect", "citizens not to travel to Iran")]),
    ("Amnesty International advised him on his case.", []),
    # a preposition's phrase is the claim of a few cues; "named X as Y" claims, "named X" appoints
    ("Mike Burgess alluded to the spy ring in his annual threat assessment.",
     [("Mike Burgess", "alluded", "assert", "indirect", "the spy ring")]),
    ("Khem Monykosal remarked on the heightened tension in their vicinity.",
     [("Khem Monykosal", "remarked", "assert", "indirect", "the heightened tension in their vicinity")]),
    ("Mossad named the leaders of two Swedish gangs as working on Iran's behalf.",
     [("Mossad", "named", "assert", "indirect", "the leaders of two Swedish gangs as working on Iran's behalf")]),
    ("Human Rights Watch named the new director.", []),
    ("Amnesty International declined to comment on the case.", []),
    # "threaten" claims with its to-infinitive, not with a person for object; "doubt" denies its object
    ("Hun Sen threatened to beat protesters in Australia.",
     [("Hun Sen", "threatened", "assert", "indirect", "to beat protesters in Australia")]),
    ("Hun Sen threatened the journalist.", []),
    ("Human Rights Watch doubts the reasons for his persecution.",
     [("Human Rights Watch", "doubts", "deny", "indirect", "the reasons for his persecution")]),
    ("Human Rights Watch has no doubt about it.", []),
    # (not "fear": a fear of an attack or for one's safety is no claim)
    ("Amnesty International feared an attack.", []),
    # a cue the parser hung on the claim's verb after it; a quotation a colon after the claim opens bears it out
    ("While Beijing says the centres are schools, critics call them camps.",
     [("China", "says", "assert", "indirect", "the centres are schools")]),
    ("After the ministry announced, the men left the country.", []),
    # what a document finds or identifies is its author's claim, a noun object alone too; a person's find is not
    ("Safeguard Defenders published a new report. The new report identifies 102 stations in 53 countries.",
     [("Safeguard Defenders", "identifies", "assert", "indirect", "102 stations in 53 countries")]),
    ("Safeguard Defenders found a body.", []),
    # "citing" after an act that is no speech gives the actor's reason; before or after a cue, the claim's source
    ("However, INTERPOL later revoked the notice, citing its rules against politically motivated persecution.",
     [("Interpol", "citing", "assert", "indirect", "its rules against politically motivated persecution")]),
    ("Human Rights Watch identified the man as Aliyev, citing relatives.",
     [("Human Rights Watch", "identified", "assert", "indirect", "the man as Aliyev")]),
    # a report cue after a comma citing a named actor, its document or an official standing for one: the cited one
    # makes the claim too (named reporter or not); not a reason cited, nor one no one named
    ("Turkey deported two bloggers, Chronicles of Turkmenistan reported, citing lawyer Gülden Sönmez.",
     [("Chronicles of Turkmenistan", "reported", "assert", "indirect", "Turkey deported two bloggers"),
      ("Gülden Sönmez", "citing", "assert", "indirect", "Turkey deported two bloggers")]),
    ("Thirty-eight people were arrested at a monastery, Thai media reported, citing a statement from Thai authorities.",
     [("Thailand", "citing", "assert", "indirect", "Thirty-eight people were arrested at a monastery")]),
    ("Citing Eritrean activists living in Egypt, Human Rights Watch reports that 24 asylum seekers were expelled.",
     [("Human Rights Watch", "reports", "assert", "indirect", "24 asylum seekers were expelled"),
      ("Eritrean activists", "citing", "assert", "indirect", "24 asylum seekers were expelled")]),
    ("Thirty people were deported, Human Rights Watch said, citing information from two advocates.",
     [("Human Rights Watch", "said", "assert", "indirect", "Thirty people were deported")]),
    ("Thirty people were deported, Human Rights Watch said, citing fears of torture.",
     [("Human Rights Watch", "said", "assert", "indirect", "Thirty people were deported"),
      ("Human Rights Watch", "citing fears", "assert", "indirect", "of torture")]),
    # a that-clause after a phrase between commas
    ("The Globe and Mail reported last month, citing intelligence documents, that Beijing had tried to influence the "
     "election.",
     [("The Globe and Mail", "reported", "assert", "indirect", "Beijing had tried to influence the election")]),
    ('Victor Ho stressed that a normal routine is crucial: "the best policy is to keep everyday business as usual."',
     [("Victor Ho", "stressed", "assert", "mixed",
       'a normal routine is crucial: "the best policy is to keep everyday business as usual')]),
    ('Asked whether he had ordered the killing, Mohammed bin Salman answered: "Absolutely not."',
     [("Mohammed bin Salman", "answered", "deny", "direct", "Absolutely not")]),
    ("Ahmadreza Djalali remains on death row on espionage charges that his family and Sweden reject.",
     [("Sweden", "reject", "deny", "indirect", "espionage charges")]),
    # a closing speaker the parser hung on the claim is the phrase's head noun, not the body in its prepositional phrase;
    # introduced by an indefinite noun, it is the person named at the noun's next use; none named, no one
    ("Death threats likely originated from Chinese diplomats in Canada, a consultant to the Canadian Security "
     "Intelligence Service has told Free Tibet. The threats against the student indicate an increasingly aggressive "
     "stance in China\u2019s foreign policy, the CSIS consultant, Charles Burton, said.",
     [("Charles Burton", "told", "assert", "indirect", "Death threats likely originated from Chinese diplomats in Canada"),
      ("Charles Burton", "said", "assert", "indirect",
       "The threats against the student indicate an increasingly aggressive stance in China\u2019s foreign policy")]),
    ("Death threats likely originated from Chinese diplomats in Canada, a consultant to the Canadian Security "
     "Intelligence Service has told Free Tibet.", []),
    # a denial word describing a thing in apposition ("a false identity") calls no claim false
    ("German federal prosecutors said Krasikov had entered the EU on a passport issued in the name of Vadim Sokolov, a "
     "false identity.",
     [("Federal Public Prosecutor General", "said", "assert", "indirect",
       "Krasikov had entered the EU on a passport issued in the name of Vadim Sokolov, a false identity")]),
    # a state's federal prosecutors are its own office of prosecutors, and later unnamed prosecutors speak for it;
    # US federal prosecutors stay the public prosecutor (the US's own name is its justice ministry)
    ("German federal prosecutors said he had spied. He contacted the police, prosecutors added.",
     [("Federal Public Prosecutor General", "said", "assert", "indirect", "he had spied"),
      ("Federal Public Prosecutor General", "added", "assert", "indirect", "He contacted the police")]),
    ("US federal prosecutors said he had spied.",
     [("public prosecutor", "said", "assert", "indirect", "he had spied")]),
    # what a case or a record shows is evidence in the story's voice, no one's claim
    ("The case of Salma al-Shehab shows how the kingdom polices what its citizens say overseas.", []),
    # "there are no leads": nothing found yet, no accusation rejected; "he had no link": a denial
    ("\u201cThere are still no leads to the killers,\u201d Carmina Leite said.",
     [("Carmina Leite", "said", "assert", "direct", "There are still no leads to the killers")]),
    ("Peskov said Russia had no link to the poisoning.",
     [("Peskov", "said", "deny", "indirect", "Russia had no link to the poisoning")]),
    # a denial by "he" before the speaker named after it is someone else's, told; "Smith said he denied" is his own
    ("He denies any wrongdoing, said Jens Madsen.", [("Jens Madsen", "said", "assert", "indirect", "He denies any wrongdoing")]),
    ("Jens Madsen said he denied any wrongdoing.", [("Jens Madsen", "said", "deny", "indirect", "he denied any wrongdoing"),
                                                    ("Jens Madsen", "denied", "deny", "indirect", "any wrongdoing")]),
    # an office no holder is named before is held by the person who speaks at the opening of the next sentence
    ("The interior minister said it was a targeted killing. Rana Sanaullah Khan told journalists that more was needed.",
     [("Rana Sanaullah Khan", "said", "assert", "indirect", "it was a targeted killing"),
      ("Rana Sanaullah Khan", "told", "assert", "indirect", "that more was needed")]),
    # a kinship noun no one is named at is the person named at its next use
    ("His daughter says he was kidnapped. His daughter, Carine Kanimba, spoke to reporters.",
     [("Carine Kanimba", "says", "assert", "indirect", "he was kidnapped")]),
    ("Peskov said Russia had nothing to do with the poisoning.",
     [("Peskov", "said", "deny", "indirect", "Russia had nothing to do with the poisoning")]),
    ("The RCMP said it would not tolerate intimidation.",
     [("Royal Canadian Mounted Police", "said", "assert", "indirect", "it would not tolerate intimidation")]),
    ("Matin said Iran denies any link to the stabbing.",
     [("Matin", "said", "deny", "indirect", "Iran denies any link to the stabbing"),
      ("Iran", "denies", "deny", "indirect", "any link")]),
    ("Observers say the campaign is growing.", []),
    # a closing speaker after a comma that the parser took for part of the claim's last words speaks; the claim runs to the comma
    ("Hong Kong police issued bounties of HK$1 million (S$172,451) each for eight activists based abroad, Hong Kong Free "
     "Press (HKFP) reported.",
     [("Hong Kong Free Press", "reported", "assert", "indirect",
       "Hong Kong police issued bounties of HK$1 million (S$172,451) each for eight activists based abroad")]),
    # a participle after "after", "before" or "by" speaks for the subject of the verb it hangs on; not after "of"
    ("In 2018 Danish police carried out a large operation after saying they had uncovered a plan to kill an activist.",
     [("police", "saying", "assert", "indirect", "they had uncovered a plan to kill an activist")]),
    ("He was accused of saying that the election was rigged.", []),
    ("Residents of the complex where Maksim Kuzminov lived told reporters that he kept to himself.", []),
    ("A jury in the County Court of Victoria found him guilty of one charge.", []),
    ("Human Rights Watch activist Vital Shyshou found hanged in Kyiv.", []),
    ("Y Quynh Bdap helped found Montagnards Stand for Justice.", []),
    ("Ukraine's National Police questioned his partner and friends.", []),
    ("Halbe Zijlstra declared Eritrea's most senior diplomat persona non grata.", []),
    ("The Federal Foreign Office declared two staff members of the Embassy of the Russian Federation in Berlin personae "
     "non gratae.", []),
    ("The Netherlands recently declared the head of the Eritrean embassy office in The Hague \u2018persona non grata\u2019 "
     "after a conversation was published.", []),
    # hearsay ("men said to be ..."), a passive told after a relative clause, unowned reports from a place and a
    # relative clause after a comma report no one's claim
    ("Khashoggi was killed in Istanbul by men said to be connected with the top levels of the government.", []),
    ("The detained students include 20 who were stopped in Alexandria on Wednesday and told they would be deported "
     "to China.", []),
    ("Media reports in Uzbekistan suggested the case against Abdullaev was linked to his posts.", []),
    ("The 70-year-old had promised to return to Cambodia and to lead a movement against Prime Minister Hun Sen, who "
     "has ruled since 1985.", []),
    # a source the parser cut ("Freedom Now that documented ...") stays whole; the claim is the clause before it
    ("The crackdown has intensified, according to a joint statement by Human Rights Watch and Freedom Now that "
     "documented 33 cases.",
     [("Human Rights Watch", "according to", "assert", "indirect", "The crackdown has intensified")]),
    # a charging document opening the sentence speaks for the prosecution, not the court it was filed in, and its
    # phrase runs to the comma
    ("The Justice Department charged eight men. According to the complaint filed in the federal district court in "
     "Brooklyn and unsealed Wednesday, the eight men tried to intimidate a man.",
     [("Department of Justice", "according to", "assert", "indirect", "the eight men tried to intimidate a man")]),
    # a rule for what is to come is no denial; "nothing to hide" is
    ("Nepal's home ministry said that no protests against a friendly neighbour will be allowed.",
     [("Ministry of Home Affairs", "said", "assert", "indirect", "no protests against a friendly neighbour will be allowed")]),
    ("Nepal's home ministry said that no laws had been broken.",
     [("Ministry of Home Affairs", "said", "deny", "indirect", "no laws had been broken")]),
    ('Crown Prince Mohammed bin Salman told Bloomberg that the kingdom had "nothing to hide".',
     [("Mohammed bin Salman", "told", "deny", "mixed", 'the kingdom had "nothing to hide')]),
    # ", then died": what happened next ends the claim; "and then taken into custody" goes on with it
    ("Kim Jong Nam arrived at the airport. He complained to airport staff that he felt dizzy, then died en route to a "
     "hospital.",
     [("Kim Jong Nam", "complained", "assert", "indirect", "he felt dizzy")]),
    ("Algeria's foreign ministry said the officer was arrested in public and then taken into custody.",
     [("Ministry of Foreign Affairs", "said", "assert", "indirect", "the officer was arrested in public and then taken into custody")]),
    # what a group stands for or someone used a platform for is an aim, no appeal made
    ("Vidadi Isgandarli had used YouTube and other social media platforms to call for regime change in Azerbaijan.", []),
    ("Jamshid Sharmahd led Tondar, a group that calls for the restoration of the monarchy.", []),
    # the hearer a "to" phrase names before the act asked for belongs to the appeal, as an object hearer does
    ("Amnesty International appealed to the Georgian police for help.",
     [("Amnesty International", "appealed", "assert", "indirect", "to the Georgian police for help")]),
    ("Amnesty International appealed for calm.", [("Amnesty International", "appealed for", "assert", "indirect", "calm")]),
    ("Amnesty International called for the release of the activists.",
     [("Amnesty International", "called for", "assert", "indirect", "the release of the activists")]),
    # "the post" speaks for whoever posted it
    ("Masoud Molavi Vardanjani had posted a message on social media in August. \u201cI will root out the corrupt "
     "mafia commanders,\u201d the post said.",
     [("Masoud Molavi Vardanjani", "said", "assert", "direct", "I will root out the corrupt mafia commanders")]),
    ("A group of United Nations experts wrote to Ankara that 100 Turkish nationals had been transferred to Turkey, "
     "many of them after being held incommunicado, and warned that the practice amounted to abductions.",
     [("United Nations", "wrote", "assert", "indirect",
       "100 Turkish nationals had been transferred to Turkey, many of them after being held incommunicado"),
      ("United Nations", "warned", "assert", "indirect", "the practice amounted to abductions")]),
    ("Rwanda insists the release changes nothing about the verdict.",
     [("Rwanda", "insists", "assert", "indirect", "the release changes nothing about the verdict")]),
    ("Heather Morgan said she had not been involved in the hack.",
     [("Heather Morgan", "said", "deny", "indirect", "she had not been involved in the hack")]),
    ("Amnesty International said we do not think the trial was fair.",
     [("Amnesty International", "said", "assert", "indirect", "we do not think the trial was fair")]),
    ("Belarus insisted it had done nothing wrong.", [("Belarus", "insisted", "deny", "indirect", "it had done nothing wrong")]),
    ("Iran's foreign ministry described the allegations as a smear campaign by its enemies.",
     [("Ministry of Foreign Affairs", "described", "deny", "indirect", "the allegations as a smear campaign by its enemies")]),
    ("Thai Airways staff at Charles de Gaulle airport told him he could not board.",
     [("Thai Airways", "told", "assert", "indirect", "he could not board")]),
    ("We did not kill him, Rwanda's foreign ministry said.",
     [("Ministry of Foreign Affairs", "said", "deny", "indirect", "We did not kill him")]),
    # an accused use of means denied by the accused; not another act the speaker will not do
    ("Rwanda said Rwanda does not employ this software system.",
     [("Rwanda", "said", "deny", "indirect", "Rwanda does not employ this software system")]),
    ("Rwanda said Rwanda would not host the summit.",
     [("Rwanda", "said", "assert", "indirect", "Rwanda would not host the summit")]),
    ("Belarus forced the plane down. Minsk said at the time that it had received a bomb threat.",
     [("Belarus", "said", "assert", "indirect", "it had received a bomb threat")]),
    ("Di Sanh Duong pleaded not guilty to the charge.", [("Di Sanh Duong", "pleaded", "deny", "indirect", "not guilty")]),
    ("In a statement issued the same day, the Chinese Embassy in Canada said China condemned the decision.",
     [("embassy", "said", "assert", "indirect", "China condemned the decision"), ("China", "condemned", "assert", "indirect", "the decision")]),
    ("The findings build on research by Safeguard Defenders, a group based in Spain, which said that it had found 54 stations.",
     [("Safeguard Defenders", "said", "assert", "indirect", "it had found 54 stations")]),
    ("Mizan, the news agency of Iran's judiciary, said on Saturday that Chaab had been hanged.",
     [("Mizan", "said", "assert", "indirect", "Chaab had been hanged")]),
    ("Gupta's lawyer, Jeffrey Chabrowe, told reporters that the case was complex.",
     [("Jeffrey Chabrowe", "told", "assert", "indirect", "the case was complex")]),
    # a closing speaker opened by a possessive pronoun: a named lawyer speaks as a person, an unnamed one for the client
    ("Oleg Ivanov was detained in Kyiv. The journalist could face extradition to Uzbekistan, his lawyer, Aleksei Fyodorov, said.",
     [("Aleksei Fyodorov", "said", "assert", "indirect", "The journalist could face extradition to Uzbekistan")]),
    ("Oleg Ivanov was detained in Kyiv. The journalist could face extradition to Uzbekistan, his lawyer said.",
     [("Oleg Ivanov", "said", "assert", "indirect", "The journalist could face extradition to Uzbekistan")]),
    ("The activists were deported to Cairo last week, their families said on Sunday.", []),
    # a claim after a phrase of time that the parser read as a relative clause on "the time"
    ("Lithuanian intelligence said at the time it suspected Russia's special services of involvement.",
     [("intelligence service", "said", "assert", "indirect", "it suspected Russia's special services of involvement")]),
    ("Amnesty International said at the time that it had documented the case of the man who fled.",
     [("Amnesty International", "said", "assert", "indirect", "it had documented the case of the man who fled")]),
    # "news agency" is an outlet, not any body: it refers back to the outlet named before, not a state the claim names
    ('Jordan handed over Al-Romaithi to the UAE, the Emirates News Agency (WAM) reported. "The UAE reiterates '
     'its sovereignty," the official news agency stated.',
     [("Emirates News Agency", "reported", "assert", "indirect", "Jordan handed over Al-Romaithi to the UAE"),
      ("Emirates News Agency", "stated", "assert", "direct", "The UAE reiterates its sovereignty")]),
    ("The Federal Security Service detained him, the agency said.",
     [("Federal Security Service", "said", "assert", "indirect", "The Federal Security Service detained him")]),
    # the head of "according to"'s object names its speaker, not a state the modifier before it names
    ("According to Turkish state news agency Anadolu, the schools are part of a terrorist organization.",
     [("Anadolu Agency", "according to", "assert", "indirect", "the schools are part of a terrorist organization")]),
    ("The activists were arrested in Beijing, according to Turkish President Recep Tayyip Erdogan.",
     [("Recep Tayyip Erdogan", "according to", "assert", "indirect", "The activists were arrested in Beijing")]),
    ("China's embassy rejected what it called smears by the United States.",
     [("embassy", "rejected", "deny", "indirect", "what it called smears by the United States")]),
    ("Amnesty International and Human Rights Watch said that China lied.",
     [("Amnesty International", "said", "assert", "indirect", "China lied")]),
    ("Amnesty International said he was denied access to a lawyer.",
     [("Amnesty International", "said", "assert", "indirect", "he was denied access to a lawyer")]),
    ("Chung Biu Yuen told police that he had no link to any intelligence service.",
     [("Chung Biu Yuen", "told", "deny", "indirect", "he had no link to any intelligence service")]),
    ("Amnesty International accused the company of rejecting a rescue plan.",
     [("Amnesty International", "accused", "assert", "indirect", "the company of rejecting a rescue plan")]),
    ("The Revolutionary Guards were named in the case, officials said.", []),
    # a belief is a claim when its holder is named, not when a pronoun tells a person's thoughts
    ("Ryanair believes agents of the Belarusian KGB were aboard the plane.",
     [("Ryanair", "believes", "assert", "indirect", "agents of the Belarusian KGB were aboard the plane")]),
    ("Paul Rusesabagina left Dubai. He believed he was flying to Bujumbura.", []),
    ("Sviatlana Tsikhanouskaya vowed to continue the fight for freedom.",
     [("Sviatlana Tsikhanouskaya", "vowed", "assert", "indirect", "to continue the fight for freedom")]),
    ("Human Rights Watch decried the tug of war over his fate.",
     [("Human Rights Watch", "decried", "assert", "indirect", "the tug of war over his fate")]),
    # an "as" clause of reporting vouches for its host clause; not one with a pronoun ("as they have shown": because)
    ("Kong Raiya was detained at an apartment complex in Bangkok, as reported by Radio Free Asia.",
     [("Radio Free Asia", "reported", "assert", "indirect", "Kong Raiya was detained at an apartment complex in Bangkok")]),
    ("He went missing in Bangkok on January 26, as CPJ reported at the time.",
     [("Committee to Protect Journalists", "reported", "assert", "indirect", "He went missing in Bangkok on January 26")]),
    ("As Reuters reported last week, the men were released on bail.",
     [("Reuters", "reported", "assert", "indirect", "the men were released on bail")]),
    ("The tax was condemned across the world, as they have shown in many demonstrations.", []),
    # "the authors" of a document: the person it was written by, else its owner; no document, no one
    ("The report, written by Nate Schenkkan, was released in February. The authors say the numbers are conservative.",
     [("Nate Schenkkan", "say", "assert", "indirect", "the numbers are conservative")]),
    ("Safeguard Defenders published a new report. The authors say the stations are still open.",
     [("Safeguard Defenders", "say", "assert", "indirect", "the stations are still open")]),
    ("The authors say the stations are still open.", []),
    # a kinship noun on a person: the relative of that family name the next sentences name; none named, no one
    ("Orhan Inandi disappeared in Bishkek. Inandi's wife believes her husband is held at the Turkish Embassy in Bishkek. "
     "“That is what I was told,” Reyhan Inandi told Al-Monitor.",
     [("Reyhan Inandi", "believes", "assert", "indirect", "her husband is held at the Turkish Embassy in Bishkek"),
      ("Reyhan Inandi", "told", "assert", "direct", "That is what I was told")]),
    ("Orhan Inandi disappeared in Bishkek. Inandi's wife believes her husband is held at the Turkish Embassy.", []),
    # "the head of" a body no actor names: the person who speaks as the next sentence's subject; no one named, no one
    ("A police operation in Denmark was part of a plot to kill an activist, the head of the country's intelligence agency "
     "said Tuesday. Finn Borch Andersen said police were searching for a car.",
     [("Finn Borch Andersen", "said", "assert", "indirect", "A police operation in Denmark was part of a plot to kill an activist"),
      ("Finn Borch Andersen", "said", "assert", "indirect", "police were searching for a car")]),
    ("A police operation in Denmark was part of a plot, the head of the agency said. The car was found later.", []),
    # a state's office as possessive ("Turkey's president") stands for the holder named before, only one of that state
    ("Turkish President Recep Tayyip Erdogan spoke in Ankara on Friday. Turkey's president has slammed Kosovo's prime "
     "minister for his criticism of the deportations.",
     [("Recep Tayyip Erdogan", "slammed", "assert", "indirect", "Kosovo's prime minister for his criticism of the deportations")]),
    ("French President Emmanuel Macron spoke in Paris on Friday. Turkey's president has slammed Kosovo's prime "
     "minister for his criticism of the deportations.", []),
    # an official "with" a body speaks for it; a source "with knowledge of" a state's plans does not
    ("The Central Bureau of Investigation (CBI) has extradited 33 fugitives. “CBI has extradited 33 criminals since "
     "January 2022,” a senior official with the agency told news agency ANI.",
     [("Central Bureau of Investigation", "told", "assert", "direct", "CBI has extradited 33 criminals since January 2022")]),
    ("China has plans in Europe. A source with knowledge of China's plans said the stations were closed.", []),
    # a complaint one who sued brought speaks for the plaintiff, though a prosecution is named later in the story
    ("On 1 June, Mohamed Soltan filed a lawsuit against Hazem el-Beblawi. The complaint accuses the former prime minister "
     "of torture. The Supreme State Security Prosecution jailed his father.",
     [("Mohamed Soltan", "accuses", "assert", "indirect", "the former prime minister of torture")]),
    # a participle set off after a cue's claim speaks for the cue's speaker, not for the claim's subject; a participle
    # after a clause that is no claim keeps its own subject
    ("Saudi Arabia has denied that the crown prince ordered the killing, blaming a rogue team of agents.",
     [("Saudi Arabia", "denied", "deny", "indirect", "the crown prince ordered the killing"),
      ("Saudi Arabia", "blaming", "assert", "indirect", "a rogue team of agents")]),
    ("Human Rights Watch visited the camp where China held the men, saying they were tortured.",
     [("Human Rights Watch", "saying", "assert", "indirect", "they were tortured")]),
    # "the report" released by a person as the report "of" a body: the person speaks, as its author; a body's own
    # report speaks for the body
    ("Judge Marie Hogue released the final report of the Public Inquiry on Tuesday. The report says China interfered.",
     [("Marie Hogue", "says", "assert", "indirect", "China interfered")]),
    ("Amnesty International published the report of its mission to Chad. The report says the men were tortured.",
     [("Amnesty International", "says", "assert", "indirect", "the men were tortured")]),
    # a closing speaker given as a name and a bare title in apposition: the name speaks, not the title's body
    ("More criminal cases will be opened this year against exiled activists, Dźmitryj Hora, chairman of the Investigative "
     "Committee has told journalists.",
     [("Dźmitryj Hora", "told", "assert", "indirect", "More criminal cases will be opened this year against exiled activists")]),
    # a British police rank as the press abbreviates it is a title, not part of the speaker's name
    ("\"We are pleased to have a new base,\" said Ch Supt Mo Lansdale. Det Sgt Tom Reed said the case was closed.",
     [("Mo Lansdale", "said", "assert", "direct", "We are pleased to have a new base"),
      ("Tom Reed", "said", "assert", "indirect", "the case was closed")]),
    # "the report's authors" after the report was named with its owner's name on it, and other speakers in between
    ("According to a new Freedom House report, Rwanda targets exiles. Britain has argued that people focus on China. "
     "According to the report's authors, the asylum pact is shocking.",
     [("Freedom House", "according to", "assert", "indirect", "Rwanda targets exiles"),
      ("United Kingdom", "argued", "assert", "indirect", "people focus on China"),
      ("Freedom House", "according to", "assert", "indirect", "the asylum pact is shocking")]),
    # a denial in a clause on a noun denies that noun; not a ruling on a legal act
    ("The cleric Fethullah Gulen lives in the US. Ankara accuses Gulen of a coup attempt, an allegation the cleric denies.",
     [("Turkey", "accuses", "assert", "indirect", "Gulen of a coup attempt"), ("Fethullah Gulen", "denies", "deny", "indirect", "an allegation")]),
    ("His lawyers filed an appeal, which the court rejected.", []),
    # a relative cue's oprd is the name given ("which Beijing calls a terrorist organisation")
    ("Dolkun Isa leads the World Uyghur Congress, which Beijing calls a terrorist organisation.",
     [("China", "calls", "assert", "indirect", "a terrorist organisation")]),
    # a passive cue's that-clause after its agent is the claim from its first word
    ("It was alleged by Human Rights Watch that the men were tortured.",
     [("Human Rights Watch", "alleged", "assert", "indirect", "the men were tortured")]),
    # titles joined by "and" before a person's name are the person's ("MP and committee member X"); speakers named
    # together still speak as the first
    ("German opposition MP and foreign affairs committee member Norbert Roettgen tweeted that he was kidnapped by Iran.",
     [("Norbert Roettgen", "tweeted", "assert", "indirect", "he was kidnapped by Iran")]),
    # a word in brackets beside the subject is no person in apposition
    ("Home Adviser Lieutenant General (Retd) Md Jahangir Alam Chowdhury says law and order is improving.",
     [("Md Jahangir Alam Chowdhury", "says", "assert", "indirect", "law and order is improving")]),
    # "no one had been detained" tells an outcome, no denial; "no laws had been broken" denies
    ("The prosecutor's office in Lille said no one had been detained so far.",
     [("public prosecutor", "said", "assert", "indirect", "no one had been detained so far")]),
    ("Interpol said no rules had been broken.", [("Interpol", "said", "deny", "indirect", "no rules had been broken")]),
    # ... nor does "no X was made" of what is no wrong; "no pressure was applied", "no dissidents were deported" deny
    ("American authorities claimed no concessions were made to secure the prisoners' release.",
     [("United States", "claimed", "assert", "indirect", "no concessions were made to secure the prisoners' release")]),
    ("Thailand said no pressure was applied.", [("Thailand", "said", "deny", "indirect", "no pressure was applied")]),
    ("Turkey said no dissidents were deported.", [("Turkey", "said", "deny", "indirect", "no dissidents were deported")]),
    # a negated act named by its noun after a verb of doing, or by a verb with its particle, denied by the accused side;
    # not by others, nor an act suffered, nor one quoted from someone else inside the claim
    ("Ugandan government spokesman Chris Baryomunsi said Uganda did not carry out abductions.",
     [("Chris Baryomunsi", "said", "deny", "indirect", "Uganda did not carry out abductions")]),
    ("The Chinese embassy said China had not made any threats against the journalists.",
     [("embassy", "said", "deny", "indirect", "China had not made any threats against the journalists")]),
    ("Amnesty International said Turkey did not carry out any investigation.",
     [("Amnesty International", "said", "assert", "indirect", "Turkey did not carry out any investigation")]),
    ("Jane Smith said China had not made any threats against her.",
     [("Jane Smith", "said", "assert", "indirect", "China had not made any threats against her")]),
    ("Jane Smith said she did not receive any threats.",
     [("Jane Smith", "said", "assert", "indirect", "she did not receive any threats")]),
    ("Ahmed Ali said the police did not make any arrests.",
     [("Ahmed Ali", "said", "assert", "indirect", "the police did not make any arrests")]),
    # a state or government told as "it", negating a wrong act ("force"), denies; "it" of a group or a person's "it" does not
    ("Belarus said it could not force the flight to land.",
     [("Belarus", "said", "deny", "indirect", "it could not force the flight to land")]),
    ("Belarus said it could not stop the flight from landing.",
     [("Belarus", "said", "assert", "indirect", "it could not stop the flight from landing")]),
    ("Amnesty International said it could not force the government to act.",
     [("Amnesty International", "said", "assert", "indirect", "it could not force the government to act")]),
    ("Turkey's Directorate General of Migration Management said: \"We did not send back any Uighurs to China.\"",
     [("Directorate General of Migration Management", "said", "deny", "direct", "We did not send back any Uighurs to China")]),
    ("The Daily Sabah reported that a senior Turkish official said: \"We did not send back any Uighurs to China.\"",
     [("Daily Sabah", "reported", "assert", "mixed", "a senior Turkish official said: \"We did not send back any Uighurs to China"),
      ("Turkey", "said", "deny", "direct", "We did not send back any Uighurs to China")]),
    # a hold the speaker's own state is named as having, denied; one of no one named tells an outcome
    ("Kenya's foreign ministry said the men were not in Kenyan custody.",
     [("Ministry of Foreign Affairs", "said", "deny", "indirect", "the men were not in Kenyan custody")]),
    ("Kenyan police said the suspect was not in custody.",
     [("police", "said", "assert", "indirect", "the suspect was not in custody")]),
    # a clause the parser hung on the cue after a quotation leaves the speaker after the closing mark
    ("Obid Nazarov spoke in Stockholm. \u201cAll we want is that the thousands of Muslims who want to be able to pray openly "
     "and wear a head cloth be allowed to do that,\u201d he said in the interview.",
     [("Obid Nazarov", "said", "assert", "direct", "All we want is that the thousands of Muslims who want to be able to pray "
       "openly and wear a head cloth be allowed to do that")]),
    # the office of a spokesperson speaks as the spokesperson would; an office of no speaker named, for no one
    ("Rwanda denied the report. The government spokesperson\u2019s office stated that Rwanda does not use the software.",
     [("Rwanda", "denied", "deny", "indirect", "the report"),
      ("Rwanda", "stated", "assert", "indirect", "Rwanda does not use the software")]),
    ("Amnesty International published a report. The spokesman's office said the report was accurate.", []),
    # what "it" or "this" shows is no one's claim; a cue in an if-clause is a claim only considered
    ("The University of Leeds said it was concerned. It is shocking and it shows that the claims are not true.",
     [("University of Leeds", "said", "assert", "indirect", "it was concerned")]),
    ("Canada would act if the government suspected that China had been meddling.", []),
    ("Canada said that China had been meddling.", [("Canada", "said", "assert", "indirect", "China had been meddling")]),
    # a speaker named before an aside the parser hung on an earlier phrase ("Canberra, Burgess, who ...")
    ("Delivering his annual threat assessment in Canberra, Mike Burgess, who has led the Australian Security "
     "Intelligence Organisation since 2019, said at least three countries had plotted to harm people.",
     [("Mike Burgess", "said", "assert", "indirect", "at least three countries had plotted to harm people")]),
    ("John Smith, asked about the case, said he knew nothing.", [("John Smith", "said", "assert", "indirect", "he knew nothing")]),
    # a clause after the hearer with its own subject is the claim, though the parser read it as a relative clause
    ("Jack Grealish told the crowd he had not slept since the final.",
     [("Jack Grealish", "told", "assert", "indirect", "he had not slept since the final")]),
    # so too one with its own object, which no relative clause on the hearer has; a preposition left without its object
    # is a relative clause's gap
    ("John Smith told the publication he joined the group as an academic.",
     [("John Smith", "told", "assert", "indirect", "he joined the group as an academic")]),
    ("John Smith told the crowd he spoke to about the case.", []),
    # the act asked for, hung on the hearer's last noun
    ("Police asked anyone with information about the shooting to come forward.",
     [("police", "asked", "assert", "indirect", "anyone with information about the shooting to come forward")]),
    ("John Smith asked the court for a chance to speak.", []),
    # a phrase right after the object that the parser hung on the cue goes on with the claim; one of the speech's own
    # place or time does not
    ("Canada condemned the actions of Hong Kong's police following the announcement of warrants for 19 activists.",
     [("Canada", "condemned", "assert", "indirect",
       "the actions of Hong Kong's police following the announcement of warrants for 19 activists")]),
    ("Canada condemned the arrests of the activists at a news conference in Ottawa.",
     [("Canada", "condemned", "assert", "indirect", "the arrests of the activists")]),
    # a joined act with a participle cue of its own is the speaker's, not part of the claim
    ("Swedish police concluded that Hussain had drowned and closed their inquiry, saying there was no evidence of a crime.",
     [("police", "concluded", "assert", "indirect", "Hussain had drowned"),
      ("police", "saying", "assert", "indirect", "there was no evidence of a crime")]),
    # "held" with its clause is a cue; with an object it is none
    ("The UN held that Kenya had broken the 1951 Refugee Convention.",
     [("United Nations", "held", "assert", "indirect", "Kenya had broken the 1951 Refugee Convention")]),
    ("Amnesty International held a news conference in Nairobi.", []),
    # a clause a semicolon closes before the cue is a sentence of its own: the object and its completion are the claim
    ("The movement is outlawed in India; in July 2022, India's National Investigation Agency accused him of conspiring "
     "to murder a priest.",
     [("National Investigation Agency", "accused", "assert", "indirect", "him of conspiring to murder a priest")]),
    # an epigraph: a line of quotation, then a line that opens with a dash and names the speaker (direct, no quote
    # marks); an embedded post's signature ("(@handle)") is none
    ("We have our own values regarding the policy on refugees.\n\u2014Deputy prime minister and foreign minister "
     "Narayan Kaji Shrestha, September 2012\nNepal hosts about 20,000 Tibetans.",
     [("Narayan Kaji Shrestha", "\u2014", "assert", "direct", "We have our own values regarding the policy on refugees")]),
    ("To call him a journalist is an insult to real journalists everywhere.\n\u2014 Fahrettin Altun "
     "(@fahrettinaltun) December 23, 2020\nDundar lives in Germany.", []),
    # two apostrophes that open a quotation: the cue after it is outside the quotation
    ("''This man was a self-declared enemy of my country. You expect pity?\" Louise Mushikiwabo said in a tweet.",
     [("Louise Mushikiwabo", "said", "assert", "direct", "This man was a self-declared enemy of my country. You expect pity")]),
    # "report" with a noun object reports it; a person reported, or a report a state of mind holds back, is no claim
    ("Spain's La Informacion newspaper, which first reported the shooting, said investigators were searching.",
     [("La Informacion", "reported", "assert", "indirect", "the shooting"),
      ("La Informacion", "said", "assert", "indirect", "investigators were searching")]),
    ("Xiaolei Wu said he had reported her.", [("Xiaolei Wu", "said", "assert", "indirect", "he had reported her")]),
    ("Students from China are often reluctant to report such intimidation, Amnesty International said.",
     [("Amnesty International", "said", "assert", "indirect", "Students from China are often reluctant to report such intimidation")]),
    # ... but "were able to confirm" reports the confirmation made; not when the ability is negated or "unable"
    ("Vietnamese police were able to confirm that the person was named Duong Van Thai.",
     [("police", "confirm", "assert", "indirect", "the person was named Duong Van Thai")]),
    ("Vietnamese police were not able to confirm that the person was named Duong Van Thai.", []),
    ("Vietnamese police were unable to confirm that the person was named Duong Van Thai.", []),
    # "X was quoted as saying": the one quoted speaks, the quotation before or the clause after is the claim
    ('Fawad Chaudhry denied it. "If it was there, journalists would be bankrupt," Fawad was quoted as saying by Dawn.',
     [("Fawad Chaudhry", "denied", "deny", "indirect", "it"),
      ("Fawad Chaudhry", "saying", "assert", "direct", "If it was there, journalists would be bankrupt")]),
    ("Fawad Chaudhry was quoted as saying that journalists would be bankrupt.",
     [("Fawad Chaudhry", "saying", "assert", "indirect", "journalists would be bankrupt")]),
    # ... and so does the one a statement or report quotes, cites or reports "as saying"; not the one it describes
    ("The statement quoted FBI Director Christopher Wray as saying, \u201cThe defendant conspired with a criminal associate.\u201d",
     [("Christopher Wray", "saying", "assert", "direct", "The defendant conspired with a criminal associate")]),
    ("The report had also cited political analyst Ayesha Siddiqa as claiming that she had been issued a warning by the police.",
     [("Ayesha Siddiqa", "claiming", "assert", "indirect", "she had been issued a warning by the police")]),
    ("Xinhua quoted Wang Yi as saying China opposes interference.",
     [("Wang Yi", "saying", "assert", "indirect", "China opposes interference")]),
    # "outline", "deplore" and "detail" take a noun object for their claim, as "describe" and "decry" do
    ("The investigative journalist Andrei Soldatov outlines the raft of bureaucratic actions the Kremlin is taking.",
     [("Andrei Soldatov", "outlines", "assert", "indirect", "the raft of bureaucratic actions the Kremlin is taking")]),
    ("Enamul Haque Sagor outlined that these appeals stem from legal proceedings.",
     [("Enamul Haque Sagor", "outlined", "assert", "indirect", "these appeals stem from legal proceedings")]),
    ("Canada deplores the decision by Hong Kong authorities to issue international bounties.",
     [("Canada", "deplores", "assert", "indirect", "the decision by Hong Kong authorities to issue international bounties")]),
    ("Amnesty International detailed the role of the Indian Coast Guard.",
     [("Amnesty International", "detailed", "assert", "indirect", "the role of the Indian Coast Guard")]),
    ("Amnesty International did not detail the role of the Indian Coast Guard.", []),
    # a clause joined to the cue with a subject of its own is the speaker's next act, not part of the claim
    ("Ramzan Kadyrov suggested in a post on his channel that foreign intelligence services were behind the killings, and he "
     "has denied any involvement in attacks on his critics abroad.",
     [("Ramzan Kadyrov", "suggested", "assert", "indirect", "foreign intelligence services were behind the killings"),
      ("Ramzan Kadyrov", "denied", "deny", "indirect", "any involvement in attacks on his critics abroad")]),
    # a headline's claim before the comma, parsed as a second subject: the one just before the cue speaks ...
    ("Iran responsible for two assassinations in Netherlands, Amnesty International says",
     [("Amnesty International", "says", "assert", "indirect", "Iran responsible for two assassinations in Netherlands")]),
    # ... but not a description set off by a comma after the speaker's name
    ("Safeguard Defenders, a human rights group based in Spain said the stations were used to coerce people.",
     [("Safeguard Defenders", "said", "assert", "indirect", "the stations were used to coerce people")]),
    # a pronoun speaker is never the one its own cue names as object: someone unnamed speaks to him ...
    ("Omar Abdulaziz tried to reach his family in Saudi Arabia. \u201cStop your activism,\u201d he told Omar Abdulaziz.", []),
    # ... while a pronoun telling someone else is still the person named before
    ("Omar Abdulaziz tried to reach his family in Saudi Arabia. Later he told Reuters that his brothers had been detained.",
     [("Omar Abdulaziz", "told", "assert", "indirect", "his brothers had been detained")]),
    # a claim the story repeats (its lead given again further down) is one item; the same speaker's other claim is another
    ("The report claims that nearly 20 killings in Pakistan were carried out by Indian agents, Amnesty International said. "
     "Islamabad has protested. Amnesty International said nearly 20 killings in Pakistan were carried out by Indian "
     "agents. Amnesty International said the killings went on.",
     [("Amnesty International", "said", "assert", "indirect",
       "The report claims that nearly 20 killings in Pakistan were carried out by Indian agents"),
      ("Amnesty International", "said", "assert", "indirect", "the killings went on")]),
    # a cue whose pronoun subject, the speaker again, opens the speaker's own claim tells that claim, not a second one
    ("Human Rights Watch said it has documented 28 cases of reprisals against relatives.",
     [("Human Rights Watch", "said", "assert", "indirect", "it has documented 28 cases of reprisals against relatives")]),
    # ... not a cue of someone else named inside the claim
    ("Human Rights Watch said Thailand had confirmed that the activist was detained.",
     [("Human Rights Watch", "said", "assert", "indirect", "Thailand had confirmed that the activist was detained"),
      ("Thailand", "confirmed", "assert", "indirect", "the activist was detained")]),
    ("Amnesty International said it had told Thailand that the deportation was unlawful.",
     [("Amnesty International", "said", "assert", "indirect", "it had told Thailand that the deportation was unlawful")]),
    # "we" outside quotation marks in a statement given whole speaks for the person its heading names ...
    ("Russia's Repression of Religious Minorities\n\nNed Price, Department Spokesperson\n\nWe urge the Russian government "
     "to end its practice of misusing the designation.",
     [("Ned Price", "urge", "assert", "indirect", "the Russian government to end its practice of misusing the designation")]),
    # ... and for no one when no heading names a person (the outlet's own voice)
    ("SAUDI ARABIA: Uyghur girl among four facing deportation to China\n\nWe call on Saudi authorities to immediately "
     "release four Uyghurs.", []),
    # ... for the body a heading names after a document's noun ("Statement by", "Question to" the body answering) ...
    ("Statement by Amnesty International\n\nWe call on Russia to release the journalist immediately.",
     [("Amnesty International", "call on", "assert", "indirect", "Russia to release the journalist immediately")]),
    ("Question to the Home Office:\nTo ask the Secretary of State for the Home Department what measures her Department "
     "is taking.\nOn 4 March, I announced a new package of training for frontline police officers.",
     [("Home Office", "announced", "assert", "indirect", "a new package of training for frontline police officers")]),
    # ... not for a heading's noun with no body after it
    ("Joint statement on the detention of the activist\n\nWe call on the UAE to release the activist.", []),
    # ... for the first of the bodies a joint statement opens with, in its own present tense ...
    ("Human Rights Watch, Amnesty International and Freedom Now jointly urge the UAE to prevent the extradition of the "
     "activist. We call on the UAE to ensure his safety.",
     [("Human Rights Watch", "urge", "assert", "indirect", "the UAE to prevent the extradition of the activist"),
      ("Human Rights Watch", "call on", "assert", "indirect", "the UAE to ensure his safety")]),
    # ... not for one body a report opens with, nor bodies a news report's past tense gives together
    ("Amnesty International said the activist was detained in Dubai. We call on the UAE to ensure his safety.",
     [("Amnesty International", "said", "assert", "indirect", "the activist was detained in Dubai")]),
    ("Human Rights Watch and Amnesty International said the activist was detained in Dubai. We call on the UAE to "
     "ensure his safety.",
     [("Human Rights Watch", "said", "assert", "indirect", "the activist was detained in Dubai")]),
    # an appeal after a verb of going on is made again, not an aim
    ("Russia's Repression of Religious Minorities\n\nNed Price, Department Spokesperson\n\nWe continue to call on "
     "Russia to respect the right of freedom of religion.",
     [("Ned Price", "call on", "assert", "indirect", "Russia to respect the right of freedom of religion")]),
    ("Amnesty International continued to urge Russia to release the journalist.",
     [("Amnesty International", "urge", "assert", "indirect", "Russia to release the journalist")]),
    # a quotation the claim opens with runs on over the sentences of its paragraph to its closing mark (a quotation inside
    # it aside); one the claim opens later in its words, or one its paragraph never closes, ends with the claim's sentence
    ("One of those sentenced, Jeremie Minani, said that \u201cI regret nothing. If I had to do it again, I would do it. I "
     "prefer to be condemned by a partisan justice.\u201d",
     [("Jeremie Minani", "said", "assert", "direct",
       "I regret nothing. If I had to do it again, I would do it. I prefer to be condemned by a partisan justice")]),
    ("Sayed Sobhy wrote in a Facebook post that \u201cthe consulate issued a strange announcement, stating that one must "
     "first undergo a \u2018political screening committee\u2019. Is it reasonable?\u201d",
     [("Sayed Sobhy", "wrote", "assert", "mixed", "the consulate issued a strange announcement, stating that one must first "
       "undergo a \u2018political screening committee\u2019. Is it reasonable")]),
    ("Jeremie Minani said that the ruling was \u201ca farce. The judges obeyed orders.\u201d",
     [("Jeremie Minani", "said", "assert", "mixed", "the ruling was \u201ca farce")]),
    ("Jeremie Minani said that \u201cI regret nothing.\nHe left the country in 2015.",
     [("Jeremie Minani", "said", "assert", "mixed", "I regret nothing")]),
    # a feeling denied ("expressed no regret") states none: the claim is the next cue's; "neither ... nor" on a verb of
    # wrongdoing denies as "not" does, not on other verbs
    ("During the trial, Nasimjon Sharifov and Suhrob Zafar expressed no regret, with Zafar contending that he had neither "
     "harmed anyone nor betrayed his people.",
     [("Suhrob Zafar", "contending", "deny", "indirect", "he had neither harmed anyone nor betrayed his people")]),
    ("Human Rights Watch expressed no concern about the ruling.", []),
    ("Suhrob Zafar said he would neither give up nor leave the country.",
     [("Suhrob Zafar", "said", "assert", "indirect", "he would neither give up nor leave the country")]),
    # a relative clause ("both of whom ...") the parser hung on the cue is part of the that-clause it closes, not the claim
    ("Haider Hanoun said in a statement that Interpol had issued Red Notices against cabinet director Raed Jouhi and "
     "personal secretary Ahmed Najati, both of whom hold American citizenship.",
     [("Haider Hanoun", "said", "assert", "indirect", "Interpol had issued Red Notices against cabinet director Raed Jouhi "
       "and personal secretary Ahmed Najati, both of whom hold American citizenship")]),
    ("Human Rights Watch said the police detained 40 activists, most of whom were students.",
     [("Human Rights Watch", "said", "assert", "indirect", "the police detained 40 activists, most of whom were students")]),
]


# Appeals and demands are attributions (assert), their content the hearer and the act asked for.
APPEALS = [
    # a time phrase after the appeal ends it: what follows tells when or why the speaker spoke (not a date inside the
    # appeal's own phrase: "witnesses to the stabbing, which happened on Friday")
    ("Amnesty International demanded international protection for the exiles on Friday following the killing of a "
     "retired army officer in Costa Rica.",
     [("Amnesty International", "demanded", "assert", "indirect", "international protection for the exiles")]),
    # a participle on a document the speaker issued speaks for the speaker; on a document as subject, not
    ("Ben Sasse, a member of the Senate Select Committee on Intelligence, issued a statement calling for Luo's release.",
     [("Ben Sasse", "calling for", "assert", "indirect", "Luo's release")]),
    ("A statement calling for his release was read out at the rally.", []),
    ("Human Rights Watch urged Thailand to investigate the abduction.",
     [("Human Rights Watch", "urged", "assert", "indirect", "Thailand to investigate the abduction")]),
    # a finite cue the parser hung on its subject noun ("the New York-based watchdog called on"): that noun speaks, and
    # the act the noun's verb names completes the appeal; a participle on a subject noun is no cue
    ("HRW said that on the evening of October 26, the authorities released Rahmanov. After Rahmanov’s reported release, "
     "the New York-based watchdog called on the Turkish authorities to also immediately release the other two activists "
     "and not to deport them.",
     [("Human Rights Watch", "said", "assert", "indirect", "on the evening of October 26, the authorities released Rahmanov"),
      ("Human Rights Watch", "called on", "assert", "indirect",
       "the Turkish authorities to also immediately release the other two activists and not to deport them")]),
    ("Human Rights Watch reported the arrest. The activists detained by the police called for help.",
     [("Human Rights Watch", "reported", "assert", "indirect", "the arrest")]),
    # a cue joined after a comma to a clause nested deeper in a claim speaks for the claim's speaker; one joined without
    # the comma to a claim's own clause ("found that the men were armed and threatened ...") stays the clause's
    ("Svetlana Tikhanovskaya said the arrest showed that no Belarusian critic was safe anywhere, and called for stronger "
     "pressure on the government in Minsk.",
     [("Svetlana Tikhanovskaya", "said", "assert", "indirect",
       "the arrest showed that no Belarusian critic was safe anywhere, and called for stronger pressure on the government in Minsk"),
      ("Svetlana Tikhanovskaya", "called for", "assert", "indirect", "stronger pressure on the government in Minsk")]),
    ("Svetlana Tikhanovskaya said police found that the men were armed and threatened the guards.",
     [("Svetlana Tikhanovskaya", "said", "assert", "indirect", "police found that the men were armed and threatened the guards"),
      ("police", "found", "assert", "indirect", "the men were armed and threatened the guards")]),
    ("Amnesty International called on the EU to refrain from deporting Uyghurs.",
     [("Amnesty International", "called on", "assert", "indirect", "the EU to refrain from deporting Uyghurs")]),
    ("The Metropolitan Police have appealed for anyone with information to come forward.",
     [("Metropolitan Police", "appealed for", "assert", "indirect", "anyone with information to come forward")]),
    ("Amnesty International demanded that Vietnam release him.",
     [("Amnesty International", "demanded", "assert", "indirect", "Vietnam release him")]),
    ("Pierre Poilievre challenged the prime minister to make the names public.",
     [("Pierre Poilievre", "challenged", "assert", "indirect", "the prime minister to make the names public")]),
    ("Human Rights Watch urged Morocco not to send him to China.",
     [("Human Rights Watch", "urged", "assert", "indirect", "Morocco not to send him to China")]),
    ("Amnesty International called on Tuesday for his release.",
     [("Amnesty International", "called", "assert", "indirect", "his release")]),
    ("Human Rights Watch called on Vietnam to release him and to disclose where he is held.",
     [("Human Rights Watch", "called on", "assert", "indirect", "Vietnam to release him and to disclose where he is held")]),
    ("Human Rights Watch asked whether the trial was fair.", []),
    ("Irish authorities told the station on Capel Street in Dublin to close.", []),
    ("The Royal Moroccan Football Federation dismissed Vahid Halilhodzic.", []),
    ("Amnesty International could tell the court that the men were tortured.", []),
    ("Beblawi may seek to argue that his position gives him immunity.", []),
    ("Sergey Naryshkin did not confirm or deny any Russian involvement in the pilot's death.", []),
    ("Vietnam has neither confirmed nor denied that he was abducted.", []),
    ("A group of Eritrean women, calling themselves Team Eritrea, protested in London.", []),
    ("Human Rights Watch met his family. Evidence suggests the journalist was the victim of a targeted killing.", []),
    ("Pierre Poilievre challenged the ruling in court.", []),
    # "told" joined to a passive with no subject or hearer of its own: its subject is the one told (the agent, when
    # named, speaks: below)
    ("Nhat was arrested and told he would face trial.", []),
    # "found herself ..." befell someone; "noted" before a noun is famous, not a cue
    ("Elena Kostyuchenko suddenly found herself drenched in sweat.", []),
    ("Two weeks earlier, another GBAO native, noted blogger Maqsud Ghayosov, was arrested in Moscow.", []),
    # "find out" is an inquiry; "called elections" convenes them; "that Ankara calls X" still names X
    ("Shams Mehmood Mirza told the ministry to find out who had abducted them.", []),
    ("Ilham Aliyev called snap elections in February.", []),
    ("Britain has also called a meeting of the United Nations Security Council.", []),
    ("Men were accused of belonging to a movement that Ankara calls a terrorist organisation.",
     [("Turkey", "calls", "assert", "indirect", "a terrorist organisation")]),
    ("Beijing called the allegations baseless.", [("China", "called", "deny", "indirect", "the allegations baseless")]),
    # a participle clause on the cue is what the speaker did besides, not part of the appeal; one with a conjunction is
    ("Algiers is demanding the influencer's return to face trial, having issued nine arrest warrants against him.",
     [("Algeria", "demanding", "assert", "indirect", "the influencer's return to face trial")]),
]

# A neutral cue whose content rejects the accusation is a denial; other negative content asserts.
REBUTTALS = [
    # the thing reported, pointed back to ("these", "such", "alleged"), said not to exist is denied; a state of affairs
    # decried is asserted
    ("China maintains a policy of non-interference and these alleged police stations do not exist, Wang Wenbin said.",
     [("Wang Wenbin", "said", "deny", "indirect",
       "China maintains a policy of non-interference and these alleged police stations do not exist")]),
    ("Freedom of speech does not exist in China, the activist Wang Wenbin said.",
     [("Wang Wenbin", "said", "assert", "indirect", "Freedom of speech does not exist in China")]),
    # "contradict" denies a claim it takes as object; set against a thing it is no claim, and no cue inside another's
    ("The murder in Kenya was premeditated, suggested Kenya Human Rights Commission (KHRC), contradicting the previous "
     "claims made by the police.",
     [("Kenya Human Rights Commission", "suggested", "assert", "indirect", "The murder in Kenya was premeditated"),
      ("Kenya Human Rights Commission", "contradicting", "deny", "indirect", "the previous claims made by the police")]),
    ("Amnesty International said the law contradicted the constitution.",
     [("Amnesty International", "said", "assert", "indirect", "the law contradicted the constitution")]),
    ("Zelensky vetoed it, saying the law was fundamentally Russian and contradicted the constitution.",
     [("Zelensky", "saying", "assert", "indirect", "the law was fundamentally Russian and contradicted the constitution")]),
    ("Beijing has said that its overseas operations pursue fugitives suspected of corruption, not political opponents.",
     [("China", "said", "deny", "indirect", "its overseas operations pursue fugitives suspected of corruption, not political opponents")]),
    # "not (just)", "not only" after the comma adds to what is named, no rejection
    ("\u201cThe shock was that there were two spy programs, not (just) one,\u201d Ayman Nour told Reuters.",
     [("Ayman Nour", "told", "assert", "direct", "The shock was that there were two spy programs, not (just) one")]),
    ("Ayman Nour said they used two spy programs, not only one.",
     [("Ayman Nour", "said", "assert", "indirect", "they used two spy programs, not only one")]),
    ("China's foreign ministry has said the sites are not police stations but service centres.",
     [("Ministry of Foreign Affairs", "said", "deny", "indirect", "the sites are not police stations but service centres")]),
    # a present-tense copula refusing what the thing is called denies; emphasis, a past copula or a name does not
    ("\"These are not administrative offices,\" a spokesperson for Safeguard Defenders said.",
     [("Safeguard Defenders", "said", "deny", "direct", "These are not administrative offices")]),
    ("Rana Sanaullah said his death is not a case of mistaken identity.",
     [("Rana Sanaullah", "said", "deny", "indirect", "his death is not a case of mistaken identity")]),
    ("\"This is not the first time that Iran has targeted its critics abroad,\" Amnesty International said.",
     [("Amnesty International", "said", "assert", "direct", "This is not the first time that Iran has targeted its critics abroad")]),
    ("Dominic Murphy said the scheme was not some movie plot.",
     [("Dominic Murphy", "said", "assert", "indirect", "the scheme was not some movie plot")]),
    ("Human Rights Watch said Turkey is not a safe country for Uyghurs.",
     [("Human Rights Watch", "said", "assert", "indirect", "Turkey is not a safe country for Uyghurs")]),
    # bare "authorities" right after a state's body spoke: that body, not the latest state merely named; a capital given
    # names the state
    ("Chilean prosecutors on Friday said the Tren de Aragua, Venezuela's largest criminal organization, was behind the "
     "crime. Authorities also hinted that the killers may have been working for the Venezuelan government.",
     [("public prosecutor", "said", "assert", "indirect",
       "the Tren de Aragua, Venezuela's largest criminal organization, was behind the crime"),
      ("public prosecutor", "hinted", "assert", "indirect", "the killers may have been working for the Venezuelan government")]),
    ("Chilean prosecutors said the Tren de Aragua was behind the crime. The authorities in Caracas said the killers had "
     "been working for the gang.",
     [("public prosecutor", "said", "assert", "indirect", "the Tren de Aragua was behind the crime"),
      ("Venezuela", "said", "assert", "indirect", "the killers had been working for the gang")]),
    ("The Chinese embassy said the sites are run by volunteers.",
     [("embassy", "said", "deny", "indirect", "the sites are run by volunteers")]),
    ("The Chinese embassy said China has no interest in interfering in Canada's internal affairs.",
     [("embassy", "said", "deny", "indirect", "China has no interest in interfering in Canada's internal affairs")]),
    ("The Saudi government insisted that Khashoggi had left the consulate alive.",
     [("Saudi Arabia", "insisted", "deny", "indirect", "Khashoggi had left the consulate alive")]),
    # a hyphenated or two-word denial phrase ("far-fetched", "witch hunt") calls the claim false; negated it does not
    ("The Algerian Ministry of Foreign Affairs denounced a \"far-fetched argument\" based on the sole fact that the phone "
     "was located there.",
     [("Ministry of Foreign Affairs", "denounced", "deny", "mixed", "a \"far-fetched argument\" based on the sole fact "
       "that the phone was located there")]),
    ("The Algerian Ministry of Foreign Affairs summoned the ambassador, denouncing a judicial witch hunt.",
     [("Ministry of Foreign Affairs", "denouncing", "deny", "indirect", "a judicial witch hunt")]),
    ("William Sweeney, who heads the FBI's New York field office, said the scheme was \"not some far-fetched movie "
     "plot\".",
     [("William Sweeney", "said", "assert", "mixed", "the scheme was \"not some far-fetched movie plot")]),
    # ... not when the innocent account is negated: the claim says it is false
    ("The Saudi government said Khashoggi did not leave the consulate alive.",
     [("Saudi Arabia", "said", "assert", "indirect", "Khashoggi did not leave the consulate alive")]),
    ("Grace Bui, a friend of Duong's, said Duong would never have voluntarily returned to Vietnam.",
     [("Grace Bui", "said", "assert", "indirect", "Duong would never have voluntarily returned to Vietnam")]),
    ("The Vietnamese Foreign Ministry said Duong had returned to Vietnam voluntarily.",
     [("Ministry of Foreign Affairs", "said", "deny", "indirect", "Duong had returned to Vietnam voluntarily")]),
    ("President Paul Kagame said that Rusesabagina had not been kidnapped.",
     [("Paul Kagame", "said", "deny", "indirect", "Rusesabagina had not been kidnapped")]),
    ("Maria Zakharova said the names published in London meant nothing to Moscow.",
     [("Maria Zakharova", "said", "deny", "indirect", "the names published in London meant nothing to Moscow")]),
    ('"There is nothing criminal there," Vladimir Putin told reporters.',
     [("Vladimir Putin", "told", "deny", "direct", "There is nothing criminal there")]),
    ("Carine Kanimba said the charges were all made up.",
     [("Carine Kanimba", "said", "deny", "indirect", "the charges were all made up")]),
    ("Joe Biden had said he would not invoke the Taft-Hartley Act.",
     [("Joe Biden", "said", "assert", "indirect", "he would not invoke the Taft-Hartley Act")]),
    ("Farhad Shakeri said that he did not intend to propose such a plan.",
     [("Farhad Shakeri", "said", "assert", "indirect", "he did not intend to propose such a plan")]),
    ("Vladimir Putin said he would not give up.", [("Vladimir Putin", "said", "assert", "indirect", "he would not give up")]),
    ("Tobias Billstrom said Sweden would not be a platform for criminal networks.",
     [("Tobias Billstrom", "said", "assert", "indirect", "Sweden would not be a platform for criminal networks")]),
    ("Tony Hall said the BBC was not the only outlet to have been harassed.",
     [("Tony Hall", "said", "assert", "indirect", "the BBC was not the only outlet to have been harassed")]),
    ("Amnesty International said he had come back of his own accord.",
     [("Amnesty International", "said", "assert", "indirect", "he had come back of his own accord")]),
    ("Marie-Josée Hogue wrote that there was no evidence of traitors in Parliament.",
     [("Marie-Josée Hogue", "wrote", "assert", "indirect", "there was no evidence of traitors in Parliament")]),
    ("Iran's foreign ministry said the complaint was without merit.",
     [("Ministry of Foreign Affairs", "said", "deny", "indirect", "the complaint was without merit")]),
    ("Thai officials have said they have no information about his whereabouts.",
     [("Thailand", "said", "deny", "indirect", "they have no information about his whereabouts")]),
    ("South Korea's foreign ministry said it was examining the reports and would respond in line with the law.",
     [("Ministry of Foreign Affairs", "said", "assert", "indirect", "it was examining the reports and would respond in line with the law")]),
    # a denial word calls a claim false ("baseless accusations", "not true", "a false flag ploy"), not a thing the
    # claim reports ("created fake accounts")
    ("India said the baseless accusations were politically motivated.",
     [("India", "said", "deny", "indirect", "the baseless accusations were politically motivated")]),
    ('Hua Chunying said on Monday that the reports were "not true".',
     [("Hua Chunying", "said", "deny", "mixed", 'the reports were "not true')]),
    ('Mohammad Javad Zarif called the case "a sinister false flag ploy".',
     [("Mohammad Javad Zarif", "called", "deny", "mixed", 'the case "a sinister false flag ploy')]),
    # a denial word as the predicate of "called X ...", and "without evidence", call the claim false
    ("Sergei Nechaev called the verdict biased and politically motivated.",
     [("Sergei Nechaev", "called", "deny", "indirect", "the verdict biased and politically motivated")]),
    ("Amnesty International described the accusations as being without evidence.",
     [("Amnesty International", "described", "deny", "indirect", "the accusations as being without evidence")]),
    ("Meta said Chinese hackers created fake accounts to spy on Uyghur activists.",
     [("Meta", "said", "assert", "indirect", "Chinese hackers created fake accounts to spy on Uyghur activists")]),
    # so does one on a noun in a list the claim reports, and one in a charge listed after the first ("accused of
    # supporting ... and publishing false ..."); a claim's own predicates still call it false
    ("Meta said the hackers created websites, profiles and fake accounts.",
     [("Meta", "said", "assert", "indirect", "the hackers created websites, profiles and fake accounts")]),
    ("Reuters reported that he was accused of supporting terrorism and publishing false information.",
     [("Reuters", "reported", "assert", "indirect", "he was accused of supporting terrorism and publishing false information")]),
    ("Beijing said the reports were lies and fabrications.",
     [("China", "said", "deny", "indirect", "the reports were lies and fabrications")]),
    ("Saeed Khatibzadeh described the plot as Hollywood-style scenarios unworthy of a response.",
     [("Saeed Khatibzadeh", "described", "deny", "indirect", "the plot as Hollywood-style scenarios unworthy of a response")]),
    # "politically motivated" said of a charge, a claim or a prosecution (its request too) calls it a pretext; not
    # before its noun, negated, nor of a crime (attribution_words.tsv pretext_motive, pretext_noun)
    ("Interpol found Rwanda's claims against him to be politically motivated.",
     [("Interpol", "found", "deny", "indirect", "Rwanda's claims against him to be politically motivated")]),
    ("He was convicted on fraud charges, which Umarali Quvvatov said were politically motivated.",
     [("Umarali Quvvatov", "said", "deny", "indirect", "were politically motivated")]),
    ("Sam Rainsy has been convicted in a series of cases that he says are politically motivated.",
     [("Sam Rainsy", "says", "deny", "indirect", "are politically motivated")]),
    ('The Council of State said it considered the extradition request to be "politically motivated".',
     [("Council of State", "said", "deny", "mixed", 'it considered the extradition request to be "politically motivated'),
      ("Council of State", "considered", "deny", "mixed", 'the extradition request to be "politically motivated')]),
    ("Police said it was not clear if the crime was politically motivated.",
     [("police", "said", "assert", "indirect", "it was not clear if the crime was politically motivated")]),
    ("Amnesty International said he fled to avoid politically motivated charges.",
     [("Amnesty International", "said", "assert", "indirect", "he fled to avoid politically motivated charges")]),
    ("Sam Rainsy said the charges were not politically motivated.",
     [("Sam Rainsy", "said", "assert", "indirect", "the charges were not politically motivated")]),
    # a claim said to be made to malign or smear the accused or to take attention away from something rebuts it
    # (attribution_words.tsv purpose_verb, discredit_verb, purpose_subject); not such a purpose of anything else,
    # nor attention drawn to something
    ("Zahid Hafeez Chaudhri said it was designed to malign the country and its state institutions.",
     [("Zahid Hafeez Chaudhri", "said", "deny", "indirect", "it was designed to malign the country and its state institutions")]),
    ("The Ministry of External Affairs said such unsubstantiated allegations sought to shift attention from extremists.",
     [("Ministry of External Affairs", "said", "deny", "indirect", "such unsubstantiated allegations sought to shift attention from extremists")]),
    ("India says Trudeau's comments were intended to draw attention away from the real problem.",
     [("India", "says", "deny", "indirect", "Trudeau's comments were intended to draw attention away from the real problem")]),
    ("Amnesty International said the stations were designed to intimidate dissidents abroad.",
     [("Amnesty International", "said", "assert", "indirect", "the stations were designed to intimidate dissidents abroad")]),
    ("Human Rights Watch said the campaign aimed to discredit activists.",
     [("Human Rights Watch", "said", "assert", "indirect", "the campaign aimed to discredit activists")]),
    ("Human Rights Watch said the report was intended to draw attention to the plight of the detainees.",
     [("Human Rights Watch", "said", "assert", "indirect", "the report was intended to draw attention to the plight of the detainees")]),
    ("India said the allegations were not intended to malign anyone.",
     [("India", "said", "assert", "indirect", "the allegations were not intended to malign anyone")]),
    # "neither ... nor" negates a wrongdoing the speaker is said to have done, as "not" does; not other acts
    ("Suhrob Zafar contended that he had neither harmed anyone nor betrayed his people.",
     [("Suhrob Zafar", "contended", "deny", "indirect", "he had neither harmed anyone nor betrayed his people")]),
    ("Suhrob Zafar said he would neither resign nor leave the country.",
     [("Suhrob Zafar", "said", "assert", "indirect", "he would neither resign nor leave the country")]),
    # a denial word in what an act is for or with names a charge ("sentenced for provocation"), and a denial verb
    # acting on people ("dismissed his interior minister") denies nothing; "pure fabrication" and "as propaganda" do
    ("Axios reported that Luo was sentenced in November to six months in prison for provocation.",
     [("Axios", "reported", "assert", "indirect", "Luo was sentenced in November to six months in prison for provocation")]),
    ("Dmitry Kolezev believes that the case is connected with fake news.",
     [("Dmitry Kolezev", "believes", "assert", "indirect", "the case is connected with fake news")]),
    ("Recep Tayyip Erdogan said Ramush Haradinaj would pay after he dismissed his interior minister.",
     [("Recep Tayyip Erdogan", "said", "assert", "indirect", "Ramush Haradinaj would pay after he dismissed his interior minister")]),
    ("Beijing said the reports were pure fabrication.", [("China", "said", "deny", "indirect", "the reports were pure fabrication")]),
    # a denial word naming what someone put about (the object of an active spreading verb, attribution_words.tsv
    # spreading_verb) is an act the claim reports, no claim called false; falsehoods spread by someone still deny
    ("Hong Kong police said he had engaged in propaganda against the state.",
     [("police", "said", "assert", "indirect", "he had engaged in propaganda against the state")]),
    ("The police officer said a group abroad was spreading propaganda against the government on social media.",
     [("police", "said", "assert", "indirect", "a group abroad was spreading propaganda against the government on social media")]),
    ("The Awami League claimed that the journalist had tried to peddle a wave of disinformation and slanders against the government.",
     [("Awami League", "claimed", "assert", "indirect",
       "the journalist had tried to peddle a wave of disinformation and slanders against the government")]),
    ("Saudi prosecutors said he was publishing false information about the king.",
     [("public prosecutor", "said", "assert", "indirect", "he was publishing false information about the king")]),
    ("The Iranian embassy said the reports were false claims spread by Israel.",
     [("embassy", "said", "deny", "indirect", "the reports were false claims spread by Israel")]),
    ("China said the report was spreading lies about Xinjiang.",
     [("China", "said", "deny", "indirect", "the report was spreading lies about Xinjiang")]),
    ("Egypt said the allegations were lies and slander.",
     [("Egypt", "said", "deny", "indirect", "the allegations were lies and slander")]),
    # innocence claimed rejects the accusation; an innocent person described does not
    ("Alexander De Croo said he was innocent.", [("Alexander De Croo", "said", "deny", "indirect", "he was innocent")]),
    ("Joshua S. Levy said Wu had harassed an innocent individual.",
     [("Joshua S. Levy", "said", "assert", "indirect", "Wu had harassed an innocent individual")]),
    # a denial verb joined to a passive one is an act suffered ("held and questioned"), no denial
    ("Necdet Seyitoglu told the BBC he had been held and questioned for about eight hours.",
     [("Necdet Seyitoglu", "told", "assert", "indirect", "he had been held and questioned for about eight hours")]),
    ("Moscow dismissed the report as propaganda.", [("Russia", "dismissed", "deny", "indirect", "the report as propaganda")]),
    # a neutral cue joined after "deny" gives the denier's grounds: a denial too; not what comes next ("would appeal"),
    # not after "rejected the criticism", not an accusing cue, not after a denial negated
    ("Abdullaev denied the charge at the time, saying he was doing his job as a journalist.",
     [("Abdullaev", "denied", "deny", "indirect", "the charge"),
      ("Abdullaev", "saying", "deny", "indirect", "he was doing his job as a journalist")]),
    ("Bahrain denies hacking the laptops and says the men have provided no evidence of how their computers were infected.",
     [("Bahrain", "denies", "deny", "indirect", "hacking the laptops"),
      ("Bahrain", "says", "deny", "indirect", "the men have provided no evidence of how their computers were infected")]),
    ("Abdullaev denied the charges, saying he would appeal the verdict.",
     [("Abdullaev", "denied", "deny", "indirect", "the charges"), ("Abdullaev", "saying", "assert", "indirect", "he would appeal the verdict")]),
    ("The Chinese embassy rejected the criticism, saying Hong Kong was entitled to pursue fugitives.",
     [("embassy", "rejected", "deny", "indirect", "the criticism"),
      ("embassy", "saying", "assert", "indirect", "Hong Kong was entitled to pursue fugitives")]),
    ("Kigali has denied any role in the attacks and accuses the RNC of involvement in terrorism.",
     [("Rwanda", "denied", "deny", "indirect", "any role in the attacks"),
      ("Rwanda", "accuses", "assert", "indirect", "the RNC of involvement in terrorism")]),
    ("Abdullaev did not deny the charge, saying he was doing his job as a journalist.",
     [("Abdullaev", "saying", "assert", "indirect", "he was doing his job as a journalist")]),
    # so do the words that characterise a claim rejected or dismissed ("describing them as", "calling them"); not
    # "saying" after a claim rejected, nor after the criticism rejected (above)
    ("Andrey Hnyot has dismissed these charges as \u201cfabricated,\u201d describing them as the Belarusian authorities\u2019 "
     "\u201csystematic mechanism of persecution\u201d against political opponents.",
     [("Andrey Hnyot", "dismissed", "deny", "indirect", "these charges"),
      ("Andrey Hnyot", "describing", "deny", "mixed", "them as the Belarusian authorities")]),
    ("Pakistan dismissed the allegations, calling them an attempt to malign the country.",
     [("Pakistan", "dismissed", "deny", "indirect", "the allegations"),
      ("Pakistan", "calling", "deny", "indirect", "them an attempt to malign the country")]),
    ("The Chinese Foreign Ministry rejected the report, saying the country has suffered from terrorism for decades.",
     [("Ministry of Foreign Affairs", "rejected", "deny", "indirect", "the report"),
      ("Ministry of Foreign Affairs", "saying", "assert", "indirect", "the country has suffered from terrorism for decades")]),
    # claims that deny without a denial verb: "no question of", a claim "contradicted by", "misinformation"; not "no
    # question that" (certainty)
    ("Pakistan said there is no question of any threat being made to any national of any state.",
     [("Pakistan", "said", "deny", "indirect", "there is no question of any threat being made to any national of any state")]),
    ("The Kremlin said there was no question that Russia was behind the attack.",
     [("Russia", "said", "assert", "indirect", "there was no question that Russia was behind the attack")]),
    ("Safeguard Defenders said that explanation was contradicted by Chinese official sources.",
     [("Safeguard Defenders", "said", "deny", "indirect", "explanation was contradicted by Chinese official sources")]),
    # an innocent person the claim says someone is describes that person (a victim), no innocence claimed
    ("Anthony Hughes concluded that Sturgess was an innocent victim of an attempt by officers of a Russian state "
     "organization.",
     [("Anthony Hughes", "concluded", "assert", "indirect",
       "Sturgess was an innocent victim of an attempt by officers of a Russian state organization")]),
]

# Where a claim starts and ends: a second "and that" clause belongs to it, a further claim or a clause with its own
# subject does not; a cue after a word or two of its claim takes what follows it.
CLAIM_BOUNDS = [
    # a free relative "what X describes as Y" claims Y, short of how the speaker spoke ("without specifying how")
    ("Tumso Abdurakhmanov has lived in exile since 2015 after receiving what he describes as threats to his life from "
     "Chechnya.",
     [("Tumso Abdurakhmanov", "describes", "threats to his life from Chechnya")]),
    ("Sharmahd was arrested in what Iran described as a complex operation without specifying how he was seized.",
     [("Iran", "described", "a complex operation")]),
    ("Amnesty International did not know what he described.", []),
    # a claim clause the parser split in two, both hung on the cue, is one claim ("held" without a subject is no cue)
    ("CNN Turk said the operation to detain the 11 suspected of abducting Chaab was also prompted by the seizure of "
     "other Iranian opposition figures.",
     [("CNN Turk", "said", "the operation to detain the 11 suspected of abducting Chaab was also prompted by the seizure "
       "of other Iranian opposition figures")]),
    ("Federal prosecutors in Manhattan said the Indian government employee linked to the plot held responsibilities "
     "such as security and intelligence.",
     [("public prosecutor", "said", "the Indian government employee linked to the plot held responsibilities such "
       "as security and intelligence")]),
    # a claim noun with a clause on it closing the claim after a comma or a dash is another's answer to it, not the claim
    ("Ankara accuses the cleric Fethullah Gulen of masterminding a coup attempt in 2016 – an allegation the cleric strongly "
     "denies – and is seeking his extradition.",
     [("Turkey", "accuses", "the cleric Fethullah Gulen of masterminding a coup attempt in 2016"),
      ("Fethullah Gulen", "denies", "an allegation")]),
    ("Human Rights Watch said he had been tortured, a claim that the Chinese embassy denied.",
     [("Human Rights Watch", "said", "he had been tortured"), ("embassy", "denied", "a claim")]),
    ("Human Rights Watch said he had been tortured, a practice that is common in Xinjiang.",
     [("Human Rights Watch", "said", "he had been tortured, a practice that is common in Xinjiang")]),
    # a "with" phrase after a comma closing the claim is the story's detail; one without the comma is the claim's
    ("A police investigation concluded they had been stabbed to death, with unconfirmed reports of their throats being cut.",
     [("police", "concluded", "they had been stabbed to death")]),
    ("Human Rights Watch said he was arrested with his wife in Bangkok.",
     [("Human Rights Watch", "said", "he was arrested with his wife in Bangkok")]),
    # a clause of time or cause inside the claim goes on with it, though its verb is a cue; a contrasting clause of
    # another speaker ends it
    ("Amnesty International said that she was caught off-guard after officials at the airport informed her that her "
     "passport was revoked.",
     [("Amnesty International", "said", "she was caught off-guard after officials at the airport informed her that her "
       "passport was revoked")]),
    ("Amnesty International said the trial was unfair, though the government insisted that it was fair.",
     [("Amnesty International", "said", "the trial was unfair")]),
    # a participle naming the report's own source ("quoting an official") is not its claim: the quotation is; with no
    # quotation there is no claim
    ("\"Several cases are under process, and the accused will be extradited soon,\" Reuters reported quoting an official.",
     [("Reuters", "reported", "Several cases are under process, and the accused will be extradited soon")]),
    ("Reuters reported quoting an official.", []),
    # a gloss in brackets and, after a comma, the examples ("including ...") the parser hung on the cue go on with the
    # claim of an object cue; another phrase after a comma does not
    ("Human Rights Watch accused the three men of committing lese majeste (insulting the monarchy), including by "
     "operating online radio programs and mobilizing supporters to hold demonstrations against the monarchy.",
     [("Human Rights Watch", "accused", "the three men of committing lese majeste (insulting the monarchy), including by "
       "operating online radio programs and mobilizing supporters to hold demonstrations against the monarchy")]),
    ("Human Rights Watch accused Thailand of abuses, after the return of refugees to Cambodia.",
     [("Human Rights Watch", "accused", "Thailand of abuses")]),
    # a clause opened by "after" right after a blamed object goes on with the claim; after a comma it does not
    ("Rwandan exiles in South Africa are blaming President Paul Kagame after the country's ex-spy chief was found "
     "strangled in a Johannesburg hotel room.",
     [("Rwandan exiles", "blaming", "President Paul Kagame after the country's ex-spy chief was found strangled in a "
       "Johannesburg hotel room")]),
    ("Rwandan exiles blamed President Paul Kagame, after a week of silence.",
     [("Rwandan exiles", "blamed", "President Paul Kagame")]),
    # an object with a relative clause, then the claim's verb with no subject the parser joined to the cue: one claim
    ("Amnesty International alleged the woman, who is also a permanent resident, was tasked by the Chinese Ministry of "
     "State Security to gather information.",
     [("Amnesty International", "alleged", "the woman, who is also a permanent resident, was tasked by the Chinese "
       "Ministry of State Security to gather information")]),
    ("Amnesty International alleged the woman, who is also a permanent resident, and was tasked with the report.",
     [("Amnesty International", "alleged", "the woman, who is also a permanent resident")]),
    # a belief a pronoun holds inside the claim is no claim of its own; a relative clause with a named believer is
    ("The Department of Justice charged him. Prosecutors allege that Nikhil Gupta reached out to someone he believed was "
     "a criminal associate to help hire a hitman.",
     [("Department of Justice", "allege", "Nikhil Gupta reached out to someone he believed was a criminal associate to "
       "help hire a hitman")]),
    ("Human Rights Watch said the men were behind the plot, which the police believe was ordered from Beijing.",
     [("Human Rights Watch", "said", "the men were behind the plot"), ("police", "believe", "was ordered from Beijing")]),
    # a finite verb the parser joined to a participle cue goes on with the claim ("saying he was ... and was charged")
    ("Vietnam's Ministry of Public Security confirmed the arrest, saying he was in Vietnam\u2019s custody and was charged "
     "with creating propaganda against the state.",
     [("Ministry of Public Security", "confirmed", "the arrest"),
      ("Ministry of Public Security", "saying", "he was in Vietnam\u2019s custody and was charged with creating propaganda "
       "against the state")]),
    # a second clause after a bare comma, with its own subject, goes on with the claim (cue before it or parenthetical)
    ("The Department of Justice charged him. Prosecutors said Abouammo received at least $300,000 in payments, much of it "
     "wired to a bank account in Lebanon.",
     [("Department of Justice", "said", "Abouammo received at least $300,000 in payments, much of it wired to a bank "
       "account in Lebanon")]),
    ("The Department of Justice charged him. In total, prosecutors said, Abouammo received at least $300,000 in payments, "
     "much of it wired to a bank account in Lebanon.",
     [("Department of Justice", "said", "Abouammo received at least $300,000 in payments, much of it wired to a bank "
       "account in Lebanon")]),
    # ... but not a further cue with its own speaker
    ("The Department of Justice charged him. In total, prosecutors said, Abouammo received payments, the newspaper "
     "reported.",
     [("Department of Justice", "said", "Abouammo received payments")]),
    ("Lawyers for Ahmad Abouammo said he is in a jail in Seattle, the New York Times reported.",
     [("Ahmad Abouammo", "said", "he is in a jail in Seattle"),
      ("The New York Times", "reported", "Lawyers for Ahmad Abouammo said he is in a jail in Seattle")]),
    # a relative cue with its object before it: the completion after it ("blames for", "defines as")
    ("Six teachers were linked to the Gulen movement that Ankara blames for a failed 2016 coup.",
     [("Turkey", "blames", "a failed 2016 coup")]),
    ("Freedom House released a report on transnational repression, which it defines as tactics used by governments to "
     "stifle dissent.",
     [("Freedom House", "defines", "tactics used by governments to stifle dissent")]),
    # ... and the deed or the one an "of" or "on" phrase names ("accuses of", "blamed on"); a clause closing its
    # sentence runs to the full stop over words the parser hung elsewhere, not over an apposition after a comma
    ("Turkey has sought the extradition of Gulen, whom it accuses of masterminding the coup.",
     [("Turkey", "accuses", "masterminding the coup")]),
    ("The attack came a month after the death of Navalny, which Volkov blamed on Russian President Vladimir Putin.",
     [("Volkov", "blamed", "Russian President Vladimir Putin")]),
    ("Turkey claimed that Toksoy was one of the leaders of the ‘Fethullah Terrorist Organisation’, or FETO, which it "
     "accuses of being behind the July 2016 failed coup in Turkey against the government of Recep Tayyip Erdogan.",
     [("Turkey", "claimed", "Toksoy was one of the leaders of the ‘Fethullah Terrorist Organisation’, or FETO"),
      ("Turkey", "accuses", "being behind the July 2016 failed coup in Turkey against the government of Recep Tayyip Erdogan")]),
    ("She announced the expulsion of 23 Russian diplomats whom the British government described as undeclared intelligence "
     "officers, the largest such expulsion from Britain in decades.",
     [("United Kingdom", "described", "undeclared intelligence officers")]),
    ("The task was handed to Karim Ali, of whom Amnesty International spoke on Friday.", []),
    # or the charge an adjective lays on the noun referred to ("hold responsible for"); a judgement alone is no claim
    ("The teacher is accused of links to the network of US-based Muslim cleric, Fethullah Gulen, which Turkish authorities hold "
     "responsible for a failed 2016 coup in Turkey.",
     [("Turkey", "hold", "responsible for a failed 2016 coup in Turkey")]),
    ("The task was handed to Karim Ali, which Amnesty International found difficult.", []),
    # a claim clause the parser split at its first noun ("the threats and" as the object) is the whole clause
    ("The U.S. attorney's office alleged the threats and harassment continued for years and were part of Operation Fox Hunt.",
     [("U.S. Attorney's Office", "alleged", "the threats and harassment continued for years and were part of Operation Fox Hunt")]),
    # a cue closing its sentence after a comma takes the claim before it, with where, when and how it was said after it
    ("Chinese students studying abroad are living in fear of intimidation as Chinese authorities seek to prevent them "
     "from engaging with political issues while overseas, Amnesty International said in a new report published today.",
     [("Amnesty International", "said", "Chinese students studying abroad are living in fear of intimidation as Chinese "
       "authorities seek to prevent them from engaging with political issues while overseas")]),
    ("A Laos activist is feared missing in Thailand, Human Rights Watch said on Friday, calling for an urgent investigation.",
     [("Human Rights Watch", "said", "A Laos activist is feared missing in Thailand"),
      ("Human Rights Watch", "calling for", "an urgent investigation")]),
    # a closing "told" with only its hearer, place and circumstances after it: the name before it speaks
    ("“Roberto was a powerful voice” who “directly denounced the dictatorship” of Ortega, Samcam’s wife Claudia Vargas "
     "told reporters in San Jose as she fought back tears.",
     [("Claudia Vargas", "told", "Roberto was a powerful voice” who “directly denounced the dictatorship” of Ortega, "
       "Samcam’s wife")]),
    # the speaker next to the cue, not a dateline the parser also took for a subject
    ("Bangkok, March 21, 2019 — Vietnamese authorities must release detained blogger Truong Duy Nhat and allow him to "
     "travel freely outside of the country, the Committee to Protect Journalists said today.",
     [("Committee to Protect Journalists", "said", "Bangkok, March 21, 2019 — Vietnamese authorities must release detained "
       "blogger Truong Duy Nhat and allow him to travel freely outside of the country")]),
    # the cue's own setting or manner before its speaker is no claim
    ("In a sentencing memorandum, Human Rights Watch wrote about his treatment of the other student.", []),
    ("Urging the Thai government to uphold refugee rights, Khem Monykosal remarked on the heightened tension.",
     [("Khem Monykosal", "Urging", "the Thai government to uphold refugee rights"),
      ("Khem Monykosal", "remarked", "the heightened tension")]),
    # ... but a clause of the sentence besides that setting before the comma is the claim of the cue closing it, and so is
    # a clause with its own subject the parser hung on the cue; the setting alone still is none
    ("On May 21, Turkish forces arrested at least 84 suspects linked to Fethullah Gulen in simultaneous operations across "
     "14 provinces, Anadolu reported.",
     [("Anadolu Agency", "reported", "On May 21, Turkish forces arrested at least 84 suspects linked to Fethullah Gulen in "
       "simultaneous operations across 14 provinces")]),
    ("Thai was arrested in April. After completing his sentence, Thai will be under mandatory supervision for three years, "
     "the Hanoi People’s Court ruled after a closed trial, according to the VietnamPlus news website.",
     [("Hanoi People’s Court", "ruled", "After completing his sentence, Thai will be under mandatory supervision for three years"),
      ("VietnamPlus", "according to", "After completing his sentence, Thai will be under mandatory supervision for three years, "
       "the Hanoi People’s Court ruled after a closed trial")]),
    ("On Monday, in a statement from Geneva, Amnesty International said.", []),
    # a closing name the parser took for part of the claim's last words speaks, not the claim's last noun; so does one
    # after "or so", and one before a phrase of where it was said
    ("With rumours of hacking attempts and intimidation, the Rwandan government has been accused of putting pressure on "
     "its opponents and some journalists established in Belgium, Le Soir and De Morgen reported on Friday.",
     [("Le Soir", "reported", "With rumours of hacking attempts and intimidation, the Rwandan government has been accused of "
       "putting pressure on its opponents and some journalists established in Belgium")]),
    ("Somehow, it was President Donald Trump who wound up apologizing for the incident, or so President Recep Tayyip Erdogan "
     "said in an interview with PBS on Tuesday.",
     [("Recep Tayyip Erdogan", "said", "Somehow, it was President Donald Trump who wound up apologizing for the incident")]),
    ("Secretary for Security Chris Tang banned providing funds to the 16 activists, including Victor Ho, Keung Ka-wai and "
     "Gong Sasha, the Hong Kong government said in a statement.",
     [("Hong Kong", "said", "Secretary for Security Chris Tang banned providing funds to the 16 activists, including Victor "
       "Ho, Keung Ka-wai and Gong Sasha")]),
    # a cue naming its hearer in an "as" clause closing its host vouches for the host, a pronoun speaking too; an "as"
    # clause of cause, with no hearer, does not
    ("Another Russian activist and critic of Putin, Daryana Gryaznova, was not allowed into Georgia, as she told Formula TV.",
     [("Daryana Gryaznova", "told", "Another Russian activist and critic of Putin, Daryana Gryaznova, was not allowed into Georgia")]),
    ("Exiles fear the government, as they have shown in many demonstrations.", []),
    # a clause on a noun with no relative pronoun, whose noun the parser made the subject of the claim's verb: that verb
    # and what follows
    ('Exiled Belarusian opposition leader Sviatlana Tsikhanouskaya was handed a 15-year jail term on Monday after being '
     'convicted in absentia for treason and "conspiracy to seize power", a verdict she said was punishment for her efforts '
     'to promote democracy.',
     [("Sviatlana Tsikhanouskaya", "said", "was punishment for her efforts to promote democracy")]),
    # a quotation in the paragraph below the colon of its cue; a quotation another cue introduces is part of the claim
    # a closing cue reports, from the sentence's start
    ("Laura Davison, NUJ general secretary, said:\n\n\"This deplorable act of abduction is wholly condemned by the NUJ.\"",
     [("Laura Davison", "said", "This deplorable act of abduction is wholly condemned by the NUJ")]),
    ('Lateef Johar Baloch, a friend who lives in Toronto, revealed that Karima had received anonymous threat messages that '
     'said, "We know where you live", the Toronto Sun reported.',
     [("Lateef Johar Baloch", "revealed", 'Karima had received anonymous threat messages that said, "We know where you live", '
       'the Toronto Sun reported'),
      ("Toronto Sun", "reported", 'Lateef Johar Baloch, a friend who lives in Toronto, revealed that Karima had received '
       'anonymous threat messages that said, "We know where you live')]),
    ("Iran's Ministry of Intelligence announced that it had arrested him, and state television broadcast his confession.",
     [("Ministry of Intelligence", "announced", "it had arrested him")]),
    ("Amnesty International said it was shocked, and that Zam had been forced to confess.",
     [("Amnesty International", "said", "it was shocked, and that Zam had been forced to confess")]),
    ("UNHCR said it was deeply concerned and urged the Kenyan government to respect the principle of non-refoulement.",
     [("United Nations High Commissioner for Refugees", "said", "it was deeply concerned"),
      ("United Nations High Commissioner for Refugees", "urged", "the Kenyan government to respect the principle of non-refoulement")]),
    ("Prayut Chan-o-cha said that he would not allow Sam Rainsy to enter, arguing that members should not interfere.",
     [("Prayut Chan-o-cha", "said", "he would not allow Sam Rainsy to enter"), ("Prayut Chan-o-cha", "arguing", "members should not interfere")]),
    ("There was, Marie-Josée Hogue wrote, no evidence of traitors in Parliament.",
     [("Marie-Josée Hogue", "wrote", "no evidence of traitors in Parliament")]),
    ("Germany expelled two Iranian diplomats in 2023, and had warned Tehran at the time that it would not accept his execution.",
     [("Germany", "warned", "it would not accept his execution")]),
    ("The Metropolitan Police warned of threats against its journalists.",
     [("Metropolitan Police", "warned", "of threats against its journalists")]),
    # "warn" of, about or against something: the phrase, with the hearer before it, also where the parser hung it on
    # the hearer's words; not a name's "of" nor one inside the hearer ("the families of activists")
    ("The UK and Canadian governments warned against misusing terrorism laws for political purposes.",
     [("United Kingdom", "warned", "against misusing terrorism laws for political purposes")]),
    ("Amnesty International warned Thailand against deporting the activist.",
     [("Amnesty International", "warned", "Thailand against deporting the activist")]),
    ("The Ministry of State Security had warned them about his activism in the United States.",
     [("Ministry of State Security", "warned", "them about his activism in the United States")]),
    ("Human Rights Watch warned Bulgarian authorities of the risk the activist would face if deported to Saudi Arabia.",
     [("Human Rights Watch", "warned", "Bulgarian authorities of the risk the activist would face if deported to Saudi Arabia")]),
    ("The Metropolitan Police warned two journalists working for Iran International of threats to their lives.",
     [("Metropolitan Police", "warned", "two journalists working for Iran International of threats to their lives")]),
    ("Amnesty International warned the Minister of Justice.", []),
    ("Mike Burgess said three countries had plotted to harm people, and that ASIO knew of four more.",
     [("Mike Burgess", "said", "three countries had plotted to harm people, and that ASIO knew of four more")]),
    # a further cue inside the claim, however deep the parser hangs it, is cut off
    ("Omar Hassan said the raid had been planned for months, while continuing to insist that no one was hurt.",
     [("Omar Hassan", "said", "the raid had been planned for months")]),
    ("Anna Berg said the closure did not have to happen and accused the company of ignoring a rescue plan.",
     [("Anna Berg", "said", "the closure did not have to happen")]),
    # a cue joined to the claim of another speaks for that cue's speaker
    ("Maria Lindqvist, the presiding judge, said the killing had been ordered by Moscow and called it state terrorism.",
     [("Maria Lindqvist", "said", "the killing had been ordered by Moscow"), ("Maria Lindqvist", "called", "it state terrorism")]),
    # a relative cue: the claim is what follows it, or the "as" phrase of "which X describes as"
    ("Amnesty International criticised the trial, which it said fell far short of international standards.",
     [("Amnesty International", "said", "fell far short of international standards")]),
    ("In 2020 the Justice Department charged eight people in Operation Fox Hunt, which China describes as an effort to "
     "bring back corrupt officials.", [("China", "describes", "an effort to bring back corrupt officials")]),
    # a that-clause the parser hung on a time clause, or one several words after the hearer
    ("Maria Zakharova said after the charges were announced that the names meant nothing to Moscow.",
     [("Maria Zakharova", "said", "the names meant nothing to Moscow")]),
    ("Mohammed bin Salman told Bloomberg in an interview days after the disappearance that the journalist was not "
     "inside the building.", [("Mohammed bin Salman", "told", "the journalist was not inside the building")]),
    # a relative clause inside the claim with a claim of its own speaker ends it; a passive one does not
    ("Daniel Ortega maintains they were behind the protests, which he claims were a foreign-funded plot.",
     [("Daniel Ortega", "maintains", "they were behind the protests"), ("Daniel Ortega", "claims", "were a foreign-funded plot")]),
    ("NSO Group said the list of countries in which it was alleged to operate was inaccurate.",
     [("NSO Group", "said", "the list of countries in which it was alleged to operate was inaccurate")]),
    # a quotation the cue opens with a colon or comma is the claim, over its sentences and the paragraphs that reopen it
    ("Rana Sanaullah Khan told journalists: \u201cHis death is not a case of mistaken identity. It is a targeted killing.\n"
     "\u201cWe have asked the Kenyan government for more data.\u201d\nA spokesperson declined to respond.",
     [("Rana Sanaullah Khan", "told", "His death is not a case of mistaken identity. It is a targeted killing.\n"
       "\u201cWe have asked the Kenyan government for more data")]),
    ('Amnesty International said in a statement: "He must be released. His trial was unfair."\nThe group said it would '
     'keep campaigning.', [("Amnesty International", "said", "He must be released. His trial was unfair"),
                           ("Amnesty International", "said", "it would keep campaigning")]),
    # "according to" closing its clause after a comma takes the clause before; in the middle of one, what runs on after
    ("Truong Duy Nhat is being held without charge at the T-16 detention center, according to Human Rights Watch, which "
     "communicated with him.", [("Human Rights Watch", "according to", "Truong Duy Nhat is being held without charge at "
                                 "the T-16 detention center")]),
    ("In 2020 he flew to Istanbul, where, according to Human Rights Watch, he was lured to a meeting.",
     [("Human Rights Watch", "according to", "he was lured to a meeting")]),
    # a cue closing its sentence after a comma, however the parser hangs it, takes what comes before
    ("Students studying abroad are living in fear as Chinese authorities seek to prevent them from engaging with "
     "political issues while overseas, Amnesty International said in a new report.",
     [("Amnesty International", "said", "Students studying abroad are living in fear as Chinese authorities seek to "
       "prevent them from engaging with political issues while overseas")]),
    # an object before the comma is the claim, the quotation after it another's (a cue inside its quotation marks,
    # "indicating", is the quoted words, no claim of its own)
    ("The Washington Post said the hacked documents revealed the names of 3,500 Rwandans, \u201cindicating that they "
     "were targets.\u201d", [("The Washington Post", "said", "the hacked documents revealed the names of 3,500 Rwandans"),
                              ("The Washington Post", "revealed", "the names of 3,500 Rwandans")]),
    # a restrictive relative clause on a noun of the claim, with a cue but no clause of its own, tells which thing the
    # claim means and goes on with it; one set off by a comma, or with a claim of its own, is another's
    ("The Canadian government announced it was expelling six Indian diplomats the RCMP had identified as persons of "
     "interest in the murder.",
     [("Canada", "announced", "it was expelling six Indian diplomats the RCMP had identified as persons of interest in "
       "the murder")]),
    ("Human Rights Watch said the men were behind the protests, which he claims were a plot.",
     [("Human Rights Watch", "said", "the men were behind the protests")]),
    ("Human Rights Watch said the country expelled the diplomats who the RCMP said were spies.",
     [("Human Rights Watch", "said", "the country expelled the diplomats"),
      ("Royal Canadian Mounted Police", "said", "were spies")]),
    # a participle after a comma naming what the claim rests on is the speaker's act, not the claim
    ("The New York Times has claimed Selahaddin was arrested in Kenya, referencing a video showing his wife.",
     [("The New York Times", "claimed", "Selahaddin was arrested in Kenya")]),
    # a quotation opening its sentence, closed by a comma before its speaker and cue, is the claim, not what follows
    # the cue; a phrase quoted inside the sentence is not
    ("\u201cOur bilateral relations will be frozen\u201d, Slovak authorities announced, signalling the matter won\u2019t "
     "be put to rest.", [("Slovakia", "announced", "Our bilateral relations will be frozen")]),
    ("\u201cThey are not informing me of the reasons,\u201d Maryia Bulavinskaya told CPJ from a European Union state "
     "which she declined to name.", [("Maryia Bulavinskaya", "told", "They are not informing me of the reasons")]),
    ("In a report titled \"Under China's Shadow,\" Human Rights Watch said Nepal had imposed a ban on Tibetan protests.",
     [("Human Rights Watch", "said", "Nepal had imposed a ban on Tibetan protests")]),
    # a claim noun set off after a dash stands for the claim before it
    ("The Turkish state considers Gulen\u2019s movement to be a terrorist organization \u2013 a claim that Fethullah Gulen "
     "denies.", [("Turkey", "considers", "Gulen\u2019s movement to be a terrorist organization"),
                 ("Fethullah Gulen", "denies", "Gulen\u2019s movement to be a terrorist organization")]),
    ("Erdogan repeated the allegations that Fethullah Gulen denies.", [("Fethullah Gulen", "denies", "the allegations")]),
    # a clause joined with its own subject before a further "that" clause of the cue is part of the claim; alone after
    # a comma it is the story's
    ("The Metropolitan Police said the motive for the attack was unclear and officers were keeping \"an open mind\", but "
     "that \"the victim's occupation as a journalist at a media organisation based in the UK\" was being probed.",
     [("Metropolitan Police", "said", "the motive for the attack was unclear and officers were keeping \"an open mind\", "
       "but that \"the victim's occupation as a journalist at a media organisation based in the UK\" was being probed")]),
    ("Interpol said it had arrested him, and state television broadcast his confession.",
     [("Interpol", "said", "it had arrested him")]),
    # a claim that opens a quotation runs on to its closing mark
    ("Noting that the situation was \u201cunpleasant, but expected\u201d, Ilya Yashin stressed that the law is fascist.",
     [("Ilya Yashin", "Noting", "the situation was \u201cunpleasant, but expected"),
      ("Ilya Yashin", "stressed", "the law is fascist")]),
    # an object cue's noun object with its purpose after it is the claim
    ("The UK and US have announced new sanctions to tackle the domestic threat posed by the Iranian regime.",
     [("United Kingdom", "announced", "new sanctions to tackle the domestic threat posed by the Iranian regime")]),
    ("Nikhil Gupta admitted guilt to three charges of murder for hire.",
     [("Nikhil Gupta", "admitted", "guilt to three charges of murder for hire")]),
    # ... an infinitive of a cue verb on the object likewise (it is the purpose, not a claim of its own)
    ("The Foreign Secretary has announced plans for a new sanctions regime to hold Iran to account for its hostile "
     "behaviour.",
     [("Foreign Secretary", "announced", "plans for a new sanctions regime to hold Iran to account for its hostile "
       "behaviour")]),
    # a second object the parser gave the cue is the object's completion ("calling it 'a form of ...'")
    ("US Secretary of State Marco Rubio condemned the move in a statement, calling it \u2018a form of transnational repression\u2019.",
     [("Marco Rubio", "condemned", "the move"), ("Marco Rubio", "calling", "it \u2018a form of transnational repression")]),
    ("Tajik authorities branded the IPRT a terrorist group in 2015.",
     [("Tajikistan", "branded", "the IPRT a terrorist group")]),
    # a clause cue's noun "object" right before a clause with no subject is that clause's subject; a hearer stays out
    ("Amnesty International published a report on Tuesday. It said another blogger based in Vietnam, who was not named "
     "due to fears for their safety, was targeted three times last year.",
     [("Amnesty International", "said", "another blogger based in Vietnam, who was not named due to fears for their "
       "safety, was targeted three times last year")]),
    ("Amnesty International told Reuters the men were arrested.",
     [("Amnesty International", "told", "the men were arrested")]),
    # two joined clauses before a closing cue are one claim; a claim ends before a joined clause's conjunction
    ("Mirzo Salimpur is a journalist. The brothers were not home, and the official told each of their wives to go to "
     "the prosecutor general\u2019s office in Dushanbe, Salimpur said.",
     [("Mirzo Salimpur", "said", "The brothers were not home, and the official told each of their wives to go to the "
       "prosecutor general\u2019s office in Dushanbe")]),
    ("The Austrian police said Umarov had declined police protection before his death, and added it is not yet clear "
     "if the crime was politically motivated.",
     [("police", "said", "Umarov had declined police protection before his death"),
      ("police", "added", "it is not yet clear if the crime was politically motivated")]),
    # ... but a noun phrase the parser joined to a word before the claim goes on with it
    ("Marie-Jos\u00e9e Hogue published her report. Many of her recommendations deal with party nomination races and "
     "leadership contests, which she found are loosely regulated and therefore an easy point of entry.",
     [("Marie-Jos\u00e9e Hogue", "found", "are loosely regulated and therefore an easy point of entry")]),
    # a claim ending on a copula whose complement the parser hung on a later verb runs on with it, short of a closing
    # description; a copula with its complement is whole as it is
    ("Moscow has confirmed that Maxim Kuzminov was a \u201ctraitor\u201d who had defected after flying a helicopter on "
     "Aug. 9 last year to Ukraine, the head of Russia\u2019s Foreign Intelligence Service Sergey Naryshkin said Tuesday.",
     [("Russia", "confirmed", "Maxim Kuzminov was a \u201ctraitor\u201d who had defected after flying a helicopter on "
       "Aug. 9 last year to Ukraine")]),
    ("Moscow has confirmed that Maxim Kuzminov was a traitor.",
     [("Russia", "confirmed", "Maxim Kuzminov was a traitor")]),
]


# A definite description no other rule resolves refers back to the actor named where its head noun was last used:
# as a title, in apposition, or in its phrase; "the force" is the police body named before. Generic people ("the
# men") and a body led by a person ("the government of Narendra Modi") name no one.
DESCRIPTIONS = [
    # a plural noun of bodies' kind speaks as the first of the bodies named together: the latest list before it, or in
    # a lead with a number, the list the next sentences give; a bare plural, or one with no list, is no one
    ("Amnesty International and Human Rights Watch met the families. The groups said the men had been detained.",
     [("Amnesty International", "said")]),
    ("Saudi Arabia detained five relatives, two rights groups said. Amnesty International and Human Rights Watch "
     "told Reuters the arrests were retaliation.",
     [("Amnesty International", "said"), ("Amnesty International", "told")]),
    ("Amnesty International met the families. Rights groups said the men had been detained.", []),
    ("Amnesty International met the families. Some groups said the men had been detained.", []),
    ("The men were detained. The groups said they had been tortured.", []),
    # the lede's agent of a passive cue, described by whose office he holds, is the one named where the noun comes back
    # speaking; one described so and never named is no one
    ("An exiled Thai critic said Thai authorities were behind the attack, an accusation that was ridiculed by the "
     "kingdom's army chief. Pavin Chachavalpongpun accused the army. The suggestion was rejected by Thailand's army "
     "chief, General Apirat Kongsompong.",
     [("Pavin Chachavalpongpun", "said"), ("Apirat Kongsompong", "ridiculed"), ("Pavin Chachavalpongpun", "accused"),
      ("Apirat Kongsompong", "rejected")]),
    ("Thai authorities were behind the attack, an accusation that was ridiculed by the kingdom's army chief. The army "
     "was founded in 1852. Thailand's army chief, General Apirat Kongsompong, was born in 1960.", []),
    ("Ankara blames the US-based cleric Fethullah Gulen for the coup. The cleric denies the allegation.",
     [("Turkey", "blames"), ("Fethullah Gulen", "denies")]),
    ("Dongbang Myeongju, a Chinese restaurant in Seoul, was named. The restaurant accused critics of trying to damage ties.",
     [("Dongbang Myeongju", "accused")]),
    ("Researchers at the Citizen Lab examined the phone. The researchers say the infection followed a text message.",
     [("Citizen Lab", "say")]),
    # "the researchers" refer back to the NGO named before, as "the group" does; none named, no one
    ("Citizen Lab published a report on Pegasus. The researchers said the phone was infected.", [("Citizen Lab", "said")]),
    ("The researchers said the phone was infected.", []),
    ("The experts, who include Rhona Smith, met in Geneva. The experts said the trial was unfair.", [("Rhona Smith", "said")]),
    ("The experts, who include Rhona Smith, met in Geneva. The experts expressed concern about the detentions. They cited "
     "the case of Idris Hasan.", [("Rhona Smith", "expressed concern"), ("Rhona Smith", "cited")]),
    # a cue joined to a claim opened by "that" whose subject is a person goes on with that person; not one set off by a
    # comma, nor a cue joined to a claim without "that"
    ("The BBC reported that Protasevich was frightened before his arrest and told passengers he would face the death "
     "penalty.", [("BBC", "reported"), ("Protasevich", "told")]),
    ("Amnesty International said the killing had been ordered by Moscow and called it terrorism.",
     [("Amnesty International", "said"), ("Amnesty International", "called")]),
    ("The Chinese embassy said that China has no interest in interfering in Canada's affairs, and has described the "
     "reports as smears.", [("embassy", "said"), ("embassy", "described")]),
    # "they" after a sentence telling what plural agents did to someone ("he was stopped by ... officers") are those agents,
    # not the latest speaker
    ("Human Rights Watch said his detention was arbitrary. He was stopped at the airport by Turkish police officers. "
     "They told him that he could not leave the country.", [("Human Rights Watch", "said"), ("police", "told")]),
    ("The Metropolitan Police said officers were called. The force said the motive was unclear.",
     [("Metropolitan Police", "said"), ("Metropolitan Police", "said")]),
    ("Three men, including Matthew Trickett, were charged. The men said they were innocent.", []),
    # a definite document speaks for the owner named where it was mentioned before, not for the latest speaker
    ("A statement released by the US Attorney's Office alleged that Gupta was recruited. Czech authorities arrested "
     "Gupta. The statement said he was held in Prague.", [("U.S. Attorney's Office", "alleged"), ("U.S. Attorney's Office", "said")]),
    ("In a statement, Amnesty International said the trial was unfair. Reuters reported the verdict. The statement said "
     "the judges were biased.", [("Amnesty International", "said"), ("Reuters", "reported"), ("Amnesty International", "said")]),
    # "he" after a person whose given name reads as a woman's, with no one else to refer to, is still that person
    ("Kim Jong Nam waited at the airport. Two women approached. He complained to airport staff that he felt dizzy.",
     [("Kim Jong Nam", "complained")]),
    # "she" just after a speaker quoted in the sentence before is that speaker, not an earlier main subject; a person
    # named there only as an object is not
    ("Samantha Jiron told AFP her father was shot. “He was a powerful voice,” his wife Claudia Vargas told reporters. "
     "His job, she said, was to expose abuses.",
     [("Samantha Jiron", "told"), ("Claudia Vargas", "told"), ("Claudia Vargas", "said")]),
    ("Sam Rainsy said he would return. He planned to lead a movement against Prime Minister Hun Sen, who has said he "
     "would arrest him. He arrived in Kuala Lumpur instead, telling reporters that he had not given up.",
     [("Sam Rainsy", "said"), ("Hun Sen", "said"), ("Sam Rainsy", "telling")]),
    # an office in the plural or abbreviated ("the Ministers", "the PM") refers back like the office; plural, to the first
    ("Ministers Stef Blok and Kasja Ollongren wrote to parliament. Their bank accounts have been frozen, the Ministers wrote.",
     [("Stef Blok", "wrote")]),
    ("Theresa May spoke in the Commons. The PM told MPs the UK would push for new sanctions.", [("Theresa May", "told")]),
    # the bare office that spoke before keeps its referent over a foreign holder named after it in passing; alone, the
    # foreign holder is the one
    ("Theresa May said the attack was sanctioned in Moscow. The Prime Minister told MPs the suspects were spies. Mrs May "
     "spoke with Canadian Prime Minister Justin Trudeau. The PM told MPs the UK would push for new sanctions.",
     [("Theresa May", "said"), ("Theresa May", "told"), ("Theresa May", "told")]),
    ("Canadian Prime Minister Justin Trudeau spoke on Wednesday. The PM told MPs the country would push for sanctions.",
     [("Justin Trudeau", "told")]),
    # officials named by a state's demonym or capital speak for it; former officials, and officials of two states, not
    ("Chile said so. Chilean investigators said Ojeda had been dead for a week.", [("Chile", "said")]),
    ("Turkey denied it. Officials in Ankara have said the fight against the network will continue.",
     [("Turkey", "denied"), ("Turkey", "said")]),
    ("Syria denied it. A former Syrian diplomat living in Germany told the paper the regime spies on refugees.",
     [("Syria", "denied")]),
    ("India and Pakistan denied it. Indian and Pakistani intelligence officials said India was involved.", [("India", "denied")]),
    ("The government of Narendra Modi was elected in May. The government said it would respond.", []),
]


# A passive cue with its agent is the agent's claim: the completion after the agent, else the subject when it is
# denied or reported; without an agent, or for a thing or an event announced, a ruling or an act on a person, none.
PASSIVES = [
    # verbs that characterise (object and its "as" completion) or detail (a clause), and a feeling
    # stated with the quotation it introduces; people detailed are no claim ("detailed the officers")
    ("The FBI characterized the operation as an illegal effort to locate and repatriate fugitives.",
     [("Federal Bureau of Investigation", "characterized", "assert", "the operation as an illegal effort to locate and repatriate fugitives")]),
    ("Mike Burgess also detailed how the spies had recruited a security clearance holder.",
     [("Mike Burgess", "detailed", "assert", "how the spies had recruited a security clearance holder")]),
    ("Air traffic controllers advised the pilots to land in Minsk.", []),  # an instruction, like "told X to", no claim
    ("Speaking to Radio Free Asia, Idris Hasan expressed his gratitude: \u201cI am deeply grateful to the individuals who helped me.\u201d",
     [("Idris Hasan", "expressed his gratitude", "assert", "I am deeply grateful to the individuals who helped me")]),
    ("Police detailed the officers to the border.", []),
    ("The charges were disputed by the Rwandan government.", [("Rwanda", "disputed", "deny", "The charges")]),
    # a perfect the parser split at its adverbial phrase ("has in the past dismissed accusations ...")
    ("Belarus has in the past dismissed accusations that it targets opponents abroad as slander.",
     [("Belarus", "dismissed", "deny", "accusations that it targets opponents abroad as slander")]),
    ("Iranian officials have in the past dismissed accusations of plots against opponents abroad as fabrications spread "
     "by enemies of the Islamic Republic.",
     [("Iran", "dismissed", "deny", "accusations of plots against opponents abroad as fabrications spread by enemies of "
       "the Islamic Republic")]),
    ("Police have in the past published wanted posters.", []),
    # a hearer verb's agent tells the claim of its clause; not an order ("told by the embassy to leave")
    ("Abula Buheliqiemu and her teenage daughter were detained near Mecca on Thursday and told by police they faced "
     "deportation to China.", [("police", "told", "assert", "they faced deportation to China")]),
    ("The activists were detained and told by Thai officials that they would be sent home.",
     [("Thailand", "told", "assert", "they would be sent home")]),
    ("He was told by the embassy to leave the country.", []),
    ("Sharmahd is accused by Iran of leading the Tondar group.", [("Iran", "accused", "assert", "of leading the Tondar group")]),
    ("Jamshid Sharmahd, who is accused by the Iranian government of being a leader of the Tondar group, attended.",
     [("Iran", "accused", "assert", "of being a leader of the Tondar group")]),
    ("Orhan Inandi founded a network linked to Fethullah Gulen, the imam blamed by the Turkish government for the failed coup.",
     [("Turkey", "blamed", "assert", "for the failed coup")]),
    ("The account of his abduction was first reported by the Washington Post.",
     [("The Washington Post", "reported", "assert", "The account of his abduction")]),
    ("He was accused of spying.", []),
    ("His appeal was rejected by the Supreme Court.", []),
    ("He was questioned by police for hours.", []),
    ("The report was written by Nate Schenkkan.", []),
    ("The decision was announced by Michael Portillo.", []),
    # a cue with its own subject after a negated clause is no part of the negation
    ("Masih Alinejad was not identified by prosecutors, but she confirmed that she was the intended target.",
     [("Masih Alinejad", "confirmed", "assert", "she was the intended target")]),
    # reporting verbs with a clausal complement; "asked X to ..." is an appeal, "asked whether" and "asked for" are not
    ("Amnesty International recalled that Interpol had deleted the notice.",
     [("Amnesty International", "recalled", "assert", "Interpol had deleted the notice")]),
    ("Britain recalled its ambassador from Tehran.", []),
    # "recalled" with a noun object: the thing remembered is the claim; a person recalled from a post is no claim
    ("Human Rights Watch recalled the threatening messages the activist had received in March.",
     [("Human Rights Watch", "recalled", "assert", "the threatening messages the activist had received in March")]),
    ("Sweden recalled two diplomats from Tehran.", []),
    ("Human Rights Watch asked the Cambodian government to respond within 60 days.",
     [("Human Rights Watch", "asked", "assert", "the Cambodian government to respond within 60 days")]),
    ("Amnesty International asked whether the trial was fair.", []),
    ("Reuters asked him for a comment.", []),
    # "identified X as Y" names someone as something; "identified 36 operators" is a finding left out
    ("A report in the Financial Times identified him as Gurpatwant Singh Pannun.",
     [("Financial Times", "identified", "assert", "him as Gurpatwant Singh Pannun")]),
    ("Amnesty International identified 36 operators in 45 countries.", []),
    # a stated feeling ("expressed concern about", "raised concerns over") is a cue, its phrase the claim
    ("Human Rights Watch expressed particular concern about requests for arrest made through police channels.",
     [("Human Rights Watch", "expressed particular concern", "assert", "about requests for arrest made through police channels")]),
    ("In October 2020, 19 organisations, including Human Rights Watch, had already raised concerns about his candidacy.",
     [("Human Rights Watch", "raised concerns", "assert", "about his candidacy")]),
    # what a situation raises after a clause that is no speech is no one's claim
    ("Thai authorities have not acknowledged their arrest and detention, raising grave concerns that they have become "
     "victims of enforced disappearance.", []),
    ("Amnesty International raised funds for the victims.", []),
    ("Amnesty International expressed concern on Tuesday.", []),
    # so are one cited, highlighted or sounded ("citing concerns that ...", "sounding the alarm on ..."), its phrase the
    # claim when it tells of more than a time
    ("The Zimbabwean authorities invoked the law, citing concerns that the protest amounts to incitement.",
     [("Zimbabwe", "citing concerns", "assert", "the protest amounts to incitement")]),
    ("Human Rights Watch sent a letter to Thailand, highlighting concerns that his extradition would violate the law.",
     [("Human Rights Watch", "highlighting concerns", "assert", "his extradition would violate the law")]),
    ("Human Rights Watch is sounding the alarm on a secret facility in Dubai.",
     [("Human Rights Watch", "sounding the alarm", "assert", "on a secret facility in Dubai")]),
    ("Human Rights Watch sounded the alarm on Tuesday.", []),
    # hope, support and confidence are stated like concern; "expressed that ..." states its clause
    ("Mubarak Ardol expressed hope that Egypt continues its tradition of offering refuge to the Sudanese.",
     [("Mubarak Ardol", "expressed hope", "assert", "Egypt continues its tradition of offering refuge to the Sudanese")]),
    ("Alexey Kudin apologized and expressed his support for the current regime.",
     [("Alexey Kudin", "expressed his support", "assert", "for the current regime")]),
    ("Victor Ho expressed that he is not surprised to see his name listed again.",
     [("Victor Ho", "expressed", "assert", "he is not surprised to see his name listed again")]),
    ("Amnesty International expressed its views in a letter.", []),
    ("The ruling highlights concerns about the courts.", []),
    # criticism of an act or a claim is a claim (of a claim, a denial); criticism that names only whom is none
    ("Azerbaijan has criticized France for defense sales to Armenia.",
     [("Azerbaijan", "criticized", "assert", "France for defense sales")]),
    ("India slams Canada's accusations over the killing.", [("India", "slams", "deny", "Canada's accusations over the killing")]),
    ("Human Rights Watch criticised the government.", []),
    ("Donald Trump slammed Joe Biden.", []),
    # ridiculing a claim denies it, in a relative clause on the claim too; ridiculing a person is no claim
    ("Pavin Chachavalpongpun blamed the army, an accusation that was ridiculed by General Apirat Kongsompong.",
     [("Pavin Chachavalpongpun", "blamed", "assert", "the army"),
      ("Apirat Kongsompong", "ridiculed", "deny", "an accusation")]),
    ("Tumso Abdurakhmanov has spent years ridiculing Ramzan Kadyrov.", []),
    # implicating someone in a deed accuses them of it; implicated by no one named is no claim
    ("Chilean prosecutors on Friday publicly implicated Venezuela's largest criminal organization, the Aragua Train, in the crime.",
     [("public prosecutor", "implicated", "assert",
       "Venezuela's largest criminal organization, the Aragua Train, in the crime")]),
    ("Two officers were implicated in the killing.", []),
    # the phrase that completes the object goes on with it past a time phrase; a time phrase alone stays out
    ("The US Justice Department announced charges on Wednesday against an Indian national for orchestrating a plot.",
     [("Department of Justice", "announced", "assert",
       "charges on Wednesday against an Indian national for orchestrating a plot")]),
    ("The US Justice Department announced charges on Wednesday.", [("Department of Justice", "announced", "assert", "charges")]),
]


@pytest.mark.parametrize("text,expected", PASSIVES, ids=[t[:40] for t, _ in PASSIVES])
def test_passive_and_reporting_cues(nlp: Language, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.stance, r.content) for r in rows] == expected


@pytest.mark.parametrize("text,expected", DESCRIPTIONS, ids=[t[:40] for t, _ in DESCRIPTIONS])
def test_definite_descriptions(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


@pytest.mark.parametrize("text,expected", CLAIM_BOUNDS, ids=[t[:40] for t, _ in CLAIM_BOUNDS])
def test_claim_bounds(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


@pytest.mark.parametrize("text,expected", APPEALS + REBUTTALS, ids=[t[:40] for t, _ in APPEALS + REBUTTALS])
def test_appeals_and_rebuttals(nlp: Language, text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue.lower(), r.stance, r.quote, r.content) for r in rows] == expected


@pytest.mark.parametrize("text,expected", ATTRIBUTIONS, ids=[t[:40] for t, _ in ATTRIBUTIONS])
def test_attributions(nlp: Language, text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue.lower(), r.stance, r.quote, r.content) for r in rows] == expected


# "the party", "the group" speak for the latest body whose name holds the noun, before the latest body of its kind;
# with none such, for the latest body of the kind as before
@pytest.mark.parametrize("text,expected", [
    ("The Sudanese Congress Party said the arrest was illegal. The arrest was also criticised by the Sudan Doctors "
     "Union. The party condemned the Saudi authorities.",
     [("Sudanese Congress Party", "said", "the arrest was illegal"),
      ("Sudanese Congress Party", "condemned", "the Saudi authorities")]),
    ("Group 24 was founded by businessman Umarali Quvatov. Human Rights Watch said the men were tortured. The group "
     "said that its activities are peaceful.",
     [("Human Rights Watch", "said", "the men were tortured"), ("Group 24", "said", "its activities are peaceful")]),
    # no body's name holds the noun: the latest body of its kind
    ("Group 24 was founded by businessman Umarali Quvatov. Human Rights Watch said the men were tortured. The "
     "organisation said that the trial was unfair.",
     [("Human Rights Watch", "said", "the men were tortured"), ("Human Rights Watch", "said", "the trial was unfair")]),
    ("The Sudanese Congress Party said the arrest was illegal. Amnesty International said he was tortured. The group "
     "condemned the Saudi authorities.",
     [("Sudanese Congress Party", "said", "the arrest was illegal"), ("Amnesty International", "said", "he was tortured"),
      ("Amnesty International", "condemned", "the Saudi authorities")]),
])
def test_kind_noun_speaks_for_the_body_its_name_holds(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


# "the government" after a state's body spoke is that state; "authorities" the body itself
@pytest.mark.parametrize("text,expected", [
    ("Nicaragua revoked the citizenship of 135 people on Tuesday. The Supreme Court of Justice said those released were "
     "traitors. The government also said it would confiscate all their assets.",
     [("Supreme Court of Justice", "said", "those released were traitors"),
      ("Nicaragua", "said", "it would confiscate all their assets")]),
    ("Nicaragua revoked the citizenship of 135 people on Tuesday. The Supreme Court of Justice said those released were "
     "traitors. Authorities also said they would confiscate all their assets.",
     [("Supreme Court of Justice", "said", "those released were traitors"),
      ("Supreme Court of Justice", "said", "they would confiscate all their assets")]),
])
def test_government_after_a_body_is_its_state(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


# a pronoun closing a quotation is none of the people the quotation names, there or before; others still
@pytest.mark.parametrize("text,expected", [
    ("Melbourne resident Mary Smith said she would join protests during Hun Sen's visit. \u201cWe did not plan to burn "
     "Hun Sen\u2019s effigy, but he is the one who reminded us,\u201d she said.",
     [("Mary Smith", "said", "she would join protests during Hun Sen's visit"),
      ("Mary Smith", "said", "We did not plan to burn Hun Sen\u2019s effigy, but he is the one who reminded us")]),
    ("Protests are planned during Hun Sen's visit. \u201cWe did not plan to burn Hun Sen\u2019s effigy, but he is the "
     "one who reminded us,\u201d she said.", []),
    ("Hun Sen arrived in Sydney on Friday. \u201cThe protesters will not stop me,\u201d he said.",
     [("Hun Sen", "said", "The protesters will not stop me")]),
])
def test_pronoun_after_a_quotation_is_none_it_names(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


SPEAKERS_AS_ACTORS = [
    # "the official" after "the Turkish official": the state the earlier one was named by; none named, no one
    ("Turkey detained 11 people. Chaab was lured to Turkey, the Turkish official said. In Istanbul he was drugged, the "
     "official said.",
     [("Turkey", "state", "TUR"), ("Turkey", "state", "TUR")]),
    ("Iran denied the report. In Istanbul he was drugged, the official said.", [("Iran", "state", "IRN")]),
    # "the report" an outlet carried ("a report in the newspaper Le Monde") speaks for it; a report on a state does not
    ("China jailed a student for his posts, according to a report in the newspaper Le Monde. Amnesty International said "
     "the trial was unfair. The posts were published in September, the report said.",
     [("Le Monde", "media", "FRA"), ("Amnesty International", "ngo", "GBR"), ("Le Monde", "media", "FRA")]),
    ("Amnesty published a report on China. The report said Uyghurs were detained.", [("Amnesty International", "ngo", "GBR")]),
    # "federal prosecutors" speak for the story's prosecution, as "prosecutors" do
    ("The Justice Department charged eight men. Federal prosecutors say John Doe-1 worked for a city government in China.",
     [("Department of Justice", "government", "USA")]),
    ("A court in Berlin tried him. The presiding judge, Olaf Arnoldi, said the killing had been ordered by Russia.",
     [("Olaf Arnoldi", "person", None)]),
    # a charging document speaks for the prosecution that filed it, not for the court it was filed in
    ("US prosecutors charged four men. An indictment in Manhattan federal court alleges that the plot was part of a "
     "wider plan.", [("public prosecutor", "government", "USA")]),
    ("US prosecutors charged four men. A spokesman at the Berlin court said that the trial would resume.",
     [("court", "government", "DEU")]),
    # a court's documents as the subject, with no court named before: the prosecution's filings, for the prosecution
    # named (else no one), not the outlet that spoke; a state's court records stay the court (gold pass 3b16d9c)
    ("The men were charged, CBC reported. Court documents say the conspiracy took place from May 1 to June 18.",
     [("CBC", "media", "CAN")]),
    ("Prosecutors in New York charged him. Court papers say the conspiracy took place from May 1 to June 18.",
     [("public prosecutor", "government", "USA")]),
    ("Luo was detained in Wuhan. Chinese court records say the conspiracy took place from May 1 to June 18.",
     [("court", "government", "CHN")]),
    ("Recent court records and police reports reveal an increase in violent incidents.", []),
    # a testimony or account speaks for the owner on it; with none ("these accounts"), for no one
    ("Salma al-Shehab was jailed. Shehab was studying at the University of Leeds, according to her social media accounts.",
     [("Salma al-Shehab", "person", None)]),
    ("The UN experts spoke to Uyghurs. According to these accounts, police officers contacted activists abroad.", []),
    # a source or researcher at a body named on the noun after "at" speaks for it; residents do not
    ("A source at Spain’s Guardia Civil police force told the Reuters news agency that the victim used a fake identity.",
     [("Guardia Civil", "government", "ESP")]),
    ("Residents in Russia's Chechnya region said they were afraid.", []),
    # "its foreign ministry": the ministry of the state named before, not of a demonym on someone else
    ("Algeria hit back on Saturday, lodging a protest with French Ambassador Stephane Romatet, its foreign ministry said.",
     [("Ministry of Foreign Affairs", "government", "DZA")]),
    ("The company said its foreign ministry contacts were useful.", []),
    ("The police in Lishui denied running a police station in Amsterdam.", [("police", "government", "CHN")]),
    # (the Israeli official speaks for Israel, named by the demonym alone)
    ("Iran's embassy in London rejected the allegations, an Israeli official said.",
     [("embassy", "government", "IRN"), ("Israel", "state", "ISR")]),
    ("Beijing denied the report.", [("China", "state", "CHN")]),
    ("Safeguard Defenders said the stations had closed.", [("Safeguard Defenders", "ngo", "ESP")]),  # the country the gazetteer gives the NGO
    # the office of a body named by a common noun speaks for that body, under its state's own name; not any office
    ("Belgium's federal prosecutor's office said the couple had been on their way to a rally.",
     [("Federal Prosecutor's Office", "government", "BEL")]),
    ("The prosecutor's office in Lille said the blogger was found in his hotel room.", [("public prosecutor", "government", "FRA")]),
    ("The mayor's office said the road would close.", []),
    # the office of a body the actor finder named on its possessive speaks as that body; an office of a body of the
    # story's kind, with no place given, as the body the story named
    ("A Turkish man was arrested, the German federal prosecutor's office announced.",
     [("Federal Public Prosecutor General", "government", "DEU")]),
    ("German federal prosecutors took over the case. The chief federal prosecutor's office said the probe was widening.",
     [("Federal Public Prosecutor General", "government", "DEU")]),
    # a body's head word alone, capitalised, speaks as the one body named in full before with that head word
    ("The Department of Foreign Affairs raised the matter. The Department noted that foreign states must obey Irish law.",
     [("Department of Foreign Affairs", "government", "IRL")]),
    ("The Department noted that foreign states must obey Irish law.", [("Department", "government", None)]),
    # a document owned by a noun that refers back to a body speaks for that body; for no one when none was named
    ("The Russian Interior Ministry has put Dmitry Kolezev on the wanted list, according to the ministry's database.",
     [("Ministry of Interior", "government", "RUS")]),
    ("Amnesty International met the envoy. According to the ministry's statement, the talks were useful.", []),
    ("According to these accounts, police officers contacted activists abroad.", []),
    # a name in apposition after a noun for a person is that person, whatever label the model gave it (here NORP);
    # not after a noun for a body
    ("Kazakh journalist Aidos Sadykov died in Kyiv on July 2, said his wife, Natalya Sadykova.",
     [("Natalya Sadykova", "person", None)]),
    ("The detained men were sent back to Almaty, said the group, Natalya Sadykova.", []),
    # a court's decision (a judgment, a ruling, court orders) speaks for the court named before it; with none, no one
    ("Britain's High Court heard the case in May. The judgment records that he had been followed in London.",
     [("High Court", "government", "GBR")]),
    ("The Supreme Court heard the appeal. The ruling said the extradition would breach his rights.",
     [("Supreme Court", "government", None)]),
    ("The men fled to Turkey. The ruling said the extradition would breach his rights.", []),
    # a statement posted on a body's website speaks for that body
    ("He was arrested at the border, according to a statement on the website of the provincial police.",
     [("police", "government", None)]),
    ("He was arrested at the border, according to a statement on the Interior Ministry's website.",
     [("Interior Ministry", "government", None)]),
    ("He was arrested at the border, according to a statement on a website.", []),
    # "according to the indictment" after a clause with a quotation in it that closes before no speaker
    ("Prosecutors in New York charged him. Beijing identified him as an “Operation Fox Hunt” target and asked police "
     "to find him, according to the indictment.",
     [("China", "state", "CHN"), ("China", "state", "CHN"), ("public prosecutor", "government", "USA")]),
    # (a quotation closing just before its own speaker and cue: the phrase sources that speech, no claim of its own)
    ("Prosecutors in New York charged him. “We will find him,” Beijing said, according to the indictment.",
     [("China", "state", "CHN")]),
]


@pytest.mark.parametrize("text,expected", SPEAKERS_AS_ACTORS, ids=[t[:40] for t, _ in SPEAKERS_AS_ACTORS])
def test_attribution_names_its_speaker_as_an_actor(nlp: Language, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.source_type, r.source_country) for r in rows] == expected


def test_null_date_keeps_its_preposition(nlp: Language) -> None:
    [row] = run(nlp, "The ministry replied on Tuesday.", "dates", published="2023-04")
    assert (row.text, row.date_start, row.relative) == ("on Tuesday", None, True)


NULL_DATE_REPEATS = [
    # an unresolved date named again with a preposition or "late" is the same date
    ("on-again", "Police came on Thursday. By Thursday the office was empty.", ["on Thursday"]),
    ("late-again", "He was seen Wednesday. He was arrested late Wednesday.", ["Wednesday"]),
    # and with a part of the day after it ("early Thursday morning" is the "Thursday" told before)
    ("part-again", "Police raided the school on Thursday. They came early Thursday morning.", ["on Thursday"]),
    # different days stay apart
    ("other-day", "He was seen on Wednesday. He was arrested on Thursday.", ["on Wednesday", "on Thursday"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NULL_DATE_REPEATS], ids=[c[0] for c in NULL_DATE_REPEATS])
def test_null_date_named_again_is_one_date(nlp: Language, text: str, expected: list[str]) -> None:
    rows = run(nlp, text, "dates", published=None)
    assert [row.text for row in rows] == expected


COUNTED_DATES = [
    # a period counted from an event ("the day after the election") is a date: counted from the day before it, else
    # a date the story gives, unresolved (GUIDELINES.md dates); its text holds the event named by a noun
    ("She fled to Lithuania the day after the election, says Belarus.", "2023-05-01",
     [("the day after the election", None, None)]),
    ("He was arrested in 2020. The day after the arrest, the women were released.", "2023-05-01",
     [("2020", "2020-01-01", "2020-12-31"), ("The day after the arrest", None, None)]),
    ("He was arrested on 3 May 2021. The day after the arrest, the women were released.", "2023-05-01",
     [("3 May 2021", "2021-05-03", "2021-05-03"), ("The day after the arrest", "2021-05-04", "2021-05-04")]),
    ("He was seen in February. People saw a stranger the week before the attempted murder.", "2012-05-28",
     [("February", "2012-02-01", "2012-02-29"), ("the week before the attempted murder", None, None)]),
    # a counted period before an event the gold leaves out; one standing alone counts from the date before it
    ("They were expelled last November. Seven months after the Bricenos were expelled, the family was packing.",
     "2025-10-17", [("last November", "2024-11-01", "2024-11-30")]),
    ("He moved to the UK a week before the attack.", "2023-05-17", []),
    ("Khashoggi was killed in October 2018. Cengiz still wants to know where his remains are. Five years after the "
     "afternoon she spent waiting outside the consulate, nobody has told her.", "2023-10-02",
     [("October 2018", "2018-10-01", "2018-10-31")]),
    ("The ruling came in 2013. Two years before, over 300 people were investigated.", "2023-05-17",
     [("2013", "2013-01-01", "2013-12-31"), ("Two years before", "2011-01-01", "2011-12-31")]),
    ("He was arrested on Sunday. Three days before, he posted.", None,
     [("on Sunday", None, None), ("Three days before", None, None)]),
    # "the next day" with no date before it, and one the model leaves untagged
    ("The next day he was deported.", None, [("The next day", None, None)]),
    ("They last heard from him on January 11. The following day, a website reported his abduction.", "2022-01-31",
     [("January 11", "2022-01-11", "2022-01-11"), ("The following day", "2022-01-12", "2022-01-12")]),
    # a counted period followed by the day it names is that day
    ("He was seen on 5 May 2021. The following day, on May 8, 2021, he was arrested.", "2023-05-01",
     [("5 May 2021", "2021-05-05", "2021-05-05"), ("May 8, 2021", "2021-05-08", "2021-05-08")]),
    # vague time, durations, and "X came a day after Y" are no such dates
    ("More than a week later he was freed.", "2023-05-01", []),
    ("He was held on 3 May 2021. A few days later he was freed. Less than two weeks after his arrest he spoke.",
     "2023-05-01", [("3 May 2021", "2021-05-03", "2021-05-03")]),
    ("He spent two years after the war in Paris.", "2023-05-01", []),
    # a day named from publication followed by the day it names, with no publication date: the named day alone
    ("The ministry yesterday (August 16) issued a clarification.", None, [("August 16", None, None)]),
    ("In a statement released today (Monday), the group spoke.", None, [("Monday", None, None)]),
    ("A week ago, on May 17, 2023, his body was found.", None, [("May 17, 2023", "2023-05-17", "2023-05-17")]),
    # with one, both resolve: the same day once, another day its own date ("a week ago, on Friday" of a Friday)
    ("The ministry said yesterday, May 22, that it would act.", "2023-05-23", [("yesterday", "2023-05-22", "2023-05-22")]),
    ("The arrests started a week ago, on Friday.", "2017-07-07",
     [("a week ago", "2017-06-30", "2017-06-30"), ("on Friday", "2017-07-07", "2017-07-07")]),
    # not a day: "last week, in March" keeps both
    ("He said last week, on March 3, that he would go.", None, [("last week", None, None), ("March 3", None, None)]),
    ("This comes a month after local media had reported that a man was charged.", "2021-08-09", []),
    ("The report came the day after the election.", "2021-08-09", []),
    ("She left the day before yesterday.", "2021-08-09", []),
]


@pytest.mark.parametrize("text,published,expected", COUNTED_DATES, ids=[t[:40] for t, _, _ in COUNTED_DATES])
def test_counted_dates(nlp: Language, text: str, published: str | None, expected: list[tuple[str, str | None, str | None]]) -> None:
    rows = run(nlp, text, "dates", published=published)
    assert [(r.text, r.date_start, r.date_end) for r in rows] == expected


STRESSED_AND_SEASON_DATES = [
    # a stress before a period named from publication is no part of it, nor of its text
    ("Just last week, Mr. Bamporiki had led a memorial service.", "2020-02-10",
     [("last week", "2020-02-03", "2020-02-09")]),
    ("Many of those sentenced were informed only this week of the ruling.", "2021-02", [("this week", None, None)]),
    ("A delegation is also arriving later next week.", None, [("next week", None, None)]),
    ("Just three years ago, he fled.", None, [("three years ago", None, None)]),
    ("Later this month he will fly.", "2023-01-27", [("Later this month", "2023-01-27", "2023-01-31")]),
    # "late last year" is last year, its text kept whole; without a publication date, unresolved
    ("The hitman was arrested late last year in New York.", "2023-01-27", [("late last year", "2022-01-01", "2022-12-31")]),
    ("Thailand deported two others late last year.", None, [("late last year", None, None)]),
    ("He was arrested late last month.", "2023-01-27", [("late last month", "2022-12-01", "2022-12-31")]),
    # "so far this year" runs from New Year's Day to publication; "this weekend" is the weekend of the publication's week
    ("Saudi Arabia has executed at least 92 people so far this year.", "2023-08-31",
     [("so far this year", "2023-01-01", "2023-08-31")]),
    ("He will attend the celebrations this weekend.", "2019-11-07", [("this weekend", "2019-11-09", "2019-11-10")]),
    ("He was arrested last weekend.", "2023-01-27", [("last weekend", "2023-01-21", "2023-01-22")]),
    # no period named from publication: a duration ahead
    ("Over the next year, he will work.", "2023-01-27", []),
    # a season without a year the model leaves untagged: from publication, or named from the date before it
    ("He was arrested in the autumn and released.", "2019-01-08", [("the autumn", "2018-09-01", "2018-11-30")]),
    ("In the autumn, hundreds of thousands of people entered the country.", None, [("the autumn", None, None)]),
    ("He was arrested in June 2014. I'd first met him the summer before. He was in detention.", "2016-06",
     [("June 2014", "2014-06-01", "2014-06-30"), ("the summer before", "2013-06-01", "2013-08-31")]),
    ("They infected his phones in 2018 and attacked him in London later that summer.", "2026-01-27",
     [("2018", "2018-01-01", "2018-12-31"), ("later that summer", "2018-06-01", "2018-08-31")]),
    ("He fled in 2015. The following winter he was caught.", "2023-01-27",
     [("2015", "2015-01-01", "2015-12-31"), ("The following winter", "2016-12-01", "2017-02-28")]),
    # no season: a name's "fall", a season qualifying a noun, a season before an event
    ("Until the fall of Kabul, he worked there.", "2023-01-27", []),
    ("He went to the summer camp.", "2023-01-27", []),
    ("He said the winter before the election was hard.", "2023-01-27", []),
]


@pytest.mark.parametrize("text,published,expected", STRESSED_AND_SEASON_DATES,
                         ids=[t[:40] for t, _, _ in STRESSED_AND_SEASON_DATES])
def test_stressed_and_season_dates(nlp: Language, text: str, published: str | None,
                                   expected: list[tuple[str, str | None, str | None]]) -> None:
    rows = run(nlp, text, "dates", published=published)
    assert [(r.text, r.date_start, r.date_end) for r in rows] == expected


def test_pronoun_speaker_is_latest_speaker(nlp: Language) -> None:
    text = (
        "The Spain-based NGO Safeguard Defenders claimed that China has 54 stations. "
        "Its report said that nine such offices are in Spain. It added that the stations persuade nationals to return."
    )
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == [
        ("Safeguard Defenders", "claimed"), ("Safeguard Defenders", "said"), ("Safeguard Defenders", "added")
    ]


PRONOUN_AFTER_ACCORDING_TO = [
    # the source of "according to" in the sentence before is the speaker "he" continues; a given name only mostly of
    # one gender ("Kennedy") fits either pronoun
    ("Abdallah Seif Bamporiki was shot dead in Cape Town on Sunday. Mr. Bamporiki was the target of a well-planned "
     "operation, according to RNC official Kennedy Gihana. He said a man had repeatedly visited his shop.",
     [("Kennedy Gihana", "according to"), ("Kennedy Gihana", "said")]),
    # a name plainly of the other gender does not fit "he"; the object of "told" is the hearer, no speaker
    ("Abdallah Seif Bamporiki was shot dead in Cape Town on Sunday. Mr. Bamporiki was the target of a well-planned "
     "operation, according to RNC official Sarah Gihana. He said a man had repeatedly visited his shop.",
     [("Sarah Gihana", "according to"), ("Abdallah Seif Bamporiki", "said")]),
    ("Abdallah Seif Bamporiki was shot dead in Cape Town on Sunday. Mr. Bamporiki was the target of a well-planned "
     "operation, police told RNC official Kennedy Gihana. He said a man had repeatedly visited his shop.",
     [("police", "told"), ("Abdallah Seif Bamporiki", "said")]),
]


@pytest.mark.parametrize("text,expected", PRONOUN_AFTER_ACCORDING_TO, ids=[t[-60:] for t, _ in PRONOUN_AFTER_ACCORDING_TO])
def test_pronoun_continues_the_source_of_according_to(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


DESCRIBED_OR_PRONOUN_SPEAKER = [
    # a definite description of one person is the person named before with its head noun, in apposition or as a title
    ('Darius Jauniskis, chief of the State Security Department (VSD), told reporters that agents had crossed the border. '
     '"We might take measures against this," the VSD chief said.',
     [("Darius Jauniskis", "told"), ("Darius Jauniskis", "said")]),
    ("Judge Regine Griess sentenced the man to three years. The network was built by the secret service, according to "
     "the judge.", [("Regine Griess", "according to")]),
    # ... but not when the latest use of the noun names no person: the body the unnamed official serves
    ('A police official said the suspects had fled. "We are searching for them," the police official added.',
     [("police", "said"), ("police", "added")]),
    # "the 56-year-old" is the person named with that age, else the person who last spoke
    ('Nguyen Van Dai was charged with anti-state activities. "You are doing free media for me," Mr Dai said. The '
     "56-year-old said he has been a refugee since 2018.", [("Nguyen Van Dai", "said"), ("Nguyen Van Dai", "said")]),
    ("Foreign Affairs Principal Secretary Korir Sing'oei confirmed the deportation. \"Kenya is committed to privacy,\" "
     "the Foreign Affairs PS added.", [("Korir Sing'oei", "confirmed"), ("Korir Sing'oei", "added")]),
    # "he" after a sentence whose subject is no person: the person that sentence's main verb takes as object
    ("Kosovo Prime Minister Ramush Haradinaj dismissed the interior minister. Ankara accuses Fethullah Gulen, a US-based "
     "Muslim cleric, of orchestrating the coup attempt. He denies it.", [("Turkey", "accuses"), ("Fethullah Gulen", "denies")]),
    ("Ankara accuses the Gulen movement of orchestrating the coup attempt, Ramush Haradinaj said. He denies it.",
     [("Turkey", "accuses"), ("Ramush Haradinaj", "said"), ("Ramush Haradinaj", "denies")]),
    ("Alan Smith met the minister. Police have warned Moninder Singh about threats against him. He suspects he is being "
     "targeted for his activism.", [("police", "warned"), ("Moninder Singh", "suspects")]),
    # "he" heading the main clause after a clause of its own that names one person: that person; not a possessive, nor
    # the object of a clause with no subject of its own (whose subject is the pronoun's)
    ("Theophilus Andame said refugees were afraid. When these concerns were put to high commissioner Claude Nikobisanwe, "
     "he said the process was voluntary.", [("Theophilus Andame", "said"), ("Claude Nikobisanwe", "said")]),
    ("Theophilus Andame said refugees were afraid. When police arrested Claude Nikobisanwe's brother, he said the process "
     "was a sham.", [("Theophilus Andame", "said"), ("Theophilus Andame", "said")]),
    ("Theophilus Andame said they were afraid. Referring to opposition leader Paul Rusesabagina, he said the government "
     "was lying.", [("Theophilus Andame", "said"), ("Theophilus Andame", "said")]),
    # "the experts" after a panel of an international body's experts that spoke: the panel
    ('UN human rights experts urged Bosnia and Herzegovina to halt the extradition of Musaed Al Masailim. "He faces '
     'torture," the experts said.', [("UN human rights experts", "urged"), ("UN human rights experts", "said")]),
    # "the station" refers back to the outlet named before (the broadcaster); none named, no one
    ("Ahmed Mansour, a journalist with Al-Jazeera, was detained in Berlin. He was trying to board a flight to Doha, the "
     "station reported.", [("Al Jazeera", "reported")]),
    ("Ahmed Mansour was detained in Berlin. He was trying to board a flight to Doha, the station reported.", []),
    # "their" on a lawyer names the clients, people (a person or a group), never a body named before; on others any
    ("Uganda's police arrested 36 Ugandan activists in Kisumu. They had traveled to Kenya for a retreat, according to "
     "their lawyers.", [("Ugandan activists", "according to")]),
    ("The police arrested the activists in Kampala. They had traveled to Kenya for a retreat, according to their "
     "lawyers.", []),
    ("Human Rights Watch criticised the ruling. Their researchers said the trial was unfair.",
     [("Human Rights Watch", "said")]),
    # "the court" is the court named before; "a revolutionary court" one of its own, unnamed
    ("Iran's Supreme Court upheld the sentence. The court accused him of collaborating with foreign intelligence.",
     [("Supreme Court", "accused")]),
    ("Iran's Supreme Court upheld the sentence. In 2023, a revolutionary court accused him of collaborating with "
     "foreign intelligence.", [("court", "accused")]),
]


@pytest.mark.parametrize("text,expected", DESCRIBED_OR_PRONOUN_SPEAKER, ids=[t[-50:] for t, _ in DESCRIBED_OR_PRONOUN_SPEAKER])
def test_described_or_pronoun_speaker(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


SPOKESPERSON_CONTINUED = [
    # "he" closing a quotation of its own sentences continues the unnamed spokesman who spoke before, for his body, not
    # the person named before him
    ("Interior Minister Nancy Faeser condemned the attack. The case is being handled by the state security unit, a Berlin "
     'police spokesman told AFP.\n\n"An investigation has been opened. The probe is ongoing," he said.',
     [("Nancy Faeser", "condemned"), ("police", "told"), ("police", "said")]),
    # a spokesman for no body named, or any other unnamed person, speaks for no one, nor does "he" after him
    ('Karim Ahmed was stabbed in Berlin. He was taken to hospital, a spokesman told AFP.\n\n"He was afraid. He had '
     'been threatened," he said.', []),
    ('Karim Ahmed was stabbed in Berlin. He was taken to hospital, a friend of the family told AFP.\n\n"He was afraid. '
     'He had been threatened," he said.', []),
]


@pytest.mark.parametrize("text,expected", SPOKESPERSON_CONTINUED, ids=[t[-50:] for t, _ in SPOKESPERSON_CONTINUED])
def test_pronoun_continues_an_unnamed_spokesperson(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


def test_title_opening_a_name_is_no_given_name(nlp: Language) -> None:
    rows = run(nlp, "The General Assembly met in Lyon.", "actors")
    assert "person" not in {r.type for r in rows}


def test_acronym_defined_in_the_article_stands_for_its_body(nlp: Language) -> None:
    text = "Seif Bamporiki led the Rwanda National Congress (RNC) in Cape Town. The RNC rejected that account."
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == [("Rwanda National Congress", "rejected", "that account")]
    actors = run(nlp, text, "actors")
    assert ("Rwanda National Congress", "organization") in {(r.name, r.type) for r in actors}
    assert "RNC" not in {r.name for r in actors}


UNNAMED_SPEAKERS = [
    ("The Justice Department charged Abouammo. Prosecutors said he took a watch.",
     [("Department of Justice", "said", "he took a watch")]),
    ("Kenya deported them, drawing criticism from the UN refugee agency, which said the move breached a core principle.",
     [("United Nations High Commissioner for Refugees", "said", "the move breached a core principle")]),
    ("This prosecution reveals a flagrant violation, the Department of Justice said.",
     [("Department of Justice", "said", "This prosecution reveals a flagrant violation")]),
    ("A judge in Istanbul dismissed the case against the men.", []),
    ("NSO did not respond. NSO Group has repeatedly said that it sells only to governments. The company said it was proud.",
     [("NSO Group", "said", "it sells only to governments"), ("NSO Group", "said", "it was proud")]),
    ("Mélanie Joly appeared before a committee. The Minister said she had summoned the ambassador.",
     [("Mélanie Joly", "said", "she had summoned the ambassador")]),
    ("Saad Aljabri sued the prince. Aljabri's lawyers say the evidence is solid.",
     [("Saad Aljabri", "say", "the evidence is solid")]),
    ("Citizen Lab published a report. Its researchers said the phone was infected.",
     [("Citizen Lab", "said", "the phone was infected")]),
    ("Human Rights Watch wrote to Thailand. The group said the extradition was unlawful.",
     [("Human Rights Watch", "said", "the extradition was unlawful")]),
    ("In 2022, the Director General of MI5, Ken McCallum, said the service had seen ten threats.",
     [("Ken McCallum", "said", "the service had seen ten threats")]),
    ("Crown Prince Mohammed bin Salman denied it. Jamal Khashoggi had criticised him. Last month, the crown prince "
     "gave an interview. Asked about a teacher, he said he was unhappy with the ruling.",
     [("Mohammed bin Salman", "denied", "it"), ("Mohammed bin Salman", "said", "he was unhappy with the ruling")]),
    ("Abdel Fattah el-Sisi took power. Mohamed Ali posted videos about Sisi. Sisi answered them. The allegations "
     "were lies, he told a youth conference.", [("Abdel Fattah el-Sisi", "told", "The allegations were lies")]),
    # a surname alone the actor finder reads as a people ("Baloch") still carries the person's chain to "she"
    ("Karima Baloch, an activist, was found dead in Toronto. Her husband, Hammal Haider, said she had left home. "
     "Baloch was a former chair of the group. In Canada she had warned that dissidents were being harassed.",
     [("Hammal Haider", "said", "she had left home"),
      ("Karima Baloch", "warned", "dissidents were being harassed")]),
    # "it" after a singular description as main subject ("the channel") speaks for whom the description stands for,
    # not for the latest speaker
    ("Iran International is a Persian-language channel. The Metropolitan Police said the threat was serious. In "
     "February 2023 the channel moved its operation to Washington. It returned to London in September, saying that "
     "security at its new premises had been strengthened.",
     [("Metropolitan Police", "said", "the threat was serious"),
      ("Iran International", "saying", "security at its new premises had been strengthened")]),
    # a surname opening a sentence, which the tagger takes for a common noun, still names the person
    ("\u201cThe Security Service can now confirm that criminal networks in Sweden are proxies that Iran uses,\u201d Daniel "
     "Stenling, the head of counter-intelligence, told a news conference in Stockholm. Stenling said some of those "
     "recruited were very young, even children.",
     [("Daniel Stenling", "told", "The Security Service can now confirm that criminal networks in Sweden are proxies "
       "that Iran uses"),
      ("Daniel Stenling", "said", "some of those recruited were very young, even children")]),
    # "the spokesperson" is the speaker of the noun's latest use: the body its compound named, or the person it titled
    ("The Department of Foreign Affairs ordered the closure. A department spokesperson said foreign states must respect "
     "Irish law. The spokesperson added that the department would keep working with the embassy.",
     [("Department of Foreign Affairs", "said", "foreign states must respect Irish law"),
      ("Department of Foreign Affairs", "added", "the department would keep working with the embassy")]),
    ("The Uighurs were deported, deputy government spokesman Weerachon Sukondhapatipak told reporters. The spokesman "
     "confirmed that 173 Uighurs were deported to Turkey a week ago.",
     [("Weerachon Sukondhapatipak", "told", "The Uighurs were deported"),
      ("Weerachon Sukondhapatipak", "confirmed", "173 Uighurs were deported to Turkey a week ago")]),
    # a partitive speaker ("one of them", "some of them") speaks as "they" would: the plural subject named before
    ("Turkish authorities did not accuse Iran at the time. But the two senior Turkish officials said the government "
     "would now raise the killing with Iran, and one of them said Turkish prosecutors were also following the case.",
     [("Turkey", "said", "the government would now raise the killing with Iran"),
      ("Turkey", "said", "Turkish prosecutors were also following the case")]),
    ("Human Rights Watch said the relatives were arrested. On Tuesday, the Ethiopian protesters said their relatives "
     "were identified through photos. Some of them also revealed that they had been confronted by government supporters.",
     [("Human Rights Watch", "said", "the relatives were arrested"),
      ("Ethiopian protesters", "said", "their relatives were identified through photos"),
      ("Ethiopian protesters", "revealed", "they had been confronted by government supporters")]),
    # a description and a body named together speak as the first: the one the description refers back to
    ("The International Longshoremen's Association began a strike. The union and the United States Maritime Alliance "
     "said they had reached a tentative agreement on wages.",
     [("International Longshoremen's Association", "said", "they had reached a tentative agreement on wages")]),
    # prosecutors speak for the prosecuting office named before rather than its department; with only the department
    # named, for the department
    ("The U.S. Attorney's Office charged Lichtenstein. The Justice Department described it as its largest seizure. "
     "Prosecutors said Lichtenstein had cooperated with investigators.",
     [("Department of Justice", "described", "it as its largest seizure"),
      ("U.S. Attorney's Office", "said", "Lichtenstein had cooperated with investigators")]),
    ("The Justice Department charged Lichtenstein. Prosecutors said Lichtenstein had cooperated with investigators.",
     [("Department of Justice", "said", "Lichtenstein had cooperated with investigators")]),
    # a given name alone names the one person named before with it; with two such people, no one
    ("Natalia Sadykova was driving. Natalia believes the killers were sent from Kazakhstan.",
     [("Natalia Sadykova", "believes", "the killers were sent from Kazakhstan")]),
    ("Natalia Sadykova met Natalia Ivanova. Natalia believes the killers were sent from Kazakhstan.", []),
    # a Vietnamese name opens with the family name: "Trinh" gives no gender, so "he" can be Trinh Xuan Thanh
    ("Phil Robertson said Vietnam was to blame. Trinh Xuan Thanh was forced into a van in Berlin. Days later he "
     "appeared on television, saying he had come back to turn himself in.",
     [("Phil Robertson", "said", "Vietnam was to blame"),
      ("Trinh Xuan Thanh", "saying", "he had come back to turn himself in")]),
    ("According to the Justice Department, Yadav, who worked for the Indian government, recruited Gupta.",
     [("Department of Justice", "According to", "Yadav, who worked for the Indian government, recruited Gupta")]),
    # a relative pronoun on a named state speaks for it; not on a state named only as a place
    ("Denmark, which said in the autumn that it had uncovered an Iranian plot, pushed for sanctions.",
     [("Denmark", "said", "it had uncovered an Iranian plot")]),
    ("The report was written by researchers based in Spain, which said the stations were closed.", []),
    # a relative pronoun on a common noun heading a state's or body's words speaks for it after a preposition too; not
    # on a state named only as a place, nor on a noun no actor's words are headed by
    ("Kamel fled to Saudi Arabia. He was arrested by the Saudi authorities who informed him that he was facing "
     "extradition to Egypt.", [("Saudi Arabia", "informed", "he was facing extradition to Egypt")]),
    ("Lawyers sent the file to Saudi Arabia, which said the case was closed.", []),
    ("The report was passed to officials of Saudi Arabia, who said the case was closed.", []),
    # "According to him" refers back to the man named before, as "according to her" does; no man named, no one
    ("Ali Lmrabet spoke to the press on Monday. According to him, the suspect is a Moroccan agent.",
     [("Ali Lmrabet", "According to", "the suspect is a Moroccan agent")]),
    ("Amnesty International published a report on Monday. According to him, the suspect is a Moroccan agent.", []),
    # a spokesperson whose compound names a body of the story speaks for it; none named, no attribution
    ("The Department of Foreign Affairs summoned the envoy. A department spokesperson said foreign states must respect "
     "Irish law.", [("Department of Foreign Affairs", "said", "foreign states must respect Irish law")]),
    ("A court spokesman said no motive had been established.", []),
    # a person in apposition anywhere in the subject speaks, not the body of the of-phrase
    ("Last year the head of Britain's MI5, Ken McCallum, said the agency had seen ten threats.",
     [("Ken McCallum", "said", "the agency had seen ten threats")]),
    # a report first mentioned ("a new report") speaks for the author the next sentences name; "reports" for no one;
    # "court documents" for the case's prosecution named before
    ("Human Rights Watch met him. A new report suggests spyware was used to infect his phone.\n\nThe allegation is "
     "detailed in a report by the internet watchdog Citizen Lab.",
     [("Citizen Lab", "suggests", "spyware was used to infect his phone")]),
    ("Amnesty International reported the case. According to media reports, he was beaten in custody.",
     [("Amnesty International", "reported", "the case")]),
    ("The U.S. Attorney's Office charged Lichtenstein. According to court documents, Lichtenstein used hacking tools.",
     [("U.S. Attorney's Office", "According to", "Lichtenstein used hacking tools")]),
    # "he" after an unnamed person speaking ("a friend of the family said") is that person, no one named; a person
    # named in the pronoun's own sentence, or "staff" (no one person), leave it to the named
    ("Kacmaz Mesut ran a school. But a friend of the family who spoke on condition of anonymity said Turkish police "
     "had flown to Pakistan.\n\n\u201cKacmaz Mesut and his wife were handed over to Turkish police,\u201d he said.", []),
    ("Sam Rainsy arrived in Kuala Lumpur. On Thursday, Thai Airways staff in Paris told him he would not be allowed to "
     "board. He said the airline had acted on instructions from the Thai authorities.",
     [("Thai Airways", "told", "he would not be allowed to board"),
      ("Sam Rainsy", "said", "the airline had acted on instructions from the Thai authorities")]),
    ("The pastor later testified that he had been working with Rwandan investigators. In an interview with Al Jazeera, "
     "Johnston Busingye, who was then justice minister, acknowledged that the government had paid for the flight, "
     "though he insisted that no laws had been broken.",
     [("Johnston Busingye", "acknowledged", "the government had paid for the flight"),
      ("Johnston Busingye", "insisted", "no laws had been broken")]),
    # a relative clause speaks for a noun named before it, never for one inside it, nor across a clause of its own
    ("Reyhan Inandi spoke. \u201cThat is what I was told by sources who spoke to people who said they saw Orhan "
     "there,\u201d Reyhan Inandi told reporters.",
     [("Reyhan Inandi", "told", "That is what I was told by sources who spoke to people who said they saw Orhan there")]),
    # an office with a demonym and no holder named with it stands for the state the story names
    ("Australia asked for his release. The Australian ambassador said Canberra wants the footballer back.",
     [("Australia", "said", "Canberra wants the footballer back")]),
    # an unnamed official with a demonym speaks for that state, when the story names it
    ("Turkey has detained 11 people. Chaab was persuaded to fly to Turkey to meet a woman, the Turkish official said.",
     [("Turkey", "said", "Chaab was persuaded to fly to Turkey to meet a woman")]),
    ("Chaab was persuaded to fly to Turkey to meet a woman, a senior official said.", []),
    # ... and for that state when the story names it by the demonym alone; not a former official
    ("Nearly 20 men were shot dead. According to Pakistani investigators, sleeper cells operating from abroad "
     "orchestrated these killings.",
     [("Pakistan", "According to", "sleeper cells operating from abroad orchestrated these killings")]),
    ("Nearly 20 men were shot dead. A former Pakistani diplomat said sleeper cells orchestrated these killings.", []),
    # "the journalist" refers back to the person named before, "a journalist" to no one; a body named in the subject
    # that no actor covers is not the outlet named before; a capitalised first word is no name
    ("Elena Kostyuchenko fell ill on a train. A long illness then ensued, from which she has yet to recover, the "
     "journalist said.", [("Elena Kostyuchenko", "said", "A long illness then ensued, from which she has yet to recover")]),
    ("Elena Kostyuchenko fell ill. A journalist said she was poisoned.", []),
    # (the newspaper named in the subject speaks itself: "Voz" is no Voronezh, whose three-letter other name it is)
    ("Reuters reported the shooting. The local Voz newspaper said investigators were searching for two suspects.",
     [("Reuters", "reported", "the shooting"), ("Voz", "said", "investigators were searching for two suspects")]),
    # "the Prime Minister" after a person who spoke is that person; the owner of a relative clause's noun does not
    # speak for it; "according to" after another's cue sources that speech
    ("The attack was sanctioned in Moscow, Theresa May has said. Police named Alexander Petrov and Ruslan Boshirov. "
     "The Prime Minister told MPs that the two suspects are members of the GRU.",
     [("Theresa May", "said", "The attack was sanctioned in Moscow"),
      ("Theresa May", "told", "the two suspects are members of the GRU")]),
    ("Kacmaz Mesut was deported. \u201cI spoke on phone with Kacmaz Mesut\u2019s daughters who confirmed that they have "
     "reached Istanbul,\u201d Ali Khan said.",
     [("Ali Khan", "said", "I spoke on phone with Kacmaz Mesut\u2019s daughters who confirmed that they have reached Istanbul")]),
    ("\u201cIt is customary to speak either good of the dead or nothing at all,\u201d Naryshkin said, according to "
     "Russian state media.", [("Naryshkin", "said", "It is customary to speak either good of the dead or nothing at all")]),
    # relatives, colleagues and friends of a person speak for themselves, not as that person; a lawyer still speaks
    # for the client
    ("Relatives of Mamadbek Atobekov told RFE/RL on September 2 that the activist was detained in Moscow.", []),
    ("Kacmaz Mesut was deported. Kacmaz Mesut\u2019s colleagues informed the lawyers that he had reached Turkey.", []),
    ("Jamal Khashoggi was killed in 2018. Khashoggi's sons said they had forgiven the killers.", []),
    ("Abula Buheliqiemu and her daughter were detained near Mecca, according to messages received by Abula\u2019s friends.",
     []),
    ("Jamal Khashoggi was killed in 2018. Khashoggi's fiancee Hatice Cengiz said the killers must be punished.",
     [("Hatice Cengiz", "said", "the killers must be punished")]),
    ("Roman Protasevich was arrested. His lawyers said he was held in a jail run by the KGB.",
     [("Roman Protasevich", "said", "he was held in a jail run by the KGB")]),
    # an abbreviated office ("the PS", "the PM") stands for the person last named with the title it shortens, also
    # where the actor finder took the abbreviation for a body's name; alone it names no one
    ("Foreign Principal Secretary Kipkorir Sing\u2019oei revealed on Monday that the government had resolved to "
     "repatriate the four. According to the PS, Kenya agreed after a formal request. The PS clarified that Turkey had "
     "assured Kenya that it would uphold human rights.",
     [("Kipkorir Sing\u2019oei", "revealed", "the government had resolved to repatriate the four"),
      ("Kipkorir Sing\u2019oei", "According to", "Kenya agreed after a formal request"),
      ("Kipkorir Sing\u2019oei", "clarified", "Turkey had assured Kenya that it would uphold human rights")]),
    ("The PS clarified that Turkey had assured Kenya that it would uphold human rights.", []),
    ("Mark Lyall Grant, who is UK's former national security adviser (NSA), said the threats would be taken seriously. "
     "The former NSA added that this reflected a broader trend.",
     [("Mark Lyall Grant", "said", "the threats would be taken seriously"),
      ("Mark Lyall Grant", "added", "this reflected a broader trend")]),
    # an office word alone the actor finder took for a body's name ("the Special Rapporteur", tagged "Rapporteur") is
    # the office, its holder named before speaking
    ("Many journalists in exile are in grave danger, Irene Khan, UN Special Rapporteur on freedom of opinion and "
     "expression, said today. Presenting her new report to the Human Rights Council, the Special Rapporteur said that "
     "the upward trend of journalists in exile tracks the rise in authoritarianism.",
     [("Irene Khan", "said", "Many journalists in exile are in grave danger"),
      ("Irene Khan", "said", "the upward trend of journalists in exile tracks the rise in authoritarianism")]),
    ("Presenting her new report to the Human Rights Council, the Special Rapporteur said that the upward trend of "
     "journalists in exile tracks the rise in authoritarianism.", []),
    # so is a speaker's role capitalised alone ("the Spokesperson", tagged a body): the person named with it as title
    ("Pakistan rejected the claims. Foreign Office Spokesperson Mumtaz Zahra Baloch said India was behind the killings. "
     "Answering another question, the Spokesperson said the situation in Libya is a catastrophe.",
     [("Pakistan", "rejected", "the claims"), ("Mumtaz Zahra Baloch", "said", "India was behind the killings"),
      ("Mumtaz Zahra Baloch", "said", "the situation in Libya is a catastrophe")]),
    ("Presenting the weekly briefing, the Spokesperson said that attacks had risen.", []),
    # two offices sharing their plural head speak as the first
    ("Hong Kong police issued warrants. The UK's Foreign and Home Secretaries also condemned the move in a joint "
     "statement, saying it damages Hong Kong's international reputation.",
     [("Foreign Secretary", "condemned", "the move"),
      ("Foreign Secretary", "saying", "it damages Hong Kong's international reputation")]),
    # an abbreviation that is also a body's name, no one holding the office: the body
    ("The NSA said it had collected the records.", [("National Security Agency", "said", "it had collected the records")]),
    # "they" after people named together as the subject speaks as the first of them
    ("Iran is behind the assassinations, Ministers Stef Blok and Kasja Ollongren wrote in a letter to parliament. Dutch "
     "intelligence has strong indications of the country's involvement in the murders, they wrote.",
     [("Stef Blok", "wrote", "Iran is behind the assassinations"),
      ("Stef Blok", "wrote", "Dutch intelligence has strong indications of the country's involvement in the murders")]),
    # "the government in Baku" is the state of that capital, not the state named last
    ("Azerbaijan denied involvement. France opened an inquiry. The government in Baku dismissed any wrongdoing.",
     [("Azerbaijan", "denied", "involvement"), ("Azerbaijan", "dismissed", "any wrongdoing")]),
    # a title and a name the parser reads as two subjects: the name speaks
    ("Thailand's immigration chief Surachate Hakparn told reporters Alaraibi had been remanded for 12 days.",
     [("Surachate Hakparn", "told", "Alaraibi had been remanded for 12 days")]),
    # the owner of a noun in the speaker's phrase does not speak for the speaker
    ("Obid Nazarov was attacked. \u201cWe never thought this could happen in Sweden,\u201d said an Uzbek man from "
     "Nazarov\u2019s congregation.", []),
    # court records and documents speak for the court the story named before; with none named, for no one
    ("A Boston federal court sentenced Wu. Over the next two days, according to court records, Wu sent the woman a "
     "stream of threatening messages.",
     [("court", "according to", "Wu sent the woman a stream of threatening messages")]),
    ("Wu was sentenced. Over the next two days, according to court records, Wu sent the woman a stream of threatening "
     "messages.", []),
    # a document owned by a description ("the experts' letter") speaks for whom the description refers back to; with
    # no one named before, for no one
    ("Four United Nations human rights experts, including Rhona Smith, the Special Rapporteur on the situation of human "
     "rights in Cambodia, have told the Cambodian government they are concerned. Thai authorities issued a warrant for "
     "his arrest. According to the experts' letter, four unidentified people took part in the abduction.",
     [("Rhona Smith", "told", "they are concerned"),
      ("Rhona Smith", "According to", "four unidentified people took part in the abduction")]),
    ("According to the experts' letter, four unidentified people took part in the abduction.", []),
    # "the pastor" refers back to the person set off by a comma after the noun's latest use, wherever the parser hung
    # the name; not to a person named after it in a clause of its own
    ("He flew to Bujumbura at the invitation of a pastor he trusted, Constantin Niyomwungere. The plane landed in Kigali "
     "instead. The pastor later testified that he had been working with Rwandan investigators.",
     [("Constantin Niyomwungere", "testified", "he had been working with Rwandan investigators")]),
    ("Seif Bamporiki was shot dead. A client had made contact with Bamporiki, asking if he had a bed to sell. The client "
     "then asked for the bed to be delivered in Nyanga.", []),
    # a kinship noun opening a headline, read as a name ("Daughter says"), is the person named at the noun's next use
    ("Daughter says \u2018Hotel Rwanda\u2019 hero was \u2018kidnapped\u2019 in Dubai\n\nPaul Rusesabagina was arrested in "
     "Kigali. Rusesabagina's adopted daughter, Carine Kanimba, said the family was worried.",
     [("Carine Kanimba", "says", "Hotel Rwanda\u2019 hero was \u2018kidnapped\u2019 in Dubai"),
      ("Carine Kanimba", "said", "the family was worried")]),
    # officials of states named together speak as the first named; one state's officials as that state
    ("Chinese and Hong Kong officials maintain that the national security law has been essential in restoring order.",
     [("China", "maintain", "the national security law has been essential in restoring order")]),
    ("Pakistani officials said the talks had failed.", [("Pakistan", "said", "the talks had failed")]),
    # an unnamed official with no state of its own stands for the state the latest official who spoke was named by;
    # not for the state of an official the story tells of, nor for one a claim names
    ("Turkey has detained 11 people, Turkish authorities said on Monday. Habib Chaab was drugged and kidnapped, a senior "
     "official said.",
     [("Turkey", "said", "Turkey has detained 11 people"), ("Turkey", "said", "Habib Chaab was drugged and kidnapped")]),
    ("On March 1, Chilean officials found the body. At the time, officials estimated that Ojeda had been dead for ten days.",
     [("Chile", "estimated", "Ojeda had been dead for ten days")]),
    ("An Iranian intelligence officer has been charged in Manhattan with plotting a kidnapping. Victims were also targeted "
     "in the United Arab Emirates, officials said.", []),
    ("The department said neither the Chinese authorities nor the provincial authorities had asked for its approval. A "
     "local official said the office was closed.", []),
    # a document a state's name qualifies speaks for that state, also through a relative pronoun; a document its phrase
    # names no owner of does not speak through one
    ("A US intelligence report said Mohammed bin Salman ordered the killing.",
     [("United States", "said", "Mohammed bin Salman ordered the killing")]),
    ("The ban follows the release of a four-page US intelligence report which accused Mohammed bin Salman of ordering "
     "the killing of Khashoggi.",
     [("United States", "accused", "Mohammed bin Salman of ordering the killing of Khashoggi")]),
    ("Chinese police held Wu Huan in Dubai. She was forced to sign legal documents that falsely accused her fiancé of "
     "harassing her.", []),
    # an official whose compound opens the name of a body named before speaks for that body; not officials of states
    ("The Thai Immigration Bureau held her at the airport. An immigration official said she would be deported on Monday.",
     [("Immigration Bureau", "said", "she would be deported on Monday")]),
    ("The National Security Agency declined to comment. Security officers told families that the pressure would stop.", []),
    # "the dictatorship" is the state named before
    ("Nicaragua expelled the bishop. The dictatorship rejected the accusation that it had tortured him.",
     [("Nicaragua", "rejected", "the accusation that it had tortured him")]),
    # a definite noun of a speaker's calling, used for the first time, is the person who spoke just before; not a role
    # of someone the story tells of, nor after a sentence with no speech
    ("Prosecutor Alison Morgan said Mr Goraya appeared to have been targeted. \"He was in fact being led by ISI,\" she "
     "said. The lawyer told the jury Mr Goraya's postings made fun of the military.",
     [("Alison Morgan", "said", "Mr Goraya appeared to have been targeted"),
      ("Alison Morgan", "said", "He was in fact being led by ISI"),
      ("Alison Morgan", "told", "Mr Goraya's postings made fun of the military")]),
    ("Mike Pompeo said Iran was behind it. The suspected gunman told authorities he had acted on orders from Iran.",
     [("Mike Pompeo", "said", "Iran was behind it")]),
    ("Mike Pompeo said Iran was behind it. The money went to Iran. The lawyer told the jury the transfer was legal.",
     [("Mike Pompeo", "said", "Iran was behind it")]),
    # a document a word for a state's rulers qualifies speaks for the state named before, as "the junta" does
    ("Rwanda denied the charges. A government statement said the group had violated the laws.",
     [("Rwanda", "denied", "the charges"), ("Rwanda", "said", "the group had violated the laws")]),
    ("Myanmar revoked the citizenship of 12 activists. The junta said the group had violated the laws.",
     [("Myanmar", "said", "the group had violated the laws")]),
    # a notice speaks only when such a word qualifies it (for the state, not the paper it ran in); a notice alone is
    # no one's claim
    ("Myanmar's junta revoked the citizenship of 17 people. The group had violated the existing laws of the State, "
     "according to a junta notice in state newspaper Global New Light of Myanmar. Writers had also had their citizenship "
     "revoked, it said.",
     [("Myanmar", "according to", "The group had violated the existing laws of the State"),
      ("Myanmar", "said", "Writers had also had their citizenship revoked")]),
    ("Police arrested him at the airport. According to the notice, he is wanted for fraud.", []),
    # one unnamed prosecutor, singular and indefinite, speaks for the prosecuting body named, as "prosecutors" do; with
    # none named, for no one
    ("The Seoul Central District Public Prosecutors' Office said on Monday that it indicted a North Korean spy. \"Hong "
     "gained 14 kilograms at the center,\" a prosecutor said.",
     [("Seoul Central District Public Prosecutors' Office", "said", "it indicted a North Korean spy"),
      ("Seoul Central District Public Prosecutors' Office", "said", "Hong gained 14 kilograms at the center")]),
    ("Police arrested a North Korean spy in Seoul. \"Hong gained 14 kilograms at the center,\" a prosecutor said.", []),
    # prosecutors, plural, with no prosecuting body named stand for the generic public prosecutor (convention P); one
    # prosecutor, or the prosecution, stays no one
    ("A jury convicted Abouammo in San Francisco. He took bribes from a Saudi aide, according to prosecutors.",
     [("public prosecutor", "according to", "He took bribes from a Saudi aide")]),
    ("A jury convicted Abouammo in San Francisco. Prosecutors said the scheme was financed by Iran.",
     [("public prosecutor", "said", "the scheme was financed by Iran")]),
    ("A jury convicted Abouammo in San Francisco. The prosecution said the scheme was financed by Iran.", []),
    # an unnamed interrogator speaks for the security or intelligence service named, not for the police
    ("Eysa said he was questioned by Chinese security services. \"But what about your brothers?\" the interrogator "
     "asked in a recording.",
     [("security services", "asked", "But what about your brothers")]),
    ("Police arrested him in Istanbul. \"But what about your brothers?\" the interrogator asked.", []),
    # a definite notice refers back to its earlier use: for the state when a ruler word qualified it there, else no one
    ("Myanmar's junta revoked the citizenship of 17 people. The group had violated the existing laws, according to a "
     "junta notice. \"Similar perpetrators will be identified,\" the notice from the military added.",
     [("Myanmar", "according to", "The group had violated the existing laws"),
      ("Myanmar", "added", "Similar perpetrators will be identified")]),
    ("Myanmar's junta revoked the citizenship of 17 people. Police posted a notice at the airport. The notice said "
     "writers had also lost their citizenship.", []),
    # ministers named by a demonym speak for their state
    ("Four men were charged. British ministers condemned the plot as an attack on the country's sovereignty.",
     [("United Kingdom", "condemned", "the plot as an attack on the country's sovereignty")]),
    # a country's name on an outlet noun names no body of its own: the outlet named before
    ("The Independent interviewed him in Istanbul. The man began receiving messages from a Chinese security official, "
     "according to the U.K. news outlet.",
     [("The Independent", "according to", "The man began receiving messages from a Chinese security official")]),
    # a participle that names the speaker ("called", "named") leaves the name in the subject
    ("A young Rwandan accountant called David Batenga demanded that he explain himself.",
     [("David Batenga", "demanded", "he explain himself")]),
    # an indictment with no prosecuting body named speaks for the generic public prosecutor, not for the last body
    # named; with one named, for that body
    ("Wu, a student at the Berklee College of Music, was arrested in December. Wu made a series of threats to the "
     "victim, according to the indictment.",
     [("public prosecutor", "according to", "Wu made a series of threats to the victim")]),
    ("The U.S. Attorney's Office in Manhattan charged Wu in December. Wu made a series of threats to the victim, "
     "according to the indictment.",
     [("United States Attorney's Office for the Southern District of New York", "according to",
       "Wu made a series of threats to the victim")]),
    # who rejects, cites or reads a document, or appears in it, is not its author: the outlet a participle on the
    # document names is ("Published in The Guardian, the report ...")
    ("Pakistan rejected a report published in a British newspaper. Published in Britain's The Guardian, the report "
     "alleged that several Pakistanis had been warned of threats. The report had also cited Ayesha Siddiqa.",
     [("Pakistan", "rejected", "a report published in a British newspaper"),
      ("The Guardian", "alleged", "several Pakistanis had been warned of threats"),
      ("The Guardian", "cited", "Ayesha Siddiqa")]),
    ("Amnesty International published a report in May. Pakistan and Iran also appear in the report. The report says "
     "the two states harass exiles.",
     [("Amnesty International", "says", "the two states harass exiles")]),
    ("Police said they arrested her at home. Court documents translated by NBC News said she was held. The documents "
     "alleged that she had arranged secret meetings.",
     [("police", "said", "they arrested her at home"), ("police", "alleged", "she had arranged secret meetings")]),
    # a name on a document that named a body before is that body, the actor finder marking only its first mention
    ("Bulavinskaya told CPJ that her flat was seized. Increasingly, exiles face the long arm of the state. According to "
     "CPJ research, more than 60 journalists in exile are under investigation.",
     [("Committee to Protect Journalists", "According to", "more than 60 journalists in exile are under investigation")]),
    # reports no one owns ("other informal reports") speak for no one, not for the body that spoke before; a definite
    # one refers back to its owner
    ("Human Rights Watch denounced the arrests. Other informal reports indicate the death of all three men.",
     [("Human Rights Watch", "denounced", "the arrests")]),
    ("Human Rights Watch published two reports on the arrests. The reports say all three men died.",
     [("Human Rights Watch", "say", "all three men died")]),
    # a dateline in capitals is no speaker, of a cue or of a document
    ("RABAT (Dispatches) – A human rights watchdog called on Morocco not to extradite him, citing fears he could face "
     "torture.", []),
]


@pytest.mark.parametrize("text,expected", UNNAMED_SPEAKERS, ids=[t[:40] for t, _ in UNNAMED_SPEAKERS])
def test_unnamed_speaker_stands_for_named_body(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


# "he" speaking in a clause hung on another cue continues that cue's speaker, not the sentence's main subject nor the
# person who spoke before; a speaker who is no person ("the police said he told") leaves "he" to the person named
PRONOUNS_UNDER_CUES = [
    ("Martin Mavenjina, a KHRC member, said Sharif had been murdered. The suggestion comes less than two weeks after the "
     "interior minister said evidence suggests the journalist was the victim of a targeted killing, though he said he "
     "still needed more information on the incident. Rana Sanaullah Khan told journalists: \u201cIt is a targeted "
     "killing.\u201d",
     [("Martin Mavenjina", "said"), ("Rana Sanaullah Khan", "said"), ("Rana Sanaullah Khan", "said"),
      ("Rana Sanaullah Khan", "told")]),
    ("The interior minister, Rana Sanaullah Khan, spoke on Monday. Later the minister said the killing was targeted, "
     "though he said he needed more information.",
     [("Rana Sanaullah Khan", "said"), ("Rana Sanaullah Khan", "said")]),
    ("Ahmed Ali was arrested in May. The police said he told officers he was innocent.",
     [("police", "said"), ("Ahmed Ali", "told")]),
]


@pytest.mark.parametrize("text,expected", PRONOUNS_UNDER_CUES, ids=[t[:40] for t, _ in PRONOUNS_UNDER_CUES])
def test_pronoun_under_a_cue_continues_its_speaker(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.source, r.cue) for r in run(nlp, text, "attributions")] == expected


# "it" speaking at a cue after a sentence that sources its claim "according to" a document goes on with the document
# (its owner), not with a body the claim names; a body that is that sentence's subject keeps "it"
IT_AFTER_ACCORDING_TO_DOCUMENT = [
    ("The Justice Department said Girgis spied on activists for Egypt. Egyptian officials gave him lists of names, "
     "according to the indictment. In 2017, it said, he sent information on an activist to US officers.",
     [("Department of Justice", "said"), ("Department of Justice", "according to"), ("Department of Justice", "said")]),
    ("Myanmar's junta revoked the citizenship of several members of the National Unity Government. The group had "
     "violated the laws of the State, according to a junta notice in state newspaper Global New Light of Myanmar. Writer "
     "Ei Pencilo had also had her citizenship revoked, it said.",
     [("Myanmar", "according to"), ("Myanmar", "said")]),
    ("Human Rights Watch said the men were tortured, according to a report. It said the guards beat them.",
     [("Human Rights Watch", "said"), ("Human Rights Watch", "said")]),
]


@pytest.mark.parametrize("text,expected", IT_AFTER_ACCORDING_TO_DOCUMENT, ids=[t[:40] for t, _ in IT_AFTER_ACCORDING_TO_DOCUMENT])
def test_it_continues_a_document_cited_before(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.source, r.cue) for r in run(nlp, text, "attributions")] == expected


# one who only saw or obtained a document is not its author; a dateline with a date ("DHARAMSHALA, Feb. 15:") names
# no one a document's owner is looked for in
DOCUMENT_READERS = [
    ("Judicial authorities in Burundi have cancelled arrest warrants against 15 exiled figures, according to a document "
     "seen by AFP on Friday.", []),
    ("The man was arrested in May, according to a report by Human Rights Watch.", [("Human Rights Watch", "according to")]),
    ("DHARAMSHALA, Feb. 15: The Swiss Federal Council has released a report on Chinese surveillance. According to the "
     "report, China recruits informants.", [("Swiss Federal Council", "According to")]),
]


@pytest.mark.parametrize("text,expected", DOCUMENT_READERS, ids=[t[:40] for t, _ in DOCUMENT_READERS])
def test_document_reader_is_no_author(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.source, r.cue) for r in run(nlp, text, "attributions")] == expected


# a participle set off by a comma speaks for the one whose act it goes on with, wherever the parser hung it: the
# speaker of the cue whose claim (or a verb joined to it, or the clause of an accusation it answers) holds it; the agent
# of a passive cue; the one issuing the document it hangs on; not the subject of a clause with its own subject
PARTICIPLE_SPEAKERS = [
    ('India has dismissed allegations by Pakistan that its agents killed two Pakistani citizens on its soil in 2023, '
     'calling them "false".',
     [("India", "dismissed", "deny"), ("India", "calling", "deny")]),
    ("This is disputed by Stanley Mwango, a spokesperson for the Department of Refugee Affairs, telling Okayafrica that "
     "\u201cKenya is not sending away anyone who is legally seeking asylum.\u201d",
     [("Stanley Mwango", "telling", "deny")]),
    ("Turkey requested that Sweden hand over the journalists or force them to cease their activities, accusing them of "
     "conspiring against the government.",
     [("Turkey", "requested", "assert"), ("Turkey", "accusing", "assert")]),
    ("Despite Interpol issuing a statement denying that it was responsible for the alert, Saudi Arabia has continued to "
     "insist the organisation had prompted his arrest.",
     [("Interpol", "denying", "deny"), ("Saudi Arabia", "insist", "assert")]),
    # the participle goes on with "he told", a clause with its own subject, unnamed: not Human Rights Watch's claim
    ("Human Rights Watch said the man had been in custody in Serbia since November and that he told the authorities "
     "that he wants asylum, claiming that he faces torture at home.",
     [("Human Rights Watch", "said", "assert")]),
    # no cue: a passive act's agent does not speak
    ("Rashid was detained by Dutch police, saying he had done nothing wrong.", []),
]


@pytest.mark.parametrize("text,expected", PARTICIPLE_SPEAKERS, ids=[t[:40] for t, _ in PARTICIPLE_SPEAKERS])
def test_participle_speaks_for_the_act_it_goes_on_with(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(r.source, r.cue, r.stance) for r in run(nlp, text, "attributions")] == expected


# "it" opening the sentence after one whose main verb has a document for object speaks for the owner the document's
# own words name; with no owner named, for the salient subject as before
DOCUMENT_IT = [
    ("Saudi Arabia denied the killing. In February 2021 the Biden administration published a declassified assessment by "
     "the Office of the Director of National Intelligence. It stated that the crown prince had approved the operation.",
     [("Saudi Arabia", "denied"), ("Office of the Director of National Intelligence", "stated")]),
    ("Amnesty International said the men were detained. The group issued a statement on Monday. It said the men were "
     "held without charge.",
     [("Amnesty International", "said"), ("Amnesty International", "said")]),
]


@pytest.mark.parametrize("text,expected", DOCUMENT_IT, ids=[t[:40] for t, _ in DOCUMENT_IT])
def test_it_after_a_document_speaks_for_its_owner(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.source, r.cue) for r in run(nlp, text, "attributions")] == expected


# a bare noun of a body's kind speaking in the headline ("..., rights group says") stands for the first body of its kind
# named after it as a speaker; not in the body of the story, nor when no such body goes on to speak
HEADLINE_KINDS = [
    ("Thailand detains Cambodian opposition leader, rights group says\n\nBANGKOK (Reuters) - Thai immigration police "
     "have detained the leader of a Cambodian opposition group based in Denmark, Human Rights Watch (HRW) said on Thursday.",
     [("Human Rights Watch", "says"), ("Human Rights Watch", "said")]),
    # a kind written in capitals, which the tagger reads as a proper noun, is such a noun too, and no actor itself
    ("NGO says Serbia illegally repatriates Bahraini national\n\nThe Belgrade Center for Human Rights said that the "
     "man was sent back to his home country on Monday.",
     [("Belgrade Center for Human Rights", "says"), ("Belgrade Center for Human Rights", "said")]),
    ("Thailand detains Cambodian opposition leader, rights group says\n\nThai immigration police have detained the "
     "leader of a group based in Denmark. Human Rights Watch has followed his case for years.",
     []),
    # a body of the kind a lede brings in with "a", none of its kind named before, is the one the next sentences name as
    # a subject, of a cue or another verb
    ("ROME, Dec 15 (Reuters) - EU countries are failing to provide a united front against the threat posed by secret "
     "Chinese \"service stations\" on their soil, a human rights group behind the exposure of the facilities said on "
     "Thursday.\n\nSafeguard Defenders, an Asia-focused rights group based in Spain, has published two reports since "
     "September.",
     [("Safeguard Defenders", "said")]),
    # not a group of people, nor rights groups in the plural (rights groups in general, a body named after them alone)
    ("A group of independent experts today expressed concern about trials in absentia in Belarus.\n\nHuman Rights "
     "Watch has published a report on the trials.",
     []),
    ("Rights groups said the activist was missing in Thailand.\n\nHuman Rights Watch has published a report on his case.",
     []),
    # one brought in with "a" in the lede stands for the first body of its kind that speaks after it, past one that
    # does not (a party named first)
    ("A senior Cambodian opposition figure was detained in Malaysia, a rights group said Thursday. Mu Sochua, deputy "
     "leader of the Cambodia National Rescue Party (CNRP), was held at Kuala Lumpur airport, Human Rights Watch said.",
     [("Human Rights Watch", "said"), ("Human Rights Watch", "said")]),
    # ... or the object of "according to" there
    ("Enes Kanter faces an arrest warrant over alleged membership of a terrorist organization, a newspaper in Turkey "
     "reported on Friday. Turkish prosecutors have sought a red notice from Interpol, according to the Daily Sabah.",
     [("Daily Sabah", "reported"), ("Daily Sabah", "according to")]),
]


@pytest.mark.parametrize("text,expected", HEADLINE_KINDS, ids=[t[:40] for t, _ in HEADLINE_KINDS])
def test_body_kind_in_the_headline_is_named_next(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.source, r.cue) for r in run(nlp, text, "attributions")] == expected


# a headline's noun of a person or a body's kind, with no article, speaking in the present tense ("Dissident Saudi royal
# claims ...", "Rights Organization Urges ...") stands for the first actor of that kind its story's opening sentences
# have speak; not a passive with its auxiliary dropped, a generic "man", a plural of people, nor when no one of the kind
# speaks there, nor a noun in the body
HEADLINE_DESCRIBED = [
    ("Dissident Saudi royal claims he was targeted with plan to 'disappear him'\n\nKhaled bin Farhan al-Saud claims "
     "the Saudi authorities regularly lure regime critics to meetings.",
     [("Khaled bin Farhan al-Saud", "claims"), ("Khaled bin Farhan al-Saud", "claims")]),
    ("US envoy to Uzbekistan demands release of detained scribe\n\nThe envoy has urged the country to release a "
     "journalist.\n\nUS ambassador to Tashkent, Daniel Rosenblum, said he was deeply concerned by the case.",
     [("Daniel Rosenblum", "demands"), ("Daniel Rosenblum", "urged"), ("Daniel Rosenblum", "said")]),
    ("Rights Organization Urges Morocco Not to Extradite Saudi Shia\nRABAT (Dispatches) \u2013 A human rights watchdog "
     "called on Morocco on Friday not to extradite a Shia Muslim to Saudi Arabia.\nHassan al-Rabea has been held in a "
     "prison near Rabat since January, Human Rights Watch said in a statement.",
     [("Human Rights Watch", "Urges"), ("Human Rights Watch", "said")]),
    # a passive headline with its auxiliary dropped, a generic noun of a person, people in the plural: no one's claim
    ("Russian pilot found shot dead in Spain\n\nMaksim Kuzminov said in an interview last year he feared for his life.",
     [("Maksim Kuzminov", "said")]),
    ("Manhattan man pleads guilty to helping run a police station\n\nMatthew Olsen said the man admitted his role.",
     [("Matthew Olsen", "said")]),
    ("Exiled journalists say they are followed abroad\n\nAli Karimi said he had been followed for months.",
     [("Ali Karimi", "said")]),
    # no one of the kind speaks in the opening sentences
    ("Dissident Saudi royal claims he was targeted\n\nKhaled bin Farhan al-Saud lives in Germany. He has lived there "
     "for years.",
     []),
    # not in the body, where a noun with no article is no headline's description
    ("Khaled bin Farhan al-Saud lives in Germany. Saudi royal claims are often false.\n\nHe said he was targeted.",
     [("Khaled bin Farhan al-Saud", "said")]),
]


@pytest.mark.parametrize("text,expected", HEADLINE_DESCRIBED, ids=[t[:40] for t, _ in HEADLINE_DESCRIBED])
def test_headline_description_is_named_in_the_opening(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.source, r.cue) for r in run(nlp, text, "attributions")] == expected


# a headline in title case, which the model parses as a run of names: a cue in the present tense ("Condemns", "Urges",
# "Demand" after a plural) with a speaker before it, or closing the line after a comma ("..., Says HRW", "..., Report
# Claims"), is the claim of the actor the speaker's words hold or name, else of the one of their kind the opening has
# make the same claim, else of the person the opening has speak for a noun of a person
TITLE_CASE_HEADLINES = [
    ("Canada Condemns Hong Kong's Bounties on Activists\n\nOTTAWA \u2013 The Canadian government has publicly "
     "condemned the bounties issued for 19 pro-democracy activists.",
     [("Canada", "condemned", "assert"), ("Canada", "Condemns", "assert")]),
    ("Pakistan Rejects Report Alleging Threats to Dissidents Abroad\n\nPakistan on Tuesday rejected a report "
     "published in a British newspaper.",
     [("Pakistan", "rejected", "deny"), ("Pakistan", "Rejects", "deny")]),
    ("UAE Revokes Citizenship of Dissidents' Families, Says HRW\n\nThe government has revoked the citizenship of "
     "19 relatives of two dissidents.",
     [("Human Rights Watch", "Says", "assert")]),
    ("Rights Watchdog Urges Turkey Not To Deport Turkmen Activists\n\nHuman Rights Watch (HRW) has urged Turkey to "
     "halt moves to send two Turkmen activists back to Turkmenistan.",
     [("Human Rights Watch", "urged", "assert"), ("Human Rights Watch", "Urges", "assert")]),
    ("China's Police Stations Breach Sovereignty, Report Claims\n\nThe investigation by Safeguard Defenders was "
     "published on Monday. The report claims Chinese police pressure people to return home.",
     [("Safeguard Defenders", "claims", "assert"), ("Safeguard Defenders", "Claims", "assert")]),
    ("Mother is Arrested in Bangladesh After Son in the U.S. Criticizes Government Online\n\nTanzilur Rahman, a "
     "student at a university in Michigan, said his mother was arrested by the police on Sunday.",
     [("Tanzilur Rahman", "said", "assert"), ("Tanzilur Rahman", "Criticizes", "assert")]),
    # a cue word used as a noun, with no speaker before it; bodies in the plural; a verdict; no speech at all
    ("Claims Of Abuse Mount Against Police In Thailand\n\nHuman Rights Watch said the police beat the men.",
     [("Human Rights Watch", "said", "assert")]),
    ("Bahrain Blocks Exit of Activist's Wife, Son, Rights Groups Say\n\nBahrain prevented the wife of a dissident "
     "from boarding a flight, human rights groups said. Reprieve said the ban was unlawful.",
     [("Reprieve", "said", "assert")]),
    ("South Africa Finds 4 Guilty of Shooting Rwandan Exile\n\nA South African court on Friday found four men "
     "guilty of trying to kill an exiled critic.",
     []),
    ("Swedish Court Detains Man Suspected of Spying on Uyghurs\n\nThe Stockholm District Court said the man would "
     "remain in custody.",
     [("Stockholm District Court", "said", "assert")]),
]


@pytest.mark.parametrize("text,expected", TITLE_CASE_HEADLINES, ids=[t[:40] for t, _ in TITLE_CASE_HEADLINES])
def test_title_case_headline_cue(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(r.source, r.cue, r.stance) for r in run(nlp, text, "attributions")] == expected


# A quotation is one claim however the cue cuts it: split by the cue ('"A," she said, "B."') or going on after the cue's
# sentence in its paragraph ('"A," she said. "B."'); a further quotation with a cue of its own is that cue's claim.
CONTINUED_QUOTES = [
    # a quotation going on after the cue that ends in a quotation of its own ("I screamed: 'Duck!'")
    ("\u201cIt was surreal,\u201d Natalia Sadykova said. \u201cI screamed: \u2018Aidos, duck!\u2019\u201d\nHe was hit.",
     [("Natalia Sadykova", "said", "direct", "It was surreal,\u201d Natalia Sadykova said. \u201cI screamed: \u2018Aidos, duck!")]),
    ("\u201cWe will keep on working,\u201d Leonid Volkov said. \u201cIt is good to know I am still alive.\u201d",
     [("Leonid Volkov", "said", "direct", "We will keep on working,\u201d Leonid Volkov said. \u201cIt is good to know I am still alive")]),
    ("\u201cThe spies were here,\u201d Mike Burgess said, \u201cand they monitored the diaspora.\u201d",
     [("Mike Burgess", "said", "direct", "The spies were here,\u201d Mike Burgess said, \u201cand they monitored the diaspora")]),
    # the next quotation has its own cue: each claim is its own
    ("\u201cWe will appeal,\u201d Hugh Williamson said. \u201cThis is journalism,\u201d his lawyer Mehmet Ali added.",
     [("Hugh Williamson", "said", "direct", "We will appeal"), ("Mehmet Ali", "added", "direct", "This is journalism")]),
    # a quotation of the sentence before, closed with a full stop, is not the cue's ("He said: ...")
    ("Sweden was asked about it. \u201cWe do not spy.\u201d Ann Linde said: \u201cThe claims are false.\u201d",
     [("Ann Linde", "said", "direct", "The claims are false")]),
    # the closing mark the parser hung on a speaker described at length is still the quotation's
    ("\u201cWe are aware that we are subjected to surveillance, especially on the internet,\u201d Arya Amipa, "
     "co-president of the Tibetan Youth Association in Europe, who lives in Switzerland, told SWI swissinfo.ch. "
     "\u201cWe keep receiving suspicious emails.\u201d",
     [("Arya Amipa", "told", "direct", "We are aware that we are subjected to surveillance, especially on the internet,"
       "\u201d Arya Amipa, co-president of the Tibetan Youth Association in Europe, who lives in Switzerland, told SWI "
       "swissinfo.ch. \u201cWe keep receiving suspicious emails")]),
    # a quotation left open at the end of a paragraph goes on in the next paragraph that reopens it; a paragraph that
    # does not reopen it ends it
    ("\u201cThe surge in intimidation is unworthy of a party,\u201d said Daniel Bastard, the head of the desk. "
     "\u201cSelf-censorship has become systematic.\n\u201cWe urge the leaders to stop the harassment.\u201d",
     [("Daniel Bastard", "said", "direct", "The surge in intimidation is unworthy of a party,\u201d said Daniel Bastard, "
       "the head of the desk. \u201cSelf-censorship has become systematic.\n\u201cWe urge the leaders to stop the harassment")]),
    ("\u201cThe surge in intimidation is unworthy of a party,\u201d said Daniel Bastard, the head of the desk. "
     "\u201cSelf-censorship has become systematic.\nThe latest target is an editor.",
     [("Daniel Bastard", "said", "direct", "The surge in intimidation is unworthy of a party")]),
    # a quotation that goes on after its cue keeps the stance of the words before the cue
    ("\u201cThere is no hope for the appeal,\u201d Hugh Williamson said. \u201cThis is not terrorism but journalism.\u201d",
     [("Hugh Williamson", "assert")]),
]


@pytest.mark.parametrize("text,expected", CONTINUED_QUOTES, ids=[t[:40] for t, _ in CONTINUED_QUOTES])
def test_quotation_continued_after_its_cue(nlp: Language, text: str, expected: list[tuple[str, ...]]) -> None:
    rows = run(nlp, text, "attributions")
    if len(expected[0]) == 2:
        assert [(r.source, r.stance) for r in rows] == expected
    else:
        assert [(r.source, r.cue, r.quote, r.content) for r in rows] == expected


# A cue inside quotation marks opened before it in its paragraph and closed after it is the quoted speaker's words,
# no claim of its own; a quotation left open (no closing mark in the paragraph) leaves the cue after it a claim.
QUOTED_CUES = [
    ("\u201cThe spies were here,\u201d Mike Burgess said.\n\n\u201cThey asked a public servant to provide information on airports.\u201d",
     [("Mike Burgess", "said")]),
    ('India\'s foreign ministry said: "We have seen and reject the statement of the Canadian Prime Minister."',
     [("Ministry of External Affairs", "said")]),
    ('UNHCR said it was "deeply concerned by the news. UNHCR has faulted Kenya for not abiding by the principle.',
     [("United Nations High Commissioner for Refugees", "said"), ("United Nations High Commissioner for Refugees", "faulted")]),
]


@pytest.mark.parametrize("text,expected", QUOTED_CUES, ids=[t[:40] for t, _ in QUOTED_CUES])
def test_cue_inside_a_quotation_is_no_claim(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


# a person described in the lede before anyone is named speaks as the person the next sentence names speaking; not
# once someone has been named, nor with no one named after
LEDE_DESCRIPTIONS = [
    ("CAIRO (AP) - The U.S.-based Egyptian activist whose Facebook page helped ignite the 2011 pro-democracy uprising "
     "said authorities have arrested his brother in Cairo. Wael Ghonim, a computer engineer, said his recent criticism "
     "prompted authorities to retaliate.",
     [("Wael Ghonim", "authorities have arrested his brother in Cairo"),
      ("Wael Ghonim", "his recent criticism prompted authorities to retaliate")]),
    ("Hossam Bahgat was in court on Monday. A witness said the men fled. Wael Ghonim said his brother was arrested.",
     [("Wael Ghonim", "his brother was arrested")]),
    ("The activist said authorities arrested his brother. Police declined to comment.", []),
]


@pytest.mark.parametrize("text,expected", LEDE_DESCRIPTIONS, ids=[t[:40] for t, _ in LEDE_DESCRIPTIONS])
def test_person_described_in_the_lede_is_named_next(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.content) for r in rows] == expected


# a participle on what someone received speaks for its sender, not the one who received it; on what someone issued,
# for the issuer
RECEIVED = [
    ("Grace Bui said she was worried. In April she received a call saying that Duong had disappeared.",
     [("Grace Bui", "said")]),
    ("Human Rights Watch issued a statement saying that Duong had disappeared.", [("Human Rights Watch", "saying")]),
]


@pytest.mark.parametrize("text,expected", RECEIVED, ids=[t[:40] for t, _ in RECEIVED])
def test_participle_on_what_was_received_is_not_the_receivers(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


# an infinitive of purpose on a passive act ("was tortured to reveal", "a concept used to describe") is speech someone
# is made to give or a use, no claim; on an active one the subject speaks ("used social media to accuse")
PASSIVE_PURPOSE = [
    ("Mohamed Aly had been picked up in a house raid and tortured to reveal the whereabouts of the family.", []),
    ("Transnational repression, a concept used to describe autocratic governments' attempts at harassing critics, is "
     "rising, Freedom House said.", [("Freedom House", "said")]),
    ("Wael Ghonim used social media to accuse the president of corruption.", [("Wael Ghonim", "accuse")]),
]


@pytest.mark.parametrize("text,expected", PASSIVE_PURPOSE, ids=[t[:40] for t, _ in PASSIVE_PURPOSE])
def test_purpose_of_a_passive_act_is_no_claim(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


# "according to" closing its clause: what follows the source's comma describes the source (an apposition, a
# relative clause, more sources) unless it has a finite verb of its own
ACCORDING_CLOSING = [
    ("Tsimanouskaya will fly to Warsaw, according to Pavel Latushka, a leading Belarusian opposition activist based in "
     "Poland, who heads the National Anti-Crisis Management.",
     [("Pavel Latushka", "Tsimanouskaya will fly to Warsaw")]),
    ("Saudi Arabia has stepped up its pursuit of critics on U.S. soil, according to the FBI, rights groups and two years "
     "of interviews with Saudis living abroad.",
     [("Federal Bureau of Investigation", "Saudi Arabia has stepped up its pursuit of critics on U.S. soil")]),
    ("In the past year, according to Safeguard Defenders, China has opened stations in 53 countries.",
     [("Safeguard Defenders", "China has opened stations in 53 countries")]),
    ("In October 2020 he flew to Istanbul, where, according to Turkish officials, he was lured to a meeting.",
     [("Turkey", "he was lured to a meeting")]),
    # a closing quote mark between the comma and the phrase
    ('Tsimanouskaya will arrive in the Polish capital "today later," according to Pavel Latushka, a leading Belarusian '
     "opposition activist based in Poland, who heads the National Anti-Crisis Management.",
     [("Pavel Latushka", 'Tsimanouskaya will arrive in the Polish capital "today later')]),
]


@pytest.mark.parametrize("text,expected", ACCORDING_CLOSING, ids=[t[:40] for t, _ in ACCORDING_CLOSING])
def test_according_to_closing_its_clause(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.content) for r in rows] == expected


# A cue closing its sentence after a comma whose speaker the parser hung on the claim's last noun (as an apposition
# or a conjunct): the noun phrase between the comma and the cue speaks, and the claim ends before it. A denial verb
# that withholds something from someone ("denied him entry") is a refusal the claim reports, not a claim called false.
CLOSING_SPEAKERS = [
    ("(New York) – The Thai government should immediately disclose the whereabouts of three activists who were "
     "reportedly extradited from Hanoi to Bangkok, Human Rights Watch said today.\n",
     [("Human Rights Watch", "said", "assert", "The Thai government should immediately disclose the whereabouts of three "
       "activists who were reportedly extradited from Hanoi to Bangkok")]),
    ("Egyptian authorities have systematically denied scores of dissidents and activists living abroad from accessing or "
     "renewing their identity documents, to pressure them into returning to Egypt, Human Rights Watch (HRW) has revealed.\n",
     [("Human Rights Watch", "revealed", "assert",
       "Egyptian authorities have systematically denied scores of dissidents and activists living abroad from accessing or "
       "renewing their identity documents, to pressure them into returning to Egypt")]),
    # a short apposition between the name and the cue, a phrase of circumstance after it, speakers named together
    ("Iran is using criminal networks to carry out acts of violence in Sweden, the Swedish Security Service, Säpo, said "
     "on Thursday.\n",
     [("Swedish Security Service", "said", "assert", "Iran is using criminal networks to carry out acts of violence in Sweden")]),
    ("Egyptian authorities have arrested dozens of Uyghur students following a request from Beijing, Human Rights Watch "
     "said, amid accusations that China is persecuting them.\n",
     [("Human Rights Watch", "said", "assert",
       "Egyptian authorities have arrested dozens of Uyghur students following a request from Beijing")]),
    ("The men were arrested in Paris, Amnesty International and Human Rights Watch said on Tuesday.\n",
     [("Amnesty International", "said", "assert", "The men were arrested in Paris")]),
    # negatives: no cue; a denial of reports is still a denial (the nested cue its own row)
    ("Police detained the activist in Bangkok and later released him.\n", []),
    ("The men were arrested in Paris, Amnesty International said, and Human Rights Watch called it a scandal.\n",
     [("Amnesty International", "said", "assert", "The men were arrested in Paris"),
      ("Human Rights Watch", "called", "assert", "it a scandal")]),
    ("Amnesty International said Thailand denied him entry.\n",
     [("Amnesty International", "said", "assert", "Thailand denied him entry")]),
    ("Thailand said it denied the reports.\n",
     [("Thailand", "said", "deny", "it denied the reports"), ("Thailand", "denied", "deny", "the reports")]),
]


@pytest.mark.parametrize("text,expected", CLOSING_SPEAKERS, ids=[t[:40] for t, _ in CLOSING_SPEAKERS])
def test_closing_speaker_hung_on_the_claim(nlp: Language, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue.lower(), r.stance, r.content) for r in rows] == expected


# A denial cue whose object is a legal act or a thing withheld ("denied entry", "denied consular services") is a refusal,
# no claim of its own nor a denial inside another's claim; "requested" with a step of a legal process as its object
# ("requested his extradition") is that step, no appeal (attribution_words.tsv legal_act, requested_act). A report
# called "based on conspiracy theories" is denied (denial_words.txt).
LEGAL_ACTS = [
    ("Uzbekistan formally requested his extradition.\n", []),
    ("Sweden had urgently requested NATO membership in response to the invasion.\n", []),
    ("Confidencial, an exiled outlet, detailed that the Ortega regime denied entry to at least 318 Nicaraguans.\n",
     [("Confidencial", "detailed", "assert", "the Ortega regime denied entry to at least 318 Nicaraguans")]),
    ("Freedom House said the Ortega regime has effectively denied consular services to its critics.\n",
     [("Freedom House", "said", "assert", "the Ortega regime has effectively denied consular services to its critics")]),
    ("Fawad Chaudhry said that the report about threats to dissidents is unfortunate and based on conspiracy theories.\n",
     [("Fawad Chaudhry", "said", "deny", "the report about threats to dissidents is unfortunate and based on conspiracy theories")]),
    # negatives: a request of something else is an appeal; a denial of a claim stays one
    ("Turkey requested assurances prior to his extradition.\n", [("Turkey", "requested", "assert", "assurances")]),
    ("Egypt requested that Interpol issue red notices against four journalists.\n",
     [("Egypt", "requested", "assert", "Interpol issue red notices against four journalists")]),
    ("Thailand said it denied the reports.\n",
     [("Thailand", "said", "deny", "it denied the reports"), ("Thailand", "denied", "deny", "the reports")]),
]


@pytest.mark.parametrize("text,expected", LEGAL_ACTS, ids=[t[:40] for t, _ in LEGAL_ACTS])
def test_legal_acts_are_no_claims(nlp: Language, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue.lower(), r.stance, r.content) for r in rows] == expected


# A description or "it" closing a claim refers back to the body that spoke before the claim, not to a body the claim
# names; a claim whose own subject is a body of that kind is that body's.
CLOSING_DESCRIPTIONS = [
    ("A man wanted for fraud was arrested at the Kolkata airport, CBI said on Wednesday. Officers coordinated with the "
     "Indian embassy in Bangkok to arrest the accused, the agency said.",
     [("Central Bureau of Investigation", "A man wanted for fraud was arrested at the Kolkata airport"),
      ("Central Bureau of Investigation", "Officers coordinated with the Indian embassy in Bangkok to arrest the accused")]),
    ("Amnesty International said the trial was unfair. Human Rights Watch documented the arrests in Cairo, the group said.",
     [("Amnesty International", "the trial was unfair"), ("Human Rights Watch", "the arrests"),
      ("Human Rights Watch", "Human Rights Watch documented the arrests in Cairo")]),
    ("The Federal Prosecutor's Office took over the probe on Thursday. Germany said it was considering its next steps. "
     "Evidence showed that Thanh was dragged into a vehicle in Berlin, prosecutors said in a statement. \"It is assumed "
     "that the victims were taken to the embassy,\" it said. \"The office has taken over the investigation,\" it added.",
     [("Germany", "it was considering its next steps"),
      ("Federal Prosecutor's Office", "Evidence showed that Thanh was dragged into a vehicle in Berlin"),
      ("Federal Prosecutor's Office", "It is assumed that the victims were taken to the embassy"),
      ("Federal Prosecutor's Office", "The office has taken over the investigation")]),
    # negative: "it" after a state's own cue is that state
    ("Germany said it was considering its next steps. \"We will act,\" it said.",
     [("Germany", "it was considering its next steps"), ("Germany", "We will act")]),
]


@pytest.mark.parametrize("text,expected", CLOSING_DESCRIPTIONS, ids=[t[:40] for t, _ in CLOSING_DESCRIPTIONS])
def test_closing_description_is_the_body_that_spoke(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.content) for r in rows] == expected


# A quotation closed before an inverted cue is the claim, not a clause from the speaker's title; "confirm or deny" is one
# predicate, neither cut at "or deny" nor a denial.
WHOLE_CLAIMS = [
    ("\u2018French authorities should swiftly investigate the knife attack on the blogger\u2019, said Gulnoza Said, "
     "Central Asia coordinator at the Committee to Protect Journalists.",
     [("Gulnoza Said", "assert", "French authorities should swiftly investigate the knife attack on the blogger")]),
    ("The FBI said that it \u201ccannot confirm or deny the existence of any investigation.\u201d",
     [("Federal Bureau of Investigation", "assert", "it \u201ccannot confirm or deny the existence of any investigation")]),
    # a belief the "according to" source reports is its claim, no second one
    ("Turkish police arrested three people. According to Haber 7, investigators believe the three have contacts with "
     "Tajik security services.",
     [("Haber 7", "assert", "investigators believe the three have contacts with Tajik security services")]),
    # negatives: a cue with a named speaker inside "according to" is its own claim; a denial of its own still denies
    ("According to Amnesty International, the Turkish government said the men were terrorists.",
     [("Amnesty International", "assert", "the Turkish government said the men were terrorists"),
      ("Turkey", "assert", "the men were terrorists")]),
    ("The FBI said that it denied the existence of any investigation.",
     [("Federal Bureau of Investigation", "deny", "it denied the existence of any investigation"),
      ("Federal Bureau of Investigation", "deny", "the existence of any investigation")]),
]


@pytest.mark.parametrize("text,expected", WHOLE_CLAIMS, ids=[t[:40] for t, _ in WHOLE_CLAIMS])
def test_whole_claim_kept(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.stance, r.content) for r in rows] == expected


# The police speak as "police" (the guidelines' name for a police force) when no actor names them, and a police
# document speaks for the police; officers are people, not the force.
UNNAMED_POLICE = [
    ("A Rwandan dissident has been shot dead in Mozambique, police said.",
     [("police", "said", "A Rwandan dissident has been shot dead in Mozambique")]),
    ("A police report on the killing said Vardanjani had an unusual profile. It said he worked in cyber security.",
     [("police", "said", "Vardanjani had an unusual profile"), ("police", "said", "he worked in cyber security")]),
    ("Police officers said nothing.", []),
]


@pytest.mark.parametrize("text,expected", UNNAMED_POLICE, ids=[t[:40] for t, _ in UNNAMED_POLICE])
def test_unnamed_police_speak_as_police(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


# "The organisation" refers back to the NGO, else the other organisation, named before it.
def test_the_organisation_refers_to_an_organisation(nlp: Language) -> None:
    text = ("Vital Shyshou led the Belarusian House in Ukraine. "
            "The organisation states that there is no doubt he was killed.")
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == [("Belarusian House in Ukraine", "states")]


# A person named again by one part of the full name speaks as that person; with two people of that name part, as named.
NAME_PARTS = [
    ("Home Adviser Jahangir Alam Chowdhury spoke on Monday. Jahangir said the situation was improving.",
     [("Jahangir Alam Chowdhury", "the situation was improving")]),
    ("Ahmed Mansoor and Ahmed Samir met in London. Ahmed said the threats had grown.", [("Ahmed", "the threats had grown")]),
    # the same name spelt without its accents speaks as the name first given
    ("Recep Tayyip Erdoğan met the envoy. Later, Recep Tayyip Erdogan said he was saddened.",
     [("Recep Tayyip Erdoğan", "he was saddened")]),
    # a state's prosecutors speak as its prosecution's own name (national_bodies.tsv)
    ("Prosecutors in Chile said Friday they plan to request that Venezuela extradite two of its citizens.",
     [("public prosecutor", "they plan to request that Venezuela extradite two of its citizens")]),
    # an abbreviation given in brackets after a body's name speaks as that body
    ("The state-run Anadolu news agency (AA) said on Friday that the two men were detained. The men were handed over to "
     "the Ankara police, AA reported.",
     [("Anadolu Agency", "the two men were detained"), ("Anadolu Agency", "The men were handed over to the Ankara police")]),
    # an abbreviation that is the initials of a body the story named before speaks as that body, not as another body
    # of those initials the story never names (AFP: Agence France-Presse)
    ("The Australian Federal Police charged a woman on Monday. The AFP alleges the woman was tasked by China’s Public "
     "Security Bureau to covertly gather information.",
     [("Australian Federal Police", "the woman was tasked by China’s Public Security Bureau to covertly gather information")]),
    ("The Committee to Protect Journalists condemned the arrest. CPJ said the reporter was detained in Istanbul.",
     [("Committee to Protect Journalists", "the arrest"), ("Committee to Protect Journalists", "the reporter was detained in Istanbul")]),
    # (the body of those initials named in full itself: it speaks)
    ("Agence France-Presse (AFP) reported on the Australian Federal Police raid. AFP said the woman was tasked by "
     "China’s Public Security Bureau to covertly gather information.",
     [("Agence France-Presse", "the woman was tasked by China’s Public Security Bureau to covertly gather information")]),
    # a long name the recogniser cut short, its surname alone later: the whole name speaks, first and again
    ("Mae Kyaw Soe Nyunt, a Myanmar national living in Singapore, said that she was caught off-guard. "
     "“The passport was no longer valid,” Nyunt said.",
     [("Mae Kyaw Soe Nyunt", "she was caught off-guard"), ("Mae Kyaw Soe Nyunt", "The passport was no longer valid")]),
    # the first of two family names alone names the person ("Nieves" of "José Jasán Nieves Cárdenas")
    ("Cuban repression has followed editor José Jasán Nieves Cárdenas to the United States. "
     "Nieves says that he filed a complaint with the FBI.",
     [("José Jasán Nieves Cárdenas", "he filed a complaint with the FBI")]),
]


@pytest.mark.parametrize("text,expected", NAME_PARTS, ids=[t[:40] for t, _ in NAME_PARTS])
def test_name_part_speaks_as_the_full_name(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.content) for r in rows] == expected


def test_gazetteer_bodies_speak_by_their_whole_name(nlp: Language) -> None:
    # a hyphenated or numbered name the recogniser cuts ("OVD", "Group") speaks whole (actors.tsv)
    rows = run(nlp, "According to OVD-Info, they had gathered at the embassy in Moscow.", "attributions")
    assert [(r.source, r.cue) for r in rows] == [("OVD-Info", "According to")]
    rows = run(nlp, "The Group 24 opposition movement said on September 2 that Shobuddin Badalov was detained. According "
                    "to the group, his detainment is linked to his political activities.", "attributions")
    assert [(r.source, r.cue) for r in rows] == [("Group 24", "said"), ("Group 24", "According to")]


@pytest.mark.parametrize("text,expected", [
    # experts under an international body's name are a panel that speaks as written, and "they" goes on with it
    ("(10 February 2021) – UN human rights experts today urged Bosnia and Herzegovina to halt the extradition of Musaed "
     "Al Masailim to Kuwait. “We urge authorities to safeguard his rights,” they said.",
     [("UN human rights experts", "urged"), ("UN human rights experts", "said")]),
    ("Five independent United Nations human rights experts said on Tuesday that they were alarmed by reports that "
     "Uyghur activists face threats.",
     [("United Nations human rights experts", "said")]),
    # (one named among them: that person)
    ("United Nations human rights experts, including Rhona Smith, the Special Rapporteur on the situation of human "
     "rights in Cambodia, have told the Cambodian government they are extremely concerned.", [("Rhona Smith", "told")]),
    # (a group of them: the body)
    ("In 2021, a group of United Nations human rights experts wrote that at least 100 Turkish nationals had been "
     "forcibly transferred to Turkey.", [("United Nations", "wrote")]),
    # (the body itself, and experts named at it, not under its name: the body)
    ("The UN said on Tuesday that activists face threats.", [("United Nations", "said")]),
    ("Human rights experts at the UN said the trials violate basic rights.", [("United Nations", "said")]),
    # (the body's acronym alone before the noun, which the actor finder names no actor: the panel as written, and "the
    # experts" goes on with it)
    ("In the communication, UN experts expressed grave concern over the harassment of BBC Persian journalists. The UN "
     "experts also raised concerns about the surveillance of journalists.",
     [("UN experts", "expressed grave concern"), ("UN experts", "raised concerns")]),
    ("UN-affiliated experts warned in July that Bdap would be at risk of torture.", [("UN-affiliated experts", "warned")]),
    ("UN experts alarmed by repression of activists. The experts said they were worried about the activists.",
     [("UN experts", "said")]),
    # (not a panel the story names members of: no one, as before)
    ("UN experts alarmed by repression of activists. The experts, who include the Special Rapporteur on the situation "
     "of human rights defenders, said they had received accounts from activists.", []),
    # (not experts with no body's name, nor a country's acronym)
    ("Experts said the trials violate basic rights.", []),
    ("US experts said the trials violate basic rights.", []),
])
def test_experts_under_a_body_name_are_a_panel(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


def test_family_name_first_mention_is_the_full_name(nlp: Language) -> None:
    rows = run(nlp, "Zheng Congying was convicted in Brooklyn. Zheng said he was innocent.", "attributions")
    assert [(r.source, r.content) for r in rows] == [("Zheng Congying", "he was innocent")]


def test_family_name_alone_names_its_person(nlp: Language) -> None:
    rows = run(nlp, "Gui Minhai vanished in Pattaya. Gui said he had returned to face punishment.", "attributions")
    assert [(r.source, r.content) for r in rows] == [("Gui Minhai", "he had returned to face punishment")]


def test_patronymic_name_is_known_by_its_first_name(nlp: Language) -> None:
    rows = run(nlp, "Khalid Abu Bakar, the police chief, spoke. Khalid said four men left Malaysia.", "attributions")
    assert [(r.source, r.content) for r in rows] == [("Khalid Abu Bakar", "four men left Malaysia")]


# "they" continuing a plural description speaks for whom the description stands for, else for no one named
THEY_AFTER_DESCRIPTIONS = [
    ("Interpol met in Lyon on Monday. The experts said the notices were abused. They cited the case of Idris Hasan.", []),
    ("The Justice Department charged seven men. Prosecutors said the men stalked a dissident. They told jurors the payments "
     "were bribes.",
     [("Department of Justice", "the men stalked a dissident"), ("Department of Justice", "the payments were bribes")]),
    ("Amnesty International published a report. They said the trial was unfair.", [("Amnesty International", "the trial was unfair")]),
]


@pytest.mark.parametrize("text,expected", THEY_AFTER_DESCRIPTIONS, ids=[t[:40] for t, _ in THEY_AFTER_DESCRIPTIONS])
def test_they_continues_a_plural_description(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.content) for r in rows] == expected


# a person closing the subject's words right before the cue, after a title or a body's name the parser made the
# phrase's head, speaks, not the body
TITLED_PERSON_BEFORE_CUE = [
    ("Assistant Superintendent of Police (ASP) Mushfiqur Rahman Tushar, operations officer of RAB-1, confirmed the "
     "matter to the Daily Sun.", [("Mushfiqur Rahman Tushar", "confirmed")]),
    ("The spokesman of the US Department of State Ned Price said on Tuesday that the USA is looking into reports.",
     [("Ned Price", "said")]),
    ("Association of Rwandan Refugees in Mozambique president Cleophas Habiyareme said that the men left.",
     [("Cleophas Habiyareme", "said")]),
    # (not one described by a phrase of their own, nor a name inside a clause before the subject's verb)
    ("Ramzan Kadyrov rules Chechnya. A blogger from Chechnya critical of its strongman leader Ramzan Kadyrov said he "
     "had fended off an attacker.", []),
    ("Karnataka VHP leader Girish Bharadwaj while questioning the Congress government over inviting Prof Nitasha had "
     "then written to Amit Shah requesting the ministry to terminate her OCI card.",
     [("Girish Bharadwaj", "questioning"), ("Girish Bharadwaj", "requesting")]),
]


@pytest.mark.parametrize("text,expected", TITLED_PERSON_BEFORE_CUE, ids=[t[:40] for t, _ in TITLED_PERSON_BEFORE_CUE])
def test_person_after_a_title_before_the_cue_speaks(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


# the agent of a passive main verb whose subject is no person is, like its object, the pronoun's antecedent
PASSIVE_AGENT_ANTECEDENT = [
    ("Mr Justice Saini held on Monday that the state had no defence.\n\nThe claim was brought by Ghanem Al-Masarir, a "
     "satirist. He alleged that Saudi Arabia hacked his phones.",
     [("Saini", "held"), ("Ghanem Al-Masarir", "alleged")]),
    # (not where the subject is a person: "Saini" goes on)
    ("Mr Justice Saini held on Monday that the state had no defence.\n\nMr Justice Saini was briefed by Ghanem "
     "Al-Masarir. He said the claim was strong.",
     [("Saini", "held"), ("Saini", "said")]),
]


@pytest.mark.parametrize("text,expected", PASSIVE_AGENT_ANTECEDENT, ids=[t[:40] for t, _ in PASSIVE_AGENT_ANTECEDENT])
def test_pronoun_after_a_passive_takes_its_agent(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


def test_she_and_he_skip_people_of_the_other_gender(nlp: Language) -> None:
    text = (
        "Agnes Callamard investigated the killing for the UN. Mike Pompeo had spoken of a plan. "
        "Her report concluded that the killing was premeditated. He said the order came from the top."
    )
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == [("Agnes Callamard", "concluded"), ("Mike Pompeo", "said")]


PRONOUN_AND_TOLD_GENDER = [
    # a kinship noun beside a name tells the person's gender where the given name tells none ("her son Siam") or
    # tells the other ("Nusrat" is mostly a man's name; "sister of ..." in apposition)
    ('Tanya Tirawut’s son Siam fled to Laos after the coup. He went quiet months ago. "Yes," she says, "I think all '
     'three of them are dead."',
     [("Tanya Tirawut", "says")]),
    ("Nusrat Shahreen Raka, sister of TV presenter Kanak Sarwar, was arrested in Dhaka on Tuesday. Police officer "
     "Mushfiqur Rahman Tushar confirmed the matter. He said a vested quarter was spreading propaganda. Raka is an "
     "active member of the clique. She told officers that they had carried out propaganda.",
     [("Rahman Tushar", "confirmed"), ("Rahman Tushar", "said"), ("Nusrat Shahreen Raka", "told")]),
    # a person who is the subject of a clause of the sentence right before the pronoun's, whose main subject names no
    # one, outranks a main subject further back ("businessman" tells Hoang Duong is a man)
    ("Mike Burgess spoke in Canberra on Wednesday. The businessman Hoang Duong was found guilty in December 2023. It "
     "was the sixth threat assessment that Burgess has delivered. He said the agency had stopped the plot.",
     [("Mike Burgess", "said")]),
    # (not one of two such people)
    ("Mike Burgess spoke in Canberra on Wednesday. The businessman Hoang Duong was found guilty in December 2023. It "
     "was the sixth threat assessment that Burgess delivered after Tony Burke asked for one. He said the agency had "
     "stopped the plot.",
     [("Hoang Duong", "said")]),
    # "his" or "her" in the clause a person is the subject of tells the person's gender ("Mumtaz" is mostly a man's
    # name, "Kulbhushan" tells none)
    ("Responding to a question at her weekly media briefing, spokesperson Mumtaz Zahra Baloch said India had killed "
     "dissidents. She said in 2016 commander Kulbhushan Yadav confessed his involvement in terror. She said it was a "
     "reckless act.",
     [("Mumtaz Zahra Baloch", "said"), ("Mumtaz Zahra Baloch", "said"), ("Mumtaz Zahra Baloch", "said")]),
    # (not "her" in a clause with a subject of its own: the son's mother may be another)
    ("Officer Kulbhushan Yadav arrested the boy on Monday. Mumtaz Khan said her son was detained without a warrant. He "
     "said the police had no case.",
     [("Mumtaz Khan", "said"), ("Mumtaz Khan", "said")]),
    # a gendered title before another title ("Mr Justice Saini": "Saini" read as a woman's name)
    ("Ghanem Al-Masarir sued the kingdom in 2019. Mr Justice Saini gave judgment on Monday. He said the claim had a "
     "compelling basis.", [("Saini", "said")]),
]


@pytest.mark.parametrize("text,expected", PRONOUN_AND_TOLD_GENDER, ids=[t[:40] for t, _ in PRONOUN_AND_TOLD_GENDER])
def test_pronoun_skips_a_person_told_of_the_other_gender(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


PERSON_GENDERS = [
    ("Kim Jong Nam", None),
    ("Kim Jong-nam", None),
    ("Lee Kuan Yew", None),
    ("Park Geun-hye", None),
    ("Kim Kardashian", "f"),
    ("Lee Smith", "m"),
    ("Maria Chen", "f"),
    ("Wang Wenbin", None),
]


@pytest.mark.parametrize("name,expected", PERSON_GENDERS, ids=[n for n, _ in PERSON_GENDERS])
def test_gender_of_a_name_comes_from_its_given_name(name: str, expected: str | None) -> None:
    """A name written family name first ("Kim Jong Nam") has an East Asian given name, not the English "Kim"."""
    from pipeline.extract.names import person_gender

    assert person_gender(name) == expected


@pytest.mark.parametrize(
    "text,source",
    [
        ("Kim Jong Nam was killed at the airport. Agnes Callamard investigated it. He had told friends that he was watched.",
         "Kim Jong Nam"),
        ("Anna Smith met Kim Jong Nam in Macau. He told her he was afraid.", "Kim Jong Nam"),
        ("Kim Kardashian met Mike Pompeo in Washington. He told her he was busy.", "Mike Pompeo"),
    ],
    ids=["korean-name-is-he", "korean-name-after-a-woman", "english-kim-is-she"],
)
def test_he_finds_a_man_named_family_name_first(nlp: Language, text: str, source: str) -> None:
    rows = run(nlp, text, "attributions")
    assert [r.source for r in rows] == [source]


def test_civil_complaint_speaks_for_the_plaintiff(nlp: Language) -> None:
    text = "Omar Abdulaziz filed a lawsuit in Tel Aviv against NSO Group. The complaint alleges that Pegasus was installed on his phone."
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == [("Omar Abdulaziz", "alleges")]


LAWSUITS = [
    pytest.param(
        "A civil suit filed in Washington asserts that agents tried to kill a former official. "
        "The complaint accuses the crown prince of ordering it. None of the claims in Saad Aljabri's lawsuit has been tested.",
        [("Saad Aljabri", "asserts"), ("Saad Aljabri", "accuses")], id="plaintiff-named-later-as-owner"),
    pytest.param(
        "A lawsuit filed on Monday alleges that NSO Group hacked his phone. Omar Abdulaziz sued the company in Tel Aviv.",
        [("Omar Abdulaziz", "alleges")], id="plaintiff-named-later-as-subject"),
    pytest.param(
        "Orhan Agyun heard the news. Soon he filed a petition at the High Court. The petition stated that the family feared deportation.",
        [("Orhan Agyun", "stated")], id="plaintiff-as-pronoun"),
    pytest.param(
        "Amnesty International opened an office in Cairo. The suit states that the men were tortured.",
        [], id="no-plaintiff-no-source"),
]


@pytest.mark.parametrize(("text", "expected"), LAWSUITS)
def test_lawsuit_speaks_for_whoever_brought_it(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


INVERTED_AFTER_QUOTE = [
    pytest.param(
        'Amnesty International wrote to the minister.\n"Kenya must respect the principle of non-refoulement," read part of '
        "Amnesty International's letter.",
        [("Amnesty International", "read", "Kenya must respect the principle of non-refoulement")], id="read-part-of-statement"),
    pytest.param(
        'Human Rights Watch published a report on Tuesday.\n"Students face surveillance in Australia," the report read.',
        [("Human Rights Watch", "read", "Students face surveillance in Australia")], id="subject-before-cue"),
    pytest.param('Hundreds marched in Geneva.\n"Free them all," read a banner outside the embassy.', [], id="banner-no-speaker"),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_AFTER_QUOTE)
def test_inverted_subject_after_quote(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


NESTED_IN_QUOTE = [
    pytest.param(
        'Amnesty International wrote to the minister.\n"Amnesty International urges Kenya to respect the law," read part of '
        "Amnesty International's letter.",
        [("Amnesty International", "read")], id="cue-inside-quote-dropped"),
    pytest.param(
        'Amnesty International wrote to the minister. "Kenya must respect the law," the letter said. '
        "Kenya urged all refugees to register.",
        [("Amnesty International", "said"), ("Kenya", "urged")], id="cue-outside-quote-kept"),
]


@pytest.mark.parametrize(("text", "expected"), NESTED_IN_QUOTE)
def test_cue_inside_a_quote_is_no_claim_of_its_own(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


def test_charging_document_speaks_for_the_prosecution(nlp: Language) -> None:
    text = (
        "The Justice Department charged three men on Monday. The FBI arrested them in Brooklyn. "
        "The complaint alleges that the men were paid to watch a journalist."
    )
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == [("Department of Justice", "alleges")]


# A document of a criminal case ("court documents", "a criminal complaint", "the court filing", "the complaint" after a
# criminal one) with no owner named on it speaks for the prosecution named, else the generic public prosecutor; a
# complaint to the police, or court records named with other sources, do not.
COURT_FILINGS = [
    ("According to court documents, Tang was imprisoned in China.",
     [("public prosecutor", "According to", "Tang was imprisoned in China")]),
    ("The Justice Department charged Tang. According to court documents, Tang was imprisoned in China.",
     [("Department of Justice", "According to", "Tang was imprisoned in China")]),
    ("Officer Angwang reported to a consulate official, according to a criminal complaint filed Monday. Angwang invited "
     "the official to events, according to the complaint.",
     [("public prosecutor", "according to", "Officer Angwang reported to a consulate official"),
      ("public prosecutor", "according to", "Angwang invited the official to events")]),
    ("Angwang invited the official to events, according to the court filing.",
     [("public prosecutor", "according to", "Angwang invited the official to events")]),
    ("Members of the league filed a complaint with the police against Khalil. The complaint alleges that Khalil spread "
     "rumors.", []),
    ("According to court records and police reports, attacks on Sikhs have increased.", []),
]


@pytest.mark.parametrize("text,expected", COURT_FILINGS, ids=[t[:40] for t, _ in COURT_FILINGS])
def test_court_filing_speaks_for_the_prosecution(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


# A source is named as the actor's row names it where the article first writes another proper name of the body; a short
# form of the canonical name ("Amnesty") takes the canonical name.
SOURCES_AS_ROWS = [
    ("The “Caucasian Knot” has reported that law enforcers detained Mansur Movlaev.",
     [("Caucasian Knot", "law enforcers detained Mansur Movlaev")]),
    ("Kavkazski Uzel said the man was held. The Caucasian Knot reported that he was freed.",
     [("Kavkazski Uzel", "the man was held"), ("Kavkazski Uzel", "he was freed")]),
    ("Amnesty said the men were held.", [("Amnesty International", "the men were held")]),
]


@pytest.mark.parametrize("text,expected", SOURCES_AS_ROWS, ids=[t[:40] for t, _ in SOURCES_AS_ROWS])
def test_source_is_the_name_its_actor_row_gives(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.content) for r in rows] == expected


# A description two people fit ("the prince": one described as "a Saudi prince", one titled "Crown Prince") is the one
# who spoke last; when the one described did not speak last, the one titled nearer.
DESCRIPTION_OF_THE_SPEAKER = [
    ("Khaled bin Farhan al-Saud, a Saudi prince living in exile in Germany, told The Independent that Saudi authorities "
     "planned a kidnapping ploy against him. He believes it is part of a crackdown orchestrated by Crown Prince Mohamed "
     "Bin Salman. The 41-year-old prince said the authorities had promised his family a cheque.",
     [("Khaled bin Farhan al-Saud", "told"), ("Khaled bin Farhan al-Saud", "believes"), ("Khaled bin Farhan al-Saud", "said")]),
    ("Khaled bin Farhan al-Saud, a Saudi prince living in exile in Germany, was in Cairo. Crown Prince Mohamed Bin Salman "
     "met the king. The prince said the talks went well.",
     [("Mohamed Bin Salman", "said")]),
]


@pytest.mark.parametrize("text,expected", DESCRIPTION_OF_THE_SPEAKER, ids=[t[:40] for t, _ in DESCRIPTION_OF_THE_SPEAKER])
def test_description_two_fit_is_the_last_speaker(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the district its own words give, and the later bare mention and prosecutors follow it
        ("The US Attorney’s Office, Southern District of New York, said the man was recruited. "
         "A statement released by the US Attorney's Office alleged that he paid $100,000.",
         "United States Attorney's Office for the Southern District of New York"),
        ("The man was sentenced, the U.S. Attorney's Office for the District of Columbia announced.",
         "United States Attorney's Office for the District of Columbia"),
        ("The Manhattan U.S. Attorney's Office said the man was recruited.",
         "United States Attorney's Office for the Southern District of New York"),
        # or the seat told right after it
        ("The U.S. Attorney's office in Manhattan said the man was recruited.",
         "United States Attorney's Office for the Southern District of New York"),
        ("The U.S. Attorney's office in Los Angeles said the man was paid.",
         "United States Attorney's Office for the Central District of California"),
        # else the district of the story's federal court
        ("The U.S. Attorney's Office said the man was recruited. He appeared in federal court in Brooklyn on Tuesday.",
         "United States Attorney's Office for the Eastern District of New York"),
        # with no district told it keeps the bare name
        ("The U.S. Attorney's Office said the man was recruited.", "U.S. Attorney's Office"),
    ],
)
def test_us_attorney_office_by_district(nlp: Language, text: str, expected: str) -> None:
    assert {r.name for r in run(nlp, text, "actors") if "Attorney" in r.name} == {expected}
    assert {r.source for r in run(nlp, text, "attributions")} == {expected}


def test_parenthetical_cue_and_surname(nlp: Language) -> None:
    text = "ASIO is led by Mike Burgess. In one case, Burgess said, a foreign regime had tried to harm an activist."
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == [
        ("Mike Burgess", "said", "a foreign regime had tried to harm an activist")
    ]


def test_quotation_over_two_sentences(nlp: Language) -> None:
    text = 'Burgess heads ASIO. "We saw plots. We stopped them," Mike Burgess said.'
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.content, r.quote) for r in rows] == [("Mike Burgess", "We saw plots. We stopped them", "direct")]


def test_parenthetical_cue_after_its_claim(nlp: Language) -> None:
    rows = run(nlp, "Vladimir Putin spoke in Vladivostok. Russia knew who the two men were, he said.", "attributions")
    assert [(r.source, r.content) for r in rows] == [("Vladimir Putin", "Russia knew who the two men were")]


def test_count_linked_to_its_attribution(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Safeguard Defenders said that China runs 102 stations in 53 countries.", article_id="a"))
    [attribution] = doc._.tnr_attributions
    assert {c.attribution_id for c in doc._.tnr_counts} == {attribution.attribution_id}



def test_actors_and_places_do_not_import_each_other() -> None:
    """Issue 11: what both extractors need lives below them (pipeline.extract.names), so neither imports the other."""
    import ast
    from pathlib import Path

    extract = Path(__file__).resolve().parents[1] / "pipeline" / "extract"
    imported: dict[str, set[str]] = {}
    for name in ("actors", "places"):
        tree = ast.parse((extract / f"{name}.py").read_text(encoding="utf-8"))
        imported[name] = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not ("pipeline.extract.places" in imported["actors"] and "pipeline.extract.actors" in imported["places"])
    assert "pipeline.extract.actors" not in imported["places"]


# --- heading lines (actors skip unknown names in title-case headings) ------------------

HEADINGS = [
    ("Israel, Sweden: Iran Using Criminal Gangs for European Terror\n\nPolice said the plot failed.",
     "Israel, Sweden: Iran Using Criminal Gangs for European Terror"),
    ("Police said the plot failed.\nIran Using Criminal Gangs For Attacks Across European Capitals\nMore follows.",
     "Iran Using Criminal Gangs For Attacks Across European Capitals"),
    ("Police Said The Plot Failed In Several European Capitals.\n\nMore follows.", None),  # ends a sentence
    ("Iran Gangs Terror\n\nPolice said the plot failed.", None),  # too short
    ("Police said that the plot against critics in Europe failed.", None),  # not capitalised
    ("", None),
]


@pytest.mark.parametrize(("text", "heading"), HEADINGS, ids=["opening", "middle-line", "sentence", "short", "lowercase", "empty"])
def test_heading_tokens(nlp: Language, text: str, heading: str | None) -> None:
    from pipeline.extract.actors import _heading_tokens

    doc = nlp.make_doc(text)
    found = sorted(_heading_tokens(doc))
    if heading is None:
        assert found == []
    else:
        start = text.index(heading)
        assert doc[found[0] : found[-1] + 1].text == heading and found == list(range(found[0], found[-1] + 1))
        assert doc[found[0]].idx == start


PEOPLES_OF_SEVERAL_WORDS = [
    ("Hong Kongers and Crimean Tatars protested in London.", ["Hong Kongers", "Crimean Tatars"]),
    ("Falun Gong practitioners said they were followed.", ["Falun Gong practitioners"]),
    ("The crimean tatars were not named in capitals.", []),  # a name starts with a capital
    ("Hong Kong police issued the warrants.", []),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLES_OF_SEVERAL_WORDS, ids=["two", "with-noun", "lowercase", "place-not-people"])
def test_peoples_of_several_words(nlp: Language, text: str, expected: list[str]) -> None:
    from pipeline.extract.actors import _peoples_of_several_words
    from pipeline.resources import load_resources

    doc = nlp.make_doc(text)
    assert [actor.span.text for actor in _peoples_of_several_words(doc, load_resources())] == expected


# an acronym in brackets whose letters are the initials of the capitalised words before it defines a body; a place
# before the brackets ("Overseas Citizen of India (OCI)") is a status of a state, and other letters define nothing
DEFINED_ACRONYMS = [
    ("A member of the Montagnard Stand for Justice (MSFJ) was extradited.", ["Montagnard Stand for Justice"]),
    ("He lost his Overseas Citizen of India (OCI) card.", []),
    ("He spoke of Human Rights Concerns (XYZ) at length.", []),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED_ACRONYMS, ids=["initials", "place-before", "other-letters"])
def test_defined_acronyms(nlp: Language, text: str, expected: list[str]) -> None:
    from pipeline.extract.actors import _defined_acronyms
    from pipeline.resources import load_resources

    doc = nlp(text)
    assert [actor.span.text for actor in _defined_acronyms(doc, load_resources())] == expected


# a pronoun's belief in the present tense heading its own sentence is the position its speaker holds now; a belief in
# the past tense is a person's thoughts in the story, and one inside another clause is no claim of its own
PRESENT_BELIEFS = [
    ("Aaron said his parents called him. He suspects that a Chinese police officer was standing over his parents.",
     [("Aaron", "said", "his parents called him"),
      ("Aaron", "suspects", "a Chinese police officer was standing over his parents")]),
    ("Aaron said his parents called him. He believed that a Chinese police officer was standing over his parents.",
     [("Aaron", "said", "his parents called him")]),
    # "suspect X of Y" takes its object as "accuse X of Y" does; a suspect as a noun is no cue
    ("Ukraine suspects two residents of Kazakhstan of carrying out the attack.",
     [("Ukraine", "suspects", "two residents of Kazakhstan of carrying out the attack")]),
    ("Ukraine arrested two suspects in the attack.", []),
]


@pytest.mark.parametrize("text,expected", PRESENT_BELIEFS, ids=[t[:40] for t, _ in PRESENT_BELIEFS])
def test_present_belief_of_a_pronoun_is_a_position(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(r.source, r.cue, r.content) for r in run(nlp, text, "attributions")] == expected


# a dateline the parser took for a second subject ("BERLIN, March 3 — A blogger ... said") names no speaker; the one an
# adjective after a noun of the subject is about ("critical of its leader X") does not speak, nor does "another" of the
# kind named later; a person the lede introduces with "a" is the one the next sentence opens on
LEDE_BLOGGER = [
    ("Exiled blogger says he was attacked\n\nBERLIN, March 3 \u2014 A blogger from Russia's region of Dagestan critical "
     "of its leader Sergei Melikov said today he had fought off an attacker armed with a knife.\n\nRuslan Gadzhiev posted "
     "a video showing the attacker. The attack came weeks after another Dagestani blogger, Ali Magomedov, was found dead.",
     # (the headline's "Exiled blogger says" speaks for the one the lede's "A blogger ... said" stands for)
     [("Ruslan Gadzhiev", "says", "he was attacked"),
      ("Ruslan Gadzhiev", "said", "he had fought off an attacker armed with a knife")]),
    ("BERLIN, March 3 \u2014 A blogger critical of its leader Sergei Melikov was attacked on Monday.\n\nRuslan Gadzhiev "
     "posted a video showing the attacker.",
     []),
]


@pytest.mark.parametrize("text,expected", LEDE_BLOGGER, ids=[t[:40] for t, _ in LEDE_BLOGGER])
def test_lede_person_after_a_dateline_is_named_next(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(r.source, r.cue, r.content) for r in run(nlp, text, "attributions")] == expected


# a cue after the speaker in the sentence of a quotation's own cue ('"A," said X, adding that ...'), which the quotation
# goes on past ('... . "B."'), tells a claim of its own; a cue inside the quotation does not
QUOTE_WITH_ADDING = [
    ("Pavin Chachavalpongpun was attacked in Kyoto.\n\n\"The attacker clearly wanted to intimidate,\" said Pavin, adding "
     "that he had no personal disputes. \"The doctor said the chemical was not deadly.\"",
     [("Pavin Chachavalpongpun", "said"), ("Pavin Chachavalpongpun", "adding")]),
    ("Pavin Chachavalpongpun was attacked in Kyoto.\n\n\"The attacker clearly wanted to intimidate,\" said Pavin. "
     "\"The doctor said the chemical was not deadly.\"",
     [("Pavin Chachavalpongpun", "said")]),
]


@pytest.mark.parametrize("text,expected", QUOTE_WITH_ADDING, ids=[t[:40] for t, _ in QUOTE_WITH_ADDING])
def test_cue_after_the_speaker_of_a_continued_quote(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.source, r.cue) for r in run(nlp, text, "attributions")] == expected


# a bare "the official" or "the spokesperson" speaking right after a sentence whose cue the last speaker spoke goes on
# as that speaker, not as officials named earlier; after a sentence with no cue it refers back as before
OFFICIAL_GOES_ON = [
    ("British officials noted that the attack was meant to intimidate journalists. \"Both suspects have appeared before "
     "a court in Romania,\" a Crown Prosecution Service spokesperson said. \"We continue to work closely with Romanian "
     "authorities,\" the official added.",
     [("United Kingdom", "noted"), ("Crown Prosecution Service", "said"), ("Crown Prosecution Service", "added")]),
    ("British officials noted that the attack was meant to intimidate journalists. The suspects left the country on "
     "Monday. \"We continue to work closely with Romanian authorities,\" the official added.",
     [("United Kingdom", "noted"), ("United Kingdom", "added")]),
]


@pytest.mark.parametrize("text,expected", OFFICIAL_GOES_ON, ids=[t[:40] for t, _ in OFFICIAL_GOES_ON])
def test_bare_official_goes_on_as_the_last_speaker(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.source, r.cue) for r in run(nlp, text, "attributions")] == expected


# a cue joined by "but" to a negated verb is set against it and tells a claim ("did not give their identities but said");
# one joined by "or" to a negated cue is withheld with it ("did not confirm or deny")
BUT_AFTER_NEGATION = [
    ("Gitanas Nauseda did not give the identities of the attackers but said they would be expelled to Lithuania.",
     [("Gitanas Nauseda", "said", "they would be expelled to Lithuania")]),
    ("Gitanas Nauseda did not confirm or say that they would be expelled to Lithuania.", []),
]


@pytest.mark.parametrize("text,expected", BUT_AFTER_NEGATION, ids=[t[:40] for t, _ in BUT_AFTER_NEGATION])
def test_cue_set_against_a_negated_verb(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(r.source, r.cue, r.content) for r in run(nlp, text, "attributions")] == expected


@pytest.mark.parametrize("text,expected", [
    # "which he claims ...": the relative pronoun is the claim's subject, the cue's own subject speaks, the claim the
    # rest of the clause
    ("Izzak Amon criticized the Tajik embassy in Moscow, which he claims sold false documents to Tajik migrants.",
     [("Izzak Amon", "claims", "sold false documents to Tajik migrants")]),
    ("Turkey raided the office of the group, which the government says is linked to terrorism.",
     [("Turkey", "says", "is linked to terrorism")]),
    # a free relative: "what he says is ..."
    ("Jimenez Enoa was expelled from Cuba last year for writing what he says is the truth about the country's communist "
     "government.", [("Jimenez Enoa", "says", "is the truth about the country's communist government")]),
    # (no speaker named: no attribution)
    ("Amnesty International criticized the embassy, which officials say sold false documents to migrants.", []),
    # "the exiled journalist, who says": a definite description of the person named before speaks as that person
    ("Abraham Jimenez Enoa was followed in Madrid. The experience shook the exiled journalist, who says he decided to "
     "leave his adopted city of Barcelona for a while.",
     [("Abraham Jimenez Enoa", "says", "he decided to leave his adopted city of Barcelona for a while")]),
    # (a plural description: no one named)
    ("Protesters gathered near the embassy. They met the activists, who said they had been followed.", []),
])
def test_cue_in_relative_clause(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue, r.content) for r in rows] == expected


@pytest.mark.parametrize("text,expected", [
    # "she" continues an unnamed person introduced by "a" whom the story names later
    ("A young Chinese woman is sounding the alarm on a secret facility in Dubai. She claims that she was questioned "
     "there. Reporters said that Wu Huan, a 26-year-old woman, was on the run in Dubai.",
     [("Wu Huan", "sounding the alarm"), ("Wu Huan", "claims")]),
    # (one never named: no attribution)
    ("A friend of the family spoke to reporters. She claims that the men were police officers.", []),
])
def test_pronoun_continues_an_unnamed_person_named_later(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    rows = run(nlp, text, "attributions")
    assert [(r.source, r.cue) for r in rows] == expected


def test_pronoun_after_a_subject_hung_on_the_auxiliary(nlp: Language) -> None:
    # "Ablyazov, who ..., was last year sentenced": the parser hung the subject on "was"; it is still the main subject
    # "he" continues, not a description two sentences back
    rows = run(nlp, "Kazakhstan accuses Murat Tungishbayev of links to Mukhtar Ablyazov. The activist has denied he is a "
                    "member of the Ablyazov-led group. Ablyazov, who is believed to be based in France, was last year "
                    "sentenced in absentia to 20 years in jail for embezzling billions of dollars from BTA bank, once a "
                    "leading lender in Kazakhstan, in 2009. He has denied wrongdoing.", "attributions")
    assert [(r.source, r.content) for r in rows if r.content == "wrongdoing"] == [("Mukhtar Ablyazov", "wrongdoing")]
