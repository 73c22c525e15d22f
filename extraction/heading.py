"""The top of a news page: date stamps, bylines and datelines, read for the date they give and
then blanked so that no rule reads them as a venue, an actor or an event's time; and the
headline, a compressed present-tense report of the lead's news."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from extraction.sentences import Sentence
from extraction.temporal import MONTHS

# Stamps stand within the first lines of a page; further down a date line is the story's.
HEAD = 700
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE = (
    rf"(?:(?P<mon>{_MON})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,[ \t]*|[ \t]+)"
    rf"(?P<year>20\d\d)"
    rf"|(?P<day2>\d{{1,2}})[ \t]+(?P<mon2>{_MON})\.?,?[ \t]+(?P<year2>20\d\d)"
    r"|(?P<iso>20\d\d-\d\d-\d\d)"
    r"|(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>20\d\d))"
)
_CLOCK = (
    r"(?:,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:[ \t]*[ap]\.?m\.?)?"
    r"(?:[ \t]*\(?(?:gmt|utc|et|edt|est|bst|cet|cest|ist|ast)(?:[+-]\d{1,2})?\)?)?)?"
)
# 'date 2024-04-30' (an archive's stamp, the lead often on the same line), 'Published : 2 March
# 2024, 12:23 PM', 'Updated 14:05 GMT', 'By Reuters - 22 November 2023', 'Mar 18, 2025',
# 'Monday, January 29, 2024 –' (the lead after the dash), '1/19/2025 7:02:31 AM'.
STAMPS = [
    re.compile(rf"^[ \t]*{form}", re.IGNORECASE | re.MULTILINE)
    for form in (
        rf"date[ \t]+{_DATE}[ \t]*\u00d7?",
        rf"(?:(?:first[ \t]+)?published|(?:last[ \t]+)?updated|posted|modified)(?:[ \t]+on)?"
        rf"[ \t]*:?[ \t]*(?:{_WD},?[ \t]+)?(?:{_DATE})?{_CLOCK}[ \t]*$",
        rf"by[ \t]+[^\n]{{1,60}}?[ \t]+[-\u2013\u2014|][ \t]+{_DATE}{_CLOCK}[ \t]*$",
        rf"(?:{_WD},?[ \t]+)?{_DATE}{_CLOCK}[ \t]*(?:[-\u2013\u2014|][ \t]*|$)",
    )
]
# A dateline opens a story or paragraph ('CAIRO, May 6 (Reuters) -', 'DOHA, Qatar (AP) —',
# 'JERUSALEM —', 'CAIRO:', 'WASHINGTON, May 31. /TASS/.'): where the reporter filed from, never
# an actor, venue or date of an event; its date is when the story was filed.
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\u2019]{2,}(?:[ -][A-Z][A-Z.'\u2019]+)*(?:/[A-Z][A-Z.'\u2019 -]+)*"
    r"(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?)??"
    rf"(?:,[ \t]*(?P<mon>{_MON.title()})\.?[ \t]+(?P<day>\d{{1,2}})\.?)?"
    r"[ \t]*(?:\([A-Za-z .]{2,20}\)|/[A-Za-z]{2,12}/\.?)?[ \t]*"
    r"(?:--|\u2014|\u2013|-|:(?=[ \t]+[A-Z])|(?<=/\.)|(?<=/))[ \t]*",
    re.MULTILINE,
)
# 'Cairo/Jerusalem, Oct 28:', 'Gaza City, March 3 (Reuters) -': places in title case, then the
# date the story was filed.
DATED_DATELINE = re.compile(
    r"^[ \t]*[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,3},[ \t]*"
    rf"(?P<mon>{_MON.title()})\.?[ \t]+(?P<day>\d{{1,2}})(?:,[ \t]*20\d\d)?[ \t]*"
    r"(?:\([A-Za-z .]{2,20}\))?[ \t]*(?:--|\u2014|\u2013|-|:)[ \t]*",
    re.MULTILINE,
)
# 'CAIRO – 25 July 2025:', 'NEW DELHI, 18 May:', 'Khartoum, 3 June -': a place, then the day
# the story was filed, day before month.
DAY_FIRST_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z.'\u2019]+(?:[ /-][A-Z][A-Za-z.'\u2019]+){0,3}[ \t]*"
    r"(?:,|--|\u2014|\u2013|-)[ \t]*(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+"
    rf"(?P<mon>(?i:{_MON}))\.?(?:,?[ \t]+(?P<year>20\d\d))?[ \t]*(?::|--|\u2014|\u2013|-)[ \t]*",
    re.MULTILINE,
)
# 'Jerusalem (AFP) -', 'Gaza City (Reuters) —': places in title case, then the agency.
AGENCY_DATELINE = re.compile(
    r"^[ \t]*[A-Z][a-z]+(?:[ /-][A-Z][a-z]+){0,3}(?:,[ \t]*[A-Z][a-z]+)?[ \t]*"
    r"\([A-Z][A-Za-z]{1,15}(?:[ \t][A-Z][A-Za-z]+)?\)[ \t]*(?:--|\u2014|\u2013|-)[ \t]*",
    re.MULTILINE,
)
# A section label above the headline: 'INTERNATIONAL', 'News / World', 'Middle East | Gaza'.
LABEL_WORDS = 4
_TERMINAL = re.compile(r"[.!?\"'\u201d\u2019)\]]\s*$")
HEADLINE_WORDS = 25


@dataclass(frozen=True)
class Heading:
    """What the top of a page says: the reference date for deictic expressions, the spans to
    blank (stamps, datelines), and the headline's span if the page opens with one."""

    reference: date
    blanked: tuple[tuple[int, int], ...] = ()
    headline: tuple[int, int] | None = None

    def blank(self, folded: str) -> str:
        """folded with the stamps and datelines blanked (same length)."""
        if not self.blanked:
            return folded
        chars = list(folded)
        for start, end in self.blanked:
            chars[start:end] = " " * (end - start)
        return "".join(chars)


