"""Locations the way published reports write them: curly possessives, places the model misses or mislabels, datelines,
kinds of place named by a common noun, parts of a place in the possessive, one city in two forms (issue 11)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.nlp import make_doc
from pipeline.normalize import lookup_city

Place = tuple[str, str, str | None]


def places(nlp: Language, text: str) -> set[Place]:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    rows = doc._.tnr_locations
    for row in rows:
        assert row.text == text[row.char_start : row.char_end]
    return {(r.name, r.kind, r.country) for r in rows}


# (text, places that must be found, places that must not be)
CASES: list[tuple[str, str, set[Place], set[Place]]] = [
    ("curly-possessive", "Police were working with Saudi Arabia\u2019s embassy to send her back.",
     {("Saudi Arabia", "country", "SAU")}, set()),
    ("hyphen-longer-name", "He grew up in Kingston-upon-Thames, south-west of London.",
     {("London", "city", "GBR")}, {("Kingston", "city", "JAM")}),
    ("hyphen-known-name", "He lives in Southend-on-Sea and flew from Kingston to London.",
     {("Southend-on-Sea", "city", "GBR"), ("Kingston", "city", "JAM")}, set()),
    ("province-city", "Jiangsu Province’s Nantong public security bureau is believed to have set up a station.",
     {("Nantong", "city", "CHN")}, {("Nantong", "region", "CHN")}),
    ("city-quarter-stays", "They met in Manhattan's Chinatown.", {("Chinatown", "region", "USA")}, {("Chinatown", "city", "USA")}),
    # a release's dateline: a city in capitals alone on its line below the headline and the day; a heading that is
    # no place is none
    ("own-line-dateline", "Journalists in danger: Special Rapporteur\n26 June 2024\nGENEVA\nMany journalists in exile are at risk.",
     {("Geneva", "city", "CHE")}, set()),
    # a known city in capitals before a comma: a dateline whatever its comma leads to (a land no table holds as a
    # country, a province with a break after it); an acronym before a comma is none
    ("caps-dateline-region", "Exile returned\nERBIL, Kurdistan Region  Turkey has forcibly repatriated a relative.",
     {("Erbil", "city", "IRQ")}, set()),
    ("caps-dateline-acronym", "Report out\nHRW, which has focused on the abuses – said more.", set(),
     {("Hrw", "city", None)}),
    # a bullet closes a dateline as a dash does; a menu of sections between bullets is no place
    ("caps-dateline-bullet", "Senators get involved\n\nEDMONTON \u2022 At least two senators' offices have been briefed.",
     {("Edmonton", "city", "CAN")}, set()),
    ("bullet-menu", "News \u2022 Sport \u2022 Opinion\nThe report was released on Monday.", set(),
     {("News", "city", None), ("Sport", "city", None)}),
    # a city's park and a traffic circle are sites, a national park a region; a person with a feature's word for a
    # surname is no place
    ("city-park-site", "A group protested in Lafayette Park, then moved to Sheridan Circle in Washington.",
     {("Lafayette Park", "site", "USA"), ("Sheridan Circle", "site", "USA")}, {("Lafayette Park", "region", "USA")}),
    ("national-park-region", "Rhinos live in Chitwan National Park in Nepal.", {("Chitwan National Park", "region", "NPL")}, set()),
    ("park-surname", "The defector Yeonmi Park said she was followed in Seoul.", {("Seoul", "city", "KOR")},
     {("Yeonmi Park", "site", "KOR"), ("Yeonmi Park", "region", "KOR")}),
    # Iraq's autonomous Kurdistan Region is a region of Iraq (the Kurdistan of four countries stays an area), also
    # where the model's name runs into a run of spaces
    ("kurdistan-region", "He was killed in Erbil, the capital of the Kurdistan Region of Iraq, last week.",
     {("Kurdistan Region", "region", "IRQ")}, {("Kurdistan", "region", None)}),
    ("kurdistan-area", "Kurds in Kurdistan live in four countries.", {("Kurdistan", "region", None)}, set()),
    # a town no table knows, then a comma and a big city of its country: a district of the city, a region
    ("district-unknown-town", "Agents organised an assault on him in Knightsbridge, central London, in August 2018.",
     {("Knightsbridge", "region", "GBR"), ("London", "city", "GBR")}, {("Knightsbridge", "city", "GBR")}),
    ("city-then-country-part", "He moved from Lille, northern France, to Paris.", {("Lille", "city", "FRA")}, set()),
    # the US capital with its district written after it without a comma; the state stays the state
    ("washington-dc-no-comma", "The lawsuit was filed in a federal court in Washington D.C. on Friday.",
     {("Washington", "city", "USA")}, set()),
    ("washington-state", "He lives in Seattle, Washington state.", set(), {("Washington", "city", "USA")}),
    ("own-line-heading", "Exiles watched\nDISSIDENTS TARGETED\nMany journalists in exile are at risk.", set(),
     {("Dissidents Targeted", "city", None)}),
    # a province whose own name has a barred d ("Đắk Lắk") written plainly: that country's, not the story's other one
    ("plain-letter-province", "Thailand extradited him to Vietnam on Monday. He fled Bangkok after officials accused him of "
     "orchestrating riots in the central highlands province of Dak Lak in 2023.",
     {("Dak Lak", "region", "VNM")}, {("Dak Lak", "region", "THA")}),
    # a city before a body described in lowercase words is a place ("Malmö police"); in the body's proper name, none
    ("city-before-described-body", "The Fuzhou public security bureau has allegedly set up an office in Tokyo.",
     {("Fuzhou", "city", "CHN"), ("Tokyo", "city", "JPN")}, set()),
    ("city-in-body-name", "The Fuzhou Public Security Bureau has allegedly set up an office in Tokyo.",
     {("Tokyo", "city", "JPN")}, {("Fuzhou", "city", "CHN")}),
    # a city after a body's possessive before a word of its post there, in one name of the model's: the city named
    ("city-after-owner-possessive", "Within a week of returning to Twitter’s San Francisco base, he searched the data.",
     {("San Francisco", "city", "USA")}, set()),
    ("person-after-owner-possessive", "He returned to Twitter’s Jack Dorsey office staff.", set(),
     {("Jack Dorsey", "city", None)}),
    # a capitalised point of the compass the model leaves out of a country's name: the part of that country
    ("compass-word-before-country", "The suspects traveled from Uganda to Kisumu, Western Kenya, for training.",
     {("Western Kenya", "region", "KEN"), ("Kisumu", "city", "KEN")}, {("Kenya", "country", "KEN")}),
    ("compass-country-name-kept", "South Korea and North Korea held talks.",
     {("South Korea", "country", "KOR"), ("North Korea", "country", "PRK")}, set()),
    ("untagged-city", "The murders of Mohammad Samadi in Almere in 2015 shocked the country.",
     {("Almere", "city", "NLD")}, set()),
    ("mislabelled-city", "Austrian police arrested a suspect in Linz within hours.", {("Linz", "city", "AUT")}, set()),
    ("city-after-or", "Nobody in Rabat or Casablanca seemed to mind.", {("Casablanca", "city", "MAR")}, set()),
    # a hyphenated point of the compass before a lowercase division word describes the place named after it
    ("compass-description-of-region", "Its policies in the restive North-western province of Xinjiang forced many to flee.",
     {("Xinjiang", "region", "CHN")}, {("North-western province", "region", "CHN")}),
    # a point of the compass before a country's name: a part of that country, not of a country named near it
    ("compass-part-of-country", "Exiles have protested in Turkey, the United States, and Northern Cyprus since May.",
     {("Northern Cyprus", "region", "CYP"), ("Turkey", "country", "TUR")}, {("Northern Cyprus", "region", "USA")}),
    # a name before a noun that is only a small town abroad, in a country the story never names: no place
    ("small-namesake-modifier", "Police in Morocco arrested members of the Hirak movement in Rabat last year.",
     {("Rabat", "city", "MAR")}, {("Hirak", "city", "SYR")}),
    ("small-town-kept", "Police in Morocco said the activist had fled to Al Hoceima in the north.",
     {("Al Hoceima", "city", "MAR")}, set()),
    # a small town abroad before the noun of an act is where the act happened, a place ("the Salisbury poisoning")
    ("small-town-before-act", "Russia denied that its spies carried out the Salisbury poisoning.",
     {("Salisbury", "city", "GBR")}, set()),
    # areas spanning countries named in the region table, no country; not inside a body's name or a title
    ("area-caribbean", "He set up a refinery in Saint Lucia, a Caribbean island.", {("Caribbean", "region", None)}, set()),
    ("area-great-lakes", "President of this Great Lakes country since 2000, he was returned to power.",
     {("Great Lakes", "region", None)}, set()),
    ("area-in-body-name", "(MENAFN- Caribbean News Global) NEW YORK, USA - Yuanjun Tang was charged.",
     {("New York", "city", "USA")}, {("Caribbean", "region", None)}),
    ("area-in-title", "They have to look over their shoulders, said Amnesty International's Director for East Africa, "
     "the Horn and the Great Lakes.", set(), {("Great Lakes", "region", None)}),
    ("area-central-america", "Migrants from Central America crossed into Mexico.", {("Central America", "region", None)}, set()),
    # a given name the model tags a person after a comma is the person, not a namesake city
    ("given-name-no-city", "He is protesting in London for his father, Hassan, an opposition leader jailed in Bahrain.",
     {("London", "city", "GBR")}, {("Hassan", "city", "IND")}),
    # the model's one organisation of a city in the possessive, not after a word of where: a title, no part of the city
    ("possessed-title-no-part", "According to the new edition of London\u2019s Diplomat List, ten officials work at the embassy.",
     set(), {("Diplomat List", "region", None)}),
    # a people's adjective before a division word describes an area, names none
    ("people-adjective-region", "Protests spread across the marginalized Berber region of Morocco in 2016.",
     {("Morocco", "country", "MAR")}, {("Berber", "region", "MAR")}),
    # the model's organisation cut before "of" and a country: the country is part of the body's name
    ("org-name-of-country", "Police in Tbilisi detained the deputy leader of the Popular Front Party of Azerbaijan on Monday.",
     {("Tbilisi", "city", "GEO")}, {("Azerbaijan", "country", "AZE")}),
    # a region after a title and a comma or "for" is the post's remit, no place named
    ("title-then-region", "Police in Nairobi detained them.\n\nSincerely,\n\nJane Doe\nDirector, West and Horn of Africa, Rights Watch",
     {("Nairobi", "city", "KEN")}, {("Horn of Africa", "region", None), ("Africa", "region", None)}),
    ("title-for-region", "Police in Nairobi detained them, said Jane Doe, director for Central Asia at the group.",
     {("Nairobi", "city", "KEN")}, {("Central Asia", "region", None)}),
    # a region after "the" in a title's remit ("for Asia and the Pacific"), and a body's unit named after the region
    # it covers, name no place; a city's "division" is a body's office in that city, a place
    ("title-for-the-region", "Police in Bangkok detained them, said Jane Doe, the agency's Regional Director for Asia and the Pacific.",
     {("Bangkok", "city", "THA")}, {("Pacific", "region", "THA"), ("Asia", "region", None)}),
    ("unit-of-region", "Police in Bangkok detained them, said Jane Doe, deputy head of the group's Asia division.",
     {("Bangkok", "city", "THA")}, {("Asia", "region", None)}),
    ("unit-in-city", "The woman was questioned by agents of the FBI's Boston division on Monday.",
     {("Boston", "city", "USA")}, set()),
    # a name the tables do not know, read as a place by the model, needs a word of where or of a kind of place
    ("unknown-loc-gloss",
     "Media reports in Uzbekistan linked the case to his posts critical of the president written under the pen name Qora Mergan (Black Shooter).",
     {("Uzbekistan", "country", "UZB")}, {("Black Shooter", "region", "UZB")}),
    ("unknown-loc-after-cue", "The river runs north for about 45 miles to the Strait of Juan de Fuca.",
     {("Strait of Juan de Fuca", "region", None)}, set()),
    # a town before a noun of an agreement names the treaty, no place; a country before one is a party, still a place
    ("treaty-after-town", "Police in London said the Vienna convention kept them out of the embassy.",
     {("London", "city", "GBR")}, {("Vienna", "city", "AUT")}),
    # both names of a pair after a court's "of" are the court's name; a pair after "in" stays two places
    ("court-name-pair", "He was sentenced at the High Court of England and Wales, then moved to Scotland.",
     {("Scotland", "region", "GBR")}, {("Wales", "region", "GBR"), ("England", "region", "GBR")}),
    ("pair-not-court-name", "He was tried in England and Wales.", {("England", "region", "GBR"), ("Wales", "region", "GBR")}, set()),
    # an Albanian city's definite form ("Gjakova" of Gjakovë) is the city, of Kosovo's null country; an English word
    # ending in "a" is no such form
    ("albanian-definite-form", "Police arrested three in Gjakova and two in Prizren.",
     {("Gjakova", "city", None), ("Prizren", "city", None)}, set()),
    # a dateline's hyphen written against its city in capitals, one token; a wire's name so written is no place
    ("dateline-hyphen-token", "Iran denies plot\nTEHRAN- The network's accusations have been denied by the embassy.",
     {("Tehran", "city", "IRN")}, set()),
    ("agency-hyphen-token", "Police statement\n(MENAFN- PR Newswire) The RCMP said on Monday it had laid charges.",
     set(), {("Menafn", "city", "IRN")}),
    # bare "Congo" is the larger state, as news writes it; the smaller one is named as a republic
    ("congo-bare", "Rwanda has long been accused of backing rebels in Congo.",
     {("Democratic Republic of the Congo", "country", "COD")}, {("Republic of the Congo", "country", "COG")}),
    ("congo-republic", "He fled to the Republic of Congo in 2019.", {("Republic of the Congo", "country", "COG")}, set()),
    ("agreement-of-countries", "The court in London ruled on the UK-Rwanda agreement last year.",
     {("London", "city", "GBR"), ("Rwanda", "country", "RWA")}, set()),
    # a big city the model reads as a person or a body that is the subject of a verb acts as its government
    ("big-city-subject", "Exiles blamed the government for the attack. Astana denied the accusations on Monday.",
     {("Astana", "city", "KAZ")}, set()),
    ("surname-subject-no-city", "Lawyers for Maria Lima said the claim was false. Lima denied the accusations on Monday.",
     set(), {("Lima", "city", "PER")}),
    # a small town named with a comma before a big city of its country is a district of that city
    ("district-of-big-city", "Men were seen filming outside the offices in Chiswick, west London, last year.",
     {("Chiswick", "region", "GBR"), ("London", "city", "GBR")}, {("Chiswick", "city", "GBR")}),
    ("town-and-big-city", "The activists moved from Chiswick to London last year.",
     {("London", "city", "GBR")}, {("Chiswick", "region", "GBR")}),
    ("region-after-and", "People were arrested in London and Yorkshire at the start of the month.",
     {("Yorkshire", "region", "GBR")}, set()),
    # a nationality is no town, though a town is called so
    ("demonym-no-town", "Rights groups and Thai lawmakers condemned the deportation from Thailand.",
     {("Thailand", "country", "THA")}, {("Thai", "city", "MYS")}),
    ("plural-division", "Forecasters said parts of Shizuoka and Kanagawa prefectures in Japan could see floods.",
     {("Shizuoka", "region", "JPN"), ("Kanagawa", "region", "JPN")}, {("Shizuoka", "city", "JPN")}),
    # a part of a city named by a point of the compass, which the model reads with the city as one place
    ("compass-part-of-city", "Two centres operate on the South Shore of Montreal, police said.",
     {("South Shore", "region", "CAN"), ("Montreal", "city", "CAN")}, {("South Shore of Montreal", "region", "CAN")}),
    ("compass-name-whole", "Israeli settlers attacked villages in the West Bank of the Jordan valley.",
     {("West Bank", "region", "PSE")}, set()),
    # the model's one organisation from a city over its part, after a curly possessive: the part is a place
    ("possessed-part-one-org", "There was activity inside a house in Lahore\u2019s Wapda Town on September 27, 2017.",
     {("Lahore", "city", "PAK"), ("Wapda Town", "region", "PAK")}, set()),
    ("possessed-body-one-org", "He was held by Lahore\u2019s Police Department for weeks.",
     {("Lahore", "city", "PAK")}, {("Police Department", "region", "PAK")}),
    # "the city's": the city named last holds the part a kind word names; "area" is dropped from the name
    ("city-anaphor-part", "Karegeya flew to Johannesburg. He was found dead in the city's affluent Sandton area.",
     {("Johannesburg", "city", "ZAF"), ("Sandton", "region", "ZAF")}, {("Sandton area", "region", "ZAF")}),
    ("city-anaphor-no-kind", "Karegeya flew to Johannesburg. The city's Mayor Dada Morero spoke.",
     {("Johannesburg", "city", "ZAF")}, {("Mayor Dada Morero", "region", "ZAF")}),
    # "area" names a part of a town only with the town after "of"; alone it is the area around a place
    ("area-of-town", "Armed men seized four Turkish nationals in the Kileleshwa area of Nairobi on Friday.",
     {("Kileleshwa", "region", "KEN"), ("Nairobi", "city", "KEN")}, set()),
    ("area-around-town", "Floods hit the Tokyo area on Friday.",
     {("Tokyo", "city", "JPN")}, {("Tokyo", "region", "JPN"), ("Tokyo area", "region", "JPN")}),
    # a town the tables lack, described after a comma by the place it is the capital or a town of
    ("town-described-capital-of", "Prosecutors opened a probe into the rallies in Khorog, the capital of GBAO, last year.",
     {("Khorog", "city", "TJK"), ("Gorno-Badakhshan", "region", "TJK")}, set()),
    ("town-not-described", "Prosecutors opened a probe into the rallies in Khorog, the statement of the court said.",
     set(), {("Khorog", "city", "TJK")}),
    ("province-of", "He was detained by police in the province of Adana in Turkey.",
     {("Adana", "region", "TUR")}, {("Adana", "city", "TUR")}),
    ("city-of-demonym", "He was shot in the Swedish city of Str\u00f6msund three years ago.",
     {("Str\u00f6msund", "city", "SWE")}, set()),
    # "state" before "of" names a state or province after a nationality or a country; no name, no place
    ("state-of-demonym", "He spoke in the Indian state of Goa during the conference.",
     {("Goa", "region", "IND")}, set()),
    ("state-of-country", "He was born in the US state of New York.",
     {("New York", "region", "USA")}, {("New York", "city", "USA")}),
    ("state-of-no-name", "Officials declared a state of emergency in Nepal.", {("Nepal", "country", "NPL")}, set()),
    ("state-of-country-name", "The Gulf state of Qatar hosted the talks.", {("Qatar", "country", "QAT")},
     {("Qatar", "region", "QAT")}),
    # a city in apposition after "capital", which the model reads as a person or a body
    ("capital-apposition-person", "Putin flattened their capital Grozny in the same way.", {("Grozny", "city", "RUS")}, set()),
    ("capital-apposition-org", "The exiles fled the Chechen capital Grozny last year.", {("Grozny", "city", "RUS")}, set()),
    ("capital-no-place", "The venture capital Sequoia invested in the firm.", set(), {("Sequoia", "city", "USA")}),
    # a place of no country where first named (a headline) is where a later mention of it is
    ("later-mention-country", "Guards beat protesters at Sheridan Circle on Monday. Officials of the United States "
     "protested. The protesters went back to Sheridan Circle the next day.",
     {("Sheridan Circle", "site", "USA")}, {("Sheridan Circle", "site", None)}),
    # "a district of Berlin" is part of the city: Berlin stays the city
    ("a-district-of", "He was seized in broad daylight from a leafy district of Berlin in Germany.",
     {("Berlin", "city", "DEU")}, {("Berlin", "region", "DEU")}),
    ("the-region-no-name", "The Chinese region is large. The region of Xinjiang is in China.",
     {("Xinjiang", "region", "CHN")}, {("The Chinese", "region", "BRA"), ("Chinese", "region", None)}),
    ("titled-region", "Uyghurs come from what China calls the Xinjiang Autonomous Region.",
     {("Xinjiang", "region", "CHN")}, {("Xinjiang Autonomous Region", "region", None)}),
    ("possessive-part", "He was held at an office building in Manhattan's Chinatown.",
     {("Manhattan", "region", "USA"), ("Chinatown", "region", "USA")}, set()),
    ("possessive-site", "He was held at Tehran\u2019s notorious Evin prison.",
     {("Tehran", "city", "IRN"), ("Evin prison", "site", "IRN")}, set()),
    ("possessive-in-org", "The raid took place inside a house in Lahore\u2019s Wapda Town in Pakistan.",
     {("Lahore", "city", "PAK")}, set()),
    # named again alone, a part of a place is still that part, not a namesake city elsewhere
    ("part-named-again", "The station was in an office building in Manhattan's Chinatown. It served many immigrants "
     "in Chinatown.", {("Chinatown", "region", "USA")}, {("Chinatown", "city", "USA")}),
    ("country-possessive-suffix", "He grew up in Georgia's Pankisi Gorge.", {("Pankisi Gorge", "region", "GEO")}, set()),
    # bodies and people in the possessive are no places
    ("possessive-body", "Beijing's Ministry of Public Security denied the report.",
     {("Beijing", "city", "CHN")}, {("Ministry of Public Security", "region", "CHN")}),
    ("possessive-org-name", "Researchers at the University of Toronto\u2019s Munk School found the spyware.",
     set(), {("Toronto", "city", "CAN"), ("Munk School", "region", "CAN")}),
    ("dateline-agency", "JOHANNESBURG (AP) \u2014 The man was kidnapped in Dubai.", {("Johannesburg", "city", "ZAF")}, set()),
    ("dateline-country", "Mal\u00e9, Maldives \u2014 The U.S. Justice Department announced charges.",
     {("Mal\u00e9", "city", "MDV")}, {("Mal\u00e9", "region", "MDV")}),
    ("dateline-small-town", "MORAVIA, COSTA RICA: A retired officer was shot.", {("Moravia", "city", "CRI")}, set()),
    ("dateline-country-agency", "TALLINN, ESTONIA (AP) \u2013 A court in Belarus sentenced her in absentia.",
     {("Tallinn", "city", "EST"), ("Estonia", "country", "EST")}, set()),
    # a name with its description after a comma is no dateline
    ("org-description-no-dateline", "Report summary\n\nFreedom House, the Washington-based watchdog, counted 735 cases.",
     set(), {("Freedom House", "city", "USA")}),
    # a headline that opens with two countries is no dateline
    ("headline-no-dateline", "Israel, Sweden: Iran Using Criminal Gangs for Terror\n\nIran is using gangs.",
     {("Israel", "country", "ISR"), ("Sweden", "country", "SWE")}, {("Israel", "city", "SWE")}),
    ("town-in-country", "He was attacked by a man from his congregation in Str\u00f6msund in northern Sweden.",
     {("Str\u00f6msund", "city", "SWE")}, set()),
    ("state-in-country", "Iran was behind the killings of two opponents of the Islamic Republic in the Netherlands.",
     {("Netherlands", "country", "NLD")}, {("Islamic Republic", "city", "NLD")}),
    ("union-as-area", "Refugees face the security apparatus of Damascus in the EU.", {("European Union", "region", None)}, set()),
    ("union-entered", "Prosecutors said he had entered the European Union on a passport issued in Russia.",
     {("European Union", "region", None)}, set()),
    # the union acting, addressed or modifying a noun is a body, not an area
    ("union-as-body", "The EU said it would impose sanctions, and EU countries agreed. A strong signal from EU followed.",
     set(), {("European Union", "region", None)}),
    ("named-site-outside", "He was shot outside the Guru Nanak Sikh Gurdwara in Surrey, British Columbia.",
     {("Guru Nanak Sikh Gurdwara", "site", "CAN")}, set()),
    ("named-site-read-as-org", "Police have cordoned off the Miracle Transit Hotel in Bangkok, Thailand.",
     {("Miracle Transit Hotel", "site", "THA")}, set()),
    # a body that acts, or where people come from, is no site
    ("institution-acting", "The Carter Center said the vote in Kenya was fair.", {("Kenya", "country", "KEN")},
     {("Carter Center", "site", "KEN")}),
    ("institution-affiliation", "Twenty students from Cairo's al-Azhar University were arrested in Egypt.",
     {("Cairo", "city", "EGY")}, {("al-Azhar University", "site", "EGY")}),
    # an institution the model reads as a body, where a verb puts someone, is a site: not whom one writes to, a source,
    # or where one studies
    # a name before a lowercase kind of military detention is that site; a demonym before it names none
    ("military-barracks", "He is being held at Makindye military barracks in Kampala.",
     {("Makindye military barracks", "site", "UGA")}, set()),
    ("demonym-military-barracks", "The Ugandan military barracks in Kampala were guarded.", {("Kampala", "city", "UGA")},
     {("Ugandan military barracks", "site", "UGA")}),
    ("institution-held-at", "Gupta is held at the Metropolitan Detention Center in Brooklyn, New York.",
     {("Metropolitan Detention Center", "site", "USA")}, set()),
    ("institution-taken-to", "The journalist went to the Charite Hospital in Berlin.", {("Charite Hospital", "site", "DEU")}, set()),
    ("institution-taken-to-passive", "He was taken to the Royal Melbourne Hospital.",
     {("Royal Melbourne Hospital", "site", "AUS")}, set()),
    # a university only as the place of an event, of a side of it or of nearness is a site, in the country of the
    # province it is "of"; where one studies or teaches it is not
    ("university-rally-at", "Hundreds joined a rally at the University of Queensland.",
     {("University of Queensland", "site", "AUS")}, set()),
    ("university-side-of", "He staged a demonstration outside the entrance of the University of Sydney.",
     {("University of Sydney", "site", "AUS")}, set()),
    ("university-gathered-outside", "Protesters in New York gathered outside Columbia University.",
     {("Columbia University", "site", "USA")}, set()),
    ("university-professor-at", "She is a professor at the University of Queensland.", set(),
     {("University of Queensland", "site", "AUS")}),
    ("institution-written-to", "He wrote to the Carter Center in Atlanta.", {("Atlanta", "city", "USA")},
     {("Carter Center", "site", "USA")}),
    ("institution-source", "According to the Belgrade Centre, Serbia extradited him.", set(), {("Belgrade Centre", "site", "SRB")}),
    ("institution-studied-at", "He studied at Columbia University in New York.", set(), {("Columbia University", "site", "USA")}),
    ("city-with-title", "New Zealand played Italy in Toyota City, Japan.", {("Toyota", "city", "JPN")}, set()),
    # a street named again is where it was the first time, whatever was named just before it
    ("site-named-again", "Fliers were posted on Massachusetts Avenue in Boston. China denied it. Beijing said so. "
     "Fliers appeared again later on Massachusetts Avenue.",
     {("Massachusetts Avenue", "site", "USA")}, {("Massachusetts Avenue", "site", "CHN")}),
    # a place without an ISO 3166 code is a region of no country (GUIDELINES.md country codes)
    ("no-iso-code", "Critics were kidnapped worldwide from Kosovo to Kenya by Turkish agents.",
     {("Kosovo", "region", None), ("Kenya", "country", "KEN")}, set()),
    ("possessive-person", "It was Aly\u2019s uncle who was arrested in Cairo, Egypt.", {("Cairo", "city", "EGY")}, set()),
    # a region of the table named in the possessive with its division word keeps the table's country
    ("possessive-region-word", "Uighurs have fled unrest in China's western Xinjiang region.",
     {("Xinjiang", "region", "CHN")}, {("Xinjiang", "region", None)}),
    ("possessive-region-word-curly", "He was a critic of the leader of Russia\u2019s Chechnya region.",
     {("Chechnya", "region", "RUS")}, {("Chechnya", "region", None)}),
    # "a <city> township": one of the city's divisions, the city named; "in Nyanga township" names the division
    ("one-of-its-divisions", "He was shot dead as he delivered furniture in a Cape Town township.",
     {("Cape Town", "city", "ZAF")}, {("Cape Town", "region", "ZAF")}),
    ("named-division", "He was shot in Nyanga township in South Africa.", {("Nyanga", "region", "ZAF")}, set()),
    # a big city's district before the noun it modifies is the city ("St. Petersburg district councilman"); a district
    # of its own name is a region (below: "the Shevchenkivskyi district of Kyiv")
    ("district-of-big-city", "Serbia refused to extend the residency of St. Petersburg district councilman Vladimir Volokhonsky.",
     {("St. Petersburg", "city", "RUS")}, {("St. Petersburg district", "region", "RUS")}),
    ("district-of-its-name", "He lived in the district of Fatih in Istanbul.", {("Fatih", "region", "TUR")}, set()),
    # groups of countries named by their region's adjective and a plural noun are the region; the sea is its own
    ("baltic-states", "Cases have been launched against Baltic state officials and Western journalists.",
     {("Baltic states", "region", None)}, set()),
    ("balkan-countries", "Arrests took place in several Balkan countries, officials said.", {("Balkans", "region", None)}, set()),
    ("baltic-sea", "The ship sank in the Baltic Sea.", {("Baltic Sea", "region", None)}, {("Baltic states", "region", None)}),
    # "the <Name> district of <city>": the city holds the named district, it stays a city
    ("named-district-of-city", "They drove to their flat in the Shevchenkivskyi district of Kyiv, Ukraine.",
     {("Kyiv", "city", "UKR"), ("Shevchenkivskyi district", "region", "UKR")},
     {("Kyiv", "region", "UKR"), ("Shevchenkivskyi", "region", "UKR")}),
    # a people, a point of the compass alone or a state's title alone names no place; full names still do
    ("people-no-place", "He documented abuses against Uyghurs in Xinjiang province.", {("Xinjiang", "region", "CHN")},
     {("Uyghurs", "city", "CHN")}),
    ("compass-alone", "The leak put their families still in the North at risk, South Korea said.",
     {("South Korea", "country", "KOR")}, {("North", "city", "USA"), ("North", "region", None)}),
    ("compass-in-name", "He moved to the West Bank and later to North Korea.",
     {("West Bank", "region", "PSE"), ("North Korea", "country", "PRK")}, set()),
    ("title-alone", "Kolezev, the chief editor of news outlet Republic, fled Russia.", {("Russia", "country", "RUS")},
     {("Republic", "city", "USA")}),
    # a country's name the model reads alone as a person is the country, unless it is a given name ("Jordan said")
    ("country-read-as-person", "I thought I would be safe here. But now I realize China is telling Nepal what to do.",
     {("Nepal", "country", "NPL")}, set()),
    ("given-name-country", "Jordan said he would play again next season.", set(), {("Jordan", "country", "JOR")}),
    # a site's name that goes on with "of" after its kind ("the Palace of Justice") used as a place is a site
    ("site-kind-of-name", "He was arrested by the Jordanian police and brought to the Palace of Justice in Amman.",
     {("Palace of Justice", "site", "JOR"), ("Amman", "city", "JOR")}, set()),
    ("institution-of-name-is-no-site", "She studied at the University of Toronto in Canada.", set(),
     {("University of Toronto", "site", "CAN")}),
    ("country-of-two-words-read-as-person", "Sri Lanka today suspended a brigadier who was filmed in London.",
     {("Sri Lanka", "country", "LKA")}, set()),
    ("person-with-country-name", "Chad Smith said he would play again next season.", set(), {("Chad", "country", "TCD")}),
    # a town and its state or the District read as one entity: the town is the place named
    ("city-comma-district", "(Washington, DC ) \u2013 The harassment of relatives in Egypt continues.",
     {("Washington", "city", "USA")}, set()),
    ("city-comma-district-inline", "The protest took place in Washington, DC, on Monday.", {("Washington", "city", "USA")},
     set()),
    ("city-comma-country", "Police raided a flat in Bangkok, Thailand.",
     {("Bangkok", "city", "THA"), ("Thailand", "country", "THA")}, set()),
    # a named detention site written with lowercase kind words; a known place before them stays that place
    ("named-detention-centre", "The detainees were being held at the Suan Phlu immigration detention centre in Bangkok.",
     {("Suan Phlu immigration detention centre", "site", "THA"), ("Bangkok", "city", "THA")}, set()),
    ("named-detention-center-code", "He was held at the T-16 detention center in Hanoi, Vietnam.",
     {("T-16 detention center", "site", "VNM")}, set()),
    ("place-before-detention-words", "He was held in the Bangkok immigration detention centre.",
     {("Bangkok", "city", "THA")}, {("Bangkok immigration detention centre", "site", "THA")}),
    ("unnamed-detention-centre", "Police took him to a detention centre in Bangkok.", {("Bangkok", "city", "THA")},
     {("detention centre", "site", "THA")}),
    ("kind-of-name-keeps", "He was born in the province of Hunan in China.", {("Hunan", "region", "CHN")}, set()),
    # a city named after a place says where it is only when it follows right after it: not "on behalf of" a city's body
    ("place-then-body-of-city", "Lu Jianwang, of the Bronx, and Chen Jinping, of Manhattan, are US citizens. Prosecutors "
     "said the pair opened the station in 2022 in an office building on East Broadway on behalf of the Fuzhou branch of "
     "China's Ministry of Public Security.", {("East Broadway", "site", "USA")}, {("East Broadway", "site", "CHN")}),
    # a street named Broadway is a site, like a street or an avenue
    ("broadway-street", "The station operated from an office on East Broadway in Manhattan.",
     {("East Broadway", "site", "USA")}, {("East Broadway", "region", "USA")}),
    # "New York" after an American town and a comma is the state; in a list of cities it stays the city
    ("town-comma-state", "Quanzhong An, of Roslyn, New York, met the man repeatedly.",
     {("New York", "region", "USA")}, {("New York", "city", "USA")}),
    # a region named with a kind word ("Coast") is no namesake abroad in a country the article does not name
    ("coast-not-abroad", "The strike hit ports across the United States. Dockworkers on the West Coast agreed a contract.",
     {("West Coast", "region", "USA")}, {("West Coast", "region", "NZL")}),
    ("cities-list-new-york", "Offices in Chicago, New York and Boston were searched.",
     {("New York", "city", "USA")}, {("New York", "region", "USA")}),
    ("site-in-city", "The final was played at the Khalifa International Stadium in Doha, Qatar's capital.",
     {("Khalifa International Stadium", "site", "QAT")}, set()),
    # a district no city table lists is not the Rwandan town one of whose old names it shares
    ("township-no-namesake", "An exiled critic of the government of Rwanda was shot dead in Nyanga township in Cape Town, "
     "South Africa.", {("Nyanga", "region", "ZAF")}, {("Nyanga", "region", "RWA"), ("Nyanza", "region", "RWA")}),
    # a named court where someone appears is a site (GUIDELINES.md: a named building or body used only as a place);
    # its country is the one around it, not a namesake city in its name (Westminster, Colorado)
    ("court-as-site", "Police in London charged three men. They spoke only to confirm their names during a short "
     "hearing at Westminster Magistrates' Court.", {("Westminster Magistrates' Court", "site", "GBR")}, set()),
    ("courts-appear-in", "Police in Hong Kong arrested him. He is expected to appear in West Kowloon Magistrates\u2019 "
     "Courts later in the day.", {("West Kowloon Magistrates\u2019 Courts", "site", "HKG")}, set()),
    ("court-named-after-city", "Police officers stand guard at the Hefei City Intermediate People's Court in Hefei, China.",
     {("Hefei City Intermediate People's Court", "site", "CHN")}, set()),
    # the court a claim or petition is brought to is a place too, with its name's "for"/"of" part; it is the body
    # addressed where a court acts in the story ("the court ordered"); a court named only by its rank names no building
    ("court-claim-in", "Police in Washington arrested him. Aljabri's claim for damages in United States District Court "
     "for the District of Columbia has not been tested.",
     {("United States District Court for the District of Columbia", "site", "USA")}, set()),
    ("court-petition-at", "He filed a petition at the Lahore High Court in Pakistan.",
     {("Lahore High Court", "site", "PAK")}, set()),
    ("court-addressed-acts", "He filed a petition at the Lahore High Court in Pakistan. On October 6, the court "
     "ordered that the family could not be deported.", set(), {("Lahore High Court", "site", "PAK")}),
    # a court named by its rank alone names no building, unless its seat follows ("at the High Court in London"); one
    # that acts there is the body
    ("court-rank-only", "Police in London said the case was heard at the Supreme Court on Monday.", set(),
     {("Supreme Court", "site", "GBR")}),
    ("court-rank-and-seat", "Hedges has issued a claim for damages at the High Court in London.",
     {("High Court", "site", "GBR"), ("London", "city", "GBR")}, set()),
    ("court-rank-seat-acts", "The Supreme Court in Islamabad ruled that he must be freed.",
     {("Islamabad", "city", "PAK")}, {("Supreme Court", "site", "PAK")}),
    # airports and courts known by a bare name are sites under their full name; not as a modifier, and a bare name
    # that is also a town names the town
    ("bare-airport", "They flew back to Moscow from Heathrow that evening.", {("Heathrow Airport", "site", "GBR")}, set()),
    ("bare-airports-before-noun", "Airlines cancelled flights to and from Tokyo's Haneda and Narita airports.",
     {("Haneda Airport", "site", "JPN")}, {("Haneda", "region", "JPN")}),
    ("bare-court", "They are due to appear at the Old Bailey later this month.", {("Old Bailey", "site", "GBR")}, set()),
    ("bare-site-modifier", "Ministers in London approved the Heathrow-bound rail link.", set(),
     {("Heathrow Airport", "site", "GBR")}),
    # a place inside a court's name names no place (GUIDELINES.md: not place names inside an organisation's name)
    ("place-in-court-name", "His claim for damages in United States District Court for the District of Columbia has not "
     "been tested.", set(), {("District of Columbia", "region", "USA"), ("United States District", "region", "USA")}),
    ("place-after-court", "He appeared at Lahore High Court in Lahore.", {("Lahore", "city", "PAK")}, set()),
    # a place before "-style" is a manner, no place named; before "-based" it is a place
    ("place-style", "He described the plot as Hollywood-style scenarios unworthy of a response.", set(),
     {("Hollywood", "city", "USA")}),
    ("place-based", "Safeguard Defenders, a Madrid-based group, published the report.", {("Madrid", "city", "ESP")}, set()),
    # provinces of origin and host states under their English names (pycountry gives "Hubei Sheng", "Niederösterreich")
    ("english-province", "She was detained in Hubei before fleeing to Lower Austria.",
     {("Hubei", "region", "CHN"), ("Lower Austria", "region", "AUT")}, set()),
    ("region-with-title", "A Tajik activist from the restive Gorno-Badakhshan Region was arrested in Moscow.",
     {("Gorno-Badakhshan", "region", "TJK"), ("Moscow", "city", "RUS")}, {("Gorno-Badakhshan Region", "region", "RUS")}),
    ("another-name", "Uyghurs call the region East Turkestan.", {("Xinjiang", "region", "CHN")}, set()),
    # an area spanning countries before a state noun is a place used as a modifier; a desk's region is part of a title
    ("area-as-modifier", "He was beaten during protests in the Gulf state in 2012.", {("Gulf", "region", None)}, set()),
    ("area-in-the", "Many workers moved to the Gulf in 2012.", {("Gulf", "region", None)}, set()),
    ("hyphenated-desk", "Daniel Bastard, the head of RSF\u2019s Asia-Pacific desk, spoke.", set(), {("Asia", "region", None)}),
    ("river-across-states", "His body was found in the Mekong River near Phnom Penh in Cambodia.",
     {("Mekong River", "region", None)}, {("Mekong River", "region", "KHM")}),
    # a longer name of a known site is the known site; a legislator's party before their state
    ("known-site-longer", "She landed at Suvarnabhumi International Airport on Sunday.",
     {("Suvarnabhumi Airport", "site", "THA")}, {("Suvarnabhumi International Airport", "site", None)}),
    ("party-state", "Sen. Ben Sasse, R-Nebraska, and Rep. Grace Meng, D-New York, issued statements.",
     {("Nebraska", "region", "USA"), ("New York", "region", "USA")}, {("New York", "city", "USA")}),
    ("no-party", "The D-Day landings began in Normandy.", {("Normandy", "region", "FRA")}, set()),
    ("country-short-name", "He fled Bosnia for Austria.", {("Bosnia and Herzegovina", "country", "BIH")}, set()),
    # a small foreign town's name inside another name says nothing of its country
    ("town-word-in-name", "Dissidents in Los Angeles and the San Gabriel Valley were watched.",
     {("San Gabriel Valley", "region", "USA")}, {("San Gabriel Valley", "region", "MLI")}),
    # a capital named as its government says nothing of where a street is; a capital holding a site does
    ("capital-as-state", "BOSTON (AP) - A student was sentenced in Boston.\n\nHe had threatened critics of Beijing.\n\n"
     "The case began when fliers were posted on Massachusetts Avenue.",
     {("Massachusetts Avenue", "site", "USA")}, {("Massachusetts Avenue", "site", "CHN")}),
    ("capital-holds-site", "A student was sentenced in Boston.\n\nA court at Tehran's notorious Evin prison froze assets.",
     {("Evin prison", "site", "IRN")}, set()),
    # "New York" among states is the state; among cities, the city
    ("state-in-list", "They were arrested in New Jersey, New York and California.",
     {("New York", "region", "USA"), ("New Jersey", "region", "USA")}, {("New York", "city", "USA")}),
    ("city-in-list", "Offices in Paris, New York and London were closed.",
     {("New York", "city", "USA")}, {("New York", "region", "USA")}),
    # a town no table knows, written as where something happened, is in the country of the places around it
    ("town-not-in-tables", "Police in Cape Town, South Africa, said the trader was shot dead in Nyanga on Sunday.",
     {("Nyanga", "city", "ZAF")}, {("Nyanga", "region", "GAB")}),
    ("lowercase-after-in", "He was convicted in absentia by a court in Tehran.", {("Tehran", "city", "IRN")},
     {("absentia", "city", "IRN")}),
    # a town of the city table in a country the story names, after a word of where
    ("town-of-named-country", "The train left Leeds and ran to Carlisle through the hills of northern Britain.",
     {("Carlisle", "city", "GBR")}, set()),
    # a small town read abroad is the namesake in the country most of the story's places are in
    ("small-town-in-setting", "Police in Salisbury, England, said the couple fell ill in nearby Amesbury. "
     "Officials in the United States were briefed.", {("Amesbury", "city", "GBR")}, {("Amesbury", "city", "USA")}),
    ("subdivision-english-name", "Steelworks in Flintshire will close, the company said.",
     {("Flintshire", "region", "GBR")}, set()),
    # the capital of a country the story names, not a bigger namesake in another country it names
    ("capital-over-namesake", "The exile fled to Costa Rica in 2018. He was shot dead in San Jose on Thursday, and the "
     "United States condemned the killing.", {("San Jose", "city", "CRI")}, {("San Jose", "city", "USA")}),
    # streets named kind first, whatever the model reads them as; not a company that acts
    ("street-kind-first", "He was shot on Calle N\u00fa\u00f1ez de Balboa in Madrid.",
     {("Calle N\u00fa\u00f1ez de Balboa", "site", "ESP")}, set()),
    ("square-kind-first", "A rally was held on the Place des Nations in Geneva.", {("Place des Nations", "site", "CHE")}, set()),
    ("company-not-street", "Via Rail cancelled trains in Canada.", {("Canada", "country", "CAN")},
     {("Via Rail", "site", "CAN")}),
    # a quarter many cities have is in the country of the city around it
    ("quarter-of-city", "The station operated in the city's Chinatown, police in Montreal said.",
     {("Chinatown", "region", "CAN")}, set()),
    # a place cut from a team's name, and a person read as a body before their age, name no place
    ("team-name", "Oklahoma City Thunder center Enes Kanter faces arrest in Turkey.", {("Turkey", "country", "TUR")},
     {("Oklahoma City", "city", "USA")}),
    ("aged-person", "Carlisle Rivera, 49, of Brooklyn, was charged. Rivera and Loadholt are in custody.", set(),
     {("Rivera", "city", "URY")}),
    ("place-before-day", "They met in London Monday and flew to Kyiv.", {("London", "city", "GBR")}, set()),
    # a region's name names the place before a noun too, of one word or several (GUIDELINES.md: a place name used as
    # a modifier is a location); an adjective of a region's name ("Middle Eastern") is no place
    ("region-before-noun", "Lower Austria police said the suspect did not resist.", {("Lower Austria", "region", "AUT")},
     set()),
    ("area-before-noun", "Azerbaijan and Armenia, the neighbouring South Caucasus states, seek a peace deal.",
     {("South Caucasus", "region", None)}, set()),
    ("gulf-before-noun", "Activists said Gulf states share lists of dissidents with Cairo.", {("Gulf", "region", None)}, set()),
    ("region-adjective", "The list named nationals of Middle Eastern countries in Belarus.", {("Belarus", "country", "BLR")},
     {("Middle Eastern", "region", "BLR"), ("Middle Eastern", "region", None)}),
    ("region-in-title", "Shawn Crispin, CPJ's senior Southeast Asia representative, said so.", set(),
     {("Southeast Asia", "region", None)}),
    # a body's possessive before a site noun names no site; a place closing a body's name is no place
    ("possessive-before-site-noun", "Pruettipong Prayonsiri, commander of the Immigration Bureau\u2019s airport immigration "
     "division, said police in Bangkok were working on it.", {("Bangkok", "city", "THA")},
     {("Immigration Bureau\u2019s airport", "site", "THA")}),
    ("place-ending-body-name", "The stations furthered the Communist Party of China's agenda in Canada.",
     {("Canada", "country", "CAN")}, {("China", "country", "CHN")}),
    # a city's name joined by hyphens is the city, whichever of its words the model or a table read
    ("hyphenated-city", "Matthew Trickett, 37, from Stoke-on-Trent, was charged. He fled to Aix-en-Provence and "
     "Southend-on-Sea.", {("Stoke-on-Trent", "city", "GBR"), ("Aix-en-Provence", "city", "FRA"),
                          ("Southend-on-Sea", "city", "GBR")},
     {("Provence", "region", "FRA"), ("Southend", "city", "GBR")}),
    ("hyphen-no-city", "Paris-based outlets covered the Russia-Ukraine war.",
     {("Paris", "city", "FRA"), ("Russia", "country", "RUS"), ("Ukraine", "country", "UKR")}, set()),
    # regions the news names by their English names
    ("english-region-names", "Arrests were made in Apulia, Transylvania and North Kivu.",
     {("Apulia", "region", "ITA"), ("Transylvania", "region", "ROU"), ("North Kivu", "region", "COD")}, set()),
    # a city the story's countries hold by another of its names, over a namesake abroad
    ("other-name-in-story-country", "He was born in Calcutta, India, and later moved to London.",
     {("Calcutta", "city", "IND")}, {("Calcutta", "city", "ZAF")}),
    ("other-name-in-story-country-2", "The trade fair in Hanover, Germany, opened on Monday.",
     {("Hanover", "city", "DEU")}, {("Hanover", "city", "USA")}),
    ("own-name-in-story-country", "Police in Hanover, New Hampshire, in the United States, said so.",
     {("Hanover", "city", "USA")}, {("Hanover", "city", "DEU")}),
    # Kosovo's cities have no ISO country, like Kosovo; English writers drop the Arabic article
    ("kosovo-city", "He was abducted in Pristina, Kosovo, in 2018.",
     {("Pristina", "city", None), ("Kosovo", "region", None)}, set()),
    ("arabic-article-dropped", "Houthi forces seized the port of Hodeidah in Yemen.", {("Hodeidah", "city", "YEM")}, set()),
    # a big city by its own name that the model calls a product
    ("big-city-read-as-product", "Concerns are growing for a Leeds student who has been jailed in Saudi Arabia.",
     {("Leeds", "city", "GBR")}, set()),
    # a province of a country the story names, after a word of where, whatever the model calls it
    ("province-of-story-country", "Police in India said activists from Maharashtra were followed.",
     {("Maharashtra", "region", "IND")}, set()),
    ("province-of-story-country-2", "Police in Afghanistan said he was detained in Logar.", {("Logar", "region", "AFG")}, set()),
    # English names of provinces the model misreads
    ("english-province-names", "Police in India said activists from Tamil Nadu were followed.",
     {("Tamil Nadu", "region", "IND")}, set()),
    ("english-province-alias", "He was detained in Baluchistan.", {("Balochistan", "region", "PAK")}, set()),
    # an abbreviation before a hyphen is a place of its own, as "US-based" is
    ("abbreviation-based", "The U.S.-based group said it was worried.", {("United States", "country", "USA")}, set()),
    ("abbreviation-hyphen-place", "He lives near the U.S.-Mexico border.",
     {("United States", "country", "USA"), ("Mexico", "country", "MEX")}, set()),
    # a disputed territory with its own ISO code is a region of that code, not a country
    ("territory-region", "France backed Moroccan sovereignty over Western Sahara, angering Algeria.",
     {("Western Sahara", "region", "ESH"), ("France", "country", "FRA")}, {("Western Sahara", "country", "ESH")}),
    # a name after a person's title, even plural, is people ("Presidents Tebboune and Macron"), no place
    ("plural-title-no-place", "Relations thawed after a phone call between Presidents Tebboune and Macron in Algeria.",
     {("Algeria", "country", "DZA")}, {("Presidents Tebboune", "region", "DZA")}),
    # a site named again is the same site, not the city its name holds
    ("airport-named-again", "The athlete left the Narita airport for Poland on Wednesday. Escorted by Japanese officials, "
     "she arrived at Narita airport Wednesday morning after leaving the embassy in Tokyo.",
     {("Narita airport", "site", "JPN"), ("Tokyo", "city", "JPN")}, {("Narita", "city", "JPN")}),
    # a reference mark after a name ("Tajikistan.[5]", encyclopaedia text) is split off the name
    ("footnote-mark-after-stop", "The worst were Egypt and Tajikistan.[5] Others included Rwanda and Saudi Arabia.[6]",
     {("Tajikistan", "country", "TJK"), ("Saudi Arabia", "country", "SAU")}, set()),
    ("footnote-mark-no-stop", "He fled from Tajikistan[5] to Moscow.", {("Tajikistan", "country", "TJK")}, set()),
    # a people's name before a division word is the region named after it; the people alone is no place
    ("people-region", "Fighting continued in the Amhara region, where the army is deployed.",
     {("Amhara", "region", "ETH")}, set()),
    ("people-regions-plural", "Protesters in Tigray and Amhara regions accused Addis Ababa of repression.",
     {("Tigray", "region", "ETH"), ("Amhara", "region", "ETH")}, set()),
    ("people-no-region", "Amhara militias clashed with Oromo fighters.", set(), {("Amhara", "region", "ETH")}),
    # the model's longer name over a table region it begins with; no lowercase word ends a name
    ("longer-name-than-table-region", "The dissident had moved to the Gulf of Aden, the coastguard said.",
     {("Gulf of Aden", "region", None)}, {("Gulf", "region", None)}),
    ("table-region-with-article", "He fled across the Gulf to Iran.", {("Gulf", "region", None)}, set()),
    ("name-cut-at-preposition", "Police found him near the Rhine in Duesseldorf.",
     {("Rhine", "region", None), ("Duesseldorf", "city", "DEU")}, {("Rhine in", "site", "DEU")}),
    # seas and straits span countries: no country from a city in the name or from the places around
    ("open-waters", "Tankers crossed the Strait of Hormuz and the Black Sea near Odesa.",
     {("Strait of Hormuz", "region", None), ("Black Sea", "region", None)},
     {("Strait of Hormuz", "region", "UKR"), ("Black Sea", "region", "UKR")}),
    ("lake-takes-country", "The boat sank in the Elwha River near Port Angeles, Washington.",
     {("Elwha River", "region", "USA")}, set()),
    # the abbreviation Canadian news writes for British Columbia
    ("province-abbreviation", "Sikh activist Hardeep Singh Nijjar was shot in Surrey, B.C., in June.",
     {("Surrey", "city", "CAN"), ("British Columbia", "region", "CAN")}, set()),
    # a part of a town named before "neighbourhood" is a region; a big city's neighbourhood is in the city
    # a city whose own name begins with the article keeps it in its name
    ("the-hague", "The court in The Hague ruled on Monday.", {("The Hague", "city", "NLD")}, {("Hague", "city", "NLD")}),
    # a known city before its own body's lowercase noun is the place, though the model reads it as an organisation
    ("city-before-its-police", "Malmö police said the man was detained on Monday.", {("Malmö", "city", "SWE")}, set()),
    ("city-before-its-court", "Almaty court sentences activist to seven years.", {("Almaty", "city", "KAZ")}, set()),
    # a known city before a noun of its people ("native", "resident") is the place, though the model reads an organisation
    ("city-before-its-native", "The Almaty native had fled to Kyiv in 2022.", {("Almaty", "city", "KAZ")}, set()),
    ("city-before-its-resident", "Police said the Urumqi resident was detained.", {("Urumqi", "city", "CHN")}, set()),
    ("brand-before-native", "The Apple native app was removed.", set(), {("Apple", "city", "USA")}),
    ("city-before-its-men", "The three Edmonton men appeared in court on Tuesday.", {("Edmonton", "city", "CAN")}, set()),
    ("name-before-men", "The Phillips men met the press.", set(), {("Phillips", "city", "USA")}),
    # a province or town of a country the story names, before its own body or people, though the model tags nothing or
    # an organisation there; not a nationality nor a word that is no place
    ("province-before-its-police", "Ahmed, from Bangladesh, was arrested in India by Meghalaya police on Monday.",
     {("Meghalaya", "region", "IND")}, set()),
    ("town-before-its-residents", "I am among hundreds of Dandenong residents in Australia shocked by the listing.",
     {("Dandenong", "city", "AUS")}, set()),
    ("nationality-before-residents", "Many Uyghur residents in Turkey and Russian prosecutors in Moscow spoke.",
     {("Turkey", "country", "TUR")}, {("Uyghur", "region", "CHN")}),
    ("word-before-police", "Local police and State prosecutors in Australia said nothing.", set(),
     {("Local", "city", "AUS"), ("State", "city", "AUS")}),
    # a district of a city that the city table lists as a town of its own is a region
    ("district-as-region", "Letters were sent to neighbours in Wan Chai, and he was attacked in Rudow in Berlin.",
     {("Wan Chai", "region", "HKG"), ("Rudow", "region", "DEU"), ("Berlin", "city", "DEU")},
     {("Wan Chai", "city", "HKG"), ("Rudow", "city", "DEU")}),
    # an adjective the model reads as a building is no place
    ("adjective-as-building", "Herasimenia, a former swimmer and three-time Olympic medalist, founded the foundation.", set(),
     {("Olympic", "city", "HKG")}),
    # a state's formal name is the country; the model's organisation that is that name with its article is no longer name
    ("formal-state-name", "Authorities in the Republic of Korea said the defector was safe.", {("South Korea", "country", "KOR")},
     set()),
    ("formal-state-name-org", "The Democratic People's Republic of Korea denied the report.",
     {("North Korea", "country", "PRK")}, set()),
    ("country-inside-org-name", "The Voice of America and the Bank of England said nothing.", set(),
     {("United States", "country", "USA"), ("England", "region", "GBR")}),
    # "the <big city> <division> of <name>": the city holds the part named after "of", not a namesake abroad
    ("part-after-city", "The killing took place in the Karachi neighbourhood of Clifton.",
     {("Karachi", "city", "PAK"), ("Clifton", "region", "PAK")}, {("Clifton", "city", "USA")}),
    ("part-before-city", "He was found in the Zeytinburnu district of Istanbul.",
     {("Istanbul", "city", "TUR")}, {("Istanbul", "region", "TUR")}),
    ("club-before-officials", "Chelsea fans and Arsenal officials met on Monday.", set(),
     {("Chelsea", "city", "USA"), ("Arsenal", "city", "USA")}),
    # "such as" and "then" introduce places in lists the model leaves untagged, not people
    ("city-after-such-as", "Uyghurs live in cities such as Almaty, Bishkek, Malmö and Munich.",
     {("Almaty", "city", "KAZ"), ("Bishkek", "city", "KGZ")}, set()),
    ("city-after-then", "He fled to Zürich and then Malmö, later to Besançon.", {("Malmö", "city", "SWE")}, set()),
    ("person-after-then", "The plan was approved by then Prime Minister Boris Johnson in London.",
     {("London", "city", "GBR")}, {("Boris Johnson", "city", "GBR")}),
    # a plural site noun after two names makes each one a site of that kind, a town's name too; not areas' sites
    # a plural site noun after a list of names by commas and "and" makes each a site; a list with no "and" none
    ("coordinated-list-prisons", "The men appeared by video link from Belmarsh, Frankland and Manchester prisons in England.",
     {("Belmarsh Prison", "site", "GBR"), ("Frankland Prison", "site", "GBR"), ("Manchester Prison", "site", "GBR")},
     {("Manchester", "city", "GBR")}),
    ("comma-only-no-sites", "Flights left Paris, Lyon airports.", {("Paris", "city", "FRA")}, {("Paris Airport", "site", "FRA")}),
    # a lowercase hotel after a proper name alone is that named site; after a nationality none
    ("name-hotel", "Karegeya was found dead in the Michelangelo Towers hotel in Sandton.",
     {("Michelangelo Towers hotel", "site", "ZAF")}, set()),
    ("nationality-hotel", "They stayed in a Chinese hotel in Bangkok.", {("Bangkok", "city", "THA")},
     {("Chinese hotel", "site", "THA")}),
    ("coordinated-airports", "Airlines cancelled flights to and from Tokyo's Haneda and Narita airports on Saturday.",
     {("Haneda Airport", "site", "JPN"), ("Narita Airport", "site", "JPN")}, {("Narita", "city", "JPN")}),
    ("coordinated-areas-ports", "The strike shut Atlantic and Gulf Coast ports in the United States for days.",
     set(), {("Gulf Coast Port", "site", "USA"), ("Atlantic Port", "site", "USA")}),
    # a saint's abbreviated title is a word of the district's name, not where it ends
    ("saint-district", "They met in Hamburg's St. Georg district and in the Ruhr region.",
     {("St. Georg", "region", "DEU")}, {("Georg", "region", "DEU")}),
    ("neighbourhood", "Uyghurs in the Zeytinburnu neighbourhood say they are watched.",
     {("Zeytinburnu", "region", "TUR")}, {("Zeytinburnu", "city", "TUR")}),
    ("neighbourhood-of", "He lived in the Fatih neighbourhood of Istanbul.",
     {("Fatih", "region", "TUR"), ("Istanbul", "city", "TUR")}, set()),
    ("big-city-neighbourhood", "Police are investigating two centres in the Montreal neighborhood.",
     {("Montreal", "city", "CAN")}, {("Montreal", "region", "CAN")}),
    # a part of a place in the possessive that the model calls a body, named with a lowercase word of an area
    ("possessed-area-read-as-body", "The Turkish teacher was abducted in Nairobi's Westlands area and flown to Ankara.",
     {("Nairobi", "city", "KEN"), ("Westlands", "region", "KEN")}, set()),
    ("possessed-body", "Beijing's Ministry of Public Security denied the report.", {("Beijing", "city", "CHN")},
     {("Ministry of Public Security", "region", "CHN")}),
    # a city named with hyphens by another of its names
    ("hyphenated-other-name", "The bloggers in Mazar-i-Sharif and Herat were warned by the Taliban.",
     {("Mazar-i-Sharif", "city", "AFG"), ("Herat", "city", "AFG")}, {("Mazar", "region", "AFG")}),
    # a known city the model misreads after a word of a route
    ("city-after-through", "Agents travelled through Shibuya and Shinjuku before reaching Yokohama.",
     {("Shibuya", "city", "JPN"), ("Yokohama", "city", "JPN")}, set()),
    # a borough or county of a country the story names, after a word of where, whatever the model calls it
    ("borough-of-story-country", "Chung Biu Yuen, 63, from Hackney, was charged with helping a foreign intelligence "
     "service in Britain.", {("Hackney", "region", "GBR")}, set()),
    ("borough-of-no-story-country", "Chung Biu Yuen, 63, from Hackney, was charged on Monday.", set(),
     {("Hackney", "region", "GBR")}),
    ("a-city-neighbourhood", "A Berlin neighbourhood was searched.", {("Berlin", "city", "DEU")}, {("Berlin", "region", "DEU")}),
    ("province-with-its-word", "He lived in Zhejiang province and later in Fujian province.",
     {("Zhejiang", "region", "CHN"), ("Fujian", "region", "CHN")}, set()),
    # natural and built features the model tags as no place, whatever their role; not a name that goes on
    ("feature-subject", "The Elwha River begins in the Olympic Mountains in Washington state.",
     {("Elwha River", "region", "USA")}, set()),
    ("feature-dam-and-river", "In Washington state, the Condit Dam on the White Salmon River was breached.",
     {("Condit Dam", "site", "USA"), ("White Salmon River", "region", "USA")}, set()),
    ("feature-park-in-list", "Tigers have returned to Chitwan National Park and Bardiya National Park in Nepal.",
     {("Chitwan National Park", "region", "NPL"), ("Bardiya National Park", "region", "NPL")}, set()),
    ("feature-name-goes-on", "The Tampa Bay Buccaneers beat a team from Green Valley Ranch High School in Denver.", set(),
     {("Green Valley", "region", "USA")}),
    ("metropolitan-area", "Police looked into three such stations in the Greater Toronto Area and one in Qingtian.",
     {("Greater Toronto Area", "region", "CAN"), ("Qingtian", "region", "CHN")}, set()),
    ("site-of-worship", "Tibetans gathered at the Boudhanath stupa in Kathmandu on his birthday.",
     {("Boudhanath stupa", "site", "NPL"), ("Kathmandu", "city", "NPL")}, set()),
    # a saint's name holds its possessive; a site at the end of a route is a place
    ("saint-possessive", "Protesters gathered outside St Paul's Cathedral in London.",
     {("St Paul's Cathedral", "site", "GBR")}, set()),
    ("site-after-route", "Crowds in Manchester, England, lined the route from the station to St Peter's Square.",
     {("St Peter's Square", "site", "GBR")}, set()),
    # a part of a US state that shares its name with a big city is the state's
    ("part-of-state", "He grew up in upstate New York and later worked in New York for a bank.",
     {("New York", "region", "USA"), ("New York", "city", "USA")}, set()),
    ("part-of-state-compass", "In southern Washington, the dam was breached in 2011.", {("Washington", "region", "USA")},
     {("Washington", "city", "USA")}),
    # a town named by a longer form of its own name, joined by hyphens
    ("town-longer-form", "Chi Leung Wai, 38, from Staines-upon-Thames, was charged in Britain.",
     {("Staines-upon-Thames", "city", "GBR")}, set()),
    # a place the model runs on into the next clause
    ("place-before-clause", "Ilkay Gundogan had scored twice at Wembley as City beat Manchester United in the final.",
     {("Wembley Stadium", "site", "GBR")}, set()),
    # a seat of power is a named building whatever its role, in the possessive too ("the onslaught of the Kremlin"),
    # but not as a modifier
    ("seat-of-power", "The Kremlin denied any role in the poisoning in Salisbury.",
     {("Kremlin", "site", "RUS"), ("Salisbury", "city", "GBR")}, set()),
    ("seat-of-power-modifier", "A Kremlin spokesman said the groups were not involved.", set(),
     {("Kremlin", "site", "RUS")}),
    ("seat-of-power-bound-modifier", "The Kremlin-bound convoy was stopped.", set(), {("Kremlin", "site", "RUS")}),
    # before a hyphen and a participle whose agent it is, the seat is named ("backed by the Kremlin"), a place
    ("seat-of-power-agent", "He criticised the Kremlin-backed leader of Chechnya.", {("Kremlin", "site", "RUS")}, set()),
    ("seat-of-power-agent-funded", "She worked for a Kremlin-funded broadcaster.", {("Kremlin", "site", "RUS")}, set()),
    # a named body before "headquarters" used as a place names a site; an international body's one seat has its
    # country (Interpol: Lyon), another takes the place its sentence names
    ("body-headquarters-seat", "I addressed the authorities at Interpol headquarters in July.",
     {("Interpol headquarters", "site", "FRA")}, set()),
    ("body-headquarters-placed", "She stood outside the gates of the United Nations headquarters in Bangkok.",
     {("United Nations headquarters", "site", "THA"), ("Bangkok", "city", "THA")}, set()),
    ("body-headquarters-near", "They met at a restaurant near TSC headquarters in Nairobi on Sunday.",
     {("TSC headquarters", "site", "KEN")}, set()),
    # a city before "headquarters" after an owner's possessive is the city named, no site
    ("owner-city-headquarters", "Staff at the corporation's London headquarters were threatened.",
     {("London", "city", "GBR")}, {("London headquarters", "site", "GBR")}),
    ("seat-of-power-possessive", "The case escalated the Kremlin\u2019s onslaught against exiled critics.",
     {("Kremlin", "site", "RUS")}, set()),
    ("seat-of-power-compound-possessive", "It extended the Kremlin chief's stay in power.", set(), {("Kremlin", "site", "RUS")}),
    # a seat of power before a noun of its opponents is that noun's object ("critics of the Kremlin"), a place
    ("seat-of-power-opponent", "The meeting was organised by Kremlin critic Mikhail Khodorkovsky in Berlin.",
     {("Kremlin", "site", "RUS"), ("Berlin", "city", "DEU")}, set()),
    ("seat-of-power-opponents", "In recent months many Kremlin critics have been refused entry.",
     {("Kremlin", "site", "RUS")}, set()),
    # a town's bare name before a lowercase "airport" is one site in the town's country, whatever the model tags the name
    ("city-org-before-airport", "She was stopped at Almaty airport by border guards.", {("Almaty airport", "site", "KAZ")},
     {("Almaty", "city", "KAZ")}),
    ("city-before-airport", "He was arrested at Bengaluru airport and held at the Kolkata airport.",
     {("Bengaluru airport", "site", "IND"), ("Kolkata airport", "site", "IND")}, {("Bengaluru", "city", "IND"),
                                                                                ("Kolkata", "city", "IND")}),
    ("town-before-airport-country", "They met at Osh airport.", {("Osh airport", "site", "KGZ")}, {("Osh", "city", "KGZ")}),
    ("city-before-airport-and-alone", "He was stopped at Prague airport. He had lived in Prague for years.",
     {("Prague airport", "site", "CZE"), ("Prague", "city", "CZE")}, set()),
    ("city-possessive-airport", "He was seized at Bangkok's airport.", {("Bangkok", "city", "THA")},
     {("Bangkok airport", "site", "THA")}),
    ("one-of-a-city-airports", "He flew from a Berlin airport.", {("Berlin", "city", "DEU")}, {("Berlin airport", "site", "DEU")}),
    # a district's name the model reads as a people: the city after "district of" is the city, not a division
    ("district-norp-of-city", "The dissident was shot dead near his home in the Zeytinburnu district of Istanbul.",
     {("Istanbul", "city", "TUR"), ("Zeytinburnu district", "region", "TUR")}, {("Istanbul", "region", "TUR")}),
    # a US federal court's district where a verb's case is heard is one region; as a title's remit, no place at all
    ("judicial-district-heard", "Three cases were unsealed today in the Eastern District of New York.",
     {("Eastern District of New York", "region", "USA")}, {("New York", "city", "USA")}),
    ("judicial-district-title", "It was a plot, said US Attorney Audrey Strauss for the Southern District of New York.",
     set(), {("New York", "city", "USA"), ("Southern District of New York", "region", "USA")}),
    ("judicial-district-title-in", "Assistant United States Attorneys in the Southern District of New York handle the case.",
     set(), {("New York", "city", "USA"), ("Southern District of New York", "region", "USA")}),
    # a name the model reads as a person, right before "in" and a country the city table knows it a town of: the town
    ("town-in-country-person", "Rosalia Ntiema, who left Cyangugu in Rwanda after the genocide, lives in Maputo.",
     {("Cyangugu", "city", "RWA"), ("Rwanda", "country", "RWA")}, set()),
    ("person-in-country", "Wang Jingyu said his brother Wang in China was threatened.",
     {("China", "country", "CHN")}, {("Wang", "city", "CHN")}),
    # a country or city after "anti-" or "pro-" is a place used as a modifier, a location (GUIDELINES.md)
    ("stance-prefix", "The city was rocked by anti-China protests; pro-Beijing lawmakers in Hong Kong welcomed it.",
     {("Hong Kong", "country", "HKG"), ("China", "country", "CHN"), ("Beijing", "city", "CHN")}, set()),
    ("stance-prefix-and-place", "Anti-India groups met in India last week.", {("India", "country", "IND")}, set()),
    # a province the tables know by its name alone drops its word
    ("known-province-drops-word", "He was taken back to Fujian province in 2019.", {("Fujian", "region", "CHN")},
     {("Fujian province", "region", "CHN")}),
    # a big city's own name is the city, though the model reads a constituency named after it as a person
    ("big-city-in-person-name", "Concerns are growing for a Leeds student who has been jailed for 34 years in Saudi "
     "Arabia for using Twitter.\n\nHilary Benn, MP for Leeds Central, told ITV News that people needed to \"speak up\".",
     {("Leeds", "city", "GBR")}, set()),
    # a headline in title case the model reads as one long name: a country after a capitalised word of where is named
    ("title-case-headline", "Tajik Dissident Deported From Germany Disappears\n\nThe body text follows here.",
     {("Germany", "country", "DEU")}, set()),
    # a clause or a headline's two parts the model reads as a name holds no name: its places are named
    ("clause-read-as-name", "Long arm of China reaches Uighurs in Turkey -- Independent\n\nThe body text follows here.",
     {("China", "country", "CHN"), ("Turkey", "country", "TUR")}, set()),
    ("headline-colon", "Thailand: Critics Feared \u2018Disappeared\u2019\n\nThe body text follows here.",
     {("Thailand", "country", "THA")}, set()),
    # a street named after a person is where the place after "in" says, not in a namesake town of its name's person
    ("street-in-district", "The consulate is on Kennedy Road in Wan Chai.", {("Kennedy Road", "site", "HKG")},
     {("Kennedy Road", "site", "COL")}),
    # a prison named by a name the model does not tag, with a glottal stop or without; a region before "prison" stays
    # the region ("Xinjiang prison camps")
    ("prison-glottal-stop", "He was held at the Al-Ha'ir prison south of Riyadh.",
     {("Al-Ha'ir prison", "site", "SAU"), ("Riyadh", "city", "SAU")}, set()),
    ("prison-untagged", "She is held at Belmarsh prison in London.", {("Belmarsh prison", "site", "GBR")}, set()),
    ("region-before-prison", "He was held in Xinjiang prison camps.", {("Xinjiang", "region", "CHN")},
     {("Xinjiang prison", "site", None)}),
    ("city-in-prison", "He was held in a Tehran prison for years.", {("Tehran", "city", "IRN")}, set()),
    # a sea that spans countries is no namesake province (Sudan's Red Sea state); a German state the model reads as a town
    ("sea-of-no-country", "The ship was seized in the Red Sea by Houthi forces.", {("Red Sea", "region", None)},
     {("Red Sea", "region", "SDN")}),
    ("german-state", "Police in Hesse arrested the suspect near Frankfurt.", {("Hesse", "region", "DEU")},
     {("Hesse", "city", "DEU")}),
    # a body's branch named by its country right before the verb: the country is a word of the name
    ("branch-country", "Amnesty International UK called for the release of the activist.", set(),
     {("United Kingdom", "country", "GBR")}),
    ("branch-country-actor", "Reporters Without Borders Germany condemned the attack.", set(),
     {("Germany", "country", "DEU")}),
    ("body-then-place", "Amnesty International said in Britain that the law was too broad.",
     {("United Kingdom", "country", "GBR")}, set()),
    # a headline in title case: the country before a verb of saying is its subject, no word of a name
    ("headline-subject", "Canada Condemns Hong Kong's Bounties on Activists\n\nThe body text follows here.",
     {("Canada", "country", "CAN")}, set()),
    ("headline-says", "Chile Says Death of Venezuelan Ex-Political Prisoner May Signal a Plot\n\nThe body text follows.",
     {("Chile", "country", "CHL")}, set()),
    ("name-with-place", "The Hong Kong Watch report was cited by lawmakers.", set(), {("Hong Kong", "country", "HKG")}),
    ("nationality-city-of", "He was shot in the Swedish city of Str\u00f6msund three years ago.",
     {("Str\u00f6msund", "city", "SWE")}, set()),
    # a lowercase word of direction the model reads into the name describes a part: the city is named
    ("west-city", "He was stabbed outside his home in west London on Friday.", {("London", "city", "GBR")}, set()),
    ("hyphen-direction-city", "His home in Harrow, north-west London, was searched.", {("London", "city", "GBR")}, set()),
    ("east-city", "He lives in east Berlin.", {("Berlin", "city", "DEU")}, set()),
    ("capital-direction-kept", "Residents of the West Bank were interviewed.", {("West Bank", "region", "PSE")}, set()),
    # a part named in the possessive is in its holder's country, not in the places named before it
    ("acronym-no-city", "He was questioned by the CID in Manama before the GRU officers left.",
     {("Manama", "city", "BHR")}, {("Cedar Rapids", "city", "USA"), ("CID", "city", "USA"), ("GRU", "city", "BRA")}),
    # a known city the model reads as a person or a body, the object of a verb of going there or leaving it
    ("reached-city", "He reached Kolkata on January 29 and was detained.", {("Kolkata", "city", "IND")}, set()),
    ("left-city", "He left Almaty in 2019.", {("Almaty", "city", "KAZ")}, set()),
    ("reached-no-place", "The two sides reached an agreement on Monday.", set(), {("Monday", "city", "USA")}),
    # a place that goes on a body's name the model cut after "of" is no place of its own
    ("body-name-cut-at-of", "Officers from the Police Service of Northern Ireland arrested him.", set(),
     {("Ireland", "country", "IRL")}),
    # a title-case headline capitalises common nouns: "Tashkent's Request" names no part of Tashkent
    ("headline-possessed-noun", "Uzbek Journalist Detained In Kazakhstan At Tashkent's Request\n\nThe body follows.",
     {("Tashkent", "city", "UZB")}, {("Request", "region", "UZB")}),
    ("headline-possessed-part-named-again",
     "Chinese Police Station In Manhattan's Chinatown Closed\n\nThe station in Chinatown was closed.",
     {("Chinatown", "region", "USA")}, set()),
    # a big city's own name, though a given name and a word read as a person's ("Minh City")
    ("big-city-like-a-name", "He was arrested in Ho Chi Minh City last year.", {("Ho Chi Minh City", "city", "VNM")}, set()),
    # a known city the model reads as a body before "-based" or "-born" is where someone is based or born
    ("city-based", "The Almaty-based activist was detained.", {("Almaty", "city", "KAZ")}, set()),
    ("part-in-holder-country", "Residents of Gaza, and refugees in Lebanon's Bekaa Valley, were interviewed.",
     {("Bekaa Valley", "region", "LBN")}, {("Bekaa Valley", "region", "PSE")}),
    # a small place of unknown country is in the state whose police or court act in its sentence, before the story's
    # setting
    ("home-police-place-their-town", "The activist was deported to Abu Dhabi.\n\nOn behalf of the security apparatus of "
     "the United Arab Emirates, he was arrested by the Jordanian police and brought to the Palace of Justice in Abdoun.",
     {("Abdoun", "region", "JOR")}, {("Abdoun", "region", "ARE"), ("Abdoun", "city", "ARE")}),
    # a site of no known country is where a later mention says it is, not in the country named before its first
    ("site-placed-later", "Dundar, who lives in Germany, faces trial over the Gezi Park protests of 2013.\n\nThe "
     "protests began as a sit-in in Gezi Park in Istanbul's Taksim square.",
     {("Gezi Park", "site", "TUR")}, {("Gezi Park", "site", "DEU")}),
    ("site-placed-first", "The protests began in Gezi Park in Istanbul.\n\nHe now lives in Germany, far from Gezi Park.",
     {("Gezi Park", "site", "TUR")}, {("Gezi Park", "site", "DEU")}),
    # a given name inside a town's name the model reads whole is no person ("El Sheikh"); a person's name stays no place
    ("given-name-inside-town", "The summit was held in Sharm El Sheikh, on the Red Sea.",
     {("Sharm El Sheikh", "city", "EGY")}, set()),
    # abbreviations without their last stop, and the Nigerian press's name of Benin
    ("abbreviation-without-stop", "Attacks took place in Kenya, Sweden and the U.K, the report said.",
     {("United Kingdom", "country", "GBR")}, set()),
    ("country-and-republic", "He was arrested in Cotonou, Benin Republic, on Monday.", {("Benin", "country", "BEN")}, set()),
    # provinces named like their seat that the press means as the province; a geographical region of Turkey
    ("province-named-like-town", "He left his residence in Pathum Thani on April 13.",
     {("Pathum Thani", "region", "THA")}, {("Pathum Thani", "city", "THA")}),
    ("geographic-region", "He was detained in the Marmara province of Bursa.", {("Marmara", "region", "TUR")},
     {("Marmara province", "region", "TUR")}),
    # a park by its bare name is a site; with "park" after it, the same site
    ("bare-park", "He was shot dead in Berlin's Tiergarten park in 2019.", {("Tiergarten", "site", "DEU")},
     {("Tiergarten park", "site", "DEU"), ("Tiergarten", "region", "DEU")}),
    # a town with "city" after it in lowercase is the city; a capital named as its country is the capital so written
    ("lowercase-city", "Muhammad Riaz was killed in Rawalakot city in September 2023.", {("Rawalakot", "city", "PAK")}, set()),
    ("capital-city-lowercase", "He was held at Gabode prison in Djibouti city.", {("Djibouti", "city", "DJI")},
     {("Djibouti", "country", "DJI")}),
    ("country-no-city", "He was held in a prison in Djibouti.", {("Djibouti", "country", "DJI")}, {("Djibouti", "city", "DJI")}),
    # "the <city> suburb of <town>": the town after "of", in the city's country
    ("suburb-of-city", "He died in a parking lot in the Vienna suburb of Gerasdorf.",
     {("Gerasdorf", "city", "AUT"), ("Vienna", "city", "AUT")}, set()),
    ("state-town-of", "He was shot in the Texas town of Uvalde.", {("Uvalde", "city", "USA")}, set()),
    # a dateline names a town in capitals by another spelling of a known town
    ("dateline-other-spelling", "DHARAMSHALA, Feb. 15: The Swiss Federal Council has released a report on Tibetans.",
     {("Dharamshala", "city", "IND")}, set()),
    # a province's or state's code after a town and its comma: the province of the town's country; no country's code
    ("province-code", "(PR Newswire) OTTAWA, ON, Oct. 14, 2024 /PRNewswire/ - Police spoke about India.",
     {("Ottawa", "city", "CAN"), ("Ontario", "region", "CAN")}, set()),
    ("state-code-dash", "AUSTIN, TX - The company said on Monday it would expand.", {("Texas", "region", "USA")}, set()),
    ("country-code-no-province", "He met Jones, MP, in London, UK, on Monday.", {("United Kingdom", "country", "GBR")},
     {("Madhya Pradesh", "region", "IND")}),
    ("district-code-no-state", "WASHINGTON, DC - The company said.", {("Washington", "city", "USA")},
     {("District of Columbia", "region", "USA")}),    # a place in a title: a royal or peer's title "of" a place; a rank between a region and a job title; the areas
    # listed in one job title; but a crown prince's state is a place
    ("title-of-royalty", "Read more: Prince of Wales to visit Saudi Arabia in first official trip.",
     {("Saudi Arabia", "country", "SAU")}, {("Wales", "region", "GBR")}),
    ("crown-prince-of-place", "The Crown Prince of Abu Dhabi met officials in London.", {("Abu Dhabi", "city", "ARE")}, set()),
    ("rank-before-title", "Her detention was condemned. HRW Asia deputy director Phil Robertson told AFP that her detention "
     "in Kuala Lumpur was wrong.", {("Kuala Lumpur", "city", "MYS")}, {("Asia", "region", None)}),
    ("title-area-list", "\"They have to flee,\" said Joan Nyanyuki, Amnesty International Director for East Africa, the Horn "
     "and the Great Lakes. They fled to Kenya.", {("Kenya", "country", "KEN")}, {("Horn", "city", "DEU")}),
    # a building named after a known city is in that city's country, whatever places the story names around it; a
    # street named after a far town is where the story is
    ("site-of-its-city", "Wilson, who lives in London, filed a petition in the Delhi High Court last year.",
     {("Delhi High Court", "site", "IND"), ("London", "city", "GBR")}, {("Delhi High Court", "site", "GBR")}),
    ("street-after-far-town", "The office on London Road in Kuala Lumpur was closed.", {("London Road", "site", "MYS")},
     {("London Road", "site", "GBR")}),
    # "the <street> area of <city>": the street, a site
    ("street-area", "An AFP photojournalist saw blood at the scene near the popular Khao San Road area of Bangkok.",
     {("Khao San Road", "site", "THA")}, {("Khao San Road", "region", "THA")}),
    # a town the model reads as a land, in a country the story names
    ("town-read-as-land", "In 2020, Russian blogger Alexei Romanov was not allowed to enter Georgia at a checkpoint in "
     "Sadakhlo on the border with Armenia.", {("Sadakhlo", "city", "GEO")}, {("Sadakhlo", "region", "GEO")}),
    # a town of a country the story names, not a middle-sized namesake in a country it never names
    ("namesake-in-named-country", "The office is located in San José, Costa Rica, specifically in the San Pedro area.",
     {("San Pedro", "city", "CRI")}, {("San Pedro", "city", "PHL")}),
    ("namesake-named-again", "The office is located in San José, Costa Rica, specifically in the San Pedro area. Strangers "
     "watched the office in San Pedro for weeks.", {("San Pedro", "city", "CRI")}, {("San Pedro", "city", "PHL")}),
    # a middle-sized city of a country the story does not name keeps its reading where no place before it in its
    # sentence puts it elsewhere ("Belfast" is no town of Maine in a story that names only the United States)
    ("namesake-not-placed", "Man held in Belfast on extradition warrant over multimillion-dollar fraud in US",
     {("Belfast", "city", "GBR")}, {("Belfast", "city", "USA")}),
    # names before a plural site noun of two words are each such a site, a city's part in the possessive too
    ("plural-compound-site", "Cases were registered at Islamabad's Ramna and Aabpara police stations.",
     {("Ramna Police Station", "site", "PAK"), ("Aabpara Police Station", "site", "PAK"), ("Islamabad", "city", "PAK")},
     {("Ramna", "region", "PAK")}),
    # a city's district the city table lists as a town elsewhere (Hollywood, Florida) is the district
    ("city-district", "Rusesabagina was the subject of the Hollywood film Hotel Rwanda.", {("Hollywood", "region", "USA")},
     {("Hollywood", "city", "USA")}),
    # a country's abbreviation opening the name of its own government body: the country named, as in "U.S. officials";
    # a company's name is no such body
    ("abbreviation-opens-body", "A U.S. State Department report from 2024 said Ethiopia jailed many journalists.",
     {("United States", "country", "USA")}, set()),
    ("abbreviation-opens-body-alias", "A U.S. Justice Department filing said Ethiopia jailed many journalists.",
     {("United States", "country", "USA")}, set()),
    ("abbreviation-opens-company", "US Steel said it would close a plant in Ohio.", set(), {("United States", "country", "USA")}),
    # an airport named by its country alone is in that country, not in the story's other country
    ("country-before-airport", "He was detained in London. Hours later his wife was held at Bahrain airport for seven hours.",
     {("Bahrain airport", "site", "BHR")}, {("Bahrain airport", "site", "GBR")}),
    # squares and streets known by their bare name: their own country, not the one the sentence or story is set in
    ("known-square", "He was sentenced in absentia in Egypt for an assault in Tahrir Square in 2011, the Doha channel said.",
     {("Tahrir Square", "site", "EGY")}, {("Tahrir Square", "site", "QAT")}),
    ("known-street", "Cuba said exiles who rallied on Calle Ocho would be tried in Havana.",
     {("Calle Ocho", "site", "USA")}, {("Calle Ocho", "site", "CUB")}),
    # a Commonwealth state's "High Commission" used as a place is its embassy: a site in the host country; acting, a body
    ("high-commission-as-place", "Some were posing as diplomats in the Indian High Commission in Australia.",
     {("Indian High Commission", "site", "AUS")}, {("Indian High Commission", "site", "IND")}),
    ("high-commission-outside", "Tamils protested outside the Sri Lankan High Commission in London on February 4.",
     {("Sri Lankan High Commission", "site", "GBR")}, set()),
    ("high-commission-acts", "The Rwandan High Commission in Kampala said the claims were false.",
     {("Kampala", "city", "UGA")}, {("Rwandan High Commission", "site", "UGA")}),
    ("un-high-commission", "The United Nations High Commission for Refugees said 5,000 people fled to Uganda.",
     {("Uganda", "country", "UGA")}, {("United Nations High Commission", "site", "UGA")}),
    # seats of power known by their bare name are sites wherever named, not inside a body's name
    ("known-seat-place", "A group protested in Lafayette Park outside the White House.", {("White House", "site", "USA")}, set()),
    ("known-seat-acts", "\"The President did not apologize,\" the White House said.", {("White House", "site", "USA")}, set()),
    ("known-seat-in-body-name", "Adrienne Watson, a spokeswoman for the White House National Security Council, said so.",
     set(), {("White House", "site", "USA")}),
    ("known-police-seat", "The NIA sent a team to the UK who have been working with Scotland Yard.",
     {("Scotland Yard", "site", "GBR")}, set()),
    # a minority's homeland by its movement's name, with or without its division word; a metropolitan area's acronym
    ("homeland-region", "Chaou backs the independence of the Rif region, Dutch police said in Amsterdam.",
     {("Rif", "region", "MAR")}, {("Rif region", "region", "NLD"), ("Rif", "region", "NLD")}),
    ("homeland-region-ahwaz", "Chaab, an Arab activist from Ahwaz, was abducted in Istanbul.", {("Ahwaz", "region", "IRN")},
     {("Ahwaz", "city", "IRN")}),
    ("metro-acronym", "Their wives are safe here in the GTA, fearing the worst.", {("Greater Toronto Area", "region", "CAN")}, set()),
    # a county named after its big city keeps its word; a province or district the tables know by its name alone drops it
    ("county-of-city", "They filed a complaint with the police in Sweden\u2019s Stockholm county against him.",
     {("Stockholm county", "region", "SWE")}, {("Stockholm", "region", "SWE")}),
    ("district-of-city-part", "He was detained in Istanbul's Fatih district.", {("Fatih", "region", "TUR")},
     {("Fatih district", "region", "TUR")}),
    # a capital's name that is an adjective opening its sentence is no place; as a place it is the capital
    ("capital-word-adjective", "I screamed. Male private security guards came running.", set(), {("Male", "city", "MDV")}),
    ("capital-word-place", "He flew to Male last week.", {("Male", "city", "MDV")}, set()),
    # a byline's preposition opens no feature's name; a feature's name after a preposition is still one
    ("byline-feature-word", "By Gabriel Lake\nAug 31, 2023\nSaudi Arabia has sentenced a man to death.",
     {("Saudi Arabia", "country", "SAU")}, {("By Gabriel Lake", "region", None)}),
    ("feature-after-preposition", "From Elwha River to the sea, the dam is gone.", {("Elwha River", "region", None)},
     set()),
    # a city in the possessive before a court's name holds the court: two places (the model reads one organisation);
    # "Magistrates'" and "People's" are words of the name
    ("city-possessive-court", "Two men appeared at London\u2019s Central Criminal Court for a preliminary hearing.",
     {("London", "city", "GBR"), ("Central Criminal Court", "site", "GBR")},
     {("London\u2019s Central Criminal Court", "site", "GBR")}),
    ("borough-possessive-court", "He appeared at Brooklyn's Eastern District Court on Friday.",
     {("Brooklyn", "region", "USA"), ("Eastern District Court", "site", "USA")}, set()),
    ("court-possessive-word", "Police stood guard at the Hefei City Intermediate People's Court.",
     {("Hefei City Intermediate People's Court", "site", "CHN")}, set()),
    # a post of two words is one site named at its first mention, whatever form of the state's name a later one uses
    ("two-word-post-one-name", "Protesters gathered outside the Sri Lanka High Commission in London. Later a man made "
     "gestures outside the Sri Lankan High Commission in London.",
     {("Sri Lanka High Commission", "site", "GBR")}, {("Sri Lankan High Commission", "site", "GBR")}),
    # regions the press names by their own or a local spelling; a street of government is a site
    ("region-isaan", "He was found in the Isaan region of Thailand, which borders Laos.", {("Isaan", "region", "THA")},
     {("Isaan region", "region", "THA")}),
    ("region-spelling", "The Oromos, from Ethiopia\u2019s largest region Oromiya, face a crackdown.",
     {("Oromia", "region", "ETH")}, set()),
    ("region-valley", "The state has silenced the people of Kashmir Valley.", {("Kashmir Valley", "region", "IND")}, set()),
    ("street-of-government", "At a protest in Whitehall, London last week, they were filmed.",
     {("Whitehall", "site", "GBR")}, {("Whitehall", "region", "GBR")}),
    # letters after a person's name are no place (SAN is a town in Mali); the town itself still is
    ("postnominal-no-town", "The order was signed by the Minister of Justice, Abubakar Malami, SAN on the return of "
     "Nnamdi Kanu to Nigeria.", {("Nigeria", "country", "NGA")}, {("San", "city", "MLI")}),
    ("town-san", "The group met in San, Mali, and later in Bamako.", {("San", "city", "MLI")}, set()),
    # a city's name abroad that is also a county or province of a country the story names: the county there
    ("county-not-namesake-city", "Wai, 38, of Staines-upon-Thames, Surrey, was charged in London, UK.",
     {("Surrey", "region", "GBR")}, {("Surrey", "city", "CAN")}),
    ("county-before-country", "He moved to Essex in England.", {("Essex", "region", "GBR")}, {("Essex", "city", "USA")}),
    # no country named that holds such a county: the city stays ("Kent", Ohio)
    ("namesake-city-stays", "He flew from Kent to Ohio.", {("Kent", "city", "USA")}, {("Kent", "region", "GBR")}),
    # a region of the table the model reads alone as a person is the region; a given name so read stays a person
    ("region-read-as-person", "A man was arrested in the Yorkshire area on Monday.", {("Yorkshire", "region", "GBR")}, set()),
    ("person-of-region-name", "Victoria Smith said she would stay.", set(), {("Victoria", "region", "AUS")}),
    # a town, a comma and the county it is in: the county of the town's country, though no country is named and the
    # county's name is a bigger city's abroad; a county ISO 3166-2 lacks comes from the region table
    ("county-after-town", "Wai, 38, of Staines-upon-Thames, Surrey, was charged on Monday.",
     {("Staines-upon-Thames", "city", "GBR"), ("Surrey", "region", "GBR")}, {("Surrey", "city", "CAN")}),
    ("city-after-foreign-town", "He flew from Lagos, Surrey, to Toronto.", set(), {("Surrey", "region", "GBR")}),
    ("ceremonial-county", "Berezovsky was found hanged at his Berkshire home in 2013.", {("Berkshire", "region", "GBR")}, set()),
    # the model's one organisation "Maidenhead, Berkshire": the town and its county; no such split of a name whose
    # first part is no town of the second's country
    ("town-county-read-as-one-name", "The pair were charged alongside Matthew Trickett, an investigator from Maidenhead, "
     "Berkshire.", {("Maidenhead", "city", "GBR"), ("Berkshire", "region", "GBR")}, set()),
    ("no-town-before-region", "He studied at the University of California, Berkeley.", set(),
     {("California", "region", "USA")}),
    # a person's home town after a comma and "of" ("Yuen, 63, of Hackney"); "of" alone is no such word
    ("home-town-after-of", "Chung Biu Yuen, 63, of Hackney, east London, was charged.", {("Hackney", "region", "GBR")}, set()),
]


@pytest.mark.parametrize("text,present,absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_places_of_real_reports(nlp: Language, text: str, present: set[Place], absent: set[Place]) -> None:
    found = places(nlp, text)
    assert present <= found
    assert not absent & found


# (name, the city table's name and country, or None for no city)
CITY_NAMES: list[tuple[str, str, tuple[str, str] | None]] = [
    ("same-name", "Linz", ("Linz", "AUT")),
    ("diacritics", "San Jose", ("San Jose", "USA")),
    ("sharp-s", "Giessen", ("Gie\u00dfen", "DEU")),
    ("english-name-of-big-city", "Bombay", ("Mumbai", "IND")),
    ("old-name-of-big-city", "Rangoon", ("Yangon", "MMR")),
    ("local-name-of-big-city", "Den Haag", ("The Hague", "NLD")),
    ("part-of-its-name", "Frankfurt", ("Frankfurt am Main", "DEU")),
    ("part-of-small-city-name", "Bad Homburg", ("Bad Homburg vor der H\u00f6he", "DEU")),
    # a city of its own name wins over a bigger city of which it is another name
    ("own-name-first", "Canton", ("Canton", "USA")),
    # a small town's other names (old names, transliterations) rename no place: "Nyanga" is no Nyanza
    ("small-town-other-name", "Nyanga", None),
    ("small-town-other-spelling", "Newhaven", None),
    # a three-letter other name is an abbreviation written as one, not a word
    ("abbreviation", "NYC", ("New York City", "USA")),
    ("short-word", "Dam", None),
    # the Arabic article dropped, as English writers do, but not where the rest is a given name ("Al Khalil" is Hebron)
    ("without-arabic-article", "Qamishli", ("Al Q\u0101mishl\u012b", "SYR")),
    ("without-arabic-article-hyphen", "Hodeidah", ("Al \u1e28udaydah", "YEM")),
    ("given-name-no-city", "Khalil", None),
    ("spanish-article-kept", "Paso", None),
    ("kosovo", "Prishtina", ("Pristina", "")),
    # "St." abbreviates "Saint": Russia's city, not only the Florida one named "St." exactly
    ("saint-abbreviated", "St. Petersburg", ("Saint Petersburg", "RUS")),
    ("saint-no-dot", "St Petersburg", ("Saint Petersburg", "RUS")),
    ("saint-own-name", "St. Louis", ("St. Louis", "USA")),
    # an airport's code is no city's abbreviation: "GRU" officers, the "CCP", the "CID"
    ("airport-code-gru", "GRU", None),
    ("airport-code-ccp", "CCP", None),
    ("airport-code-cid", "CID", None),
    ("initials-of-city", "HCMC", ("Ho Chi Minh City", "VNM")),
    # letters NFKD keeps whole are written plainly in English: the dotless i, the barred l
    ("plain-dotless-i", "Diyarbakir", ("Diyarbakır", "TUR")),
    ("plain-barred-l", "Lodz", ("Łódź", "POL")),    # an Albanian city's final "ë" becomes "a" in its definite form, the one English writers use
    ("albanian-definite", "Gjakova", ("Gjakov\u00eb", "")),
    ("albanian-definite-albania", "Vlora", ("Vlor\u00eb", "ALB")),
]


@pytest.mark.parametrize("name,expected", [c[1:] for c in CITY_NAMES], ids=[c[0] for c in CITY_NAMES])
def test_city_by_its_names(name: str, expected: tuple[str, str] | None) -> None:
    city = lookup_city(name)
    assert (None if city is None else (city.name, city.country)) == expected


def test_abbreviation_of_no_place_before_a_hyphen_is_no_place(nlp: Language) -> None:
    assert places(nlp, "The U.N.-backed talks resumed.") == set()


def test_city_in_two_forms_is_one_place(nlp: Language) -> None:
    found = places(nlp, "He was shot dead in Den Haag in 2017. Police in The Hague said the gunman fled.")
    assert [p for p in found if p[1] == "city"] == [("The Hague", "city", "NLD")]


@pytest.mark.parametrize("text, expected", [
    # an abbreviation in the headline and the name spelled out in the text: one place, at the abbreviation, named as
    # the city table names it (the abbreviation's row names no "New York")
    ("In NYC, four men charged\n\nA New York federal court charged four men.", [("New York City", "city", "USA")]),
    ("NEW YORK - A New York federal court charged four men.", [("New York", "city", "USA")]),  # capitals: as spelled
    ("PARIS - The activist was arrested in Paris.", [("Paris", "city", "FRA")]),  # a dateline in capitals
    ("Four men were charged in NYC on Tuesday.", [("NYC", "city", "USA")]),  # as written, not "Nyc"
])
def test_abbreviated_city_is_one_place(nlp: Language, text: str, expected: list[Place]) -> None:
    assert [p for p in places(nlp, text) if p[1] == "city"] == expected


def test_far_site_takes_the_story_setting(nlp: Language) -> None:
    text = ("The Chinese association opened an office in Dublin, Ireland, last year. Police in Dublin and Cork said they "
            "were looking into it. Officials in Beijing denied that China runs police stations.\n\n"
            "The office shares a floor with other community organisations on Capel Street.")
    assert ("Capel Street", "site", "IRL") in places(nlp, text)


def test_city_in_one_form_keeps_its_name(nlp: Language) -> None:
    assert ("Almere", "city", "NLD") in places(nlp, "He was killed in Almere. Police in Almere found the car.")


def test_place_followed_by_its_country_is_in_it(nlp: Language) -> None:
    # the story's setting (cities in mainland China) does not move a district named with its country
    text = ("He was questioned in Shenzhen, then held in Ningbo and later in Beijing.\n\n"
            "The bookstore was located in Causeway Bay, Hong Kong, until it closed.")
    found = places(nlp, text)
    assert ("Causeway Bay", "region", "HKG") in found
    assert ("Causeway Bay", "region", "CHN") not in found


def test_state_abbreviation_names_the_state(nlp: Language) -> None:
    # an Australian state's common abbreviation is the state; written in lowercase it is no abbreviation
    found = places(nlp, "The man, 45, was arrested at his home in Sydney, NSW, on Friday.")
    assert ("New South Wales", "region", "AUS") in found
    assert not any(p[0] == "New South Wales" for p in places(nlp, "The nsw file was opened on Friday."))


@pytest.mark.parametrize("text, expected", [
    # a body's name modifying its member lands, in the object of a locative preposition: the area it spans
    ("Investigations are also underway in other European Union countries.", True),
    ("Police in EU member states are looking into it.", True),
    # the member lands acting or named as a body's: no place
    ("Sweden, along with other European Union countries, condemns the death penalty.", False),
    ("EU countries imposed sanctions on the regime.", False),
])
def test_body_of_member_lands_as_area(nlp: Language, text: str, expected: bool) -> None:
    assert (("European Union", "region", None) in places(nlp, text)) is expected


@pytest.mark.parametrize("text, expected", [
    # a name both a country's and a continent's, coordinated with continents: the continent
    ("It is a burden for the diaspora working in Europe, America and other parts of the world.", ("America", "region", None)),
    # alone or beside a country: the country
    ("He fled to America in 2019.", ("United States", "country", "USA")),
    ("America and China signed a deal.", ("United States", "country", "USA")),
])
def test_america_among_continents(nlp: Language, text: str, expected: Place) -> None:
    assert expected in places(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a name the tables do not know, read as an area by a compass word, that speaks: a body named after its area
    ("Airlines cancelled flights, while East Japan Railway said some commuter lines would stop running.", set()),
    # the same kind of name where things happen stays an area
    ("The ship sailed through the Strait of Hormuz on Monday.", {("Strait of Hormuz", "region", None)}),
])
def test_speaking_area_is_a_body(nlp: Language, text: str, expected: set[Place]) -> None:
    assert {p for p in places(nlp, text) if p[1] == "region"} == expected
