"""Attributions: who claims or denies what, from cue verbs and their dependency neighbours.

For each cue (a verb of saying or denying, or "according to"), the speaker is
the verb's subject (inherited from the governing verb for "..., stating that"),
the content its clausal complement, object or the adjacent quotation. The
speaker is resolved to a named actor: one inside the subject ("a spokesperson
of the ministry"), an actor the subject refers back to ("it", "the NGO"), or
the owner of a document ("its report said").
"""

from __future__ import annotations

import re

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.extract.actors import Actor, find_actors, person_gender
from pipeline.extract.index import sentence
from pipeline.normalize import normalize_country
from pipeline.records import AttributionRow
from pipeline.resources import Resources, load_resources

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "parataxis", "oprd"}
PRONOUNS = {"it": "org", "they": "org", "he": "person", "she": "person", "its": "org", "their": "org", "his": "person", "her": "person"}
GENDERED = {"he": "m", "his": "m", "she": "f", "her": "f"}
# Nouns that refer back to an actor of a type ("the NGO said", "the outlet revealed").
ANAPHORS = {
    "ngo": "ngo", "group": "nongov", "organisation": "ngo", "organization": "ngo", "charity": "ngo", "watchdog": "ngo",
    "outlet": "media", "newspaper": "media", "broadcaster": "media", "paper": "media", "channel": "media", "agency": "org",
    "company": "organization", "firm": "organization", "airline": "organization", "party": "organization",
    "university": "organization", "club": "organization", "movement": "nongov", "campaign": "nongov",
    "ministry": "government", "embassy": "government", "police": "government", "department": "government", "bureau": "government",
    "government": "state", "regime": "state", "country": "state", "authorities": "state",
}
# Words in the names of prosecuting bodies ("Department of Justice", "U.S. Attorney's Office", "Crown Prosecution Service").
PROSECUTION_WORDS = ("prosecut", "department of justice", "attorney")
# Unnamed speakers that stand for a named body of the article: the noun's lemma, and words one of which the
# body's name holds ("Prosecutors said" in a story naming the Department of Justice; "the mission said").
SPEAKING_FOR = {
    "prosecutor": PROSECUTION_WORDS,
    "prosecution": PROSECUTION_WORDS,
    "detective": ("police", "scotland yard", "mounted", "bureau of investigation"),
    "investigator": ("police", "investigat", "prosecut", "justice"),
    "service": ("service", "intelligence", "security"),
    "mission": ("mission",),
    "office": ("office",),
    "expert": ("rapporteur", "expert"),
    "rapporteur": ("rapporteur",),
    "judge": ("court",),
}
RELATIVE_PRONOUNS = {"which", "who", "that"}
# Verbs whose negation is an opinion, not a denial ("we don't think cuts are advisable").
OPINION_VERBS = {"think", "believe", "expect", "know", "want", "see", "need", "plan", "consider", "tolerate", "accept"}
# Offices that, with "the", refer back to the person holding them ("the Minister said").
OFFICES = {"minister", "president", "premier", "chancellor", "ambassador", "secretary", "commissioner",
           "superintendent", "chief", "governor", "mayor", "senator", "lawmaker", "rapporteur", "envoy"}
# People who speak for the one a possessive names ("its researchers", "his lawyers", "their spokesman").
SPOKESPEOPLE = {"researcher", "lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "representative",
                "official", "officer", "staff", "counsel", "team", "leader", "leadership", "director", "author"}
VERDICTS = {"guilty", "innocent", "liable"}
# Objects that make "dismissed", "rejected", "upheld" a court's or official's act rather than a claim.
LEGAL_ACTS = {"case", "lawsuit", "suit", "appeal", "petition", "application", "request", "bid", "motion", "visa", "asylum"}
DOCUMENTS = {"report", "statement", "study", "investigation", "indictment", "complaint", "letter", "analysis",
             "findings", "evidence", "research", "document", "filing", "affidavit", "release", "article", "post", "tweet"}
