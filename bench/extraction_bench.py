"""Extraction throughput on a synthetic corpus: articles per second on one core, peak memory.

usage: python bench/extraction_bench.py [--articles 2000] [--seed 7] [--digest] [--large]

--digest prints a hash of every finding of the corpus (type, date, actors, modality, issues,
location, confidence, attributes, evidence, rule): a speed-up must leave it unchanged.
--large extracts single articles of 0.25, 0.5, 1 and 2 MB (the corpus's articles joined as
paragraphs of one text) and prints seconds per MB: flat when the cost is linear in size.

The corpus recombines actors, venues, dates and phrasings from sentence templates, so every
article differs; each has 12-20 sentences (about the length of a wire story) and follows one
of five negotiations (Gaza, Russia-Ukraine, Sudan, Congo-M23, Armenia-Azerbaijan)."""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import sys
import time
import tracemalloc
from datetime import date, timedelta

from extraction.pipeline import RuleExtractor

# Each article follows one negotiation: its parties, people, venues and places.
CONFLICTS = {
    "gaza": {
        "parties": ["Hamas", "Israel", "Egypt", "Qatar", "the United States", "Turkey"],
        "people": [
            "Ismail Haniyeh",
            "Khalil al-Hayya",
            "Benjamin Netanyahu",
            "Antony Blinken",
            "William Burns",
            "Abbas Kamel",
            "Sheikh Mohammed bin Abdulrahman Al Thani",
            "Recep Tayyip Erdoğan",
            "Steve Witkoff",
            "David Barnea",
            "Majed al-Ansari",
        ],
        "titles": ["Egypt's intelligence chief", "Qatar's prime minister", "the Hamas leader"],
        "venues": ["Cairo", "Doha", "Paris", "Sharm el-Sheikh", "Washington"],
        "adj": ["Egyptian", "Qatari", "Israeli", "American", "Turkish"],
        "place": "Gaza City",
        "captors": "Hamas",
        "captives": "hostages",
        "freed": "Palestinian prisoners",
    },
    "russia-ukraine": {
        "parties": ["Russia", "Ukraine", "Moscow", "Kyiv", "the Kremlin", "Turkey"],
        "people": [
            "Vladimir Medinsky",
            "Rustem Umerov",
            "Sergei Lavrov",
            "Andriy Yermak",
            "Hakan Fidan",
            "Marco Rubio",
        ],
        "titles": ["Russia's chief negotiator", "Ukraine's defence minister", "the Turkish host"],
        "venues": ["Istanbul", "Riyadh", "Geneva", "Minsk"],
        "adj": ["Turkish", "Saudi", "Russian", "Ukrainian", "American"],
        "place": "Kharkiv",
        "captors": "Russia",
        "captives": "prisoners of war",
        "freed": "Russian soldiers",
    },
    "sudan": {
        "parties": ["the Sudanese army", "the Rapid Support Forces", "Saudi Arabia", "the RSF"],
        "people": ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo", "Ramtane Lamamra"],
        "titles": ["the UN envoy", "the army chief", "the RSF commander"],
        "venues": ["Jeddah", "Geneva", "Addis Ababa", "Manama"],
        "adj": ["Saudi", "American", "Egyptian", "Emirati"],
        "place": "El Fasher",
        "captors": "the RSF",
        "captives": "detainees",
        "freed": "soldiers",
    },
    "drc-m23": {
        "parties": ["Congo", "Rwanda", "the M23 rebels", "Kinshasa", "Kigali", "Qatar"],
        "people": ["Felix Tshisekedi", "Paul Kagame", "Corneille Nangaa", "Massad Boulos"],
        "titles": ["Congo's foreign minister", "the M23 spokesman", "the AU mediator"],
        "venues": ["Doha", "Luanda", "Nairobi", "Washington"],
        "adj": ["Qatari", "Angolan", "Kenyan", "American"],
        "place": "Goma",
        "captors": "the M23",
        "captives": "captured soldiers",
        "freed": "rebel fighters",
    },
    "armenia-azerbaijan": {
        "parties": ["Armenia", "Azerbaijan", "Baku", "Yerevan", "Russia", "the European Union"],
        "people": ["Nikol Pashinyan", "Ilham Aliyev", "Ararat Mirzoyan", "Jeyhun Bayramov"],
        "titles": ["Armenia's foreign minister", "the Azerbaijani president", "the EU envoy"],
        "venues": ["Washington", "Brussels", "Abu Dhabi", "Almaty"],
        "adj": ["American", "European", "Emirati", "Kazakh"],
        "place": "Syunik",
        "captors": "Azerbaijan",
        "captives": "detainees",
        "freed": "servicemen",
    },
}
WHEN = [
    "on Monday",
    "on Tuesday",
    "late Wednesday",
    "on Thursday",
    "Friday",
    "last week",
    "earlier this month",
    "overnight",
    "yesterday",
    "on Oct. 7",
    "in late November",
    "",
    "",
]
TEMPLATES = [
    "{p} arrived in {v} {w} for talks with {a} mediators.",
    "A {party} delegation is expected in {v} {w}, officials said.",
    "{party} sent a delegation led by {p} to {v} {w}.",
    "Talks resumed in {v} {w} with {a} and {a2} mediators.",
    "{t} met {p} in {v} {w} to discuss the proposal.",
    "{party} rejected the latest proposal {w}, saying it did not guarantee an end to the war.",
    "{p} said the talks were constructive but that gaps remain.",
    "{party} insists on a permanent ceasefire and a full withdrawal of troops.",
    "{party} will not release more {captives} until the offensive ends, {p} said.",
    "{p} urged {party} to accept the deal {w}.",
    "{p} warned that an assault on {place} would have catastrophic consequences.",
    "{captors} freed {n} {captives} {w} in exchange for {m} {freed}.",
    "The truce was extended by two days, {a} officials said {w}.",
    "The ceasefire collapsed {w} as fighting resumed around {place}.",
    "{party}, which was not expected to attend the negotiations in {v}, did not comment.",
    "Residents of {place} said food prices had tripled {w}.",
    "The health ministry said {m} people had been killed in the past 24 hours.",
    "{p} reportedly presented a new plan for a phased truce, citing unnamed officials.",
    "Aid trucks reached {place} {w}.",
    "Analysts said the prospects of a breakthrough remained dim.",
]


