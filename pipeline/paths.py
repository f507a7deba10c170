"""One place for the project's paths and defaults."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# TNR_MODELS_DIR points a process at another copy of the rule data (read once, at import).
MODELS_DIR = Path(os.environ["TNR_MODELS_DIR"]) if os.environ.get("TNR_MODELS_DIR") else PROJECT_ROOT / "models"
CORPUS_ARTICLES = PROJECT_ROOT / "corpus" / "articles"
# The real-text set: committed sources, texts re-collected into a git-ignored folder (corpus/real/README.md).
REAL_SET = PROJECT_ROOT / "corpus" / "real"
REAL_TEXTS = REAL_SET / "texts"
DEFAULT_GOLD = PROJECT_ROOT / "corpus" / "gold"
DEFAULT_THRESHOLDS = PROJECT_ROOT / "corpus" / "thresholds.json"
DEFAULT_OUTPUT = Path("outputs")
