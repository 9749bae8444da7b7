#!/usr/bin/env python3
"""Builds the benchmark's request mix: ~20,000 distinct timeline URLs drawn at random (standard library only).

  mix.py --port P --data DIR --out DIR [--count 20000] [--seed 20240612]

From the dataset gen.py wrote (actors.json, locations.json, meta.json, events/) and the loaded service
(127.0.0.1 only) it writes into --out:

  mix.txt            every request path of the mix, one per line (what bench/mix.lua replays in random order)
  mix-<shape>.txt    the same paths split by query shape (for the per-shape wrk rows)
  words-common.txt   words alone (issue 9: p99 < 50 ms for a common word and for a rare one), not part of the mix:
  words-rare.txt     /timeline?q=WORD, a year range on 3 of 4 URLs (as words-year draws them), order=desc on 1 of 4;
                     common = the generator's 5 most frequent topics, rare = the words-year shape's rare words.
                     Drawn with their own generator (seed + 1), so the mix is the same with or without them.
  mix.json           proportions, counts, empty pages, and the sequential check of every URL

Shapes and their share of the mix (SHAPES below):

  actor          actor timeline, actors drawn uniformly over ALL actors, by slug (70 %) or by one of its aliases
  location       location timeline, places drawn uniformly over ALL places, half with includeSublocations=false
  actor-from     actor timeline (uniform actor) from a random date (year, month or day precision)
  location-range location timeline (uniform place) between two random dates
  type-from      /timeline?type=X (one type, or two comma-separated) from a random date
  words-year     /timeline?q=word&from=YYYY&to=YYYY: half common words (the generator's topics, Zipf-ranked),
                 half rare words (the first word of a random actor's name: it appears only in titles naming an actor
                 with that word)
  pair           /timeline?actor=a&actor=b for two actors that took part in one event (sampled events)
  desc           actor or location timeline (uniform) with order=desc
  histogram      /timeline/histogram?interval=day|week|month|year for an actor (40 %), a place (30 %), a type from a
                 date (20 %) or all events in a range of years (10 %): the database counts every matching event
  second-page    the `nextLink` of a first page drawn from the shapes above (fetched while building the mix)

Every path is distinct. After building, every URL is requested once, sequentially and untimed; a URL that
does not answer 200 is reported in mix.json and dropped from the files. More than 0.1 % failures (of the mix,
or of a words file) fails the run (report.py reads mix.json).
"""
import argparse
import datetime as dt
import glob
import http.client
import json
import os
import random
import sys
import time
import urllib.parse

VERSION = 2  # 2: words-common.txt and words-rare.txt
SHAPES = [  # name, share of the mix, description (printed in the README and the tables)
    ("actor", 0.16, "actor timeline, uniform over all actors, slug or alias"),
    ("location", 0.10, "location timeline, uniform over all places, half includeSublocations=false"),
    ("actor-from", 0.10, "actor timeline from a date"),
    ("location-range", 0.10, "location timeline, from/to range"),
    ("type-from", 0.08, "type + from"),
    ("words-year", 0.12, "words + year range, common and rare words"),
    ("pair", 0.10, "actor pair"),
    ("desc", 0.08, "actor or location timeline, order=desc"),
    ("histogram", 0.04, "volume histogram: actor, place, type or all events, random interval"),
    ("second-page", 0.12, "second page (nextLink of a first page)"),
]
TOPICS = ["ceasefire", "sanctions", "pipeline", "refugees", "reconstruction", "elections", "prisoners",
          "border", "grain", "airspace", "nuclear", "oil", "humanitarian", "constitution", "militias",
          "detainees", "water", "trade", "aid", "corridor", "drones", "talks", "embassy", "shipping",
          "debt", "gas", "arms", "amnesty", "checkpoint", "minefield"]  # gen.py's, in Zipf rank order