# Charging documents speak for the prosecution that filed them (GUIDELINES: "the indictment says" is the prosecuting body).
CHARGING_DOCUMENTS = {"indictment", "complaint", "affidavit", "filing", "charge", "indictments", "complaints"}
CUE_LEMMAS: set[str] = set()  # filled from the cue lexicon by extract_attributions
# Verbs whose object is the hearer, not the claim ("told Bloomberg that ...").
HEARER_VERBS = {"tell", "inform", "assure", "warn", "urge", "remind"}
MAX_QUOTE_TOKENS = 250
QUOTES = {'"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "``", "''"}


@dataclass(frozen=True)
class Cue:
    tokens: Span
    stance: str


def _cues(doc: Doc, res: Resources) -> Iterator[Cue]:
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            yield Cue(doc[token.i : token.i + 2], "assert")
        elif token.lemma_.lower() == "plead" and (plea := _plea(token)) is not None:
            # "pleaded not guilty" denies the charge; "pleaded guilty" admits it
            yield Cue(doc[token.i : token.i + 1], "deny" if plea[0].lower_ == "not" else "assert")
        elif token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in res.cues and (
            token.dep_ not in {"amod", "acl"}
            # "refuted these reports stating that ...": a participle introducing a clause still reports speech
            or (token.tag_ == "VBG" and any(
                c.dep_ == "ccomp" or (c.dep_ == "dobj" and token.lemma_.lower() in res.object_cues) for c in token.children
            ))
        ):
            # a passive cue ("was found guilty", "has been accused") or a negated one ("did not explain") reports no claim
            if any(child.dep_ in {"auxpass", "nsubjpass", "neg"} for child in token.children):
                continue
            if _act_not_claim(token, res):
                continue
            yield Cue(doc[token.i : token.i + 1], res.cues[token.lemma_.lower()])


def _act_not_claim(verb: Token, res: Resources) -> bool:
    """True for a cue verb used for an act, not a claim: "questioned his partner" (interrogated), "declared him
    persona non grata", "the jury found him guilty", "helped found a group", "what it called smears", "call 999"."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    after = [t.lower_ for t in doc[verb.i + 1 : verb.i + 12]]
    if lemma == "question" and objects:
        obj = objects[0]
        return obj.lower_ in {"him", "her", "them", "me", "us"} or obj.ent_type_ == "PERSON" or res.units.get(obj.lemma_.lower()) == "person"
    if lemma == "declare":
        return "persona" in after
    if lemma == "find":
        verdict = any(w in VERDICTS for w in after[:4]) and "that" not in after[:4]
        founding = verb.lower_ == "found" and (verb.tag_ == "VB" or doc[verb.i - 1].lower_ in {"help", "helped", "helps", "helping", "to"})
        return verdict or founding
    if lemma == "call":
        return any(t.lower_ == "what" for t in doc[max(0, verb.i - 3) : verb.i]) or any(c.dep_ == "dobj" and c.like_num for c in objects)
    return False


def _plea(verb: Token) -> Span | None:
    """Return the plea of "pleaded (not) guilty": "not guilty" or "guilty"."""
    guilty = next((c for c in verb.children if c.lower_ == "guilty" and c.i > verb.i), None)
    if guilty is None:
        return None
    doc = verb.doc
    start = guilty.i - 1 if doc[guilty.i - 1].lower_ == "not" else guilty.i
    return doc[start : guilty.i + 1]


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    # "..., stating that", "adding that": the governing verb's subject speaks
    if verb.dep_ in {"advcl", "conj", "xcomp", "acl"} and verb.tag_ in {"VBG", "VB", "VBN", "VBD", "VBZ"}:
        head = verb.head
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        if head.i != verb.i and head.pos_ in {"VERB", "AUX"}:
            return _subject(head)
    return None


def _span_of(token: Token) -> Span:
    doc = token.doc
    return doc[token.left_edge.i : token.right_edge.i + 1]


def _actor_in(span: Span, actors: list[Actor], *, head: Token | None = None) -> Actor | None:
    """Return the first actor inside the span, outside any clause that modifies its head."""
    excluded: set[int] = set()
    if head is not None:
        # "Residents of the complex where Kuzminov lived told ...": a clause inside the subject names no speaker
        for token in span:
            if token.dep_ in {"relcl", "acl", "advcl"} and token.i != head.i:
                excluded.update(range(token.left_edge.i, token.right_edge.i + 1))
        # "Thai Airways staff at Charles de Gaulle airport": a place or setting the speaker is at does not speak
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ not in {"of", "for", "from", "with"}:
                excluded.update(range(child.left_edge.i, child.right_edge.i + 1))
    inside = [
        a for a in actors
        if span.start <= a.span.start and a.span.end <= span.end and a.span.start not in excluded
    ]
    # "Interpol's secretary general, Jurgen Stock,": a person named in the subject speaks, not the body they serve;
    # "Gupta's lawyer, Jeffrey Chabrowe,": the one in apposition, not the one whose lawyer he is
    people = [a for a in inside if a.type == "person"]
    if head is not None:
        appositive = [a for a in people if any(c.dep_ == "appos" and a.span.start <= c.i < a.span.end for c in head.children)]
        people = appositive or people
    ranked = people or inside
    return ranked[0] if ranked else None


def _resolve_speaker(subject: Token, actors: list[Actor], speakers: list[Actor]) -> Actor | None:
    """Return the named actor a subject stands for.

    Pronouns prefer the latest speaker (subjects are the most salient referents,
    as in centering theory), then the latest actor mentioned.
    """
    span = _span_of(subject)
    own = next((a for a in actors if a.span.start <= subject.i < a.span.end), None)
    if own is not None:
        # "Amnesty International and Human Rights Watch said": speakers named together speak as the first
        inside = [a for a in actors if span.start <= a.span.start and a.span.end <= span.end]
        if inside and inside[0] is not own and any(t.lower_ == "and" for t in subject.doc[inside[0].span.end : own.span.start]):
            return inside[0]
        return own
    before = [a for a in actors if a.span.end <= span.start]
    word = subject.lower_
    if word in PRONOUNS:
        return _antecedent(subject, word, actors, speakers, before)
    # "the UN refugee agency, which said ...": a relative pronoun speaks for the noun its clause hangs on
    if word in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl" and subject.head.head.i < subject.i:
        # the clause may hang on the wrong noun ("Safeguard Defenders, a group based in Spain, which said"): walk up
        noun = subject.head.head
        for _ in range(6):
            found = _actor_in(_span_of(noun), actors) if noun.i < subject.i else None
            if found is not None and found.type != "state":
                return found
            if noun.head.i == noun.i:
                break
            noun = noun.head
        return None
    if subject.lemma_.lower() in SPEAKING_FOR and all(
        c.dep_ not in {"poss", "compound", "amod", "det"} or c.lower_ == "the" for c in subject.children
    ):
        body = _body_named(subject, actors, SPEAKING_FOR[subject.lemma_.lower()])
        if body is not None:
            return body
    # "a spokesperson of the ministry", "a report in The Independent": the noun after the preposition speaks
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "in", "from", "at", "by"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = _resolve_speaker(pobj, actors, speakers)
                    # "a spokesperson at the ministry" speaks for it; "staff at Charles de Gaulle airport" not for the airport
                    if found is not None and not (
                        child.lower_ in {"at", "in"} and (found.type == "person" or not found.span.start <= pobj.i < found.span.end)
                    ):
                        return found
    found = _actor_in(span, actors, head=subject)
    if found is not None:
        return found
    # "the Minister said", "the president told": an office standing for the person just named in it
    if subject.lemma_.lower() in OFFICES and any(c.lower_ == "the" for c in subject.children) and not any(
        c.dep_ == "poss" for c in subject.children
    ):
        return _salient(subject, actors, "person") or _latest([a for a in before if subject.i - a.span.start < 60], "person")
    # "its researchers said", "his lawyers argued": people speaking for the one the possessive names
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and subject.lemma_.lower() in SPOKESPEOPLE:
        if owner.lower_ in PRONOUNS:
            return _antecedent(subject, owner.lower_, actors, speakers, before)
        named = next((a for a in actors if a.span.start <= owner.i < a.span.end), None)
        if named is not None:  # "Aljabri's lawyers say"
            return named
    # "its report said": the document speaks for its owner
    if subject.lemma_.lower() in DOCUMENTS or word in ANAPHORS:
        for child in subject.children:
            if child.dep_ == "poss" and child.lower_ in PRONOUNS:
                return _antecedent(subject, child.lower_, actors, speakers, before)
        wanted = ANAPHORS.get(word, "any")
        if subject.lemma_.lower() in CHARGING_DOCUMENTS:
            # the prosecution named in the article, else (a civil complaint) whoever sued
            prosecution = _body_named(subject, actors, PROSECUTION_WORDS) or _plaintiff(subject, actors)
            if prosecution is not None:
                return prosecution
        if subject.lemma_.lower() in DOCUMENTS and wanted == "any":
            # a document speaks for whoever spoke last, else the latest NGO, outlet or international body
            authors = [a for a in before if a.type in {"ngo", "media", "international_org"}]
            return _latest(speakers, "org") or (authors[-1] if authors else _latest(before, "org"))
        latest = _latest(before, wanted, noun=word)
        if latest is not None:
            return latest
    return None


def _antecedent(at: Token, pronoun: str, actors: list[Actor], speakers: list[Actor], before: list[Actor]) -> Actor | None:
    """Return the actor a pronoun refers to: the salient subject, else the latest speaker, else the latest actor.

    "he" and "she" skip people whose given name is plainly of the other gender.
    """
    wanted = PRONOUNS[pronoun]
    gender = GENDERED.get(pronoun)
    if gender is not None:
        def fits(actor: Actor) -> bool:
            return person_gender(actor.name) in {gender, None}

        actors, speakers, before = ([a for a in group if fits(a)] for group in (actors, speakers, before))
    return _salient(at, actors, wanted) or _latest(speakers, wanted) or _latest(before, wanted)


def _plaintiff(before: Token, actors: list[Actor]) -> Actor | None:
    """Return the latest named subject of "sued", "filed" or "brought" (a lawsuit) before a token."""
    found = None
    for token in before.doc[: before.i]:
        if token.lemma_.lower() in {"sue", "file", "bring", "lodge"} and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            own = next((a for a in actors if subject is not None and a.span.start <= subject.i < a.span.end), None)
            if own is not None and own.type in {"person", "ngo", "organization", "group"}:
                found = own
    return found


def _body_named(subject: Token, actors: list[Actor], words: tuple[str, ...]) -> Actor | None:
    """Return the body an unnamed speaker stands for: the latest named before it, else the first named after."""
    bodies = [
        a for a in actors
        if a.type in {"government", "international_org", "ngo"} and any(re.search(rf"\b{w}", a.name.lower()) for w in words)
        and not (a.span.start <= subject.i < a.span.end)
    ]
    earlier = [a for a in bodies if a.span.end <= subject.i]
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
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _salient(pronoun: Token, actors: list[Actor], wanted: str, *, sentences: int = 3) -> Actor | None:
    """Return the latest main-clause subject of a compatible type in this or the previous sentences.

    Centering theory ranks the main-clause subject as the most likely antecedent of a pronoun.
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
        if sent.start == 0:
            break
        sent = sentence(doc[sent.start - 1])
    return None


def _latest(actors: list[Actor], wanted: str, *, noun: str | None = None) -> Actor | None:
    if wanted == "nongov":  # "the group said": an NGO named before, else another organisation
        return _latest(actors, "ngo") or _latest(actors, "organization")
    for actor in reversed(actors):
        if wanted == "any" and actor.type != "group":
            return actor
        if wanted == "person" and actor.type == "person":
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
    quote = _adjacent_quote(verb, doc)
    # "In one case, he said, a regime had tried ...": a parenthetical cue, the claim is its host clause after it
    if verb.dep_ == "parataxis":
        host = verb.head
        cue_start, cue_end = verb.left_edge.i, verb.right_edge.i + 1
        if host.i < cue_start:  # "Russia knew who the men were, he said, and ...": the clause before
            return _trim(doc[host.left_edge.i : cue_start])
        if cue_end < host.right_edge.i + 1:  # "In one case, he said, a regime had tried ...": the clause after
            return _trim(doc[cue_end : host.right_edge.i + 1])
    # a clause after the cue before one ahead of it ("In a statement issued that day, the embassy said China ...")
    for child in sorted(verb.children, key=lambda c: c.i < verb.i):
        if child.dep_ in {"ccomp", "xcomp", "parataxis"}:
            clause = _span_of(child)
            if child.i < verb.i and quote is not None and not clause.start < quote.start - 1 < clause.end:
                return quote  # '"...," said X': the quotation, without its marks
            return _trim(clause)  # a clause that only ends in a quotation is the claim, quote marks and all
    if verb.lemma_.lower() in HEARER_VERBS:
        return quote
    # "called for the release of ...", "called on governments to ...": the preposition's phrase is the claim
    for child in verb.children:
        if child.dep_ in {"prep", "prt"} and child.lower_ in {"for", "on"} and child.i == verb.i + 1 and verb.lemma_.lower() in {"call", "urge"}:
            end = max([child.right_edge.i] + [c.right_edge.i for c in verb.children if c.i > child.i and c.dep_ in {"xcomp", "ccomp"}])
            return _trim(doc[child.i + 1 : end + 1])
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"} and c.i > verb.i]
    if objects and objects[0].lemma_.lower() in LEGAL_ACTS and res.cues.get(verb.lemma_.lower()) == "deny":
        return None  # "a judge dismissed the case", "rejected his appeal": a ruling, not a claim
    if objects and verb.lemma_.lower() not in res.object_cues:
        return quote  # "published a report", "charged eight people": an object that is no claim
    if objects:
        child = objects[0]
        if child.pos_ == "PRON" and child.lower_ in {"what", "which", "that", "this"}:
            return quote
        # a clause on the object that is itself a cue ("refuted these reports stating that ...") is its own attribution
        clauses = [
            c for c in child.children
            if c.i > child.i and c.dep_ in {"acl", "relcl", "advcl"} and c.lemma_.lower() in CUE_LEMMAS
        ]
        end = clauses[0].left_edge.i if clauses else child.right_edge.i + 1
        # "accused X of Y", "described it as Y", "called it Y": the completion belongs to the claim
        for sibling in verb.children:
            if sibling.i >= end and (
                (sibling.dep_ == "prep" and sibling.lower_ in {"of", "as"}) or sibling.dep_ in {"oprd", "xcomp", "ccomp"}
            ):
                end = sibling.right_edge.i + 1
        return _trim(doc[child.left_edge.i : end])
    return quote or _that_clause(verb, doc)


def _that_clause(verb: Token, doc: Doc) -> Span | None:
    """Return what follows "that" soon after the cue when the parser missed the clause ("Minsk said at the time
    that it had received a bomb threat", with "that" read as an adverb)."""
    sent = sentence(verb)
    for i in range(verb.i + 1, min(sent.end - 2, verb.i + 8)):
        if doc[i].lower_ == "that" and doc[i].dep_ != "det":
            return _trim(doc[i + 1 : sent.end])
        if doc[i].is_punct or doc[i].pos_ == "VERB":
            break
    return None


def _adjacent_quote(verb: Token, doc: Doc) -> Span | None:
    """Return the quotation that ends just before the cue ('"...," said X', '"... . ...," Burgess said').

    The quotation may span several sentences of its paragraph.
    """
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    skip = set(range(subject.left_edge.i, subject.right_edge.i + 1)) if subject is not None else set()
    i = verb.i - 1
    while i >= 0 and (i in skip or (doc[i].is_punct and doc[i].text not in QUOTES)):
        i -= 1
    if i < 0 or doc[i].text not in QUOTES:
        return None
    end = i
    j = end - 1
    while j >= max(0, end - MAX_QUOTE_TOKENS) and doc[j].text not in QUOTES and "\n\n" not in doc[j].text_with_ws:
        j -= 1
    if j >= 0 and doc[j].text in QUOTES and j + 1 < end:
        return _trim(doc[j + 1 : end])
    return None


def _trim(span: Span) -> Span | None:
    doc = span.doc
    start, end = span.start, span.end
    # a claim ends at its paragraph
    for token in doc[start:end]:
        if token.i > start and "\n\n" in doc[token.i - 1].text_with_ws:
            end = token.i
            break
    while start < end and (
        (doc[start].lower_ == "that" and doc[start].dep_ == "mark") or doc[start].text in {",", ":"}
        or doc[start].is_quote or (doc[start].is_punct and doc[start].text != "(")
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_quote):
        end -= 1
    return doc[start:end] if end > start else None


def _denies(content: Span, res: Resources, speaker: Actor | None = None) -> bool:
    """True when the claim calls something false, is itself a denial, or denies the speaker's side did wrong.

    "had nothing to do with", "no laws had been broken", "Rwanda did not kill him" (said by Rwanda's
    president) and "Iran denies any link" deny; a plain negation does not ("would not tolerate", "could
    not be fair"), nor does "never" ("the government was never informed" asserts, seed gold).
    """
    if any(t.lower_ in res.denial_words and t.pos_ != "VERB" for t in content):
        return True
    root = content.root
    if speaker is not None and any(c.dep_ == "neg" for c in root.children) and root.pos_ in {"VERB", "AUX"} \
            and root.lemma_.lower() not in OPINION_VERBS:
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and (
            subject.lower_ in {"we", "i"}
            or (speaker.type == "person" and subject.lower_ in {"he", "she"})
            or (speaker.country is not None and normalize_country(_span_of(subject).text, resources=res) == speaker.country)
        ):
            return True  # "she had not been involved", "he had never intended to hurt anyone", "Rwanda did not kill him"
    for token in content:
        if token.lemma_.lower() in res.cues and res.cues[token.lemma_.lower()] == "deny" and token.pos_ == "VERB" and _asserted(token, root):
            return True
        # "he had no link to any intelligence service", "no role in": the speaker's side had nothing to do with it
        if token.lower_ == "no" and token.dep_ == "det" and token.head.lemma_.lower() in DISOWNED:
            return True
        # "Russia had nothing to do with it", "they had done nothing wrong"; not "the release changes nothing"
        if token.lower_ == "nothing" and token.head == root and root.lemma_.lower() in {"have", "do"}:
            return True
        if token.lower_ == "no" and token.dep_ == "det" and token.head.dep_ in {"nsubj", "nsubjpass"} and token.head.head == root:
            return True
        if token.lower_ in {"without", "no"} and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in {"evidence", "basis", "foundation", "merit"}:
            return True
    return False


# Nouns that, after "no", disown a deed: "no link", "no involvement", "no knowledge of it".
DISOWNED = {"link", "connection", "involvement", "role", "knowledge", "part", "hand", "relation", "tie"}


def _asserted(verb: Token, root: Token) -> bool:
    """True when a denial verb inside a claim is itself denied by someone, not passive ("he was denied access")
    nor an act the claim reports ("accused the company of rejecting a plan")."""
    if any(child.dep_ in {"auxpass", "nsubjpass"} for child in verb.children):
        return False
    return not (verb.dep_ == "pcomp" or (verb.tag_ == "VBG" and verb.head.dep_ == "prep"))


def _quote_kind(content: Span) -> str:
    doc = content.doc
    before = content.start > 0 and doc[content.start - 1].is_quote
    quoted_inside = any(t.is_quote for t in content)
    after = content.end < len(doc) and doc[content.end].is_quote or (
        content.end + 1 < len(doc) and doc[content.end].is_punct and doc[content.end + 1].is_quote
    )
    if before and after and not quoted_inside:
        return "direct"
    if quoted_inside or before or after:
        return "mixed"
    return "indirect"


def _according_to(
    cue: Cue, doc: Doc, actors: list[Actor], speakers: list[Actor]
) -> tuple[Actor | None, Span | None, Span | None]:
    to = cue.tokens[-1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None, None, None
    source_span = _span_of(objects[0])
    actor = _actor_in(source_span, actors) or _resolve_speaker(objects[0], actors, speakers)
    sent = sentence(cue.tokens)
    # "X, according to Y, Z": the claim is what follows the phrase, else what precedes it
    after = doc[source_span.end : sent.end]
    before = doc[sent.start : cue.tokens.start]
    content = after if len([t for t in after if not t.is_punct]) >= 3 else before
    return actor, source_span, _trim(content) if len(content) else None


def extract_attributions(
    doc: Doc, *, article_id: str = "", actors: list[Actor] | None = None, resources: Resources | None = None
) -> Iterator[AttributionRow]:
    """Yield one attribution per cue whose speaker resolves to a named actor."""
    res = resources or load_resources()
    CUE_LEMMAS.update(res.cues)
    actors = actors if actors is not None else find_actors(doc, resources=res)
    speakers: list[Actor] = []
    text = doc.text  # built once: Doc.text joins every token on each access
    for cue in _cues(doc, res):
        if cue.tokens[0].lower_ == "according":
            actor, source_span, content = _according_to(cue, doc, actors, speakers)
        else:
            verb = cue.tokens[0]
            subject = _subject(verb)
            if subject is None:
                continue
            actor = _resolve_speaker(subject, actors, speakers)
            source_span = _span_of(subject)
            content = _content(verb, doc, res)
        if actor is None or content is None or source_span is None:
            continue
        if content.start <= cue.tokens.start < content.end:
            continue
        speakers.append(actor)
        stance = cue.stance
        if stance == "assert" and _denies(content, res, actor):
            stance = "deny"
        start = min(source_span.start_char, cue.tokens.start_char, content.start_char)
        end = max(source_span.end_char, cue.tokens.end_char, content.end_char)
        yield AttributionRow(
            article_id=article_id,
            char_start=start,
            char_end=end,
            text=text[start:end],
            attribution_id=f"{article_id}@{cue.tokens.start_char}",
            source_text=source_span.text,
            source=actor.name,
            source_type=actor.type,
            source_country=actor.country,
            cue=cue.tokens.text,
            stance=stance,
            content=content.text,
            quote=_quote_kind(content),
            cue_start=cue.tokens.start_char,
            cue_end=cue.tokens.end_char,
            content_start=content.start_char,
            content_end=content.end_char,
        )
