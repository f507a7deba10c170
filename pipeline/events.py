"""Events: incidents of different articles that report the same real-world act.

Grouping runs once all articles are extracted, over the incident rows alone,
so it is deterministic and independent of article order: two incidents are
linked when they share origin, tactic and host and either name the same
person, or share a group (or both name no one) and give agreeing years (equal
or one unknown; both known and equal when the host is not named); an event is
a connected group. Its id is a hash of its members' sorted incident ids, so the
same incidents always give the same event id, whichever engine ran.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.records import TARGET_SEPARATOR, EventRow, as_dict

ID_SEPARATOR = "; "


def _targets(row: Mapping[str, Any]) -> frozenset[str]:
    raw = row.get("targets") or ""
    return frozenset(t.strip().casefold() for t in str(raw).split(TARGET_SEPARATOR) if t.strip())


def _year(row: Mapping[str, Any]) -> int | None:
    value = row.get("year")
    return int(value) if value not in (None, "") else None


def _same_name(a: str, b: str) -> bool:
    """True when two target names name the same one: equal, or one's words all in the other ("Khashoggi", "Jamal Khashoggi")."""
    if a == b:
        return True
    left, right = set(a.split()), set(b.split())
    return bool(left and right) and (left <= right or right <= left)


def same_event(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two incidents of different articles report the same act (same key, shared targets, agreeing years)."""
    if a["article_id"] == b["article_id"]:
        return False
    if (a["origin"], a["tactic"], a.get("host")) != (b["origin"], b["tactic"], b.get("host")):
        return False
    left, right = _targets(a), _targets(b)
    shared = [x for x in left for y in right if _same_name(x, y)]
    if (left or right) and not shared:
        return False
    if any(not name.endswith("s") for name in shared):  # a person's name, not a plural group noun
        return True  # the same named person, the same act: reports date it differently (the act, the trial)
    year_a, year_b = _year(a), _year(b)
    if not a.get("host"):
        # a campaign in unnamed places is one event only when both date it, the same
        return year_a is not None and year_a == year_b
    return year_a is None or year_b is None or year_a == year_b


def event_id(members: Sequence[str]) -> str:
    """Return the id of the event made of these incident ids (any order)."""
    digest = hashlib.sha256("\x00".join(sorted(members)).encode("utf-8")).hexdigest()
    return f"ev-{digest[:12]}"


def group_events(
    incidents: Sequence[Mapping[str, Any]], published: Mapping[str, str | None]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return (the incidents with their ``event_id`` set, one event row per group).

    ``published`` maps article ids to publication dates, for the events'
    first and last dates. Every incident gets an event, a group of one included.
    """
    rows = [dict(row) for row in incidents]
    order = sorted(range(len(rows)), key=lambda i: str(rows[i]["incident_id"]))
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[tuple[Any, ...], list[int]] = {}
    for i in order:
        by_key.setdefault((rows[i]["origin"], rows[i]["tactic"], rows[i].get("host")), []).append(i)
    for members in by_key.values():
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if same_event(rows[i], rows[j]):
                    root_i, root_j = find(i), find(j)
                    if root_i != root_j:
                        parent[max(root_i, root_j)] = min(root_i, root_j)
    groups: dict[int, list[int]] = {}
    for i in order:
        groups.setdefault(find(i), []).append(i)
    events: list[dict[str, Any]] = []
    for members in groups.values():
        ident = event_id([str(rows[i]["incident_id"]) for i in members])
        for i in members:
            rows[i]["event_id"] = ident
        events.append(_event_row(ident, [rows[i] for i in members], published))
    events.sort(key=lambda e: (e["origin"], e["tactic"], e["host"] or "", e["event_id"]))
    return rows, events


def _event_row(ident: str, members: list[dict[str, Any]], published: Mapping[str, str | None]) -> dict[str, Any]:
    first = members[0]
    targets: list[str] = []
    for row in members:
        for target in str(row.get("targets") or "").split(TARGET_SEPARATOR):
            if target.strip() and target.strip() not in targets:
                targets.append(target.strip())
    years = sorted(y for row in members if (y := _year(row)) is not None)
    article_ids = sorted({str(row["article_id"]) for row in members})
    dates = sorted(d for a in article_ids if (d := published.get(a)))
    return as_dict(
        EventRow(
            event_id=ident,
            origin=str(first["origin"]),
            host=first.get("host") or None,
            tactic=str(first["tactic"]),
            targets=TARGET_SEPARATOR.join(sorted(targets)) or None,
            year_min=years[0] if years else None,
            year_max=years[-1] if years else None,
            articles=len(article_ids),
            first_published=dates[0] if dates else None,
            last_published=dates[-1] if dates else None,
            article_ids=ID_SEPARATOR.join(article_ids),
        )
    )
