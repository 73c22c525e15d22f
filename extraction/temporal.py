"""Time expressions in news text, resolved against the publication date."""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from domain.durations import NUMBERS
from domain.values import Interval
from extraction.cues import CueIndex, Gate, led

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_MON_FULL = "|".join(n for n in MONTHS if len(n) > 3 or n == "may")
_WD = "|".join(WEEKDAYS)
_NUM = r"\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
NUMBER = _NUM  # a count in digits or words
# 'in April last year', 'on March 3 this year': a month or date given its year by a year word
# (which the month's own reading from the tense would get wrong a year back)
_YEAR_WORD = r",?\s+(?P<ywhich>last|this|next)\s+year\b"
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def _year_of(m: re.Match[str], published: date) -> int | None:
    """The year a date names: its own ('May 2023'), or counted by a year word ('May last year')."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("ywhich"):
        return published.year + _YEAR_SHIFT[groups["ywhich"]]
    return None


# A date that names an event ("the Oct. 7 attack") or starts a period ("since Oct. 7", "starting
# Monday", "effective Sunday") is not when the sentence's event happened.
_NAMING = re.compile(
    r"\s*(?:'s\s+)?(?:\d{4}\s+)?(?:hamas\s+)?(?:attacks?|raids?|massacres?|assaults?|onslaught|"
    r"incursion|offensive|rampage|invasion|anniversary|terror|coup|war|attackers|assault|massacre)\b"
)
_SINCE = re.compile(
    r"\b(?:since|from|until|till|through|before|by|starting|beginning|effective|as of|as from)\s*$"
)
# 'the July 2 proposal', "Egypt's Jul. 20 plan", 'the revised 28 July framework': a date between a
# determiner and a noun names that thing; it dates the sentence's event only if that noun is it.
_DETERMINER = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|'s?)\s+(?:[a-z]+\s+)?$"
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|in|at|on|by|for|with|from|of|after|before|when|while|that|as|but|"
    r"it|he|she|they|we|is|was|were|are|has|had|have|will|would|said|says)\b)[a-z]{3,}\b"
)


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a sentence, and the interval it denotes."""

    start: int
    end: int
    text: str
    past: Interval
    future: Interval
    anchors_event: bool = True
    names: int | None = None  # where the noun it modifies starts ('the July 2 proposal')
    anaphoric: bool = False  # counted from the last mentioned time ('the next day')
    starts: bool = False  # the start of a period ('from Sunday', 'starting Monday')
    began: Interval | None = None  # 'since Sunday': Sunday, when what is under way began
    scheduled: bool = False  # 'talks slated for Thursday': the time the noun is scheduled for

    def interval(self, future: bool) -> Interval:
        return self.future if future else self.past


# Date arithmetic near the ends of the calendar (year 1, December 9999) overflows: an
# expression that cannot be resolved is dropped, and a shift of an event's date is clamped.
CALENDAR_ERRORS = (OverflowError, ValueError)


