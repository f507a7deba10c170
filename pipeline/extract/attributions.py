"""Attributions: who claims or denies what, from cue verbs and their dependency neighbours.

For each cue (a verb of saying or denying, or "according to"), the speaker is
the verb's subject (inherited from the governing verb for "..., stating that"),
the content its clausal complement, object or the adjacent quotation. The
speaker is resolved to a named actor: one inside the subject ("a spokesperson
of the ministry"), an actor the subject refers back to ("it", "the NGO"), or
the owner of a document ("its report said").

The vocabulary is data in ``models/lexicons/``: cue verbs (``cues.tsv``), the words the rules read by role
(``attribution_words.tsv``), nouns and pronouns that refer back to a speaker (``anaphors.tsv``, ``pronouns.tsv``),
unnamed speakers standing for a named body (``speaking_for.tsv``) and offices (``offices.txt``).
"""

from __future__ import annotations

import functools
import itertools
import re

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from pipeline.events import fold
from pipeline.extract.actors import Actor, find_actors, person_gender
from pipeline.extract.index import cached, column, doc_text, lemma_positions, sentence, sentences_after, texts, title_case
from pipeline.gazetteer import capitals
from pipeline.normalize import country_name, lookup_city, normalize_country, token_f1, tokens
from pipeline.records import AttributionRow
from pipeline.resources import Resources, load_resources

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE_PRONOUNS = {"which", "who", "that"}
NAMING_VERBS = {"call", "name"}  # "an accountant called David Batenga": the participle names the one it hangs on
CUE_LEMMAS: set[str] = set()  # filled from the cue lexicon by extract_attributions
REBUTTAL_VERBS: set[str] = set()  # cues only with a claim for object (attribution_words.tsv rebuttal_verb), filled there too
CLAIM_NOUNS: set[str] = set()  # attribution_words.tsv claim_noun, filled there too
BELIEF_VERBS: set[str] = set()  # attribution_words.tsv belief_verb, filled there too
RECEIVING_VERBS: set[str] = set()  # attribution_words.tsv receiving_verb, filled there too
CITING_VERBS: set[str] = set()  # attribution_words.tsv citing_verb, filled there too
QUOTED_AS_VERBS: set[str] = set()  # attribution_words.tsv quoted_as_verb, filled there too
CLAUSE_CUES: set[str] = set()  # cues that need a clause or a quote (cues.tsv takes_object=no) and whose object is no hearer, filled there too
CIRCUMSTANCE_MARKS = {"after", "before", "when", "because", "since", "until", "once", "as"}  # open a clause of time or cause
MAX_QUOTE_TOKENS = 250
DASHES = {"\u2014", "\u2013", "--"}
QUOTES = {'"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "``", "''"}
OPENING_QUOTES = {'"', "\u201c", "``"}
CLOSING_QUOTES = {'"', "\u201d", "''"}
SINGLE_QUOTES = {"\u2018", "\u2019", "'"}


@dataclass(frozen=True)
class Cue:
    tokens: Span
    stance: str


ACCORDING = get_string_id("according")
PLEAD = frozenset({"plead"})
INCLUDING = frozenset({"include"})  # a panel said to include its members ("who include", "including")
NEG = get_string_id("neg")
# the first words of the denials "no link to", "neither knowledge nor", "had nothing to do with", "without merit"
DENIAL_OPENERS = frozenset({"no", "neither", "nothing", "without"})
# words after "not" that stress or add rather than reject ("not only a ...", "two programs, not (just) one")
EMPHASIS_AFTER_NOT = frozenset({"only", "just", "merely", "simply", "even", "yet"})
_LOWERED: dict[int, str] = {}  # a lemma's hash -> the lemma lowercased (hashes are the same in every vocab)


def _lowered(doc: Doc, lemma: int) -> str:
    """Return a lemma (its hash) lowercased, once per lemma."""
    lowered = _LOWERED.get(lemma)
    if lowered is None:
        if len(_LOWERED) >= 200_000:
            _LOWERED.clear()  # bounded: a huge corpus's numbers and names must not grow it for ever
        lowered = _LOWERED[lemma] = doc.vocab.strings[lemma].lower()
    return lowered


def _cue_positions(doc: Doc) -> list[int]:
    """Return the positions of the words a cue can be: "according", a form of "plead", a verb or auxiliary.

    Read from the Doc's columns, so the other words cost no Token.
    """
    pleas = set(lemma_positions(doc, PLEAD))  # (the Doc's lemmas lowercased once each, not once per word)
    positions = []
    for i, (lower, pos) in enumerate(zip(column(doc, "LOWER"), column(doc, "POS"))):
        if pos == VERB or pos == AUX or lower == ACCORDING or i in pleas:
            positions.append(i)
    return positions


def _cues(doc: Doc, res: Resources) -> Iterator[Cue]:
    for i in _cue_positions(doc) if len(doc) else []:
        token = doc[i]
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            yield Cue(doc[token.i : token.i + 2], "assert")
        elif (stated := _stated_concern(token, res)) is not None:
            # "expressed particular concern about ...", "raised concerns over ...": the verb and the feeling it states
            # ("have not acknowledged their arrest, raising grave concerns that ...": what a situation raises, after a
            # clause that is no speech, is no one's claim)
            situation = token.tag_ == "VBG" and token.dep_ == "advcl" and token.lemma_.lower() in res.attribution_words.get(
                "effect_verb", frozenset()) and (token.head.lemma_.lower() not in res.cues or any(
                c.dep_ == "neg" for c in token.head.children))
            if not any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in token.children) and not situation:
                yield Cue(doc[token.i : stated.i + 1], "assert")
        elif token.dep_ == "ROOT" and token.lemma_.lower() in {"be", "remain"} and (felt := _stated_state(token, res)) is not None:
            # "The Bahrain Center for Human Rights is gravely concerned about ...", "We are deeply concerned by ...": a
            # state of mind a speaker declares, the claim what it is about
            yield Cue(doc[token.i : felt.i + 1], "assert")
        elif token.lemma_.lower() == "plead" and (plea := _plea(token)) is not None:
            # "pleaded not guilty" denies the charge; "pleaded guilty" admits it
            yield Cue(doc[token.i : token.i + 1], "deny" if plea[0].lower_ == "not" else "assert")
        elif token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in res.cues and (
            token.dep_ not in {"amod", "acl"}
            # "espionage charges that his family and Sweden reject": a clause with its own subject the parser hung on
            # the noun, a relative clause all the same ("in spite of the fact that the ECHR had ruled to ...", likewise)
            or (token.dep_ == "acl" and any(c.dep_ == "nsubj" for c in token.children) and (
                token.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ", "VBP"} for c in token.children)))
            # "Belarus has in the past dismissed accusations ...": a perfect the parser split at its adverbial phrase
            or _split_perfect(token) is not None
            # "the imam blamed by the Turkish government for ...": a participle with its agent reports that agent's claim
            or (token.dep_ == "acl" and _agent(token, res) is not None)
            # "The New York-based watchdog called on ...": a finite cue the parser hung on the sentence's noun root
            or _finite_on_subject(token)
            # "issued a statement calling for Luo's release": a participle on a document speaks for its issuer
            or (token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in res.attribution_words["document"]
                and token.head.dep_ == "dobj")
            # "refuted these reports stating that ...": a participle introducing a clause still reports speech
            or (token.tag_ == "VBG" and any(
                c.dep_ == "ccomp" or (c.dep_ == "dobj" and token.lemma_.lower() in res.object_cues and _completed(token))
                for c in token.children
            ))
        ):
            # a negated cue ("did not explain") reports no claim, nor a passive one without its agent ("was found guilty",
            # "has been accused"); "was disputed by the Rwandan government" is the government's claim
            if any(child.dep_ == "neg" and not _quoted_after(token, child) for child in token.children) or (
                any(child.dep_ in {"auxpass", "nsubjpass"} for child in token.children) and _agent(token, res) is None
            ):
                continue
            # "did not confirm or deny", "has neither confirmed nor denied": a cue joined to a negated one
            # (not "was not identified by prosecutors, but she confirmed": a clause of its own, with its own subject; nor
            # "did not give their identities but said": "but" sets the cue against the negated verb, not under it)
            if any(c.lower_ in {"neither", "nor"} for c in token.children) or (
                token.dep_ == "conj" and any(c.dep_ == "neg" or c.lower_ == "neither" for c in token.head.children)
                and not any(c.dep_ in SUBJECTS for c in token.children)
                and not any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} and c.i < token.i for c in token.head.children)
            ):
                continue
            if _act_not_claim(token, res) or (res.cues[token.lemma_.lower()] == "deny" and _refuses(token)):
                continue  # ... nor does "denied him entry", a refusal
            if _told_after_passive(token, res) or _finds_oneself(token) or _noted_as_adjective(token) or _said_to_be(token, res):
                continue
            if token.lemma_.lower() in res.appeal_cues and _aim(token, res):
                continue
            # "the RCMP has learned a significant amount of information", "AFP learned that ...": a finding reported; "after
            # learning that the FBI was investigating", "shocked to learn that": the knowing itself, in a clause of time,
            # purpose or feeling, no claim (attribution_words.tsv finite_cue)
            if token.tag_ in {"VB", "VBG"} and token.lemma_.lower() in res.attribution_words.get("finite_cue", frozenset()):
                continue
            # "called on Vietnam to release him and to disclose where he is held": an act asked for, not a claim
            if any(
                a.lemma_.lower() in res.appeal_cues for a in token.ancestors if a.pos_ == "VERB"
            ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                continue
            # "was tortured to reveal the whereabouts", "a concept used to describe ...": the purpose of a passive act is
            # speech someone is made to give or a use, no one's claim
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and token.dep_ in {"advcl", "xcomp"} \
                    and _passive_act(token.head) and _agent(token.head, res) is None:
                continue
            # "pointed out that ...": a cue only with its particle, which the cue runs over (not "pointed to the evidence")
            particles = _particles(token, res)
            if particles:
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if following is None or following.lower_ not in particles or following.dep_ not in {"prt", "prep", "advmod"}:
                    continue
                yield Cue(doc[token.i : token.i + 2], res.cues[token.lemma_.lower()])
                continue
            yield Cue(doc[token.i : token.i + 1], res.cues[token.lemma_.lower()])


def _particles(verb: Token, res: Resources) -> frozenset[str]:
    """Return the particles a cue is one only with ("point" only as "point out": attribution_words.tsv particle_cue);
    empty for any other cue."""
    lemma = verb.lemma_.lower()
    return frozenset(
        words.split()[1] for words in res.attribution_words.get("particle_cue", frozenset()) if words.split()[0] == lemma
    )


def _time_phrase(prep: Token) -> bool:
    """True for a prepositional phrase that only tells when ("on Wednesday", "in March 2023")."""
    words = [t for t in prep.subtree if t.i != prep.i]
    return bool(words) and all(t.ent_type_ in {"DATE", "TIME"} for t in words)


def _passive_act(verb: Token) -> bool:
    """True for a passive participle: with its auxiliary ("was tortured"), on a noun ("a concept used"), or joined with
    no subject of its own to one ("had been picked up and tortured", which the parser may tag as a past tense)."""
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)):
        return True
    return verb.dep_ == "conj" and verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ in SUBJECTS for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children)


def _stated_concern(verb: Token, res: Resources) -> Token | None:
    """Return the feeling a verb states as its object ("expressed concern", "raised concerns", "voiced alarm"), which
    makes the verb a cue of the claim the feeling is about; not one denied ("expressed no regret, with Zafar contending
    that ...": no feeling stated, and the claim is the next cue's)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in res.attribution_words["stating_verb"]:
        return None
    return next((
        c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in res.attribution_words["stated_feeling"]
        and not any(d.dep_ in {"det", "neg"} and d.lower_ in {"no", "not"} for d in c.children)
    ), None)


def _stated_state(verb: Token, res: Resources) -> Token | None:
    """Return the preposition or the adjective that ends a declared state of mind ("is gravely concerned about", "are
    deeply concerned by", "remains alarmed that"): a main clause of "be" or "remain" with a feeling adjective
    (attribution_words.tsv felt_state) and what it is about; not a negated one, nor a person's feelings the story tells
    ("he was concerned about leaving a trail"), nor a worry for people ("concerned about other dual nationals")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in {"he", "she", "they", "it", "this", "that", "who", "which"}:
        return None
    feeling = next((c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i
                    and c.lower_ in res.attribution_words.get("felt_state", frozenset())), None)
    if feeling is None:
        return None
    # (the parser hangs "by" as an agent, and the that-clause on the verb as often as on the adjective)
    about = next((c for c in [*feeling.children, *verb.children] if c.i > feeling.i and (
        (c.dep_ in {"prep", "agent"} and c.lower_ in {"about", "by", "over", "at"} and any(g.dep_ in {"pobj", "pcomp"} for g in c.children))
        or c.dep_ == "ccomp")), None)
    if about is None:
        return None
    # "remain concerned about other dual nationals held in Iran": a worry for people, no claim about an act or a report
    what = next((g for g in about.children if g.dep_ == "pobj"), None)
    if what is not None and (res.units.get(what.lemma_.lower()) == "person" or what.ent_type_ in {"PERSON", "NORP"}):
        return None
    return about if about.dep_ != "ccomp" else feeling


def _concern_content(verb: Token, feeling: Token) -> Span | None:
    """Return what a stated feeling is about: its that-clause or its phrase ("concern about requests for ...",
    "its disappointment in Kenya, for turning away ...", "sounding the alarm on a secret facility"; not "on Tuesday")."""
    doc = verb.doc
    parts = [
        c for c in list(feeling.children) + list(verb.children)
        if c.i > feeling.i and ((c.dep_ == "prep" and c.lower_ not in {"during", "since", "after", "before"}
                                  and not (c.lower_ == "on" and _time_phrase(c)))
                                 or c.dep_ in {"ccomp", "acl", "advcl"})
    ]
    if not parts:
        return None
    return _trim(doc[min(p.left_edge.i for p in parts) : max(p.right_edge.i for p in parts) + 1])


def _agent(verb: Token, res: Resources) -> Token | None:
    """Return the agent of a passive cue whose subject is what is claimed ("The charges were disputed by the Rwandan
    government", "Sharmahd is accused by Iran of leading ...", "first reported by the Washington Post"): the noun
    after "by". Appeals, hearer verbs with no clause ("was told by the embassy to leave") and acts on people ("was
    questioned by police") have none."""
    lemma = verb.lemma_.lower()
    # "was told by police that she faced deportation", "were detained and told by police they faced ...": a hearer
    # verb's agent tells the claim of its clause
    hearer = lemma in res.attribution_words["hearer_verb"]
    if hearer and not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if not hearer and ((lemma not in res.object_cues and lemma != "report") or lemma in res.appeal_cues):
        return None
    if lemma in {"question", "dismiss", "find", "write", "read"} or verb.tag_ != "VBN":
        return None
    # ("..., characterized by the FBI as an illegal campaign": a participle set off by a comma that the parser hung on
    # the clause, not the noun before it, describes that noun as an "acl" does when it comes with its completion)
    before = verb.i - 1
    while before > 0 and verb.doc[before].is_quote:
        before -= 1  # ('"Operation Fox Hunt," characterized by ...')
    set_off = verb.dep_ == "advcl" and before > 0 and verb.doc[before].text == "," and any(
        c.i > verb.i and ((c.dep_ == "prep" and c.lower_ in {"of", "as", "for"}) or c.dep_ == "oprd") for c in verb.children)
    if verb.dep_ != "acl" and not set_off \
            and not any(c.dep_ in {"auxpass", "nsubjpass"} or (c.dep_ == "mark" and c.lower_ == "as") for c in verb.children) \
            and not (hearer and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)):
        return None  # ("as reported by Radio Free Asia": an "as" clause of reporting, passive with no auxiliary)
    by = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _passive_content(verb: Token, agent: Token, res: Resources) -> Span | None:
    """Return what a passive cue claims: its completion after the agent ("of leading the Tondar group", "as being
    affiliated with Beijing"), else its subject when denied or itself a claim ("The charges", "The account of his
    abduction"), the noun its relative clause hangs on or its participle describes; None for a ruling on a legal act ("his appeal was rejected by the court")."""
    doc = verb.doc
    completion = next((
        c for c in verb.children if c.i > agent.i
        and ((c.dep_ == "prep" and c.lower_ in {"of", "as", "for"}) or c.dep_ in {"oprd", "xcomp", "ccomp"})
    ), None)
    if completion is not None:  # (a clause from its first word: "that the men were tortured")
        return _trim(doc[(completion.i if completion.dep_ == "prep" else completion.left_edge.i) : completion.right_edge.i + 1])
    if (host := _as_host(verb)) is not None:
        return host
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    noun = verb.head if verb.dep_ == "acl" else subject
    if noun is not None and noun.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        noun = verb.head
    # "Morocco used Pegasus to spy on journalists. This is revealed by an investigation ...": "this" opening the cue's
    # sentence as its subject is the sentence before, in the same paragraph
    if noun is not None and noun.lower_ == "this" and noun.i == sentence(verb).start and noun.i > 0:
        before = sentence(doc[noun.i - 1])
        return _trim(before) if "\n\n" not in doc[before.start : noun.i].text_with_ws else None
    if noun is None or noun.pos_ == "PRON" or noun.lemma_.lower() in res.attribution_words["legal_act"]:
        return None
    # "The charges were disputed by ...", "The account was first reported by ...": what is denied or reported, or a
    # claim ("the allegations were repeated by ..."); not a
    # thing or an event ("the decision was announced by", "one message cited by prosecutors")
    if res.cues[verb.lemma_.lower()] != "deny" and verb.lemma_.lower() != "report" \
            and noun.lemma_.lower() not in res.attribution_words["claim_noun"]:
        return None
    # the noun with its own phrase ("The account of his abduction"), short of the cue's clause
    end = max([noun.i] + [c.right_edge.i for c in noun.children if noun.i < c.i and c.i != verb.i and c.right_edge.i < verb.i])
    return _trim(doc[noun.left_edge.i : end + 1])


def _completed(verb: Token) -> bool:
    """True when a participle's object comes with what makes it a claim ("a statement accusing Britain of ...",
    "describing the sites as ..."), not alone ("a press conference announcing the charges")."""
    return any((c.dep_ == "prep" and c.lower_ in {"of", "as"}) or c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children)


def _told_after_passive(verb: Token, res: Resources) -> bool:
    """True for a hearer verb joined to a passive one with no subject, hearer or agent of its own ("were stopped and
    told they would be deported"): the passive's subject is the one told, no speaker ("and told by police they faced
    deportation": the agent speaks)."""
    if verb.lemma_.lower() not in res.attribution_words["hearer_verb"] or verb.dep_ != "conj":
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False
    # (or the passive relative clause just before "and", where the parser joined the cue to the main verb: "the
    # students include 20 who were stopped on Wednesday and told ...")
    before = verb.doc[verb.i - 2] if verb.i >= 2 and verb.doc[verb.i - 1].dep_ == "cc" else verb.head
    while before.pos_ not in {"VERB", "AUX"} and before.head.i != before.i:
        before = before.head
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "were detained and told by police they faced deportation": the agent speaks
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.head.children) \
        or (before.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in before.children))


def _aim(verb: Token, res: Resources) -> bool:
    """True for an appeal verb that tells what someone stands for or used something for ("a group that calls for the
    restoration of the monarchy", "had used YouTube to call for regime change"): an aim, no appeal made (not after a
    verb of going on: "we continue to call on Russia to ..." makes the appeal again)."""
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return True
    return verb.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.lemma_.lower() not in CUE_LEMMAS \
        and verb.head.lemma_.lower() not in res.attribution_words.get("continuing_verb", frozenset())


def _said_to_be(verb: Token, res: Resources) -> bool:
    """True for a report verb with no subject of its own before a to-infinitive ("killed by men said to be connected
    with the government", "a man reported to have fled"): hearsay the parser took for an active verb, no speaker."""
    doc = verb.doc
    if verb.lemma_.lower() not in res.attribution_words["said_to_verb"] or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "to":
        return False
    return not any(c.dep_ in SUBJECTS for c in verb.children) and any(
        c.dep_ == "xcomp" and doc[verb.i + 1].head.i == c.i and doc[verb.i + 1].dep_ == "aux" for c in verb.children
    )


def _finds_oneself(verb: Token) -> bool:
    """True for "found herself drenched in sweat", "found themselves stranded": what befell someone, no finding."""
    if verb.lemma_.lower() != "find":
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}]
    return any(c.lower_.endswith(("self", "selves")) and c.dep_ in {"dobj", "nsubj"} for h in heads for c in h.children)


def _noted_as_adjective(verb: Token) -> bool:
    """True for "noted" describing the noun after it ("another native, noted blogger Maqsud Ghayosov, was arrested"):
    famous, not a cue; not an inverted cue after a quotation ('"...," noted analyst John Smith')."""
    doc = verb.doc
    if verb.lower_ != "noted" or verb.i + 1 >= len(doc) or doc[verb.i + 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(t.is_quote for t in doc[max(0, verb.i - 2) : verb.i]):
        return False
    return any(c.dep_ in SUBJECTS and c.left_edge.i == verb.i + 1 for c in verb.children)


def _act_not_claim(verb: Token, res: Resources) -> bool:
    """True for a cue verb used for an act, not a claim: "questioned his partner" (interrogated), "declared him
    persona non grata", "the jury found him guilty", "helped found a group", "what it called smears", "call 999"."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    after = [t.lower_ for t in doc[verb.i + 1 : verb.i + 12]]
    # "could tell their counterparts", "may seek to argue", "if the government suspected": a speech act only considered,
    # not made; "refused to reveal the grounds", "declined to confirm that ...": one held back
    if any(c.dep_ in {"aux", "mark"} and c.lower_ in res.attribution_words["hypothetical"] for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in res.attribution_words.get("unmade_speech_verb", frozenset())
    ):
        return True
    # "Citing official figures, it said ...": the source of a claim made by the main verb, not a claim
    # ("INTERPOL revoked the notice, citing its rules against ...": after an act that is no speech, the reason the actor
    # gives is a claim)
    if lemma == "cite" and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "acl"}:
        head = verb.head
        return not (verb.dep_ == "advcl" and head.i < verb.i and head.pos_ == "VERB" and head.lemma_.lower() not in res.cues
                    and doc[verb.i - 1].text == ",")
    # "are often reluctant to report such intimidation", "afraid to say": a speech act a state of mind holds back, not made
    # ("were able to confirm that ...": a speech act made, unless the state is negated: "were not able to confirm")
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        state = verb.head
        return state.lemma_.lower() not in res.attribution_words.get("capable_state", frozenset()) or any(
            c.dep_ == "neg" for t in (state, state.head) for c in t.children)
    # "he had reported her", "reported him missing": a person reported to the authorities, no claim
    if lemma == "report" and objects and (objects[0].lower_ in {"him", "her", "them", "me", "us"} or objects[0].ent_type_ == "PERSON"):
        return True
    # "told the station to close": an order, not a claim
    if lemma == "tell" and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children) \
            and not any(c.dep_ == "ccomp" for c in verb.children):
        return True
    # "the regime denied entry to 318 Nicaraguans", "rejected his appeal": a refusal or a ruling on a legal act;
    # "Uzbekistan requested his extradition": a step of a legal process, not an appeal ("requested assurances" is one)
    if objects and (
        (res.cues.get(lemma) == "deny" and objects[0].lemma_.lower() in res.attribution_words["legal_act"])
        or (lemma == "request" and objects[0].lemma_.lower() in res.attribution_words.get("requested_act", frozenset()))
    ):
        return True
    # "questioned his partner" (interrogated), "dismissed the coach" (fired): an act on a person
    # ("recalled its ambassador": an envoy called home, not a memory told; "detailed the officers to the border": people
    # assigned, not details told)
    if lemma in {"question", "dismiss", "recall", "detail"} and objects:
        obj = objects[0]
        return obj.lower_ in {"him", "her", "them", "me", "us"} or obj.ent_type_ == "PERSON" or res.units.get(obj.lemma_.lower()) == "person"
    if lemma == "declare":
        # "declared two staff members of the Embassy of the Russian Federation personae non gratae": an expulsion, however
        # long the name of the one expelled
        return any(t.lower_ in {"persona", "personae"} for t in doc[verb.i + 1 : min(sentence(verb).end, verb.i + 25)])
    # "criticized France for defense sales", "slammed Canada's accusations", "criticized China's imposition of a law":
    # criticism of an act or a claim; "criticised the coach", "slammed Beijing", "criticised the trial" name only whom
    # or what, no claim
    # "contradicting the previous claims made by police": a claim rejected; "the law contradicted the constitution" sets
    # two things against each other, no claim of the subject's rejected
    if lemma in res.attribution_words.get("rebuttal_verb", frozenset()):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        what = objects[0] if objects else subjects[0] if subjects else None
        if what is not None and what.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            what = verb.head  # "an accusation that was ridiculed by the army chief": the noun the clause is on
        return what is None or what.lemma_.lower() not in res.attribution_words["claim_noun"]
    if lemma in res.attribution_words["criticism_verb"]:
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            return False
        # the object must be a claim or someone's act ("China's imposition of a law"), not a thing alone ("the trial")
        what = objects[0] if objects else None
        return what is None or what.pos_ != "NOUN" or not (
            what.lemma_.lower() in res.attribution_words["claim_noun"] or any(c.dep_ == "poss" for c in what.children)
        )
    # "identified him as Gurpatwant Singh Pannun" names someone as something; "identified and tracked dissidents" is an act
    # ("named the new director", parsed with an object complement, is an appointment)
    if lemma in res.attribution_words.get("as_claim_verb", frozenset()):
        return not any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "ccomp" for c in verb.children) \
            and not _document_says(verb, res)
    if lemma in res.attribution_words.get("predicative_verb", frozenset()):
        return not _held_to_be(verb, objects)
    if lemma in {"find", "rule"} and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return True  # "find out who had abducted them": an inquiry, not a finding; "ruled out speculation": no ruling
    if lemma == "find":
        verdict = any(w in res.attribution_words["verdict"] for w in after[:4]) and "that" not in after[:4]
        if after and after[0] in res.attribution_words["found_state"]:
            return True  # "X found hanged in Kyiv": a body discovered, not a finding
        founding = verb.lower_ == "found" and (verb.tag_ == "VB" or doc[verb.i - 1].lower_ in {"help", "helped", "helps", "helping", "to"})
        return verdict or founding
    if lemma == "call":
        # "what it called smears", "call 999", "calling themselves Team Eritrea": no claim
        reflexive = any(o.lower_ in {"themselves", "himself", "herself", "itself"} for o in objects)
        # "called snap elections", "called a meeting": something convened, not called something
        convened = any(o.lemma_.lower() in res.attribution_words["convened"] and not any(
            c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children) for o in objects)
        return any(t.lower_ == "what" for t in doc[max(0, verb.i - 3) : verb.i]) or any(c.like_num for c in objects) or reflexive or convened
    return False


def _held_to_be(verb: Token, objects: list[Token]) -> bool:
    """True for a verb of holding a view, said by a subject of its own, with a second predicate on its object
    (attribution_words.tsv predicative_verb): an object complement ("what she considered a credible explanation" aside),
    an "as" phrase, "to be" or a participle or adjective clause; not a progressive ("is considering the issue", "was
    considering what steps to take"), nor a passive whose auxiliary a conjunction took ("was founded in 2012 and once
    considered the sole viable opponent"). (A relative clause, "which Algeria considers a terrorist organization", is
    left out: its claim is the noun it is on with the complement, which the content rules do not join.)"""
    if verb.tag_ == "VBG" or verb.dep_ == "relcl" or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(t.lower_ == "what" for t in verb.doc[max(0, verb.i - 3) : verb.i]):
        return False
    for child in verb.children:
        if child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as"):
            return True
        if child.dep_ in {"ccomp", "xcomp"} and (child.tag_ in {"VBN", "JJ"} or child.lemma_.lower() == "be" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in child.children)):
            return True
    return any(g.dep_ == "prep" and g.lower_ == "as" for o in objects for g in o.children)


def _quoted_after(verb: Token, word: Token) -> bool:
    """True for a word the parser hung on a cue from the quotation after it ('he answered: "Absolutely not."'): the
    quoted words' own, not the cue's."""
    return word.i > verb.i and any(t.is_quote for t in verb.doc[verb.i + 1 : word.i])


def _plea(verb: Token) -> Span | None:
    """Return the plea of "pleaded (not) guilty": "not guilty" or "guilty"."""
    guilty = next((c for c in verb.children if c.lower_ == "guilty" and c.i > verb.i), None)
    if guilty is None:
        return None
    doc = verb.doc
    start = guilty.i - 1 if doc[guilty.i - 1].lower_ == "not" else guilty.i
    return doc[start : guilty.i + 1]


def _split_perfect(verb: Token) -> Token | None:
    """Return the "have" of a perfect the parser split at an adverbial phrase ("Belarus has in the past dismissed
    accusations ...", read as "has" with "in the past dismissed accusations"): the participle is the main verb, its
    noun the object and the subject of "have" the speaker."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.head.i != verb.i + 1:
        return None
    noun = verb.head
    prep = noun.head
    have = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or have.lemma_ != "have" or not have.i < prep.i < verb.i:
        return None
    return have if any(c.dep_ == "nsubj" for c in have.children) else None


DATELINE_END = re.compile(r"(?:,\s*[A-Z][A-Za-z0-9 .,]*)?\s*(?:\(|\u2014|\u2013|-|:)")


def _without_datelines(actors: list[Actor], text: str) -> list[Actor]:
    """Drop the actors that are a dateline opening a paragraph ("RABAT (Dispatches) –", "DHARAMSHALA:", "NEW YORK—"):
    a place in capitals before a bracket, a dash or a colon names no speaker, nor anyone a document or pronoun refers
    back to."""
    def dateline(actor: Actor) -> bool:
        start, end = actor.span.start_char, actor.span.end_char
        words = text[start:end]
        return (start == 0 or text[start - 1] == "\n") and words.isupper() and len(words) >= 3 \
            and all(c.isalpha() or c in " .'" for c in words) and DATELINE_END.match(text, end) is not None

    return [a for a in actors if not dateline(a)]


def _dateline(token: Token) -> bool:
    """True for the place in capitals opening a paragraph before a dash ("MOSCOW, Feb 27 —", "BANGKOK (Reuters) -")."""
    doc = token.doc
    start = token.left_edge.i
    if not token.text.isupper() or len(token.text) < 3 or (start > 0 and "\n" not in doc[start - 1].text_with_ws + doc[start - 1].text):
        return False
    return any(t.text in {"\u2014", "\u2013", "-"} for t in doc[token.i + 1 : min(token.i + 12, len(doc))])


def _finite_on_subject(verb: Token) -> bool:
    """True for a finite verb the parser hung as a clause on the noun that is its subject, that noun the sentence's root
    or the subject of a verb after it ("The New York-based watchdog called on the Turkish authorities to release ...")."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and head.pos_ in {"NOUN", "PROPN"} and head.i < verb.i \
        and (head.dep_ == "ROOT" or (head.dep_ == "nsubj" and head.head.i > verb.i)) \
        and not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)


def _subject(verb: Token) -> Token | None:
    if (have := _split_perfect(verb)) is not None:
        return next(c for c in have.children if c.dep_ == "nsubj")
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    # "MOSCOW, Feb 27 — A blogger from Chechnya said ...": a dateline the parser took for a second subject names no speaker
    if len(subjects) > 1:
        subjects = [c for c in subjects if not _dateline(c)] or subjects
    # "the embassy, which he claims sold false documents": the relative pronoun is the claim's subject, which the
    # parser hung on the cue beside the cue's own
    # (so is "what" in "what it says is the real problem")
    if len(subjects) > 1 and (verb.dep_ == "relcl" and subjects[0].lower_ in RELATIVE_PRONOUNS or subjects[0].lower_ == "what"):
        subjects = [c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS | {"what"}] or subjects
    if subjects:
        # "Thailand's immigration chief Surachate Hakparn told", parsed as two subjects: the name speaks
        names = [c for c in subjects if c.pos_ == "PROPN"]
        # '"All we want is that the thousands of Muslims ... be allowed to do that," he said': the one after the quotation
        quoted = [c for c in subjects if c.left_edge.i > 0 and verb.doc[c.left_edge.i - 1].is_quote and c.i < verb.i]
        if len(subjects) > 1 and quoted:
            return quoted[-1]
        # "... each for eight activists based abroad, Hong Kong Free Press (HKFP) reported.": the parser made the claim's
        # last words the subject and the closing name a part of them; the name after the comma speaks
        closing = _closing_speaker(verb) if len(subjects) == 1 else None
        if closing is not None and closing.i != subjects[0].i and subjects[0] in closing.ancestors:
            return closing
        # "Iran responsible for two assassinations in Netherlands, security service says" (a headline): the parser took
        # the claim's first noun for a second subject; the one set off by the comma just before the cue speaks (not
        # "Safeguard Defenders, a human rights group based in Spain said", an aside left open: no predicate before the comma)
        last = subjects[-1]
        if len(subjects) > 1 and last.i < verb.i and last.left_edge.i > 0 and verb.doc[last.left_edge.i - 1].text == "," \
                and all(c.i < last.left_edge.i for c in subjects[:-1]) and any(
                    t.pos_ in {"VERB", "AUX", "ADJ"} and t.i > subjects[0].i for t in verb.doc[subjects[0].i : last.left_edge.i]):
            return last
        return names[-1] if len(subjects) > 1 and names else subjects[0]
    # '"...," read part of UNHCR's statement': after a closing quote the parser takes the inverted subject for an object
    if verb.i >= 2 and verb.doc[verb.i - 2].text == "," and verb.doc[verb.i - 1].is_quote and verb.tag_ in {"VBD", "VBZ", "VBP"}:
        inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}), None)
        if inverted is not None:
            return inverted
    # "said the killing had been ordered by Moscow and called it terrorism": a cue the parser joined to the claim
    # of a cue before it speaks for that cue's speaker, not for the claim's subject
    claim = verb.head
    if verb.dep_ == "conj" and claim.dep_ == "ccomp" and claim.head.lemma_.lower() in CUE_LEMMAS and claim.head.i < claim.i:
        # (but "reported that Protasevich was frightened and told passengers ...": inside a claim opened by "that", a
        # cue joined to a verb whose subject is a person's name or "he"/"she" goes on with that person)
        # (not "..., and has described the reports as smears", set off by a comma; nor "had drowned and closed their
        # inquiry, saying": no cue itself)
        own = next((c for c in claim.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        joint = verb.left_edge.i - 1 if verb.left_edge.i < verb.i else next(
            (c.i for c in claim.children if c.dep_ == "cc" and c.i < verb.i), verb.i - 1)
        if own is not None and verb.lemma_.lower() in CUE_LEMMAS and any(c.dep_ == "mark" and c.lower_ == "that" for c in claim.children) \
                and (own.pos_ == "PROPN" or own.lower_ in {"he", "she"}) and verb.doc[joint - 1].text != ",":
            return own
        return _subject(claim.head)
    # "said the arrest showed that no critic was safe anywhere, and called for ...": joined, after a comma, to a clause
    # nested deeper in that claim, the cue still speaks for the outer cue's speaker
    if verb.dep_ == "conj" and claim.dep_ == "ccomp" and verb.doc[verb.i - 1].dep_ == "cc" and verb.doc[verb.i - 2].text == ",":
        outer = claim.head
        while outer.dep_ == "ccomp" and outer.lemma_.lower() not in CUE_LEMMAS and outer.head.i < outer.i:
            outer = outer.head
        if outer.lemma_.lower() in CUE_LEMMAS and outer.i < claim.i and outer is not claim.head:
            return _subject(outer)
    # "Fawad was quoted as saying ...": the one quoted speaks
    if _quoted_as(verb):
        return _quoted_one(verb)
    # "The New York-based watchdog called on ...": a finite cue the parser hung as a clause on the sentence's noun root
    # has that noun for its subject
    if _finite_on_subject(verb):
        return verb.head
    if (closing := _closing_speaker(verb)) is not None:
        return closing
    if (named := _named_before_aside(verb)) is not None:
        return named
    # "she received a call saying that ...": a participle on what someone received speaks for its sender, not for her
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() in RECEIVING_VERBS:
        return None
    # "received a letter from the high commission, accusing her of ...": set off after the object, the parser hangs the
    # participle on the receiving verb; it still speaks for the sender the "from" phrase names, else for no one named
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in RECEIVING_VERBS:
        received = [verb.head, *(c for c in verb.head.children if c.dep_ == "dobj")]
        return next((g for r in received for c in r.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj"), None)
    # "..., stating that", "adding that": the governing verb's subject speaks
    # ("after saying they had uncovered a plan": a participle after a preposition of time or means, too)
    if (verb.dep_ in {"advcl", "conj", "xcomp", "acl"} and verb.tag_ in {"VBG", "VB", "VBN", "VBD", "VBZ"}) or (
        verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in {"after", "before", "by"}
    ):
        head = verb.head
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        if head.i != verb.i and head.pos_ in {"VERB", "AUX"}:
            # "Despite Interpol issuing a statement denying that ...": a document issued in a participle on a noun
            # speaks for that noun
            if verb.dep_ == "acl" and head.dep_ == "acl" and head.tag_ == "VBG" and head.head.i < head.i \
                    and head.head.pos_ in {"NOUN", "PROPN"}:
                return head.head
            # "Riyadh has denied that the crown prince ordered the killing, blaming a rogue team": a participle set off
            # after the claim of a cue, which the parser hung on the claim's verb, speaks for the cue's speaker
            # (so does one hung on a verb joined to the claim's, or on the clause of an accusation the cue answers: "has
            # dismissed allegations by Pakistan that its agents killed two citizens, calling them false")
            cue = _claim_cue(head)
            if verb.tag_ == "VBG" and cue is not None and cue.i < head.i < verb.i and cue.lemma_.lower() in CUE_LEMMAS \
                    and verb.doc[verb.i - 1].text == "," and (speaker := _subject(cue)) is not None:
                return speaker
            # "This is disputed by Stanley Mwango, ..., telling Okayafrica that ...": a participle set off after a passive
            # cue speaks for its agent
            by = next((c for c in head.children if c.dep_ == "agent" and head.lemma_.lower() in CUE_LEMMAS), None)
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and by is not None and by.i < verb.i and verb.doc[verb.i - 1].text == "," \
                    and (agent := next((c for c in by.children if c.dep_ == "pobj"), None)) is not None:
                return agent
            # "Ali Rexha withdrew his request for the court to allow the extradition, citing lack of evidence": a
            # participle set off by a comma after an infinitive the parser hung it on speaks for the subject of the finite
            # verb the infinitive depends on (an infinitive takes no such participle of its own)
            # (so does one hung on a gerund after a preposition: "accused Iran of stepping up pressure on journalists
            # ..., calling the moves a 'sharp escalation'")
            if verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == "," and (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
                or (head.dep_ == "pcomp" and head.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in head.children))
            ):
                finite = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"} and a.tag_ in {"VBD", "VBZ", "VBP"}), None)
                if finite is not None:
                    return _subject(finite)
            return _subject(head)
    return None


def _claim_cue(clause: Token) -> Token | None:
    """Return the verb whose claim a clause is: the verb of its "that" clause or of one joined to it ("requested that
    Macron hand over the journalists or force them to ...", not "that he told the authorities he wants asylum": a
    verb with a subject of its own), or the verb whose object an accusation is that the clause
    spells out ("dismissed allegations by Pakistan that its agents killed ...")."""
    if clause.dep_ == "conj" and clause.head.dep_ in {"ccomp", "acl"} and not any(c.dep_ in SUBJECTS for c in clause.children):
        clause = clause.head
    if clause.dep_ == "ccomp":
        return clause.head
    if clause.dep_ == "acl" and clause.head.dep_ == "dobj" and clause.head.lemma_.lower() in CLAIM_NOUNS \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return clause.head.head
    return None


def _named_before_aside(verb: Token) -> Token | None:
    """Return the speaker named before an aside that ends at the cue when the parser hung the aside and the name on an
    earlier phrase and left the cue without a subject ("Delivering his assessment in Canberra, Burgess, who has led
    ASIO since 2019, said ...", "two men who gave their names as Petrov and Boshirov told ..."): the noun the relative
    clause opens after; or the subject of a participle the parser made the cue's head ("Sisi, asked in an interview
    about ..., replied that ...")."""
    doc = verb.doc
    sent = sentence(verb)
    i = verb.i - 1
    while i > sent.start and doc[i].dep_ in {"aux", "advmod", "neg"} and doc[i].head.i == verb.i:
        i -= 1
    comma = doc[i].text == ","
    if comma:
        i -= 1
    if i <= sent.start:
        return None
    if comma and verb.dep_ in {"ccomp", "dep"} and verb.head.i < i and verb.head.tag_ in {"VBN", "VBD"} \
            and not any(c.dep_ in {"auxpass", "aux", "dobj"} or (c.dep_ == "ccomp" and c.i != verb.i) for c in verb.head.children):
        # "Sisi, asked in an interview ..., replied": the participle set off after the name; its subject is the cue's
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}), None)
        if subject is not None and subject.i + 2 == verb.head.i and doc[subject.i + 1].text == ",":
            return subject
    clause = doc[i]
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.i <= i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != i or doc[clause.left_edge.i].lower_ not in {"who", "whom", "whose"}:
        return None
    name = clause.left_edge.i - 1
    if doc[name].text == ",":
        name -= 1
    noun = doc[name]
    if name <= sent.start or noun.pos_ not in {"PROPN", "NOUN"} or noun.dep_ not in {"appos", "conj"}:
        return None
    if comma != (doc[clause.left_edge.i - 1].text == ","):
        return None  # an aside opened by a comma is closed by one
    return noun


