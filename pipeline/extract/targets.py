"""Targets and year of one act of transnational repression (GUIDELINES.md incidents: ``targets``, ``year``).

Targets are read from the act's roles before the sentence at large: the
people, groups and organisations in the act's object ("killed the journalist
Jamal Khashoggi", "the abduction of Habib Chaab", "dissidents targeted by
...", "the iPhone of Omar Abdulaziz was infected with Pegasus", "arrested two of
his brothers", the noun of a past participle and of the verbs listed after it:
"Zam, ... who was lured to Iraq, seized and taken back"), "me" in its
speaker's quoted words ("plotted to kidnap me," Alinejad said), the subject
of a verb of receiving ("students are facing threats"), a pronoun there
resolved to the latest person or group named before it ("he was lured to a
meeting"), "its" to the organisation ("threats against its journalists";
not after a body doing the act), the subject of "was the target of" an act,
else, unless the object tells its people by an indefinite or plural people
noun ("a plot to assassinate a Sikh separatist leader"), the sentence's
people who neither do the act, report it, hold an office nor stand accused of it ("Carlisle Rivera ... are charged with taking part in
a plot to murder ..."), were recruited for it ("Gupta had been recruited by an Indian government employee, who
directed a plot ...") nor serve a state ("Vikash Yadav, an Indian government employee"), else its groups, else the object's people that a
people word names and no actor does ("40 Uyghur asylum-seekers"), else, for
"a dissident" of the object, the person the next sentence tells something is
done to ("A Rwandan dissident has been shot dead ... Gunmen intercepted
Revocant Karemangingo"). An act that
names no one in its sentence targets the group the article says the same
state targets elsewhere ("nine such offices are in Spain": the stations'
"Chinese nationals"); a campaign act of a state no act of which names a group
targets the article's groups of that state's people ("pressured a cousin and
his wife to return" in a story of the "Uighur diaspora"), unless it is a
measure (notices, warrants name their people) or its object tells its people. People an act's object counts ("bounties
for eight democracy activists") are the persons the article names of that number: in the noun's phrase ("including
Nathan Law"), else where it tells the number again ("The eight self-exiled activists are ... Ted Hui, ...", "all six
individuals, which include ... Nathan Law").

The year is the year the act happened: the dates on the act's words and
clause, or a clause above it ("the 2019 killing", "seized after travelling to
Iraq in 2019", "his troubles began in late 2016 when ..."), not those of a
trial, a report or a statement about it ("sentenced in absentia ... for a
bombing in 1981", "the Dutch government said on Tuesday") save an accusation or arrest a measure is listed after ("was
arrested in November 2021 ..., and in October 2022 he was sentenced"), of what was done
to the target later ("taken back to Iran and executed last year") nor of a
measure against it ("ordered the closure of the stations last month"); a date on the verb of one who survives or
receives the act dates it ("he had survived an attempt on his life in 2015"); a plot no date of which is its own was
afoot when it was uncovered or thwarted: the date nearest above that verb dates it ("in 2018 Danish authorities said
they had uncovered an Iranian plot to kill ..."); "that year" is the year of the latest
date told before it. An act on a named person in a named place
that no date of its own dates goes on with the story told before it: it takes the year of the latest date before its
sentence, not of a relative clause ("who had left Saudi Arabia the previous year"); told in the article's first three
sentences with none before, it is the news and takes the publication year, unless its sentence tells of an earlier year
or it is what the news accuses or charges someone of ("today accused Vietnamese agents of abducting"); a photo caption's
date ("... June 21, 2017. THE CANADIAN PRESS/AP") dates the photo, not the story.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from pipeline.extract.dates import MONTHS
from pipeline.extract.index import cached, doc_text, lemma_positions, once_per, sentence, texts
from pipeline.extract.names import person_gender
from pipeline.resources import load_resources

if TYPE_CHECKING:
    from pipeline.extract.actors import Actor
    from pipeline.records import AttributionRow, DateRow

# people an act's object can name by pronoun; "they" and "them" also stand for groups
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "yourself"})
# the speaker's own person as an act's object, inside the speaker's quoted words ("the plot to kidnap me")
SELF_PRONOUNS = frozenset({"me", "myself"})
# the sentences of an article's title and lead, whose acts are its news: undated, they took place lately
LEAD_SENTENCES = 3
# how far back a pronoun looks for the one it stands for
PRONOUN_SENTENCES = 3
# the roles of an act's words that name whom it is done to
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr", "oprd", "pobj", "poss"})
OBJECT_PREPS = frozenset({"of", "against", "on", "to", "toward", "towards", "into", "at"})
# the organisations an act can be done to when they are its object ("threats against Iran International")
OBJECT_TYPES = frozenset({"person", "group", "organization", "media", "ngo"})
TARGET_TYPES = frozenset({"person", "group"})
# tactics that are campaigns against a people more than single acts: an act of one that names no one targets the
# groups the article says its state targets (GUIDELINES.md incidents; Freedom House's coding of diaspora campaigns)
CAMPAIGN_TACTICS = frozenset({"intimidation", "surveillance", "coercion_by_proxy", "digital_attack", "mobility_controls", "legal_pressure"})
# campaign tactics that are measures against named people more than against a people: their documents name them
MEASURE_TACTICS = frozenset({"mobility_controls", "legal_pressure"})
# a year told by reference to the latest one told before it
SAME_YEAR = re.compile(r"\b(?:that|the same|that same) year\b", re.IGNORECASE)
WORD_CHARACTER = re.compile(r"\w")
FOUR_DIGITS = re.compile(r"\b\d{4}\b")
# the years a bare four-digit number before a noun can be ("a 2022 murder-for-hire plot")
YEARS = (1900, 2099)
# actor types a possessive "its" stands for when an act's people are its ("threats against its journalists")
BODY_TYPES = frozenset({"organization", "media", "ngo", "group"})


class RoleWords(Protocol):
    """The lexicon roles the target rules read (``IncidentWords`` of incidents.py)."""

    @property
    def person(self) -> frozenset[str]: ...

    @property
    def process(self) -> frozenset[str]: ...

    @property
    def official(self) -> frozenset[str]: ...

    @property
    def relation(self) -> frozenset[str]: ...

    @property
    def receive(self) -> frozenset[str]: ...

    @property
    def blame(self) -> frozenset[str]: ...

    @property
    def recruit(self) -> frozenset[str]: ...

    @property
    def agent(self) -> frozenset[str]: ...

    @property
    def service(self) -> frozenset[str]: ...

    @property
    def wanted(self) -> frozenset[str]: ...

    @property
    def perform(self) -> frozenset[str]: ...

    @property
    def charging(self) -> frozenset[str]: ...

    @property
    def confessing(self) -> frozenset[str]: ...

    @property
    def charge_prep(self) -> frozenset[str]: ...

    @property
    def naming(self) -> frozenset[str]: ...

    @property
    def proceeding(self) -> frozenset[str]: ...

    @property
    def later(self) -> frozenset[str]: ...

    @property
    def accusing(self) -> frozenset[str]: ...

    @property
    def accusation(self) -> frozenset[str]: ...

    @property
    def foil(self) -> frozenset[str]: ...

    @property
    def tally(self) -> frozenset[str]: ...

    @property
    def since(self) -> frozenset[str]: ...

    @property
    def plot(self) -> frozenset[str]: ...

    @property
    def nonstate(self) -> frozenset[str]: ...

    @property
    def vague(self) -> frozenset[str]: ...

    @property
    def generic(self) -> frozenset[str]: ...


Spans = Sequence[tuple[int, int, "Actor"]]
T = TypeVar("T")


def covering(spans: Sequence[tuple[int, int, T]], token: Token) -> T | None:
    """Return the item of the first (start, end, item) whose tokens hold the token, else None."""
    for start, end, item in spans:
        if start <= token.i < end:
            return item
    return None


def clause_verb(token: Token, *, steps: int = 12) -> Token:
    """Return the verb of the clause a token is in (itself for a verb), looking at most ``steps`` heads up, or the root."""
    current = token
    for _ in range(steps):
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return current
        current = current.head
    return current


def object_heads(
    trigger: Span, relation: frozenset[str] = frozenset(), receive: frozenset[str] = frozenset(), wanted: frozenset[str] = frozenset()
) -> list[Token]:
    """Return the words that name whom the act is done to: objects, passive subjects, "of"/"against" phrases, the "for"
    phrase of a decree noun of ``wanted`` ("arrest warrants for eight activists", "a warrant for his arrest"), the noun
    a participle describes ("dissidents targeted by ..."), possessors ("his abduction"), the subject of a verb of
    receiving ("students are facing harassment"), with conjuncts and appositions."""
    # (asked again and again for the same act with the same words by the incident rules: worked out once per Doc)
    known: dict[tuple[int, int, frozenset[str], frozenset[str], frozenset[str]], list[Token]] = cached(trigger.doc, "object-heads", dict)
    key = (trigger.start, trigger.end, relation, receive, wanted)
    if key not in known:
        known[key] = _object_heads(trigger, relation, receive, wanted)
    return list(known[key])


def _object_heads(trigger: Span, relation: frozenset[str], receive: frozenset[str], wanted: frozenset[str]) -> list[Token]:
    root = trigger.root
    heads: list[Token] = []
    # "survived two assassination attempts": the act's noun classifies the noun received
    first = root.head if root.dep_ == "compound" and root.head.pos_ == "NOUN" else root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "facing harassment, surveillance and threats": the list's first noun is the object
    if root.pos_ == "NOUN" and first.dep_ == "dobj" and first.head.lemma_.lower() in receive:
        heads.extend(c for c in first.head.children if c.dep_ == "nsubj")
    nouns = [root]
    if root.dep_ == "compound" and root.head.pos_ in {"NOUN", "PROPN"}:
        nouns.append(root.head)  # "an intimidation campaign against him"
    if root.pos_ in {"NOUN", "PROPN"}:
        # "threats, disappearances and killings of Rwandan critics": the nouns share their object
        nouns += [c for c in root.subtree if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c.head.i in {n.i for n in nouns}]
    for word in nouns:
        own_object = any(c.dep_ == "dobj" for c in word.children)
        for child in word.children:
            if child.dep_ in OBJECT_DEPS - {"pobj"}:
                heads.append(child)
            elif child.dep_ in {"prep", "agent"} and (child.lower_ in OBJECT_PREPS or (child.lower_ == "for" and word.lemma_.lower() in wanted)):
                heads.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "in" and word.pos_ == "NOUN":
                # the parser hangs the act noun's "of" phrase on the place named between them: "the June 2025 killing in
                # Costa Rica of government critic Roberto Samcam" (a place's name takes no "of" phrase of its own)
                heads.extend(o for p in child.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
                             for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
            elif (child.dep_ == "xcomp" and not own_object) or (
                child.dep_ == "acl" and child.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            ):
                # "helped to spy on dissidents", "tried to lure her", "a plot to murder a journalist"; not a purpose
                # after the act's own object ("threaten people to suppress their rights")
                heads.extend(c for c in child.children if c.dep_ in {"dobj", "nsubjpass"})
    decree = root.head if root.dep_ == "compound" else root
    if decree.lemma_.lower() in wanted and decree.dep_ == "dobj":
        # the parser hangs the "for" phrase on the verb that issues the decree: "issued an arrest warrant for Rusesabagina"
        # (a name, a pronoun or people told by a number only: "offer bounties ... for 8 activists"; not "for fraud")
        heads.extend(p for c in decree.head.children if c.dep_ == "prep" and c.lower_ == "for"
                     for p in c.children if p.dep_ == "pobj" and (p.pos_ in {"PROPN", "PRON"} or (p.tag_ == "NNS" and any(n.dep_ == "nummod" for n in p.children))))
    if root.dep_ in {"acl", "relcl", "amod"} and root.head.i != root.i:
        heads.append(root.head)
    if root.pos_ == "VERB" and root.dep_ == "conj" and not any(c.dep_ in {"dobj", "nsubjpass"} for c in root.children):
        # a verb listed after another shares its patient: "who was lured to Iraq, seized and taken back", "critics were
        # abducted, attacked or handed back"
        first_verb = root
        while first_verb.dep_ == "conj" and first_verb.head.pos_ == "VERB" and first_verb.head.i != first_verb.i:
            first_verb = first_verb.head
        heads.extend(c for c in first_verb.children if c.dep_ in {"dobj", "nsubjpass"})
        if first_verb.dep_ in {"acl", "relcl"} and first_verb.head.i != first_verb.i:
            heads.append(first_verb.head)
    if root.pos_ == "VERB" and not any(c.dep_ in {"dobj", "nsubjpass"} for c in root.children):
        # a verb listed before another shares its object: "threats to kidnap or kill British or UK-based individuals"
        heads.extend(o for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj")
    if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.pos_ == "VERB":
        # the means of an act done to someone: "the iPhone of Omar Abdulaziz was infected with Pegasus"
        heads.extend(c for c in root.head.head.children if c.dep_ in {"dobj", "nsubjpass"})
    if _in_absentia(root):
        # a trial in absentia is done to the verb's object: "sentenced Sam Serey in absentia", "he was tried in absentia"
        heads.extend(c for c in root.head.head.children if c.dep_ in {"dobj", "nsubjpass"})
    means = root
    while means.dep_ == "conj" and means.head.pos_ in {"NOUN", "PROPN"} and means.head.i != means.i:
        means = means.head
    if means.dep_ == "pobj" and means.head.lower_ in {"through", "via"} and means.head.head.pos_ == "VERB":
        # the means of a verb done to people: "pursue people abroad through family pressure, Interpol notices and ..."
        heads.extend(c for c in means.head.head.children if c.dep_ in {"dobj", "nsubjpass"})
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN":
        heads.append(root.head.head)  # "the subject of a red notice", "victims of abductions"
    act = root.head if root.dep_ in {"compound", "nmod"} and root.head.pos_ == "NOUN" else root
    while act.dep_ == "conj" and act.head.pos_ == "NOUN":
        act = act.head
    if act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.dep_ == "attr" and act.head.head.head.lemma_ == "be":
        # "she was the target of a 2021 kidnapping plot": the subject of the copula
        heads.extend(c for c in act.head.head.head.children if c.dep_ == "nsubj")
    expanded: list[Token] = []
    for head in heads:
        expanded.append(head)
        expanded.extend(c for c in head.children if c.dep_ in {"conj", "appos", "compound", "poss"})
        if head.lemma_.lower() in relation or head.ent_type_ not in {"PERSON", "NORP", "ORG"}:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                # "relatives of Mohamed Soltan", "members of the movement", "the iPhone of Omar Abdulaziz" (its owner);
                # not "opponents of the Islamic Republic" (a state is no target)
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    expanded.append(pobj)
                    named_kin = [c for c in pobj.children if c.dep_ == "appos"]
                    expanded.extend(named_kin)  # "the phone of his daughter, Carine Kanimba"
                    if pobj.lemma_.lower() in relation and not named_kin:
                        expanded.extend(c for c in pobj.children if c.dep_ == "poss")  # "two of his brothers": his
        for conj in (c for c in head.children if c.dep_ == "conj"):
            expanded.extend(c for c in conj.children if c.dep_ in {"appos", "compound"})
    return expanded


def _in_absentia(word: Token) -> bool:
    """True for the "absentia" of a verb's "in absentia": the trial or sentence of someone abroad is the act itself."""
    return word.lower_ == "absentia" and word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.head.pos_ == "VERB"