def make_corpus(n: int, seed: int) -> list[tuple[str, date, str]]:
    rng = random.Random(seed)
    start = date(2023, 10, 15)
    corpus = []
    for i in range(n):
        sentences = []
        conflict = CONFLICTS[rng.choice(sorted(CONFLICTS))]
        for _ in range(rng.randint(12, 20)):
            t = rng.choice(TEMPLATES)
            sentences.append(
                t.format(
                    p=rng.choice(conflict["people"]),
                    party=rng.choice(conflict["parties"]),
                    v=rng.choice(conflict["venues"]),
                    w=rng.choice(WHEN),
                    a=rng.choice(conflict["adj"]),
                    a2=rng.choice(conflict["adj"]),
                    t=rng.choice(conflict["titles"]),
                    n=rng.randint(2, 40),
                    m=rng.randint(30, 900),
                    place=conflict["place"],
                    captors=conflict["captors"],
                    captives=conflict["captives"],
                    freed=conflict["freed"],
                )
                .replace("  ", " ")
                .replace(" ,", ",")
                .replace(" .", ".")
            )
        paragraphs = [" ".join(sentences[j : j + 3]) for j in range(0, len(sentences), 3)]
        published = start + timedelta(days=rng.randint(0, 730))
        corpus.append((f"bench-{i:05d}", published, "\n\n".join(paragraphs)))
    return corpus


def digest(extractor: RuleExtractor, corpus: list[tuple[str, date, str]]) -> str:
    """A hash of every finding of the corpus, with the release's build metadata left out."""
    h = hashlib.sha256()
    for article in corpus:
        for f in extractor.extract(*article):
            h.update(repr(f).replace(extractor.version, "").encode())
    return h.hexdigest()[:16]


LARGE_MB = (0.25, 0.5, 1.0, 2.0)


def large(seed: int) -> None:
    """Seconds per MB of one article of growing size (CPU time, one core)."""
    corpus = make_corpus(2000, seed)  # ~2.4 MB of text
    text = "\n\n".join(body for _, _, body in corpus)
    extractor = RuleExtractor.load()
    extractor.extract(*corpus[0])
    print(f"extractor          {extractor.release}")
    for mb in LARGE_MB:
        article = text[: int(mb * 1_000_000)]
        cpu0 = time.process_time()
        found = extractor.extract("large", date(2024, 3, 1), article)
        cpu = time.process_time() - cpu0
        print(f"{mb:4.2f} MB article    {cpu:6.2f} s  {cpu / mb:5.2f} s/MB  {len(found)} findings")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS            {rss_mb:.0f} MiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--digest", action="store_true", help="print a hash of all findings")
    parser.add_argument(
        "--large", action="store_true", help="seconds per MB of single articles of 0.25-2 MB"
    )
    args = parser.parse_args()
    if args.large:
        large(args.seed)
        return 0
    corpus = make_corpus(args.articles, args.seed)
    if args.digest:
        print(f"findings digest    {digest(RuleExtractor.load(), corpus)}")
        return 0
    chars = sum(len(text) for _, _, text in corpus)
    t0 = time.perf_counter()
    extractor = RuleExtractor.load()
    load_s = time.perf_counter() - t0
    extractor.extract(*corpus[0])  # warm caches outside the timing
    cpu0, t1 = time.process_time(), time.perf_counter()
    events = sum(len(extractor.extract(*article)) for article in corpus)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - t1
    # Peak of Python allocations while extracting, on a slice: tracemalloc slows allocation.
    tracemalloc.start()
    for article in corpus[:200]:
        extractor.extract(*article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"extractor          {extractor.release} (load {load_s * 1000:.0f} ms)")
    print(f"corpus             {len(corpus)} articles, {chars / len(corpus):.0f} chars on average")
    print(f"events             {events} ({events / len(corpus):.1f} per article)")
    print(
        f"throughput         {len(corpus) / cpu:.0f} articles/s per core (CPU; wall {wall:.1f} s)"
    )
    print(
        f"peak memory        {peak / 2**20:.1f} MiB traced in extraction, {rss_mb:.0f} MiB max RSS"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
