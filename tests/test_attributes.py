"""The column-wise attribute ruler and lemmatizer give every token the attributes the model's own components give."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.attributes import swap_components
from pipeline.paths import BUNDLED_ARTICLES, DEFAULT_MODEL, REAL_TEXTS

# Sentences that reach the ruler's word exceptions: multi-token patterns (index 1 included), DEP and IS_SPACE tests, lemma overrides.
SENTENCES = [
    "I ain't gonna say it, and y'all got ta let 's go: c'm on.",
    "There is a camp; there were two. Let's see what they'd done and what he'd do.",
    "She gets what she got, doin' and goin' nothin' for 'em, ol' somethin' 'nuff.",
    "Anyone who can't or won't, sha n't; I have had it with them and myself.",
    "The  officers \n\n said that whether or not it was so,  he   would go.",
    "",
]


def attributes(doc: Doc) -> list[tuple[str, str, str, str, str, int, int, int]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.morph.key, t.lemma, t.dep) for t in doc]


def texts() -> Iterator[str]:
    from pipeline.ingest import read_articles
    from pipeline.records import Article

    yield from SENTENCES
    folders = [BUNDLED_ARTICLES] + ([REAL_TEXTS] if REAL_TEXTS.is_dir() else [])
    for article in read_articles(folders):
        if isinstance(article, Article):
            yield article.text


@pytest.fixture(scope="module")
def both() -> tuple[Language, Language]:
    reference = spacy.load(DEFAULT_MODEL)
    columns = spacy.load(DEFAULT_MODEL)
    swap_components(columns)
    return reference, columns


def test_the_model_components_are_swapped(both: tuple[Language, Language], nlp: Language) -> None:
    reference, columns = both
    assert columns.pipe_names == [
        {"attribute_ruler": "tnr_attribute_ruler", "lemmatizer": "tnr_lemmatizer"}.get(name, name) for name in reference.pipe_names
    ]
    assert "tnr_attribute_ruler" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names


def test_every_token_gets_the_same_attributes(both: tuple[Language, Language]) -> None:
    reference, columns = both
    corpus = list(texts())  # words met again are answered from the components' memos
    for expected, got in zip(reference.pipe(corpus), columns.pipe(corpus), strict=True):
        assert attributes(got) == attributes(expected)


def test_a_pattern_of_another_kind_keeps_the_models_ruler() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "tnr"}, {"IS_DIGIT": True, "OP": "+"}]], {"POS": "PROPN"})  # type: ignore[attr-defined]
    swap_components(nlp)
    assert "attribute_ruler" in nlp.pipe_names and "tnr_lemmatizer" in nlp.pipe_names
    assert nlp("They saw tnr 12 and 13.")[2].pos_ == "PROPN"


def test_a_lemmatizer_of_another_kind_is_kept() -> None:
    nlp = spacy.blank("fr")  # its lemmatizer's own rules may read more than ORTH, POS and MORPH
    nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    swap_components(nlp)
    assert nlp.pipe_names == ["lemmatizer"]
