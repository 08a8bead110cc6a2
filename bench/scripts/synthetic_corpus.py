#!/usr/bin/env python3
"""Writes a synthetic batch of short news articles as JSON lines, for load and memory checks.

  python3 bench/scripts/synthetic_corpus.py OUT.jsonl [--articles 2000] [--copies 600] [--seed 7]

One big story: `--copies` near-copies of the project's own wire example (examples/a-01-wire.txt), each
with seeded light edits (a word swapped, a sentence dropped or moved, an outlet's sign-off added), the way
a wire story runs on hundreds of sites. The rest: distinct invented events from templates (town x kind
x figures x day), one to three articles each. All text is ours; nothing is taken from the public sets.
"""
import argparse, json, random, pathlib

TOWNS = ["Orvik", "Lusta", "Brennmoor", "Kaldera", "Fenwick", "Sorrel Bay", "Ashgrove", "Tamsin", "Weylin",
         "Marrow Point", "Ostrava Vale", "Qell", "Harnby", "Dunmere", "Pellston", "Ravenholt", "Syne", "Cobb Hill"]
KINDS = [("fire", "A fire broke out at a {place} in {town} on {day}, and {n} people were evacuated."),
         ("flood", "Floodwater reached {n} homes near a {place} in {town} on {day}, officials said."),
         ("crash", "A bus crash near a {place} in {town} on {day} left {n} passengers injured."),
         ("strike", "{n} workers at a {place} in {town} walked out on {day} over pay."),
         ("election", "Voters in {town} chose a new mayor on {day}; turnout at the {place} polling station was {n}%."),
         ("match", "{town} beat its rivals {n}-1 at the {place} on {day} to stay top of the league.")]
PLACES = ["school", "harbour", "paper mill", "stadium", "market hall", "hospital", "bridge", "warehouse"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = ["Local officials said more details would follow.", "Residents described a long night.",
          "The council will meet on the matter next week.", "Police asked witnesses to come forward.",
          "A spokesperson declined to comment further.", "The cause is being investigated."]
SWAPS = {"said": "stated", "workers": "employees", "fire": "blaze", "Monday": "Monday morning",
         "evacuated": "moved out", "plant": "site"}


def near_copy(sentences, rnd):
    s = list(sentences)
    if len(s) > 3 and rnd.random() < 0.4:
        del s[rnd.randrange(1, len(s))]
    if len(s) > 3 and rnd.random() < 0.3:
        i = rnd.randrange(1, len(s) - 1)
        s[i], s[i + 1] = s[i + 1], s[i]
    out = []
    for sent in s:
        if rnd.random() < 0.3:
            for a, b in SWAPS.items():
                if a in sent and rnd.random() < 0.5:
                    sent = sent.replace(a, b, 1)
                    break
        out.append(sent)
    if rnd.random() < 0.5:
        out.append("This story was first published by our partners.")
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--copies", type=int, default=600)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()
    rnd = random.Random(args.seed)
    wire = pathlib.Path(__file__).resolve().parents[2] / "examples" / "a-01-wire.txt"
    lines = [l.strip() for l in wire.read_text(encoding="utf-8").splitlines() if l.strip()]
    title, body = lines[0], [l for l in lines[1:] if len(l) > 60]
    rows = []
    for i in range(args.copies):
        rows.append({"id": f"wire-{i:04d}", "title": title, "text": " ".join(near_copy(body, rnd)),
                     "source": f"outlet{i % 250}.example", "published": f"2024-03-04T{8 + i % 10:02d}:00:00Z"})
    event = 0
    while len(rows) < args.articles:
        event += 1
        kind, template = KINDS[rnd.randrange(len(KINDS))]
        town, place, day = rnd.choice(TOWNS), rnd.choice(PLACES), rnd.choice(DAYS)
        n = rnd.randrange(2, 400)
        for k in range(rnd.randint(1, 3)):
            if len(rows) >= args.articles:
                break
            lead = template.format(place=place, town=town, day=day, n=n)
            rest = rnd.sample(FILLER, 3)
            rows.append({"id": f"ev{event:04d}-{k}", "title": f"{town}: {kind} at the {place}",
                         "text": " ".join([lead] + rest), "source": f"site{rnd.randrange(60)}.example",
                         "published": f"2024-{1 + event % 12:02d}-{1 + event % 27:02d}T12:00:00Z"})
    with open(args.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