TYPES = ["CONSULT", "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
COMMON_WORDS = TOPICS[:5]  # each in at least ~5 % of titles (ceasefire in ~18 %)
WORDS = [  # name, description: the words files, measured alone (not part of the mix)
    ("common", "q= one of the 5 most frequent topic words"),
    ("rare", "q= a rare word, the first word of an actor's name"),
]
FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2025, 6, 1)  # gen.py --today
q = urllib.parse.quote


class Api:
    def __init__(self, port):
        self.port = port
        self.conn = None

    def get(self, path):
        for attempt in range(2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                self.conn.request("GET", path, headers={"Accept": "application/json"})
                resp = self.conn.getresponse()
                return resp.status, resp.read()
            except (http.client.HTTPException, OSError):
                self.conn = None
                if attempt:
                    return None, b""


def year_range(rnd):
    """The same year or up to 4 years later."""
    y = rnd.randint(FIRST_DAY.year, LAST_DAY.year)
    return y, min(LAST_DAY.year, y + rnd.choice((0, 0, 0, 1, 2, 4)))


def word_paths(rnd, words, count):
    """Distinct /timeline?q=WORD paths: a year range on 3 of 4, order=desc on 1 of 4."""
    paths, seen, tries = [], set(), 0
    while len(paths) < count and tries < count * 50:
        tries += 1
        p = "/api/v1/timeline?q=%s" % q(rnd.choice(words))
        if rnd.random() < 0.75:
            p += "&from=%d&to=%d" % year_range(rnd)
        if rnd.random() < 0.25:
            p += "&order=desc"
        if p not in seen:
            seen.add(p)
            paths.append(p)
    return paths


class Draw:
    """Random draws of the parts of a URL from the dataset."""

    def __init__(self, rnd, data):
        self.rnd = rnd
        self.actors = json.load(open(os.path.join(data, "actors.json")))
        self.locations = json.load(open(os.path.join(data, "locations.json")))
        self.pairs = self._pairs(data)
        # first word of a non-state actor's name: a generated word, found only in titles naming an actor with it
        self.rare = sorted({a["name"].split()[0] for a in self.actors if a["kind"] != "STATE"})

    def _pairs(self, data):
        """Actor pairs that took part in one event, from up to 20 event files spread over the dataset."""
        files = sorted(glob.glob(os.path.join(data, "events", "*.json")))
        step = max(1, len(files) // 20)
        pairs = []
        for path in files[::step][:20]:
            for ev in json.load(open(path)):
                slugs = [a["actor"] for a in ev["actors"]]
                if len(slugs) >= 2:
                    pairs.append((slugs[0], slugs[1]))
        return pairs

    def actor(self):
        a = self.rnd.choice(self.actors)
        if a["aliases"] and self.rnd.random() < 0.3:
            return q(self.rnd.choice(a["aliases"]), safe="")
        return q(a["slug"], safe="")

    def location(self):
        loc = self.rnd.choice(self.locations)
        if loc["aliases"] and self.rnd.random() < 0.3:
            return q(self.rnd.choice(loc["aliases"]), safe="")
        return q(loc["slug"], safe="")

    def day(self, lo=FIRST_DAY, hi=LAST_DAY):
        return dt.date.fromordinal(self.rnd.randint(lo.toordinal(), hi.toordinal()))

    def edtf(self, d):
        r = self.rnd.random()
        return str(d.year) if r < 0.3 else d.strftime("%Y-%m") if r < 0.6 else d.isoformat()

    def date_from(self):
        return self.edtf(self.day())

    def date_range(self):
        start = self.day(hi=LAST_DAY - dt.timedelta(days=31))
        span = int(30 * 10 ** self.rnd.uniform(0, 2.1))  # one month to ~10 years, log-uniform
        end = min(start + dt.timedelta(days=span), LAST_DAY)
        return self.edtf(start), self.edtf(end)

    def first_page(self, shape):
        r = self.rnd
        if shape == "actor":
            return "/api/v1/actors/%s/timeline" % self.actor()
        if shape == "location":
            sub = "?includeSublocations=false" if r.random() < 0.5 else ""
            return "/api/v1/locations/%s/timeline%s" % (self.location(), sub)
        if shape == "actor-from":
            return "/api/v1/actors/%s/timeline?from=%s" % (self.actor(), self.date_from())
        if shape == "location-range":
            f, t = self.date_range()
            return "/api/v1/locations/%s/timeline?from=%s&to=%s" % (self.location(), f, t)
        if shape == "type-from":
            types = r.choice(TYPES) if r.random() < 0.8 else ",".join(r.sample(TYPES, 2))
            return "/api/v1/timeline?type=%s&from=%s" % (types, self.date_from())
        if shape == "words-year":
            if r.random() < 0.5:
                word = TOPICS[min(int(r.paretovariate(0.8)) - 1, len(TOPICS) - 1)]
            else:
                word = r.choice(self.rare).lower()
            return "/api/v1/timeline?q=%s&from=%d&to=%d" % ((q(word),) + year_range(r))
        if shape == "pair":
            a, b = r.choice(self.pairs)
            if r.random() < 0.5:
                a, b = b, a
            return "/api/v1/timeline?actor=%s&actor=%s" % (q(a, safe=""), q(b, safe=""))
        if shape == "desc":
            if r.random() < 0.5:
                return "/api/v1/actors/%s/timeline?order=desc" % self.actor()
            return "/api/v1/locations/%s/timeline?order=desc" % self.location()
        if shape == "histogram":
            interval = r.choice(("day", "week", "month", "year"))
            x = r.random()
            if x < 0.4:
                return "/api/v1/timeline/histogram?actor=%s&interval=%s" % (self.actor(), interval)
            if x < 0.7:
                return "/api/v1/timeline/histogram?location=%s&interval=%s" % (self.location(), interval)
            if x < 0.9:
                return "/api/v1/timeline/histogram?type=%s&from=%s&interval=%s" % (
                    r.choice(TYPES), self.date_from(), interval)
            y = r.randint(FIRST_DAY.year, LAST_DAY.year)
            return "/api/v1/timeline/histogram?from=%d&to=%d&interval=%s" % (
                y, min(LAST_DAY.year, y + r.randint(0, 30)), interval)
        raise ValueError(shape)


def path_of(link):
    """nextLink is absolute (http://127.0.0.1:port/api/...): keep the path and query."""
    u = urllib.parse.urlsplit(link)
    return u.path + ("?" + u.query if u.query else "")


def items_of(data):
    try:
        return json.loads(data)
    except ValueError:
        return {}


class Check:
    """Requests every URL once, sequentially and untimed for the benchmark."""

    def __init__(self, api):
        self.api, self.done, self.t0, self.failures = api, 0, time.perf_counter(), []

    def paths(self, name, paths):
        """-> the paths that answered 200, and their stats (how many pages were empty)."""
        kept, empty, s0 = [], 0, time.perf_counter()
        for p in paths:
            status, data = self.api.get(p)
            self.done += 1
            if status != 200:
                self.failures.append({"shape": name, "path": p, "status": status,
                                      "body": data[:200].decode(errors="replace")})
                continue
            kept.append(p)
            answer = items_of(data)
            if not answer.get("items") and not answer.get("total"):
                empty += 1
            if self.done % 2000 == 0:
                print("  checked %d URLs (%.0f s)" % (self.done, time.perf_counter() - self.t0), file=sys.stderr)
        secs = time.perf_counter() - s0
        return kept, {"urls": len(kept), "emptyPages": empty,
                      "checkMsMean": round(1000 * secs / len(paths), 2) if paths else None}


def words_files(api, draw, seed, count):
    """-> {name: kept paths}, [mix.json entries] for the words files (their own generator: the mix stays the same)."""
    rnd = random.Random(seed + 1)
    vocab = {"common": COMMON_WORDS, "rare": sorted({w.lower() for w in draw.rare})}
    check, kept, entries = Check(api), {}, []
    for name, what in WORDS:
        paths = word_paths(rnd, vocab[name], count)
        before = len(check.failures)
        kept[name], stats = check.paths("words-" + name, paths)
        failures = check.failures[before:]
        entries.append({"shape": name, "what": what, "words": len(vocab[name]), "examples": vocab[name][:5],
                        "checked": len(paths), "failed": len(failures), "failures": failures[:10], **stats})
        print("words %s: %d URLs (%d words), %d failed" % (name, len(paths), len(vocab[name]), len(failures)),
              file=sys.stderr)
    return kept, entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=20240612)
    ap.add_argument("--words-count", type=int, default=500, help="URLs per words file")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    draw = Draw(rnd, a.data)
    api = Api(a.port)
    seen = set()
    by_shape = {name: [] for name, _, _ in SHAPES}
    t0 = time.perf_counter()

    # first pages: distinct paths in the documented proportions
    plain = [(n, s) for n, s, _ in SHAPES if n != "second-page"]
    paged = [(n, s) for n, s in plain if n != "histogram"]
    for name, share in plain:
        want = round(a.count * share)
        tries = 0
        while len(by_shape[name]) < want and tries < want * 50:
            tries += 1
            p = draw.first_page(name)
            if p not in seen:
                seen.add(p)
                by_shape[name].append(p)

    # second pages: fetch first pages drawn from the other shapes (same proportions), follow nextLink
    want = a.count - sum(len(v) for v in by_shape.values())
    names, weights = zip(*paged)
    fetched = without_next = 0
    while len(by_shape["second-page"]) < want and fetched < want * 8:
        first = draw.first_page(rnd.choices(names, weights)[0])
        status, data = api.get(first)
        fetched += 1
        nxt = items_of(data).get("nextLink") if status == 200 else None
        if not nxt:
            without_next += 1
            continue
        p = path_of(nxt)
        if p not in seen:
            seen.add(p)
            by_shape["second-page"].append(p)
    print("mix: %d paths built, %d first pages fetched for second pages (%d had no next page) in %.0f s"
          % (len(seen), fetched, without_next, time.perf_counter() - t0), file=sys.stderr)

    # check: every URL once, sequentially, untimed for the benchmark
    check, kept, stats = Check(api), {}, {}
    for name, paths in by_shape.items():
        kept[name], stats[name] = check.paths(name, paths)
    failures, check_seconds = check.failures, time.perf_counter() - check.t0
    checked = sum(len(v) for v in by_shape.values())
    words, words_info = words_files(api, draw, a.seed, a.words_count)
    for f in (failures + [x for w in words_info for x in w["failures"]])[:10]:
        print("  FAILED %s -> %s %s" % (f["path"], f["status"], f["body"][:120]), file=sys.stderr)

    os.makedirs(a.out, exist_ok=True)
    everything = [p for paths in kept.values() for p in paths]
    rnd.shuffle(everything)
    with open(os.path.join(a.out, "mix.txt"), "w") as f:
        f.write("\n".join(everything) + "\n")
    for name, paths in kept.items():
        with open(os.path.join(a.out, "mix-%s.txt" % name), "w") as f:
            f.write("\n".join(paths) + "\n")
    for name, paths in words.items():
        with open(os.path.join(a.out, "words-%s.txt" % name), "w") as f:
            f.write("\n".join(paths) + "\n")
    out = {"version": VERSION, "seed": a.seed, "requested": a.count, "urls": len(everything), "checked": checked,
           "failed": len(failures), "failedShare": round(len(failures) / checked, 5) if checked else None,
           "failures": failures[:50], "checkSeconds": round(check_seconds, 1),
           "secondPages": {"firstPagesFetched": fetched, "withoutNext": without_next},
           "shapes": [{"shape": n, "share": s, "what": w, **stats.get(n, {})} for n, s, w in SHAPES],
           "words": words_info}
    with open(os.path.join(a.out, "mix.json"), "w") as f:
        json.dump(out, f, indent=1)
    print("mix: %d URLs, %d failed (%.3f %%), check %.0f s" % (
        len(everything), len(failures), 100.0 * len(failures) / max(checked, 1), out["checkSeconds"]), file=sys.stderr)


if __name__ == "__main__":
    main()