def _is_official(actor: Actor, words: RoleWords, offices: frozenset[str]) -> bool:
    """True for a person named with an office: "Interior Minister Kajsa Ollongren", "Anders Samuelsen, its foreign minister"."""
    span = actor.span
    # one set per pair of sets, so its positions in a Doc are kept (lemma_positions)
    titles = once_per("official-titles", (words.official, offices), lambda: words.official | offices)
    # every word read below is in a sentence the span touches: without a title's lemma there, it is no official
    found = lemma_positions(span.doc, titles)
    lo, hi = sentence(span).start, sentence(span[-1]).end
    at = bisect.bisect_left(found, lo)
    if at == len(found) or found[at] >= hi:
        return False
    near = [t for t in span.root.subtree if t.i < span.start] + list(span)
    appositions = [c for t in span for c in t.children if c.dep_ == "appos"]
    # a party's post is no state office: "Mu Sochua, the party's vice-president", "Nijjar, the president of the gurdwara"
    near += appositions + [c for a in appositions for c in a.children if c.dep_ in {"poss", "compound"}]
    near += [o for a in appositions for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if span.root.dep_ == "appos":
        near.append(span.root.head)
        near.extend(c for c in span.root.head.children if c.dep_ in {"amod", "compound"})
    if any(t.lower_ in words.nonstate for t in near):
        return False  # "opposition leader Sam Rainsy", "the former minister"
    return any(t.lemma_.lower() in titles for t in near if t.pos_ in {"NOUN", "PROPN"})


def _in_office(actor: Actor, words: RoleWords, offices: frozenset[str]) -> bool:
    """``_is_official`` or ``_is_agent``, worked out once per actor of the Doc (the incident rules ask for each act)."""
    store: dict[int, tuple[Actor, RoleWords, frozenset[str], bool]] = cached(actor.span.doc, "targets:in-office", dict)
    entry = store.get(id(actor))
    if entry is None or entry[0] is not actor or entry[1] is not words or entry[2] is not offices:
        entry = store[id(actor)] = (actor, words, offices, _is_official(actor, words, offices) or _is_agent(actor, words))
    return entry[3]


def _is_agent(actor: Actor, words: RoleWords) -> bool:
    """True for a person told as a state's agent beside the name ("Vikash Yadav, 39, an Indian government employee") or
    by a relative clause of service ("Yadav, who worked for the Indian government's Cabinet Secretariat"); not a former
    one ("Saad Aljabri, a former intelligence official")."""
    root = actor.span.root
    if _agent_noun(actor, words):
        return True
    return any(
        c.dep_ == "relcl" and c.lemma_.lower() in words.service and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)
        for c in root.children
    )


def _agent_noun(actor: Actor, words: RoleWords) -> bool:
    """True for a person an apposition tells as a state's agent or an act's doer ("Vikash Yadav, 39, an Indian government
    employee", "His co-conspirator, Nikhil Gupta"); not a former one."""
    root = actor.span.root
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    return any(n.lemma_.lower() in words.agent and not any(t.lower_ in words.nonstate for t in n.lefts) for n in nouns)


def _accusing(words: RoleWords) -> frozenset[str]:
    """Return the verbs and nouns of accusing (roles accusing and accusation), once per pair of sets."""
    return once_per("targets:accusing", (words.accusing, words.accusation), lambda: words.accusing | words.accusation)


def _accused(trigger: Span, words: RoleWords) -> set[int]:
    """Return the token indices of the people the sentence charges or arrests, when the act is not that charge or
    arrest itself: "X are charged with taking part in a plot to murder ...", "charges against Vikash Yadav in connection
    with a scheme to assassinate ...", "prosecutors charged four men with plotting to kidnap ..."."""
    accusing = _accusing(words)
    if any(t.lemma_ in accusing for t in trigger):
        return set()
    sent = trigger.sent
    if not any(sent.start <= i < sent.end for i in lemma_positions(trigger.doc, accusing)):
        return set()  # no accusing word in the sentence (found in the Doc's lemma column, without a Token per word)
    accused: set[int] = set()
    # the verb a trial in absentia hangs on is the act, its object the target ("a court sentenced Sam Serey in absentia")
    own = trigger.root.head.head.i if _in_absentia(trigger.root) else None
    for word in sent:
        if word.i == own:
            continue
        if word.lemma_ in words.accusing and word.pos_ in {"VERB", "AUX"}:
            for child in word.children:
                if child.dep_ in {"nsubjpass", "dobj"} and not any(t.i == trigger.root.i for t in child.subtree):
                    accused.update(t.i for t in child.subtree)
        if word.lemma_ in accusing:
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "against"):
                accused.update(t.i for p in prep.children if p.dep_ == "pobj" for t in p.subtree if t.i < trigger.start or t.i >= trigger.end)
    return accused


def _recruited(trigger: Span, recruit: frozenset[str]) -> set[int]:
    """Return the token indices of the people the sentence says were taken on to do a job, the act's agents: "Gupta had
    been recruited by an Indian government employee, who directed a plot to assassinate ...", "Yadav ... recruited
    Gupta to facilitate the assassination"."""
    sent = trigger.sent
    if not any(sent.start <= i < sent.end for i in lemma_positions(trigger.doc, recruit)):
        return set()  # no such verb in the sentence (found in the Doc's lemma column, without a Token per word)
    return {
        t.i
        for word in sent if word.lemma_.lower() in recruit and word.pos_ == "VERB"
        for child in word.children if child.dep_ in {"nsubjpass", "dobj"}
        if not any(t.i == trigger.root.i for t in child.subtree)
        for t in child.subtree
    }