def _stamp_date(m: re.Match[str], published: date) -> date | None:
    g = m.groupdict()
    try:
        if g.get("iso"):
            return date.fromisoformat(g["iso"])
        if g.get("y3"):
            return date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        if g.get("year") or g.get("year2"):
            mon = (g.get("mon") or g.get("mon2") or "").lower().rstrip(".")
            return date(int(g["year"] or g["year2"]), MONTHS[mon], int(g["day"] or g["day2"]))
        if g.get("mon") and g.get("day"):  # a dateline's 'Dec 9': the year of publication
            day = date(published.year, MONTHS[g["mon"].lower().rstrip(".")], int(g["day"]))
            return day if day <= published + timedelta(days=1) else day.replace(day.year - 1)
    except (KeyError, ValueError, OverflowError):
        return None
    return None


def consistent(stamp: date, published: date) -> bool:
    """Whether a page's own date can refine the manifest's: the same day, or the day before
    (a story filed in the evening, published after midnight or in another time zone)."""
    return timedelta(0) <= published - stamp <= timedelta(days=1)


def read_heading(text: str, published: date, sentences: list[Sentence]) -> Heading:
    """Stamps and datelines of a page, the reference date they support, and its headline."""
    blanked: list[tuple[int, int]] = []
    dates: list[date] = []
    filed: list[date] = []
    head = text[:HEAD]
    for stamp in STAMPS:
        for m in stamp.finditer(head):
            if m.group(0).strip() and not any(s < m.end() and m.start() < e for s, e in blanked):
                blanked.append(m.span())
                if (day := _stamp_date(m, published)) is not None:
                    dates.append(day)
    # A dateline may follow a stamp on its line ('date 2025-05-31 WASHINGTON, May 31. /TASS/.').
    # (blanked span by span, not tested character by character: the same text, cheaper)
    chars = list(head)
    for s, e in blanked:
        chars[s:e] = " " * (e - s)
    plain = "".join(chars) + text[HEAD:]
    for dateline in (DAY_FIRST_DATELINE, DATELINE, DATED_DATELINE, AGENCY_DATELINE):
        for m in dateline.finditer(plain):
            if m.end() > m.start() and not any(s <= m.start() and m.end() <= e for s, e in blanked):
                blanked.append(m.span())
                if m.start() < HEAD and (day := _stamp_date(m, published)) is not None:
                    filed.append(day)
    # The dateline's date is when the story was filed; a page stamp may be the archive's day.
    reference = next((d for d in filed + dates if consistent(d, published)), published)
    return Heading(reference, tuple(sorted(blanked)), _headline(text, sentences, blanked))


def _headline(
    text: str, sentences: list[Sentence], blanked: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The page's first sentence, when it is a line of its own without closing punctuation
    and a short one: a headline."""
    for sentence in sentences:
        if any(s <= sentence.start and sentence.end <= e for s, e in blanked):
            continue  # a stamp line
        if _label(sentence, blanked):
            continue  # a section label, maybe after a stamp on its line ('News / World')
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", sentence.end)
        alone = not text[line_start : sentence.start].strip() and (
            line_end < 0 or not text[sentence.end : line_end].strip()
        )
        if (
            alone
            and line_end >= 0
            and not _TERMINAL.search(sentence.text)
            and len(sentence.text.split()) <= HEADLINE_WORDS
        ):
            return sentence.start, sentence.end
        return None
    return None


def _label(sentence: Sentence, blanked: list[tuple[int, int]]) -> bool:
    """A short line of a page's navigation: in capitals or a breadcrumb, or what is left of a
    stamp's line once the stamp is blanked."""
    rest = sentence.text
    for s, e in blanked:
        if s <= sentence.start < e:
            rest = sentence.text[e - sentence.start :]
    words = rest.split()
    if len(words) > LABEL_WORDS or _TERMINAL.search(rest):
        return False
    return rest is not sentence.text or rest.isupper() or bool(re.search(r"\s[/|>]\s", rest))