def shift(day: date, days: int) -> date:
    """day moved by days, held within the calendar the ``date`` type can hold."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _week_of(when: date) -> tuple[date, date]:
    monday = when - timedelta(days=when.weekday())
    return monday, monday + timedelta(days=6)


def _approx(start: date, end: date) -> Interval:
    return Interval(min(start, end), max(start, end), "approx")


def _month_part(part: str | None) -> str:
    """'the second  half of' -> 'second half of' ('the end of' keeps its article)."""
    words = (part or "").split()
    if words[:1] == ["the"] and words[1:2] != ["end"]:
        words = words[1:]
    return " ".join(words)


def _month_interval(year: int, month: int, part: str | None) -> Interval:
    last = _month_end(year, month).day
    span = {
        "early": (1, 10),
        "beginning of": (1, 7),
        "start of": (1, 7),
        "mid": (11, 20),
        "late": (20, last),
        "end of": (24, last),
        "the end of": (24, last),
        "first half of": (1, 15),
        "second half of": (16, last),
        "first week of": (1, 7),
        "last week of": (last - 6, last),
    }.get(_month_part(part))
    if span is None:
        return Interval(date(year, month, 1), date(year, month, last), "month")
    return _approx(date(year, month, span[0]), date(year, month, span[1]))


HALF_YEAR = 183


def _day_month(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    month = MONTHS[m["mon"].rstrip(".")]
    day = int(m["day"])
    year = _year_of(m, published)
    if year is not None:
        when = _safe_day(year, month, day)
        return (Interval.day(when), Interval.day(when)) if when else None
    this = _safe_day(published.year, month, day)
    if this is None:
        return None
    past = this if this <= published else _safe_day(published.year - 1, month, day)
    future = this if this >= published else _safe_day(published.year + 1, month, day)
    if past is None or future is None:
        return None
    if m.groupdict().get("nxt"):
        return Interval.day(future), Interval.day(future)  # 'from next August 3': ahead
    if published - past <= timedelta(days=HALF_YEAR):
        # 'Jan. 19' in a story of late January is the day just gone, whatever the tense of
        # the clause: nobody names next year's day without its year.
        future = past
    return Interval.day(past), Interval.day(future)


# Feasts of fixed date that news names instead of the day: 'declared on New Year's Eve'.
HOLIDAYS = {
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
}


def _holiday(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    """'on New Year's Eve', 'on Christmas Day 2023': the feast's day; unless its year is named,
    the last one gone by, or (for what is still to come) the next one."""
    month, day = HOLIDAYS[re.sub(r"\s+", " ", m["feast"])]
    year = _year_of(m, published)
    if year is not None:
        when = _safe_day(year, month, day)
        return (Interval.day(when), Interval.day(when)) if when else None
    gone = (month, day) <= (published.month, published.day)
    past = _safe_day(published.year if gone else published.year - 1, month, day)
    ahead = _safe_day(published.year + 1 if gone else published.year, month, day)
    if past is None or ahead is None:
        return None
    if m.groupdict().get("nxt"):
        return Interval.day(ahead), Interval.day(ahead)
    return Interval.day(past), Interval.day(ahead)


def _day_range(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    """'from October 25 to 30', '18-19 October', 'between 3 and 5 March': the first day's
    reading, run on to the last day of the same month."""
    first = _day_month(m, published)
    last = int(m["last"])
    if first is None or last <= int(m["day"]):
        return None
    ends = [_safe_day(iv.start.year, iv.start.month, last) for iv in first]
    if ends[0] is None or ends[1] is None:
        return None
    return Interval(first[0].start, ends[0], "approx"), Interval(first[1].start, ends[1], "approx")


def _month_only(m: re.Match[str] | _MonthView, published: date) -> tuple[Interval, Interval] | None:
    month = MONTHS[(m["mon"] or "").rstrip(".")]
    part = (m["part"] or "").strip() or None
    year = m.year_of(published) if isinstance(m, _MonthView) else _year_of(m, published)
    if year is not None:
        iv = _month_interval(year, month, part)
        return iv, iv
    past_year = published.year if month <= published.month else published.year - 1
    future_year = published.year if month >= published.month else published.year + 1
    return _month_interval(past_year, month, part), _month_interval(future_year, month, part)


def _weekday(m: re.Match[str], published: date) -> tuple[Interval, Interval]:
    wd = WEEKDAYS[m["wd"]]
    back = (published.weekday() - wd) % 7
    ahead = (wd - published.weekday()) % 7
    pre = (m["pre"] or "").strip()
    if pre == "last":
        back = back or 7
    if pre == "next":
        ahead = ahead or 7
        return Interval.day(published + timedelta(days=ahead)), Interval.day(
            published + timedelta(days=ahead)
        )
    past = Interval.day(published - timedelta(days=back))
    return past, Interval.day(published + timedelta(days=ahead))


def _load_words(path: Path) -> dict[str, Any]:
    with open(path, "rb") as f:
        return tomllib.load(f)


# The time words (extraction/data/time.toml): part of the code release, read once.
TIME_WORDS_FILE = Path(__file__).parent / "data" / "time.toml"
WORDS = _load_words(TIME_WORDS_FILE)
Reading = dict[str, Any]


def _unit_span(unit: str, shift_by: int, p: date) -> tuple[date, date]:
    """The calendar unit holding p, moved by shift_by units: (first day, last day)."""
    if unit == "day":
        day = p + timedelta(days=shift_by)
        return day, day
    if unit == "week":
        if shift_by == -1 and p.weekday() == 6:
            # on a Sunday 'last week' is the working week just ended, as a Sunday paper (and a
            # week that begins on Sunday, as in Israel and the Gulf) counts it
            monday = _week_of(p)[0]
            return monday, p - timedelta(days=1)
        monday = _week_of(p)[0] + timedelta(days=7 * shift_by)
        return monday, monday + timedelta(days=6)
    if unit == "weekend":
        # the latest weekend begun on or before p, or (shifted ahead) the next one to begin
        saturday = p - timedelta(days=(p.weekday() - 5) % 7)
        if shift_by > 0:
            saturday = p + timedelta(days=(5 - p.weekday()) % 7 or (7 if p.weekday() == 6 else 0))
            saturday += timedelta(days=7 * (shift_by - 1))
        elif shift_by < 0:
            saturday -= timedelta(days=7 * (-shift_by - 1))
        return saturday, saturday + timedelta(days=1)
    if unit == "month":
        index = p.year * 12 + p.month - 1 + shift_by
        year, month = divmod(index, 12)
        return date(year, month + 1, 1), _month_end(year, month + 1)
    return date(p.year + shift_by, 1, 1), date(p.year + shift_by, 12, 31)


_UNIT_PRECISION = {"day": "day", "week": "week", "month": "month"}


def _part(start: date, end: date, part: str, p: date) -> tuple[date, date]:
    """The part of [start, end] a part word names, relative to the reference p."""
    one = timedelta(days=1)
    length = (end - start).days + 1
    third, quarter = -(-length // 3), -(-length // 4)
    if part == "to_ref":
        return start, max(start, min(end, p))
    if part == "so_far":
        return start, max(start, min(end, p - one))
    if part == "from_ref":
        return (max(start, p), end) if p <= end else (start, end)
    if part == "rest":
        return min(end, max(start, p + one)), end
    if part == "until_end":
        return (min(p, end), end) if p >= start - timedelta(days=length) else (start, end)
    if part == "until_start":
        return (p, max(p, start - one)) if p < start else (start, start)
    if part == "early":
        return start, start + (third - 1) * one
    if part == "mid":
        return start + third * one, max(start + third * one, end - third * one)
    if part == "late":
        return end - (third - 1) * one, end
    if part == "start":
        return start, start + (quarter - 1) * one
    if part == "end":
        return end - (quarter - 1) * one, end
    return start, end


def reading(spec: Reading, p: date) -> Interval:
    """The interval a reading of time.toml denotes against the reference p."""
    if "days" in spec:
        a, b = spec["days"]
        start, end = p + timedelta(days=a), p + timedelta(days=b)
        return Interval(start, end, "day" if a == b else "approx")
    unit, part = spec["unit"], spec.get("part", "all")
    start, end = _unit_span(unit, spec.get("shift", 0), p)
    if part == "all":
        return Interval(start, end, _UNIT_PRECISION.get(unit, "approx"))  # type: ignore[arg-type]
    start, end = _part(start, end, part, p)
    return Interval(start, end, "day" if start == end and unit == "day" else "approx")


def _readings(entry: dict[str, Any]) -> tuple[Reading, Reading]:
    both = {k: v for k, v in entry.items() if k not in ("words", "past", "future")}
    return entry.get("past", both), entry.get("future", both)


DEICTIC: dict[str, tuple[Reading, Reading]] = {
    word: _readings(entry) for entry in WORDS["deictic"] for word in entry["words"]
}


def _phrases(words: Iterable[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+")
        for w in sorted(words, key=len, reverse=True)
    )


def _relative(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    past, future = DEICTIC[re.sub(r"\s+", " ", m["rel"])]
    return reading(past, published), reading(future, published)


_CAL = WORDS["calendar"]


def _calendar(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    """'early next year', 'later this month', 'before the end of next week', 'last week'."""
    which = m["which"]
    shift_by = _CAL["which"][which]
    part_word = re.sub(r"\s+", " ", m["part"] or "")
    if part_word:
        spec = {"unit": m["unit"], "shift": shift_by, "part": _CAL["parts"][part_word]}
        iv = reading(spec, published)
        return iv, iv
    default = _CAL["default"].get(which)
    if default is None:
        iv = reading({"unit": m["unit"], "shift": shift_by}, published)
        return iv, iv
    return (
        reading({"unit": m["unit"], "shift": shift_by, "part": default["past"]}, published),
        reading({"unit": m["unit"], "shift": shift_by, "part": default["future"]}, published),
    )


# 'held talks in Istanbul in 2022', 'signed early in 2021', 'in late 2019', 'by the end of 2023':
# a year told on its own is the whole year (or the named part of it); the year of the reference
# reads up to the reference when told as done, from it when told as expected.
_YEAR_PARTS: dict[str, str] = dict(_CAL["parts"]) | {"mid-": "mid", "in mid": "mid"}


def _bare_year(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    year = int(m["year"])
    if not 1990 <= year <= published.year + 10:
        return None
    part_word = re.sub(r"\s+", " ", (m["part"] or "").strip())
    part = _YEAR_PARTS.get(part_word, "all")
    spec = {"unit": "year", "shift": year - published.year, "part": part}
    iv = reading(spec, published)
    if year != published.year or part not in ("all", "early", "mid", "late", "start", "end"):
        return iv, iv
    past = Interval(iv.start, max(iv.start, min(iv.end, published)), "approx")
    future = Interval(min(iv.end, max(iv.start, published)), iv.end, "approx")
    return past, future


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _window(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    """'within the next seven days' (from the day after the reference), 'over the past two
    weeks' (up to the reference)."""
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"], 1)
    days = n * _UNIT_DAYS[m["unit"].rstrip("s")]
    if WORDS["windows"][re.sub(r"\s+", " ", m["way"])] > 0:
        iv = _approx(published + timedelta(days=1), published + timedelta(days=days))
    else:
        iv = _approx(published - timedelta(days=days), published)
    return iv, iv


