"""Fuzzing: random Unicode through ingest and extraction never raises and keeps offsets exact.

Text mixes control characters, combining marks, right-to-left scripts, emoji,
very long lines and fragments of real report prose (so the extractors fire).
Examples are few (``max_examples``) to keep the suite fast; the model is the
session's ``nlp`` fixture.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import read_articles
from pipeline.records import Article, ErrorRow
from pipeline.run import extract_article

PROSE = [
    "Police in Rotterdam said on 26 October 2022 that two men were arrested. ",
    "China's Ministry of Public Security denied running 54 stations in 30 countries, Safeguard Defenders said. ",
    "“We will not tolerate this,” the minister told reporters in Dublin last week. ",
    "At least a dozen activists in Toronto received threats, according to Amnesty International. ",
    "Iran's intelligence ministry paid $500,000 for the plot, prosecutors alleged. ",
]
ODD = [
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\r", "\r\n", "\t",
    "e\u0301", "a\u0308\u0323", "\u0301\u0301\u0301",  # combining marks, also with nothing to combine with
    "مرحبا بالعالم", "שלום עולם", "\u202e", "\u200f", "\u200d", "\ufeff", "\u00ad",
    "😀", "👩‍👩‍👧‍👦", "🇨🇳", "🏳️‍🌈",
    "ｆｕｌｌ ｗｉｄｔｈ", "Ⅻ", "٣٤٥", "½", "𝟘𝟙", "\U0010ffff", "\ufffd",
]

texts = st.lists(
    st.one_of(
        st.sampled_from(PROSE),
        st.sampled_from(ODD),
        st.text(max_size=40),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
        st.integers(200, 3000).map(lambda n: "x" * n),  # a very long token
        st.integers(50, 400).map(lambda n: "word " * n),  # a very long line
    ),
    min_size=1,
    max_size=25,
).map("".join)

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check_rows(text: str, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Every row's text is the article's text at its offsets (attributions: cue and content too)."""
    for table, table_rows in rows.items():
        for row in table_rows:
            assert 0 <= row["char_start"] <= row["char_end"] <= len(text), (table, row)
            assert text[row["char_start"] : row["char_end"]] == row["text"], (table, row)
            if table == "attributions":
                assert text[row["cue_start"] : row["cue_end"]] == row["cue"], row
                assert text[row["content_start"] : row["content_end"]] == row["content"], row


@FUZZ
@given(text=texts)
def test_extraction_keeps_offsets(nlp: Any, text: str) -> None:
    article = Article(article_id="fuzz", path="fuzz.txt", text=text, published="2022-10-27")
    check_rows(text, extract_article(nlp, article))


@FUZZ
@given(text=texts, suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
def test_ingest_never_raises(nlp: Any, text: str, suffix: str, encoding: str) -> None:
    if suffix == ".json":
        content = json.dumps({"text": text, "title": text[:30], "published": text[:12]})
    elif suffix == ".jsonl":
        content = json.dumps({"id": text[:10] or "x", "text": text}) + "\n" + text[:50] + "\n"
    elif suffix == ".html":
        content = f"<html><head><title>{text[:20]}</title></head><body><p>{text}</p></body></html>"
    else:
        content = text
    data = content.encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        items = list(read_articles([Path(folder)]))
    assert items
    for item in items:
        if isinstance(item, ErrorRow):
            assert item.error and "\n" not in item.error
            continue
        assert "\x00" not in item.text and item.text.strip()
        item.text.encode("utf-8")  # nothing a UTF-8 writer refuses
        for value in (item.title, item.source, item.url, item.published):
            assert value is None or ("\n" not in value and value.strip() == value)
        check_rows(item.text, extract_article(nlp, item))


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".md"]))
def test_ingest_random_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"doc{suffix}").write_bytes(data)
        (Path(folder) / "doc.meta.json").write_bytes(data[:200])
        (Path(folder) / "metadata.csv").write_bytes(b"id,title\n" + data[:100])
        items = list(read_articles([Path(folder)]))
    for item in items:
        if isinstance(item, Article):
            item.text.encode("utf-8")
        else:
            assert item.error and "\n" not in item.error