Acts = Sequence[tuple[Span, "Token | None"]]


def _charged_with(trigger: Span, words: RoleWords) -> Token | None:
    """Return the verb that charges someone with the act, convicts them of it or to which they plead guilty, when the act
    is in its "with"/"of"/"for" phrase or a confessing verb's "to" phrase: the one charged did it ("charged with agreeing
    to undertake ... surveillance", "convicted of stalking and threatening", "pleaded guilty to helping establish a secret
    police station", "admitted in court to his role in establishing an undeclared police station")."""
    node = trigger.root
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return None
        verb = head.lemma_.lower()
        if node.dep_ == "prep" and head.pos_ == "VERB" and (
            (node.lower_ in words.charge_prep and (verb in words.charging or verb in words.confessing))
            or (node.lower_ == "to" and verb in words.confessing)
        ):
            return head
        node = head
    return None


def _charged_ones(verb: Token, words: RoleWords) -> list[Token]:
    """Return the words for whom a charging verb charges: its object or passive subject, or the subject of the verb its
    participle hangs on ("Chung Biu Yuen ... appeared at court ..., charged with ...")."""
    ones = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.lemma_.lower() in words.confessing:
        ones += [c for c in verb.children if c.dep_ == "nsubj"]
    if not ones and verb.dep_ in {"advcl", "acl", "conj"} and verb.tag_ == "VBN":
        if verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
            return [verb.head]  # "Gupta, charged with ..."
        # (the participle hung on a noun of the clause: "appeared at court for a preliminary hearing, charged with ...")
        clause = clause_verb(verb.head) if verb.dep_ == "acl" else verb.head
        ones = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return ones


def article_agents(acts: Acts, people: Spans, words: RoleWords) -> frozenset[str]:
    """Return the names of the persons the article tells doing one of its acts, who are no act's targets when a target
    is looked for beyond an act's own object: the subject of an act ("Wu made a series of threats"), of a verb of
    recruiting, or the one it takes on ("Shakeri recruited Rivera and Loadholt to track and kill the journalist"), the
    one charged with or convicted of an act ("charged with agreeing to undertake ... surveillance", not a trial in
    absentia), and one named as a state's agent or an act's defendant ("His co-conspirator, Nikhil Gupta")."""
    if not acts:
        return frozenset()
    doc = acts[0][0].doc
    persons = [(s, e, a) for s, e, a in people if a.type == "person"]
    if not persons:
        return frozenset()
    bystander = words.receive | words.process | {"be", "have"}
    marked: set[int] = set()
    for trigger, subject in acts:
        if subject is not None and subject.dep_ == "nsubj" and _doing(trigger, subject.head, words, bystander):
            marked.update(t.i for t in _listed(subject))
        verb = _charged_with(trigger, words)
        if verb is not None and not any(t.lower_ == "absentia" for t in trigger.sent):
            marked.update(t.i for one in _charged_ones(verb, words) for t in one.subtree if not trigger.start <= t.i < trigger.end)
    for at in lemma_positions(doc, words.recruit):
        verb = doc[at]
        if verb.pos_ == "VERB":
            ones = [c for c in verb.children if c.dep_ in {"nsubj", "dobj", "nsubjpass"}]
            ones += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            marked.update(t.i for one in ones for t in _listed(one))
    return frozenset(
        a.name for s, e, a in persons if any(s <= i < e for i in marked) or _agent_noun(a, words) or _named_agent(a, words)
    )


def _doing(trigger: Span, verb: Token, words: RoleWords, bystander: frozenset[str]) -> bool:
    """True when the verb is the act's own, active (its subject does it): the act's verb ("Wu threatened the woman"), one
    whose object is the act's noun ("Wu made a series of threats", "conducting surveillance"), or one whose infinitive is
    the act ("tried to kill")."""
    if verb.lemma_.lower() in bystander or any(c.dep_ == "auxpass" or (c.dep_ == "dobj" and c.lower_ in REFLEXIVES) for c in verb.children):
        return False  # (not "Shishov had killed himself")
    node = trigger.root
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a series of threats"
    if node.i == verb.i:
        return node.pos_ == "VERB"
    if node.head.i != verb.i:
        return False
    return (node.dep_ == "dobj" and verb.lemma_.lower() in words.perform) or (node.dep_ == "xcomp" and node.pos_ == "VERB")


def _listed(word: Token) -> list[Token]:
    """Return a word, the words listed with it and its appositions ("Rivera and Loadholt", "Gupta, his co-conspirator")."""
    found = [word]
    for token in found:
        found.extend(c for c in token.children if c.dep_ in {"conj", "appos"} and c not in found)
    return found


def _named_agent(actor: Actor, words: RoleWords) -> bool:
    """True for a person named after an agent noun: "the US suspect, named Nikhil G."."""
    root = actor.span.root
    verb = root.head
    return root.dep_ in {"oprd", "dobj", "attr"} and verb.lemma_.lower() in words.naming and verb.dep_ == "acl" and (
        verb.head.lemma_.lower() in words.agent
    )


def _pronoun(heads: Iterable[Token], person_nouns: frozenset[str]) -> Token | None:
    """Return the word of the act's object that refers back to someone: a pronoun ("he was lured"), or a person noun
    with "the" or "this" and no name beside it ("arrested the man's brothers", "the journalist was followed")."""
    for token in heads:
        if token.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS:
            return token
        if (
            token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in person_nouns
            and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
            and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)  # "the Sikh leader Hardeep Singh Nijjar"
        ):
            return token
    return None


def _described_patient(head: Token, verb: Token) -> bool:
    """True for a name the verb is done to, told with a noun in apposition: its object or passive subject with the noun
    after it ("deported James Gatdet Dak, Machar's main spokesman"), or the name after the noun that is ("The second
    secretary of the embassy, Thet Htar Mya Yee San, was also revoked"); not a name after a title the parser may have
    made the subject of another verb ("accused of attempting to kill Sikh leader Gurpatwant Singh Pannun ... has been
    extradited")."""
    if head.dep_ == "appos":
        noun = head.head
    elif any(c.dep_ == "appos" for c in head.children):
        noun = head
    else:
        return False
    return verb.pos_ == "VERB" and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.i == verb.i


def _direct_patient(head: Token, root: Token) -> bool:
    """True for a name the act is done to as its own object: the act verb's object or its only passive subject
    ("Uyghur leader Dolkun Isa was openly threatened"), or the "on", "against" or "of" phrase of the act noun (or of
    the noun it classifies: "a foiled assassination plot on Gurpatwant Singh Pannun, another Khalistani leader"); not a
    passive subject beside another, which the parser took from a clause on it ("The Indian national accused of
    attempting to kill Sikh leader Gurpatwant Singh Pannun has been extradited")."""
    if head.dep_ in {"dobj", "nsubjpass"}:
        verb = head.head
        return verb.i == root.i and verb.pos_ == "VERB" and sum(c.dep_ == head.dep_ for c in verb.children) == 1
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in OBJECT_PREPS - {"to", "into", "toward", "towards", "at"}:
        noun = head.head.head
        act = root.head if root.dep_ == "compound" else root
        return noun.pos_ == "NOUN" and noun.i in {root.i, act.i}
    return False


def _patient_noun(verb: Token) -> int | None:
    """Return the index of the noun a past participle describes, the one it is done to ("Zam, ... seized in Iraq",
    "an exile abducted in Dubai"; the tagger may take it for a past tense with no subject of its own: "ordered a
    Belarusian man extradited to Minsk"), or none."""
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(c.dep_.startswith("nsubj") for c in verb.children))
    if verb.dep_ == "acl" and participle and verb.head.i != verb.i and verb.head.pos_ in {"NOUN", "PROPN"}:
        return int(verb.head.i)
    return None


def _quoted_self(heads: Iterable[Token], attributions: Sequence[AttributionRow]) -> str | None:
    """Return the speaker a first-person object stands for inside the speaker's own quoted words ("'the plot to kidnap
    me,' Alinejad wrote"): a person, the source of the claim whose content holds the word."""
    for token in heads:
        if token.lower_ not in SELF_PRONOUNS:
            continue
        for row in attributions:
            if row.source and row.source_type == "person" and row.content_start <= token.idx < row.content_end:
                return row.source
    return None


def _named_group(head: Token, people: Spans, person_nouns: frozenset[str]) -> str | None:
    """Return the group a person's name describes: "Gulen supporters", "Kadyrov critics" (not the person)."""
    if head.lemma_.lower() not in person_nouns or head.tag_ not in {"NNS", "NNPS"}:
        return None
    names = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if names and all((a := covering(people, c)) is not None and a.type == "person" for c in names):
        return " ".join([*(c.text for c in names), head.text])
    return None


