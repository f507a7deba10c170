"""Counts the way published reports write them (issue 11): one set restated by the headline and the lede or named
again by a nationality or "all", sums whose number the model reads as a name, headlines in title case."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.nlp import make_doc

Count = tuple[float, str]


def counts(nlp: Language, text: str) -> list[Count]:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    rows = doc._.tnr_counts
    for row in rows:
        assert row.text == text[row.char_start : row.char_end]
    return [(r.value, r.category) for r in rows]


CASES: list[tuple[str, str, list[Count]]] = [
    # the lede restates the headline's count in other words: one set
    ("headline-restated", "U.S. charges 8 alleged Chinese agents in repatriation scheme\n\n"
     "Washington \u2014 Eight individuals have been charged with acting as agents of China.", [(8, "person")]),
    ("headline-restated-twice", "Iran plot: four men charged\n\nFour Iranian nationals were charged in New York. "
     "Prosecutors said the four Iranian nationals worked for intelligence.", [(4, "person")]),
    # a headline's count stands for one set only: a second set of the same size is counted
    ("headline-one-set-only", "Iran plot: three men charged\n\nThree men were charged. Three women were released later.",
     [(3, "person"), (3, "person")]),
    # the lede names what a headline's count left unread ("80 FETO"): one set, of the lede's kind
    ("headline-unread-unit", "Erdogan: 80 FETO brought back to Turkey\n\n"
     "Turkey has brought back 80 Fetullah Terrorist Organization (FETO) members from abroad.", [(80, "person")]),
    ("headline-unread-unit-other-number", "Erdogan: 80 FETO brought back to Turkey\n\n"
     "Turkey has brought back 70 Fetullah Terrorist Organization (FETO) members from abroad.", [(80, "other"), (70, "person")]),
    # a first line ending in a full stop is no headline
    ("no-headline", "Four men were charged on Monday.\n\nFour women were released.", [(4, "person"), (4, "person")]),
    ("all-n-definite", "Authorities are cancelling the passports of six activists. "
     "The passports of all six individuals would be cancelled.", [(6, "person")]),
    ("nationality-then-noun", "Police arrested two other Uyghurs in Dubai. The two other Uyghur detainees were deported.",
     [(2, "person")]),
    # different nationalities are different sets
    ("different-nationalities", "Police said 23 Russian diplomats were expelled. Moscow then expelled 23 British diplomats.",
     [(23, "person"), (23, "person")]),
    ("different-nouns", "Eight activists were named in July. Eight people were arrested in London.",
     [(8, "person"), (8, "person")]),
    ("money-read-as-law", "The bounty was raised to HK$1m for each of the five activists.",
     [(1_000_000, "money"), (5, "person")]),
    ("money-read-as-person", "He was offered \u20ac50,000 and later \u00a3100k to spy on activists.",
     [(50_000, "money"), (100_000, "money")]),
    ("title-case-headline", "Two New York Men Charged With Plotting To Kill Journalist\n\nThe men were charged on Friday.",
     [(2, "person")]),
    # a date after the counted noun is no part of it: the noun's category holds
    ("date-after-unit", "Federal prosecutors charged seven people Thursday with stalking dissidents.", [(7, "person")]),
    ("date-after-unit-time", "Police questioned two women Tuesday night.", [(2, "person")]),
    ("date-inside-is-not-after", "The ministry published 40 reports in 2022.", [(40, "other")]),
    # "A and other Bs" counts the Bs
    ("and-other", "Police raided the offices of 21 human rights and other groups.", [(21, "organization")]),
    ("and-no-other", "Police arrested 21 activists and journalists.", [(21, "person")]),
    # compounds of "man" are people ("policemen", "gunmen"); other words ending in "men" as a plural are not counted so
    ("men-compound", "Two Chinese policemen patrolled the square.", [(2, "person")]),
    ("men-compound-gunmen", "Three masked gunmen stormed the office.", [(3, "person")]),
    ("men-not-singular", "He received two specimens of the drug.", [(2, "other")]),
    # a capitalised number inside a name in running text is still no count
    ("name-in-running-text", "The Five Eyes alliance shares intelligence with its partners.", []),
    # a set phrase's numbers count nothing; other systems do
    ("set-phrase", 'Beijing promised freedoms under the "one country, two systems" formula.', []),
    ("not-set-phrase", "Police bought two surveillance systems.", [(2, "other")]),
    # a name may stand between a number and its counted noun even when the parser ends the sentence on the number
    ("name-before-noun-after-dateline", "UN experts press Cambodia\n\nRights monitor update, 16 September 2020\n\n"
     "Four United Nations human rights experts, including Rhona Smith, have told the government to act.", [(4, "person")]),
    # a subheading below the headline, without a full stop, is part of it: the lede restates its count
    ("deck-restated", "Thailand: Critics Feared Disappeared\n\n3 Prominent Dissidents Missing After Secret Extradition\n\n"
     "The government should disclose the whereabouts of three activists who were extradited.", [(3, "person")]),
    ("deck-sentence-case", "Egypt is targeting families of exiled dissidents, says HRW\n\nAt least 28 exiled dissidents have "
     "faced reprisals, a new report has found\n\nAt least 28 Egyptian government critics who live abroad have complained.",
     [(28, "person")]),
    ("no-deck", "Critics feared disappeared\n\nThree dissidents went missing.\n\nPolice said three activists were "
     "released.", [(3, "person"), (3, "person")]),
    # a lowercase plural noun after the capitalised words of a name is what the number counts
    ("name-then-counted-noun", "On Monday Four United Nations human rights experts wrote to the government.",
     [(4, "person")]),
    # "the other N", "the remaining N": the rest of the set counted just before
    ("the-other-three", "Four dams are being removed. The smallest came down last year. The other three, Boyle, Copco "
     "and Iron Gate, were drained in January.", [(4, "facility"), (3, "facility")]),
    ("the-remaining-two", "Police arrested five activists on Monday. The remaining two were released.",
     [(5, "person"), (2, "person")]),
    ("other-without-set", "He met the other three at a cafe.", []),
    # "N of them" with no number before: the definite set named before it in the sentence
    ("of-them-definite-set", "Safeguard Defenders, a rights group whose research first drew attention to the stations, "
     "has said it found more than 100 of them in dozens of countries.", [(100, "facility")]),
    # "N of them" with no set counted near: the plural "them" stands for, in the sentence or, for a number opening its
    # sentence, the sentence before; not the subject of the verb above the number, nor a speaker
    ("of-them-no-definite-set", "Tourists are slowly returning, and officials say most came for the spire. Two of them "
     "came for the cathedral.", [(2, "person")]),
    ("of-them-plural-in-sentence", 'China has run "service centres" since 2016, but the minister said Italian police had '
     "found evidence of only two of them.", [(2, "facility")]),
    ("of-them-plural-sentence-before", "Among those named are businessman Elmer Yuen and activists Johnny Fok and Tony "
     "Choi. Four of them are subject to previous arrest warrants.", [(4, "person")]),
    ("of-them-then-remaining", "Among those named are activists Johnny Fok and Tony Choi. Four of them are subject to "
     "previous warrants. Among the remaining 15, each carries a bounty.", [(4, "person"), (15, "person")]),
    ("of-them-no-plural", "He was sentenced to 20 months behind bars. He has served seven of them already.", []),
    ("of-them-subject-only", "Police officers say they found two of them.", []),
    ("of-them-same-set", "Two tourists came to town\n\nShops reported fewer visitors and the bench was removed by the "
     "council after the attack, which closed the cathedral for many weeks and left the town quiet through the summer "
     "and the autumn of that year. Tourists, officials say, are slowly returning, most of them to see the spire. Two of "
     "them came for the same reason.", [(2, "person")]),
    # an elided number in a sentence that counted people in or from countries counts the people, not the countries;
    # with no other set, the countries
    ("of-them-not-countries-where", "The researchers gathered testimony from 84 exiled Tibetans across 10 countries "
     "and found 49 of them had received threats.", [(84, "person"), (10, "country"), (49, "person")]),
    ("elided-not-countries-from", "The group listed 300 Uyghur asylum seekers returned to China from 16 countries, "
     "including 109 from Thailand in 2014.", [(300, "person"), (16, "country"), (109, "person")]),
    ("elided-countries-alone", "Officials from 16 countries met in Geneva; four of them had recalled envoys.",
     [(16, "country"), (4, "country")]),
    ("elided-countries-counted", "The report found 54 stations and 30 countries hosting them, 20 of them in Europe.",
     [(54, "facility"), (30, "country"), (20, "country")]),
    # a note's or a picture's number is a reference, and "mo", "mos" are months: no counts; the nouns alone are counted
    ("footnote-number", "It restricted officials complicit in the return of 40 Uyghurs.Footnote 2 Secretary Rubio "
     "promised to lobby Thailand.", [(40, "person")]),
    ("footnote-glued", "It restricted officials complicit in the return of 40 Uyghurs on February 27[, 2025].”Footnote 2 "
     "Secretary Rubio promised to lobby Thailand.", [(40, "person")]),
    ("photo-number", "At least 120 protesters were arrested on April 2 (photo 2).", [(120, "person")]),
    ("months-abbreviated", "She received bail after nearly six mos in jail with 3 other women.", [(3, "person")]),
    ("photos-counted", "The agency shared two photos of 12 victims.", [(2, "other"), (12, "person")]),
    # a set named again by the first words of its counted noun is one set; other words make another
    ("set-named-shorter", "The disappearances concern five staff members of the bookshop. In 2015, five staff went "
     "missing.", [(5, "person")]),
    ("set-other-words", "Five staff members were detained. Later five staff officers were released.",
     [(5, "person"), (5, "person")]),
    # "the N X" after N of another noun: the set counted before, named again by another noun; without "the" a new set
    ("definite-other-noun", "Police searched two community centres in Montreal. The two organisations denied any "
     "wrongdoing.", [(2, "facility")]),
    ("indefinite-other-noun", "Police searched two community centres in Montreal. Two organisations denied any "
     "wrongdoing.", [(2, "facility"), (2, "organization")]),
    # people and incidents are no things named again: "the two killings" after two people is a count of its own
    ("definite-people-not-things", "Agents killed two Pakistani citizens in 2023. Islamabad linked the two killings to "
     "India.", [(2, "person"), (2, "incident")]),
    ("definite-men-not-nations", "Tensions grew between the two nations. The two men were charged on Friday.",
     [(2, "country"), (2, "person")]),
    # nor are people or incidents renamed as a known kind of things: "the two countries" after two people counts them
    ("definite-nations-not-people", "Police arrested two Canadian nationals. Relations between the two countries "
     "soured.", [(2, "person"), (2, "country")]),
    ("definite-unknown-after-people", "Police arrested two Canadian nationals. The two gadgeteers were released.",
     [(2, "person")]),
    # nouns of a nation that are no demonym count people
    ("nation-nouns", "Kenya deported four Turks and three Britons.", [(4, "person"), (3, "person")]),
    # a spaced hyphen is a dash: the names after it are no part of the counted noun
    ("dash-ends-unit", "Students faced surveillance in four EU member states - France, Germany, Ireland and Poland.",
     [(4, "country")]),
    ("hyphen-joins-unit", "Police questioned six UK-based activists.", [(6, "person")]),
    # bodies that turned up are dead people's
    ("bodies-turned-up", "Three dissidents went missing in Laos. Then two of their bodies turned up on the banks of the "
     "river.", [(3, "person"), (2, "person")]),
    # a number the model reads alone as a name, before a lowercase noun, is a count; a number inside a name is not
    ("number-read-as-name", "Twelve family members of Azerbaijani opposition blogger Ordukhan Teymurkhan were "
     "detained by Azerbaijani police.", [(12, "person")]),
    # the reasons and ways of an argument are no things the story is about
    ("reasons-no-count", "She made this claim for two reasons. Police arrested two suspects.", [(2, "person")]),
    ("things-no-count", "The ruling shows two things: a diplomat has no immunity.", []),
    ("scenarios-modified", "The report lays out two alternative scenarios for the region.", []),
    ("years-modified", "She spent three long years in exile.", []),
    ("scenario-modifier", "The ministry held two scenario workshops in March.", [(2, "other")]),
    # a verb the parser reads as a noun after a counted plural is no part of it ("Uzbeks labour under")
    ("plural-then-root-noun", "The 30 million Uzbeks labour under the state's heavy hand.", [(30_000_000, "person")]),
    ("plural-then-root-noun-propn", "Some 200 Uyghurs protest outside the Chinese consulate.", [(200, "person")]),
    ("plural-then-object-noun", "Police arrested five Uyghur community leaders in Dubai.", [(5, "person")]),
    # a people's plural the model reads as a name with the number before it is still counted; a name is not
    ("people-read-as-name", "The film looks at the impact of surveillance on the seven Uzbeks, within and outside the "
     "Central Asian state.", [(7, "person")]),
    ("name-with-number", "He joined the Chicago Seven Group in 1968.", []),
    # public figures are people: "four Egyptian media personalities"
    ("personalities-people", "Interpol was asked to issue notices against four Egyptian media personalities.",
     [(4, "person")]),
    # "No. 1" split by the tokenizer is a name's number
    ("number-abbreviation", "The smallest dam, Copco No. 2, came down last year.", []),
    # a number whose noun is elided after "including" or as the object of "include": part of the set named
    ("including-elided", "Hong Kong maintains a network of trade offices around the world, including three in the "
     "United States.", [(3, "facility")]),
    ("include-elided", "The detained students include 20 from Cairo's al-Azhar University.", [(20, "person")]),
    ("include-years", "The list includes 2019 and 2020.", []),
    # weights and volumes of goods are counts; lengths and heights are no counts
    ("goods-by-weight", "Kazakhstan exported 2.6 million tons of grain, up from 152,800 tons.",
     [(2_600_000, "other"), (152_800, "other")]),
    ("goods-by-volume", "The cartel will cut output by 500,000 barrels per day.", [(500_000, "other")]),
    ("length-no-count", "The tunnel is about 400 metres long and 30 metres high, 60 kilometers from the city.", []),
    # two charges of one kind named by what they are for are two counts; the same charge named again is one
    ("two-charges", "He pleaded guilty to one count of cyberstalking and one count of money laundering.",
     [(1, "incident"), (1, "incident")]),
    ("charge-again", "He pleaded guilty to one count of cyberstalking. The one count carries five years.",
     [(1, "incident")]),
    # a term is a duration, but life terms are counted sentences (as life sentences are); a participle with a singular
    # object names no counted noun
    ("life-terms", "The court sentenced him to two life terms.", [(2, "other")]),
    ("terms-of-office", "He served two terms as mayor.", []),
    ("participle-object", "Uyghur girl among four facing deportation to China", []),
    ("participle-modifier", "Two masked gunmen shot the activist.", [(2, "person")]),
    # letters written onto a number make a name; "one in five" is a share
    ("glued-letters", "Leaders discussed 5G networks.", []),
    ("share", "One in five Tibetans said police had contacted them.", []),
    ("share-digits", "Police said 1 in 3 detainees were students.", []),
    ("not-share", "Safeguard Defenders found 102 in 53 countries.", [(53, "country")]),
    # a guess between two numbers is vague; two counts joined by "or" are not a guess
    ("either-or-guess", "She knew \u201cthree or four\u201d other Myanmar nationals whose passports were revoked.", []),
    ("either-or-days", "The two women were stabbed about two or three days ago.", [(2, "person")]),
    # a demonym the model reads as a person's name, its noun further on: the people are counted; a name is not
    ("demonym-far-noun", "At least 15 Tajik anti-government activists and opposition supporters have disappeared.",
     [(15, "person")]),
    ("name-after-number", "The mother-of-two Salma al-Shehab was jailed for 34 years.", []),
    # "N out of M nouns": the part is counted by the whole's noun, as "52 of 60 seats"
    ("out-of-whole", "The party won 41 out of 53 seats in the elections.", [(41, "other"), (53, "other")]),
    ("out-of-no-noun", "The party won 41 out of the race.", []),
    # "N out of the M nouns" is a partitive like "N of the M nouns": the part counts the whole's noun
    ("out-of-the-whole", "Three out of the eight pro-democracy activists currently reside in the UK.",
     [(3, "person"), (8, "person")]),
    ("out-of-the-no-number", "Police found three out of the country's archives.", []),
    # "the first case of three": the number counts the things of which the ordinal singles one out
    ("ordinal-of-number", "The first case of three announced in April charges two men.", [(3, "incident"), (2, "person")]),
    ("of-number-no-ordinal", "The best case of three is unclear.", []),
    # one of a set counted before, with or without a qualifier, is no count of its own
    ("at-least-one-of-set", "The two women \u2014 one from Vietnam and one from Indonesia \u2014 are in custody, and at least "
     "one suffered the chemical's effects.", [(2, "person")]),
    ("or-two-counts", "They face three charges or two counts of fraud.", [(3, "incident"), (2, "incident")]),
    # an adverb of the word before the counted noun is part of it; the set then counts "N of them"
    ("adverb-before-noun", "China has 102 so-called police stations worldwide, 11 of them in Italy.",
     [(102, "facility"), (11, "facility")]),
    ("half-a-dozen", "Half a dozen Sikh activists were warned by police.", [(6, "person")]),
    ("vague-scale", "Several thousand Russians and a few hundred Uyghurs protested.", []),
    # a numbering verb sizes the set it names
    ("numbering", "Milan has a Chinese community numbering over 16,000.", [(16_000, "person")]),
    ("who-number", "The exiles, who number more than 10,000, live mostly in Istanbul.", [(10_000, "person")]),
    ("numbers", "The Uyghur diaspora in Turkey numbers some 50,000.", [(50_000, "person")]),
    ("fractions", "Two thirds of respondents and three quarters of exiles feared reprisals.", []),
    # one value in two currencies is two sums
    ("two-currencies", "Officials seized US$5 million and 5 million euros.", [(5_000_000, "money"), (5_000_000, "money")]),
    # in a title-case headline the counted noun ends before the capitalised verb
    ("title-case-verb", "Thirteen Nations Sign Statement On Transnational Repression\n\nThe statement was issued.",
     [(13, "country")]),
    # a family is a household counted as one thing, not a person
    ("families", "At least 50 Nicaraguan families have fled Costa Rica.", [(50, "other")]),
    # a name joined by "of" (and an abbreviation in brackets) may stand between a number and its counted noun
    ("name-with-of-people", "Police arrested two Ministry of State Security officers in Berlin.", [(2, "person")]),
    ("name-with-of-outlet", "The network employed 12 Voice of America journalists.", [(12, "person")]),
    ("name-with-of-things", "Investigators froze three Bank of China accounts.", [(3, "other")]),
    ("name-with-abbreviation", "India cancelled 100 Overseas Citizen of India (OCI) cards.", [(100, "other")]),
    ("name-with-of-then-name", "Three Ministry of Justice officials and the Minister of Foreign Affairs met.",
     [(3, "person")]),
    # "Five more were ...", "Another 300 were ...": more of the set counted just before
    ("n-more-refers-back", "Hong Kong police issued bounties for eight activists in July. Five more were added in "
     "December.", [(8, "person"), (5, "person")]),
    ("another-n-refers-back", "China jailed 1,200 Uyghurs, rights groups said. Another 300 were sent to camps.",
     [(1_200, "person"), (300, "person")]),
    ("another-n-no-set", "Another 300 were sent to camps.", []),
    ("n-more-minutes", "Five more minutes passed before police arrived.", []),
    # an elided noun before a passive act done to people counts people; a qualifier may open the sentence
    ("passive-people-act", "At least 10 were killed when gunmen opened fire.", [(10, "person")]),
    ("perfect-people-act", "Two have been detained since May, police said.", [(2, "person")]),
    ("qualified-refers-back", "Police arrested five activists on Monday. At least two were released on bail.",
     [(5, "person"), (2, "person")]),
    ("no-people-act", "At least 10 were found in the archive.", []),
    ("no-one-detained", "Prosecutors said no one had been detained so far.", []),
    ("lone-one-detained", "One was detained at the airport.", []),
    ("lone-one-placed", "One member was last seen in Hong Kong.", [(1, "person")]),
    ("lone-one-unplaced", "One member was last seen at a petrol station.", []),
    # abbreviated durations in a byline are no counts
    ("byline-durations", "By Jane Doe | 5 min read | Updated 2 hrs ago\n\nPolice arrested two men.", [(2, "person")]),
    # percentage points and basis points are no counts
    ("points", "Support fell 5 percentage points and rates rose by 25 basis points.", []),
    # members of a body of states are countries; members of other bodies are people
    ("members-of-states", "OPEC+ brings together the 13 members of the Organization of the Petroleum Exporting "
     "Countries. The 27 members of the European Union and 32 NATO members met.",
     [(13, "country"), (27, "country"), (32, "country")]),
    ("members-of-people", "Police arrested three members of the Uyghur community in the United States, four members "
     "of the Democratic Party and 12 EU staff members.", [(3, "person"), (4, "person"), (12, "person")]),
    # a collective noun for people after a name is what the number counts
    ("name-then-staff", "Police questioned five Amnesty International staff and two Ministry of Public Security "
     "personnel.", [(5, "person"), (2, "person")]),
    ("name-then-police", "He was one of 50 Hong Kong police sent to the border.", [(50, "person")]),
    # a work's title: capitalised words and a colon after a number in running text
    ("title-with-colon", "That earlier report, 110 Overseas: Chinese Transnational Policing Gone Wild, listed 54 "
     "stations.", [(54, "facility")]),
    ("no-title-colon", "Police named 12 Uyghurs: Six were men.", [(12, "person"), (6, "person")]),
    # the later numbers of a list of ages or names
    ("list-of-ages", "The 3 Uyghurs, aged 19, 20 and 23, were deported.", [(3, "person")]),
    ("list-of-articles", "Articles 37, 38 and 39 were cited.", []),
    # "N of M Xs" counts the part and the whole by the same noun
    ("part-of-whole", "Three of five judges dissented.", [(3, "person"), (5, "person")]),
    # thousands grouped by a space
    ("space-grouped", "Some 12 000 people protested, and 1 500 were detained.", [(12_000, "person"), (1_500, "person")]),
    # a magnitude is a measure; people named by a place or a village count as people
    ("magnitude", "The 7.8 magnitude quake killed 50,000 people.", [(50_000, "person")]),
    ("people-nouns", "Five Hongkongers, two villagers and three analysts fled.", [(5, "person"), (2, "person"),
                                                                                  (3, "person")]),
    # a scale glued to a sum keeps the sentence's full stop: "£5.5m."
    ("scale-at-sentence-end", "The amount was £5.5m. Police detained two men.", [(5_500_000, "money"), (2, "person")]),
    # a sum named for what it pays and then alone is one sum
    ("sum-named-again", "He received $300,000 in bribes. Prosecutors said the $300,000 was wired to a bank.",
     [(300_000, "money")]),
    # a number a verb of growth takes "the number of" a plural to counts that plural
    ("number-of-rose-to", "The number of Uyghurs deported from Thailand rose to 40, officials said.", [(40, "person")]),
    ("number-of-increased-to", "The number of activists with bounties on their heads increased to 13.", [(13, "person")]),
    ("rose-to-no-set", "Prices rose to 40 in June.", []),
    # and a verb of fall, and "numbers" after the noun counted
    ("numbers-fell-to", "Across Asia, wild tiger numbers fell to around 3,200 in 2010.", [(3200, "other")]),
    ("number-of-dropped-to", "The number of Uyghurs held dropped to 40, officials said.", [(40, "person")]),
    ("fell-to-no-set", "Oil prices fell to 40 in June.", []),
    # a number with its noun elided that is the object of an act done to people counts people
    ("act-object", "Police have now arrested 11, including three minors.", [(11, "person"), (3, "person")]),
    ("released-participle", "Seven were released and the rest remain missing.", [(7, "person")]),
    # a body of people sized by "of" and a number: the number counts its people
    ("staff-of-number", "Threats forced its entire staff of twenty to leave the country.", [(20, "person")]),
    ("crew-of-number", "The plane carried a crew of six and 126 passengers.", [(6, "person"), (126, "person")]),
    # "bodies" found or dead are people's; bodies that act are organisations
    ("bodies-found", "DNA tests show that two bodies found washed up on the shore are those of activists.", [(2, "person")]),
    ("bodies-acting", "The two bodies condemned the law on Monday.", [(2, "organization")]),
    # a number between a name and a singular noun after "the" names a case
    ("number-in-case-name", "He is one of the defendants in the UAE 94 case, after it deported him.", []),
    ("number-in-case-name-two-words", "In the Hong Kong 47 case, they were sentenced to prison.", []),
    ("number-after-place-counts", "In Xinjiang 300 people were held.", [(300, "person")]),
    # life sentences are counted (category other, as the real gold reads them); a term of years is a duration
    ("life-sentences", "A Hanoi court handed him two life sentences for corruption.", [(2, "other")]),
    ("years-sentence-no-count", "A Hanoi court handed him a sentence of 14 years for corruption.", []),
    # red notices are documents (other), not incidents; lives lost are people; justices are people
    ("red-notices", "Interpol approved 29 red notices against exiles.", [(29, "other")]),
    ("lives", "The genocide claimed more than half a million lives.", [(500_000, "person")]),
    ("life-not-lives", "He was sentenced to one life term and fined.", []),
    ("justices", "Three justices of the supreme court dissented.", [(3, "person")]),
    # a compound joined by hyphens is one word of the counted noun: two charges are told apart by it
    ("hyphen-compound", "He faces one count of murder for hire, and one count of murder-for-hire conspiracy.",
     [(1, "incident"), (1, "incident")]),
    # an infinitive's "to" after the counted noun ends it: the noun after it is no head
    ("to-after-unit", "The court sentenced six Bulgarian nationals to imprisonment.", [(6, "person")]),
    # "or so" after a number makes a guess of it: the noun after the guess is counted; no number, no count
    # a capitalised kind of road right after a number names a numbered street; a lowercase one is a noun's modifier
    ("numbered-street", "The shooting happened near 120 Street in Surrey.", []),
    ("road-modifier", "Police found two road workers near the scene.", [(2, "person")]),
    ("dozen-or-so", "The two dozen or so people moved to Sheridan Circle.", [(24, "person")]),
    ("number-or-so", "Police detained 30 or so protesters on Monday.", [(30, "person")]),
    ("or-so-without-number", "Police arrested five people, or so the ministry said, and waited an hour or so.", [(5, "person")]),
    # "N times" after a verb of an act done to people counts incidents; after blows or other verbs it is "other"
    ("times-arrested", "Having been arrested nine times and imprisoned twice, he fled to Britain.", [(9, "incident")]),
    ("times-targeted", "The activist was targeted with spyware at least four times between 2018 and 2019.",
     [(4, "incident")]),
    ("times-summoned", "Police summoned his parents three times.", [(3, "incident")]),
    ("times-stabbed", "He was stabbed as many as 21 times, according to his brother.", [(21, "other")]),
    ("times-mentioned", "The judgment mentions India's role at least 17 times.", [(17, "other")]),
    ("times-ratio", "Nepal now has 355 tigers, almost three times the 121 recorded in 2009.", [(355, "other"), (121, "other")]),
    # royalty, ranks and trades outside the suffix table are people; places of worship and religious schools facilities
    ("princes", "In the last two years, three Saudi princes living in Europe have disappeared.", [(3, "person")]),
    ("royals", "He lured at least five royals back to the kingdom.", [(5, "person")]),
    ("waitresses-chefs", "Agents watched 13 waitresses and two chefs.", [(13, "person"), (2, "person")]),
    ("madrasas", "He taught at five madrasas across Istanbul.", [(5, "facility")]),
    ("not-a-person", "Police seized two cars.", [(2, "other")]),
    # "accused" as a noun after a number counts people; after a counted noun it is the noun's participle
    ("accused-noun", "He was convicted along with two other accused.", [(2, "person")]),
    ("accused-participle", "Three people accused of spying were arrested.", [(3, "person")]),
    # a compound and its head may name another category than the head alone; acquaintances are people
    ("police-posts", "Thailand has two police posts near the border.", [(2, "facility")]),
    ("posts-alone", "She had deleted three posts on Facebook.", [(3, "other")]),
    ("case-studies", "The report examined two case studies in detail.", [(2, "incident")]),
    ("acquaintances", "Police questioned two of her acquaintances.", [(2, "person")]),
    # a calibre is a measure, no count; a number closing a quoted name names a group or a trial
    ("calibre", "He had a 9 mm handgun and 20 bullets. He was shot with a 9mm pistol.", [(20, "other")]),
    ("quoted-name-trial", 'One was convicted as part of the "UAE 94" trial, which followed a round-up.', []),
    ("quoted-name-group", 'He sought to represent members of the \u201cHong Kong 12\u201d who fled to Taiwan.', []),
    ("quoted-count", 'Officials said "Beijing sent 12" agents to London.', [(12, "person")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_counts_of_real_reports(nlp: Language, text: str, expected: list[Count]) -> None:
    assert counts(nlp, text) == expected


QUALIFIERS = [
    # a preposition the model reads into the number's entity qualifies it
    ("over-in-entity", "Freedom House said the most common form is detention, with the organization recording over 500 cases.",
     "more_than"),
    ("about-roughly", "Hackers have stolen information about roughly 1,000 North Korean defectors.", "about"),
    ("over-after-numbering", "Milan is the Italian city with the largest Chinese community, numbering over 16,000 and concentrated around the Via Paolo Sarpi area.",
     "more_than"),
    # "around" before a number qualifies it, wherever the parser hangs it
    ("around-after-verb", "Singapore hosts around 300,000 Myanmar nationals with valid work permits.", "about"),
    # a preposition outside the number's entity governs the counted noun: no qualifier
    ("over-a-place", "The virus spread over five continents.", "exact"),
    ("or-so-after", "A dozen or so protesters gathered outside the embassy.", "about"),
]


@pytest.mark.parametrize("text,qualifier", [c[1:] for c in QUALIFIERS], ids=[c[0] for c in QUALIFIERS])
def test_qualifier_of_real_reports(nlp: Language, text: str, qualifier: str) -> None:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    assert [row.qualifier for row in doc._.tnr_counts] == [qualifier]


UNITS = [
    # a bare noun phrase after "of" says what is counted
    ("of-bare-phrase", "Freedom House recorded 608 cases of direct, physical transnational repression.",
     "cases of direct, physical transnational repression"),
    ("of-descent", "Two persons of Iranian descent were killed.", "persons of Iranian descent"),
    ("of-goods", "Kazakhstan exported 2.6 million tons of grain.", "tons of grain"),
    # a named or determined phrase after "of" says whose they are: no part of the counted noun
    ("of-determined", "Prosecutors charged three members of his network.", "members"),
    ("of-named-body", "Prosecutors charged 34 officers of the Ministry of Public Security.", "officers"),
    ("of-person", "Police detained five cousins of Mohamed Soltan.", "cousins"),
    # a sum: what it pays after "in"; a rate names nothing
    ("money-in", "Fourth place is worth $25 million in prize money.", "prize money"),
    ("money-in-place", "He paid $25 million in Hong Kong.", None),
    ("money-rate", "The strike could cost the economy $4.5 billion a day.", None),
    ("money-rate-per", "Brent rose to $84 per barrel.", None),
    ("money-noun-after", "He handed over a $100,000 payment.", "payment"),
    # a sum "of" a noun is what the noun names; an amount word names nothing
    ("money-of", "Police offered rewards of HK$1 million each for information.", "rewards"),
    ("money-of-qualified", "The charge carries a fine of up to $250,000.", "fine"),
    ("money-of-amount", "He paid a total of $5,000.", None),
    # plural nouns conjoined to the counted noun without a number of their own are counted with it
    ("conjoined-nouns", "Abu Dhabi tried 94 Emirati scholars, activists, lawyers, doctors, and human rights defenders.",
     "Emirati scholars, activists, lawyers, doctors, and human rights defenders"),
    ("conjoined-possessive", "Two dozen Nicaraguan exiles and their families fled.", "Nicaraguan exiles and their families"),
    ("conjoined-own-number", "Police arrested five activists and three journalists.", "activists"),
    ("conjoined-singular", "Police arrested two men and a woman.", "men"),
    ("hyphen-compound-unit", "He faces one count of murder-for-hire conspiracy.", "count of murder-for-hire conspiracy"),
    ("to-no-part", "The court sentenced six Bulgarian nationals to imprisonment.", "Bulgarian nationals"),
]


@pytest.mark.parametrize("text,unit", [c[1:] for c in UNITS], ids=[c[0] for c in UNITS])
def test_unit_of_real_reports(nlp: Language, text: str, unit: str | None) -> None:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    assert [row.unit for row in doc._.tnr_counts][:1] == [unit]


PLACES = [
    ("in-place", "Nine such offices are in Spain.", "ESP"),
    # a place that "is home to" the people counted holds them
    ("home-to", "Canada is home to about 770,000 Sikhs, the largest Sikh population outside India.", "CAN"),
    ("home-to-alone", "Austria alone is home to about 30,000 Chechens.", "AUT"),
    ("hosts", "Singapore hosts around 300,000 Myanmar nationals with valid work permits.", "SGP"),
    ("has-no-host", "China has 54 stations in five continents.", None),
    # where people come from is not where they are
    ("from-origin", "The report is based on interviews with 32 students from China.", None),
    ("from-origin-city", "Two men from New York City have been charged.", None),
    # but a place a verb moves them from is where they were
    ("from-after-verb", "Police said 11 people were deported from Thailand.", "THA"),
    # a year between the count and its place does not part them
    ("year-between", "The report claims that nearly 20 killings since 2020 in Pakistan were executed by gunmen.", "PAK"),
    ("number-between", "Police arrested 12 people and 40 others in Spain.", None),
    # the verb of the counted people puts them in a place further off
    ("verb-place", "Two Cambodian activists and a former political prisoner have been apprehended in Thailand.", "THA"),
    # the number is the subject and the noun after "of" its part: the verb's place is theirs
    ("part-subject-verb-place", "The website says at least 20 of the region's natives have been detained in Moscow "
     "and forcibly brought to Tajikistan in the last six months.", "RUS"),
    ("part-subject-no-verb-place", "Four of the region's activists have been detained, officials in Moscow said.", None),
    ("part-out-of-verb-place", "Three out of the eight pro-democracy activists currently reside in the UK.", "GBR"),
    ("part-out-of-no-verb-place", "Three out of the eight pro-democracy activists were named, officials in London said.",
     None),
    ("relative-clause-place", "The killings include two Rwandan activists who were murdered in South Africa in 2014.", "ZAF"),
    ("participle-place", "Hackers stole data about roughly 1,000 North Korean defectors living in South Korea.", "KOR"),
    # but not where some of them live, nor where they were taken from, nor two places at once
    ("part-lives-place", "Warrants were issued for 19 pro-democracy activists, several of whom reside in Canada.", None),
    ("far-from-place", "Three dissidents went missing after a secret extradition from Vietnam.", None),
    ("two-places", "Police said 11 people were arrested in London and Yorkshire.", None),
]


@pytest.mark.parametrize("text,country", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_place_of_count(nlp: Language, text: str, country: str | None) -> None:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    assert [row.country for row in doc._.tnr_counts][:1] == [country]


def test_infinitive_is_no_part_of_a_sum(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "He was offered \u00a3100k to spy on activists.", article_id="t"))
    assert [row.text for row in doc._.tnr_counts] == ["\u00a3100k"]


REFERRED = [
    # a number referring back whose part the sentence names anew: its unit is the new name
    ("of-whom-are", "Seven men were charged, two of whom are U.S. citizens.", "U.S. citizens"),
    ("were-complement", "Police arrested four men. Two were Uzbek citizens.", "Uzbek citizens"),
    ("of-which-were", "Three people were remanded into custody, of which two were Uzbek citizens.", "Uzbek citizens"),
    ("of-which-no-name", "Police held nine men, of whom four were later questioned.", "men"),
    ("of-them-apposition", "Police arrested 34 people, eight of them Chinese government officials.", "Chinese government officials"),
    ("of-them-no-name", "Police arrested 34 people; eight of them were released.", "people"),
]


@pytest.mark.parametrize("text,unit", [c[1:] for c in REFERRED], ids=[c[0] for c in REFERRED])
def test_unit_of_part_named_anew(nlp: Language, text: str, unit: str) -> None:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    assert [row.unit for row in doc._.tnr_counts][1:] == [unit]


HEADLINE_RESTATED = [
    # a headline drops the qualifier and the place its lede gives: the one row takes them from the lede
    ("lede-qualifier-place", "Hackers steal data on 1,000 North Korean defectors\n\nHackers have stolen information about "
     "roughly 1,000 North Korean defectors living in South Korea.", [(1000, "about", "KOR")]),
    # but a headline's own qualifier stands, and a later mention of the set gives nothing
    ("headline-qualifier", "At least 8 agents charged\n\nEight individuals have been charged with acting as agents.",
     [(8, "at_least", None)]),
    ("no-headline-later", "Hackers steal data on 1,000 defectors\n\nHackers stole data on 1,000 defectors. "
     "The 1,000 defectors living in South Korea were warned.", [(1000, "exact", None)]),
]


@pytest.mark.parametrize("text,rows", [c[1:] for c in HEADLINE_RESTATED], ids=[c[0] for c in HEADLINE_RESTATED])
def test_headline_count_takes_lede_attributes(nlp: Language, text: str, rows: list[tuple[float, str, str | None]]) -> None:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    assert [(row.value, row.qualifier, row.country) for row in doc._.tnr_counts] == rows


UNITS = [
    # an adjective after the counted noun says what befell the things counted, it is no part of the noun
    ("adjective-after-noun", "The typhoon of 1958 left more than 1,200 people dead or missing.", "people"),
    # adjectives before a noun are part of it
    ("adjectives-before-noun", "Police named a dozen credible and imminent threats.", "credible and imminent threats"),
    # a participle after the counted noun is no part of it, even one that is a counted noun alone ("two accused")
    ("participle-after-noun", "Three people accused of spying were arrested.", "people"),
    # modifiers before a name or before another modifier belong to the plural noun they modify
    ("modifiers-before-name", "UAE authorities designated four prominent exiled Emirati dissidents as terrorism supporters.",
     "prominent exiled Emirati dissidents"),
    ("participle-before-name", "Britain accused three alleged GRU agents of the attack.", "alleged GRU agents"),
    ("participle-before-people", "Turkey should not deport two detained Turkmen activists.", "detained Turkmen activists"),
    # a verb after the counted noun is no modifier of the noun after it
    ("verb-after-noun", "Three men detained Uyghur activists in Istanbul.", "men"),
]


@pytest.mark.parametrize("text,unit", [c[1:] for c in UNITS], ids=[c[0] for c in UNITS])
def test_unit_of_count(nlp: Language, text: str, unit: str) -> None:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    assert [row.unit for row in doc._.tnr_counts] == [unit]


QUALIFIERS = [
    # "estimated" as the verb that states the number is no qualifier; as the adjective before it, it is
    ("estimated-verb", "The previous national survey, in 2018, estimated 235 tigers.", "exact"),
    ("an-estimated", "Nepal is home to an estimated 355 wild tigers.", "about"),
]


@pytest.mark.parametrize("text,qualifier", [c[1:] for c in QUALIFIERS], ids=[c[0] for c in QUALIFIERS])
def test_qualifier_of_count(nlp: Language, text: str, qualifier: str) -> None:
    doc = nlp(make_doc(nlp, text, article_id="t", published="2024-01-01"))
    assert [row.qualifier for row in doc._.tnr_counts] == [qualifier]