_AGO_UNIT = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
# a count of no exact number ('a few days ago', 'several weeks ago', 'days ago'): some units back,
# read as a window rather than a day
_VAGUE = ("a few", "few", "several", "some", "")


def _ago(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    """'three days ago' (that day), 'two weeks ago', 'a month ago' (a day or a few either side),
    'a few days ago', 'days ago' (a window of the days back)."""
    count = re.sub(r"\s+", " ", m["n"] or "")
    unit = _AGO_UNIT[m["unit"].rstrip("s")]
    if count in _VAGUE:
        # ('days ago': two to six days back; 'a few weeks ago': two to four weeks back)
        low, high = (2, 6) if unit == 1 else (2 * unit, 4 * unit if unit == 7 else 3 * unit)
        iv = _approx(published - timedelta(days=high), published - timedelta(days=low))
        return iv, iv
    n = int(count) if count.isdigit() else NUMBERS.get(count, 1)
    when = published - timedelta(days=n * unit)
    slack = 0 if unit == 1 else 1 if unit < 30 else 3
    iv = (
        Interval.day(when)
        if not slack
        else _approx(when - timedelta(days=slack), when + timedelta(days=slack))
    )
    return iv, iv


def _week_day(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    """'on Tuesday last week', 'Tuesday of next week', 'last week on Tuesday': that weekday of
    the week named (as 'last week' counts it)."""
    which = m["which"] or m["which2"]
    wd = WEEKDAYS[m["wd"] or m["wd2"]]
    if which == "this":
        # ('starting Wednesday this week', told on a Saturday: the coming Wednesday, as the
        # weekday alone reads it; weeks begin on Sunday in much of the region reported on)
        back = (published.weekday() - wd) % 7
        ahead = (wd - published.weekday()) % 7
        return Interval.day(published - timedelta(days=back)), Interval.day(
            published + timedelta(days=ahead)
        )
    start, end = _unit_span("week", _CAL["which"][which], published)
    day = start + timedelta(days=(wd - start.weekday()) % 7)
    if day > end:  # (on a Sunday 'last week' ends on Saturday: its Sunday is the one before)
        day -= timedelta(days=7)
    iv = Interval.day(day)
    return iv, iv


Resolver = Callable[[re.Match[str], date], "tuple[Interval, Interval] | None"]

# folded text reads the hyphen of '18-19 October' as a space
_TO_DAY = r"\s*(?:-|–|to|and|until|through|till)\s*|\s+"
PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (
        re.compile(
            r"\b(?:(?P<nxt>next|this)\s+)?"
            r"(?P<feast>new year'?s (?:eve|day)|christmas(?: eve| day)?)\b"
            r"(?:,?\s+(?P<year>20\d\d))?"
        ),
        _holiday,
    ),
    # a run of days in one month, before the single days it holds
    (
        re.compile(
            rf"\b(?:(?:from|between)\s+)?(?P<mon>{_MON})\.?\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:{_TO_DAY})(?P<last>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:hostages|prisoners|people|"
            r"days|of))(?:,?\s+(?P<year>20\d\d))?"
        ),
        _day_range,
    ),
    (
        re.compile(
            rf"\b(?:(?:from|between)\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:{_TO_DAY})"
            rf"(?P<last>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\b\.?"
            r"(?:,?\s+(?P<year>20\d\d))?"
        ),
        _day_range,
    ),
    (
        re.compile(
            # 'Wednesday, August 14', 'Wednesday (August 14)': the weekday names the date's day
            rf"\b(?:(?P<nxt>next)\s+)?(?:(?:{_WD}),?\s+\(?)?(?P<mon>{_MON})\.?\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+(?P<year>20\d\d)|{_YEAR_WORD})?"
        ),
        _day_month,
    ),
    (
        re.compile(
            rf"\b(?:(?P<nxt>next)\s+)?(?:(?:{_WD}),?\s+\(?(?:the\s+)?)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\b\.?"
            rf"(?:,?\s+(?P<year>20\d\d)|{_YEAR_WORD})?"
        ),
        _day_month,
    ),
    (
        re.compile(
            rf"\b(?:(?P<part>early|mid|late|the end of|end of|beginning of|start of|"
            rf"(?:the\s+)?(?:first|second)\s+half\s+of|(?:the\s+)?(?:first|last)\s+week\s+of)\s+"
            rf"|(?<=in )|(?<=since )|(?<=during )|(?<=until )|(?<=last )|(?<=this )|(?<=of ))"
            rf"(?P<mon>{_MON_FULL})\b(?:\s+(?P<year>20\d\d)|{_YEAR_WORD})?"
            rf"|\b(?P<mon2>{_MON_FULL})\s+(?P<year2>20\d\d)\b"
        ),
        lambda m, p: _month_only(_MonthView(m), p),
    ),
    # a weekday of a week named ('on Tuesday last week', 'last week on Tuesday'), before the week
    (
        re.compile(
            rf"\b(?:on\s+)?(?P<wd>{_WD}),?\s+(?:of\s+)?(?P<which>last|next|this)\s+week\b"
            rf"|\b(?P<which2>last|next)\s+week,?\s+on\s+(?P<wd2>{_WD})\b"
        ),
        _week_day,
    ),
    (
        re.compile(
            rf"\b(?:(?P<part>{_phrases(_CAL['parts'])})\s+)?(?P<which>{_phrases(_CAL['which'])})"
            rf"\s+(?P<unit>{_phrases(_CAL['units'])})\b"
        ),
        _calendar,
    ),
    (
        re.compile(
            rf"\b(?P<way>{_phrases(WORDS['windows'])})\s+(?P<n>{_NUM})\s+"
            r"(?P<unit>days?|weeks?|months?)\b"
        ),
        _window,
    ),
    (
        re.compile(
            rf"\b(?:(?P<pre>on|last|this|next|late|early|since|by|until|from)\s+)?(?P<wd>{_WD})\b"
        ),
        _weekday,
    ),
    # ('as soon as Sunday' names Sunday: 'soon' there is no time of its own)
    # ('the end of the year-long war' names no year: folded text reads its hyphen as a space)
    # ('overnight Sunday', 'overnight into Monday' name the day: the weekday dates it)
    (
        re.compile(
            rf"\b(?<!\bas )(?P<rel>{_phrases(DEICTIC)})\b(?!\s+(?:long|old)\b)"
            rf"(?!(?<=overnight)\s+(?:(?:on|into|to)\s+)?(?:{_WD})\b)"
        ),
        _relative,
    ),
    (
        re.compile(
            rf"\b(?:(?P<n>{_NUM}|some)\s+)?(?P<unit>days?|weeks?|fortnights?|months?)\s+ago\b"
        ),
        _ago,
    ),
    # a year on its own, after 'in / during / throughout' or a part word ('in 2022', 'in early
    # 2021', 'by the end of 2023'), not a year naming a thing or a span ('the 2020 agreement',
    # 'the 2022-23 season', '2023 polls', 'since 2014')
    (
        re.compile(
            r"(?:\b(?P<part>early|late|mid|the middle of|the start of|start of|the beginning of|"
            r"beginning of|the end of|end of|before the end of|by the end of|until the end of)"
            r"(?:\s+in)?\s*|(?<=\bin )|(?<=\bduring )|(?<=\bthroughout ))"
            r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|–|/|to\b)\s*\d)(?!\s*,?\s*\d)"
            r"(?!\s+(?:elections?|polls?|votes?|census|budget|season|world cup|olympics|games|"
            r"levels?|figures?|prices?|dollars?|terms)\b)"
        ),
        _bare_year,
    ),
]
PATTERNS = [(led(pattern), resolve) for pattern, resolve in PATTERNS]  # the same matches