def people_phrase(
    head: Token, person_nouns: frozenset[str], relation: frozenset[str], vague: frozenset[str], generic: frozenset[str], origin: str | None = None
) -> str | None:
    """Return the name of the group a plural people noun names when no actor does: the noun with its modifiers, without
    determiners, numbers and words of quantity ("Chinese pro-democracy students", "40 Uyghur asylum-seekers" -> "Uyghur
    asylum-seekers"), when a word names the people it belongs to; none for kin and quantity nouns ("relatives of ..."),
    a bare noun ("critics") or a general one ("British or UK-based individuals"; ``generic``: nouns too general to name a
    group on their own; ``vague``: words of quantity or which, not who, left out)."""
    lemma = head.lemma_.lower()
    if head.tag_ not in {"NNS", "NNPS"} or lemma not in person_nouns or lemma in relation:
        return None
    modifiers = [c for c in head.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    start = min((t.i for c in modifiers for t in c.subtree), default=head.i)
    words = list(head.doc[start : head.i + 1])
    # drop what comes before the last word of quantity or determiner inside the phrase ("the many exiled critics")
    cut = max((n + 1 for n, t in enumerate(words) if t.dep_ in {"det", "nummod", "poss", "predet"} or t.lower_ in vague), default=0)
    words = words[cut:]
    while words and (words[0].is_punct or words[0].dep_ == "cc"):
        words = words[1:]
    if len(words) == 1 and head.lower_ in _alone():
        return head.text  # a noun that names a group by itself: "spy on dissidents" (group_words.tsv role alone)
    away = _abroad_tail(head)
    counted = any(c.dep_ == "nummod" for c in head.children)  # "8 overseas activists": the persons named of that number
    if lemma not in generic and words and not counted and (away is not None or any(_abroad_word(t) for t in words[:-1])):
        # people told only as living abroad ("exiled dissidents", "overseas-based activists", "activists in exile",
        # "Nicaraguans living abroad", "activists who live abroad"): the noun with what places them abroad
        return head.doc[words[0].i : (away if away is not None else head.i) + 1].text
    own = origin is not None and any(load_resources().demonyms.get(t.lower_) == origin for t in words)
    if len(words) < 2 or (lemma in generic and not own):
        # a bare noun says what people, not which ("critics"); a general one not even that ("UK-based individuals"),
        # unless it tells the origin's own people abroad (China "monitoring Chinese citizens")
        return None
    if not any(t.ent_type_ == "NORP" or t.lower_ in _peoples() for t in words):
        return None  # a group is named by the people it belongs to: not "high-profile opposition figures"
    return head.doc[words[0].i : head.i + 1].text


def _abroad_word(token: Token) -> bool:
    """True for a modifier that places people abroad: "exiled", "overseas", "-based" after a place ("U.S.-based")."""
    return token.lower_ in _abroad() or (token.lower_ == "based" and token.i > 0 and token.nbor(-1).text == "-")


def _abroad_tail(head: Token) -> int | None:
    """Return the last token of the phrase after a people noun that places them abroad ("in exile", "abroad", "living
    abroad", "who live in exile"), if any."""
    for child in head.rights:
        if child.dep_ == "advmod" and child.lower_ in _abroad():
            return child.i  # "activists abroad"
        if child.dep_ == "prep" and child.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ == "exile" and not list(p.children) for p in child.children):
            return child.i + 1  # "activists in exile"
        if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in {"live", "reside"}:
            tail = [t for t in child.subtree if t.i > child.i]
            if tail and (tail[0].lower_ in _abroad() or (tail[0].lower_ == "in" and len(tail) > 1 and tail[1].lower_ == "exile")):
                return tail[0].i if tail[0].lower_ in _abroad() else tail[1].i  # "living abroad", "who live in exile"
    return None


@functools.lru_cache(maxsize=1)
def _abroad() -> frozenset[str]:
    """Return the lower-case words that place people abroad ("exiled", "overseas", "abroad"; group_words.tsv role abroad)."""
    return frozenset(w.lower() for w in load_resources().group_words.get("abroad", frozenset()))


def _full_group(head: Token, people: Spans, person_nouns: frozenset[str], relation: frozenset[str], vague: frozenset[str]) -> str | None:
    """Return the group a bare plural people noun of the act's object (with its compound nouns: "other asylum seekers")
    stands for, when the article names one group, and only one, by those words in full: "monitor and intimidate
    dissidents" in a story of "Chinese dissidents", "extorting expatriates in Canada" in one of "Eritrean expatriates",
    "other asylum seekers who were assaulted" in one of "Ethiopian asylum seekers" (the group's canonical name)."""
    lemma = head.lemma_.lower()
    if head.tag_ not in {"NNS", "NNPS"} or lemma not in person_nouns or lemma in relation:
        return None
    modifiers = [c for c in head.lefts if c.dep_ in {"compound", "amod", "nmod", "poss"} and c.lower_ not in vague]
    if any(c.dep_ != "compound" or c.pos_ != "NOUN" or covering(people, c) is not None for c in modifiers):
        return None
    # "other asylum seekers" in a story of "Ethiopian asylum seekers": the noun with its compound nouns
    tail = " ".join([*(c.lower_ for c in modifiers), head.lower_])
    names = {a.name for _, _, a in people if a.type == "group" and a.name.lower().endswith(" " + tail)}
    return names.pop() if len(names) == 1 else None


def _number(token: Token) -> int | None:
    """Return the whole number a word tells ("8", "eight"; number_words.tsv units), or none."""
    if token.text.isdigit():
        return int(token.text)
    value = load_resources().number_words.get(token.lower_)
    return int(value[0]) if value is not None and value[1] == "unit" else None


def _set_count(head: Token, person_nouns: frozenset[str]) -> int | None:
    """Return how many people a plural people noun of an act's object counts ("eight democracy activists": 8), or none."""
    if head.tag_ not in {"NNS", "NNPS"} or head.lemma_.lower() not in person_nouns:
        return None
    counts = [n for c in head.children if c.dep_ == "nummod" and (n := _number(c)) is not None]
    return counts[0] if len(counts) == 1 and counts[0] >= 2 else None


def _set_members(heads: Iterable[Token], people: Spans, person_nouns: frozenset[str], keep: Callable[[int, Actor], bool]) -> list[str]:
    """Return the persons an act's counted people noun stands for, the members the article names of that set: in the
    noun's own phrase ("bounties on eight activists, including Nathan Law and Ted Hui"), else where the article tells
    the same number of people again, in that phrase or in what its clause says they are or include ("The eight
    self-exiled activists are former lawmakers Ted Hui, ...", "all six individuals, which include ... Nathan Law", "The
    updated list of 19 activists includes ... Keung Ka-wai")."""
    for head in heads:
        count = _set_count(head, person_nouns)
        if count is None:
            if head.tag_ in {"NNS", "NNPS"} and head.lemma_.lower() in person_nouns and (
                own := _persons_in({i for i in _member_ids(head) if i > head.i} - _relative_ids(head), people, keep)
            ):
                # an uncounted people noun whose own phrase names its members after it ("deported Turkmen activists and
                # bloggers Alisher Sakhatov and Abdulla Orusov"; not "Gulen supporters": the one they follow, nor one
                # its relative clause names: "activists who had criticised President Berdimuhamedow")
                return own
            continue
        own = _persons_in(_member_ids(head), people, keep)
        if own:
            return own
        doc = head.doc
        here = head.sent
        sents = [s for s in doc.sents if s.start >= here.end] + [s for s in doc.sents if s.end <= here.start][::-1]
        for sent in sents:
            for word in sent:
                if not (word.like_num and _number(word) == count):
                    continue
                if word.dep_ == "nummod" and word.head.tag_ in {"NNS", "NNPS"} and word.head.lemma_.lower() in person_nouns:
                    noun = word.head
                elif word.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
                    noun = word  # "the eight, including ..."
                else:
                    continue
                ids = _member_ids(noun)
                top = noun
                while top.dep_ in {"pobj", "prep"} or (top.dep_ in {"compound", "amod"} and top.head.pos_ in {"NOUN", "PROPN"}):
                    top = top.head  # "the list of 19 activists"
                if top.pos_ in {"NOUN", "PROPN", "NUM"} and top.dep_ in {"nsubj", "nsubjpass"}:
                    # what the set's clause says it is or includes: "The eight ... are Ted Hui, ..."
                    ids |= {t.i for c in top.head.children if c.dep_ in {"attr", "dobj", "oprd"} for t in c.subtree}
                found = _persons_in(ids, people, keep)
                if found:
                    return found
    return []


def _namesake(actor: Actor) -> bool:
    """True for a person named only as the one a thing is of or after ("the movement of the cleric Fethullah Gulen",
    "the revelation of Guru Nanak"): no one an act in his sentence, or a pronoun after it, is about."""
    root = actor.span.root
    while root.dep_ == "appos" and root.head.i != root.i:
        root = root.head  # "the cleric Fethullah Gulen"
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return False
    return root.head.head.lemma_.lower() in _namesakes()


@functools.lru_cache(maxsize=1)
def _namesakes() -> frozenset[str]:
    """Return the lower-case nouns of a movement or teaching named after a person (group_words.tsv role namesake)."""
    return frozenset(w.lower() for w in load_resources().group_words.get("namesake", frozenset()))


def _member_ids(noun: Token) -> set[int]:
    """Return the token indices of a counted people noun's phrase where its members can be named: not a possessor or a
    participle clause that tells what they are tied to ("6 teachers tied to Fethullah Gulen's Hizmet movement")."""
    ids = {t.i for t in noun.subtree}
    for t in noun.subtree:
        if t.i != noun.i and (t.dep_ == "acl" or (t.dep_ == "poss" and t.head.i != noun.i)):
            ids -= {u.i for u in t.subtree}
    return ids


def _relative_ids(noun: Token) -> set[int]:
    """Return the token indices of a noun's relative clauses."""
    return {t.i for c in noun.children if c.dep_ == "relcl" for t in c.subtree}


def _persons_in(ids: set[int], people: Spans, keep: Callable[[int, Actor], bool]) -> list[str]:
    names: list[str] = []
    for start, _, actor in people:
        if start in ids and actor.type == "person" and keep(start, actor) and actor.name not in names:
            names.append(actor.name)
    return names


def _leaders() -> Mapping[str, str]:
    """Return the known leaders' names (lowercase) and the states they serve (leaders.tsv, by actors.py)."""
    from pipeline.extract.actors import leader_states

    return leader_states(load_resources())


@functools.lru_cache(maxsize=1)
def _alone() -> frozenset[str]:
    """Return the lower-case plural nouns that name a group with no people word before them ("dissidents")."""
    return frozenset(w.lower() for w in load_resources().group_words.get("alone", frozenset()))


@functools.lru_cache(maxsize=1)
def _collective() -> frozenset[str]:
    """Return the lower-case singular nouns of a people as one body ("diaspora", "community")."""
    return frozenset(w.lower() for w in load_resources().group_words.get("collective", frozenset()))


@functools.lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """Return the lower-case words that name a people: demonyms and peoples, and a people's noun as a modifier ("Chinese",
    "Uyghur", "Sikh", "Tamil" of "Tamils": "the families of Tamil asylum seekers")."""
    res = load_resources()
    return frozenset(res.demonyms) | res.peoples | frozenset(p[:-1] for p in res.peoples if p.endswith("s") and " " not in p)


def _body_of(pronoun: Token, people: Spans) -> list[str]:
    """Return the organisation a possessive "its" on an act's people stands for: the latest one named before it, within
    a few sentences ("Iran International ... threats against its journalists")."""
    starts = [s.start for s in pronoun.doc.sents]
    here = max(i for i, start in enumerate(starts) if start <= pronoun.i)
    first = starts[max(0, here - PRONOUN_SENTENCES)]
    for start, _, actor in sorted(people, key=lambda item: -item[0]):
        if first <= start < pronoun.i and actor.type in BODY_TYPES:
            return [actor.name]
    return []