def _closing_speaker(verb: Token) -> Token | None:
    """Return the speaker of a cue closing its sentence after a comma that the parser hung on the claim's last noun
    ("... extradited to Bangkok, Human Rights Watch said today.", "..., Human Rights Watch (HRW) has revealed."): the
    noun phrase between the comma and the cue, when nothing but adverbs and dates follows the cue."""
    doc = verb.doc
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"} or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)):
        return None
    sent = sentence(verb)
    # ('..., Samcam's wife Claudia Vargas told reporters in San Jose as she fought back tears': "told" with only its
    # hearer, place and circumstances after it still closes the claim)
    told = verb.lemma_ == "tell" and not any(c.i > verb.i and c.dep_ in {"ccomp", "xcomp", "parataxis", "conj"} for c in verb.children)
    own = any(c.i > verb.i and c.dep_ in {"ccomp", "xcomp", "parataxis", "conj", "dobj"} for c in verb.children)
    # ("..., the Hong Kong government said in a statement.": a phrase of where or how it was said, with no verb in it)
    medium = {t.i for c in verb.children if c.i > verb.i and c.dep_ == "prep" and not any(g.pos_ in {"VERB", "AUX"} for g in c.subtree)
              for t in c.subtree}
    # (only the first word that counts is wanted: the rest of the sentence makes no Token)
    first = next((t for t in doc[verb.i + 1 : sent.end] if not (
        t.is_punct or t.is_space or t.pos_ in {"ADV", "PART"} or t.ent_type_ in {"DATE", "TIME"} or t.i in medium
        or (t.pos_ == "ADP" and t.head.i == verb.i and any(c.ent_type_ in {"DATE", "TIME"} for c in t.children)))), None)  # "on Thursday"
    # ("..., Human Rights Watch said, amid accusations that ...": a phrase of circumstance after a comma leaves the cue
    # closing the claim)
    if not told and first is not None and (own or doc[first.i - 1].text != "," or first.pos_ not in {"ADP", "SCONJ"}):
        return None  # a cue with words of its own after it is no closing cue
    i = verb.i - 1
    while i > sent.start and doc[i].dep_ in {"aux", "advmod"} and doc[i].head.i == verb.i:
        i -= 1
    if doc[i].text == ")":  # "Human Rights Watch (HRW)": the name before its abbreviation
        while i > sent.start and doc[i].text != "(":
            i -= 1
        i -= 1
    # "..., the television channel Haber 7 said", "France 24 reported": a name that ends in a number
    if doc[i].dep_ == "nummod" and doc[i].head.i == i - 1 and doc[i - 1].pos_ == "PROPN" and i - 1 > sent.start:
        i -= 1
    # "..., the Swedish Security Service, Säpo, said": the name before a short apposition between commas
    if doc[i].text == "," and i - 4 > sent.start:
        comma = next((j for j in range(i - 2, i - 5, -1) if doc[j].text == ","), None)
        if comma is not None and all(t.pos_ in {"PROPN", "NOUN"} for t in doc[comma + 1 : i]):
            i = comma - 1
    speaker = doc[i]
    if speaker.pos_ not in {"PROPN", "NOUN"} or speaker.dep_ not in {"appos", "conj", "pobj", "dobj", "npadvmod"}:
        return None
    start = i
    joined = False  # "..., Israel and Sweden warned": speakers named together, the first speaks (GUIDELINES)
    while start > sent.start and doc[start - 1].text != "," and i - start < 8:
        if doc[start - 1].pos_ == "CCONJ" and doc[start - 1].lower_ == "and" and not joined:
            joined = True
        # ("..., his lawyer, Aleksei Fyodorov, said": a possessive pronoun opens the phrase like a determiner)
        elif doc[start - 1].pos_ not in {"PROPN", "NOUN", "DET", "ADJ", "PART", "ADP"} and not (
                doc[start - 1].dep_ == "poss" and doc[start - 1].pos_ == "PRON"):
            return None
        start -= 1
    if not (start - 1 > sent.start and doc[start - 1].text == ","):
        return None
    if joined:
        first = next((t for t in doc[start : i + 1] if t.pos_ == "PROPN" and t.dep_ in {"conj", "appos", "pobj", "dobj", "npadvmod"}
                      and not start <= t.head.i <= i), None)
        return first if first is not None and any(c.dep_ == "conj" and c.i <= i for c in first.children) else None
    # "..., a consultant to the Canadian Security Intelligence Service (CSIS) has told": the phrase's head noun speaks,
    # not the last noun of a prepositional phrase on it ("Samcam's wife Claudia Vargas told": the name itself)
    # "..., Dźmitryj Hora, chairman of the Investigative Committee has told": a bare title in apposition to the name
    # just before its comma describes that name, which speaks
    title = next((t for t in doc[start : i + 1] if not start <= t.head.i <= i), speaker)
    name = doc[start - 2] if start - 2 > sent.start else None
    if name is not None and title.dep_ == "appos" and title.head.i == name.i and name.pos_ == "PROPN" \
            and title.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in title.children):
        return name
    head = speaker
    while start <= head.head.i <= i and head.head.i != head.i:
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            return next((t for t in doc[start : i + 1] if not start <= t.head.i <= i and t.pos_ in {"PROPN", "NOUN"}), speaker)
        head = head.head
    return speaker


def _adjective_phrase(head: Token) -> set[int]:
    """Return the positions of an adjective phrase after a noun ("A blogger from Chechnya critical of its strongman
    leader Ramzan Kadyrov", on the noun or on one inside its phrase): the one it is about is not the noun."""
    return {i for c in head.subtree if c.dep_ == "amod" and c.i > c.head.i and any(g.dep_ == "prep" for g in c.children)
            for i in range(c.i, c.right_edge.i + 1)}


def _span_of(token: Token) -> Span:
    doc = token.doc
    return doc[token.left_edge.i : token.right_edge.i + 1]


def _actor_in(span: Span, actors: list[Actor], *, head: Token | None = None) -> Actor | None:
    """Return the first actor inside the span, outside any clause that modifies its head."""
    excluded: set[int] = set()
    if head is not None:
        # "Residents of the complex where Kuzminov lived told ...": a clause inside the subject names no speaker
        # (not "a young Rwandan accountant called David Batenga": a participle that names the speaker)
        for token in span:
            if token.dep_ in {"relcl", "acl", "advcl"} and token.i != head.i \
                    and not (token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_ in NAMING_VERBS):
                excluded.update(range(token.left_edge.i, token.right_edge.i + 1))
        excluded.update(_adjective_phrase(head))
        # "Thai Airways staff at Charles de Gaulle airport": a place or setting the speaker is at does not speak
        for child in head.children:
            # ("Rights groups, including Human Rights Watch, said": the one named among them speaks)
            if child.dep_ == "prep" and child.lower_ not in {"of", "for", "from", "with", "including"}:
                excluded.update(range(child.left_edge.i, child.right_edge.i + 1))
    inside = [
        a for a in actors
        if span.start <= a.span.start and a.span.end <= span.end and a.span.start not in excluded
        # "an Uzbek man from Nazarov's congregation": the owner of a noun in the subject's phrase does not speak
        and not (head is not None and a.type == "person" and a.span.root.dep_ == "poss" and a.span.root.head.i != head.i)
    ]
    # "Interpol's secretary general, Jurgen Stock,": a person named in the subject speaks, not the body they serve;
    # "Gupta's lawyer, Jeffrey Chabrowe,": the one in apposition, not the one whose lawyer he is
    people = [a for a in inside if a.type == "person"]
    if head is not None:
        appositive = [a for a in people if any(c.dep_ == "appos" and a.span.start <= c.i < a.span.end for c in head.children)]
        people = appositive or people
    ranked = people or inside
    return ranked[0] if ranked else None


def _resolve_speaker(subject: Token, actors: list[Actor], speakers: list[Actor], res: Resources) -> Actor | None:
    """Return the named actor a subject stands for.

    Pronouns prefer the latest speaker (subjects are the most salient referents,
    as in centering theory), then the latest actor mentioned. A definite description no other rule resolves
    ("the experts", "the cleric") refers back to the actor named where its head noun was last used.
    """
    if subject.lower_ in {"we", "i"}:
        return _author_above(subject, actors) or _document_voice(subject, actors, res)
    found = _speaker_of(subject, actors, speakers, res)
    return found if found is not None else _described_before(subject, actors, res) or _bodies_named_together(subject, actors, res) \
        or _police(subject, actors) \
        or _court(subject, actors, res) or _body_by_head_word(subject, actors) \
        or _body_document(subject, actors, res) or _kin_named_after(subject, actors, res) or _head_named_next(subject, actors, res) \
        or _role_of_speaker(subject, speakers, res) or _described_then_named(subject, actors, res) \
        or _kind_named_after(subject, actors, res) or _headline_described(subject, actors, res)


def _author_above(pronoun: Token, actors: list[Actor]) -> Actor | None:
    """Return the person a statement or a speech the article gives whole is by, for "we" or "I" outside quotation marks:
    the person named in a heading among its first lines ("Ned Price, Department Spokesperson", "Assistant Attorney
    General Matthew Olsen Delivers Remarks ..."), above the pronoun; no one when no heading names a person (the
    outlet's own voice)."""
    text = doc_text(pronoun.doc)
    for start, end in _first_lines(text, before=pronoun.idx):
        line = text[start:end].rstrip()
        if line and line[-1] not in ".!?\"”:":
            person = next((a for a in actors if a.type == "person" and start <= a.span.start_char < end), None)
            if person is not None:
                return person
    return None


def _first_lines(text: str, *, before: int) -> Iterator[tuple[int, int]]:
    """Yield the start and end of a text's first three lines (blank lines skipped) that end before ``before``: where
    a statement or speech given whole names its author."""
    start = 0
    for _ in range(3):
        while start < len(text) and text[start] == "\n":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end > before:
            return
        yield start, end
        start = end


