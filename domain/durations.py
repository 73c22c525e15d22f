"""Spans of time written in words, as news states them ('a four-day truce', '6 weeks')."""

from __future__ import annotations

import re

NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "several": 3,
    "a few": 3,
    "few": 3,
    "thirteen": 13,
    "fourteen": 14,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
SPAN = re.compile(
    r"\b(\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")[\s-]*(day|week|month)",
    re.IGNORECASE,
)


def span_days(text: str | None) -> int | None:
    """Days in the first span of a text ('four-day' is 4, 'six weeks' 42), or None."""
    match = SPAN.search(text or "")
    if not match:
        return None
    count = match.group(1).lower()
    number = int(count) if count.isdigit() else NUMBERS[count]
    return number * UNIT_DAYS[match.group(2).lower()]