def _definite_body(heads: Iterable[Token], people: Spans) -> str | None:
    """Return the organisation a definite noun of its kind in the act's object stands for ("the channel", "the
    newspaper", "the NGO": anaphors.tsv): the latest outlet, NGO or organisation of that type named before it."""
    anaphors = load_resources().anaphors
    for token in heads:
        kind = anaphors.get(token.lower_)
        if kind not in {"media", "ngo", "organization", "nongov"} or token.tag_ != "NN":
            continue
        types = {"ngo", "organization"} if kind == "nongov" else {kind}
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
            if token.dep_ != "appos":
                continue
            # an indefinite noun beside a name is that name's: "the Arab Struggle Movement for the Liberation of Ahvaz, a
            # separatist group ... which Tehran designates as a terrorist organisation"
            sent_start = token.sent.start
            beside = [(s, a) for s, _, a in people if sent_start <= s < token.i and a.type in types]
            return max(beside, key=lambda item: item[0])[1].name if beside else None
        before = [(s, a) for s, _, a in people if s < token.i and a.type in types]
        return max(before, key=lambda item: item[0])[1].name if before else None
    return None


def _resolve(pronoun: Token, people: Spans, keep: set[int]) -> list[str]:
    """Return who a pronoun stands for: the latest person ("he") or group or person ("they") named before it, within
    a few sentences, among the people that may be targets."""
    starts = [s.start for s in pronoun.doc.sents]
    here = max(i for i, start in enumerate(starts) if start <= pronoun.i)
    first = starts[max(0, here - PRONOUN_SENTENCES)]
    plural = pronoun.lower_ in PLURAL_PRONOUNS
    # "the diaspora", "the community": a people as one body stands for a group, not a person (group_words.tsv)
    collective = pronoun.lemma_.lower() in _collective()
    # "he" skips a woman's given name and "she" a man's ("Mark Adams ... trying to put her on a flight")
    other = {"f": "m", "m": "f"}.get(PRONOUN_GENDERS.get(pronoun.lower_, ""))
    for start, _, actor in sorted(people, key=lambda item: -item[0]):
        if start >= pronoun.i or start < first or id(actor) not in keep:
            continue
        if actor.type == "person" and (collective or (other is not None and _gender(actor, people) == other)):
            continue
        if actor.type == "person" or ((plural or collective) and actor.type == "group"):
            return [_specific_group(actor, people), *_coordinated(start, actor, people)]
    return []


def _specific_group(actor: Actor, people: Spans) -> str:
    """Return the group a people's bare name stands for in an article about one group of that people: the article's one
    other group of its country named by that people's word ("Eritreans" -> "Eritrean expatriates", "Syrians" -> "Syrian
    refugees"); else the name itself."""
    name = actor.name.lower()
    if actor.type != "group" or " " in name or actor.country is None or not (name in _peoples() or name.removesuffix("s") in _peoples()):
        return actor.name
    others = {
        a.name for _, _, a in people
        if a.type == "group" and a.country == actor.country and a.name != actor.name and " " in a.name
        and a.name.split()[0].lower() in _peoples()
    }
    return others.pop() if len(others) == 1 else actor.name


def _coordinated(start: int, actor: Actor, people: Spans) -> list[str]:
    """Return the other groups a group's mention shares its noun with by coordinated people words, when the article
    names them as groups: "Chinese and Hong Kong students" (mention: "Hong Kong students") -> "Chinese students"."""
    if actor.type != "group":
        return []
    doc = actor.span.doc
    end = next((e for s, e, a in people if s == start and a is actor), start + 1)
    head = doc[end - 1]
    if head.tag_ not in {"NNS", "NNPS"}:
        return []
    words = [t for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"} for t in c.subtree if t.dep_ in {"amod", "compound", "nmod", "conj"}]
    if not any(t.dep_ == "conj" for t in words):
        return []  # no coordination: "young Chinese students" is one group
    names = {a.name.lower(): a.name for _, _, a in people if a.type == "group" and a.name != actor.name}
    found = []
    for word in words:
        if (word.dep_ != "conj" and word.head.i != head.i) or start <= word.i < end:
            continue  # (a people word of the noun or of the list, outside the mention: "Chinese" of "Chinese and Hong Kong")
        phrase = " ".join(t.text for t in word.subtree if t.dep_ in {"compound", "amod"} and t.head.i == word.i or t.i == word.i)
        name = names.get(f"{phrase} {head.text}".lower())
        if name is not None and name not in found:
            found.append(name)
    return found


def _gender(actor: Actor, people: Spans) -> str | None:
    """Return a person's gender: told by the given name, else by a noun beside a mention of the name ("Wu Huan, a
    26-year-old woman"; "her fiance, Wang Jingyu": gendered_nouns.tsv)."""
    gender = person_gender(actor.name)
    if gender is not None:
        return gender
    nouns = load_resources().gendered_nouns
    for start, end, other in people:
        if other is not actor:
            continue
        root = actor.span.doc[start:end].root
        beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
        for noun in beside:
            if noun.lemma_.lower() in nouns or noun.lower_ in nouns:
                return nouns.get(noun.lemma_.lower()) or nouns[noun.lower_]
    return None


def _indefinite_person(heads: Iterable[Token], person_nouns: frozenset[str]) -> Token | None:
    """Return the word of the act's object that tells its one person by an indefinite noun ("a journalist", "an
    ex-adviser"), with no name beside it (not "Habib Chaab, a Swedish-Iranian activist who disappeared")."""
    return next(
        (
            t for t in heads
            if t.tag_ == "NN" and t.lemma_.lower() in person_nouns and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
            and t.dep_ not in {"appos", "attr"} and not any(c.dep_ == "appos" and _names_someone(c) for c in t.children)
        ),
        None,
    )


def _names_someone(appos: Token) -> bool:
    """True for an apposition with a name in it ("Habib Chaab", "the journalist Jamal Khashoggi"); not a noun the parser
    hangs there that names no one ("a Sikh separatist leader, a case that has drawn ... attention")."""
    return any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in appos.subtree if t.i <= appos.i)


def _described_before(pronoun: Token, person_nouns: frozenset[str]) -> Token | None:
    """Return the indefinite person noun a singular pronoun of its sentence stands for when no one is named before it
    there ("The family of an American-Egyptian citizen ... fears he will be extradited")."""
    if pronoun.lower_ not in PERSON_PRONOUNS or pronoun.lower_ in PLURAL_PRONOUNS or pronoun.pos_ != "PRON":
        return None
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    if any(t.ent_type_ == "PERSON" for t in before):
        return None
    return _indefinite_person(before, person_nouns)


def _named_next(
    heads: Iterable[Token], people: Spans, words: RoleWords, *, speaking: bool = False, attributions: Sequence[AttributionRow] = ()
) -> list[str]:
    """Return the person an indefinite person noun of the act's object stands for, when the next sentence names a person
    as the one something is done to or who receives it: a lede that names its victim after ("A Rwandan dissident has
    been shot dead in Mozambique ... Gunmen intercepted Revocant Karemangingo", "Death threats against a pro-Tibetan
    university student ... Chemi Lhamo received numerous threats"); not a person who acts there ("Prosecutors said
    Carlisle Rivera hired a hitman"); with ``speaking`` (the noun's person spoke in the lede), any person the next
    sentence's clause is about ("Pavin Chachavalpongpun, a 48-year-old professor, said he was asleep"); else a person
    whose name opens the next sentence as its subject (not of a verb of saying) or the subject's owner: the lede's one
    introduced ("... sentenced in absentia a Spain-based critic of President al-Sisi. Mohamed Ali, a construction
    contractor, had posted videos", "ordered a Belarusian man extradited. Vadzim Duboyski's sister told RFE/RL")."""
    noun = _indefinite_person(heads, words.person)
    if noun is None:
        return []
    return _named_after(noun, people, words, speaking=speaking, attributions=attributions)


