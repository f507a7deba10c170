"""Helpers shared by the test modules."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.paths import CORPUS_ARTICLES


def seed_folder(tmp_path: Path) -> Path:
    """Return a folder under ``tmp_path`` holding the seed article and its metadata table."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(CORPUS_ARTICLES / "seed_overseas_police_stations.txt", folder)
    shutil.copy(CORPUS_ARTICLES / "metadata.jsonl", folder)
    return folder
