"""Time expressions in news text, resolved against the publication date."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from domain.durations import NUMBERS
from domain.values import Interval
from extraction.cues import CueIndex

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

# A date that names an event ("the Oct. 7 attack") or starts a period ("since Oct. 7") is not
# when the sentence's event happened.
_NAMING = re.compile(
    r"\s*(?:'s\s+)?(?:\d{4}\s+)?(?:hamas\s+)?(?:attacks?|raids?|massacres?|assaults?|onslaught|"
    r"incursion|offensive|rampage|invasion|anniversary|terror|coup|war|attackers|assault|massacre)\b"
)
_SINCE = re.compile(r"\b(?:since|from|until|till|through|before|by)\s*$")
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
    }.get(part or "")
    if span is None:
        return Interval(date(year, month, 1), date(year, month, last), "month")
    return _approx(date(year, month, span[0]), date(year, month, span[1]))


def _day_month(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    month = MONTHS[m["mon"].rstrip(".")]
    day = int(m["day"])
    if m["year"]:
        when = _safe_day(int(m["year"]), month, day)
        return (Interval.day(when), Interval.day(when)) if when else None
    this = _safe_day(published.year, month, day)
    if this is None:
        return None
    past = this if this <= published else _safe_day(published.year - 1, month, day)
    future = this if this >= published else _safe_day(published.year + 1, month, day)
    if past is None or future is None:
        return None
    return Interval.day(past), Interval.day(future)


def _month_only(m: re.Match[str] | _MonthView, published: date) -> tuple[Interval, Interval] | None:
    month = MONTHS[(m["mon"] or "").rstrip(".")]
    part = (m["part"] or "").strip() or None
    if m["year"]:
        iv = _month_interval(int(m["year"]), month, part)
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


def _relative(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    word = re.sub(r"\s+", " ", m["rel"])
    p = published
    monday, sunday = _week_of(p)
    month_first = p.replace(day=1)
    one = timedelta(days=1)
    if word in (
        "today",
        "this morning",
        "this afternoon",
        "this evening",
        "tonight",
        "earlier today",
    ):
        return Interval.day(p), Interval.day(p)
    if word in ("yesterday", "last night"):
        return Interval.day(p - one), Interval.day(p - one)
    if word == "tomorrow":
        return Interval.day(p + one), Interval.day(p + one)
    if word == "overnight":
        return _approx(p - one, p), _approx(p, p + one)
    if word == "this week":
        return _approx(monday, p), _approx(p, sunday)
    if word == "earlier this week":
        iv = _approx(monday, max(monday, p - one))
        return iv, iv
    if word == "early next week":
        iv = _approx(monday + 7 * one, monday + 9 * one)
        return iv, iv
    if word in ("later this week", "later in the week"):
        iv = _approx(min(sunday, p + one), sunday)
        return iv, iv
    if word in ("last week", "past week"):
        iv = Interval(monday - 7 * one, monday - one, "week")
        return iv, iv
    if word == "next week":
        iv = Interval(monday + 7 * one, sunday + 7 * one, "week")
        return iv, iv
    if word in ("this weekend", "the weekend", "last weekend"):
        saturday = p - timedelta(days=(p.weekday() - 5) % 7)
        past = _approx(saturday, min(p, saturday + one))
        upcoming = saturday if saturday >= p else saturday + 7 * one
        return past, _approx(upcoming, upcoming + one)
    if word == "earlier this month":
        iv = _approx(month_first, max(month_first, p - one))
        return iv, iv
    if word == "this month":
        return _approx(month_first, p), _approx(p, _month_end(p.year, p.month))
    if word == "last month":
        prev = month_first - one
        iv = Interval(prev.replace(day=1), prev, "month")
        return iv, iv
    if word == "next month":
        nxt = _month_end(p.year, p.month) + one
        iv = Interval(nxt, _month_end(nxt.year, nxt.month), "month")
        return iv, iv
    if word == "earlier this year":
        iv = _approx(date(p.year, 1, 1), p)
        return iv, iv
    if word == "last year":
        iv = _approx(date(p.year - 1, 1, 1), date(p.year - 1, 12, 31))
        return iv, iv
    if word in ("in recent days", "recent days", "the past few days", "the past days", "recent"):
        iv = _approx(p - 6 * one, p)
        return iv, iv
    if word in ("in recent weeks", "recent weeks", "the past few weeks", "the past weeks"):
        iv = _approx(p - 21 * one, p)
        return iv, iv
    if word in ("in the coming days", "the coming days", "in the next few days", "soon"):
        iv = _approx(p, p + 7 * one)
        return iv, iv
    return None


def _ago(m: re.Match[str], published: date) -> tuple[Interval, Interval] | None:
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"], 1)
    unit = 7 if m["unit"].startswith("week") else 1
    when = published - timedelta(days=n * unit)
    iv = (
        Interval.day(when)
        if unit == 1
        else _approx(when - timedelta(days=1), when + timedelta(days=1))
    )
    return iv, iv


Resolver = Callable[[re.Match[str], date], "tuple[Interval, Interval] | None"]

PATTERNS: list[tuple[re.Pattern[str], Resolver]] = [
    (
        re.compile(
            rf"\b(?:(?:{_WD}),?\s+)?(?P<mon>{_MON})\.?\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?:,?\s+(?P<year>20\d\d))?"
        ),
        _day_month,
    ),
    (
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\b\.?"
            r"(?:,?\s+(?P<year>20\d\d))?"
        ),
        _day_month,
    ),
    (
        re.compile(
            rf"\b(?:(?P<part>early|mid|late|the end of|end of|beginning of|start of)\s+"
            rf"|(?<=in )|(?<=since )|(?<=during )|(?<=until )|(?<=last )|(?<=this )|(?<=of ))"
            rf"(?P<mon>{_MON_FULL})\b(?:\s+(?P<year>20\d\d))?"
            rf"|\b(?P<mon2>{_MON_FULL})\s+(?P<year2>20\d\d)\b"
        ),
        lambda m, p: _month_only(_MonthView(m), p),
    ),
    (
        re.compile(
            rf"\b(?:(?P<pre>on|last|this|next|late|early|since|by|until|from)\s+)?(?P<wd>{_WD})\b"
        ),
        _weekday,
    ),
    (
        re.compile(
            r"\b(?P<rel>today|this morning|this afternoon|this evening|tonight|earlier today|"
            r"yesterday|last night|tomorrow|overnight|earlier this week|later this week|this week|"
            r"last week|past week|next week|this weekend|last weekend|the weekend|"
            r"earlier this month|"
            r"this month|last month|next month|earlier this year|last year|in recent days|"
            r"recent days|the past few days|the past days|in recent weeks|recent weeks|"
            r"the past few weeks|in the coming days|the coming days|in the next few days|recent|"
            r"later in the week|early next week)\b"
        ),
        _relative,
    ),
    (re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>days?|weeks?)\s+ago\b"), _ago),
]


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
    r"(?P<prev>(?:the|a)\s+(?:previous|preceding)\s+day|the\s+day\s+before(?!\s+(?:the|a|an|his|"
    r"her|its|their|[a-z]+'s)\b)|the\s+(?:next|following)\s+day|the\s+day\s+after(?!\s+(?:the|a|an|"
    r"his|her|its|their|[a-z]+'s)\b)|the\s+same\s+day|"
    r"(?:(?P<side>earlier|later)\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)))\b"
)
# 'that morning' is an offset at the start of a clause or after 'on' / 'by', not after 'said'.
_THAT_OPENS = re.compile(r"(?:^|[,;(\"]|\b(?:on|by|and|then))\s*$")
ORDINAL_DAY = re.compile(
    r"\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:day|round|anniversary|floor|time|"
    r"of\s+(?:the|a|its|his|her|their)\b))"
)


def _anchored(m: re.Match[str], anchor: date) -> Interval:
    one = timedelta(days=1)
    if m["prev"]:
        word = re.sub(r"\s+", " ", m["prev"])
        if "previous" in word or "preceding" in word or word == "the day before":
            return Interval.day(anchor - one)
        if word == "the same day" or "that " in word:
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
TIME_HINT = re.compile(
    r"day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|night|morning|"
    r"afternoon|evening|tomorrow|recent|soon|hour|moment|minute|\d(?:st|nd|rd|th)"
)


# Which of the patterns may match a sentence: most sentences hold a weekday or a month at most.
TIME_CUES = CueIndex([pattern for pattern, _ in PATTERNS] + [ORDINAL_DAY, ANCHORED])
_ORDINAL_AT, _ANCHORED_AT = len(PATTERNS), len(PATTERNS) + 1


def _modified_noun(folded: str, m: re.Match[str]) -> int | None:
    """Where the noun a date modifies starts, if it sits between a determiner and a noun."""
    if m["year"] or not _DETERMINER.search(folded, max(0, m.start() - 30), m.start()):
        return None
    noun = _NOUN_AFTER.match(folded, m.end())
    return noun.end() - len(noun.group(0).lstrip()) if noun else None


def _resolved(
    resolve: Resolver, m: re.Match[str], published: date
) -> tuple[Interval, Interval] | None:
    """What resolve makes of m, or None where the interval falls off the calendar."""
    try:
        return resolve(m, published)
    except CALENDAR_ERRORS:
        return None


def find_times(folded: str, published: date, anchor: date | None = None) -> list[TimeExpr]:
    """Time expressions of one sentence (folded text), left to right, without overlaps.

    Offsets such as '10 days earlier' or 'the previous day' count from the latest time named
    before them in the sentence, else from anchor (the article's last dated happening), else
    from publication."""
    if not TIME_HINT.search(folded):
        return []
    maybe = TIME_CUES.candidates(folded)
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
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
            naming = (
                bool(_NAMING.match(folded, e))
                or bool(_SINCE.search(folded, 0, s))
                or pre in ("since", "by", "until", "from")  # 'until Sunday' is a deadline
            )
            noun = _modified_noun(folded, m) if resolve is _day_month and not naming else None
            taken.append((s, e))
            found.append(
                TimeExpr(
                    s, e, folded[s:e], resolved[0], resolved[1], not naming and noun is None, noun
                )
            )
    for m in ANCHORED.finditer(folded) if _ANCHORED_AT in maybe else ():
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        if m["prev"] and m["prev"].startswith("that") and not _THAT_OPENS.search(folded, 0, s):
            continue
        before = [t for t in found if t.end <= s and t.anchors_event]
        base = max(before, key=lambda t: t.end).past.start if before else (anchor or published)
        try:
            iv = _anchored(m, base)
        except CALENDAR_ERRORS:
            continue
        taken.append((s, e))
        found.append(TimeExpr(s, e, folded[s:e], iv, iv))
    return sorted(found, key=lambda t: t.start)


def nearest(times: list[TimeExpr], position: int) -> TimeExpr | None:
    """The anchoring time expression closest to a position in the sentence."""
    usable = [t for t in times if t.anchors_event]
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