def _named_after(
    noun: Token, people: Spans, words: RoleWords, *, speaking: bool = False, attributions: Sequence[AttributionRow] = (), members: bool = False
) -> list[str]:
    """Return the person the next sentence names as the one a person noun of a lede stands for (``_named_next``); with
    ``members`` (the noun counts a set: "Two Cambodian activists and a former political prisoner have been apprehended
    in Thailand. Kong Raiya ... was ensnared"), also the persons coordinated with him there, and not the owner of the
    subject ("Bozdag's comments ...": one who speaks of the set)."""
    after = next((s for s in noun.doc.sents if s.start > noun.i and not s.text.isspace()), None)
    if after is None:
        return []
    cues = {row.cue_start for row in attributions if after.start_char <= row.cue_start < after.end_char}
    for start, end, actor in sorted(people, key=lambda item: item[0]):
        if after.start <= start < after.end and actor.type == "person":
            root = noun.doc[start:end].root
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                root = root.head  # "convicted Khan of plotting to kill the blogger Ahmad Waqass Goraya": the noun's role
            if root.head.lemma_.lower() in words.accusing or root.head.lemma_.lower() in words.recruit:
                continue  # "Police arrested Carlisle Rivera": the suspect; "Gupta had been recruited": an agent
            if (root.dep_ in {"dobj", "nsubjpass"} or (root.dep_ == "nsubj" and (speaking or root.head.lemma_.lower() in words.receive))) or (
                start == after.start
                and ((root.dep_ == "nsubj" and root.head.idx not in cues)
                     or (root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"} and not members))
            ):
                if not members:
                    return [actor.name]
                together = {t.i for c in root.conjuncts for t in c.subtree if c.i > root.i}
                return [actor.name] + [a.name for s, _, a in people if s in together and a.type == "person" and a.name != actor.name]
    return []


def _body_short_names(people: Spans) -> frozenset[int]:
    """Return the ids of the person actors that are a body's short name: one word, the first of the name of an
    organisation, NGO or outlet the article names ("Skyline says it is monitoring the deportation of ..." after "Skyline
    International for Human Rights"): the body that reports the act, no person it is done to."""
    firsts = {a.name.split()[0].lower() for _, _, a in people if a.type in BODY_TYPES - {"group"} and " " in a.name}
    if not firsts:
        return frozenset()
    return frozenset(id(a) for _, _, a in people if a.type == "person" and " " not in a.name and a.name.lower() in firsts)


def _without(people: Spans, short: frozenset[int]) -> Spans:
    return [p for p in people if id(p[2]) not in short] if short else people


def incident_targets(
    sent: Span,
    subject: Token | None,
    sent_people: Spans,
    attributions: Sequence[AttributionRow],
    host: str | None,
    *,
    trigger: Span | None = None,
    people: Spans = (),
    words: RoleWords | None = None,
    offices: frozenset[str] = frozenset(),
    origin: str | None = None,
    acts: Acts = (),
) -> list[str]:
    """Return the names of an act's targets (GUIDELINES.md incidents ``targets``): the people and groups of its object,
    a pronoun there resolved, else the sentence's people who are not its agent, a speaker, an official or accused, else
    its groups not of the host."""
    if people:
        # (the article's actors are the same for each of its acts: worked out once per Doc)
        short = cached(sent.doc, "targets:body-short-names", lambda: _body_short_names(people))
        people, sent_people = _without(people, short), _without(sent_people, short)
    subject_tokens = {t.i for t in subject.subtree} if subject is not None else set()
    if trigger is not None and subject is not None and _patient_noun(trigger.root) is not None and subject.i == _patient_noun(trigger.root):
        # "Ruhollah Zam, ... seized, taken back to Iran": a past participle's noun is the one it is done to, not its agent
        subject_tokens = set()
    if trigger is not None and trigger.root.i in subject_tokens:
        # an act told inside its agent's phrase ("the government's plan to deport them"): its object is no agent's
        subject_tokens -= {t.i for t in trigger.root.subtree}
    # the people who speak in the sentence report the act; they are not its targets
    speakers = {row.source for row in attributions if sent.start_char <= row.cue_start < sent.end_char and row.source}
    accused = _accused(trigger, words) if trigger is not None and words is not None else set()
    if trigger is not None and words is not None:
        accused |= _recruited(trigger, words.recruit)

    def may_be_target(start: int, actor: Actor) -> bool:
        if start in accused or (words is not None and actor.type == "person" and _in_office(actor, words, offices)):
            return False
        return True

    # the persons the article tells doing its acts: no target where one is looked for beyond the act's own object
    doers = cached(sent.doc, "targets:article-agents", lambda: article_agents(acts, people, words)) if acts and words is not None else frozenset()

    def may_stand(start: int, actor: Actor) -> bool:
        return may_be_target(start, actor) and actor.name not in doers

    def standing() -> Spans:
        """The article's people who may be the act's target (built only where a rule looks beyond the sentence)."""
        return [(s, e, a) for s, e, a in people if may_stand(s, a)]

    heads: list[Token] = []
    phrases: list[str] = []  # the groups of the act's object that no actor names, if no one else is found
    if trigger is not None:
        relation = words.relation if words is not None else frozenset()
        receive = words.receive if words is not None else frozenset()
        heads = [
            t for t in object_heads(trigger, relation, receive, words.wanted if words is not None else frozenset())
            # "students are facing threats", "she was the target of a plot"
            if t.i not in subject_tokens or (t.dep_ == "nsubj" and (t.head.lemma_.lower() in receive or t.head.lemma_ == "be"))
        ]
        named: list[str] = []
        person_nouns = words.person | words.relation if words is not None else frozenset()
        for head in heads:
            group = _named_group(head, people or sent_people, person_nouns)
            if group is not None:
                named.append(group)
                continue
            if head.dep_ == "compound" and _named_group(head.head, people or sent_people, person_nouns):
                continue
            if head.dep_ in {"compound", "amod"} and any(
                c.dep_ == "appos" and (a := covering(people or sent_people, c)) is not None and a.type == "person" for c in head.head.children
            ):
                continue  # the group a named person's noun tells he is of: "another Nicaraguan opposition activist, Joao Maldonado"
            if head.dep_ in {"compound", "amod"} and words is not None and people and _indefinite_person([head.head], words.person) is not None:
                # so is the group of a lede's one person told by an indefinite noun, named in the next sentence ("A senior
                # Zimbabwean opposition figure ... was handed back ... Tendai Biti, a former finance minister, ...")
                following = _named_next([head.head], standing(), words, attributions=attributions)
                if following:
                    named.extend(n for n in following if n not in named)
                    continue
            actor = covering(people or sent_people, head)
            # one who survives or receives the act is its target, whatever office he holds ("The Uzbek leader Muhammed
            # Saleh has survived two assassination attempts")
            receiving = head.dep_ == "nsubj" and head.head.lemma_.lower() in receive
            # so is the one the act's verb is done to, told with his post beside the name ("Kenya deported James Gatdet
            # Dak, Machar's main spokesman", "The second secretary of the embassy, Thet Htar Mya Yee San, was also revoked"),
            # or is the act's own object after a title ("Uyghur leader Dolkun Isa was openly threatened", "a plot on
            # Gurpatwant Singh Pannun, another Khalistani leader"); never a leader of the acting state
            if actor is not None and actor.type in OBJECT_TYPES and actor.name not in named and (
                may_be_target(actor.span.start, actor)
                or ((receiving or _described_patient(head, trigger.root) or _direct_patient(head, trigger.root))
                    and actor.span.start not in accused and not (origin is not None and _leaders().get(actor.name.lower()) == origin))
            ):
                named.append(actor.name)
                here = next((s for s, e, a in (people or sent_people) if a is actor and s <= head.i < e), None)
                named.extend(n for n in (_coordinated(here, actor, people or sent_people) if here is not None else []) if n not in named)
            elif actor is None and words is not None and (full := _full_group(head, people, words.person, relation, words.vague)) is not None:
                phrases.append(full)
            elif actor is None and words is not None and (phrase := people_phrase(head, words.person, relation, words.vague, words.generic, origin)) is not None:
                phrases.append(phrase)
        if not any(a.type == "person" for h in heads if (a := covering(people or sent_people, h)) is not None):
            # "bounties for eight democracy activists": the eight the article names ("The eight ... are Ted Hui, ...")
            members = _set_members(heads, people, words.person if words is not None else frozenset(), lambda s, a: may_stand(s, a) and a.name not in speakers)
            counted = next(
                (h for h in heads if h.lemma_.lower() not in words.relation and _set_count(h, words.person) is not None), None
            ) if words is not None and people else None
            if not members and counted is not None and words is not None:
                # "Two Cambodian activists ... have been apprehended in Thailand. Kong Raiya ... was ensnared": the set's
                # members the next sentence names as the one it is about (not kin: "his two brothers ... his siblings Jean
                # Nsengimana and Antonine Zihabamwe were abducted": the act reaches the one abroad through them)
                members = _named_after(counted, standing(), words, attributions=attributions, members=True)
            if members:
                return members
        if named:
            return named
        speaker = _quoted_self(heads, attributions)
        if speaker is not None:
            return [speaker]
        pronoun = _pronoun(heads, words.person if words is not None else frozenset())
        if pronoun is not None and people:
            # the act's agent told by a pronoun is not its target: "he had threatened the woman" (he: Wu, named before);
            # the subject of a verb of process or receiving is no agent ("he had survived an attempt on his life")
            bystander = receive | (words.process if words is not None else frozenset()) | {"be"}
            told = subject is not None and subject.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS and subject.head.lemma_.lower() not in bystander
            agents = set(_resolve(subject, people, {id(a) for _, _, a in people})) if subject is not None and told else set()
            # the people named as the act's agents are not whom "the victim" stands for ("Rivera and Loadholt spent months
            # conducting surveillance of the victim": not Loadholt, named before)
            agents |= {a.name for s, _, a in people if s in subject_tokens and a.type == "person"}
            keep = {
                id(a) for s, _, a in people
                if may_stand(s, a) and a.name not in speakers and a.name not in agents and not (a.type == "person" and _namesake(a))
            }
            if origin is not None:
                # a leader of the acting state is no target of its act (incidents.py drops him from its targets): "his"
                # goes back past him ("accuses Gulen of a coup attempt against Erdogan's government ... seeking his extradition")
                leaders = _leaders()
                keep -= {id(a) for _, _, a in people if a.type == "person" and leaders.get(a.name.lower()) == origin}
            # a speaker can be the one he speaks of ("she said she was threatened"): only the act's agent is left out
            keep |= {id(a) for s, _, a in people if a.name in speakers and sent.start <= s < pronoun.i and s not in subject_tokens}
            resolved = _resolve(pronoun, [(s, e, a) for s, e, a in people if s not in subject_tokens], keep)
            if resolved:
                return resolved
            described = _described_before(pronoun, words.person) if words is not None else None
            if described is not None and words is not None:
                # a lede's pronoun for one it describes before it, named in the next sentence ("An exiled Thai critic
                # ... said he was attacked in his home in Japan. Pavin Chachavalpongpun, a 48-year-old professor, said")
                following = _named_next([described], standing(), words, speaking=True)
                if following:
                    return following
        # "its" on the act's people, not on the act ("its overseas stations" are its agent's)
        body = next((t for t in heads if t.lower_ == "its" and t.dep_ == "poss" and t.head.lemma_.lower() in person_nouns), None)
        # a body doing the act owns the "its" after it: "the Saudi government harasses its own citizens"
        owned = body is not None and subject is not None and subject.i < body.i and subject.tag_ in {"NN", "NNP"}
        if body is not None and not owned and (owner := _body_of(body, [(s, e, a) for s, e, a in people if s not in subject_tokens])):
            return owner  # "threats against its journalists": the organisation's
        if (named_body := _definite_body(heads, people)) is not None:
            return [named_body]  # "branded the channel a terrorist organisation": the channel named before
    if trigger is not None and words is not None and _indefinite_person(heads, words.person) is not None:
        # the act's one person is told by an indefinite noun: the sentence's named people are others, who do, charge or
        # report it ("charged Nikhil Gupta over a plot to assassinate a Sikh separatist leader")
        return _named_next(heads, standing(), words, attributions=attributions)
    subject_people = {id(a) for s, e, a in sent_people if subject is not None and s <= subject.i < e}
    # who blames a state for the act judges it, as a speaker does: "Mrs May did not blame the Kremlin for authorising
    # the attempted assassination"
    blame = words.blame if words is not None else frozenset()
    blaming = {t.i for verb in sent if verb.lemma_.lower() in blame for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    if trigger is not None:
        # who does something with the act as a thing told (a writer who "outlines the actions the Kremlin is taking ... the
        # refusal to issue new passports", a researcher who "documented the harassment") is no target, as a speaker is not;
        # one who faces or survives it is (a verb of receiving)
        receivers = words.receive if words is not None else frozenset()
        step = trigger.root
        while step.head.i != step.i:
            if step.dep_ == "dobj" and step.head.pos_ == "VERB" and step.head.lemma_.lower() not in receivers:
                blaming |= {t.i for c in step.head.children if c.dep_ == "nsubj" for t in c.subtree}
            step = step.head
    candidates = [
        a for s, _, a in sent_people
        if id(a) not in subject_people and a.name not in speakers and a.type in TARGET_TYPES and may_stand(s, a)
        and s not in blaming and not (a.type == "person" and _namesake(a))
    ]
    # an act on people its object tells by a plural noun and no name is not against the sentence's named persons
    # ("the National Assembly voted to strip the former prisoners of their citizenship", "relatives at home have come
    # under pressure")
    plural = trigger is not None and words is not None and any(
        t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in words.person | words.relation and covering(sent_people, t) is None for t in heads
    )
    persons = [] if plural else [a.name for a in candidates if a.type == "person"]
    found = persons or [a.name for a in candidates if a.type == "group" and a.country != host] or phrases
    if not found and trigger is not None and words is not None:
        found = _named_next(heads, standing(), words, attributions=attributions)
    return found


# ---------------------------------------------------------------- year


def _token_at(sent: Span, char: int) -> Token | None:
    return next((t for t in sent if t.idx <= char < t.idx + max(1, len(t.text))), None)


def _chain(token: Token) -> list[Token]:
    """Return a token and its heads up to the root."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _is_process(token: Token, words: RoleWords, cues: Iterable[str]) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"}:
        if lemma in cues and any(c.dep_ == "auxpass" for c in token.children):
            return False  # "was found stabbed to death": a passive cue reports no one's words
        if lemma in words.receive:
            return False  # who receives or survives the act, then: "he had survived an attempt on his life in 2015"
        return lemma in words.process or lemma in cues or lemma in words.accusing or lemma in words.later
    return token.pos_ == "NOUN" and lemma in words.proceeding


def dates_the_act(date_token: Token, trigger: Span, words: RoleWords, cues: frozenset[str], *, decree: bool = False) -> bool:
    """True when a date of the act's sentence dates the act: it hangs on the act's words, or on its clause (or a clause
    above or below it) through no process or comment word ("sentenced ... in 2023", "said on Tuesday") and no relative
    clause on another noun ("Samadi, who was sentenced in 1981"). A decree (``decree``: a warrant, a bounty, a notice)
    is issued by the verb that announces it: "Last week, Hong Kong police announced arrest warrants" dates the warrants."""
    trigger_ids = {t.i for t in trigger}
    root = trigger.root
    announcing = root.head.i if decree and root.pos_ == "NOUN" and root.dep_ == "dobj" and root.head.lemma_.lower() not in words.process else -1
    owner = date_token.head
    act_noun = trigger.root.head if trigger.root.dep_ in {"compound", "nmod"} and trigger.root.head.pos_ == "NOUN" else trigger.root
    if (
        date_token.dep_ in {"nummod", "compound", "amod", "nmod"} and owner.pos_ == "NOUN" and owner.i != act_noun.i
        and act_noun.pos_ == "NOUN" and "conj" in {owner.dep_, act_noun.dep_}
        and not any(t.i == act_noun.i for t in owner.subtree) and not any(t.i == owner.i for t in act_noun.subtree)
    ):
        return False  # the date of the other noun of a pair: "a 2021 kidnapping plot and a 2022 murder-for-hire plot"
    act_clause = clause_verb(trigger.root)
    # an accusation a decree is listed after is one with it ("accused him of conspiring ... and labeled him a terrorist")
    accusation = act_clause.head.i if decree and act_clause.dep_ == "conj" and act_clause.head.lemma_ in words.accusing else -1
    up = _chain(trigger.root)
    # the act named inside a noun of process or measure is no act of its clause: "ordered the closure of the stations
    # last month", "opened an investigation into the killing on Monday" (the date is the measure's)
    inside = any(
        t.pos_ == "NOUN" and t.lemma_.lower() in words.proceeding
        for t in up[: up.index(act_clause) if act_clause in up else 0] if t.i not in trigger_ids
    )
    above = _chain(act_clause)
    above_ids = {t.i for t in above}
    chain = _chain(date_token)
    for step, token in enumerate(chain):
        if token.i in trigger_ids or token.i == announcing:
            return True
        if (
            step and token.lemma_.lower() in words.tally and any(t.lower_ in words.since for t in chain[1:step])
            and any(t.i == trigger.root.i for t in token.subtree)
        ):
            # the period over which a verb of recording counts the acts of its object is theirs: "Since 2014, Human
            # Rights Watch has documented numerous cases of harassment", "Since the start of 2022, the UK has responded
            # to more than 15 credible threats to kill" (not "documented on Tuesday": the report's day)
            return True
        if step and _is_process(token, words, cues) and not (
            decree and token.lemma_ in words.accusing and token.i in {act_clause.i, accusation}
            and not any(t.pos_ == "NOUN" and t.ent_type_ != "DATE" for t in chain[1:step])
        ):
            # (the verb a decree's manner word hangs on is the decree: "On July 2, 2013, he was convicted in absentia", as
            # is an accusation the decree is listed after: "in July 2022, the agency accused him ... and labeled him a
            # terrorist";
            # not through another noun: "sentenced in absentia for a bombing in 1981")
            return False  # "after an attack on his home, South Africa expelled three diplomats in March 2014"
        if step and token.i == accusation:
            return True
        if token.i == act_clause.i:
            return not inside
        if token.i in above_ids:
            break  # the date hangs on a clause above the act's, judged below (not by the words above that clause)
        if token.head.i not in trigger_ids and (
            token.dep_ == "relcl" or (token.dep_ == "acl" and token.pos_ in {"VERB", "AUX"} and _through_noun(chain[1:step]))
        ):
            # a clause on another noun tells of it, not of the act ("Samadi, who was sentenced in 1981"), as does a
            # participle's noun phrase ("a dissident wanted by Tehran in connection with a deadly 2018 attack"; not
            # "activists living in Sweden in 2021", where the date may be the act's)
            break
    if inside:
        return False
    # the date's clause is above the act's: "In October 2020 he flew to Istanbul, where he was lured", "he says his
    # troubles began in late 2016 when the government pressured his cousin"
    date_clause = clause_verb(date_token)
    if date_clause in above and not _is_process(date_clause, words, cues):
        path = above[: above.index(date_clause)]
        # a verb the act's verb is listed after is the same act's ("In October 2019, Zam travelled to Iraq, where he was
        # arrested and handed to the Revolutionary Guard": the arrest dates the handing over)
        conj = list(itertools.takewhile(lambda t: t.dep_ == "conj", _chain(trigger.root)))
        listed = {t.i for t in conj} | {t.head.i for t in conj}
        return not any(_is_process(t, words, cues) for t in path if t.i not in trigger_ids and t.i not in listed)
    return False


def _mentions(text: str, words: str) -> Iterable[int]:
    r"""Return the starts of the mentions of ``words`` in the text with no word character just before or after them, as
    ``re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)`` finds them (one after another, not overlapping)."""
    if not words:
        return [match.start() for match in re.finditer(r"(?<!\w)(?!\w)", text)]
    starts = []
    start = text.find(words)
    while start >= 0:
        end = start + len(words)
        if (start == 0 or not WORD_CHARACTER.match(text, start - 1)) and not WORD_CHARACTER.match(text, end):
            starts.append(start)
            start = text.find(words, end)
        else:
            start = text.find(words, start + 1)
    return starts


def date_years(doc: Doc, dates: Sequence[DateRow]) -> list[tuple[int, int]]:
    """Return (start character, year) of every mention of the article's dates. The dates table lists a date once, at
    its first mention; the same words again ("in October 2018", told of the FBI's visit and then of the killing) date
    the act of their own sentence too: a repeat counts where the model reads a date there or its words hold a year."""
    years = {d.char_start: int(d.date_start[:4]) for d in dates if d.date_start}
    text = doc_text(doc)
    for d in dates:
        if not d.date_start:
            continue
        for start in _mentions(text, d.text):
            if start in years:
                continue
            token = doc.char_span(start, start + len(d.text), alignment_mode="expand")
            if token is not None and (token[0].ent_type_ == "DATE" or FOUR_DIGITS.search(d.text)):
                years[start] = int(d.date_start[:4])
    covered = [(d.char_start, d.char_end) for d in dates]
    # "that year", "the same year": the year of the latest date told before it ("In November 2022, MI5 said it had seen
    # threats since the start of that year")
    for match in SAME_YEAR.finditer(text):
        told = [(char, year) for char, year in years.items() if char < match.start()]
        if told and not any(start <= match.start() < end for start, end in covered):
            years[match.start()] = max(told)[1]
    # a year between a determiner and its noun, which the model may take for a number: "a 2022 murder-for-hire plot"
    for i, word_text in enumerate(texts(doc)):
        if not (len(word_text) == 4 and word_text.isdigit() and YEARS[0] <= int(word_text) <= YEARS[1]):
            continue
        word = doc[i]
        if (
            word.dep_ in {"nummod", "compound", "amod", "nmod"} and word.head.pos_ == "NOUN" and word.i < word.head.i
            and any(c.dep_ in {"det", "poss"} and c.i < word.i for c in word.head.children)
            and word.idx not in years and not any(start <= word.idx < end for start, end in covered)
        ):
            years[word.idx] = int(word.text)
    return sorted(years.items())


def incident_years(
    sent: Span,
    date_years: Sequence[tuple[int, int]],
    *,
    trigger: Span | None = None,
    words: RoleWords | None = None,
    cues: frozenset[str] = frozenset(),
    decree: bool = False,
) -> list[int]:
    """Return the years of the dates in the act's sentence that date the act (all the sentence's without a trigger;
    ``decree``: the act is a warrant, bounty, notice or other measure a state announces)."""
    years = [(char, year) for char, year in date_years if sent.start_char <= char < sent.end_char]
    if trigger is None or words is None:
        return [year for _, year in years]
    kept = []
    for char, year in years:
        token = _token_at(sent, char)
        if token is not None and dates_the_act(token, trigger, words, cues, decree=decree):
            kept.append(year)
    return kept or _foiled_year(sent, years, trigger, words)


def _foiled_year(sent: Span, years: Sequence[tuple[int, int]], trigger: Span, words: RoleWords) -> list[int]:
    """Return the year of a plot's uncovering or foiling when no date of the sentence dates the plot itself: the date
    nearest above the verb that uncovers or thwarts the plot in its object ("In 2018 Danish police carried out an
    operation after saying they had uncovered a plan ... to kill", "in 2018 Danish authorities said they had uncovered
    an Iranian plot to kill"); not a date of another clause (a relative clause, a trial told after it)."""
    foil = next(
        (
            t for t in _chain(trigger.root)
            if t.pos_ == "VERB" and t.lemma_.lower() in words.foil
            and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in words.plot for c in t.children)
        ),
        None,
    )
    if foil is None:
        return []
    above = {t.i: n for n, t in enumerate(_chain(foil))}
    best: tuple[int, int] | None = None
    for char, year in years:
        token = _token_at(sent, char)
        if token is None:
            continue
        for step in _chain(token)[1:]:
            if step.i in above:
                if best is None or above[step.i] < best[0]:
                    best = (above[step.i], year)
                break
            if step.pos_ in {"VERB", "AUX"}:
                break  # the date hangs on another clause ("... and a court convicted a man over it in 2020")
    return [best[1]] if best is not None else []


def story_year(sent: Span, date_years: Sequence[tuple[int, int]]) -> int | None:
    """Return the year of the latest date told before an act's sentence: the time of the story an act on a named person
    in a named place goes on with when its own sentence gives no date ("In October 2020 he flew to Istanbul. ... He was
    lured to a meeting there"); not a date of a relative clause, which tells of someone's past ("the journalist, who had
    left Saudi Arabia the previous year, walked into the consulate"), nor of a participle clause on a noun ("a poet born in
    1981", "a letter dated 2015"); none when the sentence tells a date the article
    does not let one place ("on Friday" in a report with no date of publication): the act has a time of its own."""
    if any(not d.date_start and sent.start_char <= d.char_start < sent.end_char for d in sent.doc._.tnr_dates or ()):
        return None
    told = next(
        (
            (char, year) for char, year in reversed(date_years)
            if char < sent.start_char and not _in_relative(sent.doc, char) and not _on_a_noun(sent.doc, char) and not _in_caption(sent.doc, char)
            and not _dateline_date(sent.doc, char)
        ),
        None,
    )
    if told is None:
        return None
    # the story's latest time is a day the article does not let one place, which names no month the year told before
    # would place ("handed over at Islamabad airport on Friday night"): an act told after it is of that day, not of the
    # year told before it
    if any(
        not d.date_start and told[0] < d.char_start < sent.start_char and not _in_relative(sent.doc, d.char_start)
        and not any(w.lower().strip(".") in MONTHS for w in d.text.split())
        for d in sent.doc._.tnr_dates or ()
    ):
        return None
    return told[1]


def _dateline_date(doc: Doc, char: int) -> bool:
    """True for a date that is its line's all, but for a time, numbers and punctuation: the article's own date line
    ("January 16, 2020, 6:00 pm EST", "Friday, 22 November, 2019"), which dates the writing, not the story's time."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    line = doc.char_span(start, end if end >= 0 else len(text), alignment_mode="expand")
    return line is not None and all(
        t.ent_type_ in {"DATE", "TIME"} or t.is_punct or t.is_space or t.like_num for t in line
    )


def _in_caption(doc: Doc, char: int) -> bool:
    """True for a date in a photo caption, a line that credits its photographer or agency ("People pray at a makeshift
    mosque in Jiddah, Wednesday, June 21, 2017. THE CANADIAN PRESS/AP, Amr Nabil"): it dates the photo, not the story."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return _caption_credit().search(text[start : end if end >= 0 else len(text)]) is not None


def _caption_credit() -> re.Pattern[str]:
    """The credits of photo_credits.tsv as one pattern: an agency word, a slash and capitalised names up to the line's
    end, a comma, bracket or slash ("THE CANADIAN PRESS/AP, Amr Nabil", "(AP Photo/Evan Vucci)"; not "an AP/NORC poll
    found"), a credit standing alone ("Getty Images") or the words of a caption in any case ("This combination of file
    photos shows ...")."""
    credits = load_resources().photo_credits

    def build() -> re.Pattern[str]:
        agency = "|".join(sorted(map(re.escape, credits.get("agency", ())), key=len, reverse=True))
        alone = "|".join(sorted(map(re.escape, credits.get("alone", ())), key=len, reverse=True))
        name = r"[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*)*"
        caption = "|".join(sorted(map(re.escape, credits.get("caption", ())), key=len, reverse=True))
        return re.compile(rf"\b(?:{agency})\s*/\s*{name}(?=[ \t]*(?:$|[,;)\]/]))|\b(?:{alone})\b|(?i:\b(?:{caption})\b)")

    return once_per("caption-credit", (credits,), build)


def _in_relative(doc: Doc, char: int, *, participle: bool = False) -> bool:
    """True for a date inside a relative clause: it tells of someone's past ("who had left Saudi Arabia the previous
    year", "where he had settled after being ousted in 1994"); with ``participle``, also inside a participle clause on a
    noun outside the act, through a noun of its own ("a dissident wanted by Tehran in connection with a deadly 2018
    attack")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    chain = _chain(span[0])
    return any(
        t.dep_ == "relcl" or (participle and t.dep_ == "acl" and t.pos_ in {"VERB", "AUX"} and _through_noun(chain[1:n]))
        for n, t in enumerate(chain)
    )


def _on_a_noun(doc: Doc, char: int) -> bool:
    """True for a date inside a participle clause on a noun: it tells of that thing or person, not of the story's time
    ("A.B. born in 1973 has been detained", "the Minsk Convention ... dated 1993")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and any(
        t.dep_ == "acl" and t.pos_ == "VERB" and t.head.pos_ in {"NOUN", "PROPN"} for t in _chain(span[0])
    )


def _through_noun(path: Sequence[Token]) -> bool:
    """True when a date's path up to a clause passes a noun of its own: the date is that noun's ("a deadly 2018 attack")."""
    return any(t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ != "DATE" for t in path)


def news_year(sent: Span, date_years: Sequence[tuple[int, int]], act: Span | None, words: RoleWords) -> int | None:
    """Return the publication year for an act told in the article's first sentences (its title and lead) when no date
    dates it: the news a report is written for happened lately ("A Rwandan dissident has been shot dead in Mozambique,
    police said on Tuesday"); not when its sentence tells of an earlier year outside a relative or participle clause on
    a noun ("abducted in Istanbul and executed last year": the act came before)."""
    published = sent.doc._.tnr_published
    if not published or not published[:4].isdigit():
        return None
    if act is not None and any(t.pos_ == "VERB" and t.lemma_ in words.accusing for t in _chain(act.root)[1:]):
        return None  # the news is the charge or accusation, the act came before: "today accused Vietnamese agents of abducting"
    year = int(published[:4])
    if any(sent.start_char <= char < sent.end_char and told < year and not _in_relative(sent.doc, char, participle=True) for char, told in date_years):
        return None
    lead = list(itertools.islice(sent.doc.sents, LEAD_SENTENCES))
    return year if lead and sent.start <= lead[-1].start else None


def decree_news_year(sent: Span, date_years: Sequence[tuple[int, int]], act: Span, words: RoleWords) -> int | None:
    """Return the publication year for a decree (a warrant, a bounty, a ban) told in the article's lead with no date of
    its own, whoever it names ("Hong Kong police offer bounties ... for 8 activists based overseas"): as ``news_year``,
    but not for a decree told as the object of a comment or process ("Britain condemned the bounties that Hong Kong
    police placed ...": the news is the comment)."""
    commenting = once_per("targets:commenting", (words.process, words.accusing), lambda: words.process - words.accusing)
    if any(t.pos_ == "VERB" and t.lemma_.lower() in commenting for t in _chain(act.root)):
        return None  # (the act's words are its clause: "condemned the bounties that ... placed" is the comment's)
    return news_year(sent, date_years, act, words)


class ArticleItem(Protocol):
    """An article's incident being built (``_Found`` of incidents.py): what ``fill_targets`` reads and completes."""

    origin: str
    host: str | None
    tactic: str
    targets: list[str]
    at_large: bool


def fill_targets(items: Sequence[ArticleItem], people: Spans) -> None:
    """Complete the targets of an article's acts whose sentences name no one.

    An act in a host where the article's other acts of its state target one person, and only one, is against that
    person ("a plot to murder a United States journalist" in a release about Masih Alinejad), unless its object names
    people at large ("threats to kidnap or kill British or UK-based individuals"); a campaign act
    (intimidation, surveillance, ...) takes the groups of its state's people the article's other acts of that state
    target ("nine such offices are in Spain": the stations' "Chinese nationals"), or, when no act of that state names
    a group, the article's groups of its people (not for a measure, nor an act on people at large).
    """
    persons = {a.name for _, _, a in people if a.type == "person"}
    groups = {a.name: a.country for _, _, a in people if a.type == "group"}
    victims: dict[tuple[str, str], list[str]] = {}
    for item in items:
        if item.host is not None:
            named = victims.setdefault((item.origin, item.host), [])
            named.extend(n for n in item.targets if n in persons and n not in named)
    by_origin = campaign_groups(((item.origin, item.targets) for item in items), groups)
    # no act of a state targets a group of its people: the article's groups of its people are those its campaign is
    # against ("pressured a cousin and his wife to return" in a story of the "Uighur diaspora")
    own: dict[str, list[str]] = {}
    for name, country in groups.items():
        if country is not None and country not in by_origin:
            own.setdefault(country, []).append(name)
    for item in items:
        if item.targets:
            continue
        named = victims.get((item.origin, item.host), []) if item.host is not None else []
        if len(named) == 1 and not item.at_large:
            item.targets.append(named[0])
        elif item.tactic in CAMPAIGN_TACTICS:
            # (not an act on people its object tells by a plural noun: "rewards for the arrest of 13 activists")
            # (nor a measure, which names its one person: "an Interpol notice", "arrest warrants")
            broad = not item.at_large and item.tactic not in MEASURE_TACTICS
            item.targets.extend(by_origin.get(item.origin, []) or (own.get(item.origin, []) if broad else []))


def people_at_large(trigger: Span, words: RoleWords) -> bool:
    """True when an act's object is a plural people noun ("threats to kidnap or kill British or UK-based individuals",
    "spying on dissidents"): it is done to many, not to the one person an article is about (kin are someone's: "arrested
    the man's brothers")."""
    return any(
        head.tag_ in {"NNS", "NNPS"} and head.lemma_.lower() in words.person - words.relation for head in object_heads(trigger)
    )


def campaign_groups(items: Iterable[tuple[str, Sequence[str]]], groups: Mapping[str, str | None]) -> dict[str, list[str]]:
    """Return, per origin, the groups of its own people the article's acts of that origin target ("Chinese nationals"),
    in order of first mention: ``items`` are (origin, targets) of the article's acts, ``groups`` its group actors'
    names and countries."""
    by_origin: dict[str, list[str]] = {}
    for origin, targets in items:
        for name in targets:
            if name in groups and groups[name] == origin and name not in by_origin.setdefault(origin, []):
                by_origin[origin].append(name)
    return by_origin