class _MonthView:
    """Lets the two alternatives of the month pattern share one resolver."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def __getitem__(self, key: str) -> str | None:
        if key == "mon":
            return self.m["mon"] or self.m["mon2"]
        if key == "year":
            return self.m["year"] or self.m["year2"]
        return self.m[key] if key == "part" else None

    def year_of(self, published: date) -> int | None:
        if self.m["year2"]:
            return int(self.m["year2"])
        return _year_of(self.m, published)


def _ordinal_day(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    """'on the 7th': the latest such day of a month on or before publication, or the next one."""
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    past = _safe_day(published.year, published.month, day)
    if past is None or past > published:
        prev = published.replace(day=1) - timedelta(days=1)
        past = _safe_day(prev.year, prev.month, day)
    future = _safe_day(published.year, published.month, day)
    if future is None or future < published:
        nxt = _month_end(published.year, published.month) + timedelta(days=1)
        future = _safe_day(nxt.year, nxt.month, day)
    if past is None or future is None:
        return None
    return Interval.day(past), Interval.day(future)


# Offsets from the last dated happening of the article ('10 days earlier', 'the previous day',
# 'hours later'); 'N days ago' counts from publication instead.
ANCHORED = re.compile(
    rf"\b(?:(?P<n>{_NUM}|a)\s+(?P<unit>days?|weeks?|hours?)\s+(?P<dir>earlier|later)|"
    r"(?P<vague>days|hours|weeks|moments|minutes)\s+(?P<vdir>earlier|later)|"
    r"(?P<unit_of>the\s+(?P<way>following|next|previous|preceding)\s+(?P<span>week|month))|"
    r"(?P<prev>(?:the|a)\s+(?:previous|preceding)\s+(?:day|night|evening)|"
    r"(?:earlier|later)\s+in\s+the\s+day|the\s+(?:next|following)\s+(?:morning|evening|night)|"
    r"the\s+day\s+before(?!\s+(?:the|a|an|his|"
    r"her|its|their|[a-z]+'s)\b)|the\s+(?:next|following)\s+day|the\s+day\s+after(?!\s+(?:the|a|an|"
    r"his|her|its|their|[a-z]+'s)\b)|the\s+same\s+day|"
    r"(?:(?P<side>earlier|later)\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)))\b"
)
ANCHORED = led(ANCHORED)  # the same matches, fewer places tried
_WITHIN = re.compile(r"\b(?:within|over|during|in|for)\s*$")
_SAID_ON = re.compile(
    r"\b(?:said|announced|told [\w']+(?: [\w']+)?|reported|stated|confirmed)\s+(?:on\s+)?$"
)
# 'that morning' is an offset at the start of a clause or after 'on' / 'by', not after 'said'.
_THAT_OPENS = re.compile(r"(?:^|[,;(\"]|\b(?:on|by|and|then))\s*$")
# ('on the 4th of August' is a date of its own month, read by the day-month form)
ORDINAL_DAY = re.compile(
    r"\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:day|round|anniversary|floor|time|"
    rf"of\s+(?:the|a|its|his|her|their|{_MON})\b))"
)
ORDINAL_DAY = led(ORDINAL_DAY)  # the same matches, fewer places tried


# Days counted from a truce's first day ('on the second day of the truce', 'during the first
# three days of the ceasefire', 'in the first week of the pause'): the article's truce start
# is their reference, as the last mentioned time is that of 'the next day'.
TRUCE_DAY = re.compile(
    rf"\b(?:on|during|in|over|by)\s+the\s+(?:(?P<nth>first|second|third|fourth|fifth|sixth|seventh|"
    rf"\d{{1,2}}(?:st|nd|rd|th))\s+day|first\s+(?P<n>{_NUM})\s+days|first\s+(?P<week>week))\s+"
    r"of\s+(?:the|a|this)\s+(?:[\w-]+\s+){0,2}?(?:truce|cease ?fire|pause|humanitarian pause)\b"
)


def _truce_day(m: re.Match[str], start: date) -> Interval:
    one = timedelta(days=1)
    if m["nth"]:
        nth = m["nth"]
        n = ORDINALS.get(nth) or int(re.sub(r"\D", "", nth))
        return Interval.day(start + (n - 1) * one)
    n = 7 if m["week"] else int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"], 1)
    return Interval(start, start + (n - 1) * one, "approx" if n > 1 else "day")


# The length a sentence gives the phase or truce it speaks of ('during the six-week first
# phase', 'over the initial, 42-day ceasefire').
PHASE_LENGTH = re.compile(
    rf"\b(?P<n>{_NUM})[\s-]+(?P<unit>days?|weeks?)\s+(?:long\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:phase|stage|truce|cease ?fire|pause)\b"
)


# How far ahead a release told as to come, with no time of its own, is looked for: the day it
# is told and the next two (exchanges of a deal run over days; 'will free' may be tonight)
RELEASE_AHEAD_DAYS = 2


def releases_ahead(published: date) -> Interval:
    """The span of an undated release still to come: from the day it is told, a few days on."""
    return Interval(published, shift(published, RELEASE_AHEAD_DAYS), "approx")


def truce_phase(folded: str, start: date) -> Interval:
    """The span of a truce deal's terms carried out from its first day (start): over the
    length the sentence gives its phase, else from that day on (approximate)."""
    m = PHASE_LENGTH.search(folded)
    if m is None:
        return Interval(start, start, "approx")
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"], 1)
    days = n * (7 if m["unit"].startswith("week") else 1)
    return Interval(start, start + timedelta(days=max(days, 1) - 1), "approx")


def _anchored(m: re.Match[str], anchor: date) -> Interval:
    one = timedelta(days=1)
    if m["unit_of"]:
        # 'the following week': the calendar week (or month) after the anchor's
        step = 1 if m["way"] in ("following", "next") else -1
        start, end = _unit_span(m["span"], step, anchor)
        return Interval(start, end, "week" if m["span"] == "week" else "month")
    if m["prev"]:
        word = re.sub(r"\s+", " ", m["prev"])
        if "previous" in word or "preceding" in word or word == "the day before":
            return Interval.day(anchor - one)
        if word == "the same day" or "that " in word or word.endswith("in the day"):
            return Interval.day(anchor)
        return Interval.day(anchor + one)
    if m["vague"]:
        sign = 1 if m["vdir"] == "later" else -1
        if m["vague"] in ("hours", "moments", "minutes"):
            return Interval.day(anchor)
        span = 7 if m["vague"] == "weeks" else 1
        near, far = anchor + sign * span * one, anchor + sign * 4 * span * one
        return _approx(near, far)
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"], 1)
    sign = 1 if m["dir"] == "later" else -1
    if m["unit"].startswith("hour"):
        return Interval.day(anchor)
    if m["unit"].startswith("week"):
        when = anchor + sign * 7 * n * one
        return _approx(when - one, when + one)
    return Interval.day(anchor + sign * n * one)


# A substring every time expression contains: most sentences have none, and skip the patterns.
TIME_WORDS = (
    r"day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|night|morning|"
    r"afternoon|evening|tomorrow|recent|soon|hour|moment|minute|fortnight|christmas"
)
TIME_HINT = re.compile(TIME_WORDS + r"|\d(?:st|nd|rd|th)")
# The same test, faster: the words (plain literals) through one automaton, an ordinal ('21st')
# by a pattern re scans for by its digit.
TIME_WORDS_GATE = Gate(re.compile(TIME_WORDS))
ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)")
YEAR_HINT = re.compile(r"(?:19|20)\d\d")  # 'in 2022' holds no time word


# Which of the patterns may match a sentence: most sentences hold a weekday or a month at most.
TIME_CUES = CueIndex([pattern for pattern, _ in PATTERNS] + [ORDINAL_DAY, ANCHORED, TRUCE_DAY])
_ORDINAL_AT, _ANCHORED_AT, _TRUCE_AT = len(PATTERNS), len(PATTERNS) + 1, len(PATTERNS) + 2


# 'the agreement of 10 May', 'as decided in their interaction of 12 May': a date after 'NOUN of'
# names that noun, as one between a determiner and a noun does ('the night / morning / end of
# 12 May' are times, not things).
_OF_NOUN = re.compile(
    r"\b(?!(?:night|nights|morning|evening|afternoon|day|days|weekend|week|weeks|eve|dawn|dusk|"
    r"end|beginning|start|middle|course|midnight|noon|hours|instead|because|ahead|out|front|"
    r"date|month|period|the)\b)(?P<noun>[a-z]{3,})\s+of\s+$"
)


def _modified_noun(folded: str, m: re.Match[str]) -> int | None:
    """Where the noun a date modifies starts, if it sits between a determiner and a noun, or
    after 'NOUN of'."""
    of_noun = _OF_NOUN.search(folded, max(0, m.start() - 30), m.start())
    if of_noun:
        return of_noun.start("noun")
    if m["year"] or not _DETERMINER.search(folded, max(0, m.start() - 30), m.start()):
        return None
    noun = _NOUN_AFTER.match(folded, m.end())
    return noun.end() - len(noun.group(0).lstrip()) if noun else None


def _recency(t: TimeExpr) -> bool:
    return t.text == "recent"


def _recent_noun(folded: str, m: re.Match[str]) -> int | None:
    """Where the noun 'recent' modifies starts ('violated the terms of the recent truce'): the
    adjective dates that noun only, not the clause around it."""
    if m["rel"] != "recent" or not _DETERMINER.search(folded, max(0, m.start() - 30), m.start()):
        return None
    noun = _NOUN_AFTER.match(folded, m.end())
    return noun.end() - len(noun.group(0).lstrip()) if noun else None


# 'talks slated for Thursday', 'a summit scheduled for 6 November', 'the vote, set for Sunday': the
# time is the noun's own (the talks are on Thursday), not that of the clause around it ('said on
# Wednesday it would not take part in talks slated for Thursday', 'arrived for talks scheduled for
# Wednesday').
_SCHEDULED = re.compile(
    # 'the talks are set for 24 Oct': the copula may stand alone too
    r"\b(?P<noun>[a-z]{3,})(?:,?\s+(?:(?:which|that)\s+)?(?:is|are|was|were|had been|has been|"
    r"have been|will be))?,?\s+"
    r"(?:scheduled|slated|set|planned|penciled in|pencilled in|due|fixed)\s+"
    r"(?:for|on)\s+(?:the\s+)?$"
)


_SCHEDULED_GATE = Gate(_SCHEDULED)  # (most times follow none of its words: not run then)


def _scheduled_noun(folded: str, start: int) -> int | None:
    """Where the noun a 'scheduled for' time belongs to starts, if the time follows one."""
    lo = max(0, start - 60)
    m = _SCHEDULED.search(folded, lo, start) if _SCHEDULED_GATE.open(folded[lo:start]) else None
    return m.start("noun") if m else None


# "for Saturday's talks", "ahead of Monday's meeting": a time that owns an event noun a deed is
# for or ahead of is that event's time, as one it is scheduled for ('arrived in Mexico for
# Saturday's talks, he said on Friday' arrived on Friday); 'after Wednesday's talks' still dates
# its clause.
_FOR_EVENT = re.compile(r"\b(?:for|to|ahead of|in time for)\s+(?:the\s+)?$")
_POSSESSED_EVENT = re.compile(
    r"'s\s+(?:[a-z-]+\s+){0,2}?(?P<noun>talks|negotiations|meeting|round|summit|session|"
    r"consultations|discussions|signing|ceremony|conference|vote)\b"
)


def _possessed_event(folded: str, end: int) -> int | None:
    """Where the event noun a time owns starts ("Saturday's talks"), if it owns one."""
    m = _POSSESSED_EVENT.match(folded, end)
    return m.start("noun") if m else None


def _resolved(
    resolve: Resolver, m: re.Match[str], published: date
) -> tuple[Interval, Interval] | None:
    """What resolve makes of m, or None where the interval falls off the calendar."""
    try:
        return resolve(m, published)
    except CALENDAR_ERRORS:
        return None


_SINCE_ONLY = re.compile(r"\bsince\s*$")
# 'badly damaged over the last year', 'during the past month': a trailing span of background,
# not the time of a happening.
_SPAN_OVER = re.compile(r"\b(?:over|during|throughout|in)\s+(?:the\s+)?$")
_SPAN_UNIT = re.compile(r"(?:the\s+)?(?:past|last)\s+(?:year|month)\b")
_STARTS = re.compile(r"\b(?:from|starting|beginning|effective|as of|as from)\s*$")
SINCE_MAX_DAYS: int = WORDS["since"]["max_days"]


def _since_span(began: Interval, published: date) -> Interval | None:
    """From a recent start to the reference; None for a long-standing 'since' (background)."""
    if not timedelta(0) <= published - began.start <= timedelta(days=SINCE_MAX_DAYS):
        return None
    return Interval(began.start, published, "approx" if began.start < published else "day")


def find_times(
    folded: str, published: date, anchor: date | None = None, truce: date | None = None
) -> list[TimeExpr]:
    """Time expressions of one sentence (folded text), left to right, without overlaps.

    Offsets such as '10 days earlier' or 'the previous day' count from the latest time named
    before them in the sentence, else from anchor (the article's last dated happening), else
    from publication; 'the second day of the truce' counts from truce, the day the article's
    truce took effect, and is no time without it."""
    if not (
        TIME_WORDS_GATE.open(folded) or ORDINAL_HINT.search(folded) or YEAR_HINT.search(folded)
    ):
        return []  # (TIME_HINT.search(folded) finds nothing)
    maybe = TIME_CUES.candidates(folded)
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    if truce is not None and _TRUCE_AT in maybe:
        for m in TRUCE_DAY.finditer(folded):
            try:
                iv = _truce_day(m, truce)
            except CALENDAR_ERRORS:
                continue
            taken.append(m.span())
            found.append(TimeExpr(m.start(), m.end(), m.group(0), iv, iv, anaphoric=True))
    for m in ORDINAL_DAY.finditer(folded) if _ORDINAL_AT in maybe else ():
        resolved = _resolved(_ordinal_day, m, published)
        if resolved is not None:
            s, e = m.span()
            taken.append((s, e))
            found.append(TimeExpr(s, e, folded[s:e], resolved[0], resolved[1]))
    for index, (pattern, resolve) in enumerate(PATTERNS):
        if index not in maybe:
            continue
        for m in pattern.finditer(folded):
            s, e = m.span()
            if s == e or any(s < te and ts < e for ts, te in taken):
                continue
            resolved = _resolved(resolve, m, published)
            if resolved is None:
                continue
            pre = m.groupdict().get("pre") or ""
            if (
                (pre == "since" or _SINCE_ONLY.search(folded, 0, s))
                and not _NAMING.match(folded, e)
                # 'their first since last week's signing': the time names the signing
                and not folded.startswith("'s", e)
            ):
                span = _since_span(resolved[0], published)
                if span is not None:  # 'since Sunday': the span from then to the reference
                    taken.append((s, e))
                    found.append(TimeExpr(s, e, folded[s:e], span, span, began=resolved[0]))
                    continue
            naming = (
                bool(_NAMING.match(folded, e))
                or bool(_SINCE.search(folded, 0, s))
                or pre in ("since", "by", "until", "from")  # 'until Sunday' is a deadline
                or (bool(_SPAN_UNIT.match(folded, s)) and bool(_SPAN_OVER.search(folded, 0, s)))
            )
            noun = (
                _modified_noun(folded, m)
                if resolve is _day_month and not naming
                else _recent_noun(folded, m)
                if resolve is _relative
                else None
            )
            scheduled = None if noun is not None or naming else _scheduled_noun(folded, s)
            if (
                scheduled is None
                and noun is None
                and not naming
                and _FOR_EVENT.search(folded, 0, s)
            ):
                scheduled = _possessed_event(folded, e)
            starts = pre == "from" or bool(_STARTS.search(folded, 0, s))
            taken.append((s, e))
            found.append(
                TimeExpr(
                    s,
                    e,
                    folded[s:e],
                    resolved[0],
                    resolved[1],
                    not naming and noun is None and scheduled is None,
                    noun if scheduled is None else scheduled,
                    starts=starts,
                    scheduled=scheduled is not None,
                )
            )
    for m in ANCHORED.finditer(folded) if _ANCHORED_AT in maybe else ():
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        if m["prev"] and m["prev"].startswith("that") and not _THAT_OPENS.search(folded, 0, s):
            continue
        if m["unit_of"] and _WITHIN.search(folded, 0, s):
            continue  # 'within the next week': a window, not the week after
        before = [t for t in found if t.end <= s and t.anchors_event]
        # 'had accepted it earlier in the day, Qatar said on Tuesday': the day it was said
        said = [
            t
            for t in found
            if t.start >= e and t.anchors_event and _SAID_ON.search(folded, e, t.start)
        ]
        last = max(before, key=lambda t: t.end) if before else None
        base = last.past.start if last else said[0].past.start if said else (anchor or published)
        try:
            iv = _anchored(m, base)
            # 'will begin talks on Oct. 8 and a truce the same day': counted from the reading of
            # the time before that its clause's tense takes
            ahead = _anchored(m, last.future.start) if last else iv
        except CALENDAR_ERRORS:
            continue
        taken.append((s, e))
        found.append(TimeExpr(s, e, folded[s:e], iv, ahead, anaphoric=True))
    return _apposed(folded, _quoted_days(folded, sorted(found, key=lambda t: t.start), published))


def _quoted_days(folded: str, found: list[TimeExpr], published: date) -> list[TimeExpr]:
    """A day word inside a quote counts from the day its reporting clause names ('"We met
    today with the mediators," Araghchi said on Tuesday': Tuesday), as a speaker's 'today' is
    the day it was said, not the day the page came out."""
    if '"' not in folded or len(found) < 2:
        return found
    out: list[TimeExpr] = []
    for t in found:
        day = re.sub(r"\s+", " ", t.text)
        said = _said_day(folded, t, found, published) if day in _DAY_WORDS else None
        if said is not None:
            iv = Interval.day(shift(said, (t.past.start - published).days))
            t = TimeExpr(t.start, t.end, t.text, iv, iv, t.anchors_event, t.names)
        out.append(t)
    return out


def _reporting_day(folded: str, s: TimeExpr, published: date) -> bool:
    """s names a gone day (weekday or date) right after a reporting verb ('said on Monday')."""
    return bool(
        s.anchors_event
        and not s.anaphoric
        and s.past.precision == "day"
        and s.past.start < published
        and (WEEKDAY_WORD.search(s.text) is not None or names_month(s))
        and _SAID_ON.search(folded, max(0, s.start - 40), s.start)
    )


def _said_day(folded: str, t: TimeExpr, found: list[TimeExpr], published: date) -> date | None:
    """The gone day the reporting clause of the quote holding t names ('..." she said on
    Monday', 'Qatar said on Monday: "..."'), if t is quoted."""
    if folded.count('"', 0, t.start) % 2 == 0:
        return None
    opened = folded.rfind('"', 0, t.start)
    closed = folded.find('"', t.end)
    for s in found:
        outside = s.start > closed >= 0 or s.end <= opened
        if outside and _reporting_day(folded, s, published):
            return s.past.start
    return None


def said_after_quote(folded: str, published: date) -> date | None:
    """The gone day the reporting clause after a quote that closes in this sentence names,
    the quote having opened in an earlier one ('... Discussions went on," the ministry said
    on Tuesday'): the day the quote's earlier sentences were said."""
    closed = folded.find('"')
    if closed < 0 or folded.count('"') % 2 == 0:
        return None
    for s in find_times(folded, published):
        if closed < s.start < closed + 80 and _reporting_day(folded, s, published):
            return s.past.start
    return None


def requoted(found: list[TimeExpr], since: int, said: date, published: date) -> list[TimeExpr]:
    """The day words after since (inside a quote) counted from the day it was said."""
    out: list[TimeExpr] = []
    for t in found:
        if t.start >= since and re.sub(r"\s+", " ", t.text) in _DAY_WORDS:
            iv = Interval.day(shift(said, (t.past.start - published).days))
            t = TimeExpr(t.start, t.end, t.text, iv, iv, t.anchors_event, t.names)
        out.append(t)
    return out


# 'tomorrow, Aug. 15', 'today (Thursday)', 'yesterday, 3 March': a day word glossed by the date
# it means. The date holds when the day word was said a day before publication (a quote of the
# eve, a late page): the day word gives way to it.
_DAY_WORDS = frozenset(
    word
    for word, (past, future) in DEICTIC.items()
    if past == future and past.get("unit") == "day" and "part" not in past
)
_GLOSS = re.compile(r"\s*(?:[,(:]|-|–)?\s*(?:on\s+|the\s+)?")


def _apposed(folded: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """The expressions without a day word the date right after it glosses."""
    kept: list[TimeExpr] = []
    for i, t in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else None
        glossed = (
            after is not None
            and re.sub(r"\s+", " ", t.text) in _DAY_WORDS
            and after.anchors_event
            and not after.anaphoric
            and (names_month(after) or WEEKDAY_WORD.search(after.text) is not None)
            and _GLOSS.fullmatch(folded, t.end, after.start) is not None
        )
        if not glossed:
            kept.append(t)
    return kept


WEEKDAY_WORD = re.compile(rf"\b(?:{_WD})\b")
_MONTH_WORD = re.compile(rf"\b(?:{_MON})\b")
_DEICTIC_WORD = re.compile(
    rf"(?:{_phrases(_DAY_WORDS)}|(?:this|next|coming|last|past|previous)\s+(?:week|month))"
)


def is_deictic(t: TimeExpr) -> bool:
    """Whether a time expression is a whole day, week or month counted from its reference day
    ('tomorrow', 'next week', 'last month'), not a date, a weekday or a part of a unit."""
    return _DEICTIC_WORD.fullmatch(t.text) is not None


def names_month(t: TimeExpr) -> bool:
    """Whether a time expression is a calendar date ('Jan. 19', 'early March')."""
    return bool(_MONTH_WORD.search(t.text))


def nearest(times: list[TimeExpr], position: int) -> TimeExpr | None:
    """The anchoring time expression closest to a position in the sentence (the time of the
    trigger's own noun, 'talks scheduled for Thursday', anchors it)."""
    # ('the recent talks' dates the talks; 'accepted the July 2 proposal' is no deed of July 2)
    usable = [
        t for t in times if t.anchors_event or t.scheduled or (t.names == position and _recency(t))
    ]
    if not usable:
        return None
    return min(usable, key=lambda t: min(abs(t.start - position), abs(t.end - position)))


DURATION = re.compile(
    rf"\b(?P<n>{_NUM})[\s-]+(?P<unit>days?|weeks?|months?|hours?)\b(?:\s+(?:long|old))?"
)
NTH_DAY = re.compile(
    r"\b(?:entered|enters|entering|in|into|on)\s+(?:its|their|the|a)\s+"
    r"(?P<nth>second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+day\b"
)


def nth_day_offset(folded: str) -> int:
    """Days since a round opened, read from 'entered their second day' (0 if absent)."""
    m = NTH_DAY.search(folded)
    if not m:
        return 0
    nth = m["nth"]
    n = ORDINALS.get(nth) or int(re.sub(r"\D", "", nth) or 1)
    return max(0, n - 1)


def duration_text(folded: str) -> str:
    m = DURATION.search(folded)
    return f"{m['n']} {m['unit']}" if m else ""


# 'The announcement was made on November 26.', 'The talks, held on Tuesday, ...', 'That meeting
# took place in Paris on Sunday': a definite noun taking up what was just told, a verb of
# happening, then a time (data/time.toml [dated_later]).
_LATER = WORDS["dated_later"]
LATER_TYPES: dict[str, frozenset[str] | None] = {}
for _kind, _nouns in _LATER["nouns"].items():
    for _noun in _nouns:
        if _kind == "*" or LATER_TYPES.get(_noun, frozenset()) is None:
            LATER_TYPES[_noun] = None
        else:
            LATER_TYPES[_noun] = (LATER_TYPES.get(_noun) or frozenset()) | {_kind}
TAKEN_UP = re.compile(
    r"^[\s\"']*(?:the|that|this|these|those)\s+(?:[a-z'-]+\s+){0,3}?"
    rf"(?P<noun>{_phrases(LATER_TYPES)})(?:\s*,\s*(?:which\s+)?|\s+)"
    rf"(?:(?:was|were|had\s+been)\s+)?(?:\w+ly\s+)?(?:{_phrases(_LATER['verbs'])})\b"
)
# 'The announcement was made on Tuesday that Egypt would host ...': what it announced is new
_NEW_CONTENT = re.compile(r"\bthat\b|:(?!\d)")
TAKEN_UP_REACH = 60  # characters between the verb and the time ('took place in Kunming from')


def taken_up(folded: str, times: list[TimeExpr]) -> tuple[frozenset[str] | None, Interval] | None:
    """What a sentence opening 'The announcement was made on November 26' dates in the one
    before: the types its noun names (None: any) and the time, if it names a gone one."""
    m = TAKEN_UP.match(folded)
    if m is None or _NEW_CONTENT.search(folded, m.end()):
        return None
    for t in times:
        if (
            m.end() <= t.start <= m.end() + TAKEN_UP_REACH
            and t.anchors_event
            and not (t.starts or t.began or t.anaphoric)
        ):
            return LATER_TYPES[re.sub(r"\s+", " ", m["noun"])], t.past
    return None
