"""Rebuild the real-text set's texts from captured search results and check their SHA-256s.

The texts of ``corpus/real/`` are third-party and never committed. Each
session re-collects them: the raw search result of every source (its query,
url and excerpt) is saved as ``raw/<id>.json``, and this script trims it by
the rules in README.md into ``texts/<id>.txt`` (plus ``texts/metadata.jsonl``
for tnr), then compares each text's SHA-256 with the one recorded in the
sources files.

    python corpus/real/collect.py              # rebuild all, list what is missing or changed
    python corpus/real/collect.py --record ID  # rebuild ID and record its words and SHA-256

Exit status: 0 when every source's text is present and matches, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
TEXTS = HERE / "texts"
SOURCES_GLOB = "sources*.jsonl"
META_FIELDS = ("title", "source", "url", "published")
WORD = re.compile(r"[^\W_]+")
# The stored pages open some excerpts with the index's own stamp (" date 2023-10-06 "), not the report's words.
INDEX_STAMP = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s+")


def read_sources(folder: Path = HERE) -> list[tuple[Path, dict[str, Any]]]:
    """Return (file, record) for every line of every sources file, in file then line order."""
    found: list[tuple[Path, dict[str, Any]]] = []
    for path in sorted(folder.glob(SOURCES_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append((path, json.loads(line)))
    return found


def trim(excerpt: str, *, lines: list[int], drop: list[int]) -> str:
    """Return the article text of an excerpt by the README's trim rules."""
    all_lines = excerpt.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start, end = lines
    kept = [all_lines[i].rstrip() for i in range(start, min(end, len(all_lines))) if i not in set(drop)]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return INDEX_STAMP.sub("", text, count=1) + "\n"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build(record: dict[str, Any], *, raw_dir: Path = RAW) -> str | None:
    """Return the trimmed text of one source from its raw capture, or None when the capture is missing."""
    path = raw_dir / f"{record['id']}.json"
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw.get("url") != record["url"]:
        raise ValueError(f"{path}: url {raw.get('url')!r} is not the source's {record['url']!r}")
    return trim(raw["excerpt"], lines=list(record["lines"]), drop=list(record.get("drop") or []))


def collect(*, record_ids: set[str], folder: Path = HERE) -> list[str]:
    """Rebuild every text; record words and SHA-256 for ``record_ids``; return the problems found."""
    raw_dir, texts = folder / "raw", folder / "texts"
    texts.mkdir(exist_ok=True)
    problems: list[str] = []
    metadata: list[str] = []
    rewritten: dict[Path, list[dict[str, Any]]] = {}
    for path, record in read_sources(folder):
        rewritten.setdefault(path, []).append(record)
        try:
            text = build(record, raw_dir=raw_dir)
        except (ValueError, KeyError, json.JSONDecodeError) as error:
            problems.append(f"{record['id']}: unreadable capture: {error}")
            continue
        if text is None:
            problems.append(f"{record['id']}: missing (no raw/{record['id']}.json; re-collect it with the query in its source line)")
            continue
        (texts / f"{record['id']}.txt").write_text(text, encoding="utf-8")
        metadata.append(json.dumps({"id": record["id"], **{k: record.get(k) for k in META_FIELDS}}, ensure_ascii=False))
        if record["id"] in record_ids:
            record["words"] = len(WORD.findall(text))
            record["sha256"] = sha256(text)
        elif record.get("sha256") != sha256(text):
            problems.append(f"{record['id']}: changed (SHA-256 {sha256(text)[:12]}..., recorded {str(record.get('sha256'))[:12]}...)")
    (texts / "metadata.jsonl").write_text("".join(line + "\n" for line in metadata), encoding="utf-8")
    if record_ids:
        for path, records in rewritten.items():
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", nargs="*", default=[], metavar="ID", help="record words and SHA-256 of these sources")
    args = parser.parse_args(argv)
    problems = collect(record_ids=set(args.record))
    total = len(read_sources())
    for line in problems:
        print(line)
    print(f"{total - len(problems)} of {total} texts present and matching")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
