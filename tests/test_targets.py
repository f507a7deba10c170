"""Targets and years of incidents (GUIDELINES.md incidents: ``targets``, ``year``; pipeline/extract/targets.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from pipeline.nlp import make_doc

if TYPE_CHECKING:
    from spacy.language import Language


def rows(nlp: Language, text: str) -> dict[tuple[str, str], tuple[str | None, int | None]]:
    """Return each incident's (targets, year) by (origin, tactic): the host is not what these tests check (relative
    dates count from 5 December 2022)."""
    doc = nlp(make_doc(nlp, text, published="2022-12-05"))
    return {(r.origin, r.tactic): (r.targets, r.year) for r in doc._.tnr_incidents}


# (text, the incident (origin, tactic), its expected targets); negatives expect no target or not the wrong one
TARGET_CASES = [
    pytest.param("Saudi agents killed the journalist Jamal Khashoggi at the consulate in Istanbul in October 2018.",
                 ("SAU", "assassination"), "Jamal Khashoggi", id="object-person"),
    # a lede's pronoun for one it describes, named in the next sentence, whoever speaks there; not a suspect arrested there
    pytest.param("An exiled Thai critic of the monarchy said he was attacked in his home in Japan by Thai agents last month. "
                 "Pavin Chachavalpongpun, a professor at Kyoto University, said he was asleep when a man broke in.",
                 ("THA", "assault"), "Pavin Chachavalpongpun", id="a-lede-pronoun-for-one-named-next-who-speaks"),
    pytest.param("The family of an Egyptian citizen detained in the UAE fears he will be extradited to Egypt. If Sherif Osman, a "
                 "former officer, is extradited, he will be tortured.", ("EGY", "unlawful_deportation"), "Sherif Osman",
                 id="a-lede-pronoun-for-one-named-next"),
    pytest.param("An exiled Thai critic of the monarchy said he was attacked in his home in Japan by Thai agents last month. "
                 "Police arrested Somchai Wong, a Thai national, on Monday.", ("THA", "assault"), None,
                 id="a-lede-pronoun-is-not-the-suspect-named-next"),
    # a lede's indefinite object named as the opening subject (or its owner) of the next sentence, not of a verb of
    # saying, nor named later in it; the group of its noun yields to that name, and stays when no one is named
    pytest.param("An Egyptian military court on Sunday sentenced in absentia a Spain-based critic of President Abdel Fattah "
                 "al-Sisi to life in prison. Mohamed Ali, a construction contractor and actor, had posted videos accusing the "
                 "army of corruption.", ("EGY", "legal_pressure"), "Mohamed Ali", id="an-indefinite-object-named-next-as-subject"),
    pytest.param("A Russian court has ordered a Belarusian man extradited to Minsk, where he faces charges of taking part in "
                 "protests. Vadzim Duboyski's sister told RFE/RL that the court had rejected his appeal.",
                 ("BLR", "unlawful_deportation"), "Vadzim Duboyski", id="an-indefinite-object-named-next-as-the-subjects-owner"),
    pytest.param("An Egyptian military court on Sunday sentenced in absentia a Spain-based critic of President Abdel Fattah "
                 "al-Sisi to life in prison. Amr Magdi, a researcher at Human Rights Watch, said the verdict was political.",
                 ("EGY", "legal_pressure"), None, id="an-indefinite-object-is-not-the-speaker-named-next"),
    pytest.param("An Egyptian military court on Sunday sentenced in absentia a Spain-based critic of President Abdel Fattah "
                 "al-Sisi to life in prison. Lawyers for the state said Mohamed Ali had posted videos accusing the army.",
                 ("EGY", "legal_pressure"), None, id="an-indefinite-object-is-not-one-named-later-in-the-next-sentence"),
    pytest.param("Malaysian police detained a senior Cambodian opposition figure at the request of Cambodia on Wednesday. "
                 "Mu Sochua, the deputy leader of the party, had flown in from Jakarta.", ("KHM", "detention"), "Mu Sochua",
                 id="an-indefinite-objects-group-yields-to-the-name-next"),
    pytest.param("Malaysian police detained a senior Cambodian opposition figure at the request of Cambodia on Wednesday. "
                 "The party had planned a rally in Phnom Penh.", ("KHM", "detention"), "Cambodian opposition",
                 id="an-indefinite-objects-group-stays-when-no-one-is-named"),
    # a people noun's own phrase names its members; a counted set's members are the persons the next sentence opens with
    # as the one it is about, not one who speaks there; the group stays when no one is named
    pytest.param("Turkish authorities have deported Turkmen activists and bloggers Alisher Sakhatov and Abdulla Orusov to their "
                 "home country.", ("TKM", "unlawful_deportation"), "Alisher Sakhatov; Abdulla Orusov", id="a-groups-own-phrase-names-its-members"),
    pytest.param("Turkish authorities have deported Turkmen activists who had criticised President Serdar Berdimuhamedow to "
                 "their home country.", ("TKM", "unlawful_deportation"), "Turkmen activists", id="a-groups-relative-clause-names-no-member"),
    pytest.param("Two Cambodian activists have been apprehended in Thailand at the request of Cambodia. Phan Phana and Lim "
                 "Sokha were detained in an immigration operation at a Bangkok apartment complex.", ("KHM", "detention"),
                 "Phan Phana; Lim Sokha", id="a-counted-sets-members-named-next"),
    pytest.param("Two Cambodian activists have been apprehended in Thailand at the request of Cambodia. Sunai Phasuk, a "
                 "researcher, said the arrests were political.", ("KHM", "detention"), "Cambodian activists",
                 id="a-counted-set-is-not-the-speaker-named-next"),
    pytest.param("Noel Zihabamwe, a Sydney-based activist, believes his two brothers in Rwanda have been murdered by Rwandan "
                 "agents. His siblings Jean Nsengimana and Antonine Zihabamwe were abducted from a bus.", ("RWA", "assassination"), "Noel Zihabamwe",
                 id="a-counted-set-of-kin-is-not-the-persons-named-next"),
    pytest.param("Turkish agents have captured 80 Turkish citizens abroad. Ahmet Yilmaz's comments in a televised interview "
                 "come amid tension with Kosovo.", ("TUR", "rendition"), "Turkish citizens",
                 id="a-counted-set-is-not-the-owner-of-the-next-subject"),
    pytest.param("Habib Chaab had lived in Sweden for many years. In October 2020 he flew to Istanbul, where he was lured "
                 "to a meeting by Iranian agents.",
                 ("IRN", "rendition"), "Habib Chaab", id="pronoun-in-the-sentence-after"),
    pytest.param("India had designated him a terrorist in 2020.", ("IND", "legal_pressure"), None,
                 id="pronoun-with-no-one-before"),
    pytest.param("Egyptian security forces detained five cousins of Mohamed Soltan, a US-based activist, in Cairo.",
                 ("EGY", "coercion_by_proxy"), "Mohamed Soltan", id="kin-of-a-person"),
    pytest.param("Turkey's intelligence agency has brought back scores of alleged Gulen supporters from Kenya.",
                 ("TUR", "rendition"), "Gulen supporters", id="group-named-for-a-person"),
    pytest.param("Omar Abdulaziz lives in Montreal. Abdulaziz says Saudi authorities have waged an intimidation campaign "
                 "against him.", ("SAU", "intimidation"), "Omar Abdulaziz", id="speaker-is-the-pronoun"),
    pytest.param("Carlisle Rivera and Jonathon Loadholt are charged with taking part in a plot to murder the journalist "
                 "Masih Alinejad in New York on behalf of Iran.",
                 ("IRN", "assassination"), "Masih Alinejad", id="the-accused-are-no-targets"),
    pytest.param("The US Justice Department has announced murder-for-hire charges against Vikash Yadav, an Indian "
                 "government employee, in connection with a scheme to assassinate a U.S. citizen on behalf of India.",
                 ("IND", "assassination"), None, id="charges-against-the-accused"),
    pytest.param("Russian agents shot dead a critic of Chechen leader Ramzan Kadyrov in Vienna in 2020.",
                 ("RUS", "assassination"), None, id="an-official-is-no-target"),
    # the act's own object (its verb's object or only passive subject, an act noun's "on" phrase) is its target whatever
    # title it has; not a name the parser made a passive subject beside another, nor a leader of the acting state
    pytest.param("Most recently, Uyghur leader Dolkun Isa was openly threatened by Chinese agents at a memorial in Munich.", ("CHN", "intimidation"), "Dolkun Isa",
                 id="a-titled-passive-subject-is-the-target"),
    pytest.param("The US has linked India to a foiled assassination plot on Gurpatwant Singh Pannun, a Khalistani leader. "
                 "Indian agents had planned the killing in New York.", ("IND", "assassination"), "Gurpatwant Singh Pannun",
                 id="a-titled-name-in-an-act-nouns-on-phrase-is-the-target"),
    pytest.param("Venezuelan agents were accused of plotting the killing of President Nicolás Maduro in Chile.",
                 ("VEN", "assassination"), None, id="a-leader-of-the-acting-state-is-no-target"),
    pytest.param("Mu Sochua, the party's vice-president, was detained by Malaysian police at Bahrain's request.",
                 ("BHR", "detention"), "Mu Sochua", id="a-partys-post-is-no-office"),
    pytest.param("Karl Nehammer, the country's interior minister, was told Russian agents shot dead a critic in Vienna in 2020.",
                 ("RUS", "assassination"), None, id="a-countrys-post-is-an-office"),
    # a post of a body of faith or civil society is no state office: its holder is whom "him" stands for
    pytest.param("Hardeep Singh Nijjar, the president of the gurdwara, lived in Surrey. In July 2022, India's National "
                 "Investigation Agency labeled him a terrorist.", ("IND", "legal_pressure"), "Hardeep Singh Nijjar",
                 id="a-gurdwaras-post-is-no-office"),
    # a pronoun for a group named in a list of people words sharing one noun stands for each group the article names
    pytest.param("Chinese students and Hong Kong students live in fear. Chinese and Hong Kong students abroad say "
                 "their families in China were threatened by Chinese police.", ("CHN", "coercion_by_proxy"),
                 "Hong Kong students; Chinese students", id="coordinated-people-words-share-the-noun"),
    pytest.param("Chinese students and Hong Kong students live in fear. Hong Kong students abroad say "
                 "their families in China were threatened by Chinese police.", ("CHN", "coercion_by_proxy"),
                 "Hong Kong students", id="a-modifier-without-a-list-adds-no-group"),
    # "their" goes back to a people's bare name, which stands for the article's one group of that people
    pytest.param("Eritrea taxes Eritrean expatriates in Canada. Many Eritreans fled the dictatorship, and their families "
                 "in Eritrea are threatened by Eritrean officials.", ("ERI", "coercion_by_proxy"), "Eritrean expatriates",
                 id="a-peoples-name-stands-for-its-one-group"),
    pytest.param("Eritrea taxes Eritrean expatriates and Eritrean refugees in Canada. Many Eritreans fled the dictatorship, "
                 "and their families in Eritrea are threatened by Eritrean officials.", ("ERI", "coercion_by_proxy"),
                 "Eritreans", id="a-peoples-name-with-two-groups-is-itself"),
    pytest.param("Karl Nehammer, the minister of the interior, lived in Vienna. In July 2022, Russian agents shot him dead "
                 "in Vienna.", ("RUS", "assassination"), None, id="a-post-of-the-interior-is-an-office"),
    # who outlines or documents the act as a thing told is no target of it; one who faces it is
    pytest.param("The journalist Andrei Ivanov outlines the steps the Kremlin is taking in order to silence exiled writers, "
                 "from the confiscation of property to the hacking of phones.", ("RUS", "digital_attack"), None,
                 id="a-writer-outlining-the-act-is-no-target"),
    pytest.param("The journalist Andrei Ivanov faced threats from Russian agents in Georgia.",
                 ("RUS", "intimidation"), "Andrei Ivanov", id="one-facing-the-act-is-its-target"),
    pytest.param("Rwandan agents hacked Carine Kanimba's phone in Belgium.", ("RWA", "digital_attack"),
                 "Carine Kanimba", id="owner-of-the-object"),
    pytest.param("The Netherlands says Iran was behind the killings of two Iranian opponents of the Islamic Republic "
                 "in the Netherlands.", ("IRN", "assassination"), "Iranian opponents", id="of-phrase-of-a-person-noun-is-no-target"),
    pytest.param("Egyptian police have arrested dozens of Uyghur students in Cairo. Their arrests followed the "
                 "government's plan to deport them to China.", ("CHN", "unlawful_deportation"), "Uyghur students",
                 id="object-of-an-act-told-in-its-agents-phrase"),
    # "the channel" refers back to the outlet named before it, not to a person
    pytest.param("Pouria Zeraati presents a show on Iran International in London. Iranian authorities have branded the "
                 "channel a terrorist organisation.", ("IRN", "legal_pressure"), "Iran International",
                 id="the-channel-is-the-outlet-before"),
    # "the diaspora" refers back to a group, never to a person
    pytest.param("Mehmet Yilmaz runs a shop in Istanbul. Chinese agents intimidate the diaspora in Istanbul.",
                 ("CHN", "intimidation"), None, id="the-diaspora-is-no-person"),
    pytest.param("Uyghurs in Istanbul fear China. Chinese agents intimidate the diaspora in Istanbul.",
                 ("CHN", "intimidation"), "Uyghurs", id="the-diaspora-is-the-group-before"),
    # "her" skips a man named before it, and "him" a woman
    pytest.param("Krystsina Tsimanouskaya refused to board a flight in Tokyo. Mark Adams told a briefing that the IOC will "
                 "question two Belarusian officials who were involved in trying to put her on a flight back home.", ("BLR", "rendition"), "Krystsina Tsimanouskaya",
                 id="her-skips-a-mans-name"),
    pytest.param("Hakeem al-Araibi fled to Australia. Bahrain's request to extradite him to Bahrain was filed with "
                 "Thailand.", ("BHR", "unlawful_deportation"), "Hakeem al-Araibi", id="pronoun-in-an-agents-request"),
    pytest.param("Saudi Arabia's plot to kill Omar Abdulaziz in Canada failed.", ("SAU", "assassination"),
                 "Omar Abdulaziz", id="agent-of-a-plot-is-no-target"),
    # a group no actor names: the people noun of the object with its modifiers, without numbers and quantity words
    pytest.param("Thailand deported 40 Uyghur asylum-seekers to China.", ("CHN", "unlawful_deportation"),
                 "Uyghur asylum-seekers", id="group-of-the-object-without-its-number"),
    pytest.param("A former Twitter employee was convicted of helping Saudi Arabia spy on dissidents in the United States.",
                 ("SAU", "surveillance"), "dissidents", id="bare-dissidents-name-a-group"),
    pytest.param("A former Twitter employee was convicted of helping Saudi Arabia spy on critics in the United States.",
                 ("SAU", "surveillance"), None, id="a-bare-people-noun-names-no-group"),
    # a bare people noun stands for the one group the article names by that noun in full
    pytest.param("Chinese dissidents in New York fear Beijing. China set up a station in New York to monitor and "
                 "intimidate dissidents.", ("CHN", "surveillance"), "Chinese dissidents", id="bare-noun-of-a-group-named-in-full"),
    pytest.param("Eritrean expatriates in Toronto pay a tax. The Eritrean consulate received a warning to stop extorting expatriates in Canada.",
                 ("ERI", "intimidation"), "Eritrean expatriates", id="bare-expatriates-of-a-group-named-in-full"),
    pytest.param("Chinese dissidents and Uyghur dissidents in New York fear Beijing. China set up a station in New York to "
                 "monitor dissidents.", ("CHN", "surveillance"), "dissidents", id="bare-noun-of-two-groups-is-neither"),
    pytest.param("Iranian agents plotted to kidnap or kill British or UK-based individuals in London.",
                 ("IRN", "assassination"), None, id="a-general-noun-names-no-group"),
    pytest.param("Police said four Turkish nationals living in Kenya as refugees were abducted in Nairobi by Turkish agents.",
                 ("TUR", "rendition"), "Turkish nationals", id="a-group-actor-before-the-objects-words"),
    pytest.param("Chinese pro-democracy students in Australia have received threats from Chinese agents.",
                 ("CHN", "intimidation"), "Chinese pro-democracy students", id="subject-of-a-verb-of-receiving"),
    pytest.param("Iran International moved to Washington. Police warned of threats by Iranian agents against its "
                 "journalists in London.", ("IRN", "intimidation"), "Iran International", id="its-people-are-the-organisations"),
    # an indefinite object ("a journalist") is the one person the article names with that noun
    pytest.param("The iPhone of Omar Abdulaziz was infected with Pegasus by Saudi agents in Montreal.",
                 ("SAU", "digital_attack"), "Omar Abdulaziz", id="owner-of-a-thing-the-means-is-used-on"),
    pytest.param("Saudi agents infected the offices of Amnesty International with Pegasus in London.",
                 ("SAU", "digital_attack"), "Amnesty International", id="owner-of-an-object-by-of"),
    pytest.param("Xiaolei Wu studied in Boston. Prosecutors said Wu acted for China. He threatened the woman in Boston on "
                 "behalf of China.", ("CHN", "intimidation"), None, id="the-agent-told-by-a-pronoun-is-no-target"),
    pytest.param("Xiaolei Wu studied in Boston. Chinese agents threatened the man in Boston.", ("CHN", "intimidation"),
                 "Xiaolei Wu", id="a-definite-person-noun-refers-back"),
    pytest.param("Levy said the Chinese government will not tolerate dissent and threatens people in Boston to suppress "
                 "their rights.", ("CHN", "intimidation"), None, id="a-purpose-after-the-acts-object-names-no-target"),
    pytest.param("Indian agents plotted to kill the Sikh separatist leader Gurpatwant Singh Pannun in New York.",
                 ("IND", "assassination"), "Gurpatwant Singh Pannun", id="a-separatist-leader-holds-no-office"),
    pytest.param("Ethiopian officials assaulted other asylum seekers and community leaders in Nairobi.",
                 ("ETH", "assault"), None, id="a-group-needs-a-people-word"),
    # kin named by a number and a possessive: the one they are kin of; kin with a name of their own are the target
    pytest.param("Omar Abdulaziz lives in Montreal. Abdulaziz says Saudi authorities arrested two of his brothers in August.",
                 ("SAU", "coercion_by_proxy"), "Omar Abdulaziz", id="kin-of-a-pronoun-after-a-number"),
    pytest.param("Paul Rusesabagina was abducted by Rwandan agents. Amnesty found that the phone of his daughter, Carine "
                 "Kanimba, had been infected with Pegasus spyware by Rwanda in Belgium.",
                 ("RWA", "digital_attack"), "Carine Kanimba", id="kin-with-a-name-are-the-target"),
    # a past participle is done to its noun, and verbs listed after it share that noun
    pytest.param("The indictment refers to Ruhollah Zam, an Iranian journalist based in Paris who was lured to Iraq in "
                 "2019 by Iranian agents, seized, taken back to Iran and executed last year.",
                 ("IRN", "rendition"), "Ruhollah Zam", id="participles-listed-after-a-relative-clause"),
    # a lede's "a dissident" is the person the next sentence tells something is done to; not one who acts or is arrested
    pytest.param("A Rwandan dissident has been shot dead by Rwandan agents in Mozambique, police said on Tuesday. "
                 "Unidentified gunmen intercepted Patrick Karegeya as he drove into his house on Monday evening.",
                 ("RWA", "assassination"), "Patrick Karegeya", id="a-lede-names-its-victim-after"),
    pytest.param("Death threats against a Tibetan student in Canada were organised by Chinese diplomats. Maria Chen "
                 "received numerous threats after her election.", ("CHN", "intimidation"), "Maria Chen",
                 id="a-lede-names-who-received-it-after"),
    pytest.param("Pakistani agents plotted to kill a blogger in the Netherlands. A jury "
                 "convicted Muhammed Khan of plotting to kill the blogger Ahmad Waqass Goraya.", ("PAK", "assassination"),
                 "Ahmad Waqass Goraya", id="a-lede-names-its-victim-after-beside-a-noun"),
    pytest.param("Iranian agents plotted to kill a journalist in New York. Prosecutors said Carlisle Rivera hired a hitman.",
                 ("IRN", "assassination"), None, id="one-who-acts-after-is-no-victim"),
    pytest.param("Iranian agents plotted to kill a journalist in New York. Police arrested Carlisle Rivera on Monday.",
                 ("IRN", "assassination"), None, id="one-arrested-after-is-no-victim"),
    # "me" in the speaker's quoted words is the speaker, a person; a body's "me" is no one's
    pytest.param("Masih Alinejad is a journalist in New York. \"Iran's agents plotted to kidnap me in New York,\" Alinejad said.",
                 ("IRN", "rendition"), "Masih Alinejad", id="me-in-a-quote-is-its-speaker"),
    pytest.param("\"Iran's agents plotted to kidnap me in New York,\" the group said in a statement.",
                 ("IRN", "rendition"), None, id="me-of-a-body-is-no-one"),
    # the subject of a verb of vanishing is the one it is done to, not its agent
    pytest.param("In December 2018, the Thai activist Somchai Prasert disappeared in Laos.", ("THA", "rendition"),
                 "Somchai Prasert", id="the-subject-of-vanishing-is-the-target"),
    # who blames a state for an act judges it, as a speaker does; a pronoun for the blamer still is the target
    pytest.param("Although Mrs May did not blame the Kremlin for authorising the attempted assassination in Salisbury, "
                 "senior Conservatives accused Russian President Vladimir Putin of approving the operation.",
                 ("RUS", "assassination"), None, id="who-blames-is-no-target"),
    pytest.param("Masih Alinejad accused Iran of plotting to kidnap her in New York.", ("IRN", "rendition"), "Masih Alinejad",
                 id="who-blames-is-the-pronoun-object"),
    # the pronoun subject of a verb of process ("survived") is no agent: "his" is the one named before
    pytest.param("Russian agents shot dead Zelimkhan Khangoshvili in Berlin in 2019. Vadim Krasikov was sentenced to life "
                 "for the killing. Khangoshvili had fled to Germany. He had survived an earlier attempt on his life by "
                 "Russian agents in Tbilisi in 2015.", ("RUS", "assassination"), "Zelimkhan Khangoshvili",
                 id="a-survivor-told-by-a-pronoun-is-the-target"),
    # an act's one person told by an indefinite noun: the sentence's named people are others (here the accused)
    pytest.param("Prosecutors charged Nikhil Gupta over a plot to assassinate a Sikh separatist leader in New York on behalf "
                 "of India.", ("IND", "assassination"), None, id="an-indefinite-person-object-is-not-the-sentences-person"),
    # the subject of "was the target of" an act
    pytest.param("Masih Alinejad lives in New York. She was the target of a kidnapping plot by Iranian agents.",
                 ("IRN", "rendition"), "Masih Alinejad", id="the-subject-of-target-of"),
    # people told by a plural noun and no name: not the sentence's other person; a name among them is
    pytest.param("Chinese agents harassed students in Boston after Wang Lei's arrest.", ("CHN", "intimidation"), None,
                 id="a-plural-people-object-is-not-the-sentences-person"),
    pytest.param("Chinese agents harassed Wang Lei and other students in Boston.", ("CHN", "intimidation"), "Wang Lei",
                 id="a-name-among-plural-people"),
    # the people taken on to do the act, and a state's agents told beside their names, are no targets
    pytest.param("Nikhil Gupta had been recruited by an Indian government employee, who directed a plot to assassinate a "
                 "Sikh separatist leader in New York.", ("IND", "assassination"), None, id="a-recruited-agent-is-no-target"),
    pytest.param("According to the Justice Department, Yadav, who worked for India's Cabinet Secretariat, recruited Gupta "
                 "in May 2023 to facilitate the assassination in New York.", ("IND", "assassination"), None,
                 id="who-works-for-the-state-and-whom-it-recruits-are-no-targets"),
    pytest.param("Police in New York foiled an Indian murder plot that Vikash Yadav, an Indian government employee, had "
                 "directed.", ("IND", "assassination"), None, id="an-agent-told-beside-the-name-is-no-target"),
    pytest.param("Saad Aljabri, a former Saudi intelligence official, said Saudi agents plotted to kill him in Toronto.",
                 ("SAU", "assassination"), "Saad Aljabri", id="a-former-official-may-be-a-target"),
    # the persons the article tells doing its acts (their subject, who recruits for them, who is charged with, convicted
    # of or admits them, a co-conspirator) are no targets where one is looked for beyond the act's own object
    pytest.param("A Chinese man was convicted on Thursday of stalking and threatening a fellow student in Boston who put up "
                 "fliers supporting democracy in China. Xiaolei Wu, 26, faces up to five years in prison. Wu made a series "
                 "of threats to the student on behalf of the Chinese government.", ("CHN", "intimidation"), None,
                 id="a-lede-person-named-next-who-made-the-threats-is-no-target"),
    pytest.param("Vikash Yadav directed a plot to assassinate a Sikh separatist leader in New York on behalf of India. His "
                 "co-conspirator, Nikhil Gupta, 53, has been extradited to the U.S. Indian officials had threatened the "
                 "victim in New York.", ("IND", "intimidation"), None, id="the-victim-is-no-co-conspirator-named-before"),
    pytest.param("Chen Jinping admitted in court to his role in establishing an undeclared Chinese police station in "
                 "Manhattan that harassed a dissident.", ("CHN", "intimidation"), None, id="who-admits-his-role-is-no-target"),
    pytest.param("Farhad Shakeri recruited Carlisle Rivera to track and kill a journalist in New York on behalf of Iran. "
                 "Rivera spent months conducting surveillance of the journalist in Brooklyn.", ("IRN", "surveillance"), None,
                 id="who-recruits-and-whom-he-recruits-are-no-targets-later"),
    # a target the origin charges or convicts at home is still the target of its acts abroad
    pytest.param("Hong Kong charged the activist Nathan Law in absentia with subversion. Chinese agents harassed the activist "
                 "in London.", ("CHN", "intimidation"), "Nathan Law", id="a-target-charged-in-absentia-is-still-a-target"),
    pytest.param("Nathan Law, who was charged with subversion by Hong Kong, was followed by Chinese agents in London.",
                 ("CHN", "surveillance"), "Nathan Law", id="a-target-charged-with-no-act-is-still-a-target"),
    # a general people noun names a group when it tells the origin's own people, not another's
    pytest.param("Chinese agents were monitoring Chinese citizens in Minneapolis.", ("CHN", "surveillance"),
                 "Chinese citizens", id="the-origins-own-citizens"),
    pytest.param("Iranian agents were monitoring British citizens in London.", ("IRN", "surveillance"), None,
                 id="another-peoples-citizens-are-no-group"),
    # "its" after a body that does the act is that body's, not the organisation named before
    pytest.param("Iran International moved to Washington. The Iranian government harasses its own citizens in Washington.",
                 ("IRN", "intimidation"), None, id="its-after-the-acting-body-is-the-bodys"),
    # the act's named agents are not whom "the victim" stands for, though named before
    pytest.param("Jonathon Loadholt lives in New York. Jonathon Loadholt spied on the victim in New York on behalf of Iran.",
                 ("IRN", "surveillance"), None, id="the-agent-named-before-is-not-the-victim"),
    # a noun beside a name tells the gender its given name does not: "her" skips the fiance named after the woman
    pytest.param("Wu Huan, a 26-year-old woman, fled to Dubai with her fiance, Wang Jingyu. Chinese agents took her from a "
                 "hotel in Dubai.", ("CHN", "rendition"), "Wu Huan", id="she-skips-a-man-told-by-a-noun"),
    pytest.param("Wang Jingyu, a 26-year-old man, fled to Dubai with his fiancee, Wu Huan. Chinese agents took him from a "
                 "hotel in Dubai.", ("CHN", "rendition"), "Wang Jingyu", id="he-skips-a-woman-told-by-a-noun"),
    # a people's noun (peoples.txt "Tamils") as a modifier names the group of a people noun no actor names
    pytest.param("The families of Tamil asylum seekers who have fled to the UK are being harassed by Sri Lankan security "
                 "forces.", ("LKA", "coercion_by_proxy"), "Tamil asylum seekers", id="a-peoples-noun-as-modifier"),
    # a people noun with its compound nouns stands for the one group of the article named by them in full
    pytest.param("Ethiopian asylum seekers in Kenya live in fear. Ethiopian officials assaulted other asylum seekers in "
                 "Nairobi.", ("ETH", "assault"), "Ethiopian asylum seekers", id="compound-people-noun-of-the-articles-group"),
    pytest.param("Ethiopian asylum seekers in Kenya live in fear. Ethiopian officials assaulted other refugees in Nairobi.",
                 ("ETH", "assault"), None, id="other-people-noun-not-the-articles-group"),
    # ... nor whom a pronoun of its act stands for: "his" goes back past him
    pytest.param("Fethullah Gulen lives in Pennsylvania. Turkey accuses Gulen of masterminding a coup attempt against "
                 "Erdogan's government in 2016, and Turkey is seeking his extradition from the US.", ("TUR", "unlawful_deportation"),
                 "Fethullah Gulen", id="a-pronoun-goes-back-past-the-origins-leader"),
    # an indefinite body noun beside a name (anaphors.tsv) is that name's
    pytest.param("Habib Chaab was a member of the Arab Struggle Movement for the Liberation of Ahvaz, a separatist group "
                 "which Tehran designates as a terrorist organisation.", ("IRN", "legal_pressure"),
                 "Arab Struggle Movement for the Liberation of Ahvaz",  # as written, as its actor row names it
                 id="a-body-noun-beside-a-name"),
    pytest.param("Habib Chaab was a member of ASMLA, a separatist group which Tehran designates as a terrorist "
                 "organisation.", ("IRN", "legal_pressure"), "Arab Struggle Movement for the Liberation of Ahwaz",
                 id="a-body-named-by-its-acronym-takes-the-canonical-name"),
    # a leader of the acting state (leaders.tsv) speaks for it and is no target of its act (the one killed, told with his
    # post, is)
    pytest.param("Rwandan agents killed Patrick Karegeya, a former spy chief who had fallen out with Paul Kagame, in Johannesburg.",
                 ("RWA", "assassination"), "Patrick Karegeya", id="the-origins-leader-is-no-target"),
    # a decree's "for" phrase names its people (incident_words role wanted); "jailed for tweets" is no target
    pytest.param("Wanchalearm Satsaksit fled to Cambodia in 2014. Thai authorities issued a warrant for his arrest in June 2018.",
                 ("THA", "legal_pressure"), "Wanchalearm Satsaksit", id="a-warrant-for-his-arrest"),
    pytest.param("Hong Kong police issued arrest warrants for Nathan Law and Ted Hui, who live in Britain.",
                 ("HKG", "legal_pressure"), "Nathan Law; Ted Hui", id="warrants-for-named-people"),
    pytest.param("Paul Rusesabagina lives in the United States. Rwanda issued an arrest warrant for him in 2020.",
                 ("RWA", "legal_pressure"), "Paul Rusesabagina", id="for-on-the-verb-that-issues-the-warrant"),
    # a trial in absentia is the act: the one sentenced is its target, not an accused of another act
    pytest.param("In 2016, a Cambodian court sentenced Sam Serey in absentia to nine years in prison for plotting an attack.",
                 ("KHM", "legal_pressure"), "Sam Serey", id="sentenced-in-absentia"),
    pytest.param("In 2016, a Cambodian court sentenced in absentia the men who had plotted an attack on Sam Serey.",
                 ("KHM", "legal_pressure"), None, id="sentenced-in-absentia-names-whom-it-sentences"),
    # (the critic's word keeps it a story of repression: a fraud told of no critic is an ordinary case, no act)
    pytest.param("Paul Rusesabagina, a government critic, lives in the United States. Rwanda issued an arrest warrant for "
                 "fraud in 2020.", ("RWA", "legal_pressure"), None, id="a-warrant-for-a-crime-names-no-one"),
    # an act told again by referring back with no host gives its people to the act told in one country
    pytest.param("Malaysian police announced Friday that Kim Jong Nam, North Korean leader Kim Jong Un’s half brother, "
                 "could have been killed by a nerve agent banned as a weapon.\n\nThe finding that police found traces of "
                 "the agent on Kim’s face has raised the stakes in a political murder mystery that has implicated several "
                 "suspects — at least eight North Koreans and two Southeast Asian women — and raised tensions between "
                 "North Korea and its Asian neighbors.\n\nKim Jong Nam, 46, was once considered a potential successor to "
                 "his father, and South Korean officials have accused Pyongyang of ordering his assassination. On Feb. "
                 "13, as Kim Jong Nam waited at the Kuala Lumpur airport, two women approached and spread poison on his "
                 "face.",
                 ("PRK", "assassination"), "Kim Jong Nam", id="a-referring-act-gives-its-people-to-the-act-told"),
    # counted people of a decree are the ones the article names of that number, in the noun's phrase or where it tells
    # the number again; not people told by another number
    pytest.param("Hong Kong police issued bounties for eight activists in Britain. The eight activists are Nathan Law, "
                 "Ted Hui and Anna Kwok.", ("HKG", "legal_pressure"), "Nathan Law; Ted Hui; Anna Kwok", id="the-counted-people-named-after"),
    pytest.param("Hong Kong authorities are cancelling the passports of six activists in Britain. The passports of all "
                 "six individuals, which include Nathan Law, would be cancelled.", ("HKG", "mobility_controls"), "Nathan Law",
                 id="the-counted-people-include-a-name"),
    pytest.param("Hong Kong police offered bounties on eight activists in Britain, including Nathan Law and Ted Hui.",
                 ("HKG", "legal_pressure"), "Nathan Law; Ted Hui", id="the-counted-people-including-names"),
    pytest.param("Hong Kong police issued bounties for eight activists in Britain. Two activists, Nathan Law and Ted Hui, "
                 "spoke to reporters.", ("HKG", "legal_pressure"), None, id="people-of-another-number-are-not-the-counted"),
    # one who survives an attempt is its target, whatever his office; an office still keeps others out
    pytest.param("Minister Ali Karimov survived an assassination attempt by Iranian agents in Paris in 2019.",
                 ("IRN", "assassination"), "Ali Karimov", id="who-survives-an-attempt-is-its-target"),
    # a body's short name ("Skyline" of "Skyline International for Human Rights") reports the act: no person to refer to
    pytest.param("Skyline International for Human Rights follows the case. In a statement, Skyline says he was arrested by "
                 "the Jordanian police on behalf of the UAE.", ("ARE", "detention"), None, id="a-bodys-short-name-is-no-person"),
    pytest.param("The dissident Khalaf Al-Rumaithi lives in Jordan. Skyline International for Human Rights follows his "
                 "case. Skyline says he was arrested by the Jordanian police on behalf of the UAE.", ("ARE", "detention"),
                 "Khalaf Al-Rumaithi", id="he-goes-back-past-a-bodys-short-name"),
    # an act told as the means of a verb done to people is done to that verb's object, not to the sentence's persons
    pytest.param("Safeguard Defenders was founded by the Swedish activist Peter Dahlin and has documented how Chinese "
                 "authorities pursue Uyghur dissidents abroad through family pressure.", ("CHN", "coercion_by_proxy"),
                 "Uyghur dissidents", id="the-means-of-a-verb-on-people"),
    pytest.param("Safeguard Defenders was founded by the Swedish activist Peter Dahlin and has documented how Chinese "
                 "authorities pursue people abroad through family pressure.", ("CHN", "coercion_by_proxy"), None,
                 id="the-means-of-a-verb-on-people-at-large"),
    # the counted people's members are named beside them, not as the owner of what they are tied to
    pytest.param("By the order of Turkish President Recep Tayyip Erdogan 6 teachers tied to Fethullah Gulen's Hizmet "
                 "movement in Kosovo were abducted and deported to Turkey. Turkey's president has slammed Kosovo's prime "
                 "minister for criticising the deportation of six Turkish citizens to Turkey.", ("TUR", "unlawful_deportation"),
                 "Turkish citizens", id="the-counted-peoples-ties-are-no-members"),
    # a person named as the one a movement or teaching is of is no target, and no one a pronoun stands for
    pytest.param("Turkey's campaign since the attempted coup of July 2016 has been aimed above all at people it accuses of "
                 "links to the movement of the cleric Fethullah Gulen, and has included renditions from countries in "
                 "Central Asia, the Balkans and Africa.", ("TUR", "rendition"), None, id="a-movements-namesake-is-no-target"),
    pytest.param("Hardeep Singh Nijjar lived in Surrey. Sikhs follow the revelation of Guru Nanak. In 2022, India labeled "
                 "him a terrorist.", ("IND", "legal_pressure"), "Hardeep Singh Nijjar", id="him-goes-back-past-a-namesake"),
    # the group a named person's noun says he is of is no target beside him
    pytest.param("In January 2021, another Nicaraguan opposition activist living in Costa Rica, Joao Maldonado, was shot "
                 "by Nicaraguan agents in San Jose.", ("NIC", "assassination"), "Joao Maldonado", id="a-named-persons-group-is-no-target"),
    # people told only as living abroad: the noun with what places them abroad, before or after it
    pytest.param("Egyptian authorities have targeted the families of exiled dissidents.", ("EGY", "coercion_by_proxy"),
                 "exiled dissidents", id="exiled-people"),
    pytest.param("Egyptian agents were tracking U.S.-based opponents of the president.", ("EGY", "surveillance"),
                 "U.S.-based opponents", id="place-based-people"),
    pytest.param("Nicaraguan agents surveil and intimidate opposition figures in exile in Costa Rica.", ("NIC", "intimidation"),
                 "opposition figures in exile", id="people-in-exile"),
    pytest.param("Belarusian police have targeted relatives of activists who live abroad.", ("BLR", "coercion_by_proxy"),
                 "activists who live abroad", id="people-who-live-abroad"),
    # not people placed in a named country, nor a general noun, nor a counted set (its persons are named elsewhere)
    pytest.param("Egyptian agents were tracking opponents living in Germany.", ("EGY", "surveillance"), None,
                 id="people-living-in-a-country-are-no-abroad-group"),
    pytest.param("Hong Kong police issued arrest warrants for eight overseas activists.", ("HKG", "legal_pressure"), None,
                 id="a-counted-abroad-set-is-no-group"),
    # the one the act's verb is done to, told with a post beside his name, is its target whatever the post; not the
    # person whose post it is, nor an official who is not the one acted on
    pytest.param("Kenya deported Peter Biar, Riek Machar's main spokesman, to South Sudan in November.",
                 ("SSD", "unlawful_deportation"), "Peter Biar", id="the-object-told-with-a-post"),
    pytest.param("The second secretary of the Myanmar Embassy in Washington, Thet Htar Mya Yee San, was stripped of her "
                 "citizenship by the junta.", ("MMR", "mobility_controls"), "Thet Htar Mya Yee San",
                 id="the-passive-subject-named-after-a-post"),
    pytest.param("Iranian agents threatened Ali Karimi in The Hague, according to Kajsa Ollongren, the Dutch interior minister.",
                 ("IRN", "intimidation"), "Ali Karimi", id="an-official-not-acted-on-is-no-target"),
    pytest.param("Kenya deported Peter Biar to South Sudan in November, said Riek Machar, the country's president.",
                 ("SSD", "unlawful_deportation"), "Peter Biar", id="an-official-speaking-is-no-target"),
]


@pytest.mark.parametrize(("text", "key", "targets"), TARGET_CASES)
def test_targets_of_an_act(nlp: Language, text: str, key: tuple[str, str], targets: str | None) -> None:
    found = rows(nlp, text)
    assert key in found, found
    assert found[key][0] == targets


def test_a_person_noun_beside_a_name_refers_back_to_no_one(nlp: Language) -> None:
    text = ("In September 2023, Prime Minister Justin Trudeau told Parliament that Canadian agencies were pursuing "
            "credible allegations linking agents of the Indian government to the killing of the Sikh leader Hardeep "
            "Singh Nijjar in British Columbia.")
    found = rows(nlp, text)
    assert ("IND", "assassination") in found, found
    assert "Justin Trudeau" not in (found[("IND", "assassination")][0] or "")


def test_campaign_acts_naming_no_one_take_the_articles_groups(nlp: Language) -> None:
    text = ("China runs overseas police stations in Spain to persuade Chinese nationals to return. "
            "Chinese police stations were also found in Italy. "
            "Chinese agents killed a man in Italy.")
    found = {(r.host, r.tactic): r.targets for r in nlp(text)._.tnr_incidents}
    assert found[("ESP", "intimidation")] == "Chinese nationals"
    assert found[("ITA", "intimidation")] == "Chinese nationals"  # named in the first sentence only
    # a killing is one act against one person, not a campaign: it takes no group it does not name
    assert found[("ITA", "assassination")] is None


@pytest.mark.parametrize(
    ("act", "key", "targets"),
    [
        pytest.param("Chinese police pressured a cousin of his to return to China from Egypt.", ("CHN", "coercion_by_proxy"),
                     "Uighur exiles", id="proxy-act-takes-the-states-own-people"),
        pytest.param("Chinese agents followed a man around Cairo.", ("CHN", "surveillance"), "Uighur exiles",
                     id="surveillance-takes-the-states-own-people"),
        # a measure names its one person; an act on people told by a plural noun is on them, not on the article's group
        pytest.param("Chinese police issued an Interpol notice in Egypt.", ("CHN", "mobility_controls"), None,
                     id="a-measure-takes-no-group"),
        pytest.param("Chinese police threatened 13 activists in Egypt.", ("CHN", "intimidation"), None,
                     id="people-at-large-take-no-group"),
    ],
)
def test_campaign_acts_of_a_state_no_act_of_which_names_a_group_take_the_groups_of_its_people(
    nlp: Language, act: str, key: tuple[str, str], targets: str | None
) -> None:
    text = f"Uighur exiles in Egypt live in fear. {act} Egyptian dissidents protested."
    found = rows(nlp, text)
    assert key in found, found
    assert found[key][0] == targets


@pytest.mark.parametrize(
    ("second_place", "targets"),
    [pytest.param("New York", "Masih Alinejad", id="same-host-one-person"), pytest.param("London", None, id="other-host")],
)
def test_an_act_naming_no_one_in_a_host_of_one_victim_is_against_that_victim(
    nlp: Language, second_place: str, targets: str | None
) -> None:
    text = (f"Iranian agents photographed and filmed Masih Alinejad at her home in New York. "
            f"Iranian agents also plotted to kidnap a journalist in {second_place}.")
    found = rows(nlp, text)
    assert found[("IRN", "surveillance")][0] == "Masih Alinejad"
    assert found[("IRN", "rendition")][0] == targets


def test_an_act_on_people_at_large_is_not_against_the_articles_one_victim(nlp: Language) -> None:
    # "kidnap" shares the object of "kill" after it: people at large, not the one victim the article names
    text = ("Iranian agents photographed and filmed Masih Alinejad at her home in New York. "
            "Iranian agents also plotted to kidnap or kill British or US-based individuals in New York.")
    found = rows(nlp, text)
    assert found[("IRN", "rendition")][0] is None
    assert found[("IRN", "assassination")][0] is None


# (text, the incident, its expected year)
YEAR_CASES = [
    pytest.param("Dutch officials said in 2018 that Iran was behind the killing of Ali Motamed in Almere in 2015.",
                 ("IRN", "assassination"), 2015, id="not-the-year-it-was-said"),
    pytest.param("Mohammad Reza Kolahi Samadi, who was sentenced to death in absentia in 1981, was shot dead by Iranian "
                 "agents in Almere in 2015.", ("IRN", "assassination"), 2015, id="not-the-year-of-a-relative-clause"),
    pytest.param("Habib Chaab had lived in Sweden for many years. In October 2020 he flew to Istanbul, where he was lured "
                 "to a meeting by Iranian agents.", ("IRN", "rendition"), 2020, id="date-of-the-clause-above"),
    pytest.param("Russia ordered the 2019 killing of a Chechen exile in Berlin, a German court ruled in 2021.",
                 ("RUS", "assassination"), 2019, id="date-on-the-act-noun-not-the-ruling"),
    pytest.param("Prosecutors said in 2021 that Iranian agents had plotted to kill the journalist Masih Alinejad in New York.",
                 ("IRN", "assassination"), None, id="a-statement-does-not-date-the-plot"),
    pytest.param("In March 2014, after an attack by Rwandan agents on Kayumba Nyamwasa's home in Johannesburg, "
                 "South Africa expelled three Rwandan diplomats.", ("RWA", "assault"), None,
                 id="a-measure-the-act-is-the-occasion-of-does-not-date-it"),
    pytest.param("Mahmut says his family's troubles began in late 2016 when the Chinese government pressured a cousin "
                 "and his wife to return to Xinjiang from Egypt.", ("CHN", "coercion_by_proxy"), 2016,
                 id="date-of-the-clause-above-inside-a-statement"),
    pytest.param("Last month the Dutch government ordered the closure of the two Chinese overseas police stations in "
                 "Amsterdam and Rotterdam.", ("CHN", "intimidation"), None, id="a-measure-against-the-act-does-not-date-it"),
    pytest.param("The activist Habib Chaab was abducted by Iranian agents in Istanbul and executed last year.",
                 ("IRN", "rendition"), None, id="a-later-execution-does-not-date-the-abduction"),
    pytest.param("Ruhollah Zam was lured to Iraq by Iranian agents in 2019, seized, taken back to Iran and hanged in 2020.",
                 ("IRN", "rendition"), 2019, id="the-lure-dates-the-rendition-not-the-hanging"),
    pytest.param("The activist Habib Chaab was abducted by Iranian agents in Istanbul and taken to Iran last year.",
                 ("IRN", "rendition"), 2021, id="a-later-verb-of-the-act-dates-it"),
    pytest.param("FBI agents visited his home in Seattle in October 2018. Saudi agents killed the journalist Jamal "
                 "Khashoggi in Istanbul in October 2018.", ("SAU", "assassination"), 2018,
                 id="a-date-said-again-dates-the-act-of-its-sentence"),
    pytest.param("Sweden expelled an Iranian diplomat last year. Iranian agents threatened the journalist Pouria Zeraati "
                 "in London last year.", ("IRN", "intimidation"), 2021, id="relative-words-said-again"),
    pytest.param("FBI agents visited a home in Seattle in October 2018. Saudi agents killed two Saudi dissidents in "
                 "Istanbul, a court said in October 2018.", ("SAU", "assassination"), None,
                 id="a-date-said-again-of-a-statement-does-not-date-the-act"),
    # an act on a named person in a named place, undated in its sentence, takes the year of the story told before it;
    # an act on a group does not
    pytest.param("Habib Chaab had lived in Sweden for many years. In October 2020 he flew to Istanbul. He was then lured "
                 "to a meeting in Istanbul by Iranian agents.", ("IRN", "rendition"), 2020, id="an-undated-act-on-a-person-takes-the-storys-year"),
    pytest.param("In October 2020 Habib Chaab flew to Istanbul. Iranian agents threaten Iranian dissidents in Sweden.",
                 ("IRN", "intimidation"), None, id="an-undated-act-on-a-group-takes-no-year"),
    pytest.param("Masih Alinejad lives in New York. She was also the target of a 2021 kidnapping plot and a 2022 "
                 "murder-for-hire plot that the Justice Department has attributed to the Iranian government.",
                 ("IRN", "assassination"), 2022, id="a-year-before-its-noun-dates-that-noun-not-the-other-of-a-pair"),
    pytest.param("Masih Alinejad lives in New York. She was also the target of a 2021 kidnapping plot and a 2022 "
                 "murder-for-hire plot that the Justice Department has attributed to the Iranian government.",
                 ("IRN", "rendition"), 2021, id="the-first-of-the-pair"),
    pytest.param("Last month Chinese police opened two overseas police stations in Amsterdam and Rotterdam.",
                 ("CHN", "intimidation"), 2022, id="the-clause-of-the-act-dates-it"),
    # an act on a named person in the lead with no date of its own is the news: the publication year (5 December 2022);
    # not after the lead (nor when its sentence tells of an earlier year: the later execution above)
    pytest.param("Revocant Karemangingo, a Rwandan dissident, has been shot dead by Rwandan agents in Mozambique, police "
                 "said on Tuesday.", ("RWA", "assassination"), 2022, id="an-undated-act-in-the-lead-is-the-news"),
    pytest.param("Human Rights Watch today accused Vietnamese agents of abducting the blogger Duong Van Thai in Bangkok.",
                 ("VNM", "rendition"), None, id="an-act-the-news-accuses-someone-of-came-before-it"),
    pytest.param("Habib Chaab lived in Sweden. He was a poet. He wrote a blog. Iranian agents abducted Habib Chaab in "
                 "Istanbul.", ("IRN", "rendition"), None, id="an-act-after-the-lead-is-not-the-news"),
    # nor that of a photo caption
    pytest.param("People pray at a mosque in Jiddah, Saudi Arabia, Wednesday, June 21, 2017. THE CANADIAN PRESS/AP, Amr "
                 "Nabil\nOmar Abdulaziz lives in Montreal. He is a critic of the Saudi government. He has many followers. "
                 "Saudi agents hacked the phone of Omar Abdulaziz in Canada.", ("SAU", "digital_attack"), None,
                 id="the-storys-year-is-not-a-captions"),
    pytest.param("In June 2017 Omar Abdulaziz moved to Montreal. He is a critic of the Saudi government. He has many "
                 "followers. Saudi agents hacked the phone of Omar Abdulaziz in Canada.", ("SAU", "digital_attack"), 2017,
                 id="the-storys-year-outside-a-caption"),
    pytest.param("This combination of file photos shows Omar Abdulaziz in Montreal on May 9, 2016.\nOmar Abdulaziz lives "
                 "in Montreal. He is a critic of the Saudi government. He has many followers. Saudi agents hacked the "
                 "phone of Omar Abdulaziz in Canada.", ("SAU", "digital_attack"), None,
                 id="the-storys-year-is-not-an-uncredited-captions"),
    pytest.param("An AP/NORC poll in 2017 found many critics.\nOmar Abdulaziz lives in Montreal. He is a critic of the "
                 "Saudi government. He has many followers. Saudi agents hacked the phone of Omar Abdulaziz in Canada.",
                 ("SAU", "digital_attack"), 2017, id="a-poll-is-no-photo-credit"),
    # nor that of the article's own date line (a date alone on its line, with its time): it dates the writing
    pytest.param("January 16, 2020, 6:00 pm EST\nOmar Abdulaziz lives in Montreal. He is a critic of the Saudi government. "
                 "He has many followers. Saudi agents hacked the phone of Omar Abdulaziz in Canada.",
                 ("SAU", "digital_attack"), None, id="the-storys-year-is-not-a-date-lines"),
    pytest.param("Friday, 22 November, 2019\nOmar Abdulaziz lives in Montreal. He is a critic of the Saudi government. "
                 "He has many followers. Saudi agents hacked the phone of Omar Abdulaziz in Canada.",
                 ("SAU", "digital_attack"), None, id="the-storys-year-is-not-a-date-lines-with-its-day"),
    pytest.param("On January 16, 2020, Omar Abdulaziz moved\nto Montreal. He is a critic of the Saudi government. "
                 "He has many followers. Saudi agents hacked the phone of Omar Abdulaziz in Canada.",
                 ("SAU", "digital_attack"), 2020, id="a-date-in-a-line-of-words-is-the-storys-year"),
    # the story's year is not that of a relative clause on someone's past
    pytest.param("On 2 October 2018, the journalist Jamal Khashoggi, who had left Saudi Arabia the previous year, walked "
                 "into the consulate in Istanbul. Saudi agents killed him in Istanbul.", ("SAU", "assassination"), 2018,
                 id="the-storys-year-is-not-a-relative-clauses"),
    # "that year" is the year of the latest date told before it
    pytest.param("In November 2021, the head of MI5 said the service had seen threats since the start of that year to "
                 "kidnap the journalist Pouria Zeraati in London on behalf of Iran.", ("IRN", "rendition"), 2021,
                 id="that-year-is-the-latest-years"),
    pytest.param("In 2019 Habib Chaab flew to Istanbul. Iranian agents threatened Iranian dissidents in Sweden that year.",
                 ("IRN", "intimidation"), 2019, id="that-year-of-an-act-on-a-group"),
    # a verb the act's verb is listed after is the same act's: a date above it dates both
    pytest.param("In October 2019, Zam travelled to Iraq, where he was arrested and handed to Iranian agents.",
                 ("IRN", "unlawful_deportation"), 2019, id="a-listed-process-verb-does-not-hide-the-date-above"),
    pytest.param("In October 2019, Zam travelled to Iraq, where Iranian agents arrested him. He was sentenced and handed to "
                 "Iran in 2021.", ("IRN", "unlawful_deportation"), 2021, id="a-date-of-its-own-still-dates-it"),
    # a decree is issued by the verb that announces it; a verb of comment on it does not date it
    pytest.param("Last month Hong Kong police announced arrest warrants for pro-democracy activists in London.",
                 ("HKG", "legal_pressure"), 2022, id="announcing-a-decree-dates-it"),
    pytest.param("Last month Britain condemned the bounties that Hong Kong police placed on pro-democracy activists in London.",
                 ("HKG", "legal_pressure"), None, id="condemning-a-decree-does-not-date-it"),
    # the verb a decree's manner word hangs on is the decree: its date dates it
    pytest.param("Khalaf al-Romaithi fled to Turkey. On July 2, 2013, he was convicted in absentia to 15 years in prison by "
                 "the Federal Supreme Court in Abu Dhabi.", ("ARE", "legal_pressure"), 2013, id="the-date-of-a-trial-in-absentia"),
    # an accusation a decree is listed after is one with it: its date dates the decree; not through another noun
    pytest.param("Indian agents killed the Sikh separatist Hardeep Singh Nijjar in Canada in June 2022. In July 2021, India's "
                 "National Investigation Agency accused him of conspiring to murder a priest in Punjab and labeled him a "
                 "\"fugitive terrorist.\"", ("IND", "legal_pressure"), 2021, id="the-date-of-an-accusation-a-decree-is-listed-after"),
    pytest.param("Saad Almadi, a Saudi-American from Florida, was arrested in November 2021 when he visited Riyadh, and in "
                 "October 2022 he was sentenced to 16 years by a Saudi court over tweets that he had posted while living in "
                 "the United States.", ("SAU", "legal_pressure"), 2021, id="the-date-of-an-arrest-a-sentence-is-listed-after"),
    # a decree in the lead with no date of its own is the news, whoever it names; a campaign act there is not
    pytest.param("Hong Kong police offer bounties for eight activists living in Britain.", ("HKG", "legal_pressure"), 2022,
                 id="an-undated-decree-in-the-lead-is-the-news"),
    pytest.param("Chinese agents threaten Uyghur students living in Britain.", ("CHN", "intimidation"), None,
                 id="an-undated-campaign-on-a-group-in-the-lead-is-not-dated"),
    # so is a seizure or removal in a named country, whoever it takes; not one told after the lead
    pytest.param("Thai police have detained Cambodian opposition activists in Bangkok at the request of Cambodia.",
                 ("KHM", "detention"), 2022, id="an-undated-seizure-of-a-group-in-the-lead-is-the-news"),
    pytest.param("The report was long. It named many cases. It was read widely. Cambodian opposition activists living in "
                 "exile were detained by Thai police in Bangkok at Phnom Penh's request.", ("KHM", "detention"), None,
                 id="an-undated-seizure-after-the-lead-is-not-dated"),
    pytest.param("China runs secret police stations in Seoul to intimidate dissidents.", ("CHN", "intimidation"), None,
                 id="an-undated-campaign-in-a-named-country-in-the-lead-is-not-dated"),
    # a decree told in the perfect stood before the story's time: the story does not date it; one told in the past does
    pytest.param("The report was long. It named many cases. It was read widely. In March 2019 the activist Sam Serey fled "
                 "to Bangkok, Thailand. Sam Serey was arrested by Thai police because he had been blacklisted by Cambodia.",
                 ("KHM", "mobility_controls"), None, id="a-decree-told-in-the-perfect-takes-no-storys-year"),
    pytest.param("The report was long. It named many cases. It was read widely. In March 2019 the activist Sam Serey fled "
                 "to Bangkok, Thailand. Cambodia blacklisted Sam Serey in Thailand.", ("KHM", "mobility_controls"), 2019,
                 id="a-decree-told-in-the-past-takes-the-storys-year"),
    # a date on the verb of one who survives or receives the act dates the act
    pytest.param("Zelimkhan Khangoshvili lived in Berlin. He had survived an earlier attempt on his life in Tbilisi in 2015 "
                 "by Russian agents.", ("RUS", "assassination"), 2015, id="a-date-on-survived-dates-the-attempt"),
    # a plot was afoot when it was uncovered or thwarted: the date of that dates it, the nearest above; a date of a report
    # on other words, or of a trial, does not
    pytest.param("In 2019 the Dutch government said Iran was behind a killing, and in 2018 Danish authorities said they had "
                 "uncovered an Iranian plot to kill an Arab activist living in Denmark.", ("IRN", "assassination"), 2018,
                 id="the-year-a-plot-was-uncovered"),
    pytest.param("A massive police operation in eastern Denmark in September 2018 was part of attempts to thwart an Iranian "
                 "intelligence plot to kill an opposition activist living in Denmark.", ("IRN", "assassination"), 2018,
                 id="the-year-a-plot-was-thwarted"),
    pytest.param("Danish authorities uncovered an Iranian plot to kill an Arab activist living in Denmark, and a court "
                 "convicted a Norwegian man over it in 2020.", ("IRN", "assassination"), None,
                 id="the-year-of-a-trial-for-an-uncovered-plot-is-not-its-year"),
    # a period on a verb of recording or answering acts is the period of the acts of its object; a day the acts were
    # recorded on, or a period on a verb of comment, is not
    pytest.param("The report was long. It named many cases. It was read widely. Since 2014, Human Rights Watch has "
                 "documented numerous cases of harassment of Ethiopian refugees in Nairobi by Ethiopian agents.",
                 ("ETH", "intimidation"), 2014, id="a-period-of-recorded-acts-dates-them"),
    pytest.param("The report was long. It named many cases. It was read widely. Since the start of 2021, the UK has "
                 "responded to more than 15 threats by Iranian agents to kill British journalists in London.",
                 ("IRN", "assassination"), 2021, id="a-period-of-acts-answered-dates-them"),
    pytest.param("The report was long. It named many cases. It was read widely. On Tuesday, Human Rights Watch "
                 "documented numerous cases of harassment of Ethiopian refugees in Nairobi by Ethiopian agents.",
                 ("ETH", "intimidation"), None, id="the-day-acts-were-recorded-does-not-date-them"),
    pytest.param("The report was long. It named many cases. It was read widely. Since 2014, Human Rights Watch has "
                 "condemned the harassment of Ethiopian refugees in Nairobi by Ethiopian agents.",
                 ("ETH", "intimidation"), None, id="a-period-of-comment-does-not-date-the-acts"),
    # a date in a participle clause on the act's person tells of that person, not of the act: an act in the lead is the news
    pytest.param("Iranian agents abducted Habib Chaab, a dissident wanted by Tehran in connection with a 2018 attack, in "
                 "Istanbul.", ("IRN", "rendition"), 2022, id="a-date-of-a-participle-on-the-person-is-not-the-acts"),
    pytest.param("Iranian agents abducted Habib Chaab in Istanbul in 2018.", ("IRN", "rendition"), 2018,
                 id="a-date-of-the-act-in-the-lead-is-its-year"),
    # the story's time is no date of a participle clause on a noun, which tells of that person or thing (a birth, a
    # document's date); a date of a clause of the story is
    pytest.param("In October 2020 Habib Chaab flew to Istanbul. He met a poet born in 1981 there. He was then lured to a "
                 "meeting in Istanbul by Iranian agents.", ("IRN", "rendition"), 2020, id="a-birth-year-is-not-the-storys-year"),
    pytest.param("In October 2020 Habib Chaab flew to Istanbul. He carried a letter dated 2015. He was then lured to a "
                 "meeting in Istanbul by Iranian agents.", ("IRN", "rendition"), 2020, id="a-documents-date-is-not-the-storys-year"),
    pytest.param("In October 2020 Habib Chaab flew to Istanbul. He met a poet there in 1981. He was then lured to a "
                 "meeting in Istanbul by Iranian agents.", ("IRN", "rendition"), 1981, id="a-date-of-a-clause-is-the-storys-year"),
]


@pytest.mark.parametrize(("text", "key", "year"), YEAR_CASES)
def test_year_of_an_act(nlp: Language, text: str, key: tuple[str, str], year: int | None) -> None:
    found = rows(nlp, text)
    assert key in found, found
    assert found[key][1] == year


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        pytest.param("Berlin and Lille", {"DEU": ("Chechen exiles", None), "FRA": ("Chechen exiles; Imran Aliev", 2020)},
                     id="folded-into-the-main-origins-act-in-that-host"),
        pytest.param("Berlin", {"DEU": ("Chechen exiles", None)}, id="no-act-of-the-main-origin-there-adds-none"),
    ],
)
def test_an_act_given_to_a_host_state_gives_its_people_and_year_to_the_main_origins_act(
    nlp: Language, places: str, expected: dict[str, tuple[str | None, int | None]]
) -> None:
    # Germany, the state that reacts, is carried to the Lille killing as its agent: that act is dropped, but its
    # victim and year are those of Russia's act in France
    text = (f"Russian agents carried out killings of Chechen exiles in {places}. Germany responded by expelling two "
            "Russian diplomats, as it had done after the killing in December 2019. The Berlin case was one of four "
            "attacks on critics in Europe. In January 2020, the blogger Imran Aliev was found stabbed to death in a "
            "hotel room in Lille, in northern France.")
    doc = nlp(make_doc(nlp, text, published="2022-12-05"))
    found = {r.host: (r.targets, r.year) for r in doc._.tnr_incidents if r.tactic == "assassination"}
    assert {r.origin for r in doc._.tnr_incidents} == {"RUS"}
    assert found == expected


# an undated act goes on with the story told before it, unless its sentence tells a date of its own that the article does
# not let one place ("on Friday" in a report with no date of publication)
@pytest.mark.parametrize(
    ("published", "year"),
    [pytest.param(None, None, id="a-day-that-cannot-be-placed"), pytest.param("2017-10-02", 2017, id="a-day-placed-by-publication")],
)
def test_an_act_dated_by_a_day_that_cannot_be_placed_takes_no_storys_year(
    nlp: Language, published: str | None, year: int | None
) -> None:
    text = ("Kacmaz Mesut, a Turkish teacher, moved to Pakistan in 2016. Mesut and his family were handed over to Turkish "
            "police at Islamabad airport on Friday night and deported to Turkey.")
    found = {(r.origin, r.tactic): r.year for r in nlp(make_doc(nlp, text, published=published))._.tnr_incidents}
    assert found == {("TUR", "unlawful_deportation"): year}


# an undated act told after a day the article does not let one place is of that day, not of the year told before it;
# a day with a month's name is of the story's year
@pytest.mark.parametrize(
    ("day", "year"),
    [pytest.param("on Friday night", None, id="after-a-weekday-that-cannot-be-placed"), pytest.param("on October 6", 2016, id="after-a-month-day")],
)
def test_an_act_told_after_a_day_that_cannot_be_placed_takes_no_earlier_year(nlp: Language, day: str, year: int | None) -> None:
    text = (f"Kacmaz Mesut, a Turkish teacher, moved to Pakistan in 2016. Mesut and his family were handed over to police at "
            f"Islamabad airport {day}. His daughters said Turkish police beat their father in Islamabad during the flight.")
    found = {(r.origin, r.tactic): r.year for r in nlp(make_doc(nlp, text, published=None))._.tnr_incidents}
    assert found[("TUR", "assault")] == year


@pytest.mark.parametrize(
    ("text", "indefinite"),
    [
        # a noun the parser hangs on the act's object names no one: the object is still one person told indefinitely
        pytest.param("Gupta joined a plot to assassinate a Sikh separatist leader, a case that has drawn attention between "
                     "India and the United States.", True, id="a-noun-in-apposition-naming-no-one"),
        pytest.param("Gupta joined a plot to assassinate a Sikh separatist leader, Gurpatwant Singh Pannun.", False,
                     id="a-name-in-apposition"),
    ],
)
def test_an_indefinite_object_is_not_named_by_an_apposition_naming_no_one(nlp: Language, text: str, indefinite: bool) -> None:
    from pipeline.extract.incidents import incident_words
    from pipeline.extract.targets import _indefinite_person

    doc = nlp(make_doc(nlp, text))
    leader = next(t for t in doc if t.lower_ == "leader")
    assert (_indefinite_person([leader], incident_words().person) is leader) is indefinite
