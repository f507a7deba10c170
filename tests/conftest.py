"""Shared pytest fixtures: the real tnr spaCy pipeline, loaded once per test session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """Return ``pipeline.load()`` (the default model plus tnr's components), shared by every test."""
    import pipeline

    return pipeline.load()
