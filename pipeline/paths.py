"""One place for the project's paths and defaults."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = PROJECT_ROOT / "models"
CORPUS_ARTICLES = PROJECT_ROOT / "corpus" / "articles"
DEFAULT_GOLD = PROJECT_ROOT / "corpus" / "gold"
DEFAULT_THRESHOLDS = PROJECT_ROOT / "corpus" / "thresholds.json"
DEFAULT_OUTPUT = Path("outputs")