def _document_voice(pronoun: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the body a document given whole speaks for, for "we" or "I" outside quotation marks: the one a heading
    among its first lines names after a document's noun ("Statement by the Ministry of Foreign Affairs", "Question to
    the Home Office:", the body answering), else the first of the bodies its opening sentence names together as the
    subject of a cue ("Freedom Now, the Norwegian Helsinki Committee and IPHR jointly urge ...": a joint statement,
    sourced to the first named); no one otherwise (an outlet's or a writer's own voice)."""
    doc = pronoun.doc
    text = doc_text(doc)
    words = res.attribution_words.get("author_heading", frozenset())
    for start, end in _first_lines(text, before=pronoun.idx):
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is None:
            break
        for noun in line[:3]:
            if (noun.lower_ in words or noun.lemma_.lower() in words) and noun.i + 2 < line.end \
                    and doc[noun.i + 1].lower_ in {"by", "from", "of", "to"}:
                first = {noun.i + 2, noun.i + 2 + (doc[noun.i + 2].lower_ == "the")}
                body = next((a for a in actors if a.span.start in first and a.type != "person"), None)
                if body is not None:
                    return body
    opening = next((s for s in doc.sents if s.root.pos_ in {"VERB", "AUX"} and s.text.rstrip()[-1:] in {".", "!"}), None)
    # (in the present tense of a statement's own voice, not a news report's past "said")
    if opening is None or opening.start > pronoun.i or opening.root.lemma_.lower() not in res.cues \
            or opening.root.tag_ not in {"VBP", "VBZ"}:
        return None
    subject = next((c for c in opening.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in res.pronouns or not any(c.dep_ == "conj" for c in subject.children):
        return None
    return next((a for a in actors if a.span.start == subject.left_edge.i and a.type != "person"), None)


def _described_then_named(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the person named as the subject of a cue opening the next sentence for a person described, not named, in
    the lede ("The U.S.-based Egyptian activist whose Facebook page helped ignite the uprising said ... . Wael Ghonim, a
    computer engineer, said ..."): the person, named after the description."""
    lemma = subject.lemma_.lower()
    if subject.pos_ != "NOUN" or (res.units.get(lemma) != "person" and lemma not in res.attribution_words["head"]) \
            or not any((c.dep_ == "det" and c.lower_ in {"the", "a", "an"}) or c.dep_ == "poss" for c in subject.children) \
            or any(a.type == "person" and a.span.start < subject.i for a in actors):
        return None  # (in the lede, before anyone is named)
    # (the agent of a passive cue told by whose office it holds, "ridiculed by the kingdom's army chief", is named where
    # the story next uses the noun; measured on all speakers described so, the rule cost test a false row)
    agent = any(c.dep_ == "poss" for c in subject.children) and subject.dep_ == "pobj" and subject.head.dep_ == "agent"
    # "A blogger from Chechnya said ... . Tumso Abdurakhmanov posted a video ...": a person a lede introduces with "a" is
    # the one the next sentence opens on, whatever that sentence tells of them
    new = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
    return (_named_at_next_use(subject, actors) if agent else None) or _subject_next(subject, actors, res, any_verb=new)


def _named_at_next_use(subject: Token, actors: list[Actor]) -> Actor | None:
    """Return the person named where the lede's description is next used ("an accusation that was ridiculed by the
    kingdom's army chief ... . The suggestion was rejected by Thailand's army chief, General Apirat Kongsompong"): the
    person the description stands for, named when the story comes back to them and they speak."""
    doc = subject.doc
    for token in doc[sentence(subject).end :]:
        if token.lemma != subject.lemma or token.pos_ != "NOUN":
            continue
        found = _named_at(token, actors)
        # (or the name set off by a comma just after it: "Thailand's army chief, General Apirat Kongsompong")
        if found is None and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
            found = next((a for a in actors if token.i + 2 <= a.span.start <= token.i + 3), None)
        # (who speaks there: the subject or the agent of a cue, "... was rejected by Thailand's army chief, ...")
        if found is None or found.type != "person":
            return None
        speaks = any((t.dep_ in SUBJECTS and t.head.lemma_.lower() in CUE_LEMMAS)
                     or (t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.lemma_.lower() in CUE_LEMMAS)
                     for t in (token, found.span.root))
        return found if speaks else None
    return None


def _kind_named_after(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the first body of its kind named as a speaker in the next sentences for a bare noun of a body's kind that
    speaks in the headline ("Thailand detains Cambodian opposition leader, rights group says ... Human Rights Watch
    (HRW) said"), or one a sentence brings in with "a" ("..., a rights group said Thursday ... . ..., Human Rights Watch
    said"): the body, named after the description."""
    wanted = res.anaphors.get(subject.lower_) or res.anaphors.get(subject.lemma_.lower())
    headline = sentence(subject)
    # "A human rights watchdog called on Morocco ... . ..., Human Rights Watch said": a body of that kind a sentence
    # brings in with "a", none of its kind named before, is the one the next sentences name (not "a group of experts")
    new = subject.doc[subject.left_edge.i].lower_ in {"a", "an"} and subject.tag_ not in {"NNS", "NNPS"} and not any(
        c.dep_ in {"poss", "appos"} or (c.dep_ == "prep" and c.lower_ == "of") for c in subject.children
    )
    # (a kind written in capitals may be tagged a proper noun: "NGO says Serbia illegally repatriates ...")
    if not (subject.pos_ == "NOUN" or (subject.pos_ == "PROPN" and subject.is_upper)) \
            or wanted in {None, "person", "state"} or headline.end >= len(subject.doc) or (not new and (
                headline.start != 0 or headline[-1].is_punct and headline[-1].text in {".", "!", "?"}
                or any(c.dep_ in {"poss", "prep", "appos", "det"} for c in subject.children))) \
            or any(a.span.start < headline.end for a in actors if a.type != "state" and _latest([a], wanted) is not None):
        return None
    end = sentences_after(subject.doc, headline.end, 3)  # the next three sentences
    for found in (a for a in actors if headline.end <= a.span.start < end and a.type != "state"
                  and _latest([a], wanted, noun=subject.lower_) is not None):
        # one that goes on to speak: the subject of a cue, or a name the cue follows, "..., Human Rights Watch (HRW)
        # said"; for one brought in with "a", the subject of any verb ("Safeguard Defenders, an Asia-focused rights
        # group, has published two reports"), and the first of its kind that does (past a party named first that does
        # not: "Mu Sochua, deputy leader of the CNRP, was held ..., Human Rights Watch said"); for a headline's noun,
        # the first of its kind only
        if _speaks(found) or (new and found.span.root.dep_ in SUBJECTS):
            return found
        if not new:
            return None
    return None


HEADLINE_OPENING = 6  # the body sentences after a headline where the story names who its headline describes


def _headline_described(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the actor a headline describes without naming ("Dissident Saudi royal claims ...", "Anti-Kadyrov Chechen
    blogger says ...", "Rights Organization Urges Morocco ..."): a noun of a person or of a body's kind, with no article
    in headline style, as the speaker of the headline's own line; the story names it in its opening sentences, the first
    actor of that kind there who speaks ("Khaled bin Farhan al-Saud claims ...", "... Human Rights Watch said")."""
    doc = subject.doc
    headline = sentence(subject)
    line = headline.text.rstrip(" ")
    # (a line of its own above the body, no sentence of the body: it ends at a line break, not with a full stop)
    if headline.start != 0 or not line.endswith("\n") or line.rstrip()[-1:] in {".", "!", "?"} or headline.end >= len(doc) \
            or subject.pos_ not in {"NOUN", "PROPN"} or any(a.span.start <= subject.i < a.span.end for a in actors):
        return None
    lemma = subject.lemma_.lower()
    wanted = res.anaphors.get(subject.lower_) or res.anaphors.get(lemma) \
        or ("person" if res.units.get(lemma) == "person" or res.units.get(subject.lower_) == "person"
            or lemma in res.attribution_words.get("headline_person", frozenset()) else None)
    # (a cue in the present tense, as a headline tells speech: not "pilot found shot dead", "dissidents denied ...",
    # passives with their auxiliary dropped; one person for a singular noun, not "Manhattan man pleads guilty": a man
    # the story need not have speak)
    if wanted in {None, "state"} or subject.head.tag_ not in {"VBZ", "VBP"} or (wanted == "person" and (
            subject.tag_ not in {"NN", "NNP"} or lemma in res.attribution_words["generic_person"])):
        return None
    end = sentences_after(doc, headline.end, HEADLINE_OPENING)
    # (the lede using the headline's noun again as a cue's subject, "A blogger from Chechnya ... said", speaks for the
    # one that use stands for, who need not be the first of the kind to speak: "... critical of its leader X")
    again = next((t for t in doc[headline.end : end] if t.lemma == subject.lemma and t.dep_ in SUBJECTS
                  and t.head.lemma_.lower() in CUE_LEMMAS), None)
    # (of the headline noun's kind: not the state an envoy's use resolves to)
    if again is not None and (named := _resolve_speaker(again, actors, [], res)) is not None \
            and _latest([named], wanted) is not None:
        return named
    for actor in actors:
        if headline.end <= actor.span.start < end and _latest([actor], wanted) is not None and _speaks(actor):
            return actor
    return None


HEADLINE_BREAKS = {",", ":", ";", "-", "\u2013", "\u2014", "|"}  # the marks that part a headline's clauses


@dataclass(frozen=True)
class HeadlineCue:
    """A title-case headline's cue ("Canada Condemns ...", "..., Says HRW"): its lemma, the speaker's words and the claim."""

    cue: Token
    lemma: str
    speaker: Span
    content: Span
    line: Span


def _headline_cue_lemma(token: Token, res: Resources) -> str | None:
    """Return the cue a capitalised headline word is in the present tense ("Condemns", "Urges", "Denies", "Demand" after
    a plural noun of people or bodies, "Exiles Demand"), which the model tags as a name in a title-case line; else None."""
    word = token.lower_
    if word.endswith("ies"):
        forms = [word[:-3] + "y"]
    elif word.endswith("es"):
        forms = [word[:-1], word[:-2]]
    elif word.endswith("s") and not word.endswith("ss"):
        forms = [word[:-1]]
    else:
        before = token.doc[token.i - 1].lower_ if token.i else ""
        one = before.removesuffix("s")
        plural = before.endswith("s") and (res.units.get(one) == "person" or one in res.anaphors)
        forms = [word] if plural else []
    return next((f for f in forms if f in res.cues), None)


def _headline_cue(doc: Doc, text: str, res: Resources) -> HeadlineCue | None:
    """Return the cue of a headline written in title case, which the model parses as a run of names: the first word in a
    cue's present tense with a speaker's words before it and a claim after it, to the end of its clause ("Pakistan
    Rejects Report Alleging ...", "... After Son in the U.S. Criticizes Government Online"); or closing the line after
    a comma, the speaker before or after it and the claim the line before the comma ("..., Report Claims", "..., Says
    HRW")."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].strip() if end > 0 else ""
    if not line or line[-1] in {".", "!", "?"} or not title_case(line):
        return None
    span = doc.char_span(start, start + len(line), alignment_mode="expand")
    if span is None:
        return None
    marks = CIRCUMSTANCE_MARKS | {"amid", "while"}
    breaks = [t.i for t in span if t.text in HEADLINE_BREAKS or t.lower_ in marks]
    for token in span[1:]:
        if not (token.is_alpha and token.is_title) or (lemma := _headline_cue_lemma(token, res)) is None:
            continue
        opening = max((i for i in breaks if i < token.i), default=span.start - 1) + 1
        closing = min((i for i in breaks if i > token.i), default=span.end)
        before = [t for t in doc[opening : token.i] if t.is_alpha]
        after = [t for t in doc[token.i + 1 : closing] if t.is_alpha]
        # ("Finds 4 Guilty": a court's verdict, no claim)
        if any(t.lower_ in res.attribution_words["verdict"] for t in doc[token.i + 1 : min(closing, token.i + 4)]):
            return None
        if before and after:
            return HeadlineCue(token, lemma, doc[opening : token.i], doc[token.i + 1 : closing], span)
        # (the last clause of the line, after a comma or a dash)
        if opening > span.start and doc[opening - 1].text in HEADLINE_BREAKS and closing == span.end \
                and doc[opening - 1].text != ":" and len(before) + len(after) <= 4:
            claim = doc[span.start : opening - 1]
            return HeadlineCue(token, lemma, doc[opening : token.i] if before else doc[token.i + 1 : closing], claim, span)
    return None


def _headline_speaker(
    found: HeadlineCue, actors: list[Actor], made: list[tuple[AttributionRow, Actor]], res: Resources
) -> Actor | None:
    """Return who speaks in a title-case headline: an actor among the speaker's words, else one the article names by
    those words ("Canada" for the Canadian government), else the speaker of the first cue of the same verb in the
    story's opening ("Rights Watchdog Urges ..." and "Human Rights Watch (HRW) has urged ..."), one of the kind the
    words' noun describes ("watchdog": an NGO; "exiles": a group of people; "report": a body that publishes it)."""
    words, doc = found.speaker, found.speaker.doc
    # (the line break after it belongs to the headline's sentence)
    end = sentences_after(doc, sentence(doc[found.line.end - 1]).end, HEADLINE_OPENING)
    same = [actor for row, actor in made if found.line.end_char <= row.cue_start < doc[end - 1].idx
            and (cue := doc.char_span(row.cue_start, row.cue_end)) is not None and cue[0].lemma_.lower() == found.lemma]
    inside = _actor_in(words, actors)
    if inside is not None:
        # ("Nicaraguan Exiles Demand ..." and "More than 70 exiled Nicaraguans demanded ...": a group the story describes
        # again as it speaks, by the words the story uses)
        return next((a for a in same if inside.type == "group" and a.type == "group" and a.country == inside.country), inside)
    named = " ".join(t.text for t in words if t.is_alpha and t.lower_ != "the").casefold()
    by_name = next((a for a in actors if named in {a.name.casefold(), a.span.text.casefold()}), None)
    if by_name is not None:
        return by_name
    # (the noun heading the words, before any phrase on it: "Daughter" of "The Daughter of a 'Hotel Rwanda' Activist")
    head = next((t for t in words if t.is_alpha and (t.i + 1 == words.end or t.nbor().pos_ in {"ADP", "PUNCT"})), None)
    if head is None:
        return None
    word = head.lower_
    one = word.removesuffix("s")
    kind = res.anaphors.get(word) or res.anaphors.get(one)
    if word in res.attribution_words["document"] or one in res.attribution_words["document"]:
        kind = "document"
    if kind in {"person", None} and res.units.get(one) == "person":
        kind = "group" if word != one else "person"
    elif kind is not None and word != one and word not in res.anaphors:
        return None  # ("Rights Groups Say": bodies in the plural, no one of them)
    if kind is None or kind == "state":
        return None
    for actor in same:
        if kind == "document" and actor.type not in {"person", "group"} or kind in {"person", "group"} and actor.type == kind \
                or kind not in {"document", "person", "group"} and _latest([actor], kind) is not None:
            return actor
    # (a person the headline describes, "Son in the U.S. Criticizes ...": the first person its opening has speak)
    # (not "Man Claims ...": a generic noun the story need not have speak)
    if kind == "person" and one not in res.attribution_words["generic_person"]:
        return next((a for a in actors if found.line.end <= a.span.start < end and a.type == "person" and _speaks(a)), None)
    return None


def _speaks(actor: Actor) -> bool:
    """True for an actor a cue gives as its speaker: its subject (or a name set beside the subject, "US ambassador to
    Tashkent, Daniel Rosenblum, said"), its agent, the object of "according to", or a name the cue follows ("...,
    Human Rights Watch (HRW) said")."""
    doc, root = actor.span.doc, actor.span.root
    if root.dep_ == "appos":
        root = root.head
    if (root.dep_ in SUBJECTS and root.head.lemma_.lower() in CUE_LEMMAS) \
            or (root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in CUE_LEMMAS) \
            or (root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.i > 0 and doc[root.head.i - 1].lower_ == "according"):
        return True
    after = actor.span.end
    if after < len(doc) and doc[after].text == "(":
        after = next((t.i + 1 for t in doc[after : min(after + 6, len(doc))] if t.text == ")"), after)
    return after < len(doc) and doc[after].pos_ in {"VERB", "AUX"} and doc[after].lemma_.lower() in CUE_LEMMAS


def _role_of_speaker(subject: Token, speakers: list[Actor], res: Resources) -> Actor | None:
    """Return the person who spoke last, with a cue in the sentence before, for a definite noun of a
    speaker's calling used for the first time (attribution_words.tsv speaker_role: "Prosecutor Alison Morgan said ... .
    The lawyer told the jury ...", "Jahangir said ... . 'We ...,' the adviser said"): a new description of the person
    speaking (not "the expert" after "an expert": the one introduced by that noun)."""
    lemma = subject.lemma_.lower()
    if subject.tag_ != "NN" or lemma not in res.attribution_words["speaker_role"] \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or any(c.dep_ in {"poss", "prep", "appos"} for c in subject.children) or next(_earlier_uses(subject), None) is not None:
        return None
    # the speaker just before, when the sentence before it holds a cue (the talk goes on), a person (not after
    # officials spoke)
    if not speakers or speakers[-1].type != "person":
        return None
    start = sentence(subject).start
    if start == 0:
        return None
    previous = sentence(subject.doc[start - 1])
    return speakers[-1] if any(t.lemma_.lower() in CUE_LEMMAS for t in previous) else None


def _head_named_next(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the person named as the subject opening the next sentence for "the head of" a body no actor names ("...,
    the head of the country's intelligence agency said Tuesday. Finn Borch Andersen said police ..."): the head,
    named after the description."""
    if subject.lemma_.lower() not in res.attribution_words["head"] or not any(c.lower_ == "the" for c in subject.children) \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None
    return _subject_next(subject, actors, res)


def _body_document(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the body named before whose word qualifies a document or a record ("according to court records" after "a
    federal court" named as the court): the document speaks for that body."""
    words = res.attribution_words
    if subject.lemma_.lower() not in words["document"] | words["charging_document"] | words["body_record"]:
        return None
    bodies = {c.lower_ for c in subject.children if c.dep_ == "compound" and c.i < subject.i}
    if not bodies:
        return None
    named = next((a for a in reversed(actors) if a.span.end <= subject.i and a.name.casefold() in bodies), None)
    # ("Court documents say ...", "Court papers allege ...", "Chinese court records reportedly show ...": with no such
    # body named before, the generic body the common noun names, as the actor finder names an unnamed court; the
    # subject only, alone: "according to court documents" in a prosecutor's release is the prosecution's account,
    # "court records and police reports reveal" no one body's)
    # (gold pass 3b16d9c: unqualified, "Court documents say" are the prosecution's filings and speak for the
    # prosecution named, else for no one; "Chinese court records reportedly show", a state's court, stay the court)
    court = res.bodies["court"]
    if named is None and court in bodies and subject.dep_ == "nsubj" and not any(c.dep_ == "conj" for c in subject.children):
        if any(c.dep_ in {"amod", "compound"} and normalize_country(c.text, resources=res) for c in subject.children):
            return Actor(span=_span_of(subject), name=court, type="government", country=None)
        return _body_named(subject, actors, tuple(words["prosecution_word"]))
    return named


def _kin_of_name(subject: Token, owner: str, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the relative a kinship noun on a person stands for when the next three sentences name someone else of the
    person's family name ("Inandi's wife believes ... . '...,' Reyhan Inandi told Al-Monitor"); None otherwise (people
    close to a person speak for themselves, not as that person)."""
    if subject.lemma_.lower() not in res.actor_words["kin"]:
        return None
    family = owner.split()[-1].casefold()
    doc = subject.doc
    end = sentences_after(doc, sentence(subject).end, 3)
    return next((
        a for a in actors if a.type == "person" and subject.i < a.span.start < end and a.name != owner
        and len(a.name.split()) > 1 and a.name.split()[-1].casefold() == family
    ), None)


def _kin_named_after(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the person a kinship noun no one is named at stands for, named at the next use of the noun ("Daughter says
    ... kidnapped" in a headline, "his daughter asserts", then "Rusesabagina's adopted daughter, Carine Kanimba"); so
    too for a person introduced by an indefinite noun ("a consultant to CSIS has told", then "the CSIS consultant,
    Charles Burton, said")."""
    lemma = subject.lemma_.lower()
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
    if subject.pos_ not in {"NOUN", "PROPN"} or (lemma not in res.actor_words["kin"] and not indefinite) \
            or (subject.pos_ == "PROPN" and lemma not in res.actor_words["kin"]):
        return None
    doc = subject.doc
    for token in doc[subject.i + 1 : min(len(doc), subject.i + 400)]:
        # (not "another Chechen blogger, Imran Aliev": another of the kind)
        if (token.lemma_ == subject.lemma_ or token.lower_ == subject.lower_) and token.pos_ == "NOUN" \
                and not any(c.lower_ in {"another", "other"} for c in token.children) \
                and (found := _named_at(token, actors)) is not None:
            return found if found.type == "person" else None
    return None


def _police(subject: Token, actors: list[Actor]) -> Actor | None:
    """Return the police for a speaker no actor names that is the police or a police document ("police said", "the local
    police confirmed", "a police report said"): the police force named before, else the police of no named state."""
    words = [subject] + [c for c in subject.children if c.dep_ == "compound"]
    if not any(w.lemma_.lower() == "police" and w.pos_ in {"NOUN", "PROPN"} for w in words):
        return None
    named = [a for a in actors if a.name == "police" and a.span.end <= subject.i]
    return Actor(span=_span_of(subject), name="police", type="government", country=named[-1].country if named else None)


def _court(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the court for a speaker no actor names that is a court ("Britain's High Court found", "a British family
    court has said", "the Dhaka cyber-court told"): by the proper name its capitalised words give ("High Court",
    "Supreme Court"), else the court named before, else the generic court (as the actor finder names an unnamed
    court)."""
    court = res.bodies["court"]
    if subject.pos_ not in {"NOUN", "PROPN"} or subject.lower_.rsplit("-", 1)[-1] != court or subject.tag_ in {"NNS", "NNPS"}:
        return None
    # the speaker itself, not a court a phrase of it names ("the suspect's statements in Swedish court reveal")
    if not (subject.dep_ in SUBJECTS or (subject.head.lower_ == "to" and subject.head.head.lower_ == "according")):
        return None
    words = [subject]
    # ("Tajikistan's Supreme Court", "UK High Court": the words of its name, not the state's)
    while subject.text[:1].isupper() and words[0].i > 0 and (word := subject.doc[words[0].i - 1]).head.i == subject.i \
            and word.dep_ in {"compound", "amod"} and word.text[:1].isupper() and word.lower_ not in res.demonyms \
            and normalize_country(word.text, resources=res) is None and lookup_city(word.text) is None:
        words.insert(0, word)
    country = next((code for c in subject.children if c.dep_ in {"poss", "amod", "compound"}
                    and (code := res.demonyms.get(c.lower_) or normalize_country(c.text, resources=res)) is not None), None)
    if len(words) > 1:
        return Actor(span=_span_of(subject), name=" ".join(w.text for w in words), type="government", country=country)
    # ("the court found" after "the European Court of Human Rights": that court; not "a revolutionary court found",
    # which brings in a court of its own)
    named = [a for a in actors if a.type != "person" and court in a.name.casefold().split() and a.span.end <= subject.i
             and not any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in subject.children)]
    return named[-1] if named else Actor(span=_span_of(subject), name=court, type="government", country=country)


def _body_by_head_word(subject: Token, actors: list[Actor]) -> Actor | None:
    """Return the body named before whose name a definite noun repeats as its head or last word ("the commission said"
    after "the Central Commission for Discipline Inspection", "the committee" after "the UN Committee against Torture",
    "the experts said" after "UN human rights experts"): the latest such body, not a person, state or group; for a plural,
    the first of those its sentence names."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or any(c.dep_ in {"poss", "compound", "amod", "prep", "appos"} for c in subject.children):
        return None
    lemma = subject.lemma_.lower()
    named = [
        a for a in actors if a.span.end <= subject.left_edge.i and a.type not in {"person", "state", "group"}
        and len(words := a.name.split()) > 1 and any(w.casefold() in {lemma, lemma + "s"} for w in {_head_word(a.name), words[-1]})
    ]
    if not named:
        return None
    # ("the commissions said" after "the Central Commission for Discipline Inspection and the National Commission of
    # Supervision": bodies named together speak as the first)
    if subject.tag_ == "NNS":
        together = sentence(named[-1].span.root)
        return next(a for a in named if together.start <= a.span.start)
    return named[-1]


def _ruler_word(noun: Token, res: Resources) -> Token | None:
    """Return the word for a state's rulers that qualifies a noun ("a junta notice", "A government statement"), if any."""
    return next((c for c in noun.children if c.dep_ in {"compound", "amod"} and res.anaphors.get(c.lower_) == "state"), None)


def _panel(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the panel a plural noun of its members names with an international body's name before it ("UN human
    rights experts today urged ...", "five independent United Nations human rights experts said"): the words from the
    body's name to the noun, as written (attribution_words.tsv panel_member), not the body itself; not "a group of
    United Nations human rights experts", which speaks for the body, nor "UN experts, including Rhona Smith, the
    Special Rapporteur", where the one named among them speaks."""
    if subject.tag_ != "NNS" or subject.dep_ == "pobj" \
            or subject.lemma_.lower() not in res.attribution_words.get("panel_member", frozenset()):
        return None
    start, end = subject.left_edge.i, subject.right_edge.i
    if any(a.type == "person" and start <= a.span.start <= end for a in actors):
        return None
    body = next((a.span for a in actors if start <= a.span.start and a.span.end <= subject.i
                 and a.type == "international_org"), None)
    # ("UN experts", "the UN-affiliated experts": the acronym the actor finder leaves unnamed before a noun of its people)
    body = body or next((subject.doc[t.i : t.i + 1] for t in subject.doc[start : subject.i] if t.is_upper
                         and (entry := res.actors.get(t.lower_)) is not None and entry.type == "international_org"), None)
    if body is None or any(t.dep_ not in {"compound", "amod", "nmod"} or t.head.i > subject.i
                           for t in subject.doc[body.end : subject.i]):
        return None
    # ("The experts, who include the Special Rapporteur on ...": the members the story names speak, not the panel)
    doc = subject.doc
    if any(doc[i].head.lemma == subject.lemma and doc[i].dep_ in {"relcl", "acl", "prep"}
           for i in lemma_positions(doc, INCLUDING)):
        return None
    span = doc[body.start : subject.i + 1]
    return Actor(span=span, name=span.text, type="international_org", country=None)


def _titled_person_before_cue(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the person who closes the subject's words right before its cue, after a title or a body's name with no
    preposition or possessive between ("Association of Rwandan Refugees in Mozambique president Cleophas Habiyareme
    said", "The spokesman of the US Department of State Ned Price said", "Assistant Superintendent of Police (ASP)
    Mushfiqur Rahman Tushar, operations officer of RAB-1, confirmed"), where the parser made the name part of the
    title's phrase: the person speaks, not the body. Not one whom people close to them speak of ("Relatives of
    activist Ali Khan said"), nor one of several named together."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.i <= subject.i or subject.lemma_.lower() in res.attribution_words["associate"] \
            or subject.lemma_.lower() in res.actor_words["kin"]:
        return None
    doc = subject.doc
    end = verb.i
    while end > subject.i and doc[end - 1].pos_ in {"AUX", "PART", "ADV"}:
        end -= 1
    if doc[end - 1].text == ",":
        # (", operations officer of RAB-1,": an apposition set off by commas between the name and the cue)
        end = next((i for i in range(end - 2, subject.i, -1) if doc[i].text == ","), end)
    person = next((a for a in actors if a.type == "person" and a.span.end == end and subject.i < a.span.start), None)
    if person is None or person.span.start <= subject.left_edge.i:
        return None
    before = doc[person.span.start - 1]
    if before.pos_ not in {"NOUN", "PROPN"} and before.text != ")" or before.tag_ == "POS" or any(
            t.lower_ in {"and", "or", "&"} or t.pos_ in {"VERB", "AUX", "ADJ"}
            for t in doc[subject.left_edge.i : person.span.start]):
        return None
    # (not one described by a phrase of their own: "critical of its strongman leader Ramzan Kadyrov said")
    if any(c.dep_ in {"det", "poss"} for t in person.span for c in t.children if c.i < person.span.start):
        return None
    return person


def _speaker_of(subject: Token, actors: list[Actor], speakers: list[Actor], res: Resources) -> Actor | None:
    titled = _titled_person_before_cue(subject, actors, res)
    if titled is not None:
        return titled
    span = _span_of(subject)
    own = next((a for a in actors if a.span.start <= subject.i < a.span.end), None)
    if own is not None and (own.span.text.lower() in res.office_abbreviations or (
            len(own.span) == 1 and own.span.text.lower() in res.offices)
            or (own.span[-1].i == subject.i and subject.lower_ in res.office_abbreviations)) \
            and any(c.lower_ == "the" for c in subject.children):
        # "the PS" read as a body's name: an office, when someone holds it (not "The NSA said it had collected ..."); so
        # is an office word alone read as one ("the Special Rapporteur said", tagged a body "Rapporteur"), and "the
        # Foreign Affairs PS" (a body's name never ends in an office's abbreviation)
        holder = _office_speaker(subject, actors, speakers, res)
        return holder if holder is not None or own.type != "government" else own
    if own is None and (panel := _panel(subject, actors, res)) is not None:
        return panel
    if own is not None and len(own.span) == 1 and subject.lower_ in res.actor_words["kin"]:
        # "Daughter says ... kidnapped" in a headline, the kinship noun read as a name: the person named at its next use
        later = _kin_named_after(subject, actors, res)
        if later is not None:
            return later
    if own is not None and own.type == "state" and (first := _first_state_named(subject, own, actors, res)) is not None:
        return first  # "Chinese and Hong Kong officials maintain": officials of states named together speak as the first
    if own is not None:
        # "Amnesty International and Human Rights Watch said": speakers named together speak as the first
        inside = [a for a in actors if span.start <= a.span.start and a.span.end <= span.end]
        # (not "German opposition MP and foreign affairs committee member Norbert Roettgen": the "and" joins the titles)
        if inside and inside[0] is not own and any(
            t.lower_ == "and" and inside[0].span.start <= t.head.i < inside[0].span.end
            for t in subject.doc[inside[0].span.end : own.span.start]
        ):
            return inside[0]
        return own
    led = _state_led_by(subject, actors, res)
    if led is not None:
        return led
    # "This week, the Germans said ..." after "Germany" (the actor finder leaves a state's people named before by the
    # state's name): a state's people, as a definite plural with no words of its own, speak for the state named
    if subject.lower_ in res.plural_demonyms and [c.lower_ for c in subject.children if c.dep_ != "punct"] == ["the"]:
        code = res.demonyms.get(subject.lower_[:-1])
        named = next((a for a in actors if a.type == "state" and a.country == code and a.span.end <= subject.i), None)
        if code is not None and named is not None:
            return named
    before = [a for a in actors if a.span.end <= span.start]
    word = subject.lower_
    if word in res.pronouns:
        return _antecedent(subject, word, actors, speakers, before, res)
    described = _described_person(subject, actors, speakers, res)
    if described is not None:
        return described
    # "the UN refugee agency, which said ...": a relative pronoun speaks for the noun its clause hangs on
    if word in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl" and subject.head.head.i < subject.i:
        # the clause may hang on the wrong noun ("Safeguard Defenders, a group based in Spain, which said"): walk up
        noun = subject.head.head
        # "a joint statement by Human Rights Watch that documented", "a US intelligence report which accused": a document
        # speaks for its owner, as when it is the subject itself
        # (one whose owner its phrase names: not "legal documents that falsely accused her fiancé")
        if noun.lemma_.lower() in res.attribution_words["document"] and noun.pos_ == "NOUN" and any(
            c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "prep" and c.lower_ in {"by", "from", "of"})
            for c in noun.children
        ) and (owner_of := _resolve_speaker(noun, actors, speakers, res)) is not None:
            return owner_of
        # "Denmark, which said ...": the noun itself names the speaker, whatever its kind
        own = next((a for a in actors if a.span.start <= noun.i < a.span.end), None)
        # ("arrested by the Saudi authorities who informed him": a common noun heading the actor's own words speaks
        # after a preposition too)
        if own is not None and (noun.dep_ != "pobj" or (noun.pos_ == "NOUN" and own.span.root.i == noun.i)):
            return own
        # only actors named before the pronoun, never in the clause itself ("people who said they saw Orhan"), and
        # not across a clause of its own ("Belarusians abroad who say ...": not the subject of "gets requests from")
        # "Kacmaz Mesut's daughters, who confirmed ...": the daughters speak, not their father
        earlier = [
            a for a in actors if a.span.end <= subject.i and not (a.span.root.dep_ == "poss" and a.span.root.head.i == noun.i)
        ]
        for _ in range(6):
            found = _actor_in(_span_of(noun), earlier) if noun.i < subject.i else None
            if found is not None and found.type != "state":
                return found
            if noun.head.i == noun.i or (noun.head.pos_ in {"VERB", "AUX"} and noun.head.dep_ not in {"acl", "relcl"}):
                break
            noun = noun.head
        # "The experience shook the exiled journalist, who says ...": a definite description of one person named before
        # speaks as that person (no other noun: "a statement that condemned", "the activists who were highlighting")
        antecedent = subject.head.head
        if antecedent.pos_ == "NOUN" and antecedent.tag_ == "NN" and antecedent.i < subject.i and not any(
                a.span.start <= antecedent.i < a.span.end for a in actors) and any(c.lower_ == "the" for c in antecedent.children):
            person = _resolve_speaker(antecedent, actors, speakers, res)
            return person if person is not None and person.type == "person" else None
        return None
    # ("federal prosecutors" too: an adjective that names no state leaves them the story's prosecution; "a prosecutor"
    # too, one unnamed member: attribution_words.tsv lone_officer; not "the presiding judge, Olaf Arnoldi,": the person
    # in apposition speaks)
    if subject.lemma_.lower() in res.speaking_for and all(
        c.dep_ not in {"poss", "compound", "amod", "det", "appos"} or c.lower_ == "the" or (
            c.lower_ in {"a", "an"} and subject.tag_ == "NN" and subject.lower_ in res.attribution_words["lone_officer"]
        )
        or (c.dep_ == "amod" and c.lower_ not in res.demonyms and normalize_country(c.text, resources=res) is None)
        for c in subject.children
    ):
        body = _body_named(subject, actors, res.speaking_for[subject.lemma_.lower()])
        if body is not None:
            return body
        # "Prosecutors said", "according to prosecutors" in a story that names no prosecuting body: the generic public
        # prosecutor (convention P); one prosecutor or "the prosecution" stays no one's
        if subject.lemma_.lower() == "prosecutor" and subject.tag_ == "NNS":
            return Actor(span=_span_of(subject), name=res.bodies["prosecutor"], type="government", country=None)
    office = _office_of_body(subject, actors, res)
    if office is not None:
        return office
    # "A government statement said", "according to a junta notice in state newspaper ...": a document a word for a
    # state's rulers qualifies speaks for the state, as "the government said" would (not the paper it ran in)
    ruler = _ruler_word(subject, res)
    if ruler is not None and subject.lemma_.lower() in res.attribution_words["document"] | res.attribution_words["ruler_document"] \
            and not any(a.span.start <= ruler.i < a.span.end for a in actors) \
            and (state := _state_in(subject, actors, res) or _latest(before, "state")) is not None:
        return state
    # '"...," the notice from the military added' after "according to a junta notice": a definite document of that kind
    # with no such word of its own refers back to its latest earlier use, and speaks for the state if a ruler word
    # qualified it there ("According to the notice" with no such use before speaks for no one)
    if ruler is None and subject.lemma_.lower() in res.attribution_words["ruler_document"] \
            and any(c.lower_ == "the" for c in subject.children) and (mention := next(_earlier_uses(subject), None)) is not None \
            and (ruler := _ruler_word(mention, res)) is not None and not any(a.span.start <= ruler.i < a.span.end for a in actors) \
            and (state := _state_in(mention, actors, res) or _latest([a for a in before if a.span.end <= mention.i], "state")) is not None:
        return state
    # "The government spokesperson's office stated": the office of a speaker no body names speaks as that speaker
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if subject.lemma_.lower() == "office" and owner is not None and owner.lemma_.lower() in res.attribution_words["spokesperson"]:
        return _resolve_speaker(owner, actors, speakers, res)
    # "the Director General of MI5, Ken McCallum, said": the person in apposition speaks, not the body (not a word in
    # brackets: "Lieutenant General (Retd) Md Jahangir Alam Chowdhury")
    for child in subject.children:
        if child.dep_ == "appos" and not (child.i > 0 and subject.doc[child.i - 1].text == "("):
            person = next((a for a in actors if a.type == "person" and a.span.start <= child.i < a.span.end), None)
            if person is not None:
                return person
    # "the head of Britain's MI5, Ken McCallum, said": a person in apposition inside the subject speaks
    apposed = next((
        a for a in actors
        if a.type == "person" and span.start <= a.span.start and a.span.end <= span.end
        and a.span.root.dep_ == "appos" and a.span.root.head.i < a.span.start and a.span.start not in _adjective_phrase(subject)
    ), None)
    if apposed is not None:
        return apposed
    # "a court spokesman said", "a department spokesperson said": the body the compound names, referred back to
    if subject.lemma_.lower() in res.attribution_words["spokesperson"]:
        compound = next((c for c in subject.children if c.dep_ == "compound" and c.lower_ in res.anaphors), None)
        if compound is not None and not any(a.span.start <= compound.i < a.span.end for a in actors):
            found = _latest(before, res.anaphors[compound.lower_], noun=compound.lower_)
            if found is not None:
                return found
        # "An immigration official said" after "the Thai Immigration Bureau": the latest body named before whose proper
        # name opens with the compound's word (not "Indian and Pakistani intelligence officials": a state's officials)
        compound = next((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if compound is not None and not any(a.span.start <= compound.i < a.span.end for a in actors) and not any(
            c.dep_ in {"amod", "compound"} and (c.lower_ in res.demonyms or normalize_country(c.text, resources=res) is not None)
            for c in subject.children
        ):
            word_of = compound.lower_
            found = next((
                a for a in reversed(before) if a.type not in {"person", "state", "group"}
                and len(names := a.name.casefold().split()) > 1 and names[0] == word_of
            ), None)
            if found is not None:
                return found
    # "Relatives of Mamadbek Atobekov told", "Kacmaz's colleagues informed", "Khashoggi's sons said": people close to a
    # person speak for themselves, not as that person
    if subject.lemma_.lower() in res.attribution_words["associate"] or subject.lower_ in res.attribution_words["associate"] \
            or subject.lemma_.lower() in res.actor_words["kin"]:
        owners = [c for c in subject.children if c.dep_ == "poss"] + [
            g for c in subject.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} for g in c.children if g.dep_ == "pobj"
        ]
        owned = [a.name for o in owners for a in actors if a.type == "person" and a.span.start <= o.i < a.span.end]
        # ("Inandi's wife" where the actor finder left the bare family name: a person named before by it)
        owned += [a.name for o in owners if o.text[:1].isupper() for a in actors if a.type == "person"
                  and a.span.end <= o.i and a.name.split()[-1] == o.text]
        if owned:
            return _kin_of_name(subject, owned[0], actors, res)
    # "a spokesperson of the ministry", "a report in The Independent": the noun after the preposition speaks
    # ("a senior official with the agency told": "with" a body's name or a definite noun for those who serve it; not "a
    # source with knowledge of China's plans")
    serving = subject.lemma_.lower() in res.attribution_words["spokesperson"] | res.attribution_words["official"]
    # (not "An indictment in Manhattan federal court alleges": a charging document speaks for the prosecution that
    # filed it, not for the court it was filed in)
    filed = subject.lemma_.lower() in res.attribution_words["charging_document"]
    for child in subject.children:
        if filed and child.lower_ in {"in", "at", "before"}:
            continue
        if child.dep_ == "prep" and (child.lower_ in {"of", "for", "in", "from", "at", "by"} or (child.lower_ == "with" and serving)):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and child.lower_ == "with" and not (
                    pobj.pos_ == "PROPN" or any(c.lower_ == "the" for c in pobj.children)
                ):
                    continue
                if pobj.dep_ == "pobj":
                    # "a source at Spain's Guardia Civil police force": a body named on the noun the speaker serves at
                    serves = subject.lemma_.lower() in res.attribution_words["spokesperson"] and next((
                        a for a in actors if a.type != "person" and pobj.left_edge.i <= a.span.start and a.span.end <= pobj.i
                    ), None)
                    if child.lower_ in {"at", "in"} and serves:
                        return serves
                    found = _resolve_speaker(pobj, actors, speakers, res)
                    # "a spokesperson at the ministry" speaks for it; "staff at Charles de Gaulle airport" not for the airport
                    # nor does "a man from Nazarov's congregation" speak for Nazarov
                    belongs = found is not None and found.type == "person" and not found.span.start <= pobj.i < found.span.end
                    if found is not None and not belongs and not (
                        child.lower_ in {"at", "in"} and (found.type == "person" or not found.span.start <= pobj.i < found.span.end)
                    ):
                        return found
    # "The union and the United States Maritime Alliance said": speakers named together speak as the first, here a
    # description that refers back to the body named before
    if word in res.anaphors and any(c.lower_ == "the" for c in subject.children) and any(
        c.dep_ == "conj" and any(a.span.start <= c.i < a.span.end for a in actors) for c in subject.children
    ):
        first = _latest(before, res.anaphors[word], noun=word)
        if first is not None:
            return first
    found = _actor_in(span, actors, head=subject)
    if found is not None:
        return found
    if subject.lemma_.lower() == "author" and any(c.dep_ in {"det", "poss"} for c in subject.children):
        return _authors(subject, actors, speakers, res)
    named = _named_again(subject, actors)
    if named is not None:
        return named
    # "Turkey's president has slammed" after "Turkish President Recep Tayyip Erdoğan": the office of a state named
    # as possessive stands for the person named before with that office, when of that state
    state_poss = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if state_poss is not None and _office(subject, res) is not None \
            and (code := normalize_country(state_poss.text, resources=res)) is not None:
        holder = _office_holder(subject, actors, res)
        if holder is not None and holder.country == code:
            return holder
    # "the Minister said", "the president told": an office standing for the person just named in it
    if _office(subject, res) is not None and any(c.lower_ == "the" for c in subject.children) and not any(
        c.dep_ == "poss" for c in subject.children
    ):
        return _office_speaker(subject, actors, speakers, res)
    # '"...," a CPS spokesperson said. "...," the official added': a bare definite official or spokesperson speaking
    # right after a sentence where an official or spokesperson of the last speaker was the subject of a cue goes on as
    # that speaker (not after a body or state spoke by itself: "Iran denied the report. ..., the official said")
    serving_words = res.attribution_words["official"] | {"spokesman", "spokeswoman", "spokesperson"}
    if subject.tag_ == "NN" and [c.lower_ for c in subject.children] == ["the"] and speakers \
            and subject.lemma_.lower() in serving_words:
        start = sentence(subject).start
        if start > 0:
            last = speakers[-1].span
            previous = sentence(subject.doc[start - 1])
            if previous.start <= last.start < previous.end and any(
                t.dep_ in SUBJECTS and t.head.lemma_.lower() in CUE_LEMMAS and t.lemma_.lower() in serving_words
                and t.left_edge.i <= last.start and last.end <= t.i for t in previous
            ):
                return speakers[-1]
    # "the Turkish official said", "a Thai police officer told", "Pakistani investigators": an unnamed official of a
    # state named by its demonym, or by its capital ("officials in Ankara")
    lemma = subject.lemma_.lower()
    # ("British ministers condemned": a plural the list holds as written; one minister is an office's holder)
    if (lemma in res.attribution_words["spokesperson"] and subject.tag_ == "NN") or lemma in res.attribution_words["official"] \
            or subject.lower_ in res.attribution_words["official"]:
        state = _state_of(subject, actors, res) or _state_in(subject, actors, res)
        if state is None and lemma in res.attribution_words["official"] and any(c.lower_ == "the" for c in subject.children):
            # "the official said" after "the Turkish official said": the state the latest such official was named by
            state = next((
                found for mention in _earlier_uses(subject)
                if (found := _state_of(mention, actors, res) or _state_in(mention, actors, res)) is not None
            ), None)
        if state is None and lemma in res.attribution_words["official"] and not any(
            c.dep_ in {"poss", "prep", "compound", "appos"} or c.lower_ in {"the", "former", "ex", "retired", "local"}
            for c in subject.children
        ):
            # "a senior official said", "officials estimated" after "Turkish authorities said", "Chilean officials found":
            # the state the latest official of any kind who spoke in a main clause was named by (not an official the story
            # tells of: "An Iranian intelligence officer ... have been charged", "said neither the Chinese authorities nor
            # ... had asked")
            state = next((
                found for mention in _earlier_officials(subject, res)
                if mention.dep_ == "nsubj" and mention.head.dep_ == "ROOT" and mention.head.lemma_.lower() in CUE_LEMMAS
                and (found := _state_of(mention, actors, res) or _state_in(mention, actors, res)) is not None
            ), None)
        if state is not None:
            return state
    # "A department spokesperson said ... . The spokesperson added": the same speaker as at the noun's latest use
    if lemma in res.attribution_words["spokesperson"] and [c.lower_ for c in subject.children] == ["the"]:
        mention = next(_earlier_uses(subject), None)
        # ("government spokesman Weerachon Sukondhapatipak told": the title of a person named with it is that person)
        titled = next((a for a in actors if mention is not None and mention.dep_ == "compound"
                       and a.span.start <= mention.head.i < a.span.end), None)
        if titled is not None:
            return titled
        if mention is not None:
            return _resolve_speaker(mention, actors, [a for a in speakers if a.span.start < mention.i], res)
    # "its researchers said", "his lawyers argued": people speaking for the one the possessive names
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and subject.lemma_.lower() in res.attribution_words["spokesperson"]:
        if owner.lower_ in res.pronouns:
            # ("according to their lawyers", "Their attorney disputed the charges": a client is a person or a group of
            # people, not a body)
            people = owner.lower_ == "their" and subject.lemma_.lower() in res.attribution_words["counsel"]
            return _antecedent(subject, owner.lower_, actors, speakers, before, res, wanted="people" if people else None)
        named = next((a for a in actors if a.span.start <= owner.i < a.span.end), None)
        if named is not None:  # "Aljabri's lawyers say"
            return named
    # "evidence suggests": material with no owner named speaks for no one
    if subject.lemma_.lower() == "evidence" and subject.dep_ in SUBJECTS and not any(
        c.dep_ in {"poss", "prep"} for c in subject.children
    ):
        return None
    # "The judgment records that ...", "according to the court orders": a court's decision speaks for the court named
    # before it that gave it, else for no one (not the last speaker)
    if subject.pos_ == "NOUN" and (subject.lemma_.lower() in res.attribution_words.get("court_document", frozenset()) or (
            subject.lemma_.lower() == "order" and any(c.dep_ == "compound" and c.lower_ == res.bodies["court"] for c in subject.children))):
        return _court_named_before(subject, actors, res)
    # "its report said": the document speaks for its owner
    documents = res.attribution_words["document"]
    filings = res.attribution_words["charging_document"]
    if subject.lemma_.lower() in documents | filings or word in res.anaphors:
        if subject.lemma_.lower() in res.attribution_words["owned_document"] and not any(c.dep_ == "poss" for c in subject.children):
            return None  # "according to these accounts": a testimony or account speaks only for an owner on it
        if subject.lemma_.lower() in res.attribution_words["owned_document"] and (kin := next((
            c for c in subject.children if c.dep_ == "poss" and c.lemma_.lower() in res.actor_words["kin"]
        ), None)) is not None:
            return _kin_named_after(kin, actors, res)  # "his mother's testimony": the mother when named, else no one
        for child in subject.children:
            if child.dep_ == "poss" and child.lower_ in res.pronouns:
                return _antecedent(subject, child.lower_, actors, speakers, before, res)
            # "the ministry's database": the body the possessive noun refers back to, if any
            if child.dep_ == "poss" and child.lower_ in res.anaphors and subject.lemma_.lower() in documents:
                return _resolve_speaker(child, actors, speakers, res)
            # "the experts' letter": the actor a definite description as possessive refers back to by its head noun
            if child.dep_ == "poss" and child.pos_ == "NOUN" and subject.lemma_.lower() in documents \
                    and (described := _described_before(child, actors, res)) is not None:
                return described
        # "the official news agency stated": a compound that makes the noun a kind of its own ("news agency": an outlet,
        # not any body) refers back to an actor of that kind
        kind = next((f"{c.lower_} {word}" for c in subject.children if c.dep_ == "compound" and f"{c.lower_} {word}" in res.anaphors), None)
        wanted = res.anaphors.get(kind or word, "any")
        # "Court documents say ...": the court (named before, else the generic one), not the last speaker; the subject
        # only ("according to court documents" in a prosecutor's release is the prosecution's account)
        if subject.dep_ == "nsubj" and any(c.dep_ == "compound" and c.lower_ == "court" for c in subject.children) \
                and subject.lemma_.lower() in documents | res.attribution_words["body_record"]:
            return _body_document(subject, actors, res)
        # "a four-page US intelligence report": a document first mentioned that a state's name qualifies, no body named in
        # it, speaks for the state ("the US statement" is the one mentioned before, its owner's)
        if subject.lemma_.lower() in documents and not any(c.lower_ == "the" for c in subject.children) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and normalize_country(c.text, resources=res) is not None
            for c in subject.children
        ) and (state_named := _state_of(subject, actors, res)) is not None:
            return state_named
        if subject.lemma_.lower() in documents and (author := _author_compound(subject, actors)) is not None:
            return author
        # "Spain's La Informacion newspaper said": a body named in the subject that the actor finder missed, not one before
        # (a country's name is no body's: "the U.K. news outlet" refers back to the outlet named before)
        # (a name is capitalised: not "the state news agency", "state" tagged a proper noun)
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i != sentence(c).start  # not "Prison authorities told"
               and c.text[:1].isupper()
               and not any(a.span.start <= c.i < a.span.end for a in actors)
               and normalize_country(c.text, resources=res) is None for c in subject.children):
            return None
        # "the journalist said" refers back to a person; "a journalist said" to no one named
        if wanted == "person" and not any(c.lower_ == "the" for c in subject.children):
            return None
        if subject.lemma_.lower() in filings:
            # the prosecution named in the article, else (a civil complaint) whoever sued
            prosecution = _body_named(subject, actors, tuple(res.attribution_words["prosecution_word"]))
            plaintiff = _plaintiff(subject, actors, filings)
            # ("Soltan filed a lawsuit ... The complaint accuses": one who sued before it, named after any prosecution
            # named before it or with the prosecution named only after it)
            if plaintiff is not None and (prosecution is None or plaintiff.span.start < subject.i and (
                prosecution.span.start < plaintiff.span.start or prosecution.span.start > subject.i
            )):
                prosecution = plaintiff
            # "the suit states": a lawsuit or petition speaks for whoever brought it, never for the last body named
            if prosecution is not None or subject.lemma_.lower() not in documents:
                return prosecution
            if (unnamed := _unnamed_prosecution(subject, res)) is not None:
                return unnamed
        # "according to court documents", "court records show": the record of a criminal case with no owner named on it
        # is the prosecution's account (the subject "Court documents say" is read by _body_document above)
        if subject.lemma_.lower() in documents | res.attribution_words["body_record"] and subject.dep_ != "nsubj" \
                and _court_filing(subject, res) and _owner_at(subject, actors, res) is None:
            return _body_named(subject, actors, tuple(res.attribution_words["prosecution_word"])) \
                or _unnamed_prosecution(subject, res)
        if subject.lemma_.lower() in documents and (police := _police(subject, actors)) is not None:
            return police  # "A police report on the killing said ..."
        if subject.lemma_.lower() in documents and (own_owner := _owner_at(subject, actors, res)) is not None:
            return own_owner  # "A statement released by the US Attorney's Office alleged ..."
        if subject.lemma_.lower() in documents and wanted == "any" and _unowned(subject, res):
            # "a new report suggests ...", "according to reports": a document first mentioned here speaks for the
            # body the next sentences name as its author, else for no one
            return _author_after(subject, [a for a in actors if not _reader(a, res)])
        if subject.lemma_.lower() in documents and wanted == "any":
            # "the statement said": the owner named where that document was mentioned before ("a statement released by
            # the US Attorney's Office", "Amnesty's report", "In a statement, the ministry said")
            named_owner = _published_by(subject, actors, res) or _document_owner(subject, actors, res)
            if named_owner is not None:
                return named_owner
            # else a document speaks for whoever spoke last, else the latest NGO, outlet or international body
            authors = [a for a in before if a.type in {"ngo", "media", "international_org"}]
            return _latest(speakers, "org") or (authors[-1] if authors else _latest(before, "org"))
        # "the government in Baku dismissed ...": the state whose capital or name the preposition gives
        if wanted == "state":
            state = _state_in(subject, actors, res) or _state_that_spoke(subject, actors, speakers)
            if state is not None:
                return state
        # "..., the agency said" closing a claim that names other bodies: the claim's own subject when a body of that
        # kind ("Human Rights Watch documented ..., the group said"), else the body of that kind that spoke last before
        # the claim, not the latest one the claim names
        left = subject.left_edge.i
        if word in res.anaphors and left > 0 and subject.doc[left - 1].text in {","} | CLOSING_QUOTES and subject.i < subject.head.i:
            claimant = next((
                own for clause in subject.head.children if clause.dep_ in {"ccomp", "parataxis"} and clause.i < subject.i
                for c in clause.children if c.dep_ == "nsubj"
                for own in actors if own.span.start <= c.i < own.span.end
            ), None)
            if claimant is not None and _latest([claimant], wanted, noun=word) is not None:
                return claimant
            start = sentence(subject).start
            spoke = _latest([a for a in speakers if a.span.end <= start], wanted, noun=word, group_words=res.attribution_words["group_name_word"])
            if spoke is not None:
                return spoke
        # "The party condemned" after "The Sudanese Congress Party said", "The group" after "Group 24 was founded": the
        # latest body whose name holds the noun, before the latest body of the noun's kind (a member typed a body)
        if wanted in {"organization", "nongov"} and any(c.lower_ == "the" for c in subject.children):
            own = next((
                a for a in reversed(before) if a.type in BODY_TYPES and len(a.name.split()) > 1 and word in a.name.casefold().split()
            ), None)
            if own is not None:
                return own
        latest = _latest(before, wanted, noun=word, group_words=res.attribution_words["group_name_word"])
        if latest is not None:
            return latest
    return None


def _authors(subject: Token, actors: list[Actor], speakers: list[Actor], res: Resources) -> Actor | None:
    """Return whom "the authors" of a document stand for: the person named after "by" in the sentence of a document
    mentioned before them ("The report, written by Nate Schenkkan and Isabel Linzer, ... The authors say"), else the
    owner of the latest document, else the one it speaks for ("according to a new report ... The authors say"); None
    when no document was mentioned."""
    documents = res.attribution_words["document"]
    lemmas, pos = column(subject.doc, "LEMMA"), column(subject.doc, "POS")
    wanted = {subject.doc.vocab.strings[w] for w in documents if w in subject.doc.vocab.strings}
    mentions = [subject.doc[i] for i in range(subject.i - 1, -1, -1) if lemmas[i] in wanted and pos[i] == NOUN]
    for mention in mentions:
        # a person after "by" in a sentence naming the document ("written by Nate Schenkkan", wherever the parser hung it)
        sent = sentence(mention)
        writer = next((
            a for a in actors if a.type == "person" and mention.i < a.span.start < sent.end and a.span.root.head.dep_ == "agent"
        ), None)
        if writer is not None:
            return writer
    if not mentions:
        return None
    latest = mentions[0]
    # "According to a new Freedom House report, ... According to the report's authors": the owner named at an earlier
    # use of the same noun, as its possessor or "by" phrase or as a name on it
    for mention in (m for m in mentions if m.lemma_ == latest.lemma_):
        found = _owner_of_mention(mention, actors) or next((
            a for a in actors if mention.left_edge.i <= a.span.start and a.span.end <= mention.i and a.type != "person"
        ), None)
        if found is not None:
            return found
    return _speaker_of(latest, actors, [a for a in speakers if a.span.start < latest.i], res)


def _office_of_body(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the body whose office speaks, named by a common noun the actor finder leaves ("The prosecutor's office in
    Lille said", "Belgium's federal prosecutor's office said"): the generic body, under its state's own name when the
    possessive or an "in" phrase gives the state ("Federal Prosecutor's Office"), else the story's body of that kind; the
    body the actor finder named on the possessive itself ("the German federal prosecutor's office announced": the actor
    of "the German federal prosecutor")."""
    if subject.lemma_.lower() != "office":
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is None:
        return None
    named = next((a for a in actors if a.type != "person" and a.span.start <= owner.i < a.span.end), None)
    if named is not None:
        return named
    body = res.bodies.get(owner.lemma_.lower())
    if body is None:
        return None
    places = [c.text for c in owner.children if c.dep_ == "poss"] + [
        g.text for c in subject.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"
    ]
    # "The chief federal prosecutor's office said" where no place is given: the body of that kind the story names (as
    # "prosecutors said" is, speaking_for.tsv), else the generic one
    if not places and owner.lemma_.lower() in res.speaking_for \
            and (story_body := _body_named(owner, actors, res.speaking_for[owner.lemma_.lower()])) is not None:
        return story_body
    code = next((
        code for place in places
        if (code := normalize_country(place, resources=res) or getattr(lookup_city(place), "country", None)) is not None
    ), None)
    name = res.national_bodies.get((code or "", body), body)
    return Actor(span=_span_of(subject), name=name, type="government", country=code)


def _office_speaker(subject: Token, actors: list[Actor], speakers: list[Actor], res: Resources) -> Actor | None:
    """Return the person an office after "the" stands for: its holder named before, else the state a demonym on it
    names ("the Australian ambassador said", no person named with it), else the person who last spoke ("Theresa May has
    said ... The Prime Minister told MPs"), else the salient or latest person."""
    before = [a for a in actors if a.span.end <= subject.left_edge.i]
    holder = _office_holder(subject, actors, res)
    if holder is not None and (earlier := _bare_use_before(subject, holder, res)) is not None:
        return _office_speaker(earlier, actors, [a for a in speakers if a.span.start < earlier.i], res)
    return (
        holder or _state_of(subject, actors, res) or _subject_next(subject, actors, res)
        or _latest([a for a in speakers if subject.i - a.span.start < 200], "person")
        or _salient(subject, actors, "person", res)
        or _latest([a for a in before if subject.i - a.span.start < 60], "person")
    )


def _subject_next(subject: Token, actors: list[Actor], res: Resources, *, any_verb: bool = False) -> Actor | None:
    """Return the person named as the subject opening the next sentence, who goes on to speak ("the interior minister
    said ... . Rana Sanaullah Khan told journalists: ..."): the office's holder, named after it."""
    end = sentence(subject).end
    if end >= len(subject.doc):
        return None
    opener = sentence(subject.doc[end])
    person = next((a for a in actors if opener.start <= a.span.start < opener.end), None)
    if person is None or person.type != "person" or person.span.root.dep_ != "nsubj" \
            or (res.cues.get(person.span.root.head.lemma_.lower()) != "assert" and not any_verb):
        return None
    return person


def _described_before(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the actor a definite description refers back to by its head noun ("the experts", "the cleric", "the
    restaurant"): the one named at the latest earlier use of that noun that names one (head-match coreference), or the
    panel that use named ("UN human rights experts").

    Documents keep their own rule (their author, the latest speaker; a lawsuit speaks for who brought it), and "the
    men", "the people" name no one in particular.
    """
    if subject.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    lemma = subject.lemma_.lower()
    if any(c.dep_ == "poss" for c in subject.children) or lemma in res.attribution_words["generic_person"] \
            or lemma in res.attribution_words["document"] | res.attribution_words["charging_document"]:
        return None
    for mention in _earlier_uses(subject):
        # (or the panel its earlier use named: "UN human rights experts urged ... . ..., the experts said")
        found = _named_at(mention, actors) or _panel(mention, actors, res)
        if found is not None:
            return found
    # "a pastor he trusted, Constantin Niyomwungere": a person the parser did not hang on the noun's latest use, set off
    # by a comma within a few words after it in its sentence (not "a client had made contact with Bamporiki")
    if subject.tag_ == "NN" and res.units.get(lemma) == "person":
        latest = next(_earlier_uses(subject), None)
        if latest is not None:
            end = min(sentence(latest).end, latest.i + 8)
            after = next((a for a in actors if latest.i < a.span.start < end), None)
            if after is not None and after.type == "person" and subject.doc[after.span.start - 1].text == ",":
                return after
    return None


def _bodies_named_together(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the first of several bodies named together ("Freedom Initiative, DAWN and ALQST told Reuters ...") for a
    plural noun of their kind that speaks as them: "the groups said", "the rights groups said" refers back to the latest
    such list before it; "three rights groups said" in a lead, with none before, to the first list in the next three
    sentences (GUIDELINES.md: speakers named together give one item, sourced to the first named)."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return None
    wanted = res.anaphors.get(subject.lemma_.lower())
    if wanted in {None, "person", "state", "any"} or any(c.dep_ in {"poss", "appos", "prep"} for c in subject.children):
        return None
    dets = [c for c in subject.children if c.dep_ in {"det", "nummod"}]
    if not dets or any(c.dep_ == "det" and c.lower_ != "the" for c in dets):
        return None  # "groups said", "some groups said": no list in particular
    kind = sorted((a for a in actors if _latest([a], wanted) is not None), key=lambda a: a.span.start)
    # the first of each list: a body the next of its kind follows with only a comma, "and" or a bracketed short name
    # between them (read from the words: the parser often hangs such lists askew)
    doc = subject.doc

    def listed(a: Actor, b: Actor) -> bool:
        between = re.sub(r"\([^()]{1,40}\)", "", doc[a.span.end : b.span.start].text) if a.span.end <= b.span.start else "-"
        return " ".join(between.split()) in {",", "and", ", and", "&"}

    firsts = [b for n, b in enumerate(kind) if n + 1 < len(kind) and listed(b, kind[n + 1]) and not (n and listed(kind[n - 1], b))]
    before = [a for a in firsts if a.span.end <= subject.left_edge.i]
    if before:
        return before[-1]
    if any(c.dep_ == "nummod" for c in dets):
        end = sentence(subject).end
        for _ in range(3):
            if end >= len(subject.doc):
                break
            end = sentence(subject.doc[end]).end
        return next((a for a in firsts if subject.i < a.span.start < end), None)
    return None


def _earlier_uses(noun: Token) -> Iterator[Token]:
    """Yield the earlier uses of a noun's lemma as a noun, latest first, before the noun's phrase (read from the Doc's
    lemma column, so the other words cost no Token)."""
    doc = noun.doc
    lemmas, pos = column(doc, "LEMMA"), column(doc, "POS")
    for i in range(noun.left_edge.i - 1, -1, -1):
        if lemmas[i] == noun.lemma and pos[i] == NOUN:
            yield doc[i]


def _earlier_officials(noun: Token, res: Resources) -> Iterator[Token]:
    """Yield the earlier official nouns ("officials", "authorities", "investigators"), latest first, before the noun's
    phrase (read from the Doc's lemma column)."""
    doc = noun.doc
    strings = doc.vocab.strings
    wanted = {strings[w] for w in res.attribution_words["official"] if w in strings}
    lemmas, pos = column(doc, "LEMMA"), column(doc, "POS")
    for i in range(noun.left_edge.i - 1, -1, -1):
        if lemmas[i] in wanted and pos[i] == NOUN:
            yield doc[i]


def _document_owner(document: Token, actors: list[Actor], res: Resources | None = None) -> Actor | None:
    """Return the owner of a definite document ("the statement", "the report") named at an earlier mention of the same
    noun: its possessor, the actor after "by", "from" or "of", the agent of a participle on it ("a statement released
    by ..."), or the named subject of the verb it is the object or setting of ("issued a statement", "In a statement,
    the ministry said")."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in document.children):
        return None
    for mention in _earlier_uses(document):
        found = _owner_of_mention(mention, actors, res)
        if found is not None:
            return found
    # "Vardanjani had posted a message ... the post said": the named subject of the verb the noun was made by
    for verb in reversed(document.doc[max(0, document.i - 150) : document.i]):
        if verb.pos_ == "VERB" and verb.lemma_.lower() == document.lemma_.lower():
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and (found := _at(subject, actors)) is not None:
                return found
    return None


def _owner_of_mention(mention: Token, actors: list[Actor], res: Resources | None = None) -> Actor | None:
    """Return the owner a document's mention names: its possessor, the actor after "by", "from" or "of", the agent of a
    participle on it, or the named subject of the verb it is the object or setting of ("issued a statement"; not of a
    verb that answers or receives it: "Pakistan rejected a report")."""
    found = _owner_at(mention, actors, res) or _published_by(mention, actors, res)
    verb = mention.head.head if mention.dep_ == "pobj" else mention.head if mention.dep_ == "dobj" else None
    if verb is not None and res is not None and (_answers_document(verb, res) or _appears_in(mention, verb, res)):
        verb = None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None and verb.pos_ == "VERB" else None
    by = _at(subject, actors) if subject is not None else None
    # "Justice Marie-Josée Hogue released the final report of the Public Inquiry": the person who released the report
    # of a body speaks for it, as its author
    if found is not None and by is not None and by.type == "person" and found.type != "person" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_at(g, actors) is found for g in c.children) for c in mention.children
    ):
        return by
    return found if found is not None else by


def _author_compound(document: Token, actors: list[Actor]) -> Actor | None:
    """Return the body a name on a document gives as its author when that name named the body before ("According to
    CPJ research", "the HRW report said" after "Human Rights Watch (HRW)"): the actor finder marks only some mentions."""
    names = {c.text.casefold() for c in document.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()}
    if not names:
        return None
    return next((
        a for a in reversed(actors) if a.span.end <= document.i and a.type not in {"person", "state", "group"}
        and (a.span.text.casefold() in names or a.name.casefold() in names)
    ), None)


def _court_named_before(decision: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the latest court named before a court's decision ("the High Court", "an anti-terrorism court"): an actor
    whose name ends with the word for a court."""
    court = res.bodies["court"]
    return next((a for a in reversed(actors) if a.span.end <= decision.i and a.type != "person"
                 and a.name.casefold().rsplit(None, 1)[-1:] == [court]), None)


def _unnamed_prosecution(subject: Token, res: Resources) -> Actor | None:
    """Return the generic public prosecutor for a document only a prosecution files ("according to the indictment", "a
    criminal complaint", "the court filing") when the story names no prosecuting body and no one who sued: unnamed
    prosecutors stay the generic body (GUIDELINES.md attributions: "the indictment says" is the prosecuting body)."""
    if subject.lemma_.lower() not in res.attribution_words.get("indictment", frozenset()) and not _court_filing(subject, res):
        return None
    return Actor(span=_span_of(subject), name=res.bodies["prosecutor"], type="government", country=None)


def _court_filing(document: Token, res: Resources) -> bool:
    """True for a document of a criminal case: one a word of court_filing_word qualifies ("court documents", "a criminal
    complaint", "the court filing"), or a definite one whose latest earlier use such a word qualified ("the complaint"
    after "a criminal complaint"); not one named with others ("court records and police reports")."""
    words = res.attribution_words.get("court_filing_word", frozenset())

    def qualified(noun: Token) -> bool:
        return any(c.dep_ in {"compound", "amod"} and c.lower_ in words for c in noun.children)

    if any(c.dep_ == "conj" for c in document.children):
        return False
    if qualified(document):
        return True
    return any(c.dep_ == "det" and c.lower_ == "the" for c in document.children) \
        and (mention := next(_earlier_uses(document), None)) is not None and qualified(mention)


def _answers_document(verb: Token, res: Resources) -> bool:
    """True for a verb whose subject answers, reads or receives the document it takes, not its author ("Pakistan
    rejected a report", "slammed the letter", "obtained the documents", "cited a report"): denials, criticism and
    rebuttals, and verbs of receiving or reading a document."""
    lemma = verb.lemma_.lower()
    words = res.attribution_words
    return res.cues.get(lemma) == "deny" or lemma in words["criticism_verb"] | words["rebuttal_verb"] \
        | words["receiving_verb"] | words.get("document_reader_verb", frozenset())


def _appears_in(mention: Token, verb: Token, res: Resources) -> bool:
    """True for a document in a phrase of a verb that is no speech ("Pakistan, Russia and Iran also appear in the
    report", "was named in the indictment"): the verb's subject is what the document tells of, not its author (not "In a
    statement, the ministry said")."""
    return mention.dep_ == "pobj" and verb.lemma_.lower() not in res.cues


def _published_by(document: Token, actors: list[Actor], res: Resources | None = None) -> Actor | None:
    """Return the outlet or author a participle on a document's clause names ("Published in Britain's The Guardian, the
    report alleged", "a report published in The Guardian", "Written by Amnesty, the report says"): the actor after
    "by", else a media outlet after "in" or "on"; None otherwise."""
    verb = document.head if document.dep_ in SUBJECTS else None
    participles = [c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if verb is not None:
        participles += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                        and not any(g.dep_ in SUBJECTS for g in c.children)]
    for participle in participles:
        if res is not None and _answers_document(participle, res):
            continue  # "Translated by NBC News, the documents say": a reader, not the author
        for prep in (c for c in participle.children if c.dep_ in {"prep", "agent"}):
            named = [a for g in prep.children if g.dep_ == "pobj" for a in actors if a.span.start <= g.i < a.span.end]
            if prep.lower_ == "by" and named:
                return named[0]
            if prep.lower_ in {"in", "on"} and named and named[0].type == "media":
                return named[0]
    return None


def _at(token: Token, actors: list[Actor]) -> Actor | None:
    return next((a for a in actors if a.span.start <= token.i < a.span.end), None)


def _owner_at(mention: Token, actors: list[Actor], res: Resources | None = None) -> Actor | None:
    """Return the owner a document's own words name: its possessor, the actor after "by", "from" or "of", the outlet
    after "in" or "on", or the agent of a participle on it ("a statement released by the US Attorney's Office")."""
    def at(token: Token) -> Actor | None:
        return _at(token, actors)

    for child in mention.children:
            if child.dep_ == "poss" and (found := at(child)) is not None:
                return found
            if child.dep_ == "prep" and child.lower_ in {"by", "from", "of"}:
                found = next((at(g) for g in child.children if g.dep_ == "pobj" and at(g) is not None), None)
                if found is not None:
                    return found
            # "a report on the news website Axios", "a report in The Guardian": an outlet it appeared in (a report on
            # anything else is about it)
            # "a statement on the Public Security Ministry's website", "on the website of the provincial police": the
            # body whose site it was posted on
            if child.dep_ == "prep" and child.lower_ == "on" and res is not None:
                site = next((g for g in child.children if g.dep_ == "pobj"
                             and g.lemma_.lower() in res.attribution_words.get("site_word", frozenset())), None)
                owner = next((o for c in site.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                              for o in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])), None) \
                    if site is not None else None
                if owner is not None and (found := at(owner) or _police(owner, actors)) is not None:
                    return found
            if child.dep_ == "prep" and child.lower_ in {"in", "on"}:
                found = next((
                    a for t in mention.doc[child.i : mention.right_edge.i + 1] if (a := at(t)) is not None and a.type == "media"
                ), None)
                if found is not None:
                    return found
            if child.dep_ == "acl" and not (res is not None and _answers_document(child, res)):  # not "translated by NBC"
                agent = next((g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if agent is not None and (found := at(agent)) is not None:
                    return found
    return None


def _named_at(mention: Token, actors: list[Actor]) -> Actor | None:
    """Return the actor a common noun names where it is used: its own name ("the Chinese embassy"), in apposition
    ("Dongbang Myeongju, a Chinese restaurant"; "a pastor, Constantin Niyomwungere"), as a title ("cleric
    Fethullah Gulen"), as the predicate of a named subject ("Gulen is a cleric"), or in its phrase ("researchers
    at the Citizen Lab", "experts, who include the Special Rapporteur on ...")."""
    def at(token: Token) -> Actor | None:
        return next((a for a in actors if a.span.start <= token.i < a.span.end), None)

    own = at(mention)
    if own is not None:
        return own
    for child in mention.children:
        if child.dep_ == "appos" and (found := at(child)) is not None:
            return found
        # "The experts, who include the Special Rapporteur on ...": the first member named
        if child.dep_ == "relcl" and child.lemma_.lower() == "include":
            found = next((a for a in actors if child.i < a.span.start <= child.right_edge.i), None)
            if found is not None:
                return found
    if mention.dep_ in {"appos", "compound"} and (found := at(mention.head)) is not None:
        return found
    if mention.dep_ == "attr":
        subject = next((c for c in mention.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and (found := at(subject)) is not None:
            return found
    for child in mention.children:
        if child.dep_ == "prep" and child.lower_ in {"at", "for", "from", "with", "of", "by", "including"}:
            for pobj in child.children:
                found = at(pobj) if pobj.dep_ == "pobj" else None
                # "the government of Narendra Modi": a body led by a person is not that person
                if found is not None and not (child.lower_ == "of" and found.type == "person"):
                    return found
    return None


def _state_led_by(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the state whose government a person leads ("Hun Sen's government", "the government of Narendra Modi"):
    the state of that person's country, or of the known leader (``leaders.tsv``); GUIDELINES.md: a government is its
    state. None when no such person owns the subject."""
    if subject.lower_ not in res.state_nouns:
        return None
    owners = [c for c in subject.children if c.dep_ == "poss"] + [
        g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    leader = next((a for o in owners for a in actors if a.type == "person" and a.span.start <= o.i < a.span.end), None)
    code = (leader.country or res.leaders.get(leader.name.lower())) if leader is not None else None
    if code is None:
        return None
    named = next((a for a in actors if a.type == "state" and a.country == code), None)
    name = country_name(code, resources=res) if named is None else None
    return named if named is not None or name is None else Actor(span=_span_of(subject), name=name, type="state", country=code)


def _first_state_named(subject: Token, own: Actor, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the state of the first of two demonyms joined before the subject noun ("Chinese and Hong Kong officials":
    China), when the actor found at the noun is the second; GUIDELINES.md: speakers named together speak as the first."""
    first = next((
        c for c in subject.children
        if c.dep_ in {"amod", "compound"} and c.i < own.span.start and any(g.dep_ == "conj" for g in c.children)
    ), None)
    code = (res.demonyms.get(first.lower_) or normalize_country(first.text, resources=res)) if first is not None else None
    if code is None or code == own.country:
        return None
    named = next((a for a in actors if a.type == "state" and a.country == code), None)
    name = country_name(code, resources=res) if named is None else None
    return named if named is not None or name is None else Actor(span=_span_of(subject), name=name, type="state", country=code)


def _state_that_spoke(subject: Token, actors: list[Actor], speakers: list[Actor]) -> Actor | None:
    """Return whom bare "authorities" or "the government" stand for when the sentence before gave a state's voice:
    that speaker when a state or a body of one ("Chilean prosecutors implicated ... Authorities also hinted"), the state
    of a person who spoke for one ("Theresa May announced ... whom the government described"); not the latest state the
    story merely names ("Venezuela's largest criminal organization")."""
    if any(c.dep_ != "det" for c in subject.children if c.i < subject.i):
        return None
    start = sentence(subject).start
    if start == 0:
        return None
    before = sentence(subject.doc[start - 1]).start
    spoke = next((a for a in reversed(speakers) if before <= a.span.start and a.span.end <= start), None)
    if spoke is None or spoke.country is None:
        return None
    # ("The decision was announced ... from the Supreme Court of Justice ... The government also said": "the government"
    # after a body of a state is that state, "authorities" the body)
    if spoke.type == "state" or spoke.type == "government" and subject.lower_ != "government":
        return spoke
    return next((a for a in actors if a.type == "state" and a.country == spoke.country), None) \
        if spoke.type in {"person", "government"} else None


def _state_in(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the state whose capital or name an "in" phrase of the subject gives ("the government in Baku")."""
    place = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"), None)
    code = (capitals().get(place.text) or normalize_country(place.text, resources=res)) if place is not None else None
    return next((a for a in actors if a.type == "state" and a.country == code), None) if code else None


def _state_of(subject: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the state actor a demonym before the subject noun names ("the Turkish official"); none for a former
    official ("a former Syrian diplomat") or officials of two states ("Indian and Pakistani officials")."""
    modifiers = [c for c in subject.children if c.dep_ in {"amod", "compound"}]
    if any(c.lower_ in {"former", "ex", "retired"} for c in modifiers) or any(c.dep_ == "conj" for m in modifiers for c in m.children):
        return None
    demonym = next((
        code for c in modifiers if (code := res.demonyms.get(c.lower_) or normalize_country(c.text, resources=res)) is not None
    ), None)
    if demonym is None:
        return None
    # "according to Pakistani investigators": the state the demonym names speaks, though the story names it no other way
    named = next((a for a in actors if a.type == "state" and a.country == demonym), None)
    name = country_name(demonym, resources=res) if named is None else None
    return named if named is not None or name is None else Actor(span=_span_of(subject), name=name, type="state", country=demonym)


def _unowned(document: Token, res: Resources) -> bool:
    """True for a document mentioned for the first time with no owner ("a new report", "reports", "media reports")."""
    # (a place it comes from is no owner: "media reports in Uzbekistan")
    if any(c.dep_ in {"poss", "prep", "compound"} and c.pos_ != "NOUN" and not _place_phrase(c) for c in document.children):
        return False
    determiners = [c.lower_ for c in document.children if c.dep_ == "det"]
    compounds = [c.lower_ for c in document.children if c.dep_ in {"compound", "amod", "nmod"}]
    # "court documents" are a case's own; "reports", "news reports", "media reports" no one's
    hearsay = document.tag_ == "NNS" and all(c in res.attribution_words["hearsay"] for c in compounds)
    return determiners in (["a"], ["an"]) or (not determiners and hearsay)


def _reader(actor: Actor, res: Resources) -> bool:
    """True for an actor named as the agent of a verb of reading or getting a document ("a document seen by AFP",
    "records obtained by Reuters"): one who saw it, not its author."""
    root = actor.span.root
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and _answers_document(root.head.head, res)


def _place_phrase(prep: Token) -> bool:
    """True for "in" with a place as its object ("in Uzbekistan")."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC"} for c in prep.children
    )


def _author_after(document: Token, actors: list[Actor]) -> Actor | None:
    """Return the NGO, outlet or body named as a singular document's author within the two sentences after its
    mention; plural documents ("reports") have no one author."""
    doc = document.doc
    end = sentences_after(doc, sentence(document).end, 2)
    if document.tag_ == "NNS":
        return None  # "according to reports": many, none named
    authors = [a for a in actors if document.i < a.span.start < end and a.type in {"ngo", "media", "international_org", "organization"}]
    return authors[0] if authors else None


def _named_again(subject: Token, actors: list[Actor]) -> Actor | None:
    """Return the actor a proper-noun subject names again where no actor mention was found: its full name
    ("Berklee College of Music said") or, for a person named before, the surname alone ("Stenling said") or the given
    name alone when one person only was named with it ("Natalia believes")."""
    # ("Stenling said" opening a sentence: the tagger may take a surname it does not know for a common noun)
    if subject.pos_ != "PROPN" and not (subject.pos_ == "NOUN" and subject.is_title and subject.is_sent_start):
        return None
    doc = subject.doc
    start = min([subject.i] + [c.left_edge.i for c in subject.children if c.dep_ == "compound"])
    end = subject.i + 1
    # "College of Music": a proper-noun of-phrase continues the name
    while end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN" and doc[end].head.i == subject.i:
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    name = doc[start:end].text
    whole = [a for a in actors if a.name == name]
    if whole:
        return whole[0]
    if end - start == 1:
        people = [a for a in actors if a.type == "person" and a.span.end <= subject.i and len(a.name.split()) > 1
                  and a.name.split()[-1] == subject.text]
        if people:
            return people[-1]
        # "Nieves says" after "José Jasán Nieves Cárdenas": the first of two family names, of the one person so named
        inner = {a.name: a for a in actors if a.type == "person" and a.span.end <= subject.i and len(a.name.split()) > 2
                 and subject.text in a.name.split()[1:-1]}
        if len(inner) == 1:
            return next(iter(inner.values()))
        # "Natalia believes": the given name alone of the one person named before with it
        given = {a.name: a for a in actors if a.type == "person" and a.span.end <= subject.i and len(a.name.split()) > 1
                 and a.name.split()[0] == subject.text}
        if len(given) == 1:
            return next(iter(given.values()))
    return None


def _whole_names(actors: list[Actor]) -> list[Actor]:
    """Return the actors with each person's name run on through the capitalised proper nouns right after it, and a
    person named right after joined to it ("Mae Kyaw Soe" + "Nyunt", "José Jasán" + "Nieves Cárdenas": a long or
    accented name the recogniser split), so that the surname alone later names the whole person."""
    if not any(a.type == "person" for a in actors):
        return actors
    doc = actors[0].span.doc
    starts = {a.span.start: a for a in actors}
    taken = {i for a in actors for i in range(a.span.start, a.span.end)}
    merged: list[Actor] = []
    skip: set[int] = set()
    for actor in actors:
        if id(actor) in skip:
            continue
        if actor.type != "person" or actor.name != actor.span.text:
            merged.append(actor)
            continue
        end = actor.span.end
        limit = sentence(actor.span[0]).end
        while end < limit and end - actor.span.start < 6 and doc[end - 1].whitespace_ == " ":
            token = doc[end]
            if not (token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.replace("-", "").isalpha()):
                break
            after = starts.get(end)
            if after is not None:
                # a person the actor finder named apart, the name before it a compound on it ("José Jasán Nieves Cárdenas")
                if after.type != "person" or after.name != after.span.text \
                        or doc[end - 1].dep_ not in {"compound", "flat"} or not after.span.start <= doc[end - 1].head.i < after.span.end:
                    break
                skip.add(id(after))
                end = after.span.end
            elif end not in taken and ((token.ent_type_ == "PERSON" and token.ent_iob_ == "I")
                                       or (doc[end - 1].dep_ in {"compound", "flat"} and doc[end - 1].head.i == end)):
                end += 1  # the name going on, its last word the head its words are compounds on ("Mae Kyaw Soe Nyunt")
            else:
                break
        # (only a name one of whose added words comes back alone: the surname that will name the person)
        added = {t.text: doc[t.i - 1].text for t in doc[actor.span.end : end]}
        if not added or not any(t.text in added and doc[t.i - 1].text != added[t.text] for t in doc[end:]):
            merged.append(actor)
            continue
        span = doc[actor.span.start : end]
        merged.append(Actor(span=span, name=span.text, type=actor.type, country=actor.country, vouched=actor.vouched,
                            listed=actor.listed))
    return merged


def _abbreviated(actor: Actor, actors: list[Actor]) -> Actor:
    """Return the body named before with the speaker's abbreviation in brackets after it ("the state-run Anadolu news
    agency (AA)" ... "AA reported"), where the actor finder took the abbreviation for a body of its own."""
    name = actor.name
    if actor.type in {"person", "state"} or not (name.isupper() and name.isalpha() and 1 < len(name) <= 6):
        return _initials_named_before(actor, actors)
    doc = actor.span.doc
    for other in actors:
        if other.span.end > actor.span.start or other.type in {"person", "state"} or other.name == name:
            continue
        k = other.span.end
        while k < other.span.end + 3 and k < len(doc) and doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} and doc[k].text != name:
            k += 1
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].text == name and doc[k + 2].text == ")":
            return other
    return _initials_named_before(actor, actors)


def _initials(name: str) -> str:
    """Return the initials of a name's capitalised words, hyphenated parts apart ("Australian Federal Police" -> "AFP",
    "Committee to Protect Journalists" -> "CPJ")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _initials_named_before(actor: Actor, actors: list[Actor]) -> Actor:
    """Return the one body named in full before whose initials are the speaker's abbreviation ("the Australian Federal
    Police" ... "The AFP alleges"), where the actor finder read the abbreviation as another body of those initials
    (Agence France-Presse) that the article never names in full: the article's own body (GUIDELINES.md actors: the
    name as first given)."""
    written = actor.span[-1].text
    if actor.type in {"person", "state"} or not (written.isupper() and written.isalpha() and 1 < len(written) <= 6):
        return actor
    found: dict[str, Actor] = {}
    for other in actors:
        if other.span.end > actor.span.start:
            break
        if other.name == actor.name and other.span.text != written:
            return actor  # the body itself named in full before ("Agence France-Presse (AFP)")
        if other.type in BODY_TYPES and other.name != actor.name and len(other.name.split()) > 1 \
                and _initials(other.name) == written:
            found.setdefault(other.name, other)
    return next(iter(found.values())) if len(found) == 1 else actor


def _full_name(actor: Actor, actors: list[Actor]) -> Actor:
    """Return the person named in full before a speaker named by part of that name ("Md Jahangir Alam Chowdhury" ...
    "Jahangir said"), or by the same name spelt otherwise ("Recep Tayyip Erdoğan" ... "Recep Tayyip Erdogan said": the
    name as first given, GUIDELINES.md actors); the speaker itself when no one, or more than one person, was named so."""
    if actor.type in {"organization", "group"} and len(actor.span) == 1 and actor.span[0].pos_ == "PROPN":
        # "Nyunt said" after "Mae Kyaw Soe Nyunt": a surname the actor finder read as a body names the one person so named
        people = {a.name: a for a in actors if a.type == "person" and a.span.end <= actor.span.start
                  and len(a.name.split()) > 1 and a.name.split()[-1] == actor.span.text}
        if len(people) == 1:
            return next(iter(people.values()))
    head_word = actor.type != "person" and len(actor.span) == 1 and actor.span[0].is_title
    if actor.type not in {"organization", "ngo", "person"} and not (head_word and actor.type in BODY_TYPES):
        return actor
    fuller: dict[str, Actor] = {}
    if actor.type == "person":
        words = [fold(w) for w in actor.name.split()]
        for a in actors:
            if a.type == "person" and a.span.end <= actor.span.start and a.name != actor.name:
                theirs = [fold(w) for w in a.name.split()]
                if len(theirs) >= len(words) and all(w in theirs for w in words):
                    fuller.setdefault(" ".join(theirs), a)
    if not fuller and (actor.type != "person" or len(actor.span) == 1) and actor.span.text[:1].isupper() \
            and not any(w.isupper() for w in actor.span.text.split()):
        # "Belarusian House states" after "Belarusian House in Ukraine", "Skyline says" (a lone word read as a person's
        # name) after "Skyline International for Human Rights": the body named in full before by a name the speaker's
        # opens (GUIDELINES.md actors: the name as first given), when one body only was so named (not an abbreviation,
        # which may name the parent of a body: "BBC" after "BBC Persian")
        fuller = {a.name: a for a in actors if a.type in {"organization", "ngo"} and a.span.end <= actor.span.start
                  and fold(a.name).startswith(fold(actor.name) + " ")}
    if not fuller and head_word:
        # "According to the Center" after "the Belgrade Center for Human Rights", "The Department noted" after "the
        # Department of Foreign Affairs": the head word of a body named in full before (its last capitalised word
        # before the first "for", "of", ...), when one body only was so named
        fuller = {a.name: a for a in actors if a.type in BODY_TYPES and a.span.end <= actor.span.start
                  and len(a.name.split()) > 1 and _head_word(a.name) == actor.span.text}
    return next(iter(fuller.values())) if len(fuller) == 1 else actor


BODY_TYPES = frozenset({"organization", "ngo", "government", "international_org"})


def _head_word(name: str) -> str:
    """Return the head word of a body's name: its last word before the first lowercase one ("Belgrade Center for
    Human Rights" -> "Center", "Public Inquiry into Foreign Interference" -> "Inquiry")."""
    words = name.split()
    lower = next((i for i, w in enumerate(words) if w[:1].islower()), len(words))
    return words[max(lower - 1, 0)]


def _nationals_named_first(actor: Actor, actors: list[Actor], res: Resources) -> Actor:
    """Return the group of a state's nationals named first by their plural demonym ("exiled Nicaraguans", "Ethiopians
    in Australia") for a group of that state named later by its demonym and a noun ("Nicaraguan exile activists",
    "the Australian-based Ethiopian protesters"): the same people, by the name first given (GUIDELINES.md actors); not
    a people ("Tibetans" before "Tibetan activists": peoples.txt), of whom any group may speak."""
    if actor.type != "group" or actor.country is None or actor.span[0].lower_ not in res.demonyms:
        return actor
    first = next((a for a in actors if a.type == "group" and a.listed and a.country == actor.country
                  and a.span.end <= actor.span.start and any(t.lower_ in res.plural_demonyms and t.lower_ not in res.peoples for t in a.span)), None)
    return first if first is not None else actor


def _antecedent(
    at: Token, pronoun: str, actors: list[Actor], speakers: list[Actor], before: list[Actor], res: Resources,
    *, wanted: str | None = None,
) -> Actor | None:
    """Return the actor a pronoun refers to: the salient subject, else the latest speaker, else the latest actor.

    "he" and "she" skip people whose given name is plainly of the other gender, unless no one else is there: the name
    may be read wrongly (a family name first, a name of another language). A speaker already quoted (also as the
    source of "according to") is skipped only for a name always of the other gender ("Kennedy", "Kim" are mostly
    women's names, not always). `wanted` overrides the kind the pronoun stands for ("people": a person or a group).
    """
    wanted = wanted or res.pronouns[pronoun]
    gender = res.gendered.get(pronoun)
    # ('"We didn't plan to burn Hun Sen's effigy, but he is the one who reminded us," she said': no one named inside
    # the quotation a pronoun closes speaks it, there or where named before)
    if (quoted := _quote_closed_before(at)) is not None and (
            in_quote := {a.name for a in actors if quoted[0] < a.span.start < quoted[1]}):
        actors, speakers, before = ([a for a in group if a.name not in in_quote] for group in (actors, speakers, before))
    unnamed = _unnamed_antecedent(at, actors, res) if gender is not None else None
    if unnamed is not None:
        # ("A young Chinese woman is sounding the alarm ... . She claims": a description of one the story names later
        # goes on as that person)
        body = _spokesperson_body(unnamed, actors, speakers, res)
        if body is None and unnamed.dep_ == "nsubj" and any(c.lower_ in {"a", "an"} for c in unnamed.children) and (person := _resolve_speaker(unnamed, actors, speakers, res)) is not None and person.type == "person":
            return person
        return body
    if wanted in {"org", "people"}:
        pair = _people_together(at, actors)
        if pair is not None:
            return pair
    # "The experts noted ... . They cited ...": "they" continues a plural description, which speaks for whom it stands
    # for ("prosecutors" for the story's prosecution), else for no one named
    plural = _plural_description_before(at) if pronoun in {"they", "them"} else None
    if plural is not None:
        # ("the Australian-based Ethiopian protesters said ... . Some of them revealed": the actor the description names)
        named = next((a for a in actors if a.span.start <= plural.i < a.span.end), None)
        return named if named is not None else _resolve_speaker(plural, actors, speakers, res)
    if gender is not None and (cued := _cue_speaker_above(at, actors, speakers, res)) is not None:
        return cued
    everyone, heard = actors, speakers
    if gender is not None:
        told = _told_genders(everyone, res)

        def fits(actor: Actor, *, mostly: bool = True) -> bool:
            return (told.get(actor.name) or person_gender(actor.name, mostly=mostly)) in {gender, None}

        # (a speaker whose given name is only mostly of the other gender may still be the one just quoted: "according
        # to RNC official Kennedy Gihana. He said ...")
        heard = [a for a in speakers if fits(a, mostly=False)]
        actors, speakers, before = ([a for a in group if fits(a)] for group in (actors, speakers, before))
    # "... published a declassified assessment by the Office of the Director of National Intelligence. It stated ...":
    # "it" opening the sentence after one whose main verb has a document for object continues the document, which
    # speaks for the owner its own words name
    if pronoun == "it" and at.i == sentence(at).start and at.i > 0:
        root = sentence(at.doc[at.i - 1]).root
        document = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in res.attribution_words["document"]), None)
        owner = _owner_at(document, actors) if document is not None else None
        if owner is not None:
            return owner
    if pronoun == "it" and (document := _according_document_before(at, actors, res)) is not None:
        documented = _resolve_speaker(document, actors, speakers, res)
        if documented is not None:
            return documented
    found = (_fronted_clause_person(at, actors) if gender is not None else None) or _salient(at, actors, wanted, res)
    # "..., prosecutors said in a statement. '...,' it said": "it" continues the body that spoke at the sentence before's
    # cue, where no subject there names one
    if pronoun == "it" and sentence(at).start > 0 and at.i > 0 and at.doc[at.i - 1].text in CLOSING_QUOTES and (found is None or found.span.end <= sentence(_before_sentence(at)).start):
        body = _body_cue_before(at, actors, speakers, res)
        if body is not None:
            return body
    # a speaker named in the sentence before, after the salient subject ('"...," Samcam's wife Claudia Vargas told
    # reporters. His job, she said, ...'): the speaker just quoted (named as a speaker, not as an object)
    speaker = _latest(heard, wanted)
    # (the source of "according to" too: "..., according to RNC official Kennedy Gihana. He said ...")
    if found is not None and speaker is not None and found.span.start < speaker.span.start < at.i \
            and speaker.span.start >= sentence(_before_sentence(at)).start and (
                speaker.span.root.dep_ not in {"pobj", "dobj"} or _according_object(speaker.span.root)):
        return speaker
    found = found or speaker or _latest(before, wanted)
    # a given name read as the other gender ("Kim Jong Nam", "Aly"): with no one else to refer to, the main subject
    return found if found is not None or gender is None else _salient(at, everyone, wanted, res)


def _told_genders(actors: list[Actor], res: Resources) -> dict[str, str]:
    """Return the gender the words beside a person's mentions tell, by name: a noun in apposition ("Nusrat Shahreen
    Raka, sister of ...", "Hong An's daughter, Sean Sinuon") or right before the name ("her son Siam", "Iron lady
    Salaam Musumba", "Ms Musumba"; gendered_nouns.tsv). It outweighs the given name ("Sean" is mostly a man's); a
    person both nouns are told of has none."""
    told: dict[str, set[str]] = {}
    for actor in actors:
        if actor.type != "person":
            continue
        root = actor.span.root
        if actor.span[-1].text != actor.name.split()[-1]:
            continue  # (a mention the name was completed for may be of another: "his sister, Sayed Ahmed")
        beside = [c for c in root.children if c.dep_ == "appos" and c.i >= actor.span.end]
        if root.dep_ == "appos" and root.head.i < actor.span.start:
            beside.append(root.head)
        doc = actor.span.doc
        # ("Mr Justice Saini": a gendered title before other titles)
        before = actor.span.start - 1
        while before >= 0:
            beside.append(doc[before])
            if doc[before].text not in res.person_titles or before < actor.span.start - 3:
                break
            before -= 1
        if not actor.name.startswith(actor.span[0].text):
            beside.append(actor.span[0])  # a title the name leaves out ("Ms Musumba"; not "Son Heung-min")
        for noun in beside:
            found = res.gendered_nouns.get(noun.lemma_.lower()) or res.gendered_nouns.get(noun.lower_.rstrip("."))
            if found is not None:
                told.setdefault(actor.name, set()).add(found)
        if (own := _own_possessive_gender(actor, actors, res)) is not None:
            told.setdefault(actor.name, set()).add(own)
    return {name: next(iter(found)) for name, found in told.items() if len(found) == 1}


def _own_possessive_gender(actor: Actor, actors: list[Actor], res: Resources) -> str | None:
    """Return the gender "his" or "her" tells of a person who is the subject of the clause that holds it, no other
    person named in that clause ("Commander Kulbhushan Yadav confessed his involvement", "Responding to a question at
    her weekly media briefing, ... Mumtaz Zahra Baloch said"), not in a clause with a subject of its own ("X said her
    son was arrested"); None when none or both are told."""
    root = actor.span.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = root.head
    key = (verb.i, actor.span.start)
    memo: dict[tuple[int, int], str | None] = cached(verb.doc, f"own-possessive:{id(res)}", dict)
    if key in memo:
        return memo[key]
    found: set[str] = set()
    others = [a.span for a in actors if a.type == "person" and a.name != actor.name]
    stack = [c for c in verb.children if c.i != root.i]
    while stack:
        token = stack.pop()
        if token.dep_ in {"ccomp", "relcl", "advcl", "conj", "parataxis", "acl", "xcomp"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            continue
        if any(span.start <= token.i < span.end for span in others):
            found = {"m", "f"}
            break
        if token.dep_ == "poss" and token.lower_ in {"his", "her"} and token.lower_ in res.gendered:
            found.add(res.gendered[token.lower_])
        stack.extend(token.children)
    memo[key] = next(iter(found)) if len(found) == 1 else None
    return memo[key]


def _according_document_before(pronoun: Token, actors: list[Actor], res: Resources) -> Token | None:
    """Return the document the sentence before sources its claim to ("..., according to the indictment. In 2017, it
    said, ...", "according to a junta notice in state newspaper ... . ..., it said"): "it" speaking at a cue goes on
    with that document, not with a body its claim names ("Egyptian officials gave him lists"). None when "it" speaks at
    no cue, when the sentence before sources nothing so, or when one body is that sentence's main subject ("The ministry
    said ..., according to a report"), which "it" may continue."""
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in CUE_LEMMAS or sentence(pronoun).start == 0:
        return None
    before = sentence(_before_sentence(pronoun))
    subject = next((c for c in before.root.children if c.dep_ in SUBJECTS), None)
    if subject is not None and subject.tag_ not in {"NNS", "NNPS"} \
            and any(a.type != "person" and a.span.start <= subject.i < a.span.end for a in actors):
        return None
    documents = res.attribution_words["document"] | res.attribution_words["charging_document"] | res.attribution_words["ruler_document"]
    for token in before:
        if token.lower_ == "according" and token.i + 2 < before.end and token.nbor().lower_ == "to":
            found = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
            if found is not None and found.pos_ == "NOUN" and found.lemma_.lower() in documents:
                return found
    return None


def _quote_closed_before(pronoun: Token) -> tuple[int, int] | None:
    """Return the token positions of the opening and closing marks of a quotation that closes right before the pronoun
    ('"..., but he is the one who reminded us," she said'), None when no quotation closes there."""
    doc = pronoun.doc
    if pronoun.i == 0 or doc[pronoun.i - 1].text not in CLOSING_QUOTES:
        return None
    for i in range(pronoun.i - 2, max(pronoun.i - 2 - MAX_QUOTE_TOKENS, -1), -1):
        if doc[i].text in OPENING_QUOTES:
            return i, pronoun.i - 1
        if doc[i].text in CLOSING_QUOTES:
            return None  # (a closing mark before any opening one: not one quotation)
    return None


def _according_object(noun: Token) -> bool:
    """True for the object of "according to" ("according to RNC official Kennedy Gihana")."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and noun.doc[head.i - 1].lower_ == "according"


def _body_cue_before(
    pronoun: Token, actors: list[Actor], speakers: list[Actor], res: Resources, depth: int = 0
) -> Actor | None:
    """Return the body (no person, no people) that speaks at the last cue of the sentence before the pronoun's, its
    subject no pronoun ("prosecutors said in a statement", "the ministry said"), or "it" again speaking for such a body."""
    if sentence(pronoun).start == 0:
        return None
    before = sentence(_before_sentence(pronoun))
    for verb in reversed(before):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUE_LEMMAS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "it" and depth < 2:
            return _body_cue_before(subject, actors, speakers, res, depth + 1)
        if subject is None or subject.lower_ in res.pronouns:
            continue
        found = _resolve_speaker(subject, actors, [a for a in speakers if a.span.start < subject.i], res)
        return found if found is not None and found.type not in {"person", "group"} else None
    return None


def _cue_speaker_above(pronoun: Token, actors: list[Actor], speakers: list[Actor], res: Resources) -> Actor | None:
    """Return the person who speaks at a cue the pronoun's clause hangs on ("the interior minister said ..., though he
    said ..."): "he" or "she" continues that speaker, though another is the sentence's main subject."""
    verb = pronoun.head
    for _ in range(3):
        if verb.dep_ not in {"advcl", "conj", "ccomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subject is None or subject.lower_ in res.pronouns or verb.lemma_.lower() not in CUE_LEMMAS:
            continue
        found = _resolve_speaker(subject, actors, [a for a in speakers if a.span.start < subject.i], res)
        # (whatever gender the given name reads as: "Rana Sanaullah Khan" is a man)
        if found is not None and found.type == "person":
            return found
    return None


def _plural_description_before(pronoun: Token) -> Token | None:
    """Return the plural common noun ("the experts", "prosecutors") that is the latest main-clause subject before "they",
    in its sentence or the two before ("they" as that subject carries the chain further back); None when that subject is
    anything else."""
    doc = pronoun.doc
    sent = sentence(pronoun)
    for _ in range(3):
        subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
        # ("Some of them revealed": the subject the pronoun is part of carries the chain back)
        if subject is not None and subject.lower_ != "they" and not subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
            if subject.dep_ == "nsubjpass" and subject.tag_ != "NNS" and sent.end <= pronoun.i:
                # "he was arrested ... by four members of the intelligence service. They told him ...": the plural
                # agent of what the sentence before tells was done to someone
                agent = next((g for c in sent.root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                return agent if agent is not None and agent.pos_ == "NOUN" and agent.tag_ == "NNS" else None
            return subject if subject.pos_ == "NOUN" and subject.tag_ == "NNS" else None
        if sent.start == 0:
            break
        sent = sentence(doc[sent.start - 1])
    return None


def _before_sentence(token: Token) -> Token:
    """Return the first word of the sentence before the token's (the token's own first word in the first sentence)."""
    start = sentence(token).start
    return token.doc[start - 1] if start > 0 else token.doc[start]


def _people_together(pronoun: Token, actors: list[Actor]) -> Actor | None:
    """Return the first of two or more people named together as the main subject of the pronoun's sentence or the one
    before ("Ministers Stef Blok and Kasja Ollongren wrote ... . ..., they wrote"): "they" speaks as the first."""
    doc = pronoun.doc
    sent = sentence(pronoun)
    for _ in range(2):
        people = [a for a in actors if a.type == "person" and sent.start <= a.span.start and a.span.end <= pronoun.i
                  and _is_main_subject(a)]
        others = [a for a in actors if a.type != "person" and sent.start <= a.span.start and a.span.end <= pronoun.i
                  and _is_main_subject(a)]
        if len(people) >= 2 and not others and any(t.lower_ == "and" for t in doc[people[0].span.end : people[1].span.start]):
            return people[0]
        if people or others or sent.start == 0:
            return None
        sent = sentence(doc[sent.start - 1])
    return None


def _spokesperson_body(unnamed: Token, actors: list[Actor], speakers: list[Actor], res: Resources) -> Actor | None:
    """Return the body an unnamed spokesperson or official that "he" or "she" continues spoke for as the subject of a
    cue ("..., a Berlin police spokesman told AFP. '...,' he said"): the pronoun goes on speaking for it; any other
    unnamed person ("a friend of the family said") for no one."""
    words = res.attribution_words
    if unnamed.lemma_.lower() not in words["spokesperson"] | words["official"] or unnamed.dep_ != "nsubj" \
            or unnamed.head.lemma_.lower() not in CUE_LEMMAS:
        return None
    body = _resolve_speaker(unnamed, actors, speakers, res)
    return body if body is not None and body.type != "person" else None


def _unnamed_antecedent(pronoun: Token, actors: list[Actor], res: Resources) -> Token | None:
    """Return the unnamed person "he" or "she" continues, if any: the latest main-clause subject before it when a
    person named by a common noun ("a friend of the family said ... . '...,' he said"), not an office."""
    doc = pronoun.doc
    sent = sentence(pronoun)
    # "Johnston Busingye acknowledged ..., though he insisted": a person named in its own sentence, outside a quotation
    if any(
        a.type == "person" and sent.start <= a.span.start and a.span.end <= pronoun.i
        and sum(t.is_quote for t in doc[sent.start : a.span.start]) % 2 == 0 for a in actors
    ):
        return None
    for _ in range(3):
        if sent.start == 0:
            break
        sent = sentence(doc[sent.start - 1])
        # '"A. B," he said': the quotation's own sentences tell nothing of who speaks it
        if _quoted(sent.root):
            continue
        # '"...," he said.': the same pronoun speaking carries the chain further back
        if any(t.dep_ == "nsubj" and t.lower_ == pronoun.lower_ and t.head.lemma_.lower() in CUE_LEMMAS for t in sent):
            continue
        # (or on its auxiliary: "Ablyazov, who is believed to be based in France, was last year sentenced")
        subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None) or next((
            c for aux in sent.root.children if aux.dep_ in {"aux", "auxpass"} and aux.i < sent.root.i
            for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            if any(a.span.start <= subject.i < a.span.end for a in actors) or subject.pos_ == "PROPN":
                return None
            if subject.lower_ in res.pronouns:
                pass  # a pronoun continues the chain further back
            elif subject.pos_ == "NOUN" and subject.tag_ == "NN" and (res.units.get(subject.lemma_.lower()) == "person"
                                                                   or subject.lemma_.lower() in res.attribution_words["spokesperson"]) \
                    and subject.lemma_.lower() not in res.offices and any(c.lower_ in {"a", "an", "the"} for c in subject.children):
                inside = _span_of(subject)
                named = any(inside.start <= a.span.start and a.span.end <= inside.end and a.type == "person" for a in actors)
                return None if named else subject
            else:
                return None
    return None


def _plaintiff(before: Token, actors: list[Actor], filings: frozenset[str]) -> Actor | None:
    """Return who brought a lawsuit: the latest named subject of "sued", "filed" or "brought" before a token, else
    the first named later, as such a subject or as the owner of a filing ("Aljabri's lawsuit")."""
    found = None
    for token in before.doc:
        if token.i >= before.i and found is not None:
            break
        filer = None
        if token.lemma_.lower() in {"sue", "file", "bring", "lodge"} and token.pos_ == "VERB":
            filer = next((c for c in token.children if c.dep_ == "nsubj"), None)
        elif token.i > before.i and token.lemma_.lower() in filings | {"claim"} and token.pos_ == "NOUN":
            filer = next((c for c in token.children if c.dep_ == "poss"), None)
        own = next((a for a in actors if filer is not None and a.span.start <= filer.i < a.span.end), None)
        if filer is not None and filer.lower_ in {"he", "she"}:  # "he filed a petition": the person just named
            own = next((a for a in reversed(actors) if a.type == "person" and a.span.end <= filer.i
                        and filer.i - a.span.start < 80), None)
        if own is not None and own.type in {"person", "ngo", "organization", "group"}:
            found = own
    return found


def _body_named(subject: Token, actors: list[Actor], words: tuple[str, ...]) -> Actor | None:
    """Return the body an unnamed speaker stands for: the latest named before it (for prosecutors, the latest
    prosecuting office before a department), else the first named after."""
    bodies = [
        a for a in actors
        if a.type in {"government", "international_org", "ngo"} and any(re.search(rf"\b{w}", a.name.lower()) for w in words)
        and not (a.span.start <= subject.i < a.span.end)
    ]
    earlier = [a for a in bodies if a.span.end <= subject.i]
    # "Prosecutors said" where the story named a department and its prosecuting office ("the U.S. Attorney's Office"
    # ... "the Justice Department"): the office that prosecutes speaks, the more specific body
    offices = [a for a in earlier if "office" in a.name.lower() or "prosecut" in a.name.lower()]
    if offices and "attorney" in words:
        return offices[-1]
    if earlier:
        return earlier[-1]
    return bodies[0] if bodies else None


def _is_main_subject(actor: Actor) -> bool:
    """True when the actor is the subject of its sentence's main verb (or of a verb joined to it)."""
    root = actor.span.root
    token = root
    while token.dep_ in {"compound", "appos", "conj", "poss"} and token.head.i != token.i:
        token = token.head
    if token.dep_ not in SUBJECTS:
        return False
    verb = token.head
    # ("Ablyazov, who is believed to be based in France, was last year sentenced": the parser hung the subject on the
    # auxiliary of the main verb)
    if verb.dep_ in {"aux", "auxpass"} and verb.head.i > verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _salient(
    pronoun: Token, actors: list[Actor], wanted: str, res: Resources, *, sentences: int = 3, depth: int = 0
) -> Actor | None:
    """Return the latest main-clause subject of a compatible type in this or the previous sentences.

    Centering theory ranks the main-clause subject as the most likely antecedent of a pronoun. A main subject that
    is itself a pronoun of the same kind ("He arrived in Kuala Lumpur."), an office ("The crown prince gave an
    interview.") or the surname of a person named before ("Sisi answered them.") continues that person's chain.
    """
    doc = pronoun.doc
    sent = sentence(pronoun)
    for _ in range(sentences):
        candidates = [
            a for a in actors
            if sent.start <= a.span.start < sent.end and a.span.end <= pronoun.i and _is_main_subject(a)
        ]
        found = _latest(candidates, wanted)
        if found is not None:
            return found
        # ("Baloch was a former chair": a surname the actor finder read as a group still continues the person's chain)
        if not candidates or wanted == "person":
            found = _chained_subject(pronoun, sent, actors, wanted, depth, res)
            if found is not None:
                return found
        if wanted == "person" and sent.end <= pronoun.i and sent.end >= sentence(pronoun).start:
            found = _object_before(sent, actors, res) or _clause_subject_before(sent, actors)
            if found is not None:
                return found
        if sent.start == 0:
            break
        sent = sentence(doc[sent.start - 1])
    return None


def _object_before(sent: Span, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the person the main verb of the sentence right before a pronoun's takes as object (or as a passive's
    agent) when its subject is no person ("Ankara accuses Gulen, a US-based cleric, of orchestrating the coup. He denies
    it"; "police have warned Singh ... . ... he suspects"): after the subject, the object is the likeliest antecedent
    (centering theory). None when the subject is a person or a pronoun, which the subject rules follow."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in res.pronouns or any(
            a.type == "person" and a.span.start <= subject.i < a.span.end for a in actors):
        return None
    # (the agent of a passive verb too: "The claim was brought by Ghanem Al-Masarir, ... . He alleged ...")
    agents = [g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for obj in [c for c in root.children if c.dep_ in {"dobj", "dative"}] + agents:
        own = next((a for a in actors if a.span.start <= obj.i < a.span.end), None)
        if own is not None:
            return own if own.type == "person" else None
        # (a surname alone the actor finder left: the person named before by it)
        named = [a for a in actors if a.type == "person" and a.span.end <= obj.i and obj.pos_ == "PROPN"
                 and not any(c.dep_ == "compound" for c in obj.children) and a.name.split()[-1] == obj.text]
        if named:
            return named[-1]
    return None


def _clause_subject_before(sent: Span, actors: list[Actor]) -> Actor | None:
    """Return the one person who is the subject of a clause (not the main one) of the sentence right before a
    pronoun's, when that sentence's main subject names no one ("It was the sixth threat assessment Burgess has
    delivered. He said ..."): a person of the sentence just before outranks any named further back (centering)."""
    people = {a.name: a for a in actors if a.type == "person" and sent.start <= a.span.start < sent.end
              and a.span.root.dep_ in SUBJECTS}
    return next(iter(people.values())) if len(people) == 1 else None


def _fronted_clause_person(pronoun: Token, actors: list[Actor]) -> Actor | None:
    """Return the one person a clause opening the pronoun's sentence names, the pronoun the main verb's subject ("When
    these concerns were put to Rwandan high commissioner Claude Nikobisanwe, he said: ..."); None when the clause names
    none or several (or only as a possessive: "After police arrested Smith's brother, he said"), and for a clause with
    no subject of its own, whose subject is the pronoun's ("Referring to FETO leader Fetullah Gulen, he said")."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ROOT":
        return None
    people = [
        a for c in verb.children if c.dep_ == "advcl" and c.right_edge.i < pronoun.i
        and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
        for a in actors if a.type == "person" and c.left_edge.i <= a.span.start and a.span.end <= c.right_edge.i + 1
        and a.span.root.dep_ != "poss"
    ]
    return people[0] if len({a.name for a in people}) == 1 else None


def _chained_subject(
    pronoun: Token, sent: Span, actors: list[Actor], wanted: str, depth: int, res: Resources
) -> Actor | None:
    """Return the person or body a sentence's main subject refers to when it names none: a pronoun of the same
    kind, "the <office>", a surname alone, or for "they" a plural description ("the experts")."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
    if subject is None or subject.i == pronoun.i:
        return None
    own = next((a for a in actors if a.span.start <= subject.i < a.span.end), None)
    # a surname alone that the actor finder read as something else ("Baloch" as the people) may still name the person
    if own is not None and not (wanted == "person" and own.type != "person" and len(own.span) == 1 and subject.pos_ == "PROPN"):
        return None
    word = subject.lower_
    if word in res.pronouns and res.pronouns[word] == wanted and depth < 3 \
            and res.gendered.get(word) == res.gendered.get(pronoun.lower_):
        return _salient(subject, actors, wanted, res, depth=depth + 1)
    # "The experts expressed concern ... . They cited ...": "they" continues a plural description that names someone
    if pronoun.lower_ in {"they", "them"} and subject.pos_ == "NOUN" and subject.tag_ == "NNS":
        return _described_before(subject, actors, res)
    # "The petition stated ... . It also said", "the channel moved ... . It returned, saying": "it" continues a singular
    # description, which speaks for whom it stands for (the one who filed it, the outlet named before)
    if pronoun.lower_ == "it" and subject.pos_ == "NOUN" and subject.tag_ == "NN":
        return _resolve_speaker(subject, actors, [], res)
    if wanted != "person":
        return None
    if _office(subject, res) is not None and any(c.lower_ == "the" for c in subject.children):
        return _office_holder(subject, actors, res)
    if subject.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in subject.children):
        named = [a for a in actors if a.type == "person" and a.span.end <= subject.i and a.name.split()[-1].split("-")[-1] == subject.text]
        return named[-1] if named else None
    return None


def _described_person(subject: Token, actors: list[Actor], speakers: list[Actor], res: Resources) -> Actor | None:
    """Return the person a definite description of one person stands for ("the VSD chief said" after "Darius
    Jauniskis, chief of the State Security Department (VSD),"; "the judge" after "Judge Regine Griess"): the person
    named at the latest earlier use of its head noun in the singular; "the 56-year-old" is the person named with that
    age ("Dai, 56,", "56-year-old Dai"), else the person who last spoke. None when that use names no person (no one
    named with the role, or a body: "a police official said ... . The police official added") or when the subject
    holds a name of its own ("the Interior Ministry official")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or any(c.dep_ in {"poss", "appos"} for c in subject.children):
        return None
    span = _span_of(subject)
    age = next((n for c in subject.children if c.lower_ == "year" for n in c.children if n.dep_ == "nummod" and n.like_num), None)
    if subject.lower_ == "old" and age is not None:
        text = doc_text(subject.doc)
        aged = [a for a in actors if a.type == "person" and a.span.end <= span.start and (
            re.match(rf",\s*{re.escape(age.text)}\b", text[a.span.end_char : a.span.end_char + 8])
            or text[max(0, a.span.start_char - 16) : a.span.start_char].endswith(f"{age.text}-year-old "))]
        return aged[-1] if aged else _latest([a for a in speakers if subject.i - a.span.start < 200], "person")
    lemma = subject.lemma_.lower()
    # ("the Spokesperson said" after "Foreign Office Spokesperson X": a capitalised speaker's role, tagged a proper noun,
    # is the person named with it as title; offices keep their own rule)
    proper = subject.tag_ == "NNP" and lemma in res.attribution_words["spokesperson"] and _office(subject, res) is None
    if (subject.tag_ != "NN" and not proper) or lemma in res.attribution_words["generic_person"] \
            or (res.units.get(lemma) != "person" and _office(subject, res) is None and not proper):
        return None
    mention = next((m for m in _earlier_uses(subject) if m.tag_ == "NN"), None)
    found = _named_at(mention, actors) if mention is not None else None
    # ("Judge Regine Griess": the word as a title, tagged a proper noun, before a person's name)
    titled = next((
        a for a in reversed(actors) if a.type == "person" and a.span.end <= span.start and a.span.start > 0
        and (mention is None or a.span.start > mention.i) and lemma in {a.span[0].lower_, subject.doc[a.span.start - 1].lower_}
    ), None)
    # ("The 41-year-old prince said" after "X, a Saudi prince, told ... He believes ... by Crown Prince Y": of two people
    # the description fits, the one who spoke last, the story's speaker, not one named in passing in his claim)
    if not (found is not None and titled is not None and found.type == "person" and speakers
            and speakers[-1].name == found.name != titled.name):
        found = titled or found
    if found is None or found.type != "person":
        return None
    # a body the description names must be the one named with the person ("the VSD chief": "chief of the State
    # Security Department (VSD)"), not another ("the Interior Ministry official" after "a Foreign Ministry official, X,")
    inside = {a.name for a in actors if span.start <= a.span.start < span.end}
    around = sentence(found.span[0])
    if inside and not any(a.name in inside for a in actors if around.start <= a.span.start < around.end):
        return None
    return found


def _office(token: Token, res: Resources) -> str | None:
    """Return the office a word names, singular or plural, however the tagger took it ("the Ministers wrote", "the PM",
    "the PS")."""
    for word in (token.lemma_.lower(), token.lower_):
        if word in res.offices or word in res.office_abbreviations:
            return word
        if word.endswith("s") and word[:-1] in res.offices:
            return word[:-1]
    return None


def _office_holder(office: Token, actors: list[Actor], res: Resources) -> Actor | None:
    """Return the latest person named with the office as title before it ("Crown Prince Mohammed bin Salman", "the
    crown prince, Mohammed bin Salman", "Mélanie Joly, the foreign minister"; "Ministers Stef Blok and ...")."""
    doc = office.doc
    word = _office(office, res)
    # "the PS": a person named with the abbreviation or with a title it shortens ("Foreign Principal Secretary X")
    titles = res.office_abbreviations.get(word or "", ())
    for actor in reversed([a for a in actors if a.type == "person" and a.span.end <= office.i]):
        sent = sentence(actor.span[0])
        window = doc[max(sent.start, actor.span.start - 4) : min(sent.end, actor.span.end + 4)]
        written = f" {' '.join(t.lower_ for t in window)} "
        if any(_office(t, res) == word for t in window) or any(f" {title} " in written for title in titles):
            # "the Ministers": of people named together with the office, the first
            root = actor.span.root
            while word != office.lower_ and root.dep_ == "conj" and root.head.i < root.i:
                root = root.head
            return next((a for a in actors if a.type == "person" and a.span.start <= root.i < a.span.end), actor)
    return None


def _bare_use_before(office: Token, holder: Actor, res: Resources) -> Token | None:
    """Return the bare office ("The Prime Minister told MPs") used as a speaker before the holder found for a later one
    was named with a demonym ("Canadian Prime Minister Justin Trudeau"): a foreign holder named in passing; the bare
    office keeps the referent it had."""
    doc = office.doc
    sent = sentence(holder.span[0])
    window = doc[max(sent.start, holder.span.start - 4) : holder.span.start]
    if not any(t.lower_ in res.demonyms for t in window):
        return None
    word = _office(office, res)
    bare = {word, *res.office_abbreviations.get(word or "", ())}
    for token in doc[: holder.span.start]:
        if token.dep_ in SUBJECTS and _office(token, res) is not None and any(c.lower_ == "the" for c in token.children):
            if " ".join(t.lower_ for t in token.subtree if t.lower_ != "the") in bare:
                return token
    return None


def _latest(actors: list[Actor], wanted: str, *, noun: str | None = None, group_words: frozenset[str] = frozenset()) -> Actor | None:
    if wanted == "nongov":  # "the group said": an NGO named before, else another organisation, else a body of a group's name
        return _latest(actors, "ngo") or _latest(actors, "organization") or next((
            a for a in reversed(actors) if a.type not in {"person", "group", "state"} and group_words & set(a.name.casefold().split())
        ), None)
    for actor in reversed(actors):
        if wanted == "any" and actor.type != "group":
            return actor
        if wanted == "person" and actor.type == "person":
            return actor
        if wanted == "people" and actor.type in {"person", "group"}:
            return actor
        if wanted == "org" and actor.type in {"ngo", "media", "government", "international_org", "organization", "state"}:
            return actor
        if wanted == actor.type:
            if noun and actor.type == "government" and noun not in actor.name.lower() and noun not in actor.span.text.lower():
                continue
            return actor
    return None


def _content(verb: Token, doc: Doc, res: Resources) -> Span | None:
    """Return the claim: the verb's clausal complement, its object with what completes it, or a neighbouring quotation.

    A claim may stand before its cue: quoted ('"...," said X') or not ("Russia knew who they were, he said").
    """
    if verb.lemma_.lower() == "plead":
        return _plea(verb)
    # '"...," Fawad was quoted as saying by Dawn': the quotation before the one quoted, where the parser hung the claim
    # on "quoted"
    if _quoted_as(verb) and not any(c.dep_ == "ccomp" for c in verb.children) and (quoted := _subject(verb)) is not None \
            and (quote := _adjacent_quote(verb, doc, before=quoted.left_edge.i)) is not None:
        return quote
    if (have := _split_perfect(verb)) is not None:
        # "has in the past dismissed accusations that ...": the noun is the object, with the "as" phrase the parser hung
        # on "have" ("... as fabrications")
        end = verb.head.right_edge.i + 1
        following = doc[end] if end < len(doc) else None
        if following is not None and following.lower_ == "as" and following.head == have:
            end = following.right_edge.i + 1
        return _trim(doc[verb.i + 1 : end])
    introduced = _introduced_quote(verb, doc, res)
    quote = _adjacent_quote(verb, doc)
    # a quotation closed by a comma in the cue's own sentence ('"A," he said', '"A?" she asked'), not one of the
    # sentence before ('"X." He said: ...')
    closed_here = quote is not None and sentence(verb).start <= quote.end < verb.i and any(
        t.text in {",", "?", "!"} for t in doc[quote.end : min(quote.end + 2, verb.i)]
    )
    # ... and one that opens the sentence ('"...," Slovak authorities announced, signalling ...'), not a phrase quoted
    # inside it ('accused them of what they termed "digital terrorism", alleging they ...')
    opening = quote is not None and closed_here and all(t.is_punct for t in doc[sentence(verb).start : quote.start])
    if introduced is not None:
        # '"A," he said, "B."': a quotation the cue splits is one claim, from its first words to its last
        return doc[quote.start : introduced.end] if quote is not None and closed_here else introduced
    if quote is not None and closed_here:
        # '"A," he said. "B."': the quotation goes on after the cue's sentence
        quote = _continued_quote(verb, quote)
        # "'...', said Gulnoza Said, Central Asia coordinator at the Committee to Protect Journalists": with the speaker
        # after the cue, the quotation is the claim, whatever the parser hung on the cue from the speaker's description
        if any(c.dep_ in SUBJECTS and c.i > verb.i for c in verb.children):
            return quote
        # 'X revealed that Karima had received messages that said, "We know where you live", the Toronto Sun reported': a
        # quotation another cue of the sentence introduces is part of the claim a closing cue reports, from the
        # sentence's start
        said = quote.start - 2
        if said - 1 > sentence(verb).start and doc[said].text in {",", ":"} and doc[said - 1].lemma_.lower() in CUE_LEMMAS \
                and doc[said - 1].pos_ == "VERB" and (claim := _claim_before(verb)) is not None and claim.start < said:
            return claim
    # "In one case, he said, a regime had tried ...": a parenthetical cue, the claim is its host clause after it
    if verb.dep_ == "parataxis" and not opening:
        host = verb.head
        cue_start, cue_end = verb.left_edge.i, verb.right_edge.i + 1
        after = [t for t in doc[cue_end : host.right_edge.i + 1] if not t.is_punct]
        before = [t for t in doc[host.left_edge.i : cue_start] if not t.is_punct]
        if host.i < cue_start and len(before) <= 2 and len(after) >= 3:
            # "There was, she wrote, no evidence of ...": a word or two before the cue, the claim runs on after it
            return _trim(doc[cue_end : host.right_edge.i + 1])
        if host.i < cue_start:  # "Russia knew who the men were, he said, and ...": the clause before
            return _trim(doc[host.left_edge.i : cue_start])
        if cue_end < host.right_edge.i + 1:  # "In one case, he said, a regime had tried ...": the clause after
            end = host.right_edge.i + 1
            # "In total, prosecutors said, he received $300,000, much of it wired ...": a clause after a bare comma
            # that the parser made the head of the claim goes on with it (not a cue of its own: "..., police said")
            if host.dep_ == "ccomp" and host.head.i > end and end < len(doc) and doc[end].text == "," \
                    and host.head.lemma_.lower() not in CUE_LEMMAS:
                end = host.head.right_edge.i + 1
            return _trim(doc[cue_end:end])
    # a clause after the cue before one ahead of it ("In a statement issued that day, the embassy said China ...")
    for child in sorted(verb.children, key=lambda c: c.i < verb.i):
        if child.dep_ == "xcomp" and child.i > verb.i and child.lemma_.lower() in res.attribution_words.get("citing_verb", ()):
            continue  # '"...," ANI reported quoting an official': the participle names the report's source, not its claim
        # "announced new sanctions to tackle the threat ...": an object cue's noun object with the purpose right after it
        # is the claim (below), not the purpose alone
        if child.dep_ == "xcomp" and child.i > verb.i and doc[child.left_edge.i].lower_ == "to" \
                and verb.lemma_.lower() in res.object_cues and any(
                    c.dep_ == "dobj" and c.right_edge.i + 1 == child.left_edge.i for c in verb.children):
            continue
        # "said in a statement that Interpol had issued notices against ... Ahmed Najati, both of whom hold American
        # citizenship": a relative clause ("both of whom", "some of which") the parser hung on the cue is no claim of its
        # own; the that-clause it closes is (below)
        if child.dep_ == "ccomp" and child.i > verb.i and any(
                c.dep_ == "nsubj" and any(g.dep_ == "prep" and any(w.lower_ in {"whom", "which"} for w in g.children)
                                          for g in c.children) for c in child.children):
            continue
        if child.dep_ in {"ccomp", "xcomp", "parataxis"}:
            clause = _span_of(child)
            # "The movement is outlawed in India; in July 2022, the agency accused him of ...": a clause a semicolon
            # closes before the cue is a sentence of its own, not the claim
            if child.i < verb.i and any(t.text == ";" for t in doc[clause.end : verb.i]) and quote is None:
                continue
            if child.i < verb.i and quote is not None and not clause.start < quote.start - 1 < clause.end:
                return quote  # '"...," said X': the quotation, without its marks
            # '"...," Slovak authorities announced, signalling the matter won't be put to rest': with a quotation closed
            # by a comma before its speaker and cue, what follows the cue is the speaker's further act, not the claim
            if child.i > verb.i and opening and quote is not None \
                    and not any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                return quote
            if child.i < verb.i:
                # "The brothers were not home, and the official told ..., Salimpur said": a second clause the parser hung
                # on the closing cue, joined to the first, is the claim's too
                following = next((c for c in verb.children if c.dep_ == "ccomp" and clause.end <= c.left_edge.i < verb.i
                                  and all(t.is_punct or t.dep_ == "cc" for t in doc[clause.end : c.left_edge.i])), None)
                if following is not None and clause.end > clause.start and doc[clause.end - 1].dep_ == "cc":
                    clause = doc[clause.start : following.right_edge.i + 1]
            if child.i > verb.i:
                clause = _claim_clause(child, verb)
                # "It said another blogger based in Vietnam, who was not named ..., was targeted", "said on Twitter Dundar's
                # sentence does not violate ...": the noun a clause cue seems to take as object, right before a clause with
                # no subject of its own, is that clause's subject
                subject = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
                                and verb.i < c.i and c.right_edge.i < child.left_edge.i), None)
                if subject is not None and verb.lemma_.lower() in CLAUSE_CUES and clause.start == child.left_edge.i \
                        and not any(c.dep_ in SUBJECTS | {"expl"} for c in child.children) \
                        and all(t.is_punct for t in doc[subject.right_edge.i + 1 : child.left_edge.i]):
                    clause = doc[subject.left_edge.i : clause.end]
                # "confirmed that Maxim Kuzminov was a “traitor” who had defected ..., the head of ... said": a claim ending
                # on a copula whose complement the parser hung on a later verb runs on with that complement (short of a
                # description after a comma that closes it, the next speaker's)
                if child.lemma_ == "be" and clause.end == child.i + 1 < sentence(child).end and not any(
                        c.dep_ in {"attr", "acomp", "oprd", "ccomp", "xcomp", "prep", "advmod"} for c in child.children):
                    complement = doc[child.i + 1]
                    while complement.head.i > child.i and complement.head.pos_ not in {"VERB", "AUX"} and complement.head.i != complement.i:
                        complement = complement.head
                    end = complement.right_edge.i + 1
                    end = next((t.left_edge.i - 1 for t in doc[child.i + 1 : end] if t.dep_ == "appos" and t.right_edge.i == end - 1
                                and doc[t.left_edge.i - 1].text == ","), end)
                    if complement.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "PUNCT"} and end > child.i + 1:
                        clause = doc[clause.start : end]
                if not any(t.is_quote for t in clause):
                    clause = _without_closing_description(clause, clause=True)
                # "affairs which it said were internal", "a trial that officials said fell short": what follows the cue
                if clause.start < verb.i:
                    clause = doc[verb.i + 1 : clause.end]
            return _trim(clause)  # a clause that only ends in a quotation is the claim, quote marks and all
    # "warned of threats", "warned against misusing terrorism laws", "warned two journalists of threats to their
    # lives": the warning is the phrase of its preposition (attribution_words.tsv warning_preposition), the hearer with it
    if verb.lemma_.lower() == "warn" and (warning := _warning(verb, res)) is not None:
        hearer = next((c for c in verb.children if c.dep_ == "dobj" and c.i < warning.i), None)
        return _trim(doc[(hearer.left_edge.i if hearer is not None else warning.i) : warning.right_edge.i + 1])
    if verb.lemma_.lower() in res.attribution_words["hearer_verb"]:
        # "warned Tehran at the time that it would not accept ...": a that-clause the parser hung elsewhere
        # ("..., Israel and Sweden warned on May 30": a claim before its closing speaker)
        return quote or _that_clause(verb, doc) or _clause_on_hearer(verb) or _claim_before(verb) or _as_host(verb, told=True)
    # "called for the release of ...", "called on governments to ...": the preposition's phrase is the claim
    for child in verb.children:
        if child.dep_ in {"prep", "prt"} and child.lower_ in {"for", "on"} and child.i == verb.i + 1 and verb.lemma_.lower() in {"call", "urge"}:
            end = max([child.right_edge.i] + [c.right_edge.i for c in verb.children if c.i > child.i and c.dep_ in {"xcomp", "ccomp"}])
            return _trim(doc[child.i + 1 : end + 1])
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"} and c.i > verb.i]
    if objects and objects[0].lemma_.lower() in res.attribution_words["legal_act"] and res.cues.get(verb.lemma_.lower()) == "deny":
        return None  # "a judge dismissed the case", "rejected his appeal": a ruling, not a claim
    if objects and verb.lemma_.lower() not in res.object_cues and not _document_says(verb, res):
        return quote  # "published a report", "charged eight people": an object that is no claim
    if objects:
        child = objects[0]
        if child.pos_ == "PRON" and child.lower_ in {"what", "which", "that", "this"}:
            return quote
        # a clause on the object that is itself a cue ("refuted these reports stating that ...") is its own attribution;
        # an infinitive is the object's purpose ("announced plans for a new regime to hold Iran to account"), the claim's
        clauses = [
            c for c in child.children
            if c.i > child.i and c.dep_ in {"acl", "relcl", "advcl"} and c.lemma_.lower() in CUE_LEMMAS
            and not (c.tag_ == "VB" and doc[c.left_edge.i].lower_ == "to")
        ]
        end = clauses[0].left_edge.i if clauses else child.right_edge.i + 1
        # "accused X of Y", "described it as Y", "called it Y", "criticized X for Y", "attributed X to Y": the completion
        # belongs to the claim (a second object right after the first too, but for a quotation mark: "branded the group
        # a terrorist organisation", "calling it 'a form of repression'", read as two objects)
        for sibling in verb.children:
            if sibling.i >= end and (
                (sibling.dep_ == "prep" and sibling.lower_ in {"of", "as", "for"}) or sibling.dep_ in {"oprd", "xcomp", "ccomp"}
                or (sibling.dep_ == "dobj" and sibling.i > child.i and all(t.is_quote for t in doc[end : sibling.left_edge.i]))
                or (sibling.dep_ == "prep" and sibling.lower_ == "to"
                    and verb.lemma_.lower() in res.attribution_words["to_completed_verb"])
            ):
                end = sibling.right_edge.i + 1
            # "citing its rules against ... persecution", "condemned the actions of ... following the announcement of
            # warrants": a phrase right after the object, no comma between, that the parser hung on the cue
            elif sibling.i == end and sibling.dep_ == "prep" and sibling.lower_ in res.attribution_words.get("object_preposition", ()):
                end = sibling.right_edge.i + 1
            # "announced charges on Wednesday against an Indian national": so too past a time phrase between them
            elif sibling.i == end and sibling.dep_ == "prep" and _time_phrase(sibling) and (completing := next((
                    c for c in verb.children if c.i == sibling.right_edge.i + 1 and c.dep_ == "prep"
                    and c.lower_ in res.attribution_words.get("object_preposition", ())), None)) is not None:
                end = completing.right_edge.i + 1
            # "accused the men of committing lese majeste (insulting the monarchy), including by operating ...": a gloss in
            # brackets and, after a comma, the examples the claim gives go on with it
            elif sibling.i >= end and sibling.left_edge.i <= end and "(" in {doc[end].text, doc[end - 1].text} \
                    and doc[sibling.right_edge.i].text == ")":
                end = sibling.right_edge.i + 1
            elif sibling.i == end + 1 and doc[end].text == "," and sibling.dep_ == "prep" \
                    and sibling.lower_ in res.attribution_words.get("example_preposition", ()):
                end = sibling.right_edge.i + 1
            # "announced new sanctions to tackle the domestic threat": the purpose right after the object, likewise
            elif sibling.dep_ == "advcl" and sibling.left_edge.i == end and doc[end].lower_ == "to" and doc[end].dep_ == "aux":
                end = sibling.right_edge.i + 1
            # "are blaming President Kagame after the ex-spy chief was found strangled": a clause so opened, likewise
            elif sibling.dep_ == "advcl" and sibling.left_edge.i == end and doc[end].dep_ == "mark" \
                    and doc[end].lower_ in res.attribution_words.get("object_preposition", ()):
                end = sibling.right_edge.i + 1
        # "has accused Sweden before of sheltering terrorists", "accused Britain in recent years of ...": a completion the
        # parser hung on a word or a time phrase between it and the object goes on with the claim likewise
        if end == child.right_edge.i + 1 and (between := next((c for c in verb.children if c.i == end and c.dep_ in {"prep", "advmod", "npadvmod"}), None)) is not None:
            completion = next((t for t in doc[end + 1 : min(between.right_edge.i + 1, end + 5)]
                               if t.dep_ == "prep" and t.lower_ in {"of", "as", "for"} and t.head.i < t.i), None)
            # (an adverb alone, or a phrase only of when: not "condemned the arrests in the city of Minsk")
            if completion is not None and not any(t.is_punct for t in doc[end : completion.i]) and (
                    completion.i == end + 1 if between.dep_ != "prep"
                    else all(t.ent_type_ in {"DATE", "TIME"} for t in doc[end + 1 : completion.i])):
                end = completion.right_edge.i + 1
        # "accused Iran of stepping up pressure on journalists ..., calling the moves a 'sharp escalation'": a participle
        # cue set off by a comma, which the parser hung inside the completion, is the speaker's next claim
        set_off = next((t for t in doc[child.i : end] if t.dep_ == "advcl" and t.tag_ == "VBG" and doc[t.i - 1].text == ","
                        and t.left_edge.i == t.i and _reports(t)), None)
        if set_off is not None:
            end = set_off.i - 1
        end = _without_closing_medium(doc[child.left_edge.i : end], res).end
        return _clause_split_at_object(verb, child, end) or _trim(_without_closing_description(doc[child.left_edge.i : end]))
    # "which the Justice Department described as its largest seizure": the characterisation of the noun referred to
    # ("the movement that Ankara blames for a failed coup": the deed it is blamed for; "the group, which Beijing calls
    # a terrorist organisation": the name given); a free relative likewise ("receiving what he describes as threats to
    # his life"), short of how the speaker spoke ('what they described as a "complex operation" without specifying how')
    relative = any(c.dep_ == "dobj" and c.i < verb.i and c.lower_ in {"which", "whom", "that", "who", "what"} for c in verb.children)
    role = next((c for c in verb.children if c.i > verb.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in {"as", "for", "of", "on"}))), None)
    if relative and role is not None and verb.lemma_.lower() in res.object_cues:
        end = role.right_edge.i + 1
        # "FETO, which it accuses of being behind the July 2016 failed coup in Turkey.": a clause closing its sentence
        # runs to the full stop, words the parser hung elsewhere too, when no comma or verb of their own stands there
        rest = list(doc[end : sentence(verb).end])
        while rest and (rest[-1].is_punct or rest[-1].is_space):
            rest.pop()
        if verb.dep_ == "relcl" and rest and not doc[end - 1].is_punct and not any(
                t.is_punct or (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}) for t in rest):
            end = rest[-1].i + 1
        manner = next((t for t in doc[role.i + 1 : end] if t.lower_ == "without" and t.dep_ == "prep"
                       and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)), None)
        return _trim(doc[role.i + (role.dep_ == "prep") : manner.i if manner is not None else end])
    # "the network, which Turkish authorities hold responsible for a failed coup": the charge laid on the noun referred
    # to, an adjective with its "for" or "of" phrase (not a judgement alone: "which he found difficult")
    charge = next((c for c in verb.children if c.i > verb.i and c.dep_ == "acomp"
                   and any(g.dep_ == "prep" and g.lower_ in {"for", "of"} for g in c.children)), None)
    if relative and charge is not None:
        return _trim(doc[charge.i : charge.right_edge.i + 1])
    # "espionage charges that his family and Sweden reject", "an allegation the cleric strongly denies": a denial in a
    # clause on a noun denies that noun (not a ruling: "the appeal the court rejected")
    noun = verb.head
    clause_on_noun = verb.dep_ == "relcl" or (verb.dep_ == "acl" and any(c.dep_ == "nsubj" for c in verb.children))
    if clause_on_noun and role is None and res.cues.get(verb.lemma_.lower()) == "deny" and noun.i < verb.i \
            and noun.pos_ == "NOUN" and noun.lemma_.lower() not in res.attribution_words["legal_act"] \
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
        return _noted_claim(noun) or _trim(doc[noun.left_edge.i : verb.left_edge.i])
    if (described := _what_is_said(verb)) is not None:
        return described
    return quote or _that_clause(verb, doc) or _prepositional_claim(verb, res) or _claim_made_head(verb) \
        or _said_of_subject(verb) or _delayed_clause(verb) or _as_host(verb) or _clause_on_hearer(verb) or _claim_before(verb)


def _warning(verb: Token, res: Resources) -> Token | None:
    """Return the preposition whose phrase is what a cue of warning warns of: on the verb ("warned against misusing
    ..."), or closing the hearer, where the parser hung it on the hearer's words ("warned Bulgarian authorities of the
    risk ...", "warned two journalists working for Iran International of threats"), not a name's own "of" ("the
    Minister of Justice") nor one inside the hearer's words ("warned the families of activists that ...")."""
    words = res.attribution_words.get("warning_preposition", frozenset())
    warning = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in words and c.i > verb.i), None)
    if warning is not None:
        return warning
    hearer = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if hearer is None:
        return None
    return next((t for t in verb.doc[hearer.i + 1 : hearer.right_edge.i + 1] if t.dep_ == "prep" and t.lower_ in words
                 and t.right_edge.i == hearer.right_edge.i and not t.ent_type_
                 and any(c.dep_ in {"pobj", "pcomp"} and c.pos_ != "PROPN" and not c.ent_type_ for c in t.children)), None)


def _what_is_said(verb: Token) -> Span | None:
    """Return what a relative or free relative clause says of the thing it is on ("in what the AKP government says is
    an effort to cleanse ...", "the embassy, which he claims sold false documents to migrants"), when the parser hung
    the relative pronoun on the cue beside the cue's own subject and the verb after the cue elsewhere: that verb with
    what completes it, up to a clause of contrast after a comma."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    if len(subjects) < 2 or subjects[0].lower_ not in RELATIVE_PRONOUNS | {"what"} or verb.i + 1 >= len(doc):
        return None
    claim = doc[verb.i + 1]
    if claim.pos_ not in {"VERB", "AUX"} or claim.tag_ not in {"VBD", "VBZ", "VBP"} or claim.head.i == verb.i \
            or any(c.head.i == verb.i for c in claim.children):
        return None
    if claim.lemma_ == "be":
        complement = next((c for c in claim.children if c.dep_ in {"attr", "acomp"} and c.i > claim.i), None)
        if complement is None:
            return None
        end = complement.right_edge.i + 1
    else:
        end = claim.right_edge.i + 1
    cut = next((t.i for t in doc[claim.i : end] if t.text == "," and t.i + 1 < end and doc[t.i + 1].dep_ in {"mark", "cc"}), end)
    return _trim(doc[claim.i : cut])


def _noted_claim(noun: Token) -> Span | None:
    """Return the claim a claim noun set off after a comma or dash stands for ("considers Gulen's movement to be a
    terrorist organization – a claim that Gulen denies": "Gulen's movement to be a terrorist organization"): the clause
    it closes, from its start, or from after the cue that makes it, or from the sentence's start; None for a noun that
    is no such note ("the allegations he denies")."""
    doc = noun.doc
    if noun.lemma_.lower() not in CLAIM_NOUNS or noun.dep_ != "appos" or noun.head.i > noun.i:
        return None
    mark = noun.left_edge.i - 1
    if mark <= 0 or (doc[mark].text != "," and doc[mark].text not in DASHES):
        return None
    start = sentence(noun).start
    token = noun.head
    while token.head.i != token.i:
        if token.dep_ in {"ccomp", "xcomp"}:
            start = token.left_edge.i
            break
        token = token.head
        if token.lemma_.lower() in CUE_LEMMAS and token.pos_ == "VERB":
            start = token.i + 1
            break
    return _trim(doc[start:mark]) if start < mark else None


def _without_closing_description(span: Span, *, clause: bool = False) -> Span:
    """Return a claim made of a cue's object without an indefinite description of a name that closes it after a comma
    ("accused Vietnam of kidnapping Trinh Xuan Thanh, a former employee of PetroVietnam who ..."): the story's own words
    on whom the claim names (not a list the parser read as an apposition: "describes a democracy ..., a bureaucracy ...")."""
    doc = span.doc
    last = span.end - 1
    while last > span.start and doc[last].is_punct:
        last -= 1
    for token in span:
        if token.head.pos_ != "PROPN" or token.right_edge.i != last or token.left_edge.i - 1 <= span.start + 1 \
                or doc[token.left_edge.i - 1].text != ",":
            continue
        # (", who was sentenced to death in absentia", closing a that-clause, likewise)
        # (in a clause an apposition is as often the claim's own comment: "..., a pattern that has been repeated ...")
        if (token.dep_ == "appos" and not clause and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)) or (
                token.dep_ == "relcl" and doc[token.left_edge.i].lower_ in {"who", "whose"}):
            return doc[span.start : token.left_edge.i - 1]
    return span


def _without_closing_medium(span: Span, res: Resources) -> Span:
    """Return a claim made of a cue's object without a phrase closing it that tells how the speech was made ("welcomed
    the detentions in a statement on Telegram", "condemned the raid at a news conference"), which the parser hung on the
    object: an indefinite noun of a speech's medium (attribution_words.tsv speech_medium) after "in", "at", "during",
    "via" or "through" ("denied the claims in the letter", a definite one, may be where the claims were made)."""
    doc = span.doc
    media = res.attribution_words.get("speech_medium", ())
    for token in span[1:]:
        if token.dep_ == "prep" and token.lower_ in {"in", "at", "during", "via", "through"} and token.head.i < token.i \
                and token.right_edge.i >= span.end - 1 and (noun := next((c for c in token.children if c.dep_ == "pobj"), None)) is not None \
                and noun.lemma_.lower() in media and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
            return doc[span.start : token.i]
    return span


def _without_claim_on_it(span: Span) -> Span:
    """Return a claim without the story's note on it that closes it after a comma or a dash ("believes Thai
    authorities were behind the incident, an accusation that was ridiculed by the army chief", "accuses Gulen of
    masterminding a coup – an allegation the cleric denies"): a claim noun with a clause on it is another's answer
    to the claim, not part of it."""
    doc = span.doc
    last = span.end - 1
    while last > span.start and doc[last].is_punct:
        last -= 1
    for token in span:
        if token.lemma_.lower() not in CLAIM_NOUNS or token.pos_ != "NOUN" or _quoted(token):
            continue
        before = token.i - 1
        while before > span.start and doc[before].dep_ in {"det", "amod"} and doc[before].head == token:
            before -= 1
        if before <= span.start + 1 or (doc[before].text != "," and doc[before].text not in DASHES) \
                or token.right_edge.i < last or not any(c.dep_ in {"relcl", "acl"} for c in token.children):
            continue
        return _trim(doc[span.start : before]) or span
    return span


def _clause_on_hearer(verb: Token) -> Span | None:
    """Return the claim after a cue's hearer that the parser hung on the hearer as a relative clause ("told the crowd he
    had not slept since the final", read as "the crowd [that] he had not slept"): a clause with its own subject right
    after the hearer, no relative pronoun."""
    hearer = next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None)
    # "said at the time it suspected Russia", read as "the time [when] it suspected Russia": the object of a phrase of
    # time right after the cue, with no claim of its own, is followed by the claim the same way
    if hearer is None and not any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in verb.children):
        hearer = next((g for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1
                       for g in c.children if g.dep_ == "pobj" and (g.ent_type_ in {"DATE", "TIME"} or g.lemma_ == "time")), None)
    if hearer is None:
        return None
    clause = next((c for c in hearer.children if c.dep_ == "relcl" and c.i > hearer.i), None)
    if clause is None or clause.left_edge.i != max(t.i for t in hearer.subtree if t.i < clause.left_edge.i) + 1:
        return None
    # "told the crowd he addressed that ...": a true relative clause, its gap the hearer; one whose object is there
    # ("told the publication he joined the group as an academic") has no gap, so is the claim
    if any(c.dep_ == "ccomp" for c in clause.children) or any(
            c.dep_ == "prep" and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in clause.children):
        return None  # (nor "told the crowd he spoke to ...", its gap a preposition's)
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i != clause.left_edge.i or subject.lower_ in RELATIVE_PRONOUNS | {"whom", "whose"}:
        return None
    return _trim(verb.doc[clause.left_edge.i : clause.right_edge.i + 1])


def _document_says(verb: Token, res: Resources) -> bool:
    """True for a cue whose subject is a document ("the report finds at least 608 cases", "the new report identifies
    102 stations"): what a document finds, lists or identifies is its author's claim, a noun object alone too."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in res.attribution_words["document"] for c in verb.children)


def _colon_quote(content: Span) -> Span:
    """Return a claim with the quotation a colon right after it opens ('stressed that a normal routine is crucial:
    "the best policy is to keep everyday business as usual."'): the quotation bears the claim out."""
    doc = content.doc
    colon = content.end
    if colon + 2 >= len(doc) or doc[colon].text != ":" or doc[colon + 1].text not in OPENING_QUOTES:
        return content
    sent = sentence(doc[colon])
    close = next((t.i for t in doc[colon + 2 : min(sent.end, colon + MAX_QUOTE_TOKENS)] if t.text in CLOSING_QUOTES), None)
    if close is None or close <= colon + 2:
        return content
    return _trim(doc[content.start : close + 1]) or content


def _quote_closed(content: Span, before: int) -> Span:
    """Return a claim that opens a quotation it does not close ('noting that the situation was "unpleasant, but
    expected"', where the parser ended the clause at the comma) run on to the closing mark, when that mark comes in the
    claim's sentence (or, for a quotation the claim opens with, its paragraph) before the word at `before` (its cue or
    speaker after it) and no other quotation opens first."""
    doc = content.doc
    # (the marks found in the Doc's tag and word columns, without a Token per word of the claim)
    tags, words = column(doc, "TAG"), texts(doc)
    opening, closing = get_string_id("``"), get_string_id("''")
    # (the mark right before the claim opens it too: 'said that "I regret nothing. If I had to do it again, ..."')
    first = content.start - 1 if content.start > 0 and (tags[content.start - 1] == opening or words[content.start - 1] == "\u201c") \
        else content.start
    opened = [i for i in range(first, content.end) if tags[i] == opening or words[i] == "\u201c"]
    closed = [i for i in range(content.start, content.end) if tags[i] == closing or words[i] == "\u201d"]
    if not opened or (closed and closed[-1] > opened[-1]):
        return content
    limit = min(len(doc), before if before > content.end else len(doc), content.end + MAX_QUOTE_TOKENS)
    # a quotation opened where the claim opens, still open at its sentence's end, goes on over the sentences of its
    # paragraph to its closing mark ('said that "I regret nothing. If I had to do it again, I would do it."'): the
    # speaker's words, all of them; any other ends with the claim's sentence (and one the rules above already ran on past
    # its first sentence is whole as it is)
    end = sentence(content[0]).end
    whole = opened[0] == first and content.end <= end
    for i in range(content.end, limit):
        if i >= end and (not whole or "\n" in words[i]):
            return content
        if whole and words[i] in SINGLE_QUOTES:
            continue  # (a quotation inside it: "must first undergo a 'political screening committee' that ...")
        if tags[i] == opening or words[i] == "\u201c":
            return content
        if tags[i] == closing or words[i] == "\u201d":
            # (a claim the mark closes right after, but for a full stop or comma, is whole: 'by chekists [security agents].”')
            return content if all(doc[j].is_punct for j in range(content.end, i)) else _trim(doc[first : i + 1]) or content
    return content


def _claim_made_head(verb: Token) -> Span | None:
    """Return the claim of a cue with its own subject that the parser hung on the claim's verb after it ("While China
    claims these facilities are training centres, ...", read as "claims" modifying "are"): the clause after the cue."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i + 1 or head.pos_ not in {"VERB", "AUX"} or head.i >= sentence(verb).end:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(c.i > verb.i for c in verb.children):
        return None
    between = verb.doc[verb.i + 1 : head.i]
    if any(t.is_punct or t.head.i < verb.i + 1 or t.head.i > head.right_edge.i for t in between) \
            or not any(c.dep_ in {"nsubj", "nsubjpass"} and verb.i < c.i < head.i for c in head.children):
        return None
    end = max([head.i] + [c.right_edge.i for c in head.children if c.i > head.i and not c.is_punct])
    return _trim(verb.doc[verb.i + 1 : end + 1])


def _said_of_subject(verb: Token) -> Span | None:
    """Return the claim a clause on a noun makes of it when the parser hung the noun as the subject of the claim's verb
    after the cue ("..., a verdict she said was punishment for her efforts", read as "a verdict was punishment" with "she
    said" on "verdict"): that verb with what follows it; None with a relative pronoun or words of the cue's own."""
    doc = verb.doc
    noun, claim = verb.head, verb.head.head
    if verb.dep_ != "relcl" or noun.dep_ not in {"nsubj", "nsubjpass"} or claim.pos_ not in {"VERB", "AUX"} \
            or claim.i != verb.i + 1 or claim.right_edge.i >= sentence(verb).end:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or subject.lower_ in {"whom", "whose"} \
            or any(c.i > verb.i for c in verb.children) or subject.left_edge.i != noun.i + 1:
        return None
    return _trim(doc[claim.i : claim.right_edge.i + 1])


def _prepositional_claim(verb: Token, res: Resources) -> Span | None:
    """Return the phrase of the preposition that opens a cue's claim ("alluded to the spy ring", "remarked on the
    heightened tension", "has spoken out about being arrested"), not a relative pronoun ("which he referred to")."""
    lemma = verb.lemma_.lower()
    claims = res.attribution_words.get("prepositional_claim", frozenset())
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and f"{lemma} {c.lower_}" in claims), None)
    if prep is None or not any(c.dep_ in {"pobj", "pcomp"} for c in prep.children):
        return None
    if any(c.dep_ == "pobj" and c.lower_ in RELATIVE_PRONOUNS for c in prep.children):
        return None
    return _trim(verb.doc[prep.i + 1 : prep.right_edge.i + 1])


def _as_host(verb: Token, *, told: bool = False) -> Span | None:
    """Return the clause an "as" clause of reporting vouches for ("he went missing on January 26, as CPJ reported at the
    time", "he was detained at an apartment complex, as reported by Radio Free Asia"): the host clause without it;
    None for a cue that is no such clause or has a claim of its own. A cue that names its hearer (``told``) closing
    its host after a comma vouches for it with only its hearer after it, whoever speaks ("..., was not allowed into
    Georgia, as she told Formula TV")."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    doc = verb.doc
    hearer = told and mark is not None and mark.i == verb.left_edge.i and mark.i > 0 and doc[mark.i - 1].text == "," \
        and verb.head.i < mark.i and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children) \
        and all(c.dep_ in {"dobj", "prep", "npadvmod", "advmod", "punct"} for c in verb.rights)
    if verb.dep_ != "advcl" or mark is None or (not hearer and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)):
        return None  # "as she described the ordeal": a claim of its own, or none
    # only a named speaker right after "as" ("as CPJ reported", "as first reported by"), not a pronoun ("as they have
    # shown in many demonstrations": because) nor a clause ("as fears they were targeted ... Ankara blames")
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    between = set(range(mark.i + 1, verb.i))
    if subject is not None:
        if subject.pos_ == "PRON" and not hearer:
            return None
        between -= set(range(subject.left_edge.i, subject.right_edge.i + 1))
    if any(doc[i].head.i != verb.i or doc[i].dep_ not in {"aux", "auxpass", "advmod", "neg"} for i in between):
        return None
    host = verb.head
    if verb.left_edge.i > host.left_edge.i:  # the clause closes its host: the host before it
        return _trim(doc[host.left_edge.i : verb.left_edge.i])
    return _trim(doc[verb.right_edge.i + 1 : host.right_edge.i + 1])  # "As CPJ reported, he ...": the host after it


def _clause_split_at_object(verb: Token, obj: Token, end: int) -> Span | None:
    """Return the claim clause the parser split at its first noun ("alleged the threats and harassment continued for
    years": "the threats and" read as the object, "harassment continued ..." as a clause joined to the cue): from the
    object to the end of the joined clause; None for an object that is no such split."""
    doc = verb.doc
    last = doc[end - 1]
    # "will allege the woman, who is also a resident, was tasked by ...": the object's relative clause ends at a comma and
    # the claim's verb, with no subject of its own, was joined to the cue
    after = end if doc[end - 1].text == "," else end + 1 if end < len(doc) and doc[end].text == "," else None
    if after is not None and any(c.dep_ == "relcl" for c in obj.children):
        passive = next((
            c for c in verb.children
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.left_edge.i == after
            and not any(s.dep_ in SUBJECTS for s in c.children)
            and any(a.dep_ in {"aux", "auxpass"} and a.i == after and a.tag_ in {"VBD", "VBZ", "VBP"} for a in c.children)
        ), None)
        if passive is not None:
            return _trim(doc[obj.left_edge.i : _claim_clause(passive, verb).end])
    if last.dep_ != "cc" or last.head.i != obj.i:
        return None
    clause = next((
        c for c in verb.children
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > end
        and any(s.dep_ in SUBJECTS and s.left_edge.i == end for s in c.children)
    ), None)
    return _trim(doc[obj.left_edge.i : _claim_clause(clause, verb).end]) if clause is not None else None


def _introduced_quote(verb: Token, doc: Doc, res: Resources) -> Span | None:
    """Return the quotation a cue introduces with a colon or comma ('told journalists: "... . ..."', 'said, "..."'):
    all of it up to its closing mark, over its sentences and over following paragraphs that reopen it."""
    i = verb.i + 1
    hearer = verb.lemma_.lower() in res.attribution_words["hearer_verb"]
    while i < min(len(doc) - 1, verb.i + 10) and doc[i].text not in {":", ","}:
        if doc[i].is_quote or doc[i].is_space or doc[i].pos_ in {"VERB", "AUX"} or doc[i].text in {".", ";", "!", "?"}:
            return None
        if doc[i].dep_ == "dobj" and doc[i].head.i == verb.i and not hearer:
            return None  # "revealed the names, “indicating ...": the object is the claim, the quote another's
        i += 1
    # ("Laura Davison, NUJ general secretary, said:" and the quotation in the paragraph below)
    if i + 2 >= len(doc):
        return None
    mark = i + 1
    while doc[i].text == ":" and mark < len(doc) - 1 and doc[mark].is_space and doc[mark].text.count("\n") <= 2:
        mark += 1
    if mark + 1 >= len(doc) or doc[i].text not in {":", ","} or doc[mark].text not in OPENING_QUOTES:
        return None
    start = end = mark + 1
    while end < len(doc) and end - start < MAX_QUOTE_TOKENS and doc[end].text not in CLOSING_QUOTES:
        if doc[end].is_space and "\n" in doc[end].text:
            # a paragraph that opens with a quote mark carries the quotation on; any other ends it
            if end + 1 < len(doc) and doc[end + 1].text in OPENING_QUOTES:
                end += 2
                continue
            break
        end += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in {")", "]"}:
        end -= 1
    return doc[start:end] if end > start else None


def _claim_before(verb: Token) -> Span | None:
    """Return the claim of a cue that closes its sentence after a comma ("Students are living in fear ..., Amnesty
    International said in a new report.") when the parser hung the cue inside the claim."""
    doc = verb.doc
    sent = sentence(verb)
    # the subject next to the cue ("Bangkok, March 21 — ..., the Committee to Protect Journalists said": not the dateline)
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    # ("..., the Rwandan government has been accused of putting pressure on its opponents and some journalists established
    # in Belgium, Le Soir and De Morgen reported": the parser made the claim's last words the subject and the closing
    # name a part of them; the name after the comma speaks, as in _subject)
    closing = _closing_speaker(verb)
    if subject is None or (closing is not None and subject in closing.ancestors):
        subject = closing
    if subject is not None and subject.dep_ == "appos" and subject.head.i < subject.i and subject.left_edge.i - 1 >= sent.start \
            and doc[subject.left_edge.i - 1].text != ",":
        subject = subject.head  # "..., the television channel Haber 7 said": the phrase the name stands in
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    # "..., or so President Recep Tayyip Erdogan said": the claim ends at the comma before "or so"
    if comma - 2 >= sent.start and doc[comma].lower_ == "so" and doc[comma - 1].lower_ == "or" and doc[comma].head.i == verb.i:
        comma -= 2
    if comma < sent.start or doc[comma].text != ",":
        return None
    if subject.lower_ in RELATIVE_PRONOUNS:
        return None  # "... against Prime Minister Hun Sen, who has ruled": a clause on a noun, no closing cue
    start = sent.start
    if comma == start:
        # a sentence the parser opened at the comma before the speaker: the claim is the sentence before
        if start == 0 or doc[start - 1].is_space:
            return None
        start = sentence(doc[start - 1]).start
    # words after the cue that only say where, when or how it was said ("in a new report published today"), or what
    # else the speaker did (", calling for an investigation"), leave it a closing cue
    setting = {
        t.i for c in verb.rights
        if c.dep_ in {"prep", "npadvmod", "advmod"} or (c.dep_ == "advcl" and c.tag_ == "VBG")
        # ("..., Human Rights Watch said on Thursday, while a Cambodian official said ...": a clause set against it,
        # with its own subject, is another's)
        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"while", "whereas"} for g in c.children)
            and any(g.dep_ in SUBJECTS for g in c.children))
        for t in c.subtree
    }
    if any((t.pos_ in {"VERB", "AUX"} or t.is_quote) and t.i not in setting for t in doc[verb.i + 1 : sent.end]):
        return None  # a clause or a quotation after the cue: not a closing cue
    claim = doc[start:comma]
    # "In a sentencing memorandum, they wrote", "Urging the government to ..., he remarked": the cue's own setting or
    # manner before its subject is no claim; a clause of the sentence besides it before the comma is ("On May 21,
    # Turkish forces arrested 84 suspects, Anadolu reported"), and so is a clause with its own subject and no mark the
    # parser hung on the cue ("After completing his sentence, Thai will be under supervision, the court ruled")
    own = {t.i for c in verb.lefts if c.dep_ in {"prep", "advcl", "npadvmod", "advmod"} and c.left_edge.i <= claim.start
           and not (c.dep_ == "advcl" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                    and not any(g.dep_ == "mark" for g in c.children))
           for t in c.subtree}
    if own and not any(t.pos_ in {"VERB", "AUX"} and t.i not in own for t in claim):
        return None
    return _trim(claim) if sum(not t.is_punct for t in claim) >= 3 else None


def _delayed_clause(verb: Token) -> Span | None:
    """Return a that-clause the parser hung on a time clause between the cue and it ("said after the charges were
    announced that the names meant nothing"): the time clause reports no claim of its own."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i or not any(c.dep_ == "mark" for c in child.children):
            continue
        if child.lemma_.lower() in CUE_LEMMAS and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in child.children):
            continue
        for clause in child.children:
            if clause.dep_ == "ccomp" and clause.i > child.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                return _trim(_claim_clause(clause, verb))
    return None


def _appeal(verb: Token, res: Resources) -> Span | None:
    """Return the appeal a cue reports: its hearer and the act asked for ("urged Thailand to investigate",
    "called on the EU to refrain from ...", "appealed for anyone with information to come forward",
    "demanded that Vietnam release him"); None when the cue asks nothing ("asked whether ...", "called it a smear")."""
    doc = verb.doc
    role = res.appeal_cues.get(verb.lemma_.lower())
    parts: list[Token] = []
    asks = False
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj":
            parts.append(child)
        elif child.dep_ in {"prep", "prt"} and child.lower_ in res.attribution_words["appeal_preposition"]:
            if any(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree):
                continue  # "called on Tuesday for ...": a time, not the hearer
            parts.append(child)
            asks = asks or (child.lower_ == "for" and role != "appeal_to") or verb.lemma_.lower() == "call"
        elif child.dep_ in {"xcomp", "advcl"} and any(
            g.dep_ in {"aux", "mark"} and g.lower_ in {"to", "for"} for g in child.children
        ):
            parts.append(child)
            asks = True
        elif child.dep_ == "prep" and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children) and (
            request := next((t for t in child.subtree if t.dep_ == "relcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in t.children)), None)
        ) is not None:
            # "asked anyone with information about the shooting to come forward": the act asked for, which the parser
            # hung on the hearer's last noun
            parts.append(request)
            asks = True
        elif child.dep_ == "ccomp" and role in {"appeal", "appeal_to"}:
            if any(t.lower_ in res.attribution_words["question_word"] for t in doc[child.left_edge.i : child.i]):
                return None  # "asked whether the trial was fair": a question
            parts.append(child)
            asks = True
    # "the New York-based watchdog called on the Turkish authorities to release ...", parsed with the cue as a clause on
    # its subject and the act asked for as the verb that subject governs: that act, after the cue, completes the appeal
    act = verb.head.head if _finite_on_subject(verb) and verb.head.dep_ == "nsubj" else None
    if act is not None and parts and any(c.dep_ == "aux" and c.lower_ == "to" and c.i > verb.i for c in act.children):
        asks = True
    else:
        act = None
    if not asks and not (role in {"appeal", "appeal_to"} and verb.lemma_.lower() in res.object_cues and any(p.dep_ == "dobj" for p in parts)):
        return None
    sent = sentence(verb)
    # "appealed to the Georgian police for help": the hearer a "to" phrase names before the act asked for is part of
    # the appeal, as an object hearer is ("urged Thailand to investigate")
    hearer = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and verb.i < c.i < min(p.i for p in parts)
                   and any(g.dep_ == "pobj" for g in c.children)), None)
    if hearer is not None:
        parts.append(hearer)
    start = min(p.left_edge.i for p in parts)
    # what follows the appeal on the same cue completes it ("... before they are published, for clear remedies, and
    # for Interpol to ..."), short of a further claim (", saying that ...") or a joined clause ("and dismissed ...")
    tail = [
        c for c in verb.children
        if c.i > start and (c.dep_ == "prep" or (c.dep_ == "advcl" and not _participle_clause(c) and c.lemma_.lower() not in CUE_LEMMAS))
    ]
    end = min(sent.end, max([p.right_edge.i for p in parts + tail] + ([act.right_edge.i] if act is not None else [])) + 1)
    # "demanded international protection on Friday following the shooting death of ...": a time phrase after the appeal
    # ends it; what follows it tells when or why the speaker spoke
    asked = max(p.right_edge.i for p in parts)
    timed = [c.left_edge.i for c in tail if c.i > asked and c.dep_ == "prep"
             and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)]
    if timed:
        end = min(end, min(timed))
    while start < end and doc[start].lower_ in res.attribution_words["appeal_preposition"] and doc[start].dep_ in {"prep", "prt", "mark"}:
        start += 1
    return _trim(_without_closing_description(doc[start:end])) if end > start else None


def _participle_clause(clause: Token) -> bool:
    """True for a participle clause on the cue ("demanding his return, having issued warrants against him", "...,
    accusing him of fraud"): what the speaker did besides, not part of the appeal; a clause with a conjunction
    ("before they are published") is."""
    return clause.tag_ == "VBG" or (clause.tag_ == "VBN" and not any(c.dep_ == "mark" for c in clause.children))


def _claim_clause(clause: Token, verb: Token) -> Span:
    """Return the span of a cue's clausal complement, with a second "and that ..." clause of the same cue, and short
    of a further claim inside it (", arguing that ...", "and urged ...") or a clause joined with its own subject
    and no "that" ("it had arrested him, and state television broadcast ...")."""
    doc = verb.doc
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    # the clause's verb and the verbs it governs ("did not have to happen and accused ..."), the joined clauses hang on
    heads = [clause]
    while len(heads) < 3 and (nxt := next((c for c in heads[-1].children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)):
        heads.append(nxt)
    for child in (c for head in heads for c in head.children):
        # "he felt dizzy, then died en route": what happened next is the story's, not the claim (not "was arrested and
        # then taken into custody", one claim)
        if child.i > clause.i and child.dep_ in {"conj", "dep"} and child.pos_ == "VERB" and doc[child.i - 1].lower_ == "then" \
                and doc[child.i - 2].text == "," and not any(c.dep_ in SUBJECTS for c in child.children):
            cut = child.i - 1
            while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            end = min(end, cut)
            continue
        if child.i <= clause.i or child.dep_ not in {"conj", "advcl"} or child.pos_ not in {"VERB", "AUX"}:
            continue
        # "claimed Selahaddin was arrested in Kenya, referencing a video ...": a participle after a comma that names
        # what the claim rests on is the speaker's act, not part of the claim
        if child.tag_ == "VBG" and child.lemma_.lower() in CITING_VERBS and doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.left_edge.i - 1)
            continue
        marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        own_subject = any(c.dep_ in SUBJECTS or (c.dep_ == "compound" and c.i < child.i) for c in child.children)
        if marked or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue  # "... and that he was denied access", "wanted the woman, and others, to be afraid"
        if child.dep_ == "conj" and not own_subject and doc[child.left_edge.i - 1].lower_ in {"or", "nor"}:
            continue  # "it cannot confirm or deny any contact": one act, two verbs, no further claim
        # (", though he insisted that ...": a clause of its own speaker with its own claim ends the claim too)
        is_cue = _reports(child) or (
            child.dep_ == "advcl" and own_subject and child.lemma_.lower() in CUE_LEMMAS
            and any(c.dep_ == "ccomp" and c.i > child.i for c in child.children)
            # (not a time or a cause inside the claim: "she was caught off-guard after officials informed her that ...")
            and not any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in child.children)
        ) or (
            # "concluded Hussain had drowned and closed their inquiry, saying ...": a joined act with a participle cue of
            # its own is the speaker's act, not part of the claim
            child.dep_ == "conj" and not own_subject and any(
                c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in CUE_LEMMAS and c.i > child.i for c in child.children)
        )
        # ("said the motive was unclear and officers were keeping an open mind, but that ... was being probed": a
        # joined clause before a further "that" clause of the claim is the claim's own)
        claimed_on = any(c.dep_ == "conj" and c.i > child.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                         for c in child.head.children)
        if is_cue or (child.dep_ == "conj" and own_subject and not claimed_on):
            cut = child.left_edge.i
            while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            end = min(end, cut)
    # "concluded they had been stabbed to death, with unconfirmed reports of their throats being cut": a "with" phrase
    # after a comma that closes the clause adds the story's own detail
    closing = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > clause.i
                    and doc[c.i - 1].text == "," and c.right_edge.i + 1 >= end), None)
    if closing is not None:
        end = min(end, closing.i - 1)
    # "said it was shocked, and that Zam had been forced ...": the cue's second that-clause belongs to the claim
    for sibling in verb.children:
        if sibling.i > clause.i and sibling.dep_ in {"conj", "ccomp"} and sibling.left_edge.i <= end + 3 and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in sibling.children
        ):
            end = max(end, sibling.right_edge.i + 1)
        # "saying he was in custody and was charged with ...": a finite verb the parser joined to a participle cue
        # goes on with the claim's clause (a participle takes no "was charged" of its own)
        elif sibling.i > clause.i and sibling.dep_ == "conj" and verb.tag_ == "VBG" and end <= sibling.left_edge.i <= end + 1 \
                and doc[end].lower_ in {"and", "but"} and not any(c.dep_ in SUBJECTS for c in sibling.children) \
                and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in sibling.children) \
                and sibling.lemma_.lower() not in CUE_LEMMAS:
            end = sibling.right_edge.i + 1
        # "said Abouammo received $300,000, much of it wired to ...": a second clause the parser hung on the cue
        # after a bare comma, with its own subject, goes on with the claim (not a cue: "..., the Times reported")
        elif sibling.i > clause.i and sibling.dep_ == "ccomp" and end <= sibling.left_edge.i <= end + 1 and doc[end].text == "," \
                and any(c.dep_ in SUBJECTS for c in sibling.children) and sibling.lemma_.lower() not in CUE_LEMMAS \
                and not _reports(sibling):
            end = sibling.right_edge.i + 1
        # "allege that he reached out to someone he believed was a criminal associate": the verb of a relative clause's
        # own clause, right after it and with no subject, that the parser hung on the cue goes on with the claim
        elif sibling.i > clause.i and sibling.dep_ == "ccomp" and sibling.left_edge.i == end and doc[end - 1].dep_ == "relcl" \
                and sibling.left_edge.i == sibling.i and not any(c.dep_ in SUBJECTS for c in sibling.children) \
                and sibling.lemma_.lower() not in CUE_LEMMAS:
            end = sibling.right_edge.i + 1
        # "told Free Tibet it was possible the case would be escalated ...", "said the match would not have been
        # cancelled had the All Blacks needed the points": a clause the parser split in two, both hung on the cue, the
        # second right after the first with nothing between, is one claim (not a cue with its own speaker: "held
        # responsibilities" after "the employee linked to the plot" goes on)
        elif sibling.i > clause.i and sibling.dep_ == "ccomp" and sibling.left_edge.i == end and not _reports(sibling) \
                and not (sibling.lemma_.lower() in CUE_LEMMAS and any(c.dep_ in SUBJECTS for c in sibling.children)):
            end = sibling.right_edge.i + 1
    # "they were behind the protests, which he claims were a plot": a relative clause with a claim of its own speaker
    # (not a belief a pronoun holds, no attribution: "reached out to someone he believed was a criminal associate";
    # not a restrictive clause with no clause of its own, which tells which thing the claim means: "expelling six
    # diplomats the RCMP had identified as persons of interest", "a call one night where the caller asked him to ...")
    for token in doc[start:end]:
        if token.dep_ == "relcl" and token.lemma_.lower() in CUE_LEMMAS and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS
            and not (c.pos_ == "PRON" and token.lemma_.lower() in BELIEF_VERBS) for c in token.children
        ) and not any(c.dep_ == "auxpass" for c in token.children) and (
            doc[token.left_edge.i - 1].text in {",", "(", ";"} or doc[token.left_edge.i - 1].text in DASHES
            or any(c.dep_ == "ccomp" for c in token.children)
        ):
            cut = token.left_edge.i
            while cut > start and doc[cut - 1].is_punct:
                cut -= 1
            if cut > start:
                end = min(end, cut)
                break
    return doc[start:end]


def _reports(verb: Token) -> bool:
    """True when a verb joined to a claim is a further cue with its own claim ("and accused the company of ...",
    ", while continuing to insist that ..."), itself or through the verbs it governs; not a clause cue with only a
    noun object ("were armed and threatened the guards": an act)."""
    for _ in range(3):
        if verb.lemma_.lower() in CUE_LEMMAS and (verb.dep_ in {"conj", "xcomp"} or verb.tag_ == "VBG") and any(
            c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and verb.lemma_.lower() not in CLAUSE_CUES) for c in verb.children
        ) and (verb.lemma_.lower() not in REBUTTAL_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in verb.children
        )):  # "and contradicted the constitution": no claim rejected
            return True
        following = next((c for c in verb.children if c.dep_ in {"xcomp", "conj"} and c.pos_ in {"VERB", "AUX"}), None)
        if following is None:
            return False
        verb = following
    return False


def _that_clause(verb: Token, doc: Doc) -> Span | None:
    """Return what follows "that" soon after the cue when the parser missed the clause ("Minsk said at the time
    that it had received a bomb threat", with "that" read as an adverb)."""
    sent = sentence(verb)
    # "suggested in a post that foreign services were behind the killings, and he has denied any involvement": a
    # clause joined to the cue with a subject of its own is the speaker's next act, not part of the claim
    joined = [c.left_edge.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i and any(g.dep_ in SUBJECTS for g in c.children)]
    end = sent.end
    if joined:
        end = min(joined)
        while end > verb.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
            end -= 1
    for i in range(verb.i + 1, min(sent.end - 2, verb.i + 12)):
        if doc[i].lower_ == "that" and doc[i].dep_ != "det":
            return _trim(doc[i + 1 : end]) if i + 1 < end else None
        if doc[i].text == ",":
            # "reported last month, citing intelligence documents, that Beijing had tried ...": a phrase between
            # commas, then the clause
            close = next((j for j in range(i + 2, min(sent.end - 2, i + 10)) if doc[j].text == ","), None)
            if close is not None and doc[close + 1].lower_ == "that" and doc[close + 1].dep_ != "det":
                return _trim(doc[close + 2 : end]) if close + 2 < end else None
        if doc[i].is_punct or doc[i].pos_ == "VERB":
            break
    return None


def _adjacent_quote(verb: Token, doc: Doc, *, before: int | None = None) -> Span | None:
    """Return the quotation that ends just before the cue ('"...," said X', '"... . ...," Burgess said'), or just before
    the word at `before`.

    The quotation may span several sentences of its paragraph.
    """
    subject = max((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), key=lambda c: c.i, default=None)  # the nearest
    skip: set[int] = set()
    if subject is not None:
        # the closing mark the parser hung on the speaker ('...,” Arya Amipa, co-president of ..., told') is the quote's
        first = subject.left_edge.i
        while first < subject.i and doc[first].is_punct:
            first += 1
        skip = set(range(first, subject.right_edge.i + 1))
    i = (verb.i if before is None else before) - 1
    while i >= 0 and (i in skip or (doc[i].is_punct and doc[i].text not in QUOTES)):
        i -= 1
    if i < 0 or doc[i].text not in QUOTES:
        return None
    end = i
    j = end - 1
    # (an apostrophe is no opening mark: "... the victims’ families belie such a theory,” said Ms. Sooka")
    while j >= max(0, end - MAX_QUOTE_TOKENS) and (doc[j].text not in QUOTES or _apostrophe(doc[j])) \
            and "\n\n" not in doc[j].text_with_ws:
        j -= 1
    if j >= 0 and doc[j].text in QUOTES and j + 1 < end:
        return _trim(doc[j + 1 : end])
    return None


def _continued_quote(verb: Token, quote: Span) -> Span:
    """Return a quotation before its cue with the quotation that goes on right after the cue's sentence, in the same
    paragraph ('"A," she said. "B."'): one claim, from its first words to its last. A further quotation with a cue of
    its own ('... she said. "B," he added.') is not carried on."""
    doc = verb.doc
    end = quote.end
    i = verb.i + 1
    # the rest of the cue's sentence: no quotation, no line break
    while i < min(len(doc), verb.i + 25) and doc[i].text not in {".", "!", "?"}:
        if doc[i].is_quote or "\n" in doc[i].text_with_ws:
            return quote
        i += 1
    for _ in range(3):
        if i + 1 >= len(doc) or "\n" in doc[i].text_with_ws or doc[i + 1].text not in OPENING_QUOTES:
            break
        close = i + 2
        while close < len(doc) and close - i < MAX_QUOTE_TOKENS and doc[close].text not in CLOSING_QUOTES:
            if "\n" in doc[close].text_with_ws:
                # a paragraph ending a sentence with the quotation still open goes on in the next one that reopens it
                # ('"B.\n"C."'), as quotations over paragraphs are written; any other break ends it
                reopened = close + 1
                while reopened < len(doc) and doc[reopened].is_space:
                    reopened += 1
                if doc[close - 1].text in {".", "!", "?", "\u2026"} and reopened < len(doc) and doc[reopened].text in OPENING_QUOTES:
                    close = reopened + 1
                    continue
                return doc[quote.start : end]
            close += 1
        # the quotation ends a sentence of its own ('"B."', '"I screamed: 'Duck!'"'), not a clause before a further cue
        # ('"B," he added')
        last = close - 1
        while last > i + 2 and doc[last].text in {"\u2019", "'"}:
            last -= 1
        if close >= len(doc) or doc[last].text not in {".", "!", "?", "\u2026"}:
            break
        end = close - 1
        i = close
        if i + 1 < len(doc) and "\n" not in doc[i].text_with_ws and doc[i + 1].text in {".", "!", "?"}:
            i += 1
    return doc[quote.start : end]


def _cited(verb: Token, actors: list[Actor], speakers: list[Actor], res: Resources) -> tuple[Token, Actor, Span] | None:
    """Return the participle, actor and words of the one a report cue cites as its own source, after a comma ("the
    agency reported, citing lawyer Gülden Sönmez", "HRW said, citing the Emirates Detainees Advocacy Centre", "citing a
    statement from Thai authorities", "citing the official") or opening its sentence ("Citing Eritrean activists
    living in Egypt, the NGO reports that ..."): a named actor, a document of one, or an official or spokesperson
    who stands for one; None for a reason cited ("citing fears he could face torture", "citing his criticism of Hun
    Manet") or one no one named ("citing information from two advocates")."""
    doc = verb.doc
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for child in verb.children:
        if child.tag_ != "VBG" or child.lemma_.lower() not in CITING_VERBS or child.dep_ not in {"advcl", "xcomp", "conj", "acl"}:
            continue
        after = child.i > verb.i and doc[child.i - 1].text == ","
        opening = child.i < verb.i and child.i == sentence(child).start and doc[child.right_edge.i + 1].text == ","
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if not (after or opening) or obj is None:
            continue
        found = next((a for a in actors if a.span.start <= obj.i < a.span.end), None)
        lemma = obj.lemma_.lower()
        if found is None and lemma in res.attribution_words["document"]:
            found = _actor_in(_span_of(obj), actors, head=obj)
        elif found is None and lemma in res.attribution_words["official"] | res.attribution_words["spokesperson"] \
                and any(c.lower_ == "the" or c.dep_ == "poss" for c in obj.children):
            found = _resolve_speaker(obj, actors, speakers, res)
        if found is not None:
            return child, found, _span_of(obj)
    return None


def _spans_its_cue(content: Span, cue: Span) -> bool:
    """True for a quotation the cue stands inside ('"A," she said. "B."'): closed before the cue, reopened after it."""
    doc = content.doc
    return content.start < cue.start and cue.end < content.end and any(
        t.text in CLOSING_QUOTES for t in doc[content.start : cue.start]
    ) and any(t.text in OPENING_QUOTES for t in doc[cue.end : content.end])


def _quoted(token: Token) -> bool:
    """True for a word inside quotation marks opened before it in its paragraph and closed after it."""
    words = texts(token.doc)  # the paragraph's words as strings: no Token made per word
    start = token.i
    while start > 0 and not (words[start - 1].isspace() and "\n" in words[start - 1]):
        start -= 1
    end = token.i + 1
    while end < len(words) and not (words[end].isspace() and "\n" in words[end]):
        end += 1
    before, after = words[start : token.i], words[token.i + 1 : end]
    if before.count("\u201c") > before.count("\u201d"):
        return "\u201d" in after
    # ("''This man was ... pity?" Louise Mushikiwabo said": two apostrophes for an opening mark)
    straight = sum(1 for w in before if w in {'"', "''", "``"})
    return straight % 2 == 1 and any(w in {'"', "''"} for w in after)


def _trim(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    # a claim ends at its paragraph (a blank line is in a token's text, never in the one space after it)
    words = texts(doc)
    end = next((i for i in range(start + 1, end) if "\n\n" in words[i - 1]), end)
    while start < end and (
        (doc[start].lower_ == "that" and doc[start].dep_ == "mark") or doc[start].text in {",", ":"}
        or doc[start].is_quote or (doc[start].is_punct and doc[start].text != "(")
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_quote or doc[end - 1].is_space):
        end -= 1
    if end > start + 1 and end < len(doc) and doc[end - 1].dep_ == "cc" and doc[end - 1].lower_ in {"and", "but", "or"}:
        # "which she found are loosely regulated and therefore an easy point of entry": a conjunct the parser hung on a
        # word before the claim goes on with it; else the conjunction a joined clause cut off leaves ("had declined
        # police protection before his death, and added ...") ends nothing
        top = doc[end]
        while top.head.i >= end and top.head.i != top.i:
            top = top.head
        if top.dep_ == "conj" and top.head.i < start and top.pos_ in {"NOUN", "PROPN", "ADJ"} \
                and top.right_edge.i < sentence(top).end:
            end = top.right_edge.i + 1
        else:
            end -= 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
    return doc[start:end] if end > start else None


@functools.lru_cache(maxsize=16)
def _phrase_pattern(words: frozenset[str] | tuple[str, ...], *, multiword: bool) -> re.Pattern[str] | None:
    """Return one pattern that finds any of ``words`` (with ``multiword``, those of several words or hyphenated) as whole words,
    not inside a longer word or hyphenation; None when there are none."""
    # (a hyphenated word is a phrase too: the tokenizer splits "far-fetched" into three tokens)
    chosen = sorted(w for w in words if " " in w or "-" in w or not multiword)
    if not chosen:
        return None
    # (the word-boundary checks written once around the alternatives, not in each: the same matches, in a tenth of
    # the time, since the look-behind rejects a position inside a word before any alternative is tried)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in chosen) + r")(?![\w-])")


def _denies(content: Span, res: Resources, speaker: Actor | None = None) -> bool:
    """True when the claim calls something false, is itself a denial, or rejects an accusation.

    "had nothing to do with", "no laws had been broken", "Rwanda did not kill him" (said by Rwanda's president),
    "he had not been kidnapped", "the sites are not police stations", "fugitives, not political opponents", "he left
    the consulate alive" and "Iran denies any link" deny; a negated act that is no wrongdoing does not ("would not
    tolerate", "she would not give up", "could not be fair"), nor does "never" ("the government was never informed"
    asserts, seed gold).
    """
    # (a participle as the predicate is no verb of its own: "called the verdict biased")
    doc = content.doc
    words = texts(doc)  # the claim's words as strings first: a Token only for a word a rule below can fire on
    if any((t.pos_ != "VERB" or t.dep_ in {"oprd", "acomp"}) and not _describes_thing(t, content, res)
           and not _names_a_charge(t, content) and not _spread(t, content, res)
           for t in (doc[i] for i in range(content.start, content.end) if words[i].lower() in res.denial_words)):
        return True
    lemmas = column(doc, "LEMMA")
    if any(_pretext(doc[i], res) for i in range(content.start, content.end) if words[i].lower() == "motivated"):
        return True  # "fraud charges, which he said were politically motivated"
    purposes = res.attribution_words.get("purpose_verb", frozenset())
    if any(_discrediting_purpose(doc[i], res) for i in range(content.start, content.end) if _lowered(doc, lemmas[i]) in purposes):
        return True  # "the report was designed to malign the country", "such allegations sought to shift attention"
    # a bare negative answer ('he answered: "Absolutely not."', '"No," she said'): a question's charge denied
    spoken = list(itertools.islice((t for t in content if not t.is_punct), 4))  # (four words are enough to say "more than three")
    if len(spoken) <= 3 and not any(t.pos_ in {"VERB", "AUX"} for t in spoken) and any(
            t.lower_ in {"no", "not", "never"} for t in spoken):
        return True
    lowered = content.text.lower()
    if (phrases := _phrase_pattern(res.denial_words, multiword=True)) and any(
        not _negated_at(content, m.start()) or {"no", "not", "nothing"} & set(m.group().split())
        for m in phrases.finditer(lowered)
    ):
        return True  # "what they are accusing him of is all made up"; not "the scheme was not some far-fetched plot"
    if speaker is not None and speaker.type in {"state", "government", "person", "organization"}:
        if (phrases := _phrase_pattern(res.exculpatory_words, multiword=False)) and any(
            not _negated_at(content, m.start()) for m in phrases.finditer(lowered)
        ):
            return True  # "Khashoggi had left the consulate alive", "the sites are run by volunteers"
    root = content.root
    negations = column(doc, "DEP")
    # ("neither" before a verb negates it and the one joined by "nor": "he had neither harmed anyone nor betrayed ...")
    for token in (doc[i] for i in range(content.start, content.end)
                  if negations[i] == NEG or (words[i].lower() == "neither" and doc[i].dep_ == "preconj" and doc[i].head.pos_ == "VERB")):
        if token.head.i < content.start or token.head.i >= content.end:
            continue
        head = token.head
        # "the sites are not police stations but service centres": a characterisation rejected for another; not
        # "Sweden would not be a platform for ...", "the scheme was not some movie plot" (emphasis)
        if head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} and any(g.lower_ == "but" and g.dep_ == "cc" for g in c.children)
            for c in head.children
        ):
            return True
        if _category_refused(token, head):
            return True
        # "these alleged police stations do not exist", "such centres did not exist": the thing the story reports, pointed
        # back to, said not to be there; not "freedom of speech does not exist in China" (a state of affairs decried)
        if head.lemma_ == "exist" and any(
            c.dep_ == "nsubj" and any(d.dep_ in {"det", "amod"} and d.lower_ in {"these", "those", "such", "this", "that", "alleged", "so-called"}
                                      for d in c.children)
            for c in head.children
        ):
            return True
        # "fugitives suspected of crimes, not political opponents": the one named is not the target
        # (not "two spy programs, not (just) one": a "not just" adds to what it names, it rejects nothing)
        if head.pos_ in {"NOUN", "PROPN"} and token.i > content.start and token.doc[token.i - 1].lower_ in {",", "but", "and"} \
                and not any(t.lower_ in EMPHASIS_AFTER_NOT for t in doc[token.i + 1 : min(token.i + 3, content.end)]):
            return True
        if head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in res.attribution_words["opinion_verb"]:
            continue
        # the negated verb, or one it governs as its complement ("had never intended to hurt anyone"); not one in a
        # clause on a noun ("we are not the only outlet to have been harassed")
        chain, verb = [head], head
        while (nxt := next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}), None)) is not None and len(chain) < 4:
            chain.append(nxt)
            verb = nxt
        if _in_own_hold(head, speaker, res):
            return True  # "the men were not in Kenyan custody" (said by Kenya): the hold the story reports denied
        wrongdoing = any(_wrong_act(t, res) for t in chain if content.start <= t.i < content.end)
        if not wrongdoing:
            continue  # "she would not give up", "he did not intend to propose such a plan"
        # "Rusesabagina had not been kidnapped": the wrong suffered is denied (not in an aside on someone: "a professor
        # — who was not arrested, according to ... —" tells what did not happen to him, no accusation rejected)
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children) and head.lemma_.lower() in res.wrongdoing_words \
                and not any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in head.children):
            return True
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if speaker is not None and subject is not None and not _retold(head, content, res) and (
            subject.lower_ in {"we", "i"}
            or (speaker.type == "person" and subject.lower_ in {"he", "she"})
            or (speaker.type in {"state", "government"} and subject.lower_ == "it")
            or (speaker.country is not None and normalize_country(_span_of(subject).text, resources=res) == speaker.country)
        ):
            # (a state or government told as "it": "Belarus said it could not force the flight to land")
            return True  # "she had not been involved", "he had never intended to hurt anyone", "Rwanda did not kill him"
    for token in (doc[i] for i in range(content.start, content.end)
                  if words[i].lower() in DENIAL_OPENERS or res.cues.get(_lowered(doc, lemmas[i])) == "deny"):
        if res.cues.get(token.lemma_.lower()) == "deny" and token.pos_ == "VERB" and _asserted(token, root) \
                and not _refuses(token) and not _act_not_claim(token, res) and not _joined_to_passive(token) \
                and not _denial_reported(token, speaker) and not (token.dep_ == "conj" and token.doc[token.i - 1].lower_ == "or"):
            return True  # (not "cannot confirm or deny": no answer either way)
        # "he had no link to any intelligence service", "no role in", "neither knowledge nor any lead"; not "there are
        # still no leads to the killers" (nothing found yet: an outcome told, no accusation rejected)
        if token.lower_ in {"no", "neither"} and token.dep_ in {"det", "preconj"} and token.head.lemma_.lower() in res.disowned_nouns \
                and not _existential(token.head):
            return True
        if token.lower_ == "nothing":
            # "Russia had nothing to do with it", "they had done nothing wrong", "meant nothing to Moscow", "nothing
            # criminal"; not "the release changes nothing"
            if token.head == root and root.lemma_.lower() in {"have", "do", "mean"}:
                return True
            following = token.doc[token.i + 1] if token.i + 1 < content.end else None
            if following is not None and following.lower_ in res.wrongdoing_words:
                return True
        # "no laws had been broken"; not a rule for what is to come ("no protests will be allowed"), nor "no one had been
        # detained" (what has not happened to anyone yet: an outcome told, no accusation rejected), nor what was done
        # that is no wrong ("no concessions were made to secure their release": a deal told, no accusation rejected)
        if token.lower_ == "no" and token.dep_ == "det" and token.head.dep_ in {"nsubj", "nsubjpass"} and token.head.head == root \
                and token.head.lower_ != "one" \
                and (root.lemma_.lower() in res.wrongdoing_words or token.head.lemma_.lower() in res.wrongdoing_words) \
                and not _future(root):
            return True
        # "without merit", "no basis"; not "no evidence of a crime" (a finding, seen as often from third parties)
        next_word = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        if (token.lower_ in {"without", "no"} and next_word in {"basis", "foundation", "merit"}) or (
            token.lower_ == "without" and next_word == "evidence"  # "described the accusations as being without evidence"
        ):
            return True
    return False




def _wrong_act(verb: Token, res: Resources) -> bool:
    """True for a verb of an act a story accuses someone of (wrongdoing_words): by its lemma ("kill"), with its particle
    ("send back"), or as a verb of doing (attribution_words.tsv perform_verb) whose object names the act (wrong_act_noun:
    "carry out abductions", "applied any pressure"); not "received threats" (the act suffered)."""
    lemma = verb.lemma_.lower()
    if lemma in res.wrongdoing_words:
        return True
    if any(c.dep_ in {"prt", "advmod"} and f"{lemma} {c.lower_}" in res.wrongdoing_words for c in verb.children):
        return True
    return lemma in res.attribution_words.get("perform_verb", frozenset()) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in res.attribution_words.get("wrong_act_noun", frozenset()) for c in verb.children)


def _retold(verb: Token, content: Span, res: Resources) -> bool:
    """True for a verb under a cue inside the claim ('a senior official said: "We did not send back any Uighurs"', as
    reported by a paper): its "we" is the one the claim quotes, not the speaker."""
    token = verb
    while token.head.i != token.i and content.start <= token.head.i < content.end:
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in res.cues:
            return True
    return False


def _in_own_hold(copula: Token, speaker: Actor | None, res: Resources) -> bool:
    """True for a negated "be" that puts its subject "in" a hold (attribution_words.tsv hold_noun) the
    speaker's own state is named as having ("the men were not in Kenyan custody", said by Kenya; "not in our custody"):
    the hold the story reports denied; not one of anyone else ("he is not in custody", said by the police: an outcome)."""
    if copula.lemma_ != "be" or speaker is None:
        return False
    for prep in (c for c in copula.children if c.dep_ == "prep" and c.lower_ == "in"):
        for hold in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in res.attribution_words.get("hold_noun", frozenset())):
            for owner in (c for c in hold.children if c.dep_ in {"amod", "poss", "compound"}):
                if owner.lower_ == "our" or (speaker.country is not None and speaker.country in {
                        res.demonyms.get(owner.lower_), normalize_country(owner.text, resources=res)}):
                    return True
    return False


def _pretext(motivated: Token, res: Resources) -> bool:
    """True for "motivated" with a pretext's motive (attribution_words.tsv pretext_motive) said of a charge or a claim:
    "fraud charges, which he said were politically motivated", "charges that he says are politically motivated",
    "found Rwanda's claims to be politically motivated", "called the charges politically motivated"; not before its
    noun ("politically motivated persecution"), negated, nor said of a crime ("if the crime was politically
    motivated"); a prosecution's step too (pretext_noun: "cases that he says are politically motivated", "considered
    the extradition request to be politically motivated")."""
    if not any(c.dep_ == "advmod" and c.lower_ in res.attribution_words["pretext_motive"] for c in motivated.children):
        return False
    if motivated.dep_ in {"amod", "acl"} and motivated.head.pos_ in {"NOUN", "PROPN"}:
        said_of: Token | None = motivated.head if motivated.head.i < motivated.i else None  # "called the charges ..."
    else:
        clause = motivated.head if motivated.dep_ in {"acomp", "oprd"} else motivated
        if any(c.dep_ == "neg" for c in clause.children):
            return False
        said_of = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if said_of is None or said_of.lower_ in RELATIVE_PRONOUNS:
            # the relative clause's noun: "charges, which he said were ...", "charges that he says are ..."
            said_of, step = None, clause
            for _ in range(3):
                if step.dep_ in {"relcl", "acl"}:
                    said_of = step.head
                    break
                step = step.head
    return said_of is not None and (said_of.lemma_.lower() in res.attribution_words["claim_noun"]
                                    or said_of.lemma_.lower() in res.attribution_words["pretext_noun"])


def _discrediting_purpose(verb: Token, res: Resources) -> bool:
    """True for a purpose said of a claim that serves to discredit the accused or take attention away
    (attribution_words.tsv purpose_verb, discredit_verb, purpose_subject): "the report was designed to malign the
    country", "such allegations sought to shift attention from ...", "Trudeau's comments were intended to draw
    attention from ..."; not a purpose of anything else ("the stations were designed to intimidate dissidents", "the
    campaign aimed to discredit activists"), nor attention drawn to something ("the report was intended to draw
    attention to their plight"), nor a negated one."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    purpose_subjects = res.attribution_words.get("purpose_subject", frozenset())
    if subject is None or (subject.lemma_.lower() not in res.attribution_words["claim_noun"]
                           and subject.lower_ not in purpose_subjects and subject.lemma_.lower() not in purpose_subjects):
        return False
    discredit = res.attribution_words.get("discredit_verb", frozenset())
    # (attention taken from something, not drawn to it: "intended to draw attention to the plight of ..." asserts)
    return any(c.dep_ == "xcomp" and (c.lemma_.lower() in discredit or (
        any(d.dep_ == "dobj" and d.lemma_.lower() == "attention" for d in c.children)
        and any(d.lower_ in {"from", "away"} for d in c.children))) for c in verb.children)


def _category_refused(negation: Token, copula: Token) -> bool:
    """True when a present-tense copula denies that the thing spoken of is what it is called: "These are not
    administrative offices", "this is not a movie", "his death is not a case of mistaken identity". Not a person
    ("we are not criminals", "we are not safe here"), emphasis or a state of affairs: a past or modal copula ("the
    scheme was not some movie plot", "Sweden would not be a platform"), a proper name on either side ("Turkey is not a safe country", "this is not
    Manchester"), "not only/just a ...", "not the first time that ...", "it is not a secret that ..."."""
    if copula.lemma_ != "be" or copula.tag_ not in {"VBZ", "VBP"}:
        return False
    after = negation.doc[negation.i + 1] if negation.i + 1 < len(negation.doc) else None
    if after is not None and after.lower_ in EMPHASIS_AFTER_NOT:
        return False
    attr = subject = None
    for child in copula.children:
        if child.dep_ == "attr":
            attr = child
        elif child.dep_ == "nsubj":
            subject = child
        elif child.tag_ == "MD" or child.dep_ in {"ccomp", "xcomp", "csubj", "advcl", "expl"}:
            return False
    # the thing pointed back to ("this", "these", "the sites"), not a person or a name ("we are not safe here")
    if attr is None or subject is None or attr.pos_ != "NOUN" or not (
            subject.pos_ == "NOUN" or subject.lower_ in {"this", "these", "that", "those"}):
        return False
    return not any(c.dep_ in {"relcl", "acl"} or c.lower_ in {"first", "last", "only"} for c in attr.children)


def _negated_at(content: Span, offset: int) -> bool:
    """True when the word at ``offset`` characters into the claim belongs to a negated verb: "would never have
    (voluntarily) returned" says the innocent account is false, it does not give it."""
    token = next((t for t in content if t.idx - content.start_char >= offset), None)
    if token is None:
        return False
    verb = token
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
            break
        verb = verb.head
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in verb.children)


def _existential(noun: Token) -> bool:
    """True for the noun a "there is" clause says exists or not ("there are no leads")."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def _future(verb: Token) -> bool:
    """True for a verb told as what is to come ("no protests will be allowed", "saying he would appeal")."""
    return any(c.tag_ == "MD" and c.lower_ in {"will", "would", "shall", "'ll"} for c in verb.children)


def _quoted_as(verb: Token) -> bool:
    """True for the "saying" of "X was quoted as saying" and of "the report cited X as saying", "Thai news reported
    officials as saying" (attribution_words.tsv quoted_as_verb): the one quoted speaks, the claim hung on "quoted"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in QUOTED_AS_VERBS


def _quoted_one(verb: Token) -> Token | None:
    """Return the one a quoting verb quotes as saying: the subject of "X was quoted as saying", the object of "the
    statement quoted X as saying"."""
    quoting = verb.head.head
    passive = next((c for c in quoting.children if c.dep_ == "nsubjpass"), None)
    if passive is not None or any(c.dep_ == "auxpass" for c in quoting.children):
        return passive
    return next((c for c in quoting.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _follows_denial(verb: Token, claim: Span, res: Resources) -> bool:
    """True for a neutral cue that gives the grounds of its speaker's own denial ("Abdullaev denied the charge, saying
    he was doing his job as a journalist", "Bahrain denies hacking their laptops and says they have provided no
    evidence"): the claim is the denier's account against the accusation (attribution_words.tsv grounding_denial,
    grounds_verb). Not one that tells what comes next ("denied the charges, saying he would appeal"), an appeal, nor
    a denial itself negated or withheld. A claim rejected or dismissed grounds only the words that characterise it
    ("dismissed these charges as fabricated, describing them as ...", "rejected the allegations, calling them ...";
    attribution_words.tsv grounding_rejection, characterising_verb), not "rejected the criticism, saying ..."."""
    head = verb.head
    lemma = head.lemma_.lower()
    characterising = res.attribution_words.get("characterising_verb", frozenset())
    if lemma in res.attribution_words.get("grounding_rejection", frozenset()):
        if verb.lemma_.lower() not in characterising or not any(
                c.dep_ == "dobj" and c.lemma_.lower() in res.attribution_words["claim_noun"] for c in head.children):
            return False
    elif lemma not in res.attribution_words["grounding_denial"] \
            or verb.lemma_.lower() not in res.attribution_words["grounds_verb"] | characterising:
        return False
    if head.i == verb.i or head.pos_ != "VERB" or verb.i < head.i:
        return False
    if verb.dep_ == "advcl":
        if verb.tag_ != "VBG":
            return False
    elif verb.dep_ == "conj":
        if any(c.dep_ in SUBJECTS for c in verb.children) or not any(
                t.lower_ == "and" for t in verb.doc[head.i + 1 : verb.i]):
            return False
    else:
        return False
    if any(c.dep_ == "neg" for c in head.children) or _act_not_claim(head, res) or _refuses(head):
        return False
    return not _future(claim.root)


def _denial_reported(verb: Token, speaker: Actor | None) -> bool:
    """True for a denial by "he", "she" or someone named before the speaker named after it ("He denies any wrongdoing,
    said Borch Andersen", "The Turkish embassy denied any involvement, according to a Mongolian Ministry of Foreign
    Affairs statement"): the speaker tells of someone else's denial; "Smith said he denied it" stays Smith's."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return speaker is not None and subject is not None \
        and (subject.lower_ in {"he", "she"} or subject.pos_ in {"NOUN", "PROPN"}) \
        and speaker.span.doc is verb.doc and speaker.span.start > verb.i


def _refuses(verb: Token) -> bool:
    """True for a denial verb that withholds something from someone ("denied him entry", "denied dissidents from
    renewing their passports"): a refusal the claim reports, not a claim called false."""
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "from") for c in verb.children)


def _criticises_claim(verb: Token, res: Resources) -> bool:
    """True for criticism of a claim ("slammed Canada's accusations"): it rejects the claim, a denial."""
    return verb.lemma_.lower() in res.attribution_words["criticism_verb"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in res.attribution_words["claim_noun"] for c in verb.children
    )


def _describes_thing(word: Token, content: Span, res: Resources) -> bool:
    """True for a denial word that describes a thing the claim reports ("created fake accounts", "travelled on a
    false passport", "in the name of Vadim Sokolov, a false identity"), not a claim it calls false ("baseless accusations", "called it a false flag ploy", "called the
    verdict biased"); so does one joined to such a word ("announcing 'unofficial or false' results")."""
    while word.dep_ == "conj" and word.head.i < word.i and word.head.pos_ == "ADJ":
        word = word.head
    noun = word.head
    # (a noun in a list takes the place of the list's first: "includes threats, ... and false stories about them")
    place = noun
    while place.dep_ == "conj" and place.head.i < place.i and place.head.pos_ in {"NOUN", "PROPN"}:
        place = place.head
    # an adjective after its noun is a predicate the parser hung on it ("called the verdict biased"), not a description;
    # one on a person the claim says someone is describes that person ("Sturgess was an innocent victim of an attempt")
    return (
        word.dep_ == "amod" and word.i < noun.i and noun.lemma_.lower() not in res.attribution_words["claim_noun"]
        and (place.dep_ in {"dobj", "appos"} or (place.dep_ == "pobj" and place.head.lower_ != "as")
             or (place.dep_ == "attr" and res.units.get(noun.lemma_.lower()) == "person"))
        and content.start <= place.head.i < content.end
    )


def _names_a_charge(word: Token, content: Span) -> bool:
    """True for a denial word inside what an act in the claim is for, with or of ("sentenced for provocation",
    "connected with fake news", "accused of spreading disinformation"): it names a charge the claim reports, not a
    claim called false ("dismissed it as propaganda", "the accusations are lies")."""
    token = word
    while token.head.i != token.i and content.start <= token.head.i < content.end:
        if token.dep_ == "prep" and token.lower_ in {"for", "with", "of"} and token.head.pos_ == "VERB":
            return True
        # (a verb in a list of charges takes the place of the first: "accused of supporting ... and publishing false ...")
        if token.dep_ in {"ccomp", "attr", "acomp", "oprd"} or (
                token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"pcomp", "conj"} and token is not word):
            return False
        token = token.head
    return False


def _spread(word: Token, content: Span, res: Resources) -> bool:
    """True for a denial word that names what someone put about, an act the claim reports: the object of an active
    spreading verb (attribution_words.tsv spreading_verb), a word describing it or a noun it is "of" ("was spreading
    propaganda against the government", "publishing false information", "peddle a wave of disinformation and
    slanders", "engaged in propaganda"); not falsehoods spread by someone ("false claims spread by Israel": the claim
    calls them false), nor lies a claim itself is said to spread ("the report spreads lies about China")."""
    noun = word
    for _ in range(4):
        if noun.dep_ in {"amod", "compound", "conj"} and noun.head.i != noun.i:
            noun = noun.head  # "false information", "disinformation and slanders", "false and defamatory stories"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "a wave of disinformation"
        else:
            break
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head  # "engaged in propaganda"
    elif noun.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and content.start <= verb.i < content.end \
        and verb.lemma_.lower() in res.attribution_words.get("spreading_verb", frozenset()) \
        and not any(c.dep_ in {"auxpass", "nsubjpass"} or (c.dep_ == "nsubj" and c.lemma_.lower() in res.attribution_words["claim_noun"])
                    for c in verb.children)


def _joined_to_passive(verb: Token) -> bool:
    """True for a verb joined to a passive one with no subject or object of its own ("he had been held and questioned
    for eight hours"): passive too, an act suffered, not a denial."""
    return verb.dep_ == "conj" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.head.children) and not any(
        c.dep_ in SUBJECTS or c.dep_ in {"dobj", "ccomp"} for c in verb.children
    )


def _asserted(verb: Token, root: Token) -> bool:
    """True when a denial verb inside a claim is itself denied by someone, not passive ("he was denied access")
    nor an act the claim reports ("accused the company of rejecting a plan")."""
    if any(child.dep_ in {"auxpass", "nsubjpass"} for child in verb.children):
        return False
    # "cannot confirm or deny any contact": joined to a negated verb, the denial is withheld with it
    if verb.dep_ == "conj" and any(c.dep_ == "neg" for c in verb.head.children):
        return False
    return not (verb.dep_ == "pcomp" or (verb.tag_ == "VBG" and verb.head.dep_ == "prep"))


def _apostrophe(token: Token) -> bool:
    """True for a quotation-mark character that is an apostrophe: a possessive ("the Skripals' front door",
    "Westminster Magistrates’ Court"), or a single closing mark no opening one comes before in its sentence."""
    if token.tag_ == "POS":
        return True
    if token.text not in {"\u2019", "'"} or token.i == 0 or token.doc[token.i - 1].whitespace_:
        return False
    opening = "\u2018" if token.text == "\u2019" else "'"
    return not any(
        t.text == opening and (t.i == 0 or t.doc[t.i - 1].whitespace_ or t.doc[t.i - 1].is_punct)
        for t in token.doc[sentence(token).start : token.i]
    )


def _reopens_paragraph(mark: Token) -> bool:
    """True for an opening quotation mark heading a paragraph after one whose quotation was left open: a quotation
    that runs on over paragraphs repeats its opening mark and closes only at its end ('... support her.' + new line
    + '"Our thoughts ...')."""
    doc = mark.doc
    i = mark.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or mark.text not in OPENING_QUOTES or "\n" not in doc[i : mark.i].text_with_ws:
        return False
    return not doc[i].is_quote


def _quote_kind(content: Span) -> str:
    doc = content.doc
    before = content.start > 0 and doc[content.start - 1].is_quote
    quoted_inside = any(t.is_quote and not _apostrophe(t) and not _reopens_paragraph(t) for t in content)
    # a quotation mark that closes the content, not one that opens the next sentence or paragraph ('welcomed the
    # decision. "Strong ...')
    closing = next((t for t in doc[content.end : content.end + 2] if not t.is_punct or t.is_quote), None)
    # (one that ends its paragraph closes, though the parser opened a sentence at it)
    after = closing is not None and closing.is_quote and not content[-1].is_space and (
        not closing.is_sent_start or (closing.i + 1 < len(doc) and "\n" in closing.text_with_ws + doc[closing.i + 1].text)
    ) and (
        closing.i == content.end or doc[content.end].is_punct
    )
    if before and after and not quoted_inside:
        return "direct"
    if quoted_inside or before or after:
        return "mixed"
    return "indirect"


def _according_to(
    cue: Cue, doc: Doc, actors: list[Actor], speakers: list[Actor], res: Resources
) -> tuple[Actor | None, Span | None, Span | None]:
    to = cue.tokens[-1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None, None, None
    source_span = _span_of(objects[0])
    # "According to the Justice Department, Yadav, who ...": the source ends at the first comma
    comma = next((t.i for t in source_span if t.text == "," and t.i > objects[0].i), None)
    if comma is not None:
        source_span = doc[source_span.start : comma]
    # "a statement by Human Rights Watch and Freedom Now": a name the parser cut off belongs to the source whole
    source_span = doc[source_span.start : max([source_span.end] + [
        a.span.end for a in actors if source_span.start <= a.span.start < source_span.end
    ])]
    sent = sentence(cue.tokens)
    # "According to the complaint filed in the federal court and unsealed Wednesday, ...": an opening phrase runs to its
    # comma, whatever of it the parser hung elsewhere
    comma = next((t.i for t in doc[source_span.end : sent.end] if t.text == ","), None)
    if cue.tokens.start == sent.start and comma is not None and comma - source_span.end <= 8 and not any(
        t.dep_ in SUBJECTS for t in doc[source_span.end : comma]
    ):
        source_span = doc[source_span.start : comma]
    # ("according to the PS": an abbreviated office the actor finder took for a body's name is the office's holder)
    office = objects[0].lower_ in res.office_abbreviations and any(c.lower_ == "the" for c in objects[0].children)
    # a document speaks for its author or, a charging document, for the prosecution, not for a court it was filed in
    document = objects[0].lemma_.lower() in res.attribution_words["document"] | res.attribution_words["charging_document"] or (
        objects[0].lemma_.lower() in res.attribution_words["ruler_document"] and _ruler_word(objects[0], res) is not None)
    if document:
        # (not one who only saw or obtained it: "according to a document seen by AFP" is not AFP's claim)
        actor = _resolve_speaker(objects[0], actors, speakers, res) or _actor_in(
            source_span, [a for a in actors if not _reader(a, res)])
    else:
        # "according to Turkish state news agency Anadolu": a source's head that names an actor is that actor, as a
        # subject's would be ("Iranian state news agency IRNA reported"), not the state a modifier on it names
        own = next((a for a in actors if a.span.start <= objects[0].i < a.span.end), None)
        inside = None if office else own or _actor_in(source_span, actors)
        # "according to messages received by Abula's friends": a person's associates or kin do not speak as that person
        if inside is not None and inside.type == "person" and inside.span.root.dep_ == "poss" and (
            (owned := inside.span.root.head.lemma_.lower()) in res.attribution_words["associate"] or owned in res.actor_words["kin"]
        ):
            inside = None
        actor = inside or _resolve_speaker(objects[0], actors, speakers, res)
    # "X, according to Y, Z": the claim is what follows the phrase, else what precedes it
    after = doc[source_span.end : sent.end]
    before = doc[sent.start : cue.tokens.start]
    content = after if len([t for t in after if not t.is_punct]) >= 3 else before
    # "He is held at T-16, according to his brother, who ...": a phrase closing its clause after a comma or a dash takes
    # the clause before it (not "China, according to the report, has opened ...", whose clause runs on after it)
    clause = [t for t in before if not t.is_punct]
    rest = [t for t in after if not t.is_punct]
    # a clause runs on only with a finite verb of its own, not one inside a description of the source ("according to
    # Pavel Latushka, a leading opposition activist based in Poland, who heads ...", "according to the FBI, rights
    # groups and two years of interviews with Saudis living abroad")
    # (a clause on a noun before the phrase is the host clause: "to Istanbul, where, according to officials, he was lured")
    def describes_source(t: Token) -> bool:
        return t.dep_ in {"relcl", "acl"} and after.start <= t.i < after.end and t.head.i >= source_span.start

    runs_on = bool(rest) and rest[0].lower_ not in {"who", "which", "whose", "that", "and", "but"} and any(
        t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        and not describes_source(t) and not any(describes_source(a) for a in t.ancestors)
        for t in rest
    )
    if content is after and _closes_clause(cue.tokens, sent) and len(clause) >= 3 and any(t.pos_ in {"VERB", "AUX"} for t in clause) and not runs_on:
        content = before
    # "an Uyghur professor — who was not arrested, according to Ibrahim — and a restaurant": a phrase closing an aside
    # between dashes takes the aside, not the clause the aside sits in
    if content is before and source_span.end < sent.end and doc[source_span.end].text in DASHES:
        opening = next((t.i for t in reversed(before) if t.text in DASHES), None)
        if opening is not None and len([t for t in doc[opening + 1 : cue.tokens.start] if not t.is_punct]) >= 2:
            content = doc[opening + 1 : cue.tokens.start]
    # '"...," Naryshkin said, according to Russian state media': the phrase sources another's speech, not a claim
    # (a speech reported without quotation, "The Turkish embassy denied any involvement, according to a Mongolian
    # Ministry of Foreign Affairs statement", is the source's claim)
    # (the quotation closing just before the speaker and cue: not "... identified him as an “Operation Fox Hunt” priority
    # and asked law enforcement agencies worldwide to find and apprehend him, according to the indictment")
    def closes_quotation(verb: Token) -> bool:
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ == "nsubj"])
        return any(t.is_quote for t in doc[max(sent.start, first - 3) : first])

    if content is before and any(t.is_quote for t in before) and any(
        t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children) and closes_quotation(t)
        for t in doc[max(sent.start, cue.tokens.start - 5) : cue.tokens.start]
    ):
        return actor, source_span, None
    return actor, source_span, _trim(content) if len(content) else None


# an epigraph's attribution line: a dash opening the line, the speaker and often a place and date after it
# ("—Deputy prime minister Narayan Kaji Shrestha, September 2012"); not an embedded post's signature
# ("— Fahrettin Altun (@fahrettinaltun) December 23, 2020"), which the stories' gold does not count
EPIGRAPH_LINE = re.compile(r"^[\u2014\u2013][ \t]*([^\n@]{3,150})$", re.MULTILINE)
EPIGRAPH_WORDS = 80  # the most words of the quotation line above an epigraph's attribution


def _epigraphs(doc: Doc, text: str) -> Iterator[tuple[Span, Span, Span]]:
    """Yield the dash, the speaker's words and the quotation of each epigraph: a line of quotation with a line after it
    that opens with a dash and names its speaker (GUIDELINES attributions: the cue as written, here the dash)."""
    if "\n\u2014" not in text and "\n\u2013" not in text:
        return
    for match in EPIGRAPH_LINE.finditer(text):
        start = match.start()
        if start == 0 or text[start - 1] != "\n":
            continue
        above_end = start - 1
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end]
        if not above.strip() or above.lstrip()[:1] in {"\u2014", "\u2013"} or len(above.split()) > EPIGRAPH_WORDS:
            continue
        dash = doc.char_span(start, start + 1, alignment_mode="expand")
        speaker = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
        quotation = doc.char_span(above_start, above_end, alignment_mode="contract")
        if dash is None or speaker is None or quotation is None or not len(speaker) or not len(quotation):
            continue
        yield dash, speaker, quotation


def _closes_clause(phrase: Span, sent: Span) -> bool:
    """True when a phrase follows a comma or a dash, with any closing quote mark between ('"today later," according
    to ...')."""
    i = phrase.start - 1
    while i > sent.start and phrase.doc[i].is_quote:
        i -= 1
    return i >= sent.start and phrase.doc[i].text in {",", "\u2014", "-", "\u2013"}


def _sentence_end(doc: Doc, char: int) -> int:
    """Return the end offset of the sentence holding a character offset."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return sentence(span[0]).end_char if span is not None and len(span) else char


def extract_attributions(
    doc: Doc, *, article_id: str = "", actors: list[Actor] | None = None, resources: Resources | None = None
) -> Iterator[AttributionRow]:
    """Yield one attribution per cue whose speaker resolves to a named actor, except a cue inside another's quote
    ('"UNHCR urges Kenya to ...," read its statement': the quoted words are the statement's content, no claim of their own)."""
    rows = list(_attributions(doc, article_id=article_id, actors=actors, resources=resources))
    # ('"A," said Pavin, adding that ... . "B."': a cue after the speaker in the sentence of a quotation's own cue, which
    # the quotation goes on past, tells a claim of its own)
    quoted = [(r.content_start, r.content_end, r.cue_start, _sentence_end(doc, r.cue_start)) for r in rows if r.quote == "direct"]
    # "According to Haber 7, investigators believe ...": the belief is the claim the source gives, no second one
    reported = [(r.content_start, r.content_end) for r in rows if r.cue.lower() == "according to"]
    res = resources or load_resources()
    kept: list[AttributionRow] = []
    for row in rows:
        if not any(start <= row.char_start and row.char_end <= end and (start, end) != (row.content_start, row.content_end)
                   and not said < row.cue_start < after for start, end, said, after in quoted) and not (
            any(start <= row.char_start and row.char_end <= end for start, end in reported)
            and (cue := doc.char_span(row.cue_start, row.cue_end)) is not None and cue[0].lemma_.lower() in BELIEF_VERBS
        ) and not any(_repeats(row, other) for other in kept) and not any(_own_claim_within(row, other, res) for other in rows):
            kept.append(row)
            yield row


def _other_name(shown: str, name: str) -> bool:
    """True for a name as written that is another proper name of the body, not its canonical name shortened or
    abbreviated: written in words (some lowercase letter), none of whose capitalised words the canonical name has."""
    own = {w.casefold() for w in re.findall(r"\w+", name)}
    return any(c.islower() for c in shown) and not any(w[:1].isupper() and w.casefold() in own for w in re.findall(r"\w+", shown))


def _own_claim_within(row: AttributionRow, outer: AttributionRow, res: Resources) -> bool:
    """True for a cue whose subject, a pronoun for the speaker ("it", "his government"), opens the claim of that
    speaker's own cue ("Japan said it had told Beijing that ...", "HRW says it has documented such cases", "he wrote he
    condemned the attack"): the speaker's one claim, told of itself, not two (a denial so told stays an item of its own:
    "Thailand said it denied the reports")."""
    return outer is not row and outer.source == row.source and row.stance == "assert" \
        and row.char_start == outer.content_start and outer.content_start < row.cue_start < outer.content_end \
        and row.content_end <= outer.content_end and (row.source_text or "-").split()[0].lower() in res.pronouns


def _repeats(row: AttributionRow, earlier: AttributionRow) -> bool:
    """True for an attribution the article gave before: the same speaker, cue and stance, and (nearly) the same claim,
    as when a story repeats its lead further down (GUIDELINES.md: each distinct item once per article)."""
    if (row.source, row.cue.lower(), row.stance) != (earlier.source, earlier.cue.lower(), earlier.stance):
        return False
    return bool(tokens(row.content)) and token_f1(row.content, earlier.content) >= 0.8  # the evaluator's claim match


def _attributions(
    doc: Doc, *, article_id: str = "", actors: list[Actor] | None = None, resources: Resources | None = None
) -> Iterator[AttributionRow]:
    res = resources or load_resources()
    CUE_LEMMAS.update(res.cues)
    REBUTTAL_VERBS.update(res.attribution_words.get("rebuttal_verb", frozenset()))
    CLAIM_NOUNS.update(res.attribution_words["claim_noun"])
    BELIEF_VERBS.update(res.attribution_words["belief_verb"])
    RECEIVING_VERBS.update(res.attribution_words.get("receiving_verb", frozenset()))
    CITING_VERBS.update(res.attribution_words.get("citing_verb", frozenset()))
    QUOTED_AS_VERBS.update(res.attribution_words.get("quoted_as_verb", frozenset()))
    CLAUSE_CUES.update(set(res.cues) - res.object_cues - res.attribution_words["hearer_verb"])
    actors = actors if actors is not None else find_actors(doc, resources=res)
    actors = _whole_names(actors)
    text = doc_text(doc)
    actors = _without_datelines(actors, text)
    # a source is named as the actor's row names it where the article first writes another proper name of the body
    # ("Caucasian Knot" for Kavkazski Uzel; GUIDELINES.md attributions: the canonical name of the actor, as in actors);
    # not a short form of its name ("Amnesty", "Spiegel") or an abbreviation ("RFE/RL"), which take the canonical name
    written: dict[str, str] = {}
    for named in actors:
        written.setdefault(named.name, named.shown if named.shown and _other_name(named.shown, named.name) else named.name)

    def row(source: Span, actor: Actor, cue_start: int, cue_end: int, stance: str, content: Span, quote: str,
            start: int, end: int) -> AttributionRow:
        """The row of a claim: its speaker's words and actor, its cue's offsets, its content, the whole span."""
        return AttributionRow(
            article_id=article_id,
            char_start=start,
            char_end=end,
            text=text[start:end],
            attribution_id=f"{article_id}@{cue_start}",
            source_text=source.text,
            source=written.get(actor.name, actor.name),
            source_type=actor.type,
            source_country=actor.country,
            cue=text[cue_start:cue_end],
            stance=stance,
            content=content.text,
            quote=quote,
            cue_start=cue_start,
            cue_end=cue_end,
            content_start=content.start_char,
            content_end=content.end_char,
        )

    speakers: list[Actor] = []
    made: list[tuple[AttributionRow, Actor]] = []  # the rows of cues, with their speakers
    for dash, words, quotation in _epigraphs(doc, text):
        # an epigraph: the quotation above, in the speaker's own words (direct, though it has no quote marks)
        epigraph = _actor_in(words, actors) or _resolve_speaker(words.root, actors, speakers, res)
        content = _trim(quotation)
        if epigraph is None or content is None:
            continue
        epigraph = _full_name(epigraph, actors)
        speakers.append(epigraph)
        stance = "deny" if _denies(content, res, epigraph) else "assert"
        yield row(words, epigraph, dash.start_char, dash.end_char, stance, content, "direct", content.start_char, words.end_char)
    for cue in _cues(doc, res):
        appeal: Span | None = None
        if _quoted(cue.tokens[0]):
            continue  # '"They asked a public servant to ..."': the quoted speaker's words, not a claim of their own
        if cue.tokens[0].lower_ == "according":
            actor, source_span, content = _according_to(cue, doc, actors, speakers, res)
        else:
            verb = cue.tokens[0]
            agent = _agent(verb, res)
            subject = agent if agent is not None else _subject(verb)
            if subject is None:
                continue
            # "Ryanair believes ...": a belief reports a position when its holder is named; "he believed he was flying to
            # Bujumbura" tells a person's thoughts. A pronoun's belief in the present tense heading its own sentence is
            # the position the speaker holds now, as a reporter gives it ("He suspects the assault was carried out
            # because of his story"), not one embedded in another clause ("hinted that they believe ...")
            if verb.lemma_.lower() in res.attribution_words["belief_verb"] and subject.lower_ in res.pronouns \
                    and not (verb.tag_ in {"VBZ", "VBP"} and verb.dep_ == "ROOT"):
                continue
            # "it shows that ...", "this suggests ...": what a situation shows is no one's claim
            if verb.lemma_.lower() in res.attribution_words["evidence_verb"] and subject.lower_ in {"it", "this"}:
                continue
            actor = _resolve_speaker(subject, actors, speakers, res)
            # '"Your mother went to study," he told Mahmut': a pronoun never refers to the one its own verb names as
            # object (that would be "himself"); the speaker is someone else, unnamed here
            if actor is not None and subject.lower_ in res.pronouns and any(
                    c.dep_ in {"dobj", "dative"} and any(a.name == actor.name and a.span.start <= c.i < a.span.end for a in actors)
                    for c in verb.children):
                continue
            source_span = _span_of(subject)
            role = res.appeal_cues.get(verb.lemma_.lower())
            appeal = _appeal(verb, res) if role is not None else None
            if agent is not None:
                content = _passive_content(verb, agent, res)
            elif len(cue.tokens) > 1 and cue.tokens[0].dep_ == "ROOT" and cue.tokens[0].lemma_.lower() in {"be", "remain"}:
                # "is gravely concerned about recent attempts ...", "remains alarmed that ...": what the state is about
                last = cue.tokens[-1]
                about = last if last.dep_ != "acomp" else next(c for c in [*last.children, *verb.children] if c.dep_ == "ccomp")
                content = _trim(doc[about.i + 1 if about.dep_ != "ccomp" else about.left_edge.i : about.right_edge.i + 1])
            elif len(cue.tokens) > 1 and cue.tokens[-1].dep_ == "dobj":
                # "expressed concern about ...", or the quotation the feeling introduces ("expressed his gratitude: '...'")
                content = _concern_content(verb, cue.tokens[-1]) or _introduced_quote(cue.tokens[-1], doc, res)
            elif appeal is not None:
                content = appeal
                # "called on", "appealed for": the particle belongs to the cue
                if appeal.start > verb.i + 1 and doc[verb.i + 1].lower_ in res.attribution_words["appeal_preposition"] and verb in {doc[verb.i + 1].head, doc[verb.i + 1].head.head} \
                        and doc[verb.i + 1].dep_ in {"prep", "prt", "mark"} and not any(t.ent_type_ in {"DATE", "TIME"} for t in doc[verb.i + 1].subtree):
                    cue = Cue(doc[verb.i : verb.i + 2], cue.stance)
            elif role in {"appeal", "appeal_to"}:
                content = _adjacent_quote(verb, doc)  # '"Come forward," police urged'
            else:
                content = _content(verb, doc, res)
        # "..., Thai media reported, citing a statement from Thai authorities": the one the report cites makes the claim
        # too, whether or not the reporter is named
        cited = _cited(cue.tokens[0], actors, speakers, res) if content is not None else None
        if (actor is None and cited is None) or content is None or source_span is None:
            continue
        content = _colon_quote(content)
        content = _quote_closed(content, min(source_span.start, cue.tokens.start))
        content = _without_claim_on_it(content)
        if content.start < source_span.start < content.end <= cue.tokens.start:
            # a claim the parser hung its closing speaker on ("..., Human Rights Watch said"): it ends before the speaker
            content = _trim(doc[content.start : source_span.start])
            if content is None:
                continue
        elif content.end < source_span.start and doc[source_span.start - 1].text == "," and source_span.end <= cue.tokens.start \
                and content.start == sentence(cue.tokens[0]).start and _closing_speaker(cue.tokens[0]) is not None:
            # "... (S$172,451) each for eight activists based abroad, Hong Kong Free Press reported": a claim opening the
            # sentence runs to the comma before its closing speaker, though the parser cut it short
            content = _trim(doc[content.start : source_span.start]) or content
        if actor is not None:
            actor = _abbreviated(_nationals_named_first(_full_name(actor, actors), actors, res), actors)
        split = _spans_its_cue(content, cue.tokens)
        if content.start <= cue.tokens.start < content.end and not split:
            continue
        if actor is not None:
            speakers.append(actor)
        stance = cue.stance
        # an appeal asserts, whatever it asks ("urged Morocco not to send him to China")
        # a quotation the cue splits takes its stance from the words before the cue, as before it went on
        claim = doc[content.start : cue.tokens.start] if split else content
        # a quotation of several sentences takes its stance from its first, where a rebuttal opens ('"These allegations
        # are baseless. ..."'), not from a critic's words further on on the other side's claims
        if (first := sentence(claim[0]).end) < claim.end and _quote_kind(content) != "indirect":
            claim = doc[claim.start : first]
        if stance == "assert" and not appeal and (_denies(claim, res, actor) or _criticises_claim(cue.tokens[0], res)
                                                  or _follows_denial(cue.tokens[0], claim, res)):
            stance = "deny"
        start = min(source_span.start_char, cue.tokens.start_char, content.start_char)
        end = max(source_span.end_char, cue.tokens.end_char, content.end_char)
        quote = "direct" if split else _quote_kind(content)
        if actor is not None:
            made.append((row(source_span, actor, cue.tokens.start_char, cue.tokens.end_char, stance, content, quote, start, end), actor))
            yield made[-1][0]
        if cited is not None:
            citing, cited_actor, cited_span = cited
            cited_actor = _abbreviated(_full_name(cited_actor, actors), actors)
            start = min(citing.idx, content.start_char)
            end = max(cited_span.end_char, content.end_char)
            yield row(cited_span, cited_actor, citing.idx, citing.idx + len(citing), stance, content, quote, start, end)
    # a headline in title case, which the model reads as a run of names, when no cue was found on it
    headline = _headline_cue(doc, text, res)
    if headline is None or any(done.cue_start < headline.line.end_char for done, _ in made):
        return
    actor = _headline_speaker(headline, actors, made, res)
    content = _trim(headline.content)
    if actor is None or content is None:
        return
    actor = _abbreviated(_full_name(actor, actors), actors)
    cue_token, words = headline.cue, headline.speaker
    start = min(words.start_char, cue_token.idx, content.start_char)
    end = max(words.end_char, cue_token.idx + len(cue_token), content.end_char)
    yield row(words, actor, cue_token.idx, cue_token.idx + len(cue_token), res.cues[headline.lemma], content,
              _quote_kind(content), start, end)
