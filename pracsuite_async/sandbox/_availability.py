"""Lists that are computed, not stored: open appointment slots over a date window.

An operation whose items have no ``x-pracsuite-id`` lists values made from the query. With an
``x-pracsuite-window`` they are slots: for each day and each of a few practitioners, every
half hour from 08:00 to 17:00, about half of them free. A slot is a pure function of
``(seed, day, practitioner, time)``, so the same query always gets the same answer.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from ._schema import Operation
from ._validate import ParamError
from ._values import SMALL_REF, Values

JSON = dict[str, Any]
OWNER = "practitioner_id"  # whose diary a slot is in
SLOT_MINUTES = 30
DAY_START, DAY_END = 8 * 60, 17 * 60
FREE_SHARE = 0.5
# The sandbox's tenant (its businesses) keeps the clinic time of Adelaide.
TENANT_ZONE = ZoneInfo("Australia/Adelaide")


def check_not_before_today(
    op: Operation, params: Mapping[str, Any], now: Callable[[tzinfo], datetime] = datetime.now
) -> None:
    """The bundle's rule: ``from`` and ``to`` cannot be before the current date in the
    tenant's time zone (400 INVALID_PARAMS)."""
    window = op.window
    if not window or not window.get("not_before_today"):
        return
    today = now(TENANT_ZONE).date()
    for name in (window["from"], window["to"]):
        day = params.get(name)
        if isinstance(day, date) and day < today:
            raise ParamError(
                f"{name} ({day}) cannot be before the current date in the tenant's time zone "
                f"({today}, {TENANT_ZONE.key})"
            )


def computed_items(
    values: Values, seed: int, op: Operation, params: Mapping[str, Any]
) -> list[JSON]:
    """The items of a computed list for these (already validated) query parameters."""
    window = op.window
    if op.item_schema is None or window is None:
        return []
    check_not_before_today(op, params)
    first, last = params.get(window["from"]), params.get(window["to"])
    if not isinstance(first, date) or not isinstance(last, date):
        return []
    fields = values.doc.fields(op.item_schema)
    owners = params.get(f"{OWNER}s") or range(1, SMALL_REF // 2 + 1)
    items = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        for owner in owners:
            for minutes in range(DAY_START, DAY_END, SLOT_MINUTES):
                rng = random.Random(f"{seed}:slot:{day}:{owner}:{minutes}")
                if rng.random() >= FREE_SHARE:
                    continue
                item = values.object(op.item_schema, rng, owner)
                item[OWNER] = owner
                item["app_time"] = f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}:00"
                if "duration" in fields:
                    item["duration"] = SLOT_MINUTES
                _narrow(item, fields, params, rng)
                items.append(item)
    items.sort(key=lambda i: (i["app_time"], i[OWNER]))
    return items


def _narrow(
    item: JSON, fields: Mapping[str, Any], params: Mapping[str, Any], rng: random.Random
) -> None:
    """Make the slot agree with the query: echoed scalars, ids drawn from the id lists."""
    for name, value in params.items():
        if name == f"{OWNER}s":
            continue  # the slot's owner was chosen from this list already
        if name not in fields and not (name.endswith("_ids") and name[:-1] in fields):
            continue
        if name.endswith("_ids") and isinstance(value, list) and value:
            if name in fields:  # an array field of the same name: a subset of the wanted ids
                item[name] = sorted(rng.sample(value, rng.randint(1, len(value))))
            else:
                item[name[:-1]] = rng.choice(value)
        elif not isinstance(value, list):
            item[name] = value
