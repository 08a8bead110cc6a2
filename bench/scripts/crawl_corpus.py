#!/usr/bin/env python3
"""Writes a crawl-like corpus of N articles, built at run time from a public labelled set by variation.

  python3 bench/scripts/crawl_corpus.py SET.jsonl OUT.jsonl --articles 100000 [--seed 7]
  python3 bench/scripts/crawl_corpus.py --boilerplate 100000 OUT.jsonl        (the skew test's site)

Write OUT under /tmp: the text is derived from the public set, which never enters the repository.

The corpus is a sequence of "rounds". In each round every event of SET (its `event` label: an ECB+
event, a GoogleNews-TS story) becomes a new, distinct event of the same kind: its names (capitalised
words inside a sentence) are replaced by invented ones drawn for that round and event, its numbers are
scaled, and its articles are dated in the round's own month, so two rounds hold two earthquakes with
the same words and other places, people and figures, as a year of news does. Each article of an event
appears as
  - a rewrite (sentences kept with probability 0.8, one pair swapped, a few words changed), and
  - with probability 0.3, one to three wire copies of that rewrite with light edits (a sentence
    dropped, an outlet's sign-off added) on other sites, the way a wire story runs on many sites.
Sites: 2,000 invented outlets, so a site accumulates articles over the rounds as a real one does.
The gold label of each article is written as `event` (round/event), so a run can be scored.

--boilerplate N writes one site of N pages whose every line is the site's navigation, footer or
cookie notice (in varying order and subsets): after site cleaning nothing is left of them.
Seeded: the same arguments give the same file.
"""
import argparse, json, random, re, sys

SYLL = ["ka", "lo", "ven", "dra", "mi", "sto", "rel", "ba", "quin", "tor", "fa", "lim", "zu", "per", "ga",
        "nel", "os", "tri", "mar", "vek", "sol", "du", "hal", "ri", "eb", "yan", "cor", "wel", "pi", "sa"]
SWAPS = [("said", "stated"), ("people", "residents"), ("killed", "left dead"), ("police", "officers"),
         ("on Monday", "early on Monday"), ("reported", "told reporters"), ("after", "following"),
         ("more than", "over"), ("announced", "said"), ("new", "latest")]
SIGNOFFS = ["This story was first published by our partners.", "Reporting by our wire desk; editing by staff.",
            "Copyright the agency. All rights reserved.", "Additional reporting by local correspondents."]
NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{2,}")
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")


def invented(rnd):
    return "".join(rnd.choice(SYLL) for _ in range(rnd.randint(2, 3))).capitalize()


def sentences(text):
    parts = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    return parts or [text]


def renamed(text, names, rnd):
    text = NAME.sub(lambda m: names.setdefault(m.group(0), invented(rnd)), text)
    return NUMBER.sub(lambda m: names.setdefault("#" + m.group(0), str(max(1, int(float(m.group(0)) * rnd.uniform(0.5, 2))))), text)


def rewrite(sents, rnd):
    s = [x for i, x in enumerate(sents) if i == 0 or rnd.random() < 0.8]
    if len(s) > 3:
        i = rnd.randrange(1, len(s) - 1)
        s[i], s[i + 1] = s[i + 1], s[i]
    out = []
    for x in s:
        for a, b in rnd.sample(SWAPS, 3):
            if a in x:
                x = x.replace(a, b, 1)
        out.append(x)
    return out


def wire_copy(sents, rnd):
    s = list(sents)
    if len(s) > 3 and rnd.random() < 0.5:
        del s[rnd.randrange(1, len(s))]
    if rnd.random() < 0.5:
        s.append(rnd.choice(SIGNOFFS))
    return s


def corpus(source, out, articles, seed):
    events = {}
    for line in open(source, encoding="utf-8"):
        d = json.loads(line)
        events.setdefault(str(d.get("event", d.get("id"))), []).append(d)
    keys = sorted(events)
    rnd = random.Random(seed)
    written = 0
    rnd_round = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < articles:
            month = rnd_round % 12 + 1
            year = 2000 + rnd_round // 12
            for key in keys:
                names = {}
                day = rnd.randint(1, 20)
                for a, d in enumerate(events[key]):
                    if written >= articles:
                        return written
                    whole = sentences(renamed(d["text"], names, rnd))
                    title = whole[0][:90]
                    sents = rewrite(whole, rnd)
                    copies = rnd.randint(1, 3) if rnd.random() < 0.3 else 0
                    for c in range(copies + 1):
                        if written >= articles:
                            return written
                        text = sents if c == 0 else wire_copy(sents, rnd)
                        hour = rnd.randint(0, 23)
                        f.write(json.dumps({
                            "id": f"r{rnd_round}-{key}-{a}-{c}", "title": title, "text": "\n".join(text),
                            "source": f"outlet{rnd.randrange(2000)}.example",
                            "published": f"{year:04d}-{month:02d}-{day + rnd.randint(0, 2):02d}T{hour:02d}:00:00Z",
                            "event": f"r{rnd_round}/{key}"}) + "\n")
                        written += 1
            rnd_round += 1
    return written


def boilerplate(out, pages, seed):
    rnd = random.Random(seed)
    lines = ["Home | News | Sport | Weather | Contact", "Subscribe to our newsletter for the latest headlines",
             "We use cookies to improve your experience. Accept all cookies", "Follow us on social media",
             "Copyright 2024 Example Gazette. All rights reserved.", "Terms of use | Privacy policy | Advertise with us",
             "Most read this week", "Sign in to your account", "Download our app for breaking news alerts"]
    with open(out, "w", encoding="utf-8") as f:
        for i in range(pages):
            body = rnd.sample(lines, rnd.randint(4, len(lines)))
            f.write(json.dumps({"id": f"gazette-{i:06d}", "title": "Example Gazette", "text": "\n".join(body),
                                "source": "gazette.example", "url": f"https://gazette.example/p/{i}"}) + "\n")
    return pages


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", help="SET.jsonl OUT.jsonl, or OUT.jsonl with --boilerplate")
    p.add_argument("--articles", type=int, default=10000)
    p.add_argument("--boilerplate", type=int, default=0, help="write one site of this many boilerplate-only pages")
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    if a.boilerplate:
        n = boilerplate(a.paths[-1], a.boilerplate, a.seed)
    elif len(a.paths) == 2:
        n = corpus(a.paths[0], a.paths[1], a.articles, a.seed)
    else:
        sys.exit("crawl_corpus: give SET.jsonl OUT.jsonl, or --boilerplate N OUT.jsonl")
    print(f"crawl_corpus: wrote {n} articles to {a.paths[-1]}", file=sys.stderr)


if __name__ == "__main__":
    main()
