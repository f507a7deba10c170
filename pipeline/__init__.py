"""tnr: extraction of locations, counts, actors, dates and attributions from transnational-repression reports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from spacy.language import Language


def load(model: str | None = None) -> Language:
    """Return a spaCy pipeline whose Docs carry tnr's extractions (``doc._.tnr_counts`` ...)."""
    from pipeline.paths import DEFAULT_MODEL
    from pipeline.nlp import load as load_nlp

    return load_nlp(model or DEFAULT_MODEL)


def load_tables(out_dir: Any = "outputs") -> dict[str, Any]:
    """Return the output tables of a run as pandas DataFrames, typed as datapackage.json declares."""
    from pipeline.loader import load_tables as _load_tables

    tables: dict[str, Any] = _load_tables(out_dir)
    return tables


__all__ = ["__version__", "load", "load_tables"]
